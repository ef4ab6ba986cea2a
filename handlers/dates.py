"""Dates as people type them in chat, in Chinese or English: 2026-03-05, 3月5日, 三月五日, 下周五,
三天后, 上个月10号, 月底, "next friday", "5 March 2026" ...

``parse_date`` reads an answer to "which date?"; ``find_date`` finds the first date expression in a
sentence ("合同3月2日签了") and returns None when there is none. Both return a ``DateResult``: the date,
or a reason code with a message in Chinese and English that re-asks with an example.

Decisions (keep these in mind when reading the results):

* Numeric month/day order is month first (3/5 is 5 March), as in Chinese usage.
* Weeks start on Monday. 上周五 is the Friday of the previous Monday-Sunday week, 这周五/本周五 the Friday
  of this week (past or future), 下周五 that of next week, 下下周一 the Monday two weeks ahead.
  English "next friday" / "last friday" are the first Friday strictly after / before today
  (on a Saturday "last friday" is yesterday, as an English speaker means it); "this friday" is the
  Friday of the current week.
* Under-specified dates are placed in the allowed direction: a year-less date (3月5日, March 5, 3/5)
  gets the year that makes it nearest to today (past_only: the latest one not after today;
  future_only: the first one not before today; ties go to the future). A bare weekday (周五, friday)
  is the nearest such day, today included. Bare 月底/年底 are this month's/year's end, moved back one
  month/year under past_only when still ahead. A bare day of the month ("10号", answers only) is the
  nearest month that has that day.
* Fully specified dates (with a year, 上/下/本, or relative ones like 明天, 三天后) are never moved:
  if they break past_only/future_only the result is an error (reason "in_future"/"in_past").
* Impossible dates (2月30日, 2026-13-01, 2027年2月29日) are errors with reason "impossible", never
  shifted. A year-less 2月29日 takes the year the rule above picks and is impossible if that year is not
  a leap year.
* "前/之前/以前" after a date (11月30日前) and "by/before/until, 截至/截止/最迟" before it set
  ``bound="before"``; "后/之后/以后/起" and "after" set ``bound="after"``; the date itself is unchanged.
  Whether the bound is inclusive is for the caller to decide.
* A bare "N号/N日" is a day of the month only in ``parse_date`` when it is the whole answer:
  inside a sentence "3号" is too often a document number (国办发〔2020〕3号). "5个工作日", "第3条",
  "30万", "每周一" and "N日后" are not dates.
* Month arithmetic (一个月后, 上个月) is calendar arithmetic clamped to the month's end (1月31日 + 1 month
  = 2月28日).
* ``find_date`` reads the first ``MAX_CHARS`` characters; ``parse_date`` refuses longer input.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.i18n import day as format_day
from knowledge.i18n import t
from knowledge.lazy_regex import lazy_regex
from knowledge.time.months import add_months

MAX_CHARS = 4096  # a Telegram message

EMPTY, UNRECOGNISED, INCOMPLETE, IMPOSSIBLE = "empty", "unrecognised", "incomplete", "impossible"
IN_FUTURE, IN_PAST, TOO_LONG = "in_future", "in_past", "too_long"


@dataclass(frozen=True, slots=True)
class DateResult:
    date: date | None = None           # set only when ok
    reason: str | None = None          # None when ok, else one of the reason codes above
    message_zh: str = ""               # for errors: what went wrong plus an example, to re-ask
    message_en: str = ""
    span: tuple[int, int] | None = None  # the expression (with its 前/by marker) in the input
    bound: str | None = None           # "before" (3月5日前, by March 5), "after" (3月5日后) or None

    @property
    def ok(self) -> bool:
        return self.reason is None

    def message(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" else self.message_zh


# ---------------------------------------------------------------- numbers and calendar helpers

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_TENS = {"十": 10, "廿": 20, "卅": 30, "百": 100}
_EN_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_EN_NUM |= {"a": 1, "an": 1}
_MONTH_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
_WD_EN = {w: i for i, w in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_WD_ZH = {c: i for i, c in enumerate("一二三四五六日")} | {"天": 6, "7": 6} | {str(i + 1): i for i in range(6)}
# Full-width ASCII and odd spaces to plain ASCII, one character for one, so spans stay valid.
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20, 0xA0: 0x20}


def _num(text: str) -> int | None:
    """3 -> 3, 十五 -> 15, 二十一 -> 21, 廿一 -> 21, 两 -> 2, 二〇二六 -> 2026 (None if not a number)."""
    if text.isdigit():
        return int(text)
    if text.lower() in _EN_NUM:
        return _EN_NUM[text.lower()]
    if len(text) == 4 and all(c in _CN_DIGIT for c in text):
        return int("".join(str(_CN_DIGIT[c]) for c in text))
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGIT:
            if digit is not None:
                return None
            digit = _CN_DIGIT[ch]
        elif ch in _CN_TENS:
            if ch in "廿卅" and digit is not None:
                return None
            total += (1 if digit is None else digit) * _CN_TENS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


class _Impossible(Exception):
    def __init__(self, year: int | None, month: int, day: int):
        super().__init__(year, month, day)
        self.year, self.month, self.day = year, month, day


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _Impossible(year, month, day) from None


def _month_len(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _nearest(candidates, today: date, direction: int) -> date:
    """The candidate nearest to today on the allowed side; on a tie the first listed wins."""
    allowed = [c for c in candidates if direction * (c - today).days >= 0]
    return min(allowed, key=lambda c: abs((c - today).days))


def _yearless(month: int, day: int | None, today: date, direction: int) -> date:
    """Month-day without a year (day None = month end): the year making it nearest to today."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= (29 if month == 2 else _month_len(2001, month))):
        raise _Impossible(None, month, day or 0)
    years = (today.year, today.year + 1, today.year - 1)   # tie: this year, then the future
    proxies = [date(y, month, min(day or 31, _month_len(y, month))) for y in years]
    best = _nearest(proxies, today, direction)
    return best if day is None else _make(best.year, month, day)   # 2月29日 in a common year raises


