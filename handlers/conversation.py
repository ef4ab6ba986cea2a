"""The conversation state one user's messages carry from one to the next, typed.

It is kept in the store as a JSON dict (``to_dict``/``from_dict``). ``version`` is the schema
version of that content (the store's own row version is for concurrent writers): a dict written
before the field existed is version 0 and still loads. The active flow is one of the dataclasses
below, named by ``name`` (the key in :mod:`handlers.flows`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

VERSION = 1


@dataclass
class DeclareState:
    """The declaration interview (handlers/declare.py asks, handlers/flows/declare.py routes)."""
    name: ClassVar[str] = "declare"
    answers: dict = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    editing: str | None = None
    from_menu: bool | None = None
    pending: dict | None = None     # {"text", "event", "date"}: typed text that may not be the answer
    events: dict[str, str] = field(default_factory=dict)  # events named during the interview: name -> ISO date

    def to_dict(self) -> dict:
        d = {"flow": self.name, "answers": self.answers, "skipped": self.skipped, "history": self.history,
             "editing": self.editing}
        if self.from_menu is not None:
            d["from_menu"] = self.from_menu
        if self.pending is not None:
            d["pending"] = self.pending
        if self.events:
            d["events"] = self.events
        return d

    @classmethod
    def from_dict(cls, d: dict) -> DeclareState:
        return cls(dict(d.get("answers") or {}), list(d.get("skipped") or []), list(d.get("history") or []),
                   d.get("editing"), d.get("from_menu"), d.get("pending"), dict(d.get("events") or {}))


@dataclass
class EventDateState:
    """An event was named without a day: the next line is its date."""
    name: ClassVar[str] = "event_date"
    project: int
    event: str

    def to_dict(self) -> dict:
        return {"flow": self.name, "project": self.project, "event": self.event}

    @classmethod
    def from_dict(cls, d: dict) -> EventDateState:
        return cls(d["project"], d["event"])


@dataclass
class RenameState:
    """/rename without a name: the next line is the project's new name."""
    name: ClassVar[str] = "rename"
    project: int

    def to_dict(self) -> dict:
        return {"flow": self.name, "project": self.project}

    @classmethod
    def from_dict(cls, d: dict) -> RenameState:
        return cls(d["project"])


FlowState = DeclareState | EventDateState | RenameState
FLOW_STATES: dict[str, type] = {s.name: s for s in (DeclareState, EventDateState, RenameState)}


@dataclass
class Conversation:
    current: int | None = None          # the project the user is working on
    flow: FlowState | None = None       # the flow in progress, if any
    last_question: str | None = None    # for expanding one jurisdiction's answer
    lang_fixed: bool = False            # /lang chose the language: it wins over the language written in

    def to_dict(self) -> dict:
        d: dict = {"version": VERSION, "flow": self.flow.to_dict() if self.flow is not None else None}
        if self.current is not None:
            d["current"] = self.current
        if self.last_question is not None:
            d["last_question"] = self.last_question
        if self.lang_fixed:
            d["lang_fixed"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict | None) -> Conversation:
        """Any stored dict, version 0 (no ``version`` key) included; a flow this version does not
        know is dropped, as an unknown button is."""
        d = d or {}
        flow = d.get("flow")
        kind = FLOW_STATES.get(flow.get("flow")) if isinstance(flow, dict) else None
        state = None
        if kind is not None:
            try:
                state = kind.from_dict(flow)
            except (KeyError, TypeError):
                state = None
        return cls(d.get("current"), state, d.get("last_question"), bool(d.get("lang_fixed")))

    def flow_name(self) -> str | None:
        return self.flow.name if self.flow is not None else None
