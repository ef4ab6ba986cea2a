"""Readings from the thirty-ninth session (issue 8), each with a look-alike that must keep its answer. The questions
are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _findings(text):
    return get_kb().ask(text)["findings"]


def _answer(text):
    return get_kb().ask(text)["answer"]


@pytest.mark.parametrize("text, day", [
    ("深圳项目第三季度的季报应于何日前报送？", "2026-10-08"),                       # 10-05 in the National Day holiday
    ("深圳市直项目，合同于2026年11月27日签订，质量监督登记应于何日前完成？", "2026-12-04"),
    ("深圳项目合同11月27日签的，质量监督登记哪天前要办完", "2026-12-04"),
])
def test_by_what_day_asked_in_the_formal_and_plain_words(text, day):
    """何日前 / 哪天前 ask the last day, as 最晚哪天 does."""
    assert day in _answer(text)


@pytest.mark.parametrize("text, day", [
    ("钟楼区项目初验8月15日结束的，何时可以申请终验？", "最早2026-11-15"),
    ("钟楼区项目初验8月15日结束的，什么时候可以申请终验？", "最早2026-11-15"),
    ("Zhonglou: initial acceptance finished on Aug 15. When can we apply for final acceptance?", "from 2026-11-15"),
])
def test_when_a_step_may_start_gives_its_first_day(text, day):
    """A step with a first day and no last day, asked when: its first day, not the yearly days of other rules."""
    answer = _answer(text)
    assert day in answer
    assert "2026-09-30" not in answer and "2026-11-30" not in answer   # (钟楼's yearly plan and self-evaluation)


def test_a_last_day_asked_of_a_step_with_only_a_first_is_not_its_first():
    """最晚什么时候申请终验: no last day is set, so no first day is given as one."""
    assert "最早2026-11-15" not in _answer("钟楼区项目初验8月15日结束的，最晚什么时候申请终验？")


def _verdicts(text, jid):
    return [f["verdict"] for f in _findings(text) if f["jurisdiction"] == jid]


@pytest.mark.parametrize("text, jid", [
    ("How long does the Yunfu data bureau have to complete its initial check (初核) of a project application?", "yunfu"),
    ("Yunfu: once we submit our project application to the data bureau, how long in working days is its 初核 (preliminary check)?", "yunfu"),
    ("Yunfu: after we submit a specialized service project for approval, how long does the data bureau's initial check take", "yunfu"),
    ("Wendeng: how long after final acceptance is the post-evaluation (后评价) carried out?", "wendeng"),
])
def test_english_with_a_glossed_term_is_measured_in_english(text, jid):
    """A length asked in English, with the Chinese term glossed beside it, of a step the text names without one: silent
    (the bureau's yearly plan date, "by 30 November each year", is no length of its check)."""
    assert _verdicts(text, jid)[:1] == ["not_specified"]


@pytest.mark.parametrize("text, jid, verdict", [
    # the text gives the length: a Chinese sum glossed in English is no term to drop
    ("Shenzhen municipal project, contract value 三百二十万 (3.2 million yuan). Within how many working days after signing must we "
     "finish quality supervision registration?", "shenzhen", "info"),
    ("Zhonglou: within how many days after the trial run (试运行) ends must the initial acceptance (初验) be organised?", "zhonglou", "info"),
])
def test_english_with_a_glossed_term_still_finds_a_length_given(text, jid, verdict):
    assert verdict in _verdicts(text, jid)
