"""Repeat notes in the Indic scripts: the ibidem words (Tamil "மேலது", "அதே நூல்";
Sanskrit and Hindi "तदेव"; Bengali "তদেব", "ঐ,") and the op. cit. words after an author's
name, the name in Latin or in Indic letters (Tamil "முற்குறிப்பிட்ட நூல்" / "மேற்குறிப்பிட்ட
கட்டுரை", Hindi "पूर्वोक्त", Bengali "প্রাগুক্ত"); words of prose that look like them stay
full notes."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth

_TA_BOOK = "வே. அருணாசலம், சைவ மரபுகள் (மதுரை: தென்றல் பதிப்பகம், 1990), 12."
_TA_ARTICLE = "மு. செல்வம், “கோயில் நிலங்களின் வரலாறு”, வரலாற்று இதழ் 3 (2001): 4–9."
_EN_BOOK = "John Miller, Temple Towns of the South (London: Faber, 1982), 5."
_EN_OTHER = "Aditi Rao, Lamps of the Delta (Delhi: Penguin, 1999), 40."
_HI_BOOK = "रा. शर्मा, मंदिर और समाज (दिल्ली: राजकमल, 1985), पृ. 3."
_BN_BOOK = "সু. রায়, মন্দিরের ইতিহাস (কলকাতা: আনন্দ, 1978), পৃ. 3।"


@pytest.mark.parametrize(
    ("texts", "kind", "target", "locator"),
    [
        ([_TA_BOOK, "மேலது, ப. 40."], "ibid", 0, "40"),
        ([_TA_BOOK, "மேலது."], "ibid", 0, None),
        ([_TA_BOOK, "அதே நூல், ப. 7."], "ibid", 0, "7"),
        ([_HI_BOOK, "तदेव, पृ. 12."], "ibid", 0, "12"),
        ([_BN_BOOK, "তদেব, পৃ. 9।"], "ibid", 0, "9"),
        ([_BN_BOOK, "ঐ, পৃ. 14।"], "ibid", 0, "14"),
        # op. cit. after a Latin name, a note between
        ([_EN_BOOK, _EN_OTHER, "Miller, முற்குறிப்பிட்ட நூல், ப. 9."], "op-cit", 0, "9"),
        # ... and after a name in Tamil letters
        ([_TA_ARTICLE, _EN_OTHER, "செல்வம், மேற்குறிப்பிட்ட கட்டுரை, ப. 7."], "op-cit", 0, "7"),
        ([_TA_ARTICLE, _EN_OTHER, "மு. செல்வம், முற்குறிப்பிட்ட கட்டுரை."], "op-cit", 0, None),
        ([_HI_BOOK, _EN_OTHER, "शर्मा, पूर्वोक्त, पृ. 8."], "op-cit", 0, "8"),
        ([_BN_BOOK, _EN_OTHER, "রায়, প্রাগুক্ত, পৃ. 56।"], "op-cit", 0, "56"),
    ],
)
def test_indic_repeats(texts: list[str], kind: str, target: int, locator: str | None) -> None:
    rep = find_repeats(texts)[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == (kind, target, locator)


@pytest.mark.parametrize(
    "text",
    [
        # prose that opens with the same letters or words
        "மேலதிக விவரங்களுக்குக் கோயில் ஆவணங்களைப் பார்க்க.",
        "ঐ সময়ে গ্রামের মন্দিরে পূজা হতো।",
        "पूर्वोक्त विवरण से स्पष्ट है कि मंदिर पुराना है।",
        "তদেবমন্দির নামে কোনো স্থান নেই।",
        # a full note after a full note
        _EN_OTHER,
    ],
)
def test_indic_prose_is_no_repeat(text: str) -> None:
    assert find_repeats([_TA_BOOK, text])[-1] is None


@pytest.mark.parametrize("unit", ["இரா. ", "மு.", "செல்வம் ", "मेलदु, ", "মেলাদ "])
def test_linear(unit: str) -> None:
    # runs of Indic name parts and stops with no op. cit. word after them
    assert growth(lambda n: find_repeats([_TA_BOOK, unit * n + ", ப. 4."]), 200, 800) < 6
