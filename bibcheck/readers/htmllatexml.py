"""Bibliography entries of LaTeXML's HTML (arXiv HTML), read by their blocks.

LaTeXML writes each ``\\bibitem`` of a ``.bbl`` as ``li.ltx_bibitem``: first the label
BibTeX gave it in ``span.ltx_tag_bibitem`` (``[3]`` of ``plain``/``unsrt``/IEEEtran/
elsarticle-num, ``[Ape58]`` of ``alpha``, ``Apel (1958)`` of ``plainnat``/``apalike`` and
other author-year styles), then one ``span.ltx_bibblock`` per ``\\newblock`` of the
style: the names, the title, then the venue (``*Journal*, 28(2):151–176, 2019.``,
``In *Proceedings …*, pages 1–9, 2020.``, ``Publisher, Address, 1958.``,
``Technical report, Institution, 2022.``) and, on their own, ``doi:``/``URL`` blocks.

* A label that is no number is no part of the entry's text (left in, ``Apel (1958)``
  reads as an author and a year before the names): :func:`shown_labels` names the tags
  to leave out.  A number (``[3]``) stays: the list reader takes it as the entry's label.
* :func:`block_reference` reads an entry of three blocks or more: the joined text is
  parsed as any entry, and the blocks then say what the text alone cannot: where the
  title starts and ends (the second block), whose names those are when the parser found
  none in the first block, and the kind the venue block's first words show (a journal
  in italics with its volume, ``In`` a book or proceedings, a technical report).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.htmltree import text_of

__all__ = ["block_reference", "shown_labels"]

_ITEM = "ltx_bibitem"
_TAG = "ltx_tag_bibitem"
_BLOCK = "ltx_bibblock"
# a label that is the entry's number: "[3]", "3.", "3"
_NUMBER_LABEL = lazy_compile(r"^\s*\[?\d{1,4}\]?\.?\s*$")
_LEADING_NUMBER = lazy_compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}\.)\s*")
_ITALIC = re.compile(r"\bltx_font_italic\b|\bltx_emph\b")
# the first words of a venue block
_CHAPTER = lazy_compile(r"^In\s+\S")
_REPORT = lazy_compile(
    r"^(?:Technical|Tech\.|Research|Working|Internal|Discussion)\s+"
    r"(?:[Rr]eport|[Rr]ep\.|[Pp]aper|[Mm]emo(?:randum)?|[Nn]ote)\b"
)
# after a journal's name: ", 28(2):151–176", ", vol. 5", " 12 (3) (2019)", ", 598:126233"
_VOLUME_AFTER = lazy_compile(r"^\s*+,?\s*+(?:[Vv]ol(?:ume)?\.?\s*)?\d")
_THESIS = lazy_compile(r"\b(?:thesis|dissertation|habilitation)\b", re.I)
_NAMES_MAX = 400


def _classes(tag: Tag) -> set[str]:
    return {str(c) for c in tag.get_attribute_list("class") or [] if c}


def shown_labels(element: Tag) -> set[int]:
    """The ids of the labels an entry shows that are no number (``Apel (1958)``,
    ``[Ape58]``): not part of its text."""
    if _ITEM not in _classes(element):
        return set()
    return {
        id(tag)
        for tag in element.find_all("span", class_=_TAG)
        if not _NUMBER_LABEL.match(text_of(tag))
    }


def _blocks(element: Tag) -> list[Tag]:
    return [
        block
        for block in element.find_all("span", class_=_BLOCK)
        if " ".join(text_of(block).split())
    ]


def _plain(tag: Tag) -> str:
    return " ".join(text_of(tag).split())


def _starts_italic(block: Tag) -> Tag | None:
    """The italic run a block starts with (a journal's or a book's name), if it does."""
    for child in block.children:
        if isinstance(child, Tag):
            names = " ".join(_classes(child))
            return child if child.name in ("em", "i") or _ITALIC.search(names) else None
        if str(child).strip():
            return None
    return None


def _all_italic(block: Tag) -> bool:
    run = _starts_italic(block)
    return run is not None and _plain(block).rstrip(".,").strip() == _plain(run).strip(" .,")


def _venue_kind(title: Tag, venue: Tag) -> tuple[RefKind | None, str | None]:
    """The kind (and host) the venue block shows, or None."""
    text = _plain(venue)
    if _CHAPTER.match(text):
        inner = venue.find(["em", "i"]) or venue.find(class_=_ITALIC)
        return RefKind.CHAPTER, _plain(inner).strip(" ,.") if isinstance(inner, Tag) else None
    if _REPORT.match(text):
        return RefKind.REPORT, None
    run = _starts_italic(venue)
    if run is not None:
        after = text[len(_plain(run)) :]
        if _VOLUME_AFTER.match(after):
            return RefKind.ARTICLE, _plain(run).strip(" ,.")
    if _THESIS.search(text):
        return None, None  # (a thesis: the parsers' kind stands)
    if _all_italic(title) and run is None and re.search(r"\b(?:1[5-9]|20)\d\d[a-z]?\.?$", text):
        return RefKind.BOOK, None  # "*Title*." then "Publisher, Address, 1958."
    return None, None


def _names(block: str) -> tuple[str, ...]:
    """The people of a names block written given names first (``Bas Cornelissen, Willem
    Zuidema, and John Ashley Burgoyne.``, ``A. Author, B. Writer,``)."""
    text = re.sub(r",?\s*(?:et al\.?|and others)\s*$", "", block.strip(" .,;"))
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text)
    return tuple(p.strip(" .,") for p in parts if p.strip(" .,"))


def _clean_title(block: str) -> str:
    return block.strip().strip("“”\"'‘’").strip().rstrip(".,;:").strip().strip("“”\"'‘’")


def block_reference(element: Tag, text: str, line: int) -> Reference | None:
    """The reference of a LaTeXML entry of three blocks or more (see the module), or None."""
    if _ITEM not in _classes(element):
        return None
    blocks = _blocks(element)
    if len(blocks) < 3:
        return None
    names, title_block, venue = blocks[0], blocks[1], blocks[2]
    names_text = _plain(names)
    if len(names_text) > _NAMES_MAX or not names_text.endswith((".", ",")):
        return None
    body = _LEADING_NUMBER.sub("", text)
    ref = parse_reference(body, (line,), detect_styles=True)
    title = _clean_title(_plain(title_block))
    authors = ref.authors
    listed = _names(names_text)
    whole = all(len(name.split()) >= 2 for name in listed)  # each "Given Family"
    if not authors or not all(a.split(",")[0].strip() in names_text for a in authors):
        authors = listed if whole or not authors else authors
    elif whole and len(listed) > len(authors):
        authors = listed  # a parser that stopped after the first name
    kind, host = _venue_kind(title_block, venue)
    return replace(
        ref,
        raw=body,
        authors=authors,
        title=title or ref.title,
        kind=kind or ref.kind,
        host=ref.host or host if kind not in (RefKind.BOOK, RefKind.REPORT) else ref.host,
        anomalies=tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED),
    )
