"""Whether a time limit counts working days or calendar days, when the question asks it.

"钟楼初验那个30日，是工作日还是自然日", "are the 5 days working days or calendar days?": the text's own word decides. A
limit in 工作日 counts working days only (weekends and public holidays left out, a weekend made a working day by the
official schedule counted); one in 日 or 天 counts calendar days, and its last day, if a public holiday, moves to the day
after (民法典 第二百零三条) unless the rules file says the text keeps it."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding, dedupe
from .model import Citation

_ASKED = lazy_regex(r"工作日还是(?:自然日|日历日|天)|(?:自然日|日历日)还是工作日|(?:是|算|按)(?:不是|不算)?(?:工作日|自然日|日历日)(?:吗|么|嘛|还是|吧|\s*[？?])"
                    r"|(?:是否|是不是)(?:按|为|是)?(?:工作日|自然日|日历日)|(?:含|包括|包含|算)(?:不含|不包括|不算)?(?:周末|节假日|双休)"
                    r"|(?:周末|节假日|双休日?)(?:算不算|算吗|算不|也算|算)"
                    r"|\b(?:working|business) days? or calendar days?\b|\bcalendar days? or (?:working|business) days?\b"
                    r"|\bcalendar or (?:working|business)\b|\b(?:working|business) or calendar\b"
                    r"|\b(?:are|is) (?:those|these|that|it|they|the [\w\s]{1,30}?) (?:working|business|calendar) days?\b"
                    r"|\b(?:include|includes|including|count|counts|counting) (?:the )?weekends?\b|\bweekends? (?:count|included|counted)\b", re.I)
_WORKING = lazy_regex(r"工作日|\b(?:working|business) days?\b", re.I)
_CALENDAR = lazy_regex(r"自然日|日历日|\bcalendar days?\b", re.I)


def with_day_unit_asked(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """Each place's first finding whose article sets a time limit in days, led by what kind of days it counts (and, asked
    yes or no of one kind, whether it is that kind); None when the question asks no such thing or no cited article
    sets a limit in days."""
    m = _ASKED.search(text)
    if m is None:
        return None
    choice = bool(re.search(r"还是|\bor\b", m.group(0)))
    out, done = findings, set()
    for f in findings:
        if f.jurisdiction in done or f.verdict not in ("yes", "no", "info", "conditional", "not_specified"):
            continue
        arts = {c.article for c in f.citations}
        rule = next((r for r in kb.deadline_rules(f.jurisdiction).rules if getattr(r, "unit", None) in ("workdays", "days")
                     and arts & {c["article"] for c in r.citations}), None)
        if rule is None:
            continue
        working = rule.unit == "workdays"
        key = "ans.unit_workdays" if working else "ans.unit_calendar_moved" if rule.move else "ans.unit_calendar"
        lead = t(key, q.lang, n=rule.n)
        verdict = "info" if f.verdict == "not_specified" or choice else f.verdict   # (工作日还是自然日: which, not whether)
        if q.form == "yesno" and not choice:   # 30日是工作日吗: whether it is the kind named
            named_working = bool(_WORKING.search(m.group(0)))
            if named_working or _CALENDAR.search(m.group(0)):
                verdict = "yes" if named_working == working else "no"
            elif re.search(r"周末|节假日|双休|weekend", m.group(0), re.I):   # 周末算不算: counted only in calendar days
                verdict = "no" if working else "yes"
        cited = [Citation(f.citations[0].doc if f.citations else f.jurisdiction, c["article"], c["quote"]) for c in rule.citations]
        out = [replace(g, verdict=verdict, summary=lead + g.summary, citations=dedupe([*cited, *g.citations]), believed=verdict in ("yes", "no"))
               if g is f else g
               for g in out]
        done.add(f.jurisdiction)
    return out if done else None
