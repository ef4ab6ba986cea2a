"""Where a question puts a cost against the budget the text counts it in: 监理费单独再申请一笔 puts it
outside the total investment, 测评费用从总投资里出、不另外申请 keeps it inside."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

_COST = lazy_regex(r"费|一笔钱|这笔钱|(?:要|申请|拿|多要|再要)(?:一?笔)?钱|(?<=[\u4e00-\u9fff]{2})的钱|\b(fee|fees|cost|costs|expense|expenses)\b", re.I)   # (资金 is funding, not a cost placed)
# 单独再申请一笔, 另外报一个项目, 不想放总投资里, 不算进维保经费
_OUTSIDE = lazy_regex(r"(?<![不没必需])(?<![不没]用)(单独|另外|另行|额外)(再)?(申请|报|立|列支|列入|列预算|列出来|申报|拨)|(?<![不没必需])(?<![不没]用)单列"   # (这笔费用单独立项: 用 of 费用)
                      r"|不(想|愿|愿意|打算)?(放|算|纳入|计入|列入|包含|包括)(在|进|入)?[^，,。？?]{0,10}(里|中|内|总投资|预算|经费)"
                      r"|(?<!是)不是(放|算|纳入|计入|列入|包含|包括)(在|进|入)?[^，,。？?]{0,10}(里|中|内|总投资|预算|经费)"   # 从办公经费出，而不是纳入总投资
                      # "pay it out of our office budget rather than include it in the project's total investment"
                      r"|\b(rather than|instead of|not) (includ|put|count|list|fold)\w* (it |them |this |that )?(in|into|as part of|within) (the |our )?(project'?s? )?(total |overall )?(investment|budget)\b"
                      r"|\b(separate(ly)?|on its own|a separate (budget|application|project)|outside (the )?(total|overall|project) (investment|budget))\b", re.I)
# 从总投资里出, 不另外申请, 算在维保经费里, out of the total investment
_INSIDE = lazy_regex(r"不(用|必)?(单独|另外|另行|额外|单列)|从(?![^，,。？?]{0,6}(办公|日常|公用|自有|自筹))[^，,。？?]{0,8}(总投资|经费|预算)[里中内]?(出|支|列|开支|走)"
                     r"|(放|(?<![打就])算|纳入|计入|列入|包含|包括)(在|进|入)?[^，,。？?]{0,8}(总投资|维保经费|运维经费|经费|预算)[里中内]?(?!外)"   # (not 打算从办公经费出)
                     r"|\b(from|within|out of|inside|in|as part of) (the )?(project'?s? )?(total|overall) (investment|budget)\b", re.I)
# 算不算进, 纳不纳入, 包不包括: whether it is kept in, asked
_APART_A_NOT_A = lazy_regex(r"((?<![费作使采应利运适信])用不用|要不要|需不需要|需要不需要|是否需要|是否要)(?=(单独|另外|另行|额外|单列))")
_PLACED_A_NOT_A = lazy_regex(r"(算|纳|包|放|列|计)[不没]\1")
# how the text counts a cost in a budget: 监理费用纳入项目总投资, 对接费用应包含在该系统的维保经费中
# (not 列入部门年度预算, which is where a cost applied for on its own goes)
INCLUDED = lazy_regex(r"(费|经费|费用)[^。；;]{0,12}(纳入|包含在|计入)[^。；;，,]{0,12}(总投资|经费)")
# the cost a question names by what it pays for (监理费, 对接费用, 测评费): 这笔费用 names none
_NAMED_COST = lazy_regex(r"([\u4e00-\u9fff]{2})(?:经费|费用|费|的钱)")
_NOT_NAMING = {"这笔", "那笔", "相关", "有关", "所有", "各项", "这些", "项目", "总投", "部分",   # (这部分费用: a share, not what it pays for)
               # a verb before 经费 (申请经费, 安排经费) says what is done with the money, not what it pays for
               "申请", "安排", "拨付", "使用", "落实", "下达", "报销", "支付", "需要", "追加", "增加", "列支", "出的", "花的"}
# where a cost is asked to come from: 对接费从哪出, 算在哪个经费里, should come from which budget
_WHERE_FROM = lazy_regex(r"(从|在|算|放|列|走|出在|用)哪(个|笔|块|项|里|儿)?|哪(个|笔|块|项)(经费|预算|钱|资金)|谁(出|付|承担|掏)"
                         r"|\b(from|out of|in|under|into) (which|what|whose) (budget|fund|funds|money|account|pot)\b"
                         r"|\bwho (pays|should pay|bears|covers)\b", re.I)


def costs_named(text: str) -> set[str]:
    """What the costs a question names pay for (监理费 -> 监理); empty when it names none."""
    # (一笔经费, 这笔费用: a sum, not what it pays for)
    return {m.group(1) for m in _NAMED_COST.finditer(text) if not re.search(r"^[这那一每各]|[经笔些项个]$", m.group(1))} - _NOT_NAMING


def cost_placed(text: str) -> str | None:
    """``"outside"`` when the question puts a cost outside a budget (apart, separately), ``"inside"``
    when it keeps it in; None when it places no cost."""
    if not _COST.search(text):
        return None
    text = _PLACED_A_NOT_A.sub(r"\1", text)   # 算不算进总投资 asks of it kept in: 算进
    text = _APART_A_NOT_A.sub("", text)   # 用不用单独申请经费 asks of it put apart: 单独申请
    # (不想放总投资里 is outside: what is put outside is no longer read as kept in)
    outside, inside = _OUTSIDE.search(text), _INSIDE.search(_OUTSIDE.sub(" ", text))
    if outside and not inside:
        return "outside"
    if inside and not outside:
        return "inside"
    return None


# the budget a question has a cost met from (从明年的运维经费里出, "out of next year's O&M budget")
_FROM_BUDGET = lazy_regex(r"从[^，,。？?]{0,8}?(?P<c>总投资|[\u4e00-\u9fff]{2}(?:经费|预算|资金))[里中内]?(?:出|支|列|开支|走)"
                          r"|\b(?:from|out of) (?:next year's |this year's |the |our )*(?P<e>o&m|operation and maintenance|maintenance|operations?|office|admin\w*)(?: and maintenance)? (?:budget|funds?|money)\b", re.I)


def budget_met_from(text: str) -> str | None:
    """The budget a question has a cost met from, in the texts' words (运维经费, 总投资), or None."""
    m = _FROM_BUDGET.search(text)
    if not m:
        return None
    if m.group("c"):
        return m.group("c")
    return "办公经费" if m.group("e").lower() in ("office",) or m.group("e").lower().startswith("admin") else "运维经费"


def cost_asked_from(text: str) -> bool:
    """对接费用从哪出, "should come from which budget?": where a named cost is met from, asked."""
    return bool(_COST.search(text)) and bool(_WHERE_FROM.search(text))


# whether a step costs a fee, asked (质量监督登记要交费吗, 收不收费, "is there a fee for the registration")
_END_Q = r"(?=\s*[？?。!！]*\s*$)"
FEE_ASKED = lazy_regex(rf"(交|缴|付)(费|钱)(吗|么|嘛|(不|没){_END_Q})|(收不收|交不交|缴不缴|付不付)(费|钱)|收(费|钱)(吗|么|嘛|不{_END_Q})|要钱(吗|么|不{_END_Q})|是不是免费|免费的?(吗|么|嘛|不{_END_Q})"
                       r"|(要|需要|得|用不用|要不要|需不需要|是否要?)(交|缴|付)[^，,。？?]{0,4}(费|费用|钱)"
                       r"|\b(is there|are there|any) (a |an )?(fee|charge)s?\b|\bdo (we|i) (have to |need to )?pay (a |any )?(fee|charge)"
                       r"|\bfree of charge\b|\b(cost|charge) (us )?anything\b", re.I)
