"""Issue 9 §2: an English user reads English. The status card, /deadlines (its buttons
included) and a reminder contain no Chinese except inside project names and quoted
regulation text (article labels such as 第十三条 and quotes)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bot.reminders import Step, reminder_text
from handlers.app import Assistant
from handlers.projects import title_of
from handlers.replies import Incoming
from state import Store

TODAY = date(2026, 11, 21)
PROJECT = "智慧城管平台"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# what may stay Chinese: the project's own name, article labels and quoted regulation text
ALLOWED = re.compile(PROJECT + r"|第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+[款项])*"
                     r"|「[^」]*」|“[^”]*”")


def chinese_left(text: str) -> list[str]:
    return CJK.findall(ALLOWED.sub("", text))


@pytest.fixture
def app(kb):
    store = Store(":memory:")
    yield Assistant(store, kb, today=lambda: TODAY)
    store.close()


def say(app, text=None, callback=None):
    msg = (Incoming("test", "en1", callback=callback, kind="callback") if callback
           else Incoming("test", "en1", text))
    return app.handle(msg)


def press(replies, label):
    for r in reversed(replies):
        for b in r.all_buttons():
            if label in b.label:
                return b.data
    raise AssertionError(f"no {label!r} in {[b.label for r in replies for b in r.all_buttons()]}")


def whole(replies) -> str:
    return "\n".join([r.text for r in replies] + [b.label for r in replies for b in r.all_buttons()])


def declare_in_english(app):
    say(app, "/lang en")
    say(app, "/new")
    say(app, PROJECT)
    say(app, "Zhonglou")
    last = say(app, "800000")
    last = say(app, callback=press(last, "oftware"))
    last = say(app, "300000")
    last = say(app, callback=press(last, "istrict"))
    last = say(app, callback=press(last, "ontract signed"))
    last = say(app, "2026-03-05")
    last = say(app, "2026-03-06")
    for _ in range(6):  # any further optional questions: skip them
        if any("Confirm" in b.label for r in last for b in r.all_buttons()):
            break
        last = say(app, "/skip")
    text = whole(last)
    assert "Please confirm" in text, text
    assert not chinese_left(text), (chinese_left(text), text)
    return say(app, callback=press(last, "Confirm"))


def test_english_status_card_deadlines_and_reminder_have_no_chinese(app):
    saved = declare_in_english(app)
    text = whole(saved)
    assert "Project saved" in text and PROJECT in text
    assert not chinese_left(text), (chinese_left(text), text)

    status = whole(say(app, "/status"))
    assert "Stage:" in status
    assert not chinese_left(status), (chinese_left(status), status)

    due = whole(say(app, "/deadlines"))
    assert due.strip() and not chinese_left(due), (chinese_left(due), due)

    user = app.store.find_user("test", "en1")
    pending = [f for f in app.store.due_within(TODAY, TODAY + timedelta(days=400))
               if f["owner_id"] == user["id"]]
    assert pending, "the project has deadlines to remind of"
    f = pending[0]
    assert f["language"] == "en"
    reply = reminder_text(f, Step("d-7", TODAY, 1), TODAY)
    text = whole([reply])
    assert title_of(f, "en") in text and "Done" in text
    assert not chinese_left(text), (chinese_left(text), text)


def test_title_of_prefers_the_english_title_in_english():
    stored = {"key": "k", "title": "任务书备案", "info": {"title_en": "Task book filing"}}
    assert title_of(stored, "en") == "Task book filing"
    assert title_of(stored, "zh") == "任务书备案"
    assert title_of({"key": "k", "title": "任务书备案", "title_en": "Task book"}, "en") == "Task book"
    assert title_of({"key": "k", "title": {"zh": "任务书", "en": "Task book"}}, "en") == "Task book"
    assert title_of({"key": "k", "title": "任务书备案", "info": {}}, "en") == "任务书备案"  # nothing better
