"""APA entries whose author is an organisation (fix59n): read by the APA parser, the
organisation one author, the publisher kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa import marked
from bibcheck.parse.references.apa_corporate import organisation_author


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("U.S. Census Bureau.", True),
        ("World Health Organization.", True),
        ("American Psychological Association.", True),
        ("National Institute for Health and Care Excellence.", True),
        ("Statistisches Bundesamt.", True),
        ("Bundesministerium für Bildung und Forschung.", True),
        ("Instituto Nacional de Estadística.", True),
        ("Organisation for Economic Co-operation and Development.", True),
        ("UNESCO.", True),
        # persons in other styles
        ("Smith J.", False),  # Harvard, an initial
        ("Smith JA.", False),  # Vancouver-like run-together initials
        ("Müller, Hans", False),  # German, a comma and no stop
        ("Doe, J. A., & Roe, B.", False),  # APA persons (read by the person rule)
        ("Smith.", False),  # one word that is no acronym
        ("Census Bureau", False),  # no full stop before the date
        ("the Census Bureau.", False),  # not capitalised
    ],
)
def test_organisation_author(names: str, expected: bool) -> None:
    assert organisation_author(names) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Census Bureau. (2020). *Income in the United States*. Census Office.", True),
        ("Statistisches Bundesamt. (2021). *Bevölkerung*. Destatis.", True),
        ("Doe, J. A. (2019). Title. Journal, 3, 1-9.", True),
        ("Smith J. (2020) *Title of a book*. London: Verso.", False),
        ("Smith JA. (2020). Title of an article. Lancet 3:1-9.", False),
        ("Müller, Hans (2020): Titel des Buches. Berlin: Springer.", False),
        ("World Health Organization. (2021).", False),  # nothing after the date
    ],
)
def test_marked(text: str, expected: bool) -> None:
    assert marked(text) is expected


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "publisher", "kind"),
    [
        (
            "U.S. Census Bureau. (2020). *Income and poverty in the United States*. "
            "Government Publishing Office.",
            "U.S. Census Bureau",
            "Income and poverty in the United States",
            2020,
            "Government Publishing Office",
            "book",
        ),
        (
            "American Psychological Association. (2020). *Publication manual of the American "
            "Psychological Association* (7th ed.). American Psychological Association.",
            "American Psychological Association",
            "Publication manual of the American Psychological Association",
            2020,
            "American Psychological Association",
            "book",
        ),
        (
            "Statistisches Bundesamt. (2021). *Bevölkerung und Erwerbstätigkeit*. Destatis.",
            "Statistisches Bundesamt",
            "Bevölkerung und Erwerbstätigkeit",
            2021,
            "Destatis",
            "report",
        ),
        (
            "Instituto Nacional de Estadística. (2020). *Encuesta de población activa*. "
            "Ediciones del Instituto.",
            "Instituto Nacional de Estadística",
            "Encuesta de población activa",
            2020,
            "Ediciones del Instituto",
            "book",
        ),
        (
            "National Institute for Health and Care Excellence. (n.d.). *Depression in "
            "adults: Treatment and management*. Care Press.",
            "National Institute for Health and Care Excellence",
            "Depression in adults: Treatment and management",
            None,
            "Care Press",
            "book",
        ),
    ],
)
def test_reference_fields(
    text: str, author: str, title: str, year: int | None, publisher: str, kind: str
) -> None:
    ref = parse_reference(text, [0])
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.year == year
    assert ref.publisher == publisher
    assert ref.kind is not None and ref.kind.value == kind


def test_harvard_person_not_taken() -> None:
    ref = parse_reference("Smith J. (2020) *Title of a book*. London: Verso.", [0])
    assert ref.style != "apa"


def test_document_footnotes(tmp_path: Path) -> None:
    # (a footnote's style is not known: only APA's distinctive opening is read as APA)
    path = tmp_path / "paper.md"
    path.write_text(
        "# Report\n\nHousehold income fell.[^1] The counts followed.[^2] So said one.[^3]\n\n"
        "[^1]: U.S. Census Bureau. (2020). *Income and poverty in the United States*. "
        "Government Publishing Office.\n\n"
        "[^2]: Statistisches Bundesamt. (2021). *Bevölkerung und Erwerbstätigkeit*. Destatis.\n\n"
        "[^3]: Smith J. (2020) *Title of a book*. London: Verso.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [
        (fn.reference.authors, fn.reference.publisher, fn.reference.style) for fn in doc.footnotes
    ]
    assert got[:2] == [
        (("U.S. Census Bureau",), "Government Publishing Office", "apa"),
        (("Statistisches Bundesamt",), "Destatis", "apa"),
    ]
    assert got[2][2] != "apa"


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "World Health Organization. (2021). *Guidelines on drinking water* "
            "(WHO/HEP/ECH/WSH/2021.1). https://www.who.int/publications/x",
            "Guidelines on drinking water",
            None,
        ),
        (
            "Organisation for Economic Co-operation and Development. (2019). *Tax policy "
            "reviews* (OECD-DEV-2019-04). OECD Publishing.",
            "Tax policy reviews",
            "OECD Publishing",
        ),
        (
            "Doe, A. (2020). *Guidelines on water* (EPA/600/R-20/001). Environmental Press.",
            "Guidelines on water",
            "Environmental Press",
        ),
    ],
)
def test_document_code_is_report_number(text: str, title: str, publisher: str | None) -> None:
    # (an organisation's unmarked report code is no publisher)
    ref = parse_reference(text, [0])
    assert ref.title == title
    assert ref.publisher == publisher
    assert ref.kind is not None and ref.kind.value == "report"
