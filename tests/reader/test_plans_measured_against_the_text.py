"""Readings from the thirteenth session (issue 8): a plan measured against what the text asks of it (a step
waived with 能免吗, a channel other than the platform, a filing put off against 立即, a step left until after the
acceptance it gates, another body in the named one's place), conditions of degree said by their opposite (技术也简单),
the rule of a topic the question names by its title, counts asked in other classifiers (几块, 几大类), shares said
with 超 and 百分之, and English plans said as "planning not to", "leave … out" or "won't follow". The questions are
the project's own sentences (none is an evaluation case)."""
from datetime import date

import pytest
from reader_answers import verdicts

from knowledge.base import get_kb
from knowledge.reader.actors import claimed_actor, same_body
from knowledge.reader.dated import stated_elapsed, stated_next
from knowledge.reader.form import negated
from knowledge.reader.frequency import proposed_period


def _first(question: str, jid: str) -> str:
    """The verdict of the jurisdiction's first finding: the one that answers."""
    return next(f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


@pytest.mark.parametrize("question, jid, verdict", [
    ("文登区的项目，专家评审能免吗", "wendeng", "no"),
    ("钟楼区80万的项目，监理可以免掉吗", "zhonglou", "no"),
    ("龙岗项目的第三方测评能不能免", "longgang", "no"),
    ("钟楼区20万的项目，监理能免吗", "zhonglou", "yes"),
])
def test_a_step_waived_with_mian_is_left_out(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_free_of_charge_is_not_a_step_waived():
    assert not negated("钟楼区的项目能免费提供运维吗")
    assert negated("专家评审能免吗")


@pytest.mark.parametrize("question, verdict", [
    ("文登的项目要不要做单项专家论证", "conditional"),   # the rule the title names, which holds on a condition
    ("文登的项目要不要专家评审", "yes"),   # the topic's duty for every project
    ("文登区的项目投资很小，技术难度也低，要做单项专家论证吗", "no"),
    ("文登区的项目投资不大但技术难度很高，要做单项专家论证吗", "yes"),   # one facet said is the condition met
    ("文登区的项目投资不大但技术难度很高，专家论证能免吗", "no"),
    ("文登，我们这个项目投资不大、技术也简单，就不搞单项专家论证了，走大数据中心的集中评审就行，对吧？", "yes"),
    ("文登的视频监控项目要公安参与审核吗", "yes"),   # 信息安全或公共视频监控: either said
])
def test_a_condition_of_degree_and_the_rule_a_title_names(question, verdict):
    assert _first(question, "wendeng") == verdict


def test_a_weekday_two_weeks_away_or_back():
    today = date(2026, 12, 2)   # a Wednesday
    assert stated_next("下下周一再去登记", today) == date(2026, 12, 14)
    assert stated_next("下周一再去登记", today) == date(2026, 12, 7)
    assert stated_elapsed("合同大上周三签的", today) == {"contract_signed": date(2026, 11, 18)}
    assert stated_elapsed("合同上上周签的", today) == {"contract_signed": date(2026, 11, 18)}
    assert stated_elapsed("合同签了差不多两个礼拜", today) == {"contract_signed": date(2026, 11, 18)}


@pytest.mark.parametrize("question, jid, verdict", [
    ("深圳的项目合同大上周三签的，质量监督登记现在还来得及吗", "shenzhen", "no"),
    ("深圳项目合同上周五签的，下下周一再去办质量监督登记行不行", "shenzhen", "no"),
    ("我们深圳市直单位的项目合同签了差不多两个礼拜，没去市政府采购中心备案，质量监督登记也没做，拖到下周再登记没问题吧",
     "shenzhen", "no"),
    ("文登，正式采购合同签完了，打算下个月例会的时候再把合同文本报区大数据中心备案，行不？", "wendeng", "no"),   # against 立即
])
def test_a_filing_put_off(question, jid, verdict):
    assert _first(question, jid) == verdict


@pytest.mark.parametrize("text, period", [
    ("月报能不能改成季报", "quarter"),
    ("can the monthly progress reports be replaced by a quarterly one?", "quarter"),
    ("could we switch to annual reporting", "year"),
    ("月报改成每月一次", "month"),
])
def test_a_report_proposed_less_often(text, period):
    assert proposed_period(text) == period


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗的项目，进度月报能不能改成季报", "longgang", "no"),
    ("For our Longgang project, can the monthly progress reports be replaced by a quarterly one?", "longgang", "no"),
    ("深圳这边质量管理平台的账号一直没弄好，季报和监理月报干脆直接发邮件给市信息工程质监机构，可以不？", "shenzhen", "no"),
    ("深圳项目机房有隐蔽工程，承建单位说施工日志写清楚就行，照片视频就不用留了，对吧？", "shenzhen", "no"),
    ("云浮，我们单位的专业类服务项目做完了，自己组织验收就行，不用先让数管局做验收前置审核吧？", "yunfu", "no"),
    ("云浮一个专业类服务项目，由于国家政策调整要逾期交付两个月，我们跟供应商签份补充协议就可以了，不需要报谁吧？", "yunfu", "no"),
    ("文登区雪亮工程的一个子项目，视频监控资源想等竣工验收以后再接入区视频中心，验收能先通过吧？", "wendeng", "no"),
    ("文登的项目先验收，以后再接入区视频中心，行吗", "wendeng", "no"),
    ("我们龙岗的项目变更累计已经超合同价百分之十，实施前还需要报区信息化主管部门审核吗", "longgang", "yes"),
    ("龙岗项目变更不超过百分之十要报审吗", "longgang", "no"),
    ("龙岗区纯粹采购一批设备，两百来万，要按这个管理办法走吗", "longgang", "not_applicable"),
])
def test_a_plan_measured_against_the_text(question, jid, verdict):
    assert _first(question, jid) == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: our project is 280,000 yuan. We don't plan to hire a supervision firm; that's allowed, right?", "zhonglou", "yes"),
    ("Zhonglou, 450,000 yuan project — it's minor, so we're planning not to hire a supervisor (监理). No problem with that, is there?",
     "zhonglou", "no"),
    ("Our Yunfu service project won't follow the capital construction approval procedure. Is that acceptable?", "yunfu", "yes"),
    ("For a Shenzhen city e-government project, can we leave the quality targets and quality responsibilities out of the "
     "contract with the contractor, since the tender documents already describe them?", "shenzhen", "no"),
    ("A new Longgang project proposal worth 12 million yuan: does it first need a special meeting convened by the district "
     "leader in charge?", "longgang", "yes"),
])
def test_english_plans_and_tags(question, jid, verdict):
    assert _first(question, jid) == verdict


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区20万的项目，监理应该不需要吧", "no"),   # whether the duty is there
    ("钟楼区20万的项目，不需要请监理吧", "yes"),   # leave to drop a step named
])
def test_bu_xuyao_names_a_step_dropped_only_before_one(question, verdict):
    assert _first(question, "zhonglou") == verdict


