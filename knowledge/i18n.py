"""The one catalogue of every word the user reads, in Chinese and English.

The texts live in gettext catalogues, ``knowledge/locales/{zh,en}/LC_MESSAGES/messages.po``,
compiled to ``messages.mo`` (both committed; a test fails when the ``.mo`` is not what the
``.po`` compiles to). The msgids are stable keys (``"status_card"``-style, the keys
``handlers/texts.py`` always had), not English sentences, so that the English text can change
without touching the code and both languages are translations of the same key.

At run time only the standard library's :mod:`gettext` reads the ``.mo`` files, on first use;
Babel is needed to compile them (``python -m knowledge.i18n compile``) and, imported lazily,
for date and number formats (whose CLDR patterns are catalogue entries too, fmt.*) and for
ordinals (CLDR's ordinal categories choose among the catalogue's nth.* texts: 3rd, 第3).

Counted phrases are gettext plural entries: ``t(key, lang, n=...)`` picks the plural form of
``n`` from the catalogue's Plural-Forms (one form in Chinese, two in English), so no caller
adds an "s". Both languages of a key have the same placeholders; a translation that leaves
out a value the other shows writes it as ``{name:.0}`` (formatted to zero characters).
``each_lang`` writes one key in every language at once, for results that keep both.

This is the innermost layer: knowledge, handlers and bot may all import it; it imports nothing
of the project.
"""
from __future__ import annotations

import gettext
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
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


def _per_lang(value, lang: str, i: int):
    if type(value) is tuple:
        return value[i]
    if isinstance(value, Pair):
        return value[lang]
    return value(lang)


_PLAIN = (str, int, float)


def each_lang(key: str, **kw) -> tuple[str, ...]:
    """The text of ``key`` in every language, in the order of ``LANGS`` (the (Chinese, English)
    pairs the deadline engine keeps). A keyword given per language (a tuple in that order, a
    Pair, or a function of the language) is filled in per language."""
    per_lang = [k for k, v in kw.items() if type(v) not in _PLAIN]
    out = []
    for i, lang in enumerate(LANGS):
        values = kw.copy() if per_lang else kw
        for k in per_lang:
            values[k] = _per_lang(kw[k], lang, i)
        out.append(t(key, lang, **values))
    return tuple(out)


def names(prefix: str, keys) -> dict[str, Pair]:
    """``{key: Pair(prefix + key)}``: a table of names (stages, events) kept in the catalogue."""
    return {k: Pair(prefix + k) for k in keys}


# -- dates, numbers and ordinals (Babel, imported on first use) --------------------------

_BABEL_LOCALE = {"zh": "zh_Hans_CN", "en": "en_GB"}


def locale(lang: str):
    """The Babel locale of ``lang`` (its CLDR data: month names, number symbols, ordinal rules)."""
    from babel import Locale

    return Locale.parse(_BABEL_LOCALE[lang if lang in LANGS else DEFAULT])


@lru_cache(maxsize=4096)
def day(d: date, lang: str, fmt: str = "fmt.day") -> str:
    """A date in the Babel (CLDR) pattern that the catalogue key ``fmt`` gives for ``lang``:
    fmt.day is 2026年3月5日 / 5 March 2026; fmt.day_no_year, fmt.month, fmt.month_no_year,
    fmt.bound_day likewise."""
    from babel.dates import format_date

    lang = lang if lang in LANGS else DEFAULT
    return format_date(d, t(fmt, lang), locale=_BABEL_LOCALE[lang])


@lru_cache(maxsize=4096)
def number(value: float, lang: str, fmt: str = "fmt.number") -> str:
    """A number in the Babel (CLDR) pattern that the catalogue key ``fmt`` gives for ``lang``:
    fmt.number (amounts) is 1234 and 1.2 in Chinese, 800,000 in English; fmt.measure (a share,
    years) keeps two decimals at most, 11.67."""
    from babel.numbers import format_decimal

    lang = lang if lang in LANGS else DEFAULT
    return format_decimal(value, t(fmt, lang), locale=_BABEL_LOCALE[lang])


@lru_cache(maxsize=1024)
def ordinal(n: int, lang: str, key: str = "nth") -> str:
    """The ``n``-th in ``lang``: the catalogue's ``<key>.<category>`` text for CLDR's ordinal
    category of ``n`` (one, two, few, other, from Babel): nth is 第3 / 3rd, day_of_month 3日 / 3rd."""
    return t(f"{key}.{locale(lang).ordinal_form(n)}", lang, n=n)


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
