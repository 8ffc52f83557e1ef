"""Italian legal and humanities notes, and their Spanish, Portuguese and South Slavic
neighbours.

The tradition writes the names with initials first, the title (italic in print, plain in
a plain-text copy), then the publisher, and the place and the year with no comma between
them; pages end with ``ss.`` ("and following"):

* ``M. Rossi, F. Bianchi, Titolo del libro, Editore Alfa, Milano 2024, pp. 77 ss.`` (a
  book: the segment before ``Place Year`` is the publisher when it is named like one;
  ``2nd ed.``, ``3a ed.`` are no part of the title), Spanish ``pp. 45 y ss.``,
  Portuguese ``p. 33 e ss.``;
* ``N. Autore, Titolo dell'articolo, in Rivista di studi, 17 (1977), 1, pp. 1-15`` and
  ``…, in «Rivista», 2019, n. 3, p. 45`` (an article: ``in`` and the journal, the volume
  and the year in parentheses, or the year alone);
* art and literary history write the imprint with commas: ``G. Nome, Titolo, a cura di
  B. Nome, 2 voll., Roma, Editore, 1956-1957, I, pp. 223-226`` (the place, then the
  publisher, or the publisher first, ``Electa, Napoli, 1984``; a known place tells which is
  which), the editor, translator and volume count, or ``catalogo della mostra (…)``, after
  the title, an edition over several years dated by its first, a leaf cited ``f. 191r``;
  journals ``in «Rivista», XII, 1990, pp. 1-20`` or ``in «Rivista», 9-10, 1971`` (the
  volume, or a double number, before the year);
* ``A. Autore, Titolo, in B. Curatore (a cura di), Volume, Editore, Città 2007, pp.
  91-112`` or ``…, in Volume, a cura di B. Curatore, Città 2007`` (a chapter; Spanish
  ``en … (coord.)``, Portuguese ``em … (org.)``);
* a body as author: ``Ente nazionale, Comitato, Raccomandazione CM/Rec(2018)8 …, 3
  ottobre 2018`` (the title keeps its designation, the year in parentheses inside it);
* statutes and decrees by their date: ``D.lgs. 10 ottobre 2022, n. 150, Titolo del
  decreto, in G.U. n. 243 del 17 ottobre 2022`` (the title after the number; ``D.lgs.`` is
  no title), ``D.m.``, ``L.``, ``D.P.R.``, ``Legge``; Spanish ``Ley Orgánica 5/2000, de 12
  de enero, reguladora de …`` and Portuguese ``Lei n.º 21/2007, de 12 de junho, …``;
* court decisions by their date: ``Cass. pen., Sez. V, 14 marzo 2025, n. 10872``,
  ``Corte cost., sent. 18 luglio 2024, n. 141, in Giur. cost., 2024, pp. 1502 ss.`` (the
  decision's year; a page of the report is no year), Spanish ``STS 123/2019, de 5 de
  marzo``.

Serbian, Croatian, Bosnian and Slovene notes write the book the same way, in Cyrillic or Latin
script, the publisher in sentence case (``Х. Мујовић, Наслов, Службени гласник, Београд 2012,
стр. 87–95 и даље``, ``I. Horvat, Naslov, Narodne novine, Zagreb 2005, str. 7 i sl.``), and
their lists invert the name (``Horvat, Ivan, Naslov, Narodne novine, Zagreb 2005.``:
:func:`inverted`).

A note citing several works (``…, Milano 2003; v. anche …``) is read by its first.
:func:`parse` returns the fields, or None when the text has none of these shapes.
:data:`CIT_SHORT` is the short note that repeats a work (``Autore, Titolo breve, cit.,
p. 4``) for the repeat resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import caps, role_marks
from bibcheck.parse.references.patterns import ORGANISATION_WORD, SURNAME, L, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_OPENINGS
from bibcheck.parse.references.shared import Fields, last_year, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["CIT_SHORT", "inverted", "listed", "parse", "press_named"]

_MONTH = (
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
    r"|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|setiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
    r"|outubro|novembro|dezembro)"
)
_DATE = rf"\d{{1,2}}(?:°|º)?\s(?i:{_MONTH})\s(?P<dateyear>{_YEAR})"

# ---- names ---------------------------------------------------------------------------
# (an Albanian name's initial is its first letter, which may be written with two: "Sh.
# Gjeçovi", "Gj. Fishta", "Dh. Shuteriqi", "Xh. Lloshi"; "Ch.", "Th." as French and English
# abbreviate Charles, Thomas)
_INITIAL = rf"(?:[{U}]|Sh|Gj|Dh|Xh|Zh|Th|Nj|Ll|Rr|Ch)\."
_INITIALS = rf"{_INITIAL}(?:\s?-?{_INITIAL}){{0,3}}"
# (small capitals typed as capitals: "G. MANNOZZI")
# (a second family name in any script: "H. Mujović Zornić", "Х. Мујовић Зорнић", or by its
# initial, as Spanish and Latin American authors sign: "C.J. Errázuriz M.")
_FAMILY = rf"(?:{SURNAME}|[{U}]{{2,}}(?:['’-][{U}]+)?)(?:\s[{U}][{L}]+(?=,)|\s[{U}]\.(?=,))?"
_PERSON = rf"{_INITIALS}\s?{_FAMILY}"
# (Greek "(επιμ.)", the editor of a volume)
_EDITOR_MARK = rf"(?:{role_marks.MARK})"  # "(a cura di)", "(coord.)", "(Hg.)": :mod:`.role_marks`
_PEOPLE = rf"{_PERSON}(?:(?:,\s|\s(?:e|y)\s){_PERSON}){{0,5}}(?:,?\set\sal\.|\se\saltri)?"
# (a name after the names: "M. Rossi, D. Neri, M. Bassi. Titolo" is another style's list)
# (or joined by "and", a particle in a name: "P. Lind, J. de Vries and K. Moor, Title")
_MORE_NAMES = lazy_compile(
    rf"(?:and\s|&\s)?{_INITIALS}\s?(?:(?:de|di|da|del|della|van|von|der|den|le|la)\s){{0,2}}"
    rf"{_FAMILY}(?:[.,]|\s(?:and|&)\s[{U}]\.)"
)
_PERSONS = lazy_compile(rf"(?P<people>{_PEOPLE})(?:\s{_EDITOR_MARK})?,\s")
# a body as author: its name holds a word for one (the one table, :mod:`.bodywords`:
# "Consiglio", "Osservatorio", "Comitato"; or a section or a chamber of a body here,
# "Sezione", "Camera" -- a title's words elsewhere), or it is an acronym ("UNODC", "ISTAT")
_SUB_BODY = rf"(?:{ORGANISATION_WORD})\b|\b(?:Sezione|Camera)\b"
# (a second body is a part of the first: "Consiglio d'Europa, Comitato dei Ministri")
_SECOND_BODY = lazy_compile(_SUB_BODY)
# (and a first one may be the nations' or a forum, an ombudsman: "Nazioni Unite", "Forum
# PA", "Defensor del Pueblo")
_BODY_WORD = lazy_compile(rf"{_SUB_BODY}|\b(?:Forum|Nazioni|Naciones|Nações|Nations|Defensor)\b")
_ACRONYM = lazy_compile(rf"[{U}]{{2,8}}(?:-[{U}]{{1,4}})?")
# (more bodies after the first, joined as a list: "OCDE, AIE et FAO, Rapport …")
_MORE_BODIES = lazy_compile(
    rf"{_ACRONYM.pattern}(?:,\s{_ACRONYM.pattern}){{0,4}}\s(?:e|et|y|and|und|&)\s"
    rf"{_ACRONYM.pattern},"
)
_SEGMENT = lazy_compile(r"[^,;:()«»“”*_]{2,90}")

# ---- what follows the title ----------------------------------------------------------
# (South Slavic notes write the page "str." / "стр." and "and following" "i dalje", "и даље",
# "i sl.", "и сл.": "Ј. Радишић, Наслов, Номос, Београд 2008, стр. 153 и даље")
_PAGE_MARK = r"(?:pp?\.|pag\.|págs?\.|fl\.|σσ?\.|str\.|стр\.)"
_PAGE = (
    rf"{_PAGE_MARK}\s?[\dIVXLCivxlc]+(?:\s?[-–]\s?\d+)?"
    # (Greek "κ.ε.", "and following")
    r"(?:\s(?:(?:e|y)\s)?(?:ss|sgg|segg|sigs?|κ\.\s?ε)\.?"
    r"|\s(?:i|и)\s(?:dalje|даље|sl\.?|сл\.?))?"
)
# what a note may add after the year: the pages, a volume, a chapter, a note of the work
_AFTER = (
    rf"(?:,\s(?:{_PAGE}|(?:vol\.|t\.|tomo)\s?[\dIVXL]+|(?:cap\.|n\.|nota|nt\.|§)\s?\d+"
    # the articles of a code or customary law cited: "artt. 898-901", Albanian "nenet
    # 898–901", "neni 12"
    r"|(?:artt?\.|neni|nenet)\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?"
    # a leaf (carta, foglio) of a manuscript or an early print: "f. 191r", "cc. 12v-14r"
    r"|(?:ff?|cc?|fol|fols)\.\s?\d{1,4}[rv]?(?:\s?[-–]\s?\d{1,4}[rv]?)?"
    r"|(?:figg?|tavv?|tav|ill)\.\s?[\dIVXL]+"
    # a table of a statistical volume: "tab. 4.2", "tabella 3", Spanish "tabla", Portuguese
    # and Albanian "tabela"
    r"|(?:tab\.|tabella|tabla|tabela|table)\s?\d{1,3}(?:\.\d{1,3})?"
    r"|[IVX]{1,4}))*"
)
# an edition printed over several years is dated by its first: "1956-1957", "1971-73"
_SPAN = rf"(?:\s?[-–]\s?(?:{_YEAR}|\d\d))?"
# (no month: "…, Tech. Rep., Jun. 2021" is an English report's date)
_PLACE = (
    # (a month, not a place that starts like one: "Novi Sad", "Marburg", "Decin")
    r"(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s)"
    rf"[{U}][\w'’.]+(?:-[{U}][\w'’.]+)?"
    rf"(?:\s(?:(?:de|di|del|am|upon|sur|do|da)\s)?[{U}][\w'’.]+){{0,2}}"
)
_IMPRINT = lazy_compile(rf",\s(?P<place>{_PLACE})\s(?P<year>{_YEAR}){_SPAN}(?P<after>{_AFTER})\.?$")
# the imprint with commas, as art and literary history write it: "…, Roma, Andrea Fei,
# 1642", "…, Electa, Napoli, 1984", "…, Firenze, 1994" (which segment is the place, a known
# place of publication tells)
_COMMA_IMPRINT = lazy_compile(
    rf"(?:,\s(?P<first>[^,;()«»*_]{{2,60}}))?,\s(?P<last>[^,;()«»*_\d]{{2,60}})"
    rf",\s(?P<year>{_YEAR}){_SPAN}(?P<after>{_AFTER})\.?$"
)
# what follows a title before its imprint: the editor or translator, the number of
# volumes, an exhibition catalogue's statement ("catalogo della mostra (Roma, 2011)")
_AFTER_TITLE = lazy_compile(
    r",\s(?:a\scura\sdi|a\sc\.\sdi|trad\.|traduzione\sdi|tradotto\sda|introduzione\sdi"
    r"|prefazione\sdi|con\sun\ssaggio\sdi|edizione\scritica|ed\.\sit\.|ed\.\sby|edited\sby"
    r"|catalogo\sdella\smostra|cat\.\s(?:della\s)?mostra|catalogo\sdell['’]esposizione"
    r"|\d{1,2}\s(?:voll|vols|tomi)\.?(?=,|$)"
    # a report's number: "…, Report BWM-2011-01, KU Leuven, Leuven, 2011"; its kind may
    # follow the word: "Rapporto tecnico RT-05/2023", "Informe técnico IT-12/2021"
    r"|(?:Tech(?:nical)?\.?\s)?(?:[Rr]eport|Rapport|Rapporto|Informe|Working\s[Pp]aper)"
    r"(?:\s(?:tecnico|técnico|technique|final|finale))?"
    r"\s(?:[Nn]o\.\s?)?[\w./-]{0,20}\d[\w./-]{0,20}(?=,|$))"
)
_DATED_END = lazy_compile(rf",\s(?:{_PLACE},?\s)?{_DATE}(?:{_AFTER})\.?$")
_EDITION = lazy_compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th|\.?[aªº°]|\.)?|[IVX]{1,4})\s?(?:ed|edn|edizione|edición|edição)"
    r"\.?(?:\s(?:riv|rev|aggiornata|ampliada|revista)\.?)*$",
    re.I,
)
# a publisher's name: capitalised words ("Giuffrè Francis Lefebvre", "Il Mulino", "Tirant lo
# Blanch", "Cambridge University Press"); a word in lower case of four letters or more is
# prose, a title's ("il porto e il mare"), unless it names a publisher ("editrice")
# (or a printer's: "Paschier van Wesbusch"; an academy's: "Accademia Nazionale dei Lincei")
_PUBLISHER_PARTICLE = (
    r"lo|la|le|il|de|di|del|della|dei|degli|delle|e|y|&|and|of|for|van|von|der|den|da|do|dos"
)
_PUBLISHER = lazy_compile(
    rf"(?:[{U}][\w'’&.-]*|(?:{_PUBLISHER_PARTICLE})"
    r"|editrice|editore|editori|edizioni|ediciones|editorial|editora|edições)"
    rf"(?:\s(?:[{U}][\w'’&.-]*|{_PUBLISHER_PARTICLE}"
    r"|editrice|editore|editori|edizioni|ediciones|editorial|editora|edições)){0,5}"
)
# (Greek notes write the same shape: "στο Β. Όνομα (επιμ.), Τόμος, Εκδότης, Αθήνα 2007, σ. 5")
# (and Albanian: "në R. Emri (red.), Vëllimi, Botuesi, Tiranë, 2020, f. 5")
_IN = r"(?:in|en|em|In|En|Em|στο|στον|στη|στην|στα|Στο|Στον|Στη|Στην|në|Në)"
# (the chapter's ", in " before its book's editors)
_IN_OPENING = lazy_compile(rf"^,\s{_IN}\s")
_JOURNAL_NUMBERS = lazy_compile(
    rf",\s(?:(?P<volume>\d{{1,4}}|[IVXLC]{{1,6}})\s\((?P<year>{_YEAR})\)"
    # (the volume, or a double number, and the issue before a bare year: "«Rivista», XII,
    # 1990", "«Rivista», 9-10, 1971", "«Rivista», 45, 3, 1991")
    r"|(?:(?P<before>[IVXLC]{1,6}|\d{1,4}(?:[-/]\d{1,4})?)"
    rf"(?:,\s(?:n\.\s?)?(?P<number>\d{{1,4}}(?:[-/]\d{{1,4}})?))?,\s)?(?P<bare>{_YEAR}))"
    r"(?:,\s(?:n\.|nr\.|núm\.|fasc\.)?\s?(?P<issue>\d{1,3}(?:[-/]\d{1,3})?)(?=,|\.?$))?"
    r"(?:,\s(?:pp?\.|págs?\.)\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?)(?:\s(?:(?:e|y)\s)?ss\.)?)?"
)
_MARKED = lazy_compile(r"^(?:\*(?P<a>[^*]{2,300})\*|_(?P<b>[^_]{2,300})_|«(?P<c>[^»]{2,300})»)")
# not this tradition: German notes ("S. 45", "2. Aufl.", "Hrsg.", "in:"), English "pp. 4-5."
# with a colon imprint ("London: Verso, 1990")
# a title quoted with its comma inside the quotes (IEEE, Chicago: "“Title,” Journal")
_FOREIGN = lazy_compile(
    rf"\bS\.\s?\d|\bAufl\.|\bHrsg\.|\bHg\.|\bBd\.|\b[Ii]n:\s|"
    rf"[{EN_OPENINGS}][^{EN_CLOSINGS}]{{2,300}}?[,.][{EN_CLOSINGS}]"
)

# ---- statutes and decisions ----------------------------------------------------------
_ACT = lazy_compile(
    r"^(?P<name>D\.\s?lgs\.|D\.\s?Lgs\.|d\.\s?lgs\.|D\.\s?[lL]\.|D\.\s?P\.\s?R\.|D\.\s?P\.\s?C\.\s?M\."
    r"|D\.\s?[mM]\.|D\.\s?M\.|L\.|R\.\s?[dD]\.|Legge|Decreto(?:\slegislativo|-legge|\slegge"
    r"|\sministeriale|\sdel\sPresidente\sdella\sRepubblica|\sinterministeriale"
    r"|\sdirettoriale|\sdirigenziale)?"
    r"|Regio\sdecreto|Delibera|Circolare)"
    # (the ministry or office that issued it: "Decreto direttoriale del Ministero
    # dell'ambiente 13 febbraio 2017")
    r"(?:\s(?:del|della|dell['’])\s?(?:Ministero|Ministro|Direzione|Dipartimento|Presidente)"
    r"\b[^,\d]{0,80}?)?"
    # (an office's letters after the number: "n. 30/STA")
    rf"\s{_DATE}(?:,\s(?:n\.|nr\.)\s?(?P<number>\d{{1,5}}(?:/(?:\d{{2,4}}|[A-Z]{{2,8}}))?))?"
    r"(?P<rest>.*)$"
)
# an issuing body's initials after an act's number ("n. 7 C.S.LL.PP.,", "n. 3 MIT,")
_ISSUER_INITIALS = lazy_compile(r"^\s(?=[A-Z])(?:[A-Z][A-Za-z]{0,3}\.?){1,8}(?=,\s)")
_IBERIAN_ACT = lazy_compile(
    r"^(?P<name>Ley(?:\sOrgánica)?|Real\sDecreto(?:\sLegislativo|-ley)?|Decreto(?:-[Ll]ei|-ley)?"
    r"|Lei(?:\sOrgânica)?|Orden|Portaria|Resolución)"
    r"\s(?:n\.(?:º|°|o)\s?)?(?P<number>\d{1,5}/(?P<numyear>\d{2}|\d{4}))"
    r",\sde\s\d{1,2}(?:\.º|º)?\sde\s(?i:" + _MONTH + r")(?:\sde\s(?P<dateyear>\d{4}))?"
    r"(?P<rest>.*)$"
)
# where a statute's title ends: its publication in the official journal (after a comma or
# the title's full stop, its name written out or not: "… energética. *Boletín Oficial del
# Estado*, núm. 121"), an article cited
_GAZETTE = lazy_compile(
    r"[,.]\s(?:(?:in|en|em|publicad[ao]\sen)\s)?[*_]?(?:G\.\s?U\.|Gazz\.\s?Uff\.|GU\b|GUUE|GURI"
    r"|S\.\s?O\.|Suppl\.|BOE\b|B\.O\.E\.|Diário\sda\sRepública|DR\b|D\.R\."
    r"|Gazzetta\sUfficiale|Bolet[íi]n\sOficial|Diari[o]?\sOficial|Diário\sOficial)"
    r"|,\s(?:artt?\.|art\.º|arts?\.|comma|commi|apartado)\s"
)
# the subject an Italian act's heading goes on with, in lower case after its number: a
# preposition ("sull'emigrazione", "per la tutela …", "in materia di …") or a participle
# ("recante norme …", "concernente …", "relativo a …", "contenente …")
_SUBJECT = lazy_compile(
    r"(?:su(?:l|ll['’]|lla|lle|gli|i)?|per|in\smateria|di|del(?:la|le|l['’])?|recante"
    r"|concernente|riguardante|relativ[oa]|contenente|modifiche|norme|disposizioni"
    r"|approvazione|conversione|attuazione|istituzione|riordino)(?:\s|(?<=['’]))[^\W\d_]"
)
# the Spanish designations: the official title (as the BOE prints it) is the act's whole
# heading, "Ley 7/2021, de 20 de mayo, de cambio climático y transición energética"
_SPANISH_ACT = lazy_compile(r"^(?:Ley|Real\sDecreto|Decreto-ley|Orden|Resolución)\b")
_COURT = lazy_compile(
    r"^(?:Corte\scost(?:ituzionale|\.)|C\.\s?cost\.|Cass(?:azione|\.)(?:,?\s(?:pen|civ|sez)\.)?"
    r"|Cons\.\s?(?:di\s)?Stato|C\.d\.S\.|T\.A\.R\.|TAR\b|Trib(?:unale|\.)|C\.\s?app\.|Corte\sapp\."
    r"|App\.|Corte\sd['’]\s?[aA]ppello|Corte\sEDU|C\.\s?giust\.|Corte\sgiust\.|CGUE\b|Corte\sd['’]\s?[aA]ssise"
    r"|Tribunal\s(?:Supremo|Constitucional|Superior)|STS\b|STC\b|SAP\b|STSJ\b|Acórdão|Ac\.\s(?:do\s)?(?:STJ|TC|TRL|TRP)"
    r"|Supremo\sTribunal)"
)
_DECISION_DATE = lazy_compile(
    rf"{_DATE}|\b\d{{1,2}}[./-]\d{{1,2}}[./-](?P<numdate>{_YEAR})\b"
    rf"|\bde\s\d{{1,2}}\sde\s(?i:{_MONTH})(?:\sde\s(?P<iberian>{_YEAR}))?"
    rf"|\b\d{{1,5}}/(?P<numbered>{_YEAR})\b"
)

# ---- the short note that repeats a work ----------------------------------------------
# "Rossi, Bianchi, La pena, cit., pp. 14 ss.", "Consiglio d'Europa, *Raccomandazione
# CM/Rec(2018)8*, cit., punti 36-42", "Pérez, *La mediación*, ob. cit." is op. cit.'s
CIT_SHORT = lazy_compile(
    r"^\s*(?P<author>[^,“\"«(*_;]{2,60}(?:,\s[^,“\"«(\s*_;]{2,30}){0,3})"
    # (an editor named before the title: "Nome (a cura di), Titolo, cit.")
    rf"(?:\s{_EDITOR_MARK})?,\s"
    r"(?P<title>\*[^*]{2,150}\*|_[^_]{2,150}_|«[^»]{2,150}»|“[^”]{2,150}”"
    r"|[^,;*_«“]{3,120}?),?\s\*?cit\.\*?"
    r"(?P<locator>(?:,\s[^;]{1,80}?)?)\.?\s*$"
)


def parse(body: str) -> Fields | None:
    """Fields of a note in the Italian (Spanish, Portuguese) tradition, or None."""
    first = _first_work(body).strip().rstrip(".,; ")
    if not first or len(first) > 1500:
        return None
    if caps.person_head(first):  # "SANTOS, Luana dos. Title. 2018. 142 f. Tese …": ABNT's
        return None
    ruled = _act(first) or _decision(first)
    if ruled is not None:
        return ruled
    found = _work(first)
    # (a "title" of digits or a "place" that is an abbreviation, "Catalogue of Maps, 1952,
    # Nr. 1750": no note of this tradition)
    if found is None or not re.search(r"[^\W\d_]", found.title or ""):
        return None
    if found.place is not None and found.place.endswith("."):
        return None
    volume = _TITLE_VOLUME.search(found.title or "")
    if volume is not None and found.title is not None:  # "Title, vol. II": the volume apart
        return replace(found, title=found.title[: volume.start()], volume=volume.group("v"))
    return found


# a name inverted, as the lists of these notes write it: "Radišić, Jakov", "Мујовић Зорнић,
# Хајрија", "Rossi, Mario Luigi"
_INVERTED = lazy_compile(
    rf"(?P<name>{SURNAME}(?:\s{SURNAME})?,\s[{U}][{L}'’-]+(?:\s[{U}][{L}'’-]+)?),\s(?P<rest>\S.*)"
)


def inverted(body: str) -> Fields | None:
    """Fields of a list entry in this tradition's book form, its name inverted
    (``Radišić, Jakov, Medicinsko pravo, Nomos, Beograd 2007.``, ``Rossi, Mario, Titolo,
    Editore, Milano 2020.``): the place and the year with no comma between them, and a
    publisher named or a known place; None for any other shape."""
    text = body.strip().rstrip(".,; ")
    m = _INVERTED.fullmatch(text)
    if m is None or _FOREIGN.search(text) or _MORE_NAMES.match(m.group("rest")):
        return None
    if re.search(r",\s(?:[Uu]|[Уу]|[Ww]|[Vv]):?\s", m.group("rest")):
        return None  # "…, u: Zbornik radova, …": a chapter of the book named after it
    if _IMPRINT.search(m.group("rest")) is None:
        # only the place and year with no comma between them: "Smith, John, Harbours, docks,
        # and quays, London, 2001." may be more names than one's before its title
        return None
    found = _book((m.group("name"),), m.group("rest"))
    if found is None or found.title is None or not re.search(r"[^\W\d_]", found.title):
        return None
    if found.publisher is None and not is_place(found.place or ""):
        return None
    return found


# the names as this tradition's lists write them, the family name first, the initials after:
# "Lugaresi N., ", "Bianchi A., Guidotti E., "
_LISTED_PERSON = rf"{_FAMILY}\s{_INITIALS}"
_LISTED = lazy_compile(
    rf"^(?P<people>{_LISTED_PERSON}(?:(?:,\s|\s(?:e|y)\s){_LISTED_PERSON}){{0,5}}),\s"
    r"(?P<rest>\S.*)$",
    re.S,
)
# a further name of that form where the title should start
_LISTED_MORE = lazy_compile(rf"^{_LISTED_PERSON}(?=[\s,])")
# the proceedings of a meeting as the host of a paper: "in Atti del XXXVIII Convegno …",
# "en Actas de las VII Jornadas …", "em Anais do …"
_PROCEEDINGS = lazy_compile(
    rf",\s{_IN}\s(?P<host>(?:Atti|Actas|Anais|Actes)\s(?:del|della|dei|delle|de|do|da|des|du)"
    r"\b[^,;]{2,250}),\s"
)
# a newspaper by its name, then the day of the issue: "in Corriere della Sera, 4 luglio 2022"
_NEWSPAPER = lazy_compile(
    rf",\s{_IN}\s(?P<mark>[*_]?)(?P<host>[{U}][^,;«»*_]{{1,100}})(?P=mark),\s{_DATE}(?=,|\.?$)"
)


def listed(body: str) -> Fields | None:
    """Fields of a list entry in this tradition, its names written family name first
    (``Lugaresi N., Titolo, in B. Curatore (a cura di), Volume, Città, Editore, 2021``), when
    ``, in`` ends its title and names a journal, an edited volume, a meeting's proceedings or
    a newspaper's issue; None for any other shape (the title with a comma of its own is
    whole up to the ``, in``)."""
    text = body.strip().rstrip(".,; ")
    m = _LISTED.match(text)
    if m is None or _FOREIGN.search(text) or _MARKED.match(m.group("rest")):
        return None
    if _LISTED_MORE.match(m.group("rest")):
        return None  # ("Petrov P.P., Orlov V.N. i dr., …": more names, another list's joiner)
    people = tuple(p.strip() for p in re.split(r",\s|\s(?:e|y)\s", m.group("people")))
    title, after = _title(m.group("rest"))
    if title is None or after is None or not re.search(r"[^\W\d_]", title):
        return None
    return (
        _in_journal(people, title, after)
        or _in_book(people, title, after)
        or _in_meeting_or_issue(people, title, after)
    )


def _in_meeting_or_issue(authors: tuple[str, ...], title: str, after: str) -> Fields | None:
    """A paper in a meeting's proceedings (a chapter) or an article in a newspaper's issue of
    a day, ``after`` the title (:data:`_PROCEEDINGS`, :data:`_NEWSPAPER`); else None."""
    people = authors
    meeting = _PROCEEDINGS.match(after)
    if meeting is not None:
        return Fields(
            "italian",
            people,
            title.strip(" ,"),
            year_of(last_year(after[meeting.end() :])),
            container=meeting.group("host"),
            pages=_pages(after),
            chapter=True,
        )
    news = _NEWSPAPER.match(after)
    if news is not None:
        return Fields(
            "italian",
            people,
            title.strip(" ,"),
            year_of(news.group("dateyear")),
            container=news.group("host").strip(),
            pages=_pages(after),
            kind=RefKind.ARTICLE,
        )
    return None


# a volume written after the title: "Bibliothekskataloge, vol. II", "Storia, t. 3"
_TITLE_VOLUME = lazy_compile(r",\s(?:vol|voll|Bd|t|tomo)\.\s?(?P<v>[IVXLC]{1,6}|\d{1,3})$")


def _first_work(text: str) -> str:
    """The text up to the first ``;`` outside brackets, quotes and italics."""
    depth = 0
    italic = False
    for i, char in enumerate(text):
        if char in "([«“":
            depth += 1
        elif char in ")]»”" and depth:
            depth -= 1
        elif char == "*":
            italic = not italic
        elif char == ";" and not depth and not italic:
            return text[:i]
    return text


# what parts an act's designation from its title: a comma, or (a capital after it) a full
# stop, a dash or a colon ("…, n. 138. Riordino …", "…, n. 138 – Riordino …")
_COMMA_LEAD = lazy_compile(r",\s")
_TITLE_LEAD = lazy_compile(r",\s|(?:\.|\s[–—-]|:)\s(?=[^\W\d_])(?!(?:[Aa]rtt?|[Cc]omma)\b)")


def _act(text: str) -> Fields | None:
    italian = _ACT.match(text)
    m = italian or _IBERIAN_ACT.match(text)
    if m is None:
        return None
    year = m.group("dateyear")
    if year is None:  # "Ley 4/2015, de 27 de abril": the number's year
        raw = m.group("numyear")
        year = raw if len(raw) == 4 else None
    rest = m.group("rest")
    # ("Circolare 21 gennaio 2019, n. 7 C.S.LL.PP., Istruzioni …": the issuing body's
    # initials after the number, before the title)
    issuer = _ISSUER_INITIALS.match(rest)
    if issuer is not None:
        rest = rest[issuer.end() :]
    title = None
    # ("Decreto legislativo 4 giugno 2003, n. 138. Riordino …", "…, n. 138 – Riordino …":
    # the title after a full stop or a dash, as a list sets the designation as its heading;
    # an Iberian act's official title goes on after its comma only: see _SPANISH_ACT)
    lead = (_TITLE_LEAD if italian is not None else _COMMA_LEAD).match(rest)
    if lead is not None:
        body = rest[lead.end() :]
        end = _GAZETTE.search(", " + body)
        title = (body[: max(end.start() - 2, 0)] if end else body).strip(" ,.*_") or None
        if title is not None and (re.fullmatch(rf"{_DATE}.*", title) or len(title) < 4):
            title = None
        if title is not None and (_SPANISH_ACT.match(text) or _SUBJECT.match(title)):
            # (and a heading that goes on with the act's subject in lower case, no title of
            # its own: "Legge 31 gennaio 1901, n. 23, sull'emigrazione", "…, recante norme
            # …", "…, concernente …": the heading whole, as the Gazzetta prints it)
            title = f"{text[: m.start('rest')]}, {title}"
    return Fields(
        "italian",
        title=title,
        year=year_of(year),
        untitled=title is None,
        kind=RefKind.UNKNOWN,
    )


def _decision(text: str) -> Fields | None:
    if _COURT.match(text) is None:
        return None
    # (up to the report it is printed in: "…, n. 141, in *Giur. cost.*, 2024, pp. 1502 ss.")
    own = re.split(rf",\s{_IN}\s", text, maxsplit=1)[0]
    date = _DECISION_DATE.search(own)
    if date is None:
        return None
    year = next((g for g in date.groups() if g), None)
    return Fields("italian", year=year_of(year), untitled=True, kind=RefKind.UNKNOWN)


def _work(text: str) -> Fields | None:
    """A book, an article, a chapter or a body's document, its names first."""
    if _FOREIGN.search(text):
        return None
    authors, rest = _authors(text)
    if authors is None or not rest or _MORE_NAMES.match(rest) or _MORE_BODIES.match(rest):
        return None
    title, after = _title(rest)
    if title is not None and after is not None:
        found = _in_journal(authors, title, after) or _in_book(authors, title, after)
        if found is not None:
            return found
        # ("L. Rossi, *Titolo*, in *Corriere della Sera*, 4 luglio 2022, p. 17": a newspaper's)
        if _NEWSPAPER.match(after) is not None:
            return _in_meeting_or_issue(authors, title, after)
    return _book(authors, rest) or _dated(authors, rest)


