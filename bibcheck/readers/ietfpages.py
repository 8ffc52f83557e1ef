"""Page breaks of an IETF RFC or Internet-Draft whose form feeds were lost.

The text that xml2rfc writes ends every page with a footer at the left margin whose
right end is the page number, then a form feed and the next page's running head:

.. code-block:: text

   Hartley & Okafor         Expires 12 June 2027                [Page 4]

   Internet-Draft           Widget Transfer Protocol       December 2026

(an RFC's footer names its category, ``Standards Track``, where a draft's names its
expiry).  Copies taken from a mailing list, a web page or an editor that drops control
characters keep the footers and heads but lose the form feeds, and the running heads
then stand in the text as if they were prose (a reference list "ends" at the first of
them).  :func:`paginated` puts the form feeds back, one after each footer, so that the
page machinery of converted text (:mod:`bibcheck.readers.pdftext`) finds the heads and
footers and skips them.  Line numbers are kept: a form feed is no line end.

Two footers with growing page numbers are needed; a line of prose that happens to end
in ``[Page 4]`` once is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

_OPEN = "[Page "
_MIN_FOOTERS = 2


def footer_page(line: str) -> int | None:
    """The page number of an xml2rfc page footer (``Author  Expires ...  [Page 4]``):
    text at the left margin, a gap of two or more spaces, then ``[Page n]`` at its
    right end; None for any other line."""
    text = line.rstrip()
    if not text or text[0].isspace() or not text.endswith("]"):
        return None
    at = text.rfind(_OPEN)
    if at <= 0 or not text[:at].endswith("  ") or not text[:at].strip():
        return None
    digits = text[at + len(_OPEN) : -1]
    if not digits.isascii() or not digits.isdigit() or len(digits) > 4:
        return None
    return int(digits)


def footer_lines(lines: Sequence[str]) -> list[int]:
    """The indexes of the page footers of ``lines``: at least two, their page numbers
    growing; none when the text has fewer (or numbers that do not grow)."""
    found = [(i, page) for i, line in enumerate(lines) if (page := footer_page(line)) is not None]
    if len(found) < _MIN_FOOTERS:
        return []
    pages = [page for _, page in found]
    if any(b <= a for a, b in zip(pages, pages[1:], strict=False)):
        return []
    return [i for i, _ in found]


def paginated(text: str) -> str:
    """``text`` with a form feed after each page footer, when it has footers and no form
    feeds; otherwise ``text`` itself."""
    if "\f" in text:
        return text
    lines = text.split("\n")
    footers = footer_lines(lines)
    if not footers:
        return text
    for i in footers:
        if i + 1 < len(lines):
            lines[i + 1] = f"\f{lines[i + 1]}"
    return "\n".join(lines)
