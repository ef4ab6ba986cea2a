"""Answers to questions: a finding per jurisdiction and topic, each with a verdict, a summary
and verbatim citations, and the reply text as the bot sends it in chat."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.actors import BODY, doer_asked, same_body
from ..reader.amounts import find_amounts
from ..reader.beliefs import scope_denied
from ..reader.costs import FEE_ASKED
from ..reader.dated import (
    DAYS_LEFT,
    asks_earliest,
    asks_for_day,
    asks_latest,
    due_dates,
    named_periods,
    other_day_events,
    periodic_dates,
    stated_ahead,
    stated_elapsed,
    stated_events,
    without_days,
)
from ..reader.events import proposed_start
from ..reader.form import (
    LEAVE_WORDS,
    LIABILITY_DENIED,
    MEANT_ONCE,
    RULES_SET_ASIDE_EN,
    asking_clause,
    asks_failing,
    asks_withheld,
    claim_checked,
    classify,
    dropped_with_ba,
    duty_only_asked,
    english_questions,
    intention_stated,
    mostly_english,
    plan_only,
    plan_told,
    proposal_stated,
    said_before_asking,
    tag_asks,
    unmarked,
    unreported,
)
from ..reader.form import negated as form_negated
from ..reader.glossary import chinese_words
from ..reader.membership import asks_after_list, kind_denied, names_listed
from ..reader.proposals import (
    asks_content,
    breach_asked,
    by_ourselves,
    informal_channel,
    left_waiting,
    made_up_later,
    off_platform,
    still_gets,
    takes_shortcut,
)
from ..reader.quantity import named_counts
from ..reader.question import (
    SAID_UNMET,
    Question,
    find_jurisdictions,
    lacked_feature,
    language,
    left_undone,
    project_outside,
    understand,
)
from ..reader.sequence import asks_which_first, waits_for_step
from ..reader.several import projects_listed
from ..reader.topics import detect, frames, lineage
from ..reader.variants import without_courtesy, without_pictographs
from ..texts.search import best_passage, tokenize
from ..texts.text import han_pairs, pairs, squash
from .alternatives import with_alternative
from .article_named import with_article_named
from .asks import PROJECT_FACTS, separate_asks
from .believed import with_date_believed, with_threshold_believed, with_time_believed
from .body_role import with_body_role
from .chapter_claim import with_chapter_claim
from .consequence import KEPT_IN_TIME, with_consequence, with_consequence_named
from .costs import with_cost_asked, with_cost_placed, with_fee_silent
from .day_unit import with_day_unit_asked
from .declined import declines_banned, declines_only_banned
from .details import (
    DONE_THEN,
    asked_quantities,
    bare_text,
    doer_unsaid,
    measured,
    named_by_title,
    with_actor,
    with_chapter,
    with_definition,
    with_detail,
    with_list_count,
    with_meaning,
    with_term_undefined,
    without_places,
)
from .discretion import decided_against, deciding_body
from .document_detail import with_document_detail
from .documents import with_document_only, with_documents
from .english import EN_STOP, stem
from .explain import rule_lines, test_line
from .finding import Finding, dedupe
from .formality import with_formality_unset
from .frequency import with_frequency_change, with_period_unset
from .group_members import with_group_member
from .likeness import with_likeness
from .minimum import with_minimum_claimed
from .model import Citation, Jurisdiction, Profile, Rule, evaluate
from .next_step import with_next_step
from .overview import with_overview
from .period_limit import with_claimed_due, with_period_day_claimed, with_stated_period
from .places_asked import covered_here, own_profiles
from .recipients import with_recipient
from .role_asked import with_role_asked
from .settled import PLATFORM_ASKED, settled_by_text
from .thresholds import MONEY
from .timing import (
    CANNOT_MEET,
    HELD_UP_BY,
    IN_TIME,
    OVERDUE,
    with_delay,
    with_due_dates,
    with_elapsed,
    with_late_proposed,
    with_order,
    with_overdue,
    with_proposed_day,
    with_put_off,
    with_start,
    with_stated_order,
    with_yearly_day,
)
from .unspoken import with_change_unspoken
from .words import VERDICT_NAMES

_EXTERNAL_REF = lazy_regex(r"《([^》]{4,60})》")
_REGULATORY = lazy_regex(r"(法|办法|条例|规定|细则|意见|通知|决定|规划|指南|标准|规范|格式合同|纲要|方案）?)$")


def _says(rule: Rule, lang: str, outcome: bool | None, profile: Profile) -> str:
    text = rule.says[lang]
    if outcome is False and rule.otherwise:
        text = t("ans.otherwise", lang, says=text, otherwise=rule.otherwise[lang])
    lines = rule_lines(rule, profile, lang)
    if lines:
        text += t("ans.aside", lang, items=t("ans.item_sep", lang).join(lines))
    return text


# a description that denies something (不按本办法, 不得, 免费) cannot answer a yes/no question with "yes"
_DENIES = lazy_regex(r"不|无|未|非|免|禁止|严禁|除外")


_NEGATION_BEFORE = lazy_regex(r"(不|未|无|非|免|禁止|严禁|不得|不予)$")
_HANZI = lazy_regex(r"[\u4e00-\u9fff]+")


def _affirms(says: str, asked: str, least: int = 3) -> bool | None:
    """Does a description say what the question asks, without denying it ("会记入信用档案吗" and
    "…记入信用档案")? None when they share no words of ``least`` (three) characters or more."""
    said = None
    for size in range(min(len(asked), 12), least - 1, -1):
        for i in range(len(asked) - size + 1):
            piece = asked[i:i + size]
            if not _HANZI.fullmatch(piece):
                continue
            at = says.find(piece)
            while at >= 0:   # every place the description says it
                if _NEGATION_BEFORE.search(says[max(0, at - 2):at]):
                    said = False if said is None else said
                else:
                    return True
                at = says.find(piece, at + 1)
        if said is not None:
            return said
    return said


# a permission the text ties to a step of its own (经区信息化主管部门审批同意后，方可购置)
_ONLY_IF = lazy_regex(r"方可|须经|需经|经[^，。；]{0,20}(同意|批准|审批|审核)(后|，可|,可)|前提下|确有")
def _says_yes(says: str, asked: str) -> bool:
    """A description answers yes: it says what is asked without denying it, or (sharing no words
    with the question) denies nothing at all."""
    affirmed = _affirms(says, asked)
    return affirmed if affirmed is not None else not _DENIES.search(says)


# a question asking whether a step is a must (是强制的吗, "is it mandatory")
# 是不是一定还得…, 每次都要…吗, "is it always needed": whether the step is needed in every case
_ALWAYS_ASKED = lazy_regex(r"一定(?:还)?(?:要|得)|每次都|都必须|无论如何|不管怎样|\b(?:always|necessarily|in every case|in all cases|every time)\b", re.I)
_MANDATORY_ASKED = lazy_regex(r"强制|硬性|必须|一定要|非得|\b(mandatory|compulsory|obligatory|required|a must|have to|has to|must)\b", re.I)


def _says_yes_en(says: str, asked: str) -> bool:
    """An English description answers yes: it has two content words of the question side by side
    ("credit file") not under a negation; sharing none, it must deny nothing at all."""
    words = re.findall(r"[a-z][a-z-]+", asked.lower())
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False) if a not in EN_STOP and b not in EN_STOP]
    low = says.lower()
    hits = [m for pair in pairs for m in re.finditer(re.escape(pair), low)]
    if hits:
        return any(not re.search(r"\b(not|no|never|without)\b[^.;,]{0,20}$", low[:m.start()]) for m in hits)
    # "After we fix the problems, can we apply for acceptance again?" against "if it fails, the unit fixes it and
    # applies again": a clause of the description that shares two of the question's words, whatever their ending
    asked_stems = {stem(w) for w in words if w not in EN_STOP and len(w) > 2}
    if any(len({stem(w) for w in re.findall(r"[a-z][a-z-]+", clause)} & asked_stems) >= 2
           and not re.search(r"\b(not|no|never|without|except)\b", clause) for clause in re.split(r"[.;,]", low)):
        return True
    return not re.search(r"\b(not|no|never|except)\b", low)


_MUST = lazy_regex(r"必须|一定要|一定得|非得|非要|强制|硬性|\b(have to|has to|must|mandatory|obliged|compulsory|bound by|binding on|required to follow"
                   r"|(?:make|force) (?:us|them|our (?:unit|department|bureau|county|district)))\b", re.I)   # ("do the measures make us hire …")


# 未经建设单位同意，不可…: a prohibition lifted by someone's consent; 得经过建设单位同意不 asks whether that consent is needed
_UNLESS = lazy_regex(r"未经(?:过)?[^，,。；;]{0,16}?(?P<v>同意|批准|审核|审批|许可)")
_GATE_ASKED = lazy_regex(r"(经过|经|征得|取得|获得|得到|(?<![取获征])要|需要)[^，,。？?没未不]{0,12}?(?P<v>同意|批准|审核|审批|许可)(?!就|了|过)"
                         r"|\b(need|needs|require|requires|required|have to get|must get|must have)\b[^.?]{0,30}\b(?P<e>consent|permission|approval)\b", re.I)
_GATE_EN = {"consent": "同意", "permission": "许可", "approval": "批准"}
# what an English word for a consent covers in the texts' words ("with the authority's approval": 经…审批同意后)
_GATE_EN_COVERS = {"consent": ("同意",), "permission": ("许可", "同意", "批准"), "approval": ("批准", "审批", "同意")}


def _consent_verbs(m: re.Match) -> tuple[str, ...]:
    """The texts' words for the consent a question says is given (同意了, with the owner's consent)."""
    said = m.group("v") or m.group("c") or m.group("v2")
    if said:
        return (said,)
    word = (m.group("e") or m.group("g") or ("consent" if m.group("so") else "")).lower()
    if not word and m.group("en"):
        word = "consent" if m.group("en").lower().startswith(("agree", "consent")) else "approval"
    return _GATE_EN_COVERS.get(word, ())
# the consent said to be missing or gone around (没经过建设单位同意, 擅自, 直接挂, without asking us)
_CONSENT_MISSING = lazy_regex(r"未经|没经|不经|没有经过|没征得|没(有)?取得|(没|不|未)(有)?[^，,。？?]{0,8}(同意|答应|点头)|(没|不)(跟|和|向|给)[^，,。？?]{0,8}(打招呼|说一声|说|商量|请示|报告)|(没|不)(告诉|通知|知会)"
                              r"|还没[^，,。？?]{0,8}(打招呼|说一声)|同意书?[^，,。？?]{0,6}(后面|回头|以后|之后|事后)(再)?补|不用(问|跟|和|经过)|擅自|私自|偷偷|直接|自己就"
                              r"|\b(without|hasn't|haven't|has not|have not|hadn't|not yet|unilateral\w*|just go ahead)\b|\bbefore (we|they|the \w+)('ve| have)? (given|agreed|consented|approved|agrees|consents|approves)"
                              r"|\b(don't|doesn't|do not|does not) need to ask\b|\bon (its|their) own\b|\bdirectly\b"
                              r"|\b(nobody|no one|none of us)\b[^.?]{0,40}\b(agreed|consented|approved|said yes|signed off|allowed)\b|\b(didn't|did not|never) (agree|consent|approve|allow)"
                              # "… nobody asked us", "they never asked us": the owner not asked is no consent given
                              r"|\b(nobody|no one)\b[^.?]{0,20}\basked (us|me|the owner|our)\b|\b(didn't|did not|never|without) (ask|asked|asking|check|checked|checking) (with )?(us|me|the owner)\b"
                              r"|\b(we|the owner|our bureau)\b[^.?;]{0,12}\b(said no|refused|declined|objected|turned (it|them) down)\b"
                              r"|没(有)?(问|请示|征求)(过)?(我们|我|建设单位|业主)"
                              # 这个他们自己定就行吧, "We never said ok to that": the party deciding alone, the owner's yes never given
                              r"|(他们|承建商|承建方|承建单位|厂商|开发商)(自己|自行)(来)?(定|决定|做主|拿主意)|由(他们|承建商|承建方|承建单位|厂商|开发商)(自己|自行)?(来)?(定|决定|做主)"
                              r"|\b(we|the owner)\b[^.?;]{0,10}\b(never|didn't|did not|haven't|have not)\s+(said|say)\s+(ok|okay|yes)\b", re.I)
# the consent an exception waits for, said to be skipped (不找分管区领导同意，直接在平台提交)
_CONSENT_SKIPPED = lazy_regex(r"(不|没|未)(用|必|需要)?(找|经|经过|征得|取得|请示|报)[^，,。？?]{0,10}(同意|批准|点头)|\bwithout (\w+ ){0,4}(consent|approval)\b", re.I)
# the consent said to be given: 建设单位同意了就可以吧, 同意后才放到网上, with the owner's consent
_GATE_GIVEN = lazy_regex(r"(?<![不没未])(?P<v>同意|批准|审批|许可)(了|过了|之后|以后|后)"
                         # 区政府有关会议已经审议通过了: the meeting's review, passed
                         r"|(?<![不没未])(?P<v2>审议)(已经|已)?通过(了)"
                         # 如果我们建设单位书面同意，他们能不能发布: the consent said as the case asked about
                         r"|(如果|假如|要是|若|只要|征得|取得|获得|拿到|已经|(?<![未没不])已|在(?=[^，,。？?]{0,14}(前提|情况|条件)下)|(?<![未没不须需要得])经(过)?)[^，,。？?没未不]{0,12}?(?<![不没未])(?P<c>同意|批准|许可)(?![吗么嘛呢]|才)"   # (经市政府同意还能立项吗)
                         # ("with the district informatization authority's approval", "get approval from … first and then buy")
                         # ("we have obtained approval from the district informatization authority")
                         r"|\b(with|after getting|having got|(have|has|had|'ve|already) (already )?(obtained|got|gotten|received|secured)|once (we|they) (have|get|got)|if (we|they) (have|get|got)|(?<!need to )(?<!have to )(?<!must )(?<!should )(get|obtain)(?= (the |an? |prior |their |its )?(consent|permission|approval)\b[^.?]{0,60}\b(first|then|before)\b))\b[^.?]{0,60}?\b(?P<e>consent|permission|approval)\b"
                         r"|(?:\b(if|once|provided|as long as) (the |our )?[\w ,-]{0,30}?|(?:\b(?:bureau|authority|department|office|cent(?:er|re)|government|leaders?)|[)）])\s+(?:has |have |had )?(?:already )?(?=approved|agreed|consented))"
                         r"(?<!to )(?<!not )(?P<en>agree|agrees|agreed|consent|consents|consented|approve|approves|approved)\b"
                         # "has now given us written consent" (not "before we've given our consent", "given the bureau our
                         # application for approval")
                         r"|(?<!before we)(?<!before they)(?<!until we)\b(?:has|have|had|'ve) (?:now |already )?(?:given|granted|issued)(?: (?:us|them|the unit|our unit))?(?: (?:its|their|a|the))?(?: (?:written|formal|official))? (?P<g>consent|permission|approval)\b"
                         # "our director signed off in writing that the contractor may …": the consent given, in other words
                         r"|(?<!before our )(?<!before the )(?<!until our )(?<!until the )(?<!once our )\b(?:director|leader|head|chief|boss|bureau|authority|department|office|owner|we|they|he|she)\s+(?:has |have |had )?(?:already )?(?:formally )?(?P<so>signed off|given (?:the |a |us the )?(?:go-ahead|green light|sign-off))\b(?: (?:in writing|formally))?(?= (?:that|on|for|to)\b)", re.I)   # ("the data bureau approved in writing")   # ("if we, the construction unit, agree to it")


# whether the text advises a step (建议…吗, recommend), which a recommendation answers yes
_ASKS_ADVICE = lazy_regex(r"(是否|是不是|有没有)(建议|推荐|鼓励|提倡)|(建议|推荐|鼓励|提倡)(了)?[^，,。？?]{0,30}(吗|么|嘛)\s*[？?]?\s*$"
                          r"|\b(recommend|suggest|encourage|advise)[sd]?\b", re.I)


# the duty itself asked ("Do we need to file this with the data bureau?"), not leave for a plan told before ("…, that's fine?")
_EN_DUTY_ASKED = lazy_regex(r"\b(do|does|did) (we|i|they|you|it) (still )?(need|have) to\b|\b(must|should) (we|i|they)\b|\bis (it|that|this) (required|necessary|mandatory)\b", re.I)
# whether something still stands (项目还作数吗), against a text that says it lapses (原建设项目自动取消)
_STILL_HOLDS = lazy_regex(r"还(作数|算数|有效|成立|保留|存在)|(还|仍然|仍)(算|是)有效|(还|仍)(在)?有效期(内|里|之内)(吗|么|嘛|不|没)|\bstill (?:be )?(valid|counts?|stands?|holds?|exists?|in force|in effect|alive|active|standing|on the books)\b", re.I)
# a lapse believed not to come (应该不会自动取消吧, 不至于作废吧, "it won't be cancelled automatically, right?"), against a text that
# says it lapses: the belief is wrong
_LAPSE_DENIED = lazy_regex(r"((?<!会)不会|不至于|不可能|没那么容易|不用(?=被)|不必(?=被))(就|被|给)?(自动)?(取消|作废|失效|撤销|撤掉|黄掉|废掉)"
                           r"|\b(won't|will not|wouldn't|would not|doesn't|does not|can't|cannot)\s+(just\s+|simply\s+|really\s+)?(be\s+|get\s+)?(automatically\s+)?"
                           r"(cancel+ed|voided|scrapped|dropped|revoked|withdrawn|lapse|expire|die)\b", re.I)
def _lapse_denied(text: str) -> bool:
    """Does the question believe a lapse will not come (see ``_LAPSE_DENIED``), not under the condition that keeps it away
    (只要在有效期内启动建设，原项目就不会被取消吧, which is right)?"""
    return bool(_LAPSE_DENIED.search(text)) and not KEPT_IN_TIME.search(text)


# (…有效期五年，按此已于2023年前后届满: a text whose own term has run out)
_LAPSES = lazy_regex(r"自动取消|予以取消|自动失效|作废|已于[^。；;]{0,12}届满")


# a prohibition asked to be confirmed: 是不是连决算审计都不能做, 不能先开工对吧, is it true we can't …
_ASKS_CONSENT = lazy_regex(r"(?<![不无])(需不需要|要不要|是否需要|需要|得不得|用不用|必须|(?<![想只没需不])要)(?:经过?|让|请)?(?P<by>[^，,。？?要\s]{0,12})(同意|批准|允许|许可|点头)"
                           r"|\b(need|require|needs|requires)\b[^.?]{0,30}\b(consent|approval|permission|agree)", re.I)
_WITHOUT_CONSENT = lazy_regex(r"未经[^，,。；;]{1,16}(同意|批准|许可|允许)|须经[^，,。；;]{1,16}(同意|批准|许可|允许)")
# a ban or a refusal stated and asked to be confirmed: 验收不合格的项目不能做决算审计，这个没错吧, 没立项的不得采购吧, 不留影像资料
# 总不行吧, 这种项目是批不下来的吧, "there's no way we can tuck it into another package, is there?", "we can't get away with a
# one-year warranty, can we?" (not 不能不做吧 or 不能没有监理吧, two negations believing a duty; not 能不能, which asks it;
# not 不能少于两个人吧, the text's own minimum)
_BAN_BELIEVED_SAID = (
    r"(?<![能可])(?:不能|不得|不可以|不允许|不准|不予|不下达|不安排|不拨付?)(?!不|没|少于|低于|短于|小于|超过|多于|高于|大于)[^，,。？?]{0,24}[，,]?\s*(?:这个|这点|这样|这条)?(?:没错吧|没错吗|是吗|对吗|对么|是这样吧|吧)\s*[？?。!！]*\s*$"
    # 哪有先办采购备案的道理，肯定不行吧; 不留影像资料总不行吧: the leave believed refused
    # (not 这样是不行的吧, said of what is asked whether it is allowed)
    r"|(?:(?:[，,]|^)\s*(?:总|总归|肯定|应该|估计|怕是|恐怕|当然)?|(?<=[\u4e00-\u9fff])(?:总|总归))(?:不行|不可以|不允许|行不通|不能这样|不能这么(?:干|做|搞|办))(?:的)?吧\s*[？?。!！]*\s*$"
    # 这种项目是批不下来的吧: the approval believed refused
    r"|(?:批不下来|批不了|立不了项|不会批|不会被批准|不可能批)(?:的)?(?:吧|对吧|是吧)\s*[？?。!！]*\s*$"
    # (in the sentence that asks: not "… can't be met. We'll file it with …, right?")
    r"|\bthere(?:'s| is) no way\b[^?.!;]{0,120}\b(?:can|could|may|will|gets?|goes|passes|is approved|would)\b[^?.!;]{0,120}\?\s*$"
    r"|\b(?:can't|cannot|can not|may not|mustn't|must not|isn't allowed to|aren't allowed to|is not allowed to|are not allowed to|won't be (?:approved|accepted|funded|allowed|passed))\b[^?.!;]{0,120}"
    r"(?:,|—|-|;)\s*(?:(?:that's|that is|this is|it's|it is) (?:right|correct|true|so),?\s*)?(?:right|correct|isn't it|is it|can (?:we|they|it)|could (?:we|they)|am i right|no)\s*\?\s*$")
_BAN_BELIEVED = lazy_regex(_BAN_BELIEVED_SAID, re.I)
# a condition or a cause the English ban is said under ("if a project can't hit its goals, …, correct?"): no ban believed
_EN_UNDER = lazy_regex(r"\b(?:if|when|because|since|once|although|though|as long as|unless|whether)\b", re.I)


def _ban_believed(text: str) -> bool:
    """Does the question state a ban or a refusal and ask to have it confirmed (see ``_BAN_BELIEVED``)?"""
    m = _BAN_BELIEVED.search(text)
    if m is None:
        return False
    if m.group(0)[:1].isascii():   # (in English: not a ban said under a condition in the same sentence)
        sentence = re.split(r"[.!?;]\s", text[:m.start()])[-1]
        return not _EN_UNDER.search(sentence + m.group(0)[:m.group(0).find("?") if "?" in m.group(0) else None])
    return True
_CONFIRM_CANNOT = lazy_regex(r"(是不是|是否)(也|连|都|就|还)?[^，,。？?]{0,12}(不能|不得|不可以|不允许|不准|不让|禁止|不给|不予)"
                             r"|(不能|不得|不可以|不允许|不准|不予|不下达|不安排|不拨付?)[^，,。？?]{0,16}[，,]?\s*(是吧|对吧|是不是|对不对|是这样吗|真的(吗|么|嘛)|是真的吗|属实吗)"
                             r"|" + _BAN_BELIEVED_SAID +
                             r"|\b(is it (true|right|correct)|am i right)\b.{0,40}\b(can't|cannot|can not|may not|mustn't|must not|not allowed)\b"
                             # "is it true that a project that won't share its data simply won't be approved?"
                             r"|\b(is it (true|right|correct)|am i right)\b.{0,80}\b(won't|will not|isn't|is not|aren't|are not) (?:\w+ )?(be )?(approved|accepted|funded|passed|allowed|granted|paid)\b"
                             # 一定要竣工验收通过后才可以上线吗, 上线前是不是非得先把竣工验收过了: the step the ban waits for, asked whether required
                             r"|(一定要|必须|非得|非要|是否要|是不是要|要|得)[^，,。？?]{1,16}(后|以后|之后)[^，,。？?]{0,2}(才|方)(可以|能|能够|可)?"
                             r"|(非得|必须|一定要|得|要)先(把)?[^，,。？?]{1,12}(过了|通过|做完|完成)", re.I)


def _gate_asked(asked: str, prohibitions: list, pattern: re.Pattern = _GATE_ASKED) -> list:
    """The prohibitions lifted by the consent (approval, review) the question asks to be needed
    (or, with ``_GATE_GIVEN``, says it has)."""
    m = pattern.search(asked) if asked else None
    before = re.sub(r"有没有|要不要|需不需要|是不是|用不用|得不得", "", asked[max(0, m.start() - 8):m.start()]) if m else ""
    if not m or re.search(r"没|未|不|无|without|n't|not", before[-6:], re.I):   # (有没有必要先经过: asked, not missing)
        return []   # 没有经过立项审批的项目: the consent missing, not asked for
    verb = m.group("v") or ("c" in pattern.groupindex and m.group("c")) or ("v2" in pattern.groupindex and m.group("v2")) \
        or ("en" in pattern.groupindex and m.group("en") and ("同意" if m.group("en").lower().startswith(("agree", "consent")) else "批准")) \
        or ("so" in pattern.groupindex and m.group("so") and "同意") \
        or _GATE_EN[(m.group("e") or ("g" in pattern.groupindex and m.group("g")) or "").lower()]
    return [(r, o) for r, o in prohibitions if (u := _UNLESS.search(r.says["zh"])) and u.group("v") == verb]


# 整改期间系统照常对外办件: the banned act (use) said in other words
_GOES_ON = lazy_regex(r"(照常|继续|先|同时|照样|正常)[^，,。？?]{0,8}(用|使用|运行|办件|办业务|办理业务|上线|投入|对外)")
# 最晚哪天, by when: a last day asked (not 什么时候能申请, when a step may be taken)
_LAST_DAY_ASKED = lazy_regex(r"最晚|最迟|截止|最后期限|最后一天|最后日期|几号前|(?:何日|何时|哪一?天|几月几[日号])(?:之|以)?前|有没有时间要求|时间上有(什么)?要求|有没有期限|有没有时限|\bby (when|(?:what|which) (?:dates?|days?))\b|\bdeadline\b|\blast (possible )?day\b|\b(latest|last) (possible )?date\b|\blatest (possible )?day\b|\bno later than\b"
                             # "When should we get the report at the latest", "When was it due"
                             r"|\bat the (very )?latest\b|\bwhen (is|was|are|were) (it|this|that|they|the [\w-]+( [\w-]+){0,3}) due\b|\bdue date\b"
                             r"|\bdue when\b|\bwhen(?:'s| is)? (?:it )?due\b|\bwhen (?:is|are) (?:the |our |its )?[\w-]+(?: [\w-]+){0,4} due\b"
                             # ("when do we have to finish the initial acceptance by", "when must we file it")
                             r"|\bwhen (?:do|must|should|shall) (?:we|i|they|you) (?:have to |need to |got to )?(?:finish|complete|submit|file|hand in|send|register|report|get \w+ done)\b"
                             # (合同这周一签的，备案还剩多少天: the days left until the last day)
                             r"|" + DAYS_LEFT, re.I)
# 下次什么时候交, "when is the next one due": the first of a recurring filing's days after today
# 是不是今天就到期了, "is today the deadline": whether a day said is the last one, asked with the day (the day counted answers it)
_DUE_ON_ASKED = lazy_regex(r"(?:是不是|是否)?(?:今天|明天|今日|明日|昨天|昨日)(?:就)?(?:是不是|是否|是)?(?:[^，,。？?]{0,10}?的)?(?:到期|截止|最后一天|最后期限)(?:日)?(?:了)?(?:吗|么|嘛|吧)?\s*[？?]?\s*$"
                           # (最后一天是不是就今天, 截止日是明天吗: the day named after the last day)
                           r"|(?:到期日?|截止(?:日期?|时间)?|最后一天|最后期限|最后日期)(?:是不是|是否|就是|是)?(?:就)?(?:是)?(?:今天|明天|今日|明日|昨天|昨日)(?:了)?(?:吗|么|嘛|吧)?\s*[？?]?\s*$"
                           r"|\b(?:is|was) (?:today|tomorrow|yesterday) (?:the )?(?:deadline|last day|due date)\b|\b(?:is|was) (?:the )?(?:deadline|last day|due date)(?: (?:for|of) [^?.,;]{3,60}?)? (?:today|tomorrow|yesterday)\b|\b(?:is|are) (?:it|they|this|that|(?:the |our |its )?[\w-]+(?: [\w-]+){0,4}) due (?:today|tomorrow)\b", re.I)
def _due_day_asked(text: str, today):
    """The day a yes/no question asks whether it is the last day (是不是今天就到期了: today), or None."""
    m = _DUE_ON_ASKED.search(text)
    if m is None:
        return None
    from datetime import timedelta

    if re.search(r"昨天|昨日|yesterday", m.group(0), re.I):   # (是不是昨天就到期了: the day before)
        return today - timedelta(days=1)
    return today + timedelta(days=1) if re.search(r"明天|明日|tomorrow", m.group(0), re.I) else today


_NEXT_TIME = lazy_regex(r"下次|下一次|下回|下一期|下个季度的?|\bnext (?:one|report|filing|submission|upload|quarterly|annual|time)\b", re.I)
# 项目验收应包含…: a list of what must be held, told as a description
_MUST_HOLD = lazy_regex(r"(应|应当|须|必须)(包含|包括|含有|具备|附)")
# 我们打算…, 准备…: what the asker means to do, told before asking whether it is right
_MEANS_TO = lazy_regex(r"(打算|准备|计划|拟)(?!了|好|材料|资料|任务书|书)")


def _verdict(rules: list[Rule], profile: Profile, form: str, may: bool = False, asked: str = ""
             ) -> tuple[str, list[tuple[Rule, bool | None]]]:
    """The verdict for a topic's rules and the rules that carry it, with their outcomes. In a
    "may I" question a prohibition that applies decides before the topic's other duties. A rule whose
    condition the question denies (投资不大，技术也不复杂) does not apply."""
    outcomes = [(r, False if r.conditional and asked and _facets_denied(asked, r.conditional["zh"]) else r.applies(profile))
                for r in rules]

    def pick(types, results):
        return [(r, o) for r, o in outcomes if r.type in types and o in results]

    if form == "info":
        used = pick(("obligation", "prohibition", "recommendation", "permission", "info"), (True, None))
        return "info", used or outcomes
    checked = [(r, r.complies(profile)) for r, o in outcomes if r.requires and o is not False]
    if checked and all(c is not None for _, c in checked):  # the question states the facts: do they comply?
        return ("yes" if all(c for _, c in checked) else "no"), [(r, c) for r, c in checked]
    # an exception the text makes for the very case the question states (国家有明确要求的临时新增项目)
    # outranks the general prohibition it is an exception to
    excepted = [(r, o) for r, o in outcomes if r.type == "permission" and r.when and o is True]
    shortcut = takes_shortcut(asked)
    if may and excepted and pick(("prohibition",), (True,)):
        only_if = any(_ONLY_IF.search(r.says["zh"]) for r, _ in excepted)
        if only_if and (made_up_later(asked) and not _GATE_FIRST.search(asked) or _CONSENT_SKIPPED.search(asked) and any(
                re.search(r"同意|批准", r.says["zh"]) for r, _ in excepted)):
            # 紧急项目先建起来、手续后补; 不找分管区领导同意，直接在平台提交: the exception's own conditions are what it skips
            return "no", [*pick(("prohibition",), (True,)), *excepted]
        given = {v for g in _GATE_GIVEN.finditer(asked) for v in _consent_verbs(g)} if only_if and asked else set()
        if given and not _CONSENT_MISSING.search(asked) and all(set(re.findall(r"同意|批准|审议|审批|许可", r.says["zh"])) <= given
                                                               for r, _ in excepted):
            # 省里明确要求…分管区领导已经同意了…也审议通过了: the exception with every consent it waits for (同意 and 审议);
            # 同意 alone leaves the review still to come
            return "yes", excepted
        return ("conditional" if only_if else "yes"), excepted
    if not may and excepted and pick(("prohibition",), (True,)) and any(_ONLY_IF.search(r.says["zh"]) for r, _ in excepted):
        # 当年必须实施的临时项目，有没有必要先拿到分管领导同意: what the exception is allowed only after is required
        return "yes", excepted
    open_exception = [(r, o) for r, o in outcomes if r.type == "permission" and r.when and o is None]
    if may and open_exception and pick(("prohibition",), (True,)) and not shortcut:
        # 临时加一个项目能加吗: allowed only in the case the exception names, which the question leaves
        # open; building it on one's own (擅自, 先建起来再补) is what the prohibition forbids
        return "conditional", [*pick(("prohibition",), (True,)), *open_exception]
    gated = _gate_asked(asked, pick(("prohibition",), (True,)))
    if gated:   # 演示系统挂到互联网上，得经过建设单位同意不: what the prohibition waits for is required
        return "yes", gated
    given = _gate_asked(asked, pick(("prohibition",), (True,)), _GATE_GIVEN)
    if given:   # 建设单位同意了就可以吧, 如果建设单位同意，能发布吗: the consent the prohibition waits for is given
        return "yes", given
    banned = pick(("prohibition",), (True,))
    consent = [(r, o) for r, o in banned if (u := _UNLESS.search(r.says["zh"])) and u.group("v") in ("同意", "许可")]
    if asked and consent and len(consent) == len(banned) and not _CONSENT_MISSING.search(asked) and not _ASKS_CONSENT.search(asked):
        return "conditional", consent   # 承建单位想把演示系统挂到网上，能行吗: allowed with the owner's consent, which is not said
    # 竣工验收没过，我们打算牵头组织各参建单位限期整改，改完再申请验收，对吧 against 不得投入使用: what the question
    # proposes is what the text describes (牵头组织参建单位限时整改), and the ban is of an act it does not name
    told = [(r, o) for r, o in pick(("info",), (True,)) if asked and not asked.isascii() and _affirms(r.says["zh"], asked, 4)] \
        if banned and _MEANS_TO.search(asked) and not _GOES_ON.search(asked) and all(_affirms(r.says["zh"], asked) is None for r, _ in banned) else []
    if told:
        return "yes", told
    if may and banned:
        return "no", banned
    lapsing = [(r, o) for r, o in outcomes if o is not False and _LAPSES.search(r.says["zh"])]
    if asked and lapsing and (_STILL_HOLDS.search(asked) or _lapse_denied(asked)):
        return "no", lapsing   # 拖到有效期过了再启动，项目还作数吗, 应该不会自动取消吧: the text says it lapses
    only_once = [(r, o) for r, o in pick(("permission",), (True, None)) if _ONLY_IF.search(r.says["zh"])]
    if may and only_once and asked and not asked.isascii() and made_up_later(asked) and not _GATE_FIRST.search(asked):
        return "no", only_once   # 先买了再跟政数局报: what the text allows only once approved, done first
    free = [(r, o) for r, o in pick(("permission",), (True,)) if not _ONLY_IF.search(r.says["zh"])]
    # 年中冒出个网络信息安全项目，经市政府同意还能立项吗: a leave the text gives only with a consent the question says is given
    consented = _GATE_GIVEN.search(asked) if asked and may and not banned else None
    verbs = _consent_verbs(consented) if consented else ()
    with_consent = [(r, o) for r, o in pick(("permission",), (True,)) if _ONLY_IF.search(r.says["zh"]) and any(v in r.says["zh"] for v in verbs)
                    and "情形" not in r.says["zh"]]   # (a leave only in the cases the text lists waits for those too)
    if with_consent:
        return "yes", with_consent
    must = bool(_MUST.search(asking_clause(asked))) if asked else False   # 国家要求必须做，还能立项吗: 必须 is background
    if may and not must and free and not pick(("obligation", "prohibition"), (True, None)):
        return "yes", free   # "能参照这个办法执行吗" where the text allows it outright (not 经审批同意后方可)
    if must and not pick(("obligation", "prohibition"), (True, None)) and pick(("permission",), (True, None)):
        # "必须按这个办法来吗" where the text only allows it (可参照执行): not required
        return "no", pick(("permission",), (True, None))
    advised = pick(("recommendation",), (True, None))   # (细则建议引入软件测评吗: it does, for the projects it names)
    asking = next((c for c in reversed(re.split(r"[。.?？!！]\s*", asked or "")) if c.strip()), "")
    if advised and asked and _ASKS_ADVICE.search(asked) and not pick(("obligation", "prohibition"), (True,)) \
            and not _MANDATORY_ASKED.search(asking):   # ("it 'recommends' … is the testing mandatory for us": a must asked)
        return "yes", advised   # 细则建议引入软件测评吗, does Zhonglou recommend …: it does
    for verdict, types, results in (
        ("yes", ("obligation",), (True,)),
        ("no", ("prohibition",), (True,)),
        ("conditional", ("obligation", "prohibition"), (None,)),
        ("conditional", ("permission",), (True, None)),
        ("no", ("recommendation",), (True, None)),
        ("no", ("obligation",), (False,)),
        ("no", ("recommendation",), (False,)),
        ("no", ("permission",), (False,)),  # the case is outside what the text allows
    ):
        chosen = pick(types, results)
        if chosen:
            return verdict, chosen
    # 分包出了问题，总包也得担责吗: the liability the text puts on the party asked about
    liable = [(r, o) for r, o in pick(("info",), (True,)) if _LIABLE.search(r.says["zh"])]
    if liable and asked and not asked.isascii() and (m := _ASKS_LIABLE.search(asked)):
        party = _LIABLE_PARTY.findall(asked[:m.start()])
        named = _PARTY_NAMES.get(party[-1], party[-1]) if party else ""
        if all(named in r.says["zh"] for r, _ in liable):
            return "yes", liable
    # "is the main contractor on the hook too": the same, in English
    if liable and asked and asked.isascii() and (m := _EN_ASKS_LIABLE.search(asked)):
        party = _EN_LIABLE_PARTY.findall(asked[:m.end()])
        named = _EN_PARTY_NAMES.get(party[-1].lower().split()[0], "") if party else ""
        if named and all(named in r.says["zh"] for r, _ in liable):
            return "yes", liable
    # a yes/no question about what the text describes ("会被报送信用平台吗"): the description that
    # applies settles it; one whose condition fails says no
    described = [(r, o) for r, o in pick(("info",), (True,))
                 if (_says_yes_en(r.says["en"], asked) if asked.isascii() else _says_yes(r.says["zh"], asked))]
    if described:
        return "yes", described
    return "info", outcomes


def _topic_label(kb, topic: str, lang: str) -> str:
    if topic in ("definition", "listed", "only_listed", "actor", "documents", "next_step", "overview", "body_role", "article"):
        return t(f"ans.{topic}_head", lang)
    found = kb.topics.get(topic)
    return found.label[lang] if found else topic


def _scope_text(test, profile: Profile, lang: str) -> str:
    """Why the project is outside the text, with its own figure where a threshold decides (49.8万 < 50万)."""
    text = test.text[lang]
    tests = test.test if isinstance(test.test, tuple) else (test.test,)
    lines = [test_line(x, profile, lang) for x in tests
             if getattr(x, "threshold", None) is not None and profile.get(x.field) is not None]
    return text + (t("ans.aside", lang, items=t("ans.item_sep", lang).join(lines)) if lines else "")


def _scope_detail(kb, j: Jurisdiction, tokens: list[str]) -> list[Citation]:
    """The scope's own sentences on a kind of project the question names (第三方服务是指咨询、监理、测评、安全等配套服务
    for "does it cover third-party services such as consulting"): quoted besides the scope when two of the question's
    telling words are in them."""
    telling = {p for p in tokens if not p.isascii() and kb.index.used(p) and kb.index.weight(p) >= 2.5}
    return [c for r in j.rules_for("scope") if not r.when for c in r.citations
            if c not in j.scope_citations and sum(p in c.quote for p in telling) >= 2]


# "skip the Smart Wendeng measures", "manage it outside the measures": the rules left, in English (where "building it
# without fiscal funds" is a fact, not leave asked)
_LEAVE_RULES_EN = lazy_regex(r"\b(skip|skipping|bypass|ignore|opt out of|get around|not (follow|apply|use|go through|be bound by))"
                             r" (the |these |this |those )?([\w'’-]+ ){0,4}(measures|rules|regulations?|procedures?)\b|" + RULES_SET_ASIDE_EN +
                             # ("my boss says the measures have nothing to do with us", "the rules don't apply to us": said not to cover it)
                             r"|\b(measures|rules|regulations?)\b[^.?]{0,20}?\b((doesn't|does not|don't|do not) (even )?(apply|cover)|(has|have) (absolutely )?nothing to do with)\b", re.I)


# 是不是就不用按实施细则走了, 不再适用这个办法了吧: the text's rules said no longer to be followed (not 按照什么程序走, a what)
# (not the A-not-A 适不适用, 走不走, 受不受…约束, 用不用走, 需不需要按: whether it applies, asked)
# (nor 可以不走办法, leave asked, which a negated question answers)
_NOT_FOLLOWED = lazy_regex(r"(?<![适走受用需按执遵以能否])(?:不用|不必|不需要|无需|无须|不再|不)(?:再)?(?:按|按照|走|执行|适用|遵守|受)(?:这个|这套|该|本|区里的|市里的)?[^，,。？?吗]{0,10}(?:办法|细则|规定|程序|流程|管理)"
                           r"(?:走|执行|办|管|报批|约束)?(?:了)?(?:吧|吗|么|嘛)?\s*[？?。]*\s*$")


def _scope_finding(j: Jurisdiction, q: Question, detail: list[Citation] = ()) -> Finding:
    ok, test = j.in_scope(q.profile)
    lang = q.lang
    if ok is False:
        return Finding(j.id, "scope", test.verdict, _scope_text(test, q.profile, lang),
                       list(test.citations or j.scope_citations))
    verdict = "yes" if q.form == "yesno" else "info"
    if ok is not False and q.form == "yesno" and q.negated and (q.lang == "zh" or _LEAVE_RULES_EN.search(q.reading or q.text)):
        # 刚好50万，能不能不按这个办法走, skip the measures: a project the text covers may not leave it (with the proviso
        # of an undecided precondition, as a yes has it: 科长说运维服务不归它管，是这样吗)
        verdict = "no"
    if ok and q.form == "yesno" and not q.negated and _NOT_FOLLOWED.search(q.reading or q.text):
        # 后来改成企业赞助建设，那是不是就不用按实施细则走了: the text still covers it, so what is proposed is not so
        verdict = "no"
    if ok is None and test and q.form == "yesno" and any(t.field in q.profile.ranges for t in test.test) or q.form == "yesno" and _scope_doubted(j, q):
        verdict = "conditional"   # 四十到六十万 across the 50万 line, 市里的资金也可能是区里的: the scope depends on the fact
    # an undecided precondition the question never mentioned is stated as a proviso
    notes = [t("ans.provided", lang, text=test.text[lang])] if ok is None and test else []
    # a rule on this very case (社会资金与政府资金共同投资的也按本办法报批) says it outright
    specific = [r for r in j.rules_for("scope") if r.when and r.applies(q.profile) is True]
    summary = " ".join([j.scope_text[lang], *(r.says[lang] for r in specific)])
    if ok:   # 清单合计52万: the figure that meets the scope's threshold, said
        for req in j.requires:
            summary = _scope_text(replace(req, text={lang: summary}), q.profile, lang)
    cites = dedupe([*(c for r in specific for c in r.citations), *detail, *j.scope_citations])
    return Finding(j.id, "scope", verdict, summary, cites, notes)


def _nearest_by_words(kb, j: Jurisdiction, topic: str, tokens: list[str]) -> list[Citation]:
    """The article of ``j`` that uses the topic's own words most: the index's best candidates for
    those words, re-ranked by whole-word counts (监理制 must not find 管理制度 through 理制)."""
    from ..texts.text import fold

    terms = [w for w in kb.topics[topic].zh_terms if len(w) >= 2]
    own = [t for w in terms for t in tokenize(w)]
    hits = kb.index.search(own, [j.id], k=12) if own else []
    words = [fold(w) for w in terms]
    best, best_count = None, 0
    for h in hits:
        count = sum(fold(h.article.text).count(w) for w in words)
        if count > best_count:
            best, best_count = h.article, count
    if best is None:
        return []
    return [Citation(j.id, best.label, best_passage(best, own + tokens))]


def _retrieved(kb, j: Jurisdiction, q: Question, tokens: list[str]) -> list[Citation]:
    hits = kb.index.search(tokens, [j.id], k=2)
    return [Citation(j.id, h.label, best_passage(h.article, tokens)) for h in hits[:1]]


def finding_for(kb, j: Jurisdiction, topic: str, q: Question, tokens: list[str]) -> Finding:
    f = _finding_for(kb, j, topic, q, tokens)
    doubt = _scope_doubted(j, q) if f.verdict in ("yes", "no") and q.form == "yesno" else None
    if doubt:
        # 好像是市里的资金，也可能是区里的: whether the text covers the project turns on the fact the user is unsure of
        unsaid = doubt.text[q.lang] not in f.summary   # (the scope's own finding says it already)
        f = replace(f, verdict="conditional", notes=[*f.notes, *([t("ans.turns_on_doubt", q.lang, text=doubt.text[q.lang])] if unsaid else [])],
                    citations=dedupe([*f.citations, *(doubt.citations or j.scope_citations)]))
    elif f.verdict == "yes" and q.form == "yesno" and topic != "scope":
        ok, test = j.in_scope(q.profile)
        if ok is None and test is not None and any(x.field in q.profile.ranges for x in test.test):
            # (龙岗新建系统预算30到80万，要监理吗: a range across the scope's 50万 line; the duty is the text's only above it)
            f = replace(f, verdict="conditional", citations=dedupe([*f.citations, *(test.citations or j.scope_citations)]))
    return f


def _scope_doubted(j: Jurisdiction, q: Question):
    """The condition of the text's scope that turns on a fact the user put in doubt (and no other decides), or None."""
    if not q.doubted or j.in_scope(q.profile)[0] is False:
        return None
    turning = [x for x in (*j.requires, *j.excludes)   # (the scope's own condition first: 使用市本级财政资金采购的)
               if evaluate(x.test, q.profile) is None and any(t.field in q.doubted for t in x.test)]
    # (the condition on one of the cases offered: 区里的钱 is the district funding the text sends to its districts)
    offered = [x for x in turning for t in x.test if t.field in q.doubted and set(t.one_of or ()) & set(q.doubted[t.field])]
    return next(iter(offered or turning), None)


