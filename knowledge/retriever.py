"""The knowledge base's article index as a LangChain retriever (optional extra:
``pip install -e '.[langchain]'``). An adapter of the facade ``knowledge.base``, beside it.

    from knowledge.retriever import RegulationRetriever
    docs = RegulationRetriever(jurisdictions=["zhonglou"], k=3).invoke("80万的项目需要监理吗")
"""
from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from .base import get_kb
from .texts.search import best_passage


class RegulationRetriever(BaseRetriever):
    """Articles of the five regulations, best first; metadata carries doc, article, score and a
    verbatim snippet that can be cited."""

    jurisdictions: list[str] | None = None
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        kb = get_kb()
        tokens = kb.query_tokens(query)
        hits = kb.index.search(tokens, self.jurisdictions, self.k)
        return [Document(page_content=h.article.text,
                         metadata={"doc": h.doc, "article": h.label, "chapter": h.article.chapter,
                                   "title": kb.jurisdictions[h.doc].document.title, "score": h.score,
                                   "snippet": best_passage(h.article, tokens)})
                for h in hits]
