"""Readings from the fortieth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb
from knowledge.reader.several import projects_listed


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


def _ask(text):
    return get_kb().ask(text)


def _by_project(text, jid, topic):
    """Each listed project's verdict on one topic, in the list's order."""
    return [(f["project"], f["verdict"]) for f in _ask(text)["findings"] if f["jurisdiction"] == jid and f["topic"] == topic]


# --- several projects in one message, each answered on its own ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    ("钟楼区有两个项目，一个26万，一个58万，哪个要监理？", "zhonglou", "supervision", ["no", "yes"]),
    ("我们钟楼今年三个项目：官网改版18万、视频会商平台75万、机房空调维保9万，哪些得请监理？", "zhonglou", "supervision",
     ["no", "yes", "no"]),
    ("Longgang has two projects: project A at 900万 and project B at 1,100万 contract value. Does the initial acceptance "
     "need an expert meeting for each?", "longgang", "expert_initial_acceptance", ["no", "yes"]),
    ("Zhonglou, two projects: one is a 250,000 yuan app, the other a 410,000 yuan data platform. Which needs a supervisor?",
     "zhonglou", "supervision", ["no", "yes"]),
])
def test_each_project_of_a_list_gets_its_own_verdict(text, jid, topic, expected):
    """A threshold decides each listed project by its own figure, in the list's order."""
    assert [v for _, v in _by_project(text, jid, topic)] == expected


def test_the_answer_names_each_project_under_a_heading():
    answer = _ask("钟楼区有两个项目，一个26万，一个58万，哪个要监理？")["answer"]
    assert answer.startswith("这条消息列了2个项目") and "1. 一个26万" in answer and "2. 一个58万" in answer


def test_a_later_project_said_short_keeps_the_event_of_the_first():
    """项目B 11月25号签的 leaves out 合同: its day is of the contract the first project's words name."""
    answer = _ask("龙岗两个项目，项目A 11月20号签的合同，项目B 11月25号签的，中标通知书和合同复印件最晚哪天报备案？")["answer"]
    assert "2026-12-04" in answer and "2026-12-09" in answer


@pytest.mark.parametrize("text", [
    "钟楼项目总投资380万，其中软件开发150万，要不要监理？",                                # a total and its share
    "龙岗项目合同价600万，先后变更三次，分别是10万、8万和6万，要报审核吗？",               # changes of one project
    "云浮市直单位的项目清单如下：\n1. 软件开发 38万\n2. 运维服务 40万\n合计78万，要不要监理？",   # line items of one project
    "云浮市直单位的专业软件项目，原来预算90万，加了两个子系统以后总投资变成130万，要不要请监理？",   # a figure that changed
    "深圳的项目3月2号签合同，3月10号备案通过，3月13号去做质量监督登记，没超期吧？",           # events of one project
    "Our Longgang project: contract 3 million, changes so far 120k and 90k. Does it need review?",
])
def test_one_project_with_several_figures_is_not_a_list_of_projects(text):
    assert projects_listed(text) == []


# --- English with a Chinese term left unglossed, measured in English ---

@pytest.mark.parametrize("text, jid, articles", [
    ("Zhonglou: how long must the 试运行 last before the initial acceptance?", "zhonglou", {"第二十七条", "第二十八条"}),
    ("How long does the trial run have to run before the final acceptance in Longgang?", "longgang", {"第二十七条"}),
])
def test_the_length_of_a_step_asked_in_english_is_silent_where_the_text_sets_none(text, jid, articles):
    found = first_finding(text, jid)
    assert found["verdict"] == "not_specified" and articles & {c["article"] for c in found["citations"]}


def test_a_length_the_text_sets_is_still_given_in_english_with_a_chinese_term():
    """文登's trial run of 3 months before acceptance (第三十六条) answers the same question there."""
    found = first_finding("Wendeng: how long must the 试运行 last before we apply for acceptance?", "wendeng")
    assert found["verdict"] == "info" and "第三十六条" in {c["article"] for c in found["citations"]}


# --- outsiders' words for the steps ---

@pytest.mark.parametrize("text, jid, topic, verdict", [
    ("我听说龙岗有个项目要花三百万，有没有第三方公司专门盯着承包商干活？", "longgang", "supervision", "yes"),
    ("For a Zhonglou project of 500,000 yuan, must an independent company oversee the contractor's work?", "zhonglou",
     "supervision", "yes"),
    ("云浮市直各部门以后还能各建各的系统吗？", "yunfu", "self_build", "no"),
    ("Do the Wendeng rules put a cap on how much the supervision company can charge?", "wendeng", "supervision_fee",
     "not_specified"),
])
def test_a_step_described_in_plain_words_is_read_as_that_step(text, jid, topic, verdict):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, verdict)


