"""An article the question names by its number (钟楼细则第二十六条讲的是啥, "What does Article 21 of the Shenzhen measures
require the construction unit to do?"): the findings that cite it lead; where none does and the question asks what, the
article itself answers first, quoted, in place of the articles a search ranked for the question's other words. Where the
place's text has no such article, the answer says so (本细则共四十二条，没有第九十条) and, to a what-question, in place of
what a search found for it; where the rule that answers cites another article than the one named, the answer says which
(我记得钟楼第十四条说…: the rule is 第十五条's)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..i18n import t
from ..reader.articles import articles_named
from ..reader.question import Question
from .finding import Finding
from .model import Citation

_LONGEST = 240   # (a long article is told up to its first sentences, and quoted whole below in the article's view)


def _told(text: str) -> str:
    """The article's text as the answer says it: its lines run together, cut after a sentence near the longest."""
    flat = re.sub(r"\s*\n\s*", "", text)
    if len(flat) <= _LONGEST:
        return flat
    cut = max(flat.rfind(stop, 0, _LONGEST) for stop in "。；;：:")
    return flat[:cut + 1] + "……" if cut > 40 else flat[:_LONGEST] + "……"


def _lead(text: str) -> str:
    """The article's first sentence, verbatim (the quote a citation holds)."""
    first = re.split(r"(?<=[。；;：:])", text.strip(), maxsplit=1)[0]
    return first.strip()


def _numbered(kb, jid: str) -> list[str]:
    """The labels of a text's numbered articles (第一条 …), in its order."""
    return [label for label in kb.articles.get(jid, {}) if re.fullmatch(r"第[一二三四五六七八九十百零]+条", label)]


def _missing(kb, jid: str, labels: list[str], lang: str) -> str:
    """What the answer says of articles a text does not have: how far its numbering goes, or that it has none."""
    numbered = _numbered(kb, jid)
    article = t("ans.list_sep", lang).join(labels)
    if not numbered:
        return t("ans.article_unnumbered", lang, article=article)
    return t("ans.article_missing", lang, article=article, count=len(numbered), first=numbered[0], last=numbered[-1])


def _searched(f: Finding, lang: str) -> bool:
    """A finding found only by searching the question's words (no term of the vocabulary matched)."""
    return f.topic == "search" or t("ans.found_by_search", lang) in f.notes


def with_article_named(kb, findings: list[Finding], q: Question, jids: list[str]) -> list[Finding]:
    labels = articles_named(q.reading or q.text)
    if not labels:
        return findings
    out: list[Finding] = []
    places = list(dict.fromkeys([*jids, *(f.jurisdiction for f in findings)]))
    # (a question naming no place: an article only some texts have is theirs, and the others are not told they lack it)
    anywhere = any(kb.article(jid, label) is not None for jid in places for label in labels)
    for jid in places:
        own = [f for f in findings if f.jurisdiction == jid]
        arts = [a for label in labels if (a := kb.article(jid, label)) is not None]
        if not arts:
            if jid in q.jurisdictions or not anywhere:
                note = _missing(kb, jid, labels, q.lang)
                kept = [f for f in own if not _searched(f, q.lang)] if q.form == "info" else own
                if kept:
                    out.extend([replace(kept[0], notes=[note, *kept[0].notes]), *kept[1:]])
                else:
                    out.append(Finding(jid, "article", "not_specified", note, []))
            else:
                out.extend(own)
            continue
        named = {a.label for a in arts}
        citing = [f for f in own if named & {c.article for c in f.citations}]
        rest = [f for f in own if f not in citing]
        if citing or q.form != "info":
            if not citing and jid in q.jurisdictions:
                # 我记得钟楼第十四条说50万以上要监理: the rule that answers is another article's, and the answer says so
                ruled = next((f for f in rest if f.citations and not _searched(f, q.lang)), None)
                if ruled is not None:
                    note = t("ans.article_elsewhere", q.lang, article=t("ans.list_sep", q.lang).join(sorted(named)),
                             cited=t("ans.list_sep", q.lang).join(dict.fromkeys(c.article for c in ruled.citations)))
                    rest = [replace(f, notes=[note, *f.notes]) if f is ruled else f for f in rest]
            out.extend([*citing, *rest])
            continue
        # a what-question none of whose findings cites the article: the article leads, in place of the articles a search
        # ranked for the question's other words (what a rule of the topic says stays: the article named may be the wrong one,
        # "wendeng art.18 - our budget is going from 80w to 120w, what do we have to do")
        told = [Finding(jid, "article", "info", t("ans.article_says", q.lang, article=a.label, text=_told(a.text)),
                        [Citation(jid, a.label, _lead(a.text))]) for a in arts]
        out.extend([*told, *(f for f in rest if f.topic != "search")])
    return out
