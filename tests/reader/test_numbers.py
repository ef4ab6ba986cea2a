"""Amounts and numbers as people type them (issue 8, item 1)."""
import pytest

from knowledge.reader.amounts import find_amounts, parse_amount
from knowledge.reader.numbers import cn_estimate, cn_number


@pytest.mark.parametrize("text, value", [
    ("一万五", 15_000), ("二十九万九", 299_000), ("三千二", 3_200), ("一百二十万", 1_200_000), ("两百万", 2_000_000),
    ("壹佰贰拾万", 1_200_000), ("一点五亿", 150_000_000), ("廿七", 27), ("二〇二六", 2026), ("八十萬", 800_000),
])
def test_cn_number(text, value):
    assert cn_number(text) == value


@pytest.mark.parametrize("text", ["七八", "一二三", "", "abc", "多"])
def test_cn_number_refuses_what_is_not_one_number(text):
    assert cn_number(text) is None


@pytest.mark.parametrize("text, value", [
    ("一万五的项目", 15_000), ("二十九万九", 299_000), ("三千二元", 3_200), ("1.2百万", 1_200_000),
    ("0.8亿", 80_000_000), ("25w", 250_000), ("一百二十万元", 1_200_000), ("两百万", 2_000_000),
    ("预算：120（万元）", 1_200_000), ("金额（万元）：120", 1_200_000),
])
def test_amounts_in_a_sentence(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize("text, low, high", [
    ("七八十万", 700_000, 800_000), ("八十多万", 800_000, 900_000), ("三十来万", 270_000, 330_000),
    ("上千万", 10_000_000, 99_990_000), ("十几万", 110_000, 190_000), ("70-80万", 700_000, 800_000),
    ("七十到八十万", 700_000, 800_000), ("1000多万", 10_000_000, 20_000_000),
])
def test_estimates_are_ranges(text, low, high):
    (a,) = find_amounts(text)
    assert a.range == (pytest.approx(low), pytest.approx(high))


def test_bounds_make_ranges():
    (a,) = find_amounts("不到50万")
    assert a.range[1] < 500_000
    (b,) = find_amounts("50万以内")
    assert b.range == (0, 500_000)


def test_a_total_row_is_the_total():
    found = find_amounts("软件开发30万\n硬件采购50万\n合计：80万")
    assert found[0].value == 800_000 and found[0].role == "total"
    assert all(a.role != "total" for a in found[1:])


def test_interview_answers():
    assert parse_amount("二十九万九") == 299_000
    assert parse_amount("一万五") == 15_000
    assert parse_amount("负80万") == -800_000   # the interview refuses it with a sentence
    assert parse_amount("80万和90万") is None


def test_cn_estimate_rejects_non_neighbours():
    assert cn_estimate("七九十") is None


@pytest.mark.parametrize("text, value", [
    ("one and a half million yuan", 1_500_000), ("half a million yuan", 500_000),
    ("about a quarter of a million yuan", 250_000), ("three quarters of a million yuan", 750_000),
    ("three hundred thousand yuan", 300_000), ("twenty-five million yuan", 25_000_000),
])
def test_english_number_words(text, value):
    assert [a.value for a in find_amounts(text)] == [value]


@pytest.mark.parametrize("text, span", [
    ("二十五六", (25, 26)), ("三十七八", (37, 38)), ("一百五六十", (150, 160)), ("十五六", (15, 16)),
    ("一千二三百", (1200, 1300)),
])
def test_two_neighbouring_digits_after_a_round_number(text, span):
    assert cn_estimate(text) == span


@pytest.mark.parametrize("text", ["一百零一", "三十五七", "二十"])
def test_not_an_estimate(text):
    assert cn_estimate(text) is None


def test_a_total_said_in_words_is_the_total():
    found = find_amounts("硬件和云资源服务40万、应用软件开发55万、运维服务10万，一共105万")
    assert [(a.value, a.role) for a in found] == [(1050000, "total"), (550000, "software_cost")]


@pytest.mark.parametrize("text, low, high", [
    ("小一百万", 900_000, 999_999.999999), ("将近100万", 900_000, 999_999.999999), ("nearly 1 million yuan", 900_000, 999_999.999999),
    ("大几十万", 600_000, 990_000), ("小几十万", 200_000, 490_000), ("百把万", 900_000, 1_100_000),
])
def test_spoken_estimates(text, low, high):
    (a,) = find_amounts(text)
    assert a.range == pytest.approx((low, high))


def test_a_change_in_tenths():
    from knowledge.reader.question import find_facts

    assert find_facts("资金调整数额正好是概算总投资的一成") == {"change_percent": (10.0, None)}
    assert find_facts("变更超过两成") == {"change_percent": (20.0, "gt")}


def test_items_to_be_added_up():
    found = find_amounts("服务器租赁 12万、软件开发 15万、等保测评 4万，合计下来要不要监理")
    # the items add up to the total; the one labelled 软件开发 is also the software cost
    assert [(a.value, a.role) for a in found] == [(310000, "total"), (150000, "software_cost")]


def test_a_word_typed_in_pinyin():
    from knowledge.base import get_kb
    from knowledge.reader.variants import pinyin_words

    words = get_kb().words
    assert pinyin_words("wendeng xiangmu yanshou 要准备哪些资料", words) == "wendeng 项目验收 要准备哪些资料"
    assert pinyin_words("wendeng yanshou 要准备哪些资料", words) == "wendeng 验收 要准备哪些资料"
    # a word's syllables typed apart, and English left alone
    assert pinyin_words("合同签了要不要报大数据中心bei an", words) == "合同签了要不要报大数据中心备案"
    assert pinyin_words("钟楼区80万要jian li吗", words) == "钟楼区80万要监理吗"
    assert pinyin_words("龙岗 PDF 版 an 不行吗", words) == "龙岗 PDF 版 an 不行吗"


def test_a_number_right_after_a_money_word_is_yuan():
    assert [(a.value, a.role) for a in find_amounts("合同才三千二，也要监理么")] == [(3200, "contract_amount")]
    assert find_amounts("合同3个月") == [] and find_amounts("合同期2年") == []


def test_more_spoken_forms():
    from knowledge.reader.question import find_facts, find_funding

    assert find_facts("调整资金大概一成五") == {"change_percent": (15.0, "about")}   # 大概: an estimate
    assert find_amounts("项目投资总额 差一点到一百万")[0].range == pytest.approx((900_000, 999_999.999999))
    assert [(a.value, a.role) for a in find_amounts("硬件18万 软件开发9万 集成服务4万 这个项目要监理吗")] == \
        [(310_000, "total"), (90_000, "software_cost")]
    assert len(find_amounts("三个项目分别是18万、9万、4万，各要监理吗")) == 3     # each its own
    assert find_funding("项目完全没用财政资金") == "social_only"
    assert find_funding("用的全是省级下拨资金") == "higher_only"   # all of it from above
    assert find_funding("a project co-funded by a private company and the district") == "social"


def test_english_variations_add_up_to_the_change():
    from knowledge.base import get_kb
    from knowledge.reader.question import understand

    kb = get_kb()
    q = understand("Longgang: contract price 8 million, two variations so far, 400k and 450k. Review needed?",
                   kb.aliases, kb.topics, kb=kb)
    assert q.profile.contract_amount == 8_000_000 and q.profile.change_percent == pytest.approx(10.625)


def test_list_items_and_more_changes():
    found = find_amounts("服务项目清单：软件开发45万、运维30万、云资源35万，合计110万")
    assert [(a.value, a.role) for a in found] == [(1_100_000, "total"), (450_000, "software_cost")]
    found = find_amounts("合同价800万，前面已经累计变更了七十万，这次还要再变十五万")
    assert [(a.value, a.role) for a in found] == [(8_000_000, "contract_amount"), (700_000, "change_amount"),
                                                 (150_000, "change_amount")]


@pytest.mark.parametrize("text, low, high", [
    ("预算估计在25万到35万之间", 250_000, 350_000), ("between 250k and 350k yuan", 250_000, 350_000),
    ("40万至60万", 400_000, 600_000),
])
def test_a_range_with_the_unit_on_both_ends(text, low, high):
    (a,) = find_amounts(text)
    assert a.span == (low, high)


def test_two_amounts_joined_by_and_are_not_a_range():
    assert [a.span for a in find_amounts("two variations, 400k and 450k")] == [None, None]


@pytest.mark.parametrize("text", ["合同价800万，变更了两次，分别40万和45万", "合同价800万，变更了两次，一次40万一次45万"])
def test_a_listing_clause_goes_on_from_the_clause_before(text):
    assert [a.role for a in find_amounts(text)] == ["contract_amount", "change_amount", "change_amount"]
