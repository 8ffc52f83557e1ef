"""Body paragraphs for readers that clean their own inline markup (rst, wikitext).

:class:`BodyBuilder` collects cleaned text piece by piece, with the source
line of each piece, and markers at the current end of the text, so marker
columns are the real columns of the source and claims are found in clean
text.  Unlike :class:`~bibcheck.readers.common.BlockCollector` it does not
guess page breaks: a blank line ends a paragraph.

Link citations (:mod:`bibcheck.readers.links`) are recorded with
:meth:`BodyBuilder.link`; their marker offset is fixed when the paragraph
ends (the end of the sentence around the link).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bibcheck.model import RawMarker, TextBlock
from bibcheck.readers.links import LinkCollector, sentence_end
from bibcheck.readers.markuptables import (
    claim_offset,
    claims_row,
    row_breaks,
    sentence_cells,
)


@dataclass(slots=True)
class _Para:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    pieces: list[tuple[int, int]] = field(default_factory=list)
    markers: list[tuple[str, int, int, int]] = field(default_factory=list)  # label,line,col,off
    links: list[tuple[str, str, int, int, int]] = field(default_factory=list)  # url,text,ln,col,o
    line: int = 0
    # a table row (:meth:`BodyBuilder.row`): where each cell starts and ends
    cells: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class BodyBuilder:
    """Paragraphs of clean body text with marker and link positions."""

    links: LinkCollector = field(default_factory=LinkCollector)
    blocks: list[TextBlock] = field(default_factory=list)
    markers: list[RawMarker] = field(default_factory=list)
    _current: _Para | None = None

    def _para(self, line: int) -> _Para:
        if self._current is None:
            self._current = _Para(line=line)
        return self._current

    def text(self, line: int, text: str) -> None:
        """Append clean ``text`` from source ``line`` to the current paragraph."""
        if not text:
            return
        para = self._para(line)
        if text[0] == " " and (not para.parts or para.parts[-1].endswith(" ")):
            text = text.lstrip(" ")  # one space between words, whatever the source had
            if not text:
                return
        if para.line != line or not para.pieces:
            if para.pieces and para.pieces[-1][0] == para.length:
                para.pieces[-1] = (para.length, line)
            else:
                para.pieces.append((para.length, line))
            para.line = line
        para.parts.append(text)
        para.length += len(text)

    def newline(self, line: int) -> None:
        """A line break inside the paragraph (a space, unless the text ends with one)."""
        para = self._current
        if para is not None and para.parts and not para.parts[-1].endswith(" "):
            self.text(para.line, " ")

    def marker(self, label: str, line: int, column: int) -> None:
        """A citation marker at the current end of the paragraph."""
        para = self._para(line)
        if not para.pieces:
            para.pieces.append((0, line))
        para.markers.append((label, line, column, para.length))

    def link(self, url: str, text: str, line: int, column: int) -> None:
        """An external link whose visible text was just written."""
        para = self._para(line)
        if not para.pieces:
            para.pieces.append((0, line))
        para.links.append((url, text, line, column, para.length))

    def row(self, line: int) -> None:
        """A table row begins: a paragraph of its own whose cells (:meth:`cell`) are joined,
        a citation in any of them claiming the row (a sentence cell: its sentence)."""
        self.blank()
        self._para(line).cells = []

    def in_row(self) -> bool:
        """Is a table row (:meth:`row`) being read?"""
        return self._current is not None and self._current.cells is not None

    def cell(self, line: int) -> None:
        """A cell of the current row begins (a space apart from the cell before)."""
        para = self._para(line)
        if para.cells is None:
            return
        self._end_cell(para)
        if para.parts and not para.parts[-1].endswith(" "):
            self.text(line, " ")
        para.cells.append((para.length, para.length))

    @staticmethod
    def _end_cell(para: _Para) -> None:
        if para.cells:
            start, _ = para.cells[-1]
            text = "".join(para.parts)
            para.cells[-1] = (start, len(text.rstrip()))

    def heading(self, line: int, text: str) -> None:
        """A heading: a paragraph of its own."""
        self.blank()
        self.text(line, text)
        self.blank()

    def blank(self) -> None:
        """End the current paragraph."""
        para, self._current = self._current, None
        if para is None:
            return
        text = "".join(para.parts)
        if not text.strip() and not para.markers and not para.links:
            return
        index = len(self.blocks)
        breaks: tuple[int, ...] = ()
        rows: set[int] = set()  # the markers (indices) that claim the whole row
        if para.cells is not None:
            self._end_cell(para)
            sentences = sentence_cells(text, para.cells)
            breaks = row_breaks(para.cells, sentences)
            end = len(text.rstrip())
            rows = {k for k, (*_, off) in enumerate(para.markers) if claims_row(off, sentences)}
            para.markers = [
                (label, line, column, claim_offset(offset, sentences, end))
                for label, line, column, offset in para.markers
            ]
        self.blocks.append(TextBlock(text, tuple(para.pieces) or ((0, para.line),), breaks))
        for k, (label, line, column, offset) in enumerate(para.markers):
            self.markers.append(RawMarker(label, line, column, index, offset, row=k in rows))
        for url, shown, line, column, offset in para.links:
            end = sentence_end(text, offset)
            self.links.add(url, shown, line=line, column=column, block=index, offset=end)

    def finish(self) -> tuple[list[TextBlock], list[RawMarker]]:
        self.blank()
        return self.blocks, self.markers
