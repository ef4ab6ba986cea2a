"""The ``deadlines`` command (CONTRACT.md): due filings from project events.

    python -m bot deadlines --jurisdiction ID [--amount YUAN] --event NAME=DATE [--event ...]
        [--from DATE] [--until DATE] [--json] [--ics FILE]

Wire it with ``add_parser(subparsers)``; the parser's ``func`` default is ``run``, which returns the
exit code: 0, or 2 with a one-line error on stderr for bad arguments. Nothing heavy is imported until
``run`` is called.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date

from bot.args import UsageError, amount_arg, date_arg, jurisdiction_arg, known_jurisdictions
from knowledge.i18n import t

EPILOG = """events (NAME=YYYY-MM-DD):
  approved, contract_signed, contract_filed, quality_registered, construction_started,
  trial_run_started, trial_run_ended, initial_acceptance_passed, final_acceptance_passed,
  final_accounts_concluded, decommission_planned
  and, for the authorities' own time limits: feasibility_accepted, design_accepted,
  design_prereviewed, security_test_requested, acceptance_requested,
  contract_final_accepted (Longgang's final contract acceptance, before the security test)"""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "deadlines", help="due filings from project events / 根据项目事件计算报送期限",
        description="Deadlines from project events, counted in Chinese working days (调休 included).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    # validated in run() so that every mistake gives the same one-line error and exit code 2
    p.add_argument("--jurisdiction", metavar="ID", help=known_jurisdictions())
    p.add_argument("--amount", metavar="YUAN", help="project amount in yuan (元)")
    p.add_argument("--event", action="append", default=[], metavar="NAME=DATE",
                   help="an event and its date, e.g. contract_signed=2026-09-29 (repeatable)")
    p.add_argument("--from", dest="start", metavar="DATE", help="window start (default: earliest event)")
    p.add_argument("--until", metavar="DATE", help="window end (default: one year after --from)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--ics", metavar="FILE", help="also write the deadlines as an iCalendar file")
    p.add_argument("--calendar-dir", metavar="DIR", help=argparse.SUPPRESS)  # extra official schedules
    p.set_defaults(func=run)
    return p


def parse_events(items: list[str], known) -> dict[str, date]:
    events: dict[str, date] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"--event: expected NAME=DATE, got {item!r}")
        if name not in known:
            raise UsageError(f"unknown event {name!r} (known: {', '.join(known)})")
        if name in events:
            raise UsageError(f"event {name} given twice")
        events[name] = date_arg(value.strip(), f"--event {name}")
    return events


def run(args) -> int:
    try:
        return _run(args)
    except (UsageError, ValueError) as exc:  # DeadlineError and CalendarError are ValueErrors
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2


def _run(args) -> int:
    from knowledge.time import deadlines as dl

    jurisdiction = jurisdiction_arg(getattr(args, "jurisdiction", None))
    amount = amount_arg(args.amount) if getattr(args, "amount", None) is not None else None
    events = parse_events(getattr(args, "event", None), list(dl.EVENTS) + list(dl.EXTRA_EVENTS))
    start = date_arg(args.start, "--from") if getattr(args, "start", None) else None
    until = date_arg(args.until, "--until") if getattr(args, "until", None) else None
    calendar = None
    if getattr(args, "calendar_dir", None):
        from knowledge.time.workdays import WorkCalendar
        calendar = WorkCalendar(args.calendar_dir)
    sched = dl.plan(jurisdiction, events, amount, start, until, calendar)
    if getattr(args, "ics", None):
        from knowledge.time.ics import write_ics
        try:
            write_ics(args.ics, sched.deadlines, title=sched.title)
        except OSError as exc:
            raise UsageError(f"--ics: cannot write {args.ics}: {exc.strerror or exc}") from None
    if getattr(args, "json", False):
        json.dump(dl.schedule_to_dict(sched), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_table(sched))
    return 0


# ------------------------------------------------------------------------------------ the table
TABLE_LANG = "zh"  # the table's words (cli.* of the catalogue), like the titles, rules and notes it shows


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def render_table(sched) -> str:
    lang = TABLE_LANG
    lines = [t("cli.table_head", lang, title=sched.title, start=sched.start.isoformat(), until=sched.until.isoformat())]
    for zh, _ in sched.notes:
        lines.append(t("cli.note", lang, text=zh))
    if not sched.deadlines:
        lines.append(t("cli.none_in_window" if sched.applicable is not False else "cli.not_applicable", lang))
    else:
        rows = [tuple(t("cli.col." + c, lang) for c in ("date", "kind", "item", "basis", "flags"))]
        for d in sched.deadlines:
            kind = t("cli.opens" if d.kind == "opens" else "cli.due", lang)
            if d.party == "authority":
                kind = t("cli.authority", lang, kind=kind)
            flags = [t("cli.provisional", lang)] if d.provisional else []
            if d.done:
                flags.append(t("cli.done", lang))
            arts = t("list_sep", lang).join(dict.fromkeys(c["article"] for c in d.citations))
            rows.append((d.due.isoformat(), kind, d.title, arts, " ".join(flags)))
        widths = [max(_width(r[i]) for r in rows) for i in range(4)]
        for i, row in enumerate(rows):
            lines.append("  ".join(_pad(cell, widths[j]) for j, cell in enumerate(row[:4])) + "  " + row[4])
            if i == 0:
                lines.append("-" * (sum(widths) + 14))
        lines.append("")
        lines.append(t("cli.how", lang))
        for d in sched.deadlines:
            lines.append(t("cli.how_line", lang, due=d.due.isoformat(), title=d.title, rule=d.rule))
    if sched.waiting:
        lines.append("")
        items = (t("cli.waiting_item", lang, title=w["title"], needs=t("cli.or", lang).join(w["needs"]))
                 for w in sched.waiting)
        lines.append(t("cli.waiting", lang, items=t("cli.item_sep", lang).join(items)))
    return "\n".join(lines).rstrip() + "\n"
