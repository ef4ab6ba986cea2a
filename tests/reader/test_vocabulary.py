"""The topic vocabulary: every term's provenance is honest, and an "A+B" term matches only when its
parts are close together in one clause."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.reader import topics as T
from knowledge.texts.text import fold

ROOT = Path(__file__).resolve().parents[2] / "knowledge"
REGULATIONS = [fold(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "regulations").glob("*.txt"))]


def _sources() -> list[tuple[str, dict]]:
    """(where, topics) for topics.yaml and every jurisdiction's `topics:` section."""
    out = [("topics.yaml", yaml.safe_load((ROOT / "reader" / "topics.yaml").read_text(encoding="utf-8")))]
    for path in sorted((ROOT / "jurisdictions").glob("*.yaml")):
        more = yaml.safe_load(path.read_text(encoding="utf-8")).get("topics") or {}
        out.append((f"{path.name} topics:", more))
    return out


def _entries():
    for where, spec in _sources():
        for key, raw in spec.items():
            for lang in ("zh", "en"):
                for term, kind in T.term_entries(raw.get(lang)):
                    yield where, key, lang, term, kind


def test_text_terms_occur_in_a_regulation():
    missing = [f"{where} {key}.{lang}: {term} ({part})"
               for where, key, lang, term, kind in _entries() if kind == "text"
               for part in T.term_parts(term) if not any(fold(part) in r for r in REGULATIONS)]
    assert not missing, "text terms not in any regulation:\n" + "\n".join(missing)


def test_every_term_has_a_provenance():
    """Plain lists still load (as "unknown"), but the project's own files are all converted."""
    unknown = [f"{where} {key}.{lang}: {term}" for where, key, lang, term, kind in _entries() if kind == "unknown"]
    assert not unknown, "\n".join(unknown)


def test_every_topic_has_a_term():
    topics = T.load_topics()
    assert topics
    assert not [key for key, t in topics.items() if not t.terms]


def test_no_term_twice_in_a_topic():
    twice = []
    for where, spec in _sources():
        for key, raw in spec.items():
            for lang in ("zh", "en"):
                seen: set[tuple[str, ...]] = set()
                for term, _ in T.term_entries(raw.get(lang)):
                    parts = tuple(fold(p) for p in T.term_parts(term))
                    if parts in seen:
                        twice.append(f"{where} {key}.{lang}: {term}")
                    seen.add(parts)
    assert not twice, "\n".join(twice)


def test_plain_list_loads_as_unknown_and_provenance_is_kept():
    t = T._topic("x", {"zh": ["可研", "验收+材料"], "en": {"synonym": ["feasibility"]}})
    assert t.terms == (("可研",), ("验收", "材料"), ("feasibility",))
    assert t.zh_terms == ("可研", "验收", "材料")
    assert t.provenance == {"zh": {"可研": "unknown", "验收+材料": "unknown"}, "en": {"feasibility": "synonym"}}
    with pytest.raises(ValueError):
        T.term_entries({"txet": ["监理"]})


def test_loaded_topics_carry_provenance():
    topics = T.load_topics()
    assert topics["supervision"].provenance["zh"]["监理"] == "text"
    assert topics["feasibility_study"].provenance["zh"]["可研"] == "synonym"


def test_jurisdiction_words_merge_with_provenance():
    topics = T.load_topics([{"supervision": {"zh": {"colloquial": ["找监理"]}},
                             "feasibility_study": {"zh": ["可研报告"]}}])
    assert ("找监理",) in topics["supervision"].terms and ("监理",) in topics["supervision"].terms
    assert topics["supervision"].provenance["zh"]["找监理"] == "colloquial"
    assert topics["feasibility_study"].provenance["zh"]["可研报告"] == "unknown"
    assert topics["feasibility_study"].provenance["zh"]["可研"] == "synonym"


@pytest.mark.parametrize("text", [
    "验收材料",                      # adjacent
    "材料验收",                      # either order
    "验收的时候要准备哪些材料",       # 7 characters apart
    "验收，需要什么材料",             # a comma is no clause end
    "验收一二三四五六七八九十一二材料",  # exactly 12 apart
])
def test_a_plus_b_within_a_window(text):
    assert T._spans(fold(text), ("验收", "材料")) is not None


