"""Fix 53c: fields of converted manuscripts' entries and notes.  Own fixtures, expected
results by hand; each rule with a look-alike it must not take.

- a Chicago bibliography's co-author in natural order with a second whole given name
  ("Carla Maria Jensen") keeps every name of the list;
- a short note whose last two names are joined by the note's "and" ("Ortmann, Lindqvist
  und Haber, „Title“, 12.") repeats the earlier full note;
- a data set's designator in parentheses or another language's brackets is no part of the
  title;
- a commission issuing its work itself, and a work its address files in a folder of
  reports, are reports;
- an organisation's quoted page on its site, dated, is a web page.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bodypage import body_page, dated_permalink, revised_page
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.reportkind import commission_self_issued, filed_as_report
from tests.test_regex_growth import assert_linear


def _ref(text: str, *, note: bool = False) -> Reference:
    return parse_reference(text, [1], detect_styles=True, note=note)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            'Olsen, Berit, Carla Maria Jensen, Tomas Weber-Lind, and Ida Rask. "Wells and'
            ' Pumps in Harbour Towns." *Journal of Urban Water* 12, no. 3 (2004): 40--58.',
            ("Olsen, Berit", "Carla Maria Jensen", "Tomas Weber-Lind", "Ida Rask"),
        ),
        (
            "Lund, Petra, Hans Peter Vogt, und Mia Sand. „Lesen am Abend“. Zeitschrift für"
            " Lesen 4 (2011): 1–9.",
            ("Lund, Petra", "Hans Peter Vogt", "Mia Sand"),
        ),
        # (negative: an article after the comma begins a title, no co-author)
        ("Olsen, Berit, The Harbour Wells Again. Oslo: Sol, 1990.", ()),
    ],
)
def test_co_author_with_second_given_name(text: str, authors: tuple[str, ...]) -> None:
    assert _ref(text).authors == authors


@pytest.mark.parametrize(
    ("second", "repeats"),
    [
        ("Ortmann, Lindqvist und Haber, „Stadt und Takt“, 12.", True),
        ("Ortmann, Lindqvist and Haber, “Stadt und Takt,” 12.", True),
        # (negative: other names than the full note's)
        ("Berg, Lund und Falk, „Stadt und Takt“, 12.", False),
    ],
)
def test_short_note_names_joined_by_and(second: str, repeats: bool) -> None:
    first = (
        "Jana Ortmann, Erik Lindqvist und Paul Haber, „Stadt und Takt: Zeit in der"
        " Großstadt“, Zeitschrift für Stadt 7 (2015): 3–20."
    )
    found = find_repeats([first, second])
    assert (found[1] is not None and found[1].target == 0) is repeats


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Moe, K. (2024). Hourly river levels at Elvbakken, 2020–2023 (dataset)."
            " https://data.example.org/elvbakken.csv",
            "Hourly river levels at Elvbakken, 2020–2023",
        ),
        (
            "Moe, K. (2024). Hourly river levels at Elvbakken [Datensatz]. Zenodo."
            " https://doi.org/10.5281/zenodo.1",
            "Hourly river levels at Elvbakken",
        ),
        # (negative: a parenthesis that is the title's own)
        (
            "Moe, K. (2024). Rivers (and their banks) in winter. Sol Press.",
            "Rivers (and their banks) in winter",
        ),
    ],
)
def test_data_set_designator_is_no_title(text: str, title: str) -> None:
    assert _ref(text).title == title


@pytest.mark.parametrize(
    ("authors", "publisher", "expected"),
    [
        (("Flutkommission",), "Hamburg: Flutkommission", True),
        (("Royal Commission on Harbours",), "Royal Commission on Harbours", True),
        (("Deltawerken Commissie",), "Den Haag: Sdu", False),  # (another publisher)
        (("Stadtbibliothek Lund",), "Stadtbibliothek Lund", False),  # (no commission)
    ],
)
def test_commission_self_issued(authors: tuple[str, ...], publisher: str, expected: bool) -> None:
    assert commission_self_issued(authors, publisher) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("… (Paris: OECD, 2019), https://www.example.org/reports/harbour-futures/.", True),
        ("https://www.example.org/work/research-reports/harbour-futures", True),
        ("https://example.fr/publications/rapports/ports-2020.pdf", True),
        ("https://www.example.org/reports", False),  # (the list of reports, no report)
        ("https://www.example.org/news/harbour-reports-rise/", False),
        ("https://www.example.org/news-reports/harbour/", False),
        ("Annual reports / harbours, 2019", False),
    ],
)
def test_filed_as_report(text: str, expected: bool) -> None:
    assert filed_as_report(text) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Harbour Safety Agency, “Storm Warnings for Small Craft,” updated May 3, 2021,"
            " https://www.example.gov/news/storm-warnings.",
            RefKind.WEB,
        ),
        # (negative: a person's article in a magazine)
        (
            "Anna Berg, “Storm Warnings for Small Craft,” Harbour Weekly, May 3, 2021,"
            " https://www.example.com/storm-warnings.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_body_page_is_web(text: str, kind: RefKind) -> None:
    assert _ref(text, note=True).kind is kind


@pytest.mark.parametrize(
    ("authors", "text", "expected"),
    [
        (("Harbour Safety Agency",), "Harbour Safety Agency, “Title,” 2021", True),
        (("Harbour Safety Agency",), "Harbour Safety Agency, *Title* (Oslo: Sol, 2021)", False),
        (("Anna Berg",), "Anna Berg, “Title,” 2021", False),
    ],
)
def test_body_page(authors: tuple[str, ...], text: str, expected: bool) -> None:
    assert body_page(authors, text) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (a body's guidance page, dated by its last change: web, not the body's report)
        (
            "Harbour Safety Agency, “Storm Guidance for Small Craft,” last updated 3 May"
            " 2021, https://www.example.gov/storm-guidance.",
            RefKind.WEB,
        ),
        # (an association's quoted page, its site's initials and the year, online)
        (
            'Asociación Vasca de Puertos, "Los puertos en cifras", AVP, 2022. [En línea].'
            " Disponible en: https://avp.example.es/cifras/",
            RefKind.WEB,
        ),
        # (a blog post: its address dated by year and month)
        (
            "Moe, K. (2024). Why rivers freeze late. River Notes."
            " https://rivernotes.example.net/2024/02/why-rivers-freeze-late/",
            RefKind.WEB,
        ),
        # (negative: a book with a place, its address not dated)
        (
            "Moe, K. (2024). Why rivers freeze late. Oslo: Sol Press."
            " https://solpress.example.no/books/rivers",
            RefKind.BOOK,
        ),
    ],
)
def test_page_kinds(text: str, kind: RefKind) -> None:
    assert _ref(text, note=True).kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Title,” updated April 8, 2022, https://x.example/", True),
        ("“Title,” last modified 3 May 2021", True),
        ("„Titel“, zuletzt aktualisiert am 3. Mai 2021", True),
        ("“An Updated View of Rivers,” Journal 4 (2021)", False),
        ("“Title,” revised edition (Oslo: Sol, 2020)", False),
    ],
)
def test_revised_page(text: str, expected: bool) -> None:
    assert revised_page(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://blog.example.net/2025/10/a-post/", True),
        ("https://news.example.com/world/2019/3/a-story", True),
        ("https://data.example.org/2025/readings.csv", False),  # (a year alone)
        ("https://doi.org/10.1016/2019.05.005", False),
        ("https://example.org/reports/2020/13/x", False),  # (no month 13)
        # (a file WordPress filed by the month of its upload: a document, no post)
        ("https://example.com/wp-content/uploads/2023/12/Load-Report.pdf", False),
        ("https://example.com/2023/12/tables.pdf", False),
    ],
)
def test_dated_permalink(text: str, expected: bool) -> None:
    assert dated_permalink(text) is expected


LINES: list[Callable[[int], str]] = [
    lambda n: "a" * n,
    lambda n: "Ab, " * (n // 4),
    lambda n: "/reports" * (n // 8),
    lambda n: "https://" + "a/" * (n // 2),
    lambda n: "Ab und " * (n // 7),
    lambda n: "https://a/" + "2020/" * (n // 5),
    lambda n: "https://a/b" * (n // 11),
    lambda n: "last updated " * (n // 13),
]


@pytest.mark.parametrize("line", LINES)
def test_new_rules_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: filed_as_report(text), line)
    assert_linear(lambda text: dated_permalink(text), line)
    assert_linear(lambda text: revised_page(text), line)
    assert_linear(lambda text: find_repeats(["Ab Cd, „Ef gh“, 3.", text]), line)