def test_another_body_in_the_named_ones_place():
    claim = claimed_actor("设计符合性评价意见能不能让监理单位代为出具？")
    assert (claim.body, claim.verb, claim.step) == ("监理单位", "出具", "符合性评价")
    reply = get_kb().ask("深圳的项目快合同验收了，设计单位早撤场了，设计符合性评价意见能不能让监理单位代为出具？")
    answer = next(f for f in reply["findings"] if f["jurisdiction"] == "shenzhen")
    assert answer["verdict"] == "no" and "设计单位" in answer["citations"][0]["quote"]
    assert _first("深圳的设计符合性评价意见是设计单位出具吗", "shenzhen") == "yes"


def test_the_askers_own_unit_is_the_unit_that_runs_the_project():
    assert same_body("我们单位", "市直各单位") and same_body("本单位", "项目建设单位")
    assert not same_body("我们单位", "市政务服务数据管理局")
    assert claimed_actor("验收由我们单位自己组织就可以吧，不需要等数据局组织？").body == "我们单位"   # not the body not waited for
    # the unit's own step keeps what it waits for (前置审核), not only who does it
    assert "no" not in verdicts("云浮 专业类服务项目前置审核过了，验收由我们单位自己组织就可以吧，不需要等数据局组织？", "yunfu")


@pytest.mark.parametrize("question, jid", [
    ("深圳这个质量监督办法，项目金额达到多少万才适用？", "shenzhen"),
    ("What budget size triggers a separate single-project expert review (单项专家论证) for a Wendeng project?", "wendeng"),
])
def test_an_amount_the_text_does_not_give_is_silence(question, jid):
    assert _first(question, jid) == "not_specified"


def test_counts_asked_in_other_classifiers():
    assert "共列出3块：监理文档、质量季报、检测报告" in get_kb().ask("深圳季度报送给质监机构的东西一共分几块")["answer"]
    reply = get_kb().ask("云浮的市级政务信息化服务项目，按服务内容分几大类？")["answer"]
    assert "共列出5类：基础设施服务、软件开发服务、运维服务、系统业务运营服务、第三方服务" in reply
