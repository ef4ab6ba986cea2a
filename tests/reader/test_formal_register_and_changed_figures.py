"""Readings from the thirty-eighth session (issue 8), each with a look-alike that must keep its answer.

The formal register of a 请示 or a formal letter asks yes or no by its own words: 应否, 须否, 妥否, 当否 and a closing
请予明确 / 请示 after them; "Kindly clarify whether …", "We would be grateful if you could confirm whether …"; a proposal
put to a tag (上述安排是否符合规定) is asked of what it proposes. A figure that changed over the project's life
(总投资从120万砍到95万, 原来预算90万…变成130万, "cut from 600k to 450k") is the project's figure as it is now, and the change,
where none is said, is the difference. The questions are the project's own sentences (none is an evaluation case)."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.form import classify
from knowledge.reader.question import language, understand


def _verdict(text, jid, topic=None):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == jid and (topic is None or f["topic"] == topic)]
    return found[0]["verdict"]


def _profile(text):
    kb = get_kb()
    return understand(text, kb.aliases, kb.topics, None, kb=kb).profile


@pytest.mark.parametrize("text, form", [
    ("本单位拟建设政务服务平台，投资总额人民币捌拾万元整。应否聘请监理单位，请明确。", "yesno"),
    ("该项目须否开展第三方测评，请予答复。", "yesno"),
    ("拟先行组织承建单位进场，招标程序同步办理。妥否，请示。", "yesno"),
    ("Kindly clarify whether an expert review is required for the said project.", "yesno"),
    ("We would be grateful if you could confirm whether the archives must be filed before acceptance.", "yesno"),
    ("Please advise as to whether the supervision unit may be engaged after the contract is signed.", "yesno"),
    # the look-alikes: a what put as a request stays a what
    ("Please advise as to the length of the warranty period the contractor must provide.", "info"),
    ("请明确验收需要提交哪些材料。", "info"),
    ("能说一下终验要交哪些材料吗", "info"),
])
def test_the_formal_register_asks_yes_or_no(text, form):
    assert classify(text, language(text)).form == form


@pytest.mark.parametrize("text, jid, verdict", [
    ("钟楼区项目，预算人民币贰拾伍万元整（25.00万元）。经研究，拟不实行监理制，由建设单位自行管理。上述安排是否符合规定？请予明确。",
     "zhonglou", "yes"),
    ("钟楼区项目，预算人民币肆拾伍万元整（45.00万元）。经研究，拟不实行监理制。上述安排是否符合规定？请予明确。", "zhonglou", "no"),
    ("云浮市直单位专业类服务项目，投资总额人民币壹佰贰拾万元整（120.00万元）。应否聘请监理单位，请明确。", "yunfu", "yes"),
    ("Kindly clarify whether a supervision unit must be engaged for a Zhonglou project with a budget of RMB 450,000.00.",
     "zhonglou", "yes"),
])
def test_a_formal_question_gets_its_verdict(text, jid, verdict):
    assert _verdict(text, jid) == verdict


@pytest.mark.parametrize("text, field, value", [
    ("云浮市级项目，总投资从150万砍到90万了，还要监理吗", "amount", 900000),
    ("钟楼区项目原来预算20万，后来加了个小程序追加到36万，要不要监理", "amount", 360000),
    ("Yunfu: the software development part went up from 300k to 700k. Third-party testing needed?", "software_cost", 700000),
    ("Longgang: our estimate was 40 million at proposal stage; after the redesign it is now 55 million. Feasibility study?",
     "amount", 55000000),
    ("鐘樓區項目提了變更申請之後金額正好40萬，要不要實行監理？", "amount", 400000),
    # the look-alikes: a range is a range, an increment is the change's own figure
    ("钟楼区项目预算从40到60万，要监理吗", "amount", 400000),
    ("钟楼区项目合同价100万，追加了20万，要报审吗", "contract_amount", 1000000),
    ("Longgang: 6,000,000-yuan contract, changes adding up to roughly 550,000 so far. Review needed?", "contract_amount", 6000000),
])
def test_a_figure_is_read_as_it_is_now(text, field, value):
    assert getattr(_profile(text), field) == value


def test_a_change_said_by_its_two_figures_is_their_difference():
    profile = _profile("龙岗区项目合同价300万，变更后变成345万，要报审吗")
    assert profile.contract_amount == 3450000 and profile.change_amount == 450000 and profile.change_percent == 15.0
    assert _verdict("龙岗区项目合同价300万，变更后变成345万，要报审吗", "longgang", "change_limit") == "yes"
    assert _verdict("龙岗区项目合同价300万，变更后变成315万，要报审吗", "longgang", "change_limit") == "no"


@pytest.mark.parametrize("text, jid, verdict", [
    ("云浮市级项目，总投资从150万砍到90万了，监理还是强制的吗", "yunfu", "no"),
    ("云浮市级项目，总投资从80万涨到130万，现在要不要请监理", "yunfu", "yes"),
    ("钟楼区的项目预算从50万压到了25万，监理还必须吗", "zhonglou", "no"),
])
def test_the_duty_turns_on_the_figure_now(text, jid, verdict):
    assert _verdict(text, jid, "supervision") == verdict


@pytest.mark.parametrize("text, verdict", [
    ("云浮专业类服务项目完工了，我们想马上自己组织验收，没问题吧", "no"),
    ("Yunfu: our specialist-class project is done and we'd like to run the acceptance ourselves right away. That's fine, right?", "no"),
    ("云浮专业类服务项目完工了，下周自己组织验收可以吧", "conditional"),   # not at once: once the pre-review is passed
])
def test_a_step_proposed_at_once_past_its_gate(text, verdict):
    assert _verdict(text, "yunfu", "acceptance") == verdict


@pytest.mark.parametrize("text, jid, verdict", [
    ("文登区：项目验收不合格，整改尚未完成。可否先行开展决算审计？", "wendeng", "no"),     # 第三十七条: not until it passes
    ("龙岗区项目的档案还没移交。能先申请竣工验收吗？", "longgang", "no"),
    ("文登区：项目验收已经合格。可否开展决算审计？", "wendeng", "yes"),   # the look-alike: nothing left undone
])
def test_a_step_proposed_first_after_a_sentence_telling_what_is_not_done(text, jid, verdict):
    assert _verdict(text, jid) == verdict


def test_a_body_described_by_its_qualification_is_the_one_named_by_its_work():
    from knowledge.reader.actors import same_body
    assert same_body("具备测评资质的机构", "测评单位") and not same_body("具备监理资质的公司", "测评单位")
    assert _verdict("龙岗区项目试运行期间，是否须另请具备测评资质的机构出具第三方测评报告，作为合同终验依据？", "longgang") == "yes"
