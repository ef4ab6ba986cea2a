"""Rendering: a deadline's titles and the text of how its date was counted, in Chinese and English,
and the JSON form of deadlines and schedules (the ``deadlines`` command's output).

The engine stores, with each ``Deadline``, the facts behind its date (the start day, the nominal day
before a holiday moved it, the calendar); ``render`` turns them into words only when a title or a
rule text is read, so computing many dates stays cheap. It may import ``knowledge.reader.amounts`` and the
package's ``loading`` and ``model`` (for types), never the engine.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...reader.amounts import yuan

if TYPE_CHECKING:
    from ..workdays import WorkCalendar
    from .loading import Rule
    from .model import Deadline, Schedule


def render(rule: Rule, d: Deadline) -> tuple[str, str, str, str]:
    """(title, title_en, rule, rule_en) of one of this rule's deadlines."""
    d0, nominal, extra, cal, amount_missing, done_date = d._why
    due = d.due
    if rule.schedule == "after":
        titles = rule.titles(due.year)
        zh, en = _text_after(rule, d0, nominal, due, cal, d.trigger)
        touch = d0 + timedelta(days=1) if rule.unit == "workdays" else nominal
    elif rule.schedule == "before":
        titles = rule.titles(due.year)
        zh, en = _text_before(rule, d0, due, cal, d.trigger)
        touch = due
    elif rule.schedule == "yearly":
        titles = rule.titles(due.year)
        zh, en = _text_yearly(rule, due, cal, *extra)
        touch = due
    else:
        py, pm = divmod(extra * rule.months, 12)
        if rule.months == 1:
            plabel = (f"{py}年{pm + 1}月", date(py, pm + 1, 1).strftime("%B %Y"))
        else:
            plabel = (f"{py}年第{pm // 3 + 1}季度", f"Q{pm // 3 + 1} {py}")
        titles = rule.titles(py, plabel)
        zh, en = _text_every(rule, nominal, due, plabel)
        touch = nominal
    if d.provisional:
        years = [str(y) for y in cal.estimated_years(min(touch, due), due)] or [str(due.year)]
        zh += (f"【暂定】{'、'.join(years)}年的放假安排尚未公布，此日期按法定节假日规则估算（已计周末补假，"
               "未计调休），官方安排公布后可能变动。")
        en += (f" [Provisional] The official holiday schedule for {', '.join(years)} is not published yet; "
               "this date uses an estimate (statutory holidays with weekend make-up days, no adjusted "
               "working weekends) and may change.")
    if rule.note[0]:
        zh += rule.note[0]
        en += " " + rule.note[1]
    if rule.amount_min and amount_missing:
        zh += f"（仅适用于{yuan(rule.amount_min)}（含）以上的项目；未提供金额。）"
        en += f" (Only for projects of {rule.amount_min:,} yuan or more; no amount was given.)"
    if done_date is not None:
        when = done_date.isoformat()
        if rule.kind == "due" and done_date > due:
            zh += f"已于{when}完成（晚于期限）。"
            en += f" Done on {when} (late)."
        elif rule.kind == "opens" and done_date < due:
            zh += f"已于{when}办理（早于可办理日）。"
            en += f" Done on {when} (before the window opened)."
        else:
            zh += f"已于{when}完成。"
            en += f" Done on {when}."
    return titles[0], titles[1], zh, en


def _text_after(rule: Rule, d0: date, nominal: date, due: date, cal: WorkCalendar, trigger: str):
    ezh, een = rule.rs.event_label(trigger)
    s0, ns, ds, n = d0.isoformat(), nominal.isoformat(), due.isoformat(), rule.n
    unit = rule.unit
    if unit == "workdays":
        if rule.kind == "opens":
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
        if rule.kind == "opens":
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
        if rule.kind == "opens":
            zh = f"{ezh}（{s0}）满{n}个月之日：{how_zh}（民法典第二百零二条）"
            en = f"{months} after {een} ({s0}): {how_en} (Civil Code art. 202)"
        else:
            zh = f"{ezh}（{s0}）后{n}个月内：{how_zh}为期间最后一日（民法典第二百零二条）"
            en = f"Within {months} after {een} ({s0}): {how_en}, ends the period (Civil Code art. 202)"
    z2, e2 = _moved_text(rule, cal, nominal, due)
    return zh + z2, en + e2


