"""Readings from the thirty-fifth session (issue 8), each with a look-alike that must keep its answer: the day a
system is to be switched off, said in English ("will be retired on …", "what date is that for us") or as a date
followed by 下线/停用 (明年1月25号下线), counts the report due before it; Wendeng's own initial check told done
("passed our own initial check", 初步核验做完了) is followed by the acceptance application; a warranty said in months
after the number (18 months free maintenance, 免费维护期给18个月) is weighed against the years the text asks, and a
judgement tagged without a comma ("that's fine right") is a yes-or-no; "who leads" asks who does what; "is that on the
supervisor or the design firm" asks which of two bodies, not yes or no; a day planned with no year that is long gone
this year (元旦后1月4号交, "we plan to apply on Jan 4") is next year's, a day told done (1月4号交了) stays this year's;
a body believed to do a step, said as people say it (是区财政局批的吧, 统一采的吧, 大数据中心负责吧, 应该是监理出的吧, "is the
audit bureau's job, correct", "the 初验 is organised by the big data bureau isn't it"), is held against the body the
text names for that step, of the document named (可研报告的评审: the feasibility study's review, not the design's);
a consequence asked of a step missed (忘了登记会被怎么处理, "what penalty does the measures set for that") is silent
where the step's articles name nothing that follows a failure, and answered where they do (验收没通过会怎么样); an
English tag typed without its comma ("… is compulsory right"), "so no X needed right", "any way to skip X" and a
period said as "we've got like a month" are read as the yes-or-no they are; "does the rule say which agency must do it"
asks which, silent where the text names none; what a named body does (工信局和城运中心分别管啥, "what's the 区委网信办's
role") is answered with the text's sentences that have that body act; a body an English question says a filing goes to ("we file the contract with the finance bureau, right?") is held
against the one the text has it sent to; a particle and a space end a clause (…项目建议书吧 弄个建设方案就够了): the clause
it ends asks.
The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")


def _lead(question, jid=None):
    """The question's first finding, of ``jid`` when given."""
    return next(f for f in get_kb().ask(question)["findings"] if jid is None or f["jurisdiction"] == jid)


def _summary(question, jid):
    return _lead(question, jid)["summary"]


@pytest.mark.parametrize("question, day", [
    ("Zhonglou: the old system will be retired on 2027-01-20, when is the report due", "2026-12-21"),
    ("Zhonglou: our permit system goes offline on 1 March 2027. When do we need to report it?", "2027-01-30"),
    ("Zhonglou: the legacy portal goes offline on 2027-04-30 what do we submit and by when", "2027-03-31"),
    ("Zhonglou: switch-off planned for 20 January, what's the last day to report it", "2026-12-21"),
    ("Zhonglou: we switch off the legacy platform on Jan 20, 2027. which date must the report be in by", "2026-12-21"),
    ("钟楼区 旧系统明年1月25号下线 最晚哪天在平台上报", "2026-12-26"),
    ("钟楼区旧系统明年1月25日起停用，哪天之前要报", "2026-12-26"),
])
def test_the_report_due_before_a_system_is_switched_off(question, day):
    assert day in _summary(question, "zhonglou")


def test_a_switch_off_without_a_date_gets_the_rule_not_a_day():
    summary = _summary("钟楼区旧系统要下线，要提前多久报", "zhonglou")
    assert "30日" in summary and "2026-" not in summary


@pytest.mark.parametrize("question", [
    "Wendeng: we passed our own initial check yesterday. What do we submit next",
    "文登区初步核验昨天做完了，下一步交什么",
])
def test_the_next_step_after_wendengs_own_initial_check(question):
    lead = _lead(question)
    assert lead["topic"] == "next_step" and "第三十五条" in [c["article"] for c in lead["citations"]]


def test_an_initial_check_still_to_do_is_no_step_done():
    assert get_kb().ask("Wendeng: we will do our initial check next week. What do we submit next")["findings"][0]["topic"] != "next_step"


@pytest.mark.parametrize("question, verdict", [
    ("longgang: the contractor offers 18 months free maintenance, that's fine right", "no"),
    ("龙岗区 承建商说免费维护期给18个月 可以吗", "no"),
    ("龙岗区 合同约定30个月免费维保 行吗", "yes"),
    ("Longgang: the vendor gives 36 months of free support. ok?", "yes"),
])
def test_a_warranty_said_in_months(question, verdict):
    finding = _lead(question)
    assert (finding["verdict"], finding["citations"][0]["article"]) == (verdict, "第四十五条")


def test_a_judgement_stated_without_a_tag_is_not_asked():
    assert get_kb().ask("Longgang: the contract gives a 3 year warranty, that's fine. What else goes into it")["findings"][0]["verdict"] == "info"


def test_who_leads_asks_the_bodies_share():
    finding = get_kb().ask("Wendeng: who leads and coordinates Smart Wendeng project management overall?")["findings"][0]
    assert (finding["topic"], finding["verdict"], finding["citations"][0]["article"]) == ("responsibilities", "info", "第四条")


