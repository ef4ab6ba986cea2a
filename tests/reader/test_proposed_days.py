"""A day (or only a month, or part of one) proposed for a step after an event the question dates
("合同3月5日签的，任务书想5月15日再去平台备案", "初验10月做完，想11月就把终验也做了"): read as spans of
days, and answered against the step's last day and the first day it may be taken. With months only,
the verdict stands when every day of both spans gives it, and depends on the days otherwise."""
from datetime import date

import pytest

from knowledge.base import get_kb
from knowledge.reader.dated import proposed_days, stated_spans

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, spans", [
    ("初验是4月做完的", [(date(2026, 4, 1), date(2026, 4, 30))]),
    ("合同2025年2月下旬签的", [(date(2025, 2, 21), date(2025, 2, 28))]),       # the month's own end
    ("合同9月初签的", [(date(2026, 9, 1), date(2026, 9, 10))]),
    ("signed in late June, filing by mid-July", [(date(2026, 6, 21), date(2026, 6, 30)), (date(2026, 7, 11), date(2026, 7, 20))]),
    ("合同3月5日签的，4月份备案", [(date(2026, 3, 5), date(2026, 3, 5)), (date(2026, 4, 1), date(2026, 4, 30))]),
    ("the contract was signed March 5", [(date(2026, 3, 5), date(2026, 3, 5))]),   # a month name and day, no "on"
])
def test_days_and_months_are_spans(text, spans):
    assert [s[:2] for s in stated_spans(text, TODAY)] == spans


@pytest.mark.parametrize("text", [
    "初验结束3月后才能申请终验吗",       # the rule's own period, not a month
    "试运行3个月以上",
    "2026年1-3月的季报什么时候交",
    "We may file it later",            # may is no month
])
def test_no_span(text):
    assert stated_spans(text, TODAY) == []


def test_the_latest_day_is_proposed_the_other_dates_its_event():
    events, proposed = proposed_days("初验是6月份做完的，想9月中旬申请终验", TODAY)
    assert events == {"initial_acceptance_passed": (date(2026, 6, 1), date(2026, 6, 30))}
    assert proposed == (date(2026, 9, 11), date(2026, 9, 20))


@pytest.mark.parametrize("text", [
    "合同3月5日签的，4月20日交的备案",     # two days done, none proposed
    "初验5月做完的，终验申请几月能交",       # one month only
])
def test_nothing_proposed(text):
    assert proposed_days(text, TODAY) is None


@pytest.fixture
def today(monkeypatch):
    import knowledge.time.workdays as workdays

    monkeypatch.setattr(workdays, "china_today", lambda: TODAY)


def _verdicts(question):
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer

    return {(f["jurisdiction"], f["verdict"]) for f in answer(get_kb(), question)["findings"]}


@pytest.mark.parametrize("question, verdict", [
    # 钟楼 第二十八条: the final acceptance is applied for 3 months after the initial one
    ("钟楼区初验是4月份做完的，6月就想申请终验，能行吗", "no"),          # every day of June is too early
    ("钟楼区初验是4月份做完的，打算8月申请终验，可以吗", "yes"),          # every day of August is late enough
    ("钟楼区初验4月做完，7月提交终验申请行吗", "conditional"),            # 4月20日 → 7月20日: depends on the days
    ("Zhonglou: initial acceptance finished in early April. Can we apply for final acceptance in late May?", "no"),
    # 钟楼 第十三条: the task book is filed within one month of signing the contract
    ("钟楼区合同1月8日签的，任务书想3月2日再去平台备案，可以不", "no"),
    ("钟楼区合同1月8日签的，任务书打算1月20日去平台备案，可以不", "yes"),
    ("钟楼区合同是1月中旬签的，任务书准备4月再备案，行吗", "no"),
    ("Zhonglou: the contract was signed January 8. Would it be too late to file the task book on March 2?", "yes"),
])
def test_the_proposed_day_against_the_rule(today, question, verdict):
    assert _verdicts(question) == {("zhonglou", verdict)}


