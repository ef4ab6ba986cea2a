"""Readings from the thirty-first session (issue 8), each with a look-alike that must keep its answer: the names staff
give a party among themselves ("PM firm" for the supervisor, "subbed out" for subcontracted, 没动工, 收好处, 基建那套流程);
an app's development share of a total; lateness said as 迟交 and "still within the period"; an event dated on a day still
to come (下周一签合同); "now" in English without a question mark; "and then … one month later"; a change's sum after "change
orders,"; servers bought for a platform (no pure equipment purchase); the money not used ("no district money"); a city's
own bureau under a district text; who does a step, checked in
English and in the texts' other names for it (初步核验); the owner not asked is no consent; "on the hook"; an acceptance
package's list; the length of a rectification in English; "one guy"; a text whose own term has run out.
The questions are the project's own sentences (none is an evaluation case)."""
import datetime

import pytest
from reader_answers import articles, first_verdict, topic_verdicts, verdicts

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.dated import stated_ahead
from knowledge.reader.question import find_funding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")   # a Saturday


TODAY = datetime.date(2026, 12, 5)


def _summary(question: str, jid: str) -> str:
    return " ".join(f["summary"] for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid)


# --- the names staff give a party or a step ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, topic, verdict", [
    ("Longgang district-funded platform, roughly 2.4M. do we have to bring in a PM firm", "longgang", "supervision", "yes"),
    ("Yunfu city-level project, 600k in total. do we need a project management company", "yunfu", "supervision", "no"),
    # the look-alike: a project manager is a person, not the supervisor
    ("Zhonglou: our PM wants to skip the trial run, ok?", "zhonglou", "trial_run", "no"),
])
def test_the_supervisor_by_its_staff_name(question, jid, topic, verdict):
    assert topic_verdicts(question, jid).get(topic) == verdict


def test_work_subbed_out_is_subcontracted_and_the_main_contractor_stays_liable():
    assert topic_verdicts("Shenzhen: the prime contractor subbed out the video module and the sub's code is a mess. "
                          "is the prime contractor on the hook too", "shenzhen")["subcontracting"] == "yes"
    assert first_verdict("Shenzhen: the main contractor subcontracted part of the work. is the subcontractor liable too",
                         "shenzhen") == "yes"


def test_work_never_started_said_as_dong_gong():
    assert "第十七条" in articles("文登区 批复下来一年多了一直没动工，会怎么样", "wendeng")
    assert "第十七条" in articles("文登区 项目批复两年了还没开工，会怎么样", "wendeng")   # the text's own word, as before


def test_the_capital_construction_procedure_said_as_jijian_naxie_liucheng():
    assert topic_verdicts("云浮市级的服务项目 还得走基建那套审批流程吗", "yunfu")["capital_construction"] == "no"
    # the look-alike: the IT part of an infrastructure project is another topic
    assert "capital_construction" not in topic_verdicts("云浮市直 基建项目里的信息化部分 要单独招标吗", "yunfu")


def test_taking_favours_is_the_penalties():
    assert topic_verdicts("云浮 经办人收了承建商的好处 会怎么处理", "yunfu")["penalties"] == "info"
    assert topic_verdicts("文登区 项目经办人吃回扣会怎样", "wendeng")["penalties"] == "info"


# --- amounts ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("total budget 1.1M, of which about 700k is app development", [(1100000, "total"), (700000, "software_cost")]),
    ("项目总共一百二十万，其中APP开发六十万", [(1200000, "total"), (600000, "software_cost")]),
    # the look-alike: a development contract's own figure is no share of another
    ("the app development contract is 700k", [(700000, "contract_amount")]),
    ("contract price 2.6 million. after two change orders, 300k in total so far", [(2600000, "contract_amount"), (300000, "change_amount")]),
])
def test_amount_roles(text, roles):
    assert [(a.value, a.role) for a in find_amounts(text)] == roles


def test_third_party_testing_from_an_app_share():
    assert topic_verdicts("云浮市级项目 总投资90万，其中APP开发55万，要第三方测试吗", "yunfu")["third_party_testing"] == "yes"
    assert topic_verdicts("Yunfu municipal: ~1.1M in total, of which about 420k is app development. third-party testing needed?",
                          "yunfu")["third_party_testing"] == "no"


# --- days: late, in time, ahead, now, later ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, verdict", [
    ("深圳市直 二季度的季报7月3号才传上平台，算不算迟交", "no"),
    ("深圳市直 三季度的季报10月20号才传上平台，是不是迟报了", "yes"),
])
def test_late_said_as_chijiao(question, verdict):
    assert first_verdict(question, "shenzhen") == verdict


def test_the_step_still_undone_after_two_dated_events_is_measured_today():
    q = "深圳 合同11月16号签的，采购中心备案11月30号才通过，质监登记到今天还没做，还在期限里吗"
    assert first_verdict(q, "shenzhen") == "yes"   # from the filing: 12月7日
    late = "深圳 合同11月2号签的，采购中心备案11月16号才通过，质监登记到今天还没做，还在期限里吗"
    assert first_verdict(late, "shenzhen") == "no"


