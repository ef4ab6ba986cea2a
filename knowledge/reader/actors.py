"""Who does a step: the body a question claims does it ("初验是不是得区大数据管理局来组织", "验收是否由市政务
服务数据管理局来组织") and the body a text's sentence has do it ("项目建设单位应在…自行组织项目初验",
"由市直各单位自行组织验收"). A body is named as people shorten it (市政数局 for 市政务服务数据管理局): it is the
same body when its characters occur in the text's name in order and it ends as the name does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lazy_regex import lazy_regex

ENDS = r"(?:单位|部门|局|中心|小组|委员会|(?<=[改信卫建])委(?![托员派任])|机构|公司|政府办公室|政府办|政府|办公室|办|(?<=承建|施工|监理|设计|集成|开发|供应|中标|建设)方(?![案法面式向针]))"   # the longer name first: 区政府办, not 区政府
BODY = rf"[\u4e00-\u9fff]{{1,18}}?{ENDS}(?:[（(][^）)]{{2,12}}[）)])?"
_VERBS = r"组织|主持|牵头|审批|审核|出具|办理|(?:负责)?解释|(?<=[去来])办(?=的|吧|吗|么|嘛|[？?])|(?<=[位方司商门局心己])(?:去|来)?(?:请|聘请)(?=的|[\u4e00-\u9fff]{1,8}的\s*(?:吧|吗|么|嘛|[？?]|$))|(?<=[位方司商])写(?=的)|出(?=的)|(?<![审报])批(?=的|了吧|了吗)|(?<=统一)采(?=的)|负责(?=的?\s*(?:吧|吗|么|嘛|对吧|是吧|是不是|没错吧|对不对))|(?<=[局心位门办构司方商])(?:来)?做(?=的?\s*(?:吧|吗|么|嘛|对吧|是吧|是不是|没错吧|对不对))|验收|(?<!政府)采购|编写|编制|撰写|(?<=[忙着帮代替为们咱我])写(?!好|完|了|进|入|到|在)|写(?=一份|一个|一下)"   # (写 of a body asked to write for another: 让承建方帮忙写)   # (政府采购 is the procedure, not a body buying; 出的 is 出具)
# 审核意见是哪个部门出的？大数据中心吗: a who-question, its guess said after it
_GUESSED = lazy_regex(rf"(?:是)?(?:哪个|哪家|哪一个|什么)(?:部门|单位|机构)(?:来)?(?P<v>{_VERBS})的?[？?，,。\s]*(?:是)?(?P<b>{BODY})(?=\s*(?:吗|么|嘛|吧|是吧|对吧|是不是))")
# 自己组了专家组做终验, 自行请专家开了验收会: a panel of its own is the step organised by the unit itself
_OWN_PANEL = lazy_regex(r"(?<=自己|自行)(?:组|组建|成立|请|找|拉)(?:了)?(?:个|一个)?(?:专家组|验收组|评审组|专家(?:组)?)(?:来|去)?(?:做|搞|开(?:了)?|进行|弄)?")
# the verbs of writing a document, one for another (编写 in a question, 编制 in the text), and the document they write
_WRITE = r"编写|编制|撰写|出具|写"
_DOCUMENT = lazy_regex(r"[\u4e00-\u9fff]{2}(?:报告|方案|意见|月报)")
# the steps whose doer is asked, most specific first
_STEPS = r"解释|立项审批|造价审核|专家论证|审计|资金审核|初验|终验|竣工验收|初步验收|初步核验|第三方验收测评|验收测评|验收|评审|论证|前置审核|审核|审批|备案|质量监督登记|登记|测评|测试|招标|采购|符合性评价|评价意见|审查"
# (设计符合性评价意见能不能让监理单位代为出具: another body in the named one's place)
# (终验我们单位自己组织就行了吧: the asker's own unit, said doing it itself, needs no 由)
# a party named by its short name, with no 单位 (应该是监理出的吧, 是承建商组织的吧): its texts' name below
_SHORT_PARTIES = {"监理": "监理单位", "承建商": "承建单位", "供应商": "承建单位", "集成商": "承建单位", "总包": "承建单位"}
_SHORT_PARTY = "|".join(_SHORT_PARTIES)
_CLAIM = lazy_regex(rf"(?:(?P<by>应由|须由|由|得|要|需要|是|归|让|(?<!不)(?<!没)(?<!不打算)(?<!不想)(?<!不准备)(?:请(?!问|示|教|求)|找|交给|委托))\s*(?P<b>{BODY}|{_SHORT_PARTY})\s*(?:自己|自行)?"
                    rf"|(?P<own>(?:我们|咱们|我|本)(?:单位|部门|局|中心)?)[^。？?！!]{{0,14}}?(?:自己|自行)"
                    # (我们单位牵头，想自己采购; 我们是云浮市直单位，想自己采购; 能不能自己按政府采购程序采购: the asker)
                    rf"|(?:(?<=能不能)|(?<=可不可以)|(?<=能否)|(?<=可以)|(?<=想)|(?<=打算)|(?<=准备)|(?<=规定)|(?<=[，,]))(?P<self>自己|自行))"   # (按政府采购规定自己组织采购)
                    # (让承建方帮忙写, 请区大数据管理局帮我们组织: the body asked to do it for the asker)
                    rf"(?:那边|那里|那儿|这边|方面)?(?:来|去|负责|统一|代为|代|帮忙|帮着|牵头|(?:帮|替)(?:我们|咱们|我|咱)?)?\s*(?:按[^，,。？?]{{1,12}}?)?(?P<v>{_VERBS})")   # (自己按政府采购规定采购)
_STEP = lazy_regex(_STEPS)
# the words that name a text's classes of service (通用软件开发服务 is 公共类, 专业软件开发服务 专业类): which of its cases
# a question means
CLASS_WORDS = ("专业类", "公共类", "通用软件", "专业软件", "公共支撑平台", "基础设施")
# (and the steps or documents a case is of: 初验, 合同)
# (and the documents a step is of: 可研报告的评审 is the feasibility study's, not the preliminary design's)
_QUALIFIERS = lazy_regex("|".join((*CLASS_WORDS, "初验", "终验", "竣工", "合同", "软件", "可行性研究", "初步设计", "概算", "建设方案", "建议书")))


@dataclass(frozen=True)
class Claim:
    body: str        # the body the question names (区大数据管理局)
    verb: str        # what it is said to do (组织)
    step: str        # the step it is said to do (初验)
    qualifiers: tuple[str, ...]   # words that say which of the text's cases is meant (专业类)


# an English claim, said again in the texts' words: "can we let the contractor organise the preliminary acceptance"
# the bodies an English question names, with the words the texts use for them (one list for every English reading:
# the claims here, the recipients, a body's role)
EN_BODIES = [(r"contractors?|vendors?|developers?|suppliers?|integrators?", "承建单位"),
             (r"supervisors?|supervision (?:firm|company|unit)s?", "监理单位"), (r"design(?:er|ers| firm| unit| institute)", "设计单位"),
             (r"big[- ]data (?:cent(?:er|re)|center|centre)", "大数据中心"), (r"(?:city |district |municipal )?finance (?:bureau|department)", "财政局"),
             # (the data bureau, by the words each text's name for it ends in: 市政务服务数据管理局, 区政府办(大数据管理局))
             (r"(?:city |district |municipal )?(?:government )?(?:services )?(?:big[- ])?data (?:management |administration )?(?:bureau|administration)", "数据管理局"),
             (r"(?:city |district |municipal )?audit (?:bureau|office|department)", "审计局"),
             (r"(?:city |district |municipal )?(?:development and reform (?:bureau|commission)|drc|ndrc)", "发改"),
             (r"(?:city |district |municipal )?cyberspace (?:affairs )?(?:office|administration)|\bcac\b", "网信办"),
             (r"(?:city |district |municipal )?industry and information(?:ization|isation)? (?:technology )?bureau", "工信局"),
             (r"public resources? trading cent(?:er|re)", "公共资源交易中心"),
             (r"(?:city |district |municipal )?(?:quality supervision|quality) (?:body|agency|station|organi[sz]ation)", "质监机构"),
             (r"(?:city |district |municipal )?(?:informati[sz]ation|it) (?:dept|department|authority|bureau|office)", "信息化主管部门")]
_EN_VERB = [(r"organi[sz]es?|runs?|hold|holds|conducts?|host|hosts|chairs?|does|do|carry out|carries out|performs?", "组织"),
            (r"hires?|engages?|appoints?|commissions?", "请"), (r"grants?|approves?", "审批"), (r"write|draft|prepare|compile", "编写"),
            (r"issue", "出具"), (r"procure|buy|purchase", "采购")]
_EN_STEP = [(r"(?:preliminary|initial) (?:contract )?acceptance|contract (?:preliminary|initial) acceptance", "初步验收"),
            (r"(?:preliminary|initial) (?:check|inspection|verification)", "初验"),
            (r"final (?:contract )?acceptance", "终验"), (r"completion acceptance", "竣工验收"),
            (r"(?:third[- ]party )?acceptance (?:test(?:ing|s)?|evaluation|assessment)", "第三方验收测评"), (r"acceptance", "验收"),
            (r"cost (?:audit|review|check)s?", "造价审核"), (r"expert (?:evaluation|appraisal|assessment|argumentation)s?", "专家论证"),
            (r"expert review|review", "评审"), (r"audit(?:ing|s)?", "审计"),
            (r"project (?:establishment|initiation|approval)(?: approval)?|establishment approval|project approval", "立项审批")]
_EN_CLAIM = lazy_regex(r"\b(?:(?:let|have|get|allow)\s+(?:the\s+)?|(?:can|could|may)\s+(?:the\s+)?)"
                       rf"(?P<b>{'|'.join(p for p, _ in EN_BODIES)})\s+(?:to\s+)?(?P<v>{'|'.join(p for p, _ in _EN_VERB)})\s+"
                       r"(?:the\s+|our\s+|its\s+)?(?P<s>[^?.,;()]{3,60})"
                       # "is it the Big Data Center that does our 初验", "does the big data centre organise the acceptance"
                       # ("isn't it the vendor (the contractor …) that has to hire the testing firm", "the Yunfu Finance Bureau that grants")
                       rf"|\b(?:is it|isn't it|is not it|is that|will it be|does|do|will|would)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?P<b2>{'|'.join(p for p, _ in EN_BODIES)})\s+(?:\([^)]{{1,60}}\)\s+)?(?:(?:in|of|for)\s+[A-Z][a-z]+\s+)?(?:that\s+|who\s+)?"
                       r"(?:(?:has|have|needs?|is|are) to\s+|must\s+|should\s+)?"
                       rf"(?P<v2>{'|'.join(p for p, _ in _EN_VERB)})\s+(?:the\s+|our\s+|its\s+)?(?P<s2>[^?.,;]{{2,60}})"
                       # "the 区财政局 is the one that does project establishment approval, right?"
                       rf"|\b(?:the\s+)?(?P<b3>{'|'.join(p for p, _ in EN_BODIES)}|[\u4e00-\u9fff]{{2,12}}(?:局|中心|部门|办))\s+is\s+the\s+one\s+(?:that|who)\s+"
                       rf"(?P<v3>{'|'.join(p for p, _ in _EN_VERB)}|approves?|handles?)\s+(?:the\s+|our\s+|its\s+)?(?P<s3>[^?.,;]{{2,60}})", re.I)


# the asker's own unit doing a step itself: "we're procuring … ourselves", "our bureau will run the procurement itself"
# ("our department set up its own expert panel for final acceptance": a panel of its own is the step organised by it)
_EN_OWN_CLAIM = lazy_regex(r"\b(?:we|our (?:own )?(?:unit|bureau|department|office))\b[^.?;]{0,30}?\b(?P<v>procur\w*|buy\w*|purchas\w*|organi[sz]\w*|run\w*|hold\w*|held|conduct\w*|set up|sets up|setting up|form\w*|convene\w*|assembl\w*|pick\w*|choos\w*|chose|select\w*|appoint\w*)\b"
                           r"(?P<s>[^.?;]{0,80}?)\b(?:ourselves|itself|on our own|by ourselves|(?:its|our) own (?:expert |acceptance |review )?(?:panel|group|team|committee))\b", re.I)
# the classes of service a text names, said in English (a specialised project is 专业类)
_EN_QUALIFIERS = [(r"speciali[sz]ed|specialist|professional", "专业类"), (r"general[- ]purpose|common|generic", "通用软件"),
                  (r"public[- ]class", "公共类"), (r"infrastructure|government cloud", "基础设施")]


def _english_own_claim(text: str, original: str) -> str | None:
    """"we're procuring a 专业软件开发服务 … ourselves": the claim in the texts' words (我们自己采购), with the class of
    service the question names (in Chinese or English) after it, or None."""
    m = _EN_OWN_CLAIM.search(text)
    if not m:
        return None
    verb = m.group("v").lower()
    step = "采购" if verb.startswith(("procur", "buy", "purchas")) or re.search(r"\bprocurement\b", m.group("s"), re.I) else \
        next((zh for p, zh in _EN_STEP if re.search(rf"\b(?:{p})\b", m.group("s") + text[m.end():], re.I)), None) or \
        next((zh for p, zh in _EN_STEP if re.search(rf"\b(?:{p})\b", re.split(r"[.?;!]", text[:m.start()])[-1], re.I)), None)   # ("For the final acceptance, can we set up our own panel")
    if step is None:
        return None
    said = "组织" if step != "采购" else ""
    classes = "".join(zh for p, zh in _EN_QUALIFIERS if re.search(rf"\b(?:{p})", original, re.I)) + "".join(_QUALIFIERS.findall(original))
    return f"我们自己{said}{step}（{classes}）" if classes else f"我们自己{said}{step}"


# said the other way round: "the final acceptance is organised by the contractor, right?"
_EN_PASSIVE = lazy_regex(r"(?P<s>[^?.;]{3,80}?)\s+(?:is|are|gets?|will be|would be|should be|has to be|have to be|must be|'s)\s+"
                         r"(?:(?:usually|always|normally|just|only)\s+)?(?P<v>organi[sz]ed|run|held|conducted|done|issued|written|prepared|drafted|compiled|procured|bought|purchased|tendered|interpreted)"
                         rf"(?:\s+(?:centrally|jointly|directly|collectively|uniformly|all))?\s+by\s+(?:the\s+)?(?P<b>{'|'.join(p for p, _ in EN_BODIES)})\b", re.I)
# "auditing … is the Finance Bureau's job", "that's the supervisor's responsibility, right"
_EN_JOB = lazy_regex(r"(?P<s>[^?.;]{3,80}?)\s+(?:is|are|'s|falls? (?:to|on|under))\s+(?:(?:really|usually|always|just|basically)\s+)?(?:the\s+)?"
                     rf"(?P<b>{'|'.join(p for p, _ in EN_BODIES)})(?:'s|’s)\s+(?:job|responsibility|duty|task|call|remit|business)\b", re.I)
_EN_PARTICIPLE = [(r"organi[sz]ed|run|held|conducted|done", "组织"), (r"issued", "出具"), (r"written|prepared|drafted|compiled", "编写"),
                  (r"interpreted", "解释"),   # ("the measures are interpreted by the DRC": who interprets the text)
                  (r"procured|bought|purchased|tendered", "采购")]


def _english_claim(text: str) -> str | None:
    """An English claim of who does a step, in the texts' words (让承建单位组织初步验收), or None."""
    m = _EN_CLAIM.search(text)
    if not m and (p := _EN_PASSIVE.search(text)):
        # (the step is the last the words before "is … by" name)
        # (the longest of those that end last: "final acceptance", not its "acceptance")
        step = next((zh for *_, zh in sorted(((-x.end(), x.start(), zh) for pat, zh in _EN_STEP
                                              for x in re.finditer(rf"\b(?:{pat})\b", p.group("s"), re.I)))), None) or \
            next((x.group(0) for x in reversed([*re.finditer(_STEPS, p.group("s"))])), None)   # ("the 初验 is organised by …")
        verb = next(zh for pat, zh in _EN_PARTICIPLE if re.fullmatch(pat, p.group("v"), re.I))
        if verb in ("编写", "出具") and (document := _DOCUMENT.search(p.group("s"))):
            step = document.group(0)   # ("the 设计符合性评价意见 is written by …": the document written, as 编写 takes it)
        step = step or ("采购" if verb == "采购" else None)   # ("… projects are procured by the data bureau": the buying is the step)
        step = "解释" if verb == "解释" else step   # (the text itself is what is interpreted)
        if step is None:
            return None
        body = next(zh for pat, zh in EN_BODIES if re.fullmatch(pat, p.group("b"), re.I))
        body = body if re.search(f"{ENDS}$", body) else body + "部门"
        return f"让{body}{verb}{step}"
    if not m and (j := _EN_JOB.search(text)):   # "auditing … is the Finance Bureau's job"
        step = next((zh for pat, zh in _EN_STEP if re.search(rf"\b(?:{pat})\b", j.group("s"), re.I)), None) or \
            next((x.group(0) for x in _STEP.finditer(j.group("s"))), None)
        body = next(zh for pat, zh in EN_BODIES if re.fullmatch(pat, j.group("b"), re.I))
        return f"{step}是{body}负责的吧" if step else None
    if not m:
        return None
    said, party, doing = (m.group("s"), m.group("b"), m.group("v")) if m.group("b") else (m.group("s2"), m.group("b2"), m.group("v2")) \
        if m.group("b2") else (m.group("s3"), m.group("b3"), m.group("v3"))
    # (a step said in the texts' own Chinese: "does our 初验")
    step = next((zh for p, zh in _EN_STEP if re.match(rf"\s*(?:{p})\b", said, re.I)), None) or \
        (s.group(0) if (s := re.match(rf"\s*(?:{_STEPS})", said)) else None)
    if step is None:
        return None
    body = next((zh for p, zh in EN_BODIES if re.fullmatch(p, party, re.I)), party)   # (a body named in Chinese: 区财政局)
    body = body if re.search(f"{ENDS}$", body) else body + "部门"   # (发改 for the DRC: a body by its name's end)
    verb = next((zh for p, zh in _EN_VERB if re.fullmatch(p, doing, re.I)), "审批" if re.match(r"approve", doing, re.I) else "负责")
    if verb == "请":   # ("the vendor that has to hire the testing firm": who engages it, as 是承建单位请…的吧 says)
        return f"是{body}请{step}的吧"
    if verb == "审批" and step == "立项审批":   # ("the Finance Bureau that grants project approval": whose approval it is)
        return f"{step}是{body}负责的吧"
    return f"让{body}{verb}{step}"


