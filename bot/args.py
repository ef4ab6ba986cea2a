"""Command-line arguments read the same way by every command: amounts, jurisdictions, dates."""
from __future__ import annotations

from datetime import date

from knowledge.lazy_regex import lazy_regex
from knowledge.reader.amounts import MAX_AMOUNT, parse_amount

_ISO_DATE = lazy_regex(r"^\d{4}-\d{2}-\d{2}$")


class UsageError(ValueError):
    """A bad argument: one line on stderr, exit 2."""


def amount_arg(text: str, what: str = "--amount", allow_zero: bool = False) -> int:
    """Yuan as people write them (800000, 80万, 1.2亿, 800,000): positive (or zero where allowed)
    and plausible for one project."""
    value = parse_amount(text)
    if value is None:
        raise UsageError(f"{what}: not an amount: {text!r} (yuan, e.g. 800000 or 80万)")
    if value < 0 or (value == 0 and not allow_zero):
        raise UsageError(f"{what}: the amount must be {'zero or more' if allow_zero else 'positive'}, got {text}")
    if value > MAX_AMOUNT:
        raise UsageError(f"{what}: {text} is not plausible for one project")
    return value


def jurisdiction_arg(text: str | None, required: bool = True, folder=None) -> str | None:
    """A jurisdiction by its id or any of its names (钟楼区, Zhonglou, 常州), among those of the rules
    folder (``folder``, else ``knowledge.rules.model.knowledge_dir()``: ``$BOT_KNOWLEDGE_DIR`` or the shipped one)."""
    from knowledge.rules.model import load_all
    from knowledge.texts.text import fold

    if text is None or not text.strip():
        if required:
            raise UsageError("--jurisdiction is required")
        return None
    docs = load_all(folder)
    key = text.strip().lower()
    if key in docs:
        return key
    aliases = {fold(a): jid for jid, j in docs.items() for a in j.document.aliases}
    if fold(text) in aliases:
        return aliases[fold(text)]
    raise UsageError(f"unknown jurisdiction {text!r} (known: {', '.join(docs)})")


def known_jurisdictions(folder=None) -> str:
    """The ids of the rules folder, for help texts: "shenzhen, longgang … or yunfu" (no YAML is read)."""
    from knowledge.facts.files import jurisdiction_ids

    ids = list(jurisdiction_ids(folder))
    return " or ".join([", ".join(ids[:-1]), ids[-1]]) if len(ids) > 1 else "".join(ids)


def date_arg(text: str, what: str) -> date:
    try:
        if not _ISO_DATE.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{what}: malformed date {text!r} (expected YYYY-MM-DD)") from None
