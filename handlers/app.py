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

from knowledge.amounts import yuan
from knowledge.base import KnowledgeBase, get_kb
from knowledge.workdays import china_today as shanghai_today
from state import NotFound, Store

from . import declare
from .buttons import Action, Verb, decode, encode
from .dates import find_date, parse_date
from .projects import approval_path, compute_deadlines, filing_line, profile_of, status_card, sync, title_of
from .replies import Button, Document, Incoming, Reply, rows
from .texts import t
from .vocab import EVENT_NAMES, EVENT_STAGE, EVENTS, STAGES, event_in, name_of
from .words import KIND_LABELS

log = logging.getLogger(__name__)
MAX_TEXT = 4096  # the longest message the assistant reads (a channel may allow less)
# control characters, U+FFFD, and lone surrogates (undecodable bytes read with surrogateescape,
# as the console's stdin does; SQLite cannot store them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ud800-\udfff]")
_BACK = {"上一步", "返回", "back", "回退", "上一个"}
_SKIP = {"跳过", "skip", "不清楚", "不知道", "不记得"}
_CANCEL = {"取消", "cancel", "退出", "算了"}


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
            with self.store.transaction():
                user, created = self.store.get_or_create_user(msg.channel, msg.user, language=lang)
                admin = decision.admin  # as configured now: removing an id revokes it
                if admin != user["is_admin"]:
                    user = self.store.update_user(user["id"], is_admin=admin)
                session = Session(self, user)
                replies = session.callback(msg.callback) if msg.kind == "callback" else session.text(text.strip())
                session.save()
                return replies
        except Exception:  # the transaction rolled back: nothing changed
            log.exception("handling a message failed")
            return [Reply(t("error", lang))]

    def _reask(self, msg: Incoming) -> list[Reply]:
        """After refusing a message unread, repeat the interview's pending question (read-only), so
        the user sees what is still asked and a console gets its numbered choices back."""
        try:
            user = self.store.find_user(msg.channel, msg.user)
            if user is None:
                return []
            session = Session(self, user)
            if (session.conv.get("flow") or {}).get("flow") != "declare":
                return []
            return session.declare_ask()
        except Exception:  # the refusal alone is still a fine answer
            log.exception("re-asking the pending question failed")
            return []


