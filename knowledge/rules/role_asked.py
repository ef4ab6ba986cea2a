"""A duty asked of the asker's own role (我是承建方，初验是我们来组织吗; "Vendor here. Are we the ones who must upload the
quarterly reports?"): where the sentence a finding quotes lays the duty on another body (项目建设单位应…自行组织项目初验)
and does not name the asker's role taking part in it, the answer for that role is no, said with whose duty it is."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.actors import ENDS, same_body
from ..reader.asker_role import asks_of_own_role
from ..reader.question import Question
from ..texts.text import pairs
from .finding import Finding

# the body a sentence has act: after its last 由, else the first that opens a clause with what it must do
# (one body, not two joined: 项目建设单位与承建单位签订合同后…将…报…备案 is the unit's)
_ONE_BODY = rf"(?:(?![与和及、])[\u4e00-\u9fff]){{1,18}}?{ENDS}"
_BY = lazy_regex(rf"由(?P<b>{_ONE_BODY})")
_SUBJECT = lazy_regex(rf"(?:^|[，,；;。：:])\s*(?:[（(][^）)]*[）)])?\s*(?:[^，,；;。]{{0,12}}?[后前时内][，,]?)?(?P<b>{_ONE_BODY})(?=应当|应|须|必须|负责|要|可|对|按照|按|将|在|与)")


def _sentence(kb, jid: str, article: str, quote: str) -> tuple[str, str]:
    """(the sentence holding ``quote`` up to the quote's end, the whole sentence); empty when it is not found."""
    a = kb.article(jid, article)
    at = a.text.find(quote) if a else -1
    if at < 0:
        return "", ""
    start = max(a.text.rfind(c, 0, at) for c in "。；;\n") + 1
    ends = [i for i in (a.text.find(c, at + len(quote)) for c in "。；;\n") if i >= 0]
    return a.text[start:at + len(quote)], a.text[start:min(ends, default=len(a.text))]


def _doer(upto: str) -> str | None:
    """The body a sentence (up to the quote's end) has do it, or None when it names none."""
    by = [*_BY.finditer(upto)]
    if by:
        return by[-1].group("b")
    m = _SUBJECT.search(upto)
    return m.group("b") if m else None


# the asker asking whether it takes part (参加, 参与, 一起确认, "do we join", "attend")
_JOINS = lazy_regex(r"参加|参与|出席|列席|一起|共同|到场|\b(?:join|attend|take part|participate|be (?:part|one) of|sit (?:in|on))\b", re.I)


# the asker asking whether it leads the step (是我们来组织吗, "something we have to organize?"): taking part is not leading
_LEADS = lazy_regex(r"组织|牵头|主持|负责|\b(?:organi[sz]e|lead|run|chair|host|be in charge)\w*\b", re.I)


def _takes_part(sentence: str, role: str) -> bool:
    """Does the sentence name the role among those who take part (会同…监理单位, 承建单位配合, 组织设计、监理、承建等单位共同确认)?"""
    short = role[:-2] if role.endswith("单位") else role
    if re.search(rf"(?:会同|组织|邀请|由)[^，,。；;]{{0,24}}{short}(?:单位)?[^，,。；;]{{0,16}}(?:等单位|共同|一起|参与|参加)", sentence):
        return True
    for m in re.finditer(re.escape(role), sentence):
        before = re.split(r"[，,；;。]", sentence[:m.start()])[-1]
        if re.search(r"会同|联合|协同|邀请|组织|配合|督促|要求|和|、|及", before) or re.match(r".{0,6}?(配合|参与|参加|共同|协助)", sentence[m.end():]):
            return True
    return False


def with_role_asked(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Each yes of a duty whose sentence lays it on another body than the asker's declared role, said as no for that
    role; the findings as they are when the question declares no role or asks nothing of the asker."""
    if q.form != "yesno" or q.negated:
        return findings
    role = asks_of_own_role(text)
    if role is None or _JOINS.search(text):
        return findings   # (我们要参加吗, "do we join the meeting": taking part, which the duty's doer does not settle)
    out = []
    for f in findings:
        if f.verdict != "yes" or f.topic == "actor":
            out.append(f)
            continue
        sentences = [(c, *_sentence(kb, f.jurisdiction, c.article, c.quote)) for c in f.citations]
        # (of a finding that bundles several articles, the sentence that holds most of the question's words says whose it
        # is: 第二十六条 for the initial acceptance asked, not 第二十七条's testing)
        asked = pairs(text)
        ranked = sorted(sentences, key=lambda x: -sum(p in x[2] for p in asked))
        cite, doer = next(((c, d) for c, upto, _ in ranked for d in [_doer(upto)] if d), (None, None))
        leads = bool(_LEADS.search(text))
        if doer is None or same_body(role, doer) or role in doer or not leads and any(_takes_part(whole, role) for *_, whole in sentences):
            out.append(f)
            continue
        lead = t("ans.role_other", q.lang, article=cite.article, quote=cite.quote, doer=doer, role=role)
        out.append(replace(f, verdict="no", summary=lead + f.summary, believed=True))
    return out
