"""Exceptions raised by the store."""
from __future__ import annotations


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class NotFound(StoreError, LookupError):
    """The row does not exist *or* belongs to another user.

    The two cases are deliberately indistinguishable, so that a forged id never tells a caller
    whether someone else's project exists.
    """


class SchemaTooNew(StoreError):
    """The database was written by a newer release than this code; refusing to touch it."""


class MigrationError(StoreError):
    """A migration failed; the database was left at the last version that applied cleanly."""


class TransactionInterleaved(StoreError, RuntimeError):
    """A write arrived from another asyncio task (or thread) while a transaction was open.

    The store uses one connection; a transaction held open across an ``await`` would otherwise
    silently absorb the other task's writes. Never ``await`` inside ``Store.transaction()``.
    """


class StaleState(StoreError):
    """A conversation was saved from a version another message has already replaced: the
    caller must read it again and redo its step on the fresh state."""
