"""A step the text leaves to a body's judgement ("由区政府办(大数据管理局)根据项目实际情况决定是否需要组建评审小组…
评审"): leave to skip it is that body's to give. A question saying that body has decided against the step
("大数据局说终稿不再组织评审了，可以吗") has the condition settled, and is answered yes; without the body's word the
condition stays open (conditional, as any unstated condition)."""
from __future__ import annotations

from knowledge.lazy_regex import lazy_regex

from ..reader.actors import ENDS, same_body

# the body a rule's condition has decide: 区政府办（大数据管理局）根据项目实际情况决定需要…
_DECIDES = lazy_regex(r"^(?P<b>[\u4e00-\u9fff（）()]{2,24}?)(?:根据[^，,。；;]{0,16})?决定")
# 大数据局说终稿不再组织评审了, 数据局那边回复不用再评审: the body's word against the step
_SAID_AGAINST = lazy_regex(rf"(?P<b>[\u4e00-\u9fff]{{1,12}}?{ENDS})(?:那边|方面)?(?:已经)?(?:说|决定|认为|表示|回复|答复|通知|明确|同意)"
                           r"(?:了)?[^。？?!！]{0,12}?(?:不再|不用|不需要|无需|不必|免)")


def deciding_body(rule) -> str | None:
    """The body the rule's condition leaves the decision to; None when the condition is not a body's decision."""
    m = _DECIDES.search(rule.conditional["zh"]) if rule.conditional else None
    return m.group("b") if m else None


def decided_against(used, q) -> str | None:
    """The body a yes/no question says has decided against a step that every used rule leaves to it; None
    when the question says no such thing."""
    bodies = [deciding_body(r) for r, _ in used]
    if q.form != "yesno" or q.lang != "zh" or not used or not all(bodies):
        return None
    return next((m.group("b") for m in _SAID_AGAINST.finditer(q.reading or q.text)
                 if any(same_body(m.group("b"), b) for b in bodies)), None)
