"""Button labels for the interview's fixed choices."""
from knowledge.i18n import names
from knowledge.words import FUNDING_NAMES, KIND_NAMES

KIND_LABELS = {k: {"zh": v["zh"].split("（")[0], "en": v["en"].split(" (")[0]} for k, v in KIND_NAMES.items()}
FUNDING_LABELS = FUNDING_NAMES
YES_NO = names("answer.", ("yes", "no"))
