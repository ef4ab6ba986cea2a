"""A consequence asked of a step missed, late or done wrong ("没按时备案会被怎么处理", "办法里对这种有啥处罚吗",
"what penalty does the measures set for that", "we missed the Nov 30 deadline … what happens now"): the finding whose
quoted sentences name what follows a failure (a sanction: 通报, 不予, 纳入…考核; or a step such as 整改, 重新申请 where
the sentence states the failure) answers first, or a general penalty that names that kind of step left undone
(未履行审批、备案程序…追责); where none does, the step's finding says the text names no penalty or consequence
(not_specified), keeping the duty and its article, rather than answering with the duty as if it were the consequence.
What happens after a step failed ("if our system fails the acceptance") is answered by the failure's own sentence first."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.form import asking_clause
from ..reader.question import Question
from ..texts.text import han_pairs
from .finding import Finding
from .formality import silent_where_unnamed
from .model import Citation

# a penalty or a consequence asked by its name (有啥处罚吗, 会有什么后果, 会被怎么处理, "what penalty", "any consequences"); not
# how a matter is handled (资产怎么处理, 碰上节假日怎么处理) nor a duty's burden (要负啥责任)
_PENALTY_ASKED = lazy_regex(
    r"处罚|处分|惩罚|罚款|罚钱|被罚|罚不罚|后果|问责|追责|会被(?:怎么|如何)(?:处理|追究)"
    # (an English word between Chinese ones, 会有什么penalty吗: no word boundary beside a Chinese character)
    r"|(?<![A-Za-z])(?:penalt\w*|sanction\w*|punish\w*|consequences?(?![A-Za-z]))|\bfined\b|\bliquidated damages\b"
    # ("is there a fine for that": the noun, not "is it fine")
    r"|\b(?:a|any|the|no) fines?\b(?! (?:to|if|by)\b)|\bfines\b", re.I)
# what happens next, asked after a duty missed (we missed the Nov 30 deadline … what happens now; 忘了报会怎么样)
# ("surely nothing happens if it goes in a day late?": the same asked as a belief)
_WHAT_HAPPENS = lazy_regex(r"会怎(?:么|样)样?(?!做|办|报|交|算)|\b(?:what|nothing) (?:happens|will happen|would happen)\b|\bwhat now\b", re.I)
# a body's own step late (区里超过3个工作日还没出报告, "still hasn't organised it more than 5 working days after"), asked what
# the unit can do: the text that sets the body's limit and names no remedy is silent on it
_BODY_LATE = lazy_regex(r"(?:超过|过了|已经过了)[^，,。；;？?]{0,12}(?:还|仍|都|也)(?:没|未|没有)|迟迟(?:没|未|不)"
                        r"|(?:\d+|[一两二三四五六七八九十几半]+)\s*(?:个)?(?:天|日|周|星期|工作日|月)了?[，,][^。？?]{0,16}(?:还|仍|都)(?:没|未|没有)"
                        r"|\bstill (?:hasn't|haven't|has not|have not|hasn't yet|not)\b[^?]{0,80}\b(?:more than|over|past)\b|\bmore than \w+ (?:working |calendar )?days\b[^?]{0,40}\bstill\b", re.I)
_LIMIT = lazy_regex(r"\d+\s*个?(?:工作日|日|天)(?:内|以内|之内)")
_WHAT_NOW = lazy_regex(r"咋办|怎么办|如何处理|怎么处理|\bwhat (?:if|can we do|should we do|do we do)\b", re.I)
_MISSED = lazy_regex(r"忘了|忘记|没按时|未按时|逾期|拖了|漏了|漏报|没报|没交|没传|没做|没有报|没有交|(?:过了|超过|超了)[^，,。？?]{0,12}才|(?:晚|迟)了\s*(?:\d+|[一两二三四五六七八九十几半]+)\s*(?:个)?(?:天|日|周|星期|月|工作日)|\b(?:miss|misses|missed|missing|forgot|forgotten|overdue|late)\b"
                     r"|\b(?:didn't|did not|haven't|have not|never) (?:file|submit|report|register|upload|send)\w*", re.I)
# what a text says follows a failure: a sanction by itself (通报, 不予, 纳入…考核), or a step that follows only when the
# sentence states the failure it follows (对验收不合格的项目…整改, 逾期不整改的…)
_SANCTION = lazy_regex(r"不予|暂停|通报|追究|追责|责令|不再安排|扣减|约谈|缓拨|不安排|失信|处分|处罚|问责|列入[^，,。；;]{0,8}名单"
                       r"|不得(申报|安排|立项|拨付|通过)|纳入[^，,。；;]{0,10}考核")
_FOLLOWS = lazy_regex(r"取消|停止|收回|视为|终止合同|整改|重新|限期|退回|注明|记录在案")
_FAILURE_SAID = lazy_regex(r"未|不合格|逾期|拒|没有|不按|违反|不符合|不达|虚报|挪用|截留")


# a step failed or refused ("what happens if our system fails the completion acceptance", 验收没通过会怎么样)
_FAILED = lazy_regex(r"不合格|没通过|未通过|没过|失败|拒绝|拒不|不肯|\b(?:fail\w*|refus\w*|won't sign|rejected)\b", re.I)


# the kinds of step a missed duty is of, with their English words
_STEP_NOUNS = [("备案", r"\bfil(?:e|ed|ing)\b"), ("登记", r"\bregist"), ("审批", r"\bapprov"), ("审核", r"\breview"),
               ("验收", r"\bacceptance\b"), ("招标", r"\btender"), ("采购", r"\bprocur"), ("报送", r"\bsubmi|\bupload")]


def consequence_asked(text: str) -> bool:
    """A penalty asked by its name, or what happens after a duty missed: silent where the text names none."""
    return bool(_PENALTY_ASKED.search(text) or _WHAT_HAPPENS.search(text) and _MISSED.search(text)
                or _WHAT_NOW.search(text) and _BODY_LATE.search(text))


def with_consequence(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Of each jurisdiction, the finding that names what follows the failure first; where none does and a consequence
    is asked, its step's finding (the first) is silent on it."""
    silent_too = consequence_asked(text) or consequence_asked(q.text)   # (会有什么penalty吗, read as 责任: asked in the asker's words)
    if not (silent_too or _WHAT_HAPPENS.search(text) and _FAILED.search(text)):
        return findings

    def steps(jid: str) -> list[Finding]:
        return [f for f in findings if f.jurisdiction == jid and f.topic not in ("penalties", "scope")
                and f.verdict in ("yes", "no", "info", "conditional")]

    def quoted(f: Finding) -> list[str]:   # the sentences it quotes, whole
        return [x for c in f.citations for a in [kb.article(c.doc, c.article)]
                for x in (re.split(r"(?<=[。；;])", a.text) if a else [c.quote]) if c.quote[:8] in x]

    # (区里超过3个工作日还没出报告，咋办: a body late, whose lateness a sentence must speak of to answer)
    body_late = not (_PENALTY_ASKED.search(text) or _WHAT_HAPPENS.search(text)) and bool(_WHAT_NOW.search(text) and _BODY_LATE.search(text))

    def follows(f: Finding) -> bool:
        # a sentence it quotes that names what follows a failure it states (对验收不合格的项目…整改, 逾期不整改的…通报)
        return any((_SANCTION.search(x) or _FOLLOWS.search(x) and _FAILURE_SAID.search(x))
                   and (not body_late or re.search(r"逾期|超期|超过|未按时|未在|未及时|延误", x)) for x in quoted(f))

    # the kind of step the question says was missed (备案, 登记 …), in the texts' words
    missed = {zh for zh, en in _STEP_NOUNS if zh in text or re.search(en, text, re.I)}

    def sanctions_missed(f: Finding) -> bool:
        # a general penalty that names that kind of step left undone (未履行审批、备案程序的…追责)
        return bool(missed) and any(_SANCTION.search(x) and _FAILURE_SAID.search(x) and any(m in x for m in missed) for x in quoted(f))
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        mine = steps(jid)
        if not mine:
            continue
        named = next((f for f in mine if follows(f)), None) or \
            next((f for f in findings if f.jurisdiction == jid and f.topic == "penalties" and sanctions_missed(f)), None)
        at = out.index(next(f for f in out if f.jurisdiction == jid))
        if named is not None:   # (验收没通过会怎么样: the acceptance failing's own article, before the acceptance's)
            out.remove(named)
            out.insert(at, named)
        elif silent_too:
            # (a body late: the finding that sets its time limit is the duty missed)
            step = next((f for f in mine if any(_LIMIT.search(x) for x in quoted(f))), mine[0]) if body_late else mine[0]
            silent = replace(step, verdict="not_specified", summary=t("ans.no_consequence", q.lang) + step.summary)
            # (the silence leads: a general penalty that names no such step, 滥用职权…处分, is not what follows it)
            out.remove(step)
            out.insert(at, silent)
    return out


