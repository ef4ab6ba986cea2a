"""Compute every deadline for 100,000 generated projects (random jurisdictions and event dates).

    .venv/bin/python benchmarks/bench_deadlines.py [--projects N] [--seed S]

Prints the time to build the calendar and the total time of ``compute`` over all projects (target:
under 2 s for 100,000), for each of ``--repeat`` runs and the best one (the machine may be shared).
Projects are generated before the clock starts. Titles and rule texts are written when first read, so
a last figure shows what rendering them (as the ``deadlines`` command does) costs.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.time import deadlines as dl  # noqa: E402
from knowledge.time.workdays import default_calendar  # noqa: E402

JURISDICTIONS = dl.jurisdictions()  # every place in the rules folder


def project(rng: random.Random) -> tuple[str, dict[str, date], int]:
    """A random project whose events respect every jurisdiction's order."""
    j = rng.choice(JURISDICTIONS)
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1200))
    chain: list[tuple[str, date]] = [("approved", day)]

    def step(name: str, lo: int, hi: int) -> None:
        nonlocal day
        day = day + timedelta(days=rng.randint(lo, hi))
        chain.append((name, day))

    step("contract_signed", 10, 120)
    if j == "shenzhen":
        step("contract_filed", 0, 10)
        step("quality_registered", 1, 10)
    step("construction_started", 0, 20)
    if j == "longgang":
        step("initial_acceptance_passed", 60, 300)
        step("trial_run_started", 0, 10)
        step("trial_run_ended", 30, 120)
        step("security_test_requested", 0, 20)
    elif j == "zhonglou":
        step("trial_run_started", 60, 300)
        step("trial_run_ended", 30, 120)
        step("initial_acceptance_passed", 0, 30)
    else:
        step("trial_run_started", 60, 300)
        step("trial_run_ended", 30, 180)
        step("initial_acceptance_passed", 0, 30)
        if j == "wendeng":
            step("acceptance_requested", 0, 20)
    step("final_acceptance_passed", 0, 120)
    step("final_accounts_concluded", 30, 200)
    step("decommission_planned", 200, 2000)
    events = {name: d for name, d in chain if rng.random() < 0.6 and d.year <= 2075}
    if not events:
        events = dict(chain[1:2])
    return j, events, rng.randrange(100_000, 100_000_000)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--projects", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best one is the figure")
    opts = ap.parse_args()
    rng = random.Random(opts.seed)
    projects = [project(rng) for _ in range(opts.projects)]

    t0 = time.perf_counter()
    default_calendar()
    for j in JURISDICTIONS:
        dl.load_rules(j)
    setup = time.perf_counter() - t0

    runs = []
    for _ in range(max(1, opts.repeat)):
        count = provisional = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for j, events, amount in projects:
            items = dl.compute(j, events, amount)
            count += len(items)
            provisional += sum(d.provisional for d in items)
        runs.append((time.perf_counter() - t0, time.process_time() - c0))
    total, cpu = min(runs)

    print(f"calendar and rules loaded in {setup * 1000:.0f} ms")
    print(f"{opts.projects:,} projects, {count:,} deadlines ({provisional:,} provisional)")
    print("runs (wall/CPU s): " + ", ".join(f"{w:.2f}/{c:.2f}" for w, c in runs))
    print(f"best: {total:.2f} s wall, {cpu:.2f} s CPU ({total / opts.projects * 1e6:.1f} us per project)")
    print("target: under 2 s for 100,000 projects:", "met" if total < 2 * opts.projects / 100_000 else "MISSED")

    # the texts are written on first access (deadline.rule etc.): what showing them costs
    sample = projects[:10_000]
    t0 = time.perf_counter()
    shown = 0
    for j, events, amount in sample:
        for d in dl.compute(j, events, amount):
            dl.deadline_to_dict(d)
            shown += 1
    print(f"with titles and rule texts rendered: {len(sample):,} projects, {shown:,} deadlines "
          f"in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
