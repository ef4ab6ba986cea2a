"""End-to-end: the real bot (``python -m bot run``) as its own process against the Bot API emulator.

The bot gets the emulator as TELEGRAM_API_BASE_URL, a temporary SQLite file (BOT_DB_PATH), a clock
file the test moves forward (BOT_CLOCK_FILE, an ISO datetime re-read on every call) and a short
reminder sweep (BOT_SWEEP_SECONDS). The test plays the users through the emulator and checks what the
bot sent (the emulator's storage and counters) and what it recorded (the SQLite file, read-only).

Every test ends by checking that the token never appeared in the bot's output (stdout + stderr).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from emulator import BotProcess, Emulator, TelegramUser, wait_until

from bot.reminders import plan
from state import DEFAULT_REMINDER_SETTINGS, Store

pytestmark = pytest.mark.timeout(150)

ROOT = Path(__file__).resolve().parents[2]
# A token nobody would write by accident: if it shows up in the bot's output, it leaked.
TOKEN = "424242:E2E-SECRET-tK9qWz7Lm"
SWEEP = 0.5  # BOT_SWEEP_SECONDS
START = "2026-11-20T08:00:00+08:00"  # a Friday morning in Shanghai, before the 09:00 reminders

Message = dict[str, Any]


@pytest.fixture
def bot_token() -> str:  # overrides conftest's: the emulator and the bot use this token
    return TOKEN


# -- the real bot as a process --------------------------------------------------------------

class _BotProcess(BotProcess):
    """BotProcess in a working directory of its own."""

    def __init__(self, argv: list[str], log_path: Path, *, env: dict[str, str], cwd: Path):
        super().__init__(argv, log_path, env=env)
        self.cwd = cwd

    def start(self) -> BotProcess:
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115  (closed by stop())
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=self._log_file,
                                     stderr=subprocess.STDOUT, env=self.env, cwd=self.cwd)
        return self


class RealBot:
    """``python -m bot run`` against the emulator, restartable, with its db and clock file."""

    def __init__(self, emulator: Emulator, tmp: Path):
        self.emulator, self.tmp = emulator, tmp
        self.db = tmp / "bot.db"
        self.clock = tmp / "clock.txt"
        self.work = tmp / "cwd"  # its working directory: no stray .env is read
        self.work.mkdir()
        self.processes: list[BotProcess] = []
        self.set_clock(START)

    @property
    def current(self) -> BotProcess:
        return self.processes[-1]

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.emulator.base_url,
            "BOT_DB_PATH": str(self.db),
            "BOT_CLOCK_FILE": str(self.clock),
            "BOT_SWEEP_SECONDS": str(SWEEP),
            "BOT_ALLOWED_USERS": "",
            "BOT_ADMIN_USERS": "",
            "TELEGRAM_WEBHOOK_URL": "",
            # the web chat runs beside Telegram in the same process: on a port of its own, so that
            # nothing else on the machine (another run, a developer's bot on 8080) is in its way
            "BOT_WEB_PORT": str(self.web_port),
        }
        env.update(extra)
        return env

    @property
    def web_port(self) -> int:
        if not hasattr(self, "_web_port"):
            import socket

            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                self._web_port = sock.getsockname()[1]
        return self._web_port

    def start(self, wait: bool = True, **extra_env: str) -> BotProcess:
        polls = self.emulator.calls("getUpdates")
        bot = _BotProcess(["-m", "bot", "run"], self.tmp / f"bot_{len(self.processes)}.log",
                          env=self.env(**extra_env), cwd=self.work)
        self.processes.append(bot.start())
        if wait:
            try:
                wait_until(lambda: self.emulator.calls("getUpdates") > polls, 60, 0.05, "the bot to poll")
            except TimeoutError as exc:
                raise AssertionError(f"the bot never polled: {exc}\n{bot.log_tail()}") from exc
        return bot

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, like a crash or a power cut of the process."""
        proc = self.current.proc
        assert proc is not None and proc.poll() is None, "the bot is not running"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        self.current.stop()

    def stop_all(self) -> None:
        for bot in self.processes:
            bot.stop()

    def set_clock(self, iso: str) -> None:
        """Move the bot's "now" (written atomically: the bot re-reads the file on every call)."""
        tmp = self.clock.with_suffix(".tmp")
        tmp.write_text(iso, encoding="utf-8")
        os.replace(tmp, self.clock)

    def output(self) -> str:
        return "".join(b.log_path.read_text(errors="replace") for b in self.processes if b.log_path.exists())

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the bot's SQLite file (read-only; the bot keeps writing in WAL mode)."""
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture
def real_bot(emulator: Emulator, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RealBot]:
    bot = RealBot(emulator, tmp_path)
    try:
        yield bot
    finally:
        bot.stop_all()
        output = bot.output()
        failed = any(getattr(getattr(request.node, f"_e2e_report_{w}", None), "failed", False)
                     for w in ("setup", "call"))
        if failed:
            print(f"--- bot output ---\n{output[-6000:]}")
        assert TOKEN not in output, "the bot token appeared in the bot's output"
        assert TOKEN.split(":")[1] not in output


