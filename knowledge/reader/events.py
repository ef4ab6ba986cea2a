"""The words people type for a project's events ("合同3月2日签了", "初验结束才一个月", "the trial run
started"): read by the interview's statements and by questions that state an event. The events
themselves, and their names, are defined once in ``knowledge.facts.events``."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from .sequence import proposed_steps

# what people say when something is finished: 通过, 做完了, 搞定, 开完了
_DONE = r"(通过|完成|合格|过了|做完|搞定|弄完|办完|开完|验完|结束|完了|做好了|刚完|已完|完事|弄好了|刚过|过去(?=了|[一二两三四五六七八九十几半\d])|完(?![善整全备美]))"
_EVENT_WORDS = [
    ("final_accounts_concluded", r"决算.{0,6}(审核|结论|出具|完成|批复)|决算[^。？?]{0,8}?\b(?i:audit|review)\b[^.?]{0,12}?\b(?i:conclusion|result|opinion)|final accounts|(?i:conclusion|review|audit)\b.{0,30}(决算|(?i:final (?:accounts|settlement)))"),
    # (a date before 下线/停用 plans the switch-off: 1月25号下线; "@" is where ``dated.stated_events`` has taken a date out)
    ("decommission_planned", r"(计划|准备|打算|拟|定在|定于|决定).{0,16}(停用|停止使用|下线|停掉|关停|下掉)|(停用|停止使用).{0,3}(计划|日期)|(?<=[号日@])\s*(起|开始|就|正式)?(停用|停止使用|下线|关停|停掉|下掉)|decommission|switch(ing)?[- ]off|shut(ting)? down|retir(e|ing) (the|an|our|old)|\b(be|being|get|gets|is|was|will be) retired\b|take .{0,12}offline|stop using|(taken|take|taking|go|goes|going) out of service|\b(take|takes|taking|taken|took|put|putting) (?:[\w-]+ ){1,3}out of (?:service|use|operation)\b|\b(go|goes|going|be|is|was) (taken )?offline\b|\b(switched|turned) off\b|\bdecommissioned\b"),
    ("final_acceptance_passed", rf"(终验|竣工验收|最终验收).{{0,6}}{_DONE}|(通过|完成|做完|搞完|弄完|办完).{{0,3}}(终验|竣工验收)|final acceptance"),
    ("initial_acceptance_passed", rf"(初验|初步验收|初步核验).{{0,6}}{_DONE}|(初验|初步验收|初步核验)(结果|报告)(已经|已)[^，,。？?]{{0,6}}(上传|传到|传上|报到|交到)|(初验|初步验收|初步核验)(结果|报告)[^，,。？?]{{0,8}}(上传|传到|传上|报到|交到)[^，,。？?]{{0,6}}了|(通过|完成|做完|搞完|弄完|办完).{{0,3}}(初验|初步验收|初步核验)|initial acceptance|preliminary acceptance"
                                  # ("our own preliminary check (初验) passed last Friday": 文登's 初步核验 in English)
                                  r"|(?:preliminary|initial) check\b[^.?;,]{0,30}?\b(?:passed|done|completed|finished)\b"
                                  r"|\b(?:passed|completed|finished|did|done)\s+(?:our|the|its|their)?\s*(?:own\s+)?(?:preliminary|initial)\s+(?:check|inspection|verification)\b"
                                  r"|(?:初验|初步验收|初步核验)[)）]?\s*(?:has |was |got )?(?:passed|done|completed|finished)"),
    ("trial_run_ended", r"(?:试运行|trial (?:run|operation)).{0,6}(?:结束|完成|跑完|\bended\b|\bfinished\b|\bcompleted\b)|试运行(?:[、和及与][\u4e00-\u9fff]{1,8}){1,4}(?:都|也|全部|全|均)?(?:已经|已)?(?:做|搞|弄)?(?:完|结束|完成)|试运行.{0,6}(结束|完成|截止|截至|到期|完了|跑完|完毕)|(结束|完成).{0,3}试运行|trial (run|operation) (has |was )?(ended|finished|completed|wrapped up|concluded|closed|is over|was over|came to an end)"
                        r"|trial (run|operation) of [\w\s'-]{1,30}?\b(ended|finished|completed)\b"),
    ("trial_run_started", r"试运行.{0,6}(开始|启动)|(开始|启动|进入).{0,3}试运行|试运行(了|才|已经|已)"
                          r"|(start|began).{0,12}trial (run|operation)|trial (run|operation) (started|began|kicked off|commenced|got going|began|from|since|starting)"
                          r"|(开始|启动|进入).{0,3}trial (run|operation)|trial (run|operation).{0,6}(开始|启动)"   # (6月10号开始 trial run, trial run 9月10号开始的)
                          r"|trial (run|operation) of [\w\s'-]{1,30}?\b(started|began|kicked off|commenced)\b"   # (trial operation of our Wendeng system began)
                          r"|\b(in|into) (the )?trial (run|operation)|trial (run|operation)\b.{0,40}\b(lasted|been running|running for|been going|going for|been on for|underway for)"
                          r"|trial (run|operation)\s*(才|已经|已|刚|跑了|运行了)"),
    ("security_test_requested", r"(上线)?安全测试.{0,6}(申请|提出)|(申请|提出).{0,6}(上线)?安全测试"
                                r"|security test (application|request)|(applied|apply|filed|requested|submitted).{0,30}security test"
                                r"|security test (was |has been |got )?(applied for|requested|filed|submitted)"
                                r"|application for (the )?[\w-]{0,12} ?security test"),
    ("acceptance_requested", r"(提交|提出|递交|报送|收到|受理).{0,10}验收申请|验收申请.{0,10}(提交|递交|报送|收到|受理)"
                             # (申请函当天交的, 申请函送到大数据中心: the text's 《项目验收申请函》 named short)
                             r"|申请函[^，,。？?]{0,12}?(交|送|递|提交|报)|(交|送|递|提交|报)[^，,。？?]{0,6}?申请函"
                             r"|(?:验收申请|申请函)\s*(?:was |were |got )?(?:submitted|sent|filed|handed in|delivered|lodged)"   # (验收申请 submitted 上周五)
                             r"|acceptance (application|request)|(applied|apply|applying) for (the )?(final |completion |initial )?acceptance"
                             # ("we sent the 项目验收申请函 to the big data center last Friday")
                             r"|\b(sent|submitted|handed in|handed over|delivered|filed|gave|passed on)\s+(in\s+)?(the |our )?[^.?,;]{0,6}验收申请"),
    ("design_prereviewed", r"(初步设计|概算).{0,10}预审.{0,4}(通过|完成|过了)|预审.{0,4}(通过|过了)|pre-?review(ed)?"
                           r"|\b(passed|cleared|got through)\s+(the\s+|its\s+)?预审"),   # ("our preliminary design passed the 预审")
    ("design_accepted", r"初步设计[^，,。；;]{0,18}(正式)?受理|(preliminary design|初步设计|初设).{0,30}((formally )?accepted|受理)"),
    ("feasibility_accepted", r"(可行性研究报告|可研)[^，,。；;]{0,18}(正式)?受理|(feasibility|可行性研究报告|可研).{0,30}((formally )?accepted|受理)"
                             r"|\baccepted\s+(?:our|the|its)\s+(?:可研|可行性研究报告|feasibility)"),
    ("quality_registered", r"质量监督登记|质监登记|quality registration|registered|registration (was |is |has been |got )?(done|completed|finished)"
                           r"|(done|completed|finished|did) (the |our )?(quality[- ](supervision )?)?registration"),
    ("contract_filed", r"(合同|采购中心)[^签，,。？?]{0,8}备案|备案(才)?(通过|完成|下来)|备案\s+(?:was\s+|is\s+|has been\s+|got\s+)?(?:approved|passed|accepted|cleared|completed)|contract (was |is |has been |got )?filed|(filing|filed).{0,40}(procurement cent\w*(,?\s+(and\s+)?(was\s+|got\s+|has been\s+|is\s+|were\s+)?(approved|accepted|passed)(\s+there)?)?|approved)"
                       r"|procurement cent(re|er).{0,30}(filing|approv\w*)"
                       # ("the 市政府采购中心 only approved the contract filing": the filing approved, said the other way round)
                       r"|approv\w*\s+(?:the\s+|our\s+|its\s+)?(?:contract\s+)?filing|采购中心[^。？?]{0,30}\b(?:approv\w*|filing)"),
    ("contract_signed", r"合同.{0,8}(签|签订|签署)|(签|签订|签署).{0,4}合同|contract.{0,16}signed|signed.{0,10}contract|signing (the |a |our )?contract"
                        r"|\bsigned (?:our|the|its|their) [\w\s-]{0,30}?contract\b"),   # ("We signed our Shenzhen e-government contract on Nov 20")
    ("contract_signed", r"\b(we |have |was |were )?signed (it |the deal |up )?on\b|\bsigned with (the |our )?(vendor|contractor|supplier|company|builder)\b"),
    ("contract_signed", r"签(的|了)?约"),   # 和承建方1月24号签的约
    # (建到一半, "once the project is halfway through": a stage that construction started before)
    ("construction_started", r"开工|(开始|启动)(建设|施工)|construction (started|began)|started construction"
                             r"|(建|做|干|施工|建设)到一半|\b(?:half-?way|midway|mid-way) through\b|\bmid-(?:build|construction|project)\b"),
    ("approved", r"立项.{0,4}(批复|批了|通过|获批)|(获得|拿到|取得).{0,4}(立项|批复|函复)|approved|got approval"),
]
EVENT_RE = [(name, lazy_regex(p, re.IGNORECASE)) for name, p in _EVENT_WORDS]


def event_named(text: str, among=None) -> str | None:
    """The event the words name, the most specific first; None if none is named. With ``among``,
    only those events count (a chat records a project's own events, not an authority's)."""
    for name, pattern in EVENT_RE:
        if (among is None or name in among) and pattern.search(text):
            return name
    return None


def events_named(text: str) -> list[tuple[str, int, int]]:
    """Every event the words name, with where: (event, start, end), in order of the text. Where two
    name lies inside another (filing approved: contract_filed, not approved), the more specific one stands."""
    out: list[tuple[str, int, int]] = []
    for name, pattern in EVENT_RE:   # most specific first
        for m in pattern.finditer(text):
            if not any(s <= m.start() and m.end() <= e for _, s, e in out):   # inside a more specific one
                out.append((name, m.start(), m.end()))
    return sorted(out, key=lambda x: x[1])


# an event named as a step, done or not (先试运行再初验, the trial run before the initial acceptance)
_MENTIONS = [
    ("contract_final_accepted", r"合同终验|final contract acceptance|contract final acceptance"),
    ("final_acceptance_passed", r"终验|竣工验收|最终验收|final acceptance|completion acceptance"),
    ("initial_acceptance_passed", r"初验|初步验收|initial acceptance|preliminary acceptance"),
    ("trial_run_started", r"试运行|trial run|trial operation"),
    ("security_test_requested", r"安全测试|security test"),
    ("quality_registered", r"质量监督登记|质监登记|quality(-supervision)? registration"),
    ("contract_signed", r"签合同|签订合同|合同签订|sign(ing)? the contract|\bsigning\b|contract signing"),
    # (先实施后立项, 先建后批: implementing is starting the work, not its 实施方案 or 实施单位)
    ("construction_started", r"开工|动工|施工|(?<![组织])实施(?![方细办计单意])|先建(?=[再后，,])|start(ing)? construction"
                             r"|implement(?:ing|ation)?\b(?!\s+(?:plan|scheme|unit|rules))"),
    ("approved", r"立项|approval|(?:is|being|get|gets|getting|been) approved|后批|再批"),
]
_MENTION_RE = [(name, lazy_regex(p, re.I)) for name, p in _MENTIONS]
def events_mentioned(text: str) -> list[str]:
    """Every event named as a step, done or not (签合同, sign the contract), in the order of the text."""
    hits = sorted((m.start(), name) for name, pattern in _MENTION_RE for m in [pattern.search(text)] if m)
    return list(dict.fromkeys(name for _, name in hits))


def _mentioned(text: str) -> str | None:
    return next(iter(events_mentioned(text)), None)


def proposed_order(text: str) -> tuple[str, str] | None:
    """"先试运行一段时间再做合同初步验收", "合同终验之前先做上线安全测试", "initial acceptance before
    the trial run": the two events in the order the question proposes, (first, then)."""
    steps = proposed_steps(text)
    if not steps:
        return None
    first, then = _mentioned(steps[0]), _mentioned(steps[1])
    return (first, then) if first and then and first != then else None


