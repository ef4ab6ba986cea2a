"""A recurring report proposed less often than the text sets it (knowledge/reader/frequency.py, knowledge/rules/frequency.py)."""
import pytest

from knowledge.reader.frequency import proposed_period, set_period


@pytest.mark.parametrize("text, period", [
    ("进度报送改成每季度报一次行吗", "quarter"),
    ("质量季报能不能一年报一次", "year"),
    ("质量季报就一年交一次吧", "year"),
    ("年底一起报行不行", "year"),
    ("Could the progress reports be sent once a quarter?", "quarter"),
    ("监理报告多久出一次", None),                       # how often, asked
])
def test_the_period_a_question_proposes(text, period):
    assert proposed_period(text) == period


def test_the_period_a_text_sets():
    assert set_period("并按时出具监理月报") == "month"
    assert set_period("项目建设单位应按月向区信息化主管部门报送项目进度") == "month"
    assert set_period("建设单位应在每季度首月5日前将上一季度的资料报送") == "quarter"
    assert set_period("建设单位负责组织实施") is None


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗项目进度和资金使用情况改成一个季度报一次，行吧", "longgang", "no"),     # 按月 set
    ("龙岗项目进度改成每周报一次可以吗", "longgang", "yes"),                   # more often than monthly
    ("Longgang: may we send the progress and spending figures once a quarter instead of monthly?", "longgang", "no"),
    # the report whose period is named now (月报) is the one asked, not the quarterly filing that also names 监理
    ("深圳 监理嫌月报太勤，想改成每季度出一份监理报告，这样可以吗", "shenzhen", "no"),
])
def test_a_report_made_less_often_than_the_text_sets_it(question, jid, verdict, first_finding):
    assert first_finding(question, jid)["verdict"] == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # as often or more often settles nothing else the question proposes
    ("深圳质量季报改成每月报一次，不走质量管理平台行吗？", "shenzhen", "no"),
    # a report named that no sentence sets a period for (监理总结, 统计报表) is not weighed against another's
    ("深圳监理总结改成每季度出一次可以吗？", "shenzhen", "yes"),
])
def test_a_period_change_decides_only_what_it_is_about(question, jid, verdict, first_finding):
    assert first_finding(question, jid)["verdict"] == verdict
