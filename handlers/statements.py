"""Statements of something done ("任务书今天已经在平台备案了", "备案是1月20号做的", "X搞定了"):
not questions for the regulations, but progress on the user's project. The form is read by
``knowledge.reader.form``; an event statement is recorded by the session's event path, and a statement
about one of the project's filings marks that filing done on the day it names.
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex
from knowledge.reader.form import classify

from .projects import title_of

_NOISE = lazy_regex(r"[\d\s年月日号今天昨前已经了的是在做完成搞定办好交报上传平台，。,.!！]")


def is_statement(text: str, lang: str) -> bool:
    return classify(text, lang).form == "statement"


def matching_filing(text: str, filings: list[dict], lang: str) -> dict | None:
    """The open filing the statement is about: the one whose title shares most of the statement's
    words (characters, for Chinese), if it is a clear match."""
    words = set(_NOISE.sub("", text)) if lang == "zh" else set(re.findall(r"[a-z]{4,}", text.lower()))
    if not words:
        return None
    scored = []
    for f in filings:
        if f["status"] == "done":
            continue
        title = title_of(f, lang)
        have = set(title) if lang == "zh" else set(re.findall(r"[a-z]{4,}", title.lower()))
        share = len(words & have) / len(words)
        scored.append((share, f))
    scored.sort(key=lambda x: -x[0])
    if scored and scored[0][0] >= 0.6 and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 0.15):
        return scored[0][1]
    return None
