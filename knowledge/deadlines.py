"""The deadline engine: due filings and windows from a project's events, per jurisdiction.

Rules are data: the ``deadlines:`` section of each jurisdiction's rules file ``jurisdictions/<id>.yaml``::

    doc: shenzhen                       # the jurisdiction id (= regulations/<id>.txt)
    title: {zh: …, en: …}
    articles: numbered                  # how corpus.py splits the text: numbered | sections
    sections: [总则, 立项, …]           # for ``sections`` only
    event_names:                        # what this text calls an event, for the rule texts
      final_acceptance_passed: {zh: 竣工验收通过, en: completion acceptance}
    order:                              # [earlier, later] event pairs this text implies
      - [initial_acceptance_passed, trial_run_started]
    applies:                            # optional: the text applies only from this amount (yuan)
      amount_min: 500000
      reason: {zh: …, en: …}
      citations: [{article: 第二条, quote: …}]
    deadlines:
      - key: quality_registration       # stable identifier
        title: {zh: …, en: …}           # may use {year}, {next_year}, {period}
        party: project                  # project (the building unit acts) | authority (what to expect of it)
        kind: due                       # due: last day to act | opens: first day one may act
        # exactly one schedule:
        after: [contract_filed, contract_signed]   # counted from the first of these events given
        period: {workdays: 5}           # or {days: N}, {months: N}, {immediately: true}; ``move: false``
                                        # keeps a period's last day even when it is not a working day
        before: decommission_planned    # with period {days: N}: N days before the event
        yearly: {month: 9, day: 30}     # a fixed date each year (not moved for holidays)
        every: {unit: quarter, day: 5, move: true, default_day: false, first: after_event}
                                        # each month/quarter's report due on that day of the next one;
                                        # move: the text says 节假日顺延; default_day: the day is ours;
                                        # first: after_event = from the first due day after the start
                                        # event (default: from the report on the start's own period)
        during: {from: [events], to: [events]}     # yearly/every: only between these events
        when: {amount_min: 50000000}    # only for projects of at least this amount
        done_by: quality_registered     # the event that shows it was done
        note: {zh: …, en: …}            # appended to the rule text
        citations: [{article: 第十六条, quote: verbatim text of that article}]

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
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from operator import attrgetter, itemgetter
from pathlib import Path

from .workdays import (
    FIRST_YEAR,
    LAST_YEAR,
    CalendarError,
    WorkCalendar,
    add_months,
    china_today,
    default_calendar,
)

RULES_DIR = Path(__file__).parent / "jurisdictions"  # the `deadlines:` section of each rules file

from .events import ALL_EVENTS, EVENTS, EXTRA_EVENTS  # noqa: E402,F401  (re-exported)

# The partial order of events everywhere ([earlier, later]; equal dates allowed): only what no project
# can do otherwise (a trial run ends after it starts, acceptance needs a contract, nothing precedes the
# approval but the design documents it rests on). A jurisdiction's file adds the pairs its text
# prescribes (e.g. Longgang: initial acceptance before the trial run).
_AFTER_APPROVAL = [e for e in ALL_EVENTS if e not in ("approved", "feasibility_accepted", "design_accepted",
                                                      "design_prereviewed")]
ORDER: list[tuple[str, str]] = [("approved", e) for e in _AFTER_APPROVAL] + [
    ("feasibility_accepted", "design_accepted"),
    ("design_accepted", "design_prereviewed"),
    ("contract_signed", "contract_filed"),
    ("contract_signed", "quality_registered"),
    ("construction_started", "trial_run_started"),
    ("contract_signed", "trial_run_started"),
    ("trial_run_started", "trial_run_ended"),
    ("contract_signed", "initial_acceptance_passed"),
    ("construction_started", "initial_acceptance_passed"),
    ("initial_acceptance_passed", "final_acceptance_passed"),
    ("trial_run_started", "final_acceptance_passed"),
    ("initial_acceptance_passed", "acceptance_requested"),
    ("acceptance_requested", "final_acceptance_passed"),
    ("contract_signed", "security_test_requested"),
    ("final_acceptance_passed", "final_accounts_concluded"),
    ("final_acceptance_passed", "decommission_planned"),
]

_BIT = {name: 1 << i for i, name in enumerate(ALL_EVENTS)}
_KNOWN = frozenset(ALL_EVENTS)
_DATE_ONLY = {date}
_second = itemgetter(1)
_by_due = attrgetter("due")
KINDS = ("due", "opens")
PARTIES = ("project", "authority")
UNITS = {"month": ("月", "month", 1), "quarter": ("季度", "quarter", 3)}


class DeadlineError(ValueError):
    """Bad input: unknown jurisdiction or event, impossible order, negative amount, date out of range."""


@dataclass(slots=True)
class Deadline:
    """One date to act on (or from). ``title``, ``title_en``, ``rule`` (how the date was counted, in
    Chinese) and ``rule_en`` are rendered on first access, so computing many dates stays cheap."""
    key: str
    due: date
    kind: str                   # due | opens
    provisional: bool
    citations: tuple            # ({"doc", "article", "quote"}, ...)
    party: str = "project"      # project | authority
    jurisdiction: str = ""
    trigger: str | None = None  # the event it was counted from
    done: bool = False          # the event that completes it was given
    _rule: Rule | None = field(default=None, repr=False, compare=False)
    _why: tuple = field(default=(), repr=False, compare=False)
    _text: tuple | None = field(default=None, repr=False, compare=False)

    def _texts(self) -> tuple[str, str, str, str]:
        if self._text is None:
            self._text = self._rule.render(self)
        return self._text

    @property
    def title(self) -> str:
        return self._texts()[0]

    @property
    def title_en(self) -> str:
        return self._texts()[1]

    @property
    def rule(self) -> str:
        return self._texts()[2]

    @property
    def rule_en(self) -> str:
        return self._texts()[3]

    @property
    def document(self) -> str:
        """The title of the regulation the citations come from."""
        return self._rule.rs.title if self._rule else self.jurisdiction


@dataclass
class Schedule:
    """Everything ``plan`` found: the deadlines in the window and what else the user should know."""
    jurisdiction: str
    title: str
    start: date
    until: date
    deadlines: list[Deadline]
    applicable: bool | None = None       # None: depends on an amount not given
    notes: list[tuple[str, str]] = field(default_factory=list)     # (zh, en)
    waiting: list[dict] = field(default_factory=list)  # rules that need an event not given


def deadline_to_dict(d: Deadline) -> dict:
    title, title_en, rule, rule_en = d._texts()
    return {"key": d.key, "title": title, "title_en": title_en, "due": d.due.isoformat(), "kind": d.kind,
            "provisional": d.provisional, "rule": rule, "rule_en": rule_en,
            "citations": [dict(c) for c in d.citations], "party": d.party, "trigger": d.trigger, "done": d.done,
            "jurisdiction": d.jurisdiction, "document": d.document}


def schedule_to_dict(s: Schedule) -> dict:
    return {"jurisdiction": s.jurisdiction, "from": s.start.isoformat(), "until": s.until.isoformat(),
            "applicable": s.applicable, "deadlines": [deadline_to_dict(d) for d in s.deadlines],
            "notes": [zh for zh, _ in s.notes], "notes_en": [en for _, en in s.notes], "waiting": s.waiting}


# --------------------------------------------------------------------------------------- rules
def _pair(raw, where: str) -> tuple[str, str]:
    if not isinstance(raw, dict) or not raw.get("zh") or not raw.get("en"):
        raise ValueError(f"{where}: needs zh and en")
    return str(raw["zh"]), str(raw["en"])


def _events(raw, where: str) -> tuple[str, ...]:
    names = (raw,) if isinstance(raw, str) else tuple(raw or ())
    for name in names:
        if name not in ALL_EVENTS:
            raise ValueError(f"{where}: unknown event {name!r}")
    return names


class Rule:
    """One deadline rule of a jurisdiction, compiled from its YAML entry.

    ``emit`` computes dates only; ``render`` writes the texts of one of its deadlines on demand."""

    def __init__(self, rs: RuleSet, raw: dict, index: int):
        where = f"{rs.doc}.yaml {raw.get('key')}"
        self.rs, self.doc, self.index = rs, rs.doc, index
        self.key = str(raw["key"])
        self.title, self.title_en = _pair(raw.get("title"), where + " title")
        self.templated = "{" in self.title + self.title_en
        self.party = raw.get("party", "project")
        self.kind = raw.get("kind", "due")
        if self.party not in PARTIES or self.kind not in KINDS:
            raise ValueError(f"{where}: bad party or kind")
        self.note = _pair(raw["note"], where + " note") if raw.get("note") else ("", "")
        self.citations = tuple({"doc": rs.doc, "article": str(c["article"]), "quote": str(c["quote"])}
                               for c in raw.get("citations") or ())
        if not self.citations:
            raise ValueError(f"{where}: no citation")
        self.amount_min = (raw.get("when") or {}).get("amount_min")
        # a yearly duty's text ties it to a project from this stage on (state.STAGES); the chat's
        # project view uses it, the command line lists the calendar of the window as it is
        self.stage_from = raw.get("stage_from")
        if self.stage_from is not None and self.schedule_key(raw) != "yearly":
            raise ValueError(f"{where}: stage_from is for yearly rules")
        self.done_by = raw.get("done_by")
        if self.done_by:
            _events(self.done_by, where)
        during = raw.get("during") or {}
        self.during_from = _events(during.get("from"), where)
        self.during_to = _events(during.get("to"), where)
        period = raw.get("period") or {}
        self.move = bool(period.get("move", self.kind == "due"))
        schedules = [k for k in ("after", "before", "yearly", "every") if k in raw]
        if len(schedules) != 1:
            raise ValueError(f"{where}: needs exactly one of after, before, yearly, every")
        self.schedule = schedules[0]
        self.unit, self.n, self.default_day = "", 0, False
        if self.schedule in ("after", "before"):
            self.trigger = _events(raw[self.schedule], where)
            units = [u for u in ("workdays", "days", "months", "immediately") if u in period]
            if len(units) != 1:
                raise ValueError(f"{where}: period needs one of workdays, days, months, immediately")
            self.unit = units[0]
            self.n = 0 if self.unit == "immediately" else int(period[self.unit])
            self.delta = timedelta(days=self.n)
            if self.schedule == "before" and self.unit != "days":
                raise ValueError(f"{where}: before counts days")
        elif self.schedule == "yearly":
            self.month, self.day = int(raw["yearly"]["month"]), int(raw["yearly"]["day"])
            date(2001, self.month, self.day)  # a real day of the year
        else:
            every = raw["every"]
            if every.get("unit") not in UNITS:
                raise ValueError(f"{where}: every.unit is month or quarter")
            self.unit = every["unit"]
            self.months = UNITS[self.unit][2]
            self.day = int(every["day"])
            self.move = bool(every.get("move", False))
            self.default_day = bool(every.get("default_day", False))
            self.first_after = every.get("first") == "after_event"
            if not self.during_from:
                raise ValueError(f"{where}: every needs during.from")
        self._emit = getattr(self, "_" + self.schedule)
        self._memo: tuple[WorkCalendar | None, dict] = (None, {})
        self.need_any = frozenset(self.needs())  # at least one of these events, or nothing to count

    @staticmethod
    def schedule_key(raw: dict) -> str:
        return next((k for k in ("after", "before", "yearly", "every") if k in raw), "")

    def needs(self) -> tuple[str, ...]:
        """Events of which at least one must be given for this rule to produce a date."""
        if self.schedule in ("after", "before"):
            return self.trigger
        return self.during_from

    def titles(self, year: int = 0, period: tuple[str, str] = ("", "")) -> tuple[str, str]:
        if not self.templated:
            return self.title, self.title_en
        return (self.title.format(year=year, next_year=year + 1, period=period[0]),
                self.title_en.format(year=year, next_year=year + 1, period=period[1]))

    # -- dates -----------------------------------------------------------------------------------
    def emit(self, ctx: _Context, out: list[Deadline]) -> bool:
        """Append this rule's deadlines in the window to ``out``; False when a needed event is missing."""
        if self.amount_min and ctx.amount is not None and ctx.amount < self.amount_min:
            return True
        return self._emit(ctx, out)

    def _new(self, ctx: _Context, due: date, provisional: bool, trigger, d0, nominal, extra) -> Deadline:
        done_date = ctx.events.get(self.done_by) if self.done_by else None
        return Deadline(self.key, due, self.kind, provisional, self.citations, self.party, self.doc, trigger,
                        done_date is not None, self, (d0, nominal, extra, ctx.cal, ctx.amount is None, done_date))

    def _after(self, ctx: _Context, out: list[Deadline]) -> bool:
        events = ctx.events
        for name in self.trigger:
            d0 = events.get(name)
            if d0 is not None:
                break
        else:
            return False
        cal = ctx.cal
        memo_cal, memo = self._memo
        if memo_cal is not cal:
            memo = self._memo_for(cal)
        hit = memo.get(d0)
        if hit is None:
            unit = self.unit
            if unit == "workdays":
                hit = cal.add_workdays_fast(d0, self.n)
            elif unit == "days":
                hit = cal.roll_fast(d0 + self.delta, self.move)
            elif unit == "months":
                hit = cal.roll_fast(add_months(d0, self.n), self.move)
            else:
                hit = cal.roll_fast(d0, self.move)
            memo[d0] = hit
        due, nominal, provisional = hit
        if ctx.start <= due <= ctx.until:
            out.append(self._new(ctx, due, provisional, name, d0, nominal, None))
        return True

    def _before(self, ctx: _Context, out: list[Deadline]) -> bool:
        events = ctx.events
        for name in self.trigger:
            d0 = events.get(name)
            if d0 is not None:
                break
        else:
            return False
        due = d0 - self.delta
        ctx.cal.check(due)
        if ctx.start <= due <= ctx.until:
            out.append(self._new(ctx, due, False, name, d0, due, None))
        return True

    def _between(self, ctx: _Context) -> tuple[date, date | None] | None:
        events = ctx.events
        starts = [events[e] for e in self.during_from if e in events]
        if not starts:
            return None
        ends = [events[e] for e in self.during_to if e in events]
        return min(starts), (min(ends) if ends else None)

    def _yearly(self, ctx: _Context, out: list[Deadline]) -> bool:
        lo, hi = ctx.start, ctx.until
        first = last = None
        if self.during_from:
            span = self._between(ctx)
            if span is None:
                return False
            first, last = span
        m, d = self.month, self.day
        why_tail = (ctx.cal, ctx.amount is None, None)
        for year in range(lo.year, hi.year + 1):
            due = date(year, m, d)
            if due < lo or due > hi or (first and due < first) or (last and due > last):
                continue
            out.append(Deadline(self.key, due, self.kind, False, self.citations, self.party, self.doc, None, False,
                                self, (None, due, (first, last), *why_tail)))
        return True

    def _every(self, ctx: _Context, out: list[Deadline]) -> bool:
        span = self._between(ctx)
        if span is None:
            return False
        first, last = span
        months, cal = self.months, ctx.cal
        p0, dues, rows = self._periods(cal)
        # period index p counts months or quarters; the report of period p is due in period p + 1
        p = (first.year * 12 + first.month - 1) // months
        if self.first_after:  # the first due day after the start event, whichever period it reports on
            y, m0 = divmod(p * months, 12)
            if first < date(y, m0 + 1, self.day):
                p -= 1
        lo = max(p - p0, bisect_left(dues, ctx.start.toordinal()))
        hi = bisect_right(dues, ctx.until.toordinal())
        if last is not None:
            hi = min(hi, (last.year * 12 + last.month - 1) // months - p0 + 1)
        key, kind, citations, party, doc, am = self.key, self.kind, self.citations, self.party, self.doc, ctx.amount is None
        for i in range(lo, hi):
            due, nominal, provisional = rows[i]
            out.append(Deadline(key, due, kind, provisional, citations, party, doc, None, False, self,
                                (None, nominal, p0 + i, cal, am, None)))
        return True

    def _periods(self, cal: WorkCalendar) -> tuple[int, list[int], list[tuple]]:
        """Every period's report of the supported years on ``cal``: (first period index, due day
        ordinals, (due, nominal, provisional) rows), built once per calendar."""
        memo = self._memo_for(cal)
        table = memo.get("periods")
        if table is None:
            months = self.months
            p0 = FIRST_YEAR * 12 // months
            p_end = (LAST_YEAR * 12 + 11) // months  # the last period's report falls after LAST_YEAR
            rows = []
            for p in range(p0, p_end):
                year, m0 = divmod((p + 1) * months, 12)
                nominal = date(year, m0 + 1, self.day)
                due, _, provisional = cal.roll_fast(nominal, self.move)
                rows.append((due, nominal, provisional))
            table = memo["periods"] = (p0, [r[0].toordinal() for r in rows], rows)
        return table

    def _memo_for(self, cal: WorkCalendar) -> dict:
        """Dates this rule computed before on ``cal`` (a calendar never changes once built)."""
        memo_cal, memo = self._memo
        if memo_cal is not cal:
            memo = {}
            self._memo = (cal, memo)
        return memo

    # -- texts -----------------------------------------------------------------------------------
    def render(self, d: Deadline) -> tuple[str, str, str, str]:
        """(title, title_en, rule, rule_en) of one of this rule's deadlines."""
        d0, nominal, extra, cal, amount_missing, done_date = d._why
        due = d.due
        if self.schedule == "after":
            titles = self.titles(due.year)
            zh, en = self._text_after(d0, nominal, due, cal, d.trigger)
            touch = d0 + timedelta(days=1) if self.unit == "workdays" else nominal
        elif self.schedule == "before":
            titles = self.titles(due.year)
            zh, en = self._text_before(d0, due, cal, d.trigger)
            touch = due
        elif self.schedule == "yearly":
            titles = self.titles(due.year)
            zh, en = self._text_yearly(due, cal, *extra)
            touch = due
        else:
            py, pm = divmod(extra * self.months, 12)
            if self.months == 1:
                plabel = (f"{py}年{pm + 1}月", date(py, pm + 1, 1).strftime("%B %Y"))
            else:
                plabel = (f"{py}年第{pm // 3 + 1}季度", f"Q{pm // 3 + 1} {py}")
            titles = self.titles(py, plabel)
            zh, en = self._text_every(nominal, due, plabel)
            touch = nominal
        if d.provisional:
            years = [str(y) for y in cal.estimated_years(min(touch, due), due)] or [str(due.year)]
            zh += (f"【暂定】{'、'.join(years)}年的放假安排尚未公布，此日期按法定节假日规则估算（已计周末补假，"
                   "未计调休），官方安排公布后可能变动。")
            en += (f" [Provisional] The official holiday schedule for {', '.join(years)} is not published yet; "
                   "this date uses an estimate (statutory holidays with weekend make-up days, no adjusted "
                   "working weekends) and may change.")
        if self.note[0]:
            zh += self.note[0]
            en += " " + self.note[1]
        if self.amount_min and amount_missing:
            zh += f"（仅适用于{_yuan_zh(self.amount_min)}（含）以上的项目；未提供金额。）"
            en += f" (Only for projects of {self.amount_min:,} yuan or more; no amount was given.)"
        if done_date is not None:
            when = done_date.isoformat()
            if self.kind == "due" and done_date > due:
                zh += f"已于{when}完成（晚于期限）。"
                en += f" Done on {when} (late)."
            elif self.kind == "opens" and done_date < due:
                zh += f"已于{when}办理（早于可办理日）。"
                en += f" Done on {when} (before the window opened)."
            else:
                zh += f"已于{when}完成。"
                en += f" Done on {when}."
        return titles[0], titles[1], zh, en

    def _text_after(self, d0: date, nominal: date, due: date, cal: WorkCalendar, trigger: str):
        ezh, een = self.rs.event_label(trigger)
        s0, ns, ds, n = d0.isoformat(), nominal.isoformat(), due.isoformat(), self.n
        unit = self.unit
        if unit == "workdays":
            if self.kind == "opens":
                return (f"{ezh}（{s0}）后第{n}个工作日起可以办理：起算日不计入（民法典第二百零一条），自次日起数第"
                        f"{n}个工作日为{ds}；工作日按国务院公布的放假调休安排计算（含调休上班日）。",
                        f"From the {_ordinal(n)} working day after {een} ({s0}): the start day is not counted "
                        f"(Civil Code art. 201), so it is {ds}, on the official holiday schedule including adjusted "
                        "working weekends.")
            return (f"{ezh}（{s0}）后{n}个工作日内：起算日不计入（民法典第二百零一条），自次日起数第{n}个工作日为"
                    f"{ds}；工作日按国务院公布的放假调休安排计算（含调休上班日）。",
                    f"Within {n} working days after {een} ({s0}): the start day is not counted (Civil Code art. "
                    f"201); the {_ordinal(n)} working day after it is {ds}, on the official holiday schedule "
                    "including adjusted working weekends.")
        if unit == "immediately":
            zh = f"办法要求{ezh}后立即办理，本工具按{ezh}当日（{s0}）计"
            en = f"Required immediately after {een}; the tool counts the day itself ({s0})"
        elif unit == "days":
            if self.kind == "opens":
                zh = f"{ezh}（{s0}）满{n}日之日为{ns}（起算日不计入，民法典第二百零一条）"
                en = f"{n} days after {een} ({s0}) is {ns} (the start day is not counted, Civil Code art. 201)"
            else:
                zh = f"{ezh}（{s0}）后{n}日内：起算日不计入（民法典第二百零一条），期间最后一日为{ns}"
                en = (f"Within {n} days after {een} ({s0}): the start day is not counted (Civil Code art. 201); "
                      f"the period's last day is {ns}")
        else:
            months = f"{n} month{'s' if n != 1 else ''}"
            if nominal.day == d0.day:
                how_zh, how_en = f"到期月的对应日{ns}", f"the corresponding day of the final month, {ns}"
            else:
                how_zh = f"到期月没有对应日，取月末日{ns}"
                how_en = f"the final month has no corresponding day, so its last day, {ns}"
            if self.kind == "opens":
                zh = f"{ezh}（{s0}）满{n}个月之日：{how_zh}（民法典第二百零二条）"
                en = f"{months} after {een} ({s0}): {how_en} (Civil Code art. 202)"
            else:
                zh = f"{ezh}（{s0}）后{n}个月内：{how_zh}为期间最后一日（民法典第二百零二条）"
                en = f"Within {months} after {een} ({s0}): {how_en}, ends the period (Civil Code art. 202)"
        z2, e2 = self._moved_text(cal, nominal, due)
        return zh + z2, en + e2

    def _moved_text(self, cal: WorkCalendar, nominal: date, due: date) -> tuple[str, str]:
        if self.kind == "opens":
            if cal.is_workday(nominal):
                return "，自该日起可以办理。", "; it may be done from that day."
            first = cal.next_workday(nominal)
            est = not cal.is_official(first.year)
            return (f"，自该日起可以办理；该日为非工作日，实际可办理的第一个工作日为{first.isoformat()}"
                    f"{'（按估算日历）' if est else ''}。",
                    f"; it may be done from that day, which is not a working day: the first working day is "
                    f"{first.isoformat()}{' (estimated calendar)' if est else ''}.")
        if not self.move:
            if cal.is_workday(nominal):
                return "。", "."
            return "；该日为非工作日（不顺延），宜提前办理。", "; it is not a working day (not moved): act earlier."
        if due != nominal:
            return (f"；该日为法定节假日或休息日，顺延至其后第一个工作日{due.isoformat()}（民法典第二百零三条）。",
                    f"; that day is a holiday or rest day, so the deadline moves to the next working day, "
                    f"{due.isoformat()} (Civil Code art. 203).")
        return ("；该日是工作日，无需顺延（民法典第二百零三条）。",
                "; it is a working day, so it is not moved (Civil Code art. 203).")

    def _text_before(self, d0: date, due: date, cal: WorkCalendar, trigger: str) -> tuple[str, str]:
        ezh, een = self.rs.event_label(trigger)
        zh = f"{ezh}（{d0.isoformat()}）前第{self.n}日为{due.isoformat()}（按日倒数，不因节假日调整）"
        en = (f"The {_ordinal(self.n)} day before {een} ({d0.isoformat()}) is {due.isoformat()} (counted back, "
              "not moved for holidays)")
        if cal.is_workday(due):
            return zh + "。", en + "."
        return (zh + "；该日为非工作日，如需在工作日办理请提前。",
                en + "; it is not a working day: act earlier if it must be done on a working day.")

    def _text_yearly(self, due: date, cal: WorkCalendar, first: date | None, last: date | None):
        ds = due.isoformat()
        zh = f"每年{self.month}月{self.day}日前，本年为{ds}（固定日期，办法未规定节假日顺延）"
        en = f"Each year by {self.day} {due.strftime('%B')}: {ds} (a fixed date, not moved for holidays)"
        if first:
            zh += f"；期间自{first.isoformat()}起" + (f"至{last.isoformat()}止" if last else "")
            en += f"; the period runs from {first.isoformat()}" + (f" to {last.isoformat()}" if last else "")
        if cal.is_workday(due):
            return zh + "。", en + "."
        est = not cal.is_official(due.year)
        return (zh + f"；该日为非工作日{'（按估算日历）' if est else ''}，宜提前办理。",
                en + f"; it is not a working day{' (estimated calendar)' if est else ''}: act earlier.")

    def _text_every(self, nominal: date, due: date, plabel: tuple[str, str]) -> tuple[str, str]:
        ns, day = nominal.isoformat(), self.day
        if self.months == 1:
            zh = f"{plabel[0]}的情况于次月{day}日前报送，即{ns}"
            en = f"{plabel[1]} is reported by the {_ordinal(day)} of the next month, {ns}"
        else:
            zh = f"{plabel[0]}的材料于下一季度首月{day}日前报送，即{ns}"
            en = f"{plabel[1]}'s material is due by the {_ordinal(day)} of the next quarter's first month, {ns}"
        if not self.move:
            return zh + "。", en + "."
        if due != nominal:
            why_zh = "（默认顺延）" if self.default_day else "（办法规定节假日顺延）"
            why_en = " (default)" if self.default_day else " (the text says holidays postpone it)"
            return (zh + f"；该日为法定节假日或休息日，顺延至{due.isoformat()}{why_zh}。",
                    en + f"; that day is a holiday or rest day, so it moves to {due.isoformat()}{why_en}.")
        return zh + "，为工作日。", en + ", a working day."


class RuleSet:
    """A jurisdiction's deadline rules (the ``deadlines:`` section of ``jurisdictions/<id>.yaml``)."""

    def __init__(self, raw: dict):
        self.doc = str(raw["doc"])
        self.title, self.title_en = _pair(raw.get("title"), f"{self.doc}.yaml title")
        self.articles = raw.get("articles", "numbered")
        self.sections = list(raw.get("sections") or [])
        self.event_names = {k: _pair(v, f"{self.doc}.yaml event_names.{k}")
                            for k, v in (raw.get("event_names") or {}).items()}
        for name in self.event_names:
            _events(name, f"{self.doc}.yaml event_names")
        pairs = list(ORDER) + [tuple(_events(p, f"{self.doc}.yaml order")) for p in raw.get("order") or ()]
        self.later = _closure(pairs)
        self.later_mask = {e: sum(_BIT[b] for b in self.later.get(e, ())) for e in ALL_EVENTS}
        applies = raw.get("applies") or {}
        self.amount_min = applies.get("amount_min")
        self.applies_reason = _pair(applies["reason"], f"{self.doc}.yaml applies") if applies else ("", "")
        self.applies_citations = tuple({"doc": self.doc, "article": str(c["article"]), "quote": str(c["quote"])}
                                       for c in applies.get("citations") or ())
        self.rules = [Rule(self, r, i) for i, r in enumerate(raw.get("deadlines") or ())]
        keys = [r.key for r in self.rules]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.doc}.yaml: duplicate keys")

    def event_label(self, name: str) -> tuple[str, str]:
        return self.event_names.get(name) or ALL_EVENTS[name]

    def check_order(self, events: dict[str, date], items: list | None = None) -> None:
        """Raise DeadlineError when an event is dated before one that must precede it (``items``: the
        events sorted by date, when the caller has them)."""
        if len(events) < 2:
            return
        bit, later = _BIT, self.later_mask
        before = pending = 0  # events dated strictly earlier / on the current date
        current = None
        for name, day in items or sorted(events.items(), key=_second):
            if day != current:
                before |= pending
                pending, current = 0, day
            if later[name] & before:
                b = next(e for e, d in events.items() if d < day and bit[e] & later[name])
                raise DeadlineError(
                    f"impossible event order: {b} ({events[b].isoformat()}) is before {name} ({day.isoformat()}) / "
                    f"事件顺序不可能：{self.event_label(b)[0]}早于{self.event_label(name)[0]}")
            pending |= bit[name]


