"""The topic vocabulary (topics.yaml plus any topics a jurisdiction's file adds) and detection of
the topics a question asks about.

Every term carries its provenance: ``text`` (the wording of a regulation; tests check it occurs),
``synonym`` (a synonym or abbreviation staff write: 可研, 等保, 初验) or ``colloquial`` (an
everyday form: 找监理). A plain list of terms still loads, as provenance ``unknown``."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

import yaml

from knowledge.lazy_regex import lazy_regex

from ..texts.text import fold

_CLAUSE_END = set("?？。;；!！")
# the title of a regulation as people write it: …质量监督管理暂行办法, 智慧文登项目建设管理办法, 实施细则
_TITLE = lazy_regex(r"[\u4e00-\u9fff“”\"]{2,24}?(?:暂行办法|管理办法|实施细则|办法|细则)(?:\s*[（(](?:修订草案|草案|试行|征求意见稿|修订稿|暂行)[)）])?")   # …（修订草案）: the title's own suffix
_TITLE_EN = lazy_regex(
    # the measures on IT project quality supervision (take effect): the title's words follow it
    r"\b(?:the|these|this|those|its|their)\s+(?:[a-z]+'s\s+|[a-z]+\s+)?(?P<title2>(?:interim\s+)?(?:measures|rules|regulations)\s+(?:on|for|governing)\s+"
    r"(?:(?!(?:take|took|taken|takes|come|came|comes|enter|entered|enters|apply|applies|applied|expire|expired|expires|do|does|did|is|are|was|were"
    r"|have|has|had|need|needs|must|say|says|said|require|requires|lapse|lapsed|run|still|become|became|go|went|get|got)\b)[a-z&-]+\s*){1,6})"
    # the Shenzhen information engineering quality supervision measures (and "Shenzhen's quality supervision measures", the
    # place's own opening the sentence)
    r"|(?:\b(?:the|these|this|those|its|their|our|under|by|per|in)\s+(?:[a-z]+'s\s+|[a-z]+\s+)?|(?:^|(?<=[.;:!?])\s*)[A-Z][a-z]+(?:'s|’s)\s+)"
    r"(?P<title>(?:(?!(?:the|to|of|for|a|an|by|in|on|under|and|or|with|from|what|which)\b)[a-z]+\s+){1,6}?"
    r"(?:interim\s+)?(?:measures|rules|regulations)"
    # ("under the Shenzhen interim measures on information engineering quality supervision": the title's words after it too)
    r"(?:\s+(?:on|for|governing)\s+(?:(?!(?:take|took|taken|takes|come|came|comes|enter|entered|enters|apply|applies|applied|expire|expired|expires"
    r"|do|does|did|is|are|was|were|have|has|had|need|needs|must|say|says|said|require|requires|lapse|lapsed|run|still|become|became|go|went|get|got)\b)[a-z&-]+\s*){1,6})?)\b", re.I)
# words before a title that are the question's, not the title's: 适用钟楼区的实施细则, 按照智慧文登项目建设管理办法
_BEFORE_TITLE = lazy_regex(r".*(?:适用于|适用|按照|依照|依据|参照|遵照|遵循|执行|属于|归|走|按|用|算|的|这个|这份|那个|那份|该|本|这|那)")


_ADDRESSEE = lazy_regex(r"(?:向|报给|报送|报到|交给|提交给|送交|共享给|共享到|推送给|推送到|提供给|上传到|上传给|发给|报|(?:filed|submitted|reported|sent|handedin|registered)(?:with|to|in)(?:the)?)(?P<x>[\u4e00-\u9fff（）()]{0,12}?(?:主管部门|管理局|数据局|数管局|大数据中心|办公室|财政局))")


# a day told with its year, or as the day something happened (2026年11月30日, 11月30日出具/签的/通过)
_TOLD_DAY = lazy_regex(r"(?P<d>(?:20\d\d年)\d{1,2}月\d{1,2}[日号]|\d{1,2}月\d{1,2}[日号](?=(?:就|已经|已|刚)?(?:出具|出来|签|签订|签署|完成|通过|结束|开始|启动|开工|出|做|办|提交|备案|上线|验收|到期|下达|批复)))")


def title_spans(text: str) -> list[tuple[int, int]]:
    """Where a question names a regulation by its title (深圳那份信息工程质量监督管理暂行办法 ->
    信息工程质量监督管理暂行办法), without the words of the question before it."""
    out = []
    for m in _TITLE.finditer(text):
        cut = _BEFORE_TITLE.match(m.group(0)[:-2])
        out.append((m.start() + (cut.end() if cut else 0), m.end()))
    for m in _TITLE_EN.finditer(text):   # the Shenzhen information engineering quality supervision measures
        out.append(m.span("title" if m.group("title") else "title2"))
    return out


def _runs(places: set[int]) -> list[tuple[int, int]]:
    """The runs of consecutive places, as (start, end) spans."""
    out: list[tuple[int, int]] = []
    for i in sorted(places):
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _english_title(text: str, folded: str) -> set[int]:
    """The places of the folded text (no spaces) that an English title in ``text`` takes."""
    norm = unicodedata.normalize("NFKC", text)
    solid = [i for i, ch in enumerate(norm) if not ch.isspace()]
    if len(solid) != len(folded):
        return set()
    at = {j: i for i, j in enumerate(solid)}
    return {at[j] for m in _TITLE_EN.finditer(norm) for j in range(*m.span("title" if m.group("title") else "title2")) if j in at}
PROVENANCES = ("text", "synonym", "colloquial")
WINDOW = 12  # at most this many characters between the parts of an "A+B" term
_LATIN_PER_CHAR = 4  # letters of English text (spaces are folded away) worth one Chinese character

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
    # language -> term as written -> text / synonym / colloquial / unknown
    provenance: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # a subject that is several topics ("测试": third-party testing, 等保测评, …): asked about it,
    # the answer names each of them that the text rules on
    covers: tuple[str, ...] = ()
    en_words: tuple[str, ...] = ()       # the English words of its terms, to read typing slips by
    # a topic that frames a question rather than naming its step (who is responsible, which class a project is): with a
    # step named beside it (后评价谁来组织, 公共类服务项目是谁来负责采购的), the step is what is asked
    frames: bool = False


def lineage(key: str | None, topics: dict[str, Topic]) -> list[str]:
    """A topic and the topics above it, nearest first (initial_acceptance, acceptance)."""
    out = []
    while key:
        out.append(key)
        key = topics[key].parent if key in topics else None
    return out


def frames(key: str, topics: dict[str, Topic]) -> bool:
    """Does the topic (or one above it) only frame a question (who is responsible, which class a project is)?"""
    return any(topics[k].frames for k in lineage(key, topics) if k in topics)


# a hyphen between two letters: "capital-construction", "third-party" (spaces are folded away, hyphens are not)
_HYPHEN = lazy_regex(r"(?<=[a-z])-(?=[a-z])")


def term_entries(words) -> list[tuple[str, str]]:
    """The (term, provenance) pairs of one language of a topic: a mapping of provenance to
    terms, or a plain list (provenance ``unknown``)."""
    if not words:
        return []
    if isinstance(words, dict):
        unknown = set(words) - set(PROVENANCES) - {"unknown"}
        if unknown:
            raise ValueError(f"unknown provenance {sorted(unknown)} (use {', '.join(PROVENANCES)})")
        return [(str(term), kind) for kind in (*PROVENANCES, "unknown") for term in words.get(kind) or []]
    return [(str(term), "unknown") for term in words]


def term_parts(term: str) -> list[str]:
    """The words of a term as written: "验收+材料" -> ["验收", "材料"]."""
    return [p.strip() for p in str(term).split("+") if p.strip()]


def _topic(key: str, raw: dict) -> Topic:
    terms, zh, en, prov = [], [], [], {}
    for lang in ("zh", "en"):
        for term, kind in term_entries(raw.get(lang)):
            words = term_parts(term)
            parts = tuple(fold(p) for p in words)
            if not parts:
                continue
            if lang == "en":   # (third-party is kept as thirdparty: a question's hyphens are read both ways, ``_Matcher.found``)
                parts = tuple(_HYPHEN.sub("", p) for p in parts)
            terms.append(parts)
            prov.setdefault(lang, {})[term] = kind
            if lang == "zh":
                zh.extend(words)
            else:
                en.extend(w.lower() for p in words for w in re.findall(r"[A-Za-z]{4,}", p))
    label = raw.get("label") or {"zh": key, "en": key}
    return Topic(key, label, tuple(dict.fromkeys(terms)), tuple(dict.fromkeys(zh)), raw.get("parent"), prov,
                 tuple(raw.get("covers") or ()), tuple(dict.fromkeys(en)), bool(raw.get("frames")))


def _merge(words, more) -> list | dict:
    """A jurisdiction's words for a shared topic added to the shared ones, provenance kept."""
    if not isinstance(words, dict) and not isinstance(more, dict):
        return list(words or []) + list(more or [])
    out: dict[str, list] = {}
    for term, kind in term_entries(words) + term_entries(more):
        out.setdefault(kind, []).append(term)
    return out


