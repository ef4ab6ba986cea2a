"""Readings from the thirtieth session (issue 8), each with a look-alike that must keep its answer: a claim someone made,
checked with a tag (科长说…不归它管。是这样吗, "My colleague says …. is that right"), answered of the claim; a step put
after another in English ("can wait until after final acceptance", "upload … after acceptance", "later, once the
project is halfway through"); a change's figure said before "worth"; a sum that looks like a day ("about 3.6M"); 当天
after a dated clause; a month proposed after a day it would come before; a background event out of the text's order; a
city's money "拨下来"; a step said not taken as the gate of the step asked; negations typed without the apostrophe; a
duty told without a mark; "where" opening a relative clause; a district's project under a city text "directly"; a
county of the city named with it (Changzhou Xinbei); the places by their initials (SZ, LG); what is asked next in
English; a fee asked of a step; who does or pays for a step where the text names no one.
The questions are the project's own sentences (none is an evaluation case)."""
import datetime

import pytest
from reader_answers import articles, first_verdict, topic_verdicts, verdicts

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.dated import stated_events
from knowledge.reader.form import claim_checked, classify


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")   # a Saturday


def _ask(question: str) -> dict:
    return get_kb().ask(question)


TODAY = datetime.date(2026, 12, 5)


# --- a claim checked with a tag is answered of the claim --------------------------------------------------------------

@pytest.mark.parametrize("question, verdict", [
    ("深圳市直项目，下个月合同验收。监理公司说月报每个月都交了，监理总结报告就不用再单独写了。是这样吗", "no"),
    # the look-alike: the claim that it must be written holds
    ("深圳市直项目，下个月合同验收。监理公司说合同验收前他们还得写一份监理总结报告。是这样吗", "yes"),
])
def test_a_claim_that_a_duty_is_not_there_checked_with_a_tag(question, verdict):
    assert topic_verdicts(question, "shenzhen")["supervision_duties"] == verdict


def test_a_claim_that_the_text_does_not_cover_the_case_is_answered_as_the_claim():
    said_not = _ask("文登区，我们明年买系统运维服务，八十多万。科长说这个办法只管新建项目，运维服务不归它管。是这样吗")
    scope = next(f for f in said_not["findings"] if f["topic"] == "scope")
    assert scope["verdict"] == "no" and "说得不对" in said_not["answer"]
    # the look-alike: the claim that it does cover it
    said = _ask("文登区，我们明年买系统运维服务，八十多万。科长说这个办法也管运维服务项目。是这样吗")
    assert next(f for f in said["findings"] if f["topic"] == "scope")["verdict"] == "yes" and "说得不对" not in said["answer"]


def test_a_claim_is_checked_only_where_someone_is_said_to_say_it():
    assert claim_checked("科长说运维服务不归它管。是这样吗")
    assert claim_checked("My colleague says we can skip it. is that right")
    assert not claim_checked("文登区运维服务项目归这个办法管吗")
    assert not claim_checked("运维服务也归这个办法管，是这样吗")   # the asker's own word, no one said to say it


@pytest.mark.parametrize("question, verdict", [
    ("龙岗区的项目合同金额刚好一千万。同事说合同初验我们自己拉上承建、监理、用户单位验一下就行，不用开专家会。对吗", "no"),
    ("龙岗区的项目合同金额五百万。同事说合同初验我们自己拉上承建、监理、用户单位验一下就行，不用开专家会。对吗", "yes"),
])
def test_a_colleague_s_claim_that_a_panel_is_not_needed_is_read_against_the_amount(question, verdict):
    assert topic_verdicts(question, "longgang")["expert_initial_acceptance"] == verdict


@pytest.mark.parametrize("question, verdict", [
    ("Shenzhen municipal project: trial run done. My colleague says we can book the completion acceptance right away, "
     "no need to look at the quality management platform first. is that right", "no"),
    ("Yunfu municipal project. Our finance guy says the third-party acceptance testing costs aren't part of the project "
     "budget. Is he right", "no"),
])
def test_an_english_claim_checked_without_a_question_mark(question, verdict):
    jid = "shenzhen" if "Shenzhen" in question else "yunfu"
    assert first_verdict(question, jid) == verdict if jid == "shenzhen" else verdict in verdicts(question, jid)


def test_the_claim_that_a_cost_is_counted_in_the_budget_holds():
    question = "Yunfu municipal project. Our finance guy says the acceptance testing costs are part of the project total investment. Is he right"
    assert topic_verdicts(question, "yunfu")["acceptance_testing"] == "yes"


