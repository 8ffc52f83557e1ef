"""The repeated-author dash of a bibliography (``——. Title.``) stands for the authors of the
entry before it; the dash is no part of the title."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.same_author import repeats_author, with_repeated_authors

_FIRST = "Fenwick, Mary. The Chapel and the Mill. Leeds: Ridings Press, 1988."


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        pytest.param("——. Class Meetings in the Riding. York: Minster, 1992.",
                     "Class Meetings in the Riding", id="two-em-dashes"),
        pytest.param("———. Class Meetings in the Riding. York: Minster, 1992.",
                     "Class Meetings in the Riding", id="three-em-dashes"),
        pytest.param("⸻. Hymns at Work. London: Epworth, 1999.", "Hymns at Work",
                     id="three-em-dash-character"),
        pytest.param("___. The Lay Preachers. London: Epworth, 2001.", "The Lay Preachers",
                     id="underscores"),
        pytest.param("---. Sunday Schools. London: Epworth, 2003.", "Sunday Schools",
                     id="hyphens"),
        pytest.param("― ―. Tea Meetings. London: Epworth, 2004.", "Tea Meetings",
                     id="spaced-bars"),
        pytest.param("———, ed. Letters of a Preacher. Hull: Humber, 1995.",
                     "Letters of a Preacher", id="editor"),
    ],
)  # fmt: skip
def test_dash_takes_the_authors_before(entry: str, title: str) -> None:
    refs = [parse_reference(t, (1,), detect_styles=True) for t in (_FIRST, entry)]
    second = with_repeated_authors(refs)[1]
    assert (second.authors, second.title) == (("Fenwick, Mary",), title)


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        pytest.param("——. Title. London, 1749.", True, id="dash"),
        pytest.param("– A Stray Mark. London, 2005.", False, id="single-dash"),
        pytest.param("Oakes, Peter. Band Rooms. Leeds, 1990.", False, id="name"),
        pytest.param("_Italic Title_. London, 1990.", False, id="markdown-italic"),
    ],
)  # fmt: skip
def test_repeats_author(text: str, repeats: bool) -> None:
    assert repeats_author(text) is repeats


DOC = """\
# The Circuit

Class meetings spread fast.[^1] Tickets followed.[^2]

[^1]: Fenwick, *Chapel and the Mill*, 12.
[^2]: Fenwick, *Class Meetings in the Riding*, 40.

## Bibliography

Fenwick, Mary. *The Chapel and the Mill*. Leeds: Ridings Press, 1988.

———. *Class Meetings in the Riding*. York: Minster Books, 1992.

Oakes, Peter. *Band Rooms*. Leeds: Ridings Press, 1990.
"""


def test_document_entries_inherit_the_author() -> None:
    doc = parse_bytes(DOC.encode(), "circuit.md")
    assert [e.reference.authors for e in doc.literature] == [
        ("Fenwick, Mary",),
        ("Fenwick, Mary",),
        ("Oakes, Peter",),
    ]
