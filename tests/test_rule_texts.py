"""Every title and summary in the rules files is whole, in both languages (issue 9, section 2): an
unquoted YAML flow mapping cuts an English title at its first comma ("Build to the approved plan
(supervised from 300"), which this test catches as an unbalanced bracket."""
from pathlib import Path

import pytest
import yaml

FILES = sorted((Path(__file__).parents[1] / "knowledge" / "jurisdictions").glob("*.yaml"))
PAIRS = [("(", ")"), ("（", "）"), ("“", "”"), ("《", "》"), ("[", "]")]


def _texts(node, path=()):
    if isinstance(node, dict):
        if "zh" in node and "en" in node and isinstance(node["zh"], str):
            yield path, node
        for key, value in node.items():
            yield from _texts(value, (*path, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, (*path, str(i)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_titles_and_summaries_are_whole(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = []
    for where, text in _texts(data):
        for lang in ("zh", "en"):
            value = text.get(lang)
            if not isinstance(value, str) or not value.strip():
                problems.append(f"{'.'.join(where)}: no {lang}")
                continue
            if any(value.count(a) != value.count(b) for a, b in PAIRS) or value.rstrip().endswith((",", "，")):
                problems.append(f"{'.'.join(where)}.{lang} cut short: {value[-50:]!r}")
    assert not problems, "\n".join(problems)


def test_catalogue_has_both_languages():
    from handlers.texts import TEXTS

    missing = [key for key, value in TEXTS.items() if not (value.get("zh") and value.get("en"))]
    assert not missing, missing
