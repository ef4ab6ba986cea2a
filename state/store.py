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
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .errors import NotFound, StaleState, TransactionInterleaved
from .records import DueFiling, Event, EventChange, Filing, FilingChanges, MovedFiling, Project, User
from .schema import (
    DEFAULT_REMINDER_SETTINGS,
    EVENTS,
    LANGUAGES,
    STAGES,
    migrate,
    schema_version,
)

PROJECT_FIELDS: tuple[str, ...] = (
    "name", "jurisdiction", "amount", "kind", "software_cost", "contract_amount", "funding",
    "new_initiative", "stage",
)
_INT_FIELDS = frozenset({"amount", "software_cost", "contract_amount"})

_USER_COLS = "id, channel, external_id, language, reminder_settings, active, is_admin, created_at, updated_at"
_PROJECT_COLS = ("id, owner_id, name, jurisdiction, amount, kind, software_cost, contract_amount, funding, "
                 "new_initiative, stage, created_at, updated_at")
_EVENT_COLS = "id, project_id, name, date, recorded_at, recorded_by"
_FILING_COLS = ("id, project_id, key, due, title, info, status, snoozed_until, done_at, done_by, "
                "created_at, updated_at")
_F_FILING_COLS = ", ".join(f"f.{c.strip()}" for c in _FILING_COLS.split(","))
_OWNED_FILING = "project_id IN (SELECT id FROM projects WHERE owner_id = ?)"
_DUE_SELECT = (
    f"SELECT {_F_FILING_COLS}, p.name AS project_name, p.stage, u.id AS owner_id, u.channel, "
    "u.external_id, u.language, u.reminder_settings "
    "FROM filings f JOIN projects p ON p.id = f.project_id JOIN users u ON u.id = p.owner_id "
    "WHERE u.active = 1 AND f.status != 'done' "
)
_NOT_SNOOZED = "AND (f.status != 'snoozed' OR f.snoozed_until IS NULL OR f.snoozed_until <= ?) "


def _holder() -> tuple[int, object]:
    """Who is running: the thread and, under asyncio, the task."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no running event loop
        task = None
    return threading.get_ident(), task


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _dumps_loose(value: Any) -> str:
    """For deadline payloads: dates become ISO strings."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def _iso_date(value: date | str, what: str = "date") -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError(f"{what} must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"{what} must be a date or an ISO date string, got {type(value).__name__}")


def _settings(raw: str) -> dict[str, Any]:
    stored = json.loads(raw) if raw else {}
    merged = {**DEFAULT_REMINDER_SETTINGS, **stored}
    merged["steps"] = {**DEFAULT_REMINDER_SETTINGS["steps"], **(stored.get("steps") or {})}
    return merged


def _user(row: tuple) -> User:
    return {
        "id": row[0], "channel": row[1], "external_id": row[2], "language": row[3],
        "reminder_settings": _settings(row[4]), "active": bool(row[5]), "is_admin": bool(row[6]),
        "created_at": row[7], "updated_at": row[8],
    }


def _project(row: tuple) -> Project:
    return {
        "id": row[0], "owner_id": row[1], "name": row[2], "jurisdiction": row[3], "amount": row[4],
        "kind": row[5], "software_cost": row[6], "contract_amount": row[7], "funding": row[8],
        "new_initiative": None if row[9] is None else bool(row[9]), "stage": row[10],
        "created_at": row[11], "updated_at": row[12],
    }


def _event(row: tuple) -> Event:
    return {"id": row[0], "project_id": row[1], "name": row[2], "date": row[3],
            "recorded_at": row[4], "recorded_by": row[5]}


def _filing(row: tuple) -> Filing:
    return {
        "id": row[0], "project_id": row[1], "key": row[2], "due": row[3],
        "title": None if row[4] is None else json.loads(row[4]),
        "info": json.loads(row[5]) if row[5] else {},
        "status": row[6], "snoozed_until": row[7], "done_at": row[8], "done_by": row[9],
        "created_at": row[10], "updated_at": row[11],
    }


