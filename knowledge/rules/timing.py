"""Answers that count days: the last (or first) day from a date the question gives, a recurring
filing's day for a period it names, a step that opens some time after an event the question says
has passed, and the order of two steps the question proposes."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from knowledge.lazy_regex import lazy_regex

from ..facts.events import EVENTS
from ..i18n import day as _day
from ..i18n import t
from ..reader.dated import (
    HELD_UP_BY,
    LATE_SAID,
    NEXT_YEARS,
    YEAR_OF_A_MONTH,
    a_year_on,
    after_offset,
    asks_days_left,
    before_then_later,
    dates_past_event,
    due_dates,
    held_up_spans,
    moved_to_weekday,
    named_periods,
    opening_dates,
    periodic_dates,
    proposed_days,
    proposed_spans,
    proposes_day,
    proposes_span,
    stated_delay,
    stated_elapsed,
    stated_events,
    stated_next,
    stated_offset,
    stated_spans,
    still_undone,
    told_done_late,
    without_days,
)
from ..reader.events import (
    events_mentioned,
    events_named,
    merged_steps,
    proposed_order,
    proposed_start,
    put_off_until,
)
from ..reader.form import (
    LEAVE_WORDS,
    asked_plainly,
    asking_clause,
    english_questions,
    intention_stated,
    unreported,
)
from ..reader.period_said import said_period
from ..reader.question import Question
from ..reader.sequence import (
    english_step_words,
    is_doing,
    led_by_first,
    proposed_steps,
    set_orders,
    step_core,
    step_waited_for,
)
from ..reader.topics import detect, lineage
from ..texts.search import tokenize
from ..texts.text import pairs
from .finding import Finding, dedupe
from .model import Citation


def _ruled(d, lang: str) -> str:
    """How the day was counted, in ``lang``; in English the day it gives also as ISO (11 December 2026 (2026-12-11)), the
    form the due-date answers already print, so that the day reads the same in both kinds of answer."""
    rule = d.rule_in(lang)
    if lang == "en":
        said = _day(d.due, lang)
        rule = rule.replace(said, f"{said} ({d.due.isoformat()})", 1)
    return rule

def _day_citations(d) -> list[Citation]:
    """The articles that set a computed day (a last day, an opening, a yearly day), as citations."""
    return [Citation(c["doc"], c["article"], c["quote"]) for c in d.citations]


def _alone(findings: list[Finding], f: Finding, decided: Finding) -> list[Finding]:
    """The findings with ``decided`` in place of ``f``, and the rest of its jurisdiction's gone: the
    timing is what was asked, and a finding on the same step that ignores it would contradict it."""
    return [decided if g is f else g for g in findings if g is f or g.jurisdiction != f.jurisdiction]


# how many days after the event a step the text wants done at once (立即) is not plainly late: the text gives none
_AT_ONCE_DAYS = 3


def _against_last_day(p1, p2, first_due, last_due) -> str:
    """A day (or the days p1 to p2) against a last day (counted from the event's first and last day):
    past it for every day no, within it for every day yes, else it depends."""
    return "no" if p1 > last_due else "yes" if p2 <= first_due else "conditional"


def _days_left(due, lang: str) -> str:
    """From today to ``due``: the calendar days and the working days among them (today not counted), or the days
    it is past."""
    from ..time.workdays import china_today, is_workday

    today = china_today()
    if due < today:
        return t("ans.days_past", lang, days=(today - due).days)
    workdays = sum(1 for n in range(1, (due - today).days + 1) if is_workday(today + timedelta(days=n)))
    return t("ans.days_left", lang, days=(due - today).days, workdays=workdays)


def due_line(d, lang: str) -> str:
    """A deadline's day as ISO and how it was counted in words: 最晚2026-12-11（…）, 最早2027-03-05（…）."""
    return t("ans.open_from" if d.kind == "opens" else "ans.due_by", lang, due=d.due.isoformat(),
             rule=d.rule_in(lang).rstrip(t("dl.stop", lang)))


def with_due_dates(findings: list[Finding], q: Question, dates_for, lead_key: str, asked_day=None) -> list[Finding]:
    """"合同4月30日签的，质量监督登记最晚哪天", "2026年三季度的质量季报最晚哪天报": the computed last
    day (``dates_for(finding)``, the deadlines it cites first), with how it was counted. With ``asked_day`` (是不是今天
    就到期了), a yes/no question's verdict says whether the last day counted is that day."""
    out = []
    left = asks_days_left(q.reading or q.text)   # (还剩几天: the days from today to each last day, said too)
    dues = {id(f): dates_for(f) if f.verdict in ("info", "yes", "not_specified") else [] for f in findings}
    # (系统试运行11月18号结束，初验最晚哪天: the day counted from the event the question dates answers, not a day of each
    # year another finding's article sets, 每年11月30日前; that finding comes first in its jurisdiction)
    counted = {f.jurisdiction for f in findings if any(d.trigger is not None for d in dues[id(f)])}
    for f in findings:
        if f.jurisdiction in counted:
            dues[id(f)] = [d for d in dues[id(f)] if d.trigger is not None]
    # (质量监督登记上个月办完了，下一次季度报送最晚哪天: the finding with the day asked comes first in its jurisdiction)
    dated = {f.jurisdiction for f in findings if dues[id(f)]}
    order = list(dict.fromkeys(f.jurisdiction for f in findings))
    findings = sorted(findings, key=lambda f: (order.index(f.jurisdiction), f.jurisdiction in dated and not dues[id(f)]))
    for f in findings:
        if f.verdict in ("info", "yes", "not_specified"):
            due = dues[id(f)]
            if due:
                lang = q.lang
                lines = [(t("ans.due_by_other", lang, due=d.due.isoformat())   # (合同11月20号或者23号签的: the other day, said short)
                          if i and d.key == due[0].key and d.trigger == due[0].trigger and d.due != due[0].due else due_line(d, lang))
                         + (_days_left(d.due, lang) if left and d.kind == "due" else "")
                         + (t("ans.provisional", lang) if d.provisional else "") for i, d in enumerate(due[:2])]
                lead = t(lead_key, lang, items=t("ans.item_sep", lang).join(lines))
                extra = [Citation(c["doc"], c["article"], c["quote"]) for d in due[:2] for c in d.citations]
                verdict = "info" if f.verdict == "not_specified" else f.verdict
                if asked_day is not None and q.form == "yesno" and due[0].kind == "due":
                    verdict = "yes" if due[0].due == asked_day else "no"
                f = replace(f, verdict=verdict, summary=lead + f.summary, citations=dedupe([*f.citations, *extra]),
                            read=f.read or asked_day is not None)
        out.append(f)
    return out


def with_order(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """"先试运行再做初验，这个顺序行吗": where the text sets the two steps the other way round (龙岗:
    初验 before the trial run), the proposed order is not allowed."""
    order, merged = proposed_order(text), None
    if not order:
        # 初验和竣工验收能不能合成一次开: a step to be passed before another, asked to be held as one with it
        merged = merged_steps(text)
        if not merged or not merged[0].endswith(("_passed", "_accepted")):
            return findings
        order = merged[::-1]   # (the later step first: held as one, it does not wait for the earlier)
    first, then = order
    out, done = [], set()
    # the finding on a step asked (security_test for the security test's request) answers first
    findings = sorted(findings, key=lambda f: not (f.topic in first or f.topic in then))
    for f in findings:
        if f.jurisdiction not in done and f.verdict in ("yes", "info", "conditional", "no"):
            try:
                rules = kb.deadline_rules(f.jurisdiction)
            except (ValueError, OSError):
                rules = None
            if rules is not None and first in rules.later.get(then, ()):
                lead = t("ans.order_merged" if merged else "ans.order_reversed", q.lang,
                         first=t(f"event.{first}", q.lang), then=t(f"event.{then}", q.lang))
                # 项目初验结束3月后…提交终验申请: a time the text sets between the two, said and quoted
                gap = next((r for r in rules.rules if merged and r.kind == "opens" and r.schedule == "after"
                            and then in r.trigger), None)
                if gap is not None:
                    lead += t("ans.order_gap", q.lang, title=gap.titles()[1 if q.lang == "en" else 0])
                    f = replace(f, citations=dedupe([*f.citations, *(Citation(f.jurisdiction, c["article"], c["quote"]) for c in gap.citations)]))
                f = replace(f, verdict="no", summary=lead + f.summary)
                done.add(f.jurisdiction)
                out.append(f)
                continue
        if f.jurisdiction not in done:   # the order is what was asked: other findings would contradict it
            out.append(f)
    return out


def _said_step(words: str) -> str:
    """A step as the question said it, without the asking words before it (": can we hold the initial acceptance"),
    the place it is in (龙岗的) or a copula after it (第三方验收测评是在…之前做的吧)."""
    step = _ASKING_BEFORE.sub("", words).strip(" ，,。.?？") or words
    step = re.sub(r"^[\u4e00-\u9fff]{2,3}(?:市|区)?(?:的|这边|那边)(?=[\u4e00-\u9fff]{2})|^[\u4e00-\u9fff]{2,6}项目(?=[\u4e00-\u9fff]{2})|^[A-Z][a-z]+:\s*", "", step)
    return re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:是|都是|也是|要|得)$|,?\s*(?:right|correct)$|\s+(?:is|are) (?:done|held|carried out|made)$", "", step, flags=re.I) or step


_ASKING_BEFORE = lazy_regex(r"^[\s:：,，.;；—–-]*(?:(?:can|could|may|should|must|do|shall|would) (?:we|i|they|you)\s+(?:still\s+|just\s+)?"
                            r"|(?:能不能|能否|可不可以|可否|可以|是否可以|想|打算|准备)\s*)?", re.I)


def with_stated_order(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"能否先实施再向区信息化主管部门报告", "push the security assessment to after final acceptance":
    where a sentence of an article a finding cites sets the two steps the other way round (报…审核后方可
    实施; 在项目验收前完成…等级保护测评), the proposed order is not allowed, and that sentence is quoted.
    A jurisdiction none of whose findings cites such an article is looked up in the articles the
    question's words rank best."""
    steps = proposed_steps(text)
    if not steps:
        return None
    first, then = steps
    open_ = ("yes", "info", "conditional", "no", "not_specified")

    # a step waited for (质量监督登记等开工令下了再弄): the order answers only the finding on the step put off
    # 先X with a wait inside the later step: the 先 order is what is asked, unless the wait is for X itself
    # (先做合同终验，上线安全测试等终验完了再申请: both say the same order)
    led, wait = led_by_first(text), step_waited_for(text)
    waited = wait is not None and (not led or _same_step(kb, wait, first))
    # (问题等验收后再整改: a step put off that names no topic leaves every finding to be answered)
    put_off = (_topics_of(kb, then) or None) if waited else None

    def against(f: Finding, labels) -> Finding | None:
        found = _reversed_in(kb, f.jurisdiction, labels, first, then) \
            if f.verdict in open_ and (put_off is None or _about(kb, f.topic, put_off)) else None
        if not found:
            return None
        label, sentence = found
        said = sentence if f.verdict == "not_specified" else f.summary   # "未作规定" would deny the sentence
        return replace(f, verdict="no", summary=t("ans.order_set", q.lang, first=_said_step(first), then=_said_step(then)) + said,
                       citations=dedupe([Citation(f.jurisdiction, label, sentence), *f.citations]))

    out = [against(f, [c.article for c in f.citations]) for f in findings]
    changed = {o.jurisdiction for o in out if o}
    if not changed and wait is not None:   # 先做初验，测评等试运行期间再做: the text's own order
        kept = _in_text_order(kb, findings, first, then, q)
        if kept is not None:
            return kept
    # (else the articles the question's words rank best may set the order the other way: 先开竣工验收会，上线安全测试
    # 等验收完再补 against 通过上线安全测试…后，组织专家竣工验收会)
    for i, f in enumerate(findings):
        if f.jurisdiction not in changed:
            best = [h.label for h in kb.index.search(tokenize(text), [f.jurisdiction], k=3)]
            out[i] = against(f, best)
            changed |= {f.jurisdiction} if out[i] else set()
    if not changed:
        return None
    # the order is what was asked: a jurisdiction's other findings would contradict its answer
    return [o or f for o, f in zip(out, findings, strict=True) if o or f.jurisdiction not in changed]


def _topics_of(kb, step: str) -> set[str]:
    """The topics a step names, with the broader ones they belong to."""
    return {k for key in _narrow(kb, detect(step, kb.topics)) for k in lineage(key, kb.topics)}


def _about(kb, topic: str, keys: set[str]) -> bool:
    """Is a finding's topic one of these, a narrower one (验收前质量监督查询 under 竣工验收), or one they cover?"""
    family = set(lineage(topic, kb.topics))
    return bool(family & keys) or any(family & set(kb.topics[k].covers) for k in keys if k in kb.topics)


def _in_text_order(kb, findings: list[Finding], first: str, then: str, q: Question) -> list[Finding] | None:
    """等初验通过了再申请竣工验收，可以吗: waiting for the step the text itself puts first is its own order,
    so the proposal is allowed, and the sentence that sets the order is quoted."""
    put_off = _topics_of(kb, then)
    out, changed = [], set()
    for f in findings:
        # only the finding on the step put off is answered by the order (not the step waited for)
        found = _reversed_in(kb, f.jurisdiction, [c.article for c in f.citations], then, first, strict=True) \
            if f.verdict in ("no", "yes", "conditional") and _about(kb, f.topic, put_off) else None
        if found:
            label, sentence = found
            f = replace(f, verdict="yes", summary=t("ans.order_kept", q.lang, first=first, then=then) + f.summary,
                        citations=dedupe([Citation(f.jurisdiction, label, sentence), *f.citations]))
            changed.add(f.jurisdiction)
        out.append(f)
    if not changed:
        return None
    # the order is what was asked: a jurisdiction's other findings would contradict its answer
    return [f for f in out if f.jurisdiction not in changed or f.verdict == "yes"]


def _reversed_in(kb, jid: str, labels, first: str, then: str, strict: bool = False) -> tuple[str, str] | None:
    """(article, sentence) among ``labels`` that puts ``then`` before ``first``: in one sentence, or
    through a step between them in two sentences of the article (通过合同初步验收后，项目投入试运行。
    试运行过程中…第三方验收测评), both then quoted."""
    found = []   # (how surely the sentence names the two steps, its place, article, sentence)
    for label in dict.fromkeys(labels):
        article = kb.article(jid, label)
        orders = [(b, a, s.strip()) for s in re.split(r"[。；;]", article.text if article else "") for b, a in set_orders(s)]
        for before, after, sentence in orders:
            # (strict: the step named the very one of the text, 合同终验 for 合同终验, not 竣工验收 of the same family)
            if _same_step(kb, then, before) and _step_score(kb, first, before) < _step_score(kb, then, before) \
                    and (not strict or not _other_acceptance(then, before)):
                if _same_step(kb, first, after):
                    found.append((_step_score(kb, then, before) + _step_score(kb, first, after), -len(found), label, sentence))
                    continue
                for b2, a2, s2 in orders:   # then < step, step < first
                    if s2 != sentence and _same_step(kb, after, b2) and _step_score(kb, then, a2) < _step_score(kb, first, a2):
                        return label, _span(article.text, sentence, s2)
    # (the sentence that names both steps most surely: 招标前要将建设方案提交… over 未通过审核的项目…不予安排招标)
    return max(found)[2:] if found else None


def _other_acceptance(one: str, two: str) -> bool:
    """Do two steps name the two acceptances a text keeps apart (开竣工验收会 against 合同终验), which a topic joins?"""
    return ("竣工" in one) != ("竣工" in two) and ("合同" in one) != ("合同" in two)


def _span(text: str, one: str, two: str) -> str:
    """The text from the first of two sentences to the end of the other, verbatim (the later one alone if far apart)."""
    (a, x), (b, y) = sorted([(text.find(one), one), (text.find(two), two)])
    return text[a:b + len(y)] if b + len(y) - a <= 200 else y


_GENERIC_PAIRS = {"项目", "单位", "建设", "进行", "完成", "工作", "部门", "应当", "需要", "相关", "有关", "政府", "区政", "市政"}   # (区政府: the body, no step)


def _same_step(kb, phrase: str, part: str) -> bool:
    return _step_score(kb, phrase, part) > 0


def _narrow(kb, keys: list[str]) -> set[str]:
    """A step's topics without the broad subjects that cover several (测试: third-party testing, the
    security test, …) when a narrower one is named: 第三方验收测评 is not the 上线安全测试."""
    narrow = {k for k in keys if not kb.topics[k].covers}
    return narrow or set(keys)


def _step_score(kb, phrase: str, part: str) -> int:
    """How surely a phrase of the question names the step a part of the text names: 2 for a topic
    in common, 1 for one the other's parent (acceptance for 初步验收), else, in Chinese, 2 for the
    telling word pairs of a short phrase (实施, 开工); 0 for none."""
    def family(keys) -> set[str]:
        return {k for key in keys for k in lineage(key, kb.topics)}
    mine, theirs = _narrow(kb, detect(phrase, kb.topics)), _narrow(kb, detect(part, kb.topics))
    if mine & theirs:
        return 2
    if mine & family(theirs) or family(mine) & theirs:
        return 1
    core = step_core(phrase)
    if is_doing(phrase):   # 先干着回头再报: getting on with the work itself
        return 1 if re.search(r"实施|施工|建设|开工", part) else 0
    if len(core) == 1 and not core.isascii():   # 先停了再报: one verb, a weak sign
        return 1 if core in part else 0
    if phrase.isascii():   # "send it for review": the texts' words for the step it names
        words = english_step_words(phrase)
        return 1 if any(w in part for w in words) else 0
    # 补报审核 names the review: what is made up for, and the sending, say nothing of which step
    phrase = re.sub(r"^(再|去|后)?(补办|补做|补交|补)?(报|提交|送)?(?=[\u4e00-\u9fff]{2})", "", phrase)
    telling = {p for p in pairs(phrase) if not p.isascii()} - _GENERIC_PAIRS
    held = {p for p in telling if p in part}
    if telling and len(held) >= min(2, len(telling)):
        return 2
    # 上传移交 against 源代码移交情况: one rare word of the step (移交), not a word every article uses
    return 1 if any(kb.index.used(p) and kb.index.weight(p) >= 3.5 for p in held) else 0


IN_TIME = lazy_regex(r"在[^，,。？?]{0,6}?(时间窗口|窗口期)(内|里|之内|中)|(还)?算(是)?(按时|及时|准时|合规|符合规定)|(还|仍)?(算)?在(规定|要求)?的?(时间|期限|时限)(内|之内|范围内|里)|(还|仍)在[^，,。？?]{1,10}?的(时间|期限|时限)(内|之内|范围内|里)|\b(within|inside) the ([\w-]+ )?(deadline|time limit|limit|window|period)\b|按时吗|及时吗|还来得及|来得及吗|赶得上吗|还赶得上|赶得及吗|还(合规|符合规定)(吗|么|不)|(?<![A-Za-z])(in time|on time)(?![A-Za-z])", re.I)   # (还算on time吗: no word boundary after 算)
OVERDUE = lazy_regex(r"(?:会不会|是不是|是否|有没有|会)超(?:过|出)?了?[^，,。？?%％]{0,8}?(?:个月|天|日|周|年|期限|时限|时间)|超(?:过|出)了?[^，,。？?%％]{0,8}?(?:个月|天|日|周|年)了?(?:吗|么|没|没有)"
                     r"|(?:(?<!通)(?<!超)(?<!(?<!已)经)过了|错过了?)(?:报送|申报|提交|备案|登记|上报|申请|办理|规定)?的?(?:时间|日子|日期|截止日期?|截止时间|截止日)(?!内|之内|以内)|超期|过期|逾期|超时|晚了|晚没晚|晚了没|迟没迟|算(不算)?晚|算(?:不算)?迟(?:交|报)?|迟不迟|" + LATE_SAID + r"|晚不晚|会不会晚|是不是晚|来不及|迟了|过(了)?(期限|时限)|超出(了)?(时间|期限|时限|规定(的)?(时间|期限))|超过(了)?(期限|时限|规定(的)?(时间|期限))|overdue|too late|\blate\b(?![- ](?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)|past (the|its|their|our) (own )?(deadline|time limit)"
                     # "Have we missed the deadline?", "Have they run past their own review time limit?", "supposed to act sooner?"
                     r"|\b(miss|missed|missing|run past|ran past|gone past|go past|exceed\w*|overr?un|overran|blown|blew|breach\w*) (its|their|the|our|his|her|that|this|a|any)( own)?( [\w-]+){0,2} (deadline|time limit|limit|window)\b"
                     r"|\b(beyond|outside|over|past) (its|their|the|our|his|her|that|this|a|any)( own)?( [\w-]+){0,2} (deadline|time limit|limit)\b"   # ("is that beyond the time limit")
                     # ("has the quality registration window already closed", "has the deadline passed")
                     r"|\b(window|deadline|time limit)\s+(has\s+|had\s+|is\s+|was\s+)?(already\s+)?(closed|passed|gone|expired|run out|lapsed)\b"
                     r"|\b(has|had|is|was)\s+(the|our|its|that|this)\s+([\w-]+\s+){0,3}(window|deadline|time limit)\s+(already\s+)?(closed|passed|gone|expired|run out|lapsed)\b"
                     r"|\b(supposed to|should have|ought to have) [^.?]{0,30}\b(sooner|earlier|faster)\b"
                     r"|\b(have|has|did) (we|i|they|you|it) (already )?miss(ed)? (it|that|this|the boat)\b", re.I)   # ("… it's Dec 5. have we missed it")
# 没超期吧, not overdue, right: the in time asked to be confirmed
NOT_OVERDUE = lazy_regex(r"(?<![算会])(没|没有|未|不)(会|至于|算)?(超期|过期|逾期|超时|晚)|\b(not|isn't|aren't|wasn't) (\w+ )?(overdue|late|too late)\b", re.I)


def _by_last_day(kb, findings: list[Finding], events: dict, decide) -> list[Finding] | None:
    """The last day the text sets for the step from the events, settling the finding on that step
    (initial_acceptance for the initial acceptance's last day) by ``decide(finding, due)``; what was
    asked is that day, so the jurisdiction's other findings, which would only contradict it, go.
    None when no finding has such a day."""
    # a recurring filing (the quarter's reports) has no event of the question's to be late from
    found = [(f, [d for d in due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations})
                  if d.trigger in events]) for f in findings]
    out, any_decided = findings, False
    # each jurisdiction its own (合同签完两个月了，任务书现在补上还算按时吧, asked of every text that times it)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        for f, due in sorted([x for x in found if x[0].jurisdiction == jid], key=lambda x: not any(x[0].topic in d.key for d in x[1])):
            if due and f.verdict in ("yes", "no", "info", "conditional"):
                out, any_decided = _alone(out, f, decide(f, due[0])), True
                break
    return out if any_decided else None


