"""A superscript after a closing parenthesis: a power of an expression, or a note marker
after a parenthetical remark (bibcheck.readers.supmarkdown)."""

from __future__ import annotations

import pytest

from bibcheck.readers import supmarkdown

LIST = "\n\n## References\n\n1. Doe, J. *First Book*. London, 2001.\n2. Roe, R. *Second Book*. Paris, 2003.\n"


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        ("The fee is Rs. 100 (children Rs. 50)<sup>1</sup>. More follows<sup>2</sup>.", ["1", "2"]),
        ("Compare the tables (see Table 2)<sup>1</sup> and the text<sup>2</sup>.", ["1", "2"]),
        ("ගාස්තුව රු. 100 කි (ළමුන්ට රු. 50)<sup>1</sup>. වැඩි විස්තර<sup>2</sup>.", ["1", "2"]),
        (
            "The area grows as (a+b)<sup>2</sup> does, as shown<sup>1</sup>; see<sup>2</sup>.",
            ["1", "2"],
        ),
        ("The variance is (n-1)<sup>2</sup> here<sup>1</sup> and there<sup>2</sup>.", ["1", "2"]),
    ],
)
def test_parenthesis_then_superscript(sentence: str, markers: list[str]) -> None:
    doc = supmarkdown.read("# A post\n\n" + sentence + LIST)
    assert [m.label for m in doc.markers] == markers


def test_parenthesis_check_is_linear() -> None:
    from bibcheck.readers.supmarkdown import _words_in_parentheses

    assert _words_in_parentheses("x (" + "abc " * 50_000 + ")")
    assert not _words_in_parentheses("(" + "a+" * 50_000 + "b)")
