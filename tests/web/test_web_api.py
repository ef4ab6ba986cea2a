"""The web chat's HTTP API as ../shared/CONTRACT.md (section web) fixes it, and its security:
against a real ``python -m bot web`` on 127.0.0.1."""
from __future__ import annotations

import json
import sqlite3

import httpx
from webhelp import declare

ROUTES_GET = ["/api/session", "/api/events", "/api/articles/zhonglou/第十五条", "/api/history", "/api/projects",
              "/api/projects/1", "/api/projects/1/timeline.svg", "/api/projects/1/calendar.ics", "/api/inbox",
              "/api/overview", "/api/texts", "/api/documents/1"]
ROUTES_POST = ["/api/messages", "/api/logout", "/api/inbox/read", "/api/settings"]


def test_users_add_prints_the_contract_json(web_server):
    user, url = web_server.add_user("王五", admin=True)
    assert user["name"] == "王五" and user["admin"] is True and isinstance(user["id"], int)
    assert url.startswith(web_server.base + "/login/")
    listed = json.loads(web_server.cli("users", "list", "--json").stdout)["users"]
    assert "王五" in [u["name"] for u in listed]


def test_sign_in_link_works_once_and_sets_a_safe_cookie(web_server):
    _, url = web_server.add_user("张三")
    c = httpx.Client(base_url=web_server.base)
    r = c.get(url, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie  # http base URL
    assert c.get("/api/session").json()["user"]["name"] == "张三"
    again = httpx.get(url, follow_redirects=False)
    assert again.status_code == 403  # used
    assert httpx.get(web_server.base + "/login/not-a-token", follow_redirects=False).status_code == 403
    # the token is not stored as such
    conn = sqlite3.connect(web_server.db)
    token = url.rsplit("/", 1)[1]
    assert not conn.execute("SELECT 1 FROM web_login_tokens WHERE token_hash = ?", (token,)).fetchone()
    conn.close()
    assert token not in web_server.output()


def test_an_expired_sign_in_link_is_refused(web_server):
    _, url = web_server.add_user("李四")
    web_server.set_clock("2026-11-24T08:00:01+08:00")  # 24 hours and a second later
    assert httpx.get(url, follow_redirects=False).status_code == 403


def test_every_api_route_needs_a_session(web_server):
    for path in ROUTES_GET:
        assert httpx.get(web_server.base + path).status_code == 401, path
    for path in ROUTES_POST:
        assert httpx.post(web_server.base + path, json={"text": "hi"}).status_code == 401, path
    forged = httpx.Client(base_url=web_server.base, cookies={"govit_session": "abc.def"})
    assert forged.get("/api/session").status_code == 401


def test_state_changes_need_the_csrf_token(web_server):
    _, url = web_server.add_user("张三")
    c = web_server.signed_in(url)
    bare = httpx.Client(base_url=web_server.base, cookies=c.cookies)
    for path in ROUTES_POST:
        assert bare.post(path, json={"text": "/help"}).status_code == 403, path
        assert bare.post(path, json={"text": "/help"}, headers={"X-CSRF-Token": "wrong"}).status_code == 403, path
    assert c.post("/api/messages", json={"text": "/help"}).status_code == 200


def test_messages_answer_with_replies_buttons_and_citations(web_server):
    _, url = web_server.add_user("张三")
    c = web_server.signed_in(url)
    r = c.post("/api/messages", json={"text": "钟楼区80万的项目需要监理吗？"}).json()
    reply = r["replies"][0]
    assert "第十五条" in reply["text"]
    cite = next(x for x in reply["citations"] if x["article"] == "第十五条")
    assert cite["doc"] == "zhonglou" and cite["quote"] in reply["text"]
    art = c.get(f"/api/articles/{cite['doc']}/{cite['article']}").json()
    assert {"doc", "article", "title", "status", "text"} <= set(art)
    assert cite["quote"].replace(" ", "") in art["text"].replace("\n", "").replace(" ", "")
    assert art["title"].startswith("钟楼区")
    assert c.get("/api/articles/longgang/第一条").json()["status"] == "draft"
    assert c.get("/api/articles/zhonglou/第九百条").status_code == 404
    new = c.post("/api/messages", json={"text": "/new"}).json()["replies"][0]
    assert new["buttons"] and all({"label", "data"} <= set(b) for row in new["buttons"] for b in row)
    # history kept in the store, in order
    hist = c.get("/api/history").json()["messages"]
    assert [m["role"] for m in hist] == ["in", "out", "in", "out"]
    assert hist[0]["text"] == "钟楼区80万的项目需要监理吗？"


def test_size_and_rate_limits(make_server):
    server = make_server(BOT_WEB_RATE="6")
    _, url = server.add_user("张三")
    c = server.signed_in(url)
    assert c.post("/api/messages", json={"text": "很" * 20000}).status_code == 413
    statuses = [c.post("/api/messages", json={"text": "/help"}) for _ in range(25)]
    limited = [r for r in statuses if r.status_code == 429]
    assert limited and int(limited[0].headers["retry-after"]) >= 1


def test_another_users_ids_are_answered_like_missing_ones(web_server):
    _, url_a = web_server.add_user("甲")
    _, url_b = web_server.add_user("乙")
    a, b = web_server.signed_in(url_a), web_server.signed_in(url_b)
    pid = declare(a, "甲的项目")
    filing = a.get(f"/api/projects/{pid}").json()["filings"][0]["id"]
    missing_pid, missing_filing = pid + 1000, filing + 100000
    for path in ["/api/projects/{}", "/api/projects/{}/timeline.svg", "/api/projects/{}/calendar.ics"]:
        theirs, gone = b.get(path.format(pid)), b.get(path.format(missing_pid))
        assert theirs.status_code == gone.status_code == 404 and theirs.content == gone.content
    assert b.get("/api/projects").json()["projects"] == []
    for verb in ("done", "snooze", "undo"):
        theirs = b.post("/api/messages", json={"callback": f"{verb}:{filing}"}).json()
        gone = b.post("/api/messages", json={"callback": f"{verb}:{missing_filing}"}).json()
        assert theirs == gone
    for verb in ("proj", "export", "evmenu"):
        assert b.post("/api/messages", json={"callback": f"{verb}:{pid}"}).json() == \
            b.post("/api/messages", json={"callback": f"{verb}:{missing_pid}"}).json()
    assert a.get(f"/api/projects/{pid}").json()["name"] == "甲的项目"  # untouched
    assert b.get("/api/overview").status_code == 403


def test_a_project_name_with_markup_stays_text(web_server):
    _, url = web_server.add_user("张三")
    c = web_server.signed_in(url)
    name = "<script>alert(1)</script>"
    pid = declare(c, name)
    svg = c.get(f"/api/projects/{pid}/timeline.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<script>" not in svg.text
    assert c.get(f"/api/projects/{pid}").json()["name"] == name  # JSON, rendered with textContent
    page = c.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"


def test_a_disabled_users_session_stops_working(web_server):
    user, url = web_server.add_user("张三")
    c = web_server.signed_in(url)
    assert c.get("/api/session").status_code == 200
    out = web_server.cli("users", "disable", str(user["id"]))
    assert out.returncode == 0, out.stderr
    assert c.get("/api/session").status_code == 401
    assert c.post("/api/messages", json={"text": "/help"}).status_code == 401


def test_sign_out_ends_the_session(web_server):
    _, url = web_server.add_user("张三")
    c = web_server.signed_in(url)
    assert c.post("/api/logout").status_code == 200
    assert c.get("/api/session").status_code == 401


def test_ics_download_and_admin_overview(web_server):
    _, url = web_server.add_user("管理员", admin=True)
    c = web_server.signed_in(url)
    pid = declare(c, "智慧城管平台")
    ics = c.get(f"/api/projects/{pid}/calendar.ics")
    assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR")
    assert "attachment" in ics.headers["content-disposition"]
    over = c.get("/api/overview").json()
    assert over["items"] and all({"project", "due", "title", "state"} <= set(i) for i in over["items"])


def test_frame_ancestors_follow_the_setting(make_server):
    framed_server = make_server(BOT_WEB_FRAME_ANCESTORS="https://zwwx.example.gov.cn")
    page = httpx.get(framed_server.base + "/")
    assert "frame-ancestors https://zwwx.example.gov.cn" in page.headers["content-security-policy"]
    assert "x-frame-options" not in page.headers


def test_trusted_header_signs_the_named_user_in(make_server):
    sso_server = make_server(BOT_WEB_TRUSTED_HEADER="X-Remote-User")
    c = httpx.Client(base_url=sso_server.base)
    assert c.get("/", headers={"X-Remote-User": "zhaoliu"}).status_code == 200
    assert c.get("/api/session").json()["user"]["name"] == "zhaoliu"
    assert httpx.get(sso_server.base + "/api/session").status_code == 401  # no header, no cookie
