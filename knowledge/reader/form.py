"""What kind of sentence a user wrote: a yes/no question, a what/when/how question, or a statement
of something done ("初验昨天做完了"), and whether the question asks about leaving a duty out.

A scored classifier over the sentence's markers, not the first pattern that fires: each marker adds
weight to one form, a marker's weight depends on where it stands (a closing 吗 decides more than a
吗 inside a quotation), and the form with the highest score wins. ``explain`` lists the markers,
so a wrong reading is visible (``python -m bot ask … --explain``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex


# A-not-A: 要不要, 需不需要, 用不用, 能不能, 可不可以, 是不是, 算不算, 行不行, 会不会, 有没有, 该不该
def mostly_english(text: str) -> bool:
    """Is the text English, a Chinese term or a figure in it (a 初设 review, 五十万整) notwithstanding?"""
    latin = len(re.findall(r"[A-Za-z]", text))
    return latin > 0 and latin > 2 * len(re.findall(r"[\u4e00-\u9fff]", text))


_A_NOT_A = lazy_regex(r"(可以|需要|应该|能够|允许|同意|合适|合规|符合|属于|适用)不\1|([\u4e00-\u9fff])[不没]\2")
_END = r"\s*[?？。!！~～.]*\s*$"
# the words that ask leave for a proposal (行吧, 就够了吧, 问题不大吧, 会不会有问题, 就算了): one list, read by the
# omission clause (knowledge/reader/question.py) and by the verdict's wording (knowledge/rules/answer.py)
LEAVE_WORDS = (r"行吧|行了吧|就(?:行|够)了?(?:[吧吗么嘛]|[，,][^。？?]{0,20}[吧吗么嘛]\s*[？?]?\s*$)|就好了?吧|够了吧|够吗|够不够|成吧|妥吧|就(?:完事|齐活|结了|妥)了?(?:[吧吗么嘛]|\s*[？?])"
               r"|没(什么|啥)?问题|会不会有问题|有没有问题|有问题吗|问题不大|(?:应该)?(不受|不会受|不会有|没有?|不)(什么)?影响(?:[吧吗么嘛])|不碍事|无妨|(?:就|也|一下)算了|(?:就|都|也)?省了吧|(?i:ok)[吧吗么嘛不]")


# the English words a bare leave is asked with ("… acceptable?", "possible?"), for every reading that asks leave so
EN_LEAVE = r"acceptable|ok|okay|fine|allowed|alright|permitted|possible|doable|feasible"


def proposal_stated(text: str) -> bool:
    """先开工，变更申请后面补; 先不报，等建完再说: a proposal said as what we will do, asking whether it may be
    (not what was done: 去年我们先开工，手续后面补的)."""
    return bool(_PROPOSAL_STATED.search(text)) and not _DONE_BEFORE.search(text)


def intention_stated(text: str) -> bool:
    """我们单位想自己去买政务云资源，不找数据局申请分配: what we mean to do, told with no question, asks whether
    it may be done (想了解/想问 asks to be told; 准备了材料 is done)."""
    m = _INTENTION.search(text)
    # (打算停用一个老系统，要提前上报吗: a question of its own asks what it asks)
    return bool(m) and bool(_DEPARTS.search(text[m.start():])) and not _QUESTION_MARK.search(text) \
        and not re.search(r"[吗么嘛呢没不否]\s*[。!！~～]*\s*$", text) \
        and not _DONE_BEFORE.search(text) and not _NOT_INTENT.search(text)


# a plan told with no question (先让供应商进场干; 不请监理了，自己管; 等立项批了再编; 省得单独审批): a step left,
# put off, done ahead, done oneself, replaced or bundled, said as what we will do
_PLAN = lazy_regex(r"先(?:不|把|让|开|干|做|上|建|验|采|招|签|进场|挂|报|交|实施|开工|上线|用|施工|申请|立项|申报|备案)"
                   r"|等[^，,。？?]{1,16}(?:再|时(?:一并|一起|统一|再))|(?:后面|回头|事后|以后|之后)再?(?:(?:到|去|来)[^，,。？?]{0,6}?)?(?:补|报|上报|交|弄|做|办|编|梳理|说|改|整改|完善)"
                   r"|不再?(?:请|找|做|搞|报|交|建|编|移交|上|走|传|测|开|申请|采购|招标|单独|另外)[\u4e00-\u9fff]{0,10}了\s*(?:[，,。!！]|$)"
                   r"|省得|免得|另外(?:找|申请|要|报)|(?:自己|自行)(?:管|盯|验|采|买|运维|测|组织|来|招|找|付)"
                   r"|直接(?:找|签|上|开工|实施|验收|采购|开始|干|用)|(?:拿|用)[^，,。？?]{1,12}(?:代替|顶替|替代|充当)"
                   r"|打包(?:进|到|成)|一起报|合并(?:报|申报)|分(?:模块|批|块)[^，,。？?]{0,6}(?:验收|建设|立项|申报)|做完一块验一块"
                   r"|(?:月底|年底|季末|年末)(?:再)?(?:统一|一起|一并)")
# what has been done, not what will be (已经自己验收了, 昨天直接签了; 做…的时候, when it was done)
_PAST = lazy_regex(r"已经|已(?=[\u4e00-\u9fff])|昨天|前天|上周|上个月|上次|去年|当时|的时候")


def plan_told(text: str) -> bool:
    """文登项目建成后我们单位自己运维，资产就不移交国有公司了: a plan told plainly, which asks whether it may be done
    (not what was done: 已经自己验收了; nor a question of its own)."""
    text = re.sub(r"、[^，,。？?、]{1,8}等", "、", _norm(text))   # (监理月报、开工令等资料: 等 is "etc.")
    m = _PLAN.search(text)
    if not m or _QUESTION_MARK.search(text) or "还是" in text or re.search(r"[吗么嘛呢]\s*[。!！~～]*\s*$", text) or _DONE_BEFORE.search(text):
        return False
    clause = re.split(r"[，,。；;]", text[:m.start()])[-1] + re.split(r"[，,。；;]", text[m.start():])[0]
    return not _PAST.search(re.sub(r"等[^，,。？?]{1,16}的时候", "", clause))   # (等验收的时候再报: a time to come)


@lru_cache(maxsize=1024)
def plan_only(text: str, lang: str = "zh") -> bool:
    """Is a plan told (不请监理了，自己管) all that makes the text a yes/no question? Such a plan that no rule
    weighs is answered by what the rule says, not by a bare "may" (``knowledge/rules/answer.py``). Cached, as
    the answer asks it of one question for each of its findings."""
    c = classify(text, lang)
    return c.form == "yesno" and any(m.endswith("a plan told") for m in c.markers) and \
        not any(m.startswith("yesno") and not m.endswith("a plan told") for m in c.markers)


def dropped_with_ba(text: str) -> bool:
    """项目建议书就不交了吧: a step dropped, proposed with 吧."""
    return bool(_DROP_BA.search(_norm(text)) or _WAIVED_BA.search(_norm(text)))


# 等保测评就免了吧, 监理就不上了吧: a step waived, proposed with 吧
_WAIVED_BA = lazy_regex(r"(?:免了|不上了)[吧哈]\s*[？?。!！]*\s*$")


_INTENTION = lazy_regex(r"(?:(我们|我|咱们|咱|单位|部门|领导)[^，,。？?]{0,8}|(?:^|[，,]\s*)(还|就|也)?|(?=(想|打算|准备)等)|(?=打算|准备(?!好|了|材料|资料))|(?=想(单独|自己|自行|直接|先|不|跳过|省|提前|推迟|延后|拖|另外|月底|年底|下个?月|立刻|立即|马上|现在|尽快|今天|明天|这周|下周)))(想|打算|准备|计划(?!任务书|书)|考虑|拟(?!建))(?!了|过(?![一两二三四五六七八九十几半\d])|问|了解|知道|咨询|确认|核实|请教|查|看看|弄清|搞清|明白|不通)"
                        r"[^，,。？?]{2,}")
# what an intention departs from the text's way by: leaving a step, doing it oneself, ahead of time, bundled
# or putting it off: 45天后再组织初验, 等项目做完再一并报备案, 回头再补 (not 先说一声, a heads-up)
_DEPARTS = lazy_regex(r"不(?!错|少|多)|自己|自行|直接|先(?!说一声|说一下|打个?招呼|知会|通知一下|告诉|讲一下|报个信|问问|问一下)|提前|现在就|马上|立刻|立即|尽快|一起|一并|一块|一齐|统一|集中|打包|合并|并到|单独|跳过|省|代替|替代|改成|改为|延后|推迟|拖|往后推|推后"
                      r"|(?<![每前])(月|年)(底|末)"
                      r"|就(?=验收|申请|报|交|开工|上线|实施|启动|组织)"
                      r"|(天|日|周|星期|礼拜|月|年)(以后|之后|后|左右)?再|(?<=[\d一二两三四五六七八九十几半])(个)?(天|日|周|星期|礼拜|月|年)(以后|之后|后)|等[^，,。？?]{1,16}再|回头|以后再|之后再|后面再")
# 我想应该不用吧 (I think), 想不通, 想核实, 计划任务书, 拟建地点, 准备好了, 原本想: no intention told
_NOT_INTENT = lazy_regex(r"我想(应该|是|可能|大概|估计|肯定|不用|不需要|也)|想不通|想核实|想确认|想找|想要一份|准备好|准备了|原本|本来|原来")
# what was done, not proposed: 去年我们先开工，手续后面补的
_DONE_BEFORE = lazy_regex(r"去年|上次|当时|那时|之前我们|以前我们|被(查|审|通报|约谈|处罚)|补的|补了")


# 几家单位内部确认一下, 几个部门一起签个字: a few doing something together
_FEW_DO = lazy_regex(r"几\s*(家|个|方)[^，,。？?]{0,6}?(内部|一起|共同|联合|一块)?(确认|签字|签个字|会签|商量|碰|过一下|开个会|看一下|看看|验一下|验收|验)")


def asked_plainly(text: str) -> str:
    """The text with its A-not-A forms made plain (用不用做 -> 用做): their 不 leaves nothing out."""
    return _A_NOT_A.sub(lambda m: m.group(1) or m.group(2), text)


# whether, in one word (是否, 可否; the formal register's 应否, 须否, 妥否 as in a 请示: 应否聘请监理单位，请明确)
_FORMAL_WHETHER = lazy_regex(r"是否|可否|能否|有无|要否|应否|须否|需否|当否|妥否|宜否|准否|可行否|妥当否")
_YESNO_MARKERS: list[tuple[str, re.Pattern, float]] = [
    # what another place does, asked of this one: "is Yunfu municipal the same", "true in Wendeng as well", 文登是不是也一样,
    # 云浮市级有没有类似规定, 龙岗那边同样情况呢
    ("the same asked of a place", lazy_regex(r"\b(?:is|are|does|do)\s+(?:[\w-]+\s+){1,3}?(?:the same|similar|alike)\b(?!\s+as\b[^?]{0,30}\b(?:what|who|when|how))"
                                             r"|\b(?:true|the case|so|same)\s+(?:in|for)\s+(?:[\w-]+\s+){1,3}?(?:as well|too|also)\s*\??\s*$"
                                             r"|(?:也|都)(?:一样|这样|这么规定|有这个要求)(?:吗|么|嘛|不|吧)?\s*[？?]?\s*$|(?:有没有|有无)(?:类似|同样|一样)的?(?:规定|要求|限制)"
                                             r"|同样(?:的)?情况(?:呢|怎么办|咋办)?\s*[？?]?\s*$", re.I), 3.0),
    # "What if we skip the testing and go straight to final acceptance?": a step proposed, may we
    ("what if we …", lazy_regex(r"^\W*(?:\w+\W+){0,3}?what if (?:we|i|our \w+|the (?:unit|contractor|owner|vendor))\b[^?]*?\b(?:skip\w*|don'?t|do not|bypass\w*|omit\w*|go straight|go ahead|just|without|never|start\w*|hold off|postpon\w*|delay\w*)\b", re.I), 3.0),
    # "… to save effort. Acceptable?": a bare word of leave closing an English question
    ("bare leave word", lazy_regex(r"(?:^|[.!;:,]\s+)(?:is (?:that|this|it) |would (?:that|this|it) be |(?:that's|that is|it's|it is|this is|we're|we are) )?(?:" + EN_LEAVE + r"|(?:still )?(?:on|in) time|timely|enough|sufficient|compliant|valid|legal|legit)(?:,?\s*right)?\s*\?\s*$", re.I), 3.0),
    # 不请专家开会，这样符合规定吧: whether what is told complies, asked
    ("compliance asked", lazy_regex(r"(符合(规定|要求|规范|程序)|合规)(吗|么|吧|嘛|不)\s*[？?。!！~～]*\s*$"), 1.5),
    ("closing 吗/么/嘛", lazy_regex(r"(吗|(?<![什怎那这多要])么|嘛|麽|嗎|(?<![上下出骑战兵人车])马)" + _END), 3.0),   # 开专家会马: 马 typed for 吗   # 都指什么 ends no yes/no question
    # 可以先投入使用不: 用 of a two-character verb (使用, 采用) may close on 不 too
    ("trailing 不/没/否", lazy_regex(r"(?:(?<![要用必])|(?<=使用|采用|启用|应用|动用|占用|挪用|试用|投用|费用|适用|管用|通用))(不|没|没有|否|不是)" + _END), 3.0),
    ("closing 吧", lazy_regex(r"(吧|(?<=了)哈)" + _END), 2.0),
    ("吗 typed as ma", lazy_regex(r"(?<=[\u4e00-\u9fff\s])ma\s*[?？]?\s*$"), 3.0),   # 需要第三方测试 ma   # 监理就不请了哈: 哈 after 了 as 吧
    # 自测报告就跳过吧，直接申请初验: a proposal closed by 吧 before more is said of it
    ("吧 before a clause", lazy_regex(r"(?:^|[，,。])[^，,。？?]{2,}吧\s*[，,]\s*\S"), 2.0),   # (not 好吧，/行吧， saying yes)
    # 专家评审能跳过不，直接报发改: a trailing 不 that closes the asking clause before another
    ("不 before a clause", lazy_regex(r"(能|可以|行|要|得|用|需要)[^，,。？?]{0,8}(?<![要用必])(不|没)(?=\s*[，,]\s*\S)"), 2.5),
    ("就能/可以…吧", lazy_regex(r"(就能|就可以|就行|能不能|可以)[^，,。？?]{0,10}吧" + _END), 1.5),   # 几方确认一下就能实施了吧
    # 交申报表加建设方案就行了吧 不想写项目建议书: the leave asked, then a clause typed after a space with no comma
    ("就行…吧 before a spaced clause", lazy_regex(r"(就能|就可以|就行|就够)[^，,。？?\s]{0,6}吧(?=\s+[\u4e00-\u9fff])"), 3.0),
    ("A-not-A", _A_NOT_A, 3.0),
    ("是否/可否/能否", _FORMAL_WHETHER, 2.5),
    ("有没有必要", lazy_regex(r"有没有必要|有必要"), 2.5),
    # (质监登记最晚就是下周一吧: the last day believed, not asked)
    ("a last day believed", lazy_regex(r"(最晚|最迟|截止(日期|时间|日)?|到期(日)?)(就|应该|应当)?(是|到|在)[^，,。？?]{1,12}(吧|对吧|是吧|吗|对吗|没错吧)\s*[？?]?\s*$"), 3.0),
    ("tag 对吧/是吧", lazy_regex(r"(对吧|是吧|对不对|没错吧|是这样吧|对么|真的假的|真的还是假的|是不是真的)" + _END), 3.0),
    ("吗，还是…", lazy_regex(r"(吗|么|嘛)\s*[，,]?\s*还是"), 3.0),
    ("就行，还是…", lazy_regex(r"(就行|就可以|就够了|就好)\s*[，,—–-]*\s*还是"), 3.0),   # 提调整申请就行，还是得重新申报   # 能走调整申请吗，还是得重新申报: the first is asked
    ("吗 inside", lazy_regex(r"吗|(?<![什怎那这多要])么[?？,，]"), 1.0),
    # (要交建议书还是建设方案？: a choice between two, which one is asked)
    ("question mark after a duty word", lazy_regex(r"(必须|需要|要|得|应当|应该|可以|能|允许|算|属于|会|适用|归)(?![^?？]*还是(?!不|没))[^?？]{0,24}[?？]\s*$"), 1.0),
]
# a noun of a measure or a period alone before the question mark (有效期？, 质保期？, 验收标准？), in a short question
_TERSE_NOUN = lazy_regex(r"(有效期|质保期|保修期|试运行期|期限|时限|标准|流程|条件|门槛|比例|截止日期|截止时间|最后期限|\bdeadline|\bdue date)\s*[？?]+\s*$", re.I)
_CJK_ONLY = lazy_regex(r"[^\u4e00-\u9fff]")
# "In Wendeng can a department …": a place said first, with no comma, before the asking word
_EN_PLACE_FIRST = r"^(?:in|for|at|under)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*(?:\s+(?:acceptance|projects?|filing|approval|procurement))?\s+"
# the asker's own reading put forward to be confirmed (上述理解是否正确, 我理解得对吗, 是否理解正确, 是不是)
_UNDERSTOOD = r"(?:(?:我|我们|这样|这么|如此|上述|以上|前述|该|此|这个|这种)(?:的)?)?理解(?:得)?(?:是否)?(?:对|正确|准确|有误|没错|无误)(?:吗|么|吧|不|与否)?|是否理解(?:得)?(?:正确|准确|对|有误)|是否正确|正确吗|正确与否|是不是"
# a need denied, in the plain and the formal words (不用, 不必, 不需要, 无需, 无须)
_NEED_NOT = r"(?:不(?:用|必|需要)|无需|无须|毋需|毋须)"
# no wh-word anywhere in an English question, one typed without its apostrophe (whats) included
_NO_WH_WORD = r"(?!.*\b(?:what|which|when|where|who|whom|whose|how|why)(?:s|'s|’s)?\b)"


_EN_YESNO = lazy_regex(rf"(^|[:;,.—–-]\s*|\s{{2,}}|\b(?:so|and|but|then|also|please|tell me)\s+|{_EN_PLACE_FIRST})"
                       r"(does|do|is|are|can|could|must|should|need|needs|will|may|would|has|have|shall|am|was|were|did)(n't|n’t)?\b"
                       r"|(^|[:;,.—–-]\s*)(isn't|aren't|can't|won't|shouldn't|mustn't|needn't|wasn't|weren't|hadn't)\b"   # "Doesn't Longgang require …?"
                       # "yunfu city level project does it have to support ipv6": typed with no stop before the auxiliary
                       # (not "what documents do we need for the final acceptance": a wh-word before it asks what)
                       r"|^(?!.*\b(?:what|which|when|where|who|whom|whose|how|why)\b).*?\b(does|do|must|should|will|would)\s+(it|we|they|this|that|our \w+|the \w+)\s+(have to|has to|need to|need|needs to|require|have|get)\b"
                       # ("… server room is that going to get approved", "can we still do the acceptance now": the same, with is, can)
                       r"|^" + _NO_WH_WORD + r"(?!.*[.?!]).*?\b(is|are|can|could|will|would|may)\s+(it|we|they|this|that|there|the \w+(?: \w+)?)\s+(going to|gonna|be|get|still|also|just|ok|okay|allowed|fine|liable|responsible|on the hook)\b"
                       # ("yunfu ninety eight wan total investment supervisor needed": a need said with no stop and no wh-word)
                       # (not "the documents required", a list named; nor "supervision not needed", told)
                       r"|^" + _NO_WH_WORD + r"(?!.*[.?!。？])(?!.*\b(?:the|all|any|these|those)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:needed|required)\b).*(?<!\bnot )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwas )\b(needed|required|necessary|mandatory|compulsory)\b"
                       r"|\b(required|needed|necessary|mandatory|allowed|permitted|ok|okay)\s*\?"
                       # "The provider says security is entirely our responsibility. true?": a claim told, then asked
                       r"|(^|[.!;:,—–-]\s*)(true|really|accurate|correct|right)\s*\?+\s*$"
                       # "… not during trial run. any problem?": leave asked as whether anything stands against it
                       r"|(^|[.!;:,—–-]\s*)(?:any|is there (?:any|a)|are there any) (?:problems?|issues?)(?: with (?:that|this|it|doing so))?\s*\?+\s*$"
                       # "… fully funded by the district. Covered by the measures", "In scope of the rules": whether it is covered
                       r"|(^|[.!;:]\s+)(covered|in scope|within (the )?scope|out of scope|outside (the )?scope|applicable|subject to)\b[^.?]{0,40}\??\s*$"
                       # "… paid from the municipal budget. Supervision needed": the elliptic question typed without its mark
                       r"|(^|[.!;:]\s+)(?![^.!;:]*\bnot\b)(?!(?:the\s+)?(?:documents?|materials?|documentation|papers|files|items|steps|procedures|conditions|forms)\b)(?:(?:a|an|the|any|third[- ]party|external|outside|expert|on-site)\s+)?[a-z&-]+(?:\s+[a-z&-]+){0,2}\s+(needed|required|necessary|mandatory|compulsory)\s*$"
                       # "… like two months from now. ok": a bare leave tag typed without its mark
                       r"|(^|[.!;,]\s*)(ok|okay|alright|fine|acceptable|allowed)\s*$"
                       # "… on Tue Dec 8. still on time": an elliptic question after a stop, typed without its mark
                       r"|(^|[.!;]\s*)(still\s+)?(on time|in time|within (the |our |its )?([\w-]+ ){0,2}(deadline|time limit|window|period))\s*$"
                       # "ok timing-wise?", "schedule-wise is that fine?"
                       r"|\b(ok|okay|fine|alright|good)\s+[a-z]+[- ]wise\s*\?|\b[a-z]+[- ]wise\s*,?\s*(is (that|it|this) )?(ok|okay|fine|alright|good)\s*\?"
                       r"|^\W*(?:[\w-]+\s+){0,5}?(?:needed|required|necessary|mandatory)\s+if\b"   # "3rd party testng needed if …"
                       r"|(^|[:;,.—–-]\s*)(ok|okay|fine|alright|all right|possible|allowed)\s+to\b"   # "OK to proceed?"
                       r"|(^|[:;,.—–-]\s*)(?:(?:is it|would it be|would that be|is that)\s+)?(no problem|any problem|a problem|an issue|any issue|ok|okay|fine|alright|acceptable)\s+if\b[^?]*\?"   # "no problem if we skip …?"
                       r"|(^|[:;,.—–-]\s*)(good enough|enough|sufficient|acceptable)\b[^?.]{0,60}\?"   # "Good enough for completion acceptance?"
                       r"|(^|[:;,.—–-]\s*)(any|is there (any|a)|what are the) (chance|chances|way|possibility)\b(?! (of|for) (what|which|when|how))(?! to (tell|know|find out|check|see|learn) (what|which|when|who|how|where))[^?.]{0,80}\?"   # "any chance phase 2 gets approved anyway?"
                       r"|\b(allowed|ok|okay|required|needed|necessary|mandatory|possible) or not\b", re.I)
_EN_INFO = lazy_regex(rf"(^|[:;,.—–-]\s*|\b(?:so|and|but|then|please|tell me)\s+|{_EN_PLACE_FIRST})(?:(?:above|below|over|under|from|at|for|in|within|after|before|to|by|up to|with) )?(whats|hows|whos|wheres|what(?! if\b)|which(?! (?:is|was|are|were|has|have|had)\b)|when|how|who|whose|whom|where(?<!, where)|why|list)\b"
                      # (", where the company invests alongside the district": a relative clause; ", where do we file it" asks)
                      r"|,\s*where\s+(?:do|does|did|is|are|was|were|can|could|should|must|will|would|to|exactly|shall|may)\b"
                      # ("once the system is formally live who is responsible for O&M?": the wh-word after a clause that sets the time)
                      r"|\b(?:once|after|before|now that|as soon as)\b[^,?.;]{3,60}?\s(?:who|what|which|where|how)\s+(?:is|are|does|do|must|should|will|can|has|have)\b"
                      r"|\bby when\b|\b(by |on |from )?(what|which) (date|day)\b|\bhow (long|much|many|soon)\b", re.I)
# a sentence of its own that asks by its question mark alone, an adjective or phrase with no verb before it
# ("Within the deadline?", "Right timing and channel?", "Still valid?"), and not a choice ("… or …?")
_EN_ELLIPTIC = lazy_regex(r"(^|[.:;!]\s+|\s-+\s+|\s*[—–]+\s*)(still\s+|all\s+)?(within|inside|in time|on time|timely|late|too (late|early)|right|correct|compliant|valid|legal|ok|okay|fine|acceptable|allowed|enough|sufficient|good|proper|in order|in line)\b(?![^?]*\bor\b)[^?.]{0,50}(\?|,?\s+(right|correct|yes|no|ok|okay)\s*\??)\s*$", re.I)   # ("- still inside the window right")
# an auxiliary before its subject inside the sentence, after words that set the scene without a comma
_EN_INVERTED = lazy_regex(r"\b(can|could|may|must|should|do|does|did|is|are|will|would|shall|need|has|have)\s+(we|i|they|you|it|our|the|this|that|these|those|a|an)\b[^?]*\?\s*$", re.I)
# ("if the vendor causes a quality accident will it go into the credit platform": typed without its mark, an auxiliary
# before a pronoun)
_EN_INVERTED_UNMARKED = lazy_regex(r"\b(can|could|may|must|should|do|does|did|is|are|will|would|shall|need|has|have)\s+(we|i|they|you|it)\s+\w+[^.!;]*$", re.I)
# ("shenzhen do contractors need to keep photos", "in longgang is a feasibility study needed": dictated with no mark, the
# auxiliary within the sentence's first words, after the place that opens it)
# (not "Our project is a bit over 900k yuan": a subject of its own, owned or named, says it)
_EN_INVERTED_LEAD = lazy_regex(r"^(?!\W*(?:our|my|their|its|his|her|the|this|that)\s)\W*(?:(?:in|for|at|under|um|uh|so|ok|okay|hi|hey)\s+)*(?:[a-z][\w'-]*\s+){0,2}?"
                               r"(can|could|may|must|should|do|does|did|is|are|will|would|shall|need|has|have)\s+"
                               r"(we|i|they|you|it|our|the|this|that|these|those|a|an|any|all|[a-z]+s|[a-z]+ing)\s+\w+[^.!;]*$", re.I)
# ("yunfu software development costs 450k need third party testing": typed like a search, the need with no auxiliary)
_EN_TELEGRAPHIC = lazy_regex(r"(?:\d\s*(?:k|m|%)|\b(?:k|mil|million|thousand|project|system|platform|yuan|rmb))\s+(?:still\s+)?(?:need|needs|require|requires)\s+(?:a\s+|an\s+|the\s+|any\s+)?[a-z][^.!;]*$", re.I)
# the words after a Chinese question's last character, when they are English and end it with a question mark
_EN_ASKING_START = lazy_regex(r"(?:how|what|which|when|who|where|why|whose)\b", re.I)
_EN_TAIL = lazy_regex(r"(?<=[\u4e00-\u9fff\s，,：:])[A-Za-z][A-Za-z0-9\s'’,-]*[?？]?\s*$")
# "… should come from which budget?": a wh-word closing the question asks for what it names
_EN_WH_CLOSING = lazy_regex(r"\b(?:from|in|into|to|by|at|on|for|under|with|within|out of) (?:which|what|whose) [\w\s-]{1,30}\??\s*$"
                            r"|\b(?:from|to|by|for|with) (?:whom|who)\s*\??\s*$", re.I)   # ("file the report with whom?": the who, asked last)
# where an English sentence ends: not after "i.e.", "e.g.", "etc." or "vs."
# (a Chinese sentence's end and a line break end one too: "Hi all, 龙岗的项目在建中。\nIs quarterly reporting enough?")
_SENTENCE_END = lazy_regex(r"(?<=[.?!])(?<!\bi\.e\.)(?<!\be\.g\.)(?<!\betc\.)(?<!\bvs\.)\s+|(?<=[。？！])\s*|\s*\n\s*", re.I)
# "Anything we need to file?", "Is there anything else to submit?": what is to be done, asked
_EN_ANYTHING = lazy_regex(r"\banything\b(?: else)?(?: (?:we|i)(?: still)? (?:need to|have to|must|should|ought to)| to| that (?:we|i) (?:need|have|must) to)"
                          r" (?:file|submit|do(?! with)|report|hand in|send|prepare|register|sign|provide|check|verify|confirm)\b[^?]{0,60}\?"
                          # ("Is there anything we must check before organising it?", "Are there any documents we need to prepare?":
                          # what there is, asked whatever its auxiliary)
                          r"|\b(?:is there anything|are there any (?:[\w-]+ )?(?:documents|steps|things|requirements|materials|conditions|checks|prerequisites|procedures|formalities))"
                          r"(?: else)? (?:(?:that )?(?:we|i)(?: still)? (?:need to|have to|must|should|ought to)|to) (?:check|verify|confirm|do|file|submit|prepare|provide|complete|finish|hand in|meet|satisfy)\b[^?]{0,40}\?", re.I)
_EN_WH = lazy_regex(r"\b(what|which|when|where|who|whom|whose|why|how)\b", re.I)
# which of two documents or bodies: "do we need to file a project proposal or a construction plan?"
_EN_CHOICE = lazy_regex(r"\b(file|submit|prepare|write|hand in|draw up|use|provide|go to|apply to|upload|send|attach|include)\s+(a |an |the )?[\w\s()\u4e00-\u9fff（）-]{3,40}?\s+or\s+(just |only |simply )?(a |an |the )(?!\s*not\b)[\w\s()\u4e00-\u9fff（）-]{3,40}(\?|$)"
                        # "is the third-party testing done during the trial run or after the final acceptance": which of two times
                        r"|\b(?:is|are|was|were|does|do|should|must|can)\b[^?]{3,80}?\b(?:before|during|after|within|in|at)\s+[^?]{2,40}?\s+or\s+(?:before|during|after|within|in|at)\b"
                        r"|\b(?:before or after|after or before|during or after|before or during|after or during)\b"
                        # "is that on the supervisor or the design firm": which of two bodies
                        r"|\b(?:is|are|was|does)\s+(?:that|this|it|they|the [\w\s'-]{3,50}?)\s+(?:on|up to|done by|handled by|with|the job of|the responsibility of|signed by|issued by|organi[sz]ed by)\s+(?:the|our|a|an)\s+[\w\s()'-]{2,40}?\s+or\s+(?:the|our|a|an)\s+(?!not\b)[\w\s()'-]{2,40}\??\s*$"
                        r"|\b(?:is|are|was|were)\b[^?]{3,80}?\b(?:issued|signed|done|given|organi[sz]ed|handled|prepared|written|submitted|paid|kept|approved|run|led)\s+by\s+(?:the|our|a|an)\s+[\w\s()'-]{2,40}?\s+or\s+(?:by\s+)?(?:the|our|a|an)\s+(?!not\b)[\w\s()'-]{2,40}\??\s*$"
                        # "does the vendor or the owner hire the testing firm?": which of two bodies does it
                        r"|\b(?:does|do|should|must|will|would|can)\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+or\s+(?:the|our)\s+(?!not\b)[\w-]+(?:\s+[\w-]+)?\s+(?:hire|appoint|pay|organi[sz]e|sign|submit|file|do|run|hold|choose|select|commission|write|prepare|bear|apply)\b"
                        # "do we run the procurement ourselves or does the Data Bureau?": which of two does it
                        r"|\b(do|does|should|must|will|can|could|may) (we|i|our \w+)\b[^?]{3,80}\bor (do|does|should|must|will) (the|our|an?) [\w\s-]{2,40}\??\s*$"
                        r"|\b(can|could|may|do|should) (we|i)\b[^?]{3,60}\b(ourselves|on our own|in-house)\s*,?\s*or (must|should|do|does|does it have to|has to|have to|need) (an?|the|some) [\w\s-]{2,40}\??\s*$"
                        # "Is that the city IT department itself or some other body": which of two bodies it is
                        r"|(^|[.!;]\s+)(is|are|was|will) (that|this|it|they|he|she) (be )?(the |an? |our )[\w\s-]{2,50}? or (some |an |a |the )?(other |another |different )?[\w\s-]{2,40}\??\s*$"
                        # "is the report due before the 5th …, or the 10th": which of two days, numbers or bodies
                        r"|\b(is|are|was|does|do|must|should)\b[^?]{3,120}\b(the|by|before|on|within) [\w\s-]{1,40}?,?\s+or (the |by |before |on |within )?(\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fifteenth|twentieth|thirtieth)\b[\w\s-]{0,20}\??\s*$", re.I)
# "could you tell me who …", "can you explain what …": a request to be told, its auxiliary only politeness
_EN_TELL_ME = lazy_regex(r"\b(could|can|would|will) you (please )?(tell|explain|let me know|clarify|list|show)( me| us)?\b[^?]{0,12}\b(who|what|which|when|how|where|why)\b", re.I)
# "Kindly clarify whether …", "Please advise as to whether …", "We would be grateful if you could confirm whether …":
# a yes-or-no question put as a request, in the formal register ("advise as to the length": a what, not this)
_EN_ASKS_WHETHER = lazy_regex(r"\b(?:advise|advice|confirm|confirmation|clarify|clarification|let (?:us|me) know|tell (?:us|me)|indicate|inform (?:us|me)"
                              r"|verify|specify|ascertain|know|establish|determine|guidance|opinion|view)\b(?: (?:us|me))?"
                              r"(?:,? (?:please|kindly))?(?: (?:as to|on|regarding|about|with regard to|in respect of))?\s+(?:whether|if)\b", re.I)
# "does the rule say which agency must do it", 办法里有没有说谁来验: what the text says, asked of it (not "whether")
_SAYS_WHICH = lazy_regex(r"\b(?:does|do|did)\s+(?:the|this|that|its|their|our)\s+(?:[\w-]+\s+){0,2}(?:rules?|measures?|text|regulations?|article|law|document|provisions?|policy)\s+"
                         r"(?:say|specify|state|mention|tell|define|set out|stipulate|name|spell out)\s+(?:us\s+)?(?:which|who|what|when|how|where)\b"
                         r"|(?:有没有|是否|有无)(?:说|写|讲|规定|明确)(?:了)?[^，,。？?]{0,4}(?:谁|哪个|哪家|什么时候|多久|多长时间|几天)", re.I)
# "any way to skip the testing", "is there a way around the review": whether it may be done
_EN_ANY_WAY = lazy_regex(r"\b(?:is there |there's |are there )?(?:any|some|a) (?:way|ways|chance|exception) (?:to|we can|we could|around|for us to|of)\b(?!\s+(?:tell|know|find|check|see|figure|learn|get (?:info|details)|look up|work out))", re.I)
# the tags that turn a statement round ("… doesn't need any particular qualification, does it?", "… won't be reported, will they")
_EN_TURNING_TAGS = (r"does it|do they|do we|will they|will it|is there|are there|are they|would it|must we|should we|did they|did we"
                    r"|has it|have they|isn't there|aren't there|doesn't it|don't they|don't we|won't they|wouldn't it|shouldn't we|mustn't we")
_EN_TAG = lazy_regex(r"[,，]\s*(right|correct|true|yes|no|ok|okay|is that (right|correct|so)|isn't it|aren't they|won't they|"
                     r"can't we|can we|won't it|is it|isn't that so|" + _EN_TURNING_TAGS + r")\s*\??\s*$"
                     r"|\bor not\s*[?？]*\s*$"   # need supervision or not
                     r"|\b(?:isn't it|is it not|aren't they|doesn't it|don't they|isn't that right|isn't that so)\s*[?？]*\s*$"   # (… by the big data bureau isn't it)
                     # ("… third-party testing is compulsory right": the tag typed without its comma)
                     r"|(?<![Tt]he)(?<![Aa])(?<![Tt]urn)(?<![Ff]air)(?<!all)\s+(?:right|correct|yeah)\s*[?？]*\s*$"
                     # ("…18 months free maintenance, that's fine right": the tag after a judgement of its own)
                     r"|[,，;]\s*(?:that's|that is|it's|it is|this is|which is)\s+(?:fine|ok|okay|allowed|acceptable|enough|alright|compliant)\s*,?\s*(?:right|correct|yes)\s*\??\s*$", re.I)
# a belief said to be confirmed, with no mark ("just to confirm, the contractor must keep photo records", "I assume we can
# tender it with the civil works", "I think a phone call is enough")
_EN_BELIEF = lazy_regex(r"(?:^|[.;:!]\s+|,\s*)(?:(?:just\s+)?to\s+confirm|confirming|just\s+checking|quick\s+check|am\s+i\s+right(?:\s+that|\s+in\s+thinking)?)\b"
                        r"|\b(?:i|we)\s+(?:assume|believe|think|guess|suppose|reckon|figure)\b|\bi'm\s+assuming\b|\b(?:presumably|surely)\b", re.I)
_EN_SURE = lazy_regex(r"\bi'?m\s+(?:fairly\s+|pretty\s+|quite\s+|almost\s+)?(?:sure|certain)\b", re.I)
# (or a count's start or a day moved off a holiday, which the day-counting answers check: "counts from when the filing was
# approved", "rolls over to the next working day")
_EN_BELIEF_MODAL = lazy_regex(r"\b(?:can|could|may|must|need|needs|needn't|have to|has to|don't have to|required|allowed|enough|ok|okay|fine|should|shouldn't"
                              r"|counts? from|counted from|rolls? over|rolled over|moves? to the next|carr(?:y|ies) over)\b", re.I)
_EN_SAYS = lazy_regex(r"\b(is|are) there (a|an|any) (set|fixed|specific|particular|prescribed|stated|specified|defined) "
                      r"(\w+[ -]){0,2}(day|date|time|period|limit|deadline|number|amount|frequency|percentage|share)\b"
                      r"|\bdoes (it|the text|the regulation|the document) (say|specify|state|set)\b"
                      # "do any of the rules say what to do with leftover money": what they say, asked
                      # (not "does the design have to spell out how acceptance will be done": a duty of what a document says)
                      r"|\b(rules?|regulations?|regs|measures|texts?|any of them|they)\s+(say|state|specify)\s+(anything\s+(about|on)\s+)?(what|how|who|when|where|which)\b", re.I)
_EN_NEED = lazy_regex(r"\b(need|needs|require|requires|required|must|have to|has to)\b[^?]*\?+\s*$"
                     # ("监理 mandatory for a ¥1.2M build?": in the sentence asked, not "… no filing needed. Deadline for …?")
                     # (not "starting from what amount is supervision compulsory?", which asks the amount)
                     r"|(?:^|[.;!?]\s+)(?![^.?;]*\b(?:what|which|who|whom|when|where|how|why)\b)(?:[^?.;]|\.(?=\d))*"
                     r"\b(needed|mandatory|compulsory|obligatory|necessary)\b(?:[^?.;]|\.(?=\d))*\?+\s*$"
                     # ("outsource data cleaning. covered by the city-level measures?": the clause asked, without its auxiliary)
                     r"|(?:^|[.;:]\s+)(?:still\s+)?(?:covered|included|allowed|applicable|exempt)\b[^.?]{0,60}\?+\s*$", re.I)   # (?? typed twice)
_INFO_MARKERS: list[tuple[str, re.Pattern, float]] = [
    # 是从签合同那天算，还是从备案通过算？; 初验是建设单位自己组织，还是大数据局组织？: which of two, asked (not 还是要…吗, still)
    ("a choice, 还是", lazy_regex(r"[，,]\s*还是(?!要|得|需要|必须|应该|应当|会|可以|能|不|没|先|再|照样|照常|按|只|就|都)[^，,。？?]{1,30}?(?<![吗么嘛吧])[？?呢]+\s*$"), 3.5),
    ("what/which/how word", lazy_regex(r"(?<!没)(?<!没有)什么(?!问题)|哪些|哪个|哪几|哪(部分|方|级|块|笔|项|条|份|位|次|年|月|段|步|阶段|边|头)|哪[两三四五六七八九十]|哪种|哪类|哪一|哪家|哪里|哪天|哪儿|怎么|怎样|如何|咋|(?<!没)(?<!没有)啥(?!问题)|为什么|为何|何种|何时|(?<![任如为几])何(?:日|处|人|方|部门|机构|单位|机关|级|项|类|期限|程序|条件|标准)"   # (not 任何单位, 如何)
                                       # (加多少还没定, 要多久还不确定: a figure said to be unknown, not asked)
                                       r"|(?:多久|多长|多少|多大|多高)(?![^，,。？?]{0,3}(?:还没定|没定|未定|待定|还不确定|不确定|不知道|说不准|不清楚|还没(?:拆|分|算|核|确定|出来|测算)|没(?:拆|分|算)))|干嘛|干啥|干什么|怎么办|咋办|谁"
                                       r"|(?<=[到去报交在放送])哪(?=[？?。]|$|儿|里)|从哪(里|儿)?(出|来|拿|列|支)"), 3.5),   # 最后会报到哪
    # 几 also means "several" (新购几台服务器，能批么): a closing 吗/么 outweighs it, alone it asks how many
    ("how-many 几", lazy_regex(r"(?<![十百千哪])(?<!其他)(?<!其它)(?<!另外)(?<!这)(?<!那)(?<!好)(?<!前后)(?<!先后)几(?![万亿十百千乎])"), 2.5),   # (其他几个合同, 前后几次变更加起来: several)
    # (过期限了吧 asks whether it is late; 还在期限内吧 whether it is in time)
    # (截止日正好赶上清明: the day told, not asked; 截止日是哪天 is asked by its 哪天)
    ("deadline word", lazy_regex(r"(?:最晚|最迟|截止(?!(日|日期|时间|那天)?(正好|刚好|恰好|赶上|碰上|遇上|落在))|(?<![超过])(期限|时限)(?!\s*(内|之内|范围内)\s*(吧|吗|么|嘛|不|没|[？?])))"
                                      # (期限是竣工决算审核结论出具后60个工作日吧, "the deadline is …": a limit stated, to be confirmed, asks no day)
                                      r"(?!\s*(?:是|为)[^，,。？?]{0,30}?[\d一二两三四五六七八九十]+\s*个?\s*(?:工作日|自然日|天|日|个月|月)(?:内|以内|之内)?\s*(?:吧|对吧|是吧|没错吧|对吗|是吗)\s*[？?。]?\s*$)"
                                      # (最晚11月底报吧, deadline 是11月底吧？我好像记得是这样: a day of the year stated, to be confirmed)
                                      r"(?!\s*(?:是|为|在)?\s*(?:每年)?\s*[\d一二两三四五六七八九十]{1,2}\s*月\s*(?:底|末|初|中旬|上旬|下旬|[\d一二三四五六七八九十]{1,3}\s*[日号])"
                                      r"(?:前|之前|以前)?[^，,。？?]{0,6}?(?:吧|对吧|是吧|没错吧|对吗|是吗))"), 2.0),
    ("list word", lazy_regex(r"流程|步骤|包括|包含|内容|要求是|条件是|规定是"), 1.5),
    # 初验做完了，然后呢: what comes next, asked by the particle alone
    ("what next", lazy_regex(r"(了|完|过)[^？?]{0,24}?[，,\s](?:那)?(?:然后|接着|接下来|再往后|下一步|后续|后面)(?:呢|咧|嘞)\s*[？?]*\s*$"), 3.5),
    # 能说具体点吗, 可以介绍一下吗: a request to be told, whose 吗 is politeness
    # 是否规定了每月的截止日, 有无具体规定, 有没有写: whether the text says it, answered by what it says
    # (有没有规定建设期内要按月报进度: whether a duty is set, a yes/no; 有没有规定几号前交: a number, answered by what it says)
    ("whether the text says", lazy_regex(r"(是否|有没有|有无)(具体|明确)?(规定|写|写明|明确)(了)?(?![^，,。？?]{0,4}(要|须|需|必须|应当|应|得)[^，,。？?]*$)"
                                         r"|(文件|办法|细则|规定|条文|原文)(里|中|上)?(有)?(具体|明确)?(规定|写|写明|明确)(了)?(吗|么|嘛)"
                                         r"|有(具体|明确)?(规定|写|说)(到|了|过)?[^，,。？?]{0,12}(几|多少|多久|多长|哪天)"
                                         r"|有(没有)?(具体的?|明确的?|统一的?)?(字数|页数|篇幅|格式|模板|时间|时限|期限)(上的)?(要求|限制|规定)"   # 自评报告有字数要求吗
                                         r"|(?<![不未没])(规定|写明|明确)(了|过)[^，,。？?]{0,12}(几|多少|多久|多长|哪天)"   # 规定了每月几号前交吗
                                         r"|(?<![不未没按])规定(?=几|多少|多久|多长|哪天)[^，,。？?]{0,12}(吗|么|嘛)"   # 规定多少天内要出吗
                                         # 有具体金额线吗, 有没有明确的标准: whether the text sets a line
                                         r"|(有|有没有|有无)(具体|明确)(的)?[^，,。？?]{0,6}(线|标准|限额|门槛|上限|下限|期限|时限|天数|时间|金额|数额|比例|人数)(要求|规定)?(吗|么|嘛)?"
                                         # 比例有上限吗, is there a cap: whether the text sets a bound, answered by the bound it sets
                                         r"|(有没有|有无|有)(个|什么)?(上限|下限|封顶|最高限|最低限)(吗|么|嘛|没有|没)?(?=[，,。？?！!]|$|或|还是|和|、)"
                                         r"|\bis there (a|any) (cap|ceiling|upper limit|lower limit|maximum|minimum)\b"), 4.0),
    ("request to be told", lazy_regex(r"(能|可以|可不可以|能不能|麻烦|请)(帮忙|帮我)?(说|讲|告诉|介绍|列|解释|说明|明确|写)(一下|下|出来|清楚)?"
                                      r"(具体|详细|清楚|明白)?(一)?(点|些)?(吗|么|嘛)?" + _END), 5.5),
]
# a step put off or made up later, said as what we will do (先开工，变更申请后面补; 先不报，等建完再说)
_PROPOSAL_STATED = lazy_regex(r"先[^。？?]{1,20}[，,][^。？?]{0,24}(后面|回头|以后|之后|事后)(再)?(补|弄|做|报|交|办|说|改|整改|完善)|等[^。？?]{1,12}再说|(后面|回头|事后)(再)?补")
# a what-question word that only frames a yes/no one: 有什么要求吗 stays "what", 是不是什么都要 is yes/no
_STATEMENT = lazy_regex(r"(做完|搞定|完成|弄完|办完|办好|做好|签了|签完|签好|通过了|验完|报了|交了|提交了|备案了|登记了|开工了|受理了|批复了|下达了|出具了"
                        r"|启动了|结束了|上线了|批了|批下来|下来了|已经|已|做的|签的|办的|报的|交的|开的|定了|收到了|收到的|(?<![没未])出(?:来)?了(?!问题|事|错|岔)"   # (审核结论11月20号出了)
                        # (初验上周二过了，申请函当天就交给大数据中心了: passed, and handed to a body, at the clause's end)
                        r"|(?<![没未不])过了(?=\s*[，,。！!]|\s*$)|(?:交|报|送|递交|提交|传)(?:给|到|至)[^，,。？?]{1,14}了(?=\s*[，,。！!]|\s*$)"
                        r"|(?:递|交|报|送|传)上去了"   # (申请今天递上去了)
                        # (备案上周三刚通过。: just done, at the clause's end)
                        r"|刚(?:刚)?(?:通过|签|签完|批|批下来|受理|完成|结束|交|报|提交|递交|做完|验完|上线|备案|登记)(?=\s*[，,。！!]|\s*$)"
                        # (试运行11月10号结束的, 审核结论11月2号出的: the day a thing happened, told with 是…的 at the clause's end)
                        r"|(?:结束|完成|通过|出|下来|验完|批|备案|登记|上线|提交|递交|开始|启动|签订|受理)的(?=\s*[。！!]?\s*$|[，,][^，,。？?]{0,16}(?:有|没有|还有)[^，,。？?]{0,8}\s*[。！!]?\s*$))")
# (审核结论11月2号出的，建设资金有结余: a fact told after it ends the message too)
_QUESTION_MARK = lazy_regex(r"[?？]")


@dataclass
class Form:
    form: str                        # "yesno", "info" or "statement"
    scores: dict[str, float] = field(default_factory=dict)
    markers: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    # a short note in brackets closing the question (这样就行了吧（龙岗）) is not where it asks: its marks go before it
    text = unicodedata.normalize("NFKC", text).strip()
    m = _CLOSING_NOTE.search(text)
    return text[:m.start()] + m.group("p") if m else text


_CLOSING_NOTE = lazy_regex(r"\s*\([^()]{1,16}\)\s*(?P<p>[?？。.!！]*)\s*$")


# 什么 after a negation is "any", not "what" (不用再做什么安全测试, 没交什么材料); not after a verb of knowing or
# saying (不知道交什么材料, 没说什么时候交), which still asks what
_KNOWING = "(?!知|清|懂|确|明|晓|说|讲|写|提|规定|告诉|了解)"
_WHAT_ASKED = "(?!时候|时间|样|意思|地方|情况|条件|要求|问题|后果|处罚|处分|影响|下场)(?=[\u4e00-\u9fff])"   # (逾期不改会有啥后果: what follows)
_INDEFINITE_WHAT = lazy_regex(rf"((?:不用|不需要|不必|用不着|没有|不|没|无){_KNOWING}[\u4e00-\u9fff]{{0,3}}?)(?:什么|啥){_WHAT_ASKED}"
                              # 不用先找数据局做什么前置审核吧, 不用报谁备案吧: after 不用, further on, and 谁 too
                              rf"|((?:不用|不需要|不必|用不着){_KNOWING}[\u4e00-\u9fff]{{0,14}}?)(?:什么|啥|谁){_WHAT_ASKED}"
                              # (…就行了吧，不用报谁: the indefinite at the very end)
                              rf"|((?:不用|不需要|不必|用不着){_KNOWING}[\u4e00-\u9fff]{{0,6}}?)(?:什么|啥|谁)(?=\s*[吧吗么嘛]?\s*[。！!？?~～]*\s*$)")


# 哪个标段做完就先验收哪个: "whichever", a case told twice, not a which-question
_WHICHEVER = lazy_regex(r"哪(个|些|里|家|块|部分|段|项|一个|一块|一段)([^，,。？?]{1,12}?)就([^，,。？?]{0,8}?)哪\1")


# "What do I tell him?", "how should I answer my boss": the asker passing on a question put to them
_EN_TELL_BACK = lazy_regex(r"\b(?:what|how) (?:do|should|can|shall|would|will) (?:i|we) (?:tell|say to|answer|reply to|respond to|report (?:back )?to|get back to)\b", re.I)
# the question put to them: "asking whether …", "wants to know if …", "asked me if …"
_EN_ASKED_WHETHER = lazy_regex(r"\b(?:ask(?:s|ed|ing)?|wants? to know|wondering|wonders|needs? to know|checking) (?:me |us |you )?(?:whether|if)\b", re.I)


# the last few words of a terse English question, after a dash, comma, slash or colon ("… 600k – 3rd-party testing?")
_EN_BARE_ASKED = lazy_regex(r"(?:^|[–—,/:;\n?]|\.\s|\s-\s)\s*(?P<last>[\w'&%./ -]{2,60}?)\s*\?\s*$")
_EN_BARE_MEASURE = lazy_regex(r"\b(?:deadline|due|length|duration|period|how long|fee|fees|cost|costs|rate|percent(?:age)?|days?|months?"
                              r"|time ?limit|threshold|amount|who|when|date|validity|term|timeline|timing|limit|cap|max(?:imum)?|min(?:imum)?"
                              r"|what|which|where|how|window|process|procedure|scope|list|contents?|steps?|kinds?|types?|or)\b"
                              r"|\b\w+(?<![su'])s\b|%", re.I)   # (a plural asks for them: "ways of quality supervision?", "consequences?")


@lru_cache(maxsize=4096)   # (read many times per question, clause by clause; callers only read the Form)
def classify(text: str, lang: str = "zh") -> Form:
    text = _norm(text)
    if lang == "zh":
        text = _INDEFINITE_WHAT.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
        text = _WHICHEVER.sub(lambda m: f"那{m.group(1)}{m.group(2)}就{m.group(3)}那{m.group(1)}", text)
    # what someone else said (有人说…不用交什么总结) is background: its words do not decide the form
    if lang == "zh":
        text = unreported(text)
    scores = {"yesno": 0.0, "info": 0.0, "statement": 0.0}
    markers: list[str] = []

    def add(form: str, name: str, weight: float) -> None:
        scores[form] += weight
        markers.append(f"{form}+{weight:g} {name}")

    if lang == "en":
        # "we were told to rectify within a time limit. How long is that limit?": the sentence that asks
        sentences = [x for x in _SENTENCE_END.split(text) if x.strip()]
        asking = english_questions(text) or (sentences[-1] if sentences else text)
        info, yesno = _EN_INFO.search(asking), _EN_YESNO.search(asking)
        if info and yesno and re.match(r"\W*when\b", info.group(0).strip(" ,:;"), re.I) and yesno.start() > info.start() \
                and not re.search(r"\bor\b", asking[yesno.start():]) \
                and re.search(r",\s*(must|do|does|is|are|can|should|will|need|may|could|would|has|have|shall)\b", asking[info.end():], re.I):
            info = None   # "when a project is co-funded, must it …?": a condition, not a when-question
        if info and _EN_TELL_BACK.search(asking) and _EN_ASKED_WHETHER.search(text):
            # "… asking whether our project needs a supervisor. What do I tell him?": the whether asked is the question
            info, yesno = None, None
            add("yesno", "whether asked, to tell back", 4.0)
        if info:
            add("info", "wh-word", 3.0 + (0.5 if not yesno or info.start() < yesno.start() else 0))
            if re.match(r"\W*how (?:many|much|long|often|soon)\b", info.group(0), re.I):
                add("info", "a measure asked", 1.5)   # ("how many days do we have to finish it": the number, not the duty)
        if yesno:
            add("yesno", "auxiliary", 3.0 + (0.5 if not info or yesno.start() < info.start() else 0))
    # (合同11月30日签的, by what date must the 计划任务书 be filed?: the English clause whole, a term of the text inside it)
    last = re.split(r"[，,。：:；;]", text)[-1]
    english_clause = re.sub(r"[\u4e00-\u9fff]+", "X", last).strip() \
        if lang == "zh" and re.match(r"\s*[A-Za-z]", last) and re.search(r"[\u4e00-\u9fff]", last) \
        and len(re.findall(r"[A-Za-z]+", re.split(r"[\u4e00-\u9fff]", last)[0])) >= 2 and len(re.findall(r"[A-Za-z]+", last)) >= 3 else None
    if lang == "zh" and english_clause is None and (start := re.search(r"[A-Za-z]", last)) \
            and _EN_ASKING_START.match(last, start.start()) and len(re.findall(r"[A-Za-z]+", last[start.start():])) >= 3:
        # (建设单位 how many days do we have to finish 整改?: an English question after a Chinese subject, a term inside it)
        english_clause = re.sub(r"[\u4e00-\u9fff]+", "X", last[start.start():]).strip()
    if lang == "zh" and (english_clause or (tail := _EN_TAIL.search(text)) and len(re.findall(r"[A-Za-z]+", tail.group(0))) >= 2):
        # 想新买几台服务器放自己机房 can we?, 对接费 should come from which budget?: the question asked in English
        for form, weight in classify(english_clause or tail.group(0).strip(), "en").scores.items():
            if weight:
                add(form, "an English closing clause", weight)
    if lang == "en" and _EN_WH_CLOSING.search(asking):
        add("info", "wh-word closing the question", 4.0)
    if lang == "en" and _EN_ANYTHING.search(asking):
        add("info", "anything asked for", 6.5)   # "Anything we need to file?": what there is to do, not yes or no
    if lang == "en" and not scores["info"] and not scores["yesno"] and _EN_ELLIPTIC.search(asking):
        add("yesno", "elliptic question", 2.5)   # "Within the deadline?", "Right timing and channel?"
    if lang == "en" and not scores["info"] and not scores["yesno"] and ((inv := _EN_INVERTED.search(asking))
                                                                        or "?" not in text and (inv := _EN_INVERTED_UNMARKED.search(asking) or _EN_INVERTED_LEAD.search(asking)
                                                                                                or _EN_TELEGRAPHIC.search(asking))) \
            and not _EN_WH.search(asking[:inv.start()] if "?" in text else asking):   # ("On what exact date did …": a when-question)
        add("yesno", "auxiliary before its subject", 2.5)   # "In Longgang, during the trial run can we …?"
    if _SAYS_WHICH.search(asking if lang == "en" else text):
        add("info", "what the text says asked", 4.5)   # "does the rule say which testing agency has to do it": which, asked
    if lang == "en" and _EN_ANY_WAY.search(asking):
        add("yesno", "any way asked", 3.0)   # "any way to skip the third-party testing": may we
    if lang == "en" and _EN_TAG.search(text):
        add("yesno", "tag question", 3.5)   # "Wendeng won't accept it, right?"
    elif lang == "en" and _EN_BELIEF.search(asking) and _EN_BELIEF_MODAL.search(asking):
        # "I assume we can just tender it with the civil works": may we; not "I suppose the self-evaluation is done at the end
        # of October", a fact believed, answered by the text's own (a what it is, as before)
        add("yesno", "a belief to confirm", 3.0)
    elif lang == "en" and (_EN_BELIEF.search(asking) or _EN_SURE.search(asking)) and re.search(r"\?\s*$", asking) and not _EN_WH.search(asking):
        add("yesno", "a belief asked", 3.0)   # "I'm fairly sure it's due at the end of December?": the belief, with its question mark
    if lang == "en" and _EN_CHOICE.search(text):
        add("info", "a choice between two", 4.0)   # "do we file a project proposal or a construction plan?": which one
    if lang == "en" and not scores["yesno"] and _EN_ASKS_WHETHER.search(text):
        add("yesno", "whether, asked as a request", 3.5)   # "Kindly clarify whether a project may pass acceptance …"
    if lang == "en" and _EN_TELL_ME.search(text):
        add("info", "a request to be told", 4.0)   # "Could you tell me who approves …": the who, not a yes
    if lang == "en" and _EN_SAYS.search(text):
        add("info", "whether the text sets one", 4.0)   # "is there a set cut-off day each month": answered by what it says
    if lang == "en" and _EN_NEED.search(text) and not scores["info"]:
        add("yesno", "need … ?", 2.5)    # "zhonglou project budget 45w need 监理?"
    for name, pattern, weight in _YESNO_MARKERS:
        if pattern.search(text):
            add("yesno", name, weight)
    for name, pattern, weight in _INFO_MARKERS:
        m = pattern.search(text)
        if m:
            w = weight
            # a what-word that follows the closing yes/no frame's verb is a what-question
            if name == "list word" and re.search(r"(吗|么|嘛|吧)" + _END, text):
                w = 0.5   # "需要走这个流程吗": the list word yields to a closing 吗
            # 设计、监理、承建几家确认后: 几 after a list of the parties is "these several"
            if name == "how-many 几" and re.search(r"、[^、，,。？?]{1,4}$", text[:m.start()]) and re.match(r"(家|方|个单位|个部门)", text[m.end():]):
                w = 0.0
            # 设计监理承建几方确认一下就改: the parties acting together, not a count asked
            elif name == "how-many 几" and re.match(r"(家|方|个单位|个部门)(单位)?\s*(一起|一块|共同|联合|会同)?\s*(确认|商量|协商|签|会签|开会|碰|研究|同意|盖章)", text[m.end():]) \
                    and not re.search(r"(需要|要|得|必须|应|由)\s*$", text[:m.start()]):   # (需要几家单位签字 asks a count)
                w = 0.0
            # 新购几台服务器，这种项目是否会被批准: 几 in a clause before the asking one is "several"
            elif name == "how-many 几" and _CLAUSE.search(text[m.end():].rstrip("？?。!！ ")):
                w = 1.0
            # 能不能几家单位内部确认一下就实施: 几 with more said after it in an A-not-A question is "a few"
            elif name == "how-many 几" and scores["yesno"] >= 3 and len(re.split(r"[，,。？?]", text[m.end():])[0]) >= 6:
                w = 1.0
            elif name == "how-many 几" and scores["yesno"] and _FEW_DO.match(text, m.start()) and re.search(r"就|吧", text[m.end():]):
                w = 0.0   # 几家单位内部确认一下就实施吧: a few doing something, no count asked
            # 应否聘请监理单位，请明确; 是否符合规定？请予答复: the request closing a yes/no question is its politeness
            # (not 能说一下要交哪些材料吗, the request itself asked)
            if name == "request to be told" and (whether := _FORMAL_WHETHER.search(text)) and whether.end() <= m.start():
                w = 0.0
            add("info", name, w)
    if scores["yesno"] and scores["info"] and re.search(r"(什么|哪些|谁).{0,12}(吗|么|嘛)" + _END, text):
        add("info", "what … 吗", 1.0)   # 有什么要求吗, 需要准备哪些材料吗: asks for the list
    # 先建着嘛，回头再补？: a question mark with no asking word at all asks yes or no by its tone
    # (a choice, 计入总投资还是单独列支？, asks which one; 在那个平台 may be a slip for 哪个)
    if lang == "zh" and not any(scores.values()) and len(_CJK_ONLY.sub("", text)) <= 14 and _TERSE_NOUN.search(text):
        add("info", "a bare noun asked", 2.0)   # 云浮办法有效期？ 龙岗质保期？: what it is
    if lang == "zh" and _QUESTION_MARK.search(text) and not any(scores.values()) and not re.search(r"还是|那(个|些|种|类|家|天|里|部分)", text):
        add("yesno", "bare question mark", 1.0)
    # typed as into a search box ("Longgang 3M software build – supervisor?", "Wendeng buy new servers – approvable?"): a
    # duty named alone asks whether it applies; a measure named alone ("SZ quality reg deadline?", "LG trial run length?")
    # asks what it is; the words of the last sentence ("… of which software development 0.45M. Third-party testing?")
    if lang == "en" and not any(scores.values()) and (bare := _EN_BARE_ASKED.search(text)) \
            and not re.match(r"\s*(?:and|also|plus|then|what about|how about)\b", last := re.split(r"[.?!]\s+", bare.group("last"))[-1], re.I):
        # ("And supervision?": the ask before, of another duty)
        # ("– in scope?", "– any chapter on performance goals?": whether it is, or there is one; not "any deadline?", a measure)
        # ("– keep photo/video records?", "– need a supervisor?": a step asked whether it is taken)
        whether = re.match(r"\s*(?:(?:still |all )?(?:in|within|out of|outside|under) (?:the )?scope|covered|exempt|any (?!(?:[\w-]+ )?(?:deadline|time ?limit|limit|fee|cost|threshold|date|period|length)s?\b)"
                           r"|(?:keep|need|needs|hire|get|hold|file|submit|register|report|apply|use|buy|sign|tender|skip|require|pass|include|attach|publish|share|invite|engage|bring in|set up|do|have) \w)",
                           re.split(r"\s[-–—]+\s|[–—:,]", last)[-1], re.I)
        if _EN_BARE_MEASURE.search(last) and (not whether or _EN_WH.search(last)):   # ("any way to tell which …")
            add("info", "a bare measure asked", 2.0)
        else:
            add("yesno", "a bare duty asked", 2.0)
    if lang == "zh" and not scores["yesno"] and not scores["info"] and proposal_stated(text):
        add("yesno", "a proposal stated", 2.0)   # 先开工，书面变更申请后面补: asks, without a marker, whether it may be done
    elif lang == "zh" and not scores["yesno"] and scores["info"] < 2 and intention_stated(text):   # (a weak list word: 申报)
        add("yesno", "an intention stated", 2.0)   # 我们想把信息化部分打包到装修项目里一起报: may we
    elif lang == "zh" and not scores["yesno"] and scores["info"] < 2 and plan_told(text):
        add("yesno", "a plan told", 2.0)   # 不请监理了，我们科室自己盯: may we
    if not _QUESTION_MARK.search(text) and not scores["yesno"] and not scores["info"] and _STATEMENT.search(text):
        add("statement", "something done, no question marker", 3.0)
    best = max(scores, key=lambda k: (scores[k], k == "info"))
    if not any(scores.values()):
        best = "info"
    return Form(best, scores, markers)


@lru_cache(maxsize=1024)
def unmarked(text: str, lang: str = "zh") -> bool:
    """No marker of any form at all: what is told plainly (前置审核就跳过了，直接自己验收). Cached, as the
    answer asks it of one question for each of its findings."""
    return not any(classify(text, lang).scores.values())


def form_of(text: str, lang: str = "zh") -> str:
    return classify(text, lang).form


# "may we NOT do X" / "can we skip X": the answer is the opposite of "must we do X"
_DENIED_LIABILITY = (r"(跟|和|与)(他们|他|它们|它|自己|我们|总包|总承包单位|我)?(没|没有)(关系|责任)|(责任|风险)[^，,。？?]{0,4}(全|都|全部)在(我们|建设单位|你们|单位|使用单位)|是(我们|建设单位|你们|使用单位)(单位)?(自己)?的事|(跟|和|与)(他们|他|自己|我们|总包|总承包(单位)?|分包(单位)?|承建(单位|方)?|建设单位|监理(单位)?|设计(单位)?)[\u4e00-\u9fff]{0,2}无关|(质量(?!监督|管理|季报|报告|目标)|问题|缺陷|后果)[^，,。？?]{0,10}只(由|让|归|能由)?[\u4e00-\u9fff]{1,12}?(单独)?(负责|担责|承担(质量)?责任)(?=[，,。？?!！\s]|吗|吧|么|嘛|对|是|$)|不(用|必|需要)?(担责|承担责任|负责任|背锅)|(他们|他|它们|它|自己)(就|都|也)?不(用|必|需要)?负责(?=[，,。？?!！\s]|$)|免责|撇清|推卸|推脱责任|甩锅|不关(自己|他们|他|我们|总包)?(的)?事"
                     # 把安全管理责任全部交给服务提供方，本单位不承担: a duty handed off, its bearer saying it bears none
                     r"|不(再)?承担(?=\s*[，,。；;？?!！]|\s*$)|(责任|风险)[^，,。？?]{0,6}(全部|都|全)?(交给|推给|转给|转嫁给|甩给)"
                     # 总包说是分包的事，他们不管: the party said not to answer for it
                     r"|(他们|他|总包|总承包单位)(就|都)?(可以|能)?(不管|不负责|不担责)(了)?(?=\s*[，,。；;？?!！]|\s*$|\s*(?:吧|吗|么|嘛))|是(分包|承建|施工|监理)(单位|方)?的事"
                     # 安全管理全部甩给服务提供方，我们单位不担安全责任: a duty handed off, its bearer saying it bears none
                     r"|不(再)?(担|负|承担)[^，,。？?]{0,4}责任"
                     r"|不关(我|他|她|它|我们|他们)(们)?(的)?事"
                     # 出质量问题是不是只能找分包单位: only one party to be held to it
                     r"|(质量|问题|缺陷|后果)[^，,。？?]{0,10}只(能|可以)?(找|追究|追|问责)[\u4e00-\u9fff]{0,2}?(分包|承建|总包|总承包|监理|设计|施工)")   # 总包说不关他事: the party said not to answer for it
# ("Prime says go talk to the sub, not us", "says not our problem": the same in English)
# ("can it say the subcontractor alone is responsible": the liability put on another party only)
LIABILITY_DENIED = lazy_regex(_DENIED_LIABILITY + r"|\b(?:says?|said|claims?|tells? us)\b[^.?]{0,20}?\b(?:not (?:our|my|their|his|its) "
                              r"(?:problem|responsibility|fault|business)|go (?:find|talk to|see|ask|to) the (?:sub|subcontractor)\w*)"
                              r"|\b(?:say|says|said|claim|claims|insist|insists)\b[^.?]{0,40}?\b(?:alone|solely|only)\s+(?:is|are|be)\s+(?:responsible|liable|accountable)\b"
                              r"|\b(?:say|says|said|claim|claims|insist|insists)\b[^.?]{0,40}?\b(?:is|are|be)\s+(?:solely|alone|only)\s+(?:responsible|liable|accountable)\b"
                              # "a clause saying the sub alone answers for that part's quality, main contractor not liable"
                              r"|\b(?:sub|subcontractor|subcontractors)\s+(?:alone|solely|only)\s+(?:answers?|is responsible|is liable|bears?)\b"
                              r"|\b(?:main|general|prime|head) contractor\b[^.?,]{0,12}\bnot (?:liable|responsible|accountable)\b|\bletting [^.?]{0,30}\boff the hook\b|\blet [^.?]{0,30}\boff the hook\b"
                              # "the sub offered to be solely liable …, so the main contractor is off the hook for that piece"
                              r"|\b(?:main|general|prime|head) contractor\b[^.?,]{0,12}\b(?:is|are|would be|gets?) off the hook\b"
                              r"|\b(?:offer\w*|agree\w*|promis\w*|willing) to (?:be|take) (?:solely|alone|fully|entirely) (?:liable|responsible|accountable)\b", re.I)
# 请不请监理由建设单位自行决定吧, 可请可不请, 我们可以自己决定做不做吧: a duty believed the unit's own choice (read before
# the A-not-A is made plain, which would leave 自己决定做吧)
_DISCRETION_ZH = lazy_regex(r"(?:自行|自主|自己)(?:决定|选择|把握|掌握|说了算|定)(?:(?:要不要|(?P<either>[\u4e00-\u9fff])不(?P=either))[\u4e00-\u9fff]{0,6})?"
                            r"(?:就行|即可|就可以)?(?:的)?(?:吧|吗|么|嘛|[，,]\s*(?:对吧|是吧|对吗|对不对))\s*[？?。]?\s*$|可(?P<both>[\u4e00-\u9fff])可不(?P=both)")
_NEGATED_ZH = lazy_regex(r"(可以|能|能否|可否|允许|行)\s*拒绝(?=提供|配合|接受|提交|报送|签字|签收)"   # (可以拒绝提供资料吗: a duty refused is left out)
                         r"|(可以|能|能否|可否|允许|行)\s*不(?!是|同意|合格|通过|满|超过|足|到|低于|少于|了|行|\s*[？?。!！~～]*\s*$)"   # 可以不？ ends an A-not-A
                         r"|不予(?=移交|提供|提交|报送|共享|备案|归档|公开)"   # (源代码不予移交: the formal refusal of an act the text asks for)
                         r"|把[^，,。？?]{1,16}?(?:省|免|砍|(?<![出进上下回过])去)(?:了|掉)"   # 能不能把第三方测试省了: left out (not 把一部分分包出去了, handed out)
                         r"|免(做|于|除|掉)|(能|可以|可|能不能|可不可以|可否|是否可以|申请)免(?![费责税单收交缴付])(?![^，,。？?]{0,4}(费|钱))|豁免|省(掉|去|略)|(躲|逃)(掉|过|开)|不(叫|通知|邀请|让)(?!人|我)|(就|都|也)省了|省了吧|不(写|交|填|编|提交|上传|传|报送|备案|登记|公示|测评|验收|评审|论证|审核|签|移交|接入|对接|实行|实施|聘请|委托|留|保留|拍|支持|提供|列|设立|设置|设(?!计|备|施|定|想|法)|配备|配(?!合|套|置)|出(?=[月季年周]报|报告|报表|意见|方案))(?!完|好|了解|清楚|出来|单位|部门|机构|的话|的项目|的情况|入|进|在)|(能|可以|可不可以|能不能)省(?![钱级内外里点些事])|(想|打算|准备|干脆)省(了|掉|去)?(?![钱级内外里事心时力点下])|跳过|不做(?!完)|(?<=会)(?:就|也|都)?不(?:召)?开(?![发工展始放通心票具标户设支])|不召开|不请|不找|不搞|不弄(?!完|好|清|明白|错|懂)|不报|不(再)?走|不再(经过|履行|执行)|不单独|不另外|不(再)?另行|不分开|不(再)?按(照)?(?!时|期|期限|规定|要求|合同|计划|进度)|不按(时|期)[\u4e00-\u9fff]{1,8}(可以|行|能|没问题|没事)"
                         # 监理费单独列、不算进总投资, 不想放总投资里: leaving it out
                         r"|不(想|愿|愿意|打算)?(算进|算在|算入|放进|放在|放入|纳入|列入|计入|包含在|包括在)"
                         r"|不(想|愿|愿意|打算)?(写进|写入|写到|写在)(?=[^，,。？?]{0,6}(合同|方案|报告|建议书|协议|文件|纪要))"   # 质量目标不想写进合同里
                         r"|不(再)?重新(申请|验收|评审|论证|报|提交|测评|组织)|不申请(?![^，,。？?]{0,6}(经费|资金|预算))(?=[^，,。？?]{0,8}(就|直接|先))"   # 不重新申请验收就直接用
                         r"|不(再)?向[^，,。？?]{1,16}?(申请|报告|报送|报批|提交|提出|备案|报)(?![告送])"   # 不向区大数据中心申请: the body the text names left out
                         r"|不(想|愿|愿意|打算)?放[^，,。？?]{1,10}(里|中|内)(?![容部])"
                         # 而不使用全市政务云, 不把资产移交国有公司, 不通过市政务服务数据管理局: the means or the body the text names, set aside
                         r"|不(使用|采用|利用|依托|部署(在|到))|不用(?=[^，,。？?]{0,10}(平台|政务云|云平台|机房|网络))"
                         r"|不往[^，,。？?]{1,16}?(上传|传|报|交|提交|备案|部署|登记)(?![告送])"   # 不往区政务软件开发云平台上传 (not 不到50万…报)
                         r"|不接(?=[^，,。？?\s]{0,6}(平台|中心|系统|专网|政务网))"   # 不接区视频中心: the connection the text asks, left out
                         r"|(能|能否|可|可否|是否可以|可以)就?不再(组织|做|搞|审核|评审|论证|测评|验收)(了)?(?=\s*[吧吗么嘛？?。]*\s*$)"   # 数据局那边能不能就不再组织了
                         r"|不(参与|参加|纳入|走)[^，,。？?]{0,4}(统筹|统一采购|集中采购|统一建设)"   # 单独采购，不参与全区统筹
                         r"|不把[^，,。？?]{1,12}?(移交|上传|交|提交|报|报送|备案|接入|纳入|列入|部署)"
                         r"|不(经|经过|通过)(?=[^，,。？?]{0,12}(局|中心|部门|平台|单位|机构|委员会|政府))"
                         r"|(就|也|都)不(用|必|需要)再[\u4e00-\u9fff]{2}"   # 是不是公安部门就不需要再参与审核了
                         r"|(就|都|也)免了|免了吧|(?<![上要])不上了|不上(?=监理|测评|测试|第三方|等保|专家|评审)"
                         r"|不(想|打算|准备|愿意|太想|计划)(再|单独|另外|专门|额外)?(请|找|做|搞|报|走|交|写|编|上|开|组织|聘|委托|提交|备案|登记)"
                         # 今年打算不制定检查计划: the plan to leave it undone, said the other way round
                         r"|(打算|准备|计划|想)(今年|这次|先|暂时)?不(再)?(制定|编制|做|搞|报|走|交|写|编|请|找|开|组织|提交|备案|登记|出具|出)(?!来|去|了吧)"
                         # 不开专家初步验收会了吧, 立项先不考虑IPv6: a meeting not held, a duty set aside
                         # 总包说分包那块出了问题跟他们没关系, 总包不用担责吧: a responsibility denied
                         r"|" + _DENIED_LIABILITY +
                         # 拍照录像太麻烦，有施工日志就够了, 嫌拍照录像麻烦，说留个文字记录就够了: a step called too much trouble, another said to be enough
                         r"|(太麻烦|太费事|太折腾|太繁琐|嫌[^，,。？?]{0,12}?(麻烦|费事|折腾|繁琐)|没必要|多此一举)[^。？?]{0,4}[，,][^。？?]{0,30}(就够|就行|就可以|足够|就完事|就得了|改成|换成|改为)"
                         r"|(就够|就行|就可以|足够)[^。？?]{0,6}[，,][^。？?]{0,16}(太麻烦|太费事|(?:写|做|弄|搞|编|交)起来[^，,。？?]{0,3}(?:麻烦|费事))"   # 交个建设方案就行了吧，建议书写起来太费事
                         r"|不开(?![工展始发放通心])[^，,。？?]{0,10}?会(?![被影导让使对造受有不])|(先|暂时|暂|就)不(考虑|管)")   # (不开工会被取消吗, 不开展测试会影响: 会 is "will")   # 不准备请测评机构   # 初验就免了吧, 监理就不上了: as 省了吧
# 不用/不必/不需要 asks permission to leave something out only before a permission word (不用请监理行吗) or a tag
# confirming a step dropped (不需要按办法报批，对吗); "监理应该不用吧" asks whether the duty is there, and is answered
# about the duty
_NOT_NEEDED = lazy_regex(r"(?:(?<![要用])不(?:用|必|需要)|无需(?!求)|无须|毋需|毋须)(?!要求|等)")   # (the formal 无需, 无须 too)   # 不用等终验: not waiting, which leaves nothing out
# 可行性报告就不交了吧: a step dropped, proposed with 吧
_DROP_BA = lazy_regex(r"(?:就|也|都|先|[，,\s]|^)不(?:再)?(?:交|写|做|报|请|找|开|搞|上传|传|备案|登记|测|测试|评审|审|验|签|走|办|编|出|提交|申报|组织|买|采购|公示|共享|移交|留|保留|拍)"
                      r"[\u4e00-\u9fff]{0,3}了[吧哈]\s*[？?。!！]*\s*$")
# 监理文档就不用每季度一起传了吧: a step named after 不用 and proposed with 吧 asks leave to drop it (应该不用吧, with
# nothing named, asks whether the duty is there)
_NOT_NEEDED_BA = lazy_regex(r"(?:(?<![要用])不(用|必|需要)|(?<![有])没(?:有)?必要|(?<![还])用不着|无需|无须)(?!要求|等)[\u4e00-\u9fff][^，,。？?]{0,30}?(了)?吧\s*[？?。!！]*\s*$"   # (不需要报谁吧; 后面没必要再定期评估了吧)
                            # (请监理没必要吧: the step named before it)
                            r"|[\u4e00-\u9fff]{2,12}?(?:就|也|真的|其实|根本|完全|实在)?(?:没(?:有)?(?:啥|什么)?必要|用不着)(?:了)?吧\s*[？?。!！]*\s*$")
# the tags that ask to confirm what was said before them (对吧, 是吗, 是这样吧)
_CONFIRMING = r"对吧|对不对|是吧|没错吧|对么|对吗|是吗|对嘛|是这样吧|是这样吗|是这样的吧|是不是这样"
# 源代码不用上传了，对吧: a tag after a comma asks to confirm the clauses before it, as a word of leave does
_CONFIRM_TAG = lazy_regex(r"[，,。]\s*(" + _UNDERSTOOD + r"|" + _CONFIRMING + r"|(应该)?没(有)?问题吧|没事吧|(这样|这么做|这么办)?(是否)?(符合(规定|要求|规范|程序)|合规)(吗|么|吧|不))\s*[？?。!！~～]*\s*$")
# 不用数据局统一采，对吧; 不用自行另外采购: who does it, not whether it is done (answered by who the text names)
_OTHER_DOER = lazy_regex(r"不(用|必|需要)(再)?(交给|让|由|靠|自己|自行|我们|(?!交|报|上传|传|送|提交|备案|登记|找|请|询价|上报)[\u4e00-\u9fff]{0,6}?(局|中心|部门|政府|办公室|单位|机构|公司)(?!公))")
# 不用交给数据局统一采购吧, 不用数据局来组织: a step handed to another body, not left out (不用到大数据中心备案吧 leaves it out)
# (不用先让数管局做验收前置审核: a step of the bureau's dropped, not handed over)
_HANDED_TO = lazy_regex(r"不(用|必|需要)(再)?((交给|由|靠|请)[^，,。？?]{0,10}(局|中心|部门)[^，,。？?]{0,4}?(来|去)?(统一)?|(让)?[^，,。？?先]{0,10}(局|中心|部门)[^，,。？?]{0,4}?(来|去)?统一)"
                        r"(采购|组织|负责|建设|验收|招标)")
# 源代码不用上传了，对吧: a tag confirms leaving out a step named by its verb (not 不用超过2年, 不用每个月都报, 不用新建机房)
_CONFIRM_DROP = lazy_regex(_NEED_NOT + r"(再|去)?(上传|传|报|交|提交|备案|登记|做|请|找|组织|开|编|写|报送|移交|签|出具|审核|评审|测评|询价|上报|报备|纳入|接入|共享|测试|公示|聘请|委托|按|走|经过|履行|留|保留|存|保存|拍|归档)"
                           # (30万整的项目不需要监理，对吗: the step named by its noun alone, just before the tag)
                           r"|" + _NEED_NOT + r"(再)?(?!各|分别|单独|另|自己|自行)(?:(?![年月日天周万元超于])[\u4e00-\u9fff]){1,8}\s*[，,。]\s*(" + _UNDERSTOOD + r"|" + _CONFIRMING + r")\s*[？?。!！~～]*\s*$")
# 正好30万的不算，对吧: a case believed not to count under the rule's line (not 算不算, which asks it; not 不算晚吧, of a day)
_NOT_COUNTED_BA = lazy_regex(r"(?:的|也|就|都)不算(?:了)?\s*[，,]?\s*(?:对吧|对不对|是吧|没错吧|对么|对吗|是吗|对嘛|吧)\s*[？?。!！~～]*\s*$")
_PERMISSION_TAG = lazy_regex(r"(行|可以|能行|允许|可不可以|行不行|(?<![能足])够(了)?|妥当|妥不妥|合适|合不合适|是否符合[^，,。？?]{0,30}?(规定|要求|程序)|妥否|当否)\s*(吗|么|嘛|吧|不|呢|否)?\s*[？?。!！]*\s*$")   # (…，是否妥当: a 请示's leave asked)
# "rather than these measures", "outside the 'Smart Wendeng' project measures": the rules set aside
RULES_SET_ASIDE_EN = r"\b(rather than|instead of|outside( of)?) (these|this|the) ([\w'’-]+ ){0,4}(measures|rules|regulations?|procedures?)\b"
# "right on the line so no supervisor. Is that OK?", "…, no expert meeting. Allowed?": a step said to be left out by
# "no" before its name, with leave asked for it (not "no supervision company hired so far. Does it need one?")
_NO_STEP_EN = lazy_regex(r"(?:^\s*|[,;:]\s*|\b(?:so|and|but|then|hence|thus)\s+|\bthere(?:'s| is)\s+)no\s+(?!need\b|problem|issue|doubt|one\b|longer\b|later\b|more\b|matter\b|way\b|change|delay|other\b|objection|less\b|earlier\b|sooner\b)(?:[\w-]+\s+){0,2}(?:supervis\w*|expert\w*|meeting|panel|review|test\w*|assessment|evaluation|study|report|filing|registration|acceptance|audit|tender\w*|bidding|procurement|approval|contract|archive\w*|plan|budget"
                         r"|deadline|time limit|timeframe|set time)\b(?![^.?]{0,20}\b(?:so far|yet|hired|found|appointed|engaged|signed)\b)", re.I)   # ("there's no deadline for the bureau …, is there?")
_EN_LEAVE_ASKED = lazy_regex(r"\b(?:ok|okay|fine|allowed|acceptable|alright|permitted|compliant)\b[^.?]{0,12}\?\s*$|\b(?:can|may|could) (?:we|i)\b", re.I)
_NEGATED_EN = lazy_regex(r"\bskip(ped|ping)?\b|\b(?:instead of|rather than)\s+(?:buying|building|purchasing|procuring|constructing|setting up|renting)\b|\bwaiv(e|ed|ing)\b|\b(there's|there is|is there) no need (to|for)\b|\bno need (to|for)\b[^.?]{0,80}\b(is there|right|correct)\b|\b(isn't|is not|aren't|are not)\s+(really\s+|even\s+|strictly\s+|actually\s+)?(needed|required|necessary|mandatory|compulsory)\b|\b(do|does)(n't| not)\s+(?:really\s+|actually\s+|strictly\s+|even\s+)?need\b(?! to\b)|\bbe (left out|omitted|waived|dispensed with)\b|\bwithout\b|\b(do|does|did)(n't| not) (?:really |actually |strictly |even )?(need|have) to\b|\bnot (need|have) to\b"
                         # "It is proposed that no supervision unit be engaged", "we propose not to hold an expert review": the
                         # formal register's step left out
                         r"|\b(?:proposed|propose|proposes|intend|intends|intended|plan|plans|planned|decided|resolved)\s+(?:that\s+)?(?:no\b|not\s+to\b|to\s+dispense\s+with\b)"
                         r"|\bthat\s+no\s+[\w\s-]{2,40}?\s+(?:be|is|shall be|will be)\s+(?:engaged|hired|appointed|held|conducted|carried out|organi[sz]ed|submitted|filed|prepared|commissioned)\b"
                         # "Can it go ahead unsupervised?", "go live untested": the step gone ahead without the duty
                         r"|\b(?:go|goes|going|went|proceed\w*|run|start|carry on|continue|launch\w*)\b[^.?]{0,20}\b(?:unsupervised|untested|unaudited|unreviewed|unregistered|unfiled)\b"
                         # "wants to stop issuing monthly reports": a duty stopped
                         r"|\b(stop|cease|discontinue|quit)\s+(issuing|submitting|sending|filing|writing|producing|doing|holding|running|reporting|uploading|providing|making)\b"
                         # "we think it's optional": a duty said not to be one
                         # (not "mandatory or optional", "have to …, or is that optional": the two sides asked)
                         r"|(?<!\bor )\b(?:is|are|it's|that's|they're|was|be)\s+(?:just\s+|only\s+|purely\s+|entirely\s+)?(?:optional|voluntary)\b(?!\s+or\b)"
                         r"|(?<!\bor )\b(?:is|are)\s+(?:[\w()-]+\s+){1,6}?(?<!\bor )(?:optional|voluntary)\b(?!\s+or\b)"
                         # "engaging a supervisor is at our (the owner's) discretion", "is up to us": a duty said to be a choice
                         r"|\b(?:is|are|it's|that's|be)\s+(?:entirely\s+|purely\s+|wholly\s+)?(?:at\s+(?:the\s+)?(?:[\w-]+(?:'s|s'|’s)\s+|our\s+|its\s+|their\s+|your\s+)?(?:own\s+)?discretion|up to (?:us|the (?:owner|unit|employer|client))(?:\s+to decide)?)\b"
                         r"|\bdispense with\b|\bavoid\b|\bforgo\b|\bomit\b|\bleave out\b|\bleave (the |our |its |their )?[\w-]+( [\w-]+){0,5} out\b"   # leave the quality targets out of the contract
                         # "we'd rather not hire a supervision firm", "we don't want to file it"
                         r"|\b(rather|prefer(red)?( to)?) not\b|\b(don't|do not|won't|will not) (want to |plan to |intend to |be )?(hire|engage|appoint|bring in|use|file|register|submit|hold|run|pay for|bother|follow|go through|undergo|build|buy|purchase|set up|construct)(ing)?\b"
                         r"|\bnot bother\b|\bgo without\b|\bdo without\b"
                         # "Is a 280k project exempt from mandatory supervision?": the duty asked not to apply
                         # (not "exempt from the measures": the text's scope, a belief of its own)
                         r"|\bexempt(?:ed)?\s+from\b(?!\s+(?:the\s+|these\s+|this\s+)?(?:[\w'’-]+\s+){0,3}(?:measures|rules|regulations?|text|办法|细则)\b)"
                         # "can we drop the security assessment from acceptance": a step taken out (not "drop the price")
                         r"|\b(?:drop|dropping|dropped|remove|removing|cut out|cutting out|strike out|scrap|scrapping)\s+(?:the |our |its |their |a |an |this |that )?(?:[\w-]+\s+){0,4}?"
                         r"(?:test\w*|assessment|evaluation|review|audit|supervision|supervisor|report|filing|registration|acceptance|step|meeting|study|inspection|check)\b"
                         # "push all security responsibility … onto the vendor": a duty handed off, its bearer keeping none
                         r"|\b(push|pushing|shift|shifting|offload|offloading|dump|dumping|pass|passing|hand|handing) (all |the |our |its |their |every )?([\w-]+ ){0,3}(responsibilit\w*|liabilit\w*)\b[^.?]{0,60}\b(onto|on to|to|off to)\b"
                         # "we're not commissioning third-party testing", "we are not hiring a supervision firm"
                         r"|\b(we're|we are|we aren't|i'm|i am|they're|they are)\s+not\s+(going to\s+)?(hire|hiring|engag\w*|appoint\w*|bring\w* in|commission\w*|us\w*|fil\w*|register\w*|submit\w*|hold\w*|do|doing|run\w*|hav\w*|get\w*|set\w* up|conduct\w*|organi[sz]\w*|pay\w* for|buy\w*|procur\w*|follow\w*|go\w* through)\b"
                         # "are we allowed to not file the contract", "is it OK not to bring in a testing agency"
                         r"|\b(allowed|permitted|permissible|ok|okay|fine|acceptable|alright|possible) (for [\w-]+( [\w-]+){0,4} )?(to not|not to)\b"
                         # "we would rather handle it internally and not report it to the big data centre"
                         r"|\b(and|but|or) not (report|file|submit|notify|inform|tell|send|apply|register)\b( (it|them|this|that|anything))?\s+(to|with|for)\b"
                         r"|\b(and|but) not (hire|engage|appoint|bring in|commission|use|hold|run|do|have|get)\b"   # "rely on its own testing and not hire a third party"
                         # "we're not planning third-party testing", "we aren't planning any review"
                         r"|\b(we|i)('re|'m| are| am)? not (planning|intending|going) (on |to do |to have |to get |to run )?(any |a |the )?([\w-]+ ){0,2}(test|testing|review|supervision|assessment|appraisal|audit|inspection)\b"
                         # "we're planning not to hire a supervisor", "we decided not to file it"
                         r"|\b(plan|plans|planning|intend|intends|intending|going|decided|deciding|chose|choose|choosing|opted|opting|prefer|hoping|hope) (not to|to not) (hire|engage|appoint|bring in|use|file|register|submit|hold|run|pay for|bother|send|do|get|follow|go through|undergo|have|keep|report|apply|set up|build|organi[sz]e|invite|involve|include|upload|publish|sign|declare|notify|inform|comply with)\b"
                         # "we'd like to stop issuing monthly reports": a duty dropped from now on
                         # "we're not going to hire a supervision firm", "instead of sending the reports every quarter"
                         # (our own plan: "the contractor stopped sending…" is a fact told, not leave asked)
                         r"|\b(we|i)('re|'m| are| am)? (not|never) (going|planning|intending|about) to (hire|engage|appoint|bring in|use|file|register|submit|hold|run|pay for|bother|send|do|get|follow|go through|undergo)\b"
                         r"|\b(we|i)\b[^.?!]{0,60}\binstead of (sending|filing|submitting|uploading|reporting|doing|holding|hiring|getting|having|going through)\b"
                         r"|\b(we|i)('d| would| will|'ll)?\b[^.?!]{0,80}\brather than (a |an |the |our )?(project proposal|proposal|feasibility|supervis\w*|review\w*|test\w*|assessment|expert\w*|report\w*)\b"
                         r"|\binstead of (sending|filing|submitting|uploading|reporting|doing|holding|hiring|getting|having|going through)\b[^.?!]{0,80}\b(we|i)\b"
                         # "any defects there are solely the subcontractor's problem, not theirs": a liability denied
                         r"|\b(solely|only|entirely|purely) (the |their |its )?[\w-]+(['’]s)? (problem|responsibility|business|fault|liability|concern)\b"
                         # "Is only the subcontractor liable for it?": whether the liability is one party's alone
                         r"|\b(is|are|would be|should be) (only|solely) (the |their |its )?[\w-]+( \w+)? (liable|responsible|accountable)\b|\b(only|solely) (the |their |its )?[\w-]+( \w+)? (is|are|should be|would be) (liable|responsible|accountable)\b"
                         r"|\bnot (theirs|their (problem|fault|concern))\b|\b(bears?|carry|carries) no (liability|responsibility)\b"
                         r"|\b(it|they|he|she)('s|'re| is| are) not (responsible|liable|accountable) for\b|\bnot (its|their) (problem|fault|concern|responsibility)\b"
                         # "we plan to manage it under the confidentiality rules rather than these measures"
                         r"|" + RULES_SET_ASIDE_EN +
                         r"|\b(we|i)('d| would| will|'ll)?( like to| want to| plan to| intend to)? (stop|cease|quit|drop|scrap|ditch) (issuing|filing|submitting|sending|doing|holding|writing|producing|uploading|reporting)\b", re.I)
# "…, that's allowed right?", "is that ok?": an English tag that asks of the clauses before it
_EN_BARE_TAG = lazy_regex(r"\s*(?:(that's|that is|it's|it is|this is|is that|is this|would that be|will that be|is it)\s*(allowed|fine|ok|okay|acceptable|permitted|enough|alright|all right)|(that|this|it) (works|will work|would work|should work|is no problem))"
                          r"\s*,?\s*(right|correct|isn't it|is it not|surely)?\s*\??\s*", re.I)
_EN_SHORT_TAG = lazy_regex(r"\s*(right|correct|isn't it|is it not|surely|true|yes|do i|is it|are we|aren't we|can we|can't we|won't it|" + _EN_TURNING_TAGS +
                           r"|allowed|ok|okay|fine|acceptable|permitted|alright|all right|possible|compliant)\s*\??\s*", re.I)   # "That's fine, isn't it?"
_BARE_TAG = lazy_regex(r"\s*(这样|这么(做|搞|办)?|那样|(这种|这个|这样的?|那种|那个|上述|以上|前述|此种|此项|该项|这一|该|此)(约定|写法|安排|做法|操作|处理|处理方式|方式|方案|条款))?(的话)?\s*"
                      r"(是否符合(有关)?(规定|要求|规范|程序)|妥否|当否|妥当否|是否妥当|是否可行|是否允许|"   # (上述安排是否符合规定, 妥否: a 请示's tag)
                      + _UNDERSTOOD + r"|"   # (上述理解是否正确, 我理解得对吗: the asker's reading, to be confirmed)
                      r"行不行|行吗|行么|行不|行吧|可以吗|是吗|是么|是嘛|是这样吗|是这样吧|是这样的吧|是这样的吗|是不是这样|对不|(能|可以)(这样|这么)(做|搞|办|弄)?(吗|么|吧|不)|可以么|可以吧|可不可以|好不好|对吗|对吧|对么|对不对|是吧|没错吧|(应该)?没(有)?问题吧|没事吧|能行吗|是否可以|可否|可以不|成不成|ok吗|是否允许|允许吗|允许不|允不允许|是否合规|合规吗|合规吧|合不合规|(是否)?符合(规定|要求|规范|程序)(吗|么|吧|不)|符不符合(规定|要求|规范|程序)|是否可行|可行吗|行得通吗|是否妥当|妥不妥|合适吗|是否合适|合不合适|(就)?够(了)?(吗|么|吧|不))\s*[？?。!！~～]*\s*", re.I)
_REPORTED = lazy_regex(r"((?<![跟对和给向])(有人|别人|人家|他们|(有|几个|有个|我们)?同事|(有)?朋友|群里|网上|外面)(都)?(说|讲|讲过|说过|告诉我)|听说|据说|听人说|说是|以为|我看"
                       r"|someone (said|says|told)|i heard|i've heard|i was told|they say|(a colleague|colleagues|people|others) (said|say|told|tell))", re.I)
_CLAUSE = lazy_regex(r"[，；;。！!]|,(?!(?<=\d,)\d{3}\b)|(?<=[吧吗嘛呢])\s+(?=[\u4e00-\u9fff])")   # (450,000: a digit group, no clause)   # (…项目建议书吧 弄个建设方案就够了: a particle and a space end a clause)
# 我们不自己搞数据交换和视频接入了，用区大数据中心的统一技术支撑: a step handed to a body the question names
HANDED_OVER = lazy_regex(r"不(?:再)?(?:自己|自行)(?:另外|单独|再)?(?:去|来)?(?:搞|做|弄|负责|组织|对接|接入|招|找|请)[^。？?]{0,24}?[，,]\s*(?:就|直接|改)?(?:用|靠|交给|由|请|找|依托)"
                          r"[^，,。？?]{0,12}?(?:局|中心|部门|平台|公司|单位)"
                          # 把资产直接移交给国有公司统一运维，不再自己另外招运维公司了: the other order
                          r"|(?:交给|移交给|移交|交由|由|依托)[^，,。？?]{0,8}?(?:国有公司|国企|大数据中心|大数据管理局|数据管理局|数据局|政数局|数管局|平台)[^。？?]{0,12}?[，,]\s*"
                          r"不(?:再)?(?:自己|自行)(?:另外|单独|再)?(?:去|来)?(?:搞|做|弄|负责|组织|招|找|请)")
# "run the procurement ourselves instead of going through the data administration": a body swapped, in English
EN_BODY_SWAPPED = lazy_regex(r"\b(?:ourselves|itself|on our own|in-house)\b[^.?]{0,20}?\b(?:instead of|rather than|without)\s+(?:going through|using|asking|involving|waiting for|leaving it to|handing it to)\b"
                             r"(?:(?!review|approval|check|assessment|audit|sign-off)[^.?]){0,40}?\b(?:bureau|administration|centre|center|department|office|authority|agency)\b"
                             r"(?!'s (?:[\w-]+ ){0,2}(?:review|approval|check|assessment|audit|sign-off))"   # (not "without going through the bureau's pre-acceptance review": a step)
                             # "apply to the data bureau for it instead of buying it ourselves": the other way round
                             r"|\b(?:apply|applying|go|going|turn|ask|asking)\s+(?:to|through)\s+the\s+[\w\s-]{0,30}?\b(?:bureau|administration|centre|center|department|platform)\b[^.?]{0,30}?"
                             r"\binstead of\s+(?:buying|building|procuring|purchasing|developing|running|renting)\b[^.?]{0,30}?\b(?:ourselves|on our own|in-house)\b", re.I)
# 设计院说他们活早干完了不用再出啥材料，我们就直接组织验收了: someone's word that a step is not needed, which the asker
# then went ahead on
_CLAIM_ACTED_ON = lazy_regex(r"说[^。？?!！]{0,24}?(?:不(?:用|必|需要|要)|先?别)(?:再)?(?:[往向给跟][^，,。？?]{1,10}?)?"
                             r"(?:出|交|报|做|写|编|请|找|评审|审核|备案|登记|提交|上传|组织|开|搞)[^。？?!！]{0,16}?[，,]\s*"   # (监理说不要拖: no step)
                             r"(?:(?:我们|我|于是|所以|那)?(?:也)?就(?:直接|这样)?(?!不)[\u4e00-\u9fff]"
                             r"|(?:我们|我|咱们)[^，,。？?]{0,6}?(?:自己|内部|直接)[\u4e00-\u9fff])")   # (领导说先别往区大数据中心报，我们内部自己消化掉)
# 有人说质保期一年就够了，到底行不行 / 是不是这样: whether what was said holds
_CLAIM_TAG = lazy_regex(r"\s*((在|按|按照|照|依)?[\u4e00-\u9fff]{1,6}?的?(规定|办法|细则|要求|文件)(下|来看|看|里|上)?|[\u4e00-\u9fff]{0,4}?(这边|那边|这里|这块)?)\s*(到底|究竟|那|那么|这样|这么做|真的|真|这)?\s*((这|那)(个|种)?(说法|话)|他们的说法)?\s*"
                        r"(是不是(这样|真的|对的|这么回事)?|是吗|是么|是嘛|对不|对吧|对么|对伐|是吧|没错吧|没错吗|站得住(脚)?(吗|么|嘛|吧)|站不站得住(脚)?|成立吗|成不成立|说得通吗|说得过去吗|说得?对(吗|吧|不)|有依据吗|(可是|但是|但|不过)?\s*我?(觉得|感觉|认为)(不对|不行|有问题|不太对|不靠谱|没道理)|是这样吗|是这样的吗|对不对|对吗|是真的吗|真的吗|真的假的|是不是真的|真的还是假的|能不能行|行不行|可不可以|能不能|行吗|可以吗|靠谱吗|有道理吗"
                        r"|(可以|能|能否|可否|是否可以)这(样|么)(约定|写|签|定|安排|处理|操作|办|做|搞)?(吗|么|嘛)?)"   # 可以这样约定吗
                        r"(啊|呀|呢|哈)?\s*[？?。!！]*\s*")
# the English verbs of saying something, whose object a tag then asks of
_EN_SAY_VERBS = r"says?|said|told (?:us|me)|tells (?:us|me)|claims?|claimed|insists?|reckons?"
_EN_SAID = lazy_regex(rf"\b(?:{_EN_SAY_VERBS}|thinks?)\b", re.I)
# someone named saying it (监理公司说…, 科长说…, 领导讲): whose word the question then checks
_SAYS = lazy_regex(r"[\u4e00-\u9fff](说|讲|表示|认为|告诉我们)")
# the asker's own turn after what someone said: 到底, 我们, 但是, 请问
_NOW_TURN = lazy_regex(r"\s*(?:现在|如今|目前|后来|结果|其实|实际上)")
_OWN_TURN = lazy_regex(r"到底|究竟|真的|是这样|对不对|对吗|我们|咱们|我这|但是|可是|不过|请问|那么|那我")


_SAME_SPEAKER = lazy_regex(r"\s*(?:还|又|并且?|而且|也)?(?:说|讲|称|声称|表示)|\s*(?:还|又|并且?|而且)(?!是|有)")


# what was meant once, not now (本来想, 原本打算): a plan given up, told beside the question
MEANT_ONCE = r"(?:本来|原来|原本|起初|一开始)(?:是)?(?:想|打算|准备|计划)"


_OWN_SIDE = lazy_regex(r"(?:领导|处长|科长|局长|主任|老板|书记|头儿|上面|上级|我们|咱们|我|单位|部门|分管)(?:也|都|就|还)?$")


def said_before_asking(text: str) -> list[str]:
    """The clauses of what someone said (承建方说必须请第三方机构做软件测评，还…，说不做验收过不了。) in a sentence told
    before the one that asks (规定里这个软件测评是强制的吗？): background, whose negation is no leave the asker asks for."""
    sentences = [x for x in re.split(r"(?<=[。！!？?])", text) if x.strip()]
    asking = [i for i, x in enumerate(sentences) if re.search(r"[？?]", x)]   # (…强制的吗？感觉被坑了: a feeling after it)
    out = []
    for sentence in sentences[:asking[-1]] if asking else []:
        m = _SAYS.search(sentence)
        # (领导说…可研报告不编了，直接做初设: the asker's own side saying what will be done is the plan asked about)
        if m and not re.search(r"[？?]", sentence) and not _OWN_SIDE.search(sentence[:m.start() + 1]):
            out += [c.strip() for c in _CLAUSE.split(sentence[m.end():]) if c.strip()]
    return out


def reported_spans(text: str) -> list[tuple[int, int]]:
    """The clauses that report what someone else said (同事说不到30万的项目不用监理): background,
    not the asker's own facts."""
    out = []
    for m in _REPORTED.finditer(text):
        end = _CLAUSE.search(text, m.end())
        stop = end.start() if end else len(text)
        # 有同事说合同终验前不用做第三方验收测评 到底要不要做: a clause typed after a space, with no comma, that asks
        gaps = [g for g in re.finditer(r"\s+", text[m.end():stop]) if g.start() > 0]   # (有人说 不用找数据局 …: not the gap after 说)
        piece = text[m.end() + gaps[-1].end():stop] if gaps else ""
        if piece and (_OWN_TURN.match(piece) or classify(piece).form == "yesno" and any(classify(piece).scores.values())):
            end, stop = None, m.end() + gaps[-1].start()
        # 有人说终验完就能上线，不用做安全测试，到底要不要做: what was said goes on until the asker's own turn
        # (他们说验收完再补。档案没提交，能通过吗: what was said ends with its sentence)
        while end and end.end() < len(text) and end.group(0) not in "。！!？?\n":
            nxt = _CLAUSE.search(text, end.end())
            clause = text[end.end():nxt.start() if nxt else len(text)]
            # (承建方说必须请第三方做测评，还单独报了一笔测评费，说不做验收过不了: 还…, 说… go on with the same speaker)
            goes_on = bool(_SAME_SPEAKER.match(clause))
            # (原先估的四十来万以为不归这个办法管，现在算下来要55万: what is so now is the asker's own)
            if not clause.strip() or _OWN_TURN.search(clause) or _REPORTED.search(clause) or nxt is None or _NOW_TURN.match(clause) \
                    or any(classify(clause).scores.values()) and not goes_on:
                break
            stop, end = nxt.start(), nxt
        out.append((m.start(), stop))
    return out


