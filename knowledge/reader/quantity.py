"""What a what-question asks to be measured, and whether a text gives that measure.

"竣工验收组最少要几个专家" asks for a count *of experts*; "核准文件的有效期是多长时间" asks for a
length *of the validity period*. A text that names the thing but gives no such number is silent on
that part. A number counts as given only when it is of the kind asked (a count of people is not
"5个工作日", a length is not the year "2021年") and stands in the same sentence as a word of what
the quantity is of (the question's "head": two-character pieces of the Chinese words around the
asking phrase, or the first letters of the English ones); when the text never uses a word of the
head at all (a colloquial head), any number of the kind asked is taken as given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.lazy_regex import lazy_regex

from ..texts.text import pairs
from .actors import BODY, ENDS, same_body

_N = r"(?:\d+|(?<![下上第统唯同逐每])[一二两三四五六七八九十百]+)"
_EN_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)"
# a length of time in numbers: 5个工作日, 3个月, two years
# (not a month of the year in a list of them, 1月、4月、7月、10月的5日前)
_LENGTH = rf"(?<![\d、]){_N}\s*(个)?(工作日|日|天|周|月(?![、份]|\s*的?\s*\d+\s*[日号])|年(?!度)|小时)|\b{_EN_N}[\s-]*(working |calendar )?(days?|weeks?|months?|years?)"
_CALENDAR_DATE = lazy_regex(r"(19|20)\d\d\s*年|\d+\s*月\s*\d+\s*日|(?:首|当|每|本|次|该)月\s*\d+\s*日|[一二三四五六七八九十]+月[一二三四五六七八九十]+日")
# (kind, how a question asks for it, how a text gives it, catalogue key of its name)
# 试运行只跑了两周，时间够不够, "Is that long enough?": whether a length said is long enough, which only a length the
# text gives answers
# (这个期限合规吗: a period the asker set, asked to be allowed)
_LENGTH_SUFFICES = lazy_regex(r"(时间|时长|期限|天数|周期)(够不够|够吗|够了吗|够了吧|够长吗|足够吗|够不|达标吗)"
                              r"|(期限|时限)(合规|合不合规|符合规定|符不符合规定|符合要求|符不符合要求|合法)(吗|么|嘛|不)?\s*[？?]?\s*$"
                              r"|\b(long enough|enough time)\b|\b(is|would be) (that|this|the) (deadline|time limit|timeframe) (compliant|ok|okay|acceptable|allowed)\b", re.I)


_KINDS = [
    ("duration",   # a number of days or months: "promptly" does not say how many
     lazy_regex(r"(?<!哪)几个月|几年|几天|几周|多少天|多少日|(具体|明确)(的)?(天数|日数|工作日数)|天数要求|(有没有|有无|是否有)(时间|时限|期限|年限|年数|天数)(上的)?(限制|要求|规定)|多少个?(工作日|月|年|周|星期)|几个工作日|(?<!月)几日|how many (days|weeks|months|years|working days)"
                r"|(required|minimum|maximum|prescribed)? ?(length|duration) of|\b(?:minimum|maximum|required|prescribed|set|fixed|specific|shortest|longest) (?:[\w-]+\s){0,3}(?:length|duration)\b"
                r"|时长[^，,。？?]{0,4}(要求|规定|限制|多少|下限|上限|最短|最长)"   # 对试运行时长有要求吗
                r"|\bis there (?:an?|any) (?:specific |set |fixed |required |prescribed |overall |total )?(?:deadline|time limit|timeframe|time frame)\b"
                r"|(shortest|minimum|longest|maximum|required|minimal) (\w+ ){0,2}(period|term|duration)\b"   # the shortest warranty period
                r"|(?:最短|最长)(?:的)?[\u4e00-\u9fff]{0,3}?(?:期|期限|年限)(?![\u4e00-\u9fff]{0,2}(?:内|结束|届满))"   # 最短保修期
                r"|" + _LENGTH_SUFFICES.pattern, re.I),
     lazy_regex(rf"{_LENGTH}|当日|当天", re.I),
     "ans.qty.duration"),
    # how often (多久报一次, 一年搞几次, how often): a period it recurs in, which a time limit once (合同签订后一个月内) does not give
    ("frequency",
     lazy_regex(r"(多久|多长时间|隔多久|多少天|几个?月|几天|几年|多少时间)[^，,。？?]{0,8}一次(?!通过|性|就|过|到位|办完|搞定)|(一年|每年|一个月|每月|一季度?|每季度?)[^，,。？?]{0,12}(几|多少)(次|回|遍|趟)|频次|频率|(多久|多长时间|隔多久)[^，,。？?]{0,4}(报|更新|检查|评估|考评|搞|做|交|开)一(回|趟)"
                r"|how often|how frequently|how many (?!(working |calendar )?(days|weeks|months|years)\b)[^?.]{0,40}\b(per|a|each|every) (year|month|quarter|week)\b|(at |with )?what (interval|frequency)|how regularly|how many times (a|per|each|every) (year|month|quarter)", re.I),
     lazy_regex(r"每(个)?(月|年|季度?|周|半年|旬)|[月周季年]报|按(月|季|年|周)|(一|每)年[一二两三四五1-5]次|半年一次|monthly|yearly|annual(ly)?|quarterly|weekly"
                r"|(every|each|per|once a) (month|quarter|year|week)|twice a year|once a year", re.I),
     "ans.qty.frequency"),
    ("duration",   # a length of time, which "promptly" or "at once" answers too
     lazy_regex(r"多长时间|多少时间|多久|多长|how long|what(\'s| is) the .{0,40}(period|time limit|deadline)|\b(time limit|deadline),? in (working |calendar )?days\b|\bwhat (\w+[\s-]){1,3}(period|time limit)\b"
                r"|time (gap|interval|lag)|how much time|(interval|gap) between"
                # typed tersely: "LG trial run length?", "SZ quality registration deadline?"
                r"|^(?![^?]*\b(?:what|which|when|how|who)\b)[^?]*\b(length|duration|deadline|time limit)\s*\?\s*$", re.I),
     lazy_regex(rf"{_LENGTH}"
                r"|每(月|年|季|周|半年)|[月周季年]报|按月|按季|按年|monthly|yearly|annual|quarterly|weekly|(every|each|per|once a) (month|quarter|year|week)|immediately|及时|立即|马上|当日|当天", re.I),
     "ans.qty.duration"),
    ("grade",   # 资质等级: a grade (甲级, 三级), which a count of people does not give
     lazy_regex(r"(什么|哪一?个?)资质(等级|级别)|资质(等级|级别)(是|要求|要)?(什么|多少|哪)|(什么|哪一?)(等级|级别)的?资质|(哪一?|几)级(的)?资质"
                r"|(what|which) (qualification|certification) (grade|level|class)"
                r"|[甲乙丙一二三]级[^，,。？?]{1,6}还是[^，,。？?]{0,4}[甲乙丙一二三]级", re.I),   # 甲级资质还是乙级就行
     lazy_regex(r"[甲乙丙丁]级|[一二三四五1-5]\s*级|\b(grade|class|level) [A-D1-5]\b", re.I),
     "ans.qty.grade"),
    ("count",
     # (设计、监理、承建几家确认: the several named, not a count asked)
     lazy_regex(r"(?<!哪)(几名|几位|几个人|几个专家|几人|(?<![、])几家(?!(?:单位|公司|部门)?\s*(?:一起|共同|联合|合|确认|签|商量|都|各|一块))|几级|几次|几回|几遍|几趟)|多少名|多少人|多少位|多少个专家|多少家|多少次|多少回|多少遍"   # 哪几家 asks which
                r"|(?<!哪)(?:几个|多少个)(?=\s*(?:[？?。，,!！吗呢啊呀哈]|$))"      # 专家要抽几个 (几个部门共建 is "several")
                r"|(?<!哪)(几个|多少个?)[\u4e00-\u9fff]{0,4}?(人员|专家|评委)(?=\s*(?:[？?。，,!！吗呢啊参去来到]|$))"   # 派几个检查人员
                r"|什么等级|啥等级|哪个等级|哪一级(?!财政|政府|资金|的钱|部门|单位|机关)|几级(?!财政|政府)|甲级还是乙级|what (\w+ )?(grade|level|class)\b|grade a or (grade )?b"
                r"|(人数|名额|人员数量|家数|(?<![资])数量)[^，,。？?]{0,6}(多少|几|怎么|如何|规定|要求|下限|上限|最少|至少)"   # 专家人数是多少, 人数下限
                r"|how many (experts|people|members|persons|reviewers|suppliers|times)"
                r"|(?<!哪)(?:几个|几名|几位|多少个?|多少名|多少位)\s*(?:experts?|people|members|persons|reviewers|inspectors|specialists)\b"   # (至少要几个 experts)
                r"|(minimum |maximum |required )?number of (experts|people|members|persons|reviewers|inspectors|suppliers)"
                r"|size of the (expert |review )?(panel|group|team|committee)|how (big|large) (is|must be|should be) the (expert |review )?(panel|group|team)", re.I),
     lazy_regex(rf"{_N}\s*(名|人|位|家|级|次)|{_N}\s*个(?!工作日|月|小时|星期|季度|日|年)|[甲乙丙]级"
                rf"|\b{_EN_N}\s*(experts|people|members|persons|suppliers|times)|\btwice\b|\bonce (a|per|every|each)\b|\b(at least|only|just) once\b", re.I),   # (once accepted: no count)
     "ans.qty.count"),
    # a count of pieces by their classifier (报告要写多少页, 一式几份, how many pages): only that classifier gives it
    ("pieces", lazy_regex(r"(?<![第哪])(?:几|多少)\s*(?P<c>页|字|份(?!材料|文件|资料|表|报告|清单|东西))(?![面子])|(?P<n>字|页)数(?:上的)?(?:要求|限制|规定|上限|下限|多少)|\bhow many (?P<e>pages|words|copies|sets|rounds)\b|\b(?P<w>page|word) (count|limit)\b", re.I),
     None, "ans.qty.pieces"),
    # a body asked by its name (具体移交给哪家国有公司, which company): given only where the text names one (…有限公司, …中心)
    ("name", lazy_regex(r"哪(一)?(家|个)(国有)?(公司|企业)|(公司|企业)[^。？?]{0,10}?(具体)?(是)?哪(一)?家(?!单位|部门|机构)|(公司|企业)[^，,。？?]{0,4}(名字|名称)(是|叫)(什么|啥)|(公司|企业)[^，,。？?]{0,4}叫(什么|啥)|叫(什么|啥)(名字的?)?(公司|企业)"
                        r"|\bwhich (specific |particular )?(company|firm|enterprise|state-owned company)\b|\bname of the (company|firm|enterprise)\b", re.I),
     lazy_regex(r"[\u4e00-\u9fff]{2,}(有限公司|有限责任公司|集团|股份公司)|\b(Co\.|Ltd|Group|Corporation)\b"), "ans.qty.name"),
    # a form asked (按什么格式写, 有没有模板): given only where the text names a form, template or annex for it
    ("format", lazy_regex(r"(什么|啥|哪种|哪个|统一|固定|规定)(的)?(格式|模板|样式|范本|样表|版式)|(格式|模板|样式|范本)(上)?(有)?(什么|啥)?(要求|规定|是什么|有哪些)"
                          r"|有没有(统一|固定|规定)?(的)?(格式|模板|范本|样表)|\b(what|which|any|a|set|prescribed|required|standard) (format|template|layout)\b", re.I),
     lazy_regex(r"格式|模板|样式|范本|样表|式样|版式|附件\d|附表|template|format", re.I), "ans.qty.format"),
    ("day", lazy_regex(r"几月几[日号]|几号|每月哪天|每年哪天|每(个)?(月|季度|年)(的)?(哪|几)(一)?(天|日|号)|每(月|季度|年)[^，。？?]{0,8}截止(日|日期|时间)|(which|what) day of (the|each|every)( following| next| same)? (month|year)|cut-?off day|(which|what) date each month"
                       # 每年…截止日期是哪天, by what date each year: a day of the year
                       r"|截止(日|日期|时间)(是)?(哪(一)?天|几号|几月几[日号])|\bby (what|which) date each year\b|\b(what|which) date each year\b"
                       r"|哪(一)?天(开始|起)?(施行|实施|执行|生效)|(施行|实施|生效)(的)?(日期|时间|日子)(具体|确切|到底)?(是)?(哪(一)?天|那(一)?天(?=\s*[?？]?\s*$)|几号|什么时候)|(具体|确切)(的)?(日期|哪天|哪一天)|(具体|确切)(的)?(施行|实施|生效)(日期|日子)|(施行|实施|生效)日期\s*[?？。]?\s*$|(exact|precise) (\w+ )?(date|day)\b|when exactly|exactly when"
                       r"|(which|what) (day|date)\b.{0,80}\b((come|came|comes|go|went|goes) into (force|effect)|(take|took|takes|taking) effect)|(effective|commencement) date", re.I),
     lazy_regex(r"\d+\s*[日号]|[一二三四五六七八九十]+[日号]|月底|月末|年底|年末|当日|当天|end of|\b\d{1,2}(st|nd|rd|th)\b"
                r"|\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)\b"
                r"|\b(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b", re.I), "ans.qty.day"),
    # a month of the year (后评价每年几月份组织, 几月前要报): a month, a part of the year or a quarter gives it
    ("month", lazy_regex(r"几月份|几月(?![几\d一二三四五六七八九十])|哪(一|几)?个?月份?(?!\d)|什么月份|啥月份|(which|what) month\b|what time of (the )?year", re.I),
     lazy_regex(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月(?!\s*(内|以内|之内|后|以后|之后))|(?<![个几])[一二三四五六七八九十]{1,2}月(?!\s*(内|以内|之内|后|以后|之后))"
                r"|年底|年末|年初|年中|上半年|下半年|第?[一二三四1-4]季度|季度?(?:首|第一个)月|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
                r"|\b(end|beginning|start|middle) of (the|each|every) year\b", re.I), "ans.qty.month"),
    ("share", lazy_regex(r"比例[^，,。？?]{0,4}(上限|下限|封顶|最高|最低)|(规定|要求|限制|限定)(了)?(什么|具体|固定)?的?比例|比例[^，,。？?]{0,2}(有|的)?(什么|具体)?(规定|要求|限制)|(有没有|有无|是否有)[^，,。？?]{0,4}比例"
                         r"|\bis there (?:a|any) (?:[\w-]+ ){0,3}(?:ratio|percentage|proportion|rate cap|percentage cap|rate)\b"
                         r"|百分比[^，,。？?]{0,8}(多少|几|规定|要求|上限)|(cap|ceiling|limit|maximum|minimum) (on|for|of) the (share|percentage|proportion|ratio)|多少比例|多大(的)?比例|什么比例|比例(是)?多少|百分之几|百分之多少|几个百分点|多少个百分点|几个点|多少个点|几成|多少%|占.{0,6}多少|what (share|percentage|proportion)"
                         r"|how many percent|as a percentage|what percent|what\s*%|how much\s*%|\bwhich\s*%", re.I),
     lazy_regex(r"\d+(\.\d+)?\s*[%％]|百分之", re.I), "ans.qty.share"),
    ("money", lazy_regex(r"多少钱(?!\s*(以上|以下|起|才算|就算|算))|罚(款|金)?(的)?(金额|数额)?(是)?多少|(金额|额度|投资|预算|资金)[^，,。？?]{0,6}(最高|最多|上限|封顶|不能超过|不得超过)[^，,。？?]{0,6}(?<!的)多少(?!比例)|费用是多少|收费多少|收多少|花多少|(费用|金额|经费|费)[^，,。？?]{0,3}(上限|封顶)|最多(能|可以)?(花|用|给|拨)多少|(费|费用|收费)(的)?标准[^，,。？?]{0,4}?(多少|什么|怎么定|咋定)|费率(是)?多少|怎么收费|如何收费|收费(是)?多少"
                         r"|how much (does|is|will|can|may|could|should|must)|how much money|what amount|\bfine amount|amount of (the )?fines?\b|\b(maximum|minimum|max|upper) (amount|sum|budget|fee|cost|spend)"
                         # ("any cap on how much the supervision firm may charge")
                         r"|\b(cap|ceiling|limit|upper limit)\b (on|for|of) (how much|the (fees?|costs?|charges?|price|amount))\b|\bhow much\b[^?.]{0,40}\b(charges?|charged|costs?|pay|paid|spend|spent)\b", re.I),
     lazy_regex(rf"{_N}\s*(万元|元|万)|\d[\d,.]*\s*(yuan|million|rmb)|\d+(\.\d+)?\s*[%％]|百分之", re.I), "ans.qty.money"),   # (最多能调多少: a share of the estimate)
    # 多少以上 / 多大算: a threshold, which a sum, a share or a count can be
    ("threshold", lazy_regex(r"多少(钱|万|万元|金额)?(以上|以下|起)|(到|达到|超过|满)多少(钱|万|万元|金额)?(的项目)?(开始|就|才|起)?(要|需要|得|必须|算|适用|纳入|受)|多少(钱|万|万元)?(才|就)?算|多大(的)?项目(才|就)?(要|需要|得)|(金额|数额|投资)标准|多大(的)?(金额|投资|预算投资|预算|规模)?(的项目)?(才)?算"
                             r"|(达到|到|超过)(了)?(多少|什么规模|什么程度|多大)(的)?(金额|投资|规模)?(才|就)?算"
                             r"|what(\'s| is)? (the )?(\w+ )?threshold|above what|what (\w+ )?(size|amount|level|budget|investment|value) (triggers|requires|calls for)|what (budget |investment |project )?(size|amount|level) (counts|is considered|qualifies)"
                             r"|how (big|large) (does|must) .{0,30} be to (count|qualify)", re.I),
     lazy_regex(rf"{_N}\s*(万元|元|万|名|人|个)|\d+(\.\d+)?\s*[%％]|百分之|\d[\d,.]*\s*(yuan|million|rmb)", re.I), "ans.qty.threshold"),
]
# how a text speaks of a measure without giving it: 在规定的时间内完成整改, 及时督促整改
VAGUE = {"frequency": lazy_regex(r"定期|不定期|经常|随时|regularly|periodically|from time to time", re.I),
         "duration": lazy_regex(r"规定的?(时间|期限|时限)|限期|及时|立即|尽快|适时|按时|promptly|in good time|within the (set|prescribed) time", re.I),
         "day": lazy_regex(r"规定的?(时间|日期|期限)|按时|按期|定期|on time|regularly", re.I)}
# words around the asking phrase that say nothing about what is measured
_FILLER = lazy_regex(r"[\s\d，。、？！?!,.:：；;（）()“”\"'a-zA-Z]|(市级|区级|市直)?(政务)?信息化(服务)?项目|项目|每年|每个?月|每个?季度|每季|每周|最少|最多|至少|一般|大概|通常|要求|需要|规定|的话|是否|可以|应该|必须|应当|务必|具体|确切"
                     r"|[要是在有的了吗呢啊呀吧得能会可以内完出共这那哪该和与及或就都还再才最]|后(?!评价)|前(?!置)")
# (项目 is a word: 目计 across 项目计划 is none; 后评价 and 前置审核 are words of their own)
_SENTENCE = lazy_regex(r"[。；;\n]|(?<=\.)\s")
_EN_WORD = lazy_regex(r"[A-Za-z]{4,}")
_EN_BODIES = {"proj", "centr", "cente", "data", "unit", "units", "distr", "burea", "offic", "depar", "agenc", "gover", "consu", "contr", "owner"}
_EN_TEAM = lazy_regex(r"\bteams?\b", re.I)
_EN_STOP = set("what which when does have must with from that this there they their then than will shall "
               "need needs needed should could would about after before into under many much long days "
               "weeks months years time project projects required require give given "
               # (the level of government a project is of, "a city project", "district-level": no part of what is measured)
               "city level district municipal county province provincial local "
               # (how whole the time asked is: "an overall time limit", "in total": no part of what is measured)
               "overall total whole entire limit".split())


@dataclass(frozen=True)
class Asked:
    kind: str
    label: str              # catalogue key naming the kind
    head: frozenset[str]    # two-character pieces of what the quantity is of
    unit: re.Pattern        # how a text gives it
    length: bool = False    # a duration asked as the length of a thing (试运行要多长时间), not a time after an event
    anchor: frozenset[str] = frozenset()   # pieces of the event a time is counted from (提交终验申请以后, 多久…)
    every: str | None = None   # the period a day recurs in (每月几号: month), which a day of each quarter does not give
    timed: frozenset[str] = frozenset()   # pieces of what the question times when it names it before its event (结算报告要在竣工后…)
    near: frozenset[str] = frozenset()    # pieces right before the asking phrase (审核要几个工作日: 审核), the most telling however common
    latest: bool = False   # a latest time asked (最晚多长时间之内), which a time from which a step opens (3个月后) does not give
    event: frozenset[str] = frozenset()   # pieces of the whole clause naming the event, with the project it is of (布吉街道信息化项目合同签)
    words: tuple[str, ...] = ()           # the words around the asking phrase, whole (后评价 安排), to find in a text as they stand
    most: bool = False     # the most asked (最长能约定几年, at most), which a least the text sets (不低于2年) does not give
    doer: str = ""         # the body whose step is measured (质监机构几个工作日办结), whose number another body's step does not give

    @property
    def subject(self) -> frozenset[str]:
        """What the quantity is of, without the event a time is counted from."""
        return self.head - self.anchor - self.event or self.head


def _before(text: str, at: int, n: int = 8) -> str:
    """The n characters before ``at``, one more when the cut would split 项目 (leaving 目 to pair with what follows)."""
    start = max(0, at - n)
    return text[start - 1:at] if start > 0 and text[start - 1:start + 1] == "项目" else text[start:at]


_EN_PUNCT = str.maketrans({"—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "\u00a0": " "})


def _en_content(word: str) -> bool:
    """A word of what an English question measures: not a stop word nor a place's name, however typed
    (Shenzhen, wendeng)."""
    from .places import english_counties, english_names
    w = word.lower()
    return w not in _EN_STOP and not word[0].isupper() and w not in english_names() and w not in english_counties()


# 多久以内得把任务书备案: what is timed follows the time limit, the duty and 把
_AFTER_ASK = lazy_regex(r"^\s*(?:以内|之内|内)?\s*(?:就|要|得|需要|需|应|应当|必须)?\s*(?:把|将)")


_SAID_LENGTH = lazy_regex(rf"(?:跑|做|搞|弄|定|给|用|拖)?(?:{_N}|半)\s*(?:个)?(?:工作日|日|天|周|星期|月|年(?!度))(?:内|以内|之内|左右|多)?")
_PLANNING = lazy_regex(r"我们|咱们|打算|准备|计划|想要|想")
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_DEADLINE = lazy_regex(rf"{_LENGTH}|当日|当天|(?:\d+|[一二三四五六七八九十]+)\s*月\s*(?:底|初|中旬|上旬|下旬|末|\d+\s*[日号])|年底|年末|年初"
                       rf"|\b(?:end|beginning|start|middle) of (?:{_MONTHS_EN}|the year)\b|\b(?:{_MONTHS_EN}) \d{{1,2}}\b", re.I)
_PUNCTUATED = lazy_regex(r"[，,；;。？?！!]")
_CLAUSE_SPACE = r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"


def _asking_sentence(text: str, at: int) -> str:
    """The English sentence a question's asking words stand in (the ones before it set the scene)."""
    starts = [e.end() for e in re.finditer(r"[.!?]\s+(?=[A-Z])", text) if e.end() <= at]
    # (and ends where it ends: "… must we finish quality supervision registration? Contract isn't filed at the procurement
    # centre." — what is said after it is background, not what is measured)
    end = re.search(r"[.!?](?:\s+|$)", text[at:])
    return text[starts[-1] if starts else 0:at + end.end() if end else len(text)]


