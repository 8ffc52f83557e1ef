"""A reference list that nothing in the body was read to cite.

A manuscript with a list of works and not one citation read is either a list of further
reading (rare) or, far more often, a manuscript whose citations are in a form the reader
did not understand (author-date text in an unusual shape, a style's own markers).  Either
way "nothing to check" must not pass in silence: the body's parenthesised years and
bracketed numbers are counted and the first is shown, so the user sees what was not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

# "(Mendez et al. 2019; Lowe 2021)", "(2004, C97)", "[Lowe 2021]", "[12]"
_LOOKS_CITED = lazy_compile(
    r"[(\[][^()\[\]\n]{0,120}?\b(?:1[5-9]|20)\d{2}[a-z]?\b[^()\[\]\n]{0,60}[)\]]"
    r"|\[\d{1,3}(?:[,;–-]\s*\d{1,3})*\]"
)
_SHOWN = 60  # characters of the first candidate the message shows


def uncited_list(
    paragraphs: Sequence[tuple[int, str]],
    entries: int,
    heading_line: int | None,
    *,
    reading: bool = False,
) -> list[Anomaly]:
    """An ``unread-region`` anomaly for a list of ``entries`` works of which no citation
    was read in the body ``paragraphs`` ((line, text) pairs); none when the list is empty.
    It stands at the first parenthesised year or bracketed number of the body (what may be
    a citation not understood), else at the list's heading.  A list its heading names as
    further reading (``reading``) is not cited by its nature: only what may be a citation
    not understood is said."""
    if entries <= 0:
        return []
    found = [(line, m.group(0)) for line, text in paragraphs for m in _LOOKS_CITED.finditer(text)]
    if found:
        line, shown = found[0]
        shown = shown if len(shown) <= _SHOWN else shown[: _SHOWN - 1] + "…"
        text = (
            f"the reference list has {entries} entries but no citation of them was read in "
            f"the body; {len(found)} parenthesised year(s) or bracketed number(s) such as "
            f"{shown!r} may cite it in a form that was not understood: they were not checked"
        )
        return [Anomaly(AnomalyCode.UNREAD_REGION, text, line)]
    if reading:
        return []
    text = (
        f"the reference list has {entries} entries but no citation of them was found in the "
        "body: none of them was checked against a citation"
    )
    return [Anomaly(AnomalyCode.UNREAD_REGION, text, heading_line)]