def _due_filing(row: tuple) -> DueFiling:
    out: dict[str, Any] = dict(_filing(row[:12]))
    out.update(project_name=row[12], stage=row[13], owner_id=row[14], channel=row[15],
               external_id=row[16], language=row[17], reminder_settings=_settings(row[18]))
    return out  # type: ignore[return-value]


def _check_project_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in PROJECT_FIELDS:
            raise ValueError(f"unknown project field {name!r}; known: {', '.join(PROJECT_FIELDS)}")
        if name == "stage":
            if value not in STAGES:
                raise ValueError(f"unknown stage {value!r}; known: {', '.join(STAGES)}")
        elif name == "name":
            if not isinstance(value, str) or not value.strip():
                raise ValueError("a project needs a non-empty name")
        elif name == "new_initiative":
            if value is not None and not isinstance(value, bool):
                raise TypeError("new_initiative must be True, False or None")
            value = None if value is None else int(value)
        elif name in _INT_FIELDS:
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise TypeError(f"{name} must be an int number of yuan or None, got {value!r}")
        out[name] = value
    return out


class Store:
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

    # -- users -----------------------------------------------------------------------------

    def get_or_create_user(self, channel: str, external_id: str | int, *,
                           language: str = "zh") -> tuple[User, bool]:
        """The user behind an incoming message, created if new; ``(user, created)``.

        A message from an inactive user (one who had blocked the bot) marks them active again.
        ``language`` only applies to a new user.
        """
        ext = str(external_id)
        conn = self._conn
        row = conn.execute(f"SELECT {_USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                           (channel, ext)).fetchone()
        if row is not None:
            if not row[5]:
                return self.update_user(row[0], active=True), False
            return _user(row), False
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
        self._guard()
        now = self._now()
        rows = conn.execute(
            f"INSERT INTO users (channel, external_id, language, reminder_settings, active, is_admin, "
            f"created_at, updated_at) VALUES (?, ?, ?, '{{}}', 1, 0, ?, ?) "
            f"ON CONFLICT(channel, external_id) DO NOTHING RETURNING {_USER_COLS}",
            (channel, ext, language, now, now)).fetchall()
        if rows:
            return _user(rows[0]), True
        # another process created it between our SELECT and INSERT
        row = conn.execute(f"SELECT {_USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                           (channel, ext)).fetchone()
        return _user(row), False

    def get_user(self, user_id: int) -> User:
        """The user with this id; :class:`NotFound` if none."""
        row = self._conn.execute(f"SELECT {_USER_COLS} FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise NotFound("no such user")
        return _user(row)

    def find_user(self, channel: str, external_id: str | int) -> User | None:
        """The user with this channel identity, or None (never creates, never reactivates)."""
        row = self._conn.execute(f"SELECT {_USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                                 (channel, str(external_id))).fetchone()
        return None if row is None else _user(row)

    def update_user(self, user_id: int, *, language: str | None = None,
                    reminder_settings: Mapping[str, Any] | None = None, active: bool | None = None,
                    is_admin: bool | None = None) -> User:
        """Change the given fields (None = leave as is) and return the user.

        ``reminder_settings`` replaces the stored settings; reads merge them over the defaults.
        Mark a user who blocked the bot with ``active=False``.
        """
        sets: list[str] = []
        params: list[Any] = []
        if language is not None:
            if language not in LANGUAGES:
                raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
            sets.append("language = ?")
            params.append(language)
        if reminder_settings is not None:
            sets.append("reminder_settings = ?")
            params.append(_dumps(dict(reminder_settings)))
        if active is not None:
            sets.append("active = ?")
            params.append(int(bool(active)))
        if is_admin is not None:
            sets.append("is_admin = ?")
            params.append(int(bool(is_admin)))
        if not sets:
            return self.get_user(user_id)
        self._guard()
        rows = self._conn.execute(
            f"UPDATE users SET {', '.join(sets)}, updated_at = ? WHERE id = ? RETURNING {_USER_COLS}",
            (*params, self._now(), user_id)).fetchall()
        if not rows:
            raise NotFound("no such user")
        return _user(rows[0])

    def list_users(self, *, active: bool | None = None) -> list[User]:
        """All users (admin/broadcast), optionally only active or only inactive ones."""
        if active is None:
            cur = self._conn.execute(f"SELECT {_USER_COLS} FROM users ORDER BY id")
        else:
            cur = self._conn.execute(f"SELECT {_USER_COLS} FROM users WHERE active = ? ORDER BY id",
                                     (int(active),))
        return [_user(r) for r in cur]

    # -- projects --------------------------------------------------------------------------

    def create_project(self, owner_id: int, name: str, *, jurisdiction: str | None = None,
                       amount: int | None = None, kind: str | None = None,
                       software_cost: int | None = None, contract_amount: int | None = None,
                       funding: str | None = None, new_initiative: bool | None = None,
                       stage: str = "planning") -> Project:
        """A new project owned by ``owner_id`` (amounts in yuan)."""
        f = _check_project_fields({
            "name": name, "jurisdiction": jurisdiction, "amount": amount, "kind": kind,
            "software_cost": software_cost, "contract_amount": contract_amount, "funding": funding,
            "new_initiative": new_initiative, "stage": stage})
        self._guard()
        now = self._now()
        try:
            rows = self._conn.execute(
                f"INSERT INTO projects (owner_id, name, jurisdiction, amount, kind, software_cost, "
                f"contract_amount, funding, new_initiative, stage, created_at, updated_at) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {_PROJECT_COLS}",
                (owner_id, f["name"], f["jurisdiction"], f["amount"], f["kind"], f["software_cost"],
                 f["contract_amount"], f["funding"], f["new_initiative"], f["stage"], now, now),
            ).fetchall()
        except sqlite3.IntegrityError as exc:  # owner does not exist
            raise NotFound("no such user") from exc
        return _project(rows[0])

    def get_project(self, owner_id: int, project_id: int) -> Project:
        """The project if ``owner_id`` owns it; otherwise :class:`NotFound`."""
        row = self._conn.execute(f"SELECT {_PROJECT_COLS} FROM projects WHERE id = ? AND owner_id = ?",
                                 (project_id, owner_id)).fetchone()
        if row is None:
            raise NotFound("no such project")
        return _project(row)

    def list_projects(self, owner_id: int) -> list[Project]:
        """The owner's projects, oldest first."""
        cur = self._conn.execute(f"SELECT {_PROJECT_COLS} FROM projects WHERE owner_id = ? ORDER BY id",
                                 (owner_id,))
        return [_project(r) for r in cur]

    def update_project(self, owner_id: int, project_id: int, /, **changes: Any) -> Project:
        """Change the given fields (any of :data:`PROJECT_FIELDS`; None clears) and return the project."""
        f = _check_project_fields(changes)
        if not f:
            return self.get_project(owner_id, project_id)
        self._guard()
        names = sorted(f)
        rows = self._conn.execute(
            f"UPDATE projects SET {', '.join(f'{n} = ?' for n in names)}, updated_at = ? "
            f"WHERE id = ? AND owner_id = ? RETURNING {_PROJECT_COLS}",
            (*(f[n] for n in names), self._now(), project_id, owner_id)).fetchall()
        if not rows:
            raise NotFound("no such project")
        return _project(rows[0])

    def delete_project(self, owner_id: int, project_id: int) -> None:
        """Delete the project with its events, history, filings and sent-reminder records."""
        self._guard()
        cur = self._conn.execute("DELETE FROM projects WHERE id = ? AND owner_id = ?", (project_id, owner_id))
        if cur.rowcount != 1:
            raise NotFound("no such project")

    def _require_project(self, owner_id: int, project_id: int) -> None:
        if self._conn.execute("SELECT 1 FROM projects WHERE id = ? AND owner_id = ?",
                              (project_id, owner_id)).fetchone() is None:
            raise NotFound("no such project")

    # -- events ----------------------------------------------------------------------------

    def record_event(self, owner_id: int, project_id: int, name: str, event_date: date | str, *,
                     by: int | None = None) -> Event:
        """Set the date of event ``name`` (one of :data:`EVENTS`), replacing an earlier date.

        Every change is appended to the audit trail (:meth:`event_history`); recording the same
        date again changes nothing. ``by`` is the user who recorded it (default: the owner).
        """
        if name not in EVENTS:
            raise ValueError(f"unknown event {name!r}; known: {', '.join(EVENTS)}")
        day = _iso_date(event_date, "event date")
        by = owner_id if by is None else by
        conn = self._conn
        with self.transaction():
            row = conn.execute(
                f"SELECT p.id, {', '.join('e.' + c.strip() for c in _EVENT_COLS.split(','))} FROM projects p "
                "LEFT JOIN events e ON e.project_id = p.id AND e.name = ? WHERE p.id = ? AND p.owner_id = ?",
                (name, project_id, owner_id)).fetchone()
            if row is None:
                raise NotFound("no such project")
            if row[4] == day:
                return _event(row[1:])
            now = self._now()
            rows = conn.execute(
                "INSERT INTO events (project_id, name, date, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(project_id, name) DO UPDATE SET date = excluded.date, "
                f"recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by RETURNING {_EVENT_COLS}",
                (project_id, name, day, now, by)).fetchall()
            conn.execute(
                "INSERT INTO event_history (project_id, name, date, action, recorded_at, recorded_by) "
                "VALUES (?, ?, ?, 'set', ?, ?)", (project_id, name, day, now, by))
            conn.execute("UPDATE projects SET updated_at = ? WHERE id = ?", (now, project_id))
        return _event(rows[0])

    def clear_event(self, owner_id: int, project_id: int, name: str, *, by: int | None = None) -> bool:
        """Remove a recorded event (kept in the audit trail); False if it was not recorded."""
        by = owner_id if by is None else by
        conn = self._conn
        with self.transaction():
            self._require_project(owner_id, project_id)
            cur = conn.execute("DELETE FROM events WHERE project_id = ? AND name = ?", (project_id, name))
            if cur.rowcount == 0:
                return False
            now = self._now()
            conn.execute(
                "INSERT INTO event_history (project_id, name, date, action, recorded_at, recorded_by) "
                "VALUES (?, ?, NULL, 'clear', ?, ?)", (project_id, name, now, by))
            conn.execute("UPDATE projects SET updated_at = ? WHERE id = ?", (now, project_id))
        return True

    def list_events(self, owner_id: int, project_id: int) -> list[Event]:
        """The project's recorded events, by date."""
        self._require_project(owner_id, project_id)
        cur = self._conn.execute(f"SELECT {_EVENT_COLS} FROM events WHERE project_id = ? ORDER BY date, id",
                                 (project_id,))
        return [_event(r) for r in cur]

    def event_history(self, owner_id: int, project_id: int) -> list[EventChange]:
        """Every change ever made to the project's event dates, oldest first."""
        self._require_project(owner_id, project_id)
        cur = self._conn.execute(
            "SELECT id, project_id, name, date, action, recorded_at, recorded_by FROM event_history "
            "WHERE project_id = ? ORDER BY id", (project_id,))
        return [{"id": r[0], "project_id": r[1], "name": r[2], "date": r[3], "action": r[4],
                 "recorded_at": r[5], "recorded_by": r[6]} for r in cur]

    # -- filings ---------------------------------------------------------------------------

    def sync_filings(self, owner_id: int, project_id: int,
                     deadlines: Iterable[Mapping[str, Any]]) -> FilingChanges:
        """Make the project's filings match the currently computed ``deadlines``; report changes.

        Each deadline is a mapping with ``key`` and ``due`` (date or ISO string), optionally
        ``title`` (any JSON value) and any other keys (kept as ``info``). ``deadlines`` is the
        complete current set. Matching, per key:

        * same key and due: unchanged; status kept (title/info refreshed silently);
        * a key with exactly one computed deadline and exactly one not-done row at another
          date: **moved**. The row keeps its id; a snooze ends and its sent reminders are
          forgotten, so reminders restart for the new date;
        * otherwise new dates are **added** (pending) and not-done rows at dates no longer
          computed are **removed** (deleted with their sent reminders).

        Filings marked done are never moved or deleted: they are the record of work done.
        """
        computed: dict[str, dict[str, tuple[str | None, str]]] = defaultdict(dict)
        for d in deadlines:
            key = d["key"]
            due = _iso_date(d["due"], f"due date of {key!r}")
            if due in computed[key]:
                raise ValueError(f"deadline {key!r} due {due} is listed twice")
            title = d.get("title")
            info = {k: v for k, v in d.items() if k not in ("key", "due", "title")}
            computed[key][due] = (None if title is None else _dumps_loose(title), _dumps_loose(info))
        changes = FilingChanges()
        conn = self._conn
        with self.transaction():
            self._require_project(owner_id, project_id)
            existing: dict[str, dict[str, tuple]] = defaultdict(dict)
            for row in conn.execute(f"SELECT {_FILING_COLS} FROM filings WHERE project_id = ?", (project_id,)):
                existing[row[2]][row[3]] = row
            now = self._now()
            for key in sorted(computed.keys() | existing.keys()):
                new, old = computed.get(key, {}), existing.get(key, {})
                for due in new.keys() & old.keys():
                    row = old[due]
                    title, info = new[due]
                    if (row[4], row[5] or "{}") != (title, info):
                        row = conn.execute(
                            f"UPDATE filings SET title = ?, info = ? WHERE id = ? RETURNING {_FILING_COLS}",
                            (title, info, row[0])).fetchall()[0]
                    changes.unchanged.append(_filing(row))
                new_only = sorted(new.keys() - old.keys())
                old_open = sorted(due for due in old.keys() - new.keys() if old[due][6] != "done")
                if len(new) == 1 and len(new_only) == 1 and len(old_open) == 1 \
                        and sum(1 for r in old.values() if r[6] != "done") == 1:
                    row, due = old[old_open[0]], new_only[0]
                    title, info = new[due]
                    moved = conn.execute(
                        "UPDATE filings SET due = ?, title = ?, info = ?, status = 'pending', snoozed_until = NULL, "
                        f"updated_at = ? WHERE id = ? RETURNING {_FILING_COLS}",
                        (due, title, info, now, row[0])).fetchall()[0]
                    conn.execute("DELETE FROM reminders_sent WHERE filing_id = ?", (row[0],))
                    item: MovedFiling = {**_filing(moved), "old_due": row[3]}
                    changes.moved.append(item)
                    continue
                for due in new_only:
                    title, info = new[due]
                    added = conn.execute(
                        "INSERT INTO filings (project_id, key, due, title, info, status, created_at, updated_at) "
                        f"VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING {_FILING_COLS}",
                        (project_id, key, due, title, info, now, now)).fetchall()[0]
                    changes.added.append(_filing(added))
                for due in old_open:
                    row = old[due]
                    conn.execute("DELETE FROM filings WHERE id = ?", (row[0],))
                    changes.removed.append(_filing(row))
        for items in (changes.added, changes.removed, changes.moved, changes.unchanged):
            items.sort(key=lambda f: (f["due"], f["key"]))
        return changes

    def list_filings(self, owner_id: int, project_id: int) -> list[Filing]:
        """The project's filings (all statuses), by due date."""
        self._require_project(owner_id, project_id)
        cur = self._conn.execute(f"SELECT {_FILING_COLS} FROM filings WHERE project_id = ? ORDER BY due, key",
                                 (project_id,))
        return [_filing(r) for r in cur]

    def get_filing(self, owner_id: int, filing_id: int) -> Filing:
        """The filing if it belongs to one of ``owner_id``'s projects; otherwise :class:`NotFound`."""
        row = self._conn.execute(f"SELECT {_FILING_COLS} FROM filings WHERE id = ? AND {_OWNED_FILING}",
                                 (filing_id, owner_id)).fetchone()
        if row is None:
            raise NotFound("no such filing")
        return _filing(row)

    def _set_filing(self, owner_id: int, filing_id: int, sets: str, params: tuple, only_if: str) -> Filing | None:
        self._guard()
        rows = self._conn.execute(
            f"UPDATE filings SET {sets}, updated_at = ? WHERE id = ? AND {only_if} AND {_OWNED_FILING} "
            f"RETURNING {_FILING_COLS}", (*params, self._now(), filing_id, owner_id)).fetchall()
        return _filing(rows[0]) if rows else None

    def mark_done(self, owner_id: int, filing_id: int, *, by: int | None = None, at: str | None = None) -> Filing:
        """Mark the filing done (idempotent: a done filing keeps its first done_at/done_by); ``at``
        is the day it was done when the user says so ("备案是1月20号做的"), else now."""
        by = owner_id if by is None else by
        done = self._set_filing(owner_id, filing_id,
                                "status = 'done', done_at = ?, done_by = ?, snoozed_until = NULL",
                                (at or self._now(), by), "status != 'done'")
        return done or self.get_filing(owner_id, filing_id)

    def undo_done(self, owner_id: int, filing_id: int) -> Filing:
        """Back to pending: undoes a mistaken mark_done (and ends a snooze)."""
        done = self._set_filing(owner_id, filing_id,
                                "status = 'pending', done_at = NULL, done_by = NULL, snoozed_until = NULL",
                                (), "1")
        if done is None:
            raise NotFound("no such filing")
        return done

    def snooze(self, owner_id: int, filing_id: int, until: date | str) -> Filing:
        """Silence reminders for the filing until ``until`` (inclusive of that day's run).

        Raises ValueError for a filing already done.
        """
        day = _iso_date(until, "snooze date")
        done = self._set_filing(owner_id, filing_id, "status = 'snoozed', snoozed_until = ?", (day,),
                                "status != 'done'")
        if done is None:
            self.get_filing(owner_id, filing_id)  # NotFound if not theirs
            raise ValueError("this filing is already done")
        return done

    # -- reminder pusher / admin (across all users) ----------------------------------------

    def due_within(self, start: date | str, end: date | str, *,
                   as_of: date | str | None = None) -> list[DueFiling]:
        """Not-done filings of active users due in ``[start, end]``, with owner channel and language.

        With ``as_of``, filings snoozed until after ``as_of`` are left out.
        """
        params: list[Any] = [_iso_date(start), _iso_date(end)]
        sql = _DUE_SELECT + "AND f.due BETWEEN ? AND ? "
        if as_of is not None:
            sql += _NOT_SNOOZED
            params.append(_iso_date(as_of))
        return [_due_filing(r) for r in self._conn.execute(sql + "ORDER BY f.due, f.id", params)]

    def overdue(self, as_of: date | str) -> list[DueFiling]:
        """Not-done filings of active users due before ``as_of`` and not snoozed past it."""
        day = _iso_date(as_of)
        sql = _DUE_SELECT + "AND f.due < ? " + _NOT_SNOOZED + "ORDER BY f.due, f.id"
        return [_due_filing(r) for r in self._conn.execute(sql, (day, day))]

    def record_reminder_sent(self, filing_id: int, step: str, message_id: int | str | None = None) -> bool:
        """Record that reminder ``step`` of the filing went out; False if it was already recorded.

        Call after the channel accepted the message, inside the transaction that also records
        anything else about that send.
        """
        self._guard()
        try:
            cur = self._conn.execute(
                "INSERT INTO reminders_sent (filing_id, step, sent_at, message_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(filing_id, step) DO NOTHING",
                (filing_id, step, self._now(), None if message_id is None else str(message_id)))
        except sqlite3.IntegrityError as exc:  # filing deleted meanwhile
            raise NotFound("no such filing") from exc
        return cur.rowcount == 1

    def reminder_was_sent(self, filing_id: int, step: str) -> bool:
        """Whether ``step`` was recorded for the filing."""
        return self._conn.execute("SELECT 1 FROM reminders_sent WHERE filing_id = ? AND step = ?",
                                  (filing_id, step)).fetchone() is not None

    def sent_steps(self, filing_id: int) -> set[str]:
        """All reminder steps recorded for the filing."""
        return {r[0] for r in self._conn.execute("SELECT step FROM reminders_sent WHERE filing_id = ?",
                                                 (filing_id,))}

    def stats(self) -> dict[str, int]:
        """Counts for the admin overview."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM users WHERE active = 1), "
            "(SELECT count(*) FROM users WHERE is_admin = 1), (SELECT count(*) FROM projects), "
            "(SELECT count(*) FROM filings WHERE status = 'pending'), "
            "(SELECT count(*) FROM filings WHERE status = 'snoozed'), "
            "(SELECT count(*) FROM filings WHERE status = 'done')").fetchone()
        keys = ("users", "active_users", "admins", "projects", "filings_pending", "filings_snoozed",
                "filings_done")
        return dict(zip(keys, row, strict=True))

    # -- conversations ---------------------------------------------------------------------

    def load_conversation(self, user_id: int) -> dict[str, Any] | None:
        """The saved state of the user's in-progress dialogue, or None."""
        return self.load_conversation_version(user_id)[0]

    def load_conversation_version(self, user_id: int) -> tuple[dict[str, Any] | None, int]:
        """The saved state and its version (0 when nothing was saved yet); pass the version to
        :meth:`save_conversation` so that a write based on this read cannot overwrite a newer one."""
        row = self._conn.execute("SELECT state, version FROM conversations WHERE user_id = ?",
                                 (user_id,)).fetchone()
        return (None, 0) if row is None else (json.loads(row[0]), row[1])

    def save_conversation(self, user_id: int, state: Mapping[str, Any], *, expected_version: int | None = None) -> int:
        """Save the dialogue state (JSON types only: it must survive a restart unchanged) and
        return its new version. With ``expected_version`` (what :meth:`load_conversation_version`
        gave), a state saved meanwhile by another message raises :class:`StaleState` and
        nothing is written: read again and redo the step."""
        self._guard()
        data, now = _dumps(dict(state)), self._now()
        if expected_version is None:
            row = self._conn.execute(
                "INSERT INTO conversations (user_id, state, updated_at, version) VALUES (?, ?, ?, 1) "
                "ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, "
                "version = conversations.version + 1 RETURNING version", (user_id, data, now)).fetchone()
            return row[0]
        if expected_version == 0:
            row = self._conn.execute(
                "INSERT INTO conversations (user_id, state, updated_at, version) VALUES (?, ?, ?, 1) "
                "ON CONFLICT(user_id) DO NOTHING RETURNING version", (user_id, data, now)).fetchone()
        else:
            row = self._conn.execute(
                "UPDATE conversations SET state = ?, updated_at = ?, version = version + 1 "
                "WHERE user_id = ? AND version = ? RETURNING version",
                (data, now, user_id, expected_version)).fetchone()
        if row is None:
            raise StaleState(f"conversation of user {user_id} changed since version {expected_version}")
        return row[0]

    def clear_conversation(self, user_id: int) -> None:
        """Forget the dialogue state (the dialogue ended)."""
        self._guard()
        self._conn.execute("DELETE FROM conversations WHERE user_id = ?", (user_id,))