def _authors(text: str) -> tuple[tuple[str, ...] | None, str]:
    """The names a note starts with (people by their initials, or one or two bodies) and
    the rest; (None, text) when it starts with neither."""
    m = _PERSONS.match(text)
    if m is not None:
        people = re.split(r",\s|\s(?:e|y)\s", m.group("people"))
        people = [re.sub(r",?\s(?:et\sal\.|e\saltri)$", "", p) for p in people]
        return tuple(p.strip() for p in people if p.strip()), text[m.end() :]
    bodies: list[str] = []
    at = 0
    for pattern in (_BODY_WORD, _SECOND_BODY):
        seg = _SEGMENT.match(text, at)
        if seg is None or not text.startswith(", ", seg.end()):
            break
        name = seg.group(0).strip()
        acronym = not bodies and _ACRONYM.fullmatch(name)
        if not (pattern.search(name) or acronym) or re.search(r"\d", name):
            break
        if " et " in name:
            # ("…, Institut national de la statistique et OCDE, *Titre*, …": bodies joined
            # by the French "et", a French note, :mod:`.french_notes`)
            return None, text
        bodies.append(name)
        at = seg.end() + 2
    if not bodies:
        return None, text
    return tuple(bodies), text[at:]


def _title(rest: str) -> tuple[str | None, str | None]:
    """The title and what follows it, where a mark (italics, quotes) or ``, in`` ends it."""
    marked = _MARKED.match(rest)
    if marked is not None:
        title = next(g for g in marked.groups() if g)
        return title.strip(), rest[marked.end() :]
    # (the journal in guillemets with no "in" before it: "Titolo, «Rivista», 17 (2013)")
    m = re.search(rf",\s{_IN}\s", rest) or re.search(r",\s(?=«)", rest)
    if m is None or m.start() < 2:
        return None, None
    return rest[: m.start()], rest[m.start() :]


