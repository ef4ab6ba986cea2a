"""Reminder push benchmark: the real pusher through the Bot API emulator under a 30/s flood limit.

A temporary store is seeded with ``--filings`` filings (1,000 by default) spread over ``--users``
users (200), all due today. The real :class:`bot.reminders.Pusher` sweeps it and sends through the
real :meth:`bot.telegram.TelegramChannel.push` (``deliver`` over a python-telegram-bot ``ExtBot`` with
the channel's ``push_limiter``), exactly as the running bot does, against the emulator
(tests/e2e/emulator_server.js) answering HTTP 429 "retry after N" above ``--limit`` messages a second.

Sweeps repeat (like ``Pusher.run``) until every filing has its reminder recorded. Then the benchmark
reads what the emulator stored and reports delivered, duplicates, lost, 429 answers, wall time and
messages per second. Success: every reminder exactly once at >= ``--target-rate`` (28/s). Exit code 0
on success, 1 otherwise.

Usage (from the repository root; needs `npm ci --prefix tests/e2e`):

    .venv/bin/python benchmarks/bench_push.py
    .venv/bin/python benchmarks/bench_push.py --filings 300 --users 60 --json
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from emulator import DEFAULT_TOKEN, Emulator, EmulatorProcess  # noqa: E402
from telegram.ext import ExtBot  # noqa: E402

from bot.reminders import Pusher  # noqa: E402
from bot.telegram import TelegramChannel, push_limiter  # noqa: E402
from state import Store  # noqa: E402

DUE = date(2026, 12, 1)  # a Tuesday; the sweeps run at 09:00:30 that day: step d0 for every filing
NOW = datetime.fromisoformat("2026-12-01T09:00:30+08:00").astimezone(UTC)
FIRST_CHAT = 70_000


def seed(store: Store, filings: int, users: int) -> dict[int, int]:
    """``filings`` filings due on DUE, round-robin over ``users`` users; {filing id: chat id}."""
    owners, projects = [], []
    expected: dict[int, int] = {}
    with store.transaction():
        for u in range(users):
            user, _ = store.get_or_create_user("telegram", str(FIRST_CHAT + u))
            owners.append(user["id"])
            projects.append(store.create_project(user["id"], f"压测项目{u:03d}", jurisdiction="zhonglou",
                                                 amount=800_000, kind="software", stage="contracted")["id"])
        per_user: dict[int, list[dict]] = {u: [] for u in range(users)}
        for n in range(filings):
            per_user[n % users].append({"key": f"filing_{n:04d}", "due": DUE,
                                        "title": {"zh": f"第{n:04d}号报送", "en": f"Filing #{n:04d}"},
                                        "citations": [{"doc": "zhonglou", "article": "第十三条", "quote": "x"}]})
        for u, deadlines in per_user.items():
            changes = store.sync_filings(owners[u], projects[u], deadlines)
            for f in changes.added:
                expected[f["id"]] = FIRST_CHAT + u
    return expected


async def push_all(store: Store, target: SimpleNamespace, max_sweeps: int) -> dict[str, object]:
    """Sweep with the real pusher and channel until every filing is recorded (or max_sweeps)."""
    channel = TelegramChannel(SimpleNamespace(telegram_token=target.token, telegram_base_url=target.base_url),
                              None, store)
    # what TelegramChannel.post_init builds for pushes
    channel.push_bot = ExtBot(target.token, base_url=target.base_url, base_file_url=target.base_file_url,
                              rate_limiter=push_limiter())
    await channel.push_bot.initialize()
    pusher = Pusher(store, channel.push, lambda: NOW, channels={"telegram"})
    sweeps, errors = [], 0
    started = time.monotonic()
    try:
        for _ in range(max_sweeps):
            try:
                sent = await pusher.sweep()
            except Exception as exc:  # what Pusher.run does: log and sweep again
                errors += 1
                print(f"sweep failed: {exc!r}", file=sys.stderr)
                sent = 0
            sweeps.append(sent)
            left = store.db.execute(
                "SELECT count(*) FROM filings f WHERE NOT EXISTS "
                "(SELECT 1 FROM reminders_sent r WHERE r.filing_id = f.id AND r.step = 'd0')").fetchone()[0]
            if left == 0:
                break
        elapsed = time.monotonic() - started
    finally:
        await channel.push_bot.shutdown()
    return {"sweeps": sweeps, "sweep_errors": errors, "elapsed": elapsed}


def run(filings: int = 1000, users: int = 200, limit: int = 30, max_sweeps: int = 20,
        token: str = DEFAULT_TOKEN) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp, EmulatorProcess() as process:
        store = Store(Path(tmp) / "bot.db")
        control = Emulator(process.api_root, token, http_timeout=60)
        try:
            expected = seed(store, filings, users)
            control.set_rate_limit(global_per_second=limit)
            target = SimpleNamespace(base_url=process.base_url, base_file_url=process.base_file_url, token=token)
            outcome = asyncio.run(push_all(store, target, max_sweeps))
            stored = control.bot_messages()
            stats = control.stats()
            recorded = store.db.execute(
                "SELECT count(*) FROM reminders_sent WHERE step = 'd0' AND message_id IS NOT NULL").fetchone()[0]
        finally:
            control.close()
            store.close()

    # each reminder carries its filing id in its buttons (done:<id>)
    seen: Counter[int] = Counter()
    wrong_chat = 0
    for m in stored:
        ids = [int(b["callback_data"].split(":")[1]) for row in (m.get("reply_markup") or {}).get(
            "inline_keyboard", []) for b in row if b.get("callback_data", "").startswith("done:")]
        for fid in ids:
            seen[fid] += 1
            if expected.get(fid) != m["chat"]["id"]:
                wrong_chat += 1
    delivered = len(set(seen) & set(expected))
    elapsed = float(outcome["elapsed"])
    return {
        "filings": filings,
        "users": users,
        "limit_per_second": limit,
        "delivered": delivered,
        "duplicates": sum(n - 1 for fid, n in seen.items() if n > 1),
        "lost": len(expected) - delivered,
        "wrong_chat": wrong_chat,
        "recorded_in_store": recorded,
        "http_429": stats["rate_limited"],
        "accepted_sends": stats["accepted"],
        "sweeps": outcome["sweeps"],
        "sweep_errors": outcome["sweep_errors"],
        "wall_time_s": round(elapsed, 2),
        "messages_per_s": round(delivered / elapsed, 2) if elapsed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--filings", type=int, default=1000, help="reminders to push (one per filing)")
    parser.add_argument("--users", type=int, default=200, help="filings are spread over this many users")
    parser.add_argument("--limit", type=int, default=30, help="emulator 429 limit, messages/s overall")
    parser.add_argument("--target-rate", type=float, default=28.0)
    parser.add_argument("--max-sweeps", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    args = parser.parse_args(argv)

    result = run(args.filings, args.users, args.limit, args.max_sweeps)
    ok = (result["lost"] == 0 and result["duplicates"] == 0 and result["wrong_chat"] == 0
          and result["recorded_in_store"] == args.filings and float(result["messages_per_s"]) >= args.target_rate)
    result["target_rate"] = args.target_rate
    result["ok"] = ok
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
