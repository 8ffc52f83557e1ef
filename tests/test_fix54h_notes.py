"""Fix 54h: the note apparatus of European humanities writing.

Archival and manuscript notes (a repository or its abbreviation, a fonds, a leaf) are
works of kind ``unknown``, not commentary; an issue of a newspaper cited by its date is an
article; ``op. cit.`` / ``a.a.O.`` repeat the note whose *author* the name is, not a later
note naming it in a title; a note that only points to an earlier note (``Vgl. oben Anm.
12``) repeats that note's work; a German two-author short form (``A; B: Title, 2015, S.
4``) repeats the full note.  Own fixtures, written in the shapes such notes have."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file, archival_source
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.unlisted import newspaper_issue_title
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("StAL, 20 Rat der Stadt, Loc. 4411, Bl. 7v.", True),
        ("HStAM, 17 Kanzlei, Nr. 12, fol. 3.", True),
        ("AN, F7 12345, f° 9.", True),
        ("Bibliothèque de Lyon, ms. lat. 5, f° 2-4.", True),
        ("Archives départementales du Rhône, 1 L 233, f° 14.", True),
        ("Staatsarchiv Basel, Protokolle, Bl. 12r–14v.", True),
        # negatives: published works with pages, a name with two capitals and no leaf
        ("Meyer, Das Buch der Stadt, Berlin 1990, S. 4.", False),
        ("Jean Martin, Histoire de Lyon, Paris, 1980, p. 12.", False),
        ("McKay, The Nation and its Ports, Edinburgh 1990, p. 3.", False),
        ("Archives parlementaires, t. 8 (Paris: Dupont, 1875), 12.", False),
        ("*Le Temps*, 3 mai 1871, p. 2.", False),
    ],
)
def test_archival_file(text: str, expected: bool) -> None:
    assert archival_file(text) is expected


def test_newspaper_issue_is_still_an_archival_source() -> None:
    # (archival_source keeps counting newspaper issues; archival_file does not)
    assert archival_source("*Le Temps*, 3 mai 1871, p. 2.")
    assert not archival_file("*Le Temps*, 3 mai 1871, p. 2.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("StAL, 20 Rat der Stadt, Loc. 4411, Bl. 7v.", RefKind.UNKNOWN),
        ("Bibliothèque de Lyon, ms. lat. 5, vol. 2, f° 2-4.", RefKind.UNKNOWN),
        ("BnF, département des Manuscrits, NAF 12001, f° 17.", RefKind.UNKNOWN),
        ("*Le Temps*, 3 mai 1871, p. 2, compte rendu de la séance du 2 mai.", RefKind.ARTICLE),
        ("Manchester Guardian, 12 March 1850, 3.", RefKind.ARTICLE),
        # negatives: a book and a chapter stay what they are
        ("Jean Martin, Histoire de Lyon, Paris, Seuil, 1980, p. 12.", RefKind.BOOK),
        ("Karl Lenz, Die Stadt und ihr Rat, Leipzig 1912, S. 40–44.", RefKind.BOOK),
    ],
)
def test_note_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], note=True).kind is kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("*Le Temps*, 3 mai 1871, p. 2, compte rendu de la séance du 2 mai.", "Le Temps"),
        ("Manchester Guardian, 12 March 1850, 3, leading article.", "Manchester Guardian"),
        # negative: a headline before the paper is an article of its own
        ("“The Docks,” Manchester Guardian, 12 March 1850, 3.", None),
    ],
)
def test_newspaper_issue_title(text: str, title: str | None) -> None:
    assert newspaper_issue_title(text) == title


_BY_NAME = [
    "Johann Gottfried Herder, Kritische Wälder, Riga 1769, S. 4.",
    "Paul Lenz, Herder und die Kunst, Berlin 1911, S. 3.",
    "Herder, a.a.O., S. 20.",
    "Louis Girard, Essai sur le goût, Paris, 1890, p. 3.",
    "Anne Roux, Girard et les salons, Lyon, 1999, p. 5.",
    "Girard, op. cit., p. 4.",
    "Roux, op. cit., p. 9.",
    "Roux, art. cit., p. 10.",
]


@pytest.mark.parametrize(
    ("index", "target"),
    [
        (2, 0),  # Herder is the author of note 1, only in note 2's title
        (5, 3),
        (6, 4),  # negative: Roux is the author of the latest note naming her
        (7, 4),
    ],
)
def test_op_cit_by_author(index: int, target: int) -> None:
    found = find_repeats(_BY_NAME, [str(n + 1) for n in range(len(_BY_NAME))])
    rep = found[index]
    assert rep is not None and rep.target == target


_CROSSED = [
    "Karl Lenz, Die Stadt und ihr Rat, Leipzig 1912, S. 40.",
    "Marie Roux, Les ports, Paris, 1990, p. 4.",
    "Vgl. oben Anm. 1.",
    "See n. 2 above.",
    "Cf. supra, note 1, p. 7.",
    "Voir supra n. 2.",
    "Siehe Anm. 12.",  # a later note: a remark, no repeat
    "Dazu ausführlich Anm. 1 und die dort genannte Literatur zu den Räten.",
]


@pytest.mark.parametrize(
    ("index", "target", "locator"),
    [(2, 0, None), (3, 1, None), (4, 0, "7"), (5, 1, None)],
)
def test_bare_cross_reference(index: int, target: int, locator: str | None) -> None:
    found = find_repeats(_CROSSED, [str(n + 1) for n in range(len(_CROSSED))])
    rep = found[index]
    assert rep is not None and rep.target == target and rep.locator == locator


@pytest.mark.parametrize("index", [6, 7])
def test_bare_cross_reference_negatives(index: int) -> None:
    found = find_repeats(_CROSSED, [str(n + 1) for n in range(len(_CROSSED))])
    assert found[index] is None


_TWO_AUTHORS = [
    "Vgl. Lenz, Karl; Vogt, Anna: Räte und Städte. Eine Einführung, in: Roth (Hg.): "
    "Stadtgeschichte, Köln 2016, S. 10–30.",
    "Vgl. Roth, Eva: Anderes Buch, Berlin 2010, S. 4.",
    "Lenz; Vogt: Räte und Städte, 2016, S. 12 f.",
    "Lenz; Kraus: Räte und Städte, 2016, S. 12 f.",
]


@pytest.mark.parametrize(("index", "target"), [(2, 0), (3, None)])
def test_two_author_colon_short(index: int, target: int | None) -> None:
    found = find_repeats(_TWO_AUTHORS, [str(n + 1) for n in range(len(_TWO_AUTHORS))])
    rep = found[index]
    assert (rep.target if rep is not None else None) == target


LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab, " * (n // 4), id="commas"),
    pytest.param(lambda n: "AbC, " + "x " * (n // 2), id="abbreviation-words"),
    pytest.param(lambda n: "AbC, " + "1, " * (n // 3), id="abbreviation-numbers"),
    pytest.param(lambda n: "Anm. " * (n // 5), id="cross-words"),
    pytest.param(lambda n: "*Le Temps*, 3 mai 1871, " + "a, " * (n // 3), id="remark"),
]


@pytest.mark.parametrize("line", LINES)
def test_archival_file_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(archival_file, line)


@pytest.mark.parametrize("line", LINES)
def test_newspaper_issue_title_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(newspaper_issue_title, line)


@pytest.mark.parametrize("line", LINES)
def test_find_repeats_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: find_repeats(["Karl Lenz, Titel, Berlin 1900.", text]), line)


@pytest.mark.parametrize(
    ("text", "access", "place"),
    [
        (
            "Vgl. Roth, Eva: Die Stadt im Netz, URL: https://example.org/stadt, Stand: 06.08.2020.",
            "2020-08-06",
            None,
        ),
        (
            "Vgl. Roth, Eva: Die Stadt im Netz, URL: https://example.org/stadt (Stand: 1.2.2021).",
            "2021-02-01",
            None,
        ),
        (
            "Lenz, Karl: Ratsbuch online, https://example.org/rb, zuletzt aufgerufen 3.5.2021.",
            "2021-05-03",
            None,
        ),
        (
            "Marie Roux, « Les ports », https://example.org/ports, consulté le 4 mai 2022.",
            "2022-05-04",
            None,
        ),
        # negative: "Stand: Juni 2023" is the version of a document, no access date
        ("Bundesamt für Bauwesen: Richtlinie Brücken, Stand: Juni 2023, Bonn 2023.", None, "Bonn"),
    ],
)
def test_access_dates(text: str, access: str | None, place: str | None) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (str(ref.access_date) if ref.access_date else None) == access
    assert ref.place == place
