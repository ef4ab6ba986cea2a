"""The console chat: the same handlers and store in a terminal. Buttons are numbered choices
(type the number to press one). Reads a scripted conversation from standard input too, and
exits cleanly at its end."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bot.channel import Limits, operator
from handlers.app import Assistant
from handlers.replies import Incoming, Reply
from knowledge.i18n import t


class ConsoleChannel:
    """The operator's terminal. Interactive, so the runner does not start it: ``python -m bot chat``
    runs :func:`run`. It cannot push (nobody may be at the terminal)."""
    name = "console"
    limits = Limits(message_length=None, button_data_bytes=None, buttons_per_row=None)
    can_push = False
    access = staticmethod(operator)

    def __init__(self, settings, assistant, store):
        self.settings, self.assistant, self.store = settings, assistant, store

    @staticmethod
    def configured(settings) -> bool:
        return False


def show(reply: Reply, out: TextIO, export_dir: Path) -> list:
    out.write(reply.text.rstrip() + "\n")
    # choices are numbered; navigation is shown as its command, so that typing "3" at a date
    # question means the 3rd, not the third button
    buttons = [b for b in reply.all_buttons() if not b.command]
    nav = [b for b in reply.all_buttons() if b.command]
    if buttons or nav:
        out.write("  " + "  ".join([f"[{i}] {b.label}" for i, b in enumerate(buttons, 1)]
                                   + [f"{b.label} {b.command}" for b in nav]) + "\n")
    if reply.document:
        export_dir.mkdir(parents=True, exist_ok=True)
        path = export_dir / reply.document.filename
        path.write_bytes(reply.document.content)
        out.write(f"  → {path}\n")
    return buttons


def run(assistant: Assistant, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, user: str = "local",
        export_dir: Path = Path("data/exports")) -> int:
    if hasattr(stdin, "reconfigure"):  # undecodable bytes become U+FFFD (refused as unreadable), not a crash
        stdin.reconfigure(errors="replace")
    interactive = stdin.isatty()
    buttons: list = []

    def send(msg: Incoming) -> None:
        nonlocal buttons
        replies = assistant.handle(msg)
        for r in replies:
            shown = show(r, stdout, export_dir)
            if shown or r is replies[-1]:
                buttons = shown
        stdout.flush()

    if interactive:
        known = assistant.store.find_user("console", user)  # a returning user's language, else Chinese
        stdout.write(t("console_banner", (known or {}).get("language") or "zh") + "\n")
        send(Incoming("console", user, "/start"))
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\r\n")
        if not interactive:
            stdout.write(f"> {text}\n")
        choice = text.strip()
        if choice.isdigit() and buttons and 1 <= int(choice) <= len(buttons):
            send(Incoming("console", user, callback=buttons[int(choice) - 1].data, kind="callback"))
        else:
            send(Incoming("console", user, text))
    if interactive:
        stdout.write("\n")
    return 0