@pytest.mark.parametrize("text", [
    "验收。材料",
    "验收？材料",
    "验收吗?材料呢",
    "验收；材料",
    "验收！材料",
    "验收一二三四五六七八九十一二三材料",  # 13 apart
    "只有验收",                       # one part missing
])
def test_a_plus_b_not_across_a_clause_or_beyond_the_window(text):
    assert T._spans(fold(text), ("验收", "材料")) is None


def test_a_plus_b_picks_the_close_pair():
    text = fold("材料齐全。项目验收需要哪些材料")
    cov = T._spans(text, ("验收", "材料"))
    assert cov is not None and min(cov) == text.index("验收")


def test_three_parts_chain_within_the_window():
    assert T._spans(fold("没有立项就开始采购"), ("没", "立项", "采购")) is not None
    assert T._spans(fold("没有立项。后来开始采购"), ("没", "立项", "采购")) is None


def test_english_window_counts_letters_by_word():
    q = fold("Which documents must be included for project acceptance in Zhonglou?")
    assert T._spans(q, ("acceptance", "document")) is not None
    q = fold("Which documents are needed? And when is acceptance?")
    assert T._spans(q, ("acceptance", "document")) is None


def test_detect_uses_the_window():
    topics = T.load_topics()
    assert "acceptance_documents" in T.detect("验收需要准备哪些材料？", topics)
    assert "acceptance_documents" not in T.detect("验收合格了。申报还要补交什么材料？", topics)


@pytest.mark.parametrize("question,topic", [
    ("Does the measure apply to a pure O&M contract?", "scope"),       # the vocabulary writes apply+measures
    ("Which measures applied to it?", "scope"),
    ("How many inspectors must the supervision agency send?", "oversight"),
])
def test_english_inflections_read_as_the_word(question, topic):
    """English terms match in their words' dictionary forms: a plural or another tense is the same word."""
    topics = T.load_topics()
    assert topic in T.detect(question, topics)


def test_stems_keep_the_positions_of_the_folded_text():
    folded, where = T.stemmed("Do the Measures apply? 监理")
    assert folded == "dothemeasureapply?监理"
    # each dictionary form's characters stand for its word's: "measure" for "measures"
    assert where == [*range(0, 12), *range(13, 21)]
    assert T.stemmed("只有中文") is None


def test_derived_words_are_not_inflections():
    """'application' is not 'applicable': a written application is no question of scope."""
    topics = T.load_topics()
    assert "scope" not in T.detect("Can we start building first and submit the written application later?", topics)


def test_an_inflected_english_word_reads_a_term_already_in_its_dictionary_form():
    # "declaring" is "declare", a term that stemming leaves as it is; "docs" is documents
    from knowledge.base import get_kb
    from knowledge.reader.topics import detect

    kb = get_kb()
    assert "declaration" in detect("what happens after declaring a project", kb.topics)
    out = kb.ask("Zhonglou project of 290k yuan - what docs do we need to submit when declaring it?")
    assert out["understood"]["topics"][0] == "declaration_documents"
    assert "建设方案" in out["answer"]
    # "when" inside a what-question is no question of when to declare
    assert "annual_plan" not in out["understood"]["topics"]
    assert kb.ask("When do we declare next year's projects in Zhonglou?")["understood"]["topics"][0] == "annual_plan"


def test_a_regulations_title_names_no_topic_of_the_question():
    from knowledge.base import get_kb
    from knowledge.reader.topics import detect, title_spans

    kb = get_kb()
    t = "深圳那份信息工程质量监督管理暂行办法能用多少年"
    assert [t[a:b] for a, b in title_spans(t)] == ["信息工程质量监督管理暂行办法"]
    assert detect(t, kb.topics) == ["validity"]        # not quality supervision, which is the title's
    s = "适用钟楼区的实施细则吗"
    assert [s[a:b] for a, b in title_spans(s)] == ["实施细则"]   # 适用 is the question's word
    # a topic named only inside the title stays: nothing else is asked
    assert "quality_supervision" in detect("深圳信息工程质量监督管理暂行办法", kb.topics)
    # English: the title is the words before "measures", not the verbs before them
    e = "which body has the authority to interpret the smart wendeng project measures?"
    assert [e[a:b] for a, b in title_spans(e)] == ["wendeng project measures"]


