"""The declaration interview as a flow: typed answers, its buttons (``d:…``), /new, /back, /skip,
the summary and the confirmation. The checklist itself (fields, checks, order) is handlers/declare.py."""
from __future__ import annotations

import logging

from .. import declare
from ..buttons import Action, Verb, encode
from ..choices import match
from ..conversation import DeclareState
from ..dates import find_date
from ..projects import approval_path, compute_deadlines, status_card, sync, title_of
from ..replies import Button, Reply, rows
from ..talk import is_question
from ..texts import t
from ..vocab import EVENT_NAMES, EVENT_STAGE, STAGES, SYNONYMS, event_in, name_of
from . import BACK, CANCEL, SKIP, projects, questions

log = logging.getLogger(__name__)


def start(session, arg: str = "") -> list[Reply]:
    """/new: a fresh interview, or, with answers given already, the question whether to drop them."""
    state = session.conv.flow
    if isinstance(state, DeclareState) and (state.answers or state.skipped):
        # an old /new button, or /new typed again: ask before throwing the answers away
        name = state.answers.get("name") or "—"
        n = len(state.answers) + len(state.skipped)
        return [Reply(t("restart_ask", session.lang, name=name, n=n),
                      rows([Button(t("restart_keep", session.lang), encode(Verb.DECLARE, "resume")),
                            Button(t("restart_discard", session.lang), encode(Verb.DECLARE, "restart"))], 1))]
    session.conv.flow = declare.new_state()
    return ask(session, session.conv.flow)


def back(session, state: DeclareState) -> list[Reply]:
    state.pending = None
    if state.from_menu:  # changing one answer from the summary: back to the summary
        state.editing = state.from_menu = None
        return ask(session, state)
    if declare.back(state, session.kb) is None:
        return ask(session, state, t("first_question", session.lang) + "\n")
    return ask(session, state)


def skip(session, state: DeclareState) -> list[Reply]:
    state.pending = None
    f = declare.next_field(state, session.kb)
    if f is None or not f.optional:
        return ask(session, state, t("cannot_skip", session.lang) + "\n")
    declare.skip(state, f)
    return ask(session, state)


def _ctx(session, state: DeclareState) -> declare.Ctx:
    taken = frozenset(p["name"] for p in session.store.list_projects(session.uid))
    return declare.Ctx(session.lang, session.today, session.kb, state.answers, taken)


def ask(session, state: DeclareState, prefix: str = "", only: list[str] | None = None) -> list[Reply]:
    """The pending question (or the summary when none is left)."""
    declare.prune(state, session.kb)
    a = state.answers
    if a.get("software_cost") and a.get("amount") and a["software_cost"] > a["amount"]:
        # the total was edited below the software cost: ask the cost again
        a.pop("software_cost")
        prefix += t("software_over_total", session.lang) + "\n"
    f = declare.next_field(state, session.kb)
    if f is None:
        return [summary(session, state, prefix)]
    return [declare.ask(f, state, _ctx(session, state), prefix, only)]


def on_text(session, state: DeclareState, text: str) -> list[Reply]:
    low = text.strip().lower()
    if low in CANCEL:
        return session.cmd_cancel("")
    if low in BACK:
        return back(session, state)
    state.pending = None
    f = declare.next_field(state, session.kb)
    if f is None:  # at the summary
        m = match(text, SYNONYMS["summary"])
        if m.value == "confirm":
            return confirm(session, state)
        if m.value == "edit":
            return [edit_menu(session, state)]
        return [summary(session, state, t("summary_confirm_hint", session.lang) + "\n")]
    if low in SKIP:
        return skip(session, state)
    intent = _other_intent(session, state, f, text)
    if intent:
        return intent
    value, error = f.check(text, _ctx(session, state))
    if error:
        only = f.nearest(text) if isinstance(f, declare.ChoiceField) else None
        return [declare.ask(f, state, _ctx(session, state), error + "\n", only or None)]
    declare.answer(state, f.key, value)
    return ask(session, state)


