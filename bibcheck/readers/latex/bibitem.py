"""Fields of a ``\\bibitem`` from its LaTeX markup, where the text alone is ambiguous.

A bibliography written in LaTeX marks its fields: BibTeX styles separate authors,
title and the rest with ``\\newblock``; some write ``\\bibinfo{title}{...}``; a
hand-written entry sets the title of a book in italics (``Müller, H.:
\\emph{Hafen und Handel}. Berlin: Springer, 1999.``).  The entry's text is parsed
as any reference (year, pages, URL, DOI, publisher ...); these marks then give
the authors, title and host when they are unambiguous:

* ``\\bibinfo{author|title|journal|booktitle|volume|pages|publisher|address}{...}``:
  taken as they stand (one ``\\bibinfo{author}`` per person in apsrev's entries), and
  what they hold gives the kind;
* names, then an italic run followed by nothing but numbers (rsc: ``R. Ortiz and M. Lund,
  \\emph{J. Estuar. Res.}, 2019, \\textbf{12}, 45--67``): the journal, no title;
* names written initials first are separated by commas too (``R. Ortiz, M. Lund``);
* ``\\newblock`` blocks of a bst style: authors, title, the rest, whose shape gives the
  kind and host (:mod:`bstblocks`); else three or more blocks: authors, title, the rest;
* an italic run preceded only by names (and a year), or by ``Names:`` or a
  corporate author and a colon (DIN 1505): the title; preceded by ``Names: Title.
  In:`` or ``//``: the host (journal or book), and the title is what stands between;
* an italic run after full names and a comma (``Robert Darnton, \\emph{The Literary
  Underground} (Cambridge: Harvard University Press, 1982).``, the Chicago note form) is
  the title, with whatever it holds (``(1598--1701)``, a colon and subtitle), and the
  year is the one after it (``2 vols.`` and the imprint are not the title);
* an italic run the entry opens with (a standard, a manual: ``\\emph{IEEE Standard for
  …}, IEEE Std 2800-2022, 2022.``) is the whole title;
* a natbib label ``\bibitem[Author(2019)]{key}`` gives the year when the text has none;
* a bold volume after names and a journal, then a page and ``(year)`` (the physics house
  styles, APS/AIP/IOP: ``K. Ortiz and M. Lund, J. Appl. Phys. \textbf{44}, 1272 (2011).``):
  an article with no title (:mod:`bibcheck.parse.references.physics`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.nameparticles import DUTCH_TE, PARTICLES
from bibcheck.parse.references import parse_reference, quote_pairs
from bibcheck.parse.references.mixed_order import cited_names, family_first_as_cited
from bibcheck.parse.references.physics import physics_article
from bibcheck.parse.references.shared import tidy
from bibcheck.readers.latex.bibinfo import info_reference
from bibcheck.readers.latex.bstblocks import block_reference

_YEAR = lazy_compile(r"\(?\b(1[5-9]\d\d|20\d\d)[a-z]?\)?[.:,]?")
# IEEE sets "et al." in italics: "J. Lien \textit{et al.}, ``Soli …''" -- no title
_ET_AL = lazy_compile(r"et\.?\s?al\.?|u\.\s?a\.|и\s?др\.?|i\s?in\.?|y\s?col\.?|a\s?kol\.?", re.I)
_INITIALS = lazy_compile(r"(?:^|[\s,.])\w{1,2}\.(?:\s|$|-)|,")
_HOST_CUE = lazy_compile(r"(?:\bIn\s*:?|//|\bin:)\s*$", re.IGNORECASE)
_CORPORATE = lazy_compile(r"[^\W\d_][^.:;()\[\]]{2,90}")  # a name, no period: an organisation
_QUOTE = lazy_compile(f"[{quote_pairs.DOUBLE}]")
_LABEL_YEAR = lazy_compile(r"\((1[5-9]\d\d|20\d\d)[a-z]?\)")
# the shared ones but Dutch "ten" and "ter" (as this reader has always read names)
_PARTICLES = PARTICLES - DUTCH_TE


@dataclass(frozen=True, slots=True)
class Marks:
    """What the markup of one ``\\bibitem`` says (all as plain text)."""

    blocks: tuple[str, ...] = ()  # split at \newblock
    italic: str | None = None  # the first italic run
    before_italic: str = ""  # the text before it
    info: tuple[tuple[str, str], ...] = ()  # \bibinfo{field}{value}
    label: str = ""  # the optional label: natbib's "Author(2019)"
    block_italics: tuple[str | None, ...] = ()  # the first italic run of each block
    bold: tuple[str, str, str] | None = None  # the first bold run: (before, run, after)

    def __bool__(self) -> bool:
        return bool(len(self.blocks) >= 3 or self.italic or self.info or self.label or self.bold)


def _people(text: str) -> tuple[str, ...]:
    """``A, B.; C, D.`` / ``A and B`` / ``A und B`` / ``A. B, C. D and E. F`` -> the names,
    as written."""
    parts = re.split(r"\s*;\s*", text) if ";" in text else [text]
    people: list[str] = []
    for part in parts:
        for person in re.split(r",?\s+(?:and|und|et|&|и)\s+", part):
            people.extend(_initials_first(person))
    return tuple(_tidy_name(p) for p in people if _tidy_name(p))


# a name written initials first: "R. Ortiz", "K.~E. Haug", "J.-H. Lee", "A. de Vries"
_INITIALS_FIRST = lazy_compile(
    r"(?:[^\W\d_]{1,2}\.(?:\s*|-))+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}"
)


def _initials_first(text: str) -> list[str]:
    """``R. Ortiz, M. Lindqvist`` -> each name (rsc, elsarticle and IEEE styles separate
    initials-first names with commas); ``Ortiz, R.`` (family name first) stays whole."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) > 1 and all(_INITIALS_FIRST.fullmatch(p) for p in parts if p):
        return [p for p in parts if p]
    return [text]


