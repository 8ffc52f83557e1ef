"""fix68c: reference entry shapes that were split wrongly.

AMS/RMetS entries (``Names, 2011: Title, Q. J. R. Meteorol. Soc., 137, 1–9.``): the
abbreviated journal after the title is the host, never part of the title (:mod:`bibcheck.parse.references.year_colon`).
A Markdown document citing nothing, whose list under a reference heading is bare
``[1] …`` lines: each line an entry, the document a reference list only
(:mod:`bibcheck.readers.labelled_lines`).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.coverage import coverage
from bibcheck.parse.references import parse_reference

# (entry, authors, title, journal, year)
YEAR_COLON = [
    (
        "Smith, A. B., 2011: Storm tracks over the North Atlantic, Q. J. R. Meteorol. Soc., "
        "137, 1234–1245.",
        ("Smith, A. B.",),
        "Storm tracks over the North Atlantic",
        "Q. J. R. Meteorol. Soc.",
        2011,
    ),
    (
        "Smith, A. B., 2011: Storm tracks over the North Atlantic. Q. J. R. Meteorol. Soc., "
        "137, 1234–1245.",
        ("Smith, A. B.",),
        "Storm tracks over the North Atlantic",
        "Q. J. R. Meteorol. Soc.",
        2011,
    ),
    (
        "Okafor, C. D., and E. F. Lund, 2016: Blocking highs and summer heat, J. Atmos. Sci., "
        "73, 401–418.",
        ("Okafor, C. D.", "E. F. Lund"),
        "Blocking highs and summer heat",
        "J. Atmos. Sci.",
        2016,
    ),
    (
        "Okafor, C. D., and E. F. Lund, 2016: Blocking highs and summer heat. Mon. Wea. Rev., "
        "144, 12–30.",
        ("Okafor, C. D.", "E. F. Lund"),
        "Blocking highs and summer heat",
        "Mon. Wea. Rev.",
        2016,
    ),
    (
        "Lund, E., 2009: Sea breezes on a warming coast, J. Climate, 22(4), 77–95, "
        "doi:10.1175/2008JCLI0000.1.",
        ("Lund, E.",),
        "Sea breezes on a warming coast",
        "J. Climate",
        2009,
    ),
    (
        "Vogel, H., 2014: Föhnstürme im Alpenvorland, Meteorol. Z., 23, 215–229.",
        ("Vogel, H.",),
        "Föhnstürme im Alpenvorland",
        "Meteorol. Z.",
        2014,
    ),
    (
        "Roux, M., 2018: Les orages de grêle du Sud-Ouest, La Météorologie, 101, 33–41.",
        ("Roux, M.",),
        "Les orages de grêle du Sud-Ouest",
        "La Météorologie",
        2018,
    ),
    (
        "Ibarra, J. L., 2020: Ciclones del Pacífico oriental y lluvias extremas, Atmósfera, 33, "
        "5–19.",
        ("Ibarra, J. L.",),
        "Ciclones del Pacífico oriental y lluvias extremas",
        "Atmósfera",
        2020,
    ),
    (
        "Ibarra, J. L., y M. Navas, 2019: Nortes en el golfo de México, Rev. Climatol., 19, 45–60.",
        ("Ibarra, J. L.", "M. Navas"),
        "Nortes en el golfo de México",
        "Rev. Climatol.",
        2019,
    ),
    (
        "Lindqvist, E., och K. Berg, 2014: Stormar över Östersjön, Tellus A, 66, 1–12.",
        ("Lindqvist, E.", "K. Berg"),
        "Stormar över Östersjön",
        "Tellus A",
        2014,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "journal", "year"), YEAR_COLON)
def test_year_colon_articles(
    text: str, authors: tuple[str, ...], title: str, journal: str, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == journal
    assert ref.year == year
    assert ref.kind is RefKind.ARTICLE


def test_year_colon_in_a_document() -> None:
    text = (
        "# Storms\n\nStorm tracks shift (Smith 2011). Heat follows blocking (Okafor and Lund "
        "2016).\n\n## References\n\n"
        "- Okafor, C. D., and E. F. Lund, 2016: Blocking highs and summer heat, "
        "J. Atmos. Sci., 73, 401–418.\n"
        "- Smith, A. B., 2011: Storm tracks over the North Atlantic, Q. J. R. Meteorol. Soc., "
        "137, 1234–1245.\n"
    )
    doc = parse_bytes(text.encode(), "/tmp/fix68c-storms.md")
    refs = [e.reference for e in doc.literature]
    assert [(r.title, r.host) for r in refs] == [
        ("Blocking highs and summer heat", "J. Atmos. Sci."),
        ("Storm tracks over the North Atlantic", "Q. J. R. Meteorol. Soc."),
    ]


# (document, the list's titles)
LABELLED = [
    (
        "# Notizen zur Stadtgeschichte\n\nEin Entwurf, noch ohne Belege im Text.\n\n"
        "## Literatur\n\n"
        "[1] Krüger K, Albers A. Die Stadt im Mittelalter. Berlin: Akademie, 2010.\n"
        "[2] Weber, M. Die Stadt. Tübingen: Mohr, 1921.\n"
        "[3] Lorenz F. Märkte und Messen. Leipzig: Koehler, 1979.\n",
        ["Die Stadt im Mittelalter", "Die Stadt", "Märkte und Messen"],
    ),
    (
        "# Notes on harbour towns\n\nThis draft has no citations in the text yet.\n\n"
        "## References\n\n"
        "[1] Okafor CD. Harbour towns of the Atlantic. Lagos: Tideway Press; 1998.\n"
        "[2] Lund E, Roe A. Quays and warehouses. Bristol: Dockside; 2004.\n",
        ["Harbour towns of the Atlantic", "Quays and warehouses"],
    ),
    (
        "# Notas sobre ciudades portuarias\n\nEste borrador aún no cita nada en el texto.\n\n"
        "## Bibliografía\n\n"
        "[1] Ibarra JL. Historia del puerto. Madrid: Alianza; 1999.\n\n"
        "[2] Navas M, Ruiz A. La ciudad y el mar. Barcelona: Crítica; 2005.\n",
        ["Historia del puerto", "La ciudad y el mar"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), LABELLED)
def test_bare_labelled_list_citing_nothing(text: str, titles: list[str]) -> None:
    doc = parse_bytes(text.encode(), "/tmp/fix68c-draft.md")
    assert [e.reference.title for e in doc.literature] == titles
    assert [e.number for e in doc.literature] == list(range(1, len(titles) + 1))
    # nothing cites them: none is uncited, and the coverage line says it is a list only
    assert not any(a.code.value == "literature-uncited" for a in doc.all_anomalies())
    assert "a reference list only, no citations" in coverage(doc).line()
