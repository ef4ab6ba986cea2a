"""Two steps in an order: proposed by a question, set by a regulation (knowledge/reader/sequence.py)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.sequence import proposed_steps, set_orders


@pytest.mark.parametrize("question, steps", [
    ("能否先实施再向主管部门报告？", ("实施", "向主管部门报告")),
    ("先上线、后补验收手续行不行", ("上线", "验收手续")),
    ("验收之后再补档案可以吗", ("验收", "档案")),
    ("We want to postpone the security test until after final acceptance. OK?", ("final acceptance", "the security test")),
    ("可以先开工吗", None),
    ("我们打算上线以后再补交验收材料", ("上线", "交验收材料")),              # 打算 is the asker's, not the step's
    ("能不能不等评审结论出来，直接先招标", ("招标", "评审结论")),          # the step not waited for comes after
    ("初验完就做等保测评，不等终验再做，行吗", ("初验完就做等保测评", "终验")),
    ("Could we carry on with the work and file the change request afterwards?", ("carry on with the work", "file the change request")),
    ("数据共享清单能不能等终验完再交", ("终验", "数据共享清单交")),             # the step after the delay word, with what it hands in
    ("档案可以项目上线之后再整理归档吗", ("项目上线", "整理归档")),
    ("Is it ok to finish the archive after go-live?", ("go-live", "the archive")),
    ("Can we get the security test done after the final acceptance?", ("the final acceptance", "the security test")),
    # 先X, with a wait told inside the later step: the thing that waits is the later step
    ("先把初验做了，测评报告等试运行完了再出", ("初验做了", "测评报告出")),
    ("能不能先开验收会，整改的事情往后再弄", ("开验收会", "整改的事情")),     # a vague verb: the step is named before it
    ("源代码我们打算竣工验收以后再上传", ("竣工验收", "源代码上传")),            # 我们打算 is the asker's
    ("建设内容要变，开工后再提变更申请还来得及吗", ("开工", "提变更申请")),      # 后再, the leave words left off
])
def test_the_order_a_question_proposes(question, steps):
    assert proposed_steps(question) == steps


def test_the_order_a_sentence_sets():
    # the review is kept with what comes first: 补报审核 is matched against it
    assert ("累计变更金额超过合同价10%时报区信息化主管部门审核", "实施") in set_orders("累计变更金额超过合同价10%时报区信息化主管部门审核后方可实施")
    assert ("完成系统试运行、系统自查、信息安全等级保护测评等工作", "项目建设单位应在项目验收") in \
        set_orders("项目建设单位应在项目验收前完成系统试运行、系统自查、信息安全等级保护测评等工作")
    assert set_orders("项目建设单位负责组织实施") == []


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区的项目，等保测评想放到验收以后再做，可以吗", "no"),       # the text puts it before acceptance
    ("文登的项目预算变了不少，能不能先开工再向大数据中心提书面申请？", "no"),
    ("钟楼区的项目，能不能先做等保测评再验收？", "yes"),            # the text's own order
    ("文登区项目预算要大调，准备开工以后再补交变更申请，可以吗", "no"),
    ("Longgang: changes now add up to 14% of the contract price. Can we continue implementing and send it for review later?", "no"),
    ("For a Zhonglou system, is it fine to wrap up the graded protection test after acceptance?", "no"),   # an English name of 等保
    ("龙岗 累计变更到合同价15%，先实施，回头再补报审核，行吗", "no"),       # 补报审核 is the review the text puts first
    ("龙岗区 想先开竣工验收会，源代码等验收完再传到开发云平台，行不行", "no"),   # 先…, with a wait inside
    ("龙岗先做初验，第三方测评等试运行期间再做，可以吗？", "yes"),                  # the text's own order, told with a wait
    ("龙岗先做合同终验，上线安全测试等终验完了再申请，可以吗？", "yes"),            # the wait is for the 先 step itself
])
def test_a_proposed_order_against_the_order_the_text_sets(question, verdict):
    found = get_kb().ask(question)["findings"]
    assert found[0]["verdict"] == verdict, found[0]


@pytest.mark.parametrize("question, steps", [
    ("监理总结能不能放在终验之前交", ("监理总结", "终验")),
    ("等保测评想放到验收以后再做", ("验收", "等保测评")),
])
def test_more_ways_of_proposing_an_order(question, steps):
    assert proposed_steps(question) == steps


def test_an_english_step_ahead_of_another():
    first, then = proposed_steps("Can we run the security test ahead of the final acceptance?")
    assert "security test" in first and "final acceptance" in then


def test_an_order_set_through_a_step_between():
    # 初验 → 试运行 (one sentence), 试运行过程中 → 第三方验收测评 (the next): the evaluation comes after 初验
    found = get_kb().ask("龙岗的项目，第三方验收测评可以挪到合同初验前面做吗")["findings"]
    assert found[0]["verdict"] == "no" and found[0]["citations"][0]["article"] == "第二十七条"


def test_a_broad_subject_is_no_common_step():
    """第三方验收测评 and 上线安全测试 are both 测试, but not the same step: doing the acceptance test
    during the trial run, not after the contract's final acceptance, is what the text asks."""
    found = get_kb().ask("龙岗，试运行期间就找测评机构做第三方验收测评，不用等终验以后，可以吗")["findings"]
    testing = next(f for f in found if f["topic"] == "third_party_testing")
    assert testing["verdict"] == "yes"


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区有个上级明确要求今年必须实施的临时项目，能不能先建起来，手续后补？", "no"),   # the exception's own steps skipped
    ("钟楼区有个上级明确要求今年必须实施的临时项目，能加进来吗？", "conditional"),         # allowed on its conditions
])
def test_an_exception_is_not_a_licence_to_skip_its_own_conditions(question, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["topic"] == "new_initiative"]
    assert found and found[0]["verdict"] == verdict


