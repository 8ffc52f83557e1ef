"""One base list of name particles, each caller's additions and removals explicit (fix 58a).

:mod:`bibcheck.parse.nameparticles` holds the particles every reader and parser shares;
each caller builds its own set from it.  The table pins each caller's effective set to the
words it read before the lists were joined, so that a change to the base shows here
caller by caller.  Own fixtures.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.parse import names
from bibcheck.parse.nameparticles import ARABIC, GERMANIC, PARTICLES, particle_pattern
from bibcheck.parse.references import (
    acm,
    author_date_notes,
    commentary,
    din690,
    french_notes,
    letters,
    native_et_al,
    particles,
    patterns,
    wikicite,
)
from bibcheck.readers import citenames, frontmatter, wikifree
from bibcheck.readers.latex import bibitem, bstblocks

BASE = "van von de der den da di du la le del dos ten ter"


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@pytest.mark.parametrize(
    ("effective", "want"),
    [
        (PARTICLES, BASE),
        (ARABIC, "al el bin ibn"),
        (GERMANIC, "van von der den ten ter vom zu zur"),
        (
            citenames.PARTICLES,
            BASE + " das do les della dei zu vom zur al el ibn bin ben",
        ),
        (bstblocks.PARTICLES, BASE),
        (bibitem._PARTICLES, "von van de der den da di du la le del dos"),
        (
            wikifree._PARTICLES,
            "de da di del della der den van von vom zu du des la le al el bin ibn y",
        ),
        (
            frontmatter._PARTICLES,
            "of the and for at in on to e-mail email by with "
            "de da do dos das del della delle dei di du des la le les lo el y e i em no na "
            "van von der den ten ter zu zur zum und für et ou al bin ibn",
        ),
        (
            acm._PARTICLES,
            "da das de del della der des di do dos du el la le ten ter van von zu bin ibn",
        ),
        (names._PARTICLES, BASE + " ó ní nic mac mc mhic uí ua"),
        (names._GERMANIC_PARTICLES, "van von der den ten ter vander zu vom"),
        (
            wikicite._NAME_PARTICLES,
            BASE + " das della do y e zu af av bin ibn al el",
        ),
        (french_notes._PARTICLE, "de du des d' d’ la le van von der den di da dos del"),
        (author_date_notes._PARTICLES, "de van von der den da di du dos del della le la"),
        (letters._PARTICLES, BASE + " della das zu"),
        (commentary._PARTICLES, "van von de del della der den da di du la le ten ter zu y"),
        (
            native_et_al._SMALL,
            BASE + " vom zu do das della ibn bin ben al el "
            "and und y e i a et en og och dan és ve và ja in &",
        ),
    ],
)
def test_effective_sets(effective: frozenset[str], want: str) -> None:
    assert effective == words(want)


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (particle_pattern({"de", "della", "van"}), "della", True),
        (particle_pattern({"de", "della", "van"}), "de", True),
        (particle_pattern({"de", "della", "van"}), "Van", False),
        (particle_pattern({"de", "van"}, capitalised=True), "Van", True),
        (particle_pattern({"de", "van"}, capitalised=True), "van", True),
        (particle_pattern({"de", "van"}, capitalised=True), "VAN", False),
        (particle_pattern({"d'", "de"}), "d'", True),
        (particle_pattern({"d.", "de"}), "dx", False),  # a stop is a stop
    ],
)
def test_particle_pattern(pattern: str, text: str, matches: bool) -> None:
    assert (re.fullmatch(pattern, text) is not None) is matches


def test_particle_pattern_longest_first() -> None:
    assert particle_pattern({"de", "della", "del"}) == "(?:della|del|de)"


# the callers' patterns read the words they did: each regex's words
@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        (particles._PARTICLE, "della", True),
        (particles._PARTICLE, "vom", True),
        (particles._PARTICLE, "al", False),
        (patterns._PARTICLE, "Van den ", True),
        (patterns._PARTICLE, "De la ", True),
        (patterns._PARTICLE, "af ", True),  # Swedish, small letters only
        (patterns._PARTICLE, "Af ", False),
        (patterns._PARTICLE, "ter ", False),
        (din690._PARTICLE, " von", True),
        (din690._PARTICLE, " zur", True),
        (din690._PARTICLE, " van der", True),
        (din690._PARTICLE, " ten", False),
        (din690._PARTICLE, " da", False),
    ],
)
def test_caller_patterns(pattern: str, text: str, matches: bool) -> None:
    assert (re.fullmatch(pattern, text) is not None) is matches


@pytest.mark.parametrize(
    ("author", "family"),
    [
        ("Ludwig van der Berg", "van der berg"),
        ("Ham, W. van der", "van der ham"),  # Dutch: the particle goes with the name
        ("Hardenberg, Karl vom", "vom hardenberg"),
        ("Oliveira, Ana de", "oliveira"),  # Romance: it does not
        ("Donard de Cogan", "de cogan"),
        ("Niamh Nic Shuibhne", "nic shuibhne"),
    ],
)
def test_family_name(author: str, family: str) -> None:
    assert names.family_name(author) == family
