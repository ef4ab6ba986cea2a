"""Readings from the session's third round of first-contact failures and its review (issue 8): each question
is answered through the whole pipeline, in the project's own sentences."""
from datetime import date

import pytest
from reader_answers import verdicts

from knowledge.base import get_kb
from knowledge.reader.dated import stated_delay
from knowledge.reader.events import proposed_start
from knowledge.reader.form import classify, negated
from knowledge.reader.frequency import proposed_period
from knowledge.reader.question import find_facts


@pytest.mark.parametrize("question, verdict", [
    ("云浮市级项目总投资80万，不实行监理行吧", "yes"),     # 100万元以上（含）
    ("云浮市级项目总投资150万，不实行监理行吧", "no"),
])
def test_not_carrying_out_a_step_asks_leave(question, verdict):
    assert negated(question)
    assert verdict in verdicts(question, "yunfu")


def test_a_condition_with_not_is_no_leave():
    assert not negated("龙岗区项目不实施的话要报告吗")


@pytest.mark.parametrize("text, period", [
    ("监理月报能不能两个月出一次", "two_months"), ("监理月报改成按季度出行吗", "quarter"),
    ("can the supervisor report every two months instead?", "two_months"),
    ("can we report every quarter, not every month?", "quarter"),
])
def test_report_periods(text, period):
    assert proposed_period(text) == period


def test_every_two_months_is_less_often_than_monthly():
    assert "no" in verdicts("深圳的监理月报能不能改成两个月出一次", "shenzhen")


@pytest.mark.parametrize("question", ["文登：合同签了，打算月底跟其他几个合同一起报大数据中心备案", "文登合同签完了，备案想等到年底和别的合同一块报"])
def test_a_month_end_plan_told_plainly(question):
    assert classify(question).form == "yesno"
    assert "no" in verdicts(question, "wendeng")


def test_several_is_no_count_asked():
    assert classify("其他几个合同也一起报").scores["info"] == 0


def test_next_months_end_is_its_last_day():
    assert stated_delay("拖到下个月底再报行吗", date(2026, 12, 2)) == date(2027, 1, 31)


