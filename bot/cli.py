"""`python -m bot ask | path | deadlines | chat | run` (see ../shared/CONTRACT.md).

Bad arguments print one line on stderr and exit 2; no input produces a traceback."""
from __future__ import annotations

import argparse
import json
import sys

from bot.args import UsageError, amount_arg, jurisdiction_arg
from knowledge.i18n import t

MAX_QUESTION = 4096


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own errors: one line, exit 2
        raise UsageError(message)


def _emit(data: dict, as_json: bool, text: str) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n" if as_json else text + "\n")


def cmd_ask(args) -> int:
    from knowledge.base import get_kb

    question = (args.question or "").strip()
    if not question:
        raise UsageError("the question is empty")
    if len(question) > MAX_QUESTION:
        raise UsageError(f"the question is too long ({len(question)} characters, at most {MAX_QUESTION})")
    kb = get_kb()
    result = kb.ask(question, jurisdiction_arg(args.jurisdiction, required=False))
    text = result["answer"]
    if getattr(args, "explain", False) and not args.json:  # how the question was read, to see a wrong reading at a glance
        text += "\n\n--- reading ---\n" + json.dumps(result.get("understood", {}), ensure_ascii=False, indent=1)
    _emit(result, args.json, text)
    return 0


def cmd_path(args) -> int:
    from knowledge.base import get_kb
    from knowledge.facts.profile import KINDS, Profile

    kb = get_kb()
    if args.kind and args.kind not in KINDS:
        raise UsageError(f"unknown kind {args.kind!r} (known: {', '.join(KINDS)})")
    profile = Profile(jurisdiction=jurisdiction_arg(args.jurisdiction), amount=amount_arg(args.amount),
                      kind=args.kind,
                      software_cost=amount_arg(args.software_cost, "--software-cost", allow_zero=True)
                      if args.software_cost is not None else None,
                      contract_amount=amount_arg(args.contract_amount, "--contract-amount")
                      if args.contract_amount is not None else None,
                      new_initiative={"yes": True, "no": False}.get(args.new_initiative), funding=args.funding)
    if profile.software_cost and profile.software_cost > profile.amount:
        raise UsageError("the software cost cannot exceed the project amount")
    result = kb.path(profile, args.lang)
    applies = t("cli.applies" if result["applicable"] else "cli.not_applies", args.lang)
    lines = [t("cli.path_head", args.lang, jurisdiction=result["jurisdiction"], applies=applies, reason=result["reason"])]
    lines += [f"[{r['verdict']}] {r['title']} ({', '.join(c['article'] for c in r['citations'])})" for r in result["requirements"]]
    lines += [f"{i}. {s['title']}" for i, s in enumerate(result["steps"], 1)]
    _emit(result, args.json, "\n".join(lines))
    return 0


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    p = _Parser(prog="python -m bot", description="Assistant for government IT project regulations.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    a = sub.add_parser("ask", help="answer a question from the regulations")
    a.add_argument("question")
    a.add_argument("--jurisdiction")
    a.add_argument("--explain", action="store_true", help="also print how the question was read (the typed query)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_ask)
    pa = sub.add_parser("path", help="the approval path for a project profile")
    pa.add_argument("--jurisdiction", required=True)
    pa.add_argument("--amount", required=True)
    pa.add_argument("--kind")
    pa.add_argument("--software-cost")
    pa.add_argument("--contract-amount")
    pa.add_argument("--new-initiative", choices=["yes", "no"])
    pa.add_argument("--funding", choices=["district", "city", "higher", "social", "soe", "other"])
    pa.add_argument("--lang", choices=["zh", "en"], default="zh")
    pa.add_argument("--json", action="store_true")
    pa.set_defaults(func=cmd_path)
    from bot import cli_deadlines

    cli_deadlines.add_parser(sub)
    if not (argv and argv[0] in _CONTRACT):   # (ask, path, deadlines need no channel: the web stack stays unloaded)
        from bot import channels

        channels.add_parsers(sub)
    return p


_CONTRACT = ("ask", "path", "deadlines")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            from bot import channels  # noqa: F401  - the default: the chat (or Telegram with a token)

            return channels.default(args)
        return args.func(args) or 0
    except UsageError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
