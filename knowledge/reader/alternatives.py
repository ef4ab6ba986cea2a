"""A party put in another's place: "验收组不请专家，改请第三方咨询评估机构", "用第三方机构代替专家", "a third-party
consulting firm instead of individual experts" (or a document in another's: 只交项目建议书，不单独写立项申请报告). Read as (the party left out, the party brought in), so that a
text naming either of the two (有关专家或第三方咨询评估机构) can allow the swap."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

_PARTY = r"[\u4e00-\u9fff]{2,14}?"
_COUNT_WORD = r"(?:一家|一个|个|家|一些|几个|几家)?"   # (找一家第三方咨询评估机构: a count or quantifier, no part of the name)
_ZH = [lazy_regex(rf"不(?:请|找|用|要|让|邀请|聘请)(?P<a>{_PARTY})[，,]?\s*(?:而是|改为|改成|改|换成|换)?(?:请|找|用|让|邀请|聘请){_COUNT_WORD}(?P<b>{_PARTY})(?=[来去参做组进出代]|[，,。？?吧吗\s]|$)"),
       lazy_regex(rf"(?:用|让|由|以|请|找){_COUNT_WORD}(?P<b>{_PARTY})(?:来)?(?:代替|替代|取代|顶替|替换)(?P<a>{_PARTY})(?=[来去参做组进出]|[，,。？?吧吗\s]|$)"),
       lazy_regex(rf"(?P<b>{_PARTY})(?:代替|替代|取代|顶替)(?P<a>{_PARTY})(?=[来去参做组进出]|[，,。？?吧吗\s]|$)"),
       # 结算报告找第三方造价咨询公司出，不用承建单位自己出的那份: the one brought in first, the one left out after
       lazy_regex(rf"(?:找|请|让|由|用|委托|聘请)(?P<b>{_PARTY})(?:来)?(?:出|做|编|写|出具|编制|组织)[^，,。？?]{{0,6}}[，,]\s*不(?:用|要|让|请|找)(?P<a>{_PARTY})(?:自己|自行)?(?=[来去参做组进出编写]|[，,。？?吧吗]|$)"),
       # 只交项目建议书 不单独写立项申请报告了: one document for the other
       lazy_regex(rf"只(?:交|报|写|编|编制|提交)(?P<b>{_PARTY})[，,\s]*不(?:再)?(?:单独|另外)?(?:写|交|编|编制|报|提交)(?P<a>{_PARTY})(?=了|[，,。？?吧吗\s]|$)"),
       # 用第三方咨询评估机构 不请专家: the one brought in first, the one left out in the next clause (last: 找第三方造价咨询
       # 公司出，不用承建单位自己出的那份 is the pattern before, with its verb)
       lazy_regex(rf"(?:用|找|请|让|由|聘请|邀请){_COUNT_WORD}(?P<b>{_PARTY})[，,\s]+(?:就)?不(?:再)?(?:请|找|用|要|邀请|聘请)(?P<a>{_PARTY})(?=[来去参做组进了]|[，,。？?吧吗\s]|$)")]
_EN = lazy_regex(r"\b(?:an?|the|some)?\s*(?P<b>[\w\s-]{3,60}?)\s+(?:\w+\s+){0,8}?instead of (?:the |an? |individual |independent |outside )?(?P<a>[\w\s-]{3,40}?)(?=[?,.;]|$)"
                 # "instead of individual experts, can we have a third-party consulting firm sit on the panel?"
                 r"|\binstead of (?:the |an? |individual |independent |outside )?(?P<a3>[\w\s-]{3,40}?),\s*(?:\w+\s+){0,4}?(?:have|use|bring in|hire|engage|get|invite|ask)\s+(?:an? |the |some )?(?P<b3>[\w\s/-]{3,60}?)(?=\s+(?:to|sit|join|be|do|act|serve|on|as|for)\b|[?,.;]|$)"
                 r"|\b(?:replace|substitute)\s+(?:the |an? )?(?P<a2>[\w\s-]{3,40}?)\s+(?:with|by)\s+(?:the |an? )?(?P<b2>[\w\s-]{3,60}?)(?=[?,.;]|$)", re.I)


def swapped_parties(text: str, to_chinese=None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the words of the party left out, the words of the party put in its place), in the texts' words, or
    None. ``to_chinese`` turns an English phrase into the Chinese words it names (for an English question)."""
    for pattern in _ZH:
        m = pattern.search(text)
        if m:
            a, b = m.group("a"), m.group("b")
            return (a, a[:3], a[-4:]) if len(a) > 4 else (a,), (b, b[:3], b[-4:]) if len(b) > 4 else (b,)
    m = _EN.search(text) if to_chinese else None
    if not m:
        return None
    a, b = next((m.group(x), m.group(y)) for x, y in (("a", "b"), ("a3", "b3"), ("a2", "b2")) if m.group(x))
    a_zh, b_zh = tuple(to_chinese(a)), tuple(to_chinese(b))
    return (a_zh, b_zh) if a_zh and b_zh else None


def either_named(sentence: str, left: tuple[str, ...], put: tuple[str, ...]) -> str | None:
    """The words of the sentence that name the two parties as alternatives (专家或第三方咨询评估机构): each of them
    found by its own words, with 或 (or 或者) between them; None when it does not."""
    def at(party: tuple[str, ...]) -> list[tuple[int, int]]:
        return [m.span() for k in party if len(k) >= 2 for m in re.finditer(re.escape(k), sentence)]
    for i, i_end in at(left):
        for j, j_end in at(put):
            (lo, _), (hi, end) = sorted(((i, i_end), (j, j_end)))
            # (监理单位和有关专家或第三方…: 和 joins 监理单位 to the list; only 专家 and 第三方 are the two)
            if 0 < hi - lo <= 24 and re.fullmatch(r"[^，,。；;、和与及]*或者?[^，,。；;、和与及]*", sentence[lo:hi]):
                tail = re.match(r"[\u4e00-\u9fff]{0,8}?(?:机构|单位|部门|公司|组织)", sentence[end:])   # (…第三方咨询评估机构, whole)
                return sentence[lo:end + (tail.end() if tail else 0)]
    return None


_A_PARTY = lazy_regex(r"^(?![^不也都]*[不也都])[\u4e00-\u9fff]{2,14}(单位|公司|机构|专家|局|中心|部门|组)$")


def only_put_named(sentence: str, left: tuple[str, ...], put: tuple[str, ...]) -> bool:
    """Does the sentence name the party brought in (第三方造价咨询公司) and not the one left out (承建单位)? Both must
    be parties by their names (not 另外, nor 专家也, of 不请专家也不请…: both left out)."""
    return bool(_A_PARTY.match(left[0]) and _A_PARTY.match(put[0])) \
        and any(len(k) >= 3 and k in sentence for k in put) and not any(len(k) >= 2 and k in sentence for k in left)
