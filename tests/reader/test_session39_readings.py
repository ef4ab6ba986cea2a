"""Readings from the thirty-ninth session (issue 8), each with a look-alike that must keep its answer. The questions
are the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding, first_verdict, verdicts

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _findings(text):
    return get_kb().ask(text)["findings"]


def _answer(text):
    return get_kb().ask(text)["answer"]


@pytest.mark.parametrize("text, day", [
    ("深圳项目第三季度的季报应于何日前报送？", "2026-10-08"),                       # 10-05 in the National Day holiday
    ("深圳市直项目，合同于2026年11月27日签订，质量监督登记应于何日前完成？", "2026-12-04"),
    ("深圳项目合同11月27日签的，质量监督登记哪天前要办完", "2026-12-04"),
])
def test_by_what_day_asked_in_the_formal_and_plain_words(text, day):
    """何日前 / 哪天前 ask the last day, as 最晚哪天 does."""
    assert day in _answer(text)


@pytest.mark.parametrize("text, day", [
    ("钟楼区项目初验8月15日结束的，何时可以申请终验？", "最早2026-11-15"),
    ("钟楼区项目初验8月15日结束的，什么时候可以申请终验？", "最早2026-11-15"),
    ("Zhonglou: initial acceptance finished on Aug 15. When can we apply for final acceptance?", "from 2026-11-15"),
])
def test_when_a_step_may_start_gives_its_first_day(text, day):
    """A step with a first day and no last day, asked when: its first day, not the yearly days of other rules."""
    answer = _answer(text)
    assert day in answer
    assert "2026-09-30" not in answer and "2026-11-30" not in answer   # (钟楼's yearly plan and self-evaluation)


def test_a_last_day_asked_of_a_step_with_only_a_first_is_not_itsfirst_finding():
    """最晚什么时候申请终验: no last day is set, so no first day is given as one."""
    assert "最早2026-11-15" not in _answer("钟楼区项目初验8月15日结束的，最晚什么时候申请终验？")


@pytest.mark.parametrize("text, jid", [
    ("How long does the Yunfu data bureau have to complete its initial check (初核) of a project application?", "yunfu"),
    ("Yunfu: once we submit our project application to the data bureau, how long in working days is its 初核 (preliminary check)?", "yunfu"),
    ("Yunfu: after we submit a specialized service project for approval, how long does the data bureau's initial check take", "yunfu"),
    ("Wendeng: how long after final acceptance is the post-evaluation (后评价) carried out?", "wendeng"),
])
def test_english_with_a_glossed_term_is_measured_in_english(text, jid):
    """A length asked in English, with the Chinese term glossed beside it, of a step the text names without one: silent
    (the bureau's yearly plan date, "by 30 November each year", is no length of its check)."""
    assert first_verdict(text, jid) == "not_specified"


@pytest.mark.parametrize("text, jid, verdict", [
    # the text gives the length: a Chinese sum glossed in English is no term to drop
    ("Shenzhen municipal project, contract value 三百二十万 (3.2 million yuan). Within how many working days after signing must we "
     "finish quality supervision registration?", "shenzhen", "info"),
    ("Zhonglou: within how many days after the trial run (试运行) ends must the initial acceptance (初验) be organised?", "zhonglou", "info"),
])
def test_english_with_a_glossed_term_still_finds_a_length_given(text, jid, verdict):
    assert verdict in verdicts(text, jid)


@pytest.mark.parametrize("text, topic, verdict", [
    # a step named again after a narrower topic that holds its word (监理费…请监理): the step asked leads
    ("钟楼区这边一个45万的政务小程序，监理费又要好几万，这种规模到底是不是必须请监理？", "supervision", "yes"),
    ("钟楼区45万的项目，监理费一般多少？", "supervision_fee", "not_specified"),
])
def test_a_word_said_again_outside_a_longer_term(text, topic, verdict):
    first = first_finding(text, "zhonglou")
    assert (first["topic"], first["verdict"]) == (topic, verdict)


@pytest.mark.parametrize("text, verdict", [
    ("钟楼区的系统因为要做数据共享得改造对接，承建方能不能就这部分单独再报个项目要钱？", "no"),
    ("钟楼区的系统因为数据共享要改造对接，这部分费用能单独立项申请资金吗？", "no"),
    ("钟楼区系统因为数据共享产生的改造对接费用，算在维保经费里可以吗？", "yes"),
])
def test_money_asked_apart_for_a_cost_the_text_counts_in_a_budget(text, verdict):
    first = first_finding(text, "zhonglou")
    assert first["verdict"] == verdict and first["citations"][0]["article"] == "第三十七条"


@pytest.mark.parametrize("text, verdict", [
    ("钟楼区临时新增的项目，提交的材料里要不要有网信办的审核意见？", "yes"),
    ("网信办问：钟楼区临时新增的项目，提交的材料里要不要有我们网信办的审核意见？", "yes"),
])
def test_an_item_of_a_list_handed_in(text, verdict):
    """提交相关会议纪要、申报材料、网信办审核意见等依据文件: a list handed in names its items."""
    first = first_finding(text, "zhonglou")
    assert (first["topic"], first["verdict"]) == ("listed", verdict)


def test_another_bodys_opinion_is_not_the_one_listed():
    assert all(f["topic"] != "listed" for f in _findings("钟楼区临时新增的项目，提交的材料里要不要有财政局的审核意见？"))


@pytest.mark.parametrize("text, jid, verdict", [
    ("云浮市直单位的专业软件项目，应用软件开发那块是62万，整个项目140万。能不能把第三方测试省了？", "yunfu", "no"),
    ("云浮市直单位项目，应用软件开发62万，能不能把第三方测试砍掉？", "yunfu", "no"),
    ("钟楼区40万的项目，能不能把监理去掉？", "zhonglou", "no"),
    ("钟楼区20万的项目，能不能把监理去掉？", "zhonglou", "yes"),
])
def test_a_step_taken_out_with_ba(text, jid, verdict):
    """把…省了/砍掉/去掉 leaves the step out, as 能不能不做 does."""
    assert first_finding(text, jid)["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    # the vendor's claim told before the question, with a negation in it (说不做验收过不了), is not what is asked
    ("钟楼区一个120万的软件开发项目。承建方说必须请第三方机构做软件测评，还单独报了一笔测评费，说不做验收过不了。"
     "规定里这个软件测评是强制的吗？感觉被坑了", "no"),
    # the look-alike: the vendor's proposal asked by a tag is the asker's question (leave to go without: yes)
    ("钟楼区一个120万的软件开发项目。承建方说不做软件测评了，行吗？", "yes"),
])
def test_a_negation_in_what_another_said_before_the_question(text, verdict):
    first = first_finding(text, "zhonglou")
    assert (first["topic"], first["verdict"]) == ("third_party_testing", verdict)


