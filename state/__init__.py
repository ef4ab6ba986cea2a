"""Persistent state of the assistant: users, projects, events, filings, reminders, dialogues.

One SQLite file through sqlite-utils; see :mod:`state.store` for the rules (owner scoping,
one transaction per message, no ``await`` inside a transaction) and :mod:`state.schema` for
the tables and migrations. May import ``knowledge`` (the one list of events), never
``handlers`` or ``bot``.
"""
from .errors import MigrationError, NotFound, SchemaTooNew, StaleState, StoreError, TransactionInterleaved
from .records import DueFiling, Event, EventChange, Filing, FilingChanges, MovedFiling, Project, User
from .schema import (
    DEFAULT_REMINDER_SETTINGS,
    EVENTS,
    FILING_STATUSES,
    LANGUAGES,
    MIGRATIONS,
    SCHEMA_VERSION,
    STAGES,
)
from .store import PROJECT_FIELDS, Store

__all__ = [
    "DEFAULT_REMINDER_SETTINGS", "EVENTS", "FILING_STATUSES", "LANGUAGES", "MIGRATIONS", "PROJECT_FIELDS",
    "SCHEMA_VERSION", "STAGES",
    "DueFiling", "Event", "EventChange", "Filing", "FilingChanges", "MovedFiling", "Project", "User",
    "MigrationError", "NotFound", "SchemaTooNew", "StaleState", "Store", "StoreError", "TransactionInterleaved",
]
