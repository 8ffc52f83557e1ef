"""A Chicago bibliography entry whose author writes an initial before the given name
(``Arnold, R. Arthur.``) is read by the Chicago parser, not taken for GOST written without
area dashes (whose heading would be ``Arnold, R.``).  Entries written for this test."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        pytest.param(
            "Keller, J. Walter. The Mills of the Valley: Cotton and Credit, 1840–1870."
            " Manchester: Heywood, 1902.",
            "Keller, J. Walter",
            "The Mills of the Valley: Cotton and Credit, 1840–1870",
            1902,
            id="initial-given",
        ),
        pytest.param(
            "Dunmore, C. H. Edmund. Relief Committees in Lancashire. London: Longmans, 1865.",
            "Dunmore, C. H. Edmund",
            "Relief Committees in Lancashire",
            1865,
            id="two-initials-given",
        ),
    ],
)
def test_initial_then_given_name(text: str, author: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)  # (a list's entry)
    assert (ref.authors, ref.title, ref.year, ref.kind) == ((author,), title, year, RefKind.BOOK)