def _sentence_start(text: str, at: int) -> int:
    """Where the English sentence holding ``at`` starts, however its first word is typed."""
    return max((e.end() for e in re.finditer(r"[.!?]\s+", text) if e.end() <= at), default=0)


_EN_GLOSSED = lazy_regex(r"(?<=[A-Za-z])\s*[(（]\s*(?![零一二两三四五六七八九十百千万亿]+\s*[)）])[\u4e00-\u9fff]{1,10}\s*[)）]"
                         r"|(?<![\u4e00-\u9fff])(?![零一二两三四五六七八九十百千万亿]+\s*[(（])[\u4e00-\u9fff]{1,8}(?=\s*[(（]\s*[A-Za-z][A-Za-z -]*[)）])")


def glossed_terms(text: str) -> list[str]:
    """The Chinese terms glossed in an English question ("initial check (初核)", "its 初核 (preliminary check)")."""
    return [re.sub(r"[\s(（)）]", "", m.group(0)) for m in _EN_GLOSSED.finditer(text)]


def glossed_english(text: str) -> bool:
    """Is this English with its only Chinese a term glossed beside its English ("initial check (初核)")?"""
    bare = _EN_GLOSSED.sub("", text)
    return bare != text and bare.isascii() and len(re.findall(r"[A-Za-z]{2,}", bare)) >= 4


