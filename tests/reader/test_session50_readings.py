"""Readings from the fiftieth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_verdict as verdict

from knowledge.reader.form import negated
from knowledge.reader.places import joined_syllables


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


OWN = {"zhonglou", "longgang", "wendeng", "yunfu", "shenzhen"}


# --- a duty believed the unit's own choice, said with the choice itself (自己决定做不做吧, 自己说了算吧) ---

@pytest.mark.parametrize("text, expected", [
    ("钟楼的项目第三方测试我们可以自己决定做不做吧", True),
    ("要不要请监理是我们自己说了算吧", True),
    ("测评我们可以自主选择要不要做吧", True),
    ("监理可测可不测吧", True),
    ("第三方测试由我们自己决定吗", True),
    ("我们自己决定做第三方测试", False),       # a plan told, no belief asked
    ("第三方测试要不要做", False),             # the duty asked, not believed a choice
])
def test_a_duty_believed_a_choice(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize("text, jid, expected", [
    ("钟楼的项目第三方测试我们可以自己决定做不做吧", "zhonglou", "yes"),   # the text only recommends it
    ("钟楼60万的项目，请不请监理我们自己说了算吧", "zhonglou", "no"),        # 30万(含)以上 must
    ("钟楼20万的项目，要不要请监理我们可以自行决定吧", "zhonglou", "yes"),
])
def test_a_choice_believed_is_answered_by_the_rule(text, jid, expected):
    assert verdict(text, jid) == expected


# --- a lapse believed not to come (不会自动取消吧, 不至于被取消吧) against a text that says the project lapses ---

@pytest.mark.parametrize("text, expected", [
    ("文登的项目批了一年没开工，应该不会自动取消吧", "no"),
    ("文登的项目核准后一直没动工，不至于被取消吧", "no"),
    ("文登的项目应该不会作废吧，我们核准后还没启动", "no"),
    ("Wendeng: our approved project hasn't started and the approval is about to expire. It won't be cancelled automatically, right?", "no"),
    # the lapse asked, not denied: yes
    ("文登项目核准了但有效期内一直没启动，会不会自动取消", "yes"),
    ("文登的项目核准文件有效期内一直没开工，是不是就自动取消了", "yes"),
    ("文登的项目核准文件有效期内没启动，项目还作数吗", "no"),
])
def test_a_lapse_denied_or_asked(text, expected):
    assert verdict(text, "wendeng") == expected


# --- the knowledge base's places dictated and heard as English words ---

@pytest.mark.parametrize("said, meant", [
    ("when dung project", "wendeng project"),
    ("shen zen project", "shenzhen project"),
    ("zong lou 80 wan", "zhonglou 80 wan"),
    ("yun foo project", "yunfu project"),
    ("zhong low district", "zhonglou district"),
    # English words that only resemble a name stay
    ("long gone project", "long gone project"),
    ("when done", "when done"),
    ("then dung", "then dung"),
    ("he had a long day", "he had a long day"),
])
def test_a_place_heard_as_english_words(said, meant):
    assert joined_syllables(said, OWN) == meant


def test_a_dictated_place_is_answered_for_that_place():
    assert verdict("zong lou project 80 wan, do we need a supervisor", "zhonglou") == "yes"
    assert verdict("yun foo project, software development cost 60 wan, do we need third party testing", "yunfu") == "yes"