def with_overdue(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"试运行结束都四十天了才准备初验，这算超期了没": the time the question says has passed, against
    the last day the text sets for the step. None when the question asks no such thing."""
    from ..time.workdays import china_today

    # 现在补还算按时吗, 没超期吧: in time is the yes
    # (合同签了45天，现在才去备案，可以吗: doing it now, leave asked, is asked in time)
    in_time = bool(NOT_OVERDUE.search(text)) or not OVERDUE.search(text) and bool(IN_TIME.search(text) or _NOW_LEAVE.search(text))
    # (asked only by doing it now: a step not yet late may still be too early, which the opening days answer)
    now_only = in_time and not NOT_OVERDUE.search(text) and not IN_TIME.search(text)
    if not (OVERDUE.search(text) or in_time):
        return None
    asked = [f for f in findings if f.verdict in ("yes", "no") and f.topic != "scope"]   # (whether the text covers it times nothing)
    asking = english_questions(text) if q.lang == "en" else asking_clause(text)
    if _asks_late(text) and _late_is_asked(asking) and not in_time and asked and all(_untimed(kb, f) for f in asked):
        # 上线8个月了还没做后评价，超期了吗: a step the text sets no time for cannot be late
        return [replace(f, verdict="not_specified", summary=t("ans.no_time_limit", q.lang) + f.summary) if f in asked else f
                for f in findings]
    today = china_today()
    events = stated_elapsed(text, today)
    if events and all(day == today for day in events.values()) and stated_events(text, today):
        events = {}   # (合同11月20号签的…今天报过去: 今天 is when the step is taken, the dated event is the signing)
    dated = False
    # (可研11月25日正式受理，审核超期了吗: late asked of the one day given, with no day of its own, is asked today)
    if not events and (_NOW.search(text) or still_undone(text) or OVERDUE.search(asking) and not in_time) \
            and _days_counted_from_only(kb, findings, text, today) and stated_delay(text, today) is None:
        events = stated_events(text, today)   # 合同上个月20号签的，现在去补登记还算按时吧: the day dated, against today
        dated = True   # (a day given, not a time gone by counted back: "By the dates given")
    if not events or (stated_delay(text, today) or today) > today \
            or (proposes_day(text) or _SOON_DAY.search(text)) and (stated_next(text, today) or today) > today \
            or _asks_late(text) and stated_spans(text, today)[:1] and all(s[0] > today for s in stated_spans(text, today)):
        # (合同上周五签的，12月14日才报备案，晚了没: the one day said is still to come, the day asked of)
        # (上周五签的，下周再去登记来得及吗; 合同上周一签的，下周五再去报备案; 打算下周四去办: the day proposed is next week's, not today)
        return None

    def decide(f: Finding, d) -> Finding:
        late = today > d.due
        key = ("ans.overdue_yes" if late else "ans.overdue_no") + ("_dated" if dated else "")
        lead = t(key, q.lang, event=t(f"event.{d.trigger}", q.lang), since=_day(events[d.trigger], q.lang),
                 rule=_ruled(d, q.lang), today=_day(today, q.lang))
        extra = _day_citations(d)   # the article that sets the last day
        verdict = ("no" if late else "yes") if in_time else ("yes" if late else "no")
        # 合同签了7个工作日了，还算按时吗: late from the signing; a contract filed with the procurement centre counts from
        # the filing's approval (以备案通过为准), which the question does not say, so the answer says so
        first = next(iter(d.starts), d.trigger)
        if late and first != d.trigger and first not in events:
            lead += t("ans.other_start_unstated", q.lang, event=t(f"event.{first}", q.lang))
        return replace(f, verdict=verdict, summary=lead + f.summary, citations=dedupe([*extra, *f.citations]))
    lates: list[bool] = []

    def noting(f: Finding, d) -> Finding:
        lates.append(today > d.due)
        return decide(f, d)
    decided = _by_last_day(kb, findings, events, noting)
    if decided is not None and not any(lates) and in_time:
        decided = [_too_early(kb, f, events, today, q) if f not in findings else f for f in decided]
    if decided is None or now_only and not any(lates):
        return None
    # 试运行结束一周，下周组织初验，还在期限内吧 (no place named): a text that sets the step no time cannot say it is in time
    timed = {f.jurisdiction for f in decided if f not in findings}

    return [replace(f, verdict="not_specified", summary=t("ans.no_time_limit", q.lang) + f.summary)
            if f.jurisdiction not in timed and f.verdict in ("yes", "no") and _untimed(kb, f) else f for f in decided]


# a step said to be taken on its day, late or not (10月16号才去报备案，算晚了吗; "was that late"): no day the count runs from
_STEP_DATED = lazy_regex(r"才|算(?:不算)?晚|晚了吗|\b(?:was|were) (?:that|it|this|we|they) late\b", re.I)


def _days_counted_from_only(kb, findings: list[Finding], text: str, today) -> bool:
    """Does the question say one day at most, or only days of events a count runs from (signed 16 November, the filing
    approved on 3 December, "has the deadline passed?"), so that late is asked today? Not where the step itself is dated
    ("registered on 15 October, was that late?"): an event some rule is done by, or a step told as taken on its day."""
    spans = stated_spans(text, today)
    if not spans[1:]:
        return True
    dated = stated_events(text, today)
    done = {r.done_by for f in findings for r in kb.deadline_rules(f.jurisdiction).rules if getattr(r, "done_by", None)}
    return all(s[0] == s[1] and s[0] in dated.values() for s in spans) and not done & set(dated) and not _STEP_DATED.search(text)


def _late_is_asked(asking: str) -> bool:
    """Is being late itself what the asking clause asks (超期了吗, 算不算晚, "Have we missed a deadline?"), not a fact it
    asks something of (严重逾期要报告吗)?"""
    for m in OVERDUE.finditer(asking):
        before, after = asking[:m.start()], asking[m.end():]
        if re.match(r"\s*了?\s*(吗|么|嘛|没有?|不|吧|呢)?\s*[？?]?\s*$", after) or re.search(r"(是否|是不是|有没有|算不算|会不会|算)\s*$", before) \
                or re.search(r"\b(have|has|had|did|are|is|were|was)\s+(we|they|it|you|i)\b", before, re.I):
            return True
    return False


def _untimed(kb, f: Finding) -> bool:
    """Does no time limit of the text cite the finding's articles? (文登's 试运行3个月以后、6个月以内 times the acceptance,
    though it opens rather than closes.)"""
    arts = {c.article for c in f.citations}
    return not any({c["article"] for c in r.citations} & arts for r in kb.deadline_rules(f.jurisdiction).rules)


def _too_early(kb, f: Finding, events: dict, today, q: Question) -> Finding:
    """试运行才两个月，现在就申请竣工验收，来得及吗: not late, but the step opens only later (满3个月后), so not yet."""
    arts = {c.article for c in f.citations}
    opened = [d for d in opening_dates(kb.deadline_rules(f.jurisdiction), events)
              if d.trigger in events and not d.lower_bound and {c["article"] for c in d.citations} & arts and today < d.due]
    if not opened:
        return f
    d = opened[0]
    lead = t("ans.offset_too_early", q.lang, event=t(f"event.{d.trigger}", q.lang), since=_day(events[d.trigger], q.lang),
             rule=_ruled(d, q.lang), proposed=_day(today, q.lang))
    return replace(f, verdict="no", summary=lead + f.summary, citations=dedupe([*_day_citations(d), *f.citations]))


def _deadline_citing(kb, f: Finding, wanted):
    """The first deadline rule counted from events that cites one of the finding's articles and is
    ``wanted``; None if there is none."""
    cited = {c.article for c in f.citations}
    return next((r for r in kb.deadline_rules(f.jurisdiction).rules
                 if isinstance(getattr(r, "trigger", None), tuple) and cited & {c["article"] for c in r.citations}
                 and wanted(r)), None)


# what a superior said (科长说等验收的时候一起交就行): not the asker's own plan
_SUPERIOR_SAYS = lazy_regex(r"(科长|处长|主任|局长|领导|老板|经理|组长|部长)(都|也)?(说|讲|觉得|认为)")


def with_put_off(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"中标通知书和合同能不能等项目完工再报备", "put off filing the task book until the system goes
    live": a filing due within a time of an earlier event (签订合同后10个工作日内) is late by the later
    stage the question puts it off to. None when nothing is put off to a stage, or no cited filing has
    a time from an earlier event."""
    put = put_off_until(text)
    if put is None or put[1] not in EVENTS:
        return None
    step, later = put
    order = list(EVENTS)
    named = {k for key in detect(step, kb.topics) for k in lineage(key, kb.topics)}
    own = [s for s in re.split(r"[。？?！!]", unreported(text)) if s.strip()]
    if not named and own and put_off_until(own[-1]) and not _SUPERIOR_SAYS.search(own[-1]):
        # 合同复印件还没报备案，打算等验收前一起报: the step put off is the one the asker names before, in the
        # sentence that asks (not 科长觉得…等验收的时候一起交就行。…是不是要立即报备案？)
        named = {k for key in detect(text, kb.topics) for k in lineage(key, kb.topics)}
    out, late = [], set()
    for f in findings:
        if f.topic not in named:   # the filing put off, not another the question's words reach
            out.append(f)
            continue
        due = _deadline_citing(kb, f, lambda r: getattr(r, "kind", None) == "due"
                               and all(e in order and order.index(e) < order.index(later) for e in r.trigger))
        if due is None:
            out.append(f)
            continue
        # (the event the text counts from for this project: the contract's filing only where the question names it)
        named_events = {name for name, _, _ in events_named(text)}
        counted = next((e for e in due.trigger if e in named_events), due.trigger[-1])
        lead = t("ans.put_off_late", q.lang, later=t(f"event.{later}", q.lang), event=t(f"event.{counted}", q.lang))
        out.append(replace(f, verdict="no", summary=lead + f.summary))
        late.add(f.jurisdiction)
    # the filing put off is what was asked: its jurisdiction's findings on other steps of the same part would only
    # contradict it (another part of the question, 另外质保期最少几年, keeps its answer)
    part = {k for p in q.parts if named & set(p) for k in p} or None
    return [f for f in out if f.jurisdiction not in late or f.topic in named or (part is not None and f.topic not in part)] if late else None


