"""German, Austrian and Swiss legal footnotes, as law journals and commentaries write them.

German legal writing cites by family name alone, the title unmarked, and the journal by its
abbreviation, year and first page, the page cited after it in parentheses or after a comma::

    Golla, Algorithmische Rasterfahndung, NJW 2023, 1013 (1015)     an article
    Lenz/Okoro, Die Neufassung des § 25a HSOG, DÖV 2024, 590, 592   two authors
    Wessel, ZSD 2024, 101                                           an article, no title
    Hufen, Der Staat 58 (2019), 1                                   a journal by volume
    Kurz, Verfahrensrecht, ÖJZ 2020, 512                            Austrian
    Bäcker, in: Lisken/Denninger (Hrsg.), Handbuch des Polizeirechts, 7. Aufl. 2021,
        Kap. D Rn. 12                                               a chapter (no own title)
    Sommerer, Personenbezogenes Predictive Policing, 2020, S. 211   a book
    Kingreen/Poscher, Polizeirecht, 12. Aufl. 2022, § 13 Rn. 5      a book, its edition
    BVerfG, Urt. v. 16.2.2023 – 1 BvR 1547/19, NJW 2023, 1196      a decision: its date
    BGH NJW 2019, 1201                                              a decision in a journal
    OGH 12.3.2019, 4 Ob 12/19k                                      Austrian decision
    BGE 145 I 73 E. 3.2                                             Swiss: volume 145 is 2019
    BfDI, 33. Tätigkeitsbericht 2024, BT-Drs. 21/120, S. 58         a paper of a parliament

The page in parentheses (``(1015)``, ``(43)``) is the page cited, never a year.  A lead-in
(``Vgl.``, ``So auch``, ``Ebenso``, ``S. a.``, ``Krit.``, ``a.A.``, ``Zust.``, ``Zur Lage in
Bayern s.``) is no part of the work; of several works joined by ``;`` the first is read.
Statutes (``§ 25a HSOG``, ``Art. 5 Abs. 1 lit. d DSGVO``), official reporters alone
(``BVerfGE 65, 1 (43)``) and parliamentary papers (``BT-Drs. 19/1234``) are citations
(:func:`recognised`), never commentary, though they have no author or title to read.

Repeats (``a.a.O.``, ``aaO``, ``Ebd.``, ``(Fn. 3)``) are resolved by
:mod:`bibcheck.parse.references.repeat`.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import L, U
from bibcheck.parse.references.shared import Fields, last_year, year_of

__all__ = ["lead_in_end", "parse", "recognised"]

_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A lead-in: a signal, an adverb or two after it, and a topic before a "s." / "vgl."
_SIGNAL = (
    r"(?:[Vv]gl\.|[Ss]o(?=\s(?:auch|bereits|schon|etwa|wohl|im\sErgebnis)\b)|[Ee]benso|[Ss]\.\s?a\."
    r"|[Ss]iehe|[Ss]\.(?=\s[{U}])|[Kk]rit\.|[Kk]ritisch|[Aa]\.\s?A\.|[Aa]nders|[Zz]ust\.|[Aa]bl\."
    r"|[Gg]rundlegend|[Ee]ingehend|[Nn]äher|[Dd]azu|[Hh]ierzu|[Ff]erner|[Ii]nstruktiv|[Aa]usf\."
    r"|[Ss]tatt\saller|[Ww]eiterführend|[Zz]uletzt|[Ee]twa|[Aa]uch|[Zz]B|[Zz]\.\s?B\.|[Ii]m\sErgebnis"
    r"|[Ss]chon|[Bb]ereits|[Dd]agegen|[Ää]hnlich)"
).replace("{U}", U)
_ADVERB = (
    r"(?:auch|bereits|schon|etwa|nur|dazu|hierzu|insb\.|insbesondere|zuletzt|jüngst|näher"
    r"|eingehend|ausführlich|grundlegend|statt\saller|m\.\s?w\.\s?N\.|im\sErgebnis|wohl|aber"
    r"|ferner|noch|zB|z\.\s?B\.)"
)
_LEAD = lazy_compile(
    # (a topic first: "Zur Entwicklung in Bayern s.", "Zum Streitstand vgl.")
    rf"^(?:(?:Zur?|Zum|Für|Über|Allgemein\szur?|Allgemein\szum)\s[^;:()]{{1,80}}?\s(?=[sS]\.\s|vgl\.|siehe))?"
    rf"{_SIGNAL}(?:,?\s{_ADVERB}){{0,3}}[,:]?\s+"
)

# Family names alone, joined by "/" (up to four), with a particle ("v. Lewinski", "von
# Arnauld", "de Wall") or an initial before ("M. Golla"), "u.a." / "et al." after
_SURNAME = (
    r"(?:(?:v\.|von|van|de|zu|von\sder|Di|De|Van|Von|Le|La)\s)?"
    rf"(?:[{U}]\.\s)?[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?"
    # (initials after the name: "Hornung, G.", "Kühling, J.-P.")
    rf"(?:,\s[{U}]\.(?:\s?-?[{U}]\.){{0,2}}(?=[,/]))?"
)
_AUTHORS = rf"(?P<authors>{_SURNAME}(?:\s?/\s?{_SURNAME}){{0,3}}(?:\s(?:u\.\s?a\.|et\sal\.))?)"
# A journal's abbreviation: a capital, then letters with a second capital ("NJW", "JZ", "DÖV",
# "NVwZ", "ZStW", "EuZW", "JuS", "K&R", "ÖJZ", "JBl", "DVBl"), or one of the names that have
# none ("Jura", "Der Staat", "Die Verwaltung")
_ABBREV = (
    rf"(?:[{U}][{L}]{{0,3}}(?:[{U}&][{L}]{{0,3}}){{1,4}}|Jura|JuS|AöR|Der\sStaat"
    rf"|Die\sVerwaltung|Die\sPolizei|Kritische\sJustiz|ecolex|wbl|recht|sic!)"
)
# "NJW 2023, 1013", "ÖJZ 2020, 512", "ZSR 2019 I, 45"; a pinpoint after the first page in
# parentheses or after a comma: "1013 (1015)", "1013, 1015", "1013 ff."
_PIN = (
    r"(?:\s?\((?P<pin>\d{1,5}(?:\s?f{1,2}\.)?(?:\s?[-–]\s?\d{1,5})?)\)"
    r"|,\s(?:S\.\s?)?\d{1,5}(?=[\s,.;]|$)|\s?ff?\.)?"
)
_CITE = (
    rf"(?:(?P<journal>{_ABBREV})\s(?P<year>{_YEAR})(?:\s[IV]{{1,3}})?,\s(?:S\.\s?)?"
    rf"(?P<page>\d{{1,5}})"
    # a journal by its volume and year: "Der Staat 58 (2019), 1", "ZStW 130 (2018), 1"
    rf"|(?P<vjournal>[{U}][^,;()\d]{{1,60}}?)\s(?P<volume>\d{{1,4}})\s\((?P<vyear>{_YEAR})\)"
    rf",\s(?:S\.\s?)?(?P<vpage>\d{{1,5}}))"
    rf"{_PIN}(?=[\s,.;]|$)"
)
_ARTICLE = lazy_compile(rf"^{_AUTHORS},\s(?P<title>(?!in:)[^;]{{2,300}}?),\s{_CITE}")
_SHORT_ARTICLE = lazy_compile(rf"^{_AUTHORS},\s{_CITE}")
# "Bäcker, in: Lisken/Denninger (Hrsg.), Handbuch des Polizeirechts, 7. Aufl. 2021, …",
# "Di Fabio, in: Dürig/Herzog/Scholz, GG, Art. 2 Rn. 173 (Stand: 2021)"
_EDITORS = rf"\s?{role_marks.MARK}"  # (:mod:`.role_marks`)
_CHAPTER = lazy_compile(
    rf"^{_AUTHORS},\sin:\s(?:(?P<editors>{_SURNAME}(?:\s?/\s?{_SURNAME}){{0,5}}"
    rf"(?:\s(?:u\.\s?a\.|et\sal\.))?)(?P<marked>{_EDITORS})?,\s)?(?P<rest>[^;]{{2,400}})"
)
# the year of an edition or of the book: ", 7. Aufl. 2021", ", 2021", "(Stand: 2021)",
# "Lfg. 95, Juli 2021", ", München 2021"
_BOOK_YEAR = lazy_compile(
    rf"(?:,\s(?:\d{{1,2}}\.\s?(?:Aufl\.|Auflage|Ed\.)\s)?(?:[{U}][{L}]+(?:\s[{U}][{L}]+)?\s)?"
    rf"|\(Stand:?\s(?:[^()]{{0,20}}\s)?)(?P<year>{_YEAR})(?=[\s,.;)]|$)"
)
_BOOK = lazy_compile(
    rf"^{_AUTHORS},\s(?P<title>(?!in:)[^;]{{2,300}}?)"
    rf",\s(?:(?P<edition>\d{{1,2}}\.\s?(?:Aufl\.|Auflage))\s|(?P<place>[{U}][{L}]+(?:\s[{U}][{L}]+)?)\s)?"
    rf"(?P<year>{_YEAR})"
    # then the place cited, or nothing: ", S. 211", ", § 13 Rn. 5", ", Kap. B", ", Rn. 4"
    r"(?=,\s(?:S\.|Rn\.|Rdnr\.|§|Kap\.|Teil\s|Art\.|Abschn\.)|\.?$)"
)
# A court, then the kind of decision and its date: "BVerfG, Urt. v. 16.2.2023",
# "BGH, Beschluss vom 12. März 2020", "OLG München, Urt. v. …", "OGH 12.3.2019", "EuGH,
# Urt. v. …"; the courts of Germany, Austria, Switzerland and Europe
_COURT = (
    r"(?:BVerfG|BGH|BVerwG|BAG|BFH|BSG|BPatG|EuGH|EuG|EGMR|OGH|VfGH|VwGH|OLG|LG|AG|VG|OVG|VGH"
    r"|LAG|LSG|FG|KG|BayObLG|BayVerfGH|VerfGH|StGH|BGer|BVGer|BStGer|OG|KGer|HessVGH"
    r"|Bundesverfassungsgericht|Bundesgerichtshof|Bundesverwaltungsgericht|Bundesgericht)"
)
_PLACE_OF_COURT = rf"(?:\s(?:[{U}][{L}]+(?:[-\s][{U}][{L}]+)?|NRW|Bln|Bbg|LSA))?"
_DECISION_WORD = (
    r"(?:Urt\.|Urteil|Beschl\.|Beschluss|Entsch\.|Entscheidung|Erk\.|Erkenntnis|Vorlagebeschl\."
    r"|Kammerbeschl\.|B\.|U\.)"
)
_MONTHS = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)"
)
_DATE = rf"\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|{_MONTHS}\s)(?P<year>{_YEAR})(?!\d)"
_DECISION = lazy_compile(
    rf"^(?P<court>{_COURT}{_PLACE_OF_COURT}),?\s(?:{_DECISION_WORD}\s?)?(?:(?:v\.|vom)\s)?{_DATE}"
    # the docket: "– 1 BvR 1547/19", ", 4 Ob 12/19k", "- I ZR 1/20"
    r"(?P<docket>\s?[,–—-]\s?(?:Az\.\s)?[\dIVX]{1,4}\s?[A-Za-z]{1,6}[\s_]?\d{1,5}/\d{2,4}[a-z]?)?"
)
_COURT_IN_JOURNAL = lazy_compile(rf"^(?P<court>{_COURT}{_PLACE_OF_COURT}),?\s{_CITE}")
# official reporters: "BVerfGE 65, 1 (43)", "BGHZ 12, 34", "VfSlg 19.632/2012", "BGE 145 I 73"
_REPORTER = lazy_compile(
    r"^(?:BVerfGE|BVerfGK|BGHZ|BGHSt|BVerwGE|BFHE|BAGE|BSGE|BayVBl|VfSlg|VwSlg|SZ|EvBl"
    r"|Slg\.)\s\d{1,4}(?:[,/.]\s?\d|\s\d)"
    # Swiss Federal Court: the volume (1875 is volume 1) and its part
    r"|^BGE\s(?P<bge>\d{1,3})\s(?:I[AV]?|II|III|IV|V)\s\d{1,4}"
)
# statutes and provisions: "§ 25a HSOG", "§§ 1, 2 BGB", "Art. 5 Abs. 1 lit. d DSGVO",
# "Art. 6 Abs. 2 i.V.m. Anhang III"
_PROVISION = lazy_compile(
    r"^(?:§§?|Art\.|Artt\.|Artikel)\s?\d{1,4}[a-z]?\b[^;]{0,120}?\s"
    # the law: an abbreviation of two capitals at least ("HSOG", "VwVfG", "KI-Verordnung",
    # "PolG NRW") or a word that names a law ("Grundgesetz", "der Verordnung")
    r"(?:[A-ZÄÖÜ][\w-]{0,12}[A-ZÄÖÜ][\w-]{0,12}"
    r"|[\w-]{0,30}(?:gesetz|Gesetz|verordnung|Verordnung|ordnung|richtlinie|Richtlinie"
    r"|Abkommen|Konvention|Vertrag|Charta|buch)[\w-]{0,12})(?!\w)"
)
# a parliament's paper: "BT-Drs. 19/1234", "BR-Drucks. 12/20", "LT-Drs. NRW 18/8764",
# "Drucksache 18/8764", "ErlRV 123 BlgNR 27. GP" (Austria), "BBl 2020 123" (Switzerland)
_PAPER = lazy_compile(
    r"\b(?:(?:BT|BR|LT|Bü|Abgh)-?(?:Drs|Drucks|Drucksache|Prot|PlPr)\.?|Drucksache|BlgNR|BBl)"
    r"\s(?:[{U}]{2,4}\s)?\d{1,3}(?:/\d{1,6}|\s\d)".replace("{U}", U)
)
_PAPER_TITLED = lazy_compile(
    rf"^(?P<body>[{U}][^,;:]{{1,80}}?),\s(?P<title>[^;]{{3,300}}?),\s"
    r"(?:(?:BT|BR|LT)-?(?:Drs|Drucks)\.|Drucksache)\s"
)
_REPORT_WORD = lazy_compile(r"(?i:bericht|gutachten|stellungnahme|evaluation|jahresbericht)")


# what is left of a lead-in another step cut ("Vgl." blanked, "nur" kept): "nur Brandt, …"
_ADVERB_LEAD = lazy_compile(rf"^{_ADVERB}[,:]?\s+(?=[{U}§])")


def lead_in_end(text: str) -> int:
    """Where a German legal lead-in (``Vgl.``, ``So auch``, ``Krit.``, ``a.A.``, ``Zur Lage
    in Bayern s.``) ends in ``text`` (0: none)."""
    m = _LEAD.match(text) or _ADVERB_LEAD.match(text)
    return m.end() if m is not None else 0


def _first_work(body: str) -> str:
    """The note's first work: its lead-in cut, the text up to the ``;`` before the next."""
    body = body.strip(" *_")
    for _ in range(3):  # "So auch", then "vgl. auch"
        end = lead_in_end(body)
        if not end:
            break
        body = body[end:]
    return body.split("; ", 1)[0].strip()


