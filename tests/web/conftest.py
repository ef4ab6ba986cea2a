"""A real web chat (``python -m bot web``) on 127.0.0.1, with its own database and clock file,
and helpers to make users and sign them in."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
START = "2026-11-23T08:00:00+08:00"  # a Monday, before the 09:00 reminders


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebServer:
    def __init__(self, tmp: Path, **env: str):
        self.tmp = tmp
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.db = tmp / "bot.db"
        self.clock = tmp / "clock.txt"
        self.work = tmp / "cwd"
        self.work.mkdir(exist_ok=True)
        self.set_clock(START)
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))},
                    "PYTHONPATH": str(ROOT), "BOT_DB_PATH": str(self.db), "BOT_CLOCK_FILE": str(self.clock),
                    "BOT_SWEEP_SECONDS": "0.3", "BOT_WEB_BASE_URL": self.base, "BOT_WEB_RATE": "6000", **env}
        self.proc: subprocess.Popen | None = None
        self.log = tmp / "web.log"

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bot", *args], env=self.env, cwd=self.work,
                              capture_output=True, text=True, timeout=60)

    def add_user(self, name: str, admin: bool = False) -> tuple[dict, str]:
        out = self.cli("users", "add", "--name", name, *(["--admin"] if admin else []), "--json")
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
        return data["user"], data["login_url"]

    def set_clock(self, iso: str) -> None:
        tmp = self.clock.with_suffix(".tmp")
        tmp.write_text(iso, encoding="utf-8")
        os.replace(tmp, self.clock)

    def start(self) -> WebServer:
        self._fh = open(self.log, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "web", "--port", str(self.port)], env=self.env,
                                     cwd=self.work, stdout=self._fh, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"the web chat exited: {self.output()}")
            try:
                httpx.get(self.base + "/api/session", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"the web chat never answered: {self.output()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "_fh", None):
            self._fh.close()

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def signed_in(self, login_url: str) -> httpx.Client:
        """An HTTP client holding the session the link opens, with its CSRF token as a default header."""
        client = httpx.Client(base_url=self.base, timeout=20)
        r = client.get(login_url, follow_redirects=False)
        assert r.status_code == 303, r.text
        csrf = client.get("/api/session").json()["csrf"]
        client.headers["X-CSRF-Token"] = csrf
        return client


@pytest.fixture
def web_server(tmp_path: Path) -> Iterator[WebServer]:
    server = WebServer(tmp_path).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_server(tmp_path: Path):
    """``make_server(**env)``: a web chat with extra settings, stopped after the test."""
    servers: list[WebServer] = []

    def make(**env: str) -> WebServer:
        folder = tmp_path / f"s{len(servers)}"
        folder.mkdir()
        server = WebServer(folder, **env)
        servers.append(server)
        return server.start()

    yield make
    for s in servers:
        s.stop()
