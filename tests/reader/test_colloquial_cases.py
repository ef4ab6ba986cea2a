"""Readings added for questions as staff type them (questions_12, paraphrases_3 kinds): each test
uses sentences of its own, not the evaluation's."""
from datetime import date

import pytest

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.dated import stated_elapsed
from knowledge.reader.form import classify, negated
from knowledge.reader.quantity import named_counts


def _profile(q):
    return get_kb().ask(q)["understood"]["profile"]


def test_a_date_after_a_money_word_is_no_amount():
    assert find_amounts("合同是2026-03-05签的") == []


@pytest.mark.parametrize("text, change", [("合同价500万，上次变更过30万，这次又要加30万", 12.0),
                                          ("概算200万，资金得调25万", 12.5)])
def test_more_words_for_a_change(text, change):
    assert _profile(f"龙岗 {text}，要报审吗")["change_percent"] == change


def test_a_range_from_an_estimate():
    (a,) = find_amounts("估计在六七十万到一百万之间")
    assert a.span == (600_000, 1_000_000)


def test_software_with_a_comparative():
    assert _profile("云浮 九十万的项目，软件开发不到40万，要第三方测试吗")["software_cost"] == 400_000


@pytest.mark.parametrize("question, asks_permission", [
    ("钟楼 20万的项目监理应该不用吧", False),      # whether the duty is there
    ("钟楼 20万的项目不用请监理行吗", True),        # leave it out: permission
    ("钟楼 20万的项目可以不请监理吗", True),
])
def test_not_needed_is_a_duty_question_unless_permission_is_asked(question, asks_permission):
    assert negated(question) is asks_permission


def test_a_proposal_closing_with_ba_is_yes_no():
    assert classify("几家单位一起确认一下就可以开工了吧").form == "yesno"


def test_a_background_clause_takes_the_question_form():
    out = get_kb().ask("龙岗项目合同500万，累计变更已经到80万了，没超概算。几方确认一下就能实施了吧？")
    f = next(f for f in out["findings"] if "第二十四条" in {c["article"] for c in f["citations"]})
    assert f["verdict"] == "no"


def test_a_stated_fact_that_keeps_a_duty_away_allows_the_step():
    out = get_kb().ask("龙岗项目累计变更只有合同价的5%，概算也没超，设计监理承建确认后就能实施吗")
    f = next(f for f in out["findings"] if "第二十四条" in {c["article"] for c in f["citations"]})
    assert f["verdict"] == "yes"


@pytest.mark.parametrize("question, event, days", [
    ("试运行前天结束的，能初验了吗", "trial_run_ended", 2),
    ("初验上星期刚完，可以申请终验吗", "initial_acceptance_passed", 7),
])
def test_relative_days_are_time_gone_by(question, event, days):
    assert stated_elapsed(question, date(2026, 11, 30)) == {event: date(2026, 11, 30 - days)}


@pytest.mark.parametrize("question", ["Can one inspector do the check alone?", "质监检查单独一人去可以吗"])
def test_one_person_said_without_a_number(question):
    assert named_counts(question) == {1}


def test_by_what_date_asks_for_a_date():
    assert classify("Our request went in on 2 March. By what date must they answer?", "en").form == "info"


@pytest.mark.parametrize("question, field, value", [
    ("龙岗区的项目全是公司自己出钱，要走办法吗", "funding", "social_only"),
    ("龙岗区的项目财政一分钱没出，要走办法吗", "funding", "social_only"),
    ("A Shenzhen city-owned company builds it with its own money. Registration needed?", "funding", "soe"),
    ("龙岗区单纯采购一批摄像头，300万，适用办法吗", "kind", "equipment"),
    ("龙岗 年中临时新增一个2000万的项目，要先开专题会吗", "new_initiative", True),
    ("Longgang: a newly proposed project of 20 million yuan, special meeting first?", "new_initiative", True),
    ("Longgang: our bureau is proposing a new project worth 15 million yuan; is a special meeting needed first?", "new_initiative", True),
    ("Longgang: a new project came up mid-year, budget 11 million yuan. Special meeting first?", "new_initiative", True),
    ("Longgang: a new project was proposed in July, 15 million yuan. Special meeting first?", "new_initiative", True),
])
def test_facts_as_people_say_them(question, field, value):
    assert _profile(question)[field] == value


def test_a_real_english_word_is_no_typing_slip():
    assert "proposed" in get_kb().ask("Longgang: a newly proposed project, meeting first?")["understood"]["reading"]


def test_how_long_makes_it_count_is_not_answered_by_promptly():
    """逾期多久算严重逾期 asks a length that makes it count; 应及时报告 does not give one."""
    from knowledge.reader.quantity import asked, measure

    (a,) = asked("项目拖多久才算严重拖期")
    assert measure(a, "出现严重拖期的，应及时报告") == "silent"


def test_the_money_asked_about_not_the_project_it_built():
    from knowledge.reader.membership import membership

    assert membership("单位自筹的钱做的项目算不算区政府资金")[:2] == ("单位自筹", "区政府资金")


@pytest.mark.parametrize("question, outside", [
    ("佛山南海区的项目要不要监理？跟钟楼差不多吧", "佛山南海区"),
    ("Huizhou project next to Longgang: do we need a feasibility study?", "Huizhou"),
])
def test_a_covered_place_named_only_to_compare(question, outside):
    out = get_kb().ask(question)
    assert out["findings"] == [] and outside in out["answer"]


def test_a_covered_place_asked_beside_an_outside_one_is_answered():
    out = get_kb().ask("龙岗区的项目和惠阳区的项目都要可研吗")
    assert {f["jurisdiction"] for f in out["findings"]} == {"longgang"}


def test_a_stated_fact_finds_the_rules_conditioned_on_it():
    out = get_kb().ask("Longgang: the central government funds this project. What else do we do locally?")
    assert [c["article"] for c in out["findings"][0]["citations"]][:1] == ["第十四条"]


def test_a_part_of_the_total_named_before_it_is_the_software_cost():
    assert _profile("云浮市直单位的项目，总额不满100万，软件开发60万左右，要第三方测试吗")["software_cost"] == 600_000
    assert _profile("Yunfu: whole project under 1 million yuan, 600k of it software development. Testing?")["software_cost"] == 600_000
    # items of a list are added up, not a part
    assert _profile("钟楼 硬件18万 软件开发9万 集成服务4万 这个项目要监理吗")["amount"] == 310_000


def test_a_rare_word_no_cited_article_has_points_to_the_article_that_has_it():
    out = get_kb().ask("文登区项目竣工验收的结论有哪几种？")
    assert "第三十七条" in {c["article"] for f in out["findings"] for c in f["citations"]}


def test_yi_with_ge():
    assert find_amounts("总投资大概1.2个亿")[0].value == 120_000_000


@pytest.mark.parametrize("question", ["跳过初验直接终验可以吗", "数据不往平台汇聚也能批下来吧", "初验不做直接做终验行不行"])
def test_skipping_a_step(question):
    from knowledge.reader.question import _UNMET

    assert _UNMET.search(question)


def test_a_covered_place_named_as_a_neighbour():
    out = get_kb().ask("钟楼隔壁武进区的项目，要不要请监理？")
    assert out["findings"] == [] and "武进" in out["answer"]


def test_either_or_asks_the_first():
    assert classify("能走调整申请吗，还是得重新申报？").form == "yesno"


def test_earliest_and_latest_both_asked():
    out = get_kb().ask("文登区项目2026年4月1日完工开始试运行，最早哪天可以验收，最晚哪天？")
    # six months end on 10-01, in the National Day holiday: moved to the next working day
    assert "最早2026-07-01" in out["answer"] and "最晚2026-10-08" in out["answer"]


def test_the_fee_and_the_qualification_are_answered_on_their_own():
    out = get_kb().ask("云浮 监理费用算不算在项目总投资里面")
    f = out["findings"][0]
    assert f["topic"] == "supervision_fee" and f["verdict"] == "yes"


def test_leaving_something_out_of_the_total():
    assert negated("监理费能不能单独列，不算进项目总投资嘛")
    assert not negated("监理费算不算在项目总投资里面")


def test_a_side_rule_does_not_contradict_the_verdict_a_stated_fact_decides():
    """累计变更8%: the change rule says no review is needed; the authority's duties listed beside it
    are a description, not a contrary 'yes'."""
    out = get_kb().ask("龙岗区项目累计变更金额为合同价的8%，需要报区信息化主管部门审核吗？")
    verdicts = {f["verdict"] for f in out["findings"] if f["jurisdiction"] == "longgang"}
    assert "no" in verdicts and "yes" not in verdicts


def test_two_things_each_decided_by_a_fact_keep_their_verdicts():
    out = get_kb().ask("云浮市直单位，项目总价120万，其中应用软件开发25万，监理和第三方测试分别要不要")
    assert {(f["topic"], f["verdict"]) for f in out["findings"]} >= {("supervision", "yes"), ("third_party_testing", "no")}


def test_a_finance_bureau_is_no_source_of_money():
    assert "funding" not in _profile("Longgang: can we still get O&M funds from the district finance bureau?")


@pytest.mark.parametrize("question, verdict", [
    ("Shenzhen: must two or more inspectors be present at a quality inspection?", "yes"),
    ("深圳质监现场检查，一个人单独去可以吗", "no"),
])
def test_the_least_number_of_inspectors_decides(question, verdict):
    out = get_kb().ask(question)
    f = next(f for f in out["findings"] if "第二十条" in {c["article"] for c in f["citations"]})
    assert f["verdict"] == verdict
    assert all(g["verdict"] in (verdict, "info") for g in out["findings"])


