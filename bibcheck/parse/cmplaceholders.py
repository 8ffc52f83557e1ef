"""Unformatted citations of Word citation managers, as they stand in a manuscript's text.

A manuscript whose citations were never formatted holds the manager's placeholders, each
naming its record, often with no bibliography yet:

- EndNote's unformatted citations: ``{Smith, 2001 #123}``, ``{Smith, 2001 #123; Lee, 2019
  #45}``, pages after ``@`` (``{Smith, 2001 #123@45-47}``), a prefix (``{see Smith, 2001
  #12}``, ``{see \\Smith, 2001 #12}``) and a suffix after a comma (``#12@12, for a
  review}``), no year (``{Smith, #12}``), the author left out (``{, 2001 #123}``);
- Zotero's RTF/ODF Scan cites: ``{ prefix | Smith, 2001 | p. 45 | suffix | zu:2259:ABC }``
  (``zu:`` a local library's item, ``zg:`` a group's), several in one pair of braces
  (joined by ``;``) or side by side;
- Citavi's placeholders without the add-in: ``{Smith 2001 #12}``, ``{Smith et al. 2001
  #12: 34}`` (no comma before the year, the page after a colon);
- Papers' and ReadCube's magic citations: ``{Smith:2001ab}``, ``{Smith:2001ab,
  Lee:2019cd}``;
- EndNote's citations with the delimiters its Temporary Citations preferences let a writer
  choose instead of braces (for a text that uses braces itself): ``[Smith, 2001 #123]``,
  ``<<Smith, 2001 #123>>``, ``«Smith, 2001 #123»`` -- only EndNote's own shape inside
  (``Author, Year #Record``, every part), never a link's, a wiki's or a command's brackets
  (``[text](url)``, ``[text][ref]``, ``[label]: url``, ``![alt]``, ``[[Page]]``, ``[^1]``,
  ``[@key]``, ``\\cite[p. 3]{key}``, ``[text]{.class}``).

Each cites its record by the manager's id (:attr:`PlaceholderCite.key`: ``endnote:123``,
``zotero:zu:2259:ABC``, ``citavi:12``, ``papers:Smith:2001ab``), with the author and year
it shows.  Only these shapes count: the ``#number``, the ``|``-fields ending in a
``zu:``/``zg:`` id, or ``Name:YYYYxx`` -- never any other braces (LaTeX's, code's, JSON's,
a template's ``{{ }}`` and ``{% %}``); braces after a letter, digit, backslash, ``$`` or
another ``{`` are a command's or a template's, never a placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

__all__ = ["Manager", "PlaceholderCite", "placeholders", "records"]


class Manager(StrEnum):
    ENDNOTE = "endnote"
    ZOTERO = "zotero"
    CITAVI = "citavi"
    PAPERS = "papers"


@dataclass(frozen=True, slots=True)
class PlaceholderCite:
    """One work a placeholder cites."""

    manager: Manager
    key: str  # "endnote:123": the manager's record id
    author: str | None  # the first author's family name shown ("Smith"), if any
    year: str | None  # "2001", "2001a", if shown
    locator: str | None  # "45-47", "p. 45", as written
    start: int  # offsets in the text of the cite's own part
    end: int
    braces: tuple[int, int]  # offsets of the whole ``{…}``


# a pair of braces, neither a command's argument nor a template's: not after a word
# character, backslash, dollar, brace, percent sign, at sign or closing bracket
# (``\cite[p. 3]{key}``); never doubled (``{{ }}``), never ``{% %}`` or ``{#id}``
_BRACES = lazy_compile(r"(?<![\w\\${%@\]])\{(?![{%#])([^{}\n]{1,600}+)\}(?!\})")
# EndNote's other delimiters: square brackets (not a Markdown link's, reference's, image's,
# footnote's or Pandoc citation's, not a wiki's doubled ones, not a command's option), doubled
# angle brackets, guillemets
_OTHER = lazy_compile(
    r"(?<![\w\\$\[\]!<>{}])(?:"
    r"\[(?![\[\^@])(?P<square>[^\[\]\n]{1,600}+)\](?![\[\](:{])"
    r"|<<(?P<angle>[^<>\n]{1,600}+)>>(?!>)"
    r"|«(?P<guillemet>[^«»\n]{1,600}+)»)"
)
_OTHER_OPENINGS = ("[", "<<", "«")
_PART = re.compile(r"[^;]+")
# EndNote: "[prefix\]Author, Year #Rec[@pages][, suffix]" (the prefix's backslash optional)
_ENDNOTE = re.compile(
    rf"\s*(?:(?P<prefix>[^\\#@]*)\\)?(?P<head>[^#@\\]*?)\s*,\s*(?P<year>{_YEAR})?\s*"
    r"#(?P<rec>\d{1,9})(?:@(?P<pages>[^,]*[^,\s]))?(?:\s*,\s*(?P<suffix>.*?))?\s*"
)
# Citavi: "Author Year #Id[: pages]" (no comma before the year)
_CITAVI = re.compile(
    rf"\s*(?P<head>[^#@:,\\]*?\S)\s+(?P<year>{_YEAR})\s*#(?P<rec>\d{{1,9}})"
    r"(?:\s*:\s*(?P<pages>[^;]*[^;\s]))?\s*"
)
# Zotero: "prefix | Author, Year | locator | suffix | zu:lib:KEY", one after another
_ZOTERO = re.compile(
    r"\s*(?P<prefix>[^|{};]*)\|(?P<cite>[^|]*)\|(?P<locator>[^|]*)\|(?P<suffix>[^|]*)\|"
    r"\s*(?P<id>z[ug]:\d+:[A-Za-z0-9]+)\s*;?"
)
# Papers: "Name:2001ab", comma-joined
_PAPERS_KEY = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*:(?:1[5-9]|20)\d\d[a-z]{2,3}"
_PAPERS = re.compile(rf"\s*{_PAPERS_KEY}(?:\s*[,;]\s*{_PAPERS_KEY})*\s*")
_PAPERS_ONE = re.compile(r"(?P<name>[^\s,;:]+):(?P<year>(?:1[5-9]|20)\d\d)[a-z]{2,3}")
# the words before a cited name that are no name: a prefix ("see", "cf.", "e.g.,")
_PREFIX = re.compile(
    r"(?:(?!(?:van|von|de|der|den|del|della|di|da|du|dos|das|la|le|ten|ter)\s)"
    r"[a-z][\w.]*,?\s+)+(?=[^\W\d_])"
)
_ZOTERO_YEAR = re.compile(rf"\(?(?P<year>{_YEAR})\)?\s*$")
_SECOND = re.compile(rf"\s+(?:{AND}|&)\s+.*$|,?\s+{ET_AL}.*$|,.*$")


def placeholders(text: str) -> list[PlaceholderCite]:
    """The citations of every citation-manager placeholder in ``text``, in order."""
    found: list[PlaceholderCite] = []
    if "{" in text:
        for braces in _BRACES.finditer(text):
            span = (braces.start(), braces.end())
            found.extend(_placeholder(braces.group(1), braces.start(1), span))
    if "#" in text and any(opening in text for opening in _OTHER_OPENINGS):
        for other in _OTHER.finditer(text):
            group = other.lastgroup or ""
            span = (other.start(), other.end())
            found.extend(_numbered(other.group(group), other.start(group), span, only_endnote=True))
        found.sort(key=lambda cite: cite.start)
    return found


def records(text: str) -> dict[int, str]:
    """The record id (:attr:`PlaceholderCite.key`) of each placeholder cite in ``text``, by
    the offset where the cite ends (where a reader puts the marker of the entry it names)."""
    return {cite.end: cite.key for cite in placeholders(text)}


def _placeholder(inner: str, at: int, braces: tuple[int, int]) -> list[PlaceholderCite]:
    """The cites of one pair of braces' content ``inner`` (at offset ``at``), or none when
    it is no placeholder (each part must be one of the shapes)."""
    if "|" in inner:
        return _zotero(inner, at, braces)
    if "#" in inner:
        return _numbered(inner, at, braces)
    if _PAPERS.fullmatch(inner):
        return [
            PlaceholderCite(
                Manager.PAPERS,
                f"papers:{m.group()}",
                m["name"],
                m["year"],
                None,
                at + m.start(),
                at + m.end(),
                braces,
            )
            for m in _PAPERS_ONE.finditer(inner)
        ]
    return []


def _zotero(inner: str, at: int, braces: tuple[int, int]) -> list[PlaceholderCite]:
    cites: list[PlaceholderCite] = []
    pos = 0
    while pos < len(inner):
        m = _ZOTERO.match(inner, pos)
        if m is None or m.end() == pos:
            return []
        cite = m["cite"].strip()
        year = _ZOTERO_YEAR.search(cite)
        head = cite[: year.start()] if year else cite
        cites.append(
            PlaceholderCite(
                Manager.ZOTERO,
                f"zotero:{m['id']}",
                _family(head.strip().rstrip(",").strip()),
                year["year"] if year else None,
                m["locator"].strip() or None,
                at + m.start("prefix"),
                at + m.end("id"),
                braces,
            )
        )
        pos = m.end()
    return cites


def _numbered(
    inner: str, at: int, braces: tuple[int, int], *, only_endnote: bool = False
) -> list[PlaceholderCite]:
    """EndNote's or Citavi's cites, ``;``-joined: every part one of them, or none (EndNote's
    alone when ``only_endnote``: within another pair of delimiters than braces)."""
    cites: list[PlaceholderCite] = []
    for part in _PART.finditer(inner):
        endnote = _ENDNOTE.fullmatch(part.group())
        citavi = None if endnote or only_endnote else _CITAVI.fullmatch(part.group())
        m = endnote or citavi
        if m is None:
            return []
        head = m["head"]
        prefix = None if m.groupdict().get("prefix") is not None else _PREFIX.match(head)
        if prefix is not None:  # ("{see Smith, 2001 #12}": no backslash after "see")
            head = head[prefix.end() :]
        if head.strip() and not any(c.isalpha() for c in head):
            return []  # ("{1999, #3}": a number, no name)
        if only_endnote and any(c.isdigit() for c in head):
            return []  # ("[Section 2, #3]": no name; braces alone are sure enough)
        manager = Manager.ENDNOTE if endnote else Manager.CITAVI
        cites.append(
            PlaceholderCite(
                manager,
                f"{manager}:{m['rec']}",
                _family(head.strip()),
                m["year"],
                m["pages"],
                at + part.start() + len(part.group()) - len(part.group().lstrip()),
                at + part.start() + len(part.group().rstrip()),
                braces,
            )
        )
    return cites


def _family(shown: str) -> str | None:
    """The first author's family name of the names a cite shows ("Smith & Lee", "Smith et
    al."): the name before a second one or "et al.", or None when none is shown."""
    name = _SECOND.sub("", shown).strip().lstrip("-").strip()
    return name or None
