"""Readings from the forty-sixth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


def verdict(text: str, jid: str) -> str:
    return first_finding(text, jid)["verdict"]


# --- a ban stated and asked to be confirmed: yes when the text bans it ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼验收没通过的项目不得投入使用，这点没错吧", "zhonglou", "yes"),
    ("文登没通过大数据中心审核的项目不予立项吧", "wendeng", "yes"),
    ("钟楼的项目没立项审批，肯定不能先做政府采购吧", "zhonglou", "yes"),
    ("深圳承建单位没经过我们同意，擅自把演示系统挂到互联网上，肯定不行吧", "shenzhen", "yes"),
    ("Wendeng: a project that failed acceptance can't go to the final accounts audit, correct?", "wendeng", "yes"),
    ("there's no way a Longgang system can go live before the completion acceptance, is there?", "longgang", "yes"),
])
def test_a_ban_believed_is_answered_of_the_ban(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, jid, expected", [
    # the same acts asked plainly: may we? (no)
    ("钟楼验收没通过的项目能投入使用吗", "zhonglou", "no"),
    ("钟楼的项目没立项审批，能先做政府采购吗", "zhonglou", "no"),
    # two negations believe a duty (不能不做吧): the duty, as before
    ("钟楼验收前等保测评不能不做吧", "zhonglou", "yes"),
    # a minimum stated (不能少于两个人吧): the text's own minimum
    ("深圳质监现场检查不能少于两个人吧", "shenzhen", "yes"),
])
def test_the_act_asked_plainly_keeps_its_answer(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, expected", [
    ("深圳质监来检查，总不能就来一个人吧", "yes"),      # too few, as believed
    ("深圳质监来检查，总不能派三个人吧", "no"),          # three is enough: the belief is wrong
    ("深圳质监现场检查派一个人就行了吧", "no"),
])
def test_a_count_believed_too_few(text, expected):
    assert verdict(text, "shenzhen") == expected


# --- a step believed needless (没必要…吧, 用不着…吧): no when the text requires it ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼80万的项目没必要请监理吧", "zhonglou", "no"),
    ("钟楼20万的项目没必要请监理吧", "zhonglou", "yes"),
    ("龙岗的项目，源代码用不着上传到软件开发云平台吧", "longgang", "no"),
    ("文登项目建成以后，密码保障系统没有必要定期评估了吧", "wendeng", "no"),
    ("钟楼80万的项目，请监理没必要吧", "zhonglou", "no"),   # (the step named before 没必要)
    ("钟楼20万的项目，请监理其实没必要吧", "zhonglou", "yes"),
])
def test_a_step_believed_needless(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_longer_period_said_without_its_verb_is_a_proposal():
    # 一个季度一份就够了 against 按时出具监理月报: less often than the text sets
    assert verdict("深圳的监理月报半年一份就够了吧", "shenzhen") == "no"
    assert verdict("深圳项目的监理月报，一个季度一份就够了吧", "shenzhen") == "no"


# --- beliefs in English ---

def test_consent_believed_not_needed():
    assert verdict("Shenzhen: the vendor can show our system on the internet, they don't need our consent, right?", "shenzhen") == "no"
    assert verdict("Shenzhen: does the vendor need our consent to show our system on the internet?", "shenzhen") == "yes"


def test_there_is_no_way_they_make_us():
    assert verdict("There's no way Wendeng makes us build a password security system for the project, is there?", "wendeng") == "no"


def test_a_lapsed_project_believed_alive():
    assert verdict("Wendeng: our approval ran out before construction began, but the project still stands, right?", "wendeng") == "no"


# --- one body named and said to be enough, where the text names two ---

def test_one_of_two_bodies_said_enough():
    assert verdict("云浮的项目合同终止了，报数据局备案就行了吧", "yunfu") == "no"
    assert verdict("云浮的项目合同终止了，向市政务服务数据管理局和市财政局备案就行了吧", "yunfu") == "yes"


# --- a body asked as the one that does a step, where the text names another (or the same) ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳的质量监督登记，是监理单位(supervisor)那边去办吗", "shenzhen", "no"),
    ("深圳的质量监督登记，是建设单位那边去办吗", "shenzhen", "yes"),
    ("Does the finance bureau in Zhonglou organise the preliminary acceptance?", "zhonglou", "no"),
    ("Does the Big Data Center in Wendeng perform the preliminary check?", "wendeng", "no"),
    ("Is it the quality supervision agency that organises the completion acceptance in Shenzhen?", "shenzhen", "no"),
    ("Zhonglou: projects are procured centrally by the data bureau, right?", "zhonglou", "no"),
    ("云浮专业类的项目，采购是不是要交给市政务服务数据管理局统一采购", "yunfu", "no"),
])
def test_the_body_said_to_do_a_step(text, jid, expected):
    f = first_finding(text, jid)
    assert (f["topic"], f["verdict"]) == ("actor", expected)


def test_acceptance_testing_is_no_acceptance_organised():
    # "carry out the acceptance testing": the third-party test, not who organises the acceptance
    f = first_finding("Longgang: could the supervisor carry out the acceptance testing instead of a certified testing firm?", "longgang")
    assert f["topic"] != "actor"


# --- a least length believed that the text does not set: not set, said so; the text's own length where it sets one ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼的试运行至少得两个月吧", "zhonglou", "not_specified"),
    ("云浮项目验收前，试运行起码要跑半年吧", "yunfu", "not_specified"),
    ("Longgang needs at least a two-month trial run, doesn't it?", "longgang", "not_specified"),
    ("文登试运行至少要三个月吧", "wendeng", "yes"),   # (3个月以后: the text's own)
])
def test_a_least_length_believed(text, jid, expected):
    assert verdict(text, jid) == expected


def test_the_projects_own_length_is_no_belief():
    # 试运行满4个月了: the project's fact, which the text's window (3个月以后，6个月以内) is checked against
    assert verdict("文登项目试运行满4个月了，现在申请竣工验收没问题吧", "wendeng") == "yes"


def test_a_rule_believed_in_english_that_the_text_does_not_set():
    assert verdict("Isn't there a rule in Shenzhen that inspection findings must be fixed within 10 days?", "shenzhen") == "not_specified"


def test_a_known_word_begun_by_the_last_character_is_no_slip():
    from knowledge.reader.variants import homophones

    kb = get_kb()
    # 试运行起码: 起码 is a word; 试运行期 is the texts' word, but taking it would break 起码
    assert homophones("试运行起码要三个月吧", kb.words, kb.corpus) == "试运行起码要三个月吧"
    assert homophones("合同出验收要开专家会吗", kb.words, kb.corpus) == "合同初验收要开专家会吗"   # (验 kept: still a slip)


def test_a_length_proposed_with_leave_asked_is_no_belief():
    assert verdict("钟楼区项目，承建商承诺质保期至少三年，可以吧", "zhonglou") != "not_specified"


# --- a negation believed inside the clause (X不是不用…吗), and two negations over a longer step (不能不把…交…论证吧) ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼50万的项目不是不用请监理吗", "zhonglou", "no"),     # 30万元（含）以上: the belief is wrong
    ("钟楼20万的项目不是不用请监理吗", "zhonglou", "yes"),
    ("文登单独建机房的项目，不是不予审批吗", "wendeng", "yes"),
    ("钟楼的项目不能不把项目建议书上传到管理平台吧", "zhonglou", "yes"),
])
def test_negations_believed(text, jid, expected):
    assert verdict(text, jid) == expected


def test_an_english_title_opened_by_the_place_names_no_topic():
    # "Shenzhen's quality supervision measures": the regulation's title, not quality supervision asked of
    f = first_finding("Shenzhen's quality supervision measures took effect in 2018, right?", "shenzhen")
    assert f["topic"] == "validity"


def test_the_texts_price_lists_in_english():
    f = first_finding("Longgang: how many price lists do we need before buying equipment?", "longgang")
    assert f["topic"] == "quotes" and "第十二条" in [c["article"] for c in f["citations"]]


# --- a last day believed, said as a weekday of this week or as "we have until next Friday" ---

@pytest.mark.parametrize("text, jid, expected, day", [
    # 12-02 (Wednesday) + 5 working days = 12-09 (Wednesday of this week)
    ("文登的验收申请函上周三交给区大数据中心了，最晚本周三就得组织竣工验收，对吧", "wendeng", "yes", "2026-12-09"),
    ("文登的验收申请函上周三交给区大数据中心了，最晚本周五就得组织竣工验收，对吧", "wendeng", "no", "2026-12-09"),
    # Longgang 第十九条: 10 working days from signing; 12-01 + 10 = 12-15
    ("Longgang: the contract was signed last Tuesday and we have until next Friday to file it with the IT authority, right?",
     "longgang", "no", "2026-12-15"),
])
def test_a_last_day_believed(text, jid, expected, day):
    out = get_kb().ask(text)
    f = next(f for f in out["findings"] if f["jurisdiction"] == jid)
    assert f["verdict"] == expected
    y, m, d = day.split("-")
    assert day in out["answer"] or f"{int(m)}月{int(d)}日" in out["answer"] or f"{int(d)} December" in out["answer"]


# --- a step begun on a day told, beside a step told done without one: its last day leads ---

def test_a_dated_request_after_a_step_told_done():
    # 上线安全测试: 3 working days from the request (12-03, last Thursday): 12-08
    out = get_kb().ask("龙岗的项目终验做完了，上周四递交了上线安全测试申请")
    f = first_finding("龙岗的项目终验做完了，上周四递交了上线安全测试申请", "longgang")
    assert f["topic"] == "next_step" and "第二十八条" in [c["article"] for c in f["citations"]]
    assert "2026-12-08" in out["answer"]


def test_a_step_told_done_with_its_own_day_keeps_its_next_step():
    # 合同上周五签了 (dated, ending the signing step) beside nothing later: its filing (第十九条, 10 working days) leads
    out = get_kb().ask("龙岗的项目合同上周五签了，接下来呢")
    f = first_finding("龙岗的项目合同上周五签了，接下来呢", "longgang")
    assert "第十九条" in [c["article"] for c in f["citations"]] and "2026-12-18" in out["answer"]


def test_an_event_told_in_english_between_chinese_words():
    out = get_kb().ask("钟楼的项目 contract was signed on 11月20号")
    f = first_finding("钟楼的项目 contract was signed on 11月20号", "zhonglou")
    assert f["topic"] == "next_step" and "第十三条" in [c["article"] for c in f["citations"]]
    assert "2026-12-20" in out["answer"] or "12月20日" in out["answer"]


def test_an_english_clause_with_a_term_of_the_text_inside_it():
    # "by what date must the 计划任务书 be filed?": a when-question, its Chinese term no end of the clause
    assert verdict("钟楼 合同11月20日签的, by what date must the 计划任务书 be filed?", "zhonglou") == "info"
    assert verdict("钟楼的项目80万, do we need a 监理 for it?", "zhonglou") == "yes"


# --- a refusal believed with 总/总归 or a refused approval (批不下来的吧), whatever the rule's type ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳的项目，承建单位不设现场质量管理机构总不行吧", "shenzhen", "yes"),
    ("文登新购服务器的项目，应该是批不下来的吧", "wendeng", "yes"),
    ("Longgang: we can't sign a contract with only a six-month warranty, can we?", "longgang", "yes"),
    ("There's no way a Zhonglou project goes into procurement without project approval, is there?", "zhonglou", "yes"),
])
def test_a_refusal_believed(text, jid, expected):
    assert verdict(text, jid) == expected


def test_a_ban_said_under_a_condition_or_in_another_sentence_is_no_belief():
    from knowledge.rules.answer import _ban_believed

    assert _ban_believed("Longgang: we can't sign with a six-month warranty, can we?")
    assert not _ban_believed("If a Yunfu project can't hit its goals and we end the contract, we file it with both bodies, correct?")
    assert not _ban_believed("The goals can't be met. We'll file the termination with the finance bureau only, right?")


# --- what the user holds, said 不是…吗 inside the clause; a day of entry into force said without its year ---

@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼细则不是7月20日开始施行的吗", "zhonglou", "no"),     # 2023年7月31日
    ("钟楼细则是7月31日开始施行的吧", "zhonglou", "yes"),
    ("深圳办法是3月1日起施行的吧", "shenzhen", "not_specified"),   # 自2018年 月 日起施行: the day left open
    ("深圳的现场监督检查不是要2名以上人员参加吗", "shenzhen", "yes"),
])
def test_a_belief_said_with_bu_shi_inside_the_clause(text, jid, expected):
    assert verdict(text, jid) == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗的第三方验收测评，是监理单位自己去请测评机构的吧", "longgang", "no"),   # 第二十七条: 项目建设单位应聘请
    ("Isn't it the supervisor (the supervision firm) that has to hire the third-party acceptance testing lab in Longgang?", "longgang", "no"),
    ("Isn't it the Yunfu Data Bureau that grants project approval for city-level service projects?", "yunfu", "yes"),
    ("Isn't it the Yunfu Finance Bureau that grants project approval?", "yunfu", "no"),
    ("云浮公共类项目的资金审核是市政务服务数据管理局做吗", "yunfu", "no"),   # 市财政局组织公共类服务项目资金审核
])
def test_more_ways_of_saying_who_does_a_step(text, jid, expected):
    f = first_finding(text, jid)
    assert (f["topic"], f["verdict"]) == ("actor", expected)


# --- an event told with its day as 是…的 (试运行11月10号结束的), or in English with "uploaded": the step it starts ---

@pytest.mark.parametrize("text, jid, article, day", [
    ("钟楼区系统试运行11月12号结束的", "zhonglou", "第二十八条", "2026-12-14"),   # 30日内初验: 12-12 a Saturday, moved to Monday
    ("龙岗区项目竣工决算报告审核结论11月5号出的，建设资金有结余", "longgang", "第三十六条", "2026-12-17"),   # 30 working days
])
def test_an_event_told_with_its_day(text, jid, article, day):
    out = get_kb().ask(text)
    f = first_finding(text, jid)
    assert f["topic"] == "next_step" and article in [c["article"] for c in f["citations"]]
    assert day in out["answer"]


def test_a_background_clause_with_de_is_no_statement():
    # the question is the last clause; 结束的 only tells when the trial run ended
    f = first_finding("钟楼，系统试运行11月9日结束的，初验拖到12月20号再做也没问题？", "zhonglou")
    assert f["verdict"] == "no"


def test_results_uploaded_told_in_english():
    f = first_finding("Zhonglou: we uploaded our initial acceptance results to the platform.", "zhonglou")
    assert f["topic"] == "next_step" and "第二十八条" in [c["article"] for c in f["citations"]]


@pytest.mark.parametrize("said, named, same", [
    ("发改部门", "区发改局", True), ("发改局", "区发改部门", True), ("财政部门", "区财政局", True),
    ("发改部门", "区财政局", False), ("数据管理局", "区财政局", False),
])
def test_a_body_named_by_what_it_does(said, named, same):
    from knowledge.reader.actors import same_body

    assert same_body(said, named) is same


def test_the_approving_body_said_in_english():
    f = first_finding("Zhonglou: is it the District Development and Reform Bureau that approves project initiation?", "zhonglou")
    assert (f["topic"], f["verdict"]) == ("actor", "yes")


def test_a_duty_believed_absent_is_labelled_required_or_not():
    # "no need to …, right?": No, in the verdict; said as Required, not as a bare "Yes" that reads as agreeing
    f = first_finding("Zhonglou 800k project: no need to hire a supervisor, right?", "zhonglou")
    assert (f["verdict"], f["label"]) == ("no", "Required")
    f = first_finding("Zhonglou 200k project: we don't need a supervisor, do we?", "zhonglou")
    assert (f["verdict"], f["label"]) == ("yes", "Not required")


def test_a_ban_believed_is_labelled_as_a_claim():
    f = first_finding("深圳隐蔽工程施工，不留影像资料总不行吧", "shenzhen")
    assert (f["verdict"], f["label"]) == ("yes", "说得对")


# --- a time limit stated as what the deadline is, counted from an event named after 是 ---

@pytest.mark.parametrize("text, expected", [
    ("龙岗结余资金上缴的期限是竣工决算审核结论出具后60个工作日吧", "no"),   # 第三十六条: 30个工作日
    ("龙岗结余资金上缴的期限是竣工决算审核结论出具后30个工作日吧", "yes"),
    ("龙岗结余资金上缴的 deadline 是竣工决算审核结论出具后20个工作日吧", "no"),
])
def test_a_limit_believed_as_the_deadline(text, expected):
    assert verdict(text, "longgang") == expected


def test_the_deadline_asked_is_still_asked():
    assert verdict("深圳质量监督登记的期限是几个工作日", "shenzhen") == "info"


# --- a count asked with an English noun, and which company, where the text names neither ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗专家初步验收会要请多少位 experts", "longgang", "not_specified"),
    ("文登项目资产移交国有公司，具体是哪一家", "wendeng", "not_specified"),
    ("深圳现场检查要几个 inspectors", "shenzhen", "info"),   # 2名以上: the text gives the count
])
def test_a_count_or_a_name_the_text_does_not_give(text, jid, expected):
    assert verdict(text, jid) == expected