@pytest.mark.parametrize("text, span", [
    ("somewhere in the 250,000–350,000 yuan range", (250_000, 350_000)),
    ("七十到八十万", (700_000, 800_000)), ("估计在八九十万到一百二十万之间", (800_000, 1_200_000)),
])
def test_ranges_written_every_way(text, span):
    (a,) = find_amounts(text)
    assert a.span == span


@pytest.mark.parametrize("question, change", [
    ("Longgang: contract 4 million yuan. An earlier change added 250k and now another 200k. Review needed?", 11.25),
    ("Longgang: 6,000,000-yuan contract, changes adding up to roughly 550,000 so far. Review needed?", 9.1667),
])
def test_english_changes(question, change):
    assert _profile(question)["change_percent"] == change


@pytest.mark.parametrize("question, field, value", [
    ("Longgang: a project funded entirely by a company, with zero government money. Measures apply?", "funding", "social_only"),
    ("龙岗区财政和企业合资的项目，也要报批吗", "funding", "social"),
    ("云浮项目：软件开发62万，云资源租用25万，等保测评8万，共95万。要第三方测试吗", "amount", 950_000),
    ("云浮这个项目80多万，软件开发那块不到50万，要第三方测试吗", "software_cost", 500_000),
    ("total investment: 1.2 million yuan | application software development: 480k yuan | testing?", "software_cost", 480_000),
])
def test_more_facts(question, field, value):
    assert _profile(question)[field] == value


def test_equipment_in_a_project_is_no_pure_equipment_purchase():
    assert "kind" not in _profile("Longgang preliminary design: if it includes equipment purchases, how many quotes?")


@pytest.mark.parametrize("text, form", [("Can the acceptance test be skipped during the trial run?", None),
                                        ("Buji plans to buy its own cloud servers — allowed or not?", "yesno"),
                                        ("If the project is terminated, whose approval is needed?", "info")])
def test_english_forms(text, form):
    if form:
        assert classify(text, "en").form == form
    else:
        assert negated(text)


@pytest.mark.parametrize("question, event", [
    ("钟楼区老系统打算2026年7月15日停止使用，说明最迟哪天报", "decommission_planned"),
    ("钟楼区老系统定在2026年11月15日停用，说明最迟哪天报", "decommission_planned"),
    ("Longgang — we signed on 2026-09-30. Last day to file the contract?", "contract_signed"),
    ("试运行结束了，2026年10月8日完成了初验，终验最早哪天", "initial_acceptance_passed"),
])
def test_more_event_words(question, event):
    from knowledge.reader.dated import stated_events

    assert event in stated_events(question, date(2026, 11, 30))


def test_a_step_after_confirmation():
    from knowledge.reader.question import _UNMET

    assert _UNMET.search("建设单位组织几方共同确认后是不是就可以实施")


def test_a_project_outside_the_scope_is_answered_so_for_any_topic():
    out = get_kb().ask("龙岗区的项目全是企业出钱，政府没出钱，要按这个办法参照执行吗")
    assert {f["verdict"] for f in out["findings"]} == {"not_applicable"}


def test_a_districts_own_project_under_a_city_text():
    out = get_kb().ask("深圳各区自己的信息工程项目，也要执行这个质量监督办法吗")
    assert out["understood"]["inner_places"] and {f["verdict"] for f in out["findings"]} == {"conditional"}
    f = get_kb().ask("深圳各区的信息工程可以参照这个办法执行吗")["findings"]
    assert any(g["verdict"] == "yes" and "第二十七条" in {c["article"] for c in g["citations"]} for g in f)


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区有个项目没列进年度计划，省里明确要求今年必须做，能不能先做起来？", "conditional"),   # 第十七条's exception
    ("钟楼区有个项目不在年度计划里，能不能先建起来？", "no"),
    ("云浮市直单位年初预算没报这个项目，现在国家部委有明确要求，还能申请立项吗？", "conditional"),  # 经市政府同意
])
def test_an_exception_the_question_states_outranks_the_prohibition(question, verdict):
    out = get_kb().ask(question)
    assert out["findings"][0]["verdict"] == verdict


@pytest.mark.parametrize("text, span", [("5kw出头", (50_000_000, 55_000_000)), ("5000万出头", (50_000_000, 55_000_000))])
def test_a_little_over(text, span):
    (a,) = find_amounts(text)
    assert (round(a.range[0]), round(a.range[1])) == span


def test_an_english_full_stop_ends_a_term():
    from knowledge.reader import topics as T

    assert "supervision_fee" not in T.detect("The cost is about 300k yuan. Is a supervisor mandatory?", T.load_topics())


def test_a_name_several_places_share_is_the_covered_one():
    assert get_kb().ask("南山区的信息工程项目合同签了以后要做质量监督登记吗")["understood"]["inner_places"] == {"shenzhen": "南山区"}


def test_a_subject_before_the_comma():
    from knowledge.reader.membership import membership

    assert membership("单位自筹资金做的项目，算不算区政府资金")[:2] == ("单位自筹资金", "区政府资金")


def test_not_classified_in_english():
    assert _profile("Our Yunfu project isn't classified. Testing needed?")["classified"] is False


@pytest.mark.parametrize("question, length", [
    ("试运行最少要多长时间", True), ("试运行要跑满多久才能初验", True),
    ("初验完了多久可以申请终验", False), ("初验结束后，要过多长时间才能提交终验申请", False),
    ("安全测试报告几个工作日内出具", False), ("可研报告交上去后，主管部门多少个工作日审完", False),
])
def test_a_length_is_not_a_time_after_an_event(question, length):
    from knowledge.reader.quantity import asked

    assert [a.length for a in asked(question) if a.kind == "duration"] == [length]


def test_the_time_after_an_event_does_not_give_a_length():
    f = get_kb().ask("钟楼区项目验收前的系统试运行最少要多长时间？")["findings"][0]
    assert f["verdict"] == "not_specified"


def test_a_second_clause_with_a_rare_word_of_the_question():
    out = get_kb().ask("云浮专业类服务项目编方案时，要同步编什么目录？")
    assert "政务数据共享资源目录" in out["answer"]


def test_a_range_with_a_unit_at_each_end():
    (a,) = find_amounts("somewhere between 800k and 1.2m RMB")
    assert a.span == (800_000, 1_200_000)


@pytest.mark.parametrize("text, period", [("2026年8月做完的登记，第三季度的季报最晚哪天报", (2026, 3)),
                                          ("第二季度的质量季报最晚几号交", (2026, 2))])
def test_a_quarter_named_beside_another_date(text, period):
    from knowledge.reader.dated import named_period

    assert named_period(text, date(2026, 11, 30)) == period


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区年度计划已经定了，现在想临时加一个项目，能加吗", "conditional"),   # only in 第十七条's case
    ("钟楼区没列入年度计划的项目能擅自建设吗", "no"),                       # on one's own: forbidden
])
def test_an_exception_the_question_leaves_open(question, verdict):
    f = next(f for f in get_kb().ask(question)["findings"] if "第十七条" in {c["article"] for c in f["citations"]})
    assert f["verdict"] == verdict


@pytest.mark.parametrize("question", ["云浮专业类项目，不做验收前置审核，单位自己先组织验收行不行",
                                      "初步设计的设备采购先不做市场询价，等招标的时候再说，可以吗"])
def test_leaving_a_step_for_later(question):
    from knowledge.reader.question import _UNMET

    assert _UNMET.search(question)


def test_violations_ask_about_penalties():
    out = get_kb().ask("文登区有单位没走审核和公开招标程序，会怎么处理")
    assert "penalties" in out["understood"]["topics"]


def test_switching_off_is_decommissioning():
    from knowledge.reader.dated import stated_events

    assert "decommission_planned" in stated_events("We plan to switch off an old system on 10 December 2026. By what date?", date(2026, 11, 30))


def test_a_chat_records_only_the_projects_own_events():
    """验收申请提交了 names an authority's event the deadline engine counts from; the chat records a
    project's own events, so it is not offered as one (no raw event key shown to the user)."""
    from handlers.vocab import event_in

    assert event_in("验收申请今天提交了") is None
    assert event_in("合同昨天签了") == "contract_signed"


@pytest.mark.parametrize("question, field, value", [
    ("Yunfu project: 1.2M RMB in total, of which the app development is 450k. Testing?", "software_cost", 450_000),
    ("云浮 市直单位  软件开发 ５０万 要不要 第三方 测试", "software_cost", 500_000),
    ("Yunfu project just over 1 milion yuan, need a supervisor?", "amount", 1_000_000),
])
def test_yet_more_amounts(question, field, value):
    assert _profile(question)[field] == value


def test_an_english_quarter_without_its_year():
    from knowledge.reader.dated import named_period

    assert named_period("by what date in October 2026 must we upload our Q3 report?", date(2026, 11, 30)) == (2026, 3)


def test_a_relative_which_is_no_question_word():
    assert classify("I work for Luoding, which is under Yunfu. Can we follow the Yunfu measures?", "en").form == "yesno"


def test_the_panel_members_are_quoted():
    assert "城运中心" in get_kb().ask("钟楼区的项目评审小组由哪些单位组成？")["answer"]


