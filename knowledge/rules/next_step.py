"""What comes next once a step is told done ("初验昨天通过了，接下来要干嘛", "the trial run ended, what now?"): the
step after it on the jurisdiction's approval path, with the article that sets it."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..facts.events import ALL_EVENTS
from ..i18n import t
from ..reader.events import events_named
from ..reader.form import classify
from ..reader.question import Question
from .finding import Citation, Finding, dedupe
from .model import evaluate
from .timing import due_line

# 接下来要干嘛, what's next: the step after one told done, asked
_NEXT = lazy_regex(r"下一步|接下来|接着要|然后(?:要|该|得|需要)?(?:干|做|办|怎么|咋|(?:报|交|送|提交)(?:给)?(?:谁|哪))|之后(?:要|该|得|需要)?(?:干|做|办|怎么|咋)|后续(?:要|该|得|流程|步骤)|再往下|(?:第一步|首先)(?:要|该|得|需要)?先?(?:干|做|办|弄|搞)(?:啥|什么|嘛)|(?<![\d天周月年])(?:那)?(?:然后|接着)(?:呢|咧|嘞)\s*[？?]*\s*$"
                   r"|\bnext (?:step|stage|thing)s?\b|\bwhat(?:'s| is| comes)? next\b|\bwhat now\b|\bthen what\b|\b(?:from now on|going forward|after that)\b[^.]{0,20}\?"
                   r"|\bwhat (?:do|should|must) we do (?:now|next)\b|\bwhat follows\b|\bwhat happens next\b"
                   # ("What do we apply for next", "what should we submit next")
                   r"|\bwhat (?:do|should|must|can|shall) (?:we|i) (?:\w+ ){1,3}(?:next|now)\b", re.I)


# "our quality supervision registration is done.", "all construction on our project is finished": a step told done
# ("we've completed the 质量监督登记 for our project": told done by those who did it)
_EN_TOLD_DONE = lazy_regex(r"\b(?:is|are|was|were|has been|have been|got|just)\s+(?:now\s+|all\s+)?(?:done|finished|complete|completed|passed|over|through|signed|filed|approved)\b"
                           r"|\b(?:we've|we have|we|i've|i have|i)\s+(?:now\s+|already\s+|just\s+)?(?:completed|finished|done|passed|signed|filed|submitted|uploaded|sent in|handed in|received|got)\b", re.I)


# 接下来要报什么, what do we file next: the next step that files something with a body, a filing of the deadlines
_FILING_ASKED = lazy_regex(r"(?:报|交|提交|报送|上报|递交)(?:什么|啥|哪些|些啥|些什么)|(?:几号|哪天|啥时候|什么时候)(?:之?前)?(?:要|得)?(?:报|交)"
                           r"|\bwhat (?:do|should|must) (?:we|i) (?:have to |need to |still )?(?:file|submit|send|report)\b|\b(?:file|submit|send in)\b[^.?]{0,20}\bnext\b", re.I)


_FAILED = lazy_regex(r"没通过|未通过|不通过|没过|不合格|被退回|退回来|打回|\b(?:failed|fail|didn't pass|did not pass|not passed|rejected|sent (?:it |them )?back|returned)\b", re.I)


def with_next_step(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """A what-question after a step told done: the next step of the path leads each jurisdiction's answer. A
    step whose condition the question does not show met (专家初步验收会 for a contract it does not size) is passed
    over; findings
    are left as they are when no step of the path is completed by the event told."""
    # (初验做完了。 "Our quality supervision registration is done.": a step told done, asking nothing, is answered with
    # what comes next, as 接下来呢 is)
    # (the message as typed: a statement the reader has read as "what next?" is still told only)
    told_only = any(not re.search(r"[？?]", said) and not any((form := classify(said, q.lang)).scores[k] for k in ("yesno", "info"))
                    and (form.scores["statement"] > 0 or bool(_EN_TOLD_DONE.search(said)))   # (钟楼的项目 contract was signed on …)
                    for said in dict.fromkeys([text, q.text]))
    if q.form == "yesno" or q.form != "info" and not told_only or not (_NEXT.search(text) or told_only) or _FAILED.search(text):
        return findings   # (初验没通过，下一步怎么办: a step failed is fixed and taken again, not followed by the next)
    told = [name for name, _, _ in events_named(text)] + list(_dated(text))   # (the events the question dates too)
    if not told and not any(_said_done(s, text, q.lang) for jid in jids for s in kb.jurisdictions[jid].steps):
        return findings
    out = list(findings)
    for jid in jids:
        steps = [s for s in kb.jurisdictions[jid].steps if evaluate(s.when, q.profile) is True or not s.when]
        # (a step the question names by the text's own name for it, 合同终验, before the event it would be read as)
        said = [i for i, s in enumerate(steps) if _said_done(s, text, q.lang)]
        done = said or [i for i, s in enumerate(steps) if s.done_when in told]
        rules = kb.jurisdictions[jid].deadlines.get("rules", ())
        upon_event = None
        # (终验已完成，上周四提交了上线安全测试申请: a step begun on a day told, beside a step told done without one, is the
        # one the question stands at: its last day leads, not the step after the one told done)
        dated_told = set(_dated(text)) & {name for name, _, _ in events_named(text)}
        if done and any(rule.get("kind", "due") == "due" and set(rule.get("after", ())) & dated_told for rule in rules) \
                and not any(steps[i].done_when in dated_told for i in done):
            done = []
        if not done and told:
            # (合同在市政府采购中心备案通过了: an event no step ends, after which a step falls due; that step comes next)
            # (only an event that stands in for a step's own, as the filing does for the signing: 合同签订后（对于在市政府
            # 采购中心备案的合同，以备案通过为准）; not a request read from "the report came out")
            ends = {s.done_when for s in steps}
            # (a statement alone, or an event given its day, 上线安全测试申请今天递上去了, 申请函今天送到大数据中心了: the step it
            # begins, whose last day it starts)
            # (only an event named by its own words: 上线安全测试报告 came out today is no request read from its characters)
            dated = dated_told
            standing = [rule for rule in rules if rule.get("kind", "due") == "due"
                        and set(rule.get("after", ())) & set(told) and (set(rule.get("after", ())) & ends or told_only
                                                                         or set(rule.get("after", ())) & dated)]
            due = {c["article"] for rule in standing for c in rule.get("citations", ())}
            upon = [i for i, s in enumerate(steps) if any(c.article in due for c in s.citations)]
            # (of the steps citing the article, the one whose own sentence the rule counts: 文登 第三十五条 holds both the
            # 初验 and the centre's 5 working days after the request)
            quotes = [c["quote"] for rule in standing for c in rule.get("citations", ())]
            upon = [i for i in upon if any(c.quote[:8] in q or q[:8] in c.quote for c in steps[i].citations for q in quotes)] or upon
            done = [upon[0] - 1] if upon and upon[0] > 0 else []
            upon_event = next((e for rule in standing for e in rule["after"] if e in told), None)
        if not done or done[-1] + 1 >= len(steps):
            continue
        after = steps[done[-1] + 1:]
        if _FILING_ASKED.search(text):   # the next filing, not the work that goes on meanwhile
            filed = {c["article"] for rule in rules for c in rule.get("citations", ())}
            after = [s for s in after if any(c.article in filed for c in s.citations)] or after
        # (龙岗：合同签了，接下来呢: the filing due within days of the signing, before the monthly reports that go on)
        # (not the last day of a window months long: 文登 试运行3个月以后、6个月以内 comes after the 初步核验 due first)
        due_upon = {c["article"] for rule in rules if steps[done[-1]].done_when in rule.get("after", ())
                    and rule.get("kind", "due") == "due" and (rule.get("period") or {}).get("months", 0) <= 1
                    for c in rule.get("citations", ())}
        # a filing that recurs from the event on (深圳 质量监督登记完成后，每季度首月5日前报送): due beside the work that goes on
        recurring = [rule for rule in rules if rule.get("kind", "due") == "due"
                     and steps[done[-1]].done_when in ((rule.get("during") or {}).get("from") or ())]
        # (the step told done may carry that filing itself: 签订承建合同，10个工作日内备案)
        # (a later step carrying it first: 文登 采购合同签完了 is followed by its filing, not by the procurement that signed it)
        after = [s for s in after if any(c.article in due_upon for c in s.citations)] \
            or [s for s in [steps[done[-1]]] if any(c.article in due_upon for c in s.citations)] or after
        step, event = after[0], upon_event or steps[done[-1]].done_when
        name = _said_done(steps[done[-1]], text, q.lang) if said else ALL_EVENTS[event][0 if q.lang == "zh" else 1]
        days = _days_of_next(kb, jid, event, step, text)   # (初验昨天做完了: from when the 终验 may be applied for)
        when = "".join(due_line(d, q.lang) + t("dl.stop", q.lang) for d in days)
        own = {c.article for c in step.citations}
        meanwhile = [r for r in recurring if not any(c["article"] in own for c in r.get("citations", ()))]
        also = "".join(t("ans.next_also", q.lang, filing=_title(r, q.lang)) for r in meanwhile)
        lead = Finding(jid, "next_step", "info", when + t("ans.next_step", q.lang, done=name, step=step.title[q.lang]) + also,
                       dedupe([*step.citations, *[Citation(c["doc"], c["article"], c["quote"]) for d in days for c in d.citations
                                                  if c["article"] not in own],
                               *[Citation(jid, c["article"], c["quote"]) for r in meanwhile for c in r.get("citations", ())]]))
        at = next((i for i, f in enumerate(out) if f.jurisdiction == jid), len(out))
        out.insert(at, lead)
    return out


# being done, passed or out, said after what the step yields (初核通过了, 造价审核和专家论证都做完了, 资金审核意见出来了) or before it
# (拿到了立项审批意见); in English around it ("the cost review is finished", "we received the approval opinion")
_DONE_AFTER_ZH = r"[^，,。？?；;!！]{0,8}?(?:通过|做完|完成|搞定|弄完|办完|结束|过了|出来|下来|出了|好了|完了|拿到|收到|下达)"
_DONE_BEFORE_ZH = r"(?:完成|通过|拿到|收到|取得|做完|搞定)了?[^，,。？?；;]{0,6}?"
_DONE_EN = r"(?:passed|done|complete|completed|finished|out|issued|approved|cleared|over)"
_GOT_EN = r"(?:passed|completed|finished|received|got|obtained|cleared)"


def _said_done(step, text: str, lang: str) -> str | None:
    """The words that tell the step done, as the step's name in the answer (合同终验, 初核), or None."""
    lowered = text.lower()
    said = next((w for w in step.done_said.get(lang, ()) if w.lower() in lowered), None)
    if said:
        return said
    for noun in step.done_of.get(lang, ()):
        word = re.escape(noun)
        if lang == "zh" and (re.search(word + _DONE_AFTER_ZH, text) or re.search(_DONE_BEFORE_ZH + word, text)):
            return noun
        if lang == "en" and (re.search(rf"\b{word}\w*\b[^.?;]{{0,30}}?\b{_DONE_EN}\b", text, re.I)
                             or re.search(rf"\b{_GOT_EN}\b[^.?;]{{0,24}}?\b{word}", text, re.I)):
            return noun
    return None


