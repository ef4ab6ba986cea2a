"""The places a message names, each with what it says of that place's own project (龙岗区有个八十万的项目，云浮有个一百二十
万的), and a covered place said to be where the asker is now (深圳市直这边) beside one outside the texts."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..reader.question import Question, find_jurisdictions, understand

_HERE = lazy_regex(r"(?:这边|这里|这儿|本地)|\b(?:over here|here)\b", re.I)


def covered_here(kb, text: str) -> bool:
    """Does the asker say the covered place is where they are now (我在东莞做项目时…，深圳市直这边监理也要出吗; "I used to
    work in Dongguan; here in Longgang …"), so that the place outside is only where they were?"""
    for m in _HERE.finditer(text):
        before = text[max(0, m.start() - 10):m.start()]   # (深圳市直这边)
        after = text[m.end():m.end() + 10] if m.group(0).isascii() else ""   # ("here in Longgang")
        if find_jurisdictions(before + after, kb.aliases):
            return True
    # (常州武进区我们也有项目，先问钟楼的; "we also have one in Wujin, but first Zhonglou": the covered place asked of now)
    return any(find_jurisdictions(m.group("p") or m.group("p2"), kb.aliases) for m in _ASKED_OF.finditer(text))


_ASKED_OF = lazy_regex(r"(?:先|现在|这次|今天|只)(?:问|说|问问|看看|咨询)(?:一?下)?(?P<p>[\u4e00-\u9fff]{2,6}?)(?:的|那边|这边)"
                       r"|\b(?:first|now|for now|right now),? (?:about|for|on|just) (?P<p2>[A-Z][a-z]+)\b")


def own_profiles(kb, q: Question, text: str, jids: list[str]) -> dict:
    """What a message says of each place's own project, where it names several (龙岗区有个省里拨钱的项目，云浮有个涉及国家
    安排资金的项目): each place's facts read from its own clauses and those that name no place, not from another's."""
    if len(jids) < 2:
        return {}
    # ("in Yunfu (municipal unit) and in Longgang (district funds)": each place with its own words)
    clauses = [c for c in re.split(r"(?<=[，,。；;？?!！：:、])|(?<=[.)）])\s+(?=and\s|[A-Z])|\s+(?=and\s+(?:in|for|at)\s)", text) if c.strip()]
    # (云浮、钟楼两地100万的项目: places listed, then what is said of both)
    for i in range(len(clauses) - 2, -1, -1):
        if clauses[i].endswith("、") and len(re.sub(r"[市区县级、\s]", "", clauses[i])) <= 4:
            clauses[i:i + 2] = [clauses[i] + clauses[i + 1]]
    named = [find_jurisdictions(c, kb.aliases) for c in clauses]
    if sum(len(n) == 1 for n in named) < 2:
        return {}
    out = {}
    for jid in jids:
        said = "".join(c for c, n in zip(clauses, named, strict=True) if len(n) != 1 or n[0] == jid)
        if said != text:
            out[jid] = understand(said, kb.aliases, kb.topics, jid, kb=kb).profile
    return out