def test_next_door_is_a_comparison():
    out = get_kb().ask("We're in Huiyang District, Huizhou, right next door to Longgang. Do we need an expert meeting?")
    assert out["findings"] == [] and "Huiyang" in out["answer"]


@pytest.mark.parametrize("question, verdict", [("钟楼项目2026年3月2日初验结束，想2026年4月10日就提交终验申请，行不行？", "no"),
                                               ("钟楼项目2026年3月2日初验结束，想2026年6月10日提交终验申请，行不行？", "yes")])
def test_a_proposed_day_against_the_day_a_step_opens(question, verdict):
    f = next(f for f in get_kb().ask(question)["findings"] if f["topic"] == "final_acceptance")
    assert f["verdict"] == verdict and "2026年6月2日" in f["summary"]



def test_every_event_has_a_name_in_both_languages():
    """A deadline text names its event: one without a catalogue entry would crash the answer."""
    from knowledge.facts.events import ALL_EVENTS
    from knowledge.i18n import t

    for event in ALL_EVENTS:
        assert t(f"event.{event}", "zh") and t(f"event.{event}", "en")
    out = get_kb().ask("龙岗 初步设计预审通过半个月了，专家评审到现在还没开，算超期了吗")
    assert out["findings"]


@pytest.mark.parametrize("question, field, value", [
    ("Zhonglou: a 30kw UPS for the server room, budget 200k yuan. Supervision?", "amount", 200_000),
    ("Zhonglou: the system will serve 12,000 users and has a budget of 800k yuan. Supervision?", "amount", 800_000),
    ("Yunfu: the software project budget is 1.5 million yuan. Supervisor?", "amount", 1_500_000),
])
def test_numbers_that_are_not_the_money_asked(question, field, value):
    assert _profile(question)[field] == value


@pytest.mark.parametrize("question, field, value", [
    ("深圳 区财政出钱的项目，由企业承建，适用这个办法吗", "funding", "district"),   # 由企业承建 is who builds it
    ("龙岗区项目没超过年初预算，还要编制项目建议书吗", "new_initiative", None),    # within the budget
    ("钟楼区城市管理局要求的项目没列入年度计划，能不能先建起来？", "urgent", None),   # 城市 is no 市
])
def test_words_that_state_no_such_fact(question, field, value):
    assert _profile(question).get(field) == value


def test_two_past_dates_are_not_a_proposal():
    out = get_kb().ask("钟楼项目2026年3月1日试运行结束，2026年3月20日初验通过，现在能申请终验吗？")
    f = next(f for f in out["findings"] if f["topic"] == "final_acceptance")
    assert f["verdict"] == "yes"


def test_last_years_quarter():
    from knowledge.reader.dated import named_period

    assert named_period("深圳去年第三季度的质量季报最晚哪天报？", date(2026, 11, 30)) == (2025, 3)


def test_conjunctions_are_not_comparisons():
    assert {f["jurisdiction"] for f in get_kb().ask("惠阳区和龙岗区的项目都要可研吗")["findings"]} == {"longgang"}


@pytest.mark.parametrize("question,verdict", [
    ("龙岗项目合同约定的质保期不能少于两年，是吧？", "yes"),    # a floor the text sets: the claim holds
    ("龙岗项目质保期不得低于两年，对吗？", "yes"),
    ("龙岗项目质保期可以少于两年吗？", "no"),
    ("Longgang: the warranty can't be shorter than two years, right?", "yes"),
    ("Longgang: can the warranty be shorter than two years?", "no"),
])
def test_a_floor_said_with_a_negation_is_a_floor(question, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "longgang"]
    assert found[0]["verdict"] == verdict and found[0]["citations"][0]["article"] == "第四十五条"


