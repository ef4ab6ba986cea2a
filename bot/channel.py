"""What a channel is: the seam between the handlers and a way of reaching people.

A channel names itself, states its limits, delivers replies, says whether it can push a
reminder (and pushes it), and decides who may use it. The runner (:mod:`bot.runner`) starts
every configured channel on one store and one assistant, and one reminder pusher that sends
through every channel able to push. Channels are registered in :mod:`bot.channels`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

from handlers.app import Access, allow_list
from handlers.replies import Reply

if TYPE_CHECKING:  # pragma: no cover
    from handlers.app import Assistant
    from state import Store


@dataclass(frozen=True)
class Limits:
    """What one message of the channel can hold (None: no limit of its own)."""
    message_length: int | None        # characters of text in one message
    button_data_bytes: int | None     # UTF-8 bytes of one button's data
    buttons_per_row: int | None


@dataclass
class Runtime:
    """What the runner gives every channel it starts."""
    settings: object
    store: Store
    assistant: Assistant


def operator(user: str, allowed: set[str] | None, admins: set[str]) -> Access:
    """The console's policy: it is the operator's own terminal, neither locked out nor made admin
    by the allow lists (which hold other channels' ids)."""
    return Access(True, False)


@runtime_checkable
class Channel(Protocol):
    name: ClassVar[str]
    limits: ClassVar[Limits]
    can_push: ClassVar[bool]

    @staticmethod
    def configured(settings) -> bool:
        """Does the runner start this channel with these settings?"""

    def access(self, user: str, allowed: set[str] | None, admins: set[str]) -> Access:
        """May ``user`` (the channel's id for them) use the assistant, and are they an admin?
        Default: :func:`handlers.app.allow_list` (denied unless allowed)."""

    async def start(self, rt: Runtime) -> None:
        """Start serving; return once it serves (the runner awaits :meth:`wait` afterwards)."""

    async def wait(self) -> None:
        """Return when the channel stopped on its own (an error raises)."""

    async def stop(self) -> None:
        """Stop serving; a reply or push in flight is finished."""

    async def push(self, filing: dict, reply: Reply) -> object:
        """Send a reminder to the filing's owner; the channel's message id. Raises
        bot.reminders.Blocked / TryLater / Undeliverable. Only called when ``can_push``."""


__all__ = ["Access", "Channel", "Limits", "Runtime", "allow_list", "operator"]
