"""Readings from the eleventh session (issue 8): a tag that confirms a step left out, plans told in English, a
day said as in time, next week as a span, what was not done but is now, lists counted from the whole text or from
an outline's chapter, and dates written in words. Each question goes through the whole pipeline, in the project's
own sentences (none is an evaluation case)."""
import pytest
from reader_answers import verdicts

from knowledge.base import get_kb


def _answer(question: str) -> str:
    return get_kb().ask(question)["answer"]


@pytest.mark.parametrize("question, jid, verdict", [
    # a tag after a comma confirms the step dropped before it
    ("龙岗定制开发的项目，源代码我们不用上传到政务软件开发云平台了，是吧？", "longgang", "no"),
    ("钟楼区60万的项目，监理不用请了，没问题吧", "zhonglou", "no"),
    # …not an extent, nor another body doing it
    ("龙岗项目的质保期不用超过两年，对吧", "longgang", "yes"),
    ("云浮专业类项目我们单位自己采购，不用数据管理局来统一采购，对吧", "yunfu", "yes"),
])
def test_a_tag_after_a_comma_confirms_a_step_left_out(question, jid, verdict):
    assert verdict in verdicts(question, jid)


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: a 200,000 yuan system. We are not going to hire a supervision firm, right?", "zhonglou", "yes"),
    ("Shenzhen: we would like to stop submitting the quarterly quality reports until completion. That works, right?", "shenzhen", "no"),
    # what a third party stopped doing is a fact told, not leave asked
    ("Longgang: the contractor stopped sending progress updates. Do we still have to report progress monthly?", "longgang", "yes"),
])
def test_an_english_plan_of_our_own_drops_a_step(question, jid, verdict):
    assert verdict in verdicts(question, jid)


@pytest.mark.parametrize("question, verdict", [
    ("深圳项目合同11月9日签的，打算11月13日去做质量监督登记，没超期吧", "yes"),
    ("深圳项目合同11月9日签的，打算11月20日去做质量监督登记，不算晚吧", "no"),
    ("Shenzhen: contract signed on 4 May 2026, quality supervision registration done on 15 May. Were we late?", "yes"),
])
def test_in_time_asked_with_a_negation(question, verdict):
    assert verdict in verdicts(question, "shenzhen")


def test_next_week_is_a_span_against_the_last_day(monkeypatch):
    """Signed long ago: too late all next week; signed yesterday: the last day falls inside next week (on a
    Friday, 2026-12-04: yesterday's Thursday plus five working days is next Thursday)."""
    monkeypatch.setenv("BOT_TODAY", "2026-12-04")
    assert "no" in verdicts("深圳项目合同签了有三周了，质量监督登记下周再去办来得及吗", "shenzhen")
    assert "conditional" in verdicts("深圳项目合同昨天签的，质量监督登记下周再去办，来得及吧", "shenzhen")


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼项目终验没通过，问题已经整改完了，可以重新申请验收吗", "zhonglou", "yes"),
    ("深圳项目质量问题还在整改，竣工验收能先开吗", "shenzhen", "no"),
    # the condition met before the step asked
    ("深圳项目质量问题正在整改，等整改结束以后能组织竣工验收吗", "shenzhen", "yes"),
])
def test_a_condition_under_way_or_met_since(question, jid, verdict):
    assert verdict in verdicts(question, jid)


def test_signed_named_in_the_clause_before():
    assert "no" in verdicts("深圳项目合同不需要备案，签了快三周了，下周再去做质量监督登记来得及吗", "shenzhen")


@pytest.mark.parametrize("question, said", [
    ("云浮市级政务信息化服务项目总共有几类服务", "5类"),
    ("云浮这个办法里“统一”一共有几个", "6"),
    ("文登建设方案提纲的项目组织管理一章有几部分", "5"),
    ("深圳每季度往平台报的资料分几类", "3类"),
    ("文登项目的信息安全保障系统讲几个同步", "3个"),
    ("云浮公共类服务项目的立项流程一共几步", "4步：需求汇总、组织论证、资金审核、资金申请"),
])
def test_a_list_is_counted_from_the_text_or_an_outline(question, said):
    assert said in _answer(question)


def test_an_outline_chapter_is_listed():
    answer = _answer("文登写建设方案，项目投资这一章要写什么")
    assert "项目资金预算" in answer and "项目资金来源和资金安排计划" in answer


def test_a_procedure_no_longer_applied_may_be_left_out():
    assert "yes" in verdicts("云浮市级服务项目要不要走基本建设审批？我们准备不走了，可以吧", "yunfu")
    # not so a ban with a condition of its own
    assert "no" in verdicts("深圳的承建单位不经建设单位同意，能把演示系统放到互联网上吗", "shenzhen")


def test_a_liability_denied_is_answered_no():
    assert "no" in verdicts("深圳项目总包说分包部分的质量问题跟总包没有关系，是这样吗", "shenzhen")


def test_dates_are_written_in_words_in_the_explanation():
    answer = _answer("钟楼项目试运行2026年3月10日结束，初验最晚哪天")
    assert "2026-04-09" in answer and "2026年3月10日" in answer


@pytest.mark.parametrize("question", [
    "龙岗的可研报告到了区发改部门，发改评审一般要几个工作日",
    "龙岗区可研送发改以后，发改组织评审要多少天",
])
def test_a_number_of_another_body_does_not_time_the_step_asked(question):
    """Longgang's 5 working days are the IT authority's review, not the development and reform bureau's."""
    assert verdicts(question, "longgang") == {"not_specified"}


def test_a_pinyin_city_with_its_apostrophe_is_outside():
    out = get_kb().ask("Xi'an: does a 3 million yuan government IT project need a supervisor?")
    assert not out["findings"] and "Xi'an" in out["answer"]


def test_an_english_count_says_what_is_counted():
    assert "4 steps are listed" in _answer("Yunfu: how many steps does the approval (立项) process of a public-class (公共类) project have?")


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼的系统试运行还在进行，能先做初验吗", "zhonglou", "no"),
    ("钟楼项目验收没通过，问题还没整改完，可以重新申请验收吗", "zhonglou", "no"),
    ("龙岗项目买设备不用询价了，对吧", "longgang", "no"),
    ("深圳做质量监督登记不用交招标文件给质监机构，是吧", "shenzhen", "no"),
])
def test_second_review_mends(question, jid, verdict):
    assert verdict in verdicts(question, jid)


def test_a_list_item_joined_by_and_stays_one():
    assert "共列出7个" in _answer("龙岗区统一政务平台一共有几个平台")
