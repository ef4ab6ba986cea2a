"""A declared project's knowledge: its profile, approval path, deadlines and status card."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from knowledge.facts.money import yuan
from knowledge.facts.profile import Profile
from knowledge.time.workdays import CHINA

from .buttons import Verb, encode
from .replies import Button, Reply, rows
from .texts import t
from .vocab import EVENT_NAMES, STAGE_EVENTS, STAGE_NAMES, STAGES, name_of
from .words import KIND_LABELS

HORIZON_DAYS = 400


def profile_of(project: dict) -> Profile:
    return Profile(jurisdiction=project["jurisdiction"], amount=project["amount"], kind=project["kind"],
                   software_cost=project["software_cost"], contract_amount=project["contract_amount"],
                   funding=project["funding"], new_initiative=project["new_initiative"])


def approval_path(kb, project: dict, lang: str) -> dict:
    """The knowledge base's approval path for the project's profile. Cached: the same profile
    gets the same (shared, read-only) dict until the knowledge base object is replaced."""
    p = profile_of(project)
    return _approval_path(kb, (p.jurisdiction, p.amount, p.kind, p.software_cost, p.contract_amount, p.funding,
                               p.new_initiative), lang)


@lru_cache(maxsize=512)
def _approval_path(kb, key: tuple, lang: str) -> dict:
    from knowledge.rules.pathway import approval_path as compute

    return compute(kb, Profile(*key), lang)


def compute_deadlines(kb, project: dict, events: dict[str, str], today: date) -> list[dict]:
    """Every deadline of the project from its first event (or today) to a year or so ahead,
    and those its events imply earlier (a report due 30 days before a planned decommissioning),
    by the rules of the knowledge base ``kb``. The dicts are shared with a cache (the interview's
    summary and its confirmation compute the same set): read them, do not change them."""
    created = project.get("created_at")
    declared = (datetime.fromisoformat(created).astimezone(CHINA).date().isoformat() if created  # stored in UTC
                else today.isoformat())
    rules = kb.deadline_rules(project["jurisdiction"])
    items = _deadlines(rules, project["amount"], tuple(sorted(events.items())), today)
    stage = project.get("stage") or "planning"
    return [d for d in items if d.get("trigger") is not None
            or (d["due"] >= declared and _yearly_applies(rules, d["key"], d["due"], stage, events))]


def _yearly_applies(rules, key: str, due: str, stage: str, events: dict[str, str]) -> bool:
    """A yearly duty (annual plan, self-evaluation) is the project's from the stage its text ties
    it to, and from the day the project got there where that day is known: a project declared
    at 规划中 has no self-evaluation due."""
    rule = rules.rule(key)
    if rule is None or not rule.stage_from:
        return True
    if stage not in STAGES or STAGES.index(stage) < STAGES.index(rule.stage_from):
        return False
    reached = [events[e] for e in STAGE_EVENTS.get(rule.stage_from, [])[-1:] if e in events]
    return not reached or due >= reached[0]


@lru_cache(maxsize=512)
def _deadlines(rules, amount: int | None, events: tuple, today: date) -> tuple[dict, ...]:
    """The deadlines of a jurisdiction's rules (a ``RuleSet``, loaded by the knowledge base)."""
    from knowledge.time.deadlines import compute, deadline_to_dict
    from knowledge.time.workdays import FIRST_YEAR

    evs = {k: date.fromisoformat(v) for k, v in events}
    first = min([*evs.values(), today])
    # from a year before the first event: a deadline counted back from an event (30 days before a
    # planned decommissioning) falls before it; yearly items that early are filtered by the caller
    start = max(first - timedelta(days=366), date(FIRST_YEAR, 1, 1))
    items = compute(rules, evs, amount=amount, start=start, until=today + timedelta(days=HORIZON_DAYS))
    return tuple(deadline_to_dict(d) for d in items)


def sync(kb, store, owner: int, project: dict, today: date):
    """Make the stored filings match the project's deadlines. A filing whose completing event is
    recorded (初验 passed completes the initial acceptance) is marked done, so that it leaves the
    overdue and upcoming lists and its reminders stop."""
    events = {e["name"]: e["date"] for e in store.list_events(owner, project["id"])}
    changes = store.sync_filings(owner, project["id"], compute_deadlines(kb, project, events, today))
    for f in changes.added + changes.moved + changes.unchanged:
        if (f.get("info") or {}).get("done") and f["status"] != "done":
            store.mark_done(owner, f["id"], by=None)
    return changes


def done_on(f: dict, rules, events: dict[str, str]) -> str | None:
    """The day a filing was done: its completing event's date (by the jurisdiction's deadline
    ``rules``), else the day it was marked done."""
    if f["status"] != "done":
        return None
    rule = rules.rule(f["key"])
    if rule is not None and rule.done_by and rule.done_by in events:
        return events[rule.done_by]
    if f.get("done_at"):
        return datetime.fromisoformat(f["done_at"]).astimezone(CHINA).date().isoformat()
    return None


