"""pytest fixtures for the end-to-end tests against the Telegram Bot API emulator.

Fixtures:
    emulator_process  the node emulator (telegram-test-api + compatibility layer) on a
                      free 127.0.0.1 port, one per test, always stopped at teardown
    bot_token         the token the tests use ("123456:E2E-TEST-TOKEN")
    emulator          Emulator: base_url / base_file_url for python-telegram-bot, 429/403
                      switches, counters, what the bot sent
    tg_user           TelegramUser in private chat 1001: send_text, send_command,
                      press_button, wait_for_reply, wait_for_document ...
    demo_bot          factory: demo_bot(max_retries=None) starts tests/e2e/demo_bot.py
                      (a python-telegram-bot Application, run_polling) as a separate
                      process against the emulator and waits until it polls

The node dependencies must be installed (`npm ci --prefix tests/e2e`); without them
the fixtures fail with that instruction rather than skip.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# The helpers live next to this file; make them importable whatever pytest's import mode.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from emulator import (  # noqa: E402
    DEFAULT_TOKEN,
    E2E_DIR,
    BotProcess,
    Emulator,
    EmulatorError,
    EmulatorProcess,
    TelegramUser,
)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    setattr(item, f"_e2e_report_{report.when}", report)
    return report


def _failed(request: pytest.FixtureRequest) -> bool:
    return any(
        getattr(getattr(request.node, f"_e2e_report_{w}", None), "failed", False) for w in ("setup", "call")
    )


@pytest.fixture
def emulator_process(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[EmulatorProcess]:
    process = EmulatorProcess(log_path=tmp_path / "emulator.log")
    try:
        process.start()
    except EmulatorError as exc:
        pytest.fail(f"cannot start the Telegram emulator: {exc}", pytrace=False)
    try:
        yield process
    finally:
        process.stop()
        if _failed(request):
            print(f"--- emulator log ({process.log_path}) ---\n{process.log_tail()}")


@pytest.fixture
def bot_token() -> str:
    return DEFAULT_TOKEN


@pytest.fixture
def emulator(emulator_process: EmulatorProcess, bot_token: str) -> Iterator[Emulator]:
    control = Emulator(emulator_process.api_root, bot_token)
    try:
        yield control
    finally:
        control.close()


@pytest.fixture
def tg_user(emulator: Emulator) -> TelegramUser:
    return emulator.user(chat_id=1001, first_name="Li")


@pytest.fixture
def demo_bot(
    emulator: Emulator, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., BotProcess]]:
    started: list[BotProcess] = []

    def start(
        max_retries: int | None = None, poll_timeout: float = 10.0, wait_polling: bool = True
    ) -> BotProcess:
        argv = [
            str(E2E_DIR / "demo_bot.py"),
            "--token",
            emulator.token,
            "--base-url",
            emulator.base_url,
            "--base-file-url",
            emulator.base_file_url,
            "--poll-timeout",
            str(poll_timeout),
        ]
        if max_retries is not None:
            argv += ["--max-retries", str(max_retries)]
        bot = BotProcess(argv, tmp_path / f"demo_bot_{len(started)}.log").start()
        started.append(bot)
        if wait_polling:
            try:
                emulator.wait_for_call("getUpdates", timeout=30)
            except TimeoutError as exc:
                raise AssertionError(f"demo bot never polled: {exc}\n{bot.log_tail()}") from exc
        return bot

    try:
        yield start
    finally:
        for bot in started:
            bot.stop()
            if _failed(request):
                print(f"--- demo bot log ({bot.log_path}) ---\n{bot.log_tail()}")
