import pytest

from knowledge.facts.money import yuan
from knowledge.reader.amounts import find_amounts, parse_amount


@pytest.mark.parametrize("text,expected", [
    ("80万", 800_000), ("八十万", 800_000), ("1.2亿", 120_000_000), ("6千万", 60_000_000),
    ("800,000元", 800_000), ("80w", 800_000), ("80W", 800_000), ("1.5 million yuan", 1_500_000),
    ("2 million", 2_000_000), ("一千二百万", 12_000_000), ("两千万", 20_000_000), ("一点五亿", 150_000_000),
    ("五千万元", 50_000_000), ("RMB 800,000", 800_000), ("¥300000", 300_000), ("500k", 500_000),
    ("十万元", 100_000), ("三百万", 3_000_000), ("１００万", 1_000_000), ("800000元", 800_000),
    ("30万元（含）", 300_000), ("一亿二千万", 120_000_000), ("2.5万", 25_000),
])
def test_amount_forms(text, expected):
    assert [a.value for a in find_amounts(text)] == [expected]


@pytest.mark.parametrize("text", ["第3条", "第三条", "3个月", "2026年3月5日", "5个工作日", "10%", "三个工作日",
                                  "第十五条规定", "质保期不低于2年", "IPv6", "3家机构"])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_roles():
    found = find_amounts("项目200万，其中软件开发费30万")
    assert [(a.value, a.role) for a in found] == [(2_000_000, "total"), (300_000, "software_cost")]
    assert [(a.value, a.role) for a in find_amounts("合同金额800万")] == [(8_000_000, "contract_amount")]
    assert find_amounts("总投资5000万元")[0].role == "total"
    # what is left of the funds is no figure of the project
    assert [(a.value, a.role) for a in find_amounts("项目总投资300万，结余资金20万左右")] == [(3_000_000, "total"), (200_000, "surplus")]
    assert [a.role for a in find_amounts("There's about 200k yuan of construction money left over")] == ["surplus"]
    # the kind of software said before it: the software part, not the project's total
    assert [a.role for a in find_amounts("a project with 600k yuan of custom application software development")] == ["software_cost"]
    assert [a.role for a in find_amounts("a 600k yuan custom application project")] == ["total"]


@pytest.mark.parametrize("text,expected", [("800000", 800_000), ("80万", 800_000), ("-5", -5), ("负10万", -100_000),
                                           ("abc", None), ("", None), ("1,2", None), ("0", 0), ("1e20", None),
                                           ("大概80万左右", 800_000), ("80万和90万", None), ("80万元人民币", 800_000),
                                           ("第3条", None), ("3个月", None)])
def test_parse_amount_answer(text, expected):
    assert parse_amount(text) == expected


def test_display():
    assert yuan(800_000) == "80万元" and yuan(120_000_000) == "1.2亿元" and yuan(1234) == "1234元"
    assert yuan(800_000, "en") == "800,000 yuan"


@pytest.mark.parametrize("text,bound", [
    ("项目不到50万", "lt"), ("项目低于50万", "lt"), ("项目不低于50万", "ge"), ("不能少于50万", "ge"),
    ("不得超过50万", "le"), ("超过50万", "gt"), ("a budget of at least 500,000 yuan", "ge"),
    ("a budget that can't be less than 500,000 yuan", "ge"), ("a budget that must not exceed 500,000 yuan", "le"),
    ("a budget well below 500,000 yuan", "lt"),
    ("a budget within 500,000 yuan", "le"), ("a contract not exceeding 500,000 yuan", "le"),   # within includes the sum
])
def test_a_negated_comparative_is_the_opposite_bound(text, bound):
    # 不能少于 is a floor and 不得超过 a ceiling: the negation turns 少于/超过 round
    assert [a.bound for a in find_amounts(text)] == [bound]


@pytest.mark.parametrize("text,change", [
    ("Longgang project with a 3,000,000 yuan contract: cumulative changes now total 350,000.", 350_000),
    ("Longgang: contract price 2 million yuan, cumulative changes exactly 200k.", 200_000),
    ("contract price is 8 million yuan and the change orders add up to exactly 800k so far", 800_000),
])
def test_a_sum_of_changes_in_english_is_no_project_total(text, change):
    # "the changes total X" is a verb: X is the changes' sum, set against the contract
    found = {a.role: a.value for a in find_amounts(text)}
    assert found.get("change_amount") == change and "total" not in found


def test_english_ranges_and_the_software_part_in_english():
    found = find_amounts("Yunfu city-level project, estimated at 800k to 1.3 million yuan.")
    assert [(a.value, a.span) for a in found] == [(800_000, (800_000.0, 1_300_000.0))]
    soft = find_amounts("application software development will cost roughly 400-500k yuan")
    assert [(a.role, a.span) for a in soft] == [("software_cost", (400_000.0, 500_000.0))]
    assert find_amounts("from 2 to 3 experts") == []


