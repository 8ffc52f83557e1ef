"""Access dates in the Indic scripts: the label in the script's words (Tamil "பார்வையிட்ட
நாள்", "அணுகிய நாள்", "அணுகப்பட்டது"; Hindi "अभिगमन तिथि" / "अभिगमन दिनांक"; Bengali
"সংগ্রহের তারিখ"; Malayalam "ശേഖരിച്ചത്"; Telugu "సేకరించిన తేదీ") and the month named in
the script, its combining marks part of its name: the page's access date, not its year,
and the note a web page's, not an article's."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date, parse_date
from tests.growth import growth

_PAGES = [
    (
        "“ஊர்த் திருவிழாக்கள் – ஒரு தொகுப்பு”, கோயில் இணையம், "
        "https://koyil.example.org/vizha (பார்வையிட்ட நாள்: 9 நவம்பர் 2025).",
        date(2025, 11, 9),
    ),
    (
        "“கோயில் விழாக்கள்”, சைவ இணையம், https://saiva.example.org/vizha (அணுகிய நாள்: 5 மார்ச் 2025).",
        date(2025, 3, 5),
    ),
    (
        "“মন্দিরের তালিকা”, পূজা তথ্য, https://puja.example.org/list (সংগ্রহের তারিখ: 2 মার্চ 2024)।",
        date(2024, 3, 2),
    ),
    (
        "“ക്ഷേത്രങ്ങൾ”, കേരള ക്ഷേത്ര വിവരം, https://kshetram.example.org/list (ശേഖരിച്ചത്: 4 ജനുവരി 2024).",
        date(2024, 1, 4),
    ),
    (
        "“मंदिर सूची”, धर्म पोर्टल, https://dharma.example.org/list (अभिगमन दिनांक: 3 मार्च 2024).",
        date(2024, 3, 3),
    ),
    (
        "“ఆలయాల జాబితా”, దేవాలయ సమాచారం, https://alayam.example.org/list (సేకరించిన తేదీ: 7 అక్టోబర్ 2023).",
        date(2023, 10, 7),
    ),
]


@pytest.mark.parametrize(("text", "accessed"), _PAGES)
def test_indic_web_page(text: str, accessed: date) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (ref.kind, ref.year, ref.access_date) == (RefKind.WEB, None, accessed)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3 நவம்பர் 2026", date(2026, 11, 3)),
        ("12 अक्टूबर 2024", date(2024, 10, 12)),
        ("12 March 2023", date(2023, 3, 12)),
        # a word that names no month
        ("12 நாள் 2023", None),
    ],
)
def test_worded_dates(raw: str, expected: date | None) -> None:
    assert parse_date(raw) == expected


def test_label_alone_is_no_access_date() -> None:
    # (a label's words with no date after them)
    assert find_access_date("பார்வையிட்ட நாள் குறிப்பிடப்படவில்லை.") is None


@pytest.mark.parametrize("unit", ["நவம்பர் ", "பார்வையிட்ட நாள்: ", "3 ", "அ"])
def test_linear(unit: str) -> None:
    assert growth(lambda n: find_access_date("(பார்வையிட்ட நாள்: " + unit * n + ")"), 200, 800) < 6
