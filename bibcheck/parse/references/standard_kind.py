"""Standards, specifications, manuals and datasheets the other rules miss: their ``report``.

The corpus conventions file standards, RFCs and Internet-Drafts, specifications, software
manuals and product datasheets as ``report``; a standard's designation is no part of its
title nor an author.  :mod:`.standardkind` reads a designation opening a title and a
series after it; this module reads the shapes it leaves:

* an IEEE entry naming the issuing body, then the document's number, where a journal would
  stand: ``A. Author, "Title," IETF, RFC 9000, May 2021``, ``"Title," IETF, Internet-Draft
  draft-ietf-tls-esni-18, 2024``, ``"Title," 3GPP, TS 23.501, 2023``: read as an article of
  the journal "IETF", it is the body's report (the body its publisher);
* the designation in parentheses closing the title, as APA cites a standard under its
  body's name: ``Standards Body. (2019). Title (BS EN ISO 12345-2:2019).``;
* the designation as the title's last element: ``Parametry napięcia …, PN-EN
  50160:2023-09, PKN, Warszawa, 2023``, ``Title, DIN EN ISO 9001:2015``, ``Title, ČSN EN
  1990`` (national bodies join their adoption with hyphens: ``PN-EN``, ``PN-EN ISO``);
* the designation where the author stands: ``CNR-DT 200 R1/2013, Istruzioni per …,
  Consiglio Nazionale delle Ricerche, Roma 2013``, ``UNI/TR 11552:2014, Title, …``: a code of
  capitals and digits is no person's nor body's name;
* a manual or a datasheet by the words of its title: ``CSI Analysis Reference Manual``,
  ``User's Guide``, ``Manuale d'uso``, ``Benutzerhandbuch``, ``Manuel d'utilisation``,
  ``Manual del usuario``, ``Instrukcja obsługi``, ``Scheda tecnica …``, ``Datasheet``,
  ``Datenblatt``, ``Fiche technique``, ``Ficha técnica``, ``Karta katalogowa``.

Only a work read as a book, a web page or of unknown kind changes kind by its title or its
designation; an article changes only where its "journal" is a standards body followed by
the document's number (volume, issue and pages of a journal keep it an article).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.standard_designation import (
    DESIGNATION,
    ISSUERS,
    alternation,
    standard_designation,
)

__all__ = ["issued_document"]

_RELABELLED = frozenset({RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB})

# bodies that issue standards and specifications, as an IEEE entry names them where a journal
# would stand (:data:`.standard_designation.BODIES`)
_ISSUER = lazy_compile(rf"^{alternation(ISSUERS)}$")
# the document's number after the body: an RFC, an Internet-Draft, a 3GPP or ETSI
# specification, a W3C Recommendation or Note, a standard's designation
_NUMBERED = lazy_compile(
    r"^(?:RFC\s?\d{3,5}|(?:STD|BCP|FYI)\s\d{1,4}|Internet[-\s]Draft\b|draft-[a-z0-9-]+"
    r"|(?:TS|TR|EN|ES|EG)\s\d{2,3}(?:[.\s]\d{3})*|(?:W3C\s)?(?:Candidate\s|Proposed\s)?"
    r"Recommendation\b|(?:W3C\s)?(?:Working\sGroup\s)?Note\b|Std\.?\s\d"
    r"|(?:ISO|IEC|ISO/IEC|EN|ITU-T\s[A-Z]\.)\s?\d)"
)
# a journal's numbers: none in a body's report
_JOURNAL_NUMBERS = lazy_compile(r"\b(?:vol|no|pp)\.\s?\d")

# the designation as an element of its own after the title, perhaps with the imprint the
# parser left in the title after it: "Title, PN-EN 50160:2023-09(, PKN, Warszawa)"
_DESIGNATION_TAIL = lazy_compile(rf",\s(?P<designation>{DESIGNATION})(?=$|[,.]\s)")

# the designation in parentheses closing the title, as APA cites a standard by its body:
# "Standards Body. (2019). Title - Part 2: Terms (BS EN ISO 12345-2:2019)."
# (the number apart from the bodies, as a standard prints it: a document's own code glued to
# its series, "(TS001-1.0.4)", stays in its title)
_DESIGNATION_CLOSING = lazy_compile(rf"\s\((?=[^()]*\s\d)(?P<designation>{DESIGNATION})\)$")

# the designation opening the title, a comma after it: "CNR-DT 200 R1/2013, Istruzioni …"
_DESIGNATION_HEAD = lazy_compile(rf"^{DESIGNATION},\s(?=\S{{3}})")

# a manual's or a datasheet's words in its title, in several languages
_MANUAL = lazy_compile(
    r"\b(?:(?:Reference|User['’]?s?|Owner['’]?s|Operator['’]?s|Installation|Programming"
    r"|Technical|Service|Instruction|Analysis\sReference)\sManual|Manual\sof\sOperation"
    r"|User['’]?s?\sGuide|Installation\sGuide|Data\s?sheet\b|Product\sData\sSheet"
    r"|Manuale\s(?:d['’]uso|utente|di\sriferimento)|Scheda\stecnica"
    r"|Benutzerhandbuch|Bedienungsanleitung|Betriebsanleitung|Referenzhandbuch|Datenblatt"
    r"|Manuel\s(?:d['’]utilisation|de\sréférence|utilisateur)|Fiche\stechnique"
    r"|Manual\s(?:del\susuario|de\susuario|de\sreferencia|do\susuário|de\sreferência)"
    r"|Ficha\stécnica|Guía\sdel\susuario|Guia\sdo\susuário"
    r"|Instrukcja\sobsługi|Podręcznik\s(?:użytkownika|referencyjny)|Karta\s(?:katalogowa"
    r"|techniczna)|Handleiding|Gebruikershandleiding|Technische\sfiche)"
)


def issued_document(ref: Reference, rest: str) -> Reference:
    """``ref`` as a report when it is a standard, a specification, a manual or a datasheet
    in a shape :mod:`.standardkind` leaves (see the module); the designation cut from its
    title or its authors."""
    if ref.kind is RefKind.ARTICLE:
        return _body_numbered(ref, rest)
    closing = _DESIGNATION_CLOSING.search(ref.title) if ref.title else None
    if closing is not None and ref.title is not None and closing.start() >= 3:
        if ref.kind in _RELABELLED or ref.kind is RefKind.REPORT:
            # (a body's standard another rule made a report keeps no designation either)
            return dataclasses.replace(ref, title=ref.title[: closing.start()], kind=RefKind.REPORT)
    if ref.kind not in _RELABELLED:
        return ref
    tail = _DESIGNATION_TAIL.search(ref.title) if ref.title else None
    if tail is not None and ref.title is not None and tail.start() >= 3:
        # (the standards body after the designation, as the parser left it in the title)
        body = ref.title[tail.end() :].lstrip(" ,.").split(", ")[0] or None
        return dataclasses.replace(
            ref,
            title=ref.title[: tail.start()],
            kind=RefKind.REPORT,
            publisher=ref.publisher or body,
        )
    if len(ref.authors) == 1 and standard_designation(ref.authors[0]):
        return dataclasses.replace(ref, authors=(), kind=RefKind.REPORT)
    head = _DESIGNATION_HEAD.match(ref.title) if ref.title and not ref.authors else None
    if head is not None and ref.title is not None:
        return dataclasses.replace(ref, title=ref.title[head.end() :], kind=RefKind.REPORT)
    if ref.title and _MANUAL.search(ref.title):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref


def _body_numbered(ref: Reference, rest: str) -> Reference:
    """An IEEE entry's body and document number read as a journal: ``"Title," IETF, RFC
    9000, May 2021``."""
    host = (ref.host or "").strip(" ,.")
    if not host or not _ISSUER.match(host) or ref.volume or ref.issue or ref.pages:
        return ref
    flat = " ".join(rest.split())
    at = flat.find(host, flat.find(ref.title) + len(ref.title) if ref.title else 0)
    if at < 0:
        return ref
    after = flat[at + len(host) :].lstrip(" ,.;:")
    if not _NUMBERED.match(after) or _JOURNAL_NUMBERS.search(after):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT, host=None, publisher=ref.publisher or host)
