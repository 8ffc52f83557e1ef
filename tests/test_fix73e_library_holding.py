"""fix73e: a library's holding cited by shelf mark and RISM siglum is an archival entry (kept
in a bibliography in parts, tied to the notes that cite it by its shelf mark), and an archival
note is tied to the archival entry listing its call number even when the name of its folder
is some listed work's title."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind, LiteratureEntry, Reference
from bibcheck.parse.matching import CALL_NUMBER, LiteratureIndex
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.callnumbers import CallNumber, call_numbers
from bibcheck.readers.proseentry import running_prose


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        pytest.param("Bibliothèque nationale de France, département de la Musique, Vm7 4822 "
                     "(RISM F-Pn) : cantates françaises de Bernier, copie de travail.", True,
                     id="bnf-shelf-mark-and-siglum"),
        pytest.param("Bibliothèque municipale de Versailles, manuscrits musicaux (RISM F-V) : "
                     "motets de Lalande, parties séparées.", True, id="siglum-only"),
        pytest.param("Biblioteca del Conservatorio di San Pietro a Majella, fondo Noseda "
                     "(RISM I-Nc) : arie di Leo.", True, id="italian-siglum"),
        pytest.param("Bibliothèque nationale de France, Vm1 1490 : messe à quatre voix, "
                     "partition autographe.", True, id="collection-mark-only"),
        pytest.param("Bibliothèque de l'Arsenal, Rés. Vm2 312 : airs sérieux et à boire.", True,
                     id="reserve-collection-mark"),
        pytest.param("RISM A/I, M 3012 : Mondonville, Pièces de clavecin.", False,
                     id="rism-series-no-library"),
        pytest.param("Bibliothèque des idées, Vol 12 : essais critiques.", False,
                     id="series-volume"),
        pytest.param("Marie Dubois, Le goût du public, Lyon, ENS Éditions, 2015.", False,
                     id="a-book"),
    ],
)  # fmt: skip
def test_a_library_holding_is_an_archival_file(text: str, archival: bool) -> None:
    assert archival_file(text) is archival


def test_a_holding_without_a_year_is_no_prose_about_the_list() -> None:
    assert not running_prose(
        "Bibliothèque nationale de France, département de la Musique, Vm7 4822 (RISM F-Pn) : "
        "cantates françaises de Bernier, copie de travail."
    )


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        pytest.param("Bibliothèque nationale de France, Vm7 4822 (RISM F-Pn), fol. 3r.",
                     [CallNumber("VM7 ", 4822, 4822)], id="one"),
        pytest.param("BnF, Vm1 1160-1164 : motets.", [CallNumber("VM1 ", 1160, 1164)],
                     id="a-run"),
        pytest.param("Vol 12, no. 3", [], id="no-glued-number"),
    ],
)  # fmt: skip
def test_a_music_librarys_shelf_mark_is_a_call_number(text: str, calls: list[CallNumber]) -> None:
    assert call_numbers(text) == calls


def _ref(raw: str, title: str | None) -> Reference:
    return Reference(raw=raw, line=1, end_line=1, title=title)


def test_an_archival_note_is_tied_to_the_entry_of_its_call_number_not_to_a_title() -> None:
    entries = [
        LiteratureEntry(
            1,
            10,
            _ref(
                "Archives départementales du Rhône, 3 E/12/45 : délibérations, 1760-1789.",
                "Archives départementales du Rhône, 3 E/12/45 : délibérations, 1760-1789",
            ),
        ),
        LiteratureEntry(
            2, 11, _ref("DURAND, Paul, Les foires de Lyon, Lyon, 1990.", "Les foires de Lyon")
        ),
    ]
    note = _ref(
        "Archives départementales du Rhône (désormais ADR), 3 E/12/45, liasse « Les foires de "
        "Lyon », pièce 2.",
        "Les foires de Lyon",
    )
    match = LiteratureIndex(entries).match(note)
    assert match is not None and (match.number, match.method) == (1, CALL_NUMBER)


DOCUMENT = """\
# Le motet à Lyon

La copie porte les doublures des chœurs.[^1] Le recueil fut joué en 1752.[^2] Les comptes le
confirment.[^3]

[^1]: Lyon, Bibliothèque municipale, fonds musical, Vm7 4822 (RISM F-LYm), fol. 3r-5v.

[^2]: Paul Durand, *Les foires de Lyon*, Lyon, Presses universitaires, 1990, p. 12.

[^3]: Archives départementales du Rhône (désormais ADR), 3 E/12/45, liasse « Les foires de Lyon », pièce 2.

# Sources et bibliographie

## Sources manuscrites

Archives départementales du Rhône, 3 E/12/45 : délibérations du consulat, 1760-1789.

Bibliothèque municipale de Lyon, fonds musical, Vm7 4822 (RISM F-LYm) : motets à grand chœur, copie d'exécution.

## Études

DURAND, Paul, *Les foires de Lyon*, Lyon, Presses universitaires, 1990.
"""


def test_a_list_in_parts_keeps_the_holding_and_the_notes_find_their_entries() -> None:
    from bibcheck.analyse import analyse_document

    doc = parse_bytes(DOCUMENT.encode(), "motet.md")
    assert len(doc.literature) == 3
    assert "Vm7 4822" in doc.literature[1].reference.raw
    tied = [f.literature.number if f.literature else None for f in doc.footnotes]
    assert tied == [2, 3, 1]
    findings = analyse_document(doc, {}, {})
    assert not [f for f in findings if f.kind is FindingKind.FOOTNOTE_LITERATURE_MISMATCH]