class Session:
    """One message's work for one user."""

    def __init__(self, app: Assistant, user: dict):
        self.app, self.store, self.kb = app, app.store, app.kb
        self.user = user
        self.lang = user["language"]
        self.today = app.today()
        self.conv = self.store.load_conversation(user["id"]) or {}
        self._saved = repr(self.conv)

    @property
    def uid(self) -> int:
        return self.user["id"]

    def save(self) -> None:
        if repr(self.conv) != self._saved:
            self.store.save_conversation(self.uid, self.conv)

    # -- text ------------------------------------------------------------------------------
    def text(self, text: str) -> list[Reply]:
        if text.startswith("/"):
            return self.command(text)
        flow = self.conv.get("flow")
        if flow and flow.get("flow") == "declare":
            return self.declare_text(text)
        if flow and flow.get("flow") == "event_date":
            return self.event_date_text(flow, text)
        found = find_date(text, self.today, past_only=True)
        event = event_in(text, found.span if found is not None else None)
        if event:
            return self.record_event_from_text(event, found)
        return self.question(text)

    def command(self, text: str) -> list[Reply]:
        cmd, _, arg = text.partition(" ")
        cmd = cmd.split("@")[0].lower()
        arg = arg.strip()
        handler = {"/start": self.cmd_start, "/help": self.cmd_help, "/new": self.cmd_new, "/projects": self.cmd_projects,
                   "/status": self.cmd_status, "/deadlines": self.cmd_deadlines, "/cancel": self.cmd_cancel,
                   "/lang": self.cmd_lang, "/export": self.cmd_export, "/back": self.cmd_back,
                   "/skip": self.cmd_skip, "/overview": self.cmd_overview, "/settings": self.cmd_settings}.get(cmd)
        in_interview = (self.conv.get("flow") or {}).get("flow") == "declare"
        if handler is None:
            return [Reply(t("unknown_command", self.lang, cmd=cmd[:40])), *(self.declare_ask() if in_interview else [])]
        if in_interview and cmd not in ("/cancel", "/back", "/skip", "/help", "/lang", "/start"):
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        return handler(arg)

    def cmd_start(self, arg: str) -> list[Reply]:
        replies = [Reply(t("start", self.lang), rows([Button("申报项目 /new" if self.lang == "zh" else "Declare a project /new", encode(Verb.NEW)),
                                                      Button("中文 / English", encode(Verb.LANG))]))]
        if (self.conv.get("flow") or {}).get("flow") == "declare":
            replies += self.declare_ask()
        return replies

    def cmd_help(self, arg: str) -> list[Reply]:
        return [Reply(t("help", self.lang))]

    def cmd_lang(self, arg: str) -> list[Reply]:
        wanted = {"zh": "zh", "中文": "zh", "cn": "zh", "en": "en", "english": "en", "英文": "en"}.get(arg.lower())
        self.lang = wanted or ("en" if self.lang == "zh" else "zh")
        self.user = self.store.update_user(self.uid, language=self.lang)
        replies = [Reply(t("lang_set", self.lang))]
        if (self.conv.get("flow") or {}).get("flow") == "declare":
            replies += self.declare_ask()
        return replies

    def cmd_cancel(self, arg: str) -> list[Reply]:
        if not self.conv.get("flow"):
            return [Reply(t("nothing_to_cancel", self.lang))]
        self.conv["flow"] = None
        return [Reply(t("cancelled", self.lang))]

    # -- projects ----------------------------------------------------------------------------
    def project(self, pid: int | None = None) -> dict | None:
        pid = pid if pid is not None else self.conv.get("current")
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
            mark = " ←" if p["id"] == self.conv.get("current") else ""
            lines.append(f"{i}. {p['name']}（{where}，{yuan(p['amount'], self.lang) if p['amount'] else '—'}）{mark}")
        buttons = [Button(p["name"][:30], encode(Verb.PROJECT, p['id'])) for p in projects[:20]]
        return [Reply("\n".join(lines), rows(buttons, 1))]

    def cmd_status(self, arg: str) -> list[Reply]:
        p = self.find_project(arg) if arg else self.project()
        if p is None:
            return [Reply(t("not_your_project", self.lang) if arg else t("need_project", self.lang))]
        self.conv["current"] = p["id"]
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
        from knowledge.ics import to_ics

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
        lines = ["逾期及本周到期：" if self.lang == "zh" else "Overdue or due this week:"]
        for f in sorted(items, key=lambda f: f["due"]):
            late = "❗" if f["due"] < self.today.isoformat() else "•"
            lines.append(f"{late} {f['project_name']} · {filing_line(f, self.lang, self.today)}")
        return [Reply("\n".join(dict.fromkeys(lines)))]

    # -- reminder settings --------------------------------------------------------------------
    STEP_NAMES = {"d-7": ("提前7天", "7 days before"), "wd-3": ("提前3个工作日", "3 working days before"),
                  "wd-1": ("提前1个工作日", "1 working day before"), "d0": ("截止当天", "on the day"),
                  "overdue": ("逾期后每个工作日", "every working day overdue")}

    def cmd_settings(self, arg: str = "") -> list[Reply]:
        zh = self.lang == "zh"
        st = self.user["reminder_settings"]
        lines = ["提醒设置（北京时间）：" if zh else "Reminder settings (Beijing time):"]
        buttons = []
        for key, (name_zh, name_en) in self.STEP_NAMES.items():
            on = st["steps"].get(key, True)
            lines.append(f" {'✅' if on else '⬜'} {name_zh if zh else name_en}")
            buttons.append(Button(f"{'✅' if on else '⬜'} {name_zh if zh else name_en}", encode(Verb.SETTINGS, "step", key)))
        lines.append((" 提醒时间：" if zh else " Time: ") + f"{int(st['hour']):02d}:00")
        quiet = st.get("quiet_non_working_days", True)
        lines.append((" 非工作日不打扰（截止当天除外）：" if zh else " Quiet on non-working days (except the last day): ")
                     + (("是" if quiet else "否") if zh else ("yes" if quiet else "no")))
        buttons += [Button(f"{h:02d}:00", encode(Verb.SETTINGS, "hour", h)) for h in (8, 9, 10, 14)]
        buttons.append(Button(("非工作日不打扰：" if zh else "Quiet days: ") + ("关" if quiet and zh else "开" if zh else
                              "off" if quiet else "on"), encode(Verb.SETTINGS, "quiet")))
        return [Reply("\n".join(lines), rows(buttons, 2))]

    def settings_button(self, args: list[str]) -> list[Reply]:
        st = {**self.user["reminder_settings"], "steps": dict(self.user["reminder_settings"]["steps"])}
        if args[:1] == ["step"] and len(args) == 2 and args[1] in self.STEP_NAMES:
            st["steps"][args[1]] = not st["steps"].get(args[1], True)
        elif args[:1] == ["hour"] and len(args) == 2 and args[1].isdigit() and 0 <= int(args[1]) <= 23:
            st["hour"] = int(args[1])
        elif args == ["quiet"]:
            st["quiet_non_working_days"] = not st.get("quiet_non_working_days", True)
        else:
            return [Reply(t("stale_button", self.lang))]
        self.user = self.store.update_user(self.uid, reminder_settings=st)
        return self.cmd_settings()

    # -- the declaration interview ----------------------------------------------------------
    def cmd_new(self, arg: str) -> list[Reply]:
        self.conv["flow"] = declare.new_state()
        return self.declare_ask()

    def cmd_back(self, arg: str) -> list[Reply]:
        flow = self.conv.get("flow")
        if not flow or flow.get("flow") != "declare":
            return [Reply(t("nothing_to_cancel", self.lang))]
        if flow.get("editing"):
            flow["editing"] = None
        elif not declare.back(flow):
            return self.declare_ask("已经是第一个问题。\n" if self.lang == "zh" else "This is the first question.\n")
        return self.declare_ask()

    def cmd_skip(self, arg: str) -> list[Reply]:
        flow = self.conv.get("flow")
        if not flow or flow.get("flow") != "declare":
            return [Reply(t("nothing_to_cancel", self.lang))]
        f = declare.next_field(flow, self.kb)
        if f is None or not f.optional:
            return self.declare_ask("这个问题不能跳过。\n" if self.lang == "zh" else "This one can't be skipped.\n")
        declare.skip(flow, f)
        return self.declare_ask()

    def _ctx(self, flow: dict) -> declare.Ctx:
        return declare.Ctx(self.lang, self.today, self.kb, flow["answers"])

    def declare_ask(self, prefix: str = "") -> list[Reply]:
        flow = self.conv["flow"]
        declare.prune(flow, self.kb)
        a = flow["answers"]
        if a.get("software_cost") and a.get("amount") and a["software_cost"] > a["amount"]:
            # the total was edited below the software cost: ask the cost again
            a.pop("software_cost")
            prefix += ("软件开发费超过了新的总金额，请重新填写。\n" if self.lang == "zh"
                       else "The software cost exceeds the new total; please enter it again.\n")
        f = declare.next_field(flow, self.kb)
        if f is None:
            return [self.declare_summary(prefix)]
        return [declare.ask(f, flow, self._ctx(flow), prefix)]

    def declare_text(self, text: str) -> list[Reply]:
        flow = self.conv["flow"]
        low = text.strip().lower()
        if low in _CANCEL:
            return self.cmd_cancel("")
        if low in _BACK:
            return self.cmd_back("")
        f = declare.next_field(flow, self.kb)
        if f is None:  # at the summary
            if low in ("确认", "确定", "confirm", "ok", "yes", "是"):
                return self.declare_confirm()
            return [self.declare_summary()]
        if low in _SKIP:
            return self.cmd_skip("")
        value, error = f.check(text, self._ctx(flow))
        if error:
            return [declare.ask(f, flow, self._ctx(flow), error + "\n")]
        declare.answer(flow, f.key, value)
        return self.declare_ask()

    def declare_button(self, parts: list[str]) -> list[Reply]:
        flow = self.conv.get("flow")
        if not flow or flow.get("flow") != "declare":
            return [Reply(t("stale_button", self.lang))]
        action = parts[0]
        if action == "cancel":
            return self.cmd_cancel("")
        if action == "back":
            return self.cmd_back("")
        if action == "skip":
            return self.cmd_skip("")
        if action == "confirm" and declare.next_field(flow, self.kb) is None:
            return self.declare_confirm()
        if action == "editmenu":
            return [self.declare_edit_menu()]
        if action == "edit" and len(parts) == 2 and parts[1] in declare.BY_KEY:
            flow["editing"] = parts[1]
            return self.declare_ask()
        if action == "set" and len(parts) == 3:
            f = declare.next_field(flow, self.kb)
            if f is None or f.key != parts[1]:
                return [Reply(t("stale_button", self.lang)), *self.declare_ask()]
            value, error = f.check(parts[2], self._ctx(flow))
            if error:
                return [declare.ask(f, flow, self._ctx(flow), error + "\n")]
            declare.answer(flow, f.key, value)
            return self.declare_ask()
        return [Reply(t("stale_button", self.lang)), *self.declare_ask()]

    def declare_summary(self, prefix: str = "") -> Reply:
        flow = self.conv["flow"]
        zh = self.lang == "zh"
        lines = [prefix + ("请确认项目信息：" if zh else "Please confirm:")]
        for f in declare.FIELDS:
            if f.needed(flow["answers"], self.kb):
                value = declare.shown(f, flow, self.lang)
                if isinstance(f, declare.JurisdictionField) and value in self.kb.jurisdictions:
                    value = self.kb.jurisdictions[value].document.name[self.lang]
                lines.append(f"• {declare.label(f, self.lang)}：{value}" if zh else f"• {declare.label(f, self.lang)}: {value}")
        draft = self._draft_project(flow)
        path = approval_path(self.kb, draft, self.lang)
        if not path["applicable"]:
            lines.append(("⚠ 本办法不适用：" if zh else "⚠ Not covered: ") + path["reason"])
        else:
            yes = [r for r in path["requirements"] if r["verdict"] == "yes"]
            lines.append(("适用的要求（" if zh else "Requirements that apply (") + str(len(yes)) + ("项）：" if zh else "):"))
            for r in yes[:10]:
                arts = "、".join(dict.fromkeys(c["article"] for c in r["citations"]))
                lines.append(f" • {r['title']} [{arts}]")
        try:
            events = {k[3:]: v for k, v in flow["answers"].items() if k.startswith("ev.")}
            upcoming = [d for d in compute_deadlines(draft, events, self.today) if d["due"] >= self.today.isoformat()]
            if upcoming:
                lines.append("接下来的期限：" if zh else "Next deadlines:")
                for d in upcoming[:4]:
                    title = d["title"][self.lang] if isinstance(d["title"], dict) else d["title"]
                    mark = ("（暂定）" if zh else " (provisional)") if d.get("provisional") else ""
                    lines.append(f" • {d['due']} {title}{mark}")
        except Exception:  # the summary stays useful even if a deadline cannot be computed
            log.exception("deadline preview failed")
        buttons = [[Button("✅ 确认" if zh else "✅ Confirm", encode(Verb.DECLARE, "confirm"))],
                   [Button("✏️ 修改" if zh else "✏️ Edit", encode(Verb.DECLARE, "editmenu")), Button("✖ 取消" if zh else "✖ Cancel", encode(Verb.DECLARE, "cancel"))]]
        return Reply("\n".join(lines), buttons)

    def declare_edit_menu(self) -> Reply:
        flow = self.conv["flow"]
        buttons = [Button(declare.label(f, self.lang), encode(Verb.DECLARE, "edit", f.key)) for f in declare.FIELDS
                   if f.needed(flow["answers"], self.kb)]
        return Reply("要修改哪一项？" if self.lang == "zh" else "Which answer do you want to change?", rows(buttons, 3))

    def _draft_project(self, flow: dict) -> dict:
        a = flow["answers"]
        return {"id": None, "name": a.get("name"), "jurisdiction": a.get("jurisdiction"), "amount": a.get("amount"),
                "kind": a.get("kind"), "software_cost": a.get("software_cost"), "contract_amount": None,
                "funding": a.get("funding"),
                "new_initiative": {"yes": True, "no": False}.get(a.get("new_initiative")), "stage": a.get("stage")}

    def declare_confirm(self) -> list[Reply]:
        flow = self.conv["flow"]
        d = self._draft_project(flow)
        p = self.store.create_project(self.uid, d["name"], jurisdiction=d["jurisdiction"], amount=d["amount"],
                                      kind=d["kind"], software_cost=d["software_cost"], funding=d["funding"],
                                      new_initiative=d["new_initiative"], stage=d["stage"] or "planning")
        for key, value in flow["answers"].items():
            if key.startswith("ev.") and value:
                self.store.record_event(self.uid, p["id"], key[3:], value, by=self.uid)
        sync(self.store, self.uid, p, self.today)
        self.conv["flow"] = None
        self.conv["current"] = p["id"]
        done = "项目已保存。" if self.lang == "zh" else "Project saved."
        card = status_card(self.kb, self.store, self.uid, p, self.today, self.lang)
        return [Reply(done), card]

    # -- events ------------------------------------------------------------------------------
    def record_event_from_text(self, event: str, found) -> list[Reply]:
        p = self.project()
        if p is None:
            return [Reply(t("need_project", self.lang))]
        if found is None:  # "合同签了": ask which day
            self.conv["flow"] = {"flow": "event_date", "project": p["id"], "event": event}
            return [Reply(t("ask_event_date", self.lang, event=name_of(EVENT_NAMES, event, self.lang)))]
        if found.date is None:
            return [Reply(found.message(self.lang))]
        return self.record_event(p, event, found.date)

    def record_event(self, p: dict, event: str, when: date) -> list[Reply]:
        name = name_of(EVENT_NAMES, event, self.lang)
        if when > self.today:
            return [Reply(t("event_future", self.lang, event=name, today=self.today.isoformat()))]
        from knowledge.deadlines import event_problem

        events = {e["name"]: date.fromisoformat(e["date"]) for e in self.store.list_events(self.uid, p["id"])}
        problem = event_problem(p["jurisdiction"], {**events, event: when}, self.lang)
        if problem:
            return [Reply(t("event_order", self.lang, detail=problem))]
        self.store.record_event(self.uid, p["id"], event, when, by=self.uid)
        stage = EVENT_STAGE.get(event)
        if stage and p["stage"] in STAGES and STAGES.index(stage) > STAGES.index(p["stage"]):
            p = self.store.update_project(self.uid, p["id"], stage=stage)
        changes = sync(self.store, self.uid, p, self.today)
        self.conv["current"] = p["id"]
        lines = [t("event_recorded", self.lang, event=name, date=when.isoformat())]
        if changes.changed:
            lines.append(t("changes_head", self.lang))
            for label, items in (("added", changes.added), ("moved", changes.moved), ("removed", changes.removed)):
                for f in items[:6]:
                    extra = f"（原 {f['old_due']}）" if label == "moved" and self.lang == "zh" else (
                        f" (was {f['old_due']})" if label == "moved" else "")
                    lines.append(f" {t(label, self.lang)}：{filing_line(f, self.lang, self.today)}{extra}")
        else:
            lines.append(t("no_changes", self.lang))
        return [Reply("\n".join(lines), rows([Button("查看状态" if self.lang == "zh" else "Status", encode(Verb.PROJECT, p['id']))]))]

    def event_date_text(self, flow: dict, text: str) -> list[Reply]:
        if text.strip().lower() in _CANCEL:
            return self.cmd_cancel("")
        result = parse_date(text, self.today, past_only=True)
        if result.date is None:
            return [Reply(result.message(self.lang))]
        p = self.project(flow["project"])
        self.conv["flow"] = None
        if p is None:
            return [Reply(t("not_your_project", self.lang))]
        return self.record_event(p, flow["event"], result.date)

    # -- buttons -----------------------------------------------------------------------------
    def callback(self, data: str | None) -> list[Reply]:
        action: Action = decode(data)
        head, args = action.verb, list(action.args)
        if head is Verb.DECLARE:
            return self.declare_button(args)
        if head is Verb.NEW:
            return self.cmd_new("")
        if head is Verb.LANG:
            return self.cmd_lang("")
        if head is Verb.SETTINGS:
            return self.settings_button(args)
        if (self.conv.get("flow") or {}).get("flow") == "declare":
            return [Reply(t("in_interview", self.lang)), *self.declare_ask()]
        try:
            if head is Verb.PROJECT and len(args) == 1:
                p = self.store.get_project(self.uid, action.int_arg())
                self.conv["current"] = p["id"]
                return [status_card(self.kb, self.store, self.uid, p, self.today, self.lang)]
            if head is Verb.EXPORT and len(args) == 1:
                return [self.export(self.store.get_project(self.uid, action.int_arg()))]
            if head in (Verb.DONE, Verb.UNDO, Verb.SNOOZE) and len(args) == 1:
                return self.filing_button(head.value, action.int_arg())
            if head is Verb.EVENT_MENU and len(args) == 1:
                p = self.store.get_project(self.uid, action.int_arg())
                buttons = [Button(name_of(EVENT_NAMES, e, self.lang), encode(Verb.EVENT, p['id'], e)) for e in EVENTS]
                return [Reply("记录哪项进展？" if self.lang == "zh" else "Which event?", rows(buttons, 2))]
            if head is Verb.EVENT and len(args) == 2 and args[1] in EVENTS:
                p = self.store.get_project(self.uid, action.int_arg())
                self.conv["flow"] = {"flow": "event_date", "project": p["id"], "event": args[1]}
                return [Reply(t("ask_event_date", self.lang, event=name_of(EVENT_NAMES, args[1], self.lang)))]
        except (NotFound, ValueError):
            return [Reply(t("not_your_project", self.lang))]
        return [Reply(t("stale_button", self.lang))]

    def filing_button(self, action: str, filing_id: int) -> list[Reply]:
        f = self.store.get_filing(self.uid, filing_id)
        title = title_of(f, self.lang)
        if action == "done":
            f = self.store.mark_done(self.uid, filing_id, by=self.uid)
            return [Reply(t("done", self.lang, title=title), [[Button("↩ 撤销" if self.lang == "zh" else "↩ Undo", encode(Verb.UNDO, f['id']))]])]
        if action == "undo":
            self.store.undo_done(self.uid, filing_id)
            return [Reply(t("undone", self.lang, title=title))]
        until = self.today + timedelta(days=1)
        self.store.snooze(self.uid, filing_id, until)
        return [Reply(t("snoozed", self.lang, title=title, date=until.isoformat()))]

    # -- questions ---------------------------------------------------------------------------
    def question(self, text: str) -> list[Reply]:
        p = self.project()
        defaults = profile_of(p) if p else None
        result = self.kb.ask(text, defaults=defaults)
        answer = result["answer"]
        filled = result["understood"].get("filled_from_project") or []
        if filled and p:
            what = []
            for name in filled:
                if name == "jurisdiction":
                    what.append(self.kb.jurisdictions[p["jurisdiction"]].document.name[self.lang])
                elif name == "amount":
                    what.append(yuan(p["amount"], self.lang))
                elif name == "kind":
                    what.append(name_of(KIND_LABELS, p["kind"], self.lang))
                elif name == "software_cost":
                    what.append(("软件开发费" if self.lang == "zh" else "software ") + yuan(p["software_cost"], self.lang))
            if what:
                answer += "\n" + t("filled_from_project", result["understood"]["language"], name=p["name"],
                                   what="、".join(what) if self.lang == "zh" else ", ".join(what))
        cites = {(c["doc"], c["article"], c["quote"]): c for f in result["findings"] for c in f["citations"]}
        return [Reply(answer, citations=list(cites.values()))]