def _tidy_name(name: str) -> str:
    """Trimmed, keeping the period of a final initial (``Smith, J.``)."""
    name = name.strip(" ,;:")
    if name.endswith(".") and not re.search(r"(?:^|[\s.-])\w{1,2}\.$", name):
        name = name[:-1]
    return name


# editors say so after their names: "P. J. Linstrom and W. G. Mallard (eds.)", "(Hrsg.)"
_EDITOR_MARK = lazy_compile(
    r",?\s*\((?:eds?|Eds?|Hrsg|Hg|dir|coord|red|ред)\.?\)|,\s(?:eds?|Eds?)\.(?=\s*$)"
)


def _names_only(text: str) -> tuple[str, ...] | None:
    """The people named by ``text`` when it holds names and nothing else, else None."""
    text = _EDITOR_MARK.sub("", _YEAR.sub(" ", text)).strip(" .,:;")
    if not text or _QUOTE.search(text):
        return None  # a quoted title ("A. Smith, ``Tides,'' \emph{J. Mar. Res.}"): no names
    people = _people(text)
    for person in people:
        words = person.split()
        if not words or len(words) > 4 or not _INITIALS.search(" " + person + " "):
            return None
        if any(w[:1].islower() and w.strip(",.") not in _PARTICLES for w in words):
            return None  # a lower-case word: a title, not a name
    return people or None


_FULL_NAME_WORD = lazy_compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*\.?")


def _given_first(people: Sequence[str]) -> bool:
    """Is each of ``people`` a name written given name first: two to five capitalised
    words or particles, the family name last and written out?"""
    for person in people:
        words = person.split()
        if not 2 <= len(words) <= 5:
            return False
        if not all(_FULL_NAME_WORD.fullmatch(w) or w in _PARTICLES for w in words):
            return False
        if not _FULL_NAME_WORD.fullmatch(words[-1]) or words[-1].endswith("."):
            return False  # the family name comes last, written out
    return True


