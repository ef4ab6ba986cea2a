"""Benchmark of the store's share of handling one chat message.

Simulates ``--users`` users (default 1,000) sending ``--messages`` messages (default 20,000) in
random interleaving, on a file database in a temporary directory, one transaction per message:

* every message: look up/create the user, load the dialogue state, save it;
* sometimes: create a project (3%), record an event and re-sync the project's filings (5%),
  mark a filing done (2%), show a project's status (list projects + filings, 5%).

Prints messages/s and per-message latency percentiles (overall and per kind), then the cost of
the reminder pusher's cross-user queries on the resulting database.

Target: >= 2,000 messages/s with p99 < 5 ms.

    .venv/bin/python benchmarks/bench_store.py [--users N] [--messages N] [--dir PATH] [--synchronous FULL]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from state import EVENTS, Store  # noqa: E402


def deadlines_for(event: str, day: date) -> list[dict]:
    """A stand-in for the deadline engine: a one-off filing plus a quarterly series."""
    out = [{"key": f"{event}_filing", "due": day + timedelta(days=7),
            "title": {"zh": "事件后备案", "en": "Filing after the event"}, "basis": ["第十二条"]}]
    for q in range(1, 5):
        out.append({"key": "quarterly_report", "due": date(day.year, 1, 15) + timedelta(days=91 * q),
                    "title": {"zh": "季度进度报告", "en": "Quarterly progress report"}})
    return out


def pct(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))]


def handle(store: Store, rng: random.Random, ext: str) -> str:
    """The store calls of one message; returns its kind."""
    kind = "chat"
    with store.transaction():
        user, created = store.get_or_create_user("telegram", ext)
        uid = user["id"]
        state = store.load_conversation(uid) or {"turn": 0, "projects": [], "question": "name", "answers": {}}
        state["turn"] += 1
        state["answers"][f"q{state['turn'] % 5}"] = "某区政务数据共享平台建设项目"
        r = rng.random()
        projects = state["projects"]
        if created:
            kind = "first contact"
        elif r < 0.03 or (not projects and r < 0.10):
            p = store.create_project(uid, f"项目{state['turn']}", jurisdiction="shenzhen",
                                     amount=rng.randrange(100_000, 50_000_000), kind="software")
            projects.append(p["id"])
            kind = "create project"
        elif r < 0.08 and projects:
            pid = rng.choice(projects)
            day = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
            event = rng.choice(EVENTS)
            store.record_event(uid, pid, event, day)
            store.sync_filings(uid, pid, deadlines_for(event, day))
            kind = "event + sync"
        elif r < 0.10 and projects:
            pending = [f for f in store.list_filings(uid, rng.choice(projects)) if f["status"] != "done"]
            if pending:
                store.mark_done(uid, pending[0]["id"])
                kind = "mark done"
        elif r < 0.15 and projects:
            for p in store.list_projects(uid):
                store.list_filings(uid, p["id"])
            kind = "status view"
        store.save_conversation(uid, state)
    return kind


def run(users: int, messages: int, folder: Path, seed: int, synchronous: str) -> None:
    rng = random.Random(seed)
    path = folder / "bench.db"
    store = Store(path, synchronous=synchronous)
    ids = [str(100_000 + i) for i in range(users)]
    latencies: list[float] = []
    cpu: list[float] = []
    by_kind: dict[str, list[float]] = {}
    perf, cpu_time = time.perf_counter, time.thread_time
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    start = perf()
    for _ in range(messages):
        t0, c0 = perf(), cpu_time()
        kind = handle(store, rng, rng.choice(ids))
        elapsed = (perf() - t0) * 1000
        cpu.append((cpu_time() - c0) * 1000)
        latencies.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
    wall = perf() - start

    latencies.sort()
    cpu.sort()
    print(f"store benchmark: {users} users, {messages} messages, one transaction each, "
          f"file db in {folder} (WAL, synchronous={synchronous}); load average at start {load:.2f}")
    print(f"  throughput : {messages / wall:,.0f} messages/s ({wall:.2f} s)")
    print(f"  latency ms : p50 {pct(latencies, 50):.3f}  p90 {pct(latencies, 90):.3f}  "
          f"p99 {pct(latencies, 99):.3f}  max {latencies[-1]:.3f}  mean {statistics.fmean(latencies):.3f}")
    # CPU time of this thread only: wall minus time spent descheduled or waiting on the disk, so a
    # busy machine (wall p99 ~ one scheduler tick) can be told apart from a slow store
    print(f"  cpu ms     : p50 {pct(cpu, 50):.3f}  p90 {pct(cpu, 90):.3f}  p99 {pct(cpu, 99):.3f}  max {cpu[-1]:.3f}")
    for kind, values in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        values.sort()
        print(f"    {kind:<15} n={len(values):>6}  p50 {pct(values, 50):.3f}  p99 {pct(values, 99):.3f}  "
              f"max {values[-1]:.3f}")

    stats = store.stats()
    t0 = perf()
    window = store.due_within("2026-04-01", "2026-04-30", as_of="2026-04-01")
    t1 = perf()
    late = store.overdue("2026-07-01")
    t2 = perf()
    print(f"  db: {stats['users']} users, {stats['projects']} projects, "
          f"{stats['filings_pending'] + stats['filings_snoozed'] + stats['filings_done']} filings, "
          f"{path.stat().st_size / 1e6:.1f} MB (+ WAL)")
    print(f"  pusher: due_within 30 days -> {len(window)} rows in {(t1 - t0) * 1000:.1f} ms; "
          f"overdue -> {len(late)} rows in {(t2 - t1) * 1000:.1f} ms")
    store.close()

    ok = messages / wall >= 2000 and pct(latencies, 99) < 5
    print(f"  target >= 2,000 msg/s and p99 < 5 ms: {'met' if ok else 'NOT met'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, default=None, help="where to put the db (default: a new temp dir)")
    ap.add_argument("--synchronous", default="NORMAL", choices=["NORMAL", "FULL"])
    args = ap.parse_args()
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        run(args.users, args.messages, args.dir, args.seed, args.synchronous)
    else:
        with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
            run(args.users, args.messages, Path(tmp), args.seed, args.synchronous)


if __name__ == "__main__":
    main()
