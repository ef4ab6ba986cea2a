"""Deadline rules of the five jurisdictions, their citations, and the ``deadlines`` command."""
import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot import cli_deadlines
from knowledge.texts.corpus import parse_numbered, parse_sections, read_text
from knowledge.time import deadlines as dl
from knowledge.time.workdays import WorkCalendar

ROOT = Path(__file__).resolve().parent.parent
D = date.fromisoformat


def dues(items, key=None):
    return [(d.due.isoformat(), d.key) for d in items if key is None or d.key == key]


def one(items, key):
    found = [d for d in items if d.key == key]
    assert len(found) == 1, dues(items)
    return found[0]


# ------------------------------------------------------------------------------ citation integrity
@pytest.mark.parametrize("jid", ["shenzhen", "longgang", "wendeng", "zhonglou", "yunfu"])
def test_every_quote_is_in_its_cited_article(jid):
    rs = dl.load_rules(jid)
    text = read_text(jid)
    articles = parse_sections(jid, text, rs.sections) if rs.articles == "sections" else parse_numbered(jid, text)
    by_label = {a.label: a for a in articles}
    citations = [c for r in rs.rules for c in r.citations] + list(rs.applies_citations)
    assert citations
    for c in citations:
        assert c["doc"] == jid
        assert c["article"] in by_label, c
        assert by_label[c["article"]].contains(c["quote"]), c


def test_all_five_jurisdictions_have_rules():
    assert dl.jurisdictions() == ("longgang", "shenzhen", "wendeng", "yunfu", "zhonglou")
    for jid in dl.jurisdictions():
        assert dl.load_rules(jid).rules


# ------------------------------------------------------------------------------ the sample cases
def test_shenzhen_registration_5_working_days_over_dragon_boat():
    items = dl.compute("shenzhen", {"contract_signed": D("2026-06-16")}, until=D("2026-07-31"))
    reg = one(items, "quality_registration")
    assert reg.due == D("2026-06-24") and not reg.provisional and reg.kind == "due"
    assert reg.citations[0]["article"] == "第十六条"
    assert "第5个工作日" in reg.rule and "起算日不计入" in reg.rule


def test_shenzhen_filing_takes_precedence_over_signing():
    items = dl.compute("shenzhen", {"contract_signed": D("2026-06-01"), "contract_filed": D("2026-06-16")})
    reg = one(items, "quality_registration")
    assert reg.due == D("2026-06-24") and reg.trigger == "contract_filed"


def test_shenzhen_quarterly_report_2027_is_provisional():
    items = dl.compute("shenzhen", {"contract_signed": D("2026-10-26"), "quality_registered": D("2026-11-02")},
                       until=D("2027-03-31"))
    q = one(items, "quality_quarterly_report")
    assert q.due == D("2027-01-05") and q.provisional and q.citations[0]["article"] == "第十七条"
    assert "暂定" in q.rule and "Provisional" in q.rule_en
    reg = one(items, "quality_registration")
    assert reg.due == D("2026-11-02") and reg.done


def test_shenzhen_quarterly_report_after_national_day_and_until_acceptance():
    items = dl.compute("shenzhen", {"quality_registered": D("2026-08-20"),
                                    "final_acceptance_passed": D("2027-02-10")}, until=D("2027-12-31"))
    # Q3 2026 due 5 October, a holiday: 节假日顺延 to 8 October; Q4 on 5 January; Q1 2027 (acceptance) last
    assert dues(items, "quality_quarterly_report") == [
        ("2026-10-08", "quality_quarterly_report"), ("2027-01-05", "quality_quarterly_report"),
        ("2027-04-06", "quality_quarterly_report")]
    first = items[0]
    assert first.due == D("2026-10-08") and "2026年10月5日" in first.rule and "节假日顺延" in first.rule