@pytest.mark.parametrize("question,article,verdict", [
    ("深圳質量監督暫行辦法有效多少年？", "第二十八条", "info"),
    ("龙岗区这个信息化项目管理办法有效几年？", "第五十五条", "info"),
    ("When did the Zhonglou implementing rules come into force?", "第四十二条", "info"),
    ("深圳这个信息工程质量监督暂行办法具体是哪天开始施行的", "第二十八条", "not_specified"),   # 2018年 月 日: left blank
    ("想查一下深圳那份质量监督管理暂行办法从哪天起实施，年月日能说具体点吗？", "第二十八条", "not_specified"),
])
def test_when_a_regulation_takes_effect_and_for_how_long(question, article, verdict):
    from knowledge.base import get_kb

    found = get_kb().ask(question)["findings"]
    assert (found[0]["verdict"], found[0]["citations"][-1]["article"]) == (verdict, article)


def test_the_quality_platform_and_its_address_in_english():
    from knowledge.base import get_kb

    out = get_kb().ask("Shenzhen: which platform is used to report information engineering quality data, and what's its web address?")
    assert out["understood"]["topics"][0] == "quality_platform"
    assert "service.stc.org.cn" in out["answer"] and out["findings"][0]["citations"][0]["article"] == "第十七条"


@pytest.mark.parametrize("question,topic", [
    ("市直部门还能不能搞自己的standalone system", "self_build"),
    ("Are city units still allowed to run separate systems?", "self_build"),
    ("区县的项目可以直接用市里这个办法吗", "scope"),
    ("这类项目是不是也得照细则申报", "scope"),
    ("合同签好了，中标通知书要不要报给主管部门", "contract_filing"),
    ("Which office is in charge of the approval of new IT projects?", "approval_authority"),
    ("Is a pure O&M contract covered?", "scope"),
    ("Does the regulation cover a 300k project?", "scope"),
    ("The system isn't in our annual plan yet; can we build it?", "new_initiative"),
    ("终验还没过，系统能先用着吗", "use_before_acceptance"),
    ("中标的公司把整个项目转手给别人做", "resale"),
])
def test_words_users_write_for_a_topic(question, topic):
    """Synonyms and colloquial forms users write (provenance synonym / colloquial), not the text's own."""
    assert topic in T.detect(question, T.load_topics())


def test_acceptance_documents_said_as_files():
    assert "acceptance_documents" in T.detect("验收的时候要交哪些文件", T.load_topics())


def test_what_a_document_has_to_cover_is_no_scope_question():
    assert "scope" not in T.detect("What does the task book have to cover?", T.load_topics())


@pytest.mark.parametrize("text, topic", [
    ("终验没过，接下来怎么弄", "acceptance_failure"),           # a failed final acceptance is a failed acceptance
    ("初验不合格要怎么整改", "acceptance_failure"),
    ("每年的项目评价结果拿去干嘛", "performance_evaluation"),   # the text's 项目评价, not 年度项目 (the annual plan)
    ("What took effect first, and when do the rules expire?", "validity"),
    ("中标单位还没定，能不能叫公司提前进场干活", "build_before_tender"),   # starting work before the award
    ("这个系统能不能并到其他类项目里报，省得单独审批", "bundling"),
    ("市级单位的项目要执行区里的实施细则吗", "scope"),
    ("国企出钱建的系统受不受这个办法管", "scope"),
])
def test_colloquial_and_text_terms_find_their_topic(text, topic):
    from knowledge.base import get_kb

    assert T.detect(text, get_kb().topics)[0] == topic


def test_the_body_a_filing_goes_to_names_no_topic():
    from knowledge.base import get_kb

    topics = T.detect("合同签了以后多久要向主管部门备案", get_kb().topics)
    assert "responsibilities" not in topics and topics
    assert T.detect("项目由哪个主管部门负责", get_kb().topics)[0] == "responsibilities"   # asked for itself


def test_testing_said_as_a_verb_after_third_party():
    from knowledge.base import get_kb

    parts = get_kb().ask("云浮市直的项目，软件那块用不用找第三方测？")["understood"]["parts"]
    assert ["third_party_testing"] in parts or any("third_party_testing" in p for p in parts)
