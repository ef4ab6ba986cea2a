"""钟楼区政务信息化项目建设管理办法实施细则: O&M funds — what they rest on, and a retired system.

第二十八条 and 第三十三条 make the final-acceptance report and the yearly evaluation results the basis
for O&M funds; 第三十八条 ends them for a system decided to be retired; 第三十九条 lets them be
stopped when serious problems are left unfixed. A prohibition on the retired case answers only a
question that states it."""
from knowledge.base import get_kb

J = "zhonglou"


def _found(question):
    return [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == J]


def _cited(findings):
    return {c["article"] for f in findings for c in f["citations"]}


def test_a_retired_system_gets_no_more_om_funds():
    found = _found("钟楼区这个系统已经确定停用报废，之后运维经费还会拨吗")
    assert found[0]["verdict"] == "no" and "第三十八条" in _cited(found[:1])


def test_what_om_funds_rest_on_is_said():
    found = _found("钟楼区运维经费安排的依据是什么")
    assert found[0]["verdict"] in ("info", "yes")
    assert {"第二十八条", "第三十三条"} <= _cited(found)


def test_the_retired_case_does_not_answer_other_questions():
    found = _found("钟楼的项目网络安全方面出了严重问题一直不整改，运维经费会不会被停")
    assert all(f["verdict"] != "no" for f in found)
    assert "第三十九条" in _cited(found)


def test_what_the_evaluation_results_are_for():
    found = _found("钟楼区每年项目评价的结果有什么用")
    assert found[0]["verdict"] in ("info", "yes") and "第三十三条" in _cited(found[:1])
    en = " ".join(f["summary"] for f in get_kb().ask("Zhonglou: what do the yearly evaluation results feed into?")["findings"])
    assert "operation and maintenance" in en


def test_what_the_final_acceptance_report_is_for():
    found = _found("钟楼区终验报告出具以后派什么用场")
    assert "运行维护经费" in " ".join(f["summary"] for f in found) and "第二十八条" in _cited(found)
