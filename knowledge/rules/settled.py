"""What the text settles about a plan by how it says a step is done: a question proposing the opposite of the text's
own way (paid apart from what the text counts inside, put after what it has done together, bundled with what it has
done on its own, sent another way than the platform it names, put off where it says 立即) is answered by the text's
way, whatever the duty's own verdict."""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lazy_regex import LazyPattern, lazy_regex
from knowledge.texts.text import han_pairs, pairs

# whether the owner pays (要另外付维保费吗, do we pay extra), against a text that says it is free
_ASKS_PAY = lazy_regex(r"(另外|额外|单独|再|还)?(要|得|需要)?(另外|额外|单独|再)?(付|交|给|出|掏|花)[^，,。？?]{0,6}(钱|费|费用)|(另外|额外|单独|再|还)(要|得|会)?收(钱|费|费用)|\bpay\b|\b(charge|bill) (us|the unit|the owner|extra|for)\b", re.I)
_FREE = lazy_regex(r"免费|无偿")
# a step the text has done together with another (同步规划、同步建设), and a question putting it after
_TOGETHER = lazy_regex(r"同步(规划|建设|实施|编制|运行|设计|使用|部署|开展)")
_PUT_AFTER = lazy_regex(r"((以后|之后|后)再|(放到|挪到|推到|留到|拖到)[^，,。？?]{1,16}?((以后|之后|后)再?|再)|等[^，,。？?]{1,16}(再|才)|明年再|回头再"
                        r"|(下一?期|二期|三期|后期|下个?阶段)(再|才))(单独|另外)?(补)?(建|编|编制|设计|规划|部署|上|搭|做)"
                        r"|\b(build|add|set up|deploy|plan|design|compile|do|bolt|install|implement|retrofit|tack|put in)\b[^.?]{0,60}\b(later|afterwards|after (the |our )?([\w-]+ ){0,3}(system|platform|project|it) (goes|went|has gone|is) live"
                        r"|after (go-live|going live|launch)|next year|as a (second|later|separate) (step|phase|stage)|in (a |the )?(second|later|next) (phase|stage))\b", re.I)
# a step the text has done on its own (专项招标, 单独立项), and a question bundling it with another
_SEPARATE = lazy_regex(r"专项招标|单独(招标|立项|编制|列支|建设|验收)|分别(招标|验收|立项)")
_BUNDLED = lazy_regex(r"打包|一起招|一块招|一块儿招|一起招标|一并招|合并|捆绑|捆进|捆在|合在一起|一并(招标|采购|立项)|\b(bundle|combine|lump|together with|in one (tender|package))\w*"
                      # "leave it inside the main building tender", "as part of the civil-works tender"
                      r"|\b(inside|within|in|into|part of|under) the (main |overall |general )?(building|construction|civil[- ]works?|main)( works)? (tender|contract|package|bid)", re.I)
