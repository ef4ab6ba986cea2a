"""The topic vocabulary (topics.yaml plus any topics a jurisdiction's file adds) and detection of
the topics a question asks about."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .text import fold

_CLAUSE_END = set("?？。;；!！")

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Topic:
    key: str
    label: dict
    terms: tuple[tuple[str, ...], ...]   # each term: the parts that must all occur (folded)
    zh_terms: tuple[str, ...]            # plain Chinese words, to widen a search
    parent: str | None = None


def _topic(key: str, raw: dict) -> Topic:
    terms, zh = [], []
    for lang in ("zh", "en"):
        for term in raw.get(lang, []):
            parts = tuple(fold(p) for p in str(term).split("+") if p.strip())
            terms.append(parts)
            if lang == "zh":
                zh.extend(p for p in str(term).split("+") if p.strip())
    label = raw.get("label") or {"zh": key, "en": key}
    return Topic(key, label, tuple(terms), tuple(dict.fromkeys(zh)), raw.get("parent"))


def load_topics(extra: list[dict] | None = None) -> dict[str, Topic]:
    raw = yaml.load((Path(__file__).parent / "topics.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    for more in extra or []:
        for key, spec in more.items():
            if key in raw:  # a jurisdiction may add words to a shared topic
                for lang in ("zh", "en"):
                    raw[key][lang] = list(raw[key].get(lang, [])) + list(spec.get(lang, []))
            else:
                raw[key] = spec
    return {key: _topic(key, spec) for key, spec in raw.items()}


def _spans(text: str, parts: tuple[str, ...]) -> set[int] | None:
    covered: set[int] = set()
    for part in parts:
        at = text.find(part)
        if at < 0:
            return None
        covered.update(range(at, at + len(part)))
    return covered


class _Matcher:
    """The terms of every topic, indexed by their first character, so that a question is only
    tested against the terms that can occur in it."""

    def __init__(self, topics: dict[str, Topic]):
        self.by_char: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for topic in topics.values():
            for parts in topic.terms:
                if parts:
                    self.by_char.setdefault(parts[0][0], []).append((topic.key, parts))

    def found(self, folded: str) -> dict[str, set[int]]:
        best: dict[str, set[int]] = {}
        for ch in set(folded):
            for key, parts in self.by_char.get(ch, ()):
                cov = _spans(folded, parts)
                if cov is not None and (key not in best or len(cov) > len(best[key])):
                    best[key] = cov
        return best


_MATCHERS: dict[int, tuple[dict, _Matcher]] = {}


def _matcher(topics: dict[str, Topic]) -> _Matcher:
    cached = _MATCHERS.get(id(topics))
    if cached is None or cached[0] is not topics:
        cached = (topics, _Matcher(topics))
        _MATCHERS[id(topics)] = cached
    return cached[1]


def detect(text: str, topics: dict[str, Topic]) -> list[str]:
    """Topics the text asks about, most specific first (see ``detect_parts``)."""
    return [key for part in detect_parts(text, topics) for key in part]


def detect_parts(text: str, topics: dict[str, Topic]) -> list[list[str]]:
    """The parts of a question, each a list of candidate topics, most specific first.

    A topic whose matched characters are all inside a more specific topic's match (验收 inside
    验收不合格) is dropped. A part is a clause: "需要监理吗？要做等保吗？" has two, while
    "合同签订后多久要备案任务书" is one part with several candidate topics."""
    return [keys for _, keys in detect_clauses(text, topics)]


def detect_clauses(text: str, topics: dict[str, Topic]) -> list[tuple[int, list[str]]]:
    """``detect_parts`` with the index of the clause each part is in."""
    folded = fold(text)
    found = _matcher(topics).found(folded)
    keep = []
    for key, cov in found.items():
        dominated = any(other != key and cov < ocov for other, ocov in found.items())
        if not dominated:
            keep.append(key)
    keep.sort(key=lambda k: (-len(found[k]), min(found[k])))
    # two topics matched by exactly the same words: keep the more specific (the child)
    out = []
    for key in keep:
        twins = [o for o in keep if o != key and found[o] == found[key]]
        if any(topics[o].parent == key for o in twins):
            continue
        out.append(key)
    bounds = [i for i, ch in enumerate(folded) if ch in _CLAUSE_END]
    parts: dict[int, list[str]] = {}
    for key in out:
        clause = sum(1 for b in bounds if b < min(found[key]))
        parts.setdefault(clause, []).append(key)
    return [(c, parts[c]) for c in sorted(parts)]
