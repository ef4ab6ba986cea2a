"""Readings from the twelfth session (issue 8): English questions no topic matches found by search through
the regulations' own words (``knowledge/reader/en_glossary.yaml``), liability denied in other words, a procedure
not followed said with 不按, and work still under way asked in English. The questions are the project's own
sentences (none is an evaluation case)."""
import re
from pathlib import Path

import pytest
import yaml
from reader_answers import verdicts

from knowledge.base import get_kb
from knowledge.reader.glossary import chinese_words


def _answer(question: str) -> str:
    return get_kb().ask(question)["answer"]

_ROOT = Path(__file__).resolve().parents[2]


def test_every_glossary_word_is_a_word_of_the_regulations():
    texts = "".join(p.read_text(encoding="utf-8") for p in (_ROOT / "knowledge" / "regulations").glob("*.txt"))
    table = yaml.safe_load((_ROOT / "knowledge" / "reader" / "en_glossary.yaml").read_text(encoding="utf-8"))
    missing = [(k, w) for k, words in table.items() for w in words if w not in texts]
    assert not missing


def test_the_glossary_matches_word_starts_and_prefers_the_longer_key():
    assert chinese_words("the third-party acceptance tests") == ["第三方", "验收测评"]
    assert chinese_words("Third Party services") == ["第三方", "服务"]
    assert chinese_words("the latest plan") == ["规划", "计划", "方案"]   # no "test" inside "latest"
    assert chinese_words("两个服务") == []


def test_an_english_question_no_topic_matches_is_found_through_the_glossary():
    reply = get_kb().ask("How many kinds of services do Yunfu's city-level IT service projects include?")
    assert re.search(r"5 kinds are listed: 基础设施服务、软件开发服务、运维服务、系统业务运营服务、第三方服务", reply["answer"])


@pytest.mark.parametrize("question, verdict", [
    ("深圳的项目分包那块出了质量问题，跟总承包单位无关吧", "no"),
    ("深圳分包工程的质量只由分包单位负责，对吗", "no"),
    ("深圳分包工程出了质量问题，总包也要负责吗", "yes"),
])
def test_a_liability_denied_in_other_words(question, verdict):
    assert verdict in verdicts(question, "shenzhen")


def test_only_one_doer_of_a_step_is_no_denied_liability():
    """只由建设单位负责组织 says who does it: it is not read as leave to drop the step."""
    assert "no" not in verdicts("深圳的竣工验收只由建设单位负责组织吗", "shenzhen")


def test_a_procedure_not_followed_said_with_bu_an():
    assert "yes" in verdicts("云浮的服务项目我们不按基本建设项目的程序去审批了，可以吧", "yunfu")
    # 不按时 is lateness, not a procedure left out
    assert "no" in verdicts("深圳项目质量季报不按时报送可以吗", "shenzhen")


@pytest.mark.parametrize("question, jid", [
    ("Shenzhen: quality problems are still being rectified. Could we hold the completion acceptance anyway?", "shenzhen"),
    ("Zhonglou: our trial run is still in progress; can the initial acceptance take place now?", "zhonglou"),
])
def test_work_still_under_way_in_english_is_unmet(question, jid):
    assert verdicts(question, jid) and "yes" not in verdicts(question, jid)


@pytest.mark.parametrize("said, value", [
    ("3万5", 35_000), ("80万5", 805_000), ("1千2百万", 12_000_000), ("1亿2千万", 120_000_000), ("2百5十万", 2_500_000),
])
def test_digits_between_chinese_units_are_one_number(said, value):
    from knowledge.reader.amounts import find_amounts
    assert [a.value for a in find_amounts(f"项目总投资{said}，要请监理吗")] == [value]


def test_a_month_after_an_amount_stays_a_month():
    from knowledge.reader.amounts import find_amounts
    assert [a.value for a in find_amounts("10万5月份签的合同")] == [100_000]


def test_a_share_said_in_tenths_and_a_half():
    assert "no" in verdicts("钟楼区项目调整内容，调整资金占概算总投资一成半，还能走调整申请吗", "zhonglou")


def test_the_consent_a_prohibition_waits_for_said_as_the_case():
    assert "yes" in verdicts("如果我们建设单位书面同意了，深圳项目的承建单位能不能把演示系统发布到互联网上", "shenzhen")
    assert "no" in verdicts("深圳项目承建单位没经过建设单位同意，能把演示系统放到网上吗", "shenzhen")


def test_no_longer_going_through_a_procedure():
    assert "yes" in verdicts("云浮的服务项目以后不再走基本建设项目审批程序了，没问题吧", "yunfu")


def test_english_words_shared_with_an_event_name_are_no_event():
    """"quality ... supervision documents" shares two words with the quality-supervision registration: it is no
    registration, so the day proposed is weighed against the quarter's report day."""
    assert "no" in verdicts("Shenzhen project: the Q1 quality report and supervision documents, we plan to upload them "
                            "on 25 April. That's fine, right?", "shenzhen")


def test_a_deadline_told_is_not_a_deadline_asked():
    assert "yes" in verdicts("深圳的质量季报，这次截止日刚好碰上国庆放假，我们打算节后第一个工作日报，不算逾期吧", "shenzhen")


def test_failed_then_fixed_and_made_up_afterwards():
    assert "yes" in verdicts("钟楼区项目验收没通过的话，整改好了能不能重新申请验收", "zhonglou")
    assert "no" in verdicts("深圳的项目合同验收以后再让监理补一份监理总结报告，行不行", "shenzhen")


def test_money_for_maintenance_said_plainly():
    assert "no" in verdicts("钟楼区的系统已经确定停用报废了，以后运维的钱还能安排吗", "zhonglou")


def test_a_province_holding_covered_places_and_its_own_projects():
    kb = get_kb()
    own = kb.ask("江苏省级的政务信息化项目要不要请监理")
    assert own["findings"] == [] and "江苏" in own["answer"]
    inside = kb.ask("江苏的政务信息化项目要不要请监理")
    assert {f["jurisdiction"] for f in inside["findings"]} == {"zhonglou"}
    assert kb.ask("Guangdong provincial projects: is a supervisor needed?")["findings"] == []


def test_a_step_the_text_lets_go_ahead_only_once_something_is_done():
    """确认质量问题整改完成后，再组织项目竣工验收: proposing the acceptance without saying the fixes are confirmed
    depends on them; saying they are (都整改完了、平台上查过、没有遗留) makes it yes; asking about the gate itself is no
    proposal of the step after it."""
    assert "conditional" in verdicts("深圳这个项目运行挺稳定的，下个月打算组织竣工验收，可以吧", "shenzhen")
    assert "yes" in verdicts("深圳项目质监提的问题都整改完了，平台上也查过了，没有遗留问题，现在组织竣工验收可以吧", "shenzhen")
    assert "yes" in verdicts("深圳的项目竣工验收前要不要先上平台查一下质量监督情况", "shenzhen")


def test_a_condition_of_degree_denied_or_said():
    """Wendeng 第十二条: 涉及预算投资大、技术难度高、专业性强的项目进行单项专家论证."""
    assert "yes" in verdicts("文登项目投资不大，技术也不复杂，单项专家论证就不做了，集中评审过了就行吧", "wendeng")
    assert "no" in verdicts("文登项目投资很大，单项专家论证不做了，可以吧", "wendeng")
    # a condition that is not one of degree is not denied by a 不 after its words (目标实现不了 meets it)
    assert "no" in verdicts("云浮专业类项目目标实现不了要终止合同，手续办完报数据局备案就行，财政局那边不用报了吧", "yunfu")


def test_leaving_out_what_the_text_does_not_ask_of_the_case():
    assert "yes" in verdicts("深圳市直单位的涉密电子政务项目，打算不按这个办法做质量监督登记，按保密规定办，可以吧", "shenzhen")
    assert "not_applicable" in verdicts("深圳市直单位涉密项目要不要做质量监督登记", "shenzhen")


@pytest.mark.parametrize("question, verdict", [
    ("深圳市直的项目，合同上上周三签的，没在采购中心备案，打算下周一再去做质量监督登记，来得及吧", "no"),
    ("钟楼的项目合同签了5周了，项目计划任务书还没备案，下周补上来得及吧", "no"),
])
def test_next_week_said_with_its_day_or_with_making_up(question, verdict):
    jid = "shenzhen" if "深圳" in question else "zhonglou"
    assert verdict in verdicts(question, jid)


def test_the_week_before_last_and_two_weeks_are_no_weekday():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    wednesday = date(2026, 12, 2)
    assert stated_elapsed("合同上上周三签的", wednesday) == {"contract_signed": date(2026, 11, 18)}
    assert stated_elapsed("合同上周三签的，这两周一直忙着开工", wednesday) == {"contract_signed": date(2026, 11, 25)}


def test_a_cost_the_text_counts_inside_another_asked_apart():
    assert "no" in verdicts("钟楼区系统做数据共享对接的改造费用，想另外申请一笔钱，不从维保经费里出，行吗", "zhonglou")
    assert "yes" in verdicts("龙岗运维经费需要单独申请吗？", "longgang")   # the container itself


def test_a_proposal_reported_and_then_tagged_is_what_is_asked():
    assert "no" in verdicts("施工单位说隐蔽工程拍照录像太麻烦，有施工日志就够了，深圳这边这样行吧", "shenzhen")
    assert "no" in verdicts("In Shenzhen the contractor says it doesn't need to keep video of the concealed works. "
                            "Is that acceptable?", "shenzhen")
    assert "no" in verdicts("Shenzhen: the general contractor says defects in the subcontracted part are solely the "
                            "subcontractor's problem. We can accept that, right?", "shenzhen")


def test_a_requirement_not_met_for_now():
    assert "no" in verdicts("云浮专业软件开发服务项目目前还不支持IPv6，先立项以后再改，能通过吧", "yunfu")
    assert "no" in verdicts("云浮的专业软件开发项目现阶段不做IPv6，立项应该不受影响吧", "yunfu")


@pytest.mark.parametrize("question, verdict", [
    ("深圳的项目合同签完过了三个星期才去做质量监督登记，这样合规吗", "no"),
    ("深圳市直项目合同上上周一签的，打算下周再去平台登记，来得及吧", "no"),
])
def test_time_gone_before_a_step_and_a_step_put_to_next_week(question, verdict):
    assert verdict in verdicts(question, "shenzhen")


def test_a_province_named_says_which_of_its_places_are_covered():
    answer = _answer("江苏的政务信息化项目要不要请监理")
    assert answer.startswith("江苏范围内，知识库只收录了江苏省常州市钟楼区的规定")
    assert _answer("Does a Jiangsu project need a supervisor?").startswith("Within Jiangsu, the knowledge base covers only Zhonglou")


def test_a_search_result_is_shown_without_an_empty_verdict_word():
    answer = _answer("How many kinds of services do Yunfu's city-level IT service projects include?")
    assert "· Search: 5 kinds are listed" in answer and "Search: Answer" not in answer


def test_the_consent_a_ban_waits_for_left_open_or_denied():
    assert "conditional" in verdicts("深圳项目的承建单位想把演示系统放到互联网上给其他客户看，这个允许吗", "shenzhen")
    assert "no" in verdicts("深圳的承建单位没跟我们打招呼就把演示系统挂到外网上了，这样可以吗", "shenzhen")
    assert "no" in verdicts("Shenzhen: may the contractor put our demo system online before we have agreed?", "shenzhen")
    assert "yes" in verdicts("Shenzhen: if the owner agrees, may the contractor publish the demo system online?", "shenzhen")


def test_a_count_to_now_outweighs_a_vague_last_month():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    said = "钟楼区项目试运行上个月初就结束了，到现在差不多40天，初验还没做，现在做还算按时吧？"
    assert stated_elapsed(said, date(2026, 12, 2)) == {"trial_run_ended": date(2026, 10, 23)}


def test_a_dated_event_against_today_when_the_step_is_done_now():
    assert "no" in verdicts("深圳项目合同上个月3号签的，没在采购中心备案，质量监督登记现在去办还算按时吧", "shenzhen")


def test_problems_still_open_and_the_acceptance_proposed_first():
    assert "no" in verdicts("深圳项目还有两个质量问题没整改完，甲方催得紧，我们想先把竣工验收开了，边验收边改，可以吧", "shenzhen")


@pytest.mark.parametrize("question, jid, verdict", [
    # review of the session's readings: look-alikes that must not change
    ("龙岗项目8千5，适用这个办法吗", "longgang", "not_applicable"),                       # 8,500 yuan, below the floor
    ("广东市级政务信息化服务项目要不要支持IPv6", "yunfu", "yes"),                         # a city-level project in Guangdong
    ("深圳项目竣工验收请专家参加，可以吧", "shenzhen", "yes"),                             # how it is done, not whether now
    ("深圳的质量监督登记只由建设单位负责吗", "shenzhen", "yes"),                           # who does it, no liability denied
    ("深圳合同昨天签的，今天去做质量监督登记，下周再组织开工，来得及吧", "shenzhen", "yes"),   # next week is another task's (signed yesterday: in time on any day)
])
def test_look_alikes_of_the_new_readings_keep_their_answers(question, jid, verdict):
    assert verdict in verdicts(question, jid)


def test_a_place_said_in_passing_does_not_narrow_the_answer():
    found = get_kb().ask("我们公司在江苏注册，项目要不要请监理")["findings"]
    assert len({f["jurisdiction"] for f in found}) > 1


def test_mixed_numerals_next_to_a_counter_stay_apart():
    from knowledge.reader.amounts import find_amounts
    assert [a.value for a in find_amounts("投资90万3家单位共建")] == [900_000]