def test_a_warranty_asked_after_the_work_is_done_is_its_length():
    """承包商做完以后要保修多久: 保修 is the text's 质保 (不低于2年), not a time counted from the work's end."""
    found = first_finding("承包商做完以后要保修多久？龙岗怎么规定", "longgang")
    assert found["verdict"] == "info" and "2年" in found["summary"]


# --- a step failing, asked as such ---

def test_whether_a_step_fails_is_answered_as_asked():
    """会被判不合格吗 asks whether it fails: yes where a ban or a consequence of the text fails it."""
    assert first_finding("文登的系统不跟别的系统互联互通，验收会被判不合格吗？", "wendeng")["verdict"] == "yes"
    assert first_finding("Wendeng: we bought new servers in the project. Will the project fail approval?", "wendeng")["verdict"] == "yes"
    found = _ask("Longgang: we never filed the project archives. Will the project fail acceptance?")["findings"]
    assert {f["verdict"] for f in found if f["jurisdiction"] == "longgang"} == {"yes"}


@pytest.mark.parametrize("text, jid, verdict", [
    ("Longgang: 8 million yuan contract, no expert meeting at the initial acceptance. Will it fail?", "longgang", "no"),
    ("Yunfu: will the acceptance fail if the system does not support IPv6?", "yunfu", "yes"),
])
def test_a_duty_asked_will_it_fail_keeps_its_own_verdict(text, jid, verdict):
    """A duty that does not apply (an expert meeting from 1000万) cannot fail it; one that does (IPv6) does."""
    assert first_finding(text, jid)["verdict"] == verdict


@pytest.mark.parametrize("text", [
    "Zhonglou: is a classified-protection (等保) assessment needed before the project can be accepted?",
    "In Zhonglou, does a system need its 等保 assessment before it can be accepted?",
])
def test_a_duty_asked_before_a_step_is_no_step_left_undone(text):
    assert first_finding(text, "zhonglou")["verdict"] == "yes"


# --- facts and days said plainly ---

def test_a_new_system_taken_up_is_a_new_initiative():
    assert first_finding("龙岗区一个部门想新上一个1500万的平台，要先开分管区领导专题会吗", "longgang")["verdict"] == "yes"


def test_not_a_penny_of_city_money_is_outside_shenzhen():
    found = first_finding("深圳市直单位的项目，一分钱市财政资金都没花，还用做质量监督登记吗", "shenzhen")
    assert found["verdict"] == "not_applicable"


@pytest.mark.parametrize("text, day", [
    ("Longgang: we applied for the go-live security test the day before yesterday. By which day is the report due?",
     "2026-12-09"),
    ("Shenzhen city project: contract signed Dec 1; the 市政府采购中心 approved the contract filing on Dec 3. What is the "
     "last day for the quality supervision registration?", "2026-12-10"),
])
def test_a_day_said_plainly_is_counted_from(text, day):
    assert day in _ask(text)["answer"]


def test_a_step_right_after_another_is_the_day_the_first_ends():
    """初验一结束就立刻申请终验: the 3 months after 初验 have not passed."""
    assert first_finding("钟楼区项目初验一结束就立刻申请终验，可以吗", "zhonglou")["verdict"] == "no"


def test_what_is_filed_regularly_is_each_texts_periodic_filing():
    assert first_finding("深圳项目登记完以后，平时还要定期报什么？", "shenzhen")["topic"] == "quality_reports"
    topics = {f["topic"] for f in _ask("龙岗项目建设期间要定期报什么？")["findings"] if f["jurisdiction"] == "longgang"}
    assert "progress_reports" in topics


# --- several places in one message, each with its own facts ---

def test_each_place_keeps_the_facts_said_beside_it():
    """"in Yunfu (municipal unit) and in Longgang (district funds)": Longgang's district funds are not Yunfu's county."""
    found = _ask("For a 2 million yuan platform, is a supervisor mandatory in Yunfu (municipal unit) and in Longgang "
                 "(district funds)?")["findings"]
    assert {(f["jurisdiction"], f["verdict"]) for f in found if f["topic"] == "supervision"} == {("yunfu", "yes"), ("longgang", "yes")}