def claimed_actor(text: str) -> Claim | None:
    """The body a yes/no question says does a step, with the step: None if it names none."""
    english = re.sub(r"[（(][^）)]*[）)]", "", text)   # (an English question glossing a step in Chinese: (合同初步验收))
    if english.isascii() or len(re.findall(r"[\u4e00-\u9fff]", english)) < 12 < len(re.findall(r"[A-Za-z]", english)) / 3:
        # (an English question with a Chinese term or two in it is still English)
        claim = _english_claim(english)
        if claim:   # (the class of project the question names, as the own unit's claim carries it: 专业类)
            classes = "".join(zh for p, zh in _EN_QUALIFIERS if re.search(rf"\b(?:{p})", text, re.I)) + "".join(_QUALIFIERS.findall(text))
            claim += f"（{classes}）" if classes else ""
        text = claim or _english_own_claim(english, text) or ""
    text = re.sub(r"[（(][A-Za-z][A-Za-z\s'-]{1,30}[）)]", "", text)   # (承建单位(vendor)那边去办: an English gloss)
    text = _GUESSED.sub(lambda g: f"是{g.group('b')}{g.group('v')}的", text)
    text = _OWN_PANEL.sub("自己组织", text)
    # (不需要等数据局组织: the body not waited for is no claim)
    # (监理单位说，自己组织初验就行: the 自己 of a party reported, not the asker's)
    m = next((m for m in _CLAIM.finditer(text) if not re.search(r"不(用|必|需要|要)?$", text[:m.start()])
              and not (m.group("self") and re.search(r"说[^。？?]{0,12}?[，,]?\s*$", text[:m.start()]))), None)
    if not m:
        return None
    body = m.group("own") or ("我们" if m.group("self") else None) or re.sub(r"^(?:的|是|不是|否|由|得|要|需要|应|须|归|让)+", "", m.group("b").split("由")[-1])   # (不要由设计单位: 设计单位)
    if re.match(r"交给|委托给?", body) and m.group("v") in ("采购", "采", "组织", "招标"):
        body = re.sub(r"^(?:交给|委托给?)", "", body)   # 是不是得交给数据局统一采购: the body it is handed to buys (not 交给…备案)
    if re.match(r"不|先|过|经", body):
        return None   # 得不得先过市政数局验收前置审核: a step to pass, not who does one
    if m.group("by") == "是" and re.match(r"报(?!告|表|批)", body) and m.group("v") in ("审核", "审批", "批") and re.search(r"吧\s*[？?。]?\s*$", text):
        body = body[1:]   # 立项是报区政数局审批吧: who approves, believed (the filing goes to the body said)
    elif re.match(r"(?:先|需|需要|要|得|必须|应|就|再)?(?:报|向|送|交|提交|呈|经)", body):
        return None   # 要报区信息化主管部门审核吗: a filing asked for, not who reviews
    if m.group("v") in ("审核", "审批") and not (m.group("by") in ("由", "应由", "须由", "是", "归") or "由" in m.group("b")):
        return None   # 要X审核 asks for the review; 由X审核 says who does it
    # (the step the claimed verb is said of: the first after it, else the nearest before it)
    step = _STEP.search(text, m.end()) or ([*_STEP.finditer(text[:m.start()])] or [None])[-1]
    if re.fullmatch(_WRITE, m.group("v")) or m.group("v") == "出":   # 监理总结报告让承建单位代为编写: the document written is the step
        step = _DOCUMENT.search(text, m.end()) or ([*_DOCUMENT.finditer(text[:m.start()])] or [None])[-1]
    step = step.group(0) if step else "采购" if m.group("v") in ("采购", "采") else None   # (我们局想自己采购: the verb is the step)
    if m.group("v") in ("批", "采"):
        step = {"批": "审批", "采": "采购"}[m.group("v")]   # (立项审批应该是区财政局批的吧: the approval is the step; 统一采的 the buying)
    if step is None and m.group("v") in ("审批", "审核") and re.search(r"立项\s*(?:是|要|得|需要)?\s*$", text[:m.start()]):
        step = "立项审批"   # (立项是报区政数局审批吧: the approval of the project's establishment)
    if m.group("v").endswith("解释"):
        step = "解释"   # (办法是市财政局负责解释的吧: interpreting the text is the step)
    if not step or len(body) < 2:
        return None
    verb = {"出": "出具", "批": "审批", "采": "采购", "做": "负责", "负责解释": "解释"}.get(m.group("v"), m.group("v"))   # (审查是大数据中心做的吧: whose duty)
    body = _SHORT_PARTIES.get(body, body)
    if step == "采购" and text.startswith("采购", m.end()):
        verb = "采购"   # (自己组织采购: the buying is the step done, as the texts' 开展采购 is)
    return Claim(body, verb, step, tuple(dict.fromkeys(_QUALIFIERS.findall(text.replace("可研", "可行性研究")))))


