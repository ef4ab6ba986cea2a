"""Display names for profile values and verdicts, in Chinese and English."""
KIND_NAMES = {
    "construction": {"zh": "建设类（新建、扩建、升级改造）", "en": "construction (new build, extension, upgrade)"},
    "software": {"zh": "软件开发类", "en": "software development"},
    "service": {"zh": "购买服务类", "en": "purchased service"},
    "operations": {"zh": "运行维护类", "en": "operation and maintenance"},
    "equipment": {"zh": "单纯设备购置类", "en": "pure equipment purchase"},
    "research": {"zh": "课题研究类", "en": "research"},
}
FIELD_LABELS = {
    "kind": {"zh": "项目类型", "en": "the project kind"},
    "funding": {"zh": "资金来源", "en": "the funding"},
    "new_initiative": {"zh": "是否新动议项目", "en": "new initiative"},
}
FUNDING_NAMES = {
    "district": {"zh": "区级财政资金", "en": "district funds"},
    "city": {"zh": "市级财政资金", "en": "city funds"},
    "higher": {"zh": "上级（国家、省、市）拨付资金", "en": "funds allocated by higher levels"},
    "social": {"zh": "社会资金参与", "en": "with private funds"},
    "social_only": {"zh": "全部为社会资金", "en": "paid entirely from private funds"},
    "soe": {"zh": "国企资金", "en": "state-owned enterprise funds"},
    "other": {"zh": "其他资金", "en": "other funds"},
}
VERDICT_NAMES = {
    "yes": {"zh": "需要", "en": "Yes"},
    "no": {"zh": "不需要", "en": "No"},
    "conditional": {"zh": "视情况而定", "en": "It depends"},
    "not_specified": {"zh": "未作规定", "en": "Not specified"},
    "not_applicable": {"zh": "不适用", "en": "Not applicable"},
    "info": {"zh": "说明", "en": "Answer"},
}


def value_name(field: str, value, lang: str) -> str:
    if value is None:
        return FIELD_LABELS.get(field, {"zh": field, "en": field})[lang]
    if field == "kind":
        return KIND_NAMES.get(value, {"zh": value, "en": value})[lang]
    if field == "funding":
        return FUNDING_NAMES.get(value, {"zh": value, "en": value})[lang]
    if field == "new_initiative":
        return ({"zh": "是", "en": "yes"} if value else {"zh": "否", "en": "no"})[lang]
    return str(value)