# a figure said to be unknown yet (多少钱还没拆出来, 多少还不清楚, 具体几个月还没定): not what is asked
_UNKNOWN_AFTER = lazy_regex(r"[\u4e00-\u9fff]{0,2}?\s*(?:还|暂时|目前|现在)?(?:没|未|不)(?:拆|分|定|确定|算|核|清楚|知道|确认|出来|测算)")


def asked(text: str) -> list[Asked]:
    """The quantities a question asks for, each with the words it is a quantity of."""
    # English with a Chinese term in it ("how long does the data bureau's initial check (初核) take", "its 初核 (preliminary
    # check)") is English: the answer it is measured against is in English
    # (a term glossed either way round; not a name left unglossed, 市政务服务数据管理局, nor a sum, 三百二十万 (3.2 million))
    if glossed_english(text):
        text = re.sub(r"\s{2,}", " ", _EN_GLOSSED.sub("", text))
    if not re.search(r"[\u4e00-\u9fff]", text):   # English typed with a dash or curly quote is still English
        text = text.translate(_EN_PUNCT)
    # ("Who draws up the inspection plan (what gets checked, how often)": a gloss of what the plan holds, the doer asked)
    bare = re.sub(r"\s*\([^)]*\)", "", text)
    if bare != text and re.match(r"\W*(?:[A-Z][\w ]{0,20}:\s*)?who\b", bare, re.I):
        text = bare
    out = []
    freq = None   # 多久报一次: the frequency asked, which the length or count in its own clause is part of
    for kind, ask, unit, label in _KINDS:
        m = ask.search(text)
        if m and _UNKNOWN_AFTER.match(text, m.end()):
            m = None   # (软件部分多少钱还没拆出来: a figure said to be unknown yet, not asked)
        if kind == "frequency":
            freq = m
        if m and kind not in {a.kind for a in out} and not (kind in ("duration", "count") and freq is not None
                                                            and _same_clause(text, m, freq)):
            if text.isascii():   # English word order varies: the first letters of every content word
                # but names (Shenzhen), to find in an English summary
                # (not the event it counts from or ends at: "… for rectification after a project fails acceptance")
                # (with an event counted from, the sentence that asks: "Our contract was filed with the procurement
                # centre. Within how many working days after the filing …" times the registration, not the contract)
                own = english_subject(text) if kind != "duration" or not _EN_SINCE.search(text) else _asking_sentence(text, m.start())
                # a 组 (验收组, 评审组) is a "group" in the summaries; users write "team" as often
                own, text_words = _EN_TEAM.sub("group", own), _EN_TEAM.sub("group", text)
                head = frozenset(w.lower()[:5] for w in _EN_WORD.findall(own) if _en_content(w)) or \
                    frozenset(w.lower()[:5] for w in _EN_WORD.findall(text_words) if _en_content(w))
            else:
                named = frozenset()   # the head noun of a clause before the ask that names what is timed (限时整改)
                # (not the next question's words, nor the party a step is done with)
                lead = _COUNTERPART.sub(" ", text[:m.start()])
                around = _FILLER.sub(" ", _before(lead, len(lead)) + " "
                                     + re.split(r"[？?。；;！!]", _AFTER_ASK.sub("", _COUNTERPART.sub("", text[m.end():m.end() + 24]))[:6])[0])
                head = frozenset(p for w in around.split() for p in pairs(w)) - {"项目", "一次"}
                words = tuple(w for w in around.split() if len(w) >= 3)
                # 被要求限期整改，这个期限一般多长: 这个 points back to the clause before
                # (typed with spaces and no punctuation, 试运行打算跑一个月 这个期限合规吗: the space parts the clauses)
                clauses = re.split(r"[，,；;。]" if _PUNCTUATED.search(text) else _CLAUSE_SPACE, text[:m.start()])
                if len(clauses) > 1 and re.search(r"(这个|这|该|此|那个)[\u4e00-\u9fff]{1,4}$", clauses[-1].rstrip("是有要在的一般大概通常")) \
                        and _SAID_LENGTH.search(clauses[-2]):
                    # 试运行打算跑一个月，这个期限: the length is the asker's; what it is the length of is the rest of the clause
                    head = _pieces(_PLANNING.sub(" ", _SAID_LENGTH.sub(" ", clauses[-2])))
                elif len(clauses) > 1 and re.search(r"(这个|这|该|此|那个)[\u4e00-\u9fff]{1,4}$", clauses[-1].rstrip("是有要在的一般大概通常")):
                    head |= _pieces(clauses[-2][-8:])
                    named = _pieces(clauses[-2].strip(" \"“”")[-3:])
                elif len(clauses) > 1 and re.fullmatch(r"\s*(这个|该)?(具体)?(时限|期限|时间|时长|办理时限|审核时限|审批时限|限)\s*(是|为|一般是|大概是|有)?\s*"
                                                       r"|\s*(有没有|是否|有无|有)(明确)?(规定|要求)(了)?(要)?(在)?\s*", clauses[-1]):
                    # 源代码移交情况的审核，时限是几个工作日: what is timed is the clause before
                    head = _pieces(clauses[-2][-12:]) | (head - {"时限", "期限", "时间", "限是"})
                    named = _pieces(clauses[-2].strip(" \"“”")[-3:])
                elif len(clauses) > 1 and re.fullmatch(r"\s*(这个|该|本)?(办法|细则|规定|文件|条例)(?:(里|里面|中|上|当中)(对此|对这个)?(有没有|有无|是否有|有)?|(对此|对这个)?(有没有|有无|是否有|有))\s*", clauses[-1]):
                    # 监理费打算按总投资5%列 办法里有规定比例吗: only the text pointed to; what is measured is the clause before
                    head = _pieces(clauses[-2][-12:]) | head
                elif kind == "frequency" and len(clauses) > 1 and re.search(r"搞|做|弄|办|开展|组织|进行", m.group(0)) \
                        and re.fullmatch(r"\s*[\u4e00-\u9fff()（）]{0,12}?(局|部门|单位|中心|办|政府)?\s*", clauses[-1]):
                    # 项目后评价，大数据管理局多久搞一次: what is done that often is the clause before; the body does it
                    head = _pieces(clauses[-2][-8:]) - {"项目"}
                elif len(clauses) > 1 and re.search(r"的(审核|审批|评审|验收|备案|论证|检测|测评)$", clauses[-2].strip()):
                    head |= _pieces(clauses[-2][-12:])   # 源代码移交的审核，区里多少个工作日内完成
                    named = _pieces(re.sub(r"的(审核|审批|评审|验收|备案|论证|检测|测评)$", "", clauses[-2].strip())[-4:])
            if kind == "pieces":
                unit = _pieces_unit(m)
            if kind == "duration" and re.match(r"is there", m.group(0), re.I) and re.search(r"deadline", m.group(0), re.I):
                unit = _DEADLINE   # "is there a deadline": a day of the year (每年11月底) sets one as well as a length
            if kind == "count" and re.search(r"次|回|遍|趟|times", m.group(0), re.I):   # 一年检查几次: only a number of times gives it
                unit = _TIMES
            if kind == "duration" and re.match(r"\s*(才|就)?(算|属于|叫|count|is considered)", text[m.end():], re.I):
                unit = _KINDS[0][2]   # 逾期多久算严重逾期: a length that makes it count, which 及时 does not give
            # 试运行最少要跑多久 asks how long the thing lasts; 初验后多久, 几个工作日内 ask for a time after an event
            length = kind == "duration" and not text.isascii() and bool(
                re.search(r"(跑|run|持续|运行|进行|最少|至少|最短|满|期)(要|需要|得)?(是)?\s*$", text[max(0, m.start() - 6):m.start()])) and not (
                re.search(r"后|完|结束|通过|隔|过了|要过|起|开始|交上去|提交", text[max(0, m.start() - 12):m.start()])
                or re.match(r"\s*(内|以内|之内|后|之后|以后|前|之前|以前)", text[m.end():])
                or re.match(r"\s*(审完|出具|办完|批完|出结果)", text[m.end():]))
            # 做完以后，承包公司要保修多久: a warranty asked is its length, whatever it runs from
            length = length or kind == "duration" and bool(re.search(r"(保修|质保|维保)(期)?(要|需要|得|一般)?(是)?\s*$", text[max(0, m.start() - 6):m.start()]))
            # "how long must the trial run last": the length of a thing, in English
            length = length or kind == "duration" and text.isascii() and bool(_EN_LENGTH.search(text))
            # 印发之后几年内有效, 施行后几年失效: the length of the validity, not a time after the event
            length = length or kind == "duration" and not text.isascii() and bool(re.search(r"(办法|细则|文件|规定|制度|政策)[^，,。？?]{0,12}(有效|失效)|有效期", text))
            if length and not text.isascii() and re.match(r"\s*(才|才能|才可以|再|就|方可)", text[m.end():]):
                # 试运行至少多长时间才能进行合同终验: what follows is the step it comes before, not what lasts
                head = frozenset(p for w in _FILLER.sub(" ", _before(text, m.start())).split()
                                 for p in pairs(w)) - {"项目", "一次"}
            anchor, subject, event = _anchor(_DONE_THING.sub(_done_then, text[:m.start()])) if kind == "duration" and not length and not text.isascii() \
                else (frozenset(), frozenset(), frozenset())
            # (the length of a thing: the event it runs before is in the sentence that asks, not in the story before it,
            # "after initial acceptance the system goes into trial run. how long does the trial run have to last before …")
            since = (_EN_SINCE.search(text) or length and _EN_EVENT.search(text, _sentence_start(text, m.start()))
                     or not length and _EN_SINCE_LATER.search(text)) \
                if kind == "duration" and text.isascii() else None
            if since:   # "how long after acceptance does … the post-evaluation": counted from acceptance
                said = next(g for g in (since.groupdict().get(k) for k in ("x", "y", "z", "w")) if g)
                anchor = frozenset(w.lower()[:5] for w in _EN_WORD.findall(said) if w.lower() not in _EN_STOP)
            head |= subject
            every = next((p for p, w in _PERIODS.items() if w.search(text)), None) if kind == "day" else None
            if kind == "duration" and anchor and not subject and not text.isascii():
                # 竣工结算报告，竣工后多少天内要出来: what is timed is the clause before the event
                before_clauses = [c for c in re.split(r"[，,；;。]", text[:m.start()]) if c.strip()]
                if len(before_clauses) > 1:
                    # (可研报告交到区信息化主管部门: the thing handed in, not the body it goes to)
                    thing = re.split(r"(?:提交|报送|送交|交到|报到|送到|交给|报给|交|报)(?=[^，,。？?]{0,12}(?:部门|局|中心|机构|单位|小组))", before_clauses[-2])[0]
                    named |= _pieces((thing if len(thing) >= 2 else before_clauses[-2])[-8:])
                # 竣工以后，竣工结算报告最迟多长时间要拿出来: what is timed is the clause between the event and the ask
                own = re.split(r"[，,；;]", text[:m.start()])
                # (信息化主管部门几天内审完: a body that acts is no thing timed)
                # (主管部门要在几个工作日内审完: the body before its duty and 在 too)
                doer = re.sub(r"(必须|务必|须|需要|需|要|应当|应该|应|得)?\s*(于|在)?\s*$", "", own[-1])
                if len(own) > 1 and not _SINCE.search(own[-1]) and not re.search(r"(部门|单位|局|中心|小组|机构|公司|委员会|办|处|科|方|领导|专家)\s*$", doer):
                    # (须于几个工作日内: the duty and its 于 are no thing timed)
                    named |= _pieces(re.sub(r"^\s*(必须|务必|须|需要|需|要|应当|应该|应|得)?\s*(于|在)?", "", own[-1])) - anchor
                # 竣工后多长时间内要出竣工结算报告: what is timed is named after the ask
                after = re.match(r"\s*(内|以内|之内)?\s*(就)?(要|得|需要|必须|应)?\s*(?:自己|自行)?\s*(出具|拿出|给出|做出|编出|出|交出|交|提交|提出|提|完成|报送|报|做完|办完|形成|编制|提供|组织|开展|进行|启动|召开|做)?\s*(?P<x>[\u4e00-\u9fff]{2,8})",
                                 text[m.end():])
                if after and after.group(4):
                    # (报区信息化主管部门备案: the body a thing goes to, and the filing with it, are no thing timed)
                    if not _BODY.search(after.group("x")):
                        named |= _pieces(after.group("x"))
                else:   # 多长时间内要请造价咨询公司出竣工结算报告: the thing produced, after whoever produces it
                    made = re.search(r"(出具|拿出|给出|做出|编出|交出|提交|报送|形成|编制|提供|申请|出)(?P<x>[\u4e00-\u9fff]{2,8})",
                                     re.split(r"[，,。？?；;]", text[m.end():])[0][:20])
                    if made:
                        named |= _pieces(made.group("x"))
            named = named if not text.isascii() else frozenset()
            words = words if not text.isascii() else ()
            said = re.search(r"(?<!的)([\u4e00-\u9fff]{2})(要|需要|得|一般要|大概要)$", text[max(0, m.start() - 6):m.start()])
            near = frozenset({said.group(1)}) - anchor if said and not text.isascii() else frozenset()   # 审核要几个工作日
            if kind == "frequency":   # 多久出一次监理报告: a report asked of is kept, which a filing named by its period (监理月报) answers
                near |= {h for h in head if "报" in h}
            # 几个工作日内出报告 asks a limit as much as 最晚: a wait before a step may start (初验结束3月后) is not it
            latest = kind == "duration" and bool(re.search(r"最晚|最迟|最长|at the latest|no later than|latest", text, re.I)
                                                 or not length and re.match(r"\s*(内|以内|之内)", text[m.end():])
                                                 or re.search(r"\bwithin how (long|many)\b", text, re.I))
            most = bool(_MOST.search(text))
            doer = _doer_asked(text[:m.start()]) if not text.isascii() else ""
            # (a pair across the body's first character, 去信 in 交上去信息化主管部门, is the body's too)
            if doer and kind == "duration" and not {h for h in head - _pieces(doer) if h[1] != doer[0]}:
                # 可研报告区信息化主管部门几个工作日审完: what is measured is named before the body that does it
                at = text.rfind(doer, 0, m.start())
                head = _pieces(_before(text, at)) | _pieces(re.split(r"[，,。？?；;]", text[m.end():])[0][:4]) or head
            out.append(Asked(kind, label, head, unit, length, anchor, every, (subject | named) - anchor - event, near, latest, event,
                             words if kind == "month" else (), most, doer))   # (a month: the one kind the whole words were found to help)
    return out


