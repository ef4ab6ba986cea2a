"""A may-question that proposes leaving a duty's way: putting the step off to a vague later, waiting
for something else first, having another do it instead, or calling a lesser act enough. Each is read
as the step not done when the question asks leave, so a duty that applies answers 不可以/no. The
sentences are this file's own, not the evaluation's."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.question import _unmet


def _assert_first_verdict(question: str, jid: str, verdict: str) -> list[dict]:
    """The first finding for ``jid`` answers ``verdict``; the findings for ``jid`` are returned."""
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found and found[0]["verdict"] == verdict, found
    return found


@pytest.mark.parametrize("text", [
    "评审意见回头再补交可以吗",                       # a vague later
    "能不能过阵子再报备案",
    "这个月忙，验收报告下个月再交行吗",
    "结余资金拖到明年三月再上缴可以吗",
    "整改能不能暂缓一下",
    "等系统上线了再去办登记，行吗",                     # waiting for another thing first
    "等到终验时一并提交档案可以吗",
    "需求先不写进方案，后面再说行吗",
    "让承建单位自己测一下，代替第三方测评行不行",          # another doing it
    "Can the vendor's own test report be used instead of a third-party test?",
    "监理、承建两家签个字算了，可以吧",                    # a lesser act said to be enough
    "Is it enough for the two parties to agree in writing?",
    "Can we postpone the registration until the servers arrive?",
    "想等到系统上线的时候再把合同报过去备案，可以吗",          # waiting, with the thing moved by 把
    "评审报告交了，论证意见就算了吧",                          # a step dropped: 就算了
    "专家评审太慢了，让科里审一下算了吧",                      # another doing it, called enough
    "验收的时候不请专家了，几家单位自己验一下就可以了吧",         # a step no longer done, in a clause of its own
])
def test_a_step_left_by_the_way_it_is_put_off_or_replaced(text):
    assert _unmet(text), text


@pytest.mark.parametrize("text", [
    "初验通过以后再申请终验吗",                         # the text's own order, after a named step
    "验收之后要做什么",
    "等保测评要在验收前做完吗",
    "Does the registration have to be done within five working days?",
    "合同不太清楚了，请问备案要多少天可以办完",                  # 不太清楚了 is no step left
])
def test_an_order_or_a_duty_asked_is_no_step_left(text):
    assert not _unmet(text), text


@pytest.mark.parametrize("text, jid", [
    ("龙岗区项目结余资金能不能过阵子再上缴", "longgang"),
    ("钟楼区80万的项目，监理单位那边让承建单位的人代替一下行不行", "zhonglou"),
    ("深圳市直项目合同签了，质量监督登记能不能暂缓，等设备到货再说", "shenzhen"),
])
def test_a_duty_put_off_or_replaced_is_not_allowed(text, jid):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid]
    assert found and found[0]["verdict"] == "no", found


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼区年度建设计划打算10月初再报，来得及吗", "zhonglou", "no"),        # 每年9月底前
    ("钟楼年度计划9月下旬报行吗", "zhonglou", "yes"),
    ("云浮明年的信息化规划11月中旬报备案可以吗", "yunfu", "yes"),            # 每年11月30日前
    ("云浮下一年度规划能不能12月再报市政数局备案", "yunfu", "no"),
    ("Zhonglou: can we file next year's plan in early October?", "zhonglou", "no"),
])
def test_a_month_proposed_for_a_filing_due_on_a_day_of_each_year(text, jid, verdict):
    found = _assert_first_verdict(text, jid, verdict)
    assert any(c["article"] in ("第六条", "立项·第1段") for c in found[0]["citations"])


def test_the_yearly_day_is_said_with_the_month_proposed():
    answer = get_kb().ask("钟楼区年度建设计划打算10月初再报，来得及吗")["answer"]
    assert "2026年9月30日" in answer
    assert "申报时间：否" in answer or "不可以" in answer


@pytest.mark.parametrize("text, verdict", [
    ("龙岗区项目合同400万，变更了20万，没超概算，承建和监理两方签字就直接实施吧", "yes"),   # 5%: no review asked
    ("龙岗区项目合同400万，累计变更50万，几方确认一下就直接改行吗", "no"),                     # 12.5%: 审核后方可实施
    ("Longgang: contract 4 million, changes so far 200k, within the estimate. Can the parties just confirm it and go ahead?", "yes"),
])
def test_going_ahead_without_a_review_the_facts_do_not_reach(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["topic"] == "change_limit"]
    assert found and found[0]["verdict"] == verdict, found


def test_going_ahead_is_answered_as_leave():
    answer = get_kb().ask("龙岗区项目合同400万，变更了20万，没超概算，承建和监理两方签字就直接实施吧")["answer"]
    assert "项目变更与调整：可以" in answer


def test_the_parties_acting_together_are_no_count_asked():
    from knowledge.reader.form import classify

    assert classify("设计监理承建几方确认一下就直接改了吧", "zh").form == "yesno"


@pytest.mark.parametrize("text", ["龙岗区的系统还在质保期，坏了要我们另外出维修费吗",
                                  "Longgang: in the warranty period, do we have to pay the vendor for upgrades?"])
def test_paying_for_what_the_text_makes_free(text):
    # 第四十五条: 质保期内免费提供维保及系统升级服务
    found = [f for f in get_kb().ask(text)["findings"] if f["topic"] == "warranty"]
    assert found and found[0]["verdict"] == "no", found


def test_a_contract_signed_besides_the_project_is_not_its_kind():
    from knowledge.reader.question import find_kind

    assert find_kind("质保期只约定一年，到期后再另签维保合同") is None
    assert find_kind("这是个维保合同，一年一签") == "operations"


def test_english_kinds_of_a_step_not_yet_met():
    from knowledge.reader.quantity import named_counts
    from knowledge.reader.question import find_facts

    assert _unmet("The audit left pending defects. Can we still go ahead with the final acceptance?")
    assert find_facts("Zhonglou: the trial run is only three months in, can we apply for acceptance?")["trial_months"][0] == 3
    assert named_counts("Could just one official do the spot check?") == {1}


@pytest.mark.parametrize("text", [
    "Zhonglou: can we start a project that isn't listed in the current year's annual plan and sort out the approval retroactivly?",
    "Zhonglou: a project not in the annual plan, start now and get it approved retroactively, ok?",
])
def test_an_unplanned_project_started_with_its_approval_made_up_later(text):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found and found[0]["verdict"] == "no", found


@pytest.mark.parametrize("text, jid, verdict", [
    ("文登的项目，信息安全系统等业务系统上线半年以后再补建行不行", "wendeng", "no"),        # 同步规划、同步建设
    ("深圳的质量季报截止那天赶上春节，可以顺延到节后报吗", "shenzhen", "yes"),           # （节假日顺延）
    ("文登涉及视频监控的项目评审，不通知公安参加，我们自己审可以吗", "wendeng", "no"),     # 由区公安部门参与审核
])
def test_together_holidays_and_a_party_left_out(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


@pytest.mark.parametrize("text, verdict", [
    ("龙岗区项目合同签了快两个月了，中标通知书和合同复印件现在补报还算按时吗", "no"),
    ("龙岗区项目合同前天刚签，现在报中标通知书和合同复印件还算按时吧", "yes"),
])
def test_whether_a_filing_now_is_in_time(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["topic"] == "contract_filing"]
    assert found and found[0]["verdict"] == verdict, found


def test_bundling_what_the_text_has_tendered_on_its_own():
    found = [f for f in get_kb().ask("文登有个基建工程带信息化，信息化这块能不能和土建合并招标")["findings"] if f["jurisdiction"] == "wendeng"]
    assert found[0]["verdict"] == "no" and found[0]["citations"][0]["article"] == "第五条", found


@pytest.mark.parametrize("text, verdict", [
    ("文登系统2026年3月2日开始试运行，打算4月20号就验收，行不行", "no"),      # opens 3 months after: 2026-06-02
    ("文登系统2026年3月2日开始试运行，打算7月1号验收，行不行", "yes"),
    ("文登系统2026年3月2日开始试运行，打算10月8号才验收，行不行", "no"),      # closes 6 months after: 2026-09-02
])
def test_a_day_proposed_against_both_ends_of_a_window(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "wendeng"]
    assert found[0]["verdict"] == verdict, found[0]


# the review's cases: ordinary questions the new readings must leave alone
@pytest.mark.parametrize("text", [
    "信创国产化替代项目需要做第三方测评吗",        # 替代 of domestic products, no step replaced
    "等保测评通过后再开始验收可以吗",              # 等保 is no waiting; 通过后 is no vague later
    "运行一年后再做后评价可以吗",                  # 一年后 is a time said, not 年后
])
def test_ordinary_questions_are_no_step_left(text):
    assert not _unmet(text), text


def test_review_cases_keep_their_answers():
    from knowledge.reader.form import classify

    kb = get_kb()
    assert classify("验收需要几家单位签字？", "zh").form == "info"   # a count asked
    assert [f["verdict"] for f in kb.ask("龙岗项目成果要在合同里约定归属吗")["findings"]][:1] == ["yes"]   # 归属 is no party
    profile = kb.ask("云浮市直项目：硬件采购60万，其中服务器40万；软件开发45万，需要请监理吗？")["understood"]["profile"]
    assert profile["amount"] == 1050000   # an item's own 其中 is no whole
    late = [f for f in kb.ask("龙岗项目合同2026年9月24日签的，10月16号才报中标通知书和合同复印件，还算按时吗")["findings"]
            if f["topic"] == "contract_filing"]
    assert late[0]["verdict"] == "no"
    crypt = [f for f in kb.ask("文登项目的密码保障系统建成以后再定期评估可以吗？")["findings"] if f["topic"] == "cryptography"]
    assert crypt[0]["verdict"] == "yes"
    inside = kb.ask("Wendeng project started its trial run on 10 February 2026. Can we hold the acceptance on 1 April 2026, is that inside the window?")
    assert inside["findings"][0]["verdict"] == "no"
    nanshan = kb.ask("Is Shenzhen Nanshan's 3 million yuan software project required to hire a supervisor?")["understood"]
    assert nanshan["inner_places"]


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼区28万的小项目，监理就不找了，行吧", "zhonglou", "yes"),              # below 30万: leaving it out is allowed
    ("钟楼区32万的项目，监理就不找了，行吧", "zhonglou", "no"),
    ("Zhonglou, 200k yuan: fine to go ahead without a supervisor, right?", "zhonglou", "yes"),
    ("云浮市直项目软件开发费30万，软件我们自己测，不请第三方测试，行吧", "yunfu", "yes"),   # below 50万: testing it ourselves
    ("云浮市直项目软件开发费60万，软件我们自己测，不请第三方测试，行吧", "yunfu", "no"),
    ("龙岗合同600万，初验不开专家会，就几家单位自己验一下，这样够了吧", "longgang", "yes"),   # 专家初步验收会 from 1000万
    ("龙岗合同1200万，初验能不能不开专家会，就几家单位一起验", "longgang", "no"),
])
def test_a_step_left_out_below_or_above_its_line(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


def test_the_asking_clause_is_the_clearest_marker():
    from knowledge.reader.form import asking_clause

    assert asking_clause("合同初验能不能不开专家会，就几家单位一起验") == "合同初验能不能不开专家会"
    assert asking_clause("有人说不用找监理，钟楼86万的项目到底要不要") == "钟楼86万的项目到底要不要"


@pytest.mark.parametrize("text, offset", [
    ("合同签完，第8个工作日再去登记行吗", (8, "工作日")),
    ("合同签了40天了再去备案可以吗", (40, "天")),
    ("签完两周后再做登记", (2, "周")),
    ("Can we file on the 7th working day after signing?", (7, "工作日")),
])
def test_a_step_proposed_some_time_after_its_event(text, offset):
    from knowledge.reader.dated import stated_offset

    assert stated_offset(text) == offset


@pytest.mark.parametrize("text, jid, verdict", [
    ("深圳市直项目合同签完，第7个工作日再去办质量监督登记，行吗", "shenzhen", "no"),      # 5个工作日内
    ("深圳市直项目合同签完，第3个工作日去办质量监督登记，行吗", "shenzhen", "yes"),
    ("钟楼合同签了50天了再去平台备案任务书可以吗", "zhonglou", "no"),                    # 一个月内
    ("钟楼合同签完两周，任务书还没备案，没超期吧", "zhonglou", "yes"),                   # not overdue, confirmed
    ("钟楼合同签完两个月，任务书还没备案，没超期吧", "zhonglou", "no"),
])
def test_a_day_counted_from_the_event_against_the_last_day(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


def test_a_month_with_zai_slipped_for_the_later_proposed():
    found = [f for f in get_kb().ask("钟楼区年度建设计划10月下旬在报，来得及吗")["findings"] if f["jurisdiction"] == "zhonglou"]
    assert found and found[0]["verdict"] == "no", found


@pytest.mark.parametrize("text", ["验收报告就先不交了吧，直接申请终验", "先把公告挂出去吧，反正迟早要招"])
def test_a_proposal_closed_by_ba_before_more_is_said_asks_yes_or_no(text):
    from knowledge.reader.form import form_of

    assert form_of(text) == "yesno"


def test_ok_ba_saying_yes_is_no_proposal():
    from knowledge.reader.form import classify

    assert "吧 before a clause" not in " ".join(classify("好吧，那验收要准备哪些材料").markers)


@pytest.mark.parametrize("text, verdict", [
    ("龙岗项目涉及设备采购，询价只拿到两家报价，够了吧，第三家找不到", "no"),   # 不少于3家
    ("龙岗项目涉及设备采购，询价拿了四家报价，可以了吧", "yes"),
])
def test_a_count_of_quotes_against_the_least(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["topic"] == "quotes"]
    assert found and found[0]["verdict"] == verdict, found
    assert "家" in get_kb().ask(text)["answer"]


@pytest.mark.parametrize("text, jid, verdict", [
    ("龙岗合同签了快两个月了，合同复印件还没报备案，现在补报算按时吗", "longgang", "no"),      # 10个工作日内
    ("钟楼合同签完已经一个半月，任务书现在去备案还合规吗", "zhonglou", "no"),                 # 一个月内
    ("文登区项目2025年3月1日开始试运行，2025年11月20日才申请验收，超出时间了吗", "wendeng", "yes"),   # 6个月以内
    ("今天都2025年12月5号了，云浮市直单位下一年度规划还没报备案，还赶得上吗", "yunfu", "no"),   # 每年11月30日前
    ("Yunfu: app development costs 700k yuan. Can our own testing replace the third-party testing?", "yunfu", "no"),
    ("钟楼的软件项目不请测评机构做检测了，开发商自己测一遍就行了吧", "zhonglou", "yes"),      # only recommended
    ("深圳市直单位的系统，全是企业捐赠的钱，一分财政资金没用，质量监督登记不做行吗", "shenzhen", "yes"),   # leaving out what the measures do not ask of it (第二条) is allowed
])
def test_more_proposals_and_days_said_as_people_say_them(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


# a review of this round's reading found these ordinary questions answered wrongly; each keeps its answer
@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼50万的项目不请监理，应该问题不大吧？", "zhonglou", "no"),
    ("钟楼50万的项目没请监理，问题不大吧？", "zhonglou", "no"),
    ("钟楼50万的项目监理就不请了，会不会有问题？", "zhonglou", "no"),
    ("钟楼50万的项目，监理就算了吧？", "zhonglou", "no"),
    ("钟楼20万的项目不搞监理，问题不大吧？", "zhonglou", "yes"),
    ("钟楼我们项目35万，建议书就算了吧？", "zhonglou", "no"),
    ("云浮市直项目软件开发费60万，请了第三方测试就够了吧？", "yunfu", "yes"),
    ("龙岗项目质保期约定两年就够了吧？", "longgang", "yes"),
    ("深圳质监检查人员2名就够吗？", "shenzhen", "yes"),
    ("龙岗项目立项批了300万，到现在一分财政资金都没用，要按月报资金使用情况吗？", "longgang", "yes"),
    ("深圳市直项目合同刚签，一分财政资金都没用，要做质量监督登记吗？", "shenzhen", "yes"),
    ("云浮市直项目预算批下来了，一点财政资金也没花，可以先不请监理吗？投资150万", "yunfu", "no"),
    ("龙岗项目区财政出资200万，企业捐赠软件，捐赠的资金建设的部分要监理吗？", "longgang", "yes"),
    ("深圳市直项目去市信息工程质监机构登记最晚几个工作日？", "shenzhen", "info"),
    ("龙岗结余资金交区财政部门要多少个工作日内？", "longgang", "info"),
    ("龙岗我们财务部门多少个工作日内要办结余资金上缴？", "longgang", "info"),
    ("钟楼项目建设部门几天内完成初验？", "zhonglou", "info"),
    ("钟楼各部门应在每年几月底前申报下一年度计划？", "zhonglou", "info"),
    ("龙岗区政数局几个工作日内完成可研审核？", "longgang", "info"),
    ("龙岗合同签了以后多长时间内要备案？多久报一次进度？", "longgang", "info"),
    ("龙岗我们每年有几次预算调整，可研报告审核要多久？", "longgang", "info"),
    ("钟楼初验结束多久可以申请终验？一年能申请几次？", "zhonglou", "info"),
    ("钟楼要准备多少份材料才能验收？", "zhonglou", "info"),
    ("钟楼申报要填几张表？", "zhonglou", "info"),
    ("龙岗合同验收分几轮？", "longgang", "info"),
    ("钟楼建设方案按什么格式写？", "zhonglou", "info"),
    ("钟楼项目建议书按什么格式写？", "zhonglou", "info"),
    ("龙岗合同签完第8个工作日再去备案，不会超期吧？", "longgang", "yes"),
    ("龙岗合同签完第12个工作日再去备案，不会超期吧？", "longgang", "no"),
])
def test_review_cases_of_the_fifth_round(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


@pytest.mark.parametrize("text", [
    "监理总结报告等终验完了再出，可以吗",            # put after a named step
    "变更申请开工之后再补行吗",
    "事后补个备案可以吗",
])
def test_a_step_put_after_another_or_replaced_by_another_document(text):
    assert _unmet(text), text


@pytest.mark.parametrize("text", ["先开工，书面变更申请后面补", "先不报大数据中心，等建完再说"])
def test_a_proposal_said_without_a_question_mark_asks_yes_or_no(text):
    from knowledge.reader.form import form_of

    assert form_of(text) == "yesno"


@pytest.mark.parametrize("text, negated_", [("可行性报告就不交了吧", True), ("可研报告是躲不掉了吧", False)])
def test_a_step_dropped_with_ba(text, negated_):
    from knowledge.reader.form import negated

    assert negated(text) == negated_


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼合同签了50天，现在才去平台备案任务书，可以吗", "zhonglou", "no"),     # 一个月内: doing it now is late
    ("钟楼合同签了10天，现在去平台备案任务书可以吗", "zhonglou", "yes"),
    ("文登项目试运行才两个月，现在申请竣工验收行不行", "wendeng", "no"),       # too early, not late
    ("深圳市直单位的系统，资金全部来自企业捐赠，质量监督登记可以不做吧", "shenzhen", "yes"),   # (as above: outside 第二条, so the step may be left out)
])
def test_doing_it_now_after_some_time(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


@pytest.mark.parametrize("text, jid, verdict", [
    ("龙岗承建单位做完了，自测就省了吧，直接申请合同初步验收", "longgang", "no"),     # 就省了吧: a step dropped
    ("钟楼项目试运行上个月1号结束的，初验打算结束后50天左右再做，可以吗", "zhonglou", "no"),   # 30日内
    ("钟楼项目试运行上个月1号结束的，初验打算结束后10天左右再做，可以吗", "zhonglou", "yes"),
])
def test_dropped_waited_on_and_offset_said_loosely(text, jid, verdict):
    _assert_first_verdict(text, jid, verdict)


def test_tendering_before_the_approval_that_comes_next_week():
    found = get_kb().ask("钟楼项目立项批复下周才下来，先把招标公告挂出去吧")["findings"]
    assert any(f["topic"] == "procurement" and f["verdict"] == "no" for f in found), found


def test_a_warranty_named_far_from_its_word_is_read():
    found = [f for f in get_kb().ask("龙岗区项目的质保期能不能在合同里只约定一年")["findings"] if f["jurisdiction"] == "longgang"]
    assert found and found[0]["verdict"] == "no", found        # 质保期不低于2年


@pytest.mark.parametrize("text", [
    "Can we wait until the system is live and then register the contract?",
    "OK to hand in the contract together with the acceptance documents at the end?",
])
def test_english_waiting_until_later(text):
    assert _unmet(text), text


# a second review found these answered wrongly by this round's first mends; each keeps its answer
@pytest.mark.parametrize("text, jid, topic, verdict", [
    ("钟楼区项目，先开工，变更申请后面补", "zhonglou", "change_limit", "no"),
    ("深圳市直项目先开工，质量监督登记事后补", "shenzhen", "quality_registration", "no"),
    ("钟楼区项目25万，先不请监理，等验收前再说", "zhonglou", "supervision", "yes"),
    ("龙岗区的项目，签订合同后再备案可以吗？", "longgang", "contract_filing", "yes"),          # the text's own order
    ("钟楼区20万的项目，项目建议书就不交了吧？", "zhonglou", "proposal", "yes"),
    ("龙岗区项目财政投资300万，服务器全部由企业捐赠，需要请监理吗？", "longgang", "supervision", "yes"),   # donated kit, budget money
    ("龙岗区新动议项目，可以用立项申请报告代替项目建议书吗？", "longgang", "proposal", "yes"),   # 立项申请报告或项目建议书
    ("深圳项目的监理总结报告可以在合同验收结束后再补交吗？", "shenzhen", "supervision_duties", "no"),
])
def test_second_review_cases(text, jid, topic, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid and f["topic"] == topic]
    assert found and found[0]["verdict"] == verdict, found


@pytest.mark.parametrize("text", ["这样的验收材料就不完整了吧", "这就不及时了吧", "可研报告是躲不掉了吧"])
def test_a_state_with_bu_le_ba_drops_no_step(text):
    from knowledge.reader.form import dropped_with_ba

    assert not dropped_with_ba(text)


def test_what_was_done_is_no_proposal():
    from knowledge.reader.form import proposal_stated

    assert not proposal_stated("去年我们先开工，手续后面补的，审计时被查了")
    assert proposal_stated("先开工，手续后面补")


def test_a_covered_project_may_not_leave_the_measures():
    """龙岗 50万 (以上, so 50万 itself is covered): leaving the measures is 不可以, not 不适用."""
    answer = get_kb().ask("龙岗一个正好50万的项目，可不可以不按这个办法管")
    scope = [f for f in answer["findings"] if f["topic"] == "scope"]
    assert scope and scope[0]["verdict"] == "no" and "不可以" in answer["answer"]
    below = get_kb().ask("龙岗一个40万的项目，可不可以不按这个办法管")
    assert "不适用" in below["answer"] and "不可以" not in below["answer"]   # 40万 is below the line


def test_weeks_said_as_libai_are_counted():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    assert stated_elapsed("合同签完6个礼拜了，现在才去备案", date(2026, 12, 1)) == {"contract_signed": date(2026, 10, 20)}


@pytest.mark.parametrize("question, jid, verdict", [
    ("云浮专业类项目的验收前置审核就跳过了，我们单位直接自己组织验收", "yunfu", "no"),   # a step left out, told with no question
    ("文登的系统试运行才一个月，想现在就申请竣工验收", "wendeng", "no"),             # 想 with no subject before it
    ("钟楼的初验我们自己组织，不等大数据局来，可以吧", "zhonglou", "yes"),          # the text has the unit do it itself (自行)
    ("龙岗合同初验只叫承建单位来签字，监理就不叫了，可以吗", "longgang", "no"),       # 不叫: a party left out
])
def test_proposals_told_and_parties_left_out(question, jid, verdict):
    _assert_first_verdict(question, jid, verdict)


@pytest.mark.parametrize("question, jid, verdict", [
    # the text's own order, told or asked, is not a step left out
    ("龙岗区项目等合同终验完成了再申请上线安全测试", "longgang", "yes"),   # a plan told in the text's own order: it may be done
    ("钟楼区项目等试运行结束再组织初验，可以吧", "zhonglou", "yes"),
    ("深圳项目监理月报、开工令等资料整理好了再报季报", "shenzhen", "info"),       # 等 of a list is "etc."
    ("文登区项目初验通过了，直接申请竣工验收吧", "wendeng", "yes"),               # the step before was done, not dropped
    ("我想应该不用监理吧，钟楼区项目才20万", "zhonglou", "no"),                  # 我想 is "I think": not required
    ("领导想不通钟楼区30万的项目也得上监理", "zhonglou", "info"),                # 想不通 is no intention
    ("深圳季报1月5号交，工作人员周一到周五都在，能报吗", "shenzhen", "yes"),       # 到周五 moves no day
])
def test_second_review_of_the_sixth_session(question, jid, verdict):
    _assert_first_verdict(question, jid, verdict)


def test_several_bodies_asked_who_is_no_count():
    answer = get_kb().ask("钟楼区几个单位共同建设的项目由谁申报")["answer"]
    assert "共列出" not in answer


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗决算审核结论出了，结余资金想拖40个工作日以后再上缴，行吗", "longgang", "no"),   # a delay in working days (30 allowed)
    ("云浮的系统先不支持IPv6，立项以后再升级，行吗", "yunfu", "no"),                      # a requirement made up later
    ("文登的视频资源先不对接视频中心，验收以后再说，可以吗", "wendeng", "no"),
    ("龙岗项目先上线试运行，后面再做第三方测评可以吗", "longgang", "yes"),               # the text has the test during the trial run
])
def test_steps_put_off_in_working_days_or_made_up_later(question, jid, verdict):
    _assert_first_verdict(question, jid, verdict)


def test_the_list_of_the_thing_asked_is_counted():
    assert "共列出3种：公共支撑平台开发服务、通用软件开发服务、专业软件开发服务" in get_kb().ask("云浮软件开发服务分几种")["answer"]