# --- a step put after another, in English --------------------------------------------------------------------------

@pytest.mark.parametrize("question, verdict", [
    ("Zhonglou project. The vendor says the 等保 assessment can wait until after final acceptance. Is that OK", "no"),
    ("Longgang: the vendor says we can upload the project archives to the full-process system after acceptance. right?", "no"),
    ("Shenzhen municipal: could we just do the quality supervision registration later, once the project is halfway through?", "no"),
    ("深圳市直项目，质量监督登记能不能拖到项目建到一半再办", "no"),
])
def test_a_step_put_after_the_one_it_must_come_before(question, verdict):
    jid = next(j for j in ("zhonglou", "longgang", "shenzhen") if j in question.lower() or {"shenzhen": "深圳"}.get(j, "@") in question)
    assert first_verdict(question, jid) == verdict


def test_the_count_is_from_the_signing_where_no_filing_is_named():
    answer = _ask("深圳市直项目，质量监督登记能不能拖到项目建到一半再办")["answer"]
    assert "合同签订" in answer and "备案通过起算的期限" not in answer


def test_w_o_is_without():
    question = ("On our Shenzhen municipal project the integrator wants to put the demo system on the public internet. "
                "Can they do that w/o our agreement")
    assert first_verdict(question, "shenzhen") == "no"


# --- amounts and days -----------------------------------------------------------------------------------------------

def test_a_change_s_figure_said_before_worth():
    question = ("Zhonglou project approved with an estimate of 1.5M. We have to change some of the main content, roughly "
                "180k worth, the goals stay the same. Can we use the adjustment route through the joint review group")
    assert first_verdict(question, "zhonglou") == "no"   # 12% of the estimate, over 10%
    # the look-alike: a change under the tenth is allowed in the listed cases
    assert first_verdict(question.replace("180k", "120k"), "zhonglou") in ("yes", "conditional")


@pytest.mark.parametrize("text", ["We signed the contract last Friday, about 3.6M, with the integrator",
                                  "合同上周五签的，3.5万的服务"])
def test_a_sum_with_a_decimal_point_is_no_day(text):
    assert stated_events(text, TODAY) == {}


def test_a_day_with_a_dot_is_still_a_day():
    assert stated_events("合同3.6签的", TODAY) == {"contract_signed": datetime.date(2026, 3, 6)}


def test_the_same_day_takes_the_day_of_the_clause_before():
    assert stated_events("文登的项目9月10号完工，当天就开始试运行了", TODAY) == {"trial_run_started": datetime.date(2026, 9, 10)}
    assert stated_events("The system was finished on Sept 10 and the trial run started the same day. OK?", TODAY) \
        == {"trial_run_started": datetime.date(2026, 9, 10)}
    # the look-alike: a clause with a day of its own keeps it
    assert stated_events("9月10号完工，10月8号开始试运行", TODAY) == {"trial_run_started": datetime.date(2026, 10, 8)}


def test_a_trial_run_started_the_same_day_is_not_long_enough_yet():
    answer = _ask("文登的项目9月10号完工，当天就开始试运行了。领导想现在就申请竣工验收。时间上够不够")
    assert first_verdict("文登的项目9月10号完工，当天就开始试运行了。领导想现在就申请竣工验收。时间上够不够", "wendeng") == "no"
    assert "2026年12月10日" in answer["answer"]


def test_a_month_proposed_after_a_day_it_would_come_before_is_next_year_s():
    question = ("Our Wendeng system went into trial run on 2026-05-20. The director wants to hold the acceptance in "
                "January. Would January still be inside the window")
    assert first_verdict(question, "wendeng") == "no"   # the window closed on 20 November 2026
    # the look-alike: a month after the day told, this year
    assert first_verdict("文登项目2026年8月1日开始试运行，想明年1月份做竣工验收，时间上可以吗", "wendeng") == "yes"


def test_a_background_event_out_of_the_text_s_order_does_not_stop_the_day_asked():
    answer = _ask("龙岗区项目，合同终验上个月已经完成了，我们昨天向区政数局提交了上线安全测试申请。安全测试报告最迟哪天能出来")["answer"]
    assert "2026-12-09" in answer


def test_a_later_event_told_keeps_its_part_in_the_count():
    # the look-alike: the filing's approval, told after the signing, is what the registration counts from
    question = ("In Shenzhen, our contract (signed June 3, 2025) went through filing at the municipal government "
                "procurement centre, approved June 16, 2025. Would doing the quality supervision registration on June 19, 2025 be in time?")
    assert first_verdict(question, "shenzhen") == "yes"


