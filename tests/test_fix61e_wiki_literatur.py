"""German/French Wikipedia: ``== Literatur ==`` beside the notes is further reading (fix61e).

``== Literatur ==`` (``== Bibliographie ==``) of works no note cites, beside
``== Einzelnachweise ==`` (``== Notes et références ==``) over ``<references />``, lists
further works: listed on purpose, never uncited.  When the notes cite its works by a
short form (``Schmidt 2001, S. 12.``) it is the list they point at, and an entry no note
names is uncited as before.  ``== Weblinks ==`` is no list of works.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RawNote
from bibcheck.readers.mediawiki import read
from bibcheck.readers.wikireading import bare_literature_heading, named_by_notes


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Literatur", True),
        ("Literatur (Auswahl)", True),
        ("Bibliographie", True),
        ("Bibliografía", True),
        ("Literatura", True),
        ("'''Literatur'''", True),
        ("Einzelnachweise", False),
        ("References", False),
        ("Sources", False),
        ("Notes et références", False),
        ("Weblinks", False),
        ("Literatur und Quellen zur Stadtgeschichte", False),
    ],
)
def test_bare_literature_heading(heading: str, expected: bool) -> None:
    assert bare_literature_heading(heading) is expected


@pytest.mark.parametrize(
    ("entry", "notes", "expected"),
    [
        (
            "Karl Schmidt: Handel an der Küste. Wachholtz, Neumünster 2001.",
            ["schmidt 2001, s. 12."],
            True,
        ),
        ("Schmidt, Karl: Handel an der Küste. Berlin 2001.", ["vgl. schmidt (2001), s. 4"], True),
        (
            "Karl Schmidt: Handel an der Küste. Wachholtz, Neumünster 2001.",
            ["schmidtke 2001, s. 12."],
            False,
        ),
        (
            "Karl Schmidt: Handel an der Küste. Wachholtz, Neumünster 2001.",
            ["lange 1987, s. 5."],
            False,
        ),
        ("Paul Martin, Commerce et littoral, Rennes, PUR, 2001.", ["martin 2001, p. 14."], True),
    ],
)
def test_named_by_notes(entry: str, notes: list[str], expected: bool) -> None:
    assert named_by_notes(RawNote("1", entry, 1, 1, (1,)), notes) is expected


_DE = """'''Hafenstadt''' ist eine Stadt am Meer.<ref>Hans Müller: ''Die Häfen der Nordsee.'' Beck, München 1999, S. 12.</ref>

== Geschichte ==
Die Stadt wurde 1201 gegründet.<ref name="berg">Anna Berg: ''Stadtgeschichte.'' In: ''Zeitschrift für Geschichte.'' Band 12, 2005, S. 33–40.</ref> Später wuchs sie.{later}

== Literatur ==
* Karl Schmidt: ''Handel und Wandel an der Küste.'' Wachholtz, Neumünster 2001, ISBN 3-529-02415-8.
* Petra Vogel (Hrsg.): ''Küstenstädte im Mittelalter.'' Springer, Berlin 2010.
* Otto Lange: ''Leuchttürme.'' 3. Auflage. Koehler, Hamburg 1987.

== Weblinks ==
* [https://www.hafenstadt.example.de/ Offizielle Website]

== Einzelnachweise ==
<references />
"""

_FR = """'''Port-Neuf''' est une ville côtière.<ref>Jean Dupont, ''Les ports de la Manche'', Paris, Gallimard, 1999, p. 12.</ref>

== Histoire ==
La ville fut fondée en 1201.<ref>Marie Leroy, « Histoire urbaine », ''Revue d'histoire'', vol. 12, 2005, p. 33-40.</ref>

== Notes et références ==
<references />

== Bibliographie ==
* Paul Martin, ''Commerce et littoral'', Rennes, PUR, 2001, 320 p. (ISBN 978-2-7535-0001-2).
* Claire Petit (dir.), ''Villes côtières au Moyen Âge'', Lyon, ENS Éditions, 2010.
"""


def _uncited(path: Path) -> list[int | None]:
    doc = parse_file(path)
    return [a.literature_entry for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("de.wiki", _DE.format(later='<ref name="berg" />'), [7, 8, 9]),
        ("fr.wiki", _FR, [10, 11]),
    ],
)
def test_literature_beside_notes_is_further_reading(
    tmp_path: Path, name: str, text: str, lines: list[int]
) -> None:
    raw = read(text)
    assert [(e.line, e.nocite) for e in raw.literature] == [(n, True) for n in lines]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _uncited(path) == []
    assert len(parse_file(path).literature) == len(lines)


def test_literature_the_notes_cite_is_the_cited_list(tmp_path: Path) -> None:
    text = _DE.format(
        later="<ref>Schmidt 2001, S. 12.</ref> Dann kam der Krieg.<ref>Lange (1987), S. 5.</ref>"
    )
    raw = read(text)
    assert [e.nocite for e in raw.literature] == [False, False, False]
    path = tmp_path / "de.wiki"
    path.write_text(text, encoding="utf-8")
    assert _uncited(path) == [2]  # Vogel: cited by no note


def test_weblinks_are_no_works() -> None:
    raw = read(_DE.format(later=""))
    assert [e.line for e in raw.literature] == [7, 8, 9]
    assert not any("hafenstadt.example" in e.text for e in raw.literature)


def test_page_without_notes_keeps_its_list() -> None:
    # no notes at all: the list is all the page cites from, its works are not further reading
    lists = _DE.split("== Literatur ==")[1].split("== Weblinks ==")[0]
    text = "Die Stadt liegt am Meer (Schmidt 2001).\n\n== Literatur ==" + lists
    raw = read(text)
    assert [e.nocite for e in raw.literature] == [False, False, False]
