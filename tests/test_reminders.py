"""The reminder pusher: each (filing, step) sent once, at 09:00 Shanghai, recorded only after the
channel accepted it, only the most urgent step after downtime, blocked users dropped."""
from datetime import UTC, date, datetime

import pytest

from bot.reminders import Blocked, Pusher, TryLater, due_now, plan
from knowledge.time.workdays import default_calendar
from state import Store

SETTINGS = {"steps": {"d-7": True, "wd-3": True, "wd-1": True, "d0": True, "overdue": True}, "hour": 9,
            "quiet_non_working_days": True}
CAL = default_calendar()


def at(text):  # a Shanghai wall-clock time, expressed in UTC as a server would see it
    return datetime.fromisoformat(text + "+08:00").astimezone(UTC)


def test_plan_of_a_tuesday_deadline():
    steps = {s.key: s.day for s in plan(date(2026, 12, 1), date(2026, 12, 1), SETTINGS, CAL)}
    assert steps == {"d-7": date(2026, 11, 24), "wd-3": date(2026, 11, 26), "wd-1": date(2026, 11, 30),
                     "d0": date(2026, 12, 1)}


def test_quiet_days_move_earlier_and_holidays_count():
    # due Fri 2026-10-09, just after the National Day holiday (10-01..10-07; Sat 10-10 is a working day)
    steps = {s.key: s.day for s in plan(date(2026, 10, 9), date(2026, 10, 9), SETTINGS, CAL)}
    assert all(CAL.is_workday(day) for day in steps.values()), steps
    assert steps["wd-1"] == date(2026, 10, 8)        # the 1st working day before: the holiday is skipped
    assert steps["wd-3"] == date(2026, 9, 29)        # 10-08, then back over the holiday to 09-30, 09-29
    assert steps["d-7"] == date(2026, 9, 30)         # 10-02 is a holiday: the working day before it


def test_not_before_nine_shanghai_whatever_the_server_zone():
    due = date(2026, 12, 1)
    step, _ = due_now(due, at("2026-11-24T08:59").astimezone(CAL_ZONE()), SETTINGS, set(), CAL)
    assert step is None
    step, _ = due_now(due, at("2026-11-24T09:00").astimezone(CAL_ZONE()), SETTINGS, set(), CAL)
    assert step.key == "d-7"


def CAL_ZONE():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Shanghai")


def test_overdue_daily_on_working_days_only():
    steps = [s for s in plan(date(2026, 11, 2), date(2026, 11, 10), SETTINGS, CAL) if s.key.startswith("od-")]
    days = [s.day for s in steps]
    assert date(2026, 11, 3) in days and date(2026, 11, 7) not in days and date(2026, 11, 8) not in days


class FakeChannel:
    def __init__(self):
        self.sent, self.fail = [], None

    async def __call__(self, filing, reply):
        if self.fail:
            raise self.fail
        self.sent.append((filing["id"], reply.text))
        return len(self.sent)


@pytest.fixture
def world():
    store = Store(":memory:")
    with store.transaction():
        user, _ = store.get_or_create_user("telegram", "42")
        p = store.create_project(user["id"], "平台", jurisdiction="zhonglou", amount=800_000)
        store.sync_filings(user["id"], p["id"], [
            {"key": "task_book", "due": "2026-12-01", "title": {"zh": "任务书备案", "en": "Task book"},
             "citations": [{"doc": "zhonglou", "article": "第十三条", "quote": "x"}]}])
    clock = {"now": at("2026-11-20T10:00")}
    channel = FakeChannel()
    pusher = Pusher(store, channel, lambda: clock["now"], CAL)
    yield store, user, p, clock, channel, pusher
    store.close()


async def test_each_step_sent_once(world):
    store, user, p, clock, channel, pusher = world
    assert await pusher.sweep() == 0  # 11-20: nothing yet (d-7 is 11-24)
    clock["now"] = at("2026-11-24T09:01")
    assert await pusher.sweep() == 1
    assert await pusher.sweep() == 0
    assert "任务书备案" in channel.sent[0][1] and "第十三条" in channel.sent[0][1]
    f = store.list_filings(user["id"], p["id"])[0]
    assert store.sent_steps(f["id"]) == {"d-7"}


async def test_after_downtime_only_the_most_urgent_step(world):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-12-01T11:00")  # down since 11-20: d-7, wd-3, wd-1 and d0 all missed
    assert await pusher.sweep() == 1
    assert "今天截止" in channel.sent[0][1]
    f = store.list_filings(user["id"], p["id"])[0]
    assert store.sent_steps(f["id"]) == {"d-7", "wd-3", "wd-1", "d0"}
    assert await pusher.sweep() == 0


