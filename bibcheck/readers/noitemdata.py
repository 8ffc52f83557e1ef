"""A citation processor's placeholder for a key it has no data for is no entry.

citeproc-el (Org, ox-hugo) and citeproc-js print ``NO_ITEM_DATA:smith2001`` in the rendered
bibliography where a cited key is missing from the bibliography file.  The "entry" is the
opposite of a work: a citation with no data.  It is dropped from the list and reported as a
``citation-key-missing`` anomaly for that key (an error, like ``[@key]`` with no entry), in
every reader (Markdown, HTML, Org, DOCX, ODT, plain text), never stored with a title or a
year read off the key.

The same processors mark such a citation in the text too: Pandoc's citeproc writes the key
in bold with a question mark, ``(**smith2001?**)`` in Markdown, ``(<strong>smith2001?</strong>)``
in HTML, "(smith2001?)" in a DOCX or plain-text rendering; citeproc-js writes ``(???)``.  A
rendered document holding one cites a key it has no data for: one ``citation-key-missing``
anomaly for each key, at its first line (:func:`missing_in_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument

__all__ = ["PLACEHOLDER", "missing_in_text", "placeholder_key", "without_placeholders"]

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


# a citation key as Pandoc reads one: a letter, digit or "_" first, then also ":.#$%&-+?<>~/"
# inside, ending in a letter or digit (the "?" after it is citeproc's mark)
_KEY = r"[\w][\w:.#$%&+<>~/-]{0,80}?"
# Pandoc's mark in Markdown ("**key?**") and HTML ("<strong>key?</strong>", "<b>key?</b>")
_BOLD_MARK = lazy_compile(
    rf"\*\*(?P<md>{_KEY})\?\*\*|<(?P<tag>strong|b)>(?P<html>{_KEY})\?</(?P=tag)>", re.I
)
# the same with the bold lost (a DOCX paragraph's text, a plain-text rendering): only in
# parentheses or after "; " inside them, and only a key with a letter and a digit
# ("(smith2001?)", "(see doe99?; roe2004?)"), as "(really?)" is prose
_PLAIN_MARK = lazy_compile(
    r"(?<=[(;] )(?P<a>[^\W\d_][\w:.-]{0,80}?\d\w{0,8})\?(?=[;)])"
    r"|(?<=\()(?P<b>[^\W\d_][\w:.-]{0,80}?\d\w{0,8})\?(?=[;)])"
)
# citeproc-js's mark for a citation it could not render: "(???)", "[???]"
_UNKNOWN_MARK = lazy_compile(r"[(\[]\?\?\?[)\]]")


# a key shaped as a key, not a word: a digit, ":" or "_" in it ("smith2001", "doe:x", "a_b")
_KEYLIKE = lazy_compile(r"[\d:_]")


def _marked_keys(text: str) -> list[str]:
    """The keys marked missing in one line: a bold mark in a citation's parentheses
    ("(**knuth?**)", "(see **a?**; **b2?**)") or of a key-shaped key anywhere (a narrative
    citation, "**smith2001?** shows"); a bold "**really?**" in prose is none."""
    keys: list[str] = []
    for m in _BOLD_MARK.finditer(text):
        key = m.group("md") or m.group("html")
        before = text[: m.start()].rstrip(" ")
        if _KEYLIKE.search(key) or before.endswith(("(", ";")):
            keys.append(key)
    keys.extend(m.group("a") or m.group("b") for m in _PLAIN_MARK.finditer(text))
    return keys


def missing_in_text(lines: Iterable[tuple[int, str]], known: Iterable[str] = ()) -> list[Anomaly]:
    """One ``citation-key-missing`` anomaly for each key a citation processor marked as
    missing in ``lines`` (line number, text), at its first line; ``known``: keys already
    reported missing (not said twice).  citeproc-js's ``(???)`` names no key: one anomaly
    at its first line."""
    seen = set(known)
    found: list[Anomaly] = []
    unknown: int | None = None
    for line, text in lines:
        for key in _marked_keys(text):
            if key not in seen:
                seen.add(key)
                found.append(
                    Anomaly(
                        AnomalyCode.CITATION_KEY_MISSING,
                        f"citation key {key!r} has no bibliography data (the citation processor "
                        f"printed {key}? in the text in its place)",
                        line,
                        footnote=key,
                    )
                )
        if unknown is None and _UNKNOWN_MARK.search(text):
            unknown = line
    if unknown is not None:
        found.append(
            Anomaly(
                AnomalyCode.CITATION_KEY_MISSING,
                "a citation has no bibliography data (the citation processor printed ??? in "
                "the text in its place)",
                unknown,
            )
        )
    return found
