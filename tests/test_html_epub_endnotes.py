"""EPUB notes: ``epub:type`` note references, and endnotes kept in another file of the
book (one chapter per file, every note in ``endnotes.xhtml``).  Pages written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
    "<head><title>{title}</title></head>\n<body>\n"
)
CHAPTER = HEAD.format(title="Chapter One") + (
    '<section id="chapter-1" epub:type="chapter">\n'
    "<h2>The Lighthouse Keepers</h2>\n"
    "<p>The keepers kept logs for a century,"
    '<a href="endnotes.xhtml#note-1" id="noteref-1" epub:type="noteref">1</a>'
    " and the logs survive in two archives.</p>\n"
    "<p>Their wages were set by the Board in 1852."
    '<a href="endnotes.xhtml#note-2" id="noteref-2" epub:type="noteref">2</a></p>\n'
    "</section>\n</body>\n</html>\n"
)
ENDNOTES = HEAD.format(title="Endnotes") + (
    '<section id="endnotes" epub:type="endnotes">\n<h2>Endnotes</h2>\n<ol>\n'
    '<li id="note-1" epub:type="endnote">\n'
    "<p>Mara Quill, <i>Lamps on the Rock</i> (Harbour Press, 1998), 41. "
    '<a href="chapter-1.xhtml#noteref-1" epub:type="backlink">↩</a></p>\n</li>\n'
    '<li id="note-2" epub:type="endnote">\n'
    "<p>Board of Lights, <i>Annual Report for 1852</i> (Leith, 1853), 7. "
    '<a href="chapter-1.xhtml#noteref-2" epub:type="backlink">↩</a></p>\n</li>\n'
    '<li id="note-3" epub:type="endnote">\n'
    "<p>Tom Brae, <i>Fog Signals</i> (Tide Books, 2004), 9. "
    '<a href="chapter-2.xhtml#noteref-3" epub:type="backlink">↩</a></p>\n</li>\n'
    "</ol>\n</section>\n</body>\n</html>\n"
)


def _book(tmp_path: Path, files: dict[str, str]) -> Path:
    text = tmp_path / "epub" / "text"
    text.mkdir(parents=True)
    for name, body in files.items():
        (text / name).write_text(body, encoding="utf-8")
    return text


def test_a_chapter_reads_its_notes_from_the_endnotes_file(tmp_path: Path) -> None:
    text = _book(tmp_path, {"chapter-1.xhtml": CHAPTER, "endnotes.xhtml": ENDNOTES})
    doc = parse_file(text / "chapter-1.xhtml")
    assert [(f.label, f.markers[0].line) for f in doc.footnotes] == [("1", 7), ("2", 8)]
    first, second = doc.footnotes
    assert first.reference.title == "Lamps on the Rock" and first.reference.year == 1998
    assert "↩" not in first.reference.raw
    assert second.reference.year == 1853
    assert first.line == 8  # the note's line in endnotes.xhtml
    assert [f.text() for f in doc.bibliographies] == [
        "endnotes.xhtml (2 entries, named in the note links)"
    ]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.DEFINITION_WITHOUT_MARKER]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        pytest.param({}, "notes in endnotes.xhtml not read", id="file-missing"),
        pytest.param(
            {"endnotes.xhtml": ENDNOTES.replace('id="note-2"', 'id="note-9"')},
            "1 note link(s) point at notes endnotes.xhtml does not hold (#note-2",
            id="note-missing",
        ),
    ],
)
def test_notes_that_cannot_be_found_are_said(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    text = _book(tmp_path, {"chapter-1.xhtml": CHAPTER, **files})
    doc = parse_file(text / "chapter-1.xhtml")
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.INCLUDE_UNREADABLE]
    assert [a.line for a in unread] == [7] and message in unread[0].message


def test_notes_outside_the_book_are_not_read(tmp_path: Path) -> None:
    chapter = CHAPTER.replace("endnotes.xhtml#", "../../../elsewhere/notes.xhtml#")
    text = _book(tmp_path, {"chapter-1.xhtml": chapter})
    (tmp_path.parent / "elsewhere").mkdir(exist_ok=True)
    (tmp_path.parent / "elsewhere" / "notes.xhtml").write_text(ENDNOTES, encoding="utf-8")
    doc = parse_file(text / "chapter-1.xhtml")
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.INCLUDE_UNREADABLE]
    assert unread and "outside the book's folder" in unread[0].message
    assert all(f.reference.title != "Lamps on the Rock" for f in doc.footnotes)


def test_the_endnotes_file_alone_says_where_its_markers_are(tmp_path: Path) -> None:
    text = _book(tmp_path, {"endnotes.xhtml": ENDNOTES})
    with pytest.raises(
        InputError, match=r"3 notes whose markers are in chapter-1\.xhtml, chapter-2"
    ):
        parse_file(text / "endnotes.xhtml")


def test_epub_type_note_references_in_one_file(tmp_path: Path) -> None:
    page = HEAD.format(title="One file") + (
        '<p>Keepers logged the weather.<a href="#en-a" epub:type="noteref">1</a></p>\n'
        '<aside id="en-a" epub:type="footnote"><p>Mara Quill, <i>Lamps on the Rock</i>'
        " (Harbour Press, 1998), 41.</p></aside>\n</body>\n</html>\n"
    )
    (tmp_path / "one.xhtml").write_text(page, encoding="utf-8")
    doc = parse_file(tmp_path / "one.xhtml")
    assert [(f.label, f.reference.year) for f in doc.footnotes] == [("1", 1998)]
