"""Vancouver names with the year as a sentence of its own (eLife, Genetics, Plant Cell and
the reviewers who copy them): ``Surname AB, Surname C. 2019. Title. Journal 12:101–118.``
Fixture entries written for the tests (invented works and people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.datedvancouver import dated
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind", "pages"),
    [
        pytest.param(
            "Marsh TE, Oduya K, Lindqvist B. 2011. Dusk timing of leaf cooling in three "
            "grasses. Journal of Field Physiology 48:211–224. https://doi.org/10.5555/jfp.48.211",
            ("Marsh TE", "Oduya K", "Lindqvist B"),
            "Dusk timing of leaf cooling in three grasses",
            2011,
            RefKind.ARTICLE,
            "211–224",
            id="journal-volume-pages",
        ),
        pytest.param(
            "Ferrante G, Obi CN, Dahl M, Wen Y, Sato H, Ruiz P, Aalto J, Brun L, Cole D, Frey S, "
            "et al. 2020. Community standards for reporting sensor drift. Methods in "
            "Environmental Sensing 7:e1043. doi:10.5555/mes.7.e1043",
            (
                "Ferrante G",
                "Obi CN",
                "Dahl M",
                "Wen Y",
                "Sato H",
                "Ruiz P",
                "Aalto J",
                "Brun L",
                "Cole D",
                "Frey S",
            ),
            "Community standards for reporting sensor drift",
            2020,
            RefKind.ARTICLE,
            "e1043",
            id="et-al-article-number",
        ),
        pytest.param(
            "Quist A, Bellamy R. 2003. Counting errors we cannot see: a practical correction. "
            "Bulletin of the Society of Measurers: Series C 19(2):77–90.",
            ("Quist A", "Bellamy R"),
            "Counting errors we cannot see: a practical correction",
            2003,
            RefKind.ARTICLE,
            "77–90",
            id="colon-in-journal-issue",
        ),
        pytest.param(
            "Dahl M. 2016b. Does the stoma know the hour? A test in drought. Plant Timing "
            "Letters 3:R12.",
            ("Dahl M",),
            "Does the stoma know the hour? A test in drought",
            2016,
            RefKind.ARTICLE,
            "R12",
            id="question-title-letter-year",
        ),
        pytest.param(
            "Lindqvist B. 2009. A History of the Leaf Chamber. Uppsala: Nordic Field Press.",
            ("Lindqvist B",),
            "A History of the Leaf Chamber",
            2009,
            RefKind.BOOK,
            None,
            id="book-place-publisher",
        ),
    ],
)
def test_dated_vancouver(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    kind: RefKind,
    pages: str | None,
) -> None:
    for as_note in (False, True):
        ref = parse_reference(text, (1,), detect_styles=True, note=as_note)
        assert ref.authors == authors
        assert ref.title == title
        assert ref.year == year
        assert ref.kind is kind
        assert ref.pages == pages


def test_plain_vancouver_unchanged() -> None:
    """The year after the journal (``2020;3(2):10-12``) is read as before."""
    ref = parse_reference(
        "Marsh TE, Oduya K. Leaf cooling at dusk. J Field Physiol. 2011;48(3):211-24.",
        (1,),
        detect_styles=True,
    )
    assert ref.title == "Leaf cooling at dusk"
    assert ref.year == 2011


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "2011. " + "Word. " * (n // 12) + "Journal " + "x " * (n // 4) + " 4:5.",
        lambda n: "2011. " + "a: " * (n // 3) + " 4:5.",
    ],
)
def test_long_line_is_linear(line: Callable[[int], str]) -> None:
    """The journal pattern stays linear on a long entry of many sentences."""
    assert_linear(lambda after: dated(("Marsh TE",), after), line)