def _in_journal(authors: tuple[str, ...], title: str, after: str) -> Fields | None:
    m = re.match(
        rf",\s(?:{_IN}\s(?P<journal>\*[^*]{{2,150}}\*|«[^»]{{2,150}}»|_[^_]{{2,150}}_"
        rf"|(?!{_PERSON}|[{U}][\w'’-]+\s{_EDITOR_MARK})[^,;«»*]{{2,150}}?)"
        # (or in guillemets alone, as Italian journals are named: "Titolo, «Rivista», 17
        # (2013), 4, pp. 1-20"; the volume or year after them tells it from a title)
        r"|(?P<guillemets>«[^»]{2,150}»))(?=,\s)",
        after,
    )
    if m is None:
        return None
    numbers = _JOURNAL_NUMBERS.match(after, m.end())
    if numbers is None:
        return None
    journal = (m.group("journal") or m.group("guillemets")).strip("*_«» ")
    year = numbers.group("year") or numbers.group("bare")
    volume, issue = numbers.group("volume"), numbers.group("issue") or numbers.group("number")
    before = numbers.group("before")
    if before is not None and re.search(r"[-/]", before):
        issue = issue or before  # a double number ("9-10") is the issue's
    elif before is not None:
        volume = before
    return Fields(
        "italian",
        authors,
        title.strip(" ,"),
        year_of(year),
        container=journal,
        volume=volume,
        issue=issue,
        pages=numbers.group("pages"),
    )