# -- the user's side ---------------------------------------------------------------------------

def text_of(m: Message) -> str:
    return m.get("text") or m.get("caption") or ""


def buttons(m: Message) -> list[tuple[str, str]]:
    return [(b["text"], b.get("callback_data", "")) for row in (m.get("reply_markup") or {}).get(
        "inline_keyboard", []) for b in row]


def mark(user: TelegramUser) -> int:
    """How many messages the chat holds now; pass it to :func:`wait_new`."""
    return len(user.replies())


def wait_new(user: TelegramUser, since: int, match: str | Callable[[Message], bool],
             timeout: float = 20) -> Message:
    """The first message sent after ``since`` whose text contains ``match`` (or matches it)."""
    ok = match if callable(match) else (lambda m: match in text_of(m))

    def probe() -> Message | None:
        return next((m for m in user.replies()[since:] if ok(m)), None)

    return wait_until(probe, timeout, 0.05, f"a new bot message matching {match!r} in chat {user.chat_id}")


def say(user: TelegramUser, text: str, expect: str | Callable[[Message], bool], timeout: float = 20) -> Message:
    since = mark(user)
    if text.startswith("/"):
        user.send_command(text.split(" ")[0], text.partition(" ")[2])
    else:
        user.send_text(text)
    return wait_new(user, since, expect, timeout)


def press(user: TelegramUser, message: Message, label: str, expect: str | Callable[[Message], bool],
          timeout: float = 20) -> Message:
    since = mark(user)
    user.press_button(message, text=label)
    return wait_new(user, since, expect, timeout)


def send_raw(user: TelegramUser, **content: Any) -> None:
    """A user message without text (photo, sticker ...) through the emulator's client route."""
    user._client_post("/sendMessage", {"botToken": user.emulator.token, "from": user.user, "chat": user.chat,
                                       "date": int(time.time()), **content})


def several_sweeps() -> None:
    """Let a few more reminder sweeps pass (nothing observable happens when they send nothing)."""
    time.sleep(SWEEP * 6)


# -- seeding the store before the bot starts -----------------------------------------------------

TASK_BOOK = {"zh": "项目计划任务书在平台备案", "en": "File the project task book"}


def seed_due_filings(db: Path, chats: list[int], due: date, per_user: int = 1) -> None:
    with Store(db) as store, store.transaction():
        for chat in chats:
            user, _ = store.get_or_create_user("telegram", str(chat))
            project = store.create_project(user["id"], f"项目{chat}", jurisdiction="zhonglou", amount=800_000,
                                           kind="software", stage="contracted")
            store.sync_filings(user["id"], project["id"], [
                {"key": f"task_book_filing_{i}", "due": due, "title": TASK_BOOK,
                 "citations": [{"doc": "zhonglou", "article": "第十三条", "quote": "一个月内备案"}]}
                for i in range(per_user)])


def reminders_to(user: TelegramUser, due: str) -> list[Message]:
    return [m for m in user.replies() if f"截止日期 {due}" in text_of(m)]


# ==============================================================================================
# tests
# ==============================================================================================