# 晚一个星期再传行不行, 拖几天交可以吗, "a week late", "a few days late": the step proposed past the time the text sets
_LATE_PROPOSED = lazy_regex(r"(?:晚|迟|拖|推迟|延后|延迟|往后推|往后拖)(?:上|个)?(?:一|两|二|三|几|半|\d+)(?:个)?(?:天|日|周|星期|个星期|月|个月|工作日|个工作日)"
                            r"|\b(?:a|one|two|three|a few|few|several|\d+)\s+(?:day|days|week|weeks|month|months)\s+(?:late|after the deadline)\b"
                            r"|\b(?:a bit|slightly|a little) late\b|\bafter the deadline\b|\bpast the deadline\b", re.I)
_LIMIT_SAID = lazy_regex(r"\d+\s*个?(?:工作日|日|天)(?:内|以内|之内)|月\s*\d+\s*日前|\d+\s*日前|之前|以前|截止|按时")
_LEAVE_ASKED = lazy_regex(r"行不行|行吗|可以吗|可不可以|能不能|能否|可否|行不|可以不|没问题吧|没事吧|\b(?:ok|okay|fine|allowed|acceptable|alright)\b|\b(?:can|could|may) (?:we|i)\b", re.I)


def with_late_proposed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"季度资料晚一个星期再传行不行", "can we file the quarterly report a few days late?": leave to do a step later than
    the time the text sets for it is not given; each jurisdiction's first finding that quotes that time answers no. None
    when no lateness is proposed or no finding quotes a time."""
    if q.form != "yesno" or not _LATE_PROPOSED.search(text) or not _LEAVE_ASKED.search(text) or q.negated:
        return None
    out, done = [], set()
    for f in findings:
        if f.jurisdiction not in done and f.verdict in ("yes", "info", "conditional") and any(_LIMIT_SAID.search(c.quote) for c in f.citations):
            out.append(replace(f, verdict="no", summary=t("ans.late_not_allowed", q.lang) + f.summary))
            done.add(f.jurisdiction)
        else:
            out.append(f)
    return out if done else None


_DENIED_BEFORE = lazy_regex(r"(?:没有|没|未|不是|并未|不)(?:在|到|去|向|经|于|经过)?[^，,。？?；;没未不]{0,8}$|\b(?:not|never)\s+(?:\w+\s+){0,4}$", re.I)


def with_start(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"合同在采购中心备案的，5个工作日从签合同那天开始算对吧", "count from the filing approval instead
    of the signing date?": the event the question proposes to count from, against the one the text counts
    from for this project (of the events a deadline may start from, the first the question names, as
    备案通过 for a filed contract; else the text's default). None when no start is proposed."""
    start = proposed_start(text)
    if start is None:
        return None
    # (合同没在市政府采购中心备案: an event denied is not the project's case)
    named = {name for name, at, _ in events_named(text) if not _DENIED_BEFORE.search(text[max(0, at - 10):at])}
    out, changed = [], False
    for f in findings:
        rule = _deadline_citing(kb, f, lambda r: start in r.trigger)
        if rule is None:
            out.append(f)
            continue
        counted = next((e for e in rule.trigger if e in named), rule.trigger[-1])
        lead = t("ans.counted_start", q.lang, event=t(f"event.{counted}", q.lang))
        out.append(replace(f, verdict="yes" if counted == start else "no", summary=lead + f.summary))
        changed = True
    return out if changed else None