def _in_book(authors: tuple[str, ...], title: str, after: str) -> Fields | None:
    """A chapter: ``, in B. Curatore (a cura di), Volume, Editore, Città 2007, pp. 1-20``,
    or the volume first, its editors after it: ``, in Volume, a cura di B. Curatore, Città
    2007``."""
    m = re.match(rf",\s{_IN}\s(?:{_PEOPLE}|Id\.|Ead\.|Idem|Eadem)\s{_EDITOR_MARK},\s", after)
    found = m if m is not None else _VOLUME_FIRST.match(after)
    if found is None:
        return None
    book = _book((), after[found.end() :])
    if book is None or book.title is None:
        return None
    return Fields(
        "italian",
        authors,
        title.strip(" ,"),
        book.year,
        container=book.title,
        pages=book.pages,
        publisher=book.publisher,
        place=book.place,
        chapter=True,
        # ("in B. Curatore (a cura di), Volume": the volume's editors, :mod:`.role_marks`)
        editors=role_marks.host_editors(_IN_OPENING.sub("", after)) if m else (),
    )


@dataclass(frozen=True, slots=True)
class _Imprint:
    """Where a book's imprint starts in its note, and what it names."""

    start: int
    place: str | None
    publisher: str | None
    year: str
    after: str


def _imprint(rest: str) -> _Imprint | None:
    """The imprint a note ends with: ``Città 2024`` (the publisher before it is read with
    the title), or the comma form ``Città, Editore, 2024``, ``Editore, Città, 2024``,
    ``Città, 2024``."""
    m = _IMPRINT.search(rest)
    if m is not None:
        return _Imprint(m.start(), m.group("place"), None, m.group("year"), m.group("after"))
    m = _COMMA_IMPRINT.search(rest)
    if m is None:
        return None
    first, last = (m.group("first") or "").strip(), m.group("last").strip()
    year, after = m.group("year"), m.group("after")
    if first and _publisher(last) and (is_place(first) or _unknown_place(first, last)):
        return _Imprint(m.start(), first, last, year, after)  # "Roma, Andrea Fei, 1642"
    if not is_place(last):
        return None
    if first and _publisher(first) and not is_place(first):
        return _Imprint(m.start(), last, first, year, after)  # "Electa, Napoli, 1984"
    # "Firenze, 1994": the segment before is the title's
    return _Imprint(m.start("last") - 2, last, None, year, after)


