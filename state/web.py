"""The web chat's records in the store: accounts, one-time sign-in tokens, sessions, the chat
history, the reminder inbox and the e-mail outbox (schema: :func:`state.schema.v4_web`).

Tokens are stored as SHA-256 hashes only; the raw token exists in the link or cookie alone.
Like :class:`state.Store`, every call is synchronous and short: call it from the event loop's
thread and never ``await`` inside ``store.transaction()``.
"""
from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from .errors import NotFound

_ACCOUNT_COLS = "a.id, a.user_id, a.name, a.is_admin, a.disabled, a.email, a.created_at, u.language"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _account(row) -> dict[str, Any]:
    return {"id": row[0], "user_id": row[1], "name": row[2], "admin": bool(row[3]), "disabled": bool(row[4]),
            "email": row[5], "created_at": row[6], "language": row[7]}


class WebState:
    def __init__(self, store, clock=None):
        """``clock`` is "now" for link and session expiry (tests move it); the e-mail outbox's
        retry times follow the real clock."""
        self.store = store
        self._conn = store._conn
        self._clock = clock or store._clock

    def _now(self) -> datetime:
        return self._clock().astimezone(UTC)

    def _iso(self, when: datetime) -> str:
        return when.astimezone(UTC).isoformat(timespec="seconds")

    # -- accounts --------------------------------------------------------------------------------
    def create_account(self, name: str, *, admin: bool = False, language: str = "zh") -> dict[str, Any]:
        with self.store.transaction():
            cur = self._conn.execute(
                "INSERT INTO web_accounts (name, is_admin, disabled, created_at) VALUES (?, ?, 0, ?)",
                (name, int(admin), self._iso(self._now())))
            account_id = cur.lastrowid
            user, _ = self.store.get_or_create_user("web", str(account_id), language=language)
            self._conn.execute("UPDATE web_accounts SET user_id = ? WHERE id = ?", (user["id"], account_id))
        return self.account(account_id)

    def account(self, account_id: int) -> dict[str, Any]:
        row = self._conn.execute(f"SELECT {_ACCOUNT_COLS} FROM web_accounts a JOIN users u ON u.id = a.user_id "
                                 "WHERE a.id = ?", (account_id,)).fetchone()
        if row is None:
            raise NotFound("no such account")
        return _account(row)

    def find_account(self, name: str) -> dict[str, Any] | None:
        row = self._conn.execute(f"SELECT {_ACCOUNT_COLS} FROM web_accounts a JOIN users u ON u.id = a.user_id "
                                 "WHERE a.name = ? ORDER BY a.id LIMIT 1", (name,)).fetchone()
        return None if row is None else _account(row)

    def accounts(self) -> list[dict[str, Any]]:
        return [_account(r) for r in self._conn.execute(
            f"SELECT {_ACCOUNT_COLS} FROM web_accounts a JOIN users u ON u.id = a.user_id ORDER BY a.id")]

    def set_disabled(self, account_id: int, disabled: bool = True) -> dict[str, Any]:
        with self.store.transaction():
            cur = self._conn.execute("UPDATE web_accounts SET disabled = ? WHERE id = ?", (int(disabled), account_id))
            if cur.rowcount != 1:
                raise NotFound("no such account")
            if disabled:  # every session ends now
                self._conn.execute("UPDATE web_sessions SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                                   (self._iso(self._now()), account_id))
        return self.account(account_id)

    def set_email(self, account_id: int, email: str | None) -> None:
        with self.store.transaction():
            self._conn.execute("UPDATE web_accounts SET email = ? WHERE id = ?", (email or None, account_id))

    # -- sign-in links ----------------------------------------------------------------------------
    def issue_login(self, account_id: int, hours: float = 24) -> str:
        token = secrets.token_urlsafe(32)
        now = self._now()
        with self.store.transaction():
            self._conn.execute("INSERT INTO web_login_tokens (account_id, token_hash, expires_at, created_at) "
                               "VALUES (?, ?, ?, ?)",
                               (account_id, token_hash(token), self._iso(now + timedelta(hours=hours)), self._iso(now)))
        return token

    def redeem_login(self, token: str) -> dict[str, Any] | None:
        """The account the token signs in, marking it used; None if unknown, used, expired or the
        account is disabled."""
        now = self._iso(self._now())
        with self.store.transaction():
            row = self._conn.execute(
                "UPDATE web_login_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? "
                "RETURNING account_id", (now, token_hash(token), now)).fetchone()
        if row is None:
            return None
        account = self.account(row[0])
        return None if account["disabled"] else account

    # -- sessions ----------------------------------------------------------------------------------
    def open_session(self, account_id: int, hours: float) -> tuple[str, str]:
        """(session token, CSRF token)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        now = self._now()
        with self.store.transaction():
            self._conn.execute("INSERT INTO web_sessions (account_id, token_hash, csrf, created_at, expires_at) "
                               "VALUES (?, ?, ?, ?, ?)",
                               (account_id, token_hash(token), csrf, self._iso(now), self._iso(now + timedelta(hours=hours))))
        return token, csrf

    def session(self, token: str) -> tuple[dict[str, Any], str, int] | None:
        """(account, csrf, session id) of a live session of an enabled account, else None."""
        row = self._conn.execute(
            f"SELECT s.id, s.csrf, {_ACCOUNT_COLS} FROM web_sessions s JOIN web_accounts a ON a.id = s.account_id "
            "JOIN users u ON u.id = a.user_id "
            "WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND a.disabled = 0",
            (token_hash(token), self._iso(self._now()))).fetchone()
        if row is None:
            return None
        return _account(row[2:]), row[1], row[0]

    def close_session(self, session_id: int) -> None:
        with self.store.transaction():
            self._conn.execute("UPDATE web_sessions SET revoked_at = ? WHERE id = ?", (self._iso(self._now()), session_id))

    # -- history -----------------------------------------------------------------------------------
    def record(self, user_id: int, role: str, body: dict) -> int:
        """One message ('in') or reply ('out'); call inside a transaction. Its id."""
        return self._conn.execute("INSERT INTO web_messages (user_id, role, body, created_at) VALUES (?, ?, ?, ?)",
                           (user_id, role, json.dumps(body, ensure_ascii=False), self._iso(self._now()))).lastrowid

    def message(self, user_id: int, message_id: int) -> dict[str, Any] | None:
        row = self._conn.execute("SELECT body FROM web_messages WHERE id = ? AND user_id = ?",
                                 (message_id, user_id)).fetchone()
        return None if row is None else json.loads(row[0])

    def history(self, user_id: int, limit: int = 200) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT id, role, body, created_at FROM web_messages WHERE user_id = ? "
                                  "ORDER BY id DESC LIMIT ?", (user_id, limit)).fetchall()
        return [{"id": r[0], "role": r[1], **json.loads(r[2]), "at": r[3]} for r in reversed(rows)]

    # -- reminder inbox and e-mail outbox ------------------------------------------------------------
    def add_to_inbox(self, user_id: int, body: dict, mail: tuple[str, str, str] | None = None) -> int:
        """A pushed reply for the user, and (to, subject, text) to e-mail, in one transaction."""
        now = self._iso(self._now())
        with self.store.transaction():
            inbox_id = self._conn.execute("INSERT INTO web_inbox (user_id, body, created_at) VALUES (?, ?, ?)",
                                          (user_id, json.dumps(body, ensure_ascii=False), now)).lastrowid
            if mail:
                self._conn.execute("INSERT INTO mail_outbox (inbox_id, to_addr, subject, body, attempts, next_at, "
                                   "created_at) VALUES (?, ?, ?, ?, 0, ?, ?)", (inbox_id, *mail, now, now))
        return inbox_id

    def inbox(self, user_id: int, limit: int = 50) -> tuple[list[dict[str, Any]], int]:
        rows = self._conn.execute("SELECT id, body, created_at, read_at FROM web_inbox WHERE user_id = ? "
                                  "ORDER BY id DESC LIMIT ?", (user_id, limit)).fetchall()
        unread = self._conn.execute("SELECT count(*) FROM web_inbox WHERE user_id = ? AND read_at IS NULL",
                                    (user_id,)).fetchone()[0]
        return [{"id": r[0], **json.loads(r[1]), "at": r[2], "read": r[3] is not None} for r in rows], unread

    def mark_read(self, user_id: int) -> None:
        with self.store.transaction():
            self._conn.execute("UPDATE web_inbox SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                               (self._iso(self._now()), user_id))

    def pending_mail(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT id, to_addr, subject, body, attempts FROM mail_outbox "
                                  "WHERE sent_at IS NULL AND next_at <= ? ORDER BY id LIMIT ?",
                                  (self._iso(datetime.now(UTC)), limit)).fetchall()
        return [{"id": r[0], "to": r[1], "subject": r[2], "body": r[3], "attempts": r[4]} for r in rows]

    def mail_sent(self, mail_id: int) -> None:
        with self.store.transaction():
            self._conn.execute("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?",
                               (self._iso(self._now()), mail_id))

    def mail_failed(self, mail_id: int, error: str, retry_in: float) -> None:
        when = datetime.now(UTC) + timedelta(seconds=retry_in)
        with self.store.transaction():
            self._conn.execute("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_at = ? WHERE id = ?",
                               (error[:500], self._iso(when), mail_id))

    # -- the server's signing key ---------------------------------------------------------------------
    def secret(self) -> bytes:
        """The key that signs session cookies: made once, kept in ``meta``."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'web_secret'").fetchone()
        if row:
            return bytes.fromhex(row[0])
        with self.store.transaction():
            self._conn.execute("INSERT INTO meta (key, value) VALUES ('web_secret', ?) ON CONFLICT(key) DO NOTHING",
                               (secrets.token_hex(32),))
        return bytes.fromhex(self._conn.execute("SELECT value FROM meta WHERE key = 'web_secret'").fetchone()[0])