def _day_of_month(day: int, today: date, direction: int) -> date:
    """Bare "10号": the nearest month (within two either side) that has that day."""
    if not 1 <= day <= 31:
        raise _Impossible(None, today.month, day)
    cands = [add_months(today, k, 1) for k in (0, 1, -1, 2, -2)]
    return _nearest([c.replace(day=day) for c in cands if day <= _month_len(c.year, c.month)], today, direction)


def _month_end(today: date, offset: int, bare: bool, direction: int) -> date:
    end = add_months(today, offset, 31)
    if bare and direction < 0 and end > today:
        end = add_months(today, -1, 31)
    return end


def _year_of(text: str | None, today: date) -> int | None:
    if not text:
        return None
    if text in _YEAR_WORD:
        return today.year + _YEAR_WORD[text]
    year = _num(text)
    if year is not None and len(text) == 2:   # 26年 -> 2026, 99年 -> 1999
        year += 2000 if 2000 + year <= today.year + 20 else 1900
    return year


# ---------------------------------------------------------------- the forms: a pattern and a tiny function each

_CN = r"[一二三四五六七八九十廿卅]{1,3}"
_MD_NUM = rf"(?:\d{{1,2}}|{_CN})"
_REL_NUM = r"(?:\d{1,3}|[一二两三四五六七八九十廿百]{1,4})"
_YEAR = r"(?:(?P<y>\d{4}|\d{2}|[〇零一二三四五六七八九]{4})年|(?P<yw>今|去|明|前|后|本|来)年)"
_YEAR_WORD = {"今": 0, "本": 0, "去": -1, "明": 1, "来": 1, "前": -2, "后": 2}
_PREFIX_OFFSET = {"上上": -2, "上": -1, "这": 0, "本": 0, "下": 1, "下下": 2}
_END = r"(?=$|[\s,，。.;；:：!！?？、)）前后之以起])"
_EN_NUMS = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_ANY = rf"(?:{_WD_FULL}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"

Handler = Callable[[dict, date, int], "date | None"]


