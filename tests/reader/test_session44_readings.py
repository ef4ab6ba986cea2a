"""Readings from the forty-fourth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- how often a report is believed or proposed: once, with words between (只要验收前交一次); every two years; a report
# named after the place's 的 (深圳的检测报告 names 检测报告) ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳的检测报告只在验收前交一次行吗", "shenzhen", "no"),                 # 每季度首月5日前…检测报告 (第十七条)
    ("深圳的监理月报是不是只要验收前交一次", "shenzhen", "no"),               # 按时出具监理月报
    ("Shenzhen: do we only have to submit the 监理月报 once, before acceptance?", "shenzhen", "no"),
    ("龙岗的绩效评价报告是不是每两年交一次", "longgang", "no"),               # 每年年底前 (第二十二条)
    ("Longgang: the performance evaluation report is filed every two years, correct?", "longgang", "no"),
    ("龙岗绩效评价我们打算隔年做一次，行不行", "longgang", "no"),
    ("Can we file Longgang's performance report every other year?", "longgang", "no"),
    # look-alikes: the text's own period
    ("龙岗的绩效评价报告是不是每年交一次", "longgang", "yes"),
    ("深圳的质量季报是每个季度报一次吧", "shenzhen", "yes"),
])
def test_a_period_believed_or_proposed_in_other_words_is_checked_against_the_text(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- the day of each period a filing is believed due by, said as the period's own last day ---

@pytest.mark.parametrize("text, expected, said", [
    ("深圳的质量季报每季度最后一天前交吧？", "no", "每季度最后一天"),           # 每季度首月5日前
    ("Shenzhen: the quarterly quality materials are due by the last day of each quarter, right?", "no", "last day of each quarter"),
    ("深圳：我们打算每个季度末把质量季报报上去，行吗", "yes", "每季度最后一天"),   # a plan before the 5th keeps within it
    # look-alike: the text's own day
    ("深圳的质量季报是每季度首月5日前报吧", "yes", ""),
])
def test_the_last_day_of_a_period_believed_is_read_as_a_day_of_it(text, expected, said):
    found = first_finding(text, "shenzhen")
    assert found["verdict"] == expected and "第十七条" in [c["article"] for c in found["citations"]]
    assert said in found["summary"]


# --- an article named by its number: the article itself answers what it says, where no rule found cites it ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼细则第二十六条讲的是啥", ["第二十六条"]),
    ("第26条说的什么", ["第二十六条"]),
    ("第二十六條講的是啥", ["第二十六条"]),
    ("What does Article 21 of the Shenzhen interim measures require?", ["第二十一条"]),
    ("art. 35 and Article 7", ["第三十五条", "第七条"]),
    ("第１５条", ["第十五条"]),
    ("龙岗办法第二十四条啥意思", ["第二十四条"]),
    # look-alikes: an article of another law is not the text's
    ("按民法典第一千二百五十九条，以上包括本数吗", []),
    ("《政府采购法》第十条怎么说", []),
])
def test_the_articles_a_question_names_are_read_as_the_texts_label_them(text, expected):
    from knowledge.reader.articles import articles_named
    assert articles_named(text) == expected


@pytest.mark.parametrize("text, jid, article", [
    ("钟楼细则第二十六条讲的是啥", "zhonglou", "第二十六条"),               # no topic: a search had ranked 第四十二条
    ("What does Article 21 of the Shenzhen interim measures actually say?", "shenzhen", "第二十一条"),
    ("文登办法第8条是什么意思", "wendeng", "第八条"),
])
def test_an_article_named_in_a_what_question_answers_first_with_its_own_text(text, jid, article):
    found = first_finding(text, jid)
    assert found["verdict"] == "info" and found["citations"][0]["article"] == article


def test_an_article_named_wrongly_keeps_the_rule_the_question_is_about():
    # (the user names 第十八条; what to do when the budget changes before building is 第十七条's, which stays beside it)
    from knowledge.base import get_kb
    found = get_kb().ask("wendeng art.18 - we havent started building yet but our budget is going from 80w to 120w and the "
                         "scope shifted too. what do we have to do")["findings"]
    assert any(f["verdict"] == "info" and "第十七条" in [c["article"] for c in f["citations"]] for f in found)


# --- a figure believed of the text: asked before it (是不是说…), with 对吗, of "the draft" itself, a limit "after" getting
# something, and a wait before a step may be taken (满6个月才能申请终验) ---

@pytest.mark.parametrize("text, jid, expected", [
    ("云浮办法是不是说软件开发费３０万以上就得做第三方测试？", "yunfu", "no"),       # 50万元以上（含）
    ("云浮办法是不是说软件开发费50万以上就得做第三方测试？", "yunfu", "yes"),
    ("龙岗办法写的是变更累计超过合同价20%才要报主管部门审核，对吗", "longgang", "no"),  # 超过合同价10%
    ("龙岗办法写的是变更累计超过合同价10%才要报主管部门审核，对吗", "longgang", "yes"),
    ("The Longgang draft says the warranty period has to be at least 3 years, right?", "longgang", "no"),   # 不低于2年
    ("The Longgang draft says the warranty period has to be at least 2 years, right?", "longgang", "yes"),
    ("We draft the contract with a warranty of at least 3 years in Longgang, ok?", "longgang", "yes"),   # our own offer
    ("Wendeng: the big data centre has 10 working days after getting the application to organise the completion "
     "acceptance, right?", "wendeng", "no"),                                                   # 5个工作日内
    ("Wendeng: the big data centre has 5 working days after getting the application to organise the completion "
     "acceptance, right?", "wendeng", "yes"),
    ("我记得钟楼细则说初验结束满6个月才能申请终验，对吧", "zhonglou", "no"),          # 初验结束3月后
    ("钟楼细则说初验结束3个月后才能申请终验，对吧", "zhonglou", "yes"),
    ("Zhonglou: we can only apply for the final acceptance at least 6 months after the initial acceptance, right?", "zhonglou", "no"),
    ("钟楼：我们打算初验结束满4个月再申请终验，行吗", "zhonglou", "yes"),             # a plan waiting longer keeps it
    # look-alikes: a window that closes (3个月以后、6个月以内), time gone by, a day counted
    ("文登区项目试运行我们打算跑满7个月再申请验收，可以吧？", "wendeng", "no"),
    ("文登区项目试运行拖了8个月才准备验收，还能按正常条件申请验收吗", "wendeng", "no"),
    ("龙岗项目合同签完第8个工作日才去报备中标通知书和合同复印件，这样OK吧", "longgang", "yes"),
])
def test_a_figure_believed_of_the_text_is_checked_against_its_own(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, n, unit", [
    ("试运行3个月后才能申请验收吧", 3, "months"),   # a time after which a step opens: a wait, not a limit
    ("初验结束满6个月才能申请终验", 6, "months"),
    ("we can only apply at least 6 months after the initial acceptance, right?", 6, "months"),
])
def test_a_wait_is_said_apart_from_a_limit(text, n, unit):
    from knowledge.reader.period_said import said_period
    said = said_period(text)
    assert (said.n, said.unit, said.wait) == (n, unit, True)


# --- English words in a Chinese sentence, read in the texts' words where Chinese surrounds them ---

@pytest.mark.parametrize("text, expected", [
    ("文登 acceptance 申请函前天递交了", "文登验收申请函前天递交了"),
    ("深圳市直单位 contract 昨天签的，质监登记 deadline 哪天?", "深圳市直单位合同昨天签的，质监登记最晚哪天?"),
    ("深圳市直项目做 quality supervision registration 要交啥材料", "深圳市直项目做质量监督登记要交啥材料"),
    # look-alikes: a word the glossary lacks, a run not between Chinese words, a sentence mostly in English
    ("钟楼 UAT 之前要做什么", "钟楼 UAT 之前要做什么"),
    ("zhonglou 系统做改造 对接费 should come from which budget?", "zhonglou 系统做改造 对接费 should come from which budget?"),
    ("Do we need 监理 for a 80万 project in 钟楼?", "Do we need 监理 for a 80万 project in 钟楼?"),
])
def test_english_words_between_chinese_ones_are_read_in_the_texts_words(text, expected):
    from knowledge.reader.glossary import in_chinese
    assert in_chinese(text) == expected


@pytest.mark.parametrize("text, jid, due", [
    ("深圳市直单位 contract 昨天签的, 质监登记 deadline 哪天?", "shenzhen", "2026-12-11"),   # 5 working days from Sat 12-05
    ("文登 acceptance 申请函前天递交给大数据中心了, 他们最晚哪天要组织竣工验收?", "wendeng", "2026-12-11"),
])
def test_a_day_in_a_mixed_sentence_is_counted(text, jid, due):
    from knowledge.base import get_kb
    assert due in get_kb().ask(text, jid)["answer"]


@pytest.mark.parametrize("text", [
    "龙岗区可研报告交上去信息化主管部门几个工作日内审完",          # 上去: where the report went; the body after it reviews
    "Longgang区 可研报告交上去 信息化主管部门 几个working day内审完",
])
def test_a_body_after_a_report_handed_up_is_the_one_that_reviews_it(text):
    found = first_finding(text, "longgang")
    assert found["verdict"] == "info" and "5个工作日" in found["summary"]


# --- a duty asked with a bare adjective ("监理 mandatory for a ¥1.2M build?"), a sign-off by the parties alone in English,
# a share said in Chinese inside English, two asks joined by a dash, and 财评 ---

@pytest.mark.parametrize("text, jid, expected", [
    ("监理 mandatory for a ¥1.2M build?", "zhonglou", "yes"),                           # 30万元（含）以上
    ("Supervision compulsory for a 200k build in Zhonglou?", "zhonglou", "no"),
    ("Longgang change requests now add up to 12% of the contract price. Can the owner sign them off with just the "
     "supervisor and the vendor?", "longgang", "no"),                                    # 超过合同价10%: the authority reviews
    ("Longgang change requests add up to 6% of the contract price. Can the owner sign them off with just the supervisor "
     "and the vendor?", "longgang", "yes"),
    ("In Longgang the accumulated change amount on our project is 超过10% of the contract price. Can we just have the "
     "design, supervision and contractor units sign off and go ahead?", "longgang", "no"),
    ("文登项目要过财评吗", "wendeng", "yes"),                                            # 区财政局负责…预算评审 (第四条)
])
def test_more_ways_of_asking_a_duty_are_read(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, form", [
    ("Zhonglou: starting from what project amount is supervision (监理) compulsory?", "info"),   # the amount asked
    ("Shenzhen municipal: we signed the contract last Friday, no procurement-centre filing needed. Deadline for the "
     "quality supervision registration?", "info"),                                              # needed: not the ask
])
def test_a_bare_adjective_of_duty_does_not_make_a_what_question_yes_or_no(text, form):
    from knowledge.reader.form import classify
    assert classify(text, "en").form == form


def test_two_asks_joined_by_a_dash_are_each_answered():
    from knowledge.base import get_kb
    found = get_kb().ask("Who pays for the third-party acceptance testing and security assessment in Yunfu — can it go "
                         "into the project's total investment?")["findings"]
    assert any(f["verdict"] == "yes" and "费用纳入项目总投资" in " ".join(c["quote"] for c in f["citations"]) for f in found)
    assert any(f["verdict"] == "info" for f in found)


# --- 不用建设单位同意 names the owner, not building; "the clock starts on X" is a start proposed; a yearly day believed
# said with 是每年 and no 前 ---

@pytest.mark.parametrize("text, jid, expected", [
    ("承建单位不用建设单位同意也能把演示系统挂到互联网上吧？", "shenzhen", "no"),       # 未经建设单位同意…不得 (第十条)
    ("深圳办法是不是说承建单位不用建设单位同意也能把演示系统挂到互联网上？", "shenzhen", "no"),
    ("文登直接部署在政务云上，不自己建机房了，没问题吧", "wendeng", "yes"),            # look-alike: building declined
    ("For a contract filed with the Shenzhen government procurement centre, the 5-working-day quality registration clock "
     "still starts on the signing date, not when the filing is approved, right?", "shenzhen", "no"),   # 自备案通过起算
    ("钟楼那边绩效自评价是每年１２月底吧？", "zhonglou", "no"),                        # 每年11月底 (第三十三条)
    ("钟楼那边绩效自评价是每年11月底吧？", "zhonglou", "yes"),
    ("龙岗在建项目，我们每年12月中旬交绩效评价报告给区政数局，这个节奏ok吧", "longgang", "yes"),   # a plan before 年底
])
def test_consent_start_and_yearly_day_believed(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- a step joined to the one a day dates (前天完成合同终验并提了…申请) is on that day; an English aside in brackets is a
# clause of its own ---

def test_a_step_joined_to_a_dated_one_happens_the_same_day():
    from datetime import date

    from knowledge.reader.dated import stated_elapsed
    assert stated_elapsed("龙岗区项目前天完成合同终验并提了上线安全测试申请，主管部门最晚哪天出报告", date(2026, 12, 6)) == {
        "final_acceptance_passed": date(2026, 12, 4), "security_test_requested": date(2026, 12, 4)}
    # look-alike: one step dated alone
    assert stated_elapsed("龙岗区项目前天完成合同终验，上线安全测试申请还没提", date(2026, 12, 6)) == {
        "final_acceptance_passed": date(2026, 12, 4)}


@pytest.mark.parametrize("text, jid, due", [
    ("龙岗区项目前天完成合同终验并提了上线安全测试申请，主管部门最晚哪天出报告", "longgang", "2026-12-09"),   # 3个工作日内
    ("Shenzhen: our contract was filed with the procurement centre and the filing was approved last Friday (it was signed "
     "two weeks earlier). What's the last day for quality supervision registration?", "shenzhen", "2026-12-11"),
])
def test_the_day_is_counted_from_the_step_dated(text, jid, due):
    from knowledge.base import get_kb
    assert due in get_kb().ask(text, jid)["answer"]


@pytest.mark.parametrize("text, expected", [
    ("Wendeng project: does the acceptance group have to be formed within 5 working days after we apply?", "yes"),   # 5个工作日内
    ("Wendeng project: does the acceptance group have to be formed within 10 working days after we apply?", "no"),
])
def test_a_limit_asked_of_the_text_is_no_delay_proposed(text, expected):
    assert first_finding(text, "wendeng")["verdict"] == expected


def test_social_capital_in_english_is_the_texts_social_funds():
    # 社会资金与政府资金共同投资的，也应按本办法规定的程序报批 (第十五条)
    assert first_finding("Longgang: a 60万 project co-funded by social capital and the district government — do we follow "
                         "the approval procedure in the measures?", "longgang")["verdict"] == "yes"


@pytest.mark.parametrize("text, expected", [
    ("云浮总投资300万的项目，软件部分多少钱还没拆出来，第三方测试要不要？", "conditional"),   # 软件开发费50万元以上（含）
    ("云浮 total 3M 的 project, software 部分多少钱还没拆出来, 第三方测试要不要?", "conditional"),
    ("云浮软件开发费多少钱以上要做第三方测试？", "info"),                                   # look-alike: the figure asked
])
def test_a_figure_said_unknown_yet_is_not_asked(text, expected):
    assert first_finding(text, "yunfu")["verdict"] == expected


@pytest.mark.parametrize("text, jid, topic, expected", [
    ("I remember the Shenzhen measures only make the supervision firm issue quarterly reports, not monthly ones. Right?",
     "shenzhen", "supervision_duties", "no"),                                           # 按时出具监理月报 (第十二条)
    ("Shenzhen: the supervision firm issues monthly reports. Right?", "shenzhen", "supervision_duties", "yes"),
    ("The Yunfu measures: if a department's specialised project has to end its contract because the goals can't be met, "
     "who must it file with?", "yunfu", "termination", "info"),                        # 终止手续…备案
])
def test_a_period_believed_before_a_bare_tag_and_a_contract_ended(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)


@pytest.mark.parametrize("text, expected", [
    ("Zhonglou rules: an adjustment of up to 15% of the total estimated investment can go through without re-declaring, "
     "right?", "no"),                                                                   # 不超过概算总投资10% (第二十六条)
    ("Zhonglou rules: an adjustment of up to 10% of the total estimated investment can go through without re-declaring, "
     "right?", "yes"),
    ("钟楼细则里调整不超过概算总投资15%就不用重新申报吧", "no"),
    # look-alikes: the project's own share, not a cap believed of the text
    ("钟楼区项目调整金额在概算10%以内，项目单位内部定了就直接改，不用再报谁了吧", "no"),   # 联合会审小组审核批准
    ("钟楼：主要建设内容想调整一下，调整的资金占概算总投资不到10%，打算走调整申请，不用重新申报立项吧？", "conditional"),
])
def test_a_share_believed_allowed_up_to_a_figure_is_checked_against_the_texts_cap(text, expected):
    assert first_finding(text, "zhonglou")["verdict"] == expected


def test_what_the_measures_mean_by_a_term_is_its_definition():
    found = first_finding("What do the Yunfu measures mean by 'system business operation services' (系统业务运营服务)?", "yunfu")
    assert found["topic"] == "definition" and "业务分析、数据处理、数据治理" in found["citations"][0]["quote"]


def test_an_english_word_that_asks_keeps_asking_inside_a_run():
    from knowledge.reader.glossary import in_chinese
    # ("review deadline": 评审最晚, not 评审限期, which asks no day)
    assert in_chinese("龙岗 可研 report 上周三被正式受理, 主管部门 review deadline 是哪天?").endswith("主管部门评审最晚是哪天?")
    from knowledge.base import get_kb
    assert "2026-12-02" in get_kb().ask("龙岗 可研 report 上周三被正式受理, 主管部门 review deadline 是哪天?", "longgang")["answer"]


@pytest.mark.parametrize("text, jid, due", [
    ("Longgang: contract signed this past Tuesday. What filing is due next and what's the last day?", "longgang", "2026-12-15"),
    ("Longgang: the 竣工决算报告 audit conclusion came out on November 2 and we have leftover funds. What's the deadline to "
     "hand them back?", "longgang", "2026-12-14"),                                     # 30个工作日内 (第三十六条)
])
def test_this_past_weekday_and_an_audit_conclusion_in_english_are_dated(text, jid, due):
    from knowledge.base import get_kb
    assert due in get_kb().ask(text, jid)["answer"]


@pytest.mark.parametrize("text, lang", [
    ("Yunfu: by what date must city units file next year's 政务信息化规划 with the 政务服务数据管理局?", "en"),
    ("深圳市直单位 contract 昨天签的, 质监登记 deadline 哪天?", "zh"),
])
def test_a_question_near_the_line_between_languages_is_read_in_the_one_it_is_built_in(text, lang):
    from knowledge.reader.question import language
    assert language(text) == lang


@pytest.mark.parametrize("text, expected", [
    ("文登项目10月15号完工进入试运行，下周能搞竣工验收吗？", "no"),          # 试运行3个月以后: 2027-01-15
    ("文登 试运行10月6号开始，到今天刚好两个月，现在验收行不行？", "no"),
    ("文登试运行9月1号开始的，现在验收行不行？", "yes"),                    # look-alike: three months gone
])
def test_next_week_or_now_proposed_for_a_step_is_checked_against_when_it_opens(text, expected):
    assert first_finding(text, "wendeng")["verdict"] == expected


def test_a_software_fee_said_in_english_before_a_chinese_unit_is_the_software_cost():
    # 应用软件开发费用50万元以上（含）的项目，必须…第三方测试
    assert first_finding("Yunfu 項目 software dev 费 60万 need 3rd party testing?", "yunfu")["verdict"] == "yes"
    assert first_finding("Yunfu 項目 software dev 费 30万 need 3rd party testing?", "yunfu")["verdict"] == "no"


def test_a_range_between_two_amounts_in_wan_said_in_english_is_a_range():
    from knowledge.reader.amounts import find_amounts
    found = find_amounts("the contract value will land somewhere between 800万 and 1200万 depending on options")
    assert [a.span for a in found] == [(8000000.0, 12000000.0)]
    assert [a.span for a in find_amounts("we have 800万 and 1200万 projects")] == [None, None]   # two amounts listed


@pytest.mark.parametrize("text, expected", [
    ("鐘樓區 30萬元整的項目，申報表加建設方案就夠了吧？", "no"),      # 30万元(含)以上: 申报表和《项目建议书》 (第五条)
    ("钟楼区20万的项目，申报表加建设方案就够了吧？", "yes"),          # 30万元以下: 申报表和《项目建设方案》
])
def test_a_list_of_documents_said_enough_without_a_verb_is_checked_against_the_tiers(text, expected):
    assert first_finding(text, "zhonglou")["verdict"] == expected
