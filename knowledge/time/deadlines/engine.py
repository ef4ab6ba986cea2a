"""The deadline engine: due filings and windows from a project's events, per jurisdiction.

This module computes dates only; the rules come from ``loading``, the words from ``render`` (written
when a deadline's title or rule text is first read), the types from ``model``. It may import those,
``knowledge.time.workdays`` (the working-day calendar), ``knowledge.time.months``, ``knowledge.facts``
and ``knowledge.i18n``. A jurisdiction is named by its id, looked up in
``knowledge.facts.files.knowledge_dir()`` unless a ``folder`` is given (a ``KnowledgeBase`` passes its
own), or given as its loaded ``RuleSet``.

Counting (see ``workdays``): the start day is not counted; a period in days or months ends on its last
day, moved to the next working day when that is a holiday or rest day (民法典第二百零一至二百零三条);
an ``opens`` day, a fixed yearly date and a day counted back from an event are not moved. A date is
``provisional`` when it depends on a year whose official holiday schedule is not known, and its rule
text says so.

Events are those of CONTRACT.md (``EVENTS``) plus a few submissions that start an authority's own time
limit (``EXTRA_EVENTS``: feasibility_accepted, design_accepted, design_prereviewed,
security_test_requested, acceptance_requested). Their dates must respect a partial order (``ORDER``
plus each file's ``order``; equal dates allowed), checked on its transitive closure.

API: ``compute(jurisdiction, events, amount=None, start=None, until=None, calendar=None)`` returns the
deadlines in date order; ``plan(...)`` the same with applicability, notes and the rules still waiting
for an event; ``deadline_to_dict`` / ``schedule_to_dict`` give the JSON of the ``deadlines`` command.
Titles and rule texts are written on first access, so computing many dates stays cheap.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from functools import partial
from operator import attrgetter, itemgetter
from pathlib import Path

from ...facts.events import ALL_EVENTS, EVENTS
from ...facts.money import yuan
from ...i18n import each_lang, t
from ..months import add_months, add_years
from ..workdays import FIRST_YEAR, LAST_YEAR, CalendarError, WorkCalendar, china_today, default_calendar
from .loading import Rule, RuleSet, load_rules
from .model import Deadline, DeadlineError, Schedule
from .render import year_list

_KNOWN = frozenset(ALL_EVENTS)
_DATE_ONLY = {date}
_second = itemgetter(1)
_by_due = attrgetter("due")


class _Context:
    __slots__ = ("events", "amount", "start", "until", "cal")

    def __init__(self, events, amount, start, until, cal):
        self.events, self.amount, self.start, self.until, self.cal = events, amount, start, until, cal


# ------------------------------------------------------------------------------ one rule's dates
def _new(rule: Rule, ctx: _Context, due: date, provisional: bool, trigger, d0, nominal, extra) -> Deadline:
    done_date = ctx.events.get(rule.done_by) if rule.done_by else None
    return Deadline(rule.key, due, rule.kind, provisional, rule.citations, rule.party, rule.doc, trigger,
                    done_date is not None, rule, (d0, nominal, extra, ctx.cal, ctx.amount is None, done_date))


def _trigger(rule: Rule, events: dict[str, date]) -> tuple[str, date] | None:
    """The first of the rule's trigger events that happened, and its date."""
    for name in rule.trigger:
        d0 = events.get(name)
        if d0 is not None:
            return name, d0
    return None


def _after(rule: Rule, ctx: _Context, out: list[Deadline]) -> bool:
    found = _trigger(rule, ctx.events)
    if found is None:
        return False
    name, d0 = found
    cal = ctx.cal
    memo_cal, memo = rule._memo
    if memo_cal is not cal:
        memo = _memo_for(rule, cal)
    hit = memo.get(d0)
    if hit is None:
        unit = rule.unit
        if unit == "workdays":
            hit = cal.add_workdays_fast(d0, rule.n)
        elif unit == "days":
            hit = cal.roll_fast(d0 + rule.delta, rule.move)
        elif unit == "months":
            hit = cal.roll_fast(add_months(d0, rule.n), rule.move)
        else:
            hit = cal.roll_fast(d0, rule.move)
        memo[d0] = hit
    due, nominal, provisional = hit
    if ctx.start <= due <= ctx.until:
        out.append(_new(rule, ctx, due, provisional, name, d0, nominal, None))
    return True


def _before(rule: Rule, ctx: _Context, out: list[Deadline]) -> bool:
    found = _trigger(rule, ctx.events)
    if found is None:
        return False
    name, d0 = found
    due = d0 - rule.delta
    ctx.cal.check(due)
    if ctx.start <= due <= ctx.until:
        out.append(_new(rule, ctx, due, False, name, d0, due, None))
    return True


def _between(rule: Rule, ctx: _Context) -> tuple[date, date | None] | None:
    events = ctx.events
    starts = [events[e] for e in rule.during_from if e in events]
    if not starts:
        return None
    ends = [events[e] for e in rule.during_to if e in events]
    return min(starts), (min(ends) if ends else None)


