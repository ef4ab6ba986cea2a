"""Answers to the detail asked: the number a what-question asks for (or the text's silence on it),
the clause of an article that holds a detail, and a definition or list that settles whether one
thing is a kind of another."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.actors import (
    AGENT,
    BODY,
    CLASS_WORDS,
    PAYER,
    actor_of,
    carried_subject,
    claimed_actor,
    doer_asked,
    own_unit,
    same_body,
)
from ..reader.glossary import chinese_words
from ..reader.membership import (
    BODY_END,
    also_listed,
    asked_term,
    count_asked,
    count_unit,
    counted_list,
    defining_sentence,
    described_sentence,
    described_where_used,
    english_count_unit,
    english_listed,
    english_membership,
    items_asked,
    kind_denied,
    listed_items,
    listing_sentence,
    meaning_asked,
    meaning_sentence,
    membership,
    numbered_items,
    one_enough,
    one_listed,
    only_items,
    pieces,
    term_counted,
    unquoted,
    used_sentence,
)
from ..reader.proposals import asks_content
from ..reader.quantity import (
    VAGUE,
    asked,
    asks_if_set,
    bounded_only,
    count_suffices,
    english_case,
    english_subject,
    glossed_english,
    glossed_terms,
    length_suffices,
    measure,
)
from ..reader.question import Question
from ..reader.topics import detect, frames, lineage, title_spans
from ..reader.variants import GLOSS
from ..texts.search import best_passage, tokenize
from ..texts.text import pairs
from .finding import Finding, dedupe
from .model import Citation, Jurisdiction


def asked_quantities(kb, q: Question) -> list:
    """The lengths, counts, shares or sums a what-question asks for (place names left out)."""
    aliases = tuple(a for a in kb.aliases if not a.isascii())
    if q.form == "yesno":   # 验收组请了3个专家，够吗: whether a count suffices asks the count the text sets
        said = count_suffices(q.reading or q.text)
        if not said and (lasting := length_suffices(q.reading or q.text)):   # 试运行跑了两周，时间够不够; 质保一年够吗: the length the text sets
            return [a for a in _asked_without_places(_terms_in_chinese(kb, q, lasting), aliases) if a.kind == "duration"]
        if not said and asks_if_set(q.reading or q.text):   # 专家得几个人，办法有规定没: whether the text sets the number asked
            return list(_asked_without_places(q.reading or q.text, aliases))
        return [a for a in _asked_without_places(said, aliases) if a.kind == "count"] if said else []
    if q.form != "info":
        return []
    return list(_asked_without_places(_terms_in_english(kb, q, q.reading or q.text), aliases))


def _terms_in_chinese(kb, q: Question, text: str) -> str:
    """A Chinese question with an English term left in it (龙岗trial run能不能只跑两周) measured in Chinese, the term read as
    the topic it names (试运行), as the text writes it; unchanged where no English run names a topic."""
    if q.lang == "en" or text.isascii():
        return text

    def chinese(m: re.Match) -> str:
        keys = detect(m.group(0), kb.topics)
        term = next((w for w in getattr(kb.topics[keys[0]], "zh_terms", ()) if "+" not in w), None) if keys else None
        return term or m.group(0)
    return re.sub(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", chinese, text)


# a run of Chinese inside English that only says a sum or a day (a 80万 project, 11月20日): no term of what is measured
_NUMBER_RUN = lazy_regex(r"[零一二两三四五六七八九十百千万亿元年月日号个]+")
_BODY_RUN = lazy_regex(BODY)
_PLACE_RUN = lazy_regex(r"(?:省|市|区|县|镇|街道|社区|村)$")
_GLOSSED_AFTER = lazy_regex(r"\s*[(（]\s*[A-Za-z]")


def _english_name(topic) -> str:
    """A topic's plain English word as staff write it (its first English term: "security test"), else its label."""
    first = next(iter(topic.provenance.get("en", {})), None)
    return first.replace("+", " ") if first else topic.label.get("en", "")


def _terms_in_english(kb, q: Question, text: str) -> str:
    """An English question with a Chinese term left unglossed ("how long does the 系统试运行 have to last …") measured in
    English, the term read as the topic it names (the trial run), as a glossed term is; unchanged when a term names no
    topic or the question is not English."""
    if q.lang != "en" or glossed_english(text):
        return text
    runs = list(re.finditer(r"[\u4e00-\u9fff]+", text))
    if not runs or not re.sub(r"[\u4e00-\u9fff]+", "", text).isascii():
        return text
    out, at, named = [], 0, False
    for m in runs:
        run = m.group(0)
        if _NUMBER_RUN.fullmatch(run) or any(run in a or a in run for a in kb.aliases if not a.isascii()) \
                or _BODY_RUN.fullmatch(run) or _PLACE_RUN.search(run) or _GLOSSED_AFTER.match(text, m.end()) \
                or re.search(r"[A-Za-z]\s*[(（]\s*$", text[:m.start()]) and re.match(r"\s*[)）]", text[m.end():]):
            # (the place says where, a body who, a sum or a day nothing of what is measured; a term glossed in English
            # after it, 初步设计方案及概算 (preliminary design and budget estimate), or glossing the English before it,
            # "a supervision firm (监理)", is said in English already)
            english = " "
        else:
            keys = detect(run, kb.topics)
            if not keys:
                return text
            # (a class of project, 专业类, frames what is asked; it is not what is measured)
            english = " " if frames(keys[0], kb.topics) else f" {_english_name(kb.topics[keys[0]])} "
            named = named or english.strip() != ""
        out.append(text[at:m.start()] + english)
        at = m.end()
    # (only a term read as a topic makes the English the measure: a body or a place alone left out changes nothing)
    return re.sub(r"\s{2,}", " ", "".join(out) + text[at:]) if named else text


@lru_cache(maxsize=256)   # (asked again for each jurisdiction)
def _asked_without_places(text: str, aliases: tuple[str, ...]) -> tuple:
    for alias in sorted(aliases, key=len, reverse=True):   # 文登 says where, not what is measured
        text = text.replace(alias, " ")
    return tuple(asked(without_titles(text)))


def without_titles(text: str) -> str:
    """The text with the regulations' titles (…质量监督管理暂行办法) blanked: they say which text, not what in it."""
    for a, b in reversed(title_spans(text)):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_RANK = {"gives": 3, "elsewhere": 2, "silent": 1, "nothing": 0}


