"""End to end through the console channel: `python -m bot chat` as a subprocess, a scripted
conversation on standard input, assertions on what it prints (and on the SQLite file it leaves).

Each run gets its own database, export directory and a clock file pinning "now" to
2026-11-21 10:00 in Shanghai (a Saturday), so relative dates (上周五, 昨天) are fixed.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from handlers.projects import profile_of
from state import Store

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-21T10:00+08:00"
TODAY = "2026-11-21"
USER = ("console", "local")

# The whole declaration: typed text and numbered choices, as a person at a terminal would answer.
DECLARE = [
    "/new",
    "智慧城管平台",   # (1) name
    "5",             # (2) jurisdiction: the fifth numbered choice, 钟楼区
    "八十万",         # (3) amount in Chinese numerals
    "2",             # (4) kind: the second choice, 软件开发类
    "30万",          # (5) software cost
    "跳过",           # (6) funding: skipped
    "已签合同",        # (7) stage, typed
    "3月5号",         # (8) approval date
    "上周五",         # (9) contract date: Friday of last week = 2026-11-13
    "确认",           # the summary: confirm
]


@dataclass
class Run:
    stdout: str
    stderr: str
    returncode: int

    def turns(self) -> list[tuple[str, str]]:
        """(what was typed, what the bot printed) — the console echoes each scripted line as "> line"."""
        out: list[tuple[str, str]] = []
        for line in self.stdout.split("\n"):
            if line.startswith("> ") or line == ">":
                out.append((line[2:], ""))
            elif out:
                out[-1] = (out[-1][0], out[-1][1] + line + "\n")
        return out

    def reply(self, typed: str, nth: int = 0) -> str:
        """The bot's answer to the nth time ``typed`` was sent."""
        hits = [reply for said, reply in self.turns() if said == typed]
        assert len(hits) > nth, f"{typed!r} was not sent {nth + 1} time(s); turns: {[s[:30] for s, _ in self.turns()]}"
        return hits[nth]

    def assert_clean(self) -> None:
        assert self.returncode == 0, self.stderr
        assert "Traceback" not in self.stderr and "Traceback" not in self.stdout, self.stderr
        assert self.stderr.strip() == "", self.stderr


class Console:
    """One user's console chat over a persistent database: every ``run`` is a new process."""

    def __init__(self, tmp: Path):
        self.db, self.exports, clock = tmp / "bot.db", tmp / "exports", tmp / "clock.txt"
        clock.write_text(NOW, encoding="utf-8")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))}
        self.env.update(BOT_DB_PATH=str(self.db), BOT_EXPORT_DIR=str(self.exports), BOT_CLOCK_FILE=str(clock),
                        PYTHONIOENCODING="utf-8")  # the strictest decoding of stdin: bad bytes must still not crash

    def run(self, lines: list[str | bytes], check: bool = True) -> Run:
        data = b"".join((x if isinstance(x, bytes) else x.encode()) + b"\n" for x in lines)
        p = subprocess.run([sys.executable, "-m", "bot", "chat"], input=data, capture_output=True, cwd=ROOT,
                           env=self.env, timeout=60)
        run = Run(p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), p.returncode)
        if check:
            run.assert_clean()
        return run

    # the database the process left behind (read after it exited)
    def _read(self, fn):
        store = Store(self.db)
        try:
            user = store.find_user(*USER)
            return fn(store, user)
        finally:
            store.close()

    def conversation(self) -> dict:
        return self._read(lambda s, u: s.load_conversation(u["id"]) or {} if u else {})

    def projects(self) -> list[dict]:
        return self._read(lambda s, u: s.list_projects(u["id"]) if u else [])

    def events(self) -> dict[str, str]:
        return self._read(lambda s, u: {e["name"]: e["date"] for p in s.list_projects(u["id"])
                                        for e in s.list_events(u["id"], p["id"])})

    def open_filings(self) -> list[dict]:
        return self._read(lambda s, u: [f for p in s.list_projects(u["id"]) for f in s.list_filings(u["id"], p["id"])
                                        if f["status"] != "done"])


@pytest.fixture
def console(tmp_path) -> Console:
    return Console(tmp_path)


@pytest.fixture
def declared(console) -> Console:
    console.run(DECLARE)
    assert len(console.projects()) == 1
    return console