async def test_unrecorded_send_is_resent_at_most_once(world, monkeypatch):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    real = store.record_reminder_sent
    calls = {"n": 0}

    def crash_once(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("crash between the send and its record")
        return real(*a, **kw)

    monkeypatch.setattr(store, "record_reminder_sent", crash_once)
    with pytest.raises(RuntimeError):
        await pusher.sweep()
    assert await pusher.sweep() == 1
    assert await pusher.sweep() == 0
    assert len(channel.sent) == 2  # once lost to the crash, resent once, never again


async def test_passing_failure_is_retried_next_sweep(world):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    channel.fail = TryLater("timed out")
    assert await pusher.sweep() == 0
    channel.fail = None
    assert await pusher.sweep() == 1


async def test_blocked_user_is_marked_inactive_and_skipped(world):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    channel.fail = Blocked("bot was blocked by the user")
    assert await pusher.sweep() == 0
    assert store.get_user(user["id"])["active"] is False
    channel.fail = None
    assert await pusher.sweep() == 0 and channel.sent == []


async def test_done_and_snoozed_filings(world):
    store, user, p, clock, channel, pusher = world
    f = store.list_filings(user["id"], p["id"])[0]
    clock["now"] = at("2026-11-24T09:30")
    with store.transaction():
        store.snooze(user["id"], f["id"], "2026-11-25")
    assert await pusher.sweep() == 0
    clock["now"] = at("2026-11-25T09:30")
    assert await pusher.sweep() == 1  # the snooze ended: reminded again
    with store.transaction():
        store.mark_done(user["id"], f["id"])
    clock["now"] = at("2026-12-01T09:30")
    assert await pusher.sweep() == 0


async def test_english_user_gets_english(world):
    store, user, p, clock, channel, pusher = world
    with store.transaction():
        store.update_user(user["id"], language="en")
    clock["now"] = at("2026-11-30T09:30")
    await pusher.sweep()
    assert "Due in 1 working day" in channel.sent[0][1] and "Task book" in channel.sent[0][1]


async def test_undeliverable_is_recorded_not_retried(world):
    from bot.reminders import Undeliverable

    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    channel.fail = Undeliverable("Bad Request: message is too long")
    assert await pusher.sweep() == 0  # recorded as handled (no message id), so not sent again
    channel.fail = None
    assert await pusher.sweep() == 0 and channel.sent == []


async def test_one_chats_reminders_are_paced(world):
    import time

    store, user, p, clock, channel, pusher = world
    with store.transaction():
        store.sync_filings(user["id"], p["id"], [
            {"key": "a", "due": "2026-12-01", "title": "A"}, {"key": "b", "due": "2026-12-01", "title": "B"},
            {"key": "task_book", "due": "2026-12-01", "title": "T"}])
    clock["now"] = at("2026-11-24T09:30")
    started = time.perf_counter()
    assert await pusher.sweep() == 3
    assert time.perf_counter() - started >= 2 * 1.0  # three messages to one chat: about a second apart


async def test_a_filing_done_or_moved_during_the_sweep_is_not_reminded(world):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    f = store.list_filings(user["id"], p["id"])[0]
    real_send = pusher.send

    async def mark_done_first(filing, reply):  # the user presses done while the sweep runs
        with store.transaction():
            store.mark_done(user["id"], f["id"])
        return await real_send(filing, reply)

    with store.transaction():
        store.sync_filings(user["id"], p["id"], [{"key": "task_book", "due": "2026-12-01", "title": "T"},
                                                  {"key": "other", "due": "2026-12-01", "title": "O"}])
    pusher.send = mark_done_first
    sent = await pusher.sweep()
    assert sent >= 1
    # the filing the user marked done was still checked just before its own send
    assert all(fid != f["id"] for fid, _ in channel.sent[1:])


async def test_a_filing_deleted_during_the_sweep_does_not_fail_it(world):
    store, user, p, clock, channel, pusher = world
    clock["now"] = at("2026-11-24T09:30")
    real_send = pusher.send

    async def delete_then_send(filing, reply):
        result = await real_send(filing, reply)
        with store.transaction():
            store.sync_filings(user["id"], p["id"], [])  # the deadline went away meanwhile
        return result

    pusher.send = delete_then_send
    assert await pusher.sweep() == 1  # sent, and its record quietly skipped: no NotFound
