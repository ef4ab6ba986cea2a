"""sync_filings change reports and status preservation; done/undo/snooze; pusher queries."""
from __future__ import annotations

from datetime import date

import pytest

from state import NotFound


def _quarterly(*dues):
    return [{"key": "quarterly_report", "due": d, "title": {"zh": "季度报告", "en": "Quarterly report"}} for d in dues]


@pytest.fixture
def ids(alice, alice_project):
    return alice["id"], alice_project["id"]


def test_first_sync_adds_everything(store, ids):
    owner, pid = ids
    changes = store.sync_filings(owner, pid, [
        {"key": "contract_filed", "due": date(2026, 3, 9), "title": "合同备案", "basis": ["shenzhen", "第十二条"]},
        *_quarterly("2026-04-15", "2026-07-15"),
    ])
    assert changes.changed
    assert [(f["key"], f["due"]) for f in changes.added] == [
        ("contract_filed", "2026-03-09"), ("quarterly_report", "2026-04-15"), ("quarterly_report", "2026-07-15")]
    assert changes.removed == changes.moved == changes.unchanged == []
    first = changes.added[0]
    assert first["status"] == "pending" and first["title"] == "合同备案"
    assert first["info"] == {"basis": ["shenzhen", "第十二条"]}
    assert changes.added[1]["title"]["en"] == "Quarterly report"


def test_resync_same_deadlines_changes_nothing_and_keeps_status(store, ids):
    owner, pid = ids
    deadlines = [{"key": "contract_filed", "due": "2026-03-09"}, *_quarterly("2026-04-15")]
    added = store.sync_filings(owner, pid, deadlines).added
    store.mark_done(owner, added[0]["id"])
    store.snooze(owner, added[1]["id"], "2026-04-10")
    again = store.sync_filings(owner, pid, deadlines)
    assert not again.changed
    assert {f["key"]: f["status"] for f in again.unchanged} == {"contract_filed": "done", "quarterly_report": "snoozed"}
    assert [f["id"] for f in again.unchanged] == [f["id"] for f in added]


def test_title_change_is_refreshed_silently(store, ids):
    owner, pid = ids
    store.sync_filings(owner, pid, [{"key": "k", "due": "2026-05-01", "title": "old"}])
    again = store.sync_filings(owner, pid, [{"key": "k", "due": "2026-05-01", "title": "new", "note": 1}])
    assert not again.changed
    assert again.unchanged[0]["title"] == "new" and again.unchanged[0]["info"] == {"note": 1}


def test_event_change_moves_a_one_off_deadline(store, ids):
    """Contract date corrected: its filing deadline moves; snooze ends and reminders restart."""
    owner, pid = ids
    store.record_event(owner, pid, "contract_signed", "2026-03-02")
    filing = store.sync_filings(owner, pid, [{"key": "contract_filed", "due": "2026-03-09"}]).added[0]
    store.snooze(owner, filing["id"], "2026-03-08")
    store.record_reminder_sent(filing["id"], "d-7", 501)
    store.record_event(owner, pid, "contract_signed", "2026-03-05")
    changes = store.sync_filings(owner, pid, [{"key": "contract_filed", "due": "2026-03-12"}])
    assert changes.added == changes.removed == []
    [moved] = changes.moved
    assert moved["id"] == filing["id"]
    assert (moved["old_due"], moved["due"]) == ("2026-03-09", "2026-03-12")
    assert moved["status"] == "pending" and moved["snoozed_until"] is None
    assert not store.reminder_was_sent(filing["id"], "d-7")


def test_done_filing_is_never_moved_or_deleted(store, ids):
    owner, pid = ids
    filing = store.sync_filings(owner, pid, [{"key": "contract_filed", "due": "2026-03-09"}]).added[0]
    store.mark_done(owner, filing["id"])
    changes = store.sync_filings(owner, pid, [{"key": "contract_filed", "due": "2026-03-12"}])
    assert changes.moved == [] and changes.removed == []
    assert [f["due"] for f in changes.added] == ["2026-03-12"]
    gone = store.sync_filings(owner, pid, [])
    assert [f["due"] for f in gone.removed] == ["2026-03-12"]
    assert [(f["due"], f["status"]) for f in store.list_filings(owner, pid)] == [("2026-03-09", "done")]


def test_recurring_filing_has_one_row_per_occurrence(store, ids):
    owner, pid = ids
    first = store.sync_filings(owner, pid, _quarterly("2026-04-15", "2026-07-15", "2026-10-15"))
    assert len(first.added) == 3
    q1 = first.added[0]
    store.mark_done(owner, q1["id"])
    # the window rolls forward: Q1 no longer listed, Q4 appears
    rolled = store.sync_filings(owner, pid, _quarterly("2026-07-15", "2026-10-15", "2027-01-15"))
    assert [f["due"] for f in rolled.added] == ["2027-01-15"]
    assert rolled.removed == [] and rolled.moved == []  # Q1 was done: kept as a record, never "moved"
    assert len(rolled.unchanged) == 2
    # construction start corrected: pending occurrences shift -> removed + added, not silently paired
    shifted = store.sync_filings(owner, pid, _quarterly("2026-07-20", "2026-10-20", "2027-01-20"))
    assert [f["due"] for f in shifted.removed] == ["2026-07-15", "2026-10-15", "2027-01-15"]
    assert [f["due"] for f in shifted.added] == ["2026-07-20", "2026-10-20", "2027-01-20"]
    statuses = {f["due"]: f["status"] for f in store.list_filings(owner, pid)}
    assert statuses["2026-04-15"] == "done" and len(statuses) == 4


