"""In Markdown ``\\[RFC2119\\]`` is an escaped bracket (Pandoc's writer escapes labels), not
TeX display math; a display spanning lines or holding TeX stays math."""

from __future__ import annotations

import pytest

from bibcheck.readers.mask import mask


@pytest.mark.parametrize(
    ("text", "is_text"),
    [
        ('\\[RFC2119\\] Bradner, S., "Key words", March 1997.', True),
        ("as described in BCP 14 \\[RFC2119\\] \\[RFC8174\\] when", True),
        ("\\[1\\] Okafor, D. Title. 2019.", True),
        ("\\[12, 14\\] and later work", True),
        ("\\[ISO-8601\\] Date and time", True),
        ("\\[see note 3\\] for details", True),
        ("\\[\nE = m c^2\n\\]", False),
        ("\\[ E = mc^2 \\]", False),
        ("\\[x\\]", False),
        ("\\[a_1\\]", False),
        ("\\[\\sum_{i=1}^n i\\]", False),
        ("\\[ \\frac{a}{b} \\]", False),
    ],
    ids=[
        "rfc-list-item",
        "rfc-in-prose",
        "numbered-item",
        "number-list",
        "hyphenated-label",
        "bracketed-words",
        "display-over-lines",
        "display-tex",
        "single-letter",
        "subscript",
        "sum",
        "frac",
    ],
)
def test_markdown_escaped_brackets(text: str, is_text: bool) -> None:
    masked = mask(text, latex=False)
    assert len(masked) == len(text)
    assert (masked == text) is is_text
    if not is_text:
        assert "\\[" not in masked


@pytest.mark.parametrize(
    "text",
    ["\\documentclass{article}\n\\section{A}\n\\[RFC2119\\]\n\\cite{a}"],
    ids=["latex-display-stays-math"],
)
def test_latex_brackets_stay_math(text: str) -> None:
    assert "RFC2119" not in mask(text, latex=True)