# a limit asked of the text, not a day proposed: "does X have to be done within 5 working days after …?"
_LIMIT_ASKED = lazy_regex(r"\b(?:does|do|is|are|must)\b[^.?]{0,60}\b(?:have|has|need|needs) to be\b[^.?]{0,40}\bwithin\b"
                          r"|\bmust\b[^.?]{0,40}\bbe\b[^.?]{0,30}\bwithin\b", re.I)


def with_delay(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"合同这周一刚签，质量监督登记想拖一个月再办，行不行": the day the step is put off to, against
    the last day the text sets for it from the event the question states. None when the question
    proposes no delay or states no event."""
    from ..time.workdays import china_today

    today = china_today()
    said = said_period(q.reading or text)
    if said is not None and (said.wait and said.claim or _LIMIT_ASKED.search(q.reading or text)):
        # ("we can only apply … at least 6 months after the initial acceptance, right?": a wait believed of the text; "does
        # the acceptance group have to be formed within 5 working days after we apply?": the text's limit asked, no delay)
        return None
    offset = stated_offset(text)   # 第8个工作日再去登记: counted from the event, not from today
    proposed = stated_delay(text, today) if offset is None else None
    if proposed is None and offset is None:
        return None
    if offset is None and proposed_days(text, today) is not None:
        return None   # (ended early March, the acceptance around mid to late April, "so ~45 days later": the days said decide)
    events = stated_elapsed(text, today) or stated_events(text, today)
    assumed = not events
    if not events:   # 试运行结束后，初验能不能拖到40天以后再做: the delay is counted from the event named
        # (every event named: the step put off may be named first, "the quality registration … after signing"),
        # taken as today, and the answer says so
        # ("do the initial acceptance …, and then send in the final application one month later": from the step before "then")
        then = before_then_later(text) if offset is not None else None
        after = re.search(r"\b(?:after|following)\b(.*)$", text, re.I) if offset is not None and not then else None
        # ("the final acceptance application one month after the preliminary acceptance": counted from what follows "after")
        named = (events_named(after.group(1)) if after else []) or (events_named(then)[-1:] if then else []) \
            or events_named(text)
        if not named and after:   # ("two months after the trial operation begins": the event said in plain words)
            named = [(name, 0, 0) for name in events_mentioned(after.group(1))[:1]]
        events = {name: today for name, _, _ in named} or \
            {name: today for name in events_mentioned(text)[:1]}   # "sign the contract now and send … a month later"
    if not events:   # 合同复印件准备一个月以后再报备案: the event the cited step is timed from, taken as today
        events = {r.trigger[0]: today for f in findings for r in kb.deadline_rules(f.jurisdiction).rules
                  if r.kind == "due" and r.schedule == "after" and r.trigger
                  and {c["article"] for c in r.citations} & {c.article for c in f.citations}}
    if not events:
        return None

    week = _VAGUE_WEEK.search(text) and proposed is not None and offset is None
    monday = today + timedelta(days=7 - today.weekday())

    def decide(f: Finding, d) -> Finding:
        day = proposed or after_offset(events[d.trigger], offset)
        if week and monday <= d.due < monday + timedelta(days=4):
            # 下周再去登记: next week runs past the last day; it depends on the day
            lead = t("ans.delay_week_depends", q.lang, event=t(f"event.{d.trigger}", q.lang), since=_day(events[d.trigger], q.lang),
                     rule=_ruled(d, q.lang), first=_day(monday, q.lang), last=_day(monday + timedelta(days=4), q.lang),
                     due=_day(d.due, q.lang))
            return replace(f, verdict="conditional", summary=lead + f.summary, citations=dedupe([*_day_citations(d), *f.citations]))
        if week:
            day = monday   # (the week's first day decides: late even then, or in time all week)
        late = day > d.due
        key = "ans.delay_too_late" if late else "ans.delay_in_time"
        lead = t(key + ("_today" if assumed else ""), q.lang, event=t(f"event.{d.trigger}", q.lang),
                 since=_day(events[d.trigger], q.lang), rule=_ruled(d, q.lang), proposed=_day(day, q.lang))
        # 第8个工作日才去登记，算超期了没: late is the yes
        return replace(f, verdict=("yes" if late else "no") if _asks_late(text) else "no" if late else "yes", summary=lead + f.summary,
                       citations=dedupe([*_day_citations(d), *f.citations]))
    opened_at = _by_first_day(kb, findings, events, offset, assumed, q) if offset is not None else None
    if opened_at is not None and opened_at[1]:
        return opened_at[0]   # (two months after the trial run starts, against 3 months at the earliest: too early)
    decided = _by_last_day(kb, findings, events, decide)
    if decided is not None or offset is None:
        return decided
    return opened_at[0] if opened_at is not None else None


def _by_first_day(kb, findings: list[Finding], events: dict, offset, assumed: bool, q: Question) -> tuple[list[Finding], bool] | None:
    """初验结束一个月后就申请终验: a step some time after its event, against the first day the text lets it be taken;
    with whether it is too early. None when no cited step has a first day counted from the event."""
    found = [(f, [d for d in opening_dates(kb.deadline_rules(f.jurisdiction), events) if d.trigger in events and not d.lower_bound
                  and ({c["article"] for c in d.citations} & {c.article for c in f.citations} or f.topic in d.key)])
             for f in findings if f.verdict in ("yes", "no", "info", "conditional")]
    for f, opened in sorted(found, key=lambda x: not any(x[0].topic in d.key for d in x[1])):   # the step itself first
        if not opened:
            continue
        d = opened[0]
        day = after_offset(events[d.trigger], offset)
        early = day < d.due
        lead = t(("ans.offset_too_early" if early else "ans.offset_opened") + ("_today" if assumed else ""), q.lang,
                 event=t(f"event.{d.trigger}", q.lang), since=_day(events[d.trigger], q.lang), rule=_ruled(d, q.lang), proposed=_day(day, q.lang))
        return _alone(findings, f, replace(f, verdict="no" if early else "yes", summary=lead + f.summary,
                                           citations=dedupe([*_day_citations(d), *f.citations]))), early
    return None


# "the Q2 pack only went up on 18 July, is that acceptable": a filing of a named period done on a day, its leave asked
_DONE_ASKED_OK = lazy_regex(r"\b(is|was) (that|this|it) (acceptable|ok|okay|fine|allowed|alright|compliant)\b", re.I)


def with_proposed_day(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"合同3月5日签的，任务书想5月15日再去平台备案，行吗", "初验10月做完，想11月就把终验也做了，可以吗":
    the day proposed for a step, against the last day the text sets for it and the first day it may
    be taken, counted from the event the question dates. When the question gives only months (or a
    part of one), the verdict holds only if every day of both gives it; else it depends on the days.
    The jurisdiction's other findings, which would only contradict the timing asked, go. None when
    the question proposes no day or no cited step is timed from the event it dates."""
    from ..time.workdays import china_today

    today = china_today()
    said = proposed_days(text, today)
    if said is None:
        return None
    spans, (p1, p2) = said
    early = {e: s[0] for e, s in spans.items()}   # the event as soon as it can have been
    late = {e: s[1] for e, s in spans.items()}
    exact = early == late and p1 == p2

    def timed(f: Finding) -> list[tuple]:
        """(kind, the day counted from the event's first day, … from its last) of each step the finding cites"""
        rules = kb.deadline_rules(f.jurisdiction)
        arts = {c.article for c in f.citations}
        pairs_ = []
        for kind in ("opens", "due"):
            if kind == "opens":
                # counted from an earlier event than its own, a day is only the earliest it can be: it decides "too early" alone
                # (the step the finding is about, acceptance_window_opens for acceptance, whatever it cites)
                every = [[d for d in opening_dates(rules, ev) if not d.lower_bound or p2 < d.due] for ev in (early, late)]
                opened = [[d for d in ds if {c["article"] for c in d.citations} & arts or f.topic in d.key] for ds in every]
                if not any(opened):   # as for the last days: the one or two steps the events open, when none is cited
                    opened = [ds if len(ds) <= 2 else [] for ds in every]
                if any(d.trigger not in ev and f.topic in d.key for ds, ev in zip(opened, (early, late), strict=True) for d in ds):
                    return []   # the step opens from an event the question does not date: its day cannot be told
                found = [[d for d in ds if d.trigger in ev] for ds, ev in zip(opened, (early, late), strict=True)]
            else:
                found = [[d for d in due_dates(rules, ev, arts) if d.trigger in ev] for ev in (early, late)]
            by_key = {d.key: d for d in found[1]}
            pairs_ += [(kind, d, by_key[d.key]) for d in found[0] if d.key in by_key]
        return pairs_

    def decide(f: Finding, kind: str, first, last) -> Finding:
        if kind == "opens":   # too early even for the latest proposed day and the earliest event; or open for all
            verdict = "no" if p2 < first.due else "yes" if p1 >= last.due else "conditional"
            d = last if verdict == "yes" else first
        else:
            verdict = _against_last_day(p1, p2, first.due, last.due)
            d = last if verdict == "no" else first
        # 立即 with no number of days (the last day is the event's own): a day or two after is not plainly late
        at_once = kind == "due" and first.due == early.get(first.trigger) and verdict == "no" and (p1 - last.due).days <= _AT_ONCE_DAYS
        if at_once:
            verdict, key = "conditional", "ans.at_once_close"
        elif exact and kind == "due" and p1 == today and still_undone(text):   # 任务书还没上传，还在期限内吗: today, the step not yet taken
            key = "ans.undone_too_late" if verdict == "no" else "ans.undone_in_time"
        elif exact and kind == "due" and (OVERDUE.search(text) or IN_TIME.search(text) or told_done_late(text)) and not _MAY_LEAVE.search(text) \
                and not intention_stated(text) and p1 <= today:   # (打算9月14日去登记，没超期吧; a day still to come: a day proposed)
            # 10月16号才报上去，算超期吗: a day the step was taken, not one proposed
            key = "ans.done_too_late" if verdict == "no" else "ans.done_in_time"
        elif exact:
            key = {("opens", "no"): "ans.proposed_too_early", ("opens", "yes"): "ans.proposed_in_time",
                   ("due", "no"): "ans.proposed_too_late", ("due", "yes"): "ans.proposed_before_due"}.get((kind, verdict), "ans.span_depends")
        else:
            key = {("opens", "no"): "ans.span_too_early", ("opens", "yes"): "ans.span_opened", ("due", "no"): "ans.span_too_late",
                   ("due", "yes"): "ans.span_in_time"}.get((kind, verdict), "ans.span_depends")
        lang = q.lang
        span = lambda a, b: _day(a, lang) if a == b else t("ans.span", lang, first=_day(a, lang), last=_day(b, lang))  # noqa: E731
        since = (late if d is last else early)[d.trigger]
        lead = t(key, lang, event=t(f"event.{d.trigger}", lang), since=_day(since, lang), rule=_ruled(d, lang),
                 when=span(*spans[d.trigger]), today=_day(p1, lang), proposed=span(p1, p2))
        if key.startswith("ans.span_") and spans[d.trigger][0] != spans[d.trigger][1]:
            lead = t("ans.span_month", lang) + lead   # (the event dated by its month only; a span proposed says its days itself)
        extra = _day_citations(d)
        if kind == "due" and _asks_late(text):   # 5月15日再交算不算超期: late is the yes (没超期吧: in time is)
            verdict = {"no": "yes", "yes": "no"}.get(verdict, verdict)
        return replace(f, verdict=verdict, summary=lead + f.summary, citations=dedupe([*extra, *f.citations]))

    found = [(f, timed(f)) for f in findings if f.verdict in ("yes", "no", "info", "conditional")]
    # the finding whose own topic is the step's (final_acceptance for the final acceptance's opening) answers it
    for f, steps in sorted(found, key=lambda x: not any(x[0].topic in d.key for _, d, _ in x[1])):
        if steps:
            kind, first, last = next((s for s in steps if f.topic in s[1].key), steps[0])
            # a window (3个月以后，6个月以内): a day before it opens is too early, whichever end the topic names
            opens = next((s for s in steps if s[0] == "opens" and p2 < s[1].due), None)
            closed = next((s for s in steps if s[0] == "due" and p1 > s[2].due), None)
            if opens is not None:
                kind, first, last = opens
            elif closed is not None:   # …and a day after it closes, too late
                kind, first, last = closed
            elif (closing := next((s for s in steps if s[0] == "due" and p2 > s[1].due), None)) is not None:
                kind, first, last = closing   # (试运行6月开始, 今天验收: past 6 months for an early June start, not for a late one)
            elif _asks_late(text):   # (打算12月20号验收，会不会超过6个月: the window's closing end is asked)
                kind, first, last = next((s for s in steps if s[0] == "due"), (kind, first, last))
            decided = decide(f, kind, first, last)
            return _alone(findings, f, decided)
    return None


_LATE_ASKED_NOW = lazy_regex(r"来得及|赶得上|赶得及|还行吗|晚了|迟了|\b(too late|missed|still (in )?time)\b", re.I)


def with_yearly_day(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"10月中旬再报年度建设计划还来得及吗", "12月10日报下一年度规划备案，可以吗": the one day (or month,
    or part of one) a question proposes for a filing the text sets a day of each year for (每年9月底前),
    against that year's day. Only the month given: the verdict holds when every day of it gives it,
    else it depends on the day. None when the question dates an event (``with_proposed_day``), names
    more than one day, proposes none, or no cited filing recurs each year."""
    from ..time.workdays import china_today

    today = china_today()
    every = stated_spans(text, today)
    spans = proposed_spans(text, every)
    # a filing named by the year it is for (明年的规划) and a day said relative to today, with no calendar day
    unyeared = NEXT_YEARS.sub(" ", text) if not every and NEXT_YEARS.search(text) else None
    if unyeared and _SOON.search(unyeared) and (later := stated_next(unyeared, today)) and later > today \
            and (proposes_span(text) or _LEAVE_OR_LATER.search(text)):
        spans = every = [(later, later, 0, 0)]   # 明年的规划下周一再报还来得及吗
    elif unyeared and re.search(r"今天|现在|这会儿|眼下|\b(today|now)\b", text, re.I) \
            and (IN_TIME.search(text) or OVERDUE.search(text) or proposes_span(text)):
        spans = every = [(today, today, 0, 0)]   # 明年的项目计划今天才准备报，还赶得上吗
    elif not every and _SOON.search(text) and _THIS_YEARS.search(text) and (later := stated_next(text, today)) and later > today \
            and (proposes_span(text) or _LEAVE_OR_LATER.search(text) or IN_TIME.search(text)):
        spans = every = [(later, later, 0, 0)]   # 今年的自评价还没传，下周二交算按时吗: the day to come, against this year's day
    elif not every and (re.search(r"现在|今天|这会儿|眼下|\b(today|now)\b", text, re.I) or still_undone(text)) \
            and (IN_TIME.search(text) or OVERDUE.search(text) or _LATE_ASKED_NOW.search(text)):
        spans = every = [(today, today, 0, 0)]   # 今年的自评价还没做，现在做还来得及吗: today, against this year's day
    # (打算12月5日做，11月30日前做不完: the day it cannot meet names which filing's day is meant)
    others = [s for s in every if s not in spans and s not in held_up_spans(text, every)]
    # (in December, the fourth quarter's report "around Jan 10 after new year": a day proposed with no year, long gone this
    # year, is next year's; not with no quarter named, 自评报告1月10号交, nor another quarter's, 一季度的季报准备4月3号报)
    named_quarters = [quarter for _, quarter in named_periods(without_days(text), today) if quarter]
    fourth = bool(named_quarters) and all(quarter == 4 for quarter in named_quarters)
    spans = [(a_year_on(a), a_year_on(b), *rest) if (today - b).days > 180 and proposes_span(text) and (fourth or not named_quarters)
             and not _YEAR_OF_THE_DAY.search(text) else (a, b, *rest) for a, b, *rest in spans]
    moved = moved_to_weekday(text, spans[0][0]) if len(spans) == 1 and spans[0][0] == spans[0][1] else None
    if len(spans) != 1 or stated_events(text, today) or dates_past_event(text, spans[0]) or not (proposes_span(text) or OVERDUE.search(text) or IN_TIME.search(text) or moved
                                                             or _DONE_ASKED_OK.search(text) and named_periods(without_days(text), today)):
        return None
    p1, p2 = (moved, moved) if moved else spans[0][:2]   # 7月5号是周日，能拖到周一报吗: the Monday after
    # 2026年三季度的季报，10月9号才传: the quarter named, against its own day
    quarters = [p for p in named_periods(without_days(text), today) if p[1]]

    # (今年的自评报告打算明年1月再传: this year's filing, put off into the next, against this year's day; only when the
    # question puts it off, or names this year's, and gives no year of its own: 明年9月中旬报项目建设计划 is next year's filing)
    # ("this year's 绩效评价报告 in January 2027": the year said is the day's, the filing named this year's)
    year = today.year if p1.year > today.year and not NEXT_YEARS.search(text) \
        and (not re.search(r"(19|20)\d\d", text) or _THIS_YEARS_OWN.search(text)) and _THIS_YEARS_PUT_OFF.search(text) else p1.year

    # 明年的信息化规划下个月再报: the year the filing is for, named (2027年度), whenever the day proposed falls
    # (not 明年9月中旬报: a month of next year)
    for_year = (p1.year if p1 <= today else today.year) + 1 if NEXT_YEARS.search(YEAR_OF_A_MONTH.sub(" ", text)) and not quarters else None

    def named(f: Finding) -> int:   # (年度…绩效自评报告: the filing the question names most of, before the annual plan's)
        arts = {c.article for c in f.citations}
        titles = "".join(d.title for d in periodic_dates(kb.deadline_rules(f.jurisdiction), (p1.year, None), arts))
        return -len({w for w in pairs(titles) if w in text})
    for f in sorted(findings, key=named):
        if f.verdict not in ("yes", "no", "info", "conditional"):
            continue
        arts = {c.article for c in f.citations}
        rules = kb.deadline_rules(f.jurisdiction)
        yearly = [d for p in quarters for d in periodic_dates(rules, p, arts)] if quarters else \
            [d for d in periodic_dates(rules, (for_year, None), arts) if "季度" not in d.title] if for_year else \
            [d for y in (year, year + 1) for d in periodic_dates(rules, (y, None), arts)
             if d.due.year == year and "季度" not in d.title] or _quarter_due_by(rules, arts, p1)
        yearly = [d for d in yearly if not others or any(o[0] <= d.due <= o[1] for o in others)]
        if not yearly:
            continue
        d, lang = yearly[0], q.lang
        verdict = _against_last_day(p1, p2, d.due, d.due)
        key = {"no": "ans.yearly_too_late", "yes": "ans.yearly_in_time"}.get(verdict, "ans.yearly_depends")
        proposed = _day(p1, lang) if p1 == p2 else t("ans.span", lang, first=_day(p1, lang), last=_day(p2, lang))
        lead = t(key, lang, title=d.title if lang == "zh" else d.title_en, due=_day(d.due, lang),
                 rule=_ruled(d, lang), proposed=proposed)
        if _asks_late(text):   # 10月再报算不算超期: late is the yes
            verdict = {"no": "yes", "yes": "no"}.get(verdict, verdict)
        extra = _day_citations(d)
        decided = replace(f, verdict=verdict, summary=lead + f.summary, citations=dedupe([*extra, *f.citations]))
        return _alone(findings, f, decided)
    return None


# the year a day proposed is of, said with it (今年2月, 去年, "in February this year"; not "this year's report": the filing's year)
_YEAR_OF_THE_DAY = lazy_regex(r"(19|20)\d\d|去年|今年\s*(?!的)|last year|this year(?!'s|’s)", re.I)
# one day of next week said relative to today (下周二; not 下周, a week)
_SOON_DAY = lazy_regex(r"下下?个?(周|星期|礼拜)[一二三四五六日天]")   # (not 明天, tomorrow: a step already late today is late tomorrow)
# a filing of this year named (今年的绩效自评价, this year's report, 年度计划): what a day to come is measured against
_THIS_YEARS = lazy_regex(r"今年|本年|年度|每年|\bthis year|\bannual\b|\byearly\b", re.I)
_SOON = lazy_regex(r"下下?(周|星期|礼拜)|(这|本)(周|星期|礼拜)[一二三四五六日天]|下个?月|明天|后天|\b(next|this) (week|month|monday|tuesday|wednesday|thursday|friday)\b|\btomorrow\b", re.I)
_LEAVE_OR_LATER = lazy_regex(r"(下周|下星期|下礼拜|下个月|下月|本周|这周|本星期|这星期)[一二三四五六日天]?\s*(再|才)|来得及|赶得上|\b(next|this) (week|month|monday|tuesday|wednesday|thursday|friday)\b", re.I)
_THIS_YEARS_OWN = lazy_regex(r"今年的|本年度的|\bthis year['’]s\b", re.I)
_THIS_YEARS_PUT_OFF = lazy_regex(r"今年|本年|this year|再|才|拖|推|延|晚|还没|\b(late|put off|postpone|delay|still)\b", re.I)


def _quarter_due_by(rules, arts: set[str], day) -> list:
    """季报，国庆后再报 / 这个月10号再报: with no quarter named, the quarter's report due in that month, or else
    the last one due before the day (within a quarter)."""
    due = sorted((d for year in (day.year - 1, day.year) for quarter in (1, 2, 3, 4)
                  for d in periodic_dates(rules, (year, quarter), arts)), key=lambda d: d.due)
    same = [d for d in due if (d.due.year, d.due.month) == (day.year, day.month)]
    before = [d for d in due if d.due <= day and (day - d.due).days <= 92]
    return same or before[-1:]


_VAGUE_WEEK = lazy_regex(r"(下周|下星期|下礼拜)(?![一二三四五六日天])|\bnext week\b", re.I)   # (下周一: one day)
CANNOT_MEET = lazy_regex(r"(实在|真的|确实|肯定|怕|恐怕|可能|估计)(是)?(来不及|赶不上|赶不及)(了)?")


def _asks_late(text: str) -> bool:
    """Is being late what the question asks (第8个工作日才去登记，算超期了没), so that late is the yes? Not when
    it asks leave (还来得及吗) or confirms it is in time (没超期吧)."""
    text = CANNOT_MEET.sub("", text)   # (9月底实在来不及: the reason for a later day, not a question of lateness)
    text = HELD_UP_BY.sub("", text)   # (国庆放假没来得及: what held it up, not leave asked)
    return bool(OVERDUE.search(text)) and not NOT_OVERDUE.search(asked_plainly(text)) and not _MAY_LEAVE.search(text)   # (算不算晚 asks it)


# 现在才去备案，可以吗; 这会儿再申请来得及吗: the step done now, with leave asked
_NOW_LEAVE = lazy_regex(r"(现在|这时候|这会儿|这个时候|今天|眼下)(才|再)?(去|来)?[^，,。？?可能]{0,6}?(报|交|备案|登记|提交|上缴|缴|申请|组织|做|办|上传|补)"
                        r"[^。？?]{0,24}(可以|来得及|能不能|能否|行不行|行吗|还行|可不可以|" + LEAVE_WORDS + r")"
                        # "Filing it now is fine, right?", "Can we file the task book now?"
                        r"|\b(?:fil\w*|submit\w*|send\w*|register\w*|report\w*|apply\w*|hand\w* (?:it |them )?in)\b[^.?]{0,40}\bnow\b[^?]{0,30}\b(?:ok|okay|fine|allowed|acceptable|alright|in time)\b"
                        r"|\b(?:can|may|could) (?:we|i)\b[^?]{0,30}\b(?:file|submit|send|register|report|apply|hand in)\b[^?]{0,40}\bnow\b", re.I)


_NOW = lazy_regex(r"现在|今天|这会儿|眼下|\b(now|today)\b|\balready\s+(too\s+)?(late|overdue|past)\b", re.I)   # ("Are we already too late": now)


# 还来得及吗, 可以吗: leave asked, where "too late" is the no
_MAY_LEAVE = lazy_regex(r"来得及|可以|能不能|能否|行不行|行吗|可不可以|" + LEAVE_WORDS + r"|\b(can|could|(?<!\d )may(?!\s*\d)|is it (ok|okay|fine|allowed))\b", re.I)   # (not the month: 28 May, May 28)


def with_elapsed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """"初验结束才一个月，能提交终验申请吗": a step that may be taken only from some time after an
    event (满3个月后) is answered by counting back the time the question says has passed."""
    from ..time.workdays import china_today

    today = china_today()
    events = stated_elapsed(text, today)
    proposed = None
    if events and (later := stated_next(text, today)) and later > today:
        proposed = today = later   # 上周刚做完初验，下个月就把终验申请提上去: the day proposed
    if not events:   # a day proposed for the step after a dated event: ``with_proposed_day``
        return findings
    def steps(f: Finding) -> list:
        arts = {c.article for c in f.citations}
        opens = [d for d in opening_dates(kb.deadline_rules(f.jurisdiction), events)
                 if {c["article"] for c in d.citations} & arts]
        # counted from an earlier event, the day is only the earliest it can be: it decides "not yet" alone (not of the
        # step it is counted from: 试运行刚结束20天，这周组织初验 asks of the 初验, not of the 终验 three months after it)
        return [d for d in opens if not d.lower_bound or today < d.due and f.topic not in d.trigger]

    found = [(f, steps(f)) for f in findings]
    # the finding whose own topic is the step's (final_acceptance for the final acceptance's opening) answers it
    order = sorted(range(len(found)), key=lambda i: not any(found[i][0].topic in d.key for d in found[i][1]))
    out: dict[int, Finding | None] = {}
    decided: set[tuple[str, str]] = set()
    counted: set[int] = set()
    for i in order:
        f, opens = found[i]
        if opens and f.verdict in ("yes", "no", "info", "conditional"):
            d, lang = opens[0], q.lang
            rule = _ruled(d, lang)
            if d.lower_bound:
                lead = t("ans.opens_lower_bound", lang, event=t(f"event.{d.lower_bound}", lang),
                         since=_day(events[d.lower_bound], lang), later=t(f"event.{d.trigger}", lang),
                         rule=rule, today=_day(today, lang))
            else:
                key = "ans.opens_not_yet" if today < d.due else "ans.opens_reached"
                if proposed is not None:
                    key = "ans.proposed_too_early" if today < d.due else "ans.proposed_in_time"
                # 试运行已经八个月了: past the window's other end (6个月以内), the step is too late
                closes = [c for c in due_dates(kb.deadline_rules(f.jurisdiction), events, {x["article"] for x in d.citations})
                          if c.trigger == d.trigger and c.due < today and today >= d.due]
                if closes:
                    d, key = closes[0], "ans.window_closed"
                    rule = _ruled(d, lang)
                lead = t(key, lang, event=t(f"event.{d.trigger}", lang), since=_day(events[d.trigger], lang),
                         rule=rule, today=_day(today, lang))
            extra = _day_citations(d)
            if (f.jurisdiction, d.key) in decided:   # one answer per step, not one per topic citing it
                out[i] = None
                continue
            decided.add((f.jurisdiction, d.key))
            late = d.kind == "due" and today > d.due
            f = replace(f, verdict="no" if today < d.due or late else "yes", summary=lead + f.summary,
                        citations=dedupe([*extra, *f.citations]))
            counted.add(id(f))
        out[i] = f
    # the timing is what was asked: a finding on the same step that ignores it would contradict it
    timed = {j for j, _ in decided}
    kept = [out[i] for i in range(len(found)) if out[i] is not None]
    return [f for f in kept if f.jurisdiction not in timed or id(f) in counted]
