"""The body a question says something was sent to ("运维经费的申请我们报给了区发改局", "备案交到区政数局了"), and
the body a text's sentence has it sent to ("向区财政部门提出申请"): who receives a filing or an application.
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from .actors import EN_BODIES, ENDS, same_body

_BODY = rf"(?:(?![报给交送向了申请列去到审批备案不需算必须要能可是的])[\u4e00-\u9fff]){{1,12}}?{ENDS}"   # (申请我们报给了区发改局: the body after the verb)
# 报给了区发改局, 向区发改局申请, 交到区政数局, 提交区大数据中心 (not 不报财政局: a body left out)
_SENT_TO = lazy_regex(rf"(?<![不没未别])(?:向|给|找|(?:(?<![月季年周简汇情日快申预])报(?![告表道名价销废])|交|送|提交|报送|递|申请)(?:给|到|至|去)?(?:了)?)(?P<b>{_BODY})(?![\u4e00-\u9fff]{{0,2}}(?:组织|审核|审批|牵头|出具|负责))")
# 是交给区财政局审核的吧: the body something is believed handed to for a review (交给/报给 said, and believed, not asked for)
_HANDED_FOR = lazy_regex(rf"(?<![不没未别])(?:交|报|送|提交|报送|递)(?:给|到|至)(?P<b>{_BODY})(?=[\u4e00-\u9fff]{{0,2}}(?:审核|审批|审查|评审)[^，,。？?]{{0,4}}?(?:吧|对吧|是吧|没错吧)\s*[？?。]?\s*$)")
# what a text has sent to a body: 向区财政部门提出申请, 报区信息化主管部门备案, 提交区大数据中心
_TEXT_SENT = lazy_regex(rf"(?:向|报送|提交|(?<![月季年周简汇情日快申预])报(?![告表道名价销废]))(?P<b>{_BODY}(?:[（(][^）)]{{2,12}}[）)])?)"
                        r"(?=提出|申请|报送|提交|备案|申报|审核|审批|报批|预审|审查|评审|论证|核准|批准|同意|组织|出具|[，,。；;、（(]|$)")
_NEED_ASKED = lazy_regex(r"(需不需要|要不要|用不用|是否(需要|要|应|应当)?|需要|必须|得不得|应该|应当)(先)?$")
# a body named by its kind only (主管部门, 上级): no body to hold against the one the text names
_GENERIC = lazy_regex(r"^(?:上级|有关|相关|主管|业务主管|行业主管|各级)?(?:主管)?(?:部门|单位|机构|办)$|^上级")


def said_recipient(text: str) -> str | None:
    """The last body the question says it sent something to; None when it names none."""
    # (需不需要报送市政务服务数据管理局备案: the body asked after, not one something was sent to)
    found = [m.group("b") for m in [*_SENT_TO.finditer(text), *_HANDED_FOR.finditer(text)] if not re.search(r"(我们|我|本|咱们)(单位|部门|局)?$", m.group("b"))
             and not _GENERIC.search(m.group("b")) and not _NEED_ASKED.search(text[max(0, m.start() - 8):m.start()])]
    if not found:
        return None
    # (云浮市政府 is the text's 市政府, 龙岗区信息化主管部门 its 区信息化主管部门: the place said before the body)
    return re.sub(r"^[\u4e00-\u9fff]{2}(?=[市区县][\u4e00-\u9fff]{2})", "", found[-1])


# "the quarterly quality report goes to the municipal informatization dept, right", "we filed it with the finance bureau"
_EN_SENT_TO = lazy_regex(r"\b(?:goes|go|going|went|sent|send|sending|submitted|submit|submitting|filed|file|filing|reported|report|"
                         r"handed|hand|delivered|deliver|uploaded|upload|given|give|lodged|lodge)\s+(?:\w+\s+){0,3}?(?:in\s+)?(?:to|with)\s+"
                         rf"(?:the\s+)?(?P<b>{'|'.join(p for p, _ in EN_BODIES)})\b", re.I)


def said_recipient_en(text: str) -> str | None:
    """The body an English question says something goes to, in the texts' words (信息化主管部门); None when it names none."""
    found = [m.group("b") for m in _EN_SENT_TO.finditer(text)]
    if not found:
        return None
    return next(zh for pattern, zh in EN_BODIES if re.fullmatch(pattern, found[-1], re.I))


def text_recipients(sentence: str) -> list[str]:
    """The bodies a text's sentence has something sent to."""
    return [m.group("b") for m in _TEXT_SENT.finditer(sentence)]


def same_recipient(said: str, named: str) -> bool:
    """区财政局 is the 区财政部门: a text's 部门 stands for whatever the body is called (局, 委, 办); 区政府办 is the
    区政府办公室."""
    said, named = said.replace("办公室", "办"), named.replace("办公室", "办")
    if same_body(said, named) or len(said) >= 5 and any(same_body(said[:i] + said[i + 1:], named) for i in range(1, len(said) - 1)):
        return True   # (大数剧中心, one character mistyped, is the 区大数据中心; not 市财政局, whose 市政局 is left of four)
    core_named = re.sub(r"(主管)?部门$", "", named)
    core_said = re.sub(ENDS + "$", "", said)
    return core_named != named and bool(core_said) and same_body(core_said, core_named)