@pytest.mark.parametrize("question, verdict", [
    ("Shenzhen: the design conformity opinion before contract acceptance, is that on the supervisor or the design firm", "info"),
    ("Shenzhen: is the conformity opinion before contract acceptance issued by the design firm or the supervisor?", "info"),
    ("Shenzhen: must the design firm give a conformity opinion before contract acceptance?", "yes"),
])
def test_which_of_two_bodies_is_a_what_question(question, verdict):
    assert _lead(question)["verdict"] == verdict


@pytest.mark.parametrize("question, day", [
    ("文登 元旦后1月4号交验收申请函，大数据中心最晚哪天组织验收", "2027-01-11"),
    ("Wendeng: we plan to hand in the acceptance application on Jan 4. by when must the centre organise acceptance", "2027-01-11"),
    ("文登 1月4号交了验收申请函，大数据中心最晚哪天组织验收", "2026-01-09"),
])
def test_a_day_planned_long_gone_this_year_is_next_years(question, day):
    assert day in _summary(question, "wendeng")


@pytest.mark.parametrize("question, jid, verdict, body", [
    ("钟楼区项目立项审批应该是区财政局批的吧", "zhonglou", "no", "区发改局"),
    ("钟楼区项目立项审批是区发改局批的吧", "zhonglou", "yes", "区发改局"),
    ("文登区项目的预算评审是大数据中心负责的吧", "wendeng", "no", "区财政局"),
    ("文登区项目的预算评审应该是区财政局负责吧", "wendeng", "yes", "区财政局"),
    ("云浮市级专业类服务项目，采购是市政务服务数据管理局统一采的吧", "yunfu", "no", "市直各单位"),
    ("深圳市直项目合同验收前的设计符合性评价意见应该是监理出的吧", "shenzhen", "no", "设计单位"),
    ("Yunfu: auditing the city-level service projects is the finance bureau's job, correct", "yunfu", "no", "市审计局"),
    ("Yunfu: auditing the city-level service projects is the audit bureau's job, right?", "yunfu", "yes", "市审计局"),
    ("Zhonglou: the 初验 is organised by the big data bureau isn't it", "zhonglou", "no", "项目建设单位"),
    ("龙岗区 可研报告的评审是区信息化主管部门组织的吧", "longgang", "no", "区发改部门"),
    ("龙岗区 初步设计方案的评审是区信息化主管部门组织的吧", "longgang", "yes", "区信息化主管部门"),
])
def test_a_body_believed_to_do_a_step(question, jid, verdict, body):
    finding = _lead(question, jid)
    assert (finding["topic"], finding["verdict"]) == ("actor", verdict) and body in finding["summary"]


def test_a_step_not_taken_names_no_body_doing_it():
    # (单位或个人违反本办法规定未履行审批: nobody approves in that sentence)
    finding = get_kb().ask("钟楼区项目立项审批是区发改局批的吧")["findings"][0]
    assert [c["article"] for c in finding["citations"]] == ["第九条"]


@pytest.mark.parametrize("question, jid, article", [
    ("深圳市直项目合同签了三周才想起来做质量监督登记，会被怎么处理", "shenzhen", "第十六条"),
    ("Shenzhen municipal: we skipped one quarter's upload of the quality documents to the platform. what penalty is there", "shenzhen", "第十七条"),
    ("云浮 明年的信息化计划11月30号没报上去，会有什么后果", "yunfu", "立项·第1段"),
])
def test_a_consequence_the_text_does_not_name(question, jid, article):
    finding = _lead(question, jid)
    assert finding["verdict"] == "not_specified" and article in [c["article"] for c in finding["citations"]]


@pytest.mark.parametrize("question, jid", [
    ("文登区项目验收没通过会怎么样", "wendeng"),
    ("Wendeng: what happens if our system fails the completion acceptance?", "wendeng"),
])
def test_a_consequence_the_text_names(question, jid):
    finding = _lead(question, jid)
    assert finding["verdict"] == "info" and "第三十七条" in [c["article"] for c in finding["citations"]]


def test_how_a_document_is_handled_asks_no_consequence():
    finding = get_kb().ask("龙岗区项目档案怎么处理")["findings"][0]
    assert finding["verdict"] == "info"


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: 700k software project, third-party software testing is mandatory right", "zhonglou", "no"),
    ("Yunfu city-level: software development part is 300k, so no third-party testing needed right", "yunfu", "yes"),
    ("Yunfu city-level: software development part is 900k, so no third-party testing needed right", "yunfu", "no"),
    ("Longgang: 2 million project, any way to skip the third-party acceptance testing in the trial run", "longgang", "no"),
    ("Wendeng: contract signed on Monday, we have about a month to file it with the big data centre right", "wendeng", "no"),
])
def test_english_yes_or_no_forms_without_their_marks(question, jid, verdict):
    finding = _lead(question, jid)
    assert finding["verdict"] == verdict


def test_turn_right_is_no_tag():
    from knowledge.reader.form import classify
    assert classify("Longgang: what do we file after the acceptance, and to whom do we turn right after it").form == "info"


