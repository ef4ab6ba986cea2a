"""What a what-question asks to be measured, and whether a text gives it (knowledge/reader/quantity.py)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.quantity import asked, measure


def given(a, text: str) -> bool:
    """The text answers the quantity: a number of its kind about the thing asked (or, when the
    text never names the thing, any number of its kind)."""
    return measure(a, text) in ("gives", "elsewhere")


def _one(question: str):
    found = asked(question)
    assert len(found) == 1, found
    return found[0]


def _given_only_by(question: str, given_by: str, not_given_by: str):
    """The one quantity asked is given by the first text and not by the second; it is returned."""
    a = _one(question)
    assert given(a, given_by)
    assert not given(a, not_given_by)
    return a


def test_a_count_of_people_is_not_a_number_of_working_days():
    a = _one("竣工验收组最少要几个专家")
    assert a.kind == "count"
    assert not given(a, "收到验收申请后5个工作日内会同有关专家组成验收组进行竣工验收")
    assert given(a, "验收组由5名以上专家组成")


def test_a_length_of_time_is_not_a_calendar_year():
    a = _one("核准文件的有效期是多长时间")
    assert a.kind == "duration"
    assert not given(a, "本办法自2021年8月18日起施行。核准文件有效期内未开工的，应重新申报")
    assert given(a, "核准文件有效期为2年")


def test_the_number_must_be_about_what_is_asked():
    a = _one("要在多少个工作日内报备重大变更")
    # a number in another sentence about something else does not answer it
    assert not given(a, "每年11月30日前报规划备案。需进行重大变更的，应及时报市政务服务数据管理局备案")
    assert given(a, "需进行重大变更的，应在10个工作日内报备")


def test_promptly_answers_how_long_but_not_how_many_days():
    assert given(_one("重大变更多久要报备"), "重大变更的，应及时报备")
    assert not given(_one("重大变更几个工作日内要报备"), "重大变更的，应及时报备")


def test_a_numeral_inside_a_word_is_not_a_number():
    a = _one("规划要多少天报备")
    assert not given(a, "下一年度政务信息化规划报备案")


def test_a_date_is_asked_as_a_date():
    a = _one("下一年度规划几月几日前报备")
    assert a.kind == "day"
    assert given(a, "下一年度政务信息化规划于每年11月30日前报备案")


def test_an_english_question_takes_any_number_of_its_kind():
    a = _one("How many experts sit on the review?")
    assert given(a, "评审专家不少于5人")
    assert not given(a, "组织专家评审")


def test_a_question_that_asks_for_no_number():
    assert asked("钟楼区项目要不要监理") == []


def test_which_ones_is_not_how_many():
    assert asked("初验要哪几家单位一起完成") == []


def test_how_many_at_the_end_of_a_clause():
    assert _one("评审小组里专家要抽几个").kind == "count"
    assert asked("几个部门共建共享的项目，方案该由哪个部门牵头？") == []   # 几个 here is "several"


def test_a_finding_about_the_thing_asked_outranks_a_number_about_something_else():
    a = _one("验收不合格限时整改给多少天")
    assert measure(a, "验收不合格的，限时整改") == "silent"
    assert measure(a, "收到申请后5个工作日内组织验收") == "elsewhere"


def test_a_detail_of_the_best_matching_article_is_quoted():
    """The rule's summary of 文登 第十二条 leaves out 保密办; the answer quotes the clause that has it."""
    from knowledge.base import get_kb

    out = get_kb().ask("文登区涉及保密的项目，审核时还要哪个部门参与")
    quotes = [c["quote"] for f in out["findings"] for c in f["citations"]]
    assert "涉及保密项目由区保密办参与审核和监督" in quotes


def test_a_definition_settles_whether_one_thing_is_a_kind_of_another():
    from knowledge.base import get_kb
    from knowledge.reader.membership import membership

    assert membership("单位自筹资金算不算区政府资金") == ("单位自筹资金", "区政府资金", False)
    assert membership("区政府资金包括单位自筹吗") == ("单位自筹", "区政府资金", False)
    assert membership("终验的验收材料里要不要等保测评报告") == ("等保测评报告", "终验的验收材料", True)
    assert membership("钟楼区30万的项目要监理吗") is None
    assert membership("这个项目属于信息化项目吗") is None          # too little said to look it up
    out = get_kb().ask("龙岗区单位自筹的钱算不算区政府资金")
    longgang = [f for f in out["findings"] if f["jurisdiction"] == "longgang"]
    assert longgang[0]["verdict"] == "yes" and longgang[0]["citations"][0]["article"] == "第三条"


