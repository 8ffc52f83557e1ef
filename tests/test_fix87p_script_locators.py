"""Numbered bracket citations whose place in the work is written with a page word of the Indic
scripts or of another script with no Latin page word (round 87): Kannada "[2, ಪುಟ 3–18]",
Telugu "[4, పే. 12]", Malayalam "[3, പുറം 45]", Punjabi "[1, ਪੰਨਾ 7]", Amharic "[3, ገጽ 45]",
alone, in semicolon groups and broken over a line end, and any other abbreviation of those
scripts with its vowel sign ("[5, ಅ. 3]")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.places import LOCATOR
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("place", "reads"),
    [
        (", ಪುಟ 3–18", True),  # Kannada
        (", ಪು. 12", True),
        (", ಪುಟಗಳು 12-19", True),
        (", పుట 58", True),  # Telugu
        (", పే. 4", True),
        (", పేజీ 7", True),
        (", പുറം 45", True),  # Malayalam
        (", പേജ് 12", True),
        (", பக்கம் 30", True),  # Tamil
        (", पान 9", True),  # Marathi
        (", પૃ. 14", True),  # Gujarati
        (", ਪੰਨਾ 7", True),  # Punjabi
        (", ପୃ. 22", True),  # Odia
        (", පිටුව 8", True),  # Sinhala
        (", පි. 5–9", True),
        (", ገጽ 45", True),  # Amharic
        (", էջ 12", True),  # Armenian
        (", ಅ. 3", True),  # any short abbreviation of an abugida, its vowel sign and all
        (", ಸಂ. 2, ಪುಟ 5", True),
        (", पृ. 3", True),  # (read before too)
        # not a place: a word with no number, a number alone, a long word before a number
        (", ಪುಟ", False),
        (", ಕಂಬಳ 5", False),
        (", ಕ್ರೀಡಾವಿಜ್ಞಾನ. 5", False),
    ],
)  # fmt: skip
def test_page_words_of_other_scripts(place: str, reads: bool) -> None:
    assert bool(re.fullmatch(rf"(?:{LOCATOR})+", place)) is reads


_TEXT = """\
ಕ್ರೀಡಾ ಪತ್ರಿಕೆ

1. ಪೀಠಿಕೆ
ಮೊದಲ ವಾಕ್ಯ ಇಲ್ಲಿದೆ [1]. ಎರಡನೆಯದು ಇಲ್ಲಿದೆ [2, ಪುಟ 3–18]. ಮೂರನೆಯದು [3, ಪು. 58].
ನಾಲ್ಕನೆಯ ವಾಕ್ಯ [4; 5, ಪುಟ 71]. ಐದನೆಯ ವಾಕ್ಯ [2, ಪುಟ 88; 3, ಪುಟ 30].
ಆರನೆಯ ವಾಕ್ಯವು ಸಾಲಿನ ಕೊನೆಯಲ್ಲಿ ಮುರಿದಿದೆ [1,
ಪುಟ 15–55]. ఏడవ వాక్యం [4, పే. 12]. ഒരു വാക്യം [5, പുറം 9].

ಉಲ್ಲೇಖಗಳು
1. Guttmann, A. (1978). From Ritual to Record. New York: Columbia University Press.
2. Majumdar, B. (2005). Sport in South Asian Society. London: Routledge.
3. Alter, J. S. (1992). The Wrestler's Body. Berkeley: University of California Press.
4. Claus, P. J. (1979). Mayndala. Asian Folklore Studies, 38(2), 95–129.
5. Brown, K. (2001). Games of the Coast. Chennai: Orient Press.
"""


def test_a_document_reads_every_citation(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_TEXT, encoding="utf-8")
    doc = parse_file(path)
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [
        ("1", 4), ("1", 6), ("2", 4), ("2", 5), ("3", 4), ("3", 5),
        ("4", 5), ("4", 7), ("5", 5), ("5", 7),
    ]  # fmt: skip


def test_locator_stays_linear() -> None:
    pattern = re.compile(LOCATOR)
    assert_linear(lambda s: pattern.match(s), lambda n: ", " + "ಪು" * (n // 2))
    assert_linear(lambda s: pattern.match(s), lambda n: ", " + "ಕ್" * (n // 2) + ".")
