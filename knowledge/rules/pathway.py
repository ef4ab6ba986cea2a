"""The approval path for a project profile: every obligation the text ties to it, with its
verdict for this profile, and the ordered steps from declaration to final acceptance."""
from __future__ import annotations

from ..i18n import t
from .explain import rule_lines
from .model import Profile, evaluate

_PATH_VERDICT = {True: "yes", False: "no", None: "conditional"}


def approval_path(kb, profile: Profile, lang: str = "zh") -> dict:
    j = kb.jurisdictions[profile.jurisdiction]
    ok, test = j.in_scope(profile)
    if ok is False:
        reason = test.text[lang]
    elif ok is None:
        reason = t("path.provided", lang, scope=j.scope_text[lang], condition=test.text[lang])
    else:
        reason = j.scope_text[lang]
    # a class the text sends down a path of its own (上级拨款: 第十四条) keeps that path's rules; its
    # other duties are answered no rather than not applicable
    own_path = ok is False and test.verdict == "no"
    own = {r.key for r in j.own_path(test)} if own_path else set()
    requirements = []
    for r in j.rules:
        if not r.path:
            continue
        outcome = r.applies(profile)
        lines = rule_lines(r, profile, lang)
        if outcome and r.depends_on_fact(profile):
            outcome = None  # turns on a fact the profile does not state: name it
            lines.append(t("path.unstated", lang, condition=r.conditional[lang]))
        if ok is False and own_path:
            verdict = _PATH_VERDICT[outcome] if r.key in own else "no"
        else:
            verdict = "not_applicable" if ok is False else _PATH_VERDICT[outcome]
        if r.type == "recommendation" and verdict == "yes":
            verdict = "no"  # recommended, not required: the title says so
        requirements.append({
            "key": r.key, "title": r.title[lang], "group": r.group, "type": r.type, "verdict": verdict,
            "condition": r.conditional.get(lang, "") if verdict == "conditional" else "",
            "summary": " ".join([r.says[lang], *lines]),
            "citations": [c.as_dict() for c in r.citations],
        })
    steps = [{"key": s.key, "title": s.title[lang], "citations": [c.as_dict() for c in s.citations]}
             for s in j.steps if ok is not False and evaluate(s.when, profile) is not False]
    status = j.document.status()
    return {"jurisdiction": j.id, "applicable": ok is not False or own_path, "reason": reason,
            "document": {"title": j.document.title, "status": status["status"], "note": status[lang]},
            "requirements": requirements, "steps": steps}
