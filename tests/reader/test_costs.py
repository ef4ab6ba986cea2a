"""A cost put inside or outside the budget the text counts it in (knowledge/reader/costs.py, knowledge/rules/costs.py)."""
import pytest

from knowledge.reader.costs import cost_placed


@pytest.mark.parametrize("text, placed", [
    ("监理费我们想另外单独申请一笔资金", "outside"),
    ("测评费不打算算进总投资里，行吗", "outside"),
    ("Can the supervision fee be budgeted separately?", "outside"),
    ("监理费从总投资里出就行了吧", "inside"),
    ("验收费用不另外申请了，可以吧", "inside"),
    ("监理费用不用单独列吧", "inside"),               # 不用单独 keeps it in
    ("监理费纳不纳入总投资", "inside"),               # A-not-A asks of it kept in
    ("监理费一般是多少", None),                        # no budget it is placed in
    ("系统要单独立项吗", None),                        # no cost named
])
def test_where_a_cost_is_put(text, placed):
    assert cost_placed(text) == placed


def test_a_cost_put_outside_the_budget_the_text_counts_it_in_is_not_allowed(first_finding):
    # 钟楼 第三十七条: 因数据共享所产生的系统改造及对接费用,应包含在该系统的维保经费中
    f = first_finding("钟楼 系统对接共享平台的改造费用，打算另外立一个项目申请资金，可以吗", "zhonglou")
    assert f["verdict"] == "no" and f["citations"][0]["article"] == "第三十七条"
    assert "维保经费" in f["citations"][0]["quote"]        # the whole sentence, past its comma
    # 云浮: 监理费用纳入项目总投资
    assert first_finding("云浮 监理费想单列出来另外申请，不放在总投资里，行不行", "yunfu")["verdict"] == "no"


def test_a_cost_kept_in_the_budget_the_text_counts_it_in_is_allowed(first_finding):
    f = first_finding("云浮 项目验收的第三方测评费和专家评审费直接在总投资里列支，不另外申请了，没问题吧", "yunfu")
    assert f["verdict"] == "yes" and "费用纳入项目总投资" in f["citations"][0]["quote"]


@pytest.mark.parametrize("question, jid, verdict", [
    # a cost the text has applied for on its own (龙岗 第四十六条 运维经费…列入部门年度预算) is no cost placed
    ("龙岗运维经费需要单独申请吗？", "longgang", "yes"),
    ("龙岗运维经费要另外报预算吗？", "longgang", "yes"),
    # funding applied for is no cost placed; an invoice or an itemised line is no budget
    ("云浮项目需要另外申请资金吗？", "yunfu", "yes"),
    ("云浮监理费单独出具发票可以吗？", "yunfu", "yes"),
    # the cost named is the one the sentence counts; 单独列预算 puts it outside
    ("云浮的验收测评费用需要单独列预算吗？", "yunfu", "no"),
    ("钟楼的对接费用不想放维保经费里，单独申请一笔行吗？", "zhonglou", "no"),   # 第三十七条, found where no finding cites it
])
def test_only_a_named_cost_put_outside_its_budget_is_read_so(question, jid, verdict, first_finding):
    assert first_finding(question, jid)["verdict"] == verdict
