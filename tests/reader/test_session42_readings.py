"""Readings from the forty-second session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- who does a step, believed, where the text says it in its own words ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    # 组成验收组进行竣工验收 is the acceptance organised (文登 第三十五条, by the big data centre)
    ("文登的项目验收是区财政局组织的吧", "wendeng", "actor", "no"),
    ("Wendeng: the acceptance is organised by the finance bureau, right?", "wendeng", "actor", "no"),
    ("文登项目验收是大数据中心组织的吗", "wendeng", "actor", "yes"),
    # 提出立项申请，由区发改部门按程序审批 is the approval of the project's establishment (龙岗 第十条)
    ("龙岗的项目立项是区政数局审批吧？", "longgang", "actor", "no"),
    ("龙岗立项是区发改部门审批的吧", "longgang", "actor", "yes"),
])
def test_a_body_believed_of_a_step_said_in_the_texts_words(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)