def recognised(text: str) -> bool:
    """Is ``text`` (a note) a German-style legal citation: a decision, a reporter, a
    provision of a statute or a parliamentary paper (no author or title need be read)?"""
    body = _first_work(re.sub(r"[*_]", "", " ".join(text.split())))
    return bool(
        _DECISION.match(body)
        or _COURT_IN_JOURNAL.match(body)
        or _REPORTER.match(body)
        or _PROVISION.match(body)
        or _PAPER.search(body)
    )


def parse(body: str) -> Fields | None:
    """Fields of the first work of a German legal note (see the module doc), or None."""
    first = _first_work(body)
    if not first:
        return None
    found = (
        _decision(first)
        or _reporter(first)
        or _chapter(first)
        or _article(first)
        or _book(first)
        or _paper(first)
    )
    if found is not None and re.match(r"[A-ZÀ-Þ]\.(?:\s|$)", found.title or ""):
        return None  # a title opening with an initial: the names went on ("Teuffel, W. S. – …")
    return found


def _people(authors: str) -> tuple[str, ...]:
    names = re.sub(r"\s(?:u\.\s?a\.|et\sal\.)$", "", authors)
    return tuple(n.strip() for n in names.split("/") if n.strip())


def _cited(m: re.Match[str]) -> tuple[str | None, str | None, str | None, str | None]:
    """(journal, volume, year, first page) of a journal citation matched by ``_CITE``."""
    if m.group("journal"):
        return m.group("journal"), None, m.group("year"), m.group("page")
    return m.group("vjournal").strip(), m.group("volume"), m.group("vyear"), m.group("vpage")