def _finding_for(kb, j: Jurisdiction, topic: str, q: Question, tokens: list[str]) -> Finding:
    lang, profile = q.lang, q.profile
    if q.unmet and (lacked := lacked_feature(q.reading or q.text)) and lacked.upper() not in bare_text(kb, j.id).upper():
        q = replace(q, unmet=False)   # (平台不支持国产密码，能通过验收吗 where the text asks nothing of 密码: no duty left undone)
    rules = j.rules_for(topic)
    label = _topic_label(kb, topic, lang)
    notes: list[str] = []
    if (rules and (any(r.type != "info" for r in rules) or q.form == "yesno")) or \
            (q.form == "yesno" and j.in_scope(profile)[0] is False):   # 企业全额出资: no topic of the text applies
        ok, test = j.in_scope(profile)
        if ok is False and (stated := [r for r in rules if r.unscoped and _case_named(q, r.unscoped, kb)]) \
                and not any(x.field == "classified" for x in test.test):
            # (街道想自己买安全设备，16万; 数据没按要求共享，还能安排运维经费吗: the text's word on that case holds outside its scope too)
            rules, ok, test = stated, True, None
        excluded_by = {c.article for c in (test.citations or [])} if ok is False and test else set()
        own = [r for r in rules if {c.article for c in r.citations} & excluded_by]
        if ok is False and (q.form == "info" or test.verdict == "no") and own:
            rules = own   # 涉密项目归谁管: what the text says of the class it leaves out answers the what-question
        elif ok is False:   # a what-question about a class the text sends elsewhere is told that path
            verdict = "info" if test.verdict == "no" and q.form == "info" else test.verdict
            if verdict in ("not_applicable", "no") and q.form == "yesno" and q.negated and (
                    topic != "scope" or _MAY.search(q.reading or q.text) or _NO_NEED_BA.search(q.reading or q.text)) \
                    and not re.search(r"不(按|走|执行|经过|做|办)[^，,。？?]{0,6}(有关|相关|保密)", q.reading or q.text):   # (不按有关规定执行: the rules the text sends it to)
                verdict = "yes"   # 涉密项目，质量监督登记可以不做吧: leaving out what the text does not ask of the case is allowed
                #                   (市里统筹拨款的项目，不再走区里整套报批，对吧: nor what it sends elsewhere)
            return Finding(j.id, topic, verdict, _scope_text(test, profile, lang),
                           list(test.citations or j.scope_citations))
        if ok is None and test is not None:
            notes.append(t("ans.provided", lang, text=test.text[lang]))
    if topic == "scope":
        return _scope_finding(j, q, _scope_detail(kb, j, tokens))
    if rules:
        if topic not in kb.parent_topics:  # a broad topic keeps all its rules
            rules = _focus(rules, q, topic)
        # a prohibition on a case the question does not state (停用报废的项目不再安排运维经费) does not
        # answer for the others the topic's rules speak of
        # (a rule conditioned on what the question states, 1000万以上的新动议项目, answers for its case)
        specific = any(r.type != "prohibition" and r.when and r.applies(profile) is True for r in rules)
        kept = [r for r in rules if not (r.type == "prohibition" and r.depends_on_fact(profile)
                                         and not _states(q, r.conditional["zh"], kb))
                and not (r.type == "prohibition" and _ban_case_done(r.says["zh"], q.reading or q.text))
                and not (r.type == "prohibition" and specific and _ban_case_unsaid(r.says["zh"], q, kb))]
        rules = kept or rules
        # 终验资料里数据共享清单没做，能交吗; 要包括数据共享清单吗: the topic's list of documents (a rule that describes), where
        # it names the document asked, decides (not a duty of one tier that names it among others: 30万以上填报建议书)
        listing = [r for r in rules if r.type == "info" and not r.when and names_listed(q.reading or q.text, r.says["en" if q.lang == "en" else "zh"])] \
            if q.form == "yesno" and len(rules) > 1 and asks_after_list(q.reading or q.text) else []
        rules = listing or rules
        # (不走政府采购，直接找公司签合同，可以吗: leave to not do a duty is answered by the duty, not by the bans the
        # topic also has on doing it some other way)
        skips_duty = q.negated and any(r.type == "obligation" and r.applies(profile) is True for r in rules)
        declined_ban = ""   # (set when what the question leaves out is what a ban forbids: "instead of buying our own servers")
        verdict, used = _verdict(rules, profile, q.form, may=(_leave(q) or q.unmet) and not skips_duty,
                                 asked=q.reading or q.text)
        raw = verdict
        base = raw
        if (q.negated or q.unmet) and q.form == "yesno" and verdict == "yes" and used and _body_not_named(q.reading or q.text, used):
            # 报数据局备案就行吧，财政局那边不用报: the body left out is one the rule for the case does not name
            verdict = "yes"
        elif q.negated and q.form == "yesno" and verdict in ("yes", "no") and \
                (all(r.type in ("obligation", "recommendation") for r, _ in used)
                 or all(r.type == "info" and _LIABLE.search(r.says["zh"]) for r, _ in used)
                 # (数据共享清单能不交吗 against 项目验收应包含…数据共享清单: a list the text says must be held)
                 or all(r.type == "info" and _MUST_HOLD.search(r.says["zh"]) for r, _ in used)) \
                and not declines_only_banned(q.reading or q.text, [r for r, _ in used], j) \
                and not _lapse_denied(q.reading or q.text) \
                and not (_NOT_SEPARATELY.search(q.reading or q.text) and all(_INCLUDED_IN.search(r.says["zh"]) for r, _ in used)):
            # (总包能说跟自己没关系吗: it is liable; 不至于被取消吧: the lapse believed not to come is answered as it is;
            # 监理费列在总投资里，不另外单独申请经费 against 监理费用纳入项目总投资: what is not done separately is what the
            # text has included in another, so leaving it out complies)
            # "可以不请监理吗": leaving out what is required is not allowed, and the reverse
            verdict = "no" if verdict == "yes" else "yes"
            base = verdict   # (the rule itself, asked the other way round: no reading of the case)
        elif not q.negated and q.form == "yesno" and verdict == "yes" and used and _ASKS_APART.search(q.reading or q.text) \
                and "还是" not in (q.reading or q.text) \
                and all(_INCLUDED_IN.search(r.says["zh"]) for r, _ in used):
            # 改造对接费，用不用单独申请经费 against 应包含在该系统的维保经费中: what the text includes in another needs no
            # application of its own
            verdict = "no"
        elif q.form == "yesno" and (q.negated and verdict == "info" or not q.negated and verdict in ("yes", "info")
                                    and not _ASKS_LIABLE.search(q.reading or q.text) and not _EN_ASKS_LIABLE.search(q.reading or q.text)) \
                and used and all(r.type == "info" and _LIABLE.search(r.says["zh"]) for r, _ in used) and LIABILITY_DENIED.search(q.reading or q.text):
            # ("put a clause in saying the sub alone answers for that part's quality, main contractor not liable. ok to sign it
            # like that?": the liability the clause would deny is there, so the clause may not say so)
            # 总包说跟他们没关系让我们自己找分包，他说得对吗 against 总承包单位对全部信息工程质量负责: the liability denied is there
            verdict = "no"
        elif q.negated and q.form == "yesno" and verdict == "no" and used and all(
                r.type == "prohibition" and _NO_LONGER_PROCEDURE.search(r.says["zh"]) for r, _ in used):
            # 基本建设审批程序我们打算不走了，行吧: a procedure the text no longer applies may be left out (not so a ban
            # with a condition of its own, 未经同意不得发布, nor 不再单独建设 left for a plan of one's own)
            verdict = "yes"
        elif (q.negated or q.unmet) and q.form == "yesno" and verdict == "no" and used and all(r.type == "prohibition" for r, _ in used) \
                and declines_banned(q.reading or q.text, [r for r, _ in used], kb.topics):
            # 直接部署在政务云上，不自己买服务器了，没问题吧 against 新购服务器的信息化项目不予审批: what is left out is what the
            # text forbids, so leaving it out complies
            verdict = declined_ban = "yes"
        elif verdict == "yes" and q.form == "yesno" and not q.unmet and not q.negated and _leave(q) and used \
                and all(r.type in ("obligation", "info") for r, _ in used) \
                and any(r.type == "obligation" and _proposes_gated_step(r.says["zh"], q.reading or q.text) for r, _ in used) \
                and not _GATE_MET.search(q.reading or q.text) and not _GATE_EN_MET.search(q.text):
            # 系统跑稳了，下周组织竣工验收可以吧 against 确认质量问题整改完成后，再组织竣工验收: only once that is done
            # (马上, 直接, "right away": proposed at once, past the step it waits for, which is not allowed)
            verdict = "no" if _AT_ONCE.search(q.reading or q.text) else "conditional"
        elif verdict in ("yes", "conditional") and q.form == "yesno" and not q.negated and used and any(
                r.type in ("obligation", "permission") and o is not False and re.search(r"批准|审批|审核|报批", r.says["zh"]) for r, o in used) \
                and _DECIDES_ALONE.search(q.reading or q.text) and "还是" not in (q.reading or q.text):   # (自己定吗还是要报区里审核: both ways asked)
            # 项目要中途终止，建设单位自己决定就行吗 (由本单位主要领导批准后直接终止) against 经…审核后，报分管区领导
            # 批准: not the unit's alone to decide
            verdict = "no"
        elif not q.negated and q.form == "yesno" and verdict == "conditional" and used and all(
                r.type == "permission" and o is True and _APPROVED_THEN.search(r.says["zh"])
                and ("情形" not in r.says["zh"] or _CASE_SAID.search(q.reading or q.text))
                # (审议通过后: the meeting's review itself planned, not 直接报批 past it)
                and ("审议" not in _APPROVED_THEN.search(r.says["zh"]).group(0) or "审议" in (q.reading or q.text)) for r, o in used) \
                and _PLANS_APPROVAL.search(q.reading or q.text) and not re.search(r"直接", q.reading or q.text):
            # 调整8%，我们提调整申请，联合会审小组批准后再由财政局调预算，对吧: the leave with the approval it waits for
            verdict = "yes"
        elif q.negated and q.form == "yesno" and verdict == "conditional" and used and all(
                r.type == "permission" and o is True and _APPROVED_THEN.search(r.says["zh"]) for r, o in used) \
                and _SKIPS_APPROVAL.search(q.reading or q.text):
            # 资金变动不到5%，不报批直接自己改行不行 against 可申请调整，经…审核批准后: what the leave waits for may not be skipped
            verdict = "no"
        elif q.unmet and q.form == "yesno" and verdict == "no" and used and all(r.type == "recommendation" for r, _ in used) \
                and _leave(q):
            # 不找测评机构了，承建方自己测一下就行了吧: what the text only recommends may be left
            verdict = "yes"
        elif q.unmet and q.form == "yesno" and verdict in ("yes", "info") and \
                not any(r.complies(profile) is True for r, _ in used) and \
                all(r.type in ("obligation", "info") for r, _ in used) and not _PENALTY.search(q.text) and \
                (_leave(q) or re.search(r"会|算数|作数", q.text) or re.search(r"\bwill\b", english_questions(q.text) if q.text.isascii() and _EN_DUTY_ASKED.search(english_questions(q.text)) else q.text, re.I)
                 or still_gets(q.text) or _GO_AHEAD_BA.search(q.text)
                 or _ASKS_COMPLIES.search(q.text) and not _PUT_OFF.search(q.text) and _left_out(kb, q, topic)) \
                and not declines_only_banned(q.reading or q.text, [r for r, _ in used], j) \
                and not _own_route(q.reading or q.text, used):   # (不自己买服务器了: a ban kept)
            # "没提交档案能通过验收吗": the duty applies and is not yet met, so the step may not go ahead
            # (where the duty itself is asked, the "will" of its sentence: not "… will be delivered late. We haven't told
            # anyone. Do we need to file this")
            verdict = "no"
        elif q.unmet and q.form == "yesno" and verdict == "conditional" and used and _leave(q) and \
                all(r.type == "obligation" for r, _ in used) and not any(getattr(profile, f) is not None for f in MONEY):
            # "可研能否不经区信息化主管部门审核，直接报发改审批": the question presupposes the study the
            # threshold asks for; where it is required, skipping its review is not allowed
            verdict = "no"
        elif verdict == "conditional" and q.form == "yesno" and _asks_content(q, used) and \
                not any(getattr(profile, f) is not None for f in MONEY):
            # "可研报告能不能不写信息安全章节": what a document must hold, asked of the document the question
            # presupposes, is the rule's content, whatever the threshold that calls for the document
            verdict = "no" if q.negated else "yes"
        elif q.unmet and q.form == "yesno" and verdict == "no" and used and \
                all(r.type == "obligation" and r.when and o is False for r, o in used) and (_leave(q) or _ASKS_COMPLIES.search(q.text)) \
                and (not any(c.field == "classified" for r, _ in used for c in r.when) or "保密" in (q.reading or q.text)):
            # (not so the secrecy rules of a project said not to be secret, unless what is left out is theirs: 又不涉密，就是
            # 数据没法共享，验收能过不 is not answered by them; 不涉密的话，审核不请区保密办 is)
            # "变更不到10%，几方确认后就能实施吗": the stated facts keep the further duty (报审) away,
            # so the step the question proposes may go ahead
            verdict = "yes"
        over_said = _over_asked(used, q) if q.form == "yesno" else None
        if over_said is not None:
            # 调整金额正好是概算的10%，不算超过吧; 变更刚好30万，这算超过10%吗: whether the figure said is over the line, as
            # 超过 means (民法典 第一千二百五十九条: not the number itself), said of the statement put forward
            verdict = over_said
        elif q.form == "yesno" and (route := _adjustment_route(used, q)) is not None:
            # 资金调整20万（10%），优化技术方案，是不是得重新走立项申报; "the goal has changed; can we file an adjustment request
            # instead of re-applying?": whether the adjustment route is open, said of the route or the re-declaration asked
            verdict = route
        if q.form == "yesno" and verdict == "no" and used and _OURSELVES_INSTEAD.search(q.reading or q.text) and (
                q.unmet and not q.negated and _said_by(used, _ITSELF)
                or q.negated and raw == "yes" and _BODY_LEFT_OUT.search(q.reading or q.text) and _said_by(used, _UNIT_DOES)):
            # 自己组织初验，不等大数据局来 (自行组织); 由建设单位自己来做，不用区大数据中心来组织 (项目建设单位应首先…进行
            # 初步核验): the text has the unit do it itself, and what the question leaves out is the other body, not the step
            verdict = "yes"
        if q.form == "yesno" and verdict == "yes" and used and not q.negated and _OTHERS_FOR_US.search(q.reading or q.text) \
                and _said_by(used, _ITSELF):
            # "can the big data bureau organise the initial acceptance for us?" against 项目建设单位…自行组织项目初验: what the
            # unit does itself is not handed to the body asked
            verdict = "no"
        if q.form == "yesno" and verdict == "yes" and used and not q.negated and _LENGTH_PROPOSED.search(q.reading or q.text) \
                and _said_by([(r, o) for r, o in used if o is not False], _SET_TIME) \
                and not any(re.search(r"\d+\s*(个)?(工作日|日|天|月|周)", r.says["zh"]) for r, _ in used if _SET_TIME.search(r.says["zh"])):
            # 整改打算用60天, "take 60 days to fix them" against 建设单位应在规定的时间内完成整改: the text leaves the time to
            # whoever sets it (the inspectors), so the length proposed turns on it; asked whether the text sets the limit
            # (规定有时限吗, "over the time limit in the measures"), the text is silent on it
            verdict = "not_specified" if _LIMIT_ASKED.search(q.reading or q.text) else "conditional"
            notes.append(t("ans.time_left_to_set", lang))
        if q.form == "yesno" and verdict in ("yes", "conditional") and used and _PLATFORM_SKIPPED.search(q.reading or q.text) \
                and any(r.type in ("permission", "obligation") and o is not False and "平台" in r.says["zh"]
                        and re.search(r"方可|才能|后再", r.says["zh"]) for r, o in used):
            # 紧急新增项目，分管区领导同意了，能不能不在平台上报直接采购 against …通过平台提交…经审议通过后方可实施: a leave the text
            # gives only through the platform, taken without it
            verdict = "no"
        if q.form == "yesno" and verdict in ("yes", "conditional") and used and not q.negated \
                and _DUTY_HANDED_OFF.search(q.reading or q.text) and _said_by(used, _UNIT_CHARGED):
            # 上线后日常运维交给大数据管理局负责; "hand day-to-day O&M responsibility over to the Big Data Bureau" against
            # 运行和维护管理由项目建设单位负责: what the text has the unit answer for is not handed to a government body
            verdict = "no"
        over = [r for r in rules if _ESTIMATE_ROUTE.search(r.says["zh"])]
        if q.form == "yesno" and verdict in ("yes", "conditional") and over and not q.negated and _OVER_ESTIMATE.search(q.reading or q.text) \
                and _SHORTER_ROUTE.search(q.reading or q.text) and not _INVESTMENT_PROCEDURE.search(q.reading or q.text):
            # 预算要超总概算了，找区政数局批一下就行了吧; "exceeds the approved total estimate … have the design, supervision and
            # contractor units jointly confirm it" against 超过项目总概算的…按照《龙岗区政府投资项目管理办法》规定的程序报批: the
            # route proposed is not the one the text sends a budget over the estimate through
            verdict = "no"
            used = [*[(r, True) for r in over], *[(r, o) for r, o in used if r not in over]]
        if q.form == "yesno" and verdict == "yes" and used and _gate_skipped(q.reading or q.text, [r for r, _ in used]):
            # 我们自己组织验收就行了吧 不用找数据局 against 经市政务服务数据管理局审核通过后，由市直各单位自行组织验收: the unit does
            # it itself, but only once the body the question leaves out has passed it
            verdict = "no"
        if q.form == "yesno" and verdict in ("yes", "conditional") and used and not q.negated and left_waiting(q.reading or q.text) \
                and not duty_only_asked(q.text) \
                and _said_by([(r, o) for r, o in used if r.type in ("obligation", "info") and o is not False], _PROMPT):
            # 限期整改…先放着，等明年预算下来再改; 严重逾期…先不跟大数据中心说，等赶上进度再讲: what the text has done promptly
            # or within a set time is not left waiting
            verdict = "no"
        if q.form == "yesno" and verdict in ("yes", "conditional") and used and not q.negated and _KEEPS_OLD.search(q.reading or q.text) \
                and _LARGE_CHANGE.search(q.reading or q.text) \
                and _said_by([(r, o) for r, o in used if r.type == "obligation" and o is not False], _AFRESH):
            # 预算砍了、地点也换了，还能按原来的批复干吗 against …发生较大变化的…重新履行审核手续: the old approval kept where
            # the text asks a new one
            verdict = "no"
        if q.form == "yesno" and verdict == "no" and used and not q.negated and not q.unmet \
                and all(r.type == "prohibition" and _UNACCEPTED.search(r.says["zh"]) for r, _ in used) \
                and _ACCEPTANCE_PASSED.search(q.reading or q.text):
            # 系统上周已经通过终验了，现在可以正式投入使用了吗 against 项目未经验收合格，不得正式投入使用: what the text bars
            # only before acceptance, asked once it has passed
            verdict = "yes"
        # the duties that let a step follow only once a review has passed (方可, 审核后方可实施), each with whether it applies
        gate_rules = [(r, r.applies(profile)) for r in rules if r.type == "obligation" and r.when and _GATE.search(r.says["zh"])]
        gates = [(r, o) for r, o in gate_rules if o is not None]
        if q.unmet and q.form == "yesno" and gates and not q.negated and not _ASKS_GATE.search(q.reading or q.text):
            # 几方确认一下就直接改了吧 (累计变更5%): going ahead without a review the text asks only above a
            # line the stated facts do not reach is allowed; above it, not
            verdict = "no" if any(o for _, o in gates) else "yes"
            used = [*gates, *[(r, o) for r, o in used if (r, o) not in gates]]
        gates_met = [(r, o) for r, o in gates if o]
        if q.form == "yesno" and gates_met and not q.unmet and not q.negated and verdict in ("yes", "conditional") \
                and _STRAIGHT.search(q.reading or q.text) and not _GATE_PASSED.search(q.reading or q.text) \
                and not any(_gate_named(r.says["zh"], q.reading or q.text) for r, _ in gates_met):
            # 总投资一千二百来万的新动议项目，直接报政数局审核 against 1000万以上…专题会议审议通过后再报: going straight to the
            # step leaves out the one the text has come first for the case stated
            verdict = "no"
            used = [*gates_met, *[(r, o) for r, o in used if (r, o) not in gates_met]]
        # (only a line left open: the gate's other conditions hold for the case, as 新动议项目 for 1000万以上…专题会议)
        open_gates = [(r, None) for r, o in gate_rules if o is None and any(t.field in MONEY + ("change_percent",) for t in r.when)
                      and all(t.check(profile) is True for t in r.when if t.field not in MONEY + ("change_percent",))]
        if (q.unmet and not q.negated or q.negated and _LEFT_UNFILED.search(q.reading or q.text)) and q.form == "yesno" \
                and open_gates and not gates \
                and not _ASKS_GATE.search(q.reading or q.text) \
                and not _OVER_ESTIMATE.search(q.reading or q.text):   # (预算超过总概算了: the estimate's own rule decides)
            # 设备停产换型号，几家确认一下就直接改了，行吧 (no share said): whether the review is needed turns on the line
            verdict = "conditional"
            used = [*open_gates, *[(r, o) for r, o in used if all(r is not g for g, _ in open_gates)]]
        asked_gates = [(r, o) for r, o in gate_rules if any(t.field in MONEY + ("change_percent",) for t in r.when)]
        if q.form == "yesno" and asked_gates and not q.negated and not q.unmet and _ASKS_GATE.search(q.reading or q.text) \
                and _ASKS_NEED.search(q.reading or q.text) and verdict in ("yes", "conditional") and not _OVER_ESTIMATE.search(q.reading or q.text):
            # "Do we also need the district IT authority's review before implementing the change?" (no share said): the review
            # asked is the one the text asks only above a line, so it turns on the line (and is not needed below it)
            said = [o for _, o in asked_gates]
            verdict = "yes" if True in said else "conditional" if None in said else "no"
            used = [*asked_gates, *[(r, o) for r, o in used if all(r is not g for g, _ in asked_gates)]]
        breach = _breach(raw, used, q, profile)
        if breach is not None:
            verdict = breach
        elif q.form == "yesno" and verdict in ("yes", "conditional") and _by_ourselves(q, used) and not declined_ban \
                and not declines_only_banned(q.reading or q.text, [r for r, _ in used], j) and \
                not all(r.type == "obligation" and r.when and o is False for r, o in used) and \
                not all(r.type == "recommendation" for r, _ in used):   # (a test the text only recommends may be done by the unit)
            # "可研能不能我们单位自己写": the text has a qualified body do it (where the duty applies: 软件开发费
            # 48万, below the line for third-party testing, may be tested by the unit itself)
            verdict = "no"
        elif q.form == "yesno" and verdict in ("yes", "conditional") and not q.negated and informal_channel(q.reading or q.text) \
                and _said_by([(r, o) for r, o in used if r.type == "obligation" and o is not False], _FILED):
            # 口头跟大数据中心打个招呼就按新内容做，可以吗: what the text has filed (书面申请) is not done by a word said
            verdict = "no"
        elif q.form == "yesno" and verdict in ("yes", "conditional") and not q.negated and _ONE_BODY_ALONE.search(q.reading or q.text) \
                and _said_by([(r, o) for r, o in used if r.type == "obligation" and o is not False], _JOINED):
            # 是不是大数据中心一家审过就行, the public security bureau didn't take part: the text has another body take part
            verdict = "no"
        elif q.form == "yesno" and verdict == "no" and used and _ban_believed(q.reading or q.text) \
                and not asks_withheld(q.reading or q.text, q.negated or bool(q.unmet)):
            # 不留影像资料总不行吧, "we can't get away with a one-year warranty, can we?": the ban or refusal believed holds where
            # what it bans is not allowed
            verdict = "yes"
        elif q.form == "yesno" and verdict == "no" and used and all(r.type == "prohibition" for r, _ in used) \
                and _CONFIRM_CANNOT.search(q.reading or q.text) and not asks_withheld(q.reading or q.text, q.negated or bool(q.unmet)):
            # "是不是连决算审计都不能做": the prohibition asked to be confirmed; it holds (what a body withholds, 财政不下达
            # 运维经费，是这样吧, is said the other way round once the findings are made)
            verdict = "yes"
        elif q.form == "yesno" and verdict == "no" and used and all(r.type == "prohibition" for r, _ in used) \
                and (asked := _ASKS_CONSENT.search(q.reading or q.text)) and all(_WITHOUT_CONSENT.search(r.says["zh"]) for r, _ in used) \
                and (not (by := (asked.group("by") or "").strip("的我们 ")) or lang != "zh" or any(by in r.says["zh"] for r, _ in used)):
            # 挂到互联网上展示，需不需要我们建设单位同意: a ban on doing it without consent makes the consent needed
            # (临时新增的项目要分管区领导同意吗 against 不得擅自建设…须经分管区领导同意: the consent the text names)
            # ("they don't need our consent, right?": the consent believed not needed, wrongly)
            verdict = "no" if q.negated and _BELIEVED.search(q.reading or q.text) else "yes"
        if q.form == "yesno" and not q.negated and not q.unmet and plan_only(q.reading or q.text, lang) \
                and not _CONFIRM_CANNOT.search(q.reading or q.text) and (
                verdict == "yes" or verdict == "no" and used and all(_UNMET_CASE.search(r.says["zh"]) for r, _ in used)
                and not re.search(r"没|未|尚未|先|not yet", q.reading or q.text)) \
                and not (verdict == "yes" and lang == "zh" and used and _MEANS_TO.search(q.reading or q.text)
                         and all(r.type in ("info", "obligation") and _affirms(r.says["zh"], q.reading or q.text, 4) for r, _ in used)):
            # 运维由我们自己管: a plan told that no rule here weighs (nor a ban on a case it does not state,
            # 未通过竣工验收的…不得投入运行) is answered by what the rule says (not 打算会同几个共建单位一起出一个整体方案: the plan
            # is what the rule says)
            verdict = "info"
        if q.form == "yesno" and used and _FALSIFIES.search(q.reading or q.text) and any("真实" in r.says["zh"] for r, _ in used):
            verdict = "no"   # 把检测报告里几个数改一下好通过, tweak a few numbers: against a duty to keep them true
        if q.form == "yesno" and used and verdict in ("yes", "info") and _only_part_given(q.reading or q.text, [r for r, _ in used]):
            verdict = "no"   # 审计局要电子数据，我们只给了纸质材料: what was asked for and the text names, not given
        missing = _documents_left_out(q.reading or q.text, used) \
            if q.form == "yesno" and lang == "zh" and used and verdict in ("yes", "info", "conditional") and not q.negated else []
        if missing:   # 45万的项目，平台上传了申报表跟建设方案，够了吧 against 30万元（含）以上…《申报表》和《项目建议书》
            verdict = "no"
            notes.append(t("ans.documents_missing", lang, items=t("ans.list_sep", lang).join(missing)))
        both = _budget_and_spend(q.reading or q.text) if q.form == "yesno" and used \
            and any(_WITHIN_BUDGET.search(r.says["zh"]) for r, _ in used) else None
        if both:   # 采购预算80万，中标价85万，合同按85万签可以吗: the sum spent against the budget the rule keeps to
            budget, spend = both
            verdict = "no" if spend > budget else "yes"
            notes.append(t("ans.over_budget" if spend > budget else "ans.within_budget", lang, spent=_wan(spend, lang),
                           budget=_wan(budget, lang)))
        least = _at_least(used, q) if q.form == "yesno" else None
        if least is not None:   # "派一个人去就行不" against 应有2名以上人员: the count the question names decides
            verdict = "yes" if least[0] >= least[1] else "no"
            if _MINIMUM_OF_TEXT.search(q.reading or q.text):
                # ("does Shenzhen require at least three inspectors?", 要求至少5家报价吗: the text's own minimum, said rightly or not)
                verdict = "yes" if least[0] == least[1] else "no"
            elif _CONFIRM_CANNOT.search(q.reading or q.text):
                verdict = "no" if verdict == "yes" else "yes"   # 总不能只派一个人吧: the count believed too few, rightly or not
        decider = decided_against([r for r, _ in used], q)
        if q.form == "yesno" and (verdict == "yes" or raw == "yes" and verdict == "no" and q.negated):
            # a duty tied to a fact the question does not state (涉及设备采购的) depends on it (and so does leaving it
            # out: 终稿就不用再评一遍了吧, where the bureau decides)
            denied = [r for r, _ in used if r.depends_on_fact(profile) and _denies(q, r.conditional)]
            # (a condition that is a body's decision, 由大数据管理局根据项目实际情况决定, is stated only by that body's word:
            # 还会再组织一次评审吗 names the body and the review, and leaves the decision open)
            unstated = [r for r, _ in used if r.depends_on_fact(profile) and not decider
                        and (not _states(q, r.conditional["zh"], kb) or deciding_body(r))]
            if denied and len(denied) == len(used) and all(r.type == "obligation" for r in denied):
                # 完全不涉及设备采购，还要询价吗: the fact the duty is tied to is denied (and leaving it out, asked, is allowed)
                verdict = "yes" if q.negated else "no"
                notes += [t("ans.provided_denied", lang, text=r.conditional[lang]) for r in denied]
            elif denied and len(denied) == len(used) and all(r.type == "permission" for r in denied):
                verdict = "no"   # 分包给没有资质的公司行吗: what the text allows only in the case denied is not allowed
                notes += [t("ans.provided_denied", lang, text=r.conditional[lang]) for r in denied]
            elif unstated and len(unstated) == len(used) and not q.negated and _ALWAYS_ASKED.search(q.reading or q.text) \
                    and all(deciding_body(r) for r in unstated):
                # 终稿是不是一定还得再评一次, where the bureau decides case by case: not always, which answers the question
                verdict = "no"
                notes += [t("ans.provided_unstated", lang, text=r.conditional[lang]) for r in unstated]
            elif unstated and len(unstated) == len(used):
                verdict = "conditional"
                notes += [t("ans.provided_unstated", lang, text=r.conditional[lang]) for r in unstated]
        if decider:   # 大数据局说终稿不再组织评审了，可以吗 (yes); …，我们还需要评审吗 (no): the body has decided
            verdict = "yes" if q.negated or _leave(q) else "no"
            notes.append(t("ans.decided_by", lang, body=decider))
        if q.form == "yesno" and verdict in ("yes", "no") and any(
                t.field in q.doubted and t.check(profile) is None for r, _ in used for t in r.when):
            # 好像涉及保密内容，也可能不涉及: the rule turns on the fact the user is unsure of
            verdict = "conditional"
        summary = " ".join(_says(r, lang, o, profile) for r, o in used)
        if least is not None:
            unit = t("ans.unit.firms" if least[2] == "家" else "ans.unit.people", lang)
            summary = t("ans.count_vs", lang, n=least[0], least=least[1], unit=unit) + summary
        asked_text = q.reading or q.text
        # (…要同步编制吗？原本想上线后再编: what was meant once, told after the question, is no plan it asks of)
        # (a duty asked in English is measured by the sentence that asks it, not a plan told before: "The contractor wants to add
        # it in a later phase. Does it have to be built together with the project?")
        planned = english_questions(q.text) if duty_only_asked(q.text) else _ONCE_MEANT.sub("？", asked_text)
        verdict = (settled_by_text(planned, [r.says["zh"] for r, _ in used]) if q.form == "yesno" else None) or verdict
        owner = _claimed_owner(asked_text) if q.form == "yesno" else None
        held = next((m.group(1) for r, _ in used for m in [_OWNED.search(r.says["zh"])] if m), None)
        if owner and held:   # 有人说源代码归承建单位所有，是不是这样: the text gives it to the 项目建设单位
            verdict = "yes" if same_body(owner, held) or owner in held else "no"
        cites = [c for r, _ in used for c in r.citations]
        # (算不算超过: is it so, not must it be)
        return Finding(j.id, topic, verdict, summary, dedupe(cites), notes, read=verdict != base, believed=over_said is not None)
    # the text has no rule on the topic: a document it follows by reference may have one
    for ref in j.document.follows:
        if topic in ref.get("topics", []) and ref["doc"] in kb.jurisdictions:
            other = kb.jurisdictions[ref["doc"]]
            inner = finding_for(kb, other, topic, q, tokens)
            if inner.verdict in ("not_specified", "not_applicable"):
                continue
            via = Citation(ref["doc"], ref["article"], ref["quote"])
            name = other.document.name[lang]
            summary = t("ans.by_reference", lang, name=name, title=other.document.title, article=ref["article"],
                        quote=ref["quote"], inner=inner.summary)
            return Finding(j.id, topic, inner.verdict, summary, dedupe([*inner.citations, via]), notes)
    # else say so, with the nearest related rule or article
    for parent in lineage(topic, kb.topics)[1:]:
        related = j.rules_for(parent)
        if related:
            verdict, used = _verdict(related, profile, "info")
            said = " ".join(_says(r, lang, o, profile) for r, o in used)
            summary = t("ans.no_specific_rule", lang, label=label, said=said)
            return Finding(j.id, topic, "not_specified", summary,
                           dedupe([c for r, _ in used for c in r.citations]), notes)
    cites = _nearest_by_words(kb, j, topic, tokens) if topic in kb.topics else []
    cites = cites or _retrieved(kb, j, q, tokens)
    where = t("ans.closest", lang, article=cites[0].article) if cites else ""
    summary = t("ans.not_addressed", lang, label=label, where=where)
    return Finding(j.id, topic, "not_specified", summary, cites, notes)