def test_english_and_threshold_asks():
    a = _one("How long is the quality supervision measure valid for?")
    assert measure(a, "The measures are valid for five years.") == "gives"
    t = _one("调整金额到多少以上需要报审")
    assert t.kind == "threshold" and measure(t, "累计变更金额超过合同价10%时报审核") == "gives"
    assert _one("Shenzhen: by which day of the month is the monthly report due?").kind == "day"


def test_the_article_the_question_clearly_points_to_is_quoted():
    """文登 第四条 names who reviews the tendering's compliance; the procurement rules the topic finds do not."""
    from knowledge.base import get_kb

    out = get_kb().ask("文登区项目的采购招标合规性由哪个单位审查")
    assert "第四条" in {c["article"] for f in out["findings"] for c in f["citations"]}


def test_a_grade_asked_and_a_list_with_an_item():
    from knowledge.reader.membership import membership

    assert _one("监理单位要啥等级的资质 甲级还是乙级").kind == "count"
    assert membership("钟楼 验收材料清单里有监理报告吗")[:2] == ("监理报告", "钟楼验收材料清单")


@pytest.mark.parametrize("question, kind", [
    ("预算投资达到多少才算预算投资大", "threshold"), ("到什么规模才算重大项目", "threshold"),
    ("What budget size counts as a large investment?", "threshold"),
    ("监理费按总投资几个百分点收取", "share"), ("测评费的收费标准是多少", "money"), ("what qualification grade must the firm hold", "grade"),
    ("what's the required duration of the trial run", "duration"),
])
def test_more_ways_of_asking_for_a_number(question, kind):
    assert [a.kind for a in asked(question)][:1] == [kind]


def test_a_time_counted_from_another_event_does_not_answer():
    # the question counts from the final-acceptance application; the text's 3 months lead up to it
    a = _one("提交终验申请以后，大数据管理局多长时间内要组织终验")
    assert a.anchor and "终验" in a.anchor
    text = "项目初验结束3月后,项目建设单位向区政府办(大数据管理局)提交终验申请,并提交相关验收资料"
    assert measure(a, text) == "silent"
    # the text counts from the question's own event: that is the answer
    b = _one("系统试运行完了，多少天以内得组织初验")
    assert given(b, "项目建设单位应在系统试运行结束后30日内自行组织项目初验")
    # an event just done (试运行刚结束) is counted from; what is timed may follow the ask (要组织初验)
    d = _one("试运行刚结束，多久之内要组织初验")
    assert "运行" in d.anchor and "初验" in d.timed
    assert given(d, "项目建设单位应在系统试运行结束后30日内自行组织项目初验")
    # a duty to finish (要在规定时间内整改完成) is no event done; 已经 is not 经 (经…审核)
    assert not _one("检查查出问题，要在规定时间内整改完成，这个时间是多少天").anchor
    assert "初验" in _one("初验已经结束，要过多长时间才能提交终验申请").anchor
    assert "初验" in _one("试运行结束了，多久以内自行组织初验").timed   # the doer before what is organised
    c = _one("可研报告报上去以后，信息化主管部门几天内审完")   # no word in common with 受理: no evidence against
    assert given(c, "可行性研究报告经区信息化主管部门正式受理之日起5个工作日内完成审核")


def test_the_thing_asked_is_not_what_the_text_counts_from():
    # 30 working days after the final-accounts report are for returning unspent money, not for the report
    a = _one("竣工结算报告多长时间内要出")
    assert not a.anchor
    assert measure(a, "项目建设单位应当于项目竣工决算报告审核结论出具后30个工作日内，按照有关规定办理结余资金上缴手续") == "silent"
    assert given(a, "项目竣工后，建设单位应在20个工作日内出具竣工结算报告")


def test_the_silence_is_shown_where_the_thing_timed_is_spoken_of():
    a = _one("后评价是在竣工验收后多久开展")
    assert {"竣工", "验收"} <= a.anchor
    assert "评价" in a.subject and not a.subject & a.anchor
    # a question with no event counted from keeps its whole head
    b = _one("试运行要跑多长时间")
    assert b.subject == b.head


@pytest.mark.parametrize("question", ["专家人数是多少", "专家会的专家人数下限是多少", "专家人数是怎么规定的",
                                      "what is the minimum number of experts?"])
def test_a_count_asked_as_a_number_of_people(question):
    a = _one(question)
    assert a.kind == "count"
    assert not given(a, "组织专家召开项目初验会") and given(a, "验收专家组由5名以上专家组成")


