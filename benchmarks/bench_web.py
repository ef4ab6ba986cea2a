"""Benchmark of the web chat over HTTP on loopback: ``python -m bot web`` in its own process,
signed-in clients sending questions and interview answers concurrently, with event streams open.

1. Accounts and sign-in links are made in a fresh SQLite file; every client signs in through
   ``GET /login/<token>`` and reads its CSRF token from ``/api/session``.
2. ``--streams`` (default 1,000) ``GET /api/events`` streams are opened (spread over the users)
   and held open; the server's memory (VmRSS) is read with them open.
3. Paced phase: ``--clients`` (default 200) each send at ``--rate`` messages/s in total (default
   600), each message a question or the next answer of the declaration interview (typed text and
   button presses), for ``--seconds``. Latency is measured from the first byte sent to the last
   byte of the answer. This is the target's shape: 200 people using it at once.
4. Saturation phase: the same clients send back to back (each waits for its answer) for
   ``--seconds``: the most the server does, and the latency when 200 requests are always queued.

The client is a minimal HTTP/1.1 keep-alive client on asyncio (an HTTP library's own CPU cost
would be measured otherwise: the machine has 2 cores shared by both sides).
Targets: >= 500 messages/s with p99 < 50 ms; server memory < 200 MB with 1,000 streams open.

    .venv/bin/python benchmarks/bench_web.py [--clients 200] [--streams 1000] [--rate 600] [--seconds 20]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = ["钟楼区80万的项目需要监理吗？", "龙岗区500万的软件项目要做第三方测评吗？", "合同签订后多久要备案？",
             "文登区的项目验收需要哪些材料？", "Does a 2 million yuan project in Zhonglou need a supervisor?",
             "深圳市信息工程要办理质量监督登记吗？", "云浮市服务项目的绩效评价什么时候做？", "/deadlines", "/projects"]
INTERVIEW = [{"text": "/new"}, {"text": "智慧城管平台"}, {"callback": "d:set:jurisdiction:zhonglou"}, {"text": "80万"},
             {"callback": "d:set:kind:software"}, {"text": "30万"}, {"text": "跳过"}, {"text": "已签合同"},
             {"text": "2026-10-09"}, {"text": "2026-11-02"}, {"callback": "d:confirm"}]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Conn:
    """One keep-alive HTTP/1.1 connection."""

    def __init__(self, port: int, cookie: str = "", csrf: str = ""):
        self.port, self.cookie, self.csrf = port, cookie, csrf

    async def open(self):
        self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        return self

    async def request(self, method: str, path: str, body: bytes = b"", extra: str = "") -> tuple[int, dict, bytes]:
        head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {self.cookie}\r\n{extra}"
                f"Content-Length: {len(body)}\r\n\r\n")
        self.writer.write(head.encode() + body)
        status_line = await self.reader.readline()
        headers = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            k, _, v = line.decode("latin-1").partition(":")
            headers[k.strip().lower()] = v.strip()
        data = await self.reader.readexactly(int(headers.get("content-length", 0)))
        return int(status_line.split()[1]), headers, data

    async def message(self, payload: dict) -> int:
        body = json.dumps(payload, ensure_ascii=False).encode()
        status, _, _ = await self.request("POST", "/api/messages", body,
                                          f"Content-Type: application/json\r\nX-CSRF-Token: {self.csrf}\r\n")
        return status

    def close(self):
        self.writer.close()


async def sign_in(port: int, link_path: str) -> Conn:
    c = await Conn(port).open()
    status, headers, _ = await c.request("GET", link_path)
    assert status == 303, status
    c.cookie = headers["set-cookie"].split(";")[0]
    status, _, body = await c.request("GET", "/api/session")
    c.csrf = json.loads(body)["csrf"]
    return c


async def open_stream(port: int, cookie: str):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\r\n".encode())
    status = await reader.readline()
    assert b" 200 " in status, status
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    first = await reader.readline()  # the chunk size line, then "retry: 3000"
    while b"retry" not in first:
        first = await reader.readline()
    return writer


class Script:
    """A client's next message: the interview step by step, a question now and then."""

    def __init__(self, rng: random.Random):
        self.rng, self.step = rng, rng.randrange(len(INTERVIEW))

    def next(self) -> tuple[str, dict]:
        if self.rng.random() < 0.4:
            return "question", {"text": self.rng.choice(QUESTIONS)}
        payload = INTERVIEW[self.step]
        self.step = (self.step + 1) % len(INTERVIEW)
        return "interview", payload


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


