"""A party put in another's place, asked whether allowed ("验收组不请专家，改请第三方咨询评估机构，可以吗"):
where the cited sentence names the two as alternatives (有关专家或第三方咨询评估机构), the swap is allowed."""
from __future__ import annotations

from dataclasses import replace

from ..i18n import t
from ..reader.alternatives import either_named, only_put_named, swapped_parties
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
        named = next((c.quote for c in f.citations if only_put_named(c.quote, *pair)), None) \
            if either is None and f.verdict in ("no", "conditional") and q.lang == "zh" else None
        if either is not None:
            f = replace(f, verdict="yes", summary=t("ans.either_party", q.lang, quote=either) + f.summary, read=True)
        elif named is not None:   # 找第三方造价咨询公司出，不用承建单位出 against 聘请第三方造价咨询公司出具: the text's own party
            f = replace(f, verdict="yes", summary=t("ans.party_named", q.lang, quote=named) + f.summary, read=True)
        out.append(f)
    return out