def _proposes_gated_step(says: str, text: str) -> bool:
    """Does the question propose the step a duty lets go ahead only once something is done (组织竣工验收 in
    确认质量问题整改完成后，再组织项目竣工验收), without naming that something (专题会议 asks about the gate)?"""
    m = DONE_THEN.search(says)
    if not m:
        return False
    if not re.search(r"[\u4e00-\u9fff]", text):   # ("organise the acceptance ourselves right away": in the texts' words)
        text = text + "".join(chinese_words(text))
    common = {"项目", "单位", "建设", "组织", "通过", "完成", "确认"}
    step = pairs(re.split(r"[，,。；;]", says[m.end():])[0]) - common
    # (the words just before 后 name what is waited for: 验收前置审核通过后, 确认质量问题整改完成后)
    gate = pairs(re.split(r"[，,。；;]", says[:m.start() + 2])[-1][-10:]) - common - step
    # (proposed as a step to take, 下周想组织竣工验收, not asked of how it is done: 竣工验收请专家参加, 由监理单位组织)
    return any(w in text for w in step) and not any(w in text for w in gate) and bool(_WHEN_PROPOSED.search(text)) \
        and not re.search(r"由[^，,。？?]{1,10}(组织|负责|主持)|请[^，,。？?]{1,8}参加", text)


_WHEN_PROPOSED = lazy_regex(r"打算|准备|想|计划|马上|现在|下周|下个月|这周|这个月|近期|明天|今天|立即|立刻|\b(plan|want|like to|next (week|month)|now|soon|tomorrow|right away|straight away|immediately|at once)\b", re.I)
# (not 直接 or "directly", "just": 试运行刚结束，下周想直接组织竣工验收 waits on the gate it names, conditional)
_AT_ONCE = lazy_regex(r"马上|立即|立刻|现在就|\b(right away|straight away|immediately|at once|right now)\b", re.I)


