"""What a project hands in, asked as such: the sentence that has documents handed in or listed is
quoted (knowledge/rules/documents.py). Sentences of this file's own."""
import pytest

from knowledge.base import get_kb
from knowledge.rules.documents import documents_asked


@pytest.mark.parametrize("text, asked", [
    ("文登的项目送审要带哪些材料", True),
    ("What documents go with a Wendeng review?", True),
    ("签合同以后几个工作日内要办什么", False),
    ("文登的项目要评审吗", False),
])
def test_documents_asked(text, asked):
    assert documents_asked(text) == asked


def test_the_sentence_handing_documents_in_is_quoted():
    out = get_kb().ask("文登区的项目评审前要准备哪些材料")
    quotes = [c["quote"] for f in out["findings"] if f["jurisdiction"] == "wendeng" for c in f["citations"]]
    assert any("建设方案和可行性报告" in q for q in quotes), quotes
    assert "可行性报告" in out["answer"]


def test_a_body_reported_to_is_no_document_handed_in():
    from knowledge.rules.documents import _HANDS_IN

    assert not _HANDS_IN.search("项目建设单位应及时向区大数据中心报告，区大数据中心可依照有关规定责令建设单位")
    assert _HANDS_IN.search("建设单位向区大数据中心提交建设方案和可行性报告")


def test_the_documents_finding_is_named_in_the_reply():
    answer = get_kb().ask("文登区项目评审要准备些什么材料")["answer"]
    assert "要交的材料：" in answer and "documents：" not in answer


def test_whose_a_thing_is_is_answered_as_whether_it_is_so():
    answer = get_kb().ask("有人说龙岗区的源代码归开发商所有，是不是这样")["answer"]
    assert "：否。" in answer