def _publisher(name: str) -> bool:
    return _PUBLISHER.fullmatch(name) is not None and not _EDITION.match(name)


# a place no list knows, before a publisher named as one: "Haarlem, Paschier Editore"
_PRESS_WORD = lazy_compile(
    r"\b(?:Editore|Editori|Editrice|Edizioni|Editoriale|Ediciones|Editorial|Editora|Edições"
    r"|Éditions|Verlag|Press|Publishers?|Tipografia|Stamperia|Typographia|Libreria)\b"
)


# South Slavic publishers are named in sentence case, by a word saying what they are
# ("Službeni glasnik", "Pravni fakultet", "Narodne novine", "Školska knjiga", "Zavod za
# udžbenike", "Matica srpska", "Издавачка кућа …", Slovene "založba", Bulgarian "издателство")
_SLAVIC_PRESS = lazy_compile(
    r"(?i:\b(?:glasnik|гласник|fakultet\w*|факултет\w*|novine|новине|knjig\w+|књиг\w+"
    r"|naklad\w*|наклад\w*|izdava\w+|издава\w+|издателств\w+|zavod\w*|завод\w*|matic\w+"
    r"|матиц\w+|štamparij\w+|штампариј\w+|založb\w+|biblioteka|библиотека|akademij\w+"
    r"|академиј\w+|institut\w*|институт\w*|centar|центар|kuća|кућа)\b)"
)
_NAMED_PUBLISHER = lazy_compile(rf"[{U}][^,;:()«»“”*_\d]{{1,60}}")


