"""A fact the user corrects in the same message, read as corrected, before anything else is read.

People type as they think and put a figure right a few words later: 预算25万，哦不对，是35万; 合同是11月20号签的，不对，
是23号; "budget 450k — sorry, typo, it's 250k"; "Longgang — sorry, I mean Zhonglou"; 我之前说40万，刚核了一下是55万.
Read as they stand, both figures are facts and the first one (the one taken back) usually wins. Here the figure
taken back is replaced by the one that corrects it, and the correction's own words are dropped, so the rest of the
reader sees the message the user meant:

- a value right after a correction marker (an amount, a share, a day, a place) replaces the last value of the same
  kind before it (a day given without its month keeps the month of the one it corrects: 11月20号…是23号 → 11月23号);
- with no value after it, a short clause taken back is dropped (我说是单纯买设备，不对，其实是系统集成 → 系统集成), and an
  English sentence retracted as a whole ("… — I think I got that wrong.") is dropped with it;
- a step said done and taken back (我们已经做了初验……哦还没做) is a step not done (我们还没做初验);
- a value denied and another said instead (预算不是25万，是45万) is the other;
- a consent, a qualification or a step done said both ways (好像同意过，也可能没同意) or with a doubt of its own (好像没资质（还在
  核实）) is not known, and is dropped.

A marker with no earlier value of the kind that follows it changes nothing: 不对 and "sorry" are ordinary words too.
"""
from __future__ import annotations

import re
import unicodedata

