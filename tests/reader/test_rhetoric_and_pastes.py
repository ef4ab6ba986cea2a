"""Readings from the thirty-sixth session (issue 8), each with a look-alike that must keep its answer.

Rhetorical frames said plainly before the question is read (``knowledge.reader.rhetoric``): 难道…吗 asks the literal
question, 不是说…吗 / 难道不是… / 不是…吗 state a belief to be confirmed, 何必… / 不至于…吧 believe a step not needed,
还用得着…吗 asks whether it is, "you're telling me …?" / "isn't it true that …" / "surely …?" ask whether it is so;
难道没说… (whether the text says) is read as it is. Two negations with 吧 believe a duty (初验不能不做吧), where 不能不做吗
asks leave to skip it. An English statement turned round by its tag ("… doesn't need any qualification, does it?")
is a belief. Implementing before approval (先实施后立项, "start implementing before the project is approved") is an
order asked. The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.rhetoric import plain


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")


def _lead(question, jid=None):
    """The question's first finding, of ``jid`` when given."""
    return next(f for f in get_kb().ask(question)["findings"] if jid is None or f["jurisdiction"] == jid)


@pytest.mark.parametrize("said, meant", [
    ("难道钟楼区40万的项目也得请监理吗", "钟楼区40万的项目也得请监理吗"),
    ("试运行不是说至少三个月吗", "试运行至少三个月吧"),
    ("那个备案期限难道不是从合同签订之日起算", "那个备案期限是从合同签订之日起算吧"),
    ("初验，不是建设单位自己组织吗", "初验，是建设单位自己组织吧"),
    ("验收的时候何必再请第三方测评", "验收的时候不必请第三方测评吧"),
    ("四十万的项目不至于要做可研吧", "四十万的项目不用做可研吧"),
    ("这种小项目还用得着专家评审吗", "这种小项目还要专家评审吗"),
    ("you're telling me the supervisor has to sign the acceptance report too?", "the supervisor has to sign the acceptance report too, right?"),
    ("Isn't it true that archives go to the district archive office?", "archives go to the district archive office, right?"),
    ("Wendeng. Surely a 20k purchase skips the expert review?", "Wendeng. a 20k purchase skips the expert review, right?"),
    # left as they are: whether the text says; A-not-A; a question with no frame
    ("试运行难道没规定要多久", "试运行难道没规定要多久"),
    ("是不是要监理", "是不是要监理"),
    ("监理是不是50万以上才要", "监理是不是50万以上才要"),
    ("谁说了算，区大数据中心吗", "谁说了算，区大数据中心吗"),
])
def test_rhetorical_frames_said_plainly(said, meant):
    assert plain(said) == meant