# 深圳这边这样行吧: the place said before a tag; "Is that acceptable?", "We can accept that, right?": a tag in English
_HERE = lazy_regex(r"^\s*(?:[\u4e00-\u9fff]{1,4}?(这边|那边|这里|那里|这块)|在?[\u4e00-\u9fff]{2,3}?(市|区|县)(里|这边|那边)?(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{2,3}?(市|区|县)?的项目(里|上)?(?=[\u4e00-\u9fff]))")   # (文登区允许吗)
_EN_ACCEPT_TAG = lazy_regex(r"^\s*(is that|would that be|is this) (acceptable|allowed|fine|ok|okay|right)\b|\b(can|could|may) (we|i) (accept|agree to|allow|go along with|approve|sign off on) (that|this|it)\b"
                            r"|^\s*(we|i) can (accept|agree to|allow|go along with) (that|this|it)\b", re.I)


def unreported(text: str) -> str:
    """The text without what someone else said (有人说…不用做安全测试，到底要不要做): the asker proposes nothing there."""
    spans = reported_spans(text)
    rest = "".join(text[e:s] for (_, e), (s, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)], strict=True))
    last = next((c for c in reversed(_CLAUSE.split(rest)) if c.strip(" ？?")), "")
    if _BARE_TAG.fullmatch(_HERE.sub("", last)) or _CLAIM_TAG.fullmatch(last) or _EN_ACCEPT_TAG.search(last):
        return text   # 同事说可研就不编了直接上初设，行么; the contractor says …; can we accept that?: the tag asks of what was said
    return rest if rest.strip(" ，,。") else text


