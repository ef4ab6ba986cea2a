"""Readings from the forty-eighth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_finding, verdicts
from reader_answers import first_verdict as verdict

from knowledge.base import get_kb
from knowledge.reader.amounts import find_amounts
from knowledge.reader.glossary import renderings, translated
from knowledge.reader.membership import also_listed, described_where_used, meaning_sentence, term_counted
from knowledge.reader.quantity import length_suffices


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- whether a case counts as a term the text uses and never says the reach of: not settled by the text ---

@pytest.mark.parametrize("text, expected", [
    ("深圳项目弱电井里的管线，算不算隐蔽工程", ("深圳项目弱电井里的管线", ["隐蔽工程"])),
    ("文登项目建设地点从城区挪到开发区，算“较大变化”吗", ("文登项目建设地点从城区挪到开发区", ["较大变化"])),
    ("三期算新动议项目吧？", ("三期", ["新动议项目"])),
    ("这算“较大变化”要重新走审核吗", ("这", ["较大变化"])),
    ("Is replacing the database engine treated as a system upgrade?", ("Is replacing the database engine ", ["系统升级"])),
])
def test_a_case_asked_to_count_as_a_term(text, expected):
    assert term_counted(text) == expected


@pytest.mark.parametrize("text", [
    "项目预算算下来一共多少钱",                       # a sum reckoned
    "概算总投资的一成还能走调整申请吗",                 # 概算 is a word, not 算
    "这次属于特殊需要 还能安排财政资金吗",             # a claim told before the ask
    "项目拖了大半年 算严重逾期了 需要报告吗",           # the same
    "不算区政府投资，不用报批，到底要不要按办法走",       # the same
    "验收材料算合同验收前必须交的吗",                   # a describing clause, no term
    "这种情况算不算不合格",                             # a verdict, not a kind
    "两个月前签的合同一直没备案，这算符合要求吗",         # the same
])
def test_no_term_asked(text):
    assert term_counted(text) is None


@pytest.mark.parametrize("text, jid", [
    ("深圳项目弱电井里的管线，算不算隐蔽工程", "shenzhen"),
    ("文登项目建设地点从城区挪到开发区，算“较大变化”吗", "wendeng"),
    ("云浮专业类服务项目交付晚了两个月，这个算“重大变更”吧？", "yunfu"),
    ("Wendeng: our budget went up 12%. Does that count as a 'substantial change'?", "wendeng"),
    ("Longgang: is replacing the database engine during warranty treated as a system upgrade?", "longgang"),
])
def test_a_term_left_open_is_not_settled(text, jid):
    found = first_finding(text, jid)
    assert found["verdict"] == "not_specified"
    assert verdicts(text, jid) == {"not_specified"}   # no side finding says what a case that counts would need


@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗单位自筹的钱算不算区政府资金", "longgang", "yes"),            # 所称的区政府资金包括…单位自筹
    ("钟楼软件著作权算不算国有资产", "zhonglou", "yes"),                # …属于国有资产
    ("深圳自测报告算不算检测报告", "shenzhen", "yes"),                  # （三）检测报告。主要包括：自测报告…
    ("文登项目拖了大半年 算严重逾期了 需要报告吗", "wendeng", "yes"),    # the case told as counting, the duty asked
])
def test_a_term_the_text_fills_in_still_settles(text, jid, expected):
    assert verdict(text, jid) == expected


def test_what_a_term_the_text_fills_in_covers():
    text = "第十七条 建设单位应报送。\n（一）监理文档。主要包括：开工令、监理月报、监理总结等。\n（二）质量季报。主要包括：项目完成情况等。"
    assert meaning_sentence(text, "监理文档") == "（一）监理文档。主要包括：开工令、监理月报、监理总结等"
    assert described_where_used(text, "质量季报")
    assert not described_where_used("对于建设目标等发生较大变化的，应重新审核。", "较大变化")
    assert described_where_used("必须在当年实施的临时性新增项目，应报审议。", "临时性新增项目")


def test_english_terms_in_the_texts_words():
    assert translated("system upgrades") == "系统升级"      # a key that starts a word covers the rest of it
    assert "较大变化" in renderings("major change") and "重大变更" in renderings("major change")
    assert renderings("acceptance") == []                   # one word is not a term
    assert renderings("quantum widget") == []               # a word the glossary lacks


# --- a length proposed for a step, asked to be allowed or enough: the length the text sets, or its silence ---

@pytest.mark.parametrize("text, expected", [
    ("试运行跑三周算够吗", "试运行跑多长时间算够吗"),
    ("试运行可以只跑十天吗", "试运行可以只跑多长时间吗"),
    ("试运行能不能缩短到一个月", "试运行能不能持续多长时间"),
    ("Can the trial run be just three weeks?", "Can the trial run be just how long?"),
    ("Could we cut the trial run down to ten days?", "Could we cut the trial run down to how long?"),
])
def test_a_length_proposed_is_the_length_asked(text, expected):
    assert length_suffices(text) == expected


@pytest.mark.parametrize("text", [
    "Can we start the project in two weeks?",           # a start, not how long a step lasts
    "试运行三个月后能不能验收",                           # a wait after the step
    "我们就3个月时间了，先验收行吗",                     # a time left, not a length proposed
])
def test_no_length_proposed(text):
    assert "多长时间" not in (length_suffices(text) or "") and "how long" not in (length_suffices(text) or "")


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼试运行跑三周算够吗", "zhonglou", "not_specified"),
    ("龙岗试运行可以只跑十天吗", "longgang", "not_specified"),
    ("龙岗的trial run能不能缩短到一个月", "longgang", "not_specified"),   # the English term read as the text's
    ("Can the Zhonglou trial run be just three weeks?", "zhonglou", "not_specified"),
    ("文登试运行可以只跑两个月吗", "wendeng", "no"),                      # 试运行3个月以后: the text sets it
])
def test_a_length_proposed_against_the_text(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a day of the month asked, said with "following" or "next" ---

@pytest.mark.parametrize("text", [
    "Shenzhen: by which day of the next month is the monthly supervision report due?",
    "Shenzhen: what day of the following month does the monthly supervision report go in?",
])
def test_a_day_of_the_month_the_text_does_not_set(text):
    assert verdict(text, "shenzhen") == "not_specified"


# --- how long an approval stays valid: the approval document's validity, not the measures' ---

@pytest.mark.parametrize("text, expected", [
    ("Wendeng: for how long does a project approval stay valid?", "第十七条"),
    ("Is the Wendeng measure still valid?", "第四十条"),
])
def test_validity_of_the_approval_or_the_measures(text, expected):
    assert expected in [c["article"] for c in first_finding(text, "wendeng")["citations"]]


def test_an_approval_still_valid_told_is_not_the_question():
    assert first_finding("Wendeng: our approval is still valid, can we change the budget now?", "wendeng")["topic"] != "termination"


# --- a consequence asked where the text names none; a body late, asked what the unit can do ---

@pytest.mark.parametrize("text, jid", [
    ("钟楼项目验收资料里的隐蔽工程照片没留，会有什么penalty吗", "zhonglou"),         # an English word between Chinese ones
    ("龙岗的安全测试申请交了，区里过了3个工作日还没出报告，怎么办", "longgang"),
    ("Longgang: what can we do if the district still hasn't issued the security test report more than 3 working days after we applied?", "longgang"),
    ("Zhonglou — surely nothing happens if the trial-run report goes up a week late?", "zhonglou"),
])
def test_no_consequence_named(text, jid):
    assert verdict(text, jid) == "not_specified"


def test_a_body_late_is_answered_by_the_limit_it_missed():
    found = first_finding("Longgang: what can we do if the district still hasn't issued the security test report more than 3 working days after we applied?", "longgang")
    assert "第二十八条" in [c["article"] for c in found["citations"]]


# --- a case believed not to be of a kind the text defines as holding it ---

@pytest.mark.parametrize("text, expected", [
    ("龙岗单位自筹的钱应该不算区政府资金吧", "no"),     # 区政府资金包括…单位自筹: the belief is wrong
    ("龙岗用政府债券的钱，应该不算区政府资金吧", "no"),   # the case said in the clause before
    ("龙岗单位自筹的钱算区政府资金吧", "yes"),
    ("龙岗单位自筹的钱不算区政府资金吗", "yes"),         # asked whether it is not: it is
])
def test_a_kind_denied_and_the_definition(text, expected):
    assert verdict(text, "longgang") == expected


# --- a feature the system lacks: a duty left undone only where the text asks for it ---

@pytest.mark.parametrize("text, expected", [
    ("云浮系统现在不兼容IPV6，能立项吗", "no"),           # 必须支持IPV6
    ("项目平台不支持IPv6，云浮能立项吗", "no"),
    ("云浮系统支持IPV6，能立项吗", "yes"),
    ("云浮平台不支持国产密码，能通过验收吗", "yes"),      # the text asks nothing of 密码
])
def test_a_feature_lacked(text, expected):
    assert verdict(text, "yunfu") == expected


# --- a step dropped, in English ---

def test_a_step_dropped_is_a_step_left_out():
    assert verdict("Yunfu: could we scrap the information security assessment this time?", "yunfu") == "no"
    assert verdict("Yunfu: is it OK to remove the information security assessment step before acceptance?", "yunfu") == "no"
    assert verdict("Yunfu: if we drop the price a bit, is a tender still needed?", "yunfu") != "no"


# --- whether it is still in time, asked in English inside Chinese ---

def test_on_time_asked_in_english_inside_chinese():
    assert verdict("云浮的年度规划还没报，今天报还算on time吗", "yunfu") == "no"   # 每年11月30日前


# --- a shortfall to a line is no figure of the project's ---

@pytest.mark.parametrize("text, expected", [
    ("报价二十九万九，差一千块到30万", [299000]),
    ("项目29.9万，离30万还差一千", [299000]),
    ("合同差不多30万", [300000]),
])
def test_a_shortfall_is_not_an_amount(text, expected):
    assert [a.value for a in find_amounts(text)] == expected


def test_a_shortfall_decides_nothing():
    assert verdict("钟楼报价二十九万八，离30万还差两千，监理是不是可以不请", "zhonglou") == "yes"


# --- an English list with "required" before the step ---

def test_required_documents_of_a_step():
    found = first_finding("Zhonglou: do user manuals count among the required acceptance documents?", "zhonglou")
    assert found["verdict"] == "yes" and "第三十条" in [c["article"] for c in found["citations"]]


# --- one more item believed in a list the text gives ---

@pytest.mark.parametrize("text, expected", [
    ("验收结论除了合格、不合格之外还有优秀吗", (["合格", "不合格"], "优秀")),
    ("竣工验收结论除了合格和不合格，应该还有个“基本合格”吧", (["合格", "不合格"], "基本合格")),
    ("除了监理和设计，还有别的单位参加吗", None),      # which others, asked
])
def test_one_more_item_believed(text, expected):
    assert also_listed(text) == expected


def test_one_more_item_against_the_list():
    assert verdict("文登的竣工验收除了合格和不合格，是不是还有个良好", "wendeng") == "no"   # 分为“合格”“不合格”两种


# --- a choice between two of the texts' words, joined by an English "or" ---

def test_a_choice_joined_by_or_is_asked_which():
    assert verdict("钟楼项目40万，交项目建议书 or 建设方案？", "zhonglou") == "info"


# --- always needed, where a body decides case by case ---

def test_always_needed_where_a_body_decides():
    assert verdict("钟楼的建议书终稿每次都要组织评审小组再评审吗", "zhonglou") == "no"
    assert verdict("钟楼的建议书终稿还要组织评审小组再评审吗", "zhonglou") == "conditional"


# --- starting work before the procedure, said colloquially ---

def test_work_started_before_procurement_colloquially():
    assert verdict("钟楼的应急项目，能不能先叫施工方干起来，采购手续以后补", "zhonglou") == "no"


def test_money_in_english_inside_chinese():
    assert verdict("龙岗单位自己筹的 money 算不算区政府资金", "longgang") == "yes"


# --- a choice between two, 还是 after a comma; English "or just" ---

@pytest.mark.parametrize("text, jid", [
    ("深圳合同备案了的，登记期限是从签字那天起算，还是从备案通过那天起算？", "shenzhen"),
    ("钟楼的终验是建设单位自己组织，还是区政府办组织？", "zhonglou"),
    ("Zhonglou, about 90万: do we submit a project proposal (项目建议书) or just a construction plan?", "zhonglou"),
])
def test_a_choice_is_asked_which(text, jid):
    assert verdict(text, jid) == "info"


@pytest.mark.parametrize("text, jid", [
    ("钟楼项目40万能走调整申请吗，还是得重新申报", "zhonglou"),     # the first asked, 吗
    ("钟楼40万的项目，还是要请监理吗", "zhonglou"),               # 还是 as still
])
def test_still_or_the_first_asked_stays_yes_or_no(text, jid):
    assert verdict(text, jid) in ("yes", "no", "conditional")


# --- exempt from a duty, in English ---

@pytest.mark.parametrize("text, expected", [
    ("Is a 250k Zhonglou project exempt from supervision?", "yes"),
    ("Would a 400k Zhonglou project be exempt from supervision?", "no"),
])
def test_exempt_from_a_duty(text, expected):
    assert verdict(text, "zhonglou") == expected


# --- a term quoted as the text's, asked how it is told or whether it is defined ---

@pytest.mark.parametrize("text, jid", [
    ("钟楼这笔钱算不算细则里说的“软件类项目”", "zhonglou"),
    ("文登 加了一个子系统，这算不算办法里讲的“较大变化”？", "wendeng"),
    ("钟楼细则里的'软件类项目'如何认定？以硬件为主的算不算", "zhonglou"),
    ("How overdue must a Wendeng project be to count as seriously overdue?", "wendeng"),
    ("龙岗什么样的项目才算新动议项目？办法里有没有定义", "longgang"),
])
def test_a_term_quoted_and_left_open(text, jid):
    assert verdict(text, jid) == "not_specified"


def test_a_term_described_where_used_is_told():
    found = first_finding("钟楼哪些项目算临时性新增项目", "zhonglou")
    assert found["verdict"] == "info" and "紧急情况" in found["citations"][0]["quote"]


# --- a kind denied after a comma, the case said before ---

@pytest.mark.parametrize("text, jid, expected", [
    ("文登 只是买一项运维服务，不算智慧文登项目吧？", "wendeng", "no"),         # 向社会购买服务及运维
    ("龙岗 这笔钱是单位自筹来的，这个不算区政府资金吧？", "longgang", "no"),
])
def test_a_kind_denied_after_a_comma(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a consequence asked of a missed date where the text names none: the silence leads ---

def test_the_silence_leads_before_a_general_penalty():
    found = first_finding("Yunfu: what happens if we miss the November deadline for next year's plan?", "yunfu")
    assert found["verdict"] == "not_specified"


# --- a step proposed later than the time the text sets ---

@pytest.mark.parametrize("text, jid", [
    ("深圳的季度资料晚几天再报行不行", "shenzhen"),
    ("Shenzhen: is it OK if the quarterly supervision documents go in two weeks late?", "shenzhen"),
])
def test_a_step_proposed_late(text, jid):
    assert verdict(text, jid) == "no"


def test_no_lateness_proposed_keeps_the_duty():
    assert verdict("深圳的季度资料要报吗", "shenzhen") == "yes"


# --- seen in the review: paraphrases of the session's kinds ---

@pytest.mark.parametrize("text, jid", [
    ("钟楼的试运行跑五个星期，够不够初验？", "zhonglou"),        # the length said, then whether it suffices
    ("龙岗试运行准备跑30天，行不行？", "longgang"),              # a length planned, leave asked
])
def test_a_length_planned_or_said_before(text, jid):
    assert verdict(text, jid) == "not_specified"


def test_a_body_late_some_days_after():
    assert verdict("文登验收申请递交八天了，大数据中心还没组织验收，怎么处理？", "wendeng") == "not_specified"


def test_still_on_time_in_english_after_a_comma():
    assert verdict("钟楼今年的自评报告今天才传，still on time吗？", "zhonglou") == "no"   # 每年11月底前


@pytest.mark.parametrize("text, expected", [
    ("Can we drop the supervisor for a 450,000-yuan project in Zhonglou?", "no"),    # a digit group is no clause break
    ("Can we drop the supervisor for a 250,000-yuan project in Zhonglou?", "yes"),
])
def test_a_digit_group_does_not_split_the_question(text, expected):
    assert verdict(text, "zhonglou") == expected


# --- a step told just done (刚通过。) is an event with its next day ---

def test_a_step_just_done_is_an_event():
    answer = get_kb().ask("深圳市直项目，合同在市政府采购中心的备案上周一刚通过。")["answer"]
    assert "2026-12-07" in answer   # 11-30 + 5 working days


# --- the word a definition's verdict is said in ---

def test_a_kind_denied_is_said_to_be_wrong():
    found = get_kb().ask("龙岗单位自筹的钱应该不算区政府资金吧")["findings"][0]
    assert found["verdict"] == "no" and found["label"] == "说得不对"
