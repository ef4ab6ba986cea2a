"""Renaming a project (/rename, or the name typed next) and deleting one (/delete, confirmed by button)."""
from __future__ import annotations

from ..buttons import Action, Verb, encode
from ..conversation import RenameState
from ..replies import Button, Reply, rows
from ..texts import t
from . import CANCEL


def command(session, arg: str) -> list[Reply]:
    p = session.project()
    if p is None:
        return [Reply(t("need_project", session.lang))]
    if not arg:
        session.conv.flow = RenameState(p["id"])
        return [Reply(t("rename_ask", session.lang, name=p["name"]))]
    return rename(session, p, arg)


def on_text(session, state: RenameState, text: str) -> list[Reply]:
    if text.strip().lower() in CANCEL:
        return session.cmd_cancel("")
    p = session.project(state.project)
    session.conv.flow = None
    if p is None:
        return [Reply(t("not_your_project", session.lang))]
    return rename(session, p, text)


def rename(session, p: dict, new: str) -> list[Reply]:
    name = " ".join(new.split())
    if not name or len(name) > 60:
        session.conv.flow = RenameState(p["id"])
        return [Reply(t("rename_bad", session.lang))]
    if name == p["name"]:
        return [Reply(t("rename_same", session.lang, name=name))]
    if name in {q["name"] for q in session.store.list_projects(session.uid)}:
        session.conv.flow = RenameState(p["id"])
        return [Reply(t("duplicate_name", session.lang, name=name))]
    session.store.update_project(session.uid, p["id"], name=name)
    session.conv.current = p["id"]
    return [Reply(t("renamed", session.lang, old=p["name"], name=name))]


def delete_command(session, arg: str) -> list[Reply]:
    p = session.find_project(arg) if arg else session.project()
    if p is None:
        return [Reply(t("not_your_project", session.lang) if arg else t("need_project", session.lang))]
    n = len([f for f in session.store.list_filings(session.uid, p["id"]) if f["status"] != "done"])
    return [Reply(t("delete_ask", session.lang, name=p["name"], n=n),
                  rows([Button(t("delete_yes", session.lang), encode(Verb.DELETE, p["id"])),
                        Button(t("delete_no", session.lang), encode(Verb.KEEP))], 1))]


def on_button(session, state: RenameState | None, action: Action) -> list[Reply]:
    """del:<project> deletes it; keep declines."""
    if action.verb is Verb.KEEP:
        return [Reply(t("delete_kept", session.lang))]
    p = session.store.get_project(session.uid, session.row_id(action.args[0]))
    session.store.delete_project(session.uid, p["id"])
    if session.conv.current == p["id"]:
        session.conv.current = None
    return [Reply(t("deleted", session.lang, name=p["name"]))]
