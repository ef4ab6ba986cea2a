"""What a document the question names must hold, or a detail of its form ("钟楼区的项目建议书要写哪些章节", "申报表有固定
模板吗", "监理月报需要建设单位盖章吗", "How many copies of …", "is there a required format for the 立项申请报告?"), read
from the sentences of a place's text that name that document. Where none of them says it (no 包括/说明/（…、…） after the
name, no outline appended as 附件N, no 份, no 签字/盖章), the place's answer is silent on it, said so with the sentence
that names the document, rather than the document's duty or the neighbouring rules as if they were its contents. A
template asked of a document the text has written after an appendix (（附件1）, 参照附件3完成编写) is there: yes.
A place whose sentences do say it is left to its findings."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding
from .formality import ASKED as _SEAL_ASKED
from .model import Citation

# the words a document's name ends in (项目建议书, 《项目验收申请函》, 监理月报, 政务信息化规划, 绩效自评报告)
_SUFFIX = r"(?:报告|方案|建议书|申报表|月报|季报|任务书|规划|申请函|总结|记录|纪要|意见书)"
_NAME_END = lazy_regex(_SUFFIX)
# the same documents named in English, in the texts' words (a plain translation each)
_EN_NAMES = [(r"feasibility(?: study)? report|feasibility study", "可行性研究报告"), (r"project proposal", "项目建议书"),
             (r"declaration form|application form", "申报表"), (r"monthly supervision report|supervision monthly report", "监理月报"),
             (r"quarterly quality report", "质量季报"), (r"self[- ]evaluation report|self[- ]assessment report", "自评报告"),
             (r"acceptance application letter|letter of application for acceptance", "验收申请函"),
             (r"supervision summary report", "监理总结"), (r"quality supervision records?", "质量监督记录")]
_SHORT = {"可研报告": "可行性研究报告", "可研": "可行性研究报告", "可研究报告": "可行性研究报告"}

# the detail asked, with the words that say it in a text's sentence naming the document
_ASKED = {
    "contents": lazy_regex(r"(?:写|填|包括|包含|涵盖|含|列)(?:些|清楚)?(?:哪些|什么|啥|哪几项|哪几块|哪几个?部分)(?:内容|章节|栏目|东西|部分)?"
                           r"|(?:哪些|什么|啥|哪几个?)(?:内容|章节|栏目)|(?:内容|章节|栏目)(?:都)?(?:有|是|包括)(?:哪些|什么|啥)"
                           r"|\bwhat (?:must|should|does|do|has to|have to|needs? to|is supposed to)\b[^?.]{0,60}?\b(?:contain|include|cover)\b"
                           r"|\b(?:what|which|any) (?:chapters|sections|contents|items)\b|\bwhat goes (?:in|into)\b", re.I),
    "template": lazy_regex(r"模板|模版|范本|样表|样本|格式要求|固定格式|统一格式|什么格式|格式有|\btemplates?\b|\bformat\b|\bstandard form\b", re.I),
    # (要交几份, 一式几份; not 哪几份 or 那几份 of the documents themselves, nor 准备多少份材料, how many documents)
    "copies": lazy_regex(r"(?:要|需要|得|交|打印|准备|提交|报|一式|装订)\s*(?:几|多少)份(?!材料|资料|文件|报告|东西|文档)|份数|\bhow many (?:\w+ )?copies\b", re.I),
    "length": lazy_regex(r"字数|页数|篇幅|多少页|多少字|几页|\bpages?\b|\bword (?:count|limit)\b", re.I),
    "seal": _SEAL_ASKED,   # (asked whether it is needed, not 几方签字确认 offered as enough, nor "signed the contract")
    "kept": lazy_regex(r"保存(?:多久|几年|多长时间|期限)|保管(?:期限|多久|几年)|留存(?:多久|几年)|\bhow long\b[^?.]{0,30}\b(?:kept|keep|retain|retained|stored|archived)\b", re.I),
}
_SAID = {
    "contents": lazy_regex(r"包括|包含|含有|涵盖|写明|载明|列明|说明|明确|章节|内容|[（(][^）)]*、|提纲"),   # (参照附件3完成编写: an
    #                         appendix the text does not hold gives no contents)
    "template": lazy_regex(r"附件\s*\d|模板|模版|范本|格式|提纲"),
    "copies": lazy_regex(r"\d+\s*份|[一二三四五六七八九十两]份|份数|一式"),
    "length": lazy_regex(r"字数|页数|篇幅|\d+\s*页|\d+\s*字"),
    "seal": lazy_regex(r"签字|签名|盖章|签章|署名"),
    "kept": lazy_regex(r"(?:保存|保管|留存|存档)[^，,。；;]{0,8}(?:年|期限)"),   # (报送…存档 stores it; it keeps no term)
}
# (对信息系统的主机层、应用层…开展安全测试并…出具安全测试报告: what the step the report is of acts on, listed)
_ACTS_ON = lazy_regex(r"(?:对|就)[^，,。；;]{0,40}、[^，,。；;]{0,40}(?:开展|进行)")
_HANDED = lazy_regex(r"提交|报送|编制|编写|出具|填报|上传|(?<![月季年周])报(?![告表])")
_APPENDIX = lazy_regex(r"(?:参照)?附件\s*(?P<n>\d+)")


def _named(text: str) -> list[str]:
    """The documents the question names, each as the longest run of its words ending in a document's name (the place
    before it included: the caller keeps the longest part a text holds)."""
    for short, whole in _SHORT.items():
        text = text.replace(short, whole)
    names = [zh for pattern, zh in _EN_NAMES if re.search(rf"\b(?:{pattern})", text, re.I)]
    for m in _NAME_END.finditer(text):
        run = re.search(r"[\u4e00-\u9fff]{1,18}$", text[:m.end()])
        if run:
            names.append(run.group(0))
    return names


def _in_text(kb, jid: str, name: str) -> str | None:
    """The longest ending of ``name`` (three characters or more, its document word whole) that the place's text holds."""
    whole = kb.place_texts.get(jid, "")
    tail = _NAME_END.search(name)
    for start in range(0, len(name) - 2):
        part = name[start:]
        if tail and start > tail.start():
            break
        if re.match(r"[和及与跟或、的]", part):
            continue   # (质量季报和检测报告: the name after the 和)
        if part in whole:
            return part
    return None