def _other_intent(session, state: DeclareState, f, text: str) -> list[Reply] | None:
    """A question or an event typed where the interview expects an answer is not taken as
    the answer unread: the user says which they meant."""
    lang = session.lang
    found = find_date(text, session.today, past_only=True)
    event = event_in(text, found.span if found is not None else None)
    if isinstance(f, declare.EventField) and event == f.event:
        return None  # "合同3月2日签了" at the contract-date question is the answer
    question = is_question(text)
    if not question and not event:
        return None
    if isinstance(f, declare.AmountField) and not event and f.check(text, _ctx(session, state))[1] is None \
            and not is_question(text.replace("？", "").replace("?", "")):
        return None  # "80万？" is an unsure answer, not a question
    if isinstance(f, declare.ChoiceField) and f.check(text, _ctx(session, state))[1] is None and not question:
        return None
    state.pending = {"text": text, "event": event,
                     "date": found.date.isoformat() if found is not None and found.date else None}
    buttons = [Button(t("intent_answer", lang, label=declare.label(f, lang)), encode(Verb.DECLARE, "use"))]
    if question:
        buttons.append(Button(t("intent_question", lang), encode(Verb.DECLARE, "ask")))
    if event:
        buttons.append(Button(t("intent_event", lang, event=name_of(EVENT_NAMES, event, lang)), encode(Verb.DECLARE, "event")))
    return [Reply(t("intent_which", lang, text=text[:60]), rows(buttons, 1))]


def _pending(session, state: DeclareState, action: str) -> list[Reply]:
    lang = session.lang
    pending, state.pending = state.pending, None
    f = declare.next_field(state, session.kb)
    if not pending or f is None:
        return [Reply(t("stale_button", lang)), *ask(session, state)]
    if action == "use":
        value, error = f.check(pending["text"], _ctx(session, state))
        if error:
            only = f.nearest(pending["text"]) if isinstance(f, declare.ChoiceField) else None
            return [declare.ask(f, state, _ctx(session, state), error + "\n", only or None)]
        declare.answer(state, f.key, value)
        return ask(session, state)
    if action == "ask":
        return [*questions.on_text(session, None, pending["text"], draft=draft_project(state)), *ask(session, state)]
    event = pending.get("event")
    if not event:
        return [Reply(t("stale_button", lang)), *ask(session, state)]
    if not pending.get("date"):
        return ask(session, state, t("event_needs_date", lang, event=name_of(EVENT_NAMES, event, lang)) + "\n")
    state.events[event] = pending["date"]
    stage = state.answers.get("stage")
    wanted = EVENT_STAGE.get(event)
    if stage and wanted and STAGES.index(wanted) > STAGES.index(stage):
        state.answers["stage"] = wanted
    for key, value in state.events.items():  # an event the stage asks about is answered already
        if f"ev.{key}" in declare.BY_KEY and declare.BY_KEY[f"ev.{key}"].needed(state.answers, session.kb):
            state.answers.setdefault(f"ev.{key}", value)
    note = t("event_noted", lang, event=name_of(EVENT_NAMES, event, lang), date=pending["date"])
    return ask(session, state, note + "\n")


def on_button(session, state: DeclareState | None, action: Action) -> list[Reply]:
    parts = list(action.args)
    if state is None:
        return [Reply(t("stale_button", session.lang))]
    verb = parts[0] if parts else ""
    if verb == "cancel":
        return session.cmd_cancel("")
    if verb == "back":
        return back(session, state)
    if verb == "skip":
        return skip(session, state)
    if verb == "resume":
        return ask(session, state)
    if verb == "restart":
        session.conv.flow = state = declare.new_state()
        return ask(session, state)
    if verb in ("use", "ask", "event"):
        return _pending(session, state, verb)
    if verb == "all":
        return ask(session, state)
    if verb == "reqs":
        return [projects.requirements(session, draft_project(state)), *ask(session, state)]
    if verb == "confirm" and declare.next_field(state, session.kb) is None:
        return confirm(session, state)
    if verb == "editmenu":
        return [edit_menu(session, state)]
    if verb == "edit" and len(parts) == 2 and parts[1] in declare.BY_KEY:
        state.editing = parts[1]
        state.from_menu = True
        return ask(session, state)
    if verb == "set" and len(parts) == 3:
        f = declare.next_field(state, session.kb)
        if f is None or f.key != parts[1]:
            return [Reply(t("stale_button", session.lang)), *ask(session, state)]
        value, error = f.check(parts[2], _ctx(session, state))
        if error:
            return [declare.ask(f, state, _ctx(session, state), error + "\n")]
        state.pending = None
        declare.answer(state, f.key, value)
        return ask(session, state)
    return [Reply(t("stale_button", session.lang)), *ask(session, state)]


