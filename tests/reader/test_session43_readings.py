"""Readings from the forty-third session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- a body a filing is believed sent to: a mistyped name is one character off a name of five or more, not a
# four-character name with a character left out (市财政局 is not the 市政务服务数据管理局's 市政局) ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    ("云浮的年度项目计划是报市财政局备案吧", "yunfu", "annual_plan", "no"),       # 报市政务服务数据管理局备案
    ("云浮的验收报告交市财政局备案就行了吧", "yunfu", "acceptance", "no"),
    ("云浮的年度规划是报市政务服务数据管理局备案吧", "yunfu", "annual_plan", "yes"),
    ("云浮的年度规划是报市政数局备案的吧", "yunfu", "annual_plan", "yes"),
])
def test_a_recipient_believed_is_not_matched_by_leaving_out_a_character_of_a_short_name(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)


# --- a detail of a document the question names, read from the sentences of the text that name that document ---

@pytest.mark.parametrize("text, jid, verdict, article", [
    ("钟楼区的项目建议书要写哪些章节", "zhonglou", "not_specified", "第五条"),    # (参照附件3完成编写): no chapters in the text
    ("深圳的监理月报里要写什么", "shenzhen", "not_specified", "第十二条"),       # 出具监理月报, and 监理月报 only as an item listed
    ("龙岗立项申请报告有没有模板", "longgang", "not_specified", "第十条"),
    ("文登的建设方案最多写多少页", "wendeng", "not_specified", "附件2"),          # the outline appended, no length
    ("Longgang: how many copies of the feasibility study report do we hand in?", "longgang", "not_specified", "第十一条"),
    ("钟楼的申报表有固定模板吗", "zhonglou", "yes", "第五条"),                   # 《…申报表》(附件1)
    # look-alikes: the text says what the document holds
    ("龙岗的立项申请报告要写哪些内容", "longgang", "info", "第十条"),             # …应当对…作出说明
    ("深圳的质量季报主要写什么", "shenzhen", "info", "第十七条"),                 # 质量季报。主要包括：…
    ("深圳每季度报送的检测报告都包括哪些", "shenzhen", "info", "第十七条"),
    ("What does the 上线安全测试报告 in Longgang cover?", "longgang", "info", "第二十八条"),   # 对主机层、应用层…开展安全测试
])
def test_a_detail_of_a_named_document_is_read_from_the_sentences_naming_it(text, jid, verdict, article):
    found = first_finding(text, jid)
    assert found["verdict"] == verdict and article in [c["article"] for c in found["citations"]]


@pytest.mark.parametrize("text, jid", [
    ("钟楼区一万五的小项目申报，除了申报表还要填啥", "zhonglou"),          # the other documents asked, not the form's fields
    ("钟楼区验收要交的材料里，跟数据共享相关的是哪几份", "zhonglou"),       # which documents, not how many copies
    ("钟楼项目正好30万，申报是用建议书模板还是建设方案模板", "zhonglou"),     # which of two templates
    ("Longgang: we signed the contract on 1 March. By when must the award notice and a copy of it be filed?", "longgang"),
])
def test_documents_asked_otherwise_are_not_a_detail_left_silent(text, jid):
    assert first_finding(text, jid)["verdict"] != "not_specified"


# --- a report believed made once where the text sets it every period; a body believed handed a document for review ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗的绩效评价报告是项目建完后交一次就行吧", "longgang", "no"),       # 在建设期内每年年底前…提交 (第二十二条)
    ("深圳的质量季报交一次就行吧", "shenzhen", "no"),                       # 每季度首月5日前
    ("Longgang: the performance evaluation report is submitted just once, when the project is finished, right?", "longgang", "no"),
    ("Longgang's performance evaluation report: we only hand it in once after completion, right?", "longgang", "no"),
    ("文登的建设方案和可行性报告是交给区财政局审核的吧", "wendeng", "no"),      # 向区大数据中心提交 (第十二条)
    # look-alikes: the body the text names; a report the text sets no period for
    ("文登的建设方案是交给区大数据中心审核的吧", "wendeng", "yes"),
])
def test_a_report_once_and_a_reviewer_believed(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_report_with_no_period_said_once_is_not_made_less_often():
    assert first_finding("龙岗的立项申请报告交一次就行吧", "longgang")["verdict"] != "no"


# --- an order of steps proposed: 先 typed after a place is no slip (龙岗区先做 is not 区县); "X first, then Y" ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗区先做上线安全测试，再做合同终验，行吗？", "longgang", "no"),     # 完成合同终验后…提出上线安全测试申请
    ("Wendeng plan: run the tender first, then hand the 建设方案 to the 大数据中心 for the expert review. Does this order work?",
     "wendeng", "no"),                                                        # 招标前要将建设方案提交区大数据中心 (第五条)
    ("Longgang: first the final contract acceptance, then the pre-launch security test. Does this order work?", "longgang", "yes"),
])
def test_an_order_of_steps_proposed(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_no_secret_content_at_all_is_a_project_that_is_not_classified():
    found = first_finding("我们这个项目没有任何涉密内容，钟楼区招标的时候可以要求承建方有涉密资质吗？", "zhonglou")
    assert (found["verdict"], found["citations"][0]["article"]) == ("no", "第二十条")   # 非涉密项目不得违规设定…


# --- a project added mid-year; what is handed in before a review the text puts before the work ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼区年度计划已经定了，年中想加个新项目，直接建行不行", "zhonglou", "no"),           # 第十七条 不得擅自建设未列入年度计划的项目
    ("钟楼区有个临时新增的项目，打算先实施，等领导同意了再到平台补材料，可以吗？", "zhonglou", "no"),   # 提交…依据文件,经审议通过后…实施
])
def test_a_project_added_mid_year(text, jid, expected):
    found = first_finding(text, jid)
    assert (found["verdict"], found["citations"][0]["article"]) == (expected, "第十七条")


def test_the_review_first_where_the_text_has_the_documents_handed_in_first():
    found = first_finding("钟楼区临时新增项目，先到平台提交会议纪要和申报材料，审议通过后再实施，行吗？", "zhonglou")
    assert found["verdict"] != "no"


# --- 有没有 asks (it leaves nothing undone); a document believed written by another body, and a step believed after
# another, said in English ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗签承建合同有没有可以参照的格式合同", "longgang", "yes"),       # 参照《深圳市电子政务项目建设格式合同》 (第十九条)
    ("In Shenzhen the 设计符合性评价意见 is written by the supervision company, right?", "shenzhen", "no"),   # 设计单位 (第九条)
    ("In Shenzhen the 设计符合性评价意见 is issued by the design firm, right?", "shenzhen", "yes"),
    ("Shenzhen: the 监理总结报告 only needs to be done after the final 竣工验收, right?", "shenzhen", "no"),   # 合同验收前 (第十二条)
    ("In Longgang the feasibility report goes to the DRC (发改) first and then to the 信息化主管部门 for review, right?", "longgang", "no"),
])
def test_claims_read_where_they_were_not(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_step_not_done_still_goes_ahead_unmet():
    assert first_finding("文登的项目没有提交档案能通过竣工验收吗", "wendeng")["verdict"] == "no"


# --- an event planned on a day of next week; a day said by the clause before is that clause's event's ---

def test_a_signing_planned_next_monday_and_a_filing_day_planned():
    from reader_answers import summaries
    for text in ("Longgang: we'll sign the contract next Monday and plan to file it with the 信息化主管部门 on Dec 18. Within the limit?",
                 "龙岗：合同下周一签，打算12月18号去备案，来得及吗"):
        found = first_finding(text, "longgang")
        assert found["verdict"] == "yes"                       # 10 working days from 2026-12-07: 2026-12-21
        said = summaries(text, "longgang")
        assert "2026-12-21" in said or "2026年12月21日" in said


def test_a_day_stated_after_a_past_day_is_the_event_of_its_own_clause_when_it_corrects_it():
    import datetime

    from knowledge.reader.dated import stated_events
    said = stated_events("Wendeng: we sent the 项目验收申请函 last Friday — sorry, it was Thursday, Dec 3. Deadline?", datetime.date(2026, 12, 6))
    assert list(said.values()) == [datetime.date(2026, 12, 3)]


@pytest.mark.parametrize("text, jid, expected", [
    # this year's filing handed in next year, the year said being the day's (每年年底前, 第二十二条)
    ("Longgang, project still under construction: can we hand in this year's 绩效评价报告 in January 2027?", "longgang", "no"),
    ("Longgang: can we hand in the 2027 绩效评价报告 in January 2027?", "longgang", "yes"),
])
def test_this_years_filing_on_a_day_of_next_year(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_pre_review_passed_said_in_english_word_order_dates_the_expert_review():
    from reader_answers import summaries
    said = summaries("Longgang: our preliminary design & budget passed the 预审 on 2026-12-22. By what date must the expert review be organised?", "longgang")
    assert "2026-12-29" in said                                # 5 working days (第十二条)


# --- a heads-up is no plan departing from the text; a count word points to no article; the city's money allocated;
# "just X and Y are enough" ---

def test_a_heads_up_of_a_decommissioning_is_told_what_the_text_asks():
    found = first_finding("钟楼区：我们打算停用一个老系统，先说一声", "zhonglou")
    assert found["verdict"] == "info" and found["citations"][0]["article"] == "第三十八条"   # 停用前30日内…上报


def test_a_plan_done_ahead_is_still_a_proposal():
    assert first_finding("钟楼区：我们打算先停用老系统，后面再上报", "zhonglou")["verdict"] == "no"


@pytest.mark.parametrize("text, jid, expected", [
    ("市里拨资金建设的项目，在上级那边立完项了，龙岗区这边还要报送资料备案吗？", "longgang", "yes"),   # 第十四条
    ("Zhonglou 50万 project: just the 申报表 and a 建设方案 are enough for declaration, right?", "zhonglou", "no"),   # 建议书 from 30万
    ("Zhonglou 20万 project: just the 申报表 and a 建设方案 are enough for declaration, right?", "zhonglou", "yes"),
])
def test_facts_and_offers_read_where_they_were_not(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_body_before_its_duty_is_no_thing_timed():
    # 主管部门要在几个工作日内审完: the review timed, counted from 正式受理 (第十一条 5个工作日内完成审核)
    found = first_finding("龙岗区可研报告被正式受理后，主管部门要在几个工作日内审完？", "longgang")
    assert found["verdict"] == "info" and found["citations"][0]["article"] == "第十一条"


def test_data_that_cannot_be_shared_said_in_english():
    found = first_finding("Wendeng: if our system can't interconnect with others and its data can't be shared, can it still pass acceptance?", "wendeng")
    assert found["verdict"] == "no" and "第三十七条" in [c["article"] for c in found["citations"]]


def test_an_overall_time_limit_asked_where_the_text_sets_none():
    found = first_finding("Is there an overall time limit for a Shenzhen city project from approval to completion acceptance?", "shenzhen")
    assert found["verdict"] == "not_specified"
    # look-alike: a limit the text sets, asked the same way (第十六条 5个工作日内完成质量监督登记)
    assert first_finding("Is there a time limit for the Shenzhen quality supervision registration after the contract is signed?",
                         "shenzhen")["verdict"] != "not_specified"
