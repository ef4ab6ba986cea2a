"""Helpers shared by the web tests."""
from __future__ import annotations

import httpx


def declare(c: httpx.Client, name: str) -> int:
    for said in ["/new", name]:
        assert c.post("/api/messages", json={"text": said}).status_code == 200
    for body in [{"callback": "d:set:jurisdiction:zhonglou"}, {"text": "80万"}, {"callback": "d:set:kind:software"},
                 {"text": "30万"}, {"text": "跳过"}, {"text": "已签合同"}, {"text": "2026-10-09"}, {"text": "2026-11-02"},
                 {"text": "确认"}]:
        r = c.post("/api/messages", json=body)
        assert r.status_code == 200, r.text
    projects = c.get("/api/projects").json()["projects"]
    return next(p["id"] for p in projects if p["name"] == name)
