"""The body a question says it sent a filing or an application to, against the body the text names."""
from __future__ import annotations

from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from ..reader.recipients import said_recipient, said_recipient_en, same_recipient, text_recipients
from .finding import Finding, quoted_sentences
from .model import Citation


def _sent_in(kb, c: Citation) -> list[tuple[str, Citation]]:
    """The bodies a citation's sentence has something sent to, each with that sentence."""
    return [(body, Citation(c.doc, c.article, s.strip())) for s in quoted_sentences(kb, c) for body in text_recipients(s)]


def _other_names(kb, jid: str, named: str) -> list[str]:
    """What else the text calls a body: 办公室设在区政务服务数据管理局，为区信息化主管部门."""
    return [m.group("x") for a in kb.articles.get(jid, {}).values() for m in _SET_IN.finditer(a.text)
            if same_recipient(named, m.group("y")) or same_recipient(m.group("y"), named)]


_SET_IN = lazy_regex(r"设在(?P<x>[\u4e00-\u9fff]{2,16}?(?:局|中心|办公室|办))[，,]\s*(?:为|作为|是)(?P<y>[\u4e00-\u9fff]{2,16}?(?:部门|局|中心|机构))")


def with_recipient(kb, findings: list[Finding], text: str, q: Question, before: dict) -> list[Finding]:
    """"运维经费的申请我们报给了区发改局，是这么报的吗" against 向区财政部门提出申请: no, the text has it sent to
    another body. A body the text names (or calls otherwise: 设在…，为…) settles nothing by itself, as the question
    may still be late or short of a step; nor does a wrong body undo what a reading of the question already decided."""
    said = (said_recipient(text) if q.lang == "zh" else said_recipient_en(text)) if q.form == "yesno" and not q.negated else None
    if not said:
        return findings
    out = []
    for f in findings:
        # (the topic asked first: a side topic's other filings say nothing of where this one went)
        unread = before.get((f.jurisdiction, f.topic)) == f.verdict and q.topics[:1] == [f.topic]
        sent = [s for c in f.citations for s in _sent_in(kb, c)] if unread and f.verdict in ("yes", "info", "conditional") else []
        if not sent or any(same_recipient(said, b) or any(same_recipient(said, o) for o in _other_names(kb, f.jurisdiction, b))
                           for b, _ in sent):
            out.append(f)
            continue
        body, quote = sent[0]
        out.append(replace(f, verdict="no", citations=[quote, *[c for c in f.citations if c.article != quote.article]],
                           summary=t("ans.recipient_other", q.lang, quote=quote.quote, named=body, said=said) + f.summary))
    return out