def _iso(g, today, direction):
    if g["s1"] != g["s2"]:
        return None
    return _make(int(g["y"]), int(g["m"]), int(g["d"]))


def _compact(g, today, direction):
    return _make(int(g["y"]), int(g["m"]), int(g["d"]))


def _cn_month_day(g, today, direction):
    month, day = _num(g["m"]), None if g["end"] else _num(g["d"] or g["d2"])
    if month is None or (day is None and not g["end"]):
        return None
    year = _year_of(g["y"] or g["yw"], today)
    if year is None:
        return _yearless(month, day, today, direction)
    if not 1 <= month <= 12:
        raise _Impossible(year, month, day or 1)
    return _make(year, month, day or _month_len(year, month))


def _cn_year_end(g, today, direction):
    year = _year_of(g["y"] or g["yw"], today)
    if year is None:
        year = today.year - (1 if direction < 0 and today < date(today.year, 12, 31) else 0)
    return _make(year, 12, 31)


def _cn_month_rel(g, today, direction):
    offset = _PREFIX_OFFSET.get(g["p"] or "", 0)
    if g["end"]:
        return _month_end(today, offset, not g["p"], direction)
    first, day = add_months(today, offset, 1), _num(g["d"])
    return None if day is None else _make(first.year, first.month, day)


def _weekday(today: date, weekday: int, direction: int) -> date:
    ahead = (weekday - today.weekday()) % 7
    return _nearest([today + timedelta(ahead), today - timedelta((7 - ahead) % 7)], today, direction)


def _cn_week(g, today, direction):
    weekday = _WD_ZH[g["wd"]]
    if g["p"] is None:
        return _weekday(today, weekday, direction)
    monday = today - timedelta(today.weekday())
    return monday + timedelta(7 * _PREFIX_OFFSET[g["p"]] + weekday)


def _relative(n: int | None, unit: str, sign: int, today: date) -> date | None:
    if n is None:
        return None
    if unit in ("月", "month", "年", "year"):
        return add_months(today, sign * n * (12 if unit in ("年", "year") else 1))
    return today + timedelta(sign * n * (1 if unit in ("天", "day") else 7))


def _cn_rel(g, today, direction):
    if g["u"] == "月" and not g["ge"]:   # 3月后 is not 三个月后
        return None
    return _relative(_num(g["n"]), g["u"], -1 if g["dir"].endswith("前") else 1, today)


_DAY_WORD = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "后天": 2, "大后天": 3, "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def _day_word(g, today, direction):
    w = " ".join(g["w"].lower().split())
    if w.endswith("after tomorrow"):
        return today + timedelta(2)
    if w.endswith("before yesterday"):
        return today - timedelta(2)
    return today + timedelta(_DAY_WORD[w])


def _slash(g, today, direction):
    return _yearless(int(g["m"]), int(g["d"]), today, direction)


def _en_rel(g, today, direction):
    sign = -1 if (g.get("dir") or "").lower() == "ago" else 1
    return _relative(_num(g["n"]), g["u"].lower(), sign, today)


def _en_week(g, today, direction):
    prefix, weekday = (g["p"] or "").lower(), _WD_EN[(g["wd"] or g["wd2"])[:3].lower()]
    if prefix in ("next", "coming"):
        return today + timedelta((weekday - today.weekday() - 1) % 7 + 1)
    if prefix == "last":
        return today - timedelta((today.weekday() - weekday - 1) % 7 + 1)
    if prefix == "this":
        return today + timedelta(weekday - today.weekday())
    return _weekday(today, weekday, direction)


def _en_date(g, today, direction):
    month, day = [m[:3] for m in _MONTH_EN].index(g["mon"][:3].title()) + 1, int(g["d"])
    if g["y"]:
        return _make(int(g["y"]), month, day)
    return _yearless(month, day, today, direction)