def _title(rule: dict, lang: str) -> str:
    """A deadline rule's title, without the period it is rendered for ({period})."""
    title = (rule.get("title") or {}).get(lang, "")
    return re.sub(r"\s*\{period\}\s*", t("ans.each_period", lang), title)


def _days_of_next(kb, jid: str, event: str | None, step, text: str) -> list:
    """The days the step after the event told is due or open, counted from the day the question gives the event
    (none when it gives none): the deadlines counted from that event, those of the step's own articles first."""
    dated = _dated(text)
    if not event or event not in dated:
        return []
    try:
        # (counted from it, or recurring from it on: 质量监督登记完成后，每季度首月5日前)
        items = [d for d in kb.compute(jid, {event: dated[event]})
                 if d.trigger == event or event in (getattr(d._rule, "during_from", None) or ())]
    except (ValueError, OSError, KeyError):
        return []
    own = {c.article for c in step.citations}
    # (初验上周二过了，申请函当天就交了: the next step already begun, its own last day counted from the event that began it)
    begun = [d for other, day in dated.items() if other != event
             for d in _computed(kb, jid, other, day) if d.kind == "due" and any(c["article"] in own for c in d.citations)]
    if begun:
        return begun[:1]
    items.sort(key=lambda d: not any(c["article"] in own for c in d.citations))
    return items[:1]


def _computed(kb, jid: str, event: str, day) -> list:
    """The deadlines counted from one event alone."""
    try:
        return [d for d in kb.compute(jid, {event: day}) if d.trigger == event]
    except (ValueError, OSError, KeyError):
        return []


def _dated(text: str) -> dict:
    """The events the question gives a day (合同上周五签的, "the trial run ended today")."""
    from ..reader.dated import stated_elapsed, stated_events
    from ..time.workdays import china_today

    today = china_today()
    return {**stated_elapsed(text, today), **stated_events(text, today)}
