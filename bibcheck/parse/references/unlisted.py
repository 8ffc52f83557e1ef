"""Works a bibliography customarily leaves out though the notes cite them.

Chicago (17th ed., 14.170 and 14.289) and the traditions that follow it cite newspaper
articles and Acts of Parliament in the notes only: ``*Leeds Mercury*, 6 October 1849, 5.``,
``The Times (London), 3 May 1850, 4.``, ``5 & 6 Vict., c. civ (1842).``, ``13 Geo. III,
c. 78.``.  A note citing one is no ``missing-literature-entry``.

A newspaper issue is told from a book by its shape: a short title, then a full date with
its day, then at most a page; a book note has a place, a publisher or a year alone.  GOST
7.1 and the Central European notes that follow it put the year first, each element closed
by a full stop (or ``. –``): ``Gazeta Lwowska. 1892. 14 marca. S. 3.``, ``Правда. – 1937. –
12 мая. – С. 2.``.  A lead-in (``See``, ``Див., напр.:``) before either shape is no part of it.

The humanities of Central Europe divide a list into sources (``Quellen``: archival
documents, printed primary sources) and literature (``Literatur``); a list of literature
alone leaves the sources out.  A print of the hand-press era (before 1801, the span of the
German union catalogues of early prints VD16, VD17 and VD18) is a primary source, not
secondary literature: ``Vorrede, in: *Gesangbuch für …*, Stuttgart 1791, S. III–XII.``
A reprint or modern edition (a year after 1800 anywhere in the note) is literature.

A note that says where its figures come from (``Chiffres de la Fédération des écoles,
rentrée 2012.``, ``Data from the Regional Water Board, 2019.``, ``Dane z Urzędu Miasta, stan
na 2020.``): the words for figures or data, then a body's name, at most a date after it, and
no title, page or publisher, names a data supplier, not a publication.

A note that is a link alone (``Siehe <https://…> (abgerufen am 3. März 2024).``, ``See
https://….``): no author, no title, only a lead-in word, the address and its access date,
points to a web page, which a list of literature does not hold.  So does a sentence that
says where a resource can be reached and ends with its address (``The minute books are
available online through the county record office: <https://…>.``, ``Die Protokolle sind
online einsehbar unter https://….``): it tells where to look, it cites no work.

A note that sends the reader to a web page by a link whose words describe it rather than
name a work (``Um Pál sjá [grein á Wikipediu](https://…); ekki heimild í ströngum
skilningi.``, ``On Paul, see [the Wikipedia article](https://…).``): a lead-in, one link,
no author, no year, no page, perhaps a remark after it, points to a page, not to a work of
the literature.  So does a note with one link and no year that says it is no source
(``not a source``, ``keine Quelle``, ``ekki heimild``, ``nije izvor``).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.commentary import strip_lead_in
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.references.gost_sources import newspaper_article
from bibcheck.parse.references.quote_pairs import DOUBLE, DOUBLE_CLOSINGS, DOUBLE_OPENINGS

__all__ = [
    "availability_note",
    "bare_link",
    "web_pointer",
    "data_source",
    "early_print",
    "newspaper_entry",
    "newspaper_issue",
    "newspaper_issue_title",
    "newspaper_named",
    "regnal_act",
    "unlisted_work",
]

_MONTH = r"[^\W\d_]{3,10}\.?"
# (two issues or more of one month cited together: "3 et 10 avril 1752", "6, 13 and 20 May
# 1851")
_DAYS = r"\d{1,2}\.?(?:(?:,\s\d{1,2}\.?){0,5},?\s(?:et|and|und|y|e|&)\s\d{1,2}\.?)?"
# (Spanish and Portuguese write "14 de octubre de 1806")
_DATE = (
    rf"(?:{_DAYS}\s{_MONTH}\s\d{{4}}|{_MONTH}\s\d{{1,2}},\s\d{{4}}"
    rf"|\d{{1,2}}\sde\s{_MONTH}\sde\s\d{{4}})"
)
# an issue's number after the paper's name: "núm. 83", "no. 12", "n.º 4", "Nr. 7", "№ 5"
_ISSUE_NO = r"(?:,\s(?:núm|num|no|nr|n\.?º|nº|№)\.?\s?\d{1,5})?"
# (a Romance paper's name joins its words with a particle: "Gazeta de Madrid", "Diario
# de la Marina", "Corriere della Sera")
_PAPER = (
    r"(?P<title>\*[^*]{2,60}\*|_[^_]{2,60}_|(?:The\s)?[A-Z][\w'’&-]*"
    r"(?:(?:\s(?:de|del|de\sla|della|di|du|des|do|da|dos|das))?\s[A-Z][\w'’&-]*){0,4})"
)
# an article of the issue before the newspaper's name (Chicago 14.191 and the notes that follow
# it): its author perhaps, its headline in quotation marks, perhaps what kind of piece it is
# ('Mike Royko, “Next Time, Dan,” Chicago Tribune, …', '«Samling om partiet», leder,
# Arbeiderbladet, 3. mars 1927, s. 4.', '„Titel“, Leitartikel, Vossische Zeitung, …')
_ARTICLE = (
    rf"(?:[^\W\d_][^,“”\"«»„*_]{{1,60}},\s)?[{DOUBLE_OPENINGS}][^{DOUBLE}]{{2,"
    rf"200}}[{DOUBLE_CLOSINGS}],?\s"
    r"(?:[^\W\d_]{3,20},\s)?"
)
_NEWSPAPER = lazy_compile(
    rf"^\s*(?P<article>{_ARTICLE})?{_PAPER}"
    r"(?:\s\([^()]{2,30}\))?"
    rf"{_ISSUE_NO},\s"
    rf"{_DATE}"
    r"(?:,\s(?:(?:p|pp|S|bl|s|c)\.\s?)?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?"
    r"(?:,\s(?:col|cols|kol)\.\s?\d+)?"
    # (what the page holds, said in lower case: "…, p. 2-3, compte rendu de l'audience",
    # "…, 4, leading article")
    r"(?:,\s(?=[a-zß-ÿ])[^;]{3,200}?)?\.?\s*$"
)
# ... year first, then day and month (GOST 7.1): "Gazeta Lwowska. 1892. 14 marca. S. 3.",
# "Известия. – 1930. – 5 янв. – С. 3.", "Kurjer Lwowski. 1901. 6 października. S. 1–2."
_GOST_STOP = r"\.\s(?:[-–—]\s)?"
_GOST_NEWSPAPER = lazy_compile(
    rf"^\s*[{DOUBLE_OPENINGS}]?(?P<title>[^\W\d_][\w'’&-]*(?:\s[^\W\d_][\w'’&-]*){{0,4}})"
    rf"[{DOUBLE_CLOSINGS}]?"
    rf"{_GOST_STOP}(?:1[6-9]|20)\d\d{_GOST_STOP}\d{{1,2}}\.?\s(?P<month>[^\W\d_]{{3,12}})\.?"
    r"(?:\s?\(?№\s?\d{1,5}\)?)?"
    rf"(?:{_GOST_STOP}(?:S|С|P|s|с|p|Str|Стр)\.\s?\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?)?\.?\s*$"
)
# Acts by regnal year and chapter: "5 & 6 Vict., c. civ", "13 Geo. III, c. 78", "1 Edw. 7 c. 4"
_REGNAL = lazy_compile(
    r"\b\d{1,2}(?:\s?(?:&|and)\s?\d{1,2})?\s(?:Vict|Geo|Will|Wm|Eliz|Edw|Anne|Car|Jac|Hen|Ric"
    r"|Jas|Cha)\.?(?:\s(?:[IVX]+|\d))?,?\s(?:c|cap|ch)\.\s?(?:[ivxlcdm]+|[IVXLCDM]+|\d+)\b"
)


# The imprint of an early print: the place (capitalised words, "a. M.", "a. d. O."), then a
# year before 1801, at the end of an element: "Stuttgart 1791", "Frankfurt a. M. 1765",
# "London, 1776", "Paris: Didot, 1790", "(Leipzig 1700)"
_EARLY_IMPRINT = lazy_compile(
    r"(?:^|[,.:(]\s?)[A-ZÄÖÜ][^\W\d_]+\.?(?:\s(?:[a-z]\.\s?[A-Z]\.|[A-ZÄÖÜ][^\W\d_]+\.?)){0,3}"
    r",?\s(?:1[45]\d\d|1[67]\d\d|1800)(?=[,.;)]|\s*$)"
)
# any year of the modern era: a reprint, an edition, an access date make the note literature
_MODERN_YEAR = lazy_compile(r"(?<!\d)(?:18\d\d|19\d\d|20\d\d)(?!\d)")
_LATER_YEAR = lazy_compile(r"(?<!\d)1800(?!\d)")


def early_print(text: str) -> bool:
    """Does ``text`` cite a print of the hand-press era (an imprint before 1801, no later
    year): a printed primary source (see the module doc)?"""
    modern = [m for m in _MODERN_YEAR.finditer(text) if not _LATER_YEAR.fullmatch(m.group(0))]
    return not modern and _EARLY_IMPRINT.search(text) is not None


# A link alone: a lead-in word ("Siehe", "See", "Vgl.", "Voir", "Zie", "Zob."), the address
# (in angle brackets as Markdown writes an autolink, or bare), an access date in parentheses
_LEAD_IN = (
    r"(?:siehe|s\.|vgl\.|see|see\salso|cf\.|voir|zie|zob\.|vedi|véase|ver|online|online\sunter"
    r"|abrufbar\sunter|unter|available\sat)"
)
_BARE_LINK = lazy_compile(
    rf"^\s*(?:{_LEAD_IN}:?\s+)?<?https?://[^\s<>]+>?"
    r"(?:\s*[(\[][^()\[\]]{0,80}[)\]])?\s*[.;]?\s*$",
    re.I,
)


def bare_link(text: str) -> bool:
    """Is ``text`` a note that is a link alone, perhaps after a lead-in word and with its
    access date (see the module doc)?"""
    return bool(_BARE_LINK.match(" ".join(text.split())))


# A link with the words it shows: "[words](https://…)", "*words* <https://…>", "words
# <https://…>", or the address alone (the words: no digit, no quotation mark)
_SHOWN = r"[^\W\d_][^\d<>\[\]()*\"“”«»„:;]{0,80}?"
_POINTER_LINK = (
    rf"(?:\[{_SHOWN}\]\(https?://[^\s()]+\)|(?:\*{_SHOWN}\*\s?|{_SHOWN}\s)?<https?://[^\s<>]+>"
    r"|https?://[^\s<>]+)"
)
# ... then an access date in parentheses, and a remark with no digit, quotation or title
_POINTER = lazy_compile(
    rf"^\s*{_POINTER_LINK}(?:\s*[(\[][^()\[\]]{{0,80}}[)\]])?"
    r"(?:\s*[;,.]\s[^\W\d_][^\d<>\[\]*\"“”«»„]{0,160})?\s*[.;]?\s*$",
)
# "not a source": the words a note uses to say it cites no work of the literature
_NO_SOURCE = lazy_compile(
    r"\b(?:not\sa\s(?:scholarly\s|proper\s|citable\s)?source|no\s(?:scholarly\s)?source"
    r"|keine\s(?:wissenschaftliche\s)?quelle|pas\sune\ssource|no\ses\suna\sfuente"
    r"|non\sè\suna\sfonte|não\sé\suma\sfonte|geen\sbron|ingen\skilde|inte\sen\skälla"
    r"|ekki\sheimild|nije\sizvor|није\sизвор|nie\sjest\sźródłem|není\szdroj"
    r"|не\sявляется\sисточником|не\sє\sджерелом)\b",
    re.I,
)
# the address, and the access date in parentheses after it (its year is no work's)
_LINK_AND_DATE = lazy_compile(r"https?://[^\s<>()\[\]]+[>)]?(?:\s*[(\[][^()\[\]]{0,80}[)\]])?")


def web_pointer(text: str) -> bool:
    """Is ``text`` a note pointing to a web page by a describing link: after a lead-in, or
    saying it is no source (see the module doc)?"""
    flat = " ".join(text.split())
    links = _LINK_AND_DATE.findall(flat)
    if len(links) != 1 or any(c.isdigit() for c in _LINK_AND_DATE.sub(" ", flat)):
        return False  # one link; no year, volume or page outside it
    rest = strip_lead_in(flat)
    pointer = _POINTER.match(rest) is not None
    return (pointer and rest != flat) or _NO_SOURCE.search(flat) is not None


# "<the resource> is available online through <where>: <address>." -- what is available,
# the verb, then where, the address last (with its access date)
_AVAILABLE = lazy_compile(
    r"^\s*(?:[^\W\d_][^.;:()\[\]<>]{0,120}?\s)?"
    r"(?:(?:is|are|can\sbe|may\sbe)\s(?:now\s|also\s|freely\s|publicly\s)?"
    r"(?:available|accessible|consulted|viewed|searched|browsed)(?:\sonline)?"
    r"\s(?:at|through|from|via|on|in)"
    r"|(?:ist|sind)\s(?:auch\s|frei\s)?(?:online\s)?(?:verfügbar|abrufbar|einsehbar|zugänglich)"
    r"\s(?:unter|über|bei)"
    r"|(?:est|sont)\s(?:librement\s)?(?:disponibles?|accessibles?|consultables?)(?:\sen\sligne)?"
    r"\s(?:sur|à|via|depuis)"
    r"|(?:está|están)\s(?:disponibles?|accesibles?|consultables?)(?:\sen\slínea)?"
    r"\s(?:en|a\stravés\sde))\s"
    # (where: a body or a site's name before the address, no year)
    r"[^<>\d]{0,120}?<?https?://[^\s<>]+>?"
    r"(?:\s*[(\[][^()\[\]]{0,80}[)\]])?\s*[.;]?\s*$",
    re.I,
)


def availability_note(text: str) -> bool:
    """Is ``text`` a sentence saying where a resource is available, its address last (see
    the module doc)?"""
    return bool(_AVAILABLE.match(" ".join(text.split())))


# The words for figures or data, and the preposition that names their supplier
_FIGURES = (
    r"(?:figures|data|statistics|numbers|chiffres|données|statistiques|effectifs|zahlen|daten"
    r"|angaben|cifras|datos|dati|cifre|dados|números|dane|liczby|údaje|čísla|цифры|данные"
    r"|дані|цифри)"
)
_SUPPLIER = (
    r"(?:from|of|by|provided\sby|supplied\sby|de|du|des|d['’]|fournis\spar|nach|laut|von|der"
    r"|di|del|della|dello|dei|da|do|dos|das|z|ze|od|по|от|з|від)"
)
_DATA_SOURCE = lazy_compile(
    rf"^\s*{_FIGURES}\s{_SUPPLIER}\s?"
    # the supplier's name: words, no title marks, no digits, no publisher's colon
    r"(?P<body>[^\W\d_][^\d.;:«»“”\"*_()\[\]/]{2,120}?)"
    # a date after it: ", rentrée 2009", ", 2019", ", stan na 2020", ", as of 2021/22"
    r"(?:,\s[^\W\d_][^\d,.;:]{0,30}?\s?|,\s)?(?:(?:1[89]|20)\d\d(?:[–/-]\d{2,4})?)?\.?\s*$",
    re.I,
)


def data_source(text: str) -> bool:
    """Is ``text`` a note naming the body that supplied figures (see the module doc)?"""
    m = _DATA_SOURCE.match(" ".join(text.split()))
    return m is not None and any(word[:1].isupper() for word in m.group("body").split())


# Where a digitised copy of the issue is online, after the citation: "Disponible en la
# colección histórica del BOE: https://… (consultado el 4 de marzo de 2025).", "Available
# at: https://…", "Online: https://…" (the sentence cut off, the citation kept)
_ONLINE_COPY = lazy_compile(
    r"[.,;]\s(?:Disponible|Available|Accessible|Consultable|Online|En\slínea|Dostępn[ey]"
    r"|Verfügbar|Digitali[sz]ed|Digitalizad[oa])\b[^<>]{0,160}?<?https?://\S+?>?"
    r"(?:\s\([^()]{0,80}\))?[.,]?\s*$",
    re.I,
)


def newspaper_issue(text: str) -> bool:
    """Is ``text`` a note citing one issue of a newspaper (title, full date, page), after a
    lead-in if it has one, and perhaps saying where a digitised copy is online?"""
    offline = _ONLINE_COPY.sub(".", " ".join(text.split()))
    for form in (text, strip_lead_in(text), offline):
        flat = " ".join(form.split())
        if _NEWSPAPER.match(flat):
            return True
        gost = _GOST_NEWSPAPER.match(flat)
        if gost is not None and gost.group("title")[0].isupper() and _month(gost["month"]):
            return True
    return False


def newspaper_named(text: str) -> str | None:
    """The newspaper a note citing one of its issues names (``Arbeiderbladet`` of
    ``«…», leder, *Arbeiderbladet*, 3. mars 1927, s. 4.``), or None."""
    for form in (text, strip_lead_in(text)):
        found = _NEWSPAPER.match(" ".join(form.split()))
        if found is not None:
            return found.group("title").strip("*_")
    return None


# A list's entry for a newspaper as a whole, under a heading such as "Newspapers", "Aviser",
# "Zeitungen", "Tidningar": its name, perhaps its place, the years read ("Arbeiderbladet
# (Oslo), 1923–1927.", "*The Times* (London), 1850–1855.", "Dagens Nyheter 1925.")
_YEARS = r"(?:1[6-9]|20)\d\d(?:\s?[–-]\s?(?:(?:1[6-9]|20)\d\d|\d\d))?"
# (the months read before the year: "*Luxemburger Wort*, August–Oktober 1866.")
_NEWSPAPER_ENTRY = lazy_compile(
    rf"^\s*{_PAPER}(?:\s\([^()]{{2,30}}\))?,?\s"
    rf"(?:(?P<month>{_MONTH})(?:\s?[–-]\s?(?P<until>{_MONTH}))?\s)?"
    rf"{_YEARS}(?:,\s{_YEARS}){{0,5}}\.?\s*$"
)


def newspaper_issue_title(text: str) -> str | None:
    """The title of a note citing an issue of a newspaper as a whole, no article of it
    (``Luxemburger Wort`` of ``*Luxemburger Wort*, 27. September 1866, 2.``: the date and
    page are no part of it), or None."""
    for form in (text, strip_lead_in(text)):
        found = _NEWSPAPER.match(" ".join(form.split()))
        if found is not None:
            return None if found.group("article") else found.group("title").strip("*_")
    return None


def newspaper_entry(text: str) -> str | None:
    """The newspaper a list's entry names as a whole (see :data:`_NEWSPAPER_ENTRY`), or
    None."""
    found = _NEWSPAPER_ENTRY.match(" ".join(text.split()))
    if found is None:
        return None
    months = [m.strip(".") for m in (found.group("month"), found.group("until")) if m]
    if not all(_month(m) for m in months):  # ("Smith, John 1990.": no months read)
        return None
    return found.group("title").strip("*_")


def _month(word: str) -> bool:
    """Is ``word`` a month's name, or its abbreviation (``янв``, ``berez``, ``paź``)?"""
    word = word.lower()
    return any(name.startswith(word) for name in MONTHS)


def regnal_act(text: str) -> bool:
    """Does ``text`` cite an Act of Parliament by regnal year and chapter?"""
    return bool(_REGNAL.search(text))


def unlisted_work(text: str) -> bool:
    """A newspaper issue, an Act, a link alone (or where a resource is available) or a
    supplier of data: cited in notes, customarily absent from a bibliography.  (An early
    print is absent from a list of literature only: whether the list is one is the
    document's to say, see :func:`early_print`.)"""
    return (
        newspaper_issue(text)
        or newspaper_article(text) is not None  # "«Paper». 1933. 14 июня. Статья «…»."
        or regnal_act(text)
        or bare_link(text)
        or availability_note(text)
        or web_pointer(text)
        or data_source(text)
    )
