"""Progress typed as a sentence: an event ("合同3月2日签了", "初验昨天做完了") is recorded with the
deadlines it adds, moves or removes; a statement that something was done ("任务书11月20号已经在平台
备案了") marks the project's filing it names done. An event without its day asks for it (the
event_date flow). No state between messages."""
from __future__ import annotations

import re
from datetime import date

from ..buttons import Verb, encode
from ..dates import find_date
from ..projects import filing_line, order_message, sync, title_of
from ..replies import Button, Reply, rows
from ..statements import is_statement, matching_filing
from ..texts import t
from ..vocab import EVENT_NAMES, EVENT_STAGE, STAGES, event_in, name_of
from . import FUTURE_EVENTS, event_date

_INTENDS = re.compile(r"打算|准备(?!好|了)|计划(?!任务书|书)|想要?|拟|\b(?:plan(?:ning)? to|going to|intend(?:ing)? to|we'll|we will|about to)\b", re.I)


def on_text(session, state: None, text: str) -> list[Reply] | None:
    """The reply to progress reported in ``text``; None when it reports none (a question)."""
    found = find_date(text, session.today, past_only=True)
    event = event_in(text, found.span if found is not None else None)
    if event in FUTURE_EVENTS:  # a planned date is ahead of today by nature
        found = find_date(text, session.today, past_only=False)
    if event and found is None and _INTENDS.search(text):
        return None   # (我们打算停用一个老系统，先说一声: a plan with no day, asked of the regulations, not progress told)
    if event:
        return _event(session, event, found, text)
    if is_statement(text, session.lang):  # "任务书今天已经在平台备案了": progress, not a question
        return _statement(session, text, found)
    return None


def _event(session, event: str, found, text: str = "") -> list[Reply]:
    p = session.project()
    if p is None:
        return _told_without_project(session, found, text) or [Reply(t("need_project", session.lang))]
    if found is None:  # "合同签了": ask which day
        return event_date.start(session, p["id"], event)
    if found.date is None:
        return [Reply(found.message(session.lang))]
    return record(session, p, event, found.date)


def _told_without_project(session, found, text: str) -> list[Reply]:
    """钟楼区初验昨天做完了 (or 钟楼区的初验做完了。 with no day), with no project declared: what follows in the place it
    names (and by when, where a day is told), from the regulations, and how to keep it on a project; nothing when it
    names no one place, or names no day and the regulations give no next step."""
    if found is not None and found.date is None:
        return []
    result = session.kb.ask(text)
    if len((result.get("understood") or {}).get("jurisdictions") or []) != 1 or not result["findings"]:
        return []
    if found is None and result["findings"][0].get("topic") != "next_step":
        return []
    return [Reply(result["answer"]), Reply(t("statement_no_project_answered", session.lang))]


def _statement(session, text: str, found) -> list[Reply]:
    """Something done that is not one of the events: the project's filing it names is done."""
    lang, store, uid, today = session.lang, session.store, session.uid, session.today
    p = session.project()
    if p is None:
        return [Reply(t("statement_no_project", lang))]
    f = matching_filing(text, store.list_filings(uid, p["id"]), lang)
    if f is None:
        return [Reply(t("statement_unclear", lang, text=text),
                      rows([Button(t("btn_record_progress", lang), encode(Verb.PROJECT, p["id"]))]))]
    when = found.date if found is not None and found.date else today
    if when > today:
        return [Reply(t("event_future", lang, event=title_of(f, lang), today=today.isoformat()))]
    f = store.mark_done(uid, f["id"], by=uid, at=when.isoformat())
    return [Reply(t("statement_done", lang, title=title_of(f, lang), date=when.isoformat()),
                  [[Button(t("btn_undo", lang), encode(Verb.UNDO, f["id"]))]])]


def record(session, p: dict, event: str, when: date) -> list[Reply]:
    """Record the project's event on ``when`` (checked against today and the text's order of
    events), move the project's stage on, and say which deadlines changed."""
    lang, kb, store, uid, today = session.lang, session.kb, session.store, session.uid, session.today
    name = name_of(EVENT_NAMES, event, lang)
    if when > today and event not in FUTURE_EVENTS:
        return [Reply(t("event_future", lang, event=name, today=today.isoformat()))]
    events = {e["name"]: date.fromisoformat(e["date"]) for e in store.list_events(uid, p["id"])}
    events[event] = when
    problem = order_message(kb, p["jurisdiction"], events, event, lang)
    if problem:
        return [Reply(problem)]
    problem = kb.event_problem(p["jurisdiction"], events, lang)
    if problem:
        return [Reply(t("event_order", lang, detail=problem))]
    store.record_event(uid, p["id"], event, when, by=uid)
    stage = EVENT_STAGE.get(event)
    if stage and p["stage"] in STAGES and STAGES.index(stage) > STAGES.index(p["stage"]):
        p = store.update_project(uid, p["id"], stage=stage)
    changes = sync(kb, store, uid, p, today)
    session.conv.current = p["id"]
    lines = [t("event_recorded", lang, event=name, date=when.isoformat())]
    if changes.changed:
        lines.append(t("changes_head", lang))
        for label, items in (("added", changes.added), ("moved", changes.moved), ("removed", changes.removed)):
            for f in items[:6]:
                extra = t("was_due", lang, date=f["old_due"]) if label == "moved" else ""
                lines.append(t("change_line", lang, label=t(label, lang), line=filing_line(f, lang, today)) + extra)
    else:
        lines.append(t("no_changes", lang))
    return [Reply("\n".join(lines), rows([Button(t("btn_status", lang), encode(Verb.PROJECT, p["id"]))]))]
