"""A Vancouver book's edition statement in the Scandinavian languages, Dutch or Czech.

``Title. 2. uppl. Lund: Publisher; 2014.``: the edition is a sentence of its own between the
title and the imprint, as ``2nd ed.`` is; the number before its period is no sentence of its
own, and neither is part of the title.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

# (entry, title, place, publisher)
CASES = [
    (
        "Lindgren A, Holm B. Vårdens etik: teori och praktik. 2. uppl. Lund: Vårdförlaget; 2016.",
        "Vårdens etik: teori och praktik",
        "Lund",
        "Vårdförlaget",
    ),
    (
        "Nilsen K, Strand O. Sykepleiens grunnlag. 3. utg. Oslo: Fjordforlaget; 2019.",
        "Sykepleiens grunnlag",
        "Oslo",
        "Fjordforlaget",
    ),
    (
        "Holm P, Bech S. Klinisk sygepleje i hverdagen. 4. udg. Aarhus: Hedeforlaget; 2012.",
        "Klinisk sygepleje i hverdagen",
        "Aarhus",
        "Hedeforlaget",
    ),
    (
        "Novák J, Černá L. Základy ošetřovatelství. 2. vyd. Brno: Moravské nakladatelství; 2015.",
        "Základy ošetřovatelství",
        "Brno",
        "Moravské nakladatelství",
    ),
]


@pytest.mark.parametrize(
    ("entry", "title", "place", "publisher"), CASES, ids=[f"case{i}" for i in range(len(CASES))]
)
def test_the_edition_is_no_part_of_the_title(
    entry: str, title: str, place: str, publisher: str
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.style == "vancouver"
    assert ref.title == title
    assert (ref.place, ref.publisher) == (place, publisher)
