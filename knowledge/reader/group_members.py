"""Whether a body sits on a group the text forms (钟楼的评审小组里有没有公安局, 审计局是不是评审小组成员, 文登验收组有监理单位
吗): the body and the group the question names, and the members the text lists where it forms that group (评审小组由区政府
办…区城运中心，以及…专家组成; 会同项目建设单位、设计单位…等组成验收组)."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

_GROUP = r"[\u4e00-\u9fff]{0,6}?(?:小组|验收组|专家组|评审组|工作组|委员会)"
_BODY = r"[\u4e00-\u9fff（）()]{2,12}?"
_ASKED = [
    # 评审小组里有没有公安局, 验收组包括监理单位吗, 评审小组成员有审计局吗
    lazy_regex(rf"(?P<g>{_GROUP})(?:的)?(?:成员单位|成员)?(?:里面|当中|里|中)?\s*(?:有没有|有无|有|包不包括|包括|含不含|包含|含)"
               rf"(?P<b>{_BODY})(?:的人|的同志|参加|参与|在内)?(?:吗|么|嘛|没有?|不|[？?，,。]|$)"),
    # 审计局是不是评审小组成员, 公安局算评审小组成员单位吗
    lazy_regex(rf"(?P<b>{_BODY})(?:是不是|是否|算不算|算|是)(?P<g>{_GROUP})(?:的)?(?:成员单位|成员|之一)"),
    # 监理单位在不在验收组里
    lazy_regex(rf"(?P<b>{_BODY})(?:在不在|在)(?P<g>{_GROUP})(?:里面|里|中|当中)"),
]
_WE = lazy_regex(r"我们|咱们|我|我们单位|本单位|我单位")
_WE_ARE = lazy_regex(r"(?:我们|咱们|我|本单位|我单位)(?:是|作为)(?P<b>[\u4e00-\u9fff]{2,8}?(?:局|办|委|中心|部门|单位|机构|公司|方))")
_GROUP_NAME = lazy_regex(r"(?:评审|验收|专家|工作|领导|会审|联合会审)?(?:小组|组|委员会)$")
_PLACE = lazy_regex(r"^[\u4e00-\u9fff]{2,3}?(?:市|区|县)?(?:的|那边|这边)")
_BODY_CORE = lazy_regex(r"^(?:区|市|县|我们|咱们)|(?:局|办|委|中心|部门|单位|机构|公司|方)$")


def member_asked(text: str) -> tuple[str, str] | None:
    """(body, group) when the question asks whether the body sits on the group."""
    for pattern in _ASKED:
        m = pattern.search(text)
        if m:
            named = _GROUP_NAME.search(_PLACE.sub("", m.group("g")))   # (钟楼评审小组: the group, not its place)
            group = named.group(0) if named and len(named.group(0)) >= 3 else _PLACE.sub("", m.group("g"))
            body = re.sub(r"^(?:的|有|那个)", "", m.group("b"))
            if _WE.fullmatch(body):   # (我们是监理单位，…验收组里有没有我们: the unit the asker said it is)
                said = _WE_ARE.search(text)
                body = said.group("b") if said else ""
            if len(group) >= 3 and len(body) >= 2:
                return body, group
    return None


def listed_members(sentence: str, group: str) -> tuple[str, bool] | None:
    """(the members, whether the list is closed) where ``sentence`` forms ``group`` of the bodies it lists (由A、B…组成G,
    会同A、B…等组成G); None when it does not. A list that ends with 等 is open."""
    named = _GROUP_NAME.search(group)
    core = named.group(0) if named else group
    if core not in sentence or "组成" not in sentence:
        return None
    end = sentence.index("组成")
    start = max(sentence.rfind("由", 0, end), sentence.rfind("会同", 0, end))
    if start < 0:
        return None
    members = sentence[start:end]
    return members, not re.search(r"等$", members.strip())


def names_member(members: str, body: str) -> bool:
    """Does the list name the body (公安局 as 公安, 监理单位 as 监理)?"""
    core = _BODY_CORE.sub("", _BODY_CORE.sub("", body)) or body
    return len(core) >= 2 and core in members
