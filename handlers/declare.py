"""Declaring a project: the interview asks for whatever is still unknown, one question at a
time, in checklist order. Its whole state is a JSON dict kept in the store, so a restart
resumes at the same question; a wrong answer is re-asked with an example and changes nothing.

State: {"flow": "declare", "answers": {field: value}, "skipped": [field], "history": [field],
        "editing": field | None}
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from knowledge.amounts import MAX_AMOUNT, parse_amount, yuan
from knowledge.question import find_jurisdictions, find_kind

from .buttons import Verb, encode
from .choices import match
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
    question: dict
    example: dict
    optional: bool = False

    def needed(self, answers: dict, kb) -> bool:
        return True

    def buttons(self, ctx: Ctx) -> list[Button]:
        return []

    def check(self, text: str, ctx: Ctx):
        raise NotImplementedError

    def show(self, value, lang: str) -> str:
        return str(value)


def _err(ctx: Ctx, zh: str, en: str) -> tuple[None, str]:
    return None, zh if ctx.lang == "zh" else en


class NameField(Field):
    def check(self, text, ctx):
        name = " ".join(text.split())
        if not name or name.startswith("/"):
            return _err(ctx, "请输入项目名称。", "Please type the project's name.")
        if len(name) > 60:
            return _err(ctx, "项目名称请控制在60字以内。", "Please keep the name under 60 characters.")
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
        names = "、".join(j.document.name["zh"] for j in ctx.kb.jurisdictions.values())
        return _err(ctx, f"知识库目前只覆盖{names}五地的规定，“{text.strip()[:20]}”不在其中。请选择其一，或发送 /cancel。",
                    f"The knowledge base covers only {', '.join(j.document.name['en'] for j in ctx.kb.jurisdictions.values())}; "
                    f"“{text.strip()[:20]}” is not one of them. Pick one, or /cancel.")

    def show(self, value, lang):
        return value


class AmountField(Field):
    def __init__(self, key, question, example, optional=False, within: str | None = None):
        super().__init__(key, question, example, optional)
        self.within = within

    def needed(self, answers, kb):
        return self.key != "software_cost" or answers.get("kind") in ("software", "construction", "service")

    def check(self, text, ctx):
        value = parse_amount(text)
        if value is None and self.key == "software_cost" and text.strip() in ("无", "没有", "0", "none", "no"):
            value = 0
        if value is None:
            return _err(ctx, f"没能读懂这个金额。请这样输入：{self.example['zh']}", f"I couldn't read that amount. Try: {self.example['en']}")
        if value < 0 or (value == 0 and self.key == "amount"):
            return _err(ctx, "金额必须大于零。", "The amount must be more than zero.")
        if value > MAX_AMOUNT:
            return _err(ctx, "这个金额不太可能（超过一万亿元），请检查。", "That amount is not plausible (over a trillion yuan); please check.")
        if self.within and ctx.answers.get(self.within) is not None and value > ctx.answers[self.within]:
            return _err(ctx, f"软件开发费不能超过项目总金额（{yuan(ctx.answers[self.within])}）。",
                        f"The software cost cannot exceed the project amount ({yuan(ctx.answers[self.within], 'en')}).")
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
            names = "、".join(self.labels[c][ctx.lang] for c in m.nearest) if ctx.lang == "zh" else \
                ", ".join(self.labels[c][ctx.lang] for c in m.nearest)
            return None, t("choice_nearest", ctx.lang, text=text.strip()[:20], names=names)
        return None, t("choice_unknown", ctx.lang, text=text.strip()[:20])

    def show(self, value, lang):
        return self.labels.get(value, {}).get(lang, str(value))


class EventField(Field):
    """The date of an event the chosen stage implies has already happened."""

    def __init__(self, event: str):
        super().__init__(f"ev.{event}", {"zh": f"{EVENT_NAMES[event]['zh']}是哪一天？",
                                          "en": f"When was the {EVENT_NAMES[event]['en']}?"},
                         {"zh": "3月5日、上周五、2026-03-05", "en": "2026-03-05, last friday, March 5"}, optional=True)
        self.event = event

    def needed(self, answers, kb):
        return self.event in STAGE_EVENTS.get(answers.get("stage"), [])

    def check(self, text, ctx):
        result = parse_date(text, ctx.today, past_only=True)
        if result.date is None:
            return _err(ctx, f"{result.message_zh}", f"{result.message_en}")
        from knowledge.deadlines import event_problem

        from .projects import order_message

        events = {k[3:]: date.fromisoformat(v) for k, v in ctx.answers.items() if k.startswith("ev.") and v}
        events[self.event] = result.date
        problem = order_message(ctx.answers["jurisdiction"], events, self.event, ctx.lang, interview=True)
        if problem:
            return None, problem
        if event_problem(ctx.answers["jurisdiction"], events, ctx.lang):
            return None, event_problem(ctx.answers["jurisdiction"], events, ctx.lang)
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


FIELDS: list[Field] = [
    NameField("name", {"zh": "项目叫什么名字？", "en": "What is the project called?"}, {"zh": "智慧城管平台", "en": "Smart city platform"}),
    JurisdictionField("jurisdiction", {"zh": "项目在哪个地区？", "en": "Which jurisdiction is the project in?"},
                      {"zh": "钟楼区", "en": "Zhonglou"}),
    AmountField("amount", {"zh": "项目总金额是多少？", "en": "What is the total amount?"},
                {"zh": "80万、八十万、1.2亿、800000", "en": "800000, 80万, 1.2亿"}),
    ChoiceField("kind", {"zh": "项目类型是？", "en": "What kind of project is it?"}, {"zh": "软件开发类", "en": "software"},
                KINDS, KIND_LABELS, parse=find_kind),
    AmountField("software_cost", {"zh": "其中软件开发费用是多少？（没有可回复“无”，不清楚可跳过）",
                                  "en": "How much of it is software development? (reply “none”, or skip)"},
                {"zh": "30万", "en": "300000"}, optional=True, within="amount"),
    ChoiceField("funding", {"zh": "资金来源是？", "en": "How is it funded?"}, {"zh": "区级财政资金", "en": "district funds"},
                FUNDING, FUNDING_LABELS, optional=True),
    ChoiceField("new_initiative", {"zh": "是否为新动议项目（未列入年度计划的新项目）？", "en": "Is it a new initiative (not in the annual plan)?"},
                {"zh": "是", "en": "yes"}, ["yes", "no"], YES_NO, optional=True,
                when=_jurisdiction_cares("new_initiative")),
    ChoiceField("stage", {"zh": "项目目前处于哪个阶段？", "en": "What stage is the project at?"}, {"zh": "已签合同", "en": "contract signed"},
                STAGES, STAGE_NAMES, parse=_stage_guess),
    *[EventField(e) for e in STAGE_EVENTS["in_operation"]],
]
BY_KEY = {f.key: f for f in FIELDS}


def new_state() -> dict:
    return {"flow": "declare", "answers": {}, "skipped": [], "history": [], "editing": None}


def next_field(state: dict, kb) -> Field | None:
    if state.get("editing"):
        return BY_KEY[state["editing"]]
    answers, skipped = state["answers"], set(state["skipped"])
    for f in FIELDS:
        if f.needed(answers, kb) and f.key not in answers and f.key not in skipped:
            return f
    return None


def prune(state: dict, kb) -> None:
    """Drop answers that no longer apply (a changed stage or kind makes questions moot)."""
    for f in FIELDS:
        if not f.needed(state["answers"], kb):
            state["answers"].pop(f.key, None)
            if f.key in state["skipped"]:
                state["skipped"].remove(f.key)


def ask(f: Field, state: dict, ctx: Ctx, prefix: str = "", only: list[str] | None = None) -> Reply:
    nav = []
    if number(f, state, ctx.kb) > 1 and not state.get("from_menu"):
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
    if f.key in state["answers"]:
        current = "\n" + t("current_answer", ctx.lang, value=shown(f, state, ctx.lang, ctx.kb))
    return Reply(prefix + head + f.question[ctx.lang] + current + ("" if buttons else example), rows(buttons, 2) + [nav])


def number(f: Field, state: dict, kb) -> int:
    """The question's place in the checklist: the same whether asked first or after an edit."""
    needed = [x.key for x in FIELDS if x.needed(state["answers"], kb) or x.key == f.key]
    return needed.index(f.key) + 1


