"""What people type instead of the words of the texts: traditional characters (監理, 驗收) and
homophone slips of the input method (监里, 建理, 初严, 验首).

``sounds.json`` (every GB2312 character's readings, from pypinyin) and ``common_words.json`` (the
words of two to four characters that jieba's dictionary counts 1,000 times or more) are rebuilt with
``python -m knowledge.reader.variants``; a test fails when they differ from what the libraries give.

Traditional characters are converted with zhconv, but only when the question holds a character
that none of the texts or the vocabulary use (simplified questions never pay its start-up). A
homophone slip is corrected with pypinyin: a run of characters that is not a vocabulary word but
sounds exactly like one, sharing at least one character with it in the same place, is read as that
word, unless the run is itself a common word (一起 is not a slip for 一期). zhconv is imported on first
need; pypinyin and jieba only to rebuild the two files.
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from itertools import product
from pathlib import Path

from knowledge.lazy_regex import lazy_regex

_CJK = lazy_regex(r"[\u4e00-\u9fff]")
# a Chinese name glossed in brackets after an English word: "the approval document (核准文件)", 'seriously overdue' (工程严重逾期)
GLOSS = lazy_regex(r"(?<=[A-Za-z0-9'\"’”])\s*[(（]\s*([\u4e00-\u9fff]{1,10})\s*[)）]")


# Cantonese as staff in Guangdong type it, in its Mandarin words: 係唔係/係咪 是不是, 唔係 不是, 得唔得 行不行, 唔 不, 冇 没有,
# 佢 他, 嘅 的, 咗 了, 喺 在, 乜嘢 什么, 點樣 怎么, 使唔使 需不需要, 我哋 我们, 仲可以 还可以, 边个 哪个, 咩 什么, 俾 给, 嗰 那,
# 几耐 多久, 呢个 这个, 边度 哪里, 啲 些, 今日 今天, 听日 明天, 琴日 昨天, 赶唔赶得切 来不来得及; a 咩 closing the question is its 吗 (一定要跟呢个办法咩: must we?)
# (係 alone is left: 關係 is 关系; 仲 only before a verb: 仲裁 is arbitration)
# and Wu, as staff around Changzhou and Suzhou type it: 阿 before a verb asks it yes or no (阿要交 要不要交, 阿可以 可不可以),
# and so does 伐 closing it (可以伐)
_WU_ASKED = {"要": "要不要", "需要": "需不需要", "是": "是不是", "能": "能不能", "可以": "可不可以", "有": "有没有", "会": "会不会",
             "用": "用不用", "算": "算不算", "行": "行不行", "够": "够不够", "好": "能不能", "来得及": "来不来得及"}
_DIALECT = ((lazy_regex(r"阿(" + "|".join(sorted(_WU_ASKED, key=len, reverse=True)) + ")"), lambda m: _WU_ASKED[m.group(1)]),
              (lazy_regex(r"伐(?=[\s呀啊？?。!！]*$|\s*[？?])"), "吗"),   # (可以伐: the Wu 吗)
              # (not after 啲 or a verb, 包括啲咩, 要交咩: what)
              (lazy_regex(r"(?<![啲些做系係讲講叫交写寫报報搞包括含有填用睇要])咩(?=[\s呀啊？?。!！]*$|\s*[？?])"), "吗"), (lazy_regex(r"几耐"), "多久"),
              (lazy_regex(r"呢(?=个|個|啲|度|份|种|種|类|類|条|條|次|间|間)"), "这"), (lazy_regex(r"边度|喺边|去边"), lambda m: {"边度": "哪里", "喺边": "在哪", "去边": "去哪"}[m.group()]),
              (lazy_regex(r"啲"), "些"),
              (lazy_regex(r"今日"), "今天"), (lazy_regex(r"听日"), "明天"), (lazy_regex(r"[琴寻尋]日"), "昨天"),
              (lazy_regex(r"赶唔赶得(?:切|及)"), "来不来得及"), (lazy_regex(r"赶唔(?:切|及)"), "来不及"), (lazy_regex(r"赶得切"), "来得及"),
              (lazy_regex(r"[系係]唔[系係]|[系係]咪"), "是不是"), (lazy_regex(r"唔[系係]"), "不是"), (lazy_regex(r"得唔得"), "行不行"),
              (lazy_regex(r"使唔使"), "需不需要"), (lazy_regex(r"我[哋地]"), "我们"), (lazy_regex(r"佢[哋地]"), "他们"),
              (lazy_regex(r"你[哋地]"), "你们"), (lazy_regex(r"仲(?=可|要|需|使|得|未|有|係|系|能|会|来|赶|趕|來)"), "还"),
              (lazy_regex(r"边个"), "哪个"), (lazy_regex(r"咩"), "什么"), (lazy_regex(r"俾(?=[^\s])"), "给"), (lazy_regex(r"嗰"), "那"),
              (lazy_regex(r"唔"), "不"), (lazy_regex(r"冇"), "没有"), (lazy_regex(r"佢"), "他"), (lazy_regex(r"嘅"), "的"),
              (lazy_regex(r"咗"), "了"), (lazy_regex(r"喺"), "在"), (lazy_regex(r"乜嘢"), "什么"), (lazy_regex(r"點樣|点样"), "怎么"))


# emoji and pictographs (😭, 🙏, ✅, ❤️, with their joiners and variation selectors): feeling, not words of the question
_PICTOGRAPHS = lazy_regex("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D\u20E3]+")
_ENDS_CLAUSE = lazy_regex(r"[\s，,。.！!？?；;:：~～…、)）]")


def without_pictographs(text: str) -> str:
    """The text without its emoji (龙岗这边能免吗😓 → 龙岗这边能免吗): one between two words of a sentence ends a clause
    (好烦😤合同昨天签了 → 好烦，合同昨天签了)."""
    def one(m: re.Match) -> str:
        before, after = text[:m.start()], text[m.end():]
        if not before.strip() or not after.strip() or _ENDS_CLAUSE.match(after) or _ENDS_CLAUSE.fullmatch(before[-1]):
            return ""
        return "，" if _CJK.match(after) or _CJK.fullmatch(before[-1]) else " "
    return _PICTOGRAPHS.sub(one, text).strip() if _PICTOGRAPHS.search(text) else text


# a greeting that opens a work-chat message and the Chinese thanks that close it (各位老师好，… 谢谢！; "Hi all, …"): courtesy,
# not words of the question (a last line 谢谢！ would be read as the clause that asks; an English "Thanks!" is its own
# sentence already, read apart from the question)
_GREETING = lazy_regex(r"^\s*(?:@\S+\s*)*(?:各位(?:老师|领导|同事|同仁)?(?:们)?(?:好|早上好|上午好|下午好|晚上好)?|大家(?:好|早上好|下午好)|您好|你好"
                       r"|[\u4e00-\u9fff]{1,2}(?:老师|工|总|主任|科长|处长|局长|经理)(?:您)?好|(?:hi|hello|hey|dear)(?:\s+(?:all|team|everyone|guys|folks))?"
                       r"|good (?:morning|afternoon|evening)(?:\s+(?:all|team|everyone))?)(?:\s*@\S+)*\s*[,，!！~～。:：\n]\s*", re.I)
_THANKS = lazy_regex(r"(?:(?<=[\n。.！!？?～~，,；;])|\s)\s*(?:(?:谢谢|多谢|感谢)(?:大家|各位|老师|您|啦|了)?|辛苦(?:了|啦|大家了|各位了|大家|各位)?|麻烦(?:了|大家了|各位了|大家|各位)"
                     r"|拜托(?:了|大家了)?)"
                     r"[\s！!。.~～🙏]*$", re.I)


def without_courtesy(text: str) -> str:
    """The message without the greeting that opens it and the thanks that close it (各位好\n…\n谢谢), where words remain."""
    out = _THANKS.sub("", text) if _THANKS.search(text) else text
    out = _GREETING.sub("", out, count=1) if _GREETING.match(out) else out
    return out if len(out.strip()) >= 4 else text


def simplified(text: str, known: frozenset[str]) -> str:
    """The text in simplified characters, if it holds any character outside ``known``, with Cantonese and Wu words (要唔要,
    冇, 阿要) in their Mandarin form (the dialects' own characters, 唔, 咩, 阿, are outside the texts')."""
    if all(ch in known for ch in _CJK.findall(text)):
        return text
    import zhconv

    text = zhconv.convert(text, "zh-cn")
    for pattern, plain in _DIALECT:
        text = pattern.sub(plain, text)
    return text


SOUNDS = Path(__file__).parent / "sounds.json"
COMMON = Path(__file__).parent / "common_words.json"
_COMMON_COUNT = 1000   # how often jieba's dictionary must count a word for it to be common
# the two-character words jieba's dictionary counts 100 times or more (时限, 县里): a character typed
# as part of one of them with its neighbour (时限里) is what was meant, not a slip of a word after it
PAIRS = Path(__file__).parent / "known_pairs.json"
_PAIR_COUNT = 100


def build_common(shortest: int = 2, longest: int = 4, count: int = _COMMON_COUNT) -> list[str]:
    """The common words of two to four characters, from jieba's dictionary (word, count, tag)."""
    import jieba

    out = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as lines:
        for line in lines:
            word, n, *_ = line.split()
            if shortest <= len(word) <= longest and int(n) >= count and all(_CJK.match(c) for c in word):
                out.append(word)
    return sorted(set(out))


