"""iCalendar export: one event per deadline with its rule and article, and an alarm before it."""
import argparse
from datetime import date, timedelta

from icalendar import Calendar

from bot import cli_deadlines
from knowledge.time import deadlines as dl
from knowledge.time.ics import to_ics, write_ics

EVENTS = {"contract_signed": date(2026, 10, 26), "quality_registered": date(2026, 11, 2)}


def _read(path):
    return Calendar.from_ical(path.read_bytes())


def test_written_file_reads_back(tmp_path):
    items = dl.compute("shenzhen", EVENTS, until=date(2027, 3, 31))
    path = write_ics(tmp_path / "d.ics", items, title="深圳")
    cal = _read(path)
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(items) == 2
    for ev, d in zip(sorted(events, key=lambda e: e.decoded("dtstart")), items, strict=True):
        assert ev.decoded("dtstart") == d.due
        assert ev.decoded("dtend") == d.due + timedelta(days=1)
        desc = str(ev.get("description"))
        assert d.citations[0]["article"] in desc and d.citations[0]["quote"] in desc
        assert d.rule in desc and "深圳市信息工程质量监督管理暂行办法" in desc
        assert d.title in str(ev.get("summary"))
        alarms = list(ev.walk("VALARM"))
        assert len(alarms) == 1
        trigger = alarms[0].decoded("trigger")
        assert trigger < timedelta(0)                       # before the deadline
        assert str(alarms[0].get("action")) == "DISPLAY"
    provisional = [e for e in events if e.decoded("dtstart") == date(2027, 1, 5)][0]
    assert "[暂定]" in str(provisional.get("summary"))


def test_uids_are_unique_and_stable():
    items = dl.compute("longgang", {"contract_signed": date(2026, 1, 26)}, amount=3_000_000)
    first = Calendar.from_ical(to_ics(items))
    second = Calendar.from_ical(to_ics(items))
    uids = [str(e.get("uid")) for e in first.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == len(items)
    assert uids == [str(e.get("uid")) for e in second.walk("VEVENT")]


def test_authority_deadline_is_marked(tmp_path):
    items = dl.compute("wendeng", {"acceptance_requested": date(2026, 9, 28)})
    ev = next(iter(Calendar.from_ical(to_ics(items)).walk("VEVENT")))
    assert "[主管部门]" in str(ev.get("summary")) and ev.decoded("dtstart") == date(2026, 10, 10)  # 29, 30 Sep, 8, 9, Sat 10 Oct


def test_cli_ics_option(tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="bot")
    cli_deadlines.add_parser(parser.add_subparsers(dest="command"))
    target = tmp_path / "out.ics"
    args = parser.parse_args(["deadlines", "--jurisdiction", "zhonglou", "--event", "contract_signed=2026-06-01",
                              "--event", "trial_run_ended=2026-08-10", "--until", "2026-12-31", "--json",
                              "--ics", str(target)])
    assert args.func(args) == 0
    capsys.readouterr()
    dues = sorted(e.decoded("dtstart") for e in _read(target).walk("VEVENT"))
    assert date(2026, 9, 9) in dues and len(dues) == 4
    bad = parser.parse_args(["deadlines", "--jurisdiction", "zhonglou", "--event", "contract_signed=2026-06-01",
                             "--ics", str(tmp_path / "missing" / "x.ics")])
    assert bad.func(bad) == 2
    assert "--ics" in capsys.readouterr().err


def test_dicts_as_the_chat_layer_stores_them():
    items = [dl.deadline_to_dict(d) for d in dl.compute("zhonglou", {"trial_run_ended": date(2026, 8, 10)},
                                                       until=date(2026, 9, 30))]
    stored = [{**{k: v for k, v in d.items() if k != "title"}, "title": {"zh": d["title"], "en": d["title_en"]}}
              for d in items]
    cal = Calendar.from_ical(to_ics(stored, calendar_name="我的项目"))
    assert str(cal.get("x-wr-calname")) == "我的项目"
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [date(2026, 9, 9), date(2026, 9, 30)]
    assert "第二十八条" in str(events[0].get("description")) and len(list(events[0].walk("VALARM"))) == 1
    minimal = Calendar.from_ical(to_ics([{"key": "x", "due": "2026-12-01", "title": "自定义"}]))
    assert next(iter(minimal.walk("VEVENT"))).decoded("dtstart") == date(2026, 12, 1)
