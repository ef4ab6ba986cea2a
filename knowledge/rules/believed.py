"""What a question believes of the text, asked to have it confirmed (…吧, "…, right?"), against the text's own: a money
threshold or a share, a whole day, or a time limit the text does not set.

"钟楼是50万以上才要请监理吧" (第十五条: 30万元（含）以上): no, the text's threshold is another; "Yunfu: third-party testing is
only mandatory when the software cost reaches 1 million yuan, right?" (50万元以上（含）): no; "云浮是50万以上的项目就要请监理吧"
(100万元以上（含）): no, not every such project needs it; "龙岗500万以上的项目都要监理吧" where the text's threshold is lower:
yes. Said with 才/只有/"only" it is believed to be the threshold itself, the same figure or not; said without, it is
believed of every project at or above it, so it holds when the text's threshold is not above it. A day believed (钟楼细则是
2023年7月17日起施行的吧, 第四十二条: 2023年7月31日) is the text's day or not; a time believed for a step the text gives no
time (监理月报 "by the 5th of each month") is not set. A share believed allowed up to a figure ("an adjustment of up to
15% can go through without re-declaring, right?") is checked against the text's line, a cap or the share above which a
review is needed. (A believed time limit the text does set is period_limit's.)"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from ..i18n import day as day_words
from ..i18n import t
from ..lazy_regex import lazy_regex
from ..reader import numbers
from ..reader.amounts import find_amounts
from ..reader.beliefs import believed_clause
from ..reader.events import events_mentioned, events_named
from ..reader.form import EN_LEAVE, LEAVE_WORDS
from ..reader.period_said import EN_UNITS, UNITS
from ..reader.question import Question
from .finding import Finding
from .thresholds import MONEY, Threshold, shown
from .timing import _alone

# the figure said as where the duty begins: 50万以上, "5 million yuan or more", "reaches 1 million", 达到100万, 满50万
_REACHES = lazy_regex(r"(?:达到|达|满|超过|高于|reach(?:es|ing)?|hits?|exceeds?|is over|are over|above|over)"
                      r"(?:\s*(?:原)?(?:合同价|合同金额|合同额|总投资|预算|概算)(?:的)?|\s+(?:the\s+)?contract(?:\s+(?:price|value|amount))?(?:'s)?)?\s*$", re.I)
# believed to be the threshold itself: 才要, 只有…才, "only (mandatory) when", 门槛是
_ONLY = lazy_regex(r"才|只有|只要|门槛|起步|\bonly\b|\bthreshold\b|\bcut-?off\b|\bstarts? at\b|\bkicks? in\b", re.I)


# the project's own figure against the threshold, not a threshold believed: "since it's not above 1 million", 不算50万以上吧,
# 没超过一百万, 刚好30万整
_OWN_FIGURE = lazy_regex(r"\bnot\b|n't\b|(?<!是)不(?!是)|没|未|已|\balready\b|exactly|正好|刚好|整好|恰好"   # (not 是不是, which asks)
                         # ("our project is a bit over 900k yuan": the project's own figure, said of it)
                         r"|\b(?:is|are|was|were)\s+(?:a\s+bit\s+|slightly\s+|just\s+|a\s+little\s+)?(?:over|above|more than|under|below|around|about)?\s*$"
                         r"|\b(?:totals?|totalling|totaling|comes? to|costs?)\s+(?:a\s+bit\s+|slightly\s+|just\s+)?(?:over|above|more than)?\s*$", re.I)


# a figure below which the duty is believed absent (只要累计变更没超过20%就不用报审核, "as long as it stays under 1 million we
# can skip it"): the threshold itself, believed
_AS_LONG_AS = lazy_regex(r"只要|as long as|so long as|provided (?:that )?")
_SHARE = lazy_regex(r"(\d+(?:\.\d+)?)\s*[%％]|百分之\s*([一二三四五六七八九十\d]+)")


@dataclass(frozen=True)
class _Believed:
    value: float
    only: bool   # believed to be the threshold itself, not a figure every project above it meets
    fields: tuple[str, ...]   # the profile fields a threshold of its kind is of
    cap: bool = False   # a share believed allowed up to it ("up to 15% can go through", 不超过15%就不用重新申报)


# a share believed allowed up to a figure: "an adjustment of up to 15% … can go through", 调整不超过15%就不用重新申报吧
_CAP = lazy_regex(r"(?:up to|no more than|not more than|not exceeding|within|(?:不超过|不高于)(?:[^，,。？?]{0,8}?(?:概算|总投资|合同价|合同金额|预算|投资)(?:的)?)?)\s*$")
_CAP_AFTER = lazy_regex(r"\s*(?:or less|or under)\b")
# what the cap is believed to allow, said right after it (就不用重新申报, "can go through"): a rule believed, not the
# project's own share (调整的资金占概算总投资不到10%，打算…)
_CAP_LEAVE = lazy_regex(r"就|即可|便可|\b(?:can|could|may|is allowed|are allowed|without|no need|doesn't need|does not need|needs? no)\b", re.I)


def _said(clause: str) -> _Believed | None:
    """The one threshold the clause believes: a money figure, or a share (of a change)."""
    condition = _AS_LONG_AS.search(clause)

    def believed_at(start: int) -> bool:
        before = clause[max(0, start - 16):start]
        if condition and condition.start() < start:
            return True   # (只要…没超过20%就不用: the figure the duty is believed to begin above)
        return not _OWN_FIGURE.search(before)

    said = [a.value for a in find_amounts(clause) if (a.bound in ("ge", "gt") or _REACHES.search(clause[max(0, a.start - 16):a.start]))
            and believed_at(a.start)]
    fields = MONEY
    if not said:
        said = [float(numbers.to_number(m.group(1) or m.group(2)) or 0) for m in _SHARE.finditer(clause)
                if (_REACHES.search(clause[max(0, m.start() - 16):m.start()]) or re.match(r"\s*(?:以上|及以上|or more)", clause[m.end():]))
                and believed_at(m.start())]
        fields = ("change_percent",)
        if not said:
            # (the words before the cap are the project's or the belief's: 调整金额在概算10%以内 is the project's own)
            capped = [float(numbers.to_number(m.group(1) or m.group(2)) or 0) for m in _SHARE.finditer(clause)
                      for cap in [_CAP.search(clause[max(0, m.start() - 16):m.start()])]
                      if (cap and believed_at(max(0, m.start() - 16) + cap.start())
                          or not cap and _CAP_AFTER.match(clause, m.end()) and believed_at(m.start()))
                      and _CAP_LEAVE.search(re.split(r"[，,。；;]", clause[m.end():])[0])]
            if len(set(capped)) == 1 and capped[0]:
                return _Believed(capped[0], True, fields, cap=True)
        if not (_ONLY.search(clause) or condition):
            return None   # (a share said of the project, 变更累计超过合同价10%了，几方确认就改了吧: no threshold believed)
    if len(set(said)) != 1 or not said[0]:
        return None
    return _Believed(said[0], bool(_ONLY.search(clause) or condition), fields)


def _thresholds(rules, fields=MONEY, directions=("min",)) -> list[Threshold]:
    return [test.threshold for r in rules for test in r.when
            if test.threshold is not None and test.field in fields and test.threshold.direction in directions and not test.negate]


def with_threshold_believed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first finding of each place whose duty a money threshold decides, said of the threshold the question believes
    (the place's other findings go: the threshold is what was asked); None when the question believes none. A duty the
    text lays on every project, believed to begin only at a figure (龙岗只有500万以上的项目才要监理吧), is believed wrongly."""
    clause = believed_clause(q.reading or text)
    said = _said(clause) if clause else None
    if said is None:
        return None
    out = findings
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        j = kb.jurisdictions.get(jid)
        for f in (f for f in findings if f.jurisdiction == jid and f.verdict in ("yes", "no", "conditional", "info")):
            arts = {c.article for c in f.citations}
            rules = [r for r in j.rules_for(f.topic) if arts & {c.article for c in r.citations}]
            # (a cap believed is the line either way: 不超过10% allowed, or 超过10% reviewed)
            limits = _thresholds(rules, said.fields, ("min", "max") if said.cap else ("min",))
            if limits:
                limit = min(limits, key=lambda th: abs(th.value - said.value))
                same = limit.value == said.value
                holds = same if said.only else limit.value <= said.value
                key = "ans.threshold_said_same" if same else "ans.threshold_said_other" if said.only or not holds else "ans.threshold_said_above"
                lead = t(key, q.lang, said=shown(limit.field, said.value, q.lang), limit=limit.describe(q.lang))
                # (the rule's own words, not the finding's note on "this project", when the figure the project was read with is
                # the one believed: it is no project's; a project's own figure said beside it, 四十来万, keeps its note)
                own = [getattr(q.profile, field, None) for field in said.fields] + [low for field in said.fields
                                                                                   for low, _ in [q.profile.ranges.get(field, (None, None))]]
                summary = next(r for r in rules for test in r.when if test.threshold is limit).says[q.lang] \
                    if said.value in own else f.summary
            elif said.only and f.verdict == "yes" and rules and all(not r.when and r.type == "obligation" for r in rules):
                holds, lead = False, t("ans.threshold_said_none", q.lang, said=shown(said.fields[0], said.value, q.lang))
                summary = f.summary
            else:
                continue
            out = _alone(out, f, replace(f, verdict="yes" if holds else "no", summary=lead + summary, believed=True))
            break
    return out if out is not findings else None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_DAY = lazy_regex(r"(?P<y>\d{4})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})"
                  rf"|(?P<m2>{'|'.join(_MONTHS)})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
                  rf"|(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m3>{'|'.join(_MONTHS)}),?\s+(?P<y3>\d{{4}})", re.I)