def test_whole_declaration_ends_in_status_card(console, kb):
    run = console.run(DECLARE)
    assert "（2）项目在哪个地区？" in run.reply("智慧城管平台") and "[5] 钟楼区" in run.reply("智慧城管平台")
    assert "（3）项目总金额是多少？" in run.reply("5")
    assert "（4）项目类型是？" in run.reply("八十万")
    assert "（5）其中软件开发费用是多少？" in run.reply("2")
    assert "（6）资金来源是？" in run.reply("30万")
    assert "（7）项目目前处于哪个阶段？" in run.reply("跳过")  # a skipped question keeps its number
    assert "（8）立项批复是哪一天？" in run.reply("已签合同")
    assert "（9）合同签订是哪一天？" in run.reply("3月5号")

    summary = run.reply("上周五")
    for expected in ("请确认项目信息", "• 地区：钟楼区", "• 总金额：80万元", "• 类型：软件开发类", "• 软件开发费：30万元",
                     "• 资金来源：（跳过）", "• 阶段：已签合同", "• 立项批复：2026-03-05", "• 合同签订：2026-11-13",
                     "[1] ✅ 确认"):
        assert expected in summary, expected
    # issue 11: the summary counts the requirements and says how to see them, instead of listing them
    [(n, _)] = re.findall(r"适用的要求共(\d+)项（其中(\d+)项视情况而定）", summary)
    assert int(n) >= 10 and "/path" in summary and "实行监理制" not in summary

    card = run.reply("确认")
    # issue 11: the card leads with the stage, what is overdue and the next three; the rest is on /path
    assert card.startswith("项目已保存。\n📋 智慧城管平台 · 钟楼区 · 80万元 · 软件开发类\n阶段：已签合同（审批路径已完成")
    for expected in ("接下来：", "项目计划任务书在平台备案 [第十三条]", f"{n}项适用要求", "/path", "[1] ✔ 完成："):
        assert expected in card, expected
    assert "实行监理制" not in card and len(card) < 900
    # the "next" lines are the open deadlines from today on, soonest first, three of them
    upcoming = sorted((f for f in console.open_filings() if f["due"] >= TODAY), key=lambda f: f["due"])
    next_block = card.split("接下来：\n")[1].split("\n")
    assert [line.split()[1] for line in next_block[:3]] == [f["due"] for f in upcoming[:3]]
    # the approval path is the knowledge base's for this profile, every step in order, on /path
    [p] = console.projects()
    path = console.run(["/path"]).reply("/path")
    steps = kb.path(profile_of(p))["steps"]
    shown = [m.group(1) for m in re.finditer(r"^ [✅⬜] \d+\. (.+)$", path.split("审批路径：\n")[1], re.M)]
    assert shown == [s["title"] for s in steps] and len(steps) >= 5
    assert f"适用的要求（{n}项）：" in path and "实行监理制 [第十五条]" in path
    assert "✅ 2026-03-05 立项批复" in path and "✅ 2026-11-13 合同签订" in path

    assert (p["name"], p["jurisdiction"], p["amount"], p["kind"], p["software_cost"], p["funding"], p["stage"]) == (
        "智慧城管平台", "zhonglou", 800_000, "software", 300_000, None, "contracted")
    assert console.events() == {"approved": "2026-03-05", "contract_signed": "2026-11-13"}
    assert not console.conversation().get("flow")


def test_question_is_answered_with_the_projects_context(declared):
    run = declared.run(["需要监理吗？"])
    answer = run.reply("需要监理吗？")
    assert "【钟楼区】" in answer and "监理：需要" in answer and "第十五条" in answer
    assert "本项目80万元" in answer
    assert "（已按您当前的项目“智慧城管平台”补充：" in answer
    filled = answer.split("补充：")[1]
    assert "80万元" in filled and "钟楼区" in filled


def test_event_typed_as_text_shows_deadline_changes(declared):
    before = {f["key"]: f["due"] for f in declared.open_filings()}
    run = declared.run(["合同11月2日签了", "昨天开工了", "/status"])
    text = run.reply("合同11月2日签了")
    assert "已记录：合同签订 2026-11-02。" in text and "期限变化：" in text
    moved = [line for line in text.split("\n") if line.strip().startswith("调整：")]
    assert any("项目计划任务书在平台备案" in line for line in moved), text
    after = {f["key"]: f["due"] for f in declared.open_filings()}
    changed = {k for k in before if k in after and before[k] != after[k]}
    assert changed and all(f"（原 {before[k]}）" in text and after[k] in text for k in changed)
    assert "[1] 查看状态" in text

    # "昨天" is the pinned clock's yesterday, not the machine's
    assert "已记录：开工 2026-11-20。" in run.reply("昨天开工了")
    assert declared.events() == {"approved": "2026-03-05", "contract_signed": "2026-11-02",
                                 "construction_started": "2026-11-20"}
    assert declared.projects()[0]["stage"] == "in_construction"
    card = run.reply("/status")
    assert "阶段：建设中" in card
    path = declared.run(["/path"]).reply("/path")
    assert "✅ 2026-11-20 开工" in path and "✅ 2026-11-02 合同签订" in path