def report(name: str, lat: dict[str, list[float]], elapsed: float, errors: int) -> None:
    every = [x for v in lat.values() for x in v]
    print(f"{name}: {len(every)} messages in {elapsed:.1f} s = {len(every) / elapsed:.0f} messages/s, "
          f"p50 {statistics.median(every) * 1000:.1f} ms, p99 {pct(every, 0.99) * 1000:.1f} ms, "
          f"max {max(every) * 1000:.1f} ms, errors {errors}")
    for kind, v in sorted(lat.items()):
        print(f"   {kind:9s} {len(v):6d}  p50 {statistics.median(v) * 1000:.1f} ms  p99 {pct(v, 0.99) * 1000:.1f} ms")


async def run_phase(conns: list[Conn], seconds: float, rate: float | None, seed: int):
    """rate: messages/s over all clients (paced, each client on its own schedule); None: back to back."""
    lat: dict[str, list[float]] = {"question": [], "interview": []}
    errors = 0
    start = time.perf_counter()
    end = start + seconds

    async def client(i: int, c: Conn):
        nonlocal errors
        rng = random.Random(seed * 1000 + i)
        script = Script(rng)
        gap = len(conns) / rate if rate else 0.0
        due = start + rng.random() * gap
        while True:
            if rate:
                now = time.perf_counter()
                if due > now:
                    await asyncio.sleep(due - now)
                due += gap
            if time.perf_counter() >= end:
                return
            kind, payload = script.next()
            t0 = time.perf_counter()
            status = await c.message(payload)
            lat[kind].append(time.perf_counter() - t0)
            if status != 200:
                errors += 1

    await asyncio.gather(*(client(i, c) for i, c in enumerate(conns)))
    return lat, time.perf_counter() - start, errors


async def main_async(args, port: int, links: list[str], pid: int) -> None:
    base_rss = rss_mb(pid)
    conns = [await sign_in(port, link) for link in links]
    print(f"signed in {len(conns)} clients; server RSS {rss_mb(pid):.0f} MB (at start {base_rss:.0f} MB)")
    t0 = time.perf_counter()
    streams = []
    for i in range(args.streams):
        streams.append(await open_stream(port, conns[i % len(conns)].cookie))
    print(f"opened {len(streams)} event streams in {time.perf_counter() - t0:.1f} s; "
          f"server RSS with them open: {rss_mb(pid):.0f} MB")
    await run_phase(conns, 3, args.rate, 0)  # warm-up, not counted
    for name, rate, seed in ((f"paced at {args.rate:.0f}/s", args.rate, 1), ("saturated (back to back)", None, 2)):
        cpu0, own0 = cpu_seconds(pid), time.process_time()
        lat, elapsed, errors = await run_phase(conns, args.seconds, rate, seed)
        report(f"{name}, {len(conns)} clients, {len(streams)} streams open", lat, elapsed, errors)
        print(f"   server CPU {100 * (cpu_seconds(pid) - cpu0) / elapsed:.0f}%, load generator CPU "
              f"{100 * (time.process_time() - own0) / elapsed:.0f}%; server RSS after: {rss_mb(pid):.0f} MB")
    for w in streams:
        w.close()
    for c in conns:
        c.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--streams", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=600)
    ap.add_argument("--seconds", type=float, default=20)
    args = ap.parse_args()
    from state import Store
    from state.web import WebState

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bot.db"
        clock = Path(tmp) / "clock.txt"
        clock.write_text("2026-11-23T08:00:00+08:00")
        store = Store(db)
        web = WebState(store)
        links = []
        for i in range(args.clients):
            account = web.create_account(f"用户{i}")
            links.append(f"/login/{web.issue_login(account['id'])}")
        store.close()
        port = free_port()
        env = {**{k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))},
               "PYTHONPATH": str(ROOT), "BOT_DB_PATH": str(db), "BOT_CLOCK_FILE": str(clock),
               "BOT_WEB_RATE": "1000000", "BOT_SWEEP_SECONDS": "3600"}
        proc = subprocess.Popen([sys.executable, "-m", "bot", "web", "--port", str(port)], env=env, cwd=tmp,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise SystemExit("the web chat did not start") from None
                    time.sleep(0.1)
            print(f"web chat pid {proc.pid} on 127.0.0.1:{port}; {os.cpu_count()} CPUs")
            asyncio.run(main_async(args, port, links, proc.pid))
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
