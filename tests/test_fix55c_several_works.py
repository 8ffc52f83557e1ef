"""fix55c: a humanities note citing two works joined by "sowie", "und jüngst",
"außerdem", "; see also", "; voir aussi", "; cf." keeps both: keyed by its first work
(the corpus convention), the second looked up in the list too."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.several import _ADDED_WORK, work_spans

FIRST = "Karl Bauer, Die Stadt am Fluss (München: Beck, 1999), 4"
SECOND = "Eva Roth, Der Hafen (Ulm: Kern, 2013), 9"


@pytest.mark.parametrize(
    ("note", "second_from"),
    [
        (f"Vgl. {FIRST} sowie {SECOND}.", "Eva Roth"),
        (f"Vgl. {FIRST}, sowie {SECOND}.", "Eva Roth"),
        (f"Vgl. {FIRST}, und jüngst {SECOND}.", "Eva Roth"),
        (f"Vgl. {FIRST}; außerdem {SECOND}.", "Eva Roth"),
        (f"See {FIRST}; see also {SECOND}.", "Eva Roth"),
        (f"See {FIRST} and more recently {SECOND}.", "Eva Roth"),
        (f"Voir {FIRST} ; voir aussi {SECOND}.", "Eva Roth"),
        (f"See {FIRST}; cf. {SECOND}.", "cf. Eva Roth"),
        (
            "Siehe Stadtwerkzeuge, <https://tools.example.org/stats> ; sowie Willkommen, "
            "<https://tools.example.org/welcome>.",
            "Willkommen",
        ),
    ],
)
def test_two_works(note: str, second_from: str) -> None:
    spans = work_spans(note)
    assert len(spans) == 2
    assert note[spans[1][0] :].startswith(second_from)


@pytest.mark.parametrize(
    "note",
    [
        # "sowie" inside a title, after a word: one work
        "Vgl. Karl Bauer, Stadt sowie Land im Wandel (München: Beck, 1999), 4.",
        # after a number but inside the quoted title
        "Vgl. Karl Bauer, „Die Jahre 1848 sowie Europa“, in: Historische Blätter 3 (1999), 4.",
        # "sowie" before a lower-case word: a sentence, not a further work
        "Vgl. Karl Bauer, Die Stadt am Fluss (München: Beck, 1999), 4 sowie die dortige Karte.",
        # a name list is no two works
        "Ruiz, M.; Roth, E. (2001). Harbour Lives. Leeds: Quay.",
    ],
)
def test_one_work(note: str) -> None:
    assert work_spans(note) == []


LIST_DOC = """\
# Kapitel

Die Stadt wuchs.[^1] Der Hafen auch.[^2]

[^1]: Vgl. Bauer, Karl: Die Stadt am Fluss, München 1999, S. 4 sowie Roth, Eva: Der Hafen, Ulm 2013, S. 9.
[^2]: Vgl. Lind, Maja: Kräne und Docks, Kiel 2005, S. 7, und jüngst Noor, Amir: Fracht, Bremen 2021, S. 3.

# Literatur

Bauer, Karl: Die Stadt am Fluss, München 1999.

Lind, Maja: Kräne und Docks, Kiel 2005.

Noor, Amir: Fracht, Bremen 2021.

Roth, Eva: Der Hafen, Ulm 2013.
"""


def test_both_works_are_cited(tmp_path: Path) -> None:
    path = tmp_path / "kapitel.md"
    path.write_text(LIST_DOC, encoding="utf-8")
    doc = parse_file(path)
    assert len(doc.literature) == 4
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].title == "Die Stadt am Fluss"
    assert notes["1"].year == 1999
    assert notes["2"].title == "Kräne und Docks"
    assert notes["2"].pages == "7"


@pytest.mark.parametrize("unit", ["1 sowie ", "1, und jüngst ", "9)  ", "1 sowie A"])
def test_added_work_stays_linear(unit: str) -> None:
    from tests.test_regex_growth import assert_linear

    assert_linear(
        lambda line: list(_ADDED_WORK.finditer(line)), lambda n: (unit * (n // len(unit) + 1))[:n]
    )
