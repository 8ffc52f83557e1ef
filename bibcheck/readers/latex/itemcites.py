"""Citations written inside a ``\\bibitem`` (physics lists: ``\\bibitem{SM} See
Supplemental Material at … which includes Refs.~\\cite{a,b}.``, ``\\bibitem{c} … ; see
also Ref.~\\cite{d}``).

The list is no body text, but such a ``\\cite`` is a citation the reader sees, at its own
line, as one written inside a footnote is: the item's text after its key is read as body
(its sentence then the claim of the keys it cites).  Items without a citation are left
alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

_BIBITEM = lazy_compile(r"\\bibitem\s*+(?:\[[^\]\n]{0,300}\]\s*+)?\{[^{}\n]{0,200}\}")
_CITE = lazy_compile(r"\\(?:[A-Za-z]{0,12}cite[A-Za-z]{0,8}|onlinecite)\*?\s*+[\[{]")


def cited_items(
    text: str, starts: Sequence[int], regions: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of the ``\\bibitem`` texts (after the key) that hold a citation command:
    ``starts`` are where the items begin, ``regions`` the lists holding them."""
    spans: list[tuple[int, int]] = []
    ordered = sorted(s for s in starts if s >= 0)
    for k, at in enumerate(ordered):
        region = next(((a, b) for a, b in regions if a <= at < b), None)
        if region is None:
            continue
        head = _BIBITEM.match(text, at)
        if head is None:
            continue
        end = min(ordered[k + 1] if k + 1 < len(ordered) else region[1], region[1])
        end = min(end, _list_end(text, head.end(), end))
        if _CITE.search(text, head.end(), end):
            spans.append((head.end(), end))
    return spans


_END_LIST = lazy_compile(r"\\end\s*+\{thebibliography\}")


def _list_end(text: str, start: int, end: int) -> int:
    m = _END_LIST.search(text, start, end)
    return m.start() if m else end
