"""Fix round 48d: notes, author-date citations and lists in the Indic scripts (Devanagari,
Bengali, Gujarati, Tamil): the ibidem of Marathi, Hindi, Sanskrit and Nepali resolves to the
previous note's work; a short note names its work in words with vowel signs; a volume or
a recording's medium after an unmarked title is no part of it; a forename, an initial
("एम.") and a family name make one author; "(अधिकारी, २०७५)" cites the list's entry, a year
of any calendar kept as printed; "पौडेल, र., र खनाल, स." is two people; the one-word
Marathi heading "संदर्भग्रंथसूची" heads the list.  Own fixtures, and adversarial lines for
the new patterns."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import _IBID, _WORD, find_repeats
from bibcheck.parse.references.script_names import (
    _INDIC_INVERTED,
    _INDIC_JOIN,
    joined_people,
)
from bibcheck.readers import authoryear
from bibcheck.readers.authoryear import author_years, indic_names, spans
from bibcheck.readers.common import is_literature_heading
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

_FULL_MR = "माधव गोखले, *कोकणातील बंदरे*, खंड २ (पुणे: वरदा, १९६४), ३१."
_FULL_HI = "सीता वर्मा, *गंगा के घाट* (वाराणसी: लोकभारती, १९९१), ४४."


@pytest.mark.parametrize(
    ("repeat", "locator"),
    [
        ("तत्रैव, पृ. ४५.", "४५"),  # Marathi, Hindi, Sanskrit "there itself"
        ("तत्रैव.", None),
        ("उही, पृ. १२।", "१२"),  # Nepali "the same"
        ("वही, पृ. ९.", "९"),  # Hindi, with its comma
    ],
)
def test_an_indic_ibidem_repeats_the_note_before(repeat: str, locator: str | None) -> None:
    found = find_repeats([_FULL_MR, repeat])
    assert found[0] is None
    assert found[1] is not None and found[1].kind == "ibid" and found[1].target == 0
    if locator is not None:
        assert found[1].locator == locator


@pytest.mark.parametrize(
    "prose",
    [
        "वही लेखक आगे लिखते हैं कि घाटों का इतिहास पुराना है।",  # "the same author ..."
        "वहीं पर यह बात स्पष्ट होती है।",  # "right there": another word
    ],
)
def test_hindi_vahi_in_prose_is_no_ibidem(prose: str) -> None:
    assert _IBID.match(prose) is None


@pytest.mark.parametrize(
    ("short", "target"),
    [
        ("गोखले, *कोकणातील बंदरे*, ६७.", 0),
        ("गोखले, कोकणातील बंदरे, ६७.", 0),  # the italics lost
        ("वर्मा, *गंगा के घाट*, १२.", 1),
    ],
)
def test_a_devanagari_short_note_finds_its_full_note(short: str, target: int) -> None:
    found = find_repeats([_FULL_MR, _FULL_HI, short])
    assert found[2] is not None and found[2].target == target


def test_a_word_keeps_its_vowel_signs() -> None:
    assert _WORD.findall("भातखंडे, হিন্দুস্তানী, அறிவியல், Müller") == [
        "भातखंडे",
        "হিন্দুস্তানী",
        "அறிவியல்",
        "Müller",
    ]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        # a volume after the unmarked title (a Word file's italics lost)
        (
            "माधव गोखले, कोकणातील बंदरे, खंड २ (पुणे: वरदा, १९६४), ३१.",
            ("माधव गोखले",),
            "कोकणातील बंदरे",
            1964,
        ),
        # Bengali volume word, Bengali digits
        (
            "অমিয় সেন, বাংলার নদী, খণ্ড ৩ (কলকাতা: আনন্দ, ১৯৮২), ১৫.",
            ("অমিয় সেন",),
            "বাংলার নদী",
            1982,
        ),
        # a recording's medium
        (
            "कुमार गंधर्व, निर्गुणी भजने, ध्वनिमुद्रिका (मुंबई: एचएमव्ही, १९७१).",
            ("कुमार गंधर्व",),
            "निर्गुणी भजने",
            1971,
        ),
        # forename, an initial spelt as its letter's name, the family name; a Latin title
        (
            "रॉबर्ट एस. कोल्मन, *River Trade in the Deccan* (पुणे: डेक्कन प्रेस, १९७५), ९.",
            ("रॉबर्ट एस. कोल्मन",),
            "River Trade in the Deccan",
            1975,
        ),
        (
            "रॉबर्ट एस. कोल्मन, River Trade in the Deccan (पुणे: डेक्कन प्रेस, १९७५), ९.",
            ("रॉबर्ट एस. कोल्मन",),
            "River Trade in the Deccan",
            1975,
        ),
        # Gujarati digits, Gujarati volume word
        (
            "નરેશ મહેતા, કચ્છનો ઇતિહાસ, ભાગ ૨ (અમદાવાદ: ગુર્જર, ૧૯૮૮), ૫૦.",
            ("નરેશ મહેતા",),
            "કચ્છનો ઇતિહાસ",
            1988,
        ),
    ],
)
def test_indic_full_notes(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("पौडेल, र., र खनाल, स.", ("पौडेल, र.", "खनाल, स")),
        ("देशमुख, सुनीता आणि कुलकर्णी, भ. र.", ("देशमुख, सुनीता", "कुलकर्णी, भ. र")),
        ("শর্মা, অ., দাস, ক. ও বসু, ম.", ("শর্মা, অ.", "দাস, ক.", "বসু, ম")),
        ("नेपाल राष्ट्र बैंक", None),  # a body
        ("पौडेल, र.", None),  # one person
        ("Smith, J. and Roe, K.", None),
    ],
)
def test_indic_inverted_people(text: str, people: tuple[str, ...] | None) -> None:
    assert joined_people(text) == people


def test_an_indic_apa_entry_has_two_authors() -> None:
    ref = parse_reference(
        "थापा, क., र गुरुङ, म. (२०७४). पहाडका खेती प्रणाली. कृषि समीक्षा, १२(२), ५–१८.",
        (1,),
        detect_styles=True,
    )
    assert ref.authors == ("थापा, क.", "गुरुङ, म")
    assert ref.year == 2074  # Bikram Sambat, kept as printed


_ENTRIES = [
    ("1", "थापा, क. (२०७४). पहाडका खेती प्रणाली. काठमाडौं: साझा."),
    ("2", "कृषि विभाग. (२०७७). वार्षिक प्रतिवेदन. काठमाडौं: कृषि विभाग."),
    ("3", "गुरुङ, म., र राई, स. (२०७६). बसाइँसराइ. समाज, ४(१), १–९."),
    ("4", "Rai, P. (2012). Hill farms. Kathmandu: Himal."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("खेती घटेको छ (थापा, २०७४)।", ["1"]),
        ("यस्तै देखिन्छ (कृषि विभाग, २०७७, पृ. ४)।", ["2"]),
        ("अध्ययनले देखाउँछ (गुरुङ र राई, २०७६; Rai, 2012)।", ["3", "4"]),
        ("थापा (२०७४) ले भनेका छन्।", ["1"]),
        ("सन् २०७४ मा थापाले लेखे।", []),  # a year in prose
        ("(थापा, २०७०)", []),  # a year no entry has
    ],
)
def test_devanagari_author_date_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(_ENTRIES))] == labels


def test_indic_names_leave_out_and_and_initials() -> None:
    assert indic_names("गुरुङ, म., र राई, स. ") == ["गुरुङ", "राई"]


@pytest.mark.parametrize("heading", ["संदर्भग्रंथसूची", "सन्दर्भ सामग्री", "संदर्भसूची", "ग्रंथसूची", "संदर्भ"])
def test_indic_literature_headings(heading: str) -> None:
    assert is_literature_heading(f"## {heading}")


# --- the new patterns are linear --------------------------------------------------------


def _found(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "क" * n, id="letters"),
        pytest.param(lambda n: "कि" * (n // 2) + ", (", id="signs-then-paren"),
        pytest.param(lambda n: "क " * (n // 2) + ", 20", id="words-then-year"),
        pytest.param(lambda n: "क, (" * (n // 4), id="openings"),
    ],
)
def test_indic_author_year_is_linear(line: Line) -> None:
    assert_linear(_found(authoryear._INDIC_AUTHOR_YEAR), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "क, " * (n // 3), id="commas"),
        pytest.param(lambda n: "क. र " * (n // 5), id="initials-and"),
        pytest.param(lambda n: "कि" * (n // 2) + ",", id="one-word"),
    ],
)
def test_indic_people_patterns_are_linear(line: Line) -> None:
    assert_linear(_found(_INDIC_JOIN), line)
    assert_linear(lambda text: _INDIC_INVERTED.fullmatch(text) is not None, line)
