"""How often a question proposes a recurring report be made, against how often a text sets it:
月报改成一个季度出一次, the quarterly reports sent once a year."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

# the length of each period, to compare how often
DAYS = {"week": 7, "month": 30, "two_months": 61, "quarter": 91, "half_year": 182, "year": 365, "two_years": 730,
        "once": 100_000}   # (交一次就行: once for the whole project, less often than any period)

_ZH_PERIOD = {"周": "week", "星期": "week", "礼拜": "week", "月": "month", "季度": "quarter", "季": "quarter",
              "半年": "half_year", "年": "year", "年度": "year"}
# 改成一个季度出一次, 每季度出一份就行, 一年报一次, 年底一起报: a period the question puts a report in
_ZH_PROPOSED = lazy_regex(r"(?P<once>(?:只|就|统一|一次性)?(?:交|报|提交|报送|上报|做|写|出)\s*(?:一|1)\s*(?:次|回)\s*就(?:行|够|可以|好|完事)"   # 建完后交一次就行
                          r"|(?:只|仅)(?:要|需要?|用|在)?(?:[^，,。？?]{1,10}?)?(?:交|报|提交|报送|上报|做|写|出)\s*(?:一|1)\s*(?:次|回))"   # 只在验收前交一次, 只要验收前交一次
                          r"|(?:改成|改为|变成|换成)\s*按\s*(?P<p7>半年|季度|年度|季|周|月|年)(?!底|末|初)"   # 改成按季度出
                          r"|(?:改成|改为|变成|换成|合并成|并成)\s*(?:一份|一个)?\s*(?P<p8>季|半年|年)(?:度)?报"   # 月报改成季报
                          r"|(?:改成|改为|变成|换成|只|就|统一|合并成?)\s*(?:每|一个|一|每个)?\s*(?P<p>半年|季度|星期|礼拜|年度|季|周|月|年)\s*"
                          r"(?:出|报|交|做|写|提交|报送|上传|汇总)?\s*(?:一|1)\s*(?:次|份|回|遍|期)"
                          r"|(?:每|一个|一|每个)\s*(?P<p2>半年|季度|年度|季|年)\s*(?:才)?\s*(?:给[^，,。？?]{1,6}?|向[^，,。？?]{1,10}?)?(?:出|报|交|做|写|提交|报送|上传|汇总)\s*(?:一|1)\s*(?:次|份|回|遍)"   # (一个季度才给我们交一次)
                          # 一个季度一份就够了: the count said without its verb, with 就够 after it
                          r"|(?:每|一个|一|每个)?\s*(?P<p13>半年|季度|年度|季|年)\s*(?:才)?\s*(?:一|1)\s*(?:次|份|回|期)\s*(?=就(?:够|行|可以|好|完事))"
                          r"|(?P<p3>年底|年初|年终)\s*(?:一起|统一|一次性|合并|打包)"
                          # 改成半年一报, 半年交一次, 两个季度合一起交: a longer period said plainly
                          r"|(?<![每个])(?P<p4>半年|季度|年度|年)\s*(?:一报|一交|一出|一传|(?:报|交|出|传|上传|提交)\s*(?:一|1)\s*(?:次|回))"
                          r"|(?P<p5>两|二|2)\s*个\s*(?:季度|季)\s*(?:的)?(?:合|并|合并|合在|放|攒)(?:到)?\s*(?:一起|一块|一次)"
                          r"|(?:每)?(?P<p6>两|二|2)\s*个\s*月\s*(?:出|报|交|做|写|提交|报送|上传)?\s*(?:一|1)\s*(?:次|份|回|期|报)"
                          # 每两年交一次, 隔年报一次: a report every other year
                          r"|(?:每|隔)\s*(?P<p12>两|二|2)?\s*年\s*(?:才)?\s*(?:出|报|交|做|写|提交|报送|上传|评价|评)?\s*(?:一|1)\s*(?:次|份|回|期|报)"
                          # 打算按季度报区信息化主管部门, 每季度向区信息化主管部门报一次: a period said with the filing after it
                          # (not 每季度报质量季报太折腾, the period it has now)
                          r"|(?:(?:打算|准备|想|计划|拟)[^，,。？?]{0,12}?(?:每|按)|(?<![打准计])(?:每|按)(?=[^，,。？?]{2,24}一次))\s*(?:个)?\s*(?P<p9>季度|半年)\s*(?:向[^，,。？?]{1,16}?|给[^，,。？?]{1,16}?)?(?:报|报送|上报|交|提交|出)(?![告表])"
                          # 项目进度和资金使用情况按季度报区信息化主管部门，行不行: a period said with leave asked of it
                          r"|(?<![现原还])按\s*(?P<p10>季度|半年|年度)\s*(?:向[^，,。？?]{1,16}?|给[^，,。？?]{1,16}?)?(?:报|报送|上报|交|提交|出)(?![告表])"
                          r"(?=[^。？?]{0,30}(?:行不行|行吗|行不|可以吗|可以不|可不可以|能不能|好不好|合规|没问题吧|(?:的)?(?:吧|对吧|是吧|没错吧|对不对)\s*[？?。]?\s*$))")   # (是按季度报的吧: the period believed)
_EN_PROPOSED = lazy_regex(r"\b(?P<once>(?:just|only) (?:\w+ ){0,6}?(?:once|one time)|a single time|one time only)\b(?![^.?]{0,12}\b(?:a|per|every|each) (?:week|month|quarter|year)\b)"   # "just once, at the end"
                          r"|\b(?:every|each) (?P<p5>quarter|year|week|month)\b(?=[^.?]{0,24}\b(?:not|instead of|rather than)\b)"   # every quarter, not every month
                          # "submitting them twice a year instead", "semi-annually"
                          r"|\b(?P<half>twice a year|two times a year|every six months|every half[- ]year|semi-?annual(?:ly)?|half-?yearly)\b(?=[^.?]{0,24}\b(?:instead|rather than)\b)"
                          r"|\b(?:switch|change|move|cut|reduce|go)\w*\b[^.?]{0,40}?\bto (?:a |an |one )?(?P<half2>twice a year|semi-?annual(?:ly)?|half-?yearly)\b"
                          r"|\b(?P<two_years>(?:once )?every (?:two|2) years|every other year|biennial(?:ly)?)\b|\b(?:once |one )?every (?P<p4>two|2) months\b|\bbi-?monthly\b(?=[^.?]*\binstead\b)|\b(?:once|one (?:[\w-]+ )?(?:report|update|filing|submission)) (?:a|per|every|each) (?P<p>week|month|quarter|year)\b|\b(?P<p2>quarterly|yearly|annually)\b(?=[^.?]*\binstead\b)"
                          r"|\binstead of (?:monthly|quarterly)\b[^.?]*\b(?P<p3>quarterly|yearly|annually)\b"
                          # "Is quarterly reporting … enough?", "is it OK to report annually": a period with its leave asked
                          # ("we plan to send them once a quarter. Is that enough?", "would reporting every quarter be sufficient?")
                          r"|\b(?:(?P<p8>quarterly|yearly|annually|annual|(?:every|each|once a|once per|per) (?:quarter|year))|(?P<half3>twice a year|semi-?annual(?:ly)?|half-?yearly|every six months))\b"
                          r"(?=[^.?]{0,60}\b(?:enough|sufficient|suffice|ok|okay|fine|acceptable|allowed|compliant)\b"
                          r"|[^?]{0,40}?\.\s*(?:is|would|will|was)\s+(?:that|this|it)\s+(?:be\s+)?(?:often\s+)?(?:enough|sufficient|ok|okay|fine|acceptable|allowed|compliant)\b)"
                          r"|\b(?:enough|sufficient|ok|okay|fine|acceptable|allowed)\b[^.?]{0,50}?\b(?P<p9>quarterly|yearly|annually|(?:every|each|once a) (?:quarter|year))\b"
                          # the monthly reports replaced by a quarterly one, switch to quarterly reporting
                          r"|\b(?:replaced|substituted|swapped) (?:by|with) (?:a |an |one )?(?:single )?(?P<p6>quarterly|yearly|annual)\b"
                          r"|\b(?:switch|change|move|go|cut back|turn)(?:ed|ing|es|s)?\b[^.?]{0,50}?\bto (?:an? |one |a single |just one )?(?P<p7>quarterly|yearly|annual)\b"
                          # "only sends us a quarterly summary, never a monthly report"
                          r"|\b(?:only|just)\b[^.?]{0,30}?\b(?P<p11>quarterly|yearly|annual)\b(?=[^.?]{0,40}\b(?:never|not|no)\b[^.?]{0,12}\b(?:monthly|weekly)\b)"
                          r"|\b(?:bundl\w*|together|in one go|at once)\b[^.?]*\b(?:in|at|by|until) (?:january|february|december|the end of the year|year[- ]end|next year)\b", re.I)
_EN_REPORTED = lazy_regex(r"\b(?:told|tells|said|says|heard|claims?|reckons?|thinks?|according to)\b", re.I)
_EN_NAMES = {"quarterly": "quarter", "yearly": "year", "annually": "year", "annual": "year"}
# how often a text sets a report: 监理月报, 按月报送, 每季度首月5日前…质量季报
_SET = [("month", lazy_regex(r"月报|按月|每月|每个月|monthly")), ("quarter", lazy_regex(r"季报|每季度|每季|quarterly")),
        ("year", lazy_regex(r"年报|每年(?!\d|[一二三四五六七八九十]+月)|年度报告|yearly|annual"))]


def proposed_period(text: str) -> str | None:
    """The period a question proposes a recurring report be made in, when it proposes one
    (改成一个季度出一次监理报告 -> quarter), else None."""
    m = _ZH_PROPOSED.search(text)
    if m and m.group("once"):
        return "once"
    if m:
        if m.group("p5"):
            return "half_year"
        if m.group("p6"):
            return "two_months"
        if m.group("p12") or m.group(0).startswith("隔"):
            return "two_years"
        said = m.group("p") or m.group("p2") or m.group("p4") or m.group("p7") or m.group("p8") or m.group("p9") or m.group("p10") or m.group("p13")
        return _ZH_PERIOD[said] if said else "year"
    m = _EN_PROPOSED.search(text)
    if m and (m.group("p8") or m.group("p9") or m.group("half3")) and _EN_REPORTED.search(text, 0, m.start()):
        m = None   # ("Someone told me quarterly reporting is fine — do we have to report every month?": what was said, not asked)
    if m and m.group("once"):
        return "once"
    if m and m.group("two_years"):
        return "two_years"
    if m and (m.group("half") or m.group("half2") or m.group("half3")):
        return "half_year"
    if m and (m.group("p4") or m.group(0).lower().startswith("bi")):
        return "two_months"
    if m:
        said = (m.group("p") or m.group("p2") or m.group("p3") or m.group("p5") or m.group("p6") or m.group("p7") or m.group("p11")
                or m.group("p8") or m.group("p9")
                or "year").lower()
        said = said.split()[-1]   # (every quarter, once a year: the period)
        return _EN_NAMES.get(said, said)
    return None


# how often a sentence has something done, said as a cadence (每季度首月5日前…报送): before the names of the reports it
# lists (…监理文档（…监理月报…）is sent every quarter, not every month)
_CADENCE = [("month", lazy_regex(r"按月|每月|每个月|every month")), ("quarter", lazy_regex(r"每个?季度|每季|按季度?|every quarter")),
            ("year", lazy_regex(r"每年(?!\d|[一二三四五六七八九十]+月)|按年度?|every year"))]


def set_period(sentence: str) -> str | None:
    """How often a sentence of a text has a report made (监理月报 -> month; 每季度…报送…监理月报 -> quarter), or None."""
    said = [(m.start(), period) for period, pattern in _CADENCE if (m := pattern.search(sentence))]
    if said:
        return min(said)[1]
    return next((period for period, pattern in _SET if pattern.search(sentence)), None)


def current_period(text: str) -> str | None:
    """The period a question says a report has now, outside what it proposes (嫌月报麻烦，改成每季度一次 -> month)."""
    return set_period(_EN_PROPOSED.sub(" ", _ZH_PROPOSED.sub(" ", text)))


# how often a report is believed to be made, asked to be confirmed: 是按季度报的吧, 每个月报一次对吧, "quarterly, right?",
# "every quarter, correct?" (a claim, against the text's period either way: more often is not it either)
_ZH_CLAIMED = lazy_regex(r"(?:是|都是|应该是|一般是)?(?:按|每)\s*(?:个|一)?\s*(?P<p>半年|季度|年度|季|周|月|(?:两|二|2)\s*年|年)(?!底|末|初|份|\d)[^，,。？?]{0,20}?"
                         r"(?:吧|对吧|是吧|没错吧|对不对|对么|是不是)\s*[？?。]?\s*$"
                         # 是不是每两年交一次, 是否按季度报送: the period believed, asked with the tag before it
                         r"|(?:是不是|是否)\s*(?:都)?(?:按|每)\s*(?:个|一)?\s*(?P<p2>半年|季度|年度|季|周|月|(?:两|二|2)\s*年|年)(?!底|末|初|份|\d)"
                         r"(?=[^，,。？?]{0,12}(?:交|报|提交|报送|上报|做|写|出|评价)[^，,。？?]{0,6}[？?。]?\s*$)")
_EN_CLAIMED = lazy_regex(r"\b(?:(?P<two>(?:once )?every (?:two|2) years|every other year|biennially)|(?:every|each|once a|per) (?P<p>quarter|month|year|week)|(?P<p2>quarterly|monthly|yearly|annually|weekly)"
                         r"|(?P<half>(?:once )?every (?:half[- ]year|six months)|twice a year|semi-?annually|half-?yearly))\b"
                         r"[^.?]{0,40}?(?:,\s*|\s+|[.!]\s+)(?:right|correct|isn't it|aren't they|is that right)\s*\??\s*$", re.I)   # (". Right?")
_EN_ADVERBS = {"quarterly": "quarter", "monthly": "month", "yearly": "year", "annually": "year", "weekly": "week"}


def claimed_period(text: str) -> str | None:
    """The period a question believes a report is made in and asks to have confirmed, or None."""
    m = _ZH_CLAIMED.search(text)
    if m:
        said = re.sub(r"\s", "", m.group("p") or m.group("p2"))
        return "two_years" if said[:-1] in ("两", "二", "2") else _ZH_PERIOD[said]
    m = _EN_CLAIMED.search(text)
    if m:
        if m.group("half"):
            return "half_year"
        if m.group("two"):
            return "two_years"
        return m.group("p").lower() if m.group("p") else _EN_ADVERBS[m.group("p2").lower()]
    return None
