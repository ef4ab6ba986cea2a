"""A consequence asked of a step missed, late or done wrong ("没按时备案会被怎么处理", "办法里对这种有啥处罚吗",
"what penalty does the measures set for that", "we missed the Nov 30 deadline … what happens now"): the finding whose
quoted sentences name what follows a failure (a sanction: 通报, 不予, 纳入…考核; or a step such as 整改, 重新申请 where
the sentence states the failure) answers first, or a general penalty that names that kind of step left undone
(未履行审批、备案程序…追责); where none does, the step's finding says the text names no penalty or consequence
(not_specified), keeping the duty and its article, rather than answering with the duty as if it were the consequence.
What happens after a step failed ("if our system fails the acceptance") is answered by the failure's own sentence first."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding

# a penalty or a consequence asked by its name (有啥处罚吗, 会有什么后果, 会被怎么处理, "what penalty", "any consequences"); not
# how a matter is handled (资产怎么处理, 碰上节假日怎么处理) nor a duty's burden (要负啥责任)
_PENALTY_ASKED = lazy_regex(
    r"处罚|处分|惩罚|罚款|罚钱|被罚|罚不罚|后果|问责|追责|会被(?:怎么|如何)(?:处理|追究)"
    r"|\bpenalt\w*|\bsanction\w*|\bpunish\w*|\bfined\b|\bliquidated damages\b|\bconsequences?\b", re.I)
# what happens next, asked after a duty missed (we missed the Nov 30 deadline … what happens now; 忘了报会怎么样)
_WHAT_HAPPENS = lazy_regex(r"会怎(?:么|样)样?(?!做|办|报|交|算)|\bwhat (?:happens|will happen|would happen|now)\b", re.I)
_MISSED = lazy_regex(r"忘了|忘记|没按时|未按时|逾期|拖了|漏了|漏报|没报|没交|没传|没做|没有报|没有交|\b(?:missed|forgot|forgotten|overdue|late)\b"
                     r"|\b(?:didn't|did not|haven't|have not|never) (?:file|submit|report|register|upload|send)\w*", re.I)
# what a text says follows a failure: a sanction by itself (通报, 不予, 纳入…考核), or a step that follows only when the
# sentence states the failure it follows (对验收不合格的项目…整改, 逾期不整改的…)
_SANCTION = lazy_regex(r"不予|暂停|通报|追究|追责|责令|不再安排|扣减|约谈|缓拨|不安排|失信|处分|处罚|问责|列入[^，,。；;]{0,8}名单"
                       r"|不得(申报|安排|立项|拨付|通过)|纳入[^，,。；;]{0,10}考核")
_FOLLOWS = lazy_regex(r"取消|停止|收回|视为|终止合同|整改|重新|限期|退回|注明|记录在案")
_FAILURE_SAID = lazy_regex(r"未|不合格|逾期|拒|没有|不按|违反|不符合|不达|虚报|挪用|截留")


# a step failed or refused ("what happens if our system fails the completion acceptance", 验收没通过会怎么样)
_FAILED = lazy_regex(r"不合格|没通过|未通过|没过|失败|拒绝|拒不|不肯|\b(?:fail\w*|refus\w*|won't sign|rejected)\b", re.I)


# the kinds of step a missed duty is of, with their English words
_STEP_NOUNS = [("备案", r"\bfil(?:e|ed|ing)\b"), ("登记", r"\bregist"), ("审批", r"\bapprov"), ("审核", r"\breview"),
               ("验收", r"\bacceptance\b"), ("招标", r"\btender"), ("采购", r"\bprocur"), ("报送", r"\bsubmi|\bupload")]


def consequence_asked(text: str) -> bool:
    """A penalty asked by its name, or what happens after a duty missed: silent where the text names none."""
    return bool(_PENALTY_ASKED.search(text) or _WHAT_HAPPENS.search(text) and _MISSED.search(text))


def with_consequence(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Of each jurisdiction, the finding that names what follows the failure first; where none does and a consequence
    is asked, its step's finding (the first) is silent on it."""
    silent_too = consequence_asked(text)
    if not (silent_too or _WHAT_HAPPENS.search(text) and _FAILED.search(text)):
        return findings

    def steps(jid: str) -> list[Finding]:
        return [f for f in findings if f.jurisdiction == jid and f.topic not in ("penalties", "scope")
                and f.verdict in ("yes", "no", "info", "conditional")]

    def quoted(f: Finding) -> list[str]:   # the sentences it quotes, whole
        return [x for c in f.citations for a in [kb.article(c.doc, c.article)]
                for x in (re.split(r"(?<=[。；;])", a.text) if a else [c.quote]) if c.quote[:8] in x]

    def follows(f: Finding) -> bool:
        # a sentence it quotes that names what follows a failure it states (对验收不合格的项目…整改, 逾期不整改的…通报)
        return any(_SANCTION.search(x) or _FOLLOWS.search(x) and _FAILURE_SAID.search(x) for x in quoted(f))

    # the kind of step the question says was missed (备案, 登记 …), in the texts' words
    missed = {zh for zh, en in _STEP_NOUNS if zh in text or re.search(en, text, re.I)}

    def sanctions_missed(f: Finding) -> bool:
        # a general penalty that names that kind of step left undone (未履行审批、备案程序的…追责)
        return bool(missed) and any(_SANCTION.search(x) and _FAILURE_SAID.search(x) and any(m in x for m in missed) for x in quoted(f))
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        mine = steps(jid)
        if not mine:
            continue
        named = next((f for f in mine if follows(f)), None) or \
            next((f for f in findings if f.jurisdiction == jid and f.topic == "penalties" and sanctions_missed(f)), None)
        at = out.index(next(f for f in out if f.jurisdiction == jid))
        if named is not None:   # (验收没通过会怎么样: the acceptance failing's own article, before the acceptance's)
            out.remove(named)
            out.insert(at, named)
        elif silent_too:
            i = out.index(mine[0])
            out[i] = replace(mine[0], verdict="not_specified", summary=t("ans.no_consequence", q.lang) + mine[0].summary)
    return out
