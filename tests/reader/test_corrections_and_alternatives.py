"""Readings from the thirty-seventh session (issue 8), each with a look-alike that must keep its answer.

A fact corrected in the same message is read as corrected (``knowledge.reader.corrections``): the value after 哦不对 /
不对，是 / 我记错了 / 刚核了一下是 / "sorry, it's" / "correction:" / "no wait" replaces the last value of its kind before it
(an amount, a share, a day, a place); a short clause taken back goes; a step said done and taken back is not done.
Two figures offered as alternatives (可能A也可能B, "A or B") are one figure not yet known, their range. The questions are
the project's own sentences (none is an evaluation case)."""
import re

import pytest

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.corrections import corrected


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _places(text):
    return [m.span() for m in re.finditer(r"钟楼区|龙岗区|文登区|天宁区|Longgang|Zhonglou|Wendeng", text)]


def _nfkc(text):
    import unicodedata
    return unicodedata.normalize("NFKC", text).replace(",", "，")


@pytest.mark.parametrize("said, meant", [
    ("文登区的项目投资60万，哦不对，是160万，要不要请监理", "文登区的项目投资160万，要不要请监理"),
    ("钟楼的系统预算二十万，不对不对，是四十万，需要监理不", "钟楼的系统预算四十万，需要监理不"),
    ("龙岗这个项目我之前说3000万，刚核了一下是6000万，可研要做吗", "龙岗这个项目6000万，可研要做吗"),
    ("合同是10月12号签的，不对，是14号，备案最晚哪天", "合同是10月14号签的，备案最晚哪天"),
    ("试运行9月1日开始的，噢说错了，是9月3日开始，什么时候能验收", "试运行9月3日开始，什么时候能验收"),
    ("Zhonglou system, budget 600k — sorry, typo, it's 200k. Supervisor needed?", "Zhonglou system, budget 200k. Supervisor needed?"),
    ("Longgang: variations come to 15% of the contract — no wait, 5%. Approval needed?", "Longgang: variations come to 5% of the contract. Approval needed?"),
    ("Contract signed Oct 9 — correction: Oct 12. When is registration due?", "Contract signed Oct 12. When is registration due?"),
    ("We're in Longgang — sorry, I mean Zhonglou. Is a 40万 project supervised?", "We're in Zhonglou. Is a 40万 project supervised?"),
    ("龙岗区的项目……哦不是，是文登区的，验收前能试用吗", "文登区的,验收前能试用吗"),
    ("龙岗区一个80万的项目，我说是纯设备采购，不对，其实是软件开发，适用吗", "龙岗区一个80万的项目，软件开发，适用吗"),
    ("钟楼区：我们已经做了初验……哦还没做。能申请终验吗", "钟楼区：我们还没做初验。能申请终验吗"),
    ("Yunfu: someone said the 监理 fee is outside the budget — I think I got that wrong. Is it part of the total?", "Yunfu: Is it part of the total?"),
    # left as they are: no earlier value of the kind that follows; 不是 / 不对 / sorry as ordinary words
    ("钟楼区项目，我查了一下是80万，要不要监理", "钟楼区项目，我查了一下是80万，要不要监理"),
    ("钟楼区80万的项目不是要监理吗", "钟楼区80万的项目不是要监理吗"),
    ("钟楼区的项目，不是新建，是升级改造，80万，要监理吗", "钟楼区的项目，不是新建，是升级改造，80万，要监理吗"),
    ("Sorry to bother you, Zhonglou 800k project, do we need a supervisor?", "Sorry to bother you, Zhonglou 800k project, do we need a supervisor?"),
    ("No, the 80万 project in Zhonglou hasn't started. Do we need a supervisor?", "No, the 80万 project in Zhonglou hasn't started. Do we need a supervisor?"),
    ("合同价300万，累计变更正好30万，是不是得报审", "合同价300万，累计变更正好30万，是不是得报审"),
    ("合同价三百万，累计变更金额不超过30万，要报审吗", "合同价三百万，累计变更金额不超过30万，要报审吗"),
    # (the review's findings) a part of the figure is no correction of it; a step done and another not yet stays so
    ("Longgang project total 80 million; actually 30 million of that is servers. Feasibility study needed?",
     "Longgang project total 80 million; actually 30 million of that is servers. Feasibility study needed?"),
    ("已经做了自测，还没申请初验，可以吗", "已经做了自测，还没申请初验，可以吗"),
    # a value denied and another said instead; a correction after an ellipsis; a place kept from a sentence taken back
    ("文登区项目不是60万，是160万，要监理吗", "文登区项目160万，要监理吗"),
    ("钟楼区项目预算二十万……不对，四十万，要监理吗", "钟楼区项目预算四十万，要监理吗"),
    ("We said the Wendeng system is 100k — I think I got that wrong. It is 300k.", "Wendeng: It is 300k."),
])
def test_the_fact_read_as_corrected(said, meant):
    assert _nfkc(corrected(said, _places)) == _nfkc(meant)


