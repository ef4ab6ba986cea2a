"""The user's projects and their filings: /projects, /status, /path, /deadlines, /export and the
admins' /overview, and the buttons that open a project (``proj:``, ``path:``, ``export:``,
``evmenu:``) or act on a filing (``done:``, ``undo:``, ``snooze:``). No state between messages:
every button carries the id it acts on (the store checks that it is the user's)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.facts.money import yuan

from ..buttons import Action, Verb, encode
from ..projects import filing_line, path_card, snooze_until, status_card, title_of
from ..replies import Button, Document, Reply, rows
from ..texts import t
from ..vocab import EVENT_NAMES, EVENTS, name_of


def _named(session, arg: str) -> dict | None:
    """The project an argument names, else the current one."""
    return session.find_project(arg) if arg else session.project()


def _missing(session, arg: str) -> list[Reply]:
    return [Reply(t("not_your_project", session.lang) if arg else t("need_project", session.lang))]


def list_projects(session, arg: str = "") -> list[Reply]:
    """/projects: each project with its place and amount, the current one marked."""
    lang = session.lang
    projects = session.store.list_projects(session.uid)
    if not projects:
        return [Reply(t("no_projects", lang))]
    lines = [t("projects_head", lang)]
    for i, p in enumerate(projects, 1):
        j = session.kb.jurisdictions.get(p["jurisdiction"])
        where = j.document.name[lang] if j else p["jurisdiction"]
        mark = " ←" if p["id"] == session.conv.current else ""
        lines.append(t("project_line", lang, i=i, name=p["name"], where=where, mark=mark,
                       amount=yuan(p["amount"], lang) if p["amount"] else "—"))
    buttons = [Button(p["name"][:30], encode(Verb.PROJECT, p["id"])) for p in projects[:20]]
    return [Reply("\n".join(lines), rows(buttons, 1))]


def status(session, arg: str = "") -> list[Reply]:
    """/status [project]: the status card, and the project becomes the current one."""
    p = _named(session, arg)
    if p is None:
        return _missing(session, arg)
    session.conv.current = p["id"]
    return [status_card(session.kb, session.store, session.uid, p, session.today, session.lang)]


def path(session, arg: str = "") -> list[Reply]:
    """/path [project]: every requirement and approval step."""
    p = _named(session, arg)
    if p is None:
        return _missing(session, arg)
    session.conv.current = p["id"]
    return [requirements(session, p)]


def requirements(session, project: dict) -> Reply:
    """The approval path card of a saved project or of the interview's draft."""
    return path_card(session.kb, session.store, session.uid, project, session.today, session.lang)


def deadlines(session, arg: str = "") -> list[Reply]:
    """/deadlines [project]: the open filings of each project, with buttons to mark some done."""
    lang, today = session.lang, session.today
    projects = [session.find_project(arg)] if arg else session.store.list_projects(session.uid)
    projects = [p for p in projects if p]
    if not projects:
        return [Reply(t("need_project", lang))]
    lines, buttons = [], []
    for p in projects:
        open_ = [f for f in session.store.list_filings(session.uid, p["id"]) if f["status"] != "done"]
        if not open_:
            continue
        lines.append(f"📋 {p['name']}")
        for f in open_[:8]:
            late = "❗" if f["due"] < today.isoformat() else "•"
            lines.append(f" {late} {filing_line(f, lang, today)}")
            if len(buttons) < 6:
                buttons.append(Button(("✔ " + title_of(f, lang))[:30], encode(Verb.DONE, f["id"])))
    return [Reply("\n".join(lines) if lines else t("no_deadlines", lang), rows(buttons, 1))]


def export_command(session, arg: str = "") -> list[Reply]:
    """/export [project]: the open filings as an .ics file."""
    p = _named(session, arg)
    if p is None:
        return [Reply(t("need_project", session.lang))]
    return [export(session, p)]


def export(session, p: dict) -> Reply:
    from knowledge.time.ics import to_ics

    items = []
    for f in session.store.list_filings(session.uid, p["id"]):
        if f["status"] == "done":
            continue
        info = dict(f.get("info") or {})
        items.append({**info, "key": f["key"], "due": f["due"], "title": title_of(f, session.lang)})
    content = to_ics(items, calendar_name=p["name"])
    safe = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", p["name"])[:40] or "project"
    return Reply(t("export_ready", session.lang, name=p["name"], n=len(items)),
                 document=Document(f"{safe}.ics", content))


def overview(session, arg: str = "") -> list[Reply]:
    """/overview (admins): every project's overdue filings and those due within a week."""
    lang, today = session.lang, session.today
    if not session.user["is_admin"]:
        return [Reply(t("unknown_command", lang, cmd="/overview"))]
    items = session.store.overdue(today) + session.store.due_within(today, today + timedelta(days=7))
    if not items:
        return [Reply(t("no_deadlines", lang))]
    lines = [t("overview_head", lang)]
    for f in sorted(items, key=lambda f: f["due"]):
        late = "❗" if f["due"] < today.isoformat() else "•"
        lines.append(f"{late} {f['project_name']} · {filing_line(f, lang, today)}")
    return [Reply("\n".join(dict.fromkeys(lines)))]


BUTTONS = frozenset({Verb.PROJECT, Verb.PATH, Verb.EXPORT, Verb.EVENT_MENU, Verb.DONE, Verb.UNDO, Verb.SNOOZE})


def on_button(session, state: None, action: Action) -> list[Reply]:
    """A button of :data:`BUTTONS` with its one id. Raises ``state.NotFound`` for a project or
    filing that is not the user's, ``ValueError`` for an id that is not one."""
    if len(action.args) != 1:
        return [Reply(t("stale_button", session.lang))]
    verb, row = action.verb, session.row_id(action.args[0])
    if verb in (Verb.DONE, Verb.UNDO, Verb.SNOOZE):
        return _filing(session, verb, row)
    p = session.store.get_project(session.uid, row)
    if verb is Verb.EXPORT:
        return [export(session, p)]
    if verb is Verb.EVENT_MENU:
        buttons = [Button(name_of(EVENT_NAMES, e, session.lang), encode(Verb.EVENT, p["id"], e)) for e in EVENTS]
        return [Reply(t("which_event", session.lang), rows(buttons, 2))]
    session.conv.current = p["id"]
    if verb is Verb.PATH:
        return [requirements(session, p)]
    return [status_card(session.kb, session.store, session.uid, p, session.today, session.lang)]


def _filing(session, verb: Verb, filing_id: int) -> list[Reply]:
    lang, store, uid = session.lang, session.store, session.uid
    f = store.get_filing(uid, filing_id)
    title = title_of(f, lang)
    if verb is Verb.DONE:
        f = store.mark_done(uid, filing_id, by=uid)
        return [Reply(t("done", lang, title=title), [[Button(t("btn_undo", lang), encode(Verb.UNDO, f["id"]))]])]
    if verb is Verb.UNDO:
        store.undo_done(uid, filing_id)
        return [Reply(t("undone", lang, title=title))]
    if f["status"] == "done":
        return [Reply(t("already_done", lang, title=title))]
    until = snooze_until(session.today, date.fromisoformat(f["due"]), session.user["reminder_settings"])
    store.snooze(uid, filing_id, until)
    return [Reply(t("snoozed", lang, title=title, date=until.isoformat()))]
