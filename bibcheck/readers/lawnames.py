"""The names an author-date text cites a law of its list by.

A list entry led by a legal act has no author: the text cites it by the act's designation
or by its short title, with the year, as it cites a body by its name::

    Verordening (EU) 2019/6 van het Europees Parlement … PB L 4 van 7.1.2019: 43-167.
        -> "(Verordening (EU) 2019/6, 2019)"
    Wet van 19 mei 2011, houdende … gehouden dieren (Wet dieren). Stb. 2011, 345.
        -> "(Wet dieren, 2011, art. 2.9)"
    Richtlinie 2010/63/EU des Europäischen Parlaments … -> "(Richtlinie 2010/63/EU, 2010)"
    Real Decreto 463/2020, de 14 de marzo, … -> "(Real Decreto 463/2020, 2020)"
    Nariadenie Komisie (ES) č. 2073/2005 z 15. novembra 2005 … -> "(Nariadenie Komisie (ES)
        č. 2073/2005, 2005)"
    Zákon č. 152/1995 Z. z. o potravinách. 1995. -> "(Zákon č. 152/1995 Z. z., 1995)"

:func:`law_names` gives both for an entry that starts with an act's word (a statute's of
:data:`~bibcheck.parse.references.legal_words.STATUTES`, or an EU act's in the Union's
languages): the designation (the word, the issuer's words perhaps -- Slovak "Komisie", Polish
"Komisji", Croatian "Komisije", German "des Rates" --, the EU's "(EU)" in the languages' own
letters -- "(ES)", "(WE)", "(EZ)" --, "Nr.", "č.", "nr", "br.", "št.", then the number with
its slash, and again with the Czech or Slovak collection's mark after it: "Sb.", "Z. z."),
and the short title in parentheses that ends the act's title (one to six words,
the first capitalised, no digits: no abbreviation code such as "(EMA/CVMP/682198/2017)").
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.legal_words import STATUTES

__all__ = ["law_names"]

# an EU act's word, in the Union's languages (regulation, directive, decision)
_EU_ACTS = (
    r"Regulation|Directive|Verordening|Richtlijn|Verordnung|Richtlinie|Beschluss|Règlement"
    r"|Décision|Reglamento|Directiva|Decisión|Regolamento|Direttiva|Decisione|Regulamento"
    r"|Diretiva|Förordning|Direktiv|Forordning|Asetus|Direktiivi|Rozporządzenie|Dyrektywa"
    r"|Nařízení|Směrnice"
    # (Slovak, Czech, Polish, Croatian and Slovene, the implementing act's adjective first:
    # "Nariadenie", "Smernica", "Rozhodnutie", "Rozhodnutí", "Decyzja", "Uredba",
    # "Direktiva", "Odluka", "Sklep", "Vykonávacie nariadenie", "Prováděcí nařízení",
    # "Provedbena uredba", "Izvedbena uredba")
    r"|Nariadenie|Smernica|Rozhodnutie|Rozhodnutí|Decyzja|Uredba|Direktiva|Odluka|Sklep"
    r"|Odločba|Vykonávacie\snariadenie|Prováděcí\snařízení|Provedbena\suredba"
    r"|Izvedbena\suredba"
)
# the national statutes of those languages that :data:`STATUTES` lacks: Slovak "Nariadenie
# vlády", "Výnos", Croatian and Slovene "Zakon", "Pravilnik"
_NATIONAL = r"Výnos|Zakon|Pravilnik"
_ACT = lazy_compile(rf"(?:{STATUTES}|{_EU_ACTS}|{_NATIONAL})(?![\w'’-])")
# the issuer's words between the act's word and its designation, up to six: Slovak
# "Komisie", Czech "Evropského parlamentu a Rady", Polish "Komisji", German "des Rates"
_ISSUER = lazy_compile(r"(?:\s[^\W\d_]{1,30}+){1,6}?(?=\s(?:\(|[^\W\d_]{1,3}\.?\s?\d|\d))")
# the designation: the act's word, the Union's mark, "Nr." / "No" / "n°", the number
# with its slash and perhaps the Union's letters ("2019/6", "2001/82/EG", "463/2020")
_DESIGNATION = lazy_compile(
    r"\s(?:\((?:EU|EG|EC|EEC|EWG|EEG|CE|CEE|UE|EY|EÚ|WE|ES|EZ|EHS|EGS|EHZ)\)\s)?"
    r"(?:(?:Nr\.|No\.?|n[°º]\.?|n\.|č\.|nr\.?|br\.|št\.)\s?)?"
    r"\d{1,4}/\d{1,4}(?:/[A-Z]{2,4})?(?![\w/])"
)
# the Czech or Slovak collection's mark after the number: "Sb.", "Z. z.", "Zb."
_COLLECTION = lazy_compile(r"\s(?:Sb\.|Z\.\s?z\.|Zb\.)")
# a short title in parentheses: "(Wet dieren)", "(Tierschutzgesetz)", "(Loi Evin)"
_SHORT_TITLE = lazy_compile(
    r"\((?P<short>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,40}+(?:[ -][^\W\d_]{1,40}+){0,5}+)\)(?=[.,;:]|\s|$)"
)
_SEARCHED = 400  # characters of the entry searched for a short title, at most


def law_names(entry: str) -> set[str]:
    """The designation and the short title an act's ``entry`` (its text on one line) is
    cited by: ``{"Verordening (EU) 2019/6"}``, ``{"Wet dieren"}``; none for an entry that
    no act's word starts."""
    text = entry.strip()
    act = _ACT.match(text)
    if act is None:
        return set()
    names = set()
    designation = _DESIGNATION.match(text, act.end())
    if designation is None and (issuer := _ISSUER.match(text, act.end())) is not None:
        designation = _DESIGNATION.match(text, issuer.end())
    if designation is not None:
        names.add(" ".join(text[: designation.end()].split()))
        collection = _COLLECTION.match(text, designation.end())
        if collection is not None:  # ("Zákon č. 152/1995 Z. z., 1995": with its mark)
            names.add(" ".join(text[: collection.end()].split()))
    # (a title's words, not the Union's mark "(EU)" nor an abbreviation "(WHO)")
    shorts = (m["short"] for m in _SHORT_TITLE.finditer(text, 0, _SEARCHED))
    names.update(s for s in shorts if any(c.islower() for c in s))
    return names