def test_quarterly_reports_start_at_the_first_quarter_day_after_registration():
    # registered on 2 October: the 5 October report (on Q3, moved to 8 October) is the first one
    items = dl.compute("shenzhen", {"quality_registered": D("2026-10-02")}, until=D("2027-02-01"))
    assert dues(items, "quality_quarterly_report") == [("2026-10-08", "quality_quarterly_report"),
                                                       ("2027-01-05", "quality_quarterly_report")]
    assert items[0].title.startswith("报送2026年第3季度")
    # registered on 9 October (after the 5th): next report in January, on Q4
    items = dl.compute("shenzhen", {"quality_registered": D("2026-10-09")}, until=D("2027-02-01"))
    assert dues(items, "quality_quarterly_report") == [("2027-01-05", "quality_quarterly_report")]


def test_longgang_contract_filing_10_working_days():
    items = dl.compute("longgang", {"contract_signed": D("2026-01-26")}, amount=3_000_000, until=D("2026-03-31"))
    f = one(items, "contract_filing")
    assert f.due == D("2026-02-09") and f.citations[0]["article"] == "第十九条"


def test_longgang_filing_across_spring_festival():
    # 2 Feb 2026 + 10 working days: 3-6 Feb (4), 9-13 (9), Sat 14 (10)
    items = dl.compute("longgang", {"contract_signed": D("2026-02-02")}, amount=600_000)
    assert one(items, "contract_filing").due == D("2026-02-14")


def test_longgang_monthly_reports_default_day_and_yearly_report():
    items = dl.compute("longgang", {"contract_signed": D("2026-03-15"), "final_acceptance_passed": D("2027-05-20")},
                       amount=2_000_000, until=D("2027-12-31"))
    monthly = [d for d in items if d.key == "monthly_progress_report"]
    assert monthly[0].due == D("2026-04-10")               # March 2026, the first month
    assert monthly[-1].title.startswith("报送2027年5月")    # the month of completion acceptance
    assert D("2026-05-11") in [d.due for d in monthly]    # 10 May 2026 is a Sunday
    assert all("默认" in d.rule for d in monthly)
    assert dues(items, "annual_performance_report") == [("2026-12-31", "annual_performance_report")]
    assert one(items, "annual_performance_report").citations[0]["article"] == "第二十二条"


def test_longgang_surplus_funds_30_working_days():
    items = dl.compute("longgang", {"final_accounts_concluded": D("2026-09-01")}, amount=1_000_000)
    s = one(items, "surplus_funds")
    # 中秋 (Fri 25 Sep) and 1-7 Oct are off, Sun 20 Sep and Sat 10 Oct are worked;
    # counted: 2-4, 7-11, 14-18, 21-24, 28-30 Sep = 3+5+5+4+3 = 20, + Sun 20 Sep = 21;
    # 8 Oct 22, 9 Oct 23, Sat 10 Oct 24, 12-16 Oct 29, 19 Oct 30
    assert s.due == D("2026-10-19") and s.citations[0]["article"] == "第三十六条"


def test_longgang_below_threshold_lists_nothing():
    sched = dl.plan("longgang", {"contract_signed": D("2026-01-26")}, amount=499_999)
    assert sched.applicable is False and sched.deadlines == []
    assert "50万元" in sched.notes[0][0]
    assert dl.plan("longgang", {"contract_signed": D("2026-01-26")}, amount=500_000).applicable is True


def test_longgang_authority_deadlines_and_feasibility_threshold():
    events = {"feasibility_accepted": D("2026-09-29"), "security_test_requested": D("2026-04-30")}
    items = dl.compute("longgang", events, amount=60_000_000, start=D("2026-01-01"))
    fs = one(items, "feasibility_review")
    assert fs.party == "authority" and fs.due == D("2026-10-12")   # 30 Sep, 8, 9, Sat 10, 12 Oct
    sec = one(items, "security_test_report")
    assert sec.party == "authority" and sec.due == D("2026-05-08")  # 6, 7, 8 May (1-5 May off, Sat 9 worked)
    small = dl.compute("longgang", events, amount=10_000_000, start=D("2026-01-01"))
    assert not [d for d in small if d.key == "feasibility_review"]


