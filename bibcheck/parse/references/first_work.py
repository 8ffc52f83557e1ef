"""The fields of a note that cites several works: its first work's.

``Two volumes cover this. See: Ben Jones, *Salt Markets*, London: Verso, 2010; Kim Lee,
*Salt Routes*, Boston: Harbour Press, 2005.`` is keyed (and compared with the literature list)
by its first work: "Salt Markets", 2010 -- not the first work's title with the last work's
year, as one parse of the whole note reads it.  The note keeps its text, its anomalies and
every URL it names (the first work's URL first).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.folio_cited import manuscript_cited
from bibcheck.parse.references.several import work_spans

__all__ = ["blanked_work", "first_work"]


def blanked_work(text: str, start: int, end: int) -> str:
    """``text`` with all but the work at ``start:end`` blanked (line breaks kept; the ``;``
    after the work becomes the full stop that ends it)."""
    return "".join(
        c if start <= i < end or c == "\n" else "." if i == end else " " for i, c in enumerate(text)
    )


def first_work(
    ref: Reference, text: str, line_starts: Sequence[int], *, detect_styles: bool
) -> Reference:
    """``ref`` (the whole note read as one) with the fields of the note's first work when the
    note cites two or more."""
    if ref.kind is RefKind.COMMENTARY:
        return ref
    spans = work_spans(text)
    if len(spans) < 2:
        return ref
    first = parse_reference(
        blanked_work(text, *spans[0]), line_starts, detect_styles=detect_styles, note=True
    )
    # a manuscript or archival file cited first by repository and shelfmark ("Utrecht,
    # Museum Catharijneconvent, BMH h 70, fol. 22r; zie L. Verschuren, ‘Title’, …"): the
    # note's work is the manuscript, the publication after the lead-in a work it cites too
    manuscript = first.kind is RefKind.UNKNOWN and manuscript_cited(text[slice(*spans[0])])
    if not manuscript and (
        first.kind is RefKind.COMMENTARY
        or not (
            # (a page named by its title and address is a work: "Tools, <https://…>; sowie …")
            first.title and (first.authors or first.year or first.url)
        )
    ):
        return ref
    # a first part ended by a sentence whose lead-in cites ("British patent no. 4084, 5
    # December 1815. See Ann Roe, "Title," ...") is the note's work only with its author:
    # else it is the matter the cited work is about
    if not manuscript and not first.authors and text[spans[0][1] : spans[0][1] + 1] != ";":
        return ref
    every = [u for u in (ref.url, *ref.links) if u]
    links = tuple(dict.fromkeys(u for u in (first.url, *every) if u and u != first.url))
    if first.url is None and ref.url is not None:  # (the first work names no URL)
        first = dataclasses.replace(
            first, url=ref.url, url_raw=ref.url_raw, url_display=ref.url_display
        )
        links = tuple(u for u in links if u != ref.url)
    return dataclasses.replace(
        first,
        raw=ref.raw,
        line=ref.line,
        end_line=ref.end_line,
        anomalies=ref.anomalies,
        links=links,
    )
