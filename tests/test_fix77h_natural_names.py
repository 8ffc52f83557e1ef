"""fix77h: author-date entries whose names are in natural order, as Icelandic lists print
Icelanders (under the given name, a middle initial or an abbreviated given name among them),
with the title quoted („…“, “…”) or in italics.

ACM's head (``Given Family. 2019. Title.``) prints no quotation marks: a quoted title
sentence after the year makes the entry Chicago's author-date in natural order, read by
:mod:`bibcheck.parse.references.chicago`; an abbreviated given name (``Th.``) is a person's.
All examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import acm, chicago, parse_reference

# (entry, authors, title, host, kind)
CASES = [
    (
        "Sigrún Th. Magnúsdóttir. 2011. „Síldarárin á Siglufirði.“ _Skírnir_ 185 (2): 301–330.",
        ("Sigrún Th. Magnúsdóttir",),
        "Síldarárin á Siglufirði",
        "Skírnir",
        RefKind.ARTICLE,
    ),
    (
        "Sigrún Th. Magnúsdóttir. 2014. _Bátar og bryggjur: Saga útgerðar 1900–1960_. "
        "Akureyri: Bókaútgáfan Hólmur.",
        ("Sigrún Th. Magnúsdóttir",),
        "Bátar og bryggjur: Saga útgerðar 1900–1960",
        None,
        RefKind.BOOK,
    ),
    (
        "Ari Þ. Bjarnason. 2008. „Vitar við Faxaflóa.“ _Ægir_ 101 (4): 12–19.",
        ("Ari Þ. Bjarnason",),
        "Vitar við Faxaflóa",
        "Ægir",
        RefKind.ARTICLE,
    ),
    (
        "Helga Þorsteinsdóttir. 2017. „Kaupfélögin og sjávarþorpin.“ _Saga_ 55 (1): 40–71.",
        ("Helga Þorsteinsdóttir",),
        "Kaupfélögin og sjávarþorpin",
        "Saga",
        RefKind.ARTICLE,
    ),
    (
        "Ari Þ. Bjarnason og Helga Þorsteinsdóttir. 2019. „Hafnargerð á Austfjörðum.“ "
        "_Saga_ 57 (2): 77–98.",
        ("Ari Þ. Bjarnason", "Helga Þorsteinsdóttir"),
        "Hafnargerð á Austfjörðum",
        "Saga",
        RefKind.ARTICLE,
    ),
    # (English quotes, an English list in natural order with a middle initial)
    (
        "Martha J. Keller. 2015. “Harbour Towns and the Herring Trade.” "
        "_Maritime History Review_ 27 (3): 211–236.",
        ("Martha J. Keller",),
        "Harbour Towns and the Herring Trade",
        "Maritime History Review",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "host", "kind"), CASES)
def test_natural_order_author_date(
    text: str, authors: tuple[str, ...], title: str, host: str | None, kind: RefKind
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == host
    assert ref.kind is kind


# ACM's own entries stay ACM's: an unquoted title, or a quoted phrase opening one
ACM_CASES = [
    (
        "Wm. Harlan and Rosa Vint. 2018. Sorting Streams Lazily. In _Proceedings of the "
        "Workshop on Streams_. ACM, New York, NY, USA, 12–19.",
        ("Wm. Harlan", "Rosa Vint"),
        "Sorting Streams Lazily",
    ),
    (
        'Rosa Vint and Omar Pell. 2020. "Is It Fast Enough?": Measuring Query Latency. '
        "In _Proceedings of the Data Systems Conference_. ACM, New York, NY, USA, 1–9.",
        ("Rosa Vint", "Omar Pell"),
        '"Is It Fast Enough?": Measuring Query Latency',
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), ACM_CASES)
def test_acm_entries_stay_acm(text: str, authors: tuple[str, ...], title: str) -> None:
    fields = acm.parse(text)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title


QUOTED_NOT_ACM = [
    "Helga Þorsteinsdóttir. 2017. „Kaupfélögin og sjávarþorpin.“ _Saga_ 55 (1): 40–71.",
    "Martha Keller. 2015. “Harbour Towns.” _Maritime History Review_ 27 (3): 211–236.",
    "Martha Keller. 2015. “Harbour Towns”. _Maritime History Review_ 27 (3): 211–236.",
]


@pytest.mark.parametrize("text", QUOTED_NOT_ACM)
def test_quoted_title_sentence_is_no_acm_entry(text: str) -> None:
    assert acm.parse(text) is None


# (chicago's natural-order reading needs an initial: names without one are read as before)
@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Ari Þ. Bjarnason. 2008. „Vitar.“ _Ægir_ 101 (4): 12–19.", ("Ari Þ. Bjarnason",)),
        ("Jón Th. Ólason. n.d. „Vitar.“ _Ægir_ 101 (4): 12–19.", ("Jón Th. Ólason",)),
    ],
)
def test_chicago_reads_initialled_natural_names(text: str, authors: tuple[str, ...]) -> None:
    fields = chicago.parse(text)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == "Vitar"


def test_long_runs_of_initials_stay_fast() -> None:
    # (a guard, passes on main too: the natural-order names must not split a run of
    # initials every way)
    import time

    for text in ("Jón " * 150 + "Þ. " * 150 + "x", "Ari Þ. " * 100 + "Lee x. 2001. “T.” J 1: 2."):
        start = time.perf_counter()
        chicago.parse(text)
        acm.parse(text)
        assert time.perf_counter() - start < 2.0
