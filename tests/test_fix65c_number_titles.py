"""fix65c: a book titled by a number ("1984", "2666") keeps its title; its year is the
entry's own."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param("Orwell, G. (1949). 1984. London: Secker & Warburg.", "1984", 1949, id="en"),
        pytest.param("Bolaño, R. (2004). 2666. Barcelona: Anagrama.", "2666", 2004, id="es"),
        pytest.param("Furet, F. (1988). 1789. Paris : Hachette.", "1789", 1988, id="fr"),
    ],
)
def test_number_title(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.year) == (title, year)