def _en_end(g, today, direction):
    prefix = (g["p"] or "").strip().lower()
    offset = {"next": 1, "last": -1}.get(prefix, 0)
    if g["u"].lower() == "month":
        return _month_end(today, offset, not prefix, direction)
    year = today.year + offset
    if not prefix and direction < 0 and today < date(year, 12, 31):
        year -= 1
    return date(year, 12, 31)


class _Form:
    """A pattern, the characters it can start with, and the function turning its groups into a date
    (returning None: not a date after all, keep looking). ``marks``: the expression may carry 前/后
    after it and by/before/截至 in front of it."""
    __slots__ = ("name", "first", "pattern", "handler", "marks")

    def __init__(self, name: str, first: str, pattern: str, handler: Handler, marks: bool = True):
        self.name, self.first, self.pattern, self.handler, self.marks = name, first, pattern, handler, marks


_CN_START = r"\d〇零一二三四五六七八九十廿卅今去明前后本来"
# The leftmost expression wins; among forms starting at the same character, the first listed.
_FORMS = [
    _Form("iso", r"\d", r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<s1>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})(?!\d)",
          _iso),
    _Form("compact", r"\d", r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)", _compact),
    _Form("cn_month_day", _CN_START, rf"(?<![\d〇零一二三四五六七八九十廿卅]){_YEAR}?\s*(?P<m>{_MD_NUM})\s*月\s*"
          rf"(?:(?P<d>{_MD_NUM})\s*[日号]|(?P<d2>\d{{1,2}}){_END}|(?P<end>底|末))", _cn_month_day),
    _Form("cn_year_end", r"\d今去明前后本来年",
          r"(?<![\d〇零一二三四五六七八九十])(?:(?P<y>\d{4}|\d{2})|(?P<yw>今|去|明|前|后|本|来))?年(?:底|末)", _cn_year_end),
    _Form("cn_month_rel", "上下这本月", rf"(?:(?P<p>上上|下下|上|下|这|本)个?|(?<![\d〇零一二三四五六七八九十廿卅个]))月\s*"
          rf"(?:(?P<d>{_MD_NUM})\s*[日号]|(?P<end>底|末))", _cn_month_rel),
    _Form("cn_week", "上下这本周星礼", r"(?:(?P<p>上上|下下|上|下|这|本)个?|(?<![\d一二两三四五六七八九十几每个上下这本]))"
          r"(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])(?!\d)", _cn_week),
    _Form("cn_rel", r"\d一二两三四五六七八九十廿百", rf"(?<![\d第.])(?P<n>{_REL_NUM})\s*(?P<ge>个)?\s*"
          r"(?P<u>天|周|星期|礼拜|月|年)\s*(?P<dir>以后|之后|后|以前|之前|前)", _cn_rel, marks=False),
    _Form("cn_day_word", "大前后今明昨", r"(?P<w>大前天|大后天|(?<![之以提目当从先眼])前天|(?<![之以然最随今])后天"
          r"|今天|今日|明天|明日|昨天|昨日)", _day_word),
    _Form("slash", r"\d", r"(?<![\d/.\-:])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])", _slash),
    _Form("en_day_word", "tyd", r"(?<![a-z])(?P<w>(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday"
          r"|today|tonight|tomorrow|yesterday)(?![a-z])", _day_word),
    _Form("en_in", "i", rf"(?<![a-z])in\s+(?P<n>{_EN_NUMS})\s+(?P<u>day|week|month|year)s?(?![a-z])", _en_rel, marks=False),
    _Form("en_ago", r"\daoftsen", rf"(?<![a-z\d])(?P<n>{_EN_NUMS})\s+(?P<u>day|week|month|year)s?\s+"
          r"(?P<dir>ago|later|from\s+now|hence)(?![a-z])", _en_rel, marks=False),
    _Form("en_week", "nltcmwfs",
          rf"(?<![a-z])(?:(?P<p>next|last|this|coming)\s+(?P<wd>{_WD_ANY})|(?P<wd2>{_WD_FULL}))(?![a-z])", _en_week),
    _Form("en_month_day", "jfmasond", rf"(?<![a-z])(?P<mon>{_MONTHS})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\da-z])"
          r"(?:,?\s*(?P<y>(?:19|20)\d\d)(?!\d))?", _en_date),
    _Form("en_day_month", r"\d", rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>{_MONTHS})\.?(?![a-z])"
          r"(?:,?\s*(?P<y>(?:19|20)\d\d)(?!\d))?", _en_date),
    _Form("en_end", "e", r"(?<![a-z])end\s+of\s+(?:the\s+)?(?P<p>this\s+|next\s+|last\s+)?(?P<u>month|year)(?![a-z])",
          _en_end),
]
_FLAGS = re.ASCII | re.IGNORECASE
_FORM_GROUPS = {f.name: (f, re.findall(r"[(][?]P<(\w+)>", f.pattern)) for f in _FORMS}


