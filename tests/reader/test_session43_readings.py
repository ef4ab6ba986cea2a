"""Readings from the forty-third session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- a body a filing is believed sent to: a mistyped name is one character off a name of five or more, not a
# four-character name with a character left out (市财政局 is not the 市政务服务数据管理局's 市政局) ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    ("云浮的年度项目计划是报市财政局备案吧", "yunfu", "annual_plan", "no"),       # 报市政务服务数据管理局备案
    ("云浮的验收报告交市财政局备案就行了吧", "yunfu", "acceptance", "no"),
    ("云浮的年度规划是报市政务服务数据管理局备案吧", "yunfu", "annual_plan", "yes"),
    ("云浮的年度规划是报市政数局备案的吧", "yunfu", "annual_plan", "yes"),
])
def test_a_recipient_believed_is_not_matched_by_leaving_out_a_character_of_a_short_name(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)