def test_this_period_points_back_to_the_clause_before():
    # 这个期限 is the 限期 of 限期整改, which the text leaves open
    a = _one("龙岗区绩效考评没实现目标被要求限期整改，这个期限一般多长")
    assert {"限期", "整改"} <= a.head
    assert measure(a, "未实现绩效目标的限期整改，拒不整改的暂缓其后续项目审批。每年年底进行绩效考评") == "silent"
    assert _one("被责令限期整改，通常会给多少时间").kind == "duration"


@pytest.mark.parametrize("question", ["by which day of each month does the supervisor hand in its monthly report?",
                                      "what's the cut-off day each month?"])
def test_a_day_of_the_month_asked_in_english(question):
    a = _one(question)
    assert a.kind == "day" and not given(a, "the supervisor issues a monthly report") and given(a, "by the 5th of each month")


@pytest.mark.parametrize("question, kind", [
    ("投资多少才算大项目", "threshold"), ("what investment threshold makes a project a major one", "threshold"),
    ("测评费用最多能花多少", "money"), ("what is the maximum fee for the security assessment?", "money"),
    ("设计费一般占总投资多大比例", "share"), ("监理费按几个点收", "share"),
    ("这个办法的施行日期是哪一天", "day"), ("On what date did the measures come into force?", "day"),
])
def test_still_more_ways_of_asking_for_a_number(question, kind):
    assert [a.kind for a in asked(question)][:1] == [kind]


def test_a_sum_that_says_which_projects_is_not_a_sum_to_spend():
    a = _one("第三方测评费用最多能花多少")
    assert measure(a, "软件开发费用50万元以上的项目须委托第三方测评机构测试") == "silent"
    assert given(a, "第三方测评费用不超过项目总投资的3%，最多30万元")


def test_a_filing_named_by_its_frequency_tells_how_often_only_itself():
    a = _one("质监机构随机抽测多久一次")
    assert measure(a, "质监机构根据项目进度、质量季报和检测报告进行随机抽测") == "silent"
    b = _one("质量情况多久报一次")
    assert given(b, "建设单位通过平台报送质量季报")


def test_a_day_of_each_month_is_not_a_day_of_each_quarter():
    a = _one("监理月报每月几号前交")
    assert a.every == "month"
    assert measure(a, "每季度首月5日前报送上一季度的资料（监理月报、监理总结）") == "silent"
    assert given(a, "监理单位应于每月5日前报送上月监理月报")


def test_what_is_timed_named_in_the_clause_before():
    a = _one("数据共享和源代码移交情况的审核，时限是几个工作日")
    assert {"代码", "移交"} <= a.head
    b = _one("档案移交的审核，区里多少个工作日内完成")
    assert "移交" in b.head


def test_what_the_question_times_is_what_the_text_counts_from():
    # the report is timed in the question; the text counts from its review and times the money's return
    a = _one("竣工决算报告要在竣工后多久内出具")
    assert "报告" in a.timed
    assert measure(a, "项目建设单位应当于项目竣工决算报告审核结论出具后30个工作日内，按照有关规定办理结余资金上缴手续") == "silent"


def test_a_word_every_article_uses_does_not_tell_which_number():
    from knowledge.base import get_kb

    found = get_kb().ask("龙岗区竣工验收前，区信息化主管部门对软件源代码移交情况的审核要几个工作日")["findings"]
    assert found[0]["verdict"] == "not_specified"


def test_an_english_length_is_not_a_time_counted_from_its_end():
    a = _one("How long does the pilot operation have to last before the completion acceptance?")
    assert a.length and a.kind == "duration"
    assert not given(a, "The unit holds the acceptance within 20 working days after the pilot operation ends.")
    assert given(a, "The pilot operation lasts 2 to 4 months.")
    # asked as a time after the event, the same sentence does answer
    b = _one("How long after the pilot operation ends must the acceptance be held?")
    assert not b.length
    assert given(b, "The unit holds the acceptance within 20 working days after the pilot operation ends.")


def test_an_english_subject_leaves_out_the_event_it_ends_at():
    from knowledge.reader.quantity import english_subject

    assert "acceptance" not in english_subject("how long must the pilot run last before completion acceptance?")
    assert "post-evaluation" in english_subject("How long after acceptance does the county carry out the post-evaluation?")


def test_a_length_before_a_step_is_of_what_lasts_not_of_the_step():
    # 试运行最少跑多久才能申请终验: the step after 才能 is what the trial run comes before
    a = _one("系统试运行最少多长时间才能申请合同终验")
    assert a.length and "试运" in a.head and not {"合同", "终验"} & a.head