_GATE_MET = lazy_regex(r"(整改|改|审核|审批|评审|查询|查|确认|处理|解决)(完|好|过|通过)(了)?|已经(整改|查|确认|通过|审核|批|处理)|(没有|没|无)(遗留|问题)(?!\s*[吧吗么嘛?？])")   # (not the tag 没问题吧)
_GATE_EN_MET = lazy_regex(r"\b(all|been|are|were|have been|has been) (fixed|rectified|resolved|checked|confirmed|approved|cleared)\b|\bno (outstanding|open|remaining) (issues|problems)\b", re.I)


# a step a duty waits for (报…审核后方可实施): what the question proposes to go ahead without
_GATE = lazy_regex(r"方可|(审核|审批|批准|同意|评审|审议)(通过)?后[，,]?(方|才|再)")
# the words a question names a gate's own step by (专题会议审议 by 会/meeting; 审核 by 审核/review)
_GATE_WORDS = {"审议": r"审议|会议|开会|上会|开个会|专题会|会开|开过会|开了会|\bmeeting", "审核": r"审核|审查|\breview", "审批": r"审批|批复|批准|\bapprov",
               "批准": r"审批|批复|批准|\bapprov", "同意": r"同意|\bconsent|\bagree", "评审": r"评审|\breview"}


def _gate_named(says: str, text: str) -> bool:
    """Does the question name the step a gate has come first (专题会议审议通过后再报: a meeting), or is it no gate of that kind?"""
    m = _GATE.search(says)
    verb = m.group(1) if m and m.group(1) else None
    return verb is None or bool(re.search(_GATE_WORDS[verb], text, re.I))


# the review left out by not sending the change up (不报区里, "without sending it to the district bureau")
_LEFT_UNFILED = lazy_regex(r"不(用|必)?(报|送|交)(给)?(区|市)|\bwithout (sending|submitting|reporting|filing)\b", re.I)
# a step gone to straight away (直接报政数局审核, "send it straight to the bureau"), before anything else
_STRAIGHT = lazy_regex(r"直接|\bstraight (to|away|into)\b|\bdirectly\b", re.I)


# the review itself asked of (要不要报…审核才能实施), not a proposal to go ahead without it
_ASKS_GATE = lazy_regex(r"(?<![不没未经过])(?<!不经)(?<!没经)(?<!未经)(?<!不报)(?<!没报)(审核|审批|报审|批准|评审)|(?<!without )(?<!skip )(?<!skipping )\b(review|approv\w*)\b", re.I)


# whether a step is needed (还要不要报…审核, "do we also need the … review")
_ASKS_NEED = lazy_regex(r"要不要|需不需要|用不用|是否需要|需要|还要|还得|得不得|\b(?:do|does|would|will) (?:we|i|it|they|the \w+) (?:also |still )?(?:need|have to)\b|\bis (?:a|an|the) [\w\s'-]{0,40}(?:needed|required)\b", re.I)


# 验收没通过，会不会进信用档案: a penalty that follows a step left undone is asked, not leave to go ahead
# 审计局要我们项目的电子数据，我们只给了纸质材料: what was asked for, then only something else given
_ONLY_GAVE = lazy_regex(r"只(?:给|交|提供|报|报送|上传|提交|留)(?:了)?(?P<x>[^，,。？?]{1,10})")
_ASKED_FOR = lazy_regex(r"(?:要|要求|需要|让|请)(?:我们|咱们|我)?(?:提供|交|给|报)?(?:项目)?的?(?P<w>[\u4e00-\u9fff]{4,10})")


def _only_part_given(text: str, rules: list[Rule]) -> bool:
    """Does the question say it gave only one thing, where something asked of it before (要…电子数据) is what the rule
    also requires to be given (提供审计所需的相关资料和电子数据)? Four characters in a row shared with the rule, outside what
    was given, name it."""
    m = _ONLY_GAVE.search(text)
    if not m:
        return False
    # (what someone asked for, before: 要我们项目的电子数据; not a step the question itself drops, 建议书就不写了)
    given = m.group("x")
    grams = {w[i:i + 4] for a in _ASKED_FOR.finditer(text[:m.start()]) for w in [a.group("w")] for i in range(len(w) - 3)
             if w[i:i + 4] not in given}
    return any(g in r.says["zh"] for g in grams for r in rules)


# 平台上传了申报表跟建设方案，够了吧: documents told as handed in, asked to be all
# (or to be handed in, with the document after the verb: 申报的时候交申报表和建设方案就够了吧, 只填那张申报表，再附一份方案)
_HANDED_IN = lazy_regex(r"(上传|提交|交|报|填报|填|准备|附|带|备)(了|好|齐|上)")
# (a list to be handed in, two documents named: 申报的时候交申报表和建设方案就够了吧; not 只交个建设方案行吗, one document
# offered for another tier's)
_TO_HAND_IN = lazy_regex(r"(?:交|提交|上传|填报|填|附|传)(?:那张|那份|一份|一张|个)?[^，,。？?]{0,10}?(?:表|建议书|方案|报告)")
# (two documents listed together, 申报表和建设方案, 申报表，再附一份…方案; not one offered with another left out, 交建设方案就够了，
# 项目建议书不用写, nor a choice, 只提交建设方案行不行，还是必须写建议书)
_DOCUMENT_LIST = lazy_regex(r"(?:表|建议书|方案|报告)[^，,。？?]{0,4}?(?:和|跟|与|及|、|加上?|以及)[^，,。？?]{0,12}?(?:表|建议书|方案|报告)"
                            r"|(?:表|建议书|方案|报告)[，,]\s*(?:再|另外|还)(?:附|交|传|加|填)[^，,。？?]{0,14}?(?:表|建议书|方案|报告)")
# whether what was done or handed in is enough (够了吗, 齐了吗, "is that enough"), and, of documents, whether it is all
_SUFFICES_ASKED = lazy_regex(r"够了[吗么吧]|够[吗么不]|够不够|齐了[吗么吧]|齐全[吗么吧]|齐不齐|全了[吗么吧]|\b(?:is|are) (?:that|this|these|those|it) (?:enough|sufficient|complete)\b", re.I)
_ALL_ASKED = lazy_regex(_SUFFICES_ASKED.pattern + r"|就够|就行了?[吧吗么]|就可以了?[吧吗么]|(?:还|另外)(?:要|需要|得)(?:交|报|传|准备)?(?:别的|其他|啥|什么)"
                        r"|(?:只|就)(?:在[^，,。？?]{0,8})?(?:交|填|附|报|传|提交|上传)[^。？?]{0,40}(?:行不行|行吗|可以吗|可不可以)", re.I)
_LIST_ENOUGH = lazy_regex(r"(?:表|建议书|方案|报告)\s*(?:就|也就)(?:够|行|可以)")
_TITLED = lazy_regex(r"《([^》]{2,40})》")
# (a rule that lists what is handed in without titles: 向区大数据中心提交建设方案和可行性报告)
_LISTED = lazy_regex(r"(?:提交|报送|上报|报)(?P<l>[\u4e00-\u9fff]{2,12}?(?:方案|报告|建议书|申报表)(?:(?:和|、|及|以及|与)[\u4e00-\u9fff]{2,12}?(?:方案|报告|建议书|申报表))+)")


def _documents_left_out(text: str, used) -> list[str]:
    """The documents a rule that applies names (《…申报表》和《项目建议书》) that a question telling what it handed in (平台上传了
    申报表跟建设方案，够了吧) leaves out, where it names at least one of them: a document is named by its last three
    characters (申报表, 建议书), or its last two where no other title ends so (方案). Empty unless the question tells what
    was handed in and asks whether it is all."""
    # (or the list alone, said to be enough: 申报表加建设方案就够了吧)
    if not ((_HANDED_IN.search(text) or (_TO_HAND_IN.search(text) or _LIST_ENOUGH.search(text)) and _DOCUMENT_LIST.search(text))
            and _ALL_ASKED.search(text)):
        return []
    # (only a rule the stated amount makes apply: with no amount, 30万以下's list and 30万以上's are not both asked)
    titles = list(dict.fromkeys(m.group(1) for r, o in used if r.type == "obligation" and o is True
                                for m in _TITLED.finditer(r.says["zh"])))
    titled = bool(titles)
    if not titles:
        titles = list(dict.fromkeys(d for r, o in used if r.type == "obligation" and o is True
                                    for m in _LISTED.finditer(r.says["zh"]) for d in re.split(r"以及|和|、|及|与", m.group("l"))))

    def named(d: str) -> bool:   # 建议书 for 《项目建议书》; 方案 for 《项目建设方案》, where no other title ends so
        return d[-3:] in text or d[-2:] in text and sum(o.endswith(d[-2:]) for o in titles) == 1
    shown = (lambda d: f"《{d}》") if titled else (lambda d: d)   # (a title as the text writes it)
    return [shown(d) for d in titles if not named(d)] if any(named(d) for d in titles) and len(titles) >= 2 else []


# a ban on spending past a budget (采购资金不得超出采购预算), and the figures a question names for each
_WITHIN_BUDGET = lazy_regex(r"不得超[出过]?[^，,。；;]{0,4}预算")
_BUDGET_SAID = lazy_regex(r"(?:预算|budget)[^，,。；;\d]{0,12}$", re.I)
_SPEND_SAID = lazy_regex(r"(?:中标|成交|合同|签|报价|bid|contract|sign|quote)[^，,。；;\d]{0,16}$", re.I)


def _budget_and_spend(text: str) -> tuple[int, int] | None:
    """(the budget, the sum to be spent) a question names: 采购预算80万，中标价85万; "the procurement budget was 800k, the
    winning bid 850k"; None unless it names both."""
    norm = unicodedata.normalize("NFKC", text)
    amounts = find_amounts(norm)
    budget = next((a.value for a in amounts if _BUDGET_SAID.search(norm[max(0, a.start - 16):a.start])), None)
    spend = next((a.value for a in amounts if a.role == "contract_amount" or _SPEND_SAID.search(norm[max(0, a.start - 24):a.start])
                  and not _BUDGET_SAID.search(norm[max(0, a.start - 16):a.start])), None)
    return (budget, spend) if budget and spend else None


def _wan(value: int, lang: str) -> str:
    return f"{value / 10000:g}万元" if lang == "zh" else f"{value:,} yuan"


# a proposal to alter or make up what a report or its data says (改一下数据, 造假, "tweak a few numbers")
_FALSIFIES = lazy_regex(r"(?<!整)改(?!造|建|进|善|革|扩|制)(一下|几个|掉|动)?[^，,。？?]{0,3}(数|数据|数字|结果|结论)|(数|数据|数字|结果|结论)[^，,。？?]{0,6}(改一下|改改|改掉|调一下|修改一下|动一下|改动)"
                        r"|造假|弄虚作假|虚报|编造|伪造|\b(tweak|alter|fudge|doctor|falsif\w*|fake|massage|fabricat\w*|make up)\w* (\w+ ){0,4}(numbers?|figures?|results?|readings?|data(?! (?:exchange|sharing|cent(?:er|re)|platform)))\b", re.I)
_PENALTY = lazy_regex(r"信用档案|失信|追究|问责|处罚|通报|罚款|扣款|黑名单|记入|计入信用|credit (file|record|archive)|penal|liab|blacklist|criticism|reprimand|disciplin|punish|sanction|held (responsible|accountable)", re.I)


# what a text has filed or handed in, in writing or on its platform
_ON_PLATFORM = lazy_regex(r"通过[“\"](?P<name>[^”\"]{2,30}(?:平台|系统))[”\"]|(?:在|通过|登录|上传(?:至|到)?|录入)(?P<name2>[^，。；“”]{0,12}(?:平台|系统))(?:上|中)?(?:填报|申报|备案|提交|报送|上传)?")
# one body alone where the text has another take part (由区公安部门参与审核, 会同…组成验收组)
_ONE_BODY_ALONE = lazy_regex(r"(一家|一个单位|一方|单方|单独)[^，,。？?]{0,6}(审|审核|审过|评审|验收|组织|把关)[^，,。？?]{0,6}(就行|就够|就可以|行吗|可以吗|够吗|够了)"
                             # 只报了数管局备案，财政局那边没报: filed with one of the bodies the text names, not the other
                             r"|只(报|交|向|给|报给|送)(了)?[^，,。？?]{1,14}[，,]?[^。？?]{0,12}(没报|没交|没有报|没给|没送|不报|没备案|没有备案)"
                             # 合同终止了，报财政局备案就够了吧: one body named, said to be enough (not 报数据局和财政局备案就行)
                             r"|(?:报|交|送|向|给)(?:了)?(?:[^，,。？?要和及跟与、]){0,10}?(?:局|中心|部门)(?:[^，,。？?和及跟与、]){0,4}?(?:备案|报备)?(?:了)?(?:就够|就行|就可以|即可)"
                             r"|(?<![参介派])(没|没有|未|不)(参加|参与|介入|派人)|\b(didn't|did not|doesn't|does not|won't|will not|never|wasn't|weren't) (take part|participate|join|attend|sit in|get involved)\b"
                             r"|\b(wasn't|weren't|was not|were not|hasn't been|haven't been|isn't|aren't|is not|are not) (involved|consulted|included|invited|brought in|part of)\b", re.I)
# the body a filing is left out with (财政局那边不用报, 不用报财政局): which one, to weigh against the rule's own
_BODY_LEFT = lazy_regex(rf"(?P<b>{BODY})[^，,。？?]{{0,4}}?(那边|那里|这边)?(就|也)?(不用|不必|不需要|不)(再)?(报|交|送|备案|报备|提交)(?![\u4e00-\u9fff]{{0,3}}(局|中心|办|委))"
                        rf"|(不用|不必|不需要)(再)?(报|交|送|提交)(给)?(?P<b2>{BODY})(?:备案|报备)?(?=[，,。？?吧吗了]|$)")


def _body_not_named(text: str, used) -> bool:
    """Is the body the question leaves a filing out with one that no rule used names (财政局, where the rule for the
    case asked has it filed with 市政务服务数据管理局 alone), while the question files with a body a rule names?"""
    m = _BODY_LEFT.search(text)
    if not m:
        return False
    body = m.group("b") or m.group("b2")
    if re.search(r"给|文件|材料|报告|方案|书|表|单|清单", body):
        return False   # 不用交招标文件给质监机构: a document left out, not a body
    body = re.sub(r"^.*?(?:那边|这边|就|也|市|区)(?=[\u4e00-\u9fff]{2})", "", body)   # (…财政局, the body's own name)
    says = "".join(r.says["zh"] for r, _ in used)
    named = re.findall(BODY, says)
    # (云浮数据局: the body's own name without the place before it)
    return not any(same_body(body, n) or same_body(body[-3:], n) or body in n for n in named) and bool(named)


_JOINED = lazy_regex(r"参与(审核|审查|评审|验收|监督)|会同|向[\u4e00-\u9fff]{2,16}和[\u4e00-\u9fff]{2,12}(备案|报备)")   # (向…数据管理局和市财政局备案: filed with both)
# going on under what was approved before (按原来的批复干, 沿用原方案, "proceed under the old approval")
_KEEPS_OLD = lazy_regex(r"(按|照|沿用|继续用|还用|就用)(着)?(原来|原先|之前|以前|原|老)(的)?(批复|审批|核准|方案|批文|立项|文件)"
                        r"|\b(?:under|with|on|keep(?:ing)?|use|using) (?:the )?(?:old|original|existing|previous|earlier) (?:approval|approved plan|plan|approval document)\b", re.I)
# a change told as large (预算砍了一大截, 地点换了, "the site moved", "cut a lot"): what the texts' 较大变化 asks of
_LARGE_CHANGE = lazy_regex(r"较大|很大|大改|大幅|大变|一大截|一半|换了|搬了|挪了|变了|改了地点|重大"
                           r"|\b(?:a lot|significantly|substantially|sharply|drastically|major|big|large|moved|relocated|halved|by half)\b", re.I)
# a step the text has done again (重新履行审核手续, 重新申报)
_AFRESH = lazy_regex(r"重新(履行|申报|报批|审核|审批|立项|核准|报送)")
_PROMPT = lazy_regex(r"及时|限期|立即|马上|尽快|第一时间|按时|在规定的?(?:时间|期限|时限)内")   # (a step the text will not have wait)
_FILED = lazy_regex(r"书面|提交|报送|上报|报备|备案|登记|申请表|报告|平台|系统")


def _breach(raw: str, used, q: Question, profile=None) -> str | None:
    """"转包算不算违规", "30万以上不请监理，算违规吗": whether the act the question describes breaks the rule,
    from whether the rule applies (``raw``: a duty that applies is yes, a prohibition that applies no)
    and whether the act does the thing or leaves it out. None when no breach is asked."""
    asked = breach_asked(q.reading or q.text)
    if q.form != "yesno" or raw not in ("yes", "no") or not asked or not used:
        return None
    if all("penalties" in r.topics for r, _ in used):
        return "info"   # what follows a breach answers no breach
    _, omitted = asked
    checked = [r.complies(profile) for r, _ in used if r.requires] if profile is not None else []
    if checked and None not in checked:
        # 质保期一年，是不是不合规: what the act must meet (不低于2年), checked against what it states
        return "no" if all(checked) else "yes"
    if all(r.type == "obligation" for r, _ in used):
        return "yes" if raw == "yes" and omitted else "no"
    if all(r.type == "prohibition" for r, _ in used):
        gated = any(_UNLESS.search(r.says["zh"]) for r, _ in used)
        if gated and _GATE_SKIPPED.search(asked[0]):
            return "yes"   # 没经过我们同意就挂到互联网上了: the consent the prohibition waits for was skipped
        if gated and _GATE_GIVEN.search(asked[0]):
            return "no"    # 建设单位同意后才放到网上: with the consent, no breach
        return "yes" if raw == "no" and not omitted else "no"
    return None


_GATE_SKIPPED = lazy_regex(r"(没|没有|未|不)(有)?(经过|经|征得|取得|得到)[^，,。？?]{0,8}(同意|批准|审批|许可)"
                           r"|\bwithout (the |their |our |its |any )?(\w+('s)? )?(consent|permission|approval)", re.I)


# how a text has an outside or qualified body do a thing
# a qualified or outside body doing it, or a body that provides it to all (统一采购, 审核分配, 依托全市电子政务云平台…部署)
_QUALIFIED = lazy_regex(r"委托|聘请|第三方|具[有备][^，。；]{0,8}资质|有资质|无资质"
                        r"|统一(负责)?(采购|建设|部署|分配)|审核分配|依托[^，。；]{0,16}(平台|政务云|视频中心)|不再单独"
                        r"|移交[^，。；]{0,8}(公司|中心)[^，。；]{0,4}统一")   # (资产移交国有公司统一运维管理)


def _left_out(kb, q: Question, topic: str) -> bool:
    """Is the topic what the question says was left out (没交项目建议书, not a project proposal), or does it say of no
    topic in particular what is missing (没拍照也没录像)?"""
    clauses = [c for c in re.split(r"[，,。；;.?？!！]", q.reading or q.text) if SAID_UNMET.search(c) or re.search(r"\bnot (a|an|the|any)\b", c)]
    named = {k for c in clauses for k in detect(c, kb.topics)}
    return not named or any(topic in lineage(k, kb.topics) or k in lineage(topic, kb.topics) for k in named)


def _by_ourselves(q: Question, used) -> bool:
    """Does the question propose doing by itself what the rule has a qualified or outside body do?"""
    said = " ".join(c.quote for r, _ in used for c in r.citations) + " ".join(r.says["zh"] for r, _ in used)
    # (我们可以自己买了吧 against 委托具有相应资质的咨询机构编制: buying is not what the rule has the qualified body do)
    buys = _SELF_BUYS.search(q.reading or q.text) and not re.search(r"采购|购置|购买", said)
    # (承建方说测评他们自己做就行…我们是不是还是得另外请有资质的单位: the duty asked again, against what a party claimed)
    return by_ourselves(q.reading or q.text) and bool(_QUALIFIED.search(said)) and "自行" not in said and not buys \
        and not _DUTY_STILL.search(q.reading or q.text)


_DUTY_STILL = lazy_regex(r"(还是|仍然|仍|还)(得|要|需要|必须)[^，,。？?]{0,6}(另外|另|单独)?(请|找|聘请|委托)"
                         r"|\b(do|does) (we|it|the \w+) still (need|have) to (hire|engage|get|use|appoint)\b|\bstill (need|have) to (hire|engage|get|appoint)\b", re.I)


_SELF_BUYS = lazy_regex(r"(自己|自行)(去|来)?(买|采购|购置|购买)")


_COMMON_PAIRS = {"必须", "应当", "需要", "项目", "报告", "可以", "是否", "要求", "编制"}


def _asks_content(q: Question, used) -> bool:
    """Does the question ask what a document holds (a chapter, a section), which the rule's own text
    says it holds? Three word pairs of the question's asked part are in the rule (信息安全的章节)."""
    text = q.reading or q.text
    if not asks_content(text):
        return False
    said = " ".join([*(r.says[q.lang] for r, _ in used), *(c.quote for r, _ in used for c in r.citations)]).lower()
    if q.lang == "en":
        words = {w for w in re.findall(r"[a-z]{4,}", text.lower())} - {"must", "need", "does", "have", "include", "study", "report"}
        return sum(w in said for w in words) >= 2
    asked = pairs(text) - _COMMON_PAIRS
    return sum(p in said for p in asked) >= 3 and bool(re.search(r"章节|(?<!建设)(?<!服务)内容|章|部分", text))


def _denies(q: Question, condition: dict) -> bool:
    """Does the question deny the condition (完全不涉及设备采购, involves no equipment purchase)?"""
    text = q.reading or q.text
    core = re.sub(r"^(项目|如果|若)?(涉及|需要|有)?|的$", "", condition["zh"])
    if len(core) >= 2 and re.search(r"(不|没|无|没有)(涉及|有|需要|包括|包含)?(任何)?" + re.escape(core[:2]), text) \
            or _facets_denied(text, condition["zh"]):
        return True
    words = [w for w in re.findall(r"[a-z]{4,}", condition.get("en", "").lower()) if w not in ("there", "with", "some", "that")]
    return bool(words) and q.lang == "en" and bool(re.search(
        r"\b(no|not any|without|never|n't \w+ any|none of|lack\w*|(does|do|did|is|are)(n't| not) (hold|have|possess)\w*|not (hold|have|possess)\w*)\b[^.?;]{0,20}\b(" + "|".join(w[:5] for w in words) + r")", text, re.I))


def _case_named(q: Question, case: str, kb) -> bool:
    """Does the question name the case (未按要求共享数据资源: read as not sharing data, not 都按要求共享了): every topic the
    case's words are read as is one the question was read as."""
    named = set(detect(case, kb.topics)) - {"scope", "funding", "declaration"}
    read = {k for topic in q.topics for k in lineage(topic, kb.topics)}   # (no_sharing names data_sharing too)
    return bool(named) and named <= read


def _states(q: Question, condition: str, kb=None) -> bool:
    """Does the question state the condition (有设备采购, 结余资金)? Half of its word pairs, outside
    the words every condition has, are in the question and it does not deny them; or the condition
    names a topic the question was read as (基建项目里的智能化弱电部分 for 基建类项目中涉及的信息化部分)."""
    if kb is not None:
        from ..reader.topics import detect

        named = set(detect(condition, kb.topics)) - {"scope", "funding", "declaration"}
        if named and named <= set(q.topics):
            return True
    core = re.sub(r"^(项目|如果|若)?(涉及|需要|有)?|的$", "", condition)
    text = q.reading or q.text
    if "、" in core and not _facets_denied(text, condition):   # 预算投资大、技术难度高: one of them said (投资很大)
        facets = [f for f in core.split("、") if len(f) >= 3]
        if any(re.search(re.escape(w) + r"[\u4e00-\u9fff]{0,2}?(大|高|强|多|复杂|难)", text)
               for f in facets for w in pairs(f[:-1]) - {"项目", "涉及"}):
            return True
    if "或" in core:   # 涉及信息安全或公共视频监控: either said is the condition said (视频监控项目)
        return any(_states(q, alternative) for alternative in core.split("或"))
    named = pairs(core) - {"项目", "涉及", "特殊", "情况"}
    hits = {p for p in named if p in text}
    return bool(named) and len(hits) * 2 >= len(named) and not re.search(r"(不|没|无)(涉及|有)?" + re.escape(core[:2]), text)


_ADJECTIVE = "(大|高|强|多|长|复杂|难)"
# (技术也简单, 投资很小: the opposite said)
_OPPOSITE = "(很|也|都|比较|挺|较|相对)?(简单|小|低|少|短|容易|一般|常规|普通)(?!于)"


def _facets_denied(text: str, condition: str) -> bool:
    """Does the question deny the condition (项目预算投资大、技术难度高、专业性强 against 投资不大，技术也不复杂)?
    Each part of it the question names is named with a negation after it, and at least one is."""
    said = 0
    for facet in re.split(r"[、，,或和及]", re.sub(r"^(项目|涉及)+", "", condition)):
        if not re.search(_ADJECTIVE + "$", facet):
            return False   # (a condition of degree only: 投资大, 难度高; not 目标无法实现)
        words = [w for w in pairs(facet) if w not in ("项目", "涉及")]
        named = [w for w in words if w in text]
        if not named:
            continue
        if not any(re.search(re.escape(w) + r"[\u4e00-\u9fff]{0,2}?((不|没|并不|也不|都不)(太|很|算|那么)?" + _ADJECTIVE + "|" + _OPPOSITE + ")", text)
                   for w in named):
            return False
        said += 1
    return said > 0


_ENOUGH = lazy_regex(r"就行|就够|就可以|就好|过了|看看|看一下|评一下|审一下|把关")


# 这个规模不用按办法走评审那一套了吧: a claim that a step of the measures may be left, asked with 吧 (不用走这个办法，对吧
# asks whether the measures apply, which not_applicable answers)
_NO_NEED_BA = lazy_regex(r"不(用|必|需要)[^。？?]{0,30}(评审|审核|审批|论证|备案|登记|测评|测试|监理|验收|可研|报批|申报)[^。？?]{0,12}(了)?吧\s*[？?。]*\s*$")
# the rule that sends a budget over the total estimate through another procedure (超过项目总概算的…报批), the route a question
# proposes instead (几方共同确认, 找区政数局批一下就行, "jointly confirm it", "just sign off"), and that procedure named
_ESTIMATE_ROUTE = lazy_regex(r"超过(项目)?总概算[^。]{0,40}报批")
_SHORTER_ROUTE = lazy_regex(r"(共同|几方|三方|各方|几家)[^，,。？?]{0,4}确认|(就行|就可以|就够|即可|就好)[了啦]?[吧吗么嘛]?\s*[？?]?\s*$"
                            r"|\b(jointly|together) (confirm|approve|sign)|\bsign(ed)? off\b|\bjust\b[^.?]{0,40}\b(confirm|sign|approve|get)", re.I)
