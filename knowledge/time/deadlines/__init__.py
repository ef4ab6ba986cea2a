"""The deadline engine: due filings and windows from a project's events, per jurisdiction.

A package of four modules, each importing only those before it:

- ``model``: ``Deadline``, ``Schedule``, ``DeadlineError`` (the results and the error);
- ``loading``: the ``deadlines:`` section of a rules file compiled into a ``RuleSet`` of ``Rule`` s
  (the file format is in its docstring), read through ``knowledge.facts.files.read_file``;
- ``render``: titles and the zh/en text of how a date was counted (the catalogue's dl.*), and the
  JSON forms;
- ``engine``: computing the dates (``plan``, ``compute``, ``check_events``, ``event_problem``).

API: ``compute(jurisdiction, events, amount=None, start=None, until=None, calendar=None, folder=None)``
returns the deadlines in date order; ``plan(...)`` the same with applicability, notes and the rules
still waiting for an event; ``deadline_to_dict`` / ``schedule_to_dict`` give the JSON of the
``deadlines`` command. ``jurisdiction`` is an id of the rules folder (``folder``, else
``knowledge.facts.files.knowledge_dir()``) or a loaded ``RuleSet``; a ``KnowledgeBase`` runs it on
its own folder (``kb.compute``, ``kb.plan``, ``kb.deadline_rules`` ...). Events are those of CONTRACT.md
(``EVENTS``) plus the submissions that start an authority's own time limit (``EXTRA_EVENTS``).
"""
from __future__ import annotations

from ...facts.events import ALL_EVENTS, EVENTS, EXTRA_EVENTS
from ..months import add_months, add_years
from .engine import check_events, compute, emit, event_problem, order_conflict, plan
from .loading import (
    KINDS,
    ORDER,
    PARTIES,
    RULES_DIR,
    UNITS,
    Rule,
    RuleSet,
    jurisdictions,
    load_rules,
)
from .model import Deadline, DeadlineError, Schedule
from .render import deadline_to_dict, schedule_to_dict

__all__ = [
    "ALL_EVENTS", "EVENTS", "EXTRA_EVENTS", "KINDS", "ORDER", "PARTIES", "RULES_DIR", "UNITS",
    "Deadline", "DeadlineError", "Rule", "RuleSet", "Schedule",
    "add_months", "add_years", "check_events", "compute", "deadline_to_dict", "emit", "event_problem",
    "jurisdictions", "load_rules", "order_conflict", "plan", "schedule_to_dict",
]