def test_a_qualification_grade_and_an_interval():
    grade = _one("测评机构要具备什么资质等级")
    assert grade.kind == "grade"
    assert not given(grade, "测评机构应具备相应资质") and given(grade, "测评机构应具备甲级资质")
    assert asked("数据库权限开放到什么级别") == [] or asked("数据库权限开放到什么级别")[0].kind != "grade"
    interval = _one("At what interval must the security assessment be repeated?")
    assert interval.kind == "frequency"   # how often it recurs (a kind of its own since 2026-12-01)


def test_what_is_timed_named_after_the_ask():
    # 验收后多长时间内要出审计报告: the report is timed; a text that counts from the report times something else
    a = _one("项目验收后多长时间内要出审计报告")
    assert not given(a, "审计报告出具后20个工作日内，建设单位将结余资金上缴")
    assert given(a, "项目验收后20个工作日内出具审计报告")
    # 拿出/形成: other verbs of producing the thing timed
    b = _one("系统验收后多少天内要拿出审计报告")
    assert not given(b, "审计报告出具后20个工作日内，建设单位将结余资金上缴")


def test_an_english_time_counted_from_the_thing_asked_does_not_time_it():
    a = _one("Within how many days after go-live must the unit submit the audit report?")
    assert not given(a, "Any surplus is handed back within 20 working days after the audit report is approved.")
    assert given(a, "The unit submits the audit report within 20 working days after go-live.")


def test_an_english_duty_asked_of_a_condition_is_no_proposal():
    from knowledge.reader.question import _unmet

    assert not _unmet("Do the data feeds have to be shared before a project can pass acceptance?")
    assert _unmet("Before the plan is approved, can we start building?")
    assert _unmet("Can the project pass acceptance if its data were never shared?")


def test_what_is_timed_named_between_the_event_and_the_ask():
    # 验收以后，审计报告最迟多久要出: the report is timed, not the acceptance; a body that acts is no thing timed
    a = _one("系统验收以后，审计报告最迟多长时间要拿出来")
    assert not given(a, "审计报告出具后20个工作日内，建设单位将结余资金上缴")
    b = _one("方案交上去以后，主管部门几天内审完")
    assert given(b, "方案经主管部门正式受理之日起5个工作日内完成审核")
    # …多久内要请审计机构出审计报告: the thing produced after whoever produces it
    c = _one("系统验收后多久内要请审计机构出审计报告")
    assert not given(c, "审计报告出具后20个工作日内，建设单位将结余资金上缴")


