"""A citation processor's placeholder for a key it has no data for is no entry.

citeproc-el (Org, ox-hugo) and citeproc-js print ``NO_ITEM_DATA:smith2001`` in the rendered
bibliography where a cited key is missing from the bibliography file.  The "entry" is the
opposite of a work: a citation with no data.  It is dropped from the list and reported as a
``citation-key-missing`` anomaly for that key (an error, like ``[@key]`` with no entry), in
every reader (Markdown, HTML, Org, DOCX, ODT, plain text), never stored with a title or a
year read off the key.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.model import Anomaly, AnomalyCode, RawDocument

__all__ = ["PLACEHOLDER", "placeholder_key", "without_placeholders"]

PLACEHOLDER = "NO_ITEM_DATA:"


def placeholder_key(text: str) -> str | None:
    """The key of an entry that is only the placeholder (``NO_ITEM_DATA:smith2001.``), else
    None (an entry that merely mentions it, or an empty key)."""
    t = text.strip()
    if not t.startswith(PLACEHOLDER):
        return None
    key = t[len(PLACEHOLDER) :].strip().rstrip(".").strip()
    if not key or any(c.isspace() for c in key):
        return None
    return key


def without_placeholders(raw: RawDocument) -> RawDocument:
    """``raw`` without the placeholder entries of its list, with one ``citation-key-missing``
    anomaly for each key (the same object when there is none)."""
    found = [(note, placeholder_key(note.text)) for note in raw.literature]
    if all(key is None for _, key in found):
        return raw
    anomalies = [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"citation key {key!r} has no bibliography data (the citation processor printed "
            f"{PLACEHOLDER}{key} in the reference list in its place)",
            note.line,
            footnote=key,
        )
        for note, key in found
        if key is not None
    ]
    return replace(
        raw,
        literature=tuple(note for note, key in found if key is None),
        anomalies=(*raw.anomalies, *anomalies),
    )
