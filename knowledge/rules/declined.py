"""An act a ban of the text forbids, said as what the question will not do: "直接部署在政务云上，不自己买服务器了",
"we won't build our own server room". Leaving out that act complies with the ban, and leaves out no duty."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..reader.form import asked_plainly
from ..reader.topics import detect
from ..texts.text import pairs
from .english import content_stems
from .model import Jurisdiction, Rule

# the act after the negation, to its clause's end (not 没…: what has not happened yet, 一期还没竣工验收, is a state;
# and the act ends where what is done instead begins: 不跟我们打招呼就把演示系统挂上去). Only buying, building or
# collecting again is an act a ban of the texts forbids: 不合格, 不在计划里, 不接入, 不用数据局的服务 are states or
# duties left, and 不经过同意 the consent a ban waits for; 不用建设单位同意 names the owner, not building.
_DECLINED = lazy_regex(r"(?<![还尚])(?:不|别|无需|不用|不必)(?:再|去|要|打算|准备|想)?(?:自己|自行|另外|单独|额外)?"
                       r"(?P<act>(?:买|购买|购置|采购|新购|新建|自建|扩建|改建|搭建|搭|建(?!设(?:单位|方|部门|局))|添置|租|(?:重新|重复|另外|单独)?采集)(?:(?!就|把|而|却|再|直接|然后)[\u4e00-\u9fff]){1,8})")
_DECLINED_EN = lazy_regex(r"\b(?:won't|will not|don't|do not|not going to|no longer|never|rather not|not|instead of|rather than)\s+(?:\w+\s+)?(?P<act>(?:build|buy|purchase|procure|set up|construct|rent|expand|extend)\w*(?:\s+[a-z][\w-]*){0,5})", re.I)
# what a ban waits for (未经同意, 不经审批) is no part of the act it bans
_BAN_GATE = lazy_regex(r"(未经|不经|未)(过)?[^，,。；;]{0,16}?(同意|批准|审核|审批|许可|备案)")
_GENERIC_PAIRS = frozenset("项目 建设 信息 系统 单位 部门 政务 可以 进行 审批 不予 不得 相关 有关 规定 要求 工作 管理 实施 息化".split())
_CJK = lazy_regex(r"[\u4e00-\u9fff]")


# three-letter words that name no act (the verbs buy, run, set up do)
_SHORT_STOP = frozenset("our own new not all any you per but out one two too via yet now its who why how use".split())


def _act_stems(text: str, same: bool = False) -> set[str]:
    """The stems of an English act's words, three-letter verbs (buy) among them; with ``same``, hardware stands for the
    servers and equipment a text names (buying our own hardware, declined, against buying new servers)."""
    stems = content_stems(text, min_len=3, stop=_SHORT_STOP)
    return stems | set().union(*(_SAME_THING[s] for s in stems if s in _SAME_THING)) if same else stems


_SAME_THING = {"hardware": {"server", "equipment"}, "server": {"hardware"}, "equipment": {"hardware"}}


def _declined(text: str) -> tuple[set[str], bool, str]:
    """The words of what the question says it will not do (two-character pieces; stems in English), whether the
    question is English, and the acts themselves."""
    if not _CJK.search(text):
        acts = [m.group("act") for m in _DECLINED_EN.finditer(text)]
        return set().union(set(), *(_act_stems(a, same=True) for a in acts)), True, " ".join(acts)
    acts = [m.group("act") for m in _DECLINED.finditer(asked_plainly(text))]
    return set().union(set(), *(pairs(a) - _GENERIC_PAIRS for a in acts)), False, " ".join(acts)


def _names(said: set[str], english: bool, rule: Rule, gate_too: bool = False) -> bool:
    """Does the rule's summary name what is declined (two stems in English, a piece in Chinese)? A ban's gate is
    left out of it unless ``gate_too``."""
    if english:
        return len(said & _act_stems(rule.says["en"])) >= 2
    zh = rule.says["zh"] if gate_too else _BAN_GATE.sub("", rule.says["zh"])
    return bool(said & (pairs(zh) - _GENERIC_PAIRS))


def declines_banned(text: str, bans: list[Rule], topics=None) -> bool:
    """Does the question leave out the very act each ban forbids (不自己买服务器 against 新购服务器…不予审批)? With the
    vocabulary, an act naming a topic the ban is filed under counts too (不打算自己买服务器 against 不批准自行采购政务云平台
    相关设备, filed under servers)."""
    said, english, acts = _declined(text)
    if not said:
        return False
    named = set(detect(acts, topics)) if topics and acts else set()
    return all(_names(said, english, r) or named & set(r.topics) for r in bans)


def declines_only_banned(text: str, duties: list[Rule], j: Jurisdiction) -> bool:
    """不自己买服务器了 asked of the duty to deploy on the cloud: what is left out is an act a ban of the text forbids
    and no part of the duty, so no duty is left out."""
    said, english, _ = _declined(text)
    return bool(said) and not any(_names(said, english, r, gate_too=True) for r in duties) \
        and any(_names(said, english, r) for r in j.rules if r.type == "prohibition")
