"""Words for a rule's outcome on a profile: which threshold held or failed, and why."""
from __future__ import annotations

from .amounts import yuan
from .rules import Profile, Rule, Test
from .words import value_name


def test_line(t: Test, profile: Profile, lang: str) -> str:
    value = profile.get(t.field)
    if value is None:
        return (f"取决于{value_name(t.field, None, 'zh') if t.threshold is None else t.threshold.describe('zh').split()[0]}："
                f"{t.describe('zh')}时适用" if lang == "zh" else f"depends on {t.describe('en')}")
    held = t.check(profile)
    if t.threshold is not None:
        shown = yuan(value, lang)
        assumed = t.field == "contract_amount" and profile.contract_amount is None
        if lang == "zh":
            who = "以项目金额估计合同金额，" if assumed else ""
            return f"{who}本项目{shown}，{'满足' if held else '不满足'}“{t.describe('zh')}”（{t.threshold.basis}）"
        who = "taking the project amount as the contract amount, " if assumed else ""
        return f"{who}this project's {shown} {'meets' if held else 'does not meet'} “{t.describe('en')}”"
    name = value_name(t.field, value, lang)
    if lang == "zh":
        return f"本项目为{name}，{'符合' if held else '不符合'}“{t.describe('zh')}”"
    return f"this project is {name}, which {'meets' if held else 'does not meet'} “{t.describe('en')}”"


def rule_lines(rule: Rule, profile: Profile, lang: str) -> list[str]:
    return [test_line(t, profile, lang) for t in rule.when]