# --- money, gates, forms ----------------------------------------------------------------------------------------------

def test_money_a_city_allocated_down_is_the_city_s():
    assert topic_verdicts("龙岗区坂田街道 用市里拨下来的专项资金做的信息化项目 需要报区里备案吗", "longgang")["higher_level_funds"] == "yes"
    # the look-alike: the district's own money leaves the higher-level rule out
    assert "higher_level_funds" not in topic_verdicts("龙岗区坂田街道 用区财政的钱做的信息化项目 需要报区里备案吗", "longgang") \
        or topic_verdicts("龙岗区坂田街道 用区财政的钱做的信息化项目 需要报区里备案吗", "longgang")["higher_level_funds"] != "yes"


def test_a_step_said_not_taken_is_the_gate_of_the_step_asked():
    question = "文登这个项目还没验收，财务科想年底前先把决（结）算审计做了，好结账。这样可以吗"
    assert first_verdict(question, "wendeng") == "no"
    assert "第三十七条" in articles(question, "wendeng")


def test_a_negation_typed_without_its_apostrophe():
    question = "longgang: project hasnt done the completion acceptance filing, will the O&M funds still be released"
    assert first_verdict(question, "longgang") == "no"
    assert "第三十二条" in articles(question, "longgang")


def test_an_auxiliary_before_a_pronoun_asks_without_a_mark():
    assert classify("SZ municipal - if the vendor causes a quality accident will it go into the public credit platform",
                    "en").form == "yesno"


@pytest.mark.parametrize("text, form", [
    ("Wendeng: a joint build with a private company, where the company invests alongside the district — does that count "
     "as a Smart Wendeng project", "yesno"),
    ("Wendeng project, where do we file the contract?", "info"),
    ("Shenzhen: the contract was signed, where to register it", "info"),
])
def test_where_opening_a_relative_clause_asks_nothing(text, form):
    assert classify(text, "en").form == form


def test_a_choice_between_two_bodies_asks_which():
    assert classify("Shenzhen project. Who checks quality along the way? Is that the city IT department itself or some "
                    "other body", "en").form == "info"


# --- places -----------------------------------------------------------------------------------------------------------

def test_a_district_s_project_under_a_city_text_directly():
    answer = _ask("深圳福田区 区财政出钱的项目 是不是直接适用市里的信息工程质量监督办法")
    assert answer["findings"][0]["verdict"] == "not_applicable" and "参照执行" in answer["answer"]
    # the look-alikes: whether it applies at all stays conditional on the scope; whether a district may use the text is
    # what the text says to its districts
    assert _ask("深圳福田区 区财政出钱的项目 适用市里的信息工程质量监督办法吗")["findings"][0]["verdict"] == "conditional"
    assert _ask("云浮市云安区的项目能直接用云浮市级那个政务信息化服务项目管理办法吗")["findings"][0]["verdict"] != "no"


def test_a_county_of_the_city_named_with_it_in_english():
    answer = _ask("Changzhou Xinbei district, a 400k system — do we need a supervisor?")
    assert not answer["findings"] and "Xinbei" in answer["answer"]
    # the look-alike: the covered district of the same city
    assert first_verdict("Changzhou Zhonglou district, a 400k system — do we need a supervisor?", "zhonglou") == "yes"


def test_following_the_implementation_rules_is_the_scope():
    assert topic_verdicts("I work at Zhonglou's high-tech park (Zouqu town). Do our IT projects follow the Zhonglou "
                          "implementation rules?", "zhonglou")["scope"] == "yes"


def test_places_by_their_initials():
    assert _ask("SZ city: where do we upload the self-test report and third-party test reports")["understood"]["jurisdictions"] == ["shenzhen"]
    assert _ask("LG district: by when must we file the contract copy after signing")["understood"]["jurisdictions"] == ["longgang"]
    assert "第十七条" in articles("SZ city: where do we upload the self-test report and third-party test reports", "shenzhen")


# --- what next, fees, who ---------------------------------------------------------------------------------------------

def test_what_we_apply_for_next():
    findings = _ask("Longgang: we passed the final contract acceptance yesterday. What do we apply for next")["findings"]
    assert findings[0]["topic"] == "next_step" and findings[0]["citations"][0]["article"] == "第二十八条"


def test_a_preliminary_check_passed_in_english():
    answer = _ask("Wendeng: our own preliminary check (初验) passed last Friday. What's next, and which letter do we submit")
    assert "项目验收申请函" in answer["answer"]


