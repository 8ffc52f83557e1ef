"""Acts and official journals in the languages :mod:`.legal_kind` does not read: a ``report``.

The corpus conventions file legislation as ``report``. :mod:`.legal_kind` knows acts and
gazettes in English, French, German, Italian and Spanish; this module adds:

* an act by its designation opening the citation: Polish ``Ustawa z dnia 20 lutego 2015 r.
  …``, ``Rozporządzenie Ministra Klimatu z dnia …``, an EU act in Polish ``Rozporządzenie
  Komisji (UE) 2016/631``, ``Dyrektywa Parlamentu Europejskiego i Rady (UE) 2019/944``;
  Portuguese ``Lei n.º 13.709, de 14 de agosto de 2018``, ``Lei nº 8.078/1990``,
  ``Decreto-Lei n.º 118/2013``, ``Portaria n.º 529``, an EU act ``Regulamento (UE)
  2016/679``, ``Diretiva (UE) 2019/944``; Dutch ``Verordening (EU) 2016/679``, ``Richtlijn
  2014/24/EU``, ``Wet van 20 juli 2018``;
* Albanian ``Ligji nr. 37/2017``, ``Vendimi i Këshillit të Ministrave nr. 12, datë …``;
* an official journal anywhere in it: ``Dz. U. 2016 poz. 123``, ``Dz.U. z 2015 r.``,
  ``Dz. Urz. UE L 112``, ``Monitor Polski``, ``Diário Oficial da União``, ``Diário da
  República``, ``Official Journal of the European Union``, ``Staatsblad``, ``Amtsblatt der
  Europäischen Union``, or its abbreviation with its series and number (``OJ L 91``,
  ``ABl. L 91``, ``JO L 119``).

:func:`without_gazette` cuts the official journal from a title that a parser ran on into it
(``Rozporządzenie …, Dz`` where ``Dz. Urz. UE L 112`` was cut at its first full stop).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import NAMED_GAZETTES

__all__ = ["act_year", "further_act", "without_gazette"]

_EU = r"\((?:UE|EU|WE|EG|EWG|EWG|CE|CEE|EEG)\)"
_ACT = lazy_compile(
    # Polish: a statute or a minister's regulation by its date, an EU act by its number
    r"^(?:Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Uchwała)\s(?:[^\W\d_]+\s){0,8}?"
    r"z\sdnia\s\d{1,2}\s[^\W\d_]{3,12}\s\d{4}"
    rf"|^(?:Rozporządzenie|Dyrektywa|Decyzja)\s(?:[^\W\d_]+\s){{0,6}}?{_EU}\s(?:nr\s)?\d{{1,4}}/\d"
    # Portuguese: "Lei n.º 13.709", "Lei nº 8.078/1990", "Decreto-Lei n.º 118/2013", "Portaria
    # n.º 529", an EU act
    r"|^(?:Lei(?:\sComplementar)?|Decreto(?:-Lei)?|Portaria|Medida\sProvisória|Resolução"
    r"|Instrução\sNormativa)\s(?:n\.?\s?[º°o]|nº|n\.)\s?\d"
    rf"|^(?:Regulamento|Diretiva|Decisão)\s(?:[^\W\d_]+\s){{0,6}}?{_EU}\s(?:n\.?\s?[º°]\s?)?\d{{1,4}}/\d"
    # Dutch
    rf"|^(?:Verordening|Richtlijn|Besluit)\s(?:[^\W\d_]+\s){{0,6}}?(?:{_EU}\s)?(?:nr\.\s)?\d{{1,4}}/\d"
    r"|^Wet\svan\s\d{1,2}\s[^\W\d_]{3,12}\s\d{4}"
    # Albanian: an act by its designation, its issuer perhaps, then its number ("Ligji nr.
    # 37/2017", "Vendimi i Këshillit të Ministrave nr. 12, datë …", "Udhëzim Nr. 5")
    r"|^(?:Ligji|Ligj|Vendimi|Vendim|VKM|Udhëzimi|Udhëzim|Dekreti|Dekret|Urdhri|Urdhër"
    r"|Rregullorja|Rregullore)\s(?:[^\W\d_]+\s){0,6}?[Nn]r\.\s?\d"
)
# an official journal: Poland's by its abbreviation and number, or any by its name
# (:data:`.legal_words.NAMED_GAZETTES`)
_GAZETTE = (
    r"Dz\.\s?U(?:rz)?\.(?:\s?UE\s[LC]\s?\d|\s(?:z\s)?\d{4}|\sNr\s\d|\s?poz\.)"
    # the EU's Official Journal by its abbreviation, series and number: "OJ L 91", "ABl. L 91",
    # "ABl. EU C 293", "JO L 119", "GU L 91", "DO L 91", "Pb. L 91"
    r"|\b(?:OJ|ABl\.?|JO|GU|DO|Pb\.)\s(?:EU\s|EG\s|UE\s|CE\s)?[LC]\s?\d{1,3}\b"
    rf"|\b(?:{NAMED_GAZETTES})\b"
)
_MARK = lazy_compile(_GAZETTE)
# the official journal a parser left at the title's end, perhaps cut at its first full stop
_TAIL = lazy_compile(
    r",\s(?:Dz|Dz\.\s?Urz?|Dz\.\s?U(?:rz)?\.\s.*"
    r"|(?:OJ|ABl|JO|GU|DO|Pb)\.?(?:\s(?:EU\s|EG\s|UE\s|CE\s)?[LC]\s?\d.*)?"
    rf"|(?:{NAMED_GAZETTES}|Diário\sOficial|Official\sJournal|Amtsblatt).*)$"
)


# a year standing alone (no act's or issue's number: "90/90", "n.º 1990", "13.709")
_YEAR = lazy_compile(r"(?<![\d/.º°-])(?:1[5-9]|20)\d\d(?![\d/.-]\d)")


def act_year(ref: Reference) -> Reference:
    """``ref`` dated by the last year its text shows, when it is an act (see the module) of
    no year read: "Decreto-Lei n.º 90/90, de 16 de março. *Diário da República*, I série,
    n.º 63, 1990." (the act's number holds the year in two digits only)."""
    if ref.year is not None or ref.year_raw is not None or not further_act(ref.raw):
        return ref
    years = _YEAR.findall(" ".join(ref.raw.split()))
    if not years:
        return ref
    return dataclasses.replace(ref, year=int(years[-1]), year_raw=years[-1])


def further_act(text: str) -> bool:
    """Does ``text`` open with an act's designation, or name an official journal, in the
    languages of this module?"""
    body = " ".join(text.replace("*", "").replace("_", " ").split())
    return _ACT.match(body) is not None or _MARK.search(body) is not None


def without_gazette(ref: Reference) -> Reference:
    """``ref`` with the official journal cut from its title's end, when its text names one
    (see the module); an act of no kind read is a report."""
    if not ref.title or not _MARK.search(" ".join(ref.raw.split())):
        return ref
    tail = _TAIL.search(ref.title)
    if tail is None or tail.start() < 3:
        return ref
    kind = RefKind.REPORT if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB) else ref.kind
    return dataclasses.replace(ref, title=ref.title[: tail.start()], kind=kind)
