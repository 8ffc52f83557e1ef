"""Notes that took exponential time stay cheap (round 79's final review).

``locus``'s passage pattern let each number of a note split its digits anew between a
level's ``\\d{1,4}`` and its ``\\d{0,2}`` for every way the pattern failed: a note citing an
archive file followed by a run of years -- ``Stadtarchiv X, Best. 1, Nr. 2: Akten, 1790,
1790, …`` -- took exponential time (12 years: 0.9 s; 50 years: over two minutes).  Each level is now matched
once (an atomic group); no match needs a shorter split, as no level is followed by a digit.
``series``'s name of a series listed ``des`` twice among its small words: a run of ``Der Antrag
des`` after a sentence took time exponential in its length (20 runs: 1.2 s).  Counted in steps
(tests/worksteps.py), never timed.
"""

from __future__ import annotations

import functools

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.locus import locus_only, passage_author
from bibcheck.parse.references.series import series_statement
from tests.worksteps import work

# an ordinary note takes some thousands of steps; the years' note took millions before
LIMIT = 400_000

_READ = functools.partial(parse_reference, line_starts=[0], note=True)
_LIST = functools.partial(parse_reference, line_starts=[0], note=False)


@pytest.mark.parametrize(
    "text",
    [
        "Stadtarchiv X, Best. 1, Nr. 2: Akten, " + "1790, " * 24 + "Bl. 3.",
        "Landesarchiv Y, Abt. 4, Nr. 18: Berichte, " + "1801, " * 24 + "fol. 2.",
        "Archiv Z, Fasz. 7: Protokolle " + "1790 " * 24,
        "Thuc. " + "1790, " * 24,
        "Thuc. " + "XIV, " * 24 + "x",
    ],
    ids=["years-after-shelfmark", "years-after-department", "years-unparted", "years", "roman"],
)
def test_runs_of_numbers_stay_cheap(text: str) -> None:
    _READ("Thuc. 2.41.5.")  # patterns compiled, uncounted
    assert work(_READ, text, limit=LIMIT) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thuc. 2.41.5.", True),
        ("Plotin, Ennéades III, 7 [45], 11, 43-45.", True),
        ("Pl. Menex. 239a–246a.", True),
        ("Arist. EN 1094a1.", True),
        ("Aug. conf. 11,14,17", True),
        ("Section 2.3.1.", False),
        ("NJW 2005, 123.", False),
    ],
)
def test_passages_still_read(text: str, expected: bool) -> None:
    assert locus_only(text) is expected


def test_passage_author_still_read() -> None:
    assert passage_author("Thuc. 2.41.5; cf. Paus. 1.29.4.") == "Thuc."


@pytest.mark.parametrize(
    "text",
    [
        "Welterbeliste als Inbegriff des Reformbaus, 2008. " + "Der Antrag des " * 24,
        "Title. " + "Schriften des Vereins des " * 12 + "x",
    ],
    ids=["des-runs", "series-words"],
)
def test_runs_of_small_words_stay_cheap(text: str) -> None:
    _LIST("Title. Studies in Economic History 14. Cambridge: CUP, 1990.")  # compiled
    assert work(_LIST, text, limit=LIMIT) is not None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Title. Schriften des Vereins für Geschichte 12. Berlin: Verlag, 1990.", True),
        ("Title. Camden Society, n.s., 12. London: Royal Society, 1875.", True),
        ("Title. Salt in Cheshire 2. Chester: Press, 1990.", False),
    ],
)
def test_series_still_read(text: str, found: bool) -> None:
    assert (series_statement(text) is not None) is found