def _sentences(kb, jid: str, doc: str) -> list[tuple[str, str, str]]:
    """(article, sentence, the rest of it after the name) of each sentence of the place's text naming the document, and
    an appended outline of it (附件2: 建设方案（编写提纲）) as a sentence that says its contents."""
    out = []
    for a in kb.articles.get(jid, {}).values():
        if a.label == "附件目录" or doc not in a.text:
            continue   # (the appendices' titles only: 3.钟楼区政务信息化项目建议书.docx)
        if a.label.startswith("附件") and doc in a.text[:60]:
            out.append((a.label, a.text[:60].strip(), "提纲"))
            continue
        sentences = re.split(r"(?<=[。；;])|\n", a.text)
        for i, s in enumerate(sentences):
            at = s.find(doc)
            if at >= 0:
                rest = s[at + len(doc):]
                if not rest.strip("。；; ") and i + 1 < len(sentences):
                    rest += sentences[i + 1]   # (（二）质量季报。主要包括：项目完成情况…: its contents in the next sentence)
                out.append((a.label, s.strip().rstrip("。；;"), rest))
    return out


def _acts_on(sentence: str, doc: str) -> bool:
    """Does the sentence list what the step the document reports acts on, the document not among the things listed
    (负责对上报的申报表、项目建设方案…进行合规性审查 lists the documents themselves)?"""
    at = sentence.find(doc)
    return any(not m.start() <= at < m.end() for m in _ACTS_ON.finditer(sentence))


def _detail_asked(text: str) -> str | None:
    return next((kind for kind, asked in _ASKED.items() if asked.search(text)), None)


def with_document_detail(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """Each place whose sentences naming the asked document say nothing of the detail asked: one finding, silent on it
    (or, for a template, yes where the text appends or points to one). Findings are unchanged when no document's detail
    is asked, the question has several parts, or the text says it."""
    detail = _detail_asked(text)
    if detail is None or len(q.parts) > 1 or q.negated or detail == "template" and "还是" in text:
        return findings   # (用建议书模板还是建设方案模板: which of two, not whether there is one)
    names = _named(re.sub(r"除了[^，,。？?]{1,20}?(?=还|以外|之外|外)", "", text))   # (除了申报表还要填啥: the others asked)
    if not names and detail in ("contents", "template"):
        return findings
    out = list(findings)
    for jid in jids:
        mine = [f for f in out if f.jurisdiction == jid]
        if not mine or any(f.verdict == "not_applicable" for f in mine):
            continue
        doc = next((d for d in (_in_text(kb, jid, n) for n in names) if d and _NAME_END.search(d)), None)
        said = _sentences(kb, jid, doc) if doc else []
        if not said:
            # (no document named, or none the text holds: a detail the whole text never speaks of is silent all the same)
            if detail not in ("contents", "template") and not _SAID[detail].search(kb.place_texts.get(jid, "")):
                first = mine[0]
                out = _put(out, jid, Finding(jid, first.topic, "not_specified", t("ans.detail_unset", q.lang,
                                             detail=t(f"doc_detail.{detail}", q.lang)) + first.summary, first.citations))
            continue
        # (the sentence quoted: the outline appended, else one that has the document handed in or written, else one in an
        # article the findings cite, else the first)
        cited = {c.article for f in mine for c in f.citations}
        label, sentence, _ = min(said, key=lambda x: (x[2] != "提纲", not _HANDED.search(x[1]), x[0] not in cited))
        if detail == "template":
            pointed = next(((lab, s) for lab, s, rest in said if _APPENDIX.match(re.sub(r"^[》）)\s]*[（(]?", "", rest))), None)
            if pointed:
                lead = t("ans.doc_template_given", q.lang, doc=doc, article=pointed[0], quote=pointed[1])
                found = Finding(jid, mine[0].topic, "yes" if q.form == "yesno" else "info", lead, [Citation(jid, pointed[0], pointed[1])])
                out = _put(out, jid, found)
                continue
        if any(_SAID[detail].search(rest if detail == "contents" else s) or detail == "contents" and _acts_on(s, doc)
               for _, s, rest in said):
            continue   # (立项申请报告或项目建议书应当对…作出说明; 监理文档（开工令、监理月报…）: the text says it)
        found = Finding(jid, mine[0].topic, "not_specified",
                        t("ans.doc_detail_unset", q.lang, doc=doc, detail=t(f"doc_detail.{detail}", q.lang), article=label,
                          quote=sentence), [Citation(jid, label, sentence)])
        out = _put(out, jid, found)
    return out


def _put(findings: list[Finding], jid: str, found: Finding) -> list[Finding]:
    """``found`` in the place of the place's findings, where its first one stood."""
    at = next(i for i, f in enumerate(findings) if f.jurisdiction == jid)
    rest = [f for f in findings if f.jurisdiction != jid]
    rest.insert(min(at, len(rest)), found)
    return rest
