"""Numeric citations and reference lists of South Asian manuscripts: reference headings of
Bengali, Hindi, Nepali, Urdu, Tamil and their neighbours, locators in those scripts,
numbers in their digits, and a citation broken inside its brackets at a line end
(fixtures written for these tests)."""

from __future__ import annotations

import pytest

from bibcheck.readers import choose
from bibcheck.readers.common import is_literature_heading, is_notes_heading, reference_lists
from bibcheck.readers.plaintext import join_ranges, numeric_citations, read

HEADINGS = [
    "তথ্যসূত্র", "গ্রন্থপঞ্জি", "सन्दर्भ", "सन्दर्भ सामग्री", "ग्रंथसूची", "संदर्भ ग्रंथ सूची",
    "حوالہ جات", "کتابیات", "மேற்கோள்கள்", "உசாத்துணை", "మూలాలు", "അവലംബം", "ಉಲ್ಲೇಖಗಳು",
    "સંદર્ભો", "ਹਵਾਲੇ", "Verwysings", "Bronnelys",
]  # fmt: skip
NOTES = ["পাদটীকা", "টীকা", "टिप्पणी", "حواشی", "குறிப்புகள்", "Eindnotas"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_reference_headings(heading: str) -> None:
    assert is_literature_heading(f"# {heading}")
    assert not is_notes_heading(f"# {heading}")


@pytest.mark.parametrize("heading", NOTES)
def test_notes_headings(heading: str) -> None:
    assert is_notes_heading(f"# {heading}")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("নদীর গতিপথ বদলেছে [৩, পৃ. ১২; 5]।", ["3", "5"], id="bengali-page"),
        pytest.param("বন্যার মানচিত্র [4, চিত্র ২]।", ["4"], id="bengali-figure"),
        pytest.param("यह परिणाम [७, पृ. ३४] में है।", ["7"], id="devanagari-digits"),
        pytest.param("இந்த முடிவு [2, ப. 45] இல் உள்ளது.", ["2"], id="tamil-page"),
        pytest.param("[১২]", ["12"], id="bengali-digits-label"),
    ],
)
def test_locators_and_digits(text: str, labels: list[str]) -> None:
    assert [label for _, _, found in numeric_citations(text) for label in found] == labels


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(
            ["adjustment for secular trends [26,", "27]. Reporting follows [28]."],
            ["adjustment for secular trends [26, 27]", ". Reporting follows [28]."],
            id="list-broken-after-comma",
        ),
        pytest.param(
            ["as in earlier work [3,  ", "  5-7] and later."],
            ["as in earlier work [3, 5-7]", " and later."],
            id="trailing-space-and-range",
        ),
        pytest.param(
            ["the interval [0,", "1] is closed"],
            ["the interval [0, 1]", " is closed"],
            id="any-number-list",
        ),
        pytest.param(  # (a pinpoint broken over lines is joined too: OSCOLA's "[2, p. 4]")
            ["see [2,", "p. 4] there"], ["see [2, p. 4]", " there"], id="locator-joined"
        ),
        pytest.param(["ends with [4].", "5] not"], ["ends with [4].", "5] not"], id="closed"),
    ],
)
def test_broken_bracket_joined(lines: list[str], joined: list[str]) -> None:
    assert join_ranges(lines) == joined


# An article saved as plain text, one paragraph a line: Bengali section numbers and
# figures, the danda right after the bracket, and a list under a Bengali heading.
BENGALI = """\
পদ্মা নদীর চরে কৃষি: একটি মাঠ সমীক্ষা

১. ভূমিকা

চরের জমিতে বছরে দুইবার ফসল হয় [1]। বন্যার পর পলি জমে উর্বরতা বাড়ে [2, 3]। তবে ভাঙনে জমি হারায় অনেকে [৪]।

২. পদ্ধতি

২.১ মাঠ জরিপ
১২০টি খানায় জরিপ করা হয়েছে (চিত্র ১) [3, পৃ. ৪৫; 5]।

তথ্যসূত্র

1. Rahman, M. (2015). Char lands of the Padma. Dhaka: UPL.
2. Brammer, H. (2012). The Physical Geography of Bangladesh. Dhaka: UPL.
3. করিম, আ. (২০১৮). চরের কৃষি ও জীবিকা. ঢাকা: বাংলা একাডেমি।
4. Elahi, K. M. (1991). Riverbank Erosion, Flood and Population Displacement. Dhaka: JU.
5. Sarker, M. H. (2009). Morphological processes in the Padma. Dhaka: CEGIS.
"""


def test_bengali_article_read_as_plain_text() -> None:
    assert choose("chor.txt", BENGALI).reader.name == "plain-text"
    doc = read(BENGALI)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4", "5"]
    assert [(m.label, m.line) for m in doc.markers] == [
        ("1", 5), ("2", 5), ("3", 5), ("4", 5), ("3", 10), ("5", 10),
    ]  # fmt: skip


@pytest.mark.parametrize("heading", ["তথ্যসূত্র", "सन्दर्भ सामग्री", "حوالہ جات", "மேற்கோள்கள்", "ग्रंथसूची"])
def test_list_under_heading_is_a_region_coverage_sees(heading: str) -> None:
    lines = ["Text [1].", "", heading, "", "1. A. Author. Title. 2001.", "2. B. Author. 2002."]
    regions = reference_lists(lines)
    assert [(r.heading, r.line, r.items) for r in regions] == [(heading, 3, 2)]
