"""fix61a: one definition of the CJK letters (patterns.CJK_LETTERS / CJK_TEXT)."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references.patterns import CJK_LETTER, CJK_LETTERS, CJK_TEXT


@pytest.mark.parametrize(
    ("char", "letter", "text"),
    [
        ("あ", True, True),  # hiragana
        ("カ", True, True),  # katakana
        ("ー", True, True),  # prolonged sound mark, inside words
        ("ㇰ", True, True),  # small katakana (U+31F0 block)
        ("ヶ", True, True),
        ("々", True, True),  # iteration mark: 佐々木
        ("〆", True, True),
        ("木", True, True),  # CJK ideograph
        ("㐀", True, True),  # extension A
        ("豈", True, True),  # compatibility ideograph
        ("한", True, True),  # Hangul syllable
        ("・", False, True),  # katakana middle dot: parts names, not a letter
        ("、", False, False),
        ("。", False, False),
        ("（", False, False),
        ("a", False, False),
        ("1", False, False),
    ],
)
def test_cjk_classes(char: str, letter: bool, text: bool) -> None:
    assert (CJK_LETTER.fullmatch(char) is not None) is letter
    assert (re.fullmatch(f"[{CJK_LETTERS}]", char) is not None) is letter
    assert (re.fullmatch(f"[{CJK_TEXT}]", char) is not None) is text


def test_split_on_middle_dot() -> None:
    assert re.findall(f"[{CJK_LETTERS}]+", "ジョン・スミス") == ["ジョン", "スミス"]
    assert re.findall(f"[{CJK_TEXT}]+", "ジョン・スミス、佐々木") == ["ジョン・スミス", "佐々木"]
