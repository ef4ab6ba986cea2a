"""An article the question names by its number (钟楼细则第二十六条讲的是啥, "What does Article 21 of the Shenzhen measures
require the construction unit to do?"): the findings that cite it lead; where none does and the question asks what, the
article itself answers first, quoted, in place of the articles a search ranked for the question's other words. Where the
place's text has no such article the findings stand."""
from __future__ import annotations

import re

from ..i18n import t
from ..reader.articles import articles_named
from ..reader.question import Question
from .finding import Finding
from .model import Citation

_LONGEST = 240   # (a long article is told up to its first sentences, and quoted whole below in the article's view)


def _told(text: str) -> str:
    """The article's text as the answer says it: its lines run together, cut after a sentence near the longest."""
    flat = re.sub(r"\s*\n\s*", "", text)
    if len(flat) <= _LONGEST:
        return flat
    cut = max(flat.rfind(stop, 0, _LONGEST) for stop in "。；;：:")
    return flat[:cut + 1] + "……" if cut > 40 else flat[:_LONGEST] + "……"


def _lead(text: str) -> str:
    """The article's first sentence, verbatim (the quote a citation holds)."""
    first = re.split(r"(?<=[。；;：:])", text.strip(), maxsplit=1)[0]
    return first.strip()


def with_article_named(kb, findings: list[Finding], q: Question, jids: list[str]) -> list[Finding]:
    labels = articles_named(q.reading or q.text)
    if not labels:
        return findings
    out: list[Finding] = []
    for jid in dict.fromkeys([*jids, *(f.jurisdiction for f in findings)]):
        own = [f for f in findings if f.jurisdiction == jid]
        arts = [a for label in labels if (a := kb.article(jid, label)) is not None]
        if not arts:
            out.extend(own)
            continue
        named = {a.label for a in arts}
        citing = [f for f in own if named & {c.article for c in f.citations}]
        rest = [f for f in own if f not in citing]
        if citing or q.form != "info":
            out.extend([*citing, *rest])
            continue
        # a what-question none of whose findings cites the article: the article leads, in place of the articles a search
        # ranked for the question's other words (what a rule of the topic says stays: the article named may be the wrong one,
        # "wendeng art.18 - our budget is going from 80w to 120w, what do we have to do")
        told = [Finding(jid, "article", "info", t("ans.article_says", q.lang, article=a.label, text=_told(a.text)),
                        [Citation(jid, a.label, _lead(a.text))]) for a in arts]
        out.extend([*told, *(f for f in rest if f.topic != "search")])
    return out
