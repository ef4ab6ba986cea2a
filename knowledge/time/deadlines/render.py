"""Rendering: a deadline's titles and the text of how its date was counted, in Chinese and English
(the catalogue's dl.* texts), and the JSON form of deadlines and schedules (the ``deadlines``
command's output).

The engine stores, with each ``Deadline``, the facts behind its date (the start day, the nominal day
before a holiday moved it, the calendar); ``render`` turns them into words only when a title or a
rule text is read, so computing many dates stays cheap. It may import ``knowledge.i18n``,
``knowledge.facts`` and the package's ``loading`` and ``model`` (for types), never the engine.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...facts.money import yuan
from ...i18n import LANGS, day, each_lang, ordinal, t

if TYPE_CHECKING:
    from ..workdays import WorkCalendar
    from .loading import Rule
    from .model import Deadline, Schedule

Texts = tuple[str, str]  # (Chinese, English)


def _join(a: Texts, b: Texts) -> Texts:
    return a[0] + b[0], a[1] + b[1]


def year_list(years: list[int]) -> Callable[[str], str]:
    """The years as a list in a language (2027、2028 / 2027, 2028), for ``each_lang``."""
    return lambda lang: t("list_sep", lang).join(str(y) for y in years)


def render(rule: Rule, d: Deadline) -> tuple[str, str, str, str]:
    """(title, title_en, rule, rule_en) of one of this rule's deadlines."""
    d0, nominal, extra, cal, amount_missing, done_date = d._why
    due = d.due
    if rule.schedule == "after":
        titles = rule.titles(due.year)
        text = _text_after(rule, d0, nominal, due, cal, d.trigger)
        touch = d0 + timedelta(days=1) if rule.unit == "workdays" else nominal
    elif rule.schedule == "before":
        titles = rule.titles(due.year)
        text = _text_before(rule, d0, due, cal, d.trigger)
        touch = due
    elif rule.schedule == "yearly":
        titles = rule.titles(due.year)
        text = _text_yearly(rule, due, cal, *extra)
        touch = due
    else:
        py, pm = divmod(extra * rule.months, 12)
        if rule.months == 1:
            first_day = date(py, pm + 1, 1)
            plabel = tuple(day(first_day, lang, "fmt.month") for lang in LANGS)
        else:
            plabel = each_lang("dl.quarter", year=py, q=pm // 3 + 1)
        titles = rule.titles(py, plabel)
        text = _text_every(rule, nominal, due, plabel)
        touch = nominal
    if d.provisional:
        years = [y for y in cal.estimated_years(min(touch, due), due)] or [due.year]
        text = _join(text, each_lang("dl.provisional", years=year_list(years)))
    if rule.note[0]:
        text = _join(text, each_lang("dl.note", note=rule.note))
    if rule.amount_min and amount_missing:
        text = _join(text, each_lang("dl.amount_missing", amount=lambda lang: yuan(rule.amount_min, lang)))
    if done_date is not None:
        when = _day(done_date)
        if rule.kind == "due" and done_date > due:
            text = _join(text, each_lang("dl.done_late", day=when))
        elif rule.kind == "opens" and done_date < due:
            text = _join(text, each_lang("dl.done_early", day=when))
        else:
            text = _join(text, each_lang("dl.done", day=when))
    return titles[0], titles[1], text[0], text[1]


def _day(d: date) -> Callable[[str], str]:
    """A date as each language writes it in prose (2026年7月6日 / 6 July 2026), for each_lang."""
    return lambda lang: day(d, lang)


def _nth(n: int, key: str = "nth") -> Callable[[str], str]:
    return lambda lang: ordinal(n, lang, key)


def _text_after(rule: Rule, d0: date, nominal: date, due: date, cal: WorkCalendar, trigger: str) -> Texts:
    event = rule.rs.event_label(trigger)
    start, n = _day(d0), rule.n
    unit = rule.unit
    if unit == "workdays":
        key = "dl.after.workdays_opens" if rule.kind == "opens" else "dl.after.workdays"
        return each_lang(key, event=event, start=start, n=n, nth=_nth(n), due=_day(due))
    if unit == "immediately":
        text = each_lang("dl.after.immediately", event=event, start=start)
    elif unit == "days":
        key = "dl.after.days_opens" if rule.kind == "opens" else "dl.after.days"
        text = each_lang(key, event=event, start=start, n=n, nominal=_day(nominal))
    else:
        how = each_lang("dl.month_day.same" if nominal.day == d0.day else "dl.month_day.last", nominal=_day(nominal))
        key = "dl.after.months_opens" if rule.kind == "opens" else "dl.after.months"
        text = each_lang(key, event=event, start=start, n=n, how=how)
    return _join(text, _moved_text(rule, cal, nominal, due))


def _moved_text(rule: Rule, cal: WorkCalendar, nominal: date, due: date) -> Texts:
    if rule.kind == "opens":
        if cal.is_workday(nominal):
            return each_lang("dl.moved.opens")
        first = cal.next_workday(nominal)
        return each_lang("dl.moved.opens_later", first=_day(first), estimated=_estimated(cal, first.year))
    if not rule.move:
        if cal.is_workday(nominal):
            return each_lang("dl.stop")
        return each_lang("dl.moved.not_moved")
    if due != nominal:
        return each_lang("dl.moved.moved", due=_day(due))
    return each_lang("dl.moved.workday")


def _estimated(cal: WorkCalendar, year: int) -> Texts:
    return ("", "") if cal.is_official(year) else each_lang("dl.estimated")


def _text_before(rule: Rule, d0: date, due: date, cal: WorkCalendar, trigger: str) -> Texts:
    text = each_lang("dl.before", event=rule.rs.event_label(trigger), start=_day(d0), nth=_nth(rule.n),
                due=_day(due))
    text = _join(text, each_lang("dl.stop" if cal.is_workday(due) else "dl.before.not_workday"))
    from ..workdays import china_today

    if due < china_today() < d0:   # (停用前30日内上报, the 30th day before gone by: the window runs on until the day itself)
        text = _join(text, each_lang("dl.before.passed", event=rule.rs.event_label(trigger), n=rule.n, start=_day(d0)))
    return text


def _text_yearly(rule: Rule, due: date, cal: WorkCalendar, first: date | None, last: date | None) -> Texts:
    text = each_lang("dl.yearly", day=lambda lang: day(due, lang, "fmt.day_no_year"), due=_day(due))
    if first:
        text = _join(text, each_lang("dl.yearly.from", first=_day(first)))
        if last:
            text = _join(text, each_lang("dl.yearly.until", last=_day(last)))
    if cal.is_workday(due):
        return _join(text, each_lang("dl.stop"))
    return _join(text, each_lang("dl.yearly.not_workday", estimated=_estimated(cal, due.year)))


def _text_every(rule: Rule, nominal: date, due: date, period: Texts) -> Texts:
    key = "dl.every.month" if rule.months == 1 else "dl.every.quarter"
    text = each_lang(key, period=period, day=_nth(rule.day, "day_of_month"), nominal=_day(nominal))
    if not rule.move:
        return _join(text, each_lang("dl.stop"))
    if due != nominal:
        why = each_lang("dl.every.default" if rule.default_day else "dl.every.by_text")
        return _join(text, each_lang("dl.every.moved", due=_day(due), why=why))
    return _join(text, each_lang("dl.every.workday"))


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
