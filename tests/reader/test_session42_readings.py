"""Readings from the forty-second session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding

from knowledge.base import get_kb


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- who does a step, believed, where the text says it in its own words ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    # 组成验收组进行竣工验收 is the acceptance organised (文登 第三十五条, by the big data centre)
    ("文登的项目验收是区财政局组织的吧", "wendeng", "actor", "no"),
    ("Wendeng: the acceptance is organised by the finance bureau, right?", "wendeng", "actor", "no"),
    ("文登项目验收是大数据中心组织的吗", "wendeng", "actor", "yes"),
    # 提出立项申请，由区发改部门按程序审批 is the approval of the project's establishment (龙岗 第十条)
    ("龙岗的项目立项是区政数局审批吧？", "longgang", "actor", "no"),
    ("龙岗立项是区发改部门审批的吧", "longgang", "actor", "yes"),
])
def test_a_body_believed_of_a_step_said_in_the_texts_words(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)


# --- a day of entry into force believed of a text that leaves the day open ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳这个办法是2020年1月1日起施行的吧", "shenzhen", "no"),            # 自2018年 月 日起施行: another year
    ("Shenzhen's measures took effect on 1 July 2018, right?", "shenzhen", "not_specified"),   # the year only
    ("龙岗办法是2020年5月1日起施行的吧", "longgang", "not_specified"),        # 2020年X月X日
    ("云浮的办法是2021年3月1号开始实施的吧？", "yunfu", "not_specified"),     # 自印发之日起, no day of issue given
    # look-alikes: texts that give the whole day (钟楼 第四十二条; 文登's day of issue in its preamble)
    ("钟楼的细则是2023年7月1日起施行的吧", "zhonglou", "no"),
    ("钟楼的细则是2023年7月31日起施行的吧", "zhonglou", "yes"),
    ("文登的办法2019年1月1日起施行，对吧", "wendeng", "no"),
])
def test_a_day_believed_of_a_text_that_leaves_it_open(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- what the text withholds believed given all the same (照样拨, 仍然会下达) ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗区没做竣工验收备案的系统，财政照样拨运维费吧", "longgang", "no"),
    ("龙岗区没做竣工验收备案的系统，财政仍然会下达运维经费吗", "longgang", "no"),
    # look-alikes: the step done, and the withholding itself believed
    ("龙岗区的系统已经做了竣工验收备案，财政会拨运维费吗", "longgang", "yes"),
    ("龙岗区没做竣工验收备案的系统，财政不下达运维经费，是这样吧", "longgang", "yes"),
])
def test_what_the_text_withholds_believed_given_all_the_same(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- a stated fact that puts the case outside a side rule does not make that rule the answer ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    # 区财政 puts the project outside 第十四条 (money from above, filed with the district); what is asked is the acceptance
    ("龙岗区用区财政300万做的系统，项目档案一直没在全流程系统里提交备案，这样验收还能通过吗？", "longgang", "archives", "no"),
    ("龙岗区区财政出资400万的系统做完了竣工验收，但一直没去主管部门备案，运维经费还能下达吗", "longgang", "om_funding_conditions", "no"),
    # look-alikes: the money from above asked of, where that rule is the answer; and the plain question without the fact
    ("龙岗区一个省里拨款的300万项目，申报立项后还要报区信息化主管部门备案吗？", "longgang", "higher_level_funds", "yes"),
    ("龙岗区300万的系统，项目档案一直没提交，验收还能通过吗？", "longgang", "archives", "no"),
])
def test_a_fact_that_puts_the_case_outside_a_side_rule(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)


# --- a duty asked of the asker's own role (a vendor, the supervisor) ---

@pytest.mark.parametrize("text, jid, expected", [
    # the text lays the duty on the unit that runs the project: not the vendor's
    ("我是承建方，钟楼区的项目初验是我们来组织吗", "zhonglou", "no"),
    ("龙岗区一个450万的项目，试运行期间做第三方验收测评，测评单位是我们承建方去请吗？", "longgang", "no"),
    ("我是供应商，龙岗区区财政出资的一个200万项目我们中标了，合同签完后中标通知书和合同复印件要我们报区里备案吗", "longgang", "no"),
    ("Vendor on a Wendeng project: is the 初验 something we have to organize?", "wendeng", "no"),
    # look-alikes: the duty the text lays on that role, a role the sentence names taking part, and no role declared
    ("As the supervisor on a Shenzhen city project, do I have to issue monthly supervision reports?", "shenzhen", "yes"),
    ("我是监理，文登的项目竣工验收我们要参加吗", "wendeng", "yes"),
    ("钟楼区的项目初验是我们自己组织吗", "zhonglou", "yes"),
])
def test_a_duty_asked_of_the_askers_own_role(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- whether a consequence the question names follows the failure it states ---

@pytest.mark.parametrize("text, jid, article", [
    ("文登区大数据中心检查发现我们的项目违规，我们拖着一直没整改，建设资金会被暂缓拨付吗", "wendeng", "第二十八条"),
    ("文登区的项目核准以后一年多都没开工，核准文件过期了，项目会不会被取消", "wendeng", "第十七条"),
    ("Zhonglou: a unit skipped the approval and filing steps entirely. Could the people in charge be held accountable?", "zhonglou", "第三十五条"),
    ("Longgang: a system still being built does not support resource sharing. Could its construction funds be held back?", "longgang", "第五十条"),
])
def test_a_named_consequence_of_a_stated_failure(text, jid, article):
    found = first_finding(text, jid)
    assert (found["verdict"], found["citations"][0]["article"]) == ("yes", article)


@pytest.mark.parametrize("text, jid, expected", [
    # look-alikes: what happens asked (the consequence not named), and the unit asking whether it may cancel
    ("文登区的项目核准文件过期了还没开工，会怎么样？", "wendeng", "info"),
    ("文登的项目我们想取消，可以吗？", "wendeng", None),
])
def test_no_consequence_named(text, jid, expected):
    found = first_finding(text, jid)
    assert found["topic"] != "penalties" or found["verdict"] != "yes"
    if expected:
        assert found["verdict"] == expected


# --- a place outside the texts listed after a covered one, and a project's level said in English ---

@pytest.mark.parametrize("text, jid, expected", [
    ("深圳市直项目和北京海淀的项目要做质量监督登记吗？", "shenzhen", "yes"),
    ("Shenzhen city-level (市直) project and a Beijing Haidian project: within how many working days after signing the "
     "contract must the quality supervision registration be done?", "shenzhen", "info"),
    # "city" says the project's level, not what is timed
    ("Shenzhen city project: within how many working days after signing the contract must the quality supervision "
     "registration be done?", "shenzhen", "info"),
    # look-alike: the project is in the place outside, the covered place names the rules
    ("威海市环翠区的项目，要不要按文登那个办法请监理", "wendeng", "not_applicable"),
])
def test_a_place_outside_listed_after_a_covered_one(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- a leader's nod asked whether it is needed, not proposed as enough ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗一个1500万的新动议项目，要区领导点头吗？", "longgang", "yes"),      # 分管区领导召开专题会议审议: needed, and more
    ("龙岗一个1500万的新动议项目，是不是都得区领导点头？", "longgang", "yes"),
    # look-alike: the nod proposed as enough, where the text has a meeting review it
    ("龙岗一个1500万的新动议项目，请分管区领导签个字就能报审了吧", "longgang", "no"),
])
def test_a_leaders_nod_asked_or_proposed(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- which of the places asked of does something: a yes or no each ---

@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗和钟楼各有一个40万的项目，哪个要请监理？", "zhonglou", "yes"),
    ("We work in Suzhou Industrial Park and for a Yunfu city bureau; the Yunfu project is 1.5 million yuan. "
     "Which of them has mandatory 监理?", "yunfu", "yes"),
    # look-alike: which one is stricter, a comparison told, not a yes or no
    ("龙岗和钟楼，监理门槛哪个高？", "zhonglou", "info"),
])
def test_which_of_the_places_does_it(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- scope facts said in English with the texts' own words ---

@pytest.mark.parametrize("text, jid, expected", [
    ("Longgang: a 300万 contract purely for the daily 运行维护 of an existing system — do the measures apply?", "longgang",
     "not_applicable"),
    ("Shenzhen: a city bureau's system paid entirely by a private partner, no 市财政性资金 at all — do the quality "
     "supervision measures apply?", "shenzhen", "not_applicable"),
    # look-alikes: a build project, and city money
    ("Longgang: a 300万 contract to build a new system — do the measures apply?", "longgang", "yes"),
    ("Shenzhen: a city bureau's system paid from 市财政性资金 — do the quality supervision measures apply?", "shenzhen", "yes"),
])
def test_scope_facts_in_english_with_the_texts_words(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- "does that count as X": the term said before the pronoun ---

@pytest.mark.parametrize("text, jid, topic, expected", [
    ("Longgang: the money is 单位自筹. Does that count as 区政府资金 under the measures?", "longgang", "definition", "yes"),
    # look-alike: the term named in the asking sentence itself
    ("In Longgang, does 单位自筹 count as 区政府资金 under the measures?", "longgang", "definition", "yes"),
])
def test_does_that_count_as(text, jid, topic, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == (topic, expected)


# --- a report asked at a period the text never sets ---

@pytest.mark.parametrize("text, jid, expected", [
    ("我是云浮一个150万市直项目的监理，规定里要求我们每个月交监理报告吗", "yunfu", "not_specified"),   # no 月报, no 每月
    ("Yunfu: does the supervisor of a 2 million yuan city project have to submit monthly reports?", "yunfu", "not_specified"),
    # look-alikes: a text that sets one (深圳 监理月报), and a report told for next week (下周报), no period asked
    ("深圳的监理要出监理月报吗", "shenzhen", "yes"),
    ("龙岗这边签完合同都15个工作日了，合同复印件还没报备，拖到下周报应该不要紧吧", "longgang", "no"),
])
def test_a_report_at_a_period_the_text_never_sets(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


# --- whether a length is set, asked with 年限; the silence shown where the thing is spoken of ---

def test_a_warranty_length_asked_with_nianxian():
    found = first_finding("钟楼对承建方的质保期有没有年限要求？", "zhonglou")
    assert found["verdict"] == "not_specified"
    assert [c["article"] for c in found["citations"]] == ["第十五条"]   # 保修责任, not a sentence naming 承建方
    # look-alike: a text that sets the length
    assert first_finding("龙岗对承建方的质保期有没有年限要求？", "longgang")["verdict"] in ("yes", "info")


def test_a_month_ago_is_no_period_asked():
    # "a month ago" dates a step; it asks for no monthly report
    found = first_finding("Zhonglou: we finished initial acceptance a month ago. Can we submit the final acceptance "
                          "application now?", "zhonglou")
    assert found["verdict"] == "no"


# --- a step told done, and what comes next ---

@pytest.mark.parametrize("text, jid", [
    ("Shenzhen: we've completed the 质量监督登记 for our project.", "shenzhen"),
    ("深圳：我们项目的质量监督登记已经做完了，下一步呢？", "shenzhen"),
])
def test_a_step_told_done_gets_the_next(text, jid):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == ("next_step", "info")
    assert "第十七条" in [c["article"] for c in found["citations"]]   # the quarterly reports that follow


@pytest.mark.parametrize("text", ["云浮市直单位的专业类项目建设完成了，下一步干嘛", "Yunfu: development is finished on our city project. What next?"])
def test_yunfu_built_then_the_pre_acceptance_review(text):
    found = first_finding(text, "yunfu")
    assert (found["topic"], [c["article"] for c in found["citations"]]) == ("next_step", ["验收·第1段"])


# --- what is asked after an event: the event says when, not what is asked ---

@pytest.mark.parametrize("text, jid, topic", [
    ("文登的系统竣工验收通过了，之后谁负责运维？", "wendeng", "operations"),
    ("Wendeng: who maintains the system after completion acceptance?", "wendeng", "operations"),
    # look-alike: the event itself asked of
    ("文登的项目竣工验收由谁组织？", "wendeng", "final_acceptance"),
])
def test_what_is_asked_after_an_event(text, jid, topic):
    assert first_finding(text, jid)["topic"] == topic


def test_a_big_change_is_the_change_rule():
    found = first_finding("文登的项目建设内容有大变化，可以先开工再补审核手续吗", "wendeng")
    assert (found["topic"], found["verdict"], found["citations"][0]["article"]) == ("change_limit", "no", "第十七条")


def test_a_slip_mended_into_a_period_asks_none():
    # 立既报 (立即报, typed by sound) is read as 立季报 by the slip mender; no quarterly report was asked
    assert first_finding("文登区项目签完采购合同要立既报大数据中心备案吗", "wendeng")["verdict"] == "yes"


@pytest.mark.parametrize("text, expected", [
    ("A Yunfu city department ran a 1.5 million yuan project without hiring a supervision firm. Is there a fine for that?",
     "not_specified"),   # the text names no fine
    ("Zhonglou: we skipped the 计划任务书 filing on the platform. Is that fine?", "no"),   # "fine" as all right
])
def test_a_fine_asked_by_its_noun(text, expected):
    jid = "yunfu" if "Yunfu" in text else "zhonglou"
    assert first_finding(text, jid)["verdict"] == expected


def test_a_share_over_a_base_of_two_words():
    # 超过概算总投资的10%: more than 10%, the base 概算总投资 between the word and the number
    found = first_finding("钟楼区项目调整金额超过概算总投资的10%了，还能走调整申请吗", "zhonglou")
    assert (found["verdict"], found["citations"][0]["article"]) == ("no", "第二十六条")


@pytest.mark.parametrize("text, jid, expected", [
    ("云浮跟文登的验收要求一样吗？", "wendeng", "info"),                      # each place's own rule told
    ("Are Zhonglou's and Longgang's supervision thresholds the same?", "zhonglou", "info"),
    # look-alike: 一样都要 asks whether both need it
    ("钟楼和龙岗80万的项目是不是一样都要监理？", "zhonglou", "yes"),
])
def test_whether_places_rules_are_alike(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("In Longgang, can the 监理 fee be counted inside the project's total investment?", "longgang", "not_specified"),
    ("In Yunfu, can the 监理 fee be counted inside the project's total investment?", "yunfu", "yes"),
])
def test_a_chinese_term_with_an_english_fee(text, jid, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == ("supervision_fee", expected)


def test_quality_reg_is_the_registration():
    assert first_finding("SZ quality reg deadline?", "shenzhen")["topic"] == "quality_registration"


@pytest.mark.parametrize("text, expected", [
    ("I'm a new inspector at the Shenzhen quality supervision agency. Can I do the on-site supervision check by myself?", "no"),
    ("Shenzhen quality supervision agency: can I do tomorrow's spot check on my own?", "no"),   # 2名以上人员参加
    # look-alike: two people
    ("Shenzhen quality supervision agency: can two of us do tomorrow's on-site supervision check?", "yes"),
])
def test_one_inspector_said_in_the_first_person(text, expected):
    assert first_finding(text, "shenzhen")["verdict"] == expected


@pytest.mark.parametrize("text, expected", [
    ("文登区审计的时候，项目建设单位可以拒绝提供资料吗？", "no"),                 # 不得拒绝、隐匿或者瞒报
    # look-alikes: the duty asked plainly, and a body withholding what the text lets it withhold
    ("文登区审计时建设单位要提供项目资料吗？", "yes"),
    ("Wendeng: a unit wants to extend its own server room. Can the big data centre refuse to approve it?", "yes"),
])
def test_a_duty_refused_is_left_out(text, expected):
    assert first_finding(text, "wendeng")["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    ("作为评审专家，钟楼区项目论证时的评审意见需要本人签名吗", "zhonglou", "not_specified"),   # the text names no signature
    ("Yunfu: does the acceptance report have to be stamped?", "yunfu", "not_specified"),
    # look-alikes: a text that names one (深圳 第十九条), and a signature proposed as enough
    ("深圳质监机构现场检查的记录需要签字吗", "shenzhen", "yes"),
    ("龙岗一个1500万的新动议项目，请分管区领导签个字就能报审了吧", "longgang", "no"),
])
def test_a_formality_the_text_never_names(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


@pytest.mark.parametrize("text, jid, expected", [
    # taking part in a step the unit leads (第三十条 参与竣工验收会; 第二十四条 共同确认): not answered as another's duty
    ("我们是监理单位，龙岗项目的竣工验收会我们要参加吗？", "longgang", "yes"),
    ("我们是承建单位，龙岗项目变更要我们一起确认吗？", "longgang", "yes"),
    ("Vendor here: in Longgang, do we join the expert completion acceptance meeting?", "longgang", "yes"),
    # leading it is another matter (第二十六条 项目建设单位负责组织…共同完成合同初步验收)
    ("我是承建方，龙岗的合同初步验收是我们来组织吗？", "longgang", "no"),
])
def test_taking_part_is_not_leading(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_report_asked_at_another_period_than_the_texts():
    # 龙岗 第二十条 按月报送项目进度: no quarter anywhere in the text, the month set instead
    found = first_finding("龙岗项目要每季度报送进度吗？", "longgang")
    assert (found["verdict"], found["citations"][0]["article"]) == ("no", "第二十条")


def test_a_covered_place_said_twice_beside_one_outside():
    # 文登那边 (over in Wendeng) says where, not like what; the first mention is listed with 杭州西湖区
    found = first_finding("杭州西湖区和文登都要建新机房，文登那边新购服务器的项目能批吗？", "wendeng")
    assert found["verdict"] == "no"


@pytest.mark.parametrize("text, jid, expected", [
    ("龙岗的上线安全测试是第三方测评机构做的吧？", "longgang", "no"),     # 第二十八条: 区信息化主管部门…开展安全测试
    ("龙岗的上线安全测试是区信息化主管部门做的吧？", "longgang", "yes"),
    ("深圳的办法是市发改委负责解释的吧", "shenzhen", "no"),              # 第二十六条: 市信息化主管部门负责解释
    ("Shenzhen: the measures are interpreted by the city development and reform commission (发改委), right?", "shenzhen", "no"),
    ("深圳的办法是市信息化主管部门负责解释的吧", "shenzhen", "yes"),
])
def test_more_bodies_believed_of_a_step(text, jid, expected):
    found = first_finding(text, jid)
    assert (found["topic"], found["verdict"]) == ("actor", expected)


@pytest.mark.parametrize("text, jid, expected", [
    # a consequence named that the place's text never sets: silent on it, not the duty's yes
    ("深圳项目检查发现质量问题没整改，会被罚款吗？", "shenzhen", "not_specified"),
    ("Longgang: is there a fine if we don't send the monthly progress report?", "longgang", "not_specified"),
    ("Yunfu: our project will be delivered late. Will the funds be held back?", "yunfu", "not_specified"),
    # look-alike: a consequence the text sets (文登 第二十八条 暂缓拨付建设资金)
    ("文登区大数据中心监督检查发现我们项目违规，我们一直没整改，会被暂缓拨付建设资金吗", "wendeng", "yes"),
])
def test_a_named_consequence_the_text_never_sets(text, jid, expected):
    assert first_finding(text, jid)["verdict"] == expected


def test_a_report_written_by_the_vendor_in_the_testings_place():
    # a claim of who writes a report (承建单位自己出的测试报告) is not settled by another step's sentence (第二十八条 安全测试)
    found = first_finding("龙岗区项目试运行期间，我们想用承建单位自己出的测试报告代替第三方验收测评报告，作为合同终验的依据，可以吗？",
                          "longgang")
    assert (found["verdict"], found["citations"][0]["article"]) == ("no", "第二十七条")


def test_next_asked_cites_no_article_for_its_words():
    # 下一步's 一步 is no word of 第一条's 进一步加强: the registration's own article, not the purpose clause
    found = [f for f in get_kb().ask("深圳：我们项目的质量监督登记已经做完了，下一步呢？")["findings"] if f["topic"] == "quality_registration"]
    assert found and "第一条" not in [c["article"] for c in found[0]["citations"]]
