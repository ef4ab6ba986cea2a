"""The conversation's flows, one module each, named as python-telegram-bot's conversationbot
names its states: the declaration interview (``declare``), an event's day (``event_date``),
renaming and deleting (``rename``), reminder settings (``settings``), the user's projects and
their filings (``projects``), progress typed as a sentence (``events``) and questions
(``questions``). A flow that keeps state between messages (its dataclass is in
handlers/conversation.py) is registered in :data:`FLOWS` under that state's ``name``; each module
has ``on_text(session, state, text)`` and ``on_button(session, state, action)`` (``state`` is None
for the flows without one)."""
from __future__ import annotations

# words that answer any pending question the same way (any language)
BACK = frozenset({"上一步", "返回", "back", "回退", "上一个"})
SKIP = frozenset({"跳过", "skip", "不清楚", "不知道", "不记得"})
CANCEL = frozenset({"取消", "cancel", "退出", "算了"})
FUTURE_EVENTS = frozenset({"decommission_planned"})  # a planned date is ahead of today by nature

from . import declare, event_date, events, projects, questions, rename, settings  # noqa: E402  (they read the words above)

FLOWS = {"declare": declare, "event_date": event_date, "rename": rename}

__all__ = ["BACK", "CANCEL", "FLOWS", "FUTURE_EVENTS", "SKIP", "declare", "event_date", "events", "projects",
           "questions", "rename", "settings"]