# two words for one thing measured, one in the question and the other in a text (质保期, 保修期)
_SAME_WORD = {"质保": "保修", "保修": "质保",
              "recti": "fix"}   # (rectify, rectification: the summaries say "fix")


# the party a step is done with (跟承建单位签合同, 向主管部门报): whom, not what, is measured
_COUNTERPART = lazy_regex(r"(?<![参给])(?:跟|与|和|同|向)[\u4e00-\u9fff]{1,6}?(?:单位|公司|部门|机构|厂商|企业)")


_TIMES = lazy_regex(rf"{_N}\s*次|\btwice\b|\bonce\b|\b{_EN_N} times\b", re.I)


def _same_clause(text: str, m: re.Match, other: re.Match) -> bool:
    a, b = sorted((m.span(), other.span()))
    return not re.search(r"[，,。？?；;！!]", text[a[0]:max(a[1], b[1])]) and b[0] <= a[1] + 12


_CLASSIFIERS_EN = {"pages": "页", "page": "页", "words": "字", "word": "字", "copies": "份", "sets": "套", "rounds": "轮"}


def _pieces_unit(m: re.Match) -> re.Pattern:
    """How a text gives a count of the classifier asked: 10页, 一式三份, 20 pages (no other number)."""
    zh = m.group("c") or m.group("n") or _CLASSIFIERS_EN[(m.group("e") or m.group("w")).lower()]
    en = next((e for e, z in _CLASSIFIERS_EN.items() if z == zh), zh)
    return re.compile(rf"{_N}\s*{zh}|\b{_EN_N}\s+{en}", re.I)


