"""The assistant as every channel sees it: ``Assistant.handle(Incoming) -> list[Reply]``.

Each incoming message is one store transaction: a failure anywhere leaves no half step. The
conversation state (an interview in progress, the current project, a pending question such as
"which date?") lives in the store, so a restart resumes where the user was.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.base import KnowledgeBase, get_kb
from knowledge.reader.amounts import yuan
from knowledge.time.workdays import china_today as shanghai_today
from state import NotFound, StaleState, Store

from . import flows
from .buttons import Action, Verb, decode, encode
from .conversation import Conversation, DeclareState, EventDateState, RenameState
from .dates import find_date
from .projects import (
    filing_line,
    order_message,
    path_card,
    profile_of,
    snooze_until,
    status_card,
    sync,
    title_of,
)
from .replies import Button, Document, Incoming, Reply, rows
from .statements import is_statement, matching_filing
from .talk import is_small_talk, is_thanks, written_language
from .texts import t
from .vocab import EVENT_NAMES, EVENT_STAGE, EVENTS, STAGES, event_in, name_of
from .words import KIND_LABELS

log = logging.getLogger(__name__)
MAX_TEXT = 4096
_MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger forged id is refused like a stale button


def _row_id(text: str) -> int:
    value = int(text)
    if not 0 < value <= _MAX_ID:
        raise ValueError("id out of range")
    return value

# control characters, U+FFFD, and lone surrogates (undecodable bytes read with surrogateescape,
# as the console's stdin does; SQLite cannot store them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
_RETRIES = 5


@dataclass(frozen=True)
class Access:
    allowed: bool
    admin: bool


Policy = Callable[[str, "set[str] | None", "set[str]"], Access]  # (user id, allowed, admins) -> Access


def allow_list(user: str, allowed: set[str] | None, admins: set[str]) -> Access:
    """The default policy: everyone when no list is configured, else only those listed."""
    return Access(allowed is None or user in allowed or user in admins, user in admins)


class Assistant:
    def __init__(self, store: Store, kb: KnowledgeBase | None = None,
                 today: Callable[[], date] = shanghai_today, allowed: set[str] | None = None,
                 admins: set[str] | None = None, access: Callable[[str], Policy] | None = None):
        """``allowed`` and ``admins`` are the configured user ids; ``access(channel)`` gives the
        channel's policy that reads them (each channel states its own, see bot/channel.py). A
        channel without a policy gets :func:`allow_list`: denied unless allowed."""
        self.store, self.kb, self.today = store, kb or get_kb(), today
        self.allowed, self.admins = allowed, admins or set()
        self.access = access or (lambda channel: allow_list)

    # -- entry -----------------------------------------------------------------------------
    def handle(self, msg: Incoming) -> list[Reply]:
        lang = msg.language_hint if msg.language_hint in ("zh", "en") else "zh"
        decision = self.access(msg.channel)(msg.user, self.allowed, self.admins)  # as configured now
        if not decision.allowed:
            return [Reply(t("private", lang))]
        if msg.kind not in ("text", "callback"):
            return [Reply(t("media", lang))]
        text = msg.text or ""
        if msg.kind == "text":
            if len(text) > MAX_TEXT:
                return [Reply(t("too_long", lang, n=len(text), max=MAX_TEXT)), *self._reask(msg)]
            if _CONTROL.search(text):
                return [Reply(t("binary", lang)), *self._reask(msg)]
            if not text.strip():
                return [Reply(t("empty", lang)), *self._reask(msg)]
        try:
            for attempt in range(_RETRIES):
                try:
                    return self._handle_once(msg, lang, decision.admin, text)
                except StaleState:  # another message changed the conversation first: redo on fresh state
                    if attempt == _RETRIES - 1:
                        raise
                    log.info("conversation changed under a message; retrying on fresh state")
        except Exception:  # the transaction rolled back: nothing changed
            log.exception("handling a message failed")
            return [Reply(t("error", lang))]
        return [Reply(t("error", lang))]  # pragma: no cover - the loop returns or raises

    def _handle_once(self, msg: Incoming, lang: str, admin: bool, text: str) -> list[Reply]:
        with self.store.transaction():
            user, created = self.store.get_or_create_user(msg.channel, msg.user, language=lang)
            # admin as the channel's access policy decides now: removing an id revokes it
            if admin != user["is_admin"]:
                user = self.store.update_user(user["id"], is_admin=admin)
            session = Session(self, user, msg)
            replies = session.callback(msg.callback) if msg.kind == "callback" else session.text(text.strip())
            session.save()
            return replies

    def _reask(self, msg: Incoming) -> list[Reply]:
        """After refusing a message unread, repeat the interview's pending question (read-only), so
        the user sees what is still asked and a console gets its numbered choices back."""
        try:
            user = self.store.find_user(msg.channel, msg.user)
            if user is None:
                return []
            session = Session(self, user)
            return session.declare_ask()  # nothing when no interview is in progress
        except Exception:  # the refusal alone is still a fine answer
            log.exception("re-asking the pending question failed")
            return []


class Session:
    """One message's work for one user: routes a command, a button or free text to the flow in
    progress (handlers/flows/) or to questions, events and statements."""

    def __init__(self, app: Assistant, user: dict, msg: Incoming | None = None):
        self.app, self.store, self.kb = app, app.store, app.kb
        self.user = user
        self.today = app.today()
        stored, self._version = self.store.load_conversation_version(user["id"])
        self.conv = Conversation.from_dict(stored)
        self._saved = repr(self.conv.to_dict())  # a string: the flow's dicts change in place
        self.lang = self._language(msg)

    @property
    def uid(self) -> int:
        return self.user["id"]

    row_id = staticmethod(_row_id)

    def _language(self, msg: Incoming | None) -> str:
        """The language of the reply: what /lang set, else the language the user writes in
        (many users run an English client but write Chinese), else what they wrote last."""
        stored = self.user["language"]
        if self.conv.lang_fixed or msg is None or msg.kind != "text" or not msg.text:
            return stored
        written = written_language(msg.text)
        if written and written != stored:
            self.user = self.store.update_user(self.uid, language=written)  # reminders follow it too
            return written
        return stored

    def save(self) -> None:
        now = self.conv.to_dict()
        if repr(now) != self._saved:
            self._version = self.store.save_conversation(self.uid, now, expected_version=self._version)
            self._saved = repr(now)

    def in_interview(self) -> bool:
        return isinstance(self.conv.flow, DeclareState)

    def declare_ask(self) -> list[Reply]:
        """The interview's pending question again (empty when no interview is in progress)."""
        return flows.declare.ask(self, self.conv.flow) if isinstance(self.conv.flow, DeclareState) else []

    # -- text ------------------------------------------------------------------------------
    def text(self, text: str) -> list[Reply]:
        if text.startswith("/"):
            return self.command(text)
        state = self.conv.flow
        if state is not None:
            return flows.FLOWS[state.name].on_text(self, state, text)
        if is_small_talk(text):
            return [Reply(t("thanks" if is_thanks(text) else "hello", self.lang))]
        found = find_date(text, self.today, past_only=True)
        event = event_in(text, found.span if found is not None else None)
        if event in flows.FUTURE_EVENTS:  # a planned date is ahead of today by nature
            found = find_date(text, self.today, past_only=False)
        if event:
            return self.record_event_from_text(event, found)
        if is_statement(text, self.lang):   # "任务书今天已经在平台备案了": progress, not a question
            return self.statement(text, found)
        return self.question(text)

    def command(self, text: str) -> list[Reply]:
        cmd, _, arg = text.partition(" ")
        cmd = cmd.split("@")[0].lower()
        arg = arg.strip()
        handler = {"/start": self.cmd_start, "/help": self.cmd_help, "/new": self.cmd_new, "/projects": self.cmd_projects,
                   "/status": self.cmd_status, "/deadlines": self.cmd_deadlines, "/cancel": self.cmd_cancel,
                   "/lang": self.cmd_lang, "/export": self.cmd_export, "/back": self.cmd_back,
                   "/skip": self.cmd_skip, "/overview": self.cmd_overview, "/settings": self.cmd_settings,
                   "/path": self.cmd_path, "/rename": self.cmd_rename, "/delete": self.cmd_delete}.get(cmd)
        in_interview = self.in_interview()
        if handler is None:
            return [Reply(t("unknown_command", self.lang, cmd=cmd[:40])), *self.declare_ask()]
        if in_interview and cmd == "/new":
            return self.cmd_new(arg)
        if in_interview and cmd not in ("/cancel", "/back", "/skip", "/help", "/lang", "/start"):
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        if isinstance(self.conv.flow, (RenameState, EventDateState)) and cmd not in ("/help", "/lang", "/start"):
            self.conv.flow = None  # another command ends a pending small question
        return handler(arg)

    def cmd_start(self, arg: str) -> list[Reply]:
        return [Reply(t("start", self.lang, places=self.places()), rows([Button(t("btn_declare_new", self.lang), encode(Verb.NEW)),
                                                  Button(t("btn_lang", self.lang), encode(Verb.LANG))])),
                *self.declare_ask()]

    def cmd_help(self, arg: str) -> list[Reply]:
        return [Reply(t("help", self.lang, places=self.places()))]

    def places(self) -> str:
        """The places the knowledge base covers, as loaded (a sixth rules file adds a sixth)."""
        names = [j.document.name[self.lang] for j in self.kb.jurisdictions.values()]
        return t("list_sep", self.lang).join(names)

    def cmd_lang(self, arg: str) -> list[Reply]:
        wanted = {"zh": "zh", "中文": "zh", "cn": "zh", "en": "en", "english": "en", "英文": "en"}.get(arg.lower())
        if arg.lower() in ("auto", "自动"):  # back to following the language the user writes in
            self.conv.lang_fixed = False
            return [Reply(t("lang_auto", self.lang))]
        self.lang = wanted or ("en" if self.lang == "zh" else "zh")
        self.user = self.store.update_user(self.uid, language=self.lang)
        self.conv.lang_fixed = True  # chosen explicitly: it wins over the language written in
        return [Reply(t("lang_set", self.lang)), *self.declare_ask()]

    def cmd_cancel(self, arg: str) -> list[Reply]:
        if self.conv.flow is None:
            return [Reply(t("nothing_to_cancel", self.lang))]
        self.conv.flow = None
        return [Reply(t("cancelled", self.lang))]

    # -- the flows' commands -------------------------------------------------------------------
    def cmd_new(self, arg: str) -> list[Reply]:
        return flows.declare.start(self, arg)

    def cmd_back(self, arg: str) -> list[Reply]:
        if not self.in_interview():
            return [Reply(t("nothing_to_cancel", self.lang))]
        return flows.declare.back(self, self.conv.flow)

    def cmd_skip(self, arg: str) -> list[Reply]:
        if not self.in_interview():
            return [Reply(t("nothing_to_cancel", self.lang))]
        return flows.declare.skip(self, self.conv.flow)

    def cmd_settings(self, arg: str = "") -> list[Reply]:
        return flows.settings.show(self, arg)

    def cmd_rename(self, arg: str) -> list[Reply]:
        return flows.rename.command(self, arg)

    def cmd_delete(self, arg: str) -> list[Reply]:
        return flows.rename.delete_command(self, arg)

    # -- projects ----------------------------------------------------------------------------
    def project(self, pid: int | None = None) -> dict | None:
        pid = pid if pid is not None else self.conv.current
        if pid is None:
            projects = self.store.list_projects(self.uid)
            return projects[-1] if projects else None
        try:
            return self.store.get_project(self.uid, int(pid))
        except (NotFound, ValueError):
            return None

    def find_project(self, arg: str) -> dict | None:
        """A project named by its number in /projects (buttons carry ids) or by part of its name."""
        projects = self.store.list_projects(self.uid)
        if arg.isdigit():
            return projects[int(arg) - 1] if 0 < int(arg) <= len(projects) else None
        return next((p for p in projects if arg and arg in p["name"]), None)

    def cmd_projects(self, arg: str) -> list[Reply]:
        projects = self.store.list_projects(self.uid)
        if not projects:
            return [Reply(t("no_projects", self.lang))]
        lines = [t("projects_head", self.lang)]
        for i, p in enumerate(projects, 1):
            j = self.kb.jurisdictions.get(p["jurisdiction"])
            where = j.document.name[self.lang] if j else p["jurisdiction"]
            mark = " ←" if p["id"] == self.conv.current else ""
            lines.append(t("project_line", self.lang, i=i, name=p["name"], where=where, mark=mark,
                           amount=yuan(p["amount"], self.lang) if p["amount"] else "—"))
        buttons = [Button(p["name"][:30], encode(Verb.PROJECT, p['id'])) for p in projects[:20]]
        return [Reply("\n".join(lines), rows(buttons, 1))]

    def cmd_status(self, arg: str) -> list[Reply]:
        p = self.find_project(arg) if arg else self.project()
        if p is None:
            return [Reply(t("not_your_project", self.lang) if arg else t("need_project", self.lang))]
        self.conv.current = p["id"]
        return [status_card(self.kb, self.store, self.uid, p, self.today, self.lang)]

    def cmd_deadlines(self, arg: str) -> list[Reply]:
        projects = [self.find_project(arg)] if arg else self.store.list_projects(self.uid)
        projects = [p for p in projects if p]
        if not projects:
            return [Reply(t("need_project", self.lang))]
        lines, buttons = [], []
        for p in projects:
            open_ = [f for f in self.store.list_filings(self.uid, p["id"]) if f["status"] != "done"]
            if not open_:
                continue
            lines.append(f"📋 {p['name']}")
            for f in open_[:8]:
                late = "❗" if f["due"] < self.today.isoformat() else "•"
                lines.append(f" {late} {filing_line(f, self.lang, self.today)}")
                if len(buttons) < 6:
                    buttons.append(Button(("✔ " + title_of(f, self.lang))[:30], encode(Verb.DONE, f['id'])))
        return [Reply("\n".join(lines) if lines else t("no_deadlines", self.lang), rows(buttons, 1))]

    def cmd_export(self, arg: str) -> list[Reply]:
        p = self.find_project(arg) if arg else self.project()
        if p is None:
            return [Reply(t("need_project", self.lang))]
        return [self.export(p)]

    def export(self, p: dict) -> Reply:
        from knowledge.time.ics import to_ics

        items = []
        for f in self.store.list_filings(self.uid, p["id"]):
            if f["status"] == "done":
                continue
            info = dict(f.get("info") or {})
            items.append({**info, "key": f["key"], "due": f["due"], "title": title_of(f, self.lang)})
        content = to_ics(items, calendar_name=p["name"])
        safe = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", p["name"])[:40] or "project"
        return Reply(t("export_ready", self.lang, name=p["name"], n=len(items)),
                     document=Document(f"{safe}.ics", content))

    def cmd_overview(self, arg: str) -> list[Reply]:
        if not self.user["is_admin"]:
            return [Reply(t("unknown_command", self.lang, cmd="/overview"))]
        week = self.today + timedelta(days=7)
        items = self.store.overdue(self.today) + self.store.due_within(self.today, week)
        if not items:
            return [Reply(t("no_deadlines", self.lang))]
        lines = [t("overview_head", self.lang)]
        for f in sorted(items, key=lambda f: f["due"]):
            late = "❗" if f["due"] < self.today.isoformat() else "•"
            lines.append(f"{late} {f['project_name']} · {filing_line(f, self.lang, self.today)}")
        return [Reply("\n".join(dict.fromkeys(lines)))]

    # -- the approval path, renaming, deleting -------------------------------------------------
    def requirements_reply(self, project: dict) -> Reply:
        return path_card(self.kb, self.store, self.uid, project, self.today, self.lang)

    def cmd_path(self, arg: str) -> list[Reply]:
        p = self.find_project(arg) if arg else self.project()
        if p is None:
            return [Reply(t("not_your_project", self.lang) if arg else t("need_project", self.lang))]
        self.conv.current = p["id"]
        return [self.requirements_reply(p)]

    # -- events ------------------------------------------------------------------------------
    def record_event_from_text(self, event: str, found) -> list[Reply]:
        p = self.project()
        if p is None:
            return [Reply(t("need_project", self.lang))]
        if found is None:  # "合同签了": ask which day
            return flows.event_date.start(self, p["id"], event)
        if found.date is None:
            return [Reply(found.message(self.lang))]
        return self.record_event(p, event, found.date)

    def statement(self, text: str, found) -> list[Reply]:
        """Something done that is not one of the events: the project's filing it names is done."""
        p = self.project()
        if p is None:
            return [Reply(t("statement_no_project", self.lang))]
        f = matching_filing(text, self.store.list_filings(self.uid, p["id"]), self.lang)
        if f is None:
            return [Reply(t("statement_unclear", self.lang, text=text),
                          rows([Button(t("btn_record_progress", self.lang), encode(Verb.PROJECT, p["id"]))]))]
        when = found.date if found is not None and found.date else self.today
        if when > self.today:
            return [Reply(t("event_future", self.lang, event=title_of(f, self.lang), today=self.today.isoformat()))]
        f = self.store.mark_done(self.uid, f["id"], by=self.uid, at=when.isoformat())
        return [Reply(t("statement_done", self.lang, title=title_of(f, self.lang), date=when.isoformat()),
                      [[Button(t("btn_undo", self.lang), encode(Verb.UNDO, f["id"]))]])]

    def record_event(self, p: dict, event: str, when: date) -> list[Reply]:
        name = name_of(EVENT_NAMES, event, self.lang)
        if when > self.today and event not in flows.FUTURE_EVENTS:
            return [Reply(t("event_future", self.lang, event=name, today=self.today.isoformat()))]
        from knowledge.time.deadlines import event_problem

        events = {e["name"]: date.fromisoformat(e["date"]) for e in self.store.list_events(self.uid, p["id"])}
        problem = order_message(p["jurisdiction"], {**events, event: when}, event, self.lang)
        if problem:
            return [Reply(problem)]
        problem = event_problem(p["jurisdiction"], {**events, event: when}, self.lang)
        if problem:
            return [Reply(t("event_order", self.lang, detail=problem))]
        self.store.record_event(self.uid, p["id"], event, when, by=self.uid)
        stage = EVENT_STAGE.get(event)
        if stage and p["stage"] in STAGES and STAGES.index(stage) > STAGES.index(p["stage"]):
            p = self.store.update_project(self.uid, p["id"], stage=stage)
        changes = sync(self.store, self.uid, p, self.today)
        self.conv.current = p["id"]
        lines = [t("event_recorded", self.lang, event=name, date=when.isoformat())]
        if changes.changed:
            lines.append(t("changes_head", self.lang))
            for label, items in (("added", changes.added), ("moved", changes.moved), ("removed", changes.removed)):
                for f in items[:6]:
                    extra = t("was_due", self.lang, date=f["old_due"]) if label == "moved" else ""
                    lines.append(t("change_line", self.lang, label=t(label, self.lang),
                                   line=filing_line(f, self.lang, self.today)) + extra)
        else:
            lines.append(t("no_changes", self.lang))
        return [Reply("\n".join(lines), rows([Button(t("btn_status", self.lang), encode(Verb.PROJECT, p['id']))]))]

    # -- buttons -----------------------------------------------------------------------------
    def callback(self, data: str | None) -> list[Reply]:
        action: Action = decode(data)
        head, args = action.verb, list(action.args)
        if head is Verb.DECLARE:
            state = self.conv.flow if self.in_interview() else None
            return flows.declare.on_button(self, state, action)
        if head is Verb.NEW:
            return self.cmd_new("")
        if head is Verb.LANG:
            return self.cmd_lang("")
        if head is Verb.SETTINGS:
            return flows.settings.on_button(self, None, action)
        if head is Verb.ASK and len(args) == 1:  # reading an answer in full never disturbs an interview
            return [*self.expand_answer(args[0]), *self.declare_ask()]
        if self.in_interview():
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        if head is Verb.KEEP:
            return flows.rename.on_button(self, None, action)
        try:
            ids = [_row_id(a) for a in args[:1]]
            if head is Verb.PROJECT and len(args) == 1:
                p = self.store.get_project(self.uid, ids[0])
                self.conv.current = p["id"]
                return [status_card(self.kb, self.store, self.uid, p, self.today, self.lang)]
            if head is Verb.PATH and len(args) == 1:
                p = self.store.get_project(self.uid, ids[0])
                self.conv.current = p["id"]
                return [self.requirements_reply(p)]
            if head is Verb.EXPORT and len(args) == 1:
                return [self.export(self.store.get_project(self.uid, ids[0]))]
            if head is Verb.DELETE and len(args) == 1:
                return flows.rename.on_button(self, None, action)
            if head in (Verb.DONE, Verb.UNDO, Verb.SNOOZE) and len(args) == 1:
                return self.filing_button(head.value, ids[0])
            if head is Verb.EVENT_MENU and len(args) == 1:
                p = self.store.get_project(self.uid, ids[0])
                buttons = [Button(name_of(EVENT_NAMES, e, self.lang), encode(Verb.EVENT, p["id"], e)) for e in EVENTS]
                return [Reply(t("which_event", self.lang), rows(buttons, 2))]
            if head is Verb.EVENT and len(args) == 2 and args[1] in EVENTS:
                return flows.event_date.on_button(self, None, action)
        except NotFound:
            return [Reply(t("not_your_project", self.lang))]
        except ValueError:  # not a number, or too large for the store: a forged or garbled button
            return [Reply(t("stale_button", self.lang))]
        return [Reply(t("stale_button", self.lang))]

    def filing_button(self, action: str, filing_id: int) -> list[Reply]:
        f = self.store.get_filing(self.uid, filing_id)
        title = title_of(f, self.lang)
        if action == "done":
            f = self.store.mark_done(self.uid, filing_id, by=self.uid)
            return [Reply(t("done", self.lang, title=title), [[Button(t("btn_undo", self.lang), encode(Verb.UNDO, f["id"]))]])]
        if action == "undo":
            self.store.undo_done(self.uid, filing_id)
            return [Reply(t("undone", self.lang, title=title))]
        if f["status"] == "done":
            return [Reply(t("already_done", self.lang, title=title))]
        until = snooze_until(self.today, date.fromisoformat(f["due"]), self.user["reminder_settings"])
        self.store.snooze(self.uid, filing_id, until)
        return [Reply(t("snoozed", self.lang, title=title, date=until.isoformat()))]

    # -- questions ---------------------------------------------------------------------------
    def question(self, text: str, draft: dict | None = None) -> list[Reply]:
        """A question: answered for the current project's jurisdiction when it names none (and
        says so); with no project, one line per jurisdiction, each expandable."""
        p = draft if draft and draft.get("jurisdiction") else self.project()
        defaults = profile_of(p) if p else None
        result = self.kb.ask(text, defaults=defaults)
        lang = self.lang
        findings = result["findings"]
        jids = list(dict.fromkeys(f["jurisdiction"] for f in findings))
        if not findings:
            return [Reply(t("no_rule_found", lang))]
        if len(jids) > 1:
            self.conv.last_question = text[:500]
            return [self.compact_answer(result, text)]
        answer = result["answer"]
        filled = result["understood"].get("filled_from_project") or []
        if filled and p:
            what = []
            for name in filled:
                if name == "jurisdiction":
                    what.append(self.kb.jurisdictions[p["jurisdiction"]].document.name[lang])
                elif name == "amount" and p.get("amount"):
                    what.append(yuan(p["amount"], lang))
                elif name == "kind" and p.get("kind"):
                    what.append(name_of(KIND_LABELS, p["kind"], lang))
                elif name == "software_cost" and p.get("software_cost"):
                    what.append(t("software_cost_word", lang) + yuan(p["software_cost"], lang))
            if what:
                answer += "\n" + t("filled_from_project", lang, name=p.get("name") or "—",
                                   what=t("list_sep", lang).join(what))
        cites = {(c["doc"], c["article"], c["quote"]): c for f in result["findings"] for c in f["citations"]}
        return [Reply(answer, citations=list(cites.values()))]

    def compact_answer(self, result: dict, text: str) -> Reply:
        lang = self.lang
        by_j: dict[str, list[dict]] = {}
        for f in result["findings"]:
            by_j.setdefault(f["jurisdiction"], []).append(f)
        topics = [f["topic"] for f in result["findings"] if f["topic"] in self.kb.topics]
        lines = [t("per_jurisdiction_topic", lang, topic=self.kb.topics[topics[0]].label[lang]) if topics
                 else t("per_jurisdiction_head", lang)]
        buttons = []
        for jid, fs in by_j.items():
            best = fs[0]
            name = self.kb.jurisdictions[jid].document.name[lang]
            arts = t("list_sep", lang).join(dict.fromkeys(c["article"] for f in fs for c in f["citations"]))[:40]
            lines.append("• " + t("labelled", lang, label=name, value=t("verdict_" + best["verdict"], lang))
                         + (f" [{arts}]" if arts else ""))
            buttons.append(Button(t("expand", lang, name=name), encode(Verb.ASK, jid)))
        lines.append(t("per_jurisdiction_hint", lang))
        return Reply("\n".join(lines), rows(buttons, 2))

    def expand_answer(self, jid: str) -> list[Reply]:
        text = self.conv.last_question
        if not text or jid not in self.kb.jurisdictions:
            return [Reply(t("stale_button", self.lang))]
        return [Reply(self.kb.ask(text, jurisdiction=jid)["answer"])]