def _full_names(text: str) -> tuple[str, ...] | None:
    """``Robert Darnton`` / ``François Furet and Jacques Ozouf`` / ``J. R. Smith`` ->
    the names, when ``text`` (the part before a title, ending in a comma) holds names
    written given name first and nothing else."""
    if not text.rstrip().endswith(","):
        return None
    people = _people(text.strip().rstrip(","))
    if not people or any("," in p for p in people):
        return None
    return people if _given_first(people) else None


# between names written given name first: a comma, or "and" in the document's language
_NAME_SEPARATOR = lazy_compile(r"\s*,\s*(?:(?:and|y|e|et|i|und)\s+)?|\s+(?:and|y|e|et|i|und)\s+")


def _comma_names(text: str) -> tuple[str, ...] | None:
    """``Ana Souza, Luca Bruni and Marc Petit`` (a comma between names written given
    name first, ``and``/``y``/``e``/``et``/``i`` before the last) -> the names, when the
    text holds such names and nothing else."""
    people = tuple(p.strip() for p in _NAME_SEPARATOR.split(" ".join(text.split()).strip(" ,")))
    if not people or not all(people):
        return None
    return people if _given_first(people) else None


def _bold_title(ref: Reference, marks: Marks) -> Reference | None:
    """``Ana Souza, Luca Bruni, \\textbf{Title of the work}. Place, Publisher, 2009.``:
    a hand-typed list that sets the title in bold (and nothing in italics) after the
    names written given name first.  The bold run is the title, the year the first one
    after it; a bold run of one or two words (a volume, a journal's number) is no title."""
    if marks.italic or marks.bold is None:
        return None
    before, run, after = marks.bold
    title = tidy(run)
    names = _comma_names(before)
    if not title or names is None or len(title.split()) < 3 or not _has_letters(title):
        return None
    found = replace(ref, authors=names, title=title.rstrip(". "))
    year = _YEAR.search(after)
    if year is not None:
        found = replace(found, year=int(year.group(1)), year_raw=year.group(1))
    return found


