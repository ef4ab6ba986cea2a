"""龙岗区信息化项目管理办法（修订草案）: questions a project officer asks, and approval paths.

Each question asserts the verdict of a Longgang finding and the article it cites; amounts sit on
both sides of every threshold and exactly on it (50万（含）scope, 1000万 special meeting — 以上
includes the number, 1000万（含）expert initial acceptance, 5000万（含）feasibility study).
"""
from pathlib import Path

import pytest

from knowledge.rules.model import Profile

ROOT = Path(__file__).resolve().parents[2]
HAS_SHENZHEN = (ROOT / "knowledge" / "jurisdictions" / "shenzhen.yaml").exists()


def _norm(text: str) -> str:
    import unicodedata
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def longgang_findings(result):
    return [f for f in result["findings"] if f["jurisdiction"] == "longgang"]


def match(result, verdicts, article=None, doc="longgang"):
    """A Longgang finding with one of the verdicts, citing the article (when given)."""
    for f in longgang_findings(result):
        if f["verdict"] not in verdicts:
            continue
        if article is None or any(c["article"] == article and c["doc"] == doc for c in f["citations"]):
            return f
    return None


YES, NO, INFO = ("yes",), ("no",), ("info", "yes")

# (question, acceptable verdicts, article the finding must cite, words the reply must contain)
CASES = [
    # scope: 50万元以上（含50万元）; O&M and pure equipment purchases excluded
    ("龙岗区50万的信息化项目适用本办法吗？", YES, "第二条", None),
    ("龙岗区49万的项目适用这个办法吗", ("not_applicable",), "第二条", None),
    ("龙岗区40万的项目需要监理吗", ("not_applicable",), "第二条", None),
    ("龙岗区的运维项目需要监理吗", ("not_applicable",), "第二条", None),
    ("龙岗区单纯设备采购项目适用本办法吗", ("not_applicable",), "第二条", None),
    ("国企自有资金投资的龙岗区项目适用本办法吗", ("not_applicable",), "第二条", None),
    # supervision: every project in scope
    ("龙岗区200万项目需要监理吗", YES, "第十八条", None),
    ("深圳市龙岗区50万元的软件开发项目要不要请监理？", YES, "第十八条", None),
    ("Does a 600,000 yuan project in Longgang need a supervisor?", YES, "第十八条", None),
    ("龙岗区项目的监理单位需要资质吗", YES, "第十八条", None),
    # feasibility study: 5000万元以上（含5000万元）
    ("龙岗区5000万的项目需要编制可行性研究报告吗？", YES, "第十一条", None),
    ("龙岗区总投资五千万元的项目要做可研吗", YES, "第十一条", None),
    ("龙岗区4999万的项目需要可研吗", NO, "第十一条", None),
    ("龙岗区3000万项目要不要编可研报告", NO, "第十一条", None),
    ("Does a 60 million yuan project in Longgang need a feasibility study?", YES, "第十一条", None),
    ("Does a 3 million yuan project in Longgang need a feasibility study?", NO, "第十一条", None),
    # preliminary design, quotes, expert review: all projects
    ("龙岗区80万的项目需要编制初步设计方案及概算吗", YES, "第十二条", None),
    ("龙岗区项目涉及设备采购需要询价吗", YES, "第十二条", ["3家"]),
    ("龙岗区项目需要专家评审吗", YES, "第十三条", None),
    ("龙岗区初步设计方案预审要多长时间", INFO, "第十二条", ["5个工作日"]),
    # new initiatives: proposal; special meeting from 1000万 (以上 includes the number)
    ("龙岗区新动议项目需要编制项目建议书吗", YES, "第十条", None),
    ("龙岗区项目需要编制项目建议书吗", ("conditional",), "第十条", None),
    ("龙岗区1000万的新动议项目需要召开专题会议吗", YES, "第十条", None),
    ("龙岗区999万的新动议项目需要分管区领导专题会议吗", NO, "第十条", None),
    ("龙岗区2000万的项目要开区领导专题会吗", ("conditional",), "第十条", None),
    ("龙岗区项目建议书要写哪些内容", INFO, "第十条", ["投资匡算"]),
    # 原则上不安排, but a special need may bring it in after the district meeting (第九条): it depends, unless the
    # question rules the special need out
    ("龙岗区未列入规划的项目能安排财政资金吗", ("conditional",), "第九条", None),
    ("龙岗区未列入规划、也没有特殊需要的项目能安排财政资金吗", NO, "第九条", None),
    # contract, reports, archives
    ("龙岗区签订合同后几个工作日内要备案", INFO, "第十九条", ["10个工作日"]),
    ("龙岗区项目合同要用什么模板", INFO, "第十九条", ["格式合同"]),
    ("龙岗区项目需要按月报送进度吗", YES, "第二十条", None),
    ("龙岗区绩效评价报告什么时候交", INFO, "第二十二条", ["年底"]),
    ("龙岗区项目档案怎么管理", INFO, "第二十一条", ["全流程系统"]),
    # changes
    ("龙岗区项目累计变更金额超过合同价10%怎么办", INFO, "第二十四条", ["审核"]),
    ("龙岗区项目超概算怎么办", INFO, "第二十三条", ["龙岗区政府投资项目管理办法"]),
    # acceptance: expert initial acceptance from a 1000万（含）contract
    ("龙岗区合同金额800万，合同初步验收要组织专家会吗", NO, "第二十六条", None),
    ("龙岗区合同金额999万，初验要请专家吗", NO, "第二十六条", None),
    ("龙岗区合同金额1000万的项目初验需要专家吗", YES, "第二十六条", None),
    ("龙岗区合同金额1200万，初步验收要组织专家初步验收会吗", YES, "第二十六条", None),
    ("龙岗区项目初验前需要自测吗", YES, "第二十六条", None),
    ("龙岗区项目需要第三方测评吗", YES, "第二十七条", None),
    ("龙岗区上线安全测试报告多久出", INFO, "第二十八条", ["3个工作日"]),
    ("龙岗区验收前要审核源代码移交吗", YES, "第二十九条", None),
    ("龙岗区未通过竣工验收的系统能正式运行吗", NO, "第三十条", None),
    ("龙岗区项目可以先上线再验收吗", NO, "第三十条", None),
    ("龙岗区前一期没有通过竣工验收可以申报二期吗", NO, "第三十三条", None),
    # funds and accounts
    ("龙岗区项目运维经费怎么申请", INFO, "第四十六条", None),
    ("龙岗区项目没有完成竣工验收备案能拿到运维经费吗", NO, "第三十二条", None),
    ("龙岗区未按要求共享数据的系统还能安排运维经费吗", NO, "第四十七条", None),
    ("龙岗区系统存在重大安全隐患能拿到运维费吗", NO, "第四十八条", None),
    ("龙岗区结余资金多久上缴", INFO, "第三十六条", ["30个工作日"]),
    ("龙岗区项目需要做竣工决算吗", YES, "第三十五条", None),
    ("龙岗区项目终止需要谁批准", INFO, "第三十四条", ["分管区领导"]),
    # results, platforms, equipment
    ("龙岗区软件开发项目源代码归谁所有", INFO, "第三十八条", ["归项目建设单位所有"]),
    ("Who owns the source code of a Longgang software project?", INFO, "第三十八条", None),
    ("龙岗区新建系统要接入统一政务平台吗", YES, "第四十条", None),
    ("龙岗区部门可以自行采购政务云设备吗", NO, "第四十二条", None),
    ("Can a Longgang department buy government cloud equipment itself?", NO, "第四十二条", None),
    ("龙岗区可以自行购置网络安全设备吗", ("conditional",), "第四十二条", None),
    ("龙岗区购置的设备接入政务网需要登记吗", YES, "第四十三条", None),
    ("龙岗区项目必须优先采用自主知识产权的产品吗", NO, "第十七条", None),
    ("龙岗区项目质保期最少几年", INFO, "第四十五条", ["2年"]),
    ("Does Longgang require a warranty period?", YES, "第四十五条", None),
    # funding sources
    ("龙岗区上级拨付资金的项目需要报区里备案吗", YES, "第十四条", None),
    ("龙岗区社会资金参与的项目要按本办法报批吗", YES, "第十五条", None),
    # final provisions
    ("龙岗区这个办法还有效吗", INFO, "第五十五条", ["草案"]),
    ("龙岗区的办法由谁解释", INFO, "第五十二条", None),
    ("龙岗区涉密项目怎么办", INFO, "第五十三条", None),
    ("龙岗区项目建设流程是什么", INFO, "第十三条", None),
]


