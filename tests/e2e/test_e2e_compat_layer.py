"""The compatibility layer, checked call by call with an in-process python-telegram-bot Bot.

Each test names the telegram-test-api 4.2.1 defect it guards (see emulator_server.js).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import time

import httpx
import pytest
from emulator import BOT_USERNAME, Emulator, TelegramUser
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import ExtBot

pytestmark = [
    pytest.mark.timeout(60),
    # PTB's own RetryAfter.__init__ reads its deprecated int `retry_after`; not ours to fix.
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
]

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])


@pytest.fixture
async def bot(emulator: Emulator):
    async with ExtBot(emulator.token, base_url=emulator.base_url, base_file_url=emulator.base_file_url) as b:
        yield b


async def test_get_me_has_is_bot(bot: ExtBot) -> None:  # FIX 1
    me = await bot.get_me()
    assert me.is_bot is True
    assert me.username == BOT_USERNAME
    assert me.id == 123456  # from the token
    assert bot.bot.id == me.id


async def test_send_message_date_in_seconds(bot: ExtBot, tg_user: TelegramUser) -> None:  # FIX 2
    message = await bot.send_message(tg_user.chat_id, "hello", reply_markup=KEYBOARD)
    assert abs((message.date - dtm.datetime.now(dtm.UTC)).total_seconds()) < 120
    assert message.chat.id == tg_user.chat_id
    assert message.from_user.is_bot
    assert message.reply_markup == KEYBOARD
    stored = tg_user.replies()[-1]
    assert stored["text"] == "hello" and stored["message_id"] == message.message_id


async def test_callback_query_has_chat_instance(
    bot: ExtBot, emulator: Emulator, tg_user: TelegramUser
) -> None:
    # FIX 3: without chat_instance PTB drops the callback update.
    await bot.send_message(tg_user.chat_id, "pick", reply_markup=KEYBOARD)
    await asyncio.to_thread(tg_user.press_button, tg_user.replies()[-1], data="yes")
    updates = await bot.get_updates(timeout=5)
    assert len(updates) == 1
    query = updates[0].callback_query
    assert query is not None and query.data == "yes" and query.chat_instance
    assert query.message.message_id == tg_user.replies()[-1]["message_id"]
    assert await query.answer("noted") is True  # FIX 8
    assert emulator.callback_answers()[-1] == {
        "token": emulator.token,
        "callback_query_id": query.id,
        "text": "noted",
        "show_alert": False,
        "url": None,
    }


async def test_edit_message_text_and_markup_return_message(
    bot: ExtBot, tg_user: TelegramUser
) -> None:  # FIX 4
    sent = await bot.send_message(tg_user.chat_id, "draft", reply_markup=KEYBOARD)
    edited = await bot.edit_message_text("final", chat_id=tg_user.chat_id, message_id=sent.message_id)
    assert edited.text == "final" and edited.message_id == sent.message_id
    assert edited.edit_date is not None
    assert edited.reply_markup is None  # Telegram drops the keyboard on an edit without one
    stored = tg_user.replies()[-1]
    assert stored["text"] == "final" and "reply_markup" not in stored

    again = await bot.edit_message_reply_markup(tg_user.chat_id, sent.message_id, reply_markup=KEYBOARD)
    assert again.reply_markup == KEYBOARD
    assert tg_user.replies()[-1]["reply_markup"] == KEYBOARD.to_dict()

    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=tg_user.chat_id, message_id=9999)


async def test_long_poll_holds_until_timeout(bot: ExtBot, emulator: Emulator) -> None:  # FIX 5
    started = time.monotonic()
    assert await bot.get_updates(timeout=1.5) == ()
    elapsed = time.monotonic() - started
    assert 1.3 <= elapsed < 4, elapsed
    assert emulator.calls("getUpdates") == 1


async def test_long_poll_returns_when_update_arrives(bot: ExtBot, tg_user: TelegramUser) -> None:  # FIX 5
    poll = asyncio.create_task(bot.get_updates(timeout=20))
    await asyncio.sleep(0.3)
    assert not poll.done()
    started = time.monotonic()
    await asyncio.to_thread(tg_user.send_text, "wake up")
    updates = await asyncio.wait_for(poll, 5)
    assert time.monotonic() - started < 2
    assert [u.message.text for u in updates] == ["wake up"]


async def test_offset_confirms_updates(
    bot: ExtBot, emulator: Emulator, tg_user: TelegramUser
) -> None:  # FIX 5
    await asyncio.to_thread(tg_user.send_text, "one")
    await asyncio.to_thread(tg_user.send_command, "start")
    first = await bot.get_updates()
    assert [u.message.text for u in first] == ["one", "/start"]
    assert first[1].message.entities[0].type == "bot_command"
    # Not confirmed yet: delivered again (Telegram semantics).
    assert [u.update_id for u in await bot.get_updates()] == [u.update_id for u in first]
    # limit
    assert len(await bot.get_updates(limit=1)) == 1
    # offset = last + 1 confirms both.
    assert await bot.get_updates(offset=first[-1].update_id + 1) == ()
    assert emulator.pending_updates() == []
    # offset of the second only confirms the first.
    await asyncio.to_thread(tg_user.send_text, "two")
    await asyncio.to_thread(tg_user.send_text, "three")
    pending = await bot.get_updates()
    assert [u.message.text for u in await bot.get_updates(offset=pending[1].update_id)] == ["three"]
    # negative offset: only the last update
    await asyncio.to_thread(tg_user.send_text, "four")
    assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["four"]


async def test_delete_webhook_drops_pending_updates(
    bot: ExtBot, emulator: Emulator, tg_user: TelegramUser
) -> None:
    # FIX 6
    await asyncio.to_thread(tg_user.send_text, "stale")
    assert await bot.delete_webhook(drop_pending_updates=False) is True
    assert len(emulator.pending_updates()) == 1
    assert await bot.delete_webhook(drop_pending_updates=True) is True
    assert emulator.pending_updates() == []
    assert await bot.get_updates() == ()


async def test_commands_chat_action_and_delete(
    bot: ExtBot, emulator: Emulator, tg_user: TelegramUser
) -> None:
    # FIX 7 and FIX 9
    commands = [BotCommand("start", "Greeting"), BotCommand("remind", "Reminders")]
    assert await bot.set_my_commands(commands) is True
    assert tuple(await bot.get_my_commands()) == tuple(commands)
    assert await bot.get_my_commands(language_code="en") == ()
    assert emulator.default_commands() == [c.to_dict() for c in commands]
    assert await bot.delete_my_commands() is True
    assert await bot.get_my_commands() == ()

    assert await bot.send_chat_action(tg_user.chat_id, ChatAction.TYPING) is True
    assert emulator.chat_actions(tg_user.chat_id)[-1]["action"] == "typing"

    sent = await bot.send_message(tg_user.chat_id, "to delete")
    assert await bot.delete_message(tg_user.chat_id, sent.message_id) is True
    assert tg_user.replies() == []


async def test_send_document_multipart(
    bot: ExtBot, emulator: Emulator, tg_user: TelegramUser
) -> None:  # FIX 7
    content = "BEGIN:VCALENDAR\r\nSUMMARY:截止日期\r\nEND:VCALENDAR\r\n".encode()
    message = await bot.send_document(tg_user.chat_id, content, filename="deadline.ics", caption="报备提醒")
    assert message.document.file_name == "deadline.ics"
    assert message.document.file_size == len(content)
    assert message.caption == "报备提醒"
    doc = tg_user.wait_for_document("deadline.ics")
    assert doc["file_size"] == len(content) and doc["caption"] == "报备提醒"
    assert doc["message_id"] == message.message_id
    assert emulator.download(doc["file_id"]) == content
    # The bot can download it through base_file_url, and resend it by file_id.
    tg_file = await bot.get_file(message.document.file_id)
    assert tg_file.file_path.startswith(emulator.base_file_url)
    assert bytes(await tg_file.download_as_bytearray()) == content
    again = await bot.send_document(tg_user.chat_id, message.document.file_id)
    assert again.document.file_id == message.document.file_id
    assert len(tg_user.documents()) == 2


async def test_unknown_method_is_a_bad_request(emulator: Emulator) -> None:  # FIX 10
    response = httpx.post(f"{emulator.base_url}{emulator.token}/sendSticker", data={"chat_id": 1})
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and "sendSticker" in body["description"]


async def test_rate_limit_answers_429(bot: ExtBot, emulator: Emulator, tg_user: TelegramUser) -> None:
    emulator.set_rate_limit(global_per_second=2)
    await bot.send_message(tg_user.chat_id, "1")
    await bot.send_message(tg_user.chat_id + 1, "2")
    response = httpx.post(
        f"{emulator.base_url}{emulator.token}/sendMessage", data={"chat_id": 5, "text": "3"}
    )
    assert response.status_code == 429
    assert response.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    with pytest.raises(RetryAfter, match=r"Retry in (1 seconds|0:00:01)"):
        await bot.send_message(tg_user.chat_id, "4")
    assert emulator.stats()["accepted"] == 2 and emulator.stats()["rate_limited"] == 2
    await asyncio.sleep(1.1)
    await bot.send_message(tg_user.chat_id, "5")  # the window has passed
    assert [m["text"] for m in tg_user.replies()] == ["1", "5"]

    emulator.set_rate_limit(global_per_second=2, retry_after=7)
    await bot.send_message(tg_user.chat_id, "6")
    await bot.send_message(tg_user.chat_id, "7")
    with pytest.raises(RetryAfter, match=r"Retry in (7 seconds|0:00:07)"):
        await bot.send_message(tg_user.chat_id, "8")

    emulator.disable_rate_limit()
    for i in range(5):
        await bot.send_message(tg_user.chat_id, f"free {i}")
    stats = emulator.stats()
    assert stats["accepted"] == 10 and stats["rate_limited"] == 3


async def test_per_chat_rate_limit(bot: ExtBot, emulator: Emulator) -> None:
    emulator.set_rate_limit(global_per_second=100, per_chat_per_second=1)
    await bot.send_message(1, "a")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "b")
    await bot.send_message(2, "other chat is fine")
    await bot.send_chat_action(1, ChatAction.TYPING)  # not a sending method


async def test_blocked_chat_answers_403(bot: ExtBot, emulator: Emulator, tg_user: TelegramUser) -> None:
    emulator.block_chat(tg_user.chat_id)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(tg_user.chat_id, "hello?")
    with pytest.raises(Forbidden):
        await bot.send_document(tg_user.chat_id, b"x", filename="x.txt")
    await bot.send_message(tg_user.chat_id + 1, "others still reachable")
    assert emulator.stats()["forbidden"] == 2
    emulator.unblock_chat(tg_user.chat_id)
    await bot.send_message(tg_user.chat_id, "unblocked")
    assert [m["text"] for m in tg_user.replies()] == ["unblocked"]
