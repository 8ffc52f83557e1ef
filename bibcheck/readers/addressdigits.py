"""Digits inside a web address or a DOI on a line of PDF text: never a note's marker.

An article's first page prints its own DOI (``https://doi.org/10.1234/ar.2024.2.211``),
a line of text an address (``https://example.org/report.3.pdf``); the number between two of
the address's full stops looks like a marker glued to a word (``2024.2``), and a section
number later on the page (``2. Methods``) would seem to be its note.  A number inside
the address -- more of the address after it -- is the address's own.  The address's last
number stays a candidate: a marker may follow a link (``… at https://example.org.3``).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["inside_address"]

# an address or a DOI as printed: "https://…", "www.…", "doi:10.…", "10.1234/…"
_ADDRESS = lazy_compile(r"(?:https?://|www\.|doi:\s?|(?<![\w.])10\.\d{4,9}/)[^\s<>\"]+")
# what closes the sentence after an address, no part of it
_TRAILING = ".,;:)]}"


def inside_address(line: str, start: int, end: int) -> bool:
    """Does the number at ``line[start:end]`` stand inside a web address or a DOI, with
    more of the address after it?"""
    if "://" not in line and "www." not in line and "10." not in line:
        return False
    for m in _ADDRESS.finditer(line):
        if m.start() > start:
            break
        stop = len(m.group(0).rstrip(_TRAILING)) + m.start()
        if start < stop and end < stop:
            return True
    return False