def _Lazy(pattern: str):   # compiled on first use, so that importing stays cheap
    return lazy_regex(pattern, _FLAGS)


# All forms in one regex, scanned once. Each form's groups are renamed "<form>__<group>"; the
# look-aheads on first characters let the scan skip most characters cheaply.
_SCANNER = _Lazy(f"(?=[{''.join(f.first for f in _FORMS)}])(?:"
                 + "|".join(f"(?=[{f.first}])(?P<{f.name}>{f.pattern.replace('(?P<', f'(?P<{f.name}__')})" for f in _FORMS)
                 + ")")
_MARKS = r"(?:(?P<around>前后|左右)|(?P<before>之前|以前|前(?!天))|(?P<after>之后|以后|后(?!天)|起))"
_SUFFIX = _Lazy(rf"\s*{_MARKS}")
_PREFIX = _Lazy(r"(?:(?<![a-z])(?:(?P<before>by|before|until|till|no\s+later\s+than|not\s+later\s+than)"
                r"|(?P<after>after))\s+(?:the\s+)?|(?P<zh_before>截止到|截止|截至|不晚于|最迟|最晚)\s*)$")
_BARE_DAY = _Lazy(rf"\s*(?P<d>{_MD_NUM})\s*[日号](?:\s*{_MARKS})?\s*")
_INCOMPLETE = _Lazy(rf"{_YEAR}|{_MD_NUM}\s*月|(?:上上|下下|上|下|这|本)个?(?:周|星期|礼拜|月)"
                    rf"|(?<![a-z])(?:(?:next|last|this)\s+(?:week|month|year)|{_MONTHS})(?![a-z])")


# ---------------------------------------------------------------- messages

def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 20 else text[:20] + "…"


def _month(y: int | None, m: int, lang: str) -> str:
    """March 2026 / 2026年3月, or without the year (Babel's month names)."""
    return format_day(date(y or 2001, m, 1), lang, "fmt.month" if y else "fmt.month_no_year")


def _error(reason: str, text: str = "", today: date | None = None, *, when: date | None = None,
           bad: _Impossible | None = None, span: tuple[int, int] | None = None) -> DateResult:
    """The result of a date that could not be read: the reason code, and what went wrong plus an
    example in both languages (texts: the date_* keys of the catalogue)."""
    messages = {lang: _message(lang, reason, text, today, when, bad) for lang in ("zh", "en")}
    return DateResult(reason=reason, message_zh=messages["zh"], message_en=messages["en"], span=span)


