"""Time: working days and the official holiday calendar (``workdays``, with ``calendar/``),
month arithmetic (``months``), the deadline engine (``deadlines``) and calendar export (``ics``).
It may import ``knowledge.facts`` (the events, money in words, the jurisdiction files whose
deadline sections it reads) and ``knowledge.i18n``; not ``knowledge.texts`` (and it not time),
nothing above, nothing outside ``knowledge``."""
