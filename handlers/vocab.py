"""Names of stages, events, kinds and funding in both languages (the texts in the catalogue), and the words people use for
events ("合同3月2日签了")."""
from __future__ import annotations

import re

from knowledge.facts.events import EVENTS as _EVENTS
from knowledge.facts.profile import FUNDING as _FUNDING
from knowledge.facts.profile import KINDS as _KINDS
from knowledge.i18n import names
from knowledge.lazy_regex import lazy_regex
from knowledge.reader.events import event_named
from state import STAGES as _STAGES

STAGES = [s for s in _STAGES if s != "decommissioned"]  # the stages a project can be declared at
STAGE_NAMES = names("stage.", _STAGES)  # texts: knowledge/locales, keys stage.<stage>
EVENTS = list(_EVENTS)
# short labels for buttons and questions (the engine's own phrasing is for rule texts)
EVENT_NAMES = names("event.", _EVENTS)  # texts: keys event.<event>
# the events a project at a stage has already been through, in order
STAGE_EVENTS = {
    "planning": [], "declared": [], "approved": ["approved"], "procurement": ["approved"],
    "contracted": ["approved", "contract_signed"],
    "in_construction": ["approved", "contract_signed", "construction_started"],
    "trial_run": ["approved", "contract_signed", "construction_started", "trial_run_started"],
    "initial_accepted": ["approved", "contract_signed", "construction_started", "trial_run_started", "trial_run_ended",
                         "initial_acceptance_passed"],
    "final_accepted": ["approved", "contract_signed", "construction_started", "trial_run_started", "trial_run_ended",
                       "initial_acceptance_passed", "final_acceptance_passed"],
    "in_operation": ["approved", "contract_signed", "construction_started", "trial_run_started", "trial_run_ended",
                     "initial_acceptance_passed", "final_acceptance_passed"],
}
# an event moves the project to at least this stage
EVENT_STAGE = {"approved": "approved", "contract_signed": "contracted", "contract_filed": "contracted",
               "quality_registered": "contracted", "construction_started": "in_construction",
               "trial_run_started": "trial_run", "trial_run_ended": "trial_run",
               "initial_acceptance_passed": "initial_accepted", "final_acceptance_passed": "final_accepted"}
FUNDING = list(_FUNDING)
KINDS = list(_KINDS)

# The other words people type for a choice (the labels themselves always count); handlers.choices
# compares what is typed with each of them by similarity, so near forms need no entry here.
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "funding": {
        "district": ["区财政", "区级", "区里出钱", "本级财政", "区本级", "district government", "district budget"],
        "city": ["市财政", "市级", "市里出钱", "city budget", "municipal funds"],
        "higher": ["上级资金", "省级资金", "中央资金", "国家资金", "上级拨款", "higher level", "provincial", "national"],
        "social": ["社会资本", "社会资金", "民间资本", "PPP", "private", "private capital"],
        "soe": ["国企", "国有企业", "SOE", "state-owned"],
        "other": ["其他", "其它", "other"],
    },
    "kind": {
        "construction": ["新建", "扩建", "升级", "改造", "升级改造", "建设", "build", "upgrade", "new build", "extension"],
        "software": ["软件", "系统开发", "开发", "平台开发", "软件开发", "software", "development", "app"],
        "service": ["服务", "购买服务", "外包", "service", "services", "outsourcing"],
        "operations": ["运维", "维护", "运营", "运行维护", "O&M", "maintenance", "operations"],
        "equipment": ["设备", "硬件", "设备采购", "买设备", "hardware", "equipment", "devices"],
        "research": ["课题", "研究", "咨询", "调研", "research", "study", "consulting"],
    },
    "stage": {
        "planning": ["规划", "计划", "还没申报", "刚开始", "筹划", "planned", "plan", "idea", "not yet declared"],
        "declared": ["申报", "已报", "报上去了", "submitted", "applied"],
        "approved": ["立项", "批复", "批了", "获批", "approval", "approved", "project approved"],
        "procurement": ["招标", "采购", "招投标", "tender", "tendering", "purchasing"],
        "contracted": ["签合同", "合同签了", "签约", "signed", "contract"],
        "in_construction": ["在建", "施工", "开工", "实施中", "开发中", "building", "construction", "implementing"],
        "trial_run": ["试运行", "试用", "trial", "pilot"],
        "initial_accepted": ["初验", "初验通过", "初步验收", "initial acceptance"],
        "final_accepted": ["终验", "竣工验收", "验收完成", "final acceptance", "completed"],
        "in_operation": ["运行", "上线", "投入使用", "在用", "live", "running", "operating"],
    },
    "new_initiative": {
        "yes": ["是", "是的", "对", "对的", "有", "属于", "新动议", "y", "yes", "yep", "true"],
        "no": ["否", "不是", "不", "没有", "不属于", "在计划内", "n", "no", "nope", "false"],
    },
    # the summary: confirm it, or change an answer
    "summary": {
        "confirm": ["确认", "确定", "好的", "好", "对", "对的", "没问题", "是", "是的", "可以", "行", "没错", "提交", "保存",
                    "ok", "okay", "yes", "confirm", "correct", "looks good", "save", "👍"],
        "edit": ["修改", "改", "改一下", "编辑", "不对", "错了", "edit", "change", "wrong"],
    },
}

_QUESTION = lazy_regex(r"[?？]|吗|什么|多久|怎么|如何|哪|是否|要不要|需不需要|\b(what|when|how|which|does|do|is|should|must)\b", re.I)


def event_in(text: str, date_span: tuple[int, int] | None = None) -> str | None:
    """The event a statement reports ("合同3月2日签了", "合同于2026年3月15日签订" → contract_signed);
    None for a question. ``date_span`` is where the date is, taken out before matching the words."""
    if _QUESTION.search(text):
        return None
    from knowledge.reader.form import classify

    form = classify(text)
    if form.form in ("yesno", "info") and any(form.scores.values()):  # "初验做完了要干嘛" asks
        return None
    if date_span:
        text = text[:date_span[0]] + text[date_span[1]:]
    return event_named(text, among=_EVENTS)


def name_of(table: dict, key: str | None, lang: str) -> str:
    if key is None:
        return "—"
    return table.get(key, {}).get(lang, key)