def _article(first: str) -> Fields | None:
    m = _ARTICLE.match(first)
    titled = m is not None and _one_phrase(m.group("title"))
    if m is None or not titled or re.search(r"\d\.\s?Aufl|\bin:\s", m.group("title")):
        m = _SHORT_ARTICLE.match(first)
        titled = False
    if m is None:
        return None
    journal, volume, year, page = _cited(m)
    return Fields(
        "german-law",
        _people(m.group("authors")),
        m.group("title").strip(" ,.") if titled else None,
        year_of(year),
        container=journal,
        volume=volume,
        pages=page,
        kind=RefKind.ARTICLE,
        untitled=not titled,
    )


def _chapter(first: str) -> Fields | None:
    m = _CHAPTER.match(first)
    if m is None:
        return None
    rest = m.group("rest")
    year = _BOOK_YEAR.search(rest)
    book = rest.split(",", 1)[0].strip()
    if m.group("editors") and not m.group("marked") and "/" not in m.group("editors"):
        # "in: MüKoBGB, 8. Aufl. 2020": one word with no editor's mark is the book
        book = m.group("editors").strip()
    return Fields(
        "german-law",
        _people(m.group("authors")),
        None,
        year_of(year.group("year") if year else last_year(rest)),
        container=book or None,
        chapter=True,
        kind=RefKind.CHAPTER,
        untitled=True,
    )


