"""Shared helpers for the finding families: who cites a URL, how to build a finding.

Every family works on one :class:`~bibcheck.model.ParsedDocument`; these
helpers index it once (URL -> footnotes, literature entries and lines) so the
families stay small and pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bibcheck.model import Finding, FindingKind, ParsedDocument, Reference, Severity


@dataclass(slots=True)
class Citations:
    """Where one URL is cited in a document."""

    footnotes: list[str] = field(default_factory=list)
    literature: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def merged(self, other: Citations) -> Citations:
        return Citations(
            self.footnotes + other.footnotes,
            self.literature + other.literature,
            self.lines + other.lines,
        )


def citations_by_url(doc: ParsedDocument) -> dict[str, Citations]:
    """Clean URL -> the footnotes and literature entries citing it (document order)."""
    found: dict[str, Citations] = {}
    for fn in doc.footnotes:
        # (every URL of the note: its reference's, then the others its text links)
        for url in _urls_of(fn.reference):
            cites = found.setdefault(url, Citations())
            cites.footnotes.append(fn.label)
            cites.lines.append(fn.reference.line)
    for entry in doc.literature:
        for url in _urls_of(entry.reference):
            cites = found.setdefault(url, Citations())
            cites.literature.append(entry.number)
            cites.lines.append(entry.reference.line)
    return found


def _urls_of(ref: Reference) -> list[str]:
    """The reference's URL and every other URL its text names, each once."""
    return list(dict.fromkeys(u for u in (ref.url, *ref.links) if u))


def display_url(doc: ParsedDocument, url: str) -> str:
    """The URL as written (non-ASCII kept) for messages; the clean URL otherwise."""
    for ref in [fn.reference for fn in doc.footnotes] + [e.reference for e in doc.literature]:
        if ref.url == url and ref.url_display:
            return ref.url_display
    return url


def finding(
    kind: FindingKind,
    severity: Severity,
    message: str,
    *,
    doc: ParsedDocument,
    suggestion: str = "",
    footnotes: Iterable[str] = (),
    literature: Iterable[int] = (),
    lines: Iterable[int | None] = (),
    urls: Iterable[str] = (),
    evidence: Iterable[tuple[str, object]] = (),
    cites: Citations | None = None,
) -> Finding:
    """A :class:`Finding` with every collection de-duplicated and sorted.

    ``cites`` adds the footnotes, literature entries and lines of a citation.
    """
    if cites is not None:
        footnotes = [*footnotes, *cites.footnotes]
        literature = [*literature, *cites.literature]
        lines = [*lines, *cites.lines]
    return Finding(
        kind=kind,
        severity=severity,
        message=message,
        suggestion=suggestion,
        document=doc.id,
        footnotes=tuple(sorted(set(footnotes), key=label_key)),
        literature_entries=tuple(sorted(set(literature))),
        lines=tuple(sorted({n for n in lines if n is not None})),
        urls=tuple(sorted(set(urls))),
        evidence=tuple((name, _text(value)) for name, value in evidence if value is not None),
    )


def label_key(label: str) -> tuple[int, int, str]:
    """Sort footnote labels numerically when they are numbers ("2" < "10" < "a")."""
    return (0, int(label), "") if label.isdigit() else (1, 0, label)


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def where(cites: Citations, sep: str = " and ") -> str:
    """``footnotes 2, 10 and literature entry 2``."""
    parts = [
        join_labels("footnote", cites.footnotes),
        join_labels("literature entry", cites.literature),
    ]
    return sep.join(p for p in parts if p) or "the document"


def join_labels(prefix: str, labels: Iterable[object]) -> str:
    """``footnotes 2, 10`` / ``footnote 2`` / ''."""
    items = [str(x) for x in labels]
    if not items:
        return ""
    return f"{prefix}{'s' if len(items) > 1 else ''} {', '.join(items)}"