# an English question that asks a duty, not leave: "does the system have to be …", "must we …", "is X required"
_EN_DUTY_ONLY = lazy_regex(r"\b(?:do|does|did)\s+(?:[\w'-]+\s+){1,6}?(?:still\s+)?(?:have|need)\s+to\b|\bmust\s+(?:we|i|they|the|it|this|that)\b"
                           r"|\b(?:is|are)\s+(?:it|that|this|there)\s+(?:still\s+)?(?:required|necessary|mandatory|compulsory)\b"
                           r"|\b(?:is|are)\s+(?:[\w'-]+\s+){1,5}?(?:still\s+)?(?:required|mandatory|obligatory|compulsory)\b", re.I)
_EN_LEAVE = lazy_regex(r"\b(?:can|could|may|allowed|permitted|permissible|ok|okay|fine|acceptable|alright|enough|possible|able to|instead|or)\b", re.I)


def duty_only_asked(text: str) -> bool:
    """Does an English question sentence ask a duty and no leave ("The contractor wants to add it in a later phase. Does it
    have to be built together with the project?"): the duty is answered, whatever plan was told before the question."""
    asking = english_questions(text)
    return bool(asking and _EN_DUTY_ONLY.search(asking) and not _EN_LEAVE.search(asking))


def sentences(text: str) -> list[str]:
    """The sentences of a text: ended by . ? ! (not after i.e., e.g., etc., vs.), by a Chinese stop or by a line break."""
    return [x for x in _SENTENCE_END.split(text.strip()) if x.strip()]


