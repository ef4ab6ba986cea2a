"""What the deadline engine returns: ``Deadline`` (one date, its texts written on first access),
``Schedule`` (a window's deadlines with notes and the rules still waiting for an event) and
``DeadlineError`` (bad input). Imports nothing of the package but ``render``, and that only when a
deadline's texts are first read, so that ``loading`` and ``engine`` can import this module freely.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .loading import Rule


class DeadlineError(ValueError):
    """Bad input: unknown jurisdiction or event, impossible order, negative amount, date out of range.

    The message is the command line's; a problem a user can fix in the chat (an impossible order, a
    date outside the calendar's years) also names its catalogue text: ``key`` and the values of its
    placeholders (a (Chinese, English) pair for a value that differs by language), read by ``text``."""

    def __init__(self, message: str, key: str | None = None, **values):
        super().__init__(message)
        self.key, self.values = key, values

    def text(self, lang: str) -> str:
        """The problem in ``lang``: its catalogue text, else the message."""
        if self.key is None:
            return str(self)
        from ...i18n import DEFAULT, LANGS, each_lang

        return dict(zip(LANGS, each_lang(self.key, **self.values), strict=True))[lang if lang in LANGS else DEFAULT]


@dataclass(slots=True)
class Deadline:
    """One date to act on (or from). ``title``, ``title_en``, ``rule`` (how the date was counted, in
    Chinese) and ``rule_en`` are rendered on first access, so computing many dates stays cheap."""
    key: str
    due: date
    kind: str                   # due | opens
    provisional: bool
    citations: tuple            # ({"doc", "article", "quote"}, ...)
    party: str = "project"      # project | authority
    jurisdiction: str = ""
    trigger: str | None = None  # the event it was counted from
    done: bool = False          # the event that completes it was given
    _rule: Rule | None = field(default=None, repr=False, compare=False)
    _why: tuple = field(default=(), repr=False, compare=False)
    _text: tuple | None = field(default=None, repr=False, compare=False)
    lower_bound: str | None = None  # counted from an earlier event than its own: the earliest it can be

    @property
    def starts(self) -> tuple[str, ...]:
        """The events the rule may count this date from, in the text's order (以备案通过为准 first), or ()."""
        return tuple(getattr(self._rule, "trigger", None) or ())   # (a yearly or periodic rule counts from no event)

    def _texts(self) -> tuple[str, str, str, str]:
        if self._text is None:
            from .render import render

            self._text = render(self._rule, self)
        return self._text

    @property
    def title(self) -> str:
        return self._texts()[0]

    @property
    def title_en(self) -> str:
        return self._texts()[1]

    @property
    def rule(self) -> str:
        return self._texts()[2]

    @property
    def rule_en(self) -> str:
        return self._texts()[3]

    def without_window(self, first: date) -> None:
        """For a supposed project (the day a recurring filing is due for a named period): drop the
        "期间自…起" its made-up start would add to how the date was counted."""
        from ...i18n import day, t

        title, title_en, rule, rule_en = self._texts()
        self._text = (title, title_en, rule.replace(t("dl.yearly.from", "zh", first=day(first, "zh")), ""),
                      rule_en.replace(t("dl.yearly.from", "en", first=day(first, "en")), ""))

    def rule_in(self, lang: str) -> str:
        """How the date was counted, in ``lang`` (``rule`` or ``rule_en``)."""
        from ...i18n import DEFAULT, LANGS

        return self._texts()[2 + LANGS.index(lang if lang in LANGS else DEFAULT)]

    @property
    def document(self) -> str:
        """The title of the regulation the citations come from."""
        return self._rule.rs.title if self._rule else self.jurisdiction


@dataclass
class Schedule:
    """Everything ``plan`` found: the deadlines in the window and what else the user should know."""
    jurisdiction: str
    title: str
    start: date
    until: date
    deadlines: list[Deadline]
    applicable: bool | None = None       # None: depends on an amount not given
    notes: list[tuple[str, str]] = field(default_factory=list)     # (zh, en)
    waiting: list[dict] = field(default_factory=list)  # rules that need an event not given
