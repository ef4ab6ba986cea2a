"""Issue 11 at the handler level: status that never contradicts itself, choices in words, short
replies in the user's language, and the robustness found on the way."""
from datetime import UTC, date, datetime

import pytest
from test_handlers import TODAY, User  # 2026-11-21, a Saturday

from handlers.app import Assistant
from handlers.projects import sync
from handlers.replies import Incoming
from state import StaleState, Store


def _clock():
    return datetime(2026, 11, 21, 2, 0, tzinfo=UTC)  # TODAY, 10:00 in Shanghai


@pytest.fixture
def app(kb):
    store = Store(":memory:", clock=_clock)
    yield Assistant(store, kb, today=lambda: TODAY)
    store.close()


def project(app, name="智慧城管平台", stage="contracted", events=None, jurisdiction="zhonglou", uid="u1", **kw):
    """A saved project with its events and filings, as a finished interview leaves it."""
    store = app.store
    user, _ = store.get_or_create_user("test", uid)
    p = store.create_project(user["id"], name, jurisdiction=jurisdiction, amount=kw.get("amount", 800_000),
                             kind=kw.get("kind", "software"), stage=stage)
    for event, day in (events or {}).items():
        store.record_event(user["id"], p["id"], event, day)
    sync(app.kb, store, user["id"], p, TODAY)
    return user, p


def open_filings(app, user, p):
    return {f["key"]: f for f in app.store.list_filings(user["id"], p["id"]) if f["status"] != "done"}


# -- choices in words ------------------------------------------------------------------------------
def start(u, name="智慧城管平台", place="钟楼"):
    u.say("/new")
    u.say(name)
    return u.say(place)


def test_every_choice_takes_plain_words(app):
    u = User(app)
    assert "（3）" in start(u, place="常州钟楼")
    u.say("80万")
    assert "（5）其中软件开发费用" in u.say("软件")
    u.say("无")
    assert "（7）项目目前处于哪个阶段" in u.say("区财政")
    assert "（8）立项批复是哪一天" in u.say("刚立项")
    assert "请确认项目信息" in u.say("3月5号")
    assert "• 资金来源：区级财政资金" in u.text and "• 阶段：已立项" in u.text and "• 类型：软件开发类" in u.text
    assert "项目已保存" in u.say("没问题")


@pytest.mark.parametrize("word,stage", [("还在规划", "规划中"), ("立项了", "已立项"), ("签了合同", "已签合同"),
                                        ("在建", "建设中")])
def test_stage_words(app, word, stage):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件开发")
    u.say("跳过")
    u.say("区级财政")
    u.say(word)
    while "请确认项目信息" not in u.text:
        u.say("/skip")
    assert f"• 阶段：{stage}" in u.text


@pytest.mark.parametrize("word", ["好的", "确认", "对", "没问题"])
def test_confirm_words(app, word):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件")
    u.say("无")
    u.say("区财政")
    u.say("还在规划")
    assert "项目已保存" in u.say(word)


def test_an_ambiguous_word_offers_the_nearest_choices_as_buttons(app):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件")
    u.say("无")
    text = u.say("财政")  # district or city funds?
    labels = [b.label for r in u.last for b in r.all_buttons() if b.data.startswith("d:set:")]
    assert "可能是指" in text and set(labels) == {"区级财政资金", "市级财政资金"}
    assert "请从按钮中选择" not in text
    assert "全部选项" in [b.label for r in u.last for b in r.all_buttons()]
    assert "阶段" in u.press("市级财政资金")


def test_english_words_for_choices(app):
    u = User(app)
    u.say("/lang en")
    u.say("/new")
    u.say("Smart city platform")
    assert "(3) What is the total amount?" in u.say("Zhonglou")
    u.say("800000")
    assert "(5)" in u.say("software")
    u.say("none")
    u.say("district funds")
    u.say("approved")
    assert "Please confirm" in u.say("2026-03-05")
    assert "• Funding: district funds" in u.text and "• Stage: approved" in u.text
    assert "Project saved" in u.say("ok")


# -- a free-text step does not swallow a question or an event -------------------------------------
def test_a_question_at_the_name_step_is_not_taken_as_the_name(app):
    u = User(app)
    u.say("/new")
    text = u.say("要监理吗")
    assert "另有所指" in text and not u.conv["flow"]["answers"]
    text = u.press("这是个问题，请回答")
    assert "监理" in text and "（1）项目叫什么名字" in text  # answered, then the interview goes on
    u.say("/new")
    u.say("要监理吗")
    assert "（2）项目在哪个地区" in u.press("作为")
    assert u.conv["flow"]["answers"]["name"] == "要监理吗"


