"""The knowledge base: regulation texts parsed into articles, their rules, the topic vocabulary
and the search index, loaded once.

``KnowledgeBase(folder)`` reads the jurisdictions of one folder of rules files (default
``knowledge.facts.files.knowledge_dir()``: ``$BOT_KNOWLEDGE_DIR`` or the shipped ``jurisdictions/``), each
``<id>.yaml`` with its regulation text beside it or in ``../regulations/``; everything that lists
the covered places (answers, the CLI, the interview) takes them from here, so a sixth place is its
two files. Its ``deadline_rules``, ``plan``, ``compute``, ``event_problem`` and ``order_conflict`` run
the deadline engine on the same folder: the chat reaches the engine only through them."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from .facts.files import knowledge_dir, read_text
from .reader.topics import load_topics
from .rules.model import Jurisdiction, load_all
from .texts.corpus import Article, parse_numbered, parse_sections
from .texts.text import fold


class KnowledgeBase:
    def __init__(self, folder: Path | str | None = None):
        self.folder = knowledge_dir(folder)
        self.jurisdictions: dict[str, Jurisdiction] = load_all(self.folder)
        self.articles: dict[str, dict[str, Article]] = {}
        for jid, j in self.jurisdictions.items():
            parse = j.document.parse
            text = read_text(jid, self.folder)
            arts = (parse_sections(jid, text, parse["sections"]) if parse.get("sections")
                    else parse_numbered(jid, text, parse.get("missing_headings")))
            self.articles[jid] = {a.label: a for a in arts}
        self.topics = load_topics([j.topics for j in self.jurisdictions.values() if j.topics])
        self.aliases = {fold(alias): jid for jid, j in self.jurisdictions.items()
                        for alias in (*j.document.aliases, jid)}

    @cached_property
    def places(self):
        """Each jurisdiction's place in the administrative hierarchy, from its ``region``."""
        from .reader.places import gazetteer

        g = gazetteer()
        return {jid: p for jid, j in self.jurisdictions.items() if (p := g.region(j.document.region))}

    @cached_property
    def characters(self) -> frozenset[str]:
        """Every character the texts and the vocabulary use: a question with others may be traditional."""
        chars = {c for arts in self.articles.values() for a in arts.values() for c in a.text}
        chars |= {c for t in self.topics.values() for w in t.zh_terms for c in w}
        return frozenset(chars)

    @cached_property
    def words(self) -> frozenset[str]:
        """The vocabulary's Chinese words and the amount reader's, for reading homophone slips."""
        from .reader.amounts import ROLE_TERMS

        return frozenset(w for t in self.topics.values() for w in t.zh_terms) | frozenset(ROLE_TERMS)

    @cached_property
    def corpus(self) -> str:
        """All the texts in one string, to tell a phrase the texts use (区大数据中心) from a slip."""
        return "\n".join(a.text for arts in self.articles.values() for a in arts.values())

    @cached_property
    def place_texts(self) -> dict[str, str]:
        """Each place's texts in one string (which words of a question a place's text holds at all)."""
        return {jid: "\n".join(a.text for a in arts.values()) for jid, arts in self.articles.items()}

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The Chinese names of the covered places (云浮, 钟楼区), for reading their homophone slips (云服)."""
        return frozenset(a for a in self.aliases if len(a) >= 2 and not a.isascii())

    @cached_property
    def parent_topics(self) -> frozenset[str]:
        """The topics some narrower topic belongs to (验收 for 初步验收)."""
        return frozenset(t.parent for t in self.topics.values() if t.parent)

    @cached_property
    def sounded_words(self) -> frozenset[str]:
        """The words a homophone slip is read as: the vocabulary's and the covered places' names."""
        return self.words | self.place_words

    @cached_property
    def english_words(self) -> frozenset[str]:
        """The vocabulary's English words, for reading typing slips (warrenty, testng)."""
        return frozenset(w for t in self.topics.values() for w in t.en_words)

    @cached_property
    def english_known(self) -> frozenset[str]:
        """Every English word the vocabulary, the rules and the catalogue use: a word among them is no slip."""
        import re

        from .i18n import catalogue

        texts = list(catalogue("", "en").values())
        for j in self.jurisdictions.values():
            for r in j.rules:
                texts += [r.title.get("en", ""), r.says.get("en", "")]
        return self.english_words | frozenset(w.lower() for s in texts for w in re.findall(r"[A-Za-z]{4,}", s))

    @property
    def ids(self) -> list[str]:
        return list(self.jurisdictions)

    @cached_property
    def index(self):
        from .texts.search import Index

        return Index([a for arts in self.articles.values() for a in arts.values()])

    def query_tokens(self, text: str, topics: list[str] | None = None, english: str | None = None) -> list[str]:
        """The question's tokens, widened with the words of the topics it asks about, so that an
        abbreviation (可研, 等保) or an English word finds the Chinese text, and with the regulations'
        words for the English words of ``english`` (the question before folding, which joins words)
        or of ``text``."""
        from .reader.glossary import chinese_words
        from .reader.topics import detect
        from .texts.search import tokenize

        topics = detect(text, self.topics) if topics is None else topics
        return tokenize(text) + [t for key in topics for w in self.topics[key].zh_terms for t in tokenize(w)] \
            + [t for w in chinese_words(english or text) for t in tokenize(w)]

    def search(self, text: str, jurisdictions: list[str] | None = None, k: int = 5):
        return self.index.search(self.query_tokens(text), jurisdictions, k)

    def article(self, doc: str, label: str) -> Article | None:
        return self.articles.get(doc, {}).get(label)

    def ask(self, question: str, jurisdiction: str | None = None, defaults=None) -> dict:
        from .rules.answer import answer

        return answer(self, question, jurisdiction, defaults)

    def path(self, profile, lang: str = "zh") -> dict:
        from .rules.pathway import approval_path

        return approval_path(self, profile, lang)

    def deadline_rules(self, jurisdiction: str):
        """The deadline rules of one of this knowledge base's jurisdictions."""
        from .time.deadlines import load_rules

        return load_rules(jurisdiction, self.folder)

    def plan(self, jurisdiction: str, events: dict, **kw):
        """``knowledge.time.deadlines.plan`` on this knowledge base's folder."""
        from .time.deadlines import plan

        return plan(jurisdiction, events, folder=self.folder, **kw)

    def compute(self, jurisdiction: str, events: dict, **kw):
        """``knowledge.time.deadlines.compute`` on this knowledge base's folder."""
        from .time.deadlines import compute

        return compute(jurisdiction, events, folder=self.folder, **kw)

    def event_problem(self, jurisdiction: str, events: dict, lang: str = "zh") -> str | None:
        """``knowledge.time.deadlines.event_problem`` on this knowledge base's folder."""
        from .time.deadlines import event_problem

        return event_problem(jurisdiction, events, lang, folder=self.folder)

    def order_conflict(self, jurisdiction: str, events: dict, prefer: str | None = None):
        """``knowledge.time.deadlines.order_conflict`` on this knowledge base's folder."""
        from .time.deadlines import order_conflict

        return order_conflict(jurisdiction, events, prefer, folder=self.folder)


_KB: dict[str, KnowledgeBase] = {}


def get_kb() -> KnowledgeBase:
    """The knowledge base of ``knowledge_dir()`` (``$BOT_KNOWLEDGE_DIR`` or the shipped files), built once."""
    key = str(knowledge_dir())
    kb = _KB.get(key)
    if kb is None:
        kb = _KB[key] = KnowledgeBase(key)
    return kb
