"""Hand-written wikitext references around a linked title (no citation template):
``Last, First [https://… Title] ''Work''. Date``, ``[https://… Title], ''Site'', date``.

Lines written for these tests in the patterns of English, German and French Wikipedia
notes; none is copied from an article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.readers.wikifree import LinkedRef, linked_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("before", "title", "after", "expected"),
    [
        pytest.param(
            "Okafor, Ngozi ",
            "Tides of the harbour",
            " *Coast Times*. March 8, 2017",
            LinkedRef(("Okafor, Ngozi",), "Tides of the harbour", "Coast Times", 2017, "2017"),
            id="last-first-link-italic-work-date",
        ),
        pytest.param(
            "",
            "Harbour reopens",
            ", *Coast Daily*, 3 May 2019",
            LinkedRef((), "Harbour reopens", "Coast Daily", 2019, "2019"),
            id="link-first-site-date",
        ),
        pytest.param(
            "",
            '"Salt roads of the north"',
            ", Quayside blog, 23 February 2010",
            LinkedRef((), "Salt roads of the north", "Quayside blog", 2010, "2010"),
            id="quoted-title-plain-site",
        ),
        pytest.param(
            "Ken Sato, ",
            "“Mills at low water”",
            ", *The Estuary Review*, 12 June 2014. Retrieved 5 July 2015.",
            LinkedRef(
                ("Ken Sato",),
                "Mills at low water",
                "The Estuary Review",
                2014,
                "2014",
                date(2015, 7, 5),
            ),
            id="given-family-quoted-title-retrieved",
        ),
        pytest.param(
            "Brandt, Ulla; Sato, Ken. ",
            "Tidal mills",
            " *Hydraulic History* (2004)",
            LinkedRef(
                ("Brandt, Ulla", "Sato, Ken"), "Tidal mills", "Hydraulic History", 2004, "2004"
            ),
            id="two-authors-semicolon-year-in-parentheses",
        ),
        pytest.param(
            "By Lia Ferro and Ivo Vance ",
            "Salt rivers",
            " *Delta News*, 2011",
            LinkedRef(("Lia Ferro", "Ivo Vance"), "Salt rivers", "Delta News", 2011, "2011"),
            id="by-two-authors-and",
        ),
        pytest.param(
            "Okafor, Ngozi (2016). ",
            "Harbour dues",
            " *Port Gazette*.",
            LinkedRef(("Okafor, Ngozi",), "Harbour dues", "Port Gazette", 2016, "2016"),
            id="year-before-link",
        ),
        pytest.param(
            "See ",
            "Harbour dues",
            ", *Port Gazette*, 2016",
            LinkedRef((), "Harbour dues", "Port Gazette", 2016, "2016"),
            id="lead-in-no-author",
        ),
        pytest.param(
            "Lindqvist, Hanna: ",
            "Der Hafen wächst",
            ". In: *Küstenzeitung*, 4. Mai 2018, abgerufen am 2. Juni 2019.",
            LinkedRef(
                ("Lindqvist, Hanna",),
                "Der Hafen wächst",
                "Küstenzeitung",
                2018,
                "2018",
                date(2019, 6, 2),
            ),
            id="german-in-zeitung-abgerufen",
        ),
        pytest.param(
            "Martin Dupuis, « ",
            "Le port s'agrandit",
            " », *Le Quotidien du Nord*, 4 mai 2018 (consulté le 9 juin 2019).",
            LinkedRef(
                ("Martin Dupuis",),
                "Le port s'agrandit",
                "Le Quotidien du Nord",
                2018,
                "2018",
                date(2019, 6, 9),
            ),
            id="french-guillemets-consulte",
        ),
    ],
)
def test_linked_reference_fields(before: str, title: str, after: str, expected: LinkedRef) -> None:
    assert linked_reference(before, title, after) == expected


@pytest.mark.parametrize(
    ("before", "title"),
    [
        pytest.param("*Harbours of the North*. Quay Press, 1987. ", "online", id="link-labels"),
        pytest.param("", "harbour.example.org", id="address-shown"),
        pytest.param("The port was rebuilt in 1990, as ", "Harbour dues", id="sentence-before"),
        pytest.param("Okafor ", "Harbour dues", id="one-word-no-comma"),
        pytest.param("*Harbours of the North* by Okafor, ", "Harbour dues", id="italic-before"),
    ],
)
def test_other_shapes_are_left_to_the_reference_parsers(before: str, title: str) -> None:
    assert linked_reference(before, title, ", *Port Gazette*, 2016") is None


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "(" * n,
        lambda n: "a " * (n // 2),
        lambda n: "*" * n,
        lambda n: " 1999" * (n // 5),
        lambda n: ", " * (n // 2),
    ],
)
def test_long_lines_read_in_linear_time(line: Callable[[int], str]) -> None:
    assert_linear(
        lambda text: (
            linked_reference(text, "Title here", text),
            linked_reference("", "Title here", text),
        ),
        line,
    )


def note(text: str, reflist: str = "{{reflist}}", heading: str = "References"):
    doc = parse_bytes(
        f"Claim one.<ref>{text}</ref>\n\n== {heading} ==\n{reflist}\n".encode(), "page.wiki"
    )
    return doc.footnotes[0].reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "year"),
    [
        pytest.param(
            "Okafor, Ngozi [https://news.example.com/tides Tides of the harbour] "
            "''Coast Times''. March 8, 2017",
            ("Okafor, Ngozi",),
            "Tides of the harbour",
            "Coast Times",
            2017,
            id="en-author-link-work",
        ),
        pytest.param(
            "[https://news.example.com/reopen Harbour reopens], ''Coast Daily'', 3 May 2019",
            (),
            "Harbour reopens",
            "Coast Daily",
            2019,
            id="en-link-site-date",
        ),
        pytest.param(
            "[[Ken Sato]], [https://review.example.org/mills ''Mills at low water''], "
            "''The Estuary Review'', 12 June 2014",
            ("Ken Sato",),
            "Mills at low water",
            "The Estuary Review",
            2014,
            id="en-wikilinked-author-italic-link-text",
        ),
        pytest.param(
            "Hanna Lindqvist: [https://zeitung.example.de/hafen Der Hafen wächst.] In: "
            "''Küstenzeitung'', 4. Mai 2018, abgerufen am 2. Juni 2019.",
            ("Hanna Lindqvist",),
            "Der Hafen wächst",
            "Küstenzeitung",
            2018,
            id="de-free-note",
        ),
    ],
)
def test_hand_written_notes_read_around_the_link(
    text: str, authors: tuple[str, ...], title: str, host: str, year: int
) -> None:
    ref = note(text)
    assert (ref.authors, ref.title, ref.host, ref.year) == (authors, title, host, year)
    assert ref.url is not None and ref.url.startswith("https://")
    assert ref.kind in (RefKind.WEB, RefKind.ARTICLE)


def test_a_book_with_a_link_after_it_is_parsed_as_before() -> None:
    ref = note(
        "Okafor, Ngozi (1987). ''Harbours of the North''. Quay Press. "
        "[https://books.example.org/h online]"
    )
    assert (ref.authors, ref.title, ref.year) == (("Okafor, Ngozi",), "Harbours of the North", 1987)


def test_german_literatur_and_internetquelle_templates_are_read_as_before() -> None:
    ref = note(
        "{{Internetquelle |url=https://zeitung.example.de/hafen |titel=Der Hafen wächst "
        "|werk=Küstenzeitung |datum=2018-05-04 |abruf=2019-06-02}}",
        heading="Einzelnachweise",
        reflist="<references />",
    )
    assert (ref.title, ref.host, ref.year) == ("Der Hafen wächst", "Küstenzeitung", 2018)


def test_a_sources_entry_written_by_hand_is_read_the_same_way() -> None:
    text = (
        "Claim.<ref>{{harvnb|Okafor|2017}}</ref>\n\n== Sources ==\n"
        "* Okafor, Ngozi [https://news.example.com/tides Tides of the harbour] "
        "''Coast Times''. March 8, 2017\n"
    )
    doc = parse_bytes(text.encode(), "page.wiki")
    entry = doc.literature[0].reference
    assert (entry.authors, entry.title, entry.host, entry.year) == (
        ("Okafor, Ngozi",),
        "Tides of the harbour",
        "Coast Times",
        2017,
    )
