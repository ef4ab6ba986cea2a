"""What a named body does, asked ("钟楼区工信局和城运中心在政务信息化项目里分别管啥", "what's the 区委网信办's role in
Zhonglou's project process", "what does the finance bureau do in Wendeng's process?"): the text's own sentences that
have that body act (区工信局…负责全区政务信息化项目方案的论证评估) lead the jurisdiction's answer, one finding per body;
a body the text never names is left to the findings as they are."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.actors import EN_BODIES, ENDS
from ..reader.question import Question
from .finding import Finding
from .model import Citation

# its share asked: 负责什么, 分别管啥, 起什么作用, 职责是什么; "role", "what does … do", "responsible for what"
_ROLE_ZH = lazy_regex(r"(?:负责|管|干|做|起)(?:些)?(?:什么|啥|哪些|哪块|哪几块|哪一块|哪些事|什么事)|(?:职责|作用|角色|分工)(?:是|有)?(?:什么|啥|哪些)?")
_ROLE_EN = lazy_regex(r"\b(?:role|roles|responsibilit\w*|duties|remit|part)\b(?! of the project\b)|\bwhat (?:does|do|will|should) (?!we\b|i\b|you\b|they\b|our\b|us\b)(?:the )?[\w\s'’()\u4e00-\u9fff-]{2,50}? do\b"
                      r"|\bwhat (?:is|are) (?!we\b|i\b|you\b|they\b)(?:the )?[\w\s'’()\u4e00-\u9fff-]{2,50}? (?:responsible for|in charge of|for)\b", re.I)
# a body named in Chinese (区委网信办, 区工信局, 城运中心), each of a list (工信局和城运中心)
_BODY_ZH = lazy_regex(rf"(?:(?![和与及、在里中的对是啥做干])[\u4e00-\u9fff]){{1,10}}?{ENDS}")
# the prefixes a short name drops (区委网信办 is written 网信办 too), and the names too general to be one body
_PREFIX = lazy_regex(r"^(?:钟楼区|龙岗区|文登区|云浮市|深圳市|区委|市委|区|市|县)")
_GENERIC = lazy_regex(r"^(?:单位|部门|机构|中心|公司|建设单位|项目建设单位|我们单位|本单位|主管部门|相关部门|有关部门|各部门|政府|办)$")
_ACTS = lazy_regex(r"^(?:[^，,。；;]{0,6}?)(?:负责|参与|组织|牵头|统筹|审核|审批|承担|指导|监督|协调|出具|开展|会同|对于?[^，,。；;]{1,30}?(?:进行|实施|下达|拨付|安排|审核))(?!意见|结果|报告|材料)")
# the body something is sent to (向区财政部门提出申请, 报区信息化主管部门备案): its part in the step too
_RECEIVES = lazy_regex(r"(?:向|报|报送|提交|提请|交由|经)(?:区|市|县)?$")


def _named(text: str) -> list[str]:
    """The bodies the question names, each by the core a text writes it with (网信办, 工信局)."""
    found: list[str] = []
    if re.search(r"[\u4e00-\u9fff]", text):
        for m in _BODY_ZH.finditer(text):
            core = _PREFIX.sub("", m.group(0))
            if len(core) >= 3 and not _GENERIC.match(core) and not _GENERIC.match(m.group(0)):
                found.append(core)
    for pattern, zh in EN_BODIES:
        if re.search(rf"\b(?:{pattern})\b", text, re.I):
            found.append(zh)
    return list(dict.fromkeys(found))


def _sentences(kb, jid: str, core: str) -> list[tuple[str, str]]:
    """(article, clause) where the body acts, as its subject (区工信局参与…，负责…), then where something is sent to it
    (向区财政部门提出申请), four at most; else the first place it is named."""
    acting, receiving, named = [], [], []
    for a in kb.articles.get(jid, {}).values():
        for s in re.split(r"(?<=[。；;])", a.text):
            if core not in s:
                continue
            s = s.strip().rstrip("。；;")
            at = s.find(core)
            # (the clause the body opens, to a clause's end within 90 characters: not the whole of a long sentence)
            start = max(s.rfind(c, 0, at) for c in "，,：:") + 1
            part = s[start:]
            if len(part) > 90:
                cut = max(part.rfind(c, 0, 90) for c in "，,")
                part = part[:cut] if cut > at - start + len(core) else part[:90]
            (acting if _ACTS.match(s[at + len(core):]) else receiving if _RECEIVES.search(s[:at]) else named).append((a.label, part))
    return (acting + receiving)[:4] or named[:1]


def with_body_role(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """For a question asking what a named body does, that body's sentences of each jurisdiction first."""
    if q.form != "info" or not (_ROLE_ZH.search(text) if q.lang == "zh" else _ROLE_EN.search(text)):
        return findings
    bodies = _named(text)
    if not bodies:
        return findings
    out = list(findings)
    for jid in jids:
        leads = []
        for core in bodies:
            said = _sentences(kb, jid, core)
            if said:
                quotes = t("ans.list_sep", q.lang).join(f"“{s}”" for _, s in said)
                leads.append(Finding(jid, "body_role", "info", t("ans.body_role", q.lang, body=core, quotes=quotes),
                                     [Citation(jid, label, s) for label, s in said]))
        if leads:
            at = next((i for i, f in enumerate(out) if f.jurisdiction == jid), len(out))
            out[at:at] = leads
            if not q.topics:   # (no rule's words in the question: what retrieval found beside the body's own sentences goes)
                out = [f for f in out if f.jurisdiction != jid or f in leads]
    return out
