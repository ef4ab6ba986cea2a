"""Opening the store: created on first run, WAL, reopening, in-memory, other threads."""
from __future__ import annotations

import sqlite3
import threading

from state import SCHEMA_VERSION, Store

TABLES = {"users", "projects", "events", "event_history", "filings", "reminders_sent", "conversations",
          "meta", "schema_migrations"}


def test_created_on_first_run_with_parent_dirs(tmp_path):
    path = tmp_path / "not" / "yet" / "there" / "bot.db"
    assert not path.parent.exists()
    with Store(path) as store:
        assert path.is_file()
        assert TABLES <= set(store.db.table_names())
        assert store.schema_version == SCHEMA_VERSION


def test_wal_mode_is_on(tmp_path):
    path = tmp_path / "bot.db"
    with Store(str(path)) as store:
        assert store.db.journal_mode == "wal"
        store.get_or_create_user("console", "me")
        assert (tmp_path / "bot.db-wal").exists()
    # WAL is persistent: a fresh plain connection sees it too
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_pragmas(tmp_path):
    with Store(tmp_path / "bot.db") as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_reopen_keeps_data_and_does_not_remigrate(tmp_path):
    path = tmp_path / "bot.db"
    with Store(path) as store:
        user, created = store.get_or_create_user("console", "me")
        assert created
    with Store(path) as store:
        again, created = store.get_or_create_user("console", "me")
        assert not created and again["id"] == user["id"]
        versions = [r["version"] for r in store.db.query("SELECT version FROM schema_migrations")]
        assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_memory_store_works():
    with Store(":memory:") as store:
        assert store.db.journal_mode == "memory"
        user, _ = store.get_or_create_user("console", "x")
        assert store.get_user(user["id"])["channel"] == "console"


def test_connection_usable_from_another_thread(tmp_path):
    """check_same_thread=False: the store may be created in one thread and used in another."""
    store = Store(tmp_path / "bot.db")
    result = {}

    def work():
        result["user"] = store.get_or_create_user("telegram", "42")[0]

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert store.find_user("telegram", 42)["id"] == result["user"]["id"]
    store.close()


def test_store_knows_the_same_events_as_the_knowledge_base():
    from knowledge.facts.events import EVENTS as KNOWN
    from state import EVENTS

    assert set(EVENTS) == set(KNOWN)


def test_store_events_are_derived_from_the_knowledge_base_in_order():
    """state.schema takes its event names from knowledge.facts.events (the one definition), order included."""
    from knowledge.facts.events import EVENTS as KNOWN
    from state import EVENTS
    from state.schema import EVENTS as SCHEMA_EVENTS

    assert EVENTS is SCHEMA_EVENTS
    assert EVENTS == tuple(KNOWN)