# a cost the text counts inside another (应包含在该系统的维保经费中, 费用纳入项目总投资), and a question asking for it apart
_INCLUDED = lazy_regex(r"(包含|含|纳入|列入|计入)(在)?[^，,。；;]{0,12}(经费|投资|预算|费用)")
# (named against what it would come out of: 不从维保经费里出, not as part of the total investment; 运维经费需要单独申请吗 asks
# how the container itself is applied for)
_SEPARATED = lazy_regex(r"不从[^，,。？?]{1,10}(里|中)?出|不(算进|放进|纳入|计入|列入|含在|包含在)[^，,。？?]{0,10}(经费|投资|预算)"
                        # 另外找财政申请一笔; "out of our unit's general office budget, outside the project total"
                        r"|另外(找|向|跟|问)[^，,。？?]{1,8}(申请|要)(一笔|一块|点|些)?(钱|经费|资金)?"
                        r"|\boutside (of )?the (project'?s? )?(total|budget|investment)\b|\bout of (our|the) (unit'?s? )?(own |general |office |daily |routine )+(budget|funds?)\b"
                        r"|\bnot (as )?(part of|in(cluded in)?|out of|from) (the |our )?[^.?]{0,30}\b(budget|investment|funds?)\b"
                        r"|\bseparate (new )?project to (fund|pay for|cover)\b|\b(fund|pay for|budget) (it|them|this|that|the [\w\s]{1,30}?) separately\b"
                        r"|\brather than (from |out of |as part of )?(the |our )?(project'?s? )?(total )?(investment|budget)\b"
                        # "a separate budget for the interface work instead of paying from the system's maintenance funds"
                        r"|\b(rather than|instead of) (paying |funding it |funding them )?(from|out of|with) (the |our )?[^.?]{0,30}\b(budget|funds?|funding|investment)\b"
                        # "pay it out of our office budget rather than include it in the project's total investment"
                        r"|\b(rather than|instead of) (includ|put|count|list|fold)\w* (it |them |this |that )?(in|into|as part of|within) (the |our )?[^.?]{0,30}\b(budget|investment|funds?)\b"
                        r"|\b(apply|ask) for (a |its own |their own )?separate (budget|funds?|funding)\b|(?<![不外])单独(申请|申报|列)[^，,。？?]{0,6}(经费|预算|资金)", re.I)   # (not 不另外单独申请经费)
# a day that falls in a holiday, put past it (顺延到节后, after the holiday)
_PAST_HOLIDAY = lazy_regex(r"顺延|节后|假期(结束)?(以)?后|放完假|收假|\b(after the (holiday|break)|next working day)\b", re.I)
# a step the text has done at once (立即将合同文本报…备案), and a question putting it off (下个月例会的时候再报, later)
_AT_ONCE = lazy_regex(r"立即|立刻|马上|第一时间")
_PUT_OFF = lazy_regex(r"(下个?月|下周|下星期|下礼拜|明年|过(一)?段时间|过几天|过阵子|回头|月底|年底|季度末)(?![^，,。？?]{0,6}签)[^，,。？?]{0,12}(再|才)(去|来)?[^，,。？?]{0,12}(报|交|备案|提交|上报|报送|登记)"
                      r"|(拖|推|放|留|攒)(到|至)[^，,。？?]{1,12}(再|才|一起|统一)"
                      # 开工一个月后再把合同文本报…备案: a span of time let pass first
                      r"|([一二两三四五六七八九十半几]|\d+)\s*(个)?(工作日|天|日|周|星期|礼拜|月|年)(多)?(以后|之后|后)[，,]?\s*(再|才)[^，,。？?]{0,16}(报|交|备案|提交|上报|报送|登记)"
                      # 月底跟其他几个项目一起报, 等项目做完了连同验收材料一起报
                      r"|(月底|月末|年底|季度末)[^，,。？?]{0,12}(一起|统一|一并|集中)[^，,。？?]{0,12}(报|交|备案|提交)"
                      r"|等[^，,。？?]{1,16}(完|以后|之后|后)(了)?[^，,。？?]{0,16}(一起|再|才)[^，,。？?]{0,16}(报|交|备案|提交)"
                      r"|(验收|完工|竣工|结算|上线)[^，,。？?]{0,4}(的时候|时)(再|才)[^，,。？?]{0,16}(报|交|备案|提交)"   # 想验收的时候再将合同文本报…备案
                      r"|\b(file|submit|send|report|register|upload)\w*\b[^.?]{0,50}\b(later|next (week|month|quarter|year)|at the end of the (month|quarter|year)|in a (few|couple of) (weeks|months))\b"
                      r"|\bwait (until|till|for)\b[^.?]{0,50}\b(to |before (we )?|and then )(file|submit|send|report|register|upload)\w*\b", re.I)   # wait until it is finished to file
