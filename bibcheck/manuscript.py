"""The ingest pipeline: manuscript bytes -> :class:`ParsedDocument` (no I/O but reading).

Stages, each a pure function of the previous one's output:
decode -> reader (syntax) -> reference fields -> claims -> numbering checks ->
footnote/literature linking.  Storing is separate (:mod:`bibcheck.store`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    ClaimKind,
    Footnote,
    LiteratureEntry,
    Marker,
    ParsedDocument,
    RawDocument,
    Reference,
)
from bibcheck.parse.claim_text import MAX_CLAIM_CHARS, ClaimIndex
from bibcheck.parse.matching import LiteratureIndex, differences
from bibcheck.parse.numbering import check_numbering
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import resolve_repeat_notes
from bibcheck.readers import get_reader, reader_for, reader_for_bytes
from bibcheck.readers.decode import decode, read_regular_file

PARSER_VERSION = "7"  # bump when parsing changes, so stored documents are re-parsed


def document_id(data: bytes) -> str:
    """Content id of a manuscript: SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def parse_file(path: str | Path, reader: str | None = None) -> ParsedDocument:
    """Read and parse a manuscript file."""
    p = Path(path)
    data = read_regular_file(p)  # only regular files, size checked while reading
    # The absolute path identifies the file: "v.md", "./v.md" and "../x/v.md" are one.
    return parse_bytes(data, str(p.resolve()), reader)


def parse_bytes(data: bytes, path: str, reader: str | None = None) -> ParsedDocument:
    """Parse a manuscript given as bytes; ``path`` names it (and hints the format).

    Byte-level readers (DOCX) are tried before the bytes are decoded as text.
    After the document is built, one separate step resolves "Ibid." and
    shortened repeat notes to the earlier note they repeat
    (:func:`bibcheck.parse.references.repeat.resolve_repeat_notes`).
    """
    chosen = get_reader(reader) if reader else reader_for_bytes(path, data)
    extra: list[Anomaly] = []
    if chosen is not None and chosen.read_bytes is not None:
        raw = chosen.read_bytes(data, path)
        encoding = "utf-8"  # the XML parts of a package
    else:
        decoded = decode(data, path)
        chosen = chosen or reader_for(path, decoded.text)
        raw = chosen.read_text(decoded.text, path)
        encoding = decoded.encoding
        if decoded.guessed:
            extra.append(
                Anomaly(
                    AnomalyCode.ENCODING_GUESSED,
                    f"not UTF-8; decoded as {decoded.encoding} (a guess: check non-Latin text)",
                    None,
                )
            )
    doc = build_document(
        raw,
        doc_id=document_id(data),
        path=path,
        encoding=encoding,
        extra=extra,
        detect_styles=chosen.detect_styles,
    )
    # Separate step: repeat notes take the reference of the note they repeat.
    return resolve_repeat_notes(doc)


def build_document(
    raw: RawDocument,
    *,
    doc_id: str,
    path: str,
    encoding: str = "utf-8",
    extra: Sequence[Anomaly] = (),
    detect_styles: bool = False,
) -> ParsedDocument:
    """Turn a reader's syntax-level document into the parsed model."""
    literature = _literature(raw, detect_styles)
    index = LiteratureIndex(literature)
    markers, claim_notes = _markers(raw)
    anomalies: list[Anomaly] = [*extra, *raw.anomalies, *_claimless(markers), *claim_notes]
    anomalies.extend(
        check_numbering(raw.markers, raw.footnotes, markers_reusable=raw.markers_reusable)
    )
    footnotes: list[Footnote] = []
    cited: set[int] = set()
    seen: set[str] = set()
    for note in raw.footnotes:
        parsed = note.reference or parse_reference(
            note.text, note.line_starts or (note.line,), detect_styles=detect_styles
        )
        ref = _tag(parsed, note.label, None)
        match = index.match(ref) if literature else None
        if match is not None:
            cited.add(match.number)
            anomalies.extend(differences(ref, index.entry(match), match, note.label))
        elif literature:
            anomalies.append(
                Anomaly(
                    AnomalyCode.LITERATURE_MISSING,
                    f"footnote {note.label} cites a work that is not in the literature list",
                    note.line,
                    footnote=note.label,
                )
            )
        own = () if note.label in seen else tuple(markers.get(note.label, ()))
        seen.add(note.label)
        number = int(note.label) if note.label.isdigit() else None
        footnotes.append(Footnote(note.label, number, note.line, ref, own, match))
    for entry in literature:
        if entry.number not in cited and raw.footnotes:
            anomalies.append(
                Anomaly(
                    AnomalyCode.LITERATURE_UNCITED,
                    f"literature entry {entry.number} is cited by no footnote",
                    entry.line,
                    literature_entry=entry.number,
                )
            )
    if raw.footnotes and not literature:
        anomalies.append(Anomaly(AnomalyCode.NO_LITERATURE_LIST, "no literature list found", None))
    defined = {n.label for n in raw.footnotes}
    stray = tuple(m for label, ms in markers.items() if label not in defined for m in ms)
    return ParsedDocument(
        id=doc_id,
        path=path,
        reader=raw.reader,
        title=raw.title,
        encoding=encoding,
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        stray_markers=stray,
    )


def _tag(ref: Reference, footnote: str | None, entry: int | None) -> Reference:
    """Say which footnote or literature entry each of a reference's anomalies concerns."""
    tagged = tuple(replace(a, footnote=footnote, literature_entry=entry) for a in ref.anomalies)
    return replace(ref, anomalies=tagged)


def _literature(raw: RawDocument, detect_styles: bool) -> list[LiteratureEntry]:
    entries = []
    for i, note in enumerate(raw.literature, start=1):
        number = int(note.label) if note.label.isdigit() else i
        parsed = note.reference or parse_reference(
            note.text, note.line_starts or (note.line,), detect_styles=detect_styles
        )
        ref = _tag(parsed, None, number)
        entries.append(LiteratureEntry(number, note.line, ref, note.label))
    return entries


def _markers(raw: RawDocument) -> tuple[dict[str, list[Marker]], list[Anomaly]]:
    """Markers by label, each with the claim it supports (each block indexed once)."""
    indexes: dict[int, ClaimIndex] = {}

    def index(i: int) -> ClaimIndex:
        if i not in indexes:
            indexes[i] = ClaimIndex(raw.blocks[i])
        return indexes[i]

    found: dict[str, list[Marker]] = {}
    for m in raw.markers:
        previous = index(m.block - 1) if m.block > 0 else None
        claim = index(m.block).claim_at(m.offset, previous)
        marker = Marker(m.label, m.line, m.column, claim, m.displaced_from)
        found.setdefault(m.label, []).append(marker)
    truncated = sum(i.truncated for i in indexes.values())
    notes = []
    if truncated:
        notes.append(
            Anomaly(
                AnomalyCode.LIMIT_REACHED,
                f"{truncated} claim(s) longer than {MAX_CLAIM_CHARS:,} characters (no sentence "
                "end found) were shortened to their last words, after '…'",
                None,
            )
        )
    return found, notes


def _claimless(markers: dict[str, list[Marker]]) -> list[Anomaly]:
    return [
        Anomaly(
            AnomalyCode.CLAIM_NOT_FOUND,
            f"no text before marker {m.label}: the claim it supports cannot be found",
            m.line,
            footnote=m.label,
        )
        for ms in markers.values()
        for m in ms
        if m.claim is None or m.claim.kind is ClaimKind.NONE
    ]