@pytest.mark.parametrize("question,verdicts,article,words", CASES, ids=[c[0] for c in CASES])
def test_question(kb, question, verdicts, article, words):
    result = kb.ask(question)
    got = [(f["topic"], f["verdict"], [c["article"] for c in f["citations"]]) for f in longgang_findings(result)]
    assert match(result, verdicts, article), f"want {verdicts} citing {article}; got {got}"
    for w in words or []:
        assert _norm(w) in _norm(result["answer"]), f"reply lacks {w!r}"


def test_unnamed_jurisdiction_includes_longgang(kb):
    result = kb.ask("我的200万项目需要监理吗？")
    assert match(result, YES, "第十八条")


def test_draft_status_is_said(kb):
    result = kb.ask("龙岗区200万项目需要监理吗")
    assert "草案" in result["answer"]


@pytest.mark.skipif(not HAS_SHENZHEN, reason="Shenzhen's rules file is not loaded")
def test_quality_registration_follows_shenzhen(kb):
    result = kb.ask("龙岗区项目需要办理质量监督登记吗")
    f = match(result, YES, "第二十七条", doc="shenzhen")
    assert f is not None and any(c["doc"] == "shenzhen" and c["article"] == "第十六条" for c in f["citations"])


@pytest.mark.skipif(not HAS_SHENZHEN, reason="Shenzhen's rules file is not loaded")
def test_pre_acceptance_check_follows_shenzhen(kb):
    result = kb.ask("龙岗区项目竣工验收前要先查质量监督情况吗")
    assert match(result, YES, "第二十一条", doc="shenzhen")