# two steps asked to be held as one: 初验和竣工验收能不能合成一次开, combine the initial and final acceptance
_MERGED = lazy_regex(r"(?P<a>[^，,。？?]{2,12}?)(?:和|与|跟|及|、)(?P<b>[^，,。？?]{2,12}?)(?:能不能|可不可以|能否|可否|可以|想|打算|准备)?"
                     r"(?:合成|合并|并成|合到|放在一起|放到一起|一起|一块儿?|同时|同一天|一次性)(?:一次|一起|一个会|一块)?(?:开|做|搞|进行|办|组织|验)?"
                     r"|\b(?:combin\w*|merg\w*|hold\w*|do\w*|run\w*)\s+(?:the\s+)?(?P<x>[\w\s-]{3,40}?)\s+and\s+(?:the\s+)?(?P<y>[\w\s-]{3,40}?)"
                     r"\s+(?:together|at (?:the same|one) (?:time|meeting|session)|in (?:one|a single) (?:go|meeting|session|step)|back[- ]to[- ]back"
                     r"|(?:on|in) the same (?:day|week|meeting|session)|simultaneously|at once)\b"
                     r"|\b(?:combin\w*|merg\w*)\s+(?:the\s+)?(?P<x2>[\w\s-]{3,40}?)\s+(?:and|with|into)\s+(?:the\s+)?(?P<y2>[\w\s-]{3,40}?)(?=[,.?;]|$|\s+(?:into|as)\b)", re.I)