@pytest.mark.parametrize("question, jid", [
    ("Yunfu: acceptance includes 第三方验收测评 — does the measure say which agency must do it", "yunfu"),
    ("云浮 验收里的第三方验收测评，办法里有没有说谁来做", "yunfu"),
])
def test_which_body_asked_where_the_text_names_none(question, jid):
    finding = _lead(question, jid)
    assert finding["verdict"] == "not_specified" and finding["citations"][0]["article"] == "验收·第3段"


@pytest.mark.parametrize("question, jid, said", [
    ("钟楼区 工信局和城运中心在项目里分别负责什么", "zhonglou", ["论证评估", "顶层设计"]),
    ("what's the role of the 区委网信办 in Zhonglou projects", "zhonglou", ["网络安全审查"]),
    ("what does the finance bureau do in Wendeng's process?", "wendeng", ["预算评审"]),
    ("龙岗区发改部门在信息化项目里起什么作用", "longgang", ["可行性研究报告进行评审"]),
    ("龙岗区财政部门在信息化项目里负责哪些", "longgang", ["不下达项目运维经费", "运行维护经费"]),
])
def test_what_a_named_body_does(question, jid, said):
    findings = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    roles = " ".join(f["summary"] for f in findings if f["topic"] == "body_role")
    assert findings[0]["topic"] == "body_role" and all(w in roles for w in said)


def test_what_we_must_do_with_a_body_is_no_role_of_that_body():
    finding = get_kb().ask("Longgang: the province arranged and paid for our project, what do we have to do with the district IT department?")["findings"][0]
    assert finding["topic"] != "body_role"


def test_a_body_named_in_a_yes_or_no_question_is_no_role_asked():
    assert all(f["topic"] != "body_role" for f in get_kb().ask("文登区财政局要参加项目验收吗")["findings"])


@pytest.mark.parametrize("question, verdict", [
    ("Longgang: the contract copy and award notice get filed with the finance bureau, right?", "no"),
    ("Longgang: the contract copy and award notice get filed with the district IT authority, right?", "yes"),
])
def test_an_english_recipient_believed(question, verdict):
    finding = _lead(question)
    assert (finding["verdict"], finding["citations"][0]["article"]) == (verdict, "第十九条")


@pytest.mark.parametrize("question, verdict", [
    ("钟楼 系统二十万 申报不用写项目建议书吧 写个建设方案就行", "yes"),
    ("钟楼 系统五十万 申报不用写项目建议书吧 写个建设方案就行", "no"),
])
def test_a_clause_ended_by_a_particle_and_a_space_asks(question, verdict):
    finding = _lead(question)
    assert (finding["topic"], finding["verdict"]) == ("proposal", verdict)


@pytest.mark.parametrize("question, verdict", [
    ("Yunfu: professional service projects are procured by the data management bureau, right?", "no"),
    ("Yunfu: public-class service projects are procured by the data management bureau, right?", "yes"),
])
def test_a_buyer_believed_in_english(question, verdict):
    finding = _lead(question)
    assert (finding["topic"], finding["verdict"]) == ("actor", verdict)


@pytest.mark.parametrize("question, jid, article", [
    ("钟楼区 计划任务书忘了备案 会被怎么处理", "zhonglou", "第三十五条"),
    ("文登区 合同没报大数据中心备案 有处罚吗", "wendeng", "第三十一条"),
])
def test_a_general_penalty_that_names_the_step_missed_is_no_silence(question, jid, article):
    findings = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert all(f["verdict"] != "not_specified" for f in findings)
    assert any(article in [c["article"] for c in f["citations"]] for f in findings)


@pytest.mark.parametrize("question, verdict", [
    ("文登的招标合规性审查是大数据中心做的吧", "no"),
    ("文登项目的合规性审查是公共资源交易中心文登分中心做的吧", "yes"),
])
def test_a_body_believed_to_do_it_with_zuo(question, verdict):
    finding = _lead(question)
    assert (finding["topic"], finding["verdict"]) == ("actor", verdict) and "文登分中心负责" in finding["summary"]


def test_which_of_two_bodies_named_after_a_noun():
    finding = get_kb().ask("Shenzhen: is the design conformity opinion on the supervisor or the design firm")["findings"][0]
    assert finding["verdict"] == "info" and finding["citations"][0]["article"] == "第九条"


def test_using_a_system_officially_after_an_initial_check():
    finding = get_kb().ask("wendeng: our initial check passed, can we start using the system officially now")["findings"][0]
    assert (finding["topic"], finding["verdict"]) == ("use_before_acceptance", "no")


@pytest.mark.parametrize("question, verdict", [
    ("钟楼 初验完直接终验行不行", "no"),
    ("钟楼 初验结束马上申请终验可以吗", "no"),
])
def test_a_step_straight_after_the_event_it_must_wait_from(question, verdict):
    finding = _lead(question)
    assert (finding["topic"], finding["verdict"]) == ("final_acceptance", verdict) and "2027年3月5日" in finding["summary"]
