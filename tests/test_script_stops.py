"""Sentence ends of scripts with stops of their own, for the readers' sentence-end finders.

A link cited in running text (:func:`bibcheck.readers.links.sentence_end`), an in-text
``@key`` (keyed) and a Word citation field written in the text (docxcite) support the
sentence they stand in, up to its end: in Chinese and Japanese ``。！？`` (no space
after), Arabic ``؟``, Urdu ``۔``, Devanagari ``।``, Armenian ``։`` and the Greek question
mark end a sentence as ``.!?`` do in Latin script.  Own sentences."""

from __future__ import annotations

import pytest

from bibcheck.readers import docxcite, keyed
from bibcheck.readers.links import sentence_end

CASES = [
    # (text, offset inside the first sentence, the first sentence)
    ("东京是一座大城市。第二句在这里。", 2, "东京是一座大城市。"),
    ("これは本当ですか？次の文です。", 2, "これは本当ですか？"),
    ("هذا سؤال مهم؟ وهذا جواب.", 2, "هذا سؤال مهم؟"),
    ("یہ پہلا جملہ ہے۔ دوسرا جملہ", 2, "یہ پہلا جملہ ہے۔"),
    ("यह पहला वाक्य है। दूसरा वाक्य", 2, "यह पहला वाक्य है।"),
    ("Սա առաջին նախադասությունն է։ Երկրորդը", 2, "Սա առաջին նախադասությունն է։"),
    ("Τι είναι αυτό\u037e Ένα βιβλίο.", 2, "Τι είναι αυτό\u037e"),
    # Latin script as before: an initial is no end
    ("J. Smith wrote it. Then more.", 1, "J. Smith wrote it."),
    ("A claim (see below). Next one.", 1, "A claim (see below)."),
]


@pytest.mark.parametrize(("text", "offset", "first"), CASES)
def test_link_sentence_end(text: str, offset: int, first: str) -> None:
    assert text[: sentence_end(text, offset)] == first


@pytest.mark.parametrize(("text", "offset", "first"), CASES[:7])
def test_word_field_sentence_end(text: str, offset: int, first: str) -> None:
    # (the offset of the stop itself: the field's marker goes before it)
    assert text[: docxcite._sentence_end(text, offset) + 1] == first


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("@wang2020 认为城市在增长。第二句。", "认为城市在增长\x00。第二句。"),
        ("@salem2019 يرى ذلك؟ نعم.", "يرى ذلك\x00؟ نعم."),
        ("@lee2020 says so. Next.", "says so\x00. Next."),
        ("@lee2020 says so (see p. 4). Next.", "says so (see p. 4)\x00. Next."),
    ],
)
def test_in_text_key_goes_to_its_sentence_end(text: str, moved: str) -> None:
    key, rest = text.split(" ", 1)
    assert keyed._at_sentence_ends(rest, [(0, "\x00")]) == moved