def answer(state: dict, key: str, value) -> None:
    state["answers"][key] = value
    if key in state["skipped"]:
        state["skipped"].remove(key)
    if state.get("editing") == key:
        state["editing"] = state["from_menu"] = None
    if key not in state["history"]:
        state["history"].append(key)


def skip(state: dict, f: Field) -> None:
    state["answers"].pop(f.key, None)
    if f.key not in state["skipped"]:
        state["skipped"].append(f.key)
    if state.get("editing") == f.key:
        state["editing"] = state["from_menu"] = None
    if f.key not in state["history"]:
        state["history"].append(f.key)


def back(state: dict, kb) -> Field | None:
    """Go back one question from where the interview is (checklist order, so that going back
    twice, or after an edit, still walks the questions in order). The answer it had is kept and
    shown until a new one replaces it. None at the first question."""
    current = next_field(state, kb)
    needed = [f for f in FIELDS if f.needed(state["answers"], kb)]
    end = needed.index(current) if current in needed else len(needed)
    done = set(state["answers"]) | set(state["skipped"])
    earlier = [f for f in needed[:end] if f.key in done]
    if not earlier:
        return None
    state["editing"] = earlier[-1].key
    return earlier[-1]


def shown(f: Field, state: dict, lang: str, kb=None) -> str:
    if f.key in state["answers"]:
        value = state["answers"][f.key]
        if isinstance(f, JurisdictionField):
            return kb.jurisdictions[value].document.name[lang] if kb is not None and value in kb.jurisdictions else value
        return f.show(value, lang)
    return t("skipped", lang)


LABELS = {
    "name": {"zh": "名称", "en": "Name"}, "jurisdiction": {"zh": "地区", "en": "Jurisdiction"},
    "amount": {"zh": "总金额", "en": "Amount"}, "kind": {"zh": "类型", "en": "Kind"},
    "software_cost": {"zh": "软件开发费", "en": "Software cost"}, "funding": {"zh": "资金来源", "en": "Funding"},
    "new_initiative": {"zh": "新动议项目", "en": "New initiative"}, "stage": {"zh": "阶段", "en": "Stage"},
}


def label(f: Field, lang: str) -> str:
    if isinstance(f, EventField):
        name = name_of(EVENT_NAMES, f.event, lang)
        return name[:1].upper() + name[1:]
    return LABELS[f.key][lang]
