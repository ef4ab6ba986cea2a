"""The database schema, as an ordered list of migrations, and the vocabularies it stores.

Every schema change is a new function appended to :data:`MIGRATIONS`; a released migration is
never edited (``tests/state`` compares migration 1 against a frozen copy of the first release).
:func:`migrate` applies the missing ones in order, each in its own ``BEGIN IMMEDIATE``
transaction together with its row in ``schema_migrations`` and the ``schema_version`` in
``meta``, so a failure leaves the database at the last version that applied cleanly and two
processes opening the same file never apply a step twice.

Tables (version 3; the web chat's tables are described in :func:`v4_web`):

``users``
    id, channel, external_id (text), language ('zh'|'en'), reminder_settings (JSON),
    active, is_admin, created_at, updated_at; unique (channel, external_id).
``projects``
    id, owner_id -> users, name, jurisdiction, amount, kind, software_cost,
    contract_amount (int yuan), funding, new_initiative (0/1/NULL), stage (text, see
    :data:`STAGES`), created_at, updated_at.
``events``
    id, project_id -> projects, name (see :data:`EVENTS`), date (ISO), recorded_at,
    recorded_by -> users; unique (project_id, name): recording again replaces the date.
``event_history`` (v2)
    append-only audit trail of every ``events`` change: project_id, name, date (NULL when
    cleared), action ('set'|'clear'), recorded_at, recorded_by.
``filings``
    id, project_id -> projects, key, due (ISO), title (JSON), info (JSON), status
    (see :data:`FILING_STATUSES`), snoozed_until, done_at, done_by -> users, created_at,
    updated_at; unique (project_id, key, due): one row per occurrence of a recurring filing.
``reminders_sent``
    id, filing_id -> filings, step, sent_at, message_id; unique (filing_id, step).
``conversations``
    user_id (pk) -> users, state (JSON), updated_at, version (v3: bumped by every save).
``meta`` / ``schema_migrations``
    key/value (holds ``schema_version``) and one row per applied migration.

All foreign keys cascade on delete (``recorded_by``/``done_by`` are set to NULL instead), so
deleting a user removes everything they own. Timestamps are ISO-8601 UTC text, dates are
``YYYY-MM-DD`` text.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database
from sqlite_utils.db import ForeignKey

from knowledge.facts.events import EVENTS as _KNOWN_EVENTS

from .errors import MigrationError, SchemaTooNew

STAGES: tuple[str, ...] = (
    "planning", "declared", "approved", "procurement", "contracted", "in_construction",
    "trial_run", "initial_accepted", "final_accepted", "in_operation", "decommissioned",
)
#: Event names, in order: those of CONTRACT.md, defined once in :mod:`knowledge.facts.events` (with their
#: Chinese and English names); the store accepts exactly these.
EVENTS: tuple[str, ...] = tuple(_KNOWN_EVENTS)
FILING_STATUSES: tuple[str, ...] = ("pending", "done", "snoozed")
LANGUAGES: tuple[str, ...] = ("zh", "en")
CHANNELS_EXAMPLE = ("console", "telegram")  # not enforced: a new channel needs no migration

#: Reminder settings of a new user; stored JSON is merged over this on read, so a key added
#: here later reaches old users without a migration.
DEFAULT_REMINDER_SETTINGS: dict = {
    "steps": {"d-7": True, "wd-3": True, "wd-1": True, "d0": True, "overdue": True},
    "hour": 9,
    "quiet_non_working_days": True,
}

Migration = Callable[[Database], None]


def _fk(table: str, column: str, other: str, on_delete: str = "CASCADE") -> ForeignKey:
    return ForeignKey(table, column, other, "id", on_delete=on_delete)


def v1_initial(db: Database) -> None:
    """First release: users, projects, events, filings, reminders_sent, conversations."""
    db.create_table(
        "users",
        {"id": int, "channel": str, "external_id": str, "language": str, "reminder_settings": str,
         "active": int, "is_admin": int, "created_at": str, "updated_at": str},
        pk="id",
        not_null=["channel", "external_id", "language", "reminder_settings", "active", "is_admin",
                  "created_at", "updated_at"],
        defaults={"language": "zh", "reminder_settings": "{}", "active": 1, "is_admin": 0},
    )
    db.table("users").create_index(["channel", "external_id"], "users_channel_external_id", unique=True)

    db.create_table(
        "projects",
        {"id": int, "owner_id": int, "name": str, "jurisdiction": str, "amount": int, "kind": str,
         "software_cost": int, "contract_amount": int, "funding": str, "new_initiative": int,
         "stage": str, "created_at": str, "updated_at": str},
        pk="id",
        foreign_keys=[_fk("projects", "owner_id", "users")],
        not_null=["owner_id", "name", "stage", "created_at", "updated_at"],
        defaults={"stage": "planning"},
    )
    db.table("projects").create_index(["owner_id"], "projects_owner_id")

    db.create_table(
        "events",
        {"id": int, "project_id": int, "name": str, "date": str, "recorded_at": str, "recorded_by": int},
        pk="id",
        foreign_keys=[_fk("events", "project_id", "projects"),
                      _fk("events", "recorded_by", "users", "SET NULL")],
        not_null=["project_id", "name", "date", "recorded_at"],
    )
    db.table("events").create_index(["project_id", "name"], "events_project_name", unique=True)

    db.create_table(
        "filings",
        {"id": int, "project_id": int, "key": str, "due": str, "title": str, "info": str,
         "status": str, "snoozed_until": str, "done_at": str, "done_by": int,
         "created_at": str, "updated_at": str},
        pk="id",
        foreign_keys=[_fk("filings", "project_id", "projects"),
                      _fk("filings", "done_by", "users", "SET NULL")],
        not_null=["project_id", "key", "due", "status", "created_at", "updated_at"],
        defaults={"status": "pending"},
    )
    db.table("filings").create_index(["project_id", "key", "due"], "filings_project_key_due", unique=True)
    db.table("filings").create_index(["due"], "filings_due")

    db.create_table(
        "reminders_sent",
        {"id": int, "filing_id": int, "step": str, "sent_at": str, "message_id": str},
        pk="id",
        foreign_keys=[_fk("reminders_sent", "filing_id", "filings")],
        not_null=["filing_id", "step", "sent_at"],
    )
    db.table("reminders_sent").create_index(["filing_id", "step"], "reminders_sent_filing_step", unique=True)

    db.create_table(
        "conversations",
        {"user_id": int, "state": str, "updated_at": str},
        pk="user_id",
        foreign_keys=[_fk("conversations", "user_id", "users")],
        not_null=["state", "updated_at"],
    )


def v2_event_history(db: Database) -> None:
    """Audit trail of event dates: every set/replace/clear, back-filled from ``events``."""
    db.create_table(
        "event_history",
        {"id": int, "project_id": int, "name": str, "date": str, "action": str,
         "recorded_at": str, "recorded_by": int},
        pk="id",
        foreign_keys=[_fk("event_history", "project_id", "projects")],
        not_null=["project_id", "name", "action", "recorded_at"],
    )
    db.table("event_history").create_index(["project_id"], "event_history_project_id")
    db.execute(
        "INSERT INTO event_history (project_id, name, date, action, recorded_at, recorded_by) "
        "SELECT project_id, name, date, 'set', recorded_at, recorded_by FROM events ORDER BY id"
    )


def v3_conversation_version(db: Database) -> None:
    """A version number on each conversation, so that a write based on a stale read (two
    windows of the same user answering one interview) is refused instead of silently winning."""
    db.execute("ALTER TABLE conversations ADD COLUMN version INTEGER NOT NULL DEFAULT 0")


def v4_web(db: Database) -> None:
    """The web chat: accounts (each one a ``users`` row of channel 'web'), one-time sign-in tokens
    and sessions (hashes only), the chat history, the reminder inbox and the e-mail outbox."""
    db.create_table(
        "web_accounts",
        {"id": int, "user_id": int, "name": str, "is_admin": int, "disabled": int, "email": str,
         "created_at": str},
        pk="id",
        foreign_keys=[_fk("web_accounts", "user_id", "users")],
        not_null=["name", "is_admin", "disabled", "created_at"],
        defaults={"is_admin": 0, "disabled": 0},
    )
    db.table("web_accounts").create_index(["user_id"], "web_accounts_user_id", unique=True)
    db.create_table(
        "web_login_tokens",
        {"id": int, "account_id": int, "token_hash": str, "expires_at": str, "used_at": str, "created_at": str},
        pk="id",
        foreign_keys=[_fk("web_login_tokens", "account_id", "web_accounts")],
        not_null=["account_id", "token_hash", "expires_at", "created_at"],
    )
    db.table("web_login_tokens").create_index(["token_hash"], "web_login_tokens_hash", unique=True)
    db.create_table(
        "web_sessions",
        {"id": int, "account_id": int, "token_hash": str, "csrf": str, "created_at": str, "expires_at": str,
         "revoked_at": str},
        pk="id",
        foreign_keys=[_fk("web_sessions", "account_id", "web_accounts")],
        not_null=["account_id", "token_hash", "csrf", "created_at", "expires_at"],
    )
    db.table("web_sessions").create_index(["token_hash"], "web_sessions_hash", unique=True)
    db.create_table(
        "web_messages",
        {"id": int, "user_id": int, "role": str, "body": str, "created_at": str},
        pk="id",
        foreign_keys=[_fk("web_messages", "user_id", "users")],
        not_null=["user_id", "role", "body", "created_at"],
    )
    db.table("web_messages").create_index(["user_id", "id"], "web_messages_user")
    db.create_table(
        "web_inbox",
        {"id": int, "user_id": int, "body": str, "created_at": str, "read_at": str},
        pk="id",
        foreign_keys=[_fk("web_inbox", "user_id", "users")],
        not_null=["user_id", "body", "created_at"],
    )
    db.table("web_inbox").create_index(["user_id", "id"], "web_inbox_user")
    db.create_table(
        "mail_outbox",
        {"id": int, "inbox_id": int, "to_addr": str, "subject": str, "body": str, "attempts": int,
         "next_at": str, "sent_at": str, "last_error": str, "created_at": str},
        pk="id",
        foreign_keys=[_fk("mail_outbox", "inbox_id", "web_inbox")],
        not_null=["to_addr", "subject", "body", "attempts", "next_at", "created_at"],
        defaults={"attempts": 0},
    )
    db.table("mail_outbox").create_index(["sent_at", "next_at"], "mail_outbox_pending")


#: Applied in order; version N means the first N have been applied. Append only.
MIGRATIONS: list[Migration] = [v1_initial, v2_event_history, v3_conversation_version, v4_web]
SCHEMA_VERSION = len(MIGRATIONS)


def _utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _bootstrap(db: Database) -> None:
    """The migration bookkeeping itself (not versioned: it never changes)."""
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def schema_version(db: Database) -> int:
    """The version recorded in ``meta`` (0 for a new, empty database)."""
    try:
        row = db.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # no meta table yet
        return 0
    return int(row[0]) if row else 0


def migrate(db: Database, migrations: list[Migration] | None = None) -> tuple[int, int]:
    """Bring ``db`` up to ``len(migrations)``; returns ``(version_before, version_after)``.

    Must be called outside a transaction. Raises :class:`SchemaTooNew` if the file is newer
    than the code and :class:`MigrationError` (chained to the cause) if a step fails.
    """
    migrations = MIGRATIONS if migrations is None else migrations
    target = len(migrations)
    conn = db.conn
    _bootstrap(db)
    before = schema_version(db)
    if before > target:
        raise SchemaTooNew(f"database schema is version {before}, this code knows up to {target}")
    while True:
        current = None
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(db)  # re-read under the write lock: another process may have run
            if current >= target:
                conn.execute("COMMIT")
                return before, current
            step = migrations[current]
            step(db)
            version = current + 1
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, step.__name__, _utcnow()),
            )
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, Exception) and current is not None:
                name = migrations[current].__name__
                raise MigrationError(f"migration {current + 1} ({name}) failed: {exc}") from exc
            raise
