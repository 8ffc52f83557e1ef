"""A numbered paragraph of a document's body, as the rules that read a document
paragraph by paragraph see it (Word and OpenDocument paragraphs, an HTML page's blocks):
its number (the location its findings name), its text, and whether it is a heading."""

from __future__ import annotations

from typing import Protocol

__all__ = ["Paragraph"]


class Paragraph(Protocol):
    """A body paragraph: its number, its text, and whether it heads a section."""

    @property
    def number(self) -> int: ...  # its line: the paragraph's 1-based number

    @property
    def text(self) -> str: ...

    @property
    def heading(self) -> bool: ...