_INVESTMENT_PROCEDURE = lazy_regex(r"政府投资项目管理办法|投资项目[^，,。？?]{0,6}(程序|流程)|按程序|报批|government[- ]invest|the procedure", re.I)
_OVER_ESTIMATE = lazy_regex(r"(?<![没未不])(超|超过|超出)了?(总)?概算|\b(over|exceed\w*|above|beyond) the (approved |original )?(total )?(budget )?estimate", re.I)
# a leave given once approved (经联合会审小组审核批准后), and a question going ahead without the approval
_APPROVED_THEN = lazy_regex(r"(审核|审批|批准|同意|审议)[^，。；]{0,4}后")
_PLANS_APPROVAL = lazy_regex(r"(批准|审批|审核|批|同意)(了)?(以|之)?后|(提交|报|提请)[^，,。？?]{0,12}审议[，,]?\s*(审议)?通过(了)?(以|之)?后|报[^，,。？?]{0,12}(批准|审批|审核|批)|(提|提出|提交|走)[^，,。？?]{0,4}(调整|变更)?申请|申请调整"
                             r"|\b(once|after) (\w+ ){0,4}(approv\w*|signs? off)|\b(submit|file) an? (\w+ )?(request|application)\b"
                             # "go through the joint review adjustment", "apply for an adjustment", "the adjustment request route"
                             r"|\b(go|goes|went|going) through (an? |the )?([\w-]+ ){0,3}(adjustment|approval)|\bappl(y|ying|ied) for (an? |the )?(budget )?(adjustment|approval)"
                             r"|\badjustment (request|application|route|procedure)", re.I)
# 先上区政府有关会议审议通过，再补进规划: the approval the exception waits for planned first, what follows it after
_GATE_FIRST = lazy_regex(r"先[^，,。？?]{0,16}(审议|审批|审核|批准|同意)(通过|批准)?(了)?[，,]?\s*(再|然后|之后|以后|后)")
# (符合规定情形之一: leave given only in the cases the text lists, which the question says it is in: 按市委部署, 优化技术方案)
_CASE_SAID = lazy_regex(r"部署|(技术)?方案[^，,。？?]{0,4}(优化|完善)|(优化|完善)[^，,。？?]{0,4}(技术)?方案|业务(发展)?(的)?需要|政策调整|上级(文件|要求)"
                        r"|\b(as required by|at the request of)\b|\b(optimi[sz]\w*|improv\w*|refin\w*)\b[^.?,;]{0,12}?\b(technical )?(solution|plan|design)\b"
                        r"|\btechnical (solution|plan|design)\b[^.?,;]{0,20}?\b(optimi[sz]\w*|improv\w*|refin\w*)|\bbusiness (development )?needs?\b", re.I)
# a step the unit says it decides alone (自己决定就行, decide on its own), where the text has others review or approve it
_DECIDES_ALONE = lazy_regex(r"((自己|自行|单方面|内部)(就)?(研究|商量|讨论|开会)?(一下)?(决定|定|说了算|拍板|做主|签字|签个字|盖章|盖个章|批一下|批)(?!准)|(开会|开个会|开一个会|开个小会|班子|党组|局务会|办公会)[^，,。？?]{0,6}(决定|定|研究|通过|调整|调|改)[^，,。？?]{0,6}?(了)?(后|以后|之后)?就(行|可以|直接)"
                            r"|(本单位|我们单位|本局|局里|我们局|本部门|我们部门)的?(主要|一把手)?(领导|负责人|一把手)(批准|批|签字|签|同意|拍板|决定|定)(了)?(后|以后|之后|就))(?![^，,。？?]{0,6}(批|审))|\b(decide|settle|approve) (it |that |this )?(on (its|their|our) own|ourselves|alone|internally|unilaterally)\b", re.I)
_SKIPS_APPROVAL = lazy_regex(r"不(用|必|需要)?(报批|报审|审批|批|审核|报)(?![告送])|不经[^，,。？?]{0,10}(批|审)|(自己|自行|直接)(就)?(改|调|调整|变更)(?!申请)"
                             r"|\bwithout (\w+ ){0,3}(approval|review|sign-?off)\b|\bourselves\b"
                             r"|\b(skip|bypass|go round|go around|leave out)\w*\b[^.?]{0,60}\b(meeting|review|approval|sign-?off)", re.I)


# a project asked to be declared anew (重新走立项申报, "re-apply", "declare it afresh"), the adjustment route asked instead
# (提调整申请, "file an adjustment request"), and a change of the goals, which closes that route
_REDECLARE = lazy_regex(r"重新(?:走|做|来|办|再)?(?:一遍|一次)?(?:立项|申报|报批|审批|走流程|走程序)|\bre-?(?:declar\w*|appl(?:y|ying|ied))\b"
                        r"|\bgo (?:back )?through (?:the )?(?:whole |full |entire )?(?:project )?approval(?: process)? (?:again|afresh|anew|from scratch)\b"
                        r"|\bdeclar\w* (?:it |the project )?(?:anew|again|afresh)\b|\bstart (?:over|again|from scratch)\b", re.I)
_ADJUST_ASKED = lazy_regex(r"调整申请|申请调整|(?:提|走|报)[^，,。？?]{0,4}调整|\badjustment (?:request|application|route|procedure)\b"
                           r"|\bappl\w* for (?:an? |the )?(?:budget )?adjustment\b|\binstead of re-?", re.I)
_GOAL_CHANGED = lazy_regex(r"(?:建设)?目标(?:也|都)?(?:变了|改了|变化了|变动了|调整了|发生(?:了)?变化|不一样了|换了)|(?:改|调整|变更|改变)(?:了)?(?:项目)?(?:的)?建设目标"
                           r"|\bgoals? (?:has |have |had )?(?:been |also )?(?:chang|alter|revis|shift)\w*|\bchang\w* (?:the |our )?(?:construction |project )?goals?\b", re.I)


# whether the figure counts as over the line (算不算超过, 这算超过10%吗, 不算超过吧, "does that count as exceeding 10%?")
_OVER_ASKED = lazy_regex(r"(?P<neg>不算|没)(?:是)?(?:超过|超出|超)(?:了)?[^，,。？?]{0,8}?(?:吧|对吧|是吧)\s*[？?。]*\s*$"
                         r"|(?:算不算|算|是否算|是不是算?|这算)(?:是)?(?:超过|超出|超)[^，,。？?]{0,8}?(?:吗|么|嘛|不|没有?)?\s*[？?。]*\s*$"
                         r"|\b(?:does|would|is) (?:that|this|it) (?:count as |considered )?(?:over|exceed(?:ing)?|above|more than)\b[^.?]{0,20}\?\s*$"
                         r"|(?P<neg_en>(?<!since )(?<!because )(?<!as )\b(?:that's|that is|it's|it is) not (?:over|above|more than|exceeding)\b[^.?,—]{0,30}(?:,|—)\s*(?:right|correct|is it|isn't it)\s*\?\s*$)", re.I)


def _over_asked(used: list, q: Question) -> str | None:
    """The verdict of a yes/no question asking whether the figure it states is over a line a used rule draws (the
    statement put forward: 不算超过吧 believes it is not); None when no such question or no such figure and line."""
    m = _OVER_ASKED.search(q.reading or q.text)
    if m is None:
        return None
    for r, _ in used:
        for test in r.when:
            th = test.threshold
            value = getattr(q.profile, test.field, None) if th is not None else None
            if value is None or test.field in q.profile.ranges:
                continue
            over = value > th.value
            return ("no" if over else "yes") if (m.group("neg") or m.group("neg_en")) else ("yes" if over else "no")
    return None


def _adjustment_route(used: list, q: Question) -> str | None:
    """The verdict of a question about the route the text gives a change within the estimate (可申请调整…；不符合的应
    重新申报): "yes"/"no" whether the adjustment may be asked for instead, or whether the project must be declared anew;
    None when no such rule is used or the question asks neither, or the facts leave the route undecided."""
    said = q.reading or q.text
    rules = [(r, o) for r, o in used if r.type == "permission" and "重新申报" in r.says["zh"] + r.otherwise.get("zh", "")]
    if not rules:
        return None
    r, o = rules[0]
    over = _OVER_ESTIMATE.search(said)
    closed = o is False or bool(_GOAL_CHANGED.search(said)) or bool(over and not re.search(r"(没|未|不|无)(有)?$", said[:over.start()]))
    route_open = o is True and not closed and ("情形" not in r.says["zh"] or bool(_CASE_SAID.search(said)))
    if not (closed or route_open):
        return None
    if _ADJUST_ASKED.search(said):
        return "yes" if route_open else "no"
    if m := _REDECLARE.search(said):
        # (不重新申报立项了吧, "without re-declaring": the re-declaration believed or proposed to be left out)
        left = q.negated or re.search(r"(不|不用|不必|无需|无须|没必要|不需要|免得|\bwithout|\binstead of|\brather than|\bnot)\s*(再|去|要|have to |need to )?$",
                                      said[max(0, m.start() - 16):m.start()], re.I)
        return ("yes" if route_open else "no") if left else ("no" if route_open else "yes")
    return None


def _runs(clauses: list[str]) -> set[str]:
    """The runs of four to six Chinese characters in the clauses (单项专家论证 → 单项专家, 项专家论证, …)."""
    return {m.group(0)[i:i + n] for c in clauses for m in re.finditer(r"[\u4e00-\u9fff]{4,}", c)
            for n in (4, 5, 6) for i in range(len(m.group(0)) - n + 1)}


def _focus(rules: list[Rule], q: Question, topic: str = "") -> list[Rule]:
    """The rules that test what the question states (8%, 1年, 80万): those are what it asks about."""
    from .model import FIELDS

    stated = {f for f in FIELDS if getattr(q.profile, f) is not None and f not in q.assumed}
    focused = [r for r in rules if {t.field for t in (*r.when, *r.requires)} & stated]
    if focused and topic and not any(r.topics[0] == topic for r in focused) and any(
            r.topics[0] == topic and r.type == "obligation" and not r.when and not r.conditional for r in rules):
        # 龙岗90万要不要专家评审: the threshold stated is that of another step the topic touches (the feasibility
        # study from 5000万); the topic's own duty, which holds for every project, is what is asked
        focused = []
    if not focused:   # a count the question names (at least two people) that a rule's text gives
        counts = named_counts(q.reading or q.text)
        focused = [r for r in rules if any(re.search(rf"(?<![\d.]){n}\s*(名|人|位|家|个)", r.says["zh"]) for n in counts)]
        # or one that sets a least number of people the question's count is measured against
        focused = focused or ([r for r in rules if _AT_LEAST.search(r.says["zh"])] if counts else [])
    if not focused and _ASKS_PEOPLE.search(q.reading or q.text):   # 检查起码得几个人参加: the rule that counts people
        focused = [r for r in rules if _PEOPLE.search(r.says["zh"])]
    clauses = re.split(r"[，,。；;？?！!]", q.reading or q.text)
    if not focused and len(rules) > 1 and not q.negated and q.form == "yesno":
        # 要不要做单项专家论证: the step the question names is the title of a rule of the topic that holds only on a
        # condition (预算投资大、技术难度高), not of the others
        # (停用报废 alone, or 停用报废的话, names a topic, not one of its rules)
        said = {w for w in _runs([p for c in clauses for p in re.split(r"[的了吗呢吧么得要是不做搞请找有没]", c)]) if len(w) >= 5}
        focused = [r for r in rules if r.conditional and any(w in r.title["zh"] or w in r.conditional["zh"] for w in said)]
        focused = focused if len(focused) < len(rules) else []
    if not focused and len(rules) > 1 and q.negated and q.form == "yesno":
        # 单项专家论证就不做了，集中评审过了就行: a rule whose title names the step said to be kept is not what is asked
        # (kept: a step said to be done or to be enough, 集中评审过了就行, 大数据中心组织专家评一下)
        dropped = _runs([c for c in clauses if form_negated(c)])
        kept = _runs([c for c in clauses if not form_negated(c) and _ENOUGH.search(c)])
        def named(r: Rule, said: set[str]) -> bool:
            return any(w in r.title["zh"] for w in said)
        others = [r for r in rules if not (named(r, kept) and not named(r, dropped))]
        # (and, of the rest, the one whose title names the step dropped)
        focused = ([r for r in others if named(r, dropped)] or others) if len(others) < len(rules) else []
    return focused or rules


_ASKS_PEOPLE = lazy_regex(r"(几|多少)\s*(个)?(人|名|位)(?!民)|人数|\bhow many (people|persons|inspectors|staff|officials|members|experts)\b", re.I)
_PEOPLE = lazy_regex(r"\d+\s*(名|人|位)(?!民)")


_AT_LEAST = lazy_regex(r"(?:不少于|至少|最少)(\d+)\s*(?P<u>名|人|位|家)|(\d+)\s*(?P<u2>名|人|位|家)(?:以上|及以上)")


# whose a thing is: 归项目建设单位所有 in a text; 归承建单位所有, belongs to the vendor in a question
_OWNED = lazy_regex(r"归([\u4e00-\u9fff]{2,10}?)所有")
_EN_OWNER = [(lazy_regex(r"\b(contractor|vendor|developer|supplier|builder|integrator|company that built)", re.I), "承建单位"),
             (lazy_regex(r"\b(owner|our unit|us|we|our department|the unit|building unit|client|project unit)\b", re.I), "建设单位")]


# the asker speaking as the vendor ("We're the vendor on …", 我们是中标公司, 乙方问): their "we" is the vendor
_VENDOR_SPEAKS = lazy_regex(r"\b(?:we(?:'re| are)|i(?:'m| am)(?: with)?|as|speaking for|on behalf of) (?:the |a |an )?(?:vendor|contractor|developer|supplier|integrator|winning bidder)\b"
                            r"|我们是(?:承建|中标|乙方|开发|供应|集成)|我(?:司|方)(?:是|作为)?(?:承建|中标|乙方)|作为(?:承建|中标|乙方|开发商|供应商)|^\s*乙方(?:问|咨询)", re.I)
_EN_WE = lazy_regex(r"\b(?:our (?:company|firm|side)|we|us|our)\b", re.I)


def _claimed_owner(text: str) -> str | None:
    """The party a question says a thing belongs to (归承建单位所有, 能归开发商吗, belong to the vendor)."""
    if vendor := _VENDOR_SPEAKS.search(text):   # ("We're the vendor …: can the contract say our company keeps ownership")
        text = _EN_WE.sub("the vendor", re.sub(r"我们公司|我司|我方|我们", "承建单位", text[vendor.end():]))
    m = re.search(r"归(?![属档口类纳])([\u4e00-\u9fff]{1,10}?)(所有|吗|么|嘛|呢|\s|[，,、？?]|$)", text)
    if m:   # (归属, 归档: no party)
        said = m.group(1)
        if re.fullmatch(r"他们|他|她们|对方|人家|其", said):   # 承建单位要求源代码归他们所有: the party named before
            named = [*re.finditer(r"承建(单位|方)?|开发商|厂商|供应商|公司|乙方|中标(单位|方)", text[:m.start()])]
            said = named[-1].group(0) if named else said
        return "承建单位" if re.search(r"承建|开发商|厂商|供应商|公司|乙方", said) else "建设单位" if re.search(r"建设单位|我们|甲方|业主|单位自己", said) \
            else said if re.search(r"单位|部门|局|中心|政府", said) else None
    # ("remain the property of the contractor", "vest in the developer": the formal register's owner)
    m = re.search(r"\b(?:belongs?|owned|goes) (?:to|by)\b(.{0,40})|\b(?:property|ownership) of\s+((?:the |our |an? )?[\w-]+)|\bvests? (?:in|with)\s+((?:the |our |an? )?[\w-]+)", text, re.I)
    if m:
        said = next(g for g in m.groups() if g is not None)
        owner = next((zh for pattern, zh in _EN_OWNER if pattern.search(said)), None)
        if owner:   # ("ownership of the source code": no party after it, the words below say whose)
            return owner
    # "the vendor wants to keep ownership of the source code": the party that would keep it
    m = _KEEPS_OWNERSHIP.search(text)
    if m:
        return next((zh for pattern, zh in _EN_OWNER if pattern.search(m.group(1))), None)
    # "the vendor says the source code stays with them": the party it would stay with (them: the party named before)
    m = _STAYS_WITH.search(text)
    if m:
        said = m.group(1) if not re.fullmatch(r"them|him|her|it", m.group(1), re.I) else \
            next(iter(reversed(re.findall(r"\b(contractor|vendor|developer|supplier|builder|integrator)\b", text[:m.start()], re.I))), "")
        return next((zh for pattern, zh in _EN_OWNER if pattern.search(said)), None)
    return None


_STAYS_WITH = lazy_regex(r"\b(?:source code|code|copyright|ownership|IP)\b[^.?]{0,20}?\b(?:stays?|remains?|stay|remain) (?:with|in the hands of) "
                         r"(?:the )?(them|him|her|it|contractor|vendor|developer|supplier|builder|integrator)\b", re.I)


_KEEPS_OWNERSHIP = lazy_regex(r"\b(contractor|vendor|developer|supplier|builder|integrator|we|our unit|our department)\b[^.?]{0,40}?"
                              r"\b(keep|keeps|keeping|retain|retains|retaining|hold|holds|own|owns|claim|claims)\b[^.?]{0,12}\b(ownership|copyright|(the )?rights? to|the source code)\b", re.I)


# a ban on a case not met (未通过竣工验收的信息系统不得投入正式运行): it says nothing of a plan that does not state that case
_UNMET_CASE = lazy_regex(r"未(通过|提交|经|完成|按|纳入|取得)[^，,。；;]{1,16}(的|前)")


def _at_least(used, q: Question) -> tuple[int, int, str] | None:
    """(the count the question names, the least a rule requires, its unit: 名, 家) when both are there."""
    counts = named_counts(q.reading or q.text)
    if len(counts) != 1:
        return None
    for r, _ in used:
        m = _AT_LEAST.search(r.says["zh"])
        if m:
            return next(iter(counts)), int(m.group(1) or m.group(3)), m.group("u") or m.group("u2")
    return None




def _expand_subjects(kb, part: list[str]) -> list[str]:
    """A subject that is several topics stands for each of them (测试 -> third-party testing,
    等保测评, the security test, acceptance testing), so every duty of the subject is named."""
    out: list[str] = []
    for key in part:
        covered = kb.topics[key].covers if key in kb.topics else ()
        out.extend(covered or (key,))
    return list(dict.fromkeys(out))


def _answer_part(kb, j: Jurisdiction, part: list[str], q: Question, tokens: list[str]) -> list[Finding]:
    """One part of the question in one jurisdiction: the findings of its candidate topics that
    the text actually rules on, each saying something new; if the text rules on none, one
    finding that says so."""
    subject = _expand_subjects(kb, part)
    expanded, part = subject != part, subject
    found = [finding_for(kb, j, t, q, tokens) for t in part]
    wanted = asked_quantities(kb, q)
    if wanted:
        found = measured(found, q, wanted, kb, j)
        if not any(j.rules_for(t) for t in part):
            found = _measured_nearby(kb, j, found, q, wanted, tokens) or found
    ruled = [f for f in found if f.verdict != "not_specified"]
    if q.form == "yesno":  # a decisive verdict says more than an explanation citing the same text
        ruled.sort(key=lambda f: f.verdict == "info")
    ruled = with_detail(kb, j, ruled, q, tokens)
    ruled = doer_unsaid(kb, j, ruled, q)   # (后评价谁来组织: a step the text names, with no one doing it)
    out: list[Finding] = []
    for f in ruled:
        if not any(set(f.citations) <= set(o.citations) for o in out):
            out.append(f)
    cited = {(c.doc, c.article) for f in out for c in f.citations}
    # (深圳质量监督现场检查查出问题，整改期限是几天: silent on both, the topic named only by the text's own title, 质量监督,
    # says less than the one the question is about, 现场检查)
    for f in sorted(found, key=lambda f: named_by_title(kb, j, f.topic, q.reading or q.text)):
        # a subject's topics the text is silent on are not worth a line when others are ruled
        if f.verdict == "not_specified" and not (out and (expanded or {(c.doc, c.article) for c in f.citations} <= cited)):
            out.append(f)
    return out


def _measured_nearby(kb, j: Jurisdiction, found: list[Finding], q: Question, wanted, tokens: list[str]) -> list[Finding] | None:
    """"合同签完之后多长时间内要去备案或者登记": the text has no rule on the topic named, but the
    article nearest to it has a rule that gives the number asked (质量监督登记, 5个工作日内): that rule
    answers, marked as found by search. None when no such rule gives it."""
    from ..reader.quantity import counted_from

    timed = [a for a in wanted if a.anchor]   # only a time counted from the event the question names
    near = {c.article for f in found for c in f.citations if c.doc == j.id}
    topics = list(dict.fromkeys(r.topics[0] for r in j.rules if r.topics and {c.article for c in r.citations} & near))
    if not timed or not topics:
        return None
    given = [f for f in measured([finding_for(kb, j, t, q, tokens) for t in topics], q, wanted, kb, j)
             if f.verdict != "not_specified" and any(counted_from(a, x) for a in timed for x in [f.summary, *(c.quote for c in f.citations)])]
    note = t("ans.nearest_rule", q.lang)
    return [replace(f, notes=[*f.notes, note]) for f in given[:1]] or None


def _stated_fact_topics(kb, j: Jurisdiction, q: Question, tokens: list[str]) -> list[Finding]:
    """No word of the vocabulary matched, but the question states a fact (the province funds it) that
    rules of the text are conditioned on: those rules, where the fact makes them apply, answer."""
    from .model import FIELDS

    stated = {f for f in FIELDS if getattr(q.profile, f) is not None and f not in q.assumed} - {"amount", "kind"}
    rules = [r for r in j.rules if r.when and {t.field for t in r.when} & stated and r.applies(q.profile)]
    topics = list(dict.fromkeys(r.topics[0] for r in rules))
    return [f for f in _answer_part(kb, j, topics[:2], q, tokens) if f.verdict != "not_specified"] if topics else []


def _retrieved_topics(kb, j: Jurisdiction, q: Question, tokens: list[str]) -> list[Finding]:
    """No word of the vocabulary matched: the rules conditioned on a fact the question states, else
    the rules citing the best-ranked article are the candidates, taken only when that article leads
    the next clearly, and the answer says it was found by search."""
    by_fact = _stated_fact_topics(kb, j, q, tokens)
    if by_fact:
        return by_fact
    hits = kb.index.search(tokens, [j.id], k=2)
    if not hits or (len(hits) > 1 and hits[0].score < 1.3 * hits[1].score):
        return []
    top = hits[0].label
    topics = list(dict.fromkeys(t for r in j.rules if r.type != "info" or q.form == "info"
                                for c in r.citations if c.article == top for t in r.topics[:1]))
    if not topics:
        return []
    # (a number asked that the top article's rule does not give is a silence worth saying: 中标后几天内签合同)
    silent_ok = bool(asked_quantities(kb, q))
    out = [f for f in _answer_part(kb, j, topics[:1], q, tokens) if f.verdict != "not_specified" or silent_ok]
    note = t("ans.found_by_search", q.lang)
    return [replace(f, notes=[*f.notes, note]) for f in out]


# a recurrence said in passing (每年预算申报中): no length of time given
_EVERY = lazy_regex(r"每(?:个)?(?:月|年|季度?|周|半年)")


def _fallback(kb, j: Jurisdiction, q: Question, tokens: list[str]) -> Finding | None:
    """No topic recognised: the best articles, plainly marked as such."""
    hits = kb.index.search(tokens, [j.id], k=2)
    if not hits:
        return None
    cites = [Citation(j.id, h.label, best_passage(h.article, tokens)) for h in hits]
    summary = t("ans.fallback", q.lang, arts=t("ans.list_sep", q.lang).join(c.article for c in cites))
    # (a number asked that the best-ranked article does not give, "how many days for the big data center to give its
    # opinion", is a silence: the article is shown as the nearest, the number as not set)
    wanted = [a for a in asked_quantities(kb, q) if a.kind in ("duration", "grade")] if q.form == "info" else []   # (a count may be a list's items)
    silent = bool(wanted) and not any(a.unit.search(_EVERY.sub("", h.article.text)) for a in wanted for h in hits)
    return Finding(j.id, "search", "info" if q.form == "info" and not silent else "not_specified", summary, cites)


def _doc_notes(kb, j: Jurisdiction, findings: list[Finding], lang: str) -> list[str]:
    notes = []
    status = j.document.status()
    if status[lang]:
        notes.append(status[lang])
    topics = {f.topic for f in findings}
    for n in j.document.notes:
        if not n.get("topics") or topics & set(n["topics"]):
            notes.append(n[lang])
    titles = [squash(d.document.title) for d in kb.jurisdictions.values()]
    seen = set()
    for f in findings:
        for c in f.citations:
            art = kb.article(c.doc, c.article)
            for m in _EXTERNAL_REF.finditer(art.text if art else ""):
                title = squash(m.group(1))
                known = any(title in t or t in title or _same_title(title, t) for t in titles)
                if known or title in seen or not _REGULATORY.search(title) or not _near(art.text, m.start(), c.quote):
                    continue
                seen.add(title)
                notes.append(t("ans.external_ref", lang, article=c.article, title=title))
    return notes


def _same_title(a: str, b: str) -> bool:
    """The same document named with different quotation marks (“智慧文登" vs “智慧文登”)."""
    strip = re.compile(r"[“”\"'‘’「」]")
    return strip.sub("", a) == strip.sub("", b)


def _near(text: str, pos: int, quote: str) -> bool:
    """Is the reference inside (or right next to) the quoted passage?"""
    flat, q = squash(text), squash(quote)
    at = flat.find(q)
    before = len(squash(text[:pos]))
    return at >= 0 and at - 40 <= before <= at + len(q) + 40


_MAY = lazy_regex(r"可以|可不可以|来得及|赶得上|赶得及|能不能|能否|可否|允许|走得通|行得通|办得成|符合条件|符合规定|是否符合|妥否|当否|妥当|妥不妥|是否合适|合适吗|合不合适|符合要求吗|符不符合|合规吗|合不合规|(?<!才)能(?!力)|行吗|行不行|行么|行不|行嘛|可行|" + LEAVE_WORDS + r"|没关系|没事吧|[用使]不[用使]得|[用使]得(?:了|成)?(?:[吗么嘛不]|\s*[？?]?\s*$)|[过通]得了|[过通]得去|[过通]不过|\b(ok|okay|fine|alright|acceptable|allowed)\s*[?？]\s*$|\b(any|is there (any|a)) (problem|issue)s?\s*[?？]\s*$|\b(can|could|may|allowed|permitted|permissible|is (it|that|this) (ok|okay|fine|acceptable|alright|possible|allowed|permissible)|acceptable|ok to|okay to|fine to|alright to|all right to|enough|able to|get through|would (it|that|this|we) (still )?(pass|get)|(does|do|would|will) (it|that|this|we|they) (still )?(meet|satisfy|comply with|pass)|(is|are) (it|that|this|we) (still )?compliant|(that's|that is|it's|it is|this is) (ok|okay|fine|acceptable|alright|allowed|permissible))\b", re.I)


# 初验就省了，直接申请竣工验收吧: the step after the one left out, proposed with 吧
_GO_AHEAD_BA = lazy_regex(r"(省|不(?!错)|免|跳过|算了)[^。？?]{0,16}[，,]\s*(直接|就|先|马上|然后)[^，,。？?]{2,}吧\s*[？?。!！]*\s*$")


