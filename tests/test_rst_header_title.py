"""The title a reStructuredText document names before its first section (a PEP's
``Title:`` header, a docutils ``:Title:`` field, the ``title`` directive) is its title,
not the first section's heading; without one the first heading is.  Texts written for
this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.rsttitle import header_title

BODY = "\nOverview\n========\n\nLamps burn oil [1]_.\n\n.. [1] Lamb, A. (1999). Oil Lamps. Leeds: Dale.\n"

CASES = {
    "pep-header": (
        "PEP: 8123\nTitle: Lamp Oil Protocol\nAuthor: A. Lamb <a@example.org>\n"
        "Status: Draft\nCreated: 02-Feb-2021\nPost-History:\nReplaces: 8100\n\n" + BODY,
        "Lamp Oil Protocol",
    ),
    "pep-header-continued": (
        "PEP: 8124\nTitle: Lamp Oil Protocol for Very Long\n    Titles That Wrap\n"
        "Author: A. Lamb\n\n" + BODY,
        "Lamp Oil Protocol for Very Long Titles That Wrap",
    ),
    "field-list": (
        ":Title: Wicks and Their Care\n:Author: A. Lamb\n:Date: 2021-02-02\n\n" + BODY,
        "Wicks and Their Care",
    ),
    "title-directive": (".. title:: Lamps, a Survey\n\n" + BODY, "Lamps, a Survey"),
    "overlined-title": (
        "==========\nOn Lamps\n==========\n\n:Author: A. Lamb\n\n" + BODY,
        "On Lamps",
    ),
    "first-heading": (BODY.lstrip("\n"), "Overview"),
    "one-field-is-no-header": ("Note: this page is a draft.\n\n" + BODY, "Overview"),
    "field-after-first-section": (BODY.lstrip("\n") + "\n:Title: Not the title\n", "Overview"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_document_title(name: str) -> None:
    text, title = CASES[name]
    doc = parse_bytes(text.encode(), "doc.rst")
    assert doc.title == title


def test_header_title_alone() -> None:
    assert header_title([]) is None
    assert header_title(["Title: A", "Version: 2", "", "Text"]) == "A"
    assert header_title(["Title: A", "", "Text"]) is None  # one field: a sentence, maybe
