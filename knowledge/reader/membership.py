"""Questions that ask whether one thing is a kind of another ("单位自筹资金算不算区政府资金", "区政府资金
包括单位自筹吗", "向社会购买的运维服务算智慧文登项目吗"), and the sentence of a text that settles it:
a definition (所称…包括/是指…) that names the broader thing before its defining word and the
narrower one after it.
"""
from __future__ import annotations

import re

_PUNCT = re.compile(r"[\s“”\"'‘’《》（）()、:：]")
_A_IS_B = re.compile(r"(?P<a>[^，,。？?；;！!]{2,20}?)(?:算不算|算是|算作|属不属于|是否属于|是否算|属于|算)"
                     r"(?P<b>[^，,。？?；;！!]{2,20}?)(?:吗|么|嘛|呢|的范围|范围|[？?]|$)")
_B_HAS_A = re.compile(r"(?P<b>[^，,。？?；;！!]{2,20}?)(?:包不包括|包括不包括|包不包含|包含不包含|包括|包含)"
                      r"(?P<a>[^，,。？?；;！!]{2,20}?)(?:吗|么|嘛|不|没有|在内|[？?]|$)")
_DEFINES = re.compile(r"所称|包括|包含|是指|指的是")
_SENTENCE = re.compile(r"(?<=[。；;\n])")
_FILLER = set("的了在里中这个那本该")


def membership(text: str) -> tuple[str, str] | None:
    """(narrower, broader) when the question asks whether the first is a kind of the second."""
    for pattern in (_A_IS_B, _B_HAS_A):
        m = pattern.search(text)
        if m:
            a, b = (_PUNCT.sub("", m.group(g)) for g in ("a", "b"))
            if _specific(a) and _specific(b):
                return a, b
    return None


def pieces(words: str) -> set[str]:
    core = "".join(ch for ch in words if ch not in _FILLER)
    return {core[i:i + 2] for i in range(len(core) - 1)}


def _share(words: str, text: str, ignore: frozenset[str] = frozenset()) -> float:
    own = pieces(words) - ignore
    return len({p for p in own if p in text}) / len(own) if own else 0.0


def defining_sentence(text: str, narrower: str, broader: str, ignore: frozenset[str] = frozenset()) -> str | None:
    """The sentence of ``text`` that defines the broader thing as including the narrower one: most
    of the words of each on their side of its defining word (所称/包括/是指). Pieces in ``ignore``
    (a place's name: 龙岗 says where, not what) do not count."""
    for sentence in _SENTENCE.split(text):
        s = sentence.strip().rstrip("。；;")
        if not _DEFINES.search(s):
            continue
        cut = max(x.end() for x in _DEFINES.finditer(s))
        head, tail = _PUNCT.sub("", s[:cut]), _PUNCT.sub("", s[cut:])
        if _share(broader, head, ignore) >= 0.5 and _share(narrower, tail, ignore) >= 0.5:
            return s
    return None


def _specific(words: str) -> bool:
    """Says more than 项目/资金 alone: two or more pieces besides the words every question has."""
    return len(pieces(words) - {"项目", "资金", "这个", "我们"}) >= 2
