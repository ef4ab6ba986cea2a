"""Users (unique per channel identity, active flag, settings) and dialogue state round trips."""
from __future__ import annotations

import sqlite3

import pytest

from state import DEFAULT_REMINDER_SETTINGS, NotFound, Store


def test_get_or_create_is_unique_per_channel_identity(store):
    a, created = store.get_or_create_user("telegram", 12345)
    assert created and a["external_id"] == "12345" and a["language"] == "zh" and a["active"]
    again, created = store.get_or_create_user("telegram", "12345", language="en")
    assert not created and again["id"] == a["id"] and again["language"] == "zh"
    other, created = store.get_or_create_user("console", "12345")
    assert created and other["id"] != a["id"]
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO users (channel, external_id, created_at, updated_at) "
                         "VALUES ('telegram', '12345', 'x', 'x')")


def test_blocked_user_is_inactive_until_they_write_again(store):
    user, _ = store.get_or_create_user("telegram", "9")
    assert store.update_user(user["id"], active=False)["active"] is False
    assert store.find_user("telegram", "9")["active"] is False  # find_user never reactivates
    assert [u["id"] for u in store.list_users(active=False)] == [user["id"]]
    back, created = store.get_or_create_user("telegram", "9")
    assert not created and back["active"] is True


def test_settings_language_admin(store):
    user, _ = store.get_or_create_user("console", "me")
    assert user["reminder_settings"] == DEFAULT_REMINDER_SETTINGS and not user["is_admin"]
    settings = {**user["reminder_settings"], "hour": 8, "steps": {"d-7": False}}
    updated = store.update_user(user["id"], language="en", reminder_settings=settings, is_admin=True)
    assert updated["language"] == "en" and updated["is_admin"]
    assert updated["reminder_settings"]["hour"] == 8
    assert updated["reminder_settings"]["steps"] == {**DEFAULT_REMINDER_SETTINGS["steps"], "d-7": False}
    with pytest.raises(ValueError):
        store.update_user(user["id"], language="fr")
    with pytest.raises(NotFound):
        store.update_user(999, active=False)
    with pytest.raises(NotFound):
        store.get_user(999)


def test_project_fields_validated(store):
    user, _ = store.get_or_create_user("console", "me")
    with pytest.raises(ValueError, match="unknown stage"):
        store.create_project(user["id"], "x", stage="started")
    with pytest.raises(TypeError):
        store.create_project(user["id"], "x", amount=1.5)
    p = store.create_project(user["id"], "x", amount=500_000, new_initiative=False)
    assert p["new_initiative"] is False and p["stage"] == "planning"
    p = store.update_project(user["id"], p["id"], stage="declared", new_initiative=None, contract_amount=450_000)
    assert (p["stage"], p["new_initiative"], p["contract_amount"]) == ("declared", None, 450_000)
    with pytest.raises(ValueError, match="unknown project field"):
        store.update_project(user["id"], p["id"], owner_id=2)
    with pytest.raises(NotFound):
        store.create_project(4242, "no owner")


def test_conversation_round_trip_survives_restart(tmp_path):
    path = tmp_path / "bot.db"
    state = {"flow": "declare_project", "question": "amount", "answers": {"name": "智慧城管", "amount": None},
             "asked": ["name", "jurisdiction"], "retries": 2, "ok": True, "ratio": 0.5}
    with Store(path) as store:
        user, _ = store.get_or_create_user("telegram", "31")
        assert store.load_conversation(user["id"]) is None
        store.save_conversation(user["id"], {"flow": "start"})
        store.save_conversation(user["id"], state)  # replaces
    with Store(path) as store:  # "restart"
        assert store.load_conversation(user["id"]) == state
        store.clear_conversation(user["id"])
        assert store.load_conversation(user["id"]) is None


def test_conversation_state_must_be_json(store):
    user, _ = store.get_or_create_user("console", "me")
    with pytest.raises(TypeError):
        store.save_conversation(user["id"], {"when": object()})
    assert store.load_conversation(user["id"]) is None


def test_timestamps_come_from_the_clock():
    from datetime import datetime, timedelta, timezone

    beijing = timezone(timedelta(hours=8))
    with Store(":memory:", clock=lambda: datetime(2026, 3, 2, 9, 30, tzinfo=beijing)) as store:
        user, _ = store.get_or_create_user("console", "me")
        assert user["created_at"] == "2026-03-02T01:30:00+00:00"  # stored in UTC
