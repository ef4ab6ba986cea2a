"""Thresholds as the statutes word them.

A threshold is the number the text gives and the word it uses. The word decides which side the
number itself falls on: an explicit （含）/（不含） settles it; otherwise 以上, 以下 and 以内 include
the number and 超过 and 不满 do not (民法典 第一千二百五十九条: "民法所称的'以上''以下''以内'
'届满'，包括本数；所称的'不满''超过''以外'，不包括本数").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..facts.money import yuan
from ..i18n import number, t

# word -> (direction, includes the number by default)
WORDS: dict[str, tuple[str, bool]] = {
    "以上": ("min", True), "及以上": ("min", True), "不少于": ("min", True), "不低于": ("min", True),
    "超过": ("min", False), "高于": ("min", False), "多于": ("min", False), "大于": ("min", False),
    # 以后/以前 (试运行3个月以后) are not in 第一千二百五十九条; read like 以上/以下, including the point itself
    "以后": ("min", True), "以前": ("max", True),
    "以下": ("max", True), "以内": ("max", True), "不超过": ("max", True), "不高于": ("max", True),
    "不满": ("max", False), "不足": ("max", False), "低于": ("max", False), "少于": ("max", False),
    "小于": ("max", False),
}
MONEY = ("amount", "software_cost", "contract_amount")


@dataclass(frozen=True)
class Threshold:
    field: str              # profile field: amount, software_cost, contract_amount, ...
    value: float
    word: str               # the statutory word: 以上, 超过, 不满, ...
    explicit: str = ""      # "含" or "不含" where the text says so
    inclusive_override: bool | None = None
    why: str = ""           # reason for an override, e.g. the other side of the same article says （含）

    def __post_init__(self):
        if self.word not in WORDS:
            raise ValueError(f"unknown statutory word {self.word!r} (known: {', '.join(WORDS)})")
        if self.explicit not in ("", "含", "不含"):
            raise ValueError(f"explicit must be 含 or 不含, not {self.explicit!r}")

    @property
    def direction(self) -> str:
        return WORDS[self.word][0]

    @property
    def inclusive(self) -> bool:
        if self.inclusive_override is not None:
            return self.inclusive_override
        if self.explicit:
            return self.explicit == "含"
        return WORDS[self.word][1]

    def basis(self, lang: str = "zh") -> str:
        """Why the number falls on the side it does, in words."""
        if self.inclusive_override is not None:
            return self.why
        if self.explicit:
            return t("threshold.explicit", lang, explicit=self.explicit)
        return t("threshold.includes" if self.inclusive else "threshold.excludes", lang, word=self.word,
                 law=t("threshold.civil_code", lang))

    def holds(self, value: int) -> bool:
        if self.direction == "min":
            return value >= self.value if self.inclusive else value > self.value
        return value <= self.value if self.inclusive else value < self.value

    def describe(self, lang: str = "zh") -> str:
        sign = {("min", True): "≥", ("min", False): ">", ("max", True): "≤", ("max", False): "<"}[
            (self.direction, self.inclusive)]
        return t("threshold.describe", lang, field=t("threshold.field." + self.field, lang), sign=sign,
                 value=shown(self.field, self.value, lang))


MEASURES = ("change_percent", "warranty_years", "trial_months")  # each with its unit: the catalogue's unit.<field>


def shown(field: str, value, lang: str) -> str:
    """A number of a profile field in words: money in yuan, a measure with its unit."""
    if field in MONEY:
        return yuan(value, lang)
    if field in MEASURES:
        return t("unit." + field, lang, value=number(value, lang, "fmt.measure"), n=1 if value == 1 else 2)
    return number(value, lang, "fmt.measure")
