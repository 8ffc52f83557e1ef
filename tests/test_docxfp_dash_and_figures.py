"""A repeated-author dash before a title that reads like a name, and short notes citing a figure.

``———. Report of the Harbour Board. Hull: Smith, 1850.``: the dash stands for the author,
so the sentence after it is the title, even when it names a board, a council or a society
(parsed on its own such a sentence may be an organisation's name).

``Smith, Harbour Works, map facing p. 3.``, ``Smith, Harbour Works, plate 4.``: a short note
cites a map, plate, figure or table of the work; it is a short note all the same, resolved to
the note that cited the work in full.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.repeat import find_repeats

# (entry, title, place, publisher)
DASHED = [
    (
        "———. Report of the Hull Harbour Board. Hull: Grant and Sons, 1851.",
        "Report of the Hull Harbour Board",
        "Hull",
        "Grant and Sons",
    ),
    (
        "——. Minutes of the Bristol Town Council. Bristol: Wright, 1838.",
        "Minutes of the Bristol Town Council",
        "Bristol",
        "Wright",
    ),
    (
        "———, ed. Transactions of the Norfolk Medical Society. Norwich: Jarrold, 1860.",
        "Transactions of the Norfolk Medical Society",
        "Norwich",
        "Jarrold",
    ),
]


@pytest.mark.parametrize(
    ("entry", "title", "place", "publisher"), DASHED, ids=[f"dash{i}" for i in range(len(DASHED))]
)
def test_after_the_dash_comes_the_title(entry: str, title: str, place: str, publisher: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors == ()  # the entry before gives them (with_repeated_authors)
    assert ref.title == title
    assert ref.place == place
    assert ref.publisher == publisher
    assert ref.raw == entry


FIGURES = [
    "Fenwick, Harbour Works of the North, map facing p. 3.",
    "Fenwick, Harbour Works of the North, plate 4.",
    "Fenwick, Harbour Works of the North, fig. 12.",
    "Fenwick, Harbour Works of the North, table 2.",
    "Fenwick, Harbour Works of the North, plate opposite p. 40.",
]


@pytest.mark.parametrize("note", FIGURES, ids=[f"figure{i}" for i in range(len(FIGURES))])
def test_a_short_note_citing_a_figure_repeats_the_full_note(note: str) -> None:
    full = "Anne Fenwick, Harbour Works of the North (Hull: Grant, 1851), 7."
    assert citation_start(note) == (0, False)  # a citation, not commentary
    repeats = find_repeats([full, note])
    assert repeats[0] is None
    found = repeats[1]
    assert found is not None
    assert (found.kind, found.target) == ("short", 0)
