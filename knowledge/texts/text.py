"""Small text helpers shared by parsing, search and rule checks."""

import unicodedata
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

_WS = lazy_regex(r"\s+")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def squash(text: str) -> str:
    """Remove all white space: the contract's "whitespace normalisation" of quotes."""
    return _WS.sub("", text)


def pairs(text: str) -> set[str]:
    """The two-character pieces of a text (监理月报 -> 监理, 理月, 月报): how questions and clauses are compared."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


_HAN_PAIR = lazy_regex(r"[\u4e00-\u9fff]{2}")


def han_pairs(text: str) -> set[str]:
    """The two-character pieces of a text that are both Chinese characters (a question's words, without 0万 or a, b)."""
    return {p for p in pairs(text) if _HAN_PAIR.fullmatch(p)}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Full-width to half-width (NFKC), no white space, lower case: for matching, never for display."""
    return squash(unicodedata.normalize("NFKC", text)).lower()


def cn_small_int(text: str) -> int | None:
    """Value of a Chinese numeral below 10,000 (第四十二条 -> 42); None if it is not one."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current

