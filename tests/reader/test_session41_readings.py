"""Readings from the forty-first session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- whether a body may withhold what the text withholds ---

@pytest.mark.parametrize("text, jid, expected", [
    ("In Longgang, may the finance bureau withhold O&M money from a system whose completion acceptance was never filed?",
     "longgang", "yes"),
    ("龙岗区的系统竣工验收一直没备案，财政局有权不给运维经费吗？", "longgang", "yes"),
    ("Wendeng: a unit wants to extend its own server room. Can the big data centre refuse to approve it?", "wendeng", "yes"),
    # look-alikes: asked the plain way round, and a rhetorical 总不会不批吧 (surely not refused?)
    ("In Longgang, does a system whose completion acceptance was never filed still get O&M funds?", "longgang", "no"),
    ("文登我们打算扩建一下部门机房，总不会不批吧？", "wendeng", "no"),
])
def test_may_a_body_withhold_what_the_text_withholds(text, jid, expected):
    """"Can they refuse / withhold" asks whether the thing is withheld: yes where the text withholds it."""
    assert first_finding(text, jid)["verdict"] == expected


# --- a figure the question believes of the text, against the text's ---

@pytest.mark.parametrize("text, jid, expected", [
    # a threshold believed to be where the duty begins (才, only): the text's own figure or not
    ("钟楼的项目是不是100万以上才要请监理吧？", "zhonglou", "no"),
    ("Zhonglou: supervision only kicks in at 300,000 yuan or more, right?", "zhonglou", "yes"),
    ("Yunfu: a supervisor is only required when the total investment reaches 2 million yuan, right?", "yunfu", "no"),
    # believed of every project at or above a figure: holds when the text's threshold is not above it
    ("云浮投资80万以上的项目就都要请监理吧？", "yunfu", "no"),
    ("钟楼区60万以上的项目都得请监理吧？", "zhonglou", "yes"),
    # a duty the text lays on every project, believed to begin only at a figure
    ("龙岗是不是只有800万以上的项目才要请监理吧？", "longgang", "no"),
    # look-alikes: the project's own figure at the threshold, and a plain question with an amount
    ("钟楼区项目刚好30万，没超过30万，监理可以不请吧？", "zhonglou", "no"),
    ("Yunfu: our total is exactly 1 million yuan; since it's not above 1 million, no supervisor needed, right?", "yunfu", "no"),
    ("钟楼区80万的项目要请监理吗？", "zhonglou", "yes"),
])
def test_a_threshold_believed_is_checked_against_the_texts(text, jid, expected):
    """"X以上才要…吧" / "only when it reaches X, right?" is answered of the threshold believed."""
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # a time limit believed: 计划任务书 is a document's name, not a plan
    ("钟楼的项目计划任务书是签合同以后20天内备案吧？", "zhonglou", "no"),
    ("钟楼的项目计划任务书是签合同后一个月内备案吧？", "zhonglou", "yes"),
    # a quarter's filing believed due some days after the quarter ends: the day of the next quarter's first month
    ("深圳的质量季报是每个季度结束后10天内报吧？", "shenzhen", "no"),
    ("Shenzhen: quarterly quality reports are due within 5 days after the end of each quarter, correct?", "shenzhen", "yes"),
    # look-alike: a plan said to be on time keeps within the limit
    ("钟楼合同签完两周内把计划任务书备案，算按时吧？", "zhonglou", "yes"),
])
def test_a_time_limit_believed_is_checked_against_the_texts(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_belief_is_answered_yes_or_no_not_as_a_duty():
    """The label of a belief checked says whether it is so (否 / "No, it is not"), not whether a duty applies."""
    finding = first_finding("钟楼是50万以上才要请监理吧？", "zhonglou")
    assert finding["verdict"] == "no" and "50万" in finding["summary"] and "30万" in finding["summary"]
    assert "本项目" not in finding["summary"]   # (the figure believed is no project's own)


# --- terse English typed as into a search box ---

@pytest.mark.parametrize("text, jid, expected", [
    ("Zhonglou 450k data platform – supervisor?", "zhonglou", "yes"),
    ("Zhonglou 120k website revamp, supervision?", "zhonglou", "no"),
    ("Wendeng new servers for own machine room – approvable?", "wendeng", "no"),
    # look-alikes: a measure or a list asked the same way is a what-question
    ("Wendeng acceptance conclusions?", "wendeng", "info"),
    ("Zhonglou task book filing deadline?", "zhonglou", "info"),
])
def test_a_terse_english_question_asks_whether_a_duty_applies(text, jid, expected):
    """"… – supervisor?" asks whether it is needed; "… deadline?", "… conclusions?" ask what it is."""
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # a whole day believed: the text's own day or not
    ("钟楼的实施细则是2023年8月1日起施行的吧？", "zhonglou", "no"),
    ("Zhonglou's implementation rules took effect on 31 July 2023, correct?", "zhonglou", "yes"),
    # a part of a month believed for a yearly step, said as "done at" or "carried out in"
    ("Zhonglou: the yearly performance self-evaluation is carried out at the end of October, right?", "zhonglou", "no"),
    # who interprets the text, believed
    ("文登的办法是区财政局负责解释的吧？", "wendeng", "no"),
    ("云浮办法由市政务服务数据管理局负责解释，对吧？", "yunfu", "yes"),
])
def test_a_day_or_body_believed_is_checked_against_the_texts(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # the withholding itself believed: 不下达运维经费，是这样吧 asks whether it is withheld
    ("龙岗区的系统没做竣工验收备案，财政就不安排运维经费，对吧？", "longgang", "yes"),
    # look-alike: a rhetorical 哪有…的道理 denies it
    ("龙岗，哪有因为没做竣工验收备案就不给运维经费的道理？", "longgang", "no"),
])
def test_a_withholding_believed_is_asked_of_the_withholding(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid", [
    ("龙岗2000万的新动议项目，是先开分管区领导专题会，还是先报区信息化主管部门审核？", "longgang"),
    ("Shenzhen city project about to be accepted: do we organise the completion acceptance first and check the rectification "
     "on the platform afterwards, or the other way round?", "shenzhen"),
])
def test_which_of_two_steps_comes_first_is_told(text, jid):
    """A choice between two orders asks which comes first: told (info), not a yes or no to one order."""
    assert first_finding(text, jid)["verdict"] == "info"


def test_a_proposed_order_is_still_answered_yes_or_no():
    """Look-alike: one order proposed (能不能先…再…) is answered whether it may go ahead."""
    assert first_finding("龙岗2000万的新动议项目，能不能先报区信息化主管部门审核，再开分管区领导专题会？", "longgang")["verdict"] == "no"


def test_a_range_across_the_scope_line_leaves_a_duty_conditional():
    """龙岗's measures cover projects of 50万 or more: a budget of 30 to 80万 may fall outside them, so the duty depends."""
    assert first_finding("龙岗新建系统预算30到80万，要监理吗？", "longgang")["verdict"] == "conditional"
    assert first_finding("龙岗新建系统预算60到80万，要监理吗？", "longgang")["verdict"] == "yes"   # (all of it inside)


