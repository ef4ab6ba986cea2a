"""A question that asks for the whole picture of a project or of a stage ("从立项到验收要走哪些步骤", "walk me through the
approval route", "验收前都要完成哪些事"): the jurisdiction's ordered steps that apply to the project asked about, each with
its article, lead that jurisdiction's answer; the findings on single rules follow."""
from __future__ import annotations

import re

from knowledge.lazy_regex import lazy_regex

from ..i18n import t
from ..reader.question import Question
from .finding import Finding, dedupe
from .model import evaluate

# 走哪些步骤, 是个什么流程, 整个过程怎么走, 捋一下, 都要完成哪些事; "walk me through", "what's the full route", "what are all the steps"
_OVERVIEW = lazy_regex(
    r"(?:哪些|哪几个|什么|啥|几个)(?:步骤|流程|环节|程序|手续|阶段)|(?:步骤|流程|环节|程序|手续)(?:是|有)(?:哪些|什么|啥|怎样|怎么样)"
    r"|怎么走|咋走|怎么个走法|是个什么流程|是什么流程|什么流程|整个(?:过程|流程)|全流程|整套(?:流程|程序)|一整套|捋一下|捋捋|梳理一下"
    r"|都(?:要|得|需要)(?:做|办|完成|走|干)(?:哪些|什么|啥)|(?:从|打)[^，,。？?]{1,12}(?:到|一直到)[^，,。？?]{1,12}(?:要|得|都)?(?:走|做|办|经过|干)"
    r"|\bwalk (?:me|us) through\b|\b(?:what|which)(?:'s| is| are)? (?:the )?(?:full |whole |overall |complete |entire )?(?:[\w-]+ ){0,2}(?:process|route|path|procedure|steps|stages)\b"
    r"|\bwhat are (?:all )?the (?:steps|stages|filings|deadlines|reviews)\b|\blist (?:the |all )(?:the )?(?:steps|stages|reviews|filings|deadlines|approvals)\b|\boverview\b|\bstep[- ]by[- ]step\b|\bend[- ]to[- ]end\b"
    r"|\bfrom \w[\w\s-]{0,30}? (?:to|through|until) \w[\w\s-]{0,30}?\b(?:what|which|how)\b", re.I)


# the stages a question may ask the steps of (验收前都要完成哪些事, "walk me through the acceptance"), each with the words that name
# it in a question and the words of the texts' step titles that belong to it
_STAGES = [
    (lazy_regex(r"立项|申报|报批|审批|可研|初步设计|概算|\b(approv\w*|declar\w*|feasib\w*|preliminary design|budget estimate)\b", re.I),
     lazy_regex(r"立项|申报|审批|评审|论证|规划|计划|可行性|初步设计|概算|审核意见|合规性审查|资金审核|申请资金|前提")),
    (lazy_regex(r"采购|招标|招投标|定标|签合同|\b(procur\w*|tender\w*|bid\w*)\b", re.I),
     lazy_regex(r"采购|招标|招投标|合同")),
    (lazy_regex(r"建设期|建设期间|施工|开工以后|\b(construction|build(ing)? phase|implementation)\b", re.I),
     lazy_regex(r"建设|实施|监理|质量|季报|抽测|整改|测试")),
    (lazy_regex(r"验收|初验|终验|试运行|\b(acceptance|trial run|trial operation|go[- ]live)\b", re.I),
     lazy_regex(r"验收|初验|终验|试运行|测评|安全测试|核验|前置审核|共享和源代码|平台查询")),
    (lazy_regex(r"运维|决算|审计|后评价|档案|上线后|建成后|用起来以后|\b(o&m|maintenance|final accounts|audit|archiv\w*|post-evaluation|after go-live)\b", re.I),
     lazy_regex(r"运维|决算|结算|审计|后评价|档案|保修|资产|绩效")),
]
# the whole of it asked (从立项到验收, 整个过程, "end to end"): no stage kept apart
_WHOLE = lazy_regex(r"(?:从|打)[^，,。？?]{1,12}(?:到|一直到)|全流程|整个|一整套|全部|所有|\b(?:whole|full|entire|end[- ]to[- ]end|from \w[\w\s-]{0,30}? (?:to|through|until))\b", re.I)


def _asked_steps(steps: list, text: str) -> list:
    """The steps of the stages the question names, or every step when it asks the whole (or names no stage)."""
    named = [words for asked, words in _STAGES if asked.search(text)]
    if not named or _WHOLE.search(text):
        return steps
    return [s for s in steps if any(words.search(s.title["zh"]) for words in named)]


def asks_overview(text: str) -> bool:
    return bool(_OVERVIEW.search(text))


def with_overview(kb, findings: list[Finding], text: str, q: Question, jids: list[str]) -> list[Finding]:
    """The steps of each jurisdiction's path that apply to the project, first, for a question asking the whole picture."""
    if q.form != "info" or not asks_overview(text):
        return findings
    out = list(findings)
    for jid in jids:
        j = kb.jurisdictions[jid]
        profile = q.profile if q.profile.jurisdiction in (None, jid) else type(q.profile)(jurisdiction=jid)
        if j.in_scope(profile)[0] is False or any(f.jurisdiction == jid and f.verdict == "not_applicable" for f in findings):
            continue   # (a project the text does not cover has no path under it)
        steps = _asked_steps([s for s in j.steps if evaluate(s.when, profile) is not False], text)
        if len(steps) < 2:
            continue   # (one step asked of: the finding on its rule answers it)
        listed = t("ans.list_sep", q.lang).join(
            t("ans.overview_step", q.lang, n=i, title=s.title[q.lang], articles=t("ans.list_sep", q.lang).join(
                dict.fromkeys(c.article for c in s.citations))) for i, s in enumerate(steps, 1))
        lead = Finding(jid, "overview", "info", t("ans.overview", q.lang, steps=listed),
                       dedupe([c for s in steps for c in s.citations]))
        # (细则未对“建设流程”作出规定: a silence on the process, which the steps answer, goes)
        out = [f for f in out if not (f.jurisdiction == jid and f.verdict == "not_specified" and f.topic in ("process", "search"))]
        at = next((i for i, f in enumerate(out) if f.jurisdiction == jid), len(out))
        out.insert(at, lead)
    return out