@pytest.mark.parametrize("text,change", [
    ("we need another 450k change, still within the approved estimate", 450_000),    # the figure of a change, named after it
    ("主要建设内容需要调整，涉及金额约40万", 400_000),
    ("主要建设内容准备调整，资金变动大概四十万", 400_000),
    ("we need to adjust the main scope, involving 600k", 600_000),
    ("功能要改一批，牵扯资金三十万左右", 300_000),
    ("接口方案要优化，要动15万资金", 150_000),
    ("建设内容微调，资金动8万", 80_000),
    ("建设内容要调，调整的钱大概十五万", 150_000),
    ("功能模块需要重做，资金调整约十八万", 180_000),
    ("接口标准变了，下个月还要变12万", 120_000),
])
def test_more_ways_to_name_a_change(text, change):
    assert [(a.role, a.value) for a in find_amounts(text)] == [("change_amount", change)]


@pytest.mark.parametrize("text,roles", [
    ("Longgang项目合同200万，已经做了两次change，8万和7万，现在第三次change 6万",
     [("contract_amount", 2_000_000), ("change_amount", 80_000), ("change_amount", 70_000), ("change_amount", 60_000)]),
    ("In Yunfu, the application-software development part of our contract is exactly 0.5 million yuan.",
     [("software_cost", 500_000)]),
    ("the approved budget estimate is RMB 5 million and we need to move roughly 550k between the main work items",
     [("total", 5_000_000), ("change_amount", 550_000)]),
])
def test_roles_in_mixed_and_longer_sentences(text, roles):
    assert [(a.role, a.value) for a in find_amounts(text)] == roles


def test_an_estimate_with_lai_stays_near_the_last_digit_said():
    from knowledge.reader.numbers import cn_estimate

    assert cn_estimate("四千九百来") == (4850.0, 4950.0)    # under 5000万, not ±10%
    assert cn_estimate("三十来") == (27.0, 33.0)


def test_a_total_row_says_whose_total_it_is():
    # the list's heading (合同清单) is no item's label; the row (合同金额合计) is the contract's
    found = find_amounts("合同清单：平台开发300万、运维服务100万、设备80万，合同金额合计480万")
    assert [(a.role, a.value) for a in found] == [("contract_amount", 4_800_000), ("software_cost", 3_000_000)]


def test_software_items_of_a_list_add_up_with_or_without_a_total_row():
    listed = find_amounts("预算清单：门户开发（一期）18万；门户开发（二期）14万；服务器租用30万；培训2万")
    assert [(a.role, a.value) for a in listed] == [("total", 640_000), ("software_cost", 320_000)]
    with_total = find_amounts("业务系统开发22万，数据中台开发19万，硬件15万，合计56万")
    assert [(a.role, a.value) for a in with_total] == [("total", 560_000), ("software_cost", 410_000)]


def test_forty_odd_and_english_parts_named_after_the_figure():
    assert find_amounts("软件开发四十几万")[0].range == pytest.approx((400_000, 499_999.9))
    from knowledge.reader.numbers import cn_estimate

    assert cn_estimate("八十幾") == pytest.approx((80, 89.99999))   # traditional 幾
    found = find_amounts("a project budgeted at 900,000 yuan, with 510,000 yuan for application software development")
    assert [(a.role, a.value) for a in found] == [("total", 900_000), ("software_cost", 510_000)]


@pytest.mark.parametrize("text, total", [
    ("街道自筹二十万，区财政再拨三十五万", 550_000),
    ("The district funds 400k and the sub-district puts in another 120k", 520_000),
])
def test_payers_shares_add_up_to_the_project(text, total):
    assert [(a.role, a.value) for a in find_amounts(text)] == [("total", total)]


def test_a_cumulative_change_said_outright_is_the_sum_not_one_more():
    from knowledge.base import get_kb
    from knowledge.reader.question import understand

    kb = get_kb()
    q = understand("合同价800万，第一次变更30万，第二次又变更20万，累计五十万，要不要报审", kb.aliases, kb.topics, kb=kb)
    assert q.profile.change_percent == pytest.approx(6.25)
    alone = understand("合同价800万，这次要变更，累计才40万，要不要报审", kb.aliases, kb.topics, kb=kb)
    assert alone.profile.change_percent == pytest.approx(5.0)


def test_an_english_part_named_after_is():
    found = find_amounts("about 1.5 million in total, of which 520k is application software development")
    assert [(a.role, a.value) for a in found] == [("total", 1_500_000), ("software_cost", 520_000)]


