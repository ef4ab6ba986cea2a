"""Readings from the thirty-second session (issue 8), each with a look-alike that must keep its answer: a belief the user
asks to have confirmed (我记得是10个工作日，没记错吧; "we've got 30 days, right?"), checked against what the text sets, and
a step described in plain words by someone who does not know its name.
The questions are the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_verdict, summaries, topic_verdicts

from knowledge.base import get_kb
from knowledge.reader.described import described
from knowledge.reader.period_said import said_period


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")   # a Saturday


# --- a time limit the question states --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, n, unit, claim", [
    ("质量监督登记我记得是签完合同10个工作日内办就行，没记错吧", 10, "workdays", True),
    ("合同签了以后十天内报备案可以吗", 10, "days", False),
    ("任务书一个月内传平台就行吧", 1, "months", False),
    ("we've got 30 days to file it, right?", 30, "days", True),
    ("can we register within ten working days", 10, "workdays", False),
])
def test_a_time_limit_said(text, n, unit, claim):
    said = said_period(text)
    assert (said.n, said.unit, said.claim) == (n, unit, claim)


@pytest.mark.parametrize("text", [
    "每季度首月5日前报送可以吗",   # a day of the month, not five days
    "12月7日前备案行吗",
    "第8个工作日才去登记，算超期吗",   # a day counted from the event (the delay's reading)
    "质量监督登记想拖一个月再办，行不行",   # a delay
    "不是5个工作日是10个工作日内吗",   # two limits, compared by the question itself
    "钟楼区项目初验刚结束1个月，现在可以提交终验申请了吗",   # time gone by
    "文登区项目试运行才2个月，就想组织验收，可以吗",
    "the IT authority accepted our feasibility study report 8 working days ago and still no opinion. Have they passed their time limit?",
    "Our trial run has been going on for about 8 months. Can we hold the acceptance now?",
    "can we start counting the 5 working days from when the procurement center approves the filing",
])
def test_no_time_limit_said(text):
    assert said_period(text) is None


@pytest.mark.parametrize("question, jid, verdict, said", [
    # the text's limit named back: yes; another one: no, with the text's
    ("深圳市直，质量监督登记是合同签订后5个工作日内办，对吧", "shenzhen", "yes", "与规定一致"),
    ("深圳市直项目，质量监督登记应该是签完合同7个工作日内吧，我记得是这样", "shenzhen", "no", "与规定不符"),
    ("Shenzhen municipal: quality supervision registration is due within 10 working days of signing, right?", "shenzhen", "no",
     "not the text's"),
    # a plan that keeps within the limit, and one that runs past it
    ("深圳市直 质量监督登记 3个工作日内办完就行吧", "shenzhen", "yes", "之内"),
    ("深圳市直 质量监督登记 合同签了10个工作日之内办掉就行吧", "shenzhen", "no", "超出了"),
    ("Longgang: can we file the contract copy with the district IT authority within 8 working days of signing?", "longgang",
     "yes", "keeps within"),
    # 立即 with no number of days: a limit of days is not it
    ("文登 合同签订后 40天内报大数据中心备案可以吗", "wendeng", "no", "立即"),
])
def test_a_time_limit_said_against_the_texts(question, jid, verdict, said):
    assert first_verdict(question, jid) == verdict
    assert said in summaries(question, jid)


def test_a_dated_event_is_answered_by_its_days_not_by_the_limit_said():
    # 合同上周一签的: the days count from the day given (the due-date reading), as before
    summary = summaries("深圳市直项目，合同11月23号签的，质量监督登记5个工作日内办，最晚哪天", "shenzhen")
    assert "11月30日" in summary and "与规定一致" not in summary


# --- who does a step, believed ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    # said the other way round in English ("… is organised by X, right?")
    ("Zhonglou: the initial acceptance is organised by the contractor, correct?", "zhonglou", "no"),
    ("Longgang: the initial acceptance is organised by the supervisor, right?", "longgang", "no"),
    # a sentence whose body opens it, the step's clause led by 向 (向项目申请单位出具…立项审批意见)
    ("云浮专业类项目的立项审批意见是市财政局出的吧", "yunfu", "no"),
    ("云浮专业类项目的立项审批意见是不是市政务服务数据管理局出的", "yunfu", "yes"),
])
def test_who_does_a_step_believed(question, jid, verdict):
    assert topic_verdicts(question, jid).get("actor") == verdict


def test_a_step_done_by_someone_is_no_claim_of_who():
    # the look-alike: "has to be done by Dec 27" is a day, not a body
    assert "actor" not in topic_verdicts("Zhonglou: the initial acceptance has to be done by the end of the month, right?", "zhonglou")


# --- a leading question that denies a duty or the text's coverage -----------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    # the belief said with "really" or "strictly" between its words: answered of the belief (no: it is needed)
    ("Yunfu specialised service project - we don't really need IPv6 support for it, right?", "yunfu", "no"),
    ("In Zhonglou third-party software testing is only a recommendation, we aren't strictly required to do it, right?",
     "zhonglou", "yes"),
    # the look-alike: asked plainly, the duty's own yes
    ("Yunfu specialised service project - do we need IPv6 support for it?", "yunfu", "yes"),
])
def test_a_duty_denied_in_english(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    ("深圳市直单位的项目，一半市财政一半单位自筹，也走了政府集中采购，这种应该不归质量监督办法管吧", "shenzhen", "no"),
    ("Our Zhonglou project is funded with non-fiscal money, so the implementation rules don't apply to us, right?", "zhonglou", "no"),
    # the look-alikes: asked plainly (归不归), the coverage itself
    ("钟楼区运维类项目归不归这个细则管？", "zhonglou", "yes"),
    ("Does Zhonglou's implementation rules apply to a project funded with non-fiscal money?", "zhonglou", "yes"),
])
def test_the_texts_coverage_denied(question, jid, verdict):
    assert topic_verdicts(question, jid)["scope"] == verdict


def test_a_coverage_denied_is_answered_as_a_belief():
    answer = get_kb().ask("深圳市直单位的项目，一半市财政一半单位自筹，也走了政府集中采购，这种应该不归质量监督办法管吧")["answer"]
    assert "说得不对" in answer


# --- a step described, not named -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("要不要专门请一家第三方公司帮我们盯着承建商干活", "监理单位"),
    ("请外面的公司盯着施工方，这笔钱从哪出", "监理单位"),
    ("do we have to hire an outside company that keeps an eye on the contractor for us", "supervision firm"),
    ("请专家来看看系统能不能收", "验收"),
    ("后面要不要回头评一评这个项目值不值", "后评价"),
    ("who checks how well the system actually worked out", "post-evaluation"),
    ("a study showing the project is worth doing and feasible", "feasibility study"),
    ("how often do we update the bureau on how the project is going", "progress"),
    ("before the first round of checks", "initial acceptance"),
])
def test_a_step_described(text, name):
    assert name in described(text)


@pytest.mark.parametrize("text", [
    "项目经理盯着承建商赶进度",   # a person of the unit, not a firm hired
    "我们自己派人盯着施工方就行吧",
    "领导天天盯着进度",
    "the project manager keeps an eye on the schedule",
    "我们看看能不能先做初验",   # no acceptance of a system asked
])
def test_no_step_described(text):
    assert described(text) == text


@pytest.mark.parametrize("question, jid, topic, verdict", [
    ("钟楼区28w的软件项目，要不要专门请一家第三方公司帮我们盯着承建商干活", "zhonglou", "supervision", "no"),
    ("钟楼区45万的软件项目，要不要找一家外面的公司盯着承建方施工", "zhonglou", "supervision", "yes"),
    ("Yunfu: a 1.5M project, do we have to hire an outside firm that oversees the contractor?", "yunfu", "supervision", "yes"),
    ("Longgang: how often must we tell the district IT authority on how the project is going and how much we've spent",
     "longgang", "progress_reports", "info"),
])
def test_a_step_described_is_answered_as_named(question, jid, topic, verdict):
    assert topic_verdicts(question, jid).get(topic) == verdict


# --- more beliefs and descriptions ------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, topic, verdict", [
    # a delay said in plain words, and whether to tell the centre at all (not a word said in place of a filing)
    ("文登区，项目现在拖得很厉害，已经比计划晚了大半年，要不要主动跟大数据中心说一声", "wendeng", "delay_report", "yes"),
    ("文登区，项目严重逾期了，跟大数据中心打个电话说一声就行吧", "wendeng", "delay_report", "no"),
    # the electronic copy of the files
    ("Wendeng: do we also have to keep an electronic version of the project files?", "wendeng", "archives", "yes"),
    # how often, believed: the text's month against a quarter believed, and the same month
    ("龙岗项目的进度和资金使用情况是按季度报给区信息化主管部门的吧", "longgang", "progress_reports", "no"),
    ("龙岗项目的进度和资金使用情况是按月报给区信息化主管部门的吧", "longgang", "progress_reports", "yes"),
    # the liability a subcontractor offers to take alone does not free the main contractor
    ("Shenzhen: the subcontractor offered to be solely liable to us for its part, so the main contractor is off the hook for "
     "that piece. Does that work?", "shenzhen", "subcontracting", "no"),
    ("Shenzhen: the subcontractor did part of the work. Is the main contractor still liable for that part?", "shenzhen",
     "subcontracting", "yes"),
])
def test_more_beliefs_and_descriptions(question, jid, topic, verdict):
    assert topic_verdicts(question, jid).get(topic) == verdict


@pytest.mark.parametrize("question, jid, topic, verdict", [
    # a belief stated in English with no mark ("I assume we can …", "I think … is enough", "just to confirm, …")
    ("Wendeng: the IT part inside our building construction project, I assume we can just tender it together with the civil works",
     "wendeng", "infrastructure_it", "no"),
    ("Wendeng: we want to change the budget and main construction content before we start building. I think a phone call to "
     "the big data center is enough", "wendeng", "change_limit", "no"),
    ("just to confirm, for concealed works in a Shenzhen project the contractor must keep photo or video records", "shenzhen",
     "archives", "yes"),
    # who does a step, by a body named with its other name in brackets, and by the centre that holds the acceptance
    ("钟楼区的终验是区政府办（大数据管理局）组织专家组来验，是这样吧", "zhonglou", "actor", "yes"),
    ("钟楼区的终验是区财政局组织专家组来验，是这样吧", "zhonglou", "actor", "no"),
    ("文登的竣工验收是我们建设单位自己组织就行吧", "wendeng", "actor", "no"),
    ("文登的竣工验收是区大数据中心组织的吧", "wendeng", "actor", "yes"),
])
def test_beliefs_in_other_forms(question, jid, topic, verdict):
    assert topic_verdicts(question, jid).get(topic) == verdict


@pytest.mark.parametrize("question, jid", [
    ("shenzhen: our team and the inspectors read one clause of the rules differently. who is in charge of explaining what the "
     "rules mean", "shenzhen"),
    ("深圳 我们和质监站对办法某一条的理解有分歧，以谁的解释为准", "shenzhen"),
])
def test_who_interprets_the_rules_said_plainly(question, jid):
    assert first_verdict(question, jid) == "info"
    assert topic_verdicts(question, jid).get("interpretation") == "info"


def test_a_schedule_of_the_project_is_no_time_limit_of_a_step():
    assert said_period("钟楼区项目计划三个月内上线，合同签了一周") is None
    assert said_period("合同签订后5个工作日内完成质量监督登记，对吧").n == 5


# --- a last day believed or planned -----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict, day", [
    # the day counted named back: yes; another day believed: no, with the day counted
    ("Longgang: we signed the contract on Nov 20. filing the contract copy with the IT authority is due Dec 4, right?",
     "longgang", "yes", "4 December 2026"),
    ("Longgang: we signed the contract on Nov 20. filing the contract copy with the IT authority is due Nov 30, correct?",
     "longgang", "no", "4 December 2026"),
    # a period counted right whose last day moves off a rest day: done by the day believed, it is in time
    ("Zhonglou: our trial run ended on 27 Nov. so the initial acceptance is due by Dec 27, right?", "zhonglou", "yes",
     "28 December 2026"),
    # a day planned: before the last day yes, after it no
    ("深圳市直项目，合同上周一签的，没走采购中心备案。质监登记最晚下周一前弄好就行吧", "shenzhen", "no", "11月30日"),
    ("深圳市直项目，合同这周一签的，质监登记最晚下周一前弄好就行吧", "shenzhen", "yes", "12月7日"),
])
def test_a_last_day_believed(question, jid, verdict, day):
    assert first_verdict(question, jid) == verdict
    assert day in summaries(question, jid)


def test_a_day_asked_plainly_is_still_counted():
    # the look-alike: no day believed, the day asked
    assert "12月7日" in summaries("深圳市直项目，合同这周一签的，质监登记最晚哪天", "shenzhen")


@pytest.mark.parametrize("question, jid, verdict", [
    # what the text bars only before acceptance, asked once acceptance has passed: allowed
    ("钟楼区系统上周已经通过终验了，现在可以正式投入使用了吗", "zhonglou", "yes"),
    ("Zhonglou: the system passed final acceptance last week. can we put it into formal use now?", "zhonglou", "yes"),
    # the look-alikes: not passed yet, or asked whether it passed
    ("钟楼区系统还没通过终验，可以先正式投入使用吗", "zhonglou", "no"),
    ("Longgang: the system hasn't passed completion acceptance. can we put it into formal operation?", "longgang", "no"),
    # used for real before the experts' acceptance, said in plain words
    ("Longgang: the experts haven't decided whether to accept the project yet, but users want to use the system for real. "
     "Can we officially launch it", "longgang", "no"),
])
def test_use_before_and_after_acceptance(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # what the text has built together with the system (同步建设), put after go-live in other English verbs
    ("Wendeng: the encryption protection bits for our system - can we just bolt them on after it goes live", "wendeng", "no"),
    ("Wendeng: can we do the crypto protection system later, after go-live?", "wendeng", "no"),
    ("Wendeng: we plan the crypto protection together with the system, is that right?", "wendeng", "yes"),
])
def test_built_together_put_after(question, jid, verdict):
    assert topic_verdicts(question, jid)["cryptography"] == verdict


# --- the review's look-alikes (each a misreading of the first form of this session's change) --------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    # the limit said of the step whose event it names: the window's close (试运行开始后6个月内), not the centre's 5 days
    ("文登竣工验收要在试运行开始后6个月内完成，对吧", "wendeng", "yes"),
    ("Wendeng: acceptance needs to happen within 6 months of starting the trial run, right?", "wendeng", "yes"),
    # a time within which a step is said to be done, of a step the text opens only after that time
    ("钟楼初验后3个月内必须申请终验吧", "zhonglou", "no"),
    # a project's schedule in English is no limit of a step
    ("Zhonglou: we got 2 months to finish the development; is a task book needed?", "zhonglou", "yes"),
    # how often, believed, in English and either way
    ("Longgang: progress reports go to the IT authority every quarter, right?", "longgang", "no"),
    ("Longgang: progress reports go to the IT authority monthly, correct?", "longgang", "yes"),
    ("深圳 质量季报是每个月报一次对吧", "shenzhen", "no"),
    # an informal word in place of the report, said with "quick"
    ("Wendeng: I think a quick phone call to the big data centre is enough when the project is seriously overdue", "wendeng", "no"),
])
def test_the_reviews_look_alikes(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("text", [
    "龙岗项目立项前要不要评一评值不值得做",   # the necessity reviewed before approval, not the post-evaluation
    "Zhonglou: who does the first round of checks on the submitted application materials?",
])
def test_descriptions_that_are_not_the_step(text):
    assert described(text) == text


def test_a_fact_believed_in_english_without_a_mark_is_answered_by_the_fact():
    # "I suppose …" with no may or must: what the text says (as before), not a yes to the belief
    assert first_verdict("I suppose the Zhonglou self-evaluation is done at the end of October", "zhonglou") != "yes"


def test_a_body_named_with_a_gloss_is_judged_by_its_name():
    assert topic_verdicts("钟楼函复意见是区发改局（区大数据管理局）出具的吧", "zhonglou").get("actor") != "yes"


def test_the_coverage_denied_leads():
    findings = get_kb().ask("云浮市本级财政资金采购的运维服务不归这个办法管吧")["findings"]
    assert findings[0]["topic"] == "scope" and findings[0]["verdict"] == "no"


@pytest.mark.parametrize("question, jid, verdict", [
    # "didn't file it until 1 July" is the day it was done (were we late: yes), no day believed
    ("In Zhonglou, we signed the contract on 12 May 2026 but didn't file the task book on the platform until 1 July 2026. "
     "Were we late?", "zhonglou", "yes"),
    # "scheduled the acceptance for Tue Dec 8": a day proposed, as 'schedule' a verb
    ("Wendeng: the Big Data Centre got our acceptance application on Monday Nov 30 and scheduled the acceptance for Tue Dec 8. "
     "is that within their time limit", "wendeng", "no"),
])
def test_days_done_and_scheduled(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, verdict", [
    # the contractor deciding alone, or the owner's yes never given: no consent
    ("深圳市直项目，承建商想把我们的演示系统挂到互联网上当案例宣传，这个他们自己定就行吧", "no"),
    ("Our contractor on a Shenzhen city project wants to put our demo system on the internet. We never said ok to that. "
     "Are they allowed to", "no"),
    # the look-alike: consent given
    ("深圳市直项目，承建商想把我们的演示系统挂到互联网上当案例宣传，我们已经书面同意了，可以吧", "yes"),
])
def test_consent_not_given(question, verdict):
    assert topic_verdicts(question, "shenzhen")["internet_publishing"] == verdict


@pytest.mark.parametrize("question, verdict", [
    # the documents to be handed in, said before asking whether they are all (30万: 申报表 and 项目建议书)
    ("钟楼区项目刚好30万，申报的时候交申报表和建设方案就够了吧", "no"),
    ("钟楼区项目刚好30万，申报的时候交申报表和项目建议书就够了吧", "yes"),
    ("钟楼区二十万的项目，申报的时候只填申报表，再附一份讲怎么建的方案，行不行", "yes"),
    ("钟楼区，一个三十万整的项目，申报的时候只在平台上填那张申报表，再附一份讲怎么建的方案，行不行", "no"),
])
def test_documents_to_be_handed_in(question, verdict):
    assert first_verdict(question, "zhonglou") == verdict


@pytest.mark.parametrize("question, verdict", [
    # acceptance said not passed (还没通过: not its 过 alone) keeps the next phase waiting
    ("龙岗区一期项目还没通过竣工验收，我们先把二期申报了嘛", "no"),
    ("龙岗 二期能先申请建设吗？一期到现在还没通过竣工验收", "no"),
])
def test_a_phase_not_accepted(question, verdict):
    assert topic_verdicts(question, "longgang")["phased_projects"] == verdict


def test_this_quarters_report_is_the_current_quarters():
    assert "2027-01-05" in summaries("深圳 这个季度的监理文档和质量季报 最晚哪天报", "shenzhen")
    assert "2027-01-05" in summaries("Shenzhen: when is this quarter's quality report due?", "shenzhen")


@pytest.mark.parametrize("question, verdict", [
    # the software's sum said as a share of the total
    ("Yunfu city-level project, total contract 2.4M, and the app development is a bit under 20% of that. Do we need "
     "third-party testing for the app part", "no"),
    ("Yunfu city-level project, total 4M, and the app development is about 20% of that. Do we need third-party testing", "yes"),
    ("云浮市级项目总共200万，其中软件开发约占两成，要做第三方测试吗", "no"),
    ("云浮市级项目总共400万，其中软件开发约占两成，要做第三方测试吗", "yes"),
])
def test_the_software_share_of_a_total(question, verdict):
    assert topic_verdicts(question, "yunfu")["third_party_testing"] == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # a part of a month believed as a yearly filing's day (钟楼 每年11月底; 第六条 9月底)
    ("Zhonglou yearly self-evaluation of project performance is due end of December, correct?", "zhonglou", "no"),
    ("Zhonglou yearly self-evaluation of project performance is due by the end of November, correct?", "zhonglou", "yes"),
    ("Zhonglou: the annual plan is due by the end of September, right?", "zhonglou", "yes"),
])
def test_a_yearly_day_believed(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # 上季度 said of a day proposed in the next quarter: that quarter's day, not today's
    ("上季度的监理月报、质量季报还有检测报告，我们想拖到4月20号再一起报到平台上，深圳这边行不", "shenzhen", "no"),
    # not yet passed, said before the step's name
    ("龙岗这边一期还没竣工验收通过，想先把二期项目报上去，允许不", "longgang", "no"),
])
def test_the_second_ratings_look_alikes(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_a_document_offered_with_another_said_not_needed_is_no_list():
    # the 30万以下 tier's plan offered, the proposal said not needed: not a list handed in and checked for what it lacks
    assert topic_verdicts("钟楼区 28万的项目，交个建设方案就行吧，项目建议书不用写了", "zhonglou")["construction_plan"] == "yes"


@pytest.mark.parametrize("question, jid, verdict", [
    # the initial or the contract acceptance passed does not lift a bar the text keeps until (final) acceptance
    ("钟楼区项目已经通过初验了，可以正式投入使用了吧", "zhonglou", "no"),
    ("文登项目已经过了初验，可以投入使用了吧", "wendeng", "no"),
    ("Longgang: we passed the contract acceptance. Can we put the system into formal operation?", "longgang", "no"),
])
def test_an_earlier_acceptance_is_no_final_one(question, jid, verdict):
    assert verdict in {f["verdict"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid}
    assert "yes" != first_verdict(question, jid)


def test_a_day_planned_asked_in_time():
    # 12月10日前办完来得及吧, the last day 12月4日 (合同11月27日 + 5 working days): not in time
    assert first_verdict("深圳市直项目，合同上周五签的，质量监督登记12月10日前办完来得及吧", "shenzhen") == "no"
    assert first_verdict("深圳市直项目，合同上周五签的，质量监督登记12月3日前办完来得及吧", "shenzhen") == "yes"


def test_the_contractor_left_to_decide_is_no_consent():
    assert topic_verdicts("深圳市直项目，承建商想把演示系统放到互联网上，由他们决定就行吧", "shenzhen")["internet_publishing"] == "no"


def test_this_quarter_described_by_its_months():
    assert "2027-01-05" in summaries("深圳 这个季度（10到12月）的监理文档和质量季报 最晚哪天报", "shenzhen")


def test_a_threshold_believed_is_not_the_projects_sum():
    # 50万以上才强制 is the line believed; 四十来万 the project's
    summary = summaries("钟楼区的监理制好像是50万以上才强制，我们这个四十来万的应该不用请监理吧", "zhonglou")
    assert "不低于50万元" not in summary and "万元之间" in summary


def test_a_coverage_denied_in_a_middle_clause_is_answered_as_a_belief():
    answer = get_kb().ask("深圳市直单位的项目，这种应该不归质量监督办法管吧，一半市财政一半自筹，走了政府集中采购")["answer"]
    assert "说得不对" in answer and "不适用" not in answer.split("\n")[1]
