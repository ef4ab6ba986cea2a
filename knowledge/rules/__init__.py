"""The rules and their answers: the jurisdiction files and the rule model loaded from them
(``model``), statutory thresholds (``thresholds``), display names (``words``), the approval
path (``pathway``), the cited answer (``answer``) and the wording of why a rule applies
(``explain``). This is the top of the knowledge layers: it may import ``knowledge.texts``,
``knowledge.reader`` and ``knowledge.time``, but nothing outside ``knowledge`` (never
``handlers``, ``state`` or ``bot``)."""
