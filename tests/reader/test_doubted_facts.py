"""A fact the user puts in doubt (thirty-eighth session, issue 8): a yes/no fact or a source of money offered with its
other case (好像涉及保密内容，也可能不涉及; 好像是市里的资金，也可能是区里的; "city money or maybe district money"), or
said with a word of not knowing in its own clause (涉不涉密还在确认, "not sure whether it's classified"), is unknown
(``knowledge.reader.doubt``), and a yes/no answer that turns on it is conditional, saying on what. The same fact said
plainly, or every case asked at once (不管涉不涉密), keeps its answer. The questions are the project's own sentences
(none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.question import understand
from knowledge.rules.answer import answer


def _verdicts(text):
    return {(f["jurisdiction"], f["topic"]): f["verdict"] for f in answer(get_kb(), text)["findings"]}


def _read(text):
    kb = get_kb()
    return understand(text, kb.aliases, kb.topics, None, kb=kb)


@pytest.mark.parametrize("text, field", [
    ("文登区项目好像涉及保密内容，也可能不涉及，审核时要请区保密办吗", "classified"),
    ("文登区的系统涉不涉密还在确认，区保密办要参与审核吗", "classified"),
    ("Wendeng: we're not sure yet whether the system is classified. Does the secrecy office join the review?", "classified"),
    ("Wendeng: the platform may or may not involve state secrets. Does the secrecy office review it?", "classified"),
    ("深圳的项目，好像是市里的资金，也可能是区里自己的钱，要做质量监督登记吗", "funding"),
    ("Shenzhen: paid with city money or maybe district money, not sure. Is quality supervision registration needed?", "funding"),
    ("深圳的项目，不确定是否纳入政府集中采购，要做质量监督登记吗", "central_procurement"),
])
def test_a_fact_in_doubt_is_unknown(text, field):
    q = _read(text)
    assert field in q.doubted and getattr(q.profile, field) is None


@pytest.mark.parametrize("text, field, value", [
    ("文登区涉密项目，审核时要请区保密办吗", "classified", True),
    ("文登区的系统不涉密，区保密办还要参与审核吗", "classified", False),
    ("文登区涉密项目，预算还没定，区保密办要参与审核吗", "classified", True),    # the doubt is the budget's
    ("深圳市直单位项目，用的是市里的资金，要做质量监督登记吗", "funding", "city"),
    ("Wendeng: a classified system; the budget is not confirmed. Does the secrecy office join the review?", "classified", True),
])
def test_a_fact_said_plainly_stays(text, field, value):
    q = _read(text)
    assert field not in q.doubted and getattr(q.profile, field) == value


@pytest.mark.parametrize("text, key, verdict", [
    ("文登区项目好像涉及保密内容，也可能不涉及，审核时要请区保密办吗", ("wendeng", "confidential"), "conditional"),
    ("文登区涉密项目，审核时区保密办要参加吗", ("wendeng", "confidential"), "yes"),
    ("Wendeng: we're not sure yet whether the system is classified. Does the secrecy office join the review?",
     ("wendeng", "confidential"), "conditional"),
    ("深圳的项目，好像是市里的资金，也可能是区里自己的钱，要做质量监督登记吗", ("shenzhen", "quality_registration"), "conditional"),
    ("深圳市直单位项目，用的是市里的资金，要做质量监督登记吗", ("shenzhen", "quality_registration"), "yes"),
    ("Shenzhen: paid with city money or maybe district money, not sure. Is quality supervision registration needed?",
     ("shenzhen", "quality_registration"), "conditional"),
])
def test_the_answer_turns_on_the_fact_in_doubt(text, key, verdict):
    assert _verdicts(text)[key] == verdict


def test_the_answer_says_what_it_turns_on():
    reply = answer(get_kb(), "深圳的项目，好像是市里的资金，也可能是区里自己的钱，要做质量监督登记吗")["answer"]
    assert "取决于您尚不确定的情况" in reply and "区级财政" in reply and "第二条" in reply


def test_a_rule_on_a_yes_no_fact_is_described_in_words():
    """The explanation of a rule on a yes/no fact names the case (涉密项目), never the field (classified为True)."""
    reply = answer(get_kb(), "文登区的系统不涉密，区保密办还要参与审核吗")["answer"]
    assert "classified" not in reply and "True" not in reply and "涉密项目" in reply
    english = answer(get_kb(), "Wendeng: not classified. Does the secrecy office join the review?")["answer"]
    assert "True" not in english and "classified为" not in english


@pytest.mark.parametrize("text, verdict", [
    ("A Shenzhen city bureau project in the centralised procurement catalogue, but we're not sure whether the money is "
     "city-level or district-level. Is quality supervision registration required?", "conditional"),
    ("A Shenzhen city bureau project; the money may be city-level or maybe district-level. Is quality supervision "
     "registration required?", "conditional"),
    ("A Shenzhen city bureau project paid with city-level funds, in the centralised procurement catalogue. Is quality "
     "supervision registration required?", "yes"),
])
def test_the_level_the_money_is_of_in_english(text, verdict):
    assert _verdicts(text)[("shenzhen", "quality_registration")] == verdict
