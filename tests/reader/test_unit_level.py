"""A unit of a government above the text's own (常州市属单位 under Zhonglou's district rules, a provincial
department under a city's measures) is outside the text: the answer says the text covers its own units."""
import pytest

from knowledge.base import get_kb
from knowledge.reader.question import understand


def _level(text):
    kb = get_kb()
    return understand(text, kb.aliases, kb.topics, kb=kb).profile.unit_level


@pytest.mark.parametrize("text, level", [
    ("常州市属单位在钟楼区有个项目", "city"),
    ("威海市直部门的项目", "city"),
    ("a Weihai municipal bureau's IT project", "city"),
    ("广东省直单位在云浮建的系统", "province"),
    ("a provincial department's project in Shenzhen", "province"),
    ("市级政务信息化服务项目要第三方测试吗", None),    # the city's projects, no unit named
    ("用市级财政资金的项目", None),                    # city money is a source of funds, not a unit
])
def test_the_unit_level_named(text, level):
    assert _level(text) == level


def _verdicts(question):
    return {(f["jurisdiction"], f["verdict"]) for f in get_kb().ask(question)["findings"]}


@pytest.mark.parametrize("question, jid", [
    ("常州市属单位在钟楼区办公，它的系统要不要按钟楼的细则申报", "zhonglou"),
    ("威海市直部门建的系统需要报文登区大数据中心备案吗", "wendeng"),
    ("广东省直单位在云浮的运维项目适用云浮市的办法吗", "yunfu"),
    ("Does the Shenzhen measure apply to a provincial department's IT project located in Shenzhen?", "shenzhen"),
])
def test_a_higher_unit_is_outside(question, jid):
    assert _verdicts(question) == {(jid, "not_applicable")}


def test_the_text_own_units_stay_inside():
    assert ("yunfu", "not_applicable") not in _verdicts("云浮市直单位的专业类项目要不要论证")
    assert ("shenzhen", "not_applicable") not in _verdicts("深圳市直单位的项目需要质量监督登记吗")
