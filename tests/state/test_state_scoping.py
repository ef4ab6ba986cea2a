"""Owner scoping: a forged id for someone else's project or filing is refused as NotFound."""
from __future__ import annotations

import pytest

from state import NotFound


@pytest.fixture
def alice_filing(store, alice, alice_project):
    store.record_event(alice["id"], alice_project["id"], "contract_signed", "2026-03-02")
    changes = store.sync_filings(alice["id"], alice_project["id"],
                                 [{"key": "contract_filed", "due": "2026-03-09", "title": "合同备案"}])
    return changes.added[0]


def test_forged_project_access_is_refused(store, alice, bob, alice_project, alice_filing):
    pid, fid, me = alice_project["id"], alice_filing["id"], bob["id"]
    forged = [
        lambda: store.get_project(me, pid),
        lambda: store.update_project(me, pid, name="mine now"),
        lambda: store.update_project(me, pid),
        lambda: store.delete_project(me, pid),
        lambda: store.record_event(me, pid, "approved", "2026-01-01"),
        lambda: store.clear_event(me, pid, "contract_signed"),
        lambda: store.list_events(me, pid),
        lambda: store.event_history(me, pid),
        lambda: store.sync_filings(me, pid, []),
        lambda: store.list_filings(me, pid),
        lambda: store.get_filing(me, fid),
        lambda: store.mark_done(me, fid),
        lambda: store.undo_done(me, fid),
        lambda: store.snooze(me, fid, "2026-12-31"),
    ]
    for attempt in forged:
        with pytest.raises(NotFound):
            attempt()
    assert store.list_projects(me) == []
    # Alice's data is untouched
    assert store.get_project(alice["id"], pid)["name"] == alice_project["name"]
    assert [e["name"] for e in store.list_events(alice["id"], pid)] == ["contract_signed"]
    filing = store.get_filing(alice["id"], fid)
    assert filing["status"] == "pending" and filing["due"] == "2026-03-09"


def test_forged_and_missing_ids_look_the_same(store, bob, alice_project, alice_filing):
    """No existence leak: someone else's id and a nonexistent id give the same error."""
    errors = []
    for pid in (alice_project["id"], 987654):
        with pytest.raises(NotFound) as info:
            store.get_project(bob["id"], pid)
        errors.append((type(info.value), str(info.value)))
    for fid in (alice_filing["id"], 987654):
        with pytest.raises(NotFound) as info:
            store.mark_done(bob["id"], fid)
        errors.append((type(info.value), str(info.value)))
    assert errors[0] == errors[1] and errors[2] == errors[3]


def test_list_projects_only_shows_own(store, alice, bob, alice_project):
    store.create_project(bob["id"], "Bob's")
    assert [p["id"] for p in store.list_projects(alice["id"])] == [alice_project["id"]]
    assert [p["name"] for p in store.list_projects(bob["id"])] == ["Bob's"]


def test_delete_cascades(store, alice, alice_project, alice_filing):
    store.record_reminder_sent(alice_filing["id"], "d-7", 11)
    store.save_conversation(alice["id"], {"x": 1})
    store.delete_project(alice["id"], alice_project["id"])
    for table in ("projects", "events", "event_history", "filings", "reminders_sent"):
        assert store.db[table].count == 0, table
    assert store.load_conversation(alice["id"]) == {"x": 1}