def _moved_text(rule: Rule, cal: WorkCalendar, nominal: date, due: date) -> tuple[str, str]:
    if rule.kind == "opens":
        if cal.is_workday(nominal):
            return "，自该日起可以办理。", "; it may be done from that day."
        first = cal.next_workday(nominal)
        est = not cal.is_official(first.year)
        return (f"，自该日起可以办理；该日为非工作日，实际可办理的第一个工作日为{first.isoformat()}"
                f"{'（按估算日历）' if est else ''}。",
                f"; it may be done from that day, which is not a working day: the first working day is "
                f"{first.isoformat()}{' (estimated calendar)' if est else ''}.")
    if not rule.move:
        if cal.is_workday(nominal):
            return "。", "."
        return "；该日为非工作日（不顺延），宜提前办理。", "; it is not a working day (not moved): act earlier."
    if due != nominal:
        return (f"；该日为法定节假日或休息日，顺延至其后第一个工作日{due.isoformat()}（民法典第二百零三条）。",
                f"; that day is a holiday or rest day, so the deadline moves to the next working day, "
                f"{due.isoformat()} (Civil Code art. 203).")
    return ("；该日是工作日，无需顺延（民法典第二百零三条）。",
            "; it is a working day, so it is not moved (Civil Code art. 203).")


def _text_before(rule: Rule, d0: date, due: date, cal: WorkCalendar, trigger: str) -> tuple[str, str]:
    ezh, een = rule.rs.event_label(trigger)
    zh = f"{ezh}（{d0.isoformat()}）前第{rule.n}日为{due.isoformat()}（按日倒数，不因节假日调整）"
    en = (f"The {_ordinal(rule.n)} day before {een} ({d0.isoformat()}) is {due.isoformat()} (counted back, "
          "not moved for holidays)")
    if cal.is_workday(due):
        return zh + "。", en + "."
    return (zh + "；该日为非工作日，如需在工作日办理请提前。",
            en + "; it is not a working day: act earlier if it must be done on a working day.")


def _text_yearly(rule: Rule, due: date, cal: WorkCalendar, first: date | None, last: date | None):
    ds = due.isoformat()
    zh = f"每年{rule.month}月{rule.day}日前，本年为{ds}（固定日期，办法未规定节假日顺延）"
    en = f"Each year by {rule.day} {due.strftime('%B')}: {ds} (a fixed date, not moved for holidays)"
    if first:
        zh += f"；期间自{first.isoformat()}起" + (f"至{last.isoformat()}止" if last else "")
        en += f"; the period runs from {first.isoformat()}" + (f" to {last.isoformat()}" if last else "")
    if cal.is_workday(due):
        return zh + "。", en + "."
    est = not cal.is_official(due.year)
    return (zh + f"；该日为非工作日{'（按估算日历）' if est else ''}，宜提前办理。",
            en + f"; it is not a working day{' (estimated calendar)' if est else ''}: act earlier.")


def _text_every(rule: Rule, nominal: date, due: date, plabel: tuple[str, str]) -> tuple[str, str]:
    ns, day = nominal.isoformat(), rule.day
    if rule.months == 1:
        zh = f"{plabel[0]}的情况于次月{day}日前报送，即{ns}"
        en = f"{plabel[1]} is reported by the {_ordinal(day)} of the next month, {ns}"
    else:
        zh = f"{plabel[0]}的材料于下一季度首月{day}日前报送，即{ns}"
        en = f"{plabel[1]}'s material is due by the {_ordinal(day)} of the next quarter's first month, {ns}"
    if not rule.move:
        return zh + "。", en + "."
    if due != nominal:
        why_zh = "（默认顺延）" if rule.default_day else "（办法规定节假日顺延）"
        why_en = " (default)" if rule.default_day else " (the text says holidays postpone it)"
        return (zh + f"；该日为法定节假日或休息日，顺延至{due.isoformat()}{why_zh}。",
                en + f"; that day is a holiday or rest day, so it moves to {due.isoformat()}{why_en}.")
    return zh + "，为工作日。", en + ", a working day."


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



def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
