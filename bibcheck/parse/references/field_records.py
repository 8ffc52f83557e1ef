"""A note citing the author's own field records: a field diary, field notes, an interview.

Fieldwork chapters and articles cite what the author recorded as their sources, in the
notes only: no list of literature holds them, and the corpus conventions (``tests/corpus/
README.md``) file them as ``commentary``.  Such a citation names the record, then where and
when it was made::

    Diario di campo dell'autrice, Feltre, luglio 2019.
    Field notes, Leeds, 3 May 2021.
    Carnet de terrain de l'autrice, Marseille, juin 2018.
    Veldnotities van de auteur, Utrecht, maart 2020.
    Interview met een wijkagent, Rotterdam, 4 mei 2021.

It may follow a remark of the note's, after a sentence's end, a colon or a semicolon, or an
example's signal (``Alle namen zijn pseudoniemen. Voorbeeld: interview met een advocaat
(‘Mr. K.’), Amsterdam, 9 november 2021.``, ``…; interview and fieldnotes, Rotterdam, 14
March 2022, notebook 3.``).  An interview is the author's own when it is held with a person
left unnamed (``with a nurse``, ``met een advocaat``, ``a un minatore``), named by a
pseudonym, said to be the author's, or recorded beside the field notes; a published interview
(``Interview with Bruno Latour, *Le Monde*, …``) names its interviewee and its periodical.
A record's words inside a title (``Writing Ethnographic Fieldnotes``) open no clause.

The record may also be named by its genre alone, then a place and a day's date
(``Fieldnotes, Accra, 3 June 2019.``, ``… ; entretien, Lyon, 3 mai 2021.``, ``Entrevista,
Madrid, 12 de marzo de 2020.``, ``Wywiad, Łódź, 3 maja 2021.``): an interview published
somewhere (``Interview, *Journal* 12``) has no place and day right after its genre.
:func:`fieldwork_note` files a note read as no kind (or a book with no title) that cites
such a record as ``commentary``.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS

__all__ = ["field_record", "fieldwork_note"]

# the record's opening: the note's start, or a sentence's end, a colon or a semicolon before
# it, and an example's signal ("For example:", "Voorbeeld:", "Ad esempio", "z. B.", "np.")
_START = (
    r"(?:^|[.:;]\s+)"
    r"(?:(?:e\.\s?g\.|for\s(?:example|instance)|(?:bij)?voorbeeld|bijv\.|ad\sesempio"
    r"|per\sesempio|ad\ses\.|par\sexemple|p\.\s?ex\.|por\sejemplo|p\.\s?ej\.|zum\sBeispiel"
    r"|z\.\s?B\.|beispielsweise|np\.|na\sprzykład|por\sexemplo)[,:]?\s)?"
)
# a field diary, field notes or a field notebook, in the languages fieldwork is written in
_DIARY = (
    r"field(?:work)?\s?(?:notes?|diary|journal|notebooks?)"
    r"|(?:diario|note|appunti|quaderno|taccuino)\sdi\scampo"
    r"|(?:diario|notas|cuaderno|libreta)\sde\scampo|(?:diário|caderno|notas)\sde\scampo"
    r"|(?:carnet|journal|notes|cahier)\sde\sterrain"
    r"|Feld(?:tagebuch|notizen|notizbuch|protokoll)"
    r"|veld(?:notities|werkaantekeningen|dagboek|werknotities|aantekeningen)"
    r"|(?:notatki|dziennik|notatnik)\sterenow\w*"
)
# an interview or a conversation
_INTERVIEW = (
    r"(?:interviews?|entretiens?|intervist[ae]|entrevistas?|gesprek(?:ken)?|gespräche?"
    r"|wywiad\w*|rozmow\w+|conversation|conversazione|conversación)"
)
# with whom: a person left unnamed (an indefinite article or a number), or the author's
_WITH = r"(?:with|met|mit|avec|con|a|com|z|ze)"
_UNNAMED = (
    r"(?:a|an|one|two|three|een|twee|drie|un|une|una|uno|um|uma|einem|einer|zwei|drei"
    r"|several|enkele|meerdere|plusieurs|varios|varias|alcuni|alcune|mehreren)"
)
_AUTHORS = (
    r"(?:(?:of|by)\sthe\sauthors?|the\sauthor['’]s|dell['’]aut(?:ore|rice)|de\sl['’]aut(?:eur|rice)e?"
    r"|del\sautor|de\sla\sautora|van\sde\sauteurs?|der\sVerfasserin|des\sVerfassers"
    r"|der\sAutorin|des\sAutors|do\sautor|da\sautora|autora|autorki|autora)"
)
_RECORD = lazy_compile(
    _START
    + r"(?:"
    # a field diary, the author's or none's: "Diario di campo dell'autrice, Feltre, …"
    + rf"(?:{_DIARY})(?:\s{_AUTHORS})?"
    # an interview and the field notes: "interview and fieldnotes, Rotterdam, …"
    + rf"|{_INTERVIEW}\s(?:and|e|en|et|und|y|i|og)\s(?:{_DIARY})"
    # an interview the author held: "Intervista dell'autrice a …", "interview by the
    # author with …"
    + rf"|{_INTERVIEW}\s{_AUTHORS}\s{_WITH}\s[^,;]{{2,80}}"
    # an interview with a person unnamed: "interview met een advocaat", "with a nurse"
    + rf"|{_INTERVIEW}\s{_WITH}\s{_UNNAMED}\s[^,;]{{2,80}}"
    + r")"
    # then where or when it was made
    + r",\s",
    re.IGNORECASE,
)
# what a published work has that a field record has not: an address, italics, a title
# quoted whole (three words or more), a publisher after its place ("London: Sage")
_WORK = lazy_compile(
    r"https?://|\bwww\.|\bdoi\b|\b10\.\d{4,9}/|\*"
    rf"|[{DOUBLE_OPENINGS}][^{DOUBLE}]{{0,200}}?\s[^{DOUBLE}]{{0,200}}?\s[^{DOUBLE}]{{1,200}}"
    rf"[{DOUBLE_CLOSINGS}]"
    r"|\b[A-Z][a-z]+:\s[A-Z]"
)
_YEAR = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_AND = r"(?:and|et|y|e|und|i|en|og|&)"
_MONTH = r"[^\W\d_]{3,10}\.?"
# a day's date: "14 March 2022", "3 mai 2021", "12 de marzo de 2020", "3. Mai 2021",
# "March 14, 2022", "14.03.2022", "2022-03-14"
_DATE = (
    rf"(?:\d{{1,2}}\.?\s(?:de\s)?{_MONTH}\s(?:de\s)?\d{{4}}|{_MONTH}\s\d{{1,2}},\s\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"
)
_GENRE = rf"(?:(?:the\s)?author['’]s\s)?(?:{_INTERVIEW}|{_DIARY})"
# the genre alone, a place, a day's date: "interview and fieldnotes, Rotterdam, 14 March 2022"
_CLAUSE = lazy_compile(
    rf"(?:^|[;:.]\s)(?i:{_GENRE}(?:\s{_AND}\s{_GENRE})?),\s"
    rf"[^\W\d_][^\d,;()]{{1,40}},\s{_DATE}\b",
)


def field_record(text: str) -> bool:
    """Does the note ``text`` cite the author's own field record -- a field diary, field
    notes, an interview the author held -- by its place and date (see the module doc)?"""
    plain = " ".join(text.split())
    m = _RECORD.search(plain)
    if m is None:
        return False
    rest = plain[m.end() :]
    return _YEAR.search(rest) is not None and _WORK.search(rest) is None


def fieldwork_note(ref: Reference, text: str) -> Reference:
    """``ref`` a ``commentary`` when ``text`` cites the author's field record (see the
    module) and it was read as no kind or as a book with no title; ``ref`` itself
    otherwise."""
    if ref.kind is not RefKind.UNKNOWN and not (ref.kind is RefKind.BOOK and not ref.title):
        return ref
    if not (field_record(text) or _CLAUSE.search(" ".join(text.split()))):
        return ref
    return dataclasses.replace(ref, kind=RefKind.COMMENTARY)
