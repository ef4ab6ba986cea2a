"""English words of a question turned into the words the regulations use (``en_glossary.yaml``), so
that search, which indexes the Chinese texts, finds the article an English question speaks of."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.lazy_regex import lazy_regex

_FILE = Path(__file__).with_name("en_glossary.yaml")
_GAP = lazy_regex(r"[\s-]+")   # "third party", "third-party" and "third  party" are one key


def _key(words: str) -> str:
    return _GAP.sub(" ", words.lower())


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    entries = yaml.safe_load(_FILE.read_text(encoding="utf-8"))
    words = {_key(k): tuple(zh) for k, zh in entries.items()}
    # the longest key at a place wins ("acceptance test" before "accept")
    keys = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys) + ")", re.I)
    return pattern, words


def chinese_words(text: str) -> list[str]:
    """The regulation words for the English words of ``text``, in the order they occur."""
    if not re.search(r"[A-Za-z]{3}", text):
        return []
    pattern, words = _table()
    return [w for m in pattern.finditer(text) for w in words[_key(m.group(1))]]


_FILLER = lazy_regex(r"\b(?:a|an|the|of|and|or|for|in|on|to|s)\b|[^\w]+", re.I)


def translated(text: str) -> str | None:
    """An English term in the texts' words when the glossary has a word for each of its words ("information
    engineering quality" -> 信息工程质量), the first of each word's alternatives; None when a word is left over."""
    pattern, words = _table()
    if _FILLER.sub("", pattern.sub("", text)).strip():
        return None
    found = [words[_key(m.group(1))][0] for m in pattern.finditer(text)]
    return "".join(found) if len(found) >= 2 else None