def test_start_menu_media_and_empty_export(real_bot: RealBot, emulator: Emulator, tg_user: TelegramUser) -> None:
    real_bot.start()
    welcome = say(tg_user, "/start", "您好！我是政务信息化项目助手")
    assert ("申报项目 /new", "new") in buttons(welcome) and ("中文 / English", "lang") in buttons(welcome)
    assert welcome["from"]["is_bot"]

    english = emulator.user(chat_id=1002, first_name="Ann", username="ann", language_code="en")
    hello = say(english, "/start", "Hello! I help staff of government IT projects")
    assert ("Declare a project /new", "new") in buttons(hello)

    # the command menu, in Chinese for zh clients and in English by default
    menus = emulator.my_commands()
    zh_key = json.dumps({"scope": {"type": "default"}, "language_code": "zh"}, separators=(",", ":"))
    names = ["start", "new", "projects", "status", "path", "deadlines", "export", "rename", "delete", "settings",
             "cancel", "lang", "help"]
    assert [c["command"] for c in menus[zh_key]] == names
    assert menus[zh_key][1]["description"] == "申报新项目"
    assert [c["command"] for c in emulator.default_commands()] == names
    assert emulator.default_commands()[1]["description"] == "Declare a project"

    # photos and stickers are declined politely, in the user's language
    since = mark(tg_user)
    send_raw(tg_user, photo=[{"file_id": "ph-1", "file_unique_id": "phu-1", "width": 90, "height": 90,
                              "file_size": 1200}])
    assert "暂不支持图片" in text_of(wait_new(tg_user, since, "抱歉，我只能处理文字消息"))
    since = mark(tg_user)
    send_raw(tg_user, sticker={"file_id": "st-1", "file_unique_id": "stu-1", "width": 512, "height": 512,
                               "is_animated": False, "is_video": False, "type": "regular", "emoji": "👍"})
    wait_new(tg_user, since, "抱歉，我只能处理文字消息")
    since = mark(english)
    send_raw(english, photo=[{"file_id": "ph-2", "file_unique_id": "phu-2", "width": 90, "height": 90}])
    wait_new(english, since, "Sorry, I can only read text")

    # nothing to export yet
    say(tg_user, "/export", "请先用 /new 申报项目")
    assert emulator.documents() == []


