"""A report kept in an archive and never printed: an archival file, not a ``report``.

A censor's reader's report, an inspector's or an agent's report to his office survives as
a manuscript or typescript in the archive of the office it went to, and is cited by its
repository and call number: ``A. B. Reader, reader's report, 2 May 1921, British Library,
Lord Chamberlain's Plays Correspondence, LCP Corr 1921/407``.  The corpus files archival
documents as ``unknown`` "unless printed as a report or book" (tests/corpus/README.md,
"Kinds of sources"): the word ``report`` makes no printed report of it.  A report printed
by a publisher or a government printer (an imprint read, or ``(Place: Publisher, year)``,
which :func:`bibcheck.parse.references.archival.archival_file` already leaves out) stays a
report.
"""

from __future__ import annotations

from bibcheck.model import Reference
from bibcheck.parse.references.archival import archival_file

__all__ = ["unprinted"]


def unprinted(ref: Reference, text: str) -> bool:
    """Is ``text`` (read as ``ref``) a report in an archive by its repository and call
    number, no publisher named?"""
    return ref.publisher is None and ref.place is None and archival_file(text)
