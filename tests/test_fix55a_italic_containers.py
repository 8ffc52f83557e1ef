"""Fix round 55, helper a: the shared italic reading of typed notes keeps the plain reading
where the italics mark no title of the note's work.

* an italic run that the plain reading took for the container (the periodical an essay or a
  letter appeared in: ``[Author], *The Weekly*, no. 12 (1761)``) is no title;
* when both readings give the same title, the plain one is kept, but the marked one's kind
  when the plain one knew none (an italic book title before its imprint, an italic journal
  after a quoted title in a script whose commas the plain reading does not know), and the
  marked one's year when the plain one took its year from inside the title (a period:
  ``*History of the Trade, 1356-1669* (Madrid, 1958)``, not ``*Harbours Act 2010*``);
  a reader that trusts its marks whole (HTML) keeps the marked reading then;
* a title read before an italic run stays the note's title, however often its words come
  again after the run (an encyclopaedia's URL ends in the entry's name).

Own fixtures, written in the patterns humanities and reference-work notes use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.italic_note import italic_reference, same_title
from bibcheck.parse.references.note_title import corrected_note
from tests.test_fix54d_note_italics import _docx, _html, _latex

# (note with its italics as *…*, the title, the year, the kind)
Case = tuple[str, str | None, int | None, RefKind]

NOTES: list[Case] = [
    # the italic run is the periodical the essays appeared in: no title of their own
    (
        "[Jane Marlow], *The Weekly Observer*, no. 12 (3 March 1761) and no. 14 (17 March 1761).",
        None,
        1761,
        RefKind.ARTICLE,
    ),
    # negative: the same italic run before an imprint is the book's title
    (
        "Marlow, *The Weekly Observer* (London: Dodsley, 1761), 12.",
        "The Weekly Observer",
        1761,
        RefKind.BOOK,
    ),
    # the same title both ways: the marks tell a book (SIAM-style imprint)
    (
        "P. Lind, *Spectral Methods for Boundary Problems*, Springer, Berlin, second ed., 1999.",
        "Spectral Methods for Boundary Problems",
        1999,
        RefKind.BOOK,
    ),
    # the same title both ways: the italic journal after a guillemet title (Arabic script)
    (
        "قاسم، ئەلى. 2014. «ناخشا ۋە مۇقام». *مىراس*، 2-سان: 10–18.",
        "ناخشا ۋە مۇقام",
        2014,
        RefKind.ARTICLE,
    ),
    # the period a title names is not the imprint's year
    (
        "Anna Berg, *La Hansa en el Báltico: estudio de la historia comercial, 1356-1669*"
        " (Madrid: Revista de Historia, 1958), 44-50.",
        "La Hansa en el Báltico: estudio de la historia comercial, 1356-1669",
        1958,
        RefKind.BOOK,
    ),
    # an encyclopaedia entry: the quoted entry is the title, not the italic work (whose
    # URL ends in the entry's name)
    (
        "“Bergen”, *Store norske leksikon*, https://snl.no/Bergen (lest 4.5.2023).",
        "Bergen",
        None,
        RefKind.WEB,
    ),
    # negative: an italic title before an editor is still the title (and, its imprint in
    # brackets after it, a book: round 68's imprint_book)
    (
        "*Collected Works of John Ford*, ed. J. Smith (Boston, 1974), 12.",
        "Collected Works of John Ford",
        1974,
        RefKind.BOOK,
    ),
]

FORMATS = [
    pytest.param(_latex, id="latex"),
    pytest.param(_html, id="html"),
    pytest.param(_docx, id="docx"),
]


@pytest.mark.parametrize("render", FORMATS)
@pytest.mark.parametrize("case", [pytest.param(c, id=c[0][:36]) for c in NOTES])
def test_note_fields_in_every_reader(
    render: Callable[[list[str]], tuple[bytes, str]], case: Case
) -> None:
    text, title, year, kind = case
    data, path = render(["Ann Roe, *The Salt Roads* (London: Verso, 2004), 12.", text])
    ref = parse_bytes(data, path).footnotes[1].reference
    assert (ref.title, ref.year, ref.kind) == (title, year, kind)


@pytest.mark.parametrize("case", [pytest.param(c, id=c[0][:36]) for c in NOTES])
def test_italic_reference(case: Case) -> None:
    text, title, year, kind = case
    ref = italic_reference(text.replace("*", ""), text, (1,), note=True, title_run=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, kind)
    assert "*" not in ref.raw


def _ref(kind: RefKind, title: str, year: int, year_raw: str) -> Reference:
    return Reference("raw", 1, 1, kind=kind, title=title, year=year, year_raw=year_raw)


@pytest.mark.parametrize(
    ("plain", "marked", "expected"),
    [
        pytest.param(
            _ref(RefKind.UNKNOWN, "Tides", 2004, "2004"),
            _ref(RefKind.BOOK, "Tides", 2004, "2004"),
            (RefKind.BOOK, 2004),
            id="plain-knew-no-kind",
        ),
        pytest.param(
            _ref(RefKind.BOOK, "Tides", 2004, "2004"),
            _ref(RefKind.REPORT, "Tides", 2004, "2004"),
            (RefKind.BOOK, 2004),
            id="plain-kind-kept-no",
        ),
        pytest.param(
            _ref(RefKind.BOOK, "Tides, 1700-1800", 1800, "1800"),
            _ref(RefKind.BOOK, "Tides, 1700-1800", 1958, "1958"),
            (RefKind.BOOK, 1958),
            id="year-inside-title",
        ),
        pytest.param(
            _ref(RefKind.BOOK, "Tides", 1958, "1958"),
            _ref(RefKind.BOOK, "Tides", 1800, "1800"),
            (RefKind.BOOK, 1958),
            id="plain-year-kept-no",
        ),
        pytest.param(
            _ref(RefKind.REPORT, "Harbours Act 2010", 2010, "2010"),
            _ref(RefKind.REPORT, "Harbours Act 2010", 2022, "2022"),
            (RefKind.REPORT, 2010),
            id="act-year-is-no-period-no",
        ),
    ],
)
def test_same_title(plain: Reference, marked: Reference, expected: tuple[RefKind, int]) -> None:
    ref = same_title(plain, marked)
    assert (ref.kind, ref.year) == expected
    assert ref.raw == plain.raw


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        pytest.param(
            "“Oslo”, *Norsk leksikon*, https://leksikon.example/Oslo.",
            "Oslo",
            "Oslo",
            id="title-again-in-url",
        ),
        pytest.param(
            "*Press Briefing of Mayor Ann Holt*, Radio Nine (Apr. 2, 2015).",
            "Radio Nine",
            "Press Briefing of Mayor Ann Holt",
            id="title-after-run-no",
        ),
    ],
)
def test_corrected_note_title_before_run(text: str, title: str, expected: str) -> None:
    ref = Reference(text.replace("*", ""), 1, 1, title=title)
    assert corrected_note(ref, text).title == expected


def test_html_trusts_its_marks_with_the_same_title() -> None:
    # a blog post: the marks tell the roman site name after the italic title from a journal
    note = (
        "See Ann Roe, *The Harbour Workaround*, Quay Watch (Jan. 9, 2023),"
        " https://quaywatch.example.com/2023/01/harbour-workaround/."
    )
    plain = note.replace("*", "")
    marked = italic_reference(plain, note, (1,), note=True)
    assert (marked.title, marked.kind) == ("The Harbour Workaround", RefKind.WEB)
    assert "*" not in marked.raw
