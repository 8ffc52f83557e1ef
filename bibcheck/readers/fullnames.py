"""The names a citation lists before its last one: APA's first citation of a work names
all its authors, ``(Okafor, Lindqvist, Brandt, & Moreau, 2021)``, and a narrative one
``Chiu, Grundy and Bero (2017)``.  Such a citation is the work of its first authors: the
last name's own (name, year) may find another entry (the last author's own work of that
year, or one of two works sharing it), and the first two tell the work apart.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["NAMES_LEADING", "names_before"]

# the first names of three or more cited in the sentence, before the last one: "Chiu," /
# "Grundy and Bero (2017)", "Chiu, Grundy, and Bero (2017)", "(Okafor, Lindqvist, Brandt, &"
# / "Moreau, 2021)" (each name and its comma; "and" or "&" before the last)
NAMES_LEADING = lazy_compile(
    rf"(?<![\w.])(?P<first>[{U}][\w'’-]*),\s+(?:[{U}][\w'’-]*,\s+)*(?:(?:and|&)\s+)?$"
)
_NAME = lazy_compile(rf"[{U}][\w'’-]*")


def names_before(text: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """(where the list starts, its names) of the names listed right before the name at
    ``start`` (:data:`NAMES_LEADING`), or None when none is."""
    lead = NAMES_LEADING.search(text, max(0, start - 120), start)
    if lead is None:
        return None
    names = tuple(n for n in _NAME.findall(lead.group(0)) if n not in ("and",))
    return lead.start(), names