def test_an_event_on_a_day_still_to_come():
    assert stated_ahead("深圳市直 明天签合同 质量监督登记最晚哪天", TODAY) == {"contract_signed": datetime.date(2026, 12, 6)}
    assert stated_ahead("we sign the contract next Monday", TODAY) == {"contract_signed": datetime.date(2026, 12, 7)}
    assert stated_ahead("下周签合同", TODAY) == {}   # a week, no day
    assert "2026-12-11" in _summary("深圳市直 明天签合同 质量监督登记最晚哪天", "shenzhen")
    assert "2026-12-14" in _summary("Shenzhen municipal: we sign the contract next Monday, no procurement centre filing. "
                                    "what's the latest day for the quality supervision registration", "shenzhen")


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: initial acceptance done on Nov 2. can we apply for final acceptance now", "zhonglou", "no"),
    ("Zhonglou: initial acceptance done on Aug 3. can we apply for final acceptance now", "zhonglou", "yes"),
    ("Wendeng: trial run started Nov 1. can we organise acceptance now", "wendeng", "no"),
])
def test_now_in_english_without_a_mark(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_registration_day_said_as_still_on_time():
    q = "Shenzhen municipal: contract signed Wed Nov 25 (no procurement-centre filing), we register on Tue Dec 1. still on time"
    assert first_verdict(q, "shenzhen") == "yes"
    late = "Shenzhen municipal: contract signed Mon Nov 16 (no procurement-centre filing), we register on Tue Dec 1. still on time"
    assert first_verdict(late, "shenzhen") == "no"


def test_a_step_some_time_after_the_one_before_then():
    q = "Zhonglou: we'll do the initial acceptance when the trial run ends and then apply for final acceptance two weeks later. ok?"
    assert first_verdict(q, "zhonglou") == "no"
    q = "Zhonglou: we'll do the initial acceptance when the trial run ends and then apply for final acceptance four months later. ok?"
    assert first_verdict(q, "zhonglou") == "yes"


# --- who and what the text covers -------------------------------------------------------------------------------------

def test_servers_for_a_platform_are_no_pure_equipment_purchase():
    assert first_verdict("Longgang: can we just buy a few servers for the new platform ourselves", "longgang") == "no"
    assert "第四十二条" in articles("Longgang: can we just buy a few servers for the new platform ourselves", "longgang")
    # the look-alike: buying only hardware is outside the measures
    assert first_verdict("Longgang: the project is only buying hardware, 600k. do the measures apply", "longgang") == "not_applicable"


@pytest.mark.parametrize("text, funding", [
    ("paid entirely from the city budget, no district money", "city"),
    ("没用区财政，全是市财政的钱", "city"),
    ("paid from district funds", "district"),
    ("区财政出钱", "district"),
])
def test_the_money_not_used_is_no_source(text, funding):
    assert find_funding(text) == funding


def test_a_city_funded_system_in_the_district_is_outside_the_district_measures():
    q = "A Shenzhen municipal department runs a system in Longgang, all of it paid by the city budget and no district money. Do Longgang's measures apply?"
    assert first_verdict(q, "longgang") == "no"


def test_a_city_bureau_under_a_district_text():
    assert first_verdict("我们是威海市大数据局 市级的项目 要走智慧文登的备案吗", "wendeng") == "not_applicable"
    assert first_verdict("我们是文登区大数据中心，试运行不满3个月能验收吗", "wendeng") == "no"


def test_a_service_the_scope_names_by_its_kind():
    assert "总则·第7段" in articles("云浮市直 向社会购买数据治理服务 归这个办法管吗", "yunfu")


# --- who does it, consent, liability, documents -----------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    ("文登 初验是大数据中心来组织吗", "wendeng", "no"),
    ("文登 初验是建设单位自己组织吗", "wendeng", "yes"),
    ("Wendeng: does the big data centre run our preliminary acceptance", "wendeng", "no"),
    ("Wendeng: is it the big data center that does the initial acceptance", "wendeng", "no"),
])
def test_who_does_a_step(question, jid, verdict):
    assert topic_verdicts(question, jid)["actor"] == verdict


@pytest.mark.parametrize("question, verdict", [
    ("Shenzhen: the developer put our demo system online for a trade show, no one asked us. allowed?", "no"),
    ("深圳市直 承建商没问我们就把演示系统挂到互联网上了，这样行吗", "no"),
    # the look-alike: consent not said either way
    ("深圳市直 承建商想把演示系统挂到互联网上给别的客户看，行吗", "conditional"),
])
def test_the_owner_not_asked_is_no_consent(question, verdict):
    assert topic_verdicts(question, "shenzhen")["internet_publishing"] == verdict


def test_a_document_asked_of_the_acceptance_package():
    assert "第三十条" in articles("Zhonglou: does the acceptance package need the trial-run report", "zhonglou")


# --- numbers ----------------------------------------------------------------------------------------------------------