# the body right before the asking phrase (质监机构多少个工作日内完成, 区大数据局审核要几天): the doer of what is measured
_DOER_ASKED = lazy_regex(rf"(?P<b>[\u4e00-\u9fff]{{1,8}}?{ENDS})[^，,。？?；;\s]{{0,6}}$")
# the body, then the step it does (区发改部门评审可研报告一般要几个工作日)
_DOER_ACTS = lazy_regex(rf"(?P<b>[\u4e00-\u9fff]{{1,8}}?{ENDS}|(?<![\u4e00-\u9fff])(?:区|市)?(?:发改|财政|审计|网信|公安)|(?<=[，,报交到给])(?:区|市)?(?:发改|财政|审计|网信|公安))"
                        r"(?:评审|审核|审批|验收|组织|出具|办理|办结|受理)[^，,。？?；;]{0,16}(?:[，,]\s*(?:一般|大概|大约|通常)?(?:要|需要|得)?)?$")   # (…评审可研报告，要几天; 审批可行性研究报告的时限是)
# a clause opening with the body that does its step (建设单位应在…, 区大数据中心收到…后)
_DOER_SAID = lazy_regex(rf"\s*(?:并|且|由|经|另外)?\s*(?P<b>{BODY})\s*(?:应|要|须|需|必须|负责|在|于|将|会同|对|可|自|收到|组织|按|及时|一般)")
# the project's own unit, however named (我们单位, 市直单位, 项目建设单位), against the parties named by their part
_PARTY = lazy_regex(r"监理|承建|设计|施工|咨询|检测|测评|中标|供应|评审|招标|代理|审计|造价|运维|集成|开发")


# the words before a body a thing goes to or is done through (交区财政部门, 去质监机构, 由…, 让…)
_TO = "去|交|报|向|到|给|找|送|在|经|由|让|请"


def _doer_asked(before: str) -> str:
    m = _DOER_ASKED.search(before) or _DOER_ACTS.search(before)
    if not m:
        return ""
    body = re.sub(rf"^.*(?:的|是|等|后|了|时|和|与|跟|{_TO})", "", m.group("b"))
    level = re.search(r"[区市县省]", body)
    body = body[level.start():] if level and len(body) - level.start() >= 3 else body   # (可研报告区信息化主管部门: 区…)
    lead = before[:m.end("b") - len(body)]
    if re.search(rf"(?:{_TO}|跟|与|同)\s*$", lead) and not re.search(r"[上下进出回过]去\s*$", lead):
        # 去质监机构登记, 交区财政部门: the body a thing goes to does not do the step; 跟承建单位签: nor its counterpart
        # (可研报告交上去信息化主管部门几个工作日审完: 上去 says where the report went, and the body after it acts)
        return ""
    return body if len(body) >= 2 else ""


def _doer_said(sentence: str, at: int) -> str:
    """The body whose step the number at ``at`` times: the nearest clause before it that opens with a body."""
    clauses = re.split(r"[，,；;]", sentence[:at])
    # 可行性研究报告经区信息化主管部门正式受理之日起5个工作日内完成审核: the body the thing goes through acts in it
    through = [*re.finditer(rf"(?:经|由)\s*(?P<b>{BODY})", clauses[-1])]
    if through and not _DOER_SAID.match(clauses[-1]):
        return through[-1].group("b")
    for clause in reversed(clauses):
        m = _DOER_SAID.match(clause)
        if m:
            return m.group("b")
    return ""


def _owner(body: str) -> bool:
    """The project's own unit, however named (我们单位, 项目建设部门, 各单位, 市直单位, 我们财务部门)."""
    return bool(re.match(r"(我们|我|咱们|咱|本)", body)) or bool(re.search(r"(单位|部门)$", body)) and not _PARTY.search(body) \
        and not re.search(r"主管|信息化|发改|财政|审计|数据|政务|公安|网信|保密|统计|质监", body)


# the authorities every text keeps apart, each however named
_AUTHORITIES = {"development": lazy_regex(r"发改|发展(和)?改革"), "finance": lazy_regex(r"财政"), "audit": lazy_regex(r"审计"),
                "quality": lazy_regex(r"质监|质量监督"),
                "informatization": lazy_regex(r"信息化主管|政数|政务数据|大数据|数据管理局|数据局|政务服务数据|信息化部门")}


def _authority(body: str) -> str:
    return next((k for k, p in _AUTHORITIES.items() if p.search(body)), "")


def _same_doer(asked_body: str, said: str) -> bool:
    """Is the body asked the body said? Judged only between the project's own unit and another body (质监机构
    against 建设单位); two authorities named two ways (区政数局, 区信息化主管部门) are not told apart."""
    kinds = (_authority(asked_body), _authority(said))
    if all(kinds) and kinds[0] != kinds[1]:
        return False   # 区发改部门 does not do what 区信息化主管部门 does
    if _owner(asked_body) == _owner(said):
        return True
    return any(same_body(asked_body[i:], said) or same_body(said, asked_body[i:]) for i in range(max(1, len(asked_body) - 2)))


_PERIODS = {"month": lazy_regex(r"每(个)?月|按月|月度|each month|every month|monthly", re.I),
            "quarter": lazy_regex(r"每(个)?季度?|按季|季度|each quarter|every quarter|quarterly", re.I),
            "year": lazy_regex(r"每年|按年|年度|each year|every year|annual|yearly", re.I)}


_EN_SINCE = lazy_regex(r"\bhow (long|soon|many (working )?(days|weeks|months))\s+(after|from|following)\s+(?P<x>.{3,60}?)\s+"
                       r"(does|do|is|are|must|should|will|can|has|have|may)\s+(the|a|an|we|they|it|our|i|this|that|he|she)\b"
                       # "after completion, within how many days must …", "the deadline, in days after completion, for …"
                       r"|\b(after|following)\s+(?P<y>[\w\s-]{3,40}?)\s*,\s*(within\s+)?how (long|soon|many (working |calendar )?(days|weeks|months))\b"
                       r"|\b(in|of) (working |calendar )?days (counted )?(after|from|following)\s+(?P<z>[\w\s-]{3,40}?)(?=[,?.]|\s+(for|to|does|must)\b)"
                       r"|\bcounted from\s+(?P<w>[\w\s-]{3,40}?)(?=[,?.]|\s+(for|to|does|must)\b)", re.I)


# "how many days does the firm have after completion to issue …": the event said later in the sentence
_EN_SINCE_LATER = lazy_regex(r"\bhow (long|soon|many (working |calendar )?(days|weeks|months))\b.{0,90}?\b(after|following)\s+(?P<x>[\w\s-]{3,40}?)"
                             r"(?=\s+(to|must|should|will|do|does|is|are|has|have|can)\b|[,?.]|$)", re.I)


# the event an English question counts from or ends at: "before final acceptance", "after failing acceptance"
_EN_EVENT = lazy_regex(r"\b(after|before|following|prior to|once|since|upon|from the (day|date) of)\s+(?P<x>.{3,80}?)"
                       r"(?=\s+(does|do|did|is|are|must|should|will|can|has|have|may|we|they|it)\b|[,.;?!]|$)", re.I)


