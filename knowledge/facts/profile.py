"""What is known of a project (``Profile``), and the values its fields take: the project kinds,
the funding sources and the fields a rule may test. Their names are the catalogue's (kind.*,
kind_long.*, funding.*)."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("construction", "software", "service", "operations", "equipment", "research")
FUNDING = ("district", "city", "higher", "higher_only", "social", "social_only", "soe", "other")  # where the money comes from
FIELDS = ("amount", "software_cost", "contract_amount", "kind", "funding", "new_initiative",
          "change_percent", "warranty_years", "trial_months", "classified", "central_procurement", "urgent", "unit_level")
UNIT_LEVELS = ("city", "province")   # a unit of a government above a district's: 市直/市属单位, 省直部门


@dataclass
class Profile:
    """What is known of a project; None means not known."""
    jurisdiction: str | None = None
    amount: int | None = None
    kind: str | None = None
    software_cost: int | None = None
    contract_amount: int | None = None
    funding: str | None = None
    new_initiative: bool | None = None
    change_percent: float | None = None   # a change's share of the contract or estimate, in %
    change_amount: int | None = None      # the changes' sum the share is of, shown with it (no rule tests it)
    warranty_years: float | None = None
    trial_months: float | None = None
    classified: bool | None = None        # involves state secrets (涉密)
    central_procurement: bool | None = None   # within centralised government procurement (纳入政府集中采购范围)
    urgent: bool | None = None            # required by a higher level or urgent (国家、省、市有明确要求, 紧急情况)
    unit_level: str | None = None         # the project is a city's or a province's own unit's (常州市属单位, 省直部门)
    ranges: dict = field(default_factory=dict)  # field -> (low, high) where the words give a range (不满30万)

    def get(self, name: str):
        value = getattr(self, name)
        if value is None and name == "contract_amount":
            return self.amount  # the contract cannot exceed the project; the summary says so
        return value
