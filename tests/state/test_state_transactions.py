"""One transaction per message: all or nothing, savepoints when nested, no interleaving tasks."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from state import Store, TransactionInterleaved


def _one_message(store: Store) -> int:
    """What a handler might do for one message that records an event."""
    user, _ = store.get_or_create_user("telegram", "777")
    project = store.create_project(user["id"], "数据共享平台", amount=1_200_000)
    store.record_event(user["id"], project["id"], "contract_signed", "2026-03-02")
    store.sync_filings(user["id"], project["id"], [{"key": "contract_filed", "due": "2026-03-09"}])
    store.save_conversation(user["id"], {"step": "done"})
    return user["id"]


def test_exception_inside_transaction_rolls_back_everything(tmp_path):
    path = tmp_path / "bot.db"
    with Store(path) as store:
        with pytest.raises(RuntimeError, match="crash mid-message"), store.transaction():
            _one_message(store)
            assert store.find_user("telegram", "777") is not None  # visible inside
            raise RuntimeError("crash mid-message")
        assert not store.in_transaction
        assert not store.db.conn.in_transaction
    with Store(path) as store:  # nothing reached the file
        for table in ("users", "projects", "events", "event_history", "filings", "conversations"):
            assert store.db[table].count == 0, table


def test_commit_persists(tmp_path):
    path = tmp_path / "bot.db"
    with Store(path) as store, store.transaction():
        uid = _one_message(store)
    with Store(path) as store:
        assert store.load_conversation(uid) == {"step": "done"}
        assert len(store.list_filings(uid, store.list_projects(uid)[0]["id"])) == 1


def test_nested_block_is_a_savepoint(store):
    with store.transaction():
        user, _ = store.get_or_create_user("console", "a")
        try:
            with store.transaction():
                store.save_conversation(user["id"], {"inner": True})
                raise ValueError("inner fails")
        except ValueError:
            pass
        store.create_project(user["id"], "kept")
    assert store.load_conversation(user["id"]) is None
    assert [p["name"] for p in store.list_projects(user["id"])] == ["kept"]


def test_failed_statement_inside_method_leaves_no_trace(store, alice, alice_project):
    """A multi-statement method is atomic even when the caller swallows its error.

    A temporary trigger makes record_event's second statement (the audit row) fail after its
    first (the event upsert) succeeded; the event must not be left behind.
    """
    store.db.execute("CREATE TEMP TRIGGER no_history BEFORE INSERT ON event_history "
                     "BEGIN SELECT RAISE(ABORT, 'audit write failed'); END")
    with store.transaction():
        store.save_conversation(alice["id"], {"step": "event"})
        with pytest.raises(sqlite3.IntegrityError, match="audit write failed"):
            store.record_event(alice["id"], alice_project["id"], "contract_signed", "2026-03-02")
    assert store.list_events(alice["id"], alice_project["id"]) == []
    assert store.load_conversation(alice["id"]) == {"step": "event"}  # the rest of the message committed
    store.db.execute("DROP TRIGGER no_history")
    store.record_event(alice["id"], alice_project["id"], "contract_signed", "2026-03-02")  # outside any transaction
    assert len(store.list_events(alice["id"], alice_project["id"])) == 1


def test_write_from_another_task_during_open_transaction_is_refused(store, alice, bob):
    """Awaiting inside transaction() would let another task's writes join it: refused loudly."""
    seen = {}

    async def handler_a():
        with store.transaction():
            store.save_conversation(alice["id"], {"a": 1})
            await asyncio.sleep(0.01)  # the mistake: awaiting while the transaction is open
            store.save_conversation(alice["id"], {"a": 2})

    async def handler_b():
        await asyncio.sleep(0)
        try:
            store.save_conversation(bob["id"], {"b": 1})
        except TransactionInterleaved as exc:
            seen["error"] = exc

    async def main():
        await asyncio.gather(handler_a(), handler_b())

    asyncio.run(main())
    assert isinstance(seen.get("error"), TransactionInterleaved)
    assert store.load_conversation(alice["id"]) == {"a": 2}
    assert store.load_conversation(bob["id"]) is None


def test_sequential_tasks_each_get_their_transaction(store, alice, bob):
    async def handle(user, n):
        with store.transaction():
            store.save_conversation(user["id"], {"n": n})
        await asyncio.sleep(0)

    async def main():
        await asyncio.gather(*(handle(u, i) for i, u in enumerate([alice, bob, alice, bob])))

    asyncio.run(main())
    assert store.load_conversation(alice["id"]) == {"n": 2}
    assert store.load_conversation(bob["id"]) == {"n": 3}
