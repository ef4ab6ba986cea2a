"""Regulation texts parsed into citable articles.

The texts are kept as received (``regulations/<id>.txt``); parsing is generic and tolerant of
their flaws: ``[bookmark: …]`` residue, a chapter heading that is missing, two articles on one
line, an appendix after the last article, and texts with no article numbers at all (split into
their section headings and paragraphs instead).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.lazy_regex import lazy_regex

from .text import cn_small_int, squash

_BOOKMARK = lazy_regex(r"\[bookmark:[^\]]*\]")
_NUM = "零〇一二三四五六七八九十百"
_ARTICLE = lazy_regex(rf"第([{_NUM}]+)条")
_CHAPTER = lazy_regex(rf"^第([{_NUM}]+)章\s*(\S.*)?$")
_APPENDIX = lazy_regex(r"^附件\s*([0-9一二三四五六七八九十]+)\s*$")
_APPENDIX_LIST = lazy_regex(r"^附件\s*[:：]")
_CAPTION = lazy_regex(r"^[（(]([^）)]{1,12})[）)]")


@dataclass
class Article:
    doc: str            # jurisdiction id
    label: str          # 第十五条, 附件2, 实施·第2段
    text: str           # paragraphs joined by newlines, residue removed
    chapter: str = ""   # 第五章 项目实施管理
    number: int | None = None
    caption: str = ""   # （监督程序） where the text gives one
    order: int = 0      # position in the document
    paragraphs: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.doc}:{self.label}"

    def contains(self, quote: str) -> bool:
        return bool(quote) and squash(quote) in squash(self.text)


def clean_line(line: str) -> str:
    return _BOOKMARK.sub("", line).strip().strip("\u3000").strip()


def read_text(doc: str) -> str:
    return (Path(__file__).parent.parent / "regulations" / f"{doc}.txt").read_text(encoding="utf-8")


def _split_inline_articles(line: str, expected: int) -> list[str]:
    """A line may hold the end of one article and the start of the next (文登 第三十九条…第四十条).
    Split only where the next expected number follows a full stop, so references such as
    "按照本办法第十二条" stay inside their article."""
    parts, start = [], 0
    lead = _ARTICLE.match(line)
    if lead and cn_small_int(lead.group(1)) == expected:
        expected += 1
    for m in _ARTICLE.finditer(line):
        if m.start() == 0:
            continue
        if cn_small_int(m.group(1)) == expected and line[m.start() - 1] in "。；;":
            parts.append(line[start:m.start()])
            start = m.start()
            expected += 1
    parts.append(line[start:])
    return parts


def parse_numbered(doc: str, text: str, missing_headings: dict[str, str] | None = None) -> list[Article]:
    """Split a text with numbered articles (第X条) into articles, chapters and appendices.

    ``missing_headings`` maps an article label to the chapter heading the received text lost
    before it (declared in the jurisdiction's rules file, with the reason)."""
    missing_headings = missing_headings or {}
    articles: list[Article] = []
    preamble: list[str] = []
    chapter = ""
    current: Article | None = None
    expected = 1
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            continue
        m = _CHAPTER.match(line)
        in_appendix = current is not None and current.chapter == "附件"
        if m and not in_appendix and len(line) < 40:
            chapter = f"第{m.group(1)}章 {m.group(2) or ''}".strip()
            continue
        m = _APPENDIX.match(line)
        if m and articles:
            current = Article(doc, f"附件{cn_small_int(m.group(1)) or m.group(1)}", "", chapter="附件", order=len(articles))
            articles.append(current)
            continue
        if _APPENDIX_LIST.match(line) and articles:
            current = Article(doc, "附件目录", "", chapter="附件", order=len(articles))
            articles.append(current)
            current.paragraphs.append(line)
            continue
        pieces = _split_inline_articles(line, expected) if current is not None and current.chapter != "附件" else [line]
        for piece in pieces:
            piece = piece.strip()
            m = _ARTICLE.match(piece)
            number = cn_small_int(m.group(1)) if m else None
            if m and number == expected and (current is None or current.chapter != "附件"):
                label = m.group(0)
                chapter = missing_headings.get(label, chapter)
                body = piece[m.end():].strip()
                cap = _CAPTION.match(body)
                current = Article(doc, label, "", chapter=chapter, number=number,
                                  caption=cap.group(1) if cap else "", order=len(articles))
                articles.append(current)
                expected += 1
                if body:
                    current.paragraphs.append(body)
            elif current is None:
                preamble.append(piece)
            else:
                current.paragraphs.append(piece)
    if preamble:
        articles.insert(0, Article(doc, "前言", "", chapter="", order=-1, paragraphs=preamble))
    for i, art in enumerate(articles):
        art.order = i
        art.text = "\n".join(art.paragraphs)
    return articles


def parse_sections(doc: str, text: str, sections: list[str]) -> list[Article]:
    """Split a text without article numbers at its section headings (lines that are exactly
    one of ``sections``); each paragraph becomes an article labelled ``<section>·第N段``."""
    articles: list[Article] = []
    section = ""
    count = 0
    title_seen = False
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            continue
        if line in sections:
            section, count = line, 0
            continue
        if not section:
            if not title_seen:
                title_seen = True
                articles.append(Article(doc, "标题", line, chapter="", paragraphs=[line]))
                continue
            section = "前言"
        count += 1
        articles.append(Article(doc, f"{section}·第{count}段", line, chapter=section, number=count, paragraphs=[line]))
    for i, art in enumerate(articles):
        art.order = i
    return articles
