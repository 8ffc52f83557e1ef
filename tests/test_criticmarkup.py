"""CriticMarkup in Pandoc Markdown is read as the manuscript with every change accepted.

Deleted text and the old side of a substitution are gone, comments are not text,
additions and highlights are live; lines keep their numbers, code is left alone.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.criticmarkup import accept
from bibcheck.readers.pandoc import read


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("a {++b ++}c", "a    b    c"),
        ("a {--b --}c", "a         c"),
        ("a {~~old~>new~~} c", "a         new    c"),
        ("a{>>note<<} c", "a           c"),
        ("{==hot==}{>>why?<<} x", "hot" + " " * 13 + " x"),
        ("a {--one\ntwo--} b", "a       \nb"),
        ("{++[^3]: Added note.++}", "[^3]: Added note.   "),
        ("  {++ new++}", "  new   "),
        ("`{--code--}` and {--x--}", "`{--code--}` and " + " " * 7),
        ("a {--not closed", "a {--not closed"),
        ("a {~~no arrow~~} b", "a    no arrow    b"),
        ("plain -- text {with} braces", "plain -- text {with} braces"),
        ("pp. 12{--}15 and 20{--}24 --}", "pp. 12{--}15 and 20{--}24 --}"),
    ],
    ids=[
        "addition", "deletion", "substitution", "comment", "highlight-comment-at-start",
        "deletion-over-lines", "added-definition-dedented", "indent-kept", "inline-code",
        "unclosed", "substitution-without-arrow", "no-markup", "braced-en-dash",
    ],
)  # fmt: skip
def test_accept(text: str, accepted: str) -> None:
    assert accept(text) == accepted
    assert accept(text).count("\n") == text.count("\n")


def test_a_fenced_code_block_is_left_alone() -> None:
    text = "```\n{--[@kept]--}\n```\n"
    assert accept(text) == text


def _cited(text: str) -> list[tuple[str, int]]:
    return [(m.label, m.line) for m in read(text).markers]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("One claim [@lu2001]. {--A dropped claim [@old1990].--}\n", [("lu2001", 1)]),
        ("Prices rose [{~~@ab1992~>@ab1996~~}; @cd2010, 4].\n", [("ab1996", 1), ("cd2010", 1)]),
        ("A claim{>>editor: add [@TODO] here<<} stands.\n", []),
        ("Text {==that needs support==}{>>cite [@grieve2006]?<<} [@lu2001].\n", [("lu2001", 1)]),
        ("Text {++with a new source\nover two lines [@new2021].++} More.\n", [("new2021", 2)]),
        ("{~~Smith~>Smith and Jones~~} argue this [@sj2010].\n", [("sj2010", 1)]),
        ("[@x2000] and @lu2001 agree. {--So does @old1990.--}\n", [("x2000", 1), ("lu2001", 1)]),
        ("Nous citons [@lu2001]{--, puis [@vieux1950]--}.\n", [("lu2001", 1)]),
        ("Code `{--[@kept]--}` stays code [@lu2001].\n", [("lu2001", 1)]),
    ],
    ids=[
        "deleted-sentence", "substitution-in-bracket", "comment", "highlight-and-comment",
        "addition-over-lines", "substitution-on-name", "deleted-in-text-cite", "deleted-fr",
        "inline-code",
    ],
)  # fmt: skip
def test_citations_as_accepted(text: str, cited: list[tuple[str, int]]) -> None:
    assert _cited(text) == cited


@pytest.mark.parametrize(
    ("text", "notes", "markers"),
    [
        (
            "A claim.{--[^x]--} More.\n\n{--[^x]: A deleted note.--}\n",
            [],
            [],
        ),
        (
            "A claim.{++[^y]++} More.\n\n{++[^y]: An added note.++}\n",
            [("y", 3)],
            [("y", 1)],
        ),
        (
            "A claim.[^z]\n\n[^z]: Kept {--and a dropped part citing @old1990--}.\n"
            "    {++See also [@new2021, p. 7].++}\n",
            [("z", 3)],
            [("z", 1), ("new2021", 4)],
        ),
        (
            "Eine These.{++ [^n]++}\n\n{++ [^n]: Eine neue Anmerkung.++}\n",
            [("n", 3)],
            [("n", 1)],
        ),
    ],
    ids=["deleted-marker-and-definition", "added-marker-and-definition", "cites-in-a-note", "added-de-spaced"],
)  # fmt: skip
def test_notes_as_accepted(
    text: str, notes: list[tuple[str, int]], markers: list[tuple[str, int]]
) -> None:
    doc = read(text)
    assert [(n.label, n.line) for n in doc.footnotes if not n.reference] == notes
    assert [(m.label, m.line) for m in doc.markers] == markers
    assert not [a for a in doc.anomalies if a.footnote in {"x", "y", "z", "n"}]
