"""Button labels for the interview's fixed choices."""
from knowledge.i18n import names
from knowledge.rules.words import FUNDING_NAMES, KIND_NAMES

KIND_LABELS = names("kind.", KIND_NAMES)  # the short names: 软件开发类, not 软件开发类（含…）
FUNDING_LABELS = FUNDING_NAMES
YES_NO = names("answer.", ("yes", "no"))
