"""The web chat: a channel served by the project itself (FastAPI on uvicorn), for the intranet
and for work-chat apps' H5 containers. See app.py for the routes, auth.py for sessions, sse.py
for live pushes, mail.py for e-mail reminders and static/ for the page."""
from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from datetime import timedelta

from bot import clock
from bot.channel import Limits
from bot.reminders import TryLater
from bot.web.auth import COOKIE, RateLimit, Signer, Who
from bot.web.sse import Hub
from handlers.app import Access
from handlers.replies import Incoming, Reply
from handlers.texts import t
from state.web import WebState

log = logging.getLogger(__name__)


class WebChannel:
    name = "web"
    # the page wraps any length and shows every button; data is sent back as JSON
    limits = Limits(message_length=None, button_data_bytes=256, buttons_per_row=None)
    can_push = True

    def __init__(self, settings, assistant, store):
        from bot.web.mail import MailSender

        self.settings, self.assistant, self.store = settings, assistant, store
        self.web = WebState(store, clock=clock.now)
        self.hub = Hub()
        self.limiter = RateLimit(settings.web_rate_per_minute)
        self.signer = Signer(self.web.secret())
        self.mail = MailSender(settings, self.web)
        self.server = None
        self._tasks: list[asyncio.Task] = []
        self.app = None

    @staticmethod
    def configured(settings) -> bool:
        return getattr(settings, "web_enabled", True)

    @property
    def address(self) -> str:
        return f"http://{self.settings.web_host}:{self.port}/"

    @property
    def port(self) -> int:
        if self.server and self.server.servers:
            return self.server.servers[0].sockets[0].getsockname()[1]
        return self.settings.web_port

    # -- who may use it -----------------------------------------------------------------------
    def access(self, user: str, allowed, admins) -> Access:
        """A web user is an account the operator made (``users add``) or single sign-on named:
        enabled accounts may use it, their own flag makes them admins. BOT_ALLOWED_USERS holds
        Telegram ids and does not apply."""
        try:
            account = self.web.account(int(user))
        except Exception:
            return Access(False, False)
        return Access(not account["disabled"], account["admin"] and not account["disabled"])

    def who(self, cookie: str | None) -> Who | None:
        token = self.signer.unsign(cookie)
        if token is None:
            return None
        found = self.web.session(token)
        return None if found is None else Who(*found)

    def redeem(self, login_token: str) -> str | None:
        """The signed session cookie for a valid sign-in link, else None."""
        if not login_token or len(login_token) > 200:
            return None
        account = self.web.redeem_login(login_token)
        if account is None:
            return None
        token, _ = self.web.open_session(account["id"], self.settings.web_session_hours)
        return self.signer.sign(token)

    def sign_in_trusted(self, name: str) -> str | None:
        """Single sign-on named the user in BOT_WEB_TRUSTED_HEADER: their session (a new account
        on first sight), or None for a disabled account."""
        account = self.web.find_account(name) or self.web.create_account(name)
        if account["disabled"]:
            return None
        token, _ = self.web.open_session(account["id"], self.settings.web_session_hours)
        return self.signer.sign(token)

    def set_cookie(self, response, value: str) -> None:
        secure = self.settings.web_base_url.startswith("https://")
        # inside a work-chat app's frame the page is third-party: only SameSite=None reaches it
        samesite = "none" if (secure and self.settings.web_frame_ancestors) else "lax"
        response.set_cookie(COOKIE, value, max_age=int(self.settings.web_session_hours * 3600), path="/",
                            httponly=True, secure=secure, samesite=samesite)

    # -- the conversation -----------------------------------------------------------------------
    def today(self):
        return clock.today()

    def converse(self, who: Who, incoming: Incoming, said: dict) -> list[dict]:
        from bot.web.views import public, stored_reply

        out = []
        with self.store.transaction():  # the message, its replies and their record: one commit
            replies = self.assistant.handle(incoming)
            self.web.record(who.user_id, "in", said)
            for r in replies:
                body = self.named(stored_reply(r), incoming.language_hint or "zh")
                mid = self.web.record(who.user_id, "out", body)
                out.append(public(body, mid))
        return out

    def named(self, body: dict, lang: str) -> dict:
        """Citations carry their document's short name (钟楼区, Zhonglou) for the page to show."""
        for c in body.get("citations", ()):
            j = self.assistant.kb.jurisdictions.get(c["doc"])
            if j is not None:
                c["name"] = j.document.name[lang]
        return body

    def export(self, who: Who, project: dict) -> Reply:
        from handlers.app import Session
        from handlers.flows.projects import export

        user = self.store.get_user(who.user_id)
        return export(Session(self.assistant, user), project)

    def overview(self, who: Who) -> dict:
        from bot.web.views import filing_state
        from handlers.projects import title_of

        today = self.today()
        lang = who.account["language"]
        items = {f["id"]: f for f in self.store.overdue(today) + self.store.due_within(today, today + timedelta(days=7))}
        return {"stats": self.store.stats(),
                "items": [{"project": f["project_name"], "due": f["due"], "title": title_of(f, lang),
                           "state": filing_state(f, today)} for f in sorted(items.values(), key=lambda f: f["due"])]}

    # -- reminders -------------------------------------------------------------------------------
    async def push(self, filing: dict, reply: Reply):
        """Into the user's inbox (and the outbox when they gave an e-mail address), then live to
        every page they have open. The id of the inbox entry."""
        from bot.web.mail import configured as mail_on
        from bot.web.views import reply_json

        try:
            account = self.web.account(int(filing["external_id"]))
        except Exception as exc:
            raise TryLater(f"no account for {filing['external_id']}") from exc
        body = {**self.named(reply_json(reply), filing.get("language", "zh")), "filing_id": filing["id"], "project_id": filing["project_id"]}
        mail = None
        if account["email"] and mail_on(self.settings):
            lang = filing.get("language", "zh")
            mail = (account["email"], t("web_mail_subject", lang, project=filing["project_name"]),
                    reply.text + "\n\n" + t("web_mail_footer", lang, url=self.settings.web_base_url + "/"))
        inbox_id = self.web.add_to_inbox(filing["owner_id"], body, mail)
        _, unread = self.web.inbox(filing["owner_id"], limit=0)
        self.hub.publish(filing["owner_id"], {**body, "type": "reminder", "inbox_id": inbox_id, "unread": unread})
        if mail:
            self.mail.wake.set()
        return inbox_id

    # -- serving ----------------------------------------------------------------------------------
    async def start(self, rt=None) -> None:
        import uvicorn

        from bot.web.app import create_app
        from bot.web.mail import configured as mail_on

        self.app = create_app(self)
        self.assistant.kb.index  # noqa: B018 - build the search index now, not in the first question's time
        # the knowledge base is millions of long-lived objects: kept out of the collector's full
        # passes, which otherwise stall every request for ~150 ms now and then (bench_web.py p99)
        gc.collect()
        gc.freeze()
        config = uvicorn.Config(self.app, host=self.settings.web_host, port=self.settings.web_port,
                                access_log=False,  # paths of sign-in links carry a token
                                log_level="warning", lifespan="off", timeout_graceful_shutdown=3)
        self.server = _Server(config)
        serving = asyncio.get_running_loop().create_task(self.server.serve())
        self._tasks.append(serving)
        while not self.server.started:
            if serving.done():
                serving.result()  # raises why it could not start (the port is taken…)
                raise RuntimeError("the web server stopped while starting")
            await asyncio.sleep(0.02)
        if mail_on(self.settings):
            self._tasks.append(asyncio.get_running_loop().create_task(self.mail.run()))

    async def wait(self) -> None:
        await self._tasks[0]

    async def stop(self) -> None:
        self.mail.stop()
        self.hub.close()
        if self.server is not None:
            self.server.should_exit = True
        for task in self._tasks:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await task


def _uvicorn_server():
    import uvicorn

    class Server(uvicorn.Server):
        """The runner owns the signals; a bind error is an exception, not sys.exit."""

        @contextlib.contextmanager
        def capture_signals(self):
            yield

        async def serve(self, sockets=None):
            try:
                await super().serve(sockets)
            except SystemExit as exc:
                raise RuntimeError(f"the web server could not start on {self.config.host}:{self.config.port}") from exc

    return Server


def _Server(config):
    return _uvicorn_server()(config)