def merged_steps(text: str) -> tuple[str, str] | None:
    """"初验和竣工验收能不能合成一次开", "combine the initial and final acceptance": the two events asked to be
    held as one, in the question's order."""
    m = _MERGED.search(text)
    if not m:
        return None
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("x"), m.group("y")) if m.group("x") else (m.group("x2"), m.group("y2"))
    first, then = _mentioned(a), _mentioned(b)
    return (first, then) if first and then and first != then else None


# the day a period is proposed to count from: 从签合同那天开始算, 以备案通过为准, count from the filing approval
_START = lazy_regex(r"(?:从|自|按|按照|以)(?P<x>[^，,。？?]{2,16}?)(?:那天|那日|之日|当天|的那天|日|的日期|日期)?(?:开始|起)(?:算|计算|计)"
                    r"|(?:从|自)(?P<x2>[^，,。？?]{2,16}?)(?:那天|那日|之日|当天|的那天)?(?:开始|起)(?:算|计算|计)?"
                    r"|等(?P<x3>[^，,。？?]{2,12}?)(?:了|以后|之后|后)?再(?:开始)?(?:算|计算|起算|计)"   # 等备案通过了再开始算
                    # 等备案通过了再去做质量监督登记: waiting for an event the text may count from (no time said after it)
                    r"|等(?P<x4>[^，,。？?\d一二两三四五六七八九十几个月天周]{2,10}?(?:通过|批下来|办完|完成))(?:了|以后|之后|后)?再(?:去)?(?=做|办|报|登记|申请|提交)"
                    r"|以(?P<y>[^，,。？?]{2,12}?)为准"
                    r"|\b(?:count\w*|start\w* counting|start|starts|measur\w*|run\w*)\b[^.?]{0,90}?\bfrom (?:the )?(?P<z>[\w\s-]{3,40}?)(?= instead\b| rather\b| or\b|[,.?]|$)"
                    # ("the 5-working-day clock still starts on the signing date, not when …")
                    r"|\b(?:clock|count|countdown|period|days)\b[^.?,]{0,20}?\b(?:starts?|begins?|runs?)\s+(?:on|at|with)\s+(?:the\s+)?(?P<z2>[\w\s-]{3,40}?)(?= instead\b| rather\b| or\b| not\b|[,.?]|$)", re.I)
