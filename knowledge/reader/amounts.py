"""Money amounts as people type them: 80万, 八十万, 1.2亿, 6千万, 800,000元, 80w, "1.5 million yuan".

``find_amounts`` returns every amount in a sentence with the role the words around it give it
(total, software development cost, contract amount), so that "项目200万，其中软件开发费30万"
yields both. A number is an amount only with a money unit: "第3条", "3个月" and "2026年" are not.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from knowledge.lazy_regex import lazy_regex

from . import numbers
from .changed import became

_CN_CHARS = numbers.CHARS
_UNIT = {
    "亿": 100_000_000, "千万": 10_000_000, "kw": 10_000_000, "k万": 10_000_000, "千w": 10_000_000, "百万": 1_000_000, "十万": 100_000, "万": 10_000, "w": 10_000,
    "千": 1_000, "k": 1_000, "元": 1, "块": 1, "yuan": 1, "rmb": 1, "cny": 1,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "million": 1_000_000, "milion": 1_000_000, "millon": 1_000_000,
    "mn": 1_000_000, "m": 1_000_000, "mil": 1_000_000, "mill": 1_000_000,
    "thousand": 1_000, "wan": 10_000,   # 40 wan: 万 said in pinyin
}
_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_AMOUNT = lazy_regex(
    rf"(?P<pre>(?:rmb|cny|¥|￥)\s*)?"
    r"(?P<some>(?:上|(?<!不)过)(?=[百千万亿佰仟])|成(?=[百千万亿佰仟])|大几|小几|几|数(?=[十百千万亿拾佰仟]))?"   # 系统集成十七万: 成 of a word
    rf"(?P<num>{_ARABIC}|[{_CN_CHARS}]+)"
    r"(?:个(?=多|亿|億|[wW万](?![a-z])))?(?P<more>多|来|余|几|把)?"   # 十八个w
    r"(?:-(?=[a-z])|\s*)(?P<unit>亿|千万|k万|千w(?![a-z])|百万|十万|万|千|元|块|kw(?![a-z])|w(?![a-z])|k(?![a-z])|billion|bn|million|mill?ion|millon|mn|mill?(?![a-z])|m(?![a-z²])|thousand|wan(?![a-z])|yuan|rmb|cny)?"
    r"(?:(?<=万)(?P<thou>\d)\s*千(?![万亿]))?"   # 99万9千
    r"(?P<tail>\s*(?:(?:左右|上下|出头)?\s*[（(]\s*(?:万元|亿元|元)\s*[)）])|(?:\s*|-)(?:元|块|yuan|rmb|cny))?",   # a 400,000-yuan project; 四千八左右（万元）
    re.IGNORECASE,
)
# 70-80万, 七十到八十万, 70～80w: a range written as two numbers
# (25万到35万之间, between 250k and 350k: the first number may carry the unit too)
_SPAN = lazy_regex(
    rf"(?:between\s+)?(?P<a>{_ARABIC}|[{_CN_CHARS}]+(?:多|几|来|余)?)\s*(?P<ua>万|w(?![a-z])|k(?![a-z])|million|m(?![a-z]))?(?:(?<=万)元)?"
    # (人民币25万元至35万元, "between RMB 0.9 million and RMB 1.3 million": each end with its own unit and currency)
    rf"\s*(?:-|~|～|—|–|到|至|(?<=[\dkmwn元万亿])\s*(?:and|to)(?=\s))\s*(?:(?:RMB|CNY|人民币|¥)\s*)?(?P<b>{_ARABIC}|[{_CN_CHARS}]+(?:多|几|余)?)"
    r"\s*(?P<unit>亿|千万|百万|十万|万|千|元|w(?![a-z])|k(?![a-z])|million|m(?![a-z]))?(?P<tail>\s*(?:元|块|yuan))?",
    re.IGNORECASE)
# a unit stated once for a whole form or table: 金额（万元）, 预算(万元): 120
_HEADER_UNIT = lazy_regex(r"[（(]\s*(?P<unit>万元|亿元|元)\s*[)）]")
MAX_AMOUNT = 10**12  # a trillion yuan: anything above is absurd for one project

_ROLE_WORDS = [
    # 结余资金20万, 剩下二十来万, surplus of 200k: what is left of the funds, not the project's figure
    ("surplus", lazy_regex(r"(结余|剩余|(?<![只就仅才])剩下|余下|结存|节余|还剩|(?<![只就仅才还])剩)(了|的|下)?(资金|经费|款|钱|金额)?(还有|有|约|大约|大概|共|是|为)?\s*$|\b(surplus|leftover|left over|unspent|remaining)( funds?| money| balance)?( of| is| was| comes to)?( about| around| roughly)?\s*$", re.I)),
    # the software part of a total ("其中软件开发30万", "软件开发费50万"), not a software project's total
    ("software_cost", lazy_regex(r"(软件开发费|开发费|软件费|应用软件开发|软件部分|软件开发(的)?(费用|金额|预算|投入|部分)"
                                 r"|软件开发\s*(那块|这块|那部分|这部分|部分)?\s*(不到|不满|超过|约|大概|大约|差不多|将近|是|为|有|花了|要|占|也就|才)\s*$"
                                 r"|软件(开发)?\s*(那块|这块|那部分|这部分)\s*$"   # 里面软件开发那块四十七八万
                                 r"|软件开发\s*(那块|这块|那部分|这部分)的?(费用|经费|钱|预算)"   # 专业软件开发那块费用七八十万
                                 r"|其中[^，,。；;]{0,4}(软件|(app|APP|App|应用)开发)|software (development |dev |developing |devel\w* )?(cost|costs|budget|part|portion|component|fees?|spend|费用?)"
                                 r"|cost of (the )?software|spent on software|of which (the )?(application )?software"
                                 r"|(application |app )?software development\s*$"   # "Budget: application software development 320k"
                                 r"|\b(custom |bespoke |mobile |web )?(application|app|apps) (software )?development\s*(fee|cost|costs)?\s*[:：=]?\s*$"   # custom application development 380k
                                 r"|((application |app )?software|\b(app|application)) development\b(?!\s+(service\s+)?(contract|project|system)s?\b)[^.;]{0,30}\b(comes to|came to|amounts to|totals|is|costs?|accounts for|takes up|makes up)\s*(exactly|precisely|about|around|roughly|approximately|nearly|almost|just"
                                 r"|(slightly |a (little )?bit |just )?(less than|more than|under|over|below|above))?\s*(rmb|yuan)?\s*$"
                                 r"|(application )?software development\s*(is|are|costs?|of|=|:|(will|would|should|may|might) (cost|be|come to|run to)|(is|are) (expected|estimated|budgeted) (to cost|at))"
                                 r"|of which (the )?(app|application|software) (development|dev)( part| cost| fee)?\s*(is|are|costs?|=|:)?"
                                 r"|\b(app|application|software) (development|dev)\w* (fee|fees|cost|costs|budget|part)\s*(is|are|of|=|:)?"
                                 # "the software dev piece is only 25w", "app development is about 60w of that"
                                 r"|\b(app|application|software) (development|dev)\w*( (piece|part|portion|side|share|bit|element|chunk|component))?\s*(is|are|was|comes to|=|:)\s*(only|just|about|around|roughly|approximately|some|exactly|under|over)?\s*$"
                                 # "app dev exactly 50w", "software development roughly 60w": the figure right after its name
                                 r"|\b(app|application|software) (development|dev)\s+(exactly|precisely|only|just|about|around|roughly|approximately)\s*$)", re.I)),
    ("change_amount", lazy_regex(r"((调整|调增|调减|增减|减少|核减|削减|压缩|砍掉|砍|减)了?\s*$|(又|再)增了?\s*$|差价|差额|价差|变更金额|变更了|变更|(?<![增追])加了|调整金额|调整数额|调整资金|(资金|投资|金额)调整|(调整|变更|变动|改动|调)的(钱|资金|金额|费用|部分)|调整涉及资金|涉及资金|涉及金额|资金变动|变动金额|变动|改动|追加|增加了|再变|又变|再调|又调|再加|又加"
                                 r"|(调整|变更|变动|改动)[^，,。；;]{0,4}涉及(到)?(的)?(资金|金额)?(大约|大概|约|差不多|将近)?\s*$"   # 建设内容调整涉及大约十五万
                                 r"|牵扯(到)?(的)?(资金|金额|钱)?|涉及到(的)?(资金|金额)?|涉及(到)?的(资金|金额|钱)|(要|得|需要|会|将|准备|大概|大约|约)动(用)?(到)?|(资金|钱)(要|得|会)?动(了)?"
                                 r"|(adjust\w*|chang\w*|modif\w*|alter\w*)\b[^.;]{0,40}\binvolv(ing|es|ed)( about| around| roughly| some| approximately)?\s*$"
                                 # "rework the main modules, which shifts 260,000 yuan": the money a change moves
                                 r"|\b(?:which|that|it|this|and)\s+(?:shifts?|moves?|reallocates?|redistributes?|affects?)\s+(?:about |around |roughly |some |approximately |nearly )?(?:RMB |CNY |¥)?$"
                                 # 调整主要建设内容大概40万, "adjusting main content worth ~400k": the figure of what is adjusted
                                 r"|(调整|变更|改动|变动)[\u4e00-\u9fff]{0,8}(大概|大约|约|差不多|将近|总共|一共)\s*$"
                                 r"|(adjust\w*|chang\w*|modif\w*|shift\w*|reallocat\w*)\b[^.;,]{0,40}\b(worth|valued at|amounting to)( about| around| roughly| some| approximately)?\s*[~≈]?\s*$"
                                 r"|(又|再|还|要|得|需要|想|打算|准备|拟)(要)?(变(?![成为得化])|加|增加|调(?![研查度试动用取阅])|调整|调增|调减)"
                                 r"|(调整|变更|改动|调)[^，,。；;？?]{0,8}涉及(到)?\s*$"
                                 r"|(改|变更|调整|变动|调)(了)?\s*[一二两三四五六七八九十几\d]+\s*(次|回)[^。；;？?]{0,6}(分别|各)(是|为)?\s*$"   # 改了三次，分别是25万、18万   # 调整的建设内容涉及50万, 内容调整涉及18万元资金
                                 r"|change[sd]? (of|worth|amounting)|changes? total|variations?|modifications?|changes? so far"
                                 r"|change[sd]? (added|adds|adding up to|add up to|totall?ing|amounting to)|adding up to|now another"
                                 r"|(changes?|change orders?|variations?)\b(?:\s*\([^()]{0,60}\))?[^.;:，。()]{0,24}?(?:\s*\([^()]{0,60}\))?\s*\b(total|totals|totall?ing|come to|comes to|amount to|amounts to|add up to|adds up to|reach|reached)\b[^.;:，。]{0,12}$"
                                 r"|(changes?|change orders?|variations?|adjustments?)\s*,?\s*(so far|now|already|to date)?\s*,?\s*(are|is|were|of|at|:|=)?\s*(now|already|currently)?\s*(at|of)?\s*(exactly|about|around|roughly|just)?\s*$"
                                 r"|[次个]change|\b(move|shift|reallocate|transfer)\b[^.;]{0,16}$"
                                 # "the accumulated changes 到了25万": the English name of the changes, the Chinese verb of their sum
                                 r"|\b(changes?|change orders?|variations?|adjustments?)\s*((已经|已|累计|总共|一共|加起来|合计)\s*)*(到了|达到了?|到|有|是|共|合计|总计)\s*$"
                                 # "the district added 100k", "cut by 200k": what a change added to or took from the figure
                                 r"|\b(added|increased (it )?by|raised (it )?by|topped (it )?up (by|with)|cut (it )?by|reduced (it )?by|trimmed (it )?by)\s*(about|around|roughly|another)?\s*$)", re.I)),
    ("contract_amount", lazy_regex(r"(合同金额|合同价|合同额|合同|contract)", re.I)),
    ("total", lazy_regex(r"(总投资|总金额|项目金额|投资|预算|概算|总额|total|budget|estimate)", re.I)),
]


@dataclass
class Amount:
    value: int
    role: str      # total, software_cost, contract_amount, change_amount, surplus (what is left: no figure of the project)
    start: int
    end: int
    text: str
    bound: str | None = None   # "lt", "le", "gt", "ge", "about", "near": 不满 / 以下 / 超过 / 以上 / 左右 / 将近 …
    span: tuple[float, float] | None = None  # an estimate's own range: 八十多万 -> (80万, 90万)
    cumulative: bool = False   # 累计正好60万: the sum of the changes so far, not one more change

    @property
    def range(self) -> tuple[float, float] | None:
        if self.span is not None:
            if self.bound in ("lt", "le"):   # 不到八十多万 is odd; 上千万以内 is below the top
                return (0, self.span[1])
            if self.bound in ("gt", "ge"):
                return (self.span[0], float("inf"))
            return self.span
        return value_range(self.value, self.bound)


# a comparative under a negation is the opposite bound (不能少于两年 is at least two years), so those come first
_BOUND_BEFORE = [("ge", lazy_regex(r"((不|不能|不得|不可|不可以|不应|不应该|不允许|没|没有|未|并未|并没有)(低于|少于|小于|短于)|至少|起码|最少|最低|at least|no less than|a minimum of"
                                   r"|(can ?not|can't|must not|mustn't|may not|shall not|should not) be (less|shorter|lower) than)\s*$", re.I)),
                 ("le", lazy_regex(r"((不|不能|不得|不可|不可以|不应|不应该|不允许|没|没有|未|并未|并没有)(超过|超出|超|高于|多于|大于|长于)|最多|至多|at most|(?<!add )(?<!adds )(?<!added )(?<!adding )up to|no more than|not more than|(?<!working )(?<!calendar )within|not exceeding"
                                   r"|(can ?not|can't|must not|mustn't|may not|shall not|should not) (be (more|longer|higher) than|exceed))\s*$", re.I)),
                 ("lt", lazy_regex(r"(不满|不足|不到|未满|低于|少于|小于|短于|under|below|less than|shorter than)\s*$", re.I)),
                 # 预算大约30万, around 300k: an estimate, a little either side
                 ("about", lazy_regex(r"(大约|大概|约|差不多|估计|预估|around|about|roughly|approximately|approx\.?|some(where)? around|in the region of)\s*(是|在|为|有)?\s*$", re.I)),
                 # 略超12万: a little over, not the figure itself
                 ("over", lazy_regex(r"(略超|稍超|略高于|稍高于|略多于|刚超过|刚超|稍微超过|slightly (over|above|more than)|just (over|above)|a (bit|little|touch) (over|above|more than))\s*(了)?\s*$", re.I)),
                 ("gt", lazy_regex(r"(超过|超出|超了|(?<=已)超|(?<=已经)超|(?<=就)超|(?<=都)超|(?<=累计)超|高于|多于|大于|长于|逾|over|more than|above|exceeding|longer than)\s*$", re.I)),
                 # 小一百万, 将近100万: a little under it
                 ("near", lazy_regex(r"(将近|接近|快到|快要|(?<![最大])小|差一点(点)?(到|就)?|差点(到|就)?|还差一点(点)?(到)?|almost|nearly|close to|just under|just below|a bit under|just short of|a little (under|below|short of)|slightly (under|below))\s*$", re.I))]
_BOUND_AFTER = [("over", lazy_regex(r"^\s*(?:元)?\s*(出头|挂零|多一点|多一些|多点|多(?![少久长大高远])|a bit over|slightly (over|above)|or a bit more)", re.I)),
                ("about", lazy_regex(r"^\s*(?:元)?\s*(左右|上下|前后|or so)", re.I)),
                ("ge", lazy_regex(r"^\s*(?:元)?(?:\(含\)|（含）)?\s*(及以上|或以上|以上|or more|and above|plus)", re.I)),
                ("le", lazy_regex(r"^\s*(?:元)?(?:\(含\)|（含）)?\s*(及以下|或以下|以下|以内|or less|and below)", re.I))]


# (超过概算总投资的10%: a base of two words)
_SHARE_BASE = lazy_regex(r"(原)?(概算|预算|项目|批复)?(合同价|合同金额|合同额|合同总价|合同总额|总投资|中标价|中标金额|预算|概算|批复金额|批复投资)(的)?\s*$")


def bound_of(text: str, start: int, end: int) -> str | None:
    """The comparative word around a number: 不满30万 -> lt, 30万以上 -> ge."""
    before = text[max(0, start - 12):start]
    # 超过合同价的10%: the base a share is of stands between the comparative and the number
    before = _SHARE_BASE.sub("", re.sub(r"百分之\s*$", "", before))   # (超过合同价的百分之十: the number is 十)
    if before.isascii():   # English says it in more letters: "can't be shorter than"
        before = text[max(0, start - 32):start]
    for bound, pattern in _BOUND_BEFORE:
        if pattern.search(before):
            return bound
    after = text[end:end + 12]
    for bound, pattern in _BOUND_AFTER:
        if pattern.search(after):
            return bound
    return None


def value_range(value: float, bound: str | None) -> tuple[float, float] | None:
    """The values a bounded statement allows: 不满30万 -> [0, 30万), as a closed interval."""
    eps = 1e-6
    return {"lt": (0, value - eps), "le": (0, value), "near": (value * 0.9, value - eps), "gt": (value + eps, float("inf")),
            "ge": (value, float("inf")), "about": (value - _leeway(value), value + _leeway(value)),
            # 5000万出头: a little above the figure, not the figure itself, and (49万出头) below its next unit
            "over": (value + eps, min(value * 1.1, value + numbers.last_place(value) * 0.999999))}.get(bound)


def _leeway(value: float) -> float:
    """How far either side an estimate reaches: 3%, but not past half the last digit said, so that
    4900万左右 stays under 5000万 while 大约50万 leaves a threshold at 50万 undecided."""
    return min(value * 0.03, numbers.last_place(value) / 2)


cn_number = numbers.cn_number


_ROLE_AFTER = [
    # "200k yuan of construction money left over": what is left of the funds, not the project's figure
    ("surplus", lazy_regex(r"^\s*(?:yuan|rmb|元)?\s*(?:of\s+(?:the\s+)?[\w\s-]{0,30}?)?(?:is\s+|was\s+)?(?:left\s*over|leftover|unspent|remaining|surplus)\b", re.I)),
    # 还有三十来万结余资金没上缴: the same, said after the figure
    ("surplus", lazy_regex(r"^\s*(?:元)?\s*(?:的)?(?:结余|剩余|节余|结存)(?:资金|经费|款|的钱)?")),
    # ("600k yuan of custom application software development": the kind of software said before it)
    ("software_cost", lazy_regex(r"^\s*(?:yuan|rmb|元)?\s*(?:of|for|in|on)\s+(?:(?:it|which|that|this)\s+(?:is\s+|for\s+|on\s+)?)?(?:the\s+)?"
                                 r"(?:(?:custom|customi[sz]ed|bespoke|tailor-made|new|purpose-built)\s+)?(?:application\s+|app\s+)?software", re.I)),
    ("software_cost", lazy_regex(r"^\s*(?:元)?(?:的)?(?:软件开发费|软件费|用于软件开发)")),
    # "of which 450k is application software development", "of which about 600k is app development"
    ("software_cost", lazy_regex(r"^\s*(?:yuan|rmb)?\s*(?:is|are|goes (?:to|on)|is for|is spent on|will go (?:to|on))\s+(?:the\s+|for\s+)?(?:(?:custom|customi[sz]ed|bespoke|tailor-made|new)\s+)?(?:(?:application\s+|app\s+)?software|(?:application|app)s?\s+(?:development|dev)\b)", re.I)),
    ("contract_amount", lazy_regex(r"^\s*(?:yuan|rmb)?\s*(?:contract|under (?:the|a) contract)", re.I)),
    # another 450k change, a 30万的变更: the figure of a change
    ("change_amount", lazy_regex(r"^\s*(?:yuan|rmb|元)?\s*(?:(?:worth of |of )?(?:(?:cumulative|accumulated|total|further|additional) )?(?:changes?|variations?|modifications?|change orders?)\b|的?(?:变更|调整))", re.I)),
    # "about 250k yuan of funds would move / be shifted / be reallocated": the figure of a change
    ("change_amount", lazy_regex(r"^\s*(?:yuan|rmb)?\s*(?:of (?:the )?(?:funds?|money|budget)\s+)?(?:would|will|is to|are to|to|must|need to|needs to)?\s*(?:be\s+)?(?:move[sd]?|moving|shift(?:ed)?|reallocated?|re-?allocated|adjusted|changed|redistributed)\b", re.I)),
]


# the amount reader's own words, for reading their homophone slips (软件开法费用 is 软件开发费用)
ROLE_TERMS = ("软件开发", "软件开发费", "开发费", "软件费", "合同金额", "合同价", "变更金额", "调整金额", "总投资", "预算")

_GOES_ON = lazy_regex(r"\s*(?:目前|现在|至今|到现在|到目前为止)?\s*(累计|总共|一共|加起来|算下来|前后|分别|一次|第一次|一回|第一回|这回|上回|各|依次|一个|前一次|先后|金额|数额|涉及金额|涉及资金|也就是|就是|即|合计|共计|$)")   # 变更过一次，金额30万; 两次change，8万和7万


_PAID_BY_REST = lazy_regex(r"\s*(?:元)?\s*(?:由|是|让|归)?[^，,。；;？?]{0,8}?(?:自筹|自己筹|筹集|筹措|自己出|自己掏|来出|出资|承担|配套|兜底)")


_NEXT_CHANGE = lazy_regex(r"\s*(?:yuan|rmb)?\s*(?:,|;|and|&|plus|\+|then|/|、|，)\s*(?:(?:and|then)\s+)?(?:now\s+|later\s+)?(?:(?:another|one more|a (?:second|third|further) one)\s*(?:of|for|at|worth)?\s*,?\s*)?", re.I)
_WORTH_AFTER = lazy_regex(r"\s*(?:yuan|rmb)?\s*worth\b(?! of (?:hardware|software|equipment|servers?|licen[cs]es?)\b)", re.I)
# (what is changed named after the verb, "change some of the main content, roughly": not "after changing vendors, the new
# contract is roughly", the project's own figure)
_CHANGED_BEFORE = lazy_regex(r"\b(?:adjust|chang|modif|alter|shift|reallocat|re-?scop)\w*\s+(?:\w+\s+){0,4}?(?:content|contents|scope|items?|modules?|functions?|features?|parts?|portion)\b[^.;]{0,20}$", re.I)
_TOTAL_SAID = lazy_regex(r"\b(?:is|are|was|were|now|comes? to|totals?|costs?)\s+(?:roughly|about|around|approximately|some|now)?\s*$", re.I)


_ARTICLE_BEFORE = lazy_regex(r"\b(?:a|an|the|our|this|its|their)\s*$", re.I)
_BARE_INVOLVES = lazy_regex(r"\s*(?:这|这部分|这块|这一块|大概|大约)?涉及(?:到)?(?:的)?(?:资金|金额)?(?:大约|大概|约|差不多|将近)?\s*")
_CHANGE_CLAUSE = lazy_regex(r"(?<![不没])(?:改|调整|调|变更|变动|改动)(?!革|进|善|造)")


def _role(sentence: str, start: int, end: int) -> str:
    english = sentence[max(0, start - 2):start].isascii()
    # English says more words, and a comma does not end what they say of the figure ("two variations so far, 400k")
    clause_start = max(sentence.rfind(p, 0, start) for p in (".;。；" if english else "，,。；;、"))
    window = 96 if english else 12   # "the application-software development part of our contract is", "the change orders so far (all within …) add up to about"
    if not english and re.search(r"[A-Za-z]{3,}[^A-Za-z]{0,10}$", sentence[clause_start + 1:start]):
        window = 40   # (English words right before a Chinese unit: "software dev 费 60万")
    before = re.sub(r"\s*[~≈～]\s*$", "", sentence[clause_start + 1:start][-window:].lower())   # (change is now ~350k)
    if not english and _GOES_ON.match(sentence[clause_start + 1:start]) and clause_start > 0:
        # 变更了两次，分别40万和45万: a clause that lists goes on from the one before it
        before = sentence[max(sentence.rfind(p, 0, clause_start) for p in "，,。；;、") + 1:start][-(window + 12):].lower()
    if not english and clause_start > 0 and _BARE_INVOLVES.fullmatch(before):
        # 要改部分建设内容，涉及30万: a clause that only says what the one before involves gives the change's figure
        prev = sentence[max(sentence.rfind(p, 0, clause_start) for p in "，,。；;、") + 1:clause_start]
        if _CHANGE_CLAUSE.search(prev):
            return "change_amount"
    after = sentence[end:end + 40]
    said_after = next((role for role, pattern in _ROLE_AFTER if pattern.search(after)), None)
    if english and _WORTH_AFTER.match(after) and _CHANGED_BEFORE.search(before) and not _TOTAL_SAID.search(before):
        return "change_amount"   # "we have to change some of the main content, roughly 180k worth": the change's figure
    for role, pattern in _ROLE_WORDS:
        if role == "surplus" and _PAID_BY_REST.match(after):
            continue   # 区财政拨四十八万，剩下十万街道自己筹: the rest of the cost, paid by another, not money left over
        if pattern.search(before):
            # "totalling 980,000 yuan, with 520,000 yuan for application software": what follows the
            # figure names it more closely than a total said before it
            if english and said_after == "contract_amount" and role == "change_amount" and _ARTICLE_BEFORE.search(before):
                return said_after   # "the variations came to 30万 on a 240万 contract": the contract the changes are of
            return said_after if english and said_after and role in ("total", "contract_amount") else role
    if said_after:
        return said_after
    if not english and re.search(r"软件开发\s*$", before) and re.search(r"总额|总投资|总预算|总价|合计|项目(金额|预算)|全部",
                                                                      sentence[:max(clause_start, 0)] + "，" + sentence[end:]):
        # 总额不满100万，软件开发60万左右; 软件开发60万，总投资才80万: a part of the total named before or after it
        return "software_cost"
    return "total"


# 可能29.5万也可能刚好30万, 300k or 400k, maybe 18 months — the second figure offered as another possibility
# (四十八九万，也可能会到五十出头; 二十八九万，估计后面会涨到三十二万左右; 估计45万，也可能超过50万: the later figure one it may come to)
_OR = lazy_regex(r"\s*[,，]?\s*(?:或者?是?|还是|也(?:有)?可能(?:会)?(?:是|到|达到|涨到|超过|超)?|又或者|(?:估计|可能)?(?:后面|以后|最后)?(?:可能)?会(?:涨|加|增加|升)到"
                 r"|or(?:\s+(?:maybe|perhaps|possibly))?|maybe|perhaps|possibly)"
                 r"\s*(?:是|刚好|正好|恰好|就|exactly|just|even|right at)?\s*", re.I)


def _alternatives(norm: str, found: list[Amount]) -> list[Amount]:
    """Two figures of the same kind offered as alternatives (可能29.5万也可能30万, "980k, or exactly 1 million", "300k
    or 400k") are one figure not yet known: the range from the lower to the higher, so that a threshold between them
    leaves the answer open and one outside them decides it."""
    merged: list[Amount] = []
    for a in found:
        before = merged[-1] if merged else None
        # (软件开发费用估计45万，也可能超过50万: the second, with nothing between but the word of another possibility, is of
        # the same thing, whatever role it would have alone)
        if before is not None and (before.role == a.role or a.role == "total") and a.bound in (None, "about", "gt", "ge") and before.bound in (None, "about") \
                and (_OR.fullmatch(norm[before.end:a.start]) or a.bound in ("gt", "ge") and _OR.fullmatch(norm[before.end:a.start] + "超过")) \
                and before.value != a.value:
            spans = [x.range or (x.value, x.value) for x in (before, a)]
            low, high = min(r[0] for r in spans), max(r[1] for r in spans)
            merged[-1] = Amount(_exact(Decimal(str(low))), before.role, before.start, a.end, norm[before.start:a.end], span=(float(low), float(high)))
            continue
        merged.append(a)
    return merged


def find_amounts(text: str, bare_ok: bool = False, cap: bool = True) -> list[Amount]:
    """All money amounts in ``text``. With ``bare_ok`` a plain number counts as yuan (an answer
    to "how much?"), otherwise a money unit is required. With ``cap`` an amount beyond any one
    project (``MAX_AMOUNT``) is not taken as one. Estimates (八十多万, 七八十万, 上千万, 70-80万)
    carry the range they allow; a form's header unit (金额（万元）：120) applies to its bare numbers;
    where a list has a 合计/总计 row, that row is the total and the items are not."""
    norm = numbers.mixed_numerals(numbers.english_numbers(unicodedata.normalize("NFKC", text)))
    header = _HEADER_UNIT.search(norm)
    header_unit = {"万元": "万", "亿元": "亿", "元": ""}[header.group("unit")] if header else None
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    for m in _SPAN.finditer(norm):
        a, ua = m.group("a"), m.group("ua")
        if not ua and len(a) > 1 and a[-1] in "万萬":   # 八九十万到一百二十万: the first end's own unit
            a, ua = a[:-1], "万"
        b, unit = m.group("b"), m.group("unit")
        if not unit and len(b) > 1 and b[-1] in "万萬亿億":   # 七十到八十万: the unit read into the number
            b, unit = b[:-1], {"萬": "万", "億": "亿"}.get(b[-1], b[-1])
        lo, hi = numbers.to_number(a), numbers.to_number(b)
        if lo is None and numbers.cn_estimate(a):   # 八九十万到一百二十万, 九百多万到…: from the estimate's low end
            lo = numbers.cn_estimate(a)[0]
        if hi is None and numbers.cn_estimate(b):   # 二十几到三十几万: to the estimate's high end
            hi = numbers.cn_estimate(b)[1]
        if lo is None or hi is None or lo <= 0:   # compared once each end has its unit
            continue
        if not unit and not m.group("tail"):
            continue   # two bare numbers: no money
        scale = _UNIT.get((unit or "").lower(), 1)
        scale_a = _UNIT.get(ua.lower(), 1) if ua else scale   # between 800k and 1.2m: each end its own unit
        if " and" in m.group(0) and not m.group(0).lower().startswith("between") \
                and not re.search(r"\bbetween\s+(?:RMB|CNY|¥)\s*$", norm[:m.start()], re.I):
            continue   # "400k and 450k" lists two amounts; only "between … and …" is a range
        low, high = Decimal(str(lo)) * scale_a, Decimal(str(hi)) * scale
        if not low < high:
            continue
        if cap and high > MAX_AMOUNT:
            continue
        found.append(Amount(_exact(low), _role(norm, m.start(), m.end()), m.start(), m.end(), m.group(0).strip(),
                            span=(float(low), float(high))))
        taken.append((m.start(), m.end()))
    for m in _AMOUNT.finditer(norm):
        if any(s < m.end() and m.start() < e for s, e in taken):   # (RMB 700-800k: the currency before a range's first end)
            continue
        num, unit = m.group("num"), (m.group("unit") or "").lower()
        tail = m.group("tail") or ""
        if "万元" in tail or "亿元" in tail:  # 预算：120（万元）
            unit = unit or ("万" if "万元" in tail else "亿")
        some, more = m.group("some") or "", m.group("more") or ""
        some = "上" if some == "过" else some   # 总投资过千万: above a thousand 万, as 上千万
        before = norm[max(0, m.start() - 1):m.start()]
        if before == "第" or (before and before.isalpha() and before.isascii()):
            continue
        span = None
        if num[0].isdigit():
            if "," in num and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", num):
                continue
            value = Decimal(num.replace(",", ""))  # exact: 1.2亿 is 120000000, not 119999999.99
            if more:
                span = numbers.cn_estimate(num.replace(",", "") + more)
        else:
            core, big = num, 1
            while core and core[-1] in "万亿萬億":
                big *= 10_000 if core[-1] in "万萬" else 100_000_000
                core = core[:-1]
            estimate = numbers.cn_estimate(some + core + more) if core else None
            if more == "多" and big > 1 and not some:   # 六十万多: some below the 万 said, not sixty-odd 万
                estimate = None
                plain = numbers.cn_number(num)
                if plain is None:
                    continue
                value, span = Decimal(str(plain)), (plain + 1e-6, plain + big * 0.999999)
            elif estimate:
                span = (estimate[0] * big, estimate[1] * big)
                value = Decimal(str(estimate[0] * big))
            else:
                if some or more:
                    continue
                plain = numbers.cn_number(num)
                if plain is None:
                    continue
                value = Decimal(str(plain))
            if not unit and not tail and not any(c in num for c in "万亿萬億") and not _money_before(norm, m.start()):
                continue
        if span and more in ("多", "余") and span[0] == float(value):   # 八十多万 is more than 80万, not 80万 itself
            span = (span[0] + 1e-6, span[1])
        has_money = bool(unit or tail or m.group("pre")) or any(c in num for c in "万亿萬億") \
            or (_money_before(norm, m.start()) and not re.match(r"\s*[%％年月日号个条天周次家名人期章段倍]|[-/.]\d", norm[m.end():m.end() + 2]))   # 合同是2026-01-28签的: a date
        if not has_money and re.fullmatch(r"\d{1,3}(,\d{3})+", num) and _EN_MONEY.search(norm) and not re.match(
                r"\s*(users|residents|people|persons|staff|visitors|records|items|pages|times|accounts|devices|households|cases)\b",
                norm[m.end():], re.I):
            has_money = True   # changes adding up to roughly 550,000 so far (a 6,000,000-yuan contract)
        if not has_money and header_unit is not None and not re.match(r"\s*[%％年月日号个条天周次]", norm[m.end():m.end() + 2]):
            unit, has_money = header_unit, True
        if not has_money and not bare_ok:
            continue
        after = norm[m.end():m.end() + 2]
        if not has_money and re.match(r"\s*(年|月|日|号|个|%|条|天|周|次|家|名|人|期|章|段|倍)", after):
            continue
        if unit == "kw" and (re.search(r"kW|KW", text) or re.search(r"ups|功率|电源|发电|空调|power|generator|空开", norm, re.I)):
            continue   # 30kW的UPS: power, not 3亿
        scale = _UNIT.get(unit, 1)
        amount = value * scale + (Decimal(m.group("thou")) * 1000 if m.group("thou") else 0)
        if (amount <= 0 and not bare_ok) or (cap and amount > MAX_AMOUNT):
            continue
        if span is not None:
            span = (float(Decimal(str(span[0])) * scale), float(Decimal(str(span[1])) * scale))
        found.append(Amount(_exact(amount), _role(norm, m.start(), m.end()), m.start(), m.end(), m.group(0).strip(),
                            bound_of(norm, m.start(), m.end()), span=span))
    found.sort(key=lambda a: a.start)
    found = _alternatives(norm, found)
    for before, a in zip(found, found[1:], strict=False):   # 8万和7万, 40万、45万: the second goes with the first
        if a.role == "total" and before.role == "change_amount" and \
                re.fullmatch(r"\s*(和|与|及|、|跟|and|,|，)\s*(一回|一次|另一次|另一回|第二次|第二回|再一次)?\s*", norm[before.end:a.start]):
            a.role = before.role
    # 软件开发费用不到50万，大概四十八万: the estimate after a bound says the same figure more closely
    refined = set()
    for before, a in zip(found, found[1:], strict=False):
        if a.role in ("total", before.role) and before.bound and _REFINES.fullmatch(norm[before.end:a.start]) \
                and (r := before.range) is not None and r[0] <= a.value <= r[1]:
            a.role = before.role
            refined.add(id(before))
    found = [a for a in found if id(a) not in refined]
    # 数据共享这一块, 那一块: a part of the work, not one yuan
    found = [a for a in found if not (re.fullmatch(r"(一|1)\s*块", a.text) and re.search(r"[这那哪每]$", norm[:a.start]))]
    # 等终验前一块交, 一块报: together, not one yuan
    found = [a for a in found if not (re.fullmatch(r"一\s*块", a.text) and re.match(r"\s*(儿)?(交|报|做|办|弄|搞|验|走|申请|提交|上报|备案|上传|整改|招标|采购|建|评审|测|出钱|出资|投|出|用|管|干|开|签|凑)", norm[a.end:]))]
    # 预算分三块, 拆成两大块: parts of the work, not yuan
    found = [a for a in found if not (re.fullmatch(r"[一二两三四五六七八九十几\d]+\s*块", a.text)
                                      and (re.search(r"(分|分成|分为|拆成|拆为|切成)\s*$", norm[:a.start]) or re.match(r"\s*[：:]", norm[a.end:])))]
    # 二十九万九，差一千块到30万; 离30万还差一千块: the shortfall and the line it falls short of, no figure of the project's
    short = set()
    for a, b in zip(found, found[1:], strict=False):
        if re.search(r"差\s*$", norm[max(0, a.start - 2):a.start]) and re.fullmatch(r"\s*(?:就|才|便)?(?:到|够|满|达到)\s*", norm[a.end:b.start]) \
                or re.search(r"离\s*$", norm[max(0, a.start - 2):a.start]) and re.fullmatch(r"\s*(?:还|只|就)?差\s*", norm[a.end:b.start]):
            short |= {id(a), id(b)}
    short |= {id(a) for a in found if re.search(r"离\s*$", norm[max(0, a.start - 2):a.start]) and re.match(r"\s*(?:还|只|就)?差", norm[a.end:])}
    found = [a for a in found if id(a) not in short]
    # ("change orders so far: 90k and 30k", "change orders, 90k, and now one more, 30k": a figure listed after a change's is
    # another change, not the contract named earlier in the sentence)
    for before, a in zip(found, found[1:], strict=False):
        if before.role == "change_amount" and a.role in ("total", "contract_amount") and _NEXT_CHANGE.fullmatch(norm[before.end:a.start]):
            a.role = "change_amount"
    for a in found:   # 之前变更35万，这次25万，累计正好60万: the last is their sum
        clause = re.split(r"[，,。；;]", norm[:a.start])[-1]
        a.cumulative = a.role == "change_amount" and bool(_CUMULATIVE.search(clause))
    return _with_total_row(norm, found)


_REFINES = lazy_regex(r"\s*(元|块)?\s*[，,(（]\s*(大概|大约|约|差不多|估计|估摸着?|应该是|具体是|实际是|实际上是|准确说是|也就|就是|预计)\s*(是|在)?\s*"
                      r"|\s*(yuan)?\s*[,(]\s*(about|around|roughly|approximately|probably|likely|say|estimated at)\s*", re.I)
_CUMULATIVE = lazy_regex(r"累计|总共|一共|合计|加起来|共计|in total|so far|altogether|cumulative", re.I)


_TOTAL_ROW = lazy_regex(r"(合计|总计|共计|小计合计|总额|一共|总共|加起来|加在一起|合起来|(?<=[，,；;、\s])共|total|in total|altogether|(?<=[万元wk\d\s])[=＝])\s*(是|为|有|约|大概)?\s*[:：]?\s*$", re.I)


# "…; 44 million yuan in total": the row says it is the total after its figure
_TOTAL_AFTER = lazy_regex(r"\s*(yuan|rmb|元)?\s*(in total|in all|altogether|total)\b|\s*(元)?\s*(合计|总计)\s*$", re.I)
_EACH = lazy_regex(r"分别|各自|每个|每一个|各个|respectively|each")
# "合计下来要不要监理", "加起来多少": the items are to be added up, no total is given
_ADD_UP = lazy_regex(r"合计下来|合起来|加起来|加在一起|加一起|总共加|一共加|合计(?![\s:：]*[\d一二三四五六七八九十两])|add(ed)? up|in total|altogether", re.I)


# 合同才三千二, 预算是4500: a number right after a word for money is yuan even without 元
_MONEY_BEFORE = lazy_regex(r"(合同额|合同金额|合同价|合同|预算|总投资|投资额|金额|报价|造价|总价|花了|花费)\s*"
                           r"(才|只有|就|是|为|约|大约|大概|共|一共)?\s*[:：]?\s*$")


_EN_MONEY = lazy_regex(r"\b(yuan|rmb|cny|contract (price|value|amount)|budget|estimate|investment|quote|quoted|quotation|price|cost|costs|fee|fees|total)\b", re.I)


def _money_before(norm: str, start: int) -> bool:
    return bool(_MONEY_BEFORE.search(norm[max(0, start - 8):start]))


# a payer's share: 财政拨, 自筹, 再出, 配套, the company puts in
_PAID = lazy_regex(r"(拨|拨付|拨款|下拨|自筹|再出|出资|出了|出|配套|补助|投入|掏)(了)?\s*(资金|经费)?\s*(约|大约|大概)?\s*$"
                   r"|\b(puts? in|contribut\w+|chips? in|funds?|pays?|provides?)\s*(another\s*)?$", re.I)


_WHOLE_LABEL = lazy_regex(r"预算|总投资|总预算|投资总额|总额|合计|项目金额|项目总|总价|\b(total|budget|overall)\b", re.I)
_OF_WHICH = lazy_regex(r"[^，,。；;\d]{0,8}?[，,。；;\s]*(其中|of which|including)", re.I)


_NAMED_WHOLE = lazy_regex(r"(?:总投资|投资总额|总预算|项目总额)\s*(?:是|为|约|大概)?\s*[:：]?\s*$")


def _with_total_row(norm: str, found: list[Amount]) -> list[Amount]:
    """A pasted list of items with a 合计 row: the row is the total, the items are parts of it; a
    list whose total is asked for but not given ("…12万、15万、4万，合计下来要不要监理") adds up."""
    # (the changes total 350,000: a sum of changes, not the project's total)
    for a in found:   # 变更记录：1. 接口调整 12万 …: items under a heading of changes are changes
        if a.role == "total" and _heading_role(norm, a) == "change_amount":
            a.role = "change_amount"
    # 硬件采购60万，其中服务器40万: a part of an item, said after it, is in it already
    within = {id(a) for a in found if re.search(r"其中[^，,。；;\d]{0,8}$", norm[max(0, a.start - 12):a.start])
              and (prev := [b for b in found if b.end <= a.start])
              and not _WHOLE_LABEL.search(norm[max(0, prev[-1].start - 10):prev[-1].start]) and a.role == "total"}
    # (总投资110万（软件开发55万，硬件30万…）; 第一年投入20万，第二年投入20万，总投资40万: a figure named the whole, among figures
    # of nothing else, is their total, not one more of them)
    plain_list = all(b.role in ("total", "software_cost") for b in found)
    totals = [a for a in found if (_TOTAL_ROW.search(norm[max(0, a.start - 8):a.start]) or _TOTAL_AFTER.match(norm[a.end:])
                                   or plain_list and a.role == "total" and _NAMED_WHOLE.search(norm[max(0, a.start - 8):a.start])
                                   or _OF_WHICH.match(norm[a.end:]) and _WHOLE_LABEL.search(norm[max(0, a.start - 10):a.start]))
              # 预算120（万元）其中软件开发80: the whole, then its parts (not 硬件60万，其中服务器40万, an item's own)
              and a.role != "change_amount"
              # ("9 million yuan total investment, … now estimated at 11 million": a figure that became another, no list's total)
              and not any(b.start > a.end and became(norm, a, b) for b in found)]
    # 合同分项：软件开发320万、硬件设备450万…: the list's heading (合同分项) is no item's label
    if len(found) >= 3 and not totals:
        for a in found:
            if a.role == "contract_amount" and a.span is None and a.bound is None \
                    and re.search(r"(合同|contract)[^，,。；;:：]{0,6}[:：][^，,。；;:：]{0,12}$", norm[:a.start], re.I) \
                    and not re.search(r"合同|contract", _label(norm, a, found), re.I):
                a.role = "total"
    items = [a for a in found if a.role == "total" and a.span is None and a.bound is None]
    listed = len([a for a in found if a.role in ("total", "software_cost")]) >= 3 and not _EACH.search(norm)   # 硬件18万 软件开发9万 集成服务4万: a project's parts
    if not totals and listed:
        for a in items:   # an item labelled as development (门户开发（一期）18万) is software, as in a list with a total
            if re.search(r"软件|开发|software|development", _label(norm, a, found), re.I) or _heading_role(norm, a) == "software_cost":
                a.role = "software_cost"
    parts = [a for a in found if a.role in ("total", "software_cost") and a.span is None and a.bound is None]
    if not totals and len(parts) >= 3 and len(parts) == len(found) and any(a.role == "software_cost" for a in parts) \
            and not _EACH.search(norm):
        # "software development 320,000; integration 250,000; cloud 180,000": the parts, one of them
        # the software's, add up to the whole
        whole = sum(Decimal(str(a.value)) for a in parts if id(a) not in within)
        return [Amount(_exact(whole), "total", parts[0].start, parts[-1].end, norm[parts[0].start:parts[-1].end]),
                *_software_summed(norm, [a for a in parts if a.role == "software_cost"])]
    # 区财政拨四十八万，街道自筹再出五万: each figure a payer's share, the project is their sum
    # (…，剩下十万街道自己筹: the payer said after the figure)
    shares = len(items) >= 2 and all(_PAID.search(norm[max(0, a.start - (24 if norm[a.start - 2:a.start].isascii() else 8)):a.start])
                                     or _PAID_BY_REST.match(norm, a.end) for a in items)
    if not totals and len(items) >= 2 and len(items) == len(found) and (_ADD_UP.search(norm) or listed or shares):
        whole = sum(Decimal(str(a.value)) for a in items if id(a) not in within)
        first, last = items[0], items[-1]
        return [Amount(_exact(whole), "total", first.start, last.end, norm[first.start:last.end])]
    if not totals or len(found) < 2:
        return found
    total = totals[-1]
    # 合同金额合计1050万: the row says whose total it is; a list's heading (合同清单：) is not an item's label
    row = re.split(r"[、，,;；:：。\n]", norm[max(0, total.start - 12):total.start])[-1]
    contract_row = bool(re.search(r"合同|contract", row, re.I))
    prev = [a for a in found if a.end <= total.start]
    if prev and prev[-1].role == "change_amount" and not contract_row:
        # 第一次18万、第二次15万，合计33万: the changes' sum, a change (not 现在合同价合计212万, the contract's total)
        total.role, total.cumulative = "change_amount", True
        return found
    total.role = "contract_amount" if contract_row else "total"
    before = None
    for a in found:   # an item of the list labelled as software (软件开发45万, 一期功能开发30万) is the software cost
        label = _label(norm, a, found)
        if a is not total and a.role == "contract_amount" and not re.search(r"合同|contract", label, re.I):
            a.role = "total"
        if a is not total and a.role == "total" and re.search(r"软件|开发|software|development", label, re.I):
            a.role = "software_cost"
        # 应用软件开发拆成两个模块，30万元加25万元，总共55万元: a figure added to a software one, with no label
        # of its own, is more of the software
        if a is not total and a.role == "total" and before is not None and before.role == "software_cost" \
                and _ADDED.fullmatch(label):
            a.role = "software_cost"
        before = a
    soft = [a for a in found if a is not total and a.role == "software_cost" and a.span is None]
    summed = _software_summed(norm, soft)
    found = [summed[0] if a is soft[0] else a for a in found if a not in soft[1:]] if soft else found
    return [total] + [a for a in found if a is not total and a.role != "total"]


# 应用软件开发费：定制开发280k、移动端120k，另外还有云资源租用30万: items under a software heading, up to 另外/还有;
# 变更记录：\n1. 接口调整 12万\n2. …: a numbered list under a heading of changes, up to a line that is no item
_SOFTWARE_HEADING = lazy_regex(r"(应用)?软件(开发)?(费|费用|部分|这块)?\s*[:：]|software( development)?( costs?)?\s*:", re.I)
_CHANGE_HEADING = lazy_regex(r"(变更|调整|追加|增补|增加)(的)?(记录|明细|清单|内容|情况|事项|项目|金额)?\s*(如下)?\s*[:：]|(changes|variations|change orders)( so far)?\s*:", re.I)
_HEADING_ENDS = lazy_regex(r"另外|另有|此外|还有|其他|其余|以及|[。；;]|\b(plus|besides|also|other)\b", re.I)
_ITEM_LINE = lazy_regex(r"\n\s*(\d+[.、)）]|[-*•·]|[（(]\d+[)）]|[一二三四五六七八九十]+、)")


_ADDED = lazy_regex(r"\s*(元|万元|万)?\s*(再)?(加上|加|\+|和|plus|and)\s*", re.I)


def _heading_role(norm: str, a: Amount) -> str | None:
    """The role the heading an item is listed under gives it: software_cost, change_amount or None."""
    for pattern, role in ((_CHANGE_HEADING, "change_amount"), (_SOFTWARE_HEADING, "software_cost")):
        heads = [m for m in pattern.finditer(norm) if m.end() <= a.start]
        if not heads:
            continue
        between = norm[heads[-1].end():a.start]
        # a line break ends a heading's items unless the lines are the list's numbered items
        lines_ok = "\n" not in between or all(_ITEM_LINE.match(x) for x in re.findall(r"\n[^\n]*", between))
        if lines_ok and not _HEADING_ENDS.search(between):
            return role
    return None


def _label(norm: str, a: Amount, found: list[Amount]) -> str:
    """The label of a list item: what comes before its figure since the last separator or the
    figure before it (硬件18万 软件开发9万 集成服务4万)."""
    start = max([a.start - 10, 0, *(b.end for b in found if b.end <= a.start)])
    return re.split(r"[、，,;；:：\n]", norm[start:a.start])[-1]


def _software_summed(norm: str, soft: list[Amount]) -> list[Amount]:
    """Several software items of one list (一期功能开发30万；二期功能开发20万; 应用软件开发（PC端）28万；
    应用软件开发（移动端）25万): the software cost is their sum."""
    if len(soft) < 2:
        return soft
    return [Amount(_exact(sum(Decimal(str(a.value)) for a in soft)), "software_cost", soft[0].start, soft[-1].end,
                   norm[soft[0].start:soft[-1].end])]


def _exact(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)  # 299999.99元 stays under 30万


_FILLER = lazy_regex(r"(大概|大约|约|左右|差不多|总共|一共|合计|共计|总投资|总金额|项目金额|金额|预算|人民币|是|为|有|的|钱|元|块|yuan|rmb|cny|about|around|approx\.?|total|[\s,，。.~～+＋-]|负)", re.I)


def parse_amount(text: str) -> int | None:
    """The one amount that makes up an answer such as "80万", "八十万", "800,000", "1.2亿" or
    "大概80万左右"; None if there is none, several, or anything else in the text ("1e20")."""
    norm = unicodedata.normalize("NFKC", text).strip()
    found = find_amounts(norm, bare_ok=True, cap=False)
    if len(found) != 1:
        return None
    a = found[0]
    if _FILLER.sub("", norm[:a.start] + norm[a.end:]):
        return None
    sign = -1 if norm[:1] in ("-", "负", "−") else 1
    return sign * a.value
