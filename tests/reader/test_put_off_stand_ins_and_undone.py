"""Readings from the twenty-seventh session (issue 8), each with a look-alike that must keep its answer: a step the
text has done promptly or within a set time, left waiting (先放着，等明年预算下来再改); a party of the project standing in
for the outside body the text names (让监理出个报告当终验依据); a thing handed over another way than the platform the text
names (刻张光盘); whether the text sets a length or a share, asked with the text pointed to (办法里有规定比例吗, "Is there a
minimum trial run length?"); whether the platform itself is a duty (是不是必须走那个平台); a step not yet taken, or taken on
a day said relative to today, against its last day; an English warranty, report or panel said in other words. The
questions are the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_verdict, topic_verdicts, verdicts

from knowledge.base import get_kb
from knowledge.reader.form import negated


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-04")   # (the days said relative to today count from the day these were written)


def _answer(question: str) -> str:
    return get_kb().ask(question)["answer"]


@pytest.mark.parametrize("question, jid, verdict", [
    # what the text has done within a set time (限期整改) or promptly (应及时…报告), left waiting for the asker's own reasons
    ("文登区大数据中心检查后让我们限期整改，我们打算先放着，等明年预算下来再改，行吗", "wendeng", "no"),
    ("文登 工程严重逾期了 先不跟大数据中心说 等进度赶上再讲 行不", "wendeng", "no"),
    ("Wendeng: the big data centre's inspection told us to rectify by a deadline. Can we leave it until next year's budget?", "wendeng", "no"),
    # the look-alikes: done at once, and a step the text does not time at all
    ("文登 检查发现问题 我们马上整改 行吗", "wendeng", "yes"),
])
def test_a_timed_step_left_waiting(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, verdict", [
    # a party of the project standing in for the qualified outside body (第二十七条: 聘请具有…测评资质的单位…第三方验收测评)
    ("龙岗 初验过了在试运行 第三方测评太贵了 能不能让监理出个报告当终验依据", "no"),
    ("Longgang: can we have the supervisor write a test report instead of the third-party acceptance test?", "no"),
    # the look-alike: the supervisor doing its own report
    ("龙岗 监理月报由监理单位出 对吧", "yes"),
])
def test_a_party_of_the_project_standing_in_for_the_outside_body(question, verdict):
    assert first_verdict(question, "longgang") == verdict


@pytest.mark.parametrize("question, verdict", [
    ("龙岗 定制开发的系统 承建商说源代码刻张光盘给我们就算移交了 行不行", "no"),
    ("龙岗 源代码上传到区政务软件开发云平台移交 行吗", "yes"),
])
def test_source_code_on_a_disc_is_not_the_platform_the_text_names(question, verdict):
    assert first_verdict(question, "longgang") == verdict


def test_the_platform_named_is_the_text_s_own_name():
    """上传到区政务软件开发云平台: the platform, not "到区政务…"."""
    answer = _answer("龙岗 源代码拷到U盘里交给用户单位 算移交了吗")
    assert "“区政务软件开发云平台”" in answer


@pytest.mark.parametrize("question, jid, verdict", [
    # 用不用得 asks whether it may be used (用得), not whether one is needed (用不用)
    ("云浮 我们找的监理公司没有行业资质 但报价便宜 用不用得", "yunfu", "no"),
    ("云浮 监理公司有行业资质 用得吗", "yunfu", "yes"),
])
def test_usable_asked_as_a_not_a(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # whether the text sets the length or the share, with the text pointed to: silence where it sets none
    ("龙岗区的项目 试运行打算跑一个月就申请合同终验 办法里对试运行时长有要求吗", "longgang", "not_specified"),
    ("云浮 一百二十万的项目 监理费打算按总投资5%列 办法里有规定比例吗", "yunfu", "not_specified"),
    ("云浮市直项目 监理费打算按投资额的3%给 办法里有比例上限吗", "yunfu", "not_specified"),
    ("Zhonglou: we plan a trial run of just two weeks before initial acceptance. Is there a minimum trial run length?", "zhonglou", "not_specified"),
    # the look-alikes: a text that does set it (文登: 3 to 6 months; 钟楼: 10% of the estimate)
    ("文登 试运行时长有要求吗", "wendeng", "yes"),
    ("Wendeng: is there a minimum trial run length?", "wendeng", "info"),
    ("钟楼 变更资金超过10%要报批吗 办法里有比例规定吗", "zhonglou", "no"),
])
def test_whether_the_text_sets_a_length_or_a_share(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_a_length_planned_is_no_time_gone_by():
    """"a trial run of just two weeks" that we plan is how long it runs, not two weeks since it started."""
    plan = _answer("Zhonglou: we plan a trial run of just two weeks before initial acceptance. Is there a minimum trial run length?")
    gone = _answer("Zhonglou: the trial run has been going for just two weeks. Can we do final acceptance?")
    assert "Counting back" not in plan
    assert "Counting back" in gone


@pytest.mark.parametrize("question, jid, verdict", [
    # whether the platform itself is the duty, asked by one who has been e-mailing: the rule's own yes
    ("深圳 质量季报我们一直是发邮件给质监机构的 领导问是不是必须走那个质量管理平台报送", "shenzhen", "yes"),
    # the look-alike: whether the e-mail counts as the filing
    ("深圳 质量季报我们发邮件给质监机构 算报送了吗", "shenzhen", "no"),
])
def test_the_platform_asked_as_a_duty(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


@pytest.mark.parametrize("question, verdict", [
    ("龙岗区 合同额1200万 初验就我们和承建 监理几家签个字 专家会就不开了 行吧", "no"),
    ("龙岗 合同额800万 初验专家会就不开了 行吧", "yes"),   # below 1000万 the text asks no expert meeting
])
def test_a_meeting_not_held(question, verdict):
    assert first_verdict(question, "longgang") == verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # English said in other words: a warranty "free", a report written after the step the text puts it before, a panel
    # of our own for a step named before it
    ("vendor proposes only 1 year free warranty in the contract, longgang project. acceptable?", "longgang", "no"),
    ("Longgang: the vendor offers 2 years of free warranty, ok?", "longgang", "yes"),
    ("Our supervision company says they'll write the supervision summary report after the contract acceptance is finished. "
     "Shenzhen city project. ok?", "shenzhen", "no"),
    ("深圳市直项目 监理说合同验收完了再写监理总结报告 行吗", "shenzhen", "no"),
    ("深圳市直项目 监理在合同验收前把监理总结报告写好交给我们 行吗", "shenzhen", "yes"),
    ("For the Zhonglou final acceptance, can we set up our own expert panel and just send the report to the big data bureau afterwards?",
     "zhonglou", "no"),
    ("云浮市直单位 我们想自己跟云厂商签个政务云资源合同 行不行", "yunfu", "no"),
    ("云浮市直单位 向市政务服务数据管理局申请政务云资源 行不行", "yunfu", "yes"),
])
def test_said_in_other_words(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_one_year_is_said_in_the_singular():
    answer = _answer("Longgang: the vendor offers one-year warranty, ok?")
    assert "1 year does not meet" in answer and "1 years" not in answer


def test_two_quotes_asked_in_everyday_words():
    """问价 is how staff say 询价: the count of quotes the text sets (不少于3家) answers."""
    assert topic_verdicts("龙岗 初步设计方案里有设备采购 我们只找了两家问价 这样符合要求吗", "longgang").get("quotes") == "no"


@pytest.mark.parametrize("question, verdict, day", [
    # a step not yet taken, asked whether it is still in time: today against its last day
    ("Zhonglou: contract with the vendor signed Oct 28. We haven't uploaded the project task book to the platform yet. "
     "Still within the deadline?", "no", "30 November 2026"),
    ("钟楼 合同11月20号签的 任务书还没上传平台 还在期限内吗", "yes", "2026年12月21日"),
])
def test_a_step_not_yet_taken_against_its_last_day(question, verdict, day):
    assert first_verdict(question, "zhonglou") == verdict
    assert day in _answer(question)


@pytest.mark.parametrize("question, verdict, day", [
    # the day the step was taken, said relative to today (yesterday is 2026-12-03); "were we late": late is the yes
    ("Longgang: we signed on 2026-11-09 and sent the award notice and contract copy for filing yesterday. Were we late?", "yes",
     "23 November 2026"),
    ("龙岗 合同12月1号签的 昨天报去备案了 晚了没", "no", "2026年12月15日"),
])
def test_a_step_taken_on_a_day_said_relative_to_today(question, verdict, day):
    assert first_verdict(question, "longgang") == verdict
    assert day in _answer(question)


def test_the_latest_date_asked_of_a_day_said_relative_to_today():
    answer = _answer("Wendeng: we handed the acceptance application letter to the big data center last Friday. "
                     "What's the latest date for them to organise the completion acceptance?")
    assert "2026-12-04" in answer



@pytest.mark.parametrize("question, jid, verdict", [
    # a question opened by a negative auxiliary expects the duty; the plan told before it is no step said undone
    ("Our supervision company on a Shenzhen municipal project says they will hand over all reports at the end of the project. "
     "Aren't they supposed to issue the monthly supervision report on time?", "shenzhen", "yes"),
    # the look-alike: a step said undone, and going ahead asked
    ("Zhonglou: the initial acceptance isn't done yet. Can we apply for final acceptance?", "zhonglou", "no"),
])
def test_a_negative_auxiliary_asks_the_duty(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_what_the_contractor_will_not_set_up_is_left_out():
    """不设现场质量管理机构，也不配专职质量人员 against 应设立现场质量管理机构、配备工程质量管理人员; 不配合 is no such thing."""
    assert first_verdict("深圳市直项目 承建单位说不设现场质量管理机构 也不配专职质量人员 行吗", "shenzhen") == "no"
    assert not negated("深圳市直项目 承建单位不配合监理检查 行吗")


@pytest.mark.parametrize("question, verdict", [
    # documents told as handed in, asked to be all, against those the rule for the amount names (第五条)
    ("钟楼 我们科室报个45万的项目 平台上传了申报表跟建设方案 够了吧", "no"),
    ("钟楼 45万的项目 平台上传了申报表和项目建议书 够了吧", "yes"),
    ("钟楼 我们科室报个20万的项目 平台上传了申报表跟建设方案 够了吧", "yes"),
])
def test_documents_handed_in_against_those_the_rule_names(question, verdict):
    assert ("no" in topic_verdicts(question, "zhonglou").values()) == (verdict == "no")


def test_a_contract_signed_then_filed_in_english():
    answer = _answer("Wendeng: we signed the formal procurement contract yesterday. How soon do we need to file it with the big data center?")
    assert "immediately" in answer


def test_a_system_no_longer_used_is_its_decommissioning():
    question = "Zhonglou: we'll stop using an old system next spring and just stop paying maintenance. Do we need to report anything?"
    assert "decommission" in topic_verdicts(question, "zhonglou")


def test_a_negative_said_mid_plan_is_no_question_opened():
    """"…; haven't contacted the data bureau at all. ok?": a step said undone, not a negative auxiliary asking."""
    question = ("Yunfu: we finished our specialised project and will hold our own acceptance meeting next week; "
                "haven't contacted the data bureau at all. ok?")
    assert first_verdict(question, "yunfu") == "no"


@pytest.mark.parametrize("question, jid, verdict", [
    # Cantonese A-not-A, typed in traditional characters (要唔要 = 要不要)
    ("雲浮市直 軟件開發費 ６０萬 要唔要做第三方測試", "yunfu", "yes"),
    ("云浮 软件开发费40万 系唔系要做第三方测试", "yunfu", "no"),
    # "co-invested by a private company": social capital with government funds (龙岗 第十五条)
    ("Longgang: a 3 million yuan project co-invested by a private company and the district government. "
     "Does it go through this approval procedure?", "longgang", "yes"),
])
def test_other_ways_of_saying_it(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_a_trial_run_wrapped_up_is_ended():
    question = "Zhonglou: the system trial run wrapped up today. What's the next step and by when?"
    assert "next_step" in topic_verdicts(question, "zhonglou")


def test_a_project_of_the_measures_asked_as_theirs():
    """算这个办法里的项目吗 asks the scope."""
    assert topic_verdicts("云浮 市本级财政出钱买的第三方监理 测评服务 算这个办法里的项目吗", "yunfu").get("scope") == "yes"


def test_design_is_no_signing():
    """"signed the … contract" is the contract filing's; "the design unit … contract acceptance" is not."""
    question = "Shenzhen: how many days ahead of contract acceptance does the design unit have to issue its design conformity evaluation?"
    assert "contract_filing" not in topic_verdicts(question, "shenzhen")


