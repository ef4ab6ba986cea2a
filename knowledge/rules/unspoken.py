"""A change in a project's life that a place's text never speaks of (a vendor or supervisor replaced, the project handed to
another unit in a reorganisation, a supplementary agreement, building resumed after a pause, the project cancelled), asked
whether a step of procedure follows from it (换监理需要报备吗, 机构改革后要重新申报吗, "does the new bureau have to redo the
registration?"): the text is silent on it, said so, rather than the step's own duty as if the change called for it again.
A text that speaks of such a change (龙岗 第三十四条 项目…终止或取消的) is left to its findings."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding
from .formality import silent_where_unnamed

# each change: how a question says it, and how a text would (none of the five speaks of the first four; Longgang of money
# left over and of a cancellation)
_CHANGES = (
    ("replaced",
     lazy_regex(r"(?:换|更换|替换|撤换)(?:了|掉)?(?:一家|一个|新的|个)?(?:承建|监理|施工|设计|测评|集成|供应|开发|运维)"
                r"|(?:承建|监理|施工|设计|测评|集成|开发)(?:单位|方|公司|商)?[^，,。？?]{0,8}?(?:换掉|换了|更换|跑路|撤场|退出)"
                r"|\b(?:replac\w*|switch\w*|chang\w*)\s+(?:the |our |a )?(?:new )?(?:vendor|contractor|supervisor|supervision firm|developer|supplier)s?\b"
                r"|\b(?:vendor|contractor|supervisor|supervision firm|developer|bidder|supplier|integrator)s?\b[^.?]{0,30}?\b(?:replaced|walked off|went bust|went under|quit|pulled out|was swapped)\b"
                r"|\bneed (?:a |to find a |to hire a )?new (?:vendor|contractor|supervisor|supervision firm|developer|supplier)\b", re.I),
     lazy_regex(r"更换|替换|撤换|变更(?:承建|监理|施工)单位")),
    ("handed over",
     lazy_regex(r"机构改革|撤并|(?:划|移交|转|交)(?:给|到)(?:了)?(?:另|别的|其他)(?:一个|一家|个)?(?:局|单位|部门|街道|委|办|区|镇|中心)|(?:另一个|另外一个|别的)(?:局|单位|部门|街道|委办局)(?:接|负责|来)"
                r"|\b(?<!budget )(?<!funding )(?<!debt )(?:reshuffl\w*|restructur\w*|reorgani[sz]\w*|merged)\b|\bhanded (?:over )?to (?:another|a different)\b|\b(?:being |been |was |is )handed over\b"
                r"|\b(?:moved|transferred) to (?:a )?(?:different|another|new)\b", re.I),
     lazy_regex(r"机构改革|撤并|划转|建设单位(?:变更|调整)")),
    ("supplementary agreement",
     lazy_regex(r"补充协议|补充合同|\bsupplementary (?:agreement|contract)\b|\baddendum\b", re.I),
     lazy_regex(r"补充协议|补充合同")),
    ("resumed",
     lazy_regex(r"恢复(?:建设|施工|实施)|复工|重新开工|\bresum\w*\b|\brestart\w*\b", re.I),
     lazy_regex(r"恢复(?:建设|施工|实施)|复工")),
    ("changed after acceptance",
     lazy_regex(r"(?:验收|终验|初验)(?:完|后|之后|以后|通过)(?:了)?(?:后|以后|之后)?[，,]?[^，,。？?]{0,10}?(?:又|再|还)?(?:要求)?(?:加|增加|新增|改|调整|扩|扩展|升级)"
                r"|\bafter (?:the )?(?:final |completion )?acceptance\b[^.?]{0,40}?\b(?:add\w*|chang\w*|extend\w*|upgrad\w*|new (?:features?|functions?|modules?))", re.I),
     lazy_regex(r"验收(?:后|之后|以后)[^。]{0,20}(?:变更|增加|调整|新增)")),
    ("money left over",
     lazy_regex(r"剩(?:下|了|余)(?:的)?[^，,。？?]{0,6}?(?:钱|资金|经费|预算)|(?:钱|资金|经费|预算)[^，,。？?]{0,4}剩(?:下|了)|还剩(?:了|下)?[^，,。？?]{0,8}万|结余|节余"
                r"|\b(?:money|funds?|budget)\b[^.?]{0,20}\bleft over\b|\bleftover\b(?=\s*(?:money|funds?|budget|cash|的钱|资金|经费))|\bsurplus\b(?!\s*(?:servers?|equipment|hardware|devices?))|\bunder budget\b|\bunspent\b", re.I),
     lazy_regex(r"结余|节余|剩余资金")),
    ("cancelled",
     lazy_regex(r"(?:项目)?(?:被)?(?:取消|撤销|作废|砍掉)了|\b(?:got|was|been|is) (?:cancel\w*|scrapp\w*|abandon\w*|axed)\b", re.I),
     lazy_regex(r"取消|终止|撤销")),
)
_CHANGE_WORDS = lazy_regex(r"变更|变化|调整|逾期|延期|重新")
# the step of procedure asked to follow from it: done again, approved, filed, notified, withdrawn
_PROCEDURE_ASKED = lazy_regex(
    r"(?:重新|再次|再)[^，,。？?]{0,10}?(?:评审|审核|审批|报批|申报|立项|登记|备案|报备|论证|批|走|验收)|(?:重新|再)(?:做|办|来|搞|验)(?:一遍|一次|一下)"
    r"|(?:报备|备案|审批|报批|批准|同意|登记|通知|撤回|注销|申报|报给)[^，,。？?]{0,12}?(?:吗|么|嘛|不|没|\s*[？?])"
    r"|走[^，,。？?]{0,8}?(?:程序|流程|变更|调整)(?:吗|么|嘛|不|\s*[？?])"
    r"|\b(?:redo|re-?do|re-?register|re-?apply|re-?submit|re-?approv\w*|re-?review|re-?declare|fresh|again|withdraw|notify|deregister|cancel the registration)\b"
    r"|\b(?:need|needs|require|requires)\s+(?:an?\s+|any\s+)?(?:approval|sign-?off|filing|registration|review)\b", re.I)
# what a what-question asks of the change: who approves it, what it needs (换一家承建单位要报谁批, "what approvals does the
# measure require for that transfer?"), or what becomes of the money (剩下的钱怎么处理)
_INFO_ASKED = lazy_regex(r"(?:报|找)谁(?:批|审|备案)|(?:什么|哪些|啥)(?:审批|手续|程序|流程)|怎么(?:处理|办|弄|算)|如何处理|\bwhat (?:approvals?|procedures?|steps?|happens)\b"
                         r"|\bhow (?:is|are|do we|should we) (?:it |they |that |the \w+ )?(?:handled|dealt with|treated|handle|deal with)\b", re.I)
# a contract told signed anew (跟新供应商签了正式采购合同): the filing of a contract follows it as of any other
_NEW_CONTRACT = lazy_regex(r"签(?:了|订|好)?[^，,。？?]{0,12}?合同|\bsign(?:ed|s)? (?:a |the |an )?(?:new |formal )?(?:\w+ )?contract\b", re.I)


def with_change_unspoken(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first yes/no finding (of a what-question, info finding) of each place whose text never speaks of the change the
    question tells, silent on what follows from it; None when no such change is told with a step of procedure asked, or every text speaks of it."""
    if not (q.form == "yesno" and _PROCEDURE_ASKED.search(text) or q.form == "info" and _INFO_ASKED.search(text)):
        return None
    among = ("yes", "no", "conditional") if q.form == "yesno" else ("info",)
    # (签个补充协议就继续做了，不用报备案吧 against 需进行重大变更…应及时报…备案: the step asked is one the text has follow a
    # change, which it does speak of)
    first = {}
    for f in findings:   # (each place's first finding, the one that would be said silent)
        if f.verdict in among:
            first.setdefault(f.jurisdiction, f)
    new_contract = bool(_NEW_CONTRACT.search(text))
    spoken_of = {j for j, f in first.items() if any(
        _CHANGE_WORDS.search(c.quote) or new_contract and "合同" in c.quote for c in f.citations)}
    for name, told, spoken in _CHANGES:
        if told.search(text):
            return silent_where_unnamed(kb, findings, spoken, t("ans.change_unspoken", q.lang, change=t(f"ans.change.{name}", q.lang)),
                                        skip=spoken_of, among=among)
    return None
