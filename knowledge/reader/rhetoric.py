"""Rhetorical questions said plainly, before the question is read.

A user who pushes back asks in a frame (难道…吗, 不是说…吗, 何必…, 还用得着…吗, 不至于…吧, "you're telling me …?",
"surely …?") whose words would otherwise be read as the question's own: 不是 as a negation, 何必 as no question at all.
Each frame is rewritten to the plain form that asks the same, and so keeps the project's convention for a leading
question (its yes or no answers the belief):

- 难道50万的项目也要监理吗 → 50万的项目也要监理吗: the literal question (yes when the project needs one);
- 不是说有10个工作日吗, 难道不是从签合同当天起算 → 有10个工作日吧: the belief the user states, checked;
- 何必非得两个人, 不至于要监理吧 → 不必两个人吧, 不用监理吧: the belief that the step is not needed;
- 还用得着做可研吗 → 还要做可研吗: whether the step is needed;
- "you're telling me we can't hold it until …?", "isn't it true that X?", "surely X?" → "X, right?" (is X so);
- "there's no way Longgang makes us upload X, is there?" → "Longgang: we don't have to upload X, right?".
"""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

_END = r"\s*[?？!！。~～]*\s*$"

# (pattern, replacement), applied in order, each once per clause it fits
# a negation the user holds inside a 不是…吗 (不是不用请监理吗 → 不用请监理吧)
_NEGATION_HELD = lazy_regex(r"不用|不需要|不必|不予|不能|不得|不可以|没必要|无需|不让|不准")


def _held(m: re.Match) -> str:
    """不是X吗 inside a clause, as the belief it confirms: X吧 where X is a negation held (不是不用请监理吗), 是X吧 for any
    other X (不是7月17日就开始施行了吗); other negations (不是没…吗) and 可不是 are left as typed."""
    x = m.group("x")
    if _NEGATION_HELD.match(x):
        return x + "吧"
    if re.match(r"[不没]", x) or m.string[max(0, m.start() - 1):m.start()] == "可":
        return m.group(0)
    return "是" + x + "吧"


_ZH = [
    # 难道不是从签合同当天起算 / 不是说有10个工作日吗 / 不是区大数据中心组织吗: the belief stated, confirmed
    (lazy_regex(r"难道(?:不是|不就是)(?:说)?(?P<x>[^，,。？?!！]{2,40}?)(?:吗|么|嘛|吧)?(?=" + _END + r"|[，,。？?!！])"), r"是\g<x>吧"),
    (lazy_regex(r"(?<![是就还])不是说(?P<x>[^，,。？?!！]{2,40}?)(?:吗|么|嘛)(?=" + _END + r"|[，,。？?!！])"), r"\g<x>吧"),
    (lazy_regex(r"(?:(?<=^)|(?<=[，,。？?!！\s]))不(?:就)?是(?!不是)(?P<x>[^，,。？?!！]{2,30}?)(?:吗|么|嘛)(?=" + _END + r"|[，,。？?!！])"), r"是\g<x>吧"),
    # 钟楼细则不是7月17日就开始施行了吗, 质量监督不是质监机构负责吗, 50万的项目不是不用请监理吗: what the user holds,
    # inside the clause, confirmed (_held)
    (lazy_regex(r"(?<![是就还要])不是(?!说|吧|的)(?P<x>[^，,。？?!！]{2,30}?)(?:吗|么|嘛)(?=" + _END + r"|[，,。？?!！])"), _held),
    # 难道50万的项目也要监理吗, 难道也得按办法走一遍: the literal question
    # (not 难道没说要跑多久: whether the text says, read as it is)
    (lazy_regex(r"难道(?:说)?(?![没不])(?P<x>[^，,。？?!！]{2,40}?)(?:吗|么|嘛)?(?=" + _END + r"|[，,。？?!！])"), r"\g<x>吗"),
    # 何必非得两个人: the step believed not needed
    (lazy_regex(r"何必(?:非得|非要|一定要|一定得|要|得|再)?(?P<x>[^，,。？?!！]{1,30}?)(?:呢|啊|吗)?(?=" + _END + r"|[，,。？?!！])"), r"不必\g<x>吧"),
    # 不至于要监理吧: the same belief
    (lazy_regex(r"不至于(?:要|得|还要|还得|非得)?(?P<x>[^，,。？?!！]{1,30}?)(?:吧|呢)(?=" + _END + r"|[，,。？?!！])"), r"不用\g<x>吧"),
    # 还用得着做可研吗 / 哪用得着开专家会: whether the step is needed; the belief that it is not
    (lazy_regex(r"(?:还)?用得着(?P<x>[^，,。？?!！]{1,30}?)(?:吗|么|嘛)(?=" + _END + r"|[，,。？?!！])"), r"还要\g<x>吗"),
    (lazy_regex(r"哪(?:里|儿)?用得着(?P<x>[^，,。？?!！]{1,30}?)(?:啊|呢)?(?=" + _END + r"|[，,。？?!！])"), r"不用\g<x>吧"),
]

_EN = [
    # "you're telling me we can't hold the acceptance until …??", "so you're saying the contractor carries it too?"
    (lazy_regex(r"\b(?:so\s+)?(?:you're|you are|are you)\s+(?:telling me|saying)\s+(?:that\s+)?(?P<x>[^?]{6,200}?)\s*\?+\s*$", re.I),
     r"\g<x>, right?"),
    # "isn't it true the Zhonglou rules only cover …?"
    (lazy_regex(r"\b(?:isn't it|is it not)\s+(?:true|the case|right)\s+(?:that\s+)?(?P<x>[^?]{6,200}?)\s*\?+", re.I), r"\g<x>, right?"),
    # "there's no way Longgang makes us upload the source code …, is there?": the duty believed absent
    (lazy_regex(r"\bthere(?:'s| is) no way\s+(?:that\s+)?(?P<who>[^?.,;]{2,60}?)\s+(?:makes?|forces?|requires?|obliges?|expects?|would make|would force)\s+us\s+(?:to\s+)?"
                r"(?P<x>[^?]{4,200}?)\s*,?\s*(?:is there|does it|do they|right|surely)?\s*\?+", re.I),
     r"\g<who>: we don't have to \g<x>, right?"),
    # "isn't there a rule that problems must be fixed within 15 days?": the rule believed
    (lazy_regex(r"\b(?:isn't|is not|is)\s+there\s+(?:a|any)\s+(?:rule|requirement|provision|regulation|article)\s+(?:(?:in|for|of|under)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-z]+){0,2}?\s+)?(?:that\s+|saying\s+(?:that\s+)?|which says\s+(?:that\s+)?)"
                r"(?P<x>[^?]{6,200}?)\s*\?+", re.I), r"\g<x>, right?"),
    # "surely that's fine as long as the budget is there?", "surely we don't need …?"
    (lazy_regex(r"(?:(?<=^)|(?<=[.;:,!-]\s)|(?<=[.;:,!-]))\s*surely\s+(?P<x>[^?]{6,200}?)\s*\?+", re.I), r" \g<x>, right?"),
]


def plain(text: str) -> str:
    """The question with its rhetorical frame said plainly (see the module's docstring)."""
    if re.search(r"[\u4e00-\u9fff]", text):
        for pattern, plain_form in _ZH:
            text = pattern.sub(plain_form, text)
    if re.search(r"[A-Za-z]{3}", text):
        for pattern, plain_form in _EN:
            text = pattern.sub(plain_form, text)
    return text
