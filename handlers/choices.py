"""Matching what a person types against a question's choices.

Every choice has its button labels (Chinese and English) and the other words people use for
it. A typed answer is compared with each of those strings: after taking out filler words
(了, 还在, 已经, 类, …) an exact match wins; otherwise a similarity score combines how much of
the typed text the choice covers (characters for Chinese, words for English) with difflib's
ratio, which forgives typos. A clear winner is taken; a near tie, or a weak match, gives the
two or three nearest choices back to pick from.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

ACCEPT = 0.8       # a score this high, clearly ahead of the next choice, is taken
MARGIN = 0.15      # how far ahead of the runner-up it must be
SUGGEST = 0.34     # choices scoring at least this (and near the best) are offered

# words that carry no choice of their own: aspect and degree particles, "the kind of", filler
_FILLER = lazy_regex(r"刚刚|刚|已经|已|了|还在|还|正在|在|目前|现在|中|的|类|型|吧|呢|啊|呀|嗯|项目|"
                     r"\b(the|a|an|it|is|its|it's|we|are|just|already|still|project|stage|kind|of)\b")
_PUNCT = lazy_regex(r"[\s,.;:!?，。；：！？、'\"“”‘’()（）\[\]【】~～-]+")
_CJK = lazy_regex(r"[\u3400-\u9fff]")
_WORD = lazy_regex(r"[a-z0-9]+")


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    return _PUNCT.sub(" ", text).strip()


def _core(text: str) -> str:
    """The words that choose: filler out (but never everything)."""
    core = " ".join(_FILLER.sub(" ", text).split())
    core = re.sub(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", "", core)  # 还在 规划 → 规划, not two words
    return core or text


def _units(text: str) -> set[str]:
    return set(_CJK.findall(text)) | set(_WORD.findall(text))


@lru_cache(maxsize=8192)
def _prepared(text: str) -> tuple[str, str, frozenset[str], bool]:
    """A string's normal form, its choosing words, their units, and whether it is Chinese (the
    labels and synonyms are the same few hundred strings every time: read once)."""
    a = normal(text)
    ca = _core(a) if a else ""
    return a, ca, frozenset(_units(ca)), bool(_CJK.search(ca))


@lru_cache(maxsize=65536)   # the same few answers (是, 软件开发, 80万) meet the same labels again and again
def similarity(typed: str, candidate: str) -> float:
    """How well ``typed`` names ``candidate``, 0..1 (1: the same words)."""
    a, ca, ua, cjk = _prepared(typed)
    b, cb, ub, _ = _prepared(candidate)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if ca == cb:
        return 0.98
    overlap = 0.0
    if ua and ub:
        common = len(ua & ub)
        overlap = 0.7 * common / len(ua) + 0.3 * common / len(ub)
    if len(ca) < 2 and not cjk:  # one letter or digit says nothing by itself
        return 0.0
    floor = overlap if cjk else max(overlap, 0.75)   # English: only a near spelling (a typo) counts
    matcher = SequenceMatcher(None, ca, cb)
    # the bounds first, cheapest first: ratio is costly
    ratio = matcher.ratio() if matcher.real_quick_ratio() > floor and matcher.quick_ratio() > floor else 0.0
    if not cjk and ratio < 0.75:
        ratio = 0.0
    return round(max(overlap, ratio), 4)


@dataclass(frozen=True)
class Match:
    value: str | None          # the choice taken, or None
    nearest: list[str]         # when none is taken: the nearest choices, best first (may be empty)


def match(typed: str, options: dict[str, list[str]]) -> Match:
    """``options``: choice -> the strings that name it (labels and synonyms)."""
    scores = sorted(((max((similarity(typed, s) for s in names), default=0.0), value)
                     for value, names in options.items()), reverse=True)
    if not scores:
        return Match(None, [])
    best, value = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0.0
    if best >= ACCEPT and best - second >= MARGIN:
        return Match(value, [])
    if best == 1.0 and second < 1.0:
        return Match(value, [])
    near = [v for s, v in scores if s >= SUGGEST and s >= best - 0.3][:3]
    return Match(None, near)
