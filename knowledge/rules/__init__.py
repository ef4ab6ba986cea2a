"""The rules and their answers: the rule model loaded from the jurisdiction files (``model``),
statutory thresholds (``thresholds``), display names (``words``), the approval path
(``pathway``), the cited answer (``answer``, with the ``Finding`` of ``finding``, the day counting
of ``timing`` and the details, silences and definitions of ``details``) and the wording of why a
rule applies (``explain``). The top of the knowledge layers below the facade: it may import
``knowledge.reader``, ``knowledge.time``, ``knowledge.texts``, ``knowledge.facts`` and
``knowledge.i18n``, but not ``knowledge.base`` and nothing outside ``knowledge`` (never
``handlers``, ``state`` or ``bot``)."""
