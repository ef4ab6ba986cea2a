"""``python -m bot users add --name NAME [--admin] [--json] | list [--json] | disable ID``."""
from __future__ import annotations

import json
import sys

from bot.args import UsageError


def _store():
    from bot import clock
    from bot import settings as config
    from state import Store

    s = config.load()
    return s, Store(s.db_path, clock=clock.now)


def add(args) -> int:
    from bot.web.accounts import add as add_account

    name = " ".join((args.name or "").split())
    if not name or len(name) > 60:
        raise UsageError("--name: a name of 1 to 60 characters")
    s, store = _store()
    try:
        account, url = add_account(store, s, name, admin=args.admin)
    finally:
        store.close()
    user = {"id": account["id"], "name": account["name"], "admin": account["admin"]}
    if args.json:
        sys.stdout.write(json.dumps({"user": user, "login_url": url}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(f"{name} (#{account['id']}{', admin' if args.admin else ''})\n"
                         f"Sign-in link (valid 24 hours, works once): {url}\n")
    return 0


def list_(args) -> int:
    from state.web import WebState

    s, store = _store()
    try:
        accounts = WebState(store).accounts()
    finally:
        store.close()
    rows = [{"id": a["id"], "name": a["name"], "admin": a["admin"], "disabled": a["disabled"]} for a in accounts]
    if args.json:
        sys.stdout.write(json.dumps({"users": rows}, ensure_ascii=False) + "\n")
    else:
        for r in rows:
            sys.stdout.write(f"{r['id']}\t{r['name']}\t{'admin' if r['admin'] else ''}\t"
                             f"{'disabled' if r['disabled'] else ''}\n")
    return 0


def disable(args) -> int:
    from state import NotFound
    from state.web import WebState

    s, store = _store()
    try:
        web = WebState(store)
        key = args.user
        account = web.account(int(key)) if key.isdigit() else web.find_account(key)
        if account is None:
            raise NotFound(key)
        web.set_disabled(account["id"], not args.enable)
    except NotFound:
        raise UsageError(f"no web user {args.user!r}") from None
    finally:
        store.close()
    sys.stdout.write(f"{account['name']} (#{account['id']}) {'enabled' if args.enable else 'disabled'}\n")
    return 0


def add_parser(sub) -> None:
    u = sub.add_parser("users", help="web chat accounts")
    us = u.add_subparsers(dest="users_command", parser_class=sub._parser_class)
    us.required = True
    a = us.add_parser("add", help="create a user and print a one-time sign-in link")
    a.add_argument("--name", required=True)
    a.add_argument("--admin", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=add)
    ls = us.add_parser("list", help="every web user")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    d = us.add_parser("disable", help="end a user's sessions and refuse them (by id or name)")
    d.add_argument("user")
    d.add_argument("--enable", action="store_true", help="undo: allow the user again")
    d.set_defaults(func=disable)