@pytest.mark.parametrize("question, verdict", [
    # the old approval kept where the text asks the change be reviewed again (文登 第十七条: 较大变化…重新履行审核手续)
    ("文登 开工前预算砍了一大截 建设地点也换了 还能按原来的批复干吗", "no"),
    ("Wendeng: before construction starts our budget got cut a lot and the site moved to another building. "
     "Can we just proceed under the old approval?", "no"),
])
def test_the_old_approval_kept_after_a_large_change(question, verdict):
    assert first_verdict(question, "wendeng") == verdict


@pytest.mark.parametrize("question, verdict", [
    # the review asked of a change, which 龙岗 第二十四条 asks only above 10% of the contract price
    ("Longgang: a device in our design got discontinued so we have to switch models, still within the total estimate. "
     "Design, supervisor and contractor all signed off. Do we also need the district IT authority's review before "
     "implementing the change?", "conditional"),
    ("龙岗 设备停产换型号 累计变更占合同价15% 要不要报区信息化主管部门审核", "yes"),
    ("龙岗 设备停产换型号 累计变更占合同价5% 要不要报区信息化主管部门审核", "no"),
    # going ahead on the parties' word alone, the share unsaid: it turns on the line
    ("龙岗 因为上级文件要求要改点建设内容 没超总概算 我们跟设计 监理 承建几方确认一下就直接改 行吗", "conditional"),
])
def test_the_review_of_a_change_asked(question, verdict):
    assert topic_verdicts(question, "longgang").get("change_limit") == verdict


