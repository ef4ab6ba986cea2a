"""Push benchmark: N messages through the Telegram Bot API emulator under a 429 flood limit.

The emulator (tests/e2e/emulator_server.js: telegram-test-api + compatibility layer)
answers HTTP 429 "Too Many Requests: retry after N" above ``--limit`` messages per
second overall (and ``--per-chat-limit`` per chat if given). A *sender* pushes the
messages; the benchmark then reads what the emulator stored and reports:

    delivered (distinct jobs that arrived), missing, duplicates, 429 answers,
    elapsed seconds and delivered messages per second.

Success: every job delivered exactly once and rate >= ``--target-rate`` (28/s by
default, against a 30/s limit). Exit code 0 on success, 1 otherwise.

The sender is pluggable (``--sender module:function``). It is an async callable

    async def sender(target: PushTarget, jobs: Sequence[PushJob]) -> None

that must deliver every job (chat_id, text) to the Bot API at ``target.base_url``
(python-telegram-bot form, the token is appended) with ``target.token``. The default,
:func:`ptb_aioratelimiter_sender`, uses python-telegram-bot's AIORateLimiter with
``max_retries`` set (its default of 0 re-raises RetryAfter on the first 429). To
benchmark the real reminder pusher, write a small adapter with that signature.

Usage (from the repository root; needs `npm ci --prefix tests/e2e`):

    .venv/bin/python benchmarks/bench_telegram_push.py
    .venv/bin/python benchmarks/bench_telegram_push.py --messages 300 --chats 10 --json
    .venv/bin/python benchmarks/bench_telegram_push.py --sender mypkg.pusher:bench_adapter
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from emulator import DEFAULT_TOKEN, Emulator, EmulatorProcess  # noqa: E402


@dataclass(frozen=True)
class PushJob:
    chat_id: int
    text: str


@dataclass(frozen=True)
class PushTarget:
    base_url: str  # e.g. http://127.0.0.1:PORT/bot  (token appended by PTB)
    base_file_url: str  # e.g. http://127.0.0.1:PORT/file/bot
    token: str


Sender = Callable[[PushTarget, Sequence[PushJob]], Awaitable[None]]


def ptb_aioratelimiter_sender(
    rate: float = 30, burst: int = 1, max_retries: int = 5, concurrency: int = 100
) -> Sender:
    """Default sender: python-telegram-bot ExtBot + AIORateLimiter(max_retries=...).

    The limiter lets ``burst`` messages through at once and refills at ``rate``/s:
    AIORateLimiter(overall_max_rate=burst, overall_time_period=burst / rate). With
    burst == rate (30 and 30 are PTB's defaults) it sends up to 2x rate in the first
    second and after every RetryAfter pause (AIORateLimiter pauses *all* requests), so a
    strict 30/s limit answers hundreds of 429s and throughput falls to ~22/s; with
    burst=1 the stream is smooth and meets the 30/s limit without any 429.
    """

    async def send(target: PushTarget, jobs: Sequence[PushJob]) -> None:
        from telegram.ext import AIORateLimiter, ExtBot
        from telegram.request import HTTPXRequest

        request = HTTPXRequest(connection_pool_size=concurrency, pool_timeout=60, read_timeout=30)
        limiter = AIORateLimiter(
            overall_max_rate=burst, overall_time_period=burst / rate, max_retries=max_retries
        )
        gate = asyncio.Semaphore(concurrency)
        async with ExtBot(
            target.token,
            base_url=target.base_url,
            base_file_url=target.base_file_url,
            request=request,
            rate_limiter=limiter,
        ) as bot:

            async def one(job: PushJob) -> None:
                async with gate:
                    await bot.send_message(job.chat_id, job.text)

            results = await asyncio.gather(*(one(j) for j in jobs), return_exceptions=True)
            errors = [r for r in results if isinstance(r, BaseException)]
            if errors:
                print(f"sender: {len(errors)} send(s) failed, first: {errors[0]!r}", file=sys.stderr)

    return send


def load_sender(spec: str) -> Sender:
    module_name, _, attr = spec.partition(":")
    if not attr:
        raise SystemExit(f"--sender must be module:function, got {spec!r}")
    return getattr(importlib.import_module(module_name), attr)


def make_jobs(messages: int, chats: int, first_chat_id: int = 10_000) -> list[PushJob]:
    return [PushJob(first_chat_id + i % chats, f"push #{i:05d}") for i in range(messages)]


def run(
    sender: Sender,
    *,
    messages: int = 1000,
    chats: int = 50,
    limit: int = 30,
    per_chat_limit: int = 0,
    token: str = DEFAULT_TOKEN,
) -> dict[str, object]:
    jobs = make_jobs(messages, chats)
    with EmulatorProcess() as process:
        control = Emulator(process.api_root, token, http_timeout=60)
        try:
            control.set_rate_limit(global_per_second=limit, per_chat_per_second=per_chat_limit)
            target = PushTarget(process.base_url, process.base_file_url, token)
            started = time.monotonic()
            asyncio.run(sender(target, jobs))
            elapsed = time.monotonic() - started
            stored = control.bot_messages()
            stats = control.stats()
        finally:
            control.close()

    wanted = {(j.chat_id, j.text) for j in jobs}
    seen = Counter(
        (m["chat"]["id"], m.get("text")) for m in stored if re.fullmatch(r"push #\d+", m.get("text") or "")
    )
    delivered = len(wanted & set(seen))
    duplicates = sum(n - 1 for key, n in seen.items() if key in wanted and n > 1)
    wrong_chat = sum(n for key, n in seen.items() if key not in wanted)
    return {
        "messages": messages,
        "chats": chats,
        "limit_per_second": limit,
        "per_chat_limit_per_second": per_chat_limit,
        "delivered": delivered,
        "missing": messages - delivered,
        "duplicates": duplicates,
        "unexpected": wrong_chat,
        "http_429": stats["rate_limited"],
        "accepted": stats["accepted"],
        "elapsed_s": round(elapsed, 2),
        "messages_per_s": round(delivered / elapsed, 2) if elapsed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument(
        "--chats", type=int, default=50, help="jobs are spread round-robin over this many chats"
    )
    parser.add_argument("--limit", type=int, default=30, help="emulator 429 limit, messages/s overall")
    parser.add_argument(
        "--per-chat-limit", type=int, default=0, help="emulator 429 limit per chat (0 = none)"
    )
    parser.add_argument("--target-rate", type=float, default=28.0)
    parser.add_argument("--sender", help="module:function (async (PushTarget, jobs) -> None)")
    parser.add_argument(
        "--max-retries", type=int, default=5, help="default sender: AIORateLimiter max_retries"
    )
    parser.add_argument("--rate", type=float, default=30, help="default sender: messages/s it aims at")
    parser.add_argument("--burst", type=int, default=1, help="default sender: messages it may send at once")
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    args = parser.parse_args(argv)

    sender = (
        load_sender(args.sender)
        if args.sender
        else ptb_aioratelimiter_sender(rate=args.rate, burst=args.burst, max_retries=args.max_retries)
    )
    result = run(
        sender, messages=args.messages, chats=args.chats, limit=args.limit, per_chat_limit=args.per_chat_limit
    )
    result["sender"] = args.sender or (
        f"ptb AIORateLimiter(overall_max_rate={args.burst}, overall_time_period={args.burst}/{args.rate}, "
        f"max_retries={args.max_retries})"
    )
    ok = result["missing"] == 0 and result["duplicates"] == 0 and result["unexpected"] == 0
    ok = ok and float(result["messages_per_s"]) >= args.target_rate
    result["ok"] = ok
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>26}: {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
