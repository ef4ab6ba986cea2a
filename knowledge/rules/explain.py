"""Words for a rule's outcome on a profile: which threshold held or failed, and why (the
catalogue's explain.* texts)."""
from __future__ import annotations

from ..i18n import t
from .model import Profile, Rule, Test
from .thresholds import MONEY, shown
from .words import value_name

_HELD = {True: "meets", False: "fails", None: "straddles"}


def _bound_of_span(span: tuple[float, float], value: float) -> str:
    low, high = span
    if low > 0 and high != float("inf") and low < value < high:
        return "about"
    if high == float("inf"):
        return "ge" if low == value else "gt"
    return "le" if high == value else "lt"


def test_line(test: Test, profile: Profile, lang: str) -> str:
    span = profile.ranges.get(test.field)
    threshold = test.threshold
    if span is not None and threshold is not None:
        held = test.check(profile)
        value = profile.get(test.field) if test.field in MONEY else getattr(profile, test.field)
        bound = _bound_of_span(span, value)
        said = t("explain.bound." + bound, lang, value=shown(test.field, value, lang))
        if span[0] > 0 and span[1] != float("inf") and bound != "about":  # 八十多万: between two amounts
            low, high = (shown(test.field, round(x), lang) for x in span)
            said = t("explain.between", lang, low=low, high=high)
        return t("explain.range." + _HELD[held], lang, said=said, test=threshold.describe(lang),
                 basis=threshold.basis(lang))
    value = profile.get(test.field)
    if value is None:
        what = value_name(test.field, None, lang) if threshold is None else threshold.describe(lang).split()[0]
        return t("explain.depends", lang, what=what, test=test.describe(lang))
    held = test.check(profile)
    if threshold is not None:
        shown_value = shown(test.field, value, lang)
        if test.field == "change_percent" and profile.change_amount:   # 累计变更83万元，占10.38%
            shown_value = t("explain.change_share", lang, amount=shown("amount", profile.change_amount, lang), share=shown_value)
        assumed = ""
        if getattr(profile, test.field) is None:  # taken from the project amount
            what = "contract_amount" if test.field == "contract_amount" else "software_cost"
            assumed = t("explain.assumed", lang, what=t("explain.assumed." + what, lang))
        return t("explain.value.meets" if held else "explain.value.fails", lang, assumed=assumed,
                 value=shown_value, test=test.describe(lang), basis=threshold.basis(lang))
    if isinstance(value, bool):   # 本项目为新动议项目, this project is a new initiative
        return t("explain.flag.meets" if held else "explain.flag.fails", lang,
                 flag=t(f"explain.flag.{test.field}.{str(value).lower()}", lang), test=test.describe(lang))
    return t("explain.choice.meets" if held else "explain.choice.fails", lang,
             name=value_name(test.field, value, lang), test=test.describe(lang))


def rule_lines(rule: Rule, profile: Profile, lang: str) -> list[str]:
    lines = [test_line(t, profile, lang) for t in rule.when]
    lines += [test_line(t, profile, lang) for t in rule.requires if profile.get(t.field) is not None]
    return lines