@pytest.mark.parametrize("question, jid, verdict", [
    # a step believed not needed, by a rhetorical frame: answered on the belief
    ("钟楼区60万的系统，不至于还要请监理吧", "zhonglou", "no"),
    ("钟楼区20万的系统，不至于还要请监理吧", "zhonglou", "yes"),
    ("钟楼区60万的系统何必请监理", "zhonglou", "no"),
    # the literal question inside 难道…吗
    ("难道钟楼区60万的项目也得请监理吗", "zhonglou", "yes"),
    ("难道钟楼区20万的项目也得请监理吗", "zhonglou", "no"),
    # two negations believe a duty; 不能不…吗 asks leave to skip it
    ("文登区的项目，初验总不能不做吧", "wendeng", "yes"),
    ("文登区的项目，初验不能不做吗", "wendeng", "no"),
    # an English statement turned round by its tag
    ("Yunfu: our supervision firm doesn't need any sector qualification, does it?", "yunfu", "no"),
    ("Yunfu: our supervision firm needs a sector qualification, doesn't it?", "yunfu", "yes"),
    # implementing before approval
    ("龙岗区的项目可不可以先实施后立项", "longgang", "no"),
    # a minimum believed of the text, with a party named, is what the text sets (silent here); an offer is the party's own
    ("钟楼区项目，承建商的质保期最少两年吧", "zhonglou", "not_specified"),
    ("钟楼区项目，承建商承诺质保期至少两年，可以吧", "zhonglou", "yes"),
    # a duty someone said is not needed, then "That's fine, right?": leave to go without it
    ("Longgang project in trial run. The contractor says their self-test report will do for final acceptance and there is no need to hire an outside testing organisation at all. That's fine, right?", "longgang", "no"),
    ("Longgang project in trial run. The contractor says we hire an outside testing organisation. That's fine, right?", "longgang", "yes"),
    # a step done before another, said with 在…之前, after a space-typed clause
    ("龙岗 上线安全测试 打算在合同终验前就申请 行不", "longgang", "no"),
    ("龙岗区 第三方验收测评准备在合同终验之前做完，可以吧", "longgang", "yes"),
    # what someone said ends with its sentence: the asker's own sentence after it is read (档案没提交)
    ("龙岗区的项目，承建方说验收完再补。档案没提交，项目验收能通过吗？", "longgang", "no"),
    ("龙岗区的项目，承建单位催着要验收。档案已经提交了，项目验收能通过吗？", "longgang", "yes"),
    # a step not done, told in the sentence before the question
    ("龙岗区的项目，项目档案还没提交。\n项目验收能通过吗？", "longgang", "no"),
    ("Wendeng project. Our data resource catalog never made it into the sharing platform's catalog system. Can the project pass completion acceptance?", "wendeng", "no"),
    # a filing put off "later, together with" a later stage's papers
    ("Wendeng: we signed the procurement contract on Monday. Can we file the contract text with the big data center later, together with the acceptance documents?", "wendeng", "no"),
    # the day of each quarter a recurring filing is believed due by, against the text's (每季度首月5日前)
    ("深圳市直项目，监理文档和质量季报是每个季度第一个月8号前交吧", "shenzhen", "no"),
    ("深圳市直项目，监理文档和质量季报是每季度首月5号前交吧", "shenzhen", "yes"),
    ("Shenzhen municipal: the supervision documents go in by the 15th of each quarter's first month, right?", "shenzhen", "no"),
    # a day planned is in time up to the text's
    ("深圳市直项目，我们打算每季度首月2号前把质量季报传上去，行吧", "shenzhen", "yes"),
    # an absence believed ("there's no …, is there?"): no where the text has it
    ("Zhonglou 20w project: there's no supervision requirement for us, is there?", "zhonglou", "yes"),
    ("Zhonglou 50w project: there's no supervision requirement for us, is there?", "zhonglou", "no"),
    # being outside the measures, believed in English ("we're out of scope", "exempt")
    ("Longgang: the budget is exactly 500k yuan, so we're exempt from the measures, right?", "longgang", "no"),
    ("Longgang: the budget is exactly 500k yuan. Our project is covered by the measures, right?", "longgang", "yes"),
    # the liability itself asked, with what it is for
    ("Shenzhen: the vendor's PM says the subcontractor's cabling is not their problem. Is the general contractor still liable for the subcontractor's part?", "shenzhen", "yes"),
    # a month of next year a step is put off to is that month, not next year's first day
    ("龙岗，竣工决算审核结论昨天出来了，有结余，上缴手续想拖到明年4月再办，可以吗", "longgang", "no"),
    ("龙岗，竣工决算审核结论昨天出来了，有结余，上缴手续下周就办，可以吗", "longgang", "yes"),
    # the step named after the verb that follows 在…之前
    ("文登区的项目，我们打算在初验之前就申请竣工验收，可以吗", "wendeng", "no"),
    ("文登区的项目，我们打算在初验通过之后再申请竣工验收，可以吗", "wendeng", "yes"),
    # a recurring filing believed monthly that is due each quarter
    ("深圳市直的项目，质量季报是每月10号前报吧", "shenzhen", "no"),
])
def test_the_lead_verdict(question, jid, verdict):
    assert _lead(question, jid)["verdict"] == verdict


