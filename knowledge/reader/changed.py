"""A project's figure that changed over its life: the figure it became is the project's now.

Projects do not stay as declared: 总投资从120万砍到95万; 原来预算90万，加了两个子系统以后变成130万; 合同价200万，变更后变成230万;
"the software part was cut from 600k to 450k"; "48 million at proposal stage … now 52 million". Read as they stand, the
first figure is the project's and the second a change or a second total. Here the figure after a word of becoming
(变成, 追加到, 砍到, 调整为, 现在是; "to" after a verb of change, "now") takes the role of the one before it, which is kept
as what the figure was (role ``former``): the duties turn on the figure now. (The reader then takes a contract's change,
where no other is said, as the difference between the two: 合同价200万变成230万, a change of 30万, 15% of the contract.)
A figure said after the change (变更申请之后金额正好30万) is the project's, and a figure still to rise (要加功能，加多少还没定;
"is going to increase") is a floor of the one it will be.

Not a change: 从40到60万 (a range, no verb); 追加了20万 (an increment: the change's own figure, read as before); "changes
adding up to 550,000" (the changes' sum).
"""
from __future__ import annotations

import re
from dataclasses import replace

from knowledge.lazy_regex import lazy_regex

# the words right before the new figure: a verb of change with 到/至/为/成, or 变成, 调整为, 现在是
_BECAME_ZH = lazy_regex(r"(?:变成|变为|改成|改为|变更为|变更后(?:为|是|变成)?|调整(?:为|到|至|成|后为|后是)|调(?:为|到|至|成)"
                        r"|(?:增加|追加|涨|升|提高|提升|提|降|降低|减|减少|压|压缩|缩减|缩|砍|核减|核增|下调|上调|调减|调增|加|增|扩|扩大|涨价)(?:到|至|为|成)"
                        r"|(?:只剩|就剩|仅剩)(?:下)?"
                        r"|(?:现在|目前|如今|后来|最后|最终)(?:(?:重新|仔细)?(?:算|核算|估算|测算|核)(?:下来|了一下|一下|出来)|看)?[，,]?"
                        r"(?:总投资|预算|合同价|金额|总额|概算)?(?:是|为|变成|成了|定为|估计|预计|核定为|大概|约|要|得|需要)?)"
                        r"(?:了)?\s*(?:大概|大约|约|差不多|估计|将近)?\s*$")
_BECAME_EN = lazy_regex(r"\b(?:to|now(?: at| is| about| around| roughly| estimated at| expected at| sits at)?|is now(?: about| around)?|became|becomes|become"
                        r"|(?:has |have )?(?:gone|grown|risen|dropped|fallen|shrunk) to)\s*(?:about |around |roughly |approximately |some )?(?:RMB |CNY |¥)?$", re.I)
_CHANGE_VERB_EN = lazy_regex(r"\b(?:cut|cuts|reduc\w*|rais\w*|increas\w*|went|go(?:es|ne)?|rose|risen|drop\w*|fell|fallen|grew|grown|chang\w*|revis\w*"
                             r"|adjust\w*|renegotiat\w*|trimm?\w*|lower\w*|upp(?:ed)?|bump\w*|expand\w*|shr[au]nk|slash\w*|moved?|now|became|becomes|become)\b", re.I)
# (English only: 预算增加了30到50万 is an increment's range)
_ROSE_FROM = lazy_regex(r"\b(?:went|gone|go(?:es)?|rose|risen|grew|grown|jumped|climbed|increased|raised|upped|bumped|expanded)\s+(?:up\s+)?from"
                        r"\s*(?:RMB\s*|CNY\s*|¥\s*)?$", re.I)
# (要加功能, 还要追加预算: the figure to rise; not 要加监理吗, a party added)
_WILL_RISE = lazy_regex(r"(?:要|还要|会|将|准备|打算|可能|还得|还会)(?:再)?(?:加|增加|追加|涨|扩|扩大|上调)(?:点|一些|些|个|几个|一个|两个)?"
                        r"(?:功能|模块|内容|建设内容|需求|预算|投资|钱|经费|子系统|应用|系统|场景|多少)"
                        r"|\b(?:is|are|will be|'s) (?:going|set|likely|expected) to (?:increase|go up|grow|rise)\b|\bwill (?:increase|go up|grow|rise)\b", re.I)
