"""iCalendar export of deadlines (RFC 5545, written with the ``icalendar`` library).

One all-day VEVENT per deadline: the summary is its title (with [暂定] when provisional and
[主管部门] for an authority's deadline), the description its rule text and cited articles with their
quotes, and a VALARM reminds ``alarm_days`` days before (at 09:00 of that day for an all-day event).
UIDs are stable (jurisdiction, key, date), so re-importing an updated file updates the events.

A deadline may be a ``Deadline`` or its ``deadline_to_dict`` form (as the chat layer stores it): a
mapping with ``key`` and ``due`` (date or ISO string) and any of title, title_en, kind, provisional,
party, rule, rule_en, citations, jurisdiction, document.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ..i18n import t
from .deadlines import Deadline

PRODID = "-//govit-assistant//deadlines//ZH"
LANG = "zh"  # the file's words (the catalogue's ics.*) are Chinese, as PRODID says; the English texts go in the description


def _view(item: Deadline | Mapping) -> dict:
    if isinstance(item, Deadline):
        title, title_en, rule, rule_en = item._texts()
        return {"key": item.key, "due": item.due, "title": title, "title_en": title_en, "kind": item.kind,
                "provisional": item.provisional, "party": item.party, "rule": rule, "rule_en": rule_en,
                "citations": item.citations, "jurisdiction": item.jurisdiction, "document": item.document}
    due = item["due"]
    title = item.get("title") or item["key"]
    if isinstance(title, Mapping):  # {"zh": …, "en": …}
        title = title.get("zh") or title.get("en") or item["key"]
    return {"key": item["key"], "due": due if isinstance(due, date) else date.fromisoformat(str(due)[:10]),
            "title": str(title), "title_en": item.get("title_en") or "", "kind": item.get("kind") or "due",
            "provisional": bool(item.get("provisional")), "party": item.get("party") or "project",
            "rule": item.get("rule") or "", "rule_en": item.get("rule_en") or "",
            "citations": item.get("citations") or (), "jurisdiction": item.get("jurisdiction") or "",
            "document": item.get("document") or item.get("jurisdiction") or ""}


def to_ics(deadlines: Iterable[Deadline | Mapping], title: str | None = None, alarm_days: int = 3,
           calendar_name: str | None = None) -> bytes:
    """The deadlines as an iCalendar file (bytes). ``calendar_name`` is another name for ``title``."""
    from icalendar import Alarm, Calendar, Event, vText

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # an X- property is not typed by icalendar: say it is TEXT, so that a project name's commas,
    # semicolons, backslashes and line breaks are escaped rather than breaking the file
    cal.add("x-wr-calname", vText(calendar_name or title or t("ics.name", LANG)))
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in deadlines:
        d = _view(item)
        due = d["due"]
        ev = Event()
        uid = hashlib.sha1(f"{d['jurisdiction']}|{d['key']}|{due.isoformat()}".encode()).hexdigest()[:20]
        ev.add("uid", f"{uid}@govit-assistant")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", due)
        ev.add("dtend", due + timedelta(days=1))
        tags = (t("ics.provisional", LANG) if d["provisional"] else "") + \
            (t("ics.authority", LANG) if d["party"] == "authority" else "")
        kind = t("ics.opens" if d["kind"] == "opens" else "ics.due", LANG)
        ev.add("summary", t("ics.summary", LANG, tags=tags, kind=kind, title=d["title"]))
        parts = [d["rule"]] if d["rule"] else []
        cites = "\n".join(t("ics.cite", LANG, article=c["article"], quote=c["quote"]) for c in d["citations"])
        if cites:
            parts.append(t("ics.basis_doc", LANG, document=d["document"], cites=cites) if d["document"]
                         else t("ics.basis", LANG, cites=cites))
        if d["title_en"] or d["rule_en"]:
            parts.append(f"{d['title_en']}: {d['rule_en']}".strip(": "))
        ev.add("description", "\n\n".join(parts) or d["title"])
        ev.add("categories", ["deadline", d["kind"], d["party"]])
        ev.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", t("ics.alarm", LANG, kind=kind, title=d["title"], due=due.isoformat()))
        alarm.add("trigger", timedelta(days=-alarm_days, hours=9))
        ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()


def write_ics(path: str | Path, deadlines: Iterable[Deadline | Mapping], title: str | None = None,
              alarm_days: int = 3) -> Path:
    path = Path(path)
    path.write_bytes(to_ics(deadlines, title, alarm_days))
    return path