# the asker's own unit (我们单位, 本单位), and the names a text gives the unit that runs a project
_OWN = lazy_regex(r"(我们|咱们|我|本|自己)(的)?(项目)?(建设|申报|实施)?(单位|部门|局|中心)?|单位")
_PROJECT_UNIT = lazy_regex(r"(项目)?(建设|申报|申请|使用|实施)?单位$|各单位$|各部门$|建设部门$")


def carried_subject(sentence: str, before: str | None) -> str | None:
    """The body a sentence opens with as the one responsible (市政务服务数据管理局负责…), or, for a sentence that
    opens with 负责 alone, the one carried on from before; None otherwise."""
    lead = re.match(rf"\s*(?P<b>{BODY})负责", sentence)
    return lead.group("b") if lead else before if re.match(r"\s*负责", sentence) else None


def own_unit(said: str) -> bool:
    """Is the body the asker's own unit (我们单位, 本单位)?"""
    return bool(_OWN.fullmatch(said))


def same_body(said: str, named: str) -> bool:
    """Does ``said`` (as a question shortens it: 市政数局, 区大数据管理局) name the body ``named``
    (市政务服务数据管理局, 区政府办(大数据管理局))? Its characters occur in the name in order, and it ends as
    the name (or its bracketed other name) does. The asker's own unit (我们单位) is the unit that runs the
    project (项目建设单位, 市直各单位)."""
    if own_unit(said):
        return bool(_PROJECT_UNIT.search(named))
    said = re.sub(r"(?<=[\u4e00-\u9fff]{2})方$", "单位", said)   # 承建方, 监理方: the party's 单位
    # (具备测评资质的机构 for the 测评单位: a body described by the qualification it holds is the one named by its work)
    described = re.fullmatch(r"(?:另|再)?(?:请|找|聘请)?(?:一家|一个)?具(?:备|有)(?:相关|相应|信息系统工程)?([\u4e00-\u9fff]{2,4}?)资质的(?:机构|单位|公司|企业|第三方)", said)
    if described:
        return described.group(1)[-2:] in named and bool(re.search(r"(单位|机构|公司)$", named))
    if (other := re.fullmatch(r"(.+?)[（(]([^）)]+)[）)]", said)):   # 区政府办(大数据管理局): the name before its gloss
        return same_body(other.group(1), named)
    # (发改部门 for 区发改局, 财政局 for 区财政部门: a government body named by what it does, with 局 or 部门 after it)
    stem = re.fullmatch(r"(.{2,8}?)(?:部门|局)", said)
    named_stem = re.fullmatch(r"(.{2,10}?)(?:部门|局)", re.sub(r"[（(][^）)]*[）)]$", "", named))
    if stem and named_stem and named_stem.group(1).endswith(stem.group(1)):
        return True
    ends = {re.sub(r"[（(][^）)]*[）)]$", "", named)[-1:], *(x[-1:] for x in re.findall(r"[（(]([^）)]+)[）)]", named))}
    it = iter(named)
    return all(ch in it for ch in said) and said[-1:] in ends


