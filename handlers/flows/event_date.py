"""Asking which day an event happened ("合同签了" with no date, or the event menu's buttons)."""
from __future__ import annotations

from ..buttons import Action
from ..conversation import EventDateState
from ..dates import parse_date
from ..replies import Reply
from ..texts import t
from ..vocab import EVENT_NAMES, name_of
from . import CANCEL, FUTURE_EVENTS, events


def start(session, project_id: int, event: str) -> list[Reply]:
    session.conv.flow = EventDateState(project_id, event)
    return [Reply(t("ask_event_date", session.lang, event=name_of(EVENT_NAMES, event, session.lang)))]


def on_text(session, state: EventDateState, text: str) -> list[Reply]:
    if text.strip().lower() in CANCEL:
        return session.cmd_cancel("")
    result = parse_date(text, session.today, past_only=state.event not in FUTURE_EVENTS)
    if result.date is None:
        return [Reply(result.message(session.lang))]
    p = session.project(state.project)
    session.conv.flow = None
    if p is None:
        return [Reply(t("not_your_project", session.lang))]
    return events.record(session, p, state.event, result.date)


def on_button(session, state: EventDateState | None, action: Action) -> list[Reply]:
    """ev:<project>:<event>: the event chosen from the menu; its date comes next."""
    p = session.store.get_project(session.uid, session.row_id(action.args[0]))
    return start(session, p["id"], action.args[1])
