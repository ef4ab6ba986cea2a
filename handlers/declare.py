"""Declaring a project: the interview asks for whatever is still unknown, one question at a
time, in checklist order. Its whole state is a JSON dict kept in the store, so a restart
resumes at the same question; a wrong answer is re-asked with an example and changes nothing.

State: handlers/conversation.py's DeclareState (answers {field: value}, skipped, history,
editing), stored as a dict.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from knowledge.facts.money import yuan
from knowledge.i18n import Pair
from knowledge.reader.amounts import MAX_AMOUNT, find_amounts, parse_amount
from knowledge.reader.question import find_jurisdictions, find_kind

from .buttons import Verb, encode
from .choices import match
from .conversation import DeclareState
from .dates import parse_date
from .replies import Button, Reply, rows
from .texts import t
from .vocab import EVENT_NAMES, FUNDING, KINDS, STAGE_EVENTS, STAGE_NAMES, STAGES, SYNONYMS, name_of
from .words import FUNDING_LABELS, KIND_LABELS, YES_NO

Check = Callable[[str, "Ctx"], tuple[object, str | None]]  # (value, error message)


@dataclass
class Ctx:
    lang: str
    today: date
    kb: object
    answers: dict
    taken: frozenset = frozenset()   # the user's other projects' names


@dataclass
class Field:
    key: str
    question: Mapping[str, str]
    example: Mapping[str, str]
    optional: bool = False

    def needed(self, answers: dict, kb) -> bool:
        return True

    def buttons(self, ctx: Ctx) -> list[Button]:
        return []

    def check(self, text: str, ctx: Ctx):
        raise NotImplementedError

    def show(self, value, lang: str) -> str:
        return str(value)


def _err(ctx: Ctx, key: str, **kw) -> tuple[None, str]:
    return None, t(key, ctx.lang, **kw)


class NameField(Field):
    def check(self, text, ctx):
        name = " ".join(text.split())
        if not name or name.startswith("/"):
            return _err(ctx, "bad_name_empty")
        if len(name) > 60:
            return _err(ctx, "bad_name_long")
        if name in ctx.taken:
            return None, t("duplicate_name", ctx.lang, name=name)
        return name, None


class JurisdictionField(Field):
    def buttons(self, ctx):
        return [Button(j.document.name[ctx.lang], encode(Verb.DECLARE, "set", "jurisdiction", jid)) for jid, j in ctx.kb.jurisdictions.items()]

    def check(self, text, ctx):
        key = text.strip().lower()
        if key in ctx.kb.jurisdictions:
            return key, None
        if key.isdigit() and 1 <= int(key) <= len(ctx.kb.jurisdictions):  # the n-th button, as ChoiceField takes it
            return list(ctx.kb.jurisdictions)[int(key) - 1], None
        found = find_jurisdictions(text, ctx.kb.aliases)
        if len(found) == 1:
            return found[0], None
        options = {jid: [j.document.name["zh"], j.document.name["en"], *j.document.aliases]
                   for jid, j in ctx.kb.jurisdictions.items()}
        m = match(text, options)
        if m.value:
            return m.value, None
        names = t("list_sep", ctx.lang).join(j.document.name[ctx.lang] for j in ctx.kb.jurisdictions.values())
        return _err(ctx, "bad_jurisdiction", names=names, text=text.strip()[:20])

    def show(self, value, lang):
        return value


class AmountField(Field):
    def __init__(self, key, question, example, optional=False, within: str | None = None):
        super().__init__(key, question, example, optional)
        self.within = within

    def needed(self, answers, kb):
        return self.key != "software_cost" or answers.get("kind") in ("software", "construction", "service")

    def check(self, text, ctx):
        rough = find_amounts(text, bare_ok=True, cap=False)
        if len(rough) == 1 and rough[0].range is not None and rough[0].bound != "about":
            # 七八十万, 八十多万, 不到50万, 小一百万: the thresholds need the figure, not a guess at it
            low, high = rough[0].range
            high = high if high != float("inf") else None
            if high is not None:
                return _err(ctx, "amount_estimate", text=text.strip(), low=yuan(round(low), ctx.lang),
                            high=yuan(round(high), ctx.lang), example=self.example[ctx.lang])
        value = parse_amount(text)
        if value is None and self.key == "software_cost" and text.strip() in ("无", "没有", "0", "none", "no"):
            value = 0
        if value is None:
            return _err(ctx, "bad_amount", example=self.example[ctx.lang])
        if value < 0 or (value == 0 and self.key == "amount"):
            return _err(ctx, "amount_not_positive")
        if value > MAX_AMOUNT:
            return _err(ctx, "amount_implausible")
        if self.within and ctx.answers.get(self.within) is not None and value > ctx.answers[self.within]:
            return _err(ctx, "software_over_amount", amount=yuan(ctx.answers[self.within], ctx.lang))
        return value, None

    def show(self, value, lang):
        return yuan(value, lang)


class ChoiceField(Field):
    def __init__(self, key, question, example, choices: list[str], labels: dict, optional=False,
                 when: Callable[[dict, object], bool] | None = None, parse: Callable[[str], str | None] | None = None):
        super().__init__(key, question, example, optional)
        self.choices, self.labels, self.when, self.parse = choices, labels, when, parse

    def needed(self, answers, kb):
        return self.when(answers, kb) if self.when else True

    def buttons(self, ctx):
        return [Button(self.labels[c][ctx.lang], encode(Verb.DECLARE, "set", self.key, c)) for c in self.choices]

    def options(self) -> dict[str, list[str]]:
        """Each choice with every string that names it: its key, labels and synonyms."""
        return {c: [c, self.labels[c]["zh"], self.labels[c]["en"], *SYNONYMS.get(self.key, {}).get(c, [])]
                for c in self.choices}

    def nearest(self, text: str) -> list[str]:
        return match(text, self.options()).nearest

    def check(self, text, ctx):
        raw = text.strip().lower()
        if raw.isdigit() and 1 <= int(raw) <= len(self.choices):
            return self.choices[int(raw) - 1], None
        m = match(text, self.options())
        if m.value:
            return m.value, None
        guess = self.parse(text) if self.parse else None
        if guess in self.choices:
            return guess, None
        if m.nearest:
            names = t("list_sep", ctx.lang).join(self.labels[c][ctx.lang] for c in m.nearest)
            return None, t("choice_nearest", ctx.lang, text=text.strip()[:20], names=names)
        return None, t("choice_unknown", ctx.lang, text=text.strip()[:20])

    def show(self, value, lang):
        return self.labels.get(value, {}).get(lang, str(value))


class EventField(Field):
    """The date of an event the chosen stage implies has already happened."""

    def __init__(self, event: str):
        super().__init__(f"ev.{event}", Pair("field.event.q", event=EVENT_NAMES[event]), Pair("field.event.example"),
                         optional=True)
        self.event = event

    def needed(self, answers, kb):
        return self.event in STAGE_EVENTS.get(answers.get("stage"), [])

    def check(self, text, ctx):
        result = parse_date(text, ctx.today, past_only=True)
        if result.date is None:
            return None, result.message(ctx.lang)
        from .projects import order_message

        events = {k[3:]: date.fromisoformat(v) for k, v in ctx.answers.items() if k.startswith("ev.") and v}
        events[self.event] = result.date
        problem = order_message(ctx.kb, ctx.answers["jurisdiction"], events, self.event, ctx.lang, interview=True) \
            or ctx.kb.event_problem(ctx.answers["jurisdiction"], events, ctx.lang)
        if problem:
            return None, problem
        return result.date.isoformat(), None


def _jurisdiction_cares(field: str) -> Callable[[dict, object], bool]:
    def when(answers, kb):
        return field in _fields_tested(kb, answers.get("jurisdiction"))
    return when


@lru_cache(maxsize=256)
def _fields_tested(kb, jid: str | None) -> frozenset[str]:
    """The profile fields the jurisdiction's rules and scope look at (asked on every interview step)."""
    j = kb.jurisdictions.get(jid)
    if j is None:
        return frozenset()
    tests = [t for r in j.rules for t in r.when] + [t for s in j.requires + j.excludes for t in s.test]
    return frozenset(t.field for t in tests)


