"""Who is asking: signed session cookies, CSRF tokens, the per-user rate limit.

The cookie holds a random session token and its HMAC under the server's key (kept in the
store); the store keeps only the token's hash, so neither a copy of the database nor a forged
cookie opens a session. A session ends at its expiry, at sign-out, or when its account is
disabled.
"""
from __future__ import annotations

import hashlib
import hmac
import math
import time
from dataclasses import dataclass

COOKIE = "govit_session"


@dataclass(frozen=True)
class Who:
    account: dict
    csrf: str
    session_id: int

    @property
    def user_id(self) -> int:
        return self.account["user_id"]


class Signer:
    def __init__(self, key: bytes):
        self.key = key

    def _mac(self, token: str) -> str:
        return hmac.new(self.key, token.encode(), hashlib.sha256).hexdigest()[:32]

    def sign(self, token: str) -> str:
        return f"{token}.{self._mac(token)}"

    def unsign(self, value: str | None) -> str | None:
        if not value or "." not in value:
            return None
        token, _, mac = value.rpartition(".")
        return token if hmac.compare_digest(mac, self._mac(token)) else None


def csrf_ok(who: Who, header: str | None) -> bool:
    return bool(header) and hmac.compare_digest(header.encode(), who.csrf.encode())


class RateLimit:
    """A token bucket per user: ``per_minute`` on average, bursts of ``burst``."""

    def __init__(self, per_minute: int, burst: int = 20, clock=time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}

    def take(self, key: int) -> float:
        """0 when allowed, else the seconds to wait (rounded up)."""
        now = self.clock()
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1:
            self._buckets[key] = (tokens - 1, now)
            return 0
        self._buckets[key] = (tokens, now)
        return max(1, math.ceil((1 - tokens) / self.rate)) if self.rate > 0 else 60