def load_topics(extra: list[dict] | None = None) -> dict[str, Topic]:
    raw = yaml.load((Path(__file__).parent / "topics.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    for more in extra or []:
        for key, spec in more.items():
            if key in raw:  # a jurisdiction may add words to a shared topic
                raw[key] = dict(raw[key])
                for lang in ("zh", "en"):
                    raw[key][lang] = _merge(raw[key].get(lang), spec.get(lang))
            else:
                raw[key] = spec
    return {key: _topic(key, spec) for key, spec in raw.items()}


def _places(text: str, part: str) -> list[int]:
    out, at = [], text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _near(gap: str) -> bool:
    """Whether two parts with this text between them are in one clause and within the window (an
    English full stop ends a sentence: the folded text keeps it before the next word)."""
    if re.search(r"[a-z0-9]\.(?:[a-z]|$)|^\.[a-z]", gap):   # (also a stop right before or after the gap: "… budget. Supervision")
        return False
    if len(gap) <= WINDOW:
        return not _CLAUSE_END.intersection(gap)
    if len(gap) > WINDOW * _LATIN_PER_CHAR or _CLAUSE_END.intersection(gap):
        return False
    latin = sum(1 for ch in gap if ch.isascii())
    return len(gap) - latin + latin / _LATIN_PER_CHAR <= WINDOW


_CHILDREN: dict[int, tuple[dict, dict[str, list]]] = {}


def _children_of(topics: dict, parents: tuple[str, ...]) -> list:
    """The topics narrowing any of ``parents`` (indexed once per vocabulary, the vocabulary kept with its index)."""
    held = _CHILDREN.get(id(topics))
    if held is None or held[0] is not topics:
        index: dict[str, list] = {}
        for key, topic in topics.items():
            if topic.parent:
                index.setdefault(topic.parent, []).append((key, topic))
        held = _CHILDREN[id(topics)] = (topics, index)
    return [kt for p in parents for kt in held[1].get(p, ())]


def _parent_words(text: str, parent: set[int]) -> str:
    """The words of the parent topic's match."""
    return text[min(parent):max(parent) + 1]


def _across_languages(folded: str, topics: dict, topic, found: dict[str, set[int]], others: set[int]) -> set[int] | None:
    """A narrower topic whose step is named in Chinese and its own word in English: "an expert meeting for the 合同初步验收"
    (the term "initial acceptance+expert", its step's name standing for the step found), "the 监理 fee" ("supervision
    fee", its own word right beside the step). The topics its own word matched by themselves ("expert meeting") are taken
    into it. None when there is none."""
    parent = found[topic.parent]
    named = {t[0] for t in topics[topic.parent].terms if len(t) == 1 and t[0].isascii()}
    cov = next((c for parts in topic.terms if len(parts) > 1 and any(p in named for p in parts)
                and (own := tuple(p for p in parts if p not in named)) and all(p.isascii() and p in folded for p in own)
                and not any(p in folded for p in parts if p in named)
                for c in [_in_sentence(folded, (*own, _parent_words(folded, parent)), parent)] if c and c <= others), None)
    a, b = min(parent), max(parent) + 1
    for parts in topic.terms if not cov else ():
        if len(parts) != 1 or not parts[0].isascii():
            continue
        for n in named:
            after = parts[0].startswith(n)
            own = parts[0][len(n):] if after else parts[0][:-len(n)] if parts[0].endswith(n) else ""
            if len(own) >= 3 and (folded.startswith(own, b) if after else folded.endswith(own, 0, a)):
                cov = set(range(b, b + len(own))) if after else set(range(a - len(own), a))
                break
        if cov:
            break
    for k in [k for k, c in found.items() if cov and k != topic.parent and c & cov]:
        cov |= found.pop(k)
    return cov


def _in_sentence(text: str, parts: tuple[str, ...], parent: set[int]) -> set[int] | None:
    """The characters of a term's parts all said in the sentence the parent topic's match is in (no 。？！；
    between them), one of them the parent's own words, less the parent's; None otherwise."""
    at = min(parent)
    start = max((i for i, ch in enumerate(text[:at]) if ch in _CLAUSE_END), default=-1) + 1
    end = next((i for i in range(at, len(text)) if text[i] in _CLAUSE_END), len(text))
    sentence = text[start:end]
    spans = []
    for part in parts:
        i = sentence.find(part)
        if i < 0:
            return None
        spans.append(set(range(start + i, start + i + len(part))))
    cov = set().union(*spans)
    # (the words of its own, apart from the parent's: the step it narrows stays a topic of the question too)
    return cov - parent if cov & parent else None


def _spans(text: str, parts: tuple[str, ...]) -> set[int] | None:
    """The characters a term covers in the text, or None when it does not occur. The parts of an
    "A+B" term must all occur, in any order, without overlapping, within one clause (no 。？！；
    between them; a comma is no clause end) and at most WINDOW characters apart, where
    _LATIN_PER_CHAR letters of English count as one character."""
    if len(parts) == 1:
        at = text.find(parts[0])
        return None if at < 0 else set(range(at, at + len(parts[0])))
    for part in parts:  # cheap test first: most terms fail here
        if part not in text:
            return None
    places = [[(at, at + len(p)) for at in _places(text, p)] for p in parts]
    for choice in product(*places):
        spans = sorted(choice)
        if all(b[0] >= a[1] and _near(text[a[1]:b[0]]) for a, b in zip(spans, spans[1:], strict=False)):
            return {i for a, b in spans for i in range(a, b)}
    return None


_EN_WORD = lazy_regex(r"[A-Za-z]+")


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    """An English word's dictionary form (measures -> measure, applies -> apply, inspectors ->
    inspector), by simplemma: inflections only, so application and applicable stay apart."""
    import simplemma  # loaded at the first English question; its English table takes ~0.2 s

    return simplemma.lemmatize(word, lang="en").lower()


def stemmed(text: str) -> tuple[str, list[int]] | None:
    """The folded text with every English word in its dictionary form, and for each of its
    characters the index of the folded text's character it stands for; None without English."""
    if not _EN_WORD.search(text):
        return None
    out, where, at = [], [], 0
    for piece in re.split(r"([A-Za-z]+)", text):
        if not piece:
            continue
        folded = fold(piece)
        if _EN_WORD.fullmatch(piece):
            stem = _lemma(folded)
            out.append(stem)
            where.extend(at + min(i, len(folded) - 1) for i in range(len(stem)))
        else:
            out.append(folded)
            where.extend(range(at, at + len(folded)))
        at += len(folded)
    return "".join(out), where


def _stem_term(written: list[str]) -> tuple[str, ...] | None:
    """An English term's parts, each word in its dictionary form ("applies to" -> "apply to"); a
    term already in that form is kept as it is, so that an inflected question (declaring) reads it."""
    if not any(_EN_WORD.search(w) for w in written):
        return None
    out = tuple(s[0] for s in (stemmed(w) or (fold(w), []) for w in written))
    return out if all(out) else None


class _Matcher:
    """The terms of every topic, indexed by their first character, so that a question is only
    tested against the terms that can occur in it. English terms are also matched in their words'
    dictionary forms, so that a word's inflections read as the word (the measure applies / measures apply)."""

    def __init__(self, topics: dict[str, Topic]):
        self.topics = topics
        self.by_char: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._stems: dict[str, list[tuple[str, tuple[str, ...]]]] | None = None
        for topic in topics.values():
            for parts in topic.terms:
                if parts:
                    self.by_char.setdefault(parts[0][0], []).append((topic.key, parts))

    @property
    def stems(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """The English terms by their stems, built at the first English question (the stemmer is
        not loaded for Chinese ones)."""
        if self._stems is None:
            self._stems = {}
            for topic in self.topics.values():
                for written in topic.provenance.get("en", {}):
                    words = term_parts(written)
                    stems = _stem_term(words)
                    if stems:
                        self._stems.setdefault(stems[0][0], []).append((topic.key, stems))
        return self._stems

    def found(self, folded: str, text: str | None = None, every: dict | None = None, again: dict | None = None) -> dict[str, set[int]]:
        """Each topic's best match (the most characters); with ``every``, each topic's matches
        are all collected there too (a term's first place in the text), and with ``again`` the places a one-word term
        is said again."""
        best: dict[str, set[int]] = {}
        inner = _inside_words(text, folded) if text is not None else frozenset()

        def scan(folded, index, where=None):
            for ch in dict.fromkeys(folded):  # in text order: ties resolve the same way in every process
                for key, parts in index.get(ch, ()):
                    if parts[0] not in folded:   # (most terms fail here: no call made for them)
                        continue
                    cov = _spans(folded, parts)
                    if cov is not None and where is not None:
                        cov = {where[i] for i in cov}
                    if cov is not None and inner and any(i in inner and i - 1 not in cov for i in cov):
                        continue   # ("exchange data": the term "change" inside another English word is not said)
                    if cov is not None and every is not None:
                        every.setdefault(key, []).append(cov)
                        if again is not None and len(parts) == 1 and not parts[0].isascii():   # (监理费…是不是必须请监理)
                            for at in _places(folded, parts[0])[1:]:
                                more = set(range(at, at + len(parts[0])))
                                more = {where[i] for i in more} if where is not None else more
                                if not (inner and any(i in inner and i - 1 not in more for i in more)):
                                    again.setdefault(key, []).append(more)
                    if cov is not None and (key not in best or len(cov) > len(best[key])):
                        best[key] = cov

        scan(folded, self.by_char)
        if "-" in folded and _HYPHEN.search(folded):   # "capital-construction" read as the term "capital construction"
            kept = [i for i, ch in enumerate(folded) if not (ch == "-" and 0 < i < len(folded) - 1
                                                              and folded[i - 1].isalpha() and folded[i + 1].isalpha()
                                                              and folded[i - 1].isascii() and folded[i + 1].isascii())]
            scan("".join(folded[i] for i in kept), self.by_char, kept)
        stem = stemmed(text) if text is not None else None
        if stem is not None and self.stems and len(stem[1]) == len(stem[0]) and (not stem[1] or stem[1][-1] < len(folded)):
            scan(stem[0], self.stems, stem[1])
        return best


@lru_cache(maxsize=1024)
def _inside_words(text: str, folded: str) -> frozenset[int]:
    """The places of the folded text (no spaces) that are English letters inside a word of ``text``, not its first
    (n't is a word's own ending that terms begin with: "didn't pass"; a prefix leaves the word's stem a term's:
    "unsupervised", "non-classified", "re-review"; "unchanged" says there is no change)."""
    norm = unicodedata.normalize("NFKC", text)
    solid = [i for i, ch in enumerate(norm) if not ch.isspace()]
    if len(solid) != len(folded) or not any(ch.isascii() and ch.isalpha() for ch in norm):
        return frozenset()
    at = {i: j for j, i in enumerate(solid)}
    out = set()
    for m in _EN_LETTERS.finditer(norm):
        word = m.group(0).lower()
        prefixed = next((len(p) for p in _PREFIXES if word.startswith(p) and len(word) > len(p) + 2), 0) \
            if word not in _NO_MENTION else 0
        for i in range(m.start() + 1, m.end()):
            if i - m.start() == prefixed or norm.startswith(("n't", "n’t"), i):
                continue
            out.add(at[i])
    return frozenset(out)


_EN_LETTERS = lazy_regex(r"[A-Za-z]+")
_PREFIXES = {"un", "non", "re", "pre", "sub", "co", "cyber", "self", "mis"}
_NO_MENTION = {"unchanged"}


_MATCHERS: dict[int, tuple[dict, _Matcher]] = {}


def _matcher(topics: dict[str, Topic]) -> _Matcher:
    cached = _MATCHERS.get(id(topics))
    if cached is None or cached[0] is not topics:
        cached = (topics, _Matcher(topics))
        _MATCHERS[id(topics)] = cached
    return cached[1]


def covered(text: str, topics: dict[str, Topic]) -> set[int]:
    """The places in the (folded) text that some term of the vocabulary reads."""
    every: dict[str, list[set[int]]] = {}   # every term's match, not only each topic's best
    found = _matcher(topics).found(fold(text), text, every)
    return set().union(*found.values(), *(c for covs in every.values() for c in covs))


def detect(text: str, topics: dict[str, Topic]) -> list[str]:
    """Topics the text asks about, most specific first (see ``detect_parts``)."""
    return [key for part in detect_parts(text, topics) for key in part]


def detect_parts(text: str, topics: dict[str, Topic]) -> list[list[str]]:
    """The parts of a question, each a list of candidate topics, most specific first.

    A topic whose matched characters are all inside a more specific topic's match (验收 inside
    验收不合格) is dropped. A part is a clause: "需要监理吗？要做等保吗？" has two, while
    "合同签订后多久要备案任务书" is one part with several candidate topics."""
    return [keys for _, keys in detect_clauses(text, topics)]


_PARTY = r"(?:设计|监理|承建|施工|建设|用户|咨询|检测)(?:单位|方|公司)?"
# (in English, folded: "design,supervisionandthecontractor")
_EN_PARTY = r"(?:the)?(?:design|supervision|supervisor|contractor|construction|owner)(?:units?|firms?|compan(?:y|ies))?"
_PARTIES = lazy_regex(rf"{_PARTY}(?:[、和与及]{_PARTY})+|{_EN_PARTY}(?:(?:,|and|,and){_EN_PARTY})+")
# a party named as who said something (监理说…, 承建方那边一直说…, "the supervisor says"): a speaker, not the step asked about
_SPEAKER = lazy_regex(rf"{_PARTY}(?:那边|那头|这边)?(?:的人)?(?:也|都|还|就|一直|又)?(?:说|讲|表示|声称|坚持说|告诉我们|跟我们说)(?!明)"
                      r"|(?:the|our)(?:supervisor|supervisionfirm|supervisioncompany|vendor|contractor)(?:says|said|toldus|tellsus|claims|claimed|insists|insisted|reckons)")
# 区统一政务平台满足不了: the platform said unable to meet a need is the reason for buying (the exception's condition),
# not a question about the platform
_PLATFORM_SHORT = lazy_regex(r"(?:区|市)?(?:统一)?(?:政务)?(?:平台|政务云|云平台)(?:满足不了|不能满足|无法满足|满足不到|不够用|不满足)")
# the leader in charge (分管区领导, "our supervising district leader"): a person, not the supervision (监理)
# the English words for a duty (responsibility, responsibilities, duties), as folded
_DUTY_WORD = lazy_regex(r"responsibilit(?:y|ies)|duties|duty")
_LEADER = lazy_regex(r"supervising(?:the|our|their)?(?:district|city|municipal|bureau|deputy)?(?:leader|official|head|mayor)s?")


def detect_clauses(text: str, topics: dict[str, Topic]) -> list[tuple[int, list[str]]]:
    """``detect_parts`` with the index of the clause each part is in.

    The answer reads the same sentence several times (the question, then again per jurisdiction
    and when checking its findings), so each vocabulary keeps the last sentences' readings."""
    return [(c, list(keys)) for c, keys in _read_clauses(text, _matcher(topics))]


@lru_cache(maxsize=512)
def _read_clauses(text: str, matcher: _Matcher) -> tuple[tuple[int, tuple[str, ...]], ...]:
    return tuple((c, tuple(keys)) for c, keys in _detect_clauses(text, matcher.topics))


def _detect_clauses(text: str, topics: dict[str, Topic]) -> list[tuple[int, list[str]]]:
    folded = fold(text)
    every: dict[str, list[set[int]]] = {}
    again: dict[str, list[set[int]]] = {}   # a one-word term said again, which may stand alone where its first place did not
    found = _matcher(topics).found(folded, text, every, again)
    # a regulation's own title (信息工程质量监督管理暂行办法) names no topic of the question, when
    # something outside the title does (…能用多少年)
    titled = {i for a, b in title_spans(folded) for i in range(a, b)} | _english_title(text, folded)
    inside = {k for k, covs in every.items() if titled and all(c <= titled for c in covs)}
    if inside and len(inside) < len(found):
        found = {k: v for k, v in found.items() if k not in inside}
    elif inside and len(inside) == len(found):
        # 才适用深圳市信息工程质量监督管理暂行办法: the title read as the one word 办法, so that what is asked of it
        # (适用…办法) is near enough to be read
        # (an English title, "the municipal information engineering quality supervision measures", is masked by where it is
        # in the folded text, its own spans being of the text with its spaces)
        masked = "".join("·" if i in titled else ch for i, ch in enumerate(folded))
        for a, b in _runs(titled):
            masked = masked[:a] + "办法"[:b - a] + masked[a + min(2, b - a):]
        every_masked: dict[str, list[set[int]]] = {}
        outside = _matcher(topics).found(masked, None, every_masked)
        if outside:
            found, every = outside, every_masked
    # a narrower topic whose qualifying word is said in the same sentence as the step it narrows, farther apart than
    # the window (初验是我们单位牵头，承建、监理、设计、用户几家一起验的，没开专家会: the expert initial acceptance)
    for key, topic in _children_of(topics, tuple(found)):
        if key in found or topic.parent not in found:   # (a parent taken into a narrower one just before)
            continue
        # (its own word must name a topic of the question itself, 专家 the expert review: not a word as loose as 内容)
        others = set().union(*(c for k, c in found.items() if k != topic.parent))
        cov = next((c for parts in topic.terms if len(parts) > 1 and all(p in folded and not p.isascii() for p in parts)
                    for c in [_in_sentence(folded, parts, found[topic.parent])] if c and c <= others), None)
        if not cov and not _parent_words(folded, found[topic.parent]).isascii():
            cov = _across_languages(folded, topics, topic, found, others)
        if cov:
            found[key] = cov
            every.setdefault(key, []).append(cov)
    # a day told as an event's (审核结论2026年11月30日出具) names no topic (云浮's 11月30日 plan day), when something else does
    told = {i for m in _TOLD_DAY.finditer(folded) for i in range(*m.span("d"))}
    inside = {k for k, covs in every.items() if told and all(c <= told for c in covs)}
    if inside and len(inside) < len(found):
        found = {k: v for k, v in found.items() if k not in inside}
    # the body a filing goes to (向主管部门备案, 报市政务服务数据管理局) names no topic of the question, when
    # something else does (合同签订以后多长时间内要备案)
    addressed = {i for m in _ADDRESSEE.finditer(folded) for i in range(*m.span("x"))}
    inside = {k for k, covs in every.items() if addressed and all(c & addressed for c in covs)}   # (信息化主管部门+是)
    if inside and len(inside) < len(found):
        found = {k: v for k, v in found.items() if k not in inside}
    # the parties a step is done by (设计、监理、承建几方确认), the leader in charge, and the platform said unable to meet a
    # need name no topic of the question, when something else does
    # (设备停产要换型号…几方确认一下就实施了)
    listed = {i for m in (*_PARTIES.finditer(folded), *_LEADER.finditer(folded), *_PLATFORM_SHORT.finditer(folded), *_SPEAKER.finditer(folded))
              for i in range(*m.span())}
    inside = {k for k, covs in every.items() if listed and all(c <= listed for c in covs)}
    if inside and len(inside) < len(found):
        found = {k: v for k, v in found.items() if k not in inside}
    keep = []
    for key, cov in found.items():
        dominated = any(other != key and cov < ocov for other, ocov in found.items())
        # a topic matched again elsewhere, outside every other topic's match (inspectors … quality
        # inspection), stands by that match
        # (a word said again stands alone only outside every match of another: 验收申请…验收条件 holds no 验收 of its own)
        alone = [c for c in every.get(key, ()) if not any(o != key and c <= oc for o, oc in found.items())] \
            + [c for c in again.get(key, ()) if not any(o != key and any(c <= x for x in (oc, *every.get(o, ())))
                                                        for o, oc in found.items())]
        if dominated and alone:
            found[key], dominated = max(alone, key=len), False
        if not dominated:
            keep.append(key)
    keep.sort(key=lambda k: (-len(found[k]), min(found[k])))
    # "O&M responsibility", "supervision duties": the English word for a duty said right after a step's name is that
    # step's duty, so the step is what is asked (its longer letters do not make it the question's topic)
    if "responsibilities" in keep:
        start = min(found["responsibilities"])
        step = next((k for k in keep if k != "responsibilities" and max(found[k]) == start - 1), None)
        if step and keep.index(step) > keep.index("responsibilities") and _DUTY_WORD.match(folded, start):
            keep.remove(step)
            keep.insert(keep.index("responsibilities"), step)
    # a step named beside a topic that only frames the question (谁来组织, 公共类): the step first
    framing = [k for k in keep if frames(k, topics)]
    if framing and len(framing) < len(keep):
        keep = [k for k in keep if k not in framing] + framing
    # a narrower topic asks more than its parent: 年度项目计划定下来以后还能改吗 is about changing the plan
    for key in list(keep):
        parent = topics[key].parent
        if parent in keep and keep.index(parent) < keep.index(key):
            keep.remove(key)
            keep.insert(keep.index(parent), key)
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
