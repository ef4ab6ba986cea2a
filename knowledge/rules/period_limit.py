"""A time limit the question states, against the one the text sets for the step.

"质量监督登记我记得是签完合同10个工作日内办就行，没记错吧" (第十六条: 5个工作日内): no, the text's limit is another;
"深圳 质量监督登记 10个工作日够吗": no, ten working days run past it; "Zhonglou: the decommission notice has to be on the
platform 30 days before, right?": yes, it is the text's. Only a step the text times from an event (a deadline rule
``after`` or ``before`` one) is compared; a question that dates the event is answered by its days instead."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..i18n import day as _day
from ..i18n import t
from ..reader.dated import (
    due_dates,
    named_periods,
    periodic_dates,
    proposed_days,
    stated_elapsed,
    stated_events,
    without_days,
)
from ..reader.events import events_mentioned, events_named
from ..reader.period_said import SaidPeriod, said_due_day, said_period, said_period_day
from ..reader.question import Question
from ..reader.topics import detect, lineage
from .finding import Finding, dedupe
from .model import Citation
from .timing import _alone, _asks_late, _day_citations, _ruled

_UNIT_WORDS = {"zh": {"workdays": "{n}个工作日", "days": "{n}日", "months": "{n}个月"},
               "en": {"workdays": "{n} working days", "days": "{n} days", "months": "{n} months"}}


def limit_words(rule, lang: str) -> str:
    """The text's limit in words: 合同签订后5个工作日内, "within 5 working days of contract signing", 计划停用前30日."""
    event = t(f"event.{rule.trigger[-1]}", lang)
    if rule.unit == "immediately":
        return t("ans.limit_at_once", lang, event=event)
    span = _UNIT_WORDS[lang][rule.unit].format(n=rule.n)
    key = "ans.limit_before" if rule.schedule == "before" else "ans.limit_opens" if rule.kind == "opens" else "ans.limit_after"
    return t(key, lang, event=event, span=span)


def _unrepeated(cites: list[Citation]) -> list[Citation]:
    """The citations without one whose quote another of the same article holds whole (项目初验结束3月后 beside 项目初验结束3月后,
    项目建设单位…提交终验申请)."""
    cites = dedupe(cites)
    return [c for c in cites if not any(o is not c and o.article == c.article and c.quote in o.quote and o.quote != c.quote
                                        for o in cites)]


def _judged(said: SaidPeriod, rule, window: bool) -> str | None:
    """same, within (a plan that keeps the limit) or other (a claim that is not the limit, or a plan past it); None for a
    plan against a window's last day (试运行3个月以后、6个月以内验收: within six months may still be too early). A time
    within which a step is said to be done, of a step the text opens only after that time (初验后3个月内申请终验 against
    初验结束3个月后), is another."""
    if rule.unit == "immediately" or (rule.kind == "opens") != said.wait:
        return "other"
    limit = SaidPeriod(rule.n, rule.unit, False, "").days()
    if said.wait:   # (满6个月才能申请终验 against 初验结束3月后: a wait the text's or not; a plan waiting longer keeps it, unless
        # a window closes after it: 试运行满七个月再申请验收 against 3个月以后、6个月以内)
        same = said.unit == rule.unit and said.n == rule.n or abs(said.days() - limit) < 1
        return "same" if same else "other" if said.claim or said.days() < limit else None if window else "within"
    if said.unit == rule.unit and said.n == rule.n or abs(said.days() - limit) < 1:
        return "same"
    if said.claim:
        return "other"
    if window:
        return None
    # (a notice given before an event keeps the limit by being longer; a step after one, by being shorter)
    keeps = said.days() >= limit if rule.schedule == "before" else said.days() <= limit
    return "within" if keeps else "other"


