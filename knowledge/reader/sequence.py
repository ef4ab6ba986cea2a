"""Two steps in an order: the order a question proposes ("先实施再报告", "push the assessment to after
final acceptance") and the order a regulation's sentence sets ("报…审核后方可实施", "在项目验收前完成…
等级保护测评"). Both are read as raw phrases; matching a phrase to a step is the rules' business."""
from __future__ import annotations

import re
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

from .form import sentences
from .variants import GLOSS

# the question's proposal: (first, then)
_PROPOSED = [
    # 等保测评是验收之后再做吧, 质量监督情况是竣工验收之后再上平台查吧: the step named before 是, put after the one after it
    lazy_regex(r"(?P<b>[^，,。？?]{2,20}?)(?<!不)是(?!不|否)(?:在)?(?P<a>[^，,。？?]{2,20}?)(?:之后|以后|(?<![之以])后)(?:再|才)"
               r"(?P<v>[^，,。？?吧吗么呢]{0,8}?(?:做|出|办|交|报|查|进行|开展|提交|组织|申请))"),
    lazy_regex(r"先(?P<a>[^，,。？?]{1,20}?)(?:，|,|、|\s)*(?:回头|过后|以后|后面)?(?:再|然后|之后再|后再|后补|事后再|事后补|后)(?P<b>[^，,。？?]{1,24})"),
    # 先开工，建到一半再报变更: the second step after a clause of its own
    lazy_regex(r"先(?P<a>[^，,。？?]{1,20}?)[，,、\s]+(?P<m>[^，,。？?]{1,16}?)(?:再|然后|之后再|后再|才)(?P<b>[^，,。？?]{1,24})"),
    lazy_regex(r"(?P<b>[^，,。？?]{1,20}?)(?:之前|以前|前(?!置|期|面))(?:，|,|\s)*(?:就|可以|能|能不能|可不可以|可否)?先(?P<a>[^，,。？?]{1,20})"),
    # 档案后补行不行？想先把验收做了: the step made up for later named first, its question before the 先
    lazy_regex(r"(?P<b>[^，,。？?]{1,20}?)(?:后补|回头再?补|以后再?补|事后补|后面再?补)[^，,。？?]{0,8}[，,。？?]\s*[^，,。？?]{0,12}?先(?P<a>[^，,。？?]{1,20})"),
    lazy_regex(r"(?P<a>[^，,。？?]{1,20}?)(?:之后|以后|后)(?:，|,|\s)*(?:再)?(?:补|补办|补做|补交|补报)(?P<b>[^，,。？?]{1,20})"),
    # 源代码可以竣工验收之后再上传移交吗: the step put after another
    # (合同验收之后才交监理总结报告, 验收完了再交, 验收都结束了再交: 才 and 了 as well; 验收会都开完了，监理才把报告交过来:
    # the party doing the second step named before its 才)
    lazy_regex(r"(?P<a>[^，,。？?]{2,20}?)(?:之后|以后|完|(?<=[都已])(?:结束|完成|完毕|通过)|(?<![之以])后(?!续|面|期|来))了?(?:，|,|\s)*(?:[^，,。？?]{1,8}?(?=才(?!能|可|行|算)))?(?:再行(?!不行|吗|么)|再|才(?!能|可|行|算))(?P<b>[^，,。？?]{1,20}?)(?:还来得及|来得及|还行|可以|行不行|行吗)?(?=[，,。？?吗么呢吧]|$)"),
    lazy_regex(r"(?:push|move|postpone|defer|delay|put off|leave|shift)\s+(?P<b>.{3,60}?)\s+(?:to|until|till)\s+(?:after|following)\s+(?P<a>.{3,60}?)(?=[.?!,;]|$)", re.I),
    lazy_regex(r"(?:do|hold|run|carry out|file|submit|complete|finish|conduct|perform|make up|wrap up|get|hand in|send in|turn in|deliver|issue|provide|write|write up|draft|prepare|compile|produce|hand over|upload|register|report|archive)\s+(?P<b>.{3,60}?)(?:\s+(?:done|finished|completed))?\s+(?:only )?after\s+(?P<a>.{3,60}?)(?=[.?!,;]|$)", re.I),
    # "the vendor says the 等保 assessment can wait until after final acceptance": the step that waits, put after
    lazy_regex(r"(?P<b>\b[^.?!,;]{3,60}?)\s+(?:can|could|may|will|would)\s+(?:just\s+)?wait\s+(?:until|till)\s+(?:after\s+)?(?P<a>.{3,60}?)(?=[.?!,;]|\s+(?:since|because|as)\b|$)", re.I),
    # can the dengbao assessment be made up after final acceptance
    lazy_regex(r"\b(?:can|could|may|should|must)\s+(?P<b>.{3,60}?)\s+be\s+(?:made up|done|completed|carried out|held|submitted|filed|run|finished)"
               r"\s+(?:only |later |instead )?after\s+(?P<a>.{3,60}?)(?=[.?!,;]|$)", re.I),
    lazy_regex(r"(?P<a>\b.{3,40}?)\b(?:before|ahead of)\b(?P<b>.{3,40})", re.I),   # initial acceptance before the trial run
    # "run the tender first, then hand the plan in for the expert review", "first sign the contract, then register"
    lazy_regex(r"\bfirst,?\s+(?!and\b)(?P<a>[^.?!;,]{3,60}?),?\s+(?:and\s+)?then\s+(?P<b>[^.?!;]{3,80}?)(?=[.?!;]|$)", re.I),
    lazy_regex(r"(?P<a>\b[^.?!;:,]{3,60}?)\s+first,?\s+(?:and\s+)?then\s+(?P<b>[^.?!;]{3,80}?)(?=[.?!;]|$)", re.I),
    # "can we keep working and submit it for review later": the first step now, the second later
    lazy_regex(r"\b(?:can|could|may|should) (?:we|i|they|the unit) (?:just )?(?P<a>[\w\s-]{3,40}?)(?: now| first)? and (?:then )?(?P<b>[\w\s-]{3,60}?) (?:later|afterwards|after the fact|retroactive?l?y)\b", re.I),
    # "we plan to hold the acceptance first and connect the video afterwards", "we want to send it straight to … for
    # approval, and get the expert review afterwards": our plan, the first step now, the second later
    lazy_regex(r"\b(?:we|i)\b(?:'d|'ll| would| will| are| 're)?(?: like| want| plan| intend| going| thinking of| planning)?(?: to)? (?P<a>[\w\s'-]{3,80}?)"
               r"(?: first| now| straight (?:away|(?:to|into) [\w\s'-]{3,60}?))?,? and (?:then |only )?(?P<b>[\w\s'-]{3,80}?) (?:later|afterwards|after the fact|after that|retroactive?l?y)\b", re.I),
    # 不等前置审核通过，自己先组织验收: the step not waited for comes after
    lazy_regex(r"不(?:用|必)?等(?P<b>[^，,。？?]{1,20}?)(?:通过|完成|结束|批复|批下来|下来|出来|做完)?(?:了|的)?[，,、\s]*(?:就|先|直接|自己)+(?P<a>[^，,。？?]{1,20})"),
    # 试运行期间就做第三方验收测评，不等终验再做: the step of the clause before, not waiting for the next
    lazy_regex(r"(?P<a>[^，,。？?]{2,30})[，,]\s*不(?:用|必)?等(?P<b>[^，,。？?]{1,20}?)(?:通过|完成|结束)?(?:了|的)?(?:再做|再搞|再弄|再说|再测|再办|以后|之后|后)"),
    # 第三方验收测评能不能放在合同初步验收之前做
    lazy_regex(r"(?P<a>[^，,。？?]{2,20}?)(?:能不能|能否|可不可以|可以|可否|想|打算)?(?:放在|放到|挪到|安排在|提到|提前到|调到)(?P<b>[^，,。？?]{2,20}?)(?:之前|以前|前面|前)"),
    # 想在初验之前就申请竣工验收: the step named after the verb that follows 在…之前
    lazy_regex(r"(?:想|打算|准备|计划|能不能|能否|可不可以|可以|可否)?\s*(?:在|于)(?P<b>[^，,。？?]{2,20}?)(?:之前|以前|前)\s*(?:就|先)*"
               r"(?P<a>(?:申请|提交|组织|召开|开始|启动|投入|开|办|进行|开展|做)(?!掉|完|好|了|的)[\u4e00-\u9fff]{2,12}?)(?=[，,。？?\s]|(?<!试运)行(?=吗|不|么|嘛|吧|[？?]|$)|可以|能|吗|吧|$)"),   # (试运行？ is the step's own 行)
    # 上线安全测试 想在合同终验之前就做掉: the step done before another, said with 在…之前
    lazy_regex(r"(?P<a>[^，,。？?]{2,20}?)(?:[，,\s]*(?:能不能|能否|可不可以|可以|可否|想|打算|准备|计划))?\s*(?:在|于)(?P<b>[^，,。？?]{2,20}?)(?:之前|以前|前)"
               r"\s*(?:就|先)*(?:做|搞|办|弄|完成|进行|开展|申请|提交|交|测)"),
]
_PROPOSED += [
    # 设计符合性评价意见是在合同验收之后出的吧: a step said to come after another (the order believed)
    lazy_regex(r"(?P<b>[^，,。？?]{2,20}?)是?在(?P<a>[^，,。？?]{2,20}?)(?:之后|以后|(?<![之以])后)(?:才|再)?(?:出具|出|做|办|交|报|进行|开展|提交|审核|审|组织|申请)(?:的)?"),
    # "the source code handover is reviewed after the completion acceptance, right?"
    lazy_regex(r"(?P<b>\b[^.?!,;]{3,60}?)\s+(?:is|are|gets|get|(?:only\s+)?(?:needs?|has|have)\s+to\s+be)\s+(?:only\s+)?(?:\w+ed|done|held|run|made|issued|written|submitted|filed)\s+(?:only\s+)?after\s+(?P<a>.{3,60}?)(?=[.?!,;]|$)", re.I),   # (… only needs to be done after …)
]
_AFTER = lazy_regex(r"(?P<b>[^，,。？?]{2,20}?)(?:能不能|能否|可不可以|可以|可否|想|打算)?(?:放在|放到|挪到|安排在|推到|推迟到|留到|延到|调到)(?P<a>[^，,。？?]{2,20}?)(?:之后|以后|后面|后)")
# "… we'd like to do it after the final acceptance": a pronoun for the step, and the subject of the clause before it
_EN_PRONOUN_AFTER = lazy_regex(r"\b(?:do|hold|run|carry out|file|submit|complete|finish|conduct|perform|get|hand in|send in|deliver|issue|provide|push|move|postpone|defer|leave)\s+(?:it|this|that|them)\s+(?:(?:only|until|till|to) )?after\s+(?P<a>.{3,60}?)(?=[.?!,;]|$)", re.I)
_EN_SUBJECT = lazy_regex(r"^\s*(?:[A-Z][\w-]*:\s*)?(?:the |our |this |that )?(?P<x>[\w\s-]{3,40}?)\s+(?:takes|is|are|was|were|has|have|will|won't|can't|cannot|seems|looks|keeps|needs)\b", re.I)
# 先A挪到后面: the second step put later
_PUT_LATER = lazy_regex(r"先(?P<a>[^，,。？?]{1,24}?)(?:，|,|\s)+(?P<b>[^，,。？?]{1,16}?)(?:挪到|放到|推到|移到|留到|往|放在|放)(?:后面|之后|最后|以后|后)")


