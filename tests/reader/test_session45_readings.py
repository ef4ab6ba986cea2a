"""Readings from the forty-fifth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- an article named that the text does not have: said so, how far its numbering goes, and no search result instead ---

@pytest.mark.parametrize("text, jid, said", [
    ("深圳办法第三十条是怎么规定的", "shenzhen", ["第三十条", "第二十八条"]),
    ("钟楼细则第九十条说了什么", "zhonglou", ["第九十条", "第四十二条"]),
    ("What does article 60 of the Wendeng measures say?", "wendeng", ["第六十条", "第四十条"]),
    ("云浮办法第五条讲的啥", "yunfu", ["第五条", "没有编号"]),
])
def test_an_article_the_text_does_not_have_is_said_missing(text, jid, said):
    out = get_kb().ask(text)
    own = [f for f in out["findings"] if f["jurisdiction"] == jid]
    assert [(f["topic"], f["verdict"], f["citations"]) for f in own] == [("article", "not_specified", [])]
    assert all(s in out["answer"] for s in said)


def test_an_article_some_texts_have_is_not_said_missing_of_the_others():
    # (第五十条 is Longgang's alone: the question names no place, and the others are not told they lack it)
    out = get_kb().ask("第五十条是什么内容")
    assert "第五十条" in [c["article"] for f in out["findings"] if f["jurisdiction"] == "longgang" for c in f["citations"]]
    assert "没有第五十条" not in out["answer"]


# --- an article named wrongly for a rule: the rule's own article answers, and the answer says which it is ---

@pytest.mark.parametrize("text, jid, verdict, named, cited", [
    ("我记得钟楼第十四条说50万以上要监理，对吧", "zhonglou", "yes", "第十四条", "第十五条"),
    ("Zhonglou article 3 says a 600k project needs a supervisor, right?", "zhonglou", "yes", "第三条", "第十五条"),
])
def test_a_rule_believed_of_another_article_says_which_article_sets_it(text, jid, verdict, named, cited):
    found = first_finding(text, jid)
    assert found["verdict"] == verdict and cited in [c["article"] for c in found["citations"]]
    answer = get_kb().ask(text)["answer"]
    assert named in answer and cited in answer and ("不是规定这一点" in answer or "is not the one" in answer)


def test_the_article_named_rightly_gets_no_such_remark():
    answer = get_kb().ask("钟楼细则第十五条说30万以上要监理，对吧")["answer"]
    assert "不是规定这一点" not in answer


# --- a belief that a step is not needed, with the step named by its noun alone before the tag (不需要监理，对吗), or that
# a case does not count under the rule's line (正好30万的不算，对吧): said of the belief ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼区30万整的项目不需要监理，对吗", "no"),          # 30万元(含)以上 (第十五条)
    ("钟楼监理，正好30万的不算，对吧", "no"),
    ("钟楼区29万的项目不需要监理，对吗", "yes"),
    ("钟楼：29万的不用监理，对吧", "yes"),
    # look-alikes: the step asked plainly, and the duty itself believed
    ("钟楼区30万整的项目需要监理吗", "yes"),
    ("钟楼区30万整的项目要请监理，对吗", "yes"),
    ("钟楼区30万的项目算不算要监理的", "yes"),
])
def test_a_step_believed_not_needed_is_answered_of_the_belief(text, expected):
    found = first_finding(text, "zhonglou")
    assert found["verdict"] == expected and "第十五条" in [c["article"] for c in found["citations"]]


def test_a_duty_believed_of_another_party_keeps_its_answer():
    # (另外两家就不用各自再报了: who declares, not the declaration left out)
    found = first_finding("钟楼这边三个部门共建的项目，由牵头单位统一申报，其他两家就不用各自再报了，对吗", "zhonglou")
    assert found["verdict"] == "yes"
