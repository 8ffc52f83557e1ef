"""A work cited by its part in the edition that prints it with others, as humanities
notes cite sagas, classical texts and medieval works::

    *Íslendingabók*, 7. kafli, í *Íslendingabók. Landnámabók*, útg. Jakob Benediktsson, …
    *Germania*, ch. 7, in *Agricola. Germania. Dialogus*, ed. M. Hutton (Cambridge, MA: …)
    *Beowulf*, ll. 1–10, in *Beowulf and Judith*, ed. Elliott Van Kirk Dobbie (New York: …)
    *Das Nibelungenlied*, Str. 12, in: *Heldenepen*, hg. v. …

The text's title (in italics: a whole work's, not a chapter's in quotation marks), its
chapter, lines or stanza, then ``in`` and the edition in italics: the publication cited is
the edition (its editor no author), as the list files it.  :func:`edition_cited` gives the
note with the lead-in blanked (so that line numbers stay right), or None.

An authorless title-first note with its imprint in parentheses (``*Title*, ed. X, Series
(Place: Publisher, 1968), 14.``) is a book: :func:`imprinted_book`.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["edition_cited", "imprinted_book"]

# the part of a text: "7. kafli", "ch. 7", "chap. 7", "cap. 7", "Kap. 7", "ll. 1–10",
# "vv. 1-20", "Str. 12", "book 3", "c. 7", "kafli 7", "rozdz. 3", "kap. 7", "§ 4"
_PART = (
    r"(?:\d{1,3}\.\s(?:kafli|kap\.|kapitel|kapittel|kapitola|fejezet|luku|Kap\.|Kapitel)"
    r"|(?:ch|chap|cap|capp|c|Kap|kap|kafli|rozdz|ll|vv|v|l|Str|str|st|book|bk|lib|liber"
    r"|kapitel|kapittel|§)\.?\s?(?:\d{1,4}|[IVXLC]{1,6})(?:\s?[-–]\s?\d{1,4})?)"
)
_IN = r"(?:in|In|í|Í|i|I|en|En|dans|Dans|em|Em|w|W|v|V|u|U|im|Im)"
_WITHIN = lazy_compile(
    rf"^\s*\*(?P<text>[^*\n]{{2,150}})\*,\s{_PART}(?:,\s{_PART})*,\s{_IN}:?\s"
    r"(?=\*(?P<edition>[^*\n]{2,200})\*)"
)


def edition_cited(note: str) -> str | None:
    """The note with its lead-in (the text's title and part, ``in``) blanked when it cites
    a text's part in the edition that prints it; None otherwise."""
    m = _WITHIN.match(note)
    if m is None:
        return None
    lead = m.group(0)
    blanked = "".join(c if c == "\n" else " " for c in lead)
    return blanked + note[m.end() :]


# the imprint in parentheses: "(Reykjavík: Hið íslenzka fornritafélag, 1968)", "(London:
# Smith, 1911)", "(Cambridge, MA: Harvard University Press, 1914)"
_IMPRINT = lazy_compile(
    r"\((?:[^\W\d_][^():;,]{1,40}(?:,\s[A-Z]{2}|,\s[^\W\d_][^():;,]{1,30})?):\s"
    r"[^\W\d_][^():;]{1,100},\s(?:1[5-9]|20)\d\d\)"
)
# what may stand between the title and the imprint: the editor, the translator, the series
# ("ed. Jakob Benediktsson, Íslenzk fornrit I"); no quotation, no other parentheses or
# italics, no "in" (a chapter's container)
_NOT_BETWEEN = lazy_compile(r"[“”„\"«»()*]|(?:^|[\s,])(?:In|in|í|Í|dans|en|em|w)\s?:?\s")


def imprinted_book(ref: Reference) -> Reference:
    """``ref`` (of no known kind, with no author and no host, its title in italics at the
    note's start) a book when the imprint in parentheses follows its title."""
    if ref.kind is not RefKind.UNKNOWN or ref.authors or ref.host or not ref.title:
        return ref
    flat, title = " ".join(ref.raw.split()), " ".join(ref.title.split())
    head = f"*{title}*"
    at = flat.find(head)
    if at < 0 or flat[:at].strip():
        return ref
    rest = flat[at + len(head) :]
    imprint = _IMPRINT.search(rest)
    if imprint is None or imprint.start() > 160 or _NOT_BETWEEN.search(rest[: imprint.start()]):
        return ref
    return dataclasses.replace(ref, kind=RefKind.BOOK)
