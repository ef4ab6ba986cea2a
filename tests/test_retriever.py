import pytest

pytest.importorskip("langchain_core", reason="the langchain extra is part of the test extra")

from knowledge.retriever import RegulationRetriever  # noqa: E402


def test_retriever_returns_cited_documents():
    docs = RegulationRetriever(jurisdictions=["zhonglou"], k=3).invoke("80万的项目需要监理吗")
    assert docs and docs[0].metadata["doc"] == "zhonglou"
    assert "第十五条" in [d.metadata["article"] for d in docs]
    top = docs[0]
    assert top.metadata["snippet"] and top.metadata["snippet"].replace(" ", "") in top.page_content.replace(" ", "").replace("\n", "")


def test_retriever_is_a_runnable():
    from langchain_core.runnables import Runnable

    r = RegulationRetriever(k=2)
    assert isinstance(r, Runnable)
    assert len(r.batch(["监理", "验收"])) == 2
