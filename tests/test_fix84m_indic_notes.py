"""Notes in the Indic languages written all in commas (round 84, fix84m): co-authors in
natural order parted by commas, an editor's "(संपा.)", a journal's named volume and issue, an
edited book's "संपा.", a book's "Publisher, Place, Year", a body's document and an act with
the government that issued it.  Invented examples only."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import issued_caseless_law
from bibcheck.parse.references.caseless import note_authors
from bibcheck.parse.references.caseless_facts import indic_tail
from bibcheck.parse.references.italic_note import italic_reference

# (marked note, authors, title, year, kind)
CASES = [
    # two co-authors in natural order, a book's publisher, place and year (Hindi)
    (
        "अनिल वर्मा, सुनीता राठौर, *नगर और समाज*, राजकमल प्रकाशन, दिल्ली, 2004.",
        ("अनिल वर्मा", "सुनीता राठौर"),
        "नगर और समाज",
        2004,
        RefKind.BOOK,
    ),
    # an article, its volume and issue named in Marathi abbreviations
    (
        "सुधा पाटील, «गावांचे स्थलांतर», *ग्रामीण अभ्यास*, खं. 7, अं. 1, 2015, पृ. 40–52.",
        ("सुधा पाटील",),
        "गावांचे स्थलांतर",
        2015,
        RefKind.ARTICLE,
    ),
    # ... in Bengali, two co-authors
    (
        "রাহুল সেন, মিতা বসু, «শহরের ইতিহাস», *নগর পত্রিকা*, খণ্ড 12, সংখ্যা 3, 2010, পৃ. 5–9.",
        ("রাহুল সেন", "মিতা বসু"),
        "শহরের ইতিহাস",
        2010,
        RefKind.ARTICLE,
    ),
    # a chapter of an edited book (Hindi "संपा.")
    (
        "राकेश मिश्र, «कस्बों का विकास», *भारतीय नगर*, संपा. कमला जैन, वाणी प्रकाशन, दिल्ली, 2012.",
        ("राकेश मिश्र",),
        "कस्बों का विकास",
        2012,
        RefKind.CHAPTER,
    ),
    # an editor's volume (Gujarati "(સંપા.)"): no author
    (
        "મીના દેસાઈ (સંપા.), *શહેરની વાતો*, નવજીવન પ્રકાશન, અમદાવાદ, 2009, પૃ. 3–9.",
        (),
        "શહેરની વાતો",
        2009,
        RefKind.BOOK,
    ),
    # a municipal corporation's plan, the place and year alone: its report
    (
        "नाशिक महानगरपालिका, *नाशिक शहर विकास आराखडा 2015–2035*, नाशिक, 2016.",
        ("नाशिक महानगरपालिका",),
        "नाशिक शहर विकास आराखडा 2015–2035",
        2016,
        RefKind.REPORT,
    ),
    # a department's notification in the gazette: its report
    (
        "जलसंपदा विभाग, «धरण सुरक्षा नियम», *शासन राजपत्र*, भाग चार, 2019.",
        ("जलसंपदा विभाग",),
        "धरण सुरक्षा नियम",
        2019,
        RefKind.REPORT,
    ),
    # an act after the government that issued it: the year is its date
    (
        "भारत सरकार, *नगर भूमि अधिनियम, 1976*, धारा 3.",
        None,
        "नगर भूमि अधिनियम",
        1976,
        RefKind.REPORT,
    ),
    # near-misses: a person's book with its place alone stays a book
    (
        "सुधा पाटील, *गावांचे स्थलांतर*, पुणे, 2015.",
        ("सुधा पाटील",),
        "गावांचे स्थलांतर",
        2015,
        RefKind.BOOK,
    ),
    # ... a body's work a publishing house brings out is no report
    (
        "बिहार हिंदी साहित्य परिषद, *हिंदी वर्तनी*, वाणी प्रकाशन, दिल्ली, 2001.",
        ("बिहार हिंदी साहित्य परिषद",),
        "हिंदी वर्तनी",
        2001,
        RefKind.BOOK,
    ),
    # ... a survey's title ending in a year is no act: the year stays in it
    (
        "सुधा पाटील, *गाव सर्वेक्षण, 2020*, पुणे, 2021.",
        ("सुधा पाटील",),
        "गाव सर्वेक्षण, 2020",
        2021,
        RefKind.BOOK,
    ),
    # ... one name inverted is one author
    (
        "पाटील, सुधा, *गावांचे स्थलांतर*, पुणे, 2015.",
        ("पाटील, सुधा",),
        "गावांचे स्थलांतर",
        2015,
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("marked", "authors", "title", "year", "kind"), CASES)
def test_indic_comma_notes(
    marked: str, authors: tuple[str, ...] | None, title: str, year: int, kind: RefKind
) -> None:
    ref = parse_reference(marked, (1,), note=True)
    if authors is not None:
        assert ref.authors == authors
    assert (ref.title, ref.year, ref.kind) == (title, year, kind)


# (plain, marked, authors, title, kind): a page's note, the italics marked by the reader
PAGE_NOTES = [
    (
        "Meera Iyer, Arjun Rao, Streets of Old Madras, Orient Longman, Chennai, 1998.",
        "Meera Iyer, Arjun Rao, *Streets of Old Madras*, Orient Longman, Chennai, 1998.",
        ("Meera Iyer", "Arjun Rao"),
        "Streets of Old Madras",
        RefKind.BOOK,
    ),
    (
        "Meera Iyer, Arjun Rao, “Tanks and wells of the city”, Indian Historical Review, "
        "vol. 31, no. 2, 2004, pp. 11–30.",
        "Meera Iyer, Arjun Rao, “Tanks and wells of the city”, *Indian Historical Review*, "
        "vol. 31, no. 2, 2004, pp. 11–30.",
        ("Meera Iyer", "Arjun Rao"),
        "Tanks and wells of the city",
        RefKind.ARTICLE,
    ),
    (
        "अनिल वर्मा, सुनीता राठौर, नगर और समाज, राजकमल प्रकाशन, दिल्ली, 2004.",
        "अनिल वर्मा, सुनीता राठौर, *नगर और समाज*, राजकमल प्रकाशन, दिल्ली, 2004.",
        ("अनिल वर्मा", "सुनीता राठौर"),
        "नगर और समाज",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("plain", "marked", "authors", "title", "kind"), PAGE_NOTES)
def test_coauthor_not_taken_for_title(
    plain: str, marked: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = italic_reference(plain, marked, (1,), note=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("अनिल वर्मा, सुनीता राठौर", ("अनिल वर्मा", "सुनीता राठौर")),
        ("अनिल वर्मा", ("अनिल वर्मा",)),
        ("वर्मा, अनिल", ("वर्मा, अनिल",)),  # (one name inverted)
        ("पुणे महानगरपालिका, नगर रचना विभाग", ("पुणे महानगरपालिका, नगर रचना विभाग",)),
        ("ابن خلدون, عبد الرحمن", ("ابن خلدون, عبد الرحمن",)),  # (an Arabic name inverted)
    ],
)
def test_note_authors(names: str, authors: tuple[str, ...]) -> None:
    assert note_authors(names) == authors


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        (", *समाज*, खं. 4, अं. 2, 2019, पृ. 3.", ("समाज", "4", "2", False, None)),
        (", *समाज*, अंक 9, 2019.", ("समाज", None, "9", False, None)),
        (", *ग्रंथ*, संपा. अ. ब. क, प्रकाशन, पुणे, 2015.", ("ग्रंथ", None, None, True, None)),
        (", साहित्य प्रकाशन, नाशिक, 2001.", (None, None, None, False, "साहित्य प्रकाशन")),
    ],
)
def test_indic_tail(tail: str, found: tuple[object, ...]) -> None:
    facts = indic_tail(tail)
    assert facts is not None
    assert (facts.container, facts.volume, facts.issue, facts.chapter, facts.publisher) == found


@pytest.mark.parametrize(
    "tail", [" [डेटासेट], आवृत्ती 1.2, 2025.", ", *समाज*, 2019.", ", https://x.example.org, 2020"]
)
def test_indic_tail_none(tail: str) -> None:
    assert indic_tail(tail) is None


def test_issued_caseless_law() -> None:
    assert issued_caseless_law("भारत सरकार, नगर भूमि अधिनियम, 1976, धारा 3.") == (
        "नगर भूमि अधिनियम",
        "1976",
    )
    assert issued_caseless_law("सुधा पाटील, गाव सर्वेक्षण, 2020, पुणे.") is None


def test_linear_indic_tail() -> None:
    import time

    for n in (2000, 4000):
        tail = ", *" + "क" * n + "*, " + "ख, " * n
        t = time.perf_counter()
        indic_tail(tail)
        note_authors("क ख, " * n)
        assert time.perf_counter() - t < 1.0