def _named_publisher(name: str) -> bool:
    """Whether ``name``, the segment before a note's place and year, is a publisher's: named
    as one in capitals (:data:`_PUBLISHER`), or by a word saying so (:func:`press_named`)."""
    return _PUBLISHER.fullmatch(name) is not None or press_named(name)


def press_named(name: str) -> bool:
    """Whether ``name`` (a segment between commas) names a publisher by a word saying what it
    is, in any case (``Službeni glasnik``, ``Pravni fakultet``, ``Editore Alfa``)."""
    return (
        _NAMED_PUBLISHER.fullmatch(name) is not None
        and len(name.split()) <= 5
        and (_SLAVIC_PRESS.search(name) is not None or _PRESS_WORD.search(name) is not None)
    )


def _unknown_place(place: str, publisher: str) -> bool:
    return re.fullmatch(_PLACE, place) is not None and _PRESS_WORD.search(publisher) is not None


# the volume a chapter is in, named before its editors: ", in Volume, a cura di B. Nome, …"
_VOLUME_FIRST = lazy_compile(
    rf",\s{_IN}\s(?=[^,;«»*_]{{2,200}},\s(?:a\scura\sdi|a\sc\.\sdi|ed\.\sby|edited\sby"
    r"|hrsg\.\sv\.|coord\.|dir\.|org\.)\s)"
)


