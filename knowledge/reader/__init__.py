"""The reader: turns a user's question into a query — amounts and numbers (``amounts``,
``numbers``), the sentence's form (``form``), places (``places``), typing slips and homophones
(``variants``, with ``sounds.json``), dates and events stated in it (``dated``), the topics it is
about (``topics``, with ``topics.yaml``), all gathered by ``question``. It may import
``knowledge.texts`` (normalisation), ``knowledge.time`` (the deadlines of dates a question
states), ``knowledge.facts`` (events, the project ``Profile``) and ``knowledge.i18n``; never
``knowledge.rules`` or ``knowledge.base``, and nothing outside ``knowledge``."""