def test_change_below_ten_percent_needs_no_review(kb):
    result = kb.ask("龙岗区项目累计变更金额为合同价的8%，需要报区信息化主管部门审核吗")
    assert match(result, NO, "第二十四条")


def test_skipping_the_review_opinion_is_not_allowed(kb):
    result = kb.ask("龙岗区项目没有取得区信息化主管部门审核意见，可以直接报发改部门审批吗")
    assert match(result, NO, "第十三条")


# ---------------------------------------------------------------- approval paths

def path(kb, **kw):
    return kb.path(Profile(jurisdiction="longgang", **kw))


def yes_articles(result):
    return {c["article"] for r in result["requirements"] if r["verdict"] == "yes" for c in r["citations"]}


def requirement(result, key):
    return next(r for r in result["requirements"] if r["key"] == key)


@pytest.mark.parametrize("amount,kind", [(400000, "software"), (499999, "construction"),
                                         (2000000, "operations"), (2000000, "equipment")])
def test_path_out_of_scope(kb, amount, kind):
    result = path(kb, amount=amount, kind=kind)
    assert result["applicable"] is False
    assert result["steps"] == []
    assert all(r["verdict"] == "not_applicable" for r in result["requirements"])


def test_path_soe_funding_out_of_scope(kb):
    assert path(kb, amount=2000000, kind="software", funding="soe")["applicable"] is False


@pytest.mark.parametrize("kind", ["software", "construction", "research", "service"])
def test_path_at_scope_threshold(kb, kind):
    result = path(kb, amount=500000, kind=kind)
    assert result["applicable"] is True
    assert result["document"]["status"] == "draft"
    arts = yes_articles(result)
    for art in ("第十二条", "第十三条", "第十七条", "第十八条", "第十九条", "第二十七条", "第二十八条",
                "第二十九条", "第三十条", "第四十五条"):
        assert art in arts, art
    assert "第十一条" not in arts and "第二十六条" not in arts