def measured(found: list[Finding], q: Question, wanted: list, kb=None, j: Jurisdiction | None = None) -> list[Finding]:
    """A what-question asking for a number: the findings whose text gives it; else, if one speaks
    of what was asked without a number, that part is ``not_specified`` (a number in a finding about
    something else does not answer it); else those with any number of the kind."""
    telling = [_telling(kb, a) for a in wanted] if kb is not None else wanted

    fine = bool(_FINE.search(q.reading or q.text)) and any(a.kind == "money" for a in telling)

    def how(f: Finding) -> str:
        found = _how(f)
        if fine and f.topic == "penalties" and found == "nothing":
            return "silent"   # (罚款多少 against 通报批评…处分: the penalties speak of what a fine would be, with no sum)
        if found != "gives" and q.form == "yesno" and j is not None:
            # 变更金额 办法里有规定比例吗: a rule of the topic the case left unused (累计变更超过合同价10%时…审核, its share
            # unsaid) still sets the number asked (it only ever gives: what the finding itself says decides silence)
            rules = j.rules_for(f.topic)
            extra = "。".join([*(r.says["zh"] for r in rules), *(c.quote for r in rules for c in r.citations)])
            if max((measure(a, extra) for a in telling), key=_RANK.__getitem__) == "gives":
                return "gives"
        return found

    def _how(f: Finding) -> str:
        said = _said(f)
        if kb is not None and j is not None and any(a.kind == "format" for a in telling):
            # a form named at the article's end (参照附件2完成编写), which a cited clause may leave out
            said += "。".join(["", *(a.text for c in f.citations for a in [kb.article(j.id, c.article)] if a)])
        # a duty on every project the text covers has the scope's threshold (监理 for all ≥50万):
        # the proviso that states it answers "above what amount"
        said += "。".join(["", *f.notes]) if any(a.kind == "threshold" for a in telling) else ""
        found = max((measure(a, said) for a in telling), key=_RANK.__getitem__)
        if found == "silent" and any(a.kind == "threshold" and a.unit.search(n) for a in telling for n in f.notes):
            return "gives"   # 项目实行监理制度 under a scope of 50万元以上: the scope's sum is the threshold
        if found == "elsewhere" and q.lang == "en" and kb is not None and q.topics[:1] == [f.topic] \
                and set(q.topics) <= set(lineage(f.topic, kb.topics)):
            # ("hand back leftover funds" against "any surplus is returned within 30 working days": the English words are
            # the asker's, not the summary's; the number of the one topic the question names, with only the broader ones
            # it belongs to, is the one asked)
            return "gives"
        return found

    # (whom the text covers measures nothing: its scope is no finding on a length or a count asked, where others speak)
    # (a sum is another matter: the scope is where a text's amount threshold lives)
    found_rated = [f for f in found if f.topic != "scope"] \
        if any(f.topic != "scope" and f.verdict in ("info", "yes", "no") for f in found) \
        and all(a.kind in ("duration", "count") for a in wanted) else found
    rated = [(f, how(f)) for f in found_rated if f.verdict in ("info", "yes")]
    if q.form == "yesno":   # 只派一个人去行吗: the count a rule sets decides (``_at_least``); only where none sets one is it silent
        rated = [(f, how(f)) for f in found_rated if f.verdict in ("info", "yes", "no")]
        # (a finding that does not speak of what is measured at all, the text's scope beside a warranty, does not count)
        if not rated or any(h not in ("silent", "nothing") for _, h in rated) or all(h == "nothing" for _, h in rated):
            return found
        rated = [(f, h) for f, h in rated if h == "silent"]
    if not rated:
        return found
    for wanted_kind in ("gives", "silent", "elsewhere"):
        chosen = [f for f, h in rated if h == wanted_kind]
        if chosen and wanted_kind != "silent":
            return chosen
        if chosen and any(a.most or a.latest for a in telling):
            # 最多几个人 against 2名以上: the finding that bounds it from below speaks of the very number
            bounded = [f for f in chosen if any(bounded_only(a, _said(f)) for a in telling)]
            chosen = bounded or chosen
        if chosen:   # of the findings that speak of it, the one whose text holds most of the question's words
            # (not one named only by the text's own title: 质量监督 in a Shenzhen question about 现场检查)
            asked = pairs(without_titles(q.reading or q.text))   # the title's words say which text, not what in it
            # (English: the words of the case the question is asked of that the finding says, "if the project fails
            # completion acceptance, how long is the rectification period" for the failed acceptance's rectification, not
            # the general duty to fix what oversight finds)
            stems = {w.lower()[:5] for w in re.findall(r"[A-Za-z]{5,}", english_case(q.reading or q.text))} if q.lang == "en" else set()
            # (the topics the Chinese terms glossed in an English question are read as: 等保 the assessment, 保修期 the warranty)
            glossed = set(detect(" ".join(glossed_terms(q.text)), kb.topics)) if kb is not None and q.lang == "en" and glossed_english(q.text) else set()
            best = max(chosen, key=lambda f: (fine and f.topic == "penalties",   # (罚款多少: the fine is the penalties' number)
                                              kb is None or j is None or not named_by_title(kb, j, f.topic, q.reading or q.text),
                                              # ("What level of classified protection (等保) testing …": a Chinese term glossed
                                              # in English names the topic it was read as first, which leads; not a list naming it)
                                              f.topic in glossed,
                                              sum(p in "。".join(c.quote for c in f.citations) for p in asked),
                                              sum(w in _said(f).lower() for w in stems)))
            return [_silent_on(best, q, wanted, kb, j)]
    return [_silent_on(rated[0][0], q, wanted, kb, j)]


def named_by_title(kb, j: Jurisdiction, topic: str, text: str) -> bool:
    """Is the topic named in the question only by words of the text's own title (质量监督 in Shenzhen's 质量监督管理暂行办法)?"""
    said = [w for w in getattr(kb.topics.get(topic), "zh_terms", ()) if "+" not in w and w in text]
    return bool(said) and all(w in j.document.title for w in said)


def _said(f: Finding) -> str:
    return "。".join([f.summary, *(c.quote for c in f.citations)])


def _telling(kb, a):
    """What is measured, without the words every article uses (审核, 验收, 情况), which say little of
    which number answers it; kept whole when nothing else is left."""
    weak = {h for h in a.head if kb.index.used(h) and kb.index.weight(h) < 2.5} - a.near
    return replace(a, head=a.head - weak) if any(kb.index.used(h) for h in a.head - weak) else a


# a fine asked (罚款多少, "how much is the fine")
_FINE = lazy_regex(r"罚|\bfines?\b|\bfined\b", re.I)
_TIME_SET = lazy_regex(r"规定的?(时间|期限|时限)|限期|限时|\bwithin the (set|prescribed) time")


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[，,；;。]", text) if len(c.strip()) >= 4]


# the text itself as what is measured (办法的有效期, 细则自何日起施行), not a document it names (核准文件有效期)
_OF_THE_TEXT = lazy_regex(r"(办法|细则|规定|暂行办法)(本身)?(的)?(有效期|施行|生效|实施期限|期限)"
                          r"|(办法|细则|草案|本文件)[^，,。？?]{0,6}(有效期|施行|生效)")   # 这个修订草案哪天起施行


_PARTY_OF = lazy_regex(r"(?:对|给|要求)(承建方|承建单位|承建商|承接单位|供应商|中标单位|监理单位|监理方|建设单位)的?")