_ASKING = lazy_regex(r"\s*(行不行|可不可以|能不能|好不好|行吗|行么|行不|可以吗|可以不|能行吗|吗|么|嘛|呢|吧|是否可以|合规|合不合规"
                     r"|[,，]?\s*(is that|would that be|is it) (ok|okay|allowed|fine|acceptable|possible))\s*$", re.I)


def _step(words: str) -> str:
    # 源代码可以竣工验收(之后再移交), 拖到竣工验收(完再移交): the step is what follows the modal or the delay
    parts = [_ASKING.sub("", p.strip()).strip() for p in re.split(r"可以|能否|能不能|是不是|拖到|推到|等到|放到|留到|(?<![不先])等(?!保|级)|(?:我们|咱们)(?:打算|准备|想)|(?:想|打算|准备|计划|提出|要求|建议|希望|申请|说)在|(?:拟|将|定)(?:于|在)", words)] \
        if not words.isascii() else [_ASKING.sub("", re.split(r"[.!?;]\s|[.!?;]$", words.strip())[0]).strip()]   # (not the sentence after: "… acceptance. ok?")
    words = next((p for p in reversed(parts) if len(p) >= 2), parts[-1])   # 书面申请可以吧: the modal trails
    # 龙岗区合同终验: the place says where, not which step
    # (not 接入区视频中心, 报区大数据中心: a verb before the district's body)
    words = re.sub(r"^[\u4e00-\u9fff]{1,4}?(?<![入到报交给向送经由])(?:市|区|县)(?:的|这边|那边|这里)?(?=[\u4e00-\u9fff]{2})", "", words)
    words = re.sub(r"^[\u4e00-\u9fff]{1,6}?(?:说|讲|表示|认为|觉得)(?![明法])", "", words)   # 监理说(合同验收完了再写): who says, not the step
    words = re.sub(r"^.*?\b(?:says?|said|claims?|claimed|thinks?|reckons?|told (?:us|me)|tells (?:us|me))\s+(?:that\s+)?", "", words, flags=re.I)   # ("The vendor says the 等保 assessment")
    words = re.sub(r"(?:都|也|已经|已)(?:开|做|搞|办)?$", "", words)   # 合同验收都(结束了再交), 验收会都开(完了): the step, not how far it got
    words = re.sub(r"^把|(?:交|送|报|拿)(?:过来|过去|上来|上去)$", lambda m: m.group(0)[0] if m.group(0) != "把" else "", words)   # (把报告交过来: 报告交)
    # (等保测评我们想放到终验以后: who means to do it is no part of the step)
    return re.sub(r"(我们|咱们|我|他们|单位)$", "", _INTENT.sub("", words).strip()).strip()


