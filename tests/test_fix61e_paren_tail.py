"""A ``(1)``-numbered reference list under a heading no vocabulary knows (fix61e, item 1).

A plain-text paper whose list is headed ``Works consulted``, ``Literature used`` or a word
of a language the readers' vocabulary lacks, its entries numbered ``(1)``, ``(2)`` … and
cited ``(1)`` or ``[1]`` in the text, is read by the shape of its list
(:mod:`bibcheck.readers.tailheading`); a list of steps or claims numbered so is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import NothingCitedError
from bibcheck.manuscript import parse_file
from bibcheck.readers.plaintext import read as plain_read
from bibcheck.readers.tailheading import authored_work, tail_heading


def _no_brackets(line: str) -> list[str]:
    return []


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("(1) Walker MP, Stickgold R. Sleep and plasticity. Annu Rev. 2006;57:139-66.", True),
        ("(2) Okafor, N. A. (2018). Rivers of the delta. Lagos: Ibis Press.", True),
        ("(3) T. K. Lindqvist, Harbour towns, Oslo, 1999.", True),
        ("(4) Moreau and Petit, Les ports du Nord, Paris 1987.", True),
        ("(5) van der Berg J, Kooi P. Dykes. Water Res. 2011;4:1-9.", True),
        ("(6) Haddad et al. Coastal erosion surveys. J Coast. 2015;12:33-40.", True),
        ("(1) Collect the samples in sterile tubes.", False),
        ("(2) Store them at -80 °C until 2019 guidance changes.", False),
        ("(3) The effect is larger in older pupils.", False),
        ("(4) Walker MP, Stickgold R. Sleep and plasticity.", False),  # no year
    ],
)
def test_authored_work(entry: str, expected: bool) -> None:
    assert authored_work(entry) is expected


_BODY = [
    "Sleep loss impairs memory consolidation in adolescents (1). Several studies",
    "replicated this effect in larger samples (2, 3), though it varies with age (4).",
    "",
]
_WORKS = [
    "(1) Walker MP, Stickgold R. Sleep, memory and plasticity. Annu Rev. 2006;57:139-66.",
    "(2) Diekelmann S, Born J. The memory function of sleep. Nat Rev. 2010;11:114-26.",
    "(3) Rasch B, Born J. About sleep's role in memory. Physiol Rev. 2013;93:681-766.",
    "(4) Kopasz M, Hornyak M. Sleep in healthy children. Sleep Med Rev. 2010;14:167-77.",
]
_STEPS = [
    "(1) Collect the samples in sterile tubes.",
    "(2) Centrifuge them for ten minutes.",
    "(3) Store the supernatant at -80 °C.",
    "(4) Discard the pellet.",
]


@pytest.mark.parametrize(
    ("heading", "body", "items", "parenthesised", "expected"),
    [
        ("Works consulted", _BODY, _WORKS, True, 3),
        ("Literature used", _BODY, _WORKS, True, 3),
        ("Lähdeaineisto", _BODY, _WORKS, True, 3),
        ("Cited works", _BODY, _WORKS, False, None),  # (not asked: pdf-text's reading)
        ("Procedure", _BODY, _STEPS, True, None),  # steps: no works
        ("Cited works", ["Nothing is cited in this text at all.", ""], _WORKS, True, None),
    ],
)
def test_tail_heading_in_parentheses(
    heading: str, body: list[str], items: list[str], parenthesised: bool, expected: int | None
) -> None:
    lines = [*body, heading, "", *items]
    assert tail_heading(lines, _no_brackets, parenthesised=parenthesised) == expected


_PAPER = """Sleep and memory in adolescents

Sleep loss impairs memory consolidation in adolescents {c1}. Several studies have
replicated this effect in larger samples {c23}, although the size of the effect
varies with age {c4}.

Methods

We recruited 120 students from three schools.

{heading}

{n1} Walker MP, Stickgold R. Sleep, memory, and plasticity. Annu Rev Psychol. 2006;57:139-66.
{n2} Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11(2):114-26.
{n3} Rasch B, Born J. About sleep's role in memory. Physiol Rev. 2013;93(2):681-766.
{n4} Kopasz M, Hornyak M. Sleep and memory in children. Sleep Med Rev. 2010;14(3):167-77.
"""


def _paper(heading: str, paren_cites: bool = True, paren_items: bool = True) -> str:
    c = ("({})", "[{}]")[not paren_cites]
    n = ("({})", "[{}]")[not paren_items]
    return _PAPER.format(
        heading=heading,
        c1=c.format(1),
        c23=c.format("2, 3"),
        c4=c.format(4),
        **{f"n{i}": n.format(i) for i in range(1, 5)},
    )


@pytest.mark.parametrize(
    ("heading", "paren_cites", "paren_items"),
    [
        ("Works consulted", True, True),
        ("Sources and literature", True, True),
        ("Literature used", True, True),
        ("Cited works", True, True),
        ("Cited works", False, True),  # "[1]" in the text, "(1)" in the list
        ("Cited works", True, False),  # "(1)" in the text, "[1]" in the list
        ("Lähdeaineisto", True, True),
        ("Kaynakça listesi", True, True),
    ],
)
def test_whole_document(tmp_path: Path, heading: str, paren_cites: bool, paren_items: bool) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(_paper(heading, paren_cites, paren_items), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "plain-text"
    assert [e.number for e in doc.literature] == [1, 2, 3, 4]
    assert [e.line for e in doc.literature] == [13, 14, 15, 16]
    assert doc.literature[0].reference.raw.startswith("Walker MP, Stickgold R.")
    assert [(f.label, f.line) for f in doc.footnotes] == [("1", 3), ("2", 4), ("3", 4), ("4", 5)]
    assert not doc.anomalies


_STEPS_DOC = """Preparing the samples

The protocol has four steps (1) to (4), listed below; step (2) takes longest and
step (3) must follow it at once.

Protocol

(1) Collect the samples in sterile tubes.
(2) Centrifuge them for ten minutes at 4 °C.
(3) Store the supernatant at -80 °C.
(4) Discard the pellet.
"""

_CLAIMS_DOC = """Our position

We make three claims (1), (2) and (3), defended in 2019 and again in 2021.

Claims in brief

(1) The reform of 2015 raised enrolment.
(2) The effect was largest in rural districts after 2016.
(3) It faded by 2020 once funding ended.
"""


@pytest.mark.parametrize("text", [_STEPS_DOC, _CLAIMS_DOC])
def test_steps_and_claims_are_no_list(tmp_path: Path, text: str) -> None:
    doc = plain_read(text)
    assert not doc.literature
    path = tmp_path / "steps.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NothingCitedError):
        parse_file(path)