def _where_said(kb, j: Jurisdiction, f: Finding, q: Question, wanted: list) -> list[Citation]:
    """The clauses of the text that speak of what the question asks a number of (建设单位应在规定的
    时间内完成整改 for 整改期限几天): the silence is shown where it is, not across every article of
    the topic. A clause must hold most of the telling words of what is measured (整改, not 单位; 评审小组…
    意见, not 意见 alone); words of what is measured count double, the question's other words once, the rest of the clause's sentence half,
    and a clause that speaks of the measure without giving it (在规定的时间内) gains. A clause outside
    the finding's articles is taken only when it is clearly better than the best inside them."""
    if _OF_THE_TEXT.search(q.reading or q.text):
        return []   # 这个办法的有效期是几年: the text's own term, which the finding's rule (its last article) speaks of
    heads = {w for a in wanted for w in a.subject if kb.index.used(w) and kb.index.weight(w) >= 1.5}
    words = set(tokenize(without_places(without_titles(q.reading or q.text), kb)))
    terms, glossed = None, []
    if not heads and GLOSS.sub("", q.reading or q.text).isascii():   # English: what is measured, in this text's words
        # "the approval document (核准文件)": a Chinese name glossed in brackets, which is no word of the finding's own
        # topic (等保 for the classified-protection assessment, read as that topic already) nor of the title, is the
        # text's own word for the thing asked about
        own_terms = set(getattr(kb.topics.get(f.topic), "zh_terms", ()))
        glossed = [g for g in GLOSS.findall(q.reading or q.text) if len(g) >= 2 and g in kb.corpus
                   and not any(g in w or w in g for w in own_terms) and g not in j.document.title]
        terms = [*glossed, *_english_terms(kb, q)]
        heads = {w for term in terms for w in tokenize(term) if kb.index.used(w) and kb.index.weight(w) >= 1.5}
        words |= set(kb.query_tokens(q.reading or q.text, q.topics))
    runs = _own_runs(kb, j, without_places(q.reading or q.text, kb))
    # (对承建方的质保期有没有年限要求: whose warranty it is names no clause of it; 承建方 in a sentence on the bidders'
    # qualifications is no place the warranty is spoken of)
    # (not a party's own attribute: 对监理单位的资质等级 is the firm's qualification, spoken of where the firm is)
    parties = [m.group(1) for m in _PARTY_OF.finditer(q.reading or q.text)] if all(a.kind == "duration" for a in wanted) else []
    whose = {p for party in parties for p in pairs(party)}
    heads = heads - whose or heads
    runs = [r for r in runs if not any(r in party or party in r for party in parties)]
    if not heads:
        return []
    vague = [VAGUE[a.kind] for a in wanted if a.kind in VAGUE]
    # the finding's topic named by its own name in the question (验收前置审核): a clause naming it speaks of the thing
    asked_text = q.reading or q.text
    topic = kb.topics.get(f.topic)
    names = re.split(r"[/、与和及（）()]", topic.label.get("zh", "")) if topic else []
    named = [w for w in names if len(w) >= 3 and w in asked_text]
    scored = []
    full = sum(kb.index.weight(w) for w in heads)
    # the articles the question's words rank best, and the finding's own: not the whole text (nor its preface, 前言,
    # which only says how the text was passed)
    candidates = [h.article for h in kb.index.search(sorted(words | heads), [j.id], k=12)]
    candidates += [a for c in f.citations if c.doc == j.id for a in [kb.article(j.id, c.article)] if a]
    candidates = [a for a in candidates if a.label != "前言"]
    own = {c.article for c in f.citations}
    bounded = [a for a in wanted if a.most or a.latest]
    for article in {(a.doc, a.label): a for a in candidates}.values():
        for sentence in re.split(r"[。；;]", article.text):
            around = set(tokenize(sentence))
            # 最多几个人 against 应有2名以上人员参加: the sentence bounds what is asked from the other side
            other_side = any(bounded_only(a, sentence) for a in bounded)
            for clause in _clauses(sentence):
                toks = set(tokenize(clause))
                held = toks & heads
                if terms is not None and not any(term in clause for term in terms):
                    continue                 # English: a term of what is measured, whole
                ran = [r for r in runs if r in clause]
                if terms is None and sum(kb.index.weight(w) for w in held) < 0.5 * full \
                        and not any(term in clause for term in named) and not ran and not other_side:   # most of what is measured, not a word of it
                    continue
                score = (2 * sum(kb.index.weight(w) for w in held) + sum(kb.index.weight(w) for w in (toks & words) - held)
                         + 0.5 * sum(kb.index.weight(w) for w in (around - toks) & words)
                         + (max((kb.index.weight(w) for w in held), default=0) if any(v.search(clause) for v in vague) else 0)
                         # 在规定的时间内完成整改 names a time set, which 及时 (promptly) does not: among the
                         # finding's own articles, that is where the silence is
                         + (max((kb.index.weight(w) for w in held), default=0) if _TIME_SET.search(clause)
                            and article.label in own else 0)
                         + sum(kb.index.weight(w) for term in named if term in clause for w in set(tokenize(term)) if kb.index.used(w))
                         + sum(len(r) - 2 for r in ran)   # the question's own words as the text has them (下一年度)
                         + (full if other_side else 0))
                # a short sentence is quoted whole: its clauses say the thing and its measure together
                scored.append((score, article.label, sentence.strip() if len(sentence.strip()) <= 80 else clause))
    if not scored:
        return []
    scored.sort(key=lambda b: -b[0])
    cited = {c.article for c in f.citations}
    inside = [b for b in scored if b[1] in cited]
    top = scored[0]
    pool = scored if top[1] not in cited and (not inside or top[0] >= 1.2 * inside[0][0]) else inside
    said_glossed = [b for b in scored if any(g in b[2] for g in glossed)]
    if said_glossed:   # the glossed thing, where the text names it
        return [Citation(j.id, label, clause) for _, label, clause in said_glossed[:1]]
    if terms is not None and inside:
        # English terms are a topic's, not the question's words: of the finding's own articles, each
        # that speaks of what is measured, with its best clause
        best = {}
        for b in inside:
            best.setdefault(b[1], b)
        cites = [Citation(j.id, label, clause) for _, label, clause in list(best.values())[:3]]
        # "how many days to fix the problems found": the finding's own clause that speaks of the time without giving
        # it (建设单位应在规定的时间内完成整改) is where the silence is
        unset = [c for c in f.citations if vague and any(v.search(c.quote) for v in vague) and _TIME_SET.search(c.quote)]
        return dedupe([*unset[:1], *cites])[:3]
    top = pool[0]
    rival = next((b for b in pool[1:] if b[1] != top[1]), None)
    chosen = [top] if rival is None or top[0] >= 1.3 * rival[0] else [top, rival]
    return [Citation(j.id, label, clause) for _, label, clause in chosen]


