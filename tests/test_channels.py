"""The channel seam (bot/channel.py, bot/channels.py, bot/runner.py, handlers/buttons.py): every
registered channel states its name, limits, push ability and access policy; button data is
written and read by one codec and fits every channel; the runner sends each reminder through
its owner's channel; ``python -m bot`` without a Telegram token starts the web chat."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot import channels
from bot.channel import Channel, Limits
from bot.reminders import Undeliverable, reminder_text
from handlers.app import Assistant, allow_list
from handlers.buttons import Action, Verb, decode, encode
from handlers.replies import Incoming, Reply
from state import Store

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 21)


def test_every_registered_channel_follows_the_protocol():
    for name, cls in channels.classes().items():
        assert cls.name == name
        assert isinstance(cls.limits, Limits) and isinstance(cls.can_push, bool)
        for attr in ("configured", "access", "start", "wait", "stop", "push"):
            assert callable(getattr(cls, attr, None)) or attr in ("start", "wait", "stop", "push") and \
                name == "console", (name, attr)
    assert isinstance(channels.load("telegram")(None, None, None), Channel)


def test_the_codec_round_trips_and_refuses_ambiguous_data():
    assert encode(Verb.DECLARE, "set", "kind", "software") == "d:set:kind:software"
    assert decode("d:set:kind:software") == Action(Verb.DECLARE, ("set", "kind", "software"))
    assert decode("d:back").answers_question and not decode("done:3").answers_question
    assert decode("done:12").int_arg() == 12
    assert decode("nonsense:1").verb is None and decode(None).verb is None
    with pytest.raises(ValueError):
        decode("done:x").int_arg()
    with pytest.raises(ValueError):
        encode(Verb.DONE, "a:b")


def _all_buttons(kb) -> list:
    store = Store(":memory:")
    app = Assistant(store, kb, today=lambda: TODAY)
    seen = []

    def say(**kw):
        for r in app.handle(Incoming("web", "1", **kw)):
            seen.extend(r.all_buttons())
        return seen[-1] if seen else None

    say(text="/start")
    say(text="/new")
    say(text="一个名字相当长的智慧城市综合管理平台项目")
    for data in ["d:set:jurisdiction:zhonglou"]:
        say(callback=data, kind="callback")
    for text in ["80万", "软件开发", "30万", "跳过", "已签合同", "2026-10-09", "2026-11-02"]:
        say(text=text)
    say(text="/back")
    say(text="2026-11-02")
    say(callback="d:editmenu", kind="callback")
    say(text="/cancel")
    say(text="/new")
    for text in ["项目乙", "钟楼", "80万", "软件开发", "30万", "跳过", "已签合同", "2026-10-09", "2026-11-02", "确认"]:
        say(text=text)
    say(text="/settings")
    say(text="/deadlines")
    say(text="/projects")
    p = store.list_projects(store.find_user("web", "1")["id"])[0]
    say(callback=f"evmenu:{p['id']}", kind="callback")
    f = dict(store.list_filings(p["owner_id"], p["id"])[0], project_name=p["name"], language="zh")
    seen.extend(reminder_text(f, __import__("bot.reminders", fromlist=["Step"]).Step("d0", TODAY, 4), TODAY).all_buttons())
    store.close()
    return seen


def test_every_button_fits_every_channel_and_decodes(kb):
    buttons = _all_buttons(kb)
    assert len(buttons) > 40
    for b in buttons:
        assert decode(b.data).verb is not None, b
        for cls in channels.classes().values():
            limit = cls.limits.button_data_bytes
            assert limit is None or len(b.data.encode()) <= limit, (cls.name, b)


def test_a_channel_without_a_policy_is_denied_unless_allowed(kb):
    store = Store(":memory:")
    app = Assistant(store, kb, today=lambda: TODAY, allowed={"7"}, access=channels.access_for({}))
    # a channel nobody registered: the safe default, not silently open
    assert "内部" in app.handle(Incoming("carrier-pigeon", "8", "/help"))[0].text
    assert "命令" in app.handle(Incoming("carrier-pigeon", "7", "/help"))[0].text
    assert channels.access_for({})("telegram") is allow_list
    store.close()


def test_web_accounts_decide_web_access(kb, tmp_path):
    from bot import settings as config
    from bot.web import WebChannel
    from state.web import WebState

    store = Store(tmp_path / "bot.db")
    s = config.load(env_file=tmp_path / "none.env")
    instances: dict = {}
    app = Assistant(store, kb, today=lambda: TODAY, allowed={"7"}, access=channels.access_for(instances))
    instances["web"] = WebChannel(s, app, store)
    web = WebState(store)
    boss, clerk = web.create_account("处长", admin=True), web.create_account("科员")
    # BOT_ALLOWED_USERS holds Telegram ids: it neither locks web accounts out nor lets them in
    assert "命令" in app.handle(Incoming("web", str(clerk["id"]), "/help"))[0].text
    app.handle(Incoming("web", str(boss["id"]), "/help"))
    assert store.get_user(boss["user_id"])["is_admin"] is True
    web.set_disabled(clerk["id"])
    assert "内部" in app.handle(Incoming("web", str(clerk["id"]), "/help"))[0].text
    assert "内部" in app.handle(Incoming("web", "999", "/help"))[0].text  # no such account
    store.close()


class FakeChannel:
    def __init__(self, name, can_push=True):
        self.name, self.can_push, self.sent = name, can_push, []

    async def push(self, filing, reply):
        self.sent.append((filing["id"], reply.text))
        return len(self.sent)


async def test_the_runner_pushes_through_the_owners_channel():
    from bot.runner import dispatcher

    web, tg, console = FakeChannel("web"), FakeChannel("telegram"), FakeChannel("console", can_push=False)
    send = dispatcher({"web": web, "telegram": tg, "console": console})
    assert await send({"id": 1, "channel": "web"}, Reply("a")) == 1
    assert await send({"id": 2, "channel": "telegram"}, Reply("b")) == 1
    for channel in ("console", "nowhere"):
        with pytest.raises(Undeliverable):
            await send({"id": 3, "channel": channel}, Reply("c"))
    assert web.sent == [(1, "a")] and tg.sent == [(2, "b")]


def test_the_runner_reads_the_sweep_interval_from_settings(monkeypatch, tmp_path):
    from bot import settings as config

    monkeypatch.setenv("BOT_SWEEP_SECONDS", "2.5")
    assert config.load(env_file=tmp_path / "none.env").sweep_seconds == 2.5


def test_python_m_bot_without_a_token_starts_the_web_chat(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))},
           "PYTHONPATH": str(ROOT), "BOT_DB_PATH": str(tmp_path / "bot.db"), "BOT_WEB_PORT": str(port),
           "BOT_WEB_BASE_URL": f"http://127.0.0.1:{port}"}
    proc = subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(2)]
        assert lines[0].startswith(f"Web chat: http://127.0.0.1:{port}/"), lines
        link = lines[1].rsplit(" ", 1)[1].strip()
        assert link.startswith(f"http://127.0.0.1:{port}/login/")
        import httpx

        with httpx.Client() as c:
            assert c.get(link, follow_redirects=True).status_code == 200
            assert c.get(f"http://127.0.0.1:{port}/api/session").json()["user"]["admin"] is True
    finally:
        proc.terminate()
        code = proc.wait(timeout=20)
        assert code == 0


def test_telegram_keeps_to_its_buttons_per_row():
    from bot.telegram import TelegramChannel, keyboard
    from handlers.replies import Button

    wide = Reply("x", [[Button(str(i), f"done:{i}") for i in range(11)]])
    rows = keyboard(wide).inline_keyboard
    assert [len(r) for r in rows] == [8, 3] and TelegramChannel.limits.buttons_per_row == 8
    assert [b.callback_data for r in rows for b in r] == [f"done:{i}" for i in range(11)]
