"""The working-day calendar: China's official holiday schedule, adjusted working weekends (调休) included.

Where the schedule of a year comes from, first match wins:

1. ``knowledge/time/calendar/<year>.json`` — an official schedule added to the project as data (format below);
   adding the file makes the year official, no code change needed;
2. the ``chinesecalendar`` package (official schedules 2004–2026 in version 1.11.0);
3. an **estimate**: weekends plus the statutory holidays by rule (全国年节及纪念日放假办法, as revised with
   effect from 2025: 元旦 1 day, 春节 除夕 to 初三 4 days, 清明 1, 劳动节 May 1–2, 端午 1, 中秋 1, 国庆
   Oct 1–3), with a statutory day that falls on a Saturday or Sunday given back on the next weekday (the
   办法: "适逢周六、周日，应当在工作日补假"). The long blocks and working weekends that each year's
   notice adds (调休) cannot be predicted and are not guessed. Lunar dates come from
   ``calendar/lunar_festivals.json`` (2027–2080). Every date that depends on an estimated year is
   *provisional*; :meth:`WorkCalendar.provisional` says whether a span of days touches one.

Official schedule file ``calendar/<year>.json`` (UTF-8)::

    {
      "year": 2027,
      "source": "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）",
      "holidays": [
        {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
        {"name": "清明节", "date": "2027-04-05"}
      ],
      "workdays": [
        {"name": "春节", "date": "2027-02-20"}
      ]
    }

``holidays`` lists the days off (a range with ``from``/``to`` or a single ``date``; weekend days inside a
block may be listed or not), ``workdays`` the Saturdays and Sundays that are working days (调休; an entry
may also be a plain ``"YYYY-MM-DD"`` string). Every other Monday–Friday is a working day. The file
describes its whole year; a date in it that lies in another year (a block across New Year) is applied too.

Counting follows the Civil Code (民法典): the start day is not counted (第二百零一条), so "N working days
after D" is the N-th working day after D whatever D is; a period in days or months ends on its last day,
the month's corresponding day or its last day (第二百零二条), moved to the next working day when that is a
statutory holiday or rest day (第二百零三条). Working days are kept as a sorted table of day ordinals so
that every count is a bisection, not a day-by-day walk.
"""
from __future__ import annotations

import json
import os
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from knowledge.lazy_regex import lazy_regex

from .months import add_months  # also imported from here by older callers

CALENDAR_DIR = Path(__file__).parent / "calendar"
LUNAR_FILE = CALENDAR_DIR / "lunar_festivals.json"
FIRST_YEAR = 2004
LAST_YEAR = 2080
_YEAR_FILE = lazy_regex(r"^(\d{4})\.json$")
_BASE = date(FIRST_YEAR, 1, 1).toordinal()
_END = date(LAST_YEAR, 12, 31).toordinal()
_ONE_DAY = timedelta(days=1)
CHINA = ZoneInfo("Asia/Shanghai")


def china_today() -> date:
    """Today in China, whatever the server's time zone: every default date of the product. ``BOT_TODAY``
    (YYYY-MM-DD) pins it, so that a question's relative dates (上周五, 今天周二) read the same on any day (the
    evaluation sets are graded against the day they were rated on)."""
    pinned = os.environ.get("BOT_TODAY")
    return date.fromisoformat(pinned) if pinned else datetime.now(CHINA).date()


class CalendarError(ValueError):
    """A date outside the supported years, or a schedule file that cannot be read."""


class Span(NamedTuple):
    """A counted date: ``due`` after any move to a working day, ``nominal`` before it."""
    due: date
    nominal: date
    provisional: bool

    @property
    def moved(self) -> bool:
        return self.due != self.nominal


