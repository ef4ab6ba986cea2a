"""Users and their settings: one ``users`` row per channel identity (``channel``, ``external_id``),
holding the user's language, reminder settings (JSON, read merged over
:data:`~state.schema.DEFAULT_REMINDER_SETTINGS`), whether they still accept messages (``active``)
and whether they are an admin. :class:`UserRecords` is mixed into :class:`state.Store`; users are
not owner-scoped (a user *is* the owner), and the admin/broadcast listing spans all of them.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from .base import StoreBase, dumps, settings
from .errors import NotFound
from .records import User
from .schema import LANGUAGES

USER_COLS = "id, channel, external_id, language, reminder_settings, active, is_admin, created_at, updated_at"


def user_of(row: sqlite3.Row) -> User:
    return {
        "id": row["id"], "channel": row["channel"], "external_id": row["external_id"],
        "language": row["language"], "reminder_settings": settings(row["reminder_settings"]),
        "active": bool(row["active"]), "is_admin": bool(row["is_admin"]),
        "created_at": row["created_at"], "updated_at": row["updated_at"],
    }


class UserRecords(StoreBase):
    """Users and their settings (mixed into :class:`state.Store`)."""

    def get_or_create_user(self, channel: str, external_id: str | int, *,
                           language: str = "zh") -> tuple[User, bool]:
        """The user behind an incoming message, created if new; ``(user, created)``.

        A message from an inactive user (one who had blocked the bot) marks them active again.
        ``language`` only applies to a new user.
        """
        ext = str(external_id)
        conn = self._conn
        row = conn.execute(f"SELECT {USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                           (channel, ext)).fetchone()
        if row is not None:
            if not row["active"]:
                return self.update_user(row["id"], active=True), False
            return user_of(row), False
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {language!r}")
        self._guard()
        now = self._now()
        rows = conn.execute(
            f"INSERT INTO users (channel, external_id, language, reminder_settings, active, is_admin, "
            f"created_at, updated_at) VALUES (?, ?, ?, '{{}}', 1, 0, ?, ?) "
            f"ON CONFLICT(channel, external_id) DO NOTHING RETURNING {USER_COLS}",
            (channel, ext, language, now, now)).fetchall()
        if rows:
            return user_of(rows[0]), True
        # another process created it between our SELECT and INSERT
        row = conn.execute(f"SELECT {USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                           (channel, ext)).fetchone()
        return user_of(row), False

    def get_user(self, user_id: int) -> User:
        """The user with this id; :class:`NotFound` if none."""
        row = self._conn.execute(f"SELECT {USER_COLS} FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise NotFound("no such user")
        return user_of(row)

    def find_user(self, channel: str, external_id: str | int) -> User | None:
        """The user with this channel identity, or None (never creates, never reactivates)."""
        row = self._conn.execute(f"SELECT {USER_COLS} FROM users WHERE channel = ? AND external_id = ?",
                                 (channel, str(external_id))).fetchone()
        return None if row is None else user_of(row)

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
            params.append(dumps(dict(reminder_settings)))
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
            f"UPDATE users SET {', '.join(sets)}, updated_at = ? WHERE id = ? RETURNING {USER_COLS}",
            (*params, self._now(), user_id)).fetchall()
        if not rows:
            raise NotFound("no such user")
        return user_of(rows[0])

    def list_users(self, *, active: bool | None = None) -> list[User]:
        """All users (admin/broadcast), optionally only active or only inactive ones."""
        if active is None:
            cur = self._conn.execute(f"SELECT {USER_COLS} FROM users ORDER BY id")
        else:
            cur = self._conn.execute(f"SELECT {USER_COLS} FROM users WHERE active = ? ORDER BY id",
                                     (int(active),))
        return [user_of(r) for r in cur]
