"""reminders_sent: one row per (filing, step), recorded in the pusher's transaction."""
from __future__ import annotations

import sqlite3

import pytest

from state import NotFound


@pytest.fixture
def filing(store, alice, alice_project):
    return store.sync_filings(alice["id"], alice_project["id"], [{"key": "k", "due": "2026-05-01"}]).added[0]


def test_step_recorded_once(store, filing):
    assert not store.reminder_was_sent(filing["id"], "d-7")
    assert store.record_reminder_sent(filing["id"], "d-7", message_id=9001) is True
    assert store.reminder_was_sent(filing["id"], "d-7")
    assert store.record_reminder_sent(filing["id"], "d-7", message_id=9002) is False  # duplicate
    assert store.record_reminder_sent(filing["id"], "overdue-2026-05-02") is True
    assert store.sent_steps(filing["id"]) == {"d-7", "overdue-2026-05-02"}
    rows = list(store.db.query("SELECT step, message_id FROM reminders_sent ORDER BY id"))
    assert rows == [{"step": "d-7", "message_id": "9001"}, {"step": "overdue-2026-05-02", "message_id": None}]


def test_uniqueness_is_enforced_by_the_database(store, filing):
    store.record_reminder_sent(filing["id"], "d0")
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO reminders_sent (filing_id, step, sent_at) VALUES (?, 'd0', 'x')",
                         [filing["id"]])


def test_send_failure_rolls_back_the_record(store, filing):
    """The pusher's pattern: record inside the transaction; if anything after fails, nothing sticks."""
    with pytest.raises(ConnectionError), store.transaction():
        store.record_reminder_sent(filing["id"], "wd-1", 77)
        raise ConnectionError("telegram said no")
    assert not store.reminder_was_sent(filing["id"], "wd-1")


def test_unknown_filing(store):
    with pytest.raises(NotFound):
        store.record_reminder_sent(123456, "d-7")
