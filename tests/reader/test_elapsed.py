"""A question that says how long ago an event was ("初验结束才一个月，能提交终验申请吗"): the event's day is
counted back from today, and a step that opens some time after the event is answered by that day."""
from datetime import date

import pytest

from knowledge.reader.dated import stated_elapsed

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, event, day", [
    ("钟楼区初验结束才一个月，能提交终验申请吗", "initial_acceptance_passed", date(2026, 11, 1)),
    ("初验结束不到三个月能申请终验吗", "initial_acceptance_passed", date(2026, 9, 2)),     # just under
    ("试运行才两个多月就能验收了吗", "trial_run_started", date(2026, 9, 30)),               # just over
    ("初验后过了三个半月", "initial_acceptance_passed", date(2026, 8, 17)),
    ("The initial acceptance was two months ago, can we apply for final acceptance?", "initial_acceptance_passed", date(2026, 10, 1)),
    ("合同签了20天了，还能备案吗", "contract_signed", date(2026, 11, 11)),
    ("试运行刚结束，初验能拖一个月吗", "trial_run_ended", TODAY),        # 刚 + done: today
    ("We just finished the initial acceptance, can we apply for final acceptance?", "initial_acceptance_passed", TODAY),
])
def test_the_event_day_is_counted_back(text, event, day):
    assert stated_elapsed(text, TODAY) == {event: day}


@pytest.mark.parametrize("text", [
    "初验结束3个月后才能申请终验吗",     # restates the rule: no time has passed since anything
    "合同6月27日签的，质量监督登记最晚哪天",   # a calendar date is read elsewhere
    "钟楼区80万的项目要监理吗",
])
def test_no_elapsed_time(text):
    assert stated_elapsed(text, TODAY) == {}


@pytest.fixture
def today(monkeypatch):
    import knowledge.time.workdays as workdays

    monkeypatch.setattr(workdays, "china_today", lambda: TODAY)


def _verdicts(question):
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer

    return {(f["jurisdiction"], f["verdict"]) for f in answer(get_kb(), question)["findings"]}


def test_too_early_for_the_final_acceptance(today):
    assert _verdicts("钟楼区初验结束才一个月，能提交终验申请吗") == {("zhonglou", "no")}


def test_late_enough_for_the_final_acceptance(today):
    assert ("zhonglou", "yes") in _verdicts("钟楼区初验结束已经四个月了，可以申请终验了吗")


def test_the_acceptance_window_opens_after_three_months_of_trial_run(today):
    assert _verdicts("文登区试运行才两个多月就能验收了吗") == {("wendeng", "no")}


def test_a_step_counted_from_a_later_event_is_not_open_before_the_earliest_it_can_be(today):
    """钟楼: 终验 opens 3 months after 初验, which comes after the trial run ends: a month after that end
    it cannot be open yet, whenever 初验 was."""
    assert _verdicts("钟楼 试运行才结束一个月，就能申请终验了吧？") == {("zhonglou", "no")}


def test_a_month_ago_in_english(today):
    assert stated_elapsed("our trial run only started a month ago", TODAY) == {"trial_run_started": date(2026, 11, 1)}


def test_a_proposed_order_the_text_reverses():
    from knowledge.reader.events import proposed_order

    assert proposed_order("先试运行一段时间再做合同初步验收，这个顺序行吗") == ("trial_run_started", "initial_acceptance_passed")
    assert proposed_order("Can we do the initial acceptance before the trial run?") == ("initial_acceptance_passed", "trial_run_started")
    assert proposed_order("先验收后补档案行不行") is None          # 档案 is no step of the engine's
    assert _verdicts("龙岗 我们想先试运行一段时间再做合同初步验收，这个顺序行吗") == {("longgang", "no")}


def test_the_step_asked_is_answered_under_its_own_topic(today):
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer

    out = answer(get_kb(), "钟楼区初验结束才一个月，能提交终验申请吗")
    assert [(f["topic"], f["verdict"]) for f in out["findings"]] == [("final_acceptance", "no")]


def test_overdue(today):
    assert _verdicts("钟楼区项目试运行结束都四十天了才准备初验，这算超期了没") == {("zhonglou", "yes")}
    assert _verdicts("钟楼区项目试运行结束才十天，准备初验，超期了没") == {("zhonglou", "no")}


@pytest.mark.parametrize("text, event, day", [
    ("钟楼区项目初验完一个月就想交终验申请", "initial_acceptance_passed", date(2026, 11, 1)),   # 完 + a time: since then
    ("合同这周一刚签", "contract_signed", date(2026, 11, 30)),        # TODAY is a Tuesday
    ("合同上周五签的", "contract_signed", date(2026, 11, 27)),
    ("合同周五签的", "contract_signed", date(2026, 11, 27)),          # a weekday still to come this week is last week's
    ("the contract was signed last Friday", "contract_signed", date(2026, 11, 27)),
])
def test_more_ways_of_saying_when_an_event_was(text, event, day):
    assert stated_elapsed(text, TODAY) == {event: day}


def test_a_day_of_this_week_still_to_come_is_no_past_event():
    assert stated_elapsed("合同这周五签", TODAY) == {}


