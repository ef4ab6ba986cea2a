"""A sixth jurisdiction is its two files (issue 9 §4): a rules file and a regulation text in a folder
of rules files. Nothing else is edited; the knowledge base, the deadline engine, the CLI and the
chat find it there. The folder here is a copy of the shipped five plus a small sixth place, with
its text beside its rules file (the shipped texts are in ``../regulations``)."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from handlers.app import Assistant
from handlers.replies import Incoming
from knowledge.base import KnowledgeBase
from knowledge.rules.model import Profile, load_all
from knowledge.time import deadlines as dl
from state import Store

ROOT = Path(__file__).resolve().parent.parent / "knowledge"

TEXT = """青山区政务信息化项目管理办法（测试用）

第一条 为加强青山区政务信息化项目的建设管理，制定本办法。

第二条 项目金额在50万元以上的，项目建设单位应当委托监理单位实施监理。

第三条 项目建设单位应当自合同签订之日起10个工作日内，向区数据局办理合同备案。
"""

RULES = """\
id: qingshan
document:
  title: 青山区政务信息化项目管理办法（测试用）
  title_en: Qingshan District Measures for E-Government IT Projects (test)
  name: {zh: 青山区, en: Qingshan District (Wuhan)}
  issuer: 武汉市青山区人民政府
  level: district
  region: 湖北省武汉市青山区
  effective: 2025-01-01
  aliases: [武汉市青山区, 青山区, qingshan]
scope:
  text: {zh: 适用于青山区的政务信息化项目。, en: E-government IT projects of Qingshan District.}
  citations:
    - {article: 第一条, quote: 为加强青山区政务信息化项目的建设管理}
rules:
  - key: supervision
    topics: [supervision]
    group: supervision
    type: obligation
    title: {zh: 委托监理, en: Supervision (监理)}
    when:
      - {field: amount, word: 以上, value: 500000}
    says:
      zh: 项目金额在50万元以上的，应当委托监理单位实施监理。
      en: Projects of 500,000 yuan or more engage a supervisor.
    otherwise:
      zh: 50万元以下的项目，本办法未要求监理。
      en: Below 500,000 yuan the measures do not require supervision.
    citations:
      - {article: 第二条, quote: 项目金额在50万元以上的，项目建设单位应当委托监理单位实施监理}
steps:
  - key: contract_filing
    done_when: contract_filed
    title: {zh: 向区数据局办理合同备案, en: File the contract with the district data bureau}
    citations:
      - {article: 第三条, quote: 向区数据局办理合同备案}
deadlines:
  rules:
    - key: contract_filing
      title: {zh: 合同备案, en: File the contract}
      party: project
      kind: due
      after: [contract_signed]
      period: {workdays: 10}
      done_by: contract_filed
      citations:
        - {article: 第三条, quote: 项目建设单位应当自合同签订之日起10个工作日内，向区数据局办理合同备案}
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(ROOT / "jurisdictions", base / "jurisdictions")
    shutil.copytree(ROOT / "regulations", base / "regulations")
    (base / "jurisdictions" / "qingshan.yaml").write_text(RULES, encoding="utf-8")
    (base / "jurisdictions" / "qingshan.txt").write_text(TEXT, encoding="utf-8")
    return base / "jurisdictions"


@pytest.fixture(scope="module")
def kb(folder) -> KnowledgeBase:
    return KnowledgeBase(folder)


def test_loaded_with_the_five(kb):
    assert set(kb.ids) == {"shenzhen", "longgang", "wendeng", "zhonglou", "yunfu", "qingshan"}
    assert [a.label for a in kb.articles["qingshan"].values() if a.number] == ["第一条", "第二条", "第三条"]


def test_every_citation_is_verbatim(kb):
    j = kb.jurisdictions["qingshan"]
    cites = [c for r in j.rules for c in r.citations] + [c for s in j.steps for c in s.citations]
    cites += [type(cites[0])("qingshan", c["article"], c["quote"]) for r in kb.deadline_rules("qingshan").rules
              for c in r.citations]
    for c in cites:
        assert kb.article(c.doc, c.article).contains(c.quote), c