def test_a_year_said_by_its_last_two_digits():
    assert [s[:2] for s in stated_spans("合同是25年4月8号签的", TODAY)] == [(date(2025, 4, 8), date(2025, 4, 8))]


@pytest.mark.parametrize("text", ["文登项目2026年3月2日开始试运行，哪段时间内能验收", "Wendeng: trial run began on 2026-03-02. What's the acceptance window?"])
def test_a_window_asked_gets_both_its_ends(text):
    from knowledge.base import get_kb

    answer = get_kb().ask(text)["answer"]
    assert "2026-06-02" in answer and "2026-09-02" in answer, answer


def test_a_day_a_step_was_taken_asked_whether_it_was_late():
    from knowledge.base import get_kb

    out = get_kb().ask("龙岗项目合同2026年3月2日签的，3月20号才把中标通知书和合同复印件报上去，算不算超期")
    found = [f for f in out["findings"] if f["topic"] == "contract_filing"]
    assert found[0]["verdict"] == "yes" and "2026年3月16日" in out["answer"] and "超期了" in out["answer"], out["answer"]


def test_a_study_accepted_with_the_body_between_is_still_the_event():
    from knowledge.reader.dated import stated_events

    assert stated_events("可研2026-03-02被区信息化主管部门正式受理，审核最晚哪天", date(2026, 12, 1)) == {"feasibility_accepted": date(2026, 3, 2)}


def test_the_nominal_day_of_a_quarterly_filing_is_no_event():
    from knowledge.base import get_kb

    answer = get_kb().ask("深圳项目2026年三季度的质量季报，10月5号赶上国庆放假，最晚哪天交")["answer"]
    assert "2026-10-08" in answer, answer


