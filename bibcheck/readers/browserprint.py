"""A web browser's print furniture in ``pdftotext -layout`` output.

Chrome, Edge, Firefox and Safari print a page to PDF with a header and a footer on
every page: the date and time of printing and the page's title (Chrome, Edge:
``12/3/26, 10:14 AM      Title``), the address and a page count (``https://…   1/3``),
or ``Page 1 of 3`` beside the date (Firefox, Safari).  On a print of two pages or more
they repeat and are found as running heads; on a one-page print they do not, so they
are recognised by their form here: a page's first or last line whose pieces (apart by
wide gaps) hold a date and time of day, or a page count beside an address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

# "12/3/26, 10:14 AM", "03.12.26, 10:14", "2026-12-03 10:14:05", "3/12/2026 22:14"
_STAMP = lazy_compile(
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
)
# "1/3", "Page 1 of 3", "Seite 1 von 3", "Página 1 de 3", "1 of 3"
_COUNT = lazy_compile(
    r"(?:(?:page|seite|página|pagina|pag\.|strona|pagina)[ \t]+)?"
    r"\d{1,4}[ \t]*(?:/|of|von|de|sur|di|z|из)[ \t]*\d{1,4}",
    re.I,
)
_ADDRESS = lazy_compile(r"(?:https?|file)://\S+|about:blank|www\.\S+", re.I)
_GAP = lazy_compile(r"[ \t]{3,}")


def _pieces(line: str) -> list[str]:
    return [p for p in _GAP.split(line.strip()) if p]


def is_print_furniture(line: str) -> bool:
    """Whether ``line`` is a browser's print header or footer (see the module)."""
    pieces = _pieces(line)
    if not pieces or len(pieces) > 3:
        return False
    if any(_STAMP.fullmatch(p) for p in pieces):
        return True
    counts = [p for p in pieces if _COUNT.fullmatch(p)]
    return bool(counts) and any(_ADDRESS.fullmatch(p) for p in pieces)


def print_furniture(lines: Sequence[str], pages: Sequence[Sequence[int]]) -> set[int]:
    """The indexes of the browser print headers and footers: each page's first and last
    non-blank line (``pages``: the non-blank line indexes of each page) of that form."""
    found: set[int] = set()
    for members in pages:
        for i in dict.fromkeys([*members[:1], *members[-1:]]):
            if is_print_furniture(lines[i]):
                found.add(i)
    return found
