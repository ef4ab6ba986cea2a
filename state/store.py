"""The bot's persistent state: one SQLite file, opened with :class:`Store`.

Usage::

    store = Store("data/bot.db")             # created (and its folder) on first run; ":memory:" for tests
    with store.transaction():                # one transaction per incoming message
        user, created = store.get_or_create_user("telegram", "12345")
        state = store.load_conversation(user["id"]) or {}
        ...
        store.save_conversation(user["id"], state)

Design notes
------------
* **sqlite-utils** (``store.db`` is the :class:`sqlite_utils.Database`) creates the schema in
  :mod:`state.schema` and is there for ad-hoc/admin queries. The per-message paths below use
  fixed SQL through ``sqlite3`` directly: sqlite-utils' ``table.insert``/``upsert`` introspect the
  table on every call and ``db.query`` wraps each statement in a savepoint, which together cost
  more than the whole message budget.
* **Owner scoping.** Every method touching projects, events or filings takes ``owner_id`` first
  and filters on it in the same SQL statement. Another user's id and a missing id both raise
  :class:`~state.errors.NotFound`, so a forged id reveals nothing.
* **Transactions.** :meth:`Store.transaction` opens ``BEGIN IMMEDIATE`` and commits on exit or
  rolls back everything on an exception; nested use becomes a savepoint. Each write method is
  atomic on its own too (multi-statement ones use a savepoint when called inside a transaction).
* **Threads / asyncio.** One connection, opened with ``check_same_thread=False``, meant for the
  asyncio event loop's single thread (the Telegram channel) or one thread at a time. Because
  the connection is shared, **never ``await`` inside ``transaction()``**: another task's writes
  would land in your transaction. The store detects that case and raises
  :class:`~state.errors.TransactionInterleaved` instead of mixing them. Calls are synchronous and
  short (tens of microseconds); a lock held by another *process* is waited for up to
  ``busy_timeout_ms``.
* **Durability.** WAL with ``synchronous=NORMAL``: a crash of the process or the machine never
  leaves half a transaction; a power cut may lose the last few committed ones. Pass
  ``synchronous="FULL"`` to trade speed for that. SQLite's automatic WAL checkpoint (every
  ~1000 pages, i.e. every several hundred messages) fsyncs the database file inside the commit
  that triggers it; that commit takes a few milliseconds longer (see ``benchmarks/bench_store.py``).

Layout
------
:class:`Store` holds the connection, the transactions, the migrations wiring (:mod:`state.schema`)
and the owner-scoping helpers; the methods of each aggregate live in their own module and are
mixed in: users and settings (:mod:`state.users`), projects and events (:mod:`state.projects`),
filings, sent reminders and the pusher's queries (:mod:`state.filings`), dialogue state
(:mod:`state.conversations`). Rows are read by column name (``row_factory = sqlite3.Row``) and
returned as the plain dicts of :mod:`state.records`.
"""
from __future__ import annotations

import asyncio
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from .conversations import ConversationRecords
from .errors import NotFound, TransactionInterleaved
from .filings import FilingRecords
from .projects import PROJECT_FIELDS, ProjectRecords
from .schema import migrate, schema_version
from .users import UserRecords

__all__ = ["PROJECT_FIELDS", "Store"]


def _holder() -> tuple[int, object]:
    """Who is running: the thread and, under asyncio, the task."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no running event loop
        task = None
    return threading.get_ident(), task


class Store(UserRecords, ProjectRecords, FilingRecords, ConversationRecords):
    """All persistent state of the assistant. See the module docstring for the ground rules.

    :param path: database file (its folder is created) or ``":memory:"``.
    :param synchronous: SQLite ``synchronous`` pragma; ``"NORMAL"`` is safe with WAL.
    :param busy_timeout_ms: how long to wait for a lock held by another process.
    :param clock: returns "now" (aware datetime) for timestamps; for tests.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        synchronous: str = "NORMAL",
        busy_timeout_ms: int = 5000,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.path = str(path)
        self.memory = self.path in (":memory:", "")
        if not self.memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ValueError(f"bad synchronous value {synchronous!r}")
        # isolation_level=None: no implicit BEGINs; transactions are exactly transaction()'s.
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                               cached_statements=256)
        conn.row_factory = sqlite3.Row  # the aggregate modules read columns by name, never by position
        self._conn = conn
        self._clock = clock or (lambda: datetime.now(UTC))
        self._depth = 0
        self._owner: tuple[int, object] | None = None
        try:
            self.db = Database(conn, execute_plugins=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            conn.execute(f"PRAGMA synchronous = {synchronous.upper()}")
            self._open(busy_timeout_ms)
        except BaseException:
            conn.close()
            raise

    def _open(self, busy_timeout_ms: int) -> None:
        """Switch to WAL and migrate. Two processes opening a new file at the same moment race
        for the lock the journal-mode switch needs, and SQLite answers that race with an
        immediate "database is locked" (the busy timeout does not cover it): wait and retry."""
        deadline = time.monotonic() + max(busy_timeout_ms, 1000) / 1000
        delay = 0.005
        while True:
            try:
                if not self.memory:
                    self.db.enable_wal()
                migrate(self.db)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.2)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection (an open transaction is rolled back by SQLite)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.path!r} v{self.schema_version}>"

    @property
    def schema_version(self) -> int:
        """Schema version of the open database (== ``len(state.schema.MIGRATIONS)``)."""
        return schema_version(self.db)

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One atomic unit (e.g. one incoming message): commit on exit, roll back on exception.

        Nested use is a savepoint: an exception escaping the inner block undoes only the inner
        block. Do not ``await`` inside (see module docstring).
        """
        conn = self._conn
        if self._depth:
            self._guard()
            self._depth += 1
            name = f"sp{self._depth}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        self._owner = _holder()
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
            self._owner = None

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _guard(self) -> None:
        """Refuse a write from another task/thread while a transaction is open."""
        if self._depth and _holder() != self._owner:
            raise TransactionInterleaved(
                "a write arrived from another task or thread while a transaction was open; "
                "do not await inside Store.transaction()")

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    # -- owner scoping ---------------------------------------------------------------------

    #: a filings row of one of the owner's projects (one ``?``: the owner id)
    _OWNED_FILING = "project_id IN (SELECT id FROM projects WHERE owner_id = ?)"

    def _require_project(self, owner_id: int, project_id: int) -> None:
        """:class:`NotFound` unless ``owner_id`` owns the project (missing and foreign look alike)."""
        if self._conn.execute("SELECT 1 FROM projects WHERE id = ? AND owner_id = ?",
                              (project_id, owner_id)).fetchone() is None:
            raise NotFound("no such project")

    # -- admin (across all users) ----------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts for the admin overview."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM users) AS users, "
            "(SELECT count(*) FROM users WHERE active = 1) AS active_users, "
            "(SELECT count(*) FROM users WHERE is_admin = 1) AS admins, "
            "(SELECT count(*) FROM projects) AS projects, "
            "(SELECT count(*) FROM filings WHERE status = 'pending') AS filings_pending, "
            "(SELECT count(*) FROM filings WHERE status = 'snoozed') AS filings_snoozed, "
            "(SELECT count(*) FROM filings WHERE status = 'done') AS filings_done").fetchone()
        return {key: row[key] for key in row.keys()}
