"""Questions that give a date and ask for the last day ("合同6月27日签的，质量监督登记最晚哪天"):
the events and dates the question states, and the due dates the deadline engine computes from them.

An event is recognised by its own name in ``events`` (合同签订, 试运行结束, 竣工决算审核结论出具 …):
the event whose name's characters (or English words) the clause holding the date shares most.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..facts.events import ALL_EVENTS

_ASKS_DAY = re.compile(r"最晚|最迟|截止|哪天|哪一天|几号|什么时候|何时|期限|by when|by what date|latest|deadline|due|last day|final day|no later than", re.I)
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_EN_DATE = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? (?P<mon>[A-Za-z]+),? (?P<y>\d{4})\b"
                      r"|\b(?P<mon2>[A-Za-z]+) (?P<d2>\d{1,2})(?:st|nd|rd|th)?,? (?P<y2>\d{4})\b")


def _english_dates(text: str) -> str:
    """20 March 2026 / March 20, 2026 -> 2026-03-20, so that one date reader serves both languages."""
    def sub(m: re.Match) -> str:
        mon = _MONTHS.get((m.group("mon") or m.group("mon2") or "").lower()) or _MONTHS.get(
            next((k for k in _MONTHS if k[:3] == (m.group("mon") or m.group("mon2") or "").lower()[:3]), ""))
        if not mon:
            return m.group(0)
        return f"{m.group('y') or m.group('y2')}-{mon:02d}-{int(m.group('d') or m.group('d2')):02d}"

    return _EN_DATE.sub(sub, text)
_DATE = re.compile(r"(?:(?P<y>\d{4})\s*[年./-]\s*)?(?P<m>\d{1,2})\s*[月./-]\s*(?P<d>\d{1,2})\s*[日号]?")
_CLAUSE = re.compile(r"[，,；;。？?！!]")
_WORD = re.compile(r"[a-z]{4,}")


def _dates(clause: str, year: int) -> list[date]:
    out = []
    for m in _DATE.finditer(clause):
        try:
            out.append(date(int(m.group("y") or year), int(m.group("m")), int(m.group("d"))))
        except ValueError:
            continue
    return out


def _event(clause: str) -> tuple[str | None, float]:
    low = clause.lower()
    chars = set(re.sub(r"\d|\s", "", clause))
    words = {w[:4] for w in _WORD.findall(low)}
    best, score = None, 0.0
    for key, (zh, en) in ALL_EVENTS.items():
        name = set(zh) - set("的在出")
        s_zh = len(name & chars) / len(name)
        en_words = {w[:4] for w in _WORD.findall(en.lower()) if w != "the"}
        s_en = len(en_words & words) / len(en_words) if en_words else 0
        s = max(s_zh, s_en)
        if s > score:
            best, score = key, s
    return best, score


def stated_events(text: str, today: date) -> dict[str, date]:
    """{event: date} for each clause that states a date and names an event."""
    text = _english_dates(unicodedata.normalize("NFKC", text))
    year = next((int(m.group("y")) for m in _DATE.finditer(text) if m.group("y")), today.year)
    found: dict[str, date] = {}
    for clause in _CLAUSE.split(text):
        days = _dates(clause, year)
        if not days:
            continue
        key, score = _event(clause)
        if key and score >= 0.6 and key not in found:
            found[key] = days[0]
    return found


def asks_for_day(text: str) -> bool:
    return bool(_ASKS_DAY.search(text)) and bool(_DATE.search(_english_dates(unicodedata.normalize("NFKC", text))))


def due_dates(jurisdiction: str, events: dict[str, date], articles: set[str]) -> list:
    """The deadlines these events start in this jurisdiction, those citing ``articles`` first."""
    from ..time.deadlines import DeadlineError, compute

    try:
        items = compute(jurisdiction, events)
    except (DeadlineError, ValueError):
        return []
    started = [d for d in items if d.trigger in events and d.kind == "due"]
    cited = [d for d in started if {c["article"] for c in d.citations} & articles]
    return cited or (started if len(started) <= 2 else [])
