"""Money in words: ``yuan(800000)`` is 80万元, ``yuan(800000, "en")`` 800,000 yuan."""
from __future__ import annotations

from functools import cache, lru_cache

from ..i18n import locale, number, t

_MYRIADS = (100_000_000, 10_000)  # 亿, 万


@lru_cache(maxsize=4096)
def yuan(value: int, lang: str = "zh") -> str:
    """800000 -> 80万元 / 800,000 yuan (the catalogue's money.yuan, the number formatted by Babel).
    A language whose numbers count in myriads writes an amount in 亿 or 万 when it is exact in
    them to two decimals (1.2亿元, 123.45万元, 1234元)."""
    units = _myriad_units(lang)
    for size in _MYRIADS:
        if size in units and value >= size and value % (size // 100) == 0:
            return t("money.yuan", lang, amount=number(value / size, lang) + units[size])
    return t("money.yuan", lang, amount=number(value, lang))


@cache
def _myriad_units(lang: str) -> dict[int, str]:
    """The units that start at ten thousand and a hundred million in the locale's CLDR compact
    numbers ({10000: "万", 100000000: "亿"} in Chinese); none where they count in thousands (en: 00k)."""
    patterns = locale(lang).compact_decimal_formats["short"]["other"]
    return {size: p[1:] for size in _MYRIADS
            if (p := patterns[str(size)].pattern).startswith("0") and not p.startswith("00")}
