"""A formality asked of a document or a step (评审意见需要本人签名吗, 要盖章吗, "does the report have to be signed?") where a
place's text names no signature or seal at all: silent on it, said so, rather than the document's duty as if it were the
formality. A text that names one (深圳 第十九条 检查记录…签字) is left to its findings."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding

# the formality asked whether it is required (盖章确认吗; not proposed as enough: 领导签个字就行了吧)
ASKED = lazy_regex(r"(?:需要|要|得|必须|是否|要不要|需不需要|用不用)[^，,。？?]{0,12}?(?P<f>签名|签字|盖章|签章|署名|手签|签个?字)(?:确认|一下|才行|才可以)?(?:吗|么|嘛|不|没有?|\s*[？?])"
                    r"|(?P<en>\b(?:have|has|need|needs|must) to be (?:signed|stamped|sealed)\b|\brequires? (?:a |an )?(?:signature|stamp|seal)s?\b"
                    r"|\b(?:signature|stamp|seal)s? (?:required|needed)\b)", re.I)
_ENOUGH = lazy_regex(r"就行|就可以|就够|即可|\benough\b", re.I)
_SAID = lazy_regex(r"签名|签字|盖章|签章|署名")


def with_formality_unset(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first yes/no finding of each place whose text names no signature or seal, silent on the one asked; None when
    no formality is asked or every place's text names one."""
    if q.form != "yesno" or q.negated or _ENOUGH.search(text):
        return None
    if ASKED.search(text) is None:
        return None
    return silent_where_unnamed(kb, findings, _SAID, t("ans.formality_unset", q.lang))


def silent_where_unnamed(kb, findings: list[Finding], named: re.Pattern, lead: str, skip: frozenset | set = frozenset(),
                         among: tuple[str, ...] = ("yes", "no")) -> list[Finding] | None:
    """Of each place whose text nowhere matches ``named`` (but those in ``skip``), the first finding with a verdict in
    ``among`` (yes/no) said silent (not_specified, ``lead`` before its summary) and its others left out; None when every
    place's text names it."""
    out, changed = list(findings), False
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        if jid in skip or any(named.search(a.text) for a in kb.articles.get(jid, {}).values()):
            continue
        at = next((i for i, f in enumerate(out) if f.jurisdiction == jid and f.verdict in among), None)
        if at is None:
            continue
        silent = replace(out[at], verdict="not_specified", summary=lead + out[at].summary)
        out = [silent if i == at else g for i, g in enumerate(out) if i == at or g.jurisdiction != jid or g.verdict not in among]
        changed = True
    return out if changed else None
