"""Technical books' chapter references: the names in natural order end with a colon before
a quoted title (``Name, Name, and Name: “Title,” _Journal_, volume 3, number 2, pages
10–20, May 1999.``), and the compact journal form with the year after the pages
(``Surname, I. Title. Journal 14(2):101–119, 1987.``).  Every entry here is invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, serial
from bibcheck.readers import asciidoc

_TABLE = [
    (
        "Harriet P. Quill, Oskar Lindqvist, and Teodor M. Varga: “Bounded Waiting in "
        "Replicated Ledgers,” _Journal of Imaginary Systems_, volume 14, number 2, pages "
        "101–119, March 1987. https://doi.org/10.9999/jis.1987.14[doi:10.9999/jis.1987.14]",
        ("Harriet P. Quill", "Oskar Lindqvist", "Teodor M. Varga"),
        "Bounded Waiting in Replicated Ledgers",
        1987,
        RefKind.ARTICLE,
        "Journal of Imaginary Systems",
    ),
    (
        "Greta Holm: “Clocks, Queues, and the Order of Messages,” _Transactions on "
        "Invented Computing_, volume 9, number 4, pages 233–251, October 1991.",
        ("Greta Holm",),
        "Clocks, Queues, and the Order of Messages",
        1991,
        RefKind.ARTICLE,
        "Transactions on Invented Computing",
    ),
    (
        "Ines van Dalen and Pavel K. Sorokin: “Leases for Lock Services,” at _11th "
        "Workshop on Hypothetical Storage_ (WHS), September 2003.",
        ("Ines van Dalen", "Pavel K. Sorokin"),
        "Leases for Lock Services",
        2003,
        RefKind.CHAPTER,
        "11th Workshop on Hypothetical Storage (WHS)",
    ),
    (
        "Rafael Otero Blanco, Wen Li, Ada Mensah, and Bruno Falk: “Quorum Reads at "
        "Scale: Lessons from a Made-Up Service,” at _Annual Conference on Fictional "
        "Operations_ (ACFO), April 2016.",
        ("Rafael Otero Blanco", "Wen Li", "Ada Mensah", "Bruno Falk"),
        "Quorum Reads at Scale: Lessons from a Made-Up Service",
        2016,
        RefKind.CHAPTER,
        "Annual Conference on Fictional Operations (ACFO)",
    ),
    (
        "Lena Ostrova: “Why Retries Multiply,” _notes.example.org_, 12 February 2019.",
        ("Lena Ostrova",),
        "Why Retries Multiply",
        2019,
        None,
        "notes.example.org",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year", "kind", "host"), _TABLE)
def test_colon_quoted_entries(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    kind: RefKind | None,
    host: str,
) -> None:
    # (as the AsciiDoc reader passes it on: a link macro as its target)
    ref = parse_reference(asciidoc.url_macros(text), (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.host == host
    if kind is not None:
        assert ref.kind is kind


def test_journal_numbering_is_read() -> None:
    ref = parse_reference(asciidoc.url_macros(_TABLE[0][0]), (1,), detect_styles=True)
    assert ref.doi == "10.9999/jis.1987.14"
    assert (ref.volume, ref.issue, ref.pages) == ("14", "2", "101–119")


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "year", "numbers"),
    [
        (
            "Holm, G. Clocks and queues. _Invented Computing Letters_ 9(4):233–251, 1991.",
            ("Holm, G",),
            "Clocks and queues",
            "Invented Computing Letters",
            1991,
            ("9", "4", "233–251"),
        ),
        (
            "Varga, T. M. Bounded waiting revisited. Journal of Imaginary Systems 21:77–90, 1995.",
            ("Varga, T. M",),
            "Bounded waiting revisited",
            "Journal of Imaginary Systems",
            1995,
            ("21", None, "77–90"),
        ),
    ],
)
def test_compact_journal_with_year_after_pages(
    text: str,
    authors: tuple[str, ...],
    title: str,
    host: str,
    year: int,
    numbers: tuple[str | None, ...],
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == host
    assert ref.year == year
    assert (ref.volume, ref.issue, ref.pages) == numbers


@pytest.mark.parametrize(
    ("text", "host", "year", "numbers"),
    [
        ("Invented Letters 9(4):233–251, 1991", "Invented Letters", "1991", ("9", "4", "233–251")),
        ("Invented Letters 9:233–251", "Invented Letters", None, ("9", None, "233–251")),
        ("Invented Letters, volume 9, pages 233–251, 1991", "Invented Letters", "1991", None),
    ],
)
def test_serial_compact_year_after(
    text: str, host: str, year: str | None, numbers: tuple[str | None, ...] | None
) -> None:
    found = serial.read(text)
    assert found is not None
    assert (found.host, found.year) == (host, year)
    if numbers is not None:
        assert (found.volume, found.issue, found.pages) == numbers


_CHAPTER = """\
= Invented Chapter

Leases were studied early <<holm1991>>, and the same paper appears again <<holm-again>>.

[bibliography]
== References

- [[[holm1991]]] Greta Holm: “Clocks and Queues,” _Invented Computing Letters_, volume 9, \
number 4, pages 233–251, October 1991.
- [[[ines2003]]] Ines van Dalen and Pavel K. Sorokin: “Leases for Lock Services,” at \
_11th Workshop on Hypothetical Storage_ (WHS), September 2003.
- [[[holm-again]]] Holm, G. Clocks and queues. _Invented Computing Letters_ 9(4):233–251, 1991.
"""


def test_the_same_work_listed_twice_is_a_duplicate() -> None:
    from bibcheck.analyse import analyse_document
    from bibcheck.manuscript import parse_bytes

    doc = parse_bytes(_CHAPTER.encode(), "ch.adoc")
    titles = [e.reference.title for e in doc.literature]
    assert titles == ["Clocks and Queues", "Leases for Lock Services", "Clocks and queues"]
    found = [
        f
        for f in analyse_document(doc, {}, {})
        if f.kind.value == "duplicate-citation" and f.severity.value == "warning"
    ]
    assert len(found) == 1
    assert list(found[0].lines) == [8, 10]
