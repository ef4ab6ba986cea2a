"""Readings from the forty-ninth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
from datetime import date

import pytest
from reader_answers import first_verdict as verdict
from reader_answers import summaries

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.dated import _english_dates, proposed_days, stated_events
from knowledge.reader.form import classify, negated
from knowledge.reader.register import plain as formal_plain
from knowledge.reader.sequence import proposed_steps


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- the changes named in English, their sum said with a Chinese verb: the changes' figure, not the project's ---

@pytest.mark.parametrize("text, expected", [
    ("Longgang: the variations 到了30万 on a 240万 contract, approval needed?", [(300000, "change_amount"), (2400000, "contract_amount")]),
    ("Zhonglou, contract 150万, change orders 已经累计达到18万 — is that allowed?", [(1500000, "contract_amount"), (180000, "change_amount")]),
    ("Zhonglou: adjustments 一共有9万, contract 150万", [(90000, "change_amount"), (1500000, "contract_amount")]),
])
def test_changes_named_in_english_summed_in_chinese(text, expected):
    assert [(a.value, a.role) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Budget 到了 80万 after the review", [(800000, "total")]),            # a budget grown, not a change
    ("the contract 是 120万", [(1200000, "contract_amount")]),
])
def test_no_change_named(text, expected):
    assert [(a.value, a.role) for a in find_amounts(text)] == expected


def test_the_share_of_changes_summed_in_chinese_decides():
    assert verdict("Longgang: the variations 到了30万 on a 240万 contract, do we need approval?", "longgang") == "yes"


# --- the formal register: a 请示's proposal (拟于…后再行…), its tags (妥否, 当否, 是否妥当, 上述理解是否正确) and its closing ---

@pytest.mark.parametrize("text, expected", [
    ("监理总结报告拟于合同验收后再行提交，妥否", ("合同验收", "监理总结报告提交")),
    ("第三方测评拟于初验后再行组织，请示", ("初验", "第三方测评组织")),
    ("验收完再行不行", ("验收", "")),    # 再 and the tag 行不行, not 再行
])
def test_a_step_put_later_in_the_formal_register(text, expected):
    assert proposed_steps(text) == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("文登项目建设内容要大改，拟于开工后再补办变更手续，妥否，请批示。", "wendeng", "no"),
    ("文登项目建设内容要大改，开工后再补办变更手续，当否", "wendeng", "no"),
    ("深圳市直项目，设计符合性评价意见拟于合同验收后再行出具，是否符合规定", "shenzhen", "no"),
    ("深圳市直项目，设计符合性评价意见在合同验收前出具，是否妥当", "shenzhen", "yes"),   # the text's own order
])
def test_an_order_proposed_formally(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text", [
    "钟楼区九十万的项目无需聘请监理，对吗",
    "钟楼区九十万的项目不用请监理，是不是",
    "钟楼区九十万的项目不用请监理，我理解得对吗",
    "钟楼区九十万的项目无须聘请监理单位，上述理解是否正确？请予明确。",
    "龙岗项目累计变更12万，拟确认后即实施，无需报区信息化主管部门审核，是否妥当？",
    "承建单位拟仅提供安装程序，源代码不予移交，是否符合规定？",
])
def test_a_step_believed_or_proposed_left_out_formally(text):
    assert negated(text)


@pytest.mark.parametrize("text", [
    "钟楼区九十万的项目要请监理，是不是",
    "钟楼区九十万的项目须聘请监理单位，上述理解是否正确？请予明确。",
    "钟楼区项目无需求调研报告也能立项吗",            # 无需求: no demand, not "need not"
    "龙岗项目验收不通过会不会不予拨款",              # a consequence asked, no act left out
])
def test_no_step_left_out(text):
    assert not negated(text)


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼区九十万的项目无需聘请监理单位，上述理解是否正确？请予明确。", "zhonglou", "no"),
    ("钟楼区九十万的项目须聘请监理单位，上述理解是否正确？请予明确。", "zhonglou", "yes"),
    ("钟楼区二十万的项目无需聘请监理单位，上述理解是否正确？", "zhonglou", "yes"),
    ("龙岗项目合同价400万，累计变更恰为40万，拟各方确认后即实施，无需报区信息化主管部门审核，是否妥当？", "longgang", "yes"),
    ("龙岗项目合同价400万，累计变更45万，拟各方确认后即实施，无需报区信息化主管部门审核，是否妥当？", "longgang", "no"),
    ("龙岗定制开发软件，承建单位拟仅提供安装程序，源代码不予移交，是否符合规定？", "longgang", "no"),
])
def test_a_formal_proposal_answered_of_what_it_proposes(text, jid, expected):
    assert verdict(text, jid) == expected


# --- the formal register said plainly: heading, 经研究, the asker's own view, the leave tag, the closing ---

@pytest.mark.parametrize("text, expected", [
    ("关于补办备案的请示：经研究，拟于终验前一并补办，应不违反规定，妥否，请批示。", "打算在终验前一起补办，行不行？"),
    ("会议纪要：经研究，与会人员认为此举不违反相关规定，拟先行采购。上述做法是否妥当，请予明确。", "打算先行采购，行不行？"),
    ("本项目尚未接入视频中心，惟功能已完成，拟即申请验收，当否", "本项目还没接入视频中心，但功能已完成，打算直接申请验收，行不行？"),
    ("关于苏州市吴中区项目监理的请示：本项目投资90万元，是否须聘请监理，请予明确。", "苏州市吴中区项目监理。本项目投资90万元，是否须聘请监理"),   # the place kept
    ("We understand that the expert review may be dispensed with for a project of this size. Kindly confirm.",
     "the expert review may be dispensed with for a project of this size, right?"),
    ("As it is a small project, we understand that the expert review may be dispensed with. Kindly confirm.",
     "As it is a small project, the expert review may be dispensed with, right?"),
    ("Surely a six-month warranty would suffice; we would be grateful for your confirmation.", "a six-month warranty would suffice, right?"),
    ("It is proposed that the vendor keep the source code. Is this permissible?", "Can the vendor keep the source code?"),
    ("We intend to hold the expert review after the tender; would such an arrangement be acceptable?",
     "Can we hold the expert review after the tender?"),
    ("It is proposed that the fee be paid from the unit's own budget; we assume this is consistent with the measures. Kindly confirm.",
     "Can the fee be paid from the unit's own budget?"),
])
def test_the_formal_frame_said_plainly(text, expected):
    assert formal_plain(text) == expected


@pytest.mark.parametrize("text", [
    "模拟测试要做几轮",                      # 模拟 is no proposal
    "草拟的建设方案要不要专家评审",
    "请明确监理月报的格式",                  # 请明确 opening the ask, not closing it
    "Please confirm the deadline for the registration.",   # no belief put forward
    "The project is in Longgang. Kindly confirm whether a supervisor is required.",   # a whether asked, not a belief
])
def test_plain_words_stay(text):
    assert formal_plain(text) == text


@pytest.mark.parametrize("text, jid, expected", [
    ("关于源代码移交的请示：龙岗区定制开发软件，承建单位拟仅提供安装包，源代码不予移交，妥否，请批示。", "longgang", "no"),
    ("We understand that a supervisor may be dispensed with for our Zhonglou project of RMB 900,000.00. Kindly confirm.", "zhonglou", "no"),
    ("We understand that a supervisor may be dispensed with for our Zhonglou project of RMB 200,000.00. Kindly confirm.", "zhonglou", "yes"),
])
def test_a_formal_question_answered_as_its_plain_twin(text, jid, expected):
    assert verdict(text, jid) == expected


# --- problems still being fixed, told in the sentence before the step proposed first ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳项目还有三个质量问题仍在整改。想先组织竣工验收，整改后面再跟进，行不行", "shenzhen", "no"),
    ("深圳项目质量问题都整改完了。想组织竣工验收，行不行", "shenzhen", "yes"),
])
def test_problems_being_fixed_before_the_step_proposed(text, jid, expected):
    assert verdict(text, jid) == expected


# --- the rest of this week or month proposed for a step: every day of it against the day the step may be taken ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼项目初验9月30日结束，想本月内提交终验申请，可以吗", (date(2026, 12, 7), date(2026, 12, 31))),
    ("文登项目9月1日开始试运行，这周打算申请竣工验收，行不行", (date(2026, 12, 7), date(2026, 12, 13))),
    ("Zhonglou: initial acceptance ended on Sept 30. Can we apply for final acceptance later this month?", (date(2026, 12, 7), date(2026, 12, 31))),
])
def test_this_week_or_month_proposed(text, expected):
    said = proposed_days(text, date(2026, 12, 7))
    assert said is not None and said[1] == expected


@pytest.mark.parametrize("text", [
    "钟楼项目初验本月初结束了，想申请终验，行不行",     # 本月初: the event's day gone by
    "钟楼项目这个月已经交了终验申请，然后呢",           # told done
])
def test_no_rest_of_a_span_proposed(text):
    said = proposed_days(text, date(2026, 12, 7))
    assert said is None or said[1][1] < date(2026, 12, 31)


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼项目初验10月25日结束，想本月内提交终验申请，可以吗", "zhonglou", "no"),     # 3 months on: 2027-01-25
    ("钟楼项目初验8月25日结束，想本月内提交终验申请，可以吗", "zhonglou", "yes"),     # 3 months on: 11-25, gone by
    ("文登项目10月20日开始试运行，这周打算申请竣工验收，行不行", "wendeng", "no"),
])
def test_this_month_against_the_day_the_step_opens(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_place_named_only_in_the_heading_is_still_outside():
    answer = get_kb().ask("关于苏州市吴中区项目监理的请示：本项目投资90万元，是否须聘请监理，请予明确。")
    assert not answer["findings"] and "苏州" in answer["answer"]


# --- a day of the month dictated in words ---

@pytest.mark.parametrize("text, expected", [
    ("the trial run started june first", "the trial run started 6月1日"),
    ("we signed on the twenty-third of November", "we signed on 11月23日"),
    ("we may first ask the bureau", "we may first ask the bureau"),      # may, the modal
    ("first we sign, then we register", "first we sign, then we register"),
])
def test_a_day_dictated_in_words(text, expected):
    assert _english_dates(text) == expected


def test_a_dictated_day_dates_the_event():
    assert stated_events("longgang the contract was signed november twentieth", date(2026, 12, 7)) == {"contract_signed": date(2026, 11, 20)}


@pytest.mark.parametrize("text, jid, expected", [
    ("文登项目试运行5月20日开始的，现在还能做竣工验收吗", "wendeng", "no"),    # six months gone on 11-20
    ("文登项目试运行8月1日开始的，现在还能做竣工验收吗", "wendeng", "yes"),    # inside the window
    ("wendeng trial run started may twentieth can we still hold the completion acceptance now", "wendeng", "no"),
    ("文登：试运行10月5号开始的, can the completion acceptance be held this week?", "wendeng", "no"),
])
def test_now_or_this_week_against_the_window(text, jid, expected):
    assert verdict(text, jid) == expected


# --- whether today (or tomorrow) is the last day, asked with the day after the last day's name ---

@pytest.mark.parametrize("text, day", [
    ("深圳合同上周二签的，质量监督登记最后一天是不是就明天", "2026-12-08"),
    ("深圳合同上周一签的，质量监督登记的截止日是今天吗", "2026-12-07"),
    ("深圳 合同上周一签的 质量监督登记 last day 是不是今天", "2026-12-07"),
    ("Shenzhen: contract signed last Tuesday. Is the deadline for the quality supervision registration today?", "2026-12-08"),
])
def test_is_the_last_day_today(text, day):
    assert day in summaries(text, "shenzhen")


# --- a party's liability believed (也要负责吧, 跑不掉吧, joint liability) ---

@pytest.mark.parametrize("text, expected", [
    ("深圳项目分包出了质量问题，总包也得负责吧", "yes"),
    ("深圳项目分包那块出了质量问题，总包也逃不掉吧", "yes"),
    ("深圳 总包把设备采购分包出去了 分包出了质量问题 总包也要 joint liability 吗", "yes"),
    ("深圳项目分包出了质量问题，总包不用负责吧", "no"),
])
def test_a_liability_believed(text, expected):
    assert verdict(text, "shenzhen") == expected


@pytest.mark.parametrize("text", [
    "总包把一部分活分包出去了，然后呢",          # handed out, not left out
    "把设备采购转出去了",
])
def test_handed_out_is_not_left_out(text):
    assert not negated(text)


# --- an English yes/no question typed with no stop (is that going to, can we still) ---

@pytest.mark.parametrize("text", [
    "longgang we want a bigger server room is that gonna get approved",
    "zhonglou the trial run ended in october can we still apply for initial acceptance",
])
def test_an_unpunctuated_english_yes_no(text):
    assert classify(text).form == "yesno"


def test_an_unpunctuated_english_what():
    assert classify("zhonglou what is the deadline for initial acceptance is it thirty days").form == "info"


# --- a step asked to come first is a duty asked (是不是得先报…才能做), not leave to go ahead; a claim checked with 是吗; a step
# still undone, asked in English ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗项目合同三百万，没超概算，几次变更累计40万了，是不是得先报区信息化主管部门审核", "longgang", "yes"),   # 13%
    ("龙岗项目合同三百万，没超概算，几次变更累计20万了，是不是得先报区信息化主管部门审核", "longgang", "no"),    # 6.7%
    ("听说深圳监理不用出月报，半年报一次就行，是吗", "shenzhen", "no"),
    ("龙岗的项目初验还没做，can we start the third-party acceptance testing first?", "longgang", "no"),
])
def test_states_claims_and_undone_steps(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("zhonglou the initial accept ants is done", "zhonglou the initial acceptance is done"),
    ("longgang we accept the plan", "longgang we accept the plan"),                 # a word, no ending heard apart
    ("wendeng the ants in the server room", "wendeng the ants in the server room"),   # the+ance is no word
])
def test_an_ending_heard_as_a_word(text, expected):
    from knowledge.reader.variants import english_slips
    kb = get_kb()
    assert english_slips(text, kb.english_words, kb.english_known) == expected


# --- a duty believed the unit's own choice ---

@pytest.mark.parametrize("text, expected", [
    ("Zhonglou: our project is 600k. Hiring a supervisor is at the owner's discretion, right?", "no"),
    ("Zhonglou: our project is 600k. Whether to hire a supervisor is up to us, right?", "no"),
    ("钟楼60万的项目，请不请监理由我们自行决定吧", "no"),
    ("钟楼60万的项目，监理可请可不请吧", "no"),
    ("钟楼20万的项目，监理可请可不请吧", "yes"),
])
def test_a_duty_believed_a_choice(text, expected):
    assert verdict(text, "zhonglou") == expected


@pytest.mark.parametrize("text", [
    "钟楼项目监理单位由谁选？",
    "钟楼项目的监理费用由建设单位承担吗",
])
def test_no_choice_believed(text):
    assert not negated(text)


@pytest.mark.parametrize("text, jid, expected", [
    ("It is proposed that a Wendeng project not started within the validity period of its approval go ahead on that approval. Is this permissible?", "wendeng", "no"),
    ("It is proposed that the IT part be incorporated into the office renovation project in Zhonglou and approved with it. Is this permissible?", "zhonglou", "no"),
    ("钟楼区打算把政务信息系统并入办公楼维修项目一起报，行不行", "zhonglou", "no"),
])
def test_a_formal_english_proposal_asked_as_may(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a day said twice, relative to today and by the calendar in brackets ---

@pytest.mark.parametrize("text, day", [
    ("钟楼项目试运行已于上周二（12月1日）结束，初验最迟哪天", "2026-12-31"),
    ("钟楼项目试运行昨天(12月6日)结束的，初验最晚什么时候做完", "2027-01-05"),
])
def test_a_day_said_twice(text, day):
    assert day in summaries(text, "zhonglou")


@pytest.mark.parametrize("text, jid, expected", [
    # leave asked to go ahead on the parties' word alone, past the line: no (the full rating's look-alike)
    ("龙岗项目合同三百万，没超概算，几次变更累计40万了，还能几方确认后直接实施吗", "longgang", "no"),
    ("龙岗项目初验还没做，是不是得先做初验才能申请终验", "longgang", "yes"),
])
def test_a_duty_first_and_leave_to_go_ahead(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a step set with a later stage, no 等 said (打算竣工验收前一起补办) ---

@pytest.mark.parametrize("text, expected", [
    ("深圳市直项目合同签了三周了还没做质量监督登记。打算竣工验收前一起补办，行不行", "no"),
    ("关于质量监督登记的请示：本市直项目合同已签订多日，尚未办理质量监督登记，拟于竣工验收前一并补办，妥否，请批示。", "no"),
])
def test_a_filing_set_with_a_later_stage(text, expected):
    assert verdict(text, "shenzhen") == expected


def test_a_stage_without_a_step_made_up():
    from knowledge.reader.events import put_off_until
    assert put_off_until("竣工验收前要准备哪些材料") is None


def test_about_a_month_said_as_ge_ba_yue():
    # 个把月: about a month, past the text's 立即
    assert verdict("文登合同签了，个把月以后再把合同文本报大数据中心备案，应该行吧", "wendeng") == "no"


# --- every day said dates an event, and today is asked: today is the day measured (the review's worse case) ---

@pytest.mark.parametrize("text, expected", [
    ("深圳项目合同在采购中心备案，上周一（11月30日）备案通过，合同是11月18日签的，质量监督登记现在还来得及吗", "yes"),   # 12-07 is the last day
    ("深圳项目合同在采购中心备案，11月27日备案通过，合同是11月18日签的，质量监督登记现在还来得及吗", "no"),             # 12-04 was
])
def test_today_against_two_dated_events(text, expected):
    assert verdict(text, "shenzhen") == expected


def test_a_later_day_proposed_is_still_the_day():
    said = proposed_days("深圳项目合同11月20日签的，打算12月3日去做质量监督登记，晚了吗", date(2026, 12, 7))
    assert said is not None and said[1] == (date(2026, 12, 3), date(2026, 12, 3))


# --- dictated amounts and hurried English with no stop ---

@pytest.mark.parametrize("text, expected", [
    ("one point two million", [1200000]),
    ("two point five million yuan", [2500000]),
    ("ninety eight wan total", [980000]),
    ("three hundred wan", [3000000]),
])
def test_amounts_dictated(text, expected):
    assert [a.value for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("zhonglou one point two million project supervisor needed", "zhonglou", "yes"),
    ("yunfu sixty wan total investment supervisor needed", "yunfu", "no"),
    ("shenzhen part of the work went to a subcontractor is the general contractor still responsible", "shenzhen", "yes"),
    ("深圳项目分包出了质量问题 总包就不用管了吧", "shenzhen", "no"),
])
def test_hurried_yes_no(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_hurried_what_stays_what():
    assert classify("zhonglou which documents are needed for initial acceptance").form == "info"


# --- two asks of a formal letter: (1) whether … and (2) by whom …; 一是…是否理解正确 ---

def test_two_numbered_asks_in_english():
    text = "Our Longgang project totals RMB 61,000,000.00. Please advise (1) whether a feasibility study report is required and (2) who shall prepare it."
    assert formal_plain(text).endswith("Please advise whether a feasibility study report is required? Who shall prepare it?")
    assert [f["verdict"] for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "longgang"][:2] == ["yes", "info"]


def test_a_belief_tagged_shi_fou_li_jie_zheng_que():
    text = "我单位龙岗区项目总投资3,900万元，现请示两事：一是应无需编制可行性研究报告，是否理解正确；二是是否须编制初步设计方案。"
    assert verdict(text, "longgang") == "yes"   # 3,900万 is under 5,000万: the belief holds


@pytest.mark.parametrize("text, jid, expected", [
    ("yunfu must the system we buy support i p v six", "yunfu", "yes"),
    ("wendeng does the system need to support i p v six", "wendeng", "not_specified"),   # only Yunfu's text asks it
])
def test_letters_spelled_one_by_one(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a span of days proposed against an exact event says its days, not that the question gave only a month ---

def test_a_span_proposed_against_an_exact_day():
    said = summaries("文登项目9月25号开始试运行，这周想申请竣工验收，行不行", "wendeng")
    assert "只说到月份" not in said and "2026年12月25日" in said


def test_an_event_dated_by_its_month():
    assert "只说到月份" in summaries("钟楼项目初验9月做完的，想11月就把终验申请也交了，可以吗", "zhonglou")


@pytest.mark.parametrize("text", [
    "yunfu city level, whats the threshold for mandatory supervision?",   # whats: a wh-word typed without its apostrophe
    "What grade (A? B?) is required of the supervisor in Yunfu?",         # a passive "is required" asks what
])
def test_a_what_with_a_need_word_stays_what(text):
    assert classify(text).form == "info"
