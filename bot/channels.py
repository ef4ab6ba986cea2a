"""`python -m bot chat` (console) and `python -m bot run` (Telegram); with no command, Telegram
when a token is configured, else the console."""
from __future__ import annotations


def _assistant(settings):
    from bot import clock
    from handlers.app import Assistant
    from state import Store

    store = Store(settings.db_path)
    # bot.clock honours BOT_CLOCK_FILE (as the Telegram channel does), so a test can pin "today"
    return Assistant(store, today=clock.today, allowed=settings.allowed_users, admins=settings.admin_users), store


def chat(args) -> int:
    from bot import console
    from bot import settings as config

    s = config.load()
    assistant, store = _assistant(s)
    try:
        return console.run(assistant, user=args.user, export_dir=s.export_dir)
    finally:
        store.close()


def telegram(args) -> int:
    from bot import settings as config

    s = config.load()
    if not s.telegram_token:
        from bot.cli import UsageError

        raise UsageError("TELEGRAM_BOT_TOKEN is not set (environment or .env)")
    from bot import telegram as tg

    return tg.run(s)


def default(args) -> int:
    from bot import settings as config

    if config.load().telegram_token:
        return telegram(args)
    args.user = "local"
    return chat(args)


def add_parsers(sub) -> None:
    c = sub.add_parser("chat", help="chat in the terminal (reads a script from standard input too)")
    c.add_argument("--user", default="local", help="who is typing (each user has their own projects)")
    c.set_defaults(func=chat)
    r = sub.add_parser("run", help="run the Telegram bot (TELEGRAM_BOT_TOKEN)")
    r.set_defaults(func=telegram)
