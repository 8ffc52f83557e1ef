"""fix81p: an ISO 690 list that writes family names in capitals writes a Scottish or Irish
"Mc" / "Mac" as it is spelt, the rest in capitals (``McSWEENEY, P. L. H.``, ``MacDONALD,
A.``): the name is one of the list's people, not the end of the names and the start of the
title (:mod:`bibcheck.parse.references.caps`).  Own invented examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import caps, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "HORÁK, P. F. – LINDEN, T. P. – McGRATH, P. L. H. 2016. Sheep milk cheeses."
            " 2nd ed. Berlin : Springer, 2016. 412 s.",
            ("HORÁK, P. F", "LINDEN, T. P", "McGRATH, P. L. H"),
            "Sheep milk cheeses",
        ),
        (
            "MacDONALD, A., OLIVEIRA, J. 2019. Ewe milk processing. London : Dairy Press, 2019.",
            ("MacDONALD, A", "OLIVEIRA, J"),
            "Ewe milk processing",
        ),
        (
            "NOVÁK, J. a McLEAN, P. Mléko a sýr. Praha : Academia, 2015.",
            ("NOVÁK, J", "McLEAN, P"),
            "Mléko a sýr",
        ),
        (
            "DUPONT, J. ; MacINTYRE, A. Le fromage de brebis. Paris : Seuil, 2012.",
            ("DUPONT, J", "MacINTYRE, A"),
            "Le fromage de brebis",
        ),
        (
            "McCARTHY, Peter. Cheese in history. Dublin : Folio, 2001.",
            ("McCARTHY, Peter",),
            "Cheese in history",
        ),
        # near misses: capitals alone, as before; a name written in small letters after Mac
        (
            "HORÁK, P. – LINDEN, T. 2016. Sheep milk cheeses. Berlin : Springer, 2016.",
            ("HORÁK, P", "LINDEN, T"),
            "Sheep milk cheeses",
        ),
    ],
)
def test_mc_name_in_capitals(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    ("family", "expected"),
    [("McSWEENEY", True), ("MacDONALD", True), ("KRAJČOVIČ", True), ("Macdonald", False)],
)
def test_in_capitals(family: str, expected: bool) -> None:
    assert caps._in_capitals(family) is expected


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "McS" * (n // 3),
        lambda n: "Mc" * (n // 2) + "A",
        lambda n: "McAA " * (n // 5),
        lambda n: "MacAB, C. – " * (n // 12),
    ],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(caps._people(text)), line)
