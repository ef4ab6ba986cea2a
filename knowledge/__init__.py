"""The knowledge: the regulations, the rules and deadlines drawn from them, and the reading of
questions about them. Its parts are layered, each importing only those below it (checked by
import-linter, pyproject.toml; tests/test_layers.py):

1. ``base`` (the ``KnowledgeBase`` facade) and ``retriever`` (its LangChain adapter);
2. ``rules`` — the rule model, thresholds, answers and approval paths;
3. ``reader`` — a question read into a typed query;
4. ``time`` (working days and the deadline engine) and ``texts`` (the articles and their index),
   which do not import each other;
5. ``facts`` — what all of them share, each defined once: events, the project profile, money
   in words, the jurisdiction files;
6. ``i18n`` — the catalogue of every word the user reads.

Nothing in ``knowledge`` imports ``state``, ``handlers`` or ``bot``.
"""