def test_wendeng_immediate_filing_and_acceptance_window():
    items = dl.compute("wendeng", {"contract_signed": D("2026-03-10"), "trial_run_started": D("2026-05-31")},
                       until=D("2027-06-30"))
    assert one(items, "contract_filing").due == D("2026-03-10")
    opens = one(items, "acceptance_window_opens")
    closes = one(items, "acceptance_window_closes")
    assert opens.kind == "opens" and opens.due == D("2026-08-31") and not opens.provisional
    assert closes.kind == "due" and closes.due == D("2026-11-30")
    assert {c["article"] for c in opens.citations} == {"第三十六条"}


def test_wendeng_edge_signed_on_a_holiday_and_window_month_end():
    items = dl.compute("wendeng", {"contract_signed": D("2026-10-01"), "trial_run_started": D("2026-11-30")})
    assert one(items, "contract_filing").due == D("2026-10-08")
    opens = one(items, "acceptance_window_opens")
    assert opens.due == D("2027-02-28") and "2027年3月1日" in opens.rule          # a Sunday, no month-day 30
    closes = one(items, "acceptance_window_closes")
    assert closes.due == D("2027-05-31") and closes.provisional                  # 30 May 2027 is a Sunday


def test_zhonglou_initial_acceptance_30_days_and_task_book():
    items = dl.compute("zhonglou", {"contract_signed": D("2026-06-01"), "trial_run_ended": D("2026-08-10")},
                       amount=800_000, until=D("2026-12-31"))
    ia = one(items, "initial_acceptance")
    assert ia.due == D("2026-09-09") and ia.citations[0]["article"] == "第二十八条"
    assert one(items, "task_book_filing").due == D("2026-07-01")
    assert dues(items, "annual_plan") == [("2026-09-30", "annual_plan")]
    assert dues(items, "self_evaluation") == [("2026-11-30", "self_evaluation")]


def test_zhonglou_edges_holiday_end_final_opens_and_decommission():
    items = dl.compute("zhonglou", {"trial_run_ended": D("2026-09-02"), "initial_acceptance_passed": D("2026-09-30"),
                                    "decommission_planned": D("2027-06-30")}, until=D("2027-12-31"))
    ia = one(items, "initial_acceptance")
    assert ia.due == D("2026-10-08") and ia.done        # 2 Oct is a holiday
    fo = one(items, "final_acceptance_application_opens")
    assert fo.kind == "opens" and fo.due == D("2026-12-30")
    dr = one(items, "decommission_report")
    assert dr.due == D("2027-05-31") and dr.citations[0]["article"] == "第三十八条"
    # yearly items for each year inside the window
    assert [d.due.isoformat() for d in items if d.key == "self_evaluation"] == ["2026-11-30", "2027-11-30"]
    assert [d.title for d in items if d.key == "annual_plan"] == ["申报2027年度政务信息化项目建设计划",
                                                                   "申报2028年度政务信息化项目建设计划"]


def test_yunfu_annual_plan_every_year_in_window():
    items = dl.compute("yunfu", {"approved": D("2026-01-10")}, until=D("2028-12-31"))
    assert dues(items) == [("2026-11-30", "annual_plan"), ("2027-11-30", "annual_plan"),
                           ("2028-11-30", "annual_plan")]
    assert items[0].citations[0]["article"] == "立项·第1段"
    assert all(not d.provisional for d in items)        # a fixed date does not depend on the calendar


def test_adding_the_official_2027_schedule_makes_dates_final(tmp_path):
    events = {"contract_signed": D("2026-10-26"), "quality_registered": D("2026-11-02")}
    before = one(dl.compute("shenzhen", events, until=D("2027-03-31")), "quality_quarterly_report")
    assert before.provisional and before.due == D("2027-01-05")
    (tmp_path / "2027.json").write_text(json.dumps({
        "year": 2027, "source": "test schedule",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-05"}],
        "workdays": []}), encoding="utf-8")
    after = one(dl.compute("shenzhen", events, until=D("2027-03-31"), calendar=WorkCalendar(tmp_path)),
                "quality_quarterly_report")
    assert not after.provisional and after.due == D("2027-01-06") and "暂定" not in after.rule


