"""The reader: turns a user's question into a query — amounts and numbers (``amounts``,
``numbers``), the sentence's form (``form``), places (``places``), typing slips and homophones
(``variants``, with ``sounds.json``), dates and events stated in it (``dated``), the topics it is
about (``topics``, with ``topics.yaml``), all gathered by ``question``. It may import
``knowledge.texts`` (normalisation), ``knowledge.time`` (events and deadlines for stated dates)
and the rule model's ``Profile`` from ``knowledge.rules.model``; never ``knowledge.rules.answer``
or anything outside ``knowledge``."""
