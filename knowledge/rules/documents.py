"""What a project hands in, asked as such ("评审要准备些什么材料", "开建前要给区大数据中心交什么材料", what
documents do we file): the sentence of the text that has a body hand in documents (提交建设方案和可行性报告)
or lists them (项目验收应包含采购文件、投标文件、…), best matching the question's own words, is quoted
first, whatever topic the question's words fell under."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from ..texts.search import tokenize
from .finding import Finding
from .model import Citation

_ASKS_DOCS = lazy_regex(r"(?<!依据的是)(?<!依据是)(?<!根据)(?<!出自)(什么|哪些|啥|哪几样|哪几份|哪几个)(样的)?(材料|资料|(?<!什么)文件|东西|文档|报告)|(准备|交|提交|报|带|上传|附)(些|点)?(什么|啥|哪些)"
                        r"|\b(what|which) (documents?|materials?|paperwork|papers|files|reports)\b", re.I)
# a sentence that has documents handed in (提交建设方案和可行性报告) or lists what a file holds (应包含…、…、…)
_HANDS_IN = lazy_regex(r"(提交|报送|提供|上传|附|报)[^。；;]{0,30}?(方案|报告|(?<![向给])报告|书(?!面)|材料|资料|文件|清单|申请函|(?<![代列发])表(?![示明彰扬决])|清单)")
_MEASURE = lazy_regex(r"(?<!哪)几个|多少|多久|多长|几天|how (many|long|soon)", re.I)
_LISTS = lazy_regex(r"(包含|包括|含|如下)[^。；;]*、[^。；;]*、")


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


# 只交个建设方案行不行, 用建设方案代替项目建议书: one document offered where the text has the project's tier hand in another
_ONLY_DOC = lazy_regex(r"(?:只|仅|就)(?:交|报|提交|填报|填|做|写|编|准备|出|上传)(?:了)?(?:个|一个|一份|一下)?(?P<doc>[^，,。？?；;不没]{2,12}?)(?=行|可以|够|就|不|没|[，,。？?]|吗|$)"
                       r"|(?:用|拿|以)(?P<doc2>[^，,。？?；;]{2,12}?)(?:来)?(?:代替|替代|顶替|取代|充当)"
                       r"|(?:交|报|提交|填报|写|编|出|上传)(?:个|一个|一份|一下)?(?P<doc4>[^，,。？?；;用拿以]{2,12}?)(?:来)?(?:代替|替代|顶替|取代|充当)"   # 交个建设方案顶替建议书
                       r"|\b(?:only|just) (?:submit|file|hand in|prepare|send)\w* (?:an? |the )?(?P<doc3>[\w -]{3,40}?)(?=[,.?]| instead| rather| and | is | for )"
                       # 填了申报表，附了一份项目建设方案，材料这样够了吗: what was handed in, asked whether it is enough
                       r"|(?:附|交|报|提交|填报|上传|准备|附上)了(?:个|一个|一份)?(?P<doc5>[^，,。？?；;不没]{2,16}?)[，,。]?[^，,。？?]{0,8}(?:够了吗|够不够|够吗|就够了吧|就行了吗|可以了吗|行了吗|齐了吗)"
                       # 申报的时候交个建设方案就够了吧: one document offered as enough
                       r"|(?:交|报|提交|填报|上传|准备)(?:个|一个|一份)(?P<doc6>[^，,。？?；;不没和跟与及、]{2,12}?)(?:就够|就行|就可以|就好|即可)"
                       # "just the 申报表 and a 建设方案 are enough", "only the plan is enough for declaration, right?"
                       r"|\b(?:just|only) (?:the |a |an |our )?(?P<doc7>[^,.?;]{2,60}?) (?:is|are|would be|will be) (?:enough|sufficient|fine)\b", re.I)


def with_document_only(kb, findings: list[Finding], text: str, q: Question) -> list[Finding]:
    """"钟楼30万的项目只交建设方案行不行": the document offered is the one the text asks of a tier the stated
    facts do not reach, and another document is asked of the project's own tier (30万元(含)以上填报项目建议书),
    so the offer is not enough; the rule of the project's tier is quoted and the jurisdiction's other findings go.
    Findings are unchanged when nothing is offered alone, or the facts do not settle the tiers."""
    from ..reader.topics import detect

    m = _ONLY_DOC.search(text) if q.form == "yesno" else None
    named = set(detect(m.group("doc") or m.group("doc2") or m.group("doc3") or m.group("doc4") or m.group("doc5")
                      or m.group("doc6") or m.group("doc7"), kb.topics)) if m else set()
    if not named:
        return findings
    out = list(findings)
    for jid in dict.fromkeys(f.jurisdiction for f in findings):
        j = kb.jurisdictions.get(jid)
        # the narrowest topic named (申报表和建设方案: the 建设方案's own rule, not every declaration document's)
        own = min(([r for r in j.rules_for(k) if r.group == "documents" and r.when] for k in named),
                  key=lambda rs: len(rs) or 99) if j else []
        if not own or any(r.applies(q.profile) is not False for r in own):
            continue
        fields = {t.field for r in own for t in r.when}
        instead = [r for r in j.rules if r.group == "documents" and r not in own and r.type == "obligation"
                   and {t.field for t in r.when} & fields and r.applies(q.profile) is True]
        if not instead:
            continue
        r = instead[0]
        mine = [f for f in out if f.jurisdiction == jid]
        decided = Finding(jid, own[0].topics[0], "no", t("ans.other_tier_document", q.lang) + r.says[q.lang],
                          [*r.citations, *own[0].citations])
        at = out.index(mine[0])
        out = [f for f in out if f.jurisdiction != jid]
        out.insert(at, decided)
    return out