# a step's other names in the texts
_STEP_NAMES = {"初验": "初验|初步验收|初步核验", "初步验收": "初验|初步验收|初步核验", "竣工验收": "竣工验收", "终验": "终验"}


def actor_of(sentence: str, claim: Claim, subject: str | None = None) -> tuple[str, str] | None:
    """(the body the sentence has do the claimed step, the sentence's words from that body to the
    step) where the sentence says who does it; None when it does not. ``subject`` is the body a sentence
    without one of its own carries on from the one before (市政务服务数据管理局负责…；负责公共类服务项目…组织验收)."""
    # 自行组织项目初验, 组织验收专家组进行项目终验, 初验组织
    verb = _WRITE if re.fullmatch(_WRITE, claim.verb) else claim.verb
    # (初验 the texts also write 初步验收 or 初步核验, and a unit that checks it itself 进行 it: 文登 第三十五条)
    step = _STEP_NAMES.get(claim.step, claim.step)
    if claim.verb == "组织" and claim.step in _STEP_NAMES:
        verb = "组织|进行|开展"
    if claim.verb in ("办", "办理"):   # (质量监督登记是监理单位去办的吧: the text's 完成质量监督登记)
        verb = "办理|完成|进行|申请|负责"
    if re.fullmatch(r"(?:去|来)?(?:聘)?请", claim.verb):   # (第三方验收测评是承建单位去请的吧: 聘请…单位对项目进行第三方验收测评)
        verb = "聘请|委托|请"
    if claim.step == "立项审批":   # (区发改局…负责全区政务信息化项目的立项审批)
        verb = "负责|审批|组织"
    if claim.verb == "组织" and claim.step == "验收":   # (区大数据中心…会同…组成验收组进行竣工验收: the whole acceptance, organised)
        verb, step = "组织|组成", "(?:竣工|项目)?验收"
    if claim.verb == "负责" and claim.step in ("初步核验", "初验", "初步验收"):   # (初步核验是区大数据中心做的吧: …进行初步核验)
        verb = "负责|进行|开展|组织"
    elif claim.verb == "负责" and (claim.step in ("测试", "测评", "审查", "评审") or claim.step.endswith("审核")):   # (上线安全测试是第三方测评机构做的吧: …开展安全测试; 资金审核是数据局做吗: 市财政局对项目进行资金审核)
        verb = "负责|进行|开展|组织"
    if claim.verb == claim.step == "采购":   # (…审批同意后，项目建设单位方可购置: buying said another way)
        # (项目实施单位作为项目招标投标、政府采购主体: the body the text makes the buyer)
        said = r"(?<!政府)(?:采购|购置|购买)|(?<=作为)[^，,。；;]{0,12}?采购主体"
    else:
        said = claim.step if claim.verb == claim.step else \
        rf"(?:{verb})[^，,。；;]{{0,{16 if verb == '负责' else 12}}}?(?:[\u4e00-\u9fff]{{2,6}}(?:和|、|及))?(?:{step})|(?:{verb})[^，,。；;]{{0,30}}?(?:进行|开展)(?:{step})|(?:{step})(?![局厅委署]|部门|机构)[^，,。；;]{{0,2}}?(?:{verb})"   # (组织…进行造价审核和专家论证; 组织区信息化主管部门等相关单位和专家对…进行评审; not 审计局负责: a body's name)
    if claim.step == "立项审批" and "立项申请" in sentence:   # (提出立项申请，由区发改部门按程序审批: the approval of that application)
        said += r"|(?<=按程序)审批"
    for m in re.finditer(said, sentence):
        if re.search(r"(?:未|没有|不予?|违反[^，,。；;]{0,8})(?:履行|经过?|办理)?$", sentence[:m.start()]):
            continue   # (单位或个人违反本办法规定未履行审批、备案程序: a step not taken says nobody's doing it)
        # (a comma inside an aside in brackets ends no clause: 建设单位应在项目合同签订后（对于…的合同，以备案通过为准）5个工作日内完成…)
        masked = re.sub(r"[（(][^）)]*[）)]", lambda b: "·" * len(b.group(0)), sentence)
        start = max((masked.rfind(c, 0, m.start()) for c in "，,；;。"), default=-1) + 1
        start += len(re.match(r"\s*(?:[（(][^）)]*[）)])?", sentence[start:]).group(0))   # (an article's heading: （监督程序）)
        clause = sentence[start:m.start()]
        # the body after the clause's last 由, else the one the clause opens with
        named = ([*re.finditer(rf"由(?P<b>{BODY})", clause)] or [re.match(rf"\s*(?!因|如|若|凡|当)(?P<b>{BODY})", clause)])[-1]
        # (因街道或部门确有采购…需求的: a case the clause states, not who does the step)
        if named and re.match(r"\s*(向|给|对)", clause):   # 向建设单位出具: the body it goes to; the doer is the subject before
            # (信息工程合同验收前设计单位应: the body after the time said)
            subjects = [*re.finditer(rf"(?:^|[前后时中内，,])(?P<b>(?:(?![前后时])[\u4e00-\u9fff]){{1,18}}?{ENDS})(?=应当|应|须|要|负责)", sentence[:start])]
            # (市政务服务数据管理局综合市财政局意见，向项目申请单位出具…立项审批意见: the body the sentence opens with, when
            # no clause before says who must)
            subjects = subjects or [b for b in [re.match(rf"\s*(?![对向给为把将被在从按由经])(?P<b>{BODY})", sentence[:start])] if b]
            if not subjects:
                continue
            named, start = subjects[-1], 0
        if not named and subject and start == 0 and (clause.startswith("负责") or not clause.strip() and sentence.startswith("负责", m.start())):
            return subject, sentence[:m.end()]
        # (区信息化主管部门依据…要求，主要对…开展安全测试: a clause going on with 主要/同时, the sentence's body its doer)
        # (…，确认质量问题整改完成后，可组织项目竣工验收: a clause of a modal word alone has no body of its own either)
        if not named and (re.fullmatch(r"\s*(?:方可|可以|可|应当|应|须|并|再|才能|才可)?\s*", clause) or re.match(r"(?:并|具体|统一)?负责", clause)
                          or claim.verb == "负责" and re.match(r"(?:主要|同时|随后|然后)(?!由)", clause)) and start > 0:
            # 区大数据中心组织相关领域专家，…进行审核，出具审核意见: a clause with no body of its own goes on with the
            # body that opens the sentence's last clause led by one
            leads = [*re.finditer(rf"(?:^|[，,])\s*(?![对向给为把将被在从按由经])(?P<b>(?:(?![前后时])[\u4e00-\u9fff]){{1,18}}?{ENDS})(?!向|给|对|的)(?=[\u4e00-\u9fff])", sentence[:start])]
            if leads:
                named, start = leads[-1], 0
        if named and "和" not in named.group("b") and "、" not in named.group("b"):
            # (…评价意见: the step's noun whole; 并出具项目验收(终验)报告: the clause whole when it is short)
            rest = re.match(r"[^，,。；;]*", sentence[m.end():]).group(0)
            end = m.end() + (len(rest) if len(rest) <= 16 else 6)
            at = named.start("b") - (1 if clause[:named.start("b")].endswith("由") else 0)   # (由市政务服务数据管理局…采购, whole)
            # (威海市公共资源交易中心文登分中心负责…: the name runs on to the body that acts, not its first 中心)
            more = re.match(rf"((?:(?!负责|应当|应|须|组织|牵头|对|的)[\u4e00-\u9fff]){{1,8}}?{ENDS})(?=负责|应当|应|须|组织|牵头)",
                            sentence[start + named.end("b"):]) if start + named.end("b") <= len(sentence) else None
            return named.group("b") + (more.group(1) if more else ""), sentence[start + at:end]
    return None


