"""A rule of one place stated or asked, and whether another place has one like it (龙岗项目竣工后要请第三方造价公司出结算
报告吗？钟楼有这要求没; 龙岗1200万的新动议项目得先开分管区领导专题会，云浮市直项目有没有类似要求). The words that tie the
question to the first place's rule (造价, 结算, 专题会) are what is asked of the other: a finding of the other place whose
sentences share none of them answers a different duty of the same subject (钟楼's audit, not a cost consultant's
settlement report), so that place's text is silent on the requirement asked, and said so."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.glossary import chinese_words
from ..reader.question import Question, find_jurisdictions
from ..texts.text import han_pairs
from .finding import Finding

# the other place asked whether it has the same (有没有类似要求, 有这要求没, 也要…吗, 同样情况呢)
_LIKE_ASKED = lazy_regex(r"类似|同样|一样|相同|这(?:个|种|样的?|条)?(?:要求|规定)|也(?:要|得|需要|有|是|必须)"
                         r"|\b(?:similar|equivalent|counterpart|comparable|the same|likewise|as well|too|also)\b", re.I)
_CLAUSE = lazy_regex(r"[，,。；;？?！!]|(?<=[a-z])\.\s")
# words of any question that tie it to no particular duty
_COMMON = frozenset({"项目", "建设", "单位", "区的", "我们", "要求", "规定", "需要", "是否", "是不", "不是", "应当", "进行", "相关",
                     "工作", "有没", "没有", "这个", "那边", "这边", "也要", "类似", "同样", "一样", "的项", "目的", "有这",
                     # (a threshold's words: the line is the other place's own)
                     "以上", "以下", "以内", "超过", "不满", "万元", "金额"})


def _words(text: str) -> set[str]:
    return han_pairs(text) - _COMMON


def _quotes(findings: list[Finding], jid: str) -> str:
    """What a place's findings that answer (yes, no, conditional, info) quote."""
    return "".join(c.quote for f in findings if f.jurisdiction == jid and f.verdict in ("yes", "no", "conditional", "info")
                   for c in f.citations)


@lru_cache(maxsize=2)
def _spread(kb) -> dict[str, int]:
    """How many articles, of every text, each two-character word is in."""
    counts: dict[str, int] = {}
    for articles in kb.articles.values():
        for a in articles.values():
            for w in _words(a.text):
                counts[w] = counts.get(w, 0) + 1
    return counts


def _rarest(kb, words: set[str]) -> set[str]:
    """The rare ones of ``words``: those in at most three times as many articles as the rarest of them."""
    spread = _spread(kb)
    least = min(spread.get(w, 0) for w in words)
    return {w for w in words if spread.get(w, 0) <= 3 * max(least, 1)}


def with_likeness(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """Of a question that asks whether a place has the rule another's findings quote (see the module's note): each
    place asked of whose yes and conditional findings quote none of the rare words tying the question to that rule, nor
    any word its own clause asks with, is silent on it (not_specified, said so before its first such finding; its other
    such findings left out)."""
    if len(q.jurisdictions) < 2 or not _LIKE_ASKED.search(text):
        return findings
    # (the place asked of is named in the clause that asks for the like: 钟楼有这要求没; not 钟楼和龙岗…，也要按这个办法走吗,
    # which asks one thing of both)
    clauses = [c for c in _CLAUSE.split(text) if _LIKE_ASKED.search(c)]
    others = {jid for c in clauses for jid in find_jurisdictions(c, kb.aliases)}
    own = _words("".join(clauses))   # (钟楼的软件项目是不是也必须找测评机构测一遍: what the clause names itself, 测评)
    if not others:
        return findings
    asked = _words(text + "，".join(chinese_words(text)))   # (an English question in the texts' words)
    # (a place whose rule says no, 云浮是不是也一样 of a time its text sets otherwise, answers "not the same" itself)
    decided = ("yes", "conditional")

    def tie(jid: str) -> set[str]:
        return asked & _words(_quotes(findings, jid))

    ties = {jid: tie(jid) for jid in dict.fromkeys(f.jurisdiction for f in findings)}
    stated = {jid for jid, words in ties.items() if len(words) >= 2 and jid not in others}
    if not stated:
        return findings
    # (the rare words that tie it, across every text: 造价 and 源代码, not 验收 or 报告, which any duty may share)
    rule_words = set().union(*(_rarest(kb, ties[jid]) for jid in stated))
    out = list(findings)
    for jid, words in ties.items():
        if jid not in others or jid in stated or words & rule_words or own & _words(_quotes(findings, jid)):
            continue
        at = next((i for i, f in enumerate(out) if f.jurisdiction == jid and f.verdict in decided), None)
        if at is None:
            continue
        silent = replace(out[at], verdict="not_specified", summary=t("ans.like_unnamed", q.lang) + out[at].summary)
        out = [silent if i == at else g for i, g in enumerate(out) if i == at or g.jurisdiction != jid or g.verdict not in decided]
    return out
