"""A declared project's knowledge: its profile, approval path, deadlines and status card."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from knowledge.amounts import yuan
from knowledge.rules import Profile
from knowledge.workdays import CHINA

from .buttons import Verb, encode
from .replies import Button, Reply, rows
from .vocab import EVENT_NAMES, STAGE_NAMES, name_of
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
    from knowledge.pathway import approval_path as compute

    return compute(kb, Profile(*key), lang)


def compute_deadlines(project: dict, events: dict[str, str], today: date) -> list[dict]:
    """Every deadline of the project from its first event (or today) to a year or so ahead.
    The dicts are shared with a cache (the interview's summary and its confirmation compute the
    same set): read them, do not change them."""
    created = project.get("created_at")
    declared = (datetime.fromisoformat(created).astimezone(CHINA).date().isoformat() if created  # stored in UTC
                else today.isoformat())
    # a yearly item (annual plan, self-evaluation) that fell due before the project was declared
    # here is the unit's past calendar, not this project's overdue work
    return [d for d in _deadlines(project["jurisdiction"], project["amount"], tuple(sorted(events.items())), today)
            if d.get("trigger") is not None or d["due"] >= declared]


@lru_cache(maxsize=512)
def _deadlines(jurisdiction: str, amount: int | None, events: tuple, today: date) -> tuple[dict, ...]:
    from knowledge.deadlines import compute, deadline_to_dict

    evs = {k: date.fromisoformat(v) for k, v in events}
    start = min([*evs.values(), today])
    items = compute(jurisdiction, evs, amount=amount, start=start, until=today + timedelta(days=HORIZON_DAYS))
    return tuple(deadline_to_dict(d) for d in items)


def sync(store, owner: int, project: dict, today: date):
    events = {e["name"]: e["date"] for e in store.list_events(owner, project["id"])}
    return store.sync_filings(owner, project["id"], compute_deadlines(project, events, today))


def title_of(filing: dict, lang: str) -> str:
    title = filing.get("title")
    if isinstance(title, dict):
        return title.get(lang) or title.get("zh") or filing["key"]
    return title or filing["key"]


def _articles(filing: dict) -> str:
    cites = (filing.get("info") or {}).get("citations") or []
    return "、".join(dict.fromkeys(c["article"] for c in cites))


def filing_line(f: dict, lang: str, today: date) -> str:
    info = f.get("info") or {}
    marks = []
    if info.get("provisional"):
        marks.append("暂定" if lang == "zh" else "provisional")
    if info.get("kind") == "opens":
        marks.append("起始日" if lang == "zh" else "opens")
    if info.get("party") == "authority":
        marks.append("主管部门时限" if lang == "zh" else "authority's time limit")
    tail = f"（{'，'.join(marks)}）" if marks and lang == "zh" else (f" ({', '.join(marks)})" if marks else "")
    art = _articles(f)
    art = f" [{art}]" if art else ""
    return f"{f['due']} {title_of(f, lang)}{tail}{art}"


def status_card(kb, store, owner: int, project: dict, today: date, lang: str) -> Reply:
    j = kb.jurisdictions.get(project["jurisdiction"])
    events = {e["name"]: e["date"] for e in store.list_events(owner, project["id"])}
    filings = store.list_filings(owner, project["id"])
    zh = lang == "zh"
    lines = [f"📋 {project['name']}",
             ("地区：" if zh else "Jurisdiction: ") + (j.document.name[lang] if j else str(project["jurisdiction"])),
             ("金额：" if zh else "Amount: ") + (yuan(project["amount"], lang) if project["amount"] else "—")
             + (("，软件开发费" if zh else ", software ") + yuan(project["software_cost"], lang) if project["software_cost"] else ""),
             ("类型：" if zh else "Kind: ") + name_of(KIND_LABELS, project["kind"], lang),
             ("阶段：" if zh else "Stage: ") + name_of(STAGE_NAMES, project["stage"], lang)]
    if j:
        path = approval_path(kb, project, lang)
        if not path["applicable"]:
            lines.append(("⚠ 本办法不适用：" if zh else "⚠ Not covered: ") + path["reason"])
        lines.append("审批路径：" if zh else "Approval path:")
        reached = max((i for i, step in enumerate(path["steps"]) if _step_done(j, step["key"], events)), default=-1)
        for i, step in enumerate(path["steps"]):  # a step is done once it, or a later one, is
            lines.append(f" {'✅' if i <= reached else '⬜'} {i + 1}. {step['title']}")
        needed = [r for r in path["requirements"] if r["verdict"] in ("yes", "conditional")]
        if needed:
            lines.append("适用的要求：" if zh else "Requirements that apply:")
            for r in needed[:40]:
                arts = "、".join(dict.fromkeys(c["article"] for c in r["citations"]))
                cond = ("（视情况）" if zh else " (depends)") if r["verdict"] == "conditional" else ""
                lines.append(f" • {r['title']}{cond} [{arts}]")
        status = j.document.status()
        if status[lang]:
            lines.append(("注：" if zh else "Note: ") + status[lang])
    if events:
        lines.append("已发生：" if zh else "Done so far:")
        for name, when in sorted(events.items(), key=lambda kv: kv[1]):
            lines.append(f" ✅ {when} {name_of(EVENT_NAMES, name, lang)}")
    open_ = [f for f in filings if f["status"] != "done"]
    overdue = [f for f in open_ if f["due"] < today.isoformat()]
    upcoming = [f for f in open_ if f["due"] >= today.isoformat()]
    done = [f for f in filings if f["status"] == "done"]
    if overdue:
        lines.append("❗ 已逾期：" if zh else "❗ Overdue:")
        lines += [f" {filing_line(f, lang, today)}" for f in overdue]
    if upcoming:
        lines.append("接下来：" if zh else "Next:")
        lines += [f" {filing_line(f, lang, today)}" for f in upcoming[:5]]
    if done:
        lines.append("已完成的报送：" if zh else "Filings done:")
        lines += [f" ✅ {filing_line(f, lang, today)}" for f in done[-5:]]
    if any((f.get("info") or {}).get("provisional") for f in open_):
        lines.append("“暂定”的日期取决于尚未公布的节假日安排，公布后会更新。" if zh else
                     "“Provisional” dates depend on a holiday schedule not yet published; they will be updated.")
    buttons = [Button(("✔ 完成：" if zh else "✔ Done: ") + title_of(f, lang)[:18], encode(Verb.DONE, f['id']))
               for f in (overdue + upcoming)[:3]]
    buttons.append(Button("记录进展" if zh else "Record an event", encode(Verb.EVENT_MENU, project['id'])))
    buttons.append(Button("导出日历" if zh else "Export calendar", encode(Verb.EXPORT, project['id'])))
    return Reply("\n".join(lines), rows(buttons, 1))


def _step_done(j, key: str, events: dict) -> bool:
    step = next((s for s in j.steps if s.key == key), None)
    return bool(step and step.done_when and step.done_when in events)
