"""The assistant as every channel sees it: ``Assistant.handle(Incoming) -> list[Reply]``.

Each incoming message is one store transaction: a failure anywhere leaves no half step. The
conversation state (an interview in progress, the current project, a pending question such as
"which date?") lives in the store, so a restart resumes where the user was. ``Session`` is the
router: a command, a button or free text goes to its flow in handlers/flows/ (the interview,
projects, progress, questions ...), which does the work with the knowledge base the Assistant
was built with.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from knowledge.base import KnowledgeBase, get_kb
from knowledge.lazy_regex import lazy_regex
from knowledge.time.workdays import china_today as shanghai_today
from state import NotFound, StaleState, Store

from . import flows
from .buttons import Action, Verb, decode, encode
from .conversation import Conversation, DeclareState, EventDateState, RenameState
from .replies import Button, Incoming, Reply, rows
from .talk import is_small_talk, is_thanks, written_language
from .texts import t
from .vocab import EVENTS

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
_CONTROL = lazy_regex(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
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
    """One message's work for one user: the user, their conversation state and language, and the
    routing of a command, a button or free text to its flow (handlers/flows/). The flows do the
    work; the session answers only /start, /help, /lang and /cancel itself."""

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

    # -- projects the user names ------------------------------------------------------------
    def project(self, pid: int | None = None) -> dict | None:
        """The project ``pid``, else the current one, else the latest; None when there is none."""
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

    def places(self) -> str:
        """The places the knowledge base covers, as loaded (a sixth rules file adds a sixth)."""
        return t("list_sep", self.lang).join(j.document.name[self.lang] for j in self.kb.jurisdictions.values())

    # -- text ------------------------------------------------------------------------------
    def text(self, text: str) -> list[Reply]:
        """A command, an answer to the flow in progress, small talk, progress (an event or a
        filing done) or else a question."""
        if text.startswith("/"):
            return self.command(text)
        state = self.conv.flow
        if state is not None:
            return flows.FLOWS[state.name].on_text(self, state, text)
        if is_small_talk(text):
            return [Reply(t("thanks" if is_thanks(text) else "hello", self.lang))]
        return flows.events.on_text(self, None, text) or flows.questions.on_text(self, None, text)

    def command(self, text: str) -> list[Reply]:
        cmd, _, arg = text.partition(" ")
        cmd = cmd.split("@")[0].lower()
        arg = arg.strip()
        handler = COMMANDS.get(cmd)
        in_interview = self.in_interview()
        if handler is None:
            return [Reply(t("unknown_command", self.lang, cmd=cmd[:40])), *self.declare_ask()]
        if in_interview and cmd not in ("/new", "/cancel", "/back", "/skip", "/help", "/lang", "/start"):
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        if isinstance(self.conv.flow, (RenameState, EventDateState)) and cmd not in ("/help", "/lang", "/start"):
            self.conv.flow = None  # another command ends a pending small question
        return handler(self, arg)

    # -- the session's own commands ------------------------------------------------------------
    def cmd_start(self, arg: str = "") -> list[Reply]:
        return [Reply(t("start", self.lang, places=self.places()), rows([Button(t("btn_declare_new", self.lang), encode(Verb.NEW)),
                                                  Button(t("btn_lang", self.lang), encode(Verb.LANG))])),
                *self.declare_ask()]

    def cmd_help(self, arg: str = "") -> list[Reply]:
        return [Reply(t("help", self.lang, places=self.places()))]

    def cmd_lang(self, arg: str = "") -> list[Reply]:
        wanted = {"zh": "zh", "中文": "zh", "cn": "zh", "en": "en", "english": "en", "英文": "en"}.get(arg.lower())
        if arg.lower() in ("auto", "自动"):  # back to following the language the user writes in
            self.conv.lang_fixed = False
            return [Reply(t("lang_auto", self.lang))]
        self.lang = wanted or ("en" if self.lang == "zh" else "zh")
        self.user = self.store.update_user(self.uid, language=self.lang)
        self.conv.lang_fixed = True  # chosen explicitly: it wins over the language written in
        return [Reply(t("lang_set", self.lang)), *self.declare_ask()]

    def cmd_cancel(self, arg: str = "") -> list[Reply]:
        if self.conv.flow is None:
            return [Reply(t("nothing_to_cancel", self.lang))]
        self.conv.flow = None
        return [Reply(t("cancelled", self.lang))]

    def cmd_back(self, arg: str = "") -> list[Reply]:
        if not self.in_interview():
            return [Reply(t("nothing_to_cancel", self.lang))]
        return flows.declare.back(self, self.conv.flow)

    def cmd_skip(self, arg: str = "") -> list[Reply]:
        if not self.in_interview():
            return [Reply(t("nothing_to_cancel", self.lang))]
        return flows.declare.skip(self, self.conv.flow)

    # -- buttons -----------------------------------------------------------------------------
    def callback(self, data: str | None) -> list[Reply]:
        action: Action = decode(data)
        head, args = action.verb, action.args
        if head is Verb.DECLARE:
            return flows.declare.on_button(self, self.conv.flow if self.in_interview() else None, action)
        if head is Verb.NEW:
            return flows.declare.start(self)
        if head is Verb.LANG:
            return self.cmd_lang()
        if head is Verb.SETTINGS:
            return flows.settings.on_button(self, None, action)
        if head is Verb.ASK and len(args) == 1:  # reading an answer in full never disturbs an interview
            return [*flows.questions.on_button(self, None, action), *self.declare_ask()]
        if self.in_interview():
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        try:
            if head is Verb.KEEP or (head is Verb.DELETE and len(args) == 1):
                return flows.rename.on_button(self, None, action)
            if head in flows.projects.BUTTONS:
                return flows.projects.on_button(self, None, action)
            if head is Verb.EVENT and len(args) == 2 and args[1] in EVENTS:
                return flows.event_date.on_button(self, None, action)
        except NotFound:
            return [Reply(t("not_your_project", self.lang))]
        except ValueError:  # not a number, or too large for the store: a forged or garbled button
            return [Reply(t("stale_button", self.lang))]
        return [Reply(t("stale_button", self.lang))]


# each command: a function of (session, argument)
COMMANDS: dict[str, Callable[[Session, str], list[Reply]]] = {
    "/start": Session.cmd_start, "/help": Session.cmd_help, "/lang": Session.cmd_lang, "/cancel": Session.cmd_cancel,
    "/new": flows.declare.start, "/back": Session.cmd_back, "/skip": Session.cmd_skip,
    "/projects": flows.projects.list_projects, "/status": flows.projects.status, "/path": flows.projects.path,
    "/deadlines": flows.projects.deadlines, "/export": flows.projects.export_command,
    "/overview": flows.projects.overview, "/settings": flows.settings.show,
    "/rename": flows.rename.command, "/delete": flows.rename.delete_command,
}
