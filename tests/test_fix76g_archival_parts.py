"""Fix 76g: Czech and Slovak archival items in a list in groups (ČSN / STN ISO 690).

A Czech or Slovak list in groups (``Archivní prameny`` / ``Literatura`` / ``Elektronické
zdroje``) opens with archival items cited by repository, fonds and shelfmark, often with
no year: ``Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart.
3.``, Slovak ``Štátny archív v Nitre, fond Župa, škatuľa 5.``.  Counted word by word they
read as a sentence; their shelfmarks (Czech and Slovak ``inv. č.``, ``kart.``, Slovak
``šk.``/``škatuľa``) and the Slovak ``archív`` show them an archival file
(:func:`bibcheck.parse.references.archival.archival_file`), so the list keeps them as
entries (an item was lost, and every later entry read one place off) and a note citing
one is an archival source (kind ``unknown``), no commentary.  Own examples.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import doclanguage, parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.readers.proseentry import running_prose
from tests.test_reader_odt import note, odt

ARCHIVAL = {
    "Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart. 3.": True,
    "Zemský archiv v Opavě, fond Úřad desk zemských, inv.č. 212.": True,
    "Archiv města Brna, fond Městská rada, karton 44.": True,
    "Štátny archív v Nitre, fond Nitrianska župa, škatuľa 5, inv. č. 88.": True,
    "Slovenský národný archív, fond Úrad predsedníctva, šk. 12.": True,
    # no shelfmark: a book about an archive, an archive's name alone
    "Archiv a jeho fondy. Praha: Academia, 2004.": False,
    "Státní oblastní archiv v Plzni.": False,
    # a book's inventory of its own: no repository
    "Soupis map, inv. č. 12.": False,
}


@pytest.mark.parametrize(("text", "want"), list(ARCHIVAL.items()))
def test_archival_file(text: str, want: bool) -> None:
    assert archival_file(text) is want


@pytest.mark.parametrize(
    "text",
    [
        "Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart. 3.",
        "Štátny archív v Nitre, fond Nitrianska župa, škatuľa 5.",
    ],
)
def test_archival_item_is_no_prose(text: str) -> None:
    assert not running_prose(text)


@pytest.mark.parametrize(
    "text",
    [
        "Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart. 3.",
        "Štátny archív v Nitre, fond Nitrianska župa, škatuľa 5.",
    ],
)
def test_archival_note_is_unknown(text: str) -> None:
    with doclanguage.written_in("cs"):
        ref = parse_reference(text, (1,), note=True)
    assert ref.kind is RefKind.UNKNOWN


ENTRIES = [
    (
        "Archivní prameny",
        "Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart. 3.",
    ),
    ("Archivní prameny", "Zemský archiv v Opavě, fond Úřad desk zemských, sign. A 12, 1842."),
    ("Literatura", "DOLEŽAL, Karel. Rybníky jižních Čech. Praha: Academia, 2010."),
    (
        "Literatura",
        "MAREŠOVÁ, Ilona. Jména luk a polí. Brno, 2018. Diplomová práce. Masarykova univerzita.",
    ),
    (
        "Normy a právní předpisy",
        "Zákon č. 77/2015 Sb., lesní zákoník. In: Sbírka zákonů. 2015, částka 30.",
    ),
]


def _document(entries: list[tuple[str, str]]) -> bytes:
    body = (
        "<text:h text:outline-level='1'>Úvod</text:h>"
        "<text:p>Rybníky zapsal už katastr."
        + note("1", "DOLEŽAL, Karel. Rybníky jižních Čech. Praha: Academia, 2010, s. 12.")
        + " Mapy ukládá archiv."
        + note("2", entries[0][1])
        + "</text:p>"
        "<text:h text:outline-level='1'>Prameny a literatura</text:h>"
    )
    group = None
    for heading, entry in entries:
        if heading != group:
            body += f"<text:h text:outline-level='2'>{heading}</text:h>"
            group = heading
        body += f"<text:p>{entry}</text:p>"
    return odt(body)


def test_odt_list_in_groups_keeps_archival_items() -> None:
    doc = parse_bytes(_document(ENTRIES), "clanek.odt")
    got = [e.reference for e in doc.literature]
    assert [r.raw for r in got] == [entry for _, entry in ENTRIES]
    assert [r.kind for r in got] == [
        RefKind.UNKNOWN,
        RefKind.UNKNOWN,
        RefKind.BOOK,
        RefKind.THESIS,
        RefKind.REPORT,
    ]
    assert got[4].title == "Zákon č. 77/2015 Sb., lesní zákoník"
    assert {fn.label: fn.reference.kind for fn in doc.footnotes}["2"] is RefKind.UNKNOWN


def test_odt_list_sentence_under_group_still_left_out() -> None:
    """A sentence about the list under a group's heading is still no entry (guard)."""
    entries = [
        (
            "Archivní prameny",
            "Státní oblastní archiv v Plzni, fond Velkostatek Lužany, inv. č. 17, kart. 3.",
        ),
        ("Archivní prameny", "Prameny jsou citovány podle zásad archivu a jeho badatelského řádu."),
        ("Literatura", "DOLEŽAL, Karel. Rybníky jižních Čech. Praha: Academia, 2010."),
    ]
    doc = parse_bytes(_document(entries), "clanek.odt")
    assert [e.reference.raw for e in doc.literature] == [entries[0][1], entries[2][1]]
