"""The working-day calendar on the hard cases: 调休 weekends, holiday start days, month ends, and a
year whose schedule is estimated until its official schedule is added as a data file."""
import json
from datetime import date, timedelta

import pytest

from knowledge.time.workdays import (
    CalendarError,
    WorkCalendar,
    add_months,
    default_calendar,
    estimate_days_off,
    read_schedule,
)


@pytest.fixture(scope="module")
def cal():
    return default_calendar()


def test_spring_festival_2026_block_and_working_saturdays(cal):
    assert cal.is_workday(date(2026, 2, 14))      # Saturday, worked (调休)
    assert cal.is_workday(date(2026, 2, 28))      # Saturday, worked (调休)
    for day in range(15, 24):                     # 15-23 February off
        assert not cal.is_workday(date(2026, 2, day))
    assert cal.is_workday(date(2026, 2, 24))
    assert not cal.is_workday(date(2026, 2, 21))  # a plain weekend day inside the block
    # 5 working days after Tue 10 Feb: 11, 12, 13, Sat 14, then 24 February
    assert cal.add_workdays(date(2026, 2, 10), 5).due == date(2026, 2, 24)
    # the Saturday after the holiday counts too: 24, 25, 26, 27, Sat 28
    assert cal.add_workdays(date(2026, 2, 23), 5).due == date(2026, 2, 28)


def test_national_day_2026(cal):
    assert cal.is_workday(date(2026, 9, 20))      # Sunday, worked
    assert cal.is_workday(date(2026, 10, 10))     # Saturday, worked
    assert not any(cal.is_workday(date(2026, 10, d)) for d in range(1, 8))
    # from Tue 29 Sep: 30 Sep, 8 Oct, 9 Oct
    assert cal.add_workdays(date(2026, 9, 29), 3).due == date(2026, 10, 9)


def test_start_day_is_not_counted_even_when_it_is_a_holiday(cal):
    # 1 October is a holiday: counting starts the next day whatever it is (民法典第二百零一条)
    assert cal.add_workdays(date(2026, 10, 1), 1).due == date(2026, 10, 8)
    assert cal.add_workdays(date(2026, 10, 1), 5).due == date(2026, 10, 13)   # 8, 9, Sat 10, 12, 13
    # a working start day is not counted either
    assert cal.add_workdays(date(2026, 10, 8), 1).due == date(2026, 10, 9)
    # Dragon Boat 2026 (19 June) inside a 5-working-day count
    assert cal.add_workdays(date(2026, 6, 16), 5).due == date(2026, 6, 24)


def test_month_periods_end_on_the_same_day_or_the_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), 6) == date(2026, 9, 30)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_period_end_moves_to_the_next_working_day(cal):
    # 31 Jan + 1 month = Sat 28 Feb 2026, a working Saturday: it stays
    span = cal.add_months(date(2026, 1, 31), 1)
    assert span.due == date(2026, 2, 28) and not span.moved
    # 2 Sep + 30 days = 2 Oct, a holiday: the period ends on 8 October (第二百零三条)
    span = cal.add_days(date(2026, 9, 2), 30)
    assert span.nominal == date(2026, 10, 2) and span.due == date(2026, 10, 8) and span.moved
    # without moving
    assert cal.add_days(date(2026, 9, 2), 30, move=False).due == date(2026, 10, 2)
    assert cal.previous_workday(date(2026, 10, 4)) == date(2026, 9, 30)


def test_2027_is_estimated_and_provisional(cal):
    assert cal.is_official(2026) and not cal.is_official(2027)
    assert default_calendar().sources[2027] == "estimate"
    off = estimate_days_off(2027)
    # 除夕 Fri 5 Feb to 初三 Mon 8 Feb; Sat/Sun festival days given back on Tue 9 and Wed 10
    assert {date(2027, 2, 5), date(2027, 2, 8), date(2027, 2, 9), date(2027, 2, 10)} <= off
    assert date(2027, 1, 1) in off and date(2027, 10, 1) in off
    assert not cal.is_workday(date(2027, 2, 9))
    span = cal.add_workdays(date(2026, 12, 28), 5)
    assert span.provisional                       # it counts days of 2027
    assert not cal.add_workdays(date(2026, 12, 1), 5).provisional
    assert cal.roll(date(2027, 1, 5)).provisional
    assert not cal.roll(date(2027, 1, 5), move=False).provisional


def test_estimate_gives_back_a_festival_that_shares_a_day():
    off = estimate_days_off(2028)                 # 中秋 on 3 October 2028, inside 国庆
    oct_off = sorted(d for d in off if d.month == 10)
    assert len(oct_off) == 4                      # 1 Oct is a Sunday: 2, 3, 4 + 2 make-up days
    assert all(d.weekday() < 5 for d in oct_off)


def _write_2027(folder):
    schedule = {
        "year": 2027,
        "source": "test: an invented official schedule",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
                     {"name": "test", "date": "2027-01-05"},
                     {"name": "春节", "from": "2027-02-05", "to": "2027-02-13"}],
        "workdays": [{"name": "春节", "date": "2027-02-14"}, "2027-02-20"],
    }
    (folder / "2027.json").write_text(json.dumps(schedule, ensure_ascii=False), encoding="utf-8")


def test_a_schedule_file_makes_a_year_official(tmp_path):
    _write_2027(tmp_path)
    cal = WorkCalendar(tmp_path)
    assert cal.is_official(2027) and cal.sources[2027].startswith("official: test")
    assert not cal.is_workday(date(2027, 1, 5))
    assert cal.is_workday(date(2027, 2, 14)) and cal.is_workday(date(2027, 2, 20))
    assert not cal.is_workday(date(2027, 2, 12))
    span = cal.roll(date(2027, 1, 5))
    assert span.due == date(2027, 1, 6) and not span.provisional
    assert cal.add_workdays(date(2026, 12, 31), 1).due == date(2027, 1, 4)
    assert not cal.add_workdays(date(2026, 12, 28), 5).provisional
    assert cal.is_official(2026)                  # the package's years are untouched
    assert not cal.is_official(2028)


@pytest.mark.parametrize("content, message", [
    ({"year": 2026, "holidays": [{"date": "2027-01-01"}]}, "year"),
    ({"year": 2027, "holidays": [{"date": "2027-13-01"}]}, "not a date"),
    ({"year": 2027, "holidays": [{"date": "2027-01-01"}], "workdays": ["2027-01-04"]}, "not a Saturday"),
    ({"year": 2027, "holidays": []}, "no holidays"),
    ({"year": 2027, "holidays": [{"date": "2027-02-06"}], "workdays": ["2027-02-06"]}, "both"),
])
def test_bad_schedule_files_are_refused(tmp_path, content, message):
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(CalendarError, match=message):
        read_schedule(path)
    with pytest.raises(CalendarError):
        WorkCalendar(tmp_path)


def test_out_of_range(cal):
    with pytest.raises(CalendarError):
        cal.is_workday(date(2003, 12, 31))
    with pytest.raises(CalendarError):
        cal.add_workdays(date(2080, 12, 30), 5)


def test_table_agrees_with_chinesecalendar_2004_2026(cal):
    import chinese_calendar
    day = date(2004, 1, 1)
    while day.year <= 2026:
        assert cal.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