@pytest.mark.parametrize("question, jid, due", [
    ("Longgang: the contract was signed on Christmas Eve. What's the last day to file the contract copy with the district info dept?", "longgang", "2027-01-08"),
    ("Longgang: the contract was signed on Christmas Day. What's the last day to file the contract copy with the district info dept?", "longgang", "2027-01-11"),
    # the Chinese name of a document sent, in an English sentence; the day said before "after <another event>" dates the first
    ("Wendeng: we handed in the 项目验收申请函 to the big data center last Friday after the initial check passed. By when must they organise the acceptance?", "wendeng", "2026-12-11"),
    ("Wendeng: our initial check passed last Friday. We will send the acceptance application letter next Monday. By when must the big data center organise the acceptance?", "wendeng", "2026-12-14"),
])
def test_the_day_counted_is_said(question, jid, due):
    assert due in _lead(question, jid)["summary"]


@pytest.mark.parametrize("question, jid, verdict, said", [
    # a time limit believed for a step whose event the question dates: judged, with the day counted
    ("深圳市直，合同上周一签的，质量监督登记不是说有15个工作日吗", "shenzhen", "no", "2026-11-30"),
    ("深圳市直，合同上周一签的，质量监督登记是5个工作日内吧", "shenzhen", "yes", "2026-11-30"),
    ("龙岗，合同这周一签的，中标通知书和合同复印件两个月内报备就行吧", "longgang", "no", "2026-12-14"),
    # time gone by is no limit: 试运行有两个月了
    ("文登区的项目，试运行有两个月了，可以申请竣工验收了吧", "wendeng", "no", None),
])
def test_a_limit_believed_for_a_dated_step(question, jid, verdict, said):
    lead = _lead(question, jid)
    assert lead["verdict"] == verdict
    if said:
        assert said in lead["summary"]


def test_the_askers_own_unit_elsewhere_in_english():
    lead = _lead("I work for a Hangzhou district bureau. Zhonglou's rules say 30w+ needs a supervisor. Does that apply to us?", "zhonglou")
    assert lead["verdict"] == "not_applicable"
    # a covered unit of the asker's own keeps its verdict
    assert _lead("I work for a Zhonglou district bureau. Our project is 50w. Do we need a supervisor?", "zhonglou")["verdict"] == "yes"


def test_a_change_figure_named_before_a_remark_in_brackets():
    lead = _lead("Longgang: the contract is 5M. Our variations so far (all for compatibility fixes, inside the approved estimate) total about 620k. "
                 "Does the district IT authority have to review them now?", "longgang")
    assert lead["verdict"] == "yes" and lead["topic"] in ("change_limit", "changes")


def test_an_english_message_with_chinese_terms_is_read_as_english():
    from knowledge.reader.form import mostly_english
    assert mostly_english("budget is exactly RMB 500,000 (五十万整), so we can skip the 初设 review. We're exempt, right?")
    assert not mostly_english("龙岗区的项目，预算50万，初设评审可以skip吗")
    lead = _lead("Longgang here, budget exactly RMB 500,000 (五十万整). A colleague says we can skip the 初设 review as we're out of scope. "
                 "We're exempt, right?", "longgang")
    assert lead["topic"] == "scope" and lead["verdict"] == "no"


@pytest.mark.parametrize("question, word", [
    # a duty believed absent is said as needed or not; leave asked stays leave
    ("钟楼区50万的项目应该不用请监理吧", "监理：需要"),
    ("钟楼区20万的项目不至于要请监理吧", "监理：不需要"),
    ("钟楼区50万的项目可以不请监理吗", "监理：不可以"),
])
def test_a_duty_believed_absent_is_said_as_needed_or_not(question, word):
    assert word in get_kb().ask(question)["answer"]
