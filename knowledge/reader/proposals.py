"""What a yes/no question says of the act it asks about, beyond its topic: whether it asks if the act
breaks a rule (转包算不算违规), whether the act leaves something out (没请监理), whether the asker would do
it themselves (我们单位自己写), whether it asks if what follows a step still comes (财政还拨运维经费吗),
and whether it asks what a document holds (可研报告要不要写信息安全章节). The rules decide what each
means against a text; these only read the question."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from .form import asked_plainly, unreported

_BREACH = lazy_regex(r"(算不算|是不是|是否|算|属于|属不属于|构成)(违规|违法|违反|不合规|不符合规定)|违规(吗|么|嘛|不|没|吧)|违不违规|违不违反"
                     r"|\b(a violation|against the (\w+ ){0,2}(rules|regulations|measures)|(break|breach|violate|contravene)(s|es|ing|d)? the (\w+ ){0,2}(rules|regulations|measures)|in breach)\b"
                     r"|\b(is|would|will) (that|it|this) (be )?(a problem|an issue)\b", re.I)   # "… has no certification. Is that a problem?"
_OMITTED = lazy_regex(r"(没|没有|未|不|还没)(有)?(请|做|报|走|交|搞|找|上|进行|组织|开展|提交|备案|登记|按|经过|经)"
                      r"|\b(without|skip(ped|ping)?|did(n't| not)|do(es)?(n't| not)|never|fail(ed)? to|no)\b", re.I)
_OURSELVES = lazy_regex(r"(自己|自行|内部)(来)?(写|编|编制|做|搞|弄|测|测试|评|评审|监理|出|运维|维护|管(?!理)|留着|派人)|不(找|请|委托|用)[^，,。？?]{0,4}(机构|单位|公司|第三方)"
                        r"|\b(ourselves|in-house|on our own|by ourselves|our own staff|without (a|an|any) (qualified|outside|third-party|consult))"
                        # ("can our own unit write the feasibility study report?")
                        r"|\bour own (unit|department|bureau|team|people|office|agency|staff members|engineers)\b[^.?]{0,12}?\b(write|writes|draft|drafts|prepare|prepares|compile|compiles|produce|produces|do|does|test|tests|run|runs)\b"
                        # 自己找个商业云部署, 单独采购, sign its own contract: an arrangement of its own where the text has a body provide it
                        r"|(?<![不没己])(?<!不再)(自己|自行|单独|自家)(去|来)?(找|买|购买|采购|购置|签|部署|搭|租)"   # (not 不自己单独去采购)
                        # 自己跟云厂商签个合同: cloud or network resources, which a text has a body allocate (not 自己跟供应商签合同 for the
                        # unit's own project, which the texts leave to it)
                        r"|(?<![不没己])(?<!不再)(自己|自行|单独|自家)(去|来)?(跟|和|与|同)[\u4e00-\u9fff]{0,4}?(云厂商|云服务商|云平台|运营商|电信|移动|联通)[\u4e00-\u9fff]{0,4}?(签|买|采购|租)"
                        r"|\b(sign|signs|signing|buy|buys|buying|rent|renting) (its|our|their) own\b|\b(a|our own|its own) (commercial|private) (cloud|server|data cent(er|re))\b"
                        # a party of the project doing what the text has an outside body do (承建方自己的测试团队来做第三方测评)
                        r"|(承建|施工|开发|建设)(单位|方|商|公司)(自己|自家|内部)的?[^，,。？?]{0,4}(团队|人员|部门|实验室|人)"
                        r"|\b(contractor|vendor|developer|integrator|supplier)(['’]s| company's| firm's) own (\w+ )?(team|staff|lab|laboratory|people|engineers|testers|department)\b"
                        # a party of the project standing in for the outside body (让监理出个报告当终验依据, 用承建方的测试报告代替第三方测评)
                        r"|(?:让|叫|由|请|用)(?:监理|承建|施工|开发|设计|集成)[^，,。？?]{0,12}?(?:当|作为|代替|顶替|充当|替代|顶)[^，,。？?]{0,8}?(?:依据|报告|测评|测试|检测|第三方)"
                        r"|\b(?:have|let|get|use) (?:the |our )?(?:supervis\w+|contractor|vendor|developer|designer)(?:'s)?\b[^.?]{0,40}?\b(?:instead of|in place of|to replace|as a substitute for)\b"
                        # 分包给没有资质的公司: a party without the qualification the text asks for
                        r"|(没有|没|无|不具备|不具有|不够)(相应|相关)?(的)?资质|资质不(够|全|符)|\bunqualified\b|\b(not|isn't|aren't) (properly |suitably )?qualified\b|\b(has|have|having|with|holds?|holding) no (\w+ )?(qualifications?|certifications?|licen[cs]es?)\b|\bwithout (the |a |any )?(required |relevant |proper )?qualifications?\b", re.I)
# 没做竣工验收备案，财政还拨运维经费吗: whether what follows the step still comes
_STILL_GETS = lazy_regex(r"还(会|能)?(拨|给|安排|批|发|付)|照(样|常)(拨|给|安排|批)|\bstill (get|receive|be (paid|funded|allocated|granted))\b"
                         r"|\bstill (fund|funds|pay|pays|allocate|allocates|release|releases|give|gives|grant|grants)\b", re.I)   # ("will the finance bureau still fund it")
# (建设内容得调整: what is built, not what a document holds)
_CONTENT = lazy_regex(r"包含|包括|含有|写进|写入|写上|写|列入|附上|章|篇|(?<!建设)(?<!服务)内容|\b(includ(e|es|ed|ing)|contain(s|ed|ing)?|(?<!can't )(?<!cannot )(?<!couldn't )(?<!won't )(?<!doesn't )(?<!don't )cover(s|ed|ing)?|chapters?|sections?|go into|goes into|put into|consists? of|made up of)\b", re.I)


def breach_asked(text: str) -> tuple[str, bool] | None:
    """(the act described, whether it leaves the thing out) when the question asks whether the act
    breaks a rule: "30万以上不请监理，算违规吗" -> ("30万以上不请监理，", True); None otherwise."""
    m = _BREACH.search(text)
    if not m:
        return None
    act = text[:m.start()] + " " + text[m.end():]   # 转包…算不算违规; would it be a violation if we skipped …
    return act, bool(_OMITTED.search(asked_plainly(act)))


# a filing the text asks for, replaced by a word said (口头跟大数据中心打个招呼, 打个电话说一声, just tell them by phone);
# not a consent not asked for (没跟我们打招呼就挂上去了)
_INFORMAL = lazy_regex(r"(?<![没未不])(?<!没有)(?<!没跟我们)(口头(上)?(说|讲|报|通知|汇报|打招呼|沟通|告知|申请|报备|同意)?|打(个|一个)?电话|电话(里|上)?(说|讲|沟通|通知|报备|告知|汇报)"
                       r"|(跟|和|给|向)[^，,。？?]{1,12}(打(个|声)?招呼|说一声|讲一声|知会一声|通个气|打声招呼)|微信(上|里)?(说|讲|发|报|通知|告知|沟通)|发(个|条)?(微信|消息|短信)"
                       r")|\b(verbally|orally|by (phone|telephone|wechat|text message)|over the phone|a (?:quick |short |brief )(?:phone |telephone )?call|a (?:phone|telephone) call|informally|word of mouth"
                       r"|give (them|him|her|the \w+( \w+)?) a (heads-up|heads up|call)|just (tell|inform|let) (them|the \w+( \w+)?)( know)?"
                       # 验收报告我们自己存档就行了吧, just keep it on file: kept by the unit instead of filed with the body the text names
                       r"|just keep (it|them|the \w+( \w+)?) (on file|in (our|the) (archive|files|records))|keep (it|them) on file ourselves|file (it|them) internally)\b"
                       r"|(自己|自行|内部|单位里)(存档|留档|归档|保存|留存)(?=[^，,。？?]{0,4}(就行|就够|就可以|行吧|可以吧|吧))", re.I)


# 要不要主动跟大数据中心说一声: whether to tell them at all is asked (the duty to report), not a word said put in place of a
# filing (打个电话说一声就行吧)
_TELL_ASKED = lazy_regex(r"(要不要|需不需要|用不用|是否需要|是否要|有没有必要)(主动|及时|先|再)?(跟|和|给|向)[^，,。？?]{1,12}(说一声|讲一声|知会一声|通个气|打(个|声)?招呼)")
_SUFFICES = lazy_regex(r"就行|就可以|就够|行吧|可以吧|就好|就完事|就得了")


def informal_channel(text: str) -> bool:
    """Does the question put a word said (口头打个招呼, by phone) in place of what is filed?"""
    said = asked_plainly(unreported(text))
    if _TELL_ASKED.search(unreported(text)) and not _SUFFICES.search(said):
        return False
    return bool(_INFORMAL.search(said))


# what the text has sent through a named platform (通过“钟楼区政务信息化项目管理平台”备案), sent another way instead:
# by e-mail, on paper, on a disc (发邮件给大数据管理局了, emailed it straight to the office); not a platform's own mail
_OFF_PLATFORM = lazy_regex(r"(?<![没未不])(?<!没有)(发(了|个|封)?(电子)?邮件|(用|通过|走)(电子)?邮件|邮件(发|报|寄|传)|邮箱|(送|交|报|寄)(了)?(一份|一套)?纸质|纸质(版|材料|文件|档案)?[^，,。？?]{0,6}(送|交|报|寄)(过去|给|到)"
                           r"|(刻|拷)(成|到|进)?(了)?(一)?(张|个|份)?(光盘|U盘|硬盘|移动硬盘))|\b(e-?mailed|by e-?mail|via e-?mail|(sent|send|sending) (it |them )?(over )?by (post|mail|courier)|on paper|paper copies?|on (a|an|one) (cd|dvd|disc|disk|usb( stick| drive| key)?|flash drive|thumb drive|hard (drive|disk))"
                           r"|(burn|copy|put|save|load)\w* (it|them|the [\w-]+( [\w-]+)?) (on|onto|to) (a|an|one) (cd|dvd|disc|disk|usb|flash drive|thumb drive|hard (drive|disk)))\b", re.I)


def off_platform(text: str) -> bool:
    """Does the question send by e-mail, paper or disc what it asks about (项目计划任务书发邮件给大数据管理局了)?"""
    return bool(_OFF_PLATFORM.search(asked_plainly(unreported(text))))


def by_ourselves(text: str) -> bool:
    """Would the asker do it themselves, without an outside body (可研我们自己写，不找咨询机构), or
    have a party without the qualification do it (分包给没有资质的公司)? Not what someone else said
    (有人说不用请第三方测评，到底要不要)."""
    # ("apply to the data bureau instead of buying it ourselves": doing it oneself is what is declined)
    return bool(_OURSELVES.search(_DECLINED_OURSELVES.sub(" ", asked_plainly(unreported(text)))))


_DECLINED_OURSELVES = lazy_regex(r"\b(?:instead of|rather than)\s+[^.?,;]{0,40}?\b(?:ourselves|on our own|in-house|by ourselves)\b", re.I)


def still_gets(text: str) -> bool:
    """Does the question ask whether what follows a step still comes (财政还拨运维经费吗)?"""
    return bool(_STILL_GETS.search(text))


def asks_content(text: str) -> bool:
    """Does the question speak of what a document holds (章节, 内容, 包含, include, chapter)?"""
    return bool(_CONTENT.search(text))


# doing it on one's own or ahead of the procedure (擅自, 先建起来再补, start building now and sort out the paperwork later)
_SHORTCUT = lazy_regex(r"擅自|自己|自行|先建|先做|先干|先上|直接|再补|后补|on our own|ourselves|\bfirst\b|\blater\b|afterwards|retroactive?l?y"
                       r"|\bjust (go ahead|build|start|launch)\b|\bgo ahead (anyway|regardless)\b|\bdirectly\b|\bstraight away\b", re.I)   # (直接 in English)
# the procedure itself put off (手续后补, sort out the paperwork later)
_MADE_UP_LATER = lazy_regex(r"先(?:买|采购|购置|建|开工)了[^，,。？?]{0,6}?(?:再|然后|之后|后)[^。？?]{0,10}?(?:报|申请|审批|报批|备案)|后补|再补|回头补|(以后|后面|回头|事后)再?[^，,。？?]{0,8}?补(?!充|贴|助)|事后补|补手续|手续后面|擅自|年底(再)?(补|办|走)|\blater\b|afterwards|retroactive?l?y|after the fact"
                            r"|\bfirst\b.{0,60}\b(at|by|until) (the )?(year[- ]end|end of the year|next year)", re.I)


def takes_shortcut(text: str) -> bool:
    """Would the asker go ahead on their own or ahead of the procedure (擅自, 先建起来再补, first)?"""
    return bool(_SHORTCUT.search(text or ""))


def made_up_later(text: str) -> bool:
    """Is the procedure itself put off to be made up later (手续后补, sort out the paperwork later)?"""
    return bool(_MADE_UP_LATER.search(text or ""))


# a step left waiting for a while or for something of the asker's own (先放着，等明年预算下来再改; 先不跟大数据中心说，等赶上
# 进度再讲; "leave it until next year's budget", "hold off reporting until we catch up"): not a step put after another
# step of the procedure, which the order of the text decides
_LEFT_WAITING = lazy_regex(r"先(?:放着|放一放|放放|搁着|搁一搁|压着|压一压|拖着|拖一拖|缓缓|缓一缓)|往后(?:拖|放|压)|拖(?:一拖|到)"
                      r"|先不(?:报|说|讲|告诉|通知|交|改|整改|处理|管|弄|理|动)[^。？?]{0,20}?等"
                      r"|等(?:到)?[^，,。？?]{0,12}?(?:预算|资金|钱|经费)[^，,。？?]{0,6}?(?:下来|到位|批了|批下来|有了)"
                      r"|等(?:到)?[^，,。？?]{0,10}?(?:赶上|追上|忙完|有空|有时间|不忙)"
                      r"|(?:明年|下半年|年后|过完年|下个?月|下个?季度|以后有空)(?:再)(?:改|整改|报|说|讲|弄|处理|办|交|提)"
                      r"|\b(?:hold off|put (?:it|this|that|them|the \w+) off|postpone|defer)\b"
                      r"|\b(?:leave|park|shelve) (?:it|this|that|them|the \w+(?: \w+)?) (?:until|till|for now|for a while|to next)\b"
                      r"|\b(?:wait|until|till) (?:we (?:catch up|have (?:the )?(?:money|budget|time))|next year'?s? budget|the (?:new|next) budget|next year\b)", re.I)


def left_waiting(text: str) -> bool:
    """Does the asker mean to leave a step waiting for a while or for something of their own (先放着，等明年预算
    下来再改; "leave it until next year's budget")?"""
    return bool(_LEFT_WAITING.search(text or ""))
