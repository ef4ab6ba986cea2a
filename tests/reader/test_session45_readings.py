"""Readings from the forty-fifth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- an article named that the text does not have: said so, how far its numbering goes, and no search result instead ---

@pytest.mark.parametrize("text, jid, said", [
    ("深圳办法第三十条是怎么规定的", "shenzhen", ["第三十条", "第二十八条"]),
    ("钟楼细则第九十条说了什么", "zhonglou", ["第九十条", "第四十二条"]),
    ("What does article 60 of the Wendeng measures say?", "wendeng", ["第六十条", "第四十条"]),
    ("云浮办法第五条讲的啥", "yunfu", ["第五条", "没有编号"]),
])
def test_an_article_the_text_does_not_have_is_said_missing(text, jid, said):
    out = get_kb().ask(text)
    own = [f for f in out["findings"] if f["jurisdiction"] == jid]
    assert [(f["topic"], f["verdict"], f["citations"]) for f in own] == [("article", "not_specified", [])]
    assert all(s in out["answer"] for s in said)


def test_an_article_some_texts_have_is_not_said_missing_of_the_others():
    # (第五十条 is Longgang's alone: the question names no place, and the others are not told they lack it)
    out = get_kb().ask("第五十条是什么内容")
    assert "第五十条" in [c["article"] for f in out["findings"] if f["jurisdiction"] == "longgang" for c in f["citations"]]
    assert "没有第五十条" not in out["answer"]


# --- an article named wrongly for a rule: the rule's own article answers, and the answer says which it is ---

@pytest.mark.parametrize("text, jid, verdict, named, cited", [
    ("我记得钟楼第十四条说50万以上要监理，对吧", "zhonglou", "yes", "第十四条", "第十五条"),
    ("Zhonglou article 3 says a 600k project needs a supervisor, right?", "zhonglou", "yes", "第三条", "第十五条"),
])
def test_a_rule_believed_of_another_article_says_which_article_sets_it(text, jid, verdict, named, cited):
    found = first_finding(text, jid)
    assert found["verdict"] == verdict and cited in [c["article"] for c in found["citations"]]
    answer = get_kb().ask(text)["answer"]
    assert named in answer and cited in answer and ("不是规定这一点" in answer or "is not the one" in answer)


def test_the_article_named_rightly_gets_no_such_remark():
    answer = get_kb().ask("钟楼细则第十五条说30万以上要监理，对吧")["answer"]
    assert "不是规定这一点" not in answer


# --- a belief that a step is not needed, with the step named by its noun alone before the tag (不需要监理，对吗), or that
# a case does not count under the rule's line (正好30万的不算，对吧): said of the belief ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼区30万整的项目不需要监理，对吗", "no"),          # 30万元(含)以上 (第十五条)
    ("钟楼监理，正好30万的不算，对吧", "no"),
    ("钟楼区29万的项目不需要监理，对吗", "yes"),
    ("钟楼：29万的不用监理，对吧", "yes"),
    # look-alikes: the step asked plainly, and the duty itself believed
    ("钟楼区30万整的项目需要监理吗", "yes"),
    ("钟楼区30万整的项目要请监理，对吗", "yes"),
    ("钟楼区30万的项目算不算要监理的", "yes"),
])
def test_a_step_believed_not_needed_is_answered_of_the_belief(text, expected):
    found = first_finding(text, "zhonglou")
    assert found["verdict"] == expected and "第十五条" in [c["article"] for c in found["citations"]]


def test_a_duty_believed_of_another_party_keeps_its_answer():
    # (另外两家就不用各自再报了: who declares, not the declaration left out)
    found = first_finding("钟楼这边三个部门共建的项目，由牵头单位统一申报，其他两家就不用各自再报了，对吗", "zhonglou")
    assert found["verdict"] == "yes"


# --- days said of this week still to come, the same day as the event before, a day asked as the last one ---

@pytest.mark.parametrize("text, jid, day", [
    ("深圳项目合同本周三签（不走采购中心备案），质量监督登记最晚哪天", "shenzhen", "2026-12-16"),   # 12-09 + 5 working days
    ("Shenzhen: we sign the contract this Wednesday, no filing with the procurement centre. What's the last day for quality supervision registration?", "shenzhen", "2026-12-16"),
    ("Wendeng: we'll hand in the acceptance application letter this Thursday. What's the latest date for the completion acceptance?", "wendeng", "2026-12-17"),
    ("Shenzhen: the procurement centre approves our contract filing tomorrow. When is quality supervision registration due?", "shenzhen", "2026-12-15"),
    ("文登项目6月10号开始 trial run, 竣工验收最晚哪天?", "wendeng", "2026-12-10"),   # 试运行3个月以后，6个月以内
    # look-alike: a day of this week gone by is read as the event's day, not one to come
    ("深圳项目合同本周一签的（不走采购中心备案），质量监督登记最晚哪天", "shenzhen", "2026-12-14"),
])
def test_a_day_of_this_week_to_come_dates_the_event(text, jid, day):
    assert day in get_kb().ask(text)["answer"]


def test_the_same_day_as_the_event_before_dates_the_next_step_told():
    # 初验上周二 (12-01) 过了，申请函当天就交了: the centre's 5 working days run from 12-01
    out = get_kb().ask("文登：初验上周二过了，《项目验收申请函》当天就交给大数据中心了")
    assert "2026-12-08" in out["answer"] and out["findings"][0]["topic"] == "next_step"


@pytest.mark.parametrize("text, jid, expected", [
    ("深圳的合同上周一签的，没在采购中心备案，质量监督登记是不是今天就到期了", "shenzhen", "yes"),   # 11-30 + 5 = 12-07
    ("深圳的合同上周二签的，没在采购中心备案，质量监督登记是不是今天就到期了", "shenzhen", "no"),    # 12-08
    ("龙岗合同两周前的周一签的，中标通知书和合同复印件备案是不是今天截止", "longgang", "yes"),       # 11-23 + 10 = 12-07
    ("Shenzhen: contract signed last Tuesday, not filed with the procurement centre. Is the quality registration due today?", "shenzhen", "no"),
    ("Shenzhen: contract signed last Monday, not filed with the procurement centre. Is the quality registration due today?", "shenzhen", "yes"),
])
def test_whether_today_is_the_last_day_is_answered_by_the_day_counted(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, day", [
    ("Wendeng: we submitted the acceptance application letter to the Big Data Center on Nov 26 and there's still no acceptance meeting. Are they late?", "wendeng", "2026-12-03"),
    ("龙岗 feasibility study 11月25号被区数据局正式受理, 到现在还没有审核意见, 超时了吗?", "longgang", "2026年12月2日"),
])
def test_a_body_owing_an_answer_since_a_day_given_is_late_after_its_last_day(text, jid, day):
    out = get_kb().ask(text)
    assert first_finding(text, jid)["verdict"] == "yes" and day in out["answer"]


# --- a step told done by what it yields (初核通过了, 资金审核意见出来了, "the cost review is finished"): the next step ---

@pytest.mark.parametrize("text, jid, article, said", [
    ("云浮 市数据局初核通过了我们的项目，接下来呢", "yunfu", "立项·第9段", "造价审核"),
    ("Yunfu: the cost review and expert appraisal are finished. What's next?", "yunfu", "立项·第10段", "finance"),
    ("云浮：造价审核和专家论证都做完了，然后报给谁", "yunfu", "立项·第10段", "财政局"),
    ("龙岗的项目，承建单位说合同约定的内容全部做完了，下一步干嘛？", "longgang", "第二十六条", "自测"),
    ("龙岗：自测通过了，接下来呢", "longgang", "第二十六条", "初步验收"),
    ("龙岗: 合同初验 yesterday 过了, 然后呢?", "longgang", "第二十七条", "第三方"),   # a day said in English
])
def test_a_step_told_done_by_what_it_yields_is_followed_by_the_next(text, jid, article, said):
    found = first_finding(text, jid)
    assert found["topic"] == "next_step" and article in [c["article"] for c in found["citations"]]
    assert said in get_kb().ask(text)["answer"]


def test_what_a_step_yields_named_without_its_being_done_asks_no_next_step():
    # (初核要多久: the step asked of, not told done)
    assert first_finding("云浮的初核一般要多久", "yunfu")["topic"] != "next_step"


# --- English readings of round 40: a software job named after its figure, our own unit doing what a qualified body
# must, funds still given after a review failed, the general contractor said not to answer, a title read as the text ---

@pytest.mark.parametrize("text, jid, expected", [
    ("A municipal bureau in Yunfu has an 800k yuan application development job. Is third-party software testing needed?", "yunfu", "yes"),
    ("Yunfu: an 800k software development project, do we need third-party testing?", "yunfu", "yes"),
    ("Yunfu: an 800k project with 300k of software development, do we need third-party testing?", "yunfu", "no"),   # look-alike
    ("Longgang, a 60 million yuan project: can our own unit write the feasibility study report?", "longgang", "no"),   # 委托…咨询机构编制
    ("Longgang, a 60 million yuan project: does the feasibility study need a qualified consultancy?", "longgang", "yes"),
    ("Wendeng: if the big data centre didn't approve our project, will the finance bureau still fund it?", "wendeng", "no"),   # 第十三条
    ("深圳：分包出了质量问题，总包可以不管吧", "shenzhen", "no"),   # 连带责任 (第十一条)
    ("深圳的项目分包那块出了质量问题，总包就可以不管了吧", "shenzhen", "no"),
])
def test_round_forty_english_and_liability_readings(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_regulations_english_title_names_no_topic_of_the_question():
    # (the title's "quality supervision" is the text's name; what is asked is whether the districts follow it: 第二十七条)
    found = first_finding("Are Shenzhen's districts expected to follow the municipal information engineering quality "
                          "supervision measures as well?", "shenzhen")
    assert found["verdict"] == "yes" and "第二十七条" in [c["article"] for c in found["citations"]]


# --- "is there anything we must check", "are there any documents we need to prepare": what there is, asked ---

@pytest.mark.parametrize("text, expected", [
    ("Is there anything we must check before organising it?", "info"),
    ("Are there any documents we need to prepare for acceptance?", "info"),
    ("Anything we must check before the completion acceptance?", "info"),
    # look-alikes: a duty asked plainly
    ("Do we need to submit anything else?", "yesno"),
    ("Is a supervisor needed?", "yesno"),
])
def test_anything_or_any_documents_asked_is_a_what_question(text, expected):
    from knowledge.reader.form import classify

    assert classify(text, "en").form == expected


def test_a_what_question_after_a_sentence_that_tells_keeps_its_form():
    found = first_finding("Shenzhen: construction is all finished and we want to hold the completion acceptance next month. "
                          "Is there anything we must check before organising it?", "shenzhen")
    assert found["verdict"] == "info" and "第二十一条" in [c["article"] for c in found["citations"]]


@pytest.mark.parametrize("text, day", [
    ("Shenzhen: we plan to sign the contract on Friday this week. When is quality registration due?", "2026-12-18"),
    ("Shenzhen: we'll sign the contract on Friday. When is quality registration due?", "2026-12-18"),
    # look-alike: a Friday gone by
    ("Shenzhen: we signed the contract on Friday. When is quality registration due?", "2026-12-11"),
])
def test_a_weekday_planned_is_the_coming_one(text, day):
    assert day in get_kb().ask(text)["answer"]


# --- the review of this session: a step on the same day as the one before, a weekday said in English, the last day
# asked as 最后期限/最后一天, the step after a contract signed, a scope denied before a bare tag ---

@pytest.mark.parametrize("text, jid, day", [
    ("龙岗合同终验今天完成，同一天提交上线安全测试申请，报告最晚哪天出", "longgang", "2026-12-10"),   # 3 working days
    ("文登初验 last Thursday 过了，申请函当天交的，验收最晚哪天组织？", "wendeng", "2026-12-10"),      # 12-03 + 5
    ("深圳合同这周三签，质量监督登记最后期限是哪天", "shenzhen", "2026-12-16"),
])
def test_same_day_steps_and_last_days_asked_otherwise_are_counted(text, jid, day):
    assert day in get_kb().ask(text)["answer"]


@pytest.mark.parametrize("text, jid, expected", [
    ("文登的初验是上周五通过的，申请函也是当天送到大数据中心的，今天是不是组织验收的最后一天？", "wendeng", "no"),   # 12-11
    ("龙岗合同11月23日签的，备案是不是今天最后一天？", "longgang", "yes"),
    ("龙岗合同11月24日签的，备案是不是今天最后一天？", "longgang", "no"),
    ("龙岗50万整的信息化项目不适用这个办法，对吗", "longgang", "no"),   # 50万元以上（含50万元）
])
def test_whether_today_is_the_last_day_and_a_scope_denied_before_a_bare_tag(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_the_step_after_a_contract_signed_is_the_one_that_follows_it():
    found = first_finding("文登项目采购合同签完了，下一步干嘛", "wendeng")
    assert found["topic"] == "next_step" and "备案" in found["summary"]


def test_which_of_two_bodies_does_it_is_a_what_question():
    from knowledge.reader.form import classify

    assert classify("During the trial run, does the vendor or the owner hire the third-party testing firm?", "en").form == "info"
    assert classify("Does the owner have to hire a supervisor?", "en").form == "yesno"   # look-alike: one body asked of


@pytest.mark.parametrize("text, expected", [
    # 试运行 from 2026-03-02: the window (3 to 6 months) closed on 2026-09-02
    ("Wendeng project: trial operation started on 2 March 2026 and we never got round to the completion acceptance. "
     "Are we still inside the acceptance window?", "no"),
])
def test_a_step_never_got_round_to_is_checked_against_its_window(text, expected):
    assert first_finding(text, "wendeng")["verdict"] == expected


# --- round 41: an event told with its day begins the step whose last day it starts; events said in mixed words ---

@pytest.mark.parametrize("text, jid, day", [
    ("龙岗的项目上线安全测试申请今天递上去了。", "longgang", "2026-12-10"),            # 3 working days (第二十八条)
    ("文登的项目，验收申请函今天已经送到区大数据中心了", "wendeng", "2026-12-14"),      # 5 working days (第三十五条)
])
def test_an_event_told_with_its_day_gives_the_last_day_it_starts(text, jid, day):
    found = first_finding(text, jid)
    assert found["topic"] == "next_step" and day in found["summary"]


@pytest.mark.parametrize("text, jid, day", [
    ("We signed our Shenzhen e-government contract on Nov 20 and still haven't done the quality supervision registration. Are we late?", "shenzhen", "2026-11-27"),
    ("文登 项目 trial run 9月10号开始的，最早哪天能做竣工验收？", "wendeng", "2026-12-10"),
    ("The Longgang IT authority formally accepted our 可研 report last Thursday; by when should their review be finished?", "longgang", "2026-12-10"),
    ("Wendeng: our trial operation began on May 20 this year and we still haven't held the acceptance. Have we missed the allowed window?", "wendeng", "2026-11-20"),
    ("Longgang: the district IT authority formally accepted our feasibility study report on 23 Nov and we've heard nothing since. Are they past their deadline?", "longgang", "2026-11-30"),
])
def test_events_said_in_english_or_mixed_words_are_dated(text, jid, day):
    assert day in get_kb().ask(text)["answer"]


def test_today_asked_as_the_last_day_of_a_bodys_step_is_answered_by_the_day():
    found = first_finding("文登 project, 验收申请 submitted 上周五, 今天是大数据中心组织验收的最后一天吗?", "wendeng")
    assert found["verdict"] == "no"   # 12-04 + 5 working days = 12-11


@pytest.mark.parametrize("text, word", [
    ("钟楼区30万整的项目不需要监理，对吗", "监理：需要"),     # the belief is wrong: it is needed (not "不可以")
    ("钟楼区29万的项目不需要监理，对吗", "监理：不需要"),
])
def test_a_duty_believed_absent_before_dui_ma_is_said_as_needed_or_not(text, word):
    assert word in get_kb().ask(text)["answer"]
