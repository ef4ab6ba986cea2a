"""Reminder settings: /settings shows them, its buttons (set:step:<key>, set:hour:<h>, set:quiet)
change them. No state between messages: every button carries what it changes."""
from __future__ import annotations

from ..buttons import Action, Verb, encode
from ..replies import Button, Reply, rows
from ..texts import t

STEP_NAMES = ("d-7", "wd-3", "wd-1", "d0", "overdue")  # their names: catalogue keys step_<name>


def show(session, arg: str = "") -> list[Reply]:
    lang = session.lang
    st = session.user["reminder_settings"]
    lines = [t("settings_head", lang)]
    buttons = []
    for key in STEP_NAMES:
        on = st["steps"].get(key, True)
        lines.append(f" {'✅' if on else '⬜'} {t('step_' + key, lang)}")
        buttons.append(Button(f"{'✅' if on else '⬜'} {t('step_' + key, lang)}", encode(Verb.SETTINGS, "step", key)))
    lines.append(t("settings_time", lang, time=f"{int(st['hour']):02d}:00"))
    quiet = st.get("quiet_non_working_days", True)
    lines.append(t("settings_quiet_on" if quiet else "settings_quiet_off", lang))
    buttons += [Button(f"{h:02d}:00", encode(Verb.SETTINGS, "hour", h)) for h in (8, 9, 10, 14)]
    buttons.append(Button(t("btn_quiet_on" if quiet else "btn_quiet_off", lang), encode(Verb.SETTINGS, "quiet")))
    return [Reply("\n".join(lines), rows(buttons, 2))]


def on_text(session, state: None, text: str) -> list[Reply]:
    return show(session)


def on_button(session, state: None, action: Action) -> list[Reply]:
    args = list(action.args)
    current = session.user["reminder_settings"]
    st = {**current, "steps": dict(current["steps"])}
    if args[:1] == ["step"] and len(args) == 2 and args[1] in STEP_NAMES:
        st["steps"][args[1]] = not st["steps"].get(args[1], True)
    elif args[:1] == ["hour"] and len(args) == 2 and args[1].isdigit() and 0 <= int(args[1]) <= 23:
        st["hour"] = int(args[1])
    elif args == ["quiet"]:
        st["quiet_non_working_days"] = not st.get("quiet_non_working_days", True)
    else:
        return [Reply(t("stale_button", session.lang))]
    session.user = session.store.update_user(session.uid, reminder_settings=st)
    return show(session)