def test_an_elliptic_and_ask_keeps_its_reading():
    """"… Is third-party testing needed? And supervision?" asks the second duty the way the first was asked."""
    text = ("Yunfu city unit: whole project under 1 million yuan, about 600k of it software development. "
            "Is third-party testing needed? And supervision?")
    assert [f["verdict"] for f in get_kb().ask(text)["findings"]
            if f["topic"] == "supervision"] == ["no"]


@pytest.mark.parametrize("text, jid, expected", [
    # a number asked that no rule names and the nearest articles do not give: silence, the articles shown as nearest
    ("Wendeng: after we hand in the construction plan, within how many days does the big data centre have to give its review opinion?",
     "wendeng", "not_specified"),
    ("Longgang trial run duration?", "longgang", "not_specified"),
    # look-alikes: a length the text gives, asked the same ways
    ("Wendeng trial run length?", "wendeng", "info"),
    ("Shenzhen quality supervision registration deadline?", "shenzhen", "info"),
])
def test_a_number_the_text_does_not_give_is_silence(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_terse_asks_on_a_line_of_their_own_are_each_answered():
    """A fact line, then "supervisor? third-party test?" on the next: each duty asked whether it applies."""
    text = "Yunfu city platform rebuild, total 2.5M, app software dev 200k\nsupervisor? third-party test?"
    found = {f["topic"]: f["verdict"] for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "yunfu"}
    assert found.get("supervision") == "yes" and found.get("third_party_testing") == "no"


def test_a_terse_ask_after_a_full_stop_or_a_choice_keeps_its_reading():
    """"… municipal budget. Do we need supervision? Third-party testing?": the second asked as the first; "Project
    proposal or construction plan?" asks which of the two (info)."""
    text = ("Project: data sharing portal | total investment: 1.5 million yuan | application software development: 450k yuan | "
            "funding: Yunfu municipal budget. Do we need supervision? Third-party testing?")
    found = {f["topic"]: f["verdict"] for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "yunfu"}
    assert found.get("supervision") == "yes" and found.get("third_party_testing") == "no"
    assert first_finding("Zhonglou: a project of 450k yuan. Project proposal or construction plan?", "zhonglou")["verdict"] == "info"


@pytest.mark.parametrize("text, jid, expected", [
    # Cantonese typed by staff in Guangdong: 使唔使 需不需要, 我哋 我们, 仲可唔可以 还可不可以
    ("龙岗区我哋个新系统预算300万，使唔使请监理？", "longgang", "yes"),
    ("云浮市直单位漏咗报年初预算嘅网络安全项目，市政府同意咗，仲可唔可以申请立项？", "yunfu", "yes"),
    # a project left out of the budget, said 漏报预算
    ("云浮市直单位有个涉及网络安全的项目漏报了今年的预算，经市政府同意后还能申请立项吗？", "yunfu", "yes"),
])
def test_cantonese_and_a_budget_left_out(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_arbitration_keeps_its_character():
    """仲裁 (arbitration) is no Cantonese 仲 (还): the word is left as it is."""
    from knowledge.reader.variants import _DIALECT
    text = "合同纠纷可以申请仲裁吗"
    for pattern, plain in _DIALECT:
        text = pattern.sub(plain, text)
    assert "仲裁" in text


def test_a_quarterly_filing_dated_after_another_step_said_done():
    """已经做了质量监督登记，季报是10月8号报的: the day is the report's (due 10月5日, moved past the National Day holiday
    to 10月8日: not late), not the registration's."""
    finding = first_finding("深圳市直项目早就做完质量监督登记了，三季度的质量季报是10月8号报上去的，算不算迟交？", "shenzhen")
    assert finding["verdict"] == "no" and "10月8日" in finding["summary"]


@pytest.mark.parametrize("text, expected", [
    ("Wendeng: trial run began on 1 June 2026. If we hold the completion acceptance in January 2027, does that still meet "
     "the trial-run condition?", "no"),
    ("Wendeng: trial run began on 1 June 2026. If we hold the completion acceptance in late October 2026, does that still "
     "meet the trial-run condition?", "yes"),
])
def test_a_hypothetical_day_is_a_day_proposed(text, expected):
    """"If we hold it in <month>, does that still meet …" proposes the month against the text's window (3 to 6 months)."""
    assert first_finding(text, "wendeng")["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # a time believed that the text does not set for the step: not set
    ("深圳的监理单位要在每月5号前出监理月报，对吧？", "shenzhen", "not_specified"),
    ("文登的核准文件有效期是两年，对吧？", "wendeng", "not_specified"),
    # look-alikes: the text's own limit for a step, believed of it
    ("钟楼系统试运行结束了，三十天之内要做初验对吧？", "zhonglou", "yes"),
    ("钟楼计划任务书是签合同后一个月内备案对吧？", "zhonglou", "yes"),
])
def test_a_time_the_text_does_not_set_is_not_specified(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, expected", [
    # a share believed to be where the review begins, or the figure below which it is believed absent
    ("龙岗项目变更，只要累计变更没超过合同价15%就不用报区信息化主管部门审核，对吧？", "no"),
    ("Longgang: changes only need the IT authority's review once they exceed 10% of the contract price, right?", "yes"),
    # look-alike: the project's own share, said done already, with a proposal
    ("龙岗项目变更累计已经超过合同价12%了，几方确认一下直接改了吧？", "no"),
])
def test_a_share_believed_is_checked_against_the_texts(text, expected):
    assert first_finding(text, "longgang")["verdict"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Yunfu: city IT service projects under these measures no longer go through capital construction approval, correct?", "yes"),
    ("Yunfu: capital construction approval is no longer required for such service projects, right?", "yes"),
    # look-alike: asked the plain way round, it is not used
    ("Yunfu: do city IT service projects under these measures still go through capital construction approval?", "no"),
])
def test_no_longer_is_a_step_said_not_taken(text, expected):
    assert first_finding(text, "yunfu")["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # who approves a project's establishment, believed
    ("云浮市直单位的项目，立项是报市财政局审批吧？", "yunfu", "no"),
    ("云浮市直单位的专业类项目，立项是报市政数局审批吧？", "yunfu", "yes"),
    ("In Zhonglou, the 区审计局 is the one that does project establishment approval, right?", "zhonglou", "no"),
    ("In Zhonglou, the 区发改局 is the one that does project establishment approval, right?", "zhonglou", "yes"),
])
def test_the_body_believed_to_approve_a_project_is_checked(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_filing_asked_for_is_still_no_claim_of_who_reviews():
    """Look-alike: 要报区信息化主管部门审核吗 asks whether the filing is needed, not who reviews."""
    from knowledge.reader.actors import claimed_actor
    assert claimed_actor("龙岗的项目变更要报区信息化主管部门审核吗？") is None


def test_a_count_of_a_list_found_by_search_is_told():
    """Look-alike of a silence found by search: 哪几个统一，一共几个 is answered by the list the article gives."""
    assert first_finding("文登项目建设讲的统一有哪些？一共几个？", "wendeng")["verdict"] == "info"


def test_a_share_asked_with_a_percent_sign_is_measured():
    """"what % of budget?" asks a share; Yunfu counts the supervision fee in the total but names no share."""
    assert first_finding("Yunfu supervision fee: what % of the total investment?", "yunfu")["verdict"] == "not_specified"


@pytest.mark.parametrize("text, expected", [
    # an order believed with 是不是先…再…: the text's order or not
    ("云浮市直单位的专业类项目，验收是不是先自己组织验收，验完再报市政数局做前置审核？", "no"),
    ("云浮市直单位的专业类项目，验收是不是先报市政数局做前置审核，审核通过再自己组织验收？", "yes"),
])
def test_an_order_believed_is_checked(text, expected):
    assert first_finding(text, "yunfu")["verdict"] == expected


def test_a_grade_the_text_does_not_give_is_silence():
    """A qualification grade asked (什么等级的资质) that the nearest articles do not name: not set."""
    assert first_finding("龙岗的承建单位得具备什么等级的资质？", "longgang")["verdict"] == "not_specified"


@pytest.mark.parametrize("text, expected", [
    # 算迟吗 asks whether it is late: a day past the quarter's day is yes, within it no (the review's h02, h04)
    ("深圳：质量监督登记做完了，四季度季报打算明年1月6号报，算迟吗？", "yes"),
    ("深圳：质量监督登记做完了，一季度季报4月7号才报，算不算迟？", "no"),
])
def test_late_asked_of_a_quarter_day(text, expected):
    assert first_finding(text, "shenzhen")["verdict"] == expected


def test_a_wrong_limit_after_an_event_is_the_texts_other_limit():
    """结束后15天内…吧: a time limit after an event, believed; the text's is 30日 (the review's a14), so no — not silence."""
    assert first_finding("钟楼试运行结束后15天内要做完初验吧？", "zhonglou")["verdict"] == "no"


@pytest.mark.parametrize("text, jid, expected", [
    # a length believed where the cited article gives its own of that kind (有效期5年): the same or not (the review's leftover)
    ("云浮的办法有效期是3年吧？", "yunfu", "no"),
    ("Yunfu: the measures are valid for 5 years, right?", "yunfu", "yes"),
    # look-alike: a length of a kind the article does not give stays silence
    ("深圳的监理单位要在每月5号前出监理月报，对吧？", "shenzhen", "not_specified"),
])
def test_a_length_believed_against_the_articles_own(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected
