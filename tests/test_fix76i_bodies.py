"""A society's annual report, a statistics office's statistics with a series after the
year, and a library's copy of a printed work cited by its shelf mark first (fix76i).

* a Nordic society named by its word's definite form (``Foreningen til …``,
  ``Föreningen för …``, ``Samfundet …``) heading its annual report (``Aarsberetning for
  1899``, ``Årsberättelse …``): ``report`` (:mod:`.body_issued`);
* ``Office. Title. Place: Publisher; year. (Series; number).``: the office the author, the
  next sentence the title, as without the series (:mod:`.ieee`'s organisation form); a
  title whose compound's head is the statistics (``Hotellstatistikk``,
  ``Bevölkerungsstatistik``) under a body: ``report`` (:mod:`.statistical_yearbook`);
* ``Library, Department, shelfmark X: Name, *Title*, Place: Printer, Year.``: the work cited
  after the holding is read alone, its maker the author (:mod:`.holding_lead`).

Own examples, written in those shapes.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.holding_lead import after_holding


def _read(
    text: str, *, note: bool = False
) -> tuple[RefKind, tuple[str, ...], str | None, int | None]:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    return ref.kind, ref.authors, ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        (
            "Foreningen til Fiskeriets Fremme. Aarsberetning for 1899. Bergen: Foreningen; 1900.",
            "Foreningen til Fiskeriets Fremme",
            "Aarsberetning for 1899",
            1900,
        ),
        (
            "Föreningen för Sjöräddning. Årsberättelse för 1905. Göteborg: Föreningen; 1906.",
            "Föreningen för Sjöräddning",
            "Årsberättelse för 1905",
            1906,
        ),
        (
            "Samfundet for Søredning. Beretning for Aaret 1911. København: Samfundet; 1912.",
            "Samfundet for Søredning",
            "Beretning for Aaret 1911",
            1912,
        ),
    ],
    ids=["no", "sv", "da"],
)
def test_society_annual_report(text: str, author: str, title: str, year: int) -> None:
    assert _read(text) == (RefKind.REPORT, (author,), title, year)


def test_person_account_stays_book() -> None:
    """(guard, passes on main) a person's account of a journey is no society's report."""
    kind, _, title, _ = _read(
        "Berg K. Beretning om en Reise til Finmarken. Kristiania: Cammermeyer; 1890."
    )
    assert (kind, title) == (RefKind.BOOK, "Beretning om en Reise til Finmarken")


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "kind"),
    [
        (
            "Statistisk sentralbyrå. Fiskeristatistikk 1960-1965. Oslo: SSB; 1967. "
            "(Norges offisielle statistikk; A 210).",
            "Statistisk sentralbyrå",
            "Fiskeristatistikk 1960-1965",
            1967,
            RefKind.REPORT,
        ),
        (
            "Statistiska centralbyrån. Sjöfartsstatistik 1950. Stockholm: SCB; 1952. "
            "(Sveriges officiella statistik).",
            "Statistiska centralbyrån",
            "Sjöfartsstatistik 1950",
            1952,
            RefKind.REPORT,
        ),
        (
            "Statistisches Landesamt. Bevölkerungsstatistik 1950. Kiel: Landesamt; 1952.",
            "Statistisches Landesamt",
            "Bevölkerungsstatistik 1950",
            1952,
            RefKind.REPORT,
        ),
        (
            "Norsk Havforskningsinstitutt. Kysttorsk i nord. Bergen: Instituttet; 1975. "
            "(Fisken og havet; 3).",
            "Norsk Havforskningsinstitutt",
            "Kysttorsk i nord",
            1975,
            None,
        ),
    ],
    ids=["no-statistics-series", "sv-statistics-series", "de-statistics", "body-series"],
)
def test_body_with_series_after_year(
    text: str, author: str, title: str, year: int, kind: RefKind | None
) -> None:
    got_kind, authors, got_title, got_year = _read(text)
    assert (authors, got_title, got_year) == ((author,), title, year)
    if kind is not None:
        assert got_kind is kind


def test_person_statistics_title_stays_book() -> None:
    """(guard, passes on main) a person's book titled by statistics is no body's report."""
    kind, _, title, _ = _read(
        "Hansen K. Fiskeristatistikk 1960-1965. Oslo: Universitetsforlaget; 1967."
    )
    assert (kind, title) == (RefKind.BOOK, "Fiskeristatistikk 1960-1965")


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        (
            "National Library, Special Collections, shelfmark Maps C.7.d.2: Jan Visscher, "
            "*Atlas contractus*, Amsterdam: Visscher, 1666.",
            "Jan Visscher",
            "Atlas contractus",
            1666,
        ),
        (
            "Universiteitsbibliotheek Leiden, Bijzondere Collecties, plaatsnummer KZL: AB 1402 "
            "A 3–5: Willem Blaeu, *Theatrum orbis terrarum*, 6 delen, Amsterdam: Blaeu, 1635.",
            "Willem Blaeu",
            "Theatrum orbis terrarum",
            1635,
        ),
        (
            "Staatsbibliothek, Kartenabteilung, Signatur 2° Kart. L 1234: Matthäus Seutter, "
            "*Atlas novus*, Augsburg: Seutter, 1730.",
            "Matthäus Seutter",
            "Atlas novus",
            1730,
        ),
    ],
    ids=["en", "nl-colon-in-mark", "de"],
)
def test_holding_before_printed_work(text: str, author: str, title: str, year: int) -> None:
    assert after_holding(text) is not None
    assert _read(text, note=True) == (RefKind.BOOK, (author,), title, year)


@pytest.mark.parametrize(
    "text",
    [
        # no shelf mark's word: the manuscript shape of :mod:`.shelfmark_lead`
        "British Library, MS Add. 3335: Book of Hours of a Flemish workshop.",
        # a library as the author of its own report
        "National Library, Annual report 2019: collections and services, Oslo, 2020.",
    ],
    ids=["manuscript", "library-report"],
)
def test_no_holding(text: str) -> None:
    assert after_holding(text) is None