def test_a_day_opened_by_an_event_the_question_does_not_date_does_not_crash():
    # 试运行结束 is dated; the final acceptance opens from the initial acceptance, which is not: no KeyError
    from knowledge.base import get_kb

    out = get_kb().ask("钟楼区系统试运行2025年3月20日结束，2025年4月30日才组织初验，超时了没有")
    found = [f for f in out["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found and found[0]["verdict"] == "yes", found


@pytest.mark.parametrize("text, spans", [
    ("五一前能交吗", [(date(2026, 4, 30), date(2026, 4, 30))]),                 # the day before the holiday
    ("国庆后再报", [(date(2026, 10, 8), date(2026, 10, 8))]),                   # the first working day after the break
    ("十一月份报", [(date(2026, 11, 1), date(2026, 11, 30))]),   # a month (November), not the holiday
    ("元旦前，这个月3号能报吗", [(date(2026, 12, 31), date(2026, 12, 31)), (date(2026, 12, 3), date(2026, 12, 3))]),   # the coming 元旦; 这个月3号: this month's
    ("10月5号赶上放假，等节后第一个工作日再交", [(date(2026, 10, 8), date(2026, 10, 8))]),   # the day in the break only says why
])
def test_days_said_by_holidays_and_this_month(text, spans):
    assert [s[:2] for s in stated_spans(text, TODAY)] == spans


@pytest.mark.parametrize("question, verdict", [
    ("文登项目2025年11月3日开始试运行，12月底申请竣工验收行不行", "no"),       # before the window opens (3 months)
    ("钟楼区项目初验2026年1月5日结束，五一前能交终验申请吗", "yes"),            # 4月30日 is past 3 months
    ("深圳2026年二季度的质量季报，7月5号是周日，能拖到周一再报吗", "yes"),      # the 5th moved to Monday by the text
    ("深圳2026年三季度的质量季报10月9号才报上去，算不算晚了", "yes"),          # 10-05 in the break, moved to 10-08
    ("深圳的质量季报，国庆那几天正好是5号，等节后再报行吗", "yes"),
])
def test_a_day_against_a_window_or_a_moved_due_day(question, verdict):
    from knowledge.base import get_kb

    jid = {"文登": "wendeng", "钟楼": "zhonglou", "深圳": "shenzhen"}[question[:2]]
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found and found[0]["verdict"] == verdict, found


def test_an_english_date_with_its_weekday_before_it():
    from datetime import date

    from knowledge.reader.dated import stated_events

    assert stated_events("The contract was signed on Tuesday, 3 March 2026; when is registration due?", date(2026, 12, 1)) \
        == {"contract_signed": date(2026, 3, 3)}


@pytest.mark.parametrize("text, offset", [
    ("试运行结束25天组织初验，行不行", (25, "天")),          # the step named right after the time is taken then
    ("决算审核结论出具20个工作日以后再办上缴", (20, "工作日")),
    ("任务书想等合同签订两个月以后再备案", (2, "月")),
    ("试运行结束25天了，初验还没做", None),                   # time gone by, no step proposed
])
def test_a_step_taken_some_time_after_its_event(text, offset):
    from knowledge.reader.dated import stated_offset

    assert stated_offset(text) == offset


def test_a_delay_said_roughly_and_then_more_closely_in_brackets():
    from datetime import date

    from knowledge.reader.dated import stated_delay

    # 过一个多月（大概25个工作日）再办: the working days in brackets, not the month around them
    assert stated_delay("结余资金想过一个多月（大概25个工作日）再办", date(2026, 3, 2)) == date(2026, 4, 7)
    assert stated_delay("打算过两个多月再上缴", date(2026, 3, 2)) == date(2026, 5, 2)   # 两个多月: at least two months


def test_a_day_of_last_month_said_relative_to_today():
    from datetime import date

    from knowledge.reader.dated import stated_events

    assert stated_events("试运行上个月15号结束的，初验最晚哪天", date(2026, 12, 2)) == {"trial_run_ended": date(2026, 11, 15)}
    assert stated_events("合同这个月3号签的", date(2026, 1, 20)) == {"contract_signed": date(2026, 1, 3)}


@pytest.mark.parametrize("said, whole", [("一个半月", "45天"), ("两个半月", "75天"), ("半个月", "15天"), ("一年半", "18个月")])
def test_a_half_is_a_whole_number_of_a_smaller_unit(said, whole):
    from knowledge.reader.dated import _halves
    assert _halves(f"签完{said}再去备案") == f"签完{whole}再去备案"


@pytest.mark.parametrize("question, verdict", [
    ("钟楼这边合同签完一个半月才去平台备案计划任务书，行不行", "no"),   # 一个月内
    ("钟楼合同签完半个月再去平台备案计划任务书，可以吧", "yes"),
])
def test_a_delay_said_with_a_half(question, verdict):
    f = next(f for f in get_kb().ask(question)["findings"] if f["topic"] == "task_book")
    assert f["verdict"] == verdict, f


def test_the_day_proposed_is_the_one_in_the_proposing_clause():
    # 9月底 is the day it cannot meet; 10月中旬 is proposed, past 钟楼's 9月30日
    f = next(f for f in get_kb().ask("钟楼 明年的项目计划我们打算10月中旬再报，9月底实在来不及")["findings"] if f["jurisdiction"] == "zhonglou")
    assert f["verdict"] == "no", f


def test_a_filing_put_off_until_acceptance_is_late_and_alone():
    found = get_kb().ask("文登区 采购合同签了，我们准备等项目验收的时候一并把合同文本报大数据中心备案")["findings"]
    assert [(f["topic"], f["verdict"]) for f in found if f["jurisdiction"] == "wendeng"] == [("contract_filing", "no")], found


def test_whether_the_text_has_one_wait_is_no_step_put_off():
    from knowledge.reader.events import put_off_until
    assert put_off_until("钟楼区项目是不是要等初验结束满3个月以后才能提交终验申请？") is None


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区项目初验结束一个月后就申请终验，可以吗？", "no"),    # 第二十八条: 初验结束3月后
    ("钟楼区初验完过一个月我们就想申请终验，行不行？", "no"),
    ("钟楼区项目初验结束4个月后申请终验，可以吗？", "yes"),
])
def test_a_step_some_time_after_its_event_against_the_day_it_opens(question, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found[0]["topic"] == "final_acceptance" and found[0]["verdict"] == verdict, found


# the second review of the eighth session
def test_a_put_off_decides_its_part_and_leaves_the_others():
    found = get_kb().ask("龙岗区合同备案拖到竣工验收以后再报行不行？另外质保期最少几年？")["findings"]
    assert [(f["topic"], f["verdict"]) for f in found] == [("contract_filing", "no"), ("warranty", "info")], found


def test_a_thing_waiting_for_a_stage_is_put_off_to_it():
    f = get_kb().ask("钟楼区计划任务书等项目验收时一并备案")["findings"][0]
    assert (f["topic"], f["verdict"]) == ("task_book", "no"), f


def test_the_day_it_cannot_meet_names_the_filing():
    # 11月30日 is the self-evaluation's day (第三十三条), not the annual plan's (9月30日)
    f = get_kb().ask("钟楼区自评打算12月5日做，11月30日前做不完")["findings"][0]
    assert f["verdict"] == "no" and "第三十三条" in [c["article"] for c in f["citations"]], f


def test_using_it_first_is_the_case_the_ban_names():
    f = get_kb().ask("文登项目我们先用起来")["findings"][0]
    assert f["verdict"] == "no", f


def test_a_day_it_cannot_meet_is_no_question_of_lateness():
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer
    text = answer(get_kb(), "钟楼 明年的项目计划我们打算10月中旬再报，9月底实在来不及")["answer"]
    assert "：不可以。" in text, text


@pytest.mark.parametrize("text, day", [
    ("合同签了，打算月底统一报备", date(2026, 12, 31)),
    ("能不能等年底一起报大数据中心备案", date(2026, 12, 31)),
    ("下个月底再交可以吗", date(2027, 1, 31)),
    ("can we file it at the end of the month?", date(2026, 12, 31)),
])
def test_the_end_of_the_month_or_year_proposed(text, day):
    from knowledge.reader.dated import stated_delay
    assert stated_delay(text, TODAY) == day


@pytest.mark.parametrize("text", [
    "每年年底前要报送什么",            # the text's own yearly day
    "试运行到月底才满两个半月，月底能验收吗",   # the month's end measures a time since the event
    "10月底再报可以吗",                # a month named: read as that month's span
])
def test_no_end_of_period_proposed(text):
    from knowledge.reader.dated import stated_period_end
    assert stated_period_end(text, TODAY) is None


@pytest.mark.parametrize("question, verdict", [
    ("文登区的项目合同签了，打算月底统一报备，行吗", "no"),       # 立即
    ("龙岗区项目合同今天签完了，中标通知书打算月底再报备，可以吗", "no"),   # 10个工作日
])
def test_month_end_against_the_last_day(question, verdict):
    jid = "wendeng" if "文登" in question else "longgang"
    assert verdict in {f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid}


@pytest.mark.parametrize("question, verdict", [
    ("钟楼 系统试运行上周结束，我们打算结束后第25天自己组织初验，可以吧", "yes"),   # 30日内
    ("钟楼 系统试运行上周结束，我们打算结束后第35天自己组织初验，可以吧", "no"),
])
def test_the_nth_day_after_with_the_doer_named(question, verdict):
    assert {f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "zhonglou"} == {verdict}


@pytest.mark.parametrize("question", [
    "wendeng项目 trial run 才跑了两个月 can we do 竣工验收 now?",
    "Wendeng: the trial run has only been going for two months, can we do the completion acceptance now?",
])
def test_a_trial_run_going_for_a_time_started_then(question):
    assert {f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "wendeng"} == {"no"}