def _yearly(rule: Rule, ctx: _Context, out: list[Deadline]) -> bool:
    lo, hi = ctx.start, ctx.until
    first = last = None
    if rule.during_from:
        span = _between(rule, ctx)
        if span is None:
            return False
        first, last = span
    m, d = rule.month, rule.day
    why_tail = (ctx.cal, ctx.amount is None, None)
    for year in range(lo.year, hi.year + 1):
        due = date(year, m, d)
        if due < lo or due > hi or (first and due < first) or (last and due > last):
            continue
        out.append(Deadline(rule.key, due, rule.kind, False, rule.citations, rule.party, rule.doc, None, False,
                            rule, (None, due, (first, last), *why_tail)))
    return True


def _every(rule: Rule, ctx: _Context, out: list[Deadline]) -> bool:
    span = _between(rule, ctx)
    if span is None:
        return False
    first, last = span
    months, cal = rule.months, ctx.cal
    p0, dues, rows = _periods(rule, cal)
    # period index p counts months or quarters; the report of period p is due in period p + 1
    p = (first.year * 12 + first.month - 1) // months
    if rule.first_after:  # the first due day after the start event, whichever period it reports on
        y, m0 = divmod(p * months, 12)
        if first < date(y, m0 + 1, rule.day):
            p -= 1
    lo = max(p - p0, bisect_left(dues, ctx.start.toordinal()))
    hi = bisect_right(dues, ctx.until.toordinal())
    if last is not None:
        hi = min(hi, (last.year * 12 + last.month - 1) // months - p0 + 1)
    key, kind, citations, party, doc, am = rule.key, rule.kind, rule.citations, rule.party, rule.doc, ctx.amount is None
    for i in range(lo, hi):
        due, nominal, provisional = rows[i]
        out.append(Deadline(key, due, kind, provisional, citations, party, doc, None, False, rule,
                            (None, nominal, p0 + i, cal, am, None)))
    return True


def _periods(rule: Rule, cal: WorkCalendar) -> tuple[int, list[int], list[tuple]]:
    """Every period's report of the supported years on ``cal``: (first period index, due day
    ordinals, (due, nominal, provisional) rows), built once per calendar."""
    memo = _memo_for(rule, cal)
    table = memo.get("periods")
    if table is None:
        months = rule.months
        p0 = FIRST_YEAR * 12 // months
        p_end = (LAST_YEAR * 12 + 11) // months  # the last period's report falls after LAST_YEAR
        rows = []
        for p in range(p0, p_end):
            year, m0 = divmod((p + 1) * months, 12)
            nominal = date(year, m0 + 1, rule.day)
            due, _, provisional = cal.roll_fast(nominal, rule.move)
            rows.append((due, nominal, provisional))
        table = memo["periods"] = (p0, [r[0].toordinal() for r in rows], rows)
    return table


def _memo_for(rule: Rule, cal: WorkCalendar) -> dict:
    """Dates this rule computed before on ``cal`` (a calendar never changes once built)."""
    memo_cal, memo = rule._memo
    if memo_cal is not cal:
        memo = {}
        rule._memo = (cal, memo)
    return memo


_EMIT = {"after": _after, "before": _before, "yearly": _yearly, "every": _every}


def emit(rule: Rule, ctx: _Context, out: list[Deadline]) -> bool:
    """Append this rule's deadlines in the window to ``out``; False when a needed event is missing."""
    if rule.amount_min and ctx.amount is not None and ctx.amount < rule.amount_min:
        return True
    return _EMIT[rule.schedule](rule, ctx, out)


def _emitters(rs: RuleSet) -> list[tuple[Rule, object]]:
    """The rules of ``rs`` with the function that computes each one's dates (built once)."""
    table = rs.__dict__.get("_emitters")
    if table is None:
        table = rs._emitters = [(rule, _EMIT[rule.schedule]) for rule in rs.rules]
    return table


# --------------------------------------------------------------------------------------- compute
def check_events(rs: RuleSet, events: dict[str, date]) -> date | None:
    """Check names, dates and order of the events; returns the earliest date (None without events)."""
    if not events:
        return None
    if not _KNOWN.issuperset(events):
        name = next(e for e in events if e not in _KNOWN)
        raise DeadlineError(f"unknown event {name!r} (known: {', '.join(EVENTS)})")
    if set(map(type, events.values())) != _DATE_ONLY:
        name, day = next((e, d) for e, d in events.items() if type(d) is not date)
        raise DeadlineError(f"event {name}: not a date: {day!r}")
    items = sorted(events.items(), key=_second)
    for name, day in (items[0], items[-1]):
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            values = {"event": name, "day": day.isoformat(), "first": FIRST_YEAR, "last": LAST_YEAR}
            raise DeadlineError(t("dl.err.years", "en", **values), "dl.err.years", **values)
    rs.check_order(events, items)
    return items[0][1]


def order_conflict(jurisdiction: str | RuleSet, events: dict[str, date], prefer: str | None = None,
                   folder: Path | str | None = None) -> tuple[str, str] | None:
    """A pair ``(earlier, later)`` the text's order requires but the dates contradict (``later`` is
    dated before ``earlier``), preferring one that involves ``prefer``; None when the order holds."""
    later = load_rules(jurisdiction, folder).later
    pairs = [(a, b) for a in events for b in later.get(a, ()) if b in events and events[b] < events[a]]
    if not pairs:
        return None
    pairs.sort(key=lambda p: (prefer not in p, events[p[1]]))
    return pairs[0]


def event_problem(jurisdiction: str | RuleSet, events: dict[str, date], lang: str = "zh",
                  folder: Path | str | None = None) -> str | None:
    """Why these events cannot all be true (order, dates outside the calendar), in one language;
    None when they can. The one check behind the command line, the interview and the chat."""
    try:
        check_events(load_rules(jurisdiction, folder), events)
    except DeadlineError as exc:
        return exc.text(lang)
    return None


def _window(rs: RuleSet, events: dict[str, date], amount, start, until, today) -> tuple[date, date]:
    earliest = check_events(rs, events)
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, int | float) or not amount >= 0):
        raise DeadlineError(f"amount must be a number of yuan, not negative: {amount!r}")
    first = earliest or today or china_today()
    if start is None:
        # the earliest event, or the earliest deadline the events imply before it (a report due
        # 30 days before a planned decommissioning), so that `--event decommission_planned=…`
        # alone lists that report (CONTRACT.md)
        implied = [events[name] - rule.delta for rule in rs.rules if rule.schedule == "before"
                   for name in rule.trigger[:1] if name in events
                   and not (rule.amount_min and amount is not None and amount < rule.amount_min)]
        start = min([first, *implied])
    if until is None:
        until = add_years(first, 1)
    if until < start:
        raise DeadlineError(f"--until {until.isoformat()} is before --from {start.isoformat()}")
    if not (FIRST_YEAR <= start.year <= LAST_YEAR and FIRST_YEAR <= until.year <= LAST_YEAR):
        raise DeadlineError(f"{start.isoformat()}..{until.isoformat()} is outside the supported years "
                            f"{FIRST_YEAR}-{LAST_YEAR}")
    return start, until