def test_the_length_of_a_rectification_in_english():
    q = "Wendeng: if a project fails its completion acceptance, how long do we get for the rectification?"
    assert verdicts(q, "wendeng") == {"not_specified"}
    assert "第三十七条" in articles(q, "wendeng")
    # the look-alike: a length the text sets stays given
    assert "info" in verdicts("Wendeng: if we apply for completion acceptance, how many working days does the centre take to organise it?", "wendeng")


def test_one_guy_is_one_person():
    q = "shenzhen: the quality supervision body only sent one guy for the spot check, is that fine"
    assert topic_verdicts(q, "shenzhen")["oversight"] == "no"


def test_a_text_whose_own_term_has_run_out():
    assert first_verdict("深圳的质量监督办法现在还在有效期内吗", "shenzhen") == "no"
    assert topic_verdicts("Is the Shenzhen quality supervision measure still in force", "shenzhen")["validity"] == "no"
    # the look-alike: a text with no date given cannot be said to have lapsed
    assert first_verdict("云浮的办法现在还有效吗", "yunfu") == "info"


# --- the review's narrowings: each a case the first form of these readings got wrong -----------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    ("我们是常州市钟楼区教育局，项目40万要上监理吗", "zhonglou", "yes"),           # a district's bureau, named after its city
    ("我是威海市文登区人社局的，系统试运行才两个月能验收吗", "wendeng", "no"),
])
def test_a_districts_bureau_named_with_its_city_is_the_districts(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_one_guy_who_is_no_inspector():
    q = "Shenzhen: the inspectors wrote up problems and one guy from our side signed the record. do we now have to rectify?"
    assert first_verdict(q, "shenzhen") == "yes"


def test_the_it_part_of_an_infrastructure_project_is_not_the_capital_construction_procedure():
    assert "第五条" in articles("文登 基建那套流程里的信息化部分，招标前要给大数据中心看方案吗", "wendeng")


def test_collecting_data_is_no_favour_taken():
    assert "penalties" not in topic_verdicts("文登 项目数据归集到区大数据平台后，对我们收集数据有什么好处", "wendeng")


def test_the_annual_project_plan_adjusted():
    assert topic_verdicts("Zhonglou: once the annual project plan is set, can it still be adjusted?", "zhonglou")["plan_change"] == "no"


def test_change_orders_listed_after_one_another():
    assert [(a.value, a.role) for a in find_amounts("contract 1M, two change orders so far: 90k and 30k")] == \
        [(1000000, "contract_amount"), (90000, "change_amount"), (30000, "change_amount")]
    assert first_verdict("Longgang: contract 1M, change orders, 90k, and now one more, 30k. within estimate. review needed?", "longgang") == "yes"


@pytest.mark.parametrize("question, verdict", [
    ("深圳市直 合同11月25号签的，昨天才去做的质量监督登记，算不算迟报", "yes"),   # the 5th working day was 12月2日
    ("深圳市直 合同11月30号签的，昨天才去做的质量监督登记，算不算迟报", "no"),    # 12月7日
])
def test_a_step_done_yesterday_asked_as_chibao(question, verdict):
    assert first_verdict(question, "shenzhen") == verdict


@pytest.mark.parametrize("question, verdict", [
    ("Longgang: contract 2M, three change orders so far, 50k, 60k and 100k. review needed?", "yes"),   # 210k: 10.5%
    ("龙岗 合同价300万，变更，目前累计35万，要报审吗", "yes"),
    ("龙岗 合同价300万，变更，目前累计25万，要报审吗", "no"),
])
def test_change_sums_said_after_the_change(question, verdict):
    assert first_verdict(question, "longgang") == verdict


@pytest.mark.parametrize("text, funding", [
    ("A Shenzhen municipal bureau project paid fully by a central government grant, no city money at all", "higher_only"),
    ("全部是省里的钱，没用市本级财政资金", "higher_only"),
    ("省里拨的专项资金", "higher"),                       # from above, not said to be the whole of it
    ("中央补助资金200万，市里配套100万", "higher"),
])
def test_money_only_from_above(text, funding):
    assert find_funding(text) == funding


def test_a_city_text_and_money_only_from_above():
    q = "A Shenzhen municipal bureau's project is paid fully by a provincial grant, with no city money. Is it covered by the quality supervision measures?"
    assert first_verdict(q, "shenzhen") == "not_applicable"
    assert first_verdict("云浮市直 项目全部是省里的钱，没用市本级财政资金，要按这个办法走吗", "yunfu") == "not_applicable"
    # the look-alike: money from above beside the city's own keeps the project in
    assert first_verdict("深圳市直 项目用了省里的补助，市财政也出了一部分，要做质量监督登记吗", "shenzhen") == "yes"


def test_the_years_project_plan_by_wendengs_own_word():
    assert topic_verdicts("文登 智慧文登项目规划多久报一次", "wendeng")["annual_plan"] == "info"
    assert "第十一条" in articles("文登 项目规划什么时候报", "wendeng")