def _stage_guess(text: str) -> str | None:
    raw = text.strip()
    for key, names in STAGE_NAMES.items():
        if names["zh"] in raw or names["en"] in raw.lower():
            return key
    return None


def _q(key: str) -> tuple[Pair, Pair]:
    """A field's question and example, from the catalogue (field.<key>.q, field.<key>.example)."""
    return Pair(f"field.{key}.q"), Pair(f"field.{key}.example")


FIELDS: list[Field] = [
    NameField("name", *_q("name")),
    JurisdictionField("jurisdiction", *_q("jurisdiction")),
    AmountField("amount", *_q("amount")),
    ChoiceField("kind", *_q("kind"), KINDS, KIND_LABELS, parse=find_kind),
    AmountField("software_cost", *_q("software_cost"), optional=True, within="amount"),
    ChoiceField("funding", *_q("funding"), FUNDING, FUNDING_LABELS, optional=True),
    ChoiceField("new_initiative", *_q("new_initiative"), ["yes", "no"], YES_NO, optional=True,
                when=_jurisdiction_cares("new_initiative")),
    ChoiceField("stage", *_q("stage"), STAGES, STAGE_NAMES, parse=_stage_guess),
    *[EventField(e) for e in STAGE_EVENTS["in_operation"]],
]
BY_KEY = {f.key: f for f in FIELDS}