@pytest.mark.parametrize("question,verdict", [
    ("钟楼区的项目预算大约30万，最后多少还得看询价结果，需要实行监理吗？", "conditional"),   # about the threshold itself
    ("Zhonglou project, budget somewhere around 300k depending on the price inquiry. Is supervision mandatory?", "conditional"),
    ("钟楼区的项目预算大约50万，需要实行监理吗？", "yes"),      # about a figure well above it
    ("钟楼区的项目预算大约20万，需要实行监理吗？", "no"),
    ("钟楼区的项目预算29.5万左右，需要实行监理吗？", "no"),   # close to it, but the last digit said is under it
    ("Zhonglou project, about 310k in total. Is supervision mandatory?", "yes"),
])
def test_an_estimate_said_before_the_figure(question, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == "zhonglou"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == (verdict, "第十五条")


def test_a_later_dated_step_is_the_day_proposed():
    # 7月1日就递交: the day asked about, set against the day final acceptance opens (3 months after 6月1日)
    for question, verdict in (("钟楼区项目初验6月1日完成，7月1日就递交终验申请，符合规定吗？", "no"),
                              ("终验申请能不能在7月1日提交？钟楼项目的初验是6月1日结束的。", "no"),
                              ("钟楼区项目初验6月1日完成，9月2日提交终验申请，可以吗", "yes")):
        assert get_kb().ask(question)["findings"][0]["verdict"] == verdict, question


@pytest.mark.parametrize("question,verdict", [
    ("龙岗区准备新建个系统，总投资估计八十多万，区里这个信息化项目管理办法管得到吗？", "yes"),
    ("自己单位筹了四十五万块做个小系统，龙岗区的信息化项目管理办法管得到吗？", "not_applicable"),   # under 50万
])
def test_whether_the_measures_reach_a_project(question, verdict):
    found = get_kb().ask(question)["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == (verdict, "第二条")


@pytest.mark.parametrize("question,jurisdiction", [
    ("云浮专业类服务项目（市直单位承担）在数据管理局验收前置审核通过之前，可以自己先验收吗？", "yunfu"),
    ("竣工验收能不能赶在质量问题整改完成之前开？深圳的项目，质监检查提了整改问题。", "shenzhen"),
    ("Shenzhen: a few quality issues raised by the supervision agency are still open. Can we go ahead and hold the completion acceptance anyway?", "shenzhen"),
    ("钟楼区项目还没招标，施工方已经先进场干起来了，这样合规吗", "zhonglou"),
])
def test_acting_before_what_must_come_first(question, jurisdiction):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert found[0]["verdict"] == "no"


def test_a_duty_to_do_something_first_is_no_proposal_to_skip_it():
    # 之前要先开专题会吗 asks whether the meeting comes first; it proposes nothing
    found = get_kb().ask("龙岗新动议项目，总投资两三千万，报信息化主管部门之前要不要先开分管区领导专题会？")["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("yes", "第十条")


def test_changing_the_annual_plan_once_settled():
    # 第十七条: 年度项目计划一经确定,原则上不予调整 — a rule of its own, asked before the plan's deadline
    found = get_kb().ask("钟楼区年度项目计划定下来以后还能改吗")["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("no", "第十七条")
    assert get_kb().ask("钟楼区年度计划什么时候报")["understood"]["topics"][0] == "annual_plan"


@pytest.mark.parametrize("question,jurisdiction,verdict,article", [
    ("由国有企业掏钱投资的信息化建设，也纳入“智慧文登”项目管理吗？", "wendeng", "yes", "第二条"),       # 掏钱: SOE money; 纳入…管理: scope
    ("文登项目预算和主要内容大改，变更的书面申请可以等开工以后再交吗？", "wendeng", "no", "第十七条"),    # 等…以后再交: put off
    ("不花财政的钱、单位自己出资的项目，在钟楼也要按实施细则申报审批吗？", "zhonglou", "yes", "第三条"),   # 按细则申报: scope
    ("深圳市直单位一个不走政府集中采购的项目，要不要按信息工程质量监督办法来？", "shenzhen", "not_applicable", "第二条"),
    ("涉及秘密的项目在钟楼区是不是同样按政务信息化实施细则报批？", "zhonglou", "not_applicable", "第四十一条"),
    ("从业单位的失信信息，深圳信息工程质监机构最后会报到哪？", "shenzhen", "info", "第二十五条"),         # 报到哪 asks where
    ("文登区部门想新购几台服务器，这种项目是否会被批准", "wendeng", "no", "第五条"),                   # 几台 is "several"
])
def test_more_colloquial_forms(question, jurisdiction, verdict, article):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == (verdict, article)


def test_a_parent_topic_does_not_contradict_the_narrower_one_asked():
    # the county rule (可参照: allowed, not a must) answers: the scope, asked for a county, and the county rule agree
    found = get_kb().ask("云浮下面县里的政务信息化项目，必须按市级办法执行吗")["findings"]
    assert [(f["topic"], f["verdict"]) for f in found] == [("scope", "no"), ("county_projects", "no")]


@pytest.mark.parametrize("question,jurisdiction,verdict,article", [
    ("龙岗的项目合同里质保期只签一年，可以不", "longgang", "no", "第四十五条"),      # 可以不 ends an A-not-A: may we?
    ("文登项目竣工验收结论就“合格”“不合格”两种，没有基本合格这一说，对吧", "wendeng", "yes", "第三十七条"),
    ("文登 项目预算变化挺大 已经开工了 现在再补变更申请行不", "wendeng", "no", "第十七条"),   # 已经…再补: after the fact
    ("问个事，我们在龙岗有个项目合同价800万，上半年因为设备停产已经变更过一次，金额30万，当时三方签字确认就做了。"
     "现在业务调整又要变更55万，还没超总概算。这次还能只让设计、监理、承建确认一下就实施吗", "longgang", "no", "第二十四条"),
])
def test_a_may_tag_a_list_claim_an_after_the_fact_filing_and_a_change_amount(question, jurisdiction, verdict, article):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == (verdict, article)


def test_development_items_of_a_list_add_up_to_the_software_cost():
    found = find_amounts("预算明细：一期功能开发 30万；二期功能开发 20万；云资源租用 27万；合计 77万。")
    assert [(a.value, a.role) for a in found] == [(770_000, "total"), (500_000, "software_cost")]


@pytest.mark.parametrize("question,jurisdiction,article", [
    ("深圳项目的质量季报能不能攒着，等项目结束再一次性报", "shenzhen", "第十七条"),      # saving quarterly filings up
    ("文登项目预算和主要建设内容都变了，打算先开工，事后再去大数据中心补书面申请，这样行吗", "wendeng", "第十七条"),
])
def test_a_filing_put_off_or_made_after_the_fact(question, jurisdiction, article):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("no", article)


@pytest.mark.parametrize("question,jurisdiction,verdict,article", [
    ("文登区 通过共享能拿到的数据 我们自己再采一遍可以嘛", "wendeng", "no", "第六条"),          # 再采一遍: collecting again
    ("坂田街道做个100万的信息化项目 监理这块能省吗", "longgang", "no", "第十八条"),              # 能省吗: may we leave it out
    ("钟楼区某项目初验结束后一个月即提交终验申请，是否符合规定？", "zhonglou", "no", "第二十八条"),  # a month after, not three
    ("钟楼区 项目资金不是财政的，是单位自己的非财政资金，也要走这套流程吗", "zhonglou", "yes", "第三条"),
    ("文登 只是买运维服务 算智慧文登项目不", "wendeng", "yes", "第二条"),                          # 算…不: a kind of it?
])
def test_more_spoken_forms_of_yes_no_questions(question, jurisdiction, verdict, article):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert found[0]["verdict"] == verdict and article in {c["article"] for c in found[0]["citations"]}


@pytest.mark.parametrize("question,article", [
    ("质监检查发现问题后，深圳市直建设单位须在多少日内完成整改？", "第十九条"),              # 多少日
    ("文登的核准文件有效期到底是几个月，有没有写", "第十七条"),                              # 有没有写: does the text say
    ("龙岗区项目按月报送进度时，是否规定了每月的具体报送截止日？", "第二十条"),
    ("钟楼区项目评审小组中从专家库抽取的专家人数有无具体规定？", "第九条"),
    ("钟楼区的系统试运行至少要run多久才能初验", "第二十八条"),
])
def test_whether_the_text_gives_a_number_is_answered_by_its_silence(question, article):
    found = get_kb().ask(question)["findings"]
    assert found[0]["verdict"] == "not_specified" and article in {c["article"] for c in found[0]["citations"]}


def test_a_question_spaced_out_character_by_character():
    from knowledge.reader.question import unspaced

    assert unspaced("云 浮 市 直 单 位 报 了 个  1 2 0 万 的 系 统 ， 监 理 必 须 上 吗") == "云浮市直单位报了个120万的系统，监理必须上吗"
    assert unspaced("钟楼区 30万 要监理吗") == "钟楼区 30万 要监理吗"     # a few spaces are word breaks
    # words typed apart, as in a search box, are one sentence
    assert unspaced("文登区 项目 立项 以后 多久 要 开工") == "文登区项目立项以后多久要开工"
    assert unspaced("Zhonglou 80万 项目 要 不要 找 监理") == "Zhonglou 80万项目要不要找监理"
    found = get_kb().ask("云 浮 市 直 单 位 报 了 个  1 2 0 万 的 系 统 ， 监 理 必 须 上 吗")["findings"]
    assert found[0]["verdict"] == "yes"


def test_skipping_the_review_of_a_study_the_question_presupposes():
    # 第十一条: the feasibility study (5000万 and over) goes to the IT authority before the DRC; the question
    # presupposes the study, so skipping its review is not allowed, whatever the threshold
    found = get_kb().ask("龙岗区项目的可行性研究报告能否不经区信息化主管部门审核，直接报区发改部门审批？")["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("no", "第十一条")


@pytest.mark.parametrize("question,jurisdiction,verdict,article", [
    ("文登区这个项目时间紧，建设单位想省掉初步核验这一步，直接向大数据中心申请竣工验收，行吗", "wendeng", "no", "第三十五条"),
    ("文登区项目要换建设地点，想先开工，开工后再交变更申请，可以吗", "wendeng", "no", "第十七条"),
    ("钟楼区项目用的是非财政资金，细则还管吗", "zhonglou", "yes", "第三条"),
])
def test_skipping_a_step_and_whether_the_rules_still_reach(question, jurisdiction, verdict, article):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jurisdiction]
    assert found[0]["verdict"] == verdict and article in {c["article"] for c in found[0]["citations"]}


@pytest.mark.parametrize("question, jid, topic, verdict", [
    # what the text says of a class it leaves out answers a what-question about that class
    ("钟楼区涉密项目由哪个部门负责管理", "zhonglou", "confidential", "info"),
    # a district's project under a city's measures: the districts follow them by reference
    ("云浮下面区级单位的项目能不能照市里的办法来", "yunfu", None, None),
])
def test_what_the_text_says_of_what_it_leaves_out(question, jid, topic, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    if topic:
        assert (topic, verdict) in [(f["topic"], f["verdict"]) for f in found]
    else:
        assert found and found[0]["verdict"] in ("yes", "conditional")


def test_pure_software_development_is_all_software_cost():
    assert _profile("云浮这个纯软件开发的项目大概六十万")["software_cost"] == 600_000
    assert _profile("Yunfu: purely application software development, about 400k in all")["software_cost"] == 400_000


def test_a_district_named_below_a_city_with_nothing_to_condition():
    # 南山区 asked about a step the Shenzhen text does not have: its scope conditions no duty
    found = get_kb().ask("深圳市福田区的项目，上线前要做渗透测试吗")["findings"]
    assert all(f["verdict"] in ("info", "not_specified") for f in found if f["jurisdiction"] == "shenzhen")


@pytest.mark.parametrize("question, jid", [
    ("钟楼区的项目要是不上传初验结果，能申请终验吗", "zhonglou"),      # 如果/要是 … 不 …, 能
    ("龙岗项目的验收资料少了几份，竣工验收能过吗", "longgang"),          # something missing
    ("文登的项目没经过验收，可以先投入使用吗", "wendeng"),
    ("Longgang: are we allowed to skip the self-test and go straight to the initial acceptance?", "longgang"),
    ("Longgang: if a finished system doesn't hand over its source code, will it still pass the completion acceptance?", "longgang"),
])
def test_a_step_asked_for_while_its_duty_is_unmet(question, jid):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == "no", found[0]


def test_small_readings_of_dates_roles_and_terms():
    from knowledge.reader.dated import named_period
    from knowledge.reader.events import event_named
    from knowledge.reader.quantity import asked

    assert named_period("2026年Q2的质量季报哪天交") == (2026, 2)
    assert event_named("试运行跑完了") == "trial_run_ended"
    assert [a.kind for a in asked("质保期要给多少年")] == ["duration"]
    assert _profile("Budget: application software development 450k, hardware 200k, total 650k")["software_cost"] == 450_000
    found = get_kb().ask("钟楼区中标单位能不能把整个项目包给别的公司做")["findings"]
    assert found[0]["verdict"] == "no"


@pytest.mark.parametrize("question, jid, verdict", [
    ("国企自己花钱建的系统，文登这边算不算智慧文登项目", "wendeng", "yes"),
    ("钟楼区单位用自有的非财政资金做项目，受细则约束吗", "zhonglou", "yes"),     # the rules cover non-fiscal funds
    ("Shenzhen: a city bureau's system paid from its own non-fiscal revenue, not bought via centralised procurement. "
     "Do the quality supervision measures apply?", "shenzhen", "not_applicable"),
])
def test_who_pays_and_whether_the_text_reaches_it(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == verdict, found[0]


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼区概算300万的项目，主要建设内容要调，涉及资金三十万出头，能走调整申请吗", "zhonglou", "no"),   # 出头: over 10%
    ("钟楼区的中标单位把项目整体转包，算不算违规", "zhonglou", "yes"),           # a breach of a prohibition
    ("钟楼区50万的项目没请监理，算违规吗", "zhonglou", "yes"),                 # a duty left out
    ("钟楼区10万的项目没请监理，算违规吗", "zhonglou", "no"),                  # no duty below 30万
    ("云浮的项目软件开发80万，第三方测试我们单位自己测行吗", "yunfu", "no"),     # the text has a qualified body do it
    ("文登区基建项目里的信息化部分，能不能跟主体工程一起招，不单独送大数据中心审", "wendeng", "no"),
    ("钟楼区的系统下月停用，先停掉再到平台上报可以吗", "zhonglou", "no"),
    ("Shenzhen: is it OK to do the quality registration three weeks after signing the contract?", "shenzhen", "no"),
    ("Longgang: contract 2 million, the changes so far add up to 250k. Does the district IT authority review them first?", "longgang", "yes"),
    ("文登的项目没先通过大数据中心审核，直接招标走得通吗", "wendeng", "no"),             # 走得通: leave asked
    ("钟楼区的项目没上传初验结果，财政还拨运维经费吗", "zhonglou", "no"),                # whether what follows still comes
    ("龙岗区一个由民营企业和区财政一起出资的项目，要按办法报批吗", "longgang", "yes"),
    ("钟楼区800万概算的项目，目标不变，主要内容调整资金80万，提调整申请就行，还是得重新申报？", "zhonglou", "conditional"),
])
def test_breaches_proposals_and_shares_read_from_the_whole_question(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == verdict, found[0]


@pytest.mark.parametrize("question, jid", [
    ("布吉街道的项目合同80万，要请监理吗", "longgang"), ("荷花池街道一个40万的项目要监理吗", "zhonglou"),
    ("泽头镇的信息化项目要报大数据中心审核吗", "wendeng"), ("Bantian Subdistrict: does a 2 million project need supervision?", "longgang"),
])
def test_a_street_or_town_is_its_district(question, jid):
    assert get_kb().ask(question)["understood"]["jurisdictions"] == [jid]


def test_a_county_under_a_city_hears_the_texts_word_on_counties():
    found = get_kb().ask("云浮市郁南县的项目能按这个办法办吗")["findings"]
    assert any("参照本办法执行" in c["quote"] for f in found for c in f["citations"])


def test_the_earliest_day_of_a_filing_due_before_its_event():
    answer = get_kb().ask("钟楼区系统计划2027年3月31日停用，停用说明最早哪天能报")["answer"]
    assert "2027-03-01" in answer and "最早" in answer


def test_a_character_offered_as_an_alternative():
    # 结（决）算: 结算 or 决算, either way the final accounts
    assert "final_accounts" in get_kb().ask("龙岗区项目竣工后要出竣工结（决）算报告吗")["understood"]["topics"]


def test_dated_events_said_more_ways():
    from datetime import date

    from knowledge.reader.dated import asks_earliest, stated_events

    assert stated_events("合同3月2号签的，3月5号才备案通过", date(2026, 12, 1)) == {
        "contract_signed": date(2026, 3, 2), "contract_filed": date(2026, 3, 5)}
    # a clause of the date and 签的 alone dates the signing, though the clause before named the filing
    assert stated_events("合同走的是采购中心备案，6月3日签的，6月8日备案通过", date(2026, 12, 1)) == {
        "contract_signed": date(2026, 6, 3), "contract_filed": date(2026, 6, 8)}
    assert stated_events("The old system will be taken out of service on 1 June 2027.", date(2026, 12, 1)) == {
        "decommission_planned": date(2027, 6, 1)}
    assert asks_earliest("初验完了最快哪天能交终验申请")


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗区合同价500万，累计变更正好一成，也就是50万，要报区信息化主管部门审核吗", "longgang", "no"),    # 10% is not over 10%
    ("龙岗项目合同1000万，之前加了60万，现在又要加50万，几方确认一下就能实施吗", "longgang", "no"),       # 11% in all
    ("云浮市直单位，软件开发四十多万，要做第三方测试吗", "yunfu", "no"),                                  # 四十多 is under 五十
    ("云浮市直单位能不能自己单独搞一套机房", "yunfu", "no"),
    ("钟楼的项目初验4月1号做完，打算5月中旬交终验申请，行吗", "zhonglou", "no"),
    ("钟楼区的项目，监理费打算另外列，不算进总投资，可以吗", "zhonglou", None),
    ("文登的项目想先开工，做到一半再补变更申请，可以吧", "wendeng", "no"),
])
def test_still_more_colloquial_proposals(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid and f["verdict"] != "info"]
    if verdict:
        assert found[0]["verdict"] == verdict, found[0]
    else:   # whatever the text says, the question asks whether the fee may be left out
        assert get_kb().ask(question)["understood"]["negated"]


def test_asks_read_in_more_forms():
    from knowledge.reader.dated import named_period
    from knowledge.reader.form import form_of
    from knowledge.reader.quantity import asked

    assert form_of("系统对接的费用从哪出？") == "info"
    assert [a.kind for a in asked("多大的项目要做专家论证")] == ["threshold"]
    assert named_period("2026年4月登记的，二季度的季报最晚哪天报") == (2026, 2)
    assert _profile("Wendeng: the project involves state secrets")["classified"] is True


@pytest.mark.parametrize("question, jid, verdict", [
    ("Longgang: total investment just short of 50 million yuan. Do we need a feasibility study?", "longgang", "no"),
    ("钟楼区概算200万的项目，调整内容涉及资金略超20万，能走调整申请吗", "zhonglou", "no"),   # 略超: over 10%
    ("Longgang budget: hardware 20 million yuan; software 25 million yuan; 45 million yuan in total. Feasibility study needed?",
     "longgang", "no"),
    ("龙岗的项目合同里约定两年的免费维保，可以吗", "longgang", "yes"),
    ("In Longgang, when a project is paid partly by a private firm, do the measures still apply?", "longgang", "yes"),
])
def test_bounds_totals_and_conditions_said_more_ways(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid and f["verdict"] in ("yes", "no")]
    assert found and {f["verdict"] for f in found} == {verdict}, found


def test_a_time_limit_asked_after_the_thing_it_limits():
    # 限时整改，期限多长: the text says 限期整改 and no length; a number about acceptance is no answer
    found = get_kb().ask("文登的项目验收没通过要限时整改，期限是多长")["findings"]
    assert found[0]["verdict"] == "not_specified"


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗预审过了，专家评审能省不，直接报发改", "longgang", "no"),        # 不 closing the asking clause
    ("龙岗合同价500万，变更了30万，几方确认完直接干行吗", "longgang", "yes"),   # 6%: no report needed
    ("深圳项目合同签好三周后再去做质量监督登记行吗", "shenzhen", "no"),
])
def test_proposals_read_in_their_own_clauses(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid and f["verdict"] in ("yes", "no")]
    assert found and found[0]["verdict"] == verdict, found


@pytest.mark.parametrize("question, outside", [
    ("荣成的项目要不要监理", ["荣成"]), ("新建的项目要不要监理", None), ("南山这边的项目要监理吗", None),
])
def test_a_county_named_alone_where_what_follows_speaks_of_a_place(question, outside):
    understood = get_kb().ask(question)["understood"]
    assert understood.get("outside") == outside


def test_english_dates_go_with_what_they_follow():
    from datetime import date

    from knowledge.reader.dated import stated_events

    found = stated_events("We signed the contract on May 6, 2025 and filed it with the procurement centre; "
                          "the filing was approved on May 9, 2025.", date(2026, 12, 1))
    assert found == {"contract_signed": date(2025, 5, 6), "contract_filed": date(2025, 5, 9)}


def test_english_parts_of_a_budget_add_up():
    assert _profile("Yunfu: software development 200,000 yuan; hardware 300,000 yuan; O&M 100,000 yuan")["amount"] == 600_000


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼区概算300万的项目，要调主要内容，涉及资金30万，能走调整申请吗还是得重新申报", "zhonglou", "conditional"),
    ("云浮这个项目的钱都是省里给的，没用市本级财政资金，适用这个办法吗", "yunfu", "not_applicable"),
    ("深圳的项目合同前天签的，质量监督登记能拖到下个月再办吗", "shenzhen", "no"),
    ("龙岗的项目累计变更到合同价12%了，能先做着回头再报主管部门审核吗", "longgang", "no"),
    ("文登的项目试运行都快一年了还没验收，现在申请竣工验收还符合规定吗", "wendeng", "no"),   # past 6 months
])
def test_windows_delays_and_sources_said_loosely(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid and f["verdict"] not in ("info", "not_specified")]
    assert found and found[0]["verdict"] == verdict, found


