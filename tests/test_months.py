"""knowledge.time.months: the one place for month and year arithmetic (issue 9 §3)."""
from datetime import date

from knowledge.time.months import add_months, add_years
from knowledge.time.workdays import add_months as workdays_add_months


def test_a_period_of_months_ends_on_the_corresponding_day_or_the_months_last():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert workdays_add_months is add_months


def test_a_day_of_the_month_to_land_on_as_handlers_dates_needs():
    # handlers/dates.py _add_months(d, months, day): the same, clamped to the month's end
    assert add_months(date(2026, 1, 15), 1, 31) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -2, 1) == date(2025, 11, 1)
    assert add_months(date(2026, 12, 5), 1, 10) == date(2027, 1, 10)


def test_years():
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert add_years(date(2026, 9, 29), 1) == date(2027, 9, 29)