def _closure(pairs) -> dict[str, frozenset[str]]:
    later: dict[str, set[str]] = {}
    for a, b in pairs:
        later.setdefault(a, set()).add(b)
    changed = True
    while changed:
        changed = False
        for a, bs in later.items():
            more = set().union(*(later.get(b, set()) for b in bs)) - bs - {a}
            if more:
                bs |= more
                changed = True
    return {a: frozenset(bs) for a, bs in later.items()}


@cache
def jurisdictions() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in RULES_DIR.glob("*.yaml")))


@cache
def load_rules(jurisdiction: str) -> RuleSet:
    if jurisdiction not in jurisdictions():
        raise DeadlineError(f"unknown jurisdiction {jurisdiction!r} (known: {', '.join(jurisdictions())})")
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(RULES_DIR / f"{jurisdiction}.yaml", encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=loader)
    section = dict(raw.get("deadlines") or {})
    section["deadlines"] = section.pop("rules", [])
    document = raw.get("document") or {}
    section.setdefault("doc", raw["id"])
    section.setdefault("title", {"zh": document.get("title", ""), "en": document.get("title_en", document.get("title", ""))})
    if (document.get("parse") or {}).get("sections"):
        section.setdefault("articles", "sections")
        section.setdefault("sections", document["parse"]["sections"])
    return RuleSet(section)