# the length of a thing asked in English: "how long must the trial run last", "minimum length of the trial run"
# ("how long does the trial run have to run before the 初验": the running, however the sentence goes on)
_EN_LENGTH = lazy_regex(r"\bhow long\b[^?.,;]{0,40}?\b(?:last|lasts|(?:(?:be )?run|runs|go on|continue)(?=\s+(?:for|before|prior|until|ahead)\b|\s*[?.!]|\s*$))\b"
                        r"|\b(minimum|required|shortest|maximum|longest|prescribed) (?:[\w-]+ ){0,3}(length|duration)\b", re.I)


def english_subject(text: str) -> str:
    """What an English question measures, without the event it counts from or ends at ("how long
    must the trial run last before final acceptance" -> "how long must the trial run last") and the case
    it is asked of ("if the project fails completion acceptance, how long is the rectification period")."""
    case = english_case(text)
    return _EN_EVENT.sub(" ", text.replace(case, " ", 1) if case else text)


def english_case(text: str) -> str:
    """The case an English question asks of, said before what it measures ("if the project fails completion
    acceptance, how long is the rectification period"), or "" (also where the asking clause points back into it:
    "if we report a problem to …, within how many days do they …")."""
    case = _EN_CASE_BEFORE.search(text)
    return case.group(0) if case and not _EN_PRONOUN.search(text[case.end():]) else ""


_EN_CASE_BEFORE = lazy_regex(r"(?:^|(?<=[:,-]))\s*(if|when|in case|whenever)\b[^,]{3,80},\s*", re.I)
_EN_PRONOUN = lazy_regex(r"\b(they|them|their|it|its|this|that|these|those|he|she)\b", re.I)


# the event a question counts from: 提交终验申请以后，…多长时间内; 竣工验收后多久 (not 后评价, 最后, 然后)
_SINCE = lazy_regex(r"(?:(?<![最然之])后(?!评价|期|续|面|台)|以后|之后|之日起|日起|起算"
                    r"|(?<=[交报送递])上去(?=[，,\s]|$)|(?<=结束|完成|通过|完毕)了|(?<=完|束|成|过|理|签|批|去|交|报)了(?=[，,\s]|$)|(?<=[做弄搞办审批验评测训])完(?=[，,\s]|$)|(?:结束|通过|完成|完毕)(?=[，,\s]|$))")
_FROM = lazy_regex(r".*(?:应当于|应于|应在|在|从|自|于|待|(?<!已)经|等)")
# 整改完成 in a duty (要在规定时间内整改完成) is no event that happened
_DUTY = lazy_regex(r"要|应|需|须|得|规定")


# 交了终验申请，…: a thing handed in, said before the ask, is the event a time counts from (交终验申请后)
_DONE_THING = lazy_regex(r"(?P<v>(?:提|递|上)?交|报|报送|上传|递交|提报)了(?P<x>[^，,。？?；;]{2,12})(?P<s>[，,])"
                         # 签完合同，多久以内…: a step done to a thing (签完, 交完, 做完) is the start as well
                         r"|(?P<v2>签|交|报|做|办|搞|弄|开|审|批)完了?(?P<x2>[^，,。？?；;]{2,12})(?P<s2>[，,])"
                         # 收到验收申请 多久内要组织验收: a thing received, set apart before the ask, is the start too
                         r"|(?<![要应需须得])(?P<v3>收到|接到)(?P<x3>[^，,。？?；;\s后]{2,12})(?P<s3>(?=[，,\s]))")


def _done_then(m: re.Match) -> str:
    """交了终验申请， → 交终验申请后，: the event said as the start a time is counted from."""
    n = next(k for k in ("", "2", "3") if m.group("v" + k))
    return f"{m.group('v' + n)}{m.group('x' + n)}后{m.group('s' + n)}"


_BODY = lazy_regex(r"部门|主管|(?<!结)局|中心|机构|单位|政府|委员会")