_WILL_FALL = lazy_regex(r"(?:要|还要|会|将|准备|打算|可能)(?:再)?(?:减|砍|压|缩|下调|核减)(?![^，,。？?]{0,6}(?:到|至|为|成)\s*[\d一二三四五六七八九十两])"
                        r"|\b(?:is|are|will be|'s) (?:going|set|likely|expected) to (?:decrease|go down|shrink|fall|be cut|be reduced)\b|\bwill (?:decrease|go down|shrink|fall|be cut|be reduced)\b", re.I)
# (…追加了2w，刚好100万; 加了15万，一共65万: what the change brought the figure to)
_SUMS_NOW = lazy_regex(r"^\s*(?:了)?[，,]?\s*(?:以后|之后|后)?[，,]?\s*(?:刚好|正好|恰好|一共|总共|合计|共计|加起来|总计|总额|变成|到了|达到)(?:了)?(?:是|为|有|到)?\s*(?:大概|大约|约|差不多)?\s*$")
_SUMS_TO = lazy_regex(r"\b(?:add|adds|adding|added|amount|amounts|amounting|come|comes|coming|sum|sums|summing|total|totals|totall?ing)\s+(?:up\s+)?to\b", re.I)
_STOP = lazy_regex(r"[。？?！!\n]|\.(?=\s)")   # (a sentence's end: 原来预算90万；现在130万 is one sentence)
# 提了变更申请之后金额正好30万, 调整后总投资为…: a figure said after the change is the project's, not the change's
_AFTER_CHANGE = lazy_regex(r"(?:变更|调整|追加|修改|变动)(?:申请)?(?:通过)?(?:之后|以后|后)(?:的)?(?:总投资|预算|金额|总额|合同价|合同金额|概算)?(?:就|正好|刚好|为|是|变成|成了|达到)*\s*$"
                           r"|\bafter (?:the )?(?:change|variation|adjustment)s?\b[^.?;]{0,20}$", re.I)


def changed_figures(text: str, amounts: list) -> list:
    """The amounts with a figure that became another read as it is now: the earlier one's role is ``former``, the one
    it became takes its role (and an amount said after the change, ``change_amount`` by its words, the project's)."""
    for a in amounts:
        if a.role == "change_amount" and _AFTER_CHANGE.search(text[max(0, a.start - 24):a.start]):
            a.role = "contract_amount" if re.search(r"合同|contract", text[max(0, a.start - 24):a.start], re.I) else "total"
    # "went up from 300k to 700k", "raised from 40 to 60万": read as one figure's range, it is the figure it rose to
    for a in list(amounts):
        if a.span is not None and a.bound is None and _ROSE_FROM.search(text[max(0, a.start - 40):a.start]):
            low, high = a.span
            amounts.insert(amounts.index(a), replace(a, value=int(low), role="former", span=None, end=a.start))
            a.value, a.span = int(high), None
    # 申报时27万，现在要加功能，加多少还没定; "started at 800k and is going to increase": the figure now is a floor (or, to
    # be cut, a ceiling) of the one it will be
    for a in amounts:
        if a.role in ("total", "contract_amount", "software_cost") and a.bound is None and a.span is None:
            after = _STOP.split(text[a.end:], 1)[0]
            if _WILL_RISE.search(after):
                a.bound = "ge"
            elif _WILL_FALL.search(after):
                a.bound = "le"
    # 原来98w，追加了2w刚好100万: the figure a change brought the project to is the project's now, the one before it was
    for base, inc, a in zip(amounts, amounts[1:], amounts[2:], strict=False):
        if inc.role == "change_amount" and base.role not in ("change_amount", "surplus", "former") \
                and a.role in (base.role, "change_amount", "total") and _SUMS_NOW.search(text[inc.end:a.start]):
            a.role, base.role = base.role, "former"
    for before, a in zip(amounts, amounts[1:], strict=False):
        if before.role not in ("change_amount", "surplus", "former") and became(text, before, a) \
                and a.role in (before.role, "change_amount", "total"):
            a.role, before.role = before.role, "former"
    return amounts


def became(text: str, before, a) -> bool:
    """Is the amount ``a`` what ``before`` became (总投资从120万砍到95万; "started at 9 million …, now 11 million")?"""
    between = text[before.end:a.start]
    if _STOP.search(between) or len(between) > (40 if re.search(r"[\u4e00-\u9fff]", between) else 90):
        return False
    # (in English only a figure of the project's own kind: "changes adding up to 550,000", "change orders now at 350k"
    # are the changes' own figures)
    return bool(_BECAME_ZH.search(between)) or a.role != "change_amount" and bool(_BECAME_EN.search(between)) \
        and not _SUMS_TO.search(between) and bool(_CHANGE_VERB_EN.search(text[max(0, before.start - 40):a.start]))