def _message(lang: str, reason: str, text: str, today: date | None, when: date | None, bad: _Impossible | None) -> str:
    s = _snippet(text)
    examples = t("date_examples", lang)
    if reason == EMPTY:
        return t("date_empty", lang, example=examples)
    if reason == TOO_LONG:
        return t("date_too_long", lang)
    if reason == INCOMPLETE:
        return t("date_incomplete", lang, text=s, example=examples)
    if reason == IMPOSSIBLE and bad is not None:
        y, m, d = bad.year, bad.month, bad.day
        if not 1 <= m <= 12:
            why, example = t("date_no_such_month", lang, month=m), format_day(date(2001, 3, 5), lang, "fmt.day_no_year")
        else:
            y = y if y and 1 <= y <= 9999 else None
            last = _month_len(y or 2001, m)   # a year-less example must exist in every year: 2月28日
            if d > 31:
                why = t("date_over_31", lang)
            elif d < 1:
                why = t("date_from_1", lang)
            elif y is None and m == 2:
                why = t("date_feb_29", lang)
            else:
                why = t("date_month_days", lang, month=_month(y, m, lang), n=last)
            example = format_day(date(y or 2001, m, last), lang, "fmt.day" if y else "fmt.day_no_year")
        return t("date_impossible", lang, why=why, example=example)
    if reason in (IN_FUTURE, IN_PAST) and when is not None and today is not None:
        ex = today + timedelta(-1 if reason == IN_FUTURE else 1)
        def shown(d: date) -> str:
            return format_day(d, lang, "fmt.bound_day")
        return t("date_in_future" if reason == IN_FUTURE else "date_in_past", lang,
                 when=shown(when), today=shown(today), example=shown(ex))
    return t("date_unrecognised", lang, text=s, example=examples)


# ---------------------------------------------------------------- the API

def _direction(past_only: bool, future_only: bool) -> int:
    if past_only and future_only:
        raise ValueError("past_only and future_only exclude each other")
    return -1 if past_only else 1 if future_only else 0


def _bound(m: re.Match) -> str | None:
    return "before" if m["before"] else "after" if m["after"] else None


def _result(d: date, today: date, direction: int, span: tuple[int, int], bound: str | None) -> DateResult:
    if direction < 0 and d > today:
        return _error(IN_FUTURE, today=today, when=d, span=span)
    if direction > 0 and d < today:
        return _error(IN_PAST, today=today, when=d, span=span)
    return DateResult(date=d, span=span, bound=bound)


def find_date(text: str, today: date, *, past_only: bool = False, future_only: bool = False) -> DateResult | None:
    """The first date expression in ``text`` (only the first MAX_CHARS characters are read).

    None if there is none; otherwise a DateResult whose ``span`` locates the expression. That result
    is an error when the expression is impossible (2月30日) or breaks past_only/future_only.
    """
    direction = _direction(past_only, future_only)
    s = text[:MAX_CHARS].translate(_FOLD)
    pos = 0
    while m := _SCANNER.search(s, pos):
        form, groups = _FORM_GROUPS[m.lastgroup]
        start, end = m.span()
        try:
            d = form.handler({g: m[f"{form.name}__{g}"] for g in groups}, today, direction)
        except _Impossible as bad:
            return _error(IMPOSSIBLE, bad=bad, span=(start, end))
        if d is None:
            pos = start + 1
            continue
        bound = None
        if form.marks:
            if sm := _SUFFIX.match(s, end):
                end, bound = sm.end(), _bound(sm)
            if pm := _PREFIX.search(s, max(0, start - 24), start):
                start, bound = pm.start(), "after" if pm["after"] else "before"
        return _result(d, today, direction, (start, end), bound)
    return None


def parse_date(text: str, today: date, *, past_only: bool = False, future_only: bool = False) -> DateResult:
    """The date in an answer to "which date?". Never raises for bad input: an error result says why.

    Text around the date is allowed ("合同3月2日签了"); the first date expression counts. A bare
    "10号" is read as a day of the month only here, when it is the whole answer.
    """
    direction = _direction(past_only, future_only)
    if not text or not text.strip():
        return _error(EMPTY)
    if len(text) > MAX_CHARS:
        return _error(TOO_LONG)
    found = find_date(text, today, past_only=past_only, future_only=future_only)
    if found is not None:
        return found
    s = text.translate(_FOLD)
    if (bm := _BARE_DAY.fullmatch(s)) and (day := _num(bm["d"])) is not None:
        span = (bm.start("d"), len(s.rstrip()))
        try:
            return _result(_day_of_month(day, today, direction), today, direction, span, _bound(bm))
        except _Impossible as bad:
            return _error(IMPOSSIBLE, bad=bad, span=span)
    if _INCOMPLETE.search(s):
        return _error(INCOMPLETE, text)
    return _error(UNRECOGNISED, text)
