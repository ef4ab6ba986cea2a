"""End-to-end: a real python-telegram-bot Application (demo_bot.py, run_polling) in its own
process, talking to the emulator; the test plays the user."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from emulator import Emulator, TelegramUser

pytestmark = pytest.mark.timeout(120)


def test_start_reply_arrives(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    demo_bot()
    tg_user.send_command("/start")
    reply = tg_user.wait_for_reply("Hello Li!")
    assert reply["from"]["is_bot"] is True
    tg_user.send_text("你好")
    assert tg_user.wait_for_reply("echo: 你好")
    # post_init registered the commands with setMyCommands.
    assert [c["command"] for c in emulator.default_commands()] == ["start", "menu", "doc", "burst", "notify"]


def test_update_sent_before_bot_starts_is_delivered(demo_bot, tg_user: TelegramUser) -> None:
    tg_user.send_command("/start")
    demo_bot()
    assert tg_user.wait_for_reply("Hello Li!")


def test_button_press_answers_callback_and_edits(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    demo_bot()
    tg_user.send_command("/menu")
    menu = tg_user.wait_for_reply("Approve the filing?")
    assert [b["text"] for b in menu["reply_markup"]["inline_keyboard"][0]] == ["Approve", "Reject"]

    tg_user.press_button(menu, text="Approve")
    edited = tg_user.wait_for_reply("Decision recorded: approve")
    assert edited["message_id"] == menu["message_id"]  # edited in place, not a new message
    assert "reply_markup" not in edited and edited["edit_date"] >= menu["date"]
    answers = emulator.callback_answers()
    assert [a["text"] for a in answers] == ["You chose approve"]
    assert len(tg_user.replies()) == 1


def test_document_is_sent_and_received(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    demo_bot()
    tg_user.send_command("/doc")
    doc = tg_user.wait_for_document("reminder.ics")
    assert doc["caption"] == "Filing deadline reminder"
    assert doc["mime_type"] == "text/calendar"
    content = emulator.download(doc["file_id"])
    assert len(content) == doc["file_size"] and content.startswith(b"BEGIN:VCALENDAR")
    assert [a["action"] for a in emulator.chat_actions(tg_user.chat_id)] == ["upload_document"]
    message = tg_user.replies()[-1]
    assert message["document"]["file_name"] == "reminder.ics"


def test_long_polling_does_not_spin(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    demo_bot(poll_timeout=10)
    tg_user.send_command("/start")
    tg_user.wait_for_reply("Hello")
    time.sleep(0.3)  # let the bot confirm the update and go back to its long poll
    before = emulator.calls("getUpdates")
    time.sleep(2.0)
    polls = emulator.calls("getUpdates") - before
    assert polls <= 3, f"{polls} getUpdates calls in 2 s: the bot is spinning"
    # ... and it still reacts at once while holding a long poll.
    started = time.monotonic()
    tg_user.send_text("still there?")
    tg_user.wait_for_reply("echo: still there?", timeout=5)
    assert time.monotonic() - started < 2


def test_burst_under_429_arrives_exactly_once(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    emulator.set_rate_limit(global_per_second=10)
    demo_bot(max_retries=3)
    tg_user.send_command("/burst", "25")
    summary = tg_user.wait_for_reply("burst done", timeout=30)
    assert summary["text"] == "burst done: ok=25 failed=0"
    texts = [m["text"] for m in tg_user.replies() if re.fullmatch(r"burst \d+/25", m["text"])]
    counts = Counter(texts)
    assert set(counts) == {f"burst {i}/25" for i in range(1, 26)}
    assert all(n == 1 for n in counts.values()), counts
    stats = emulator.stats()
    assert stats["rate_limited"] > 0, "the 429 path was not exercised"
    assert stats["accepted"] == 26  # 25 + the summary, each accepted exactly once


def test_forbidden_when_user_blocked_the_bot(demo_bot, emulator: Emulator, tg_user: TelegramUser) -> None:
    blocked = emulator.user(chat_id=2002, first_name="Wang")
    emulator.block_chat(blocked.chat_id)
    demo_bot()
    tg_user.send_command("/notify", f"{blocked.chat_id} deadline tomorrow")
    # demo_bot.notify caught telegram.error.Forbidden and reported it.
    reply = tg_user.wait_for_reply("notify failed")
    assert reply["text"] == "notify failed (Forbidden): Forbidden: bot was blocked by the user"
    assert blocked.replies() == []
    assert emulator.stats()["forbidden"] == 1
    emulator.unblock_chat(blocked.chat_id)
    tg_user.send_command("/notify", f"{blocked.chat_id} deadline tomorrow")
    assert tg_user.wait_for_reply(f"notify sent to {blocked.chat_id}")
    assert [m["text"] for m in blocked.replies()] == ["deadline tomorrow"]
