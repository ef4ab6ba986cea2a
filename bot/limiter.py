"""The push limiter: an even stream of requests whose rate adapts to the server.

A fixed rate (PTB's AIORateLimiter, or ours smoothed at 29.5/s) keeps bursting at that rate
against a server that enforces a lower one: measured against a Bot API emulator limited to
20/s, a 429 every 1.5 s. This limiter spaces requests evenly at its current rate, halves the
rate on every 429 (and pauses everyone for the Retry-After), and after a quiet spell raises it
again by a small step, never above the configured ceiling (additive increase, multiplicative
decrease, as TCP does).
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)


class AdaptiveLimiter(BaseRateLimiter):
    """``rate`` requests a second at most, down to ``min_rate`` after 429s; every ``recover_after``
    seconds without a 429 the rate grows by ``step`` (a tenth of the ceiling by default)."""

    def __init__(self, rate: float = 29.5, min_rate: float = 1.0, max_retries: int = 5,
                 recover_after: float = 2.0, step: float | None = None, backoff: float = 0.5,
                 clock: Callable[[], float] = time.monotonic):
        self.max_rate = rate
        self.rate = rate
        self.min_rate = min_rate
        self.max_retries = max_retries
        self.recover_after = recover_after
        self.step = step if step is not None else rate / 10
        self.backoff = backoff
        self.clock = clock
        self.throttled = 0                  # 429s seen
        self._next = 0.0                    # when the next request may go
        self._paused_until = 0.0
        self._generation = 0               # bumped by every 429: slots handed out before it are void
        self._last_change = clock()
        self._lock = asyncio.Lock()

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def _slot(self) -> None:
        while True:
            async with self._lock:
                now = self.clock()
                self._recover(now)
                start = max(now, self._next, self._paused_until)
                self._next = start + 1 / self.rate
                generation = self._generation
            delay = start - self.clock()
            if delay > 0:
                await asyncio.sleep(delay)
            if generation == self._generation:
                return
            # a 429 came while this request waited: its slot was planned at the old rate, queue again

    def _recover(self, now: float) -> None:
        if self.rate < self.max_rate and now - self._last_change >= self.recover_after:
            self.rate = min(self.max_rate, self.rate + self.step)
            self._last_change = now

    def _throttle(self, retry_after: float) -> None:
        now = self.clock()
        self.throttled += 1
        if now >= self._paused_until:  # one cut per pause: requests already in flight may 429 too
            self.rate = max(self.min_rate, self.rate * self.backoff)
        self._last_change = now
        self._generation += 1
        self._paused_until = max(self._paused_until, now + retry_after)
        self._next = self._paused_until
        log.info("429 from the server: push rate now %.1f/s, pausing %.2f s", self.rate, retry_after)

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        retries = rate_limit_args or self.max_retries
        for attempt in range(retries + 1):
            await self._slot()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                self._throttle(seconds)
                if attempt == retries:
                    raise
        return None  # pragma: no cover - the loop returns or raises