def test_a_sentence_naming_no_place_is_every_places_fact():
    """"We have a 700k system. Would it need … in Zhonglou? And if we were a Yunfu municipal unit?": 700k for both."""
    found = _ask("We have a 700k RMB platform. Would it need a supervisor if we were in Zhonglou? And if we were a Yunfu "
                 "municipal unit?")["findings"]
    assert {(f["jurisdiction"], f["verdict"]) for f in found if f["topic"] == "supervision"} == {("zhonglou", "yes"), ("yunfu", "no")}


def test_an_elliptic_ask_of_another_text_asks_the_same():
    """"And in Shenzhen's quality supervision measures?" asks the warranty again, of Shenzhen (whose text sets none)."""
    assert first_finding("Is there a minimum warranty (质保期) period in Longgang? And in Shenzhen's quality supervision "
                         "measures?", "shenzhen")["verdict"] == "not_specified"


@pytest.mark.parametrize("text, jid, verdict", [
    ("Is there a minimum warranty period in Shenzhen?", "shenzhen", "not_specified"),
    ("Is there a minimum warranty period in Longgang?", "longgang", "yes"),                 # 不低于2年
    ("Is there a standard rate for the supervision fee in Yunfu, like a share of the investment?", "yunfu", "not_specified"),
])
def test_whether_the_text_sets_a_number_is_answered_by_the_number(text, jid, verdict):
    assert first_finding(text, jid)["verdict"] == verdict


def test_a_forms_field_answered_no_is_not_said():
    """涉密：否 on a pasted form: not classified (Yunfu covers only non-classified projects)."""
    text = "申报表\n单位：云浮市某局（市直）\n项目：审批系统开发\n总投资：120万\n涉密：否\n问：要监理吗"
    assert first_finding(text, "yunfu")["verdict"] == "yes"


def test_projects_counted_and_named_without_figures_are_each_answered():
    """两个项目：一个全用市财政资金…，另一个由合作企业全额出资、不用财政资金: coverage for each (Shenzhen 第二条)."""
    found = _by_project("深圳市直两个项目：一个全用市财政资金，另一个由企业全额出资、不用财政资金。两个都要按质量监督办法做质量监督登记吗？",
                        "shenzhen", "quality_registration")
    assert [v for _, v in found] == ["yes", "not_applicable"]


def test_as_many_pieces_after_the_colon_as_projects_counted_are_the_projects():
    listed = projects_listed("云浮市直的两个项目：政务云扩容、本局执法系统开发，验收分别由谁组织？")
    assert [name for name, _ in listed] == ["政务云扩容", "本局执法系统开发"]


@pytest.mark.parametrize("text", [
    "钟楼：项目计划任务书等合同签完两个月后再上平台备案，可以不",     # 两个月后…平台: a length, no projects counted
    "文登项目两个子系统一共80万，要不要做可研？",                      # parts of one project
])
def test_no_projects_counted_in_a_length_or_a_part(text):
    assert projects_listed(text) == []


def test_the_same_kind_of_ask_of_another_place_is_an_ask_of_its_own():
    """钟楼…初验最晚多少天内？文登…满多久才可以验收？: each place its own ask (文登's 3 months, 第三十六条)."""
    found = first_finding("钟楼试运行结束后初验最晚多少天内要做完？文登项目完工试运行满多久才可以验收？", "wendeng")
    assert found["verdict"] == "info" and "第三十六条" in {c["article"] for c in found["citations"]}


def test_a_numbered_list_asked_which_of_them_is_of_projects():
    text = "钟楼区今年报的：\n1. 社区平台 62万\n2. 电脑租赁 18万\n哪些要监理？"
    assert [v for _, v in _by_project(text, "zhonglou", "supervision")] == ["yes", "no"]


def test_a_numbered_list_asked_of_as_a_whole_is_one_projects_lines():
    assert projects_listed("云浮市直单位今年要采购：\n1. 云资源服务 35万\n2. 软件开发服务 40万\n整个项目要不要上监理？") == []


def test_one_name_alone_is_no_list():
    """钟楼区项目一概算200万，要调18万: the project's budget and its change, not two projects."""
    assert projects_listed("钟楼区项目一概算200万，要调18万，投资没超概算。能走调整申请吗？") == []


@pytest.mark.parametrize("text, kind", [
    ("龙岗区的机房设备单纯采购，200万，适用龙岗的办法吗？", "not_applicable"),
])
def test_pure_equipment_buying_said_either_way_round(text, kind):
    assert first_finding(text, "longgang")["verdict"] == kind


