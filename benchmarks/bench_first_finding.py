"""How often the finding a reader sees first answers the question: of the evaluation questions (tests/eval/questions*.jsonl,
or the files given), the share whose first finding for each expected jurisdiction has the expected verdict and article.
The evaluation graders accept any finding of the answer; a reader reads the first, so this is the stricter figure
(issue 8, item 6: a side finding listed first buries the answer).

    .venv/bin/python benchmarks/bench_first_finding.py [FILE ...]

BOT_TODAY is 2026-12-04 unless set (the later sets count their relative days from that day).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("BOT_TODAY", "2026-12-04")

from knowledge.base import get_kb  # noqa: E402


def _matches(finding: dict, expected: dict) -> bool:
    """The graders' test of one finding (../shared/eval/grade.py: verdict, and an article or a quote's words)."""
    if finding.get("jurisdiction") != expected["j"] or finding.get("verdict") not in expected.get("verdict", [finding.get("verdict")]):
        return False
    articles, words = expected.get("article"), expected.get("quote_has")
    if not articles and not words:
        return True
    return any((not articles or c.get("article", "").strip() in articles)
               and (not words or any(w.replace(" ", "") in c.get("quote", "").replace(" ", "") for w in words))
               for c in finding.get("citations") or [])


def main(files: list[str]) -> None:
    kb = get_kb()
    paths = [Path(f) for f in files] or sorted((ROOT / "tests" / "eval").glob("questions*.jsonl"))
    started = time.perf_counter()
    first = any_ = total = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else None
            if not case or not case.get("expect"):
                continue
            findings = kb.ask(case["q"]).get("findings", [])
            total += 1
            first += all(any(f.get("jurisdiction") == e["j"] for f in findings)
                         and _matches(next(f for f in findings if f.get("jurisdiction") == e["j"]), e) for e in case["expect"])
            any_ += all(any(_matches(f, e) for f in findings) for e in case["expect"])
    print(f"{total} questions in {len(paths)} files, {time.perf_counter() - started:.0f} s")
    print(f"first finding answers: {first}/{total} ({100 * first / max(total, 1):.1f}%)")
    print(f"some finding answers:  {any_}/{total} ({100 * any_ / max(total, 1):.1f}%)  (verdict and article only, no answer_has)")


if __name__ == "__main__":
    main(sys.argv[1:])
