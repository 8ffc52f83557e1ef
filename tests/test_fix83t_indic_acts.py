"""Acts named with their year: an act of an Indic script by its title and year is
legislation (kind report), in the scripts that had its law word and in those added
(Marathi, Gujarati, Punjabi, Telugu, Kannada, Malayalam); the Commonwealth's comma form
with the act's number in parentheses, a state's name before it or a Roman number ("(Tamil
Nadu Act 22 of 1959)", "(Act XXI of 1860)"), keeps the parentheses out of its title."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.growth import growth

_ACTS = [
    ("தமிழ்நாடு கூட்டுறவுச் சங்கங்கள் சட்டம், 1983, பிரிவு 4.", "தமிழ்நாடு கூட்டுறவுச் சங்கங்கள் சட்டம்", 1983),
    (
        "தமிழ்நாடு நில உச்சவரம்புச் சட்டம், 1961 (1962ஆம் ஆண்டின் சட்டம் 58), பிரிவு 3.",
        "தமிழ்நாடு நில உச்சவரம்புச் சட்டம்",
        1961,
    ),
    ("बाल विवाह निषेध अधिनियम, 2006, धारा 3.", "बाल विवाह निषेध अधिनियम", 2006),
    ("মুসলিম পারিবারিক আইন অধ্যাদেশ, 1961, ধারা 7।", "মুসলিম পারিবারিক আইন অধ্যাদেশ", 1961),
    ("ජාතික ජල සම්පාදන පනත, 1974, 5 වගන්තිය.", "ජාතික ජල සම්පාදන පනත", 1974),
    ("महाराष्ट्र सहकारी संस्था कायदा, 1960, कलम 2.", "महाराष्ट्र सहकारी संस्था कायदा", 1960),
    ("ગુજરાત પંચાયત અધિનિયમ, 1993, કલમ 9.", "ગુજરાત પંચાયત અધિનિયમ", 1993),
    ("ਪੰਜਾਬ ਗੁਰਦੁਆਰਾ ਐਕਟ, 1925, ਧਾਰਾ 3.", "ਪੰਜਾਬ ਗੁਰਦੁਆਰਾ ਐਕਟ", 1925),
    ("ఆంధ్రప్రదేశ్ దేవాదాయ చట్టం, 1987, సెక్షన్ 2.", "ఆంధ్రప్రదేశ్ దేవాదాయ చట్టం", 1987),
    ("ಕರ್ನಾಟಕ ಭೂ ಸುಧಾರಣಾ ಕಾಯ್ದೆ, 1961, ಕಲಂ 4.", "ಕರ್ನಾಟಕ ಭೂ ಸುಧಾರಣಾ ಕಾಯ್ದೆ", 1961),
    ("ಕರ್ನಾಟಕ ಪಂಚಾಯತ್ ರಾಜ್ ಅಧಿನಿಯಮ, 1993.", "ಕರ್ನಾಟಕ ಪಂಚಾಯತ್ ರಾಜ್ ಅಧಿನಿಯಮ", 1993),
    ("കേരള ഭൂപരിഷ്കരണ നിയമം, 1963, വകുപ്പ് 3.", "കേരള ഭൂപരിഷ്കരണ നിയമം", 1963),
    # the comma form in English, the act's number in parentheses after the year
    (
        "The Madras Temple Entry Authorization Act, 1947 (Madras Act 5 of 1947), s. 3.",
        "The Madras Temple Entry Authorization Act",
        1947,
    ),
    ("The Indian Trusts Act, 1882 (Act II of 1882), s. 6.", "The Indian Trusts Act", 1882),
    (
        "The General Clauses Act, 1897 (Central Act 10 of 1897).",
        "The General Clauses Act",
        1897,
    ),
    ("The Hindu Marriage Act, 1955 (Act No. 25 of 1955).", "The Hindu Marriage Act", 1955),
]


@pytest.mark.parametrize(("text", "title", "year"), _ACTS)
def test_act_with_its_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a book about an act, by its author: no act
        ("வே. அருணாசலம், கோயில் நிலச் சட்டம் (மதுரை: தென்றல், 1990), 12.", RefKind.BOOK),
        (
            "Jane Roe, The Indian Trusts Act, 1882, and Its Critics (London: Pell, 1990), 4.",
            RefKind.BOOK,
        ),
    ],
)
def test_work_about_an_act(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is kind


@pytest.mark.parametrize("unit", ["Tamil ", "Act ", "(Act ", "X "])
def test_linear(unit: str) -> None:
    line = "The Trusts Act, 1882 ("
    assert growth(lambda n: parse_reference(line + unit * n + " of 1882)", [1]), 100, 400) < 6
