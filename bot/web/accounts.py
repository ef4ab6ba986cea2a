"""Web accounts as the operator makes them: a name, admin or not, a one-time sign-in link."""
from __future__ import annotations

from state.web import WebState

OPERATOR = "local operator"


def login_url(settings, token: str) -> str:
    return f"{settings.web_base_url}/login/{token}"


def add(store, settings, name: str, admin: bool = False) -> tuple[dict, str]:
    from bot import clock

    web = WebState(store, clock=clock.now)
    account = web.create_account(name, admin=admin)
    return account, login_url(settings, web.issue_login(account["id"]))


def operator_link(store, settings) -> str:
    """A fresh sign-in link for the local operator's account (an admin, made on first use)."""
    from bot import clock

    web = WebState(store, clock=clock.now)
    account = web.find_account(OPERATOR) or web.create_account(OPERATOR, admin=True)
    if account["disabled"]:
        web.set_disabled(account["id"], False)
    return login_url(settings, web.issue_login(account["id"]))
