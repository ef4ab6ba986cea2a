"""Readings from the thirty-fourth session (issue 8), each with a look-alike that must keep its answer: the next
filing once a step is done (质监登记做完了，接下来要报什么: the quarterly submission, not the building that goes on
meanwhile); a term of the text asked what it covers (啥样的项目算新动议项目: silent where the text uses the term and
never says; its definition where it has one); a kind said not to be part of the project (纯采购不带软件, "no software
or integration": buying equipment); the days left until a last day (还剩几天: calendar and working days from today);
a day proposed relative to today against the last day (下周二交算按时吗, "if we do it on Monday is that still ok"), a month
gone by proposed for this year's filing (next February), the window's end asked (会不会超过6个月), a day the step was done
asked 晚没晚, a step still not taken ("still isn't filed. are we late"), and a last day believed (截止就是今天12月4号，对吧,
"so we have until Dec 31, right?"); a place outside named beside the covered one it neighbours (我们在常州武进区，就在
钟楼区隔壁) or asked after it (常州武进区我们也有项目，先问钟楼的); a county under a city-level text that does not bind it
(罗定, 云浮市级的办法): none of the text's duties is its duty; "covered by the … measures?" asks yes or no.
The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")


def _next(question):
    return next(f for f in get_kb().ask(question)["findings"] if f["topic"] == "next_step")


@pytest.mark.parametrize("question", [
    "深圳市直项目，质监登记做完了，接下来要报什么",
    "Shenzhen municipal: quality supervision registration done last month. What do we file next?",
])
def test_the_next_filing_after_a_step_done(question):
    assert [c["article"] for c in _next(question)["citations"]] == ["第十七条"]


def test_the_next_step_when_no_filing_is_asked_is_the_work():
    assert "第十条" in [c["article"] for c in _next("深圳市直项目，质监登记做完了，接下来干嘛")["citations"]]


# -- someone's word that a duty is a matter of choice, checked with 真的假的 (the verdict answers what was said)
@pytest.mark.parametrize("question, verdict", [
    ("深圳项目，承建方说隐蔽工程不用拍照片，真的假的", "no"),
    ("深圳项目，承建方说隐蔽工程拍不拍照片无所谓，真的假的", "no"),
    ("钟楼区50万的项目，同事说监理可有可无，对吗", "no"),
    ("钟楼区20万的项目，同事说监理可有可无，对吗", "yes"),   # below 30万 the rules do not require one: what was said holds
    ("Shenzhen project: the vendor says photos of concealed works are optional. Is that true?", "no"),
    ("钟楼区50万的项目要监理，真的假的", "yes"),              # a plain claim that the duty is there
])
def test_a_duty_said_to_be_a_choice_and_checked(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


# -- a term of the text asked what it covers
@pytest.mark.parametrize("question, jid, verdict, article", [
    ("龙岗区什么样的项目算新动议项目", "longgang", "not_specified", "第十条"),
    ("深圳的办法里哪些算隐蔽工程", "shenzhen", "not_specified", "第十条"),
    ("钟楼区三重一大是什么意思", "zhonglou", "not_specified", "第四条"),
    ("Yunfu: what does 服务资格采购 mean", "yunfu", "not_specified", "总则·第10段"),
    ("Shenzhen: what counts as an important subsystem?", "shenzhen", "not_specified", "第十八条"),
    ("文登区什么样的项目算智慧文登项目", "wendeng", "info", "第二条"),          # defined, 所称“智慧文登”项目，是指…
    ("云浮的第三方服务是什么意思", "yunfu", "info", "总则·第8段"),
    ("What does 'information engineering quality' mean under the Shenzhen measures?", "shenzhen", "info", "第三条"),
])
def test_a_term_asked_what_it_covers(question, jid, verdict, article):
    f = get_kb().ask(question)["findings"][0]
    assert (f["jurisdiction"], f["verdict"], f["citations"][0]["article"]) == (jid, verdict, article)


def test_a_list_asked_of_is_not_a_term_left_undefined():
    # (X包括哪些 may ask of a list the text names otherwise: not said to be undefined)
    assert all(f["topic"] != "definition" or f["verdict"] != "not_specified"
               for f in get_kb().ask("龙岗区验收材料包括哪些")["findings"])


# -- a kind said not to be part of the project
@pytest.mark.parametrize("question, verdict", [
    ("longgang bureau, we're only buying ~300 laptops, about 1.2百万, no software or integration. does the measure apply", "not_applicable"),
    ("龙岗区，单位要换一批办公电脑，纯采购不带软件，这也要按信息化项目那套流程走吗", "not_applicable"),
    ("Longgang: 2 million of plain hardware, no integration or development. Does the district IT project measure cover it?", "not_applicable"),
    ("Longgang: a 2 million software development project, no hardware. Does the district IT project measure cover it?", "yes"),
])
def test_a_kind_said_not_to_be_part_of_the_project(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


# -- the days left until a last day
def test_the_days_left_until_a_last_day():
    zh = get_kb().ask("钟楼区合同11月30号签的，计划任务书备案还剩几天")["findings"][0]["summary"]
    assert "2026-12-30" in zh and "还有25天" in zh and "18个工作日" in zh
    en = get_kb().ask("Shenzhen municipal, contract signed Dec 2, not filed with the procurement centre. "
                      "How many working days do we have left for the quality supervision registration?")["findings"][0]["summary"]
    assert "2026-12-09" in en and "3 working days" in en


def test_a_last_day_asked_without_the_days_left_says_no_count():
    assert "还有" not in get_kb().ask("钟楼区合同11月30号签的，计划任务书最晚哪天备案")["findings"][0]["summary"]


# -- days proposed, done or believed, against the last day (today is Saturday 2026-12-05)
@pytest.mark.parametrize("question, verdict", [
    ("钟楼区今年的绩效自评价还没传平台，下周二交算按时吗", "no"),                       # 11月底 is gone
    ("Longgang project under construction: can we hand in this year's performance evaluation report in February?", "no"),
    ("Longgang: contract signed Nov 18. If we file the award notice and contract copy on Monday, is that ok?", "no"),
    ("Longgang: contract signed Nov 30. If we file the award notice and contract copy on Monday, is that ok?", "yes"),
    ("深圳市直项目，合同11.20签的，在采购中心备案，这周二备案通过。打算下周四去办质量监督登记，应该还来得及吧", "no"),
    ("深圳市直项目，合同11.20签的，在采购中心备案，这周二备案通过。打算下周一去办质量监督登记，应该还来得及吧", "yes"),
    ("文登 试运行6月25号开始的，打算12月20号验收，会不会超过6个月", "no"),
    ("文登 试运行6月1号开始的，打算12月20号验收，会不会超过6个月", "yes"),
    ("合同10月29号签的（深圳市直，不走采购中心），质量监督登记我们11月5号做的，晚没晚", "no"),
    ("合同10月29号签的（深圳市直，不走采购中心），质量监督登记我们11月9号做的，晚没晚", "yes"),
    ("Zhonglou: signed with the vendor on Oct 15, the task book still isn't filed on the platform. are we late", "yes"),
    ("Zhonglou: signed with the vendor on Nov 15, the task book still isn't filed on the platform. are we late", "no"),
    ("龙岗，合同11月24号签的，备案期限10天，所以截止就是今天12月4号，对吧", "no"),
    ("龙岗，合同11月24号签的，所以备案截止是12月8号，对吧", "yes"),
    ("A colleague says in Yunfu next year's plan is due by year end, so we have until Dec 31, right?", "no"),
    ("Zhonglou: next year's plan is due by Sept 30, right?", "yes"),
])
def test_a_day_against_the_last_day(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


# -- a place outside beside a covered one, and a county a city-level text does not bind
def test_a_place_outside_beside_the_covered_one_it_neighbours():
    for question in ("我们在常州武进区，就在钟楼区隔壁，50万的项目要监理吗",
                     "We're in Changzhou's Wujin district, next to Zhonglou. Is supervision required for a 500k project?"):
        out = get_kb().ask(question)
        assert not [f for f in out["findings"] if f["verdict"] in ("yes", "no", "conditional")]
        assert "武进" in out["answer"] or "Wujin" in out["answer"]


@pytest.mark.parametrize("question", ["常州武进区我们也有项目，先问钟楼的：50万要监理吗",
                                      "We also run a project in Wujin, Changzhou, but first, about Zhonglou: does a 500k project need a supervisor?"])
def test_the_covered_place_asked_of_now(question):
    f = get_kb().ask(question)["findings"][0]
    assert (f["jurisdiction"], f["verdict"], f["citations"][0]["article"]) == ("zhonglou", "yes", "第十五条")


def test_a_county_the_city_level_text_does_not_bind_has_none_of_its_duties():
    out = get_kb().ask("罗定市是云浮下面的县级市，我们200万的项目要按云浮市级的办法请监理吗")["findings"]
    assert out[0]["verdict"] == "not_applicable"
    assert not [f for f in out if f["verdict"] in ("yes", "no", "conditional")]


def test_covered_by_asked_without_its_auxiliary_is_a_yes_or_no():
    f = get_kb().ask("Yunfu: we want to outsource data cleaning work. covered by the city-level service project measures?")["findings"][0]
    assert (f["topic"], f["verdict"]) == ("scope", "yes")



@pytest.mark.parametrize("question, verdict", [
    # a body's own time limit, the day it acted or today against the day counted
    ("Longgang: we applied for the go-live security test on Monday Nov 23 and got the report on Friday Nov 27. "
     "Was the district within its time limit?", "no"),
    ("Longgang: we applied for the go-live security test on Monday Nov 23 and got the report on Wednesday Nov 25. "
     "Was the district within its time limit?", "yes"),
    ("Longgang: our preliminary design package was accepted on Nov 16 and the pre-review still isn't done today. "
     "Is the district past its own time limit?", "yes"),
    ("Longgang: our preliminary design package was accepted on Dec 2 and the pre-review still isn't done today. "
     "Is the district past its own time limit?", "no"),
])
def test_a_bodys_own_time_limit(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


def test_the_days_left_after_a_day_said_relative_to_today():
    summary = get_kb().ask("前天跟承建方签了合同（深圳市直，不走采购中心备案），质量监督登记还剩几个工作日")["findings"][0]["summary"]
    assert "2026-12-10" in summary and "4个工作日" in summary   # (7, 8, 9 and 10 December)



@pytest.mark.parametrize("question", ["Wendeng: we signed the procurement contract on Nov 30. How many days do we have to send "
                                      "the contract to the big data center for filing?", "文登 采购合同签完多少天内要报大数据中心备案"])
def test_how_long_asked_where_the_text_says_at_once(question):
    f = get_kb().ask(question)["findings"][0]
    assert f["verdict"] == "info" and "立即" in f["summary"] and f["citations"][0]["article"] == "第十五条"


def test_the_days_until_the_first_quarterly_report_after_a_registration_last_month():
    f = get_kb().ask("We did the quality supervision registration for our Shenzhen project last month. "
                     "How many days until the first quarterly upload to the platform is due?")["findings"][0]
    assert "2027-01-05" in f["summary"] and "31 days" in f["summary"] and "第十七条" in [c["article"] for c in f["citations"]]



# -- the asker's own place outside, with a covered place's article cited; English kinds and lists with the texts' words
@pytest.mark.parametrize("question, jid", [
    ("I work for Wujin district in Changzhou. Zhonglou's art 15 says projects 30w+ need a supervisor, does that apply to our 40w project", "zhonglou"),
    ("I'm at Huancui district in Weihai. Wendeng's art 36 wants 3-6 months trial run before acceptance, do we have to follow that", "wendeng"),
])
def test_the_askers_own_place_outside_with_a_covered_article_cited(question, jid):
    assert [(f["jurisdiction"], f["verdict"]) for f in get_kb().ask(question)["findings"]] == [(jid, "not_applicable")]


def test_an_english_kind_of_asked_of_a_term_named_before():
    f = get_kb().ask("yunfu defines 第三方服务 - is 监理 part of that")["findings"][0]
    assert (f["verdict"], f["citations"][0]["article"]) == ("yes", "总则·第8段") and "监理" in f["citations"][0]["quote"]


def test_an_english_list_asked_of_with_the_texts_own_name():
    f = get_kb().ask("zhonglou acceptance materials - do we need the 数据共享清单 in the package too")["findings"][0]
    assert (f["verdict"], f["citations"][0]["article"]) == ("yes", "第三十条")


# -- the whole picture asked: the path's steps that apply, in order, first
@pytest.mark.parametrize("question, jid, first_article", [
    ("我们钟楼区80万的软件项目，从立项到验收要走哪些步骤", "zhonglou", "第六条"),
    ("Longgang district, new project roughly 65 million. what's the full approval route before we can put it out to tender", "longgang", "第八条"),
    ("深圳市直项目质量监督是什么流程", "shenzhen", "第七条"),
])
def test_an_overview_lists_the_steps_that_apply(question, jid, first_article):
    f = get_kb().ask(question)["findings"][0]
    assert (f["jurisdiction"], f["topic"], f["verdict"], f["citations"][0]["article"]) == (jid, "overview", "info", first_article)
    assert "（1）" in f["summary"] or "(1)" in f["summary"]


def test_no_overview_for_a_project_the_text_does_not_cover_nor_for_one_rule_asked():
    assert all(f["topic"] != "overview" for f in get_kb().ask("龙岗区40万的项目从立项到验收要走哪些步骤")["findings"])
    assert all(f["topic"] != "overview" for f in get_kb().ask("Zhonglou: when is the annual plan due?")["findings"])


@pytest.mark.parametrize("question, jid", [
    ("which Wendeng agencies are involved across an 智慧文登 project and what does each one do", "wendeng"),
    ("钟楼区政务信息化项目，区里各部门都管些什么，我们建设部门自己要负责哪几块", "zhonglou"),
])
def test_each_bodys_share_asked(question, jid):
    assert any(f["topic"] == "responsibilities" and f["verdict"] == "info" for f in get_kb().ask(question)["findings"])


@pytest.mark.parametrize("question", [
    "Longgang - is the 3rd party acceptance testing done during the trial run or after the final acceptance",
    "Zhonglou: is the initial acceptance held before or after the trial run?",
])
def test_which_of_two_times_asked_is_a_what_question(question):
    assert get_kb().ask(question)["findings"][0]["verdict"] == "info"


def test_a_step_named_in_the_order_answer_without_the_asking_words():
    summary = get_kb().ask("Zhonglou: can we hold the initial acceptance before the trial run?")["findings"][0]["summary"]
    assert '"hold the initial acceptance"' in summary and "can we" not in summary.split(".")[0]


def test_an_english_price_list_with_a_total_row():
    f = get_kb().ask("Yunfu municipal dept, vendor quote: cloud resources 320,000; application software development 465,000; "
                     "data governance 150,000; Total 935,000. Is a supervision firm mandatory for this one")["findings"][0]
    assert (f["topic"], f["verdict"]) == ("supervision", "no")   # 935,000 is under 100万


@pytest.mark.parametrize("question, verdict", [
    ("深圳市直项目，承建单位想把我们的演示系统挂到公网上给兄弟单位看看，有没有必要先经过我们同意", "yes"),   # the consent asked
    ("深圳市直项目，承建单位没经过我们同意就把演示系统挂公网了，合规吗", "no"),                            # the consent missing
])
def test_a_consent_asked_with_you_mei_you_is_not_a_consent_missing(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


def test_a_project_the_province_arranged_and_funded_listed_with_a_pause():
    f = get_kb().ask("龙岗，省里统筹安排、拨资金建的项目，上级那边已经立项了，区里还要备案吗")["findings"][0]
    assert (f["topic"], f["verdict"], f["citations"][0]["article"]) == ("higher_level_funds", "yes", "第十四条")


def test_a_term_asked_by_a_pronoun_after_it_is_named():
    f = get_kb().ask("Yunfu says the data bureau organises 'service qualification procurement' (服务资格采购). what does that mean exactly")["findings"][0]
    assert (f["verdict"], f["citations"][0]["article"]) == ("not_specified", "总则·第10段")


def test_due_when_after_a_day_said_relative_to_today():
    f = get_kb().ask("Longgang, contract with the vendor signed last Friday. art 19 filing of the bid notice + contract copy, due when")["findings"][0]
    assert "2026-12-18" in f["summary"]   # last Friday is 4 December; ten working days


@pytest.mark.parametrize("question, verdict", [
    # what the text only recommends: not a must, even when the question repeats the word of advice before asking
    ("zhonglou rules art.15 says it 'recommends' a software testing mechanism for software projects. ours is a ~25w "
     "software project, is the testing mandatory for us", "no"),
    ("Does Zhonglou recommend software testing for software projects?", "yes"),
    ("钟楼细则建议引入软件测评吗", "yes"),   # it does, for the software projects it names
])
def test_a_recommendation_asked_as_a_must_or_as_advice(question, verdict):
    assert get_kb().ask(question)["findings"][0]["verdict"] == verdict


def test_another_partys_answer_after_an_immediate_step_is_not_at_once():
    f = get_kb().ask("文登这边合同报大数据中心备案后，大数据中心多少天内给反馈")["findings"][0]
    assert f["verdict"] == "not_specified"


def test_a_length_asked_twice_is_one_ask():
    found = get_kb().ask("文登区的项目核准文件有效期是多少？多久没开工就会自动取消")["findings"]
    assert [f["verdict"] for f in found] == ["not_specified"]


def test_a_day_to_come_said_in_chinese_against_the_last_day():
    assert get_kb().ask("龙岗区项目上周一签的合同，中标通知书和合同复印件备案，下周二交算按时吗？")["findings"][0]["verdict"] == "no"
    assert get_kb().ask("龙岗区项目这周一签的合同，中标通知书和合同复印件备案，下周二交算按时吗？")["findings"][0]["verdict"] == "yes"


def test_the_next_day_of_a_recurring_filing():
    assert "2027-01-05" in get_kb().ask("深圳的质量季报下次什么时候交？")["findings"][0]["summary"]


def test_an_english_list_named_with_its_place():
    f = get_kb().ask("Does the supervision report go into the Zhonglou acceptance documents?")["findings"][0]
    assert (f["verdict"], f["citations"][0]["article"]) == ("yes", "第三十条")


def test_an_overview_of_one_stage_keeps_that_stages_steps():
    f = get_kb().ask("龙岗区项目验收是什么流程")["findings"][0]
    assert f["topic"] == "overview" and "初步验收" in f["summary"] and "专项规划" not in f["summary"]
