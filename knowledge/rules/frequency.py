"""A recurring report proposed less often (or as often) as the text sets it."""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.frequency import DAYS, claimed_period, current_period, proposed_period, set_period
from ..reader.question import Question
from ..texts.text import pairs
from .finding import Finding, quoted_sentences
from .formality import silent_where_unnamed
from .model import Citation

# (a name holds no 的: 深圳的检测报告 names 检测报告, not 圳的检测报告)
_REPORT = lazy_regex(r"(?:(?!的)[\u4e00-\u9fff]){2,4}?(?:报告|总结|报表|资料|文档)")


def _names(report: str, sentence: str) -> bool:
    """Does the sentence name the report (监理报告 in 监理月报: its head and a report word)?"""
    return report in sentence or report.endswith("报告") and bool(re.search(re.escape(report[:-2]) + r"[月季年]?报", sentence))


_PERIOD_WORDS = lazy_regex(r"月报|季报|年报|每个?季度|季度|每月|按月|每个月|每季|每年|一年|半年")   # (每季度 whole, no 度 left over)
_GENERIC = {"项目", "报告", "一个", "一次", "改成", "单位", "建设", "可以", "行吧", "就行"}
_EN_GENERIC = {"once", "quarter", "month", "year", "instead", "report", "reports", "project", "send", "with"}


_ASKED_PERIOD = lazy_regex(r"(?:每个?|按)(月|季度|季|年|周)")
_ZH_PERIODS = {"月": "month", "季度": "quarter", "季": "quarter", "年": "year", "周": "week"}


