"""PDF-to-text reader: an entry's imprint wrapped onto a line of its own (``Cambridge, MA:
Harvard University Press, 2013.``) continues the entry; it starts no new one."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes


@pytest.mark.parametrize(
    ("imprint", "publisher_line"),
    [
        ("Cambridge, MA:", "Harvard University Press, 2013."),
        ("Cambridge, Mass.:", "MIT Press, 2013."),
        ("Ann Arbor, MI:", "University of Michigan Press, 2013."),
    ],
    ids=["state-code", "state-abbreviation", "two-word-place"],
)
def test_an_imprint_line_continues_its_entry(imprint: str, publisher_line: str) -> None:
    text = (
        "Canals\n\nThe canal paid its way.1 Tolls fell later.2\n1\nSmith, Canals 4.\n"
        "2\nLowe, Tolls 9.\n\nBibliography\n\n"
        "Lowe, Margaret. Tolls and Traffic on the Inland Waterways of Ohio.\n"
        f"{imprint} {publisher_line}\n"
        "Smith, John. Canals of the Old Northwest. Columbus: Ohio State Press, 1998.\n"
    )
    doc = parse_bytes(text.encode(), "paper.txt")
    assert doc.reader == "pdf-text"
    refs = [e.reference for e in doc.literature]
    assert [r.title for r in refs] == [
        "Tolls and Traffic on the Inland Waterways of Ohio",
        "Canals of the Old Northwest",
    ]
    assert [r.year for r in refs] == [2013, 1998]


def test_a_name_with_a_given_name_still_starts_an_entry() -> None:
    text = (
        "Canals\n\nThe canal paid its way.1 Tolls fell later.2\n1\nSmith, Canals 4.\n"
        "2\nMa, Tolls 9.\n\nBibliography\n\n"
        "Lowe, Margaret. Tolls. Columbus: Ohio State Press, 2013.\n"
        "Ma, Li. Canal Towns. Ann Arbor: Delta Press, 2001.\n"
    )
    doc = parse_bytes(text.encode(), "paper.txt")
    assert [e.reference.year for e in doc.literature] == [2013, 2001]
