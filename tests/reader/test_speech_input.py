"""Readings from the thirty-seventh session (issue 8): messages dictated by voice or typed with one thumb, each with a
look-alike that must keep its reading. A place's pinyin typed as two words is one name (zhong lou, guang zhou); a
province or city counts in a message all in lower case; a district typed by its homophone (龙港区) is the covered one
it sounds like unless named with its own city; spoken English figures (eight hundred k, 1.2 mil) and a day in Chinese
numerals (十一月二十号) are read; one word heard as two (supper visor) is that word. The questions are the project's own
sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.numbers import chinese_days
from knowledge.reader.places import joined_syllables


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


OWN = {"zhonglou", "longgang", "wendeng", "yunfu", "shenzhen"}


@pytest.mark.parametrize("said, meant", [
    ("the wen deng district project", "the wendeng district project"),
    ("ok so long gang wants a feasibility study", "ok so longgang wants a feasibility study"),
    ("hang zhou xi hu district", "hangzhou xihu district"),
    ("Shen zhen contract", "Shenzhen contract"),
    # words, not places: pinyin of a county only with "district"/"county" after it; English words stay
    ("does the gong an bureau take part", "does the gong an bureau take part"),
    ("he had a long day in an hour", "he had a long day in an hour"),
    ("we go on time", "we go on time"),
])
def test_a_place_typed_as_two_syllables_is_one_name(said, meant):
    assert joined_syllables(said, OWN) == meant


@pytest.mark.parametrize("said, meant", [
    ("试运行十二月五号结束", "试运行12月5号结束"),
    ("合同上个月十八号签的", "合同上个月18号签的"),
    ("试运行三个月", "试运行三个月"),
    ("十月一日放假", "10月1日放假"),
])
def test_a_day_in_chinese_numerals_is_a_date(said, meant):
    assert chinese_days(said) == meant


@pytest.mark.parametrize("text, value", [
    ("the system is about nine hundred k", 900000),
    ("software part two hundred fifty k", 250000),
    ("total 2.5 mil", 2500000),
])
def test_spoken_english_figures(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


def test_a_k_is_no_figure():
    assert find_amounts("give me a k") == []


def _findings(question):
    return get_kb().ask(question)["findings"]


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙港区六十万的项目 要不要监理", "longgang", "yes"),
    ("do we need a supper visor for a zhong lou project of four hundred k", "zhonglou", "yes"),
    ("yun fu city project one point five mil do we need a supervisor", "yunfu", "yes"),
])
def test_the_spoken_question_is_answered_for_its_place(question, jid, verdict):
    f = next(f for f in _findings(question) if f["jurisdiction"] == jid)
    assert f["verdict"] == verdict, f


@pytest.mark.parametrize("question, place", [
    ("葫芦岛龙港区的项目要监理吗", "龙港"),
    ("guang zhou tian he district project do we need a supervisor", "guangzhou"),
    ("nan jing project 2 mil supervisor needed", "nanjing"),
])
def test_a_place_outside_stays_outside(question, place):
    out = get_kb().ask(question)
    assert not [f for f in out["findings"] if f["verdict"] in ("yes", "no", "conditional")]
    assert place in out["answer"].lower()


def test_the_day_in_chinese_numerals_is_counted():
    out = get_kb().ask("钟楼区 试运行是十一月二十号结束的 初验最晚哪天要做完")
    assert "2026-12-21" in out["answer"]


@pytest.mark.parametrize("question, jid, verdict", [
    # dictated with no question mark, the auxiliary after the place that opens it
    ("wendeng is a third party test needed for a two million yuan system", "wendeng", None),
    ("in zhonglou do we need a supervisor for an eight hundred k project", "zhonglou", "yes"),
    ("yunfu does a project of four hundred k need a supervisor", "yunfu", "no"),
])
def test_a_dictated_yes_no_question_gets_a_verdict(question, jid, verdict):
    f = next(f for f in _findings(question) if f["jurisdiction"] == jid)
    assert f["verdict"] in ([verdict] if verdict else ["yes", "no", "conditional", "not_specified"]), f


def test_a_told_statement_stays_no_question():
    assert get_kb().ask("Zhonglou: the project is an upgrade worth 800k.")["understood"]["form"] == "info"


def _profile(question):
    return get_kb().ask(question)["understood"]["profile"]


@pytest.mark.parametrize("question, share, span", [
    ("longgang the changes come to twelve percent of the contract price do we need a review", 12.0, None),
    ("Longgang: the changes are 6 to 9 percent of the contract price. Review needed?", 6.0, [6.0, 9.0]),
    ("龙岗：累计变更大概占合同价的8%到12%，要审核吗", 8.0, [8.0, 12.0]),
])
def test_a_share_said_in_words_or_as_a_range(question, share, span):
    profile = _profile(question)
    assert profile["change_percent"] == share
    assert (list(profile["ranges"]["change_percent"]) if span else None) == span


@pytest.mark.parametrize("question, key, value", [
    # the consent the exception names is needed; another body's is not what the text asks
    ("钟楼区 计划外临时加的项目 要分管区领导同意吗", "verdict", "yes"),
    ("钟楼区计划外临时加的项目要区财政局同意吗", "verdict", "no"),
    # a step not done, then "这种情况能先…吗": the case just told
    ("钟楼区：初验还没做。这种情况能先申请终验吗", "verdict", "no"),
    # typed like a search: the need with no auxiliary
    ("yunfu software part six hundred k need third party testing", "verdict", "yes"),
    # next year's plan by its number; a spoken digit in a Latin term
    ("钟楼区现在报2027年的建设计划还来得及吗", "topic", "annual_plan"),
    ("Zhonglou: can we still hand in the 2027 IT plan?", "topic", "annual_plan"),
    ("云浮的项目一定要支持IPV六吗", "topic", "ipv6"),
])
def test_the_lead_finding(question, key, value):
    assert _findings(question)[0][key] == value


def test_a_day_typed_in_lower_case_is_counted():
    # (10月10日, a Saturday, is a working day in 2026)
    assert "2026-10-15" in get_kb().ask("shenzhen contract signed on oct 9 when is the quality registration due")["answer"]


def test_a_word_after_letters_keeps_its_numeral():
    from knowledge.reader.numbers import digits_in_terms
    assert digits_in_terms("OA一体化平台") == "OA一体化平台"
