"""One vocabulary each, declared once: the quote-mark sets of :mod:`quote_pairs`, the HTML
names of :mod:`htmlnames`, the Dutch particles some name patterns leave out.
"""

from __future__ import annotations

import importlib

import pytest

from bibcheck.parse import nameparticles
from bibcheck.parse.references import quote_pairs
from bibcheck.readers import htmlnames

# ---------------------------------------------------------------------------------------
# the named quote-mark sets: exactly the marks they are named for
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "marks"),
    [
        pytest.param("LOW_DOUBLE", '„“”"', id="low-double-and-its-closings"),
        pytest.param("EN_FR_OPENINGS", '“"«', id="english-french-openings"),
        pytest.param("EN_FR_CLOSINGS", '”"»', id="english-french-closings"),
        pytest.param("EN_FR_DOUBLE", '“”"«»', id="english-french-all"),
        pytest.param("EN_SINGLE", "‘’", id="english-single"),
        pytest.param("SINGLE_OPENINGS", "‘'", id="single-openings"),
    ],
)
def test_named_quote_sets(name: str, marks: str) -> None:
    value = getattr(quote_pairs, name)
    assert sorted(value) == sorted(marks) and len(set(value)) == len(value)


def test_the_low_double_set_is_the_low_pair() -> None:
    pair = quote_pairs.pair_opened_by("„")
    assert pair is not None
    assert set(quote_pairs.LOW_DOUBLE) == {pair.opening, *pair.closing}


# ---------------------------------------------------------------------------------------
# the modules that test for these take them from the one place (the same object)
# ---------------------------------------------------------------------------------------

_VOCABULARIES = {"quote_pairs": quote_pairs, "htmlnames": htmlnames, "particles": nameparticles}


@pytest.mark.parametrize(
    ("module", "name", "vocabulary"),
    [
        ("bibcheck.parse.references.physics", "EN_FR_OPENINGS", "quote_pairs"),
        ("bibcheck.parse.references.caseless", "EN_FR_DOUBLE", "quote_pairs"),
        ("bibcheck.parse.references.parliamentary", "EN_FR_CLOSINGS", "quote_pairs"),
        ("bibcheck.parse.claim_text", "EN_FR_CLOSINGS", "quote_pairs"),
        ("bibcheck.parse.references.commaform", "LOW_DOUBLE", "quote_pairs"),
        ("bibcheck.parse.references.shared", "LOW_DOUBLE", "quote_pairs"),
        ("bibcheck.parse.references.field_records", "DOUBLE_OPENINGS", "quote_pairs"),
        ("bibcheck.parse.references.ieee", "TITLE_OPENINGS", "quote_pairs"),
        ("bibcheck.parse.references.mhra", "SINGLE_OPENINGS", "quote_pairs"),
        ("bibcheck.parse.references.work_forms", "EN_SINGLE", "quote_pairs"),
        ("bibcheck.readers.wikifree", "DOUBLE_OPENINGS", "quote_pairs"),
        ("bibcheck.readers.docxrendered", "EN_SINGLE", "quote_pairs"),
        ("bibcheck.readers.html", "HEADINGS", "htmlnames"),
        ("bibcheck.readers.html", "CHROME_ROLES", "htmlnames"),
        ("bibcheck.readers.html", "NOTE_ROLES", "htmlnames"),
        ("bibcheck.readers.htmlunread", "CHROME_TAGS", "htmlnames"),
        ("bibcheck.readers.htmlsite", "CHROME_ROLES", "htmlnames"),
        ("bibcheck.readers.htmlendnotes", "NOTE_ROLES", "htmlnames"),
        ("bibcheck.readers.htmlresources", "HEADINGS", "htmlnames"),
        ("bibcheck.readers.htmlfurniture", "HEADINGS", "htmlnames"),
        ("bibcheck.parse.references.french_notes", "DUTCH_TE", "particles"),
        ("bibcheck.parse.references.din690", "DUTCH_TE", "particles"),
        ("bibcheck.readers.latex.bibitem", "DUTCH_TE", "particles"),
    ],
)
def test_one_vocabulary_shared(module: str, name: str, vocabulary: str) -> None:
    assert getattr(importlib.import_module(module), name) is getattr(
        _VOCABULARIES[vocabulary], name
    )


def test_html_names() -> None:
    assert htmlnames.HEADINGS == tuple(f"h{n}" for n in range(1, 7))
    assert {"nav", "footer"} <= htmlnames.CHROME_TAGS
    assert {"navigation", "contentinfo"} <= htmlnames.CHROME_ROLES
    assert htmlnames.NOTE_ROLES == {"doc-footnote", "doc-endnote"}


def test_dutch_te_are_shared_particles() -> None:
    assert nameparticles.DUTCH_TE == {"ten", "ter"} <= nameparticles.PARTICLES
