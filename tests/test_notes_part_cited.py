"""Fix 37n: a comma-form book note that ends with the part it cites (``cap. 3``,
``apéndice II``, ``annexe 2``) is a book, in every style the notes are read by; a sentence of
prose that ends in a short note (``… las que da Ruiz Peña, Molinos, p. 131.``) repeats the
work the earlier note cites in full.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commaform, parse_reference, refine
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "Lucía Ruiz Peña, Los molinos del Duero, Madrid, Taurus, 1994, apéndice III.",
        "Lucía Ruiz Peña, Los molinos del Duero, Valladolid, Universidad de Valladolid, 1994, cap. 4.",
        "Marco Bassi, I mulini del Po, Milano, Mondadori, 1988, cap. II.",
        "Jean Roux, Les moulins de Loire, Paris, Seuil, 1990, annexe 2.",
        "Ivan Horvat, Mlinovi na Savi, Beograd, Prosveta, 1979, prilog 1.",
    ],
    ids=["apendice", "cap", "italian", "annexe", "prilog"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_part_cited_after_imprint_is_a_book(text: str, detect: bool) -> None:
    ref = parse_reference(text, (1,), note=True, detect_styles=detect)
    assert ref.kind is RefKind.BOOK
    assert ref.year is not None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "x, 1990, cap. " + "I" * n, id="numeral"),
        pytest.param(lambda n: "Roe, T, Paris, Seuil, 1990, apéndice" + " " * n, id="spaces"),
    ],
)
def test_part_cited_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(commaform.parse, line)
    assert_linear(lambda text: refine._COMMA_FACTS.match(text), line)
