"""The web chat end to end in a real browser: Debian's chromium driven by Playwright, against
``python -m bot web`` on 127.0.0.1, on a phone-sized screen (390×844).

One person's whole day: sign in with a link, ask a question and open its cited article, declare
a project with buttons and typed answers, see the status card and the timeline, receive a
reminder live when the clock moves to 09:30, download the .ics, switch language, sign out.
Screenshots of the main screens go to tests/web/screenshots/.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="run tests/web/install_browser.sh first")


@pytest.fixture
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def last_bot(page):
    return page.locator("#chat .msg.bot").last


def more_replies(page, before: int, timeout: float = 15.0) -> None:
    """Wait for a new reply (polled from Python: the page's CSP rightly refuses eval'd predicates)."""
    deadline = time.monotonic() + timeout
    while page.locator("#chat .msg.bot").count() <= before:
        assert time.monotonic() < deadline, "no reply"
        page.wait_for_timeout(30)


def say(page, text: str) -> None:
    before = page.locator("#chat .msg.bot").count()
    page.fill("#input", text)
    page.keyboard.press("Enter")
    more_replies(page, before)


def press(page, label: str) -> None:
    before = page.locator("#chat .msg.bot").count()
    last_bot(page).get_by_role("button", name=label, exact=False).first.click()
    more_replies(page, before)


def test_a_day_in_the_web_chat(web_server, browser):
    expect = playwright.expect
    _, url = web_server.add_user("张三")
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    # sign in with the link: the greeting, in Chinese
    page.goto(url)
    expect(page.locator("#chat .msg.bot").first).to_contain_text("政务信息化项目助手")
    expect(page.locator("#btn-projects")).to_have_text("项目")

    # a question; its cited article opens in the side panel with the quoted words marked
    say(page, "钟楼区80万的项目需要监理吗？")
    expect(last_bot(page)).to_contain_text("第十五条")
    shot(page, "1-answer")
    last_bot(page).locator("button.cite", has_text="第十五条").first.click()
    panel = page.locator("#panel")
    expect(panel).to_be_visible()
    expect(page.locator("#panel-title")).to_have_text("第十五条")
    expect(panel).to_contain_text("钟楼区政务信息化项目建设管理办法实施细则")
    expect(panel.locator("mark")).to_contain_text("30万元(含)以上的信息化项目必须实行监理制")
    shot(page, "2-article")
    page.set_viewport_size({"width": 1100, "height": 720})  # a desktop: the article beside the chat
    shot(page, "2-article-desktop")
    page.set_viewport_size({"width": 390, "height": 844})
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()

    # declare a project: typed answers and buttons; a name with markup stays text
    say(page, "/new")
    say(page, "智慧城管<b>平台</b>")
    press(page, "钟楼区")
    say(page, "八十万")
    press(page, "软件开发")
    say(page, "30万")
    press(page, "跳过")
    say(page, "已签合同")
    say(page, "2026-10-09")
    say(page, "2026-11-02")
    expect(last_bot(page)).to_contain_text("请确认项目信息")
    shot(page, "3-interview")
    press(page, "确认")
    expect(page.locator("#chat")).to_contain_text("项目已保存")
    assert page.locator("#chat b").count() == 0  # the markup was shown, not applied
    press(page, "完成：项目计划任务书")  # one filing done: the timeline shows it green
    expect(last_bot(page)).to_contain_text("已标记完成")

    # the project panel: the status card and the timeline picture
    page.click("#btn-projects")
    page.locator("#panel .list button").first.click()
    expect(page.locator("#panel-title")).to_have_text("智慧城管<b>平台</b>")
    expect(page.locator("#panel .card")).to_contain_text("审批路径")
    timeline = page.locator("#panel img.timeline")
    expect(timeline).to_be_visible()
    for _ in range(100):
        if timeline.evaluate("img => img.complete && img.naturalWidth > 0"):
            break
        page.wait_for_timeout(50)
    assert timeline.evaluate("img => img.naturalWidth") > 0
    shot(page, "4-project")

    # the .ics download
    with page.expect_download() as info:
        page.click("#ics-link")
    path = info.value.path()
    assert Path(path).read_bytes().startswith(b"BEGIN:VCALENDAR")
    page.click("#panel-close")

    # 09:30 (reminders go out at 09:00): they arrive live and the unread count grows
    page.wait_for_timeout(1000)  # nothing is due before 09:00
    def unread() -> int:
        return int(page.locator("#unread").inner_text()) if page.locator("#unread").is_visible() else 0
    before, bubbles = unread(), page.locator("#chat .msg.reminder").count()
    web_server.set_clock("2026-11-23T09:30:00+08:00")
    deadline = time.monotonic() + 20
    while unread() <= before:
        assert time.monotonic() < deadline, "no reminder arrived"
        page.wait_for_timeout(100)
    assert page.locator("#chat .msg.reminder").count() > bubbles
    expect(page.locator("#chat .msg.reminder").last).to_contain_text("智慧城管<b>平台</b>")
    expect(page.locator("#toast")).to_be_visible()
    shot(page, "5-reminder")
    page.click("#btn-inbox")
    expect(page.locator("#panel .inbox-item").first).to_be_visible()
    shot(page, "6-inbox")
    page.click("#panel-close")
    expect(page.locator("#unread")).to_be_hidden()

    # history survives a reload
    page.reload()
    expect(page.locator("#chat")).to_contain_text("项目已保存")

    # English
    page.click("#btn-lang")
    expect(page.locator("#btn-projects")).to_have_text("Projects")
    say(page, "/help")
    expect(last_bot(page)).to_contain_text("Commands")
    shot(page, "7-english")

    # sign out: the page says so and the session is gone
    page.click("#btn-logout")
    expect(page.locator("#signedout")).to_contain_text("signed out")
    assert page.evaluate("fetch('/api/session').then(r => r.status)") == 401

    # every request stayed on this server; nothing failed in the page
    assert all(u.startswith(web_server.base) for u in requests), [u for u in requests if not u.startswith(web_server.base)]
    assert not [e for e in errors if not re.search(r"401|Failed to load resource", e)], errors
    context.close()


def test_keyboard_alone(web_server, browser):
    """Tab to the composer, type, Enter; Tab to a reply's button, Enter; Escape closes a panel."""
    _, url = web_server.add_user("李四")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(url)
    playwright.expect(page.locator("#chat .msg.bot").first).to_be_visible()
    page.focus("#input")
    page.keyboard.type("/new")
    page.keyboard.press("Enter")
    playwright.expect(last_bot(page)).to_contain_text("项目叫什么名字")
    page.keyboard.type("键盘项目")
    page.keyboard.press("Enter")
    playwright.expect(last_bot(page).get_by_role("button", name="钟楼区", exact=False).first).to_be_visible()
    last_bot(page).get_by_role("button", name="钟楼区", exact=False).first.focus()
    page.keyboard.press("Enter")
    playwright.expect(last_bot(page)).to_contain_text("（3）")
    page.focus("#btn-settings")
    page.keyboard.press("Enter")
    playwright.expect(page.locator("#panel")).to_be_visible()
    page.keyboard.press("Escape")
    playwright.expect(page.locator("#panel")).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "btn-settings"
    page.close()
