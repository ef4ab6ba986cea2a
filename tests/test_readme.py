"""The README's two commands stay true: CI runs exactly the README's test command."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```sh\n")[1:3]
    return [b.split("\n```")[0].strip() for b in blocks]


def test_readme_opens_with_start_and_test_commands():
    start, test = commands()
    assert start.endswith("python -m bot") and "pip install" in start
    assert "pytest" in test and "npm ci --prefix tests/e2e" in test and "[test]" in test


def test_ci_runs_the_readme_test_command():
    assert commands()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