def test_a_latest_time_is_not_a_time_from_which_a_step_opens():
    from knowledge.reader.quantity import asked, measure

    a = asked("初验完了最晚多长时间之内要交终验申请")[0]
    assert a.latest and measure(a, "项目初验结束3个月后，项目建设单位提交终验申请") == "silent"


def test_what_an_exception_is_allowed_only_after_is_required():
    # 当年必须实施 is the urgent case 第十七条 excepts, allowed only with the leader's consent
    found = get_kb().ask("钟楼区今年必须上的临时项目，需不需要先经分管区领导同意")["findings"]
    assert found[0]["verdict"] == "yes" and found[0]["citations"][0]["article"] == "第十七条"


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗合同价200万，变更过两回，一回12万、一回10万，几家确认了就能直接实施吗", "longgang", "no"),   # 11% in all
    ("云浮的系统还不支持IPV6，不改的话能立项吗", "yunfu", "no"),
    ("Longgang: a change made because a product was discontinued comes to 6% of the contract price. "
     "Can we go ahead without the district IT authority's review?", "longgang", "yes"),
    ("A Shenzhen city department's project is not within the scope of government centralised procurement. "
     "Do the quality supervision measures apply?", "shenzhen", "not_applicable"),
])
def test_the_last_round_of_readings(question, jid, verdict):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid and f["topic"] != "preliminary_design"
             and f["verdict"] not in ("info", "conditional")]
    assert found and found[0]["verdict"] == verdict, found


def test_what_is_timed_before_its_event_in_the_clause_before():
    from knowledge.reader.quantity import asked

    a = asked("造价咨询公司出的竣工决算报告，竣工后多少天内要出来")[0]
    assert "报告" in a.timed and "竣工" in a.anchor


@pytest.mark.parametrize("question, amount", [
    ("领导说龙岗50万以下的项目不用管，我们这个项目正好50万，适用办法吗", 500_000),
    ("Someone said under 300k needs no supervisor in Zhonglou; ours is exactly 300k. Needed?", 300_000),
    ("有人说不到30万不用监理，要不要监理", 300_000),   # only the reported figure: it is still read
])
def test_a_figure_someone_else_said_gives_way_to_the_askers_own(question, amount):
    assert _profile(question)["amount"] == amount