_MONTH_DAY = lazy_regex(r"(?<![\d年/.-])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")


def _valid_md(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _days(text: str) -> set[date]:
    """The whole days (year, month and day) a sentence names."""
    out = set()
    for m in _DAY.finditer(unicodedata.normalize("NFKC", text)):
        y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else \
            (m.group("y2"), m.group("m2"), m.group("d2")) if m.group("y2") else (m.group("y3"), m.group("m3"), m.group("d3"))
        month = int(mo) if mo.isdigit() else _MONTHS.index(mo.lower()) + 1
        try:
            out.add(date(int(y), month, int(d)))
        except ValueError:
            continue
    return out


# a day of entry into force a text leaves open: only its year (自2018年 月 日起施行, 自2020年X月X日起施行) or none (自印发之日起施行)
_OPEN_DAY = lazy_regex(r"自\s*(?P<y>\d{4})\s*年[\sXx×＿_]*月[\sXx×＿_]*日\s*起施行|自(?:印发|发布|公布|下发)之日起施行")


def _open_day(kb, jid: str, f: Finding, day: date, lang: str) -> Finding | None:
    """The finding said of a day believed where its cited article leaves the day open: no when the article's year is
    another (深圳 自2018年 月 日起施行, believed 2020年1月1日), else not set (not_specified: the year only, or 自印发之日起施行
    with no day of issue in the text); None when no cited article leaves a day of entry into force open."""
    m = next((m for c in f.citations for a in [kb.article(jid, c.article)] if a for m in [_OPEN_DAY.search(a.text)] if m), None)
    if m is None:
        return None
    if m.group("y") and int(m.group("y")) != day.year:
        lead = t("ans.day_believed_other_year", lang, said=day_words(day, lang), year=m.group("y"))
        return replace(f, verdict="no", summary=lead + f.summary, believed=True)
    lead = t("ans.day_believed_open", lang, said=day_words(day, lang))
    return replace(f, verdict="not_specified", summary=lead + f.summary, believed=True)


def with_date_believed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first finding of each place whose cited article names a whole day, said of the day the question believes
    (钟楼细则是2023年7月17日起施行的吧, "took effect on 31 July 2023, right?"), or leaves the day of entry into force open
    (深圳 自2018年 月 日起施行: another year is no, the same year not set); None when the question believes none."""
    clause = believed_clause(q.reading or text)
    said = _days(clause) if clause else set()
    # (钟楼细则是7月17日开始施行的吧: a month and day said without the year, of a day the texts name with one)
    month_day = _MONTH_DAY.search(unicodedata.normalize("NFKC", clause)) if clause and not said else None
    if month_day and re.search(r"施行|实施|生效|印发|发布|执行|effect|force", clause, re.I):
        said = {("md", int(month_day.group("m")), int(month_day.group("d")))}
    if len(said) != 1:
        return None
    day = next(iter(said))
    out = findings
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        for f in (f for f in findings if f.jurisdiction == jid and f.verdict in ("yes", "no", "info")):
            named = {d for c in f.citations for a in [kb.article(jid, c.article)] if a for d in _days(a.text)}
            if not named:
                said_day = day
                if isinstance(day, tuple):   # (深圳办法是1月1日起施行的吧 against 自2018年 月 日起施行: the year the text gives, the day it leaves open)
                    opened = next((m for c in f.citations for a in [kb.article(jid, c.article)] if a for m in [_OPEN_DAY.search(a.text)] if m), None)
                    year = int(opened.group("y")) if opened and opened.group("y") else 2000
                    said_day = date(year, day[1], day[2]) if opened and _valid_md(year, day[1], day[2]) else None
                if said_day is not None and (open_day := _open_day(kb, jid, f, said_day, q.lang)) is not None:
                    out = _alone(out, f, open_day)
                    break
                continue
            believed = day
            if isinstance(day, tuple):   # (the month and day said: in the year the text gives its day)
                same = [d for d in named if (d.month, d.day) == day[1:]]
                year = min(named).year
                believed = same[0] if same else date(year, day[1], day[2]) if _valid_md(year, day[1], day[2]) else None
                if believed is None:
                    break
            holds = believed in named
            lead = t("ans.day_believed_same" if holds else "ans.day_believed_other", q.lang,
                     said=day_words(believed, q.lang), text_day=("、" if q.lang == "zh" else ", ").join(day_words(d, q.lang) for d in sorted(named)))
            out = _alone(out, f, replace(f, verdict="yes" if holds else "no", summary=lead + f.summary, believed=True))
            break
    return out if out is not findings else None


# a length of time or a day of each month believed (valid for one year, 15天内, "by the 5th of each month", 每月5号前)
_EN_N = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a|an"
_TIME_SAID = lazy_regex(rf"(?:\d+|[一二两三四五六七八九十]+|半)\s*个?\s*(?:工作日|自然日|天|日(?![期子])|周|星期|个?月|年)(?:以内|之内|内)"
                        r"|有效期(?:是|为|只有)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*个?\s*(?:年|个?月|天)|每(?:个)?月\s*\d{1,2}\s*[日号]前"
                        # (试运行起码得跑三个月吧, 总得满三个月才能初验吧: a least length believed)
                        # (not 试运行满4个月了, the project's own)
                        r"|(?:(?<=得|要|需|须|应)(?:跑)?满|跑够|至少|起码|最少|不少于|不低于|不短于)(?:要|得|需要)?(?:跑|运行|试运行)?\s*(?:\d+|[一二两三四五六七八九十]+|半)\s*个?\s*(?:工作日|自然日|天|周|星期|月|年)(?!了)"
                        rf"|\bat least\s+(?:an?\s+)?(?:{_EN_N})[\s-]+(?:working[\s-]+|calendar[\s-]+)?(?:days?|weeks?|months?|years?)\b"
                        rf"|\b(?:within|valid for)\s+(?:{_EN_N})\s+(?:working\s+|calendar\s+|business\s+)?(?:days?|weeks?|months?|years?)\b"
                        r"|\bby the \d{1,2}(?:st|nd|rd|th)\s+of\s+(?:each|every|the)\s+month\b", re.I)
# a length the text gives (5个工作日, 6个月以内, 每季度首月5日前)
_TIME_GIVEN = lazy_regex(r"[\d０-９一二两三四五六七八九十]+\s*个?\s*(?:工作日|自然日|天|日|周|月|年)")


def _length(said: str) -> tuple | None:
    """(n, unit) of a length said (三十天之内: 30 days; within 5 working days; 有效期5年: 5 years), in the units the question
    reader gives a time limit (period_said) and the text's time limits are kept in, with years beside them."""
    said = said.replace("-", " ")   # ("a three-month trial run")
    if re.search(r"半\s*年|half a year", said, re.I):
        return (6, "months")   # (起码要跑半年)
    m = re.search(r"(\d+|[一二两三四五六七八九十]+|one|two|three|four|five|six|ten|fifteen|twenty|thirty)\s*(个?\s*"
                  r"(?:工作日|自然日|天|日|月|年)|working|business|calendar|days?|months?|years?)", unicodedata.normalize("NFKC", said), re.I)
    if not m:
        return None
    n, word = numbers.small_number(m.group(1)), re.sub(r"\s", "", m.group(2)).lower()
    unit = UNITS.get(word) or {"月": "months", "年": "years", "个年": "years"}.get(word) or EN_UNITS.get(word.rstrip("s")) \
        or ("years" if word.startswith("year") else None)
    return (int(n), unit) if n else None


# leave asked at the end (可以吧, 行吧, 没问题吧, "is that OK?")
_LEAVE_TAG = lazy_regex(r"(?:可以|行|没事|合规|符合[^，,。？?]{0,6})\s*(?:吗|吧|不|么|嘛)?\s*[？?。!！]*\s*$|(?:" + LEAVE_WORDS + r")\s*[？?。!！]*\s*$"
                        r"|\b(?:" + EN_LEAVE + r")\s*\?*\s*$", re.I)


def with_time_believed(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """The first finding of each place, when the question believes a length of time or a day of the month for a step
    (监理月报 "by the 5th of each month, right?"; 核准文件 "valid for one year, right?") that no time limit of the text
    gives: against the finding's articles' own length of that kind where they give one (有效期3年吧: 5年, no), else not set
    (not_specified), said so. None otherwise."""
    clause = believed_clause(q.reading or text)
    said = _TIME_SAID.search(clause) if clause else None
    if said is None:
        return None
    # (钟楼试运行结束后15天内要做完初验吧: a time counted from an event a time limit of the text is counted from is that
    # limit's business, however the findings came out)
    mentioned = set(events_mentioned(q.reading or text)) | {e for e, _, _ in events_named(q.reading or text)}
    out = findings
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        f = next((f for f in findings if f.jurisdiction == jid and f.verdict in ("yes", "info", "conditional")), None)
        if f is None:
            continue
        arts = {c.article for c in f.citations}
        rules = kb.deadline_rules(jid).rules
        timed = [r for r in rules if arts & {c["article"] for c in r.citations}]
        # (a least length believed, 试运行总得满三个月才能初验吧, is no time limit of another step: only the finding's own
        # articles' limits and lengths answer it)
        least = re.match(r"满|跑|至少|起码|最少|不少于|不低于|不短于|at least", said.group(0), re.I)   # (得满三个月: from 满)
        if least and _LEAVE_TAG.search(clause):
            return None   # (承建商承诺质保期至少两年，可以吧: a length proposed, leave asked for it, not a rule believed)
        if not least and (_length(said.group(0)) in {(getattr(r, "n", None), getattr(r, "unit", None)) for r in rules}
                          or any(set(getattr(r, "trigger", ()) or ()) & mentioned for r in rules)):
            continue   # (试运行完了，三十天之内要做初验对吧: the text's limit for another step the finding does not cite)
        texts = [a.text for label in arts for a in [kb.article(jid, label)] if a]
        if timed or not texts:
            continue
        given = {_length(m.group(0)) for x in texts for m in _TIME_GIVEN.finditer(x)} - {None}
        believed = _length(said.group(0))
        if given and not (believed and believed[1] and any(unit == believed[1] for _, unit in given)):
            continue   # (a time of another kind given: not the one believed, nor silence on it)
        if given:   # (有效期3年吧 where the text says 有效期5年: the text's own length, the same or not)
            holds = believed in given
            lead = t("ans.time_believed_same" if holds else "ans.time_believed_other", q.lang, said=said.group(0).strip())
            out = _alone(out, f, replace(f, verdict="yes" if holds else "no", summary=lead + f.summary, believed=True))
            continue
        lead = t("ans.time_unset", q.lang, said=said.group(0).strip())
        out = _alone(out, f, replace(f, verdict="not_specified", summary=lead + f.summary))
    return out if out is not findings else None