from knowledge.lazy_regex import lazy_regex

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千点]+)"
_KINDS = {
    "share": lazy_regex(r"\d+(?:\.\d+)?\s*(?:%|percent\b|个点)|百分之[零一二两三四五六七八九十点\d]+"),
    "money": lazy_regex(_NUM + r"\s*(?:个)?(?:万元?|萬元?|亿元?|億元?|元)|(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{2,})\s*块|(?<![A-Za-z0-9_.])\d[\d,]*(?:\.\d+)?\s*(?:k|w|m|mil|million|yuan)(?![A-Za-z])", re.I),
    "day": lazy_regex(r"(?:\d{1,2}\s*月\s*)?\d{1,2}\s*(?:号|日)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
                      r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|(?:上|下|这|本)(?:周|个?星期|礼拜)[一二三四五六日天]|昨天|前天|今天|大前天"
                      r"|\b(?:today|yesterday)\b|\b(?:last|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                      r"|(?:两|三)周前的?(?:周|星期|礼拜)[一二三四五六日天]|上上(?:周|个?星期|礼拜)[一二三四五六日天]"
                      r"|\b(?:early|mid|late)[- ]?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"
                      # (a month alone: in June, 6月份, 8月底)
                      r"|(?<=\bin\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                      r"|(?<![\d个.])\d{1,2}\s*月(?:份|初|底|中旬|上旬|下旬|中)?(?!\s*\d)", re.I),
    # (two firms — oh no, three; 两家，不对，三家: a count of firms, quotes or people)
    "count": lazy_regex(r"(?:\d+|[一二两三四五六七八九十])\s*(?:家|个(?=报价|单位|公司|供应商|专家)|名|位)"
                        r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+(?:firms?|compan(?:y|ies)|quotes?|bids?|vendors?|suppliers?|experts?|people|inspectors?))?", re.I),
}
_MONTH = lazy_regex(r"^(\d{1,2}\s*月\s*)")
_COUNT_UNIT = lazy_regex(r"\s+(?:firms?|compan(?:y|ies)|quotes?|bids?|vendors?|suppliers?|experts?|people|inspectors?)$|[家名位]$", re.I)
_DAY_ONLY = lazy_regex(r"^\d{1,2}\s*(?:号|日)$")
# what introduced the figure taken back (我之前说40万): gone with it
_SAID_BEFORE = lazy_regex(r"(?:我们|我|他们|他|对方)?(?:(?:之前|刚才|前面|本来|原来|原本)(?:想|打算|计划)?(?:说|讲|报|填)?|说|讲|报|填)的?是?$")

# a bare figure offered before the one taken back, as its alternative (48 or 49 million), and the hedge said of it (about 9.5
# million, 哦不对 final 是1000万): taken back too, the corrected figure being the one meant
_ALTERNATIVE_BEFORE = lazy_regex(r"(?:(?:about|roughly|around|approximately|approx\.?|maybe|大概|大约|约|差不多|估计)\s*)?(?:\d[\d,]*(?:\.\d+)?\s*(?:or|to|-|~|或者?|到)\s*)?$", re.I)
# the words that take back what was just said: 哦不对, 不对不对, 啊不是, 我记错了, 说错了, 刚核了一下是; "sorry, typo,
# it's", "correction:", "no wait", "I mean"
_ZH_MARK = lazy_regex(
    r"(?P<mark>[，,。.…\s—-]*(?:哦|噢|喔|啊|呃|唉|诶|哎|欸)[，,]?\s*(?:不对不对|不对|不是不是|不是|不不不|不不|不(?![是对了要用能会可]))"
    r"|[，,。.…\s—-]+(?:不对不对|不对|不是不是|不是)(?=[，,。.！!\s])|(?<=[？?])\s*(?:不对不对|不对|说错了|搞错了|写错了)(?=[，,。.！!\s])"
    r"|[，,。…\s—-]*(?:哦|噢|喔|啊)?我?(?:说错了|记错了|搞错了|打错了|看错了|写错了|弄错了|口误|(?<!变)更正(?:一下)?(?!好)|纠正一下)"
    r"|[，,。…\s—-]*(?:刚|又|再)?(?:核|查|算|确认)了(?:一下|一遍|下)?(?=[，,]?(?:其实|实际)?(?:是|为))"
    # 一开始算的是15%，后来财务核了说只有6%: a later check told after the first figure
    r"|[，,]\s*(?:后来|结果|最后)(?=[^，,。？?]{0,8}?(?:核|算|查|确认|说))"
    # 我之前说的是12 million，其实是9.6 million: a figure said before, then what it really is
    r"|(?<=[\d万元亿nk])\s*[，,]\s*(?=(?:其实|实际上|实际)(?:是|为)))"
    # (哦不对 final 是整1000万, 不对，财务说是一百零五万, 后来财务核了说只有6%: who checked it and the word for the final figure)
    r"[，,。！!\s]*(?:final|finally|actually)?\s*(?:我|[\u4e00-\u9fff]{0,4}?(?:(?:刚|又|再)?(?:核|查|算|确认)(?:了)?(?:一下|一遍|下)?[，,]?(?:说)?|说))?"
    r"(?:[^，,。？?\d]{1,8}[，,]\s*(?=是))?(?:其实|实际上|实际|最终|最后|应该|准确地说|准确说)?(?:是|为|在|只有)?")
_EN_MARK = lazy_regex(
    r"(?P<mark>\s*(?:[—–-]+|[,;.])?\s*(?:(?:oh|oops|um|uh)[\s,!.—–-]+)*"
    r"(?:sorry|correction|scratch that|no wait|wait no|wait|I mean|I meant|make that|or rather|typo|my mistake|my bad|"
    r"I misspoke|actually|no|nope)(?![A-Za-z]))"
    r"(?:[\s,:;!.—–-]+(?:typo|no|wait|sorry|I mean|I meant|actually|it's|it is|it was|that's|we're|we are|they're|"
    r"make that|I (?:re)?(?:checked|calculated|recalculated|counted|looked)(?: again| it)?"
    r"|I (?:misread|misheard|mistyped|misremembered|mixed up|got (?:it|that) wrong)(?: (?:it|that|this|the \w+|our \w+))?"
    r"|I (?:just |double[- ])?(?:checked|confirmed|looked it up)|oh no"
    # ("no wait, I'm mixing it up with another system, ours only started mid-October": the mix-up owned, then whose it is)
    r"|I'?m (?:mixing|confusing) (?:it|this|that|them)(?: up)?(?: with [^,;.—–]{1,40})?)(?![A-Za-z]))*[\s,:;—–-]*"
    r"(?:(?:ours|our (?:one|system|project|contract)|it|this one)\s+(?:only |actually |really |just )?(?:was |were )?(?=[a-z]))?"
    # (sorry, actually it was signed on Dec 1; oh wait 算上税是22万: the verb of the step, or a Chinese clause, before the figure)
    r"(?:(?:signed|filed|submitted|held|done|issued|started|began|ended|finished|approved|came out|received)\s+)?(?:[\u4e00-\u9fff]{1,6}?(?:是|为))?"
    r"(?:in |on |at |the (?=\d))?", re.I)
_END_SENTENCE = lazy_regex(r"[。？?！!.;；\n]")
_PART_OF = lazy_regex(r"\s*(?:of (?:it|that|this|which|them|the total|the budget|those)|是其中|其中)\b", re.I)
# an English sentence taken back whole: "Earlier I told the team X — I think I got that wrong."
_EN_RETRACTED = lazy_regex(r"(?:^|(?<=[.?!:]\s))(?P<said>[^.?!:]{8,200}?)\s*(?:[—–-]+|,|;)?\s*(?:but\s+)?(?:I think |turns out |it turns out )?"
                           r"(?:I (?:got|had) (?:that|it|this) wrong|I was wrong(?: about that)?|scratch that|forget (?:that|what I said))[.!]?\s*", re.I)
# 我们已经做了初验……哦还没做: the step said done, taken back
_ZH_UNDONE = lazy_regex(r"(?:已经|都)?(?:做|完成|搞|办|弄|开|交|提交)(?:完|好)?了(?P<x>[^，,。…！!？?\s]{2,10})[…。，,！!\s]*"
                        r"(?:哦|噢|喔|啊|呃)?[，,]?(?:不对[，,]?)?(?:其实)?还没(?:做|有|完成|搞|办|弄|开|交|提交)?(?:呢)?(?=[。，,！!？?…\s]|$)")


def _values(text: str, places) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every amount, share, day and place in ``text``."""
    found = [(m.start(), m.end(), kind) for kind, rx in _KINDS.items() for m in rx.finditer(text)]
    found += [(s, e, "place") for s, e in places(text)]
    found.sort(key=lambda v: (v[0], -(v[1] - v[0])))
    kept: list[tuple[int, int, str]] = []
    for v in found:   # (the longest at each place: 25万 is money, not a day)
        if not kept or v[0] >= kept[-1][1]:
            kept.append(v)
    return kept


def _not_but(text: str, places) -> str:
    """预算不是25万，是45万: the value denied gives way to the one said instead."""
    values = _values(text, places) if "不是" in text else []
    for m in re.finditer(r"不是\s*", text):
        first = next((v for v in values if v[0] == m.end()), None)
        if first is None:
            continue
        then = re.match(r"\s*[，,]?\s*(?:而)?是\s*", text[first[1]:])
        second = next((v for v in values if then and v[0] == first[1] + then.end() and v[2] == first[2]), None)
        if second is not None:
            return text[:m.start()] + text[second[0]:second[1]] + text[second[1]:]
    return text


# 我们好像口头同意过，也可能没同意; 分包单位好像有资质，也可能资质还在办: a consent, a qualification or a step done, said both
# ways, is not known, and is read as not said (the answer then turns on it; a fact of the project's profile in doubt, 好像
# 涉密，也可能不涉及, is the doubt reader's)
# a consent, a qualification or a step done: the facts a doubt of their own leaves unknown
_GATE = r"(?:同意|批准|答应|认可|资质|证书|做过|交过|报过|开过|签过|办过|通过)"
_BOTH_WAYS = lazy_regex(r"(?P<keep>(?:(?<=[，,。；;\s])|^)[^，,。；;？?\s]{0,12}?)(?:好像|似乎|大概|应该|可能|记得)"
                        r"(?=[^，,。；;？?]{0,12}" + _GATE + r")[^，,。；;？?]{1,16}[，,]\s*"
                        r"(?:但|不过)?也(?:有)?可能[^，,。；;？?]{0,6}?(?:没|不|还没|未|还在|并没)[^，,。；;？?]{0,16}[，,。；;]\s*")


# "I typed 45万 earlier but that was a typo — the budget is 4.5 million", "quoted at 1.1 million, but after negotiation it's
# down to 0.9 million": a later figure of the same sentence that replaces the first
_REPLACED_LATER = lazy_regex(r"(?:but\s+)?(?:that|it|this)\s+was\s+(?:a\s+typo|wrong|a\s+mistake)\b[^.?!。？]{0,60}?\b(?:is|was|are|of)\s+"
                             r"|\b(?:down|reduced|cut|lowered|brought down|negotiated down)\s+to\s+", re.I)
# (contract 600k, change orders cut to 50k: another amount named between, not the first one replaced)
_OTHER_AMOUNT = lazy_regex(r"\b(?:changes?|variations?|software|contracts?|supervis\w*|fees?|costs?|shares?)\b|变更|软件|合同|监理费", re.I)
_SENTENCE_END = lazy_regex(r"[.?!](?=\s)|[。？！\n]")


def _replaced_later(text: str) -> str:
    """``text`` with a figure a later one of its sentence replaces (see ``_REPLACED_LATER``) read as that later one."""
    for m in _REPLACED_LATER.finditer(text):
        money = _KINDS["money"]
        new = money.match(text, m.end())
        if new is None:
            continue
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        olds = [o for o in money.finditer(text, start, m.start())]
        if olds and not _OTHER_AMOUNT.search(text, olds[-1].end(), m.start()):
            old = olds[-1]
            return text[:old.start()] + new.group(0) + text[old.end():]
    return text


# 那家好像没资质（还在核实）: a consent, a qualification or a step done said with a doubt of its own, not known either
_DOUBTED_GATE = lazy_regex(r"(?P<keep>(?:(?<=[，,。；;\s])|^)[^，,。；;？?\s]{0,12}?)(?:好像|似乎|可能|应该|大概)"
                           r"(?=[^，,。；;？?]{0,12}" + _GATE + r")[^，,。；;？?（(]{1,16}"
                           r"\s*[（(，,]\s*(?:还在核实|还在确认|还没确认|待确认|有待确认|不确定|说不准|没核实)[）)]?\s*[，,。；;]?\s*")


def corrected(text: str, places=lambda text: []) -> str:
    """``text`` with each fact it corrects read as corrected (see the module's note). ``places(text)`` gives the
    (start, end) of the place names in a text."""
    text = _replaced_later(text)
    text = _BOTH_WAYS.sub(lambda m: m.group("keep"), text)   # (钟楼的项目好像做过初验，也可能没做: the project still 钟楼's)
    text = _DOUBTED_GATE.sub(lambda m: m.group("keep"), text)
    text = _ZH_UNDONE.sub(lambda m: "还没做" + m.group("x"), text)
    text = _not_but(text, places)
    # (the places the sentence taken back named still say where: "Zhonglou: …")
    text = _EN_RETRACTED.sub(lambda m: "".join(m.group("said")[a:b] + ": " for a, b in places(m.group("said"))), text)
    for _ in range(3):   # (a message may correct two facts)
        changed = _correct_once(text, places)
        if changed == text:
            break
        text = changed
    return text


def _correct_once(text: str, places) -> str:
    norm = unicodedata.normalize("NFKC", text)
    if len(norm) != len(text):   # (…… is ...... once normalised: read in that form where the forms differ in length)
        text = norm
    if not (_ZH_MARK.search(text) or _EN_MARK.search(text)):
        return text   # (no word that takes anything back: the values are not looked for)
    values = _values(text, places)
    for rx in (_ZH_MARK, _EN_MARK):
        for m in rx.finditer(text):
            after = next((v for v in values if m.end() <= v[0] <= m.end() + 3), None)
            # (45万的项目要不要监理？不对，财务说是28万: a correction that opens the sentence after the question reaches back
            # over its question mark)
            reach = m.start("mark")
            if (ends := list(_END_SENTENCE.finditer(text, 0, reach))) and not text[ends[-1].end():reach].strip(" ，,") \
                    and ends[-1].group(0) in "？?":
                reach = ends[-1].start()
            before = [v for v in values if v[1] <= reach and reach - v[1] <= 60
                      and not _END_SENTENCE.search(text, v[1], reach)]
            if after is not None and _PART_OF.match(text, after[1]):
                continue   # "1.5 million, actually 600k of it is software": a part of the figure, not it corrected
            if after is not None:
                old = next((v for v in reversed(before) if v[2] == after[2]), None)
                if old is None:
                    continue
                new = text[after[0]:after[1]]
                if after[2] == "day" and _DAY_ONLY.match(new) and (month := _MONTH.match(text[old[0]:old[1]])):
                    new = month.group(1) + new   # 11月20号…是23号: the 23rd of the same month
                if after[2] == "count" and (unit := _COUNT_UNIT.search(text[old[0]:old[1]])) and not _COUNT_UNIT.search(new):
                    new += unit.group(0)   # (two firms — oh no, three: three firms)
                if after[2] == "place" and rx is _EN_MARK:   # "it's in Tianning District (天宁区), Changzhou": the place as said
                    stop = re.search(r"[.;?!]|,(?!\s*[A-Z][a-z]+\b\s*[.;?!])", text[after[1]:])
                    new = text[after[0]:after[1] + (stop.start() if stop else 0)]
                    after = (after[0], after[0] + len(new), "place")
                rest = text[after[1]:]
                # 试运行11月2号结束的，噢说错了，是11月5号结束: the corrected figure says its own verb, the first one's goes
                between = "" if re.match(r"[\u4e00-\u9fff]", rest) else text[old[1]:m.start("mark")]
                head = text[:old[0]]
                if (said := _SAID_BEFORE.search(head)) and said.group(0):
                    head = head[:said.start()]
                head = _ALTERNATIVE_BEFORE.sub("", head)   # (48 or 49 million, no wait, it's 52: both taken back)
                return _tidy(head + new + between + rest)
            if rx is _ZH_MARK:   # 我说是单纯买设备，不对，其实是系统集成: a short clause taken back
                start = max(text.rfind(p, 0, m.start("mark")) for p in "，,。")
                clause = text[start + 1:m.start("mark")]
                follows = re.match(r"[^，,。？?！!]{4,}", text[m.end():])
                if 2 <= len(clause) <= 12 and follows and re.match(r"(?:我|他们|他|对方)?(?:说|讲|以为|记得|填的?|写的?)是?", clause):
                    return _tidy(text[:start + 1] + text[m.end():])
    return text


def _tidy(text: str) -> str:
    return re.sub(r"([，,])\s*[，,]", r"\1", text)
