"""A consequence asked of a step missed, late or done wrong ("没按时备案会被怎么处理", "办法里对这种有啥处罚吗",
"what penalty does the measures set for that"): where the articles the step's finding cites name what follows a
failure (不予验收, 通报, 暂停, 不再安排经费 …), that finding answers as it is; where they set the duty and name nothing
that follows from missing it, the finding says so (not_specified), keeping the duty and its article, rather than
answering with the duty as if it were the consequence."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding

# what happens, what penalty (not 怎么处理 of a document: 档案怎么处理 asks how it is handled; a failure said first)
CONSEQUENCE_ASKED = lazy_regex(
    r"(会|要)?(有|受到?)?(什么|啥|哪些|怎样的)(处罚|处分|处理|后果|惩罚|问责|责任)|会怎(么|样)样?(?!做|办|报|交|算)|会被(怎么|如何)(处理|处罚|追究)"
    r"|(有|有没有)(啥|什么)?(处罚|罚则|后果|惩罚)|处罚吗|罚不罚|会不会(被)?(罚|处罚|追责|问责|通报)|怎么(处理|处罚|追究)(?=[？?]|\s*$|吗|呢)"
    r"|\bwhat (happens|will happen|would happen|can happen)\b|\bwhat(?:'s| is| are)? the (penalt\w*|consequences?|sanctions?|punishment)\b"
    r"|\bwhat (penalt\w*|consequences?|sanctions?|punishment)\b|\bany (penalt\w*|consequences?|sanctions?|punishment)\b"
    r"|\b(will|would|could|can) (we|they|the \w+) (be|get) (penali[sz]ed|punished|fined|sanctioned)\b"
    r"|\b(set|sets|impose|imposes|provide|provides|lay down|lays down) (any |a |some )?(liquidated damages|penalt\w*|sanctions?|fines?)\b", re.I)
# what a text says follows a failure
_FOLLOWS = lazy_regex(r"不予|暂停|通报|追究|责令|不再安排|取消|扣减|约谈|停止|收回|缓拨|不安排|失信|处分|处罚|问责|列入[^，,。；;]{0,8}名单"
                      r"|不得(申报|安排|立项|拨付|通过)|视为|终止合同")


def with_consequence(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Of each jurisdiction, the finding whose articles name what follows a failure first, when a consequence is asked;
    where none does, its step's finding (the first) is silent on it."""
    if not CONSEQUENCE_ASKED.search(text):
        return findings

    def steps(jid: str) -> list[Finding]:
        return [f for f in findings if f.jurisdiction == jid and f.topic not in ("penalties", "scope")
                and f.verdict in ("yes", "no", "info", "conditional")]

    def follows(f: Finding) -> bool:
        said = "".join(a.text for c in f.citations for a in [kb.article(c.doc, c.article)] if a) or "".join(c.quote for c in f.citations)
        return bool(_FOLLOWS.search(said))
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        mine = steps(jid)
        if not mine:
            continue
        named = next((f for f in mine if follows(f)), None)
        at = out.index(next(f for f in out if f.jurisdiction == jid))
        if named is not None:   # (验收没通过会怎么样: the acceptance failing's own article, before the acceptance's)
            out.remove(named)
            out.insert(at, named)
        else:
            i = out.index(mine[0])
            out[i] = replace(mine[0], verdict="not_specified", summary=t("ans.no_consequence", q.lang) + mine[0].summary)
    return out