def test_this_part_of_the_work_is_no_yuan():
    assert find_amounts("数据共享这一块要交些什么材料") == []
    assert [(a.value) for a in find_amounts("软件那一块大概30万")] == [300_000]


def test_thousands_of_ten_thousands_said_with_k_or_w():
    assert [a.value for a in find_amounts("总投资5k万的平台")] == [50_000_000]
    assert [a.value for a in find_amounts("项目总投4千w整")] == [40_000_000]


@pytest.mark.parametrize("text,bound", [
    ("累计变更已经超过合同价的12%", "gt"),       # the base of a share between the comparative and the number
    ("调整金额没超过概算的12%", "le"),           # 没/未 turn 超过 round as 不 does
    ("变更未超过原合同价12%", "le"),
])
def test_a_share_with_its_base_keeps_its_comparative(text, bound):
    from knowledge.reader.question import find_facts

    facts = find_facts(text)
    assert [b for _, b in facts.values()] == [bound], facts


@pytest.mark.parametrize("text,low,high", [
    ("软件开发费49万出头", 490_000, 500_000),      # a little over, and below the next unit said
    ("变更加起来三十万多一点", 300_000, 310_000),   # 多 after 万: some below the 万, not thirty-odd 万
    ("预算39万多", 390_000, 400_000),
    ("七十多万", 700_000, 800_000),                # more than 70万, under 80万
])
def test_a_little_over_lies_strictly_between_the_figure_and_its_next_unit(text, low, high):
    (a,) = find_amounts(text)
    lo, hi = a.range
    assert low < lo < low + 1 and high - 1 < hi < high


def test_cheng_and_shang_inside_a_word_are_no_estimates():
    # 系统集成十七万: 成 ends 集成, it is no 成百 (a hundred or more)
    assert [a.value for a in find_amounts("系统集成十七万")] == [170_000]
    assert [a.value for a in find_amounts("软件开发三十八万、硬件租用三十五万、系统集成十七万、培训四万")][0] == 940_000
    assert find_amounts("上千万的项目")[0].range[0] == 10_000_000


@pytest.mark.parametrize("text,amount", [
    ("Wendeng: our software development project is RMB 450,000. Is an expert review needed?", 450_000),
    ("钟楼区一个软件开发项目，45万，需要监理吗", 450_000),
    ("钟楼区四十五万的软件开发服务项目，要监理吗", 450_000),            # named after its figure
    ("钟楼区项目的软件开发部分45万，需要第三方测试吗", None),     # the software part: the total is not said
])
def test_a_project_named_as_software_development_has_the_figure_as_its_amount(text, amount):
    from knowledge.base import get_kb
    from knowledge.reader.question import understand

    kb = get_kb()
    q = understand(text, kb.aliases, kb.topics, kb=kb)
    assert q.profile.software_cost == 450_000 and q.profile.amount == amount


def test_items_under_a_software_heading_are_software_up_to_another():
    text = "软件开发费用：门户改版22万、App 15万、数据接口9万，另外还有服务器采购40万。"
    assert [(a.value, a.role) for a in find_amounts(text)] == [(860_000, "total"), (460_000, "software_cost")]


def test_a_numbered_list_under_a_heading_of_changes_is_changes():
    text = "合同价300万。调整明细：\n1. 报表模块 14万\n2. 接口 8万\n这样累计要报审吗"
    assert [(a.value, a.role) for a in find_amounts(text)] == [(3_000_000, "contract_amount"), (140_000, "change_amount"), (80_000, "change_amount")]
    # a line that is no numbered item ends the heading's list
    assert [a.role for a in find_amounts("变更记录：\n1. 接口 8万\n另外项目预算是120万")][-1] == "total"


def test_the_share_of_a_change_is_shown_with_the_changes_sum():
    from knowledge.base import get_kb

    answer = get_kb().ask("龙岗区项目合同价600万，变更了两次，20万和45万，要不要报审")["answer"]
    assert "65万元" in answer and "10.83%" in answer


@pytest.mark.parametrize("text, value", [
    ("概算400万，主要建设内容调整30万", 300_000),                      # 调整 right before the figure
    ("概算400万，内容调整涉及的金额二十万", 200_000),
    ("概算400万，这次要调的钱大概三十个w", 300_000),                   # 三十个w
    ("estimate 4 million yuan; the change to the content involves about 300,000 yuan", 300_000),
    ("概算400万，变更的功能模块涉及35万", 350_000),                       # 涉及 after what is changed
    ("概算400万，接口要改，打算调十五万的资金", 150_000),                  # 打算调
])
def test_more_ways_of_naming_a_change(text, value):
    changes = [a for a in find_amounts(text) if a.role == "change_amount"]
    assert [a.value for a in changes] == [value]


