"""A word-processor paragraph's text, walked run by run: one way for DOCX and ODT.

The DOCX and ODT readers each walk their own XML (Word's ``w:r`` runs and ``w:hyperlink``,
LibreOffice's ``text:span`` and ``text:a``) with a walker of their own: a
:class:`RunWalker`, made with ``render_links`` (notes and list entries: link targets
written into the text; the body: visible text only) and ``italics`` (italic runs between
``ITALIC_OPEN`` and ``ITALIC_CLOSE``).  What a paragraph's text is for a list entry is the
same for both, and said once here: :func:`linked_text` (links written in, the link notes
beside) and :func:`italic_text` (the same text, its italics marked).
"""

from __future__ import annotations

from typing import Protocol, TypeVar
from xml.etree import ElementTree as ET

__all__ = ["RunWalker", "WalkerFactory", "italic_text", "linked_text", "walked"]


class RunWalker(Protocol):
    """A reader's walk over one paragraph's XML."""

    @property
    def link_notes(self) -> list[str]: ...

    def walk(self, element: ET.Element) -> None: ...

    def text(self) -> str: ...


_Walker = TypeVar("_Walker", bound=RunWalker, covariant=True)


class WalkerFactory(Protocol[_Walker]):
    """A reader's walker for one paragraph, the reader's own context (its link targets,
    its styles) already given."""

    def __call__(self, *, render_links: bool, italics: bool = False) -> _Walker: ...


def walked(
    make: WalkerFactory[_Walker], element: ET.Element, *, render_links: bool, italics: bool = False
) -> _Walker:
    """A walker made by ``make`` that has walked ``element``."""
    walker = make(render_links=render_links, italics=italics)
    walker.walk(element)
    return walker


def linked_text(make: WalkerFactory[RunWalker], element: ET.Element) -> tuple[str, list[str]]:
    """The paragraph's text with link targets written in (for literature entries), and its
    link notes."""
    walker = walked(make, element, render_links=True)
    return walker.text(), walker.link_notes


def italic_text(make: WalkerFactory[RunWalker], element: ET.Element) -> str:
    """:func:`linked_text`'s text with its italic runs between ``ITALIC_OPEN`` and
    ``ITALIC_CLOSE`` (a list entry's italics tell its kind and title)."""
    return walked(make, element, render_links=True, italics=True).text()
