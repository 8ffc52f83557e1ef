"""A hand-written reference list that belongs to a part of the document, not to it.

A thesis often reprints or translates a paper in an appendix (the Chinese theses'
"外文资料原文" / "书面翻译", a German "Übersetzung", a reprinted article in a cumulative
dissertation), and that paper keeps its own ``References``.  Such a list, in an appendix
(``\\appendix`` up to ``\\backmatter``, ``\\begin{appendix}``, ``appendices``,
``subappendices``), a translation environment of a thesis class (``translation``,
``translationpaper``) or a ``\\part`` of its own, is the part's list when the document
has a list of its own elsewhere (a ``.bib``, a ``thebibliography`` or another written
list): its entries may be cited inside the part, but one the main text does not cite is
no ``literature-uncited``.  The document's only list, wherever it stands, stays its list.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

_ENVIRONMENT = lazy_compile(
    r"\\begin\s*+\{(appendix|appendices|subappendices|translation|translationpaper"
    r"|foreignpaper)\}"
)
_APPENDIX = lazy_compile(r"\\appendix(?![A-Za-z@])")
_PART = lazy_compile(r"\\part\*?(?![A-Za-z@])")
_BACK = lazy_compile(r"\\backmatter(?![A-Za-z@])")


def _end_of(text: str, name: str, pos: int, stop: int) -> int:
    close = lazy_compile(r"\\end\s*+\{" + name + r"\}").search(text, pos, stop)
    return close.start() if close else stop


def _appendix(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``\\appendix`` up to ``\\backmatter`` (a book's back matter is no appendix) or the end."""
    m = _APPENDIX.search(text, start, stop)
    if m is None:
        return []
    back = _BACK.search(text, m.end(), stop)
    return [(m.start(), back.start() if back else stop)]


def _parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Each ``\\part`` up to the next one (or an appendix, the back matter, the end)."""
    heads = [m.start() for m in _PART.finditer(text, start, stop)]
    ends = [
        m.start()
        for m in (_APPENDIX.search(text, start, stop), _BACK.search(text, start, stop))
        if m
    ]
    spans: list[tuple[int, int]] = []
    for k, at in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else stop
        end = min([end, *(e for e in ends if e > at)])
        spans.append((at, end))
    return spans


def part_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of the document's appendices, translation environments and parts."""
    spans = _appendix(text, start, stop) + _parts(text, start, stop)
    pos = start
    while (m := _ENVIRONMENT.search(text, pos, stop)) is not None:
        end = _end_of(text, m.group(1), m.end(), stop)
        spans.append((m.start(), end))
        pos = max(end, m.end())  # (one inside it is part of it)
    return sorted(spans)


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= pos < b), None)


def part_items(
    text: str,
    start: int,
    stop: int,
    items: Sequence[int],
    own_list: bool,
) -> set[int]:
    """Which of the written list's items (``items``: where each stands) belong to a part:
    those inside an appendix, translation or part, when the document has a list outside
    that span (``own_list``: cited ``.bib`` entries or a ``thebibliography``; or written
    items outside the span)."""
    spans = part_spans(text, start, stop)
    if not spans:
        return set()
    found: set[int] = set()
    for k, at in enumerate(items):
        span = _inside(at, spans)
        if span is None:
            continue
        outside = [p for p in items if p >= 0 and not span[0] <= p < span[1]]
        if own_list or outside:
            found.add(k)
    return found