def test_the_effective_day_asked_of_a_titled_draft():
    from knowledge.base import get_kb
    from knowledge.reader.topics import title_spans

    text = "文登区“智慧文登”项目建设管理办法（试行）几号开始施行"
    assert [text[a:b] for a, b in title_spans(text)] == ["文登区“智慧文登”项目建设管理办法（试行）"]
    assert _one("这个办法的生效日期到底是哪天").kind == "day"
    found = get_kb().ask("龙岗区信息化项目管理办法（修订草案）具体哪天开始施行")["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("not_specified", "第五十五条")


def test_a_silence_is_shown_at_the_clause_naming_the_topic_the_question_names():
    from knowledge.base import get_kb

    # the question names 验收前置审核 and the body that reviews: the clause with the review, not the body's
    found = get_kb().ask("云浮市直单位的验收前置审核，数管局几天内审完？")["findings"]
    assert found[0]["verdict"] == "not_specified" and "验收前置审核" in found[0]["citations"][0]["quote"]


def test_a_time_from_an_event_asked_of_a_topic_the_text_lacks_is_answered_from_the_nearest_rule():
    from knowledge.base import get_kb

    out = get_kb().ask("签合同以后多久之内要去登记备案？", jurisdiction="shenzhen")
    f = out["findings"][0]
    assert f["verdict"] == "info" and "5个工作日" in f["summary"] and f["citations"][0]["article"] == "第十六条"
    # a length asked of a thing the text has no number for stays silent (no nearby number is taken)
    assert get_kb().ask("试运行要多长时间？", jurisdiction="shenzhen")["findings"][0]["verdict"] == "not_specified"


def test_an_event_just_done_with_wan_is_counted_from():
    # 刚初验完，多久以后才能申请终验: counted from the initial acceptance, the final one is timed
    a = _one("项目刚初验完，多久以后才能申请终验")
    assert "初验" in a.anchor and "终验" in a.timed
    assert not given(a, "项目建设单位应在系统试运行结束后30日内自行组织项目初验")
    assert given(a, "项目初验结束3月后，项目建设单位提交终验申请")


def test_the_shortest_period_asked_in_english_is_a_length():
    assert _one("What is the minimum maintenance period the vendor has to commit to?").kind == "duration"


def test_an_english_event_said_after_the_ask_is_counted_from():
    a = _one("How many days does the auditor have after go-live to submit the audit report?")
    assert a.anchor and not given(a, "Any surplus is handed back within 20 working days after the audit report is approved.")


def test_how_much_above_asks_a_threshold_not_a_sum():
    assert [a.kind for a in asked("项目投资多少钱以上就必须请监理")] == ["threshold"]
    assert "money" in [a.kind for a in asked("监理费要花多少钱")]
    # 多少以上的项目: the threshold asked of the projects that follow it
    assert [a.kind for a in asked("预算投资多少以上的项目要做单项专家论证")] == ["threshold"]


def test_a_text_without_the_sum_leaves_the_threshold_unspecified():
    from knowledge.base import get_kb

    # 文登 names 预算投资大 without a sum
    found = [f for f in get_kb().ask("文登区预算投资多少以上的项目要做单项专家论证")["findings"] if f["jurisdiction"] == "wendeng"]
    assert [f["verdict"] for f in found] == ["not_specified"]


def test_a_duty_on_every_covered_project_has_the_scope_sum_as_its_threshold():
    from knowledge.base import get_kb

    found = [f for f in get_kb().ask("龙岗的信息化项目多少钱以上要做监理")["findings"] if f["jurisdiction"] == "longgang"]
    assert found[0]["verdict"] in ("info", "yes") and "50万元以上" in get_kb().ask("龙岗的信息化项目多少钱以上要做监理")["answer"]


@pytest.mark.parametrize("question", ["When exactly did the Wendeng measures take effect?",
                                      "What is the precise date the Zhonglou rules came into force?",
                                      "What is the exact expiry date of the Yunfu measures?"])
def test_an_exact_day_asked_in_english(question):
    assert [a.kind for a in asked(question)] == ["day"]


def test_a_title_named_by_what_it_is_on_names_no_topic():
    from knowledge.base import get_kb

    found = get_kb().ask("On which exact day did the Shenzhen measures on information engineering quality supervision take effect?")["findings"]
    assert [(f["topic"], f["verdict"]) for f in found] == [("validity", "not_specified")]


@pytest.mark.parametrize("question", ["第三方测试的收费标准定的是多少", "监理怎么收费", "测评收费是多少"])
def test_a_fee_asked(question):
    assert [a.kind for a in asked(question)] == ["money"]


def test_a_time_for_another_filing_to_the_same_body_does_not_time_the_report():
    # the report's filing after acceptance: 10 working days after signing, for other papers, is no answer
    a = _one("竣工验收以后，验收报告要在几个工作日内报区主管部门备案")
    assert not given(a, "签订合同后10个工作日内将中标通知书、合同复印件报区主管部门备案")
    assert given(a, "竣工验收通过后5个工作日内将验收报告报区主管部门备案")
    assert not _body_timed(a)


def _body_timed(a) -> bool:
    """Is the body a thing goes to (区主管部门) taken for the thing timed?"""
    return any(p in ("主管", "部门", "管部") for p in a.timed)


def test_silence_on_the_report_filing_time():
    from knowledge.base import get_kb

    found = [f for f in get_kb().ask("龙岗区竣工验收通过后，竣工验收报告几天内要报区信息化主管部门备案？")["findings"] if f["jurisdiction"] == "longgang"]
    assert [f["verdict"] for f in found] == ["not_specified"] and found[0]["citations"][0]["article"] == "第三十条"


def test_once_as_a_conjunction_is_no_count():
    a = _one("How many experts must sit on the acceptance panel?")
    assert not given(a, "Once the contract's final acceptance is done, the unit applies for the security test.")
    assert given(a, "The panel meets at least once and has 5 experts.")


def test_what_period_asks_a_length():
    assert _one("What warranty period does the contractor have to give?").kind == "duration"


def test_the_project_an_event_is_of_is_no_part_of_the_event():
    # 布吉街道信息化项目合同签了: counted from the signing; 信息化 in the body the papers go to does not matter
    a = _one("布吉街道信息化项目合同签了，中标通知书和合同复印件多少个工作日内要报备")
    assert "合同" in a.anchor and "街道" not in a.anchor and "街道" not in a.subject
    assert given(a, "项目建设单位与承建单位签订合同后10个工作日内将中标通知书、合同复印件报区信息化主管部门备案")


@pytest.mark.parametrize("question", [
    "Longgang: after go-live, within how many days must the auditor issue the report?",
    "How many days after the system is accepted does the vendor have to hand over the code?",
    "What's the deadline, in days after go-live, for the auditor to issue the report?",
])
def test_an_english_event_said_around_the_ask_is_counted_from(question):
    a = asked(question)[0]
    assert a.kind == "duration" and a.anchor


@pytest.mark.parametrize("text", ["后评价一般安排在几月份", "下一年度计划几月前要报", "In which month is the self-evaluation done?"])
def test_a_month_of_the_year_is_a_measure_asked(text):
    assert [a.kind for a in asked(text)] == ["month"]


def test_a_month_given_for_a_neighbour_does_not_give_the_month_asked():
    # 自评价 in 11月底 says nothing of when the 后评价 is held; 项目 is a word, so 目后 is no piece
    a = asked("项目后评价每年几月份开展")[0]
    text = "项目建设单位应当在每年11月底开展项目建设管理绩效自评价。区政府办每年将组织专家开展项目后评价。"
    assert measure(a, text) == "silent"
    assert measure(a, "区政府办每年3月组织专家开展项目后评价。") == "gives"


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼区的项目后评价每年几月份搞", "zhonglou", "not_specified"),
    ("钟楼区项目建设单位的绩效自评价每年几月份做", "zhonglou", "info"),
    ("云浮下一年度规划几月份之前要报备案", "yunfu", "info"),
])
def test_which_month_against_the_texts(text, jid, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == verdict, found[0]


@pytest.mark.parametrize("text, jid, article", [
    # the clause the text is silent in is the one naming the thing in the question's own words
    ("下一年度的智慧文登规划每年几月份之前要报？", "wendeng", "第十一条"),
    ("龙岗区上级资金的项目，向上级申报以后要在多少天内报区里备案", "longgang", "第十四条"),
])
def test_silence_is_shown_where_the_text_names_the_thing_in_the_questions_words(text, jid, article):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == "not_specified", found[0]
    assert found[0]["citations"][0]["article"] == article, found[0]["citations"]


def test_runs_leave_out_bodies_titles_and_the_event_counted_from():
    from knowledge.rules.details import _own_runs

    kb = get_kb()
    runs = _own_runs(kb, kb.jurisdictions["zhonglou"], "项目建议书论证版交上去后，评审小组多长时间内要出意见")
    assert not any("论证版" in r for r in runs)
    runs = _own_runs(kb, kb.jurisdictions["longgang"], "进度月报每月几号前要报送区信息化主管部门")
    assert not any("主管部" in r for r in runs)


def test_a_thing_handed_in_before_the_ask_is_the_event_counted_from():
    # 初验结束3月后…提交终验申请 times the application, which is where the question counts from
    a = asked("报了终验申请，大数据管理局几个工作日内要组织终验")[0]
    assert {"终验", "申请"} & a.anchor
    text = "项目初验结束3月后,项目建设单位向区政府办提交终验申请。区政府办组织验收专家组进行项目终验。"
    assert measure(a, text) == "silent"


def test_the_most_asked_is_not_given_by_a_least():
    a = asked("质保期最长能签几年")[0]
    assert measure(a, "质保期不低于2年。") == "silent"
    assert measure(asked("质保期最短几年")[0], "质保期不低于2年。") == "gives"
    assert measure(asked("专家最多能请几个")[0], "专家组成员应为5名以上单数。") == "silent"


@pytest.mark.parametrize("question, given_by, not_given_by", [
    ("项目建议书要写多少页", "建议书正文不超过30页", "建议书应于5个工作日内报送，一式三份"),
    ("申报材料一式几份", "申报材料一式三份报送区大数据局", "申报材料应于3个工作日内报送"),
    ("验收报告有没有字数要求，多少字", "验收报告不少于3000字", "验收报告由2名专家签字"),
    ("How many copies of the proposal do we hand in?", "the proposal is submitted in three copies", "the proposal is submitted within 5 working days"),
])
def test_a_count_of_pieces_is_given_only_by_its_classifier(question, given_by, not_given_by):
    assert _given_only_by(question, given_by, not_given_by).kind == "pieces"


@pytest.mark.parametrize("question", ["第几条规定的", "哪几份材料要盖章", "这个报告几页面能看完吗"])
def test_which_article_or_which_pieces_is_no_count(question):
    assert all(a.kind != "pieces" for a in asked(question))


def test_a_grade_chosen_between_two():
    a = _one("监理单位要甲级资质还是乙级就行")
    assert a.kind == "grade"
    assert not given(a, "监理单位应具有相应资质")
    assert given(a, "监理单位应具有甲级资质")


def test_a_number_for_another_bodys_step_does_not_give_the_time_asked():
    a = _one("材料交上去以后，质监机构多少个工作日内办完登记核查")
    assert a.doer == "质监机构"
    assert not given(a, "建设单位应在合同签订后5个工作日内完成质量监督登记核查材料的提交")
    assert given(a, "质监机构应在收到材料后3个工作日内完成登记核查")


@pytest.mark.parametrize("question", ["验收申请交上去大数据中心几天内要组织验收", "市直单位合同签了几个工作日内要办登记"])
def test_the_body_asked_is_found_however_it_is_named(question):
    a = _one(question)
    assert given(a, "区大数据中心应在收到验收申请后5个工作日内组织验收。建设单位应在合同签订后5个工作日内办理登记")


@pytest.mark.parametrize("question", ["运维报告多久报一次", "安全检查一年搞几次", "How often is the risk assessment done?", "检查频率是怎么规定的"])
def test_how_often_is_a_frequency(question):
    a = _one(question)
    assert a.kind == "frequency"


@pytest.mark.parametrize("question, given_by, not_given_by", [
    ("运维报告多久报一次", "运维单位应每季度报送运维报告", "运维单位应在合同签订后一个月内报送运维报告"),
    ("安全检查一年搞几次", "主管部门每年对系统进行一次安全检查", "主管部门定期对系统进行安全检查"),
    ("统计报表多久报一次", "建设单位应按月报送统计报表", "建设单位应按月报送项目进度，并按统计部门要求报送统计报表"),
    ("How often is the risk assessment done?", "the unit carries out a risk assessment every year", "the unit carries out a risk assessment within 30 days of launch"),
])
def test_a_frequency_is_given_by_a_period_said_of_the_thing(question, given_by, not_given_by):
    _given_only_by(question, given_by, not_given_by)


def test_the_next_question_is_no_part_of_what_is_measured():
    a = asked("监理报告多长时间出一次？合同验收前还要交什么？")[0]
    assert not any("验" in h for h in a.head)


@pytest.mark.parametrize("question", ["验收报告按什么格式写", "申报表有没有统一的模板", "What format must the monthly report follow?"])
def test_a_format_is_given_only_where_the_text_names_one(question):
    a = _one(question)
    assert a.kind == "format"
    assert given(a, "申报表按附件1的格式填写")
    assert not given(a, "项目单位应在每月5日前报送月报")


def test_a_word_count_asked_as_a_requirement():
    from knowledge.reader.form import form_of

    assert form_of("自评报告有字数要求吗") == "info"
    a = _one("自评报告有字数要求吗")
    assert a.kind == "pieces" and not given(a, "每年11月底开展绩效自评") and given(a, "自评报告不少于2000字")


def test_an_english_measure_is_of_the_thing_not_of_the_event_after_which():
    a = _one("How long does the unit get for rectification after a project fails acceptance?")
    assert "recti" in a.head and "accep" not in a.head


def test_how_long_between_two_filings_said_with_yihui():
    from knowledge.reader.quantity import asked
    assert [a.kind for a in asked("统计报表多长时间报一回")] == ["frequency"]


def test_silence_is_shown_where_the_text_names_a_time_set():
    # 深圳 第十九条 建设单位应在规定的时间内完成整改 (a time set, no number), not 第十二条's 及时督促整改 (promptly)
    f = next(f for f in get_kb().ask("深圳 质监到现场检查提出了问题，整改要在多少天内完成")["findings"] if f["jurisdiction"] == "shenzhen")
    assert f["verdict"] == "not_specified" and f["citations"][0]["article"] == "第十九条", f


def test_a_day_of_a_month_is_no_length():
    # 深圳 第十七条 每季度首月5日前: a day of the month, which gives no length of keeping the documents
    f = next(f for f in get_kb().ask("深圳 报到质量管理平台的监理文档要留存多少年")["findings"] if f["jurisdiction"] == "shenzhen")
    assert f["verdict"] == "not_specified", f


def _finding(question: str, jid: str) -> dict:
    return next(f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


@pytest.mark.parametrize("question, least, most", [
    ("检查组最多能去几个检查人员", "检查时应有2名以上检查人员参加", "检查人员不得超过3名"),
    ("What is the maximum warranty period?", "The warranty period shall be at least 2 years.", "The warranty period shall not exceed 5 years."),
    ("质保期最长能约定几年", "质保期不低于2年", "质保期不超过5年"),
])
def test_a_most_asked_is_not_given_by_a_least(question, least, most):
    a = _one(question)
    assert a.most
    assert measure(a, least) == "silent"
    assert measure(a, most) == "gives"


def test_a_latest_time_is_not_given_by_the_time_a_step_opens():
    # 初验结束3月后 opens the final acceptance; it sets no latest day to apply by
    a = _one("初验结束后最晚多久必须提终验申请")
    assert a.latest and {"终验"} <= a.timed
    assert measure(a, "项目初验结束3月后，项目建设单位向区政府办提交终验申请") == "silent"
    assert measure(a, "项目初验结束后30日内，项目建设单位应提交终验申请") == "gives"
    # a time for the step counted from (试运行结束后30日内组织初验) says nothing of the one after it
    assert measure(a, "项目建设单位应在系统试运行结束后30日内自行组织项目初验") == "silent"


def test_the_duty_before_a_time_is_no_thing_timed():
    a = _one("与承建单位签订合同后，须于几个工作日内将合同复印件报区信息化主管部门备案")
    assert "须于" not in a.timed
    assert measure(a, "项目建设单位与承建单位签订合同后10个工作日内将中标通知书、合同复印件报区信息化主管部门备案") == "gives"


@pytest.mark.parametrize("question, jid, article, said", [
    ("龙岗质保期最长能约定几年，有没有上限", "longgang", "第四十五条", "下限"),
    ("深圳监督检查最多可以派几个检查人员？", "shenzhen", "第二十条", "下限"),
    ("钟楼 初验结束后最晚多久必须提终验申请", "zhonglou", "第二十八条", "最晚"),
    ("In Shenzhen, what's the largest number of inspectors that may take part in a quality check?", "shenzhen", "第二十条", "minimum"),
])
def test_a_bound_from_below_answers_no_most(question, jid, article, said):
    f = _finding(question, jid)
    assert f["verdict"] == "not_specified", f
    assert article in [c["article"] for c in f["citations"]], f
    assert said in f["summary"], f


@pytest.mark.parametrize("question", ["云浮监理费用占总投资的比例有没有上限", "云浮第三方测试费用有上限吗"])
def test_whether_a_cap_is_set_is_answered_by_the_cap(question):
    f = _finding(question, "yunfu")
    assert f["verdict"] == "not_specified", f


def test_a_least_asked_is_given_by_the_least():
    f = _finding("深圳 监督检查至少要去几个检查人员", "shenzhen")
    assert f["verdict"] == "info" and "第二十条" in [c["article"] for c in f["citations"]], f


def test_a_time_one_authority_has_is_not_anothers():
    # 龙岗 第十一条: 区信息化主管部门 reviews the feasibility report in 5 working days; the 区发改部门's review has no time
    said = "可行性研究报告经区信息化主管部门正式受理之日起5个工作日内完成审核"
    a = _one("龙岗区发改部门评审可研报告一般要几个工作日")
    assert a.doer == "区发改部门" and measure(a, said) == "silent"
    b = _one("龙岗可研报告区信息化主管部门几个工作日审完")
    assert b.doer == "区信息化主管部门" and {"研报", "报告"} & b.head and measure(b, said) == "gives"


def test_a_bound_from_below_is_where_the_silence_on_a_most_is_shown():
    f = _finding("深圳质监现场检查最多派几个人", "shenzhen")
    assert f["verdict"] == "not_specified" and "第二十条" in [c["article"] for c in f["citations"]], f


@pytest.mark.parametrize("question", [
    "For Shenzhen city IT projects, how often does the quality supervision body carry out random spot checks — is there a fixed frequency?",
    "Under the Shenzhen measures, how many random spot checks per year does the quality supervision body carry out on a project?",
])
def test_a_filing_named_by_its_period_gives_no_frequency_of_anything_else(question):
    # 第十八条 samples "according to progress, quarterly reports and test reports": no frequency of the sampling
    f = _finding(question, "shenzhen")
    assert f["verdict"] == "not_specified", f


def test_an_english_question_with_a_dash_is_read_as_english():
    assert asked("Zhonglou — what's the effective date of the rules?")[0].head == asked("Zhonglou - what's the effective date of the rules?")[0].head


def test_how_many_days_after_each_month_is_a_length_not_a_frequency():
    assert [a.kind for a in asked("How many days after the end of each month must the report be issued?")] == ["duration"]


def test_a_number_of_times_is_given_only_by_times():
    a = _one("深圳质监机构一年对一个项目检查几次")
    assert measure(a, "实施监督检查时，应有2名以上人员参加") != "gives"
    assert measure(a, "质监机构每年对每个项目检查2次") == "gives"


@pytest.mark.parametrize("question", ["集中评审时专家请多少个？", "评审初步设计方案，专家要请几个呀"])
def test_a_count_asked_with_ge_at_the_end(question):
    assert _one(question).kind == "count"
