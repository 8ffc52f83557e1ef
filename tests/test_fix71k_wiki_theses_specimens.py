"""Wiki templates naming a thesis by their own language's type parameter (``typ=rozprawa
doktorska``, ``Typ=Dissertation``, ``tipo=tesis doctoral``) cite a thesis; a book template's
``chapter=`` in proceedings or a field-trip guide cites the chapter even with no editors
(one author's own book still cites the book); a note naming a collection's object by its
number (``…, specimen no. GM-R/118 (…)``) is no commentary.  Works, people and museums
invented for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference

TH, CH, BOOK = RefKind.THESIS, RefKind.CHAPTER, RefKind.BOOK


def _template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 4), "{{…}}", 4, 4)


# (id, template, params, (kind, title))
CASES = [
    (
        "pl cytuj typ",
        "cytuj",
        {
            "autor": "Ewa Nowak",
            "tytuł": "Osuwiska w dolinie Popradu",
            "typ": "rozprawa doktorska",
            "wydawca": "Uniwersytet Rolniczy",
            "miejsce": "Kraków",
            "data": "2015",
        },
        (TH, "Osuwiska w dolinie Popradu"),
    ),
    (
        "pl książka typ",
        "cytuj książkę",
        {
            "autor": "Ewa Nowak",
            "tytuł": "Torfowiska Orawy",
            "typ": "praca magisterska",
            "wydawca": "Uniwersytet Rolniczy",
            "data": "2012",
        },
        (TH, "Torfowiska Orawy"),
    ),
    (
        "es tipo",
        "cita libro",
        {
            "apellidos": "Ruiz",
            "nombre": "Marta",
            "título": "Deslizamientos en la sierra",
            "tipo": "tesis doctoral",
            "editorial": "Universidad de Granada",
            "año": "2017",
        },
        (TH, "Deslizamientos en la sierra"),
    ),
    (
        "en cite thesis type",
        "cite thesis",
        {
            "last": "Hale",
            "first": "Ruth",
            "title": "Slope failures of the fens",
            "type": "PhD thesis",
            "publisher": "University of Leeds",
            "year": "2015",
        },
        (TH, "Slope failures of the fens"),
    ),
    (
        "pl rozdział in field guide",
        "cytuj książkę",
        {
            "nazwisko": "Nowak",
            "imię": "Ewa",
            "rozdział": "Skałki nad Popradem",
            "tytuł": "Proceedings of the 7th Congress of Mountain Geology: Field Trip Guide",
            "miejsce": "Kraków",
            "data": "2012",
            "strony": "10–20",
        },
        (CH, "Skałki nad Popradem"),
    ),
    (
        "en chapter in proceedings",
        "cite book",
        {
            "last": "Hale",
            "first": "Ruth",
            "chapter": "Peat cores of the fens",
            "title": "Papers of the 12th International Symposium on Wetlands",
            "year": "2011",
        },
        (CH, "Peat cores of the fens"),
    ),
    # guard (passes on main): one author's own book keeps its title, its chapter a locator
    (
        "own book guard",
        "cite book",
        {
            "last": "Hale",
            "first": "Ruth",
            "chapter": "Drains",
            "title": "Symposium on the fens",
            "year": "2011",
        },
        (BOOK, "Symposium on the fens"),
    ),
]


@pytest.mark.parametrize(
    ("name", "params", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_template(name: str, params: dict[str, str], expected: tuple[RefKind, str]) -> None:
    ref = cite_reference(_template(name, params))
    assert (ref.kind, ref.title) == expected


@pytest.mark.parametrize(
    ("title", "collected"),
    [
        ("Proceedings of the Fen Society", True),
        ("Tagungsband der 9. Moortagung", True),
        ("Materiały konferencji torfowej", True),
        ("Excursion Guide: Northern Fens", True),
        ("Papers of the XII Congress of Karst Studies", True),
        ("Symposium", False),
        ("The Conference of the Birds", False),
        ("Canal Locks", False),
    ],
)
def test_collected_volume(title: str, collected: bool) -> None:
    from bibcheck.parse.references.wikiparts import collected_volume

    assert collected_volume(title) is collected


@pytest.mark.parametrize(
    "note",
    [
        "Museum of Fen Geology, specimen no. GM-R/118 (peat, Ely, collected 1931).",
        "Muzeum Ziemi w Lublinie, okaz nr MZ-G/404 (łupek, Kazimierz, zebrany 1958).",
        "Stadtmuseum Kleinfeld, Inv.-Nr. 4471 (Mahlstein, gefunden 1907).",
    ],
)
def test_specimen_note_not_commentary(note: str) -> None:
    assert parse_reference(note, [0], note=True).kind is not RefKind.COMMENTARY