def test_ask(kb):
    out = kb.ask("青山区80万的项目需要监理吗？")
    found = [f for f in out["findings"] if f["jurisdiction"] == "qingshan"]
    assert found and found[0]["verdict"] == "yes", out["findings"]
    assert found[0]["citations"][0]["article"] == "第二条"
    small = [f for f in kb.ask("青山区30万的项目需要监理吗？")["findings"] if f["jurisdiction"] == "qingshan"]
    assert small and small[0]["verdict"] == "no", small
    # a question naming no place is answered for every place, the sixth included
    assert "qingshan" in {f["jurisdiction"] for f in kb.ask("80万的项目需要监理吗？")["findings"]}


def test_path(kb):
    out = kb.path(Profile(jurisdiction="qingshan", amount=800_000, kind="software"))
    assert out["applicable"] is True
    assert [r["key"] for r in out["requirements"] if r["verdict"] == "yes"] == ["supervision"]
    assert [s["key"] for s in out["steps"]] == ["contract_filing"]


def test_deadlines(kb, folder):
    signed = {"contract_signed": date(2026, 9, 29)}  # the National Day holiday follows (调休 included)
    items = kb.compute("qingshan", signed)
    assert [(d.key, d.due) for d in items] == [("contract_filing", date(2026, 10, 19))]
    assert "第10个工作日" in items[0].rule and items[0].document.startswith("青山区")
    assert dl.compute("qingshan", signed, folder=folder)[0].due == items[0].due
    assert dl.load_rules(kb.jurisdictions["qingshan"]) is kb.deadline_rules("qingshan")
    assert "qingshan" in dl.jurisdictions(folder)
    with pytest.raises(dl.DeadlineError, match="unknown jurisdiction"):
        dl.compute("qingshan", signed)  # not in the shipped folder


def test_cli_reads_the_folder_setting(folder, monkeypatch, capsys):
    from bot import cli

    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(folder))
    assert "qingshan" in load_all()
    assert cli.main(["deadlines", "--jurisdiction", "青山区", "--event", "contract_signed=2026-09-29", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["jurisdiction"] == "qingshan" and out["deadlines"][0]["due"] == "2026-10-19"
    assert cli.main(["path", "--jurisdiction", "qingshan", "--amount", "800000", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["steps"][0]["key"] == "contract_filing"
    monkeypatch.delenv("BOT_KNOWLEDGE_DIR")
    assert cli.main(["deadlines", "--jurisdiction", "qingshan", "--json"]) == 2


@pytest.fixture
def app(kb):
    store = Store(":memory:")
    yield Assistant(store, kb, today=lambda: date(2026, 11, 21))
    store.close()


def _say(app, text):
    return app.handle(Incoming("test", "u1", text))


def test_interview_offers_it(app):
    _say(app, "/new")
    replies = _say(app, "智慧城管平台")
    labels = [b.label for r in replies for b in r.all_buttons()]
    assert "青山区" in labels and len([x for x in labels if x.endswith("区") or x.endswith("市")]) >= 6, labels


def test_help_names_it(app):
    text = "\n".join(r.text for r in _say(app, "/help") + _say(app, "/start"))
    assert "青山" in text


def test_status_shows_its_deadlines_from_the_folder(app, kb):
    """The chat reaches the deadline engine through the knowledge base it was built with: a project
    of the sixth place gets that folder's deadlines in its status card (the shipped folder has no
    qingshan, so rules read from anywhere else would fail)."""
    _say(app, "/start")
    user = app.store.find_user("test", "u1")
    app.store.create_project(user["id"], "青山政务云", jurisdiction="qingshan", amount=800_000, kind="software",
                             stage="contracted")
    recorded = "\n".join(r.text for r in _say(app, "合同11月20日签了"))
    due = kb.compute("qingshan", {"contract_signed": date(2026, 11, 20)})[0].due
    assert "合同备案" in recorded and due.isoformat() in recorded, recorded
    card = "\n".join(r.text for r in _say(app, "/status"))
    assert f"{due.isoformat()} 合同备案" in card and "第三条" in card, card


def test_a_question_with_a_date_gets_the_folders_due_date(kb):
    """The due date an answer computes comes from the knowledge base's own folder (the shipped
    folder has no qingshan)."""
    out = kb.ask("青山区合同2026年9月29日签的，合同备案最晚哪天")
    assert "2026-10-19" in out["answer"], out["answer"]
