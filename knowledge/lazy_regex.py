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

A third measure is for English questions: a pattern that is an alternation of many parts, most
of them Chinese (`(没有|还没)…能吗|…|\\bskip…`), is tried at every position of the text part by
part. Text that is all ASCII cannot be matched by a part that needs a Chinese character, so for it the
pattern is also compiled without those parts (a pattern that is Chinese throughout, to one that
fails at once). Groups keep their numbers: the parts left out are ones that could not have matched.
This halves the time the reader spends on an English question.

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
    from re import _compiler, _constants, _parser
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

    def compile(self, pattern: str, flags: int) -> tuple[re.Pattern, re.Pattern | None]:
        """The pattern, and its form for ASCII text when that leaves parts out (else None)."""
        entries = self.entries if self.entries is not None else self._load()
        flags = int(flags)
        key, ascii_key = (pattern, flags), (pattern, flags, "ascii")
        if key in entries and ascii_key in entries:
            try:
                return (_sre.compile(pattern, *entries[key]),
                        None if entries[ascii_key] is None else _sre.compile(pattern, *entries[ascii_key]))
            except (RuntimeError, TypeError, ValueError):   # damaged code: the engine refuses it
                pass
        if not _ENGINE:   # pragma: no cover - another Python implementation
            return re.compile(pattern, flags), None
        parsed = _parser.parse(pattern, flags)
        ascii_only = _ascii_parts(parsed)
        entries[key], entries[ascii_key] = _entry(parsed, flags), None if ascii_only is None else _entry(ascii_only, flags)
        self.added += 1
        return (_sre.compile(pattern, *entries[key]),
                None if entries[ascii_key] is None else _sre.compile(pattern, *entries[ascii_key]))

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


def _entry(parsed, flags: int) -> tuple:
    """What `_sre.compile` takes besides the pattern, for a parsed pattern."""
    code = [int(word) for word in _compiler._code(parsed, flags)]   # (opcodes are int subclasses)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


_ASCII_ALIKE = (0x130, 0x131, 0x17F, 0x212A)   # İ ı ſ K: match an ASCII letter when case is ignored


def _never_ascii(low: int, high: int) -> bool:
    return low >= 0x80 and not any(low <= c <= high for c in _ASCII_ALIKE)


def _needs_non_ascii(items) -> bool:
    """Can these parsed items match only where the text holds a character outside ASCII?"""
    for op, av in items:
        if op is _constants.LITERAL:
            needs = _never_ascii(av, av)
        elif op is _constants.IN:   # (a negated class or a category: any character)
            needs = all(kind is _constants.LITERAL and _never_ascii(value, value)
                        or kind is _constants.RANGE and _never_ascii(*value) for kind, value in av)
        elif op is _constants.SUBPATTERN:
            needs = _needs_non_ascii(av[3].data)
        elif op is _constants.ASSERT:   # a look-ahead or look-behind that must hold
            needs = _needs_non_ascii(av[1].data)
        elif op is _constants.ATOMIC_GROUP:
            needs = _needs_non_ascii(av.data)
        elif op is _constants.BRANCH:
            needs = all(_needs_non_ascii(alternative.data) for alternative in av[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            needs = av[0] >= 1 and _needs_non_ascii(av[2].data)
        else:
            needs = False
        if needs:
            return True
    return False


def _ascii_parts(parsed):
    """The pattern with only the parts of its top-level alternation that can match ASCII text (all
    of it, when it is not an alternation), or None when that is all of them."""
    alternation = len(parsed.data) == 1 and parsed.data[0][0] is _constants.BRANCH
    alternatives = parsed.data[0][1][1] if alternation else [parsed]
    kept = [alternative for alternative in alternatives if not _needs_non_ascii(alternative.data)]
    if len(kept) == len(alternatives):
        return None
    return _parser.SubPattern(parsed.state, [(_constants.BRANCH, (None, kept))] if kept else [(_constants.FAILURE, None)])

_CACHE = _CodeCache()


class LazyPattern:
    """A `re.Pattern` stand-in that compiles on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):   # called only until the methods are bound below
        rx, ascii_rx = _CACHE.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(rx, method) if ascii_rx is None else _by_text(method, rx, ascii_rx))
        return getattr(rx, name)

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r})"


def _by_text(name: str, rx: re.Pattern, ascii_rx: re.Pattern):
    """The method `name`, taken from the ASCII form when the text it reads is ASCII."""
    method, ascii_method = getattr(rx, name), getattr(ascii_rx, name)
    if name in ("sub", "subn"):   # (the text comes after what replaces)
        return lambda repl, string, *args, **kwargs: \
            (ascii_method if string.isascii() else method)(repl, string, *args, **kwargs)
    return lambda string, *args, **kwargs: (ascii_method if string.isascii() else method)(string, *args, **kwargs)


def lazy_regex(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
