"""Time: working days and the official holiday calendar (``workdays``, with ``calendar/``),
month arithmetic (``months``), the project events (``events``), the deadline engine
(``deadlines``) and calendar export (``ics``). It may import the standard library, its own
modules, ``knowledge.reader.amounts`` (money in deadline texts) and ``knowledge.rules.model``
(to read the deadline rules from the jurisdiction files); nothing outside ``knowledge``."""