def test_several_quarters_named_are_each_a_period():
    from knowledge.reader.dated import named_periods

    assert named_periods("深圳：2026年一季度和二季度的质量季报分别最晚哪天交") == [(2026, 1), (2026, 2)]
    assert named_periods("What is the last day for the Q2 2026 report, and for Q3 2026?") == [(2026, 2), (2026, 3)]
    assert named_periods("2026年三季度的质量季报最晚哪天交", date(2026, 11, 30)) == [(2026, 3)]


def test_registration_done_in_english_is_the_quality_registration():
    from knowledge.reader.dated import stated_events

    assert stated_events("Shenzhen: registration was done on 2026-05-12; when is the first quarterly report due?",
                         date(2026, 11, 30)) == {"quality_registered": date(2026, 5, 12)}


def test_an_english_event_said_after_its_name():
    from knowledge.reader.dated import stated_events

    assert stated_events("Longgang: the go-live security test was requested on 2026-03-02; when is the report due?",
                         date(2026, 11, 30)) == {"security_test_requested": date(2026, 3, 2)}


@pytest.mark.parametrize("question, field, value", [
    ("We're not doing anything classified; Longgang, 600k, supervisor needed?", "classified", False),
    ("Longgang: our bureau came up with a brand-new project, 20 million. Special meeting?", "new_initiative", True),
    ("Longgang: we're just purchasing some laptops and printers, 700k. Covered?", "kind", "equipment"),
    ("Longgang: we're only buying servers and developing a booking system, 2 million", "kind", None),
    ("龙岗区这个项目是市里统筹安排资金建设的，要不要备案", "funding", "higher"),
    ("Shenzhen: a city bureau's project that isn't within centralised government procurement — covered?", "central_procurement", False),
    ("Longgang: can the maintenance warranty written into our construction contract be just one year?", "warranty_years", 1.0),
    ("Longgang: all we're doing is buying some desktops and a printer. Covered?", "kind", "equipment"),
    ("Wendeng: our trial operation has been running for only three months; acceptance now?", "trial_months", 3.0),
    ("深圳市属国企用自有资金建的系统，要登记吗", "funding", "soe"),
    ("Yunfu: the project is paid wholly out of provincial funds. Does the city measure apply?", "funding", "higher_only"),
    ("合同里质保期写的18个月，够不够", "warranty_years", 1.5),
    ("深圳市直单位的项目，没纳入政府集采，要登记吗", "central_procurement", False),
])
def test_more_facts_in_english(question, field, value):
    assert _profile(question).get(field) == value


def test_a_filing_approved_at_the_procurement_centre_in_english():
    from knowledge.reader.dated import stated_events

    assert stated_events("Contract signed 3 March 2026; the filing with the procurement centre was approved on 6 March 2026.",
                         date(2026, 11, 30)) == {"contract_signed": date(2026, 3, 3), "contract_filed": date(2026, 3, 6)}


def test_a_small_project_is_still_declared_on_the_zhonglou_platform():
    # 第三条 has no lower amount and 第五条 sends every declaration through the platform
    f = next(f for f in get_kb().ask("钟楼区三万元的小项目，还要在平台上申报吗")["findings"] if f["topic"] == "declaration")
    assert f["verdict"] == "yes" and f["citations"][0]["article"] == "第五条"


def test_an_english_trial_run_that_kicked_off_and_the_last_possible_day():
    from knowledge.reader.dated import asks_for_day, stated_events

    text = "Wendeng: the trial operation kicked off on 10 Feb 2026. What's the last possible day for acceptance?"
    assert asks_for_day(text) and stated_events(text, date(2026, 11, 30)) == {"trial_run_started": date(2026, 2, 10)}


@pytest.mark.parametrize("text", [
    "A new Wendeng data project came up mid-year, about 3 million. What approval does it need?",
    "New Longgang platform project raised mid-year, 11 million yuan: who has to sign it off?",
])
def test_a_new_project_raised_mid_year_is_a_new_initiative(text):
    assert _profile(text).get("new_initiative") is True


def test_a_yes_no_fact_is_said_as_a_sentence():
    answer = get_kb().ask("A new Longgang project popped up mid-year, 15 million yuan. Does it need a special meeting chaired by the district leader?")["answer"]
    assert "this project is a new initiative" in answer and "is yes, which" not in answer


@pytest.mark.parametrize("text, kind", [
    ("街道统一换一批办公电脑和打印机，归不归这个办法管", "equipment"),         # buying devices, nothing else
    ("Our bureau is only replacing 40 desktops. Do the measures apply?", "equipment"),
    ("The project is purely a hardware purchase, about 900k.", "equipment"),
    ("买一批电脑，同时开发一个审批系统", None),                              # other work named: not equipment alone
    ("部门打算新买几台服务器", None),                                        # servers are what the texts rule on
])
def test_buying_devices_alone_is_an_equipment_purchase(text, kind):
    from knowledge.reader.question import find_kind

    assert find_kind(text) == kind


@pytest.mark.parametrize("text, field, value", [
    ("Wendeng: the system is paid for by a company donation, with no district fiscal money at all.", "funding", "social_only"),
    ("Longgang: is the day-to-day maintenance of our old platform covered by the measures?", "kind", "operations"),
])
def test_more_english_funding_and_kinds(text, field, value):
    assert _profile(text).get(field) == value


def test_put_into_official_use_before_acceptance_in_english():
    found = get_kb().ask("Zhonglou: the platform hasn't been accepted yet, can we put it into official use next week?")["findings"]
    assert found and found[0]["verdict"] == "no"


@pytest.mark.parametrize("text", [
    "Longgang: could we save up the monthly supervision reports and send everything in one go at the end of the project?",
    "Can we hold off on the quarterly reports and submit them all at year-end?",
])
def test_filings_saved_up_in_english_are_put_off(text):
    from knowledge.reader.question import _unmet

    assert _unmet(text)


@pytest.mark.parametrize("text", [
    "云浮市直单位的项目，资金都是省财政拨付的专项资金，适用这个办法吗",
    "Yunfu: the project is financed out of provincial earmarked funds, not the city budget. Do the city measures apply?",
])
def test_provincial_money_is_outside_a_city_level_text(text):
    out = get_kb().ask(text)
    # (all of it from the province, 都是省财政拨付的: higher-level money only)
    assert _profile(text).get("funding") in ("higher", "higher_only") and not _profile(text).get("urgent")
    assert out["findings"][0]["verdict"] == "not_applicable"


def test_a_place_named_only_as_the_government_that_pays_is_no_place_asked():
    from knowledge.reader.question import find_jurisdictions

    kb = get_kb()
    assert find_jurisdictions("A Longgang platform funded by the Shenzhen municipal government: do we file it?", kb.aliases) == ["longgang"]
    assert find_jurisdictions("龙岗这个系统是深圳市财政拨的款，要备案吗", kb.aliases) == ["longgang"]
    assert find_jurisdictions("深圳和龙岗都要监理吗", kb.aliases) == ["shenzhen", "longgang"]


@pytest.mark.parametrize("text, funding", [
    ("Longgang: the province planned and funded the platform. Must we file it with the district?", "higher"),
    ("Longgang: the city-brain platform, 30 million yuan. Feasibility report needed?", None),     # city-brain is no city money
])
def test_english_higher_level_money(text, funding):
    assert _profile(text).get("funding") == funding


def test_the_district_it_authority_named_is_no_question_of_responsibilities():
    out = get_kb().ask("Longgang: the province planned and funded the platform. Do we have to file it with the district IT authority?")
    assert out["findings"][0]["verdict"] == "yes" and all(f["topic"] != "responsibilities" for f in out["findings"])


@pytest.mark.parametrize("text", ["钟楼项目的数据不打算上平台共享，能通过验收吗", "系统不想做等保测评，可以直接上线吗"])
def test_a_step_the_asker_does_not_want_to_take_then_a_may_question(text):
    from knowledge.reader.question import _unmet

    assert _unmet(text)


def test_money_left_over_is_surplus_funds_in_english():
    out = get_kb().ask("Longgang: if some money is left over after the final accounts, how soon must it be handed back?")
    assert out["findings"][0]["topic"] == "surplus_funds" and "30 working days" in out["findings"][0]["summary"]


def test_where_the_self_evaluation_report_goes():
    assert "钟楼区政务信息化项目管理平台" in get_kb().ask("钟楼区绩效自评报告交到哪里？")["answer"]


def test_a_penalty_asked_after_a_failure_is_no_leave_to_go_ahead():
    found = get_kb().ask("文登项目验收没通过，会不会被记入信用档案？")["findings"]
    assert any(f["verdict"] == "yes" and any(c["article"] == "第三十七条" for c in f["citations"]) for f in found)


def test_the_contract_is_already_signed_names_the_signing():
    from knowledge.reader.events import events_named

    assert [e for e, _, _ in events_named("Our contract is already signed; can we register next month?")] == ["contract_signed"]


@pytest.mark.parametrize("text, verdict", [
    ("郁南县的政务信息化服务项目必须按云浮市级办法执行吗", "no"),      # counties *may* follow it (可参照): need not
    ("郁南县的项目，适用云浮市级这个办法吗", "conditional"),            # whether it applies: on the scope
])
def test_a_county_under_a_city_text_that_counties_may_follow(text, verdict):
    f = get_kb().ask(text)["findings"][0]
    assert f["verdict"] == verdict and any("可参照本办法执行" in c["quote"] for c in f["citations"])