_REPORT_NUMBER = lazy_compile(r",\s(?:Tech|[Rr]eport|Rapport|Informe|Working)")


def _book(authors: tuple[str, ...], rest: str) -> Fields | None:
    """``Titolo[, 2a ed.][, Editore], Città 2024[, pp. 77 ss.]``, or the comma imprint
    (``Titolo[, a cura di B. Nome][, 2 voll.], Città, Editore, 2024[, I, pp. 7-9]``)."""
    imprint = _imprint(rest)
    if imprint is None:
        return None
    head = rest[: imprint.start]
    marked = _MARKED.match(head)
    publisher = imprint.publisher
    place = imprint.place
    report = False
    if marked is not None:
        title = next(g for g in marked.groups() if g)
        tail = [p.strip() for p in head[marked.end() :].split(",") if p.strip()]
        tail = [p for p in tail if not _EDITION.match(p) and not _AFTER_TITLE.match(", " + p)]
        publisher = publisher or ", ".join(tail) or None
    else:
        cut = _AFTER_TITLE.search(head)
        report = cut is not None and _REPORT_NUMBER.match(head, cut.start()) is not None
        parts = head[: cut.start() if cut is not None and cut.start() >= 2 else None].split(", ")
        edition = next((i for i in range(1, len(parts)) if _EDITION.match(parts[i].strip())), 0)
        if edition:  # "Titolo, 3a ed., Istituto nazionale di statistica": what follows it
            publisher = publisher or ", ".join(parts[edition + 1 :]).strip() or None
            parts = parts[:edition]
        elif publisher is None and len(parts) > 1 and _named_publisher(parts[-1].strip()):
            publisher = parts.pop().strip()
            if place is not None and is_place(publisher) and not is_place(place):
                place, publisher = publisher, place  # "Milano, Electa 1991"
        title = ", ".join(parts)
    title = title.strip(" ,")
    if len(title) < 2 or len(title) > 400:
        return None
    return Fields(
        "italian",
        authors,
        title,
        year_of(imprint.year),
        pages=_pages(imprint.after),
        publisher=publisher,
        place=place,
        book=True,
        kind=RefKind.REPORT if report else None,
    )


def _dated(authors: tuple[str, ...], rest: str) -> Fields | None:
    """A body's document with its date: ``Comitato, Titolo CM/Rec(2018)8 …, 3 ottobre 2018``."""
    m = _DATED_END.search(rest)
    if m is None or m.start() < 2:
        return None
    marked = _MARKED.match(rest)
    title = next(g for g in marked.groups() if g) if marked else rest[: m.start()]
    return Fields("italian", authors, title.strip(" ,"), year_of(m.group("dateyear")))


def _pages(after: str) -> str | None:
    m = re.search(rf"{_PAGE_MARK}\s?(\d+(?:\s?[-–]\s?\d+)?)", after)
    return m.group(1) if m else None
