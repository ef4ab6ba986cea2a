"""The one catalogue of every word the user reads, in Chinese and English.

The texts live in gettext catalogues, ``knowledge/locales/{zh,en}/LC_MESSAGES/messages.po``,
compiled to ``messages.mo`` (both committed; a test fails when the ``.mo`` is not what the
``.po`` compiles to). The msgids are stable keys (``"status_card"``-style, the keys
``handlers/texts.py`` always had), not English sentences, so that the English text can change
without touching the code and both languages are translations of the same key.

At run time only the standard library's :mod:`gettext` reads the ``.mo`` files, on first use;
Babel is needed to compile them (``python -m knowledge.i18n compile``) and, imported lazily,
for date formats (whose CLDR patterns are catalogue entries too, fmt.*).

Counted phrases are gettext plural entries: ``t(key, lang, n=...)`` picks the plural form of
``n`` from the catalogue's Plural-Forms (one form in Chinese, two in English), so no caller
adds an "s".

This is the innermost layer: knowledge, handlers and bot may all import it; it imports nothing
of the project.
"""
from __future__ import annotations

import gettext
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

LANGS = ("zh", "en")
DEFAULT = "zh"
LOCALES = Path(__file__).with_name("locales")
DOMAIN = "messages"

_loaded: dict[str, gettext.GNUTranslations] = {}


def catalogue_path(lang: str, ext: str = "mo") -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.{ext}"


def _translations(lang: str) -> gettext.GNUTranslations:
    tr = _loaded.get(lang)
    if tr is None:
        with open(catalogue_path(lang), "rb") as fh:
            tr = _loaded[lang] = gettext.GNUTranslations(fh)
    return tr


def _lookup(key: str, lang: str, n: int | None) -> str | None:
    # GNUTranslations parses the .mo and the Plural-Forms header; its gettext() cannot tell a
    # missing key from a text equal to its key ("moved" is "moved"), so read its catalogue:
    # a plain entry under the key, a plural one under (key, form).
    tr = _translations(lang)
    text = tr._catalog.get(key)
    if text is None:
        text = tr._catalog.get((key, tr.plural(1 if n is None else n)))
    return text


def t(key: str, lang: str, **kw) -> str:
    """The text of ``key`` in ``lang`` (Chinese when the key has no text in ``lang``), with
    ``kw`` filled in; a keyword ``n`` also chooses the plural form."""
    n = kw.get("n")
    n = n if isinstance(n, int) else None
    text = _lookup(key, lang if lang in LANGS else DEFAULT, n)
    if text is None and lang != DEFAULT:
        text = _lookup(key, DEFAULT, n)
    if text is None:
        raise KeyError(key)
    return text.format(**kw) if kw else text


_keys: tuple[str, ...] = ()


def keys() -> tuple[str, ...]:
    """Every key of the Chinese catalogue (the reference language)."""
    global _keys
    if not _keys:
        out: dict[str, None] = {}
        for k in _translations(DEFAULT)._catalog:  # GNUTranslations keeps its messages there
            k = k[0] if isinstance(k, tuple) else k
            if k:  # "" is the header
                out[k] = None
        _keys = tuple(out)
    return _keys


def catalogue(prefix: str, lang: str) -> dict[str, str]:
    """Every text whose key starts with ``prefix``, in ``lang`` (for a channel that shows its own
    words, e.g. the web page's buttons)."""
    return {k: t(k, lang) for k in keys() if k.startswith(prefix)}


class _Texts(Mapping):
    """``TEXTS[key][lang]``: read-only view of the catalogues for code that wants them as a dict
    (plural entries show their general form, as for n=2)."""

    def __getitem__(self, key: str) -> dict[str, str]:
        out = {}
        for lang in LANGS:
            text = _lookup(key, lang, 2)
            if text is not None:
                out[lang] = text
        if not out:
            raise KeyError(key)
        return out

    def __iter__(self) -> Iterator[str]:
        return iter(keys())

    def __len__(self) -> int:
        return len(keys())


TEXTS: Mapping[str, dict[str, str]] = _Texts()


class Pair(Mapping):
    """One catalogue text as the ``{"zh": ..., "en": ...}`` mapping older code indexes by
    language; looked up when read, so building one loads no catalogue. A keyword that is itself
    a Pair is filled in, in the same language."""

    __slots__ = ("key", "kw")

    def __init__(self, key: str, **kw):
        self.key, self.kw = key, kw

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGS:
            raise KeyError(lang)
        kw = {k: v[lang] if isinstance(v, Pair) else v for k, v in self.kw.items()}
        return t(self.key, lang, **kw)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)

    def __repr__(self) -> str:
        return f"Pair({self.key!r})"


def names(prefix: str, keys) -> dict[str, Pair]:
    """``{key: Pair(prefix + key)}``: a table of names (stages, events) kept in the catalogue."""
    return {k: Pair(prefix + k) for k in keys}


# -- dates (Babel, imported on first use) ---------------------------------------------

_BABEL_LOCALE = {"zh": "zh_Hans_CN", "en": "en_GB"}


def day(d: date, lang: str, fmt: str = "fmt.day") -> str:
    """A date in the Babel (CLDR) pattern that the catalogue key ``fmt`` gives for ``lang``:
    fmt.day is 2026年3月5日 / 5 March 2026; fmt.day_no_year, fmt.month, fmt.month_no_year,
    fmt.bound_day likewise."""
    from babel.dates import format_date

    lang = lang if lang in LANGS else DEFAULT
    return format_date(d, t(fmt, lang), locale=_BABEL_LOCALE[lang])


# -- compiling the catalogues ---------------------------------------------------------------------

def compile_catalogue(lang: str) -> bytes:
    """The .mo bytes the committed .po of ``lang`` compiles to (needs Babel)."""
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(catalogue_path(lang, "po"), "rb") as fh:
        cat = read_po(fh, locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, cat)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args != ["compile"]:
        print("usage: python -m knowledge.i18n compile   (writes locales/*/LC_MESSAGES/messages.mo)")
        return 2
    for lang in LANGS:
        catalogue_path(lang).write_bytes(compile_catalogue(lang))
        print(f"compiled {catalogue_path(lang)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