def summary(session, state: DeclareState, prefix: str = "") -> Reply:
    lang, kb, today = session.lang, session.kb, session.today
    lines = [prefix + t("summary_head", lang)]
    for f in declare.FIELDS:
        if f.needed(state.answers, kb):
            value = declare.shown(f, state, lang, kb)
            lines.append("• " + t("labelled", lang, label=declare.label(f, lang), value=value))
    for event, day in state.events.items():
        if f"ev.{event}" not in state.answers:
            lines.append("• " + t("labelled", lang, label=name_of(EVENT_NAMES, event, lang), value=day))
    draft = draft_project(state)
    path = approval_path(kb, draft, lang)
    if not path["applicable"]:
        lines.append(t("not_covered", lang, reason=path["reason"]))
    else:
        needed = [r for r in path["requirements"] if r["verdict"] in ("yes", "conditional")]
        depends = sum(1 for r in needed if r["verdict"] == "conditional")
        lines.append(t("summary_requirements", lang, n=len(needed), depends=depends))
    try:
        upcoming = [d for d in compute_deadlines(kb, draft, draft_events(state), today) if d["due"] >= today.isoformat()]
        if upcoming:
            lines.append(t("next_deadlines", lang))
            for d in upcoming[:3]:
                title = title_of(d, lang)
                mark = t("provisional_mark", lang) if d.get("provisional") else ""
                lines.append(f" • {d['due']} {title}{mark}")
    except Exception:  # the summary stays useful even if a deadline cannot be computed
        log.exception("deadline preview failed")
    lines.append(t("summary_confirm_hint", lang))
    buttons = [[Button(t("btn_confirm", lang), encode(Verb.DECLARE, "confirm"))],
               [Button(t("btn_edit", lang), encode(Verb.DECLARE, "editmenu")),
                Button(t("btn_requirements", lang), encode(Verb.DECLARE, "reqs"))],
               [Button(t("btn_cancel", lang), encode(Verb.DECLARE, "cancel"))]]
    return Reply("\n".join(lines), buttons)


def edit_menu(session, state: DeclareState) -> Reply:
    buttons = [Button(declare.label(f, session.lang), encode(Verb.DECLARE, "edit", f.key)) for f in declare.FIELDS
               if f.needed(state.answers, session.kb)]
    return Reply(t("edit_which", session.lang), rows(buttons, 3))


def draft_events(state: DeclareState) -> dict:
    events = dict(state.events)
    events.update({k[3:]: v for k, v in state.answers.items() if k.startswith("ev.") and v})
    return events


def draft_project(state: DeclareState) -> dict:
    a = state.answers
    return {"id": None, "name": a.get("name"), "jurisdiction": a.get("jurisdiction"), "amount": a.get("amount"),
            "kind": a.get("kind"), "software_cost": a.get("software_cost"), "contract_amount": None,
            "funding": a.get("funding"),
            "new_initiative": {"yes": True, "no": False}.get(a.get("new_initiative")), "stage": a.get("stage")}


def confirm(session, state: DeclareState) -> list[Reply]:
    store, uid = session.store, session.uid
    d = draft_project(state)
    if d["name"] in {p["name"] for p in store.list_projects(uid)}:  # taken meanwhile (another window)
        state.editing, state.from_menu = "name", True
        return ask(session, state, t("duplicate_name", session.lang, name=d["name"]) + "\n")
    p = store.create_project(uid, d["name"], jurisdiction=d["jurisdiction"], amount=d["amount"],
                             kind=d["kind"], software_cost=d["software_cost"], funding=d["funding"],
                             new_initiative=d["new_initiative"], stage=d["stage"] or "planning")
    for key, value in draft_events(state).items():
        store.record_event(uid, p["id"], key, value, by=uid)
    sync(session.kb, store, uid, p, session.today)
    session.conv.flow = None
    session.conv.current = p["id"]
    card = status_card(session.kb, store, uid, p, session.today, session.lang)
    return [Reply(t("project_saved", session.lang)), card]