def _own_runs(kb, j: Jurisdiction, text: str) -> list[str]:
    """The longest runs (three characters or more) of the question's Chinese that this text uses as
    they stand, in few of its articles (下一年度, 后评价; not 信息化, which is everywhere)."""
    articles = list(kb.articles.get(j.id, {}).values())
    for a, b in reversed(title_spans(text)):   # the regulation's own name says which text, not what in it
        text = text[:a] + " " + text[b:]
    title = j.document.title
    # the clauses that ask, not an event before them (论证版交上去后，…): 的 and the like part words
    clauses = [c for c in re.split(r"[，,；;。？?！!\s]", text) if not re.search(r"(后|以后|之后|时|的时候)$", c.strip())]
    found = set()
    for w in re.findall(r"[\u4e00-\u9fff]{3,}", re.sub(r"[的了吗呢吧啊和与及或是要在得能会]", " ", " ".join(clauses))):
        for i in range(len(w) - 2):
            for k in range(len(w), i + 2, -1):
                run = w[i:k]
                n = sum(run in a.text for a in articles)
                # (a body, 区大数据管理局, says who acts, not what is measured)
                if 0 < n <= max(2, len(articles) // 10) and run not in title and not re.search(r"局|部门|主管部|中心|机构|单位|政府|办公室|委员会", run):
                    found.add(run)
                    break
    return [r for r in found if not any(r != o and r in o for o in found)]


def _english_terms(kb, q: Question) -> list[str]:
    """An English question's subject in the texts' words: the Chinese terms, found in the texts, of
    the topics the subject names ("how long must the trial run last before final acceptance" ->
    试运行, not 终验, which is the event it ends at); terms of common words only (申请) are left out."""
    # (any text's words: a term this one lacks is in none of its clauses, so it changes nothing)
    subject = english_subject(q.reading or q.text)
    terms = [w for key in detect(subject, kb.topics) for w in kb.topics[key].zh_terms if len(w) >= 2 and w in kb.corpus]
    return [w for w in dict.fromkeys(terms) if sum(kb.index.weight(p) for p in tokenize(w) if kb.index.used(p)) >= 2.5]


def _silent_on(f: Finding, q: Question, wanted: list, kb=None, j: Jurisdiction | None = None) -> Finding:
    fine = f.topic == "penalties" and _FINE.search(q.reading or q.text)   # (罚款多少: the penalty articles are where it is silent)
    own = f.citations
    where = _where_said(kb, j, f, q, wanted) if kb is not None and j is not None and not fine else []
    if where:
        f = replace(f, citations=where)
    label = t(wanted[0].label, q.lang)
    arts = t("ans.list_sep", q.lang).join(dict.fromkeys(c.article for c in f.citations))
    said = _said(f)
    # 质保期最长几年 against 不低于2年, 最晚多久 against 3月后: the text bounds it only from below
    bounded = next((a for a in wanted if bounded_only(a, said)), None)
    # 签订正式采购合同要立即将合同文本报…备案: how long is asked, and the text says at once, which is its time
    # (not 备案后，大数据中心多少天内给反馈: the time of another's answer after the step, which the text does not give)
    at_once = next((c for c in [*f.citations, *own] if _AT_ONCE.search(c.quote)), None) \
        if wanted[0].label == "ans.qty.duration" and not _ANSWER_AFTER.search(q.reading or q.text) else None
    if at_once is not None:
        return replace(f, verdict="info", summary=t("ans.at_once_said", q.lang, article=at_once.article, quote=at_once.quote) + f.summary,
                       citations=dedupe([at_once, *f.citations]))
    key = "ans.unmeasured" if bounded is None else "ans.unmeasured_most" if bounded.most else "ans.unmeasured_latest"
    return replace(f, verdict="not_specified", summary=t(key, q.lang, arts=arts, label=label))


_AT_ONCE = lazy_regex(r"立即|立刻|马上|即时")
_ANSWER_AFTER = lazy_regex(r"(后|以后|之后)[^。？?]{0,20}(反馈|回复|答复|批复|审核|回应|出结果|给意见|通知)"
                           r"|\b(respond|response|reply|replies|feedback|get back|answer|review)\b", re.I)


def without_places(text: str, kb) -> str:
    """The question without its place names: 文登 says where, not what, and must not steer the search."""
    from ..texts.text import fold

    folded = fold(text)
    for alias in sorted(kb.aliases, key=len, reverse=True):
        folded = folded.replace(alias, " ")
    return folded


def _with_items(kb, j: Jurisdiction, found: list[Finding], q: Question, tokens: list[str]) -> list[Finding] | None:
    """"终验材料里数据共享方面要交什么表": the items of a list in the text that are about what the
    question names (数据共享清单、…、钟楼区政务信息化数据共享信息表), quoted first."""
    asked = items_asked(q.reading or q.text)
    if not asked:
        return None
    noun, about = asked
    for h in kb.index.search(tokens, [j.id], k=8):
        for sentence in re.split(r"[。；;]", h.article.text):
            quote = listed_items(sentence, noun, about)
            if quote:
                listed = Finding(j.id, "listed", "info", t("ans.listed_items", q.lang, article=h.label, quote=quote),
                                 [Citation(j.id, h.label, quote)])
                return standing_in(found, listed, ())
    return None


_ASKS_WHO = lazy_regex(r"谁|哪个(部门|单位|机构)|哪家|哪些(部门|单位)|什么(部门|单位|机构)|\bwho\b|which (department|body|unit|agency|office)", re.I)
_BY_WHOM = lazy_regex(r"\s*[，,]\s*((?:应|须|则|均)?由[^，,；;。]{2,40})")


def _with_by_whom(text: str, clause: str) -> str:
    """The clause with the one after it when that one says by whom (…的项目,由主管部门或牵头单位申报),
    verbatim from the text; else the clause."""
    at = text.find(clause)
    m = _BY_WHOM.match(text, at + len(clause)) if at >= 0 else None
    return text[at:m.end()] if m else clause


_NEXT_WORDS = lazy_regex(r"下一步|接下来|再往下|然后呢|接着呢|后续呢")


_COUNTED_WORD = lazy_regex(r"[一二两三四五六七八九十几每这那哪某][个项份条次种家位名件套]")


def with_detail(kb, j: Jurisdiction, found: list[Finding], q: Question, tokens: list[str]) -> list[Finding]:
    """A what-question about a detail of an article ("涉及保密的项目还要哪个部门参与"): when the
    article that best matches the question is one the answer cites, its sentence that best matches
    the question is quoted too, so the detail is there even where the rule's summary leaves it out."""
    if q.form != "info" or not found:
        return found
    # the question's own words, not the topic's (nor 下一步's, whose 一步 is no word of 进一步加强)
    tokens = tokenize(_NEXT_WORDS.sub(" ", without_places(q.reading or q.text, kb)))
    if q.lang == "en" and asks_content(q.text):
        # "what has to go into the task book": English words find no Chinese clause; the topic's
        # own words and the text's words for what a thing holds (包括, 内容) do
        tokens = [*tokens, *(w for key in q.topics for term in kb.topics[key].zh_terms for w in tokenize(term)), *tokenize("包括内容")]
    items = _with_items(kb, j, found, q, tokens)
    if items is not None:
        return items
    hits = kb.index.search(tokens, [j.id], k=2)
    if not hits:
        return found
    top = hits[0]
    f = next((f for f in found if f.verdict in ("info", "yes") and any(c.article == top.label for c in f.citations)), None)
    clear = len(hits) == 1 or top.score >= 1.5 * hits[1].score
    if not clear:
        # 竣工验收的结论有哪几种: a rare word of the question (结论) that no cited article has points
        # to the article that has it, among the best-ranked ones
        cited = " ".join(a.text for g in found for c in g.citations for a in [kb.article(c.doc, c.article)] if a)
        # (not a count with its measure word: 停用一个老系统 points to no article's 一个月内)
        fresh = {w for w in tokens if kb.index.used(w) and kb.index.weight(w) >= 2.5 and w not in cited and not _COUNTED_WORD.fullmatch(w)}
        gain = [(sum(kb.index.weight(w) for w in fresh if w in h.article.text), h) for h in kb.index.search(tokens, [j.id], k=5)]
        gain = [(g, h) for g, h in gain if g > 0]
        if gain:
            best = max(gain, key=lambda x: x[0])
            if sum(1 for g, _ in gain if g == best[0]) == 1:
                top, clear, f = best[1], True, None
    if f is None and clear:   # an article the question's words clearly point to, though no rule cited it
        f = next((f for f in found if f.verdict in ("info", "yes")), None)
    if f is None:
        return found
    wanted = set(tokens)
    clauses = [c.strip() for c in re.split(r"[，,；;。]", best_passage(top.article, tokens, limit=10_000)) if len(c.strip()) >= 6]
    if not clauses:
        return found
    toks = [set(tokenize(c)) & wanted for c in clauses]
    spread = {w: sum(w in t for t in toks) for w in wanted}   # a word every clause has tells them apart least
    scores = [sum(kb.index.weight(w) / spread[w] for w in t) for t in toks]
    if q.lang == "en" and asks_content(q.text):   # what a thing holds is said by the clause that lists it
        top_score = max(scores)
        scores = [top_score + sc if sc and re.match(r"(主要)?(包括|包含|内容(包括|为|有))", c) else sc
                  for sc, c in zip(scores, clauses, strict=True)]
    # the clause that holds the detail: the best one not quoted already, if it is nearly as good
    ranked = sorted(range(len(clauses)), key=lambda i: -scores[i])
    fresh = [i for i in ranked if scores[i] > 0 and not any(clauses[i] in c.quote for c in f.citations)]
    if not fresh or scores[fresh[0]] < 0.5 * scores[ranked[0]]:
        return found
    passages = [clauses[fresh[0]]]
    if _ASKS_WHO.search(q.reading or q.text):   # 多个单位共同建设使用的项目，由谁申报: the clause that says by whom follows
        passages[0] = _with_by_whom(top.article.text, passages[0])
    # a second clause, nearly as good, with a rare word of the question the first lacks (同步编制…目录)
    said = "".join([passages[0], *(c.quote for c in f.citations)])
    second = next((i for i in fresh[1:2] if scores[i] >= 0.5 * scores[fresh[0]]
                   and any(kb.index.weight(w) >= 3 and w not in said for w in toks[i])), None)
    if second is not None:
        passages.append(clauses[second])
    richer = replace(f, citations=dedupe([*(Citation(j.id, top.label, p) for p in passages), *f.citations]))
    return [richer if g is f else g for g in found]


@lru_cache(maxsize=8)
def bare_text(kb, jid: str) -> str:
    """A jurisdiction's whole text without quotation marks (“智慧文登”项目 as 智慧文登项目)."""
    return unquoted("".join(a.text for a in kb.index.articles if a.doc == jid))


_ALL_BUT_OUT = ("yes", "no", "conditional", "info", "not_specified")   # every verdict but not_applicable
_DEFINITION_WORD = lazy_regex(r"定义|界定|解释|\bdefin", re.I)
_DEFINED_ASKED = lazy_regex(r"有(?:没有)?(?:明确的?)?(?:定义|界定|解释)|定义(?:了)?(?:吗|没有|没)|(?:is|are) (?:it|they|that|this|the term) (?:\w+ )?defined|\bany definition\b", re.I)


def with_meaning(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """"第三方服务都包括哪些": where a text says what the term is or holds (…是指…, …包括…), that
    sentence answers, first for its jurisdiction, in place of findings that could not (silence)."""
    # (哪些算隐蔽工程: of the term itself; 啥样的算新动议项目？有定义吗: whether the text defines it, asked with it)
    counted = meaning_asked(text) if q.form == "info" or _DEFINED_ASKED.search(text) else None
    if counted and not any(counted in bare_text(kb, jid) for jid in jids):   # (钟楼区三重一大是什么意思: the place says
        counted = next((counted[len(a):] for a in sorted(kb.aliases, key=len, reverse=True)   # where; 智慧文登项目 is the term)
                        if counted.startswith(a) and len(counted) - len(a) >= 2), counted)
    term = counted or (asked_term(text) if q.form == "info" else None)
    if not term:
        return findings
    out = list(findings)
    for jid in jids:   # the articles the term's words rank best, not the whole text
        hits = [h.article for h in kb.index.search(tokenize(term), [jid], k=12)]
        if counted:   # (a term of the text's own is defined where it is defined, however its words rank)
            hits += [a for a in kb.index.articles if a.doc == jid and a not in hits]
        found = next(((a.label, s) for a in hits for s in [meaning_sentence(a.text, term)] if s), None)
        if found:
            article, quote = found
            meant = Finding(jid, "definition", "info", t("ans.means", q.lang, term=term, article=article, quote=quote),
                            [Citation(jid, article, quote)])
            out = standing_in(out, meant, ("not_specified",))
            continue
        # 什么算临时性新增项目: a term the text tells by what it says before it (…必须在当年实施的临时性新增项目)
        told = next(((a.label, d) for a in hits for d in [described_sentence(a.text, term)] if d), None) if counted else None
        if told:
            article, quote = told
            # (…有定义吗, 怎么界定: whether or how the text defines it, which it does not, however it describes it)
            asked_defined = bool(_DEFINITION_WORD.search(text))
            meant = Finding(jid, "definition", "not_specified" if asked_defined else "info",
                            t("ans.described", q.lang, term=term, article=article, quote=quote),
                            [Citation(jid, article, quote)])
            out = standing_in(out, meant, _ALL_BUT_OUT if q.form == "yesno" else ("not_specified",))
            continue
        # 啥样的项目算新动议项目: the text uses the term and nowhere says what it covers; silent, shown where it is used
        used = next(((a.label, s) for a in kb.index.articles if a.doc == jid for s in [used_sentence(a.text, term)] if s),
                    None) if counted else None
        if used:
            article, quote = used
            silent = Finding(jid, "definition", "not_specified",
                             t("ans.term_undefined", q.lang, term=term, article=article, quote=quote), [Citation(jid, article, quote)])
            out = standing_in(out, silent, _ALL_BUT_OUT if q.form == "yesno" else ("info", "not_specified"))
    return out


def with_term_undefined(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """"这算不算隐蔽工程", "does two months late count as 'serious delay'": whether a case counts as a term the text
    uses and nowhere says the reach of (no definition, nothing before it that tells which cases) is not settled by the
    text; silent, shown where the term is used, in place of what the rules of the topic would say of a case that counts.
    A term the text defines (with_definition), a figure (99万 against 100万以上), a body and a case that is itself a term
    of the text (终验 against 竣工验收: the text's own structure tells them apart) are left to the other readings."""
    asked = term_counted(text) if q.form == "yesno" else None
    if asked is None:
        return findings
    case, spellings = asked
    out = list(findings)
    for jid in jids:
        if any(f.jurisdiction == jid and f.topic in ("definition", "listed", "only_listed") for f in out):
            continue
        bare = bare_text(kb, jid)
        term = next((w for w in spellings if w in bare), None)
        if term is None or re.search(r"\d|[零一二两三四五六七八九十百千万亿]+(元|万|%)", term) or BODY_END.search(term) \
                or any(a in term for a in kb.aliases if not a.isascii()):
            continue
        if any(len(run) >= 4 and run in bare for run in re.findall(r"[\u4e00-\u9fff]{4,}", without_places(case, kb))):
            continue
        articles = [a for a in kb.index.articles if a.doc == jid]
        # (区政府资金投资: a term holding one the text defines, 区政府资金, is read through that one)
        parts = [term] + [w for n in range(3, len(term)) for w in (term[:n], term[-n:]) if w in bare]
        if any(described_where_used(a.text, w) for a in articles for w in parts):
            continue
        used = next(((a.label, s) for a in articles for s in [used_sentence(a.text, term)] if s), None)
        if used is None:
            continue
        article, quote = used
        if re.search(r"(包括|包含|是指)[^。；;]*" + re.escape(term), unquoted(quote)):
            continue   # (…检测报告（含信息安全测评报告）: an item of a list the text gives, not a term left open)
        silent = Finding(jid, "definition", "not_specified",
                         t("ans.term_undefined", q.lang, term=term, article=article, quote=quote), [Citation(jid, article, quote)])
        out = standing_in(out, silent, _ALL_BUT_OUT)
    return out


def with_definition(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """"单位自筹资金算不算区政府资金": a definition in the text (所称区政府资金包括…单位自筹…) settles
    it; it stands in for the findings that could not (conditional, a description, silence)."""
    if q.form != "yesno":
        return findings
    claimed = only_items(text)
    if claimed:
        return _with_listing(kb, findings, claimed, q, jids)
    if also := also_listed(text):
        return _with_one_more(kb, findings, also, q, jids)
    one = one_enough(text) if not q.negated else None
    if one:   # 验收是不是开个专家评审会就完事了: the text lists more than the one thing
        out = list(findings)
        for jid in jids:
            found = next(((a.label, s) for a in kb.index.articles if a.doc == jid for s in [one_listed(a.text, *one[:2])] if s), None)
            if found:
                article, quote = found
                out = standing_in(out, Finding(jid, "only_listed", "no", t("ans.one_not_enough", q.lang, article=article, quote=quote,
                                                                              item=one[2]), [Citation(jid, article, quote)]),
                                   ("yes", "no", "conditional", "info", "not_specified"))
        if out != findings:
            return out
    readings = [asked] if (asked := membership(text)) else \
        (english_listed(text) or [m for m in [english_membership(text)] if m]) if q.lang == "en" else []
    if not readings:
        return findings
    places = frozenset(p for alias in kb.aliases if not alias.isascii() for p in pieces(alias))
    out = list(findings)
    for jid in jids:
        found = next(((a.label, s, pair) for pair in readings for a in kb.index.articles if a.doc == jid
                      for s in [defining_sentence(a.text, *pair, ignore=places)] if s), None)
        if not found:
            continue
        article, quote, asked_pair = found
        listed = asked_pair[2]
        # 龙岗区单位自筹: the place says where, not what was asked about
        narrower = without_places(asked_pair[0], kb).strip() or asked_pair[0]
        # (验收材料里不提供监理报告，可以吗: what the list asks for, left out, is not allowed)
        # (政府债券的钱应该不算区政府资金吧: the belief that it is not, which the definition answers no)
        denied = listed and q.negated and q.form == "yesno" or not listed and kind_denied(text)
        defined = Finding(jid, "listed" if listed else "definition", "no" if denied else "yes",
                          t("ans.listed_in" if listed else "ans.defined_as", q.lang, article=article, quote=quote,
                            narrower=narrower), [Citation(jid, article, quote)])
        out = standing_in(out, defined, ("conditional", "info", "not_specified"))
    return out


# a step a sentence lets go ahead only once something is done (确认质量问题整改完成后，再组织项目竣工验收; 经…审核通过后，由
# 市直各单位自行组织验收)
DONE_THEN = lazy_regex(r"(完成|通过|同意|确认)[^，。；]{0,4}(后|以后)[，,]?(方可|再|才能|才可|由)")


def with_actor(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """"初验是不是得区大数据管理局来组织": the sentence of the text that says who does the step settles it,
    yes when it names the body the question claims, no when it names another (项目建设单位…自行组织项目初验).
    Of several such sentences, those with the question's words for which case is meant (专业类) count;
    when they name different bodies, nothing is settled."""
    claim = claimed_actor(q.reading or text) if q.form == "yesno" and not q.negated else None
    if claim is None:
        return findings
    out = list(findings)
    asked = claim
    for jid in jids:
        # (the final acceptance of a text that names no final one is its acceptance: 云浮's 验收)
        final = asked.step in ("终验", "竣工验收") and not any(asked.step in a.text for a in kb.index.articles if a.doc == jid)
        claim = replace(asked, step="验收") if final else asked
        found = []
        for a in kb.index.articles:
            if a.doc != jid:
                continue
            subject = None
            for sentence in re.split(r"(?<=[。；;])", a.text):
                subject = carried_subject(sentence, subject)
                said = actor_of(sentence, claim, subject)
                if said:
                    score = sum(w in sentence for w in claim.qualifiers)
                    if score and said[1] in sentence:   # the case the question names is quoted with who does it
                        said = (said[0], sentence[:sentence.index(said[1]) + len(said[1])].strip())
                    found.append((score, a.label, *said, sentence))
        if not found:
            continue
        # (a sentence that has the unit take the step only once something is done, whatever case it names)
        waits = any(DONE_THEN.search(f[4]) for f in found if same_body(claim.body, f[2]))
        best = max(f[0] for f in found)
        found = [f for f in found if f[0] == best]
        if len({f[2] for f in found}) > 1 and len({same_body(claim.body, f[2]) for f in found}) > 1:
            continue   # the text names different bodies for the cases the question leaves open
        _, article, actor, quote, _ = found[0]
        same = same_body(claim.body, actor)
        if same and own_unit(claim.body) and (not set(CLASS_WORDS).intersection(claim.qualifiers) or waits):
            continue   # 验收由我们单位自己组织就行吧: the unit's own step is answered with what it waits for (前置审核)
            #            (专业类…由市直各单位按政府采购有关规定开展采购, the class named and nothing waited for: it settles)
        settled = Finding(jid, "actor", "yes" if same else "no",
                          t("ans.actor_same" if same else "ans.actor_other", q.lang, article=article, quote=quote,
                            actor=actor, claimed=t("ans.actor_your_unit", q.lang) if own_unit(claim.body) else claim.body,
                            step=claim.step, verb=claim.verb),
                          dedupe([Citation(jid, f[1], f[3]) for f in found][:3]))   # each sentence that says so
        out = standing_in(out, settled, ("yes", "no", "conditional", "info", "not_specified"))
    return out


def standing_in(findings: list[Finding], settled: Finding, replaced: tuple[str, ...]) -> list[Finding]:
    """The findings with ``settled`` first for its jurisdiction, in place of that jurisdiction's
    findings with a verdict in ``replaced``."""
    mine = [f for f in findings if f.jurisdiction == settled.jurisdiction]
    at = findings.index(mine[0]) if mine else len(findings)   # the precise answer first
    out = [f for f in findings if not (f.jurisdiction == settled.jurisdiction and f.verdict in replaced)]
    out.insert(min(at, len(out)), settled)
    return out


def _with_listing(kb, findings: list[Finding], claimed: tuple[list[str], int | None], q: Question, jids: list[str]) -> list[Finding]:
    """"验收结论是不是只有合格和不合格两种": the sentence that lists the items settles it; yes when
    it names those and, where it counts them, no more."""
    items, count = claimed
    out = list(findings)
    for jid in jids:
        found = next(((a.label, hit) for a in kb.index.articles if a.doc == jid
                      for hit in [listing_sentence(a.text, items, count)] if hit), None)
        if not found:
            continue
        article, (quote, holds) = found
        listed = t("ans.list_sep", q.lang).join(items)
        settled = Finding(jid, "only_listed", "yes" if holds else "no",
                          t("ans.only_listed" if holds else "ans.not_only_listed", q.lang, article=article, quote=quote, items=listed),
                          [Citation(jid, article, quote)])
        out = standing_in(out, settled, ("yes", "no", "conditional", "info", "not_specified"))   # all but not_applicable
    return out


def _with_one_more(kb, findings: list[Finding], also: tuple[list[str], str], q: Question, jids: list[str]) -> list[Finding]:
    """"除了合格和不合格，应该还有个基本合格吧": the sentence that lists the items named settles whether the one more
    believed is among them."""
    items, extra = also
    out = list(findings)
    for jid in jids:
        found = next(((a.label, hit[0]) for a in kb.index.articles if a.doc == jid
                      for hit in [listing_sentence(a.text, items, None)] if hit), None)
        if not found:
            continue
        article, quote = found
        among = extra in quote
        settled = Finding(jid, "only_listed", "yes" if among else "no",
                          t("ans.in_list" if among else "ans.not_in_list", q.lang, article=article, quote=quote, item=extra),
                          [Citation(jid, article, quote)])
        out = standing_in(out, settled, ("yes", "no", "conditional", "info", "not_specified"))
    return out


# words of any question that say nothing of which list is meant
_PLAIN_PAIRS = {"项目", "需要", "要求", "可以", "应当", "一共", "总共", "包括", "哪些"}
_COUNTED_IN_TEXT = lazy_regex(r"[一二两三四五六七八九十\d]+\s*(章|类|项|种|个方面|个部分|大类|个统一)")


def _listed(q: Question, text: str, items: list[str]) -> str:
    """共列出4步：A、B… / 4 steps are listed: …, in the unit the question counts in (a classifier is Chinese)."""
    unit = count_unit(text) if q.lang == "zh" else english_count_unit(text)
    return t("ans.listed", q.lang, n=len(items), unit=unit, items="、".join(items))


_CHAPTER = lazy_regex(r"第[一二三四五六七八九十]+章\s*(?P<title>[\u4e00-\u9fff]{4,16})")
_OUTLINE_ITEM = lazy_regex(r"^\s*[\dlＬl１-９]+\s*[.．、]\s*(?P<item>[^。（(，,；;\n]{2,30})", re.M)


_PROCESS_LEAD = lazy_regex(r"^\s*(?P<lead>[\u4e00-\u9fff]{4,20}(流程|程序|步骤))[:：]\s*$")
_STEP_PARAGRAPH = lazy_regex(r"^\s*(?P<step>[\u4e00-\u9fff]{2,6})。")


_STEPS_ASKED = lazy_regex(r"(几|多少|哪些|哪几)\s*(个)?\s*(步|环节|阶段)|流程(是什么|是啥|怎么走|有哪些)|怎么走|"
                          r"\bhow many (steps|stages)\b|\bwhat (are the )?(steps|stages)\b", re.I)   # (专家论证环节…专家人数: no steps asked)


def _process_steps(kb, jid: str, text: str):
    """The steps of a process the text sets out as a lead (公共类服务项目立项流程：) followed by paragraphs each
    opened by the step's name (需求汇总。…), when the question names that lead: (article, lead, steps) or None."""
    arts = list(kb.articles.get(jid, {}).values())
    found = []
    for i, a in enumerate(arts):
        m = _PROCESS_LEAD.match(a.text)
        if not m:
            continue
        name = m.group("lead")[:-2]   # (without its 流程)
        shared = max((n for n in range(3, len(name) + 1) for k in range(len(name) - n + 1) if name[k:k + n] in text), default=0)
        steps = []
        for b in arts[i + 1:]:
            sm = _STEP_PARAGRAPH.match(b.text)
            if not sm:
                break
            steps.append(sm.group("step"))
        if shared and len(steps) >= 2:
            found.append((shared, a, m.group("lead"), steps))
    best = max(found, key=lambda x: x[0], default=None)   # the process the question names most closely
    return best[1:] if best and sum(x[0] == best[0] for x in found) == 1 else None


def with_chapter(kb, findings: list[Finding], q: Question) -> list[Finding]:
    """"建设方案提纲里项目组织管理那一章要写哪些内容", "项目设计方案那章写几部分": the numbered items of the chapter
    the question names by its title, in an outline the text gives (第五章  项目组织管理 / 1.项目组织机构 …), listed
    and counted."""
    text = q.reading or q.text
    if q.lang == "en":   # "chapter 4 (project design)": the chapter by its number, as the outline heads it
        import cn2an  # (imported here only: the English outline questions need it)

        text = re.sub(r"\bchapter\s+(\d{1,2})\b", lambda m: f"第{cn2an.an2cn(int(m.group(1)))}章", text, flags=re.I)   # (10 → 十)
    if q.form != "info" or not re.search(r"章|部分|内容|写|步|环节|流程|程序|\b(chapter|part|section|items?|steps?|stages?|flow|process)\b", text, re.I):
        return findings
    if _WHICH_CHAPTER.search(text):   # 绩效目标放在第几章写: the chapter of the outline whose item it is
        out, done = [], set()
        for f in findings:   # (the chapter answers the question: the jurisdiction's other findings go)
            if f.jurisdiction not in done:
                found = _chapter_of_item(kb, f, text, q)
                done |= {f.jurisdiction} if found is not f else set()
                out.append(found)
            elif f.verdict not in ("info", "not_specified"):
                out.append(f)
        return out
    out, done = [], set()
    for f in findings:
        process = _process_steps(kb, f.jurisdiction, text) if f.verdict in ("info", "not_specified") and \
            f.jurisdiction not in done and _STEPS_ASKED.search(text) else None
        if process:   # 公共类服务项目立项要走几步: the steps the process sets out, named and counted
            a, lead, steps = process
            listed = _listed(q, text, steps)
            f = replace(f, verdict="info", summary=listed + f.summary,
                        citations=dedupe([Citation(a.doc, a.label, lead), *f.citations]))
            done.add(f.jurisdiction)
        if f.jurisdiction not in done and f.verdict in ("info", "not_specified"):
            for a in kb.articles.get(f.jurisdiction, {}).values():
                heads = list(_CHAPTER.finditer(a.text))
                hit = next((h for h in heads if h.group("title") in text or h.group(0).split()[0] in text), None)
                if hit is None:
                    continue
                end = next((h.start() for h in heads if h.start() > hit.start()), len(a.text))
                items = [m.group("item").strip() for m in _OUTLINE_ITEM.finditer(a.text[hit.end():end])]
                if len(items) >= 2:
                    listed = _listed(q, text, items)
                    f = replace(f, verdict="info", summary=listed + f.summary,
                                citations=dedupe([Citation(a.doc, a.label, hit.group(0).strip()), *f.citations]))
                    done.add(f.jurisdiction)
                    break
        out.append(f)
    return out


_WHICH_CHAPTER = lazy_regex(r"第几章|哪一?章|哪个章节|\bwhich chapter\b", re.I)


def _chapter_of_item(kb, f: Finding, text: str, q: Question) -> Finding:
    """The chapter of an outline the text gives whose item (or title) the question names: 绩效目标 is in
    附件2's 第七章 项目绩效目标和风险分析. The finding unchanged when no outline has it."""
    if f.verdict not in ("info", "not_specified"):
        return f
    for a in kb.articles.get(f.jurisdiction, {}).values():
        heads = list(_CHAPTER.finditer(a.text))
        for i, hit in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(a.text)
            items = [hit.group("title"), *(m.group("item").strip() for m in _OUTLINE_ITEM.finditer(a.text[hit.end():end]))]
            named = max((it for it in items if len(it) >= 3 and it in text), key=len, default=None)
            if named:
                chapter = hit.group(0).split()[0] if " " in hit.group(0) else hit.group(0)[:hit.start("title") - hit.start()]
                lead = t("ans.in_chapter", q.lang, item=named, article=a.label, chapter=chapter.strip(), title=hit.group("title"))
                return replace(f, verdict="info", summary=lead + f.summary,
                               citations=dedupe([Citation(a.doc, a.label, hit.group(0).strip()), *f.citations]))
    return f


_EN_STRICT = {"step": "步骤", "stage": "阶段", "condition": "条件", "aspect": "方面", "chapter": "章"}


def with_list_count(kb, findings: list[Finding], q: Question) -> list[Finding]:
    """"评审小组由几个部门组成", "有几个统一", "验收要同时满足几个条件": the items of the list the finding's
    articles give, counted and named. A list is taken only on clear evidence that it is the one asked:
    its items all name what is counted (统一机构、统一规划), its own words introduce it as the thing asked
    (软件开发服务包括…, 评审小组由…), or, for a numbered list (（一）…（四）), its lead names the thing or
    what is counted (应同时满足以下条件). Steps, aspects and conditions are counted only from a list its
    words call so. Among the lists taken, the one holding most of the question's words wins; with none,
    nothing is counted (a wrong count is worse than none)."""
    text = q.reading or q.text
    if q.form != "info" or not count_asked(text):
        return findings
    m = re.search(r"几|多少|how many", text, re.I)
    if not m:
        return findings
    asked_pairs = (pairs(text[:m.start()]) | pairs(re.sub(r"^(几|多少)\s*个?", "", text[m.start():m.start() + 6]))) - _PLAIN_PAIRS
    named = re.match(r"(?:几|多少)\s*(?:个|种|类|项|大类|大项|大块|块|部分)?\s*(?!大类|大项|大块)([\u4e00-\u9fff]{2})", text[m.start():])
    named = None if named and re.match(r"(?:几|多少)\s*个?\s*[“\"‘'「]", text[m.start():]) else named
    # 几种可以申请调整的情形: the noun the phrase ends in, after its 的 (not the modal that opens it)
    tail = re.match(r"(?:几|多少)\s*(?:个|种|类|项)?\s*[^，,。？?]{1,12}?的([\u4e00-\u9fff]{2})(?=\s*[？?，,。]|\s*$)", text[m.start():])
    named = tail if tail and (not named or re.fullmatch(r"可以|需要|能够|必须|应当|应该|要求", named.group(1))) else named
    quoted = re.search(r"[“\"‘'「]([\u4e00-\u9fff]{2,4})[”\"’'」]", text)   # 讲的“统一”有几个, 几个“统一”: the word quoted is counted
    noun_word = named.group(1) if named else quoted.group(1) if quoted else None
    strict = next((w for w in ("步骤", "步", "环节", "阶段", "条件", "方面", "章", "节") if re.match(rf"(?:几|多少)\s*个?\s*{w}", text[m.start():])), None)
    if q.lang == "en":   # "how many kinds of services": the regulations' word for the noun counted; steps count as 步
        en = re.match(r"how many\s+(?:(?:kinds|types|categories|sorts|classes)\s+of\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", text[m.start():], re.I)
        noun_word = next(iter(chinese_words(en.group(1))), None) if en else None
        strict = next((zh for word, zh in _EN_STRICT.items() if en and en.group(1).lower().startswith(word)), None)
    strict = {"步": "步|流程|程序", "步骤": "步|流程|程序", "方面": "方面|内容"}.get(strict, strict)   # (主要内容有几个方面: a list of contents)
    prefix = re.sub(r"^[\u4e00-\u9fff]{1,3}?(市|区|县)?(这个|这边|的)?", "", text[:m.start()])
    runs = {prefix[i:i + n] for n in range(4, 9) for i in range(len(prefix) - n + 1)}
    if q.lang == "en":   # "how many types of software development services": the texts' words for it, run together (软件开发服务)
        phrase = re.match(r"how many\s+(?:(?:kinds|types|categories|sorts|classes)\s+of\s+)?((?:(?!does\b|do\b|are\b|is\b|must\b|can\b|should\b)[a-z][\w-]*\s*){1,3})",
                          text[m.start():], re.I)
        words = [chinese_words(w) for w in phrase.group(1).split()] if phrase else []
        compound = "".join(w[0] for w in words if w)
        runs = {compound} if len(compound) >= 4 and all(words) else set()
    introduced = re.compile("(?:" + "|".join(re.escape(r) for r in sorted(runs, key=len, reverse=True)) + r")[（(]?(?:包括|分为|包含|由|是指|主要有|有)") if runs else None
    out, done = [], set()
    for f in findings:
        said = "。".join([f.summary, *(c.quote for c in f.citations)])
        best: tuple[int, list[str]] = (0, [])
        if f.verdict in ("info", "not_specified") and f.jurisdiction not in done and not _COUNTED_IN_TEXT.search(said):   # (分七章: counted already)
            articles = [a for c in f.citations for a in [kb.article(c.doc, c.article)] if a]
            lists = [(c.quote, counted_list(c.quote), False, None) for c in f.citations]
            lists += [(sentence, counted_list(sentence), False, a) for a in articles for sentence in re.split(r"[。；;]", a.text)]
            # (遵循“A、B”的原则，按照“统一C、统一D”的要求: each quoted list of a sentence, not only its first)
            lists += [(said, counted_list(said), False, a) for a in articles for said in re.findall(r"“([^“”]{4,80})”", a.text)]
            lists += [(a.text[:max(re.search(r"[（(]一[）)]|$", a.text).start(), 0)], numbered_items(a.text), True, None)
                      for a in articles]   # the lead before （一） or (一)
            source = None
            for words, items, numbered, held in lists:
                if strict and not re.search(strict, words):
                    continue   # 立项流程分几步: a list of steps or conditions is one its own words call so
                shared = bool(noun_word) and sum(noun_word in i for i in items) * 2 > len(items)
                opener = introduced.search(words) if introduced and not numbered else None
                if not items and not opener:
                    continue
                if opener:   # 公共类服务项目（包括A、B和C）的需求汇总、…: the list right after the words that open it
                    rest = re.sub(r"（(?![一二三四五六七八九十]+）)[^（）、]{0,30}）|\((?![一二三四五六七八九十]+\))[^()、]{0,30}\)", "", words[opener.end():])   # (an aside, not （一）)
                    items = numbered_items(rest) if re.match(r"\s*[:：]?\s*[（(]一[）)]", rest) \
                        else counted_list(re.split(r"[）)，,；;。]", rest)[0], least=2)   # (运维服务包括A、B: two, opened by its own words)
                    if not items:
                        continue
                opened = bool(opener)
                # a numbered list led by the thing asked, close before it (完成质量监督登记，提交：（一）…)
                led = numbered and (bool(strict) or any(len(r) >= 5 and r in words[-20:] for r in runs)   # (项目验收 alone is any list's)
                                    or bool(noun_word and (noun_word in words[-20:] or re.search(f"(下列|以下|如下){noun_word}", words))))
                if shared or opened or led:
                    score = sum(p in words for p in asked_pairs) + 3 * (shared + opened)
                    if score > best[0]:
                        best, source = (score, items), (held, words)
        if best[1] and source and source[0] is not None and not any(source[1].strip() in c.quote for c in f.citations):
            # (软件开发服务包括A、B、C: the sentence counted is quoted, not only the definitions cited)
            f = replace(f, citations=dedupe([Citation(source[0].doc, source[0].label, source[1].strip()), *f.citations]))
        if not best[1] and f.verdict in ("info", "not_specified") and f.jurisdiction not in done and noun_word \
                and not _COUNTED_IN_TEXT.search(said):
            # 服务项目一共分几类服务: a list elsewhere in the text, taken only when its own words open it as the thing
            # asked (or it counts the word quoted) and most of its items name what is counted
            cite = None
            for a in kb.articles.get(f.jurisdiction, {}).values():
                for sentence in re.split(r"[。；;]", a.text):
                    opener = introduced.search(sentence) if introduced else None
                    items = counted_list(re.split(r"[）)，,；;。]", sentence[opener.end():])[0], least=2) if opener \
                        else counted_list(sentence) if quoted else []
                    if len(items) >= 2 and sum(noun_word in i for i in items) * 2 > len(items):
                        score = sum(p in sentence for p in asked_pairs)
                        if score > best[0]:
                            best, cite = (score, items), Citation(a.doc, a.label, sentence.strip())
            if cite:
                f = replace(f, citations=dedupe([cite, *f.citations]))
        if not best[1] and f.verdict in ("info", "not_specified") and f.jurisdiction not in done and not noun_word \
                and not strict and introduced and not _COUNTED_IN_TEXT.search(said):
            # 服务项目按服务内容分几大类: a sentence elsewhere in the text that a long run of the question's own words
            # opens as a list (市级政务信息化服务项目包括A、B、C)
            cite = None
            for a in kb.articles.get(f.jurisdiction, {}).values():
                for sentence in re.split(r"[。；;]", a.text):
                    opener = introduced.search(sentence)
                    if not opener or len(re.sub(r"[（(]?(包括|分为|包含|由|是指|主要有|有)$", "", opener.group(0))) < 6:
                        continue
                    items = counted_list(re.split(r"[）)，,；;。]", sentence[opener.end():])[0], least=2)
                    if len(items) >= 2 and len(opener.group(0)) > best[0]:
                        best, cite = (len(opener.group(0)), items), Citation(a.doc, a.label, sentence.strip())
            if cite:
                f = replace(f, citations=dedupe([cite, *f.citations]))
        if not best[1] and f.verdict in ("info", "not_specified") and f.jurisdiction not in done and not noun_word \
                and not strict and count_unit(text) in ("类", "种", "样", "块", "部分") and not _COUNTED_IN_TEXT.search(said):
            # 每季度报送的材料一共分几类: with no noun to match, the one numbered list the cited articles hold
            numbered = {tuple(numbered_items(a.text)) for a in articles} - {()}
            if len(numbered) == 1 and not any(i in text for i in next(iter(numbered))):   # (检测报告包括几种: one of them)
                best = (1, list(next(iter(numbered))))
        items = best[1]
        if noun_word and len(items) >= 3 and noun_word not in items[-2] and noun_word in items[-1] \
                and sum(noun_word in i for i in items[:-2]) * 2 >= len(items[:-2]):
            best = (best[0], [*items[:-2], items[-2] + "和" + items[-1]])   # (身份认证和访问管理平台: one item, not two)
        if best[1] and noun_word and noun_word in best[1][0] and all(i.startswith(noun_word) for i in best[1][1:]):
            best = (best[0], [best[1][0][best[1][0].rindex(noun_word):], *best[1][1:]])   # (应当与项目同步规划、同步建设…)
        if best[1]:
            done.add(f.jurisdiction)
            # a list that counts what the text names without a number (一共几家: 评审小组由A、B…组成) answers it
            listed = _listed(q, text, best[1])
            # (a search result's "no rule answers this" is no longer so: the list does)
            f = replace(f, verdict="info", summary=listed if f.topic == "search" else listed + f.summary)
        out.append(f)
    return out


def _whole(words: list[str]) -> list[str]:
    """The words not part of a longer one among them (第三方验收测评, not its 验收)."""
    return [w for w in words if not any(w != o and w in o for o in words)]


def doer_unsaid(kb, j: Jurisdiction, found: list[Finding], q: Question) -> list[Finding]:
    """"文登区项目后评价谁来组织", "who pays for the third-party testing": where every sentence of the text that names
    the step asked (后评价, in the topic's own words) names no body doing it (or, asked who pays, no budget or body
    meeting its cost), that part is ``not_specified``, the step's sentence shown; the topic's description does not
    answer who. The findings stand as they are when a sentence names one."""
    asked = doer_asked(q.reading or q.text) if q.form == "info" else None
    if asked is None or not found:
        return found
    articles = list(kb.articles.get(j.id, {}).values())
    said = q.reading or q.text

    def terms_of(keys) -> list[str]:
        return [w for key in keys for w in getattr(kb.topics.get(key), "zh_terms", ()) if "+" not in w and len(w) >= 2]
    english = None
    if said.isascii() or len(re.findall(r"[A-Za-z]{3,}", said)) > 4:   # ("… who is supposed to pay for that testing": the step the asking sentence names, or the one before)
        sentences_en = [x for x in re.split(r"(?<=[.!?])\s+", said) if x.strip()]
        at = next((i for i, x in enumerate(sentences_en) if doer_asked(x)), len(sentences_en) - 1)
        keys = detect(sentences_en[at], kb.topics) or (detect(sentences_en[at - 1], kb.topics) if at else [])
        keys = [k for k in keys if not frames(k, kb.topics)]   # (who is responsible names no step: "which department is responsible for …")
        english = [w for w in terms_of(keys) if any(w in a.text for a in articles)]
        english = [w for w in english if len(w) >= 3] or english   # (第三方验收测评, not 验收 alone: the step, not every acceptance)
        named_zh = [w for w in english if w in said]   # (a step the English question names in Chinese: that step, whole)
        english = _whole(named_zh) or english
    out, changed = [], False
    for f in found:
        own = english if english is not None else [w for w in terms_of([f.topic]) if w in said] if not frames(f.topic, kb.topics) else []
        if english is None and asked == "does":   # (第三方验收测评 whole, not its 验收: whose step is asked; not who pays, 运行维护经费)
            own = _whole(own)
        if f.verdict != "info" or changed or not own:
            out.append(f)
            continue
        sentences = [(a.label, x.strip()) for a in articles for x in re.split(r"[。；;]", a.text) if any(w in x for w in own)]
        if not sentences:
            out.append(f)
            continue
        if asked == "pays":
            telling = [x for _, x in sentences if PAYER.search(x)]
        else:
            telling = [x for _, x in sentences if AGENT.search(x)]
        if telling:
            out.append(f)
            continue
        changed = True
        cites = [Citation(j.id, label, x if len(x) <= 80 else x[:80]) for label, x in sentences[:2]]
        arts = t("ans.list_sep", q.lang).join(dict.fromkeys(c.article for c in cites))
        out.append(replace(f, verdict="not_specified", citations=cites,
                           summary=t("ans.no_payer_said" if asked == "pays" else "ans.no_doer_said", q.lang, arts=arts)))
    return out
