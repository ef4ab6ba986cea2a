"""深圳市信息工程质量监督管理暂行办法: questions a project officer asks, and approval paths.

The text sets no amount thresholds, so amounts on either side of the other jurisdictions'
usual lines (30万, 100万, 400万, 5000万) must not change a Shenzhen answer."""
import pytest

from knowledge.rules.model import Profile

J = "shenzhen"


def finding(result, topic=None):
    found = [f for f in result["findings"] if f["jurisdiction"] == J and (topic is None or f["topic"] == topic)]
    assert found, f"no {J} finding{' for ' + topic if topic else ''}: {result['understood']} {result['findings']}"
    return found[0]


def articles(f):
    return {c["article"] for c in f["citations"]}


# (question, topic the answer must carry, verdicts accepted, an article that must be cited)
CASES = [
    # quality supervision registration (第十六条)
    ("深圳的项目要做质量监督登记吗？", "quality_registration", {"yes"}, "第十六条"),
    ("深圳市软件开发项目合同签订后多久内要完成质量监督登记？", "quality_registration", {"info"}, "第十六条"),
    ("深圳质量监督登记需要提交哪些材料？", "quality_registration", {"info"}, "第十六条"),
    ("深圳质监登记要准备什么材料", "quality_registration", {"info"}, "第十六条"),
    ("深圳29万的项目需要办理质量监督登记吗", "quality_registration", {"yes"}, "第十六条"),
    ("深圳300000元的项目需要办理质量监督登记吗", "quality_registration", {"yes"}, "第十六条"),
    ("深圳5000万的新建项目需要办理质量监督登记吗", "quality_registration", {"yes"}, "第十六条"),
    ("深圳项目签完合同后要做什么？", "contract_filing", {"info"}, "第十六条"),
    ("Does a Shenzhen project need quality supervision registration?", "quality_registration", {"yes"}, "第十六条"),
    # quarterly quality data (第十七条)
    ("深圳项目质量季报什么时候报送？", "quality_reports", {"info"}, "第十七条"),
    ("深圳的项目每个季度要报送监理文档和检测报告吗", "quality_reports", {"yes"}, "第十七条"),
    ("深圳项目的监理月报要报送质监机构吗", "quality_reports", {"yes"}, "第十七条"),
    ("When are the quarterly quality reports due in Shenzhen?", "quality_reports", {"info"}, "第十七条"),
    # before final acceptance (第二十一条), contract acceptance (第九条, 第十二条)
    ("深圳的项目竣工验收前要先查质量监督情况吗？", "pre_acceptance_check", {"yes"}, "第二十一条"),
    ("深圳项目组织竣工验收之前需要在平台上查询质量监督情况吗", "pre_acceptance_check", {"yes"}, "第二十一条"),
    ("深圳市100万的项目竣工验收要满足什么条件", "final_acceptance", {"info"}, "第二十一条"),
    ("What must a Shenzhen project do before final acceptance?", "final_acceptance", {"info"}, "第二十一条"),
    ("深圳项目验收需要准备什么材料？", "acceptance_documents", {"info"}, "第十二条"),
    ("深圳设计单位要出具设计符合性评价意见吗？", "design_conformity", {"yes"}, "第九条"),
    ("深圳的项目合同验收前监理单位要提交什么", "supervision_duties", {"info"}, "第十二条"),
    ("深圳的监理单位要按时出具监理月报吗", "supervision_duties", {"yes"}, "第十二条"),
    ("深圳项目验收不合格怎么办？", "acceptance_failure", {"info"}, "第十条"),
    ("深圳项目验收不合格承建单位要返工吗", "acceptance_failure", {"yes"}, "第十条"),
    # parties' duties (第八条, 第十条, 第十一条, 第十三条)
    ("深圳项目合同里要明确质量目标和质量责任吗", "contract_terms", {"yes"}, "第八条"),
    ("深圳承建单位有什么质量责任？", "contractor_duties", {"info"}, "第十条"),
    # allowed only with the owner's consent (未经建设单位同意…不可擅自), which the question leaves open
    ("深圳的承建单位可以把演示系统发布到互联网上吗？", "internet_publishing", {"conditional"}, "第十条"),
    ("深圳项目的生产系统能不能由承建单位擅自发布到互联网", "internet_publishing", {"no"}, "第十条"),
    ("Can the contractor publish the demo system on the internet in Shenzhen?", "internet_publishing", {"conditional"}, "第十条"),
    ("深圳的项目可以分包吗？", "subcontracting", {"info"}, "第十一条"),
    # a yes/no question a description settles gets the verdict, not "info" (issue 8, item 2)
    ("深圳项目总承包单位和分包单位要承担连带责任吗", "subcontracting", {"yes"}, "第十一条"),
    ("深圳检测单位要对检测数据负责吗", "testing_body", {"yes"}, "第十三条"),
    ("深圳项目要保留隐蔽工程的影像资料吗", "archives", {"yes"}, "第十条"),
    # the text names the warranty but gives no length: that part is silent (issue 8, item 5)
    ("深圳项目的保修期是多长", "warranty", {"not_specified"}, "第十条"),
    # supervision by the quality supervision body (第十四条–第二十五条)
    ("深圳的项目要接受质量监督吗", "quality_supervision", {"yes"}, "第十四条"),
    ("深圳质监机构监督检查发现质量问题，建设单位要整改吗", "oversight", {"yes"}, "第十九条"),
    ("深圳监督检查要几个人参加", "oversight", {"info"}, "第二十条"),
    ("深圳项目质量监督的流程是什么？", "process", {"info"}, "第十六条"),
    ("可以向谁投诉深圳信息工程质量问题？", "complaints", {"info"}, "第二十二条"),
    ("深圳项目出了质量问题会影响信用吗", "credit", {"yes"}, "第二十五条"),
    ("深圳项目违规有什么后果", "penalties", {"info"}, "第二十五条"),
    ("深圳信息工程质量管理平台是干什么用的", "quality_platform", {"info"}, "第二十四条"),
    # the document
    ("深圳这个办法适用于哪些项目？", "scope", {"info"}, "第二条"),
    # a district's own project: 第二条 covers city-level units, the districts follow by reference (第二十七条)
    ("深圳的区级项目适用这个办法吗", "scope", {"conditional"}, "第二十七条"),
    ("深圳涉密项目怎么管理", "confidential", {"info"}, "第二条"),
    # (施行于2018年、有效期五年: by its own term it ran out around 2023, which the answer says)
    ("深圳的质量监督办法还有效吗？", "validity", {"no"}, "第二十八条"),
    ("深圳的办法由谁解释？", "interpretation", {"info"}, "第二十六条"),
    ("Who interprets the Shenzhen measures?", "interpretation", {"info"}, "第二十六条"),
    ("深圳的办法依据什么制定的", "legal_basis", {"info"}, "第一条"),
    ("深圳办法里信息工程质量是指什么", "quality_definition", {"info"}, "第三条"),
]


