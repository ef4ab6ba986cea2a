"""Article search: two-character terms match, filters hold, quotes are verbatim."""
import time

from knowledge.texts.search import best_passage, tokenize


def test_two_character_terms_match(kb):
    for term, doc, label in [("监理", "zhonglou", "第十五条"), ("可研", None, None), ("验收", "wendeng", None)]:
        hits = kb.search(term, [doc] if doc else None, k=10)
        assert hits, term
        if label:
            assert label in [h.label for h in hits]


def test_tokenizer():
    assert tokenize("监理") == ["监理"]
    assert tokenize("需要监理吗") == ["需要", "要监", "监理", "理吗"]
    assert "ipv6" in tokenize("支持IPV6应用")


def test_abbreviations_and_english_reach_the_chinese_text(kb):
    assert kb.search("可研", ["longgang"], k=1)[0].label == "第十一条"
    assert kb.search("等保", ["zhonglou"], k=3)[0].label in ("第二十七条", "第三十条")
    assert "第十五条" in [h.label for h in kb.search("supervisor", ["zhonglou"], k=3)]


def test_filter_by_jurisdiction(kb):
    hits = kb.index.search("监理", ["yunfu"], k=5)
    assert hits and all(h.doc == "yunfu" for h in hits)


def test_finds_the_article_that_holds_the_answer(kb):
    cases = [("质量监督登记 合同签订后 5个工作日", "shenzhen", "第十六条"),
             ("质保期不低于2年", "longgang", "第四十五条"),
             ("编写提纲 项目投资", "wendeng", "附件2"),
             ("试运行结束后30日内 初验", "zhonglou", "第二十八条")]
    for query, doc, label in cases:
        assert kb.index.search(query, [doc], k=1)[0].label == label


def test_best_passage_is_verbatim(kb):
    art = kb.article("longgang", "第十一条")
    quote = best_passage(art, tokenize("可行性研究报告 5000万"))
    assert art.contains(quote) and "5000万" in quote


def test_search_is_fast(kb):
    kb.index.search("监理", None)
    t = time.perf_counter()
    for _ in range(200):
        kb.index.search("钟楼区80万的项目需要监理吗", ["zhonglou"])
    assert (time.perf_counter() - t) / 200 < 0.005
