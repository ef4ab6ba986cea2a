"""E-mail reminders through SMTP (``BOT_SMTP_*``), from the store's outbox.

The web channel's push writes the inbox entry and its mail in one transaction; this sender
delivers the outbox. A mail is marked sent only after the SMTP server accepted it, and a failed
attempt is retried with a growing pause (2, 4, 8 … up to 60 seconds), so a server that is down
for a while loses nothing and a reminder step yields exactly one mail (at least once across a
crash between the server's acceptance and the mark, as for any channel).
"""
from __future__ import annotations

import asyncio
import logging
import smtplib
from email.message import EmailMessage

log = logging.getLogger(__name__)
MAX_PAUSE = 60.0
PER_SECOND = 10  # the sender's own rate limit towards the SMTP server


def configured(settings) -> bool:
    return bool(getattr(settings, "smtp_host", None))


def _send(settings, to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = settings.smtp_from, to, subject
    msg.set_content(body)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password or "")
        smtp.send_message(msg)


class MailSender:
    def __init__(self, settings, web_state, poll_seconds: float = 1.0):
        self.settings, self.web = settings, web_state
        self.poll = poll_seconds
        self.wake = asyncio.Event()
        self._stopping = False

    async def drain(self) -> int:
        """Send what is due in the outbox now; how many went out."""
        sent = 0
        for mail in self.web.pending_mail():
            if self._stopping:
                break
            try:
                await asyncio.to_thread(_send, self.settings, mail["to"], mail["subject"], mail["body"])
            except (OSError, smtplib.SMTPException) as exc:
                pause = min(MAX_PAUSE, 2.0 ** (mail["attempts"] + 1))
                log.info("mail %s not sent (%s); retry in %.0f s", mail["id"], type(exc).__name__, pause)
                self.web.mail_failed(mail["id"], str(exc), pause)
                continue
            self.web.mail_sent(mail["id"])
            sent += 1
            await asyncio.sleep(1 / PER_SECOND)
        return sent

    async def run(self) -> None:
        while not self._stopping:
            try:
                await self.drain()
            except Exception:
                log.exception("the mail outbox failed; will retry")
            self.wake.clear()
            try:
                await asyncio.wait_for(self.wake.wait(), self.poll)
            except TimeoutError:
                pass

    def stop(self) -> None:
        self._stopping = True
        self.wake.set()