@pytest.mark.parametrize("question,topic,verdicts,article", CASES, ids=[c[0][:30] for c in CASES])
def test_question(kb, question, topic, verdicts, article):
    result = kb.ask(question)
    assert result["understood"]["jurisdictions"] == [J]
    f = finding(result, topic)
    assert f["verdict"] in verdicts, f
    assert article in articles(f), f


# Where the text is silent the answer says so; it never invents a rule.
SILENT = [
    ("深圳的项目需要监理吗？", "supervision"),
    ("深圳300万的项目必须实行监理制吗", "supervision"),
    ("深圳项目需要第三方检测吗", "third_party_testing"),
    ("深圳项目需要做等保测评吗", "security_assessment"),
    ("深圳项目需要专家评审吗", "expert_review"),
    ("深圳项目要编制可行性研究报告吗", "feasibility_study"),
]


@pytest.mark.parametrize("question,topic", SILENT, ids=[s[0][:30] for s in SILENT])
def test_silent(kb, question, topic):
    f = finding(kb.ask(question), topic)
    assert f["verdict"] == "not_specified", f


def test_no_supervision_rule_but_a_note(kb):
    result = kb.ask("深圳的项目需要监理吗？")
    assert "未规定项目是否必须实行监理" in result["answer"]


def test_expired_status_is_said(kb):
    result = kb.ask("深圳的项目要做质量监督登记吗？")
    assert "2023" in result["answer"] and "到期" in result["answer"]


def test_registration_summary_has_deadline_and_materials(kb):
    f = finding(kb.ask("深圳质量监督登记需要提交哪些材料？"), "quality_registration")
    for words in ("5个工作日", "备案通过", "立项报告及其批复文件", "招标文件及合同"):
        assert words in f["summary"], words


def test_quarterly_summary_has_date_and_documents(kb):
    f = finding(kb.ask("深圳项目质量季报什么时候报送？"), "quality_reports")
    for words in ("每季度首月5日前", "节假日顺延", "监理文档", "质量季报", "检测报告"):
        assert words in f["summary"], words


