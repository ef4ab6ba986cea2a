"""Readings from the fiftieth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_verdict as verdict

from knowledge.reader.corrections import corrected
from knowledge.reader.form import negated
from knowledge.reader.group_members import member_asked
from knowledge.reader.places import joined_syllables


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


OWN = {"zhonglou", "longgang", "wendeng", "yunfu", "shenzhen"}


# --- a duty believed the unit's own choice, said with the choice itself (自己决定做不做吧, 自己说了算吧) ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼的项目第三方测试我们可以自己决定做不做吧", True),
    ("要不要请监理是我们自己说了算吧", True),
    ("测评我们可以自主选择要不要做吧", True),
    ("监理可测可不测吧", True),
    ("第三方测试由我们自己决定吗", True),
    ("我们自己决定做第三方测试", False),       # a plan told, no belief asked
    ("第三方测试要不要做", False),             # the duty asked, not believed a choice
])
def test_a_duty_believed_a_choice(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼的项目第三方测试我们可以自己决定做不做吧", "zhonglou", "yes"),   # the text only recommends it
    ("钟楼60万的项目，请不请监理我们自己说了算吧", "zhonglou", "no"),        # 30万(含)以上 must
    ("钟楼20万的项目，要不要请监理我们可以自行决定吧", "zhonglou", "yes"),
])
def test_a_choice_believed_is_answered_by_the_rule(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a lapse believed not to come (不会自动取消吧, 不至于被取消吧) against a text that says the project lapses ---

@pytest.mark.parametrize("text, expected", [
    ("文登的项目批了一年没开工，应该不会自动取消吧", "no"),
    ("文登的项目核准后一直没动工，不至于被取消吧", "no"),
    ("文登的项目应该不会作废吧，我们核准后还没启动", "no"),
    ("Wendeng: our approved project hasn't started and the approval is about to expire. It won't be cancelled automatically, right?", "no"),
    # the lapse asked, not denied: yes
    ("文登项目核准了但有效期内一直没启动，会不会自动取消", "yes"),
    ("文登的项目核准文件有效期内一直没开工，是不是就自动取消了", "yes"),
    ("文登的项目核准文件有效期内没启动，项目还作数吗", "no"),
])
def test_a_lapse_denied_or_asked(text, expected):
    assert verdict(text, "wendeng") == expected


# --- the knowledge base's places dictated and heard as English words ---

@pytest.mark.parametrize("said, meant", [
    ("when dung project", "wendeng project"),
    ("shen zen project", "shenzhen project"),
    ("zong lou 80 wan", "zhonglou 80 wan"),
    ("yun foo project", "yunfu project"),
    ("zhong low district", "zhonglou district"),
    # English words that only resemble a name stay
    ("long gone project", "long gone project"),
    ("when done", "when done"),
    ("then dung", "then dung"),
    ("he had a long day", "he had a long day"),
])
def test_a_place_heard_as_english_words(said, meant):
    assert joined_syllables(said, OWN) == meant


def test_a_dictated_place_is_answered_for_that_place():
    assert verdict("zong lou project 80 wan, do we need a supervisor", "zhonglou") == "yes"
    assert verdict("yun foo project, software development cost 60 wan, do we need third party testing", "yunfu") == "yes"


# --- a figure corrected by who checked it, by a later check, after an alternative or a hedge ---

@pytest.mark.parametrize("said, meant", [
    ("项目大概九十万，不对，财务说是一百零五万，要监理吗", "项目一百零五万，要监理吗"),
    ("变更一开始算的是合同价15%，后来财务核了说只有6%，要审核吗", "变更一开始算的是合同价6%，要审核吗"),
    ("total roughly 48 or 49 million - no wait, I misread the sheet, it's 52 million. Need a study?", "total 52 million. Need a study?"),
    ("合同金额大约950万，哦不对，最终是1000万", "合同金额1000万"),
    # no correction: a later figure of another fact, a 后来 with no check, a plain range
    ("我们报了40万，结果批下来是30万", "我们报了40万，结果批下来是30万"),
    ("项目预算30万，后来追加到50万了", "项目预算30万，后来追加到50万了"),
    ("预算在45到60万之间", "预算在45到60万之间"),
])
def test_a_figure_corrected(said, meant):
    assert corrected(said) == meant


def test_final_before_the_figure_is_in_the_end_not_final_acceptance():
    assert verdict("龙岗 合同金额 about 9.5 million，哦不对 final 是整1000万，合同初步验收要开专家会吗", "longgang") == "yes"


# --- another place asked whether it has the rule the first place's sentence says ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗项目竣工后要请第三方造价公司出结算报告吗？钟楼有这要求没", "zhonglou", "not_specified"),
    ("龙岗1200万的新动议项目得先开分管区领导专题会，云浮市直项目有没有类似要求？", "yunfu", "not_specified"),
    ("Longgang requires source code handover before acceptance. Does Shenzhen have the same rule?", "shenzhen", "not_specified"),
    # the other place's rule shares the rule's words, or its own clause names what it has: answered by it
    ("钟楼30万以上要请监理，龙岗也一样吗", "longgang", "yes"),
    ("云浮那边软件开发费60万的要找第三方测试，钟楼的软件项目是不是也必须找测评机构测一遍？", "zhonglou", "no"),
    # one thing asked of both places: each its own answer
    ("钟楼和龙岗，单位自筹资金做的100万项目，也要按这个办法走吗？", "zhonglou", "yes"),
])
def test_the_like_asked_of_another_place(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a share said as one of two, and a consent or qualification said both ways: the answer turns on it ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼 主要建设内容要调，资金调整好像是概算的8%，也可能到12%，没超概算批复，目标不变，是为了优化技术方案，能直接走调整申请吗", "zhonglou", "conditional"),
    ("钟楼 主要建设内容要调，资金调整是概算的8%，没超概算批复，目标不变，是为了优化技术方案，能直接走调整申请吗", "zhonglou", "yes"),
    ("深圳的承建单位想把我们的演示系统挂到互联网上，我们好像口头同意过，也可能没同意，这样可以吗", "shenzhen", "conditional"),
    ("深圳的承建单位想把我们的演示系统挂到互联网上，没经过我们同意，这样可以吗", "shenzhen", "no"),
    ("钟楼 中标单位想把一部分 subcontract 出去，分包单位好像有资质，也可能资质还在办，能分吗", "zhonglou", "conditional"),
])
def test_a_fact_said_both_ways(text, jid, expected):
    assert verdict(text, jid) == expected


# --- an order or a day of the year believed, with a memory said after it ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼的项目，等保测评是验收之后再做吧？我记得好像是这样", "zhonglou", "no"),
    ("深圳的项目，质量监督情况是竣工验收之后再上平台查吧？我记得大概是这样", "shenzhen", "no"),
    ("龙岗的项目，第三方验收测评是合同初验之后再做吧", "longgang", "yes"),    # the text's own order
    ("钟楼 下一年度项目计划的 deadline 是11月底吧？我好像记得是这样", "zhonglou", "no"),
    ("钟楼 下一年度项目计划最晚9月底报吧", "zhonglou", "yes"),
    ("In Zhonglou the annual performance self-evaluation - I'm fairly sure it's due at the end of December?", "zhonglou", "no"),
    ("In Zhonglou the annual performance self-evaluation is due at the end of November, right?", "zhonglou", "yes"),
])
def test_an_order_or_a_day_believed(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_deadline_asked_stays_a_question():
    assert verdict("钟楼 下一年度项目计划最晚几月底报", "zhonglou") == "info"


# --- whether a body sits on a group the text forms ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼的评审小组里有没有公安局", "zhonglou", "no"),            # a closed list without it
    ("审计局是不是钟楼评审小组成员", "zhonglou", "yes"),
    ("文登验收组有监理单位吗", "wendeng", "yes"),
    ("文登验收组里有没有财政局", "wendeng", "not_specified"),      # an open list (…等组成) that does not name it
])
def test_a_body_on_a_group(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("钟楼的评审小组有公安局吗", ("公安局", "评审小组")),
    ("监理单位在不在文登的验收组里", ("监理单位", "验收组")),
    ("领导小组要开会吗", None),
    ("评审小组多久开一次会", None),
])
def test_the_body_and_the_group_asked(text, expected):
    assert member_asked(text) == expected


# --- two asks of two places: each answered of its own place ---

def test_an_ask_naming_another_place_takes_no_background_of_the_first():
    assert verdict("文登有视频监控的项目，审核时公安要参加不？钟楼的评审小组里有没有公安局，想确认下member名单", "zhonglou") == "no"


def test_a_how_many_ask_without_a_particle_is_an_ask_of_its_own():
    assert verdict("钟楼初验结束后多久才能交终验申请？文登大数据中心收到验收申请后几个工作日内要组织验收", "zhonglou") == "info"


# --- a refusal of approval asked by its question mark (不给批？) against the text's 不予审批 ---

@pytest.mark.parametrize("text, jid, expected", [
    ("文登不支持资源共享的新项目不给批？", "wendeng", "yes"),
    ("文登讲不共享不予实施，龙岗是不是也差不多，不支持资源共享的新项目不给批？", "longgang", "yes"),
    ("文登的新项目支持资源共享能批吗", "wendeng", "yes"),
    # another failure's refusal is not this one's: the ban on server rooms answers
    ("文登这边我们想顺带把部门机房扩一下，再新买两台服务器，这总不会不批吧", "wendeng", "no"),
    # 原则上不批准下一期: the text's own 不批准 is the refusal
    ("龙岗前一期没通过竣工验收，下一期就不批了？", "longgang", "yes"),
])
def test_an_approval_refused_asked(text, jid, expected):
    assert verdict(text, jid) == expected


# --- 哪一级 of the public purse asks which level pays, not a count; 哪一级资质 asks a grade ---

def test_which_level_of_funds_is_no_count():
    assert verdict("云浮的服务项目是用哪一级财政的钱采购的", "yunfu") == "info"


def test_which_grade_of_qualification_is_a_grade():
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer
    reply = answer(get_kb(), "云浮的监理单位要哪一级资质")["answer"]
    assert "资质等级" in reply and "人数或数量" not in reply


# --- look-alikes of the session's readings from the older sets ---

@pytest.mark.parametrize("text, jid, expected", [
    # the lapse denied under the condition that keeps it away: right
    ("文登区项目的核准文件还在有效期内，领导说缓两个月再开工，只要在有效期内启动建设，原项目就不会被取消吧？", "wendeng", "yes"),
    # the unit the asker said it is, asked of the group
    ("我们是监理单位，文登区项目的竣工验收组里有没有我们？", "wendeng", "yes"),
    # one thing asked twice, the second by how many days: still one ask, of a text that sets no days
    ("深圳市直，质监现场提的问题，整改难道没个具体天数？几天内得改完", "shenzhen", "not_specified"),
    ("龙岗项目竣工后，第三方造价咨询公司出竣工结算报告有没有时限，几天内要出？", "longgang", "not_specified"),
    # a place dictated, then a word heard as two further on
    ("in shen zen does the supper visor have to put out a monthly report", "shenzhen", "yes"),
])
def test_look_alikes_of_older_sets(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a duty believed none (不是强制的吧, 不强制吧, 是optional的吧) is answered of the belief, as 应该不用请监理吧 is ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼80万的项目监理不是强制的吧", "zhonglou", "no"),
    ("钟楼80万的项目应该不用请监理吧", "zhonglou", "no"),
    ("云浮 我们是专业类项目，IPv6应该不强制吧？", "yunfu", "no"),
    ("云浮 专业类 project 的政务数据共享资源目录，应该是 optional 的吧？", "yunfu", "no"),
    # of a step the text only recommends, the belief is right
    ("钟楼软件类项目的第三方软件测评不是强制的吧", "zhonglou", "yes"),
    ("钟楼软件类项目的软件测评应该不用做吧", "zhonglou", "yes"),
    # the duty asked, not believed none
    ("钟楼软件类项目，软件测评是不是硬性要求？", "zhonglou", "no"),
    ("钟楼80万的项目监理是不是强制的", "zhonglou", "yes"),
])
def test_a_duty_believed_none(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a chapter of the outline believed to be about something ---

@pytest.mark.parametrize("text, expected", [
    ("文登 建设方案编写提纲，第五章我记得是 risk analysis 吧？", "no"),     # 第五章 项目组织管理; 风险分析 is in 第七章
    ("文登建设方案提纲第七章是项目绩效目标和风险分析吧", "yes"),
    ("文登建设方案提纲第五章是讲项目组织管理的吧", "yes"),
])
def test_a_chapter_believed(text, expected):
    assert verdict(text, "wendeng") == expected


# --- more ways a fact is corrected: English weekdays and checks, a figure then 其实是, a later figure that replaces it ---

@pytest.mark.parametrize("said, meant", [
    ("we signed the contract last Wednesday — no, sorry, it was last Friday. When is it due?", "we signed the contract last Friday. When is it due?"),
    ("we filed it last Wednesday — correction, last Friday. By when?", "we filed it last Friday. By when?"),
    ("it came out in mid-October — no, I just checked, it was Nov 2. What's the last day?", "it came out in Nov 2. What's the last day?"),
    ("合同是上周一签的，哦不对，是两周前的周一签的", "合同是两周前的周一签的"),
    ("我之前说的是12 million，其实是9.6 million，要开专家会吗", "9.6 million，要开专家会吗"),
    ("总投资好像是980万，不对，算漏了一块，是1050万，要开会吗", "总投资好像是1050万，要开会吗"),
    ("调整金额20万，oh wait 算上税是22万，还能走调整申请吗", "调整金额22万，还能走调整申请吗"),
    ("We got quotes from two firms — oh no, three, I forgot one.", "We got quotes from three firms, I forgot one."),
    ("total investment was quoted at 1.1 million, but after negotiation it's down to 0.9 million.",
     "total investment was quoted at 0.9 million, but after negotiation it's down to 0.9 million."),
    # not corrections: another amount between, a sum said, a piece that is no money
    ("contract 600k, change orders cut to 50k", "contract 600k, change orders cut to 50k"),
    ("contract 2 million, the changes so far add up to 250k", "contract 2 million, the changes so far add up to 250k"),
    ("这块地一块钱", "这块地一块钱"),
    # a correction that opens the sentence after the question reaches back over its question mark
    ("钟楼45万的项目要不要监理？不对，财务说是28万", "钟楼28万的项目要不要监理？"),
    ("钟楼45万的项目要不要监理？28万的呢", "钟楼45万的项目要不要监理？28万的呢"),
    ("钟楼45万的项目要不要监理？不对吧", "钟楼45万的项目要不要监理？不对吧"),
])
def test_more_corrections(said, meant):
    assert corrected(said) == meant


# --- facts said in other words: no city money, the unit's own business income, 保密 in an English question ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳市直单位的项目，钱全是单位自己的经营收入，没有市财政资金，要按质量监督办法办登记吗", "shenzhen", "not_applicable"),
    ("深圳市直单位的项目，钱全是单位自己的经营收入，要办质量监督登记吗", "shenzhen", "not_applicable"),
    ("深圳市直项目，市财政出钱，要办质量监督登记吗", "shenzhen", "yes"),
    ("Wendeng: if our project involves 保密 matters, does the district secrecy office join the review?", "wendeng", "yes"),
])
def test_facts_in_other_words(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a figure it may come to, and a qualification in doubt: the answer turns on it ---

@pytest.mark.parametrize("text, expected", [
    ("开发费用估计45万，也可能超过50万", (445000.0, float("inf"))),
    ("项目金额大约二十八九万，估计后面会涨到三十二万左右", (280000.0, 325000.0)),
    ("预算80万，超过50万的部分", None),           # a part over the line, no second possibility
])
def test_a_figure_it_may_come_to(text, expected):
    from knowledge.reader.amounts import find_amounts
    assert find_amounts(text)[0].range == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("云浮的项目，application software 开发费用估计45万，也可能超过50万，要不要找第三方做测试", "yunfu", "conditional"),
    ("钟楼 中标单位想把部分内容分包给一家小公司，那家好像没资质（还在核实），能分吗", "zhonglou", "conditional"),
    ("钟楼 中标单位想把部分内容分包给一家小公司，那家没资质，能分吗", "zhonglou", "no"),
])
def test_the_answer_turns_on_a_fact_not_known(text, jid, expected):
    assert verdict(text, jid) == expected


def test_the_background_of_one_place_is_no_fact_of_an_ask_of_another():
    q = "我们是云浮市直单位，想了解下龙岗新动议项目要编什么材料，还有文登下一年度项目规划是跟着什么一起报的"
    assert verdict(q, "wendeng") == "info"


def test_the_group_is_quoted_by_the_sentence_that_forms_it():
    from knowledge.base import get_kb
    from knowledge.rules.answer import answer
    found = [f for f in answer(get_kb(), "钟楼的评审小组里有没有公安局")["findings"] if f["jurisdiction"] == "zhonglou"][0]
    quote = found["citations"][0]["quote"]
    assert quote.startswith("评审小组由") and quote.endswith("组成。") and "区发改局参与" not in quote
