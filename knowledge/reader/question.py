"""Understanding a question: its language, jurisdictions, amounts, kind, form and topics."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from knowledge.lazy_regex import lazy_regex

from ..facts.profile import Profile
from ..texts.text import fold, pairs
from .amounts import bound_of, cn_number, find_amounts, value_range
from .changed import changed_figures
from .compound import asks_marked
from .corrections import corrected
from .described import described
from .doubt import doubted
from .form import (
    BODY_SWAPPED,
    EN_BODY_SWAPPED,
    HANDED_OVER,
    LEAVE_WORDS,
    MEANT_ONCE,
    SELF_DOES,
    asking_clause,
    classify,
    duty_only_asked,
    english_questions,
    reported_spans,
    said_before_asking,
    tag_asks,
    unreported,
)
from .form import negated as form_negated
from .glossary import in_chinese
from .numbers import chinese_days, digits_in_terms, shares_as_percent
from .places import initials_named, joined_syllables
from .register import plain as formal_plain
from .rhetoric import plain as rhetoric_plain
from .topics import Topic, covered, detect, detect_clauses
from .variants import english_slips, homophones, pinyin_words, simplified

_CJK = lazy_regex(r"[\u4e00-\u9fff]")
# (kind, pattern): the words that describe what a project *is*, not what it is asked about
_KIND_PATTERNS = [
    ("operations", r"(运维|运行维护|运行和维护|维保)(类|服务)?的?(项目|合同)|日常的?(运维|运行维护|运行和维护|维护)|(单纯|纯)运维"
                   # ("purely for the daily 运行维护 of an existing system": English and the texts' own word)
                   r"|(pure|only|purely|just|routine|regular|daily|day-to-day|ongoing)( for)?( the)?( (annual|yearly|routine|regular|daily|day-to-day|ongoing|system))? (o&m|maintenance|operations? (and|&) maintenance|运维|运行维护|维保)|(?<!operation and )(o&m|maintenance|operation and maintenance) (project|contract)s?"
                   r"|daily operation"),
    ("equipment", r"(单纯|纯)?设备(采购|购置)(类)?项目|单纯设备|纯设备|设备(单纯|纯粹|纯)(的)?(采购|购置|购买)|(单纯|纯粹|纯|只|仅仅|仅|光|单单)(是)?(就)?(买|采购|购置|购买)[^，。,？?的]{0,6}(设备|硬件|服务器|电脑|终端|记录仪|摄像头|摄像机|打印机|笔记本|平板|一批)|(采购|购买|购置|买)设备的项目|硬件采购项目|(pure|purely|only|just|solely|simply|merely|entirely) (an? )?(equipment|hardware) (purchase|procurement|buying)|purchas\w* (of )?equipment only|only (buy|buying|purchase|purchasing) (equipment|hardware)|pure equipment|(pure|purely|just|only|plain) (hardware|equipment)\b(?!\s*(and|with|plus|\+)\b)"
                  r"|(only|just|solely|merely|purely|all we're doing is|all we are doing is|nothing but) (buy|buying|bought|purchase|purchasing|procure|procuring|spent on|spend on|spending on|on)\w* (a |an |some |a batch of |a few |new )?[\w\s,-]{0,30}?(equipment|hardware|servers?|pcs|computers?|laptops?|printers?|cameras?|terminals?|desktops?)\b(?![^.?;]{0,30}\b(and|with|plus|for)\s+(\w+ing\s+)?(an? |the |our |some )?(\w+\s+)?(software|develop\w*|system|systems|platform)\b)"),
    ("research", r"(软)?课题研究|研究类项目|research project"),
    ("service", r"购买服务|服务类项目|服务采购|purchased service|service project|buy(ing)? services?"),
    ("software", r"软件(开发)?(类)?项目|软件开发|系统开发|开发(一个|一套)?(系统|平台|app|小程序)|software"),
    ("construction", r"新建|扩建|改建|升级改造|升级|改造|基础设施建设|new build|extension|upgrade|(?<!capital )construction project"),
]
_KIND_RE = [(kind, lazy_regex(p, re.IGNORECASE)) for kind, p in _KIND_PATTERNS]
# a step under way (还在整改, 试运行还在进行) before the step it gates (acceptance, use), asked to go first
_UNDER = "还在|正在|尚在|仍在"
_WORK_NAMED = "整改|测评|测试|接入|对接|调试|试运行"
_WORK = _WORK_NAMED + "|改"
_GATED_STEP = "竣工验收|终验|初验|验收|上线|投入使用"
_GATED = _GATED_STEP + "|正式使用"
_FIRST = "能|可以|可否|能否|能不能|行|先"
# "may we do Y while X is not done": 没提交档案能通过验收吗, before the quality issues are fixed (not the 没有 of 有没有, which asks)
_UNMET = lazy_regex(r"(?:(?<!有)(没有|没|还没|还未|不具备|不具有)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患))|(尚未|未)(?!经))[^。？?]{0,24}(就|能|可以|可否|能否|能不能|会|还会|行|过得了|过得去|通得过|走得通|行得通|(?:还|照样|照常|仍然|依然|还是)(?:会|能|可以)?(拨|给|安排|批|发|下达)|合规|合不合规|符(?:不符)?合[^。？?，,]{0,10}?(?:规定|要求|规范|程序|流程|标准)|算数|作数|算不算数|有效吗|(?:材料|资料|文件)[^。？?，,]{0,4}(?:对吗|对不对|对么)|齐全吗|齐了吗|齐吗|(?<![安健完])全吗|完整吗|算(?:是)?(?:完成|办完|做完|齐)|" + LEAVE_WORDS + r")"
                    # 项目档案还没提交。项目验收能通过吗: a step not done told in the sentence before, whether the next goes through
                    # (整改尚未完成。可否先行开展决算审计: the next sentence proposes a step first)
                    r"|(?:还没有?|没有?|尚未|未)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患))[^。？?]{1,24}[。\n]\s*[^。？?]{0,16}(?:能|可以|可否|能否|能不能)(?:先|[^。？?]{0,8}(?:通过|验收|上线|投入使用|运行|用))"
                    # (还没做初验。这种情况能先提交终验申请吗: the next sentence asks about the case just told)
                    r"|(?:还没有?|没有?|尚未|未)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患))[^。？?]{1,24}[。\n]\s*(?:这种情况|这样的话|这样|那)[^。？?]{0,4}(?:能|可以|可否|能否|能不能)先"
                    # 终验还没做，can we apply for the go-live security test first?: the same, asked in English
                    r"|(?:还没有?|没有?|尚未|未)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患)|超)[^。？?]{1,24}[，,。]\s*(?:can|could|may) (?:we|i|they|it)\b"
                    # 就差网信办审核意见，大数据局会收吗: one thing still missing, whether what is handed in goes through
                    r"|(就差|还差|只差|只缺|就缺|还缺|唯独缺|就是缺)(?!一点|点|些|不多|得远)(?!\s*[\d一二两三四五六七八九十几半]+\s*(个)?(天|日|周|星期|月|年|小时|工作日))[^。？?]{1,30}?[，,\s][^。？?]{0,30}(会|能|可以|可否|能否|能不能|行|(?<!验)收|受理|通过|算)"
                    # 还有两项质量问题没整改完，…想先把竣工验收开了: problems still open, the acceptance proposed first
                    r"|(没|未|还没|尚未)(整改|处理|解决|修复|改)(完|好)[^？?]{0,40}(先|提前)[^。？?]{0,12}(验收|上线|投入使用|运行|投用)"   # (…还没整改完。领导想先把竣工验收会开了)
                    # 还有两个质量问题在整改，领导想先把竣工验收会开了: problems being fixed, the acceptance proposed first (in the sentence
                    # before too: …两项质量问题仍在整改。打算先组织竣工验收)
                    r"|(?<![已])(在|正在|还在|仍在|尚在)(整改|处理|解决|修复|修改)[^？?]{0,40}(先|提前|边)[^。？?]{0,12}(验收|上线|投入使用|运行|投用)"
                    # 系统暂时不支持IPv6，先立项以后再改造，能通过吧: a requirement not met for now
                    # (项目不支持IPV6，能立项吗: the system's own lack, said of it)
                    r"|(?:(暂时|暂|目前|现在|现阶段|眼下)(还)?|(?<=系统|项目|平台|软件|设备|终端)(?:还|也|都)?)(不|没有|没)(支持|具备|满足|符合|接入|兼容)[^。？?]{0,30}(能|可以|行|通过|" + LEAVE_WORDS + r")"
                    # "our system doesn't support IPv6 and we're applying for approval anyway. Does it meet the requirements?"
                    r"|\b(?:doesn't|does not|don't|do not|isn't|is not|aren't|are not|can't|cannot|won't)\s+(?:yet\s+|currently\s+|fully\s+)?(?:support|comply with|meet|satisfy|connect to|have)\b[^?]{0,120}\b(?:approv\w*|accept\w*|pass\w*|requirements?|anyway)\b"
                    # "we want to go ahead with completion acceptance next week and fix the last one afterwards": the step first, what
                    # the text has done before it left for later
                    r"|\b(?:go ahead with|hold|do|proceed with|organi[sz]e|start|run|apply for)\b[^.?]{0,50}\b(?:acceptance|go[- ]live|launch)\b[^.?]{0,50}\b(?:and|then)\b[^.?]{0,12}\b(?:fix|rectify|finish|complete|sort out|submit|hand in|add|provide|do)\w*\b[^.?]{0,40}\b(?:afterwards|after(?:wards)?|later|then|after that)\b"
                    # "our data resource catalogue still isn't in the sharing platform's catalogue system … Will we pass completion
                    # acceptance": a state not reached, then whether the step goes through
                    r"|\b(?:isn't|is not|aren't|are not|wasn't|was not|weren't|were not)\s+(?:yet\s+|still\s+)?(?:in|into|on|part of|included in|listed in|connected to|hooked (?:up )?(?:in)?to|linked to)\b[^?]{0,120}\b(?:will|would|can|could) (?:we|it|the project|the system|this|that|they)\b[^?]{0,12}\b(?:pass|be accepted|get through|get accepted)"
                    # "we never put the project archives into the full-process system … Can the project still pass acceptance?"
                    r"|\b(?:never|didn't|did not|haven't|have not|hasn't|has not)\s+(?:yet\s+)?(?:put|upload(?:ed)?|submit(?:ted)?|file[d]?|enter(?:ed)?|connect(?:ed)?|share[d]?|register(?:ed)?|fix(?:ed)?|finish(?:ed)?|complete[d]?|done"
                    r"|got(?:ten)? (?:in|into|onto|on)|made it (?:in|into|onto)|went (?:in|into))\b"   # ("our data catalog never got into the catalog system")
                    r"[^?]{0,120}\b(?:can|could|will|would) (?:the project|it|we|the system|this)\b[^?]{0,12}\b(?:pass|be accepted|get through)"
                    # "we never filed the acceptance report … Will the finance bureau still give us O&M money?": what still follows
                    r"|\b(?:never|didn't|did not|haven't|have not|hasn't|has not)\s+(?:yet\s+)?(?:put|upload|submit|file|regist|complet|finish|hand|done|got(?:ten)?\s+(?:the|its|our)\b)\w*\b[^?]{0,160}\b(?:will|would|can|could|do|does)\b[^?]{0,50}\bstill\b"
                    # "its data resources were never brought into the city's data management. Does the acceptance still meet the
                    # requirements?": something not done, then whether what was done still complies
                    r"|\b(?:never|didn't|did not|haven't|have not|hasn't|has not|weren't|wasn't|were not|was not)\s+(?:yet\s+|been\s+|ever\s+)*(?:put|upload|submit|file|enter|connect|shar|regist|fix|finish|complet|brought|bring|includ|incorporat|integrat|hand|deliver|sen[dt]|provid|obtain|g[eo]t|held|hold|conven|organi[sz]|done|carr|test|check|review|accept|approv|join)[a-z]*\b[^?]{0,160}"
                    r"\b(?:does|do|is|are|will|would|can|could)\b[^?]{0,40}\b(?:still\s+)?(?:meet|meets|satisfy|satisfies|comply|complies|count|valid|acceptable|compliant)\b"
                    # "… the data sharing list, but no training plan or training records. Is the pack complete?": a part said missing
                    r"|\b(?:but|except|yet|only) (?:no|without|not|missing)\b[^?]{0,80}[.;,]\s*(?:is|are|was|were|does|do) (?:the|our|this|that|it|everything)\b[^?]{0,30}"
                    r"\b(?:complete|enough|sufficient|ok|okay|acceptable|compliant|valid|in order)\b"
                    # "We filed the form plus a construction plan, not a project proposal. Is that the right material?"
                    r"|\bnot (?:a|an|the|any)\b [^?.;]{0,60}[.;]\s*(?:is|are|was|were) (?:that|this|it|these|those)\b[^?]{0,30}"
                    r"\b(?:right|correct|complete|enough|sufficient|ok|okay|acceptable|compliant|valid|in order)\b"
                    # "we didn't hire a supervision firm. Are we OK?": a step not taken, leave asked after it
                    r"|\b(?:didn't|did not|haven't|have not|hasn't|has not|never)\s+(?:yet\s+)?(?:hire|hired|engage|engaged|appoint|appointed|bring|brought|convene|convened|hold|held|organi[sz]ed?|call|called|set up)\b[^?]{0,160}\b(?:are|is|was|were) (?:we|it|that|this) (?:ok|okay|fine|alright|allowed|acceptable|compliant|right)\b"
                    # "the big data centre hasn't reviewed it yet, but we want to start the tender now": a step ahead of one not taken
                    r"|\b(?:hasn't|haven't|has not|have not|hadn't|had not|didn't|did not)\s+(?:yet\s+)?(?:given|issued|reviewed|approved|passed|finished|completed|done|signed|replied|responded|returned)\b[^?]{0,60}\b(?:but|so|and)\b[^?]{0,80}\b(?:now|first|anyway|already|right away|straight away|in the meantime|meanwhile|ahead)\b"
                    # "the project proposal isn't ready, will upload it later. will the bureau accept our submission for now?"
                    r"|\b(?:isn't|is not|aren't|are not|wasn't|weren't)\s+(?:yet\s+|quite\s+)?(?:ready|done|finished|complete|available|prepared|in place)\b[^?]{0,120}\b(?:will|would|can|could)\b[^?]{0,40}\b(?:accept|approve|pass|take|receive|go ahead|proceed)"
                    # "hire a cheaper supervision firm that doesn't have the industry qualifications": a party lacking what the text asks of it
                    r"|\b(?:doesn't|does not|don't|do not|without|lacks?|lacking|with no|has no|have no)\b[^.?]{0,24}\b(?:qualifi\w*|licen[cs]\w*|certifi\w*|accredit\w*)"
                    # "can we just give one lump-sum budget figure?": a single total where the text asks a list (表格清单)
                    r"|\b(?:just|only)\s+(?:give|put|write|list|provide|state|show|enter)\s+(?:a |one |the )?(?:single |lump[- ]sum |total |overall )+(?:[\w-]+ )?(?:figure|number|amount|sum)\b"
                    # "… no onsite quality team and no dedicated quality staff. Is that ok?": what a party will not have, then leave asked
                    r"|(?:^|[,;:]\s*|\band\s+|\bwith\s+|\b(?:have|has|having|keep|keeps)\s+)no\s+(?!(?:later|earlier|more|less|longer|sooner|matter|problem|problems|issue|issues|objection|objections|need|one|doubt|change|changes)\b)[a-z-]+(?:\s+[a-z-]+){0,5}\b[^?]{0,100}[.;,]\s*(?:is|was|would|will) (?:that|this|it) (?:be )?(?:ok|okay|fine|acceptable|allowed|alright|all right|in order|compliant)\b"
                    # 我们不接区视频中心，能验收吗: a connection the text asks, left out, then whether the step goes ahead
                    # (不接入市数据共享开放平台; 不想接…平台，说涉及隐私。这样还能通过验收吗: the reason told in a sentence between)
                    r"|不(?:想|愿意|愿|打算|准备)?(?:接入|接|对接)(?=[^，,。？?\s]{0,12}(平台|中心|系统|专网|政务网))[^？?]{0,60}?(能|可以|行|通过)"
                    # 数据不共享，能通过验收吗: the sharing the text asks, left out
                    r"|(?:数据|信息|资源)[^，,。？?]{0,4}不(?:想|愿意|打算|准备)?(?:做)?(?:共享|汇聚|纳入|接入|上传)[^？?]{0,40}?(能|可以|行|通过)"
                    # 没经过市政务服务数据管理局验收前置审核，单位自己先组织验收可以吗: a step not taken, named with its long body
                    r"|(没有|没|还没|还未|尚未|未)(经过|经|通过|做|搞|办|进行|完成|拿到|取得)[^。？?]{0,40}(就|能|可以|可否|能否|能不能|行)"
                    # 预算要从200万调到280万…能直接按新方案开工吗: the change gone ahead with, the step for it left out
                    r"|直接(就)?按(照)?[^。？?，,]{1,12}?(开工|实施|做|干|执行|来|建|施工|改|调整)"
                    # 档案还没在全流程系统里提交，纸质的都在柜子里，能先验收吗: what is not done, then a step asked to go first
                    r"|(还没|尚未|还未|没有|没)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患))[^。？?]{1,40}?[，,][^。？?]{0,60}?(能|可以|可否|能否|能不能|可不可以)先"
                    # 可研还在等发改批复，初步设计评审能同时做吗: the next step run alongside one still awaited
                    r"|(还在|正在|尚在|仍在)(等|走)[^。？?]{0,20}(审批|批复|审核|批准|评审)[^。？?]{0,30}(同时|同步|并行|一起|平行)"
                    # 能不经市政务服务数据管理局审核，自己直接组织验收吗: a step proposed to be gone round
                    r"|(能|可以|可否|能否|能不能|可不可以|想|打算|准备)不(经过|经)(?!济|常|费|意)(?![^。？?]{0,40}(举报|投诉|反映))[^。？?]{1,40}"   # (直接向质监机构举报: a right)
                    # 暂时只支持IPv4，IPv6准备以后再说，能立项吗: a duty put off to later, the step asked now
                    r"|[，,]\s*[^。？?，,]{0,12}(以后|后面|回头|将来|往后)再(说|弄|搞|做|补|改|加|上|考虑|升级|改造)[^。？?]{0,4}[，,][^。？?]{0,24}(能|可以|可否|能否|能不能|行|" + LEAVE_WORDS + r")"
                    # 跟供应商直接调了，打算验收时再跟大数据中心说: a change made, the body told only afterwards
                    r"|(直接|自己)[^。？?，,]{0,10}(调|改|变更|换|定)(了)?[，,][^。？?]{0,20}(验收|以后|回头|之后|事后)[^。？?，,]{0,10}(再)?(说|报|告诉|通知|补)"
                    r"|\bjust (?:adjusted|changed|modified|went ahead|made the change)\b.{0,80}\b(?:tell|inform|report|notify)\b.{0,40}\b(?:at|after|during|later|when)\b"
                    # 仪器检定证书过期半年了还在继续用，这合规吗: what has lapsed, still relied on
                    r"|(过期|失效|到期|作废)(了)?[^。？?]{0,16}(还在|仍在|照样|继续|还)[^。？?]{0,30}(合规|合不合规|可以|行|能|" + LEAVE_WORDS + r")"
                    # 不经过数管局的验收前置审核，自己直接组织验收可以吗: the same, said as a clause of its own
                    r"|(?:^|(?<=[，,。]))\s*不(经过|经)(?!济|常|费|意)(?![^。？?]{0,40}(举报|投诉|反映))[^。？?，,]{1,30}的?[^。？?，,]{0,12}(审核|审批|评审|论证|审查|测评)[，,][^。？?]{0,40}(可以|能|行|可否|能否|" + LEAVE_WORDS + r")"
                    # 方案还没组织论证，我们打算先报…申请立项，可以吗: a step not yet taken, another proposed first after it
                    r"|(还没|尚未|还未|没有|没)(?!有?(?:遗留|问题|异议|意见|遗漏|缺陷|隐患))[^。？?，,]{1,16}[，,][^。？?]{0,40}?先[^。？?]{1,40}(可以|能|行|可否|能否|能不能|" + LEAVE_WORDS + r")"
                    r"|(如果|要是|假如|若)[^。？?]{0,12}(不|没|没有|未)[^。？?]{1,16}?[，,]?[^。？?]{0,6}(能|可以|可否|能否|能不能|还能|也能)"   # 如果数据不做共享，能通过验收吗
                    r"|(缺|缺了|少了|不全|不齐|没交全|没备齐)[^。？?]{0,20}(能|可以|可否|能否|能不能|过得|通得)"
                    r"|不(想|愿意|愿|打算|准备|太想)[^。？?，,]{1,10}[，,]?[^。？?]{0,8}(能不能|能否|可不可以|可否|可以|能|还能|行不行|行吗|行么)"   # 数据不想共享，能不能批下来
                    # 只做文字记录，行不行: only one thing kept or handed in, the rest left out (not 申报只交个建设方案: the tier's
                    # own document offered for the other tier's, which the amount's rule answers; nor 只交申报表和建设方案, a list
                    # handed in, which the documents' rule weighs)
                    r"|(?<![不])(只|仅|光|就只|只是)(想|打算|准备)?(做|留|保留|保存|存|交|报|报送|提交|提供|放|出|写|给|上传)(了|个|一份|一下)?(?!(了|个|一份|一个)?(项目)?(建设方案|建议书))(?![^。？?，,]{0,12}(和|跟|与|及|、))[^。？?，,]{1,14}?[，,\s]*[^。？?]{0,8}?(行不行|行吗|行么|可以吗|可以不|可以吧|可不可以|能不能|可否|能过|能通过|过得了|过得去|通得过|" + LEAVE_WORDS + r")"
                    r"|不[^。？?，,]{1,12}的话[^。？?]{0,10}(能|可以|可否|能否|能不能|行)"   # 不改的话立项行不行   # 档案资料缺了一部分，验收能不能过
                    # 承建方不想返工，提出打个折算了，我们能接受吗: a party's duty refused, whether the asker may accept that
                    r"|(不想|不愿意?|不肯|拒绝)[^，,。？?]{1,8}[，,][^。？?]{0,24}(能不能|能否|可以|可不可以|能)(接受|同意|答应)"
                    r"|先[^。？?]{1,30}?(后面|以后|之后|事后|回头|然后|随后|后|，|,|再)[^。？?]{0,20}?(再)?补(上|交|办|报|齐|接)?"   # 先验收后补档案, 先开工，书面申请后面补上, 先验收再补接
                    # the step asked first, what is not yet done told after it (能不能先组织竣工验收？问题还没整改完)
                    r"|先[^。？?，,]{0,12}(竣工验收|终验|验收|上线|投入使用|正式使用)[^。？?，,]{0,6}(吗|么|嘛|吧|行不行|可不可以|能不能|行吗|可以吗|可以不)?\s*[？?，,。]\s*[^。？?]{0,24}((还没|尚未|还未|没有|没)[^。？?]{0,8}(整改|改|等保|测评|接入|接进|接|共享|审核|档案|试运行|自测|报告)|(整改|等保|测评|接入|共享|审核|档案|试运行|自测)[^。？?]{0,10}(还没|尚未|还未|没有|没))"
                    r"|先[^。？?]{1,12}?(，|,)[^。？?]{0,12}?(后|以后|之后)再(交|报|提交|申请|办)"   # 想先开工，开工后再交变更申请
                    r"|(确认|商量|同意|签字|批准|签个字|盖章)(了|一下|过|后|之后|以后)?[^。？?，,]{0,6}就(直接)?(能|可以|行|算|实施|开工|开始|开干|动手|动工|干|上|改|变更|调整)"        # 三方确认一下就能实施了吧
                    # "have the design, supervision and contractor units confirm it and then carry it out"
                    r"|\b(?i:confirm\w*|sign\w* off|agree\w*)\b[^.?;]{0,30}\b(?i:and )?then\s+(?i:carry|implement|go ahead|proceed|execute|make)\b"
                    # "can the owner sign them off with just the supervisor and the vendor?", "just have the design, supervision and
                    # contractor units sign off and go ahead": the parties' own sign-off, no one else's review
                    r"|\b(?i:sign\w*|signed)\s+(?:\w+\s+)?(?i:off)\b[^.?;]{0,12}\b(?i:with|by)\s+(?i:just|only)\b"
                    r"|\b(?i:just|only)\s+(?i:have|get|let|need)\b[^.?;]{0,60}\b(?i:sign\w* off|sign\w*|confirm\w*|agree\w*)\b[^.?;]{0,12}\b(?i:and|then)\s+(?i:go ahead|proceed|implement|carry)"
                    # 设计单位说来不及出意见，我们打算直接开验收会: what is not ready, gone ahead without
                    r"|(来不及|赶不及|赶不上|顾不上)[^。？?]{0,30}?(直接|先|就)[^。？?]{0,24}(可以|能|行|可否|能否|能不能)"
                    # 设计单位忙不过来，我们想让监理单位代出: another body doing, in its stead, what the text gives to one
                    r"|(让|请|由|叫|找)[^，,。？?]{1,10}?(代出|代写|代做|代办|代签|代为|代编|代交|代报|代替出)"
                    # "our contract says nothing about quality targets … Is that acceptable?": what a document must hold, left out
                    r"|\b(?i:says nothing (?:about|on)|is silent (?:about|on)|does(?:n't| not) (?:mention|specify|state|include|cover|say anything about)|leaves? out|omits?)\b[^?]{0,160}\b(?i:acceptable|allowed|ok|okay|fine|compliant|permitted)\b"
                    # "we only keep paper archives, no electronic archive. Good enough …?": what is kept, and what is not
                    r"|\b(?i:only)\b[^.?]{0,60}[,;]\s*(?i:no|not|without)\b[^?]{0,120}\b(?i:enough|acceptable|allowed|ok|okay|fine|sufficient)\b"
                    # "… have all signed off. Can we just go ahead and implement the changes now?"
                    r"|\b(?i:signed off|confirmed|agreed)\b(?!\s+(?i:closed|fixed|resolved|done|completed?|rectified|corrected|finished))(?![^.?;]{0,40}\b(?i:was|were|is|are|been) (?i:closed|fixed|resolved|done|completed|rectified|corrected|finished)\b)[^?;]{0,40}\b(?:(?i:can|may|could) we|(?i:so |then |now )?we (?i:can|may|could)) (?i:just |now |simply |then )?(?i:go ahead|proceed|implement|carry|execute|make)\b"
                    # "… says design, supervision and contractor signing off is enough. Can we just go ahead and implement the changes?"
                    r"|\b(?i:sign\w* off|confirm\w*|agree\w*)\b[^.?;]{0,20}\b(?i:is|are|would be|will be)\s+(?i:enough|sufficient|all (?:we|it) needs?)\b[^?]{0,120}\b(?i:go ahead|proceed|implement|carry|execute|start)\b"
                    r"|(还在|正在|尚在|还没)(等)?[^。？?，,]{0,6}(审|审核|审批|评审|报批|走流程|批)[^。？?]{0,24}(能|可以|可否|能否|能不能|行)"   # 可研还在审(等发改批)，初步设计能先做吗
                    # 质量问题还在整改，能先组织竣工验收嘛; 接区视频中心那块还卡着，验收能先过吧: a condition under way, not done
                    rf"|({_UNDER})({_WORK})(?![^。？?]{{0,16}}(完成|结束|完|好|齐)[^。？?]{{0,3}}(后|以后|之后))"
                    rf"[^。？?]{{0,24}}({_FIRST})(?!作为|当作|算作|算)[^。？?]{{0,8}}({_GATED})"   # (试运行期间的报告能作为终验依据吗: no step asked)
                    rf"|({_UNDER})({_WORK})[^。？?，,]{{0,6}}[，,][^。？?]{{0,12}}({_GATED_STEP})[^。？?，,]{{0,4}}({_FIRST})"
                    rf"|({_WORK_NAMED})({_UNDER})(进行|做|搞|跑|弄)?[^。？?]{{0,16}}({_FIRST})(?!作为|当作|算作|算)[^。？?]{{0,8}}({_GATED})"   # 试运行还在进行，能先做初验吗
                    rf"|(还卡着|卡着)[^。？?]{{0,24}}({_FIRST})[^。？?]{{0,8}}({_GATED})"
                    r"|(?<![能要用行会])不(?!是|属于)先?[^。？?，,]{1,10}(，|,|\s)*直接"   # (分包单位不是我们直接签的: who signed, no step skipped)                                       # 不先自己初验，直接申请竣工验收; 自己不初验 直接…
                    r"|直接(就)?(?![^。？?，,]{0,20}(举报|投诉|反映))(?:自己|自行)?(能|可以|去|报|开始|实施|验收|组织验收|申请|进入|开工|向|找|交|提交|招标|采购|上线|投入|使用|干|做|搞|弄|动工|改|变更|调整)|跳过|绕过|绕开|避开|撇开|略过|越过|省掉|省去|省略"
                    r"|(如果|要是|假如)?不(?!是|同|合|超|到|满|足)[^。？?]{1,20}?(也|还|照样|仍然|照常)(能|可以|行|会|批|过)"   # 数据不往平台汇聚，也能批下来吧
                    r"|不(做|搞|走|报|经过|经)[^。？?]{1,20}?先|先不(做|搞|走|报|经过)|(?<![不用必])等[^。？?]{1,12}再[^。？?]{0,4}(说|做|补|报|搞|交|提交|申请|办|弄)|(?<![不用必])等[^。？?]{1,12}(的时候|时)一起(报|交|补|办|提交|申请)|攒着|攒到|攒起来|一次性(补|报|交)"   # 不做前置审核，先组织验收; 先不询价，等招标再说
                    r"|(之前|以前)[，,]?\s*(能|可以|可否|能否|能不能|可不可以|就)[^。？?]{0,8}先|赶在[^。？?]{1,20}(之前|以前)"   # 前置审核之前，能自己先验收吗
                    r"|(还没|没有|尚未|未)[^。？?]{1,20}(已经|就已经|就先)"                           # 还没招标，施工方已经先进场
                    r"|(已经|已)[^。？?]{1,16}(现在|回头|事后)?(再|才)(去)?补"                          # 已经开工了 现在再补变更申请
                    r"|边(建|干|做|施工|实施|开发|建设)边(补|报|申请|办|走)"                              # 边建边补变更申请
                    # a step put off to a vague later (回头再报, 明年再单独建, 拖到年底再一起上缴, 暂缓整改), not after a named step
                    r"|(回头|事后|(?<![通经超度错])过后|晚点|晚些|迟些|迟点|过段时间|过一段时间|过阵子|过些日子|改天|下个?月|下半年|明年|年底|(?<![一二两三四五六七八九十\d])年后)(再|才)(去|来)?[\u4e00-\u9fff]"
                    # the leave asked first, the step left out after it (只报市政数局备案就行了吧，财政局不用报; 交光盘就行了吧，不用上传云平台)
                    r"|(" + LEAVE_WORDS + r"|可以吧|行吧)[，,][^。？?]{0,16}(不用|不需要|不必|用不着|没必要)(再|去)?(报|交|做|请|找|备案|登记|上传|传|提交|送)"
                    # what a step waits on comes later (立项批复下周才下来，先把招标公告挂出去吧)
                    r"|(下周|下星期|明天|后天|下个月|过几天|过两天|还得几天|还要几天)(才|再)(能)?(下来|批下来|出来|到|批|通过)"
                    # put after a named step, or made up later (等合同验收完了再出, 开工之后再补, 事后补个变更申请)
                    r"|(事后|回头)(再)?补(?!充|贴|助)|后面(再)?补(?!充|贴|助|齐)|(之后|以后|后|结束|完了?)(再|才)((让|叫|由|请|找)[\u4e00-\u9fff]{1,6}?)?补(?!充|贴|助|齐)"
                    r"|(拖到|拖至|拖延到|推迟到|延后到|延到|缓到|押到|压到)[^。？?，,]{1,16}|拖一拖|拖着|缓一缓|缓一下|暂缓|先放一放|放一放|往后(推|拖|放|挪|延)"
                    r"|(?<![不用必])等(?![保级])(到)?[^。？?，,]{1,16}(再|才)(去|来)?(把[^。？?，,]{1,14}?)?(出|给|上传|启动|开工|实施|建|明确|确定|定|写|补|报|交|传|上传|提交|申请|办|做|搞|弄|说|签|审|评|组织|开)"   # 等核准文件有效期过了再启动
                    r"|(?<![不用必])等(?![保级])(到)?[^。？?，,]{1,14}(的时候|时)(再)?一(起|并|块)(报|交|补|办|提交|申请|传|上传|送|弄|做|搞|评|审|说明)"   # 等到初验时一起传
                    r"|先不(写|做|搞|走|报|经过|经|交|请|开|办|签|建|上|弄|管|评|审|测|备案|登记|公示|共享|对接|支持|接)"   # 质量目标先不写进合同, 先不接视频中心
                    # another doing the step instead of the one the text names (开发商自测代替第三方测试)
                    r"|(?<![化产])(代替|替代|顶替|取代)(掉)?[^，,。？?]{0,20}(第三方|监理|评审|测评|测试|审核|验收|专家|招标|备案|登记|审批|论证)"
                    r"|(第三方|监理|测评|评审|审核|专家)[^。？?]{0,20}(?<![化产])(代替|替代|顶替|取代)(?![^。？?]{0,6}(国产|进口))|\b(instead of|in place of|rather than|substitut\w*)\b(?!\s+(?:each|every|all)\b[^.?]{0,30}\b(?:separately|individually|on (?:its|their|our) own)\b)|\breplac\w*\b.{0,30}\b(testing|tests?|review|inspection|assessment|evaluation|audit)\b"
                    # what is done said to be enough (几家单位签个字算了, is it enough to sign between ourselves)
                    r"|(签个字|签字|开个会|碰个头|说一声|打个招呼|确认一下)(就)?(算了|完事|齐活|结了)|(就|也|一下)算了(?=\s*(吧|[，,。？?!！]|$))|\b(is|would|will) (it|that|this) (be )?(enough|sufficient)\b|\benough (for us )?to\b"
                    r"|\b(postpone|put off|hold off|defer|push back|delay)\w*\b|\b(after the fact|retroactive?l?y)\b"
                    # "wait until the project is finished and then file", "file it together with the acceptance materials at the end"
                    r"|\bwait (until|till)\b.{0,80}\bthen\b|\b(together|along) with the (\w+ ){0,2}(acceptance|final|completion)\b.{0,40}\b(at the end|later|afterwards)\b"
                    # a step left out in a clause of its own before the leave asked (为了省钱不请监理，自己盯着可以吗)
                    r"|(?<![要用需必得能可会是说听据])不(?:想|打算|准备|愿意)?(请|找|开|做|搞|走|报|交|写|办|组织|进行|上|配|设|聘|委托|招|单独报|单独|叫|让|通知|邀请)[^。？?，,]{0,16}[，,][^。？?]{0,30}(可以|行|能|可否|" + LEAVE_WORDS + r")"
                    # a clause saying a step will no longer be done (隐蔽工程不拍照录像了，做个文字记录就可以了吧)
                    # (not 质保期写2年，不再多给了: no more than what it states, which leaves nothing out)
                    r"|(?<![要用需必得能可会是说听据])(就|也|都)?不(?!是|同|合|超|到|满|足|够|行|能|会|用|必|要|需|太|知|清|对|少|多|好|错|一|再多|再加|再延|往上|往后延|延长)[\u4e00-\u9fff]{1,14}了[，,][^。？?]{0,30}(可以|行|能|可否|" + LEAVE_WORDS + r")"
                    # "the defects are still being fixed, can we do the final acceptance now?" (as 还在整改…能先验收吗:
                    # only before an acceptance or going live)
                    r"|\bstill (?:being (?:fixed|rectified|worked on|resolved|addressed|tested|assessed|done)|in progress|under ?way|ongoing|going on|running|pending)\b"
                    r".{0,80}\b(can|may|could|is it (?:ok|okay|possible|fine|allowed))\b.{0,40}\b(accept|acceptance|go live|launch|sign[- ]off|put (?:it )?into (?:use|service|operation))"
                    r"|(before|without|with no|not yet|never|haven't|hasn't|have not|has not|not fully|isn't|aren't|not (?:\w+ ){0,3}yet|still unresolved|unresolved|outstanding|still open|not (?:yet )?(?:fixed|resolved|closed|rectified)"
                    r"|(?:open|pending|unfixed|unrectified)(?: \w+){0,2} (?:issues?|problems?|findings?|defects?|items?))\b.{0,80}\b(can|may|could|would it|go ahead|straight|ok|okay|proceed|allowed|permitted|anyway|regardless|get through)\b"
                    # "neither contract says anything about quality targets. Is that acceptable?": what a document leaves out
                    r"|\b(?:neither|none of)\b[^.?;]{0,60}\b(?:says?|mentions?|includes?|contains?|specif(?:y|ies)|states?|covers?)\b[^.?;]{0,80}[.;,]\s*(?:is|would) (?:that|this|it) (?:be )?(?:ok|okay|fine|acceptable|allowed|alright|compliant)\b"
                    r"|\b(?:doesn't|does not|don't|do not)\b (?:say|mention|include|contain|specify|state|cover) (?:anything|a word)\b[^.?;]{0,80}[.;,]\s*(?:is|would) (?:that|this|it) (?:be )?(?:ok|okay|fine|acceptable|allowed|alright|compliant)\b"
                    # "we had the design, supervisor and contractor confirm and just implemented it. Was that ok?": gone ahead on a confirmation
                    r"|\b(?:confirm\w*|sign\w* off|agree\w*)\b[^.?;]{0,30}\b(?:and|then),? (?:we |they |i )?(?:just |simply |then |directly |immediately )?(?:implemented|went ahead|proceeded|carried (?:it |them )?out|executed|started)\b[^?]{0,60}\b(?:was|is) (?:that|this|it) (?:ok|okay|fine|allowed|acceptable|alright|all right|compliant)\b"
                    # "the contractor is still fixing one of them. … hold the acceptance next week anyway, can we go ahead?"
                    r"|\bstill (?:fixing|rectifying|working on|resolving|addressing|correcting|repairing)\b.{0,120}\b(?:can|may|could|is it (?:ok|okay|possible|fine|allowed))\b.{0,40}\b(?:accept|acceptance|go live|launch|sign[- ]off|go ahead|proceed)"
                    r"|\bstill (?:fixing|rectifying|working on|resolving|addressing|correcting|repairing)\b.{0,120}\b(?:accept|acceptance|go live|launch)\w*\b.{0,60}\b(?:anyway|regardless|go ahead|proceed)\b"
                    # "can we start using the system formally and sort out acceptance afterwards?": in use first, the step later
                    r"|\b(?:start|begin|go)\w* (?:using|operating|running|live)\b.{0,80}\b(?:sort out|do|hold|deal with|handle|get|organi[sz]e|complete)\b.{0,40}\b(?:later|afterwards|after the fact|retroactively)\b"
                    # "we didn't hire a supervision company. Is that OK?": a step left out, asked after as done
                    # ("… but haven't prepared the resource catalogue yet. Acceptable?")
                    r"|(?:\b(?:we|they|our \w+|the \w+)\b|\bbut) (?:didn't|did not|never|haven't|have not|hasn't|has not)\b[^.?;]{0,80}[.;,]\s*(?:is|was|would) (?:that|this|it) (?:ok|okay|fine|acceptable|allowed|alright|all right|in order|compliant)\b"
                    r"|(?:\b(?:we|they|our \w+|the \w+)\b|\bbut) (?:didn't|did not|never|haven't|have not|hasn't|has not)\b[^.?;]{0,80}[.;,]\s*(?:ok|okay|fine|acceptable|alright|all right|allowed)\s*\?"
                    # "the police weren't involved. Is the review complete?": a party or step said absent, then asked after
                    r"|\b(?:wasn't|weren't|was not|were not|hasn't been|haven't been|hadn't been|had not been|has not been|have not been)\s+(?:\w+\s+)?"
                    r"(?:involved|consulted|invited|included|present|asked|brought in|held|done|carried out|submitted|filed|obtained|prepared|signed|approved|reviewed|tested)\b"
                    r"[^?]{0,40}?[.;]\s*(?:is|was|are|were|does|do|did|can|could|will|would)\s+(?:that|this|it|the \w+(?: \w+)?|our \w+(?: \w+)?)\s+(?:still\s+)?"
                    r"(?:ok|okay|fine|acceptable|allowed|alright|complete|valid|enough|sufficient|compliant|in order|proper|go ahead|pass|count|stand)\b"
                    r"|\b(can|may|could|will|would|allowed to|is it (?:ok|okay|possible|fine|allowed)|(?:fine|ok|okay|alright|all right) to)\b(?![^?]{0,120}\b(?:report|complain)\w* (?:it |them |this |that |(?:an? |the )?(?:[\w-]+ ){0,2}?(?:problem|issue|defect|accident|violation)s? )?(?:directly|straight) to\b)"   # (report it straight to the agency: a right)
                    r".{0,120}\b(before|without|with no|not yet|straight to|skip|skipping|bypass|bypassing|directly|has not|have not|hasn't|haven't|was not|were not|wasn't|weren't|did not|didn't|isn't|aren't|is not|are not|never|not been|still hasn't|still haven't|while .{0,60}(?:hasn't|haven't|not yet|still)"
                    r"|not (?:yet )?(?:started|commenced|begun|filed|registered|submitted|completed|finished|accepted|tested|connected))\b"   # (a project not started within …)
                    # "our acceptance pack has everything except the data sharing list. Good enough?": what is missing, asked
                    r"|\b(everything|all (the )?(documents|papers|materials|items))\b[^.?]{0,20}\b(except|but|apart from|other than)\b.{0,120}\b(enough|ok|okay|fine|acceptable|submit|hand (it |them )?in|go ahead|pass)\b"
                    # "the feasibility study is still waiting for approval. Can we run the design review in parallel?"
                    r"|\bstill (?:waiting|awaiting|pending|under (?:review|examination)|being (?:reviewed|approved|examined|assessed))\b.{0,160}\b(in parallel|at the same time|simultaneously|concurrently|meanwhile|in the meantime)\b"
                    r"|\b(once|as soon as|if only)\b.{0,80}\b(confirm|agree|sign|approve)"
                    # "can we just have the design, supervision and contractor units confirm it and go ahead"
                    r"|\bjust\b.{0,80}\b(confirm|agree|sign off|approve)\w*\b.{0,30}\b(go ahead|proceed|implement|start|carry on)"
                    # "hold back the quarterly reports and upload them all at year end": filings saved up (攒着, 一次性)
                    r"|\b(hold (back|off on|on to)|save (them |it |these )?up|batch (them |it )?up|bundle (them |it )?up|pile (them |it )?up)\b"
                    r"|\b(all|everything|them)\b.{0,20}\b(at once|in one go|in one batch|at (the )?year[- ]end|at the end of the year)\b"
                    r"|\b(won't|wouldn't|doesn't|does not|don't|do not|didn't|did not|never|hasn't|has not|refuses? to|can't|cannot|can not|isn't able to|is not able to|unable to)\b.{0,80}\bstill\b"   # a project that won't share its data still get approved
                    r"|\b(first|now|right away|immediately|straight away|straight (?:to|into)|directly)\b.{0,80}(?<!months )(?<!month )(?<!days )(?<!weeks )(?<!years )\b(later|afterwards|after the fact|retroactive?l?y|make up|next (?:year|month|quarter))\b", re.I)   # go live first (now), test later
# "do the feeds have to be connected before a project can pass acceptance": a duty asked of a step's
# condition, not a proposal to go ahead of it
_EN_CONDITION = lazy_regex(r"\b(have|has|need|needs) to\b|\bmust\b|\b(is|are) (it |they |there )?(required|mandatory|needed|necessary)\b"
                           r"|\b(does|do|did) \w+(?: \w+)? (require|demand|insist on)\b|\brequires?\b"
                           # ("does a project need a classified-protection assessment before it can be accepted")
                           r"|\b(does|do|did|will|would) (?:[\w-]+ ){1,3}need\b|\b(needed|required|necessary|mandatory|compulsory)\b", re.I)


# a party of the project saying what it will leave out (承建单位说不拍照留影像了，写个日志就够了吧) proposes it, as
# the asker's own plan does (有人说不用…, hearsay, is left out before: ``unreported``)
_PARTY_SAYS = lazy_regex(r"(?:(?<=单位)|(?<=[方商])|(?<=公司)|(?<=监理)|(?<=厂家)|(?<=老板)|(?<=领导))(说|讲|表示|提出)(?=不)")


# 在 typed for 再 after a later time (验收后在做, 回头在处理), before a step done (not 后在平台上传, a place)
_AGAIN_SLIP = lazy_regex(r"(回头|以后|之后|后面|然后|后|完了|过了|再说|先[^，,。？?在]{1,8}?)在(做|处理|补|报|弄|搞|交|办|编|改|整改|申请|开|组织|签|备案|提交|考虑|买|采购|测|验收)"
                         r"(?![^，,。？?]{0,6}?(平台|系统|环境|网|里|上|中心|中|内))")   # (后在测试环境, 后在报告里: a place)
# a closing particle typed by its sound: 可以直接申请验收码 (吗), 自测就省了把 (吧)
_CLOSING_SLIP = [(lazy_regex(r"(可以|能|行|要|需要|是不是|对|算|够)([^，,。？?]{0,16}?)(?<![个一维条验编号密代])[码马麻](?=\s*[？?!！。~～]*\s*$)"), r"\1\2吗"),   # (一个验收码, 二维码: a code)
                 (lazy_regex(r"(?<=[了就行])把(?=\s*(?:[，,。？?!！~～]|$))"), "吧")]


_TAIL_ASKS = lazy_regex(r"[吗么嘛吧不]\s*[？?。!！]*\s*$|[?？]\s*$")


# 验收没通过，整改完了能重新申请吗: what was not done is done since, by the time of the step asked
_MET_SINCE = lazy_regex(r"(?<![没未整])(?<!没有)(整改|改|补|弄|搞|做|办|接|接入|对接|装|修|调)(完|好)(了|成|毕)?|(?<![没未])(接|接入|对接|装)上了|已经(整改|改|补|接|接入|对接|纳入|完成)")   # (not 还没整改完)


# 其它都弄好了, 别的都弄完了: the rest is done, which leaves what is not done undone
_THE_REST = lazy_regex(r"(其它|其他|别的|其余|剩下的?|其他的|其它的)[\u4e00-\u9fff]{0,4}?(都|也|全|全部|均)?\s*$")


_REPORTS = lazy_regex(r"举报|投诉|向[^，,。？?]{1,12}反映|\b(?:complain|complaints?|whistle-?blow\w*)\b", re.I)
_STEP_PASSED = lazy_regex(r"(初验|初步验收|自测|自行检测|检测|测评|评审|审核|论证|试运行|立项)[^，,。？?]{0,6}?"
                          r"(过了|通过了|做完了|完成了|批了|批下来了|批复了)(?![^。？?，,]{0,4}(吗|么|没))")   # (not 项目做完了, 方案做完了: no step passed)
_APPLIES = lazy_regex(r"直接(向|找|给|到)?[^。？?，,]{0,24}?申请")


def _met_since(after: str) -> bool:
    """Is what the clause before said is not done said to be done since (整改完了)? Not 其它都弄好了, the rest done."""
    return any(not _THE_REST.search(after[:m.start()]) for m in _MET_SINCE.finditer(after))


# a question opened by a negative auxiliary ("Aren't they supposed to issue the monthly report?"): the duty expected, no
# step said undone
_NEGATIVE_ASKS = lazy_regex(r"(^|[.?!;:]\s*)(are|is|do|does|should|did|have|has|was|were|can|must)n't(?=\s+(?:they|we|it|he|she|you|the|our|this|that|there|i)\b[^.?!;]*\?)", re.I)


# 系统不支持IPV6, 平台暂时不兼容国产密码: the feature the system lacks
# (not 不具备监理资质, 不符合条件: a qualification or a condition, which the texts word otherwise than the asker)
_LACKED = lazy_regex(r"(?:不|没有|没)(?:支持|兼容)(?P<x>[A-Za-z0-9.\u4e00-\u9fff]{2,12}?)(?=[，,。；;？?\s]|的|(?:就|也|还)?(?:能|可以|可否|能否|能不能|行|通过)|$)")


def lacked_feature(text: str) -> str | None:
    """The feature a question says its system lacks (项目不支持IPV6，能立项吗 -> IPV6), which only a text that requires it
    makes a duty left undone."""
    m = _LACKED.search(unicodedata.normalize("NFKC", text))
    return m.group("x") if m else None


def left_undone(text: str) -> bool:
    """Does the question go ahead with something not done (还没验收，能上线吗)? As a question's ``unmet`` is read. Not one
    that asks whether a step must come first (是不是得先报审核才能做): the duty is asked, not leave to go ahead."""
    text = unicodedata.normalize("NFKC", text)
    if _DUTY_FIRST.search(text) or duty_only_asked(text):
        return False
    return _unmet(unreported(text))


# 是不是得先报区信息化主管部门审核才能做, 必须先备案才可以开工吗: whether a step is due before another
_DUTY_FIRST = lazy_regex(r"(?:得|要|需要|必须|应该|应当|须)先[^，,。？?]{1,30}?(?:才能|才可以|方可|才行)[^，,。？?]{0,8}(?:吗|么|嘛|吧|不|[？?]|$)")


def _unmet(text: str) -> bool:
    """Does the question ask about going ahead with something not done (还没验收，能上线吗)?"""
    text = _NEGATIVE_ASKS.sub(lambda m: m.group(1) + m.group(2), text)
    text = _PARTY_SAYS.sub("，", text)
    if SELF_DOES.search(text):   # (自己按规定采购，不交给数管局统一采: a body swapped, nothing left undone)
        text = BODY_SWAPPED.sub("，", text)
    text = EN_BODY_SWAPPED.sub(",", HANDED_OVER.sub("，", text))   # (不自己搞数据交换了，用区大数据中心的: the other way round)
    m = _UNMET.search(text)
    while m and ((m.group(1) or re.search(r"不合格|没通过|未通过|不通过", m.group(0)))
                 and _met_since("".join(re.split(r"[，,]", m.group(0), maxsplit=1)[1:]))
                 or _BUT_EXCEPTED.search(m.group(0))
                 # (…是不是要同步建设？预算紧，本来想后面再补: what was meant once, before the question, is no plan asked now)
                 or re.search(MEANT_ONCE + r"[^，,。？?]{0,12}$", text[:m.start()])
                 and re.search(r"[？?]", text[:m.start()])
                 # (因为涉密，…数据也不共享，能合格吧: the secrecy the texts except from sharing, given as the reason)
                 or re.match(r"不(?:想|愿意|愿|打算|准备)?(?:接入|接|对接)|(?:数据|信息|资源)[^，,。？?]{0,4}不(?:想|愿意|打算|准备)?(?:做)?(?:共享|汇聚|纳入|接入|上传)", m.group(0))
                 and re.search(r"(?<![不非没未])涉(?:及国家)?密", text[:m.end()])
                 # ("our project is classified (涉密), so its data won't be shared. Can it still pass acceptance?")
                 or re.search(r"\b(?:won't|will not|cannot|can't|can not|doesn't|does not|isn't|is not|aren't)\s+(?:be\s+)?(?:shared?|connect(?:ed)?|interconnect(?:ed)?)\b", m.group(0), re.I)
                 and re.search(r"(?<!not )(?<!non-)\b(?:classified|secret)\b|(?<![不非没未])涉密", text[:m.end()], re.I)
                 # (…是不是公安也要参与？怕到时候人没叫齐又得重开一次会: a fear told after the question, no step left undone)
                 or re.search(r"[？?][^？?]*(怕|担心|生怕|万一|免得|省得|以免)[^，,。？?]{0,16}$", text[:m.start()])
                 # (不想经过总包，直接找市信息工程质监机构投诉: a complaint is a right, not a step another one gates)
                 or _REPORTS.search(re.split(r"[。？?！!]", text[:m.start()])[-1] + re.split(r"[。？?！!]", text[m.start():])[0])):
        # (what follows the clause the negation opens: 整改完了 there is done since; 没纳入预算，但国家部委有明确要求: the
        # case the texts make an exception for)
        m = _UNMET.search(text, m.end())
    if m and m.group(0).startswith("直接") and _STEP_PASSED.search(re.split(r"[。？?！!]", text[:m.start()])[-1]) \
            and _APPLIES.match(text, m.start()):
        # 初验过了 我们直接向区大数据中心交《项目验收申请函》申请竣工验收: the step before passed, the next applied for
        m = _UNMET.search(text, m.end())
    # (English with a Chinese term in it, "(等保)", is English)
    if m and re.sub(r"[\u4e00-\u9fff（）]+", "", text).isascii() and re.match(r"before\b[^,;?]{1,60}?\b(can|may|could)\b", m.group(0), re.I) \
            and _EN_CONDITION.search(text[:m.start()]):
        return bool(_UNMET.search(text[m.end():]))
    return bool(m)


# a sentence that says something is not done or not met (doesn't support IPv6 yet, 还没接入)
SAID_UNMET = lazy_regex(r"\b(doesn't|does not|don't|do not|didn't|did not|haven't|hasn't|have not|has not|never|isn't|is not|aren't|are not|"
                         r"wasn't|weren't|not yet|without)\b|没(?!有?(问题|事|关系))|尚未|未(?!来)|不(支持|具备|符合|满足)", re.I)
# (这种项目, 这类情况, "such a project": of the kind the sentence before tells)
_BACK_REF = lazy_regex(r"\b(them|these|those|they|such)\b|它们|这些|那些|这种|这类|此类|这样的", re.I)
_OF_CONTRACT_PRICE = lazy_regex(r"合同(价|金额|总价|额)|\bcontract (price|value|sum|amount)\b", re.I)
# 没纳入年初预算，但国家部委有明确要求: what is not done, followed by the exception the texts make for it
_BUT_EXCEPTED = lazy_regex(r"[，,]\s*(但|但是|可是|不过)[^，,。？?]{0,4}?(国家|省里?|上级|部委|上面)[^，,。？?]{0,8}(明确)?(要求|部署|指示)|[，,]\s*(但|但是|可是|不过)[^，,。？?]{0,4}?(紧急|急需)")
# a higher level's explicit requirement or an emergency: the exceptions texts make for unplanned projects
_URGENT = lazy_regex(r"(国家|(?<![节反])省里?|(?<![城超都门])市里?|上级|上面|部委|国家部委)[^。？?，,；;]{0,8}(明确)?(要求|部署|指示|下达(?!的?(专项)?(资金|经费|款|补助|拨款)))|紧急|急需|特殊情况|(?<![没无非])(?<!没有|并非|不是)特殊(需要|需求)|必须(在)?(今年|当年)|(今年|当年)(就)?(必须|得|一定要)(实施|上|建|做)"
                     r"|\burgent\b|\bemergency\b|(mandated|required|requirement) (by|from) (the )?(state|province|provincial|city|ministry|ministries|higher)"
                     r"|(provincial|national|state|ministry) requirement", re.I)
_NOT_URGENT = lazy_regex(r"(没有|没|无|并无|不是|并非|不存在)(什么)?(特殊(需要|需求|情况)|紧急(情况)?|急需)|(不|并不)(紧急|急)|\bnot urgent\b|\bno (special|urgent) (need|reason)"
                         # 也不是国家部委要求的: the higher level's requirement denied
                         r"|(不是|并非|没有|也不是|也没有|非)[^，,。？?]{0,3}(国家|省里?|上级|部委|上面)[^，,。？?]{0,8}(要求|部署|指示)"
                         r"|\b(no|not|isn't|wasn't|without any) (a )?(national|state|provincial|ministry|higher[- ]level)[\w\s-]{0,20}(requirement|mandate|instruction)", re.I)
_NEW_INITIATIVE = lazy_regex(r"(没|未|没有|不在)(?!超|过|花|用|突破)(被)?(列入|列进|纳入|编进|编入|报进|排进|在)?[^。？?，,；;超]{0,6}(年度|年初)?(计划|预算)"
                             r"|(计划|预算)[^。？?，,；;]{0,4}(没|未|没有)(报|列|编|纳)"
                             # 年初报预算的时候没有这个项目, 今年年初编预算的时候漏了一个…项目: left out of the budget
                             r"|(年初|编预算|报预算|预算)[^。？?，,；;]{0,8}(漏了|漏报|漏掉|遗漏|没有这个|没这个|没报这个)"
                             r"|(漏报|漏了|漏掉|遗漏)(报|编|列)?(进|入)?(了)?(年度|年初|今年的?)?(预算|计划)|新动议|新冒出(来)?的?|(年中|临时|计划外)[^。？?，,；;]{0,4}?(新)?(冒出|增加|新增|提出|提了|加)|新(提|提出|上|加)(了)?(个|一个)?[^。？?，,；;]{0,4}项目|新(提|提出|上|加)(了)?(个|一个)[^。？?，,；;]{0,10}(系统|平台)|(临时|年中|新)动议|new[- ]initiative|\bnew\b(?:[ -][\w.]+){1,4} initiative\b|newly (proposed|initiated|launched)"
                             r"|new ([\w-]+ ){0,2}project (proposal|application)|\b(?:a|the|this) new (?:project )?proposal\b|propos\w* (a |the )?new project|\b(new mid-?year|mid-?year new|unplanned new) (project|system)\b|new project (that |which )?(has |just )?(came|comes|come|popped|pops) up"
                             r"|new project (was|is|has been|got) (proposed|initiated|raised)"
                             r"|(isn't|is not|wasn't|was not|not|aren't|weren't|never) (yet )?(in|on|part of|included in|listed in|put in) (this year's|the annual|the year's|our annual|our|the)( (current|this|annual|year's|yearly|district|project|start-of-(the-)?year|beginning-of-(the-)?year|original)){0,3} (project )?(plan|budget)"
                             r"|(came|come|comes|coming) up with (a |an )?(brand[- ])?new project|(brand[- ])?new ([\w-]+ ){0,3}project\b.{0,40}\bmid-?year|mid-?year\b.{0,30}\b(brand[- ])?new ([\w-]+ ){0,3}project"
                             r"|(mid-?year|unplanned|urgent) new project|new (\w+ ){0,3}project (came|comes|has come|popped) up (in the )?(mid-?year|middle of the year)", re.I)
_NOT_NEW_INITIATIVE = lazy_regex(r"(不是|不属于|并非|非|没有)新动议|not (a )?(new initiative|newly proposed)", re.I)
# a unit of a government above the district's (常州市属单位, 威海市本级（市直部门）, a Changzhou municipal bureau):
# a district's measures cover the district's own units; 省直 is above a city too
_UNIT = r"(单位|部门|机关|机构|局|委|办|厅)"
_CITY_UNIT = lazy_regex(rf"市(直|属|级|本级)[(（]?[\u4e00-\u9fff]{{0,4}}?{_UNIT}|市(直|属)(?!各)|"
                        # 我们是威海市大数据局: the asker a city's own bureau (not 我们是常州市钟楼区教育局, a district's)
                        rf"(?:我们|我|咱们)(?:单位)?是[\u4e00-\u9fff]{{2,4}}?市(?![直属级])(?![\u4e00-\u9fff]{{0,6}}?[区县])[\u4e00-\u9fff]{{1,8}}?(?:局|委|办|中心)|"
                        r"\b(municipal|city)[\s-]+(level[\s-]+)?(department|bureau|unit|agency|agencies|office|authority|government department)s?\b", re.I)
_PROVINCE_UNIT = lazy_regex(rf"省(直|属|级|本级)[\u4e00-\u9fff]{{0,4}}?{_UNIT}|\bprovincial[\s-]+(level[\s-]+)?(department|bureau|unit|agency|agencies|office|authority)s?\b", re.I)


_CLASSIFIED = lazy_regex(r"(?<![非不无没])(涉密|涉及国家秘密|涉及秘密|涉及保密|国家秘密|保密项目|保密的项目)|\bclassified\b(?![\s-]*(level )?protection)|state[\s-]secrets?|involv\w* (state )?secre(cy|ts?)|involv\w* (?:涉密|保密)", re.I)   # not 等保, "classified protection"
# 涉不涉密, 是否涉密, "whether it is classified": the fact named as open (said unknown only with a word of doubt)
_CLASSIFIED_ASKED = lazy_regex(r"涉不涉密|涉没涉密|是否涉密|是不是涉密|有没有涉密|涉不涉及(?:国家)?(?:秘密|保密)|是否涉及(?:国家)?(?:秘密|保密)"
                               r"|\bwhether\b[^.?;,]{0,30}\b(?:classified|state secrets?)\b|\b(?:classified|secret) or not\b", re.I)
_OUTSIDE_PROCUREMENT = lazy_regex(r"(不在|不属于|不纳入|没有纳入|未纳入|没纳入|不走|没走|没有走|不经过|未经过|没进|没有进|未进|不进|没列入|未列入|不列入|非)(政府)?(集中采购|集采)|(集中采购|集采)(范围)?(以)?外"
                                  r"|(not|n't|outside)( within| in| part of| covered by)? (the )?(scope of )?(government )?centrali[sz]ed (government )?procurement"
                                  r"|not (procured|purchased|bought|gone|going|included|put) (through|via|under|by|in|into) (the )?centrali[sz]ed"
                                  r"|(won't|will not|doesn't|does not|didn't|did not|isn't going to|is not going to) (go|be procured|be bought|be purchased) (through|via|under) (the )?(government )?centrali[sz]ed", re.I)
_WITHIN_PROCUREMENT = lazy_regex(r"(?<![没未不])(纳入|属于|在)(政府)?(集中采购|集采)|(within|under|part of) (the )?centrali[sz]ed (government )?procurement", re.I)
# a form's field answered yes or no (涉密：否, 是否涉密：无, "Classified: no"): a fact stated, no topic asked
_FIELD_ANSWERED = lazy_regex(r"(?:(?<=^)|(?<=[\n；;，,、]))\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?:否|是|无|有|不涉及|涉及|没有)(?=\s*(?:[\n；;，,。]|$))"
                             r"|(?:(?<=^)|(?<=[\n;,]))\s*[A-Za-z][\w ]{1,20}:\s*(?:no|yes|none|n|y)\b(?=\s*(?:[\n;,.]|$))", re.I | re.M)
# (涉不涉密, 是不是涉密, 有没有涉及秘密: the fact asked, not denied; a form's field answered no: 涉密：否, "Classified: no";
# 没有任何涉密内容 denied whole)
_NOT_CLASSIFIED = lazy_regex(r"((?:是否)?涉密(?:项目)?\s*[:：]\s*(?:否|无|不涉及|非涉密|不涉密|没有)|\bclassified\s*:\s*(?:no|none|n)\b|非涉密|(?<!涉)不涉密|无涉密|(?<![有涉])(?:没有|无)(?:任何|什么|一点)?涉密|(?<!是)(不是|并非|不属于|不算)(一个)?涉密|(?<![有涉及])(不|没|没有|未)(涉及|含|包含|牵涉)(任何)?(国家)?(秘密|保密|涉密)|non-classified|unclassified|not secret"
                             r"|\b(not|isn't|aren't|no|nothing|never|without)\b[^.?;,]{0,30}\bclassified\b|\bclassified\b[^.?;,]{0,12}\b(not|no)\b)", re.I)
def _public_money(zh: str, not_after: str, en: str) -> re.Pattern:
    """A level of government's own money: 区财政, 区里出钱, district budget (a finance bureau is no money)."""
    # (运维经费区财政能先下达不: the finance bureau acting, not the money the project is paid with)
    # (向区财政申请: the body applied to)
    # (市里拨下来的专项资金: the money the city allocated down, to a district's project)
    allocated = r"|(?:拨|下拨|拨付|下达)(?:下来|过来|下)?的?(?:专项)?(?:资金|款|钱|经费)" if zh == "市" else ""   # (市里拨资金建设的项目)
    # (没用区财政, "no district money": the money not used is no source)
    return re.compile(rf"(?<![{not_after}向给找跟报])(?<!没用)(?<!不用)(?<!没有)(?<!没花){zh}(级|本级|里)?(政府)?(财政(?!局|部门|厅|能|会|先|下达|审核|负责|不)|(资金|出钱|出资|拨款|预算|掏钱)"
                      rf"{allocated})"
                      # 市里的资金, 区里自己的钱: the level's own money, said with 里
                      rf"|(?<![{not_after}向给找跟报]){zh}(?:本级|级|里)(?:自己)?的(?:财政)?(?:资金|钱|经费)"
                      rf"|(?<!\bno )(?<!\bnot )(?<!without )(?<!\bzero )(?<!\bany )(?:{en})[- ](funds?|budget|money|finance(?! (bureau|department|office|authority)))|(paid|funded|financed)( for| and \w+)? by the (?:{en})\b"
                      # ("the money is city-level or district-level", "city-level funds": the level the money is of)
                      rf"|\b(?:money|funds?|funding)\s+(?:is|are|was|were|will be|may be|might be|could be|comes? from|came from)\s+(?:the\s+)?(?:{en})[- ]level\b"
                      rf"|(?<!\bno )(?<!\bnot )\b(?:{en})[- ]level (?:fiscal )?(?:money|funds?|funding|budget)\b"
                      # "arranged and funded by the Shenzhen municipal government": the level named with its place
                      rf"|(paid|funded|financed|allocated)( \w+)? by the ([A-Z][a-z]+ )?({en}) (government|finance|budget)", re.I)