def test_one_finding_per_part(kb):
    result = kb.ask("深圳项目合同签订后要做质量监督登记吗？竣工验收前要查询质量监督情况吗？")
    topics = {f["topic"]: f for f in result["findings"] if f["jurisdiction"] == J}
    assert topics["quality_registration"]["verdict"] == "yes"
    assert topics["pre_acceptance_check"]["verdict"] == "yes"


def test_unnamed_question_includes_shenzhen(kb):
    f = finding(kb.ask("竣工验收前要先查询质量监督情况吗？"), "pre_acceptance_check")
    assert f["verdict"] == "yes" and "第二十一条" in articles(f)


def test_shenzhen_districts_alias(kb):
    if "longgang" not in kb.jurisdictions:
        pytest.skip("longgang not loaded")
    assert kb.ask("深圳市龙岗区的项目要做质量监督登记吗")["understood"]["jurisdictions"] == ["longgang"]


# ---- approval paths ---------------------------------------------------------------------------

ALWAYS_YES = ["第四条", "第七条", "第八条", "第九条", "第十条", "第十二条", "第十六条", "第十七条", "第十九条", "第二十一条"]


def yes_articles(path):
    return {c["article"] for r in path["requirements"] if r["verdict"] == "yes" for c in r["citations"]}


@pytest.mark.parametrize("amount,kind", [
    (1, None), (299_999, "software"), (300_000, "software"), (300_001, "construction"),
    (1_000_000, "service"), (4_000_000, "operations"), (50_000_000, "construction"), (800_000, "equipment"),
    (200_000, "research"),
])
def test_path_same_for_every_amount_and_kind(kb, amount, kind):
    path = kb.path(Profile(jurisdiction=J, amount=amount, kind=kind))
    assert path["applicable"] is True
    assert set(ALWAYS_YES) <= yes_articles(path)
    assert {r["verdict"] for r in path["requirements"]} == {"yes"}
    assert path["document"]["status"] == "expired"


def test_path_steps_in_order(kb):
    steps = [s["key"] for s in kb.path(Profile(jurisdiction=J, amount=800_000, kind="software"))["steps"]]
    assert steps.index("quality_registration") < steps.index("quarterly_reports") \
        < steps.index("pre_acceptance_check") < steps.index("final_acceptance")
    cited = {c["article"] for s in kb.path(Profile(jurisdiction=J, amount=800_000))["steps"] for c in s["citations"]}
    assert {"第十六条", "第十七条", "第二十一条"} <= cited


def test_path_has_no_supervision_required_rule(kb):
    path = kb.path(Profile(jurisdiction=J, amount=80_000_000, kind="construction"))
    assert not any(r["key"] in ("supervision", "supervision_required") for r in path["requirements"])
    assert "interpretation" not in {r["key"] for r in path["requirements"]}


def test_path_soe_funds_out_of_scope(kb):
    path = kb.path(Profile(jurisdiction=J, amount=800_000, kind="software", funding="soe"))
    assert path["applicable"] is False
    assert path["steps"] == []
    assert {r["verdict"] for r in path["requirements"]} == {"not_applicable"}


@pytest.mark.parametrize("funding", ["city", "social", "higher", None])
def test_path_other_funding_in_scope(kb, funding):
    assert kb.path(Profile(jurisdiction=J, amount=800_000, funding=funding))["applicable"] is True


def test_district_funds_follow_by_reference(kb):
    """第二条 covers city-level units spending city funds; a district's own project is outside it and
    the districts follow the measures by reference (第二十七条): both are said, neither guessed."""
    path = kb.path(Profile(jurisdiction=J, amount=800_000, funding="district"))
    assert path["applicable"] is False and "参照" in path["reason"]
    for q in ("深圳 区级财政出钱的项目 适用这个质量监督办法吗", "Shenzhen: a project paid from the district budget, does the measure apply?"):
        f = kb.ask(q)["findings"][0]
        assert f["verdict"] == "not_applicable" and {"第二条", "第二十七条"} <= articles(f)
    # city and district money together is partly city money: still covered
    assert kb.ask("深圳市直单位 区财政和市财政一起出钱 要做质量监督登记吗")["findings"][0]["verdict"] == "yes"


def test_soe_question_not_applicable(kb):
    f = finding(kb.ask("深圳的项目要做质量监督登记吗？", defaults=Profile(funding="soe")), "quality_registration")
    assert f["verdict"] == "not_applicable" and "第二条" in articles(f)
