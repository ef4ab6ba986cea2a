"""The catalogues (knowledge/locales): complete in both languages, the committed .mo is what the
.po compiles to, every key the code asks for exists, counted phrases use plural forms."""
from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from knowledge import i18n

ROOT = Path(__file__).resolve().parents[1]


def _po(lang: str):
    from babel.messages.pofile import read_po

    with open(i18n.catalogue_path(lang, "po"), "rb") as fh:
        return read_po(fh, locale=lang, domain=i18n.DOMAIN)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


def test_every_key_in_both_languages_with_the_same_placeholders():
    cats = {lang: {m.id[0] if isinstance(m.id, tuple) else m.id: m for m in _po(lang) if m.id} for lang in i18n.LANGS}
    zh, en = cats["zh"], cats["en"]
    assert set(zh) == set(en), {"only zh": sorted(set(zh) - set(en)), "only en": sorted(set(en) - set(zh))}
    bad = []
    for key in zh:
        if isinstance(zh[key].id, tuple) != isinstance(en[key].id, tuple):
            bad.append((key, "plural in one language only"))
            continue
        forms = {lang: _forms(cats[lang][key]) for lang in i18n.LANGS}
        if not all(all(f.strip() for f in fs) for fs in forms.values()):
            bad.append((key, "empty text"))
            continue
        fields = {lang: [_fields(f) for f in fs] for lang, fs in forms.items()}
        every = fields["zh"] + fields["en"]
        if any(f != every[0] for f in every):
            bad.append((key, fields))
    assert not bad, bad


def test_committed_mo_is_what_the_po_compiles_to():
    """The messages, not the bytes: Babel releases write different headers (Generated-By)."""
    import gettext
    import io

    def messages(data: bytes) -> dict:
        catalog = gettext.GNUTranslations(io.BytesIO(data))._catalog
        return {k: v for k, v in catalog.items() if k != ""}

    for lang in i18n.LANGS:
        committed = messages(i18n.catalogue_path(lang).read_bytes())
        assert committed == messages(i18n.compile_catalogue(lang)), (
            f"{lang}: messages.mo is stale; run `python -m knowledge.i18n compile` and commit it")


def test_plural_forms_come_from_the_catalogue():
    assert i18n.t("done_count", "en", n=1) == "1 filing done (see /path)."
    assert i18n.t("done_count", "en", n=2) == "2 filings done (see /path)."
    assert i18n.t("done_count", "zh", n=1) == i18n.t("done_count", "zh", n=5).replace("5", "1")


def test_unknown_key_and_language():
    with pytest.raises(KeyError):
        i18n.t("no_such_key_anywhere", "en")
    assert i18n.t("cancelled", "fr") == i18n.t("cancelled", "zh")


def _called_keys() -> set[tuple[str, str]]:
    """("path:line", key) of every t("literal", ...) in the code."""
    out = set()
    for folder in ("handlers", "bot", "knowledge"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "t"
                        and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    out.add((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[0].value))
    return out


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    called = _called_keys()
    assert len(called) > 100
    known = set(i18n.keys())
    missing = sorted((where, key) for where, key in called if key not in known)
    assert not missing, missing


def test_tables_and_questions_built_from_keys_are_complete():
    """Keys made at run time (stage.<k>, event.<k>, field.<key>.q, cmd.<c>) escape the literal
    check above: read every one in both languages."""
    from bot.telegram import command_menu
    from handlers import declare
    from handlers.vocab import EVENT_NAMES, STAGE_NAMES
    from handlers.words import KIND_LABELS, YES_NO

    for lang in i18n.LANGS:
        for table in (STAGE_NAMES, EVENT_NAMES, KIND_LABELS, YES_NO):
            assert all(names[lang] for names in table.values())
        for f in declare.FIELDS:
            assert f.question[lang] and f.example[lang] and declare.label(f, lang)
        assert len(command_menu(lang)) == 13
        for step in ("d-7", "wd-3", "wd-1", "d0", "overdue"):
            assert i18n.t(f"step_{step}", lang)


def test_dates_are_formatted_by_babel_with_patterns_from_the_catalogue():
    from datetime import date

    assert i18n.day(date(2026, 3, 5), "zh") == "2026年3月5日"
    assert i18n.day(date(2026, 3, 5), "en") == "5 March 2026"
    assert i18n.day(date(2026, 3, 5), "en", "fmt.day_no_year") == "5 March"
    assert i18n.day(date(2026, 11, 21), "en", "fmt.bound_day") == "2026-11-21"
