"""Footnote <-> literature entry linking and the differences it records."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import LiteratureEntry, Reference
from bibcheck.parse.matching import LiteratureIndex, differences, title_similarity


def ref(title: str | None = None, url: str | None = None, **kw: object) -> Reference:
    return Reference(
        raw=title or url or "", line=kw.pop("line", 1), end_line=1, title=title, url=url, **kw
    )  # type: ignore[arg-type]


LITERATURE = [
    LiteratureEntry(1, 101, ref("Political relations", "https://mfa.gov.by/political/")),
    LiteratureEntry(
        2, 102, ref("Official visit to Turkey", "http://president.gov.by/visit-20884/")
    ),
    LiteratureEntry(
        3,
        103,
        ref("The Route of Interaction - Asia", None, page_count=112, year=2023, year_raw="2023"),
    ),
    LiteratureEntry(
        4,
        104,
        ref(
            "Belarus and Turkey will hold a contest of joint innovation projects",
            "https://gknt.gov.by/news/contest/",
            year_raw="2018",
        ),
    ),
    LiteratureEntry(
        5,
        105,
        ref(
            "Belarus and Turkey plan to develop cooperation in energy",
            "https://www.belta.by/economics/view/meditsiny-418159-2020/",
            year_raw="2020",
        ),
    ),
]
INDEX = LiteratureIndex(LITERATURE)


@pytest.mark.parametrize(
    ("footnote", "number", "method"),
    [
        pytest.param(
            ref("Other title", "https://www.mfa.gov.by/political"),
            1,
            "url",
            id="same-url-after-normalisation",
        ),
        pytest.param(ref("Official visit to Turkey"), 2, "title", id="same-title-no-url"),
        pytest.param(
            ref("The Route of Interaction - Asia", pages="65"), 3, "title", id="book-by-title"
        ),
        pytest.param(
            ref(
                "Belarus and Turkey will hold a competition of joint innovation projects",
                "https://elsewhere.org/x",
            ),
            4,
            "title",
            id="fuzzy-title",
        ),
        pytest.param(
            ref(
                "Turkey and Belarus talk about energy and medicine",
                "https://www.belta.by/economics/view/medsiny-418159-2020/",
            ),
            5,
            "url~",
            id="url-with-a-typo",
        ),
        pytest.param(
            ref("Completely different subject matter", "https://nowhere.org/"),
            None,
            None,
            id="no-match",
        ),
    ],
)
def test_match(footnote: Reference, number: int | None, method: str | None) -> None:
    found = INDEX.match(footnote)
    assert (found.number if found else None) == number
    assert (found.method if found else None) == method


@pytest.mark.parametrize(
    ("footnote", "entry", "expected"),
    [
        pytest.param(
            ref("Political relations", "https://mfa.gov.by/political/"), 0, set(), id="identical"
        ),
        pytest.param(
            ref("Political relations", "https://mfa.gov.by/other/"),
            0,
            {C.LITERATURE_URL_DIFFERS},
            id="url",
        ),
        pytest.param(
            ref(
                "Belarus and Turkey will hold a competition of joint innovation projects",
                "https://gknt.gov.by/news/contest/",
                year_raw="2018",
            ),
            3,
            {C.LITERATURE_TITLE_DIFFERS},
            id="title",
        ),
        pytest.param(
            ref(
                "Belarus and Turkey plan to develop cooperation in energy",
                "https://www.belta.by/economics/view/meditsiny-418159-2020/",
                year_raw="202-",
            ),
            4,
            {C.LITERATURE_YEAR_DIFFERS},
            id="year",
        ),
        pytest.param(
            ref("The Route of Interaction - Asia", pages="165"),
            2,
            {C.LITERATURE_PAGES_DIFFER},
            id="page-beyond-page-count",
        ),
        pytest.param(
            ref("The Route of Interaction - Asia", pages="65"),
            2,
            set(),
            id="page-within-page-count",
        ),
    ],
)
def test_differences(footnote: Reference, entry: int, expected: set[C]) -> None:
    lit = LITERATURE[entry]
    match = INDEX.match(footnote)
    assert match is not None and match.number == lit.number
    found = differences(footnote, lit, match, "7")
    assert {a.code for a in found} == expected
    assert all(a.footnote == "7" and a.literature_entry == lit.number for a in found)


def test_weak_match_is_flagged() -> None:
    footnote = ref("Turkey contest of innovation projects announced by Belarus officials")
    match = INDEX.match(footnote)
    assert match is not None and match.number == 4 and match.score < 80
    found = differences(footnote, LITERATURE[3], match, "9")
    assert C.LITERATURE_WEAK_MATCH in {a.code for a in found}


def test_title_similarity_ignores_case_and_punctuation() -> None:
    assert title_similarity("Political relations.", "political RELATIONS") == 100
    assert title_similarity(None, "x") == 0


def test_urls_differing_only_in_digits_are_different_pages() -> None:
    lit = [LiteratureEntry(1, 101, ref("Potash exports grow", "https://belta.by/view/148201/"))]
    footnote = ref("Bridge opened in Grodno", "https://belta.by/view/148202/")
    assert LiteratureIndex(lit).match(footnote) is None


def test_a_near_identical_url_with_an_unrelated_title_is_not_linked() -> None:
    lit = [LiteratureEntry(1, 101, ref("Potash exports grow", "https://belta.by/view/potash-a/"))]
    footnote = ref("Bridge opened in Grodno", "https://belta.by/view/potash-b/")
    assert LiteratureIndex(lit).match(footnote) is None


def test_repeated_literature_numbers_compare_with_the_matched_entry() -> None:
    lit = [
        LiteratureEntry(2, 101, ref("Two", "https://a.org/two")),
        LiteratureEntry(2, 102, ref("Three", "https://a.org/three")),
    ]
    index = LiteratureIndex(lit)
    footnote = ref("Two", "https://a.org/two")
    match = index.match(footnote)
    assert match is not None and index.entry(match).reference.title == "Two"
    assert differences(footnote, index.entry(match), match, "2") == []


def test_titles_differing_only_in_digits_are_different_works() -> None:
    lit = [LiteratureEntry(1, 101, ref("Annual trade report 2019"))]
    assert LiteratureIndex(lit).match(ref("Annual trade report 2020")) is None


def test_numeric_note_is_tied_to_its_list_entry_by_number() -> None:
    """In a numeric style the note is made from list entry n: an entry with no parsable fields
    is still the one cited (no false missing-literature-entry)."""
    from bibcheck.manuscript import parse_bytes
    from bibcheck.model import AnomalyCode

    text = (
        "Grid storage cut fuel use [1]. The same author says more [2].\n\n"
        "References\n\n"
        '[1] A. Rivera, "Firm capacity on island grids," IEEE Trans. Power Syst., 2020.\n'
        "[2] Указ. соч.\n"
    )
    doc = parse_bytes(text.encode(), "note.txt")
    assert [
        (fn.label, fn.literature.number if fn.literature else None) for fn in doc.footnotes
    ] == [
        ("1", 1),
        ("2", 2),
    ]
    assert (
        doc.footnotes[1].literature is not None and doc.footnotes[1].literature.method == "number"
    )
    assert AnomalyCode.LITERATURE_MISSING not in {a.code for a in doc.all_anomalies()}