# 打算开工, 我们准备先上线: what the asker means to do, not the step's own words
_INTENT = lazy_regex(r"^(我们|咱们|我|单位)?(打算|准备|计划|想|想要|要|就|先|慢慢|再|然后|统一|一起|一并)+")


# 共享资源目录等立项批了再编, 监理总结报告等合同验收结束后补交: a step waiting for another, its thing named before 等 (not 不等, not 可研等材料)
_WAIT = lazy_regex(r"(?:^|[，,。\s])(?P<thing>[^，,。？?]{0,20}?)(?<!不)(?<!不用)(?<!不必)等(?!资料|材料|文件|内容|事项|工作|单位|部门|方面)(?:到)?(?P<a>[^，,。？?]{2,20}?)"
                   r"(?:通过|完成|结束|批复|批下来|下来|出来|做完|完|批|过|好)?(?:了|的|以后|之后|后)*[，,]?\s*(?:再|(?=补))(?P<b>[^，,。？?]{1,20})")


def _step_waited(text: str) -> re.Match | None:
    """The wait for a step (等初验通过了再申请竣工验收), not 等批了再说 (nothing decided yet), 开工令等资料 (a list's
    "etc.") or 等满三个月再交 (a time waited, not a step)."""
    wait = _WAIT.search(text)
    if wait and "、" not in wait.group("thing") and not re.match(r"(说|看|讲|定|商量|研究)", wait.group("b")) \
            and not _SPAN.search(wait.group("a")):
        return wait
    return None


