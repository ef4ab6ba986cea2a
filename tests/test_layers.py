"""The packages import in one direction (the contracts in pyproject.toml's [tool.importlinter]):
bot, then handlers, then state, then knowledge at the top level; inside knowledge, the facade and
the rules, then the reader, then time and the texts (apart), then the shared facts, then the
catalogue. Runs import-linter's ``lint-imports`` on the source tree."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_lint_imports_keeps_every_contract():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "lint-imports is missing: pip install -e '.[test]'"
    done = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
