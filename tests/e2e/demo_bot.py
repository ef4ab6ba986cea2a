"""A tiny python-telegram-bot Application used by the end-to-end demo tests.

It is run as a separate process against the emulator (tests/e2e/emulator_server.js):

    python tests/e2e/demo_bot.py --token T --base-url http://127.0.0.1:PORT/bot \
        --base-file-url http://127.0.0.1:PORT/file/bot [--max-retries 3]

Commands:
    /start              greeting
    /menu               message with two inline buttons; pressing one answers the
                        callback query and edits the message
    /doc                sends an .ics document (after a sendChatAction)
    /burst N            sends N messages concurrently, then a summary
    /notify CHAT TEXT   sends TEXT to another chat and reports the outcome
                        (e.g. "notify failed (Forbidden): Forbidden: bot was blocked by the user")
    any other text      echoed back

post_init registers the command list with setMyCommands. With --max-retries the
Application uses AIORateLimiter(max_retries=N), which retries after HTTP 429.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

log = logging.getLogger("demo_bot")

COMMANDS = [
    BotCommand("start", "Greeting"),
    BotCommand("menu", "Inline buttons demo"),
    BotCommand("doc", "Send a calendar reminder document"),
    BotCommand("burst", "Send N messages at once"),
    BotCommand("notify", "Send a message to another chat"),
]

ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//govit e2e demo//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:e2e-demo-1\r\nDTSTART;VALUE=DATE:20250630\r\n"
    b"SUMMARY:Filing deadline\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = update.effective_user.first_name if update.effective_user else "there"
    await update.effective_message.reply_text(f"Hello {name}! I am the e2e demo bot.")


async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Approve", callback_data="approve"),
                InlineKeyboardButton("Reject", callback_data="reject"),
            ]
        ]
    )
    await update.effective_message.reply_text("Approve the filing?", reply_markup=keyboard)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer(f"You chose {query.data}")
    await query.edit_message_text(f"Decision recorded: {query.data}")


async def doc(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat_id = update.effective_chat.id
    await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
    await context.bot.send_document(
        chat_id, document=ICS, filename="reminder.ics", caption="Filing deadline reminder"
    )


async def burst(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    count = int(context.args[0]) if context.args else 10
    chat_id = update.effective_chat.id
    results = await asyncio.gather(
        *(context.bot.send_message(chat_id, f"burst {i + 1}/{count}") for i in range(count)),
        return_exceptions=True,
    )
    failed = [r for r in results if isinstance(r, BaseException)]
    for exc in failed:
        log.warning("burst send failed: %r", exc)
    await context.bot.send_message(chat_id, f"burst done: ok={count - len(failed)} failed={len(failed)}")


async def notify(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if len(context.args) < 2:
        await update.effective_message.reply_text("usage: /notify CHAT_ID TEXT")
        return
    target, text = int(context.args[0]), " ".join(context.args[1:])
    try:
        await context.bot.send_message(target, text)
    except Forbidden as exc:  # e.g. the user blocked the bot
        await update.effective_message.reply_text(f"notify failed (Forbidden): {exc.message}")
    except TelegramError as exc:
        await update.effective_message.reply_text(f"notify failed ({type(exc).__name__}): {exc.message}")
    else:
        await update.effective_message.reply_text(f"notify sent to {target}")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("handler error", exc_info=context.error)


async def post_init(application: Application) -> None:
    await application.bot.set_my_commands(COMMANDS)
    log.info("post_init done; bot is @%s", application.bot.username)


def build_application(token: str, base_url: str, base_file_url: str, max_retries: int | None) -> Application:
    builder = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .post_init(post_init)
    )
    if max_retries is not None:
        # Default max_retries=0 would re-raise RetryAfter on the first 429.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=max_retries))
    application = builder.build()
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("menu", menu))
    application.add_handler(CommandHandler("doc", doc))
    application.add_handler(CommandHandler("burst", burst))
    application.add_handler(CommandHandler("notify", notify))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.add_error_handler(on_error)
    return application


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--token", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--base-file-url", required=True)
    parser.add_argument(
        "--max-retries",
        type=int,
        default=None,
        help="use AIORateLimiter(max_retries=N); without it no rate limiter",
    )
    parser.add_argument("--poll-timeout", type=float, default=10.0, help="getUpdates long-poll timeout (s)")
    args = parser.parse_args(argv)

    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    application = build_application(args.token, args.base_url, args.base_file_url, args.max_retries)
    application.run_polling(allowed_updates=Update.ALL_TYPES, timeout=args.poll_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