_FUNDING = [
    ("social_only", lazy_regex(r"(全|全部|完全|都|全额|纯)(是|由|用|靠)?(的)?社会(资金|资本)|社会(资金|资本)全(额|部)"
                               r"|(完全|全部|都|一点)?(没用|没有用|不用|未使用|没有使用|没花)(任何)?(市|区)?(级)?(的)?财政(性)?(资金|的钱|钱|(?=也)|(?=的?一分|的?一毛|的?分文))"   # (没用市财政一分钱)
                               # (钱全是单位自己的经营收入，没有市财政资金: the money's source, and no public money)
                               r"|[，,]\s*(?:完全|全部|也)?(?:没有|没|无)(?:任何)?(?:市|区)(?:级)?(?:的)?财政(?:性)?(?:资金|的钱|钱)(?=\s*[，,。；;]|$)"
                               r"|(?:钱|资金|经费)(?:全|全部|都|完全)(?:是|来自|靠)(?:单位)?(?:自己|自有)?的?经营(?:性)?(?:收入|资金)"
                               # 民营公司自掏腰包建的, "a private company builds it with its own money"
                               r"|(民营|私营|私人)(企业|公司)[^。？?]{0,8}(自掏腰包|自筹|自有资金|自己出钱|全额出资)"
                               r"|\bprivate (company|firm|enterprise|business)\b[^.?]{0,40}\b(its|their) own (money|funds|capital)\b"
                               r"|(经营(性)?(资金|收入)|企业自有资金)[^。？?]{0,6}(不是|并非|非)(市|区)?(级)?财政"   # 自有经营资金（不是财政资金）
                               r"|no (public|fiscal|government) (money|funds?)|without (any )?(public|fiscal|government) (money|funds?)"
                               r"|(entirely|wholly|fully|only|all) (from |by |with )?(social|private) (funds|capital|money)"
                               r"|(entirely|wholly|fully|completely|100%) privately[- ]funded|(funded|paid|paid for|financed) (entirely|wholly|fully|only) (by|with|from) (private|an? (private )?(company|enterprise|business|firm|partner|investor|sponsor|party)|companies)"
                               r"|\b(no|zero|without (any )?)\s*(市|区)?(级)?财政(性)?(资金|的钱|钱)"   # ("no 市财政性资金 at all": the texts' word, in English)
                               r"|(zero|no) ((city|district|municipal|provincial|state) )?(public|fiscal|government|budget) (money|funds?)"
                               r"|(paid|funded|financed) (entirely |wholly |fully |100% |100 per ?cent )?(by|with|from) (an? )?(corporate|private|company|enterprise)?\s*donations?"
                               r"|(own |entirely |wholly |only )?non-?fiscal (income|funds?|money|revenue|resources)|(全部|全额|都|完全)?(用|使用|是)?(单位)?(自有|自己)?的?非财政(性)?(资金|收入|的钱|钱)"
                               r"|(全|全部|都|完全|全额)(是|由|靠)?(企业|公司|社会|老板)(自己)?(出钱|出资|投资|掏钱|掏|的钱)"
                               r"|(政府|财政)(一分钱|一分|一毛|一点)?(都|也)?(没|没有|不)(出|花|投|掏)|(自有|自筹|捐|社会资金|企业|自己)[^。？?]{0,8}(一分|一毛|一点)(市|区)?(级)?财政(性)?(资金|的钱|钱)?(都|也)?(没|没有|不)(用|花|出|拿|沾)"
                               r"|(一分钱?|一毛钱?|一点)(市|区)(级)?财政(性)?(资金|的钱|钱)?(都|也)?(没|没有|不)(用|花|出|拿|沾)"   # (自有资金（一分财政钱没用）, 一分市财政资金没用: the source; not 到现在一分财政资金都没用, money not yet spent)
                               r"|not (a|one) (single )?(cent|penny|yuan|dime|kuai) (of|from) ((the )?(city|district|municipal|provincial|state) )?(public|fiscal|government|budget) (money|funds?)"
                               r"|(钱|资金|经费)(全|全部|都|完全)(是|由|靠)(企业|社会|公司)(的)?捐赠|(全|全部|都|完全)是(企业|社会|公司)捐(赠)?的(钱|资金|经费)|(?<!不是)(资金|钱|经费|投资)(全|全部|都|完全)(是|来自|由)(企业|社会|公司)(捐赠|捐的)", re.I)),   # 钱全是企业捐赠的
    ("social", lazy_regex(r"社会资金|社会资本|(民营企业|民企|企业|公司)(和|与|跟|同)[^，。？?]{0,8}(共同|联合|一起|各)(出资|投资|出钱|建设|出)"
                          r"|(政府|财政)(和|与|跟|同)(民营企业|民企|企业|公司)[^，。？?]{0,4}(共同|联合|一起|各)(出资|投资|出钱|建设|出)|(?<!国有)(?<!国)企业(出资|投资|自筹)|(?<!国有)(?<!国)企业(合资|合建|共建|(一起|共同|联合)?(出|投|掏)了?(一部分|部分|一些|些|一半)?(钱|资金|的钱)?)"
                          r"|(?:private|social) (funds|capital|money|investment)|(?<!state-owned )(company|companies|enterprise|business) (pays?|puts? in|invests?|funds?)"
                          r"|(co-?funded|co-?financed|co-?invested|jointly (funded|financed|invested)|part(ly)?[- ](funded|financed|invested)) by (a |an )?(private |privte )?(company|enterprise|business|investor|firm)"
                          r"|(private|privately[- ]owned) (company|firm|enterprise|business)\b.{0,50}\b(invest|fund|financ|pay)\w*( jointly| together)?"
                          r"|(invest|fund|financ)\w* jointly|(funded|financed|paid) (partly|in part) by (a |an )?(private |privte )?(company|firm|enterprise|business)", re.I)),
    ("soe", lazy_regex(r"(?<!没)(?<!没用)(?<!没有)(?<!也没)(?<!不是)(国企|国有企业)(用|拿|以|使用)?(自有|自己)?(的)?(资金|出资|投资|出钱|掏钱|掏的钱|出的钱|拿钱|拿的钱|花钱|花的钱|自筹|钱)|state-owned enterprise|state enterprise|\bSOE\b"
                       r"|(state|city|government|municipal)[- ]owned (enterprise|company|firm)", re.I)),
    ("higher", lazy_regex(r"(国家|省|上级|中央)(里|级)?(财政|财政厅)?(全额|全部|足额)?(统筹|拨付|下达|下拨|拨)?(的)?(资金|拨款|补助资金|专项资金|转移支付)"
                          r"|(国家|省|市|上级|中央)(里|级)?统筹(安排)?[、，,]?(并|和|及)?(拨付|下拨|下达|拨款|拨钱|拨的款|拨的钱|拨的|拨资金|给钱|出钱|的?资金|的?经费)|(国家|省|上级|中央)(里|级)?(拨|给)的?(款|钱)|(钱|资金|经费)(全|都|全部)?(是|由)(国家|省|上级|中央)(里|级)?(拨|给|出)|funds? from (the )?(state|province|higher)"
                          r"|(the )?(province|(provincial|national|state|central) (government|department|ministry|side|level|authorit\w+)|ministry|higher[- ]level (government|department|authorit\w+)|central government) (funds|pays|finances|arranges|allocates)"
                          r"|(provincially|centrally)[- ]funded|funded (and \w+ )?by the (province|provincial|central|state|higher)"
                          r"|\b(provincial|central[- ]government|national|higher[- ]level)[- ](government )?(funds?|money|grants?|subsid\w+|fiscal funds?|budget)\b"
                          r"|(the )?(province|provincial government|state|central government|ministry|higher[- ]level \w+) (planned|arranged|organi[sz]ed|approved|set up)?\s*(and |& )?(funded|paid for|financed|allocated)"
                          r"|(paid|funded|financed)\w* (entirely |wholly |fully |only |all )?(from|by|with|out of) (the )?(provincial|national|central|state|higher[- ]level) ((special|earmarked|dedicated|transfer) )?(funds?|money|budget|allocations?)"
                          # "paid fully by a central government grant", 中央补助资金
                          r"|\b(an? |the )?(central|national|provincial|state)( government)? (grant|subsidy|subsidies|allocation|transfer payment)s?\b|(中央|省级|省里|上级)(的)?补助|(?<![没不])(是|全是|都是|用的是|用)(国家|省|上级|中央)(里|级)?的(钱|资金|经费)", re.I)),
    ("district", _public_money("区", "社园小", "district")),
    ("city", _public_money("市", "城", "city|municipal")),
]