def new_state() -> DeclareState:
    return DeclareState()


def next_field(state: DeclareState, kb) -> Field | None:
    if state.editing:
        return BY_KEY[state.editing]
    answers, skipped = state.answers, set(state.skipped)
    for f in FIELDS:
        if f.needed(answers, kb) and f.key not in answers and f.key not in skipped:
            return f
    return None


def prune(state: DeclareState, kb) -> None:
    """Drop answers that no longer apply (a changed stage or kind makes questions moot)."""
    for f in FIELDS:
        if not f.needed(state.answers, kb):
            state.answers.pop(f.key, None)
            if f.key in state.skipped:
                state.skipped.remove(f.key)


def ask(f: Field, state: DeclareState, ctx: Ctx, prefix: str = "", only: list[str] | None = None) -> Reply:
    nav = []
    if number(f, state, ctx.kb) > 1 and not state.from_menu:
        nav.append(Button(t("btn_back", ctx.lang), encode(Verb.DECLARE, "back"), "/back"))
    if f.optional:
        nav.append(Button(t("btn_skip", ctx.lang), encode(Verb.DECLARE, "skip"), "/skip"))
    nav.append(Button(t("btn_cancel", ctx.lang), encode(Verb.DECLARE, "cancel"), "/cancel"))
    head = t("question_number", ctx.lang, n=number(f, state, ctx.kb))
    example = t("for_example", ctx.lang, example=f.example[ctx.lang])
    buttons = f.buttons(ctx)
    if only:  # a near miss: the nearest choices first, then the way back to all of them
        buttons = [b for b in buttons if b.data.rsplit(":", 1)[-1] in only]
        nav.insert(0, Button(t("all_choices", ctx.lang), encode(Verb.DECLARE, "all")))
    current = ""
    if f.key in state.answers:
        current = "\n" + t("current_answer", ctx.lang, value=shown(f, state, ctx.lang, ctx.kb))
    return Reply(prefix + head + f.question[ctx.lang] + current + ("" if buttons else example), rows(buttons, 2) + [nav])


def number(f: Field, state: DeclareState, kb) -> int:
    """The question's place in the checklist: the same whether asked first or after an edit."""
    needed = [x.key for x in FIELDS if x.needed(state.answers, kb) or x.key == f.key]
    return needed.index(f.key) + 1


def answer(state: DeclareState, key: str, value) -> None:
    state.answers[key] = value
    if key in state.skipped:
        state.skipped.remove(key)
    if state.editing == key:
        state.editing = state.from_menu = None
    if key not in state.history:
        state.history.append(key)


def skip(state: DeclareState, f: Field) -> None:
    state.answers.pop(f.key, None)
    if f.key not in state.skipped:
        state.skipped.append(f.key)
    if state.editing == f.key:
        state.editing = state.from_menu = None
    if f.key not in state.history:
        state.history.append(f.key)


def back(state: DeclareState, kb) -> Field | None:
    """Go back one question from where the interview is (checklist order, so that going back
    twice, or after an edit, still walks the questions in order). The answer it had is kept and
    shown until a new one replaces it. None at the first question."""
    current = next_field(state, kb)
    needed = [f for f in FIELDS if f.needed(state.answers, kb)]
    end = needed.index(current) if current in needed else len(needed)
    done = set(state.answers) | set(state.skipped)
    earlier = [f for f in needed[:end] if f.key in done]
    if not earlier:
        return None
    state.editing = earlier[-1].key
    return earlier[-1]


def shown(f: Field, state: DeclareState, lang: str, kb=None) -> str:
    if f.key in state.answers:
        value = state.answers[f.key]
        if isinstance(f, JurisdictionField):
            return kb.jurisdictions[value].document.name[lang] if kb is not None and value in kb.jurisdictions else value
        return f.show(value, lang)
    return t("skipped", lang)


def label(f: Field, lang: str) -> str:
    if isinstance(f, EventField):
        name = name_of(EVENT_NAMES, f.event, lang)
        return name[:1].upper() + name[1:]
    return t(f"field.{f.key}.label", lang)
