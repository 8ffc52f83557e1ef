"""An address cut short inside its host name by a converter (the rest lost at the page's
edge: ``https://harbourmu`` for ``https://harbourmuseum.org/archive/``) is no second
address a footnote and its literature entry disagree on; two real addresses are."""

from __future__ import annotations

import pytest

from bibcheck.parse.matching import cut_in_host


@pytest.mark.parametrize(
    ("one", "other", "cut"),
    [
        ("https://harbourmuseum.org/archive/", "https://harbourmu", True),
        ("https://harbourmu", "https://harbourmuseum.org/archive/", True),
        ("https://harbourmuseum.org/archive/", "https://harbourmuseum.org/archive/x", False),
        ("https://harbourmuseum.org/a", "https://harbourmuseum.org/b", False),
        ("http://localhost", "http://localhost:8000/app", False),
        ("https://harbour.org/", "https://museum.org/", False),
    ],
)
def test_cut_in_host(one: str, other: str, cut: bool) -> None:
    assert cut_in_host(one, other) is cut
