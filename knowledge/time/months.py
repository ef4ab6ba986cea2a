"""Calendar month and year arithmetic, the one place for it (python-dateutil's ``relativedelta``).

A period of months ends on the same day of the final month, or on that month's last day when it has
no such day (民法典第二百零二条); a year after 29 February is 28 February. ``knowledge.time.workdays``
and the deadline engine count with these; ``handlers/dates.py`` still has its own ``_add_months``
(same rule, with a day of the month to land on), which can become ``add_months(d, n, day=...)``.
"""
from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def add_months(day: date, n: int, day_of_month: int | None = None) -> date:
    """``n`` months after ``day`` (before it when negative), on ``day_of_month`` (default: the same
    day), clamped to the last day of that month."""
    if day_of_month is None:
        return day + relativedelta(months=n)
    return day + relativedelta(months=n, day=day_of_month)


def add_years(day: date, n: int) -> date:
    """The same day ``n`` years later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + n)  # the common case, without relativedelta's cost (the
    except ValueError:                          # deadline engine calls this once per project)
        return day + relativedelta(years=n)
