"""Rules as data: each jurisdiction's file in ``jurisdictions/<id>.yaml``.

A file holds the document's metadata, its scope, its rules (obligations, prohibitions,
recommendations and plain information, each tied to topics and citing its articles), the
ordered approval steps and the deadline rules. Nothing here knows any one jurisdiction: adding
one is its text in ``regulations/`` plus its rules file. This module makes the rule model of a
file (``load_jurisdiction``, ``load_all``); the files themselves are read by ``knowledge.facts.files``
(the one reader, shared with the deadline engine), and the project ``Profile`` the rules test is
``knowledge.facts.profile``'s.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..facts.events import EVENTS
from ..facts.files import knowledge_dir, parsed
from ..facts.profile import FIELDS, KINDS, Profile
from ..i18n import LANGS, Pair, t
from .thresholds import Threshold

RULE_TYPES = ("obligation", "prohibition", "recommendation", "permission", "info")


@dataclass(frozen=True)
class Citation:
    doc: str
    article: str
    quote: str

    def as_dict(self) -> dict:
        return {"doc": self.doc, "article": self.article, "quote": self.quote}


@dataclass(frozen=True)
class Test:
    """One condition on the profile: a statutory threshold or a set of values."""
    field: str
    threshold: Threshold | None = None
    one_of: tuple | None = None
    negate: bool = False

    def check(self, profile: Profile) -> bool | None:
        span = profile.ranges.get(self.field)
        if span is None and self.field == "contract_amount" and profile.contract_amount is None:
            span = profile.ranges.get("amount")   # (as ``Profile.get``: the project's sum stands for the contract's)
        if span is not None and self.threshold is not None:
            low, high = (self.threshold.holds(v) if v != float("inf") else self.threshold.direction == "min"
                         for v in span)
            return low if low == high else None  # the range straddles the threshold: it depends
        value = profile.get(self.field)
        if value is None:
            # (the whole's highest figure: 总投资40到60万 bounds its software at 60万, not 40万)
            bound = profile.ranges.get("amount", (None, profile.amount))[1] if self.field == "software_cost" else None
            if bound is not None and self.threshold is not None and self.threshold.direction == "min" \
                    and not self.threshold.holds(bound):
                return False  # the software cost is part of the total, which is already below the threshold
            return None
        if self.threshold is not None:
            return self.threshold.holds(value)
        hit = value in self.one_of
        return not hit if self.negate else hit

    def describe(self, lang: str) -> str:
        if self.threshold is not None:
            return self.threshold.describe(lang)
        from .words import value_name

        if len(self.one_of) == 1 and isinstance(self.one_of[0], bool):   # 涉密项目, not "classified为True"
            return t(f"test.flag.{self.field}.{str(self.one_of[0] != self.negate).lower()}", lang)
        values = t("list_sep", lang).join(value_name(self.field, v, lang) for v in self.one_of)
        return t("test.is_not" if self.negate else "test.is", lang, field=value_name(self.field, None, lang),
                 values=values)


def _test(raw: dict, where: str) -> Test:
    name = raw.get("field")
    if name not in FIELDS:
        raise ValueError(f"{where}: unknown field {name!r}")
    if "word" in raw:
        inclusive = raw.get("inclusive")
        value = raw["value"]
        return Test(name, threshold=Threshold(name, int(value) if float(value).is_integer() else float(value), raw["word"], raw.get("explicit", ""),
                                              inclusive, raw.get("why", "")))
    for key, negate in (("in", False), ("not_in", True)):
        if key in raw:
            values = tuple(raw[key])
            if name == "kind" and not set(values) <= set(KINDS):
                raise ValueError(f"{where}: unknown kind in {values}")
            return Test(name, one_of=values, negate=negate)
    if "is" in raw:
        return Test(name, one_of=(raw["is"],))
    raise ValueError(f"{where}: a test needs word/value, in, not_in or is: {raw}")


def evaluate(tests: tuple[Test, ...], profile: Profile) -> bool | None:
    """All tests hold: True; one fails: False; otherwise (something unknown): None."""
    unknown = False
    for test in tests:
        result = test.check(profile)
        if result is False:
            return False
        unknown |= result is None
    return None if unknown else True


def _text(raw, where: str) -> dict[str, str]:
    if raw is None:
        return {}
    if isinstance(raw, str):
        return {"zh": raw, "en": raw}
    if not isinstance(raw, dict) or "zh" not in raw:
        raise ValueError(f"{where}: expected {{zh: …, en: …}}")
    return {"zh": raw["zh"], "en": raw.get("en") or raw["zh"]}


def _citations(raw, doc: str, where: str) -> tuple[Citation, ...]:
    out = []
    for c in raw or []:
        if "article" not in c or "quote" not in c:
            raise ValueError(f"{where}: a citation needs article and quote")
        out.append(Citation(c.get("doc", doc), str(c["article"]), str(c["quote"])))
    return tuple(out)


@dataclass(frozen=True)
class Rule:
    key: str
    doc: str
    topics: tuple[str, ...]
    type: str
    title: dict
    says: dict
    citations: tuple[Citation, ...]
    when: tuple[Test, ...] = ()
    otherwise: dict = field(default_factory=dict)
    conditional: dict = field(default_factory=dict)  # a condition the profile cannot settle
    path: bool = True
    group: str = ""        # documents, reviews, supervision, testing, acceptance, security, data, ...
    requires: tuple[Test, ...] = ()  # what the project must satisfy (质保期不低于2年): checked when the facts are known
    settled_by: tuple[Test, ...] = ()  # profile facts that settle ``conditional`` (kind is equipment: it is bought)
    # the case a rule speaks of that the scope article leaves out (街道自行购置安全设备, a system that does not share its data
    # and its O&M funds, where 第二条 excludes pure equipment purchases and routine O&M): where a question states it, the
    # rule holds whatever the project's amount, kind or funds (not for 涉密)
    unscoped: str = ""

    def applies(self, profile: Profile) -> bool | None:
        return evaluate(self.when, profile)

    def depends_on_fact(self, profile: Profile) -> bool:
        """The rule turns on a fact the profile does not state (涉及设备采购的): its verdict for a
        project is "conditional", naming ``conditional``, unless ``settled_by`` holds."""
        return bool(self.conditional) and not (self.settled_by and evaluate(self.settled_by, profile))

    def complies(self, profile: Profile) -> bool | None:
        return evaluate(self.requires, profile) if self.requires else None


@dataclass(frozen=True)
class Step:
    key: str
    title: dict
    citations: tuple[Citation, ...]
    when: tuple[Test, ...] = ()
    says: dict = field(default_factory=dict)
    done_when: str | None = None   # the event that completes the step, for the status checklist
    # the text's own name for the step, where a question telling it done names it (合同终验: the contract's final
    # acceptance, which the events do not tell apart from the completion acceptance)
    done_said: dict = field(default_factory=dict)
    # what the step yields or consists of, told done, passed or out (初核通过了, 资金审核意见出来了, "the cost review is
    # finished"): the step is done; the words are the text's own nouns, the verb of being done is read around them
    done_of: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ScopeTest:
    test: tuple[Test, ...]
    text: dict
    citations: tuple[Citation, ...]
    # not_applicable: the text leaves the class out (涉密); no: the text sends it down a path of its
    # own (上级拨款的项目向上级申报立项，只报区里备案), so the text's other duties are answered no
    verdict: str = "not_applicable"


@dataclass
class Document:
    id: str
    title: str
    title_en: str
    name: dict
    issuer: str
    number: str | None
    level: str
    region: str
    issued: str | None
    effective: str | None
    validity_years: int | None
    draft: bool
    aliases: tuple[str, ...]
    notes: list[dict]
    follows: list[dict]
    parse: dict

    def status(self, today: date | None = None) -> dict:
        """Draft, in force, or past its stated validity, in words."""
        from ..time.workdays import china_today

        today = today or china_today()
        notes: list[Pair] = []
        if self.draft:
            notes.append(Pair("doc.draft"))
        if self.validity_years and self.effective:
            start_year = int(str(self.effective)[:4])
            end_year = start_year + self.validity_years
            if today.year > end_year or (today.year == end_year and len(str(self.effective)) > 4
                                         and today >= date.fromisoformat(str(self.effective)).replace(year=end_year)):
                since = Pair("doc.since_year", year=self.effective) if len(str(self.effective)) == 4 else str(self.effective)
                notes.append(Pair("doc.lapsed", since=since, n=self.validity_years, end=end_year))
        code = "draft" if self.draft else ("expired" if len(notes) > (1 if self.draft else 0) else "in_force")
        if code == "in_force" and not self.effective:
            code = "unknown"
        return {"status": code, **{lang: t("doc.note_sep", lang).join(n[lang] for n in notes) for lang in LANGS}}


@dataclass
class Jurisdiction:
    id: str
    document: Document
    scope_text: dict
    scope_citations: tuple[Citation, ...]
    requires: list[ScopeTest]
    excludes: list[ScopeTest]
    rules: list[Rule]
    steps: list[Step]
    deadlines: dict
    topics: dict
    folder: Path | None = None   # the folder its rules file was read from

    def in_scope(self, profile: Profile) -> tuple[bool | None, ScopeTest | None]:
        """(True, None) in scope; (False, the failing test); (None, the undecided test)."""
        undecided = None
        for ex in self.excludes:
            result = evaluate(ex.test, profile)
            if result:
                return False, ex
        for req in self.requires:
            result = evaluate(req.test, profile)
            if result is False:
                return False, req
            if result is None and undecided is None:
                undecided = req
        return (None, undecided) if undecided else (True, None)

    def rules_for(self, topic: str) -> list[Rule]:
        """The rules on a topic, in the file's order (asked many times per question: kept by topic)."""
        by_topic = self.__dict__.setdefault("_by_topic", {})
        got = by_topic.get(topic)
        if got is None:
            got = by_topic[topic] = tuple(r for r in self.rules if topic in r.topics)
        return list(got)

    def own_path(self, test: ScopeTest) -> list[Rule]:
        """The rules of the path the text sets for a class it sends elsewhere (上级拨款的项目: 第十四条):
        those citing the exclusion's own articles, not the scope's."""
        articles = {c.article for c in test.citations} - {c.article for c in self.scope_citations}
        return [r for r in self.rules if {c.article for c in r.citations} & articles]


