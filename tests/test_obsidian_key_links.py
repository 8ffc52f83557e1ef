"""Obsidian (Foam, Zettlr) links to literature notes named by citation key: ``[[@key]]``,
``[[@key#Heading]]``, ``[[@key#^block]]``, ``[[@key|alias]]`` and ``[[@key#Heading|alias]]``
cite ``key``; the heading, block id and alias are no part of the key, and the claim before
the link keeps no stray bracket.  The pattern is linear.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.pandoc import _WIKILINK, read
from tests.test_regex_growth import assert_linear

FRONT = "---\nbibliography: notes.bib\n---\n\n"


@pytest.mark.parametrize(
    ("line", "labels", "claim"),
    [
        ("Soil holds carbon [[@rhee2019]].", ["rhee2019"], "Soil holds carbon"),
        ("Peat stores more, see [[@okafor2021#Methods]].", ["okafor2021"], "Peat stores more, see"),
        ("Roots matter [[@lund2018#^a1b2c3]] too.", ["lund2018"], "Roots matter"),
        ("Fungi help [[@zhao2020|Zhao (2020)]] here.", ["zhao2020"], "Fungi help"),
        (
            "Tillage loses it [[@berg2017#Field trial 2|Berg, trial 2]].",
            ["berg2017"],
            "Tillage loses it",
        ),
        ("Two [[@a2001]] and [[@b2002#Intro]].", ["a2001", "b2002"], "Two"),
        ("A wiki page [[Soil carbon#Peat]] is no citation.", [], ""),
    ],
)
def test_key_wikilinks(line: str, labels: list[str], claim: str) -> None:
    doc = read(FRONT + line + "\n")
    assert [m.label for m in doc.markers] == labels
    if labels:
        m = doc.markers[0]
        before = doc.blocks[m.block].text[: m.offset].rstrip()
        assert before.endswith(claim)
        assert not before.endswith("[")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[[@" * (n // 3), id="openings"),
        pytest.param(lambda n: "[[@a#" + "x" * n, id="unclosed-heading"),
        pytest.param(lambda n: "[[@" + "a" * n + "]", id="one-bracket"),
        pytest.param(lambda n: "[[@a|" * (n // 5), id="aliases"),
    ],
)
def test_wikilink_pattern_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: [m.span() for m in _WIKILINK.finditer(text)], line)
