"""A cost put inside or outside the budget the text counts it in (knowledge/reader/costs.py, knowledge/rules/costs.py)."""
import pytest

from knowledge.base import get_kb
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


def _first(question: str, jid: str) -> dict:
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found, question
    return found[0]


def test_a_cost_put_outside_the_budget_the_text_counts_it_in_is_not_allowed():
    # 钟楼 第三十七条: 因数据共享所产生的系统改造及对接费用,应包含在该系统的维保经费中
    f = _first("钟楼 系统对接共享平台的改造费用，打算另外立一个项目申请资金，可以吗", "zhonglou")
    assert f["verdict"] == "no" and f["citations"][0]["article"] == "第三十七条"
    assert "维保经费" in f["citations"][0]["quote"]        # the whole sentence, past its comma
    # 云浮: 监理费用纳入项目总投资
    assert _first("云浮 监理费想单列出来另外申请，不放在总投资里，行不行", "yunfu")["verdict"] == "no"


def test_a_cost_kept_in_the_budget_the_text_counts_it_in_is_allowed():
    f = _first("云浮 项目验收的第三方测评费和专家评审费直接在总投资里列支，不另外申请了，没问题吧", "yunfu")
    assert f["verdict"] == "yes" and "费用纳入项目总投资" in f["citations"][0]["quote"]
