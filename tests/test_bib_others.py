"""``and others`` in a ``.bib`` name list is BibTeX's "et al.", never a person."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib


@pytest.mark.parametrize(
    ("authors", "want"),
    [
        pytest.param("Lindqvist, Aino and Moreau, P. and others", ("Lindqvist, Aino", "Moreau, P."),
                     id="inverted"),
        pytest.param("Aino Lindqvist and others", ("Lindqvist, Aino",), id="natural-order"),
        pytest.param("{Water Resources Board} and others", ("Water Resources Board",),
                     id="corporate"),
        pytest.param("Lindqvist, Aino and Moreau, P.", ("Lindqvist, Aino", "Moreau, P."),
                     id="no-others"),
    ],
)  # fmt: skip
def test_and_others_is_no_author(authors: str, want: tuple[str, ...]) -> None:
    (record,), _ = read_bib(f"@article{{k, author={{{authors}}}, title={{T}}, year={{2010}}}}")
    assert record.authors == want
    assert record.fields["author"].endswith("and others") == authors.endswith("and others")
