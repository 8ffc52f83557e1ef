"""An organisation as author before the title, as technical reports and standards cite it
(IEEE and its kin, with no quotation marks around a book's or a standard's title):

``Federal Highway Administration, Bridge Guide, Report FHWA-HIF-12-345, Washington, DC, 2019.``,
``ISO, ISO 9001: Quality Management Systems. Geneva: ISO, 2015.``,
``National Research Council, Joint Programme Office, Pipeline Manual, Technical Documents 4.
Ottawa: NRC, 2001.``

A parser that read no author leaves the organisation at the head of the title; one that read
it may leave the report number, the series or the place and publisher at its tail.  Only a
reference whose first element is an organisation (a word such as Association, Ministry,
Administration, or an acronym in capitals) is changed.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import bodywords, product_code
from bibcheck.parse.references.archival import repository
from bibcheck.parse.references.patterns import CJK_TEXT, ORGANISATION_WORD
from bibcheck.parse.references.quote_pairs import EN_CURLY
from bibcheck.parse.references.reportkind import (
    body_dated_online,
    commission_imprint,
    titled_report,
)
from bibcheck.parse.references.sitename import names_site
from bibcheck.parse.references.title_year import date_in_title

_ORG_WORD = lazy_compile(ORGANISATION_WORD)
_ACRONYM = lazy_compile(r"[A-Z]{2,6}")
_HEAD = lazy_compile(r"^(?P<org>[A-Z][^,:;.\d“”\"«»()]{1,100}?),\s(?P<rest>\S.*)$", re.S)
# "R Core Team. R: A language ...", "Українська бібліотечна асоціація. Рекомендації ...":
# the organisation, a full stop, the title (any script)
_STOPPED = lazy_compile(r"^(?P<org>[^\W\d_][^,:;.\d“”\"«»()*]{1,100}?)\.\s(?P<rest>\S.*)$", re.S)
# "World Health Organization *Environmental Noise Guidelines*; ...": the title in italics
# ... but not a case's first party before "v." ("Union of India v. Nagaraja, (2014) 7 SCC 547",
# "Animal Welfare Board of India v. A. Nagaraja"; "vs.", French and Italian "c."): the stop
# is the abbreviation's, the title the parties both
_PARTY_BEFORE = lazy_compile(r"\s(?:v|vs|c)$")
_ITALIC_TITLE = lazy_compile(r"^(?P<org>[^\W\d_][^*“”\"«»()]{1,100}?)\.?\s\*(?P<title>[^*]{3,})\*")
# "Ministry of Agriculture, Fisheries and Food, “Title”,": the organisation (commas and all),
# then the title in quotation marks
_QUOTED_TITLE = lazy_compile(
    r"^(?P<org>[^\W\d_][^:;.\d“”\"«»„()*]{1,150}?),\s"
    rf"(?P<quoted>“[^”]{{3,300}}”|«[^»]{{3,300}}»|„[^{EN_CURLY}]{{3,300}}[{EN_CURLY}]|"
    rf"\"[^\"]{{3,300}}\")"
)
# "Bundesarchiv: Die Akten ...", "Statistisches Bundesamt: Bevölkerung ...": a German
# authority, a colon, the title ("National Health Service: A History" is a book's title)
_COLON = lazy_compile(r"^(?P<org>[A-ZÄÖÜ][^,:;.\d“”\"«»()*]{1,100}?):\s(?P<rest>\S.*)$", re.S)
# (a German compound closing with a body's word, :func:`.bodywords.compound_end`)
_AUTHORITY = lazy_compile(bodywords.compound_end(bodywords.Language.GERMAN_DUTCH))
# ... or its name written with hyphens: "Kraftfahrt-Bundesamt", "Robert Koch-Institut"
_HYPHENATED = lazy_compile(bodywords.hyphenated_body(bodywords.Language.GERMAN_DUTCH))
_FACTS = lazy_compile(r"\d|:\s")
# the records of a body an archive keeps, with their dates: "Minutes, 1862–1865", "Letter
# books, 1790-1815", "Correspondence and papers, 1901–1939", "Annual reports"
_ARCHIVAL_TITLE = lazy_compile(
    r"[^\W\d_](?:[^\W\d_]|['’ -]){2,80}?(?:,\s(?:1[5-9]|20)\d\d(?:\s?[–-]\s?(?:1[5-9]|20)?\d\d)?)?"
)
# the sentence after an organisation the parser took for the title
_SENTENCE = lazy_compile(r"\.\s(?P<title>[^\W\d_][^.;]{3,300}?)(?:\.\s|;\s|\.?$)")
# the tail no title holds: ", Report FHWA-HIF-12-345[, Place, ST]", ". Geneva: ISO",
# ", Technical Documents 4", ", 4th ed."
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_ONLY = lazy_compile(rf"(?:\d{{1,2}}\s)?(?:{_MONTHS})\s(?:1[5-9]|20)\d\d\.?")
_TAIL = lazy_compile(
    r"(?:,\s(?:Technical\s)?(?:Report|Rep\.|Tech\.\sRep\.)\s(?:No\.\s?)?[\w./-]*\d[\w./-]*.*"
    # (". Volume III: Observing systems" is the title's volume, no place and publisher)
    r"|\.\s(?!(?:Volume|Vol|Part|Band|Teil|Tome|Tomo|Parte|Livre|Book)\s)"
    r"[A-Z][^.:;,]{1,40}(?:,\s[A-Z]{2,3})?:\s[^:;]{2,60}"
    r"|,\s(?:[A-Z][\w-]+\s){0,4}(?:Documents|Series|Reports|Papers|Studies|Notes|Bulletin)"
    r"\s\d{1,4}|,\s\d{1,2}(?:st|nd|rd|th)\sed\.?"
    # OSCOLA: the date of a government publication, then the pinpoint: " (December 2023)
    # para 158", " (2021) ch 3"; the issuing body may come first: " (DCMS 2014) para 7",
    # " (Home Office, May 2019)"
    r"|\s\((?:[A-Z][\w&.'’-]*(?:\s(?:of|for|and|&|[A-Z][\w&.'’-]*)){0,5},?\s)??"
    r"(?:\d{1,2}\s)?(?:[A-Z][a-z]+\s)?(?:1[5-9]|20)\d\d\)"
    r"(?:\s(?:paras?|ch|pt|sch|annex|app|pp?|s)\s[\w.–-]+)?"
    # or its date of publication after a comma, as a department's consultation is cited:
    # ", 12 April 2023", ", March 2024"
    rf"|,\s(?:\d{{1,2}}\s)?(?:{_MONTHS})\s(?:1[5-9]|20)\d\d)$",
    re.S,
)


# The issue of a body's periodic report, its month after the name: "Financial Stability
# Review, May 2023", "World Economic Outlook, April 2024", "Monetary Policy Report, February
# 2024", "Economic Bulletin, March 2023": the month names the issue, it stays in the title
_ISSUE_DATE = lazy_compile(rf",\s(?:{_MONTHS})\s(?:1[5-9]|20)\d\d")
_PERIODIC = lazy_compile(
    r"\b(?:Review|Report|Outlook|Bulletin|Monitor|Update|Survey|Digest|Statement)$"
)


# a person's name inverted, the family name and the initials: "Bank, J.", "Council, A. B."
_INVERTED_PERSON = lazy_compile(r"[^\W\d_][\w'’-]{0,40},\s(?:[A-Z][a-z]?\.\s?-?){1,4}")


# a national statistics office by the country it counts ("Statistics Sweden", "Statistics
# New Zealand", "Statistik Austria", "Statistisk sentralbyrå"), a think tank by the house it
# is named after ("Chatham House", "Freedom House")
_NAMED_BODY = lazy_compile(
    r"(?:Statistics|Statistik|Statistiska|Statistisk)\s[^\W\d_][\w-]+(?:\s[^\W\d_][\w-]+)?"
    r"|[A-Z][a-z]+\sHouse"
)


def is_organisation(name: str) -> bool:
    """``Federal Highway Administration``, ``ISO``: an organisation's name, not a person's."""
    # (one word is a title's: "Society, Culture and the State")
    words = name.split()
    if _INVERTED_PERSON.fullmatch(name.strip()):
        return False  # "Bank, J.", "Council, A. B.": a person whose family name is the word
    return bool(
        (len(words) > 1 and _ORG_WORD.search(name))
        or _ACRONYM.fullmatch(name.strip())
        or _NAMED_BODY.fullmatch(name.strip())
        or (words and _AUTHORITY.fullmatch(words[-1]))
        or _HYPHENATED.fullmatch(name.strip())
    )


def corporate(ref: Reference) -> Reference:
    """``ref`` with an organisation at the head of its title made its author, and the report
    number, series or place and publisher at the tail of an organisation's title cut."""
    title = ref.title or ""
    authors = ref.authors
    listed = None if authors else _cjk_organisations(ref.raw, title)
    if listed is not None:  # "보건복지부, 한국영양학회. Title.": no capitals to go by
        return dataclasses.replace(ref, authors=listed[0], title=listed[1])
    if not authors or any("*" in a for a in authors):  # ("Org *Title*; A: B": no names)
        found = _organisation_first(ref.raw, title)
        if found is None:
            return ref
        authors, title = found
    if len(authors) == 1 and (dated := _DATED.match(authors[0])) is not None:
        # "R Core Team. 2022. *R: A Language …*": author-date's year is no part of the name
        if is_organisation(dated.group("org")):
            authors = (dated.group("org"),)
    if len(authors) != 1 or not (
        is_organisation(authors[0])
        or _branded(authors[0])
        or (authors != ref.authors and names_site(authors[0], ref.raw))
    ):
        return ref
    if not title:
        # "Department for Digital, Culture, Media and Sport, Online Harms White Paper (April
        # 2019).": an author-date reading took the department and the title for the author
        head = _HEAD.match(authors[0])
        if head is not None and _REMIT.search(head.group("org")):
            authors, title = (head.group("org"),), head.group("rest")
    joined = _JOINED.match(title) if _REMIT.search(authors[0]) else None
    if joined is not None:
        # "Department for Levelling Up, Housing and Communities, Title": one department
        authors, title = (f"{authors[0]}, {joined.group('more')}",), joined.group("rest")
    more = _HEAD.match(title)
    if (
        more is not None
        and _ORG_WORD.search(more.group("org"))
        and not _is_title(more.group("org"), ref.raw)
        # ("Department for Culture, Media and Sport, Government response to …, 19 February
        # 2024": what a date alone follows is the title)
        and not _DATE_ONLY.fullmatch(more.group("rest").strip())
    ):
        # "European Commission, Joint Research Centre, Title": a unit of the first
        authors, title = (*authors, " ".join(more.group("org").split())), more.group("rest")
    tail = _TAIL.search(title)
    issue = False  # "Financial Stability Review, May 2023": a periodic report's issue
    while tail is not None and tail.start() > 0:  # the place, then the series before it
        if _ISSUE_DATE.fullmatch(tail.group(0)) and _PERIODIC.search(title, 0, tail.start()):
            issue = True
            break
        if _DATE_ONLY.fullmatch(tail.group(0)[2:]) and date_in_title(title, ref.raw) is not None:
            break  # "Report of the committee, Geneva, May 1979. Geneva: WHO; 1980.": its own
        title = title[: tail.start()]
        tail = _TAIL.search(title)
    title = title.strip(" ,.")
    kind = _reported(ref, authors)
    if issue and kind in (RefKind.BOOK, RefKind.UNKNOWN):
        kind = RefKind.REPORT
    if not title or (authors == ref.authors and title == ref.title and kind is ref.kind):
        return ref
    anomalies = ref.anomalies
    if ref.title is None:  # ("no title could be read": now one is)
        anomalies = tuple(a for a in anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(ref, authors=authors, title=title, anomalies=anomalies, kind=kind)


def _reported(ref: Reference, authors: tuple[str, ...]) -> RefKind:
    """The kind of an organisation's work: a commission's or committee's work dated by its
    place alone (``Law Commission, Title (London, 2019)``), or a body's work online dated
    to the month (``Commission, Title (Cardiff, October 2019), <URL>``), is its report."""
    if ref.host:
        return ref.kind
    if ref.kind in (RefKind.UNKNOWN, RefKind.BOOK) and commission_imprint(ref.raw, authors):
        return RefKind.REPORT
    if ref.kind is RefKind.WEB and body_dated_online(ref.raw, authors):
        return RefKind.REPORT
    return ref.kind


# "R Core Team. 2022", "World Health Organization (2019)": an organisation and the year
_DATED = lazy_compile(r"^(?P<org>[^\W\d_].*?)[.,]?\s\(?(?:1[5-9]|20)\d\d[a-z]?\)?\.?$")


def _is_title(head: str, raw: str) -> bool:
    """Is ``head`` (read as a unit of the first organisation) the start of the title: set in
    italics (``Tennessee Valley Authority, *Annual Report of the Tennessee Valley Authority,
    1974*``) or naming its genre (``Annual Report of …``)?"""
    head = " ".join(head.split())
    return titled_report(head) or f"*{head}" in " ".join(raw.split())


# A body named for its remit, which may list several fields: "Department for Levelling Up,
# Housing and Communities", "Ministry of Housing, Communities and Local Government",
# "Department for Digital, Culture, Media and Sport"
# (and in the languages of other ministries: "Ministerio de Agricultura, Pesca y
# Alimentación", "Ministerium für Umwelt, Klima und Energiewirtschaft", "Ministero delle
# Infrastrutture e dei Trasporti" is one field)
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_REMIT = lazy_compile(
    r"\s(?:for|of|de|del|de\sla|für|des|du|de\sl['’]|della|dell['’]|do|da|dos)\s?"
    rf"[{_CAPITAL}][\w-]+(?:\s[{_CAPITAL}][\w-]+)?$"
)
_FIELD = rf"[{_CAPITAL}][\w-]+(?:\s[{_CAPITAL}][\w-]+)?"
_JOINED = lazy_compile(
    rf"^(?P<more>{_FIELD}(?:,\s{_FIELD})*,?\s(?:and|&|y|e|und|et|i|en)\s"
    rf"[{_CAPITAL}][\w-]+(?:\s[{_CAPITAL}][\w-]+){{0,2}})"
    r",\s(?P<rest>\S.*)$",
    re.S,
)


# A Korean, Japanese or Chinese organisation: a name written whole that ends in the word
# for a ministry, agency, society, institute, committee, foundation, university or centre
# ("보건복지부", "한국영양학회", "厚生労働省", "日本学術会議", "国家统计局")
_CJK_ORGANISATION = lazy_compile(
    rf"[{CJK_TEXT}][{CJK_TEXT} ]*"
    r"(?:부|청|처|학회|협회|연구원|연구소|위원회|공단|재단|대학교|센터|기구|진흥원|관리원"
    r"|省|庁|学会|協会|研究所|研究院|委員会|委员会|会議|会议|大学|財団|机构|機構|センター"
    r"|局|部|协会|中心|研究会)"
)
_NEXT_SENTENCE = lazy_compile(r"\.\s(?P<title>[^.;:]{3,300}?)(?:\.\s|\.?$)")


def _cjk_organisations(raw: str, title: str) -> tuple[tuple[str, ...], str] | None:
    """(the organisations, the title) when ``title`` is a list of Korean, Japanese or
    Chinese organisations, as Vancouver lists name them (``보건복지부, 한국영양학회. 2020
    한국인 영양소 섭취기준. 세종: 보건복지부; 2020.``): the title is the sentence after them."""
    names = tuple(n.strip() for n in re.split(r"[,，、]\s*", title.strip(" .")))
    if not names or not all(_CJK_ORGANISATION.fullmatch(n) for n in names):
        return None
    head = raw.lstrip()
    end = head.find(names[-1])
    after = _NEXT_SENTENCE.match(head, end + len(names[-1])) if end >= 0 else None
    if after is None or not re.search(r"[^\W\d_]", after.group("title")):
        return None
    return names, after.group("title").strip()


# a name written in one word of mixed case, a capital inside it: "SciELO", "CNPq", "GitHub",
# "PubMed", "arXiv" (no family name: "McDonald", "DeLillo", "MacArthur", "O'Neil")
_NAME_PREFIX = lazy_compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ter)[A-Z]")