def test_a_district_under_a_text_that_directs_districts_stays_conditional():
    assert get_kb().ask("深圳南山区区级的信息工程，适用这个质量监督暂行办法吗")["findings"][0]["verdict"] == "conditional"


def test_an_english_yes_no_question_about_what_a_text_describes():
    from knowledge.rules.answer import _says_yes_en

    assert _says_yes_en("Failing projects are recorded in the credit file.", "Is a failing project put in the credit file?")
    assert not _says_yes_en("Projects are not entered in the credit file.", "Does it go in the credit file?")


def test_a_contract_signed_then_a_filing_is_no_contract_filing():
    from knowledge.reader.events import events_named

    assert [e for e, _, _ in events_named("合同签了五周再去平台备案")] == ["contract_signed"]
    assert [e for e, _, _ in events_named("合同在采购中心备案通过了")] == ["contract_filed"]


def test_a_who_question_quotes_the_clause_that_says_by_whom():
    from knowledge.rules.details import _with_by_whom

    text = "项目完成后,由建设单位组织验收。多个单位共同使用的平台,由主管部门统一维护。"
    assert _with_by_whom(text, "多个单位共同使用的平台") == "多个单位共同使用的平台,由主管部门统一维护"
    assert _with_by_whom(text, "项目完成后") == "项目完成后,由建设单位组织验收"
    assert _with_by_whom("平台应当统一维护,所需经费列入预算", "平台应当统一维护") == "平台应当统一维护"
    found = get_kb().ask("钟楼区好几个部门合建合用的系统，申报是哪个单位来报")["findings"]
    assert any("牵头单位" in c["quote"] for f in found for c in f["citations"])


def test_an_english_duty_asked_of_a_condition_is_no_proposal():
    # 文登 第三十六条: acceptance 3 to 6 months into the trial run; the question asks the duty, proposes nothing
    found = get_kb().ask("Does Wendeng require a trial run of at least three months before acceptance can happen?")["findings"]
    assert ("wendeng", "yes") in {(f["jurisdiction"], f["verdict"]) for f in found}
    assert not [f for f in found if f["verdict"] == "no"]


def test_a_topic_settled_before_the_asking_clause_does_not_decide_it():
    # 龙岗 第十一条: no feasibility study under 5000万; 第十二条: every project has a preliminary design
    found = get_kb().ask("龙岗区项目才600万，不用做可研，那初步设计和概算还要不要做？")["findings"]
    verdicts = {f["topic"]: f["verdict"] for f in found}
    assert verdicts["preliminary_design"] == "yes" and verdicts.get("feasibility_study") in (None, "no")


@pytest.mark.parametrize("text, jid, topic, verdict", [
    # a place said first with no comma, then the auxiliary: a yes/no question (文登 第五条: no new servers)
    ("In Wendeng may a bureau purchase its own servers", "wendeng", "server_room", "no"),
    # a step not yet done, then "allowed … anyway": a proposal to go ahead without it (龙岗 第二十七条)
    ("Longgang: our third-party test report is not back yet. Is it allowed to do the contract's final acceptance anyway?",
     "longgang", "third_party_testing", "no"),
    # now, and the step next year: put off (文登 第三十四条: no formal use before acceptance)
    ("Wendeng: can we put the platform into formal use now and do the acceptance next year?", "wendeng", "use_before_acceptance", "no"),
    # 没进政府集中采购: outside 深圳 第二条
    ("深圳市直单位的项目没进政府集中采购，要做质量监督登记吗", "shenzhen", "quality_registration", "not_applicable"),
    # 文登 第五条, in English: the IT part of a building project is tendered on its own
    ("Wendeng: is the IT part of our building project tendered separately?", "wendeng", "infrastructure_it", "yes"),
])
def test_more_ways_of_asking_read_as_meant(text, jid, topic, verdict):
    found = {(f["jurisdiction"], f["topic"]): f["verdict"] for f in get_kb().ask(text)["findings"]}
    assert found.get((jid, topic)) == verdict, found


def test_a_typed_na_for_which_day_still_asks_the_day():
    # 施行日期是那天 (那 for 哪): 深圳 第二十八条 gives the year only
    f = get_kb().ask("深圳这个质量监督暂行办法的施行日期是那天")["findings"][0]
    assert f["verdict"] == "not_specified"


def test_the_last_possible_date_asks_the_latest_day():
    from knowledge.reader.dated import asks_for_day, asks_latest

    assert asks_latest("what's the last possible date for the acceptance?") and asks_for_day("the final date to file?", dated=False)


@pytest.mark.parametrize("text, jid, topic, verdict", [
    # 新提了个项目 is a new initiative (龙岗 第十条: 1000万以上的新动议项目 need the leader's meeting)
    ("龙岗区今年新提了个项目，一千五百万左右，报审之前要开分管区领导专题会吗", "longgang", "special_meeting", "yes"),
    # put off until something next month, in English: checked against the 5 working days (深圳 第十六条)
    ("Shenzhen: the contract was signed three weeks ago; may we delay the quality supervision registration until the servers arrive next month?",
     "shenzhen", "quality_registration", "no"),
])
def test_more_facts_read_as_meant(text, jid, topic, verdict):
    found = {(f["jurisdiction"], f["topic"]): f["verdict"] for f in get_kb().ask(text)["findings"]}
    assert found.get((jid, topic)) == verdict, found


def test_whats_without_an_apostrophe_asks_what():
    from knowledge.reader.form import classify

    assert classify("Wendeng: whats the time limit for the acceptance?", "en").form == "info"


def test_concealed_works_in_english_name_the_records_rule():
    found = get_kb().ask("Shenzhen: what records does the builder keep of hidden works?")["findings"]
    assert any(c["article"] == "第十条" for f in found for c in f["citations"])


def test_an_exact_figure_after_an_estimate_it_fits_stands():
    answer = get_kb().ask("钟楼区的项目预算不到50万，四十六万五，要不要监理？")["answer"]
    assert "46.5万" in answer


def test_a_place_said_as_a_heading_is_where_the_asker_is():
    for text in ("Changzhou Xinbei District: do we follow the Zhonglou rules for supervision?", "常州新北区：监理按钟楼区的细则来吗"):
        found = get_kb().ask(text)["findings"]
        assert [(f["jurisdiction"], f["verdict"]) for f in found] == [("zhonglou", "not_applicable")]


@pytest.mark.parametrize("text, verdict", [
    ("深圳：建设单位同意了，承建单位把演示系统放到互联网上就可以吧", "yes"),      # the consent 第十条 waits for is given
    ("Shenzhen: once we have the owner's consent, may the contractor put the demo system on the internet?", "yes"),
    ("深圳：建设单位没同意，承建单位能把演示系统放到网上吗", "no"),
])
def test_a_prohibition_lifted_by_the_consent_said_to_be_given(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "shenzhen"]
    assert [f["verdict"] for f in found][:1] == [verdict]


def test_whether_a_project_still_stands_after_its_approval_lapses():
    # 文登 第十七条: 在核准文件有效期内未启动建设的，原建设项目自动取消
    f = next(f for f in get_kb().ask("文登区的项目批下来以后一直没动，等核准文件有效期过了再启动，项目还算数吗")["findings"]
             if f["jurisdiction"] == "wendeng")
    assert f["verdict"] == "no" and any("自动取消" in c["quote"] for c in f["citations"])
    assert get_kb().ask("文登的办法现在还有效吗")["findings"][0]["topic"] == "validity"


def test_the_evaluation_of_a_running_service_in_english():
    # 云浮 监督·第1段: 市政务服务数据管理局及市财政局…进行总体监督和应用效果评价
    found = get_kb().ask("Yunfu: who assesses the application effect of a service project once it is in operation?")["findings"]
    assert any("应用效果评价" in c["quote"] for f in found for c in f["citations"])


@pytest.mark.parametrize("text", ["Wendeng: may we begin construction before the big data center approves the plan?",
                                  "文登：方案批复下来之前，能不能先开工建设"])
def test_building_before_the_review_is_approved(text):
    # 文登 第十三条: the big data centre's review opinion comes before approval and funds; the centre is no server room
    found = {f["topic"]: f["verdict"] for f in get_kb().ask(text)["findings"]}
    assert found.get("review_opinion") == "no" and "server_room" not in found


def test_building_while_making_up_the_change_request():
    # 文登 第十七条: the written change request comes before construction starts
    found = get_kb().ask("文登的项目预算变化很大，边干边补变更申请可以吗")["findings"]
    assert [f["verdict"] for f in found] == ["no"] and any(c["article"] == "第十七条" for c in found[0]["citations"])


def test_a_stated_list_before_the_question_is_background():
    # the list names 服务器, but the question asks whether the measures apply; a topic asked again stays
    out = get_kb().ask("龙岗的，报价如下：应用开发 30万，服务器 12万，实施 10万。这个归不归区里的办法管？")
    assert [f["topic"] for f in out["findings"]] == ["scope"] and "本项目52万元，满足" in out["answer"]
    found = get_kb().ask("云浮市直单位报价：软件开发 32万；监理 8万；合计 80万。监理和第三方测试是必须的吗")["findings"]
    assert {f["topic"] for f in found} >= {"supervision", "third_party_testing"}


