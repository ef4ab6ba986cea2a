"""Projects and their events: a user's projects (amounts in yuan, the stage from
:data:`~state.schema.STAGES`), the dates of the events recorded for each (names from
:data:`~state.schema.EVENTS`, i.e. :mod:`knowledge.facts.events`; one date per event) and the
append-only audit trail of every set, replace and clear of those dates (``event_history``).
:class:`ProjectRecords` is mixed into :class:`state.Store`; every method takes ``owner_id`` first
and filters on it in the same statement, so another user's project looks exactly like a missing
one (:class:`~state.errors.NotFound`).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date
from typing import Any

from .base import StoreBase, columns, iso_date
from .errors import NotFound
from .records import Event, EventChange, Project
from .schema import EVENTS, STAGES

PROJECT_FIELDS: tuple[str, ...] = (
    "name", "jurisdiction", "amount", "kind", "software_cost", "contract_amount", "funding",
    "new_initiative", "stage",
)
_INT_FIELDS = frozenset({"amount", "software_cost", "contract_amount"})

PROJECT_COLS = ("id, owner_id, name, jurisdiction, amount, kind, software_cost, contract_amount, funding, "
                "new_initiative, stage, created_at, updated_at")
EVENT_COLS = "id, project_id, name, date, recorded_at, recorded_by"
_EVENT_CHANGE_COLS = "id, project_id, name, date, action, recorded_at, recorded_by"


def project_of(row: sqlite3.Row) -> Project:
    new_initiative = row["new_initiative"]
    return {
        "id": row["id"], "owner_id": row["owner_id"], "name": row["name"],
        "jurisdiction": row["jurisdiction"], "amount": row["amount"], "kind": row["kind"],
        "software_cost": row["software_cost"], "contract_amount": row["contract_amount"],
        "funding": row["funding"], "new_initiative": None if new_initiative is None else bool(new_initiative),
        "stage": row["stage"], "created_at": row["created_at"], "updated_at": row["updated_at"],
    }


def event_of(row: sqlite3.Row) -> Event:
    return {"id": row["id"], "project_id": row["project_id"], "name": row["name"], "date": row["date"],
            "recorded_at": row["recorded_at"], "recorded_by": row["recorded_by"]}


def event_change_of(row: sqlite3.Row) -> EventChange:
    return {"id": row["id"], "project_id": row["project_id"], "name": row["name"], "date": row["date"],
            "action": row["action"], "recorded_at": row["recorded_at"], "recorded_by": row["recorded_by"]}


def check_project_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
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


class ProjectRecords(StoreBase):
    """Projects, their events and the events' audit trail (mixed into :class:`state.Store`)."""

    # -- projects --------------------------------------------------------------------------

    def create_project(self, owner_id: int, name: str, *, jurisdiction: str | None = None,
                       amount: int | None = None, kind: str | None = None,
                       software_cost: int | None = None, contract_amount: int | None = None,
                       funding: str | None = None, new_initiative: bool | None = None,
                       stage: str = "planning") -> Project:
        """A new project owned by ``owner_id`` (amounts in yuan)."""
        f = check_project_fields({
            "name": name, "jurisdiction": jurisdiction, "amount": amount, "kind": kind,
            "software_cost": software_cost, "contract_amount": contract_amount, "funding": funding,
            "new_initiative": new_initiative, "stage": stage})
        self._guard()
        now = self._now()
        try:
            rows = self._conn.execute(
                f"INSERT INTO projects (owner_id, name, jurisdiction, amount, kind, software_cost, "
                f"contract_amount, funding, new_initiative, stage, created_at, updated_at) "
                f"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING {PROJECT_COLS}",
                (owner_id, f["name"], f["jurisdiction"], f["amount"], f["kind"], f["software_cost"],
                 f["contract_amount"], f["funding"], f["new_initiative"], f["stage"], now, now),
            ).fetchall()
        except sqlite3.IntegrityError as exc:  # owner does not exist
            raise NotFound("no such user") from exc
        return project_of(rows[0])

    def get_project(self, owner_id: int, project_id: int) -> Project:
        """The project if ``owner_id`` owns it; otherwise :class:`NotFound`."""
        row = self._conn.execute(f"SELECT {PROJECT_COLS} FROM projects WHERE id = ? AND owner_id = ?",
                                 (project_id, owner_id)).fetchone()
        if row is None:
            raise NotFound("no such project")
        return project_of(row)

    def list_projects(self, owner_id: int) -> list[Project]:
        """The owner's projects, oldest first."""
        cur = self._conn.execute(f"SELECT {PROJECT_COLS} FROM projects WHERE owner_id = ? ORDER BY id",
                                 (owner_id,))
        return [project_of(r) for r in cur]

    def update_project(self, owner_id: int, project_id: int, /, **changes: Any) -> Project:
        """Change the given fields (any of :data:`PROJECT_FIELDS`; None clears) and return the project."""
        f = check_project_fields(changes)
        if not f:
            return self.get_project(owner_id, project_id)
        self._guard()
        names = sorted(f)
        rows = self._conn.execute(
            f"UPDATE projects SET {', '.join(f'{n} = ?' for n in names)}, updated_at = ? "
            f"WHERE id = ? AND owner_id = ? RETURNING {PROJECT_COLS}",
            (*(f[n] for n in names), self._now(), project_id, owner_id)).fetchall()
        if not rows:
            raise NotFound("no such project")
        return project_of(rows[0])

    def delete_project(self, owner_id: int, project_id: int) -> None:
        """Delete the project with its events, history, filings and sent-reminder records."""
        self._guard()
        cur = self._conn.execute("DELETE FROM projects WHERE id = ? AND owner_id = ?", (project_id, owner_id))
        if cur.rowcount != 1:
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
        day = iso_date(event_date, "event date")
        by = owner_id if by is None else by
        conn = self._conn
        with self.transaction():
            # one statement checks ownership and reads the current date (columns of e: NULL if unset)
            row = conn.execute(
                f"SELECT p.id AS owned_project_id, {columns(EVENT_COLS, 'e')} FROM projects p "
                "LEFT JOIN events e ON e.project_id = p.id AND e.name = ? WHERE p.id = ? AND p.owner_id = ?",
                (name, project_id, owner_id)).fetchone()
            if row is None:
                raise NotFound("no such project")
            if row["date"] == day:
                return event_of(row)
            now = self._now()
            rows = conn.execute(
                "INSERT INTO events (project_id, name, date, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(project_id, name) DO UPDATE SET date = excluded.date, "
                f"recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by RETURNING {EVENT_COLS}",
                (project_id, name, day, now, by)).fetchall()
            conn.execute(
                "INSERT INTO event_history (project_id, name, date, action, recorded_at, recorded_by) "
                "VALUES (?, ?, ?, 'set', ?, ?)", (project_id, name, day, now, by))
            conn.execute("UPDATE projects SET updated_at = ? WHERE id = ?", (now, project_id))
        return event_of(rows[0])

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
        cur = self._conn.execute(f"SELECT {EVENT_COLS} FROM events WHERE project_id = ? ORDER BY date, id",
                                 (project_id,))
        return [event_of(r) for r in cur]

    def event_history(self, owner_id: int, project_id: int) -> list[EventChange]:
        """Every change ever made to the project's event dates, oldest first."""
        self._require_project(owner_id, project_id)
        cur = self._conn.execute(
            f"SELECT {_EVENT_CHANGE_COLS} FROM event_history WHERE project_id = ? ORDER BY id", (project_id,))
        return [event_change_of(r) for r in cur]
