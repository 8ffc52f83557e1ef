"""Coverage: what was read from a document and what was not, in one line.

Every report and ``bibcheck show`` print it, so "0 findings" can be read for what it
is: findings about what was read.  What was read is counted from the parsed
document (markers, footnotes, works cited by key, literature entries); what was not
is counted from the anomalies that say so (a reference list none of whose items
was understood, a citation key with no entry, an unreadable included file or
bibliography, a size cap reached, a damaged document, references whose fields could
not be parsed) and an uncertain reader choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.model import AnomalyCode, ParsedDocument, SourceFormat

__all__ = [
    "NOTEBOOK_NOT_READ",
    "NOT_READ",
    "NO_CITATIONS",
    "Coverage",
    "bibliography_unread",
    "coverage",
]

NO_CITATIONS = "no citations found: the document cites nothing"
"""What the coverage line says of a document that yielded nothing at all."""

NOTEBOOK_NOT_READ = "code cells, raw cells and outputs"
"""What of a Jupyter notebook is not read (only its Markdown cells are)."""

A = AnomalyCode
NOT_READ: dict[AnomalyCode, tuple[str, str]] = {
    # (a reference list, page-bottom notes with no marker, an unknown citation command)
    A.UNREAD_REGION: ("part with citations not read", "parts with citations not read"),
    A.CITATION_KEY_MISSING: ("citation key with no entry", "citation keys with no entry"),
    A.CITATION_AMBIGUOUS: (
        "citation tied to no single entry",
        "citations tied to no single entry",
    ),
    A.INCLUDE_UNREADABLE: ("included file not read", "included files not read"),
    A.BIBLIOGRAPHY_UNREADABLE: ("bibliography problem", "bibliography problems"),
    A.LIMIT_REACHED: ("size limit reached", "size limits reached"),
    A.DOCUMENT_DAMAGED: ("damaged part", "damaged parts"),
    A.REFERENCE_UNPARSED: ("reference not parsed into fields", "references not parsed into fields"),
}
"""Anomaly codes that mean part of the document was not (fully) read: singular, plural."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """What one document yielded, and what it did not."""

    reader: str
    confidence: float | None
    chosen_by: str
    markers: int  # citation markers in the body
    stray_markers: int  # of which point at no note
    footnotes: int  # notes written in the document
    cited_keys: int  # works cited by key (\\cite, [@key], cite:key) and resolved
    literature: int  # reference-list / bibliography entries
    not_read: dict[str, int]  # anomaly code -> count, for the codes in NOT_READ
    uncertain: bool  # the reader choice was close (reader-uncertain)
    # the bibliography files the keys were looked up in: "refs.bib (42 entries, named in
    # _quarto.yml)"
    bibliographies: tuple[str, ...] = ()
    # the container the text was taken from (a Jupyter notebook: its Markdown cells)
    source_format: SourceFormat = SourceFormat.TEXT

    @property
    def source_not_read(self) -> str | None:
        """The parts of the container that were not read (a notebook's code cells and
        outputs), or None."""
        return NOTEBOOK_NOT_READ if self.source_format is SourceFormat.NOTEBOOK else None

    def reader_text(self) -> str:
        """``"pandoc-markdown (confidence 0.90)"``; ``"latex (forced with --reader)"``."""
        if self.chosen_by == "option":
            how = "forced with --reader"
            if self.confidence is not None:
                how += f", fits {self.confidence:.2f}"
        elif self.confidence is None:
            how = "confidence not recorded"
        else:
            how = f"confidence {self.confidence:.2f}"
            if self.chosen_by in ("signature", "extension"):
                how += f", by file {self.chosen_by}"
        text = f"{self.reader} ({how}{'; uncertain' if self.uncertain else ''})"
        if self.source_format is SourceFormat.NOTEBOOK:
            text += " on the Markdown cells of a Jupyter notebook"
        return text

    def notes_text(self) -> str:
        """``"12 footnotes"``, ``"8 works cited by key"``, ``"2 footnotes, 54 works cited
        by key"``: the notes a report's header counts (a work cited by key is no footnote)."""
        parts = (
            [_count(self.footnotes, "footnote")] if self.footnotes or not self.cited_keys else []
        )
        if self.cited_keys:
            parts.append(_count(self.cited_keys, "work cited by key", "works cited by key"))
        return ", ".join(parts)

    def read_text(self) -> str:
        parts = [_count(self.markers, "marker")]
        if self.stray_markers:
            parts[0] += f" ({self.stray_markers} pointing at no note)"
        parts.append(_count(self.footnotes, "footnote"))
        if self.cited_keys:
            parts.append(_count(self.cited_keys, "work cited by key", "works cited by key"))
        parts.append(_count(self.literature, "literature entry", "literature entries"))
        read = ", ".join(parts)
        if not (self.markers or self.footnotes or self.cited_keys or self.literature):
            # (a document its reader knows by its form -- a LaTeX file, a .bib -- that cites
            # nothing is stored, not refused: said plainly, not left as a row of zeros)
            read += f" ({self._nothing_found()})"
        elif self.literature and not (self.markers or self.footnotes or self.cited_keys):
            # (a stand-alone literature file, an appendix of a thesis written chapter by
            # chapter: its entries are checked, nothing in it cites them)
            read += " (a reference list only, no citations)"
        if self.bibliographies:
            read += f"; bibliography: {', '.join(self.bibliographies)}"
        return read

    def _nothing_found(self) -> str:
        """What a document that yielded nothing is said to be: one that cites nothing, or,
        when part of it was not read (its included files missing), one whose citations,
        if any, are in what was not read."""
        unread = self.not_read.get(A.INCLUDE_UNREADABLE.value, 0)
        regions = self.not_read.get(A.UNREAD_REGION.value, 0)
        if not unread and regions:
            # (a draft's unformatted citation-manager placeholders with no list to check
            # them against: it cites, and what it cites was not read)
            return (
                f"no citations read: {_count(regions, *NOT_READ[A.UNREAD_REGION])}, "
                "see the anomalies"
            )
        if not unread:
            return NO_CITATIONS
        return (
            "no citations found in what was read: the included "
            f"file{'s' if unread != 1 else ''} that would hold them "
            f"{'were' if unread != 1 else 'was'} not read"
        )

    def not_read_text(self) -> str:
        names = {code.value: forms for code, forms in NOT_READ.items()}
        parts = [_count(n, *names[code]) for code, n in self.not_read.items() if code in names]
        if self.source_not_read:
            parts.append(f"the notebook's {self.source_not_read}")
        return ", ".join(parts) or "nothing reported"

    def counts_text(self, anomalies: int) -> str:
        """``"2 footnotes, 54 works cited by key, 64 markers, 30 literature entries, 1
        anomalies"``: the one-line count ``ingest``, ``run`` and ``show`` print, counting
        what the coverage line counts (a work cited by key is no footnote written in the
        document)."""
        keyed = ""
        if self.cited_keys:
            keyed = f"{_count(self.cited_keys, 'work', 'works')} cited by key, "
        return (
            f"{self.footnotes} footnotes, {keyed}{self.markers} markers, "
            f"{self.literature} literature entries, {anomalies} anomalies"
        )

    def line(self) -> str:
        """The coverage line: reader, what was read (and from which bibliography files),
        what was not."""
        return (
            f"Reader {self.reader_text()}. Read: {self.read_text()}. "
            f"Not read: {self.not_read_text()}."
        )

    def as_json(self) -> dict[str, object]:
        return {
            "reader": self.reader,
            "confidence": self.confidence,
            "chosen_by": self.chosen_by or None,
            "uncertain": self.uncertain,
            "markers": self.markers,
            "stray_markers": self.stray_markers,
            "footnotes": self.footnotes,
            "cited_keys": self.cited_keys,
            "literature_entries": self.literature,
            "not_read": dict(self.not_read),
            "bibliographies": list(self.bibliographies),
            "source_format": self.source_format.value or None,
            "source_not_read": self.source_not_read,
            "text": self.line(),
        }


