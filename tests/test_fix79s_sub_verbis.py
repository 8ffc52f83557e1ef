"""A dictionary cited at several headwords, ``[n, s.vv. a, b]``, or at a quoted one (round
79): the plural mark ``s.vv.`` takes a list of headwords parted by commas (``[9, s.vv.
kmieć, kmiecy]``), and a headword may stand in any language's quotation marks (``[4, s.v.
„kerék”]``, ``[4, s.vv. "wheel," "wheeler"]``); the citation names list entry n as
``[n, s.v. word]`` did.  A number is still no headword.  (The examples are this file's own.)
"""

from __future__ import annotations

import re

import pytest

from bibcheck.readers.numlabels import expand
from bibcheck.readers.plaintext import MARKER
from bibcheck.readers.subverbo import SUB_VERBO
from tests.test_regex_growth import assert_linear

_MARKERS = [
    ("[9, s.vv. kmieć, kmiecy]", ["9"]),
    ("[9, s. vv. rota, rotula, rotella]", ["9"]),
    ("[3, s.vv. Abend, Abendland]", ["3"]),
    ("[4, s.v. „kerék”]", ["4"]),
    ("[4, s.vv. „kerék”, „kerekes”]", ["4"]),
    ("[4, s.vv. «roue», «rouet»]", ["4"]),
    ('[4, s.vv. "wheel," "wheeler"]', ["4"]),
    ("[6, s.vv. casa de campo, casal]", ["6"]),
    # near misses: no headword, a number, the pages as before
    ("[5, s.vv.]", None),
    ("[5, s.vv. 12, 13]", None),
    ("[5, s.v. „12”]", None),
    ("[5, p. 12]", ["5"]),
]


@pytest.mark.parametrize(("text", "numbers"), _MARKERS)
def test_headwords_place(text: str, numbers: list[str] | None) -> None:
    m = MARKER.fullmatch(text)
    assert (expand(m.group("label")) if m else None) == numbers


_SUB_VERBO = re.compile(SUB_VERBO)


def _match(text: str) -> object:
    return _SUB_VERBO.match(text)


def test_headword_list_linear() -> None:
    assert_linear(_match, lambda n: "s.vv. " + "casa, " * (n // 6))
    assert_linear(_match, lambda n: "s.vv. " + "„casa” " * (n // 7))
    assert_linear(_match, lambda n: "s.vv. " + "casa " * (n // 5) + "1")
    assert_linear(_match, lambda n: "s.vv. „" + "a" * (n - 8))