@pytest.mark.parametrize("question, jid, topic", [
    ("深圳市直 质量监督登记要交费吗", "shenzhen", "quality_registration"),
    ("Shenzhen: is there a fee for the quality supervision registration?", "shenzhen", "quality_registration"),
])
def test_a_fee_asked_of_a_step_the_text_prices_nowhere(question, jid, topic):
    assert topic_verdicts(question, jid)[topic] == "not_specified"


def test_a_fee_the_text_counts_in_a_budget_is_answered():
    # the look-alike: the supervision fee, which the text counts in the total investment
    assert "not_specified" not in verdicts("云浮市级项目 监理费要单独交吗", "yunfu")


@pytest.mark.parametrize("question, jid", [
    ("文登区的项目后评价一般谁来组织", "wendeng"),
    ("钟楼区 系统停用报废以后 剩下的服务器这些资产处置归哪个部门管", "zhonglou"),
    ("龙岗区第三方验收测评的费用谁出", "longgang"),
])
def test_who_does_or_pays_for_a_step_where_the_text_names_no_one(question, jid):
    assert "not_specified" in verdicts(question, jid)


@pytest.mark.parametrize("question, jid", [
    ("龙岗区项目初验由谁组织", "longgang"),
    ("文登区项目竣工验收谁来组织", "wendeng"),
    ("Longgang: who organises the initial acceptance?", "longgang"),
])
def test_who_does_a_step_the_text_gives_a_body_for(question, jid):
    assert first_verdict(question, jid) == "info"


def test_amounts_are_unchanged_by_the_worth_reading():
    # "300k worth of hardware" is no change
    roles = {a.role for a in find_amounts("Zhonglou project 1.5M, we want to change the plan and buy 300k worth of hardware")}
    assert "change_amount" not in roles


@pytest.mark.parametrize("question, jid, topic", [
    ("文登区的项目后评价一般谁来组织", "wendeng", "performance_evaluation"),
    ("云浮 公共类服务项目 是谁来负责采购的", "yunfu", "procurement"),
    ("Wendeng: for projects with public video surveillance, which department joins the review?", "wendeng", "video_surveillance"),
])
def test_a_step_named_beside_who_is_responsible_is_what_is_asked(question, jid, topic):
    assert next(f for f in _ask(question)["findings"] if f["jurisdiction"] == jid)["topic"] == topic


def test_who_is_responsible_alone_stays_the_topic():
    # the look-alike: no step named, the division of duties is what is asked
    assert _ask("文登区 智慧文登项目各部门职责怎么分工")["findings"][0]["topic"] == "responsibilities"


def test_who_means_to_do_it_is_no_part_of_the_step():
    from knowledge.reader.sequence import proposed_steps
    assert proposed_steps("钟楼 等保测评 我们想放到终验以后再做 行不行") == ("终验", "等保测评")
    assert first_verdict("钟楼 等保测评 我们想放到终验以后再做 行不行", "zhonglou") == "no"


def test_a_length_planned_in_a_clause_before_the_step():
    # 只打算跑两周: a length planned where the text sets none, not time gone by
    assert "not_specified" in verdicts("钟楼区项目，试运行我们只打算跑两周，然后就做初验，可以吗", "zhonglou")
    answer = _ask("文登项目，试运行我们只打算跑两个月，然后就申请竣工验收，可以吗")["answer"]
    assert "已过去的时间" not in answer and first_verdict("文登项目，试运行我们只打算跑两个月，然后就申请竣工验收，可以吗", "wendeng") == "no"
    # the look-alike: time gone by, said so
    assert "已过去的时间" in _ask("文登项目，试运行才跑了两个月，能申请竣工验收吗")["answer"]


# --- the review's look-alikes (each went the wrong way in a first form of the readings above) ---------------------------

@pytest.mark.parametrize("question, word", [
    # a claim with a figure or a time of its own is not checked by the duty's verdict: no "that is right"
    ("科长说文登区的项目合同签了以后一个月内报大数据中心备案就行。是这样吗", "说得对"),
    ("My colleague says Zhonglou projects need a supervisor only from 1 million yuan. is that right", "that is right"),
    # nobody said what is asked: the leader only set a meeting
    ("领导说下周开会。钟楼区的项目验收前必须做等保测评，对吗", "说得对"),
])
def test_a_claim_the_duty_does_not_check_gets_no_claim_label(question, word):
    assert word not in _ask(question)["answer"]