_NUM = r"(\d+(?:\.\d+)?|[一二两三四五六七八九十半]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_EN_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_FACTS = [
    ("change_percent", lazy_regex(rf"(?:变更|调整|增加|追加|change|adjust|variation)[^。？?；;]{{0,24}}?(?:百分之{_NUM}|{_NUM}\s*[%％])", re.I)),
    ("change_percent", lazy_regex(rf"(?:百分之{_NUM}|{_NUM}\s*[%％])[^。？?；;]{{0,16}}(?:变更|调整|change)", re.I)),
    # 变跟累计超了合同价百分之十: a share of the contract price said to be gone past is a change's
    ("change_percent", lazy_regex(rf"(?:累计|超|超过|超出|超了)[^。？?；;]{{0,6}}(?:合同价|合同金额|合同总价)(?:的)?(?:百分之{_NUM}|{_NUM}\s*[%％])", re.I)),
    # "a change caused by a device being discontinued costs 8% of the contract price": English says more in between
    ("change_percent", lazy_regex(r"\b(?:change|variation|adjustment)s?\b[^.?;]{0,60}?(?<![\d.])(\d+(?:\.\d+)?)\s*%", re.I)),
    # "… which shifts about 8% of the estimated total investment": a share of the estimate or contract price moved
    ("change_percent", lazy_regex(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+of\s+the\s+(?:approved\s+|estimated\s+)?(?:total\s+)?(?:investment|(?:budget\s+)?estimate|contract\s+(?:price|value|sum|amount))\b", re.I)),
    # "… which moves about 8% of the budget": a share of the money moved (not "moved 70% of the users", nor a fee "3% of the budget")
    ("change_percent", lazy_regex(r"\b(?:mov|shift|reallocat|redistribut|transferr?)\w*\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(\d+(?:\.\d+)?)\s*%\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:budget|money|funds?|estimate|investment)\b", re.I)),
    # 调整数额是概算总投资的一成: tenths
    ("change_percent", lazy_regex(rf"(?:变更|调整|调|增加|追加)[^。？?；;]{{0,24}}?{_NUM}\s*成(?:[一二三四五六七八九半](?![万千百十]))?(?![本果员立功])", re.I)),
    ("warranty_years", lazy_regex(rf"(?:质保|保修|维保|warranty)[^。？?；;\d一二两三四五六七八九十]{{0,14}}{_NUM}\s*(?:年|years?)", re.I)),
    ("warranty_years", lazy_regex(rf"{_NUM}\s*(?:年|-?years?)\s*(?:的)?\s*(?:免费|(?:of\s+)?free|of)?\s*(?:质保|保修|维保|运维|warranty|free maintenance)", re.I)),
    ("warranty_years", lazy_regex(rf"\bwarranty\b[^.?;。？；\d]{{0,64}}?\b{_NUM}[\s-]*years?\b", re.I)),   # warranty period … be just one year
    # 质保期12个月: a warranty in months, read as years
    ("warranty_months", lazy_regex(rf"(?:质保|保修|维保|免费维护|免费运维|warranty|free (?:maintenance|support))[^。？?；;\d一二两三四五六七八九十]{{0,8}}{_NUM}\s*(?:个月|months?)", re.I)),
    # (18 months free maintenance, 18个月免费维保: the months before the warranty's name)
    ("warranty_months", lazy_regex(rf"{_NUM}\s*(?:个月|-?months?)\s*(?:的)?\s*(?:免费|(?:of\s+)?free|of)?\s*(?:质保|保修|维保|维护|运维|warranty|maintenance|support)", re.I)),
    # (试运行是今年5月20号开始的: a date, not five months)
    ("trial_months", lazy_regex(rf"试运行[^。？?；;\d一二两三四五六七八九十]{{0,8}}{_NUM}\s*(?:个月|月(?!\s*\d{{1,2}}\s*[日号]|\s*份|\s*(?:初|中|底|末|上旬|中旬|下旬)))", re.I)),
    # (试运行只打算跑两周: a trial run said in weeks or days, read as the months it makes)
    ("trial_weeks", lazy_regex(rf"试运行[^。？?；;\d一二两三四五六七八九十]{{0,8}}{_NUM}\s*个?(?:周|星期|礼拜)|trial (?:run|operation)\b[^.?;]{{0,30}}?\b(?:for|of) (?:only |just )?{_NUM}[\s-]+weeks?", re.I)),
    ("trial_days", lazy_regex(rf"试运行[^。？?；;\d一二两三四五六七八九十]{{0,8}}{_NUM}\s*(?:天|日)(?![前后内])|trial (?:run|operation)\b[^.?;]{{0,30}}?\b(?:for|of) (?:only |just )?{_NUM}[\s-]+days?", re.I)),
    ("trial_months", lazy_regex(rf"{_NUM}\s*个?月(?:的)?试运行|trial run (?:of|for|lasting) {_NUM} months?"
                                rf"|trial run[^.?;]{{0,30}}?\b{_NUM}[\s-]+months?\b(?! (after|before|later|from))"
                                rf"|trial (?:run|operation)\b[^.?;]{{0,40}}?\b(?:for|of) (?:only |just )?{_NUM} months?"
                                rf"|{_NUM} months? (?:of|into) (?:the |a )?trial", re.I)),
]


# 纯软件开发, 全部是软件开发, pure software development: the whole figure is the software's
_ALL_SOFTWARE = lazy_regex(r"(纯|单纯|全部是|全是|只有|就是|只是|仅)(的)?(应用)?软件开发|(pure|purely|only|just|entirely|solely)\s+(an? )?(application |app )?software (development|dev)"
                           r"|software (development|dev) only", re.I)


# the project itself named as software development: "our software development project is RMB 498,000", 软件开发项目48万
_SOFTWARE_PROJECT = lazy_regex(r"(software|软件)\s*(development|dev|开发)?\s*(service\s*|服务)?(project|system|项目|系统)(?!\s*的?(里|中|当中|里面))"
                               r"[^;；.。]{0,20}$", re.I)

# 八十多万的软件开发服务项目: the project named after its figure
_SOFTWARE_NAMED_AFTER = lazy_regex(r"\s*(元)?(左右)?(的)?(应用)?软件(开发)?(服务)?(类)?(项目|系统)"
                                   # ("an 800k yuan application development job", "a 600k software project")
                                   r"|\s*(?:yuan|rmb)?\s*(?:custom\s+|customi[sz]ed\s+|bespoke\s+)?(?:(?:application|app)\s+(?:software\s+)?(?:development|dev)"
                                   r"|(?:application\s+|app\s+)?software(?:\s+(?:development|dev))?)\s+(?:project|job|contract|build|system|work)\b", re.I)


# the figure a project had before a change (原来45w, "originally 450k"), and the change said as added to it or taken from it
_WAS = lazy_regex(r"(?:原来|原先|原本|原定|原计划|本来|起初|最初|之前|以前|原|批复(?:的)?|立项时|申报时?|申请时)(?:是|为|的)?[\u4e00-\u9fff]{0,6}?(?:总投资|预算|概算|合同价|金额|总额|开发费|费用)?(?:是|为|有)?\s*$"
                  r"|\b(?:originally|initially|was|approved at|started at|started out at|budgeted at|estimated at|planned at|set at)\s*(?:about |around |roughly )?(?:RMB |CNY |¥)?$", re.I)
# duties a figure's threshold decides, asked of a figure that grew (原来25万，又追加了10万，要请监理吗): the increment is how the
# figure came to be, not a change the question asks about
_THRESHOLD_DUTIES = {"supervision", "feasibility_study", "expert_review", "expert_initial_acceptance", "testing", "third_party_testing", "scope"}
_LATER = lazy_regex(r"后来|之后|随后|后面|然后|\b(?:later|then|afterwards|subsequently)\b", re.I)
_ADDED = lazy_regex(r"(?:追加|增加|加|添|补|涨|上调|多|增)(?:了)\s*(?:大概|大约|约)?\s*$|(?:又|再)(?:追加|增加|加|添|补|增)(?:了)?\s*$"
                    r"|\b(?:added|increased (?:it )?by|raised (?:it )?by|topped (?:it )?up (?:by|with)|another)\s*(?:about |around |roughly )?(?:RMB |CNY |¥)?$", re.I)
_TAKEN = lazy_regex(r"(?:减少|减|砍|砍掉|核减|调减|削减|压缩|少|下调)(?:了)\s*(?:大概|大约|约)?\s*$|\b(?:cut (?:it )?by|reduced (?:it )?by|trimmed (?:it )?by|lowered (?:it )?by)\s*(?:about |around |roughly )?(?:RMB |CNY |¥)?$", re.I)


def _grown_by(text: str, amounts: list) -> tuple[str, float] | None:
    """What one change added to (or took from) the figure a project had before it, when the figure it became is not said
    (原来90万，追加了20万: +20万); None otherwise."""
    own = [a for a in amounts if a.role in ("total", "contract_amount", "software_cost")]
    changes = [a for a in amounts if a.role == "change_amount"]
    if len(own) != 1 or len(changes) != 1 or any(a.role == "former" for a in amounts) or own[0].start > changes[0].start:
        return None
    base, change = own[0], changes[0]
    if not _WAS.search(text[max(0, base.start - 12):base.start]) and not _LATER.search(text[base.end:change.start]):
        return None   # (合同价80万，后来又增了30万: a change said to come later is made to that figure too)
    before = text[max(0, change.start - 10):change.start]
    value = change.value if _ADDED.search(before) else -change.value if _TAKEN.search(before) else None
    return None if value is None else ("amount" if base.role == "total" else base.role, value)


def _software_project(plain: str, a) -> bool:
    """Is the project whose figure ``a`` is named as software development, before or after the figure?"""
    return bool(_SOFTWARE_PROJECT.search(plain[:a.start]) or _SOFTWARE_NAMED_AFTER.match(plain[a.end:]))


_EARLIER_CHANGE = lazy_regex(r"(之前|此前|前面|上次|先前|前期|已经|已)[^，,。？?]{0,8}(变更|调整|改)过?|\b(already|earlier|previous(ly)?|before that|prior)\b[^.?;]{0,40}\b(change|variation|adjustment)"
                             r"|\b(change|variation|adjustment)s?\b[^.?;]{0,30}\b(earlier|previously|before|already)\b", re.I)
_CUMULATIVE_SAID = lazy_regex(r"累计|一共|总共|合计|加起来|加上|\b(cumulative|in total|altogether|combined|all told)\b", re.I)
_SHARE = lazy_regex(r"(\d+(?:\.\d+)?)\s*[%％]")
_SHARE_RANGE = lazy_regex(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]?\s*(?:-|~|～|—|–|到|至|\bto\b)\s*(\d+(?:\.\d+)?)\s*[%％]", re.I)
# 好像是8%，也可能到12%; "maybe 8% …, could be 12% once the last one is counted": the share one of two, not known yet
_SHARE_EITHER = lazy_regex(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[%％][^。？?；;.!]{0,40}?(?:也可能|也有可能|或者|或是|还可能|\bor\b|\bcould be\b|\bmight be\b|\bmay be\b|\bpossibly\b|\bperhaps\b)"
                           r"\s*(?:是|到|达到|会到|有|even|as (?:much|high) as|up to)?\s*(\d+(?:\.\d+)?)\s*[%％]", re.I)
_OTHER_BASE = lazy_regex(r"概算|总投资|预算|estimate|investment|budget", re.I)
_LINE_BEFORE = lazy_regex(r"(超过|超出|超了|不到|低于|高于|以上|以下|over|above|exceed\w*|under|below|beyond|than)\s*(合同价的?|the contract price'?s?\s*)?$", re.I)


def find_facts(text: str) -> dict[str, tuple[float, str | None]]:
    """Numbers that are not money: a change's share (8%), a warranty (1年), a trial run (2个月),
    each with its comparative word if any (不到3个月)."""
    norm = unreported(unicodedata.normalize("NFKC", text))   # (有人说质保期一年就够了: someone's claim, not our figure)
    out: dict[str, tuple[float, str | None]] = {}
    asking = asking_clause(norm)
    for name, pattern in _FACTS:
        if name in out:
            continue
        m = pattern.search(norm)
        if not m:
            continue
        group = next(g for g in m.groups() if g)
        at = m.start(m.lastindex or 1)
        for i in range(1, (m.lastindex or 0) + 1):
            if m.group(i):
                at = m.start(i)
                end = m.end(i)
                break
        raw = "0.5" if group == "半" else group
        value = float(raw) if raw[0].isdigit() else _EN_NUM.get(raw.lower(), None) if raw.isascii() else cn_number(raw)
        if value is not None:
            tail = re.search(r"成([一二三四五六七八九半])?$", m.group(0))   # 一成 is 10%, 一成五 and 一成半 15%
            if tail:
                value = float(value) * 10 + (5 if tail.group(1) == "半" else cn_number(tail.group(1)) if tail.group(1) else 0)
            out[name] = (float(value), bound_of(norm, at, m.end() if tail else end))   # 一成出头: the bound after 成
    # 这次变更合同价的8%，之前已经变更过4%; "adds ~8% …, and we already did a 4% change earlier": the shares of two changes,
    # one told as done before, make the cumulative share the texts limit
    if "change_percent" in out and _EARLIER_CHANGE.search(norm) and not _CUMULATIVE_SAID.search(norm):
        shares = [m for m in _SHARE.finditer(norm) if not _LINE_BEFORE.search(norm[max(0, m.start() - 12):m.start()])]
        # (8% of the contract and 3% of the estimate: shares of other bases do not add up)
        if len(shares) == 2 and not any(_OTHER_BASE.search(norm[max(0, m.start() - 6):m.start()])
                                        or _OTHER_BASE.search(re.split(r"[，,。；;\s]{2,}|[，,。；;]|\s(?=[\u4e00-\u9fff])", norm[m.end():m.end() + 24])[0])
                                        for m in shares):
            out["change_percent"] = (sum(float(m.group(1)) for m in shares), None)
    # 2年质保太长了，合同里约定1年行不行: the term proposed in the asking clause is the warranty asked of
    # ("the contractor thinks a 2-year warranty is too long. Can we write a 1-year warranty … instead?")
    proposed = re.search(rf"(?:约定|签|写|改成|改为|定为?)\s*{_NUM}\s*年", asking) if "warranty_years" in out and asking else None
    if proposed is None and "warranty_years" in out:
        asked = english_questions(norm) if norm.isascii() else asking
        if asked and asked != norm:
            proposed = next((m for name, pattern in _FACTS if name == "warranty_years" for m in [pattern.search(asked)] if m), None)
    if proposed:
        group = next(g for g in proposed.groups() if g)
        value = float(group) if group[0].isdigit() else cn_number(group)
        if value is not None:   # (…，质保期至少两年吧: the same term found again keeps its bound)
            before = out["warranty_years"]
            out["warranty_years"] = (float(value), before[1] if before[0] == float(value) else None)
    if "warranty_months" in out:
        months, bound = out.pop("warranty_months")
        out.setdefault("warranty_years", (months / 12, bound))
    for name, days in (("trial_weeks", 7), ("trial_days", 1)):
        if name in out:
            n, bound = out.pop(name)
            out.setdefault("trial_months", (n * days / 30, bound))
    return out


_PUBLIC_TOO = lazy_regex(r"(?<![没不未无])(?<!没用)(?<!没有)(?<!不用)(区|市)财政(?:资金)?(?:再|又|也|另外)?(配套|出|拨|投|补|承担)"
                         r"|\b(district|city|government|municipal)\b[^.?]{0,20}\b(pays|puts in|covers|contributes)\b[^.?]{0,15}\b(other half|the rest|half|part|share)\b", re.I)


def funding_said(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where the question names each source of money, in the order of ``_FUNDING`` (none: an empty list)."""
    return {name: [m.span() for m in pattern.finditer(text)] for name, pattern in _FUNDING}


def find_funding(text: str, said: dict[str, list[tuple[int, int]]] | None = None) -> str | None:
    """Where the money comes from, the first source the question names (``said``: ``funding_said(text)``, when read
    already); city and district money named together (市、区两级财政) is neither alone, so it is left unknown."""
    found = [name for name, spans in (said if said is not None else funding_said(text)).items() if spans]
    if {"city", "district"} <= set(found):
        found = [f for f in found if f not in ("city", "district")]
    if {"soe", "social_only"} <= set(found):   # 国企用自有资金，没用财政资金: no fiscal money, but a state-owned firm's
        found.remove("social_only")
    if "social_only" in found and _PUBLIC_TOO.search(text):   # 民营企业自筹600万，区财政再配套400万: public money too
        found.remove("social_only")
    if found and found[0] == "higher" and not {"city", "district"} & set(found) and _HIGHER_ONLY.search(text):
        return "higher_only"   # 全部是省里的钱，没用市本级财政资金; "paid fully by a central grant, no city money at all"
    return found[0] if found else None


# money from above said to be the whole of it, or the own level's money said not to be used
_HIGHER_ONLY = lazy_regex(r"(全额|全部|完全|全是|都是|纯)(由|是|靠|用)?(的)?(国家|省|上级|中央)|(国家|省|上级|中央)[^，,。？?]{0,8}(全额|全部|全)(拨付|出|承担|负担)"
                          r"|\b(entirely|wholly|fully|completely|100%|only|all)\b[^.,;?]{0,24}\b(provincial|national|central|state|higher[- ]level)\b"
                          r"|\b(no|zero|without( any)?)( (city|municipal|district|local))([- ]level)?( fiscal| government| budget)? (money|funds?|budget)\b"
                          r"|(没|没有|未|不)(用|花|出|动)[^，,。？?]{0,4}(市|区)(本级|级|里)?(的)?(财政|资金|钱)|(市|区)(里|本级)?(财政)?(一分钱|一分)(都|也)?(没|不)(出|花)", re.I)


@dataclass
class Question:
    text: str
    lang: str
    jurisdictions: list[str]
    profile: Profile
    topics: list[str]
    form: str                        # "yesno" or "info"
    parts: list[list[str]] = field(default_factory=list)  # the question's parts, candidate topics each
    part_forms: list[str] = field(default_factory=list)  # each part's own form (a two-part question mixes them)
    negated: bool = False            # "可以不请监理吗": asks whether something may be left out
    unmet: bool = False              # "没提交档案能通过验收吗": asks whether a step may go ahead of a duty
    part_negated: list[bool] = field(default_factory=list)
    assumed: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)       # places named that no text covers: 北京, 杭州市西湖区
    inner: dict[str, str] = field(default_factory=dict)    # jid -> a district named inside a city-level text's city
    above: list[str] = field(default_factory=list)         # a province or city named that holds the places answered for: 江苏
    invalid: str | None = None       # an amount that cannot be a project's: "-80万", "0元"
    reading: str = ""                # the text as read: simplified, typing slips corrected
    asks: list[str] = field(default_factory=list)   # the reading cut where one ask ends and the next begins (1. … 2. …)
    unit_place: str | None = None    # the jurisdiction whose own units the unit level is said of (深圳市直: shenzhen)
    told: bool = False               # a step told done on a day, nothing asked (合同昨天签了。): what follows answers it
    doubted: dict[str, tuple] = field(default_factory=dict)   # facts offered with another case (好像涉密，也可能不涉及), and
    #                                  the cases offered: unknown, and the answer turns on them


# the words English sentences are built with: near the line between the languages, they say which one the question is in
_EN_FUNCTION = lazy_regex(r"\b(?:what|which|when|who|how|why|does|do|did|is|are|was|were|must|should|can|could|will|would|"
                          r"the|a|an|of|for|with|by|to|in|on|our|we|it|this|that|have|has)\b", re.I)


def language(text: str) -> str:
    cjk = len(_CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if not cjk:
        return "en" if latin else "zh"
    if cjk * 3 >= latin and cjk * 3 < latin * 1.2 and len(_EN_FUNCTION.findall(text)) >= 5:
        return "en"   # ("Yunfu: by what date must city units file next year's 政务信息化规划 with the 政务服务数据管理局?")
    return "zh" if cjk * 3 >= latin else "en"


# "Weihai city level (not Wendeng)", 威海市级（不是文登区）: the words before a place that say it is not the one asked about
# (read on the folded text too, where "not in" is "notin"; 是不是 asks, it denies nothing)
_DENIED_PLACE = lazy_regex(r"(?:not\s*(?:in)?|non-?|isn't|(?<!是)不是|非|并非|不属于)\s*[(（]?\s*$", re.I)


def find_jurisdictions(text: str, aliases: dict[str, str]) -> list[str]:
    """Jurisdiction ids named in the text; overlapping names resolve to the longest
    (深圳市龙岗区 is Longgang, not Shenzhen)."""
    folded = fold(text)
    chars = set(folded)
    spans = []
    for alias, jid in aliases.items():
        if alias[:1] not in chars:
            continue
        start = folded.find(alias)
        while start >= 0:
            spans.append((start, start + len(alias), jid))
            start = folded.find(alias, start + 1)
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str]] = []
    for start, end, jid in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        found.append((start, end, jid))
    # "Weihai city level (not Wendeng)", 威海市级（不是文登区）: a place named only to say it is not the one asked about
    found = [x for x in found if not _DENIED_PLACE.search(folded[max(0, x[0] - 8):x[0]])]
    # 龙岗的项目由深圳市政府拨款, funded by the Shenzhen municipal government: a place named only as
    # the government that pays, beside another place asked about, is no place asked about
    payer = {jid for _, _, jid in found
             if all(_PAYER.match(folded[e:]) for _, e, j in found if j == jid)}
    # (龙岗…运维经费按深圳那个电子政务运维经费指导意见申请: a place named only as the issuer of another document)
    payer |= {jid for _, _, jid in found if all(_ISSUER.match(folded[e:]) for _, e, j in found if j == jid)}
    if len({jid for _, _, jid in found} - payer) >= 1:
        found = [x for x in found if x[2] not in payer]
    # (我以前在云浮做项目，现在调到龙岗了; "I used to work on Yunfu projects. Here in Longgang, …": where the asker was, named
    # once, beside where the asker is now, is no place asked about)
    former = {jid for s, _, jid in found if sum(j == jid for _, _, j in found) == 1 and _FORMER.search(folded[max(0, s - 24):s])
              and not _COMPARED_TOO.search(folded)}   # (…调到钟楼以后终验也是自己组织吗: the two compared)
    if former and len({jid for _, _, jid in found} - former) >= 1:
        found = [x for x in found if x[2] not in former]
    out: list[str] = []
    for _, _, jid in sorted(found):
        if jid not in out:
            out.append(jid)
    return out


_FORMER = lazy_regex(r"(以前|之前|原来|原先|过去|曾经|早先)[^，,。？?]{0,8}$|从$|(usedto|previously|formerly|before,?i|transferredfrom|movedfrom|camefrom|wasat|wasin|from)[a-z]{0,30}$")
_FORMER_SAID = lazy_regex(r"(以前|之前|原来|原先|过去|曾经|早先)[^，,。？?]{0,8}$|从\s*$"
                          r"|\b(used to|previously|formerly|transferred from|moved from|came from|was (?:at|in))\b[^.,;?]{0,30}$", re.I)
_COMPARED_TOO = lazy_regex(r"也|同样|一样|相同|区别|不同|差别|还是|too\b|aswell|thesame|alike|different|differ|compare", re.I)
_ISSUER = lazy_regex(r"(市)?(的|那个|那份|这个)?[^，,。？?办法细则]{0,16}?(指导意见|标准|通知|规范|指南)")
_PAYER = lazy_regex(r"(市|区)?(人民)?(政府|财政)(局)?(拨|出|安排|统筹|全额|资金|的钱|投资|出资)|(municipal|city|district)?government|(municipal|city)?finance", re.I)


def find_kind(text: str) -> str | None:
    return find_kind_span(text)[0]


def find_kind_span(text: str) -> tuple[str | None, str]:
    """The kind a text names, and the words that named it."""
    norm = unicodedata.normalize("NFKC", text)
    for kind, pattern in _KIND_RE:
        m = next((m for m in pattern.finditer(norm) if not _ANOTHER.search(norm[max(0, m.start() - 6):m.start()])
                  and not _beside_work(norm, m) and not _DUTY_AFTER.match(norm, m.end()) and not _denied(norm, m.start())), None)
        if m:
            return kind, m.group(0)
    # 统一买一批办公电脑: buying devices, with no system, software or building work named, is buying equipment
    m = _BUYING_DEVICES.search(norm)
    if m and not any(not _denied(norm, w.start()) for w in _OTHER_WORK.finditer(norm)):
        return "equipment", m.group(0)
    return None, ""


# "hand day-to-day O&M responsibility over to …", 运维职责: the duty of a step, not what the project is
_DUTY_AFTER = lazy_regex(r"\s*(的)?(responsibilit(y|ies)|duties|duty|责任|职责)", re.I)


# a contract to be signed besides the project (到期后再另签维保合同) says nothing of what the project is
_ANOTHER = lazy_regex(r"(另|再|另外|另行|单独|额外)(签|签订|订|签署|买|购买|采购)(一|个|一个|份|一份)?$|\b(separate|another|additional|extra)\s+$", re.I)


# 300万的系统建设，另外有单独的运维合同 / "a 5 million build, with a separate maintenance contract": a second contract
# beside the work the project is (a standalone O&M contract, 我们有一份单独的运维合同，60万, is the project)
_SEPARATE = lazy_regex(r"(另|另外|单独|额外|另行|再)[^，,。；;？?]{0,6}$|\b(separate|another|additional|extra|second|new)\s+$", re.I)


def _beside_work(norm: str, m: re.Match) -> bool:
    if not re.search(r"运维|运行维护|维保|维护|o&m|maintenance", m.group(0), re.I) \
            or not (_SEPARATE.search(norm[max(0, m.start() - 12):m.start()])
                    or re.match(r"\s*(另外|单独|另行|另|再)+\s*(签|签订|订)", norm[m.end():])):
        return False
    return bool(_BUILD.search(norm[:m.start()] + " " + norm[m.end():]))


_BUILD = lazy_regex(r"建设|新建|开发|升级|改造|集成|build|construction|develop|upgrade|warranty|质保", re.I)


_BUYING_DEVICES = lazy_regex(r"(买|采购|购置|购买|换|添置|配)(一批|一些|批|些|几十台|几台|一套|\d+台|[一二三四五六七八九十两几]+台)?[^，。,？?]{0,6}"
                             r"(电脑|笔记本|打印机|台式机|复印机|平板|显示器|办公设备|计算机)"   # (servers the texts rule on: not here)
                             r"|\b(buy|buying|purchase|purchasing|replace|replacing)\b[^.?,;]{0,30}\b(pcs|computers|laptops|printers|desktops|monitors)\b", re.I)
# 纯采购不带软件, "no software or integration": a kind said not to be part of the project
_DENIED_BEFORE = lazy_regex(r"(?:\b(?:no|not|without|nor)\s+(?:any\s+)?(?:[a-z]+\s+(?:or|and|/|nor)\s+)?|不带|不含|不包括|不包含|不涉及|没有|不做|无(?=软件|系统|开发|集成))$", re.I)


def _denied(text: str, at: int) -> bool:
    return bool(_DENIED_BEFORE.search(text[max(0, at - 24):at]))


_OTHER_WORK = lazy_regex(r"软件|系统|平台|开发|集成|建设|改造|升级|部署|机房|网络|software|system|platform|develop|integrat|install", re.I)


def question_form(text: str, lang: str) -> str:
    """yes/no or what/when/how (a statement of something done is read by ``form.classify``)."""
    c = classify(text, lang)
    if lang == "zh" and not any(c.scores.values()) and (asking := asking_clause(text)) != text.strip():
        c = classify(asking, lang)   # (申报不用写项目建议书吧 弄个建设方案就够了: the clause that asks, ended by its particle)
    if lang == "zh" and c.form == "info" and not any(c.scores.values()) and _unmet(text) and not re.search(r"(?<![不用必])等", text):   # (等X了再Y, told, is no leave asked)
        return "yesno"   # 前置审核就跳过了，我们直接自己组织验收: a step left out, told with no question: may we
    return "info" if c.form == "statement" else c.form


_NEGATIVE = lazy_regex(r"(?:(?<![\dA-Za-z])[-−]|负)\s*\d[\d,.]*\s*(万|亿|元|块|w\b)|(?<![\d.,])0+(\.0+)?\s*(万元|万|元|块)(?!\d)"
                       # ("a budget of 0 yuan", "RMB 0", "zero yuan": no sum a project can have, in English too)
                       r"|(?<![\d.,])0+(\.0+)?\s*(yuan|rmb|cny)\b|\b(rmb|cny)\s*0+(\.0+)?(?![\d.,]*[1-9])|\bzero (yuan|rmb)\b", re.I)


_WORD_GAP = lazy_regex(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_SPACED = lazy_regex(r"(?<=[\u4e00-\u9fff\d，。？！、：；（）])\s+(?=[\u4e00-\u9fff\d，。？！、：；（）])")


def unspaced(text: str) -> str:
    """"云 浮 市 直 单 位 报 了 个  1 2 0 万": a space typed between every character is no word break.
    Spaces between Chinese characters and digits go when most characters are spaced out."""
    cjk = len(re.findall(r"[\u4e00-\u9fff\d]", text))
    gaps = len(_SPACED.findall(text))
    if cjk >= 6 and gaps * 2 >= cjk:
        return _SPACED.sub("", text)
    # "钟楼区 项目 试运行 结束 后 多少天 内 要 初验": words typed apart, as in a search box, are one sentence
    words = len(_WORD_GAP.findall(text))
    return _WORD_GAP.sub("", text) if words >= 4 and words * 5 >= cjk else text


def _own_amounts(text: str, amounts: list) -> list:
    """The asker's own figures: one in a clause reporting what someone said (同事说不到30万的项目
    不用监理，我们这个刚好30万) gives way to one of the same role said outside it."""
    spans = reported_spans(text)
    def reported(a) -> bool:   # (or a threshold believed: 监理制好像是50万以上才强制，我们这个四十来万的)
        return any(s <= a.start < e for s, e in spans) or bool(_THRESHOLD_SAID.match(text, a.end))
    own = {a.role for a in amounts if not reported(a)}
    return [a for a in amounts if not (reported(a) and a.role in own)]


# a sum said as a rule's line, not the project's: 50万以上才强制, 30万起才要, "only required above 500k"
_THRESHOLD_SAID = lazy_regex(r"\s*(?:元|块)?\s*(?:\(含\)|（含）)?\s*(?:以上|及以上|起|往上)\s*(?:的(?:项目)?)?\s*才")


# the software's share of the project's sum said as a percentage or in 成 (20% of that, 约占两成)
_SOFTWARE_SHARE = lazy_regex(r"(?:software|app|application)\s+(?:development|dev)\b[^.?;]{0,30}?\b(?:is|at|about|around|roughly|makes up|accounts for)?\s*"
                             r"(?P<under>(?:a bit |slightly |just )?(?:under|below|less than))?(?P<over>(?:a bit |slightly |just )?(?:over|above|more than))?\s*(?:about |around )?"
                             r"(?P<n>\d+(?:\.\d+)?)\s*%\s*(?:of\s+(?:that|it|the\s+(?:total|contract|project|budget)))"
                             r"|软件开发(?:费用?|部分)?(?:大概|大约|约)?占(?:总额|合同|合同额|总投资|项目)?的?(?P<under2>不到)?(?:大概|大约|约)?(?:(?P<n2>\d+(?:\.\d+)?)\s*%|(?P<c>[一二两三四五六七八九])成)", re.I)


def _dates_more(fixed: str, text: str) -> bool:
    """Does the text with its slips fixed date more events (上周一把合通签了 -> 合同签了: the signing) than as typed?"""
    from ..time.workdays import china_today
    from .dated import stated_elapsed, stated_events

    # (only a fix outside the words that say the day: 下下周一 is no slip of 下辖周一)
    changed = {a for a, b in zip(text, fixed, strict=False) if a != b} | {b for a, b in zip(text, fixed, strict=False) if a != b}
    if len(text) != len(fixed) or changed & set("上下这本周号月日天星期礼拜昨今明前后年"):
        return False
    today = china_today()
    return len({**stated_events(fixed, today), **stated_elapsed(fixed, today)}) > len({**stated_events(text, today), **stated_elapsed(text, today)})


def _next_years_plan(text: str) -> str:
    """A plan named by next year's number (2027年的项目计划, "our 2027 project plan", said in 2026) is next year's plan,
    as the texts call it (下一年度): the year relative to today."""
    from ..time.workdays import china_today

    year = str(china_today().year + 1)
    # (明年的规划, 来年的计划: next year's, said relative to this one)
    text = re.sub(r"(?:明年|来年)\s*度?的?(?=[^，,。？?\d]{0,6}(?:计划|规划))", "下一年度的", text)
    if year not in text:
        return text
    text = re.sub(rf"{year}\s*年?度?的?(?=[^，,。？?\d]{{0,6}}(?:计划|规划))", "下一年度的", text)
    return re.sub(rf"\b{year}(?:'s)?\s+(?=(?:[A-Za-z-]+\s+){{0,2}}plans?\b)", "next year's ", text)


def _place_spans(text: str, aliases: dict[str, str]) -> list[tuple[int, int]]:
    """Where places are named in ``text``: the gazetteer's, the knowledge base's English names, "Tianning District"."""
    from .places import gazetteer

    english = [a for a in aliases if a.isascii()]
    spans = [(s, e) for s, e, _ in gazetteer().find(text)]
    if english:
        spans += [m.span() for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, sorted(english, key=len, reverse=True)))
                                               + r")\b(?:\s+(?:district|city|county))?", text, re.I)]
    return spans + [m.span() for m in re.finditer(r"\b[A-Z][a-z]+ (?:District|City|County)\b", text)]


def understand(text: str, aliases: dict[str, str], topics: dict[str, Topic],
               jurisdiction: str | None = None, kb=None) -> Question:
    original = text
    text = unspaced(text)
    joined = initials_named(joined_syllables(text, {a.lower() for a in aliases if a.isascii()}), set(aliases.values()))   # "zhong lou district", "guang zhou"; "LG 3M project"
    if joined != text:
        text = original = joined
    # 竣工结（决）算报告: a character offered as the alternative to the one before it is read as that word
    text = re.sub(r"([\u4e00-\u9fff])[(（]([^含\W\d])[)）](?=[\u4e00-\u9fff])", r"\1", text)
    # 上周一（11月30日）, 昨天(12月6日): a day said twice, relative to today and by the calendar: the calendar's, once
    text = _DAY_TWICE.sub(lambda m: m.group("d"), text)
    text = re.sub(r"俩个?", "两个", re.sub(r"仨个?", "三个", text))   # 试运行才俩月
    text = re.sub(r"(?<![一两三四五六七八九十几])个把(月|星期|礼拜|周|小时)", r"一个\1左右", text)   # 过个把月再报: about a month
    text = _AGAIN_SLIP.sub(r"\1再\2", text)   # 等验收后在做: the slip of 再 ("again, later") for 在
    for slip, meant in _CLOSING_SLIP:
        text = slip.sub(meant, text)
    text = re.sub(r"\bb4\b", "before", text, flags=re.I)   # chat shorthand: b4 final acceptance
    # ("SZ quality reg deadline?": a step's registration shortened, not the regulations, "quality regs")
    text = re.sub(r"\b(quality(?: supervision)?|supervision) reg\b(?!\s*(?:says|said|require|state))\.?", r"\1 registration", text, flags=re.I)
    # ("can the 监理 fee be counted in the total investment": a Chinese term with an English word for its cost is its 费)
    text = re.sub(r"(?<=[\u4e00-\u9fff]{2})\s+(?:fee|fees)\b", "费", text, flags=re.I)
    # "dont need", "isnt ready", a curly ’: the negatives as the readers know them (don't, isn't)
    text = re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "'", text)
    # "i p v six", "s l a": letters spelled one by one, as dictated, are one word (and a number word after them its digit)
    text = _SPELLED.sub(lambda m: m.group(0).replace(" ", "").upper(), text)
    text = _SPELLED_NUMBER.sub(lambda m: str(_NUMBER_WORDS.index(m.group(1).lower())), text)
    text = re.sub(r"\bgonna\b", "going to", re.sub(r"\bwanna\b", "want to", text, flags=re.I), flags=re.I)   # as speech input writes them
    text = re.sub(r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|ca|wo)nt\b", r"\1n't", text, flags=re.I)
    if kb is not None:
        text = simplified(unicodedata.normalize("NFKC", text), kb.characters)
    text = digits_in_terms(chinese_days(text))   # 十一月二十号, IPV六, as speech input writes them
    # 还来不来得及, 赶不赶得上: asked A-not-A, the same as 还来得及吗
    text = re.sub(r"([来赶])不\1得([及上])(?=\s*(?:[？?。!！，,~～]|$))", r"\1得\2吗", text)
    text = _next_years_plan(text)   # 2027年的项目计划 (said in 2026): next year's plan
    text = in_chinese(text)   # (深圳 contract 昨天签的, 质监登记 deadline 哪天: the English words of a Chinese sentence in its words)
    fixed = corrected(text, lambda s: _place_spans(s, aliases))   # 预算25万，哦不对，是35万: the figure as corrected
    if fixed != text:
        text = original = fixed
    lang = language(text)
    if kb is not None:  # typing slips first, so that facts (质宝期1年, warrenty 1 year) read too
        if lang == "zh":   # a homophone is taken when the vocabulary reads more of the sentence
            fixed = homophones(pinyin_words(text, kb.words), kb.sounded_words, kb.corpus)
            if fixed != text and (_read_chars(fixed, topics, kb) > _read_chars(text, topics, kb) or _dates_more(fixed, text)) \
                    and not _renames_place(text, fixed):
                text = fixed   # (上周一把合通签了: the signing a day dates, read once 合同 is)
        else:              # an English slip is no word at all: taken unless it reads less
            fixed = english_slips(text, kb.english_words, kb.english_known)
            if fixed != text and _read_chars(fixed, topics) >= _read_chars(text, topics):
                text = fixed
            if re.search(r"[\u4e00-\u9fff]{2}", text):   # ("do we need a 监里 for a 45w system": a Chinese term typed with a slip)
                fixed = homophones(text, kb.sounded_words, kb.corpus)
                if fixed != text and _read_chars(fixed, topics, kb) > _read_chars(text, topics, kb) and not _renames_place(text, fixed):
                    text = fixed
    text = described(text)   # (请第三方公司帮我们盯着承建商干活: the supervisor, by the name the vocabulary knows)
    text = formal_plain(text)   # (关于…的请示：经研究，拟…，妥否，请批示; "We understand that …. Kindly confirm.": the frame said plainly)
    text = rhetoric_plain(text)   # (难道50万的项目也要监理吗, 不是说有10个工作日吗, "you're telling me …?": the frame said plainly)
    text = shares_as_percent(text)   # (调整的钱占总投资三分之一, "a quarter of the budget": a share, as a percentage)
    profile = Profile()
    change = None
    change_range = [0.0, 0.0]   # 十二万出头: the share's own range, from the figures' ranges
    amounts = changed_figures(unicodedata.normalize("NFKC", text), _own_amounts(unicodedata.normalize("NFKC", text), find_amounts(text)))
    for a in amounts:
        if a.role == "former":   # 总投资从120万砍到95万: what the figure was, before it became the one now
            continue
        if a.role == "change_amount":   # two variations, 40万 and 45万: the share is of their sum
            low, high = a.range or (a.value, a.value)
            if a.cumulative and change:   # …，累计正好60万: the sum said outright stands for the parts
                change, change_range = a.value, [low, high]
                continue
            change = (change or 0) + a.value
            change_range = [change_range[0] + low, change_range[1] + high]
            continue
        if a.role == "surplus":   # 结余资金20万: what is left, not the project's amount
            continue
        name = "amount" if a.role == "total" else a.role
        rough = profile.ranges.get(name)   # 不到30万，二十九万八: the exact figure said after an estimate it fits stands
        if getattr(profile, name) is None or rough and not a.range and rough[0] <= a.value <= rough[1]:
            setattr(profile, name, a.value)
            profile.ranges.pop(name, None)
            if a.range:
                profile.ranges[name] = a.range
    plain = unicodedata.normalize("NFKC", text)
    named_software = len(amounts) == 1 and _software_project(plain, amounts[0])
    if len(amounts) == 1 and profile.software_cost is None and (
            re.search(r"软件开发(费|费用|这块|这部分|部分|那块)?[，,]?(调整后|现在|目前|大概|大约|估计|预计|约|在|是|为|要)*\s*$", plain[:amounts[0].start]) or _ALL_SOFTWARE.search(text) or named_software):
        profile.software_cost = profile.amount   # 软件开发 50万 要不要第三方测试: the one figure is the software's
        if "amount" in profile.ranges:
            profile.ranges["software_cost"] = profile.ranges["amount"]
    whole = "amount" if profile.amount else "contract_amount" if profile.contract_amount else None
    if profile.software_cost is None and whole and (share := _SOFTWARE_SHARE.search(plain)):
        # "the custom app development is a bit under 20% of that", 其中软件开发约占两成: the software's sum, from the total
        pct = float(share.group("n") or share.group("n2")) if (share.group("n") or share.group("n2")) else 10 * (cn_number(share.group("c")) or 0)
        total = getattr(profile, whole)
        if 0 < pct <= 100:
            low, high = profile.ranges.get(whole, (total, total))
            value = round(total * pct / 100)
            profile.software_cost = value
            if share.group("under") or share.group("under2"):   # (a bit under 20%: below the figure, not at it)
                profile.ranges["software_cost"] = (round(low * pct / 200), round(high * pct / 100) - 1)
            elif share.group("over"):
                profile.ranges["software_cost"] = (round(low * pct / 100) + 1, round(high * pct / 100 * 1.5))
            elif whole in profile.ranges:
                profile.ranges["software_cost"] = (round(low * pct / 100), round(high * pct / 100))
    if named_software and profile.amount is None and profile.software_cost is not None:
        profile.amount = profile.software_cost   # a software development project of 498,000: the figure is the project's
        if "software_cost" in profile.ranges:
            profile.ranges["amount"] = profile.ranges["software_cost"]
    base = profile.contract_amount or profile.amount
    derived_change = False
    for before, now in zip(amounts, amounts[1:], strict=False):
        if before.role == "former" and change is None and now.role == "contract_amount" and before.value:
            # 合同价200万，变更后变成230万: the change, where none is said, is the difference, a share of what it was
            # (a contract's changes, which the texts limit by the contract price; not 概算从4800万调整为5200万, the
            # estimate itself raised, which is no change within it)
            change, base = abs(now.value - before.value), before.value
            change_range, derived_change = [change, change], True
    if change and base:  # "合同价1200万，累计变更金额120万": the share is what the texts limit
        profile.change_percent = round(change * 100 / base, 4)
        profile.change_amount = change
        if change_range != [change, change]:
            profile.ranges["change_percent"] = (change_range[0] * 100 / base, change_range[1] * 100 / base)
    grown = None if derived_change else _grown_by(plain, amounts)
    if grown:
        # 原来45w，今年区财政又追加了15万: the project's figure now is what it was and what was added (the change's share
        # stays of what it was); the contract's or the software's where that was the figure said
        field, value = grown
        if getattr(profile, field) is not None:
            setattr(profile, field, getattr(profile, field) + value)
            profile.ranges.pop(field, None)
    computed = profile.change_percent
    for name, (value, bound) in find_facts(text).items():
        if name == "change_percent" and computed is not None:
            continue   # 合同价300万，变更刚好30万，这算超过10%吗: the share the sums make, not the line asked about
        setattr(profile, name, value)
        if bound:
            profile.ranges[name] = value_range(value, bound)
    shares = _SHARE_RANGE.search(unicodedata.normalize("NFKC", text)) or _SHARE_EITHER.search(unicodedata.normalize("NFKC", text))
    if shares and profile.change_percent is not None and computed is None \
            and min(float(shares.group(1)), float(shares.group(2))) <= profile.change_percent <= max(float(shares.group(1)), float(shares.group(2))):
        # 9% to 11%, 9-11%, 8% 也可能12%: the change's share a range (the share read is one of its ends)
        low, high = sorted((float(shares.group(1)), float(shares.group(2))))
        if low < high:
            profile.change_percent = low
            profile.ranges["change_percent"] = (low, high)
    if profile.amount is None and profile.contract_amount is not None:
        profile.amount = profile.contract_amount
        if "contract_amount" in profile.ranges:
            profile.ranges["amount"] = profile.ranges["contract_amount"]
    profile.kind, kind_words = find_kind_span(text)
    if profile.kind is None and profile.software_cost:
        profile.kind = "software"
    if _NOT_NEW_INITIATIVE.search(text):
        profile.new_initiative = False
    elif _NEW_INITIATIVE.search(text):
        profile.new_initiative = True
    sources = funding_said(text)
    profile.funding = find_funding(text, sources)
    denied = [m.span() for m in _NOT_URGENT.finditer(text)]   # (也不是国家部委要求的: the requirement said, denied)
    if any(not any(a <= m.start() < b for a, b in denied) for m in _URGENT.finditer(text)):
        profile.urgent = True
    elif denied:   # 没有特殊需要, 也不紧急: the exception ruled out
        profile.urgent = False
    if _OUTSIDE_PROCUREMENT.search(text):
        profile.central_procurement = False
    elif _WITHIN_PROCUREMENT.search(text):
        profile.central_procurement = True
    if _PROVINCE_UNIT.search(text):
        profile.unit_level = "province"
    elif _CITY_UNIT.search(text):
        profile.unit_level = "city"
    # (深圳市直 beside 钟楼: the city units of the place named right before the words, not of every place asked about)
    level = (_PROVINCE_UNIT.search(text) or _CITY_UNIT.search(text)) if profile.unit_level else None
    unit_place = None
    if level:
        named = find_jurisdictions(text[max(0, level.start() - 12):level.start() + 1], aliases)
        unit_place = named[-1] if named else None
    if _NOT_CLASSIFIED.search(text):
        profile.classified = False
    elif _CLASSIFIED.search(text):
        profile.classified = True
    # 好像涉及保密内容，也可能不涉及; 好像是市里的资金，也可能是区里的: a fact offered with its other case is not known
    # (each with the cases offered: the sources of money named, or both of a yes/no fact)
    offered = {"classified": ((True, False), [m.span() for p in (_CLASSIFIED, _NOT_CLASSIFIED, _CLASSIFIED_ASKED) for m in p.finditer(text)]),
               "funding": (tuple(name for name, spans in sources.items() if spans), [x for spans in sources.values() for x in spans]),
               "central_procurement": ((True, False), [m.span() for p in (_OUTSIDE_PROCUREMENT, _WITHIN_PROCUREMENT)
                                                       for m in p.finditer(text)])}
    doubted_facts = {name: cases for name, (cases, spans) in offered.items()
                     if spans and doubted(text, spans)}
    for name in doubted_facts:
        setattr(profile, name, None)
    jurisdictions = [jurisdiction] if jurisdiction else find_jurisdictions(text, aliases)
    profile.jurisdiction = jurisdictions[0] if len(jurisdictions) == 1 else None
    # (1. 要做可研吗 2. 可研找谁编; 初验谁来组织 终验又是谁; "do we need X, and who organises Y": each ask a part)
    marked = asks_marked(text, lambda words: question_form(words, lang) if has_form_words(words, lang) else None)
    # (单位：…；涉密：否；问：1.要监理吗: a form's field answered yes or no states a fact of the project, it asks nothing of
    # its topic)
    marked = _FIELD_ANSWERED.sub(lambda m: " " * len(m.group(0)), marked)
    clause_parts = detect_clauses(marked, topics)
    parts = [keys for _, keys in clause_parts]
    if kind_words and len(parts) > 1 or (kind_words and parts and len(parts[0]) > 1):
        # "运维项目需要监理吗": 运维 says what the project is; the question is about 监理
        rest = detect_clauses(marked.replace(kind_words, "项目" if "项目" in kind_words else " "), topics)
        if rest:
            clause_parts = rest
            parts = [keys for _, keys in rest]
    form = question_form(text, lang)
    clauses = _CLAUSES.split(unicodedata.normalize("NFKC", marked))
    clause_parts = _follow_ups(clause_parts, clauses, lang)
    first = next((i for i, _ in clause_parts if i < len(clauses) and has_form_words(clauses[i], lang)), None)
    if first is not None:
        # 清单如下：软件开发28万，服务器及存储15万。这个走不走办法？: a sentence before the question that only states is background
        # (监理 8万。监理和第三方测试是必须的吗: a topic the question names again stays, in the question's part)
        again = set(detect("。".join(clauses[first:]), topics))
        # ("… network-security appliances … can we now purchase them ourselves?": a pronoun asks of what the clause
        # before names)
        before = max((i for i, _ in clause_parts if i < first), default=None)
        back = before is not None and first < len(clauses) and bool(_BACK_REF.search(clauses[first]))
        # ("Our project doesn't support IPv6 yet. Can we still apply for approval?": what a sentence before says is not
        # met, a yes/no question asks whether the step may go ahead without it)
        unmet_before = {i for i, _ in clause_parts if i < first and SAID_UNMET.search(clauses[i])} \
            if question_form(clauses[first], lang) == "yesno" else set()
        moved = [k for i, keys in clause_parts if i < first for k in keys if k in again or back and i == before or i in unmet_before]
        clause_parts = [(i, keys) for i, keys in clause_parts if i >= first]
        if moved:
            clause_parts[0] = (clause_parts[0][0], list(dict.fromkeys([*moved, *clause_parts[0][1]])))
    if grown:   # (原来25万，又追加了10万，要请监理吗: the increment is how the figure came to be, not what is asked of it)
        clause_parts = [(i, [k for k in keys if k != "change_limit"] if set(keys) & _THRESHOLD_DUTIES else keys) for i, keys in clause_parts]
    asked_topics = {k for _, keys in clause_parts for k in keys}
    if profile.change_percent is not None and clause_parts and "change_limit" not in asked_topics and not derived_change \
            and ("plan_change" not in asked_topics or _OF_CONTRACT_PRICE.search(text)) \
            and not (grown and asked_topics & _THRESHOLD_DUTIES):   # (原来25万，又追加了10万，要请监理吗: the figure's history)
        # ("we plan changes worth 15% of the contract price": a share of the contract price is the change limit's)
        # 主要建设内容要调，涉及资金50万，是不是得重新走立项申报: a change's share, stated, is what the texts limit
        index, keys = clause_parts[-1]
        clause_parts[-1] = (index, ["change_limit", *keys])
    denial = _NOT_CLASSIFIED.search(text)
    if sum(len(keys) for _, keys in clause_parts) > 1 and re.search(r"(?:不管|无论|不论)(?:是否|是不是)?(?:涉不涉密|涉密与否|是否涉密|涉没涉密|涉不涉及(?:国家)?秘密)", text):
        # 不管涉不涉密，钟楼的项目都要纳入政府采购吗: every case asked at once, the secrecy is no part of what is asked
        clause_parts = [(i, keys) for i, keys in ((i, [k for k in keys if k != "confidential"]) for i, keys in clause_parts) if keys]
    if profile.classified is False and sum(len(keys) for _, keys in clause_parts) > 1 and denial \
            and not re.search(r"保密|涉密|secre|classif", text[denial.end():], re.I):
        # 这个项目不是涉密项目，还有没有必要同步建设密码保障系统: the secrecy denied is background, unless a rule of what is
        # asked turns on it (文登 第三十七条: data not shared without 涉密等特殊原因 fails acceptance)
        said = "".join(r.says["zh"] for jd in kb.jurisdictions.values() for r in jd.rules_for("confidential")) if kb else ""
        rest = text[:denial.start()] + "，" + text[denial.end():]   # (the words of the question other than the denial)
        turns = kb is None or bool({w for w in pairs(said) & pairs(rest) if re.fullmatch(r"[\u4e00-\u9fff]{2}", w)
                                    and not re.search(r"[的了是在和与及或就都还再才这那个有]", w)}
                                   - {"涉密", "保密", "涉及", "项目", "特殊", "原因", "审核", "建设", "规定", "办法"})
        if not turns:
            clause_parts = [(i, [k for k in keys if k != "confidential"]) for i, keys in clause_parts]
            clause_parts = [(i, keys) for i, keys in clause_parts if keys]
    parts = [keys for _, keys in clause_parts]
    forms, negs = [], []
    # (承建方说…说不做验收过不了。规定里这个软件测评是强制的吗: a negation in what another said, which no tag asks of, is
    # no leave the asker asks for)
    said = said_before_asking(text) if not tag_asks(text) else []
    for index, _ in clause_parts:
        clause = clauses[index] if index < len(clauses) else ""
        # ("Construction is finished and we want to hold the acceptance next month. Is there anything we must check before
        # organising it?": the one part's clause is the whole question but its mark, and the whole question's form is its own)
        told_apart = lang == "en" and len(clause_parts) == 1 and bool(clause) and clause.strip() == text.strip().rstrip("? ").strip() \
            and bool(re.search(r"[a-z][.!]\s+[A-Z]", text))
        forms.append(form if told_apart else question_form(clause, lang) if clause and has_form_words(clause, lang) else form)
        # (one part asked by a tag, "the contractor says …. Is that acceptable?": the whole question's)
        own = clause
        for s in said:
            own = own.replace(s, "")
        negs.append(bool(negated(text if len(clause_parts) == 1 and tag_asks(text) else clause or text))
                    and (not said or not clause or bool(negated(own)) if own.strip(" ，,。") else False))
    tail = "，".join(clauses[clause_parts[-1][0] + 1:]) if clause_parts else ""
    if negs and tail.strip(" ，,。") and not detect(tail, topics) and negated(tail) and question_form(tail, lang) == "yesno" \
            and _TAIL_ASKS.search(tail):   # (not "My boss wants to skip it.", background told after the question)
        negs[-1] = True   # 还要不要走基本建设审批？我们打算不走了，行吧: the plan told after the question is what is asked
    # (not 云浮是不是也一样, "Is Wendeng the same?": one place's rule stated, another asked against it, yes or no)
    if len(jurisdictions) >= 2 and form == "yesno" and _SAME_ASKED.search(text) and _both_asked_alike(text, aliases):
        # 云浮跟文登的验收要求一样吗, "are Zhonglou's and Longgang's thresholds the same?": each place's own rule is told
        form, forms = "info", ["info" if f == "yesno" else f for f in forms]
    # ("… Suzhou Industrial Park and a Yunfu city bureau … Which of them has mandatory 监理?": one covered among those asked of)
    if (len(jurisdictions) != 1 or re.search(r"\b(?:of them|of these|of those|of the two)\b", text, re.I)) \
            and _WHICH_PLACE.search(text) and not _WHICH_SETS.search(text):
        # 钟楼和云浮各有一个项目，哪个得请监理; "which of the regions require IPv6": whether each place does, a yes or no each
        form, forms = "yesno", ["yesno" if f == "info" and _WHICH_PLACE.search(clauses[i] if i < len(clauses) else text) else f
                                for f, (i, _) in zip(forms, clause_parts, strict=False)]
    q = Question(original, lang, jurisdictions, profile, [k for p in parts for k in p], form, parts, forms,
                 negated=bool(negated(_without(text, said))), unmet=left_undone(_without(text, said)),
                 part_negated=negs, reading=text, asks=[a for a in re.split(r"(?<=[？?])", marked) if a.strip()],
                 unit_place=unit_place, doubted=doubted_facts)
    bad = _NEGATIVE.search(unicodedata.normalize("NFKC", text))
    if bad:
        q.invalid = bad.group(0).strip()
    if kb is not None and not jurisdiction:
        _place(q, text, kb)
    return q


def _mention(text: str, mentions, start: int, end: int) -> str:
    """The place as the user wrote it: with the places named right before it (常州市新北区) and, in
    English, the capitalised words after it (Suzhou Industrial Park)."""
    for s0, e0, _ in sorted(mentions, key=lambda m: -m[0]):
        # 常州市新北区; "Chengdu's Wuhou district": the city said right before the district
        if e0 == start or (e0 < start and re.fullmatch(r"\s*(['’]s)?\s*,?\s*", text[e0:start])):
            start = s0
    zone = re.match(r"(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|工业园区)", text[end:])
    if zone:   # 成都高新区: the zone named after its city is the place asked about
        end += zone.end()
    if text[start:end].isascii():
        m = re.match(r"(\s+(?:[A-Z][a-z]+|New|District|district|Park|Area))+", text[end:])
        if m:
            end += m.end()
        # "Wuhou District, Chengdu", "Wuhou district of Chengdu": the city said right after it
        for s0, e0, _ in sorted(mentions, key=lambda m: m[0]):
            if s0 >= end and re.fullmatch(r"\s*(,|of|in)\s*", text[end:s0]):
                end = e0
    said = text[start:end].strip()
    # ("guangzhou haizhu district", typed in lower case: named as a place is written, Guangzhou Haizhu District)
    return said.title() if said.isascii() and said.islower() else said


def _renames_place(text: str, fixed: str) -> bool:
    """A correction that turns a real place (浙江龙港市) into a covered one (龙岗) is no slip."""
    from .places import gazetteer

    def codes(s: str) -> set[str]:
        return {p.code for _, _, p in gazetteer().find(unicodedata.normalize("NFKC", s))}
    return bool(codes(text) - codes(fixed))


def _read_chars(text: str, topics, kb=None) -> int:
    """How many characters of the text the vocabulary reads (and, given the knowledge base, its place
    names and the amount reader's words): a correction is taken when it reads more."""
    n = len(covered(text, topics))
    if kb is not None:
        from .amounts import ROLE_TERMS

        n += sum(len(w) for w in (*kb.place_words, *ROLE_TERMS) if w in text)
    return n


# 威海市环翠区的智慧城市项目，要不要按文登那个办法: the project is in the place outside, the covered one names the rules
_THERE = lazy_regex(r"^\s*(?:的|这边的|那边的|这个|那个|有个|有一个)?[\u4e00-\u9fff\d.]{0,10}?(?:项目|系统|工程|单位|部门)"   # (武进区80万的项目)
                    r"|^\W{0,3}(?:a |an |the |our )?(?:[\w-]+ ){0,4}?(?:project|system|unit|department)\b", re.I)


def project_outside(outside: list[str], text: str) -> bool:
    """The question's project is in one of the places ``outside`` the texts (威海市环翠区的项目), while
    it names a covered place's rules."""
    said = fold(text)
    for place in outside:
        at = said.find(fold(place))
        # a name inside a word (智慧城区) is no place the project is in
        inside_word = at > 0 and "\u4e00" <= said[at - 1] <= "\u9fff" and said[at - 1] not in "在是于到个的和与"
        rest = said[at + len(fold(place)):]
        # (not 北京和龙岗的信息化项目: the project of each place named together, the covered one answered)
        # (nor 深圳市直项目和北京海淀的项目, "a Shenzhen project and a Beijing one": the place outside listed after another's)
        where = re.search(re.escape(place), text, re.I)
        listed_after = bool(where) and re.search(r"(?:和|与|跟|及|、|还有|以及|\band(?:\s+(?:a|an|the|one|another))?)\s*$", text[:where.start()])
        if at >= 0 and not inside_word and not listed_after and _THERE.search(rest) and not re.match(r"\s*(?:和|与|跟|及|、|and\b)", rest):
            return True
        if 0 <= at <= 3 and re.match(r"[:：—–-]", rest):   # "常州武进区：…", "Wujin District: …": where the asker is
            return True
        # ("I work for Wujin district in Changzhou. Zhonglou's art 15 says …", 我在常州武进区上班: where the asker works)
        raw = text.find(place)
        # (not "we work in Suzhou Industrial Park and for a Yunfu city bureau": a second place of work listed after it)
        if raw >= 0 and _ASKER_AT.search(text[max(0, raw - 40):raw]) \
                and not re.match(r"[^.;?]{0,30}?(?:\band\s+(?:also\s+)?(?:for|in|with|at|on)\b|(?:和|也|还)(?:给|为|在|帮))", text[raw + len(place):]):
            return True
    return False


_ASKER_AT = lazy_regex(r"\b(?:i|we)(?:'m|'re|’m|’re| am| are)?\s+(?:work(?:ing)?|sit(?:ting)?|serv(?:e|ing)|based|located|stationed)?\s*"
                       r"(?:for|at|in|with|from)\s+(?:the\s+|a\s+|an\s+)?$|(?:我|我们)(?:单位)?(?:是|在)\s*$", re.I)


_COMPARED = lazy_regex(r"(像|参照|比照|邻近|挨着|靠近)\s*@|@\s*(区|市)?\s*(的)?(挨着|一样|那边|那样|差不多|相邻|旁边|接壤|隔壁|附近|邻近|周边)"
                       r"|(like|nextto|nextdoorto|near|sameas|similarto|borders?|bordering|asin|neighbou?ring)@", re.I)   # folded: no spaces


_ITS_RULES = lazy_regex(r"(?:区|市)?(?:的|那个|那边的)?(?:细则|办法|规定|管理办法|实施细则|标准)|(?:'s)?(?:measures|rules|regulations)", re.I)


def _sounds_like_covered(p, covered: dict) -> str | None:
    """The covered district whose name sounds the same as ``p``'s (龙港区 and 龙岗区 are both Longgang District): the
    slip speech input makes, read as the place the knowledge base covers."""
    from .places import spoken

    if p.level != 3:
        return None
    return next((jid for jid, jp in covered.items() if jp.level == 3 and jp.code != p.code
                 and spoken(jp.name) == spoken(p.name) and p.name[-1] == jp.name[-1]), None)


def _place(q: Question, text: str, kb) -> None:
    """Places the question names, against the places the texts cover (see ``places``)."""
    from .places import gazetteer

    g = gazetteer()
    mentions = g.find(unicodedata.normalize("NFKC", text), prefer=list(kb.places.values()))
    if not mentions:
        return
    covered = kb.places
    named = [p for _, _, p in mentions]
    outside, above = [], []
    # ("Weihai city level (not Wendeng)": a place named only to say it is not the one asked about)
    mentions = [(s0, e0, p) for s0, e0, p in mentions
                if not _DENIED_PLACE.search(unicodedata.normalize("NFKC", text)[max(0, s0 - 8):s0])]
    named = [p for _, _, p in mentions]
    norm = unicodedata.normalize("NFKC", text)
    for start, end, p in mentions:
        if q.jurisdictions and _FORMER_SAID.search(norm[max(0, start - 30):start]) and sum(m[2] is p for m in mentions) == 1 \
                and not _COMPARED_TOO.search(fold(norm)):
            continue                     # (我以前在云浮做项目，现在到龙岗了: where the asker was, not where the project is)
        if (any(o is not p and o.within(p) and o.code != p.code for _, _, o in mentions) or any(
                covered[j].within(p) and covered[j].code != p.code for j in q.jurisdictions)) and not _own_level(text, end, p):
            continue                     # 深圳市 in 深圳市龙岗区, "Longgang, Shenzhen": the district says where
            #                              (not 江苏省级的项目能照钟楼区的细则办吗: the province's own project)
        homes = [jid for jid, jp in covered.items() if p.within(jp)]
        if homes:
            home = max(homes, key=lambda j: covered[j].level)
            if p.code != covered[home].code and covered[home].level < 3 and p.level == 3:
                q.inner[home] = p.name   # 深圳南山区: in Shenzhen's city, under no district text
            if home not in q.jurisdictions:
                q.jurisdictions.append(home)
            continue
        if any(jp.within(p) for jp in covered.values()):
            if _own_level(text, end, p):
                outside.append((_mention(text, mentions, start, end), p))   # 江苏省级项目: the province's own
            elif _ATTACHED.match(text, end):
                above.append(p)          # 江苏的项目, 广东省的单位: the covered places inside it are meant
            continue                     # (我们公司在江苏注册, 山东大学: a place said in passing says nothing more)
        sounded = _sounds_like_covered(p, covered)
        if sounded and not any(p.within(o) and o.code != p.code for o in named):
            if sounded not in q.jurisdictions:   # 龙港区 typed by voice for 龙岗区 (not 葫芦岛龙港区, named with its city)
                q.jurisdictions.append(sounded)
            continue
        outside.append((_mention(text, mentions, start, end), p))
    if outside:
        # a covered place reached only through its city's name (常州 in 常州天宁区) is not the one asked about
        for jid in list(q.jurisdictions):
            jp = covered[jid]
            if not any(p.within(jp) for p in named) and any(o.code[:4] == jp.code[:4] for _, o in outside):
                q.jurisdictions.remove(jid)
        # 惠阳区的项目……跟龙岗挨着，规矩应该差不多吧: a covered place named only to compare is not asked about
        said = fold(text)
        for name, _ in outside:   # (常州 of 常州武进区 names the place outside, not the covered one: 我们在常州武进区，就在钟楼区隔壁)
            said = said.replace(fold(name), " ")
        for jid in list(q.jurisdictions):
            names = [a for a, j in kb.aliases.items() if j == jid and a in said]
            # (each mention on its own: 杭州西湖区和文登都要…，文登那边…, whose second 那边 says where, not like what)
            if names and all(_COMPARED.search(said[max(0, m.start() - 12):m.start()] + "@" + said[m.end():m.end() + 12])
                             and not _ITS_RULES.match(said, m.end())   # (能参照钟楼区的细则吗: its rules asked against)
                             for a in names for m in re.finditer(re.escape(a), said)):
                q.jurisdictions.remove(jid)
        q.outside = list(dict.fromkeys(name for name, _ in outside))
    if above and not q.jurisdictions and not outside:   # 江苏的项目要不要请监理: the covered places in Jiangsu
        q.jurisdictions.extend(jid for jid, jp in covered.items() if any(jp.within(p) for p in above))
        q.above = list(dict.fromkeys(_mention(text, mentions, s0, e0) for s0, e0, p in mentions if p in above))
    for jid in q.jurisdictions:   # 深圳各区自己的项目: a district's own project under a city-level text
        if covered[jid].level < 3 and jid not in q.inner and (m := _DISTRICT_OWN.search(text)):
            q.inner[jid] = m.group(0)
    q.profile.jurisdiction = q.jurisdictions[0] if len(q.jurisdictions) == 1 else None


# 江苏省级, 广东省直, 常州市本级: the project of the province (city) itself, which no text here covers (广东市级 is a
# city-level project in Guangdong; 广东直接拨款 says nothing of a level)
_SPELLED = lazy_regex(r"(?<![A-Za-z'’])[A-Za-z](?: [A-Za-z]){2,}(?![A-Za-z'’])")
_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SPELLED_NUMBER = lazy_regex(r"(?<=\b[A-Z]{3})\s+((?i:zero|one|two|three|four|five|six|seven|eight|nine))\b")   # (after capitals only: not "now one more")
_DAY_TWICE = lazy_regex(r"(?:昨天|前天|今天|明天|后天|(?:上|本|这|下)个?(?:周|星期|礼拜)[一二三四五六日天])\s*[（(]\s*(?P<d>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号])\s*[)）]")


def _own_level(text: str, end: int, place) -> bool:
    word = "省" if place.level == 1 else "市"
    said = text[:end]
    if re.match(r"(级|直|本级|属)(?![别接])", text[end:]) and said.endswith(word):
        return True
    if re.match(word + r"(级|直|本级|属)(?![别接])", text[end:]):
        return True
    english = r"provincial|province[- ]level" if place.level == 1 else r"municipal|city[- ]level"
    return bool(re.match(rf"(['’]s)?\s+({english})\b", text[end:], re.I))


# 江苏的项目, 广东省的政务信息化项目, a Jiangsu project: a place said as the project's own
_ATTACHED = lazy_regex(r"(省|市)?\s*(这边|那边)?(的)?\s*[\u4e00-\u9fff]{0,6}?(项目|政务|信息化|系统|单位|部门|工程)"
                       r"|(['’]s)?\s+([\w-]+\s+){0,2}(projects?|units?|departments?|systems?|bureaus?)\b", re.I)
_DISTRICT_OWN = lazy_regex(r"(各区|(?<![社园小景校厂街])区里|区级|区属|区(政府)?(自己|本级))(（新区）|\(新区\))?(自己)?的?(项目|单位|部门|信息工程|电子政务项目)"
                           r"|(各县|县里|县级|县区|区县|下面(的)?县(里)?|下辖(的)?县|县（市、区）)[^，,。？?]{0,12}(项目|单位|部门)"   # 云浮下面县里的…项目
                           r"|district[- ]level (projects?|units?|departments?)|the districts' own|each district's own", re.I)


def negated(text: str) -> bool:
    return form_negated(text)


def _without(text: str, said: list[str]) -> str:
    """The text without the clauses of what another said before the question (said_before_asking): its negations are
    that party's, not a leave the asker asks for."""
    for clause in said:
        text = text.replace(clause, "")
    return text


_CLAUSES = lazy_regex(r"[?？。;；!！]")
# which places set a day, a count or a length (哪几个地方规定了绩效自评价的具体日期, "which regions require the plan filed by a
# certain date", monthly reports): what each sets is the answer, not a yes where a text has the step but not the figure
_WHICH_SETS = lazy_regex(r"多少|几个?(?:天|工作日|月|年|家|次|人|个)|具体|日期|期限|时限|哪天|几月|几号|多久|多长|每月|每个月|按月|每年|每季"
                         r"|\b(?:by a (?:certain|set|specific|fixed) (?:date|day|time)|how (?:many|long|much|soon|often)|what date|deadline|time limit"
                         r"|within \w+ (?:working )?days|monthly|weekly|yearly|annual(?:ly)?|quarterly|a (?:set|fixed|specific) (?:date|day|number|period))\b", re.I)
# whether places' rules are alike, asked (一样吗, 有没有区别, "the same?", "do they differ?")
_SAME_ASKED = lazy_regex(r"(一样|相同|一致|有区别|有差别|有不同|有差异|没区别|没差别)(吗|么|嘛|不|没有?|吧)?\s*[？?]*\s*$"
                         r"|(是不是|是否)(一样|相同|一致)(的)?\s*[？?]*\s*$|(一样|相同|一致)不(一样|相同|一致)"
                         r"|\b(?:the same|identical|alike|differ|different|any different)\b[^.?]{0,30}\?\s*$", re.I)
def _both_asked_alike(text: str, aliases: dict[str, str]) -> bool:
    """Does the asking sentence name two places, with no 也/"too" (not 云浮是不是也一样, "Is Wendeng the same?": one place's
    rule stated, another asked against it)?"""
    last = asking_clause([x for x in re.split(r"(?<=[.?!。？！])\s*", text) if x.strip()][-1])
    return not re.search(r"也|还|\b(?:too|also|as well)\b", last, re.I) and len(find_jurisdictions(last, aliases)) >= 2


# which of the places asked about does something (哪个得请监理, 哪些地方要求…, "which of them need …"): the places, not a body
# or a document (哪个部门负责, "which body approves")
_WHICH_PLACE = lazy_regex(r"哪(?:个|些|几个|一个)(?:地方|地区|区县?|市|城市|办法)(?:都|也|还)?(?:得|要|需要|必须|要求|规定了?|明确|可以|能|不能|允许|不让|不许|强制|有)"
                          r"|哪(?:个|些|几个|边|一个)(?:项目)?(?:都|也|还)?(?:得|需要|必须|可以|能|不能|允许|不让|不许|强制|要(?!求|多|几))"
                          r"|\bwhich (?:of (?:them|these|those|the (?:two|three|four|five|regions?|places?|districts?|cities|jurisdictions|regs|regulations|rules|measures|texts|projects))"
                          r"|regions?|places?|districts?|cities|jurisdictions|regs|regulations|rules|measures|ones?|one|projects?)\b"
                          r"(?:\s+(?:of them|of these|actually|also|still|then))?\s+(?:requires?|needs?|must|has to|have to|makes?|allows?|lets?|bans?|forbids?|mandates?|insists?|asks?"
                          r"|(?:has|have) (?:a )?(?:mandatory|compulsory|required|obligatory))\b", re.I)


def _follow_ups(clause_parts: list, clauses: list[str], lang: str) -> list:
    """"数据共享要提供哪些东西？数据库账号要不要给？": a later question that names no topic of its
    own, asked in another form, is a part about the subject of the question before it."""
    if not clause_parts:
        return clause_parts
    out, have = list(clause_parts), {i for i, _ in clause_parts}
    for i in range(clause_parts[0][0] + 1, len(clauses)):
        clause = clauses[i].strip()
        if i in have or not clause or not has_form_words(clause, lang):
            continue
        before = [p for p in out if p[0] < i]
        if before and question_form(clause, lang) != question_form(clauses[before[-1][0]], lang):
            out.append((i, before[-1][1]))
    return sorted(out, key=lambda p: p[0])


def has_form_words(clause: str, lang: str) -> bool:
    """Whether a clause asks in a form of its own: a clause that only states something (合同300万，
    变更已经到45万了) is background to the question asked in another."""
    scores = classify(clause, lang).scores
    return bool(scores["yesno"] or scores["info"] >= 2.5)   # a list word alone (内容要调) asks nothing
