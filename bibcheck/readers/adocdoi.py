"""A DOI broken after its prefix at a line end of an AsciiDoc bibliography entry.

A writer (or an editor's hard wrap) may break a long entry right after the DOI prefix's
slash: ``… 2022. https://doi.org/10.1145/`` on one line, ``3476105`` on the next.  A DOI
that ends at its prefix is never whole, so when the next line starts with a token that can
only be the rest of it (no space, a digit in it, not a word before a colon as "Preprint:"),
the two are one DOI.  Kept beside the AsciiDoc reader, which joins an entry's lines with
line breaks the URL reader does not cross.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

# a line ending in a DOI's prefix and slash: "https://doi.org/10.1145/", "doi:10.1016/",
# "DOI: 10.1109/", "http://dx.doi.org/10.1002/"
_PREFIX_END = lazy_compile(r"(?:(?:https?://(?:dx\.)?doi\.org/)|\bdoi:\s?|\bDOI:?\s)10\.\d{4,9}/$")
# the rest of the DOI at the start of the next line: no space in it, a digit in it, and not
# a word before a colon ("Preprint:", "Available:")
_SUFFIX_START = lazy_compile(r"^(?=[^\s:]*\d)[\w(\[][^\s<>\"]*")


def joined_doi_breaks(parts: Sequence[str], lines: Sequence[int]) -> tuple[list[str], list[int]]:
    """``parts`` (an entry's lines) with each line that ends in a bare DOI prefix joined to
    the next line's DOI suffix; ``lines`` (each part's line number) kept in step (a joined
    line keeps the number of the line it starts on)."""
    out: list[str] = []
    numbers: list[int] = []
    for part, number in zip(parts, lines, strict=True):
        if out and _PREFIX_END.search(out[-1]) and _SUFFIX_START.match(part):
            out[-1] += part
            continue
        out.append(part)
        numbers.append(number)
    return out, numbers
