"""Printed works cited with a link: the imprint after the title, a digitised copy's viewer.

Notes in Spanish, Italian and Portuguese write a book's facts after its title with commas,
no colon: ``E. Autor, *Título del libro*, Madrid, Editorial Trotta, 2003, p. 12.`` -- a place,
a publisher and the year. A style parser that does not know the form either leaves the place
and the publisher in the title, or takes the work for a web page when a link to a digitised
copy follows (``…, Londres, Sampson Low, 1798. Ejemplar digitalizado en <https://…>``). Such
a work is a book (a report when its title or its body says so: ``…: final report of the
Global Commission …, Ginebra, OMS, 1980, https://…``), its title ending before the place
(:func:`printed_work`).

A book's page in a digitised library's viewer (Google Books, HathiTrust, the Biblioteca
Digital Hispánica, Gallica, the Internet Archive's ``details/``) is the book itself, not a
web page (:func:`viewer_book`); a work that calls itself a report after its title
(``_Title_, internal report TR-2023-11, <https://…>``, ``Title. Technical report, …``) is
a report, its link where it is kept (:func:`designated_web_report`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.fields import parse_pages
from bibcheck.parse.references.patterns import PLACE_QUALIFIER
from bibcheck.parse.references.reportkind import designated_report, internet_standard, is_report

__all__ = ["comma_imprint", "designated_web_report", "printed_work", "viewer_book"]

# ", Madrid, Imprenta Real, 1803", ", Londres, Sampson Low, 1798", ", Ginebra, OMS, 1980",
# ", Rio de Janeiro, Editora Fiocruz, 2005": a place (capitalised words, a particle between
# them), a publisher (no digits, no clause punctuation), the year
_COMMA_IMPRINT = lazy_compile(
    r",\s(?P<place>[A-Z][^\W\d_]+(?:[\s-](?:(?:de|del|da|do|di|upon|am|an|sur)\s)?"
    r"[A-Z][^\W\d_]+){0,2}),\s"
    # (the year a catalogue supplies in brackets for an undated print: "Milano, Ricordi,
    # [1852]")
    r"(?P<pub>[A-Z][^,;:()\[\]\d«»“”\"]{1,80}?),\s(?P<open>\[)?(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?(open)\])(?=[,.;\s]|$)"
)
# what a note may write between a book's title and its imprint: its translator or editor
# ("trad. P. Pellegrin", "a cura di G. Reale", "übers. v. K. Flasch", "ed. J. Smith"), its
# volume ("t. 1", "vol. 2", "Bd. 3") or its edition ("2e éd.", "3ª ed.", "2nd edn")
_STATEMENT = lazy_compile(
    r"^(?:(?:trad|tr|trans|transl|traduz|übers|übs|éd|ed|eds|edd|hg|hrsg|intr|introd|préf"
    r"|comm|red|vert|přel|tłum)\.\s?(?:(?:v|von|di|de|par|by|it|fr|esp|port)\.?\s)?\S"
    r"|(?:a\scura\sdi|traduit\spar|traduction\sde|traducción\sde|tradução\sde|translated\sby"
    r"|edited\sby|übersetzt\svon|herausgegeben\svon)\s\S"
    r"|(?:t|vol|tome|tomo|Bd|Band|deel|dl)\.?\s?[\dIVXLC]{1,5}$"
    # an edition's division ("Reihe VI, Bd. 4", "Abt. II", "série III"), before its volume
    r"|(?:Reihe|Abteilung|Abt\.|Serie|série|sér\.|series|ser\.)\s?[\dIVXLC]{1,5}$"
    # a music edition's arrangement or form: "riduzione per canto e pianoforte", "vocal score",
    # "partitura", "Klavierauszug", "réduction pour chant et piano", "reducción para …"
    r"|(?:riduzione|reduction|réduction|reducción|redução)\s(?:per|for|pour|para)\s\S"
    r"|(?:(?:full|vocal|piano-vocal|study|miniature)\sscore|partitura(?:\scompleta)?"
    r"|spartito|Klavierauszug|Partitur|partition|partition\sd['’]orchestre)$"
    r"|\d{1,2}\s?(?:e|re|ème|a|ª|nd|rd|th|\.)?\s?(?:éd|ed|edn|Aufl)\.?$)"
)
# what closes a quoted title: a quoted title is an article's, a chapter's or a page's
_CLOSING_QUOTE = frozenset("»”\"’'")
# the subtitle of a body's report: "…: final report of the Global Commission for …",
# "…: report of a WHO Expert Committee", "…: informe final de la Comisión …"
_BODY_REPORT = lazy_compile(
    r":\s(?:(?:the|a|an)\s)?(?:(?:final|interim|technical|annual)\s)?report\sof\s(?:the|an?)\s"
    r"|:\s(?:el\s)?informe\s(?:final\s)?de\sla\s(?:Comisi[oó]n|Junta|Comit[ée])",
    re.IGNORECASE,
)
# a digitised library's viewer of a book
_VIEWER = lazy_compile(
    r"^https?://(?:"
    r"books\.google\.[a-z.]+/books|(?:www\.)?google\.[a-z.]+/books/edition/"
    r"|(?:babel|catalog)\.hathitrust\.org/(?:cgi/pt|Record)"
    r"|bdh-rd\.bne\.es/viewer|bdh\.bne\.es/bnesearch/detalle/"
    r"|gallica\.bnf\.fr/ark:"
    r"|(?:www\.)?archive\.org/details/"
    r")"
)


def comma_imprint(text: str, at: int = 0) -> tuple[int, str, str, str] | None:
    """The first ``, Place, Publisher, Year`` in ``text`` from ``at``: its start, the place,
    the publisher and the year; None when there is none."""
    m = _COMMA_IMPRINT.search(text, at)
    if m is None:
        return None
    return m.start(), m.group("place"), m.group("pub").strip(), m.group("year")


def printed_work(ref: Reference) -> Reference:
    """``ref`` (a web page or a work of unknown kind, not quoted, with no host) whose title is
    followed -- or ended -- by a ``, Place, Publisher, Year`` imprint: a book or a report,
    the imprint no part of its title."""
    if ref.kind not in (RefKind.WEB, RefKind.UNKNOWN) or not ref.title or ref.host:
        return ref
    flat, title = " ".join(ref.raw.split()), " ".join(ref.title.split())
    at = flat.find(title)
    if at < 0:
        return ref
    end = at + len(title)
    if end < len(flat) and flat[end] in _CLOSING_QUOTE or at and flat[at - 1] in _CLOSING_QUOTE:
        return ref
    found = _COMMA_IMPRINT.search(flat, at + 1)
    if found is None:
        return _place_year_work(ref, flat, end)
    start, place, publisher, year = (
        found.start(),
        found["place"],
        found["pub"].strip(),
        found["year"],
    )
    if start == end or (start > end and _statements(flat[end:start])):
        kept = ref.title
    elif start < end and flat.startswith(f"{publisher}, {year}", end - len(publisher)):
        # "…, Title, Madrid, Publisher, 2003": the title was read up to the year
        kept = title[: start - at].rstrip(" ,")
    else:
        return ref
    if not kept:
        return ref
    reported = is_report(text=ref.raw, title=kept, authors=ref.authors, publisher=publisher) or (
        _BODY_REPORT.search(kept) is not None
    )
    return replace(
        ref,
        title=kept,
        kind=RefKind.REPORT if reported else RefKind.BOOK,
        place=ref.place or place,
        publisher=ref.publisher or publisher,
        year=ref.year if ref.year is not None else int(year),
        year_raw=ref.year_raw if ref.year_raw is not None else year,
        pages=ref.pages or _locator(flat[found.end() :]),
    )


# ", Berlin 1975", ", Frankfurt am Main 2004": a place and a year, German notes' imprint
# with no publisher, ending the note or before its page; the place's river or region
# after it ("Halle a. S. 1901", "Freiburg i. Br. 1921": :data:`.patterns.PLACE_QUALIFIER`)
_PLACE_YEAR = lazy_compile(
    r",\s(?P<place>[A-Z][^\W\d_]+(?:[\s-](?:(?:de|del|da|do|di|upon|am|an|sur)\s)?"
    rf"[A-Z][^\W\d_]+){{0,2}}(?:\s{PLACE_QUALIFIER})?)"
    r"\s(?P<year>(?:1[5-9]|20)\d\d)(?=(?:,\s[^,;()]{2,20}?)?\.?$)"
)


def _place_year_work(ref: Reference, flat: str, end: int) -> Reference:
    """``ref`` whose title (ending at ``end`` of ``flat``) is followed by ``, Place Year``
    alone (a statement between, a page after: ``*Title*, Bd. 2, Berlin 1975, S. 12.``): a
    book (a report when it says so), as German's reading of the same note has it."""
    found = _PLACE_YEAR.search(flat, end)
    if found is None or not (found.start() == end or _statements(flat[end : found.start()])):
        return ref
    year = found["year"]
    reported = is_report(text=ref.raw, title=ref.title, authors=ref.authors, publisher=None)
    return replace(
        ref,
        kind=RefKind.REPORT if reported else RefKind.BOOK,
        place=ref.place or found["place"],
        year=ref.year if ref.year is not None else int(year),
        year_raw=ref.year_raw if ref.year_raw is not None else year,
        pages=ref.pages or _locator(flat[found.end() :]),
    )


