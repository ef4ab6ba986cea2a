"""The reminder pusher: which reminder of which filing is due now, sent once.

Steps of a filing (each optional in the user's settings): 7 days before (``d-7``), 3 and 1
working days before (``wd-3``, ``wd-1``), on the day (``d0``), then every working day while it
is overdue (``od-YYYY-MM-DD``), and the day a snooze ends (``snz-YYYY-MM-DD``). A step goes out at
the user's hour (09:00 by default) in Asia/Shanghai whatever the server's zone. With quiet
non-working days (the default) a step that falls on a weekend or holiday moves to the working
day before — except the due day itself, which is always sent.

Each (filing, step) is sent once: it is recorded only after the channel accepted the message,
so a crash between the two resends at most once and never skips. After downtime only the most
urgent missed step of each filing is sent; the older ones are recorded as skipped.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers.buttons import Verb, encode
from handlers.projects import articles, title_of
from handlers.replies import Button, Reply
from knowledge.i18n import t
from knowledge.time.workdays import CHINA, default_calendar

log = logging.getLogger(__name__)
SHANGHAI = CHINA
LOOKAHEAD_DAYS = 14


class Blocked(Exception):
    """The user blocked the bot: mark them inactive, send nothing more."""


class TryLater(Exception):
    """A passing failure (network, rate limit): leave the step unsent for the next sweep."""


class Undeliverable(Exception):
    """The channel refuses this message for good (a 400): record the step so it is not retried."""


PER_CHAT_GAP = 1.05  # seconds between two messages to one chat (Telegram allows about one a second)


@dataclass(frozen=True)
class Step:
    key: str
    day: date
    urgency: int   # higher is more urgent


def workdays_before(cal, day: date, n: int) -> date:
    """The n-th working day before ``day`` (``day`` itself not counted)."""
    for _ in range(n):
        day = cal.previous_workday(day - timedelta(days=1))
    return day


def plan(due: date, today: date, settings: dict, cal=None, snoozed_until: date | None = None) -> list[Step]:
    """Every reminder step of a filing due on ``due`` up to ``today``, oldest first."""
    cal = cal or default_calendar()
    enabled = settings.get("steps", {})
    quiet = settings.get("quiet_non_working_days", True)
    steps: list[Step] = []

    def add(key: str, day: date, urgency: int, always: bool = False) -> None:
        if quiet and not always and not cal.is_workday(day):
            day = cal.previous_workday(day)
        steps.append(Step(key, day, urgency))

    if enabled.get("d-7", True):
        add("d-7", due - timedelta(days=7), 1)
    if enabled.get("wd-3", True):
        add("wd-3", workdays_before(cal, due, 3), 2)
    if enabled.get("wd-1", True):
        add("wd-1", workdays_before(cal, due, 1), 3)
    if enabled.get("d0", True):
        add("d0", due, 4, always=True)
    if enabled.get("overdue", True):
        day = due + timedelta(days=1)
        while day <= today:
            if not quiet or cal.is_workday(day):
                steps.append(Step(f"od-{day.isoformat()}", day, 5 + (day - due).days))
            day += timedelta(days=1)
    if snoozed_until is not None and snoozed_until <= today:
        steps.append(Step(f"snz-{snoozed_until.isoformat()}", snoozed_until, 100 + (snoozed_until - due).days))
    # one step a day at most: the most urgent of those that fall on the same day
    by_day: dict[date, Step] = {}
    for s in steps:
        if s.day not in by_day or s.urgency > by_day[s.day].urgency:
            by_day[s.day] = s
    return sorted(by_day.values(), key=lambda s: (s.day, s.urgency))


def due_now(due: date, now_local: datetime, settings: dict, sent: set[str], cal=None,
            snoozed_until: date | None = None) -> tuple[Step | None, list[Step]]:
    """(the step to send now, the older unsent steps to record as skipped)."""
    today = now_local.date()
    hour = int(settings.get("hour", 9))
    ready = [s for s in plan(due, today, settings, cal, snoozed_until)
             if s.key not in sent and (s.day < today or (s.day == today and now_local.hour >= hour))]
    if snoozed_until is not None and snoozed_until > today:
        return None, []
    if not ready:
        return None, []
    newest = max(ready, key=lambda s: (s.day, s.urgency))
    return newest, [s for s in ready if s is not newest]


def reminder_text(f: dict, step: Step, today: date, cal=None) -> Reply:
    cal = cal or default_calendar()
    lang = f.get("language", "zh")
    due = date.fromisoformat(f["due"])
    title = title_of(f, lang)
    cites = (f.get("info") or {}).get("citations") or []
    arts = articles(cites, lang)
    provisional = (f.get("info") or {}).get("provisional")
    if due < today:
        head = t("reminder_overdue", lang, n=(today - due).days)
    elif due == today:
        head = t("reminder_due_today", lang)
    else:
        n = sum(1 for i in range(1, (due - today).days + 1) if cal.is_workday(today + timedelta(days=i)))
        head = t("reminder_due_in", lang, n=n)
    text = t("reminder", lang, head=head, project=f["project_name"], title=title, due=f["due"],
             provisional=t("provisional_mark", lang) if provisional else "",
             source=t("reminder_source", lang, articles=arts) if arts else t("reminder_end", lang))
    buttons = [[Button(t("btn_reminder_done", lang), encode(Verb.DONE, f['id'])),
                Button(t("btn_snooze_day", lang), encode(Verb.SNOOZE, f['id']))],
               [Button(t("btn_open_project", lang), encode(Verb.PROJECT, f['project_id']))]]
    return Reply(text, buttons)


Send = Callable[[dict, Reply], Awaitable[object]]


class Pusher:
    """Sweeps the store for reminders that are due and sends them through ``send``.

    ``send(filing, reply)`` returns the channel's message id, raises :class:`Blocked` when the
    user blocked the bot and :class:`TryLater` for a passing failure."""

    def __init__(self, store, send: Send, clock: Callable[[], datetime], cal=None, concurrency: int = 8,
                 channels: set[str] | None = None):
        self.store, self.send, self.clock = store, send, clock
        self.channels = channels
        self.cal = cal or default_calendar()
        self.concurrency = concurrency
        self._stopping = False

    def candidates(self, today: date) -> list[dict]:
        seen, out = set(), []
        for f in self.store.overdue(today) + self.store.due_within(today, today + timedelta(days=LOOKAHEAD_DAYS)):
            if f["id"] not in seen and f["status"] != "done" and (self.channels is None or f["channel"] in self.channels):
                seen.add(f["id"])
                out.append(f)
        return out

    def _still_due(self, f: dict, allow_done: bool = False) -> bool:
        """Is the filing as the sweep saw it: not deleted, same due date, not done (unless allowed)?"""
        from state import NotFound

        try:
            now = self.store.get_filing(f["owner_id"], f["id"])
        except NotFound:
            return False
        return now["due"] == f["due"] and (allow_done or now["status"] != "done")

    async def sweep(self) -> int:
        """Send every reminder that is due now; return how many went out."""
        now = self.clock().astimezone(SHANGHAI)
        today = now.date()
        jobs = []
        for f in self.candidates(today):
            snoozed = date.fromisoformat(f["snoozed_until"]) if f.get("snoozed_until") else None
            step, older = due_now(date.fromisoformat(f["due"]), now, f["reminder_settings"],
                                  self.store.sent_steps(f["id"]), self.cal, snoozed)
            if step is not None:
                jobs.append((f, step, older))
        sem = asyncio.Semaphore(self.concurrency)
        blocked: set[int] = set()
        chats: dict[int, asyncio.Lock] = {}
        last_sent: dict[int, float] = {}
        loop = asyncio.get_running_loop()

        async def one(f, step, older) -> int:
            owner = f["owner_id"]
            async with chats.setdefault(owner, asyncio.Lock()):  # one chat's reminders go one by one
                if self._stopping or owner in blocked:
                    return 0
                wait = last_sent.get(owner, -PER_CHAT_GAP) + PER_CHAT_GAP - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not self._still_due(f):  # marked done, moved or deleted since the sweep began
                    return 0
                async with sem:
                    try:
                        message_id = await self.send(f, reminder_text(f, step, today, self.cal))
                    except Blocked:
                        blocked.add(owner)
                        with self.store.transaction():
                            self.store.update_user(owner, active=False)
                        return 0
                    except TryLater as exc:
                        log.info("reminder %s/%s left for the next sweep: %s", f["id"], step.key, exc)
                        return 0
                    except Undeliverable as exc:
                        log.warning("reminder %s/%s refused by the channel, not retried: %s", f["id"], step.key, exc)
                        message_id = "undeliverable"
                    finally:
                        last_sent[owner] = loop.time()
            with self.store.transaction():  # accepted: record it (and the skipped older steps) at once
                if not self._still_due(f, allow_done=True):
                    return 1  # moved or deleted meanwhile: its new date starts its own steps
                self.store.record_reminder_sent(f["id"], step.key, None if message_id == "undeliverable" else message_id)
                for s in older:
                    self.store.record_reminder_sent(f["id"], s.key, None)
            return 0 if message_id == "undeliverable" else 1

        # return_exceptions: a failed send must not end the sweep while the others are still in
        # flight (the next sweep would send those again before they are recorded); raise it after
        results = await asyncio.gather(*(one(*job) for job in jobs), return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            raise failures[0]
        return sum(results)

    async def run(self, interval: float = 60.0) -> None:
        """Sweep at start and then every ``interval`` seconds until :meth:`stop`; a sweep in
        flight is finished, never cut."""
        while not self._stopping:
            try:
                sent = await self.sweep()
                if sent:
                    log.info("sent %d reminder(s)", sent)
            except Exception:
                log.exception("reminder sweep failed; will retry")
            for _ in range(int(interval * 10)):
                if self._stopping:
                    break
                await asyncio.sleep(0.1)

    def stop(self) -> None:
        self._stopping = True
