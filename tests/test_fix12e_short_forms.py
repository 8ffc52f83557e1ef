"""A short form a note defines ("Hereafter ...", "(hereafter cited as ...)", "im Folgenden
zitiert als ...") and the later notes that use it (fix12e)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import Repeat, find_repeats

CASES = [
    (
        [
            "Fourth Report of the Poor Law Board, H.C. 1852 (1461), xxiii, 14. Hereafter Poor "
            "Law Board, Fourth Report.",
            "Anna Kerr, *Harbours* (Leith: Smith, 1930), 2.",
            "Poor Law Board, Fourth Report, 31–33.",
        ],
        Repeat("short", 0, "31–33"),
    ),
    (
        [
            "Papers Relating to the Harbour Works, 2 vols. (London: HMSO, 1861), 1:40 "
            "(hereafter cited as *Harbour Papers*).",
            "*Harbour Papers*, 2:17.",
        ],
        Repeat("short", 0, "17"),
    ),
    (
        [
            "Das Rechnungsbuch des Zollamts Stade 1490–1510, hg. von Karl Brand, Stade 1931, "
            "S. 3 (im Folgenden zitiert als: Rechnungsbuch Stade).",
            "Vgl. Rechnungsbuch Stade, S. 88.",
        ],
        Repeat("short", 0, "88"),
    ),
]


@pytest.mark.parametrize(("notes", "want"), CASES, ids=["hereafter", "cited-as", "folgenden"])
def test_a_defined_short_form_repeats_its_note(notes: list[str], want: Repeat) -> None:
    labels = [str(n + 1) for n in range(len(notes))]
    assert find_repeats(notes, labels)[-1] == want


def test_an_archive_abbreviation_is_no_short_form_of_a_work() -> None:
    notes = [
        "Stadtarchiv Celle (im Folgenden: StadtA Celle), Urk. 4, fol. 2r.",
        "StadtA Celle, Urk. 9, fol. 5v.",
    ]
    assert find_repeats(notes, ["1", "2"])[-1] is None
