"""Reference.editors and .number read from plain text (fix77c): heads with editors' role
marks (:mod:`bibcheck.parse.references.role_marks` through bare_year, colon_year, role_head
and APA's own ``(Eds.)``), a chapter's host editors where APA's chapter reading isolates
them (``In J. Doe & R. Roe (Eds.), *Book*``), and a standard's designation where
body_year/designation_after_year, bare_year's designation_title and body_standard find one.

The authors keep their meaning: an edited volume's editors are its names too.  Examples
are written for these tests in the shapes real lists have.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, authors, editors, number, kind)
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None, RefKind]] = [
    # APA's own editors' mark heading an edited volume
    (
        "Harlow, J., & Okafor, B. (Eds.). (2014). Rivers and their margins. Fenwick Press.",
        ("Harlow, J.", "Okafor, B."),
        ("Harlow, J.", "Okafor, B."),
        None,
        RefKind.BOOK,
    ),
    (
        "Tamsin, R. (Ed.). (2009). Salt marsh ecology. Coastline Books.",
        ("Tamsin, R.",),
        ("Tamsin, R.",),
        None,
        RefKind.BOOK,
    ),
    # APA chapters: the book's editors after "In"
    (
        "Marsh, T. (2014). Gravel bars in motion. In J. Harlow & B. Okafor (Eds.), Rivers "
        "and their margins (pp. 12–30). Fenwick Press.",
        ("Marsh, T.",),
        ("J. Harlow", "B. Okafor"),
        None,
        RefKind.CHAPTER,
    ),
    (
        "Pell, A. (2020). Eelgrass in winter. In C. Dunmore (Ed.), Shallow seas (pp. 5–19). "
        "Tidewater Press.",
        ("Pell, A.",),
        ("C. Dunmore",),
        None,
        RefKind.CHAPTER,
    ),
    # an APA article: no editors
    (
        "Pike, R. (2011). Fish passage at low weirs. Journal of Weirs, 4(2), 1–9.",
        ("Pike, R.",),
        (),
        None,
        RefKind.ARTICLE,
    ),
    # bare years after role marks in the list's language (bare_year)
    (
        "Lindqvist, P. (red.) 2001. Vattendrag i förändring. Stockholm: Natur och Kultur.",
        ("Lindqvist, P.",),
        ("Lindqvist, P.",),
        None,
        RefKind.BOOK,
    ),
    (
        "Kallio, M. (toim.) 2005. Joet ja ihmiset. Helsinki: Gaudeamus.",
        ("Kallio, M.",),
        ("Kallio, M.",),
        None,
        RefKind.BOOK,
    ),
    (
        "Nilsen, K. & Berg, T. (red.) 2003. Elver i nord. Oslo: Universitetsforlaget.",
        ("Nilsen, K.", "Berg, T."),
        ("Nilsen, K.", "Berg, T."),
        None,
        RefKind.BOOK,
    ),
    (
        "Dekker, W. (reds.) 2012. Rivieren in het landschap. Utrecht: Matrijs.",
        ("Dekker, W.",),
        ("Dekker, W.",),
        None,
        RefKind.BOOK,
    ),
    # no mark: the names are the authors only
    (
        "Lindqvist, P. 2001. Vattendrag i förändring. Stockholm: Natur och Kultur.",
        ("Lindqvist, P.",),
        (),
        None,
        RefKind.BOOK,
    ),
    # a colon after the year (colon_year)
    (
        "Brenner, K. (Hg.) 1999: Flusslandschaften im Wandel. Berlin: Reimer.",
        ("Brenner, K.",),
        ("Brenner, K.",),
        None,
        RefKind.BOOK,
    ),
    (
        "Horvath, J. (szerk.) 1999: Folyók és árterek. Budapest: Akadémiai.",
        ("Horvath, J.",),
        ("Horvath, J.",),
        None,
        RefKind.BOOK,
    ),
    (
        "Novák, J. – Svoboda, K. (ed.) 1998: Řeky a lidé. Praha: Academia.",
        ("Novák, J.", "Svoboda, K."),
        ("Novák, J.", "Svoboda, K."),
        None,
        RefKind.BOOK,
    ),
    (
        "Novák, J. 1998: Řeky a lidé. Praha: Academia.",
        ("Novák, J.",),
        (),
        None,
        RefKind.BOOK,
    ),
    # MLA's role after the names (role_head): editors kept; a translator is neither
    (
        "Hall, Edith, and Ray Lund, editors. Tides of Memory. Harbour Press, 2011.",
        ("Hall, Edith", "Ray Lund"),
        ("Hall, Edith", "Ray Lund"),
        None,
        RefKind.BOOK,
    ),
    (
        "Okonjo, Ada, editor. The Delta Papers. Riverside Press, 2017.",
        ("Okonjo, Ada",),
        ("Okonjo, Ada",),
        None,
        RefKind.BOOK,
    ),
    (
        "Hall, Edith, translator. Tides of Memory. Harbour Press, 2011.",
        (),
        (),
        None,
        RefKind.BOOK,
    ),
    # a standard by body, year and designation (designation_after_year)
    (
        "Deutsches Institut für Normung. 2011. DIN 4020:2010-12 Geotechnische "
        "Untersuchungen für bautechnische Zwecke. Berlin: Beuth.",
        ("Deutsches Institut für Normung",),
        (),
        "DIN 4020:2010-12",
        RefKind.REPORT,
    ),
    (
        "International Organization for Standardization. 2014. ISO 19115-1:2014 Geographic "
        "information — Metadata — Part 1: Fundamentals. Geneva: ISO.",
        ("International Organization for Standardization",),
        (),
        "ISO 19115-1:2014",
        RefKind.REPORT,
    ),
    (
        "CEN (2004) EN 1997-1:2004 Eurocode 7: Geotechnical design. Brussels: CEN.",
        ("CEN",),
        (),
        "EN 1997-1:2004",
        RefKind.REPORT,
    ),
    (
        "Codex Alimentarius Commission. 1999. CXS 210-1999 Standard for named vegetable "
        "oils. Rome: FAO.",
        ("Codex Alimentarius Commission",),
        (),
        "CXS 210-1999",
        RefKind.REPORT,
    ),
    # a body's bare year, then the designation before the title (designation_title)
    (
        "NEN 2016. NEN 5104 Classificatie van onverharde grondmonsters. Delft: NEN.",
        ("NEN",),
        (),
        "NEN 5104",
        RefKind.REPORT,
    ),
    # a body's standard or guideline, its document number after the title (body_standard)
    (
        "International Olive Council. 2021. *Trade standard applying to table olives*. "
        "COI/OT/NC No 1/Rev. 3. Madrid: IOC.",
        ("International Olive Council",),
        (),
        "COI/OT/NC No 1/Rev. 3",
        RefKind.REPORT,
    ),
    (
        "Consejo Oleícola Internacional. 2020. *Norma comercial aplicable a las aceitunas de "
        "mesa*. COI/OT/NC n.º 1/Rev. 2. Madrid: COI.",
        ("Consejo Oleícola Internacional",),
        (),
        "COI/OT/NC n.º 1/Rev. 2",
        RefKind.REPORT,
    ),
    # a book with no designation: no number
    (
        "Harlow, J. 2014. Rivers and their margins. Leeds: Fenwick Press.",
        ("Harlow, J.",),
        (),
        None,
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "authors", "editors", "number", "kind"), CASES)
def test_editors_and_number_from_plain_text(
    text: str,
    authors: tuple[str, ...],
    editors: tuple[str, ...],
    number: str | None,
    kind: RefKind,
) -> None:
    ref = parse_reference(text, [1])
    assert (ref.authors, ref.editors, ref.number, ref.kind) == (authors, editors, number, kind)


def test_the_cases_are_enough() -> None:
    assert len(CASES) >= 20
