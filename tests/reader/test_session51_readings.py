"""Readings from the fifty-first session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
from datetime import date

import pytest
from reader_answers import first_verdict as verdict

from knowledge.reader.corrections import corrected
from knowledge.reader.dated import stated_elapsed, stated_spans

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- a month alone, and a mix-up owned, corrected ---

@pytest.mark.parametrize("said, meant", [
    ("Wendeng: the trial run began in June — no wait, I'm mixing it up with another system, ours only began mid-October. OK?",
     "Wendeng: the trial run began in mid-October. OK?"),
    ("Contract signed Nov 20 - sorry, I'm confusing it with the other project, ours was signed Nov 25. Due when?",
     "Contract signed Nov 25. Due when?"),
    ("试运行是6月开始的，不对，是9月份开始的，现在能验收吗", "试运行是9月份开始的，现在能验收吗"),
    ("The contract was signed in March, sorry, in April", "The contract was signed in April"),
    # a length is no month: kept
    ("试运行3个月，不对，是6个月", "试运行3个月，不对，是6个月"),
    # no correction marker: nothing changes
    ("We started in June, I'm mixing the paint. ok", "We started in June, I'm mixing the paint. ok"),
])
def test_a_month_corrected(said, meant):
    assert corrected(said) == meant


# --- two parts of months for one event: 7月底或者8月初, "late May or mid-June", 8月底到9月中旬之间 ---

@pytest.mark.parametrize("text, first, last", [
    ("试运行开始大概是7月底或者8月初", date(2026, 7, 21), date(2026, 8, 10)),
    ("could be late May or mid-June", date(2026, 5, 21), date(2026, 6, 20)),
    ("初验结束大概在8月底到9月中旬之间", date(2026, 8, 21), date(2026, 9, 20)),
    ("between late May and mid-June", date(2026, 5, 21), date(2026, 6, 20)),
    ("初验是9月或10月结束的", date(2026, 9, 1), date(2026, 10, 31)),
])
def test_two_parts_of_months_are_one_stretch(text, first, last):
    assert [(s[0], s[1]) for s in stated_spans(text, TODAY)] == [(first, last)]


@pytest.mark.parametrize("text, count", [
    ("合同11月20日到12月1日之间有几个工作日", 2),   # two days: the days between them are counted
    ("10月开工，12月中旬验收", 2),                   # two events
    ("推到12月中旬", 1),                              # a step put off, no range
])
def test_days_and_put_off_steps_stay_apart(text, count):
    assert len(stated_spans(text, TODAY)) == count


@pytest.mark.parametrize("text, jid, expected", [
    # 3 months after, within 6 (Wendeng 第三十六条): a stretch straddling either end depends on the day
    ("文登，试运行开始大概是7月底或者8月初吧，到今天试运行时长够验收条件了吗", "wendeng", "yes"),
    ("Wendeng: the trial run started late May or mid-June. As of today, does its length still meet the acceptance conditions?",
     "wendeng", "conditional"),
    ("钟楼 初验结束大概在8月底到9月中旬之间吧，今天能提交终验申请吗", "zhonglou", "conditional"),
    ("钟楼 初验是9月中旬结束的，今天能提交终验申请吗", "zhonglou", "no"),
    ("钟楼 初验是8月中旬结束的，今天能提交终验申请吗", "zhonglou", "yes"),
])
def test_a_stretch_against_a_window(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a month against both ends of a window: June's early days are past 6 months by 7 December, its late days not ---

@pytest.mark.parametrize("text, expected", [
    ("Wendeng: our trial run started in June. Can we apply for completion acceptance now?", "conditional"),
    ("文登试运行是7月开始的，现在能申请竣工验收吗", "yes"),
    ("文登试运行是9月开始的，现在能申请竣工验收吗", "conditional"),
    ("文登试运行是5月开始的，现在能申请竣工验收吗", "no"),
    ("文登试运行是10月开始的，现在能申请竣工验收吗", "no"),
])
def test_a_month_against_both_ends_of_a_window(text, expected):
    assert verdict(text, "wendeng") == expected


# --- 到今天 / "as of today" is the day counted to, not a day something happened ---

@pytest.mark.parametrize("text, expected", [
    ("试运行7月开始的，到今天试运行时长够了吗", {}),
    ("截至今天为止还没验收", {}),
    ("初验今天做完了", {"initial_acceptance_passed": TODAY}),
])
def test_today_counted_to_dates_nothing(text, expected):
    assert stated_elapsed(text, TODAY) == expected


# --- a fact hedged with a closing 吧 is said, not asked; a belief about a duty, a leave or a count still asks ---

@pytest.mark.parametrize("words, expected", [
    ("初验结束大概在8月底到9月中旬之间吧", False),
    ("合同估计是上周三签的吧", False),
    ("预算差不多八十万左右吧", False),
    ("应该不用请监理吧", True),
    ("时间大概够了吧", True),
    ("这个应该是要备案的吧", True),
    ("30万整的不算吧", True),
])
def test_a_hedged_fact_is_not_an_ask(words, expected):
    from knowledge.reader.compound import asks_itself

    assert asks_itself(words) is expected
