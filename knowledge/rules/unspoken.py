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

# each change: how a question says it, and how a text would (none of the five speaks of the first four)
_CHANGES = (
    ("replaced",
     lazy_regex(r"(?:换|更换|替换|撤换)(?:了|掉)?(?:一家|一个|新的|个)?(?:承建|监理|施工|设计|测评|集成|供应|开发|运维)"
                r"|(?:承建|监理|施工|设计|测评|集成|开发)(?:单位|方|公司|商)?[^，,。？?]{0,8}?(?:换掉|换了|更换|跑路|撤场|退出)"
                r"|\b(?:replac\w*|switch\w*|chang\w*)\s+(?:the |our |a )?(?:new )?(?:vendor|contractor|supervisor|supervision firm|developer|supplier)s?\b"
                r"|\b(?:vendor|contractor|supervisor|supervision firm|developer)s?\b[^.?]{0,30}?\b(?:replaced|walked off|went bust|quit|pulled out|was swapped)\b", re.I),
     lazy_regex(r"更换|替换|撤换|变更(?:承建|监理|施工)单位")),
    ("handed over",
     lazy_regex(r"机构改革|撤并|(?:划|移交|转|交)(?:给|到)(?:了)?(?:另|别的|其他)|(?:另一个|另外一个|别的)(?:局|单位|部门|街道|委办局)(?:接|负责|来)"
                r"|\b(?:reshuffl\w*|restructur\w*|reorgani[sz]\w*|merged)\b|\bhanded (?:over )?to (?:another|a different)\b"
                r"|\b(?:moved|transferred) to (?:a )?(?:different|another|new)\b", re.I),
     lazy_regex(r"机构改革|撤并|划转|建设单位(?:变更|调整)")),
    ("supplementary agreement",
     lazy_regex(r"补充协议|补充合同|\bsupplementary (?:agreement|contract)\b|\baddendum\b", re.I),
     lazy_regex(r"补充协议|补充合同")),
    ("resumed",
     lazy_regex(r"恢复(?:建设|施工|实施)|复工|重新开工|\bresum\w*\b|\brestart\w*\b", re.I),
     lazy_regex(r"恢复(?:建设|施工|实施)|复工")),
    ("cancelled",
     lazy_regex(r"(?:项目)?(?:被)?(?:取消|撤销|作废|砍掉)了|\b(?:got|was|been|is) (?:cancel\w*|scrapp\w*|abandon\w*|axed)\b", re.I),
     lazy_regex(r"取消|终止|撤销")),
)
_CHANGE_WORDS = lazy_regex(r"变更|变化|调整|逾期|延期|重新")
# the step of procedure asked to follow from it: done again, approved, filed, notified, withdrawn
_PROCEDURE_ASKED = lazy_regex(
    r"(?:重新|再次|再)[^，,。？?]{0,6}?(?:评审|审核|审批|报批|申报|立项|登记|备案|报备|论证|批|走)"
    r"|(?:报备|备案|审批|报批|批准|同意|登记|通知|撤回|注销|申报|报给)[^，,。？?]{0,12}?(?:吗|么|嘛|不|没|\s*[？?])"
    r"|\b(?:redo|re-?do|re-?register|re-?apply|re-?submit|re-?approv\w*|re-?review|re-?declare|fresh|again|withdraw|notify|deregister|cancel the registration)\b", re.I)


def with_change_unspoken(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first yes/no finding of each place whose text never speaks of the change the question tells, silent on what
    follows from it; None when no such change is told with a step of procedure asked, or every text speaks of it."""
    if q.form != "yesno" or not _PROCEDURE_ASKED.search(text):
        return None
    among = ("yes", "no", "conditional")
    # (签个补充协议就继续做了，不用报备案吧 against 需进行重大变更…应及时报…备案: the step asked is one the text has follow a
    # change, which it does speak of)
    spoken_of = {f.jurisdiction for f in findings if f.verdict in among and any(_CHANGE_WORDS.search(c.quote) for c in f.citations)}
    for name, told, spoken in _CHANGES:
        if told.search(text):
            return silent_where_unnamed(kb, findings, spoken, t("ans.change_unspoken", q.lang, change=t(f"ans.change.{name}", q.lang)),
                                        skip=spoken_of, among=among)
    return None
