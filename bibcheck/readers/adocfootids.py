"""AsciiDoc footnotes named by an id: a note defined once and shown again by its id.

``footnote:fn1[text]`` defines a note named ``fn1``; ``footnote:fn1[]`` (and the old
``footnoteref:[fn1]``) shows that note again, with its number: the reuse is valid, and no
second definition.  Asciidoctor takes a second ``footnote:fn1[other text]`` for a reuse
too: it shows the first note's number and text, and the second text is lost -- that is
the defect said (``duplicate-definition``).  The same text again says nothing new and
loses nothing.  A reuse above its note's definition (or of an id nothing defines) shows
no note: said too (``marker-without-definition``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["NoteIds"]


@dataclass(frozen=True, slots=True)
class _Defined:
    label: str
    line: int
    text: str


@dataclass(slots=True)
class NoteIds:
    """The notes named by an id so far, and the defects of their reuse."""

    defined: dict[str, _Defined] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)

    def reused(self, note_id: str, text: str, line: int) -> str | None:
        """The label of the note named ``note_id`` when it is defined already (a second
        text differing from the first said), else None: a new note."""
        first = self.defined.get(note_id) if note_id else None
        if first is None:
            if note_id and not text.strip():
                self.anomalies.append(
                    Anomaly(
                        AnomalyCode.MARKER_WITHOUT_DEFINITION,
                        f"footnote:{note_id}[] shows again a note no footnote:{note_id}[text] "
                        "above it defines: Asciidoctor warns of it and shows no note",
                        line,
                    )
                )
            return None
        if text and " ".join(text.split()) != first.text:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.DUPLICATE_DEFINITION,
                    f"footnote {note_id!r} is defined twice with different text (lines "
                    f"{first.line} and {line}): Asciidoctor shows the first note again "
                    f"(footnote {first.label}) and drops the second text; reuse a note "
                    f"with footnote:{note_id}[], or give the second note an id of its own",
                    line,
                    footnote=first.label,
                )
            )
        return first.label

    def define(self, note_id: str, label: str, text: str, line: int) -> None:
        """The note ``label`` named ``note_id`` is defined with ``text`` (an empty one,
        a reuse before any definition, defines nothing: Asciidoctor warns of it)."""
        if note_id and text.strip():
            self.defined[note_id] = _Defined(label, line, " ".join(text.split()))
