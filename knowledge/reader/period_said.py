"""A time limit the question itself states for a step: "质量监督登记我记得是签完合同10个工作日内办就行，没记错吧",
"we've got 30 days to file it, right?", "文登 合同签订后40天内报大数据中心备案可以吗".

The rules compare it with the limit the text sets (``knowledge.rules.timing.with_stated_period``); this module only
reads it: how many of which unit, and whether it is said as what the rule is (a claim, checked for being the same) or
as what the asker means to do (a plan, checked for keeping within it)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from knowledge.lazy_regex import lazy_regex

from .numbers import small_number

UNITS = {"工作日": "workdays", "个工作日": "workdays", "天": "days", "日": "days", "自然日": "days", "个自然日": "days",
          "周": "weeks", "个周": "weeks", "星期": "weeks", "个星期": "weeks", "礼拜": "weeks", "个礼拜": "weeks", "个月": "months"}
EN_UNITS = {"working": "workdays", "business": "workdays", "calendar": "days", "day": "days", "week": "weeks", "month": "months"}

# a time limit in Chinese: 5个工作日内, 十天以内, 一个月之内, 提前30天 (not 12月, a month of the year; not 第8个工作日, a day
# counted; not 拖一个月, a delay; not 3个月以后, a time after which a step opens; not 刚结束1个月, 试运行才2个月, 3天前, time gone by)
_ZH = lazy_regex(r"(?<![第拖推延晚迟缓月号\d.])(?<!往后)(?P<ahead>提前)?(?P<n>\d+|[一二两三四五六七八九十]+|半)\s*(?P<u>个工作日|工作日|个自然日|自然日|天|日(?![期子])|个?(?:周|星期|礼拜)|个月)"
                 r"(?!后|以后|之后|以上|多|左右|起|前|以前|之前)(?P<in>\s*(?:以内|之内|内))?")
# the words before a number said as what the limit is (期限是5个工作日, 规定为10天)
# (有10个工作日吧, 给一个月: the time a step is given; not 试运行有两个月了, time gone by)
_ZH_IS = lazy_regex(r"(?:期限|时限|时间|规定|要求)?(?:是|为|有|给|只有|就有)\s*$"
                    # (期限是竣工决算审核结论出具后60个工作日吧, deadline 是…后60个工作日: counted from an event named after 是)
                    r"|(?:期限|时限|最晚|最迟|deadline|time limit)\s*(?:是|为)[^，,。？?]{1,24}?(?:后|以后|之后|起)\s*$", re.I)
# time gone by (刚结束1个月, 才2个月, 已经3个月了, 跑了两个月): not a limit
_ZH_GONE = lazy_regex(r"(?:刚|才|已经|已|满|过了|结束(?!后|以后|之后)|跑了|运行了|做了|等了|拖了|快)[^，,。？?]{0,6}$")   # (结束后15天内: a limit after the end)
# the project's own schedule in English ("2 months to finish the development", "go live within 6 months")
_EN_SCHEDULE = lazy_regex(r"\b(?:days?|weeks?|months?)\s+(?:to|for)\s+(?:finish|complete|build|develop|deliver|go live|launch|roll out|wrap up|get it done)\b"
                          r"|\b(?:go|goes|going) live\s+within\b|\b(?:finish\w*|complet\w*|built|deliver\w*|launch\w*|develop\w*)\s+within\b", re.I)
# the project's own schedule (三个月内上线, 半年内建成): no time limit of a step the texts time
_ZH_SCHEDULE = lazy_regex(r"\s*(?:要|就|能|得|必须)?(?:全部|全面|正式)?(?:上线|建成|完工|交付|投用|投入使用|开发完|建完)")
# in English: "within 10 working days", "we've got 30 days to", "5 working days, right?", "is 30 days" (not "8 months ago",
# "for about 8 months", "30 days after")
_EN = lazy_regex(r"\b(?:(?P<within>within|in under|inside)\s+(?:the\s+)?|(?P<have>have|has|got|gives?\s+(?:us|them)|get)\s+(?:only\s+|just\s+)?(?:like\s+|about\s+|around\s+|roughly\s+)?|(?P<is>is|are)\s+(?:only\s+|just\s+)?)?"
                 r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)[\s-]+"
                 r"(?:(?P<k>working|business|calendar)[\s-]+)?(?P<u>day|week|month)s?\b(?P<tag>,?\s*(?:right|correct)\b)?(?!\s+(?:later|from now|ago|in|old|since|into|past)\b)", re.I)

# said as what the rule is (记得是…, 期限是…, "the deadline is", "we've got 30 days"): checked for being the same; said as
# what the asker means to do (打算10个工作日内报, "we plan to … within 20 working days. That's within the rule, right?"),
# checked for keeping within the text's limit; a bare tag (对吧, "…, right?") with neither is a claim
_CLAIM = lazy_regex(r"记得|没记错|记错|印象中|规定(?:是|为|的是)|(?:期限|时限)(?:是|为)|要求(?:是|为)"
                    r"|\b(?:deadline|time limit|limit|window|rule) is\b|\b(?:we(?:'ve| have)? got|we have|gives? us|they have|they've got)\b"
                    r"|\b(?:i )?(?:remember|recall)\b|\bi'?m (?:fairly |pretty |quite |almost )?(?:sure|certain)\b"
                    # (钟楼区年度计划9月底前报，云浮是不是也一样: another place's limit said, asked of this one)
                    r"|也一样|一样吗|也是这样|也这样|同样|\bthe same\b|\bas well\b", re.I)
_PLAN = lazy_regex(r"打算|准备|计划(?!任务书|书|表|内)|按时|及时|不算(?:晚|迟|超期|逾期)|\b(?:on|in) time\b|(?<![没])想(?!到)|就行|就可以|可以吗|可以吧|行吗|行不行|行吧|能不能|可不可以|来得及|赶得上|赶得及"
                   r"|\b(?:(?:we|i|they)\s+(?:plan|intend)|planning to|plan to|intend to|going to|we'll|we will|can we|could we|may we|ok|okay|fine|allowed)\b", re.I)
_TAG = lazy_regex(r"对吧|是吧|对不对|没错吧|是不是|对么|对吗|吧\s*[？?。]?\s*$|\b(?:right|correct|isn'?t it|is that (?:right|correct))\b"
                  r"|\b(?:doesn'?t|don'?t|isn'?t|aren'?t|won'?t|mustn'?t|shouldn'?t|hasn'?t|haven'?t) (?:it|we|they|you)\s*\??\s*$", re.I)   # ("has to be uploaded by …, doesn't it?")


@dataclass(frozen=True)
class SaidPeriod:
    n: float
    unit: str   # workdays, days, weeks or months
    claim: bool   # said as what the rule is, not as what the asker means to do
    text: str   # the words that say it (十个工作日, 30 days)
    wait: bool = False   # a time after which a step may be taken (满6个月才能申请终验, "only after 3 months"), not a limit

    def days(self) -> float:
        """Its length in calendar days, near enough to compare a limit in another unit (5 working days are 7 days)."""
        return self.n * {"workdays": 7 / 5, "days": 1, "weeks": 7, "months": 30}[self.unit]


def said_period(text: str) -> SaidPeriod | None:
    """The one time limit the question states for a step (None when it states none, or two different ones: 不是5个工作日
    是10个工作日吗 compares them itself)."""
    found = []
    for m in _ZH.finditer(text):
        n = small_number(m.group("n"))
        unit = UNITS.get(m.group("u"))
        before = text[:m.start()]
        if n and unit and not _ZH_GONE.search(before) and (m.group("in") or m.group("ahead") or _ZH_IS.search(before)) \
                and not _ZH_SCHEDULE.match(text, m.end()) and not re.match(r"\s*(?:了|啦|多|左右)", text[m.end():]):
            found.append((n, unit, m.group(0)))
    for m in _EN.finditer(text):
        bare = m.group("n").lower() in ("a", "an")   # ("we've got like a month": a period only after have, got, gives us)
        if bare and not m.group("have"):
            continue
        if re.match(r"\s+after\b", text[m.end():], re.I) and not (m.group("have") or m.group("within")):
            continue   # ("30 days after", a time after which; not "has 10 working days after getting the application")
        n = 1 if bare else small_number(m.group("n"))
        unit = EN_UNITS[(m.group("k") or m.group("u")).lower()]
        if n and (m.group("within") or m.group("have") or m.group("is") or m.group("tag")) \
                and not re.search(r"\b(?:for|about|been|ago|past|last)\s*$", text[:m.start()], re.I) \
                and not _EN_SCHEDULE.search(text[max(0, m.start() - 30):m.end() + 30]):
            found.append((n, unit, m.group(0)))
    waits = [] if found else _waits(text)
    if len({(n, unit) for n, unit, _ in found or waits}) != 1:
        return None
    n, unit, said = (found or waits)[0]
    claim = bool(_CLAIM.search(text)) or not _PLAN.search(text) and bool(_TAG.search(text))
    return SaidPeriod(n, unit, claim, said, wait=not found)


# a time after which a step may be taken: 满6个月才能申请终验, 3个月后才可以, 过了半年再申请; "only after 6 months", "must wait
# 3 months", "at least 3 months after"
_ZH_WAIT = lazy_regex(r"(?<![第拖])(?:满|过了?|等|隔)?\s*(?P<n>\d+|[一二两三四五六七八九十]+|半)\s*(?P<u>个工作日|工作日|天|日|个?(?:周|星期)|个月)"
                      r"(?:(?:以|之)?后)?\s*(?:才(?:能|可以|可)?|方可|再)(?=[^，,。？?]{0,4}(?:申请|提交|组织|做|办|报|验收|启动|开展|进行))")
_EN_WAIT = lazy_regex(r"\b(?:only\s+after|not\s+(?:until|before)|(?:must|have to|has to|need to)\s+wait|at least|no earlier than|no sooner than)\s+"
                      r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:full\s+)?(?:(?P<k>working|business|calendar)\s+)?(?P<u>day|week|month)s?\b"
                      r"(?=[^.?]{0,40}\b(?:after|since|from|before)\b)", re.I)


def _waits(text: str) -> list[tuple[float, str, str]]:
    found = []
    for m in _ZH_WAIT.finditer(text):
        n, unit = small_number(m.group("n")), UNITS.get(m.group("u"))
        # (not time gone by: 拖了8个月才准备验收, 已经3个月了才; 初验结束满6个月才能 is a wait)
        if n and unit and not re.search(r"(?:已经|已|刚|跑了|运行了|做了|等了|拖了?|推了?|延了?|晚了?|迟了?)[^，,。？?]{0,4}$", text[:m.start()]):
            found.append((n, unit, re.sub(r"\s*(?:才(?:能|可以|可)?|方可|再)$", "", m.group(0))))
    for m in _EN_WAIT.finditer(text):
        n = small_number(m.group("n"))
        if n:
            found.append((n, EN_UNITS[(m.group("k") or m.group("u")).lower()], m.group(0)))
    return found


# the last day the question believes a step is due by: "so by Dec 27, right?", "is due Dec 11, correct?", 最晚下周五前…对吧,
# 12月7日前弄好就行吧
# (not "until": "didn't file it until 1 July" is the day it was done)
_BY_EN = lazy_regex(r"\b(?:by|due(?:\s+on)?|before|no later than|deadline(?:\s+is)?|(?:have|has|got|gives? us|given)\s+(?:until|till))\s*(?:the\s+)?\S?$", re.I)
_BY_EN_PART = lazy_regex(r"\b(?:by|due(?:\s+on|\s+by|\s+at|\s+in)?|before|no later than|deadline(?:\s+is)?"
                         r"|(?:done|held|carried out|completed|finished|submitted|filed|conducted|made)\s+(?:at|in|around|during))\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\b|mid-?\s?[a-z])", re.I)
_BY_ZH = lazy_regex(r"(?:最晚|最迟|截止到?|截至|要在|得在|必须在|截止(?:日期?|时间)?(?:就)?(?:是|为)(?:今天|明天)?"
                    r"|(?:最晚|最迟)(?:就|应该)?(?:是|到)|(?:算|按)[^，,。？?]{1,10}?(?:是|就是)?到)\s*$")   # (最晚是12月22号对吧; 按30个工作日算是到12月22号)
_BEFORE_ZH = lazy_regex(r"\s*(?:前|之前|以前)")
# (年底前报上去就行吧, "by the end of the year, right?": the year's last days as the day by which; not 每年年底前, the text's
# own schedule said back)
_YEAR_END = lazy_regex(r"(?<![每各])(?<!每年)(?<!不在)(?:(?P<next>明年)|今年)?(?:年底|年末)\s*(?:前|之前|以前|就行|就可以)|\b(?:by|before) (?:the )?(?:end of (?:the|this) year|year[- ]end)\b", re.I)
# (最晚本周四就得组织竣工验收: the weekday said after 最晚 is the last day, with or without 前)
_NEXT_BY_ZH = lazy_regex(r"(?:最晚|最迟|截止到?|截至)[^，,。？?]{0,4}?(?:下下?|这|本)(?:个)?(?:周|星期|礼拜)[一二三四五六日天]\s*(?:前|之前|以前|就得|就要|得|要|必须|截止"
                         r"|(?=\s*(?:了)?\s*(?:吧|对吧|是吧|吗|对吗|没错吧)\s*[？?]?\s*$))")   # (最晚就是下周一吧: the last day believed)
# ("we have until next Friday to file": the day given)
_NEXT_BY_EN = lazy_regex(r"\b(?:by|due(?:\s+on)?|before|no later than|(?:have|has|got|gives? us|given)\s+(?:until|till))\s+next\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@dataclass(frozen=True)
class SaidDay:
    day: object   # datetime.date
    dated_year: bool   # the year said with it (not taken from the question's other dates)
    claim: bool
    last: object = None   # the span's last day, where a part of a month is said (end of December: 21-31 December)


def said_due_day(text: str, today) -> SaidDay | None:
    """The last day the question says (or plans) a step is due by, with a tag or a plan word asking it confirmed; None
    when it says none."""
    from .dated import stated_next, stated_spans, weekday_this_week

    if not (_TAG.search(text) or _PLAN.search(text) or _CLAIM.search(text)):
        return None
    claim = bool(_CLAIM.search(text)) or not _PLAN.search(text)
    for first, last, start, end in stated_spans(text, today):
        # (the spans' places are of the text as the date reader normalised it: a character either way)
        # ("due end of December", 12月中旬前报吧: a part of a month said as the last day; 绩效自评价是每年12月底吧: the day
        # of each year a yearly step is believed done by)
        yearly = claim and bool(re.search(r"(?:是|在)每年(?:的)?\s*$", text[max(0, start - 5):start]))
        if first != last and (_BY_EN_PART.search(text[max(0, start - 20):start + 20]) or _BEFORE_ZH.match(text, end) or yearly):
            return SaidDay(first, bool(re.search(r"\d{4}", text[start:end])), claim, last)   # ("due end of December")
        if first == last and (_BY_EN.search(text[max(0, start - 22):start + 1]) or _BY_ZH.search(text[max(0, start - 6):start])
                              or _BEFORE_ZH.match(text, end) and re.search(r"[\u4e00-\u9fff]", text[start:end])):
            return SaidDay(first, bool(re.search(r"\d{4}", text[start:end])), claim)
    if (end := _YEAR_END.search(text)) and not stated_spans(text, today):   # (年底前报上去就行吧: the last days of this year)
        year = today.year + (1 if end.group("next") else 0)
        return SaidDay(date(year, 12, 21), False, claim, date(year, 12, 31))
    if (by := _NEXT_BY_ZH.search(text)) and (this := re.search(r"(?:这|本)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])", by.group(0))):
        return SaidDay(weekday_this_week(today, this.group(1)), True, claim)   # (最晚本周四就得…: that day of this week)
    if _NEXT_BY_ZH.search(text) or _NEXT_BY_EN.search(text):
        day = stated_next(text, today)
        if day is not None:
            return SaidDay(day, True, claim)
    return None


# the day of each period a recurring filing is believed due by: 每季度首月10日前, 每月5号前, "by the 10th of the first month
# of the quarter", "the 5th of each month"
_ZH_PERIOD_DAY = lazy_regex(r"(?P<q>(?:每|各)?(?:个)?季度?的?(?:首月|第一个月|头一个月))(?:的)?(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:日|号)"
                            r"|(?P<m>每(?:个)?月)(?:的)?(?P<n2>\d+|[一二两三四五六七八九十]+)\s*(?:日|号)"
                            # (每个季度结束后15天内, 每月结束后10日内: the N-th day of the next period)
                            r"|(?:每|各)个?(?:(?P<q3>季度)|(?P<m3>月))(?:结束|末|过完|完)了?(?:以后|之后|后)?(?P<n3>\d+|[一二两三四五六七八九十]+)\s*(?:天|日)(?:以内|之内|内)"
                            # (每季度最后一天前, 每个月底前: the period's own last day, day 0 of the next)
                            r"|(?:每|各)个?(?:(?P<q4>季度?)|(?P<m4>月))(?:的)?(?:最后一天|最后一日|最后一个工作日|末|底)(?!\d|[一二两三四五六七八九十]+\s*(?:天|日))")
_EN_PERIOD_DAY = lazy_regex(r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+|each\s+|every\s+)?"
                            r"(?:(?P<q>first month of (?:the|each|every|a) quarter|quarter'?s first month)|(?P<m>month|each month|every month)\b)"
                            # ("within 15 days after the end of each quarter": the 15th day of the next)
                            r"|\bwithin\s+(?P<n3>\d{1,2})\s+(?:calendar\s+)?days\s+(?:after|of|from)\s+(?:the\s+)?(?:end|close)\s+of\s+"
                            r"(?:the\s+|each\s+|every\s+|a\s+)?(?:(?P<q3>quarter)|(?P<m3>month))\b"
                            # ("by the last day of each quarter", "by the end of every month": day 0 of the next)
                            r"|\b(?:the\s+)?(?:last\s+(?:working\s+)?day|end)\s+of\s+(?:each|every|the)\s+(?:(?P<q4>quarter)|(?P<m4>month))\b", re.I)


def said_period_day(text: str) -> tuple[str, int, bool] | None:
    """("quarter", 10, claim) for 每季度首月10日前 or "by the 10th of the first month of the quarter"; ("month", 5, claim)
    for 每月5号前; ("quarter", 0, claim) for 每季度最后一天前 or "by the end of each quarter" (the period's own last day);
    claim is whether it is said as what the rule is (not as the asker's plan: 打算每季度首月3日前报，行吧). None when the
    question says no such day."""
    claim = bool(_CLAIM.search(text)) or not _PLAN.search(text) and bool(_TAG.search(text))
    m = _ZH_PERIOD_DAY.search(text) or _EN_PERIOD_DAY.search(text)
    if m is None:
        return None
    unit = "quarter" if m.group("q") or m.group("q3") or m.group("q4") else "month"
    if m.group("q4") or m.group("m4"):
        return unit, 0, claim   # (the period's own last day: day 0 of the next)
    said = m.group("n") or m.groupdict().get("n2") or m.group("n3")
    n = small_number(said)
    return (unit, int(n), claim) if n else None