def _book(first: str) -> Fields | None:
    m = _BOOK.match(first)
    if m is None:
        return None
    title = m.group("title").strip(" ,.")
    if (
        _CITE_IN_TITLE.search(title)
        or not _one_phrase(title)
        or _IMPRINT.search(title)
        or _EDITED.search(title)
    ):
        return None  # ("Smith, John. *Title*. London: Penguin, 2001, 4.": another style's)
    if m.group("edition") is None and not first[m.end() :].strip(" ."):
        return None  # "Smith, Title, 2020.": no German mark; another style's to read
    pages = re.search(r",\sS\.\s?(\d+(?:\s?[-–]\s?\d+)?)", first[m.end() :])
    return Fields(
        "german-law",
        _people(m.group("authors")),
        title,
        year_of(m.group("year")),
        place=m.group("place"),
        pages=pages.group(1) if pages else None,
        book=True,
        kind=RefKind.BOOK,
    )


# A German legal title is one phrase: a full stop inside it (not an ordinal's, "33.
# Tätigkeitsbericht", nor an abbreviation's, "Art.", "Abs.") or a marked title starts another
# style's sentences ("Smith, John. *A Book*. London: …")
# (a word read whole from its first letter: from each letter of a long word, each try read
# the rest of it again)
_STOP = lazy_compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]++)\.\s")
_MARKED = lazy_compile(r"[*_“”\"«»]")
_ABBREVIATIONS = frozenset(
    "art abs nr lit bd aufl hrsg hg ggf bzw etc insb vgl kap rn verf urt beschl dr prof st"
    " jh jhd ua zb sog gem ivm ff abschn anh anm tz bzgl".split()
)


