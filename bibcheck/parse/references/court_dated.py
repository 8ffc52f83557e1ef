"""Court decisions cited by the court and the decision's date or number, as Spanish,
Portuguese, Italian and French legal notes cite their own courts and the European ones:

* ``STJUE (Gran Sala) de 13 de mayo de 2014, *Google Spain*, asunto C-131/12`` and
  ``STEDH de 28 de junio de 2018, *M.L. y W.W. c. Alemania*, demandas núms. …`` (the
  court's abbreviation, the chamber in parentheses, the date; the parties after it);
* ``STS (Sala de lo Civil) 545/2015, de 15 de octubre``, ``SAP Madrid 123/2019, de 5 de
  marzo``, ``ATC 12/2019`` (the number and its year; the date after it may omit the year);
* ``Sentencia del Tribunal Supremo de 15 de octubre de 2015``, ``Auto del Tribunal
  Constitucional 12/2019``, ``Acórdão do Supremo Tribunal de Justiça de 12 de março de
  2019``, ``Sentenza della Corte di cassazione 3 maggio 2000, n. 123``, ``Arrêt de la Cour
  de cassation du 3 mai 2000`` (the decision's word and its court written out);
* ``CJUE, 13 mai 2014, Google Spain``, ``CEDH, 28 juin 2018, …``, ``Corte EDU, 28 giugno
  2018``, ``TEDH, 28 de junho de 2018`` (the court, a comma, the date).

A decision's year is the year it was given: its date's, else its number's (``545/2015``).
Its title is the parties' names when they follow the date (the case's name), else none:
the court and the date designate the decision, they are no title.  :func:`parse` returns
None for any other text.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.references.shared import Fields, year_of

# the courts' abbreviations for their decisions: Spanish (Sentencia/Auto of the Supreme,
# Constitutional, National, regional and provincial courts; the EU courts' and the
# Strasbourg court's, plural forms too), and the European courts' in French, Italian,
# Portuguese, Spanish and English
_ABBREVIATION = (
    r"S{1,2}TJUE|S{1,2}TJCE|S{1,2}TGUE|S{1,2}TEDH|S{1,2}TS|S{1,2}TC|S{1,2}AN|S{1,2}TSJ|S{1,2}AP"
    r"|ATS|ATC|AAN|ATSJ|AAP|SJM|SJPI|CJUE|CJCE|CJEU|ECJ|CEDH|Cour\sEDH|Corte\sEDU|Corte\sUE"
    r"|TEDH|TJUE|ECtHR|Corte\sgiust\.|CGUE|CGCE"
    # (the Court of Justice named out, Italian and Spanish: "Corte di giustizia UE", "Corte
    # di giustizia dell'Unione europea", "Tribunal de Justicia de la UE")
    r"|Corte\sdi\sgiustizia(?:\s(?:UE|CE|dell['’]Unione\seuropea))?"
    r"|Tribunal\sde\sJusticia(?:\s(?:de\sla\s)?(?:UE|Unión\sEuropea))?"
    # ... and the national courts as French and Italian notes abbreviate them: "Cass. civ.
    # 1re", "Cass. ch. réunies", "Cass. ass. plén.", "Req." (the Chambre des requêtes), "Civ.
    # 2e", "CE", "CA Paris", "Cons. const."; "Cons. Stato", "Corte cost.", "Cass. pen.",
    # "Cass. civ.", "T.A.R. Lazio", "Corte conti", "Trib. Milano", "App. Roma"
    r"|Cass\.\s(?:civ|crim|soc|com|pen)\.(?:\s\d(?:re|e|ère))?"
    r"|Cass\.\s(?:ch\.\sréunies|ass\.\splén\.|ch\.\smixte|sez\.\sun\.|S\.U\.)|Cass\."
    r"|Req\.|Civ\.(?:\s\d(?:re|e|ère))?|Crim\.|Soc\.|Com\.|CE|CA\s[A-Z][\w-]+|Cons\.\sconst\."
    r"|Cons\.\s(?:Stato|St\.)|Corte\scost\.|Corte\sconti|C\.\sconti|T\.\s?A\.\s?R\.|TAR"
    r"|Trib\.|App\."
)
# the chamber or section between commas, and the kind of decision: "Cons. Stato, sez. III,
# 5 giugno 2019", "Cons. Stato, Ad. plen., 2 aprile 2020", "Corte cost., sent. 21 febbraio
# 2019", "CE, Ass., 12 mars 2001", "CGUE, Grande Sezione, 13 maggio 2014"
_SECTION = (
    r"(?:,\s(?:[Ss]ez\.|[Ss]ezione|[Ss]ez\.\sun\.|Ad\.\splen\.|S\.U\.|Grande\s[Ss]ezione"
    r"|[Ss]ect\.|[Cc]h\.|Ass\.|[Ss]ent\.|[Oo]rd\.|[Cc]ass\.)(?:\s[^\W\d_][\w.]{0,11}){0,2}){0,3}"
    r"(?:,?\s(?:[Ss]ent\.|[Oo]rd\.)(?=\s\d))?"
)
# the law report a decision is printed in, after "in": "…, in Foro it., 2022"
_IN_REPORTER = lazy_compile(r",\sin\s[A-Z]")
# French abbreviated months ("13 févr. 1930")
_SHORT_MONTHS = frozenset({"janv", "févr", "fév", "avr", "juill", "sept", "oct", "nov", "déc"})
# a region or a province after the abbreviation: "STSJ Cataluña", "SAP Madrid", "SAP A
# Coruña" (words with capitals, at most three)
_SEAT = r"(?:\s(?:[A-ZÁÉÍÓÚÑ][\w'-]*+|de|del|la|las|los)){0,3}?"
_CHAMBER = r"(?:\s\([^()]{1,80}\))?"
_DECISION_WORD = (
    r"(?:Sentencia|Auto|Acórdão|Acordão|Sentença|Sentenza|Ordinanza|Arrêt|Décision|Jugement"
    r"|Decisión|Resolución)"
)
_COURT_WORD = r"(?:Tribunal|Sala|Audiencia|Juzgado|Corte|Cour|Conseil|Supremo|Supremo)"
_WRITTEN_OUT = (
    rf"{_DECISION_WORD}\s(?:del|de\sla|de|do|da|della|dell['’]|de\sl['’])\s?{_COURT_WORD}"
    r"[^,;()\d]{0,80}?"
)
_DAY_MONTH = r"(?P<day>\d{1,2})(?:\.|º|°|er)?\s(?:de\s)?(?P<month>[^\W\d_]{3,10})\.?"
_DATE = rf"{_DAY_MONTH}\s(?:de\s)?(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_NUMBER = r"(?:n(?:[º°o.]|úm\.)\s?)?\d{1,5}/(?P<numbered>(?:1[89]|20)\d\d)(?!\d)"
_SHAPE = lazy_compile(
    rf"^(?P<court>(?:{_ABBREVIATION})(?!\w){_SEAT}{_CHAMBER}|{_WRITTEN_OUT}){_CHAMBER}{_SECTION}"
    rf"(?:,?\s(?:de\s|del\s|du\s|of\s)?{_DATE}|,?\s{_NUMBER})"
    r"(?P<rest>.*)$"
)
# the date after a decision's number: ", de 15 de octubre" (the number's year implied)
_LATER_DATE = lazy_compile(rf"^,\s(?:de\s|du\s)?{_DAY_MONTH}(?:\s(?:de\s)?(?:1[89]|20)\d\d)?")
# the parties: "M.L. y W.W. c. Alemania", "Google Spain, S.L. y Google Inc. c. AEPD y Mario
# Costeja González" (an italic run, or the text to the case number or the end)
_PARTIES_ITALIC = lazy_compile(r"^,\s[*_](?P<parties>[^*_]{3,300}?)[*_]")
_PARTIES = lazy_compile(
    r"^,\s(?P<parties>[^;]{3,300}?\s(?:c\.|v\.|vs\.|contra|contro|versus)\s[^;]{2,300}?)"
    r"(?=,\s(?:(?:asuntos?|affaire|causa|case|processo|demandas?|requête|ricorso|application"
    r"|ECLI)\b|(?:aff|proc|req|ric|app|rec|n[º°o]s?|núms?)\.)|[.;]?$)",
    re.I,
)


# the case's number before its parties: ", causa C-461/13", ", asunto C-131/12", ", Case
# C-461/13" (the EU courts' register)
_CASE_NUMBER = lazy_compile(
    r"^,\s(?i:causa|asunto|affaire|aff\.|case|processo|Rs\.|Rechtssache|zaak)\s[CTF]-\d{1,4}/\d{2}"
    r"(?=,)"
)
# a decision as the Vancouver style lists it: the court (its chamber and section) as the
# entry's head, then the decision's heading, its number and date, as the title:
# "Tribunal Supremo, Sala de lo Contencioso-Administrativo, Sección 5.ª. Sentencia n.º
# 309/2019, de 11 de marzo (recurso 4398/2015). Madrid: CENDOJ; 2019."
_HEADED = lazy_compile(
    rf"^(?P<court>[^.;()]{{0,80}}?\b{_COURT_WORD}\b[^;()]{{0,200}}?)\.\s"
    rf"(?P<title>{_DECISION_WORD}\s(?:n\.\s?º\s?)?{_NUMBER}"
    rf"(?:,\s(?:de\s|del\s)?{_DAY_MONTH}(?:\s(?:de\s)?(?:1[89]|20)\d\d(?!\d))?)?)"
    r"(?=[\s.,;(]|$)"
)


def _headed(body: str) -> Fields | None:
    """The fields of a decision listed under its court, its heading the title
    (:data:`_HEADED`), or None."""
    m = _HEADED.match(body)
    if m is None:
        return None
    if m.group("month") is not None and m.group("month").casefold() not in MONTHS:
        return None
    return Fields("court", (), m.group("title"), year_of(m.group("numbered")), kind=RefKind.REPORT)


def parse(body: str) -> Fields | None:
    """The fields of a court decision cited by its court and date or number, or None."""
    m = _SHAPE.match(body)
    if m is None:
        return _headed(body)
    rest = m.group("rest")
    if _IN_REPORTER.search(rest):
        # "Cass. civ., Sez. III, 9 novembre 2021, n. 32611, in Foro it., 2022, I, c. 1405": a
        # decision with the law report printing it, Italian notes' form (read by
        # :mod:`.italian_notes`, the report's year no decision's)
        return None
    if m.group("month") is not None:
        month = m.group("month").casefold()
        if month not in MONTHS and month not in _SHORT_MONTHS:
            return None
        year = m.group("year")
    else:
        later = _LATER_DATE.match(rest)
        if later is not None and later.group("month").casefold() in MONTHS:
            rest = rest[later.end() :]
        year = m.group("numbered")
    numbered = _CASE_NUMBER.match(rest)
    if numbered is not None:
        rest = rest[numbered.end() :]
    parties = _PARTIES_ITALIC.match(rest) or _PARTIES.match(rest)
    return Fields(
        "court",
        (),
        parties.group("parties").strip(" ,.") if parties else None,
        year_of(year),
        kind=RefKind.REPORT,
        untitled=parties is None,
    )


def recognised(text: str) -> bool:
    """Does ``text`` (a note, a lead-in before it allowed by the caller) open with a court
    decision in this shape?"""
    return parse(re.sub(r"[*_]", "", text.strip())) is not None
