"""The part the asker says they play in a project, when it is not the unit that runs it: a vendor (我是承建方, "Vendor
here", "As the contractor"), the supervision firm, the design unit, the testing body, a review expert. Asked "do we have
to …" (要我们报区里备案吗, "is the 初验 something we have to organize?"), the duty is that role's only where the text lays
it on that role.
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from .actors import EN_BODIES

# each role by the words an asker uses for it, with the name the texts give it
_ROLES = [(r"承建方|承建单位|承建商|施工方|施工单位|供应商|集成商|中标单位|中标方|中标人|开发商|开发方|开发公司|乙方|承包方|总包", "承建单位"),
          (r"监理单位|监理方|监理公司|监理", "监理单位"), (r"设计单位|设计院|设计方", "设计单位"),
          (r"测评机构|测评单位|测评公司|检测机构", "测评单位"), (r"评审专家|专家组成员|专家", "专家")]
# (in English, the parties of a project as every English reading names them: EN_BODIES; then the two only an asker is)
_EN_ROLES = [*((p, zh) for p, zh in EN_BODIES if zh in ("承建单位", "监理单位", "设计单位")),
             (r"testing (?:agency|lab|laboratory|firm|company|body)|test lab", "测评单位"),
             (r"(?:review |panel )?expert|reviewer", "专家")]
_ZH_WORDS = "|".join(p for p, _ in _ROLES)
_EN_WORDS = "|".join(p for p, _ in _EN_ROLES)
_DECLARED = lazy_regex(rf"(?:我|我们|咱们|本公司|我司|我方)(?:这边)?(?:是|作为|属于)(?:这个|该|本|一个|一家|个)?(?:项目的?)?(?P<r>{_ZH_WORDS})"
                       rf"|作为(?:这个|该|本|一个|一家)?(?:项目的?)?(?P<r2>{_ZH_WORDS})(?:方|的)?[，,：:\s]"
                       rf"|^\s*(?P<r3>{_ZH_WORDS})(?:这边|方面)[，,：:\s]"
                       # (测评单位是我们承建方去请吗: the asker named with the role, asking of it there)
                       rf"|(?P<own>(?:我们|咱们|我方|我))(?P<r4>{_ZH_WORDS})(?!的)")
_EN_DECLARED = lazy_regex(rf"\b(?:i'm|i am|we're|we are|as)\s+(?:a|an|the|our|their|its)?\s*(?:new\s+|newly hired\s+)?(?:project's\s+)?(?P<r>{_EN_WORDS})s?\b"
                          rf"|^\s*(?P<r2>{_EN_WORDS})s?\s+(?:here\b|on\s+(?:a|an|the|this)\b)", re.I)
# the asker doing it: 我们, 我, "we", "I", "us"
_ASKER = lazy_regex(r"我们|咱们|我方|我司|(?<![自])我(?!们)|\b(?:we|i|us|our)\b", re.I)


def declared_role(text: str) -> tuple[str, int] | None:
    """(the texts' name of the role the asker declares, where the declaration ends), or None."""
    m = _DECLARED.search(text)
    if m:
        said = m.group("r") or m.group("r2") or m.group("r3") or m.group("r4")
        return next(name for p, name in _ROLES if re.fullmatch(p, said)), m.start("own") if m.group("r4") else m.end()
    m = _EN_DECLARED.search(text)
    if m:
        said = m.group("r") or m.group("r2")
        return next(name for p, name in _EN_ROLES if re.fullmatch(p, said, re.I)), m.end()
    return None


def asks_of_own_role(text: str) -> str | None:
    """The role the asker declares when the question, after the declaration, asks of the asker (要我们报区里备案吗,
    "something we have to organize?"); None otherwise."""
    declared = declared_role(text)
    if declared is None:
        return None
    role, end = declared
    return role if _ASKER.search(text[end:]) else None
