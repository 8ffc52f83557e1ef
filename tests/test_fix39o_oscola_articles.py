"""OSCOLA and AGLC journal articles, bibliography entries and notes alike: every author
inverted with the comma and stops OSCOLA 4th ed. drops ("Pennant, R. and Ashdown, L."),
"and others", a middle initial without its stop in a note ("Rhiannon T Pennant"), an
apostrophe inside a quoted title ("'Lord Avebury's Bill'"), a page range; the quoted title
is the title, the journal, volume, issue and pages are read, the kind is an article.  Lines
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import legal, parse_reference
from tests.test_regex_growth import assert_linear

_TITLE = "Leasehold Enfranchisement after Mundy"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            f"Pennant R and Ashdown L, '{_TITLE}' (2018) 12 Journal of Property Law 34",
            {"authors": ("Pennant R", "Ashdown L"), "volume": "12", "pages": "34"},
            id="oscola-4th-two-authors",
        ),
        pytest.param(
            f"Pennant, R. and Ashdown, L., '{_TITLE}' (2018) 12 Journal of Property Law 34",
            {"authors": ("Pennant, R.", "Ashdown, L."), "host": "Journal of Property Law"},
            id="stops-and-commas",
        ),
        pytest.param(
            f"Pennant, R and Ashdown, L, '{_TITLE}' (2018) 12 Journal of Property Law 34",
            {"authors": ("Pennant, R", "Ashdown, L"), "volume": "12"},
            id="commas-without-stops",
        ),
        pytest.param(
            f"Pennant, R.T., Ashdown, L. and Carrow, M., '{_TITLE}' (2018) 12 Journal of "
            "Property Law 34.",
            {"authors": ("Pennant, R.T.", "Ashdown, L.", "Carrow, M."), "pages": "34"},
            id="three-inverted",
        ),
        pytest.param(
            f"Pennant, Rhiannon and Ashdown, Lewis, '{_TITLE}' (2018) 12 Journal of "
            "Property Law 34",
            {"authors": ("Pennant, Rhiannon", "Ashdown, Lewis")},
            id="inverted-given-names",
        ),
        pytest.param(
            f"Pennant R and others, '{_TITLE}' (2018) 12 Journal of Property Law 34",
            {"authors": ("Pennant R",), "volume": "12"},
            id="and-others",
        ),
        pytest.param(
            f"Pennant R, '{_TITLE}' [2019] CLJ 45",
            {"authors": ("Pennant R",), "year": 2019, "volume": None, "host": "CLJ"},
            id="volume-by-year",
        ),
        pytest.param(
            f"Pennant R, '{_TITLE}' (2007) 70(3) MLR 456",
            {"volume": "70", "issue": "3", "pages": "456", "host": "MLR"},
            id="issue",
        ),
        pytest.param(
            f"Pennant R, '{_TITLE}' (2007) 70(3) Journal of Property Law 456–478.",
            {"pages": "456–478"},
            id="page-range",
        ),
        pytest.param(
            "Pennant R, 'Lord Avebury's Bill and the Lessee' (1911) 27 LQR 12",
            {"title": "Lord Avebury's Bill and the Lessee", "host": "LQR"},
            id="apostrophe-in-title",
        ),
        pytest.param(
            f"Siân Ó Briain, '{_TITLE}' (2019) 12 Journal of Property Law 34, 36.",
            {"authors": ("Siân Ó Briain",), "pages": "34", "year": 2019},
            id="note-natural-order",
        ),
        pytest.param(
            f"Rhiannon T Pennant, '{_TITLE}' (2019) 12 Journal of Property Law 34, 36.",
            {"authors": ("Rhiannon T Pennant",), "volume": "12"},
            id="note-middle-initial",
        ),
        pytest.param(
            f"Rhiannon Pennant and Lewis Ashdown, ‘{_TITLE}’ (2019) 12 Journal of Property "
            "Law 34, 40–41.",
            {"authors": ("Rhiannon Pennant", "Lewis Ashdown"), "pages": "34"},
            id="note-two-authors-curly",
        ),
    ],
)
@pytest.mark.parametrize("note", [False, True], ids=["entry", "note"])
def test_oscola_article(text: str, want: dict[str, Any], note: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    want = {"title": _TITLE, "kind": RefKind.ARTICLE, "style": "legal"} | want
    got = {
        "authors": ref.authors,
        "title": ref.title,
        "year": ref.year,
        "kind": ref.kind,
        "style": ref.style,
        "host": ref.host,
        "volume": ref.volume,
        "issue": ref.issue,
        "pages": ref.pages,
    }
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize(
    ("text", "style", "title"),
    [
        pytest.param(
            "Pennant, R. and Ashdown, L. (2018) 'Leasehold after Mundy', Journal of Property "
            "Law, 12(1), pp. 34–56.",
            "harvard",
            "Leasehold after Mundy",
            id="harvard-stays-harvard",
        ),
        pytest.param(
            "Pennant, R. and Ashdown, L., Leasehold Law (2nd edn, Hartwell Press 2021)",
            "legal",
            "Leasehold Law",
            id="oscola-book",
        ),
    ],
)
def test_other_shapes_kept(text: str, style: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.style, ref.title) == (style, title)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Aa, A., " * (n // 8) + "x", id="inverted-names"),
        pytest.param(lambda n: "Aa A, 'B" + "'b" * (n // 2), id="apostrophes"),
        pytest.param(lambda n: "Aa A, 'Bb' (2018) 1 A" + " 1" * (n // 2), id="journal-digits"),
    ],
)
def test_article_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(legal._ARTICLE.match, line)
