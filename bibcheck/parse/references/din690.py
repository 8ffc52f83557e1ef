"""DIN ISO 690 (and DIN 1505-2) heads: family names in capitals, a colon before the title.

German reference managers (Citavi, Zotero's and Word's DIN ISO 690 styles) write the
authors ``SURNAME, Given`` with the family name in capitals (or small capitals, which plain
text prints as capitals), several joined by `` ; ``, editors marked ``(Hrsg.)``, and a
colon before the title; an organisation as author is written in capitals too::

    KRÜGER, Anne: Title. Weimar, Universität, Dissertation, 2018
    HOFFMANN, Tobias ; LENZ, Miriam: Title. In: Bautechnik 98 (2021), Nr. 4, S. 271–280
    BUNDESINSTITUT FÜR BAU-, STADT- UND RAUMFORSCHUNG (Hrsg.): Title : Subtitle. Bonn, 2020

The German reader (:mod:`.german`) reads the ``Surname, Given:`` shape; here the capitals
are written as a name is (``Krüger``, ``Bundesinstitut für Bau-, Stadt- und
Raumforschung``) so that it does, and the shape is told from GOST's (whose ``. – `` area
dashes DIN ISO 690 also writes, before an ISBN, DOI or URL; GOST never puts a colon after
the names).

Not this shape: a title in capitals (``WATER: A HISTORY``: the words after the colon are
capitals too), a name in capitals without the colon (ABNT's ``SILVA, Ana. Title``).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.nameparticles import DUTCH_TE, GERMANIC, particle_pattern
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["head", "organisation", "title_cased"]

# Latin capitals (Latin Extended-A holds both cases: a word's case is checked apart)
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_CAPS_WORD = rf"[{_UP}](?:[{_UP}'’]|-(?=[{_UP}]))++"
# the family name: capital words, a hyphen joining them ("MÜLLER-LÜDENSCHEIDT") or a space
# ("VAN DER BERG"); the given names in ordinary case or as initials
_SURNAME = rf"{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,2}}"
_GIVEN = r"[^\W\d_][^\W\d_'’.-]*+(?:[-.]\s?[^\W\d_][^\W\d_'’.-]*+)*+\.?"
# (after the given names: the shared Dutch and German ones and "de"; not "ten", "ter",
# which this has never read)
_PARTICLE = rf"(?:\s{particle_pattern((GERMANIC - DUTCH_TE) | {'de'})}){{0,2}}"
_PERSON = rf"{_SURNAME},\s{_GIVEN}(?:\s{_GIVEN}){{0,3}}{_PARTICLE}"
# (an editor's mark, :data:`.role_marks.MARK`, or a patent's inventor or applicant)
_ROLE = rf"\s?(?:{role_marks.MARK}|\((?:Erfinder|Anmelder)\.?\))"
_PEOPLE = lazy_compile(
    rf"^(?P<names>{_PERSON}(?:\s?;\s?{_PERSON}){{0,11}})(?:\s(?:u\.\s?a\.|et\sal\.))?"
    rf"(?:{_ROLE})?\s?:\s(?=[^\W\d_]*[a-zß-ÿ])"
)
# an organisation in capitals: "BUNDESINSTITUT FÜR BAU-, STADT- UND RAUMFORSCHUNG (Hrsg.):",
# "INFORMATIONSDIENST HOLZ:" -- the title after the colon in ordinary case
_ORG_WORD = rf"[{_UP}][{_UP}'’&.]*+-?"
_ORGANISATION = lazy_compile(
    rf"^(?P<names>{_ORG_WORD}(?:,?\s{_ORG_WORD}){{1,9}})(?:{_ROLE})?\s?:\s(?=[{_UP}]?[a-zß-ÿ])"
)
# a sentence ending inside the capitals: "SPTRANS. GTFS: dados …" (ABNT) is a body, a full
# stop, then a title that opens with an acronym -- no organisation's name runs over it
_SENTENCE_END = lazy_compile(rf"[{_UP}]{{3,}}\.\s")
# a database named after its owner's initials: "FAO, FAOSTAT: Food Balances", "ILO, ILOSTAT:
# …", "OECD, OECD.STAT: …" -- the owner, then the database's name as its title opens, no
# family name and given name, no body's name in capitals
_OWNED_DATABASE = lazy_compile(rf"^(?P<owner>[{_UP}]{{2,10}}),\s(?P=owner)[{_UP}.]")
_SMALL = frozenset(
    "für und der die das des dem den von vom zur zum im in am an auf bei mit "
    "of and the for on at to de du la le les et".split()
)
_MIN_LETTERS = 2


def head(text: str) -> bool:
    """Does ``text`` open with DIN ISO 690 names in capitals and the colon?"""
    return _names(text) is not None


def _names(text: str) -> tuple[int, int] | None:
    """Where the capital names are (start and end of the names), or None."""
    for shape in (_PEOPLE, _ORGANISATION):
        m = shape.match(text)
        if m is None:
            continue
        letters = [c for c in m.group("names") if c.isalpha()]
        capitals = [c for c in m.group("names") if c.isupper()]
        surnames = m.group("names") if shape is _ORGANISATION else _surnames(m.group("names"))
        if shape is _ORGANISATION and _SENTENCE_END.search(m.group("names")):
            continue
        if _OWNED_DATABASE.match(m.group("names")):
            continue
        if len(letters) >= _MIN_LETTERS and capitals and _caps(surnames):
            return m.start("names"), m.end("names")
    return None


def _surnames(names: str) -> str:
    return " ".join(part.split(",")[0] for part in names.split(";"))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters)


def _word(word: str, first: bool) -> str:
    """A capital word as a name writes it: ``KRÜGER`` ``Krüger``, ``FÜR`` ``für``."""
    if not _caps(word):
        return word
    if not first and word.lower() in _SMALL:
        return word.lower()
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def title_cased(text: str) -> str | None:
    """``text`` with its capital names written as names are, or None when it does not open
    with them (see the module's description)."""
    found = _names(text)
    if found is None:
        return None
    start, end = found
    return f"{text[:start]}{_cased(text[start:end])}{text[end:]}"


def _cased(names: str) -> str:
    words = names.split(" ")
    return " ".join(
        _word(w, k == 0 or words[k - 1].endswith((";", ","))) for k, w in enumerate(words)
    )


# the title: the first sentence after the colon (its subtitle after " : " belongs to it)
_TITLE = lazy_compile(r"^(?P<title>.+?)(?:\.\s(?P<after>.*)|\.?$)", re.S)
# the place and year of the imprint: "Bonn, 2020", "Berlin : Beuth, 2019"
_IMPRINT_YEAR = lazy_compile(
    r"^[^\W\d_][^\s,.:]*+(?:\s[^\s,.:]++){0,3}?(?:\s?:\s?[^,.]{2,80}?)?,\s"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b"
)
# a numbered series of the issuing body: "(BBSR-Online-Publikation 12/2020)", "(Heft 45)"
# (a volume's words: :mod:`.volume_words`)
_SERIES = lazy_compile(
    rf"\([^()]{{2,80}}?\s(?:Nr\.\s?|Heft\s|{alternation(words(Reading.SERIES_PARENS))}\s"
    r"|No\.\s?)?\d{1,4}(?:/\d{2,4})?\)"
)
# the date an online resource was last updated (its date of publication; never the access
# date): "Aktualisierungsdatum: 2022-11-15", "Stand: 03.05.2021", "last updated 2020-01-02"
_UPDATED = lazy_compile(
    r"\b(?:Aktualisierungsdatum|Stand|Erscheinungsdatum|Last\supdated|Updated)\s?:?\s"
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?)?(?P<year>(?:1[5-9]|20)\d\d)\b",
    re.I,
)
_EDITOR = lazy_compile(role_marks.COLON_MARK)  # "(Hrsg.): ", "(Hg.): ": :mod:`.role_marks`


def organisation(text: str) -> Fields | None:
    """The fields of a work whose author (or editor) is an organisation in capitals, DIN ISO
    690's ``BUNDESAMT FÜR X (Hrsg.): Title : Subtitle. Place, Year (Series 12/2020)``: the
    title is the sentence after the colon, the year the imprint's; a numbered series of the
    body that edits it makes it a report.  None for any other text."""
    m = _ORGANISATION.match(text)
    if m is None or not _caps(m.group("names")) or _SENTENCE_END.search(m.group("names")):
        return None
    if _OWNED_DATABASE.match(m.group("names")):
        return None  # ("FAO, FAOSTAT: Food Balances": the owner, then its database)
    body = _TITLE.match(text[m.end() :])
    if body is None:
        return None
    title = body.group("title").strip(" ,;:")
    after = body.group("after") or ""
    imprint = _IMPRINT_YEAR.match(after) or _UPDATED.search(after)
    series = _EDITOR.search(text[: m.end() + 2]) is not None and _SERIES.search(after)
    return Fields(
        "german",
        (_cased(m.group("names")),),
        title or None,
        year_of(imprint.group("year") if imprint else None),
        kind=RefKind.REPORT if series else None,
    )
