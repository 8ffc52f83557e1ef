"""Indic notes and entries read whole: an inverted name with its initials, a title in single
quotes, a journal whose italics were lost (its volume and issue named after it), the pages
after the script's own page word, and a place before the colon of a caseless imprint.

Before, ``शर्मा, र., 'शहर और मिल', हंस, वर्ष ५, अंक २, २०१२, पृ. ४५-६७.`` lost its author,
journal, volume, issue and pages (the generic parser's title and year only).  All examples
are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import place_publisher

_ARTICLES = [
    # (text, authors, title, journal, volume, issue, pages)
    (
        "शर्मा, र., 'शहर और मिल', हंस, वर्ष ५, अंक २, २०१२, पृ. ४५-६७.",
        ("शर्मा, र.",),
        "शहर और मिल",
        "हंस",
        "5",
        "2",
        "45-67",
    ),
    (
        "र. शर्मा, 'शहर और मिल', हंस, खंड ५, अंक २, २०१२, पृ. ४५.",
        ("र. शर्मा",),
        "शहर और मिल",
        "हंस",
        "5",
        "2",
        "45",
    ),
    (
        "शर्मा, र., 'शहर और मिल', *हंस*, वर्ष ५, अंक २, २०१२, पृ. ४५-६७.",
        ("शर्मा, र.",),
        "शहर और मिल",
        "हंस",
        "5",
        "2",
        "45-67",
    ),
    (
        'र. शर्मा, "शहर और मिल", *हंस*, खंड ५, अंक २, २०१२, पृ. ४५-६७.',
        ("र. शर्मा",),
        "शहर और मिल",
        "हंस",
        "5",
        "2",
        "45-67",
    ),
    # a bibliography's inverted name, the title quoted and the rest in commas (Marathi)
    (
        "देशपांडे, र. 'शहर आणि गिरणी', लोकराज्य, खंड ५, अंक २, २०१२, पृ. ४५-६७.",
        ("देशपांडे, र.",),
        "शहर आणि गिरणी",
        "लोकराज्य",
        "5",
        "2",
        "45-67",
    ),
    # Bengali
    (
        "শর্মা, র., 'শহর', দেশ, খণ্ড ৫, সংখ্যা ২, ২০১২, পৃ. ৪৫-৬৭.",
        ("শর্মা, র.",),
        "শহর",
        "দেশ",
        "5",
        "2",
        "45-67",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal", "volume", "issue", "pages"), _ARTICLES
)
def test_indic_article_note(
    text: str,
    authors: tuple[str, ...],
    title: str,
    journal: str,
    volume: str,
    issue: str,
    pages: str,
) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == journal
    assert (ref.volume, ref.issue, ref.pages, ref.year) == (volume, issue, pages, 2012)


def test_indic_book_note_keeps_its_page() -> None:
    ref = parse_reference(
        "र. शर्मा, *दिल्ली का नियोजन*, राजकमल प्रकाशन, नई दिल्ली, २०१०, पृ. १२.",
        [0],
        detect_styles=True,
    )
    assert (ref.kind, ref.title, ref.publisher, ref.place, ref.year, ref.pages) == (
        RefKind.BOOK,
        "दिल्ली का नियोजन",
        "राजकमल प्रकाशन",
        "नई दिल्ली",
        2010,
        "12",
    )


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("नई दिल्ली: राजकमल प्रकाशन.", "नई दिल्ली", "राजकमल प्रकाशन"),
        ("কলকাতা: আনন্দ পাবলিশার্স, পৃ. ১২–৩৪.", "কলকাতা", "আনন্দ পাবলিশার্স"),
        ("New York: Norton, 2010", "New York", "Norton"),
        # no place before the colon: nothing
        ("राजकमल प्रकाशन", None, None),
        ("पुणे", None, None),
    ],
)
def test_place_publisher_caseless(text: str, place: str | None, publisher: str | None) -> None:
    assert place_publisher(text) == (place, publisher)


def test_apa_entry_in_devanagari_splits_its_imprint() -> None:
    ref = parse_reference(
        "शर्मा, र. (२०१०). दिल्ली का नियोजन. नई दिल्ली: राजकमल प्रकाशन.", [0], detect_styles=True
    )
    assert (ref.title, ref.place, ref.publisher, ref.year) == (
        "दिल्ली का नियोजन",
        "नई दिल्ली",
        "राजकमल प्रकाशन",
        2010,
    )