def english_questions(text: str) -> str:
    """The sentences of an English text that end in a question mark ("The vendor says two years is too long. Can we
    write one year instead?" -> the second), joined; "" when none does."""
    return " ".join(x for x in sentences(text) if "?" in x)


def asking_clause(text: str) -> str:
    """The clause that carries the question: the last one with a question marker, or the whole text.
    "有人说不用找监理，钟楼86万的项目到底要不要" asks in its last clause; the first only reports."""
    text = _norm(text)
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    if len(clauses) < 2:
        return text
    # the clearest marker, the later on a tie (能不能不开专家会，就几家单位一起验: 几家 is "several")
    asking = [(max(r.scores.values()), i) for i, c in enumerate(clauses) for r in [classify(c)]
              if r.form in ("yesno", "info") and any(r.scores.values())]
    # (…, since the tender documents already describe them?: a reason given asks nothing of its own)
    kept = [a for a in asking if not _REASON.match(clauses[a[1]])]
    if asking and not kept and max(asking)[1] > 0:   # (the question mark only after the reason: the clause before asks)
        return clauses[max(asking)[1] - 1]
    if not asking:
        return next((c for c in reversed(clauses) if not _REASON.match(c)), clauses[-1])
    return clauses[max(kept or asking)[1]]


_NOT_A_DUTY_BA = lazy_regex(r"(?:(?:不是|并非|并不是)(?:硬性|强制性?|必须|必需|非做不可|一定要)|不强制|(?:是|属于)?\s*(?:optional|可选|选做|自选)(?:项)?)\s*(?:的)?(?:要求|项目|动作)?"
                            r"(?:吧|对吧|是吧|没错吧)\s*[？?。]?")
