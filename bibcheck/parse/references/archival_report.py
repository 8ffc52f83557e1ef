"""A report kept in an archive and never printed: an archival file, not a ``report``.

A censor's reader's report, an inspector's or an agent's report to his office survives as
a manuscript or typescript in the archive of the office it went to, and is cited by its
repository and call number: ``A. B. Reader, reader's report, 2 May 1921, British Library,
Lord Chamberlain's Plays Correspondence, LCP Corr 1921/407``.  The corpus files archival
documents as ``unknown`` "unless printed as a report or book" (tests/corpus/README.md,
"Kinds of sources"): the word ``report`` makes no printed report of it.  A report printed
by a publisher or a government printer (an imprint read, or ``(Place: Publisher, year)``,
which :func:`bibcheck.parse.references.archival.archival_file` already leaves out, or
``Place: Publisher, year`` as a list writes it; a parliamentary paper's number, ``Cmd.
1234``, ``HC 1921 (56)``) stays a report, wherever its copy is kept.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.archival import archival_file

__all__ = ["unprinted"]

# "London: HMSO, 1922", "Washington, DC: Government Printing Office, 1921"
_IMPRINT = lazy_compile(
    r"\b[A-Z][\w'’.]*+(?:[ ,]{1,2}[A-Z][\w'’.]*+){0,3}:\s[A-Z][^:;]{1,80}?,\s\d{4}\b"
)
# a parliamentary paper's command or sessional number: "Cmd. 1234", "Cd 5678", "HC 1921 (56)"
_PAPER = lazy_compile(
    r"\b(?:Cmnd|Cmd|Cd|Cm)\.?\s\d|\bH[CL]\s(?:Paper\s)?\d{4}(?:[–-]\d{2,4})?\s?\(\d"
)


# APA's description of the form in brackets, read where a publisher stands after the
# report's number: "(…, File No. 112/1936) [Archival file].", "[Unpublished manuscript]"
_DESCRIPTION = lazy_compile(r"\[[^\[\]]{2,60}\]")


def unprinted(ref: Reference, text: str) -> bool:
    """Is ``text`` (read as ``ref``) a report in an archive by its repository and call
    number, printed by no publisher?"""
    return (
        (ref.publisher is None or _DESCRIPTION.fullmatch(ref.publisher) is not None)
        and ref.place is None
        and archival_file(text)
        and _IMPRINT.search(text) is None
        and _PAPER.search(text) is None
    )