@pytest.mark.parametrize("question, start", [
    ("登记的期限是从合同签订那天开始算吗", "contract_signed"),
    ("Does the period run from the filing approval rather than the signing?", "contract_filed"),
    ("以采购中心备案通过为准吗", "contract_filed"),
    ("质量监督登记要在几天内完成", None),
])
def test_the_start_a_question_proposes(question, start):
    from knowledge.reader.events import proposed_start

    assert proposed_start(question) == start


@pytest.mark.parametrize("question, verdict", [
    ("深圳的合同在采购中心备案，质量监督登记是从合同签订那天开始算吗", "no"),     # a filed contract counts from the filing
    ("深圳的项目，质量监督登记的5个工作日从合同签订那天开始算，对吗", "yes"),
])
def test_a_proposed_start_against_the_texts(question, verdict):
    f = next(f for f in get_kb().ask(question)["findings"] if f["topic"] == "quality_registration")
    assert f["verdict"] == verdict


def test_only_then_can_is_no_may_question():
    # 要不要报审核后才能实施: 才能 is the rule's "only then", the question asks whether the review is needed
    f = next(f for f in get_kb().ask("龙岗 合同价800万，累计变更正好80万，要不要报区信息化主管部门审核后才能实施")["findings"]
             if f["topic"] == "change_limit")
    assert f["verdict"] == "no"


def test_a_filing_due_at_once_is_late_by_a_later_stage():
    # 文登: 签订正式采购合同要立即将合同文本报区大数据中心备案; waiting for the build to finish is not 立即
    f = next(f for f in get_kb().ask("文登 合同签好了，我们想等系统建完再一起把合同文本报过去备案")["findings"]
             if f["topic"] == "contract_filing")
    assert f["verdict"] == "no"


