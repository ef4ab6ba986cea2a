import pytest

from knowledge.base import KnowledgeBase


@pytest.fixture(scope="session")
def kb():
    return KnowledgeBase()