@pytest.mark.parametrize("text", [
    "龙岗900万的平台项目，要不要做可研、初步设计方案及概算和监理？",
    "Longgang, a 9 million yuan platform: do we need a feasibility study, a preliminary design and budget estimate, "
    "and a supervisor?",
])
def test_each_duty_listed_in_one_ask_gets_its_own_verdict(text):
    """The amount decides the feasibility study (5000万以上 only: no); the design and the supervisor are still required."""
    verdicts = {f["topic"]: f["verdict"] for f in _ask(text)["findings"] if f["jurisdiction"] == "longgang"}
    assert (verdicts["feasibility_study"], verdicts["preliminary_design"], verdicts["supervision"]) == ("no", "yes", "yes")


def test_a_step_done_with_others_in_a_list_is_told_done():
    """系统试运行、自查、等保测评都做完了: the trial run is over, so 初验 comes next (第二十八条)."""
    found = first_finding("钟楼区项目试运行、系统自查和等保测评都已经做完了，接下来干什么？", "zhonglou")
    assert found["topic"] == "next_step" and "第二十八条" in {c["article"] for c in found["citations"]}


# --- after the review: a later project said short is read in the first one's words, and no more ---

@pytest.mark.parametrize("text, second", [
    ("文登区丙系统试运行5个月了，丁系统才两个月，现在能申请竣工验收吗？", "文登区丙系统试运行两个月了，现在能申请竣工验收吗？"),
    ("Yunfu municipal unit: project A has 20万 of application software development, project B has 80万. Do they need "
     "third-party testing?", "Yunfu municipal unit: project A has 80万 of application software development. Do they need "
     "third-party testing?"),
])
def test_a_short_later_project_takes_the_first_ones_words(text, second):
    assert projects_listed(text)[1][1] == second


def test_a_later_project_that_says_its_own_keeps_it():
    """乙项目合同也是11月20日签，不用备案: its own words (no filing), not the first one's filing approved on 12月3日."""
    listed = projects_listed("深圳：甲项目合同11月20日签、在市政府采购中心备案，12月3日备案通过；乙项目合同也是11月20日签，不用备案。"
                             "质量监督登记各自最晚哪天？")
    assert "12月3日" not in listed[1][1] and "不用备案" in listed[1][1] and "不用备案" not in listed[0][1]


def test_parts_of_one_project_with_their_sum_are_no_list():
    assert projects_listed("云浮这边应用软件开发分两个模块，一个30万一个25万，合计55万，要做第三方测试吗？") == []


# --- figures that change and figures that sum ---

def test_a_budget_that_became_another_is_the_later_one():
    assert first_finding("Yunfu municipal unit: the budget was 800k, then it became 1.2 million. Supervision needed?",
                         "yunfu")["verdict"] == "yes"


@pytest.mark.parametrize("text, value", [
    ("云浮市直单位：总投资120万（软件开发60万，硬件40万，服务20万）。要监理吗？", 1_200_000),
    ("钟楼区一个项目，第一年投入15万，第二年投入15万，总投资30万，要不要监理？", 300_000),
])
def test_a_figure_named_the_whole_is_the_total_of_its_parts(text, value):
    from knowledge.reader.amounts import find_amounts
    assert [a.value for a in find_amounts(text) if a.role == "total"] == [value]


def test_a_forms_field_answered_asks_nothing_of_its_topic():
    """涉密：否 states a fact; no finding on classified projects is added to the form's questions."""
    found = _ask("单位：钟楼区某局；总投资：45万；涉密：否；问：1.需要监理吗？2.申报交项目建议书还是建设方案？")["findings"]
    assert "confidential" not in {f["topic"] for f in found} and first_finding(
        "单位：钟楼区某局；总投资：45万；涉密：否；问：1.需要监理吗？", "zhonglou")["verdict"] == "yes"


@pytest.mark.parametrize("text, expected", [
    ("Zhonglou: we have three projects at 200,000, 500,000 and 2 million yuan. Which need supervision?", ["no", "yes", "yes"]),
    ("钟楼区三个项目：20、50和200万，哪些要监理？", ["no", "yes", "yes"]),
])
def test_a_lists_unit_said_once_at_its_end_is_each_figures(text, expected):
    assert [v for _, v in _by_project(text, "zhonglou", "supervision")] == expected
