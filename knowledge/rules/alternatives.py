"""A party put in another's place, asked whether allowed ("验收组不请专家，改请第三方咨询评估机构，可以吗"):
where the cited sentence names the two as alternatives (有关专家或第三方咨询评估机构), the swap is allowed."""
from __future__ import annotations

from dataclasses import replace

from ..i18n import t
from ..reader.alternatives import either_named, swapped_parties
from ..reader.glossary import chinese_words
from ..reader.question import Question
from .finding import Finding


def with_alternative(findings: list[Finding], text: str, q: Question) -> list[Finding]:
    if q.form != "yesno" or len(q.parts) > 1:
        return findings
    pair = swapped_parties(text, chinese_words if q.lang == "en" else None)
    if pair is None:
        return findings
    out = []
    for f in findings:
        either = next((w for c in f.citations for w in [either_named(c.quote, *pair)] if w), None) \
            if f.verdict in ("no", "conditional") else None
        if either is not None:
            f = replace(f, verdict="yes", summary=t("ans.either_party", q.lang, quote=either) + f.summary, read=True)
        out.append(f)
    return out