@pytest.mark.parametrize("question, verdict", [
    # "moves about 8% of the budget": the share of a change (钟楼 第二十六条: not more than 10%, on application)
    ("Zhonglou: building is underway, goal unchanged, we need to optimise the technical scheme, which moves about 8% of "
     "the budget and stays within the approved estimate. Can we adjust?", "conditional"),
    # the share unsaid: the adjustment route turns on it (not the duty to correct deviations, 第二十三条)
    ("Zhonglou: we need to adjust the main build content, investment stays within the approved estimate and the goals "
     "are unchanged. Can we just apply for an adjustment instead of re-declaring the project?", "conditional"),
])
def test_an_adjustment_asked_in_english(question, verdict):
    assert topic_verdicts(question, "zhonglou").get("change_limit") == verdict


def _first_topic(question: str, jid: str) -> tuple[str, str]:
    f = next(f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)
    return f["topic"], f["verdict"]


@pytest.mark.parametrize("question, jid, first", [
    # the finding a reader reads first is the one that answers: the rule whose quote holds clearly more of the question
    ("文登 视频监控资源没接进区视频中心 能验收不", "wendeng", ("video_surveillance", "no")),
    ("深圳市信息工程质量监督登记要交哪些材料", "shenzhen", ("quality_registration", "info")),
    # a verdict rather than a description, the one a reading of the case decided
    ("钟楼 我们科室报个45万的项目 平台上传了申报表跟建设方案 够了吧", "zhonglou", ("declaration_documents", "no")),
    ("Longgang: contract price 3 million, cumulative change orders are now at 350k, total still within the approved "
     "estimate. Do the changes need the district IT authority's review before we implement them?", "longgang", ("change_limit", "yes")),
    # the look-alikes: the rule the question names keeps its place, though another's quote holds a few more of its words
    ("龙岗区项目的可行性研究报告能否不经区信息化主管部门审核，直接报区发改部门审批？", "longgang", ("feasibility_study", "no")),
    ("龙岗 竣工验收刚做完，下一步干啥", "longgang", ("next_step", "info")),
    ("钟楼区有个项目没列进年度计划，省里明确要求今年必须做，能不能先做起来？", "zhonglou", ("new_initiative", "conditional")),
])
def test_the_finding_read_first(question, jid, first):
    assert _first_topic(question, jid) == first