def with_stated_period(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The finding of the step whose time limit the question states, decided by it; the jurisdiction's other findings go
    (the limit is what was asked). None when the question states no limit, dates the event the step is counted from,
    or no cited step is timed from an event."""
    from ..time.workdays import china_today

    text = q.reading or text   # (不是说有10个工作日吗: the belief, as the reader says it plainly)
    said = said_period(text)
    if said is None or q.form != "yesno":
        return None
    today = china_today()
    # (合同上周五签的，质量监督登记不是说有10个工作日吗: the limit believed is judged, and the day counted from the event
    # dated is said with it; a day proposed for the step is what with_proposed_day answers)
    events = {**stated_events(text, today), **stated_elapsed(text, today)}
    if proposed_days(text, today) is not None or events and _asks_late(text):
        return None

    mentioned = set(events_mentioned(text)) | {e for e, _, _ in events_named(text)}

    def fit(f: Finding, r) -> int:
        """how well a deadline rule the finding cites is the step the limit is said of: the event it counts from named
        (试运行开始后6个月内: the window's close, not the centre's 5 working days), its step the finding's, its unit the one said"""
        return 2 * bool(set(r.trigger) & mentioned) + (f.topic in r.key or r.key in f.topic) + (said.unit == r.unit) + (r.kind == "due") \
            + 2 * (said.wait and r.kind == "opens")   # (满6个月才能申请终验: a wait is of a step that opens)

    def timed(f: Finding):
        """the best fitting step the finding's articles time, the first article's first (可研 第十一条 before 第十二条's); a
        step that only opens some time after an event (初验结束3个月后) when that event is named"""
        rules = [r for r in kb.deadline_rules(f.jurisdiction).rules if r.schedule in ("after", "before")
                 and (r.kind == "due" or r.kind == "opens" and set(r.trigger) & mentioned)]
        cited = [r for c in f.citations for r in rules if c.article in {x["article"] for x in r.citations}]
        best = max(cited, key=lambda r: fit(f, r), default=None)   # (the first of the best, as max keeps it)
        return best if best is not None and fit(f, best) else None

    # the clause that states the limit: a step it names is the one the limit is of (项目计划三个月内上线: the go-live's plan,
    # not the task book's filing)
    clause = next((c for c in re.split(r"[，,。；;！!？?]", text) if said.text.strip() in c), text)
    named = set(detect(clause, kb.topics))

    def of_step(f: Finding) -> bool:   # (or the step the question is first about: 可研报告…受理之后5个工作日内出审核结果)
        return not named or bool(named & set(lineage(f.topic, kb.topics))) or f.topic in {a for k in named for a in lineage(k, kb.topics)} \
            or f.topic in q.topics[:1]

    # of the findings whose step is timed, the one that fits best, the first in the reader's order of those
    timed_findings = [(f, rule) for f in findings if f.verdict in ("yes", "no", "info", "conditional")
                      for rule in [timed(f)] if rule is not None and of_step(f)]
    # (the event counted from named first, then the reader's order; one for each place asked about: 龙岗要求签合同后10个工作日
    # 内备案，文登也是这样吗)
    out, done = findings, set()
    for f, rule in sorted(timed_findings, key=lambda x: (not set(x[1].trigger) & mentioned, said.wait and -fit(*x))):
        if f.jurisdiction in done:
            continue
        # (a window: the step also opens, or also closes, some time after the same event)
        window = any(r.kind != rule.kind and set(getattr(r, "trigger", ())) & set(rule.trigger) for r in kb.deadline_rules(f.jurisdiction).rules)
        judged = _judged(said, rule, window)
        if judged is None:
            return None
        verdict = "no" if judged == "other" else "yes"
        key = {"same": "ans.period_said_same", "within": "ans.period_said_within"}.get(
            judged, "ans.period_said_other" if said.claim or rule.kind == "opens" else "ans.period_said_over")
        if _asks_late(text):   # (10个工作日才登记，算超期吗: late is the yes)
            verdict = "yes" if verdict == "no" else "no"
        lead = t(key, q.lang, said=said.text.strip(), limit=limit_words(rule, q.lang)) + _counted_day(kb, f, rule, events, q)
        out = _alone(out, f, replace(f, verdict=verdict, summary=lead + f.summary, citations=_unrepeated([*_day_citations(rule), *f.citations]),
                                     believed=said.claim))
        done.add(f.jurisdiction)
    return out if done else None


def _counted_day(kb, f: Finding, rule, events: dict, q: Question) -> str:
    """The last day the rule gives from the event the question dates ("最晚2026-12-04（…）"), or nothing."""
    if not events or not set(rule.trigger) & set(events):
        return ""
    due = next((d for d in due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations})
                if d.kind == "due" and d.key == rule.key), None)
    if due is None:
        return ""
    return t("ans.due_by", q.lang, due=due.due.isoformat(), rule=due.rule_in(q.lang).rstrip(t("dl.stop", q.lang))) + t("dl.stop", q.lang)


