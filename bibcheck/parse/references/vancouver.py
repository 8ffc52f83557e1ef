"""Vancouver (NLM, ICMJE) book details the IEEE/Vancouver parser reads with these.

An edition statement is a sentence of its own between the title and the imprint, in the
forms NLM's *Citing Medicine* and EndNote's output styles write: ``5th ed.``, ``2nd ed.,
rev.``, ``5th ed., text rev.``, ``3rd rev. ed.``, ``10th rev.``, ``Rev. ed.``, and those of
the same lists in German, French, Spanish, Portuguese, the Scandinavian languages, Dutch or
Czech (``2. Aufl.``, ``3e éd.``, ``2ª ed.``, ``2. uppl.``, ``4e druk``).  :data:`EDITION`
matches one at the start of a sentence (the whole statement, so that removing it leaves the
imprint).

The imprint names the place with its state or country in parentheses, NLM's way:
``Washington (DC): American Psychiatric Publishing; 2022.``, ``Bethesda (MD): National
Library of Medicine (US); 2007.`` :func:`vancouver_imprint` reads that too.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.reportkind import ONLINE_MEDIUM
from bibcheck.parse.references.shared import place_publisher
from bibcheck.parse.references.volume_designation import volume_designation
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["EDITION", "organisation_page", "vancouver_imprint", "volume_statement"]

_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th|\.|e|re|ème|ª|º|a|o)|Revised|Rev\.|New|Updated|Expanded|Enlarged"
    r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
)
_REVISION = r"(?:text\s)?(?:rev|revised|updated|expanded|enl|enlarged|reprint(?:ed)?)\b\.?"
EDITION = lazy_compile(
    rf"^{_ORDINAL}\s?(?:(?:rev\.|revised|updated|expanded|enl\.)\s)?"
    # (Swedish "2. uppl.", Norwegian "3. utg.", Danish "2. udg.", Dutch "4e druk", Czech
    # "2. vyd.")
    rf"(?:ed|edn|edition|éd|édition|Aufl|Auflage|rev|uppl|upplagan|utg|utgave|utgåva|udg"
    rf"|udgave|druk|vyd)\b\.?(?:,?\s{_REVISION})*(?:\s|$)",
    re.I,
)
# A volume or part of a work in several, a sentence of its own between the title and the
# imprint as NLM writes it ("Title. Vol. 2. Place: …", "Title. Part 2. London: …; 1935."),
# in the languages the lists are written in (Swedish and Norwegian "Del 2", Danish "Bind 2",
# German "Bd. 2" / "Teil 2", Dutch "Deel 2", Finnish "Osa 2", French "Tome 2"): no part of
# the title (the corpus conventions: a volume's designation is not the title's)
# (the words: :mod:`.volume_words`)
_VOLUME = lazy_compile(
    rf"^{alternation(words(Reading.SENTENCE))}\.?\s"
    r"(?:\d{1,3}[a-z]?|[IVXLC]{1,6})\.?$"
)


def volume_statement(sentence: str) -> bool:
    """Is ``sentence`` a volume's or part's designation alone ("Part 2.", "Vol. 3", "Del
    II."; a span, a part of a volume, other languages' words: :mod:`.volume_designation`)?"""
    return _VOLUME.match(sentence.strip()) is not None or volume_designation(sentence)


# "Washington (DC): Publisher" / "Bethesda (MD): National Library of Medicine (US)"
_PLACE_IN_PARENS = lazy_compile(
    r"^\s*(?P<place>[^\W\d][^:;,()]{1,60}?\s\([^()]{2,20}\))\s?:\s?"
    # (the publisher read once, to the first comma, semicolon or end, spaces and all: the
    # caller strips it; a lazy publisher before "\s*" re-read the spaces at each length)
    r"(?P<publisher>[^,;:]++)(?:[,;]|$)"
)

_EDITION_REST = lazy_compile(r"^\s*(?:ed|edn|edition)\.\s", re.I)


def vancouver_imprint(text: str) -> tuple[str | None, str | None]:
    """The place and publisher of a Vancouver imprint ("Place: Publisher, 2020"; the place
    with its state in parentheses too)."""
    text = _EDITION_REST.sub("", text)  # "3rd rev." / "ed. Bethesda (MD): …" split apart
    place, publisher = place_publisher(text)
    if place is None and publisher is None:
        m = _PLACE_IN_PARENS.match(text)
        if m:
            return m.group("place").strip(), m.group("publisher").strip()
    return place, publisher


# NLM's medium designator ("[Internet]", as other languages' lists write it too) and the date
# the page was seen ("[cited 2024 Jan 5]", "[citado 2024 mar 12]", "Acesso em: 12 mar. 2024")
_INTERNET = ONLINE_MEDIUM
_SEEN = lazy_compile(
    # (Swedish "citerad", Danish "citeret", Norwegian "sitert", Finnish "viitattu", Dutch
    # "geciteerd")
    r"\[(?:cited|citado|citada|consultado|consultada|accedido|cité|citato|zitiert|citerad"
    r"|citeret|sitert|siteret|viitattu|geciteerd)\b"
    r"|\b(?:Acesso\sem|Accedido\sel|Consultado\sel|Accessed)\b",
    re.I,
)
# a person as Vancouver names one: "Parker R", "Domingues CMAS", "van Elm E"
_PERSON = lazy_compile(r"^(?:[a-z]+\s){0,2}[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s[A-Z]{1,4}$")


def organisation_page(ref: Reference, has_url: bool) -> Reference:
    """An NLM entry of an organisation's ``Title [Internet]. Place: Publisher; 2022 [cited
    …]. Available from: <url>`` is a page of its web site, not a book: NLM writes a book
    online by its authors or editors, and a body's web page, database or online document
    by the body ("World Health Organization", "Brasil. Ministério da Saúde. DATASUS")."""
    # (a body's page with no date of its own, only the day it was seen, read as the body's
    # report: "Norges Bank. Historisk statistikk [Internet]. Oslo: Norges Bank [sitert …]")
    undated_report = ref.kind is RefKind.REPORT and ref.year is None
    if (
        (ref.kind is not RefKind.BOOK and not undated_report)
        or ref.style != "vancouver"
        or not has_url
        or not ref.authors
        or any(_PERSON.match(a) for a in ref.authors)
        or _INTERNET.search(ref.raw) is None
        or _SEEN.search(ref.raw) is None
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
