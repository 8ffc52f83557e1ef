"""Short notes (Chicago, SBL, French and German note styles) that find their full note:
after a primary source and ``;`` (``Ps 104,3; vgl. Keller, *Stadt*, 88``), with a one-word
short title, with a remark after the page (``27, die das anders sieht``), with no page at
all (``Morel, « Les quais »``) and naming the later work of a note citing two; never a
commentary note, and an ``Ibid.`` after such a note repeats it."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.repeat import find_repeats

FULL = [
    "Vgl. Maria Keller, *Die Stadt am Fluss: Handel und Zoll im Mittelalter* (Berlin: "
    "de Gruyter, 2015), 12.",
    "Peter Adams, “Harbours and Their Keepers,” *Journal of Maritime History* 12 (2008): 33–50.",
    "Jean Roux, *Les ports de Provence* (Paris : PUF, 1998), 7; Claire Morel, « Les quais de "
    "Marseille au XVIIIe siècle », *Provence historique* 60 (2010) : 101-120.",
]
# a note that names Keller and her town but cites nothing
REMARK = "Anders als Keller meint, war die Stadt im Fluss der Zeit eher klein."


@pytest.mark.parametrize(
    ("text", "commentary", "want"),
    [
        pytest.param(
            "Ps 104,3; vgl. Keller, *Stadt*, 88.", True, ("short", 0, "88"), id="after-psalm"
        ),
        pytest.param(
            "Josephus, *Ant.* 15.380; see Adams, “Harbours,” 41.",
            True,
            ("short", 1, "41"),
            id="after-ancient-source",
        ),
        pytest.param("Keller, *Stadt*, 91.", False, ("short", 0, "91"), id="one-word-title"),
        pytest.param(
            "Anders Keller, „Stadt“, 27, die das anders sieht.",
            True,
            ("short", 0, "27"),
            id="de-remark-after-page",
        ),
        pytest.param(
            "Adams, “Harbours,” 40, who dates the quay later.",
            False,
            ("short", 1, "40"),
            id="en-remark-after-page",
        ),
        pytest.param(
            "Morel, « Les quais de Marseille ».", False, ("short", 2, None), id="fr-no-page"
        ),
    ],
)
def test_short_note_finds_its_full_note(
    text: str, commentary: bool, want: tuple[str, int, str | None]
) -> None:
    rep = find_repeats([*FULL, REMARK, text], commentary=[False, False, False, True, commentary])
    assert rep[-1] is not None
    assert (rep[-1].kind, rep[-1].target, rep[-1].locator) == want


def test_later_part_read_only_when_the_first_cites_nothing() -> None:
    text = "Hans Berg, *Zoll und Stadt* (Bonn: Habelt, 2001), 5; vgl. Keller, *Stadt*, 88."
    assert find_repeats([*FULL, text], commentary=[False] * 4)[-1] is None


def test_the_work_of_a_note_citing_two_is_named() -> None:
    rep = find_repeats([*FULL, "Morel, « Les quais de Marseille », 110."])[-1]
    assert rep is not None and (rep.target, rep.author) == (2, "Morel")


def test_ibid_after_a_short_note_repeats_it() -> None:
    texts = [*FULL, "Keller, *Stadt*, 91.", "Ebd., 92."]
    rep = find_repeats(texts, commentary=[False, False, False, True, True])
    assert rep[-1] is not None and (rep[-1].target, rep[-1].locator) == (0, "92")


MARKDOWN = """\
# Ports

The quays were rebuilt.[^1] Their keepers were paid by the town.[^2] So it stayed.[^3]

[^1]: Jean Roux, *Les ports de Provence* (Paris : PUF, 1998), 7; Claire Morel, « Les quais
    de Marseille au XVIIIe siècle », *Provence historique* 60 (2010) : 101-120.

[^2]: Morel, « Les quais de Marseille ».

[^3]: Ps 104,3; vgl. Roux, *Ports*, 9.
"""


def test_document_notes_take_the_work_they_repeat() -> None:
    doc = parse_bytes(MARKDOWN.encode(), "ports.md")
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert (notes["2"].title or "").startswith("Les quais de Marseille au XVIIIe")
    assert any("Morel" in a for a in notes["2"].authors)
    assert notes["3"].title == "Les ports de Provence"
    assert notes["3"].pages == "9"
