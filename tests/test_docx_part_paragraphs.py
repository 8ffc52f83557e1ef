"""A Word bibliography whose parts are named by ordinary paragraphs (italic, bold or plain,
no heading style): the part names are no entries, and a part named like a list
("Literatur", "Sources") after entries does not start a list of its own (the entries above
it are kept)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from tests.test_reader_docx import build_docx, note, p, ref, t

_ENTRIES = [
    "County Record Office, Quarter Sessions, QS/1/4.",
    "Minutes of the Mill Board, 1821–1830. Ed. Alan Roe. Derby: Peak, 1966.",
    "Hale, Ruth. Mill Towns. Derby: Peak, 1994.",
    "Ibbot, Carl. Water and Work. Leeds: Aire, 2007.",
]


def _italic(text: str) -> str:
    return f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _bold(text: str) -> str:
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _body(heading: str, first: str, second: str, run: str) -> list[str]:
    make = {"italic": _italic, "bold": _bold, "plain": t}[run]
    return [
        p(t("Introduction"), style="Heading1"),
        p(t("The mills closed in turn."), ref(1), t(" Few records survive."), ref(2)),
        p(t(heading), style="Heading1"),
        p(make(first)),
        p(t(_ENTRIES[0])),
        p(_italic("Minutes of the Mill Board, 1821–1830"), t(". Ed. Alan Roe. Derby: Peak, 1966.")),
        p(make(second)),
        p(t(_ENTRIES[2])),
        p(t(_ENTRIES[3])),
    ]


_NOTES = [note(1, t("Hale, Mill Towns, 12.")), note(2, t("Ibbot, Water and Work, 40."))]


@pytest.mark.parametrize(
    ("heading", "first", "second", "run"),
    [
        ("Bibliography", "Manuscripts", "Secondary literature", "italic"),
        ("Bibliography", "Unpublished sources", "Printed works", "plain"),
        ("Bibliography", "Archive material", "Studies of the region", "italic"),
        ("Quellen- und Literaturverzeichnis", "Ungedruckte Quellen", "Literatur", "italic"),
        ("Quellen- und Literaturverzeichnis", "Archivalien", "Literatur", "plain"),
        ("Bibliographie", "Sources manuscrites", "Études", "bold"),
    ],
    ids=["en-italic", "en-plain", "en-italic-free", "de-italic", "de-plain", "fr-bold"],
)
def test_part_names_are_no_entries(heading: str, first: str, second: str, run: str) -> None:
    doc = parse_bytes(build_docx(_body(heading, first, second, run), _NOTES), "chapter.docx")
    assert [e.reference.raw for e in doc.literature] == _ENTRIES


def test_an_italic_title_starting_an_entry_is_no_part_name() -> None:
    body = _body("Bibliography", "Manuscripts", "Secondary literature", "italic")
    doc = parse_bytes(build_docx(body, _NOTES), "chapter.docx")
    assert doc.literature[1].reference.raw.startswith("Minutes of the Mill Board")
