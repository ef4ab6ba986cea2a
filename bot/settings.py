"""Settings from the environment or a `.env` file in the working directory.

BOT_DB_PATH             SQLite file (default data/bot.db)
TELEGRAM_BOT_TOKEN      set it to run on Telegram; never logged
TELEGRAM_API_BASE_URL   another Bot API server, python-telegram-bot's base_url form (…/bot)
TELEGRAM_WEBHOOK_URL    use a webhook at this public URL instead of long polling
TELEGRAM_WEBHOOK_PORT   local port for the webhook listener (default 8443)
TELEGRAM_WEBHOOK_SECRET required with a webhook: Telegram sends it with every update, others are refused
BOT_ALLOWED_USERS       comma-separated Telegram user ids allowed to use the bot (empty: everyone)
BOT_ADMIN_USERS         comma-separated Telegram user ids who may use /overview
BOT_EXPORT_DIR          where the console writes exported files (default data/exports)
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def _ids(raw: str | None) -> set[str] | None:
    items = {x.strip() for x in (raw or "").split(",") if x.strip()}
    return items or None


@dataclass(frozen=True)
class Settings:
    db_path: str
    telegram_token: str | None
    telegram_base_url: str | None
    webhook_url: str | None
    webhook_port: int
    webhook_secret: str | None
    allowed_users: set[str] | None
    admin_users: set[str]
    export_dir: Path

    def __repr__(self) -> str:  # never print the token
        return f"Settings(db_path={self.db_path!r}, telegram={'on' if self.telegram_token else 'off'})"


def load(env_file: str | os.PathLike = ".env") -> Settings:
    try:
        from dotenv import load_dotenv

        load_dotenv(env_file, override=False)
    except ImportError:  # pragma: no cover
        pass
    env = os.environ
    return Settings(
        db_path=env.get("BOT_DB_PATH") or "data/bot.db",
        telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_base_url=env.get("TELEGRAM_API_BASE_URL") or None,
        webhook_url=env.get("TELEGRAM_WEBHOOK_URL") or None,
        webhook_port=int(env.get("TELEGRAM_WEBHOOK_PORT") or 8443),
        webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET") or None,
        allowed_users=_ids(env.get("BOT_ALLOWED_USERS")),
        admin_users=_ids(env.get("BOT_ADMIN_USERS")) or set(),
        export_dir=Path(env.get("BOT_EXPORT_DIR") or "data/exports"),
    )
