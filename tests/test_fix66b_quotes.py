"""fix66b: the quotation marks a pattern tests for come from quote_pairs, each set defined once."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import quote_pairs

# (name of the set, marks it holds, marks it must not hold)
_SETS = [
    ("DOUBLE_OPENINGS", '“"„«', "”»‘’'‚‹›"),
    ("DOUBLE_CLOSINGS", '”“"»', "„«‘’'"),
    ("DOUBLE", '“”"„«»', "‘’'‚‹›「」"),
    ("TITLE_OPENINGS", '“"„«‘', "”»’'"),
]


@pytest.mark.parametrize(("name", "held", "not_held"), _SETS)
def test_mark_set(name: str, held: str, not_held: str) -> None:
    marks = getattr(quote_pairs, name)
    assert set(marks) == set(held)
    assert not set(marks) & set(not_held)


@pytest.mark.parametrize("pair", [p for p in quote_pairs.PAIRS if p.opening in '“"„«'])
def test_double_sets_come_from_the_pairs(pair: quote_pairs.QuotePair) -> None:
    assert pair.opening in quote_pairs.DOUBLE_OPENINGS
    assert set(pair.closing) <= set(quote_pairs.DOUBLE_CLOSINGS)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("bibcheck.parse.references.ieee", "_QUOTE_IN"),
        ("bibcheck.parse.references.bluebook", "_QUOTES"),
        ("bibcheck.readers.latex.bibitem", "_QUOTE"),
    ],
)
def test_patterns_use_the_shared_double_marks(module: str, name: str) -> None:
    import importlib

    pattern = getattr(importlib.import_module(module), name)
    for mark in quote_pairs.DOUBLE:
        assert pattern.search(mark + "Title")
