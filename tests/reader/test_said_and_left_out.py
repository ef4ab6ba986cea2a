"""Who proposes what: hearsay in its everyday forms proposes nothing (有同事讲…不用…，到底要不要), a party
of the project saying what it will leave out proposes it (承建单位说不拍照留影像了，写个日志就够了吧), a
limit the plan keeps to leaves nothing out (质保期写2年，不再多给了), and English says "we'd rather not"
(issue 8, items 2 and 8). Each question is answered through the whole pipeline."""
import pytest
from reader_answers import verdicts

from knowledge.reader.form import negated, unreported
from knowledge.reader.proposals import by_ourselves


@pytest.mark.parametrize("said", ["有同事讲", "别人说", "群里有人说", "朋友讲过", "I heard that", "A colleague said"])
def test_what_others_say_is_not_the_askers(said):
    text = said + "项目不用请第三方测评，到底要不要？"
    assert "不用请第三方" not in unreported(text)
    assert not by_ourselves(text)


def test_we_tell_a_colleague_is_our_own_word():
    assert "不用请第三方" in unreported("我跟同事说项目不用请第三方测评，对吗")


@pytest.mark.parametrize("question", [
    "有同事讲龙岗区的项目不用请第三方测评，试运行期间到底需不需要？",
    "别人说龙岗区的项目试运行时不用第三方测评，到底要不要",
])
def test_a_duty_asked_after_hearsay_keeps_its_yes(question):
    assert "yes" in verdicts(question, "longgang") and "no" not in verdicts(question, "longgang")


@pytest.mark.parametrize("question, jid", [
    ("深圳项目隐蔽工程布线，承建单位说不拍照留影像了，写个施工日志就够了吧", "shenzhen"),
    ("深圳的机房改造是隐蔽工程，施工方说有文字记录就行，不用拍照片了，这样够吗", "shenzhen"),
])
def test_a_party_dropping_a_duty_is_not_allowed(question, jid):
    assert "no" in verdicts(question, jid) and "yes" not in verdicts(question, jid)


@pytest.mark.parametrize("question", [
    "龙岗 合同里质保期只写2年，不再多给了，这样可以吧",
    "龙岗这边合同质保期我们约定2年，不往上加了，行吧",
])
def test_keeping_to_the_limit_leaves_nothing_out(question):
    assert verdicts(question, "longgang") == {"yes"}


@pytest.mark.parametrize("question, verdict", [
    ("Zhonglou district, a 250,000 yuan project: we'd rather not hire a supervision firm. Allowed?", "yes"),
    ("Zhonglou, 800,000 yuan project: we'd rather not hire a supervision firm. Is that OK?", "no"),
    ("Zhonglou project of 900,000 yuan, we don't want to hire a supervisor. Can we?", "no"),
])
def test_english_rather_not(question, verdict):
    assert negated(question)
    assert verdict in verdicts(question, "zhonglou")


@pytest.mark.parametrize("question", [
    "Can the winning bidder on a Zhonglou project subcontract part of the work to a company that has no qualifications?",
    "钟楼区项目的中标单位打算把部分工作分给没有资质的小公司做，可以吗",
])
def test_work_passed_to_an_unqualified_firm(question):
    assert "no" in verdicts(question, "zhonglou")


def test_a_second_contract_does_not_make_an_om_project():
    question = "Longgang: we'd like the warranty in the contract to be 1 year and cover the rest with a separate O&M contract. Allowed?"
    assert "not_applicable" not in verdicts(question, "longgang")
    assert "not_applicable" not in verdicts("龙岗 合同质保期写1年，剩下的另签运维合同，可以吗", "longgang")
    assert "not_applicable" in verdicts("Longgang: is an O&M contract covered by the measures?", "longgang")