# --------------------------------------------------------------------------------------- compute
class _Context:
    __slots__ = ("events", "amount", "start", "until", "cal")

    def __init__(self, events, amount, start, until, cal):
        self.events, self.amount, self.start, self.until, self.cal = events, amount, start, until, cal


def add_years(day: date, n: int) -> date:
    try:
        return day.replace(year=day.year + n)
    except ValueError:  # 29 February
        return day.replace(year=day.year + n, day=28)


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
            raise DeadlineError(f"event {name}: {day.isoformat()} is outside the supported years "
                                f"{FIRST_YEAR}-{LAST_YEAR}")
    rs.check_order(events, items)
    return items[0][1]


def order_conflict(jurisdiction: str, events: dict[str, date], prefer: str | None = None) -> tuple[str, str] | None:
    """A pair ``(earlier, later)`` the text's order requires but the dates contradict (``later`` is
    dated before ``earlier``), preferring one that involves ``prefer``; None when the order holds."""
    later = load_rules(jurisdiction).later
    pairs = [(a, b) for a in events for b in later.get(a, ()) if b in events and events[b] < events[a]]
    if not pairs:
        return None
    pairs.sort(key=lambda p: (prefer not in p, events[p[1]]))
    return pairs[0]


def event_problem(jurisdiction: str, events: dict[str, date], lang: str = "zh") -> str | None:
    """Why these events cannot all be true (order, dates outside the calendar), in one language;
    None when they can. The one check behind the command line, the interview and the chat."""
    try:
        check_events(load_rules(jurisdiction), events)
    except DeadlineError as exc:
        text = str(exc)
        if "outside the supported years" in text and lang == "zh":
            return f"日期超出可计算的年份范围（{FIRST_YEAR}–{LAST_YEAR}年）：{text.split(':')[1].split(' is ')[0].strip()}"
        if " / " in text:  # "english / 中文"
            en, _, zh = text.partition(" / ")
            return zh if lang == "zh" else en
        return text
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
        for rule in rs.rules:
            if rule.amount_min and amount is not None and amount < rule.amount_min:
                continue
            need = rule.need_any
            missing = True if need and need.isdisjoint(present) else not rule._emit(ctx, out)
            if missing and waiting is not None:
                zh, en = rule.titles(ctx.start.year, ("", ""))
                waiting.append({"key": rule.key, "title": zh, "title_en": en, "needs": list(rule.needs())})
    except CalendarError as exc:
        raise DeadlineError(str(exc)) from None
    if len(out) > 1:
        out.sort(key=_by_due)  # stable: same-day deadlines keep the rules' order
    return out


