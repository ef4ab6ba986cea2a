"""Benchmark of ``Assistant.handle``: whole conversations of many users, interleaved.

Each of ``--users`` simulated users (default 1,000) declares a project through the whole
interview (typed text and button presses), asks two questions, records an event typed as text,
opens /status and marks a filing done — about 20 messages each. The users' messages are
interleaved at random (seeded), in one process and one thread, against a SQLite file in a
temporary directory, with "today" pinned to 2026-11-21.

Prints messages/s and per-message latency percentiles (time.perf_counter around each
``handle`` call), overall and per kind of message. ``--profile`` adds a cProfile of the run.

Target: >= 2,000 messages/s with p99 < 5 ms.

    .venv/bin/python benchmarks/bench_handlers.py [--users N] [--seed N] [--cpu N] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Generator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.app import Assistant  # noqa: E402
from handlers.replies import Incoming, Reply  # noqa: E402
from knowledge.base import KnowledgeBase  # noqa: E402
from state import Store  # noqa: E402

TODAY = date(2026, 11, 21)
CHANNEL = "bench"
AMOUNTS = ["八十万", "80万", "1200万", "350000", "2.5亿", "45万元", "一百二十万"]
QUESTIONS = ["需要监理吗？", "质保期要多久", "需要第三方测试吗？", "验收不合格怎么办", "需要编制可行性研究报告吗？",
             "项目申报需要什么材料？", "钟楼区80万的项目需要监理吗？"]
STAGES = ["已立项", "已签合同", "规划中", "采购中"]
EVENT_DATES = ["3月5号", "上周五", "2026-06-01", "10月8日"]

# one message to send: ("text", words) or ("press", a button's label or part of it)
Step = tuple[str, str]
Conversation = Generator[tuple[str, Step], list[Reply], None]


def _buttons(replies: list[Reply]) -> list:
    return [b for r in replies for b in r.all_buttons()]


def _has(replies: list[Reply], label: str) -> bool:
    return any(label in b.label for b in _buttons(replies))


def conversation(rng: random.Random, n: int) -> Conversation:
    """One user's conversation; yields (kind, step) and receives the replies to each step."""
    replies = yield "command", ("text", "/start")
    replies = yield "command", ("text", "/new")
    replies = yield "interview", ("text", f"智慧平台{n}号")
    jurisdiction = rng.choice(["龙岗区", "深圳市", "文登区", "云浮市", "钟楼区"])
    how = rng.random()
    replies = yield "interview", ("press", jurisdiction) if how < 0.7 else ("text", jurisdiction)
    replies = yield "interview", ("text", rng.choice(AMOUNTS))
    replies = yield "interview", ("press", rng.choice(["软件开发类", "建设类", "购买服务类", "运行维护类"]))
    dates = list(EVENT_DATES)
    rng.shuffle(dates)
    dates.sort(key=lambda d: d != "3月5号")  # the approval first, so later dates stay in order
    # the questions that depend on earlier answers: answer whatever is asked until the summary
    for _ in range(12):
        text = replies[-1].text
        if "请确认项目信息" in text:
            break
        if "软件开发费用" in text:
            replies = yield "interview", ("text", "30万") if rng.random() < 0.6 else ("press", "跳过")
        elif "资金来源" in text:
            replies = yield "interview", ("press", rng.choice(["区级财政资金", "市级财政资金", "跳过"]))
        elif "新动议" in text:
            replies = yield "interview", ("press", rng.choice(["是", "否"]))
        elif "阶段" in text:
            replies = yield "interview", ("press", rng.choice(STAGES))
        elif "是哪一天" in text:
            replies = yield "interview", ("text", dates.pop(0) if dates else "跳过")
        else:  # a re-asked question (say an amount above the software cost): skip it
            replies = yield "interview", ("press", "跳过") if _has(replies, "跳过") else ("press", "◀ 上一步")
    replies = yield "interview", ("press", "✅ 确认")
    for q in rng.sample(QUESTIONS, 2):
        replies = yield "question", ("text", q)
    replies = yield "event", ("text", rng.choice(["合同11月2日签了", "昨天开工了", "11月16日合同签了", "立项批复11月3日拿到了"]))
    replies = yield "status", ("text", "/status")
    if _has(replies, "✔"):
        replies = yield "done", ("press", "✔")


def warm_up(app: Assistant, rng: random.Random) -> None:
    for n in range(3):
        conv, last = conversation(rng, n), []
        try:
            _, (how, what) = next(conv)
            while True:
                button = next((b for b in _buttons(last) if what in b.label), None) if how == "press" else None
                msg = (Incoming("warm-up", str(n), callback=button.data, kind="callback") if button
                       else Incoming("warm-up", str(n), what))
                last = app.handle(msg)
                _, (how, what) = conv.send(last)
        except StopIteration:
            pass


