"""The texts and their index: the regulations as articles (``corpus``), the BM25 index over them
(``search``), the text normalisation both share (``text``) and the LangChain adapter
(``retriever``). It holds no rules and no reading of questions; it may import only the standard
library, its own modules and third-party search libraries — with one exception, ``retriever``,
which reaches the loaded texts through the facade ``knowledge.base``."""
