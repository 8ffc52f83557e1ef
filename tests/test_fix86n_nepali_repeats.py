"""Nepali repeat notes: the ibidem "ऐजन" (the same) alone at a note's start, and the op. cit.
"पूर्ववत्" (as before) after the author's name, the name in Latin or Devanagari letters, the
note ending with the danda "।" or a Latin stop; prose that opens with the same words stays a
full note."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth

_NE_BOOK = "हरि थापा, पहाडका गाउँहरू (पोखरा: सगरमाथा प्रकाशन, २०१०), पृ. ३।"
_EN_BOOK = "Karin Berg, Rivers of the Hills (Oslo: Nordbok, 1988), 7."
_EN_OTHER = "Ravi Sen, Salt Roads (Delhi: Penguin, 2001), 40."


@pytest.mark.parametrize(
    ("texts", "kind", "target", "locator"),
    [
        ([_NE_BOOK, "ऐजन, पृ. १२।"], "ibid", 0, "१२"),
        ([_NE_BOOK, "ऐजन।"], "ibid", 0, None),
        ([_EN_BOOK, "ऐजन, 14."], "ibid", 0, "14"),
        # op. cit. after a Latin name, a note between
        ([_EN_BOOK, _EN_OTHER, "Berg, पूर्ववत्, 31."], "op-cit", 0, "31"),
        # ... and after a name in Devanagari letters, the danda at its end
        ([_NE_BOOK, _EN_OTHER, "थापा, पूर्ववत्, पृ. ९०।"], "op-cit", 0, "९०"),
        ([_NE_BOOK, _EN_OTHER, "थापा, पूर्ववत्।"], "op-cit", 0, None),
    ],
)
def test_nepali_repeats(texts: list[str], kind: str, target: int, locator: str | None) -> None:
    rep = find_repeats(texts)[-1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == (kind, target, locator)


@pytest.mark.parametrize(
    "text",
    [
        # prose that opens with the same letters or words
        "ऐजनमा लेखिएको कुरा पुरानो हो।",
        "पूर्ववत् व्यवस्था कायम रहनेछ।",
        _EN_OTHER,
    ],
)
def test_nepali_prose_is_no_repeat(text: str) -> None:
    assert find_repeats([_NE_BOOK, text])[-1] is None


@pytest.mark.parametrize("unit", ["थापा ", "क. ", "ऐज "])
def test_linear(unit: str) -> None:
    # runs of Devanagari name parts with no op. cit. word after them
    assert growth(lambda n: find_repeats([_NE_BOOK, unit * n + ", पृ. ४।"]), 200, 800) < 6
