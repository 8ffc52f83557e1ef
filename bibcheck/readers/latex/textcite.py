"""Whether biblatex's ``\\textcite`` makes a footnote in a document.

In biblatex's verbose family (``verbose``, ``verbose-ibid``, ``verbose-note``,
``verbose-inote``, ``verbose-trad1``/``2``/``3``, biblatex-ext's ``ext-verbose*`` and
biblatex-ms's ``verbose*-ms``) ``\\textcite{k}`` prints the author's name in the sentence and
the citation itself in a footnote (``\\cbx@textcite@init\\cbx@textcite\\footcite``); so do
``biblatex-chicago``'s notes style, ``footnote-dw`` and ``sbl``.  The author-title family
prints ``\\textcite`` in the text with no note (unlike ``\\autocite``, which it footnotes), and
the option ``autocite=footnote`` leaves ``\\textcite`` alone.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.autocite import biblatex_options

__all__ = ["textcite_is_footnote"]

_NOTE_STYLES = lazy_compile(r"^(?:(?:ext-)?verbose|chicago-notes|footnote-dw|sbl)\b")


def textcite_is_footnote(preamble: str) -> bool:
    """Does ``\\textcite`` put its citation in a footnote under this preamble?"""
    verdict = False
    for package, options in biblatex_options(preamble):
        if package == "biblatex-chicago":
            verdict = "authordate" not in options and "authordate-trad" not in options
            continue
        style = (options.get("citestyle") or options.get("style") or "").strip()
        verdict = _NOTE_STYLES.match(style) is not None
    return verdict
