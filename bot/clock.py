"""The bot's clock. ``BOT_CLOCK_FILE`` names a file holding an ISO datetime that stands in for
"now" (re-read on every call), so that an end-to-end test can move time forward."""
from __future__ import annotations

import os
from datetime import UTC, date, datetime

from knowledge.time.workdays import CHINA as SHANGHAI  # noqa: E402


def now() -> datetime:
    path = os.environ.get("BOT_CLOCK_FILE")
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                value = datetime.fromisoformat(fh.read().strip())
            return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)
        except (OSError, ValueError):
            pass
    return datetime.now(UTC)


def today() -> date:
    """Today in Asia/Shanghai, whatever the server's zone."""
    return now().astimezone(SHANGHAI).date()
