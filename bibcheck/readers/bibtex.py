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
from pathlib import PurePath

from bibcheck.bibfile import BibError, read_bib
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, BibRecord, RawDocument, RawNote
from bibcheck.parse.references.bibtex import duplicate_works, to_reference
from bibcheck.readers.bibdefects import duplicate_in_document
from bibcheck.readers.mask import mask
from bibcheck.readers.registry import Reader, register
from bibcheck.text import editor_lines

NAME = "bibtex"
_ENTRY = lazy_compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]", re.M)
# (a footnote's label holds no bracket: a run of "[^" is scanned once, not from each "[^")
_MANUSCRIPT = lazy_compile(r"<sup>|\[\^[^\[\]]++\]|\\footnote\b|\\begin\{document\}|<dt?-cite\b")
# (and CSS at-rules: a page's style sheet in its front matter or <style>, "@media (...) {")
_NOT_ENTRIES = frozenset(
    {"comment", "string", "preamble"}
    | {"media", "import", "keyframes", "supports", "page", "charset", "namespace"}
    | {"layer", "container", "property", "document", "viewport", "scope"}
)

_EXTENSIONS = (".bib", ".biblatex", ".bibtex")
_QUOTED = 0.2  # the fit of a text that only quotes entries (below MIN_CONFIDENCE)
_MOSTLY = 0.5  # the share of a text its entries and comments must account for


def score(text: str) -> float:
    """Fits when the text has ``@type{`` entries (not only comments or strings).

    A manuscript quoting a BibTeX entry (it has footnote markers) fits only weakly,
    so its own reader wins.
    """
    types = {m.group(1).lower() for m in _ENTRY.finditer(text)}
    if not types - _NOT_ENTRIES:
        return 0.0
    return _QUOTED if _MANUSCRIPT.search(text) else 0.95


def score_at(text: str, path: str) -> float:
    """The fit of ``text`` at ``path``: a ``.bib`` is a bibliography whatever else it
    holds (BibTeX ignores text between entries), but any other file must be mostly
    entries. An e-mail or a mailing-list post that quotes an entry or two among pages of
    prose is not a bibliography, and its own reader (or a refusal) is the right answer."""
    masked = mask(text)
    fit = score(masked)
    if fit <= _QUOTED or PurePath(path).suffix.lower() in _EXTENSIONS:
        return fit
    return fit if accounted(masked) >= _MOSTLY else _QUOTED


def accounted(text: str) -> float:
    """The share of the non-blank lines of ``text`` that BibTeX syntax accounts for: the
    lines of ``@type{…}`` blocks (entries, ``@comment``, ``@string``, ``@preamble``, from
    the ``@`` to the brace that closes it) and ``%`` comment lines.

    Braces are counted line by line; a block that never closes counts its lines up to
    the next block, or only its first line when no block follows (an entry quoted
    without its end in a letter claims nothing of the letter). Linear in the text."""
    lines = editor_lines(text)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if not filled:
        return 0.0
    covered = 0
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.lstrip().startswith("%"):
            covered += 1
            k += 1
            continue
        start = _ENTRY.match(line)
        if start is None:
            k += 1
            continue
        end = _block_end(lines, k, line[start.end() - 1])
        covered += sum(1 for j in range(k, end) if lines[j].strip())
        k = end
    return covered / len(filled)


def _block_end(lines: list[str], first: int, opener: str) -> int:
    """The index after the last line of the block opened at line ``first``."""
    closer = "}" if opener == "{" else ")"
    depth = 0
    for k in range(first, len(lines)):
        if k > first and _ENTRY.match(lines[k]):
            return k  # never closed: the next block starts here
        depth += lines[k].count(opener) - lines[k].count(closer)
        if depth <= 0:
            return k + 1
    return first + 1


def read(text: str) -> RawDocument:
    """Every entry as a literature item with its reference already built."""
    records, errors = read_bib(text)
    notes = [_note(i, record) for i, record in enumerate(records, start=1)]
    anomalies = [_error_anomaly(e) for e in errors]
    # a DOI taken from a crossref/xdata parent is the parent's (a chapter's, its book's);
    # an @xdata entry is data for others to take, no work of its own
    pairs = list(zip(notes, records, strict=True))
    borrowed = {n.label for n, r in pairs if "doi" in r.inherited}
    works = [n for n, r in pairs if r.entry_type != "xdata"]
    anomalies.extend(duplicate_works(works, borrowed))
    return reference_list(NAME, notes, anomalies)


def reference_list(reader: str, entries: list[RawNote], anomalies: list[Anomaly]) -> RawDocument:
    """A bibliography file given alone (a ``.bib``, a CSL-JSON or CSL-YAML file): its
    ``entries`` are the literature, nothing cites them; anomalies in line order."""
    return RawDocument(
        reader=reader,
        title=None,
        blocks=(),
        markers=(),
        footnotes=(),
        literature=tuple(entries),
        anomalies=tuple(sorted(anomalies, key=lambda a: (a.line or 0, a.message))),
    )


def _error_anomaly(error: BibError) -> Anomaly:
    duplicate = duplicate_in_document(error)
    if duplicate is not None:
        return duplicate
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


READER = register(Reader(NAME, _EXTENSIONS, score, read, score_at=score_at))
