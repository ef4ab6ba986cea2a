"""Schema versions: a first-release (v1) database is upgraded when opened with current code."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from state import MIGRATIONS, SCHEMA_VERSION, MigrationError, SchemaTooNew, Store
from state.schema import migrate, schema_version

V1_SQL = (Path(__file__).parent / "v1_schema.sql").read_text(encoding="utf-8")


def _schema_sql(conn: sqlite3.Connection) -> list[str]:
    return [r[0].strip() for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")]


def _make_v1_db(path: Path) -> None:
    """A database as the first release left it, with some data in it."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    ts = "2026-01-05T08:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO schema_migrations VALUES (1, 'v1_initial', '{ts}');
        INSERT INTO meta VALUES ('schema_version', '1');
        INSERT INTO users (id, channel, external_id, language, reminder_settings, active, is_admin, created_at, updated_at)
            VALUES (1, 'telegram', '555', 'zh', '{{"hour": 8}}', 1, 0, '{ts}', '{ts}');
        INSERT INTO projects (id, owner_id, name, amount, stage, created_at, updated_at)
            VALUES (1, 1, '老项目', 800000, 'contracted', '{ts}', '{ts}');
        INSERT INTO events (project_id, name, date, recorded_at, recorded_by)
            VALUES (1, 'contract_signed', '2026-01-02', '{ts}', 1);
        INSERT INTO filings (project_id, key, due, title, info, status, created_at, updated_at)
            VALUES (1, 'contract_filed', '2026-01-09', '"合同备案"', '{{}}', 'done', '{ts}', '{ts}');
        INSERT INTO conversations VALUES (1, '{{"step": "amount"}}', '{ts}');
    """)
    conn.commit()
    conn.close()


def test_migration_1_still_matches_the_first_release():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(Database(conn, execute_plugins=False), MIGRATIONS[:1])
    frozen = sqlite3.connect(":memory:")
    frozen.executescript(V1_SQL)
    assert _schema_sql(conn) == _schema_sql(frozen)


def test_v1_database_is_upgraded_on_open(tmp_path):
    path = tmp_path / "old.db"
    _make_v1_db(path)
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION >= 2
        rows = list(store.db.query("SELECT version, name FROM schema_migrations ORDER BY version"))
        assert [r["version"] for r in rows] == list(range(1, SCHEMA_VERSION + 1))
        assert rows[1]["name"] == "v2_event_history"
        # old data intact and readable through the API
        user = store.find_user("telegram", "555")
        assert user["reminder_settings"]["hour"] == 8 and user["reminder_settings"]["steps"]["d-7"] is True
        assert store.get_project(1, 1)["name"] == "老项目"
        assert store.list_filings(1, 1)[0]["status"] == "done"
        assert store.load_conversation(1) == {"step": "amount"}
        # v2 back-filled the audit trail from the existing events, and keeps it from now on
        history = store.event_history(1, 1)
        assert [(h["name"], h["date"], h["action"]) for h in history] == [("contract_signed", "2026-01-02", "set")]
        store.record_event(1, 1, "contract_signed", "2026-01-03")
        assert [h["date"] for h in store.event_history(1, 1)] == ["2026-01-02", "2026-01-03"]


def test_new_database_records_every_migration(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.db["schema_migrations"].count == SCHEMA_VERSION


def test_database_newer_than_code_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew):
        Store(path)


def test_failing_migration_rolls_back_and_keeps_version(tmp_path):
    path = tmp_path / "bot.db"
    Store(path).close()

    def v_next_broken(db: Database) -> None:
        db.create_table("half_done", {"id": int}, pk="id")
        raise RuntimeError("boom")

    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    with pytest.raises(MigrationError, match="boom"):
        migrate(db, [*MIGRATIONS, v_next_broken])
    assert schema_version(db) == SCHEMA_VERSION
    assert "half_done" not in db.table_names()
    assert not conn.in_transaction
    conn.close()