@pytest.mark.parametrize("question", [
    "Longgang: the warranty has to be at least 1 year",
    "Zhonglou: I need to know the deadline for the annual self-evaluation",
    "We have to prepare the acceptance documents for a Zhonglou project, please help",
])
def test_a_duty_said_without_a_mark_is_told_not_asked(question):
    assert classify(question, "en").form != "yesno"


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: after changing vendors, the new contract is roughly 280k worth. Do we need a supervisor?", "zhonglou", "no"),
    ("Zhonglou: we modified the design and the project is now roughly 1.2M worth. Do we need a supervisor?", "zhonglou", "yes"),
])
def test_the_project_s_own_figure_before_worth_is_no_change(question, jid, verdict):
    assert topic_verdicts(question, jid)["supervision"] == verdict


def test_a_day_before_new_year_s_day_is_a_day():
    assert "2027-01-07" in _ask("深圳市直项目，合同12.30元旦前签的，质量监督登记最晚哪天")["answer"]


def test_a_month_told_as_past_stays_this_year():
    question = ("Zhonglou: trial run ended 2026-10-20 but the initial acceptance was already held in September. Can we "
                "apply for final acceptance in January?")
    assert "2027-09" not in _ask(question)["answer"] and "September 2027" not in _ask(question)["answer"]


@pytest.mark.parametrize("question", ["文登项目试运行我们只打算跑两周，然后申请竣工验收，可以吗",
                                      "文登项目试运行只准备做两周，之后就申请竣工验收，行吗",
                                      "文登项目试运行打算跑两周就申请竣工验收，可以吗"])
def test_a_trial_run_planned_in_weeks_is_measured_against_the_months_the_text_sets(question):
    assert first_verdict(question, "wendeng") == "no"


def test_a_district_s_money_allocated_down_is_no_higher_level_money():
    assert topic_verdicts("龙岗区坂田街道 用区里拨下来的资金做的信息化项目 需要报区信息化主管部门备案吗", "longgang")["filing"] == "yes"


def test_lg_is_longgang_only_as_lg_district():
    assert _ask("We're buying LG screens for a Wendeng project, 40万. Does it need the big data centre's review?")["understood"]["jurisdictions"] == ["wendeng"]


@pytest.mark.parametrize("question", ["Wendeng: preliminary check of the servers found missing hardware, what now",
                                      "Wendeng: our preliminary check failed last week. what now",
                                      "Zhonglou: what can we do now if the final acceptance failed"])
def test_a_step_failed_is_not_followed_by_the_next(question):
    assert _ask(question)["findings"][0]["topic"] != "next_step"


def test_a_fee_word_that_asks_no_fee():
    assert "not_specified" not in verdicts("龙岗区 测评机构收费不透明，可以换一家吗", "longgang")


@pytest.mark.parametrize("question, topics", [
    # (the division of duties, or the step's own rule, which names the body: 区财政局负责…预算评审)
    ("文登区项目预算评审谁负责", ("responsibilities", "budget_review")),
    ("Wendeng: which department is responsible for budget review?", ("responsibilities", "budget_review")),
    ("Wendeng: who do we send the contract to?", None)])
def test_who_is_responsible_where_the_division_of_duties_names_the_step(question, topics):
    findings = _ask(question)["findings"]
    assert findings[0]["verdict"] == "info"
    assert topics is None or findings[0]["topic"] in topics and "财政局" in findings[0]["summary"] + findings[0]["citations"][0]["quote"]


def test_following_the_rules_said_in_passing_is_no_scope_question():
    findings = _ask("Zhonglou: if we follow the implementation rules, who organises the final acceptance?")["findings"]
    assert findings[0]["topic"] != "scope"


@pytest.mark.parametrize("question, verdict", [("龙岗 质保期内维保要收费吗", "no"), ("龙岗 质保期内的维保是免费的吗", "yes")])
def test_a_fee_asked_where_the_text_says_free(question, verdict):
    assert topic_verdicts(question, "longgang")["warranty"] == verdict


def test_the_money_a_project_is_given_is_no_fee():
    # 第四条's 经费 (the money the finance bureau arranges) says nothing of a fee for the filing
    assert "not_specified" in verdicts("文登 项目备案要不要交钱", "wendeng")


def test_free_within_a_period_says_nothing_of_after_it():
    # 质保期内免费: once the warranty is over, the contractor may charge (the look-alike of 质保期内维保要收费吗)
    assert topic_verdicts("龙岗区质保期过后的维保承建单位可以另外收钱吗？", "longgang")["warranty"] == "yes"