_NOT_A_DUTY = lazy_regex(r"不是(硬性|强制性?|必须|必需|非做不可)|(只是|仅是|仅仅是|就是)(个|一个)?(建议|参考)")
_SKIP_PLAN = lazy_regex(r"不(打算|准备|想|计划)(做|搞|请|找|上)|(就)?不(做|搞|请|找)了")
_DUTY_OR_NOT = lazy_regex(r"(必须|需要|要|得|强制)[^，,。？?]{0,8}还是[^，,。？?]{0,6}(可以)?(不|免)")
_REASON = lazy_regex(r"\s*((since|because|as|given that|seeing that)\b|因为|由于|毕竟|反正)", re.I)


# 单项专家论证就不做了，集中评审过了就行吧: what is kept said to be enough, after a clause that drops a step
_ENOUGH_BA = lazy_regex(r"(就行|就可以|就够|就好|就齐活|就齐了|就完事|就妥|就结了|就没事)(了)?吧\s*[？?。!！]*\s*$")
_DROPPED_BEFORE = lazy_regex(r"(就|也|都)不(再)?(做|搞|请|找|开|报|交|写|走|上|弄|组织|办|编)[\u4e00-\u9fff]{0,6}了")


# the closing words of a 请示 or 函 after its question (…是否符合规定？请予明确。, 妥否，请批示): politeness, asking nothing more
_CLOSING_REQUEST = lazy_regex(r"[?？。，,\s]*(?:请予?(?:明确|答复|批示|示复|回复|指示|函复)|(?:特此)?请示|为盼|盼复)[。.！!\s]*$")


