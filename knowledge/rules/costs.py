"""A cost the question puts inside or outside the budget the text counts it in."""
from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import t
from ..reader.costs import INCLUDED, cost_placed
from ..reader.question import Question
from .finding import Finding
from .model import Citation


def _counting(kb, c: Citation) -> Citation | None:
    """The citation's whole sentence when it counts a cost in a budget (a quote may stop before 应包含在…)."""
    article = kb.article(c.doc, c.article)
    for sentence in re.split(r"[。；;]", article.text if article else c.quote):
        if c.quote[:12] in sentence and INCLUDED.search(sentence):
            return Citation(c.doc, c.article, sentence.strip())
    return None


def with_cost_placed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"监理费不想放总投资里，单独再申请一笔" against 监理费用纳入项目总投资: not allowed; "测评费用从总投资
    里出，不另外申请" is the text's own way: allowed. The findings that quote how the text counts the
    cost answer; the others of their jurisdiction are beside the question. None when no cost is placed
    or no finding quotes where the text counts it."""
    placed = cost_placed(text)
    if placed is None:
        return None
    counting = {id(f): next((w for c in f.citations if (w := _counting(kb, c))), None) for f in findings}
    counted = {f.jurisdiction for f in findings if counting[id(f)]}
    if not counted:
        return None
    out = []
    for f in findings:
        if f.jurisdiction not in counted:
            out.append(f)
            continue
        quote = counting[id(f)]
        if quote is None:
            continue
        key = "ans.cost_kept" if placed == "inside" else "ans.cost_apart"
        out.append(replace(f, verdict="yes" if placed == "inside" else "no",
                           citations=[quote, *[c for c in f.citations if c.article != quote.article]],
                           summary=t(key, q.lang, quote=quote.quote) + f.summary))
    return out