def test_a_step_put_off_until_a_later_stage():
    from knowledge.reader.events import put_off_until

    assert put_off_until("Can we delay registering the contract until after the initial acceptance?")[1] == "initial_acceptance_passed"
    assert put_off_until("合同备案能不能拖到项目完工以后")[1] == "final_acceptance_passed"
    assert put_off_until("合同备案要在几天内完成") is None
    # 等…再 with the step after the wait: the step is read from the clause that follows
    step, stage = put_off_until("采购合同签完了，打算等系统建完再把合同文本拿去备案")
    assert stage == "final_acceptance_passed" and "备案" in step
    assert put_off_until("开工令等资料齐了以后怎么报") is None        # 等 after a list is "etc."
    # a filing due within days of signing is late by the final acceptance
    f = next(f for f in get_kb().ask("Longgang: may we postpone sending the award notice and the contract copy to the district IT "
                                     "authority until the system has gone live?")["findings"] if f["topic"] == "contract_filing")
    assert f["verdict"] == "no"


def test_what_a_step_rests_on_comes_before_it():
    from knowledge.reader.sequence import set_orders

    assert set_orders("检测机构出具检测报告，作为项目验收的依据") == [("检测机构出具检测报告", "项目验收")]


def test_a_step_before_another_said_with_qian_alone():
    from knowledge.base import get_kb
    from knowledge.reader.sequence import proposed_steps

    assert proposed_steps("龙岗区合同终验前能先提上线安全测试申请吗") == ("提上线安全测试申请", "合同终验")
    # 龙岗 第二十八条: the security test is applied for after the final contract acceptance
    f = get_kb().ask("龙岗区合同终验前能先提上线安全测试申请吗")["findings"][0]
    assert f["verdict"] == "no" and "“合同终验”" in f["summary"]


@pytest.mark.parametrize("question, steps", [
    ("共享资源目录等立项批下来再编吧", ("立项", "共享资源目录编")),        # the thing named before 等
    ("等初验过了再交终验申请，可以吗", ("初验", "交终验申请")),
    ("等领导定了再说", None),                                            # 再说 decides nothing yet
    ("有没有必要等满两个月再报", None),                                   # a time waited, not a step
    ("方案、预算等材料交了以后呢", None),                                 # 等 of a list
])
def test_a_step_waited_for(question, steps):
    assert proposed_steps(question) == steps


def test_what_a_text_has_done_with_a_step_or_only_after_another():
    assert ("编制数据目录", "申报项目") in set_orders("申报项目时须同步编制数据目录")
    assert ("初步检查", "向中心申请正式验收") in set_orders("通过初步检查的项目方可向中心申请正式验收")
    # a parenthesis does not cut the sentence: 签订后（以备案为准，下同）5日内登记
    assert any(x.endswith("合同签订") for x, _ in set_orders("应在合同签订后（以备案通过为准，下同）5个工作日内完成登记"))


@pytest.mark.parametrize("question, verdict", [
    ("文登的项目，等初验做完了再去申请竣工验收，可以吧", "yes"),            # the text's own order
    ("云浮项目数据共享资源目录先不编，等立项批了再编，可以吗", "no"),        # the text has them done together
    ("龙岗项目想等竣工验收结束了再做第三方测评，可以吗", "no"),              # the text puts the test first
])
def test_a_step_waited_for_against_the_texts_order(question, verdict):
    jid = {"文登": "wendeng", "云浮": "yunfu", "龙岗": "longgang"}[question[:2]]
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found and {f["verdict"] for f in found} == {verdict}, found


def test_an_order_set_by_what_is_refused_until_a_step_is_done():
    assert ("提交档案或者档案验收不合格", "通过项目验收") in set_orders("未提交档案或者档案验收不合格的，不予通过项目验收")
    assert ("通过竣工验收", "投入正式运行") in set_orders("未通过竣工验收的信息系统不得投入正式运行")
    # the step made up for later named first, the 先 after its question
    assert proposed_steps("验收报告后补行吗？我们想先把系统上线") == ("系统上线", "验收报告")
    f = get_kb().ask("项目档案以后再补可以吗？龙岗的项目打算先把验收办了")["findings"][0]
    assert f["verdict"] == "no", f


def test_a_delay_with_no_event_named_counts_from_the_steps_own_event_taken_as_today():
    f = next(f for f in get_kb().ask("龙岗 中标通知书和合同复印件准备一个月以后再报区信息化主管部门备案")["findings"]
             if f["topic"] == "contract_filing")
    assert f["verdict"] == "no", f