@pytest.mark.parametrize("text, verdict", [
    ("We're the vendor on a Longgang district project (custom software, contract 3.2 million yuan). Can we write into the "
     "contract that our company keeps ownership of the source code?", "no"),
    ("我们是中标公司，龙岗的定制软件项目，源代码能不能归我们所有？", "no"),
    # the look-alike: the owner's own "we"
    ("龙岗的定制软件项目，源代码能不能归我们所有？", "yes"),
])
def test_we_of_an_asker_speaking_as_the_vendor(text, verdict):
    assert first_finding(text, "longgang")["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("深圳这边质量监督登记是监理单位去办的吧？", "no"),
    ("深圳的质量监督登记由监理单位办理吗？", "no"),
    ("深圳的质量监督登记是建设单位去办的吧？", "yes"),
])
def test_who_does_a_registration(text, verdict):
    """建设单位应在项目合同签订后（对于…的合同，以备案通过为准）5个工作日内完成质量监督登记: the comma in the aside ends no clause."""
    first = first_finding(text, "shenzhen")
    assert (first["topic"], first["verdict"]) == ("actor", verdict)


@pytest.mark.parametrize("text, verdict", [
    ("In Longgang the third-party acceptance testing is done before the contract initial acceptance, right?", "no"),
    ("龙岗的第三方验收测评是在合同初步验收之前做的吧？", "no"),
    ("龙岗能不能在合同初步验收之前开始试运行？", "no"),
    ("龙岗能不能在合同初步验收之前就投入试运行？", "no"),
    # the look-alike: the text's own order
    ("In Longgang the third-party acceptance testing is done after the contract initial acceptance, right?", "yes"),
])
def test_an_order_believed_or_proposed(text, verdict):
    assert first_finding(text, "longgang")["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("I'm with the Longgang development and reform bureau. A new proposal has total investment of 12 million yuan. Can it go "
     "straight to the data bureau review without a special meeting chaired by the district leader in charge?", "no"),
    ("I'm with the Longgang development and reform bureau. A new proposal has total investment of 8 million yuan. Can it go "
     "straight to the data bureau review without a special meeting chaired by the district leader in charge?", "yes"),
])
def test_a_new_proposal_is_a_new_initiative(text, verdict):
    assert next(f["verdict"] for f in _findings(text) if f["topic"] == "special_meeting") == verdict