def _collect(rs: RuleSet, ctx: _Context, waiting: list | None) -> list[Deadline]:
    out: list[Deadline] = []
    amount = ctx.amount
    try:
        present = ctx.events.keys()
        for rule, emit_dates in _emitters(rs):
            if rule.amount_min and amount is not None and amount < rule.amount_min:
                continue
            need = rule.need_any
            missing = True if need and need.isdisjoint(present) else not emit_dates(rule, ctx, out)
            if missing and waiting is not None:
                zh, en = rule.titles(ctx.start.year, ("", ""))
                waiting.append({"key": rule.key, "title": zh, "title_en": en, "needs": list(rule.needs())})
    except CalendarError as exc:
        raise DeadlineError(str(exc)) from None
    if len(out) > 1:
        out.sort(key=_by_due)  # stable: same-day deadlines keep the rules' order
    return out


def plan(jurisdiction: str | RuleSet, events: dict[str, date], amount: int | None = None, start: date | None = None,
         until: date | None = None, calendar: WorkCalendar | None = None, today: date | None = None,
         folder: Path | str | None = None) -> Schedule:
    """The deadlines of ``jurisdiction`` from ``events`` that fall between ``start`` and ``until``, with
    whether the text applies, notes (amount threshold, provisional years) and the rules waiting for an
    event. ``start`` defaults to the earliest event (``today`` when there is none), ``until`` to a year
    after ``start``. ``folder``: where the jurisdiction's rules file is (default ``knowledge_dir()``).
    Raises DeadlineError for bad input."""
    rs = load_rules(jurisdiction, folder)
    start, until = _window(rs, events, amount, start, until, today)
    sched = Schedule(rs.doc, rs.title, start, until, [], applicable=True)
    if rs.amount_min:
        if amount is not None and amount < rs.amount_min:
            sched.applicable = False
            sched.notes.append(each_lang("dl.below_threshold", amount=partial(yuan, amount), reason=rs.applies_reason))
            return sched
        if amount is None:
            sched.applicable = None
            sched.notes.append(each_lang("dl.no_amount", reason=rs.applies_reason))
    cal = calendar or default_calendar()
    sched.deadlines = _collect(rs, _Context(events, amount, start, until, cal), sched.waiting)
    if any(d.provisional for d in sched.deadlines):
        sched.notes.append(each_lang("dl.provisional_years", years=year_list(cal.estimated_years(start, until))))
    return sched


def compute(jurisdiction: str | RuleSet, events: dict[str, date], amount: int | None = None,
            start: date | None = None, until: date | None = None, calendar: WorkCalendar | None = None,
            folder: Path | str | None = None) -> list[Deadline]:
    """The deadlines in the window, in date order (``plan`` also gives the notes that go with them);
    nothing when an amount below the text's threshold is given."""
    rs = load_rules(jurisdiction, folder)
    start, until = _window(rs, events, amount, start, until, None)
    if rs.amount_min and amount is not None and amount < rs.amount_min:
        return []
    return _collect(rs, _Context(events, amount, start, until, calendar or default_calendar()), None)

