"""Display names for profile values and verdicts: tables of catalogue texts (kind_long.*,
field_name.*, funding.*, verdict.*), each indexed ``[key][lang]``."""
from ..facts.profile import FUNDING, KINDS
from ..i18n import names, t

VERDICTS = ("yes", "no", "conditional", "not_specified", "not_applicable", "info")
KIND_NAMES = names("kind_long.", KINDS)
FIELD_LABELS = names("field_name.", ("kind", "funding", "new_initiative", "urgent", "unit_level", "classified", "central_procurement"))
FUNDING_NAMES = names("funding.", FUNDING)
VERDICT_NAMES = names("verdict.", VERDICTS)
UNIT_LEVEL_NAMES = names("unit_level.", ("city", "province"))
_TABLES = {"kind": KIND_NAMES, "funding": FUNDING_NAMES, "unit_level": UNIT_LEVEL_NAMES}


def value_name(field: str, value, lang: str) -> str:
    """A profile value's name (the field's name for None); an unknown value as it is."""
    if value is None:
        return FIELD_LABELS[field][lang] if field in FIELD_LABELS else field
    if field in _TABLES:
        table = _TABLES[field]
        return table[value][lang] if value in table else value
    if field in ("new_initiative", "urgent"):
        return t("answer.yes" if value else "answer.no", lang)
    return str(value)