def test_an_event_at_the_approval_date_step_can_be_recorded(app):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件")
    u.say("无")
    u.say("区财政")
    u.say("已立项")
    text = u.say("合同今天签了")
    labels = [b.label for r in u.last for b in r.all_buttons()]
    assert "另有所指" in text and "记录进展：合同签订" in labels and "作为“立项批复”的回答" in labels
    text = u.press("记录进展")
    assert f"合同签订 {TODAY.isoformat()}" in text and "立项批复是哪一天" in text
    summary = u.say("3月5号")
    assert "• 阶段：已签合同" in summary and f"• 合同签订：{TODAY.isoformat()}" in summary
    u.say("确认")
    user = app.store.find_user("test", "u1")
    [p] = app.store.list_projects(user["id"])
    assert {e["name"]: e["date"] for e in app.store.list_events(user["id"], p["id"])} == {
        "approved": "2026-03-05", "contract_signed": TODAY.isoformat()}


def test_the_right_event_at_its_own_date_step_is_the_answer(app):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件")
    u.say("无")
    u.say("区财政")
    u.say("已签合同")
    u.say("3月5号")
    assert "请确认项目信息" in u.say("合同11月13日签了")


# -- /new, numbering, /back --------------------------------------------------------------------------
def test_new_during_an_interview_asks_before_discarding(app):
    u = User(app)
    start(u)
    u.say("80万")
    text = u.raw("new")  # an old /new button
    assert "丢弃" in text and u.conv["flow"]["answers"]["amount"] == 800_000
    assert "（4）项目类型是" in u.press("继续填写")
    u.say("/new")
    assert "（1）项目叫什么名字" in u.press("丢弃并重新开始") and not u.conv["flow"]["answers"]


def test_numbering_is_stable_after_an_edit_and_back_shows_the_answer(app):
    u = User(app)
    start(u)
    u.say("80万")
    u.say("软件")
    text = u.say("/back")
    assert "（4）项目类型是" in text and "当前回答：软件开发类" in text
    text = u.say("/back")
    assert "（3）项目总金额" in text and "当前回答：80万元" in text
    assert "（5）" in u.say("90万") and u.conv["flow"]["answers"]["kind"] == "software"  # the kind was kept
    u.say("无")
    u.say("区财政")
    u.say("还在规划")
    u.press("✏️ 修改")
    text = u.press("总金额")
    assert "（3）项目总金额是多少" in text and "当前回答：90万元" in text
    assert "• 总金额：120万元" in u.say("120万")


# -- event order -------------------------------------------------------------------------------------
def test_an_event_date_out_of_order_names_both_dates_and_the_fix(app):
    user, p = project(app, events={"approved": "2026-03-01", "contract_signed": "2026-11-10"})
    u = User(app)
    u.say("/status")
    text = u.say("2026年3月5日开始试运行了")
    assert "试运行开始 2026-03-05 早于 合同签订 2026-11-10" in text and "合同签订 正确日期" in text
    assert "trial_run_started" not in {e["name"] for e in app.store.list_events(user["id"], p["id"])}
    u.say("/lang en")
    text = u.say("trial run started on 2026-03-05")
    assert "start of trial run 2026-03-05 is before contract signing 2026-11-10" in text


# -- projects: rename, delete, duplicates --------------------------------------------------------------
def test_rename_delete_and_duplicate_names(app):
    user, p = project(app)
    project(app, name="政务云")
    u = User(app)
    u.say("/status 智慧城管")
    assert "已有名为“政务云”" in u.say("/rename 政务云")
    assert "已改名：“智慧城管平台” → “城管平台二期”" in u.say("/rename 城管平台二期")
    assert app.store.get_project(user["id"], p["id"])["name"] == "城管平台二期"
    u.say("/new")
    assert "已有名为“政务云”" in u.say("政务云") and "name" not in u.conv["flow"]["answers"]
    u.say("/cancel")
    u.say("/status 城管")
    assert "无法恢复" in u.say("/delete")
    assert "项目保留" in u.press("保留")
    assert len(app.store.list_projects(user["id"])) == 2
    u.say("/delete")
    assert "已删除“城管平台二期”" in u.press("确定删除")
    assert [q["name"] for q in app.store.list_projects(user["id"])] == ["政务云"]


