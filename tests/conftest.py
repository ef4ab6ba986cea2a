import pytest

from knowledge.base import KnowledgeBase


@pytest.fixture(scope="session")
def kb():
    return KnowledgeBase()


@pytest.fixture(scope="session")
def first_finding(kb):
    """The first finding an answer gives for a jurisdiction: what a reader of that jurisdiction's part sees first."""
    def first(question: str, jid: str) -> dict:
        found = [f for f in kb.ask(question)["findings"] if f["jurisdiction"] == jid]
        assert found, question
        return found[0]
    return first