def _tag_only(clause: str) -> bool:
    """A clause that is only a tag (深圳这边这样行吧, "… Is that acceptable?"): it asks of the clauses before it."""
    clause = _CLOSING_REQUEST.sub("", clause) or clause
    return bool(_BARE_TAG.fullmatch(_HERE.sub("", clause)) or _EN_ACCEPT_TAG.search(re.split(r"(?<=[.!])\s+", clause.strip())[-1]))


def tag_asks(text: str) -> bool:
    """Is the asking clause only a tag (这样行吧, is that acceptable?), which asks of the clauses before it?"""
    clause = asking_clause(_norm(text))
    last = re.split(r"(?<=[.!])\s+", clause.strip())[-1]
    # (监理公司说…就不用再单独写了。是这样吗: a claim's tag asks of what was said before it)
    claim = not mostly_english(_norm(text)) and claim_checked(text)
    return _tag_only(clause) or claim or bool(_EN_BARE_TAG.fullmatch(last) or _EN_SHORT_TAG.fullmatch(last)   # (…; that's allowed, right?)
                                     or _EN_CLAIM_TAG.fullmatch(last) and mostly_english(text))   # (… says …. Is that true?)


# an English sentence that refers back to what was said before it (Is that allowed? Can we do so?)
_EN_BACK = lazy_regex(r"\b(that|this|it|so|these|those|them|they|such)\b", re.I)
_EN_VERDICT_ONLY = lazy_regex(r"\b(one|ones|fine|ok|okay|allowed|acceptable|alright|compliant|legal|permitted|possible|enough|good|right|correct|true)\b", re.I)
_EN_SENTENCE = lazy_regex(r"(?<=[.!?])\s+(?=[A-Z])")
_EN_ASKS_FIRST = lazy_regex(r"\s*(does|do|is|are|can|could|must|should|need|will|may|would|has|have|shall|did)\b", re.I)


