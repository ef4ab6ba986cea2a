"""Readings from the thirty-fourth session (issue 8), each with a look-alike that must keep its answer: the next
filing once a step is done (质监登记做完了，接下来要报什么: the quarterly submission, not the building that goes on
meanwhile). The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")


def _next(question):
    return next(f for f in get_kb().ask(question)["findings"] if f["topic"] == "next_step")


@pytest.mark.parametrize("question", [
    "深圳市直项目，质监登记做完了，接下来要报什么",
    "Shenzhen municipal: quality supervision registration done last month. What do we file next?",
])
def test_the_next_filing_after_a_step_done(question):
    assert [c["article"] for c in _next(question)["citations"]] == ["第十七条"]


def test_the_next_step_when_no_filing_is_asked_is_the_work():
    assert "第十条" in [c["article"] for c in _next("深圳市直项目，质监登记做完了，接下来干嘛")["citations"]]


# -- someone's word that a duty is a matter of choice, checked with 真的假的 (the verdict answers what was said)
@pytest.mark.parametrize("question, verdict", [
    ("深圳项目，承建方说隐蔽工程不用拍照片，真的假的", "no"),
    ("深圳项目，承建方说隐蔽工程拍不拍照片无所谓，真的假的", "no"),
    ("钟楼区50万的项目，同事说监理可有可无，对吗", "no"),
    ("钟楼区20万的项目，同事说监理可有可无，对吗", "yes"),   # below 30万 the rules do not require one: what was said holds
    ("Shenzhen project: the vendor says photos of concealed works are optional. Is that true?", "no"),
    ("钟楼区50万的项目要监理，真的假的", "yes"),              # a plain claim that the duty is there
])
def test_a_duty_said_to_be_a_choice_and_checked(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict
