"""Readings from the fortieth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb
from knowledge.reader.several import projects_listed


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _ask(text):
    return get_kb().ask(text)


def _by_project(text, jid, topic):
    """Each listed project's verdict on one topic, in the list's order."""
    return [(f["project"], f["verdict"]) for f in _ask(text)["findings"] if f["jurisdiction"] == jid and f["topic"] == topic]


# --- several projects in one message, each answered on its own ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    ("钟楼区有两个项目，一个26万，一个58万，哪个要监理？", "zhonglou", "supervision", ["no", "yes"]),
    ("我们钟楼今年三个项目：官网改版18万、视频会商平台75万、机房空调维保9万，哪些得请监理？", "zhonglou", "supervision",
     ["no", "yes", "no"]),
    ("Longgang has two projects: project A at 900万 and project B at 1,100万 contract value. Does the initial acceptance "
     "need an expert meeting for each?", "longgang", "expert_initial_acceptance", ["no", "yes"]),
    ("Zhonglou, two projects: one is a 250,000 yuan app, the other a 410,000 yuan data platform. Which needs a supervisor?",
     "zhonglou", "supervision", ["no", "yes"]),
])
def test_each_project_of_a_list_gets_its_own_verdict(text, jid, topic, expected):
    """A threshold decides each listed project by its own figure, in the list's order."""
    assert [v for _, v in _by_project(text, jid, topic)] == expected


def test_the_answer_names_each_project_under_a_heading():
    answer = _ask("钟楼区有两个项目，一个26万，一个58万，哪个要监理？")["answer"]
    assert answer.startswith("这条消息列了2个项目") and "1. 一个26万" in answer and "2. 一个58万" in answer


def test_a_later_project_said_short_keeps_the_event_of_the_first():
    """项目B 11月25号签的 leaves out 合同: its day is of the contract the first project's words name."""
    answer = _ask("龙岗两个项目，项目A 11月20号签的合同，项目B 11月25号签的，中标通知书和合同复印件最晚哪天报备案？")["answer"]
    assert "2026-12-04" in answer and "2026-12-09" in answer


@pytest.mark.parametrize("text", [
    "钟楼项目总投资380万，其中软件开发150万，要不要监理？",                                # a total and its share
    "龙岗项目合同价600万，先后变更三次，分别是10万、8万和6万，要报审核吗？",               # changes of one project
    "云浮市直单位的项目清单如下：\n1. 软件开发 38万\n2. 运维服务 40万\n合计78万，要不要监理？",   # line items of one project
    "云浮市直单位的专业软件项目，原来预算90万，加了两个子系统以后总投资变成130万，要不要请监理？",   # a figure that changed
    "深圳的项目3月2号签合同，3月10号备案通过，3月13号去做质量监督登记，没超期吧？",           # events of one project
    "Our Longgang project: contract 3 million, changes so far 120k and 90k. Does it need review?",
])
def test_one_project_with_several_figures_is_not_a_list_of_projects(text):
    assert projects_listed(text) == []


# --- English with a Chinese term left unglossed, measured in English ---

@pytest.mark.parametrize("text, jid, articles", [
    ("Zhonglou: how long must the 试运行 last before the initial acceptance?", "zhonglou", {"第二十七条", "第二十八条"}),
    ("How long does the trial run have to run before the final acceptance in Longgang?", "longgang", {"第二十七条"}),
])
def test_the_length_of_a_step_asked_in_english_is_silent_where_the_text_sets_none(text, jid, articles):
    found = first_finding(text, jid)
    assert found["verdict"] == "not_specified" and articles & {c["article"] for c in found["citations"]}


def test_a_length_the_text_sets_is_still_given_in_english_with_a_chinese_term():
    """文登's trial run of 3 months before acceptance (第三十六条) answers the same question there."""
    found = first_finding("Wendeng: how long must the 试运行 last before we apply for acceptance?", "wendeng")
    assert found["verdict"] == "info" and "第三十六条" in {c["article"] for c in found["citations"]}
