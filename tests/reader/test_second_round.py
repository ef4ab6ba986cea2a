"""Readings from the session's second round of first-contact failures (issue 8): each question is answered
through the whole pipeline, and each sentence is the project's own, not an evaluation question."""
import pytest
from reader_answers import articles, verdicts

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.form import classify, negated
from knowledge.reader.frequency import proposed_period


@pytest.mark.parametrize("question", ["深圳质监机构去现场检查，起码要派几个人", "深圳监督检查最少几名人员到场"])
def test_a_count_of_people_is_the_rule_that_counts_people(question):
    r = get_kb().ask(question)
    assert any(f["verdict"] == "info" and any(c["article"] == "第二十条" for c in f["citations"]) for f in r["findings"])
    assert "2名" in r["answer"]


@pytest.mark.parametrize("text, form", [
    ("听说终验以后不用再搞什么安全测试了，龙岗到底要不要搞", "yesno"),   # 什么 after 不用: "any"
    ("没交什么材料能申报吗", "yesno"),
    ("不知道申报要交什么材料", "info"),          # knowing: still what
    ("规定没说什么时候交吗", "info"),
])
def test_what_after_a_negation_is_any(text, form):
    assert classify(text).form == form, classify(text).markers


def test_a_duty_said_to_be_unneeded_by_others_is_still_asked():
    assert "yes" in verdicts("听说龙岗项目终验以后不用再搞什么安全测试了，到底要不要搞", "longgang")


@pytest.mark.parametrize("question", ["钟楼的软件类项目我们不打算请测评机构，行吗", "钟楼软件项目，我们不准备做第三方软件测评，可以吗"])
def test_not_planning_to_do_what_is_only_recommended(question):
    assert negated(question)
    assert verdicts(question, "zhonglou") == {"yes"}


@pytest.mark.parametrize("question, verdict", [
    ("钟楼的系统试运行刚结束半个月，下周我们自己组织初验可以吧", "yes"),   # 30日内, not the 终验's opening
    ("钟楼试运行结束才10天，现在能申请终验吗", "no"),                     # the 终验 opens 3 months after the 初验
    ("钟楼区项目试运行结束都50天了，现在做初验还在期限内吗", "no"),
])
def test_the_step_asked_is_timed_not_the_one_after_it(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


def test_late_is_answered_for_every_text_that_times_it():
    r = get_kb().ask("合同签完两个月了，项目计划任务书还没备案，现在补上还算按时吧？")
    assert {f["verdict"] for f in r["findings"] if f["jurisdiction"] == "zhonglou"} == {"no"}


@pytest.mark.parametrize("text, period", [
    ("质量季报能不能改成半年一报", "half_year"), ("监理月报一年一报行吗", "year"),
    ("两个季度合一起交行不行", "half_year"), ("月报改成一个季度出一次", "quarter"),
])
def test_longer_periods_said_plainly(text, period):
    assert proposed_period(text) == period


def test_two_quarters_in_one_is_not_allowed():
    assert "no" in verdicts("深圳项目质量季报太麻烦，能不能改成半年一报", "shenzhen")


@pytest.mark.parametrize("text, role", [
    ("app development in our project comes to slightly less than 500k yuan", "software_cost"),
    ("our software development service contract is exactly RMB 1,000,000", "contract_amount"),   # the whole contract
])
def test_english_app_development_is_the_software_part(text, role):
    assert find_amounts(text)[0].role == role


def test_a_currency_before_a_range_is_not_its_own_amount():
    found = find_amounts("the system will cost around RMB 700-800k")
    assert [(a.value, a.span) for a in found] == [(700000, (700000.0, 800000.0))]


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区30万的项目，申报只交个建设方案行吗", "no"),          # 30万元(含)以上: 项目建议书
    ("钟楼区35万的项目用建设方案代替项目建议书可以吗", "no"),
    ("Zhonglou, a 400,000 yuan project: can we just submit a construction plan?", "no"),
    ("钟楼区20万的项目，申报只交个建设方案行吗", "yes"),          # its own tier
])
def test_one_document_offered_for_another_tier(question, verdict):
    assert verdict in verdicts(question, "zhonglou")
    if verdict == "no":
        assert verdicts(question, "zhonglou") == {"no"} and "第五条" in articles(question, "zhonglou")
