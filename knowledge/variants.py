"""What people type instead of the words of the texts: traditional characters (監理, 驗收) and
homophone slips of the input method (监里, 建理, 初严, 验首).

Traditional characters are converted with zhconv, but only when the question holds a character
that none of the texts or the vocabulary use (simplified questions never pay its start-up). A
homophone slip is corrected with pypinyin: a run of characters that is not a vocabulary word but
sounds exactly like one, sharing at least one character with it in the same place, is read as that
word. Both libraries are imported on first need.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u4e00-\u9fff]")


def simplified(text: str, known: frozenset[str]) -> str:
    """The text in simplified characters, if it holds any character outside ``known``."""
    if all(ch in known for ch in _CJK.findall(text)):
        return text
    import zhconv

    return zhconv.convert(text, "zh-cn")


@lru_cache(maxsize=8)
def _by_sound(words: frozenset[str]) -> dict[tuple[str, ...], list[str]]:
    from pypinyin import lazy_pinyin

    out: dict[tuple[str, ...], list[str]] = {}
    for w in words:
        if 2 <= len(w) <= 4 and all(_CJK.match(c) for c in w):
            out.setdefault(tuple(lazy_pinyin(w)), []).append(w)
    return out


def homophones(text: str, words: frozenset[str]) -> str:
    """``text`` with homophone slips of vocabulary ``words`` corrected: 要监里吗 -> 要监理吗."""
    from pypinyin import lazy_pinyin

    sounds = _by_sound(words)
    chars = list(text)
    py = [lazy_pinyin(c)[0] if _CJK.match(c) else None for c in chars]
    i = 0
    while i < len(chars):
        for n in (4, 3, 2):
            window = "".join(chars[i:i + n])
            if len(window) < n or None in py[i:i + n] or window in words:
                continue
            for w in sounds.get(tuple(py[i:i + n]), ()):
                if any(a == b for a, b in zip(w, window, strict=True)):
                    chars[i:i + n] = list(w)
                    break
            else:
                continue
            i += n - 1
            break
        i += 1
    return "".join(chars)
