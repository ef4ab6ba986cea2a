"""Questions that give a date and ask for the last day ("合同6月27日签的，质量监督登记最晚哪天"):
the events and dates the question states, and the due dates the deadline engine computes from them
(``jurisdiction`` is an id of the shipped rules or a loaded ``RuleSet``: the knowledge base passes its own).

An event is recognised by its own name in ``events`` (合同签订, 试运行结束, 竣工决算审核结论出具 …):
the event whose name's characters (or English words) the clause holding the date shares most.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date, timedelta

from knowledge.lazy_regex import lazy_regex

from ..facts.events import ALL_EVENTS
from .form import mostly_english

# a window asked for (什么时间段内可以验收, what is the acceptance window), which asks both its ends
_WINDOW = r"哪一?段时间|(什么|哪个|哪一?段|哪些)[^，,。？?]{0,3}(时间段|时段|时间窗口?|时间区间|区间)|\b(what|which)('s| is| are)? (the )?(\w+ ){0,2}(time )?window\b|between (which|what) (dates|days)"
# 还剩几天, 离截止还有多少天, "how many working days do we have left": the days from today to the last day, asked
DAYS_LEFT = (r"(?:还剩|还有|剩下|只剩|就剩|剩)下?(?:几|多少)个?(?:工作)?[天日]|离[^，,。？?]{1,20}?(?:还有|还剩|剩)(?:几|多少)个?(?:工作)?[天日]"
              r"|\bhow many (?:more )?(?:working |business |calendar |work )?days (?:do we |do i |have we |are there |are )?(?:have |got |still )?(?:left|remaining|until|till|to go)\b"
              r"|\bhow (?:much (?:more )?time|long) (?:do we have|have we got|is|are we) (?:left|remaining)\b|\bdays (?:left|remaining)\b")
_DAYS_LEFT_RE = lazy_regex(DAYS_LEFT, re.I)
_ASKS_DAY = lazy_regex(DAYS_LEFT + "|" + _WINDOW + r"|最晚|最迟|最早|最快|截止|(?<!质保期)(?<!合同)到期|最后期限|最后一天|最后日期|哪天|哪一天|几号|什么时候|啥时候|啥时|何时|何日|(?<!超)(?<!超过)(?<!过了)期限(?!内|之内|以内|里)|by when|\b(by |on )?(what|which) (dates?|days?)\b|latest|earliest"
                       r"|(?<!within the )(?<!inside the )(?<!meet the )deadline|(?<!over)(?<!past )due"   # (are we within the deadline: in time asked; overdue, past due: late asked)
                       r"|\bwhen (must|should|shall|do|does|is|are|will|has|have|can|could|may)\b"
                       r"|last (possible )?(day|date)|final (day|date)|first (possible )?(day|date)|no later than|from when|from what date", re.I)
_ASKS_EARLIEST = lazy_regex(_WINDOW + r"|最早|最快|最短|soonest|as soon as|earliest|first (possible )?(day|date)|from when|from what date|哪天起|什么时候起|什么时候开始可以|啥时候起", re.I)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_EN_DATE = lazy_regex(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<mon>[A-Za-z]+),? (?P<y>\d{4})\b"
                      r"|\b(?P<mon2>[A-Za-z]+) (?P<d2>\d{1,2})(?:st|nd|rd|th)?,? (?P<y2>\d{4})\b"
                      # without a year, the month written with a capital: on 12 February, by March 3rd
                      r"|\b(?P<pre3>on|by|before|after|from|until|since|till|around|about)(?: the)? (?P<d3>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon3>[A-Z][a-z]+)\b(?! \d)"
                      r"|\b(?:(?P<pre4>on|by|before|after|from|until|since|till) |(?<=[\s:(])(?=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"
                      # (on Oct 8 2024: the year read with it; signed March 5, May only after on/by …)
                      r"(?P<mon4>[A-Z][a-z]+)\.? (?P<d4>\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?!,?\s+\d{4}\b)"   # (on Jan 10, is that ok)
                      # a day before its month's name, after any word (the trial run ended 1 March): unambiguous in English
                      r"|\b(?P<d5>\d{1,2})(?:st|nd|rd|th)? (?P<mon5>January|February|March|April|June|July|August|September|October|November|December"
                      r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?(?! \d)")


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
             "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAY = {w: i for i, w in enumerate(_ORDINALS, 1)} | {f"twenty {w}": 20 + i for i, w in enumerate(_ORDINALS[:9], 1)} \
    | {"thirtieth": 30, "thirty first": 31}
# "the trial run started june first", "signed on the twenty-third of November": a day of the month said in words, as dictated
_SPOKEN_DAY = lazy_regex(r"\b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|May|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
                         r"\s+(?:the\s+)?(?P<d>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" + "|".join(sorted(_ORDINALS + ["thirtieth"], key=len, reverse=True)) + r")\b"
                         r"|\b(?:the\s+)?(?P<d2>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" + "|".join(sorted(_ORDINALS + ["thirtieth"], key=len, reverse=True)) + r")"
                         r"\s+of\s+(?P<mon2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", re.I)


def _spoken_days(text: str) -> str:
    """june first, the twenty-third of November -> 6月1日, 11月23日 (a lower-case "may" is the modal, unless a word of
    dating goes before it)."""
    def sub(m: re.Match) -> str:
        if m.group("mon") and m.group("mon").lower() == "may" and m.group("mon") != "May" \
                and not re.search(r"\b(?:on|since|from|by|before|after|until|till|started|began|begun|signed|ended|finished|filed|approved)\s+$", m.string[:m.start()], re.I):
            return m.group(0)   # (we may first ask: the modal; started may twentieth: the month)
        day = _ORDINAL_DAY.get((m.group("d") or m.group("d2")).lower().replace("-", " "))
        if day is None:
            return m.group(0)
        mon = _month_number((m.group("mon") or m.group("mon2")).capitalize())
        return f"{mon}月{day}日" if mon else m.group(0)
    return _SPOKEN_DAY.sub(sub, text)


def _english_dates(text: str) -> str:
    """20 March 2026 / March 20, 2026 -> 2026-03-20, so that one date reader serves both languages."""
    def sub(m: re.Match) -> str:
        mon = _month_number(m.group("mon") or m.group("mon2") or m.group("mon3") or m.group("mon4") or m.group("mon5") or "")
        if not mon:
            return m.group(0)
        day = int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5"))
        year = m.group("y") or m.group("y2")
        pre = m.group("pre3") or m.group("pre4")
        return f"{year}-{mon:02d}-{day:02d}" if year else f"{pre} {mon}月{day}日" if pre else f"{mon}月{day}日"

    def part(m: re.Match) -> str:   # early March -> 3月上旬, mid to late April -> 4月中下旬: the Chinese reading of a month's part
        mon = _month_number(m.group("mon"))
        if not mon:
            return m.group(0)
        said = m.group("part").lower().replace("-", " ").split()
        tens = "".join(dict.fromkeys(t for w in said for k, t in (("early", "上"), ("beginning", "上"), ("start", "上"), ("mid", "中"),
                                                                 ("middle", "中"), ("late", "下"), ("end", "下")) if w == k))
        return f"{mon}月{tens}旬" if tens else m.group(0)

    # (signed on Friday 26 Sep 2025: the weekday names the day again, and stands between the event and its date;
    # "before Christmas": the day the holiday falls on)
    text = _spoken_days(_CHRISTMAS.sub("12月25日", _CHRISTMAS_EVE.sub("12月24日", text)))
    text = _LOWER_MONTH.sub(lambda m: m.group(0).capitalize(), text)   # "on sept 28", as typed on a phone
    return _EN_DATE.sub(sub, _EN_MONTH_PART.sub(part, _EN_WEEKDAY_BEFORE.sub("", text)))


# a month's name typed in lower case before its day (sept 28, december 3rd)
_LOWER_MONTH = lazy_regex(r"\b(?:january|february|march|april|june|july|august|september|october|november|december"
                          r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?=\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|k\b|m\b|万|million|percent|days?|weeks?|months?|years?)))")


# (on Christmas Eve (Dec 24): the day before; "Christmas Eve" is not the 25th)
_CHRISTMAS_EVE = lazy_regex(r"\b(?:Christmas|Xmas)\s+Eve\b(?:\s*\((?:Dec(?:ember)?\.?\s*24(?:th)?|24(?:th)?\s+Dec(?:ember)?)\))?", re.I)
_CHRISTMAS = lazy_regex(r"\b(?:Christmas|Xmas)(?:\s+Day)?\b(?!\s+Eve)", re.I)


_EN_MONTH_PART = lazy_regex(r"\b(?P<part>(?:early|mid|middle|late)(?:[- ](?:to|or)[- ](?:early|mid|middle|late))?|(?:the )?(?:beginning|start|middle|end) of)"
                            r"[- ](?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
                            r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?! \d)", re.I)


_EN_WEEKDAY_BEFORE = lazy_regex(r"\b(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?,?\s+(?=(?:the )?\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))", re.I)
_DATE = lazy_regex(r"(?:(?P<y>\d{4}|(?<!\d)\d{2}(?=\s*年))\s*[年./-]\s*)?(?P<m>\d{1,2})\s*[月./-]\s*(?P<d>\d{1,2})(?!\d)(?!\s*(?:个)?月)(?!\s*(?:个)?(?:星期|礼拜|周|天|工作日|年))(?!\s*(?:months?|weeks?|days?|working days?|business days?|years?)\b)(?!\s*(?:[万亿千百%％]|[kKwW](?![a-zA-Z])|元(?!旦)|[mM](?![a-zA-Z])|mn\b|mil|million|billion|bn\b|yuan|rmb))\s*[日号]?")   # 1-3月, 7-8 months: months; ("about 3.6M", 3.5万: a sum)
_CLAUSE = lazy_regex(r"[，,；;。？?！!]|\.\s|\s\((?=[A-Za-z])|(?<=[^\s，,。？?]{4}[\u4e00-\u9fff])(?<![日号])\s+(?=[\u4e00-\u9fff]{2}[^\s，,。？?]{3})(?![被由于向给把将])")   # (a space between two clauses of Chinese typed without commas; not one around a short word, after a day or before 被…;
# an English aside in brackets, "approved last Friday (it was signed two weeks earlier)")


def _year(said: str) -> int:
    """25年 is 2025: a year said by its last two digits is of this century."""
    return int(said) + (2000 if len(said) == 2 else 0)


def _default_year(text: str, today: date) -> int:
    """The year of the dates said without one: a date's own year, a year said apart from the days
    (5月29号（2025年）, 2025年的5月29号), else this year."""
    said = next((_year(m.group("y")) for m in _DATE.finditer(text) if m.group("y")), None)
    apart = _YEAR_APART.search(text)
    return said or (int(apart.group(1)) if apart else today.year)


def _month_number(name: str) -> int | None:
    """March, Mar, Sept -> 3, 3, 9 (not Decree): an English month's number."""
    name = name.lower().rstrip(".")
    return _MONTHS.get(name) or _MONTHS.get(next((k for k in _MONTHS if name in (k[:3], k[:4])), ""))
_YEAR_APART = lazy_regex(r"((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*[月./-])")
_WORD = lazy_regex(r"[a-z]{4,}")


def _event(clause: str, at: tuple[int, int] | None = None) -> tuple[str | None, float]:
    """The event a clause names: by the words people use for it (the one named nearest ``at``,
    where the date or the time stated is), else by the characters (or English words) it shares
    with an event's own name, with the share as its score."""
    from .events import events_named

    named = events_named(clause)
    if named:
        if at is None:
            return named[0][0], 1.0
        # characters between the two; in English a date follows what it dates ("signed the contract on …")
        english = mostly_english(clause)   # ("we sent the 项目验收申请函 … last Friday after our own initial check passed")
        # ("sent the letter last Friday after our own initial check passed": an event after "after" is not what the day dates)
        after = lambda e: english and e[1] >= at[1] and bool(re.match(r"\W*(?:right |just |soon )?(?:after|once|following)\b", clause[at[1]:e[1]], re.I))  # noqa: E731
        gap = lambda e: max(e[1] - at[1], at[0] - e[2], 0) + (4 if english and e[1] >= at[1] else 0) + (100 if after(e) else 0)  # noqa: E731
        return min(named, key=gap)[0], 1.0
    low = clause.lower()
    chars = set(re.sub(r"\d|\s", "", clause))
    words = {w[:4] for w in _WORD.findall(low)}
    best, score = None, 0.0
    for key, (zh, en) in ALL_EVENTS.items():
        name = set(zh) - set("的在出")
        s_zh = len(name & chars) / len(name)
        en_list = [w[:4] for w in _WORD.findall(en.lower()) if w != "the"]
        en_words = set(en_list)
        # (its last word is what happens: "quality supervision documents" is no registration)
        s_en = len(en_words & words) / len(en_words) if en_words and en_list[-1] in words else 0
        s = max(s_zh, s_en)
        if s > score:
            best, score = key, s
    return best, score


_TEN_DAYS = {"上旬": 5, "初": 1, "中旬": 15, "中": 15, "下旬": 25}


def _ten_days(text: str) -> str:
    """6月中旬 -> 6月15日: a part of a month said as its middle day (上旬 the 5th, 月初 the 1st, 下旬 the 25th)."""
    return re.sub(r"(\d{1,2})\s*月\s*(上旬|中旬|下旬|初|中)(?![午期])",
                  lambda m: f"{m.group(1)}月{_TEN_DAYS[m.group(2)]}日", text)


# a clause that is just the date and 签的: the signing (the thing a project signs is its contract)
_SIGNED_THEN = lazy_regex(r"(?:^|、)\s*(?:是|在|于)?\s*@\s*(?:签的|签了|签订的?|签署的?|签完的?|签下的?|签)\s*(?:、|$)")   # (3月2日签、3月16日备案才通过)


