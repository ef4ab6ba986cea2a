"""A finding: one verdict of one jurisdiction on one topic, with its summary and verbatim citations."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Citation


@dataclass
class Finding:
    jurisdiction: str
    topic: str
    verdict: str
    summary: str
    citations: list[Citation]
    notes: list[str] = field(default_factory=list)
    # the verdict was read from what the question says (a step left out, a day, a body, a count), not only
    # from whether the rule applies: of contrary verdicts on a one-part question, such a one answers it
    read: bool = False
    # the verdict says whether the step fails, as a question asking so was answered (会被判定不合格吗: 是)
    failing: bool = False
    # the verdict says whether what the question believes of the text holds (签完合同15天内备案吧: 否, the text's is a month)
    believed: bool = False

    def as_dict(self) -> dict:
        return {"jurisdiction": self.jurisdiction, "topic": self.topic, "verdict": self.verdict,
                "summary": self.summary, "citations": [c.as_dict() for c in self.citations]}


def dedupe(cites: list[Citation]) -> list[Citation]:
    return list(dict.fromkeys(cites))


def quoted_sentences(kb, c: Citation) -> list[str]:
    """The sentences of the cited article that hold the start of the quote (a quote may stop before the words that
    matter: 应包含在…, the report it is said of), or the quote itself where none does or the article is not found."""
    article = kb.article(c.doc, c.article)
    held = [x for x in re.split(r"[。；;]", article.text) if c.quote[:12] in x] if article else []
    return held or [c.quote]