@pytest.mark.parametrize("text, day", [
    ("Zhonglou: a unit plans to take a system out of service on January 20, 2027. By when must it upload the decommissioning "
     "explanation to the platform?", "2026-12-21"),
    ("Zhonglou: we will put the old system out of use on January 20, 2027. By when must we report it on the platform?", "2026-12-21"),
])
def test_a_system_taken_out_of_service(text, day):
    assert day in _answer(text)


@pytest.mark.parametrize("text, verdict", [
    ("My boss asked me if our Zhonglou project of 350k yuan needs a supervisor. What should I tell him?", "yes"),
    ("My boss asked me if our Zhonglou project of 250k yuan needs a supervisor. What should I tell him?", "no"),
])
def test_a_whether_passed_on(text, verdict):
    first = first_finding(text, "zhonglou")
    assert (first["topic"], first["verdict"]) == ("supervision", verdict)


def test_a_what_passed_on_stays_a_what():
    assert first_finding("My boss asked me what documents the Zhonglou final acceptance needs. What do I tell him?", "zhonglou")["verdict"] == "info"


@pytest.mark.parametrize("text, verdict", [
    ("Longgang: contract price 2,000,000 yuan, cumulative changes 300,000. The vendor says design, supervision and contractor "
     "signing off is enough. Can we just go ahead and implement the changes on that basis?", "no"),
    ("Longgang: contract price 2,000,000 yuan, cumulative changes 150,000. The vendor says design, supervision and contractor "
     "signing off is enough. Can we just go ahead and implement the changes on that basis?", "yes"),
])
def test_signing_off_said_enough(text, verdict):
    assert first_finding(text, "longgang")["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("文登项目不接入市数据共享开放平台，能通过验收吗？", "no"),
    ("文登项目不接市数据共享开放平台，能通过验收吗？", "no"),
    ("文登项目数据不共享，能通过验收吗？", "no"),
    ("文登，项目数据业务科室不想接市数据共享开放平台，说涉及隐私（其实也不涉密）。这样还能通过验收吗？", "no"),
    # the look-alikes: the connection made; the secrecy the text excepts given as the reason
    ("文登项目数据已经接入市数据共享开放平台，能通过验收吗？", "yes"),
])
def test_a_connection_left_out_before_acceptance(text, verdict):
    assert next(f["verdict"] for f in _findings(text) if f["topic"] == "acceptance") == verdict


def test_secrecy_given_as_the_reason_for_not_sharing():
    verdicts = {f["verdict"] for f in _findings("文登区，我们这个项目因为涉密，系统没法跟其他系统互联互通，数据也不共享，这样照常申请竣工验收能合格吧？")
                if f["jurisdiction"] == "wendeng"}
    assert verdicts & {"yes", "conditional"}


@pytest.mark.parametrize("text, verdict", [
    ("Longgang: the contract amount is between 8 million and 12 million yuan. Will we need an expert meeting for the 合同初步验收?", "conditional"),
    ("Longgang: the contract amount is 12 million yuan. Will we need an expert meeting for the 合同初步验收?", "yes"),
    ("Longgang: the contract amount is 6 million yuan. Will we need an expert meeting for the 合同初步验收?", "no"),
])
def test_a_narrower_step_named_across_two_languages(text, verdict):
    """"an expert meeting for the 合同初步验收": the expert initial acceptance, its step named in Chinese."""
    first = first_finding(text, "longgang")
    assert (first["topic"], first["verdict"]) == ("expert_initial_acceptance", verdict)


def test_the_review_conclusion_on_the_final_accounts_in_english():
    text = ("From the finance side in Longgang: the review conclusion on a project's 竣工决算报告 came out last Friday and there "
            "is leftover construction money. By when must it be handed back?")
    assert "2027-01-18" in _answer(text)   # 2026-12-04 + 30 working days (2027-01-01 off)


