"""A short note's title is the first words of the full title (Chicago, SBL, French and German
short forms), its article allowed out: no ``title differs`` against the literature entry;
a note that gives its year is a full note, whose title must agree."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Reference
from bibcheck.parse.matching import short_title


def note(title: str, year: str | None = None) -> Reference:
    return Reference(raw=title, line=1, end_line=1, title=title, year_raw=year)


@pytest.mark.parametrize(
    ("title", "year", "full", "short"),
    [
        pytest.param(
            "Les quais de Marseille",
            None,
            "Les quais de Marseille au XVIIIe siècle",
            True,
            id="fr-first-words",
        ),
        pytest.param("Stadt", None, "Die Stadt am Fluss: Handel und Zoll", True, id="de-article"),
        pytest.param("Harbours", None, "The Harbours of the North Sea", True, id="en-article"),
        pytest.param(
            "Storia della mezzadria", None, "Storia della mezzadria toscana", True, id="it"
        ),
        pytest.param("Marseille", None, "Les quais de Marseille", False, id="not-the-start"),
        pytest.param("Les qua", None, "Les quais de Marseille", False, id="cut-word"),
        pytest.param(
            "Les quais de Marseille",
            "2010",
            "Les quais de Marseille au XVIIIe siècle",
            False,
            id="full-note-with-year",
        ),
        pytest.param("Les quais", None, "Les quais", False, id="same-title"),
    ],
)
def test_short_title(title: str, year: str | None, full: str, short: bool) -> None:
    assert short_title(note(title, year), full) is short


MARKDOWN = """\
# Ports

The quays were rebuilt.[^1]

[^1]: Morel, « Les quais de Marseille », 110.

# Bibliographie

Morel, Claire. « Les quais de Marseille au XVIIIe siècle ». *Provence historique* 60
(2010) : 101-120.
"""


def test_short_note_title_agrees_with_its_entry() -> None:
    doc = parse_bytes(MARKDOWN.encode(), "ports.md")
    assert doc.footnotes[0].literature is not None
    assert not [a for a in doc.all_anomalies() if a.code is C.LITERATURE_TITLE_DIFFERS]
