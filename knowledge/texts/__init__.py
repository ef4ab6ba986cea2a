"""The texts and their index: the regulations as articles (``corpus``), the BM25 index over them
(``search``) and the text normalisation both share (``text``). It holds no rules and no reading of
questions; it may import only ``knowledge.facts`` and ``knowledge.i18n`` of the project (it needs
neither today), the standard library and third-party search libraries. ``knowledge.time`` and it
do not import each other. (The LangChain adapter, which reaches the loaded texts through the
facade, is ``knowledge.retriever``.)"""
