"""Notes in the Indic scripts: Tamil initials written with the vowel a name starting with
"ர" or "ல" takes ("இரா.", "இல.", "உலா."), part of the names and never the note's end;
a journal's issue named in the script's own word ("எண்", "இதழ்", "अंक", "সংখ্যা",
"సంచిక", "ಸಂಚಿಕೆ", "ലക്കം"), or no issue and the pages after the year: an article."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.growth import growth

_CASES = [
    # a Tamil initial with its prothetic vowel, and a Tamil issue word
    (
        "இரா. வேலன், “கோயில் ஓதுவார்கள்”, கோயில் ஆய்வு 7, எண் 3 (2015): 10–20.",
        RefKind.ARTICLE,
        ("இரா. வேலன்",),
        "கோயில் ஓதுவார்கள்",
        2015,
    ),
    (
        "உலா. சுந்தரம், “நாட்டுப்புறக் கூத்து”, கலை மலர் 4, இதழ் 2 (2004): 8–16.",
        RefKind.ARTICLE,
        ("உலா. சுந்தரம்",),
        "நாட்டுப்புறக் கூத்து",
        2004,
    ),
    (
        "இல. முருகன், “ஊர்த் திருவிழாக்கள்”, வரலாற்று மலர் 2, இதழ் 1 (1999): 5–9.",
        RefKind.ARTICLE,
        ("இல. முருகன்",),
        "ஊர்த் திருவிழாக்கள்",
        1999,
    ),
    # ... a book by such a name, in a note and in a bibliography's entry
    (
        "இரா. வேலன், சைவ மரபுகள் (மதுரை: தென்றல் பதிப்பகம், 1990), 12.",
        RefKind.BOOK,
        ("இரா. வேலன்",),
        "சைவ மரபுகள்",
        1990,
    ),
    (
        "இரா. வேலன். சைவ மரபுகள். மதுரை: தென்றல் பதிப்பகம், 1990.",
        RefKind.BOOK,
        ("இரா. வேலன்",),
        "சைவ மரபுகள்",
        1990,
    ),
    # issue words of the other scripts
    (
        "के. वर्मा, “गाँव के मेले”, लोक संस्कृति 5, अंक 2 (2010): 3–9.",
        RefKind.ARTICLE,
        ("के. वर्मा",),
        "गाँव के मेले",
        2010,
    ),
    (
        "সু. দাস, “গ্রামের পূজা”, লোকসংস্কৃতি পত্রিকা 4, সংখ্যা 1 (2005): 11–19।",
        RefKind.ARTICLE,
        ("সু. দাস",),
        "গ্রামের পূজা",
        2005,
    ),
    (
        "കെ. നായർ, “ക്ഷേത്ര കല”, കലാപഠനം 9, ലക്കം 2 (2012): 7–15.",
        RefKind.ARTICLE,
        ("കെ. നായർ",),
        "ക്ഷേത്ര കല",
        2012,
    ),
    (
        "వి. రావు, “ఆలయ శిల్పం”, చరిత్ర పత్రిక 3, సంచిక 4 (2008): 21–30.",
        RefKind.ARTICLE,
        ("వి. రావు",),
        "ఆలయ శిల్పం",
        2008,
    ),
    (
        "ಎಂ. ಗೌಡ, “ದೇವಾಲಯ ಕಲೆ”, ಇತಿಹಾಸ ದರ್ಶನ 6, ಸಂಚಿಕೆ 1 (2011): 40–52.",
        RefKind.ARTICLE,
        ("ಎಂ. ಗೌಡ",),
        "ದೇವಾಲಯ ಕಲೆ",
        2011,
    ),
    # no issue: the volume, the year and the pages
    (
        "இரா. வேலன், “கோயில் ஓதுவார்கள்”, கோயில் ஆய்வு 7 (2015): 10–20.",
        RefKind.ARTICLE,
        ("இரா. வேலன்",),
        "கோயில் ஓதுவார்கள்",
        2015,
    ),
    # near-misses: a whole name that starts with the same letters stays one name
    (
        "இராமன், “கோயில் நிலங்கள்”, கோயில் ஆய்வு 7, எண் 3 (2015): 1–5.",
        RefKind.ARTICLE,
        ("இராமன்",),
        "கோயில் நிலங்கள்",
        2015,
    ),
    (
        "இராமன், சைவ மரபுகள் (மதுரை: தென்றல் பதிப்பகம், 1990), 12.",
        RefKind.BOOK,
        ("இராமன்",),
        "சைவ மரபுகள்",
        1990,
    ),
]


@pytest.mark.parametrize(("text", "kind", "authors", "title", "year"), _CASES)
def test_indic_note(
    text: str, kind: RefKind, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (kind, authors, title, year)


def test_volume_and_year_without_pages_is_no_article() -> None:
    # ("…”, Title 7 (2015)." with no pages after: no journal's shape)
    ref = parse_reference("இரா. வேலன், “கோயில் ஓதுவார்கள்”, சைவ மரபு 7 (2015).", [1], note=True)
    assert ref.kind is not RefKind.ARTICLE


@pytest.mark.parametrize("unit", ["இரா. ", "இ", "உலா.", "எண் 2 ", "7 (2015) "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: parse_reference(unit * n + ", “அ”, இ 7 (2015): 1", [1]), 100, 400) < 6
