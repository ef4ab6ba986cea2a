"""The Telegram channel (python-telegram-bot 22) over the same handlers as the console.

Long polling by default; a webhook when TELEGRAM_WEBHOOK_URL is set. TELEGRAM_API_BASE_URL
points it at another Bot API server (base_url form, the token appended by the library).
Reminders go out through a second bot instance with its own rate limiter, so a flood of pushes
never queues the replies to people who are typing.
"""
from __future__ import annotations

import asyncio
import html
import io
import logging

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)

from bot.channel import Limits
from bot.reminders import Blocked, TryLater, Undeliverable
from handlers.app import Assistant, allow_list
from handlers.buttons import decode
from handlers.replies import Incoming, Reply
from knowledge.i18n import LANGS, t
from state import Store

log = logging.getLogger(__name__)
LIMIT = 4000  # under Telegram's 4,096 characters (TelegramChannel.limits), after escaping
# the command menu, in the order Telegram shows it; descriptions: catalogue keys cmd.<command>
MENU = ("start", "new", "projects", "status", "path", "deadlines", "export", "rename", "delete", "settings", "cancel",
        "lang", "help")


def command_menu(lang: str) -> list[tuple[str, str]]:
    return [(c, t(f"cmd.{c}", lang)) for c in MENU]


class _PushLimiter(AIORateLimiter):
    """Takes no slot while a RetryAfter pause is on. PTB's AIORateLimiter keeps handing out slots
    during the pause to requests that then wait for it to end and all go at once: a burst that a
    strict server answers with the next 429, and so on (one run of benchmarks/bench_push.py against
    the emulator: 32 429s and 16 reminders/s instead of 28)."""

    async def _run_request(self, *args, **kwargs):
        await self._retry_after_event.wait()
        return await super()._run_request(*args, **kwargs)


def push_limiter(rate: float = 29.5) -> AIORateLimiter:
    """A smooth stream just under 30 messages a second for bulk pushes. PTB's default lets a burst
    of 30 through at once and again after every RetryAfter pause, which a strict server meets with
    429s (measured against the emulator: ~22/s with the default, ~28.5/s smoothed); aiming a little
    under 30 keeps scheduling jitter from ever putting 31 in one second. max_retries is set because
    the default of 0 re-raises RetryAfter instead of waiting."""
    return __import__("bot.limiter", fromlist=["AdaptiveLimiter"]).AdaptiveLimiter(rate=rate, max_retries=5)