def step_waited_for(text: str) -> str | None:
    """The step a question waits for (等初验通过了再申请竣工验收 -> 初验), or None."""
    wait = _step_waited(text)
    return _step(wait.group("a")) if wait else None


def waits_for_step(text: str) -> bool:
    """Does the question put one step after another by waiting for it (等初验通过了再申请竣工验收)?"""
    return _step_waited(text) is not None


_SPAN = lazy_regex(r"\d|[一二两三四五六七八九十半几]\s*(个)?(工作日|天|日|周|星期|月|年)")


_SPACE_BREAK = lazy_regex(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def proposed_steps(text: str) -> tuple[str, str] | None:
    """The two steps a question proposes, in its order: "先开工、后补书面申请行不行" -> (开工, 补书面申请); in English, those
    of the sentence that asks before those of the background ("… changed a lot after approval. Can we start construction
    and report the change afterwards?")."""
    # (and in a message pasted with line breaks, 监理那边说验收之后再补。\nIs the supervisor allowed to … after …?, the line asked)
    said = sentences(text)
    asking = next((x for x in reversed(said) if x.rstrip().endswith("?")), None)
    if asking and len(said) > 1 and len(re.findall(r"[A-Za-z]+", asking)) >= 3 and (steps := _proposed_steps(asking)) and all(steps):
        return steps
    return _proposed_steps(text)


def _proposed_steps(text: str) -> tuple[str, str] | None:
    text = GLOSS.sub("", text)   # "the classified-protection (等保) assessment": the Chinese name glossed, one step
    text = _SPACE_BREAK.sub("，", text)   # 内容变化比较大 开工后再补申请 行吗: a space typed between two clauses parts them
    later = _PUT_LATER.search(text) or _AFTER.search(text)   # 等保测评放到验收以后: the second named first
    if later:
        step = _step(later.group("b"))
        if len(step) < 2:   # 等保测评来不及做，能不能放到终验之后再补: the step is the clause before's subject
            before = re.split(r"[，,。；;]", text[:later.start()])
            step = _step(re.split(r"来不及|赶不上|做不完|没时间|不想|想|要|得", before[-2])[0]) if len(before) > 1 else step
        return _step(later.group("a")), step
    m = _EN_PRONOUN_AFTER.search(text)
    if m:   # "the 等保 assessment takes forever, we'd like to do it after the final acceptance": it is the clause before's subject
        clauses = re.split(r"[.,;]\s+|\s+-\s+", text[:m.start()])
        subject = _EN_SUBJECT.search(clauses[-2]) if len(clauses) > 1 else None
        if subject:
            return _step(m.group("a")), _step(subject.group("x"))
    for pattern in _PROPOSED:
        m = pattern.search(text)
        if m:
            then = _step(m.group("b"))
            if "m" in m.groupdict() and _VAGUE_VERB.fullmatch(step_core(_PLACE_BEFORE.sub("", then))):
                then = step_core(_PLACE_BEFORE.sub("", then))   # 会议纪要这些以后再在平台上补: where it is made up says no step
            if "m" in m.groupdict() and len(then) <= 2:
                if re.search(r"(?<![不先])等(?!保|级)", m.group("m")):   # 先终验，测评报告等试运行结束再出: the thing waiting
                    thing = _step(re.split(r"(?<![不先])等(?!保|级)", m.group("m"))[0])
                    then = (thing if _VAGUE_VERB.fullmatch(step_core(then)) else thing + then) if len(thing) >= 2 else then
                elif _VAGUE_VERB.fullmatch(step_core(then)) and len(_step(m.group("m"))) >= 2:
                    # 先开验收会，整改之后再弄; 先开工，变更的事后面再报: what is left for later is named before (not its 的事, 后面)
                    then = re.sub(r"(?:的事情?|这事|的)?(?:后面|以后|之后|后来|回头)?$", "", _step(m.group("m"))) or _step(m.group("m"))
            if len(then) <= 2 and "m" not in m.groupdict():
                # 设计单位说设计符合性评价意见可以在合同验收之后再出具: a lone verb takes the thing named before the modal
                # (数据共享清单能不能等终验完再交: the list is what is handed in, not 交 alone)
                head = re.split(r"可以|能否|能不能|(?<!不)能|可否|是不是|打算|准备|(?:拟|将|定)(?:于|在)", m.group("a"))
                if len(head) > 1:
                    thing = _step(re.sub(r"(我们|咱们|我|单位)$", "", re.split(r"说|提出|认为|表示|觉得|建议", head[0])[-1]))
                    then = thing + then if len(thing) >= 2 else then
            if len(then) <= 1 and "m" not in m.groupdict() and text[m.start("b") - 1] == "补":
                # 监理总结报告等合同验收结束后补交: a lone verb left for later takes the thing waiting before 等
                waiting = re.split(r"(?<![不先])等(?!保|级)", re.split(r"[，,。？?；;]", text[:m.end("a")])[-1])
                thing = _step(waiting[-2]) if len(waiting) > 1 else ""
                then = thing + then if len(thing) >= 2 else then
            if m.groupdict().get("v") and not _VAGUE_VERB.fullmatch(m.group("v")):
                # (质量监督情况是竣工验收之后再上平台查吧: the thing, then what is done to it, without where)
                then += _WHERE_DONE.sub("", m.group("v")) or m.group("v")
            first = m.group("a")
            if "在" in first and "m" not in m.groupdict():
                # 设计符合性评价意见让设计单位在合同验收完成后再出: the step is what follows 在, the thing done named
                # before the body made to do it
                pre, first = first.rsplit("在", 1)
                if len(then) <= 2:
                    said = re.split(r"[，,。？?；;]", text[:m.start("a")])[-1] + pre
                    thing = _step(re.split(r"让|叫|请|要求|由", said)[0])
                    then = thing + then if len(thing) >= 2 else then
            return _step(first), then
    wait = _step_waited(text)
    if wait:
        then = _step(wait.group("b"))
        thing = _step(wait.group("thing"))
        # 目录等立项批了再编: a lone verb takes the thing named before 等 (not when the step is named: 再慢慢整改)
        if len(wait.group("b").strip()) <= 2 and len(thing) >= 2:   # (测试等验收完再补: the test, not "测试补")
            then = thing if _VAGUE_VERB.fullmatch(then) else thing + then
        return _step(wait.group("a")), then
    return None


_WHERE_DONE = lazy_regex(r"^(?:在|到|往|去|上)?[\u4e00-\u9fff]{0,6}?(?:平台|系统|网站|网)(?:上|里)?")
_VAGUE_VERB = lazy_regex(r"弄|搞|做|办|处理|补|补上|说|报|交|报上去|交上去")
_PLACE_BEFORE = lazy_regex(r"^(在|到|往|去)[^，,。？?]{1,10}?(上|里|中|内|那边|这边)")


# which of two steps comes first, asked as a choice (是先报审核，还是先开专题会; 先验收再查整改，还是反过来; "or the other way
# round", "which comes first"): the order is what is asked, not whether one order may go ahead
_WHICH_FIRST = lazy_regex(r"先[^？?。]{2,40}?[，,]?\s*还是\s*(?:先|反过来|倒过来|相反|顺序相反)|还是(?:反过来|倒过来)|哪个(?:步骤|环节)?(?:在)?先\s*[？?]?\s*$|谁先谁后|先后顺序(?:是|怎么|如何|是什么)"
                          r"|\bor the other way (?:a)?round\b|\bwhich (?:one |step )?(?:comes|goes|should come|must come|has to come|is done|happens) first\b"
                          r"|\bin which order\b|\bwhat(?:'s| is) the (?:right |correct )?order\b", re.I)


def asks_which_first(text: str) -> bool:
    """Does the question ask which of two steps comes first (是先A还是先B, "or the other way round")?"""
    return bool(_WHICH_FIRST.search(text))


def led_by_first(text: str) -> bool:
    """Is the order proposed with 先 (先把合同终验做了，测评报告等试运行结束再出), which says what is asked
    even where a wait is told inside it?"""
    return any(p.search(text) for p in _PROPOSED[:2])


def step_core(phrase: str) -> str:
    """A step without the particles of its aspect (停了, 干着 -> 停, 干)."""
    return re.sub(r"[着了掉完好过]+$", "", phrase.strip())


def is_doing(phrase: str) -> bool:
    """Is the step just getting on with the work (先干着, 先做了, keep working, start building)?"""
    return step_core(phrase) in ("干", "做", "搞", "弄", "开干", "动工") or bool(_EN_DOING.fullmatch(phrase.strip()))


# what an English step names in the texts' words, where the vocabulary names no topic ("send it for review")
_EN_STEP = [(lazy_regex(r"\breview", re.I), ("审核", "审查", "评审")), (lazy_regex(r"\bapprov", re.I), ("审批", "批准", "批复")),
            (lazy_regex(r"\bfil(e|ing)\b|\bregist", re.I), ("备案", "登记")), (lazy_regex(r"\b(submit|send|report)", re.I), ("报", "提交")),
            (lazy_regex(r"\bimplement|\bbuild|\bconstruct", re.I), ("实施", "建设", "施工")),
            (lazy_regex(r"\bconnect|\bhook(s|ed|ing)? (it |them )?up|\bplug(s|ged|ging)? (it |them )?into|\bintegrat", re.I), ("接入", "对接"))]


def english_step_words(phrase: str) -> set[str]:
    """The texts' words for the step an English phrase names: "send it for review" -> 报, 审核, …"""
    return {w for pattern, words in _EN_STEP if pattern.search(phrase) for w in words}


_EN_DOING = lazy_regex(r"(just )?(keep|carry on|go on|continue|start|get on with)\s*(working|building|going|the work|implementing|construction|with (the )?(work|project|construction))?( on it| it)?( now)?"
                       r"|(go ahead|proceed|implement it|start building it|build it)( now)?", re.I)


# a regulation's order: (before, after)
_SET = [
    # 报区信息化主管部门审核后方可实施, 自行检测通过后…申请合同初步验收
    lazy_regex(r"(?P<x>[^，,。；;]{2,40}?(?:审核|审批)?)(?:通过后|完成后|结束后|同意后|批准后|之后|以后|后)[，,]?(?:方可|才能|才可|再|方能|即可)?(?P<y>[^，,。；;]{2,40})"),
    # 应在项目验收前完成…等级保护测评; 在开工建设前…提交书面申请
    lazy_regex(r"(?P<y>[^，,。；;]{2,30}?)(?:前|之前|以前)[，,]?(?:就|须|应|应当|必须)?(?P<x>[^，,。；;]{2,60})"),
    # 通过平台提交相关会议纪要、申报材料…依据文件,经审议通过后按要求进行项目论证、实施: what is handed in goes before
    lazy_regex(r"(?P<x>(?:通过[^，,。；;]{1,30}?)?(?:提交|报送|上报)[^。；;]{2,60}?)[，,]\s*经[^，,。；;]{1,12}?(?:通过|同意|批准)后[，,]?(?:方可|才能|再)?(?P<y>[^，,。；;]{2,40})"),
    # 通过初验的项目方可向区大数据中心申请竣工验收
    lazy_regex(r"(?:通过|完成|经过?)(?P<x>[^，,。；;]{2,30}?)的(?:项目|系统|单位)?(?:方可|才能|才可|方能|才)(?P<y>[^，,。；;]{2,40})"),
    # 申请立项时须同步编制政务数据共享资源目录: what is done with a step is not put after it
    lazy_regex(r"(?P<y>[^，,。；;]{2,30}?)(?:时|的同时)[，,]?(?:须|应|应当|必须|要|需)?(?:同步|同时|一并)(?P<x>[^，,。；;]{2,40})"),
    # 试运行过程中…进行第三方验收测评: what is done during a step comes after it begins
    lazy_regex(r"(?P<x>[^，,。；;]{2,20}?)(?:过程中|期间)[，,]?(?P<y>[^，,。；;]{2,60})"),
    # 未经审核，不得实施
    lazy_regex(r"未经(?P<x>[^，,。；;]{2,30}?)[，,]?(?:不得|不能|不予)(?P<y>[^。；;，,]{2,30})"),
    # 未提交档案或者档案验收不合格的，不予通过项目验收; 未通过竣工验收的信息系统不得投入正式运行
    # (未通过审核的项目，区财政局不予安排资金，…交易中心文登分中心不予安排招标: the body withholding it named between)
    lazy_regex(r"(?<!经)未(?!经)(?P<x>[^，,。；;]{2,30}?)的(?:项目|系统|单位)?[，,]?\s*[^，,。；;]{0,16}?(?:不予|不得|不能)(?P<y>[^。；;，,]{2,30})"),
    # 测评单位出具项目第三方测评报告，作为项目合同终验的依据: what a step rests on comes before it
    lazy_regex(r"(?P<x>[^。；;]{2,40}?)[，,]?(?:作为|是|为)(?P<y>[^，,。；;]{2,30}?)的(?:依据|前提|必要条件|条件)"),
]


def set_orders(sentence: str) -> list[tuple[str, str]]:
    """The orders a sentence sets, as (what comes first, what comes after)."""
    return list(_orders(sentence))


@lru_cache(maxsize=2048)   # (the texts' sentences, read again for every question about an order)
def _orders(sentence: str) -> tuple[tuple[str, str], ...]:
    out = []
    sentence = re.sub(r"（[^（）]{0,60}）|\([^()]{0,60}\)", "", sentence)   # 合同签订后（对于…，以备案通过为准）5个工作日内
    for pattern in _SET:
        for m in pattern.finditer(sentence):
            out.append((m.group("x"), m.group("y")))
    return tuple(out)
