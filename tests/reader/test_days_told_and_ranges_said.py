"""More readings from the thirty-eighth session (issue 8), each with a look-alike that must keep its answer: a day
proposed as "this week", a day still to come asked whether it is late, a step done on a day asked whether it was
allowed, an event no step ends told as done (the step due upon it comes next, with its day), 审核结论出了 as a statement,
"the day before yesterday", a range written with its unit at both ends (人民币25万元至35万元, between RMB 0.9 million and
RMB 1.3 million), a figure that is to rise (加多少还没定: a floor), a question whether a text need no longer be followed,
何日/何部门 as what-words. The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _findings(text):
    return get_kb().ask(text)["findings"]


def _verdict(text, jid, topic=None):
    return next(f["verdict"] for f in _findings(text) if f["jurisdiction"] == jid and (topic is None or f["topic"] == topic))


@pytest.mark.parametrize("text, verdict", [
    ("钟楼区项目初验9月25日结束的，这周能提交终验申请吗？", "no"),      # 3 months: 12-25
    ("钟楼区项目初验8月15日结束的，这周能提交终验申请吗？", "yes"),      # 11-15
    ("Zhonglou: the initial acceptance ended on Sept 25. Can we submit the final acceptance application this week?", "no"),
])
def test_this_week_proposed(text, verdict):
    assert _verdict(text, "zhonglou", "final_acceptance") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("龙岗：合同是上周一签的，中标通知书和合同复印件12月16日才报备案，晚了没", "yes"),    # 11-23 + 10 working days = 12-07
    ("龙岗：合同是上周五签的，中标通知书和合同复印件12月9日报备案，晚了没", "no"),       # 11-27 + 10 = 12-11
])
def test_a_day_to_come_asked_whether_late(text, verdict):
    assert _verdict(text, "longgang", "contract_filing") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Wendeng: the trial run started on 2026-07-20 and we held the completion acceptance on 2026-10-12. Was that allowed?", "no"),
    ("Wendeng: the trial run started on 2026-05-20 and we held the completion acceptance on 2026-10-12. Was that allowed?", "yes"),
])
def test_a_step_done_on_a_day_asked_whether_allowed(text, verdict):
    assert _verdict(text, "wendeng", "final_acceptance") == verdict


@pytest.mark.parametrize("text, day", [
    ("深圳项目的合同在市政府采购中心备案，昨天备案通过了。", "2026-12-11"),            # 12-05 (Sat) + 5 working days
    ("Shenzhen: our contract's filing with the procurement centre was approved the day before yesterday.", "2026-12-11"),
    ("龙岗区项目竣工决算报告审核结论11月16号出了。", "2026-12-28"),                   # + 30 working days
])
def test_an_event_told_gets_the_step_due_upon_it(text, day):
    found = _findings(text)
    assert found[0]["topic"] == "next_step" and day in found[0]["summary"]


def test_the_day_before_yesterday():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    assert stated_elapsed("the filing was approved the day before yesterday", date(2026, 12, 6)) == {"contract_filed": date(2026, 12, 4)}
    assert stated_elapsed("the filing was approved yesterday", date(2026, 12, 6)) == {"contract_filed": date(2026, 12, 5)}


@pytest.mark.parametrize("text, span", [
    ("预算初步估算在人民币25万元至35万元之间", (250000, 350000)),
    ("currently estimated at between RMB 0.9 million and RMB 1.3 million", (900000, 1300000)),
    ("预算25万到35万之间", (250000, 350000)),
])
def test_a_range_with_its_unit_at_both_ends(text, span):
    (a,) = find_amounts(text)
    assert a.span == span
    assert [a.value for a in find_amounts("we hold RMB 0.9 million and RMB 1.3 million in two budgets")] == [900000, 1300000]


@pytest.mark.parametrize("text, verdict", [
    ("钟楼区项目申报时27万，现在要加功能，加多少还没定，要不要监理？", "conditional"),
    ("Yunfu municipal project: budget 800k now and it is going to increase. Will a supervisor be mandatory?", "conditional"),
    ("钟楼区项目预算27万，要加监理吗", "no"),                       # a party added, not the figure
    ("钟楼区项目预算45万，还要加功能，要监理吗", "yes"),             # a floor above the line already
])
def test_a_figure_to_rise_is_a_floor(text, verdict):
    jid = "yunfu" if text.startswith("Yunfu") else "zhonglou"
    assert _verdict(text, jid, "supervision") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("钟楼区的项目原本财政出钱，后来改成企业出钱建设，那是不是就不用按实施细则走了？", "no"),   # 第三条: both kinds of money
    ("钟楼区的项目适用实施细则吗", "yes"),
])
def test_a_text_said_no_longer_followed(text, verdict):
    assert _verdict(text, "zhonglou", "scope") == verdict


@pytest.mark.parametrize("text", ["深圳市：季度质量资料应于何日前报送质监机构存档？", "云浮市：专业类服务项目重大变更应向何部门备案？"])
def test_he_words_ask_what(text):
    assert all(f["verdict"] != "yes" for f in _findings(text))


@pytest.mark.parametrize("text, verdict", [
    ("It is proposed that the source code developed under the said Longgang project remain the property of the contractor. "
     "Kindly advise whether such a clause is permissible.", "no"),
    ("Longgang: the source code is to remain the property of our unit under the contract. Is that permissible?", "yes"),
])
def test_the_owner_in_the_formal_register(text, verdict):
    assert _verdict(text, "longgang", "source_code") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Zhonglou: approved 概算 of 3 million; reworking the main modules, which shifts 420,000 yuan, goal unchanged. "
     "Can we just file an adjustment request?", "no"),     # 14% of the estimate
    ("Zhonglou: approved 概算 of 3 million; reworking the main modules, which shifts 200,000 yuan, goal unchanged. "
     "Can we just file an adjustment request?", "conditional"),   # 6.7%: then the listed cases decide
])
def test_the_money_a_change_shifts(text, verdict):
    assert _verdict(text, "zhonglou", "change_limit") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("龙岗区刚好50万的项目适不适用信息化项目管理办法", "yes"),       # the A-not-A asks whether it applies
    ("钟楼区系统运维项目受不受这个细则约束", "yes"),
])
def test_whether_a_text_applies_asked_a_not_a(text, verdict):
    jid = "longgang" if "龙岗" in text else "zhonglou"
    assert _verdict(text, jid, "scope") == verdict


def test_an_estimate_raised_is_no_change_within_it():
    """概算从4800万调整为5200万: the estimate itself raised (第二十三条), not a contract change of 8.33% (第二十四条)."""
    found = {f["topic"]: f for f in _findings("龙岗项目原来概算4800万，后来调整为5200万，要报批吗？")}
    assert "8.33" not in found["change_limit"]["summary"] and found["change_limit"]["verdict"] == "yes"


def test_every_case_of_secrecy_asked_at_once_is_no_finding():
    assert [f["topic"] for f in _findings("不管涉不涉密，钟楼的项目都要纳入政府采购吗？")] == ["procurement"]


@pytest.mark.parametrize("text, verdict", [
    ("We would be grateful if you could confirm whether the Wendeng completion acceptance may be organised two months "
     "after the trial operation begins.", "no"),                              # 3 months at the earliest (第三十六条)
    ("Wendeng: can we hold the completion acceptance four months after the trial run starts?", "yes"),
    ("Wendeng: can we hold the completion acceptance eight months after the trial run starts?", "no"),   # 6 months at the latest
])
def test_a_step_some_months_after_its_event_in_english(text, verdict):
    assert _findings(text)[0]["verdict"] == verdict


def test_a_text_said_no_longer_followed_is_answered_as_a_claim():
    reply = get_kb().ask("钟楼区的项目后来改成企业出钱建设，那是不是就不用按实施细则走了？")["answer"]
    assert "说得不对" in reply and "不适用" not in reply


def test_a_yes_no_test_reads_as_a_condition_in_english():
    reply = get_kb().ask("Wendeng: we're not sure whether the system is classified. Does the secrecy office join the review?")["answer"]
    assert "applies only if the project is classified" in reply
