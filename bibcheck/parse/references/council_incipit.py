"""A council's or a pope's document named by its genre and its incipit.

The Holy See's documents are known by their opening words, the incipit, and a list often
gives the genre and what the document is about with it, before or after the incipit::

    Second Vatican Council. *Declaration on the Relation of the Church to Non-Christian
        Religions: Nostra Aetate*. 28 October 1965. <https://www.vatican.va/…>
    *Nostra Aetate, Declaration on the Relation of the Church to Non-Christian Religions*
    Franziskus. *Laudato si'. Enzyklika über die Sorge für das gemeinsame Haus*. 2015.
    Concilio Vaticano II. *Costituzione dogmatica sulla Chiesa: Lumen gentium*. 1964.

The corpus conventions key such a document by its incipit alone -- the genre's words
describe it -- and as a ``report``: church legislation and documents a body issues, as laws
and standards.  A title is so when one part of it (before or after a colon, a comma or a
full stop) opens with a genre's name of such documents (declaration, decree, dogmatic or
pastoral constitution, encyclical letter, apostolic exhortation, in the languages the
Church publishes them in) and the other part is a short name of one to five words; and the
document is the Church's -- its author a council, a pope, a congregation or a synod, or its
link on ``vatican.va``.  A link's text that opens with the incipit and a comma
(``[Nostra Aetate, Declaration on … (28 October 1965)](https://www.vatican.va/…)``), whose
incipit was read as the author, is such a title too.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["incipit_document", "incipit_of"]

_GENRE = (
    r"(?:(?:Dogmatic|Pastoral|Apostolic)\sConstitution|Declaration|Decree|Encyclical(?:\sLetter)?"
    r"|(?:Post-?[Ss]ynodal\s)?Apostolic\s(?:Exhortation|Letter)"
    r"|Erklärung|Dekret|(?:Dogmatische|Pastorale|Apostolische)\sKonstitution|Enzyklika"
    r"|(?:Nachsynodales\s)?Apostolisches\sSchreiben"
    r"|Dichiarazione|Decreto|Costituzione\s(?:dogmatica|pastorale|apostolica)"
    r"|Lettera\senciclica|(?:Esortazione|Lettera)\sapostolica"
    r"|Déclaration|Décret|Constitution\s(?:dogmatique|pastorale|apostolique)"
    r"|Lettre\s(?:encyclique|apostolique)|Exhortation\sapostolique"
    r"|Declaración|Declaração|Constituci[óo]n\s(?:dogm[áa]tica|pastoral|apost[óo]lica)"
    r"|Constituição\s(?:dogmática|pastoral|apostólica)|Carta\s(?:enc[íi]clica|apost[óo]lica)"
    r"|Exhortaci[óo]n\sapost[óo]lica|Exortação\sapostólica"
    r"|Deklaracja|Konstytucja\s(?:dogmatyczna|duszpasterska|apostolska)|Encyklika"
    r"|Adhortacja\sapostolska|List\sapostolski)"
)
_GENRE_FIRST = lazy_compile(rf"^{_GENRE}(?![^\W\d_])[^:]{{0,160}}:\s(?P<incipit>[^:]+)$")
_INCIPIT_FIRST = lazy_compile(rf"^(?P<incipit>[^:,.]+?)(?:,|\.|:)\s{_GENRE}(?![^\W\d_])")
# a short name: one to five words, the first a capital's, no digits
_INCIPIT = lazy_compile(r"[A-Z][^\W\d_]*['’]?(?:\s[^\W\d_]+['’]?){0,4}")
_ISSUER = lazy_compile(
    r"(?<![^\W\d_])(?:Council|Konzil|Concilio|Concile|Concílio|Sobór|Soboru|Vatican\w*|Vatikan\w*"
    r"|Pope|Papst|Papa|Pape|Holy\sSee|Heiliger\sStuhl|Santa\sSede|Saint-Siège|Congregation"
    r"|Kongregation|Congregazione|Congrégation|Congregación|Dicastery|Dikasterium|Dicastero"
    r"|Pontifical|Päpstliche[rs]?|Pontificio|Pontificia|Synod|Synode|Sinodo|Sínodo)(?![^\W\d_])"
)
_HOLY_SEE_SITE = lazy_compile(r"^https?://(?:www\.)?vatican\.va/", re.IGNORECASE)
_READ_AS = (RefKind.WEB, RefKind.BOOK, RefKind.UNKNOWN)


def incipit_of(title: str | None) -> str | None:
    """The incipit of a title that names a document's genre with it (``Declaration on …:
    Nostra Aetate`` -> ``Nostra Aetate``); None when the title is no such pair."""
    if not title:
        return None
    title = " ".join(title.split()).strip(" .*_")
    m = _GENRE_FIRST.match(title) or _INCIPIT_FIRST.match(title)
    if m is None:
        return None
    incipit = m.group("incipit").strip(" *_")
    return incipit if _INCIPIT.fullmatch(incipit) is not None else None


def _incipit_heading(ref: Reference) -> str | None:
    """The incipit heading ``ref``'s text before a genre's words the title was read from
    (a link's text ``[Nostra Aetate, Declaration on …](https://www.vatican.va/…)``, read
    with the incipit as its author); None otherwise."""
    if not ref.title:
        return None
    lead = " ".join(ref.raw.split()).lstrip("[*_ ")
    m = _INCIPIT_FIRST.match(lead)
    if m is None or lead[m.end("incipit") : m.end("incipit") + 1] != ",":
        return None
    incipit = m.group("incipit").strip(" *_")
    # (the issuer before a colon is no incipit: "Zweites Vatikanisches Konzil: …")
    if _INCIPIT.fullmatch(incipit) is None or _ISSUER.search(incipit) is not None:
        return None
    if " ".join(ref.title.split()) not in lead[m.end("incipit") :]:
        return None
    return incipit


def _churchs(ref: Reference) -> bool:
    """Is ``ref`` issued by a council, a pope or a curial body, or linked on vatican.va?"""
    if ref.url and _HOLY_SEE_SITE.match(ref.url) is not None:
        return True
    return any(_ISSUER.search(name) is not None for name in ref.authors)


def incipit_document(ref: Reference) -> Reference:
    """``ref`` titled by its incipit and a ``report`` when it is a Church document named by
    its genre and incipit (see the module)."""
    if ref.kind not in _READ_AS or ref.host or ref.volume or not _churchs(ref):
        return ref
    incipit = incipit_of(ref.title)
    authors = ref.authors
    if incipit is None:
        incipit = _incipit_heading(ref)
        if incipit is None:
            return ref
        # (the incipit before the genre's comma read as the author's name)
        authors = tuple(a for a in authors if " ".join(a.split()) not in incipit)
    return dataclasses.replace(ref, title=incipit, kind=RefKind.REPORT, authors=authors)