@pytest.mark.parametrize("text, verdict", [
    ("云浮市级项目验收是不是开个专家评审会就完事了？领导想简单点", "no"),
    ("云浮市级项目验收只开个专家评审会就行吗？", "no"),
    ("云浮项目验收做个第三方验收测评就行了吧", "no"),
])
def test_one_thing_of_a_list_said_to_be_enough(text, verdict):
    """项目验收包括第三方验收测评、信息安全测评和专家评审等: one of them is not all of it."""
    first = first_finding(text, "yunfu")
    assert (first["topic"], first["verdict"]) == ("only_listed", verdict)


def test_a_step_done_by_oneself_is_no_list():
    assert first_finding("钟楼项目初验我们自己做就行吧？", "zhonglou")["topic"] != "only_listed"


@pytest.mark.parametrize("text, topic", [
    ("Should the 监理 fee for a Yunfu project be counted in the total project investment?", "supervision_fee"),
    ("Yunfu: who pays the 监理 fees?", "supervision_fee"),
    ("Yunfu: does a 100万 project need 监理?", "supervision"),
])
def test_a_narrower_term_with_its_step_in_chinese(text, topic):
    assert first_finding(text, "yunfu")["topic"] == topic


@pytest.mark.parametrize("text, verdict", [
    ("文登的项目，密码保障系统是不是要跟项目同步规划、同步建设？预算紧，本来想后面再补", "yes"),
    ("文登的项目，密码保障系统本来想后面再补，可以吗？", "no"),
])
def test_what_was_meant_once_after_the_question(text, verdict):
    assert first_finding(text, "wendeng")["verdict"] == verdict


@pytest.mark.parametrize("text, jid, article", [
    # a step told done, asking nothing: what comes next, as 接下来呢 has it
    ("钟楼区的初验做完了。", "zhonglou", "第二十八条"),
    ("钟楼区的初验结果已经传到平台上了，接下来呢", "zhonglou", "第二十八条"),
    ("Zhonglou: our initial acceptance is done.", "zhonglou", "第二十八条"),
    ("Shenzhen: our quality supervision registration (质量监督登记) is done.", "shenzhen", "第十七条"),
    ("Wendeng: all construction on our project is finished.", "wendeng", "第三十五条"),
    ("文登的项目建设全部完成了。", "wendeng", "第三十五条"),
])
def test_a_step_told_done_is_followed_by_the_next(text, jid, article):
    first = first_finding(text, jid)
    assert first["topic"] == "next_step" and article in [c["article"] for c in first["citations"]]


def test_the_work_next_and_the_filing_that_recurs_meanwhile():
    """深圳 质量监督登记完成后: the work goes on, and the quarterly data fall due each quarter meanwhile."""
    cited = [c["article"] for c in first_finding("深圳市直项目，质监登记做完了，接下来干嘛", "shenzhen")["citations"]]
    assert cited[0] == "第十条" and "第十七条" in cited


def test_a_step_asked_whether_done_is_no_statement():
    assert first_finding("钟楼区的初验做完了吗？", "zhonglou")["topic"] != "next_step"


@pytest.mark.parametrize("text", [
    "Yunfu: for acceptance, is an expert review meeting all we need?",
    "Yunfu: would a third-party acceptance test alone be enough for the acceptance?",
])
def test_one_thing_said_to_be_enough_in_english(text):
    first = first_finding(text, "yunfu")
    assert (first["topic"], first["verdict"]) == ("only_listed", "no")


def test_a_filing_to_a_body_named_in_chinese_in_english():
    """"filed with the 市政务服务数据管理局": the body it goes to is no topic of its own; the step's silence is answered."""
    first = first_finding("Yunfu: after acceptance, within how many days must the acceptance report be filed with the 市政务服务数据管理局?", "yunfu")
    assert first["verdict"] == "not_specified" and any("验收报告" in c["quote"] for c in first["citations"])


@pytest.mark.parametrize("text, jid, verdict", [
    # what the vendor said before the question, with its negations and leave words, is not what is asked
    ("承建方说文登项目不用试运行也能验收，说等不了三个月。规定里试运行是必须的吗？", "wendeng", "yes"),
    ("承建方说龙岗项目源代码不交也能竣工验收。规定里源代码移交是强制的吗？", "longgang", "yes"),
    ("承建方说钟楼区20万的项目也必须请监理，不请验收过不了。规定里监理是强制的吗？", "zhonglou", "no"),
    # the look-alike: a tag that asks of what was said
    ("承建方说龙岗项目不做上线安全测试也能上线，这样行吗？", "longgang", "no"),
])
def test_what_the_vendor_said_before_the_question(text, jid, verdict):
    assert first_finding(text, jid)["verdict"] == verdict


