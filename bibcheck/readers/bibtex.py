"""Reader for BibTeX/BibLaTeX files: a ``.bib`` is a document of references.

``bibcheck ingest refs.bib`` stores every entry as a literature entry
(numbered 1..N in file order, with the ``.bib``'s own line numbers) and no
footnotes, so its URLs, DOIs and duplicates are checked and reported like a
manuscript's.  The entries already carry fields, so each item hands the
pipeline a ready :class:`~bibcheck.model.Reference` (``RawNote.reference``)
instead of text to parse.

Parsing is done by :func:`bibcheck.bibfile.read_bib` (the only user of bibtexparser);
fields become a reference in :mod:`bibcheck.parse.references.bibtex`.  What is odd
is an anomaly and the rest of the file still loads:

* a block bibtexparser could not parse -> ``reference-unparsed``;
* a citation key defined twice, and two entries for the same work (same DOI,
  same normalised URL, or same title and year) -> ``literature-duplicate-entry``;
* a field written twice -> ``duplicate-field`` (the entry is kept, with the first
  value); a DOI written as a resolver or proxy URL -> ``doi-normalised`` (repair);
* URL repairs, an unusable URL, a web entry without URL, a malformed year or
  access date -> the same codes as for manuscripts.

Lines commented out with ``%`` are not read (see :func:`bibcheck.bibfile.read_bib`).
"""

from __future__ import annotations

import re

from bibcheck.bibfile import BibError, read_bib
from bibcheck.model import Anomaly, AnomalyCode, BibRecord, RawDocument, RawNote
from bibcheck.parse.references.bibtex import duplicate_works, to_reference
from bibcheck.readers.registry import Reader, register

NAME = "bibtex"
_ENTRY = re.compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]", re.M)
_MANUSCRIPT = re.compile(r"<sup>|\[\^[^\]]+\]|\\footnote\b|\\begin\{document\}|<dt?-cite\b")
# (and CSS at-rules: a page's style sheet in its front matter or <style>, "@media (...) {")
_NOT_ENTRIES = frozenset(
    {"comment", "string", "preamble"}
    | {"media", "import", "keyframes", "supports", "page", "charset", "namespace"}
    | {"layer", "container", "property", "document", "viewport", "scope"}
)


def score(text: str) -> float:
    """Fits when the text has ``@type{`` entries (not only comments or strings).

    A manuscript quoting a BibTeX entry (it has footnote markers) fits only weakly,
    so its own reader wins.
    """
    types = {m.group(1).lower() for m in _ENTRY.finditer(text)}
    if not types - _NOT_ENTRIES:
        return 0.0
    return 0.2 if _MANUSCRIPT.search(text) else 0.95


def read(text: str) -> RawDocument:
    """Every entry as a literature item with its reference already built."""
    records, errors = read_bib(text)
    notes = [_note(i, record) for i, record in enumerate(records, start=1)]
    anomalies = [_error_anomaly(e) for e in errors]
    anomalies.extend(duplicate_works(notes))
    return RawDocument(
        reader=NAME,
        title=None,
        blocks=(),
        markers=(),
        footnotes=(),
        literature=tuple(notes),
        anomalies=tuple(sorted(anomalies, key=lambda a: (a.line or 0, a.message))),
    )


def _error_anomaly(error: BibError) -> Anomaly:
    if error.duplicate_key is not None:
        first = (error.first_line,) if error.first_line is not None else ()
        return Anomaly(
            AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
            f"citation {error.message}",
            error.line,
            lines=(*first, error.line),
        )
    if error.name:
        return Anomaly(AnomalyCode.NAME_MALFORMED, error.message, error.line)
    return Anomaly(AnomalyCode.REFERENCE_UNPARSED, error.message, error.line)


def _note(number: int, record: BibRecord) -> RawNote:
    starts = tuple(range(record.line, record.end_line + 1))
    return RawNote(
        label=str(number),
        text=record.raw,
        line=record.line,
        end_line=record.end_line,
        line_starts=starts,
        reference=to_reference(record),
    )


READER = register(Reader(NAME, (".bib", ".biblatex"), score, read))
