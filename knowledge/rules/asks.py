"""A message that asks two or three things at once, cut into questions of their own (the cutting is
``knowledge.reader.compound``'s): which pieces are asks with a topic of their own, what background they share, and what
of the project the message says that each carries."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..reader.compound import asks_itself
from ..reader.question import Question, find_jurisdictions, has_form_words, question_form
from ..reader.topics import detect

# what is known of the project, carried from a message's other asks to one that does not say it again
# (not whether it is secret: "does this apply to classified projects? and do the counties …" asks it of a case)
PROJECT_FACTS = ("amount", "software_cost", "contract_amount", "kind", "funding", "unit_level")


# an ask that leans on the one before for its subject (要纳入哪个系统管理, 要的话…, "if so, …", "are they …"): answered
# with it, not as a question of its own
_LEANS_BACK = lazy_regex(r"\s*(?:另外|还有|以及|顺便(?:再)?问(?:一?下)?|再问(?:一?下)?|and|also|plus)?[，,\s]*"
                         r"(?:那|又|也|还(?!有)|它|其|该|要(?!不要|的话)|需要(?!不|的话)|得|应该?|必须|能(?!不能)|可以|不用|不需要|不必|"
                         r"(?:if that|if it|if they|and if|then|it|they|those|these|that|this|its|their|them|same|what about|how about)\b"
                         # (2026年第一季度的呢: a short ask on 呢 that names only what differs)
                         r"|[^？?，,。]{0,16}?的?呢\s*[？?]?\s*$"
                         # (…是哪个部门出的，大数据中心吗: a guess offered for the ask before)
                         r"|(?![^？?]*?(?:要|需|能|可以|得|必须|用|做|交|报|办|请|算|是不是|有没有))[^？?，,。]{1,10}(?:吗|么|嘛|吧)\s*[？?]?\s*$"
                         # (有金额标准没, "and does Zhonglou set one?": whether the text sets what the ask before asked)
                         r"|有(?:没有)?[^？?，,。]{0,6}(?:标准|规定|要求|限制|说法)(?:没有?|吗|么|嘛)?\s*[？?]?\s*$"
                         r"|[^?.]{0,60}\b(?:(?:set|have|has|give|specify|require)s?|(?:is|are) there)\s+(?:one|it|them|that|those|any)\b[^?.]{0,30}\??\s*$"
                         # (龙岗有类似规定没, "is Yunfu the same": the ask before, of another place)
                         r"|[^？?。]{0,24}?(?:类似|同样|一样|相同)|[^?.]{0,60}?\b(?:the same|similar|as well|too)\b"
                         # ("And in Shenzhen's quality supervision measures?": the ask before, of another place or text)
                         r"|(?:in|for|under|at)\s+(?![^?]*\b(?:who|what|when|how|does|do|is|are|must|need|needs|can|should|which|may|will)\b)[^?]{1,60}\?\s*$)", re.I)


_HOW_MANY_DAYS = lazy_regex(r"(?<![十百千哪])几(?:个)?(?:工作日|天|日)(?:内|以内|之内)")
# what a what-ask asks for: a body, a day, a length, a count, a place, a way (谁/who, 哪天/when, 多久/how long …)
_WH_KINDS = {
    "who": lazy_regex(r"谁|哪个部门|哪个单位|哪家|什么部门|什么单位|啥部门|\b(?:who|whom|whose|which (?:body|department|unit|agency|bureau|office))\b", re.I),
    "when": lazy_regex(r"什么时候|啥时候|啥时|何时|哪天|哪一天|几号|几月|最晚|最迟|\b(?:when|by when|what date|which date|what day|deadline)\b", re.I),
    # (a length or a number: 有效期是多少？多久没开工会取消 asks one measure twice)
    "how much": lazy_regex(r"多久|多长时间|多长|几天|几个工作日|几个月|多少|几(?:个|家|名|人|份|次)|\bhow (?:long|much|many)\b", re.I),
    "where": lazy_regex(r"哪里|哪儿|在哪|哪个平台|\bwhere\b|\bwhich platform\b", re.I),
}


def _asks_otherwise(piece: str, before: str) -> bool:
    """Do two what-asks ask for different kinds of thing (a day, then a body)?"""
    kinds = [{k for k, p in _WH_KINDS.items() if p.search(x)} for x in (piece, before)]
    return bool(kinds[0] and kinds[1] and not kinds[0] & kinds[1])


def separate_asks(kb, q: Question) -> tuple[str, list[tuple[str, list[str]]]]:
    """A message that asks two or three things, each about a topic of its own (1. 要做可研吗 2. 可研找谁编 3. 审核要多久;
    "do we need a third-party test, and who organises the final acceptance?"): the background the asks share (what the
    message states before or around its first ask: 合同这周一签的，没走采购中心备案) and the asks, each with any words after
    it that ask nothing of their own (不适用的话按啥来 goes with the ask before it), and the topics an ask that names none
    is of (质监登记…还来得及吗？登记要交啥材料: the registration's). No asks when there are fewer than two."""
    if q.inner or q.above:
        return "", []   # (深圳南山区的项目能不能按龙岗区的办法来，…要编可研吗: the place is read of the whole message)
    groups: list[list] = []   # [text, the topics it is of when it names none]
    lead = ""
    for piece in q.asks:
        topics = set(detect(piece, kb.topics))
        # (asked by its own form, or ended with the user's own question mark: not a plan told after the question, 档案后补行不行？
        # 龙岗区项目想先把验收做了)
        # (钟楼…初验最晚多少天内？文登…满多久才可以验收？: the same kind of ask, of another place, is an ask of its own)
        elsewhere = bool(groups) and bool(set(find_jurisdictions(piece, kb.aliases)) - set(find_jurisdictions(groups[-1][0], kb.aliases)))
        asked = has_form_words(piece, q.lang) and (asks_itself(piece) or bool(re.search(r"[？?]\s*$", piece))
                                                   # (…？文登大数据中心收到验收申请后几个工作日内要组织验收: how many, of another place)
                                                   or elsewhere and bool(_HOW_MANY_DAYS.search(piece)))
        leans = bool(groups) and bool(_LEANS_BACK.match(piece))
        own = asked and bool(topics) and not leans
        if own and groups and topics & set(detect(groups[-1][0], kb.topics)) and question_form(piece, q.lang) == question_form(groups[-1][0], q.lang) \
                and not _asks_otherwise(piece, groups[-1][0]) and not elsewhere:
            own = False   # the same thing asked again in other words (最早哪天能验收，最晚哪天前要验收; 有效期多久？多久没开工会取消)
            #               (not "when is the self-evaluation due, and who carries out the post-evaluation": a when, then a who)
        hint: list[str] = []
        if asked and not topics and not leans and groups and question_form(piece, q.lang) != question_form(groups[-1][0], q.lang):
            # (登记要交啥材料 after 质监登记…还来得及吗: another ask of the subject the one before names)
            hint = next((found for c in reversed(re.split(r"[，,。；;？?]", groups[-1][0])) if (found := detect(c, kb.topics))), [])
            own = bool(hint)
        if own:
            groups.append([piece, hint])
        elif groups:
            groups[-1][0] += piece
        else:
            lead += piece
    if len(groups) < 2:
        return "", []
    # (the statements of the first ask's sentence: 深圳市直项目 合同这周一签的，没走采购中心备案，质检登记最晚哪天)
    said = [c for c in re.split(r"(?<=[，,。；;])|(?<=[.:])\s+", groups[0][0]) if c.strip() and not has_form_words(c, q.lang)]
    context = lead + "".join(said)
    # (文登有视频监控的项目，审核时公安要参加不？钟楼的评审小组里有没有公安局: what is said of one place is no background of an
    # ask that names another)
    where = set(find_jurisdictions(context, kb.aliases))
    return context, [(text if i == 0 or where and (named := set(find_jurisdictions(text, kb.aliases))) and not named & where
                      else _joined(context, text, q.lang), hint) for i, (text, hint) in enumerate(groups)]


# an ask put on the answer to the one before (要的话合同签完多久内要报备; "if so, does the report go into …"): its own question
# once the condition is taken off
_IF_SO = lazy_regex(r"^\s*(?:另外|还有|and|also)?[，,\s]*(?:要的话|如果要的话|如果要|如果是的话|如果是|是的话|需要的话|如果需要|if so|if yes|if it does|if they do|if required|if needed)[，,\s]*", re.I)


def _joined(context: str, ask: str, lang: str) -> str:
    ask = _IF_SO.sub("", ask)
    if not context.strip():
        return ask
    end = "" if re.search(r"[，,。；;：:.!！]\s*$", context) else ("，" if lang == "zh" else ". ")
    end += "" if lang == "zh" or end.endswith(" ") else " "
    return context + end + ask.lstrip(" ，,")


