"""Rule loading: the ``deadlines:`` section of a jurisdiction's rules file, compiled into typed rules.

A ``RuleSet`` is one jurisdiction's rules (title, event names, the partial order of its events, the
amount from which the text applies) and its ``Rule`` objects, validated once when the file is read
through ``knowledge.facts.files.read_file`` (the one reader of the rules files, cached per folder, shared
with the knowledge base). This module knows nothing of counting days: it may import ``knowledge.facts``,
``knowledge.i18n`` (the text of an impossible order) and this package's ``model`` only. The section's format::

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
"""
from __future__ import annotations

from datetime import date, timedelta
from operator import itemgetter
from os import environ as _environ
from pathlib import Path

from ...facts import files as _files
from ...facts.events import ALL_EVENTS
from ...i18n import each_lang
from .model import DeadlineError

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
_second = itemgetter(1)
KINDS = ("due", "opens")
PARTIES = ("project", "authority")
UNITS = {"month": ("月", "month", 1), "quarter": ("季度", "quarter", 3)}
SCHEDULES = ("after", "before", "yearly", "every")


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

    The engine computes its dates (``engine``), ``render`` writes the texts of one of its deadlines;
    ``_memo`` is the engine's cache of dates already computed on one calendar."""

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
        schedules = [k for k in SCHEDULES if k in raw]
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
        self._memo: tuple[object, dict] = (None, {})  # (calendar, dates): see engine._memo_for
        self.need_any = frozenset(self.needs())  # at least one of these events, or nothing to count

    @staticmethod
    def schedule_key(raw: dict) -> str:
        return next((k for k in SCHEDULES if k in raw), "")

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

    def rule(self, key: str) -> Rule | None:
        """The rule of this key, if any."""
        return next((r for r in self.rules if r.key == key), None)

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
                # Chinese names the events, English gives their ids and dates (as the command line does)
                values = {"earlier": (self.event_label(b)[0], f"{b} ({events[b].isoformat()})"),
                          "later": (self.event_label(name)[0], f"{name} ({day.isoformat()})")}
                zh, en = each_lang("dl.err.order", **values)
                raise DeadlineError(f"{en} / {zh}", "dl.err.order", **values)
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


# ------------------------------------------------------------------------------------ the files
RULES_DIR = _files.DEFAULT_DIR  # the shipped rules files (``knowledge_dir`` may name another folder)
_DEFAULT = str(RULES_DIR)
_RULESETS: dict[tuple[str, str], RuleSet] = {}  # (folder, id) -> rules, compiled once


def jurisdictions(folder: Path | str | None = None) -> tuple[str, ...]:
    """The ids of the folder's jurisdictions (default: ``knowledge.facts.files.knowledge_dir()``)."""
    return _files.jurisdiction_ids(folder)


def load_rules(jurisdiction, folder: Path | str | None = None) -> RuleSet:
    """The deadline rules of a jurisdiction of ``folder`` (default: ``knowledge.facts.files.knowledge_dir()``).
    ``jurisdiction`` may also be an already loaded ``RuleSet`` (returned as it is) or a
    ``knowledge.rules.model.Jurisdiction`` (the rules of the file it was read from)."""
    if isinstance(jurisdiction, RuleSet):
        return jurisdiction
    if not isinstance(jurisdiction, str):
        return load_rules(jurisdiction.id, jurisdiction.folder if folder is None else folder)
    key = (str(folder) if folder else (_environ.get("BOT_KNOWLEDGE_DIR") or _DEFAULT), jurisdiction)
    hit = _RULESETS.get(key)
    if hit is None:
        base = Path(key[0])
        known = _files.jurisdiction_ids(base)
        if jurisdiction not in known:
            raise DeadlineError(f"unknown jurisdiction {jurisdiction!r} (known: {', '.join(known)})")
        hit = _RULESETS[key] = _ruleset(_files.read_file(jurisdiction, base))
    return hit


def _ruleset(raw: dict) -> RuleSet:
    section = dict(raw.get("deadlines") or {})
    section["deadlines"] = section.pop("rules", [])
    document = raw.get("document") or {}
    section.setdefault("doc", raw["id"])
    section.setdefault("title", {"zh": document.get("title", ""), "en": document.get("title_en", document.get("title", ""))})
    if (document.get("parse") or {}).get("sections"):
        section.setdefault("articles", "sections")
        section.setdefault("sections", document["parse"]["sections"])
    return RuleSet(section)