def _branded(name: str) -> bool:
    """Is ``name`` one word of mixed case with a capital after its first letter (an
    organisation's or a service's name, which the entry heads as its author: ``SciELO.
    Manual de marcação. SciELO, 2019.``)?"""
    return (
        re.fullmatch(r"[^\W\d_]{3,30}", name) is not None
        and any(c.islower() for c in name)
        and any(c.isupper() for c in name[1:])
        and _NAME_PREFIX.match(name) is None
    )


def _organisation_first(raw: str, title: str) -> tuple[tuple[str], str] | None:
    """(the organisation, the title) when ``title`` starts with an organisation: before a
    comma or a full stop, before the title in italics, or the whole title an
    organisation's name with the title in the sentence after it in ``raw``."""
    italic = _ITALIC_TITLE.match(raw.lstrip())
    if italic is not None and is_organisation(italic.group("org")):
        return (" ".join(italic.group("org").split()).rstrip(","),), italic.group("title")
    quoted = _QUOTED_TITLE.match(raw.lstrip())
    if quoted is not None and is_organisation(quoted.group("org")):
        # "Ministerio de Agricultura, Pesca y Alimentación, “Red Nacional …”, consultado
        # el …": a ministry whose remit has commas, then the page's title in quotes (the
        # title read, or the organisation and the title read as one)
        inside = " ".join(quoted.group("quoted")[1:-1].split()).strip(" ,.")
        if inside == title.strip(" ,.") or " ".join(title.split()).startswith(
            " ".join(quoted.group(0).split())
        ):
            return (" ".join(quoted.group("org").split()),), inside
    for pattern in (_HEAD, _STOPPED):
        head = pattern.match(title)
        # ("*Report of the Poor Law Board, 1862–63*": a title naming its genre, or set in
        # italics whole, is no organisation before the title)
        if (
            head is not None
            # (or the owner of the site the entry's address is on: "NASA Science, Title,
            # https://science.nasa.gov/…", :mod:`.sitename`)
            and (is_organisation(head.group("org")) or names_site(head.group("org"), raw))
            and not _is_title(head.group("org"), raw)
            and not _PARTY_BEFORE.search(head.group("org"))
            # ("Report of the Poor Law Board, 1862–63": a date is no title)
            and re.search(r"[^\W\d_]", head.group("rest")) is not None
        ):
            return (" ".join(head.group("org").split()),), head.group("rest")
    colon = _COLON.match(title)
    if colon is not None and _AUTHORITY.fullmatch(colon.group("org").split()[-1]):
        return (" ".join(colon.group("org").split()),), colon.group("rest")
    name = title.strip(" .")
    if ":" in name or len(name.split()) > 8 or not (is_organisation(name) or _branded(name)):
        return None
    after = _SENTENCE.match(raw.lstrip(), len(name)) if raw.lstrip().startswith(name) else None
    if (
        after is not None
        and _ARCHIVAL_TITLE.fullmatch(after.group("title"))
        and repository(raw)
        and not repository(name)  # ("Central Archive of ... Fonds 3": the archive itself)
    ):
        # "Central Executive Relief Committee. Minutes, 1862–1865. M3/4/1. Manchester
        # Archives": the body whose records an archive keeps, the records' kind and dates
        return (name,), after.group("title")
    # (what follows must read as a title: words, no place and publisher, no year)
    # (a product's code in parentheses is the title's: "Title (GLOBAL_PHY_001_030)",
    # :mod:`.product_code`)
    if (
        after is None
        or len(after.group("title").split()) < 3
        or _FACTS.search(product_code.without_codes(after.group(0)))
    ):
        return None
    return (name,), after.group("title")