def _english_asking_sentence(text: str) -> str:
    """"We don't run any public-facing service. Does a project … still have to support IPv6?": the English
    question that stands on its own (five words or more, no word pointing back) is what asks, not the facts
    told before it; a short or pointing one ("OK?", "Is that allowed?") asks of them all."""
    if not mostly_english(text):
        return text
    sentences = [x for x in _EN_SENTENCE.split(text.strip()) if x.strip()]
    last = sentences[-1] if sentences else text
    if len(sentences) > 1 and _EN_ASKS_FIRST.match(last) and not _EN_BACK.search(last) \
            and (len(last.split()) >= 5 or len(last.split()) == 4 and not _EN_VERDICT_ONLY.search(last)):
        return last   # ("Is supervision mandatory here?": a step named; not "Are we fine here?", which asks of the plan told)
    return text


# a complaint made past a party (直接向质监机构举报，不经过建设单位; 不想经过总包，直接找…投诉)
_COMPLAINT_PAST = lazy_regex(r"(直接)?(向|找|跟)[^，,。？?]{0,16}(举报|投诉)[，,]?\s*不(想|用)?(经过|通过|找|跟|告诉)"
                             r"|不(想|用)?(经过|通过|找|跟|告诉)[^，,。？?]{0,12}[，,]\s*直接(向|找|跟)[^，,。？?]{0,16}(举报|投诉)")


# a party refusing (死活不签字, 拒不整改, 不肯配合): what another does, not what the asker leaves out
_REFUSED = lazy_regex(r"(死活|硬是)?(拒不|拒绝|不肯|不愿意?|死活不)(签字|签收|签|配合|整改|盖章|确认)")


