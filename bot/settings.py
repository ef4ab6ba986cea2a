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
BOT_SWEEP_SECONDS       how often the reminder pusher looks for due reminders (default 60)
BOT_WEB                 "off": run without the web chat (Telegram only)
BOT_WEB_HOST / _PORT    where the web chat listens (default 127.0.0.1:8080)
BOT_WEB_BASE_URL        the address people open, used in sign-in links (default http://127.0.0.1:8080);
                        https makes the session cookie Secure
BOT_WEB_TRUSTED_HEADER  behind single sign-on: the request header naming the user (off by default)
BOT_WEB_FRAME_ANCESTORS origins allowed to frame the page (a work-chat app's H5 container); none by default
BOT_WEB_SESSION_HOURS   how long a web session lasts (default 12)
BOT_WEB_RATE            messages a web user may send per minute (default 60)
BOT_SMTP_HOST / _PORT / _USER / _PASSWORD / _FROM / _STARTTLS   e-mail reminders (off without a host)
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
    sweep_seconds: float = 60.0
    web_enabled: bool = True
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    web_base_url: str = "http://127.0.0.1:8080"
    web_trusted_header: str | None = None
    web_frame_ancestors: tuple[str, ...] = ()
    web_session_hours: float = 12.0
    web_rate_per_minute: int = 60
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "assistant@localhost"
    smtp_starttls: bool = False

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
        sweep_seconds=float(env.get("BOT_SWEEP_SECONDS") or 60),
        web_enabled=(env.get("BOT_WEB") or "on").lower() not in ("off", "0", "no", "false"),
        web_host=env.get("BOT_WEB_HOST") or "127.0.0.1",
        web_port=int(env.get("BOT_WEB_PORT") or 8080),
        web_base_url=(env.get("BOT_WEB_BASE_URL") or "http://127.0.0.1:8080").rstrip("/"),
        web_trusted_header=env.get("BOT_WEB_TRUSTED_HEADER") or None,
        web_frame_ancestors=tuple((env.get("BOT_WEB_FRAME_ANCESTORS") or "").split()),
        web_session_hours=float(env.get("BOT_WEB_SESSION_HOURS") or 12),
        web_rate_per_minute=int(env.get("BOT_WEB_RATE") or 60),
        smtp_host=env.get("BOT_SMTP_HOST") or None,
        smtp_port=int(env.get("BOT_SMTP_PORT") or 25),
        smtp_user=env.get("BOT_SMTP_USER") or None,
        smtp_password=env.get("BOT_SMTP_PASSWORD") or None,
        smtp_from=env.get("BOT_SMTP_FROM") or "assistant@localhost",
        smtp_starttls=(env.get("BOT_SMTP_STARTTLS") or "").lower() in ("1", "true", "yes"),
    )
