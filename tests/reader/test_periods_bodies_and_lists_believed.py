"""Readings from the thirty-third session (issue 8): how often a report is believed to be made, who is believed to do a step, a part of a month
believed or planned as a yearly filing's day, and the documents a rule lists without titles, checked against a list
handed in. The questions are the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_verdict, summaries

from knowledge.reader.frequency import claimed_period, set_period


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")   # a Saturday


# --- how often ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, period", [
    ("建设单位应在每季度首月5日前将上一季度的监理文档（开工令、监理月报、监理总结）报送", "quarter"),   # the cadence, not a listed report
    ("监理单位应按月提交监理月报", "month"),
    ("项目建设单位应按月向区信息化主管部门报送项目进度", "month"),
    ("监理月报", "month"),
    ("质量季报", "quarter"),
])
def test_the_period_a_sentence_sets(sentence, period):
    assert set_period(sentence) == period


@pytest.mark.parametrize("text, period", [
    ("质量季报是每半年交一次吧", "half_year"),
    ("进度是每个月报一次对吧", "month"),
    ("the progress figures go in twice a year, right?", "half_year"),
    ("so the quality reports are sent every six months, correct?", "half_year"),
    ("we report monthly, right?", "month"),
])
def test_a_period_believed(text, period):
    assert claimed_period(text) == period


@pytest.mark.parametrize("question, verdict", [
    ("深圳市直项目的质量季报每个月交一次对吧", "no"),   # every quarter, though the quarter's papers list a monthly report
    ("深圳市直项目的质量季报是每季度交一次对吧", "yes"),
    ("Shenzhen: the quality reports go in twice a year, right?", "no"),
    ("Shenzhen municipal, quality documents are uploaded every quarter, correct?", "yes"),
])
def test_how_often_believed_against_shenzhen(question, verdict):
    assert first_verdict(question, "shenzhen") == verdict


# --- a part of a month as the day of a yearly filing --------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼区下一年度的项目计划是12月中旬前报吧", "zhonglou", "no"),    # by the end of September
    ("钟楼区下一年度的项目计划每年9月底前报吧", "zhonglou", "yes"),
    ("钟楼区年度计划打算10月底前报，来得及吧", "zhonglou", "no"),
    ("云浮市直单位下一年度规划11月底前报给数据局就行吧", "yunfu", "yes"),
    ("Zhonglou: next year's project plan is due mid-October, right?", "zhonglou", "no"),
    ("Yunfu: the annual IT plan is due by late November, correct?", "yunfu", "yes"),
])
def test_a_part_of_a_month_believed_as_a_yearly_day(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


def test_a_yearly_filing_planned_early_is_in_time():
    summary = summaries("钟楼区年度项目计划我们9月上旬前就报，没问题吧", "zhonglou")
    assert first_verdict("钟楼区年度项目计划我们9月上旬前就报，没问题吧", "zhonglou") == "yes"
    assert "仍在期限内" in summary and "不在" not in summary.split("。")[0]


# --- documents a rule lists without titles -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, verdict, left", [
    ("文登的项目建设前，我们交申报表再加一份建设方案就够了吧", "no", "可行性报告"),
    ("文登项目上会前交了建设方案跟可行性报告，材料够了吧", "yes", None),
])
def test_an_untitled_list_against_what_was_handed_in(question, verdict, left):
    assert first_verdict(question, "wendeng") == verdict
    summary = summaries(question, "wendeng")
    if left:
        assert left in summary and f"《{left}》" not in summary   # (named as the text writes it: no title marks)


def test_a_titled_list_keeps_its_titles():
    summary = summaries("钟楼区45万的项目，平台上传了申报表跟建设方案，够了吧", "zhonglou")
    assert "《" in summary


# --- a share said as a fraction ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("调整的钱占总投资三分之一", "调整的钱占总投资33.3%"),
    ("二十分之一", "5%"),
    ("百分之十", "百分之十"),   # read as it is elsewhere
    ("千分之五", "千分之五"),
    ("a third of the contract price", "33.3% of the contract price"),
    ("two thirds of our budget", "66.7% of our budget"),
    ("the report for this quarter of the year", "the report for this quarter of the year"),   # a period, not a share
    ("a quarter of it", "a quarter of it"),
    ("占概算总投资的十五个点", "占概算总投资的15%"),   # percentage points
    ("涨了8个百分点", "涨了8%"),
    ("装三个点位的摄像头", "装三个点位的摄像头"),   # camera points, not a share
    ("下午三点开会", "下午三点开会"),
])
def test_a_fraction_as_a_percentage(text, read):
    from knowledge.reader.numbers import shares_as_percent
    assert shares_as_percent(text) == read


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区项目要调整建设内容，调整金额差不多是概算总投资的四分之一，能申请调整吗", "no"),   # more than 10%: 重新申报
    ("钟楼区项目调整资金只占概算总投资的二十分之一，可以申请调整吗", "conditional"),   # within 10%, one of the cases
    ("Zhonglou: we'd like to reallocate roughly a fifth of the approved estimate to other work items, is that allowed?", "no"),
])
def test_a_change_share_said_as_a_fraction(question, verdict):
    assert first_verdict(question, "zhonglou") == verdict


# --- who is believed to do a step ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, jid, verdict", [
    # the data bureau said in English, matched by the words each text's name for it ends in
    ("Zhonglou: the final acceptance gets organised by the data bureau, right?", "zhonglou", "yes"),
    ("Yunfu: for a public-class service project the acceptance is organised by the data management bureau, correct?", "yunfu", "yes"),
    # the class of project said in English picks the case (专业类: the departments themselves)
    ("Yunfu, a specialist-class project of our department: the acceptance is organised by the data management bureau, right?", "yunfu", "no"),
    # a text with no final acceptance of its own: its acceptance
    ("Yunfu specialised project: the final acceptance is organised by the data bureau, right?", "yunfu", "no"),
    # steps named in a list after the verb (组织第三方机构对项目进行造价审核和专家论证)
    ("Yunfu: the expert appraisal is organised by the finance bureau, right?", "yunfu", "no"),
    ("云浮项目的专家论证是市政数局组织的吧", "yunfu", "yes"),
    ("云浮的造价审核是财政局组织的吧", "yunfu", "no"),
    ("云浮公共类项目的资金审核是市财政局组织的吧", "yunfu", "yes"),
])
def test_a_body_believed_for_a_step(question, jid, verdict):
    assert first_verdict(question, jid) == verdict


# --- a step put after another, said plainly -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, steps", [
    ("能不能先开工，变更的事后面再报", ("开工", "变更")),   # what is left for later is named before its bare verb
    ("能不能先开工，书面申请后面再交", ("开工", "书面申请")),
    ("先开验收会，整改之后再弄", ("开验收会", "整改")),
])
def test_the_step_left_for_later(text, steps):
    from knowledge.reader.sequence import proposed_steps
    assert proposed_steps(text) == steps


@pytest.mark.parametrize("question, verdict", [
    ("文登项目批复后预算和主要内容变化很大，能不能先开工，变更的事后面再报", "no"),   # the change applied for before construction
    ("Wendeng: scope and budget shifted a lot after approval. Can we start building and report the change afterwards?", "no"),
    ("Wendeng: the budget changed after approval. Can we file the change request first and then start construction?", "yes"),
])
def test_a_change_reported_after_construction_starts(question, verdict):
    assert first_verdict(question, "wendeng") == verdict
