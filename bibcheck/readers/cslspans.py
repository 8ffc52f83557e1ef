"""Pandoc's citeproc entries written as Markdown bracketed spans over several lines.

``pandoc --citeproc -t markdown`` with a numeric style writes each entry as two spans, its
printed number in the margin and its text beside it::

    [1. ]{.csl-left-margin}[Franck JM, Pavlova A, Han S.
    "[Quantitative analysis of water dynamics]{.nocase}." *Prog Nucl Magn Reson
    Spectrosc*. 2013;74:33--56. PMID: [24083461](https://www.ncbi.nlm.nih.gov/pubmed/24083461)]{.csl-right-inline}

The text span is wrapped over lines, and a site that strips the ``::: {.csl-entry}`` fences
round them (Jekyll pages built from Pandoc's output) keeps nothing else that marks an entry.
:func:`unwrap` writes every such entry as a numbered list item (``1. Franck JM, …``), the
spans' brackets and classes dropped and their text kept (a title's ``{.nocase}`` span too),
Pandoc's ``--`` and ``---`` written as the dashes they stand for, its further lines
indented under its text, line for line, so that line N is still line N of the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["unwrap"]

# the margin span opening an entry, and the text span's opening bracket:
# "[1. ]{.csl-left-margin}[", "[[1] ]{.csl-left-margin}[", "[1\. ]{.csl-left-margin}["
_OPEN = lazy_compile(
    r"^(?P<indent>[ \t]{0,3})\[\\?\[?(?P<n>\d{1,4})\\?\]?\\?\.?[ \t]*+\]\{\.csl-left-margin\}"
    r"[ \t]*+\["
)
# the text span's closing bracket and class, ending its last line
_CLOSE = lazy_compile(r"\]\{\.csl-right-inline\}[ \t]*+$")
# a span inside the text: a title kept in its case, small capitals ("[Title]{.nocase}")
_INNER = lazy_compile(r"\[(?P<text>[^\[\]]{0,2000})\]\{\.(?:nocase|smallcaps|underline)\}")
# (between numbers or words set apart by spaces, as Pandoc writes them: "33--56", "A -- B")
_EM_DASH = lazy_compile(r"(?<=[\d\s])---(?=[\d\s])")
_EN_DASH = lazy_compile(r"(?<=[\d\s])--(?=[\d\s])")
_LONGEST = 40  # lines one entry may run over


def unwrap(lines: Sequence[str]) -> list[str]:
    """``lines`` with each entry written as citeproc's two bracketed spans turned into a
    numbered item of plain text; the same lines when there is none."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = _OPEN.match(out[i])
        end = None
        if m is not None:
            stop = min(len(out), i + _LONGEST)
            end = next((k for k in range(i, stop) if _CLOSE.search(out[k])), None)
        if m is None or end is None:
            i += 1
            continue
        out[i] = f"{m.group('indent')}{m.group('n')}. {out[i][m.end() :]}"
        out[end] = _CLOSE.sub("", out[end])
        block = "\n".join(out[i : end + 1])
        block = _INNER.sub(lambda s: s.group("text"), block)
        # (Pandoc's Markdown writes the dashes as "---" and "--": "33--56" is 33–56)
        block = _EN_DASH.sub("–", _EM_DASH.sub("—", block))
        first, *rest = block.split("\n")
        # (the entry's further lines indented under its text: the item's own lines)
        pad = " " * (len(m.group("indent")) + len(m.group("n")) + 2)
        out[i : end + 1] = [
            first,
            *(pad + line.lstrip() if line.strip() else line for line in rest),
        ]
        i = end + 1
    return out
