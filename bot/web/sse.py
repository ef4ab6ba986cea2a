"""Server-sent events: each open page of a user gets every push for that user, live.

A stream is a bounded queue; a page that stops reading loses the oldest events rather than the
server's memory (what it missed is in the inbox and history, re-read on reconnect)."""
from __future__ import annotations

import asyncio
import json
import random
from collections import defaultdict
from collections.abc import AsyncIterator

KEEPALIVE_SECONDS = 15.0
QUEUE = 64


class Hub:
    def __init__(self):
        self._streams: dict[int, set[asyncio.Queue]] = defaultdict(set)
        self.closing = asyncio.Event()

    @property
    def open_streams(self) -> int:
        return sum(len(s) for s in self._streams.values())

    def publish(self, user_id: int, event: dict) -> int:
        """Queue ``event`` on every open stream of the user; how many streams got it."""
        line = json.dumps(event, ensure_ascii=False)
        streams = self._streams.get(user_id, ())
        for q in streams:
            if q.full():
                q.get_nowait()
            q.put_nowait(line)
        return len(streams)

    async def stream(self, user_id: int, alive=None) -> AsyncIterator[str]:
        """The text/event-stream body for one page; ends when the server closes or ``alive()`` says no."""
        q: asyncio.Queue = asyncio.Queue(QUEUE)
        self._streams[user_id].add(q)
        try:
            yield "retry: 3000\n\n"
            while not self.closing.is_set():
                try:
                    # jittered: streams opened together must not all check their session at once
                    # (1,000 checks in one burst stalled every request for ~150 ms, bench_web.py)
                    line = await asyncio.wait_for(q.get(), KEEPALIVE_SECONDS * random.uniform(0.5, 1.5))
                except TimeoutError:
                    if alive is not None and not alive():
                        return
                    yield ": keepalive\n\n"
                    continue
                if line is None:  # the server is closing
                    return
                yield f"data: {line}\n\n"
        finally:
            self._streams[user_id].discard(q)
            if not self._streams[user_id]:
                self._streams.pop(user_id, None)

    def close(self) -> None:
        self.closing.set()
        for streams in self._streams.values():
            for q in streams:
                if q.full():
                    q.get_nowait()
                q.put_nowait(None)
