"""Property-based tests (Hypothesis): the URL cleaner, the claim finder and the BibTeX
writer on text no one wrote by hand.

* URL cleaner: never raises; a usable URL is http(s)/ftp, ASCII, with no white space or
  control character; cleaning is idempotent; extraction keeps the text's length bounded.
* Claim finder: never raises; the claim is taken from the text before the marker (its
  words appear there, in order) and is never longer than the cap; the same answer as
  asking again (one index per paragraph is a cache, not a different answer).
* BibTeX writer: any title, name, publisher or URL round-trips through bibtexparser and
  pybtex as exactly one entry per work, every field brace-balanced, no field added.
"""

from __future__ import annotations

import string

from bibtexparser import parse_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pybtex.database import parse_string as pybtex_parse

from bibcheck.bibfile import balanced
from bibcheck.export.bibtex import works_to_bibtex
from bibcheck.export.works import Citation, Work
from bibcheck.model import ClaimKind, Origin, Reference, RefKind, TextBlock
from bibcheck.parse.claim_text import MAX_CLAIM_CHARS, ClaimIndex, claim_at
from bibcheck.urls import clean_url, encode_url, extract_urls

PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text made of the characters parsers care about, plus anything at all.
_MARKUP = st.sampled_from(
    list("[](){}<>\"'«»“”„.,;:!?…-–—/\\_%#&~^$@ \n\t")
    + ["http://", "https://", "www.", "A. ", "Ibid. ", "et al. "]
)
_TEXT = st.lists(st.one_of(_MARKUP, st.text(max_size=6)), max_size=40).map("".join)


@PROPS
@given(_TEXT)
def test_url_cleaner_gives_usable_urls_or_none(text: str) -> None:
    found = extract_urls(text, (1,))
    for parsed in found.urls:
        if parsed.url is None:
            continue
        assert parsed.url.split(":", 1)[0] in ("http", "https", "ftp")
        assert parsed.url.isascii()
        assert not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in parsed.url)
        assert encode_url(parsed.url) == parsed.url  # usable form is a fixed point
    assert len(found.rest) <= len(text) + len(found.urls) + 1


@PROPS
@given(st.text(alphabet=string.printable + "«»“”%ЯЖ", max_size=80))
def test_cleaning_a_url_twice_changes_nothing(candidate: str) -> None:
    once, _ = clean_url(candidate)
    twice, repairs = clean_url(once)
    assert twice == once
    assert not any(c.isspace() for c in once)


@PROPS
@given(_TEXT, st.integers(min_value=0, max_value=400))
def test_claim_comes_from_the_text_before_the_marker(text: str, at: int) -> None:
    offset = min(at, len(text))
    block = TextBlock(text, ((0, 7),))
    claim = claim_at(block, offset)
    assert claim.line == 7
    assert len(claim.text) <= MAX_CLAIM_CHARS + 2
    if claim.kind is ClaimKind.NONE:
        assert not text[:offset].strip()
        return
    before = " ".join(text[:offset].split())
    words = claim.text.removeprefix("… ").split()
    position = 0
    for word in words:  # every word of the claim stands before the marker, in order
        found = before.find(word, position)
        assert found >= 0, (word, before)
        position = found + len(word)
    index = ClaimIndex(block)
    assert index.claim_at(offset) == index.claim_at(offset) == claim


_FIELD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip())


@PROPS
@given(
    st.lists(
        st.tuples(_FIELD, _FIELD, _FIELD, st.text(alphabet=string.printable, max_size=30)),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
    st.sampled_from(["biblatex", "bibtex"]),
)
def test_bibtex_round_trip_never_adds_or_breaks_entries(
    rows: list[tuple[str, str, str, str]], ascii: bool, style: str
) -> None:
    works = []
    for i, (title, author, publisher, path) in enumerate(rows):
        ref = Reference(
            raw=title,
            line=1,
            end_line=1,
            kind=RefKind.BOOK if i % 2 else RefKind.WEB,
            title=title,
            authors=(author,),
            publisher=publisher,
            year=2000 + i,
            url=f"https://example.org/{path}",
            doi=f"10.1234/{path}" if path else None,
        )
        cite = Citation("d.md", Origin.LITERATURE, str(i + 1), 1)
        works.append(Work(f"key{i}", ref, (cite,)))
    text = works_to_bibtex(works, style, ascii)  # type: ignore[arg-type]
    library = parse_string(text)
    assert not library.failed_blocks
    assert [e.key for e in library.entries] == [w.key for w in works]
    allowed = {
        "author",
        "title",
        "publisher",
        "date",
        "year",
        "url",
        "doi",
        "howpublished",
        "langid",
        "language",
        "note",
        "addendum",
        "organization",
    }
    for entry in library.entries:
        assert {f.key for f in entry.fields} <= allowed
        assert all(balanced(f.value) for f in entry.fields)
    assert len(pybtex_parse(text, "bibtex").entries) == len(works)