@pytest.mark.parametrize("text, jid, verdict", [
    ("龙岗项目的第三方验收测评是承建单位去请的吧？", "longgang", "no"),
    ("龙岗项目的第三方验收测评是建设单位去请的吧？", "longgang", "yes"),
    ("文登项目的初步核验是区大数据中心做的吧？", "wendeng", "no"),
    ("深圳项目监理总结报告是承建单位写的吧？", "shenzhen", "no"),
    ("深圳项目监理总结报告是监理单位写的吧？", "shenzhen", "yes"),
])
def test_who_hires_does_or_writes(text, jid, verdict):
    first = first_finding(text, jid)
    assert (first["topic"], first["verdict"]) == ("actor", verdict)


@pytest.mark.parametrize("text, jid, verdict", [
    ("深圳项目设计符合性评价意见是在合同验收之后出的吧？", "shenzhen", "no"),
    ("深圳项目设计符合性评价意见是在合同验收之前出的吧？", "shenzhen", "yes"),
    ("Longgang: the source code handover is reviewed after the completion acceptance, right?", "longgang", "no"),
])
def test_an_order_believed_with_a_step_said_after(text, jid, verdict):
    assert first_finding(text, jid)["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("云浮项目要同步编制政务数据共享资源目录吗？原本想上线后再编", "yes"),
    ("云浮项目的数据共享资源目录能不能上线后再编？", "no"),
])
def test_a_plan_meant_once_after_the_question(text, verdict):
    assert first_finding(text, "yunfu")["verdict"] == verdict


def test_the_money_of_a_cost_asked_apart():
    first = first_finding("钟楼区数据共享对接的钱，能不能另外报个项目申请？", "zhonglou")
    assert first["verdict"] == "no" and first["citations"][0]["article"] == "第三十七条"


def test_a_day_told_is_no_topic():
    """审核结论2026年11月30日出具: 云浮's 11月30日 plan day is no topic of a Longgang question."""
    assert all(f["topic"] != "annual_plan" for f in _findings("龙岗项目竣工决算审核结论2026年11月30日出具，结余资金何日前上缴？"))


def test_a_window_day_gone_by_is_said_to_have_passed():
    answer = _answer("钟楼区系统准备2026年12月20日停用，停用说明何日前上报？")
    assert "2026-11-20" in answer and "该日已过" in answer


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼区验收是不是交个初验报告就行了？", "zhonglou", "no"),    # 第三十条 lists many documents
    ("钟楼区项目调整资金不到概算8%，我们单位自己签字就可以调整吧？", "zhonglou", "no"),   # the panel approves
    ("云浮项目数据不纳入全市政务数据资源管理，能验收吗？", "yunfu", "no"),
    ("云浮项目数据已纳入全市政务数据资源管理，能验收吗？", "yunfu", "yes"),
    ("我们是承建单位，龙岗项目产生的数据能归我们公司吗？", "longgang", "no"),
    ("龙岗项目产生的数据能归我们单位吗？", "longgang", "yes"),
    ("Longgang: our changes add up to 15% of the contract price. Design, supervision and the vendor all signed off, so we "
     "can go ahead, right?", "longgang", "no"),
    ("Longgang: our changes add up to 5% of the contract price. Design, supervision and the vendor all signed off, so we "
     "can go ahead, right?", "longgang", "yes"),
])
def test_more_of_the_reviews_wordings(text, jid, verdict):
    assert first_finding(text, jid)["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [
    ("Wendeng: our project is classified (涉密), so its data won't be shared. Can it still pass acceptance?", "yes"),
    ("Wendeng: our data won't be shared. Can we still pass acceptance?", "no"),
])
def test_data_not_shared_in_english_with_the_secrecy_excepted(text, verdict):
    assert first_finding(text, "wendeng")["verdict"] == verdict


def test_what_another_said_goes_on_with_the_same_speaker():
    """有人说…，还说…: the clause that goes on with 还说 is still what was said; the asker's own clause is not."""
    from knowledge.reader.form import reported_spans
    text = "有人说不用请监理，还说不做验收也能过。钟楼40万的项目到底要不要监理？"
    assert [text[a:b] for a, b in reported_spans(text)] == ["有人说不用请监理，还说不做验收也能过"]
    own = "有人说不用请监理，我们项目40万，到底要不要监理？"
    assert [own[a:b] for a, b in reported_spans(own)] == ["有人说不用请监理"]