# a channel the text names (通过“深圳市信息工程质量管理平台”报送), and a question sending it another way (直接发邮件, on paper)
_VIA_PLATFORM = lazy_regex(r"(通过|在)[^，。；]{0,24}(平台|系统)[^，。；]{0,40}?(报送|上报|报|提交|上传|备案)(?P<what>[^，。；、]{0,12})")
# 要在平台上传吗，还是交纸质的就行, "… or can we just email it" (both ways asked); 一直发邮件的，是不是必须走那个平台报送
# (whether the platform is a duty): the rule's own answer stands
PLATFORM_ASKED = lazy_regex(r"还是|(必须|一定要|一定得|非得|非要|要不要|需不需要|用不用|需要|得)[^，,。？?]{0,4}(走|通过|用|在|上)[^，,。？?]{0,14}(平台|系统)"
                             r"|\b(?:must|do|does|have to|has to|need to)\b[^?]{0,30}\b(?:go through|use|via|through)\b[^?]{0,30}\bplatform\b"
                             r"|\bor (is|can|could|would|do|does|will|should|may)\b|\bor (just |simply )?(keep|send|hand|submit|email|e-mail|print)", re.I)
_OTHER_CHANNEL = lazy_regex(r"(发|用|走|通过)(个)?(电子)?(邮件|邮箱|微信|QQ|传真)|(交|报|送|递)(个)?纸质|纸质(版|材料|文件)?(交|报|送|递)|线下(交|报|送|递)|当面(交|报|送|递)"
                            r"|\b(by|via|over) (e-?mail|post|fax|wechat)\b|\bon paper\b|\bpaper cop(y|ies)\b|\bin person\b|\be-?mail (it|them|the)\b", re.I)
# a step the text has the lead unit do once for all (由主管部门或牵头单位申报, 共同形成项目整体方案), and a question having each
# unit do it apart (各部门各写一份方案分别报, each department declares it separately) or leaving the others out of it
_JOINT = lazy_regex(r"牵头(单位|部门)[^。；]{0,12}(申报|会同|统一)|共同形成[^。；]{0,8}整体方案|统一申报")
# (not 不能两家各报各的, the split said not to be done: what the text asks, confirmed)
_APART = lazy_regex(r"(?:(?<=能不能)|(?<=可不可以)|(?<=要不要)|(?<!不能)(?<!不可以)(?<!不要)(?<!不得)(?<!不准)(?<!不能两家)(?<!不能各家)(?<!不要两家)(?<!不是))"
                    r"(分别(报|申报|提交|编|写|立项)|各自(报|申报|提交|编|写|立项)|各(写|编|报)(一份|一个)?|((各|每个)(部门|单位)|自己)(都)?单独(报|申报|提交))"
                    r"|\beach (department|unit|bureau|agency|office|of (us|them))\b[^.?]{0,40}\b(separately|individually|(its|their) own)\b"
                    r"|\b(separately|individually)\b[^.?]{0,30}\beach (department|unit|bureau|agency|office)\b", re.I)
_OTHERS_SPARED = lazy_regex(r"(其余|其他|另外)[^，,。？?]{0,8}(部门|单位|家)[^，,。？?]{0,8}(不(需要|用|必)(再)?(单独|重复)?|就不(再)?(单独|重复)?|是否可以不(再)?(单独)?|可以不(再)?(单独)?)(申报|报|提交)"
                            # 各部门不用分别报方案, 不用三家各写一份 (not 需不需要…各写: A-not-A)
                            r"|(?<![需要用必])不(需要|用|必)(再)?[^，,。？?]{0,4}(分别|各自|单独|各)(报|申报|提交|写|编)"
                            r"|不(再)?各(报|写|编)各的"   # (不各报各的: each declaring its own, declined)
                            r"|\b(instead of|rather than|without)\s+(each|every)\b[^.?]{0,40}\b(separately|individually|on (its|their|our) own)\b", re.I)