def snooze_until(today: date, due: date, settings: dict) -> date:
    """The next day a snoozed reminder may come back: tomorrow, or with quiet days on, the next
    working day of the official calendar (holidays and 调休 included)."""
    from knowledge.time.workdays import default_calendar

    day = today + timedelta(days=1)
    if settings.get("quiet_non_working_days", True):
        cal = default_calendar()
        while not cal.is_workday(day):
            day += timedelta(days=1)
    return day


def order_message(kb, jurisdiction: str, events: dict[str, date], new: str, lang: str,
                  interview: bool = False) -> str | None:
    """When the dates contradict the order the text requires: which dates were read, and how to
    fix the one already recorded or re-enter the new one. None when the order holds."""
    from knowledge.time.deadlines import DeadlineError

    try:
        pair = kb.order_conflict(jurisdiction, events, prefer=new)
    except DeadlineError:
        return None
    if pair is None:
        return None
    earlier, later = pair
    other = later if new == earlier else earlier
    name = {e: name_of(EVENT_NAMES, e, lang) for e in pair}
    fix = t("order_fix_interview" if interview else "order_fix_chat", lang, other=name[other], new=name[new])
    return t("order_wrong", lang, later=name[later], later_date=events[later].isoformat(),
             earlier=name[earlier], earlier_date=events[earlier].isoformat()) + fix


def title_of(filing: dict, lang: str) -> str:
    """A filing's (or computed deadline's) title in ``lang``. Stored filings keep the Chinese
    title in ``title`` and the English one in ``info["title_en"]`` (computed deadlines have it
    at the top level); older rows may hold a {"zh", "en"} dict."""
    title = filing.get("title")
    if isinstance(title, dict):
        return title.get(lang) or title.get("zh") or filing["key"]
    if lang == "en":
        en = filing.get("title_en") or (filing.get("info") or {}).get("title_en")
        if en:
            return en
    return title or filing["key"]


def articles(citations: list[dict], lang: str) -> str:
    """The articles cited, each once: 第十三条、第十四条 / 第十三条, 第十四条."""
    return t("list_sep", lang).join(dict.fromkeys(c["article"] for c in citations or []))


def _articles(filing: dict, lang: str) -> str:
    return articles((filing.get("info") or {}).get("citations"), lang)


def filing_line(f: dict, lang: str, today: date) -> str:
    info = f.get("info") or {}
    marks = []
    if info.get("provisional"):
        marks.append(t("mark_provisional", lang))
    if info.get("kind") == "opens":
        marks.append(t("mark_opens", lang))
    if info.get("party") == "authority":
        marks.append(t("mark_authority", lang))
    tail = t("marks", lang, marks=t("marks_sep", lang).join(marks)) if marks else ""
    art = _articles(f, lang)
    art = f" [{art}]" if art else ""
    return f"{f['due']} {title_of(f, lang)}{tail}{art}"


def _filing_state(kb, project: dict, filings: list[dict], events: dict[str, str], today: date):
    iso = today.isoformat()
    open_ = [f for f in filings if f["status"] != "done"]
    overdue = [f for f in open_ if f["due"] < iso]
    upcoming = [f for f in open_ if f["due"] >= iso]
    done = [(f, done_on(f, kb.deadline_rules(project["jurisdiction"]), events)) for f in filings
            if f["status"] == "done"]
    return overdue, upcoming, done


def done_line(f: dict, day: str | None, lang: str, today: date) -> str:
    """A done filing; done after its due date is shown as late, with how late."""
    if day and day > f["due"]:
        late = (date.fromisoformat(day) - date.fromisoformat(f["due"])).days
        return "⚠ " + t("done_late", lang, title=title_of(f, lang), day=day, n=late, due=f["due"])
    return "✅ " + t("done_on", lang, title=title_of(f, lang), day=day or f["due"], due=f["due"])


def _steps(kb, project: dict, events: dict, overdue: list[dict], lang: str) -> list[tuple[bool, dict]]:
    """The approval path's steps, each ticked or not. A step is done when its event is recorded,
    or a later one is, unless a filing of that step is still overdue (never a tick beside an
    overdue filing)."""
    j = kb.jurisdictions.get(project["jurisdiction"])
    if not j:
        return []
    path = approval_path(kb, project, lang)
    reached = max((i for i, step in enumerate(path["steps"]) if _step_done(j, step["key"], events)), default=-1)
    out = []
    for i, step in enumerate(path["steps"]):
        own = _step_done(j, step["key"], events)
        blocked = any(_belongs(j, kb.deadline_rules(j.id), step["key"], f["key"]) for f in overdue)
        out.append((own or (i <= reached and not blocked), step))
    return out


def _belongs(j, rules, step_key: str, filing_key: str) -> bool:
    if filing_key == step_key or filing_key.startswith(step_key + "_"):
        return True
    step = next((s for s in j.steps if s.key == step_key), None)
    rule = rules.rule(filing_key)
    return bool(step and rule and step.done_when and rule.done_by == step.done_when)


