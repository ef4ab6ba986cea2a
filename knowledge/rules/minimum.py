"""A minimum the question says the text sets (钟楼区要求质保期不少于两年吗; "Is the Longgang warranty at least three
years?"), against the minimum the text sets for that measure, or its silence on one."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question, find_facts
from .finding import Finding
from .thresholds import shown

# the measures a text may set a minimum of, and the topics that speak of each
_MEASURES = {"warranty_years": ("warranty",), "trial_months": ("trial_run",)}
# a plan or an offer of the project's own (我们给两年, "the vendor offers at least 3 years"), not what the text sets (a party
# named is no offer: 承建方的质保期至少两年吧, "a minimum warranty the contractor has to give" ask what the text sets; nor is
# the Longgang text itself, "the Longgang draft says")
_OWN = lazy_regex(r"我们|咱们|我方|打算|准备|计划|合同里|合同上|约定|签|(?<!要)(?<!得)给|承诺"
                  r"|\b(?:we|our|us|offer\w*|plan\w*|propos\w*|sign\w*|draft(?!\s+(?:says|said|states|requires|measures|rules|regulations?|text)\b))\b", re.I)


def with_minimum_claimed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"要求质保期不少于两年吗": the text's own minimum of the measure answers, the same yes and another no; a text that
    sets none is silent on it (not a yes because it has a rule on the topic). None when the question says no minimum
    of a measure, or says it of its own plan."""
    facts = {f: v for f, (v, word) in find_facts(text).items() if word == "ge" and f in _MEASURES}
    if not facts or _OWN.search(text):
        return None
    out, decided = [], False
    for f in findings:
        field = next((k for k, topics in _MEASURES.items() if k in facts and f.topic in topics), None)
        if field is None or f.verdict not in ("yes", "no", "info", "conditional"):
            out.append(f)
            continue
        said = facts[field]
        sets = [test.threshold.value for r in kb.jurisdictions[f.jurisdiction].rules_for(f.topic) for test in r.requires
                if test.field == field and test.threshold is not None]
        if not sets:
            lead = t("ans.min_claim_unset", q.lang, said=shown(field, said, q.lang))
            out.append(replace(f, verdict="not_specified", summary=lead + f.summary))
        else:
            value = min(sets)
            key = "ans.min_claim_same" if value == said else "ans.min_claim_other"
            lead = t(key, q.lang, value=shown(field, value, q.lang), said=shown(field, said, q.lang))
            out.append(replace(f, verdict="yes" if value == said else "no", summary=lead + f.summary))
        decided = True
    return out if decided else None
