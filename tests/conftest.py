import os
import tempfile

import pytest

from knowledge.base import KnowledgeBase

# compiled regex code is kept for the tests' own processes (and the bots they start), not in the user's cache
os.environ.setdefault("BOT_CACHE_DIR", tempfile.mkdtemp(prefix="govit-test-cache-"))


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