def test_declaration_question_export_reminder_and_done(real_bot: RealBot, emulator: Emulator,
                                                      tg_user: TelegramUser) -> None:
    real_bot.start()
    u = tg_user
    say(u, "/new", "（1）项目叫什么名字？")
    q2 = say(u, "智慧城管平台", "（2）项目在哪个地区？")
    assert ("钟楼区", "d:set:jurisdiction:zhonglou") in buttons(q2)
    press(u, q2, "钟楼区", "（3）项目总金额是多少？")
    # an interview question is answered once: its buttons were taken away
    assert "reply_markup" not in next(m for m in u.replies() if m["message_id"] == q2["message_id"])
    q4 = say(u, "80万", "（4）项目类型是？")
    say_5 = press(u, q4, "软件开发类", "（5）其中软件开发费用是多少？")
    assert ("跳过", "d:skip") in buttons(say_5)
    q6 = say(u, "30万", "（6）资金来源是？")
    q7 = press(u, q6, "区级财政资金", "（7）项目目前处于哪个阶段？")
    press(u, q7, "已签合同", "（8）立项批复是哪一天？")
    say(u, "2026-03-05", "（9）合同签订是哪一天？")
    summary = say(u, "2026-11-13", "请确认项目信息")
    for line in ("• 名称：智慧城管平台", "• 地区：钟楼区", "• 总金额：80万元", "• 软件开发费：30万元",
                 "• 阶段：已签合同", "• 合同签订：2026-11-13", "适用的要求共"):  # issue 11: counted, not listed
        assert line in text_of(summary), line
    card = press(u, summary, "✅ 确认", "📋 智慧城管平台")
    assert "项目已保存。" in [text_of(m) for m in u.replies()]
    for line in ("📋 智慧城管平台 · 钟楼区 · 80万元 · 软件开发类", "阶段：已签合同", "项适用要求", "/path"):
        assert line in text_of(card), line  # issue 11: the short card; the path and requirements are on /path
    assert any(data.startswith("done:") for _, data in buttons(card))

    # the store holds the project, both events and the task-book filing one month after signing
    (project_id,) = real_bot.query("SELECT id FROM projects WHERE name = '智慧城管平台'")[0]
    assert real_bot.query("SELECT name, date FROM events WHERE project_id = ? ORDER BY date", (project_id,)) == [
        ("approved", "2026-03-05"), ("contract_signed", "2026-11-13")]
    [(filing_id, due)] = real_bot.query(
        "SELECT id, due FROM filings WHERE project_id = ? AND key LIKE 'task_book%'", (project_id,))
    assert "2026-12-13" <= due <= "2026-12-16"  # a month after 11-13, moved off the weekend
    assert f"{due} 项目计划任务书在平台备案" in text_of(card)

    # a free-text question is answered from the regulations, with the article, using the project
    answer = say(u, "需要监理吗？", "第十五条")
    assert "监理：需要" in text_of(answer) and "智慧城管平台" in text_of(answer)

    # the calendar export
    since_docs = len(u.documents())
    say(u, "/export", "的期限日历")
    doc = wait_until(lambda: u.documents()[since_docs:], 15, 0.05, "the .ics document")[0]
    assert doc["file_name"].endswith(".ics")
    content = emulator.download(doc["file_id"])
    assert content.startswith(b"BEGIN:VCALENDAR") and due.replace("-", "").encode() in content

    # the clock reaches the d-7 step of the task-book filing, at 09:00 Shanghai
    assert reminders_to(u, due) == []
    d7 = next(s.day for s in plan(date.fromisoformat(due), date.fromisoformat(due), DEFAULT_REMINDER_SETTINGS)
              if s.key == "d-7")
    real_bot.set_clock(f"{d7.isoformat()}T08:59:00+08:00")
    several_sweeps()
    assert reminders_to(u, due) == [], "a reminder went out before 09:00"
    since = mark(u)
    real_bot.set_clock(f"{d7.isoformat()}T09:00:05+08:00")
    reminder = wait_new(u, since, lambda m: f"截止日期 {due}" in text_of(m), timeout=20)
    assert "项目计划任务书在平台备案" in text_of(reminder) and "工作日截止" in text_of(reminder)
    assert "依据：第十三条" in text_of(reminder)
    assert buttons(reminder) == [("✔ 已完成", f"done:{filing_id}"), ("⏸ 推迟一天", f"snooze:{filing_id}"),
                                 ("打开项目", f"proj:{project_id}")]
    several_sweeps()
    assert len(reminders_to(u, due)) == 1, "the reminder was sent more than once"
    assert real_bot.query("SELECT step, message_id FROM reminders_sent WHERE filing_id = ? AND message_id IS NOT NULL",
                          (filing_id,)) == [("d-7", str(reminder["message_id"]))]

    # done from the reminder's button
    answers_before = len(emulator.callback_answers())
    done = press(u, reminder, "✔ 已完成", "已标记完成：项目计划任务书在平台备案")
    assert buttons(done) == [("↩ 撤销", f"undo:{filing_id}")]
    assert len(emulator.callback_answers()) > answers_before  # the button press was answered
    status, done_at = real_bot.query("SELECT status, done_at FROM filings WHERE id = ?", (filing_id,))[0]
    assert status == "done" and done_at
    card2 = press(u, reminder, "打开项目", "📋 智慧城管平台")
    # issue 11: a done filing leaves the open lists at once; the card counts it, /path lists it
    assert f"{due} 项目计划任务书在平台备案" not in text_of(card2) and "已完成1项报送" in text_of(card2)

    # on the due day a done filing is not reminded; the overdue self-evaluation shows a sweep ran
    since = mark(u)
    real_bot.set_clock(f"{due}T09:00:05+08:00")
    wait_new(u, since, lambda m: "已逾期" in text_of(m) and "绩效自评价" in text_of(m), timeout=20)
    several_sweeps()
    assert len(reminders_to(u, due)) == 1


def test_killed_mid_declaration_resumes_at_the_same_question(real_bot: RealBot, emulator: Emulator,
                                                            tg_user: TelegramUser) -> None:
    real_bot.start()
    u = tg_user
    say(u, "/new", "（1）项目叫什么名字？")
    q2 = say(u, "重启测试平台", "（2）项目在哪个地区？")
    press(u, q2, "钟楼区", "（3）项目总金额是多少？")
    wait_until(lambda: emulator.pending_updates() == [], 10, 0.05, "the bot to confirm the updates")

    real_bot.kill()
    since = mark(u)
    u.send_text("80万")  # typed while the bot is down
    real_bot.start()
    q4 = wait_new(u, since, "（4）项目类型是？", timeout=30)
    q5 = press(u, q4, "软件开发类", "（5）其中软件开发费用是多少？")

    # a button of a question asked before the crash is stale now: said so, and the question repeated
    since = mark(u)
    u.press_button(q2, text="钟楼区")
    stale = wait_new(u, since, "这个按钮已失效")
    again = wait_new(u, since, "（5）其中软件开发费用是多少？")
    assert q5["message_id"] < stale["message_id"] < again["message_id"]

    texts = [text_of(m) for m in u.replies()]
    for n in ("（1）", "（2）", "（3）", "（4）"):
        assert sum(t.startswith(n) for t in texts) == 1, (n, texts)  # nothing answered twice
    (state,) = real_bot.query("SELECT state FROM conversations")[0]
    answers = json.loads(state)["flow"]["answers"]
    assert answers == {"name": "重启测试平台", "jurisdiction": "zhonglou", "amount": 800_000, "kind": "software"}