# a consequence named and asked whether it follows (会被暂缓拨付建设资金吗, 平台会不会不收, "Could the people responsible be
# held accountable?"): each as a question words it, with the words a text's sentence says it in
_NAMED = [
    (r"追责|问责|追究[^，,。？?]{0,4}责任|处分|\bheld (?:accountable|responsible|liable)\b|\baccountab\w*", r"追责|追究|问责|处分"),
    (r"暂缓拨付|缓拨|暂停拨付|停拨|不拨|不给钱|扣[^，,。？?]{0,2}(?:资金|经费|钱)"
     r"|\b(?:funds?|money|payments?)\b[^.?]{0,30}\b(?:held back|withheld|suspended|frozen|stopped|cut off)\b"
     r"|\b(?:withh[eo]ld|hold back|held back|suspend|freeze|froze|stop)\w*\b[^.?]{0,30}\b(?:funds?|money|payments?)\b", r"暂缓拨付|缓拨|暂停拨付"),
    (r"取消|作废|失效|\bcancel\w*|\brevok\w*|\bvoid(?:ed)?\b|\bscrapped\b", r"取消|作废|失效"),
    (r"不收|不受理|不接收|退回|打回|\b(?:rejected|refused|turned down|sent back|not (?:be )?accepted)\b", r"不予接收|不予受理|退回"),
    (r"通报|\bcriticis\w+|\bcriticiz\w+", r"通报"),
    # (不支持资源共享的新项目不给批？: the approval refused, against 不予审批建设)
    (r"不给批|不批(?!准)|批不了|批不下来|不予(?:审批|批准|立项)|不给立项|\b(?:not (?:be )?approved|won't (?:be |get )?approv\w*|refus\w* (?:to approve|approval))\b",
     r"不予审批|不予批准|不予立项|不批准"),
    (r"暂停(?:建设|项目|实施)|停工|\bsuspend\w*\b(?![^.?]{0,30}\b(?:funds?|money|payments?)\b)|\bhalt\w*\b", r"暂停(?!拨付)"),
    (r"终止|叫停|\bterminat\w*", r"终止"),
    (r"罚款|罚钱|被罚|\bfined\b|\bfines?\b(?! for (?:us|me))", r"罚款"),
    (r"失信|黑名单|信用(?:记录|评价|扣分)|\bcredit (?:record|rating|score)\w*|\bblacklist\w*", r"失信|信用"),
]
# the consequence asked as what would befall the project (会被, 会不会, 会, "could … be", "will they withhold")
_BEFALLS = lazy_regex(r"会不会|会被|会|要被|被|有没有|有无|\b(?:is|are) there\b|\b(?:could|would|will|can|may|might)\b[^.?]{0,60}?\b(?:be|get)\b|\b(?:could|would|will|can|may|might)\b", re.I)
# (只要在有效期内启动建设，原项目就不会被取消吧: denied under the condition that keeps it away, which is right)
KEPT_IN_TIME = lazy_regex(r"(?:只要|如果|要是|若|假如|在)[^。？?]{0,24}?(?:有效期|期限)(?:内|以内|之内)[^，,。？?]{0,12}?(?:启动|开工|开始|动工|实施)")
_ASKED_RIGHT_AFTER = lazy_regex(r"\s*(?:了)?(?:吗|么|嘛|吧)?\s*[？?]")
# the consequence believed not to follow (应该不会自动取消吧, 不至于被通报吧, "it won't be cancelled, right?"): the words just
# before the consequence named deny it, and the text that names it makes the belief wrong
_DENIED_BEFORE = lazy_regex(r"(?:(?<!会)不会|不至于|不可能|不见得)(?:就|真|真的)?(?:被|给)?(?:自动|直接)?\s*$"
                            r"|\b(?:won't|will not|wouldn't|would not|can't|cannot|isn't going to|aren't going to)\s+(?:\w+\s+){0,3}$", re.I)
