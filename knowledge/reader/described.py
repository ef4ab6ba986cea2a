"""Steps and parties described by someone who does not know their names, read as the texts' names for them.

A newcomer writes "请一家第三方公司帮我们盯着承建商干活" for the supervisor (监理), "the outside firm that keeps an eye on
the vendor" for the supervision firm, "请专家来看能不能收" for acceptance, "回头评一评这个项目到底值不值" for the
post-evaluation. Each description is what the step *does*, said in plain words; it is replaced by the name the
vocabulary knows, so that the rest of the reader (the topic, the amounts, the form) reads the sentence as it would
with the name. A description must point to one step without doubt: "盯着" alone (a leader keeps an eye on the schedule)
is none, only the keeping watch over the party that builds."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

# the party that builds, as people call it
_BUILDER_ZH = r"(?:承建商|承建方|承建单位|施工方|施工单位|厂商|开发商|供应商|乙方|中标方|中标单位|中标公司|外包公司|干活的)"
_BUILDER_EN = r"(?:vendor|contractor|builder|developer|supplier|integrator|implementer)s?"

_DESCRIBED = [
    # the supervisor: a firm from outside that keeps watch over the builder for the owner
    # (hired or from outside: a project manager who keeps an eye on the builder is no supervisor)
    (lazy_regex(r"(?P<hire>请|找|雇|聘请?|花钱请)?(?:一家|一个|个)?(?P<out>外面|外部|第三方|独立)?的?(?:公司|单位|机构)?(?:来)?(?:帮|替|给)?(?:我们|咱们)?(?:专门)?"
                rf"(?:盯着|盯住|盯|看着|监督着?){_BUILDER_ZH}(?:干活|施工|做事|做项目|建设|的活|的施工|的质量和进度|的进度和质量)?"),
     lambda m: (m.group("hire") or "") + "监理单位" if m.group("hire") or m.group("out") else m.group(0)),
    (lazy_regex(r"(?:an?\s+|the\s+)?(?:outside\s+|third[- ]party\s+|independent\s+|external\s+)?(?:firm|company|consultancy|party|outfit|team)\s+"
                r"(?:that|who|which)\s+(?:will\s+|would\s+|is\s+to\s+)?(?:keeps?\s+an\s+eye\s+on|oversees?|watch(?:es)?\s+over|keeps?\s+watch\s+over|monitors?)\s+"
                rf"(?:the\s+|our\s+)?{_BUILDER_EN}(?:'s\s+work)?(?:\s+for\s+us)?", re.I), "supervision firm"),
    # acceptance: experts (or someone) asked to see whether the system can be accepted (收, "accept")
    # (收 alone: 能不能验收 names the step already, and 测评能不能… is a test's 评)
    (lazy_regex(r"(?:请|找|叫)?(?:专家|人)?(?:来)?(?:看|看看|把关)(?:一下|一看)?(?:系统|项目)?(?:能不能|可不可以|可以不可以|能否|是否能|够不够格)收(?:了)?"),
     "验收"),
    (lazy_regex(r"\b(?:experts?|a panel|the panel)\s+(?:decide|decides|judge|judges|check|checks|see)\s+(?:whether|if)\s+(?:to\s+|we\s+can\s+|they\s+can\s+)?"
                r"accept\s+(?:the\s+project|the\s+system|it)\b", re.I), "experts hold the acceptance"),
    # the construction plan: the document that says how the project will be built
    (lazy_regex(r"(?:讲|写|说|说明|介绍)(?:清楚|明白)?(?:项目|系统)?(?:要)?怎么(?:建|做|实施|搞|建设)的?(?:那份|那个)?(?:方案|文件|材料|东西)"), "建设方案"),
    # the post-evaluation: whether the project was worth it, looked at afterwards
    # (said of a project done: 立项前评一评值不值得做 is the review of its necessity before approval)
    (lazy_regex(r"(?:回头|事后|完了以后|完了之后|做完以后|做完之后|收完|建成后|建完后|上线后|运行一段时间后|之后|后面)(?:再)?评(?:一评|一下|估一下|估)?[^，,。？?]{0,10}?(?:到底)?值不值"),
     "后评价"),
    (lazy_regex(r"\bhow\s+well\s+(?:our\s+|the\s+|this\s+)?(?:project|system)\s+(?:actually\s+|really\s+)?(?:worked\s+out|turned\s+out|performed|did)\b"
                r"|\bwhether\s+(?:the\s+|our\s+)?(?:project|system)\s+was\s+(?:really\s+)?worth\s+(?:it|the\s+money)\b", re.I), "post-evaluation"),
    # the feasibility study: the study that argues the project is worth doing and can be done
    (lazy_regex(r"\bstudy\s+(?:arguing|showing|proving|that\s+argues|that\s+shows|that\s+proves)\s+(?:that\s+)?(?:the\s+|our\s+)?project\s+is\s+"
                r"(?:worth\s+doing|needed|necessary|feasible|doable)(?:\s+and\s+(?:technically\s+)?(?:doable|feasible|workable))?", re.I),
     "feasibility study"),
    # the monthly progress report: telling the authority how the work and the money are going
    (lazy_regex(r"\b(?:update|tell|inform|report\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?on\s+how\s+(?:the\s+|our\s+)?project\s+is\s+going"
                r"(?:\s+and\s+how\s+much\s+(?:money\s+)?(?:we(?:'ve|\s+have)\s+)?spent)?", re.I), "submit progress and fund use reports"),
    # the initial acceptance and the self-test before it, in English
    (lazy_regex(r"\bfirst\s+round\s+of\s+(?:checks|checking|acceptance|inspection)\b(?!\s+(?:on|of)\s+(?:the\s+|our\s+)?(?:submitted\s+)?(?:application|declaration|materials|documents|proposal))", re.I),
     "initial acceptance"),
    (lazy_regex(r"\btest\s+it\s+(?:all\s+)?(?:ourselves|on\s+our\s+own)\s+(?:first\s+)?(?:together\s+with|with|alongside)\s+the\s+"
                rf"{_BUILDER_EN}", re.I), "self-test with the contractor"),
]


def described(text: str) -> str:
    """``text`` with each plain description of a step or party replaced by the name the vocabulary knows."""
    for pattern, name in _DESCRIBED:
        text = pattern.sub(name, text)
    return text