# -- status tells the truth ----------------------------------------------------------------------------
def test_done_and_event_completed_filings_leave_overdue_and_late_is_shown_late(app):
    user, p = project(app, stage="trial_run", events={
        "approved": "2026-03-01", "contract_signed": "2026-06-01", "construction_started": "2026-06-10",
        "trial_run_started": "2026-07-01", "trial_run_ended": "2026-08-10"})
    u = User(app)
    card = u.say("/status")
    assert "❗ 已逾期（2项）" in card and "项目计划任务书在平台备案" in card and "初验" in card
    # the task book is overdue, so its step is not ticked although a later step (construction) is done
    path = u.say("/path")
    assert "⬜ 7. 签合同后一个月内备案计划任务书" in path and "✅ 8." in path
    # 初验 recorded: its filing is done by the event, at once, and shown as done late
    text = u.say("10月30日初验通过了")
    assert "已记录：初验通过 2026-10-30" in text
    card = u.say("/status")
    assert "❗ 已逾期（1项）" in card
    assert "自行组织项目初验并上传初验结果：2026-10-30完成，晚于截止日2026-09-09 51天" in card
    assert "initial_acceptance" not in open_filings(app, user, p)
    # marked done by hand: out of overdue and upcoming, shown late, the step ticked
    fid = open_filings(app, user, p)["task_book_filing"]["id"]
    u.raw(f"done:{fid}")
    card = u.say("/status")
    assert "已逾期" not in card and "2026-11-21完成，晚于截止日2026-07-01 143天" in card
    assert "✅ 7. 签合同后一个月内备案计划任务书" in u.say("/path")
    u.say("/lang en")
    assert "done 2026-11-21, 143 days after it was due 2026-07-01" in u.say("/status")


def test_yearly_duties_start_at_their_stage(app):
    user, planned = project(app, name="规划项目", stage="planning")
    assert not {"self_evaluation", "annual_plan"} & set(open_filings(app, user, planned))
    user, approved = project(app, name="立项项目", stage="approved", events={"approved": "2026-03-05"})
    assert set(open_filings(app, user, approved)) >= {"annual_plan"}
    assert "self_evaluation" not in open_filings(app, user, approved)
    user, signed = project(app, name="签约项目", stage="contracted",
                           events={"approved": "2026-03-05", "contract_signed": "2026-11-13"})
    assert [f["due"] for f in app.store.list_filings(user["id"], signed["id"]) if f["key"] == "self_evaluation"] \
        == ["2026-11-30", "2027-11-30"]


def test_a_planned_decommissioning_shows_its_report_due_before(app):
    user, p = project(app, stage="in_operation", events={"approved": "2025-01-10", "contract_signed": "2025-02-01",
                                                         "trial_run_ended": "2025-08-01",
                                                         "initial_acceptance_passed": "2025-08-20",
                                                         "final_acceptance_passed": "2025-12-01"})
    u = User(app)
    u.say("/status")
    assert "已记录：计划停用 2027-06-30" in u.say("计划2027年6月30日停用")
    assert open_filings(app, user, p)["decommission_report"]["due"] == "2027-05-31"
    assert "2027-05-31 上报项目停用情况说明及相关依据" in u.say("/deadlines")


@pytest.mark.parametrize("quiet,expected", [(True, "2026-11-23"), (False, "2026-11-22")])
def test_snooze_never_lands_on_an_excluded_day(app, quiet, expected):
    user, p = project(app, events={"approved": "2026-03-01", "contract_signed": "2026-06-01"})
    u = User(app)
    if not quiet:
        u.say("/settings")
        u.press("非工作日不打扰")
    fid = open_filings(app, user, p)["task_book_filing"]["id"]
    assert f"推迟提醒到 {expected}" in u.raw(f"snooze:{fid}")  # today is a Saturday


def test_snooze_skips_the_national_day_holiday(kb):
    store = Store(":memory:")
    app = Assistant(store, kb, today=lambda: date(2026, 9, 30))
    user, p = project(app, events={"approved": "2026-03-01", "contract_signed": "2026-06-01"})
    fid = open_filings(app, user, p)["task_book_filing"]["id"]
    text = User(app).raw(f"snooze:{fid}")
    assert "推迟提醒到 2026-10-08" in text  # 1-7 October are holidays
    store.close()


def test_status_is_short_and_points_to_path(app):
    user, p = project(app, events={"approved": "2026-03-01", "contract_signed": "2026-06-01"})
    u = User(app)
    card = u.say("/status")
    lines = card.split("\n")
    assert lines[1].startswith("阶段：已签合同")
    assert "项适用要求" in card and "/path" in card and len(card) < 900
    assert "接下来：" in card and len([ln for ln in lines if ln.startswith(" • ")]) <= 3
    assert "实行监理制 [第十五条]" in u.press("审批路径和全部要求")