def test_results_are_in_date_order_within_the_window():
    items = dl.compute("longgang", {"contract_signed": D("2026-01-26")}, amount=3_000_000)
    assert [d.due for d in items] == sorted(d.due for d in items)
    assert all(D("2026-01-26") <= d.due <= D("2027-01-26") for d in items)


# ------------------------------------------------------------------------------ input errors
@pytest.mark.parametrize("events", [
    {"trial_run_started": D("2026-05-01"), "trial_run_ended": D("2026-04-01")},
    {"initial_acceptance_passed": D("2026-05-01"), "final_acceptance_passed": D("2026-04-01")},
    {"approved": D("2026-05-01"), "contract_signed": D("2026-04-01")},
    {"approved": D("2026-05-01"), "final_accounts_concluded": D("2026-04-01")},   # through the closure
    {"contract_signed": D("2026-05-01"), "quality_registered": D("2026-04-01")},
])
def test_impossible_event_order(events):
    with pytest.raises(dl.DeadlineError, match="impossible event order"):
        dl.compute("shenzhen", events)


def test_jurisdiction_order_rules():
    with pytest.raises(dl.DeadlineError):
        dl.compute("zhonglou", {"trial_run_ended": D("2026-05-01"), "initial_acceptance_passed": D("2026-04-01")})
    with pytest.raises(dl.DeadlineError):
        dl.compute("longgang", {"trial_run_started": D("2026-05-01"), "initial_acceptance_passed": D("2026-06-01")})
    # the same order is fine where the text does not impose it
    dl.compute("wendeng", {"trial_run_started": D("2026-05-01"), "initial_acceptance_passed": D("2026-04-01")})


def test_api_errors():
    with pytest.raises(dl.DeadlineError, match="unknown jurisdiction"):
        dl.compute("beijing", {})
    with pytest.raises(dl.DeadlineError, match="unknown event"):
        dl.compute("shenzhen", {"signed": D("2026-01-01")})
    with pytest.raises(dl.DeadlineError, match="amount"):
        dl.compute("shenzhen", {"contract_signed": D("2026-01-01")}, amount=-1)


