"""A body's online resource in a German note: the body before the colon, the title after it.

German humanities notes and lists (DIN 1505, the historians' styles) cite a web page, a data
set, a digitised collection or a map service as they cite a book, the author before a colon
-- for an online resource most often a body, or two bodies joined by a comma -- then the
title, then what the resource is part of or published under, the address and the date it
was consulted::

    Landesamt für Vermessung: Digitales Orthophoto 20 cm, Datenlizenz Deutschland –
        Namensnennung – Version 2.0, https://… (Zugriff: 03.05.2023).
    Universitätsbibliothek Heidelberg: Historische Stadtpläne, Digitale Sammlungen,
        https://… (abgerufen am 4. Mai 2023).
    Stadtverwaltung Jena, Geoportal Thüringen: WMS Historische Flurkarten, https://…
        (letzter Zugriff: 5.5.2023).

The part before the colon is the author (each body in it a name with a body's word --
``Staatsbibliothek``, ``Bezirksregierung``, ``Landesamt`` -- or a body's initials,
``Geodaten NRW``), and the part after it the title.  What follows the title after a comma
and is no part of it is cut: a licence (``Datenlizenz Deutschland …``, ``Lizenz: CC BY
4.0``, ``CC0 1.0``), a release's version (``Version 2.0``: the corpus convention for data
sets and software, round 73), and the collection or portal the resource is shown in, named
by what it is (``Digitale Sammlungen``, ``Geoportal``, ``Datenbank``).  Only an entry that
consults its address the German way (``Zugriff``, ``Abruf``, ``abgerufen``, ``aufgerufen``)
and that the parsers read as ``web`` is read so.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.bodywords import has_body_word

__all__ = ["body_headed", "title_without_tails"]

# the German words for the date an address was consulted
_CONSULTED = lazy_compile(r"\b(?:[Zz]ugriff|[Aa]bruf|abgerufen|aufgerufen)\b")
# the head before the colon and the title after it
_HEADED = lazy_compile(r"^(?P<head>[^:;.()\[\]\d]{3,150}?):\s(?P<title>\S.*)$")
# a German compound naming a body by its end ("Staatsbibliothek", "Bezirksregierung")
_BODY_COMPOUND = lazy_compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]*(?:bibliothek|regierung|archiv|amt|museum|ministerium|verwaltung"
    r"|institut|behörde|verband|verein|gesellschaft|akademie|stiftung|kommission|anstalt"
    r"|dienst|portal|kammer|zentrale|direktion|präsidium|landesaufnahme|vermessung"
    # (a school or university: "Tierärztliche Hochschule Hannover", "Kunsthochschule Kassel",
    # "Universität Leipzig", "Museumszentrum")
    r"|schule|zentrum)\b|\bUniversität\b"
)
# A subtitle after the title's first sentence, opening with an article or a preposition as
# German subtitles do ("Seuchenzüge. Eine virtuelle Ausstellung zur …", "Stadtpläne. Die
# Sammlung …"), running to the comma before the address: part of the title (a portal's
# name there, "Historische Stadtpläne. Digitale Sammlungen, https://…", opens with none)
_SUBTITLE = lazy_compile(
    r"\.\s(?P<subtitle>(?:Eine?|Der|Die|Das|Des|Zur|Zum|Vom|Von|Über|Aus|Im|Am|Mit|Für|Wie"
    r"|Was|Warum|Wer)\s[^.:;()\[\]]{1,200}?),\s(?=<?https?://)"
)
# a body's initials as one word of its name ("Geobasis NRW", "LGB Brandenburg")
_INITIALS = lazy_compile(r"\b[A-ZÄÖÜ]{2,6}\b")
# a capitalised word, or one of the small words of a name
_NAME_WORD = lazy_compile(r"^(?:[A-ZÄÖÜ][\w-]*|zu|für|der|des|die|und|von|am|an|im|in|–|-|&)$")
# what closes a title after a comma and is no part of it
_LICENCE = r"(?:Daten)?[Ll]izenz\b|Lizenz:|CC[\s-]?(?:BY|0|Zero)\b|Creative\sCommons\b|dl-de/"
_VERSION = r"(?:Version|Vers\.|v\.)\s?\d[\w.]*$"
_SITE = (
    r"(?:[\w-]+\s){0,3}[\w-]*(?:[Ss]ammlung|[Ss]ammlungen|[Dd]atenbank|[Pp]ortal"
    r"|[Ww]ebsite|[Ww]ebseite|[Mm]ediathek|[Kk]artendienst|[Oo]nline-Angebot)$"
)
_TAIL = lazy_compile(rf",\s(?:{_LICENCE}|{_VERSION}|{_SITE})[^,]*$")


def _body(name: str) -> bool:
    """Is ``name`` one body's name (see the module)?"""
    words = name.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    return bool(has_body_word(name) or _BODY_COMPOUND.search(name) or _INITIALS.search(name))


def title_without_tails(title: str) -> str:
    """``title`` with the licence, version and collection after it cut (see the module)."""
    while True:
        m = _TAIL.search(title)
        if m is None or m.start() < 3:
            return title
        title = title[: m.start()].rstrip(" ,")


def body_headed(ref: Reference, text: str) -> Reference:
    """``ref`` with the bodies before the colon its authors and the title after it its
    title, freed of what closes it (see the module); as it is otherwise."""
    if ref.kind is not RefKind.WEB or not ref.title:
        return ref
    if _CONSULTED.search(text) is None:
        return ref
    m = _HEADED.match(ref.title)
    if m is None:
        if ref.authors and all(_body(a) for a in ref.authors):
            # ("Stiftung X: Title. Zur …, https://…": the body already read as the author,
            # the subtitle left out of the title)
            return dataclasses.replace(ref, title=_with_subtitle(ref.title, text))
        return ref
    head = m.group("head")
    if ref.authors:
        # ("Stadtverwaltung X, Geoportal Y: Title": the first body read as the author, the
        # second left heading the title)
        head = ", ".join(ref.authors) + ", " + head
        if not text.lstrip("*_ ").startswith(head):
            return ref
    bodies = tuple(b.strip() for b in re.split(r",\s|\s/\s|;\s", head))
    if not bodies or not all(_body(b) for b in bodies):
        return ref
    title = title_without_tails(m.group("title").strip())
    return dataclasses.replace(ref, authors=bodies, title=_with_subtitle(title, text))


def _with_subtitle(title: str, text: str) -> str:
    """``title`` with the subtitle that follows it in ``text`` to the address (see
    :data:`_SUBTITLE`); as it is when none follows."""
    at = text.find(title)
    if at < 0:
        return title
    m = _SUBTITLE.match(text, at + len(title))
    if m is None:
        return title
    return f"{title}. {m.group('subtitle').strip()}"
