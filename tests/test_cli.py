"""The command line as the contract fixes it: JSON on stdout, exit 0; bad input, one line on
stderr and exit 2, never a traceback."""
import json
import subprocess
import sys

import pytest

from bot.cli import main


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_ask_json_subprocess():
    code, out, err = run("ask", "钟楼区80万的项目需要监理吗？", "--json")
    assert code == 0, err
    data = json.loads(out)
    f = data["findings"][0]
    assert (f["jurisdiction"], f["verdict"]) == ("zhonglou", "yes")
    assert f["citations"][0]["article"] == "第十五条"
    assert data["sources"] and {"doc", "article", "score"} <= set(data["sources"][0])


def test_path_json(capsys):
    assert main(["path", "--jurisdiction", "zhonglou", "--amount", "800000", "--kind", "software", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["applicable"] is True and data["steps"]
    yes = {r["key"] for r in data["requirements"] if r["verdict"] == "yes"}
    assert {"supervision", "proposal"} <= yes and "construction_plan" not in yes


@pytest.mark.parametrize("args,needle", [
    (["ask", "", "--json"], "empty"),
    (["ask", "   ", "--json"], "empty"),
    (["ask", "监理" * 3000, "--json"], "too long"),
    (["ask", "需要监理吗", "--jurisdiction", "beijing", "--json"], "unknown jurisdiction"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "-5", "--json"], "positive"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "0", "--json"], "positive"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "1e20", "--json"], "amount"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "99999999999999", "--json"], "plausible"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "abc", "--json"], "amount"),
    (["path", "--jurisdiction", "mars", "--amount", "100", "--json"], "unknown jurisdiction"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "100", "--kind", "spaceship", "--json"], "unknown kind"),
    (["path", "--jurisdiction", "zhonglou", "--amount", "100", "--software-cost", "200", "--json"], "exceed"),
    (["path", "--amount", "100", "--json"], "required"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_input_exits_2_with_one_line(capsys, args, needle):
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert needle in captured.err and captured.err.count("\n") == 1 and "Traceback" not in captured.err


@pytest.mark.parametrize("question", ["\x00\x01\x02", "🙂🙂", "？？？", "第3条", "a" * 4096, "<script>alert(1)</script>",
                                      "钟楼区-80万的项目", "0元的项目要监理吗", "1e400万"])
def test_odd_questions_never_crash(capsys, question):
    assert main(["ask", question, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "answer" in data and isinstance(data["findings"], list)


def test_jurisdiction_option_accepts_chinese_names(capsys):
    assert main(["ask", "需要监理吗", "--jurisdiction", "钟楼区", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"][0]["jurisdiction"] == "zhonglou"


@pytest.mark.parametrize("args", [
    ["deadlines", "--jurisdiction", "钟楼", "--amount", "80万", "--event", "contract_signed=2026-06-01", "--json"],
    ["deadlines", "--jurisdiction", "Zhonglou", "--event", "contract_signed=2026-06-01", "--json"],
    ["path", "--jurisdiction", "钟楼区", "--amount", "80万", "--software-cost", "0", "--json"],
])
def test_commands_read_arguments_alike(capsys, args):
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["jurisdiction"] == "zhonglou"


@pytest.mark.parametrize("args,needle", [
    (["deadlines", "--jurisdiction", "zhonglou", "--amount", "0", "--event", "approved=2026-01-05"], "positive"),
    (["deadlines", "--jurisdiction", "zhonglou", "--event", "approved=2026-W01-1"], "malformed"),
    (["deadlines", "--jurisdiction", "zhonglou", "--amount", "9" * 30, "--event", "approved=2026-01-05"], "plausible"),
])
def test_deadlines_arguments_checked_like_path(capsys, args, needle):
    assert main([*args, "--json"]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
