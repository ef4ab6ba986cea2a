"""Article-level BM25 search over the regulations (bm25s), for Chinese and English questions.

Tokens are CJK character bigrams plus ASCII words and numbers. Bigrams need no dictionary, so
two-character terms (监理, 可研, 验收) always match and start-up stays fast: jieba's dictionary
load alone costs about 0.8–1 s per cold start here, more than the whole command may take.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from knowledge.lazy_regex import lazy_regex

from .corpus import Article

_CJK = lazy_regex(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_WORD = lazy_regex(r"[a-z0-9]+(?:\.[0-9]+)?")
_SENTENCE_END = lazy_regex(r"(?<=[。；;！？!?\n])")


def tokenize(text: str) -> list[str]:
    """The text's words: ASCII words and numbers, then CJK character bigrams (a question's and the
    texts' sentences are read again for every passage chosen: the last ones are kept)."""
    return list(_remembered(text))


def _tokens(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = _WORD.findall(text)
    for run in _CJK.findall(text):
        if len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i:i + 2] for i in range(len(run) - 1))
    return tuple(tokens)


_remembered = lru_cache(maxsize=4096)(_tokens)


@dataclass
class Hit:
    article: Article
    score: float

    @property
    def doc(self) -> str:
        return self.article.doc

    @property
    def label(self) -> str:
        return self.article.label


def best_passage(article: Article, query_tokens: list[str], limit: int = 120) -> str:
    """The sentence of the article that shares most query tokens: a verbatim quote."""
    wanted = set(query_tokens)
    best, best_score = "", -1.0
    for sentence in _SENTENCE_END.split(article.text):
        s = sentence.strip()
        if len(s) < 4:
            continue
        toks = _remembered(s)
        score = sum(2 if t[0].isdigit() else 1 for t in set(toks) if t in wanted) / (1 + len(toks) ** 0.5 * 0.05)
        if score > best_score:
            best, best_score = s, score
    best = best or article.text.strip()
    if len(best) > limit:  # cut at a clause boundary, staying a verbatim substring
        cut = max(best.rfind(p, 0, limit) for p in "，,、：:")
        best = best[:cut] if cut > 20 else best[:limit]
    return best.rstrip("，,、：:；;。")


def _indexed_text(a: Article) -> str:
    """An article's words for the index: its caption, and for an appendix its title lines twice."""
    title = " ".join(a.paragraphs[:2]) if a.label.startswith("附件") else ""
    return f"{a.caption} {title} {a.text}"


class Index:
    """BM25 over a list of articles; ``search`` filters by jurisdiction."""

    def __init__(self, articles: list[Article]):
        import bm25s  # imported here so that commands which never search stay fast

        # a list of attachment names holds no rule: citable, but not worth ranking
        self.articles = [a for a in articles if a.label != "附件目录"]
        corpus = [list(_tokens(_indexed_text(a))) or [""] for a in self.articles]   # (each read once: not kept)
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._vocab = self._bm25.vocab_dict
        self._df: dict[str, int] = {}
        for doc in corpus:
            for t in set(doc):
                self._df[t] = self._df.get(t, 0) + 1
        docs = np.array([a.doc for a in self.articles])
        self._masks = {d: (docs == d).astype(np.float32) for d in set(docs.tolist())}

    def used(self, token: str) -> bool:
        """Whether some article has the word (a bigram across two words of a question often none)."""
        return token in self._df

    def weight(self, token: str) -> float:
        """How much a word tells articles apart: rare words (保密) much, common ones (项目) little."""
        return math.log(1 + len(self.articles) / (1 + self._df.get(token, 0)))

    def search(self, query: str | list[str], jurisdictions: list[str] | None = None, k: int = 5) -> list[Hit]:
        tokens = tokenize(query) if isinstance(query, str) else query
        tokens = [t for t in tokens if t in self._vocab]
        if not tokens:
            return []
        mask = None
        if jurisdictions:
            mask = sum(self._masks[j] for j in jurisdictions if j in self._masks)
            if isinstance(mask, int):
                return []
        scores = self._bm25.get_scores(tokens, weight_mask=mask)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [Hit(self.articles[i], float(scores[i])) for i in top if scores[i] > 0]
