"""Patterns compiled on first use, from compiled code kept between runs (knowledge/lazy_regex.py)."""
import re

import pytest

from knowledge import lazy_regex as lr

PATTERNS = [
    (r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万|亿|million)", re.IGNORECASE),
    (r"(没有|没|还没)(?!有?问题)[^。？?]{0,24}(就|能|可以)", 0),
    (r"[\u4e00-\u9fff]{2,}(?=吗)", 0),
    (r"\bskip(ped|ping)?\b", re.IGNORECASE | re.ASCII),
    # an alternation of Chinese and English parts, as the reader's are: ASCII text is read without the Chinese ones
    (r"(没有|还没)(监理)?[^。？?]{0,24}(能|可以)|(?i:\b(we|they) (skip|drop)(ped)?\b)|[先再](?P<act>验收)|(?<=a)(b)", 0),
]
TEXTS = ["钟楼区80万的项目要监理吗", "1.2 Million yuan, SKIPPED", "没有监理就能验收吗？", "还没有问题",
         "Can WE SKIP the review? they dropped it", "ab", "没有 we skip 先验收"]


def _same(a: re.Pattern, b) -> None:
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]
        assert a.sub("#", text) == b.sub("#", text)
    assert a.groupindex == b.groupindex and a.groups == b.groups and a.flags == b.flags


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_lazy_pattern_compiles_on_first_use_and_behaves_as_re(cache, monkeypatch):
    monkeypatch.setattr(lr, "_CACHE", lr._CodeCache())
    pattern = lr.lazy_regex(*PATTERNS[0])
    assert pattern.pattern == PATTERNS[0][0] and "search" not in vars(pattern)   # nothing compiled yet
    assert pattern.search("预算1.2 Million").group("u") == "Million"
    assert "search" in vars(pattern)   # the compiled methods are bound after the first use
    _same(re.compile(*PATTERNS[0]), pattern)


def test_compiled_code_is_kept_between_runs_and_gives_the_same_matches(cache, monkeypatch):
    first = lr._CodeCache()
    made = [first.compile(p, f)[0] for p, f in PATTERNS]
    assert first.added == len(PATTERNS)
    first.save()
    assert (cache / "regex-code.marshal").is_file()
    second = lr._CodeCache()   # the next run: everything comes from the file
    with monkeypatch.context() as m:
        m.setattr(lr._parser, "parse", lambda *a: pytest.fail("a cached pattern was parsed again"))
        again = [second.compile(p, f)[0] for p, f in PATTERNS]
    assert second.added == 0
    for (p, f), a, b in zip(PATTERNS, made, again, strict=True):
        _same(re.compile(p, f), a)
        _same(re.compile(p, f), b)


def test_a_damaged_or_foreign_cache_is_ignored(cache):
    path = cache / "regex-code.marshal"
    path.write_bytes(b"\x00not marshal at all")
    _same(re.compile(*PATTERNS[1]), lr._CodeCache().compile(*PATTERNS[1])[0])
    import marshal
    path.write_bytes(marshal.dumps(("another python", {(PATTERNS[1][0], 0): (0, [1, 2, 3], 0, {}, (None,))})))
    _same(re.compile(*PATTERNS[1]), lr._CodeCache().compile(*PATTERNS[1])[0])
    fresh = lr._CodeCache()
    fresh._load()
    fresh.entries[PATTERNS[2]] = (32, [0, 999, 12345], 0, {}, (None,))   # code the engine refuses
    _same(re.compile(*PATTERNS[2]), fresh.compile(*PATTERNS[2])[0])


def test_no_cache_folder_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_CACHE_DIR", "")
    assert lr.cache_file() is None
    plain = lr._CodeCache()
    _same(re.compile(*PATTERNS[0]), plain.compile(*PATTERNS[0])[0])
    plain.save()
    assert not list(tmp_path.iterdir())


def test_ascii_text_is_read_without_the_parts_that_begin_in_chinese(cache, monkeypatch):
    monkeypatch.setattr(lr, "_CACHE", lr._CodeCache())
    pattern, flags = PATTERNS[4]
    full, ascii_only = lr._CACHE.compile(pattern, flags)
    assert ascii_only is not None and len(ascii_only.pattern) == len(pattern)
    assert lr._CACHE.compile(*PATTERNS[0])[1] is None   # nothing left out: one form only
    assert lr._CACHE.compile(r"[^，]{2,9}(?:放到|推到)[^，]+", 0)[1].search("put it off to May") is None   # Chinese inside
    assert lr._CACHE.compile(r"监理|验收", 0)[1].search("anything at all") is None   # nothing left: no match
    lazy = lr.lazy_regex(pattern, flags)
    for text in TEXTS:   # the same matches, spans and numbered groups, whichever form reads the text
        for method in ("search", "match", "fullmatch"):
            found, expected = getattr(lazy, method)(text), getattr(re.compile(pattern, flags), method)(text)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
        assert lazy.findall(text) == re.findall(pattern, text, flags) and lazy.split(text) == re.split(pattern, text, flags=flags)
        assert [(m.span(), m.groups()) for m in lazy.finditer(text)] == \
               [(m.span(), m.groups()) for m in re.compile(pattern, flags).finditer(text)]
        if text.isascii():
            assert [(m.span(), m.groups()) for m in ascii_only.finditer(text)] == \
                   [(m.span(), m.groups()) for m in full.finditer(text)]
    assert lazy.search("they skipped it").group(4, 5, 6) == ("they", "skip", "ped")
    assert lazy.search("ab").group(8) == "b" and lazy.sub("#", "we drop it", count=1) == "# it" and lazy.subn("#", "没有监理能") == ("#", 1)
