"""One process, every configured channel, one store, one assistant, one reminder pusher.

The pusher sends each reminder through the channel of the filing's owner; every channel that
can push does so through its own rate limiter. A channel that stops on an error stops the
runner (exit 1); SIGINT/SIGTERM stop it cleanly (a sweep or reply in flight is finished).
"""
from __future__ import annotations

import asyncio
import logging
import signal

from bot import clock
from bot.channel import Channel, Runtime
from bot.reminders import Pusher, Undeliverable
from handlers.replies import Reply

log = logging.getLogger(__name__)


def setup_logging(settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs request URLs, which carry the token
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)  # sign-in URLs carry a token
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    if settings.telegram_token:
        from bot.telegram import RedactToken

        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactToken(settings.telegram_token))


def build(settings, store, names: list[str] | None = None) -> tuple[Runtime, dict[str, Channel]]:
    """The assistant and the configured channels (``names``: only these), not started yet."""
    from bot import channels as registry
    from handlers.app import Assistant

    instances: dict[str, Channel] = {}
    assistant = Assistant(store, today=clock.today, allowed=settings.allowed_users, admins=settings.admin_users,
                          access=registry.access_for(instances))
    rt = Runtime(settings, store, assistant)
    for name, cls in registry.classes(names).items():
        if cls.configured(settings):
            instances[name] = cls(settings, assistant, store)
    return rt, instances


def dispatcher(instances: dict[str, Channel]):
    async def send(filing: dict, reply: Reply):
        channel = instances.get(filing["channel"])
        if channel is None or not channel.can_push:
            raise Undeliverable(f"no channel {filing['channel']!r} to push through")
        return await channel.push(filing, reply)
    return send


async def serve(settings, names: list[str] | None = None, ready=None) -> int:
    from bot import clock
    from state import Store

    store = Store(settings.db_path, clock=clock.now)  # the bot's clock: BOT_CLOCK_FILE moves timestamps too
    rt, instances = build(settings, store, names)
    if not instances:
        log.error("no channel is configured")
        store.close()
        return 2
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stopping.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - not the main thread
            pass
    started: list[Channel] = []
    pusher = Pusher(store, dispatcher(instances), clock.now,
                    channels={n for n, c in instances.items() if c.can_push})
    push_task = None
    code = 0
    try:
        for channel in instances.values():
            await channel.start(rt)
            started.append(channel)
        push_task = loop.create_task(pusher.run(settings.sweep_seconds))
        if ready is not None:
            ready(rt, instances)
        waits = {loop.create_task(c.wait()): c for c in started}
        stop_wait = loop.create_task(stopping.wait())
        done, _ = await asyncio.wait([*waits, stop_wait], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stop_wait and task.exception() is not None:
                raise task.exception()
            if task is not stop_wait:
                log.error("the %s channel stopped", waits[task].name)
                code = 1
        for task in [*waits, stop_wait]:
            task.cancel()
    except Exception:  # through the redacting log, not a bare traceback: InvalidToken quotes the token
        log.exception("a channel stopped on an error")
        code = 1
    finally:
        pusher.stop()
        if push_task is not None:
            await push_task  # the sends in flight finish; nothing is cut halfway
        for channel in reversed(started):
            try:
                await channel.stop()
            except Exception:
                log.exception("stopping the %s channel failed", channel.name)
        store.close()
    return code


def run(settings, names: list[str] | None = None, ready=None) -> int:
    setup_logging(settings)
    try:
        return asyncio.run(serve(settings, names, ready))
    except KeyboardInterrupt:  # pragma: no cover
        return 130
