"""Lead-ins before a note's citation in more languages: left out of its fields
(table-driven, own fixtures)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

CASES = [
    (
        "catalan-topic",
        "Sobre l'edició dels fogatges, vegeu Josep Maria Pons i Guri, *Recull d'estudis* "
        "(Barcelona: Fundació Noguera, 1989), 45.",
        "Recull d'estudis",
    ),
    (
        "lithuanian",
        "Žr. Jonas Jonaitis, *Šilumos tiekimas* (Kaunas: Technologija, 2019), 12.",
        "Šilumos tiekimas",
    ),
    (
        "slovak",
        "Pozri aj Ján Novák, *Dejiny práva* (Bratislava: Veda, 2001), 12.",
        "Dejiny práva",
    ),
    (
        "hebrew",
        "ראו Yosef Klausner, *History of the Second Temple* (Jerusalem: Ahiasaf, 1958), 312.",
        "History of the Second Temple",
    ),
]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead_in_is_no_part_of_the_title(text: str, title: str) -> None:
    assert parse_reference(text, (1,), note=True).title == title