def with_claimed_due(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"Trial run wrapped up on 27 Nov … so by Dec 27, right?", 合同上周一签的，质监登记最晚下周一前弄好就行吧: the last day
    the question believes (or plans) a step is due by, against the one the text gives from the event the question dates.
    The same day is yes; another, believed, is no (with the right day); a day planned before it is yes, after it no. None
    when the question says no such day, dates no event, or no cited step is timed from one."""
    from ..time.workdays import china_today, default_calendar

    if q.form != "yesno":
        return None
    today = china_today()
    said = said_due_day(text, today)
    if said is None:
        return None
    if said.last is not None:   # ("due end of December, correct?": a part of a month, against a day of each year)
        return _claimed_yearly(kb, findings, said, q)
    events = {k: d for k, d in {**stated_events(text, today), **stated_elapsed(text, today)}.items() if d != said.day}
    if not events and said.claim and not _asks_late(text):   # ("next year's plan is due by Dec 31, right?": a day of each year)
        return _claimed_yearly(kb, findings, replace(said, last=said.day), q)
    if not events or _asks_late(text):   # (were we late: a day the step was taken, which the lateness answers read)
        return None
    for f in findings:
        if f.verdict not in ("yes", "no", "info", "conditional"):
            continue
        ds = [d for d in due_dates(kb.deadline_rules(f.jurisdiction), events, {c.article for c in f.citations})
              if d.trigger in events and d.kind == "due"]
        if not ds:
            continue
        d = next((d for d in ds if f.topic in d.key or d.key in f.topic), ds[0])
        day = said.day
        if not said.dated_year:   # (Dec 16 said beside Jan 15 2027: the year that puts it nearest the day counted)
            day = min((day.replace(year=y) for y in (d.due.year - 1, d.due.year, d.due.year + 1)
                       if not (day.month == 2 and day.day == 29)), key=lambda x: abs((x - d.due).days))
        # (a day believed before the last one only because the last day moves off rest days, 27 Dec (a Sunday) for the
        # 28th: the period was counted right, done by then it is in time, and the answer gives the last day; another day
        # believed is not the last day)
        moved_off = day < d.due and all(not default_calendar().is_workday(day + timedelta(days=i)) for i in range((d.due - day).days))
        if day == d.due:
            verdict, key = "yes", "ans.day_said_same"
        elif day < d.due and (moved_off or not said.claim):
            verdict, key = "yes", "ans.day_said_early" if said.claim else "ans.day_said_in_time"
        else:
            verdict, key = "no", "ans.day_said_other" if said.claim else "ans.day_said_late"
        lead = t(key, q.lang, event=t(f"event.{d.trigger}", q.lang), since=_day(events[d.trigger], q.lang),
                 rule=_ruled(d, q.lang), said=_day(day, q.lang))
        return _alone(findings, f, replace(f, verdict=verdict, summary=lead + f.summary, citations=dedupe([*_day_citations(d), *f.citations]),
                                           believed=said.claim))
    return None


def _claimed_yearly(kb, findings: list[Finding], said, q: Question) -> list[Finding] | None:
    """A part of a month believed (or planned) as the day a yearly filing is due (每年11月底前: "due end of December,
    correct?"), or a named quarter's filing ("the Q4 2026 report is due by the end of December, right?"): the text's day
    inside it is yes, outside it no (a plan before it yes)."""
    from ..time.workdays import china_today
    out, done = findings, set()   # (one for each place asked about: 钟楼区年度计划9月底前报，云浮是不是也一样)
    for f in findings:
        if f.verdict not in ("yes", "no", "info", "conditional") or f.jurisdiction in done:
            continue
        arts = {c.article for c in f.citations}
        rule = next((r for r in kb.deadline_rules(f.jurisdiction).rules if r.schedule == "yearly"
                     and arts & {c["article"] for c in r.citations}), None)
        period = None
        if rule is not None:
            due = date(said.day.year, rule.month, rule.day)
        elif said.last > said.day:   # ("the Q4 2026 quality report is due by the end of December, right?": the named quarter's own day)
            # (one day said, 10月5日 in the 国庆 break, is the day the text names before it moves: read by the moving-day answers)
            ds = [(p, d) for p in named_periods(without_days(q.reading or q.text), china_today()) if p[1]
                  for d in periodic_dates(kb.deadline_rules(f.jurisdiction), p, arts)]
            if not ds:
                continue
            (year, quarter), rule = ds[0]
            due, period = rule.due, t("dl.quarter", q.lang, year=year, q=quarter)
        else:
            continue
        inside = said.day <= due <= said.last
        verdict = "yes" if inside or not said.claim and said.last < due else "no"
        key = "ans.yearly_said_same" if inside else "ans.yearly_said_other" if verdict == "no" else "ans.yearly_said_early"
        if said.day == said.last and key != "ans.yearly_said_early":   # (one day believed: "so we have until Dec 31, right?")
            key = key.replace("yearly_said", "yearly_day_said")
        if period:
            key = key.replace("yearly", "quarter")
        # (a quarter's day in a year with no official holiday schedule yet is marked provisional)
        shown = _day(due, q.lang) + (t("provisional_mark", q.lang) if period and getattr(rule, "provisional", False) else "")
        lead = t(key, q.lang, due=shown, period=period, first=_day(said.day, q.lang), last=_day(said.last, q.lang))
        out = _alone(out, f, replace(f, verdict=verdict, summary=lead + f.summary, citations=_unrepeated([*_day_citations(rule), *f.citations]),
                                     believed=said.claim))
        done.add(f.jurisdiction)
    return out if done else None


def _day_first(rule, f: Finding) -> list:
    """The rule's sentence that sets the day, then the finding's own, without one that only repeats part of it."""
    day = _day_citations(rule)
    return dedupe([*day, *(c for c in f.citations if not any(c.article == d.article and c.quote in d.quote for d in day))])


def with_period_day_claimed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"质量季报是每季度首月10日前报吧", "… is due by the 10th of the first month of the quarter, isn't it": the day of each
    period a recurring filing is believed due by, against the text's (每季度首月5日前): the same day is yes, another no.
    None when the question says no such day or no cited filing recurs by that period."""
    said = said_period_day(q.reading or text) if q.form == "yesno" else None
    if said is None:
        return None
    unit, n, claim = said
    out, done = findings, set()
    for f in findings:
        if f.verdict not in ("yes", "no", "info", "conditional") or f.jurisdiction in done:
            continue
        arts = {c.article for c in f.citations}
        recurring = [r for r in kb.deadline_rules(f.jurisdiction).rules if getattr(r, "schedule", None) == "every"
                     and getattr(r, "unit", None) in ("month", "quarter") and r.day and arts & {c["article"] for c in r.citations}]
        rule = next((r for r in recurring if r.unit == unit), None) or next(iter(recurring), None)
        if rule is None:
            continue
        if rule.unit == unit:
            # (a day believed is the text's or not; a day planned is in time up to the text's: 打算每季度首月3日前报，行吧)
            same = rule.day == n
            fine = same if claim else n <= rule.day
            key = "ans.period_day_same" if same else "ans.period_day_other" if claim or not fine else "ans.period_day_early"
        else:
            # (质量季报每月5号前报吧: believed monthly, due each quarter; a plan to file every month by a day not after the
            # quarter's keeps within it: 打算每月3号前报)
            fine = not claim and unit == "month" and rule.unit == "quarter" and n <= rule.day
            key = "ans.period_day_early" if fine else "ans.period_day_unit"
        if n == 0:   # (每季度最后一天前: the period's own last day, said in its words)
            key = "ans.period_end_early" if fine else "ans.period_end_other"
        lead = t(key, q.lang, period=t(f"ans.period_day.{rule.unit}", q.lang), due=rule.day,
                 said_period=t(f"ans.period_day.{unit}", q.lang), said=n, said_end=t(f"ans.period_end.{unit}", q.lang))
        out = _alone(out, f, replace(f, verdict="yes" if fine else "no", summary=lead + f.summary, citations=_day_first(rule, f),
                                     believed=claim))
        done.add(f.jurisdiction)
    return out if done else None
