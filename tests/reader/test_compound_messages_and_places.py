"""Readings from the thirty-third session (issue 8): a message that asks two or three things at once, each ask answered
as a question of its own with the places and facts the message names elsewhere; and a question across places (each
place's own facts, which of them requires something, a place outside the five beside a covered one). The questions are
the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.compound import asks_marked
from knowledge.reader.question import has_form_words, question_form


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")   # a Saturday


def _findings(question: str, jid: str | None = None) -> list[tuple[str, str, str]]:
    return [(f["jurisdiction"], f["topic"], f["verdict"]) for f in get_kb().ask(question)["findings"]
            if jid is None or f["jurisdiction"] == jid]


def _marked(text: str) -> str:
    lang = "en" if text.isascii() else "zh"
    return asks_marked(text, lambda words: question_form(words, lang) if has_form_words(words, lang) else None)


# --- where one ask ends and the next begins -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asks", [
    ("文登这边1. 要做可研吗 2. 谁来审", 2),
    ("钟楼区的项目要不要请监理 终验又是谁组织", 2),
    ("龙岗的项目要不要第三方测试，另外竣工验收谁来组织", 2),
    ("Yunfu: do we need a supervisor, and who pays the testing fee?", 2),
    ("Longgang: is a feasibility study needed? Also how long does the review take", 2),
])
def test_asks_cut_apart(text, asks):
    assert len([a for a in _marked(text).replace("?", "？").split("？") if a.strip()]) == asks


@pytest.mark.parametrize("text", [
    "钟楼区的项目预算五十万左右，要不要请监理",   # background, then one ask
    "能不能先上线，边用边改",   # one ask, said in two clauses
    "最后多少钱还得看询价结果，需要请监理吗",   # a statement with 多少 in it
    "钟楼 未招先建 罚多少钱",   # words typed with spaces, one ask
    "文登区的项目最早哪天能验收，最晚哪天前要验收",   # the window's two ends, one answer
    "项目质量抽查是什么频率，深圳质监机构多久来抽一回",   # one question said twice
    "Wendeng: can we go live now and do the acceptance in spring?",   # "and do the acceptance": a verb, not an ask
    "我们能不能先开工，申报材料以后再补？",   # the plan's second half
    "How long, in years, must the project files be kept in Longgang?",   # a phrase set off by commas
    "Yunfu: once the system is live, we'd rather keep the data in-house. Can it still pass acceptance?",   # a time, then one ask
    "What documents, and how many kinds, does the owner hand in at registration?",
])
def test_one_ask_stays_one(text):
    assert _marked(text) == text


# --- each ask answered in its turn ----------------------------------------------------------------------------------------

def test_a_numbered_list_gets_each_answer():
    found = _findings("龙岗区一个新系统预算大概八千万，1. 可研要不要做 2. 可研由谁编制", "longgang")
    assert ("longgang", "feasibility_study", "yes") in found
    assert any(topic == "feasibility_study" and verdict == "info" for _, topic, verdict in found)


def test_a_yes_no_ask_and_a_who_ask():
    found = _findings("Zhonglou, a 600k system: do we need a supervisor, and who organises the final acceptance?", "zhonglou")
    assert ("zhonglou", "supervision", "yes") in found
    assert any(verdict == "info" and "acceptance" in topic for _, topic, verdict in found)


def test_an_ask_leaning_on_the_one_before_stays_with_it():
    # (要纳入哪个系统管理: of the assets the ask before names)
    found = _findings("钟楼区项目形成的软件是不是国有资产？要纳入哪个系统管理", "zhonglou")
    assert found[0][1] == "assets"


def test_the_facts_of_the_first_ask_carry_to_the_next():
    # (八十多万: the project of both asks; 云浮 named once)
    found = _findings("云浮市级八十多万的专业类项目，1.要请监理吗 2.验收要做哪些测评", "yunfu")
    assert ("yunfu", "supervision", "no") in found   # under 100万
    assert {j for j, _, _ in _findings("云浮市级八十多万的专业类项目，1.要请监理吗 2.验收要做哪些测评")} == {"yunfu"}


# --- questions across places ------------------------------------------------------------------------------------------------

def test_each_place_its_own_amount():
    assert _findings("钟楼区有个八十万的项目，云浮市级有个一百二十万的，各自要不要请监理") == [
        ("zhonglou", "supervision", "yes"), ("yunfu", "supervision", "yes")]
    assert ("yunfu", "supervision", "no") in _findings("钟楼区有个八十万的项目，云浮市级有个六十万的，各自要不要请监理")


def test_a_city_unit_is_of_its_own_city():
    # (深圳市直 beside 钟楼: Zhonglou's measures are not for a city's units, but this is Shenzhen's)
    assert all(v != "not_applicable" for j, _, v in _findings("深圳市直和钟楼区的项目，验收前监理要交什么材料") if j == "zhonglou")


@pytest.mark.parametrize("question, expected", [
    ("钟楼区和云浮市级各有一个七十万的系统，哪个得请监理", {("zhonglou", "yes"), ("yunfu", "no")}),
    ("which of the regions make new systems support IPv6", {("yunfu", "yes")}),
])
def test_which_place_asks_yes_or_no_of_each(question, expected):
    got = {(j, v) for j, _, v in _findings(question)}
    assert expected <= got


@pytest.mark.parametrize("question, place", [
    ("听说苏州工业园区50万以上就要做第三方测试，钟楼区是不是也一样", "苏州"),
    ("In Qingdao every project needs a feasibility study. Is that true in Wendeng as well?", "Qingdao"),
])
def test_a_place_outside_beside_a_covered_one_is_said_to_be_outside(question, place):
    answer = get_kb().ask(question)["answer"]
    assert answer.splitlines()[0].startswith(place) and any(v in ("yes", "no", "conditional") for _, _, v in _findings(question))


def test_a_place_where_the_asker_was_is_not_the_project():
    # (在东莞的时候…，深圳市直这边…: the project is Shenzhen's)
    assert all(v != "not_applicable" for _, _, v in _findings("以前在东莞做项目时监理要出月报，深圳市直这边监理也要出月报吗", "shenzhen"))


def test_a_short_ask_on_ne_names_only_what_differs():
    # (2027年第一季度的呢: the same report, another quarter)
    q = "深圳市直项目，2026年第三季度的质量季报最晚哪天报？第四季度的呢？"
    answer = get_kb().ask(q)["answer"]
    assert "2026-10-" in answer and "2027-01-" in answer


@pytest.mark.parametrize("question, jid, wanted", [
    # an ask that names no topic, of the subject the one before names (登记要交啥材料 after 质监登记…来得及吗)
    ("深圳市直项目，合同上周一签的，质监登记这周办还来得及吗？要准备哪些东西", "shenzhen", {"quality_registration"}),
    # a guess offered for the ask before stays with it
    ("文登项目的建设方案交给哪个单位审，大数据中心吗", "wendeng", None),
    # the ask before, of another place
    ("钟楼项目的等保测评费用从哪出，龙岗有类似规定没", "longgang", None),
])
def test_asks_that_lean_on_the_one_before(question, jid, wanted):
    found = _findings(question, jid)
    assert found
    if wanted:
        assert wanted <= {topic for _, topic, _ in found}


def test_a_hypothetical_case_in_one_ask_does_not_carry_to_the_next():
    # (classified asked of a case, not said of the project: the counties' ask is answered for the measures as they are)
    found = _findings("Yunfu: do these measures cover classified systems? and do the counties under Yunfu have to follow them", "yunfu")
    assert [v for _, t, v in found if t != "scope"] and all(v != "not_applicable" for _, t, v in found if t != "scope")


@pytest.mark.parametrize("question, form", [
    ("逾期不整改会有啥后果", "info"),   # what follows, not "any"
    ("不用交什么材料吧", "yesno"),
])
def test_what_follows_asked(question, form):
    from knowledge.reader.form import classify
    assert classify(question, "zh").form == form


# --- the review's look-alikes -------------------------------------------------------------------------------------------------

def test_a_joining_word_is_no_ask_of_its_own():
    # (另外，…: the word joins two asks; it asked nothing, and no who-ask is answered yes)
    found = _findings("钟楼区项目终验谁组织？此外，三十万的项目要监理吗？", "zhonglou")
    assert ("zhonglou", "supervision", "yes") in found
    assert all(v != "yes" for _, t, v in found if t != "supervision")


def test_an_undone_step_asked_after_a_what_ask_is_its_own():
    found = _findings("龙岗区的项目档案要在哪个系统备案，没交档案能验收吗", "longgang")
    assert any(t == "archives" and v == "no" for _, t, v in found)


def test_amounts_listed_with_a_pause_mark_each_of_its_place():
    assert ("zhonglou", "supervision", "no") in _findings("龙岗区五十万、钟楼区二十万的项目分别要不要监理？")


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼区要求质保期不少于两年吗", "zhonglou", "not_specified"),   # no length set
    ("Does Shenzhen require a warranty of at least two years?", "shenzhen", "not_specified"),
    ("Is the Longgang warranty at least three years?", "longgang", "no"),   # at least 2
    ("龙岗区规定质保期至少两年吧", "longgang", "yes"),
    ("龙岗区的项目，承建方给的质保期至少三年，行吗", "longgang", "yes"),   # an offer of the project's own, above the minimum
])
def test_a_minimum_said_of_the_text(question, jid, verdict):
    found = [v for j, t, v in _findings(question, jid) if t == "warranty"]
    assert found and found[0] == verdict


@pytest.mark.parametrize("question, expected", [
    # another place's day or limit said, asked of this one: each place against its own
    ("钟楼区年度计划9月底前报，云浮是不是也一样？", {("zhonglou", "yes"), ("yunfu", "no")}),
    ("Longgang files the contract within 10 working days. Is Wendeng the same?", {("longgang", "yes"), ("wendeng", "no")}),
])
def test_the_same_asked_of_another_place(question, expected):
    got = {(j, v) for j, _, v in _findings(question)}
    assert expected <= got


def test_a_choice_of_two_days_asks_which():
    from knowledge.reader.form import classify
    assert classify("is the quarterly report due before the 5th of the first month, or the 10th", "en").form == "info"
    assert classify("Is supervision required for a 300k project or not?", "en").form == "yesno"


def test_places_listed_share_what_is_said_after_them():
    assert {(j, v) for j, _, v in _findings("云浮市级、钟楼两地120万的项目都要请监理吗")} >= {("yunfu", "yes"), ("zhonglou", "yes")}


def test_a_place_where_the_asker_used_to_work_is_not_answered():
    assert {j for j, _, _ in _findings("我以前在云浮做项目，现在到龙岗了，七十万的项目要监理吗")} == {"longgang"}
    assert {j for j, _, _ in _findings("I used to work on Yunfu projects. Here in Longgang, does a 700k project need supervision?")} == {"longgang"}
    # (named again to compare: both)
    assert {j for j, _, _ in _findings("我从龙岗调到深圳市里了，这边合同备案期限和龙岗一样吗")} == {"longgang", "shenzhen"}


@pytest.mark.parametrize("question", [
    "哪几个地方规定了绩效自评价的具体日期？",   # what each sets, not a yes for a step without its day
    "Which regions require the annual IT plan to be filed by a certain date?",
    "哪些地区规定了合同签订后多少天内备案？",
])
def test_which_place_sets_a_figure_is_answered_by_what_each_sets(question):
    assert all(v != "yes" for _, _, v in _findings(question))


def test_a_place_outside_named_together_with_a_covered_one():
    # (北京和龙岗的项目: Beijing said to be outside, Longgang answered as itself)
    answer = get_kb().ask("北京和龙岗的信息化项目要不要监理")
    assert answer["answer"].startswith("北京") and ("longgang", "supervision", "yes") in _findings("北京和龙岗的信息化项目要不要监理")


@pytest.mark.parametrize("question, jid, verdict", [
    ("Does Shenzhen require at least three inspectors for a spot check?", "shenzhen", "no"),   # at least 2
    ("深圳规定抽查至少两个人参加吧", "shenzhen", "yes"),
    ("龙岗要求设备采购至少5家报价吗", "longgang", "no"),   # at least 3
    ("深圳质监抽查派三个人去，够吗", "shenzhen", "yes"),   # a plan's count, above the minimum
])
def test_a_count_minimum_said_of_the_text(question, jid, verdict):
    assert _findings(question, jid)[0][2] == verdict
