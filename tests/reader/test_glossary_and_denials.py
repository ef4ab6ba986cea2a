"""Readings from the twelfth session (issue 8): English questions no topic matches found by search through
the regulations' own words (``knowledge/reader/en_glossary.yaml``), liability denied in other words, a procedure
not followed said with 不按, and work still under way asked in English. The questions are the project's own
sentences (none is an evaluation case)."""
import re
from pathlib import Path

import pytest
import yaml
from reader_answers import verdicts

from knowledge.base import get_kb
from knowledge.reader.glossary import chinese_words

_ROOT = Path(__file__).resolve().parents[2]


def test_every_glossary_word_is_a_word_of_the_regulations():
    texts = "".join(p.read_text(encoding="utf-8") for p in (_ROOT / "knowledge" / "regulations").glob("*.txt"))
    table = yaml.safe_load((_ROOT / "knowledge" / "reader" / "en_glossary.yaml").read_text(encoding="utf-8"))
    missing = [(k, w) for k, words in table.items() for w in words if w not in texts]
    assert not missing


def test_the_glossary_matches_word_starts_and_prefers_the_longer_key():
    assert chinese_words("the third-party acceptance tests") == ["第三方", "验收测评"]
    assert chinese_words("Third Party services") == ["第三方", "服务"]
    assert chinese_words("the latest plan") == ["规划", "计划", "方案"]   # no "test" inside "latest"
    assert chinese_words("两个服务") == []


def test_an_english_question_no_topic_matches_is_found_through_the_glossary():
    reply = get_kb().ask("How many kinds of services do Yunfu's city-level IT service projects include?")
    assert re.search(r"5 kinds are listed: 基础设施服务、软件开发服务、运维服务、系统业务运营服务、第三方服务", reply["answer"])


@pytest.mark.parametrize("question, verdict", [
    ("深圳的项目分包那块出了质量问题，跟总承包单位无关吧", "no"),
    ("深圳分包工程的质量只由分包单位负责，对吗", "no"),
    ("深圳分包工程出了质量问题，总包也要负责吗", "yes"),
])
def test_a_liability_denied_in_other_words(question, verdict):
    assert verdict in verdicts(question, "shenzhen")


def test_only_one_doer_of_a_step_is_no_denied_liability():
    """只由建设单位负责组织 says who does it: it is not read as leave to drop the step."""
    assert "no" not in verdicts("深圳的竣工验收只由建设单位负责组织吗", "shenzhen")


def test_a_procedure_not_followed_said_with_bu_an():
    assert "yes" in verdicts("云浮的服务项目我们不按基本建设项目的程序去审批了，可以吧", "yunfu")
    # 不按时 is lateness, not a procedure left out
    assert "no" in verdicts("深圳项目质量季报不按时报送可以吗", "shenzhen")


@pytest.mark.parametrize("question, jid", [
    ("Shenzhen: quality problems are still being rectified. Could we hold the completion acceptance anyway?", "shenzhen"),
    ("Zhonglou: our trial run is still in progress; can the initial acceptance take place now?", "zhonglou"),
])
def test_work_still_under_way_in_english_is_unmet(question, jid):
    assert verdicts(question, jid) and "yes" not in verdicts(question, jid)
