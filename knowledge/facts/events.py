"""The project events that trigger deadlines: the eleven of ../shared/CONTRACT.md, and a few
submissions that start an authority's own time limit, with the names the deadline texts and the
reader use for them (the chat's short names are the catalogue's event.* texts)."""
from __future__ import annotations

# The events of CONTRACT.md: name -> (zh, en)
EVENTS: dict[str, tuple[str, str]] = {
    "approved": ("立项批复", "project approval"),
    "contract_signed": ("合同签订", "contract signing"),
    "contract_filed": ("合同在政府采购中心备案通过", "the contract's filing with the procurement centre"),
    "quality_registered": ("质量监督登记完成", "quality-supervision registration"),
    "construction_started": ("开工", "start of construction"),
    "trial_run_started": ("试运行开始", "start of the trial run"),
    "trial_run_ended": ("试运行结束", "end of the trial run"),
    "initial_acceptance_passed": ("初步验收通过", "initial acceptance"),
    "final_acceptance_passed": ("终验（竣工验收）通过", "final acceptance"),
    "final_accounts_concluded": ("竣工决算审核结论出具", "the final-accounts audit conclusion"),
    "decommission_planned": ("项目停用", "decommissioning"),
}
# Events beyond the contract, for the deadlines of authorities that start from a submission.
EXTRA_EVENTS: dict[str, tuple[str, str]] = {
    "feasibility_accepted": ("可行性研究报告正式受理", "formal acceptance of the feasibility study"),
    "design_accepted": ("初步设计方案及概算正式受理", "formal acceptance of the preliminary design"),
    "design_prereviewed": ("初步设计方案及概算预审通过", "the preliminary design's pre-review"),
    "security_test_requested": ("提出上线安全测试申请", "the request for the pre-launch security test"),
    # 龙岗: the contract's own final acceptance (合同终验), which comes before the security test and completion acceptance
    "contract_final_accepted": ("合同终验通过", "final contract acceptance"),
    "acceptance_requested": ("提交验收申请", "the acceptance request"),
}
ALL_EVENTS = {**EVENTS, **EXTRA_EVENTS}
