"""Filings and the reminders sent about them: one ``filings`` row per occurrence of a deadline
computed for a project (key, due date, title and other deadline keys as JSON, status pending /
snoozed / done), kept in step with the deadline engine by :meth:`FilingRecords.sync_filings`;
the ``reminders_sent`` record of which reminder step went out for which filing; and the reminder
pusher's queries across all active users (:meth:`~FilingRecords.due_within`,
:meth:`~FilingRecords.overdue`). :class:`FilingRecords` is mixed into :class:`state.Store`; the
per-user methods take ``owner_id`` first and reach a filing only through a project it owns.
"""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .base import StoreBase, columns, dumps_loose, iso_date, settings
from .errors import NotFound
from .records import DueFiling, Filing, FilingChanges, MovedFiling

FILING_COLS = ("id, project_id, key, due, title, info, status, snoozed_until, done_at, done_by, "
               "created_at, updated_at")
_DUE_SELECT = (
    f"SELECT {columns(FILING_COLS, 'f')}, p.name AS project_name, p.stage, u.id AS owner_id, u.channel, "
    "u.external_id, u.language, u.reminder_settings "
    "FROM filings f JOIN projects p ON p.id = f.project_id JOIN users u ON u.id = p.owner_id "
    "WHERE u.active = 1 AND f.status != 'done' "
)
_NOT_SNOOZED = "AND (f.status != 'snoozed' OR f.snoozed_until IS NULL OR f.snoozed_until <= ?) "


def filing_of(row: sqlite3.Row) -> Filing:
    title, info = row["title"], row["info"]
    return {
        "id": row["id"], "project_id": row["project_id"], "key": row["key"], "due": row["due"],
        "title": None if title is None else json.loads(title),
        "info": json.loads(info) if info else {},
        "status": row["status"], "snoozed_until": row["snoozed_until"], "done_at": row["done_at"],
        "done_by": row["done_by"], "created_at": row["created_at"], "updated_at": row["updated_at"],
    }


def due_filing_of(row: sqlite3.Row) -> DueFiling:
    out: dict[str, Any] = dict(filing_of(row))
    out.update(project_name=row["project_name"], stage=row["stage"], owner_id=row["owner_id"],
               channel=row["channel"], external_id=row["external_id"], language=row["language"],
               reminder_settings=settings(row["reminder_settings"]))
    return out  # type: ignore[return-value]