def plan(jurisdiction: str, events: dict[str, date], amount: int | None = None, start: date | None = None,
         until: date | None = None, calendar: WorkCalendar | None = None, today: date | None = None) -> Schedule:
    """The deadlines of ``jurisdiction`` from ``events`` that fall between ``start`` and ``until``, with
    whether the text applies, notes (amount threshold, provisional years) and the rules waiting for an
    event. ``start`` defaults to the earliest event (``today`` when there is none), ``until`` to a year
    after ``start``. Raises DeadlineError for bad input."""
    rs = load_rules(jurisdiction)
    start, until = _window(rs, events, amount, start, until, today)
    sched = Schedule(jurisdiction, rs.title, start, until, [], applicable=True)
    if rs.amount_min:
        if amount is not None and amount < rs.amount_min:
            sched.applicable = False
            sched.notes.append((f"金额{_yuan_zh(amount)}低于适用门槛：" + rs.applies_reason[0],
                                f"{amount:,} yuan is below the threshold: " + rs.applies_reason[1]))
            return sched
        if amount is None:
            sched.applicable = None
            sched.notes.append(("未提供金额：" + rs.applies_reason[0], "No amount given: " + rs.applies_reason[1]))
    cal = calendar or default_calendar()
    sched.deadlines = _collect(rs, _Context(events, amount, start, until, cal), sched.waiting)
    if any(d.provisional for d in sched.deadlines):
        years = [str(y) for y in cal.estimated_years(start, until)]
        sched.notes.append((f"{'、'.join(years)}年放假安排尚未公布，相关日期为暂定（provisional）。",
                            f"The official holiday schedule for {', '.join(years)} is not published; dates that "
                            "depend on it are provisional."))
    return sched


def compute(jurisdiction: str, events: dict[str, date], amount: int | None = None, start: date | None = None,
            until: date | None = None, calendar: WorkCalendar | None = None) -> list[Deadline]:
    """The deadlines in the window, in date order (``plan`` also gives the notes that go with them);
    nothing when an amount below the text's threshold is given."""
    rs = load_rules(jurisdiction)
    start, until = _window(rs, events, amount, start, until, None)
    if rs.amount_min and amount is not None and amount < rs.amount_min:
        return []
    return _collect(rs, _Context(events, amount, start, until, calendar or default_calendar()), None)


def _yuan_zh(amount: int) -> str:
    if amount >= 10_000 and amount % 10_000 == 0:
        return f"{amount // 10_000}万元"
    return f"{amount:,}元"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
