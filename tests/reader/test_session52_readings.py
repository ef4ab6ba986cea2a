"""Readings from the fifty-second session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
from datetime import date

import pytest
from reader_answers import first_finding, summaries
from reader_answers import first_verdict as verdict

from knowledge.base import get_kb
from knowledge.reader.dated import stated_next
from knowledge.reader.form import form_of
from knowledge.reader.glossary import in_chinese
from knowledge.reader.places import initials_named
from knowledge.reader.quantity import asked
from knowledge.reader.variants import simplified

TODAY = date(2026, 12, 8)   # a Tuesday


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-08")


# --- Wu 阿 before a verb, Cantonese 咩 closing the question, 几耐, 今日, 赶唔赶得切 ---

@pytest.mark.parametrize("typed, meant", [
    ("钟楼 80万的项目阿要请监理", "钟楼 80万的项目要不要请监理"),
    ("初验结束刚一个月 阿好交终验申请", "初验结束刚一个月 能不能交终验申请"),
    ("中标单位转包 阿可以", "中标单位转包 可不可以"),
    ("这个办法阿适用", "这个办法阿适用"),   # 阿 before no verb of the list: left
    ("阿里云的服务器", "阿里云的服务器"),     # the company: left
    ("一定要跟呢个办法咩", "一定要跟这个办法吗"),
    ("项目验收包括啲咩", "项目验收包括些什么"),   # 咩 after 啲 or a verb asks what
    ("验收要交咩", "验收要交什么"),
    ("转包可以伐", "转包可以吗"),                 # Wu 伐 closing the question
    ("要交咩材料", "要交什么材料"),             # 咩 before a noun is 什么
    ("质保期几耐", "质保期多久"),
    ("今日先报备 仲赶唔赶得切", "今天先报备 还来不来得及"),
])
def test_dialect_words_in_mandarin(typed, meant):
    assert simplified(typed, frozenset()) == meant


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼 25万的项目 申报阿要交项目建议书", "zhonglou", "no"),    # 第五条: 30万以下 交建设方案
    ("钟楼 35万的项目 申报阿要交项目建议书", "zhonglou", "yes"),
    ("钟楼 中标单位转包 阿可以", "zhonglou", "no"),               # 第二十条
    ("钟楼 20万的项目 阿需要请监理", "zhonglou", "no"),           # 第十五条: 30万（含）以上
    ("钟楼 80万的项目阿要请监理", "zhonglou", "yes"),
    ("龙岗 系统上线前 阿要做安全测试", "longgang", "yes"),
    ("钟楼 中标单位转包 可以伐", "zhonglou", "no"),
    # 跟这个办法（走）: whether the measures apply
    ("龙岗 45万 嘅信息化项目 使唔使跟呢个办法", "longgang", "not_applicable"),   # 第二条: 50万以上
    ("龙岗 80万的信息化项目 要不要跟这个办法走", "longgang", "yes"),
])
def test_dialect_asked_yes_or_no(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_closing_me_asks_yes_or_no():
    assert form_of(simplified("云浮 新兴县嘅项目 一定要跟呢个办法咩", frozenset()), "zh") == "yesno"
    assert form_of(simplified("云浮 立项要交咩材料", frozenset()), "zh") == "info"


def test_how_long_in_cantonese_is_a_length_asked():
    assert verdict("深圳 质保期几耐", "shenzhen") == "not_specified"
    assert verdict("龙岗 试运行几耐", "longgang") == "not_specified"
    assert verdict("文登 试运行几耐", "wendeng") == "info"   # 第三十六条: 3个月以后、6个月以内


# --- a day of this week, proposed for a yearly filing; 来不来得及 and 明年的规划 ---

def test_a_day_of_this_week_still_to_come_is_proposed():
    assert stated_next("规划本周五再报", TODAY) == date(2026, 12, 11)
    assert stated_next("规划本周一报的", TODAY) is None   # gone by: no day proposed
    assert stated_next("规划下周一再报", TODAY) == date(2026, 12, 14)
    assert stated_next("we'll file it this Friday", TODAY) == date(2026, 12, 11)


@pytest.mark.parametrize("text, jid, expected", [
    ("云浮明年的信息化规划本周五再报行不行", "yunfu", "no"),        # 每年11月30日前
    ("云浮 2027年度信息化规划 本周五再报还 OK 吗？", "yunfu", "no"),
    ("Yunfu: can we file next year's IT plan this Friday?", "yunfu", "no"),
    ("云浮明年的规划今天先报备，来不来得及", "yunfu", "no"),
    ("云浮 明年嘅规划 今日先报备 仲赶唔赶得切", "yunfu", "no"),
    ("云浮 明年的规划 下周一报 来得及吗", "yunfu", "no"),
    ("钟楼明年的项目计划本周四再报可以吗", "zhonglou", "no"),       # 每年9月底前
    ("钟楼明年的项目计划什么时候报", "zhonglou", "info"),
])
def test_a_day_this_week_against_a_day_of_each_year(text, jid, expected):
    assert verdict(text, jid) == expected


# --- places by their pinyin initials, where a terse message opens ---

def test_initials_of_a_covered_place():
    own = {"shenzhen", "longgang", "wendeng", "zhonglou", "yunfu"}
    assert initials_named("WD SOE-funded IT project - in scope?", own) == "Wendeng SOE-funded IT project - in scope?"
    assert initials_named("LG: 验收谁组织", own) == "Longgang: 验收谁组织"
    assert initials_named("ZL 80万 监理?", own) == "Zhonglou 80万 监理?"
    assert initials_named("We use LG monitors", own) == "We use LG monitors"    # not where the message opens
    assert initials_named("lg 80万 监理?", own) == "lg 80万 监理?"              # capitals only
    assert initials_named("BJ 80万 监理?", own) == "BJ 80万 监理?"              # no covered place's


@pytest.mark.parametrize("text, jid, expected", [
    ("WD SOE-funded IT project - in scope?", "wendeng", "yes"),                    # 第二条: 财政（或国企）资金
    ("WD construction plan outline - any chapter on performance goals?", "wendeng", "yes"),   # 附件2
    ("ZL 80万 监理?", "zhonglou", "yes"),
    ("YF 涉密项目 适用?", "yunfu", "not_applicable"),
])
def test_a_terse_question_by_initials(text, jid, expected):
    assert verdict(text, jid) == expected


def test_initials_name_one_place_only():
    assert {f["jurisdiction"] for f in get_kb().ask("ZL 80万 监理?")["findings"]} == {"zhonglou"}


# --- terse English: "- in scope?", "- any chapter on …?" ask whether; "with whom?" asks who; "any deadline?" asks it ---

@pytest.mark.parametrize("text, expected", [
    ("Shenzhen city project - in scope?", "yesno"),
    ("Longgang street equipment purchase – covered?", "yesno"),
    ("Wendeng plan outline - any chapter on risks?", "yesno"),
    ("SZ quality reg - any deadline?", "info"),
    ("Longgang trial run - any minimum length?", "info"),
    ("Yunfu: after acceptance, file the report with whom?", "info"),
    ("Yunfu: the acceptance report goes to who?", "info"),
    ("Yunfu: after acceptance, do we file the report?", "yesno"),
    ("Shenzhen concealed works - keep photo/video records?", "yesno"),
    ("LG contract 10M even - expert meeting for preliminary acceptance?", "yesno"),
    ("Any way to tell which office handles the filing in Longgang?", "info"),
    ("Wendeng - approval doc validity?", "info"),
])
def test_terse_english_forms(text, expected):
    assert form_of(text, "en") == expected


# --- late asked of a dated step: "beyond the time limit", "overdue" (not a day asked), with or without today ---

@pytest.mark.parametrize("text, jid, expected", [
    ("Longgang: the feasibility study report was formally accepted on 25 Nov and the review still isn't done today. "
     "Is that beyond the time limit?", "longgang", "yes"),                       # 5 working days: 2 December
    ("Longgang: the feasibility study was formally accepted on November 25. Is the review overdue?", "longgang", "yes"),
    ("龙岗 可研报告11月25日正式受理，审核超期了吗", "longgang", "yes"),
    ("龙岗 可研报告12月4日正式受理，审核超期了吗", "longgang", "no"),              # 11 December
    ("Longgang: the feasibility study was formally accepted on December 4. Is the review overdue?", "longgang", "no"),
    ("深圳合同11月20号签的，质量监督登记超期了吗", "shenzhen", "yes"),
])
def test_late_asked_of_a_dated_step(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a quarter's filing believed due by a day: against that quarter's own day ---

@pytest.mark.parametrize("text, expected", [
    ("深圳2026年四季度的质量季报要在12月底前传吧", "no"),                      # 2027-01-05
    ("Shenzhen: the Q4 2026 quality report is due by the end of December, right?", "no"),
    ("Shenzhen: the quality quarterly report for Q4 2026 has to be uploaded by the end of December, doesn't it?", "no"),
    ("深圳2026年四季度的质量季报是明年1月上旬前交吧", "yes"),
    ("深圳2026年三季度的质量季报是10月上旬前交吧", "yes"),                     # 2026-10-08, after the National Day break
])
def test_a_quarters_day_believed(text, expected):
    assert verdict(text, "shenzhen") == expected


def test_a_day_in_a_year_without_a_schedule_is_marked_provisional():
    assert "暂定" in summaries("深圳2026年四季度的质量季报要在12月底前传吧", "shenzhen")


def test_which_months_a_quarterly_filing_falls_in():
    f = first_finding("深圳信息工程的质量季报一年要在哪几个月报送？", "shenzhen")
    assert f["verdict"] == "info" and all(m in f["summary"] for m in ("1月", "4月", "7月", "10月"))
    assert [a.kind for a in asked("质量季报一年要在哪几个月报送")] == ["month"]
    assert [a.kind for a in asked("试运行要几个月")] == ["duration"]


# --- a step told for a day to come, nothing asked: the days that follow from it ---

@pytest.mark.parametrize("text, jid, day", [
    ("Longgang: we'll submit the go-live security test application this Friday.", "longgang", "2026-12-16"),
    ("Wendeng: we're handing in the acceptance application letter this Wednesday.", "wendeng", "2026-12-16"),
    ("龙岗：本周五提交上线安全测试申请", "longgang", "2026-12-16"),
])
def test_a_step_told_for_a_day_to_come(text, jid, day):
    assert day in summaries(text, jid)


def test_a_question_about_a_day_to_come_is_still_answered_as_asked():
    assert verdict("Longgang: we'll submit the go-live security test application this Friday. Do we need a third party?",
                   "longgang") == "yes"   # 第二十七条, 第二十八条: asked yes or no, answered so
    assert "2026-12-16" not in summaries("龙岗上线安全测试申请要交什么材料", "longgang")


# --- English words in a Chinese sentence, before a comma; "passed" ---

@pytest.mark.parametrize("text, meant", [
    ("云浮专业类项目 delayed delivery, 几天内要报备案?", "云浮专业类项目逾期交付, 几天内要报备案?"),
    ("文登项目初步核验 passed 了", "文登项目初步核验通过了"),
    ("Zhonglou project delayed, what now?", "Zhonglou project delayed, what now?"),   # mostly English: left
])
def test_english_words_in_a_chinese_sentence(text, meant):
    assert in_chinese(text) == meant


def test_a_delay_filing_asked_in_days_cites_its_sentence():
    f = first_finding("云浮专业类项目 delayed delivery, 几天内要报备案?", "yunfu")
    assert f["verdict"] == "not_specified" and any("逾期交付" in c["quote"] for c in f["citations"])


# --- a threshold believed behind 是不是 … 才 ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼是不是80万以上才要监理", "no"),        # 第十五条: 30万（含）以上
    ("钟楼监理是不是80万以上才要", "no"),
    ("钟楼是不是30万以上才要监理", "yes"),
    ("钟楼80万的项目是不是要请监理", "yes"),      # no belief: asked plainly
])
def test_a_threshold_believed_behind_shi_bu_shi(text, expected):
    assert verdict(text, "zhonglou") == expected


def test_ali_cloud_is_no_place():
    assert get_kb().ask("阿里云的服务器采购要不要询价")["findings"]


# --- working days or calendar days, asked of a limit: the text's own word decides ---

@pytest.mark.parametrize("text, jid, expected, said", [
    ("钟楼区初验那个30日，是工作日还是自然日？", "zhonglou", "info", "自然日"),
    ("Zhonglou: are the 30 days for the initial acceptance working days or calendar days?", "zhonglou", "info", "calendar days"),
    ("钟楼初验的30日是工作日吗", "zhonglou", "no", "自然日"),
    ("钟楼初验的30日是自然日吗", "zhonglou", "yes", "自然日"),
    ("深圳质量监督登记的5个工作日，周末算不算", "shenzhen", "no", "只计工作日"),
    ("Longgang: the 10 working days for filing the contract - do weekends count?", "longgang", "no", "working days only"),
])
def test_the_kind_of_days_asked(text, jid, expected, said):
    f = first_finding(text, jid)
    assert (f["verdict"], said in f["summary"]) == (expected, True)


def test_days_not_asked_about_are_not_explained():
    assert "自然日" not in summaries("钟楼初验要在试运行结束后多少天内做", "zhonglou")


# --- round fifty-five: days said and believed in more forms ---

@pytest.mark.parametrize("text, jid, expected", [
    # the weekday of a date that follows it is no day of this week
    ("We signed the contract with the vendor on Monday, 30 November. Are we still within the deadline for the Shenzhen "
     "quality supervision registration today?", "shenzhen", "no"),                      # 7 December
    ("Shenzhen: signed the contract on Fri 4 Dec. Still within the registration deadline today?", "shenzhen", "yes"),
    # "has the window closed", "has the deadline passed": late asked, not the day
    ("Shenzhen project, contract signed Fri 27 Nov. Has the quality registration window already closed?", "shenzhen", "yes"),
    ("Shenzhen: contract signed Dec 4. Has the registration deadline passed?", "shenzhen", "no"),
    # the filing's approval dates the count, today asked (备案通过 said after its day)
    ("合同11月20号签的，不过是在市政府采购中心备案的合同，备案12月3日才通过。深圳质监登记现在办还来得及吗", "shenzhen", "yes"),
    ("合同11月20号签的，没有在采购中心备案。深圳质监登记现在办还来得及吗", "shenzhen", "no"),
    # a last day believed: 最晚就是下周一吧, 最晚是…对吧, 按…算是到…对吧
    ("深圳的项目昨天签了合同，质监登记最晚就是下周一吧？", "shenzhen", "yes"),            # 14 December
    ("深圳的项目昨天签了合同，质监登记最晚就是本周五吧？", "shenzhen", "no"),
    ("钟楼试运行11月10日结束，初验按30个工作日算是到12月22号对吧", "zhonglou", "no"),      # 30日: 10 December
    ("钟楼试运行11月10日结束，初验最晚是12月10号对吧", "zhonglou", "yes"),
    # by the end of the year, against a day of each year
    ("云浮年度规划年底前报上去就行吧", "yunfu", "no"),                                   # 每年11月30日前
    ("Yunfu: next year's IT plan by the end of the year is fine, right?", "yunfu", "no"),
])
def test_days_said_and_believed(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_day_gone_by_asked_as_the_last_one():
    assert "2026-12-07" in summaries("深圳市直项目合同上周一签的，质量监督登记是不是昨天就到期了", "shenzhen")
    assert verdict("深圳市直项目合同上周一签的，质量监督登记是不是昨天就到期了", "shenzhen") == "yes"
    assert verdict("深圳市直项目合同上周二签的，质量监督登记是不是昨天就到期了", "shenzhen") == "no"   # 8 December


def test_a_terse_deadline_in_a_chinese_message_asks_the_day():
    assert "2026-12-09" in summaries("LG 初设 上周三正式受理, 预审 deadline?", "longgang")   # 5 working days from 2 December
    assert form_of("钟楼 初验 期限？", "zh") == "info"




# --- the project's own figure, said in English, is no threshold believed ---

@pytest.mark.parametrize("text, jid, expected", [
    ("Our Yunfu city-level project is a bit over 900k yuan in total, so we can skip the supervision firm, right?", "yunfu", "yes"),
    ("Our Yunfu city-level project is a bit over 1.2 million yuan, so we can skip the supervision firm, right?", "yunfu", "no"),
    ("Yunfu: supervision is only needed over 1.5 million, right?", "yunfu", "no"),        # 100万元以上（含）
    ("Zhonglou only needs a supervisor above 800k, right?", "zhonglou", "no"),             # 30万元（含）以上
])
def test_an_own_figure_is_no_threshold_believed(text, jid, expected):
    assert verdict(text, jid) == expected



def test_a_dialect_yes_no_is_labelled_as_its_mandarin():
    line = get_kb().ask("钟楼 80万的项目阿要请监理")["answer"].splitlines()[1]
    assert "需要" in line and "可以" not in line.split("。")[0]


@pytest.mark.parametrize("text, expected", [
    # every day said dates an event the count runs from: late is asked today
    ("Shenzhen contract signed 16 November, and its filing with the government procurement centre was approved on Thursday, "
     "3 December. Has the registration deadline passed?", "no"),                          # 10 December
    ("Shenzhen contract signed 16 November, filing with the procurement centre approved on 20 November. "
     "Has the registration deadline passed?", "yes"),                                     # 27 November
    # the step itself dated: late is asked of that day, not today
    ("深圳：合同10月9号签的，质量监督登记10月15号才办完，算不算晚了", "no"),                   # 16 October
])
def test_late_asked_with_two_days_said(text, expected):
    assert verdict(text, "shenzhen") == expected
