"""Fix 53m: natbib's ``plainnat``/``abbrvnat`` print their list sorted by the label first.

natbst.mbs (``plainnat.bst``, ``abbrvnat.bst``) sorts each entry by its sortified label
(``Name(year``, ``Name and Other(year``, ``Name et~al.(year``), then by the authors' full
names, then by citation key: "Lee and Park" comes before "Lee et al." of the same year,
and a two-author work before the first author's own; an entry with no author goes by the
first three characters of its key.  ``plain`` and other BibTeX styles keep author, year,
title.  Own fixtures.

Fix 57c: a BibTeX 0.99d run shows the label sort only gives the "a", "b" of equal labels;
natbst.mbs then sorts again by names, year and citation key (``bib.sort.order``), so the
printed order is that one (:mod:`bibcheck.readers.bstorder`); the expected orders below
are BibTeX's own for the same entries.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RawNote, Reference
from bibcheck.readers.listorder import (
    ListSort,
    SortPart,
    bst_sort,
    natbib_label,
    ordered,
    tex_sort,
)

NATBIB = ListSort((SortPart.BST_NATBIB,), use_prefix=True)


@pytest.mark.parametrize(
    ("authors", "year", "key", "want"),
    [
        (("Lee, Min",), 2019, "lee19", "lee2019"),
        (("Lee, Min", "Park, Ji"), 2019, "lp", "lee and park2019"),
        (("Lee, Min", "Park, Ji", "Cho, Su"), 2019, "lpc", "lee et al2019"),
        (("van der Berg, Anna", "Smit, Jan"), 2001, "vdb", "van der berg and smit2001"),
        (("Müller-Lüdenscheidt, Eva",), 2010, "m", "muller ludenscheidt2010"),
        (("O'Neil, Pat",), None, "oneil", "oneil"),
        ((), None, "tensorflow", "ten"),  # no author: the key's first three characters
        ((), 2020, "WHO2020", "who2020"),
    ],
)
def test_natbib_label(authors: tuple[str, ...], year: int | None, key: str, want: str) -> None:
    assert natbib_label(authors, year, key) == want


@pytest.mark.parametrize(
    ("style", "want"),
    [
        ("plainnat", NATBIB),
        ("abbrvnat.bst", NATBIB),
        ("PlainNat", NATBIB),
        # negatives: other sorted styles keep author, year, title; unsrtnat citation order
        (
            "plain",
            ListSort((SortPart.BST,), use_prefix=True, drop_articles=True),
        ),
        (
            "plainyr",
            ListSort(
                (SortPart.NAME, SortPart.YEAR, SortPart.TITLE), use_prefix=True, drop_articles=True
            ),
        ),
        ("unsrtnat", ListSort()),
    ],
)
def test_bst_sort_natbib(style: str, want: ListSort) -> None:
    assert bst_sort(style) == want


def test_tex_sort_plainnat() -> None:
    tex = "\\usepackage[round,authoryear]{natbib}\n\\bibliographystyle{plainnat}\n"
    assert tex_sort(tex) == NATBIB


def _entries(works: dict[str, tuple[tuple[str, ...], int | None, str]]) -> dict[str, RawNote]:
    return {
        key: RawNote(key, "", 1, 1, reference=Reference("", 1, 1, authors=a, year=y, title=t))
        for key, (a, y, t) in works.items()
    }


WORKS = _entries(
    {
        "lee_et_al": (("Lee, Min", "Park, Ji", "Cho, Su"), 2019, "Alpha"),
        "lee_park": (("Lee, Min", "Park, Ji"), 2019, "Zeta"),
        "lee_alone": (("Lee, Min",), 2015, "Beta"),
        "kim": (("Kim, Do",), 2021, "Gamma"),
        "lee_nodate": (("Lee, Min",), None, "Delta"),
        "zzz_tool": ((), None, "An Open Toolkit"),  # by "zzz", not by its title
        "lee_b": (("Lee, Min", "Park, Ji", "Cho, Su"), 2019, "Aardvark"),  # tie: by key
    }
)
CITED_ORDER = ["lee_et_al", "lee_park", "lee_alone", "kim", "lee_nodate", "zzz_tool", "lee_b"]


def test_plainnat_order() -> None:
    # BibTeX's run: no author (nor key field) first; "lee  min" alone (no year before
    # 2015), then with Park, then "lee  min   zz2019   park ..." (three authors) by key
    assert ordered(CITED_ORDER, WORKS, NATBIB) == [
        "zzz_tool",
        "kim",
        "lee_nodate",
        "lee_alone",
        "lee_park",
        "lee_b",
        "lee_et_al",
    ]


def test_plain_order_unchanged() -> None:
    # negative: plain sorts by the authors' full list, year, title (no label)
    plain = bst_sort("plain")
    assert plain is not None
    assert ordered(CITED_ORDER, WORKS, plain) == [
        "zzz_tool",  # no author nor key field: an empty name, first (BibTeX's run)
        "kim",
        "lee_nodate",  # no year sorts before 2015
        "lee_alone",
        "lee_park",
        "lee_b",  # same authors and year: by title
        "lee_et_al",
    ]