class FilingRecords(StoreBase):
    """Filings, sent reminders and the pusher's cross-user queries (mixed into :class:`state.Store`)."""

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
            due = iso_date(d["due"], f"due date of {key!r}")
            if due in computed[key]:
                raise ValueError(f"deadline {key!r} due {due} is listed twice")
            title = d.get("title")
            info = {k: v for k, v in d.items() if k not in ("key", "due", "title")}
            computed[key][due] = (None if title is None else dumps_loose(title), dumps_loose(info))
        changes = FilingChanges()
        conn = self._conn
        with self.transaction():
            self._require_project(owner_id, project_id)
            existing: dict[str, dict[str, sqlite3.Row]] = defaultdict(dict)
            for row in conn.execute(f"SELECT {FILING_COLS} FROM filings WHERE project_id = ?", (project_id,)):
                existing[row["key"]][row["due"]] = row
            now = self._now()
            for key in sorted(computed.keys() | existing.keys()):
                new, old = computed.get(key, {}), existing.get(key, {})
                for due in new.keys() & old.keys():
                    row = old[due]
                    title, info = new[due]
                    if (row["title"], row["info"] or "{}") != (title, info):
                        row = conn.execute(
                            f"UPDATE filings SET title = ?, info = ? WHERE id = ? RETURNING {FILING_COLS}",
                            (title, info, row["id"])).fetchall()[0]
                    changes.unchanged.append(filing_of(row))
                new_only = sorted(new.keys() - old.keys())
                old_open = sorted(due for due in old.keys() - new.keys() if old[due]["status"] != "done")
                if len(new) == 1 and len(new_only) == 1 and len(old_open) == 1 \
                        and sum(1 for r in old.values() if r["status"] != "done") == 1:
                    row, due = old[old_open[0]], new_only[0]
                    title, info = new[due]
                    moved = conn.execute(
                        "UPDATE filings SET due = ?, title = ?, info = ?, status = 'pending', snoozed_until = NULL, "
                        f"updated_at = ? WHERE id = ? RETURNING {FILING_COLS}",
                        (due, title, info, now, row["id"])).fetchall()[0]
                    conn.execute("DELETE FROM reminders_sent WHERE filing_id = ?", (row["id"],))
                    item: MovedFiling = {**filing_of(moved), "old_due": row["due"]}
                    changes.moved.append(item)
                    continue
                for due in new_only:
                    title, info = new[due]
                    added = conn.execute(
                        "INSERT INTO filings (project_id, key, due, title, info, status, created_at, updated_at) "
                        f"VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING {FILING_COLS}",
                        (project_id, key, due, title, info, now, now)).fetchall()[0]
                    changes.added.append(filing_of(added))
                for due in old_open:
                    row = old[due]
                    conn.execute("DELETE FROM filings WHERE id = ?", (row["id"],))
                    changes.removed.append(filing_of(row))
        for items in (changes.added, changes.removed, changes.moved, changes.unchanged):
            items.sort(key=lambda f: (f["due"], f["key"]))
        return changes

    def list_filings(self, owner_id: int, project_id: int) -> list[Filing]:
        """The project's filings (all statuses), by due date."""
        self._require_project(owner_id, project_id)
        cur = self._conn.execute(f"SELECT {FILING_COLS} FROM filings WHERE project_id = ? ORDER BY due, key",
                                 (project_id,))
        return [filing_of(r) for r in cur]

    def get_filing(self, owner_id: int, filing_id: int) -> Filing:
        """The filing if it belongs to one of ``owner_id``'s projects; otherwise :class:`NotFound`."""
        row = self._conn.execute(f"SELECT {FILING_COLS} FROM filings WHERE id = ? AND {self._OWNED_FILING}",
                                 (filing_id, owner_id)).fetchone()
        if row is None:
            raise NotFound("no such filing")
        return filing_of(row)

    def _set_filing(self, owner_id: int, filing_id: int, sets: str, params: tuple, only_if: str) -> Filing | None:
        self._guard()
        rows = self._conn.execute(
            f"UPDATE filings SET {sets}, updated_at = ? WHERE id = ? AND {only_if} AND {self._OWNED_FILING} "
            f"RETURNING {FILING_COLS}", (*params, self._now(), filing_id, owner_id)).fetchall()
        return filing_of(rows[0]) if rows else None

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
        day = iso_date(until, "snooze date")
        done = self._set_filing(owner_id, filing_id, "status = 'snoozed', snoozed_until = ?", (day,),
                                "status != 'done'")
        if done is None:
            self.get_filing(owner_id, filing_id)  # NotFound if not theirs
            raise ValueError("this filing is already done")
        return done

    # -- reminder pusher (across all users) ------------------------------------------------

    def due_within(self, start: date | str, end: date | str, *,
                   as_of: date | str | None = None) -> list[DueFiling]:
        """Not-done filings of active users due in ``[start, end]``, with owner channel and language.

        With ``as_of``, filings snoozed until after ``as_of`` are left out.
        """
        params: list[Any] = [iso_date(start), iso_date(end)]
        sql = _DUE_SELECT + "AND f.due BETWEEN ? AND ? "
        if as_of is not None:
            sql += _NOT_SNOOZED
            params.append(iso_date(as_of))
        return [due_filing_of(r) for r in self._conn.execute(sql + "ORDER BY f.due, f.id", params)]

    def overdue(self, as_of: date | str) -> list[DueFiling]:
        """Not-done filings of active users due before ``as_of`` and not snoozed past it."""
        day = iso_date(as_of)
        sql = _DUE_SELECT + "AND f.due < ? " + _NOT_SNOOZED + "ORDER BY f.due, f.id"
        return [due_filing_of(r) for r in self._conn.execute(sql, (day, day))]

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
        return {r["step"] for r in self._conn.execute("SELECT step FROM reminders_sent WHERE filing_id = ?",
                                                      (filing_id,))}
