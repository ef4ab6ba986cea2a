"""Regular expressions compiled on their first use, from a cache of compiled code kept between runs.

The reader holds some 560 patterns, most of them with Chinese character classes and alternations,
which Python's `re` compiles slowly (its parser and charset optimiser are written in Python and
walk every code point of a class): compiling them took about 0.7 s of every cold
`python -m bot ask`, for an answer that then takes 5 ms. Two measures take that away:

- A module-level pattern is written `lazy_regex(r"...")`: it compiles on the first call of any of
  its methods and is then a plain compiled pattern behind one attribute lookup (a question uses
  fewer than half of them). `pattern` is readable without compiling, so patterns can still be
  built from each other. Pass it to its own methods, not to `re.search(p, ...)`.
- What `re` compiles a pattern to (the engine's code: a list of integers) is kept in a file in the
  user's cache folder, keyed by the pattern, its flags and the exact Python and engine version,
  and handed straight to the engine the next time. The file is written with `marshal` (plain
  data, never code), read once, and rewritten at exit when new patterns were compiled. Any
  mismatch or damage means the pattern is compiled the ordinary way; the cache only saves time.
  `BOT_CACHE_DIR` names the folder (empty: no cache file at all).

The cache relies on two internals of CPython's `re` (`re._compiler` building the code and
`_sre.compile` taking it); both have been stable since 3.7, and the version key keeps a cache
from one Python away from another.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path

try:   # the engine's internals; without them every pattern is compiled the ordinary way
    import _sre
    from re import _compiler, _parser
    _ENGINE = f"{sys.implementation.cache_tag}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):   # pragma: no cover - another Python implementation
    _ENGINE = ""

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_FILE_NAME = "regex-code.marshal"


def cache_file() -> Path | None:
    """Where compiled code is kept: $BOT_CACHE_DIR, else the user's cache folder; None when off."""
    folder = os.environ.get("BOT_CACHE_DIR")
    if folder is None:
        folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "govit-assistant")
    return Path(folder) / _FILE_NAME if folder and _ENGINE else None


class _CodeCache:
    """Compiled code by (pattern, flags), loaded from the cache file on first need."""

    def __init__(self) -> None:
        self.entries: dict | None = None
        self.added = 0
        self.path: Path | None = None

    def _load(self) -> dict:
        self.path, self.entries = cache_file(), {}
        if self.path is not None:
            try:
                engine, entries = marshal.loads(self.path.read_bytes())
                if engine == _ENGINE and isinstance(entries, dict):
                    self.entries = entries
            except (OSError, EOFError, ValueError, TypeError):
                pass   # no file yet, or a damaged one: it is rewritten at exit
            atexit.register(self.save)
        return self.entries

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        entries = self.entries if self.entries is not None else self._load()
        if self.path is None:
            return re.compile(pattern, flags)
        flags = int(flags)
        key = (pattern, flags)
        entry = entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except (RuntimeError, TypeError, ValueError):   # damaged code: the engine refuses it
                del entries[key]
        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]   # (opcodes are int subclasses)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *entry)
        entries[key] = entry
        self.added += 1
        return compiled

    def save(self) -> None:
        if not self.added or self.path is None or self.entries is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}")
            temporary.write_bytes(marshal.dumps((_ENGINE, self.entries)))
            os.replace(temporary, self.path)   # a reader never sees half a file
            self.added = 0
        except (OSError, ValueError):
            pass   # a read-only home: the next run compiles again


_CACHE = _CodeCache()


class LazyPattern:
    """A `re.Pattern` stand-in that compiles on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):   # called only until the methods are bound below
        rx = _CACHE.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(rx, method))
        return getattr(rx, name)

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r})"


def lazy_regex(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
