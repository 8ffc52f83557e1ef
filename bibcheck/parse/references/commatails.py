"""What follows the title of a comma-form entry (``Family I., Title, …``) in the Romance
tradition, read for the kind of work and the end of its title.

French, Italian, Spanish and Portuguese lists write names with their initials after them
and part every element with commas; what comes after the title tells the kind::

    Rossi A., L'architecture de la ville, trad. F. Brun, Paris, L'Équerre, 1981.
        (a book: statements, then ``Place, Publisher, Year``, the place first)
    Moreau J., « Titre de l'article », Revue d'études urbaines, à paraître.
    Ducret M., « Titre de l'article », soumis.
        (a title in quotation marks, then a periodical and a status, or the status alone:
        an article not yet out, with no year)
    Dupont J., Titre, rapport d'étude, Paris, Agence, 2019.
    ADEME, Titre, rapport, Angers, ADEME, 2023.
        (a report: the genre named as an element of its own after the title)

:func:`placed_book`, :func:`unpublished_article` and :func:`report_genre` read these;
each returns None (or the title unchanged) for any other text.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import undated_status
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS
from bibcheck.parse.references.title_statements import title_before_statements
from bibcheck.parse.references.yearwords import STAGES, sent_pattern
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["Placed", "named_report", "placed_book", "report_genre", "unpublished_article"]


@dataclass(frozen=True, slots=True)
class Placed:
    """A book's (or report's) title (its statements cut), place, publisher and year."""

    title: str
    place: str
    publisher: str
    year: str
    report: bool = False  # (the genre named after the title: "…, rapport d'étude, Paris")


# "…, Title[, statements], Paris, L'Équerre, 1981" (the publisher may hold no comma)
_PLACED = lazy_compile(
    rf"^(?P<title>.{{3,400}}?),\s(?P<place>[^,]{{2,40}}),\s(?P<publisher>[^,]{{2,80}}),\s"
    rf"(?P<year>{_YEAR})[a-z]?$",
    re.S,
)


def placed_book(rest: str) -> Placed | None:
    """The book of ``rest`` (what follows the names) ending ``Place, Publisher, Year``,
    the place a known one (:func:`~.places.is_place`), a report when the genre follows
    the title; None otherwise, and when an element no rule here names is left between the
    title and the place ("Titolo, 2 voll., Venezia, …": read by the other parsers)."""
    m = _PLACED.match(rest.strip().rstrip("."))
    if m is None or not is_place(m.group("place").strip()):
        return None
    title = title_before_statements(m.group("title").strip())
    if not title or title[0] in DOUBLE_OPENINGS:
        return None  # (a title in quotation marks is a part of a work, no book)
    report = report_genre(title)
    if ", " in (report or title):
        return None
    place, publisher = m.group("place").strip(), m.group("publisher").strip()
    return Placed(report or title, place, publisher, m.group("year"), report is not None)


# a title in quotation marks, then the rest
_QUOTED = lazy_compile(
    rf"^[{DOUBLE_OPENINGS}]\s?(?P<title>[^{DOUBLE}]{{3,400}}?)\s?[{DOUBLE_CLOSINGS}],\s(?P<after>.+)"
    rf"$",
    re.S,
)
# the stages before print a list writes in the year's place, besides those of a year
# field (:func:`~.fields.undated_status`: "in press", "à paraître", "submitted", …): a
# work sent to a journal, in any language of :data:`~.yearwords.STAGES`, with where it
# was sent ("soumis à la Revue X", "Submetido à Revista Y", "submitted to Z")
_TO = "|".join(sorted({w for lang in STAGES for w in lang.to}, key=lambda w: (-len(w), w)))
_SENT = lazy_compile(
    r"^(?:(?:article|artigo|art[íi]culo|articolo|manuscrit|manuscript|paper)\s)?"
    rf"(?:{sent_pattern()})"
    rf"(?:\s(?:{_TO})\b.{{0,120}})?$",
    re.I | re.S,
)
# a chapter's signal: the work it is in
_IN = lazy_compile(r"^(?:in|en|dans|em|im|In:|in:)\s", re.I)


def _status(text: str) -> bool:
    text = " ".join(text.split()).strip(" .")
    return undated_status(text) or _SENT.match(text) is not None


def unpublished_article(rest: str) -> tuple[str, str | None] | None:
    """``(title, periodical or None)`` of ``rest`` (what follows the names) when it is a
    title in quotation marks followed by a periodical and a status, or by the status
    alone (module doc); None otherwise (a chapter "…, dans …", an imprint)."""
    m = _QUOTED.match(rest.strip())
    if m is None:
        return None
    title, after = m.group("title").strip(), m.group("after").strip().rstrip(".")
    if _status(after):
        return title, None
    head, comma, status = after.rpartition(", ")
    if not comma or not _status(status) or _IN.match(head):
        return None
    journal = head.strip()
    first = journal.split(",", 1)[0].strip()
    if not journal or is_place(first) or re.search(rf"\b{_YEAR}\b", journal):
        return None
    return title, journal


# the genre as an element of its own: "rapport", "rapport d'étude", "Rapport de recherche",
# "rapport final", "relatório técnico", "informe final", "Forschungsbericht"
_REPORT = lazy_compile(
    r",\s(?:(?:rapport|relat[óo]rio|informe)(?:\s(?:d['’]\s?[ée]tude|de\srecherche|de\spesquisa"
    r"|de\sinvestigaci[óo]n|final|technique|t[ée]cnico|d['’]\s?activit[ée]|d['’]\s?expertise"
    r"|d['’]\s?[ée]valuation|de\ssynth[èe]se|annuel|anual|interne?))?"
    r"|(?:Forschungs|Abschluss|Projekt|Arbeits|Jahres)?bericht)(?=,|\.?$)",
    re.I,
)


def report_genre(title: str) -> str | None:
    """``title`` without the report genre element a parser left in it, and its rest
    ("Titre, rapport d'étude" -> "Titre"; "Titre, rapport, Angers, ADEME" -> "Titre"),
    when it has one after some words of its own; None otherwise."""
    m = _REPORT.search(title)
    if m is None or m.start() < 3:
        return None
    return title[: m.start()].rstrip(" ,")


def _spaced(text: str) -> str:
    """``text`` with single spaces and none before a colon or semicolon (French
    typography's "Titre : sous-titre", which parsers give as "Titre: sous-titre")."""
    return _BEFORE_STOP.sub(r"\1", " ".join(text.split()))


_BEFORE_STOP = lazy_compile(r"\s++([:;])")
# the marks that close a title before the element after it ("*Titre*, rapport")
_CLOSING = lazy_compile(r"[*_»”\"'’\s]*+")


def named_report(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when the element right after its title, or one a parser left
    at the end of its title, names it one (``ADEME, *Titre*, rapport, Angers, ADEME,
    2023``), its title without that element (also when another rule read it a report);
    ``ref`` itself otherwise (a book or a work of unknown kind only: a periodical's article
    keeps its kind)."""
    if ref.kind not in (RefKind.UNKNOWN, RefKind.BOOK, RefKind.REPORT) or not ref.title:
        return ref
    cut = report_genre(ref.title)
    if cut is not None:
        return dataclasses.replace(ref, title=cut, kind=RefKind.REPORT)
    if ref.kind is RefKind.REPORT:
        return ref
    raw, title = _spaced(ref.raw), _spaced(ref.title)
    at = raw.find(title)
    if at < 0:
        return ref
    after = raw[at + len(title) :]
    end = _CLOSING.match(after)
    if _REPORT.match(after, end.end() if end else 0) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
