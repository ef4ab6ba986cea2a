"""Words for a rule's outcome on a profile: which threshold held or failed, and why."""
from __future__ import annotations

from ..reader.amounts import yuan
from .model import Profile, Rule, Test
from .words import value_name


def _shown(field: str, value, lang: str) -> str:
    from .thresholds import MONEY, UNITS

    if field in MONEY:
        return yuan(value, lang)
    unit = UNITS.get(field, ("", ""))[0 if lang == "zh" else 1]
    return f"{value:g}{unit}"


def _bound_of_span(span: tuple[float, float], value: float) -> str:
    low, high = span
    if low > 0 and high != float("inf") and low < value < high:
        return "about"
    if high == float("inf"):
        return "ge" if low == value else "gt"
    return "le" if high == value else "lt"


def test_line(t: Test, profile: Profile, lang: str) -> str:
    span = profile.ranges.get(t.field)
    if span is not None and t.threshold is not None:
        held = t.check(profile)
        value = profile.get(t.field) if t.field in ("amount", "software_cost", "contract_amount") else getattr(profile, t.field)
        bound = _bound_of_span(span, value)
        words = {"lt": ("不满", "under"), "le": ("不超过", "at most"), "gt": ("超过", "over"), "ge": ("不低于", "at least"),
                 "about": ("约", "about")}
        said = f"{words[bound][0 if lang == 'zh' else 1]}{'' if lang == 'zh' else ' '}{_shown(t.field, value, lang)}"
        if span[0] > 0 and span[1] != float("inf") and bound != "about":  # 八十多万: between two amounts
            lo, hi = (_shown(t.field, round(x), lang) for x in span)
            said = f"在{lo}至{hi}之间" if lang == "zh" else f"between {lo} and {hi}"
        verdict = {True: ("满足", "meets"), False: ("不满足", "does not meet"), None: ("跨越", "straddles")}[held]
        if lang == "zh":
            return f"本项目{said}，{verdict[0]}“{t.threshold.describe('zh')}”（{t.threshold.basis}）"
        return f"this project ({said}) {verdict[1]} “{t.threshold.describe('en')}”"
    value = profile.get(t.field)
    if value is None:
        return (f"取决于{value_name(t.field, None, 'zh') if t.threshold is None else t.threshold.describe('zh').split()[0]}："
                f"{t.describe('zh')}时适用" if lang == "zh" else f"depends on {t.describe('en')}")
    held = t.check(profile)
    if t.threshold is not None:
        shown = _shown(t.field, value, lang)
        assumed = getattr(profile, t.field) is None  # taken from the project amount
        if lang == "zh":
            who = (f"以项目金额估计{'合同金额' if t.field == 'contract_amount' else '软件开发费'}，") if assumed else ""
            return f"{who}本项目{shown}，{'满足' if held else '不满足'}“{t.describe('zh')}”（{t.threshold.basis}）"
        who = (f"taking the project amount as the {'contract amount' if t.field == 'contract_amount' else 'software cost'}, "
               if assumed else "")
        return f"{who}this project's {shown} {'meets' if held else 'does not meet'} “{t.describe('en')}”"
    name = value_name(t.field, value, lang)
    if lang == "zh":
        return f"本项目为{name}，{'符合' if held else '不符合'}“{t.describe('zh')}”"
    return f"this project is {name}, which {'meets' if held else 'does not meet'} “{t.describe('en')}”"


def rule_lines(rule: Rule, profile: Profile, lang: str) -> list[str]:
    lines = [test_line(t, profile, lang) for t in rule.when]
    lines += [test_line(t, profile, lang) for t in rule.requires if profile.get(t.field) is not None]
    return lines
