"""Draft placeholders that say what is still to be cited: ``[@TODO: find the Swiss
low-flow paper]``, ``[@ref: Smith on groundwater]``, ``[@CHECK: the 2019 survey]``.

A manuscript in revision marks a place it still has to cite something with a key that
names no work -- a word for "to do" (``TODO``, ``TBD``, ``FIXME``, ``XXX``), for a citation
to come (``ref``, ``cite``, ``citation-needed``), question marks, or a word in capitals --
followed by a colon and a note to self on the work to find.  Such a citation with no
entry in the bibliography cites no missing work: the work is not known yet.
:func:`set_aside` takes those citations out (no marker, no note, no missing entry) and
says once per placeholder where it stands, so the user sees that the manuscript is
unfinished.  A key the bibliography holds (``todo2019``, even ``TODO``) is a citation.

A bare placeholder (``[@TODO]``, ``\\cite{?}``, ``[cite:@XXX]``) stays what it has been: a
key with no entry (``citation-key-missing``, an error with every line it stands at), as
the corpora's planted defects have it -- it says no more of the work than a mistyped key.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawMarker
from bibcheck.readers.keyed import Cites

__all__ = ["placeholder", "placeholder_message", "set_aside"]

# the keys that name no work: "to do" and its kin, a citation to come, question marks
_PLACEHOLDER_KEY = lazy_compile(
    r"(?i:to-?do|tbd|tba|tbc|fixme|x{3,}|ref|refs|cite|citation|citation[-_ ]?needed"
    r"|needs?[-_ ]?(?:ref|citation|cite)|placeholder|missing[-_ ]?(?:ref|citation))"
    r"|\?+|!+"
)
# a key in capitals (no digit), then a colon and a note in words: "@CHECK: the survey"
_NOTE_TO_SELF = lazy_compile(r"\s?:\s+[^\W\d_]+(?:[\s'’-]+\w+)+")
# another key in the same citation: "[@XXX; @smith2020]", "\\cite{TODO,smith2020}"
_OTHER_KEY = lazy_compile(r"@\w|[{,;]\s*@?\w+\s*[,}]")
_CAPITALS_KEY = lazy_compile(r"[A-Z]{2,12}")


def placeholder(key: str, written: str) -> bool:
    """Is ``key``, cited as ``written`` (``[@TODO: find the survey]``), a draft
    placeholder rather than a work's key: a placeholder word or a word in capitals, with a
    note to self after its colon?"""
    if not (_PLACEHOLDER_KEY.fullmatch(key) or _CAPITALS_KEY.fullmatch(key)):
        return False
    at = written.find(key)
    return at >= 0 and _NOTE_TO_SELF.match(written, at + len(key)) is not None


def placeholder_message(key: str, written: str, lines: Sequence[int]) -> str:
    """``draft placeholder citation [@TODO: …] at line 35: …`` (every line it stands at; the
    key alone, and the citation it stands in, when that cites other keys too)."""
    where = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(str(n) for n in lines)}"
    shown = " ".join(written.split())
    if not shown or _OTHER_KEY.search(shown.replace(key, "", 1)):
        shown = f"{key!r} (in {shown})" if shown else repr(key)
    return (
        f"draft placeholder citation {shown} at {where}: no work is cited there yet "
        "(the manuscript is unfinished)"
    )


def set_aside(
    cites: Cites, markers: Sequence[RawMarker], known: Collection[str]
) -> tuple[list[RawMarker], list[Anomaly]]:
    """The markers without those of draft placeholders, and one ``citation-placeholder``
    anomaly per placeholder key (with every line it stands at).  ``known``: the keys the
    bibliography (or the notes) define -- a placeholder-like key among them cites its
    entry.  ``cites`` loses the placeholders' keys (they are not looked up)."""
    keys = [
        key
        for key, (_, written) in cites.first.items()
        if key not in known and placeholder(key, written)
    ]
    if not keys:
        return list(markers), []
    anomalies = []
    for key in keys:
        line, written = cites.first.pop(key)
        at = {line, *cites.lines.pop(key, ()), *(m.line for m in markers if m.label == key)}
        lines = sorted(at)
        anomalies.append(
            Anomaly(
                AnomalyCode.CITATION_PLACEHOLDER,
                placeholder_message(key, written, lines),
                lines[0],
                lines=tuple(lines),
            )
        )
    dropped = set(keys)
    return [m for m in markers if m.label not in dropped], anomalies
