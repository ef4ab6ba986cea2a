"""Shapes of the plain dicts the store returns (``TypedDict``: real dicts, typed for readers).

Dates are ``YYYY-MM-DD`` strings, timestamps ISO-8601 UTC strings, JSON columns are decoded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict


class User(TypedDict):
    id: int
    channel: str
    external_id: str
    language: str                       # 'zh' | 'en'
    reminder_settings: dict[str, Any]   # stored JSON merged over DEFAULT_REMINDER_SETTINGS
    active: bool                        # False once the user blocked the bot
    is_admin: bool
    created_at: str
    updated_at: str


class Project(TypedDict):
    id: int
    owner_id: int
    name: str
    jurisdiction: str | None
    amount: int | None                  # yuan
    kind: str | None
    software_cost: int | None
    contract_amount: int | None
    funding: str | None
    new_initiative: bool | None
    stage: str
    created_at: str
    updated_at: str


class Event(TypedDict):
    id: int
    project_id: int
    name: str
    date: str
    recorded_at: str
    recorded_by: int | None


class EventChange(TypedDict):
    """One row of the audit trail: every set, replace and clear of an event date."""
    id: int
    project_id: int
    name: str
    date: str | None                    # None when the event was cleared
    action: str                         # 'set' | 'clear'
    recorded_at: str
    recorded_by: int | None


class Filing(TypedDict):
    id: int
    project_id: int
    key: str
    due: str
    title: Any                          # whatever the deadline dict carried (str or {'zh':..,'en':..})
    info: dict[str, Any]                # the deadline dict's other keys
    status: str                         # 'pending' | 'done' | 'snoozed'
    snoozed_until: str | None
    done_at: str | None
    done_by: int | None
    created_at: str
    updated_at: str


class MovedFiling(Filing):
    old_due: str


class DueFiling(Filing):
    """A filing joined with what the reminder pusher needs to reach its owner."""
    project_name: str
    stage: str
    owner_id: int
    channel: str
    external_id: str
    language: str
    reminder_settings: dict[str, Any]


@dataclass
class FilingChanges:
    """What :meth:`Store.sync_filings` changed, for telling the user after an event is recorded."""
    added: list[Filing] = field(default_factory=list)
    removed: list[Filing] = field(default_factory=list)       # as they were before deletion
    moved: list[MovedFiling] = field(default_factory=list)    # due date changed; 'old_due' holds the previous one
    unchanged: list[Filing] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.moved)
