"""Later notes that refer back (fix12e): ``a. a. O.`` after a lead-in, the work of the author
named in a note citing several, ``Surname, *Short Title*, 2:67`` (volume:page), the first work
of a note first, a note that names the author only in a short form, and an archival source
before a dash."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.repeat import Repeat, find_repeats

FULL_BRAND = "Otto Brand, *Die Stadt am Fluss*, Hamburg 1980, S. 3."
TWO_WORKS = (
    "Vgl. Hans Kohl, *Prälaten und Rat*, Celle 1990, S. 3; Eva Roth, *Die Sülze*, Celle 1991, S. 5."
)
VOLUMES = "Mary Clarke, *The Age of Reform*, 3 vols. (London: Longman, 1901), 2:14."

CASES = [
    # (notes, the repeat of the last one)
    (
        [FULL_BRAND, "Berechnung nach Brand, a. a. O., S. 201."],
        Repeat("op-cit", 0, "201"),
    ),
    (
        [FULL_BRAND, "Zahlen nach Brand, op. cit., p. 7."],
        Repeat("op-cit", 0, "7"),
    ),
    (
        [TWO_WORKS, "Roth, a. a. O., S. 9."],
        Repeat("op-cit", 0, "9", "Roth"),
    ),
    (
        [VOLUMES, "Clarke, *Age of Reform*, 2:67."],
        Repeat("short", 0, "67"),
    ),
    (
        [VOLUMES, "On the franchise see Clarke, Age of Reform, 3:101–104."],
        Repeat("short", 0, "101–104"),
    ),
    (
        # the first work first: Kerr, not Roth
        [
            TWO_WORKS,
            "Anna Kerr, *Harbours*, Leith 1930, S. 2.",
            "Kerr, *Harbours*, 4; Roth, op. cit., 7.",
        ],
        Repeat("short", 1, "4"),
    ),
    (
        # note 2 names Brand only in a short form: the full note is note 1
        [
            FULL_BRAND,
            "Town Archive, Deeds 4; cf. Brand, *Stadt am Fluss*, 12.",
            "Brand, *Stadt am Fluss*, 40.",
        ],
        Repeat("short", 0, "40"),
    ),
]


@pytest.mark.parametrize(("notes", "want"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_back_reference(notes: list[str], want: Repeat) -> None:
    labels = [str(n + 1) for n in range(len(notes))]
    assert find_repeats(notes, labels)[-1] == want


def test_an_archival_source_before_a_dash_is_the_work_of_the_note() -> None:
    notes = [
        FULL_BRAND,
        "StadtA X, Urk. 12, fol. 3r. – Teilweise gedruckt bei Brand, Stadt (wie Anm. 1), S. 9.",
    ]
    assert find_repeats(notes, ["1", "2"])[-1] is None


LATER = [
    # (notes, the repeat of the last one)
    (
        [
            "Karl Brand, *Zollbuch* (Stade: Pape, 1931), 4.",
            "Ibid., 2:30–31. On the tolls see Maria Lind, *Ports of the Elbe*\n(Hamburg: Hanse, "
            "1961), 7.",
        ],
        Repeat("ibid", 0, "30–31"),
    ),
    (
        [
            "Karl Brand, *Zollbuch* (Stade: Pape, 1931), 4.",
            "Ibid., 9. The tariff is discussed in Maria Lind, “Tolls on the Elbe,” *Hansische "
            "Blätter* 12 (1961): 5–30, at 9.",
            "Lind, “Tolls on the Elbe,” 14.",
        ],
        Repeat("short", 1, "14", "Lind"),
    ),
]


@pytest.mark.parametrize(("notes", "want"), LATER, ids=["ibid-across-lines", "cited-after-ibid"])
def test_a_repeat_that_goes_on_to_cite_a_work(notes: list[str], want: Repeat) -> None:
    labels = [str(n + 1) for n in range(len(notes))]
    assert find_repeats(notes, labels)[-1] == want


MANUSCRIPT = """# Tolls

Text.[^1] More.[^2] Again.[^3]

[^1]: Karl Brand, *Das Zollbuch der Stadt Stade* (Stade: Pape, 1931), 4.
[^2]: Ibid.; y, en sentido contrario, Josep Maria Puig, *Los peajes del Elba en la Edad Media* (Valencia: Universitat, 1992), 41-68.
[^3]: Citado en Puig, *Los peajes del Elba*, 55.
"""


def test_a_short_note_takes_the_work_a_repeat_went_on_to_cite() -> None:
    doc = parse_bytes(MANUSCRIPT.encode(), "tolls.md")
    ref = doc.footnotes[2].reference
    assert any("Puig" in a for a in ref.authors)
    assert (ref.title, ref.year, ref.pages) == ("Los peajes del Elba en la Edad Media", 1992, "55")


GERMAN_AND_PROSE = [
    (
        [
            "Hans Vogt (Bearb.), *Die Zollbücher der Stadt Stade*, 4 Bde., Köln 1996, S. 9.",
            "Die Bücher verzeichnen nur verzollte Waren; Salz fehlt. Vgl. dazu Vogt, "
            "*Zollbücher*, Bd. 1, S. 22 f.",
        ],
        Repeat("short", 0, "22"),
    ),
    (
        [
            "Gianna Ferri, *Leggere la Bibbia* (Bologna: Il Mulino, 2005).",
            "Compare the weight given to it by Ferri, *Leggere la Bibbia*, 261–290, and by "
            "Morel, “Reading Scripture,” 128–133.",
        ],
        Repeat("short", 0, "261–290"),
    ),
]


@pytest.mark.parametrize(("notes", "want"), GERMAN_AND_PROSE, ids=["german-pages", "and-by"])
def test_short_note_after_prose_and_before_another_work(notes: list[str], want: Repeat) -> None:
    labels = [str(n + 1) for n in range(len(notes))]
    assert find_repeats(notes, labels)[-1] == want