def test_a_stated_change_share_asks_the_change_limit():
    from knowledge.base import get_kb

    out = get_kb().ask("钟楼区项目概算总投资400万，主要建设内容要调，涉及资金30万，是不是得重新走立项申报？")
    assert out["understood"]["topics"][0] == "change_limit"
    assert any(c["article"] == "第二十六条" for f in out["findings"][:1] for c in f["citations"])


def test_the_software_part_named_with_its_cost_word():
    assert [a.role for a in find_amounts("软件开发这块的经费六十来万")] == ["software_cost"]


def test_a_share_in_tenths_keeps_the_bound_said_after_it():
    from knowledge.reader.question import find_facts

    assert find_facts("调整的钱占概算一成出头")["change_percent"] == (10.0, "over")
    assert find_facts("调整资金不到一成")["change_percent"] == (10.0, "lt")


def test_a_figure_added_to_the_software_one_is_software_too():
    found = find_amounts("应用软件开发分了两期，18万加12万，合计30万")
    assert sorted((a.value, a.role) for a in found) == [(300_000, "software_cost"), (300_000, "total")]
    # a figure with a label of its own stays what it is
    found = find_amounts("软件开发18万，硬件12万，合计30万")
    assert sorted((a.value, a.role) for a in found) == [(180_000, "software_cost"), (300_000, "total")]
    assert [a.role for a in find_amounts("total 1.1 million, of which 0.6 million is bespoke software development")] == ["total", "software_cost"]


def test_what_a_project_involves_is_no_change():
    assert [a.role for a in find_amounts("项目涉及50万的软硬件采购")] != ["change_amount"]


def test_the_software_part_named_with_that_part():
    found = find_amounts("项目一百二十来万，里面软件开发那块四十七八万")
    assert [(a.role, a.range) for a in found if a.role == "software_cost"] == [("software_cost", (470000.0, 480000.0))]


def test_a_list_headed_by_the_contract_adds_up_its_items():
    found = find_amounts("合同分项：软件开发120万、硬件设备80万、系统集成30万")
    assert sorted((a.value, a.role) for a in found) == [(1_200_000, "software_cost"), (2_300_000, "total")]
    assert find_amounts("合同金额800万")[0].role == "contract_amount"   # a contract's own figure stays


def test_parts_of_the_work_are_no_yuan():
    from knowledge.base import get_kb

    profile = get_kb().ask("云浮市直单位，项目预算分三块：软件开发40万、硬件30万、服务20万。要监理吗")["understood"]["profile"]
    assert profile["amount"] == 900000


def test_a_little_above_a_figure_is_a_little_above_it():
    from knowledge.base import get_kb

    found = get_kb().ask("Yunfu city unit, project a little above 800,000 yuan: is supervision required?")["findings"]
    assert [f["verdict"] for f in found if f["topic"] == "supervision"] == ["no"]


def test_a_figure_followed_by_its_parts_is_the_whole():
    from knowledge.base import get_kb

    profile = get_kb().ask("钟楼区项目表\n总预算：90（万元）\n其中软件开发 50，设备 40\n要不要监理")["understood"]["profile"]
    assert profile["amount"] == 900000 and profile["software_cost"] == 500000


@pytest.mark.parametrize("text, role, value", [
    ("应用软件开发费用不到50万，大概四十八万", "software_cost", 480000),
    ("合同价不到300万，实际是280万", "contract_amount", 2800000),
    ("software development is under 500k, about 480k", "software_cost", 480000),
])
def test_an_estimate_after_a_bound_says_the_same_figure_more_closely(text, role, value):
    found = find_amounts(text)
    assert [(a.role, a.value) for a in found] == [(role, value)], found


def test_an_estimate_outside_the_bound_is_another_figure():
    # 不到50万 … 大概80万 cannot be the same figure: both stay
    assert len(find_amounts("软件开发不到50万，大概总投资80万")) == 2


def test_a_price_difference_is_a_change():
    found = find_amounts("合同价300万，因为设备停产要换个型号，差价也就5万")
    assert [(a.role, a.value) for a in found] == [("contract_amount", 3000000), ("change_amount", 50000)]


@pytest.mark.parametrize("text, bound", [("变更超出合同价10%了", "gt"), ("变更没超出合同价10%", "le"), ("变更没超合同价10%", "le")])
def test_chaochu_is_more_than(text, bound):
    from knowledge.reader.amounts import bound_of
    at = text.index("10")
    assert bound_of(text, at, at + 3) == bound
