"""What a project hands in, asked as such ("评审要准备些什么材料", "开建前要给区大数据中心交什么材料", what
documents do we file): the sentence of the text that has a body hand in documents (提交建设方案和可行性报告)
or lists them (项目验收应包含采购文件、投标文件、…), best matching the question's own words, is quoted
first, whatever topic the question's words fell under."""
from __future__ import annotations

import re

from ..i18n import t
from ..reader.question import Question
from ..texts.search import tokenize
from .finding import Finding
from .model import Citation

_ASKS_DOCS = re.compile(r"(?<!依据的是)(?<!依据是)(?<!根据)(?<!出自)(什么|哪些|啥|哪几样|哪几份|哪几个)(样的)?(材料|资料|(?<!什么)文件|东西|文档|报告)|(准备|交|提交|报|带|上传|附)(些|点)?(什么|啥|哪些)"
                        r"|\b(what|which) (documents?|materials?|paperwork|papers|files|reports)\b", re.I)
# a sentence that has documents handed in (提交建设方案和可行性报告) or lists what a file holds (应包含…、…、…)
_HANDS_IN = re.compile(r"(提交|报送|提供|上传|附|报)[^。；;]{0,30}?(方案|报告|(?<![向给])报告|书(?!面)|材料|资料|文件|清单|申请函|(?<![代列发])表(?![示明彰扬决])|清单)")
_MEASURE = re.compile(r"(?<!哪)几个|多少|多久|多长|几天|how (many|long|soon)", re.I)
_LISTS = re.compile(r"(包含|包括|含|如下)[^。；;]*、[^。；;]*、")


def documents_asked(text: str) -> bool:
    return bool(_ASKS_DOCS.search(text))


def with_documents(kb, findings: list[Finding], text: str, q: Question, jids: list[str], tokens: list[str]) -> list[Finding]:
    """The jurisdiction's sentence on the documents asked for, quoted first, when the findings quote none."""
    if q.form != "info" or not documents_asked(text) or _MEASURE.search(text):
        return findings   # (几个工作日内办什么: a time asked, which the documents do not answer)
    out = list(findings)
    for jid in jids:
        mine = [f for f in out if f.jurisdiction == jid]
        if any(f.verdict in ("not_applicable",) for f in mine):
            continue
        if any(_HANDS_IN.search(c.quote) or _LISTS.search(c.quote) for f in mine if f.topic != "search" for c in f.citations):
            continue   # the findings already quote what is handed in
        best = _best_sentence(kb, jid, tokens, {c.article for f in mine for c in f.citations})
        if best is None:
            continue
        label, sentence = best
        found = Finding(jid, "documents", "info", t("ans.documents", q.lang, article=label, quote=sentence),
                        [Citation(jid, label, sentence)])
        at = out.index(mine[0]) if mine else len(out)
        # a finding that only searched (no topic matched) gives way to it
        out = [f for f in out if not (f.jurisdiction == jid and f.topic == "search")]
        out.insert(min(at, len(out)), found)
    return out


def _best_sentence(kb, jid: str, tokens: list[str], cited: set[str]) -> tuple[str, str] | None:
    """(article, sentence) of the sentence handing in or listing documents that shares most of the
    question's telling words, among the articles the question ranks best and those already cited."""
    wanted = {w for w in tokens if kb.index.used(w)}
    articles = [h.article for h in kb.index.search(tokens, [jid], k=6)]
    articles += [a for label in cited for a in [kb.article(jid, label)] if a]
    scored = []
    for article in {(a.doc, a.label): a for a in articles}.values():
        for sentence in re.split(r"[。；;]", article.text):
            sentence = sentence.strip()
            if _LISTS.search(sentence) and len(sentence) <= 160:
                quote = sentence
            elif _HANDS_IN.search(sentence):   # the clause that hands them in, not the rest of the sentence
                quote = next((c.strip() for c in re.split(r"[，,]", sentence) if _HANDS_IN.search(c)), sentence[:160])
            else:
                continue
            if len(quote) < 8:
                continue
            score = sum(kb.index.weight(w) for w in set(tokenize(sentence)) & wanted)
            scored.append((score, article.label, quote))
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    return (scored[0][1], scored[0][2]) if scored[0][0] > 0 else None
