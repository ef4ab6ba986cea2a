"""Everything the bot says, in Chinese and English: the gettext catalogues of
:mod:`knowledge.i18n` (``knowledge/locales/*/LC_MESSAGES/messages.po``). This module only
re-exports them so that ``from handlers.texts import t`` keeps working."""
from __future__ import annotations

from knowledge.i18n import TEXTS, catalogue, t

__all__ = ["TEXTS", "catalogue", "t"]
