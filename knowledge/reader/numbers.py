"""Chinese numerals as people write them, read in one place for amounts, facts and dates.

The exact forms (一百二十, 两百, 壹佰贰拾, and the spoken abbreviations 一万五 = 15000,
二十九万九 = 299000, 三千二 = 3200) are cn2an's; this module adds what cn2an leaves out:
decimals before a unit (一点五亿), dates' 廿/卅, and the estimates people give instead of a
number (七八十, 八十多, 三十来, 上千, 几十), which are ranges, not values.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

DIGITS = "零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
UNITS = "十百千万亿拾佰仟萬億廿卅"
CHARS = DIGITS + UNITS + "点"
_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
          "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000, "萬": 10_000, "億": 100_000_000}
_UNIT_VALUE = {**_SMALL, **_BIG}
_TRADITIONAL = str.maketrans({"萬": "万", "億": "亿", "幾": "几", "貳": "贰", "參": "叁", "陸": "陆", "兩": "两"})


@lru_cache(maxsize=4096)
def cn_number(text: str) -> float | None:
    """一百二十 -> 120, 一万五 -> 15000, 二十九万九 -> 299000, 一点五亿 -> 150000000, 廿七 -> 27,
    二〇二六 -> 2026 (digit by digit); None for anything that is not one number."""
    if not text or any(ch not in CHARS for ch in text):
        return None
    text = text.translate(_TRADITIONAL).replace("廿", "二十").replace("卅", "三十")
    if "点" in text:
        head, _, frac = text.partition("点")
        unit = 1
        while frac and frac[-1] in _UNIT_VALUE:
            unit *= _UNIT_VALUE[frac[-1]]
            frac = frac[:-1]
        if not frac or any(ch not in _DIGIT for ch in frac):
            return None
        whole = cn_number(head) if head else 0
        if whole is None:
            return None
        return (whole + float("0." + "".join(str(_DIGIT[c]) for c in frac))) * unit
    if (len(text) == 4 or "〇" in text) and all(ch in _DIGIT for ch in text):  # 二〇二六: a year, digit by digit
        return int("".join(str(_DIGIT[c]) for c in text))
    if re.search(f"[{DIGITS}]{{2}}", text.replace("零", "").replace("〇", "")):
        return None  # 七八: an estimate, not a number (see ``cn_estimate``)
    import cn2an  # lazily: most questions carry no Chinese numeral

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = cn2an.cn2an(text, "normal")
        except (ValueError, KeyError, IndexError):
            return None
    return float(value) if isinstance(value, float) and not value.is_integer() else int(value)


# 七八十 / 三四百 / 一两千: two neighbouring digits before a unit
_PAIR = lazy_regex(rf"^(?P<head>.*?[十百千拾佰仟])??([{DIGITS}])([{DIGITS}])([十百千拾佰仟]?)$")   # 七八十, 二十五六, 一百五六十
# 八十多 / 一百多 / 三十来 / 二十余 / 1000多: a number and "and some"
_MORE = lazy_regex(r"^(.+?)(多|来|余|出头|把|几)$")   # 百把万: about a hundred; 四十几万: forty-odd
# 几十 / 十几 / 几百 / 上千 / 上百 / 数十
_SOME = lazy_regex(r"^(大几|小几|几|数|上|成)([十百千拾佰仟万])$|^([十百千])几$")


def cn_estimate(text: str) -> tuple[float, float] | None:
    """The range an estimate allows, before its 万/亿 unit: 七八十 -> (70, 80), 八十多 -> (80, 90),
    三十来 -> (27, 33), 上千 -> (1000, 9999), 十几 -> (11, 19); None for anything else."""
    text = text.translate(_TRADITIONAL)
    m = _PAIR.match(text)
    if m:
        a, b, unit = _DIGIT[m.group(2)], _DIGIT[m.group(3)], _UNIT_VALUE.get(m.group(4), 1)
        head = m.group("head")
        base = (cn_number(head) if head not in ("十", "拾") else 10) if head else 0
        if a == 0 or b != a + 1 or base is None or (head and _UNIT_VALUE.get(head[-1], 10) <= unit):   # 一百零一 is exact
            return None
        return (base + a * unit, base + b * unit)
    m = _SOME.match(text)
    if m:
        if m.group(3):
            unit = _SMALL[m.group(3)]
            return (unit + 1, 2 * unit - 1)
        unit = _UNIT_VALUE[m.group(2)]
        # 上千/成百: a thousand or more; 几十/数十: several tens (two to nine); 大几十: sixty to
        # ninety-odd; 小几十: twenty to forty-odd
        low, high = {"上": (1, 9), "成": (1, 9), "大几": (6, 9), "小几": (2, 4)}.get(m.group(1), (2, 9))
        return (unit * low, (high + 1) * unit - 1)
    m = _MORE.match(text)
    if m:
        head, word = m.group(1), m.group(2)
        head = "一" + head if head in _SMALL else head   # 百把 is 一百把
        base = float(head) if head.replace(".", "", 1).isdigit() else cn_number(head)
        if base is None or base <= 0:
            return None
        if word in ("来", "把"):  # 三十来万, 百把万: about thirty, about a hundred, a little either side
            # (四千九百来万: a little either side of the last digit said, so under 5000万)
            delta = min(base * 0.1, last_place(base) / 2) if word == "来" else base * 0.1
            return (base - delta, base + delta)
        step = last_place(base)
        return (base, base + step * 0.999999)   # 四十多万 is under 五十万
    return None


def last_place(value: float) -> float:
    """The place of a round number's last significant digit: 80 -> 10, 100 -> 100, 1200 -> 100."""
    step = 1
    n = int(value)
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return step if step > 1 else 1


