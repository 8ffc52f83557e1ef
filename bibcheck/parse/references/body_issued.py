"""A body's own manual or account to its members: its ``report``; a person's account: not.

Two kinds of work a body issues about itself or its products, cited under the body's name:

* a **manual, handbook or guide** to a machine, an instrument or a program, by the
  laboratory, company or agency that made it (``Computing Laboratory (1951). Programmers'
  handbook for the …``, ``Acme Instruments Ltd (2018). CT-40 conductivity meter: User
  manual.``, ``Nordwind AG. Benutzerhandbuch …``, ``Manuel d'utilisation …``,
  ``Bruksanvisning för …``).  BibTeX files it as ``@manual`` ("technical documentation"),
  which the corpus conventions (tests/corpus/README.md, "Conventions decided in round 73")
  file as ``report``, as :mod:`.manual_kind` does for a body's ``@manual``; a handbook a
  publisher publishes (``The Oxford handbook of …``, ``Diagnostic and statistical manual …
  (5th ed.). American Psychiatric Publishing``), one in an edition or titled by its subject
  (``Handbook of regional anaesthesia``) or one a person writes stays a book;
* a **company's or society's annual report, statement or account** to its shareholders or
  members, its title opening with the report word (``Göta kanalbolag (1833). Berättelse om
  …``, ``Beretning for Aaret 1899``, ``Förvaltningsberättelse …``, ``Redogörelse för …``,
  ``Kertomus …``, ``Statement of the Directors …``); Swedish ``berättelse``, Danish and
  Norwegian ``beretning`` are a report and a narrative alike, so a person's ``Berättelse om
  en resa …`` stays a book -- and so does a person's account of a journey that the report
  words of German and Dutch open (``Bericht über eine Reise …``, ``Verslag van eene reis
  …``: the indefinite article tells a narrative of one event from a body's report).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["body_issued"]

_TAKEN = frozenset({RefKind.BOOK, RefKind.UNKNOWN})

# a company's or a society's name besides a body's word of :mod:`.bodywords` (which
# :func:`.corporate.is_organisation` reads: "Società …", "Sociedad …", "… Bank"): its legal
# form closing it ("Nordwind AG", "Bergström Pumpar
# AB"), a Nordic, Dutch, German or Finnish compound closing with the word for a company, a
# society or an association (or its definite form), in any case ("Göta kanalbolag", "Det Forenede
# Dampskibs-Selskab", "Nederlandsche Handel-Maatschappij"), or a Romance or Nordic
# company's word ("Compagnie des Chemins de fer du Nord": no body's word of the table, as
# a publisher is a company too, "Companhia das Letras")
_COMPANY = lazy_compile(
    r"(?:^|\s)(?:Limited|Ltd|Inc|Incorporated|Corporation|Corp|LLC|PLC|plc|GmbH|AG|KG|SA|S\.A"
    r"|SpA|S\.p\.A|Srl|S\.r\.l|BV|B\.V|NV|N\.V|Oy|Oyj|AB|ASA|AS|A/S|ApS|KK|Co)\.?$"
    r"|(?i:\w*(?:bolag|bolaget|selskab|selskabet|selskap|selskapet|sällskap|sällskapet"
    r"|gesellschaft|maatschappij|vereniging|verein|genootschap|forening|förening"
    # (the Nordic words' definite forms, as a society's name opens with them: "Foreningen
    # til …", "Föreningen för …", "Samfundet …", "Forbundet …")
    r"|foreningen|föreningen|forbund|forbundet|förbund|förbundet|samfund|samfundet"
    r"|yhtiö|osakeyhtiö)\b)"
    r"|\b(?:Compagnie|Compañía|Companhia|Compagnia|Kompani|Kompaniet|Aktiebolag|Aktieselskab"
    r"|Aksjeselskap)\b"
)

# a manual, a handbook, a guide or instructions opening the title (after the thing's name, a
# colon) or closing it, in the languages of the lists
_MANUAL_WORD = (
    r"(?:(?:(?:Programmers?|Users?|Operators?|Owners?|Reference|Technical|Service|Instruction"
    r"|Installation|Maintenance|Operating|Field|Laboratory)['’]?s?['’]?\s)?"
    r"(?:Manual|Handbook|Guide)"
    r"|Benutzerhandbuch|Handbuch|Bedienungsanleitung|Betriebsanleitung|Gebrauchsanweisung"
    r"|Anleitung|Manuel|Manuale|Bruksanvisning|Brugsanvisning|Käyttöohje|Handleiding"
    r"|Gebruikershandleiding|Handbok|Håndbok|Håndbog|Instrukcja|Podręcznik|Руководство"
    # (a federation's or league's rule book of its sport, a season's perhaps: "IIHF Official
    # Rule Book 2023/24", "Sääntökirja 2024", "Kilpailusäännöt", "Spelregler för fotboll
    # 2024", "Regelwerk", "Spielregeln")
    r"|Rule\s?[Bb]ook|Sääntökirja|Kilpailusäännöt|Pelisäännöt|Regelbok|Regelbog|Spelregler"
    r"|Spilleregler|Tävlingsregler|Regelbuch|Regelwerk|Spielregeln|Reglement)"
)
# (... closing the title before the season or year it is for: "Rule Book 2023/24")
_SEASON = r"(?:\s(?:1[89]|20)\d\d(?:[/–-](?:\d\d){1,2})?)?"
_MANUAL_TITLE = lazy_compile(
    rf"(?i:^{_MANUAL_WORD}\b|:\s{_MANUAL_WORD}\b|\b{_MANUAL_WORD}{_SEASON}$)"
    # ("Sentinel-2 User Handbook", "PowerFactory 2022 User Manual": a product's manual)
)
# a manual of a product by the word its reader's role qualifies ("Programmers' Handbook",
# "User manual", "Operator's Guide") or by a compound that names one ("Benutzerhandbuch",
# "Manuel d'utilisation", "Bruksanvisning"): a person's "Language Handbook" or "manuel de
# dépouillement" is a scholarly book
_PRODUCT_MANUAL = lazy_compile(
    r"(?i:\b(?:Programmers?|Users?|Operators?|Owners?|Reference|Technical|Service|Instruction"
    r"|Installation|Maintenance|Operating)['’]?s?['’]?\s(?:Manual|Handbook|Guide)\b"
    r"|\b(?:Benutzerhandbuch|Bedienungsanleitung|Betriebsanleitung|Gebrauchsanweisung"
    r"|Bruksanvisning|Brugsanvisning|Käyttöohje|Gebruikershandleiding)\b"
    r"|\bManuel\sd['’]utilisation)"
)
# a publisher's imprint or an edition: the handbook is a book ("Oxford University Press",
# "American Psychiatric Publishing", "Springer", "(5th ed.)")
_PUBLISHER = lazy_compile(
    r"(?i:\b(?:press|publishing|publishers?|publications|verlag|éditions?|editorial|editora"
    r"|editore|uitgeverij|förlag|forlag|kustannus|wiley|springer|elsevier|routledge)\b)"
)
_EDITION = lazy_compile(r"(?i:\b\d+\s?(?:st|nd|rd|th|e|\.)?\s?(?:ed|edn|Aufl|éd)\.)")
# a scholarly handbook by its subject: the bare word, then "of" ("Handbook of regional
# anaesthesia", "Handbuch der Physik", "Manuel de démographie"): a book, whoever wrote it
_SUBJECT_HANDBOOK = lazy_compile(
    r"^(?i:handbook|manual|handbuch|manuel|manuale|guide|handboek|handbok|håndbok)\s"
    r"(?i:of|on|to|for|der|des|zur|zum|de|du|di|del|della|över|om|til|voor|van)\s"
)

# the report word opening the title of a body's account to its shareholders or members
_ACCOUNT = lazy_compile(
    r"^(?i:(?:\w+)?berättelse|redogörelse|(?:aars|års)?beretning|(?:vuosi)?kertomus"
    r"|(?:jaar)?verslag|(?:annual\s)?statement\s(?:of|to|by)\b|exposé\s(?:de|des|du)\b)"
)
# a person's account of one event in the report words of German, Dutch and the Nordic
# languages: the word, "of/about", an indefinite article ("Bericht über eine Reise …",
# "Verslag van eene reis …", "Beretning om en Reise …", "Berättelse om en resa …")
_NARRATIVE = lazy_compile(
    r"^(?i:bericht|verslag|beretning|berättelse)\s(?i:über|von|van|om|över|fra|från)\s"
    r"(?i:eine[mnrs]?|ein|een|eene|en|ett|et)\s"
)


def _body(name: str) -> bool:
    """Is ``name`` a body's (an organisation's, a company's or a society's)?"""
    name = name.strip(" .,")
    return is_organisation(name) or _COMPANY.search(name) is not None


def body_issued(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when it is a body's manual or its account to its members, a
    person's account of a journey no report (see the module)."""
    title = (ref.title or "").strip(" .,")
    if not title or not ref.authors:
        return ref
    by_body = len(ref.authors) == 1 and _body(ref.authors[0])
    if not by_body:
        if (
            ref.kind is RefKind.REPORT
            and _NARRATIVE.match(title)
            and not any(_body(author) for author in ref.authors)
        ):
            return dataclasses.replace(ref, kind=RefKind.BOOK if ref.publisher else RefKind.UNKNOWN)
        # (a person's manual the laboratory or company issues: "A. M. Turing, *Programmers'
        # Handbook for …*. Manchester: Computing Machine Laboratory, …, 1951.")
        issuer = (ref.publisher or "").split(",")[0]
        if (
            ref.kind in _TAKEN
            and issuer
            and _body(issuer)
            and _PRODUCT_MANUAL.search(title) is not None
            and _manual(ref, title)
        ):
            return dataclasses.replace(ref, kind=RefKind.REPORT)
        return ref
    if ref.kind not in _TAKEN:
        return ref
    if _ACCOUNT.match(title):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return dataclasses.replace(ref, kind=RefKind.REPORT) if _manual(ref, title) else ref


def _manual(ref: Reference, title: str) -> bool:
    """Is ``ref`` a manual or a handbook of a thing (no publishing house's, no edition, not
    titled by its subject)?"""
    return not (
        _MANUAL_TITLE.search(title) is None
        or _EDITION.search(ref.raw) is not None
        or _SUBJECT_HANDBOOK.match(title)
        or _PUBLISHER.search(ref.publisher or "") is not None
    )
