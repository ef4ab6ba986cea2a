"""Every rule in every jurisdiction file: citations verbatim in the cited article, thresholds
decided by their statutory words on both sides of the number."""
import dataclasses

import pytest

from knowledge.base import KnowledgeBase
from knowledge.rules.model import Profile

KB = KnowledgeBase()
ALL_RULES = [(jid, r) for jid, j in KB.jurisdictions.items() for r in j.rules]
ALL_CITING = [(jid, kind, item.key if hasattr(item, "key") else "scope", c)
              for jid, j in KB.jurisdictions.items()
              for kind, items in (("rule", j.rules), ("step", j.steps))
              for item in items for c in item.citations] + [
    (jid, "scope", "scope", c) for jid, j in KB.jurisdictions.items()
    for c in [*j.scope_citations, *(c for s in j.requires + j.excludes for c in s.citations)]]


def test_five_jurisdictions_loaded():
    assert set(KB.jurisdictions) == {"shenzhen", "longgang", "wendeng", "zhonglou", "yunfu"}


@pytest.mark.parametrize("jid,kind,key,citation", ALL_CITING,
                         ids=[f"{j}-{k}-{key}-{c.article}" for j, k, key, c in ALL_CITING])
def test_citation_is_verbatim(jid, kind, key, citation):
    art = KB.article(citation.doc, citation.article)
    assert art is not None, f"{jid} {kind} {key}: no article {citation.doc}:{citation.article}"
    assert art.contains(citation.quote), f"{jid} {kind} {key}: quote not in {citation.article}: {citation.quote}"


@pytest.mark.parametrize("jid,rule", ALL_RULES, ids=[f"{j}-{r.key}" for j, r in ALL_RULES])
def test_every_rule_cites_and_speaks_both_languages(jid, rule):
    assert rule.citations, f"{jid}.{rule.key} cites nothing"
    assert rule.says["zh"] and rule.says["en"]
    assert rule.topics and all(t in KB.topics for t in rule.topics), f"unknown topic in {rule.topics}"


THRESHOLDS = [(jid, r, t) for jid, r in ALL_RULES for t in r.when if t.threshold is not None]


@pytest.mark.parametrize("jid,rule,test", THRESHOLDS,
                         ids=[f"{j}-{r.key}-{t.field}" for j, r, t in THRESHOLDS])
def test_both_sides_of_every_threshold(jid, rule, test):
    th = test.threshold
    base = Profile(jurisdiction=jid, amount=10**9, software_cost=None, contract_amount=None, kind=None)

    def outcome(value):
        p = dataclasses.replace(base, **{th.field: value})
        return test.check(p)

    at, below, above = outcome(th.value), outcome(th.value - 1), outcome(th.value + 1)
    if th.direction == "min":
        assert (below, above) == (False, True)
    else:
        assert (below, above) == (True, False)
    assert at is th.inclusive
