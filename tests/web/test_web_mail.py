"""E-mail reminders against a real SMTP server on 127.0.0.1 (aiosmtpd): one mail per reminder
step, none lost while the server is down (retried), none doubled."""
from __future__ import annotations

import sqlite3
import time
from email import message_from_bytes
from email.header import decode_header, make_header

from aiosmtpd.controller import Controller
from webhelp import declare


class Inbox:
    def __init__(self):
        self.mails: list = []

    async def handle_DATA(self, server, session, envelope):
        self.mails.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def counts(db) -> tuple[int, int, int]:
    """(reminder steps recorded as sent, inbox entries, mails marked sent)."""
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(q).fetchone()[0] for q in (
            "SELECT count(*) FROM reminders_sent WHERE message_id IS NOT NULL",
            "SELECT count(*) FROM web_inbox", "SELECT count(*) FROM mail_outbox WHERE sent_at IS NOT NULL"))
    finally:
        conn.close()


def test_one_mail_per_reminder_step_through_an_outage(make_server):

    smtp_port = _free()
    server = make_server(BOT_SMTP_HOST="127.0.0.1", BOT_SMTP_PORT=str(smtp_port), BOT_SMTP_FROM="assistant@bureau.test")
    _, url = server.add_user("张三")
    c = server.signed_in(url)
    assert c.post("/api/settings", json={"email": "not-an-address"}).status_code == 400
    assert c.post("/api/settings", json={"email": "zhangsan@bureau.test"}).status_code == 200
    declare(c, "智慧城管平台")

    # 09:30 with the mail server down: reminders go to the inbox, their mails wait and are retried
    server.set_clock("2026-11-23T09:30:00+08:00")
    wait_for(lambda: counts(server.db)[1] >= 1, 20, "the first reminder")
    time.sleep(3)
    steps, inbox, mailed = counts(server.db)
    assert steps == inbox >= 1 and mailed == 0
    conn = sqlite3.connect(server.db)
    attempts = conn.execute("SELECT max(attempts) FROM mail_outbox").fetchone()[0]
    conn.close()
    assert attempts >= 1  # it was tried while the server was down

    handler = Inbox()
    smtp = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    try:
        wait_for(lambda: len(handler.mails) >= inbox, 30, "the retried mails")
        time.sleep(2.5)  # would a retry or the next sweep send any of them again?
        assert len(handler.mails) == inbox == counts(server.db)[2]

        # two working days later (wd-3 of the 11-30 filing): exactly one more mail per new step
        server.set_clock("2026-11-25T09:30:00+08:00")
        wait_for(lambda: counts(server.db)[1] > inbox, 20, "the next reminder")
        wait_for(lambda: len(handler.mails) == counts(server.db)[1], 20, "its mail")
        time.sleep(2)
        steps, inbox2, mailed = counts(server.db)
        assert len(handler.mails) == inbox2 == steps == mailed
    finally:
        smtp.stop()
    to, mail = handler.mails[0]
    assert to == ["zhangsan@bureau.test"] and mail["From"] == "assistant@bureau.test"
    assert "智慧城管平台" in str(make_header(decode_header(mail["Subject"])))
    body = mail.get_payload(decode=True).decode(mail.get_content_charset() or "utf-8")
    assert "截止日期" in body and server.base in body
    keys = [(str(make_header(decode_header(m["Subject"]))), m.get_payload(decode=True)) for _, m in handler.mails]
    assert len(set(keys)) == len(keys)  # none doubled


def _free() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
