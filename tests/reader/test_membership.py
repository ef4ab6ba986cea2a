"""Questions whether one thing is a kind of another, or an item of a list (knowledge/reader/membership.py),
and the answer the defining or listing sentence gives."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.membership import membership


@pytest.mark.parametrize("question, item, step", [
    ("项目验收，要不要提交监理报告？", "监理报告", "验收"),
    ("验收材料清单，包括监理报告吗？", "监理报告", "验收材料"),
    ("验收材料需不需要包含等保测评报告？", "等保测评报告", "验收材料"),
    ("监理报告要不要放进验收材料里", "监理报告", "验收材料"),
    ("验收时，需要提交《政务信息化数据共享信息表》吗？", "政务信息化数据共享信息表", "验收时"),
])
def test_a_document_asked_of_a_step_list(question, item, step):
    assert membership(question) == (item, step, True)


@pytest.mark.parametrize("question, item", [
    ("Zhonglou: does the supervision report go into the acceptance documents?", "监理报告"),
    ("Zhonglou: do the acceptance materials include the supervision report", "监理报告"),
    ("Is the user manual part of the acceptance package in Zhonglou?", "用户手册"),
    ("Zhonglou - do we have to submit our training records for final acceptance?", "培训记录"),
    ("For Zhonglou acceptance is the 等保 assessment report one of the documents", "等保测评报告"),   # (the text's word as typed)
    ("Zhonglou: for acceptance, is the supervision report one of the required documents?", "监理报告"),
])
def test_an_english_document_asked_of_a_step_list(question, item):
    from knowledge.reader.membership import english_listed

    readings = english_listed(question)
    assert (item, "验收", True) in readings
    f = get_kb().ask(question)["findings"][0]
    assert f["verdict"] == "yes" and f["citations"][0]["article"] == "第三十条" and item in f["citations"][0]["quote"]


def test_an_english_question_naming_no_document_of_a_list_is_not_one():
    from knowledge.reader.membership import english_listed

    assert english_listed("What goes into the acceptance documents?") == []
    assert english_listed("Does the report go into the acceptance documents?") == []   # which report is not said
    assert english_listed("Who signs the acceptance report?") == []


def test_what_is_not_an_item_question():
    assert membership("项目验收要提交什么材料") is None                      # asks what the list is
    assert membership("单位自筹资金算不算区政府资金")[2] is False             # a kind of, not an item of a list


def test_the_list_article_answers_whether_an_item_is_in_it():
    out = get_kb().ask("钟楼区项目验收，要不要提交监理报告？")
    f = out["findings"][0]
    assert f["verdict"] == "yes" and f["citations"][0]["article"] == "第三十条" and "监理报告" in f["citations"][0]["quote"]


def test_a_claim_that_a_list_holds_these_items_and_no_more():
    from knowledge.reader.membership import listing_sentence, only_items

    text = "第三十七条  项目竣工验收结论分为“合格”“不合格”两种。无涉密等特殊原因的项目，原则上验收不合格。"
    assert only_items("验收结论是不是只有合格和不合格两种") == (["合格", "不合格"], 2)
    assert listing_sentence(text, ["合格", "不合格"], 2)[1] is True
    # a third kind the text does not list makes the claim wrong
    assert listing_sentence(text, ["合格", "基本合格", "不合格"], 3)[1] is False
    assert only_items("验收结论有哪几种") is None
    assert only_items("只有监理报告吗") is None      # one thing is no list


@pytest.mark.parametrize("question,verdict", [
    ("文登的竣工验收结论只有合格和不合格两种，对吧？", "yes"),
    ("文登区项目竣工验收结论是不是只有合格和不合格两种，没有“基本合格”这一说？", "yes"),
    ("文登验收结论是不是只有合格、基本合格和不合格三种", "no"),
])
def test_the_listing_sentence_settles_the_claim(question, verdict):
    found = get_kb().ask(question)["findings"]
    assert [(f["verdict"], f["citations"][0]["article"]) for f in found] == [(verdict, "第三十七条")]


@pytest.mark.parametrize("question,narrower", [
    ("龙岗区项目里用的单位自筹资金，是不是也算区政府资金", "自筹资金"),     # the asking words before 算
    ("龙岗区单位用自筹资金建设的信息化项目，这笔钱属于区政府资金吗？", "自筹资金"),   # 这笔钱: the money named before
    ("龙岗区某单位用自筹的钱建信息化项目，这部分资金算区政府资金吗？", "自筹资金"),
    ("龙岗区这个系统使用单位自筹的资金，算不算区政府资金", "自筹"),           # the money used, not the system using it
    ("龙岗的项目经费是单位自筹的，这笔也属于区政府资金吗", "单位自筹"),       # 这笔: the source said before
    ("龙岗这个系统钱是街道自筹的，没用财政拨款，也算区政府资金吗", "自筹"),   # what the money is not; who raised it
    ("龙岗这个平台的经费是街道自筹的，不是预算拨款，这个也属于区政府资金吗", "自筹"),   # 这 alone points back
    ("龙岗的项目钱是单位自己凑的，这也算区政府资金吗", "自筹"),              # raised by itself
])
def test_what_is_asked_to_be_a_kind_of_the_other(question, narrower):
    a, b, listed = membership(question)
    assert a.endswith(narrower) and b == "区政府资金" and not listed
    found = get_kb().ask(question)["findings"]
    assert (found[0]["verdict"], found[0]["citations"][0]["article"]) == ("yes", "第三条")


@pytest.mark.parametrize("question, term", [
    ('办法里的"基础设施服务"都包括哪些？', "基础设施服务"), ("什么是政务信息化服务项目", "政务信息化服务项目"),
    ("第三方服务具体包括哪些", "第三方服务"), ("这个项目要不要监理", None),
])
def test_the_term_whose_meaning_is_asked(question, term):
    from knowledge.reader.membership import asked_term

    assert asked_term(question) == term


def test_the_sentence_that_says_what_a_term_holds():
    from knowledge.base import get_kb

    found = get_kb().ask('云浮的办法里，"第三方服务"指的是什么')["findings"]
    assert found[0]["verdict"] == "info" and "咨询、监理、测评、安全" in found[0]["citations"][0]["quote"]


@pytest.mark.parametrize("question, noun", [
    ("终验材料里数据共享方面要交什么表", "表"), ("验收资料里跟数据共享有关的是哪两样", None),
    ("竣工验收的结论有哪几种", "none"), ("后评价主要看哪些方面", "none"),
])
def test_items_of_a_list_asked_for_by_what_they_are_about(question, noun):
    from knowledge.reader.membership import items_asked

    asked = items_asked(question)
    if noun == "none":
        assert asked is None
    else:
        assert asked[0] == noun and {"数据", "共享"} <= asked[1]


def test_the_items_a_list_holds_about_the_thing_asked():
    from knowledge.reader.membership import listed_items

    sentence = "项目验收应包含采购文件、投标文件、数据共享清单、监理报告、等保测评报告、数据共享信息表等"
    assert listed_items(sentence, None, frozenset({"数据", "据共", "共享"})) == "数据共享清单、监理报告、等保测评报告、数据共享信息表"
    assert listed_items(sentence, "表", frozenset({"数据", "据共", "共享"})) == "数据共享信息表"


def test_the_money_asked_about_not_what_it_is_put_to():
    from knowledge.reader.membership import membership

    assert membership("单位自筹的钱拿来建个系统，算不算区政府资金")[:2] == ("单位自筹", "区政府资金")


def test_the_thing_asked_about_is_the_head_noun_after_its_last_de():
    from knowledge.reader.membership import defining_sentence

    text = "配套服务是指培训、运维、测评等服务。"
    assert defining_sentence(text, "我们单位买的运维", "配套服务") == "配套服务是指培训、运维、测评等服务"
    assert defining_sentence(text, "我们单位买的设备", "配套服务") is None


def test_what_a_term_refers_to():
    from knowledge.reader.membership import asked_term

    assert asked_term("配套服务都指什么") == "配套服务"


@pytest.mark.parametrize("question", ["验收资料清单里是不是得有试运行报告", "初验材料里面需不需要有测试分析报告"])
def test_the_document_after_a_lists_asking_words(question):
    a, b, listed = membership(question)
    assert a in ("试运行报告", "测试分析报告") and listed


def test_the_documents_for_the_final_acceptance_are_the_acceptance_list():
    found = get_kb().ask("钟楼区项目终验要交哪些材料")["findings"]
    assert any(c["article"] == "第三十条" for f in found for c in f["citations"])


def test_the_asking_words_and_the_place_are_no_part_of_the_thing():
    assert membership("请问单位自筹的钱算不算区政府资金")[0] == "单位自筹"
    answer = get_kb().ask("请问龙岗区单位自筹的钱，是不是也算区政府资金？")["answer"]
    assert "“单位自筹”" in answer


def test_a_correction_is_weighed_by_every_term_it_lets_the_vocabulary_read():
    # 自愁 → 自筹: the corrected sentence reads 单位自筹 besides what both read (区政府资金)
    from knowledge.reader.question import understand

    kb = get_kb()
    assert "单位自筹" in understand("请问龙岗区单位自愁的钱，是不是也算区政府资金？", kb.aliases, kb.topics, kb=kb).reading


@pytest.mark.parametrize("text, items", [
    ("小组由甲局(办公室)、乙局、丙局、丁中心,以及抽取的专家组成", ["甲局", "乙局", "丙局", "丁中心"]),   # what opens it and the rest cut
    ("管理实行统一规划、统一标准和统一验收，原则上不再单独、分散建设", ["统一规划", "统一标准", "统一验收"]),
    ("负责公共类项目（包括基础设施服务、平台开发服务及相关运维服务、第三方服务）的需求", ["基础设施服务", "平台开发服务及相关运维服务", "第三方服务"]),
    ("报送方案和预算", []),                                                                      # no list of three
])
def test_the_items_of_a_list_counted(text, items):
    from knowledge.reader.membership import counted_list
    assert counted_list(text) == items


@pytest.mark.parametrize("text, asked", [
    ("评审小组由几个部门组成", True), ("有几个统一", True), ("验收分几类", True), ("How many kinds of services are there?", True),
    ("要几个专家", False), ("几个工作日内", False), ("哪几类材料", False),   # people, days, which ones
])
def test_a_count_of_listed_items_asked(text, asked):
    from knowledge.reader.membership import count_asked
    assert count_asked(text) is asked


def test_a_list_is_counted_in_the_answer_unless_the_text_counts_it():
    from knowledge.base import get_kb
    assert "共列出7个" in get_kb().ask("钟楼区评审小组除了专家以外，由几个部门组成")["answer"]   # in the unit asked
    assert "共列出" not in get_kb().ask("文登的建设方案分几个章节")["answer"]   # the text says 七章 itself


def test_a_numbered_list_is_read_in_order():
    from knowledge.reader.membership import numbered_items
    text = "验收应同时满足以下条件：（一）方案完成，且符合目标；（二）指标达标；（三）试运行满三个月。另见（一）号文"
    assert numbered_items(text) == ["方案完成", "指标达标", "试运行满三个月"]
    assert numbered_items("只有（一）一项") == []


def test_a_count_of_steps_takes_only_a_list_called_steps():
    from knowledge.base import get_kb
    assert "共列出4个" in get_kb().ask("文登项目验收要同时满足几个条件")["answer"]
    # the process the text sets out paragraph by paragraph (专业类服务项目立项流程：方案编制。…) is its steps
    assert "共列出4步：方案编制、项目审批、资金审核、资金申请" in get_kb().ask("云浮专业类服务项目立项流程分几步走")["answer"]


@pytest.mark.parametrize("question, count", [
    ("云浮公共类服务项目包括几种服务", "共列出5种"),            # the list inside the bracket the words open
    ("深圳质量监督登记要提交几种材料", "共列出2种"),            # the numbered list led by the thing asked
    ("龙岗项目成果主要包括几类", "共列出2类"),                  # （一）（二）, not the rights listed inside （一）
    ("深圳检测报告主要包括几种", None),                         # no list clearly of the thing: no count
    ("钟楼评审小组围绕几个方面评审", None),                     # aspects are counted only from a list called so
])
def test_second_review_counts(question, count):
    from knowledge.base import get_kb
    answer = get_kb().ask(question)["answer"]
    assert (count in answer) if count else ("共列出" not in answer)


@pytest.mark.parametrize("question, jid, verdict", [
    ("深圳项目先完成质量监督登记，以后再升级系统可以吗", "shenzhen", "yes"),   # a step done first, nothing left out
    ("云浮的系统先支持IPv6，以后再改造界面可以吗", "yunfu", "yes"),
])
def test_a_later_change_after_a_step_done_leaves_nothing_out(question, jid, verdict):
    from knowledge.base import get_kb
    found = [f for f in get_kb().ask(question)["findings"] if f["jurisdiction"] == jid]
    assert found and found[0]["verdict"] == verdict, found


def test_a_numbered_list_led_only_by_a_common_word_is_not_counted():
    """文登 验收应同时满足以下条件：（一）…（四）: 项目验收 leads it, but 验收资料 is what is asked (item (四)'s own list)."""
    from knowledge.base import get_kb
    assert "共列出4项" not in get_kb().ask("文登项目验收资料有多少项")["answer"]