def _anchor(before: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Pieces of the event before the asking phrase that the time is counted from, if the question
    says one (终验申请交上去以后，大数据管理局要在多少个工作日内 → 终验申请交上去), and of what is
    timed when it comes before that event (后评价是在竣工验收后多久 → 后评价)."""
    ends = [m for m in _SINCE.finditer(before) if not (
        m.group(0) in ("结束", "通过", "完成", "完毕") and _DUTY.search(re.split(r"[，,。？?；;]", before[:m.start()])[-1]))]
    if not ends or re.search(r"[。？?！!；;]", before[ends[-1].end():]) or len(before) - ends[-1].end() > 14:
        return frozenset(), frozenset(), frozenset()
    start = max(before.rfind(c, 0, ends[-1].start()) for c in "，,。？?；; ") + 1
    whole = span = before[start:ends[-1].start()]
    # 布吉街道信息化项目合同签了: the project the event is of (its place, 信息化) is no part of the event
    own = re.sub(r"^[^，,。？?；;]*项目(?:的)?", "", span)
    span = own if len(own) >= 2 else span
    cut = _FROM.match(span)
    subject = _pieces(span[:cut.end() - 1]) if cut else frozenset()
    return _pieces(span[cut.end():] if cut else span), subject, _pieces(whole) - subject


def _pieces(text: str) -> frozenset[str]:
    words = _FILLER.sub(" ", text).split()
    return frozenset(p for w in words for p in pairs(w)) - {"项目"}


# a number of days counted from an event in a text: 收到验收申请后5个工作日内, 合同签订之日起5个工作日内, 项目初验结束3月后
_ANCHORED = lazy_regex(rf"(?P<x>[^，,。；;]{{2,30}}?)(?:之日起|日起|起|以后|之后|后)[^，,。；;\d]{{0,3}}?{_N}\s*(?:个)?(?:工作日|日|天|周|月|年)"
                       rf"|(?P<y>[^，,。；;\d]{{2,30}}?){_N}\s*(?:个)?(?:工作日|日|天|周|月|年)(?:以)?(?:后|之后|以后)")


def counted_from(a: Asked, sentence: str) -> bool:
    """Does the sentence time something from the very event the question counts from?"""
    return bool(_counted_from(a, sentence))


def _counted_from(a: Asked, sentence: str) -> bool | None:
    """Whether a sentence's number counted from an event answers the time asked: the question's own
    start (提交终验申请以后) must be the text's start, not the thing the text times (区大数据中心收到
    验收申请后5个工作日内…进行竣工验收 does not say how long after 竣工验收 a post-evaluation comes);
    a question with no start asks the time of its subject, which must be what the text times, not
    what it counts from (结余资金上缴 is counted from the 决算报告, which says nothing of the report's
    own time). None when the sentence has no such number."""
    verdicts = []
    for m in _ANCHORED.finditer(sentence):
        key = "x" if m.group("x") is not None else "y"
        x0, x1 = m.span(key)
        cut = _FROM.match(sentence[x0:x1])
        start = sentence[x0 + (cut.end() if cut else 0):x1]
        timed = sentence[m.end():]
        # 竣工后多久出具竣工决算报告 against 竣工决算报告审核结论出具后30个工作日内…结余资金上缴: what the
        # question times is what the text counts from, not what it times
        if a.timed and any(p in start for p in a.timed) and not any(p in timed for p in a.timed):
            verdicts.append(False)
            continue
        wanted = a.anchor or a.head
        in_start = {p for p in wanted if p in start}
        in_timed = {p for p in wanted if p in timed}
        ahead, behind = len(in_start - in_timed), len(in_timed - in_start)
        if a.timed and a.anchor and not any(p in sentence for p in a.timed) and behind and behind >= ahead:
            # 试运行结束后30日内组织初验 times the 初验 that 初验结束后多久提终验申请 counts from, not the step asked
            verdicts.append(False)
            continue
        # the text counts from what the question times, or times what the question counts from
        verdicts.append(not (behind > ahead if a.anchor else ahead > behind))
    return any(verdicts) if verdicts else None


# an English time counted from an event: "surplus is returned within 30 working days after the review conclusion on the report"
_EN_ANCHORED = lazy_regex(r"(?P<t>[^,.;]*?)\b(?:within\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|fifteen|twenty|thirty)\s+"
                          r"(?:working\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|from|following|of)\s+(?P<x>[^,.;]+)", re.I)


def _en_counted_from(subject: set[str], sentence: str) -> bool | None:
    """Whether an English sentence's time counted from an event is said of what the question times:
    False when what is timed is named only as the event counted from (the report the surplus is
    returned after says nothing of the report's own time), None when the sentence has no such time."""
    verdicts = [not (any(h in m.group("x") for h in subject) and not any(h in m.group("t") for h in subject))
                for m in _EN_ANCHORED.finditer(sentence)]
    return any(verdicts) if verdicts else None


# a time counted from an event (试运行结束后30日内, 初验结束3个月后): not the length of anything
_OFFSET = lazy_regex(r"(结束|完成|通过|之日|起|后|以后|之后)[^，,。；;]{0,4}?\d+\s*(个)?(工作日|日|天|周|月|年)(内|以内|之内)?"
                     r"|\d+\s*(个)?(工作日|日|天|周|月|年)(以)?(后|之后|以后)"
                     r"|\b(\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty)\s+(working\s+)?(days?|weeks?|months?|years?)\s+(after|of|from|following)\b", re.I)


# a sum that says which projects a rule covers (50万元以上的, 500k yuan or more) is not a sum to spend
_CONDITION_SUM = lazy_regex(r"\d[\d,.]*\s*(?:万元|元|万)\s*(?:[（(]含[^)）]*[)）])?\s*(?:及|或)?(?:以上|以下)\s*(?:[（(]含[^)）]*[)）])?\s*的"
                            r"|\d[\d,.]*\s*(?:k|million)?\s*(?:yuan)?\s+or (?:more|above|less)\b|\b(?:from|over|above|below|under) \d[\d,.]*\s*(?:k|million)?", re.I)
# 初验结束3个月后 (a time from which a step opens): no latest time
_OPENS_AFTER = lazy_regex(rf"{_N}\s*(?:个)?(?:工作日|日|天|周|月|年)(?:以)?(?:后|之后|以后)(?![^，,。；;]{{0,4}}内)")
# the length of a period (质保期不低于2年, 有效期5年): no time after an event
_PERIOD_LENGTH = lazy_regex(rf"期(?:限)?(?:不低于|不少于|不短于|不超过|为|是|至少|一般为)?\s*{_N}\s*(?:个)?(?:年|月)"
                            rf"|{_N}\s*(?:个)?(?:年|月)(?:以上)?的[\u4e00-\u9fff]{{0,3}}期")   # 不低于2年的质保期
# a filing named by its frequency (质量季报) tells how often only where it is what is asked of
_NAMED_FREQUENCY = lazy_regex(r"[月周季年]报")
_GENERIC_VERBS = {"提交", "报送", "上报", "进行", "完成", "开展", "组织", "办理", "递交"}


def _named_frequency(text: str, m: re.Match) -> bool:
    """监理月报, quarterly reports: a filing named by its period."""
    return bool(_NAMED_FREQUENCY.fullmatch(m.group())
                or (re.match(r"\s+(quality\s+|progress\s+)?(reports?|returns?)\b", text[m.end():], re.I)
                    and re.fullmatch(r"monthly|quarterly|annual|yearly|weekly", m.group(), re.I)))


def _reported(text: str, m: re.Match, words: set[str]) -> bool:
    """Does a filing named by its frequency (监理月报) answer how often: only when the question asks
    how often something is reported, or of that very filing (随机抽测 根据质量季报 is not quarterly)."""
    return any("报" in w or w.startswith("repor") for w in words) or text[max(0, m.start() - 2):m.start()] in words


# the most asked: 最长能约定几年, 最多几个, at most, the maximum; (最晚, a last day, is ``latest``)
_MOST = lazy_regex(r"最长|最多|上限|封顶|\b(at most|maximum|longest|largest|highest|upper limit|cap)\b", re.I)
_LEAST_BEFORE = lazy_regex(r"(不低于|不少于|不短于|至少|最少|最低|不得少于|不得低于|\bat least|\bno (less|fewer|shorter) than|\bnot (less|fewer|shorter) than|\ba minimum of)\s*$", re.I)


def _of_clause(s: str, m: re.Match, present: set[str]) -> bool:
    """Is a frequency said of what is asked: its clause, or one before it in the sentence, names it (形成绩效评价
    报告，每年年底前提交; but 按月报送项目进度，并…报送统计报表 gives no frequency of the 统计报表 named after it)?"""
    # (每季度首月5日前（即1月、4月…，节假日顺延）…报送质监机构: a comma inside an aside ends no clause)
    unbracketed = re.sub(r"[（(][^（()）]*[)）]", lambda b: "　" * len(b.group()), s)
    ends = [i for i in (unbracketed.find(c, m.end()) for c in "，,；;") if i >= 0]
    return not present or any(h in s[:min(ends) if ends else len(s)] for h in present)


def _least_only(s: str, m: re.Match) -> bool:
    """Is the number a least the text sets (质保期不低于2年, 2名以上), which says nothing of the most?"""
    return bool(_LEAST_BEFORE.search(s[max(0, m.start() - 20):m.start()])
                or re.match(r"\s*(以上|及以上|或以上|起|or (more|longer|above)\b)", s[m.end():], re.I))


def _shared(words: tuple[str, ...], text: str) -> set[str]:
    """The runs of three characters of the question's words that the text uses as they stand (后评价
    of 项目后评价, not 评价 alone): what is measured, named as the text names it."""
    return {w[i:i + 3] for w in words for i in range(len(w) - 2) if w[i:i + 3] in text}


def bounded_only(a: Asked, text: str) -> bool:
    """Does the text bound what is asked only from the other side (最多几个人 against 2名以上, 最晚多久 against
    初验结束3月后): it gives the number once the most or latest is set aside, and not with it?"""
    return (a.most or a.latest) and measure(a, text) != "gives" and measure(replace(a, most=False, latest=False), text) == "gives"


_ASIDE = lazy_regex(r"[（(][^（()）]{1,12}[)）]")


def _says(word: str, sentence: str) -> bool:
    """Does the sentence say the word, or the one word the texts use for it (保修 as 质保)?"""
    return word in sentence or word in _SAME_WORD and _SAME_WORD[word] in sentence


def measure(a: Asked, text: str) -> str:
    """How the text answers the quantity asked: ``gives`` (a number of the kind, in a sentence
    about what was asked), ``silent`` (it speaks of what was asked, with no such number),
    ``elsewhere`` (it never names what was asked, but has a number of the kind) or ``nothing``."""
    def numbers(s: str) -> bool:
        s = _CALENDAR_DATE.sub(" ", s) if a.kind == "duration" and a.unit is not _DEADLINE else s
        s = _OFFSET.sub(" ", s) if a.length else s
        s = _CONDITION_SUM.sub(" ", s) if a.kind == "money" else s
        s = _OPENS_AFTER.sub(" ", s) if a.latest else s
        s = _PERIOD_LENGTH.sub(" ", s) if a.anchor and not a.length and not any("期" in h or "效" in h for h in a.head) else s
        return any((not _named_frequency(s, m) or _reported(s, m, present) or not present and m.group().isascii()) and not (a.most and _least_only(s, m))
                   and not (a.doer and (said := _doer_said(s, m.start())) and not _same_doer(a.doer, said))
                   and (a.kind != "frequency" or _named_frequency(s, m) or _of_clause(s, m, present))
                   for m in a.unit.finditer(s))
    text = text.lower() if any(h.isascii() for h in a.head) else text
    # 项目验收(终验)报告 is a 验收报告: a short aside in brackets does not part the words it stands between
    plain = _ASIDE.sub("", text)
    present = {h for h in a.head if h in plain or _says(h, text)}   # (质保 asked, 保修 in the text)
    present = present - _GENERIC_VERBS or present   # 提交 does not say which filing
    whole = _shared(a.words, text)   # what is measured, named as the text names it: it binds, not its pieces
    present = present | whole if whole else present
    english = bool(a.head) and all(h.isascii() for h in a.head)
    if not present or english and a.anchor and present <= a.anchor:   # only the event counted from: not what is timed
        return "elsewhere" if numbers(text) else "nothing"
    def gives(s: str) -> bool:
        held = {h for h in present if _says(h, s) or h in _ASIDE.sub("", s)}   # (保修 asked, 质保期不低于2年)
        if whole and not any(w in s for w in whole):
            return False   # 每年11月底…绩效自评价 holds 评价 and 每年, but not the 后评价 asked
        held = held if not whole else present
        if english and held <= _EN_BODIES and present - _EN_BODIES:
            return False   # ("how long does the data bureau's initial check take": the bureau's yearly plan is no length of its check)
        # most of what is measured, not one word of it (绩效自评价 in 11月底 is no month of the 后评价)
        if not (numbers(s) and held and (english or 2 * len(held) >= len(present))):
            return False
        if a.every and not _PERIODS[a.every].search(s) and any(w.search(s) for w in _PERIODS.values()):
            return False   # 每季度首月5日前 is no day of each month
        if a.timed and not any(_says(p, s) for p in a.timed) and not any(p in s for p in a.anchor):
            # 限时整改，期限多长: a number in a sentence without 整改 times something else; 竣工验收报告要在
            # 验收后多少天内报备: a sentence naming neither the report nor the acceptance (签订合同后10个工作日内…备案) too
            return False
        if a.head and all(h.isascii() for h in a.head):
            # English: with an event counted from, the number must be said of the thing timed
            # and a word of what is timed that the text says only elsewhere ("sends its opinion" after
            # the 5 days to form the group) is timed there, not here; the bodies named are no such word
            elsewhere = {h for h in present - a.anchor if h not in s and h not in _EN_BODIES}
            return not a.anchor or any(h in s for h in present - a.anchor) and not elsewhere \
                and _en_counted_from(present - a.anchor, s) is not False
        if a.kind != "duration" or a.length:
            return True
        counted = _counted_from(a, s)
        if counted is None or counted:
            return True
        # a number not counted from an event (按月, 3个月以内) still gives it
        return bool(a.unit.search(_ANCHORED.sub(" ", s)))
    hit = any(gives(s) for s in _SENTENCE.split(text))
    return "gives" if hit else "silent"


_COUNTED = lazy_regex(r"(?<!第)(\d+|[一两二三四五六七八九十])\s*(?:个|名|位)?\s*(?:人|专家|单位|家)"   # (第三家: the third, no count)
                      r"|(?<!第)(\d+|[一两二三四五六七八九十])\s*(?:个|名|位)\s*(?:检查|工作|监督|质监|评审|验收)(?:人员|员)"   # (只派1名检查人员)
                      r"|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|experts|inspectors|members|units|suppliers|vendors|firms|companies|institutions|agencies|bidders|quotes|quotations|bids)\b",
                      re.I)


# one person said without a number: a single inspector, alone, 一个人去, 单独一人
_ONE = lazy_regex(r"\b(a|one|only|just|only a|just a) (single|lone|sole) (person|inspector|expert|member|reviewer|staff)|\b(only|just) (\w+ )?(one|a single) (person|inspector|expert|member|reviewer|staff|official|guy|officer|staffer)\b|\b(alone|on (his|her|their|my) own|by (himself|herself|themselves|themself|myself))\b|\b(one|a single|a lone) (inspector|person|expert|official|staff member)\b"
                  r"|单独一(个)?人|独自|一个人(去|来|做|搞|查)|(一个|一名|一位)(检查|工作|监督)?人员|(一个|一名|一位)(检查|监督|质监)员|单独(去|到场|检查)", re.I)


# a count named and asked whether it suffices (请了3个专家，够吗; "Are 3 experts enough?"): the count the text sets is asked
# (of people sent, asked or had: not 科长一个人拍板就够了, one who decides)
_COUNT_SUFFICES = lazy_regex(r"(?<=[请派来去找排抽有了只就到用])(?P<n>\d+|[一两二三四五六七八九十])\s*(?:个|名|位)?\s*(?P<w>专家|评委|人)(?=[^。？?]{0,16}(够|足够|行不行|行吗|可以吗|符合))"
                             # 评审小组里专家抽两个够吗: the count said after whom it counts
                             r"|(?P<w2>专家|评委)\s*(?:请|派|找|抽|选|用|只|就)\s*(?:了|个)?\s*(?P<n2>\d+|[一两二三四五六七八九十])\s*(?:个|名|位)(?:人)?(?=[^。？?]{0,16}(够|足够|行不行|行吗|可以吗|符合))"
                             r"|\b(?P<en>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<ew>experts|people|members|persons|reviewers|inspectors)\b"
                             r"(?=[^?]{0,40}\b(?:enough|sufficient)\b)", re.I)


def count_suffices(text: str) -> str | None:
    """The question with a count it asks to suffice said as the count asked (请了3个专家，够吗 -> 请了几名专家，够吗;
    "Are 3 experts enough?" -> "Are how many experts enough?"), or None when it asks no such thing."""
    if not _COUNT_SUFFICES.search(text):
        return None
    return _COUNT_SUFFICES.sub(lambda m: f"几名{m.group('w')}" if m.group("w") else f"{m.group('w2')}几名" if m.group("w2")
                               else f"how many {m.group('ew')}", text)


# 质保一年够吗, 半年够不够, "Is one year enough?": a length said, asked to suffice
_LENGTH_SAID_SUFFICES = lazy_regex(
    r"(?<![推拖延迟晚])(?<!往后推)(?<!往后拖)(?P<zh>(?:\d+(?:\.\d+)?|[一两二三四五六七八九十半]+)\s*(?:个)?(?:年|个月|月|周|星期|天|日|个工作日|工作日))(?:时间|的时间|期)?(?:就|也|都)?"
    r"(?=[，,]?\s*(?:时间)?(?:算|就算|算是)?(?:够不够|够吗|够了吗|够了吧|够么|够嘛|够不|足够吗|够用吗|达标吗|符合要求吗|合规吗))"   # 跑一个月算够吗; 跑六个星期，够不够验收
    r"|\b(?:is|are|'s|would|will)\s+(?:a |an |only )?(?P<en>(?:\d+|one|two|three|four|five|six|a|half a)[ -](?:years?|months?|weeks?|days?))\b(?=[^?]{0,30}\b(?:long enough|enough|sufficient|adequate)\b)", re.I)


# 试运行就跑一个月，然后做初验，可以吗: a length said as all a step is given (就, 只), asked to be allowed
_LENGTH_ONLY_SAID = lazy_regex(r"(?:(?:就|只|仅|才)(?:打算|准备|想|计划)?(?:跑|搞|做|给|定|试|运行|保|留)?|(?:打算|准备|计划|想)(?:跑|搞|试|运行|定)|(?:缩短|压缩|缩|减|砍)(?:到|为|成))(?P<zh>(?:\d+(?:\.\d+)?|[一两二三四五六七八九十半]+)\s*(?:年|个月|(?<=半)月|个?(?:周|星期)|天|个?工作日))(?![后内前以之底初\d号了])(?!时间)")   # (not a date: 就3月做)
_MAY_TAG = lazy_regex(r"(可以吗|可以不|行吗|行不行|行不|行吧|可不可以|能行吗|没问题吧|合规吗|符合规定吗)\s*[？?]?\s*$")
# 试运行可以只跑一周吗, 能不能缩短到两周就结束: the may-word before the length, in its clause
_MAY_BEFORE = r"(?:能不能|可不可以|能否|可否|可以|能)[^，,。；;？?]{0,8}$"
# "Can the trial run be just two weeks?", "Could we shorten it to one month?": a length proposed for a step, asked to be allowed
_EN_LENGTH_PROPOSED = lazy_regex(r"^\W*(?:[\w,'-]+\s+){0,12}?(?:can|could|may)\s+(?:we|i|they|the|our|it|a|an|this|that)\b[^?]{0,60}?"
                                 r"\b(?:be|last|run|run for|lasting|(?:shorten(?:ed)?|cut|reduce[d]?)(?: (?!to\b)[\w-]+){0,5}(?: down)? to)\s+"
                                 r"(?:just |only |a mere )?(?P<en>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a|half a)[ -](?:years?|months?|weeks?|days?))\b", re.I)


def length_suffices(text: str) -> str | None:
    """The question with a length it asks to suffice said as the length asked (质保一年够吗 -> 质保多长时间够吗; "Is one
    year enough?" -> "Is how long enough?"), the question itself where it asks whether the time is enough (时间够不够),
    or None when it asks no such thing."""
    if _LENGTH_SUFFICES.search(text):
        return text
    m = _LENGTH_SAID_SUFFICES.search(text)
    only = None if m else _LENGTH_ONLY_SAID.search(text)
    if only and (_MAY_TAG.search(text) or re.search(_MAY_BEFORE, text[:only.start()]) and re.search(r"[吗么嘛]|[？?]\s*$", text[only.end():])
                 or re.search(r"(能不能|可不可以|能否|可否)[^，,。；;？?]{0,8}$", text[:only.start()])):
        # (缩短到两周: the length the step would last, whatever the verb that proposes it)
        verb = "持续" if re.match(r"缩短|压缩|缩|减|砍", only.group(0)) else text[only.start():only.start("zh")]
        return text[:only.start()] + verb + "多长时间" + text[only.end("zh"):]
    if not m and (proposed := _EN_LENGTH_PROPOSED.search(text)):
        return text[:proposed.start("en")] + "how long" + text[proposed.end("en"):]
    if not m:
        return None
    if m.group("zh"):
        said = re.compile(r"(?<![\d.])" + re.escape(m.group("zh")))
        first = said.search(text)
        if first.start() < m.start() and re.search(r"[，,。；;]\s*$", text[:m.start()]):
            # 质保只给半年，…，半年够不够: asked of the length where it was said with what it is the length of
            end = re.search(r"[，,。；;]|$", text[first.end():]).start() + first.end()
            return said.sub("多长时间", text[:end]) + "够不够"
        return said.sub("多长时间", text)
    return _LENGTH_SAID_SUFFICES.sub("how long", text)


def named_counts(text: str) -> set[int]:
    """Small counts of people or bodies a question names: 2名, 两个人, at least two people, a single inspector."""
    from .numbers import small_number

    out = {1} if _ONE.search(text) else set()
    for found in _COUNTED.findall(text):
        n = small_number(next((x for x in found if x), ""))
        if n is not None and 0 < n <= 20:
            out.add(int(n))
    return out


# 专家得几个人，办法有规定没; 人数有规定吗; "does the text set a number": whether the text sets what is asked
_ASKS_IF_SET = lazy_regex(r"(有没有|有无|是否有|有)(?:什么)?(?:明确|具体|硬性|统一)?的?(?:人数|数量|个数|名额|次数|字数|页数)?(?:上)?的?(规定|要求|限制|说法)(?:的)?(?:比例|比率|时长|期限|人数|数量|上限|下限)?(?:吗|没|么|嘛|没有)?\s*[？?]?\s*$"
                          r"|规定(了)?(没|没有|吗)\s*[？?]?\s*$"
                          # 办法里规定数据局几天内要审完吗; 细则有没有规定最短保修期: whether the text sets the number or the length
                          r"|(?:有没有|是否|有)?规定(?:了)?[^，,。？?]{0,12}?(?:几天|多少天|几个工作日|多少个工作日|几日|多久|多长时间|几个月|几年)(?:内|之内|以内)?[^，,。？?]{0,8}(?:吗|么|没有?)\s*[？?]?\s*$"
                          r"|(?:有没有|是否有?|有)规定(?:了)?(?:最短|最长|最少|最多|最低|最高)[\u4e00-\u9fff]{0,6}?(?:期|期限|时间|时长|天数|年限|人数|次数)(?:吗|么|没有?)?\s*[？?]?\s*$"
                          r"|(有没有|有无|是否有|有)(?:什么)?(?:明确|具体)?的?(?:比例|比率|时长|期限|年限|年数|天数|时限|人数|金额|费用)(?:的)?(?:上限|下限|封顶|规定|要求|限制)(?:吗|没|么|嘛|没有)?\s*[？?]?\s*$"
                          r"|\b(?:does|do|did) (?:the (?:text|rules?|measures?|regulations?)|it|they) (?:set|specify|say|fix|lay down|give)\b"
                          r"|\b(?:does|do|did) the (?:[\w-]+ ){0,3}(?:measures?|rules?|text|regulations?) (?:set|specify|put|impose|fix|lay down|give)\b"
                          r"|\bis there (?:an?|any) (?:specific |set |fixed |required |prescribed |minimum |maximum |overall |total )?(?:deadline|time limit|timeframe|time frame|number|count)\b"
                          r"|\bis there (?:a|any) (?:specific |set |fixed |required |prescribed |minimum |maximum |standard )(?:[\w-]+ ){0,3}(?:length|duration|ratio|percentage|proportion|cap|ceiling|period|term|rate)\b", re.I)


def asks_if_set(text: str) -> bool:
    # ("a minimum warranty (质保期) period": the gloss of a word is no word between the asking words)
    return bool(_ASKS_IF_SET.search(re.sub(r"\s*[(（][\u4e00-\u9fff]{1,10}[)）]", "", text)))
