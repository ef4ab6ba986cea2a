"""Fixtures for the store tests: an in-memory store and two users with a project each."""
from __future__ import annotations

import pytest

from state import Store


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def alice(store):
    user, _ = store.get_or_create_user("telegram", "1001")
    return user


@pytest.fixture
def bob(store):
    user, _ = store.get_or_create_user("telegram", "2002", language="en")
    return user


@pytest.fixture
def alice_project(store, alice):
    return store.create_project(alice["id"], "市政务云扩容", jurisdiction="shenzhen", amount=3_000_000,
                                kind="software", new_initiative=True)
