"""The printed reference list of a document whose works a bibliography file also gives.

A Pandoc-made Word or ODT file keeps its ``[@key]`` citations as text when it was written
without citeproc, or prints the list citeproc made beside them; given the ``.bib`` with
``--bibliography``, each work is then both a ``.bib`` entry and a printed entry.  They are
one work, not two (the Pandoc reader lists the ``.bib``'s works alone): a printed entry that
shows a work's title (and its year, when the work has one) is that work, read from its fields
and placed where the list prints it.  A printed entry that renders no work stays an entry of
its own (one added by hand).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.model import RawNote
from bibcheck.parse.names import family_name
from bibcheck.text import title_key

__all__ = ["printed_works"]

_SHORTEST_TITLE = 8  # folded characters: a shorter title ("Notes") is in many entries


def _folded(text: str) -> str:
    return f" {title_key(text.replace('&', ' and '))} "


def printed_works(printed: Sequence[RawNote], works: Sequence[RawNote]) -> dict[int, str]:
    """For each printed entry (by its index) that renders one of ``works`` (entries read
    from a bibliography file, each with its reference), that work's label.  The longest
    title shown wins; works of one title go to the entry naming the first author's family
    name, else in order; each work is printed once."""
    titles: list[tuple[str, RawNote]] = []
    for work in works:
        ref = work.reference
        if ref is not None and ref.title:
            folded = _folded(ref.title)
            if len(folded.strip()) >= _SHORTEST_TITLE:
                titles.append((folded, work))
    titles.sort(key=lambda pair: -len(pair[0]))
    found: dict[int, str] = {}
    taken: set[str] = set()
    for k, entry in enumerate(printed):
        text = _folded(entry.text)
        shown = [
            work
            for title, work in titles
            if work.label not in taken
            and title in text
            and (work.reference is None or _year_shown(work.reference.year, entry.text))
        ]
        if not shown:
            continue
        longest = len(_folded(shown[0].reference.title or "")) if shown[0].reference else 0
        same = [
            w for w in shown if w.reference and len(_folded(w.reference.title or "")) == longest
        ]
        named = [w for w in same if _first_family(w) in text]
        work = (named or same)[0]
        taken.add(work.label)
        found[k] = work.label
    return found


def _year_shown(year: int | None, text: str) -> bool:
    return year is None or str(year) in text


def _first_family(work: RawNote) -> str:
    ref = work.reference
    if ref is None or not ref.authors:
        return "\0"
    family = family_name(ref.authors[0])
    return _folded(family) if family.strip() else "\0"