# who does a step, or who pays for it, asked (后评价谁来组织, 资产处置归哪个部门管, 测评费用谁出, "who runs the post-evaluation",
# "who is supposed to pay for that testing"); not a who-question asked of a body the question names (是不是大数据局来组织)
_WHO_PAYS = lazy_regex(r"(费用|经费|费|钱|资金)[^，,。？?]{0,6}(由谁|谁来?)(出|付|承担|负担|掏|买单)|谁(来)?(出钱|付钱|掏钱|买单|承担费用|出这笔钱)"
                       r"|(费用|经费|费|钱)[^，,。？?]{0,6}(从哪|哪个部门|哪家)(出|付|承担)"
                       r"|\bwho (is supposed to |should |must |has to |will |would )?(pays?|pay for|covers? the (cost|costs|fee|fees|bill)|foots? the bill|funds?|bears? the (cost|costs|fee|fees|expense))\b"
                       r"|\b(which|what) (department|body|unit|agency|office|party) (pays|should pay|bears|covers|funds)\b", re.I)
_WHO_DOES = lazy_regex(r"(由谁|谁来|谁|哪个部门|哪个单位|哪家单位|哪个机构|什么部门|什么单位|什么机构)(来)?(组织|负责|牵头|主持|审批|审核|批|做|搞|办|管|出具|实施|开展|评价|检查|处置|验|测)"
                       r"|归(哪个|什么|哪家)(部门|单位|机构)(来)?管|(哪个|什么)(部门|单位|机构)(来)?管"
                       r"|\bwho (is supposed to |should |must |has to |will |would |is going to )?(organi[sz]es?|runs?|does it|does the|conducts?|approves?|handles?|carries out|checks?|is responsible|is in charge|oversees?|leads?|manages?)\b"
                       r"|\b(which|what) (department|body|unit|agency|office|authority) (organi[sz]es|runs|does|conducts|approves|handles|is responsible|is in charge|oversees|leads|manages)\b"
                       # ("which testing agency has to do it", "which agency must do them")
                       r"|\b(which|what) (?:[\w-]+ ){0,2}(?:department|body|unit|agency|office|authority|organi[sz]ation|institution|firm|company|lab)s? (?:has to |must |should |is to |shall |will |can |may )?(?:do|carry out|conduct|run|perform|organi[sz]e|handle|issue)\b", re.I)


