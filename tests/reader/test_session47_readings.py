"""Readings from the forty-seventh session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_finding, summaries, verdicts

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.changed import changed_figures
from knowledge.reader.variants import without_pictographs


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


def verdict(text: str, jid: str) -> str:
    return first_finding(text, jid)["verdict"]


def profile(text: str) -> dict:
    return get_kb().ask(text)["understood"]["profile"]


# --- emoji are feeling, not words of the question ---

@pytest.mark.parametrize("text, expected", [
    ("龙岗能不能免😓", "龙岗能不能免"),
    ("好烦😤合同昨天签了", "好烦，合同昨天签了"),
    ("急！！😭 合同", "急！！ 合同"),
    ("thanks 🙏", "thanks"),
    ("温度10℃ ©", "温度10℃ ©"),        # symbols that are not pictographs stay
])
def test_pictographs_are_left_out(text, expected):
    assert without_pictographs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("钟楼项目40万，领导说监理就不请了吧。钟楼这边能不请吗😭", "no"),
    ("钟楼项目20万，领导说监理就不请了吧。钟楼这边能不请吗😭", "yes"),
])
def test_an_emoji_after_the_question_does_not_hide_it(text, expected):
    assert verdict(text, "zhonglou") == expected


# --- what someone said, asked with 对不 / 真是这样吗 / "is that right": answered of what was said ---

@pytest.mark.parametrize("text, jid, expected", [
    ("项目全部用单位自筹资金。处长说那就不用按钟楼细则办了，对不？", "zhonglou", "no"),
    ("专业类项目做完了，领导说我们自己组织验收就行，用不着经过市政务服务数据管理局，云浮真是这样吗？", "yunfu", "no"),
    ("同事说深圳市直项目的质量监督登记可以不做，对吧？", "shenzhen", "no"),
    ("My manager says the Zhonglou rules don't apply to projects we fund ourselves. Is that right?", "zhonglou", "no"),
    ("The director says the Longgang measures have nothing to do with a 30万 project. Is that right?", "longgang", "yes"),
])
def test_a_claim_reported_and_checked(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, jid, expected", [
    # the same duty asked in the asker's own turn after what was said (到底要不要): the duty itself
    ("同事说深圳市直项目的质量监督登记可以不做，到底要不要做？", "shenzhen", "yes"),
    ("钟楼80万的项目要请监理吗，对不", "zhonglou", "yes"),
])
def test_the_duty_asked_after_a_claim_keeps_its_answer(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a figure that changed: what it became is the project's now ---

@pytest.mark.parametrize("text, value, former", [
    ("原来28万，追加了2万刚好30万", 300000, 280000),
    ("原来25万，加了5万，一共30万", 300000, 250000),
    ("原先估的四十来万，现在算下来总投资要55万", 550000, 360000),
    ("原来预算60万，后来追加了10万", 600000, None),     # an increment alone: the figure stands, the change is its own
])
def test_the_figure_a_change_brought_the_project_to(text, value, former):
    amounts = changed_figures(text, find_amounts(text))
    own = [a for a in amounts if a.role in ("total", "contract_amount")]
    assert own[-1].value == value
    assert [a.value for a in amounts if a.role == "former"] == ([former] if former else [])


@pytest.mark.parametrize("text, jid, expected", [
    ("云浮的项目原来95万，追加了5万刚好100万，要请监理吗", "yunfu", "yes"),
    ("云浮的项目原来90万，追加了5万一共95万，要请监理吗", "yunfu", "no"),
    # what was believed before, then what the figure is now (以为…，现在…): the figure now
    ("龙岗的项目原先估的三十来万，以为不归办法管，现在算下来要60万，那是不是要按办法走", "longgang", "yes"),
])
def test_the_duty_turns_on_the_figure_now(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, percent", [
    ("龙岗合同价500万，变更了两次，加起来大概60万", 12.0),
    ("龙岗 contract 400万, 变更了三次 10万/15万/20万", 11.25),
    ("Zhonglou: the adjustment is 90,000 yuan on an estimate of 1 million", 9.0),
])
def test_changes_summed_against_the_contract(text, percent):
    assert profile(text)["change_percent"] == pytest.approx(percent, abs=0.01)


# --- a party named as who said something is a speaker, not the step asked about ---

def test_the_supervisor_speaking_is_no_supervision_question():
    text = "龙岗合同价300万，变更加起来20万，监理说几方签字确认就能直接做，是这样吧"
    assert {f["topic"] for f in get_kb().ask(text)["findings"]} == {"change_limit"}
    assert "supervision" in {f["topic"] for f in get_kb().ask("龙岗的项目，监理说月报要每月交，是吗")["findings"]} \
        or verdicts("龙岗的项目，监理说月报要每月交，是吗", "longgang")


# --- a change in the project's life that no text speaks of: silent on what follows from it ---

@pytest.mark.parametrize("text, jid", [
    ("龙岗项目中途换了承建单位，要报区信息化主管部门审批吗", "longgang"),
    ("钟楼的项目机构改革后划给另一个局接着建，要重新申报吗", "zhonglou"),
    ("深圳项目签了补充协议，质量监督登记要重新办吗", "shenzhen"),
    ("Wendeng: our project was handed to another bureau after a restructuring. Does it need a fresh review?", "wendeng"),
    ("文登的项目暂停半年后恢复建设，要重新评审吗", "wendeng"),
])
def test_a_change_no_text_speaks_of(text, jid):
    assert verdict(text, jid) == "not_specified"
    assert any(w in summaries(text, jid) for w in ("没有就", "says nothing about what follows"))


@pytest.mark.parametrize("text, jid, expected", [
    # a step the text has follow a change it does speak of (重大变更…报备案): its own answer
    ("云浮专业类项目要重大变更，跟服务商签个补充协议就行，不用报市政务服务数据管理局备案吧", "yunfu", "no"),
    # a duty of the new party (新监理要出月报吗), not a step of procedure that follows the change
    ("深圳项目换了监理单位，新监理还要按时出监理月报吗", "shenzhen", "yes"),
    # a cancellation the text speaks of (龙岗 第三十四条)
    ("龙岗项目要取消了，要经行业主管部门审核吗", "longgang", "yes"),
])
def test_a_change_the_text_speaks_of_keeps_its_answer(text, jid, expected):
    assert verdict(text, jid) == expected


# --- the adjustment route (可申请调整…；不符合的应重新申报): open or closed, asked either way ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼概算300万，目标不变，为优化技术方案调整30万，要重新申报立项吗", "no"),
    ("钟楼概算300万，目标不变，为优化技术方案调整45万，要重新申报立项吗", "yes"),
    ("钟楼项目建设目标改了，还能走调整申请吗", "no"),
    ("钟楼概算300万，为优化技术方案调整20万，投资没有超概算，可以走调整申请吗", "yes"),
    ("钟楼项目调整资金占概算12%，不重新申报了吧", "no"),
    ("Zhonglou: goals unchanged, optimising the technical solution, the adjustment is 5% of the estimate. Can we file an adjustment request instead of re-applying?", "yes"),
    ("Zhonglou: our construction goals have changed. Can we file an adjustment request instead of re-applying?", "no"),
])
def test_the_adjustment_route(text, expected):
    assert verdict(text, "zhonglou") == expected


# --- a short English question after a story asks on its own; a fear told after the question leaves nothing undone ---

@pytest.mark.parametrize("text, expected", [
    ("Our Zhonglou system costs 900k. The director thinks a supervisor is a waste and wants to drop it. Is supervision required here?", "yes"),
    ("Our Zhonglou system costs 200k. The director thinks a supervisor is a waste. Is supervision required here?", "no"),
    # a bare verdict asked of the plan told before it ("Are we fine here?"): the plan is what is asked
    ("We won't hire a supervisor for our 900k Zhonglou system. Are we fine here?", "no"),
])
def test_a_short_english_question_after_a_story(text, expected):
    assert verdict(text, "zhonglou") == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("文登的项目涉及信息安全，审核时是不是公安部门也要参与？怕漏了人又得重新开会", "wendeng", "yes"),
    ("文登的项目还没通过审核，能开工吗？怕领导催", "wendeng", "no"),   # the step undone told before the question
])
def test_a_fear_after_the_question(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("处长说分包出了质量问题跟总包没关系。深圳这边总包单位要不要一起担责任？", "yes"),
    ("总包说分包的质量问题跟他们没关系，他说得对吗？深圳", "no"),
])
def test_liability_asked_after_a_denial(text, expected):
    assert verdict(text, "shenzhen") == expected


def test_a_complaint_in_english_words_is_a_right():
    assert verdict("承建商质量问题一堆还不认账，我个人能直接向深圳市信息工程质监机构 complain 吗", "shenzhen") == "yes"


# --- a slip on a character's second reading inside a word of four (监都登记: 都 read du) ---

@pytest.mark.parametrize("text, expected", [
    ("深圳质量监都登记要交哪些材料", "深圳质量监督登记要交哪些材料"),
    ("都要监理吗", "都要监理吗"),                       # a particle typed is meant
    ("上线安全测试主要测哪几块", "上线安全测试主要测哪几块"),   # no second reading in a shorter word (块 is no 月)
    ("报审给区大数据中心", "报审给区大数据中心"),             # nor one keeping fewer than three characters (给 is no 计)
])
def test_second_readings_only_inside_a_long_word(text, expected):
    from knowledge.reader.variants import homophones
    kb = get_kb()
    assert homophones(text, kb.sounded_words, kb.corpus) == expected


# --- a figure and what a change added to or took from it: the project's figure now ---

@pytest.mark.parametrize("text, amount", [
    ("钟楼的项目原来25万，后来又追加了10万，要监理吗", 350000),
    ("Zhonglou: originally 250k, and the district added 100k. Do we need a supervisor?", 350000),
    ("钟楼原来预算60万，砍了20万，要监理吗", 400000),
    ("钟楼的项目60万，追加了10万", 600000),   # no figure said as what it was before: the figure stands
])
def test_a_figure_and_what_a_change_did_to_it(text, amount):
    assert profile(text)["amount"] == amount


def test_the_threshold_turns_on_the_figure_after_the_increment():
    assert verdict("云浮市直项目原来85万，今年又追加了20万，要请监理吗", "yunfu") == "yes"
    assert verdict("云浮市直项目原来75万，今年又追加了20万，要请监理吗", "yunfu") == "no"


# --- what-questions of such a change, a change after acceptance, money left over ---

@pytest.mark.parametrize("text, jid", [
    ("钟楼项目的监理公司撤场了，换一家监理要报谁批", "zhonglou"),
    ("Shenzhen: the project is being handed over to another bureau. What approvals does the measure require?", "shenzhen"),
    ("钟楼项目验收通过后又新增了两个模块，要不要再验收一遍", "zhonglou"),
    ("文登的项目完工后还剩了三十来万，剩下的钱怎么处理", "wendeng"),
])
def test_changes_no_text_speaks_of_asked_otherwise(text, jid):
    assert verdict(text, jid) == "not_specified"


@pytest.mark.parametrize("text, jid, expected", [
    # a contract signed anew with the new supplier is filed as any contract is
    ("文登项目换了承建单位，跟新承建单位签了合同，合同要报区大数据中心备案吗", "wendeng", "yes"),
    # money left over, where the text speaks of it (结余资金…上缴)
    ("龙岗项目竣工决算后还剩了二十万，剩下的钱怎么处理", "longgang", "info"),
    # leftover equipment is no money
    ("钟楼的系统停用了，leftover servers 怎么处理", "zhonglou", "info"),
])
def test_what_the_text_does_speak_of_keeps_its_answer(text, jid, expected):
    assert verdict(text, jid) == expected


# --- days: an event named by the clause before, a weekday some weeks back, a step told received ---

def _day(text: str) -> str:
    return get_kb().ask(text)["answer"]


@pytest.mark.parametrize("text, day", [
    # the filing with the procurement centre named before, its approval dated tomorrow: the count starts then
    ("深圳合同上周三签的，要在市政府采购中心备案，备案明天能通过，质量监督登记最晚哪天", "2026-12-15"),
    # that weekday of the week two weeks back (11-23), told with who signed
    ("三周前的周五我们跟承建单位签了合同，龙岗的合同备案最晚哪天", "2026-12-04"),   # (10 working days after 11-20)
    # the thing received named in the clause before
    ("初步设计方案改了好几稿，上周二被龙岗区信息化主管部门正式受理了，预审最晚哪天完成", "2026-12-08"),
])
def test_days_counted_from_events_said_around_them(text, day):
    assert day in _day(text)


@pytest.mark.parametrize("text, day", [
    ("龙岗的可研报告上周四被区信息化主管部门正式受理了。", "2026-12-10"),
    ("Our Longgang feasibility study was formally accepted by the district IT authority last Thursday.", "2026-12-10"),
])
def test_a_step_told_received_gives_the_next_day_due(text, day):
    assert day in _day(text)


# --- whether a figure counts as over the line (超过 leaves out the number itself), asked or believed ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗合同价500万，变更正好50万，这算超过10%吗", "longgang", "no"),
    ("龙岗合同价500万，变更正好50万，不算超过10%吧", "longgang", "yes"),
    ("龙岗合同价500万，变更55万，不算超过10%吧", "longgang", "no"),
    ("钟楼项目调整金额正好是概算的10%，算不算超过", "zhonglou", "no"),
    ("Longgang: contract 5 million, changes exactly 500k. Does that count as over 10%?", "longgang", "no"),
])
def test_over_the_line_asked(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zhonglou: our budget is exactly 300k — that's still under the line where supervision is mandatory, right?", "no"),
    ("Zhonglou: our budget is 250k — that's still under the line where supervision is mandatory, right?", "yes"),
    ("钟楼的项目刚好30万，还没到必须请监理的线吧", "no"),
])
def test_under_the_line_believed(text, expected):
    assert verdict(text, "zhonglou") == expected


def test_below_the_line_so_something_follows_is_that_belief():
    # what follows "so" is what is believed (the measures do not apply): answered of that
    assert verdict("Our 700k project in Longgang is funded by the district. That's below the threshold so the measures don't apply to us, right?", "longgang") == "no"


@pytest.mark.parametrize("text, jid, expected", [
    ("Wendeng: the system hasn't passed acceptance yet. Can we put it into formal use for now?", "wendeng", "no"),
    ("云浮应用软件开发费60万，第三方测试能躲掉吗", "yunfu", "no"),
    ("云浮应用软件开发费40万，第三方测试能躲掉吗", "yunfu", "yes"),
])
def test_more_ways_of_saying_a_step_or_its_skipping(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_clause_before_that_denies_its_event_names_nothing_for_the_next():
    # 这个合同不需要去采购中心备案: no filing, so 这周 dates nothing of it (the count stays from the signing)
    text = "深圳市直项目合同11月25日签的，这个合同不需要去市政府采购中心备案。同事这周一直在跑调研，质量监督登记还没弄，是不是已经过期限了"
    assert verdict(text, "shenzhen") == "yes"


def test_a_vendor_passing_the_whole_project_to_another_company_is_no_handover():
    assert verdict("钟楼区中标单位想把整个项目转给另一家公司做，我们同意就行吧", "zhonglou") == "no"


# --- a number or length the text does not set, asked in more ways ---

@pytest.mark.parametrize("text, jid", [
    ("深圳质监检查发现问题，建设单位 how many days do we have to finish the 整改?", "shenzhen"),
    ("文登项目的专家评审，办法里规定几天内要出审核意见吗", "wendeng"),
    ("钟楼细则有没有规定最短保修期", "zhonglou"),
])
def test_a_measure_the_text_does_not_set(text, jid):
    assert verdict(text, jid) == "not_specified"


@pytest.mark.parametrize("text, jid, expected", [
    # a length the text does set, asked the same ways
    ("龙岗办法里规定安全测试报告几天内出吗", "longgang", "yes"),
    ("深圳合同签了以后 how many working days do we have to register?", "shenzhen", "info"),
])
def test_a_measure_the_text_sets_keeps_its_answer(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, field, value", [
    ("云浮市直项目合同价80万，后来加了两个模块又增了30万", "contract_amount", 1100000),
    ("云浮应用软件开发费原定45万，后来追加了8万开发费", "software_cost", 530000),
    ("钟楼区项目申报40万，后来砍掉一部分，只剩22万了", "amount", 220000),
    ("龙岗区项目原本概算4800万，后来又追加了300万", "amount", 51000000),
])
def test_the_figure_now_of_every_kind(text, field, value):
    assert profile(text)[field] == value


def test_the_day_after_tomorrow_dates_the_event_named_before():
    assert "2026-12-16" in _day("深圳合同上周三签的，需要去采购中心备案，备案预计后天通过，质量监督登记截止哪天？")


def test_a_change_said_to_be_only_so_much_is_no_new_figure():
    # 累计变更只有30万元: the change's figure, not what the contract became
    assert profile("龙岗区项目合同价1000万元，累计变更只有30万元")["contract_amount"] == 10000000


def test_an_increment_told_with_a_duty_asked_is_no_change_question():
    text = "钟楼的项目原来25万，后来又追加了10万，要请监理吗"
    assert [f["topic"] for f in get_kb().ask(text)["findings"]] == ["supervision"]
    assert verdict(text, "zhonglou") == "yes"
    # asked of the change itself (要重新申报吗), the change rule stays
    assert first_finding("钟楼概算200万，后来追加了30万，要重新申报吗", "zhonglou")["topic"] == "change_limit"
