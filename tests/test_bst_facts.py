"""The facts BibTeX's standard styles print after a title (plain, abbrv, unsrt), as a
PDF converted to text gives them back.  Entries written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bst import facts


@pytest.mark.parametrize(
    ("tail", "kind", "host", "pages", "publisher", "place", "year"),
    [
        pytest.param(
            "Journal of Coastal Studies, 41:87–100, 2012.",
            RefKind.ARTICLE,
            "Journal of Coastal Studies",
            "87–100",
            None,
            None,
            2012,
            id="article-volume-pages",
        ),
        pytest.param(
            "Harbour Review, 13(2):145–204, March 1984.",
            RefKind.ARTICLE,
            "Harbour Review",
            "145–204",
            None,
            None,
            1984,
            id="article-issue-month",
        ),
        pytest.param(
            "Tidewater Press, Norfolk, VA, 2nd edition, 1987.",
            RefKind.BOOK,
            None,
            None,
            "Tidewater Press",
            "Norfolk, VA",
            1987,
            id="book-state-edition",
        ),
        pytest.param(
            "In A. B. Ross and C. Dunn, editors, Ports and People, pages 95–120. Harbor"
            " Books, Boston, 1999.",
            RefKind.CHAPTER,
            "Ports and People",
            "95–120",
            "Harbor Books",
            "Boston",
            1999,
            id="chapter-editors",
        ),
        pytest.param(
            "In Proceedings of the Coastal Workshop, pages 1–9, 2019.",
            RefKind.CHAPTER,
            "Proceedings of the Coastal Workshop",
            "1–9",
            None,
            None,
            None,
            id="proceedings-pages",
        ),
    ],
)
def test_facts(
    tail: str,
    kind: RefKind,
    host: str | None,
    pages: str | None,
    publisher: str | None,
    place: str | None,
    year: int | None,
) -> None:
    found = facts(tail)
    assert found is not None
    assert (found.kind, found.host, found.pages, found.publisher, found.place, found.year) == (
        kind,
        host,
        pages,
        publisher,
        place,
        year,
    )


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param("The Guardian, London, 12 March 2019.", id="newspaper-date"),
        pytest.param("Harbour Review 13(2), 145–204.", id="other-style"),
        pytest.param("In this chapter we argue, 2019.", id="prose"),
    ],
)
def test_not_bst(tail: str) -> None:
    assert facts(tail) is None


def test_an_entry_in_plain_style() -> None:
    ref = parse_reference(
        "R. Ames and T. Bell. Salt marsh dynamics. Estuary Letters, 7(1):12–30, 2001.",
        [1],
        detect_styles=True,
    )
    assert (ref.kind, ref.title, ref.host, ref.volume, ref.issue, ref.pages) == (
        RefKind.ARTICLE,
        "Salt marsh dynamics",
        "Estuary Letters",
        "7",
        "1",
        "12–30",
    )
