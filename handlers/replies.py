"""What handlers take and give: channel-free messages, buttons and documents."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    label: str
    data: str          # what comes back when pressed: handlers/buttons.py (each channel's size limit is in bot/)
    command: str = ""  # the typed equivalent (/back, /skip, /cancel) for channels without buttons


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes
    mime: str = "text/calendar"


@dataclass
class Reply:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    document: Document | None = None
    citations: list[dict] = field(default_factory=list)  # {"doc", "article", "quote"} the text rests on

    def all_buttons(self) -> list[Button]:
        return [b for row in self.buttons for b in row]


@dataclass(frozen=True)
class Incoming:
    """One thing a user did: typed text, pressed a button, or sent something else."""
    channel: str
    user: str                       # the channel's id for the user
    text: str | None = None
    callback: str | None = None     # a button's data
    kind: str = "text"              # text, callback, photo, sticker, voice, document, other
    language_hint: str | None = None


def rows(buttons: list[Button], per_row: int = 2) -> list[list[Button]]:
    return [buttons[i:i + per_row] for i in range(0, len(buttons), per_row)]
