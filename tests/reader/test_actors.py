"""Who does a step (knowledge/reader/actors.py): the body a question claims, the body the text's
sentence names, and the answer that compares them."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.actors import actor_of, claimed_actor, same_body


@pytest.mark.parametrize("question, body, step", [
    ("文登区的竣工验收是不是由区大数据中心组织", "区大数据中心", "竣工验收"),
    ("钟楼区终验得区政府办来组织吗", "区政府办", "终验"),
    ("云浮专业类项目的验收归市政数局组织吗", "市政数局", "验收"),
])
def test_the_claimed_body_and_step(question, body, step):
    claim = claimed_actor(question)
    assert (claim.body, claim.step) == (body, step)


@pytest.mark.parametrize("question", [
    "龙岗区累计变更超过合同价10%，要报区信息化主管部门审核吗",     # a filing asked for
    "是不是得先报主管部门审核才能实施",
    "钟楼区项目要监理吗",
])
def test_no_claim_of_who_does_it(question):
    assert claimed_actor(question) is None


def test_a_shortened_name_is_the_same_body():
    assert same_body("市政数局", "市政务服务数据管理局")
    assert same_body("区大数据管理局", "区政府办(大数据管理局)")
    assert not same_body("市政务服务数据管理局", "市直各单位")
    assert not same_body("区财政局", "区大数据中心")


def test_the_body_a_sentence_has_do_the_step():
    claim = claimed_actor("初验是不是由区大数据管理局组织")
    assert actor_of("项目建设单位应在系统试运行结束后30日内自行组织项目初验", claim)[0] == "项目建设单位"
    assert actor_of("由区政府办(大数据管理局)组织项目初验", claim)[0] == "区政府办(大数据管理局)"


@pytest.mark.parametrize("question, verdict", [
    ("钟楼区的初验是不是要区大数据管理局来组织", "no"),      # 第二十八条: the unit itself
    ("钟楼区的终验是由区政府办组织的吗", "yes"),             # 第二十八条: 区政府办(大数据管理局)
    ("云浮市直单位的专业类服务项目，验收是否由市政务服务数据管理局组织", "no"),   # 市直各单位自行组织验收
])
def test_the_text_settles_who_does_it(question, verdict):
    f = get_kb().ask(question)["findings"][0]
    assert (f["topic"], f["verdict"]) == ("actor", verdict)


@pytest.mark.parametrize("text, verdict", [
    ("听说龙岗区定制开发的系统，源代码归开发公司所有？", "no"),            # 第三十八条: 归项目建设单位所有
    ("龙岗区软件项目的数据归建设单位所有吗", "yes"),
    ("In Longgang, is the source code owned by the contractor?", "no"),
])
def test_whose_a_thing_is_against_the_text(text, verdict):
    found = [f for f in get_kb().ask(text)["findings"] if f["jurisdiction"] == "longgang"]
    assert found and found[0]["verdict"] == verdict, found
