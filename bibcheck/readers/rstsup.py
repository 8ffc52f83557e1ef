"""Superscript roles of reStructuredText that cite a numbered reference list.

AMA, Vancouver-superscript and Nature styles written in rst put the numbers in a
``:sup:`` (or ``:superscript:``) role glued to the word or mark before it by an escaped
space: ``…in adults.\\ :sup:`1,12```, ``…outpatient treatment,\\ :sup:`1-3```.  The same
role writes exponents and units (``m\\ :sup:`2```, ``10\\ :sup:`6```), ordinal suffixes
(``1\\ :sup:`st```) and isotopes (``:sup:`13`\\ C``): :func:`superscript_labels` tells
them apart with the rules of Word's superscript runs
(:func:`bibcheck.readers.docxsup.superscript_citations`).

:class:`SupCiting` is what a page's body scan carries: the size of the numbered list the
superscripts cite (none: they cite nothing), and the superscripts that looked like
citations but were not read as such (reported, never silently dropped).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.docxsup import superscript_citations
from bibcheck.readers.parennum import limit

__all__ = ["SupCiting", "superscript_labels"]

# the text before a superscript that decides whether it is an exponent ("m", "10", "(x)")
_CONTEXT = 80
_UNBOUNDED = 10**6  # (no list size: any number a superscript citation may have)


def superscript_labels(before: str, shown: str, after: str = "") -> list[str]:
    """The list numbers a superscript ``shown`` after ``before`` (and before ``after``)
    cites: ``"1,12"`` -> 1, 12; ``"1-3"`` -> 1, 2, 3; none for an exponent, a unit's power,
    an isotope's mass number or anything not numbers (``st``, ``TM``, ``a``)."""
    before = before[-_CONTEXT:]
    text = before + shown + after[:_CONTEXT]
    found = superscript_citations(text, [(len(before), len(before) + len(shown))], _UNBOUNDED)
    return found[0][2] if found else []


@dataclass(slots=True)
class SupCiting:
    """Superscript citations of one page: ``size`` entries in the numbered list they cite
    (0: the page has no such list, and its superscripts cite nothing)."""

    size: int = 0
    unread: list[tuple[int, str]] = field(default_factory=list)  # (line, shown)

    def cites(self, labels: list[str]) -> bool:
        return self.size > 0 and all(int(n) <= limit(self.size) for n in labels)

    def anomaly(self) -> Anomaly | None:
        """One ``unread-region`` anomaly for the numeric superscripts not read (a page
        whose superscripts look like citations of a list it does not have in a numbered
        form, or that beside footnotes)."""
        if not self.unread:
            return None
        lines = tuple(sorted({line for line, _ in self.unread}))
        shown = ", ".join(f"^{s}" for _, s in self.unread[:5])
        more = f" and {len(self.unread) - 5} more" if len(self.unread) > 5 else ""
        return Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(self.unread)} superscript number(s) that look like citations ({shown}{more})"
            " were not read as citations: no numbered reference list for them to cite",
            lines[0],
            lines=lines,
        )