_START_WORDS = [("contract_filed", lazy_regex(r"备案|filing|filed|approv", re.I)),
                ("contract_signed", lazy_regex(r"签合同|签订|签署|合同签|sign", re.I))]


def proposed_start(text: str) -> str | None:
    """The event a question proposes a period counts from (从签合同那天开始算对吧 -> contract_signed;
    "count the 5 working days from the filing approval instead of the signing date" -> contract_filed)."""
    m = _START.search(text)
    if not m:
        return None
    said = m.group("x") or m.group("x2") or m.group("x3") or m.group("x4") or m.group("y") or m.group("z") or m.group("z2") or ""
    return event_named(said) or next((name for name, pattern in _START_WORDS if pattern.search(said)), None) or _mentioned(said)


# a step put off until a later stage of the project: 拖到竣工验收以后, hold off … until the project is finished
_PUT_OFF_UNTIL = lazy_regex(r"(?:拖到|推到|放到|留到|等到|挪到|延到|推迟到|(?<=[想要算备先就还是，,\s])等(?!到|等|于|同|级|保))(?P<x>[^，,。？?]{2,14}?)(?:以后|之后|完了?(?:再|以后|之后)|完了?(?=连同|一起|一并|统一)|结束|再|后(?!续)|的时候|时(?=一并|一起|统一|再|才)|之?前(?=(?:一并|一起|统一|再|才)[^，,。？?]{0,8}?(?:备案|报备|报送|登记|上传|提交|报|交)))"
                            # 计划任务书等项目验收时一并备案: 等 after the thing put off, up to the time it waits for
                            r"|(?<=[\u4e00-\u9fff])等(?P<x2>[^，,。？?、]{2,12}?)(?:(?:的时候|时)(?=一并|一起|统一|再|才)|之?前(?=(?:一并|一起|统一|再|才)[^，,。？?]{0,8}?(?:备案|报备|报送|登记|上传|提交|报|交)))"
                            # 打算竣工验收前一起补办 (拟于竣工验收前一并补办): the step set with a later stage, no 等 said
                            r"|(?<=[算想要备划])(?:在|于)?(?P<x3>[^，,。？?、]{2,12}?)之?前(?=(?:一并|一起|统一|再)?(?:补办|补报|补交|补上|补))"
                            r"|\b(?:hold(?:ing)? off|put(?:ting)? off|postpon\w*|defer\w*|delay\w*|wait\w*|leav\w*|push\w*(?: back)?)\b"
                            r"(?P<s>[^.?;]{0,120}?)\b(?:until|till|to after)\s+(?:after\s+)?(?P<y>[\w\s'-]{3,40}?)(?=[,.?;]|$)"
                            # "file our signed contract … only after the project wraps up": the filing left for a later stage
                            r"|\b(?P<s2>(?:fil|submit|report|regist|send|hand)\w*\b[^.?;]{0,120}?)\b(?:only\s+(?:after|once|when)|later,?\s+(?:once|when|after)|at the end of|at the close of|together with the final"
                            # ("filing the contract text … later, together with the acceptance documents")
                            r"|later,?\s+(?:together|along) with(?:\s+(?:the|our))?)\s+(?P<y2>[\w\s'-]{3,40}?)(?=[,.?;]|$| together\b)", re.I)