@pytest.mark.parametrize("amount,needed", [(49999999, False), (50000000, True), (60000000, True)])
def test_path_feasibility_threshold(kb, amount, needed):
    result = path(kb, amount=amount, kind="construction")
    assert requirement(result, "feasibility_study")["verdict"] == ("yes" if needed else "no")
    assert ("第十一条" in yes_articles(result)) is needed
    assert any(s["key"] == "feasibility_study" for s in result["steps"]) is needed


@pytest.mark.parametrize("amount,contract,needed", [(9999999, None, False), (10000000, None, True),
                                                    (30000000, 9000000, False), (30000000, 10000000, True)])
def test_path_expert_initial_acceptance_threshold(kb, amount, contract, needed):
    result = path(kb, amount=amount, kind="software", contract_amount=contract)
    assert requirement(result, "expert_initial_acceptance")["verdict"] == ("yes" if needed else "no")
    assert ("第二十六条" in yes_articles(result)) is needed
    assert any(s["key"] == "expert_initial_acceptance" for s in result["steps"]) is needed


@pytest.mark.parametrize("amount,new,verdict", [(9999999, True, "no"), (10000000, True, "yes"),
                                                (20000000, None, "conditional"), (20000000, False, "no")])
def test_path_special_meeting(kb, amount, new, verdict):
    result = path(kb, amount=amount, kind="construction", new_initiative=new)
    assert requirement(result, "special_meeting")["verdict"] == verdict
    assert requirement(result, "new_initiative_proposal")["verdict"] == {True: "yes", False: "no", None: "conditional"}[new]


def test_path_without_new_initiative_has_no_yes_on_article_ten(kb):
    assert "第十条" not in yes_articles(path(kb, amount=30000000, kind="construction"))


@pytest.mark.parametrize("funding,higher,social", [("higher", "yes", "no"), ("city", "yes", "no"),
                                                   ("social", "no", "yes"), ("district", "no", "no"),
                                                   (None, "conditional", "conditional")])
def test_path_funding_source(kb, funding, higher, social):
    result = path(kb, amount=3000000, kind="software", funding=funding)
    assert result["applicable"] is True
    assert requirement(result, "higher_level_funds")["verdict"] == higher
    assert requirement(result, "social_capital")["verdict"] == social


def test_path_steps_in_order(kb):
    keys = [s["key"] for s in path(kb, amount=60000000, kind="construction")["steps"]]
    order = ["unit_plan", "annual_plan", "feasibility_study", "preliminary_design", "expert_review", "procurement",
             "contract", "construction", "self_test", "initial_acceptance", "expert_initial_acceptance", "trial_run",
             "contract_final_acceptance", "security_test", "sharing_review", "completion_acceptance",
             "final_accounts", "operations"]
    assert keys == order


def test_recommendation_is_never_yes_on_the_path(kb):
    result = path(kb, amount=3000000, kind="software")
    assert requirement(result, "own_ip_preference")["verdict"] == "no"


@pytest.mark.parametrize("question", [
    "龙岗区这个项目钱是市里统筹拨付的，要不要走区里的立项审核？",
    "Longgang: the national ministry pays for the whole project. Does it go through the district's approval procedure?",
])
def test_a_project_funded_from_above_takes_the_path_of_article_14(kb, question):
    """第十四条: declared to the higher authority, then only filed with the district; the district's own
    approval is answered no, and the filing the path asks for is said too."""
    found = [f for f in kb.ask(question)["findings"] if f["jurisdiction"] == "longgang"]
    assert any(f["verdict"] == "no" and f["citations"][0]["article"] == "第十四条" for f in found)
    assert any(f["topic"] == "higher_level_funds" and f["verdict"] == "yes" for f in found)
    # asked what to do, the path is told, not a bare no
    told = [f for f in kb.ask("龙岗区省里拨款的项目怎么办手续")["findings"] if f["jurisdiction"] == "longgang"]
    assert told and all(f["verdict"] != "no" for f in told)
