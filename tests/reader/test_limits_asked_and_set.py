"""Readings from the twenty-sixth session (issue 8): a time limit asked of a step the text gives none for, where
another step's number stands near it (初验结束3月后 is a wait before the final acceptance, not a limit on its report),
a length the asker set asked to be allowed (这个期限合规吗), whether the text sets a limit at all ("is there a
deadline", 有没有规定几天内), and what the question's earlier clause names when it is typed with spaces. Each has a
look-alike where the text does give the number. The questions are the project's own sentences (none is an evaluation
case)."""
import pytest
from reader_answers import topic_verdicts

from knowledge.base import get_kb
from knowledge.reader.quantity import asked, measure


def _first(question: str, jid: str) -> str:
    return next(f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


@pytest.mark.parametrize("question, jid, verdict", [
    # a limit on the report after the final acceptance, which 钟楼 第二十八条 does not set; the three months after the
    # initial acceptance are a wait before the application, not it
    ("钟楼的项目终验会开完，验收报告大数据局几个工作日内出", "zhonglou", "not_specified"),
    ("钟楼 终验结束 大数据管理局多少天内出具终验报告", "zhonglou", "not_specified"),
    # the look-alike: a limit the text does set, within days of an event
    ("钟楼 试运行结束后几天内要把初验做了", "zhonglou", "info"),
    ("龙岗 合同签完以后几个工作日内报政数局备案", "longgang", "info"),
])
def test_a_limit_asked_where_a_wait_before_another_step_stands(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_an_aside_in_brackets_does_not_part_the_words_measured():
    """项目验收(终验)报告 names the 验收报告 asked."""
    a = asked("终验以后验收报告几天内出")[0]
    assert measure(a, "组织验收专家组进行项目终验并出具项目验收(终验)报告") == "silent"


@pytest.mark.parametrize("question, jid, verdict", [
    # a length the asker set, asked to be allowed, where the text sets none: silence, not a yes
    ("深圳 质监检查发现的问题 我们准备两个月内整改到位 这个期限合规吗", "shenzhen", "not_specified"),
    ("钟楼区的系统试运行准备跑半个月，这个期限符合规定吗", "zhonglou", "not_specified"),
    ("Shenzhen city project: we were told to rectify the inspection findings and plan to take six weeks. Is that timeframe acceptable?",
     "shenzhen", "not_specified"),
])
def test_a_length_set_by_the_asker_asked_to_be_allowed(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_a_length_the_text_sets_still_decides():
    """文登 sets the trial run before acceptance (3 to 6 months): two months is too short."""
    assert topic_verdicts("文登 试运行准备跑两个月就验收 这个期限合规吗", "wendeng").get("acceptance_timing") == "no"


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: is there a deadline for the yearly performance self-evaluation report? We were going to upload it in March.",
     "zhonglou", "yes"),
    ("Wendeng: is there any time limit for the post-evaluation?", "wendeng", "not_specified"),
    ("Longgang: is there a deadline for filing the contract with the district after signing?", "longgang", "yes"),
    ("龙岗 项目竣工验收报告报区里备案 有没有规定多少天内报", "longgang", "not_specified"),
])
def test_whether_the_text_sets_a_limit(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_the_clause_before_names_what_is_timed_when_typed_with_spaces():
    """试运行打算跑一个月 这个期限: what the length is of is the clause before, parted by a space."""
    spaced = asked("试运行打算跑一个月 这个期限合规吗")
    commas = asked("试运行打算跑一个月，这个期限合规吗")
    assert spaced and "运行" in spaced[0].head and spaced[0].head == commas[0].head
    assert topic_verdicts("钟楼 试运行打算跑一个月 这个期限合规吗", "zhonglou").get("trial_run") == "not_specified"
