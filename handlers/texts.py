"""Everything the bot says, in Chinese and English."""
from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "zh": "您好！我是政务信息化项目助手，依据深圳、龙岗、文登、钟楼、云浮五地的管理办法回答问题，并逐条注明出处。\n"
              "我可以：\n• 回答问题，例如“钟楼区80万的项目需要监理吗？”\n• /new 申报一个项目，我会列出审批路径和各项报送期限\n"
              "• 在期限前提醒您（按中国法定工作日计算）\n• /status 查看项目进展，/deadlines 查看待办期限\n/help 查看全部命令，/lang 切换语言。",
        "en": "Hello! I help staff of government IT projects follow the regulations of Shenzhen, Longgang, Wendeng, "
              "Zhonglou and Yunfu, citing the article for every answer.\nI can:\n• answer questions, e.g. "
              "“Does a 2 million yuan project in Zhonglou need a supervisor?”\n• /new declare a project: I list its approval "
              "path and filing deadlines\n• remind you before a filing is due (in Chinese working days)\n• /status shows a "
              "project, /deadlines what is due\n/help lists all commands, /lang switches language.",
    },
    "help": {
        "zh": "命令：\n/new 申报新项目\n/projects 我的项目\n/status [项目] 项目状态卡\n/deadlines 待办期限\n/export 导出日历(.ics)\n"
              "/settings 提醒设置\n/cancel 取消当前操作\n/lang 切换中文/English\n也可以直接提问，或告诉我进展，例如“合同3月2日签了”。",
        "en": "Commands:\n/new declare a project\n/projects my projects\n/status [project] status card\n/deadlines what is due\n"
              "/export calendar file (.ics)\n/settings reminders\n/cancel stop what we are doing\n/lang 中文/English\nOr just ask a question, or tell "
              "me what happened, e.g. “contract signed on March 2”.",
    },
    "empty": {"zh": "消息是空的，请输入问题或命令（/help）。", "en": "That message was empty. Type a question or a command (/help)."},
    "too_long": {"zh": "消息太长（{n}字），请控制在{max}字以内。", "en": "That message is too long ({n} characters); please keep it under {max}."},
    "binary": {"zh": "无法识别这条消息的内容，请用文字输入。", "en": "I can't read that message; please type text."},
    "media": {"zh": "抱歉，我只能处理文字消息，暂不支持图片、贴纸、语音或文件。", "en": "Sorry, I can only read text — not photos, stickers, voice or files."},
    "unknown_command": {"zh": "不认识命令 {cmd}。发送 /help 查看可用命令。", "en": "I don't know {cmd}. Send /help for the commands."},
    "cancelled": {"zh": "已取消。", "en": "Cancelled."},
    "nothing_to_cancel": {"zh": "当前没有进行中的操作。", "en": "There is nothing to cancel."},
    "lang_set": {"zh": "已切换为中文。", "en": "Switched to English."},
    "no_projects": {"zh": "您还没有项目。发送 /new 申报一个。", "en": "You have no projects yet. Send /new to declare one."},
    "projects_head": {"zh": "您的项目：", "en": "Your projects:"},
    "not_your_project": {"zh": "找不到这个项目。", "en": "I can't find that project."},
    "pick_project": {"zh": "请选择项目：", "en": "Which project?"},
    "stale_button": {"zh": "这个按钮已失效。", "en": "That button is no longer valid."},
    "need_project": {"zh": "请先用 /new 申报项目，或用 /projects 选择一个项目。", "en": "Declare a project with /new or pick one with /projects first."},
    "filled_from_project": {"zh": "（已按您当前的项目“{name}”补充：{what}）", "en": "(Filled in from your current project “{name}”: {what})"},
    "event_recorded": {"zh": "已记录：{event} {date}。", "en": "Recorded: {event} on {date}."},
    "event_future": {"zh": "{event}的日期不能晚于今天（{today}）。", "en": "{event} cannot be later than today ({today})."},
    "event_order": {"zh": "日期与已记录的事件顺序矛盾：{detail}", "en": "That date contradicts the recorded events: {detail}"},
    "changes_head": {"zh": "期限变化：", "en": "Deadline changes:"},
    "no_changes": {"zh": "报送期限没有变化。", "en": "No deadline changed."},
    "added": {"zh": "新增", "en": "new"}, "removed": {"zh": "取消", "en": "removed"}, "moved": {"zh": "调整", "en": "moved"},
    "done": {"zh": "已标记完成：{title}。", "en": "Marked done: {title}."},
    "undone": {"zh": "已撤销完成：{title}。", "en": "No longer done: {title}."},
    "snoozed": {"zh": "已推迟提醒到 {date}：{title}。", "en": "Reminder snoozed to {date}: {title}."},
    "no_deadlines": {"zh": "没有待办期限。", "en": "Nothing is due."},
    "export_ready": {"zh": "项目“{name}”的期限日历（{n}项）。", "en": "Calendar of “{name}” ({n} deadlines)."},
    "ask_event_date": {"zh": "{event}是哪一天？（如 3月5日、上周五、2026-03-05）", "en": "When was {event}? (e.g. 2026-03-05, last friday, March 5)"},
    "in_interview": {"zh": "我们正在申报项目，请先回答上面的问题，或发送 /cancel 取消。", "en": "We are declaring a project: answer the question above, or /cancel."},
    "private": {"zh": "这是一个内部机器人，暂不对外开放。", "en": "Sorry, this bot is private."},
    "error": {"zh": "抱歉，处理这条消息时出了问题，请重试。", "en": "Sorry, something went wrong with that message; please try again."},
    # -- the web chat's page (bot/web/static reads every key starting with "web_") ----------------
    "web_title": {"zh": "政务信息化项目助手", "en": "Government IT project assistant"},
    "web_send": {"zh": "发送", "en": "Send"},
    "web_placeholder": {"zh": "输入问题或命令（/help）", "en": "A question or a command (/help)"},
    "web_projects": {"zh": "项目", "en": "Projects"},
    "web_inbox": {"zh": "提醒", "en": "Reminders"},
    "web_settings": {"zh": "设置", "en": "Settings"},
    "web_signout": {"zh": "退出登录", "en": "Sign out"},
    "web_close": {"zh": "关闭", "en": "Close"},
    "web_language": {"zh": "English", "en": "中文"},
    "web_you": {"zh": "我", "en": "You"},
    "web_bot": {"zh": "助手", "en": "Assistant"},
    "web_sources": {"zh": "依据", "en": "Sources"},
    "web_download": {"zh": "下载", "en": "Download"},
    "web_no_projects": {"zh": "还没有项目。点“申报项目”开始。", "en": "No projects yet. Press “Declare a project” to begin."},
    "web_declare": {"zh": "申报项目", "en": "Declare a project"},
    "web_status": {"zh": "状态", "en": "Status"},
    "web_timeline": {"zh": "期限时间线", "en": "Deadline timeline"},
    "web_ics": {"zh": "下载日历 (.ics)", "en": "Download calendar (.ics)"},
    "web_inbox_empty": {"zh": "没有提醒。", "en": "No reminders."},
    "web_mark_read": {"zh": "全部标为已读", "en": "Mark all read"},
    "web_email": {"zh": "接收提醒的电子邮箱（留空则不发邮件）", "en": "E-mail address for reminders (empty: no e-mail)"},
    "web_save": {"zh": "保存", "en": "Save"},
    "web_saved": {"zh": "已保存。", "en": "Saved."},
    "web_bad_email": {"zh": "邮箱地址格式不正确。", "en": "That is not an e-mail address."},
    "web_overview": {"zh": "全部门概览", "en": "Department overview"},
    "web_article": {"zh": "条文", "en": "Article"},
    "web_status_draft": {"zh": "草案", "en": "draft"},
    "web_status_expired": {"zh": "已过有效期", "en": "lapsed"},
    "web_status_in_force": {"zh": "现行有效", "en": "in force"},
    "web_status_unknown": {"zh": "施行日期不详", "en": "date of effect unknown"},
    "web_done": {"zh": "已完成", "en": "done"},
    "web_due": {"zh": "待办", "en": "due"},
    "web_overdue": {"zh": "已逾期", "en": "overdue"},
    "web_provisional": {"zh": "暂定", "en": "provisional"},
    "web_today": {"zh": "今天", "en": "today"},
    "web_no_deadlines": {"zh": "暂无期限。", "en": "No deadlines yet."},
    "web_error": {"zh": "网络或服务器出错，请重试。", "en": "Network or server error; please try again."},
    "web_slow_down": {"zh": "发送太频繁，请{n}秒后再试。", "en": "Too many messages; try again in {n} s."},
    "web_too_big": {"zh": "消息太大。", "en": "That message is too large."},
    "web_signed_out": {"zh": "您已退出登录。请使用新的登录链接再次登录。", "en": "You are signed out. Use a new sign-in link to come back."},
    "web_link_refused": {"zh": "登录链接无效、已使用或已过期。请向管理员索取新的链接。",
                         "en": "This sign-in link is unknown, used or expired. Ask your administrator for a new one."},
    "web_unread": {"zh": "{n}条未读", "en": "{n} unread"},
    "web_mail_subject": {"zh": "政务信息化项目提醒：{project}", "en": "Project reminder: {project}"},
    "web_mail_footer": {"zh": "—— 政务信息化项目助手。请在内网打开助手处理：{url}", "en": "— Government IT project assistant. Open it on the intranet: {url}"},
    "web_new_reminder": {"zh": "新提醒", "en": "New reminder"},
}


def catalogue(prefix: str, lang: str) -> dict[str, str]:
    """Every text whose key starts with ``prefix``, in ``lang`` (for a channel that shows its own
    words, e.g. the web page's buttons)."""
    return {k: v.get(lang) or v["zh"] for k, v in TEXTS.items() if k.startswith(prefix)}


def t(key: str, lang: str, **kw) -> str:
    text = TEXTS[key].get(lang) or TEXTS[key]["zh"]
    return text.format(**kw) if kw else text