# 我们自己组织初验，不等大数据局来; ourselves instead of waiting for the bureau: the unit doing it in another's place
# the text has the unit do the step itself: 由市直各单位自行组织验收; 项目建设单位应首先对项目…进行初步核验
_ITSELF = lazy_regex(r"自行")
_UNIT_DOES = lazy_regex(_ITSELF.pattern + r"|(^|[，,。；;])\s*(项目)?建设单位(应|应当|须|需|负责)(首先|先)?")
# what the text has the unit itself answer for (运行和维护管理由项目建设单位负责)
_UNIT_CHARGED = lazy_regex(r"由(项目)?建设单位负责|(^|[，,。；;])\s*(项目)?建设单位负责|实行部门负责制")
_BODY = r"[^，,。？?]{0,14}?(局|中心|办|部门)"
_DUTY_HANDED_OFF = lazy_regex(rf"(交给|移交给|转给|甩给|交由|推给){_BODY}(来|去)?(负责|管|运维|维护|承担)"
                              # 运维职责能不能交给大数据局: the duty said first, the body last
                              rf"|(运维|运行维护|维护|维保)(?!经费|费用|资金|费)(的)?(职责|责任|工作)?[^，,。？?]{{0,8}}(交给|移交给|转给|甩给|交由|推给){_BODY}"
                              rf"|(让|由){_BODY}(来|去)?(接手|接管)[^，,。？?]{{0,4}}(运维|运行维护|维护|维保)"
                              r"|\b(hand|pass|shift|transfer|offload)\w*\b[^.?]{0,60}\b(responsibilit\w*|O&M|maintenance|operation)\b[^.?]{0,20}?\b(over )?to the\b[^.?]{0,30}\b(bureau|centre|center|department|office|authority)"
                              r"|\b(hand|pass|shift|transfer|offload)\w*\b[^.?]{0,20}\b(over )?to the\b[^.?]{0,30}\b(bureau|centre|center|department|office|authority)\b[^.?]{0,20}\b(responsibilit\w*|O&M|maintenance|operation)\b"
                              # "can the Big Data Bureau take over O&M for our system"
                              r"|\b(bureau|centre|center|department|office|authority)\b[^.?]{0,20}\btak\w* over\b[^.?]{0,30}\b(responsibilit\w*|O&M|maintenance|operation)\b", re.I)
# where a time limit is counted from, asked of a day told (从备案通过那天起算5个工作日吗, "count the 5 working days from that approval")
_COUNT_FROM_ASKED = lazy_regex(r"(从|自(?![己测行检查]))[^，,。？?]{1,24}(开始|那天|当天|之日)?(算|起算|计算|开始算)|\bcount\w*\b[^.?]{0,90}\bfrom\b|\b(start|starts|begin|begins) (counting|the clock)\b", re.I)
# a length the question proposes for a step (用60天整改, 拖两个来月, "take 60 days", "about two months")
_LENGTH_PROPOSED = lazy_regex(r"(\d+|[一二两三四五六七八九十几半]+)\s*(个)?(来|多)?\s*(天|日|工作日|周|星期|礼拜|月)(?![底初中末份])"
                              r"|\b(\d+|a|one|two|three|four|five|six|a couple of|a few)\s+(working\s+)?(days?|weeks?|months?)\b", re.I)
# whether the text sets the limit itself, asked (这个期限合规吗, 规定有时限吗): silence, not "it depends"
_LIMIT_ASKED = lazy_regex(r"期限|时限|有没有规定|有规定吗|规定了吗|\b(time limit|deadline|time ?frame|time-frame)\b", re.I)
# a time the text leaves to be set (在规定的时间内完成整改, 限期整改)
_SET_TIME = lazy_regex(r"规定的?(时间|期限|时限)内|限期|限时")
# the platform step left out (不在平台上报, "without submitting anything on the platform")
# (not 还没在平台备案, a step not yet taken, whose time is asked)
_PLATFORM_SKIPPED = lazy_regex(r"(?<![还])(不|不用|不必)(在|通过|走|上)?平台(上)?(上报|报|提交|申报|填报|传|上传|备案)|不(走|上|用)平台"
                               r"|\bwithout (submitting|filing|uploading|declaring|entering) (anything |it |them )?(on|to|through|via|in) the (\w+ ){0,4}platform\b"
                               r"|\b(skip|bypass)\w* the (\w+ ){0,4}platform\b", re.I)


def _platform_for(kb, f: Finding):
    """The platform a finding's rule sends through, said in the sentence of the text its first quote is from (任务书…
    通过“钟楼区政务信息化项目管理平台”备案; …质量季报…通过“深圳市信息工程质量管理平台”报送), not in another sentence
    quoted beside it, of another thing (统计报表 through 统计信息化平台, after the monthly progress report)."""
    if not f.citations:
        return None
    first = f.citations[0]
    article = kb.article(f.jurisdiction, first.article)
    sentence = next((s for s in re.split(r"[。；;]", article.text) if first.quote in s), first.quote) if article else first.quote
    return _ON_PLATFORM.search(sentence)


def _with_channel(kb, findings: list[Finding], q: Question) -> list[Finding]:
    """任务书3月25号发邮件给大数据管理局了，算备案了吗: what a rule has sent through a platform it names (通过“钟楼区政务
    信息化项目管理平台”备案) is not sent by e-mail, paper or disc, in time or not; the finding says so."""
    text = q.reading or q.text
    if q.form != "yesno" or q.negated or not off_platform(text) or PLATFORM_ASKED.search(text):
        return findings   # (要在平台上传吗，还是交纸质的就行: both ways asked, the rule's own answer stands)
    out = []
    for f in findings:
        named = _platform_for(kb, f)
        if named and f.verdict in ("yes", "conditional"):
            f = replace(f, verdict="no", summary=t("ans.off_platform", q.lang, platform=named.group("name") or named.group("name2")) + f.summary)
        out.append(f)
    return out


def _said_by(used, pattern) -> bool:
    """Does a rule used, in what it says or in a clause it quotes, say what ``pattern`` finds?"""
    return any(pattern.search(r.says["zh"]) or any(pattern.search(c.quote) for c in r.citations) for r, _ in used)
# 不用找数据局, 不经过大数据中心: a body the question leaves out
_BODY_SKIPPED = lazy_regex(r"(?:不用|不必|不需要|无需|不)(?:再)?(?:找|经过|经|通过|报|交给|让)(?P<b>[\u4e00-\u9fff]{2,10}?(?:局|中心|办|委))")
# what a text bars until acceptance is passed (未经验收合格，不得正式投入使用; 未通过竣工验收的信息系统不得投入正式运行)
_UNACCEPTED = lazy_regex(r"(未经|未通过|没有通过)[^，,。；]{0,6}验收")
# acceptance said passed (已经通过终验了, 竣工验收上周过了, "passed final acceptance"; not 还没通过, "hasn't passed"; not the
# initial acceptance or the contract acceptance, after which the bar still stands: 已经通过初验了，可以正式投入使用了吧)
_ACCEPTANCE_PASSED = lazy_regex(r"(?<![没未不通])(?<!还没)(?<!尚未)(?<!没有)(已经|已|都)?(通过|过)了?(终验|竣工验收|验收)"
                                r"|(?<![没未工终初同])(?<!没有)(终验|竣工验收|验收)(已经|已|都)?(通过|过了|合格)(?!吗|没|了吗)"
                                r"|(?<!n't )(?<!not )(?<!never )\b(passed|cleared|completed|got through)\s+(the\s+)?(final|completion)?\s*acceptance\b", re.I)
_GATE_PASSED = lazy_regex(r"(审核|审查|审批|评审)[^，,。？?]{0,4}?(已经|已)?(通过|过了|批了|批下来)")
# 经市政务服务数据管理局审核通过后: a step the text lets follow only once a body has passed it
_GATED_BY = lazy_regex(r"经(?:过)?(?P<b>[^，。；,]{2,20}?)(?:审核|审批|审查|批准|同意)(?:通过)?后")


# going straight to a body with a request (直接找市政务服务数据管理局申请)
_STRAIGHT_TO = lazy_regex(rf"直接(?:找|向|跟|给)(?P<b>{BODY})(?:申请|报送|提交|报)")
# the body a text has the unit apply to (向市政务服务数据管理局申请)
_ROUTED_TO = lazy_regex(rf"向(?P<b>{BODY})(?:申请|报送|提交|报)")


def _own_route(text: str, used) -> bool:
    """Is the body the question goes straight to the one the text itself has the unit apply to (向市政务服务数据管理局
    申请…由其审核分配)? Then going straight there leaves nothing out."""
    m = _STRAIGHT_TO.search(text)
    # (初验没过，直接找大数据中心申请竣工验收; 自测通过后向区信息化主管部门申请合同初步验收: a step the text has come first, in
    # the sentence that routes to the body, is what going straight there leaves out)
    return bool(m) and any(same_body(m.group("b"), n.group("b")) and not _STEP_BEFORE.search(re.split(r"[。；;]", says[:n.start()])[-1])
                           for r, _ in used for says in [r.says["zh"]] for n in _ROUTED_TO.finditer(says)) \
        and not left_undone(text[:m.start()] + text[m.start() + 2:])


_STEP_BEFORE = lazy_regex(r"(后|以后|之后|通过|完成|方可|前)[，,]?\s*$|(后|以后|之后)[，,]")


# the case a ban is of, said as a step not done (对未完成竣工验收备案的项目不下达运维经费)
_UNDONE_CASE = lazy_regex(r"(?:未|没有)(?:完成|通过|经过|办理|进行)?(?:项目)?(?P<x>[\u4e00-\u9fff]{2,10}?)的(?:项目|系统|信息系统)")


# the case a ban is of, opening what it says (未列入本街道、本部门信息化建设规划的项目，原则上不安排财政资金)
_BANNED_CASE = lazy_regex(r"^(?:未|没有)(?P<x>[^，。；;]{2,30}?)的(?:项目|系统|信息系统)")


def _ban_case_unsaid(says: str, q: Question, kb) -> bool:
    """Does the question not speak of the case a ban is of at all (龙岗新动议项目…能直接报区政数局审核吗 against 未列入…
    信息化建设规划的项目，原则上不安排财政资金: no word of 列入 or 规划, nor the topic they name)? Then the ban does not
    decide for it. (A question on the step the case names, 合同终验过了能不能正式上线 against 未通过竣工验收的…不得投入正式运行,
    speaks of it.)"""
    from ..reader.topics import detect

    text = q.reading or q.text
    m = _BANNED_CASE.search(says)
    if not m or not re.search(r"[\u4e00-\u9fff]{4}", text):
        return False   # (an English question is read against the text's Chinese elsewhere)
    case = re.sub(r"[、，,]", "", m.group("x"))
    words = pairs(case) - {"项目", "本部", "部门", "街道", "本街", "道本"}
    return bool(words) and not any(w in text for w in words) and not set(detect(case, kb.topics)) & set(q.topics)


def _ban_case_done(says: str, text: str) -> bool:
    """Does the question say done the step whose absence a ban is of (竣工验收也备案了 against 未完成竣工验收备案的项目不下达
    运维经费)? Then the ban is not of its case."""
    m = _UNDONE_CASE.search(says)
    if not m:
        return False
    step, last = m.group("x"), m.group("x")[-2:]
    said = re.search(rf"(?<![没未不]){re.escape(last)}(?:也|都)?(?:了|过了|完了|好了|通过了|完成了)|(?:已经|已)(?:[^，,。？?没未不]{{0,6}}){re.escape(last)}", text)
    # (是不是非得先把竣工验收过了: the step asked to be done first, not said done)
    before = text[max(0, said.start() - 12):said.start()] if said else ""
    return bool(said) and step[:2] in text and not re.search(r"先|得|要|必须|需要|应该|应当|才能|把", before)


def _gate_skipped(text: str, rules: list) -> bool:
    """Does the question leave out (不用找数据局) the body the text has pass the step first (经市政务服务数据管理局审核通过后)?
    The body said short is the text's when its characters come in the text's body in order (数据局, 市政务服务数据管理局)."""
    m = _BODY_SKIPPED.search(unreported(text))   # (有人说…不用报数据局，到底要不要报: another's word, the duty asked)
    if not m or _GATE_PASSED.search(text):   # (数据局的验收前置审核已经通过了，接下来不用再找数据局: the gate is behind)
        return False
    key = re.sub(r"^(区|市|县)", "", m.group("b"))
    pattern = re.compile(".*?".join(map(re.escape, key)))
    return any(pattern.search(g.group("b")) for r in rules for g in _GATED_BY.finditer(r.says["zh"]))


# what is left out is another body doing the step, not the step (不用区大数据中心来组织; not 不用先让数管局做验收前置审核)
_BODY_LEFT_OUT = lazy_regex(r"不(用|让|请|等|需要)(?![^，,。？?]{0,14}(审核|审查|评审|测评|测试|验收|论证|备案|登记|审批))[^，,。？?]{2,14}?来?(组织|牵头)(?=[，,。？?吧了]|$)")
# a body asked to do a step for the asker, in English ("have the bureau run it for us"; in Chinese, 请区大数据管理局帮我们
# 组织, the body claimed is read by ``claimed_actor``)
_OTHERS_FOR_US = lazy_regex(r"\b(?:have|get|ask|let)\s+the\s+[\w\s-]{2,30}?\b(?:bureau|centre|center|department|office|authority)\s+"
                            r"(?:to\s+)?(?:organi[sz]e|run|do|handle|conduct|hold)\b[^?.]{0,40}?\bfor us\b"
                            r"|\b(?:can|could|may|will)\s+the\s+[\w\s-]{2,30}?\b(?:bureau|centre|center|department|office|authority)\s+"
                            r"(?:organi[sz]e|run|do|handle|conduct|hold)\b[^?.]{0,40}?\bfor us\b", re.I)
_OURSELVES_INSTEAD = lazy_regex(r"(自己|自行)[^。？?]{0,20}[，,]?\s*(不等|不用等|不必等|而不是|不让|不用|不请|不找)[^。？?]{0,14}(来|组织|做|搞|办)"
                                r"|\bourselves\b.{0,30}\b(instead of|rather than)\b", re.I)


# a belief asked to be confirmed (吧, 对吧, "right?", "…, does it?"), not leave asked
_BELIEVED = lazy_regex(r"吧\s*[？?。!！~～]*\s*$|对吧|是吧|没错吧|对吗|对么|对嘛|对不对|是吗|没错吗|\b(?:right|correct|isn't it|doesn't it|does it|do they|do we|is there|are there|will they|will it)\s*\?*\s*$", re.I)


def _leave(q: Question) -> bool:
    """Does the question ask leave for what it proposes: a leave word (可以, 行吧), a proposal said as what we
    will do (先开工，变更申请后面补), or a step dropped with 吧 (项目建议书就不交了吧)?"""
    text = unreported(q.text)   # (有人说…就能直接上线: what someone said asks no leave)
    if duty_only_asked(text):
        return False
    if not tag_asks(text):   # (承建方说…不做也能上线。规定里这个测试是必须的吗: nor what the vendor said before the question)
        for clause in said_before_asking(text):
            text = text.replace(clause, "")
    return bool(_MAY.search(text)) or proposal_stated(text) or dropped_with_ba(text) or intention_stated(text) or plan_told(text) \
        or (q.form == "yesno" and q.lang == "zh" and unmarked(text) and unmarked(q.reading or text))   # 前置审核就跳过了，直接自己验收
    # (not 80万的项目阿要请监理, asked by its dialect form, which only the reading has as 要不要)


_LIABLE = lazy_regex(r"负责|承担[^，。；]{0,6}责任")
# whether a party bears the liability (总包也得担责吗, 监理要不要负责任): asked, not denied (不担责 is a leave asked)
_ASKS_LIABLE = lazy_regex(r"(?<![不没免])(担责|负责任|承担[^，,。？?不没]{0,6}责任|有责任|连带责任)(?=[^，,。？?]{0,4}(吗|么|嘛|不|没)\s*[？?]?\s*$)"
                          # 总包也要负责吧, 总包也跑不掉吧, 脱不了干系吧: the liability believed, to be confirmed
                          r"|(?<![不没免谁])(?:也|都|还|一样|同样)(?:要|得|需要|应该|应当)?(?:负责|担责|负责任|承担责任)(?=\s*(?:的)?(?:吧|吗|么|嘛)\s*[？?]?\s*$)"
                          r"|(?:跑不掉|逃不掉|躲不掉|跑不了|逃不了|推不掉|脱不了(?:干系|关系|责任)?)(?=\s*(?:的)?(?:吧|吗|么|嘛)\s*[？?]?\s*$)"
                          # 总包不用负责吧: the liability believed absent (its negation read as the question's own)
                          r"|(?:(?<=不用)|(?<=不必)|(?<=无需)|(?<=不需要))(?:再)?(?:负责|担责|负责任|管)(?:了)?(?=\s*(?:的)?(?:吧|吗|么|嘛)\s*[？?]?\s*$)"
                          # 到底总包要不要一起负责: the A-not-A form of the same question
                          r"|(要不要|需不需要|用不用|该不该|得不得|是不是|是否)[^，,。？?]{0,6}(负责|担责|承担责任)(?=\s*[？?]?\s*$)"
                          # 总包单位要不要一起担责任: the liability named as 担…责任
                          r"|(要不要|需不需要|用不用|该不该|得不得|是不是|是否|要|得|需要|会)[^，,。？?]{0,6}(担|承担|负|背)[^，,。？?不没]{0,4}责任[^，,。？?]{0,2}(吗|么|嘛|不|没)?(?=\s*[？?]?\s*$)")
# "is the main contractor still liable?", "does the prime have to answer for it too?": the liability itself asked
_EN_ASKS_LIABLE = lazy_regex(r"\b(?:is|are|isn't|aren't)\s+(?:the\s+)?[\w\s-]{0,30}?\b(?:still\s+|also\s+|jointly\s+)?(?:liable|responsible|accountable|on the hook)(?:\s+(?:too|as well|also))?"
                             r"(?:\s+for\s+(?:the\s+|its\s+|their\s+)?[\w\s'’-]{1,40}?)?\s*\??\s*$"   # (… still liable for the sub's work?)
                             r"|\b(?:have|has) to (?:answer|be responsible|bear)\b[^.?]{0,30}\??\s*$", re.I)
_LIABLE_PARTY = lazy_regex(r"(?<![为替对给向跟和与])(?:总承包|总包|分包|监理|承建|建设单位|设计|测评|施工)")   # (not 为分包单位的问题: whom for)
_PARTY_NAMES = {"总包": "总承包"}
_EN_LIABLE_PARTY = lazy_regex(r"\b(?:main|general|prime|head) contractor|\bsub(?:contractor)?s?\b|\bsupervis(?:or|ion firm|ion company)", re.I)
_EN_PARTY_NAMES = {"main": "总承包", "general": "总承包", "prime": "总承包", "head": "总承包", "sub": "分包", "subs": "分包",
                   "subcontractor": "分包", "subcontractors": "分包", "supervisor": "监理", "supervision": "监理"}
# whether what was done (or left undone) complies: 这样符合深圳的质量要求不, 合不合规, is that compliant
_ASKS_COMPLIES = lazy_regex(r"符(?:不符)?合[^。？?，,]{0,10}?(?:规定|要求|规范|程序|流程|标准)|合规|算(?:是)?(?:完成|办完|做完|齐)|(?:材料|资料|文件)[^。？?，,]{0,4}(?:对吗|对不对|对么|齐全吗|齐了吗|齐吗|全吗|完整吗)|\b(?:compliant|comply|complies|meets? (?:the )?requirements?)\b|\b(?:is|are) (?:the|our|this|that|it|everything)\b[\w\s]{0,20}\bcomplete\b|\b(?:is|are) (?:that|this|it|these) (?:the )?(?:right|correct) (?:material|materials|documents?|papers?|set|pack|package|file|files)\b", re.I)
# what is not done yet said to come later (等到合同验收之前再出): whether that complies turns on when, not on the duty alone
_PUT_OFF = lazy_regex(r"等到|之后再|以后再|后面再|回头再|前再|再(出|做|交|报|补|弄|提供)|\b(later|afterwards|until)\b", re.I)
# something not done apart (不另外单独申请, 不再单独列), and a text that has it included in another (纳入项目总投资)
_NOT_SEPARATELY = lazy_regex(r"不(再)?(另外|单独|额外|另行|专门)+")
# whether something is needed apart (用不用单独申请经费, 要不要另外列预算)
_ASKS_APART = lazy_regex(r"((?<![费作使采应利运适信])用不用|要不要|需不需要|是否需要|是否要|需要|要|得)(单独|另外|另行|额外|专门)(再)?(申请|报|列|立项|拨|安排)")
_INCLUDED_IN = lazy_regex(r"(纳入|计入|包含在|含在|列入)[^，。；]{0,8}(总投资|维保经费|项目经费|建设经费|项目预算)|包含在[^，。；]{0,12}经费中")
_NO_LONGER_PROCEDURE = lazy_regex(r"不再(按照|按|执行|经过|经|走|履行)")
def _scope_belief(q: Question) -> bool:
    """Does the yes/no question state that the text does not cover its case and ask to have that confirmed (the asking
    clause's words: 这种应该不归…管吧，一半市财政一半自筹 asks in its middle clause)?"""
    said = q.reading or q.text
    # (…不适用这个办法，对吗: a bare tag asks of the clauses before it)
    clause = said if mostly_english(said) or tag_asks(said) else asking_clause(said)
    return q.form == "yesno" and not q.negated and scope_denied(clause)   # (an English message with a 五十万整 in it)


# a rule that says a step fails or may not go on (不予验收, 验收不合格, 不得投入使用)
_FAILS = lazy_regex(r"不予|不合格|不得|不能通过|不通过")


def _says_passing(kb, f: Finding) -> bool:
    """Does a yes/no finding say whether a step may pass (its rules a ban or a consequence), not whether a duty applies?"""
    j = kb.jurisdictions.get(f.jurisdiction)
    if f.topic == "scope" or f.verdict not in ("yes", "no") or j is None:
        return False
    rules = [r for r in j.rules_for(f.topic) if set(r.citations) & set(f.citations)]
    return bool(rules) and all(r.type == "prohibition" or r.type == "info" and _FAILS.search(r.says["zh"]) for r in rules)


def verdict_word(f: Finding, q: Question, j: Jurisdiction, kb=None) -> str:
    """需要 / 不需要 for "must I", 可以 / 不可以 for "may I", 不允许 for a prohibition."""
    lang = q.lang
    rules = j.rules_for(f.topic)
    if f.verdict in ("yes", "no") and f.topic != "actor" and q.negated and claim_checked(q.reading or q.text):
        # 科长说运维不归它管，是这样吗: whether the duty or the coverage someone denied is there (a claim with a figure or a
        # time of its own, 一个月内报就行, is not checked by the duty's verdict: it keeps the duty's own word)
        return t(f"ans.v.claim_{f.verdict}", lang)
    if f.verdict == "no" and f.summary.startswith(t("ans.order_set", lang, first="\0", then="\0").split("\0")[0]):
        # (测评是在初验之前做的吧: the order believed is not the text's; 能不能先…再…: the order proposed may not go ahead)
        return t("ans.v.may_no" if _MAY.search(q.reading or q.text) else "ans.v.is_no", lang)
    if f.verdict in ("yes", "no") and _ban_believed(q.reading or q.text) and f.topic != "actor":
        return t(f"ans.v.claim_{f.verdict}", lang)   # 不留影像资料总不行吧: that is right (not 可以, which would read "allowed")
    if f.verdict in ("yes", "no") and (f.failing or f.believed):
        return t(f"ans.v.is_{f.verdict}", lang)   # 验收会被判定不合格吗, 15天内备案吧: is it so, not must it be
    if f.verdict in ("yes", "no") and FEE_ASKED.search(q.reading or q.text) and any("免费" in c.quote for c in f.citations):
        return t(f"ans.v.is_{f.verdict}", lang)   # 质保期内维保要收费吗: is it charged, not must it be
    if f.verdict in ("yes", "no") and breach_asked(q.reading or q.text) and f.topic != "scope":
        return t(f"ans.v.breach_{f.verdict}", lang)   # 算不算违规: is it a breach, not must it
    if f.verdict in ("yes", "no") and _SUFFICES_ASKED.search(q.reading or q.text):
        return t(f"ans.v.is_{f.verdict}", lang)   # 申报表跟建设方案交了，够了吗: is it enough, not must it
    if f.verdict == "yes" and rules and all(r.type == "recommendation" for r in rules):
        # 是不是建议…: yes, it is advised; 不找测评机构，自己测一下就行了吧: yes, it may be left
        return t("ans.v.may_yes" if (q.unmet or q.negated) and _leave(q) else "ans.v.is_yes", lang)
    if f.verdict == "no" and rules and all(r.type == "recommendation" for r in rules):
        return t("ans.v.recommended", lang)
    if f.verdict == "no" and any(r.type == "prohibition" for r in rules):
        return t("ans.v.not_allowed", lang)
    if f.topic == "scope" and f.verdict == "no" and q.negated and j.in_scope(q.profile)[0] is not False:
        return t("ans.v.may_no", lang)   # 能不能不按这个办法走: a covered project may not leave it
    if f.topic == "scope" and f.verdict == "yes" and q.negated and j.in_scope(q.profile)[0] is False:
        return t("ans.v.may_yes", lang)   # 不按这个办法走，可以吧: a project it does not cover may
    if f.topic == "scope" and f.verdict == "no" and j.in_scope(q.profile)[0] is not False and _NOT_FOLLOWED.search(q.reading or q.text):
        return t("ans.v.claim_no", lang)   # 是不是就不用按实施细则走了: that is not right (not "does not apply")
    if f.topic == "scope" and f.verdict in ("yes", "no") and _scope_belief(q):
        return t(f"ans.v.claim_{f.verdict}", lang)   # 应该不归这个办法管吧: that belief is (not) right
    if f.topic == "scope" and f.verdict in ("yes", "no"):
        return t(f"ans.v.scope_{f.verdict}", lang)
    if f.topic == "definition" and f.verdict == "no" and kind_denied(q.reading or q.text):
        return t("ans.v.claim_no", lang)   # 单位自筹的钱应该不算区政府资金吧: that belief is not right
    if f.topic == "definition" and f.verdict in ("yes", "no"):
        return t(f"ans.v.is_{f.verdict}", lang)   # 算不算区政府资金: is it, not must it
    if f.topic == "actor":   # 是不是得区大数据管理局来组织: is it that body, not must it
        return t(f"ans.v.is_{f.verdict}", lang)
    if f.verdict == "yes" and rules and any(r.type == "prohibition" for r in rules) and _CONFIRM_CANNOT.search(q.reading or q.text):
        return t("ans.v.is_yes", lang)   # 是不是不能做: yes, it is so
    if f.verdict == "no" and (_STILL_HOLDS.search(q.reading or q.text) or _lapse_denied(q.reading or q.text)) and any(_LAPSES.search(r.says["zh"]) for r in rules):
        return t("ans.v.is_no", lang)   # 项目还作数吗: no, it is not so
    if f.verdict in ("yes", "no") and _claimed_owner(q.reading or q.text) and any(_OWNED.search(r.says["zh"]) for r in rules):
        return t(f"ans.v.is_{f.verdict}", lang)   # 源代码归开发商所有，是不是这样: is it so, not must it
    if f.topic == "only_listed":   # 只有合格和不合格两种吗: is it so, not must it
        return t(f"ans.v.is_{f.verdict}", lang)
    if f.verdict in ("yes", "no") and (OVERDUE.search(CANNOT_MEET.sub("", q.text)) and not _MAY.search(HELD_UP_BY.sub("", q.text)) or proposed_start(q.reading or q.text)
                                       or IN_TIME.search(q.text)):   # 还算按时吗: is it, not must it
        return t(f"ans.v.is_{f.verdict}", lang)   # 算超期了没, 是从签合同那天开始算吗: is it, not must it
    if f.verdict == "no" and kb is not None and not q.negated and off_platform(q.reading or q.text) and _platform_for(kb, f):
        return t("ans.v.may_no" if _MAY.search(q.reading or q.text) else "ans.v.is_no", lang)   # 发邮件给大数据局了，算备案了吗: no, it is not
    if f.verdict in ("yes", "no") and q.negated and rules and all(r.type == "info" and _LIABLE.search(r.says["zh"]) for r in rules):
        return t(f"ans.v.is_{f.verdict}", lang)   # 跟总包没关系吧: no, it is liable (not "may not")
    if f.verdict in ("yes", "no") and q.negated and not q.unmet and not _leave(q) and any(r.type == "obligation" for r in rules) \
            and _BELIEVED.search(q.reading or q.text):
        # 监理应该不用请吧, 不至于要监理吧, "doesn't need a qualification, does it?": a duty believed absent is said as
        # needed or not (需要 where the belief is wrong), not as leave (不可以 would read "not allowed")
        return t("ans.v.required" if f.verdict == "no" else "ans.v.not_required", lang)   # ("no need to …, right?": Required)
    if f.verdict in ("yes", "no") and (_leave(q) or (q.unmet or q.negated) and any(r.type == "obligation" for r in rules)):
        return t(f"ans.v.may_{f.verdict}", lang)   # 几方确认一下就直接改了吧, 不用上传了，对吧: the step proposed may (not) go ahead
    return VERDICT_NAMES[f.verdict][lang]


