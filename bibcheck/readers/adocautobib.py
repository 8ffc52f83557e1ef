"""The database asciidoctor-bibtex finds by itself when no attribute names one.

asciidoctor-bibtex reads the ``.bib`` named by ``:bibtex-file:``; when the attribute is
not set it searches the document's folder for a ``*.bib`` file and reads it (then the
folder the build runs in, then ``~/Documents``, which are not the document's and are not
looked at here).  So a document that cites with ``cite:[key]`` and names no database is
checked against the one ``.bib`` beside it, as asciidoctor-bibtex would read it.  With
several ``.bib`` files beside it the choice is the tool's listing order, not the
writer's: none is taken, and the citations stay unresolved with the usual anomaly
(``--bibliography FILE`` or ``:bibtex-file:`` settles it).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bibcheck.readers.bibsource import Source

__all__ = ["FOUND_BY", "folder_source", "sole_database"]

# How the file is shown where the document would name it ("refs.bib (named in ...)")
FOUND_BY = "asciidoctor-bibtex's search of the document's folder"


def sole_database(names: Iterable[str]) -> str | None:
    """The one BibTeX database among ``names`` (the file names of a folder): None when
    there is none or more than one (asciidoctor-bibtex's pick would be arbitrary)."""
    found = [n for n in names if n.lower().endswith(".bib") and not n.startswith(".")]
    return found[0] if len(found) == 1 else None


def folder_source(path: str) -> Source | None:
    """The ``.bib`` asciidoctor-bibtex reads for the document at ``path`` when it names
    none: the only one in its folder (None: no path, no such file, or several)."""
    if not path:
        return None
    folder = Path(path).parent
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:  # an unreadable folder, a name too long for the file system
        return None
    name = sole_database(sorted(names))
    return Source(name, folder, None, named_in=FOUND_BY) if name else None
