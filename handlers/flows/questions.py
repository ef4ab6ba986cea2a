"""Questions: free text that reports no progress is answered from the regulations, for the
current project's jurisdiction and facts when it names none (and the answer says so); with no
project and no place named, one line per jurisdiction, each expanded by its button (``ask:<id>``); places
named are answered in full.
No state between messages but the last such question (``Conversation.last_question``)."""
from __future__ import annotations

from knowledge.facts.money import yuan

from ..buttons import Action, Verb, encode
from ..projects import profile_of
from ..replies import Button, Reply, rows
from ..texts import t
from ..vocab import name_of
from ..words import KIND_LABELS


def on_text(session, state: None, text: str, draft: dict | None = None) -> list[Reply]:
    """The answer to ``text``; ``draft`` is the interview's project so far, when asked from it."""
    p = draft if draft and draft.get("jurisdiction") else session.project()
    result = session.kb.ask(text, defaults=profile_of(p) if p else None)
    findings = result["findings"]
    if not findings:
        # (a place outside the knowledge base, a refused amount: the answer says why there is no finding)
        understood = result.get("understood") or {}
        if understood.get("outside") or understood.get("invalid_amount"):
            return [Reply(result["answer"])]
        return [Reply(t("no_rule_found", session.lang))]
    if len({f["jurisdiction"] for f in findings}) > 1 and len(result["understood"].get("named") or []) < 2:
        # (a question that names no place: a line each, to be opened; one that names its places is answered for them)
        session.conv.last_question = text[:500]
        return [_per_jurisdiction(session, result)]
    answer = result["answer"]
    filled = _filled(session, p, result["understood"].get("filled_from_project") or [])
    if filled:
        answer += "\n" + t("filled_from_project", session.lang, name=p.get("name") or "—",
                           what=t("list_sep", session.lang).join(filled))
    cites = {(c["doc"], c["article"], c["quote"]): c for f in findings for c in f["citations"]}
    return [Reply(answer, citations=list(cites.values()))]


def _filled(session, p: dict | None, names: list[str]) -> list[str]:
    """The project's facts the answer took (its place, amount, kind, software cost), in words."""
    if not p:
        return []
    lang, what = session.lang, []
    for name in names:
        if name == "jurisdiction":
            what.append(session.kb.jurisdictions[p["jurisdiction"]].document.name[lang])
        elif name == "amount" and p.get("amount"):
            what.append(yuan(p["amount"], lang))
        elif name == "kind" and p.get("kind"):
            what.append(name_of(KIND_LABELS, p["kind"], lang))
        elif name == "software_cost" and p.get("software_cost"):
            what.append(t("software_cost_word", lang) + yuan(p["software_cost"], lang))
    return what


def _per_jurisdiction(session, result: dict) -> Reply:
    """One line per jurisdiction (its verdict and articles), each with a button to read it in full."""
    lang, kb = session.lang, session.kb
    by_j: dict[str, list[dict]] = {}
    for f in result["findings"]:
        by_j.setdefault(f["jurisdiction"], []).append(f)
    topics = [f["topic"] for f in result["findings"] if f["topic"] in kb.topics]
    lines = [t("per_jurisdiction_topic", lang, topic=kb.topics[topics[0]].label[lang]) if topics
             else t("per_jurisdiction_head", lang)]
    buttons = []
    for jid, fs in by_j.items():
        name = kb.jurisdictions[jid].document.name[lang]
        arts = t("list_sep", lang).join(dict.fromkeys(c["article"] for f in fs for c in f["citations"]))[:40]
        # (the word the full answer says it in: 可以 for leave asked, not 需要)
        said = fs[0].get("label") or t("verdict_" + fs[0]["verdict"], lang)
        lines.append("• " + t("labelled", lang, label=name, value=said)
                     + (f" [{arts}]" if arts else ""))
        buttons.append(Button(t("expand", lang, name=name), encode(Verb.ASK, jid)))
    lines.append(t("per_jurisdiction_hint", lang))
    return Reply("\n".join(lines), rows(buttons, 2))


def on_button(session, state: None, action: Action) -> list[Reply]:
    """ask:<jurisdiction>: the last question answered in full for that jurisdiction."""
    text, jid = session.conv.last_question, action.args[0]
    if not text or jid not in session.kb.jurisdictions:
        return [Reply(t("stale_button", session.lang))]
    return [Reply(session.kb.ask(text, jurisdiction=jid)["answer"])]