# someone's word that a duty is not there (合作方说…就不用走区里信息化项目报批了)
# "… told us calibrating their instruments isn't required. Is that true?", "My boss says we don't need to. Is he right?"
_EN_CLAIM_TAG = lazy_regex(r"(?:^|[.!;]\s+)(?:(?:is|are) (?:that|this|it|he|she|they) )?(?:true|right|correct|so)\s*\?+\s*$|(?:^|[.!;]\s+)(?:is|are) (?:he|she|they) right\b[^.?]*\?\s*$"
                           # ("… no need to look at the platform first. is that right": the tag typed without its mark)
                           r"|(?:^|[.!;]\s+)(?:is|are) (?:that|this|it|he|she|they) (?:true|right|correct|so)\s*$"
                           r"|(?:^|[.!;]\s+)can (?:they|he|she|it) (?:push|shift|pass|shove) (?:it|this|that|the (?:blame|responsibility)) (?:off|onto|on to)\b[^?]*\?\s*$"
                           # ("…, can it say the subcontractor alone is responsible?": whether what the party would say holds)
                           r"|\b(?:can|could|may) (?:they|he|she|it|the (?:[\w-]+ ){0,2}(?:contractor|vendor|supplier|supervisor|company|firm)) (?:say|claim|insist|argue)\b[^?]*\?\s*$", re.I)
# a bare leave asked at the end ("… acceptable?", "Is that ok?")
# (…, then send in the report. ok?: a bare tag after a stop, compiled once: negated() runs on every question)
_EN_STOP_TAG = lazy_regex(r"[.!;]\s*(?:" + EN_LEAVE + r")\s*\?+\s*$", re.I)
# ("… ok?", "is that fine?", "That's fine, right?": leave asked of what was said before)
_EN_LEAVE_TAG = lazy_regex(r"(?:^|[.!;:,]\s+)(?:is (?:that|this|it) |would (?:that|this|it) be |(?:that's|that is|this is|it's|it is) )?(?:" + EN_LEAVE + r")"
                           r"(?:,?\s*(?:right|correct|isn't it|surely))?\s*\?\s*$", re.I)
_EN_DUTY_DENIED_SAID = lazy_regex(rf"\b(?:{_EN_SAY_VERBS})\b[^.?]{{0,140}}?"
                                  r"(?:\b(?:isn't|is not|aren't|are not|not) (?:required|needed|necessary|mandatory|compulsory)\b"
                                  r"|\b(?:don't|do not|doesn't|does not|won't|needn't|wouldn't) (?:need|have) to\b|\bno need (?:to|for)\b|\bneedn't\b"
                                  r"|\b(?:don't|do not|doesn't|does not) (?:really )?need (?:any |a |an |the )?(?:periodic |regular |annual )?[a-z]+"
                                  # ("says the testing costs aren't part of the project budget": what the text counts in, said not to be)
                                  r"|\b(?:isn't|is not|aren't|are not|can't be|cannot be|shouldn't be|not) (?:part of|included in|counted (?:in|towards?)|covered by)\b"
                                  # ("the vendor says the photos are optional / it doesn't matter whether …": a duty said to be a choice)
                                  r"|\b(?:is|are) (?:just |only |purely )?optional\b|\b(?:doesn't|does not|don't|do not) (?:really )?matter\b"
                                  # ("my boss says the measures have nothing to do with us": the text said not to cover the case)
                                  r"|\b(?:has|have|had) (?:absolutely )?nothing to do with\b|\b(?:doesn't|does not|don't|do not) (?:even )?(?:apply to|cover)\b)", re.I)
_DUTY_DENIED_SAID = lazy_regex(r"说[^。？?!！]{0,30}?(不用|不必|不需要|无需|用不着|没必要|可以不)(再)?[\u4e00-\u9fff]"
                               # (科长说那个办法只管新建项目，运维服务不归它管: the text said not to cover the case)
                               r"|说[^。？?!！]{0,30}?(不归[\u4e00-\u9fff]{0,4}管|管不着|不适用|不在[^，,。？?]{0,10}范围)"
                               # (财务说测评费不算在项目预算里: what the text counts in, said not to be)
                               r"|说[^。？?!！]{0,30}?(不(能)?(算在|算进|计入|纳入|列入|包括在|包含在|含在)|不(属于|算)[^，,。？?]{0,4}(预算|投资|经费))"
                               # (承建方说隐蔽工程拍不拍照片无所谓, 同事说监理可有可无: the duty said to be a matter of choice)
                               r"|说[^。？?!！]{0,30}?(可有可无|无所谓|随意|不是必须|不是硬性|不强制|非强制|没有硬性)")


def claim_checked(text: str) -> bool:
    """Does the question ask whether what someone said holds (科长说…不归它管。是这样吗; "My colleague says we can book
    it right away. is that right")? Its yes or no is then said of the claim: 说得对 / 说得不对."""
    text = _norm(text)
    if mostly_english(text):
        return bool(_EN_CLAIM_TAG.search(text) and _EN_SAID.search(text))
    clause = asking_clause(text)
    return clause != text.strip() and bool(_CLAIM_TAG.fullmatch(clause)) and bool(_REPORTED.search(text) or _SAYS.search(text))


# the project believed below the line where a duty begins, asked to be confirmed
_UNDER_THE_LINE = lazy_regex(r"\b(?:still |just |safely )?(?:under|below|beneath|short of)\s+(?:the\s+)?(?:line|threshold|bar|cut-?off)\b"
                             r"(?:(?!\bso\b|\btherefore\b|\bthus\b|n't\b|\bnot\b)[^.?]){0,80}"   # (not "below the threshold so X doesn't apply": what follows is believed)
                             r"(?:,|—|-)\s*(?:right|correct|isn't it|aren't we|yes)\s*\?\s*$"
                             r"|(?:还)?(?:没到|不到|没够|够不上|没达到|达不到)[^，,。？?]{0,16}?(?:线|门槛|标准)(?:吧|对吧|是吧)\s*[？?]?\s*$", re.I)


def negated(text: str) -> bool:
    """Does the question ask whether something may be left out? A-not-A (用不用, 要不要) and a
    negation reported in another clause (有人说不用…) do not count."""
    text = _norm(text)
    text = _CLOSING_REQUEST.sub("", text) or text   # (…，上述理解是否正确，请予明确: the 请示's closing asks nothing more)
    if mostly_english(text) and _EN_CLAIM_TAG.search(text) and (_EN_DUTY_DENIED_SAID.search(text) or LIABILITY_DENIED.search(text)):
        return True   # "The lab told us calibrating isn't required. Is that true?": whether the duty denied is not there
    if re.sub(r"[(（][^)）]*[)）]", "", text).isascii() and _EN_LEAVE_TAG.search(text) and _EN_DUTY_DENIED_SAID.search(text):
        return True   # "the lab says their instruments don't need calibration. acceptable?": leave to go without it
    if _UNDER_THE_LINE.search(text):
        return True   # "that's still under the line where supervision is mandatory, right?", 还没到必须请监理的线吧: the duty believed absent
    text = _english_asking_sentence(text)
    clause = asking_clause(text)
    asking = clause   # (the tag itself, before what it asks of is taken: 同事说…不用开专家会。对吗)
    told = classify(text).markers == ["yesno+2 a proposal stated"]   # 立项先不考虑IPv6，上线以后再改造: all of it is proposed
    # (…, then send in the report. ok?: a bare English tag after a stop asks of the whole sentence before it, not of its last clause)
    if _tag_only(clause) or _EN_BARE_TAG.fullmatch(clause) or _EN_SHORT_TAG.fullmatch(clause) or plan_only(text) or told \
            or mostly_english(clause) and _EN_STOP_TAG.search(clause) \
            or (_ENOUGH_BA.search(clause) and _DROPPED_BEFORE.search(text[:text.rfind(clause)])):   # 监理费单独列，不算进总投资，行不行: the tag asks of the clauses before it
        clause = unreported(text)   # (不请监理了，我们科室自己盯: a plan told asks of all it tells; 专家论证就不做了，集中评审过了就行吧)
        asked_of_said = clause == text and bool(_REPORTED.search(text))   # (the contractor says …; is that acceptable?)
    else:
        asked_of_said = False
    last = re.split(r"\s+", text.strip())[-1]   # (…不用再出啥东西 深圳市的规定是这样吗: the tag typed after a space)
    if (_CLAIM_TAG.fullmatch(clause) and clause != text or clause == text and last != text and _CLAIM_TAG.fullmatch(last)
            or _CLAIM_TAG.fullmatch(asking) and asking != text) \
            and (LIABILITY_DENIED.search(text) or _DUTY_DENIED_SAID.search(text)):
        return True   # 总包说分包的问题跟他们没关系，是这样吗: whether the liability denied holds; 合作方说…就不用走区里报批了，是这样吗:
        #               whether the duty denied is not there
    if HANDED_OVER.search(text) or EN_BODY_SWAPPED.search(text):
        return False   # 不自己搞数据交换了，用区大数据中心的统一技术支撑: who does it, not a step left out
    if _COMPLAINT_PAST.search(text):
        return False   # 想直接向质监机构举报，不经过建设单位: a complaint is a right; whom it goes past is no step left out
    if _CLAIM_ACTED_ON.search(text):
        return True   # 设计院说不用再出材料，我们就直接组织验收了，没问题吧: what was said, acted on, is the asker's own leave
    if _REPORTED.search(clause) and not asked_of_said:
        return False
    # 能不能跟土建一起招标，不单独报大数据中心: a clause after the asking one, with no question of its own, goes on with it
    after = text[text.rfind(clause) + len(clause):] if clause in text else ""
    if after.strip(" ，,。？?") and not any((classify(c).scores["yesno"] and not plan_only(c)) or classify(c).scores["info"]
                                          for c in _CLAUSE.split(after) if c.strip()):   # (a plan told goes on too)
        clause += "，" + after
    bare = _REFUSED.sub("，", asked_plainly(clause))   # (被检查单位现场负责人死活不签字: another party's refusal, not a step left out)
    if SELF_DOES.search(text):   # 我们单位自己组织验收，不用数管局来组织: who does it, not the step left out
        bare = BODY_SWAPPED.sub("，", bare)
    if _DUTY_OR_NOT.search(bare):
        return False   # 监理是必须的还是可以不搞: whether the duty is there, asked as its two sides
    if _MUST_BA.search(bare):
        return False   # 初验不能不做吧, 总不能不请监理吧: the two negations believe the step a duty (不能不做吗 asks leave to skip it)
    if _NOT_A_DUTY_BA.search(bare):
        return True   # 监理应该不是强制的吧, IPv6应该不强制吧, 共享目录是optional的吧: a duty believed none, as 应该不用请监理吧 (and as
        #               "it's optional, right?"): answered of that belief
    if _NOT_A_DUTY.search(bare) and _SKIP_PLAN.search(text):
        return True   # 测评我们不打算做，这个只是建议、不是硬性要求吧: the plan to skip it, asked by the claim (the claim alone
        #               asks of the duty: 不是强制的吧)
    return bool(_NEGATED_ZH.search(bare) or _DISCRETION_ZH.search(clause) or _NEGATED_EN.search(bare) or _NO_STEP_EN.search(bare) and (_EN_LEAVE_ASKED.search(text) or _EN_TAG.search(text))
                or (_NOT_NEEDED.search(bare) and (_PERMISSION_TAG.search(text) or _CONFIRM_TAG.search(text) and _CONFIRM_DROP.search(bare) and not _OTHER_DOER.search(bare) and not _HANDED_TO.search(bare) or plan_only(text)))
                or _NOT_NEEDED_BA.search(bare) and not _HANDED_TO.search(bare) or _DROP_BA.search(bare)   # (不用交给数据局统一采购吧: who does it)
                or _BODY_LEFT_OUT.search(bare) and bool(_PERMISSION_TAG.search(text)) or bool(_NOT_COUNTED_BA.search(bare)))


# two negations believed, not asked (初验不能不做吧, 总不能不请监理吧, 不得不报吧): the step is a duty, as 必须做吧
_MUST_BA = lazy_regex(r"(?:不能|不得|不可以|不可能|不会|不应该|没法|没办法)不[\u4e00-\u9fff]{1,20}?(?:吧|的吧|对吧|是吧)\s*[?？。!！]*\s*$")   # (不能不把建设方案交大数据中心论证吧)


# the asker's own unit doing a step itself (我们单位自己组织验收, 由本单位自行采购), and another body it is then not
# handed to (不用数管局来组织, 不交给市政务服务数据管理局统一采购, 不经过数管局采购): a body swapped, no step left out (not 不经过
# 数管局的验收前置审核, a step of the bureau's)
SELF_DOES = lazy_regex(r"(?<![不没])(?<!不用)(?<!不再)(自己|自行|由(我们|本)(单位|局|部门)?)(来|去|牵头)?[^，,。？?]{0,10}?(采购|组织|验收|签|谈|办|挂|买|招标|负责|主持)")
BODY_SWAPPED = lazy_regex(r"(?:不(用|必|需要|请|等|让|交给|经过|经|找)|没有?(?:交给|经过|经|让))(再)?(交给|交由|由|靠|请|让)?(?:(?!报|交|送|提|备|审|先)[^，,。？?]){0,14}?(局|中心|部门|政府|办公室|机构)(?:[（(][^）)]*[）)])?"
                           r"(来|去)?(统一)?(采购|采|组织|负责|主持|招标|挂)?(了)?(?=\s*[，,。？?吧吗]|\s*$)")
# 审核只找区大数据中心、公安部门不参与，可以吗: a body the step has take part, left out of it
_BODY_LEFT_OUT = lazy_regex(r"(部门|单位|局|中心|办|机构)(就|也|都)?不(用|必|需要|再)?(参与|参加|介入|到场|出席)")


# a yes/no question whose predicate is the step failing (验收会被判定不合格吗, 过不了吧, "will it be judged unqualified at
# acceptance", "would we fail the acceptance"): a yes is that it fails, the other way round from "can it pass"
_ASKS_FAILING = lazy_regex(r"(?:会|会不会|是否会|是不是会|是不是|就|会被|被)(?:被)?(?:判|判定|认定|视为|算|评为|定为|当成|当作)?(?:验收)?"
                           r"(?:不合格|通不过|过不了|不予通过|验收失败|不被通过)(?:了)?\s*(?:吗|么|嘛|呢|吧)\s*[？?。]?\s*$"
                           r"|\b(?:will|would|could|does|do|is|are)\s+(?:it|we|they|this|that|the \w+(?: \w+)?|our \w+(?: \w+)?)\s+(?:automatically\s+|then\s+|still\s+)?"
                           r"(?:be\s+(?:judged|deemed|rated|considered|found|declared|treated as|marked|ruled)\s+(?:as\s+)?(?:unqualified|failed|non-?compliant|not qualified|a fail(?:ure)?)"
                           r"|fail|be rejected|be failed)\b[^?.]{0,60}\?\s*$", re.I)


# a yes/no question whether a body may withhold what a ban or a consequence withholds (区里能不能不给运维经费, 有权拒绝审批吗,
# "can the district refuse to give maintenance money", "may the finance bureau withhold the funds"): a yes is that it is
# withheld, the other way round from "will it get the funds"
_ASKS_WITHHELD = lazy_regex(r"(?:能不能|能否|可不可以|(?<![不没])可以|有权|有没有权)\s*(?:直接)?(?:不给|不拨|不下达|不安排|不予|拒绝(?!提供|配合|接受|提交|报送|签字|签收)|拒批|不批)"
                            r"|\b(?:can|could|may|might|will|would|is|are)\s+(?:it|they|the \w+(?: \w+){0,2}|[A-Z]\w+(?: \w+)?)\s+"
                            r"(?:legally\s+|lawfully\s+|then\s+|actually\s+)?(?:allowed to\s+|entitled to\s+)?"
                            r"(?:refuse|withhold|deny|decline|cut off|hold back|stop paying|refuse to (?:give|pay|release|fund|approve))\b", re.I)


def asks_failing(text: str) -> bool:
    """Does a yes/no question ask whether a step fails (会被判定不合格吗, "will it be judged unqualified")?"""
    return bool(_ASKS_FAILING.search(text.strip()))


# (…，就不给验收，对吧; 不下达运维经费，是这样吧: the withholding itself believed)
_WITHHELD_BELIEVED = lazy_regex(r"(?<![是会])(?:不给|不拨|不下达|不安排|不予)[^，,。？?]{0,12}[，,]?\s*(?:对吧|是吧|是这样吧|是这样吗|对吗|没错吧|对不对)\s*[？?。]?\s*$")


def asks_withheld(text: str, read_so: bool = False) -> bool:
    """Does a yes/no question ask whether a body may withhold what the text withholds (能不能不给运维经费, "can the
    district refuse to give the money"), or believe it withheld (不下达运维经费，是这样吧: unless the question is read so
    already, as negated or as a step said undone, 没做竣工验收备案，就不安排运维经费，对吧, which asks the same)?"""
    return bool(_ASKS_WITHHELD.search(text) or not read_so and _WITHHELD_BELIEVED.search(text))
