"""A step the text leaves to a body's judgement ("由区政府办(大数据管理局)根据项目实际情况决定是否需要组建评审小组…
评审"): whether it is needed is that body's to decide. A question saying that body has decided against the step
("大数据局说终稿不再组织评审了") has the condition settled: leave to skip it is yes, the step still needed is no. Without
the body's word the condition stays open (conditional, as any unstated condition)."""
from __future__ import annotations

from knowledge.lazy_regex import lazy_regex

from ..reader.actors import BODY, same_body
from ..texts.text import pairs

# the body a rule's condition has decide: 区政府办（大数据管理局）根据项目实际情况决定需要…
_DECIDES = lazy_regex(r"^(?P<b>[\u4e00-\u9fff（）()]{2,24}?)(?:根据[^，,。；;]{0,16})?决定")
# 大数据局说终稿不再组织评审了, 数据局那边回复不用再评审: the body's word against the step, and the step it names
_SAID_AGAINST = lazy_regex(rf"(?P<b>{BODY})(?:那边|方面)?(?:已经)?(?:说|决定|认为|表示|回复|答复|通知|明确|同意)"
                           r"(?:了)?[^。？?!！]{0,12}?(?:不再|不用|不需要|无需|不必|免)(?P<s>[^，,。？?!！]{1,12})")


def deciding_body(rule) -> str | None:
    """The body the rule's condition leaves the decision to; None when the condition is not a body's decision."""
    m = _DECIDES.search(rule.conditional["zh"]) if rule.conditional else None
    return m.group("b") if m else None


def _names_body(said: str, body: str) -> bool:
    """钟楼区大数据局 names the 区政府办（大数据管理局）: the place said before the body is left aside."""
    return any(same_body(said[i:], body) for i in range(max(1, len(said) - 1)))


def decided_against(rules, q) -> str | None:
    """The body a Chinese yes/no question says has decided against the step each rule leaves to it (the words after
    不再/不用 sharing a word with the rule's condition: 终稿不再组织评审 against …对建议书终稿组建评审小组评审); None
    when the question says no such thing."""
    bodies = [(deciding_body(r), r) for r in rules]
    if q.form != "yesno" or q.lang != "zh" or not rules or not all(b for b, _ in bodies):
        return None
    for m in _SAID_AGAINST.finditer(q.reading or q.text):
        step = pairs(m.group("s"))
        if all(_names_body(m.group("b"), b) and step & pairs(r.conditional["zh"]) for b, r in bodies):
            return m.group("b")
    return None