def test_status_card(declared):
    run = declared.run(["/status", "/projects", "/deadlines"])
    card = run.reply("/status")
    assert card.startswith("📋 智慧城管平台 · 钟楼区 · 80万元 · 软件开发类\n阶段：已签合同")
    assert "项适用要求" in card and "/path" in card and "实行监理制" not in card
    filings = declared.open_filings()
    overdue = sorted(f["due"] for f in filings if f["due"] < TODAY)
    if overdue:
        assert "❗ 已逾期" in card and all(d in card for d in overdue[:5])
    assert "[1] ✔ 完成：" in card and "记录进展" in card and "导出日历" in card
    assert "1. 智慧城管平台（钟楼区，80万元） ←" in run.reply("/projects")
    deadlines = run.reply("/deadlines")
    assert all(f["due"] in deadlines for f in filings[:8])


def test_export_writes_an_ics_with_one_event_per_open_deadline(declared):
    from icalendar import Calendar

    # press "✔ 完成" on the first deadline by its number, then export: the done one is left out
    run = declared.run(["/status", "1", "/export"])
    assert "已标记完成" in run.reply("1")
    text = run.reply("/export")
    open_ = declared.open_filings()
    assert f"项目“智慧城管平台”的期限日历（{len(open_)}项）" in text
    path = Path(text.split("→ ")[1].strip())
    assert path.parent == declared.exports and path.suffix == ".ics" and path.is_file()
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == len(open_) > 0
    assert sorted(e.decoded("dtstart").isoformat() for e in events) == sorted(f["due"] for f in open_)
    assert str(cal["X-WR-CALNAME"]) == "智慧城管平台"
    summaries = [str(e["SUMMARY"]) for e in events]
    done_title = run.reply("1").split("已标记完成：")[1].split("。")[0]
    assert not any(s.endswith("：" + done_title) for s in summaries)


def test_restart_in_the_middle_of_the_interview_resumes_at_the_same_question(console):
    first = console.run(["/new", "智慧城管平台", "钟楼区", "八十万"])  # the jurisdiction typed by name
    assert "（3）项目总金额是多少？" in first.reply("钟楼区")
    assert first.stdout.rstrip().split("\n")[-2] == "（4）项目类型是？"  # its last words before EOF
    assert console.conversation()["flow"]["answers"] == {"name": "智慧城管平台", "jurisdiction": "zhonglou",
                                                         "amount": 800_000}

    second = console.run(["/start", "2", "30万", "跳过", "已签合同", "3月5号", "上周五", "确认"])
    resumed = second.reply("/start")
    assert "（4）项目类型是？" in resumed and "[2] 软件开发类" in resumed
    assert "（5）其中软件开发费用是多少？" in second.reply("2")  # "2" presses the re-shown choice
    assert "项目已保存" in second.reply("确认")
    [p] = console.projects()
    assert (p["name"], p["jurisdiction"], p["amount"], p["kind"], p["software_cost"]) == (
        "智慧城管平台", "zhonglou", 800_000, "software", 300_000)

    # no /start: the answer to the pending question is simply taken
    console.run(["/new", "第二个项目"])
    third = console.run(["文登区"])
    assert "（3）项目总金额是多少？" in third.reply("文登区")
    assert console.conversation()["flow"]["answers"]["jurisdiction"] == "wendeng"


