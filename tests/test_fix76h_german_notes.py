"""German humanities notes and entries (DIN 1505 shapes): names in natural order, a colon,
the title, then ``in:`` and a journal's volume and year with no pages."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

IN_JOURNAL = [
    (
        "Jonas Feld / Maria Sommer: Mapping Field Boundaries from Historical Sheets. In: "
        "Proceedings of the European Cartographic Society 7 (2019), DOI: 10.99999/ecs-7-2019.",
        ("Jonas Feld", "Maria Sommer"),
        "Mapping Field Boundaries from Historical Sheets",
        2019,
        RefKind.CHAPTER,
    ),
    (
        "Anna Roth und Karl Weber: Digitale Karten im Archiv, in: Zeitschrift für "
        "Geographie 4 (2021), DOI: 10.99999/zfg-4-2021.",
        ("Anna Roth", "Karl Weber"),
        "Digitale Karten im Archiv",
        2021,
        RefKind.ARTICLE,
    ),
    (
        "Anna Roth: Digitale Karten im Archiv, in: *Zeitschrift für Geographie* 4 (2021), "
        "https://doi.org/10.99999/zfg-4-2021.",
        ("Anna Roth",),
        "Digitale Karten im Archiv",
        2021,
        RefKind.ARTICLE,
    ),
    (
        "Jonas Feld / Maria Sommer: Mapping Field Boundaries from Historical Sheets, in: "
        "*Proceedings of the European Cartographic Society* 7 (2019), 12th European "
        "Cartographic Conference, Ljubljana, DOI: 10.99999/ecs-7-2019.",
        ("Jonas Feld", "Maria Sommer"),
        "Mapping Field Boundaries from Historical Sheets",
        2019,
        RefKind.CHAPTER,
    ),
    (
        "Jonas Feld und Maria Sommer: Mapping Field Boundaries from Historical Sheets, in: "
        "Proceedings of the European Cartographic Society 7 (2019), Ljubljana.",
        ("Jonas Feld", "Maria Sommer"),
        "Mapping Field Boundaries from Historical Sheets",
        2019,
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title", "year", "kind"), IN_JOURNAL)
def test_natural_names_in_journal(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind, note: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind


# a body's online resource: the bodies before the colon, the title after it, with no
# licence, version or collection after the title (:mod:`.german_web`)
BODY_WEB = [
    (
        "Landesamt für Vermessung Sachsen: Digitales Orthophoto 20 cm (DOP20), Datenlizenz "
        "Deutschland – Namensnennung – Version 2.0, https://geodaten.example.de/dop20 "
        "(Zugriff: 03.05.2023).",
        ("Landesamt für Vermessung Sachsen",),
        "Digitales Orthophoto 20 cm (DOP20)",
    ),
    (
        "Universitätsbibliothek Freiburg: Historische Stadtpläne des Breisgaus, Digitale "
        "Sammlungen, https://digital.example.de/stadtplaene (abgerufen am 4. Mai 2023).",
        ("Universitätsbibliothek Freiburg",),
        "Historische Stadtpläne des Breisgaus",
    ),
    (
        "Stadtverwaltung Jena, Geodaten TH: WMS Historische Flurkarten 1850–1870, "
        "https://wms.example.de/flurkarten (letzter Zugriff: 5.5.2023).",
        ("Stadtverwaltung Jena", "Geodaten TH"),
        "WMS Historische Flurkarten 1850–1870",
    ),
    (
        "Geodaten BW: Digitales Höhenmodell, Lizenz: CC BY 4.0, "
        "https://opendata.example.de/dgm (Zugriff am 1.2.2024).",
        ("Geodaten BW",),
        "Digitales Höhenmodell",
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title"), BODY_WEB)
def test_body_before_colon_online(
    text: str, authors: tuple[str, ...], title: str, note: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.kind is RefKind.WEB


# no body before the colon, or no German access date: the title keeps its colon
NOT_BODY_WEB = [
    (
        "Historische Karten: Eine Einführung, https://karten.example.de/ (Zugriff: 12.03.2024).",
        "Historische Karten: Eine Einführung",
    ),
    (
        "Geodaten BW: Digitales Höhenmodell, https://opendata.example.de/dgm (accessed "
        "1 February 2024).",
        "Geodaten BW: Digitales Höhenmodell",
    ),
]


@pytest.mark.parametrize(("text", "title"), NOT_BODY_WEB)
def test_no_body_before_colon(text: str, title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.authors == ()
    assert ref.title == title


@pytest.mark.parametrize(
    "remark",
    ["letzter Zugriff: 5.5.2023", "letzter Zugriff am 5.5.2023", "letzter Abruf: 5.5.2023"],
)
def test_last_access_remark(remark: str) -> None:
    text = f"Stadtarchiv Jena: Flurkarten der Saale, https://karten.example.de/saale ({remark})."
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.title == "Flurkarten der Saale"
    assert ref.access_date == date(2023, 5, 5)
