"""A recording's note in the Indic scripts with its title unmarked: names, title, the medium
(Malayalam "ഓഡിയോ കാസറ്റ്", Tamil "இசைத்தட்டு" / "ஒலிநாடா", Telugu "ఆడియో క్యాసెట్",
Kannada "ಆಡಿಯೋ ಕ್ಯಾಸೆಟ್", Hindi "ध्वनिफीत" / "ऑडियो कैसेट"), the label with its catalogue
number, the year: the title is the work's name alone, the names its performer's, the kind
left to the kind rules (no book: the label is no publisher's imprint).  A note whose third
item is no medium keeps its reading."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "author", "title", "year"),
    [
        (
            "കലാമണ്ഡലം ഗോപാലൻ, പദങ്ങളും ശ്ലോകങ്ങളും, ഓഡിയോ കാസറ്റ്, കേരള സൗണ്ട്സ് KS 112, 1989.",
            "കലാമണ്ഡലം ഗോപാലൻ",
            "പദങ്ങളും ശ്ലോകങ്ങളും",
            1989,
        ),
        (
            "പി. ലീല, ഭക്തിഗാനങ്ങൾ, കാസറ്റ്, തരംഗിണി, 1984.",
            "പി. ലീല",
            "ഭക്തിഗാനങ്ങൾ",
            1984,
        ),
        (
            "எம். எஸ். வசந்தா, திருப்புகழ் பாடல்கள், இசைத்தட்டு, கொலம்பியா GE 3310, 1962.",
            "எம். எஸ். வசந்தா",
            "திருப்புகழ் பாடல்கள்",
            1962,
        ),
        (
            "ఎస్. జానకి, భక్తి గీతాలు, ఆడియో క్యాసెట్, లహరి LC 77, 1991.",
            "ఎస్. జానకి",
            "భక్తి గీతాలు",
            1991,
        ),
        (
            "ಕೆ. ರಾಮಯ್ಯ, ದಾಸರ ಹಾಡುಗಳು, ಆಡಿಯೋ ಕ್ಯಾಸೆಟ್, ಸಂಗೀತ ಸಿಡಿ-204, 1993.",
            "ಕೆ. ರಾಮಯ್ಯ",
            "ದಾಸರ ಹಾಡುಗಳು",
            1993,
        ),
        (
            "कुमार देव, निर्गुणी भजन, ध्वनिफीत, एचएमवी STC 0412, 1980.",
            "कुमार देव",
            "निर्गुणी भजन",
            1980,
        ),
    ],
)
def test_recording_note(text: str, author: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.authors, ref.title, ref.year) == ((author,), title, year)
    assert ref.kind is not RefKind.BOOK


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a book all in commas: place and publisher after the title, no medium
        ("ലീല നായർ, കാസർകോട് ചരിത്രം, കോട്ടയം, ഡി സി ബുക്സ്, 1990.", "കാസർകോട് ചരിത്രം"),
    ],
)
def test_no_medium_keeps_its_reading(text: str, title: str) -> None:
    assert parse_reference(text, [0], note=True).title == title


@pytest.mark.parametrize("unit", ["ലീല, ", "കാസറ്റ്, ", "പി. ", "MS 4471 "])
def test_linear(unit: str) -> None:
    assert (
        growth(
            lambda n: parse_reference("പി. ലീല, ഗാനങ്ങൾ, ഓഡിയോ കാസറ്റ്, " + unit * n + "1984", [0]),
            100,
            400,
        )
        < 6
    )