def build_pairs() -> list[str]:
    return build_common(2, 2, _PAIR_COUNT)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(json.loads(COMMON.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def known_pairs() -> frozenset[str]:
    return frozenset(json.loads(PAIRS.read_text(encoding="utf-8")))


def build_sounds() -> dict[str, str]:
    """Every GB2312 character's toneless readings, from pypinyin's character table: the data
    behind ``homophones``, kept as a file so that answering never imports pypinyin."""
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    def plain(p: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c))

    out = {}
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            readings = pinyin_dict.get(ord(ch))
            if readings:
                out[ch] = ",".join(dict.fromkeys(plain(p) for p in readings.split(",")))  # commonest first
    return out


@lru_cache(maxsize=1)
def _raw_sounds() -> dict[str, str]:
    return json.loads(SOUNDS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _sounds() -> dict[str, frozenset[str]]:
    """Each character's commonest reading: an input method offers a character under the reading
    people know it by, and a rare reading (概 as jie) would make unrelated words sound alike."""
    return {ch: frozenset(r.split(",")[:1]) for ch, r in _raw_sounds().items()}


def _sound(ch: str) -> frozenset[str]:
    return _sounds().get(ch, frozenset())


@lru_cache(maxsize=4096)
def _readings(ch: str) -> tuple[str | None, ...]:
    """A typed character's two commonest readings, the commonest first (都: dou, du); (None,) when it has none."""
    raw = _raw_sounds().get(ch)
    return tuple(raw.split(",")[:2]) if raw else (None,)


@lru_cache(maxsize=8)
def _by_sound(words: frozenset[str]) -> dict[tuple[str, ...], list[str]]:
    out: dict[tuple[str, ...], list[str]] = {}
    for w in sorted(words):   # in a fixed order: the candidates must not follow the hash seed
        if 2 <= len(w) <= 4 and all(_CJK.match(c) for c in w):
            first = tuple(min(_sound(c), default="") for c in w)
            out.setdefault(first, []).append(w)
    return out


def _splits(text: str, start: int, end: int, common: frozenset[str]) -> bool:
    """Would replacing text[start:end] break a common word running across its edge (正式 in 正式用),
    or a known word of two characters ending at its first (时限 in 时限里, which is no 时县里)?"""
    return any(text[a:b] in common for a, b in ((start - 1, start + 1), (start - 2, start + 1),
                                                   (end - 1, end + 1), (end - 1, end + 2)) if a >= 0) \
        or start >= 1 and text[start - 1:start + 1] in known_pairs()


# grammatical characters typed as meant (交些什么 is not 交写什么; 龙岗区先做 is not 区县): never a slip to be corrected
_PARTICLES = frozenset("些的了吗呢吧么啊呀嘛着过地也都还就才很先")


def homophones(text: str, words: frozenset[str], corpus: str = "") -> str:
    """``text`` with homophone slips of vocabulary ``words`` corrected: 要监里吗 -> 要监理吗; a common
    word the texts use with what is typed before it (数据中心 in 区大数据中心审核) stays as typed."""
    sounds = _by_sound(words)
    common = common_words()
    chars = list(text)
    # (a character is typed under any of its two commonest readings: 监都 for 监督, 都 read du as in 首都)
    py = [_readings(c) if _CJK.match(c) else (None,) for c in chars]
    i = 0
    while i < len(chars):
        for n in (4, 3, 2):
            window = "".join(chars[i:i + n])
            # (a second reading only in a word of four that keeps three of its characters: 监都登记 for 监督登记; not 报审给 as
            # 报审计 nor 哪几块 as 哪几月)
            keys = product(*py[i:i + n]) if n == 4 else [tuple(r[0] for r in py[i:i + n])]
            key = next((k for k in keys if k in sounds), None)
            second = key is not None and any(k != r[0] for k, r in zip(key, py[i:i + n], strict=False))
            if window in words and len(window) == n:
                break            # a vocabulary word starts here: nothing to correct at this place
            if key is None:
                continue         # no vocabulary word sounds like it
            if len(window) < n or None in key or window in common or _splits(text, i, i + n, common):
                continue         # a common word as typed (一起, 正式) is what was meant
            if _overlaps(text, i, i + n, words, corpus):
                continue         # 出验收报告: a verb before the report it makes, not a slip for 初验
            # the same sound in every place and at least one character the same: the word that keeps
            # most of what was typed in place (then the first in order)
            alike = [w for w in sounds.get(key, ()) if w != window and any(a == b for a, b in zip(w, window, strict=True))
                     # (a particle typed is meant, 都要监理吗; not one inside a word, 监都登记, the word's own syllable)
                     and not any(a != b and a in _PARTICLES and k in (0, n - 1) for k, (a, b) in enumerate(zip(window, w, strict=True)))
                     and not _alters_common(text, i, window, w, common, corpus)]
            # (then the one whose tones are the typed ones: 试用 is a slip for 适用, shì, not 使用, shǐ)
            hit = max(alike, key=lambda w: (sum(a == b for a, b in zip(w, window, strict=True)),
                                            _same_tones(w, window) if len(alike) > 1 else 0), default=None)
            if hit and second and sum(a == b for a, b in zip(hit, window, strict=True)) < 3:
                hit = None
            if hit and hit[-1] != window[-1] and "".join(chars[i + n - 1:i + n + 1]) in known_pairs() \
                    and (window[:-1] in words or window[:-1] in common):
                # 试运行起码 is no 试运行期码: the typed run splits into a word (试运行) and a known word begun by its last
                # character (起码); not 登纪要, whose 登 is no word (登记要), nor 出验收, which keeps 验
                hit = None
            if hit:
                chars[i:i + n] = list(hit)
                i += n - 1
                break
        i += 1
    return "".join(chars)



# what a verb typed before a word makes of it (出验收报告, 出验收意见): a document
_PRODUCT = lazy_regex(r"[^，,。？?；;！!]{0,8}?(报告|意见|结论|证书|文件|材料)")


def _overlaps(text: str, start: int, end: int, words: frozenset[str], corpus: str) -> bool:
    """Is text[start:end] a verb before the document it produces, named by a vocabulary word of the
    texts that begins inside it and runs past its end (出验收报告: 出 makes the 验收 report; in
    合同出验收要开专家会吗 nothing is produced and 出验 is a slip for 初验)?"""
    return bool(_PRODUCT.match(text, end)) and any(
        text[j:j + k] in words and text[j:j + k] in corpus for j in range(start + 1, end) for k in (2, 3, 4) if j + k > end)


def _same_tones(word: str, typed: str) -> int:
    """How many characters of ``word`` are read with the tone of the one typed in their place."""
    from pypinyin import Style, lazy_pinyin  # only to break a tie between candidates

    return sum(a == b for a, b in zip(lazy_pinyin(word, style=Style.TONE3), lazy_pinyin(typed, style=Style.TONE3), strict=False))


def _alters_common(text: str, i: int, window: str, word: str, common, corpus: str) -> bool:
    """Would taking ``word`` for ``window`` change a common word typed inside it that the texts use
    with the characters typed before it (区大数据中心审核 is no 重新审核; 质量监督等级 is 登记), or an
    adverb of doing things together (验收前一起报 is no 前一期)?"""
    return any(window[j:j + 2] in common and word[j:j + 2] != window[j:j + 2]
               and (window[j:j + 2] in _TOGETHER or bool(corpus) and text[max(0, i + j - 2):i + j + 2] in corpus)
               for j in range(len(window) - 1))


# adverbs that say steps are done at once (一起报, 一并交): what was typed, never a slip
_TOGETHER = {"一起", "一并", "一块", "一齐", "统一", "同时"}


@lru_cache(maxsize=8)
def _by_pinyin(words: frozenset[str]) -> dict[str, str]:
    """Each vocabulary word of two to four characters under its toneless pinyin (验收 -> yanshou),
    where no other word sounds the same."""
    out: dict[str, str | None] = {}
    for w in sorted(words):
        if 2 <= len(w) <= 4 and all(_CJK.match(c) for c in w):
            sound = "".join(min(_sound(c), default="?") for c in w)
            out[sound] = None if sound in out and out[sound] != w else w
    return {k: v for k, v in out.items() if v and "?" not in k}


def pinyin_words(text: str, words: frozenset[str]) -> str:
    """A Chinese question with a word typed in pinyin ("wendeng xiangmu yanshou 要准备哪些资料"): each
    run of letters that is exactly the pinyin of one vocabulary word is read as that word."""
    table = _by_pinyin(words)

    def run(m: re.Match) -> str:
        # a word's syllables typed apart (报大数据中心bei an, jian li): the longest run of them that is one word
        tokens, out, i = m.group(0).split(), [], 0
        while i < len(tokens):
            for n in range(min(4, len(tokens) - i), 0, -1):
                joined = "".join(tokens[i:i + n]).lower()
                if (n > 1 or len(joined) >= 4) and joined in table:
                    out.append(table[joined])
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", " ".join(out))

    return re.sub(r"[A-Za-z]+(?: [A-Za-z]+)*", run, text)


# shortened English words people type in a chat: read as the whole word
ABBREVIATIONS = {"docs": "documents", "doc": "document", "dept": "department", "depts": "departments",
                 "govt": "government", "gov": "government", "info": "information", "mgmt": "management",
                 "reqs": "requirements", "req": "requirement", "approx": "approximately", "admin": "administration",
                 "dev": "development", "sw": "software", "hw": "hardware", "o&m": "operation and maintenance",
                 "yr": "year", "yrs": "years", "mo": "month", "mos": "months", "wk": "week", "wks": "weeks",
                 "prelim": "preliminary", "specs": "specifications", "w/o": "without", "w/": "with", "b/c": "because",
                 "thru": "through", "sz": "Shenzhen",   # (SZ city: Shenzhen by its initials; LG is a brand too, read with "district")
                 # a negation typed without its apostrophe
                 **{w.replace("'", ""): w for w in ("hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "isn't", "aren't",
                                                     "wasn't", "weren't", "can't", "won't", "wouldn't", "shouldn't", "couldn't")}}
# the names staff give a party among themselves, for the texts' name of it: the supervisor (监理) is the project's
# "PM firm", "project management company" (a project manager, "our PM", is a person, and stays)
JARGON = {f"{name} {body}": f"supervision {body}" for name in ("pm", "project management", "project-management")
          for body in ("firm", "company", "consultant", "consultancy", "contractor", "vendor")}
# work passed to another firm: "subbed out the GIS module" is subcontracted
JARGON.update({"subbed out": "subcontracted", "subbing out": "subcontracting", "sub out": "subcontract", "subs out": "subcontracts",
               "subbed": "subcontracted", "subbed it out": "subcontracted it"})
ABBREVIATIONS.update(JARGON)
_ABBREVIATED = lazy_regex(r"(?<![\w&])(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")(?![\w&])(?:\.(?!\s+[A-Z]|\s*$))?", re.I)   # (the stop of a sentence stays)


# "projects no longer go through the capital construction procedure": the step said not to be taken (do not go through;
# "is no longer required": not required)
_NO_LONGER = lazy_regex(r"\bno longer\s+(?=(?P<adj>required|needed|necessary|mandatory|subject)\b|(?:go|goes|need|needs|have|has|require|requires"
                        r"|use|uses|follow|follows|pass|passes|undergo|undergoes|apply|applies)\b)", re.I)


def english_slips(text: str, vocabulary: frozenset[str], known: frozenset[str]) -> str:
    """``text`` with English typing slips of vocabulary words corrected (warrenty -> warranty,
    testng -> testing): a word of five letters or more that no vocabulary, rule or catalogue text
    uses, that is no English word at all (simplemma's dictionary: "proposed" is not a slip of
    "purpose") and that is close to one vocabulary word with the same first letter (difflib's ratio
    0.8 or more)."""
    import difflib

    import simplemma

    def fix(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low in known or simplemma.is_known(low, lang="en"):
            return word
        # a slip keeps the first letter (latest is not a slip of test) and is no longer form of the
        # word (latest is not a slip of late, tested not of test)
        # (a plural of a vocabulary word is one too: sevrers is a slip of servers)
        close = difflib.get_close_matches(low, [w for v in vocabulary if v[0] == low[0] for w in (v, v + "s")], n=1, cutoff=0.8)
        return close[0] if close and not low.startswith(close[0]) and abs(len(low) - len(close[0])) <= 2 else word

    def rejoin(m: re.Match) -> str:   # "supper visor", "accept ants": one word heard as two, each a word
        a, b = m.group(1), m.group(2)
        whole = (a + b).lower()
        if whole in known or a.lower() in vocabulary or b.lower() in vocabulary or {a.lower(), b.lower()} & _FUNCTION_WORDS:
            return m.group(0)
        close = difflib.get_close_matches(whole, [v for v in vocabulary if v[0] == whole[0] and len(v) >= 7], n=1, cutoff=0.9)
        return close[0] if close and abs(len(whole) - len(close[0])) <= 1 else m.group(0)

    text = _ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1).lower()], text)
    text = _NO_LONGER.sub(lambda m: "not " if m.group("adj") else "do not ", text)
    # ("accept ants": an ending heard as a word of its own, -ance as "ants", -ence as "ents", the first half a word itself)
    text = _HEARD_APART.sub(lambda m: heard if (heard := m.group(1).lower() + _HEARD_AS[m.group(2).lower()]) in vocabulary else m.group(0), text)
    # (every two neighbours, not pairs taken two by two: "shenzhen does the supper visor" pairs "supper visor" too)
    text = _rejoined(text, rejoin)
    text = _REAL_WORD_SLIP.sub(lambda m: m.group(1) + m.group(2).lower().replace("sever", "server"), text)
    return re.sub(r"[A-Za-z]{5,}", fix, text)