def test_flood_of_reminders_under_429_each_delivered_exactly_once(real_bot: RealBot, emulator: Emulator) -> None:
    chats = list(range(5000, 5060))
    due = date(2026, 12, 1)  # a Tuesday
    seed_due_filings(real_bot.db, chats, due)
    real_bot.set_clock("2026-12-01T09:00:30+08:00")
    emulator.set_rate_limit(global_per_second=10)  # well under the bot's 30/s: 429s are certain
    real_bot.start()

    wait_until(lambda: real_bot.query("SELECT count(*) FROM reminders_sent WHERE step = 'd0'")[0][0] == len(chats),
               90, 0.2, "every reminder recorded")
    several_sweeps()
    delivered = Counter(m["chat"]["id"] for m in emulator.bot_messages() if f"截止日期 {due}" in text_of(m))
    assert set(delivered) == set(chats), f"lost: {sorted(set(chats) - set(delivered))}"
    assert all(n == 1 for n in delivered.values()), {c: n for c, n in delivered.items() if n > 1}
    stats = emulator.stats()
    assert stats["rate_limited"] > 0, "the 429 path was not exercised"
    assert stats["accepted"] == len(chats)
    # one message each, recorded with its message id; the older steps recorded as skipped
    assert real_bot.query("SELECT count(*) FROM reminders_sent WHERE step = 'd0' AND message_id IS NOT NULL") == [
        (len(chats),)]
    assert "今天截止" in text_of(emulator.bot_messages(5000)[0])


def test_blocked_user_is_marked_inactive_and_not_retried(real_bot: RealBot, emulator: Emulator) -> None:
    blocked, fine = emulator.user(chat_id=3003, first_name="Wang"), emulator.user(chat_id=3004, first_name="Zhao")
    due = date(2026, 12, 1)
    seed_due_filings(real_bot.db, [blocked.chat_id, fine.chat_id], due)
    real_bot.set_clock("2026-12-01T09:00:30+08:00")
    emulator.block_chat(blocked.chat_id)
    real_bot.start()

    wait_new(fine, 0, f"截止日期 {due.isoformat()}")
    wait_until(lambda: real_bot.query("SELECT active FROM users WHERE external_id = '3003'") == [(0,)],
               15, 0.1, "the blocked user marked inactive")
    several_sweeps()
    assert emulator.stats()["forbidden"] == 1  # tried once, never again
    assert blocked.replies() == []
    assert real_bot.query("SELECT active FROM users WHERE external_id = '3004'") == [(1,)]
    assert real_bot.query("SELECT count(*) FROM reminders_sent rs JOIN filings f ON f.id = rs.filing_id "
                          "JOIN projects p ON p.id = f.project_id JOIN users u ON u.id = p.owner_id "
                          "WHERE u.external_id = '3003'") == [(0,)]

    # the user unblocks the bot and writes again: active again, and the reminder follows once
    emulator.unblock_chat(blocked.chat_id)
    say(blocked, "/start", "您好")
    wait_new(blocked, 0, f"截止日期 {due.isoformat()}")
    assert real_bot.query("SELECT active FROM users WHERE external_id = '3003'") == [(1,)]
    several_sweeps()
    assert len(reminders_to(blocked, due.isoformat())) == 1


class _Unauthorized(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        body = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *args: Any) -> None:
        pass


def test_rejected_token_is_not_printed(real_bot: RealBot) -> None:
    """A Bot API server that rejects the token: python-telegram-bot's InvalidToken quotes the token;
    the bot must exit with an error that does not."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Unauthorized)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        bot = real_bot.start(wait=False, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{server.server_port}/bot")
        code = bot.proc.wait(timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    output = real_bot.output()
    assert code != 0
    assert "was rejected by the server" in output
    assert TOKEN not in output and "<token>" in output  # checked again by the fixture


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
