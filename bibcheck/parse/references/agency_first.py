"""A public body heading a list entry as its author, its report in a numbered series or its
dataset after it, as the author-date and the notes-bibliography lists of the Nordic, German,
Finnish, English, Polish and Italian fields write an agency's grey literature:

``Havs- och vattenmyndigheten. 2019. *Title*. HaV-rapport 2019:14. Göteborg: HaV.``,
``Miljøstyrelsen. *Title*. Rapport nr. 12. København: Miljøstyrelsen, 2020.``,
``Suomen ympäristökeskus (SYKE). 2017. Title. SYKE-raportti 12/2017. Helsinki: SYKE.``,
``Bundesanstalt für Gewässerkunde. 2018. Title. BfG-Bericht 1923. Koblenz.``,
``Sveriges … institut. 2021. Title [dataset]. https://…``

The body's name, written with the small words of its language (``och``, ``og``, ``für``,
``per la``), is no parser's person nor organisation, so the parsers took it for the title.
What follows says where the title is: a sentence that names a report series and its number
(``HaV-rapport 2019:14``, ``Rapport M-1234``, ``UBA-Bericht 12/2019``, ``Raport nr 3/2020``,
``Rapporti ISPRA 345/2021``, ``EEA Report No 12/2019``) comes after the title, and so does the
bracketed word that calls the work a dataset (``[dataset]``, ``[Data set]``, ``[datasett]``,
``[datasæt]``, ``[Datensatz]``, ``[aineisto]``, ``[zbiór danych]``, ``[set di dati]``).
The body is the author, the title the sentence before the series or the mark; a numbered
series' work is a ``report`` and a dataset ``web`` (``tests/corpus/README.md``, "Kinds of
sources": datasets are ``web`` whoever publishes them; a body's publication its series calls
a report is a ``report``).

Only a head that is a body is read so: an organisation (:func:`.corporate.is_organisation`),
a name with a body's word (``-myndigheten``, ``-verket``, ``-direktoratet``, ``institutt``,
``laitos``, ``keskus``, ``Bundesanstalt``, ``Instytut``, ``Istituto`` …), one word
(``Naturvårdsverket``, ``Umweltbundesamt``), a name given with its acronym (``… (SYKE)``), or
-- in an author-date entry, whose head before the year is its author -- a name with a small
word no person's name has (``Statens vegvesen``, ``Ilmatieteen laitos``).  A person's
name with initials is never one.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.nameparticles import ARABIC, PARTICLES
from bibcheck.parse.references import bodywords
from bibcheck.parse.references.corporate import is_organisation

__all__ = ["agency_first"]

# the body's name: no full stop, comma, colon, digits, brackets or quotation marks; its
# acronym may follow in parentheses ("Suomen ympäristökeskus (SYKE)")
_BODY = (
    r"(?P<body>[^\W\d_][^.,:;()\[\]\d*_“”\"„«»]{1,120}?)"
    r"(?:\s\((?P<acronym>[^\W\d_][\w&-]{1,11})\))?"
)
# the body's end and the year of an author-date entry after it: "Body. 2019.", "Body.
# (2019).", "Body. 2019a.", APA's "Body (2019)." -- or the body's full stop alone
_HEAD_END = (
    r"(?:\.\s+(?:\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?\.\s+)?"
    r"|\s\((?P<apa_year>(?:1[5-9]|20)\d\d)[a-z]?\)\.\s+)"
)
# the title: in italics, in quotation marks, or plain (no sentence's end inside)
_TITLE = (
    r"(?P<title>\*[^*]{2,300}\*|_[^_]{2,300}_|[“”\"„«][^“”\"„«»]{2,300}[“”\"»]"
    # (an abbreviation's stop before a small letter ends no title: "Nedbør pr. døgn")
    r"|[^\s.*_\[\]()](?:[^.\[\]]|\.(?!\s)|\.(?=\s[a-zß-öø-ÿ])){1,300}?)"
)
# a report series and its number, in the list's language: "HaV-rapport 2019:14", "Rapport
# M-1234", "NINA Rapport 1234", "UBA-Bericht 12/2019", "SYKE-raportti 12/2017", "Raport nr
# 3/2020", "Rapporti ISPRA 345/2021", "EEA Report No 12/2019", "Report SC120014"
_REPORT_WORD = (
    r"(?i:rapport(?:er|serie|serien)?|raport(?:ti|y)?|reports?|rapport[oi]|berichte?|raportteja)"
)
_SERIES = (
    r"(?P<series>(?:[^\W\d_][\w&]*(?:\s|-)){0,3}?"
    rf"{_REPORT_WORD}"
    r"(?:\s[A-Z]{2,8})?"
    r"(?:\s(?i:nr|no|n|núm|num)\.?|\sn[°º])?"
    r"\s(?:[A-Z]{1,4}[-\s]?)?\d[\w:/–-]*(?:\.\d[\w:/–-]*)*)"
    r"(?=\.?\s|\.?$|,\s)"
)
_SERIES_REPORT = lazy_compile(rf"^{_BODY}{_HEAD_END}{_TITLE}\.\s+{_SERIES}")
# the bracketed word that calls the work a dataset, right after its title
_DATA_WORDS = (
    r"(?i:data\s?sets?|datasett|datasæt|datamängd|datens[äa]tze?|datenbestand|aineisto"
    r"|tietoaineisto|data-aineisto|zbi[óo]r\sdanych|set\sdi\sdati|insieme\sdi\sdati"
    r"|databestand|gegevensbestand)"
)
_DATASET = lazy_compile(rf"^{_BODY}{_HEAD_END}{_TITLE}\s?\[{_DATA_WORDS}\]")

# a body's word (:mod:`.bodywords`), in any case -- a Nordic, Finnish or Polish name
# capitalises its first word only, its body word may be a compound's small end ("Havs- och
# vattenmyndigheten", "Sveriges geologiska undersökning", "Ilmatieteen laitos") -- with its
# openers and closers ("Statens vegvesen", "Główny Inspektorat …", "… Geological Survey"):
# the head searched is one name
_BODY_WORD = lazy_compile(bodywords.pattern(any_case=True, edges=True))
# a person's name ends with initials ("Berg A", "Lind AK"): no body
_INITIALS_END = lazy_compile(r"\s[A-Z]{1,3}$")
_SMALL = PARTICLES | ARABIC


def _body(name: str, acronym: str | None, dated: bool) -> bool:
    """Is ``name`` (the entry's head) a body's name (see the module)?"""
    words = name.split()
    if not words or _INITIALS_END.search(name) or not name[:1].isupper():
        return False
    if acronym or len(words) == 1 or is_organisation(name) or _BODY_WORD.search(name):
        return True
    # (author-date: "Statens vegvesen. 2020. Title": a small word no name has)
    return dated and any(w.islower() and w not in _SMALL for w in words[1:])


def _plain(title: str) -> str:
    """The title without its italics' or quotation marks."""
    if len(title) > 2 and title[0] in "*_" and title[-1] == title[0]:
        return title[1:-1].strip()
    if title[:1] in '“”"„«' and title[-1:] in '“”"»':
        return title[1:-1].strip(" ,.")
    return title.strip()


def agency_first(ref: Reference, text: str) -> Reference:
    """``ref`` with a body heading ``text`` made its author and the title before its report
    series or its dataset mark its title, a ``report`` or ``web`` (see the module)."""
    flat = " ".join(text.split())
    found = _DATASET.match(flat)
    kind = RefKind.WEB
    if found is None:
        found = _SERIES_REPORT.match(flat)
        kind = RefKind.REPORT
    if found is None:
        return ref
    body = found.group("body").strip()
    year = found.group("year") or found.group("apa_year")
    if not _body(body, found.group("acronym"), dated=year is not None):
        return ref
    title = _plain(found.group("title"))
    if not title or re.fullmatch(r"[\d\W]+", title):
        return ref
    anomalies = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    read = dataclasses.replace(
        ref, authors=(body,), title=title, kind=kind, host=None, volume=None, issue=None
    )
    if year is not None:  # (the head's year, not the series number's "2019:14")
        read = dataclasses.replace(read, year=int(year), year_raw=year)
    return dataclasses.replace(read, anomalies=anomalies)