def test_an_english_time_asked_after_an_event_said_far_from_the_ask():
    from knowledge.reader.quantity import asked

    a = asked("How many working days does the big data bureau have to organise the final acceptance after we submit the application?")[0]
    assert {"submi", "appli"} <= a.anchor


@pytest.mark.parametrize("text, jid", [("文登的项目能不能分成两个子项目分开验收", "wendeng"),
                                       ("云浮的服务项目可以拆开分批验收吗", "yunfu"),
                                       ("Wendeng: may we accept the two sub-projects separately?", "wendeng")])
def test_splitting_the_acceptance_against_whole_acceptance(text, jid):
    # 文登 第三十四条 and 云浮 验收·第1段: 整体立项，整体验收
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == "no" and any("整体验收" in c["quote"] for c in found[0]["citations"])


def test_an_ip_protocol_asked_names_the_ipv6_rule():
    found = get_kb().ask("云浮的服务项目对IP地址协议有什么要求")["findings"]
    assert any(f["topic"] == "ipv6" for f in found)


@pytest.mark.parametrize("text", ["龙岗区的项目一台设备都不买，完全没有设备采购，初步设计还要三家询价吗",
                                  "Longgang: our design has no equipment purchase in it. Do we still need three supplier quotes?"])
def test_a_duty_tied_to_a_fact_the_question_denies(text):
    # 龙岗 第十二条: 涉及设备采购的，应先开展市场询价并取得不少于3家机构报价清单
    found = {f["topic"]: f["verdict"] for f in get_kb().ask(text)["findings"]}
    assert found.get("quotes") == "no"
    assert {f["topic"]: f["verdict"] for f in get_kb().ask("龙岗区项目要买设备，初步设计要做三家询价吗")["findings"]}.get("quotes") == "yes"


def test_which_documents_to_file_with_the_application_in_english():
    found = get_kb().ask("Zhonglou: for a 200k yuan project, which documents do we file with the application?")["findings"]
    assert [f["topic"] for f in found][:1] == ["declaration_documents"]


def test_capital_construction_in_english_is_no_project_kind():
    # 云浮: 纳入本办法管理范围内的…项目，不再按照基本建设项目审批程序进行审批
    found = get_kb().ask("Yunfu: must our IT service project follow the capital construction project approval procedure?")["findings"]
    assert [(f["topic"], f["verdict"]) for f in found][:1] == [("capital_construction", "no")]


@pytest.mark.parametrize("text", ["Zhonglou: an urgent project outside the annual plan - may we build first and sort out the approval at year-end?",
                                  "钟楼区临时急需的项目，不在年度计划里，先建着年底再补审批手续行不行"])
def test_an_urgent_project_built_first_with_the_approval_at_year_end(text):
    # 钟楼 第十七条: an urgent new project still goes through approval before it is built
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found[0]["verdict"] == "no"


def test_problems_found_in_an_inspection_name_the_oversight_rules():
    from knowledge.reader.topics import detect

    assert "oversight" in detect("质监检查查出质量问题后要多久改好", get_kb().topics)


def test_amounts_said_in_more_ways():
    from knowledge.reader.amounts import find_amounts

    assert [a.value for a in find_amounts("项目投资99万9千，里面软件开发占60万")] == [999000, 600000]   # 万 then 千
    assert [a.value for a in find_amounts("总投资四千八左右（万元）")] == [48000000]                     # the unit after 左右


@pytest.mark.parametrize("text", ["龙岗区合同金额１２００万 合同初步验收要开专家会马",                      # 马 typed for 吗
                                  "longgang  project  contract 12 million yuan  do we need an expert meeting for the initial acceptance"])
def test_yes_no_questions_typed_loosely(text):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "longgang"]
    assert found[0]["verdict"] == "yes"


def test_more_dated_and_elapsed_events():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed, stated_events

    today = date(2026, 12, 1)
    assert stated_events("我们和承建方3月2号签的约，备案最晚哪天", today) == {"contract_signed": date(2026, 3, 2)}
    assert stated_events("We signed with the contractor on March 2, 2026. When is the filing due?", today) == {
        "contract_signed": date(2026, 3, 2)}
    assert stated_events("Contract signed 2 March 2026, filed with the procurement centre and approved there on 6 March 2026.", today) == {
        "contract_signed": date(2026, 3, 2), "contract_filed": date(2026, 3, 6)}
    assert stated_elapsed("初验两个月前结束了，能交终验申请吗", today) == {"initial_acceptance_passed": date(2026, 10, 1)}
    assert stated_elapsed("It's been two months since the initial acceptance finished. Can we apply?", today) == {
        "initial_acceptance_passed": date(2026, 10, 1)}
    assert stated_elapsed("终验一个月前要提交材料吗", today) == {}   # a month before a step: no time passed


def test_money_described_by_its_source_and_what_it_is_not():
    from knowledge.reader.membership import membership

    assert membership("项目资金是部门自筹、不是财政拨款的，算区政府资金吗") == ("部门自筹", "区政府资金", False)


@pytest.mark.parametrize("text, verdict", [
    ("深圳：承建单位没征得建设单位同意，就把生产系统放到互联网上了，算不算违规", "yes"),   # the consent skipped
    ("Shenzhen: with the owner's consent the contractor published the demo online. Is that a violation?", "no"),
])
def test_a_breach_of_a_prohibition_lifted_by_consent(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "shenzhen"]
    assert found[0]["verdict"] == verdict


@pytest.mark.parametrize("text, verdict", [("Does Zhonglou recommend software testing for software projects?", "yes"),
                                           ("钟楼区细则是不是建议软件类项目引入软件测评？", "yes"),
                                           ("钟楼区软件项目必须做软件测评吗", "no")])
def test_whether_a_text_advises_a_step(text, verdict):
    # 钟楼 第十五条: 建议承接单位对软件类项目引入软件测评机制
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found[0]["verdict"] == verdict


def test_what_date_a_text_took_effect_asks_a_day():
    f = get_kb().ask("On what date did the Longgang measures take effect?")["findings"][0]
    assert f["verdict"] == "not_specified"   # 龙岗 第五十五条: the day is left blank


@pytest.mark.parametrize("text", [
    "Longgang: may we file the award notice and contract copy with the IT authority a month after signing?",
    "Longgang: can we hold off filing the award notice and the copy of the contract with the district informatization authority until the system is finished?",
])
def test_an_english_filing_put_off_past_its_days(text):
    # 龙岗 第十九条: 10 working days after signing
    found = {f["topic"]: f["verdict"] for f in get_kb().ask(text)["findings"]}
    assert found.get("contract_filing") == "no", found


def test_english_application_development_items_are_software():
    from knowledge.reader.amounts import find_amounts

    found = {a.role: a.value for a in find_amounts("line items: custom application development 300k, mobile app development 220k, hosting 100k")}
    assert found.get("software_cost") == 520000


def test_whether_the_text_sets_a_duty_is_a_yes_no_question():
    from knowledge.reader.form import classify

    assert classify("龙岗有没有规定建设期内要按月报进度", "zh").form == "yesno"
    assert classify("文件里有没有规定整改期限", "zh").form == "info"
    assert classify("Could you tell me who approves the project?", "en").form == "info"


def test_a_zone_after_its_city_is_the_place_named():
    out = get_kb().ask("西安高新区的信息化项目要不要监理")
    assert out["findings"] == [] and "西安高新区" in out["answer"]


def test_signing_off_the_plan_is_the_review_in_english():
    found = {f["topic"]: f["verdict"] for f in get_kb().ask("Wendeng: may we start building before the big data centre signs off on the plan?")["findings"]}
    assert found.get("review_opinion") == "no"


def test_whether_a_kind_of_work_is_a_covered_project():
    # 钟楼 第三条: 各类新建、扩建、升级改造、运行维护的信息系统
    found = get_kb().ask("钟楼区把系统运维外包给公司，这算不算政务信息化项目")["findings"]
    assert (found[0]["topic"], found[0]["verdict"]) == ("scope", "yes")


@pytest.mark.parametrize("text, jid, verdict", [
    ("Does Zhonglou require a supervisor for a 35 wan project?", "zhonglou", "yes"),                      # wan: 万 in pinyin
    ("龙岗区临时动议的项目，投资一千二百万，要先开分管区领导专题会吗", "longgang", "yes"),                  # 临时动议: a new initiative
    ("Does Shenzhen's quality supervision measure cover a state-secret project?", "shenzhen", "not_applicable"),
    ("Shenzhen: may we hold the completion acceptance while the quality problems the inspectors found are still being rectified?",
     "shenzhen", "no"),
    ("文登项目建设内容要大改，先干着，等验收时一起报变更行不行", "wendeng", "no"),
    ("钟楼区项目等保测评来不及做，能不能挪到终验以后再补", "zhonglou", "no"),
])
def test_third_round_kinds(text, jid, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid]
    assert found[0]["verdict"] == verdict, found[0]


def test_more_funding_said_as_people_say_it():
    from knowledge.reader.question import find_funding

    assert find_funding("省里全额拨款建设的项目") == "higher"
    assert find_funding("a project paid for entirely by a private firm") == "social_only"


def test_a_may_question_that_mentions_being_late_is_answered_as_may():
    # 来不及 says why; 能不能 asks leave: 不可以, not 否
    answer = get_kb().ask("钟楼区项目等保测评来不及做，能不能放到终验之后再补？")["answer"]
    assert "等级保护测评：不可以" in answer
