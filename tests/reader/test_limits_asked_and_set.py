"""Readings from the twenty-sixth session (issue 8): a time limit asked of a step the text gives none for, where
another step's number stands near it (初验结束3月后 is a wait before the final acceptance, not a limit on its report),
a length the asker set asked to be allowed (这个期限合规吗), whether the text sets a limit at all ("is there a
deadline", 有没有规定几天内), and what the question's earlier clause names when it is typed with spaces. Each has a
look-alike where the text does give the number. The questions are the project's own sentences (none is an evaluation
case)."""
import pytest
from reader_answers import first_verdict, topic_verdicts, verdicts

from knowledge.base import get_kb
from knowledge.reader.quantity import asked, measure

_first = first_verdict


@pytest.mark.parametrize("question, jid, verdict", [
    # a limit on the report after the final acceptance, which 钟楼 第二十八条 does not set; the three months after the
    # initial acceptance are a wait before the application, not it
    ("钟楼的项目终验会开完，验收报告大数据局几个工作日内出", "zhonglou", "not_specified"),
    ("钟楼 终验结束 大数据管理局多少天内出具终验报告", "zhonglou", "not_specified"),
    # the look-alike: a limit the text does set, within days of an event
    ("钟楼 试运行结束后几天内要把初验做了", "zhonglou", "info"),
    ("龙岗 合同签完以后几个工作日内报政数局备案", "longgang", "info"),
])
def test_a_limit_asked_where_a_wait_before_another_step_stands(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_an_aside_in_brackets_does_not_part_the_words_measured():
    """项目验收(终验)报告 names the 验收报告 asked."""
    a = asked("终验以后验收报告几天内出")[0]
    assert measure(a, "组织验收专家组进行项目终验并出具项目验收(终验)报告") == "silent"


@pytest.mark.parametrize("question, jid, verdict", [
    # a length the asker set, asked to be allowed, where the text sets none: silence, not a yes
    ("深圳 质监检查发现的问题 我们准备两个月内整改到位 这个期限合规吗", "shenzhen", "not_specified"),
    ("钟楼区的系统试运行准备跑半个月，这个期限符合规定吗", "zhonglou", "not_specified"),
    ("Shenzhen city project: we were told to rectify the inspection findings and plan to take six weeks. Is that timeframe acceptable?",
     "shenzhen", "not_specified"),
])
def test_a_length_set_by_the_asker_asked_to_be_allowed(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_a_length_the_text_sets_still_decides():
    """文登 sets the trial run before acceptance (3 to 6 months): two months is too short."""
    assert topic_verdicts("文登 试运行准备跑两个月就验收 这个期限合规吗", "wendeng").get("acceptance_timing") == "no"


@pytest.mark.parametrize("question, jid, verdict", [
    ("Zhonglou: is there a deadline for the yearly performance self-evaluation report? We were going to upload it in March.",
     "zhonglou", "yes"),
    ("Wendeng: is there any time limit for the post-evaluation?", "wendeng", "not_specified"),
    ("Longgang: is there a deadline for filing the contract with the district after signing?", "longgang", "yes"),
    ("龙岗 项目竣工验收报告报区里备案 有没有规定多少天内报", "longgang", "not_specified"),
])
def test_whether_the_text_sets_a_limit(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_the_clause_before_names_what_is_timed_when_typed_with_spaces():
    """试运行打算跑一个月 这个期限: what the length is of is the clause before, parted by a space."""
    spaced = asked("试运行打算跑一个月 这个期限合规吗")
    commas = asked("试运行打算跑一个月，这个期限合规吗")
    assert spaced and "运行" in spaced[0].head and spaced[0].head == commas[0].head
    assert topic_verdicts("钟楼 试运行打算跑一个月 这个期限合规吗", "zhonglou").get("trial_run") == "not_specified"


@pytest.mark.parametrize("question, jid, topic, verdict", [
    # the event dated, the day proposed said by date, today, or a weekday to come
    ("龙岗 合同本周一签的 中标通知书和合同复印件打算12月21号再报区里备案 可以吗", "longgang", "contract_filing", "no"),
    ("龙岗 合同本周一签的 中标通知书和合同复印件打算12月10号报区里备案 可以吗", "longgang", "contract_filing", "yes"),
    ("钟楼 初验是8月20号结束的 今天能提交终验申请吗", "zhonglou", "final_acceptance", "yes"),
    ("钟楼 初验是10月20号结束的 今天能提交终验申请吗", "zhonglou", "final_acceptance", "no"),
    ("Zhonglou: our initial acceptance ended on 20 October. Can we apply for the final acceptance today?",
     "zhonglou", "final_acceptance", "no"),
    ("Shenzhen city project, contract signed last Friday, not filed with the procurement centre. Is it OK if we register "
     "for quality supervision on Tuesday Dec 8?", "shenzhen", "quality_registration", "no"),
])
def test_a_day_proposed_against_an_event_said_relative_to_today(monkeypatch, question, jid, topic, verdict):
    monkeypatch.setenv("BOT_TODAY", "2026-12-04")
    assert topic_verdicts(question, jid).get(topic) == verdict


def test_a_day_to_come_said_with_the_step_taken_then(monkeypatch):
    """验收申请函上周一交的，他们说下周二再组织验收组: 文登 第三十五条 gives the centre 5 working days."""
    monkeypatch.setenv("BOT_TODAY", "2026-12-04")
    assert "no" in topic_verdicts("文登 验收申请函上周一交给区大数据中心了 他们说下周二再组织验收组 这样合规吗", "wendeng").values()


def test_both_events_count_when_one_is_dated_and_one_is_relative(monkeypatch):
    """合同11月18号签的，采购中心备案这周一才通过: 深圳 第十六条 counts from the filing's approval."""
    monkeypatch.setenv("BOT_TODAY", "2026-12-04")
    answer = get_kb().ask("深圳 合同11月18号签的 采购中心备案这周一才通过 质量监督登记最晚哪天")["answer"]
    assert "2026-12-07" in answer or "12月7日" in answer


@pytest.mark.parametrize("question, jid, verdict", [
    ("龙岗 试运行期间的第三方验收测评想省掉 行不", "longgang", "no"),
    ("钟楼 终验材料里的监理报告能不交吗", "zhonglou", "no"),
    ("钟楼的项目验收，材料里要有监理报告吗", "zhonglou", "yes"),
    ("Zhonglou: the supervision report is optional in the acceptance documents, right?", "zhonglou", "no"),
    # look-alikes: money saved for a step (省下), a document no list names, left out
    ("钟楼 我们打算省下一部分开发费用来做等保测评 可以吗", "zhonglou", "yes"),
    ("Zhonglou: our acceptance documents don't include a photo album of the site. Is that acceptable?", "zhonglou", "yes"),
    ("Is supervision optional for a 60w project in Zhonglou?", "zhonglou", "no"),
    ("Do Zhonglou projects of 60w have to hire a supervisor, or is that optional?", "zhonglou", "yes"),
])
def test_a_step_or_document_left_out_or_said_optional(question, jid, verdict):
    assert verdict in verdicts(question, jid)


@pytest.mark.parametrize("question, jid, verdict", [
    ("深圳 监理总结报告让承建方帮忙写一下 行吧", "shenzhen", "no"),
    ("深圳 监理总结报告是监理方写的吧", "shenzhen", "yes"),
    # (让设计方写 names no body asked to write for another: 龙岗 第十二条 has a qualified firm 编制 it, which 写 alone
    # does not claim)
    ("龙岗 初步设计方案可以让设计方写吗", "longgang", "yes"),
    ("钟楼 初验能不能请区大数据管理局替我们组织", "zhonglou", "no"),
    ("Zhonglou: could the big data bureau run the initial acceptance for us?", "zhonglou", "no"),
])
def test_a_step_handed_to_a_party_the_text_does_not_name(question, jid, verdict):
    assert _first(question, jid) == verdict


def test_the_subcontractor_said_alone_responsible():
    assert "no" in verdicts("Shenzhen: once the prime contractor subcontracts a module, can it claim the subcontractor alone is "
                            "liable for that module's quality?", "shenzhen")


@pytest.mark.parametrize("question, jid, verdict", [
    ("钟楼 试运行只跑三周 然后就初验 行吗", "zhonglou", "not_specified"),
    ("文登 试运行就跑两个月 然后验收 行吗", "wendeng", "no"),
])
def test_a_length_said_as_all_a_step_is_given(question, jid, verdict):
    assert verdict in verdicts(question, jid)