def to_number(text: str) -> float | None:
    """Arabic (with thousands commas) or Chinese, one number: '1,200' -> 1200, '一千二' -> 1200."""
    text = text.strip().replace(",", "")
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return cn_number(text)


_EN_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_EN_WORD = "|".join([*_EN_SMALL, *_EN_TENS, "hundred", "a", "an"])
_EN_AMOUNT = lazy_regex(
    rf"\b(?P<num>(?:(?:{_EN_WORD})[\s-]+)*?(?:{_EN_WORD}))(?P<point>\s+point(?:\s+(?:{'|'.join(list(_EN_SMALL)[:10])}))+)?(?P<half>\s+and\s+a\s+half)?"
    r"\s+(?P<unit>million|billion|thousand|mil|k|wan)\b"
    r"|\b(?P<halfa>half\s+a|(?:a|one)\s+quarter\s+of\s+a|three\s+quarters\s+of\s+a)\s+(?P<unit2>million|billion)\b", re.I)


def _en_cardinal(words: str) -> int | None:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("a", "an"):
            total += 1
        elif w in _EN_SMALL:
            total += _EN_SMALL[w]
        elif w in _EN_TENS:
            total += _EN_TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total


def english_numbers(text: str) -> str:
    """Number words before a scale written as digits: "one and a half million" -> "1.5 million",
    "half a million" -> "0.5 million", "three hundred thousand" -> "300 thousand", "eight hundred k" -> "800 k", "one point
    two million" -> "1.2 million", "ninety eight wan" (万, as dictated) -> "98 wan"."""
    def sub(m: re.Match) -> str:
        if m.group("halfa"):   # half a million, a quarter of a million, three quarters of a million
            said = m.group("halfa").lower()
            share = 0.25 if said.split()[-3:-2] == ["quarter"] and not said.startswith("three") else 0.75 if said.startswith("three") else 0.5
            return f"{share:g} {m.group('unit2')}"
        value = _en_cardinal(m.group("num"))
        if value is None or (m.group("unit").lower() in ("k", "mil") and m.group("num").lower() in ("a", "an")):
            return m.group(0)   # (not "a k")
        if m.group("point"):   # one point two million: the digits after the point, one by one
            value = float(f"{value}." + "".join(str(_EN_SMALL[w.lower()]) for w in m.group("point").split()[1:]))
        return f"{value + (0.5 if m.group('half') else 0):g} {m.group('unit')}"

    return _EN_AMOUNT.sub(sub, text) if re.search(r"million|billion|thousand|\bmil\b|\bk\b|\bwan\b", text, re.I) else text


# digits and Chinese units mixed in one number (3万5, 1千2百万, 1亿2千万): a unit followed by more digits
_MIXED = lazy_regex(r"(?<![\d.])\d+(?:[十百千万亿](?:\d+)?)*[十百千万亿]\d+(?:[十百千万亿](?:\d+)?)*(?![\d.%％年月日号个天周点家名人位项条台套次])")