def _month_days(text: str, today: date) -> str:
    """上个月15号, 这个月3号, 本月10日 -> 11月15日: a day of a month said relative to today, as a date."""
    from ..time.months import add_months

    def sub(m: re.Match) -> str:
        month = add_months(today.replace(day=1), {"上个": -1, "上": -1, "下个": 1, "下": 1}.get(m.group("w"), 0))
        return f"{month.year}年{month.month}月{m.group('d')}日"
    return _MONTH_DAY.sub(sub, text)


_MONTH_DAY = lazy_regex(r"(?P<w>这个|本|上个|上|下个|下)月\s*(?P<d>\d{1,2})\s*[日号]")


def _or_named_before(key: str | None, score: float, clause: str, at: tuple[int, int], before: str) -> tuple[str | None, float]:
    """The event a date's clause names, or, when it names none clearly, the one the clause before names with it
    ("合同在采购中心备案，2月10号备案通过的", "在市政府采购中心备案，4月13日通过备案")."""
    if (not key or score < 0.6) and before and not _FILING_OF_ITS_OWN.search(clause) \
            and not (_DAY_OF_ITS_OWN.search(before) and not _CORRECTS_DAY.search(clause)):
        return _event(before + clause, (len(before) + at[0], len(before) + at[1]))
    return key, score


