"""Acts of Lithuania, Latvia and Estonia, the Union's acts in their languages, and the
registers and gazettes that publish them: a legal source (``report``).

The corpus conventions file legislation as ``report``.  :mod:`.legal_kind` knows the acts of
the Romance, Germanic, Slavic, Greek and Nordic languages and the Baltic gazettes by their
full names; a Baltic act cited by its own title or number, or an EU act in a Baltic
language, carries none of those marks.  Lithuanian, Latvian and Estonian print them so:

* a law by a title that ends in the word for a law or a code, compounds included:
  Lithuanian ``Lietuvos Respublikos augalų apsaugos įstatymas``, ``Civilinis kodeksas``;
  Latvian ``Augu aizsardzības likums``, ``Krimināllikums``; Estonian ``Taimekaitseseadus``,
  ``Karistusseadustik`` (the title alone, or with a number, a parenthesis or a full stop
  after it; a word of a sentence or a subtitle's colon after it is not);
* an act by its kind and number, or its kind and a quoted subject: ``Vyriausybės nutarimas
  Nr. 1234``, ``ministro įsakymas Nr. 3D-456``, ``Ministru kabineta noteikumi Nr. 512``,
  ``rīkojums Nr. 7``, ``Maaeluministri määrus nr 31``, ``nutarimas „Dėl …“``;
* an EU act by its kind and number with the Union's mark in these languages (ES, EB, EEB,
  EK, EEK, EL, EÜ, EMÜ), its issuers or a date perhaps before it: ``2018 m. gegužės 30 d.
  Europos Parlamento ir Tarybos reglamentas (ES) 2018/848``, ``Tarybos direktyva
  91/676/EEB``, ``Eiropas Parlamenta un Padomes Regula (ES) 2017/625``, ``Komisijas
  Īstenošanas regula (ES) Nr. 540/2011``, ``Euroopa Parlamendi ja nõukogu määrus (EL)
  2017/625``, ``Komisjoni rakendusmäärus (EL) 2019/947``;
* a register or gazette: ``Teisės aktų registras, Nr. 2023-12345``, ``TAR, 2021-05678``,
  ``Žin., 2001, Nr. 12-345``, ``Valstybės žiniose``, ``Latvijas Vēstnesī``, ``Riigi
  Teatajas``, ``RT I, 15.03.2021, 8``; the Union's Official Journal by its abbreviation in
  the Baltic and the other languages :mod:`.legal_kind` does not know, with its series and
  number: ``OL L 95`` (Lithuanian), ``OV L 95`` (Latvian), ``ELT L 95`` (Estonian), ``EUVL L
  95`` (Finnish), ``EUT L 95`` (Swedish, Danish), ``Ú. v. EÚ L 95`` (Slovak, Czech), ``UL L
  95`` (Slovene), ``SL L 95`` (Croatian), ``HL L 95`` (Hungarian).

A page about a law (``Seemneseaduse muudatused lihtsas keeles``, ``Kāpēc likums neaizsargā
sēklas?``) or a data set names no act so, and is left as it was read.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["baltic_act"]


def _ends_in(words: str) -> str:
    """A whole word, compounds included, that ends in one of ``words`` (``|``-separated):
    the word read once, possessively, then its ending looked back at."""
    endings = "|".join(f"(?<={w})" for w in words.split("|"))
    return rf"(?<![^\W\d_])[^\W\d_]{{1,60}}+(?![^\W\d_])(?:{endings})"


# the word for a law or a code, a title's last word: Lithuanian, Latvian, Estonian
_LAW = _ends_in(
    "įstatymas|kodeksas|konstitucija|statutas|likums|kodekss|satversme|seadus|seadustik"
)
# the kinds of act cited by number: Lithuanian (resolution, order, ordinance, decision,
# ruling, instruction), Latvian (regulations, order, decision, instruction), Estonian
# (regulation, order, directive, decision)
_NUMBERED = _ends_in(
    "nutarimas|įsakymas|potvarkis|sprendimas|nutartis|nurodymas|noteikumi|rīkojums"
    "|lēmums|instrukcija|määrus|korraldus|käskkiri|otsus"
)
# the kinds of the Union's acts: Lithuanian, Latvian, Estonian
_EU_KIND = _ends_in(
    "reglamentas|direktyva|sprendimas|rekomendacija|regula|direktīva|lēmums|ieteikums"
    "|määrus|direktiiv|otsus|soovitus"
)
# the Union's marks: Lithuanian (ES, EB, EEB), Latvian (ES, EK, EEK), Estonian (EL, EÜ, EMÜ)
_MARKS = r"(?:ES|EB|EEB|EK|EEK|EL|EÜ|EMÜ)"
_NR = r"(?:Nr\.?|nr\.?)"
# an act's number: digits, or a Seimas' term in Roman numerals first ("IX-1234")
_NUMBER = r"(?:\d|(?-i:[IVXLC]{1,5})-\d)"

_ACT = lazy_compile(
    # a law by its title's last word: at the end (a full stop perhaps), or before its number
    # or a parenthesis ("…įstatymas, Nr. IX-1234", "…likums (1998)")
    rf"{_LAW}(?=\.?\s?$|,\s(?:{_NR}\s?)?{_NUMBER}|\s\(|\s{_NR}\s?{_NUMBER})"
    # an act by its kind and number, or a quoted subject
    rf"|{_NUMBERED}\s(?:{_NR}\s?{_NUMBER}|[„“\"«]\s?[^\W\d_])"
    # an EU act by its kind, the Union's mark and its number
    rf"|{_EU_KIND}\s(?:\({_MARKS}(?:,\s?Euratom[a-z]{{0,2}})?\)\s{_NR}?\s?\d{{1,4}}/\d"
    rf"|{_NR}?\s?\d{{2,4}}/\d{{1,4}}/{_MARKS}(?![^\W\d_]))",
    re.IGNORECASE,
)
_REGISTER = lazy_compile(
    # Lithuania's register of legal acts and its gazette, in their cases
    r"\bTeisės\saktų\sregistr[a-zė]{1,3}\b|\bTAR,?\s\d{4}-\d|\bŽin\.,?\s(?:\d{4}|Nr\.)"
    r"|\bValstybės\sžini(?:os|ose|ų)\b"
    # Latvia's and Estonia's gazettes, in their cases; the Riigi Teataja by its parts
    r"|\bLatvijas\sVēstnes(?:is|ī|a|im)\b|\bRiigi\sTeataja[a-z]{0,3}\b"
    r"|\bRT\s(?:I{1,3}|IV),?\s\d"
    # the Union's Official Journal by its abbreviation, series and number
    r"|\b(?:OL|OV|ELT|EUVL|EUT|UL|SL|HL)\s[LC]\s?\d{1,4}\b"
    r"|\bÚ\.\s?v\.\s(?:EÚ|EU|ES)\s[LC]\s?\d{1,4}\b"
)


def baltic_act(text: str) -> bool:
    """Does ``text`` cite a Lithuanian, Latvian or Estonian act, an EU act in one of their
    languages, or name a register or gazette that publishes acts (see the module)?  "Augu
    aizsardzības likums" and "OL L 95, 2017-04-07" do; "Kāpēc likums neaizsargā sēklas?"
    does not."""
    body = " ".join(text.replace("{", "").replace("}", "").split())
    return _ACT.search(body) is not None or _REGISTER.search(body) is not None
