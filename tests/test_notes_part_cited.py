"""Fix 37n: a comma-form book note that ends with the part it cites (``cap. 3``,
``apéndice II``, ``annexe 2``) is a book, in every style the notes are read by; a sentence of
prose that ends in a short note (``… las que da Ruiz Peña, Molinos, p. 131.``) repeats the
work the earlier note cites in full.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import commaform, parse_reference, refine, repeat
from bibcheck.parse.references.repeat import find_repeats
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


NOTES = [
    "Véase Lucía Ruiz Peña, Los molinos del Duero, Zamora, Semuret, 1994, pp. 21–44.",
    "Marco Bassi, I mulini del Po, Milano, Mondadori, 1988, p. 3.",
    "Véase el cuadro 2. Las cifras de 1802 coinciden con las que da Ruiz Peña, Los molinos, p. 131.",
    "The tolls of 1790 agree with those given by Bassi, I mulini, p. 7.",
    "Las cifras de 1802 coinciden con las que da Gil Soto, Las aceñas, p. 9.",  # cited nowhere
    # (a work cited in full first: the short note after it is a second work, no repeat)
    "See Ana Gil, Los puertos (Madrid: CSIC, 1991), 34, and on the mills Bassi, I mulini, 9.",
]


def test_prose_ending_in_a_short_note_repeats_the_work() -> None:
    found = find_repeats(NOTES)
    assert [r.target if r else None for r in found] == [None, None, 0, 1, None, None]
    assert found[2] is not None and found[2].locator == "131"


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


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "la de Ab" * (n // 8) + ", T, p. 1", id="names"),
        pytest.param(lambda n: "que da Ruiz Peña, " + "x" * n, id="long-title"),
    ],
)
def test_prose_tail_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: repeat._TAIL_NAME.findall(text), line)
    assert_linear(lambda text: find_repeats(["Ruiz Peña, T, 1990.", text]), line)
