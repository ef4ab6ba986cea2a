"""Time handlers.dates: import, first call (compiles the regexes), and per-call cost on typical input.

    .venv/bin/python benchmarks/bench_dates.py [--calls N]

Target: well under 100 µs per call (it runs on every chat message).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 21)
ANSWERS = ["3月5日", "2026-03-05", "下周五", "三天后", "11月30日前", "上个月10号", "月底", "next friday", "March 5",
           "10号", "2月30日", "你好"]
SENTENCES = ["合同3月2日签了", "我们上周五签的合同", "请在11月30日前提交验收材料",
             "你好，请问软件开发项目超过100万需要哪些审批？", "Could you tell me which approvals a software project needs?",
             "Please submit the report by next Friday.", "项目审批流程说明，" * 50]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20_000)
    args = parser.parse_args()

    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import handlers.dates"], cwd=ROOT,
                         capture_output=True, text=True).stderr
    line = next(x for x in out.splitlines() if x.rstrip().endswith("handlers.dates"))
    print(f"import (self, cumulative µs): {line.split(':', 1)[1].strip()}")

    from handlers.dates import find_date, parse_date

    start = time.perf_counter()
    parse_date("3月5日", TODAY)
    print(f"first call: {(time.perf_counter() - start) * 1e3:.1f} ms")

    for label, fn, texts in (("parse_date", parse_date, ANSWERS), ("find_date", find_date, SENTENCES)):
        for text in texts:
            n = max(1, args.calls // max(1, len(text) // 20))
            start = time.perf_counter()
            for _ in range(n):
                fn(text, TODAY)
            per_call = (time.perf_counter() - start) / n * 1e6
            print(f"{label:10} {per_call:8.1f} µs  {text[:40]!r}{' …' if len(text) > 40 else ''} ({len(text)} chars)")


if __name__ == "__main__":
    main()