def test_a_step_put_off_past_its_last_day(today):
    from knowledge.reader.dated import stated_delay

    assert stated_delay("质量监督登记想拖一个月再办", TODAY) == date(2027, 1, 1)
    assert stated_delay("can we postpone the registration by two weeks?", TODAY) == date(2026, 12, 15)
    assert stated_delay("质量监督登记一个月内办完", TODAY) is None
    # 5 working days from the signing end on 2026-12-07: a month is too long, two days are not
    assert _verdicts("深圳市直项目合同这周一刚签，质量监督登记想拖一个月再办，行不行") == {("shenzhen", "no")}
    assert _verdicts("深圳市直项目合同昨天刚签，质量监督登记想拖两天再办，可以吗") == {("shenzhen", "yes")}


def test_too_early_said_as_a_time_since_a_finished_step(today):
    assert _verdicts("钟楼区项目初验完一个月就想交终验申请，行吗") == {("zhonglou", "no")}


def test_longgang_final_contract_acceptance_comes_before_the_security_test():
    # 第二十八条: 完成合同终验后 … 提出上线安全测试申请; completion acceptance (竣工验收) comes after both
    from knowledge.reader.events import proposed_order

    assert proposed_order("龙岗这边想先做上线安全测试，合同终验挪到后面再弄，可以吗") == ("security_test_requested", "contract_final_accepted")
    assert _verdicts("龙岗这边想先做上线安全测试，合同终验挪到后面再弄，可以吗") == {("longgang", "no")}
    found = __import__("knowledge.base", fromlist=["get_kb"]).get_kb().ask(
        "Longgang: can we apply for the go-live security test before the final contract acceptance (合同终验)?")["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("no", "第二十八条")


def test_a_step_proposed_for_next_month_after_last_weeks_initial_acceptance(today):
    assert _verdicts("我刚接手钟楼区的一个项目，上周刚做完初验，领导想赶进度，让我下个月就把终验申请提上去。可以吗？") == {("zhonglou", "no")}


def test_a_delay_counted_from_an_event_named_without_a_date(today):
    # 第二十八条: 试运行结束后30日内自行组织初验 — 40 days is too long
    assert _verdicts("钟楼区试运行结束后，初验能不能拖到40天以后再做") == {("zhonglou", "no")}


def test_a_year_said_apart_from_the_day():
    from knowledge.reader.dated import stated_events

    assert stated_events("合同是3月2号签的（2025年），质量监督登记最晚哪天", TODAY) == {"contract_signed": date(2025, 3, 2)}


def test_an_event_then_a_time_then_zai_is_a_delay_proposed_not_time_gone_by():
    from knowledge.reader.dated import stated_delay

    today = date(2026, 3, 2)
    text = "合同签了六周再去做质量监督登记，行吗"
    assert stated_elapsed(text, today) == {}
    assert stated_delay(text, today) == date(2026, 4, 13)


@pytest.mark.parametrize("text, day", [
    ("审核结论出来了，能不能先放两个月再办上缴", date(2026, 5, 2)),     # 放/隔/压 … 再: a delay
    ("试运行刚结束，想隔3周再搞初验", date(2026, 3, 23)),
    ("结余资金想拖到明年再上缴", date(2027, 1, 1)),                   # next year: its first day at the earliest
])
def test_more_delays_proposed(text, day):
    from knowledge.reader.dated import stated_delay

    assert stated_delay(text, date(2026, 3, 2)) == day


def test_a_delay_from_an_event_with_no_date_says_it_counts_from_today():
    from knowledge.base import get_kb

    answer = get_kb().ask("钟楼区项目计划任务书，合同签了五周再去平台备案，可以吗")["answer"]
    assert "问题没有说合同签订的日期" in answer and "按问题所说" not in answer


def test_a_step_left_until_some_time_from_now(today):
    # 深圳 第十六条: the registration within 5 working days of the contract, signed today
    assert _verdicts("Shenzhen: we just signed the contract. Could we leave the quality registration until two weeks from now?") == {("shenzhen", "no")}
    assert stated_elapsed("we just signed the contract", TODAY) == {"contract_signed": TODAY}


@pytest.mark.parametrize("question, jid", [
    ("深圳合同签了，质量监督登记能不能拖到半个月后验收前再办", "shenzhen"),     # 拖到…后 … 再
    ("钟楼区合同刚签，任务书准备三个月以后再去平台备案，可以吗", "zhonglou"),   # 准备 N个月以后再
    ("Longgang: we will sign the contract today and file the award notice two months later. OK?", "longgang"),
])
def test_more_ways_of_putting_a_step_off(today, question, jid):
    assert _verdicts(question) == {(jid, "no")}


def test_a_planned_switch_off_said_colloquially():
    from knowledge.reader.events import events_named

    assert [e for e, _, _ in events_named("老系统计划年底停掉")] == ["decommission_planned"]


def test_working_days_gone_by_are_counted_back_by_the_calendar():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    from knowledge.time.workdays import add_workdays

    today = date(2026, 10, 12)   # a Monday; the Saturday before (10-10) is a 调休 working day
    signed = stated_elapsed("合同签了3个工作日了，还没备案", today)["contract_signed"]
    assert add_workdays(signed, 3).due == today and signed == date(2026, 10, 8)   # 10-09, 10-10, 10-12


def test_a_filing_done_now_after_more_working_days_than_allowed():
    from knowledge.base import get_kb

    found = [f for f in get_kb().ask("龙岗合同签了15个工作日，现在才去备案，可以吗")["findings"] if f["jurisdiction"] == "longgang"]
    assert found and found[0]["verdict"] == "no", found     # 签订合同后10个工作日内
