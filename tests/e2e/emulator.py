"""Python side of the Telegram Bot API emulator used by the end-to-end tests.

``emulator_server.js`` (next to this file) runs telegram-test-api 4.2.1 behind a
compatibility layer that makes it usable by python-telegram-bot 22; see the
comment at its top for the list of fixes and the ``/_e2e/*`` control routes.

This module

* starts and stops that server as a subprocess (:class:`EmulatorProcess`),
* wraps the control routes (:class:`Emulator`: counters, 429/403 switches,
  what the bot sent),
* plays a Telegram user (:class:`TelegramUser`: send text/commands, press inline
  buttons, wait for the bot's replies and documents), through telegram-test-api's
  own client routes ``/sendMessage``, ``/sendCommand`` and ``/sendCallback``.

It only talks to 127.0.0.1. The node dependencies are installed with
``npm ci --prefix tests/e2e``.

It is also imported by ``benchmarks/bench_push.py``, so it must not
depend on pytest.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx

E2E_DIR = Path(__file__).resolve().parent
SERVER_JS = E2E_DIR / "emulator_server.js"
NODE_MODULES = E2E_DIR / "node_modules"
INSTALL_HINT = "npm ci --prefix tests/e2e"

#: Token used by the tests. The emulator accepts any token; the part before the
#: colon becomes the bot's user id in getMe.
DEFAULT_TOKEN = "123456:E2E-TEST-TOKEN"
#: Bot username reported by getMe (commands may be sent as /start@TestNameBot).
BOT_USERNAME = "TestNameBot"

T = TypeVar("T")


class _PtbAddresses:
    """The addresses python-telegram-bot needs, from ``api_root`` (PTB appends the token)."""

    api_root: str

    @property
    def base_url(self) -> str:
        return f"{self.api_root}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.api_root}/file/bot"


class EmulatorError(RuntimeError):
    """The emulator could not be started or answered something unexpected."""


def wait_until(
    probe: Callable[[], T],
    timeout: float = 10.0,
    interval: float = 0.05,
    message: str = "condition",
) -> T:
    """Call ``probe`` until it returns something truthy; return that value.

    Raises :class:`TimeoutError` naming ``message`` and the last value seen.
    """
    deadline = time.monotonic() + timeout
    last: Any = None
    while True:
        last = probe()
        if last:
            return last
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {message}; last value: {last!r}")
        time.sleep(interval)


def _tail(path: Path | None, lines: int = 40) -> str:
    if path is None or not path.exists():
        return ""
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:])


class EmulatorProcess(_PtbAddresses):
    """The node emulator as a subprocess listening on a free 127.0.0.1 port.

    The port is chosen by the server itself (it listens on port 0 and reports the
    port in a ready file), so there is no race for a port. The subprocess gets a
    pipe as stdin and exits by itself when that pipe closes, so it cannot outlive
    the Python process that started it.
    """

    def __init__(self, log_path: Path | None = None, *, node: str | None = None, verbose: bool = False):
        self.log_path = Path(log_path) if log_path else None
        self.node = node or os.environ.get("E2E_NODE") or shutil.which("node")
        self.verbose = verbose or os.environ.get("E2E_EMULATOR_LOG") == "1"
        self.proc: subprocess.Popen[bytes] | None = None
        self.port: int | None = None
        self._tmpdir: tempfile.TemporaryDirectory[str] | None = None
        self._log_file: Any = None

    # -- lifecycle -------------------------------------------------------
    def start(self, timeout: float = 20.0) -> EmulatorProcess:
        if not self.node:
            raise EmulatorError("node is not on PATH; the e2e tests need Node.js >= 18")
        if not (NODE_MODULES / "telegram-test-api").is_dir() or not (NODE_MODULES / "busboy").is_dir():
            raise EmulatorError(
                f"{NODE_MODULES} lacks telegram-test-api/busboy: run `{INSTALL_HINT}` from the repository root"
            )
        self._tmpdir = tempfile.TemporaryDirectory(prefix="tg-emulator-")
        ready_file = Path(self._tmpdir.name) / "ready.json"
        if self.log_path is None:
            self.log_path = Path(self._tmpdir.name) / "emulator.log"
        self._log_file = open(self.log_path, "ab")  # closed in stop()
        env = dict(os.environ)
        if self.verbose:
            env["E2E_EMULATOR_LOG"] = "1"
        self.proc = subprocess.Popen(
            [
                self.node,
                str(SERVER_JS),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--ready-file",
                str(ready_file),
                "--watch-stdin",
            ],
            cwd=E2E_DIR,
            stdin=subprocess.PIPE,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            env=env,
        )
        deadline = time.monotonic() + timeout
        while not ready_file.exists():
            if self.proc.poll() is not None:
                log = _tail(self.log_path)
                self.stop()
                raise EmulatorError(
                    f"emulator exited with code {self.proc.returncode} before it was ready:\n{log}"
                )
            if time.monotonic() > deadline:
                log = _tail(self.log_path)
                self.stop()
                raise EmulatorError(f"emulator not ready after {timeout}s:\n{log}")
            time.sleep(0.02)
        self.port = int(json.loads(ready_file.read_text())["port"])
        # One health round trip: the port really answers.
        httpx.get(f"{self.api_root}/_e2e/health", timeout=5).raise_for_status()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            try:
                if proc.stdin:
                    proc.stdin.close()  # --watch-stdin: the server exits on EOF
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.terminate()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=timeout)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def log_tail(self, lines: int = 40) -> str:
        return _tail(self.log_path, lines)

    def __enter__(self) -> EmulatorProcess:
        return self.start() if self.proc is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses --------------------------------------------------------
    @property
    def api_root(self) -> str:
        if self.port is None:
            raise EmulatorError("emulator is not started")
        return f"http://127.0.0.1:{self.port}"



class Emulator(_PtbAddresses):
    """Control API of a running emulator, for one bot token."""

    def __init__(self, api_root: str, token: str = DEFAULT_TOKEN, *, http_timeout: float = 10.0):
        self.api_root = api_root.rstrip("/")
        self.token = token
        self.http = httpx.Client(base_url=self.api_root, timeout=http_timeout)

    def close(self) -> None:
        self.http.close()

    # -- plumbing ---------------------------------------------------------
    def _result(self, response: httpx.Response) -> Any:
        try:
            body = response.json()
        except ValueError as exc:
            raise EmulatorError(
                f"{response.request.url}: HTTP {response.status_code} {response.text[:200]!r}"
            ) from exc
        if response.status_code != 200 or not body.get("ok"):
            raise EmulatorError(f"{response.request.url}: HTTP {response.status_code} {body}")
        return body["result"]

    def _get(self, path: str, **params: Any) -> Any:
        params = {k: v for k, v in params.items() if v is not None}
        return self._result(self.http.get(path, params=params))

    def _post(self, path: str, payload: dict[str, Any]) -> Any:
        return self._result(self.http.post(path, json=payload))

    # -- users ------------------------------------------------------------
    def user(
        self,
        chat_id: int = 1001,
        *,
        user_id: int | None = None,
        first_name: str = "Li",
        username: str = "li_test",
        language_code: str = "zh-hans",
    ) -> TelegramUser:
        """A Telegram user chatting with the bot in a private chat ``chat_id``."""
        return TelegramUser(
            self,
            chat_id=chat_id,
            user_id=user_id or chat_id,
            first_name=first_name,
            username=username,
            language_code=language_code,
        )

    # -- switches -----------------------------------------------------------
    def set_rate_limit(
        self,
        global_per_second: int = 30,
        per_chat_per_second: int = 0,
        retry_after: int | None = None,
        enabled: bool = True,
    ) -> dict[str, Any]:
        """Answer 429 above ``global_per_second`` sends overall (and ``per_chat_per_second``
        per chat, 0 = no per-chat limit) in any 1-second window. ``retry_after`` forces the
        advertised wait; by default it is the whole seconds until the window frees (>= 1)."""
        return self._post(
            "/_e2e/rate_limit",
            {
                "enabled": enabled,
                "global_per_second": global_per_second,
                "per_chat_per_second": per_chat_per_second,
                "retry_after": retry_after,
            },
        )

    def disable_rate_limit(self) -> dict[str, Any]:
        return self._post("/_e2e/rate_limit", {"enabled": False})

    def block_chat(self, chat_id: int | str) -> None:
        """Every Bot API call for ``chat_id`` answers 403 "bot was blocked by the user"."""
        self._post("/_e2e/blocked", {"chat_id": chat_id, "blocked": True})

    def unblock_chat(self, chat_id: int | str) -> None:
        self._post("/_e2e/blocked", {"chat_id": chat_id, "blocked": False})

    # -- counters -----------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """``{"accepted", "rate_limited", "forbidden", "calls": {method: n}}``. Sends are the
        sending methods (sendMessage, sendDocument, ...); ``calls`` counts every Bot API call."""
        return self._get("/_e2e/stats")

    def reset_stats(self) -> None:
        self._post("/_e2e/stats/reset", {})

    def calls(self, method: str) -> int:
        return int(self.stats()["calls"].get(method, 0))

    def wait_for_call(self, method: str, at_least: int = 1, timeout: float = 15.0) -> int:
        """Wait until the bot has called ``method`` at least ``at_least`` times."""
        return wait_until(
            lambda: self.calls(method) >= at_least and self.calls(method),
            timeout,
            0.05,
            f"{at_least} call(s) of {method}",
        )

    # -- what the bot did ---------------------------------------------------
    def bot_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot sent (Bot API Message dicts, edits applied), oldest first."""
        return self._get("/_e2e/messages", token=self.token, chat_id=chat_id)

    def documents(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Documents the bot sent: chat_id, message_id, file_id, file_name, mime_type,
        file_size, sha256, caption."""
        return self._get("/_e2e/documents", token=self.token, chat_id=chat_id)

    def download(self, file_id: str) -> bytes:
        """Bytes of a document the bot uploaded (via getFile + the file route, like PTB)."""
        info = self._result(self.http.post(f"/bot{self.token}/getFile", data={"file_id": file_id}))
        response = self.http.get(f"/file/bot{self.token}/{info['file_path']}")
        response.raise_for_status()
        return response.content

    def callback_answers(self) -> list[dict[str, Any]]:
        """answerCallbackQuery calls: callback_query_id, text, show_alert, url."""
        return self._get("/_e2e/callback_answers", token=self.token)

    def chat_actions(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        return self._get("/_e2e/chat_actions", token=self.token, chat_id=chat_id)

    def my_commands(self) -> dict[str, list[dict[str, str]]]:
        """setMyCommands state: {json(scope+language_code): [{"command", "description"}]}."""
        return self._get("/_e2e/commands", token=self.token)

    def default_commands(self) -> list[dict[str, str]]:
        key = json.dumps({"scope": {"type": "default"}, "language_code": ""}, separators=(",", ":"))
        return self.my_commands().get(key, [])

    def pending_updates(self) -> list[dict[str, Any]]:
        """User updates the bot has not confirmed yet (getUpdates offset semantics)."""
        return self._get("/_e2e/pending", token=self.token)


class TelegramUser:
    """Plays one Telegram user in a private chat with the bot."""

    def __init__(
        self,
        emulator: Emulator,
        *,
        chat_id: int,
        user_id: int,
        first_name: str,
        username: str,
        language_code: str,
    ):
        self.emulator = emulator
        self.chat_id = chat_id
        self.user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "username": username,
            "language_code": language_code,
        }
        if chat_id < 0:
            self.chat = {"id": chat_id, "type": "supergroup", "title": f"Test group {chat_id}"}
        else:
            self.chat = {"id": chat_id, "type": "private", "first_name": first_name, "username": username}

    def _message(self, text: str, **extra: Any) -> dict[str, Any]:
        return {
            "botToken": self.emulator.token,
            "from": self.user,
            "chat": self.chat,
            "date": int(time.time()),
            "text": text,
            **extra,
        }

    def _client_post(self, route: str, payload: dict[str, Any]) -> None:
        self.emulator._result(self.emulator.http.post(route, json=payload))

    # -- acting -------------------------------------------------------------
    def send_text(self, text: str) -> dict[str, Any]:
        """Send a plain text message to the bot."""
        message = self._message(text)
        self._client_post("/sendMessage", message)
        return message

    def send_command(self, command: str, args: str = "") -> dict[str, Any]:
        """Send ``/command [args]`` with a bot_command entity (``command`` with or without "/")."""
        command = command if command.startswith("/") else f"/{command}"
        text = f"{command} {args}".strip()
        message = self._message(text, entities=[{"type": "bot_command", "offset": 0, "length": len(command)}])
        self._client_post("/sendCommand", message)
        return message

    def press_button(
        self, message: dict[str, Any], *, data: str | None = None, text: str | None = None
    ) -> str:
        """Press an inline button of ``message`` (a bot message dict), chosen by its
        callback_data or its label. Returns the callback_data sent."""
        buttons = [b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
        chosen = [
            b
            for b in buttons
            if (data is None or b.get("callback_data") == data) and (text is None or b.get("text") == text)
        ]
        if not chosen:
            raise EmulatorError(f"no inline button data={data!r} text={text!r} in {buttons}")
        callback_data = chosen[0]["callback_data"]
        self._client_post(
            "/sendCallback",
            {"botToken": self.emulator.token, "from": self.user, "message": message, "data": callback_data},
        )
        return callback_data

    # -- observing ------------------------------------------------------------
    def replies(self) -> list[dict[str, Any]]:
        """Everything the bot sent to this chat, oldest first (edits applied)."""
        return self.emulator.bot_messages(self.chat_id)

    def wait_for_replies(self, count: int, timeout: float = 15.0) -> list[dict[str, Any]]:
        """Wait until the bot has sent at least ``count`` messages to this chat."""

        def probe() -> list[dict[str, Any]] | None:
            replies = self.replies()
            return replies if len(replies) >= count else None

        return wait_until(probe, timeout, 0.05, f"{count} bot message(s) in chat {self.chat_id}")

    def wait_for_reply(
        self, match: str | Callable[[dict[str, Any]], bool], timeout: float = 15.0
    ) -> dict[str, Any]:
        """Wait for a bot message in this chat whose text/caption contains ``match``
        (or for which ``match(message)`` is true); return the newest such message."""

        def ok(m: dict[str, Any]) -> bool:
            if callable(match):
                return bool(match(m))
            return match in (m.get("text") or m.get("caption") or "")

        def probe() -> dict[str, Any] | None:
            hits = [m for m in self.replies() if ok(m)]
            return hits[-1] if hits else None

        return wait_until(probe, timeout, 0.05, f"bot reply matching {match!r} in chat {self.chat_id}")

    def documents(self) -> list[dict[str, Any]]:
        return self.emulator.documents(self.chat_id)

    def wait_for_document(self, file_name: str | None = None, timeout: float = 15.0) -> dict[str, Any]:
        def probe() -> dict[str, Any] | None:
            docs = [d for d in self.documents() if file_name is None or d["file_name"] == file_name]
            return docs[-1] if docs else None

        return wait_until(probe, timeout, 0.05, f"document {file_name or ''} in chat {self.chat_id}")


class BotProcess:
    """A bot script (e.g. demo_bot.py) run as a separate Python process.

    ``argv`` is the command line after the interpreter; stdout/stderr go to
    ``log_path``. :meth:`stop` sends SIGTERM (python-telegram-bot's run_polling
    shuts down gracefully on it) and kills the process if it does not exit.
    """

    def __init__(
        self, argv: list[str], log_path: Path, *, python: str | None = None, env: dict[str, str] | None = None
    ):
        self.argv = [python or sys.executable, *argv]
        self.log_path = Path(log_path)
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_file: Any = None

    def start(self) -> BotProcess:
        self._log_file = open(self.log_path, "ab")  # closed in stop()
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.DEVNULL, stdout=self._log_file, stderr=subprocess.STDOUT, env=self.env
        )
        return self

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 10.0) -> int | None:
        proc, self.proc = self.proc, None
        code = None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=timeout)
            code = proc.returncode
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None
        return code

    def log_tail(self, lines: int = 60) -> str:
        return _tail(self.log_path, lines)
