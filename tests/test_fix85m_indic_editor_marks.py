"""The editors' marks of the Indic scripts (Malayalam "എഡി.", Tamil "பதி.", Kannada "ಸಂ.",
Telugu "సంపాదకుడు", Hindi "संपा.", Bengali "সম্পা."), one table in
:mod:`bibcheck.parse.references.role_marks`: an editor named after a note's unmarked title
is no part of the title (nor is a translator, "വിവ.", "अनु."); a head's editor in
parentheses makes the note an edited book with no author.  Titles whose words only look
like a mark (Tamil "பதி" is a word, Kannada "ಸಂ. 3" a volume) keep them."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, role_marks
from tests.growth import growth


def _read(text: str) -> tuple[tuple[str, ...], str | None]:
    ref = parse_reference(text, [0], note=True)
    return ref.authors, ref.title


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "ചെറുശ്ശേരി, കൃഷ്ണഗാഥ, എഡി. എം. ആർ. നായർ (കോട്ടയം: സാഹിത്യപ്രവർത്തക സംഘം, 1979), പുറം 8.",
            "ചെറുശ്ശേരി",
            "കൃഷ്ണഗാഥ",
        ),
        (
            "ചെറുശ്ശേരി, കൃഷ്ണഗാഥ, എഡിറ്റർ എം. ആർ. നായർ (കോട്ടയം: സാഹിത്യപ്രവർത്തക സംഘം, 1979).",
            "ചെറുശ്ശേരി",
            "കൃഷ്ണഗാഥ",
        ),
        (
            "ചെറുശ്ശേരി, കൃഷ്ണഗാഥ, വിവ. എം. ആർ. നായർ (കോട്ടയം: സാഹിത്യപ്രവർത്തക സംഘം, 1979).",
            "ചെറുശ്ശേരി",
            "കൃഷ്ണഗാഥ",
        ),
        (
            "கம்பர், கம்ப ராமாயணம், பதி. வை. மு. கோபாலன் (சென்னை: கழகம், 1956), ப. 12.",
            "கம்பர்",
            "கம்ப ராமாயணம்",
        ),
        (
            "ಪುರಂದರದಾಸ, ದಾಸರ ಪದಗಳು, ಸಂ. ಕೆ. ಎಸ್. ರಾವ್ (ಮೈಸೂರು: ಗೀತಾ ಪ್ರಕಾಶನ, 1990), ಪು. 4.",
            "ಪುರಂದರದಾಸ",
            "ದಾಸರ ಪದಗಳು",
        ),
        (
            "అన్నమయ్య, అన్నమయ్య కీర్తనలు, సంపాదకుడు కె. రావు (తిరుపతి: దేవస్థానం, 1985), పు. 9.",
            "అన్నమయ్య",
            "అన్నమయ్య కీర్తనలు",
        ),
        (
            "तुलसीदास, रामचरितमानस, संपा. श्या. दास (वाराणसी: सभा, 1950), पृ. 45.",
            "तुलसीदास",
            "रामचरितमानस",
        ),
        (
            "तुलसीदास, विनय पत्रिका, अनु. र. शर्मा (वाराणसी: सभा, 1950), पृ. 45.",
            "तुलसीदास",
            "विनय पत्रिका",
        ),
        # a Latin name, the title unmarked, an Indic editor's mark
        (
            "Lakshmi Pillai, Padam Collection, എഡി. ടി. കെ. വർമ്മ (Kochi: Temple Press, 2004), 45.",
            "Lakshmi Pillai",
            "Padam Collection",
        ),
    ],
)
def test_editor_after_the_title(text: str, author: str, title: str) -> None:
    assert _read(text) == ((author,), title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Tamil "பதி" (lord) as a title's word, no stop after it
        ("சிவன், பதி பசு பாசம் (சென்னை: கழகம், 1950), ப. 3.", "பதி பசு பாசம்"),
        # Malayalam prose word that starts like the mark
        ("കെ. നായർ, എഡിസണും മറ്റും (കോട്ടയം: ഡി സി, 1980), പുറം 3.", "എഡിസണും മറ്റും"),
    ],
)
def test_words_like_a_mark_stay(text: str, title: str) -> None:
    assert _read(text)[1] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("കെ. ആർ. മേനോൻ (എഡി.), *സോപാനപഠനങ്ങൾ* (തൃശ്ശൂർ: കറന്റ് ബുക്സ്, 2010), പുറം 5.", "സോപാനപഠനങ്ങൾ"),
        ("நா. ராமன் (பதி.), *இசைக் கட்டுரைகள்* (சென்னை: கழகம், 1999), ப. 5.", "இசைக் கட்டுரைகள்"),
    ],
)
def test_editor_heading_a_volume(text: str, title: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.authors, ref.title, ref.kind) == ((), title, RefKind.BOOK)


@pytest.mark.parametrize("mark", ["എഡി", "பதி", "ಸಂ", "సంపాదకుడు", "संपा", "সম্পা"])
def test_marks_in_the_table(mark: str) -> None:
    assert mark in {m for m, _ in role_marks.EDITOR_MARKS}


@pytest.mark.parametrize("unit", ["എഡി. ", ", എഡി", "ടി. കെ. ", ", பதி. "])
def test_linear(unit: str) -> None:
    assert (
        growth(lambda n: parse_reference("ഒരാൾ, കൃതി" + unit * n + " (കോട്ടയം: 1979)", [0]), 100, 400)
        < 6
    )