@pytest.mark.parametrize("question, jid, verdict", [
    # look-alikes from the session's review, each kept as the text has it
    ("雲浮 軟件開發費60萬 可唔可以唔做第三方測試", "yunfu", "no"),          # 唔 alone is 不: may we not do it
    ("云浮 監理公司冇資質 用佢得唔得", "yunfu", "no"),                        # 冇 没有, 得唔得 行不行
    ("文登 请监理单位作为验收组成员 行吗", "wendeng", "yes"),                 # a member of the panel, no stand-in
    ("钟楼 20万的项目 平台上传了申报表跟方案 够了吧", "zhonglou", "yes"),     # 方案 names 《项目建设方案》
    ("Yunfu: the supervision fee is 3% of the project budget. Is that acceptable?", "yunfu", "yes"),   # a fee, no change
])
def test_review_look_alikes(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_whether_an_email_counts_as_the_platform_filing():
    """是否算在平台备案了 asks whether the e-mail counts (第十三条: 通过…平台备案), not whether the platform is a duty."""
    assert topic_verdicts("钟楼 任务书发邮件给大数据管理局了 是否算在平台备案了", "zhonglou").get("task_book") == "no"


def test_a_small_slip_keeps_the_old_approval():
    """第十七条 asks a new review only after a large change (较大变化)."""
    assert "no" not in verdicts("Wendeng: the schedule slipped one week. Can we continue under the original approval?", "wendeng")


def test_a_share_the_text_sets_is_not_silence():
    """龙岗 第二十四条 sets 10% of the contract price for changes."""
    assert "not_specified" not in verdicts("龙岗 变更金额 办法里有规定比例吗", "longgang")


@pytest.mark.parametrize("question", [
    # yesterday dates something else: no filing day is made up
    "龙岗 合同11月9号签的 供应商昨天才把盖章的合同寄回来 备案晚了没",
    "深圳 合同11月20号签的 质量监督登记早就办了 昨天质监机构来检查 晚了吗",
])
def test_a_day_of_something_else_is_no_day_the_step_was_taken(question):
    assert "2026年12月3日" not in _answer(question)


def test_a_step_done_on_a_day_is_not_said_undone():
    answer = _answer("钟楼 合同10月20号签的 任务书11月10号就上传平台了 就是大数据管理局还没做审核 超期了吗")
    assert "还没办" not in answer and "2026年11月10日在期限内" in answer


def test_enough_is_answered_as_such():
    assert "申报材料：否" in _answer("钟楼 我们科室报个45万的项目 平台上传了申报表跟建设方案 够了吗")