# what follows the imprint's year: the note's page, "p. 45", "pp. 10-15", "S. 12", "s. 7"
_AFTER_YEAR = lazy_compile(r"^\]?,\s(?P<locator>[^,;()]{2,20}?)\.?$")


def _locator(after: str) -> str | None:
    """The page a note cites after its imprint's year (``…, Lisboa, Cosmos, 1999, p. 45.``),
    as a style parser reading the same note keeps it (:func:`.fields.parse_pages`), or
    None."""
    m = _AFTER_YEAR.match(after)
    return parse_pages(m["locator"]) if m is not None else None


def _statements(gap: str) -> bool:
    """Is ``gap`` (between a title and its imprint) only a translator's, an editor's, a
    volume's or an edition's statement, each after a comma: ``*, trad. P. Pellegrin``
    (or nothing but the title's closing mark)?"""
    gap = gap.lstrip("*_")
    if not gap:
        return True  # ("*Title*, Paris, …": the title's closing mark only)
    if not gap.startswith(", "):
        return False
    parts = [p.strip() for p in gap[2:].split(", ")]
    return all(_STATEMENT.match(p) for p in parts)


def viewer_book(ref: Reference) -> Reference:
    """``ref`` (taken for a web page) linked to a digitised library's viewer of a book, with
    a title and a year and no host: the book."""
    if ref.kind is not RefKind.WEB or not ref.title or ref.host or ref.year is None:
        return ref
    if not ref.url or _VIEWER.match(ref.url) is None:
        return ref
    return replace(ref, kind=RefKind.BOOK)


def designated_web_report(ref: Reference) -> Reference:
    """``ref`` (taken for a web page) that calls itself a report after its title
    (:func:`.reportkind.designated_report`), or names its number as an RFC
    (:func:`.reportkind.internet_standard`): the report."""
    if ref.kind is not RefKind.WEB or not ref.title or ref.host:
        return ref
    if not (designated_report(ref.raw, ref.title) or internet_standard(ref.raw, ref.title)):
        return ref
    return replace(ref, kind=RefKind.REPORT)
