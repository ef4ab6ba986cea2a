"""The jurisdiction files: where they are and the one reader of them.

The folder of rules files is ``knowledge/jurisdictions`` unless ``BOT_KNOWLEDGE_DIR`` (or a
``folder`` argument) names another; a jurisdiction's text is ``<folder>/<id>.txt`` or, as for the
shipped files, ``<folder>/../regulations/<id>.txt``. ``read_file`` is the one reader of a rules
file: the rule model (``knowledge.rules.model.load_all``) and the deadline engine
(``knowledge.time.deadlines.load_rules``) both go through it, so a file is parsed once (and again
only when it changes).
"""
from __future__ import annotations

import os
from pathlib import Path

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

HERE = Path(__file__).parent.parent  # knowledge/: the shipped jurisdictions/ and regulations/
DEFAULT_DIR = HERE / "jurisdictions"
_RAW: dict[str, tuple[int, dict]] = {}        # path -> (mtime, parsed YAML)


def knowledge_dir(folder: Path | str | None = None) -> Path:
    """The folder of rules files: ``folder``, else ``$BOT_KNOWLEDGE_DIR``, else the shipped one."""
    if folder:
        return Path(folder)
    env = os.environ.get("BOT_KNOWLEDGE_DIR")
    return Path(env) if env else DEFAULT_DIR


def jurisdiction_ids(folder: Path | str | None = None) -> tuple[str, ...]:
    """The ids of the folder's jurisdictions (its ``<id>.yaml`` files), sorted."""
    return tuple(sorted(p.stem for p in knowledge_dir(folder).glob("*.yaml")))


def text_path(jid: str, folder: Path | str | None = None) -> Path:
    """Where a jurisdiction's regulation text is: next to its rules file, or in ``../regulations``."""
    folder = knowledge_dir(folder)
    beside = folder / f"{jid}.txt"
    return beside if beside.exists() else folder.parent / "regulations" / f"{jid}.txt"


def read_text(jid: str, folder: Path | str | None = None) -> str:
    return text_path(jid, folder).read_text(encoding="utf-8")


def read_file(jid: str, folder: Path | str | None = None) -> dict:
    """The parsed rules file of one jurisdiction (shared: do not modify it)."""
    return parsed(knowledge_dir(folder) / f"{jid}.yaml")


def parsed(path: Path) -> dict:
    """A rules file's YAML, parsed once (and again only when the file changes); shared: do not modify it."""
    stamp = path.stat().st_mtime_ns
    hit = _RAW.get(str(path))
    if hit is None or hit[0] != stamp:
        with open(path, encoding="utf-8") as fh:
            hit = _RAW[str(path)] = (stamp, yaml.load(fh, Loader=_Loader))
    return hit[1]