def test_unique_project_key_due_in_the_database(store, ids):
    import sqlite3
    owner, pid = ids
    store.sync_filings(owner, pid, [{"key": "k", "due": "2026-05-01"}])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO filings (project_id, key, due, status, created_at, updated_at) "
                         "VALUES (?, 'k', '2026-05-01', 'pending', 'x', 'x')", [pid])


def test_bad_deadlines_are_rejected(store, ids):
    owner, pid = ids
    with pytest.raises(ValueError, match="listed twice"):
        store.sync_filings(owner, pid, [{"key": "k", "due": "2026-05-01"}, {"key": "k", "due": date(2026, 5, 1)}])
    with pytest.raises(ValueError, match="ISO date"):
        store.sync_filings(owner, pid, [{"key": "k", "due": "next friday"}])
    assert store.list_filings(owner, pid) == []


def test_mark_done_undo_snooze(store, alice, ids):
    owner, pid = ids
    fid = store.sync_filings(owner, pid, [{"key": "k", "due": "2026-05-01"}]).added[0]["id"]
    done = store.mark_done(owner, fid)
    assert done["status"] == "done" and done["done_by"] == alice["id"] and done["done_at"]
    assert store.mark_done(owner, fid)["done_at"] == done["done_at"]  # idempotent
    with pytest.raises(ValueError, match="already done"):
        store.snooze(owner, fid, "2026-04-30")
    back = store.undo_done(owner, fid)
    assert back["status"] == "pending" and back["done_at"] is None and back["done_by"] is None
    snoozed = store.snooze(owner, fid, date(2026, 4, 28))
    assert snoozed["status"] == "snoozed" and snoozed["snoozed_until"] == "2026-04-28"
    with pytest.raises(NotFound):
        store.mark_done(owner, 424242)


def test_pusher_queries(store, alice, bob, alice_project):
    owner = alice["id"]
    fs = store.sync_filings(owner, alice_project["id"], [
        {"key": "a", "due": "2026-05-01"}, {"key": "b", "due": "2026-05-05"}, {"key": "c", "due": "2026-05-20"},
        {"key": "old", "due": "2026-04-01"}, {"key": "older_done", "due": "2026-03-01"},
    ]).added
    by_key = {f["key"]: f["id"] for f in fs}
    bob_project = store.create_project(bob["id"], "Bob's")
    store.sync_filings(bob["id"], bob_project["id"], [{"key": "a", "due": "2026-05-02"}])
    store.mark_done(owner, by_key["older_done"])
    store.snooze(owner, by_key["b"], "2026-05-03")

    window = store.due_within("2026-04-28", "2026-05-07")
    assert [(f["key"], f["external_id"]) for f in window] == [("a", "1001"), ("a", "2002"), ("b", "1001")]
    row = window[1]
    assert row["channel"] == "telegram" and row["language"] == "en" and row["project_name"] == "Bob's"
    assert row["owner_id"] == bob["id"] and row["reminder_settings"]["hour"] == 9
    # snoozed until the 3rd: hidden on the 2nd, back on the 3rd
    assert [f["key"] for f in store.due_within("2026-04-28", "2026-05-07", as_of="2026-05-02")] == ["a", "a"]
    assert [f["key"] for f in store.due_within("2026-04-28", "2026-05-07", as_of="2026-05-03")] == ["a", "a", "b"]

    assert [f["key"] for f in store.overdue(date(2026, 5, 4))] == ["old", "a", "a"]
    # a user who blocked the bot drops out of the pusher's queries
    store.update_user(bob["id"], active=False)
    assert [f["key"] for f in store.overdue("2026-05-04")] == ["old", "a"]
    stats = store.stats()
    assert stats["users"] == 2 and stats["active_users"] == 1 and stats["projects"] == 2
    assert (stats["filings_pending"], stats["filings_snoozed"], stats["filings_done"]) == (4, 1, 1)


def test_events_replace_and_keep_an_audit_trail(store, alice, bob, ids):
    owner, pid = ids
    store.record_event(owner, pid, "approved", "2026-01-10")
    store.record_event(owner, pid, "approved", "2026-01-12", by=owner)
    same = store.record_event(owner, pid, "approved", "2026-01-12")  # no-op
    assert same["date"] == "2026-01-12"
    store.record_event(owner, pid, "contract_signed", date(2026, 2, 1))
    assert [(e["name"], e["date"]) for e in store.list_events(owner, pid)] == [
        ("approved", "2026-01-12"), ("contract_signed", "2026-02-01")]
    assert store.clear_event(owner, pid, "contract_signed") is True
    assert store.clear_event(owner, pid, "contract_signed") is False
    history = [(h["name"], h["date"], h["action"]) for h in store.event_history(owner, pid)]
    assert history == [("approved", "2026-01-10", "set"), ("approved", "2026-01-12", "set"),
                       ("contract_signed", "2026-02-01", "set"), ("contract_signed", None, "clear")]
    with pytest.raises(ValueError, match="unknown event"):
        store.record_event(owner, pid, "signed", "2026-01-01")