def status_card(kb, store, owner: int, project: dict, today: date, lang: str) -> Reply:
    """The short view: stage, what is overdue, the next three items; the rest one tap away."""
    j = kb.jurisdictions.get(project["jurisdiction"])
    events = {e["name"]: e["date"] for e in store.list_events(owner, project["id"])}
    filings = store.list_filings(owner, project["id"])
    overdue, upcoming, done = _filing_state(kb, project, filings, events, today)
    where = j.document.name[lang] if j else str(project["jurisdiction"])
    amount = yuan(project["amount"], lang) if project["amount"] else "—"
    lines = [f"📋 {project['name']} · {where} · {amount} · {name_of(KIND_LABELS, project['kind'], lang)}"]
    steps = _steps(kb, project, events, overdue, lang)
    done_steps = [s for ok, s in steps if ok]
    nxt = next((s for ok, s in steps if not ok), None)
    stage = t("stage_line", lang, stage=name_of(STAGE_NAMES, project["stage"], lang))
    if steps:
        stage += t("stage_steps", lang, done=len(done_steps), total=len(steps),
                   next=nxt["title"] if nxt else t("all_steps_done", lang))
    lines.append(stage)
    if j and not approval_path(kb, project, lang)["applicable"]:
        lines.append(t("not_covered", lang, reason=approval_path(kb, project, lang)["reason"]))
    if overdue:
        lines.append(t("overdue_head", lang, n=len(overdue)))
        lines += [f" ❗ {filing_line(f, lang, today)}" for f in overdue[:5]]
        if len(overdue) > 5:
            lines.append(" " + t("more_items", lang, n=len(overdue) - 5))
    if upcoming:
        lines.append(t("next_head", lang))
        lines += [f" • {filing_line(f, lang, today)}" for f in upcoming[:3]]
    if not overdue and not upcoming:
        lines.append(t("nothing_open", lang))
    late = [(f, d) for f, d in done if d and d > f["due"]]
    if late:
        lines += [f" {done_line(f, d, lang, today)}" for f, d in late[-2:]]
    if done:
        lines.append(t("done_count", lang, n=len(done)))
    if any((f.get("info") or {}).get("provisional") for f in overdue + upcoming[:3]):
        lines.append(t("provisional_note", lang))
    if j:
        path = approval_path(kb, project, lang)
        n = len([r for r in path["requirements"] if r["verdict"] in ("yes", "conditional")])
        lines.append(t("requirements_link", lang, n=n, steps=len(steps)))
    buttons = [Button(t("btn_done_prefix", lang) + title_of(f, lang)[:18], encode(Verb.DONE, f["id"]))
               for f in (overdue + upcoming)[:3]]
    buttons.append(Button(t("btn_path", lang), encode(Verb.PATH, project["id"])))
    buttons.append(Button(t("btn_event", lang), encode(Verb.EVENT_MENU, project["id"])))
    buttons.append(Button(t("btn_export", lang), encode(Verb.EXPORT, project["id"])))
    return Reply("\n".join(lines), rows(buttons, 1))


def path_card(kb, store, owner: int | None, project: dict, today: date, lang: str) -> Reply:
    """Everything the text requires of the project: the approval steps (ticked where done),
    every requirement with its articles, done filings (late ones as late) and the document's status."""
    j = kb.jurisdictions.get(project["jurisdiction"])
    if j is None:
        return Reply(t("not_your_project", lang))
    saved = project.get("id") is not None
    events = {e["name"]: e["date"] for e in store.list_events(owner, project["id"])} if saved else {}
    filings = store.list_filings(owner, project["id"]) if saved else []
    overdue, _, done = _filing_state(kb, project, filings, events, today)
    path = approval_path(kb, project, lang)
    lines = [f"📋 {project.get('name') or '—'} · {j.document.name[lang]}"]
    if not path["applicable"]:
        lines.append(t("not_covered", lang, reason=path["reason"]))
    lines.append(t("path_steps_head", lang))
    for i, (ok, step) in enumerate(_steps(kb, project, events, overdue, lang), 1):
        lines.append(f" {'✅' if ok else '⬜'} {i}. {step['title']}")
    if events:
        lines.append(t("events_head", lang))
        lines += [f" ✅ {when} {name_of(EVENT_NAMES, name, lang)}" for name, when in sorted(events.items(), key=lambda kv: kv[1])]
    needed = [r for r in path["requirements"] if r["verdict"] in ("yes", "conditional")]
    lines.append(t("path_requirements_head", lang, n=len(needed)))
    for r in needed:
        arts = articles(r["citations"], lang)
        cond = (t("depends_on", lang, fact=r["condition"]) if r.get("condition") else t("depends_mark", lang)) \
            if r["verdict"] == "conditional" else ""
        lines.append(f" • {r['title']}{cond} [{arts}]")
    if done:
        lines.append(t("done_head", lang))
        lines += [f" {done_line(f, d, lang, today)}" for f, d in done]
    status = j.document.status()
    if status[lang]:
        lines.append(t("note", lang, text=status[lang]))
    buttons = [Button(t("btn_status", lang), encode(Verb.PROJECT, project["id"]))] if saved else []
    return Reply("\n".join(lines), rows(buttons, 1))


def _step_done(j, key: str, events: dict) -> bool:
    step = next((s for s in j.steps if s.key == key), None)
    return bool(step and step.done_when and step.done_when in events)
