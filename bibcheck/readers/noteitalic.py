"""A note read with its italics (Word's, OpenDocument's): the reference its italics give
in a tradition that ends a title with them, and the marked text the note parsers are given.

The Polish, Czech and Slovak tradition sets a book's or article's title in italics and
nothing else (:mod:`bibcheck.parse.references.polish_notes`): such a note is read with its
italics by the reader.  Any other note keeps its marked text (``*Title*``) for the note
parsers (``RawNote.marked``), when its italics mark something.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import Anomaly, AnomalyCode, RawNote, Reference
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.polish_notes import STATUTE_START, polish_note

__all__ = ["note_marked", "package_note", "tradition_ref"]


def tradition_ref(text: str, italic: str, line: int) -> Reference | None:
    """The reference of a note (``text``; ``italic`` the same with its italics ``*…*``)
    whose italics end its title in a tradition that sets titles so, or None."""
    if "*" not in italic and not STATUTE_START.match(text):
        return None
    starts = tuple(line for _ in text.split("\n"))
    return polish_note(italic, parse_reference(text, starts, detect_styles=True, note=True))


def note_marked(italic: str, ref: Reference | None) -> str:
    """The marked text a note with no reference of its own is given (``""``: none)."""
    return italic if ref is None and "*" in italic else ""


def package_note(
    label: str, text: str, italic: str, line: int, ref: Reference | None, links: Sequence[str]
) -> tuple[RawNote, list[Anomaly]]:
    """A note of a word-processor package (DOCX, OpenDocument) at ``line``: its reference
    (``ref``, a citation manager's, else the tradition's: :func:`tradition_ref`), its
    marked text, and an anomaly for each of ``links`` (its links whose text differs from
    their target, as the reader words them)."""
    if ref is None:
        ref = tradition_ref(text, italic, line)
    starts = tuple(line for _ in text.split("\n"))
    # (the italics give the title: read with them when the note is parsed)
    marked = note_marked(italic, ref)
    note = RawNote(label, text, line, line, starts, reference=ref, marked=marked)
    differ = [
        Anomaly(AnomalyCode.URL_LINK_TEXT_DIFFERS, msg, line, footnote=label) for msg in links
    ]
    return note, differ
