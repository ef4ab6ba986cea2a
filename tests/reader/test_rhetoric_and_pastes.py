"""Readings from the thirty-sixth session (issue 8), each with a look-alike that must keep its answer.

Rhetorical frames said plainly before the question is read (``knowledge.reader.rhetoric``): 难道…吗 asks the literal
question, 不是说…吗 / 难道不是… / 不是…吗 state a belief to be confirmed, 何必… / 不至于…吧 believe a step not needed,
还用得着…吗 asks whether it is, "you're telling me …?" / "isn't it true that …" / "surely …?" ask whether it is so;
难道没说… (whether the text says) is read as it is. Two negations with 吧 believe a duty (初验不能不做吧), where 不能不做吗
asks leave to skip it. An English statement turned round by its tag ("… doesn't need any qualification, does it?")
is a belief. Implementing before approval (先实施后立项, "start implementing before the project is approved") is an
order asked. The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.rhetoric import plain


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-05")


def _lead(question, jid=None):
    """The question's first finding, of ``jid`` when given."""
    return next(f for f in get_kb().ask(question)["findings"] if jid is None or f["jurisdiction"] == jid)


@pytest.mark.parametrize("said, meant", [
    ("难道钟楼区40万的项目也得请监理吗", "钟楼区40万的项目也得请监理吗"),
    ("试运行不是说至少三个月吗", "试运行至少三个月吧"),
    ("那个备案期限难道不是从合同签订之日起算", "那个备案期限是从合同签订之日起算吧"),
    ("初验，不是建设单位自己组织吗", "初验，是建设单位自己组织吧"),
    ("验收的时候何必再请第三方测评", "验收的时候不必请第三方测评吧"),
    ("四十万的项目不至于要做可研吧", "四十万的项目不用做可研吧"),
    ("这种小项目还用得着专家评审吗", "这种小项目还要专家评审吗"),
    ("you're telling me the supervisor has to sign the acceptance report too?", "the supervisor has to sign the acceptance report too, right?"),
    ("Isn't it true that archives go to the district archive office?", "archives go to the district archive office, right?"),
    ("Wendeng. Surely a 20k purchase skips the expert review?", "Wendeng. a 20k purchase skips the expert review, right?"),
    # left as they are: whether the text says; A-not-A; a question with no frame
    ("试运行难道没规定要多久", "试运行难道没规定要多久"),
    ("是不是要监理", "是不是要监理"),
    ("监理是不是50万以上才要", "监理是不是50万以上才要"),
    ("谁说了算，区大数据中心吗", "谁说了算，区大数据中心吗"),
])
def test_rhetorical_frames_said_plainly(said, meant):
    assert plain(said) == meant


@pytest.mark.parametrize("question, jid, verdict", [
    # a step believed not needed, by a rhetorical frame: answered on the belief
    ("钟楼区60万的系统，不至于还要请监理吧", "zhonglou", "no"),
    ("钟楼区20万的系统，不至于还要请监理吧", "zhonglou", "yes"),
    ("钟楼区60万的系统何必请监理", "zhonglou", "no"),
    # the literal question inside 难道…吗
    ("难道钟楼区60万的项目也得请监理吗", "zhonglou", "yes"),
    ("难道钟楼区20万的项目也得请监理吗", "zhonglou", "no"),
    # two negations believe a duty; 不能不…吗 asks leave to skip it
    ("文登区的项目，初验总不能不做吧", "wendeng", "yes"),
    ("文登区的项目，初验不能不做吗", "wendeng", "no"),
    # an English statement turned round by its tag
    ("Yunfu: our supervision firm doesn't need any sector qualification, does it?", "yunfu", "no"),
    ("Yunfu: our supervision firm needs a sector qualification, doesn't it?", "yunfu", "yes"),
    # implementing before approval
    ("龙岗区的项目可不可以先实施后立项", "longgang", "no"),
])
def test_frames_keep_the_belief_convention(question, jid, verdict):
    assert _lead(question, jid)["verdict"] == verdict