def _tests(raw, where: str) -> tuple[Test, ...]:
    if raw is None:
        return ()
    if isinstance(raw, dict):
        raw = [raw]
    return tuple(_test(t, where) for t in raw)


def load_jurisdiction(path: Path) -> Jurisdiction:
    raw = copy.deepcopy(parsed(Path(path)))  # the parsed file is shared with the deadline engine
    jid = raw["id"]
    d = raw["document"]
    doc = Document(
        id=jid, title=d["title"], title_en=d.get("title_en", d["title"]), name=_text(d["name"], f"{jid}.name"),
        issuer=d.get("issuer", ""), number=d.get("number"), level=d.get("level", ""), region=d.get("region", ""),
        issued=str(d["issued"]) if d.get("issued") else None, effective=str(d["effective"]) if d.get("effective") else None,
        validity_years=d.get("validity_years"), draft=bool(d.get("draft")), aliases=tuple([*d.get("aliases", ()), *d.get("subdivisions", ())]),
        notes=[_text(n, f"{jid}.notes") | ({"topics": n["topics"]} if isinstance(n, dict) and "topics" in n else {})
               for n in d.get("notes", [])],
        follows=list(d.get("follows", [])), parse=dict(d.get("parse", {})),
    )
    scope = raw.get("scope", {})

    def scope_tests(items, what):
        out = [ScopeTest(_tests(s["test"], f"{jid}.scope.{what}"), _text(s["text"], f"{jid}.scope"),
                         _citations(s.get("citations"), jid, f"{jid}.scope"), s.get("verdict", "not_applicable"))
               for s in items or []]
        if any(x.verdict not in ("not_applicable", "no") for x in out):
            raise ValueError(f"{jid}.scope.{what}: verdict must be not_applicable or no")
        return out

    rules = []
    for r in raw.get("rules", []):
        where = f"{jid}.rules.{r.get('key')}"
        if r.get("type") not in RULE_TYPES:
            raise ValueError(f"{where}: type must be one of {RULE_TYPES}")
        rules.append(Rule(
            key=r["key"], doc=jid, topics=tuple(r["topics"]), type=r["type"], title=_text(r["title"], where),
            says=_text(r["says"], where), citations=_citations(r["citations"], jid, where),
            when=_tests(r.get("when"), where), otherwise=_text(r.get("otherwise"), where),
            conditional=_text(r.get("conditional"), where), path=r.get("path", r["type"] != "info"),
            group=r.get("group", ""), requires=_tests(r.get("requires"), where),
            settled_by=_tests(r.get("settled_by"), where), unscoped=str(r.get("unscoped", "")),
        ))
    keys = [r.key for r in rules]
    if len(keys) != len(set(keys)):
        raise ValueError(f"{jid}: duplicate rule keys {sorted(k for k in keys if keys.count(k) > 1)}")
    for s in raw.get("steps", []):
        if s.get("done_when") and s["done_when"] not in EVENTS:
            raise ValueError(f"{jid}.steps.{s['key']}: done_when {s['done_when']!r} is not an event ({', '.join(EVENTS)})")
    steps = [Step(s["key"], _text(s["title"], f"{jid}.steps"), _citations(s.get("citations"), jid, f"{jid}.steps"),
                  _tests(s.get("when"), f"{jid}.steps.{s['key']}"), _text(s.get("says"), f"{jid}.steps"),
                  s.get("done_when"), s.get("done_said") or {}, s.get("done_of") or {})
             for s in raw.get("steps", [])]
    return Jurisdiction(
        id=jid, document=doc, scope_text=_text(scope.get("text", ""), f"{jid}.scope"),
        scope_citations=_citations(scope.get("citations"), jid, f"{jid}.scope"),
        requires=scope_tests(scope.get("requires"), "requires"), excludes=scope_tests(scope.get("excludes"), "excludes"),
        rules=rules, steps=steps, deadlines=dict(raw.get("deadlines") or {}), topics=dict(raw.get("topics", {})),
        folder=Path(path).parent,
    )


def load_all(folder: Path | str | None = None) -> dict[str, Jurisdiction]:
    """Every jurisdiction of the folder (``knowledge_dir``), by id in file-name order; new objects
    each time (callers may adjust them), from files parsed once (``read_file``)."""
    folder = knowledge_dir(folder)
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        j = load_jurisdiction(path)
        out[j.id] = j
    return out