def _has_letters(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 8


def reference_of(text: str, marks: Marks, line: int) -> Reference:
    """The reference of a ``\\bibitem`` whose plain text is ``text``."""
    ref = parse_reference(text, (line,), detect_styles=True)
    if not marks:
        return ref
    if marks.info:
        return info_reference(ref, marks.info, _people)
    made = block_reference(ref, marks.blocks, marks.block_italics, marks.label)
    if made is not None:
        return _label_year(made, marks)
    if marks.bold is not None:
        physics = physics_article(ref, *marks.bold)
        if physics is not None:
            return physics
        bold = _bold_title(ref, marks)
        if bold is not None:
            return _label_year(bold, marks)
    if len(marks.blocks) >= 3:
        names = _names_only(marks.blocks[0])
        title = tidy(marks.blocks[1])
        if names and title:
            return replace(ref, authors=names, title=title)
    if marks.italic and not _ET_AL.fullmatch(marks.italic.strip()):
        found = (
            _journal_after_names(ref, text, marks)
            or _around_italic(ref, marks)
            or _note_form(ref, text, marks)
        )
        if found is not None:
            ref = found
    return _label_year(ref, marks)


def _label_year(ref: Reference, marks: Marks) -> Reference:
    # ("\\bibitem[Cai(2010)]{cai10} Cai Fang (2010).": the label cites the person by the
    # first word, so the name is written family name first: "Cai, Fang")
    named = family_first_as_cited(ref.authors, cited_names(marks.label))
    if named != ref.authors:
        ref = replace(ref, authors=named)
    if ref.year is None and marks.label:
        year = _LABEL_YEAR.search(marks.label)
        if year is not None:
            ref = replace(ref, year=int(year.group(1)), year_raw=year.group(1))
    return ref


# what follows a journal in the styles that name no article title (rsc: "\\emph{J. Name},
# 2019, \\textbf{12}, 45--67"): only numbers (year, volume, issue, pages) and a DOI
_NUMBERS_ONLY = lazy_compile(r"(?P<head>[\s.,;:()\[\]\d–—-]*)(?:(?:DOI|doi)\b.*)?", re.DOTALL)
_NUMBER = lazy_compile(r"\d+")
_RANGE = lazy_compile(r"\d\s*[–—-]\s*\d")
_PART = lazy_compile(r"\d+\s*+[–—-]\s*+\d+|(?P<volume>\d+)(?:\s*+\(\d+\))?")


def _journal_after_names(ref: Reference, text: str, marks: Marks) -> Reference | None:
    """``R. Ortiz and M. Lund, \\emph{J. Estuar. Res.}, 2019, \\textbf{12}, 45--67``:
    names, then an italic run followed by nothing but numbers (a year, a volume, pages).
    The italic run is the journal, and the entry has no title (rsc and other chemistry
    styles leave an article's title out)."""
    italic = tidy(marks.italic)
    names = _names_only(marks.before_italic)
    at = text.find(marks.italic or "")
    if not italic or names is None or at < 0:
        return None
    after = text[at + len(marks.italic or "") :]
    numbers = _NUMBERS_ONLY.fullmatch(after)
    if numbers is None:
        return None
    head = numbers.group("head")
    if not _YEAR.search(head) or not (len(_NUMBER.findall(head)) >= 3 or _RANGE.search(head)):
        return None
    kind = RefKind.ARTICLE if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK) else ref.kind
    host = " ".join((marks.italic or "").split()).strip(" ,;:")  # (its abbreviation period kept)
    found = replace(ref, authors=names, title=None, host=host, kind=kind)
    # year, volume (issue), pages: in the order these styles write them
    parts = [m for m in _PART.finditer(head) if m.group(0) != (ref.year_raw or "")]
    if len(parts) >= 2:
        volume, pages = parts[0].group("volume"), parts[-1].group(0)
        found = replace(found, volume=ref.volume or volume, pages=ref.pages or pages)
    return found


def _note_form(ref: Reference, text: str, marks: Marks) -> Reference | None:
    """``Given Family, \\emph{Title} (Place: Publisher, Year)``: the italic run is the title,
    the year the first one after it."""
    italic = tidy(marks.italic)
    names = _full_names(marks.before_italic)
    if not italic or names is None:
        return None
    found = replace(ref, authors=names, title=italic)
    at = text.find(marks.italic or "")
    after = text[at + len(marks.italic or "") :] if at >= 0 else ""
    year = _YEAR.search(after)
    if year is not None and (ref.year is None or (ref.year_raw and ref.year_raw in italic)):
        value = year.group(1)
        found = replace(found, year=int(value), year_raw=value)
    return found


def _around_italic(ref: Reference, marks: Marks) -> Reference | None:
    italic = tidy(marks.italic)
    if not italic:
        return None
    before = marks.before_italic.strip()
    if not before and ref.title and ref.title.startswith(italic) and ref.title != italic:
        # "\emph{IEEE Standard for …}, IEEE Std 2800-2022, 2022.": a work with no author
        # (a standard, a manual) opens with its title; its number is no part of it
        return replace(ref, title=italic)
    head, colon, tail = before.partition(": ")
    if not colon and before.endswith(":"):
        head, colon, tail = before[:-1], ":", ""
    names = _names_only(head) if colon else _names_only(before)
    if colon and names is None and _CORPORATE.fullmatch(head.strip()):
        names = (head.strip(),)  # "Bundesanstalt für Gewässerkunde: \emph{Title}"
    cue = _HOST_CUE.search(tail if colon else before)
    if names and not cue and not (tail.strip(" .") if colon else ""):
        return replace(ref, authors=names, title=italic)
    if cue is not None:
        title = tidy((tail if colon else before)[: cue.start()]) if names else None
        return replace(
            ref,
            authors=names or ref.authors,
            title=title or ref.title,
            host=italic if not ref.host or title else ref.host,
        )
    return None