def bibliography_unread(cover: Coverage) -> bool:
    """Nothing of the bibliography the document cites by key could be read: a named
    bibliography file is missing or unreadable, no cited key resolved, no entry was read,
    and keys are cited.  The document was not fully read (``ingest`` exits 2)."""
    return (
        A.BIBLIOGRAPHY_UNREADABLE.value in cover.not_read
        and A.CITATION_KEY_MISSING.value in cover.not_read
        and cover.cited_keys == 0
        and cover.literature == 0
    )


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def coverage(doc: ParsedDocument) -> Coverage:
    """Count what ``doc`` yielded and what its anomalies say was not read."""
    keyed = sum(1 for fn in doc.footnotes if fn.literature and fn.literature.method == "key")
    markers = sum(len(fn.markers) for fn in doc.footnotes) + len(doc.stray_markers)
    not_read: dict[str, int] = {}
    uncertain = False
    for a in doc.all_anomalies():
        if a.code in NOT_READ:
            not_read[a.code.value] = not_read.get(a.code.value, 0) + 1
        uncertain = uncertain or a.code is A.READER_UNCERTAIN
    order = [code.value for code in NOT_READ]
    return Coverage(
        reader=doc.reader,
        confidence=doc.reader_confidence,
        chosen_by=doc.reader_chosen_by,
        markers=markers,
        stray_markers=len(doc.stray_markers),
        footnotes=len(doc.footnotes) - keyed,
        cited_keys=keyed,
        literature=len(doc.literature),
        not_read={k: not_read[k] for k in order if k in not_read},
        uncertain=uncertain,
        # (each file once: a reader that lists a file named twice says nothing more)
        bibliographies=tuple(dict.fromkeys(f.text() for f in doc.bibliographies)),
        source_format=doc.source_format,
    )
