"""Theses designated in the Indic scripts' own words (Tamil "முனைவர் பட்ட ஆய்வேடு",
"ஆய்வியல் நிறைஞர் பட்ட ஆய்வேடு"; Bengali "অভিসন্দর্ভ"; Malayalam "ഗവേഷണ പ്രബന്ധം"; Telugu
"సిద్ధాంత గ్రంథం"; Kannada "ಮಹಾಪ್ರಬಂಧ"; Gujarati "મહાનિબંધ"; Marathi "पीएच.डी. प्रबंध"),
their university named in the script's word for one."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from tests.growth import growth

_DOC, _MA = ThesisType.DOCTORAL, ThesisType.MASTERS


@pytest.mark.parametrize(
    ("text", "degree", "school"),
    [
        (
            "ப. சேகர், “ஊர்க் கோயில்களும் சாதியும் (1900–1950)” (முனைவர் பட்ட ஆய்வேடு, "
            "தஞ்சாவூர்ப் பல்கலைக்கழகம், 2014), 40–52.",
            _DOC,
            "தஞ்சாவூர்ப் பல்கலைக்கழகம்",
        ),
        (
            "க. வேலு, “நாட்டார் தெய்வங்கள்” (ஆய்வியல் நிறைஞர் பட்ட ஆய்வேடு, மதுரை காமராசர் பல்கலைக்கழகம், 2001).",
            _MA,
            "மதுரை காமராசர் பல்கலைக்கழகம்",
        ),
        (
            "সু. দাস, “গ্রামের পূজা” (পিএইচডি অভিসন্দর্ভ, কলকাতা বিশ্ববিদ্যালয়, 2005)।",
            _DOC,
            "কলকাতা বিশ্ববিদ্যালয়",
        ),
        (
            "കെ. നായർ, “ക്ഷേത്ര കല” (ഗവേഷണ പ്രബന്ധം, കേരള സർവകലാശാല, 2012).",
            _DOC,
            "കേരള സർവകലാശാല",
        ),
        (
            "వి. రావు, “ఆలయ శిల్పం” (పిహెచ్.డి. సిద్ధాంత గ్రంథం, ఆంధ్ర విశ్వవిద్యాలయం, 2008).",
            _DOC,
            "ఆంధ్ర విశ్వవిద్యాలయం",
        ),
        (
            "ಎಂ. ಗೌಡ, “ದೇವಾಲಯ ಕಲೆ” (ಪಿಎಚ್.ಡಿ. ಮಹಾಪ್ರಬಂಧ, ಮೈಸೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ, 2011).",
            _DOC,
            "ಮೈಸೂರು ವಿಶ್ವವಿದ್ಯಾಲಯ",
        ),
        (
            "ર. પટેલ, “મંદિર સ્થાપત્ય” (પીએચ.ડી. મહાનિબંધ, ગુજરાત યુનિવર્સિટી, 2003).",
            _DOC,
            "ગુજરાત યુનિવર્સિટી",
        ),
        (
            "के. वर्मा, “गाँव के मेले” (पीएच.डी. प्रबंध, पुणे विद्यापीठ, 2010).",
            _DOC,
            "पुणे विद्यापीठ",
        ),
    ],
)
def test_indic_thesis(text: str, degree: ThesisType, school: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert (ref.kind, ref.thesis_type, ref.institution) == (RefKind.THESIS, degree, school)


@pytest.mark.parametrize(
    "text",
    [
        # the word inside a book's title
        "கு. வேலன், ஆய்வேடுகளின் வரலாறு (சென்னை: தமிழ்ப் பதிப்பகம், 1999), 4.",
        # Malayalam "പ്രബന്ധം" alone: a paper, no thesis
        "കെ. നായർ, “ക്ഷേത്ര കല” (പ്രബന്ധം, ചരിത്ര സമ്മേളനം, തൃശ്ശൂർ, 2012).",
        # an article
        "കെ. നായർ, “ക്ഷേത്ര കല”, കലാപഠനം 9, ലക്കം 2 (2012): 7–15.",
    ],
)
def test_no_thesis(text: str) -> None:
    assert parse_reference(text, [1], note=True).kind is not RefKind.THESIS


@pytest.mark.parametrize("unit", ["முனைவர் பட்ட ", "பிஎச்.டி. ", "(ஆய்வேடு ", "பல்கலைக்கழக "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: parse_reference("அ, “ஆ” (" + unit * n + ", 2001).", [1]), 100, 400) < 6