def _day(text, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise CalendarError(f"{where}: not a date: {text!r}") from None


def read_schedule(path: Path) -> tuple[int, str, set[date], set[date]]:
    """Read and check one official schedule file; returns (year, source, days off, working weekend days)."""
    m = _YEAR_FILE.match(path.name)
    if not m:
        raise CalendarError(f"{path}: a schedule file is named <year>.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CalendarError(f"{path}: {exc}") from None
    if not isinstance(raw, dict) or raw.get("year") != int(m.group(1)):
        raise CalendarError(f"{path}: \"year\" must be {int(m.group(1))}")
    off: set[date] = set()
    for item in raw.get("holidays") or []:
        if not isinstance(item, dict):
            raise CalendarError(f"{path}: a holidays entry is an object with date or from/to")
        if "date" in item:
            off.add(_day(item["date"], str(path)))
            continue
        start, end = _day(item.get("from"), str(path)), _day(item.get("to"), str(path))
        if end < start or (end - start).days > 31:
            raise CalendarError(f"{path}: bad holiday range {start}..{end}")
        off.update(start + timedelta(days=i) for i in range((end - start).days + 1))
    work: set[date] = set()
    for item in raw.get("workdays") or []:
        day = _day(item.get("date") if isinstance(item, dict) else item, str(path))
        if day.weekday() < 5:
            raise CalendarError(f"{path}: working day {day} is not a Saturday or Sunday")
        work.add(day)
    if not off:
        raise CalendarError(f"{path}: no holidays listed")
    if off & work:
        raise CalendarError(f"{path}: {sorted(off & work)[0]} is both a holiday and a working day")
    return raw["year"], str(raw.get("source") or path.name), off, work


@lru_cache(maxsize=1)
def _lunar() -> dict[int, dict[str, date]]:
    raw = json.loads(LUNAR_FILE.read_text(encoding="utf-8"))["years"]
    return {int(y): {k: date.fromisoformat(v) for k, v in days.items()} for y, days in raw.items()}


def estimate_days_off(year: int) -> set[date]:
    """Statutory holidays of ``year`` by rule, with weekend ones given back on the next weekday."""
    fest = _lunar().get(year)
    if fest is None:
        raise CalendarError(f"no holiday estimate for {year} (supported {FIRST_YEAR}-{LAST_YEAR})")
    eve = fest["spring_festival_eve"]
    statutory = [date(year, 1, 1), *(eve + timedelta(days=i) for i in range(4)), fest["qingming"],
                 date(year, 5, 1), date(year, 5, 2), fest["dragon_boat"], fest["mid_autumn"],
                 date(year, 10, 1), date(year, 10, 2), date(year, 10, 3)]
    statutory.sort()
    fixed = set(statutory)
    off: set[date] = set()
    for day in statutory:
        if day.weekday() < 5 and day not in off:
            off.add(day)
            continue
        # on a weekend, or a second festival on the same day (中秋 within 国庆): one weekday back
        sub = day + timedelta(days=1)
        while sub.weekday() >= 5 or sub in off or sub in fixed:
            sub += timedelta(days=1)
        off.add(sub)
    return off


def _package_schedule() -> tuple[dict[int, set[date]], dict[int, set[date]]]:
    import chinese_calendar  # official data 2004-2026 (chinesecalendar 1.11.0)
    off: dict[int, set[date]] = {}
    work: dict[int, set[date]] = {}
    for day in chinese_calendar.holidays:
        off.setdefault(day.year, set()).add(day)
    for day in chinese_calendar.workdays:
        work.setdefault(day.year, set()).add(day)
    return off, work


class WorkCalendar:
    """Working days from FIRST_YEAR to LAST_YEAR; see the module docstring for the sources."""

    def __init__(self, calendar_dir: Path | str | None = None):
        self.calendar_dir = Path(calendar_dir) if calendar_dir is not None else CALENDAR_DIR
        self.sources: dict[int, str] = {}
        pkg_off, pkg_work = _package_schedule()
        files = {}
        if self.calendar_dir.is_dir():
            for path in sorted(self.calendar_dir.glob("*.json")):
                if _YEAR_FILE.match(path.name):
                    year, source, off, work = read_schedule(path)
                    files[year] = (source, off, work)
        n = _END - _BASE + 1
        status = bytearray(n)  # 1 = working day
        for i in range(n):
            status[i] = (i + _BASE) % 7 not in (6, 0)  # date.toordinal() % 7: 0 = Sunday, 6 = Saturday
        estimated = []
        overrides: list[tuple[set[date], set[date]]] = []
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            if year in files:
                source, off, work = files[year]
                self.sources[year] = f"official: {source}"
                overrides.append((off, work))
                continue
            if year in pkg_off:
                self.sources[year] = "official: chinesecalendar"
                off, work = pkg_off[year], pkg_work.get(year, set())
            else:
                self.sources[year] = "estimate"
                estimated.append(year)
                off, work = estimate_days_off(year), set()
            self._apply(status, off, work, year)
        for off, work in overrides:  # files last: they may correct a neighbouring year's dates
            self._apply(status, off, work, None)
        self._status = bytes(status)
        self._work = [i + _BASE for i in range(n) if status[i]]
        self._estimated = bytes(1 if y in estimated else 0 for y in range(FIRST_YEAR, LAST_YEAR + 1))

    @staticmethod
    def _apply(status: bytearray, off, work, year: int | None) -> None:
        for day in off:
            if year is None or day.year == year:
                status[day.toordinal() - _BASE] = 0
        for day in work:
            if year is None or day.year == year:
                status[day.toordinal() - _BASE] = 1

    # -- facts about days and years ---------------------------------------------------------------
    @staticmethod
    def check(day: date) -> None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise CalendarError(f"{day.isoformat()} is outside the supported years {FIRST_YEAR}-{LAST_YEAR}")

    def is_workday(self, day: date) -> bool:
        self.check(day)
        return bool(self._status[day.toordinal() - _BASE])

    def is_official(self, year: int) -> bool:
        return FIRST_YEAR <= year <= LAST_YEAR and not self._estimated[year - FIRST_YEAR]

    def estimated_years(self, first: date, last: date) -> list[int]:
        """The years between two dates (inclusive) whose schedule is estimated."""
        return [y for y in range(first.year, last.year + 1)
                if not FIRST_YEAR <= y <= LAST_YEAR or self._estimated[y - FIRST_YEAR]]

    def provisional(self, first: date, last: date) -> bool:
        """Whether any day from ``first`` to ``last`` (inclusive) lies in an estimated year."""
        est = self._estimated
        y0, y1 = first.year - FIRST_YEAR, last.year - FIRST_YEAR
        if y0 == y1:
            return bool(est[y0])
        return any(est[y0:y1 + 1])

    # -- counting ---------------------------------------------------------------------------------
    def add_workdays(self, start: date, n: int) -> Span:
        """The n-th working day after ``start`` (start day not counted; n >= 1)."""
        return Span(*self.add_workdays_fast(start, n))

    def add_workdays_fast(self, start: date, n: int) -> tuple[date, date, bool]:
        """``add_workdays`` as a plain tuple (due, due, provisional), for the engine's inner loops."""
        ords = self._work
        o = start.toordinal()
        i = bisect_right(ords, o) + n - 1
        if o < _BASE or i >= len(ords):
            raise CalendarError(f"{n} working days after {start.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}")
        due = date.fromordinal(ords[i])
        est = self._estimated
        y0 = (start + _ONE_DAY).year - FIRST_YEAR
        y1 = due.year - FIRST_YEAR
        return due, due, bool(est[y0] if y0 == y1 else any(est[y0:y1 + 1]))

    def workdays_before(self, end: date, n: int) -> date:
        """The day whose n-th working day after is ``end`` (or the last working day before it):
        合同签了15个工作日 counted back from today."""
        ords = self._work
        j = bisect_right(ords, end.toordinal()) - 1 - n
        if j < 0:
            raise CalendarError(f"{n} working days before {end.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}")
        return date.fromordinal(ords[j])

    def next_workday(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        ords = self._work
        i = bisect_left(ords, day.toordinal())
        if day.year < FIRST_YEAR or i >= len(ords):
            raise CalendarError(f"{day.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}")
        return date.fromordinal(ords[i])

    def previous_workday(self, day: date) -> date:
        """``day`` itself if it is a working day, else the last working day before it."""
        ords = self._work
        i = bisect_right(ords, day.toordinal()) - 1
        if i < 0 or day.year > LAST_YEAR:
            raise CalendarError(f"{day.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}")
        return date.fromordinal(ords[i])

    def roll(self, nominal: date, move: bool = True) -> Span:
        """A period's last day, moved to the next working day when it is not one (第二百零三条)."""
        return Span(*self.roll_fast(nominal, move))

    def roll_fast(self, nominal: date, move: bool = True) -> tuple[date, date, bool]:
        """``roll`` as a plain tuple (due, nominal, provisional), for the engine's inner loops."""
        o = nominal.toordinal()
        if o < _BASE or o > _END:
            raise CalendarError(f"{nominal.isoformat()} is outside the supported years {FIRST_YEAR}-{LAST_YEAR}")
        if not move:
            return nominal, nominal, False
        ords = self._work
        i = bisect_left(ords, o)
        if i == len(ords):
            raise CalendarError(f"no working day after {nominal.isoformat()} before {LAST_YEAR + 1}")
        w = ords[i]
        if w == o:
            return nominal, nominal, bool(self._estimated[nominal.year - FIRST_YEAR])
        due = date.fromordinal(w)
        est = self._estimated
        return due, nominal, bool(est[nominal.year - FIRST_YEAR] or est[due.year - FIRST_YEAR])

    def add_days(self, start: date, n: int, move: bool = True) -> Span:
        """The last day of a period of n days after ``start`` (start day not counted)."""
        return Span(*self.roll_fast(start + timedelta(days=n), move))

    def add_months(self, start: date, n: int, move: bool = True) -> Span:
        """The last day of a period of n months: the same day of the month, or the month's last day."""
        return Span(*self.roll_fast(add_months(start, n), move))




def month_days(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


_default: WorkCalendar | None = None


def default_calendar() -> WorkCalendar:
    """The project's calendar (built once, on first use)."""
    global _default
    if _default is None:
        _default = WorkCalendar()
    return _default


def is_workday(day: date) -> bool:
    return default_calendar().is_workday(day)


def add_workdays(start: date, n: int) -> Span:
    return default_calendar().add_workdays(start, n)


def workdays_before(end: date, n: int) -> date:
    return default_calendar().workdays_before(end, n)
