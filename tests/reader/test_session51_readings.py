"""Readings from the fifty-first session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
from datetime import date

import pytest
from reader_answers import first_verdict as verdict

from knowledge.reader.corrections import corrected
from knowledge.reader.dated import stated_elapsed, stated_spans

TODAY = date(2026, 12, 7)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- a month alone, and a mix-up owned, corrected ---

@pytest.mark.parametrize("said, meant", [
    ("Wendeng: the trial run began in June — no wait, I'm mixing it up with another system, ours only began mid-October. OK?",
     "Wendeng: the trial run began in mid-October. OK?"),
    ("Contract signed Nov 20 - sorry, I'm confusing it with the other project, ours was signed Nov 25. Due when?",
     "Contract signed Nov 25. Due when?"),
    ("试运行是6月开始的，不对，是9月份开始的，现在能验收吗", "试运行是9月份开始的，现在能验收吗"),
    ("The contract was signed in March, sorry, in April", "The contract was signed in April"),
    # a length is no month: kept
    ("试运行3个月，不对，是6个月", "试运行3个月，不对，是6个月"),
    # no correction marker: nothing changes
    ("We started in June, I'm mixing the paint. ok", "We started in June, I'm mixing the paint. ok"),
])
def test_a_month_corrected(said, meant):
    assert corrected(said) == meant


# --- two parts of months for one event: 7月底或者8月初, "late May or mid-June", 8月底到9月中旬之间 ---

@pytest.mark.parametrize("text, first, last", [
    ("试运行开始大概是7月底或者8月初", date(2026, 7, 21), date(2026, 8, 10)),
    ("could be late May or mid-June", date(2026, 5, 21), date(2026, 6, 20)),
    ("初验结束大概在8月底到9月中旬之间", date(2026, 8, 21), date(2026, 9, 20)),
    ("between late May and mid-June", date(2026, 5, 21), date(2026, 6, 20)),
    ("初验是9月或10月结束的", date(2026, 9, 1), date(2026, 10, 31)),
])
def test_two_parts_of_months_are_one_stretch(text, first, last):
    assert [(s[0], s[1]) for s in stated_spans(text, TODAY)] == [(first, last)]


@pytest.mark.parametrize("text, count", [
    ("合同11月20日到12月1日之间有几个工作日", 2),   # two days: the days between them are counted
    ("10月开工，12月中旬验收", 2),                   # two events
    ("推到12月中旬", 1),                              # a step put off, no range
])
def test_days_and_put_off_steps_stay_apart(text, count):
    assert len(stated_spans(text, TODAY)) == count


@pytest.mark.parametrize("text, jid, expected", [
    # 3 months after, within 6 (Wendeng 第三十六条): a stretch straddling either end depends on the day
    ("文登，试运行开始大概是7月底或者8月初吧，到今天试运行时长够验收条件了吗", "wendeng", "yes"),
    ("Wendeng: the trial run started late May or mid-June. As of today, does its length still meet the acceptance conditions?",
     "wendeng", "conditional"),
    ("钟楼 初验结束大概在8月底到9月中旬之间吧，今天能提交终验申请吗", "zhonglou", "conditional"),
    ("钟楼 初验是9月中旬结束的，今天能提交终验申请吗", "zhonglou", "no"),
    ("钟楼 初验是8月中旬结束的，今天能提交终验申请吗", "zhonglou", "yes"),
])
def test_a_stretch_against_a_window(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a month against both ends of a window: June's early days are past 6 months by 7 December, its late days not ---

@pytest.mark.parametrize("text, expected", [
    ("Wendeng: our trial run started in June. Can we apply for completion acceptance now?", "conditional"),
    ("文登试运行是7月开始的，现在能申请竣工验收吗", "yes"),
    ("文登试运行是9月开始的，现在能申请竣工验收吗", "conditional"),
    ("文登试运行是5月开始的，现在能申请竣工验收吗", "no"),
    ("文登试运行是10月开始的，现在能申请竣工验收吗", "no"),
])
def test_a_month_against_both_ends_of_a_window(text, expected):
    assert verdict(text, "wendeng") == expected


# --- 到今天 / "as of today" is the day counted to, not a day something happened ---

@pytest.mark.parametrize("text, expected", [
    ("试运行7月开始的，到今天试运行时长够了吗", {}),
    ("截至今天为止还没验收", {}),
    ("初验今天做完了", {"initial_acceptance_passed": TODAY}),
])
def test_today_counted_to_dates_nothing(text, expected):
    assert stated_elapsed(text, TODAY) == expected


# --- a fact hedged with a closing 吧 is said, not asked; a belief about a duty, a leave or a count still asks ---

@pytest.mark.parametrize("words, expected", [
    ("初验结束大概在8月底到9月中旬之间吧", False),
    ("合同估计是上周三签的吧", False),
    ("预算差不多八十万左右吧", False),
    ("应该不用请监理吧", True),
    ("时间大概够了吧", True),
    ("这个应该是要备案的吧", True),
    ("30万整的不算吧", True),
])
def test_a_hedged_fact_is_not_an_ask(words, expected):
    from knowledge.reader.compound import asks_itself

    assert asks_itself(words) is expected


# --- round fifty-two: work-chat messages, a line of background before the line that asks ---

@pytest.mark.parametrize("text, expected", [
    ("Longgang: is quarterly reporting of progress and fund usage enough?", "no"),      # 第二十条: every month
    ("Longgang: is it OK to report progress and spending quarterly?", "no"),
    ("Longgang: is monthly reporting of progress enough?", "yes"),
    ("Hi all, 龙岗的项目在建中。\nIs quarterly reporting of progress enough for Longgang?\nThanks", "no"),
    ("Longgang: would reporting progress and fund usage to the district IT authority every quarter be sufficient?", "no"),
    ("Longgang: is reporting progress once a month enough?", "yes"),
])
def test_a_period_with_its_leave_asked_in_english(text, expected):
    assert verdict(text, "longgang") == expected


def test_an_english_line_after_a_chinese_one_asks_by_its_auxiliary():
    from knowledge.reader.form import classify

    assert classify("Hi all, 龙岗的项目在建中。\nIs quarterly reporting enough for Longgang?\nThanks", "en").form == "yesno"


@pytest.mark.parametrize("text, jid, expected", [
    # the duty asked, whatever plan was told before the question
    ("Wendeng: the contractor wants to add the crypto protection system in a later phase. Does it have to be planned, built "
     "and run together with the project?", "wendeng", "yes"),
    ("Hi all，文登这个项目现在严重逾期，现在看要拖到明年3月。\nDo we have to report this to the 区大数据中心?\n辛苦", "wendeng", "yes"),
    # leave asked for the plan: the text's way answers it
    ("Wendeng: the contractor wants to add the crypto protection system in a later phase. Is that OK?", "wendeng", "no"),
    ("Wendeng: can we add the crypto protection system in a later phase?", "wendeng", "no"),
    # a duty asked of paying for what the text makes free is still no
    ("Longgang: in the warranty period, do we have to pay the vendor for upgrades?", "longgang", "no"),
])
def test_a_duty_asked_after_a_plan_told(text, jid, expected):
    assert verdict(text, jid) == expected


def test_the_steps_of_the_english_line_asked():
    from knowledge.reader.sequence import proposed_steps

    text = "监理那边说 summary report 他们验收之后再补。\nIs the supervisor allowed to hand in the 监理总结报告 after the contract acceptance?"
    assert proposed_steps(text) == ("the contract acceptance", "the 监理总结报告")
    assert verdict("深圳市卫健委的项目。\n" + text, "shenzhen") == "no"
    assert proposed_steps("验收报告后补行吗？我们想先把系统上线") == ("系统上线", "验收报告")   # (a Chinese ask keeps its own steps)


@pytest.mark.parametrize("text, expected", [
    ("文登区XX局想把原来的部门机房扩一下，再新买4台服务器，局长已经点头了。这种项目能审批通过吗？", "no"),   # 第五条
    ("文登区XX局想把原来的部门机房扩一下，再新买4台服务器。这类项目大数据中心批不批？", "no"),
])
def test_such_a_project_is_the_one_told_before(text, expected):
    assert verdict(text, "wendeng") == expected


@pytest.mark.parametrize("text, expected", [
    # 第四十七条 speaks of a system's O&M funds, which 第二条 leaves out of the measures: said of a system not sharing its data
    ("龙岗这个系统运行两年了，数据一直没按要求共享，今年报运维费大概45万。这种情况还能安排运维经费吗？", "no"),
    ("龙岗 45万的系统，数据没共享，能安排运维经费吗", "no"),
    # not said: the scope decides
    ("龙岗 45万的系统，明年能安排运维经费吗", "not_applicable"),
    ("龙岗这个系统45万，数据都按要求共享了，还能安排运维经费吗？", "not_applicable"),
    ("龙岗 30万的项目要请监理吗", "not_applicable"),
])
def test_a_case_the_scope_leaves_out_that_an_article_speaks_of(text, expected):
    assert verdict(text, "longgang") == expected


@pytest.mark.parametrize("text, expected", [
    ("Zhonglou: if our application documents aren't in the required format, will they still be accepted?", "no"),   # 第七条
    ("钟楼 申报材料格式不符合要求，还会接收吗", "no"),
])
def test_documents_in_the_wrong_format(text, expected):
    assert verdict(text, "zhonglou") == expected


# --- round fifty-three: the courtesy around a work-chat message, a body before the step, a day told of a step done ---

@pytest.mark.parametrize("said, meant", [
    ("各位老师，\n钟楼区项目下周一准备上线试运行。\n细则里有规定吗？\n谢谢！", "钟楼区项目下周一准备上线试运行。\n细则里有规定吗？"),
    ("Hi all, 龙岗的项目在建中。\nIs it enough?\nThanks", "龙岗的项目在建中。\nIs it enough?\nThanks"),
    ("王老师好\n龙岗这个系统。\n还能安排吗？\n辛苦了", "龙岗这个系统。\n还能安排吗？"),
    ("钟楼监理要请吗 谢谢", "钟楼监理要请吗"),
    # nothing but courtesy, or thanks asked about: kept
    ("谢谢", "谢谢"),
    ("需要感谢谁吗", "需要感谢谁吗"),
])
def test_the_courtesy_around_a_message(said, meant):
    from knowledge.reader.variants import without_courtesy

    assert without_courtesy(said) == meant


@pytest.mark.parametrize("text, jid, expected", [
    ("各位好，\n龙岗区项目上周四通过了合同初步验收，开始试运行。\n办法里对试运行至少多长时间有规定吗？\n谢谢！", "longgang", "not_specified"),
    ("各位老师，\n钟楼区项目下周一准备上线试运行，合同额66万。\n细则里对系统试运行至少要多长时间有规定吗？\n谢谢！", "zhonglou", "not_specified"),
    # 3 months after the trial run starts (Wendeng 第三十六条), with the body applied to named before the step
    ("文登区的项目10月初开始试运行。现在可以向区大数据中心申请竣工验收了吗？", "wendeng", "no"),
    ("文登区的项目7月初开始试运行。现在可以向区大数据中心申请竣工验收了吗？", "wendeng", "yes"),
    # a day told of a step done, after the question, is no day proposed for a yearly filing
    ("深圳的信息工程，承建单位做隐蔽工程施工时，要不要保留影像资料？项目是市应急局的指挥中心，11月底开工的。", "shenzhen", "yes"),
    ("钟楼明年的建设计划10月中旬再报还来得及吗", "zhonglou", "no"),   # 每年9月底前
])
def test_work_chat_messages_of_round_fifty_three(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("龙岗区有个系统一直没按要求把运行数据共享到区信息化主管部门，年运维费大概40万。还能安排运维经费吗？", "no"),
    ("龙岗的系统按要求把数据共享到区里了，45万运维费能安排吗", "not_applicable"),
])
def test_not_sharing_said_with_words_between(text, expected):
    assert verdict(text, "longgang") == expected


@pytest.mark.parametrize("text, jid, expected", [
    # look-alikes from the full rating: pure equipment asked of the scope; a period someone else called fine; not sharing
    # asked of Yunfu's acceptance
    ("Longgang: we're only buying a batch of PCs, about 600k yuan, pure equipment. Does the Longgang IT project regime apply?",
     "longgang", "not_applicable"),
    ("Someone told me quarterly reporting is fine in Longgang — do we actually have to report progress and fund use to the IT "
     "authority every month?", "longgang", "yes"),
    ("云浮 业务数据没按要求共享，项目还能通过验收吗", "yunfu", "no"),
    # who buys it, not a step left out, though put to 是这样吧 (云浮: 专业类 bought by the unit itself)
    ("云浮：我们单位的专业软件开发服务，准备自己按政府采购有关规定采购，不需要交由市政务服务数据管理局统一采购，是这样吧？", "yunfu", "yes"),
])
def test_look_alikes_of_the_full_rating(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_budget_reshuffle_is_no_change_of_the_unit():
    text = ("Our Wendeng project was approved last year, but construction still hasn't started because of a budget reshuffle.\n"
            "What happens if we don't start construction within the validity period of the approval documents?")
    assert verdict(text, "wendeng") == "info"
    # the unit itself restructured: a change the text does not speak of
    assert verdict("Wendeng: our bureau is being restructured and the project will move to another department. What approvals "
                   "do we need?", "wendeng") == "not_specified"


def test_a_filing_told_received_is_told_done():
    from knowledge.base import get_kb

    said = get_kb().ask("文登的项目，大数据中心上周四收到了我们的验收申请函")["answer"]
    assert "2026-12-10" in said or "2026年12月10日" in said   # 第三十五条: within 5 working days of receiving it


@pytest.mark.parametrize("text, expected", [
    # a statement put forward with 是吗 / 是这样吗 / 是这样吧: answered of the statement (第十五条: 30万（含）以上 must)
    ("钟楼80万的项目不用请监理，是吗", "no"),
    ("钟楼80万的项目不用请监理，是这样吗", "no"),
    ("钟楼20万的项目不用请监理，是这样吧", "yes"),
    ("钟楼80万的项目要请监理，是吗", "yes"),
    ("钟楼20万的项目要请监理，是这样吧", "no"),
    ("听说钟楼的项目验收前不用做等保测评，是这样吧", "no"),   # 第二十七条
])
def test_a_statement_confirmed_by_shi_ma(text, expected):
    assert verdict(text, "zhonglou") == expected


@pytest.mark.parametrize("text, expected", [
    # found by the review: a stretch of two parts of months, "still within … today?" measured today (第三十六条: 3 to 6 months)
    ("Wendeng: our trial operation started sometime between late April and the end of May. Is the project still within the "
     "acceptance window today?", "no"),
    ("Wendeng: our trial operation started in late July. Is the project already within the acceptance window today?", "yes"),
    ("Wendeng: trial run started in early September. Are we still within the acceptance window now?", "conditional"),
])
def test_a_window_asked_of_today_in_english(text, expected):
    assert verdict(text, "wendeng") == expected


def test_twice_a_year_against_a_quarterly_report():
    assert verdict("Shenzhen: is twice a year often enough for the quality reports?", "shenzhen") == "no"   # 第十七条: each quarter