_CN_DAY_NUMBER = r"(?P<d>[一二]?十[一二三四五六七八九]?|三十一?|三十|[一二三四五六七八九])\s*(?P<u>[号日])"
# 十一月二十号; 上个月二十号: a day said in Chinese numerals, with its month or a month said relative to today
_CN_DAY = lazy_regex(r"(?<![一二三四五六七八九十百千万两几第每上下这本个])(?P<m>十[一二]|[一二三四五六七八九十])\s*月\s*" + _CN_DAY_NUMBER)
_CN_DAY_OF = lazy_regex(r"(?P<w>(?:这个|本|上个|上|下个|下)月\s*)" + _CN_DAY_NUMBER)
_DIGIT_AFTER_LETTERS = lazy_regex(r"(?<=[A-Za-z])[零〇一二三四五六七八九](?=[\s，,。？?！!、吗呢吧啊嘛的了协]|$)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def digits_in_terms(text: str) -> str:
    """IPV六 -> IPV6: a digit of a Latin term written as a Chinese numeral, as speech input gives it."""
    return _DIGIT_AFTER_LETTERS.sub(lambda m: _CN_DIGIT[m.group(0)], text)


def chinese_days(text: str) -> str:
    """十一月二十号 -> 11月20号, 十二月三日 -> 12月3日: a day of the month said in Chinese numerals (speech input writes
    them so), 上个月二十号 -> 上个月20号, in digits as the date readers take it."""
    def day(m: re.Match, month: str) -> str:
        n = cn_number(m.group("d"))
        return f"{month}{int(n)}{m.group('u')}" if n and 1 <= n <= 31 else m.group(0)

    def dated(m: re.Match) -> str:
        month = cn_number(m.group("m"))
        return day(m, f"{int(month)}月") if month and 1 <= month <= 12 else m.group(0)

    if "月" not in text:
        return text
    return _CN_DAY_OF.sub(lambda m: day(m, m.group("w")), _CN_DAY.sub(dated, text))


def mixed_numerals(text: str) -> str:
    """3万5 -> 3.5万, 1千2百万 -> 1200万, 80万5 -> 80.5万, 1亿2千万 -> 1.2亿: a number written with digits
    between Chinese units, read as its Chinese reading (三万五 is 35,000) and written in its largest unit."""
    def sub(m: re.Match) -> str:
        from cn2an import an2cn  # lazily, as cn_number imports cn2an

        said = re.sub(r"\d+", lambda d: an2cn(d.group(0)), m.group(0))
        value = cn_number(said)
        if value is None:
            return m.group(0)
        unit = "亿" if "亿" in m.group(0) else "万" if "万" in m.group(0) else "元"   # (8千5: 8,500 yuan)
        return f"{value / {'亿': 1e8, '万': 1e4, '元': 1}[unit]:g}{unit}"

    return _MIXED.sub(sub, text) if re.search(r"\d[十百千万亿]\d", text) else text


def small_number(word: str) -> float | None:
    """One number word as people type it, in any of the forms this reader knows: 2, 两, 十五, two, a."""
    word = word.strip()
    if not word:
        return None
    if word[0].isdigit():
        return to_number(word)
    if word.isascii():
        return _en_cardinal(word)
    return 0.5 if word == "半" else cn_number(word)


# a share said as a fraction: 三分之一, 1/3 of, "a quarter of the budget", "two thirds of the contract price"
# (not 百分之/千分之, read as what they are, nor "this quarter", "a quarter" of a year: only "a quarter of" a sum)
_ZH_FRACTION = lazy_regex(r"(?<![一二两三四五六七八九十百千\d])(?P<d>[二两三四五六七八九十]{1,3}|\d{1,2})\s*分之\s*(?P<n>[一二两三四五六七八九]|\d{1,2})(?![\d十百千万])")
_EN_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "tenth": 10, "tenths": 10}
_EN_FRACTION = lazy_regex(r"\b(?P<n>a|one|two|three|four)[\s-]+(?P<d>third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\s+of\s+"
                          r"(?=(?:the|our|its|their|total|that|this)\b|an?\s+(?!million|billion|thousand|hundred)\w)", re.I)   # (not "a quarter of a million")


# 十五个点, 8个百分点: percentage points (not 三个点位, 两个点子, 几点钟)
_POINTS = lazy_regex(r"(?<![\d.一二两三四五六七八九十百])(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*个\s*(?:百分)?点(?![钟半儿位子多])")


def shares_as_percent(text: str) -> str:
    """三分之一 -> 33.3%, "a quarter of the budget" -> "25% of the budget", 十五个点 -> 15%: a share said as a fraction
    or in points ("10 percent" too), written as the percentage the share readers know."""
    def pct(n: float, d: float) -> str:
        return f"{round(100 * n / d, 1):g}%"

    if "点" in text:
        text = _POINTS.sub(lambda m: pct(small_number(m.group("n")), 100) if small_number(m.group("n")) else m.group(0), text)

    if "分之" in text:
        text = _ZH_FRACTION.sub(lambda m: pct(small_number(m.group("n")), small_number(m.group("d")))
                                if small_number(m.group("n")) < small_number(m.group("d")) else m.group(0), text)
    if re.search(r"third|quarter|fifth|tenth", text, re.I):
        text = _EN_FRACTION.sub(lambda m: pct(small_number(m.group("n")), _EN_PARTS[m.group("d").lower()]) + " of ", text)
    if re.search(r"percent|per cent|pct", text, re.I):   # "10 percent", "twelve per cent": as dictated
        def percent(m: re.Match) -> str:
            said = m.group("n")
            if small_number(said) is not None:
                return f"{small_number(said):g}%"
            head, _, last = said.rpartition(" ")   # ("come to twelve percent": the number is the last word)
            return f"{head} {small_number(last):g}%" if head and small_number(last) is not None else m.group(0)

        text = _EN_PERCENT.sub(percent, text)
    return text


_EN_PERCENT = lazy_regex(r"\b(?P<n>\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)\s*(?:percent|per cent|pct)\b", re.I)
