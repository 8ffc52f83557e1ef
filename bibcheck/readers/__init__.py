"""Reader registry: pick the reader that fits a manuscript.

A reader turns decoded text into a :class:`~bibcheck.model.RawDocument`
(markers, footnote definitions, literature items, body blocks).  Parsing
reference fields, claims, numbering and linking happen later and are shared
by all readers, so a new format only needs a new reader.

Each reader scores how well it fits a text (0 = not at all, 1 = certainly).
Scores are computed on the text with code, math and comments blanked
(:mod:`bibcheck.readers.mask`), so a BibTeX snippet in a code block or ``x[0]`` in
inline code cannot win a document for the wrong reader.  :func:`choose` takes the
highest score (the file extension breaks ties); the winner must reach
:data:`MIN_CONFIDENCE`, else the document is refused with a message saying what
citation-like text it has and which ``--reader`` might read it
(:mod:`bibcheck.readers.evidence`).  A runner-up within :data:`MARGIN` of the
winner makes the choice *uncertain*: the document is read, and a
``reader-uncertain`` anomaly names the runner-up.

Binary formats (DOCX, OpenDocument text) cannot be decoded to text first: such a reader has
``read_bytes`` and usually ``sniff``.  :func:`reader_for_bytes` is asked
before the bytes are decoded: a reader whose ``sniff`` recognises the bytes
wins, else one with ``read_bytes`` that claims the file extension.  A text
reader that needs the manuscript's path (LaTeX finds its ``.bib`` files next
to it) has ``read_at(text, path)``.  ``detect_styles`` asks the reference
parser to recognise APA, Chicago, IEEE/Vancouver and Harvard (see
:mod:`bibcheck.parse.references`); the Markdown readers keep the GOST/generic parse.
"""

from __future__ import annotations

# The built-in readers are listed here, and each loaded (imported, registering itself)
# the first time it is scored in earnest, named or chosen (:mod:`catalogue`).
from bibcheck.readers import catalogue  # noqa: F401
from bibcheck.readers.registry import (
    MARGIN,
    MIN_CONFIDENCE,
    Choice,
    Entry,
    Reader,
    ReadOptions,
    choose,
    cites_unread,
    forced,
    get_reader,
    hint,
    notes_unread,
    nothing_in_package,
    nothing_read,
    reader_for,
    reader_for_bytes,
    readers,
    refusal,
    register,
    scores,
)

__all__ = [
    "MARGIN",
    "MIN_CONFIDENCE",
    "Choice",
    "Entry",
    "ReadOptions",
    "Reader",
    "choose",
    "forced",
    "get_reader",
    "hint",
    "nothing_in_package",
    "nothing_read",
    "cites_unread",
    "notes_unread",
    "reader_for",
    "reader_for_bytes",
    "readers",
    "refusal",
    "register",
    "scores",
]
