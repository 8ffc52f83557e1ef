"""APA's bracketed description of a medium may go on after "of", "from", "by" or a semicolon
(``[Video recording of the production directed by …]``, ``[Film; directed by …]``): the
work is a recording, ``web`` by the corpus conventions, as ``[Video]`` is.  Every entry here
is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.described import described_medium

ENTRIES = [
    (
        "Marlowe, C. (2019). *Tamburlaine the Great* [Video recording of the production "
        "staged by the Rosehill Company]. Rosehill Theatre Archive.",
        RefKind.WEB,
    ),
    (
        "Ibsen, H. (2021). *Ghosts* [Film; directed by Maren Holt for the Fjord Stage]. "
        "Nordlys Pictures.",
        RefKind.WEB,
    ),
    (
        "Okafor, B. (2018). *Harmattan songs* [Audio recording from the Kano festival of "
        "2017]. Savanna Records.",
        RefKind.WEB,
    ),
    # guards: a dissertation, a book
    (
        "Lindgren, S. (2020). *Masks on the northern stage* [Doctoral dissertation, "
        "University of Eastmoor].",
        RefKind.THESIS,
    ),
    ("Holt, M. (2016). *Staging the sagas*. Fjord Academic Press.", RefKind.BOOK),
]


@pytest.mark.parametrize(("text", "kind"), ENTRIES)
def test_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0]).kind is kind


DESCRIBED = [
    ("*T* [Video recording of the 2014 revival at the Swan]. Archive.", True),
    ("*T* [Motion picture; produced by Northwind Films]. Northwind.", True),
    ("*T* [Video]. YouTube.", True),
    ("*T* [Doctoral dissertation, University of Eastmoor].", False),
    ("*T* [Review of the play *Ghosts*, by H. Ibsen]. Stage Weekly.", False),
]


@pytest.mark.parametrize(("raw", "want"), DESCRIBED)
def test_described_medium(raw: str, want: bool) -> None:
    assert described_medium(raw) is want
