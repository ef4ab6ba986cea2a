"""Conversations: the saved state of each user's in-progress dialogue (one JSON document per
user, so an interview survives a restart) with a version number bumped by every save. A save
made with the version its read returned refuses to overwrite a state another message saved
meanwhile (:class:`~state.errors.StaleState`): the caller reads again and redoes its step.
:class:`ConversationRecords` is mixed into :class:`state.Store`; the conversation is read and
saved inside the one transaction of the message that changes it.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .base import StoreBase, dumps
from .errors import StaleState


class ConversationRecords(StoreBase):
    """Dialogue state per user, versioned (mixed into :class:`state.Store`)."""

    def load_conversation(self, user_id: int) -> dict[str, Any] | None:
        """The saved state of the user's in-progress dialogue, or None."""
        return self.load_conversation_version(user_id)[0]

    def load_conversation_version(self, user_id: int) -> tuple[dict[str, Any] | None, int]:
        """The saved state and its version (0 when nothing was saved yet); pass the version to
        :meth:`save_conversation` so that a write based on this read cannot overwrite a newer one."""
        row = self._conn.execute("SELECT state, version FROM conversations WHERE user_id = ?",
                                 (user_id,)).fetchone()
        return (None, 0) if row is None else (json.loads(row["state"]), row["version"])

    def save_conversation(self, user_id: int, state: Mapping[str, Any], *, expected_version: int | None = None) -> int:
        """Save the dialogue state (JSON types only: it must survive a restart unchanged) and
        return its new version. With ``expected_version`` (what :meth:`load_conversation_version`
        gave), a state saved meanwhile by another message raises :class:`StaleState` and
        nothing is written: read again and redo the step."""
        self._guard()
        data, now = dumps(dict(state)), self._now()
        if expected_version is None:
            row = self._conn.execute(
                "INSERT INTO conversations (user_id, state, updated_at, version) VALUES (?, ?, ?, 1) "
                "ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, "
                "version = conversations.version + 1 RETURNING version", (user_id, data, now)).fetchone()
            return row["version"]
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
        return row["version"]

    def clear_conversation(self, user_id: int) -> None:
        """Forget the dialogue state (the dialogue ended)."""
        self._guard()
        self._conn.execute("DELETE FROM conversations WHERE user_id = ?", (user_id,))