# a leader's signature proposed (请分管区领导签个字就纳入规划), against a text that has a meeting deliberate (经区政府有关会议审议通过后)
# (not the leader's nod asked whether it is needed: 要区领导点头吗 against 分管区领导召开专题会议审议, which it is, and more)
_LEADER_SIGNS = lazy_regex(r"(领导|局长|主任|书记|区长|市长|负责人)(签个?字|签批|批个?字|批一下|点个?头|同意一下|拍个?板)"
                           r"(?![^，,。；;？?]{0,3}(?:吗|么|嘛|吧|没有?|不)?\s*[？?]?\s*$)"
                           r"|\b(the |a )?(leader|director|head|mayor)('s)? (sign(s|ed)? off|signature|sign-off|approval alone)\b", re.I)
_MEETING_REVIEW = lazy_regex(r"会议(审议|研究|讨论|审定)|(审议|研究)通过|集体(研究|决策|审议)")

@dataclass(frozen=True)
class Settled:
    """A plan the question proposes (`asks`) against the text's own way (`said`, in what a rule answering it says),
    and the verdict that settles it; `unless_asked` names the question's words and `unless_said` the text's own path
    that leave the row out."""
    asks: LazyPattern
    said: LazyPattern
    verdict: str
    unless_asked: LazyPattern | None = None
    unless_said: LazyPattern | None = None

    def applies(self, asked: str, says: list[str]) -> bool:
        if self.unless_asked is not None and self.unless_asked.search(asked):
            return False
        if self.unless_said is not None and any(self.unless_said.search(s) for s in says):
            return False
        return self.matches(asked, says)

    def matches(self, asked: str, says: list[str]) -> bool:
        """Does the question propose the plan and the text say its own way? (A subclass compares them otherwise.)"""
        return bool(self.asks.search(asked)) and any(self.said.search(s) for s in says)


class SentAnotherWay(Settled):
    """A channel proposed against the platform the text names. When the question sets it against no platform it names
    (发邮件报区信息化主管部门), it settles only when the text sends the very thing the question does through the platform
    (初验结果用纸质版报 against 在平台上传初验结果)."""

    def matches(self, asked: str, says: list[str]) -> bool:
        if re.search(r"平台|系统|platform|system", asked, re.I):
            return super().matches(asked, says)
        return bool(self.asks.search(asked)) and any(
            len(what := re.sub(r"^(项目|的)+", "", m.group("what"))) >= 4 and what in asked
            for s in says for m in self.said.finditer(s))


class PutInPlace(Settled):
    """A thing of the question's own put in place of the one the text requires (合同终验用承建方自测的报告，而不是第三方验收测评
    报告; 第三方验收测评，拿承建单位的自测报告顶上): settled when the text's rule names the thing replaced and not the one
    put in its place."""

    def matches(self, asked: str, says: list[str]) -> bool:
        said = "".join(says)
        for m in self.asks.finditer(asked):
            put, replaced = m.group("x") or m.group("x2"), m.group("y") or m.group("y2")
            own = han_pairs(put) - _COMMON_PAIRS
            if len(pairs(replaced) & pairs(said)) >= 3 and own and not own & pairs(said):
                return True
        return False


_ANY = lazy_regex(r"(?s).")   # (what the text says is compared whole, by its pieces)
# the words every document and body shares (报告, 单位): they tell neither thing from the other
_COMMON_PAIRS = {"报告", "单位", "项目", "材料", "文件", "依据", "结果", "意见", "的报", "的测"}
_PUT_IN_PLACE = lazy_regex(r"(?:用|拿|以)(?P<x>[^，,。？?]{2,20}?)[，,]?\s*(?:而不是|而非|来代替|代替|替代|顶替|来顶|顶上|替换|取代)(?P<y>[^，,。？?]{2,24})"
                           r"|(?P<y2>[^，,。？?]{4,24})[，,]\s*[^，,。？?]{0,10}?(?:用|拿)(?P<x2>[^，,。？?]{2,20}?)(?:来)?(?:代替|替代|顶替|顶上|顶|替)")


