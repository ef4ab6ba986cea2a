"""The web chat's routes (the HTTP API of ../shared/CONTRACT.md, section ``web``).

Every ``/api/`` route answers 401 without a session; state-changing requests 403 without the
session's CSRF token, 413 above the size limit and 429 (with Retry-After) above the rate limit.
Another user's project, filing or message id is answered exactly like a missing one. The access
checks are FastAPI dependencies, declared in each route's signature: ``SignedIn`` (a session),
``Writing`` (a session, its CSRF token and a body within the limit), ``OwnProject`` (a session and
a project of its user) and ``Admin``; each refuses by raising :class:`Refused`.
"""
from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response, StreamingResponse

from bot.web.auth import COOKIE, Who, csrf_ok
from bot.web.views import article_json, project_json, public, reply_json, stored_reply, timeline_svg
from handlers.replies import Incoming
from handlers.texts import catalogue, t
from knowledge.lazy_regex import lazy_regex
from state import NotFound

STATIC = Path(__file__).parent / "static"
MAX_BODY = 16 * 1024
_EMAIL = lazy_regex(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
ASSETS = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8",
          "icon.svg": "image/svg+xml"}


def _err(status: int, error: str, **headers) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status, headers=headers or None)


NOT_FOUND = {"error": "not found"}


class Refused(Exception):
    """A request refused before its route runs: answered as ``{"error": ...}`` with its status."""

    def __init__(self, status: int, error: str):
        super().__init__(error)
        self.status, self.error = status, error


# -- who may: the routes' dependencies. Async, so that they run on the event loop as the routes do;
# the running channel is the app's state (create_app).
def _who(request: Request) -> Who | None:
    return request.app.state.channel.who(request.cookies.get(COOKIE))


async def signed_in(request: Request) -> Who:
    w = _who(request)
    if w is None:
        raise Refused(401, "no session")
    return w


async def writing(request: Request, w: Annotated[Who, Depends(signed_in)]) -> Who:
    """A state-changing request: its session's CSRF token, and a body within the limit."""
    if not csrf_ok(w, request.headers.get("x-csrf-token")):
        raise Refused(403, "missing or wrong CSRF token")
    length = request.headers.get("content-length")
    if length and (not length.isdigit() or int(length) > MAX_BODY):
        raise Refused(413, "too large")
    return w


async def own_project(request: Request, project_id: int, w: Annotated[Who, Depends(signed_in)]) -> tuple[Who, dict]:
    """The session and its user's project; someone else's project is the same 404 as a missing one."""
    try:
        return w, request.app.state.channel.store.get_project(w.user_id, project_id)
    except NotFound:
        raise Refused(404, "not found") from None


async def admin(w: Annotated[Who, Depends(signed_in)]) -> Who:
    if not w.account["admin"]:
        raise Refused(403, "admins only")
    return w


SignedIn = Annotated[Who, Depends(signed_in)]
Writing = Annotated[Who, Depends(writing)]
OwnProject = Annotated[tuple[Who, dict], Depends(own_project)]
Admin = Annotated[Who, Depends(admin)]