# a clause before with a day of its own (合同下周一签，打算12月18号去备案): its event is on that day, not this clause's
_DAY_OF_ITS_OWN = lazy_regex(r"(?:上上?个?|下个?|这个?|本)(?:周|星期|礼拜)[一二三四五六日天1-7]|\b(?:last|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                             r"|今天|昨天|前天|明天|后天|\b(?:today|yesterday|tomorrow)\b", re.I)


# (unless this clause corrects that day: "we sent it last Friday — sorry, it was Thursday, Dec 3")
_CORRECTS_DAY = lazy_regex(r"\b(?:sorry|actually|I mean|it was|correction)\b|不对|说错|应该是|其实是|更正|记错", re.I)


# a clause dating a recurring filing of its own (已经做了质量监督登记，第三季度的质量季报是10月8号报的): its day is the filing's,
# not the event the clause before names
_FILING_OF_ITS_OWN = lazy_regex(r"季报|季度|月报|年报|自评|年度(?:建设)?(?:计划|规划)|quarterly|monthly|annual|self-evaluation", re.I)


# a day planned, not one gone by: 打算, 准备, 元旦后 (the coming New Year), "we will", "plan to"
_PLANNED = lazy_regex(r"打算|准备|计划(?!书|表)|预计|拟(?!定)|定于|定在|安排在|元旦(后|以后|之后|过后)|过完年|年后|春节(后|以后|过后)"
                      r"|\b(will|shall|plan(ning)? to|plan to|planned (for|on)|going to|intend(ing)? to|scheduled|expect(ing)? to|aim(ing)? to)\b", re.I)


# 12月1日或者2日, "either Dec 1 or Dec 2", 11月16号还是17号: an event's day not known for sure, one of two
_ALT_DAY = lazy_regex(r"(?P<a>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]?)\s*,?\s*(?:或者是?|或是|或|还是|也可能是?|\bor\b(?:\s+maybe)?|maybe)"
                      r"\s*(?:是)?\s*(?P<b>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]?)(?![\d万%元kKmM个天周年])")


def other_day_events(text: str, today: date) -> dict[str, date]:
    """The events as dated by the second of two days offered for one (合同12月1日或者2日签的: signed on the 2nd), where
    the question offers two; else {}."""
    said = _english_dates(unicodedata.normalize("NFKC", text))
    m = _ALT_DAY.search(said)
    if not m or "月" not in m.group("a") + m.group("b"):
        return {}
    second = m.group("b")
    if "月" not in second and (month := re.match(r"\d{1,2}\s*月", m.group("a"))):
        second = month.group(0) + second   # (11月16号还是17号: the 17th of the same month)
    if not re.search(r"[日号]$", second):
        second += "日"
    other = stated_events(said[:m.start()] + second + said[m.end():], today)
    return other if other != stated_events(text, today) else {}


def stated_events(text: str, today: date) -> dict[str, date]:
    """{event: date} for each clause that states a date and names an event."""
    text = _english_dates(_ten_days(_month_days(unicodedata.normalize("NFKC", text), today)))
    year = _default_year(text, today)
    found: dict[str, date] = {}
    clauses = _CLAUSE.split(text)
    last_day = None   # the day the clauses before said last, which 当天 in a later one takes up
    for i, clause in enumerate(clauses):
        same = _SAME_DAY.search(clause) if last_day and not _DATE.search(clause) else None
        if same:   # 9月10号完工，当天就开始试运行了: the day of the clause before
            bare, at = clause[:same.start()] + "@" + clause[same.end():], (same.start(), same.start() + 1)
            key, score = _event(bare, at)
            if key and score >= 0.6 and key not in found:
                found[key] = last_day
        for m in _DATE.finditer(clause):   # each date with the event named nearest it
            # (明年1月中旬再做: the year said relative to this one, before the day)
            rel = re.search(r"(明年|来年|去年)\s*的?\s*$", clause[max(0, m.start() - 4):m.start()]) if not m.group("y") else None
            try:
                day = date(_year(m.group("y")) if m.group("y") else today.year + (1 if rel.group(1) in ("明年", "来年") else -1) if rel
                           else year, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            # (元旦后1月4号交验收申请函, "we plan to apply on Jan 4": a day planned with no year, long gone this year, is next year's)
            if not m.group("y") and not rel and year == today.year and (today - day).days > 180 and _PLANNED.search(clause):
                day = a_year_on(day)
            # the date out of the way: 合同2026年2月10日签的 names the signing as 合同@签的 does
            bare, at = clause[:m.start()] + "@" + clause[m.end():], (m.start(), m.start() + 1)
            key, score = _event(bare, at)
            if _SIGNED_THEN.search(bare):   # 合同在采购中心备案的，4月25号签的，4月29号备案通过: a date signed alone
                key, score = "contract_signed", 1.0
            key, score = _or_named_before(key, score, bare, at, clauses[i - 1] if i else "")
            last_day = day
            if key and _NEXT_DAY.search(clause[:m.start()]) and key in stated_elapsed(clause[:m.start()], today):
                continue   # ("we'll sign the contract next Monday and file it on Dec 18": the signing has its day)
            if key and score >= 0.6 and key not in found:
                found[key] = day
    return found


_SAME_DAY = lazy_regex(r"当天|当日|同一天|同日|同一日|\b(?:on )?(?:the same day|that same day|that day)\b", re.I)


def asks_earliest(text: str) -> bool:
    return bool(_ASKS_EARLIEST.search(text))


_ASKS_LATEST = lazy_regex(_WINDOW + r"|最晚|最迟|截止|最后期限|最后一天|最后日期|latest|deadline|by when|no later than|last (possible )?(day|date)|final (day|date)", re.I)


def asks_latest(text: str) -> bool:
    """最早哪天可以验收，最晚哪天: the last day is asked too."""
    return bool(_ASKS_LATEST.search(text))


def asks_days_left(text: str) -> bool:
    """Does the question ask how many days are left until the last day (还剩几天, "how many days do we have left")?"""
    return bool(_DAYS_LEFT_RE.search(text))


def asks_for_day(text: str, dated: bool = True) -> bool:
    """Does the question ask for a last day (最晚哪天, by when) and, if ``dated``, give a date?"""
    # ("Did the bureau meet its deadline?": whether a day told is in time, not the day asked)
    asked = re.sub(r"(?i)\b(meet|met|miss|missed|beat|run past|ran past|gone past|go past|past|beyond|exceed\w*|overr?un|overran|breach\w*) "
                   r"(its|their|the|our|his|her|that|this)( own)?( [\w-]+){0,2} (deadline|time limit|limit)\b"
                   r"|\b(deadline|time limit|window)\s+(has\s+|had\s+|is\s+|was\s+)?(already\s+)?(passed|closed|gone|expired|lapsed|run out)\b", " ", text)   # ("has the deadline passed": late asked)
    return bool(_ASKS_DAY.search(asked)) and (
        not dated or bool(_DATE.search(_english_dates(unicodedata.normalize("NFKC", text))) or _MONTH_DAY.search(text)))


def due_dates(jurisdiction, events: dict[str, date], articles: set[str], earliest: bool = False, own_only: bool = False) -> list:
    """The deadlines these events start in this jurisdiction, those citing ``articles`` first; with
    ``earliest`` (最早哪天能交), the days from which a step may be taken; with ``own_only``, no yearly filing that none
    of the events starts (初验8月15日结束的，什么时候可以申请终验 asks no day of the yearly plan)."""
    from ..time.deadlines import DeadlineError, compute

    try:
        items = compute(jurisdiction, events)
    except (DeadlineError, ValueError):
        # (合同终验上个月已经完成了，昨天提交了上线安全测试申请: a background event read out of the text's order
        # does not stop the day asked) the events that start a deadline citing the articles, alone
        from ..time.deadlines.loading import load_rules
        try:
            own = {e for r in load_rules(jurisdiction).rules if {c["article"] for c in r.citations} & articles
                   for e in (r.trigger or ())}
            kept = {e: d for e, d in events.items() if e in own}
            # (only what went before: an event told later than the one the day counts from may be the very one it counts from)
            items = compute(jurisdiction, kept) if kept and set(events) - own \
                and all(d <= min(kept.values()) for e, d in events.items() if e not in own) else []
        except (DeadlineError, ValueError):
            return []
    kind = "opens" if earliest else "due"
    started = [d for d in items if d.trigger in events and d.kind == kind]
    if earliest:   # 停用前30日内上报: a filing due before its event opens on that day too (the 30th day before)
        started += [replace(d, kind="opens") for d in items if d.trigger in events and d.kind == "due" and d.due < events[d.trigger]]
    # a recurring filing the events start (质量监督登记完成后, 每季度首月5日前): its first due date
    first: dict[str, object] = {}
    for d in sorted((d for d in items if d.trigger is None and d.kind == kind
                     and (not own_only or set(getattr(d._rule, "during_from", ()) or ()) & set(events))), key=lambda d: d.due):
        first.setdefault(d.key, d)
    started += list(first.values())
    cited = [d for d in started if {c["article"] for c in d.citations} & articles]
    return cited or (started if len(started) <= 2 else [])


_ELAPSED = lazy_regex(r"(?P<less>不到|没到|未满|还不到|不满|还没满|还没到|没满|尚未满|将近|接近|快)?\s*(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<more0>多)?(?P<half>半)?"
                      r"(?P<u>工作日|月|天|日|周|星期|礼拜|年)(?P<more>多|以上)?")
_ELAPSED_EN = lazy_regex(r"(?P<less>less than |under |not yet |not even )?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s*(?:-|–|to|or)\s*)?(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                         r" (?P<u>month|working day|business day|day|week|year)s?(?P<more> and a half| or more|-plus)?", re.I)
# time that has passed is said so next to it (才一个月, 已经四个月了, two months ago); "3个月后" states a rule
_PASSED_BEFORE = lazy_regex(r"(才|刚|只|仅|已经|已|都|过了|满|快|有)(?![^\d\s，,。？?]{0,3}?(打算|准备|计划|想|预计))[^\d\s，,。？?]{0,3}$|(only|just|already|for|since|been)(\s+(like|about|around|roughly|approximately|some|nearly|almost|over|more than|close to))?\s*$", re.I)
# (初验一个月前结束了: a month ago)
_PASSED_AFTER = lazy_regex(r"^\s*(了|多了|以来|ago\b|(前|之前|以前)[^，,。？?]{0,3}(结束|完成|通过|做完|完|签|开始|启动|开工))", re.I)
# 初验完一个月就想交终验申请: the time since a finished event (not 初验结束3个月后, which states a rule)
_DONE_BEFORE = lazy_regex(r"(完|结束|通过|签了|完了|过了)(后|以后|之后)?(差不多|大概|大约|将近|约|有|快)?\s*$")   # (合同签了差不多两个礼拜)
_RULE_AFTER = lazy_regex(r"^\s*(左右|上下)?\s*(后|以后|之后|内|以内|之内|以上|起|才|方可|再|组织|申请|提交|召开|启动|开展|进行)")   # 合同签了两个月再去备案: a delay proposed


# a day said relative to today, as time gone by: 昨天, 上周, last month (下周 is the future)
# (初验一做完就提, right after the preliminary acceptance: a step proposed the day the event ends)
# (到今天, 截至今天, "as of today": the day things are counted to, not one an event happened)
_RELATIVE_DAYS = {"(?<![至止])(?<!(?<![拖等推])到)今天(?!为止)|刚刚|刚(?=(做|弄|办|搞|验|签|开)?(完|好|结束|通过))|(?<![一二三四五六七八九十])一(?=(做|弄|办|搞|验|签|开)?(完|好|结束|通过)了?[，,]?\\s*(就|马上|立即|立刻))|(?<!as of )(?<!up to )today|just now|just (finished|completed|passed|ended|done|signed|filed|approved|got)|(right|immediately|straight|directly) after|as soon as|当天(?=就|马上|立即|立刻|便)": 0,
                  "昨天|昨日|(?<!before )yesterday|(?<![一二三四五六七八九十\\d])(第二天|次日|隔天)(?=就|马上|立即|立刻|便)": 1,
                  "前天|(?:the )?day before yesterday": 2,
                  "上上周|大上周|上上个?星期|上上个?礼拜|the week before last": 14, "上周|上星期|上礼拜|上个星期|上个礼拜|last week": 7, "上个月|上月|last month": "month",
                  "(?<![上下个本这次当每\\d一二三四五六七八九十])(?:这个|本)?月初": "month_start"}
_RELATIVE = lazy_regex("|".join(_RELATIVE_DAYS), re.I)


# a day of this week or the last (这周一, 上周五, 周三, last Friday): gone by, so a later day this week is last week's
_WEEKDAY = lazy_regex(r"(?<![下两几三四五六\d])(?P<w>这|本|上上个?|大上个?|上个|上)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天1-7])(?![年月日号])"
                      r"|\b(?P<we>last|this past|past|this|on) (?P<de>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# ("on Monday, 30 November", "Fri 27 Nov": the weekday of the date that follows it, not a day of this week)
_WEEKDAY_OF_DATE = lazy_regex(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+"
                              r"(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                              r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.I)
_DAY_NAMES = {**{c: i for i, c in enumerate("一二三四五六")}, "日": 6, "天": 6, **{str(i): i - 1 for i in range(1, 8)},
              **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}}


# 两周前的周一, 三个星期前的周五: a weekday of a week some weeks back
_WEEKS_AGO_DAY = lazy_regex(r"(?P<n>[两二三四五1-5])\s*个?(?:周|星期|礼拜)(?:以)?前的?(?:周|星期|礼拜)(?P<d>[一二三四五六日天1-7])")


def weekday_this_week(today: date, name: str) -> date:
    """The day of today's week (Monday to Sunday) a weekday is named by (三, 周日's 日 or 天, 3, "wednesday")."""
    return today - timedelta(days=today.weekday()) + timedelta(days=_DAY_NAMES[name])


# a day of next week, or tomorrow (合同下周一签, "we'll sign the contract next Monday"): an event planned on it
_NEXT_DAY = lazy_regex(r"(?:下个?|下一个?)(?:周|星期|礼拜)(?P<d>[一二三四五六日天1-7])(?![年月日号])|\bnext (?P<de>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                       r"|(?P<t>明天|明日|\btomorrow\b)|(?P<t2>后天|\bthe day after tomorrow\b)", re.I)


def _next_day(m: re.Match, today: date) -> date:
    """The day a day of next week (or tomorrow) names."""
    if m.group("t"):
        return today + timedelta(days=1)
    if m.group("t2"):
        return today + timedelta(days=2)
    monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
    return monday + timedelta(days=_DAY_NAMES[(m.group("d") or m.group("de")).lower()])


def _weekday(m: re.Match, today: date) -> date | None:
    """The day a weekday names, counted back from today; None for a day of this week still to come."""

    which = (m.group("w") or m.group("we") or "").lower()
    day = today - timedelta(days=today.weekday()) + timedelta(days=_DAY_NAMES[(m.group("d") or m.group("de")).lower()])
    if which in ("上上", "上上个", "大上", "大上个"):   # 上上周三, 大上周三: the week before last
        return day - timedelta(days=14)
    if which in ("上", "上个"):
        return day - timedelta(days=7)
    if which in ("last", "this past", "past"):   # "last Monday", said on a Friday: the Monday just gone (上周一 is the week before's)
        return day if day < today else day - timedelta(days=7)
    if day > today:
        return None if which in ("这", "本", "this") else day - timedelta(days=7)
    return day


_BARE_VERB = lazy_regex(r"\s*(?:都|已经|已|才|刚)?\s*(?P<verb>签|签订|签完|结束|完成|通过)(?:了|完)?")   # a verb with nothing named


# a step said to follow straight on from an event's end (初验完直接终验, 初验完马上申请终验), as the day the event ends
_STRAIGHT_ON = lazy_regex(r"(完|结束|通过|做完)(?:了)?[，,]?\s*(?:就)?(?:直接|马上|立即|立刻|立马)(?=\s*(?:就)?\s*(?:申请|提交|做|搞|办|组织|开|进行|启动|报)?\s*(?:终验|竣工验收|验收|备案|登记))")


# what happens to a thing, said without naming it (备案明天能通过, 上周四被正式受理了)
_HAPPENS = lazy_regex(r"受理|通过|签|完成|结束|出具|批复|批准|备案|登记|提交|递交|开始|启动|验收|上线|下达|出来")
_DENIED_BEFORE = lazy_regex(r"不(?:需要|用|必)|没|未|无需|不去|不走")


def _names_for(before: str, clause: str) -> bool:
    """May the clause before name what this one says happened (可研报告改了N稿，终于在上周四被正式受理了)? It must have no
    day of its own, not deny its event (这个合同不需要去采购中心备案), and this clause must say something happened."""
    return bool(before) and not _DAY_OF_ITS_OWN.search(before) and not _DENIED_BEFORE.search(before) and bool(_HAPPENS.search(clause))


def stated_elapsed(text: str, today: date) -> dict[str, date]:
    """"初验结束才一个月" / "the trial run started two months ago": the day each named event
    happened, counted back from today by the time the question says has passed since it (just under
    for 不到, just over for 多). Clauses that give a calendar date are read by ``stated_events``."""

    from ..time.months import add_months
    from .numbers import small_number

    text = _month_days(_WEEKDAY_OF_DATE.sub("", unicodedata.normalize("NFKC", text)), today)
    # (初验完直接终验, read as 初验一完就终验: the next step taken the day the first ends; 初验一结束就马上 has its 一 already)
    text = _STRAIGHT_ON.sub(lambda m: ("" if m.string[m.start() - 1:m.start()] == "一" else "一") + m.group(1) + "就", text)
    found: dict[str, date] = {}
    prev, vague = "", None
    for clause in _CLAUSE.split(text):
        before, prev = prev, clause
        ahead = _NEXT_DAY.search(clause)
        if ahead and not _WEEKDAY.search(clause) and not _RELATIVE.search(clause):
            # 合同下周一签, "we'll sign the contract next Monday and file it on Dec 18": the event on the day planned (the
            # part of the clause before another day is said, where one is)
            other = _DATE.search(_english_dates(clause), ahead.end())
            part = clause[:other.start()] if other else clause
            key, score = _event(part, ahead.span())
            if (not key or score < 0.6) and _names_for(before, part):
                # (要在市政府采购中心备案，备案明天能通过: the event the clause before names with it)
                key, score = _event(before + part, (len(before) + ahead.start(), len(before) + ahead.end()))
            if key and score >= 0.6 and key not in found:
                found[key] = _next_day(ahead, today)
            continue
        if _DATE.search(_english_dates(clause)):
            continue
        same = (_SAME_DAY.search(clause) or re.search(r"同时", clause)) if found else None
        if same:   # (合同终验今天完成，同一天提交上线安全测试申请; 初验上周五过了，申请函当天交的: the day of the event before)
            key, score = _event(clause[:same.start()] + "@" + clause[same.end():], (same.start(), same.start() + 1))
            if key and score >= 0.6 and key not in found:
                found[key] = list(found.values())[-1]
                continue
        weeks_ago = _WEEKS_AGO_DAY.search(clause)
        if weeks_ago:   # 两周前的周一我们跟承建单位签了合同: that weekday of the week so many weeks back
            key, score = _event(clause, weeks_ago.span())
            n = small_number(weeks_ago.group("n"))
            if key and score >= 0.6 and key not in found and n:
                found[key] = weekday_this_week(today, weeks_ago.group("d")) - timedelta(days=7 * int(n))
            continue
        weekday = _WEEKDAY.search(clause)
        rel = weekday or _RELATIVE.search(clause)
        m = _ELAPSED.search(clause) or _ELAPSED_EN.search(clause)
        planned = _THIS_WEEKDAY.search(clause) if rel is weekday else None
        if planned and (planned.group("de2") or planned.group("de3")):
            continue   # ("we plan to sign on Friday", "on Friday this week": a day to come, read by stated_ahead)
        if rel and (re.match(r"\s*(?:就)?(?:是不是|是否|是)?(?:[^，,。？?]{0,10}?的)?(?:到期|截止|最后一天|最后期限)|\s+(?:is|was) the (?:deadline|last day)", clause[rel.end():], re.I)
                    or re.search(r"\bdue\s*$", clause[:rel.start()], re.I)):
            continue   # (登记是不是今天就到期了: the last day asked of, no event on it)
        if rel and not m:   # 初验上周刚完, the trial run ended yesterday, 合同这周一刚签
            key, score = _event(clause[rel.end():], (0, 1)) if re.search(r"after|as soon", rel.group(0), re.I) \
                else _event(clause, rel.span())   # (right after the initial acceptance: the event follows the words)
            if not key or score < 0.6:   # 备案昨天才通过: the event's words around the day said
                cut = clause[:rel.start()] + re.sub(r"^\s*(?:才|刚刚|刚|就|已经|已)", "", clause[rel.end():])
                key, score = _event(cut, (rel.start(), rel.start() + 1))
            if (not key or score < 0.6) and _names_for(before, clause) and not _DATE.search(before):
                # (可研报告改了N稿，终于在上周四被…正式受理了: the thing the clause before names)
                key, score = _event(before + clause, (len(before) + rel.start(), len(before) + rel.end()))
            day = _weekday(rel, today) if rel is weekday else None
            if rel is not weekday and re.match(r"(?:这个|本)?月初", rel.group(0)) and \
                    re.match(r"\s*(?:才|就)?\s*(?:想起|想到|发现|意识到|知道|听说)", clause[rel.end():]):
                continue   # (这个月初才想起来…还没做: the day something was remembered, no event)
            if key and score >= 0.6 and key not in found and rel.group(0).startswith("当天") and found:
                found[key] = list(found.values())[-1]   # (初验上周二过了，申请函当天就交了: the day of the event before)
                continue
            if key and score >= 0.6 and key not in found and (rel is not weekday or day is not None):
                back = day or next(v for k, v in _RELATIVE_DAYS.items() if re.match(k, clause[rel.start():], re.I))
                found[key] = day or (add_months(today, -1) if back == "month" else today.replace(day=1) if back == "month_start"
                                     else today - timedelta(days=back))   # (月初就签了: the month's first day)
                if back == "month":
                    vague = key   # (上个月初就结束了，到现在差不多40天: the count said after it is the closer)
                # (前天完成合同终验并提了上线安全测试申请: a step joined to the one dated, on the same day)
                for joined in re.split(r"并且|并|同时|随后又|又|and (?:also |then )?(?=\w+ed\b)", clause[rel.end():])[1:]:
                    other, sure = _event(joined)
                    if other and sure >= 0.6 and other not in found:
                        found[other] = found[key]
            continue
        if m and re.match(r"\s*(after|following|later)\b", clause[m.end():], re.I) \
                and not re.search(r"\b(has|have) been\b[^,;]{0,40}\bfor\s*$", clause[:m.start()], re.I):   # ("has been in trial operation for 4 months after completion": gone by)
            continue   # ("just one month after the preliminary acceptance": a time after an event proposed, not gone by)
        if m and re.search(r"\b(?:of|lasting|last|run for|running for)\s+(?:just|only|about|around|roughly)?\s*$", clause[:m.start()], re.I) \
                and re.search(r"\b(?:plan|planning|want|intend|going to|will|would like|propose|thinking of)\b", clause, re.I):
            continue   # ("we plan a trial run of just two weeks": a length planned, not gone by)
        to_now = bool(vague and m and re.match(r"\s*(到现在|至今|到今天|现在)", clause))
        if not m or not (to_now or m.group("less") or _PASSED_BEFORE.search(clause[:m.start()])
                         or _PASSED_AFTER.search(clause[m.end():])
                         or _DONE_BEFORE.search(clause[:m.start()]) and not _RULE_AFTER.match(clause[m.end():])):
            continue
        key, score = _event(clause, m.span())
        bare = _BARE_VERB.match(clause)
        if (not key or score < 0.6) and before and bare:
            # 合同没走采购中心备案，签了快两周了: the thing done is named in the clause before (签 the contract, not its filing)
            verb = bare.group("verb")[0]
            named = [k for k, (zh, _) in ALL_EVENTS.items() if verb in zh and (thing := zh.split(verb)[0]) and thing in before]
            key, score = (named[0], 1.0) if len(named) == 1 else (None, 0.0)
        if (not key or score < 0.6) and to_now:
            key, score = vague, 1.0
            found.pop(vague, None)
        if not key or score < 0.6 or key in found:
            continue
        n = small_number(m.group("n"))
        if n is None:
            continue
        unit = {"working day": "工作日", "business day": "工作日"}.get(m.group("u").lower(), m.group("u").lower())
        half = bool(m.groupdict().get("half")) or "half" in (m.group("more") or "")
        months = {"月": 1, "month": 1, "年": 12, "year": 12}.get(unit)
        if unit == "工作日":   # 合同签了15个工作日: counted back by the calendar's working days
            from ..time.workdays import workdays_before

            day = workdays_before(today, int(n))
        elif months:
            whole = int(n * months)
            day = add_months(today, -whole)
            if half or n * months != whole:
                day -= timedelta(days=15)
        else:
            days = {"周": 7, "星期": 7, "礼拜": 7, "week": 7}.get(unit, 1) * n
            day = today - timedelta(days=round(days))
        if m.group("less"):
            day += timedelta(days=1)
        elif (m.group("more") or m.groupdict().get("more0")) and not half:
            day -= timedelta(days=1)
        found[key] = day
    return found


def opening_dates(jurisdiction, events: dict[str, date]) -> list:
    """The days from which a step may be taken ("满3个月后申请终验") that these events start; and,
    for such a step counted from an event the question does not give but that must come on or after
    one it gives (初验 after the end of the trial run), the earliest that day can be, marked with
    ``lower_bound`` = the event it was counted from."""
    from ..time.deadlines import DeadlineError, compute, load_rules

    try:
        rs = load_rules(jurisdiction) if isinstance(jurisdiction, str) else jurisdiction
        items = compute(jurisdiction, events)
    except (DeadlineError, ValueError, OSError):
        return []
    out = [d for d in items if d.trigger in events and d.kind == "opens"]
    for rule in rs.rules:
        if rule.kind != "opens" or getattr(rule, "schedule", "") != "after" or set(rule.trigger) & set(events):
            continue
        for later in rule.trigger:
            earlier = [e for e in events if later in rs.later.get(e, ())]
            if not earlier:
                continue
            since = max(events[e] for e in earlier)   # the event it waits for comes no sooner
            try:
                found = [d for d in compute(jurisdiction, {later: since}) if d.key == rule.key]
            except (DeadlineError, ValueError):
                continue
            for d in found[:1]:
                d.lower_bound = max(earlier, key=events.__getitem__)
                out.append(d)
            break
    return out


_QUARTER_NO = {"一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_PERIOD = lazy_regex(r"(?P<y6>20\d\d)\s*年\s*(?P<m1>1|4|7|10|一|四|七|十)\s*(?:月)?\s*(?:-|~|—|–|到|至)\s*(?P<m2>3|6|9|12|三|六|九|十二)\s*月"   # 2026年1-3月: a quarter as its months
                     r"|(?P<y>20\d\d)\s*年?(?:度)?\s*(?:的)?\s*(?:第\s*)?(?:(?P<q>[一二三四1-4])\s*季度?)?"
                     r"|(?:第\s*)?(?P<q2>[一二三四1-4])\s*季度?(?=[^年]{0,6}(?P<y2>20\d\d))"
                     r"|(?<![A-Za-z0-9])Q(?P<q3>[1-4])\s*(?P<y3>20\d\d)(?!\d)|(?<!\d)(?P<y4>20\d\d)\s*(?:年)?\s*(?:的)?\s*Q(?P<q4>[1-4])(?!\d)"
                     r"|\b(?P<q5>first|second|third|fourth)[\s-]quarter (?:of )?(?P<y5>20\d\d)\b", re.I)
_MONTH_QUARTER = {"1": 1, "一": 1, "4": 2, "四": 2, "7": 3, "七": 3, "10": 4, "十": 4}
_EN_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_BARE_QUARTER = lazy_regex(r"(?:第\s*|(?<![\d一二三四五六七八九十]))([一二三四1-4])\s*季度|(?<![A-Za-z0-9])Q([1-4])(?!\d)")


_SENTENCES = lazy_regex(r"[。！？!?；;]|\.(?=\s)")
# a relative year said of a month after it (明年一月底, 明年1月, next year in January), not of the period a filing is for
YEAR_OF_A_MONTH = lazy_regex(r"(明年|来年|今年|去年)\s*的?\s*(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月"
                              r"|\b(next|this|last) year in (January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)
_RELATIVE_YEAR = [(lazy_regex(r"今年|本年度|本年|this year|current year", re.I), 0),
                  (lazy_regex(r"明年|下一年度|next year", re.I), 1), (lazy_regex(r"去年|上一年度|last year", re.I), -1)]


def named_periods(text: str, today: date | None = None) -> list[tuple[int, int | None]]:
    """Every quarter a question names for a recurring filing ("the Q4 2025 report? And the Q1 2026
    one?"), or else the one period ``named_period`` reads."""
    norm = unicodedata.normalize("NFKC", text)
    if _DATE.search(_english_dates(norm)):
        return []
    quarters = []
    for m in _PERIOD.finditer(norm):
        year = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or m.group("y6")
        q = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")
        quarter = _QUARTER_NO.get(q) if q else _EN_QUARTER.get((m.group("q5") or "").lower()) or _MONTH_QUARTER.get(m.group("m1") or "")
        if year and quarter and (int(year), quarter) not in quarters:
            quarters.append((int(year), quarter))
    if quarters:   # 2026年一季度和二季度: a quarter named after a dated one is of the same year
        for m in _BARE_QUARTER.finditer(norm):
            q = _QUARTER_NO.get(m.group(1) or m.group(2))
            if q and not any(q == known for _, known in quarters):
                quarters.append((quarters[-1][0], q))
    if len(quarters) > 1:
        return quarters
    one = named_period(text, today)
    return [one] if one else []


def without_days(text: str) -> str:
    """The question with its days of the month taken out and its years kept (2026年4月5号 -> 2026年):
    a day said of a recurring filing's due date is no period of its own."""
    text = _english_dates(unicodedata.normalize("NFKC", text))
    text = re.sub(r"(20\d\d)-\d{1,2}-\d{1,2}", r"\1年 ", text)
    return re.sub(r"(?:(?:明年|来年|去年|今年)\s*的?\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]", " ", text)   # (明年1月10号: the year is the day's)


_NEXT_QUARTERLY = lazy_regex(r"(下一次|下次|下一个|下个|下一期)[^，,。？?]{0,6}(季度|季报)|\bnext\b[^.?]{0,80}\b(quarterly|quarter's)\b", re.I)


# a calendar day said (4月20号, July 15): the quarter a question names is then that day's, not today's (10到12月 names none)
_ANY_MONTH = lazy_regex(r"\d+\s*月\s*\d+|[一二三四五六七八九十]+月[一二三四五六七八九十]+[日号]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
# (not 上季度, "last quarter": said mostly of a day proposed in the next one, 上季度的季报4月20号再报, which the days read)
_THIS_QUARTER = lazy_regex(r"(?:这个|这一?|本|当)季度?(?!度?报)|\b(?:this|the current) quarter\b", re.I)


def named_period(text: str, today: date | None = None) -> tuple[int, int | None] | None:
    """"2026年三季度的质量季报" → (2026, 3); "2027年度的计划" → (2027, None); "Q1 2026" → (2026, 1):
    the period a recurring filing is for, when the question names one and gives no calendar date."""
    text = unicodedata.normalize("NFKC", text)
    if _DATE.search(_english_dates(text)):
        return None
    found = []
    for m in _PERIOD.finditer(text):
        year = m.group("y") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or m.group("y6")
        q = m.group("q") or m.group("q2") or m.group("q3") or m.group("q4")
        quarter = _QUARTER_NO.get(q) if q else _EN_QUARTER.get((m.group("q5") or "").lower()) or _MONTH_QUARTER.get(m.group("m1") or "")
        if year:
            found.append((int(year), quarter))
    if any(q for _, q in found):   # 2026年8月做完的登记，第三季度的季报: the quarter named is the period
        return next(f for f in found if f[1])
    bare = _BARE_QUARTER.search(text)
    if bare:   # 第三季度的季报 with no year: the year named elsewhere (去年, 2026), or this year's
        from ..time.workdays import china_today

        # (the relative year said in the quarter's own sentence: "registration was done last year. We
        # uploaded the Q1 report on 3 April" is this year's Q1)
        sentence = _SENTENCES.split(text[:bare.start()])[-1] + _SENTENCES.split(text[bare.start():], maxsplit=1)[0]
        sentence = YEAR_OF_A_MONTH.sub(" ", sentence)   # (四季度的季报打算明年一月底再报: 明年 is the month's, not the quarter's)
        shift = next((s for pattern, s in _RELATIVE_YEAR if pattern.search(sentence)), 0)
        year = found[0][0] if found else (today or china_today()).year + shift
        return year, _QUARTER_NO.get(bare.group(1) or bare.group(2))
    if found:
        return found[0]
    if _THIS_QUARTER.search(text) and not _ANY_MONTH.search(text):
        # 这个季度的季报, "this quarter's report": the quarter of today
        from ..time.workdays import china_today

        now = today or china_today()
        return now.year, (now.month - 1) // 3 + 1
    if _NEXT_QUARTERLY.search(text):
        # 下一次季度质量数据报送最晚哪天, "the next deadline to upload the quality quarterly report": the quarter whose report
        # falls due next (this quarter's, unless the last one's is still due in this quarter's first days)
        from ..time.workdays import china_today

        now = today or china_today()
        quarter = (now.month - 1) // 3 + 1
        if now.month in (1, 4, 7, 10) and now.day <= 5:
            return (now.year, quarter - 1) if quarter > 1 else (now.year - 1, 4)
        return now.year, quarter
    for pattern, shift in _RELATIVE_YEAR:   # 今年的绩效评价报告
        if pattern.search(text):
            from ..time.workdays import china_today

            return (today or china_today()).year + shift, None
    return None


def periodic_dates(jurisdiction, period: tuple[int, int | None], articles: set[str]) -> list:
    """The due dates of the recurring filings (每季度首月5日前, 每年9月30日前) for the period named,
    those citing ``articles``: a quarter's report, or a year's plan or evaluation. The period is
    matched against the filing's own title ("2026年第3季度", "Q3 2026", "2027年度")."""
    from ..time.deadlines import DeadlineError, compute, load_rules

    year, quarter = period
    try:
        rules = (load_rules(jurisdiction) if isinstance(jurisdiction, str) else jurisdiction).rules
        opened = {e for r in rules for e in getattr(r, "during_from", ())}
        early = date(year - 2, 1, 1)
        items = compute(jurisdiction, {e: early for e in opened}, start=date(year - 1, 1, 1), until=date(year + 1, 12, 31))
    except (DeadlineError, ValueError, OSError):
        return []
    names = [f"{year}年第{quarter}季度", f"Q{quarter} {year}"] if quarter else [f"{year}年度", f"{year} "]
    recurring = [d for d in items if d.trigger is None and {c["article"] for c in d.citations} & articles]
    out = [d for d in recurring if any(n in d.title or n in d.title_en for n in names)]
    for d in out:   # the project here is a supposed one: the window its made-up start opened says nothing
        d.without_window(early)
    return out


# a step put off by some time (质量监督登记想拖一个月再办, 推迟两周再报, wait a month before filing)
_DELAY = lazy_regex(r"(?:拖|推迟|推后|推(?=到)|往后推|延后|延迟|晚|缓|等|过|放|压|搁|隔|打算|准备|想|计划|拟)(?:上|到|在)?(?P<n>\d+|[一二两三四五六七八九十半]+)\s*(?:多)?(?:个)?(?:多)?(?P<u>工作日|月|周|星期|礼拜|天|日)"
                    r"(?:左右)?(?:(?:以后|之后|后)[^，,。？?]{0,6}?)?(?:再|才)"   # 拖到一个月后开工再办
                    r"|(?:postpone|delay|put off|push back|wait|leave|hold off|hold)\w*\b.{0,60}?\b(?:by |for |until |till )?(?P<n2>\d+|an?|one|two|three|four|five|six)"
                    r" (?P<u2>working day|business day|month|week|day)s?"
                    # "do the registration two weeks after signing": a step proposed some time after its event
                    r"|\b(?P<n3>\d+|an?|one|two|three|four|five|six)\s+(?P<u3>working day|business day|month|week|day)s?\s+later\b"
                    # 合同签完两周后再做登记: a step proposed some time after an event just done
                    r"|(?:完|了|好)\s*(?P<n4>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u4>月|周|星期|礼拜|天|日)(?:左右)?(?:(?:以后|之后|后)(?:再|才)|再)(?!能|可以)"
                    # 想先开工，两周后再做质量监督登记; "… do the registration in about two weeks": some time from now
                    # (质量监督登记我想等手头忙完 大概两周后再去登, 计划任务书两个月后再上平台备案: after a hedge or the step's own
                    # name, still from now; not after an event's verb, 签完两周后再, 开工两周后再, 上线三个月后再, which counts from it)
                    r"|(?:^|[，,。；;]\s*|(?<=[\u4e00-\u9fff\s])(?<![完了好签束过满订成工线动]))(?:然后|之后)?(?P<n5>\d+|[一二两三四五六七八九十半]+)\s*(?:多)?(?:个)?(?:多)?(?P<u5>工作日|月|周|星期|礼拜|天|日)(?:左右)?(?:以后|之后|后)(?:再|才)"
                    r"|\bin (?:about|around|roughly|some) (?P<n6>\d+|an?|one|two|three|four|five|six) (?P<u6>working day|business day|month|week|day)s?\b"
                    # "like two months from now"
                    r"|\b(?P<n10>\d+|an?|one|two|three|four|five|six) (?P<u10>working day|business day|month|week|day)s? from (?:now|today)\b", re.I)


_BRACKETED_SPAN = lazy_regex(r"(?:\d+|[一二两三四五六七八九十半几]+)\s*(?:多)?个?(?:多)?(?:工作日|天|日|周|星期|礼拜|月)(?:左右)?[(（](?:大概|大约|约|差不多|也就是|即)?\s*(\d+\s*个?(?:工作日|天|日|周|月))[)）]")


_HALF = lazy_regex(r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*个半月|(?P<h>半个月|半月)|(?P<y>\d+|[一二两三四五六七八九十]+)\s*年半")


def _halves(text: str) -> str:
    """一个半月 -> 45天, 半个月 -> 15天, 一年半 -> 18个月: a half said as a whole number of a smaller unit."""
    from .numbers import small_number

    def whole(m: re.Match) -> str:
        if m.group("h"):
            return "15天"
        if m.group("n"):
            n = small_number(m.group("n"))
            return f"{int(n * 30 + 15)}天" if n else m.group(0)
        n = small_number(m.group("y"))
        return f"{int(n * 12 + 6)}个月" if n else m.group(0)
    return _HALF.sub(whole, text)


# 拖到明年3月, 放到明年1月中旬: a month of next year a step is put off to
_NEXT_YEARS_MONTH = lazy_regex(r"(?:拖|推|推迟|推后|延后|延迟|放|留|等)到?\s*(?:明年|来年)\s*的?\s*(?P<m>\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月\s*份?\s*(?P<part>上旬|中旬|下旬|初|中|底|末)?")


def stated_delay(text: str, today: date) -> date | None:
    """The day a step is proposed for when the question puts it off by some time from now
    (想拖一个月再办 -> a month from today); None when it proposes no delay."""
    from .numbers import small_number

    # (过两个多月（大概45个工作日）再上缴: the time said more closely in brackets is the one taken)
    m = _DELAY.search(_BRACKETED_SPAN.sub(r"\1", _halves(unicodedata.normalize("NFKC", text))))
    if not m:   # 拖到下个月再办, put it off until next month: the day said relative to today
        # (拖到下个月底: the month's end, not its start; 拖到明年3月: that month's first day, at the earliest)
        month = _NEXT_YEARS_MONTH.search(text) if _PUT_OFF_TO.search(text) else None
        if month:
            n = small_number(month.group("m"))
            part = {"中旬": 11, "中": 11, "下旬": 21, "底": 21, "末": 21}.get(month.group("part") or "", 1)
            return date(today.year + 1, int(n), part) if n and 1 <= n <= 12 else None
        return stated_period_end(text, today) or (stated_next(text, today) if _PUT_OFF_TO.search(text) else None)
    n = small_number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6") or m.group("n10"))
    if not n:
        return None
    unit = (m.group("u") or m.group("u2") or m.group("u3") or m.group("u4") or m.group("u5") or m.group("u6") or m.group("u10")).lower()
    return after_offset(today, (n, _UNIT_NAMES.get(unit, unit)))



# "do the initial acceptance …, and then send in the final application one month later": some time after the step before "then"
_THEN_LATER = r"\bthen\b[^.?;]{0,80}?\b(?P<n10>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u10>working day|business day|month|week|day)s?\s+later\b"
_BEFORE_THEN_LATER = lazy_regex(r"^(?P<before>.*)" + _THEN_LATER, re.I | re.S)


def before_then_later(text: str) -> str | None:
    """What a question says before "then … N months later" (the step the time is counted from), or None."""
    m = _BEFORE_THEN_LATER.search(text)
    return m.group("before") if m else None


# a step proposed some time after its event, counted from the event (第8个工作日再去登记, 合同签了45天了再去备案,
# 签完两周后再办): (number, unit)
_OFFSET = lazy_regex(r"第\s*(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?P<u>工作日|天|日|周|星期|月)(?:左右)?\s*(?:我们|咱们)?(?:自己|自行)?(?:的时候|那天|才|再|去|就|报|交|提交|办|做|备案|登记|申请|组织|召开|进行|启动|开展|上传|验收)"
                     r"|(?:签订|签|完|结束|通过|做|办|交|报|出具|出来)(?:了|完|好)?(?:合同|协议)?(?:以后|之后|后)?\s*(?P<n2>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u2>工作日|天|日|周|星期|礼拜|月)(?:左右)?\s*了?\s*(?:以后|之后|后)?\s*(?:再|才)(?!能|可以)"
                     # 试运行结束20天组织初验: the step named right after the time is taken then
                     r"|(?:结束|完成|通过|签完|签订|(?<=[验审评测])完|(?<=初验|终验|验收|评审)(?=以后|之后|后))(?:以后|之后|后)?\s*(?:过了?)?\s*(?P<n5>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u5>工作日|天|日|周|星期|礼拜|月)(?:左右)?\s*(?:以后|之后|后)?\s*(?:我们|咱们)?(?:就|去|才)?(?:去)?(?:想|打算|准备)?(?:就|去)?(?=组织|申请|提交|召开|启动|开展|进行|做|办|报|交)"
                     r"|\b(?:on|around|by|at|about) the (?P<n3>\d+)(?:st|nd|rd|th) (?P<u3>working day|day)\b"
                     # 试运行完了以后，我们隔了45天才组织初验: the interval after the event
                     # 试运行结束都40天了才开始组织初验, 初验才过去一个月，现在就交终验申请: the time gone since the event
                     r"|(?:结束|完成|通过|签完|签订|(?<=[验审评测])完|(?<=初验|终验|验收|评审))(?:以后|之后|后)?\s*(?:都|已经|已|才|刚)\s*(?:过去|过了|过)?了?\s*(?P<n8>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u8>工作日|天|日|周|星期|礼拜|月)(?:左右)?\s*了?\s*[，,]?\s*(?:现在|今天|这才|我们|咱们)?\s*(?:才|就|再)"
                     # 任务书打算两个月内在平台上备案: a time limit of the plan's own, its last day the day taken
                     r"|(?:打算|准备|计划|想|争取)\s*(?:在)?(?P<n9>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u9>工作日|天|日|周|星期|礼拜|月)\s*(?:以内|之内|内)(?=[^，,。？?]{0,12}(?:备案|登记|提交|报送|上报|报|交|上传))"
                     r"|隔了?\s*(?P<n7>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?P<u7>工作日|天|日|周|星期|礼拜|月)(?:左右)?\s*(?:才|再)"
                     # "file it 7 working days after signing", "two weeks after the trial run ends": counted from the event
                     r"|\b(?P<n6>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u6>working day|business day|month|week|day)s?\s+(?:after|following)\b"
                     # "do the initial acceptance …, and then send in the final application one month later": after the step before
                     r"|" + _THEN_LATER +
                     # 签完合同，计划任务书两个月以后再去备案: the step some time on, in a clause after its event's
                     r"|(?:签|完|结束|通过)[^，,。？?]{0,6}[，,][^，,。？?\d]{0,12}?(?<![第满过了])(?P<n4>[一二两三四五六七八九十半]+|\d+)\s*(?:个)?(?P<u4>工作日|月|周|星期|礼拜|天)"
                     r"(?:左右)?(?:以后|之后)?再(?:去|来)?(?=报|交|备案|登记|提交|申请|上缴|缴|办|做|上传|去)", re.I)   # (先开工干两个月再去办登记)


def stated_offset(text: str) -> tuple[float, str] | None:
    """How long after its event a question proposes to take a step (第8个工作日再去做登记 -> (8, "工作日"));
    None when it proposes no such time."""
    from .numbers import small_number

    m = _OFFSET.search(_halves(unicodedata.normalize("NFKC", text)))
    if not m:
        return None
    n = small_number(next(m.group(g) for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10") if m.group(g)))
    unit = next(m.group(g) for g in ("u", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10") if m.group(g)).lower()
    return (n, _UNIT_NAMES.get(unit, unit)) if n else None


# the units a time is said in, named as ``after_offset`` takes them
_UNIT_NAMES = {"working day": "工作日", "business day": "工作日", "day": "天", "日": "天", "星期": "周", "礼拜": "周", "week": "周", "month": "月"}


def after_offset(day: date, offset: tuple[float, str]) -> date:
    """The day ``offset`` after ``day``: working days by the Chinese calendar, months by the calendar month."""

    from ..time.months import add_months
    from ..time.workdays import add_workdays

    n, unit = offset
    if unit == "工作日":
        return add_workdays(day, int(n)).due
    if unit == "月":
        return add_months(day, int(n)) + timedelta(days=15 if n != int(n) else 0)
    return day + timedelta(days=int(n * (7 if unit == "周" else 1)))


_PUT_OFF_TO = lazy_regex(r"(拖|推(?=到)|推迟|推后|延后|延迟|放|留|等)(到)?(下个月|下月|下周|下星期|下礼拜|明年|来年|下个?季度)"
                         r"|(下个月|下月|(下周|下星期|下礼拜)[一二三四五六日天]?|明年|来年|下个?季度)\s*(再|才)\s*(去|来)?([\u4e00-\u9fff]{1,4}?)?(办|报|交|登记|备案|提交|申请|上传|上报|报送|送|做|弄|搞|补)"
                         r"|(下周|下星期|下礼拜)[一二三四五六日天]?\s*(去|来)?补(上|齐|交|报)|(put off|postpone|delay|push back|wait|hold off)\w*\b.{0,90}?\b(until |till |to )?next (month|week|year|quarter)"
                         r"|\b(file|submit|send|register|report|do|hand|upload)\w*\b.{0,60}?\bnext (week|month|quarter|year)\b", re.I)


# 打算月底统一报备, 等到年底一起交, "at the end of the month": a step proposed for the end of this month or year
# (or of the next), with no month number (10月底 is a month said, read by ``month_spans``)
_PERIOD_END = lazy_regex(r"(?:想|打算|准备|计划|拟|等到?|拖到?|推到|放到?|留到?|攒到?|到|在)\s*(?P<when>(?:这个|本|今|下个?)?(?:月|年)(?:底|末))(?!\s*(?:前|之前|以前))"
                         r"|(?<![\d月])(?P<when2>(?:这个|本|今|下个?)?(?:月|年)(?:底|末))(?:的时候)?\s*(?:再|才|统一|一起|一并|集中)"
                         r"|\b(?:at|by|until|till|wait (?:until|till)) the end of (?P<when3>(?:the|this|next) (?:month|year))\b", re.I)


_A_TIME = lazy_regex(r"(?:\d+|[一二两三四五六七八九十半]+)\s*(?:多)?个?(?:多)?(?:工作日|天|周|星期|礼拜|月)(?!底|末)")
_EVERY_PERIOD = lazy_regex(r"每(?:个)?(?:年|月|季度?)|\b(?:every|each) (?:year|month|quarter)\b", re.I)


def stated_period_end(text: str, today: date) -> date | None:
    """The day a question proposes a step for when it says the end of this (or next) month or year:
    its last day; None when it says none, or that day is not after today."""
    from calendar import monthrange

    from ..time.months import add_months

    m = _PERIOD_END.search(unicodedata.normalize("NFKC", text))
    if not m or _EVERY_PERIOD.search(text) or _A_TIME.search(_halves(text)):
        # 每年年底前报送: the text's own yearly day, not a proposal; 试运行到月底才满两个半月: the month's end is where a time
        # since the event is measured, not a day counted from today
        return None
    when = (m.group("when") or m.group("when2") or m.group("when3")).lower()
    nxt = when.startswith("下") or when.startswith("next")
    if "年" in when or "year" in when:
        day = date(today.year + nxt, 12, 31)
    else:
        first = add_months(today.replace(day=1), 1) if nxt else today.replace(day=1)
        day = first.replace(day=monthrange(first.year, first.month)[1])
    return day if day > today else None


# a step proposed for a day said relative to today (下个月就把终验申请提上去, next week)
_NEXT = {"下个月|下月|next month": "month", "下下周|下下星期|下下礼拜|下下个星期|下下个礼拜|the week after next": 14, "下周|下星期|下礼拜|next week": 7, "明天|tomorrow": 1, "后天": 2,
         "明年|来年|next year": "year", "下个季度|下季度|next quarter": "quarter"}   # 拖到明年再上缴: the first day of next year at the earliest
_NEXT_RE = lazy_regex("|".join(_NEXT), re.I)


_EN_NEXT_WEEKDAY = lazy_regex(r"\bnext (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# "if we do it on Monday", "can we file by Wednesday": a weekday a step is proposed for, the coming one
_EN_COMING_WEEKDAY = lazy_regex(r"\b(?:if we|if i|we'll|we will|we plan|we're planning|planning to|going to|can we|could we|shall we|should we|"
                                r"want to|intend to|we'd|we would)\b[^.?!;]{0,70}?\b(?:on|by|this coming|coming|before) "
                                r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                                r"(?![^.?!;]{0,24}\b(?:same|that) week\b)", re.I)   # (not "on Thursday the same week": of the week told)


def stated_next(text: str, today: date) -> date | None:
    """The day a question proposes a step for when it says it relative to today; None if it says none."""

    from ..time.months import add_months

    wd = _EN_NEXT_WEEKDAY.search(text)
    if wd:   # "next Thursday": that day of next week
        return today + timedelta(days=7 - today.weekday() + _DAY_NAMES[wd.group(1).lower()])
    wd = _EN_COMING_WEEKDAY.search(text)
    if wd:   # "if we do it on Monday": the first such day after today
        return today + timedelta(days=(_DAY_NAMES[wd.group(1).lower()] - today.weekday() - 1) % 7 + 1)
    m = _NEXT_RE.search(text)
    this = _THIS_WEEKDAY.search(text) if not m else None
    if this and (ahead := weekday_this_week(today, _weekday_named(this))) > today:
        return ahead   # 本周五再报: the day of this week still to come
    if not m:
        return None
    step = next(v for k, v in _NEXT.items() if re.fullmatch(k, m.group(0), re.I))
    day = re.match(r"[一二三四五六日天]", text[m.end():]) if m.group(0).startswith("下") and step in (7, 14) else None
    if day:   # 下周一再去登记: that day of next week (下下周一: of the week after)
        return today + timedelta(days=step - today.weekday() + "一二三四五六日".index(day.group(0).replace("天", "日")))
    if step == "year":
        return date(today.year + 1, 1, 1)
    if step == "quarter":   # the first day of the next quarter
        return add_months(today.replace(day=1), 3 - (today.month - 1) % 3)
    return add_months(today, 1) if step == "month" else today + timedelta(days=step)


# a day of this week still to come (合同本周三签, "we're signing this Wednesday", "this coming Thursday")
_THIS_WEEKDAY = lazy_regex(r"(?:这个?|本)(?:周|星期|礼拜)(?P<d>[一二三四五六日天1-7])(?![年月日号])"
                           r"|\bthis (?:coming )?(?P<de>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                           # ("on Friday this week", "we'll sign it on Friday": a day of this week planned)
                           r"|\b(?P<de2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?this week\b"
                           r"|\b(?:plan(?:s|ning)? to|will|'ll|going to|are to|intend to)\b[^.?!;]{0,50}?\bon (?P<de3>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday_named(m: re.Match) -> str:
    """The weekday a match of ``_THIS_WEEKDAY`` names (三, "friday"), as ``weekday_this_week`` takes it."""
    return (m.group("d") or m.group("de") or m.group("de2") or m.group("de3")).lower()


def stated_ahead(text: str, today: date) -> dict[str, date]:
    """{event: day} for an event a question dates on one exact day still to come, said relative to today
    (下周一跟承建商签合同, 明天签合同, 本周三签, "we sign next Monday"); {} when it names none, or only a span (下周, 下个月)."""
    norm = unicodedata.normalize("NFKC", text)
    this = _THIS_WEEKDAY.search(norm)
    if this is not None and not _EN_NEXT_WEEKDAY.search(norm) and not _NEXT_RE.search(norm):
        day = weekday_this_week(today, _weekday_named(this))
        if this.group("de3") and day <= today:
            day += timedelta(days=7)   # ("we'll sign on Monday", said on a Monday or later: the coming one)
        if day <= today:
            return {}   # (本周一签的, said on a Wednesday: a day gone by, read as elapsed)
        at = this.start("de3") if this.group("de3") else this.start()
        begin, stop = _clause_around(norm, at, this.end())
        key, score = _event(norm[begin:at] + "@" + norm[this.end():stop], (at - begin, at - begin + 1))
        return {key: day} if key and score >= 0.6 else {}
    m = _EN_NEXT_WEEKDAY.search(norm)
    if m is None:
        m = _NEXT_RE.search(norm)
        if m is None:
            return {}
        step = next(v for k, v in _NEXT.items() if re.fullmatch(k, m.group(0), re.I))
        weekday = re.match(r"[一二三四五六日天]", norm[m.end():]) if m.group(0).startswith("下") and step in (7, 14) else None
        if step not in (1, 2) and not weekday:
            return {}
        end = m.end() + (1 if weekday else 0)
    else:
        end = m.end()
    day = stated_next(norm, today)
    if day is None or day <= today:
        return {}
    begin, stop = _clause_around(norm, m.start(), end)
    key, score = _event(norm[begin:m.start()] + "@" + norm[end:stop], (m.start() - begin, m.start() - begin + 1))
    return {key: day} if key and score >= 0.6 else {}


# 7月1日就递交终验申请，符合规定吗 / 终验申请能不能在7月1日提交 / 想7月1日提交: a day proposed for a step,
# not a day it was done
# ("… deadline for next year's project plan": plan the noun names a document, not a day proposed)
_PROPOSES = lazy_regex(r"想|打算|准备|计划|拟|要在|\bplan(?:s|ned|ning)?\s+(?:to|on|for)\b|\b(?:we|i|they|we're|i'm)\s+plan|\bthe plan is\b|want|intend|going to|propose|\bthinking (of|about)\b|\bconsidering\b|\b(would|'d|’d) like to\b|\bhop(e|ing) to\b|\baim(ing)? to\b|\bschedul(?:e|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:for|on)\b|\bschedul(?:e|ing)\s+(?:it|them)\b"
                       r"|(\d+\s*[月./-]\s*(\d+\s*[日号]?|初|中|底|末|上旬|中旬|下旬))\s*(就|能|可以|再|才)?(去|向[^，,。？?]{1,10}?)?(递交|提交|申请|报|交|办|做|开|组织|进行|启动|召开|开展)(?![了过完的])"   # (7月初就向区政府办提交)
                       r"|(能不能|能否|可不可以|可否|是否可以|可以|能)(在|于)\s*\d+\s*[月./-]\s*\d+"
                       r"|\b(?:can|could|may) (?:we|i) (?:still )?(?:submit|file|send|do|hold|apply|upload|register|lodge|hand)\b"   # ("can we still submit it … in mid Oct")
                       # ("… held the completion acceptance on 2026-11-05. Was that allowed?": the day a step was taken, asked of)
                       r"|\b(?:was|is) (?:that|this|it) (?:allowed|ok|okay|fine|permitted|compliant|acceptable|in order)\b|\bdid (?:we|i) (?:comply|do it right)\b"
                       # (他们说下周三再组织验收组: a day to come, said with the step then taken)
                       # (not 下周, 下个月: a span, read against the last day elsewhere)
                       r"|((?:下下?|这|本)(个)?(周|星期|礼拜)[一二三四五六日天1-7]|明天|后天)\s*(就|再|才)\s*(去|来)?(递交|提交|申请|报|交|办|做|开|组织|进行|启动|召开|开展|搞)"
                       # (试运行10月15号开始，下周能搞竣工验收吗: a week to come, asked whether the step may be taken in it)
                       r"|下下?(个)?(周|星期|礼拜)(?![一二三四五六日天1-7])\s*(就)?(能|可以|能不能|可不可以|能否)\s*(去|来)?(搞|做|办|组织|开|申请|进行|召开|开展|提交|报|交)", re.I)


def proposes_day(text: str) -> bool:
    """Does the question propose a day for a step (so that of two dates it gives, the later is that day)?"""
    return bool(_PROPOSES.search(unicodedata.normalize("NFKC", text)))


# a month said without its day, or a part of it: 10月, 5月份, 3月上旬, 6月底; early March, mid-May, in October
_PARTS = {"初": (1, 10), "上旬": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, 31), "底": (21, 31), "末": (21, 31),
          "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20), "middle of": (11, 20),
          "late": (21, 31), "end of": (21, 31)}
# (明年1月: the year said relative to this one; 推到12月中旬: 到 of a step put off, not of a range)
_MONTH_ZH = lazy_regex(r"(?:(?P<y>\d{4})\s*年\s*|(?P<rel>明年|来年|今年|去年)\s*的?\s*)?(?<![\d.~\-至])(?<![月日号份旬底初末天\d]到)(?P<m>1[0-2]|0?[1-9]|(?<![一二三四五六七八九十几第每上下这本个两])(?:十[一二]|十|[一二三四五六七八九]))\s*月\s*份?\s*的?\s*(?P<part>上旬|中旬|下旬|初|中|底|末)?"
                       r"(?![\d日号])(?!\s*(?:后|以后|之后|内|以内|之内|以上|以下|起|\d))")
_CN_MONTHS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}   # (十月中旬)
_MONTH_EN = lazy_regex(r"\b(?:(?P<part>early|mid|late|beginning of|start of|middle of|end of)[\s-]+(?:of\s+)?|(?:in|by|around|during|until|till|since)\s+)"
                       r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
                       r"(?:,?\s*(?P<y>\d{4})|\s+(?:of\s+)?(?P<rel>next year|this year|last year))?(?!\s*\d)")


def _span(year: int, month: int, part: str | None) -> tuple[date, date]:
    from calendar import monthrange

    first, last = _PARTS.get((part or "").lower(), (1, 31))
    end = monthrange(year, month)[1]
    return date(year, month, first), date(year, month, min(last, end))


def _clause_around(norm: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends."""
    begin = max((m.end() for m in _CLAUSE.finditer(norm, 0, start)), default=0)
    stop = next((m.start() for m in _CLAUSE.finditer(norm, end)), len(norm))
    return begin, stop


def proposed_spans(text: str, spans: list[tuple[date, date, int, int]]) -> list[tuple[date, date, int, int]]:
    """Of the days a question names (``stated_spans``), the one in the clause that proposes it when it
    names several (打算10月中旬再报，9月底实在来不及: the 9月底 is the day it cannot meet, not the one proposed)."""
    if len(spans) < 2:
        return spans
    norm = _english_dates(unicodedata.normalize("NFKC", text))
    clauses = [norm[slice(*_clause_around(norm, s[2], s[3]))] for s in spans]
    proposing = [s for s, c in zip(spans, clauses, strict=True)
                 if _PROPOSES.search(c) and not re.search(r"来不及|赶不上|赶不及|不行|can't|cannot", c)]
    if len(proposing) == 1:
        return proposing
    # 国庆放假没来得及，我们10月9号…报了: the holiday is the reason the day was missed, not a day proposed
    kept = [s for s in spans if s not in held_up_spans(text, spans)]
    return kept if len(kept) == 1 else spans


def held_up_spans(text: str, spans: list[tuple[date, date, int, int]]) -> list[tuple[date, date, int, int]]:
    """Of the days a question names, those told as what held it up (国庆放假没来得及), not as a day of a filing."""
    norm = _english_dates(unicodedata.normalize("NFKC", text))
    return [s for s in spans if _HELD_UP.search(norm[slice(*_clause_around(norm, s[2], s[3]))])]


# what held a filing up: 国庆放假没来得及 (HELD_UP_BY: the words taken out where lateness or leave is read)
HELD_UP_BY = lazy_regex(r"没(来得及|赶上|赶得上|赶得及)")
_HELD_UP = lazy_regex(HELD_UP_BY.pattern + r"|来不及|赶不上|赶不及|放假|休假|假期|\b(holiday|vacation)s?\b", re.I)


def stated_spans(text: str, today: date) -> list[tuple[date, date, int, int]]:
    """Every day or stretch of days the question names, in its order: a calendar date as a one-day
    span, a month without its day (10月, in October) as the whole month, a part of one (3月上旬, mid-May)
    as its ten days or so: (first, last, start, end) in the NFKC text."""
    text = _english_dates(unicodedata.normalize("NFKC", text))
    year = _default_year(text, today)
    out = []
    for m in _DATE.finditer(text):
        # (明年1月10号: the year said relative to this one, before the day)
        rel = re.search(r"(明年|来年|去年|今年)\s*的?\s*$", text[max(0, m.start() - 4):m.start()]) if not m.group("y") else None
        shift = {"明年": 1, "来年": 1, "去年": -1}.get(rel.group(1), 0) if rel else 0
        try:
            day = date(_year(m.group("y")) if m.group("y") else (today.year + shift if rel else year), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        out.append((day, day, m.start(), m.end()))
    taken = lambda s, e: any(a < e and s < b for _, _, a, b in out)   # noqa: E731
    def year_of(m: re.Match) -> int:
        rel = (m.group("rel") or "").lower()
        shift = 1 if rel in ("明年", "来年", "next year") else -1 if rel in ("去年", "last year") else 0
        return int(m.group("y")) if m.group("y") else (today.year + shift if rel else year)
    for m in _MONTH_ZH.finditer(text):
        if not taken(m.start("m"), m.end()):
            out.append((*_span(year_of(m), _CN_MONTHS.get(m.group("m")) or int(m.group("m")), m.group("part")), m.start(), m.end()))
    for m in _MONTH_EN.finditer(text):
        month = _month_number(m.group("mon"))
        if month and not taken(m.start(), m.end()):
            out.append((*_span(year_of(m), month, m.group("part")), m.start(), m.end()))
    for m in _THIS_MONTH_DAY.finditer(text):   # 这个月10号, 下个月3号: a day of a month said relative to today
        if not taken(m.start(), m.end()):
            from ..time.months import add_months

            month = add_months(today.replace(day=1), 1 if m.group("w") in ("下个", "下") else 0)
            try:
                day = month.replace(day=int(m.group("d")))
            except ValueError:
                continue
            out.append((day, day, m.start(), m.end()))
    for m in _THIS_MONTH_PART.finditer(text):   # 这个月中旬, 下个月底, "mid next month": a part of a month said relative to today
        if not taken(m.start(), m.end()):
            from ..time.months import add_months

            month = add_months(today.replace(day=1), 1 if (m.group("w") or m.group("w2")).lower() in ("下个", "下", "next") else 0)
            part = m.group("part") or m.group("part2").lower().replace("the ", "").replace("-", " ").strip()
            out.append((*_span(month.year, month.month, "mid" if part == "middle" else part), m.start(), m.end()))   # (_PARTS's words)
    named = None
    for m in _HOLIDAY.finditer(text):
        # 元旦 said in December is the coming one
        holiday = date(year + (m.group("h") == "元旦" and today.month == 12 and year == today.year), *_HOLIDAYS[m.group("h")])
        named = named or holiday
        if not taken(m.start(), m.end()) and not re.match(r"\s*\d", text[m.end():]):   # (国庆5号: the 5th, in the break)
            day = _holiday_side(holiday, m.group("side"))
            out.append((day, day, m.start(), m.end()))
    # 国庆5号在放假，等节后再报: the first working day after the break named, or after a day said to fall in one
    after = _AFTER_BREAK.search(text)
    if after and not taken(after.start(), after.end()):
        from ..time.workdays import is_workday

        fallen = [s for s in out if s[0] == s[1] and not is_workday(s[0])]
        base = named or (fallen[0][0] if fallen else None)
        if base:
            day = _holiday_side(base, "后")
            # the day said to fall in the break only says why: the day after it is the one proposed
            out = [s for s in out if s not in fallen and s[0] != named]
            out.append((day, day, after.start(), after.end()))
    return _joined(text, sorted(out, key=lambda s: s[2]), year)


# 7月底或者8月初, "late May or mid-June", 8月底到9月中旬之间, "between late May and mid-June": one event's day not known
# closer than two parts of months, read as the stretch from the first's first day to the second's last
_OR_JOIN = lazy_regex(r"\s*(?:或者是?|或是|或|还是|也可能是?|\bor\b(?:\s+maybe)?|,?\s*maybe)\s*(?:是|在)?\s*", re.I)
_RANGE_JOIN = lazy_regex(r"\s*(?:到|至|~|～|-|—|–|\band\b|\bto\b)\s*", re.I)
_MONTH_PART_AT = lazy_regex(r"(?P<m>1[0-2]|0?[1-9]|十[一二]|十|[一二三四五六七八九])\s*月\s*份?\s*的?\s*(?P<part>上旬|中旬|下旬|初|中|底|末)?(?![\d日号])")
_BETWEEN = lazy_regex(r"(?:\bbetween\s+$)|(?:在|从)\s*$", re.I)


def _joined(text: str, spans: list[tuple[date, date, int, int]], year: int) -> list[tuple[date, date, int, int]]:
    out: list[tuple[date, date, int, int]] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        joined = None
        if (m := _OR_JOIN.match(text, a[3])) and b is not None and b[2] == m.end():
            joined = b
        elif m := _RANGE_JOIN.match(text, a[3]):
            # (the second stretch of a range is not read alone: 推到12月中旬 is a step put off)
            if b is not None and b[2] == m.end():
                joined = b
            elif (at := _MONTH_PART_AT.match(text, m.end())) is not None:
                month = _CN_MONTHS.get(at.group("m")) or int(at.group("m"))
                joined = (*_span(year, month, at.group("part")), at.start(), at.end())
            ends = joined is not None and (re.match(r"\s*(?:之间|之内|间)", text[joined[3]:]) or _BETWEEN.search(text[:a[2]]))
            joined = joined if ends else None
        # (two parts of months, one after the other and not two days: 11月20日到12月1日 counts the days between them)
        if joined is not None and a[1] < joined[0] and (joined[0] - a[1]).days <= 92 and not (a[0] == a[1] and joined[0] == joined[1]):
            out.append((a[0], joined[1], a[2], joined[3]))
            i += 2 if b is not None and joined[2] == b[2] else 1
            continue
        out.append(a)
        i += 1
    return out


_THIS_MONTH_PART = lazy_regex(r"(?P<w>这个|本|下个|下)月\s*的?\s*(?P<part>上旬|中旬|下旬|初|底|末)(?![午期])"
                              r"|\b(?P<part2>early|mid|middle|late|(?:the )?(?:beginning|start|middle|end) of)[- ](?P<w2>this|next) month\b", re.I)
_THIS_MONTH_DAY = lazy_regex(r"(?P<w>这个|本|下个|下)月\s*(?P<d>\d{1,2})\s*[日号]")
_AFTER_BREAK = lazy_regex(r"(节后|节日后|假期后|假后|收假后|放完假|长假后|节假日后|假期过后|假期结束后?|节假日结束后?|休完假)(的)?(第一个工作日|头一个工作日|上班第一天)?")


# 五一前能交吗, 国庆后再报: a public holiday named for its day (the official days off follow it)
_HOLIDAYS = {"五一": (5, 1), "劳动节": (5, 1), "国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1)}
_HOLIDAY = lazy_regex(r"(?P<h>五一|劳动节|国庆|元旦|十一(?=\s*(?:假|长假|黄金周|节)|\s*(?:前|之前|以前|后|之后|以后)(?![\d一二三四五六七八九十])))"
                      r"(?:节|假期|长假|黄金周|放假)?\s*(?P<side>前|之前|以前|后|之后|以后|过后|结束后|收假后)?")


def _holiday_side(day: date, side: str | None) -> date:
    """The holiday's day; the day before it (五一前); or the first working day after its days off (国庆后)."""
    from ..time.workdays import is_workday

    if side and "前" in side:
        return day - timedelta(days=1)
    if side:
        day += timedelta(days=1)
        while not is_workday(day):
            day += timedelta(days=1)
    return day


_PROPOSES_SPAN = lazy_regex(r"\b(is it (ok|okay|fine|alright|acceptable|allowed|too late|too early)|can (we|i)|could (we|i)|may (we|i)|are we allowed"
                            r"|(can|could|may) (the|our|this|that) [\w\s-]{3,60}?\b(go in|be (submitted|filed|done|held|made|sent|lodged))\b"
                            r"|would it be (ok|okay|fine|too late|too early)"
                            # "Is November 25 early enough to file …", "OK to file it … then?", "Does that still count?"
                            r"|(ok|okay|fine|alright) to (file|submit|send|do|hold|apply|upload|register|lodge|hand)|early enough|(does|would|will) (that|it|this) still count"
                            # ("If we hold the completion acceptance in February 2027, does that still meet the condition?")
                            r"|if (we|i|they) (hold|do|file|submit|apply|organi[sz]e|run|schedule|carry out|conduct)\b[^?]{3,80}?\b(does|would|will|is) (that|it|this) (still )?(meet|satisfy|comply|fit|count|be within|be in line|be ok|be fine)"
                            r"|(is|would be) (fine|ok|okay|alright|acceptable)(?=,? (isn't it|right|correct)\b)"
                            # ("if we do it on Monday is that still ok", "would that still be in time")
                            r"|(is|would) (that|this|it) (still )?(be )?(ok|okay|fine|alright|acceptable|in time|on time|allowed))\b"
                            r"|[.!;,]\s*(ok|okay|fine)\s*\??\s*$"   # ("… registering next Wednesday. ok")
                            # 7月就提交, 9月交终验申请，行不行: a step said to be taken then, not one done (交了, 交的)
                            r"|(月|月份|上旬|中旬|下旬|初|底|末|日|号|五一|国庆|元旦|节|假期)\s*(前|之前|以前|后|之后|以后)?\s*(就|能|可以|能不能|可不可以|能否|可否|再|才)?\s*(去)?(递交|提交|申请|报|交|办|做|开|组织|备案|上传|进行|启动|召开|开展)(?![了过完的])", re.I)


_TO_WEEKDAY = lazy_regex(r"(?:拖到|推到|延到|改到|放到|挪到|顺延到|等到)\s*(?:下)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")
_WEEKDAY_NO = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def moved_to_weekday(text: str, day: date) -> date | None:
    """7月5号是周日，能拖到周一报吗: the first such weekday after the day said, or None."""
    m = _TO_WEEKDAY.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    ahead = (_WEEKDAY_NO[m.group("d")] - day.weekday()) % 7 or 7
    return day + timedelta(days=ahead)


def dates_past_event(text: str, span: tuple) -> bool:
    """Does the day (``span``, as ``stated_spans`` gives it) date a step told done (项目…11月底开工的), not one proposed?"""
    norm = _english_dates(unicodedata.normalize("NFKC", text))
    _, clause, key, score = _event_around(norm, span[2], span[3])
    return bool(key) and score >= 0.6 and bool(re.search(r"@[\u4e00-\u9fff]{1,4}(?:的|了)$", clause.strip("。，,.！! ")))


def proposes_span(text: str) -> bool:
    """Does the question propose a day, a month or a part of one for a step (10月中旬再报, is it OK to file in mid-May)?"""
    norm = unicodedata.normalize("NFKC", text)
    return proposes_day(text) or bool(_PROPOSES_SPAN.search(norm) or _LATER_SPAN.search(norm))


# a step said to be taken then, later than meant (10月中旬再报, 12月中旬再报备案)
_LATER_SPAN = lazy_regex(r"(月|月份|上旬|中旬|下旬|初|底|末|日|号)\s*(再|才|在(?=\s*(去)?(报|交|提|备|申|传|上|办))(?![^，,。？?]{0,10}(时|的时候)))\s*(去)?[\u4e00-\u9fff]")   # (中旬在报: 再 slipped)


# 迟交, 晚报, 交晚了: a filing said to be late
LATE_SAID = r"(迟|晚)(交|报|传|提交|上报|报送)|(交|报|传)(晚|迟)了"
# 10月16号才报上去，算超期吗: a day a step was taken, asked whether it was late
_LATE_ASKED = lazy_regex(r"在[^，,。？?]{0,6}?(?:时间窗口|窗口期)(?:内|里|之内|中)|(?:(?<!通)(?<!超)(?<!(?<!已)经)过了|错过了?)(?:报送|申报|提交|备案|登记|上报|申请|办理|规定)?的?(?:时间|日子|日期|截止日期?|截止时间|截止日)(?!内|之内|以内)|超期|逾期|过期|晚了|迟了|晚没晚|晚不晚|迟没迟|算不算晚|超时|" + LATE_SAID + r"|overdue|too late|\blate\b|算(是)?(按时|及时|准时)|按时吗|及时吗|\b(in|on) time\b"
                         r"|(还|仍)?在(规定|要求)?的?(时间|期限|时限)(内|之内|范围内|里)|\b(within|inside|past|beyond|over) (the|its|their|our|his|her) (own )?([\w-]+ )?(deadline|time limit|window|period)\b"
                         r"|\b(is|was) (the|that|this|our) timing (ok|okay|fine|right|correct|alright|acceptable)\b|\bright timing\b|\btiming (ok|okay|fine|right|correct)\s*\?"
                         # "Did the bureau meet its deadline?", "Have they run past their own review time limit?"
                         r"|\b(meet|met|miss|missed|beat|run past|ran past|gone past|go past|exceed\w*|overr?un|overran|blow|blew|breach\w*) (its|their|the|our|his|her|that|this)( own)?( [\w-]+){0,2} (deadline|time limit|limit|window)\b", re.I)   # 还在期限内吗, 还算在时限里吗, "Is that timing OK?"


# a step told as taken late on a day said, asked of in any words ("only filed … in May. Is that compliant?",
# 拖到3月12号才办完，没问题吧): that day is the one measured
_MONTHS_EN = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DONE_LATE = lazy_regex(r"(月|日|号|底|初|旬)(份|中旬|下旬|上旬)?(才|拖到)|(拖到|直到|到了)[^，,。？?]{0,8}?(月|日|号|底)[^，,。？?]{0,4}?才"
                        rf"|\b(only|not until)\b(?:\s+\S+){{0,14}}?\s+(in|on|at|by)\s+(early |mid-?|late |the end of |the start of )?({_MONTHS_EN}|\d{{1,2}}(st|nd|rd|th)?\b)"
                        # "nobody registered it … until Mar 28": a step not taken before the day said
                        rf"|\b(nobody|no one|didn't|did not|wasn't|weren't|hadn't|had not|never)\b[^.?;]{{0,80}}?\buntil\s+(early |mid-?|late |the end of )?({_MONTHS_EN}|\d{{1,2}}(st|nd|rd|th)?\b)", re.I)


def told_done_late(text: str) -> bool:
    """Does the question tell a step as taken late on a day it says (5月才报, "only filed … in May")?"""
    return bool(_DONE_LATE.search(text))


# 月底 with no month said (not 下个月底, 3月底, 本月底)
_BARE_MONTH_END = lazy_regex(r"(?<![\d一二三四五六七八九十个下上本这月次隔每])(月底|月末)")


def _month_end_of_dated_month(text: str) -> str:
    """合同3月2号签的，打算月底再报: a month's end said with no month, in a question that dates its event in one
    month only, is that month's end (3月底)."""
    months = set(re.findall(r"(\d{1,2})\s*月\s*\d{1,2}\s*[日号]", unicodedata.normalize("NFKC", text)))
    return _BARE_MONTH_END.sub(lambda m: next(iter(months)) + m.group(1), text) if len(months) == 1 else text


# a step told as not yet taken (任务书还没上传平台, "we haven't uploaded the task book yet", "we never did acceptance"), asked
# whether it is still in time: today is the day measured
_NOT_YET_DONE = lazy_regex(r"(还没|尚未|还未|仍未|一直没)(有)?[^，,。？?]{0,10}?(上传|报|交|备案|提交|登记|做|办|弄|搞|申请|组织|开|验收|移交|上)"
                           r"|\b(haven't|have not|hasn't|has not|not yet|never|didn't|did not|still (?:isn't|is not|aren't|are not|hasn't been|haven't been|not))\b[^.?;]{0,12}?\b(upload|submit|file|fil|regist|done|do|did|appl|organi[sz]|held|hold|hand|sen[dt]|report|put|post|enter|lodg)\w*"
                           # (到现在还没有审核意见, "there's still no acceptance meeting": what another body owes, not come yet)
                           r"|(还没|尚未|还未|仍未|一直没)(有)?(收到|出|拿到|下|见到)?[^，,。？?]{0,8}?(意见|结论|回复|答复|消息|动静|通知|批复|结果|安排)"
                           r"|\bstill no\b|\b(?:haven't|have not|hasn't|has not) (?:yet )?(?:heard|received|got|gotten|seen)\b"
                           r"|\b(?:never|haven't|have not|didn't|did not|not yet) (?:got|gotten|get) (?:a)?round to\b|\bnever managed to\b"
                           # ("we've heard nothing since", "no acceptance team has shown up yet": what another body owes, not come)
                           r"|\bheard nothing\b|\bnothing (?:since|yet|so far)\b|\bno (?:word|news|reply|answer|response)\b|\bno [\w-]+(?: [\w-]+)? (?:has|have) (?:shown up|turned up|come|arrived|been held|been organi[sz]ed)(?: yet)?\b", re.I)


def still_undone(text: str) -> bool:
    """Does the question tell a step as not yet taken and ask whether it is still in time (任务书还没上传平台，还在期限内吗)?"""
    return bool(_NOT_YET_DONE.search(text) and _LATE_ASKED.search(text))


# (这周能提交终验申请吗, 这两天: the days left of this week, said from today)
_NOW_PROPOSED = lazy_regex(r"(现在|今天|这会儿|眼下|这周|本周|这个星期|这星期|这两天|这几天)(就|还)?(能|可以|能不能|可不可以|能否|可否|够)?(去|来)?"
                           r"(?:(?:向|给|找|到)[^，,。？?]{1,10}?)?"   # (现在可以向区大数据中心申请竣工验收了吗: the body it goes to)
                           r"(递交|提交|申请|报|交|办|做|开|组织|备案|上传|进行|启动|召开|搞|验收(?=行|可以|能|吗|么|没|不))"
                           r"|\b(?:can|could|may) (?:we|i)\b[^?.;]{0,80}?\b(?:today|now|right away|already|this week)\s*(?:\?|$)"
                           # (到今天试运行时长够了吗, "as of today, does it meet …": measured today)
                           r"|(?:到|截至|截止到?)今天(?:为止)?(?=[^，,。？?]{0,12}?(?:够|满足|符合|达到|能|可以))|\bas of (?:today|now)\b"
                           # ("Is the project still within the acceptance window today?": today, measured)
                           r"|\b(?:still|already)\b[^.?]{0,60}\b(?:today|now)\s*\?\s*$", re.I)
_DURATION = lazy_regex(r"(?:\d+|[一二两三四五六七八九十半几]+)\s*(?:多)?个?(?:多)?(?:工作日|天|周|星期|礼拜|月)(?!底|末|初|\d|[一二三四五六七八九十]?[日号])"
                       r"|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:working |business )?(?:days?|weeks?|months?)\b", re.I)
def _told_done_on(text: str, today: date) -> date | None:
    """The one day gone by that the question names relative to today (昨天才报去备案, "sent it for filing yesterday", 上周五才交),
    or None when it names none or several."""
    days = set()
    stops = [*"，,。；;？?!！", ". " if text.isascii() else " "]   # (a space parts Chinese clauses, a full stop English ones)

    def of_the_step(m: re.Match) -> bool:   # (昨天领导开会问起, 供应商昨天才把合同寄回来: a day of something else)
        start = max(text.rfind(c, 0, m.start()) for c in stops)
        ends = [i for i in (text.find(c, m.end()) for c in stops) if i >= 0]
        clause, at = text[start + 1:min(ends) if ends else len(text)], m.start() - start - 1
        # (…signed on 2026-11-09 and sent it for filing yesterday: a step taken after the other act, none after the day)
        acts = list(_OTHER_ACT.finditer(clause))
        after = max((o.end() for o in acts if o.start() < at), default=0)
        return bool(_STEP_TAKEN.search(clause, after)) and not any(o.start() >= at for o in acts)
    for m in _RELATIVE.finditer(text):
        back = next((v for k, v in _RELATIVE_DAYS.items() if re.match(k, text[m.start():], re.I)), None)
        if isinstance(back, int) and (back > 0 or re.fullmatch(r"今天|today", m.group(0), re.I)) and of_the_step(m):
            days.add(today - timedelta(days=back))
    for m in _WEEKDAY.finditer(text):
        if (d := _weekday(m, today)) is not None and of_the_step(m):
            days.add(d)
    return days.pop() if len(days) == 1 else None


# a filing or hand-in done (报去备案, 交上去, "sent … for filing"), and an act of someone else that a day may date instead
_STEP_TAKEN = lazy_regex(r"报|交|备案|提交|上传|登记|申请|办|递|\b(?:filed|submitted|sent|uploaded|registered|applied|handed|lodged)\b", re.I)
_OTHER_ACT = lazy_regex(r"开会|会议|问起|问了|检查|来电话|打电话|寄回|寄来|签|\b(?:meeting|asked|called|inspected|returned|signed|visited)\b", re.I)


def a_year_on(day: date) -> date:
    """The same day a year later (29 February: 1 March)."""
    return day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else date(day.year + 1, 3, 1)


def _ahead(spans: list, text: str, today: date) -> list:
    """A month or part of one proposed with no year, long gone this year, said after an event just past ("trial run
    ended last Monday (Nov 30) … initial acceptance in mid-January") is next year's; not when a year is said, not a
    calendar day (合同1月15日签的 is an event), not 6月1日初验，7月1日提交终验 (a spring told in December)."""
    if not proposes_day(text) or re.search(r"去年|今年|明年|last year|this year|next year", text, re.I):
        return spans
    if not re.search(r"(19|20)\d\d", text):
        recent = [s for _, b, s, _ in spans if 0 <= (today - b).days <= 90]
        if recent:
            return [(a_year_on(a), a_year_on(b), s, e) if a != b and (today - b).days > 270 and s > recent[0] else (a, b, s, e)
                    for a, b, s, e in spans]
    # ("went into trial run on 2026-05-20 … hold the acceptance in January"): a month with no year of its own, gone this
    # year, proposed after a day told before it that it would otherwise come before, is next year's
    norm = _english_dates(unicodedata.normalize("NFKC", text))
    out = []
    for a, b, s, e in spans:
        before = [b0 for a0, b0, s0, _ in spans if a0 == b0 and s0 < s and b < b0 <= today]
        own_year = re.search(r"(19|20)\d\d", norm[max(0, s - 6):e])
        said = _sentence_of(norm, s)   # (a month in a sentence that proposes, not one told as past: "was already held in September")
        proposes = bool(_PROPOSING.search(said)) and not _TOLD_PAST.search(said)
        moved = a != b and b < today and before and not own_year and proposes and a_year_on(a) > max(before) and (a_year_on(b) - today).days < 400
        out.append((a_year_on(a), a_year_on(b), s, e) if moved else (a, b, s, e))
    return out


# whether the sentence a span stands in proposes (wants to, 打算) or tells a thing done (was held, 已经…了)
_PROPOSING = lazy_regex(r"\b(?:want|wants|plan|plans|planning|intend|intends|will|would like|going to|hope|hopes|hold|schedule|aim)\b|想|打算|准备|计划|拟|安排", re.I)
_TOLD_PAST = lazy_regex(r"\b(?:was|were|already|did|had|held|happened|ago|last)\b|已经|已|了(?=[，,。.\s]|$)", re.I)


def _sentence_of(text: str, at: int) -> str:
    start = max(text.rfind("。", 0, at), text.rfind(". ", 0, at), text.rfind("？", 0, at), text.rfind("?", 0, at)) + 1
    ends = [i for i in (text.find("。", at), text.find(". ", at), text.find("?", at), text.find("？", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


NEXT_YEARS = lazy_regex(r"下一?年度|明年的|明年度|来年的|next year's|for next year|the following year's", re.I)   # (明年的规划: the plan's year)


# the rest of this week, month or year, proposed for a step (打算本月内提交终验申请, 这周想申请竣工验收, "hold it later this
# month"): every day from today to its end (not 本月初, a day gone by; nor a clause that tells a thing done)
_THIS_SPAN = lazy_regex(r"(?P<w>本周内?|这周|这个?(?:星期|礼拜)|本(?:星期|礼拜)|\b(?:later )?this week\b)(?![一二三四五六日天\d])"
                        r"|(?P<m>本月(?:内|底前|中)?|这个?月(?:内|底前)?|月底(?:前|之前)|\b(?:later )?this month\b|\b(?:before|by) (?:the )?end of (?:this|the) month\b|\bbefore month[- ]end\b)(?![初一二三四五六七八九十\d号日])"
                        r"|(?P<y>年底(?:前|之前)|年内|今年内|\b(?:later )?this year\b|\b(?:before|by) (?:the )?end of (?:this|the) year\b)", re.I)


def _this_span(text: str, today: date) -> tuple[date, date] | None:
    """The days from today to the end of the week, month or year a clause proposes a step for; None if it names none."""
    for m in _THIS_SPAN.finditer(text):
        clause = re.split(r"[，,。；;？?!！]|\.\s", text[:m.start()])[-1] + m.group(0) + re.split(r"[，,。；;？?!！]|\.\s", text[m.end():])[0]
        # (a passive still to come, "can it be held this week", tells nothing done)
        if not _PROPOSING.search(clause) and not _PROPOSES_SPAN.search(text) or _TOLD_PAST.search(re.sub(r"\bbe\s+\w+", "", clause)):
            continue
        if m.group("w"):
            return today, today + timedelta(days=6 - today.weekday())
        if m.group("m"):
            from ..time.months import add_months
            return today, add_months(today.replace(day=1), 1) - timedelta(days=1)
        return today, date(today.year, 12, 31)
    return None


# today asked of (现在还来得及吗, 今天还能办吗, "is it still in time now")
_TODAY_ASKED = lazy_regex(r"现在|今天|目前|眼下|这会儿|\b(?:now|today)\b", re.I)


def _event_around(norm: str, start: int, end: int) -> tuple[int, str, str | None, float]:
    """(where the clause of a day said begins, the clause with the day as @, the event it dates, how surely)."""
    begin, stop = _clause_around(norm, start, end)
    clause = norm[begin:start] + "@" + norm[end:stop]
    return (begin, clause, *_event(clause, (start - begin, start - begin + 1)))


def proposed_days(text: str, today: date) -> tuple[dict[str, tuple[date, date]], tuple[date, date]] | None:
    """"合同3月5日签的，任务书想5月15日再去平台备案", "初验10月做完，想11月就把终验也做了", "signed in
    early March … OK to file the task book in mid-May?": the events the question dates, each with the
    span of days it names, and the latest span, proposed for the step. With one day or none named, the day
    proposed may be said relative to today (下周三) or be today (现在能交终验申请了吗), and the event too
    (合同上周三签的). None unless the question dates an event and proposes a day."""
    text = _month_end_of_dated_month(text)
    norm = unicodedata.normalize("NFKC", text)
    now = _NOW_PROPOSED.search(norm) if stated_delay(text, today) is None else None   # (现在开工，登记一个月后再办: the delay is proposed)
    undone = still_undone(norm) and not proposes_day(text)   # (任务书还没上传，还在期限内吗: today, the step still to take)
    # (合同11月9号签的，昨天才报去备案，晚了没: the day gone by said relative to today is the day the step was taken)
    done_on = _told_done_on(norm, today) if _LATE_ASKED.search(text) and not (proposes_day(text) or now or undone) else None
    if not (proposes_day(text) or _PROPOSES_SPAN.search(norm) or _LATE_ASKED.search(text) or _DONE_LATE.search(text) or now):
        return None
    spans = _ahead(stated_spans(text, today), text, today)
    events: dict[str, tuple[date, date]] = {}
    later = stated_next(NEXT_YEARS.sub(" ", text), today)
    # ("Can we file it next week?", 下周二交算按时吗: a day to come, asked whether it is in time)
    asked_later = bool(later and later > today and (_PROPOSES_SPAN.search(norm) or _LATE_ASKED.search(text)))
    if now and len(spans) > 1 and not (proposes_day(text) or _PROPOSES_SPAN.search(norm) or _LATE_ASKED.search(text) or _DONE_LATE.search(text)):
        return None   # (3月1日试运行结束，3月20日初验通过，现在能申请终验吗: the elapsed-time answers read it)
    # ("Is it fine if we do the registration on Monday Dec 7?": the one day said, still to come, is the one asked of)
    # (合同上周五签的，12月14日才报备案，晚了没: the one day said, still to come, asked whether it is late)
    ahead_asked = bool((_PROPOSES_SPAN.search(norm) or _LATE_ASKED.search(text)) and len(spans) == 1 and spans[0][0] > today)
    if len(spans) <= 1 and (proposes_day(text) or now or asked_later or ahead_asked or undone or done_on and len(spans) == 1 and spans[0][1] < done_on):
        # 合同上周三签的，任务书打算元旦以后再上平台备案: the event said relative to today, the one day said proposed;
        # 试运行上个月10号结束的，准备下周三搞初验: the day proposed said relative to today; 初验是九月份结束的，现在能交终验
        # 申请了吗: today
        if now and later:
            return None   # (今天去做质量监督登记，下周再组织开工: two steps, two days)
        if later and later > today and (not spans or spans[0][1] <= today):
            proposed = (later, later, -1, -1)
        elif not later and (this := _this_span(norm, today)) and (not spans or spans[0][1] <= today) and (proposes_day(text) or asked_later or _PROPOSES_SPAN.search(norm)):
            proposed = (*this, -1, -1)   # (初验10月20日结束，打算本月内提交终验申请: every day left of this month)
        elif (now or undone) and (not spans or spans[0][1] <= today):
            proposed = (today, today, -1, -1)
        elif spans and (proposes_day(text) or asked_later or ahead_asked):
            proposed = spans[0]
        elif done_on and spans and spans[0][1] < done_on:
            proposed = (done_on, done_on, -1, -1)
        else:
            return None
        # (an event dated on the day proposed is the step proposed: 今天能交终验申请吗 is no application made today, nor
        # 合同这周一签的…想12月18号再报 a signing on the 18th)
        elapsed = {k: d for k, d in stated_elapsed(text, today).items() if d < proposed[0]}
        dated = {k: d for k, d in stated_events(text, today).items() if d < proposed[0]}
        # (a time gone by, 试运行两个月了, "on trial operation for two months", is read by the elapsed-time answers)
        events = {k: (d, d) for k, d in {**({} if _DURATION.search(_halves(text)) else elapsed), **dated}.items()}
        outside_now = norm[:now.start()] + " " + norm[now.end():] if now else norm   # (the today proposed dates nothing)
        if _RELATIVE.search(outside_now) and not elapsed and not done_on and (text.isascii() or not dated):
            return None   # ("the filing only got approved yesterday": a day said that dates no event read here)
        if events and any(s is not proposed and s[1] < proposed[0] for s in spans) and elapsed and proposed[2] != -1:
            return None   # (signed 11/20, the filing approved yesterday, registration on 12/8: two events, read elsewhere; a
            #               day proposed relative to today, 打算下周四去办, is measured against both)
    elif len(spans) < 2:
        return None
    elif undone and all(s[1] <= today for s in spans) and (m := _NOT_YET_DONE.search(norm)) and m.start() > max(s[3] for s in spans) \
            and len(stated_events(text, today)) >= len(spans):
        # 合同11月20号签的，采购中心备案12月1号才通过，质监登记到今天还没做: every day said dates an event before the step told
        # as not yet taken, which is measured today (not "didn't file it …. Doing the registration on Thu 12 Nov", a day proposed;
        # nor 任务书11月10号就上传平台了…还没做审核, a day the step asked was taken)
        proposed = (today, today, -1, -1)
    else:
        proposed = max(spans, key=lambda s: (s[0], s[2]))
    norm = _english_dates(norm)
    if proposed[2] >= 0 and len(spans) >= 2 and proposed[1] <= today and _TODAY_ASKED.search(norm) and not proposes_day(text) \
            and (_event_around(norm, proposed[2], proposed[3])[3] >= 0.6 or proposed[0] in stated_events(text, today).values()):
        # (备案12月3日才通过…现在办还来得及吗: the event the reader of events dates on it, though its verb comes after)
        # 上周一备案通过，合同是11月20日签的，质量监督登记现在还来得及吗: every day said dates an event, and today is asked
        # (not the latest day said, which a step of its own dates)
        proposed = (today, today, -1, -1)
    for first, last, start, end in spans:
        if (first, last, start, end) == proposed or last >= proposed[0]:
            continue
        begin, clause, key, score = _event_around(norm, start, end)
        if _SIGNED_THEN.search(clause):   # 3月2日签、3月16日备案才通过: a date signed alone
            key, score = "contract_signed", 1.0
        before = norm[_clause_around(norm, begin - 1, begin - 1)[0]:begin] if begin > 0 else ""
        key, score = _or_named_before(key, score, clause, (start - begin, start - begin + 1), before)
        # (a day read from the words of a stretch, 8月底到9月中旬 as 9月15日, gives way to the stretch)
        if key and score >= 0.6 and (key not in events or first != last and events[key][0] == events[key][1] and first <= events[key][0] <= last):
            events[key] = (first, last)
    return (events, proposed[:2]) if events else None
