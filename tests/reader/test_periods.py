"""A question about a recurring filing for a named period ("2026年三季度的质量季报最晚哪天报") gets the
due date the deadline engine computes for that period; the event nearest a date is the one it dates."""
from datetime import date

import pytest

from knowledge.reader.dated import named_period, periodic_dates, stated_events


@pytest.mark.parametrize("text, period", [
    ("深圳 2026年三季度的质量季报 最晚哪天报", (2026, 3)),
    ("2026年第二季度的质量季报最晚几号交", (2026, 2)),
    ("What is the last day for the quality report for Q1 2026?", (2026, 1)),
    ("the third quarter of 2026 report, by when?", (2026, 3)),
    ("钟楼区2027年度的项目建设计划 最晚哪天前要申报", (2027, None)),
    ("合同6月27日签的，质量监督登记最晚哪天", None),     # a date: counted from the event instead
])
def test_named_period(text, period):
    assert named_period(text) == period


def test_a_quarter_report_moves_past_the_national_day_holiday():
    due = periodic_dates("shenzhen", (2026, 3), {"第十七条"})
    assert [d.due for d in due] == [date(2026, 10, 8)]


def test_a_year_plan_is_due_in_the_year_before():
    due = periodic_dates("zhonglou", (2027, None), {"第六条"})
    assert [d.due for d in due] == [date(2026, 9, 30)]


def test_a_period_no_rule_cites_gives_nothing():
    assert periodic_dates("zhonglou", (2026, 3), {"第十五条"}) == []


def test_each_date_goes_with_the_event_named_nearest_it():
    text = "深圳 2026年4月28签的合同 4月30号采购中心备案通过 质量监督登记截止哪天"
    assert stated_events(text, date(2026, 11, 30)) == {
        "contract_signed": date(2026, 4, 28), "contract_filed": date(2026, 4, 30)}
    # the filing asked about, named after the date, is not the event the date belongs to
    assert stated_events("2026年9月24号签的合同 质量监督登记最晚哪天", date(2026, 11, 30)) == {
        "contract_signed": date(2026, 9, 24)}


def test_a_date_named_in_the_clause_before_its_event():
    text = "深圳 合同在市政府采购中心备案，2月10号备案通过的，质量监督登记截止哪天"
    assert stated_events(text, date(2026, 11, 30)) == {"contract_filed": date(2026, 2, 10)}


def test_the_earliest_day_a_step_opens():
    from knowledge.base import get_kb

    out = get_kb().ask("钟楼 初验3月17日结束的 最早哪天能交终验申请")
    assert "2026-06-17" in out["answer"] and "最早2026-06-17" in out["answer"]


def test_an_english_security_test_request():
    assert stated_events("we filed the online security test application on 30 April 2026",
                         date(2026, 11, 30)) == {"security_test_requested": date(2026, 4, 30)}


def test_this_years_report():
    assert named_period("今年的绩效评价报告最晚什么时候交", date(2026, 12, 1)) == (2026, None)
    assert named_period("明年的计划什么时候报", date(2026, 12, 1)) == (2027, None)


def test_a_supposed_projects_window_is_not_shown():
    from knowledge.base import get_kb

    answer = get_kb().ask("龙岗区项目还在建设期，2026年的绩效评价报告最晚什么时候交")["answer"]
    assert "2026-12-31" in answer and "期间自" not in answer


def test_an_english_filing_with_the_procurement_centre():
    text = "contract signed 2026-09-18, filed with the procurement centre and the filing was approved on 2026-09-24"
    assert stated_events(text, date(2026, 11, 30)) == {"contract_signed": date(2026, 9, 18), "contract_filed": date(2026, 9, 24)}


@pytest.mark.parametrize("question, events", [
    ("Longgang: our preliminary design passed pre-review on 12 February. By what date must the review be held?",
     {"design_prereviewed": date(2026, 2, 12)}),
    ("Wendeng: the centre received our acceptance application on 24 Sep 2026. Last day?", {"acceptance_requested": date(2026, 9, 24)}),
    ("Shenzhen: signed the contract on 18 Sep 2026, procurement centre filing approved on 24 Sep 2026. When's the deadline?",
     {"contract_signed": date(2026, 9, 18), "contract_filed": date(2026, 9, 24)}),
    ("龙岗 6月15号签合同 备案截止日是哪天", {"contract_signed": date(2026, 6, 15)}),
    ("May we have 2 people attend?", {}),
])
def test_events_and_english_dates(question, events):
    """A date without a year is this year's; an English month needs its capital there (May we…);
    the more specific event named in the same words stands (filing approved is the contract's filing)."""
    from knowledge.reader.dated import stated_events

    assert stated_events(question, date(2026, 11, 30)) == events


@pytest.mark.parametrize("text,period", [
    ("深圳：2026年1-3月那一季的质量季报，报送截止日是哪天？", (2026, 1)),    # a quarter as its months, not 1月3日
    ("２０２６年７到９月的季报", (2026, 3)),
    ("Shenzhen: third-quarter 2026 quality quarterly report — what's the latest submission date?", (2026, 3)),
])
def test_a_quarter_named_by_its_months_or_hyphenated(text, period):
    from knowledge.reader.dated import named_period

    assert named_period(text) == period


def test_events_said_otherwise():
    from datetime import date

    from knowledge.reader.dated import stated_events

    assert stated_events("preliminary acceptance wrapped up on 20 May 2026", date(2026, 12, 1)) == {
        "initial_acceptance_passed": date(2026, 5, 20)}
    assert stated_events("钟楼项目试运行截至2026年8月19日", date(2026, 12, 1)) == {"trial_run_ended": date(2026, 8, 19)}


def test_the_first_quarterly_filing_after_registration():
    from knowledge.base import get_kb

    out = get_kb().ask("深圳项目2026年8月20日完成了质量监督登记，第一次报季度质量数据最晚是哪天")
    assert "2026-10-08" in out["answer"]     # 10月5日 falls in the National Day holiday: moved on
