"""A cost the question puts inside or outside the budget the text counts it in."""
from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import t
from ..reader.costs import FEE_ASKED, INCLUDED, budget_met_from, cost_asked_from, cost_placed, costs_named
from ..reader.question import Question
from .finding import Finding, quoted_sentences
from .model import Citation


def _counting(kb, c: Citation) -> Citation | None:
    """The citation's whole sentence when it counts a cost in a budget (a quote may stop before 应包含在…)."""
    return next((Citation(c.doc, c.article, s.strip()) for s in quoted_sentences(kb, c) if INCLUDED.search(s)), None)


def _counted_in_text(kb, jid: str, named: set[str]) -> Citation | None:
    """The sentence of a text that counts a named cost in a budget, wherever it is."""
    for article in kb.articles.get(jid, {}).values():
        for sentence in re.split(r"[。；;]", article.text):
            if INCLUDED.search(sentence) and any(n in sentence for n in named):
                return Citation(jid, article.label, sentence.strip())
    return None


# one budget said several ways: the O&M money (运维经费, 维保经费, 运行维护经费) and the project's own (总投资, 建设资金)
_BUDGET_FAMILY = {"运维": ("运维", "维保", "运行维护", "维护"), "总投资": ("总投资", "建设资金", "项目资金", "建设经费", "项目经费")}


def _family(budget: str) -> str | None:
    return next((k for k, words in _BUDGET_FAMILY.items() if any(w in budget for w in words)), None)


def with_cost_placed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"监理费不想放总投资里，单独再申请一笔" against 监理费用纳入项目总投资: not allowed; "测评费用从总投资
    里出，不另外申请" is the text's own way: allowed. The findings that quote how the text counts the
    cost answer; the others of their jurisdiction are beside the question. None when no cost is placed
    or no finding quotes where the text counts it."""
    placed = cost_placed(text)
    if placed is None:
        return None
    named = costs_named(text)
    # (the cost named is the one the sentence counts: 监理费 is not 运维经费)
    counting = {id(f): next((w for c in f.citations if (w := _counting(kb, c)) and (not named or any(n in w.quote for n in named))), None)
                for f in findings}
    counted = {f.jurisdiction for f in findings if counting[id(f)]}
    if named:   # 对接费用 counted in 维保经费 (第三十七条) where no finding cites it: the sentence, looked up
        for f in findings:
            if f.jurisdiction not in counted and (found := _counted_in_text(kb, f.jurisdiction, named)):
                counting[id(f)] = found
                counted.add(f.jurisdiction)
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
        # (测评费用打算从明年的运维经费里出 against 费用纳入项目总投资: met from a budget, but not the one the text counts it in)
        budget = budget_met_from(text)
        kept = placed == "inside" and not (budget and not any(w in quote.quote for w in _BUDGET_FAMILY.get(_family(budget), (budget[:2],))))
        key = "ans.cost_kept" if kept else "ans.cost_apart"
        out.append(replace(f, verdict="yes" if kept else "no",
                           citations=[quote, *[c for c in f.citations if c.article != quote.article]],
                           summary=t(key, q.lang, quote=quote.quote) + f.summary))
    return out


def with_cost_asked(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"数据共享改造的对接费从哪出": the sentence that counts the named cost in a budget leads its jurisdiction's
    answer (第三十七条 …应包含在该系统的维保经费中), not the articles the topic's rule names first. None when no
    cost is asked after, or no text counts it."""
    named = costs_named(text)
    if not named or not cost_asked_from(text):
        return None
    found = {f.jurisdiction: c for f in findings if (c := _counted_in_text(kb, f.jurisdiction, named))}
    if not found:
        return None
    lead = {}
    for jid, quote in found.items():
        own = [f for f in findings if f.jurisdiction == jid]
        lead[jid] = id(next((f for f in own if any(c.article == quote.article for c in f.citations)), own[0]))
    return [replace(f, citations=[q_ := found[f.jurisdiction], *[c for c in f.citations if c.article != q_.article]],
                    summary=t("ans.cost_counted", q.lang, quote=q_.quote) + f.summary)
            if lead.get(f.jurisdiction) == id(f) else f for f in findings]


# a fee or a payment spoken of (not 经费, the money a project is given)
_FEE_SAID = re.compile(r"收费|缴费|交费|免费|付费|收取|费用|(?<!经)费(?=标准|由|从|纳入|列入)|付款|支付")
_FREE = re.compile(r"免费")
_FREE_ASKED = re.compile(r"免费|\bfree\b", re.I)
_FREE_WITHIN = re.compile(r"内免费")
_PERIOD_OVER = re.compile(r"(过后|之后|以后|结束后?|期满|到期|以外|之外|外的)|\b(after|beyond|outside|once)\b[^.?]{0,20}\b(warranty|period)|\b(warranty|period)\b[^.?]{0,12}\b(ends|ended|is over|expires|expired)\b", re.I)


def with_fee_silent(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"质量监督登记要交费吗", "is there a fee for the quality registration": whether a step costs anything, where
    nothing the findings cite speaks of a fee or a payment, is a part the text is silent on (``not_specified``), not the
    step's duty said again. None when no fee is asked or a finding's text speaks of one."""
    if q.form != "yesno" or not FEE_ASKED.search(text) or cost_placed(text) is not None:
        return None
    out, silent = [], set()
    for f in findings:
        if f.verdict in ("yes", "no", "info") and any(_FREE.search(c.quote) for c in f.citations) \
                and not (any(_FREE_WITHIN.search(c.quote) for c in f.citations) and _PERIOD_OVER.search(text)):
            # (质保期内免费: not once the period is over, 质保期过后的维保可以另外收钱吗)
            # 质保期内维保要收费吗 against 质保期内免费提供维保: free, as the text says
            out.append(replace(f, verdict="yes" if _FREE_ASKED.search(text) else "no",
                               summary=t("ans.free_said", q.lang) + f.summary))
            silent.add(f.jurisdiction)
            continue
        said = f.summary + "".join(c.quote for c in f.citations) + "".join(
            a.text for c in f.citations for a in [kb.article(c.doc, c.article)] if a)
        if f.verdict in ("yes", "no", "conditional", "info") and not _FEE_SAID.search(said) \
                and not any(_FEE_SAID.search(g.summary) for g in findings if g.jurisdiction == f.jurisdiction and g is not f):
            if f.jurisdiction in silent:
                continue
            silent.add(f.jurisdiction)
            arts = t("ans.list_sep", q.lang).join(dict.fromkeys(c.article for c in f.citations))
            out.append(replace(f, verdict="not_specified", summary=t("ans.no_fee_said", q.lang, arts=arts)))
        else:
            out.append(f)
    return out if silent else None
