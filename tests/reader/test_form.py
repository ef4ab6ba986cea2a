"""The question's form and negation (issue 8, item 2; item 7 for statements)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.form import classify, dropped_with_ba, negated


@pytest.mark.parametrize("text", [
    "钟楼80万要监理吗", "钟楼80万要监理么", "是否需要监理", "要不要监理", "需不需要做可研", "用不用请监理",
    "能不能先验收", "可不可以不招标", "是不是必须做等保", "有没有必要请监理", "这个算不算信息化项目", "先验收后补档案行不行",
    "要监理不", "能批不", "要开会没", "得请监理不？",
])
def test_yes_no_forms(text):
    assert classify(text).form == "yesno", classify(text).markers


@pytest.mark.parametrize("text, lang", [
    ("Does a 2 million yuan project need a supervisor?", "en"), ("Is a feasibility study required?", "en"),
    ("So must we hold an expert review?", "en"),
])
def test_english_yes_no(text, lang):
    assert classify(text, lang).form == "yesno"


@pytest.mark.parametrize("text", [
    "申报需要什么材料", "试运行要多长时间", "有什么要求吗", "验收流程是怎样的", "评审小组由哪些单位组成", "至少要几名人员参加",
])
def test_what_questions(text):
    assert classify(text).form == "info", classify(text).markers


@pytest.mark.parametrize("text", ["初验昨天做完了", "备案是1月20号做的", "任务书今天已经在平台备案了", "合同搞定了"])
def test_statements(text):
    assert classify(text).form == "statement", classify(text).markers


def test_questions_about_done_things_stay_questions():
    assert classify("初验做完了要干嘛").form == "info"


@pytest.mark.parametrize("text, neg", [
    ("可以不请监理吗", True), ("能不能跳过可研", True), ("用不用请监理", False), ("要不要监理", False),
    ("有人说不用找监理，钟楼86万的项目到底要不要", False), ("Can we skip the supervisor?", True),
    # a bare tag (这样可以吗) asks of the clauses before it, which leave something out
    ("测评费我们打算另外出，不放进总投资，这样可以吗", True), ("测评费放进总投资，这么做行不行", False),
])
def test_negation(text, neg):
    assert negated(text) is neg


def test_several_is_not_how_many_when_the_question_closes_with_ma():
    from knowledge.reader.form import classify

    assert classify("文登区局里想新购几台服务器 能批么", "zh").form == "yesno"
    assert classify("验收要几个专家", "zh").form == "info"


def test_a_description_that_says_what_is_asked_answers_yes():
    """文登 第三十七条 describes failed projects, with 不 in it, yet it says the conduct is 记入信用档案."""
    from knowledge.base import get_kb
    from knowledge.rules.answer import _affirms

    assert _affirms("整改后仍不合格的，记入信用档案", "会记入信用档案吗") is True
    assert _affirms("不纳入项目清单管理", "会纳入项目清单吗") is False
    assert _affirms("建设单位负责", "会记入信用档案吗") is None
    out = get_kb().ask("文登项目验收整改后还是不合格 会记入信用档案吗")
    assert any(f["topic"] == "credit" and f["verdict"] == "yes" for f in out["findings"])


def test_must_when_the_text_only_allows():
    """云浮 附则: counties 可参照 the measures — allowed, so not a must."""
    from knowledge.base import get_kb

    out = get_kb().ask("云浮下面县里的政务信息化项目，必须按市级办法来吗")
    assert {f["verdict"] for f in out["findings"] if f["jurisdiction"] == "yunfu"} == {"no"}


def test_not_a_new_initiative():
    from knowledge.base import get_kb
    from knowledge.reader.question import understand

    kb = get_kb()
    q = understand("我们不是新动议项目，总投资1200万，龙岗还用不用开专题会", kb.aliases, kb.topics, kb=kb)
    assert q.profile.new_initiative is False


def test_a_count_the_question_names_picks_the_rule_that_gives_it():
    """深圳 第二十条: 实施监督检查时，应有2名以上人员参加."""
    from knowledge.base import get_kb

    out = get_kb().ask("In Shenzhen, do at least two people have to take part in a quality supervision inspection?")
    assert any(f["verdict"] == "yes" and [c["article"] for c in f["citations"]] == ["第二十条"] for f in out["findings"])


def test_tag_questions():
    from knowledge.reader.form import classify

    assert classify("Wendeng won't accept it if the video isn't hooked up, right?", "en").form == "yesno"
    assert classify("钟楼30万以上就要监理，对吧", "zh").form == "yesno"


def test_a_count_below_the_least_a_rule_sets():
    from knowledge.base import get_kb

    out = get_kb().ask("深圳质监去现场检查 派一个人去就行不")
    assert any(f["verdict"] == "no" and [c["article"] for c in f["citations"]] == ["第二十条"] for f in out["findings"])


def test_the_scope_answer_names_the_projects_figure():
    from knowledge.base import get_kb

    answer = get_kb().ask("龙岗这边 区财政全额出 四十九万八的系统 要按信息化项目管理办法走流程吗")["answer"]
    assert "49.8万" in answer


def test_may_when_the_text_allows():
    """云浮 附则: 各县（市、区）…可参照本办法执行 — may a county follow it? Yes."""
    from knowledge.base import get_kb

    out = get_kb().ask("云浮下面各县区可以参照这个办法执行吗？")
    assert ("by_reference", "yes") in {(f["topic"], f["verdict"]) for f in out["findings"]}


@pytest.mark.parametrize("question", [
    "Shenzhen: issues from the inspection are still unresolved. OK to proceed with the completion acceptance?",
    "Wendeng: is it possible to bypass the preliminary check and apply directly for final acceptance?",
    "In Shenzhen, is it OK to do contract acceptance while the design unit still hasn't given its evaluation?",
    "文登 自己不初验 直接申请竣工验收 可以吗？",
])
def test_proposals_to_go_ahead_of_a_duty(question):
    from knowledge.base import get_kb

    out = get_kb().ask(question)
    assert out["understood"]["unmet"] is True and out["understood"]["form"] == "yesno"
    assert out["findings"][0]["verdict"] == "no"


@pytest.mark.parametrize("text", ["年月日能说具体点吗？", "可以介绍一下吗", "能不能讲清楚些", "麻烦说明一下"])
def test_a_request_to_be_told_is_no_yes_no_question(text):
    from knowledge.reader.form import classify

    assert classify("钟楼区终验的材料要求，" + text).form == "info"   # a closing 吗 alone would make it yes/no


@pytest.mark.parametrize("question, form", [
    ("有效期具体几年，办法里有明确吗", "info"),            # whether the text says it: answered by what it says
    ("验收报告的提交时间有规定到几号吗", "info"),
    ("Is there a fixed deadline day each quarter for the data?", "info"),
    ("是否要求验收报告包含安全测评结论", "yesno"),         # a duty asked, not whether the text says
    # the English sentence that asks decides, not an auxiliary in the story before it
    ("We failed the check and were told to fix it. How long do we have?", "info"),
])
def test_whether_the_text_says_and_the_sentence_that_asks(question, form):
    from knowledge.reader.form import form_of

    assert form_of(question, "en" if question.isascii() else "zh") == form


def test_what_someone_else_said_does_not_decide_the_form():
    # 不用交什么材料 in a reported clause is no what-question; the asker's own clause asks yes or no
    assert classify("听同事说初验不用交什么材料，初验到底要不要交测试报告").form == "yesno"
    assert classify("听说要交很多材料，具体交什么").form == "info"


@pytest.mark.parametrize("text", [
    "Above what amount does a project need a feasibility study?",
    "Within how many days must the unit file the contract?",
    "From which date does the warranty count?",
])
def test_an_english_wh_word_after_a_preposition_asks_what(text):
    assert classify(text, "en").form == "info"


@pytest.mark.parametrize("text", [
    "验收只请三个专家，可以不可以",                      # a two-character A-not-A
    "能不能几家单位内部商量一下就直接开工",              # 几家 with more said after it: a few
    "这种项目需要不需要做可研",
])
def test_more_yes_no_forms(text):
    assert classify(text).form == "yesno", classify(text).markers


def test_an_english_choice_between_two_documents_asks_which():
    assert classify("For the declaration, should we submit a feasibility report or a construction plan?", "en").form == "info"
    assert classify("Do we need to submit the feasibility report or not?", "en").form == "yesno"


def test_whether_the_text_sets_a_line_is_answered_by_what_it_says():
    assert classify("多大金额的项目要做可研，有具体金额线吗").form == "info"
    assert classify("验收有没有明确的时限").form == "info"


def test_a_question_ending_in_shenme_is_no_yes_no_question():
    assert classify("验收材料具体指什么？").form == "info"
    assert classify("要交监理报告么？").form == "yesno"


def test_a_bare_question_mark_after_applies():
    assert classify("单位自筹资金建的系统，也适用这个办法？").form == "yesno"
    assert classify("报备案有没有具体天数要求").form == "info"


@pytest.mark.parametrize("text", [
    "系统还没终验就先启用不",                          # 用 of a two-character verb closing on 不
    "试运行期间的费用能从运维经费里动用不",
    "没报年度计划，先做着，年底再补？",                  # a question mark with no asking word: asked by its tone
])
def test_yes_no_by_a_closing_word_or_by_tone(text):
    assert classify(text).form == "yesno", classify(text).markers


@pytest.mark.parametrize("text", [
    "监理费是计入总投资还是单独列？",                    # a choice asks which one
    "数据对接的费用由哪部分资金出？",
    "质量报告在那个平台上报？",                         # 那个 typed for 哪个
])
def test_a_bare_question_mark_leaves_choices_and_which_words_alone(text):
    assert classify(text).form == "info", classify(text).markers


@pytest.mark.parametrize("text", [
    "Doesn't Wendeng need a third-party test for this? Someone said it's optional.",
    "Isn't a supervisor mandatory for a 2 million project in Zhonglou?",
    "So can't we start building before the plan is approved?",
])
def test_english_negated_questions_ask_yes_or_no(text):
    assert classify(text, "en").form == "yesno", classify(text, "en").markers


def test_several_parties_named_before_them_ask_no_count():
    from knowledge.reader.form import classify
    from knowledge.reader.quantity import asked

    text = "累计变更才合同价的5%，设计、监理、承建几家确认后可以直接实施吗，不用再报审"
    assert classify(text, "zh").form == "yesno"
    assert not [a for a in asked(text) if a.kind == "count"]
    assert [a.kind for a in asked("验收组要有几家单位参加")] == ["count"]   # asked on its own, a count


@pytest.mark.parametrize("text, negated_", [
    ("监理月报这些就不用每季度一起传了吧", True),       # a step named after 不用, proposed with 吧
    ("28万的项目，不用写项目建议书了吧", True),
    ("监理应该不用吧", False),                        # nothing named: whether the duty is there
    ("不用等终验吧", False),                           # not waiting leaves nothing out
])
def test_no_need_to_do_x_ba_asks_leave_to_drop_it(text, negated_):
    from knowledge.reader.form import negated

    assert negated(text) == negated_


@pytest.mark.parametrize("text, form", [
    ("我们单位打算自己采购一批服务器，不走统一平台", "yesno"),    # what we mean to do, told: may we
    ("领导考虑把信息化部分并到装修工程里一起报", "yesno"),
    ("我们想了解一下监理的要求", "info"),                         # 想了解 asks to be told
    ("我们准备申报一个项目，需要哪些材料", "info"),
    ("去年我们打算先开工，后面补的手续", "info"),                  # done before, not proposed
    ("系统上线后我们准备过两个月再做等保测评", "yesno"),            # a step put off by a span
    ("任务书打算等资金到位了再去备案", "yesno"),                  # 打算等…再, told of a noun
    ("我们打算下周去备案", "info"),                               # nothing departs from the text's way
])
def test_an_intention_told_without_a_question(text, form):
    assert classify(text).form == form


@pytest.mark.parametrize("text, left_out", [
    ("只交申报表，不写建议书行吗", True),          # a document not written
    ("测评省了吧，拿自测报告顶上就行了", True),      # 省了吧 with no 就 before it
    ("方案能不能不交", True),
    ("监理就不上了，可以吧", True),                 # 不上了: a step dropped
    ("系统马上上不上线", False),
    ("方案写不写都行吗", False),                      # A-not-A leaves nothing out
    ("能不能写完再交", False),
])
def test_a_document_or_step_left_out(text, left_out):
    assert negated(text) is left_out


@pytest.mark.parametrize("text, form", [
    ("第8个工作日才去登记，没什么问题吧", "yesno"),       # 没什么问题 asks leave, it is no what-question
    ("规划到今天都没报，已经过期限了吧", "yesno"),          # 过期限 asks whether it is late
    ("下周三才去备案，应该没啥问题吧", "yesno"),            # 没啥问题 as 没什么问题
    ("下周三才去备案，时间上OK吧", "yesno"),
    ("七八十万的系统，监理制度适用不", "yesno"),             # 适用不: the trailing 不 of a two-character verb
    ("登记有什么要求", "info"),
    ("登记要交啥材料", "info"),
    ("验收不合格通常是啥问题导致的", "info"),              # 啥问题 asks what, 没啥问题 does not
    ("登记的期限是多久", "info"),
])
def test_leave_and_lateness_asked_with_what_words(text, form):
    assert classify(text).form == form


def test_an_intention_with_a_question_of_its_own_is_no_intention_told():
    from knowledge.reader.form import intention_stated

    assert intention_stated("合同复印件打算一个月以后再报备案")          # 打算 after a noun, put off by a span
    assert not intention_stated("五星街道打算停用一个老系统，要提前上报吗")   # asks what it asks
    assert not intention_stated("有个系统准备停用，办法里说了要提前上报没")   # a trailing 没 asks too
    assert intention_stated("合同复印件准备一个月以后再报备案")
    assert dropped_with_ba("等保测评就免了吧") and dropped_with_ba("监理就不上了哈")


@pytest.mark.parametrize("text, kept", [
    ("有人说终验完就能直接上线，不用做安全测试，到底要不要做", "到底要不要做"),
    ("听说不用找监理，也不用开评审会，我们这个真的不用吗", "我们这个真的不用吗"),
])
def test_what_someone_said_goes_on_until_the_askers_own_turn(text, kept):
    from knowledge.reader.form import unreported
    assert unreported(text).strip("，") == kept


def test_a_reported_clause_does_not_swallow_the_question_after_it():
    from knowledge.reader.form import unreported
    # 要不要 asks: it is the asker's, even with no turn word before it
    assert "要不要" in unreported("同事说不用监理，钟楼80万要不要")


def test_a_reported_omission_is_no_leave_asked():
    f = next(f for f in get_kb().ask("有人说龙岗的项目终验完就能直接上线，不用做上线安全测试，到底要不要做？")["findings"]
             if f["topic"] == "security_test")
    assert f["verdict"] == "yes", f


@pytest.mark.parametrize("text", ["领导说可研就不编了直接上初设，行么", "我们跟他们说人手紧张，来一个检查员查一下就算了，这样可以吗"])
def test_a_bare_tag_asks_of_what_was_said(text):
    from knowledge.reader.form import unreported
    assert unreported(text) == text


@pytest.mark.parametrize("text", [
    "云浮市直单位120万的项目，不请监理了，自已管",
    "钟楼这个项目先让供应商进场干，招标流程后面补",
    "钟楼把信息化项目打包进办公楼装修工程里一起报，省得单独审批",
    "文登项目建成后我们单位自己运维，资产就不移交国有公司了",
])
def test_a_plan_told_plainly_asks_whether_it_may_be_done(text):
    from knowledge.reader.form import plan_told
    assert plan_told(text)
    assert classify(text).form == "yesno"


@pytest.mark.parametrize("text", [
    "初验昨天做完了",
    "我们已经自己组织验收了",
    "去年我们先开工，手续后面补的",
    "先开工再补手续可以吗",          # a question of its own
    "等立项批了再编要紧吗",
])
def test_what_was_done_or_asked_is_no_plan_told(text):
    from knowledge.reader.form import plan_told
    assert not plan_told(text)


def test_a_plan_told_is_answered_whether_it_may_be_done():
    kb = get_kb()
    f = next(f for f in kb.ask("龙岗300万的系统，不请监理了，我们科室自己盯进度和质量")["findings"] if f["topic"] == "supervision")
    assert f["verdict"] == "no", f
    f = next(f for f in kb.ask("文登项目建成后我们单位自己运维，资产就不移交国有公司了")["findings"] if f["jurisdiction"] == "wendeng")
    assert f["verdict"] == "no" and "第三十八条" in [c["article"] for c in f["citations"]], f


@pytest.mark.parametrize("text", ["有人说质保期签一年就行了，龙岗这边行不行啊", "听说试运行满一个月就能申请验收，到底是不是这样"])
def test_whether_what_was_said_holds_asks_of_it(text):
    from knowledge.reader.form import unreported
    assert unreported(text) == text


def test_someones_figure_is_not_ours_when_we_ask_our_own():
    f = next(f for f in get_kb().ask("有人说龙岗的项目质保期约定一年就够了，到底要不要至少两年？")["findings"] if f["jurisdiction"] == "longgang")
    assert f["verdict"] == "yes", f


# the third review of the eighth session: plans told plainly that no rule weighs, and which-first questions
@pytest.mark.parametrize("question, jid, verdicts", [
    ("龙岗项目建成后运维由我们自己管", "longgang", {"info", "yes"}),               # 第四十四条: the unit runs it
    ("文登这套系统建好以后资产留在我们局里自己管", "wendeng", {"info", "no"}),       # 第三十八条 says otherwise; never 可以
    ("钟楼项目年底统一上传初验结果。", "zhonglou", {"info", "no"}),
    ("龙岗项目等预算下来再编初步设计方案。", "longgang", {"info", "no"}),
    ("领导说文登这个项目不用移交资产，自己运维就行，省得麻烦", "wendeng", {"no"}),
    ("听说龙岗项目档案没提交也能通过验收，可是我觉得不对", "longgang", {"no"}),
    ("文登项目大数据中心的审核意见还没下来，先让公共资源交易中心把招标挂出去", "wendeng", {"no"}),
])
def test_a_plan_gets_no_bare_may_it_is_not_weighed_for(question, jid, verdicts):
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found and found[0]["verdict"] in verdicts, found


@pytest.mark.parametrize("text", ["钟楼项目先做等保测评还是先做初验", "请问钟楼项目先报建议书还是先报建设方案"])
def test_which_comes_first_is_no_plan(text):
    from knowledge.reader.form import plan_told
    assert not plan_told(text) and classify(text).form == "info"


@pytest.mark.parametrize("text, form", [
    ("质量季报改成半年报一次行不行，反正也没啥变化", "yesno"),      # 没啥: "nothing much"
    ("龙岗申报要交啥材料", "info"),
    ("What if we skip the third-party testing and go straight to final acceptance in Longgang?", "yesno"),
    ("What if the acceptance fails in Longgang?", "info"),               # what happens then
])
def test_indefinite_what_and_what_if(text, form):
    lang = "en" if text.isascii() else "zh"
    assert classify(text, lang).form == form, classify(text, lang).markers
