"""A fact the user puts in doubt: 好像涉及保密内容，也可能不涉及; 涉不涉密还在确认; 好像是市里的资金，也可能是区里的;
"not sure whether it's classified"; "it may or may not be in the centralised procurement catalogue". Such a fact is
neither said nor denied: the reader leaves it unknown and the answer turns on it (conditional) where a rule does."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

# the words that say a fact is not known yet (不确定, 还在确认, 待定), in Chinese and English
_UNSURE_ZH = r"(?:不确定|不太确定|不清楚|不太清楚|不知道|说不准|说不好|拿不准|吃不准|不好说|还没定|没定|未定|待定|还在确认|在确认|还没确认|待确认|还要确认|有待确认|搞不清|弄不清|没搞清)"
_UNSURE_EN = r"(?:not sure|unsure|uncertain|unclear|don't know|do not know|not certain|haven't confirmed|not confirmed|still (?:checking|confirming|unclear|being confirmed|to be confirmed)|tbd|to be (?:confirmed|decided|determined)|may or may not|might or might not)"
# a second possibility offered for the same fact: 也可能不涉及, 也可能是区里的, 或者是, "or maybe not", "may or may not"
_OTHER_ZH = lazy_regex(r"(?:也(?:有)?可能|也许|或许|说不定|又好像|也可能会|或者|要么)(?:是|不|没|会|就|有)?")
_OTHER_EN = lazy_regex(r"\b(?:or (?:maybe|perhaps|possibly)\b|may or may not|might or might not)\b", re.I)
# 无论是否涉密, 不管涉不涉密, "whether or not it is classified": every case asked at once, no doubt of one case
_EVERY_CASE = lazy_regex(r"(?:无论|不论|不管|regardless of|whether or not|irrespective of)")
_CLAUSE_END = "。？?！!；;\n，,（）()"   # (a bracket too: 龙岗或者云浮还没定（龙岗的话是区财政出钱…: the place is in doubt, not the money)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((text.rfind(c, 0, start) for c in _CLAUSE_END), default=-1) + 1
    his = [i for i in (text.find(c, end) for c in _CLAUSE_END) if i >= 0]
    return lo, min(his) if his else len(text)


def doubted(text: str, said: list[tuple[int, int]]) -> bool:
    """Is the fact said at ``said`` (its spans in the text) put in doubt there? A word of not knowing in its sentence
    (不确定是不是涉密, 涉不涉密还在确认, "not sure if it's classified"), or a second possibility offered right after
    it (好像涉及保密，也可能不涉及; "classified, or maybe not"); not where every case is asked at once (无论是否涉密)."""
    for start, end in said:
        lo, hi = _clause(text, start, end)
        sentence = text[lo:hi]   # (its own clause: 涉密项目，预算还没定 leaves the secrecy said)
        if _EVERY_CASE.search(text[max(lo, start - 8):start]):
            continue
        # (its own clause, or a short one right after it: 好像是市里的资金，还在确认; "city money, not sure")
        following = re.match(r"[，,]\s*([^，,。？?！!；;\n]{1,14})(?=[，,。？?！!；;\n]|$)", text[hi:])
        if re.search(_UNSURE_ZH, sentence) or re.search(rf"\b{_UNSURE_EN}\b", sentence, re.I):
            return True
        # (the clause after it only when it is the doubt itself: not 涉密项目，预算还没定, the budget's)
        if following and (re.match(rf"(?:还|也|都|目前|现在|暂时|我们|具体)*{_UNSURE_ZH}", following.group(1))
                          or re.match(rf"(?:but |and |we'?re |we are |i'?m |i am |still )*{_UNSURE_EN}\b", following.group(1).strip(), re.I)):
            return True
        after = text[end:end + 24]
        if _OTHER_ZH.search(after[:16]) and re.match(r"[^。？?！!；;]{0,6}?[，,\s]", after) or _OTHER_EN.search(after):
            return True
    return False
