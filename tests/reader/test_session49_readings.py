"""Readings from the forty-ninth session (issue 8), each with a look-alike that must keep its answer. The questions are
the project's own sentences (none is an evaluation case). A leading question is answered of the statement it puts
forward: yes when the text bears it out, no when it does not."""
import pytest
from reader_answers import first_verdict as verdict

from knowledge.reader.amounts import find_amounts


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("BOT_TODAY", "2026-12-07")


# --- the changes named in English, their sum said with a Chinese verb: the changes' figure, not the project's ---

@pytest.mark.parametrize("text, expected", [
    ("Longgang: the variations 到了30万 on a 240万 contract, approval needed?", [(300000, "change_amount"), (2400000, "contract_amount")]),
    ("Zhonglou, contract 150万, change orders 已经累计达到18万 — is that allowed?", [(1500000, "contract_amount"), (180000, "change_amount")]),
    ("Zhonglou: adjustments 一共有9万, contract 150万", [(90000, "change_amount"), (1500000, "contract_amount")]),
])
def test_changes_named_in_english_summed_in_chinese(text, expected):
    assert [(a.value, a.role) for a in find_amounts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Budget 到了 80万 after the review", [(800000, "total")]),            # a budget grown, not a change
    ("the contract 是 120万", [(1200000, "contract_amount")]),
])
def test_no_change_named(text, expected):
    assert [(a.value, a.role) for a in find_amounts(text)] == expected


def test_the_share_of_changes_summed_in_chinese_decides():
    assert verdict("Longgang: the variations 到了30万 on a 240万 contract, do we need approval?", "longgang") == "yes"
