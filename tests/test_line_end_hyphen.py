"""A hyphen at a line end: the typesetter's (dropped) or the word's own (kept); and a
hyphen pdftotext dropped where it joined two lines, put back (linewrap)."""

from __future__ import annotations

from collections import Counter

import pytest

from bibcheck.readers.linewrap import (
    Hyphen,
    join_hyphen,
    join_hyphenated,
    joined_hyphen_at,
    line_end_hyphen,
    restore_joined_hyphens,
)

SOFT, HARD, NONE = Hyphen.SOFT, Hyphen.HARD, Hyphen.NONE


@pytest.mark.parametrize(
    ("line", "following", "kind"),
    [
        ("the harbour's contem-", "porary owners", SOFT),
        ("(Baltic and Scandina-", "vian ports)", SOFT),
        ("Правила совре-", "менного учёта", SOFT),  # Cyrillic: the same case rule
        ("η σύγχρο-", "νη πόλη", SOFT),  # Greek
        ("Residential Landlord-", "Tenant Disputes", HARD),  # a capital next
        ("the Baden-", "Württemberg archive", HARD),
        ("after COVID-", "19 closures", HARD),  # a digit next
        ("low-cost GNSS-", "based tracking", HARD),  # an acronym before
        ("ОАО «НИИ-", "проект»", HARD),
        ("a 3-", "dimensional model", HARD),  # a digit before
        ("sent by e-", "mail", HARD),  # one letter: never a typesetter's break
        ("a state-of-", "the-art review", HARD),  # the word has a hyphen already
        ("see https://example.org/market-", "report.pdf", NONE),  # an address: linewrap
        ("doi:10.1234/abc-", "def", NONE),
        ("on the left -", "and right", NONE),  # a dash, not a word's hyphen
        ("a line with no hyphen", "next", NONE),
        ("القاهرة-", "الجديدة", NONE),  # a script without case: not joined here
        ("over-", "", NONE),
    ],
)
def test_line_end_hyphen(line: str, following: str, kind: Hyphen) -> None:
    assert line_end_hyphen(line, following) is kind


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        (
            "Checks for Landlord-",
            "Tenant Disputes, 2011",
            ("Checks for Landlord-Tenant", "Disputes, 2011"),
        ),
        ("the contem-", "porary port", ("the contemporary", "port")),
        ("GNSS-", "based", ("GNSS-based", "")),
        ("no hyphen", "here", None),
    ],
)
def test_join_hyphen(line: str, following: str, joined: tuple[str, str] | None) -> None:
    assert join_hyphen(line, following) == joined


def test_join_hyphenated_keeps_a_compounds_hyphen() -> None:
    parts = [("Harbour dues and the Anglo-", 3), ("Dutch Wars, a contem-", 4), ("porary view.", 5)]
    assert join_hyphenated(parts) == [
        ("Harbour dues and the Anglo-Dutch", 3),
        ("Wars, a contemporary", 4),
        ("view.", 5),
    ]


_NEAR = [72, 70, 74, 71, 69, 73]


@pytest.mark.parametrize(
    ("line", "seen", "at"),
    [
        # "Landlord-" / "Tenant ..." joined by the converter at the column's edge (~70)
        (
            "Notes on housing courts and the question of who pays in LandlordTenant "
            "Disputes of the Late Twentieth Century, 4 Harb. L.J. 12 (1999).",
            Counter(),
            len("Notes on housing courts and the question of who pays in Landlord"),
        ),
        # an acronym the document uses elsewhere, a lower-case word after it
        (
            "A field study of low-cost wireless sensing for bridges with GNSSbased "
            "tracking of the deck and the piers, 2020.",
            Counter({"GNSS": 3}),
            len("A field study of low-cost wireless sensing for bridges with GNSS"),
        ),
        # the acronym occurs nowhere else: which letter ends it is unknown
        (
            "A field study of low-cost wireless sensing for bridges with GNSSbased "
            "tracking of the deck and the piers, 2020.",
            Counter(),
            None,
        ),
        # a camel-case name the document writes elsewhere is no join
        (
            "Our scheduler is compared with the baseline methods of the tests; QuayRunner "
            "keeps the queue short and the latency low on every device.",
            Counter({"QuayRunner": 5}),
            None,
        ),
        # the case change far from the column's edge: not where a line was joined
        (
            "GridKeeper Notes on housing courts and the question of who pays in rent "
            "disputes of the Late Twentieth Century, 4 Harb. L.J. 12 (1999).",
            Counter(),
            None,
        ),
        # a line no longer than its neighbours: nothing was joined
        ("Residential LandlordTenant Disputes in practice", Counter(), None),
    ],
)
def test_joined_hyphen_at(line: str, seen: Counter[str], at: int | None) -> None:
    seen = seen + Counter(w for w in line.replace(",", " ").split())
    assert joined_hyphen_at(line, _NEAR, seen) == at


def test_restore_joined_hyphens_in_a_page() -> None:
    lines = [
        "The first line of a justified paragraph of text in one",
        "column, set by a typesetter that hyphenates words at",
        "the edge: the notes of the chapter and its list of works",
        "cited come after the text, in the same column as the",
        "Pratt, Anne, Harbour Dues and the Anglo-Dutch Wars: AngloScandinavian Trade 1650–1700 (2001).",
        "body, and every line in it is about as long as the rest",
        "of the lines that stand near it on the same printed page.",
        "",
    ]
    out = restore_joined_hyphens(lines)
    assert out[4] == (
        "Pratt, Anne, Harbour Dues and the Anglo-Dutch Wars: Anglo-Scandinavian Trade "
        "1650–1700 (2001)."
    )
    assert out[:4] == lines[:4] and out[5:] == lines[5:]