# -- questions -----------------------------------------------------------------------------------------
def test_a_question_without_a_place_or_project_is_one_line_per_jurisdiction(app):
    u = User(app)
    text = u.say("80万的项目需要监理吗？")
    assert len(text) < 700 and "未指明地区" in text
    for name in ("钟楼区", "深圳市", "龙岗区", "文登区", "云浮市"):
        assert name in text
    assert "钟楼区：需要 [第十五条]" in text
    full = u.press("钟楼区详情")
    assert "【钟楼区】" in full and "第十五条" in full and "深圳" not in full


def test_a_question_that_names_its_places_is_answered_for_each_in_full(app):
    # (two places named, each with its own amount: not "未指明地区", and each place's own verdict)
    text = User(app).say("龙岗区五十万、钟楼区二十万的项目分别要不要监理？")
    assert "未指明地区" not in text and "【龙岗区】" in text and "【钟楼区】" in text
    assert "监理：不需要" in text.split("【钟楼区】")[1] and "深圳" not in text


def test_a_question_with_a_current_project_is_answered_for_its_jurisdiction(app):
    project(app)
    u = User(app)
    u.say("/status")
    text = u.say("需要监理吗？")
    assert "【钟楼区】" in text and "龙岗" not in text and "补充" in text and "钟楼区" in text.split("补充")[1]


def test_reply_language_follows_what_the_user_writes_until_lang_is_set(app):
    u = User(app)
    u.app.handle(Incoming("test", "u1", "/start", language_hint="en"))  # an English Telegram client
    assert "不客气" in u.say("谢谢")  # ... but the user writes Chinese
    assert "没有进行中的操作" in u.say("/cancel")  # commands keep the language last written
    assert "You're welcome" in u.say("thank you")
    assert "nothing to cancel" in u.say("/cancel")
    assert app.store.find_user("test", "u1")["language"] == "en"  # reminders follow it too
    u.say("/lang zh")
    assert "不客气" in u.say("thanks")  # /lang set explicitly wins over the language written
    u.say("/lang auto")
    assert "You're welcome" in u.say("thanks")


@pytest.mark.parametrize("said", ["谢谢", "👍", "你好", "thanks", "hello"])
def test_greetings_and_thanks_get_a_short_friendly_reply(app, said):
    text = User(app).say(said)
    assert "没有找到" not in text and "Nothing in the knowledge base" not in text
    assert len(text) < 200 and ("/" in text)


# -- robustness ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("data", ["proj:99999999999999999999999", "done:-1", "snooze:18446744073709551616",
                                  "path:abc", "del:9223372036854775808"])
def test_forged_button_ids_are_refused_like_stale_buttons(app, data):
    project(app)
    text = User(app).raw(data)
    assert "出了问题" not in text and ("失效" in text or "找不到" in text)


def test_a_stale_conversation_write_is_refused_and_redone_on_fresh_state(app):
    u = User(app)
    u.say("/new")
    store = app.store
    real = store.load_conversation_version
    calls = []

    def stale_once(user_id):
        state, version = real(user_id)
        calls.append(version)
        if len(calls) == 1:  # as if read just before another window saved the name
            return state, version - 1
        return state, version

    store.load_conversation_version = stale_once
    try:
        text = u.say("智慧城管平台")
    finally:
        store.load_conversation_version = real
    assert len(calls) == 2 and "（2）项目在哪个地区" in text
    assert u.conv["flow"]["answers"] == {"name": "智慧城管平台"}


def test_store_refuses_a_save_from_an_old_version():
    store = Store(":memory:")
    user, _ = store.get_or_create_user("test", "1")
    assert store.load_conversation_version(user["id"]) == (None, 0)
    v1 = store.save_conversation(user["id"], {"a": 1}, expected_version=0)
    assert v1 == 1 and store.load_conversation_version(user["id"]) == ({"a": 1}, 1)
    with pytest.raises(StaleState):
        store.save_conversation(user["id"], {"a": 2}, expected_version=0)
    assert store.save_conversation(user["id"], {"a": 3}, expected_version=1) == 2
    with pytest.raises(StaleState):
        store.save_conversation(user["id"], {"a": 4}, expected_version=1)
    assert store.load_conversation(user["id"]) == {"a": 3}
    store.close()