_FAILED_SAID = lazy_regex(r"没|未|不|违规|违反|拒|超|逾期|晚|漏|跳过|\b(?:didn't|did not|never|not|no|without|fail\w*|late|skipp\w*|doesn't|does not|won't|isn't|don't|do not|haven't|hasn't|wasn't|weren't|ignored?|miss\w*)\b", re.I)


def with_consequence_named(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """A yes/no question whether a consequence it names follows a failure it states: the sentence of each place that
    names that consequence for the failure nearest the question's (by shared words, else the articles its findings cite)
    answers yes, first (no when the question believes it will not follow: 应该不会自动取消吧); a place whose text never names
    it is silent on it (会被罚款吗: the text sets no fine), said so."""
    if q.form != "yesno":
        return findings
    asked = asking_clause(text)
    # (会被暂缓拨付吗 by its 会被; 不支持资源共享的新项目不给批？ by the question mark right after it, whose negations are the
    # failure's and the refusal's own, no step the asker would leave out)
    def found(asked: str) -> list[tuple[int, str]]:
        return [(m.start(), said) for pattern, said in _NAMED for m in [re.search(pattern, asked, re.I)]
                if m and (_BEFALLS.search(asked[:m.start()] + " ") and not q.negated
                          or not m.group(0).isascii() and _ASKED_RIGHT_AFTER.match(asked, m.end()))]   # (not "Is that fine?")
    hits = found(asked)
    if not hits and (last := re.split(r"[，,。；;]", text.strip())[-1]) != asked and _ASKED_RIGHT_AFTER.search(last):
        asked = last   # (龙岗是不是也差不多，不支持资源共享的新项目不给批？: the consequence asked in the last clause)
        hits = found(asked)
    named = [said for _, said in hits]
    denied = bool(hits) and bool(_DENIED_BEFORE.search(asked[:min(at for at, _ in hits)])) and not KEPT_IN_TIME.search(text)
    # (a failure said beside the consequence: 一直没整改，会被暂缓拨付吗; "Could the funds be held back?" after "it doesn't
    # support sharing"; "is there a fine if we don't send the report": the consequence's own words left out)
    if not named or not _FAILED_SAID.search(re.sub("|".join(p for p, _ in _NAMED), " ", text, flags=re.I)):
        return findings
    words = han_pairs(text) - {"项目", "单位", "建设", "区的", "我们"}
    out = list(findings)
    unnamed = set()
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        if not any(re.search(said, a.text) for said in named for a in kb.articles.get(jid, {}).values()):
            unnamed.add(jid)   # (会被罚款吗 of a text that names no fine: silent on it, below)
            continue
        cited = {c.article for f in findings if f.jurisdiction == jid for c in f.citations}
        found = [(len(words & han_pairs(s)), a.label in cited, a.label, s.strip())
                 for a in kb.articles.get(jid, {}).values() for s in re.split(r"(?<=[。\n])", a.text)   # (the failure may be a clause before: 对…的，…；在建项目暂缓拨付)
                 if any(re.search(said, s) for said in named) and _FAILURE_SAID.search(s)]
        if not found:
            continue
        best = max(found, key=lambda x: (x[0], x[1]))
        if q.lang == "zh" and best[0] < 2 and len({x[2] for x in found}) > 1:
            continue   # (nothing of the failure said in common, and several articles name it: which is meant is open)
        if q.lang == "zh" and best[0] == 0 and not best[1]:
            continue   # (扩机房、买服务器，总不会不批吧 against 不符合信息资源共享要求的项目不予审批: another failure's refusal)
        if q.lang == "en" and not best[1] and len({x[2] for x in found}) > 1:
            continue
        _, _, article, sentence = best
        lead = t("ans.consequence_named", q.lang, article=article, quote=sentence)
        settled = Finding(jid, "penalties", "no" if denied else "yes", lead, [Citation(jid, article, sentence)], believed=True)
        at = next(i for i, f in enumerate(out) if f.jurisdiction == jid)
        out = [replace(f, verdict="info") if f.jurisdiction == jid and f.verdict in ("yes", "no", "conditional") else f for f in out]
        out.insert(at, settled)
    if unnamed:
        others = {f.jurisdiction for f in out} - unnamed
        out = silent_where_unnamed(kb, out, re.compile("|".join(named)), t("ans.consequence_unnamed", q.lang), skip=others) or out
    return out
