"""Issue 11, found on the way: the calendar name, the adaptive push limiter, concurrent opens of a
new database, duties tied to an unstated fact, and the deadlines window."""
import asyncio
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from telegram.error import RetryAfter

from bot.limiter import AdaptiveLimiter
from knowledge.rules.model import Profile
from knowledge.time.ics import to_ics

ROOT = Path(__file__).resolve().parents[1]


def test_ics_calendar_name_is_escaped():
    raw = to_ics([], calendar_name="城管,一期;试点\\A\nX-EVIL:1")
    lines = raw.decode().split("\r\n")
    assert "X-WR-CALNAME:城管\\,一期\\;试点\\\\A\\nX-EVIL:1" in lines
    assert not any(line.startswith("X-EVIL") for line in lines)


class FakeServer:
    """Answers 429 when more than ``limit`` requests arrive within a second (a sliding window)."""

    def __init__(self, limit: int):
        self.limit, self.times, self.errors = limit, [], 0

    async def send(self):
        now = asyncio.get_running_loop().time()
        self.times = [t for t in self.times if now - t < 1.0]
        if len(self.times) >= self.limit:
            self.errors += 1
            raise RetryAfter(round(1.0 - (now - self.times[0]), 3))  # until the window has room
        self.times.append(now)
        return True


async def _push(limiter, server, n):
    async def one():
        return await limiter.process_request(server.send, (), {}, "sendMessage", {"chat_id": 1}, None)
    return await asyncio.gather(*(one() for _ in range(n)))


def test_push_limiter_adapts_down_on_429_and_recovers_slowly():
    server = FakeServer(limit=20)
    limiter = AdaptiveLimiter(rate=60, max_retries=10, recover_after=0.5)
    results = asyncio.run(_push(limiter, server, 60))
    assert all(results)
    assert limiter.rate < 60 and limiter.throttled == server.errors
    assert 1 <= server.errors <= 4  # each 429 halves the rate: a fixed 60/s would meet one per request past the 20th
    low = limiter.rate
    limiter._recover(limiter._last_change + 0.5)
    assert low < limiter.rate <= low + 6  # back up by a small step only


def test_two_processes_opening_a_new_database_at_once(tmp_path):
    code = ("import sys; from state import Store; s = Store(sys.argv[1]); "
            "u, _ = s.get_or_create_user('console', 'local'); s.close(); print('ok')")
    for i in range(6):
        db = tmp_path / f"race{i}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(3)]
        outs = [p.communicate(timeout=60) for p in procs]
        assert all(p.returncode == 0 for p in procs), [err.decode()[-300:] for _, err in outs]


def test_a_duty_on_an_unstated_fact_is_conditional_and_names_it(kb):
    path = kb.path(Profile(jurisdiction="longgang", amount=3_000_000, kind="software"), "en")
    quotes = next(r for r in path["requirements"] if r["key"] == "market_quotes")
    assert quotes["verdict"] == "conditional" and "if equipment is bought" in quotes["summary"]
    surplus = next(r for r in path["requirements"] if r["key"] == "surplus_funds")
    assert surplus["verdict"] == "conditional"
    # the CLI ask still answers a question that states the fact
    answer = kb.ask("龙岗区初步设计方案涉及设备采购要先询价吗")
    assert answer["findings"][0]["verdict"] == "yes"


@pytest.mark.parametrize("event,key,due", [("decommission_planned=2027-06-30", "decommission_report", "2027-05-31")])
def test_deadlines_window_starts_at_the_earliest_implied_deadline(event, key, due):
    p = subprocess.run([sys.executable, "-m", "bot", "deadlines", "--jurisdiction", "zhonglou", "--event", event,
                        "--json"], capture_output=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    items = json.loads(p.stdout)["deadlines"]
    assert (items[0]["key"], items[0]["due"]) == (key, due)
    assert all(date.fromisoformat(d["due"]) <= date(2028, 6, 30) for d in items)  # a year after the event