def _rejoined(text: str, rejoin) -> str:
    """``text`` with ``rejoin`` applied to each two neighbouring words (the first of three letters or more, the second
    of three lower-case letters or more), left to right, a pair joined taking both its words."""
    out, at = [], 0
    pair = re.compile(r"\b([A-Za-z]{3,}) ([a-z]{3,})\b")
    while (m := pair.search(text, at)) is not None:
        joined = rejoin(m)
        if joined != m.group(0):
            out.append(text[at:m.start()] + joined)
            at = m.end()
        else:
            out.append(text[at:m.start(2)])
            at = m.start(2)
    return "".join(out) + text[at:]


# word endings as speech recognition hears them, split off as a word of their own (accept ants, independ ents)
_HEARD_AS = {"ants": "ance", "ents": "ence", "shun": "tion", "shuns": "tions"}
_HEARD_APART = lazy_regex(r"\b([A-Za-z]{3,}) (ants|ents|shuns?)\b", re.I)

# words that join no other into a vocabulary word ("supervisr for" is no "supervisor", "contracts for" no "contractor")
_FUNCTION_WORDS = frozenset("for like its the and with from that this them our are was has had not but you all any can per off out who how why "
                            "what when yet too may one two now new own due get got way day set let did does will also just into than then "
                            "they there their were been have must need each".split())


# a slip that is an English word too, read by the word before it (buy new severs: servers; sever the contract stays)
_REAL_WORD_SLIP = lazy_regex(r"\b((?:new|own|our|the|a|of|more|extra|buy|buying|bought|purchase|purchasing) )(severs?)\b", re.I)


if __name__ == "__main__":
    SOUNDS.write_text(json.dumps(build_sounds(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                      encoding="utf-8")
    COMMON.write_text(json.dumps(build_common(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    PAIRS.write_text(json.dumps(build_pairs(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sys.exit(0)
