"""What a yes/no question says of the act it asks about (knowledge/reader/proposals.py)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.proposals import asks_content, breach_asked, by_ourselves, still_gets


@pytest.mark.parametrize("question, act_omitted", [
    ("中标单位把项目转包给别人，算不算违规", False), ("30万以上的项目不请监理，算违规吗", True),
    ("Would it be a violation if we skipped the self-test?", True), ("要不要请监理", None),
])
def test_a_breach_asked_and_whether_the_act_leaves_the_thing_out(question, act_omitted):
    asked = breach_asked(question)
    assert (asked[1] if asked else None) == act_omitted


def test_the_other_readings():
    assert by_ourselves("可研报告我们自己写行吗") and by_ourselves("can we do the testing in-house?")
    assert not by_ourselves("可研报告要请咨询机构写吗")
    assert still_gets("没备案的项目财政还拨运维经费吗") and not still_gets("运维经费怎么申请")
    assert asks_content("可研报告要不要写信息安全章节") and not asks_content("可研报告要不要编")


def test_a_breach_is_answered_as_a_breach():
    from knowledge.base import get_kb

    answer = get_kb().ask("钟楼区中标单位整体转包，算不算违规")["answer"]
    assert "属于违规" in answer and "需要" not in answer.split("\n")[1]


def test_an_a_not_a_form_leaves_nothing_out():
    # 用不用找, 请不请: the 不 of a question asked both ways is not the asker doing without
    assert not by_ourselves("系统上线前用不用找第三方机构测评") and not by_ourselves("要请不请外面的公司监理")
    assert by_ourselves("系统上线前不找第三方机构，自己测行不行")
    assert breach_asked("请不请监理算不算违规") is None or breach_asked("请不请监理算不算违规")[1] is False


def test_a_party_without_the_qualification():
    assert by_ourselves("测评能不能找一家没资质的小公司做") and by_ourselves("Can an unqualified firm do the supervision?")
    assert not by_ourselves("测评要找有资质的机构吗")


@pytest.mark.parametrize("question, verdict", [
    # 龙岗 第二十四条: past 10% of the contract price the change is reviewed before it is made
    ("龙岗区项目合同价500万，前后变更了两次，分别为30万、28万，各方签个字就直接调整，可以吗", "no"),
    ("龙岗区项目合同价500万，累计变更32万，各方确认一下就直接改，行吗", "yes"),
])
def test_changing_on_the_parties_word_alone(question, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "longgang"]
    assert found[0]["verdict"] == verdict and found[0]["citations"][0]["article"] == "第二十四条"


@pytest.mark.parametrize("question, verdict", [
    # 深圳 第十条: without the owner's consent the contractor may not publish its systems on the internet
    ("深圳的承建单位要把生产系统放到互联网上，需要建设单位同意吗", "yes"),
    ("Shenzhen: does a contractor need the owner's consent before publishing the demo system online?", "yes"),
    ("深圳承建单位没征得建设单位同意，就把演示系统放到互联网上，行吗", "no"),   # the consent missing
    ("钟楼区没有经过立项审批的项目能招标吗", "no"),                          # 第十八条, the approval missing
])
def test_the_consent_a_prohibition_waits_for(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


@pytest.mark.parametrize("question, verdict", [
    ("文登的系统验收没通过，是不是也不能投入使用", "yes"),          # 第三十四条: confirmed
    ("钟楼区还没立项的项目不能招标，对吧", "yes"),                 # 第十八条
    ("钟楼区还没立项的项目能招标吗", "no"),                        # asked as may-I: not allowed
])
def test_a_prohibition_asked_to_be_confirmed(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict
