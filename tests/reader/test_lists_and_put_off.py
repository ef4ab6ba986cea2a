"""Readings from the tenth session's first round (issue 8): counts of a list's items in the unit asked, the
party a step is done with, steps put off or dropped in the ways staff type them, and the time gone since an
event. Each question is answered through the whole pipeline, in the project's own sentences."""
import pytest
from reader_answers import verdicts

from knowledge.base import get_kb
from knowledge.reader.dated import stated_offset
from knowledge.reader.form import classify, negated


def _answer(question: str) -> str:
    return get_kb().ask(question)["answer"]


def _reading(question: str) -> str:
    return get_kb().ask(question)["understood"]["reading"]


@pytest.mark.parametrize("question, said", [
    ("钟楼那个评审小组，专家之外有几个单位", "7个"),
    ("钟楼评审小组一共几家单位参加", "7家"),
    ("云浮运维服务包括几种", "2种"),
    ("云浮的软件开发服务有几种", "3种"),
])
def test_a_list_is_counted_in_the_unit_asked(question, said):
    assert said in _answer(question)


def test_a_count_the_text_gives_only_as_a_list_is_given():
    """评审小组由A、B…组成 has no number, but its list answers 一共几家."""
    findings = get_kb().ask("钟楼区评审小组是由哪几个单位组成的，总共几家")["findings"]
    assert {f["verdict"] for f in findings if f["jurisdiction"] == "zhonglou"} == {"info"}


def test_a_numbered_list_led_by_its_cases_is_counted():
    assert "3种" in _answer("钟楼项目建设内容调整，要满足几种情形才能申请")


@pytest.mark.parametrize("question, verdict", [
    ("龙岗项目中标后几天内要和承建单位把合同签掉", "not_specified"),   # 10个工作日 runs from the signing, to the filing
    ("龙岗签完合同几天内要把合同复印件报备案", "info"),
])
def test_the_party_a_step_is_done_with_is_not_what_is_timed(question, verdict):
    assert verdict in verdicts(question, "longgang")


def test_a_period_named_by_its_length_is_no_time_after_an_event():
    # 有效期5年 is what is asked when the question names the period itself
    assert "info" in verdicts("云浮这个管理办法施行以后有效期多长", "yunfu")


@pytest.mark.parametrize("typed, meant", [
    ("等保测评等终验后在做", "再做"), ("整改回头在处理", "再处理"),
])
def test_zai_typed_for_zai_after_a_later_time(typed, meant):
    assert meant in _reading(typed)


def test_zai_before_a_place_stays():
    assert "在平台" in _reading("初验后在平台上传结果")


@pytest.mark.parametrize("question", ["深圳市直项目隐蔽工程的影像资料就不留了吧", "深圳项目影像资料不保留了行吗"])
def test_not_keeping_a_record_asks_leave_to_drop_it(question):
    assert negated(question)
    assert "no" in verdicts(question, "shenzhen")


def test_a_meeting_not_held_asks_leave():
    question = "龙岗项目合同额两千万，不开专家初步验收会了吧"
    assert negated(question)
    assert "no" in verdicts(question, "longgang")


def test_a_duty_set_aside_for_now_is_left_out():
    question = "云浮的项目申报先不考虑IPv6，等上线了再说"
    assert negated(question)
    assert "no" in verdicts(question, "yunfu")


@pytest.mark.parametrize("text, offset", [
    ("试运行结束都35天了才组织初验", (35, "天")),
    ("初验才过去两个月，现在就交终验申请", (2, "月")),
])
def test_the_time_gone_since_an_event(text, offset):
    assert stated_offset(text) == offset


@pytest.mark.parametrize("question, verdict", [
    ("钟楼项目试运行结束都35天了才组织初验，这样可以不", "no"),   # 30日内
    ("钟楼项目试运行结束都20天了才组织初验，可以吗", "yes"),
    ("钟楼项目初验才过去两个月，现在就交终验申请行吗", "no"),      # 初验结束3月后
])
def test_lateness_said_as_time_gone(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


def test_together_is_never_a_slip():
    """验收前一起报 is not 前一期: 一起 is what was typed."""
    assert "一起报" in _reading("龙岗合同复印件打算等验收前一起报")


def test_a_step_put_off_to_before_acceptance():
    question = "龙岗合同签了快一个月，合同复印件还没备案，打算等验收前一起报"
    assert classify(question).form == "yesno"
    assert "no" in verdicts(question, "longgang")


def test_a_put_off_said_by_a_superior_is_reported():
    question = "文登区采购合同签完，是不是要立即报区大数据中心备案？处长说等验收的时候一起交就行。"
    assert "yes" in verdicts(question, "wendeng")


# The second round: closing particles typed by their sound, plans told after something done, a measure asked with 吗.

@pytest.mark.parametrize("typed, meant", [
    ("文登区项目初验没做，可以直接申请竣工验收马", "竣工验收吗"), ("龙岗项目自测就省了把，直接申请初验", "省了吧"),
    ("钟楼项目可以先上线在补等保测评吗", "再补"),
])
def test_closing_particles_and_zai_typed_by_sound(typed, meant):
    assert meant in _reading(typed)


def test_a_code_is_no_closing_particle():
    assert "验收码" in _reading("文登竣工验收后会给一个验收码")


@pytest.mark.parametrize("question, jid, verdict", [
    ("文登项目合同签好了，等项目验收的时候再一起把合同报大数据中心备案", "wendeng", "no"),   # 立即
    ("钟楼这个老系统月底停，停了以后再去平台上报停用说明", "zhonglou", "no"),                   # 停用前30日内
    ("龙岗项目源代码刻个光盘交给主管部门就行了吧，不传政务软件开发云平台了", "longgang", "no"),
    ("钟楼项目试运行月初结束了，我们初验准备往后推，大概试运行结束后40天才做", "zhonglou", "no"),
])
def test_plans_told_after_something_done(question, jid, verdict):
    assert classify(question).form == "yesno"
    assert verdict in verdicts(question, jid)


def test_a_number_asked_with_ma_is_a_measure():
    question = "龙岗项目竣工后请造价咨询公司编结算报告，规定几天内要编完吗"
    assert classify(question).form == "info"
    assert "not_specified" in verdicts(question, "longgang")


def test_a_code_asked_for_is_no_closing_particle():
    assert "二维码" in _reading("文登项目验收要交一个二维码")


# The third round: a month's end said with no month, a time after a signing with its object, a few doing
# something, English tags, a choice between two documents.

@pytest.mark.parametrize("question, verdict", [
    ("龙岗 合同5月6号签的，合同复印件打算月底再报备案，可以吧？", "no"),    # 10个工作日内: by 5月20日
    ("龙岗 合同5月26号签的，合同复印件打算月底再报备案，可以吧？", "yes"),
])
def test_a_month_end_with_no_month_is_the_dated_month_end(question, verdict):
    assert verdict in verdicts(question, "longgang")


def test_a_time_after_signing_the_contract():
    assert stated_offset("任务书打算签完合同40天左右再去备案") == (40, "天")


def test_a_few_units_confirming_is_no_count_asked():
    question = "龙岗合同价400万，累计变更已经50万了，几家单位内部确认一下就实施吧"
    assert classify(question).form == "yesno"
    assert "no" in verdicts(question, "longgang")   # 超过10%


@pytest.mark.parametrize("question, verdict", [
    ("Zhonglou, a 500k yuan system. We'd skip the supervision firm, is that ok?", "no"),
])
def test_an_english_tag_asks_of_the_clause_before(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


def test_a_choice_between_two_documents_asks_which():
    question = "钟楼区报一个20万的项目，平台上要交建议书还是建设方案？"
    assert classify(question).form == "info"
    assert "建设方案" in _answer(question)


# Mends from the read-only review of the first three rounds' readings.

@pytest.mark.parametrize("question", ["文登区项目一直不开工会被取消吗？", "龙岗区不开展安全测试会影响竣工验收吗？"])
def test_hui_as_will_is_no_meeting_dropped(question):
    assert not negated(question)


@pytest.mark.parametrize("question, jid", [("云浮办法印发之后几年内有效？", "yunfu"), ("龙岗区办法施行后几年失效？", "longgang")])
def test_a_validity_asked_after_its_event_is_its_length(question, jid):
    assert "info" in verdicts(question, jid)


def test_zai_before_a_place_after_a_step_stays():
    assert "在测试环境" in _reading("龙岗区终验后在测试环境里做安全测试可以吗？")


def test_a_numbered_list_is_not_split_by_its_marks():
    assert "共列出2类" in _answer("龙岗项目成果主要有几类？")


def test_together_is_no_yuan():
    understood = get_kb().ask("龙岗区自测报告等终验前一块交可以吗？")["understood"]
    assert understood["profile"].get("amount") is None


# The fourth round: the counterpart of a step is not its doer, events said with 了 run on, the thing handed in is
# what is timed, thresholds asked with 金额, a document handed in to stand for another.

def test_the_counterpart_is_not_the_doer():
    assert "info" in verdicts("布吉街道200万的项目，跟承建单位签完合同几个工作日内要报备案", "longgang")


def test_an_event_said_with_le_is_counted_from():
    assert "info" in verdicts("钟楼项目试运行结束了初验最晚要在几天内组织", "zhonglou")   # 30日内


def test_the_thing_handed_in_is_what_is_timed():
    assert "info" in verdicts("龙岗项目可研报告报到区信息化主管部门，正式受理以后几个工作日审完", "longgang")   # 5个工作日


@pytest.mark.parametrize("question, verdict", [
    ("钟楼软件类项目超过多少金额要做软件测评", "not_specified"),   # 30万 is the supervision's line
    ("钟楼项目超过多少金额要请监理", "info"),
])
def test_a_threshold_asked_with_jin_e(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


@pytest.mark.parametrize("question, verdict", [
    ("钟楼项目刚好30万，交个建设方案顶替项目建议书行吗", "no"),   # 30万元(含)以上: 项目建议书
    ("钟楼项目50万，报一份建设方案来代替建议书可以吗", "no"),
])
def test_a_document_handed_in_to_stand_for_another(question, verdict):
    assert verdict in verdicts(question, "zhonglou")


# The fifth round: the step asked first and what is not yet done told after it.

@pytest.mark.parametrize("question, jid", [
    ("能不能先开竣工验收？深圳这个项目质监查出的问题还没改完", "shenzhen"),
    ("先把终验做了行吧？钟楼这个系统的等保测评报告还没出来", "zhonglou"),
    ("文登项目的数据先不接市共享平台，验收先做了吧", "wendeng"),
])
def test_a_step_asked_first_with_what_is_not_yet_done_after(question, jid):
    assert "no" in verdicts(question, jid)


def test_a_step_asked_first_with_its_condition_met_stays_yes():
    assert "yes" in verdicts("能不能先开竣工验收？深圳这个项目质监查出的问题都已经改完了", "shenzhen")


# Mends from the second read-only review (0079057 → 9084929).

@pytest.mark.parametrize("question", ["先签合同？任务书还没编", "深圳先登记？监理还没进场", "先初验？终验材料还没准备"])
def test_something_else_not_yet_done_is_no_unmet_condition(question):
    assert "no" not in {f["verdict"] for f in get_kb().ask(question)["findings"]}


@pytest.mark.parametrize("question", ["龙岗1500万的项目，不开初验会可以吧", "龙岗1500万的项目，初验不开会了吧"])
def test_any_meeting_not_held_asks_leave(question):
    assert negated(question)
    assert "no" in verdicts(question, "longgang")


def test_a_filing_valid_only_in_time_is_no_validity_asked():
    assert "info" in verdicts("钟楼区任务书签完合同多少天内备案才有效？", "zhonglou")   # 一个月内


def test_a_filing_put_off_to_before_a_later_stage():
    assert "no" in verdicts("钟楼任务书等初验前再一起备案，行吧", "zhonglou")


def test_a_month_named_with_its_own_month_end_stays():
    assert "4月月底" in _reading("钟楼 合同3月2号签的，任务书打算4月月底再备案，行吧")


def test_do_it_or_not_asks_yes_or_no():
    assert classify("云浮项目应用软件开发费60万，需要请第三方测试还是不用？").form == "yesno"
