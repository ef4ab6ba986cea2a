"""Pass rate of evaluation files, case by case: `python tests/eval/rate.py tests/eval/questions_5.jsonl [...]`.

Grades exactly as tests/test_eval_cases.py does. To measure a set's first contact against an
older checkout, run it with that checkout first on the path:
`PYTHONPATH=/path/to/old/checkout python tests/eval/rate.py FILE` (prints FAIL lines and the rate)."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _graders():
    """tests/test_eval_cases.py's graders, loaded by path (putting tests/ on sys.path would let its
    `state` folder shadow the project's `state` package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("test_eval_cases", Path(__file__).resolve().parents[1] / "test_eval_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.grade_path, module.grade_deadlines, module.grade_question


def main(files: list[str]) -> int:
    grade_path, grade_deadlines, grade_question = _graders()
    total = passed = 0
    for name in files:
        kind = Path(name).name
        grade = grade_path if kind.startswith("paths") else grade_deadlines if kind.startswith("deadlines") else grade_question
        ok = n = 0
        for line in open(name, encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            try:
                problems = grade(case)
            except Exception as e:   # a crash is a failure of that case, not the end of the rating
                problems = [f"crashed: {type(e).__name__}: {e}"]
            n += 1
            if problems:
                print(f"FAIL {case['id']}: {' / '.join(case.get('q', '').splitlines())} :: " + " | ".join(problems))
            else:
                ok += 1
        print(f"{name}: {ok}/{n} ({100 * ok / max(n, 1):.1f}%)")
        total, passed = total + n, passed + ok
    print(f"all: {passed}/{total} ({100 * passed / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
