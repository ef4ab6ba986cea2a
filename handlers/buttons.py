"""Button data: the one place that writes and reads what a pressed button sends back.

The wire form is ``verb[:arg[:arg…]]`` (``done:12``, ``d:set:kind:software``), short enough for
every channel's limit (each channel states its own in ``bot/``). Handlers build data with
:func:`encode` and read it with :func:`decode`; channels never parse it — they ask the decoded
:class:`Action` what they need to know (:attr:`Action.answers_question`).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verb(StrEnum):
    DECLARE = "d"          # the declaration interview: d:set:<field>:<value>, d:back, d:edit:<field>…
    NEW = "new"
    LANG = "lang"
    SETTINGS = "set"       # set:step:<key>, set:hour:<h>, set:quiet
    PROJECT = "proj"       # proj:<project id>
    EXPORT = "export"      # export:<project id>
    DONE = "done"          # done:<filing id>
    UNDO = "undo"
    SNOOZE = "snooze"
    EVENT_MENU = "evmenu"  # evmenu:<project id>
    EVENT = "ev"           # ev:<project id>:<event>
    PATH = "path"          # path:<project id>: the approval path and every requirement
    DELETE = "del"         # del:<project id>: confirmed deletion
    KEEP = "keep"          # keep: deletion declined
    ASK = "ask"            # ask:<jurisdiction>: one jurisdiction's answer in full


SEP = ":"


@dataclass(frozen=True)
class Action:
    verb: Verb | None            # None: data this version does not know (an old or forged button)
    args: tuple[str, ...] = ()

    @property
    def answers_question(self) -> bool:
        """Pressing it answers the interview's current question (a channel may take the buttons away)."""
        return self.verb is Verb.DECLARE

    def int_arg(self, i: int = 0) -> int:
        """The i-th argument as an id; ValueError if it is missing or not a number."""
        if i >= len(self.args) or not self.args[i].isdigit():
            raise ValueError(f"no id at {i} in {self!r}")
        return int(self.args[i])


def encode(verb: Verb, *args: object) -> str:
    parts = [str(a) for a in args]
    if any(SEP in p for p in parts):
        raise ValueError(f"button argument with {SEP!r}: {parts!r}")
    return SEP.join([verb.value, *parts])


def decode(data: str | None) -> Action:
    head, *rest = (data or "").split(SEP)
    try:
        return Action(Verb(head), tuple(rest))
    except ValueError:
        return Action(None, tuple(rest))