async def body_of(request: Request) -> dict:
    """The request's JSON object."""
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise Refused(413, "too large")
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise Refused(400, "not JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "not an object")
    return data


def create_app(channel) -> FastAPI:
    """``channel``: the running :class:`bot.web.WebChannel` (store, assistant, hub, settings)."""
    # no OpenTelemetry spans or metrics: nothing collects them on the intranet, and they cost
    # a tenth of each request's time (bench_web.py)
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None,
                  telemetry={"tracing": False, "metrics": False, "logs": False, "operation_spans": False})
    s = channel.settings
    ancestors = " ".join(s.web_frame_ancestors) or "'none'"
    csp = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
           f"font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}")
    app.add_middleware(SecurityHeaders, csp=csp, deny_framing=not s.web_frame_ancestors)
    app.state.channel = channel

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> JSONResponse:
        return _err(exc.status, exc.error)

    # -- the page and signing in -----------------------------------------------------------------
    @app.get("/")
    async def page(request: Request):
        response = FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")
        if s.web_trusted_header and request.headers.get(s.web_trusted_header):
            name = request.headers[s.web_trusted_header].strip()[:60]
            current = _who(request)
            if current is None or current.account["name"] != name:
                token = channel.sign_in_trusted(name)
                if token is None:
                    return Response(t("web_link_refused", "zh"), status_code=403, media_type="text/plain; charset=utf-8")
                channel.set_cookie(response, token)
        return response

    @app.get("/static/{name}")
    async def asset(name: str):
        if name not in ASSETS:
            return Response(status_code=404)
        return FileResponse(STATIC / name, media_type=ASSETS[name], headers={"Cache-Control": "no-cache"})

    @app.get("/login/{token}")
    async def login(token: str):
        session = channel.redeem(token)
        if session is None:
            text = t("web_link_refused", "zh") + "\n" + t("web_link_refused", "en")
            return Response(text, status_code=403, media_type="text/plain; charset=utf-8")
        response = RedirectResponse("/", status_code=303)
        channel.set_cookie(response, session)
        return response

    @app.get("/api/session")
    async def session(w: SignedIn):
        a = w.account
        return {"user": {"id": a["id"], "name": a["name"], "admin": a["admin"], "language": a["language"],
                         "email": a["email"]}, "csrf": w.csrf}

    @app.post("/api/logout")
    async def logout(w: Writing):
        channel.web.close_session(w.session_id)
        response = JSONResponse({"ok": True})
        response.delete_cookie(COOKIE, path="/")
        return response

    @app.get("/api/texts")
    async def texts(w: SignedIn):
        return catalogue("web_", w.account["language"])

    # -- the conversation ------------------------------------------------------------------------
    @app.post("/api/messages")
    async def messages(request: Request, w: Writing):
        wait = channel.limiter.take(w.account["id"])
        if wait:
            return _err(429, "slow down", **{"Retry-After": str(wait)})
        data = await body_of(request)
        text, callback = data.get("text"), data.get("callback")
        if isinstance(callback, str) and callback:
            incoming = Incoming("web", str(w.account["id"]), callback=callback[:256], kind="callback",
                                language_hint=w.account["language"])
            said = {"callback": callback[:256], "label": str(data.get("label") or "")[:80]}
        elif isinstance(text, str):
            incoming = Incoming("web", str(w.account["id"]), text, language_hint=w.account["language"])
            said = {"text": text}
        else:
            return _err(400, "text or callback expected")
        return {"replies": channel.converse(w, incoming, said)}

    @app.get("/api/history")
    async def history(w: SignedIn):
        return {"messages": [public(m, m["id"]) for m in channel.web.history(w.user_id)]}

    @app.get("/api/documents/{message_id}")
    async def document(message_id: int, w: SignedIn):
        body = channel.web.message(w.user_id, message_id)
        doc = (body or {}).get("document")
        if not doc or "content" not in doc:
            return JSONResponse(NOT_FOUND, status_code=404)
        return Response(base64.b64decode(doc["content"]), media_type=doc.get("mime") or "application/octet-stream",
                        headers={"Content-Disposition": _attachment(doc["name"])})

    @app.get("/api/events")
    async def events(request: Request, w: SignedIn):
        token = request.cookies.get(COOKIE)
        return StreamingResponse(channel.hub.stream(w.user_id, alive=lambda: channel.who(token) is not None),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    # -- knowledge ----------------------------------------------------------------------------------
    @app.get("/api/articles/{doc}/{article}")
    async def article(doc: str, article: str, w: SignedIn):
        found = article_json(channel.assistant.kb, doc, article, w.account["language"])
        return found if found else JSONResponse(NOT_FOUND, status_code=404)

    # -- projects ------------------------------------------------------------------------------------
    @app.get("/api/projects")
    async def projects(w: SignedIn):
        lang = w.account["language"]
        kb = channel.assistant.kb
        out = []
        for p in channel.store.list_projects(w.user_id):
            j = kb.jurisdictions.get(p["jurisdiction"])
            out.append({"id": p["id"], "name": p["name"], "jurisdiction": p["jurisdiction"],
                        "jurisdiction_name": j.document.name[lang] if j else p["jurisdiction"], "stage": p["stage"]})
        return {"projects": out}

    @app.get("/api/projects/{project_id}")
    async def project(found: OwnProject):
        w, p = found
        return project_json(channel.assistant.kb, channel.store, w.user_id, p, channel.today(), w.account["language"])

    @app.get("/api/projects/{project_id}/timeline.svg")
    async def timeline(found: OwnProject):
        w, p = found
        lang, today = w.account["language"], channel.today()
        data = project_json(channel.assistant.kb, channel.store, w.user_id, p, today, lang)
        return Response(timeline_svg(data["filings"], today, lang), media_type="image/svg+xml")

    @app.get("/api/projects/{project_id}/calendar.ics")
    async def calendar(found: OwnProject):
        w, p = found
        reply = channel.export(w, p)
        return Response(reply.document.content, media_type="text/calendar; charset=utf-8",
                        headers={"Content-Disposition": _attachment(reply.document.filename)})

    @app.get("/api/overview")
    async def overview(w: Admin):
        return channel.overview(w)

    # -- reminders and settings -------------------------------------------------------------------------
    @app.get("/api/inbox")
    async def inbox(w: SignedIn):
        items, unread = channel.web.inbox(w.user_id)
        return {"items": items, "unread": unread}

    @app.post("/api/inbox/read")
    async def inbox_read(w: Writing):
        channel.web.mark_read(w.user_id)
        return {"unread": 0}

    @app.post("/api/settings")
    async def settings(request: Request, w: Writing):
        data = await body_of(request)
        lang = w.account["language"]
        if "language" in data:
            if data["language"] not in ("zh", "en"):
                return _err(400, "language is zh or en")
            channel.store.update_user(w.user_id, language=data["language"])
            lang = data["language"]
        if "email" in data:
            email = (data["email"] or "").strip()
            if email and (not isinstance(email, str) or len(email) > 200 or not _EMAIL.match(email)):
                return JSONResponse({"error": "bad email", "message": t("web_bad_email", lang)}, status_code=400)
            channel.web.set_email(w.account["id"], email or None)
        return {"ok": True, "language": lang, "message": t("web_saved", lang)}

    channel.reply_json = reply_json
    channel.stored_reply = stored_reply
    return app


class SecurityHeaders:
    """Every answer's security headers, as plain ASGI (Starlette's BaseHTTPMiddleware costs a task
    and two streams per request)."""

    def __init__(self, app, csp: str, deny_framing: bool):
        self.app = app
        common = [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                  (b"referrer-policy", b"no-referrer")]  # sign-in links carry a token
        if deny_framing:
            common.append((b"x-frame-options", b"DENY"))
        self.common = common
        self.no_store = [*common, (b"cache-control", b"no-store")]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = self.no_store if scope["path"].startswith(("/api/", "/login/")) else self.common

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k for k, _ in extra}
                message["headers"] = [h for h in message.get("headers", []) if h[0] not in names] + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _attachment(name: str) -> str:
    from urllib.parse import quote

    return f"attachment; filename=\"calendar.ics\"; filename*=UTF-8''{quote(name)}"