def doer_asked(text: str) -> str | None:
    """"pays" when the question asks who pays for a step, "does" when it asks who does it, else None."""
    if _WHO_PAYS.search(text):
        return "pays"
    return "does" if _WHO_DOES.search(text) else None


# a body that acts in a text's sentence: its subject (建设单位应…, 区大数据中心负责…) or its agent (由…组织, 经…审核)
# (区发改局参与…，负责全区…立项审批; 区政府办(大数据管理局)每年将组织专家…开展项目后评价: the verb some words after the body)
AGENT = lazy_regex(rf"(?:由|经|请|委托|会同|报|向|移交给?|交给|交由|划转给?){BODY}|{BODY}(?:应当|应|须|必须|按照|按|对|将|要|可)"
                   rf"|{BODY}[^。；;]{{0,30}}?(?:负责|组织|牵头|主持|审核|审批|批准|出具|统筹|指导|开展|进行|参与)")
# a sentence that says who pays: a cost with where it is met (纳入总投资, 列入预算, 由…承担)
PAYER = lazy_regex(r"(费|经费|资金)[^。；;]{0,16}(纳入|列入|计入|包含在|由[^。；;，,]{1,16}(承担|支付|负担|安排|保障)|从[^。；;，,]{1,12}(列支|支出|开支))")
