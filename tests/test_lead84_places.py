"""Publishing centres of francophone Africa, the Maghreb, Quebec and Lebanon, and of Africa's,
South Asia's, the Middle East's and Southeast Asia's literatures are places: a French note
``Auteur, *Titre*, Dakar, 2017.`` is a book printed there, not an article in a journal named
``Dakar``.  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.places import is_place


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Dakar", True),
        ("Ouagadougou", True),
        ("Port-au-Prince", True),
        ("Beyrouth", True),
        ("Dar es Salaam", True),
        ("Kuala Lumpur", True),
        ("Lahore", True),
        # the words of a multi-word name are no places of their own
        ("Salaam", False),
        ("Lumpur", False),
        ("Revue sénégalaise", False),
    ],
)
def test_is_place(name: str, known: bool) -> None:
    assert is_place(name) is known


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ndiaye, Fatou, *Les écoles coraniques du Sénégal*, Dakar, 2017.", "Dakar"),
        ("Traoré, Issa, *Médecine et société*, Bamako, Éditions Jamana, 2009.", "Bamako"),
        ("Kaboré, Paul, *La ville et ses marges*, Ouagadougou, 2014, p. 12.", "Ouagadougou"),
    ],
)
def test_french_note_printed_in_place(text: str, place: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.place == place
    assert ref.host is None


def test_french_article_unchanged() -> None:
    ref = parse_reference(
        "Ndiaye, Fatou, « Le choléra à Dakar », *Revue sénégalaise*, n° 4, 2011, p. 3-19.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert (ref.kind, ref.host) == (RefKind.ARTICLE, "Revue sénégalaise")