def test_bad_input_gets_a_clear_reply_and_changes_nothing(console):
    console.run(["/new", "智慧城管平台"])
    at_jurisdiction = console.conversation()

    long_line = "字" * 5000
    run = console.run(["", long_line, "/frobnicate", b"\xff\xfe\xfd", "北京市朝阳区"])
    assert "消息是空的" in run.reply("")
    assert "消息太长（5000字），请控制在4096字以内" in run.reply(long_line)
    assert "不认识命令 /frobnicate" in run.reply("/frobnicate")
    assert "无法识别这条消息的内容" in run.reply("\ufffd\ufffd\ufffd")
    assert "只覆盖" in run.reply("北京市朝阳区") and "北京市朝阳区" in run.reply("北京市朝阳区")
    for _, reply in run.turns():  # every refusal repeats the pending question with its choices
        assert "（2）项目在哪个地区？" in reply and "[5] 钟楼区" in reply
    assert console.conversation() == at_jurisdiction

    console.run(["5"])
    at_amount = console.conversation()
    assert at_amount["flow"]["answers"]["jurisdiction"] == "zhonglou"
    run = console.run(["-5万", "-800000"])
    for bad in ("-5万", "-800000"):
        assert "金额必须大于零" in run.reply(bad) and "（3）项目总金额是多少？" in run.reply(bad)
    assert console.conversation() == at_amount

    console.run(["八十万", "2", "30万", "跳过", "已立项"])
    at_event_date = console.conversation()
    run = console.run(["2月30日"])
    reply = run.reply("2月30日")
    assert "这个日期不存在" in reply and "（8）立项批复是哪一天？" in reply
    assert console.conversation() == at_event_date

    run = console.run(["3月5号", "确认"])
    assert "项目已保存" in run.reply("确认")
    project, events = console.projects(), console.events()

    # outside the interview too: nothing is recorded or changed
    run = console.run(["", long_line, "/frobnicate", "合同2月30日签了", "合同下周一签了"])
    assert "消息是空的" in run.reply("") and "太长" in run.reply(long_line)
    assert "不认识命令" in run.reply("/frobnicate")
    assert "不存在" in run.reply("合同2月30日签了")
    assert "不能晚于今天（2026-11-21）" in run.reply("合同下周一签了") or "还没到" in run.reply("合同下周一签了")
    assert console.projects() == project and console.events() == events == {"approved": "2026-03-05"}


# -- issue 11: the interview in plain words, end to end, in Chinese and in English -------------------
def test_interview_in_plain_chinese_words(console):
    run = console.run(["/new", "要监理吗", "2", "智慧城管平台", "常州钟楼", "二十九万九", "软件", "无", "财政", "1",
                       "刚立项", "合同今天签了", "2", "3月5号", "好的", "/status", "谢谢"])
    assert "另有所指" in run.reply("要监理吗") and "[1] 作为“名称”的回答  [2] 这是个问题，请回答" in run.reply("要监理吗")
    answered = run.reply("2")  # the question is answered, then the name is asked again
    assert "监理" in answered and "（1）项目叫什么名字？" in answered
    assert "（2）项目在哪个地区" in run.reply("智慧城管平台")
    assert "（3）项目总金额" in run.reply("常州钟楼")
    assert "可能是指" in run.reply("财政") and "[1] 区级财政资金" in run.reply("财政")
    assert "（7）项目目前处于哪个阶段" in run.reply("1")
    assert "[2] 记录进展：合同签订" in run.reply("合同今天签了")
    summary = run.reply("3月5号")
    assert "• 阶段：已签合同" in summary and f"• 合同签订：{TODAY}" in summary and "适用的要求共" in summary
    assert "项目已保存" in run.reply("好的")
    assert run.reply("/status").startswith("📋 ") and "阶段：已签合同" in run.reply("/status")
    assert "不客气" in run.reply("谢谢")
    [p] = console.projects()
    assert (p["jurisdiction"], p["kind"], p["funding"], p["stage"]) == ("zhonglou", "software", "district", "contracted")
    assert console.events() == {"approved": "2026-03-05", "contract_signed": TODAY}


def test_interview_in_plain_english_words(console):
    run = console.run(["/new", "Smart city platform", "zhonglou", "800000", "software", "none", "district funds",
                       "contract signed", "2026-03-05", "2026-11-13", "looks good", "/status", "does it need a supervisor?"])
    assert "(2) Which jurisdiction" in run.reply("Smart city platform")  # English written: English replies
    summary = run.reply("2026-11-13")
    assert "• Kind: software development" in summary and "• Funding: district funds" in summary
    assert "requirements apply" in summary and "/path" in summary
    assert "Project saved" in run.reply("looks good")
    assert "Stage: contract signed" in run.reply("/status")
    answer = run.reply("does it need a supervisor?")
    assert "Zhonglou" in answer and "Filled in from your current project" in answer
    [p] = console.projects()
    assert (p["amount"], p["kind"], p["funding"], p["stage"]) == (800_000, "software", "district", "contracted")
