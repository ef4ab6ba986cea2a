"""Where channels are registered, and the commands that start them: ``python -m bot chat``
(console), ``python -m bot web`` (the web chat), ``python -m bot run`` (every configured
channel) and ``python -m bot`` (the same as run: the web chat, plus Telegram with a token).

Adding a channel: a module or package in ``bot/`` with a class following
:class:`bot.channel.Channel`, and one line in :data:`REGISTRY`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

REGISTRY: dict[str, str] = {
    "console": "bot.console:ConsoleChannel",
    "telegram": "bot.telegram:TelegramChannel",
    "web": "bot.web:WebChannel",
}


def load(name: str) -> type:
    module, _, cls = REGISTRY[name].partition(":")
    return getattr(importlib.import_module(module), cls)


def classes(names: list[str] | None = None) -> dict[str, type]:
    return {n: load(n) for n in (names or REGISTRY)}


def access_for(instances: Mapping[str, object]) -> Callable[[str], Callable]:
    """``access(channel name)``: the running channel's policy, else its class's, else the default
    (denied unless allowed) for a name no channel claims."""
    from handlers.app import allow_list

    def access(name: str):
        if name in instances:
            return instances[name].access
        if name in REGISTRY:
            cls = load(name)
            policy = cls.__dict__.get("access")
            if isinstance(policy, staticmethod):
                return policy.__func__
        return allow_list
    return access


def _assistant(settings):
    from bot import clock
    from handlers.app import Assistant
    from state import Store

    store = Store(settings.db_path, clock=clock.now)
    # bot.clock honours BOT_CLOCK_FILE (as the other channels do), so a test can pin "today"
    return Assistant(store, today=clock.today, allowed=settings.allowed_users, admins=settings.admin_users,
                     access=access_for({})), store


def chat(args) -> int:
    from bot import console
    from bot import settings as config

    s = config.load()
    assistant, store = _assistant(s)
    try:
        return console.run(assistant, user=args.user, export_dir=s.export_dir)
    finally:
        store.close()


def run(args) -> int:
    """Every configured channel: the web chat, and Telegram when a token is set."""
    from bot import runner
    from bot import settings as config

    s = config.load()
    if s.telegram_token and s.webhook_url and not s.webhook_secret:
        from bot.telegram import run as telegram_run

        return telegram_run(s)  # refuses with its own message
    return runner.run(s, ready=_announce)


def web(args) -> int:
    import dataclasses

    from bot import runner
    from bot import settings as config

    s = config.load()
    s = dataclasses.replace(s, web_host=args.host or s.web_host, web_port=args.port or s.web_port)
    return runner.run(s, names=["web"], ready=_announce)


def _announce(rt, instances) -> None:
    """Where to open the web chat; without Telegram (the local default), a sign-in link for the
    operator too."""
    import sys

    web = instances.get("web")
    if web is None:
        return
    lines = [f"Web chat: {rt.settings.web_base_url}/  (listening on {web.address})"]
    if "telegram" not in instances:
        from bot.web.accounts import operator_link

        lines.append(f"Sign in as the local operator (valid 24 hours, once): {operator_link(rt.store, rt.settings)}")
        lines.append("More people: python -m bot users add --name NAME")
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def default(args) -> int:
    return run(args)


def add_parsers(sub) -> None:
    c = sub.add_parser("chat", help="chat in the terminal (reads a script from standard input too)")
    c.add_argument("--user", default="local", help="who is typing (each user has their own projects)")
    c.set_defaults(func=chat)
    r = sub.add_parser("run", help="run every configured channel (web chat; Telegram with TELEGRAM_BOT_TOKEN)")
    r.set_defaults(func=run)
    w = sub.add_parser("web", help="run the web chat only")
    w.add_argument("--host")
    w.add_argument("--port", type=int)
    w.set_defaults(func=web)
    from bot.web import users

    users.add_parser(sub)
