"""An act printed later in an official gazette is dated by its own day, not by the gazette
volume's year, as the corpus keys it (tests/heldout56/README.md, "Years": a magisterial
document the year of its own date, not of the AAS volume that prints it): ``Concordat …,
28 July 1993, AAS 90 (1998) 310–329`` is 1993, and its date and the gazette are no part of
its title.  Before, it was dated 1998 and its title ran on to the pages.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

CASES = [
    (
        "Concordat between the Holy See and the Republic of Vandria, 28 July 1993, "
        "AAS 90 (1998) 310–329.",
        "Concordat between the Holy See and the Republic of Vandria",
        1993,
    ),
    (
        "Concordat between the Holy See and the Republic of Vandria, 28 July 1993, "
        "AAS 90 (1998): 310–329.",
        "Concordat between the Holy See and the Republic of Vandria",
        1993,
    ),
    (
        "Agreement between the Holy See and the State of Lorn on legal matters, March 12, "
        "2001, AAS 95 (2003), 45–61.",
        "Agreement between the Holy See and the State of Lorn on legal matters",
        2001,
    ),
    (
        "Konkordat zwischen dem Heiligen Stuhl und der Republik Vandrien, 28. Juli 1993, "
        "AAS 90 (1998) 310–329.",
        "Konkordat zwischen dem Heiligen Stuhl und der Republik Vandrien",
        1993,
    ),
    (
        "Accord entre le Saint-Siège et la République de Vandrie, 28 juillet 1993, AAS 90 "
        "(1998), p. 310-329.",
        "Accord entre le Saint-Siège et la République de Vandrie",
        1993,
    ),
    (
        "Paul VI, *Ecclesia in delta*, apostolic exhortation, 22 November 1971, AAS 64 (1972): "
        "81–91.",
        "Ecclesia in delta",
        1971,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), CASES)
def test_the_act_keeps_its_own_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)