# the term something is free for, said to be over (质保期过后, 质保期满后, after the warranty)
_AFTER_FREE_TERM = lazy_regex(r"(质保|保修|维保|免费)期?(已经|已)?(过|满|到期|结束|外)|(出|超过|过了)(了)?(质保|保修)期"
                              r"|(after|beyond|outside|past) (the )?(warranty|guarantee)|(warranty|guarantee) (has )?(expired|ended|is over|runs out)", re.I)
# 质保期内要另外付维保费吗 against 免费提供维保 (not 质保期过后的维保要另外收钱吗: free only within the warranty);
# 密码保障系统放到运行一年以后再建 against 同步建设; 跟土建打包一起招标 against 专项招标; 赶上国庆，能顺延到节后再报吗 against
# 节假日顺延; 初验结果需要上传到平台吗，还是交纸质版就可以 asks both ways, and the duty answers; 分管区领导签个字 against 经区政府
# 有关会议审议通过后, unless the text's own path has the leader's consent. A later row outranks an earlier one.
_SETTLED_BY_TEXT = [Settled(_ASKS_PAY, _FREE, "no", unless_asked=_AFTER_FREE_TERM), Settled(_PUT_AFTER, _TOGETHER, "no"),
                    Settled(_BUNDLED, _SEPARATE, "no"), Settled(_SEPARATED, _INCLUDED, "no"),
                    Settled(_PAST_HOLIDAY, lazy_regex("节假日顺延"), "yes"), Settled(_PUT_OFF, _AT_ONCE, "no"),
                    SentAnotherWay(_OTHER_CHANNEL, _VIA_PLATFORM, "no", unless_asked=PLATFORM_ASKED),
                    Settled(_APART, _JOINT, "no"), Settled(_OTHERS_SPARED, _JOINT, "yes"),
                    Settled(_LEADER_SIGNS, _MEETING_REVIEW, "no",
                            unless_said=lazy_regex(r"领导[^，,。；;]{0,4}(同意|批准|签字|签批)")),
                    PutInPlace(_PUT_IN_PLACE, _ANY, "no")]


def settled_by_text(asked: str, says: list[str]) -> str | None:
    """The verdict the text's own way settles for the plan a question proposes, given what the rules answering it say
    (in Chinese); None when no row applies. A later row outranks an earlier one; a body the text names together with
    others, left out (只向A备案), settles "no" over every row."""
    verdict = None
    for row in _SETTLED_BY_TEXT:
        if row.applies(asked, says):
            verdict = row.verdict
    return "no" if _left_out_of_list(asked, says) else verdict


# 只向市政务服务数据管理局备案 against 向市政务服务数据管理局和市财政局备案: one of the bodies the text names together, left out
_ONLY_TO = lazy_regex(r"只(?:需要?|要|用)?(?:向|给|报给?|交给|提交给?|通知|抄送)(?P<body>[^，,。？?、和及与]{2,16}?)"
                      r"(?=备案|报告|报送|报备|提交|审核|审批|申请|汇报|[，,。？?]|$)")
_BODIES_TOGETHER = lazy_regex(r"(?:向|报|报送|交|提交|通知)(?P<list>[^，,。；;]{2,40}?(?:和|及|、|与|以及)[^，,。；;]{2,30}?)"
                              r"(?:备案|报告|报送|报备|审核|审批|提交)")


def _left_out_of_list(asked: str, says: list[str]) -> bool:
    m = _ONLY_TO.search(asked)
    if not m:
        return False
    core = m.group("body")[-4:]   # (市政务服务数据管理局 as 数据管理局: the body's own name, not its level)
    return any(core in (named := b.group("list")) and len(re.sub(re.escape(core), "", named)) >= 4
               for s in says for b in _BODIES_TOGETHER.finditer(s))

