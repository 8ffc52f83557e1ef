"""German notes and lists: an ``in:`` article in the comma form of notes, a series in
parentheses, the number of volumes or a thesis after the title, a particle after the given
names, and an editor's ``(Bearb.)``."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "host", "volume", "pages"),
    [
        (
            "Karin Albrecht, Brauer und Rat. Die Bierakzise in Einbeck im 16. Jahrhundert, "
            "in: Niedersächsisches Jahrbuch 88 (2016), S. 101–139, hier S. 120.",
            ("Karin Albrecht",),
            "Brauer und Rat. Die Bierakzise in Einbeck im 16. Jahrhundert",
            2016,
            "Niedersächsisches Jahrbuch",
            "88",
            "101–139",
        ),
        (
            "Vgl. Peter Lenz, Der Rat und die Zünfte, in: *Zeitschrift für Stadtgeschichte* "
            "N. F. 12 (1979), S. 5–31.",
            ("Peter Lenz",),
            "Der Rat und die Zünfte",
            1979,
            "Zeitschrift für Stadtgeschichte N. F.",
            "12",
            "5–31",
        ),
        (
            "Ulrike Brenner und Jan Wolf, Kredit im Hanseraum, in: Blätter für deutsche "
            "Landesgeschichte 140 (2004), S. 1–40.",
            ("Ulrike Brenner", "Jan Wolf"),
            "Kredit im Hanseraum",
            2004,
            "Blätter für deutsche Landesgeschichte",
            "140",
            "1–40",
        ),
    ],
    ids=["plain", "italic-new-series", "two-authors"],
)
def test_german_note_article(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    host: str,
    volume: str,
    pages: str,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.ARTICLE
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert (ref.host, ref.volume, ref.pages) == (host, volume, pages)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Krause, Heinrich: Die Ratsverfassung von Goslar (Forschungen zur Geschichte "
            "Niedersachsens 12), Hildesheim 1961.",
            ("Krause, Heinrich",),
            "Die Ratsverfassung von Goslar",
            1961,
        ),
        (
            "Lange, Tobias: Salzhandel im Ostseeraum (Studien zur Hanse N. F. 8), Köln 2001.",
            ("Lange, Tobias",),
            "Salzhandel im Ostseeraum",
            2001,
        ),
        (
            "Ernst, Paula: Die Welser. Eine Familie (1420–1614), Augsburg 1990.",
            ("Ernst, Paula",),
            "Die Welser. Eine Familie (1420–1614)",
            1990,
        ),
        (
            "Schulte, Anna (Hg.): Die Kämmereirechnungen der Stadt Hildesheim, 3 Bde., "
            "Hildesheim 1902.",
            ("Schulte, Anna",),
            "Die Kämmereirechnungen der Stadt Hildesheim",
            1902,
        ),
        (
            "Busch, Lena: Bürger vor Gericht in Lübeck 1450–1500, Masterarbeit, Universität "
            "Kiel 2015.",
            ("Busch, Lena",),
            "Bürger vor Gericht in Lübeck 1450–1500",
            2015,
        ),
        (
            "Kerssen, Otto von der (Bearb.): Stadtrechnungen, Abt. 1, Bd. 2, Halle 1899.",
            ("Kerssen, Otto von der",),
            "Stadtrechnungen",
            1899,
        ),
    ],
    ids=["series", "series-new-series", "years-kept", "volumes", "thesis", "particle"],
)
def test_german_list_title_ends(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Krause, Heinrich: Die Ratsverfassung (wie Anm. 3), Hildesheim 1961, S. 4.",
            "Die Ratsverfassung (wie Anm. 3)",
        ),
        (
            "Lange, Tobias: Salzhandel (Anm. 12), Köln 2001, S. 7.",
            "Salzhandel (Anm. 12)",
        ),
    ],
    ids=["wie-anm", "anm"],
)
def test_cross_reference_is_no_series(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Karl Wendt (Bearb.), Das Stadtbuch von Celle, Hannover 1910, S. 4.",
            ("Karl Wendt",),
            "Das Stadtbuch von Celle",
        ),
        (
            "Marta Ruiz (coord.), Las ciudades del reino, Madrid 2001, S. 7.",
            ("Marta Ruiz",),
            "Las ciudades del reino",
        ),
    ],
    ids=["bearb", "coord"],
)
def test_editor_note(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)