class RedactToken(logging.Filter):
    """Belt and braces: no log line ever carries the token."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token and self.token in record.getMessage():
            record.msg = record.getMessage().replace(self.token, "<token>")
            record.args = ()
        # tracebacks too: python-telegram-bot's InvalidToken quotes the token in its message
        if self.token and record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if self.token and record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def _fit(line: str, limit: int) -> int:
    """How many characters of ``line`` stay within ``limit`` once escaped (at least one)."""
    size = 0
    for i, ch in enumerate(line):
        size += len(html.escape(ch))
        if size > limit:
            return max(i, 1)
    return len(line)


def chunks(text: str, limit: int = LIMIT) -> list[str]:
    """Split at line ends into pieces whose escaped length stays under the limit."""
    out, current = [], ""
    for line in text.split("\n"):
        while len(html.escape(line)) > limit:  # one enormous line: cut it where its escaped form fits
            if current:
                out.append(html.escape(current))
                current = ""
            cut = _fit(line, limit)
            out.append(html.escape(line[:cut]))
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(html.escape(candidate)) > limit:
            out.append(html.escape(current))
            current = line
        else:
            current = candidate
    if current or not out:
        out.append(html.escape(current))
    return out


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    per_row = TelegramChannel.limits.buttons_per_row
    rows = [row[i:i + per_row] for row in reply.buttons for i in range(0, len(row), per_row)]
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows])


def language_of(update: Update) -> str:
    code = (update.effective_user.language_code or "") if update.effective_user else ""
    return "en" if code.startswith("en") else "zh"


async def deliver(bot, chat_id: int, reply: Reply) -> int | None:
    """Send one reply: text in pieces (buttons on the last), then any document."""
    last = None
    pieces = chunks(reply.text) if reply.text else []
    for i, piece in enumerate(pieces):
        markup = keyboard(reply) if i == len(pieces) - 1 else None
        msg = await bot.send_message(chat_id=chat_id, text=piece, parse_mode=ParseMode.HTML, reply_markup=markup)
        last = msg.message_id
    if reply.document:
        doc = reply.document
        msg = await bot.send_document(chat_id=chat_id, document=InputFile(io.BytesIO(doc.content), filename=doc.filename),
                                      filename=doc.filename)
        last = msg.message_id
    return last


class TelegramChannel:
    name = "telegram"
    limits = Limits(message_length=4096, button_data_bytes=64, buttons_per_row=8)
    can_push = True
    access = staticmethod(allow_list)  # BOT_ALLOWED_USERS / BOT_ADMIN_USERS are Telegram ids

    def __init__(self, settings, assistant: Assistant, store: Store):
        self.settings, self.assistant, self.store = settings, assistant, store
        self.push_bot: ExtBot | None = None

    # -- incoming --------------------------------------------------------------------------
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        incoming = Incoming("telegram", str(update.effective_user.id), msg.text, language_hint=language_of(update))
        await self.answer(context.bot, update.effective_chat.id, self.assistant.handle(incoming))

    async def on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        try:
            await query.answer()
        except BadRequest:  # too old to answer; the press still counts
            pass
        incoming = Incoming("telegram", str(update.effective_user.id), callback=query.data, kind="callback",
                            language_hint=language_of(update))
        replies = self.assistant.handle(incoming)
        if query.message is not None and decode(query.data).answers_question:
            try:  # an interview question is answered once: take its buttons away
                await query.edit_message_reply_markup(reply_markup=None)
            except BadRequest:
                pass
        await self.answer(context.bot, update.effective_chat.id, replies)

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        kind = "photo" if msg.photo else "sticker" if msg.sticker else "voice" if (msg.voice or msg.audio) else \
            "document" if msg.document else "other"
        incoming = Incoming("telegram", str(update.effective_user.id), kind=kind, language_hint=language_of(update))
        await self.answer(context.bot, update.effective_chat.id, self.assistant.handle(incoming))

    async def answer(self, bot, chat_id: int, replies: list[Reply]) -> None:
        for reply in replies:
            await deliver(bot, chat_id, reply)

    # -- reminders -------------------------------------------------------------------------
    async def push(self, filing: dict, reply: Reply):
        try:
            return await deliver(self.push_bot, int(filing["external_id"]), reply)
        except Forbidden as exc:
            raise Blocked(str(exc)) from exc
        except BadRequest as exc:  # a 400 will not get better by retrying (BadRequest is a NetworkError)
            if "chat not found" in str(exc).lower() or "user not found" in str(exc).lower():
                raise Blocked(str(exc)) from exc
            raise Undeliverable(str(exc)) from exc
        except (RetryAfter, TimedOut, NetworkError) as exc:
            raise TryLater(str(exc)) from exc

    async def post_init(self, app: Application) -> None:
        for lang in LANGS:
            commands = [BotCommand(c, d) for c, d in command_menu(lang)]
            try:
                if lang == "zh":
                    await app.bot.set_my_commands(commands, language_code="zh")
                else:
                    await app.bot.set_my_commands(commands)
            except (BadRequest, NetworkError) as exc:
                log.warning("could not set the command menu: %s", exc)
        # pushes go through a second bot with its own rate limiter (the runner's pusher calls push)
        self.push_bot = ExtBot(self.settings.telegram_token, base_url=self.settings.telegram_base_url or
                               "https://api.telegram.org/bot", base_file_url=_file_url(self.settings),
                               rate_limiter=push_limiter())
        await self.push_bot.initialize()

    async def post_stop(self, app: Application) -> None:
        if self.push_bot:
            await self.push_bot.shutdown()

    # -- the Channel protocol (bot/channel.py) ---------------------------------------------------
    @staticmethod
    def configured(settings) -> bool:
        return bool(settings.telegram_token)

    async def start(self, rt=None) -> None:
        s = self.settings
        self._app = app = self.build()
        self._stopped = asyncio.Event()
        await app.initialize()  # getMe: a rejected token raises here
        await self.post_init(app)
        if s.webhook_url:
            if not s.webhook_secret:  # without it anyone who finds the URL could pose as any user
                raise RuntimeError("TELEGRAM_WEBHOOK_SECRET must be set to use a webhook")
            await app.updater.start_webhook(listen="0.0.0.0", port=s.webhook_port, url_path="telegram",
                                            webhook_url=s.webhook_url.rstrip("/") + "/telegram",
                                            secret_token=s.webhook_secret)
        else:
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, poll_interval=0.0, timeout=10)
        await app.start()

    async def wait(self) -> None:
        await self._stopped.wait()

    async def stop(self) -> None:
        app = getattr(self, "_app", None)
        if app is None:
            return
        if app.updater and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await self.post_stop(app)
        await app.shutdown()
        self._stopped.set()

    def build(self) -> Application:
        s = self.settings
        builder = ApplicationBuilder().token(s.telegram_token).rate_limiter(AIORateLimiter(max_retries=3))
        if s.telegram_base_url:
            builder = builder.base_url(s.telegram_base_url).base_file_url(_file_url(s))
        app = builder.post_init(self.post_init).post_stop(self.post_stop).build()
        # new messages only: an edited old message must not answer the current question again
        new = filters.UpdateType.MESSAGE
        app.add_handler(MessageHandler(new & filters.TEXT, self.on_text))
        app.add_handler(CallbackQueryHandler(self.on_callback))
        app.add_handler(MessageHandler(new & ~filters.TEXT & ~filters.StatusUpdate.ALL, self.on_other))
        app.add_error_handler(self.on_error)
        return app

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("update failed: %s", context.error)


def _file_url(settings) -> str:
    base = settings.telegram_base_url or "https://api.telegram.org/bot"
    return base[:-3] + "file/bot" if base.endswith("/bot") else base


def run(settings) -> int:
    """Telegram alone in the runner (``python -m bot run`` starts every configured channel)."""
    from bot import runner

    runner.setup_logging(settings)
    if settings.webhook_url and not settings.webhook_secret:
        log.error("TELEGRAM_WEBHOOK_SECRET must be set to use a webhook")  # anyone could pose as any user
        return 2
    return runner.run(settings, names=["telegram"])