def _label(kb, f: Finding, q: Question) -> str:
    """The verdict as the answer words it for this question (可以 for leave asked, 说得不对 for a claim, 需要 for a duty)."""
    if f.verdict == "not_applicable" and f.topic == "scope":
        return t("ans.v.not_applicable", q.lang)
    return verdict_word(f, q, kb.jurisdictions[f.jurisdiction], kb)


def _labelled(findings: list[Finding], labels: list[str]) -> list[dict]:
    """The findings as the JSON has them, each with the word its verdict is said in (for a channel's short view)."""
    return [{**f.as_dict(), "label": label} for f, label in zip(findings, labels, strict=True)]


def render(kb, findings: list[Finding], q: Question, notes_by_j: dict[str, list[str]], labels: list[str]) -> str:
    """The answer's text; ``labels``: each finding's verdict word (``_label``), said once for the text and the JSON."""
    lang = q.lang
    label_of = dict(zip(map(id, findings), labels, strict=True))
    out = []
    if q.above:   # 江苏的项目: the places of Jiangsu the texts cover, said before answering for them
        out.append(t("ans.within_named", lang, place=t("ans.list_sep", lang).join(q.above),
                     covered=t("ans.list_sep", lang).join(
                         t("ans.region", lang, region=kb.jurisdictions[j].document.region, name=kb.jurisdictions[j].document.name[lang])
                         for j in q.jurisdictions)))
    elif len(q.jurisdictions) != 1 and len({f.jurisdiction for f in findings}) > 1:
        out.append(t("ans.each_place" if not q.jurisdictions else "ans.each_named", lang))
    by_j: dict[str, list[Finding]] = {}
    for f in findings:
        by_j.setdefault(f.jurisdiction, []).append(f)
    for jid, fs in by_j.items():
        shown_notes: set[str] = set()
        doc = kb.jurisdictions[jid].document
        # the English title is shown in English only (the Chinese head has it empty)
        out.append(t("ans.doc_head", lang, name=doc.name[lang], title=doc.title, title_en=doc.title_en))
        said: list[Finding] = []
        for f in fs:
            head = _topic_label(kb, f.topic, lang) if f.topic != "search" else t("ans.search_head", lang)
            verdict = label_of[id(f)]
            if any(o.topic == f.topic and set(f.citations) <= set(o.citations) for o in said):
                # a follow-up question on the same rules: its verdict, not the text again
                out.append(t("ans.finding_again", lang, head=head, verdict=verdict))
                continue
            said.append(f)
            # (a search result or an article's text answers; "说明" would say nothing)
            plain = f.topic == "search" and f.verdict == "info" or f.topic == "article"
            out.append(t("ans.finding_plain", lang, head=head, summary=f.summary) if plain
                       else t("ans.finding_line", lang, head=head, verdict=verdict, summary=f.summary))
            for n in f.notes:
                if n not in shown_notes:
                    shown_notes.add(n)
                    out.append(f"  {n}")
            for c in f.citations:
                where = "" if c.doc == jid else t("ans.source_doc", lang, name=kb.jurisdictions[c.doc].document.name[lang])
                out.append(t("ans.source", lang, where=where, article=c.article, quote=c.quote))
        for n in notes_by_j.get(jid, []):
            out.append(t("ans.note", lang, text=n))
    return "\n".join(out)


# 先自己组织验收，验完再送审，顺序对吗: whether the order told is right, asked as leave is
# a plan given up or meant once, told after the question (…吗？原本想上线后再编; "… ? We originally planned to add it later.")
_ONCE_MEANT = lazy_regex(r"[？?]\s*(?:[^？?。.]{0,12}[，,])?\s*(?:" + MEANT_ONCE + r"|之前(?:是)?(?:想|打算|准备|计划))[^？?]*$"
                         r"|\?\s*(?:we|i)\s+(?:had\s+)?(?:originally|initially|first|at first)\s+(?:planned|meant|wanted|intended|thought)[^?]*$", re.I)
_RIGHT_ORDER = lazy_regex(r"顺序|是不是先|是否(?:是)?先|应该(?:是)?先|这样(做|安排|搞|弄)?(对|合适|没问题)(吗|么|嘛|不)|对吗|对不对|对吧|是吧|没错吧|的吧\s*[？?]?\s*$"
                          # (等保测评是验收之后再做吧？我记得好像是这样: the order believed, a memory said after it)
                          r"|吧\s*[？?]?\s*(?:$|[^？?。]{0,8}(?:记得|印象|好像|应该|听说)[^？?]{0,10}$)|\b(right|correct) order\b|\bin (that|this) order\b"
                          r"|\b(?:does|will|would|can) (?:this|that|the|our|such an?) (?:order|sequence|plan|schedule|timeline) work\b"
                          r"|,\s*(right|correct)\s*\?\s*$|\b(isn't it|aren't they|doesn't it)\s*\?\s*$", re.I)   # (X是在Y之前做的吧: the order believed)


def _without_contradictions(kb, findings: list[Finding], q: Question) -> list[Finding]:
    """A one-part yes/no question gets one verdict per jurisdiction (issue 8, item 6): that of the finding a fact
    the question states decided (累计变更8% for the change rule, 99.5万 for supervision), else that of the finding
    whose verdict was read from what the question says of its case (a step left out, a day, a body), of a topic the
    asking clause names first and then the narrowest (the special rule before the general), else that of the
    narrowest topic. A side rule that would say the opposite is shown as what it is, a description (说明), never as
    a contrary yes or no. Findings each decided by a fact (监理和测试分别要不要), and the topics the asking clause
    itself names (测试: the third-party test and the security assessment) where no stated fact decides, each answer
    a part of the question and stand; whether the text covers the project (scope) answers only when no rule of the
    case does."""
    from .model import FIELDS

    if len(q.parts) > 1:
        return findings   # (each part answered in its turn)
    if q.form != "yesno":
        return _lead_first(kb, findings, q)
    stated = {f for f in FIELDS if getattr(q.profile, f) is not None and f not in q.assumed}

    counted = bool(named_counts(q.reading or q.text))
    budgeted = _budget_and_spend(q.reading or q.text) is not None   # (a budget and the sum spent, both named)

    def decided(f: Finding) -> bool:   # a rule it quotes tests a fact the question states, a count or a budget it names
        j = kb.jurisdictions.get(f.jurisdiction)
        cited = set(f.citations)
        rules = [r for r in j.rules_for(f.topic) if cited & set(r.citations)] if j else []
        # or the text's own path for a class it sends elsewhere (上级拨款的项目只报区里备案), by a stated fact
        by_scope = j is not None and any(set(ex.citations) == cited and any(t.field in stated for t in ex.test)
                                         for ex in j.excludes)
        tested = [r for r in rules if any(t.field in stated for t in (*r.when, *r.requires))]
        # (龙岗区用区财政300万做的系统，档案没提交，验收还能通过吗: 区财政 puts the case outside the rule for money from
        # above, 第十四条; that rule, of a topic the asking clause does not name, is beside the question, not its answer)
        # (an amount under a threshold, 25万的项目不写建议书可以吧, is what the question turns on: not so a class of money)
        if tested and all(r.applies(q.profile) is False and {t.field for t in r.when} == {"funding"} for r in tested) \
                and not by_scope and f.topic not in under_asked:
            return False
        return by_scope or bool(tested) or \
            (counted and any(_AT_LEAST.search(r.says["zh"]) for r in rules)) or \
            (budgeted and any(_WITHIN_BUDGET.search(r.says["zh"]) for r in rules))

    # 总投资才800万，用不着做可研，那初步设计方案和概算用不用编: a topic a clause before the asking one says
    # is not needed is background; a verdict on what the asking clause names decides
    said = q.reading or q.text
    asked = asking_clause(said)
    if q.lang == "en" and (end := re.search(r"[?？.!]", said[said.find(asked) + len(asked):] if asked in said else "")):
        # ("do we need a feasibility study, a preliminary design and budget estimate, and a supervisor?": an English
        # list's commas are no clauses; the asking sentence runs to its end)
        asked = said[said.find(asked):said.find(asked) + len(asked) + end.end()]
    asked_topics = set(detect(asked, kb.topics))
    # 要不要做可研、初步设计方案及概算和监理: several duties listed in the asking clause, each answered in its own right
    # (a fact that decides one of them does not make the others' verdicts a side description)
    listed = len({t for t in asked_topics if not any(t != u and u in lineage(t, kb.topics) for u in asked_topics)}) >= 2 \
        and bool(re.search(r"、|和|及|与|以及|或者|[,，]|\band\b|\bor\b", asked))
    if not asked_topics:
        # (方案调整，打算在本部门机房里新加两台服务器，这个应该能批下来吧: an asking clause that names nothing asks of the
        # clause before it)
        # (not a step told not done, 没自己重新采集，这样做对吧: what is left out is no topic asked)
        prior = [c for c in re.split(r"[，,；;。]", said[:max(0, said.find(asked))]) if c.strip()]
        asked_topics = set(detect(prior[-1], kb.topics)) if prior and not re.search(r"[没不未无]|\bnot?\b|n't", prior[-1]) else set()
    settled = {k for c in re.split(r"[，,；;]", said[:max(0, said.find(asked))])
               if re.search(r"用不着|不用|不需要|无需|不必", c) for k in detect(c, kb.topics)} - asked_topics
    def breadth(f: Finding) -> int:   # how many articles the topic's rules cite: the fewer, the narrower
        j = kb.jurisdictions.get(f.jurisdiction)
        return len({c.article for r in j.rules_for(f.topic) for c in r.citations}) if j else 0

    # the topics the asking clause names (of one, its narrower ones and those it stands for: 测试 is asked of each kind
    # of test)
    under_asked = {f.topic for f in findings if set(lineage(f.topic, kb.topics)) & asked_topics} | set(_expand_subjects(kb, list(asked_topics)))

    # (文登这个项目还没验收，财务科想先把决算审计做了，这样可以吗: a step said not yet taken is the case a rule of the
    # step proposed turns on, not what is asked of; with a bare tag asking, the others' verdict answers)
    before_ask = [c for c in re.split(r"[，,；;。]", said[:max(0, said.find(asked))]) if c.strip()]
    unmet_only = ({k for c in before_ask if SAID_UNMET.search(c) for k in detect(c, kb.topics)}
                  - {k for c in before_ask if not SAID_UNMET.search(c) for k in detect(c, kb.topics)}) if not asked_topics else set()

    def rank(f: Finding) -> tuple:   # a topic the asking clause names first, then the narrowest (the special rule
        return f.topic not in under_asked, f.topic in unmet_only, breadth(f)   # before the general one)

    main, deciders = {}, {}
    # a verdict a stated fact decided first, then one read from what the question says of its case; whether the text
    # covers the project at all (scope) answers only when no rule of the case does
    # (…paid entirely from the city budget, no district money. Do Longgang's measures apply?: the coverage asked, and a
    # stated fact puts the project outside; the rule for such projects beside it does not answer it)
    left_out = {f.jurisdiction for f in findings if f.topic == "scope" and "scope" in asked_topics and f.verdict == "no" and decided(f)}
    covering = {f.jurisdiction for f in findings if f.topic != "scope" and f.verdict in ("yes", "no")} - left_out
    by_fact: dict[str, bool] = {}
    for f in [*sorted((f for f in findings if decided(f)), key=lambda f: f.jurisdiction not in left_out or f.topic != "scope"),
              *sorted((f for f in findings if f.read), key=rank)]:
        if f.verdict in ("yes", "no") and f.topic not in settled and not (f.topic == "scope" and f.jurisdiction in covering):
            main.setdefault(f.jurisdiction, f.verdict)
            by_fact.setdefault(f.jurisdiction, decided(f))
            deciders.setdefault(f.jurisdiction, (f.topic, decided(f)))
    # else a narrower topic's verdict decides over its parent's (县里必须按市级办法执行吗: the county rule, not the scope)
    narrower = {(f.jurisdiction, kb.topics[f.topic].parent): f.verdict for f in findings
                if f.verdict in ("yes", "no") and f.topic in kb.topics and kb.topics[f.topic].parent}

    def contrary(f: Finding) -> bool:
        if f.verdict not in ("yes", "no") or decided(f) and not (f.topic == "scope" and f.jurisdiction in covering):
            return False
        if f.topic in under_asked and (not by_fact.get(f.jurisdiction) or listed):
            return False   # a topic the asking clause names answers a part of it, unless a stated fact decides the case
        if f.jurisdiction in main:
            return main[f.jurisdiction] != f.verdict
        return narrower.get((f.jurisdiction, f.topic), f.verdict) != f.verdict
    findings = [replace(f, verdict="info") if contrary(f) else f for f in findings]
    # still both ways, and nothing the question states decides: the rule of the narrowest topic answers
    narrowest: dict[str, Finding] = {}
    for f in findings:
        if f.verdict in ("yes", "no") and f.jurisdiction not in main and not decided(f) and f.topic != "scope":
            if f.jurisdiction not in narrowest or (f.topic in unmet_only, breadth(f)) < (narrowest[f.jurisdiction].topic in unmet_only,
                                                                                           breadth(narrowest[f.jurisdiction])):
                narrowest[f.jurisdiction] = f
    findings = [replace(f, verdict="info") if f.verdict in ("yes", "no") and f.jurisdiction in narrowest and not decided(f)
                and narrowest[f.jurisdiction].verdict != f.verdict and f.topic not in under_asked
                else f for f in findings]
    # the finding whose verdict answers comes first in its jurisdiction's answer (45万的项目，申报表跟建设方案交了，够了吧: the
    # documents the amount asks for, not the plan's review beside them)
    return _lead_first(kb, findings, q, deciders)


# words of any question that say nothing of which rule is meant
_PLAIN_ASKED_EN = {stem(w) for w in ("project", "projects", "system", "unit", "government", "district", "city", "rules", "measures",
                                      "need", "must", "have", "what", "which", "when", "there")}
_PLAIN_ASKED = {"项目", "可以", "需要", "是否", "什么", "怎么", "我们", "这个", "那个", "一下", "要求", "规定", "办法", "细则", "单位"}


def _names_step(kb, framing: Finding, step: Finding, q: Question) -> bool:
    """A who-question whose framing finding (the division of duties) names the step asked in the step's own words
    (预算评审谁负责: 区财政局负责预算评审), which then may answer first."""
    said = q.reading or q.text
    if not doer_asked(said):
        return False
    words = [w for w in getattr(kb.topics.get(step.topic), "zh_terms", ()) if "+" not in w and len(w) >= 2 and w in said]
    # the step as the question says it, with the words right before it (预算评审, not 评审 alone), which the framing
    # finding's quote holds and the step's own do not
    runs = {m.group(0) for w in words for m in re.finditer(r"[\u4e00-\u9fff]{2}" + re.escape(w), said)}
    return any(r in c.quote for r in runs for c in framing.citations) and not any(r in c.quote for r in runs for c in step.citations)


def _lead_first(kb, findings: list[Finding], q: Question, deciders: dict[str, tuple[str, bool]] | None = None) -> list[Finding]:
    """Each jurisdiction's answer opens with the finding a reader wants first:
    - the one a fact the question states decided (``deciders``: each jurisdiction's deciding topic, with whether a fact
      decided it), or, where the answer would open with a description, the one a reading of the case decided;
    - else, where it would open with a rule of the vocabulary's topics, another whose best quote holds clearly more of
      the question's words (twice as many and two more: 视频监控资源没接进区视频中心，能验收不 opens with the video rule,
      not acceptance in general; 可行性研究报告能否不经…审核 keeps the study's own rule first), with the same verdict in a
      yes/no question, so no wordier quote turns the answer round; and in a yes/no question a verdict before a
      description.
    A finding made for the question itself (the next step, who does it) keeps its place; so does every other finding,
    and the jurisdictions keep their order."""
    text = without_places(q.reading or q.text, kb)
    if q.lang == "en":
        asked = {stem(w) for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in EN_STOP} - _PLAIN_ASKED_EN

        def overlap(f: Finding) -> int:
            return len(asked & {stem(w) for w in re.findall(r"[a-z]{4,}", f.summary.lower())})
    else:
        asked = han_pairs(text) - _PLAIN_ASKED

        def overlap(f: Finding) -> int:   # (the quote that holds most: a rule citing many articles, or a long summary, is not
            # favoured; nor the words of the text's own title, 信息工程质量监督 in Shenzhen's, which say which text)
            title = kb.jurisdictions[f.jurisdiction].document.title if f.jurisdiction in kb.jurisdictions else ""
            return max(sum(p in said and p not in title for p in asked) for said in [c.quote for c in f.citations] or [f.summary])
    score = {id(f): overlap(f) for f in findings}
    deciders = deciders or {}
    out: list[Finding] = []
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        own = [f for f in findings if f.jurisdiction == jid]
        first = own[0]
        topic, by_fact = deciders.get(jid, (None, False))
        head = next((f for f in own if f.topic == topic), None) if by_fact or first.verdict == "info" else None
        if head is None and first.topic in kb.topics and first.verdict != "not_applicable":
            eligible = [f for f in own if f.verdict != "not_specified" and f.topic in kb.topics
                        and not (q.form == "yesno" and f.verdict == "info" and first.verdict != "info")
                        # (公共类服务项目是谁来负责采购的: a topic that only frames the question does not push the step aside,
                        # unless the question asks who and its quote names the step: 预算评审谁负责, 区财政局负责预算评审)
                        and not (frames(f.topic, kb.topics) and not frames(first.topic, kb.topics) and not _names_step(kb, f, first, q))]
            best = max(eligible, key=lambda f: score[id(f)], default=None)   # (the first of the best: the order found breaks a tie)
            clearly_more = best is not None and score[id(best)] >= max(2 * score[id(first)], score[id(first)] + 2) \
                and (q.form != "yesno" or best.verdict == first.verdict)
            verdict_for_description = best is not None and q.form == "yesno" and first.verdict == "info" and best.verdict != "info"
            if best is not first and (clearly_more or verdict_for_description):
                head = best
        if head is None and q.form == "info" and first.topic in kb.topics:
            head = _asked_past_event(kb, own, q)
        out += [head, *[f for f in own if f is not head]] if head is not None else own
    return out


# an event the time or the step asked is after (竣工验收以后, 试运行结束后, "after completion acceptance", "once the contract is
# signed"): what it names is when, not what is asked
_AFTER_EVENT = lazy_regex(r"[^，,。？?；;]{1,14}?(?:以后|之后|后)(?=[^，,。？?；;]{0,3}(?:多长|多久|几|什么时候|哪天|谁|由谁|要|该|得|需要|怎么))"
                          r"|\b(?:after|once|following|upon)\b[^,?.;]{1,50}", re.I)


def _asked_past_event(kb, own: list[Finding], q: Question) -> Finding | None:
    """The finding of a topic the asking clause names, once the event it is after is set aside (文登区项目竣工验收以后多长时间
    要做后评价: the post-evaluation, not the acceptance; "who maintains the system after completion acceptance": the
    maintenance), where the answer would open with the event's topic; None otherwise."""
    asked = asking_clause(q.reading or q.text)
    bare = _AFTER_EVENT.sub(" ", asked)
    if bare == asked:
        return None
    left = set(detect(bare, kb.topics))
    first = own[0]
    if not left or first.topic in left:
        return None
    return next((f for f in own[1:] if f.topic in left and f.verdict != "not_applicable"), None)


def _own_path(kb, j: Jurisdiction, q: Question, tokens: list[str], findings: list[Finding]) -> list[Finding]:
    """A project the text sends down a path of its own (上级拨款的项目：向上级申报立项，报区里备案): what
    that path asks of it is part of the answer, whichever of the text's other duties was asked."""
    ok, test = j.in_scope(q.profile)
    if ok is not False or test.verdict != "no":
        return []
    have = {f.topic for f in findings if f.jurisdiction == j.id}
    own = [r for r in j.own_path(test) if not set(r.topics) & have]
    return [finding_for(kb, j, r.topics[0], q, tokens) for r in own[:1]]


def _leave_asked_of(text: str) -> str:
    """The clause a Chinese question asks of: the asking one, and the one before it when it asks only by a tag
    (打算参照市里的办法来管理，可以吗)."""
    clauses = [c for c in re.split(r"[，,。；;]", text) if c.strip(" ？?")]
    asked = clauses[-1] if clauses else text
    return "".join(clauses[-2:]) if len(clauses) > 1 and re.fullmatch(r"\s*(这样|那样)?(可以|行|能行|好|对|没问题)(吗|么|吧|不)?\s*[？?]?\s*", asked) else asked


# a unit of the city itself said to sit in a district (我们是市直单位，在福田区办公; "a municipal bureau based in Futian"); not
# 市级这个办法, the city's text
_ASKER_CITY_UNIT = lazy_regex(r"(?:我们|我|本单位|咱们|本局)[^，,。？?]{0,4}?(?:是|属于)?[^，,。？?]{0,4}?(?:市直(?:单位|部门|机关)?|市级(?:单位|部门|机关))"
                              r"|\b(?:we are|we're|i'm|i am|as) (?:a|an|the) (?:\w+ )?(?:municipal|city[- ]level) (?:bureau|department|unit|agency|office|commission)\b"
                              r"|\b(?:municipal|city[- ]level) (?:bureau|department|unit|agency|office|commission) (?:here|based|located|sitting)\b", re.I)
# (a district's own unit said besides: 区属单位和市直单位合建, whose scope the district decides)
_DISTRICT_UNIT = lazy_regex(r"区属|区直|区级(?:单位|部门)|区里的(?:单位|部门)|\bdistrict[- ](?:level|owned|run) (?:unit|bureau|department)", re.I)


# (直接用, 直接套用: may we use it, which the text's word to its districts answers; 直接适用: does it apply as it stands)
_DIRECTLY_APPLIES = lazy_regex(r"直接适用|\bdirectly (apply|applies|govern|governs|bind|binds)\b|\b(apply|applies|binding) (to us )?directly\b", re.I)


def _inner_place(j: Jurisdiction, place: str, q: Question, findings: list[Finding]) -> list[Finding]:
    """A district inside a city whose text covers city-level units: the text's own scope decides,
    so every yes/no becomes conditional on it, and the scope is stated first."""
    lang = q.lang
    # the text's own word on its districts and counties (各县（市、区）…参照本办法执行) is part of the answer
    lower = [c for r in j.rules if {"county_projects", "by_reference"} & set(r.topics) for c in r.citations]
    # 一定要按这个办法执行吗: where the text says its counties *may* follow it (可参照本办法执行), they need not
    # (各区参照本办法执行 directs them, and stays conditional on the scope like any other question)
    must_not = any("可参照" in c.quote for c in lower) and bool(_MUST.search(q.text) or re.search(r"(得|要|需要)按|\brequired\b", q.text)) and q.form == "yesno"
    # 区里的项目打算参照市里的办法来管理，可以吗, can we follow the municipal measures: what the text lets its districts do
    may_follow = bool(lower) and not must_not and q.form == "yesno" and not q.negated \
        and bool(re.search(r"参照|比照|照着|\b(follow|adopt)\b", english_questions(q.text) if q.text.isascii() else _leave_asked_of(q.text), re.I)) \
        and not _MUST.search(q.text)
    # 区财政出钱的项目，是不是直接适用市里的办法: a text its districts follow by reference (参照) does not apply to them as it stands
    must_not = must_not or bool(lower) and q.form == "yesno" and not q.negated and all("参照" in c.quote for c in lower) \
        and bool(_DIRECTLY_APPLIES.search(q.reading or q.text))
    direct = must_not and not (any("可参照" in c.quote for c in lower) and _MUST.search(q.text))
    head = Finding(j.id, "scope", "not_applicable" if direct else "no" if must_not else "yes" if may_follow else "conditional",
                   t("ans.inner_by_reference" if must_not else "ans.inner_place", lang, place=place, city=j.document.name[lang],
                     scope=j.scope_text[lang]),
                   dedupe([*lower, *j.scope_citations] if must_not or may_follow else [*j.scope_citations, *lower]))
    out = [head]
    for f in findings:
        if f.jurisdiction == j.id and f.topic == "scope" and set(f.citations) <= set(head.citations):
            continue   # the scope, said once
        if must_not and f.jurisdiction == j.id and f.verdict in ("yes", "no", "conditional"):
            # (罗定 under 云浮's city-level measures, asked whether they make it hire a supervisor: they do not bind it, so
            # none of their duties is its duty; what they say of their counties is told, not decided)
            if f.topic in ("by_reference", "county_projects"):   # (必须按市级办法执行吗: its no answers the question itself)
                out.append(replace(f, verdict="info") if f.verdict == "conditional" else f)
            continue
        # the rule on the districts themselves (各区参照本办法执行) answers them as it stands
        if f.jurisdiction == j.id and f.verdict in ("yes", "no") and f.topic not in ("by_reference", "county_projects"):
            f = replace(f, verdict="conditional")
        out.append(f)
    if not must_not and not may_follow and all(f.verdict in ("not_specified", "info") for f in out[1:] if f.jurisdiction == j.id) and \
            not any(f.jurisdiction == j.id and f.topic == "scope" for f in findings):
        # the text says nothing on what was asked (初步验收专家会 in 南山区): its scope conditions no duty
        out[0] = replace(head, verdict="info")
    return out


