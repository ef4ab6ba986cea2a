"""Statements are progress, not questions (issue 8, item 7): an event is recorded, a filing the
statement names is marked done on the day it gives, and a question about the same thing stays a
question."""
from datetime import UTC, datetime

import pytest
from test_conversation import project
from test_handlers import TODAY, User

from handlers.app import Assistant
from state import Store


@pytest.fixture
def app(kb):
    store = Store(":memory:", clock=lambda: datetime(2026, 11, 21, 2, 0, tzinfo=UTC))
    yield Assistant(store, kb, today=lambda: TODAY)
    store.close()


def test_an_event_statement_is_recorded(app):
    user, p = project(app, events={"contract_signed": TODAY.replace(month=10, day=9)})
    u = User(app)
    out = u.say("初验昨天做完了")
    assert "初验通过 2026-11-20" in out
    assert {e["name"] for e in app.store.list_events(user["id"], p["id"])} >= {"initial_acceptance_passed"}


def test_a_filing_statement_marks_it_done_on_its_day(app):
    user, p = project(app, events={"contract_signed": TODAY.replace(month=11, day=2)})
    u = User(app)
    out = u.say("任务书11月20号已经在平台备案了")
    assert "项目计划任务书在平台备案" in out and "2026-11-20" in out
    done = [f for f in app.store.list_filings(user["id"], p["id"]) if f["status"] == "done"]
    assert [f["done_at"][:10] for f in done] == ["2026-11-20"]
    u.press("撤销")
    assert not [f for f in app.store.list_filings(user["id"], p["id"]) if f["status"] == "done"]


def test_an_unrecognised_statement_is_not_answered_as_a_question(app):
    project(app)
    out = User(app).say("监理合同搞定了")
    assert "进展" in out and "依据" not in out


def test_a_question_about_a_done_thing_stays_a_question(app):
    project(app)
    out = User(app).say("初验做完了要干嘛")
    assert "依据" in out


def test_a_step_told_done_without_a_day_or_a_project_gets_what_comes_next(app):
    """钟楼区的初验做完了。 from a user with no project: the next step from the text, and how to keep it on a project."""
    out = User(app).say("钟楼区的初验做完了。")
    assert "初验3个月后申请终验" in out and "第二十八条" in out and "/new" in out


def test_a_step_told_done_naming_no_place_and_no_project_asks_for_one(app):
    out = User(app).say("初验做完了。")
    assert "/new" in out and "依据" not in out


def test_a_step_planned_with_no_day_is_asked_of_the_regulations_not_recorded(app):
    """钟楼区：我们打算停用一个老系统，先说一声 — a plan, not progress: what the text asks of it (第三十八条, 30 days before)."""
    user, p = project(app)
    out = User(app).say("钟楼区：我们打算停用一个老系统，先说一声")
    assert "第三十八条" in out and "30日" in out
    assert not [e for e in app.store.list_events(user["id"], p["id"]) if "decommission" in e["name"]]