@pytest.mark.parametrize("text, low, high", [
    ("预算可能45万也可能55万", 450000, 550000),
    ("投资90万或者110万", 900000, 1100000),
    ("budget might be 950k, or exactly 1 million", 950000, 1000000),
    ("software part 200k or 300k", 200000, 300000),
])
def test_figures_offered_as_alternatives_are_a_range(text, low, high):
    amounts = find_amounts(text)
    assert len(amounts) == 1 and amounts[0].range == (low, high)


def test_two_items_listed_stay_two():
    assert [a.value for a in find_amounts("一个20万，另一个50万")] == [200000, 500000]


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼区项目预算25万，哦不对，是45万，要不要请监理", "zhonglou", "yes"),
    ("钟楼区项目预算45万，哦不对，是25万，要不要请监理", "zhonglou", "no"),
    ("Yunfu city project, 1.3 million — sorry, 0.8 million. Is supervision required?", "yunfu", "no"),
    ("钟楼区的项目可能28万也可能32万，要监理吗", "zhonglou", "conditional"),
    ("钟楼区的项目可能35万也可能40万，要监理吗", "zhonglou", "yes"),
    ("Yunfu: total might be 900k or 1.2 million. Supervision mandatory?", "yunfu", "conditional"),
])
def test_the_verdict_follows_the_corrected_or_open_figure(question, jid, verdict):
    f = next(f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)
    assert f["verdict"] == verdict, f


@pytest.mark.parametrize("told, day", [
    ("文登区的项目，合同前天签的。", None),
    ("Zhonglou: our trial run ended yesterday.", "2027-01-04"),
    ("龙岗区的项目，合同这周一签的。", "2026-12-14"),
])
def test_a_step_told_done_on_a_day_is_answered_with_what_follows(told, day):
    out = get_kb().ask(told)
    lead = out["findings"][0]
    assert lead["verdict"] == "info"
    if day:
        assert day in out["answer"], out["answer"][:300]


def test_a_question_stays_a_question():
    lead = get_kb().ask("钟楼区的合同上周一签的，计划任务书要在平台备案吗？")["findings"][0]
    assert lead["verdict"] == "yes"


@pytest.mark.parametrize("question, verdict", [
    # which of two the line decides, the figure across the line: it depends; on one side: what it is
    ("钟楼区的项目二十八九万到三十一二万之间，申报交项目建议书还是建设方案", "conditional"),
    ("Zhonglou, budget somewhere between 250k and 350k: do we submit a 项目建议书 or a 建设方案?", "conditional"),
    ("钟楼区的项目五十万，申报交项目建议书还是建设方案", "info"),
])
def test_a_choice_the_line_decides(question, verdict):
    lead = get_kb().ask(question)["findings"][0]
    assert lead["verdict"] == verdict, lead


def _days(question):
    return sorted(set(re.findall(r"20\d\d-\d\d-\d\d", get_kb().ask(question)["answer"])))


def test_a_day_offered_as_one_of_two_counts_from_each():
    assert {"2026-11-27", "2026-11-30"} <= set(_days("深圳的项目，合同11月20号或者23号签的，质量监督登记最晚哪天"))
    assert {"2026-10-15", "2026-10-16"} <= set(_days("Shenzhen: contract signed Oct 9 or Oct 10, not sure. Last day for the quality registration?"))


@pytest.mark.parametrize("question, day", [
    # a Chinese term in an English sentence names the event it is
    ("Shenzhen: the contract's 备案 was approved on 2026-11-02. When is the quality registration due?", "2026-11-09"),
    ("Longgang: the 可研 was formally accepted on November 3. By when is the review done?", "2026-11-10"),
])
def test_an_event_named_in_chinese_inside_english(question, day):
    assert day in _days(question)


@pytest.mark.parametrize("told, day", [
    ("钟楼区初验昨天做完了。", "2027-03-05"),        # from when the 终验 may be applied for (3 months on), not the yearly calendar
    ("深圳项目的质量监督登记上个月做完了。", "2027-01-05"),   # the first quarterly filing after it
])
def test_the_next_step_carries_its_own_day(told, day):
    lead = get_kb().ask(told)["findings"][0]
    assert lead["topic"] == "next_step" and day in lead["summary"], lead["summary"][:200]
    assert "2027-09-30" not in lead["summary"]