# ------------------------------------------------------------------------------ the command
def cli(capsys, *argv):
    parser = argparse.ArgumentParser(prog="bot")
    cli_deadlines.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["deadlines", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


SAMPLES = [  # hand-checked: (jurisdiction, amount, events, until, article, due, provisional)
    ("shenzhen", None, {"contract_signed": "2026-06-16"}, "2026-07-31", "第十六条", "2026-06-24", False),
    ("longgang", 3000000, {"contract_signed": "2026-01-26"}, "2026-03-31", "第十九条", "2026-02-09", False),
    ("zhonglou", 800000, {"contract_signed": "2026-06-01", "trial_run_ended": "2026-08-10"}, "2026-12-31",
     "第二十八条", "2026-09-09", False),
    ("shenzhen", None, {"contract_signed": "2026-10-26", "quality_registered": "2026-11-02"}, "2027-03-31",
     "第十七条", "2027-01-05", True),
]


@pytest.mark.parametrize("jid, amount, events, until, article, due, provisional", SAMPLES)
def test_cli_samples(capsys, jid, amount, events, until, article, due, provisional):
    argv = ["--jurisdiction", jid, "--until", until, "--json"]
    if amount is not None:
        argv += ["--amount", str(amount)]
    for name, day in events.items():
        argv += ["--event", f"{name}={day}"]
    code, out, err = cli(capsys, *argv)
    assert code == 0, err
    data = json.loads(out)
    hits = [d for d in data["deadlines"] if d["due"] == due and d["provisional"] == provisional
            and any(c["article"] == article for c in d["citations"])]
    assert hits, data["deadlines"]
    for d in data["deadlines"]:
        assert set(d) >= {"key", "title", "due", "kind", "provisional", "rule", "citations"}
        assert d["kind"] in ("due", "opens")
    assert [d["due"] for d in data["deadlines"]] == sorted(d["due"] for d in data["deadlines"])


def test_cli_default_window_is_a_year_from_the_earliest_event(capsys):
    code, out, _ = cli(capsys, "--jurisdiction", "zhonglou", "--event", "contract_signed=2026-06-01", "--json")
    data = json.loads(out)
    assert code == 0 and data["from"] == "2026-06-01" and data["until"] == "2027-06-01"
    assert [d["due"] for d in data["deadlines"]] == ["2026-07-01", "2026-09-30", "2026-11-30"]


def test_cli_table_in_chinese(capsys):
    code, out, _ = cli(capsys, "--jurisdiction", "shenzhen", "--event", "contract_signed=2026-06-16")
    assert code == 0
    assert "日期" in out and "2026-06-24" in out and "完成质量监督登记" in out and "第十六条" in out


def test_cli_below_threshold(capsys):
    code, out, _ = cli(capsys, "--jurisdiction", "longgang", "--amount", "300000",
                       "--event", "contract_signed=2026-01-26", "--json")
    data = json.loads(out)
    assert code == 0 and data["deadlines"] == [] and data["applicable"] is False


@pytest.mark.parametrize("argv, message", [
    (["--jurisdiction", "beijing", "--event", "contract_signed=2026-01-01"], "unknown jurisdiction"),
    (["--event", "contract_signed=2026-01-01"], "--jurisdiction"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=2026-13-01"], "malformed date"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=26-1-1"], "malformed date"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed"], "NAME=DATE"),
    (["--jurisdiction", "shenzhen", "--event", "signed=2026-01-01"], "unknown event"),
    (["--jurisdiction", "shenzhen", "--event", "trial_run_ended=2026-01-01",
      "--event", "trial_run_started=2026-02-01"], "impossible event order"),
    (["--jurisdiction", "shenzhen", "--amount", "-5", "--event", "contract_signed=2026-01-01"], "positive"),
    (["--jurisdiction", "shenzhen", "--amount", "abc", "--event", "contract_signed=2026-01-01"], "amount"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=2026-01-01", "--from", "2026/01/01"], "--from"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=2026-01-01", "--until", "2025-01-01"], "before"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=1999-01-01"], "supported years"),
    (["--jurisdiction", "shenzhen", "--event", "contract_signed=2026-01-01",
      "--event", "contract_signed=2026-01-02"], "twice"),
])
def test_cli_errors_are_one_line_exit_2(capsys, argv, message):
    code, out, err = cli(capsys, *argv, "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


HARNESS = """
import argparse, sys
from bot import cli_deadlines
p = argparse.ArgumentParser(prog="bot")
cli_deadlines.add_parser(p.add_subparsers(dest="command"))
a = p.parse_args(sys.argv[1:])
sys.exit(a.func(a))
"""


def test_cli_in_a_fresh_process():
    ok = subprocess.run([sys.executable, "-c", HARNESS, "deadlines", "--jurisdiction", "shenzhen",
                         "--event", "contract_signed=2026-06-16", "--json"],
                        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and json.loads(ok.stdout)["deadlines"][0]["due"] == "2026-06-24"
    bad = subprocess.run([sys.executable, "-c", HARNESS, "deadlines", "--jurisdiction", "shenzhen",
                          "--event", "contract_signed=2026-02-30", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and bad.stdout == "" and len(bad.stderr.strip().splitlines()) == 1


def test_cli_help_lists_every_event():
    listed = {w.strip(",") for w in cli_deadlines.EPILOG.split()}
    assert set(dl.ALL_EVENTS) <= listed


def test_cli_module_imports_nothing_heavy():
    code = ("import sys; import bot.cli_deadlines; "
            "print(any(m in sys.modules for m in ('yaml', 'chinese_calendar', 'icalendar', 'knowledge.time.deadlines')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