def with_frequency_change(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """"监理月报改成一个季度出一次行吧", "send the quarterly reports once a year": a report made less
    often than the text sets is not allowed, and the sentence that sets it is quoted (as often or more
    often decides nothing). The jurisdiction's other findings go (how often was asked). None when no period is
    proposed or no cited sentence sets one."""
    claimed = claimed_period(text)   # (是按季度报的吧: a period believed, checked either way)
    proposed = proposed_period(text) or claimed
    if proposed is None:
        return None
    # 领导说每季度报一次就行 是不是其实得每个月报: the period the last clause itself asks of, over the one someone said
    last = re.split(r"[，,。；;？?!！\s]+", text.strip(" ？?。"))[-1]
    asked = _ASKED_PERIOD.search(last) if re.search(r"是不是|是否|难道", last) else None
    proposed = _ZH_PERIODS[asked.group(1)] if asked else proposed
    # the report the question names (监理报告, quarterly quality reports): of the sentences that set a period,
    # those sharing most of the question's words
    # (not the periods themselves: 月报改成每季度 names both, which says nothing of which report)
    asked = {p for p in pairs(_PERIOD_WORDS.sub(" ", text)) if not p.isascii()} - _GENERIC
    english = set(re.findall(r"[a-z]{4,}", text.lower())) - _EN_GENERIC
    sets = {id(f): next((c for c in f.citations if set_period(c.quote)), None) for f in findings}

    def shared(f: Finding) -> int:   # (English: the words of the finding's topic, as its terms give them)
        c = sets[id(f)]
        topic = kb.topics.get(f.topic)
        named = " ".join([topic.label.get("en", ""), *topic.en_words]).lower() if topic else ""
        return sum(p in c.quote for p in asked) + sum(w[:5] in named for w in english)

    # a report the question names (监理总结, 统计报表) must be the one the sentence sets a period for
    named = [n for n in (re.sub(r"^[一二两三每个份次这那该本的出交报写做]+", "", m) for m in _REPORT.findall(_PERIOD_WORDS.sub(" ", text)))
             if len(n) >= 4]
    if named:
        # (in the whole sentence quoted: 形成项目绩效评价报告，在建设期内每年年底前…提交 names it before the part quoted)
        sets = {k: c if c and any(_names(n, quoted_sentences(kb, c)[0]) for n in named) else None for k, c in sets.items()}
    # the period the question says the report has now (嫌月报麻烦, instead of monthly) names which one it is
    now = current_period(text) if not claimed else None   # (a period believed is the one asked of, not the one it has)
    if now and any(c and set_period(c.quote) == now for c in sets.values()):
        sets = {k: c if c and set_period(c.quote) == now else None for k, c in sets.items()}
    # (of the findings that answer: a finding the text is silent on sets no report, however many words it shares)
    best = max((shared(f) for f in findings if sets[id(f)] and f.verdict in ("yes", "no", "info", "conditional")), default=0)
    out, decided = [], []
    for f in findings:
        cite = sets[id(f)]
        if cite is not None and shared(f) < best:
            cite = None   # another report than the one asked
        period = set_period(cite.quote) if cite is not None else None
        if claimed and period is not None and f.verdict in ("yes", "no", "info", "conditional"):
            # (a period believed: the text's is yes, any other no)
            lead = t("ans.freq_claim_same" if claimed == period else "ans.freq_claim_other", q.lang, quote=cite.quote,
                     proposed=t(f"period.{claimed}", q.lang), period=t(f"period.{period}", q.lang))
            decided.append(replace(f, verdict="yes" if claimed == period else "no", summary=lead + f.summary,
                                   citations=[cite, *[c for c in f.citations if c is not cite]]))
            out.append(decided[-1])
            continue
        # as often or more often settles nothing else the question proposes (不走平台, 资金就不报了)
        if period is None or f.verdict not in ("yes", "no", "info", "conditional") or DAYS[proposed] <= DAYS[period]:
            out.append(f)
            continue
        lead = t("ans.freq_once" if proposed == "once" else "ans.freq_less", q.lang, quote=cite.quote,
                 proposed=t(f"period.{proposed}", q.lang), period=t(f"period.{period}", q.lang))
        decided.append(replace(f, verdict="no", summary=lead + f.summary,
                               citations=[cite, *[c for c in f.citations if c is not cite]]))
        out.append(decided[-1])
    if not decided:
        return None
    # how often was asked: the jurisdiction's other findings would only stand beside it
    changed = {f.jurisdiction for f in decided}
    return [f for f in out if f.jurisdiction not in changed or any(f is d for d in decided)]


# a report asked of at a period (每个月出监理月报, "do I have to submit monthly reports"), and the words a text sets that
# period with (监理月报, 每季度首月5日前): by period, as a question says it and as a text does
# (not 下个月报, 下季报: a time to report, said with 报)
# (in traditional characters too: the period is looked for in what the asker typed, not in a reading that mends a slip
# into one, 立既报 read as 立季报)
_PERIOD_ASKED = {"month": lazy_regex(r"每[个個]?月|按月|逐月|(?<![下上这這本个個])月[报報]|\bmonthly\b|\b(?:every|each|per) month\b", re.I),
                 "quarter": lazy_regex(r"每[个個]?季度?|按季度?|(?<![下上这這本个個])季[报報]|\bquarterly\b|\b(?:every|each|per) quarter\b", re.I)}
_PERIOD_SET = {"month": lazy_regex(r"月报|每个?月|按月|逐月"), "quarter": lazy_regex(r"季报|每个?季度|按季度?|季度首月")}
_FILED = lazy_regex(r"报送|上报|提交|报告|报")
_A_REPORT = lazy_regex(r"报告|月报|周报|季报|报表|总结|报送|提交|上报|\breports?\b|\bsubmit\w*\b|\bfil(?:e|ing)\b", re.I)


def with_period_unset(kb, findings: list[Finding], text: str, q: Question) -> list[Finding] | None:
    """A yes/no question whether a report is due at a period (办法里有没有要求我们每个月出监理月报, "do I have to submit
    monthly reports?") where a place's text sets nothing at that period at all (龙岗 names no 月报 and no 每月): its first
    finding is silent on it, said so; a text that sets one (深圳 监理月报) is left to its findings. None when no report
    is asked at a period, or every place sets one."""
    if q.form != "yesno" or not _A_REPORT.search(text):
        return None
    periods = [p for p, said in _PERIOD_ASKED.items() if said.search(text) and said.search(q.text)]
    if len(periods) != 1:
        return None
    period = periods[0]
    other = next(p for p in _PERIOD_SET if p != period)
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        # (龙岗项目要每季度报送进度吗: the text has the progress reported monthly, 按月…报送, and names no quarter: no, monthly)
        articles = kb.articles.get(jid, {}).values()
        if any(_PERIOD_SET[period].search(a.text) for a in articles):
            continue
        set_other = next(((a.label, s.strip().rstrip("。；;")) for a in articles for s in re.split(r"(?<=[。；;])", a.text)
                          if _PERIOD_SET[other].search(s) and _FILED.search(s)), None)
        at = next((i for i, f in enumerate(out) if f.jurisdiction == jid and f.verdict in ("yes", "no")), None)
        if set_other is None or at is None:
            continue
        label, sentence = set_other
        lead = t("ans.period_other", q.lang, period=t(f"period.{period}", q.lang), other=t(f"period.{other}", q.lang),
                 article=label, quote=sentence)
        # (under the topic of the finding that cites that sentence's article, if one does: the progress reports')
        topic = next((f.topic for f in findings if f.jurisdiction == jid and any(c.article == label for c in f.citations)), out[at].topic)
        other_finding = Finding(jid, topic, "no", lead, [Citation(jid, label, sentence)], believed=True)
        out = [other_finding if i == at else g for i, g in enumerate(out) if i == at or g.jurisdiction != jid or g.verdict not in ("yes", "no")]
    told = {f.jurisdiction for f in out if f.believed and f not in findings}
    return silent_where_unnamed(kb, out, _PERIOD_SET[period], t("ans.period_unset", q.lang, period=t(f"period.{period}", q.lang)),
                                skip=told) or (out if told else None)