def run(users: int, folder: Path, seed: int, profile: bool, show: str | None = None,
        sort: str = "cumulative") -> bool:
    rng = random.Random(seed)
    kb = KnowledgeBase()
    store = Store(folder / "bench.db")
    app = Assistant(store, kb, today=lambda: TODAY)
    warm_up(app, random.Random(seed))  # lazy indexes and caches, as in a bot that has been running a while
    ids = [f"u{100_000 + i}" for i in range(users)]
    live: dict[str, tuple[Conversation, tuple[str, Step]]] = {}
    for i, uid in enumerate(ids):
        conv = conversation(random.Random(rng.random()), i)
        live[uid] = (conv, next(conv))
    active = list(ids)
    last: dict[str, list[Reply]] = {}
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors = misses = recorded = 0
    perf, cpu_time = time.perf_counter, time.thread_time
    cpu: list[float] = []
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    profiler = cProfile.Profile() if profile else None
    start = perf()
    while active:
        i = rng.randrange(len(active))
        uid = active[i]
        conv, (kind, (how, what)) = live[uid]
        if how == "press":
            button = next((b for b in _buttons(last.get(uid, [])) if what in b.label), None)
            if button is None:  # the script expected a button that is not there: count it, type the words
                misses += 1
                msg = Incoming(CHANNEL, uid, what)
            else:
                msg = Incoming(CHANNEL, uid, callback=button.data, kind="callback")
        else:
            msg = Incoming(CHANNEL, uid, what)
        if profiler:
            profiler.enable()
        t0, c0 = perf(), cpu_time()
        replies = app.handle(msg)
        elapsed = (perf() - t0) * 1000
        cpu.append((cpu_time() - c0) * 1000)
        if profiler:
            profiler.disable()
        latencies.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
        errors += any("出了问题" in r.text for r in replies)
        if kind == "event":
            recorded += replies[0].text.startswith("已记录")
        last[uid] = replies
        if uid == show:
            print(f"> {what}" + (" [button]" if msg.kind == "callback" else ""))
            print("\n".join(r.text for r in replies)[:600])
        try:
            live[uid] = (conv, conv.send(replies))
        except StopIteration:
            active[i] = active[-1]
            active.pop()
    wall = perf() - start

    n = len(latencies)
    latencies.sort()
    stats = store.stats()
    print(f"handlers benchmark: {users} users, {n} messages interleaved (seed {seed}), one thread, "
          f"file db in {folder}; today pinned to {TODAY}; load average at start {load:.2f}")
    print(f"  throughput : {n / wall:,.0f} messages/s ({wall:.2f} s{', under cProfile' if profile else ''})")
    print(f"  latency ms : p50 {pct(latencies, 50):.3f}  p90 {pct(latencies, 90):.3f}  p99 {pct(latencies, 99):.3f}  "
          f"max {latencies[-1]:.3f}  mean {statistics.fmean(latencies):.3f}")
    cpu.sort()
    # CPU time of this thread: wall time minus time descheduled, to tell a busy machine from slow code
    print(f"  cpu ms     : p50 {pct(cpu, 50):.3f}  p90 {pct(cpu, 90):.3f}  p99 {pct(cpu, 99):.3f}  "
          f"max {cpu[-1]:.3f}  mean {statistics.fmean(cpu):.3f}")
    for kind, values in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        values.sort()
        print(f"    {kind:<10} n={len(values):>6}  p50 {pct(values, 50):.3f}  p99 {pct(values, 99):.3f}  "
              f"max {values[-1]:.3f}  total {sum(values) / 1000:.2f} s")
    print(f"  db: {stats['users']} users, {stats['projects']} projects, "
          f"{stats['filings_pending'] + stats['filings_snoozed'] + stats['filings_done']} filings "
          f"({stats['filings_done']} done); events recorded {recorded}/{len(by_kind.get('event', []))}; "
          f"error replies {errors}, expected buttons missing {misses}")
    store.close()
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(sort).print_stats(45)
        print(out.getvalue())
    ok = n / wall >= 2000 and pct(latencies, 99) < 5
    print(f"  target >= 2,000 msg/s and p99 < 5 ms: {'met' if ok else 'NOT met'}")
    return ok


def pct(sorted_values: list[float], p: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(round(p / 100 * (len(sorted_values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cpu", type=int, default=None, help="pin the process to this CPU (default: the first allowed)")
    ap.add_argument("--profile", action="store_true", help="cProfile the handle calls and print the top functions")
    ap.add_argument("--sort", default="cumulative", help="the profile's order (cumulative, tottime, ...)")
    ap.add_argument("--show", type=int, default=None, help="print the conversation of user number N")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core
        allowed = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {args.cpu if args.cpu is not None else allowed[0]})
    with tempfile.TemporaryDirectory(prefix="bench_handlers_") as tmp:
        run(args.users, Path(tmp), args.seed, args.profile, None if args.show is None else f"u{100_000 + args.show}",
            args.sort)


if __name__ == "__main__":
    main()
