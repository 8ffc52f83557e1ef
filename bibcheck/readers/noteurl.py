"""A footnote's own link beside the key it cites.

A note that cites a ``.bib`` entry by key may add a link of its own: ``[fn:1] The plots
follow cite:smith2020; see also https://example.org/docs/plots.html (accessed …).``.
The note's reference is the entry; when the entry gives no URL, the note's link is the one
a reader follows, so it fills the entry's missing URL (:func:`with_note_url`).  An entry's
own URL is never replaced, and a link to the entry's DOI or a note with several links
(which of them is the work's cannot be told) adds none.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.model import ParsedUrl, Reference
from bibcheck.urls import extract_urls

__all__ = ["note_link", "with_note_url"]


def note_link(text: str, doi: str | None = None) -> ParsedUrl | None:
    """The one usable link ``text`` gives that is not a link to ``doi``; None when it gives
    none or several."""
    found: dict[str, ParsedUrl] = {}
    for parsed in extract_urls(text, (1,)).urls:
        if parsed.url is None:
            continue
        if doi and doi.casefold() in parsed.url.casefold():
            continue
        found.setdefault(parsed.url, parsed)
    return next(iter(found.values())) if len(found) == 1 else None


def with_note_url(ref: Reference, text: str) -> Reference:
    """``ref`` (a keyed entry's reference, cited by a note of ``text``) with the note's own
    link as its URL when the entry has none."""
    if ref.url:
        return ref
    link = note_link(text, ref.doi)
    if link is None:
        return ref
    return replace(ref, url=link.url, url_raw=" ".join(link.raw.split()), url_display=link.display)