def _covered(kb, lang: str) -> str:
    # a place is named by its full region in Chinese and by its English name in English
    return t("ans.list_sep", lang).join(
        t("ans.region", lang, region=j.document.region, name=j.document.name[lang])
        for j in kb.jurisdictions.values())


def _project_elsewhere(kb, jid: str, place: str, lang: str) -> Finding:
    j = kb.jurisdictions[jid]
    return Finding(jid, "scope", "not_applicable",
                   t("ans.project_elsewhere", lang, place=place, name=j.document.name[lang], scope=j.scope_text[lang]),
                   list(j.scope_citations))


def _sibling_asked(kb, q: Question, text: str, jids: list[str]) -> tuple[str, str] | None:
    """(the district text asked of, the city around the asker's district) when a project in one district
    of a covered city (深圳南山区) asks after the measures of another covered district in it (龙岗那个办法,
    Longgang's threshold), named as a text, not as a second place of its own; the city's own measures
    are answered only when named as well."""
    for city, place in q.inner.items():
        for jid in jids:
            j = kb.jurisdictions[jid]
            outer = kb.jurisdictions[city].document.region
            if jid == city or not (outer and j.document.region.startswith(outer)) or place in j.document.region:
                continue
            names = [a for a, target in kb.aliases.items() if target == jid]
            if any(_names_its_rules(n, text) for n in names) and not any(
                    re.search(re.escape(n) + r"(?:'s)?[^，,。？?；;]{0,4}(办法|规定|measures|rules)", text, re.I)
                    for n in (a for a, target in kb.aliases.items() if target == city)):
                return jid, city
    return None


def _names_its_rules(name: str, text: str) -> bool:
    """Does the question name a place's rules (龙岗那个办法, Longgang's threshold), or follow them (质保期也是按龙岗的…)?"""
    return bool(re.search(re.escape(name) + r"(?:'s)?[^，,。？?；;]{0,16}?(办法|规定|细则|标准|门槛|那一套|那套|规矩|制度|流程"
                          r"|\b(measures|rules?|regulations?|thresholds?|polic(y|ies)|requirements?|provisions?)\b)", text, re.I)
                or re.search(r"(按|照|跟|像|同)" + re.escape(name) + r"(的|那样|一样|那边)", text))


def _elsewhere(kb, q: Question) -> dict:
    """A project outside every covered place, asked against a covered one's rules: those rules do not
    reach it (their own scope says where they apply), and no other text here does."""
    lang = q.lang
    place = t("ans.list_sep", lang).join(q.outside)
    findings = [_project_elsewhere(kb, jid, place, lang) for jid in q.jurisdictions]
    labels = [_label(kb, f, q) for f in findings]
    reply = t("ans.outside", lang, covered=_covered(kb, lang), places=place) + "\n" + render(kb, findings, q, {j: [] for j in q.jurisdictions}, labels)
    return {"answer": reply, "findings": _labelled(findings, labels), "sources": [],
            "understood": {"language": lang, "outside": q.outside, "jurisdictions": q.jurisdictions, "form": q.form}}


def _refusal(q: Question, why: str, kb=None) -> dict:
    """No verdict: the amount cannot be a project's, or the place is not one the texts cover."""
    lang = q.lang
    if why == "invalid":
        reply = t("ans.invalid_amount", lang, amount=q.invalid)
    else:
        reply = t("ans.outside", lang, covered=_covered(kb, lang), places=t("ans.list_sep", lang).join(q.outside))
    return {"answer": reply, "findings": [], "sources": [],
            "understood": {"language": q.lang, "outside": q.outside, "invalid_amount": q.invalid, "form": q.form}}


# a minimum said to be the text's (要求至少5家报价吗, "does Shenzhen require at least three inspectors?"), not a plan's count
_MINIMUM_OF_TEXT = lazy_regex(r"(?:要求|规定|必须|得)[^，,。？?]{0,12}(?:至少|不少于|不低于|最少|起码)|(?:至少|最少|起码)[^，,。？?]{0,6}(?:吧|对吧|是吧)\s*[？?]?\s*$"
                              r"|\b(?:require[sd]?|requirement|must (?:there|it) be|rules? (?:say|says|set))\b[^.?]{0,40}\b(?:at least|a minimum of|no fewer than|no less than)\b", re.I)


# what a dated step told done asks of the text, said: what comes next (with its day, ``next_step`` counts it)
_WHAT_NEXT = {"zh": "，下一步要做什么？最晚哪天？", "en": ", what is the next step and by when?"}


# which of two is asked: 交项目建议书还是建设方案, "a 项目建议书 or just a 建设方案"
_CHOICE_ASKED = lazy_regex(r"[^，,。？?\s]{2,}还是[^，,。？?]{2,}|\b(?:a|an|the)\s+[^?.]{2,40}?\s+or\s+(?:just\s+|only\s+|simply\s+)?(?:a|an|the)\s", re.I)


def _line_open(kb, f: Finding, q: Question) -> bool:
    """A line of the finding's rules that the question's figure, a range, lies across."""
    arts = {c.article for c in f.citations}
    rules = [r for r in kb.jurisdictions[f.jurisdiction].rules if f.topic in r.topics and any(c.article in arts for c in r.citations)]
    return any(t.field in q.profile.ranges and t.check(q.profile) is None for r in rules for t in r.when)


def _told_done(q: Question, text: str) -> bool:
    """A step told done on a day, nothing asked (合同昨天签了。 "Our trial run ended today.")."""
    from ..reader.form import classify
    from ..time.workdays import china_today

    said = q.reading or text
    if q.invalid or q.outside or re.search(r"[?？]", said):
        return False
    form = classify(said, q.lang)
    if not (form.form == "statement" or (q.lang == "en" and not any(form.scores.values())
                                          and not re.search(r"\b(?:what|when|where|which|who|whom|whose|how|why|whether|if|can|could|should|must|need)\b", said, re.I))):
        return False   # ("contract signed on oct 9 when is the registration due": asked, with no mark)
    if q.lang == "zh" and re.search(r"还是|什么|啥|哪|谁|怎么|几|多少|吗|么|呢|是否|是不是|要不要|能不能|可不可以|需不需要|行不行|对不对", said):
        return False   # (…是从签字那天起算还是从备案通过起算: asked without a mark)
    today = china_today()
    return bool(stated_events(said, today) or stated_elapsed(said, today))


def answer(kb, text: str, jurisdiction: str | None = None, defaults: Profile | None = None) -> dict:
    text = without_courtesy(without_pictographs(text))   # (龙岗这边能免吗😓: the feeling is no part of what is asked, nor 各位好…谢谢)
    listed = projects_listed(text)
    if listed:   # 三个项目：门户改版45万、数据平台120万、运维服务25万，哪些要监理: each project answered on its own
        return _each_project(kb, text, listed, jurisdiction, defaults)
    q = understand(text, kb.aliases, kb.topics, jurisdiction, kb=kb)
    if _told_done(q, text):
        # 合同昨天签了。/ "Our trial run ended today.": a step told done on a day asks what follows it and by when
        text = text.rstrip("。.!！ \n") + _WHAT_NEXT[q.lang]
        q = understand(text, kb.aliases, kb.topics, jurisdiction, kb=kb)
        q.told = True
    context, asks = separate_asks(kb, q) if not (q.invalid or q.outside) else ("", [])
    if not asks:
        return _answer_one(kb, text, jurisdiction, defaults, q)[0]
    # each ask answered as a question of its own, with the places and facts the message names elsewhere
    places = q.jurisdictions if q.jurisdictions else None
    known = {name: getattr(q.profile, name) for name in PROJECT_FACTS if getattr(q.profile, name) is not None}
    # (我们是云浮市直单位，…还有文登下一年度项目规划…: what the background says of one place's project is no fact of an ask
    # that names only another)
    where = set(find_jurisdictions(context, kb.aliases))

    def facts_for(ask: str) -> dict:
        named = set(find_jurisdictions(ask, kb.aliases))
        return {} if where and named and not named & where else known
    answered = [_answer_one(kb, ask, jurisdiction, defaults, None, places, facts_for(ask), q.profile.ranges, hint) for ask, hint in asks]
    results = [r for r, _ in answered]
    jids = [j for r in results for j in r["understood"]["jurisdictions"]]
    jids = list(dict.fromkeys(jids))
    # (each ask's findings in its turn, the same rule again where two asks are of it: 最晚哪天前备案？在哪个平台报)
    findings = [f for jid in jids for _, found in answered for f in found if f.jurisdiction == jid]
    q.jurisdictions = jids
    notes = {jid: _doc_notes(kb, kb.jurisdictions[jid], [f for f in findings if f.jurisdiction == jid], q.lang) for jid in jids}
    labels = [_label(kb, f, q) for f in findings]
    reply = render(kb, findings, q, notes, labels) if findings else t("ans.nothing_found", q.lang)
    first = results[0]
    return {
        "answer": reply,
        "findings": _labelled(findings, labels),
        "sources": first["sources"],
        "understood": {**first["understood"], "reading": q.reading, "jurisdictions": jids, "named": list(places or []),
                       "asks": [{"ask": ask, "parts": r["understood"]["parts"], "part_forms": r["understood"]["part_forms"]}
                                for (ask, _), r in zip(asks, results, strict=True)]},
    }


def _each_project(kb, text: str, listed: list[tuple[str, str]], jurisdiction: str | None, defaults: Profile | None) -> dict:
    """The answer to a message listing several projects: each project's own answer under its name, in the list's order;
    its findings each marked with the project they are of."""
    lang = language(text)
    results = [(name, answer(kb, alone, jurisdiction, defaults)) for name, alone in listed]
    parts = [t("ans.several_projects", lang, count=len(listed))]
    parts += [t("ans.project_head", lang, number=i, name=name) + "\n" + r["answer"] for i, (name, r) in enumerate(results, 1)]
    first = results[0][1]
    jids = list(dict.fromkeys(j for _, r in results for j in r["understood"]["jurisdictions"]))
    return {
        "answer": "\n\n".join(parts),
        "findings": [{**f, "project": name} for name, r in results for f in r["findings"]],
        "sources": first["sources"],
        "understood": {**first["understood"], "reading": text, "jurisdictions": jids,
                       "projects": [{"project": name, "reading": alone} for name, alone in listed]},
    }


def _answer_one(kb, text: str, jurisdiction: str | None = None, defaults: Profile | None = None, q: Question | None = None,
                places: list[str] | None = None, known: dict | None = None, ranges: dict | None = None,
                hint: list[str] | None = None) -> tuple[dict, list[Finding]]:
    """The answer to one question (``places``, ``known`` and ``hint``: the jurisdictions, the project's facts and the
    topics of the message it is part of, for a question that does not say them again), with its findings."""
    q = q or understand(text, kb.aliases, kb.topics, jurisdiction, kb=kb)
    if hint and not q.parts:
        q.parts, q.topics, q.part_forms, q.part_negated = [list(hint)], list(hint), [q.form], [q.negated]
    if places and not q.jurisdictions:
        q.jurisdictions = list(places)
        q.profile.jurisdiction = places[0] if len(places) == 1 else None
    for name, value in (known or {}).items():
        if getattr(q.profile, name) is None:
            setattr(q.profile, name, value)
            if name in (ranges or {}):
                q.profile.ranges[name] = ranges[name]
    if q.invalid:
        return _refusal(q, "invalid"), []
    if q.outside and not q.jurisdictions:
        return _refusal(q, "outside", kb), []
    if q.outside and project_outside(q.outside, q.reading or text) and not covered_here(kb, q.reading or text):
        return _elsewhere(kb, q), []
    text = q.reading or text
    if defaults is not None and q.jurisdictions and defaults.jurisdiction and defaults.jurisdiction not in q.jurisdictions:
        defaults = None  # a question about another place is not about this project
    if defaults is not None:  # the user's current project fills what the question leaves out
        filled = []
        for name in ("amount", "kind", "software_cost", "contract_amount", "funding", "new_initiative"):
            if getattr(q.profile, name) is None and getattr(defaults, name) is not None:
                setattr(q.profile, name, getattr(defaults, name))
                filled.append(name)
        if not q.jurisdictions and defaults.jurisdiction:
            q.jurisdictions = [defaults.jurisdiction]
            filled.append("jurisdiction")
        q.assumed = filled
    jids = q.jurisdictions or kb.ids
    tokens = kb.query_tokens(without_places(text, kb), q.topics, english=text)
    findings: list[Finding] = []
    own = own_profiles(kb, q, text, jids)
    for jid in jids:
        j = kb.jurisdictions[jid]
        profile = replace(own.get(jid, q.profile), jurisdiction=jid)
        if q.unit_place and q.unit_place != jid and len(jids) > 1:
            profile = replace(profile, unit_level=None)   # (深圳市直 and 钟楼: Shenzhen's units, not Zhonglou's)
        qj = replace(q, profile=profile)
        if q.parts:
            negs = q.part_negated or [q.negated] * len(q.parts)
            for part, form, neg in zip(q.parts, q.part_forms or [q.form] * len(q.parts), negs, strict=False):
                findings.extend(_answer_part(kb, j, part, replace(qj, form=form, negated=neg), tokens))
        else:
            found = _retrieved_topics(kb, j, qj, tokens)
            # a what-question also gets the best articles themselves, a yes/no one only a verdict
            f = None if found and q.form != "info" else _fallback(kb, j, qj, tokens)
            findings.extend([*found, *([f] if f else [])])
        findings.extend(_own_path(kb, j, qj, tokens, findings))
    before = {(f.jurisdiction, f.topic): f.verdict for f in findings}
    from ..time.workdays import china_today

    # (初验昨天做完了，接下来干嘛，最晚哪天: the next step leads, and the day counted for it below)
    findings = with_next_step(kb, findings, q.reading or text, q, jids)

    # (合同上周三签的，质量监督登记最晚哪天: a day said relative to today dates the event as well, when no period is named)
    # ("can we count the 5 working days from that approval"; not 从备案通过日算，本周内去登记不晚吧, whether a day is in time)
    counting = q.form == "yesno" and bool(_COUNT_FROM_ASKED.search(text)) and not (IN_TIME.search(text) or OVERDUE.search(text)
                                                                                    or re.search(r"不晚|晚吗|没晚|赶得上", text))
    relative = stated_elapsed(text, china_today()) if asks_for_day(text) or counting or q.form == "info" and _LAST_DAY_ASKED.search(text) \
        or _DUE_ON_ASKED.search(text) else {}
    relative = relative if relative and not named_periods(without_days(text)) else {}
    # (下周一跟承建商签合同，质量监督登记最晚哪天: an event dated on a day still to come, said relative to today)
    # ("we'll submit the go-live security test application this Friday": a step told for a day to come, nothing asked: the
    # days that follow from it)
    ahead = stated_ahead(text, china_today()) if q.form == "info" and (_LAST_DAY_ASKED.search(text) or unmarked(q.reading or text, q.lang)) else {}
    # (初验那个30日，是工作日还是自然日: the text's word for the days, said first)
    findings = with_day_unit_asked(kb, findings, q.reading or text, q) or findings
    claimed = with_claimed_due(kb, findings, text, q)   # (…so by Dec 27, right?: the last day believed, against the one counted)
    if claimed is not None:
        findings = claimed
    elif asks_for_day(text) or relative or ahead:
        # (合同11月20号签的，采购中心备案这周一才通过: one event dated, the other said relative to today; both count)
        events = {**ahead, **relative, **stated_events(text, china_today())}
        if counting:   # (count from the filing's approval: which event the text counts from, then the day it gives)
            findings = with_start(kb, findings, text, q) or findings
        if events:
            earliest = asks_earliest(text)
            both = earliest and asks_latest(text)   # 最早哪天可以验收，最晚哪天: the window's two ends
            # (合同12月1日或者2日签的, "either Dec 1 or Dec 2": the day counted from each)
            other = other_day_events(text, china_today()) if not both else {}
            other = {**events, **other} if other else None
            findings = with_due_dates(findings, q, lambda f: [
                # (初验8月15日结束的，什么时候可以申请终验: a step with no last day but a first, that day)
                *(due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations}, earliest, own_only=True)
                  or (due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations}, True, own_only=True)
                      if not earliest and q.form == "info" and not _LAST_DAY_ASKED.search(text) else [])),
                *(due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations}) if both else []),
                *(due_dates(kb.deadline_rules(f.jurisdiction), other, {c.article for c in f.citations}, earliest)[:1] if other else [])],
                "ans.counted_from", asked_day=_due_day_asked(text, china_today()))
        elif periods := named_periods(without_days(text)):   # 一季度的季报，4月5号正好是清明: the day said is no event
            findings = with_due_dates(findings, q, lambda f: [d for period in periods for d in periodic_dates(
                kb.deadline_rules(f.jurisdiction), period, {c.article for c in f.citations})], "ans.for_period")
    elif asks_for_day(text, dated=False) and q.form != "yesno" and (periods := named_periods(text)):
        findings = with_due_dates(findings, q, lambda f: [d for period in periods for d in periodic_dates(
            kb.deadline_rules(f.jurisdiction), period, {c.article for c in f.citations})], "ans.for_period")
    elif asks_for_day(text, dated=False) and q.form != "yesno" and _NEXT_TIME.search(text):
        # (深圳的质量季报下次什么时候交: the first of its days after today)
        today = china_today()
        near = [(today.year, (today.month - 1) // 3 + 1), (today.year, None), (today.year + 1, None)]
        findings = with_due_dates(findings, q, lambda f: sorted(
            (d for period in near for d in periodic_dates(kb.deadline_rules(f.jurisdiction), period, {c.article for c in f.citations})
             if d.due >= today), key=lambda d: d.due)[:1], "ans.next_due")
    elif q.form == "info" and (silent := with_change_unspoken(kb, findings, text, q)):
        findings = silent   # (换一家承建单位要报谁批, 剩下的钱怎么处理: a change no text speaks of)
    elif q.form == "info" and (counted := with_cost_asked(kb, findings, text, q)):
        findings = counted   # 对接费从哪出: the sentence that counts the cost leads
    elif q.form == "yesno":
        findings = (with_change_unspoken(kb, findings, text, q)   # (换监理需要报备吗: a change no text speaks of)
                    or with_minimum_claimed(kb, findings, text, q)   # (要求质保期不少于两年吗: the text's minimum, or none)
                    or with_threshold_believed(kb, findings, text, q)   # (钟楼是50万以上才要请监理吧: the threshold believed)
                    or with_date_believed(kb, findings, text, q)   # (细则是2023年7月17日起施行的吧: the day believed)
                    or with_cost_placed(kb, findings, text, q) or with_fee_silent(kb, findings, text, q)
                    or with_period_day_claimed(kb, findings, text, q)   # (质量季报是每季度首月10日前报吧: the day of each quarter believed)
                    or with_time_believed(kb, findings, text, q)   # (监理月报每月5号前交吧: a time the text does not set)
                    or with_frequency_change(kb, findings, text, q) or with_period_unset(kb, findings, text, q)
                    or with_formality_unset(kb, findings, text, q) or with_overdue(kb, findings, text, q) or with_start(kb, findings, text, q) or with_delay(kb, findings, text, q)
                    or with_proposed_day(kb, findings, text, q) or with_yearly_day(kb, findings, text, q)
                    or with_stated_period(kb, findings, text, q)   # (质量监督登记是10个工作日内吧: the limit stated, against the text's)
                    or with_put_off(kb, findings, text, q)   # (先干着，登记等到竣工验收前再补: the stage it is put off to decides)
                    or with_late_proposed(kb, findings, text, q)   # (季度资料晚一个星期再传行不行: past the time the text sets)
                    or ((_MAY.search(text) or waits_for_step(text) or _RIGHT_ORDER.search(text))
                        and with_stated_order(kb, findings, q.reading or text, q))
                    or with_order(kb, with_elapsed(kb, findings, text, q), text, q))
    findings = _with_channel(kb, findings, q)
    findings = with_definition(kb, findings, text, q, jids)
    findings = with_group_member(kb, findings, q.reading or text, q, jids)   # (评审小组里有没有公安局: the group's list)
    findings = with_term_undefined(kb, findings, q.reading or text, q, jids)
    if not (q.form == "yesno" and _DUE_ON_ASKED.search(text)):   # (今天是大数据中心组织验收的最后一天吗: the day, not who organises)
        findings = with_actor(kb, findings, text, q, jids)
    findings = with_role_asked(kb, findings, q.reading or text, q)   # (我是承建方，初验是我们来组织吗: the duty is another's)
    findings = with_recipient(kb, findings, q.reading or text, q, before)
    findings = with_overview(kb, findings, q.reading or text, q, jids)
    findings = with_body_role(kb, findings, q.reading or text, q, jids)
    findings = with_meaning(kb, findings, q.reading or text, q, jids)
    findings = with_documents(kb, findings, q.reading or text, q, jids, tokens)
    findings = with_document_only(kb, findings, q.reading or text, q)
    findings = with_document_detail(kb, findings, q.reading or text, q, jids)   # (项目建议书要写哪些章节: the text names none)
    findings = with_chapter(kb, findings, q)
    findings = with_chapter_claim(kb, findings, q.reading or text, q)   # (第五章是风险分析吧: the outline's heading)
    findings = with_list_count(kb, findings, q)
    findings = with_alternative(findings, q.reading or text, q)
    findings = with_consequence(kb, findings, q.reading or text, q)
    findings = with_consequence_named(kb, findings, q.reading or text, q)   # (会被暂缓拨付建设资金吗: the sentence naming it)
    findings = with_article_named(kb, findings, q, jids)   # (钟楼细则第二十六条讲的是啥: the article itself)
    findings = with_likeness(kb, findings, q.reading or text, q)   # (龙岗要请造价公司出结算报告，钟楼有这要求没: the rule asked of another)
    if _scope_belief(q):
        # 这种应该不归质量监督办法管吧, "the rules don't apply to us, right?": said of the belief that the text does not cover it
        findings = [replace(f, verdict={"yes": "no", "no": "yes"}[f.verdict]) if f.topic == "scope" and f.verdict in ("yes", "no") else f
                    for f in findings]
        # (the coverage is what was asked: its finding first, before what the text asks of such a project)
        findings = sorted(findings, key=lambda f: f.topic != "scope")
    if q.form == "yesno" and (not q.unmet and asks_failing(q.reading or q.text) or asks_withheld(q.reading or q.text, q.negated or bool(q.unmet))):
        # 数据不共享，验收会被判定不合格吗; "will it be judged unqualified at acceptance": whether it passes, said the other way
        # round, for the findings that say whether a step may pass (a ban, a consequence); a duty's own verdict (the expert
        # meeting a contract under 1000万 does not need, IPv6 required) answers "will it fail" as it stands
        # (with a step said undone, 数据本来就不能共享，也会被判不合格吗, what is left undone is read as asked already; whether a
        # body may withhold what the text withholds, 没做竣工验收备案的，区里能不能不给运维经费, is asked of that step undone)
        findings = [replace(f, verdict={"yes": "no", "no": "yes"}[f.verdict], failing=True) if _says_passing(kb, f) else f
                    for f in findings]
    if asks_which_first(q.reading or q.text):
        # 是先报区信息化主管部门审核，还是先开专题会: which comes first is told, as the duty's sentence sets it
        findings = [replace(f, verdict="info") if f.verdict in ("yes", "no") else f for f in findings]
    # what a reading of the question (its dates, its body, its document) settled, against the rule alone
    findings = [replace(f, read=True) if before.get((f.jurisdiction, f.topic)) not in (None, f.verdict)
                or (f.jurisdiction, f.topic) not in before else f for f in findings]
    findings = _without_contradictions(kb, findings, q)
    if q.told and any(f.topic == "next_step" for f in findings):
        told = {f.jurisdiction for f in findings if f.topic == "next_step"}
        findings = [f for f in findings if f.topic == "next_step" or f.jurisdiction not in told]
    if q.form == "info" and q.profile.ranges and _CHOICE_ASKED.search(q.reading or q.text):
        # 大概30万，交项目建议书还是建设方案: which one is the line's to say, and the figure lies across it
        findings = [replace(f, verdict="conditional") if f.verdict == "info" and _line_open(kb, f, q) else f for f in findings]
    # a project the text does not cover: what else the text is silent on is beside the point
    outside = {f.jurisdiction for f in findings if f.verdict == "not_applicable"}
    findings = [f for f in findings if not (f.jurisdiction in outside and f.verdict == "not_specified")]
    sibling = _sibling_asked(kb, q, text, jids)
    if sibling:   # 我们是深圳南山区的单位，龙岗那个办法里说的…也要这么做吗: another district's measures do not reach it
        district, city = sibling
        findings = [_project_elsewhere(kb, district, q.inner[city], q.lang),
                    *[f for f in findings if f.jurisdiction not in (district, city)]]
    for jid, place in q.inner.items():  # 深圳南山区: a district under a city-level text
        # (a city-level unit said to sit in a district, "a municipal bureau based in Futian": where it is, not its level)
        if not (sibling and jid == sibling[1]) and not (_ASKER_CITY_UNIT.search(q.reading or q.text)
                                                       and not _DISTRICT_UNIT.search(q.reading or q.text)):
            findings = _inner_place(kb.jurisdictions[jid], place, q, findings)
    if len(jids) > 1:  # side by side, silent jurisdictions last
        findings.sort(key=lambda f: f.verdict == "not_specified")
    notes = {jid: _doc_notes(kb, kb.jurisdictions[jid], [f for f in findings if f.jurisdiction == jid], q.lang)
             for jid in jids}
    hits = kb.index.search(tokens, jids, k=8)
    labels = [_label(kb, f, q) for f in findings]
    reply = render(kb, findings, q, notes, labels)
    if not findings:
        reply = t("ans.nothing_found", q.lang)
    elif q.outside and q.jurisdictions:
        # (杭州西湖区那边30万以上就得上监理，文登区是不是也一样: the other place named, said to be outside, before the answer)
        covered = t("ans.list_sep", q.lang).join(kb.jurisdictions[j].document.name[q.lang] for j in q.jurisdictions)
        reply = t("ans.outside_beside", q.lang, places=t("ans.list_sep", q.lang).join(q.outside), covered=covered) + "\n" + reply
    return {
        "answer": reply,
        "findings": _labelled(findings, labels),
        "sources": [{"doc": h.doc, "article": h.label, "score": round(h.score, 3)} for h in hits],
        "understood": {"language": q.lang, "reading": q.reading, "jurisdictions": jids, "named": list(q.jurisdictions), "parts": q.parts,
                       "part_forms": q.part_forms, "form": q.form, "form_markers": classify(q.reading or text, q.lang).markers,
                       "negated": q.negated, "unmet": q.unmet, "inner_places": q.inner, "topics": q.topics,
                       "profile": {k: v for k, v in vars(q.profile).items() if v not in (None, {}) and k != "jurisdiction"},
                       "filled_from_project": q.assumed},
    }, findings
