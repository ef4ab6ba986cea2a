"""What the aggregate modules (:mod:`state.users`, :mod:`state.projects`, :mod:`state.filings`,
:mod:`state.conversations`) share: :class:`StoreBase`, the part of :class:`state.store.Store` they
are mixed into and call (connection, write guard, clock, transactions, owner scoping; all
implemented in :mod:`state.store`), and the codecs of values stored in columns (ISO dates,
compact JSON, reminder settings merged over their defaults). Rows come back as
:class:`sqlite3.Row` (the store sets the connection's ``row_factory``), so every module reads
columns by name.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any

from .schema import DEFAULT_REMINDER_SETTINGS


class StoreBase:
    """The interface the aggregate mixins rely on; :class:`state.store.Store` implements it."""

    _conn: sqlite3.Connection
    #: SQL condition (one ``?`` for the owner id) true for a filings row of one of the owner's projects.
    _OWNED_FILING: str

    def transaction(self) -> AbstractContextManager[Any]:  # pragma: no cover - implemented by Store
        raise NotImplementedError

    def _guard(self) -> None:  # pragma: no cover - implemented by Store
        raise NotImplementedError

    def _now(self) -> str:  # pragma: no cover - implemented by Store
        raise NotImplementedError

    def _require_project(self, owner_id: int, project_id: int) -> None:  # pragma: no cover
        raise NotImplementedError


def dumps(value: Any) -> str:
    """Compact JSON, Chinese kept as is (conversation state, reminder settings)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps_loose(value: Any) -> str:
    """For deadline payloads: dates become ISO strings, sets and tuples lists."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def iso_date(value: date | str, what: str = "date") -> str:
    """``YYYY-MM-DD`` of a date, datetime or ISO date string; ValueError/TypeError otherwise."""
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


def settings(raw: str) -> dict[str, Any]:
    """Stored reminder settings merged over :data:`DEFAULT_REMINDER_SETTINGS` (steps merged too)."""
    stored = json.loads(raw) if raw else {}
    merged = {**DEFAULT_REMINDER_SETTINGS, **stored}
    merged["steps"] = {**DEFAULT_REMINDER_SETTINGS["steps"], **(stored.get("steps") or {})}
    return merged


def columns(cols: str, alias: str) -> str:
    """``"id, name"`` -> ``"e.id, e.name"``: a column list qualified by a table alias."""
    return ", ".join(f"{alias}.{c.strip()}" for c in cols.split(","))


__all__ = ["StoreBase", "columns", "dumps", "dumps_loose", "iso_date", "settings"]
