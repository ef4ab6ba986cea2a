"""A chapter of an outline the text gives, believed to be about something (建设方案编写提纲，第五章我记得是风险分析吧; "chapter 5
is the risk analysis, right?"): the outline's own heading of that chapter answers, yes when it names the thing, no when it
names another (and the chapter that does name it is said)."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from ..texts.text import han_pairs
from .details import standing_in
from .finding import Finding
from .model import Citation

_CLAIM = lazy_regex(r"第(?P<n>[一二三四五六七八九十]{1,3})章[^，,。？?]{0,8}?(?:是|为|叫|写的是|讲的是|讲|写)(?P<x>[\u4e00-\u9fff]{2,16}?)"
                    r"(?:那一?章|这一?章|的内容)?(?:吧|吗|么|对吧|是吧|对不对|没错吧)")
_HEAD = lazy_regex(r"第(?P<n>[一二三四五六七八九十]{1,3})章\s*(?P<title>[\u4e00-\u9fff]{2,16})")


def _words(text: str) -> set[str]:
    return han_pairs(text) - {"项目", "建设"}


def with_chapter_claim(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Each place whose text has an outline with the chapter the question numbers answers the belief (see the module's
    note), first, in place of its other findings with a verdict."""
    if q.form != "yesno" or q.lang != "zh":
        return findings
    claim = _CLAIM.search(text)
    if claim is None:
        return findings
    thing = re.sub(r"^(?:讲|写|关于)|的$", "", claim.group("x")) or claim.group("x")   # (是讲项目组织管理的吧: what it is about)
    said = _words(thing)
    if not said:
        return findings
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        for a in kb.articles.get(jid, {}).values():
            heads = list(_HEAD.finditer(a.text))
            if len(heads) < 3:   # (an outline: its chapters one after another, not an article naming one)
                continue
            head = next((h for h in heads if h.group("n") == claim.group("n")), None)
            if head is None:
                continue
            right = len(said & _words(head.group("title"))) * 2 >= len(said)
            where = next((h for h in heads if h is not head and len(said & _words(h.group("title"))) * 2 >= len(said)), None)
            lead = t("ans.chapter_is" if right else "ans.chapter_is_not", q.lang, article=a.label, head=head.group(0).strip(),
                     said=thing, other=where.group(0).strip() if where else "")
            if not right and where is None:
                lead = t("ans.chapter_is_not_named", q.lang, article=a.label, head=head.group(0).strip(), said=thing)
            quotes = [head.group(0).strip()] + ([where.group(0).strip()] if where is not None and not right else [])
            settled = Finding(jid, "listed", "yes" if right else "no", lead, [Citation(jid, a.label, x) for x in quotes], believed=True)
            out = standing_in(out, settled, ("yes", "no", "conditional", "info", "not_specified"))
            break
    return out