@pytest.mark.parametrize("question, verdict", [
    ("钟楼项目初验刚结束一个月，想立刻交终验申请", "no"),     # 初验结束3月后
    ("钟楼项目初验结束都4个月了，想马上交终验申请", "yes"),
])
def test_doing_it_at_once_told_as_a_plan(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


def test_the_warranty_proposed_in_the_english_question():
    text = "Longgang: the vendor says a 2-year warranty is too long. Could we put a 1-year warranty in the contract instead?"
    assert find_facts(text)["warranty_years"][0] == 1.0
    assert "no" in verdicts(text, "longgang")


@pytest.mark.parametrize("question, verdict", [
    ("Longgang: our contract has a 3-year warranty. Is that enough?", "yes"),   # 不低于2年: met
    ("Longgang: our contract has a 1-year warranty. Is that enough?", "no"),
])
def test_enough_against_a_least(question, verdict):
    assert verdicts(question, "longgang") == {verdict}


def test_bringing_in_a_testing_agency_is_the_testing():
    assert "yes" in verdicts("Zhonglou: can we skip bringing in a software testing agency for our software project?", "zhonglou")


def test_late_from_the_signing_names_the_other_start():
    r = get_kb().ask("深圳项目合同签了8个工作日了，质量监督登记还没做，现在去还算按时吗？")
    assert {f["verdict"] for f in r["findings"] if f["jurisdiction"] == "shenzhen"} == {"no"}
    assert "备案通过" in r["answer"]


def test_a_start_counted_by_the_question():
    assert proposed_start("我们按合同签订那天起算5个工作日，这样对吧") == "contract_signed"
    assert "no" in verdicts("深圳合同在市政府采购中心备案了，质量监督登记我们按合同签订那天起算5个工作日，对吧", "shenzhen")


def test_in_time_where_no_text_times_the_step():
    r = get_kb().ask("试运行结束一周，下周组织初验，还在期限内吧？")
    by_j = {}
    for f in r["findings"]:
        by_j.setdefault(f["jurisdiction"], set()).add(f["verdict"])
    assert by_j["zhonglou"] == {"yes"}                            # 30日内
    assert by_j["longgang"] == {"not_specified"} and by_j["shenzhen"] == {"not_specified"}
    # (文登's findings quote 第三十六条, whose window times the acceptance: not said to set no time)
    r = get_kb().ask("试运行结束才一个月，下周申请竣工验收还在期限内吗？")
    assert {f["verdict"] for f in r["findings"] if f["jurisdiction"] == "wendeng"
            and any(c["article"] == "第三十六条" for c in f["citations"])} == {"no"}


@pytest.mark.parametrize("question", [
    "我们有一份单独的运维合同，60万，龙岗需要按这个办法报批吗？",
    "Longgang: we have a separate maintenance contract worth 600k. Do the measures cover it?",
])
def test_a_standalone_om_contract_is_an_om_project(question):
    assert "not_applicable" in verdicts(question, "longgang")


def test_is_that_a_problem_asks_about_a_breach():
    assert "yes" in verdicts("Our supervision firm has no certification. Is that a problem in Longgang?", "longgang")


@pytest.mark.parametrize("question, topics", [
    ("运维经费分给各单位怎么申请？", False), ("我们的项目包给了一家公司建设，钟楼需要监理吗？", False),
    ("中标单位把部分模块包给另一家公司做，钟楼允许吗？", True),
])
def test_subcontracting_is_part_of_the_work_passed_on(question, topics):
    assert any(f["topic"] == "subcontracting" for f in get_kb().ask(question)["findings"]) == topics


@pytest.mark.parametrize("question, verdict", [
    ("中标单位把部分模块包给另一家公司做，钟楼允许吗？", "conditional"),   # on the firm's qualification
    ("钟楼项目中标单位把一部分分包给有资质的公司，可以吗", "yes"),
    ("钟楼项目中标单位把一部分分包给没有资质的公司，可以吗", "no"),
])
def test_subcontracting_turns_on_the_qualification(question, verdict):
    assert verdicts(question, "zhonglou") == {verdict}


def test_a_document_offered_alone_that_is_its_tiers_own():
    assert "yes" in verdicts("钟楼区有个20万的小项目，只交建设方案不写项目建议书，可以吧？", "zhonglou")


def test_a_total_row_of_changes_is_a_change():
    from knowledge.reader.amounts import find_amounts
    found = find_amounts("合同价500万，变更了三次：10万、20万、25万，合计55万")
    assert [(a.value, a.role) for a in found if a.value == 550000] == [(550000, "change_amount")]
    assert "yes" in verdicts("龙岗区项目合同价500万，变更了三次：10万、20万、25万，合计55万，要报区信息化主管部门审核吗", "longgang")


@pytest.mark.parametrize("question, verdict", [("钟楼区25万的软件项目不上监理可以吧", "yes"), ("钟楼区45万的软件项目不上监理可以吧", "no")])
def test_not_putting_a_supervisor_on(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


@pytest.mark.parametrize("question, verdict", [
    ("Longgang: we signed the contract. Can we file the award notice and the contract 14 working days after signing?", "no"),
    ("Longgang: we signed the contract today. Is it fine to file the award notice and the contract 6 working days after signing?", "yes"),
    ("Longgang: leftover construction funds - can we hand them back 45 working days after the audit conclusion?", "no"),
])
def test_english_working_days_after_an_event(question, verdict):
    assert verdict in verdicts(question, "longgang")


@pytest.mark.parametrize("question, verdict", [
    ("深圳的承建单位想把演示系统放到互联网上给别人看，要不要经过我们建设单位同意", "yes"),
    ("Shenzhen: does the contractor need our consent before putting the demo system on the internet?", "yes"),
])
def test_consent_asked_against_a_ban_without_it(question, verdict):
    assert verdict in verdicts(question, "shenzhen")


def test_counting_from_the_filing_once_it_is_approved():
    question = "深圳的合同在市政府采购中心备案还没通过，质量监督登记能不能等备案通过了再开始算那5个工作日？"
    assert "yes" in verdicts(question, "shenzhen")


def test_the_number_of_people_asked_as_such():
    assert "2名" in get_kb().ask("深圳质监机构监督检查，参加的人数有要求吗，最少多少")["answer"]


def test_waiting_for_the_event_the_text_counts_from():
    question = "深圳的合同要在市政府采购中心备案，能不能等备案通过了再去做质量监督登记"
    assert proposed_start(question) == "contract_filed"
    assert "yes" in verdicts(question, "shenzhen")


def test_a_step_put_off_to_a_stage_is_weighed_before_the_order_told():
    assert "no" in verdicts("深圳项目合同签了先干起来，质量监督登记等到竣工验收前再一并补，可以吗", "shenzhen")


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区项目试运行结束后，我们隔了40天才组织初验，可以吗", "no"),     # 30日内
    ("钟楼区项目试运行结束后，隔了20天再组织初验，可以吗", "yes"),
])
def test_an_interval_after_the_event(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


def test_next_quarter_against_at_once():
    question = "Wendeng: we signed the purchase contract. Can we file the contract text with the big data center next quarter?"
    assert stated_delay(question, date(2026, 12, 2)) == date(2027, 1, 1)
    assert "no" in verdicts(question, "wendeng")


def test_around_the_nth_working_day_after():
    question = "Wendeng big data center here: can we form the acceptance team around the 9th working day after receiving the application?"
    assert "no" in verdicts(question, "wendeng")   # 5个工作日内


def test_ma_typed_for_the_question_particle():
    assert classify("Zhonglou 项目 40万 need 监理 ma").form == "yesno"


def test_one_inspector_by_themselves():
    assert "no" in verdicts("Shenzhen: may a single inspector carry out the on-site quality check by themselves?", "shenzhen")


@pytest.mark.parametrize("question, verdict", [
    ("龙岗300万的系统建设，另外有单独的运维合同，需要监理吗", "yes"),           # the build is the project
    ("Longgang: a 5 million yuan build, with a separate maintenance contract. Do we need supervision?", "yes"),
    ("龙岗600万的新建项目，运维合同另外单独签，要做可研吗", "no"),             # under 5000万
])
def test_a_build_beside_a_separate_om_contract_is_a_build(question, verdict):
    assert verdict in verdicts(question, "longgang") and "not_applicable" not in verdicts(question, "longgang")


@pytest.mark.parametrize("question, verdict", [
    ("钟楼项目中标单位把安装调试分给别的单位做，可以吗", "conditional"),
    ("钟楼项目中标单位把监控安装包给有资质的小公司，行吗", "yes"),
    ("钟楼项目中标单位把软件开发包给无资质公司，可以吗", "no"),
])
def test_work_passed_to_another_firm_is_subcontracting(question, verdict):
    assert verdicts(question, "zhonglou") == {verdict}


def test_confirming_the_texts_own_ban_with_bu_anpai():
    assert not negated("钟楼停用的项目是不是不安排运维经费了")


def test_no_consent_needed_is_not_asking_for_consent():
    assert "yes" not in verdicts("深圳承建单位不需要建设单位同意就能在互联网发布演示系统吗", "shenzhen")


def test_the_contract_total_after_a_change_is_the_contract():
    assert verdicts("龙岗合同原价200万，变更了12万，现在合同价合计212万，要报审吗", "longgang") == {"no"}   # 6%


def test_the_duties_of_a_test_lab():
    assert any(f["topic"] == "testing_body" for f in get_kb().ask("What are the duties of the test lab in Shenzhen?")["findings"])


@pytest.mark.parametrize("question, verdict", [("云浮的项目投资到多少钱开始要实行监理？", "info"), ("云浮应用软件开发费到多少钱就要找第三方测试", "info")])
def test_up_to_what_amount_asks_the_threshold(question, verdict):
    assert verdict in verdicts(question, "yunfu")


def test_lia_is_two():
    assert verdicts("文登项目试运行才俩月，能申请竣工验收嘛", "wendeng") == {"no"}


def test_spot_checks_are_oversight():
    assert "no" in verdicts("深圳质监机构下周来现场抽测，只来1个人，这样也行吧？", "shenzhen")


def test_a_month_after_the_initial_acceptance():
    assert "no" in verdicts("为了早点结项，钟楼项目初验后一个月就提交终验申请，可以不", "zhonglou")