def _one_phrase(title: str) -> bool:
    """Is ``title`` one phrase, as German legal notes write a title: no marks, no full stop
    but an abbreviation's or an ordinal's ("Art. 5", "33. Tätigkeitsbericht")?  "John. *A
    Book*. London" is another style's sentences."""
    if _MARKED.search(title):
        return False
    return all(
        len(m.group("word")) == 1 or m.group("word").lower() in _ABBREVIATIONS
        for m in _STOP.finditer(title)
    )


_IMPRINT = lazy_compile(rf"[{U}][{L}]+:\s")
# an editor named inside: the work's title came first ("Zunftrolle, Teil 1, hg. von A. Kuhn,
# Stralsund 1923"), an edited source, no author
_EDITED = lazy_compile(r"\b(?:hg|hrsg|bearb|übers|eingel)\.\s(?:von|v\.)\s", re.I)
_CITE_IN_TITLE = lazy_compile(rf"\b{_ABBREV}\s{_YEAR},\s\d")


def _decision(first: str) -> Fields | None:
    m = _DECISION.match(first)
    if m is not None:
        name = first[: m.end()].strip(" ,–—-")
        return Fields("german-law", (), name, year_of(m.group("year")))
    m = _COURT_IN_JOURNAL.match(first)
    if m is not None:  # "BGH NJW 2019, 1201": the journal's year
        journal, volume, year, page = _cited(m)
        name = first[: m.end()].strip(" ,")
        return Fields(
            "german-law", (), name, year_of(year), container=journal, volume=volume, pages=page
        )
    return None


def _reporter(first: str) -> Fields | None:
    m = _REPORTER.match(first)
    if m is None:
        return None
    bge = m.group("bge")
    # (the Swiss Federal Court's reports: volume 1 is 1875, so volume 145 is 2019)
    year = str(1874 + int(bge)) if bge is not None and 1 <= int(bge) <= 200 else None
    return Fields("german-law", (), m.group(0).strip(), year_of(year), untitled=True)


def _paper(first: str) -> Fields | None:
    """``BfDI, 33. Tätigkeitsbericht …, BT-Drs. 21/120, S. 58``: a body's paper printed as a
    parliament's paper; a report when its title says so."""
    m = _PAPER_TITLED.match(first)
    if m is None:
        return None
    title = m.group("title").strip(" ,.")
    return Fields(
        "german-law",
        (m.group("body").strip(),),
        title,
        year_of(last_year(title)),
        kind=RefKind.REPORT if _REPORT_WORD.search(title) else None,
    )
