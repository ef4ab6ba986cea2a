"""Readings from the forty-first session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case)."""
import pytest
from reader_answers import first_finding


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-06")


# --- whether a body may withhold what the text withholds ---

@pytest.mark.parametrize("text, jid, expected", [
    ("In Longgang, may the finance bureau withhold O&M money from a system whose completion acceptance was never filed?",
     "longgang", "yes"),
    ("龙岗区的系统竣工验收一直没备案，财政局有权不给运维经费吗？", "longgang", "yes"),
    ("Wendeng: a unit wants to extend its own server room. Can the big data centre refuse to approve it?", "wendeng", "yes"),
    # look-alikes: asked the plain way round, and a rhetorical 总不会不批吧 (surely not refused?)
    ("In Longgang, does a system whose completion acceptance was never filed still get O&M funds?", "longgang", "no"),
    ("文登我们打算扩建一下部门机房，总不会不批吧？", "wendeng", "no"),
])
def test_may_a_body_withhold_what_the_text_withholds(text, jid, expected):
    """"Can they refuse / withhold" asks whether the thing is withheld: yes where the text withholds it."""
    assert first_finding(text, jid)["verdict"] == expected