_FINISHED = lazy_regex(r"(项目|系统|工程)(完工|结束|建完|建好|做完|做好|完成)|完工|竣工|上线|(project|system|work)\w* (is |are |has been |gets? )?(finished|completed|done|live|over|wrap(s|ped)? up)"
                       r"|goes live|go(es|ing)? live|gone live|went live|completion|project end|end of the project|close of the project", re.I)


def put_off_until(text: str) -> tuple[str, str] | None:
    """(the step put off, the stage it is put off until): "源代码拖到竣工验收以后再交" -> (…源代码, the
    final acceptance); "hold off filing … until the project is finished" -> (filing …, the final
    acceptance, a finished project being accepted); None if no stage is said."""
    m = _PUT_OFF_UNTIL.search(text)
    if not m or re.search(r"(是不是|是否|要不要|需不需要|必须|一定|应该)(要|得|需要)?\s*$", text[:m.start()]):
        return None   # (是不是要等初验结束满3个月以后才能…: whether the text has one wait, not a step put off)
    said = m.group("x") or m.group("x2") or m.group("x3") or m.group("y") or m.group("y2") or ""
    # (项目做完再: the 完 that ends the wait is part of the stage)
    stage = event_named(said) or _mentioned(said) or ("final_acceptance_passed" if _FINISHED.search(said) or _FINISHED.search(m.group())
                                                     # 等项目验收的时候: the project's acceptance, its last
                                                     or re.search(r"(?<![初中])验收(?!前置)|acceptance", said, re.I) else None)
    # (等项目做完再一并把合同文本报备案: the step may follow the wait, in its own clause)
    step = m.group("s") if m.group("y") else m.group("s2") if m.group("y2") else re.split(r"[，,。？?]", text[:m.start()])[-1] + " " + re.split(r"[，,。？?]", text[m.end():])[0]
    return (step.strip(), stage) if stage else None
