"""Legal (Bluebook) citations of articles and books, as law reviews write them.

::

    Priya Natarajan, Port Charges and Judicial Review, 64 Stan. L. Rev. 1187, 1201–09 (2012).
    Richard Ashworth, The Law of Ports and Harbours 12–19 (2d ed. 2014).

An article is ``Author, Title, volume Journal first-page[, pinpoint] (year)``;
a book ``Author, Title pinpoint (edition / publisher year)``, the author an
institution too (``Consumer Fin. Prot. Bureau, Title 4 (2022)``); a periodical
or web piece ``Author, Title, Site (Mar. 11, 2021)``.  Cases and
statutes (``Hale v. Port of Bristol, ...``) have no author and title in this
sense and are left to the generic parser.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import double_surname_head, quote_pairs
from bibcheck.parse.references.names_lead import names_lead
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U
from bibcheck.parse.references.reportkind import agency_author
from bibcheck.parse.references.shared import Fields, split_people, year_of

_PERSON = rf"[{U}][\w'’-]+(?:\s[{U}]\.)*(?:\s[{U}][\w'’-]+)?\s{SURNAME}"
# "A & B", "A, B & C": a list of authors ends with "&" (or "and"); in "Rosa Delgado,
# Auditing Automated Hiring, ..." the part after the comma is the title.
# (the first names, then "et al.": "Ann Roe, Ben Sun et al.": names, never a title)
_ET_AL = rf"{_PERSON}(?:,\s{_PERSON})*,?\set\sal\."
_AUTHORS = rf"(?P<authors>{_PERSON}(?:(?:,\s{_PERSON})*(?:\s&\s|,?\sand\s){_PERSON})?)"
# ("William E. Kovacic et al., Title, 110 Mich. L. Rev. 393": three or more authors of an
# article, whose volume, journal and page say it is Bluebook's)
# (a first initial before the given name: "F. Andrew Hessick, Title, 93 Cornell L. Rev. 275")
_INITIALLED = rf"(?:[{U}]\.\s)?{_PERSON}"
_ARTICLE_AUTHORS = (
    rf"(?P<authors>{_ET_AL}"
    rf"|{_INITIALLED}(?:(?:,\s{_INITIALLED})*(?:\s&\s|,?\sand\s){_INITIALLED})?)"
)
_ARTICLE = lazy_compile(
    rf"^{_ARTICLE_AUTHORS},\s(?P<title>[^,;]+(?:,[”’\"]?\s[^,;\d][^,;]*)*?),\s(?P<vol>\d+)\s"
    r"(?P<journal>[A-Z][\w.&’' ]*?)\s(?P<page>\d+)(?:,\s(?P<pin>[\d–-]+))?"
    r"\s\((?P<year>\d{4})\)(?!:)"
)
# a page before the parentheses ("Title 12–19 (2014)"); a year there is the title's ("Census 2022")
_PIN = r"(?!(?:1[5-9]|20)\d\d\b)\d+(?:[–-]\d+)?"
# a quoted title is Chicago's; quotes inside are not
_QUOTES = lazy_compile(f"^[{quote_pairs.DOUBLE}‘]")
# Student work is marked after the author: "Lexi Rubow, Note, Title, 28 Berkeley ..."
_DESIGNATION = lazy_compile(r"^(?:Note|Comment|Recent\s(?:Case|Development)s?|Book\sNote),\s")
# a news item's time after its date: "(Sept. 15, 2021, 9:26 AM)", "(Jan. 3, 2020, 4:12 PM EST)"
_TIME = r"(?:,\s\d{1,2}:\d\d\s?(?:[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4})?)?"
# the title, a pinpoint, then the parentheses of facts ending in the year (and a time)
# (the year no longer number's tail: "(quant-ph/9605034)", an arXiv number, has none)
_DATED_FACTS = rf"\s\((?P<facts>[^()]*?)(?<!\d)(?P<year>\d{{4}}){_TIME}\)(?!:)"
_TITLE_FACTS = rf",\s(?P<title>[^();]+?)(?:,?\s(?:at\s)?(?P<pin>{_PIN}))?{_DATED_FACTS}"
_BOOK = lazy_compile(rf"^{_AUTHORS}{_TITLE_FACTS}")


# An institution as author, abbreviated as the Bluebook does: "Consumer Fin. Prot. Bureau",
# "Nat’l Consumer L. Ctr.", "U.S. Gov’t Accountability Off."
_INSTITUTION = rf"[{U}][\w.’'&-]*+(?:\s(?:of|for|and|&|[{U}][\w.’'&-]*+)){{1,6}}+"
_INSTITUTION_BOOK = lazy_compile(
    rf"^(?P<authors>{_INSTITUTION}),\s(?P<title>[^()]+?)(?:,?\s(?:at\s)?(?P<pin>{_PIN}))?"
    + _DATED_FACTS
)
_NAMES_ET_AL = lazy_compile(_ET_AL)
# three or more authors of a periodical or web piece: "Ann Roe et al., Title, Site (Mar. 9,
# 2021)" (the date in the parentheses says it is Bluebook's; checked in ``parse``)
_ET_AL_DATED = lazy_compile(rf"^(?P<authors>{_ET_AL}){_TITLE_FACTS}")
# Bluebook 17.2: a press release or a letter is named by its kind, then its author (an
# agency, abbreviated, or a person), then its title: "Press Release, Fed. Trade Comm'n,
# Title (Jan. 9, 2024)"
_RELEASE = lazy_compile(
    r"^(?:Press|News)\sRelease,\s"
    rf"(?P<authors>{_INSTITUTION}|{_PERSON}),\s(?P<title>[^();]+?){_DATED_FACTS}"
)
_ABBREVIATED = lazy_compile(
    r"\w\.(?:\s|$)|\w[’']\w"
)  # "Fin.", "Nat’l": Bluebook's own abbreviations
# A date in the parentheses: the work appeared in a periodical or on a site named last in
# the title part ("Title, Consumer Reports (Mar. 11, 2021)").
_DATED = lazy_compile(
    r"^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s(?:\d{1,2},\s)?$"
)


# Bluebook 3.1: the volume of a work in several stands before its author ("10A Steven Plitt
# et al., Couch on Insurance § 153:81 (3d ed. 2016)", "2 William Blackstone, Commentaries *18")
_LEADING_VOLUME = lazy_compile(rf"^(?P<vol>\d{{1,3}}[A-Z]?)\s(?=[{U}][\w'’-]+\s)")
# a page of the original edition, starred, closing a note with no facts: "Title *18"
_STAR_PAGED = lazy_compile(
    rf"^{_AUTHORS},\s(?P<title>[^,;*()]+?)\s\*(?P<pin>\d+(?:[–-]\d+)?)(?=[\s,.;]|$)"
)

_STAR_PAGE_END = lazy_compile(r"\s\*(?P<pin>\d+(?:[–-]\d+)?)$")
# "Steven Plitt et al., Title": the first author stands for all (the others are not named)
_ET_AL_LEAD = lazy_compile(rf"^(?P<first>{_PERSON})\set\sal\.(?=,\s)")


def parse(body: str) -> Fields | None:
    """Bluebook fields, or None when ``body`` has neither shape."""
    lead = _LEADING_VOLUME.match(body)
    if lead is not None:
        rest = body[lead.end() :]
        found = _parse(rest) or _parse(_ET_AL_LEAD.sub(r"\g<first>", rest, count=1))
        if found is None:
            star = _STAR_PAGED.match(rest)
            if star is not None and " v. " not in star.group("title"):
                found = Fields(
                    "bluebook",
                    split_people(star.group("authors")),
                    star.group("title"),
                    pages=star.group("pin"),
                    book=True,
                )
        if found is not None and found.container is None and found.volume is None:
            title, pin = found.title, found.pages
            paged = _STAR_PAGE_END.search(title or "")
            if paged is not None and title is not None:
                title, pin = title[: paged.start()], pin or paged.group("pin")
            return replace(found, volume=lead.group("vol"), title=title, pages=pin)
        return None
    return _parse(body)


def _parse(body: str) -> Fields | None:
    m = _RELEASE.match(body)
    if m is not None and not _QUOTES.search(m.group("title")):
        return Fields(
            "bluebook",
            (m.group("authors"),),
            m.group("title"),
            year_of(m.group("year")),
        )
    m = _ARTICLE.match(body)
    if (
        m is not None
        and (" v. " not in m.group("title") or case_titled_article(body))
        and not _QUOTES.search(m.group("title"))
    ):
        return Fields(
            "bluebook",
            split_people(m.group("authors")),
            _DESIGNATION.sub("", m.group("title")),
            year_of(m.group("year")),
            container=m.group("journal"),
            volume=m.group("vol"),
            pages=m.group("pin") or m.group("page"),
        )
    m = _BOOK.match(body)
    if (
        m is not None
        # ("Van der Meer, J., & ..." and "Ruiz Martínez, J. (2015). Title" are APA; so are
        # accented and hyphenated initials: "Ní Mhurchú, É. (2020)", "De Souza, J.-P.")
        and not re.match(rf"{INITIALS}(?:[,\s]|$)", m.group("title"))
        and " v. " not in m.group("title")
        and not _NAMES_ET_AL.match(m.group("title"))  # "Ann Roe, Ben Sun et al., "Title,""
        # ("Meech K.J., Weryk R., Micheli M. et al., Title": family names and initials)
        and not names_lead(m.group("title"))
        and not _QUOTES.search(m.group("title"))
        and not _SENTENCE_IN.search(m.group("title"))
        and not _facts_foreign(m.group("facts"))
        and not _CHICAGO_FACTS.search(body, m.end())
        # ("Soler Puig, Jordi (2015). Title. Place: Publisher.": a double family name and
        # the given name, no person and title, :mod:`.double_surname_head`)
        and not double_surname_head.inverted_head(body)
    ):
        return _book(m, split_people(m.group("authors")))
    m = _ET_AL_DATED.match(body)
    if (
        m is not None
        and _DATED.match(_DATE_AFTER.sub("", m.group("facts")))
        and ", " in m.group("title")
        and " v. " not in m.group("title")
        and not _QUOTES.search(m.group("title"))
    ):
        return _book(m, split_people(m.group("authors")))
    m = _INSTITUTION_BOOK.match(body)
    if (
        m is not None
        and _ABBREVIATED.search(m.group("authors"))
        # ("Q. Luo, F. Hariri, and D. Marinov. Title. In *Proceedings … (FSE 2014)*, pp. 1–9":
        # a sentence's "In" and its host, never Bluebook's lower-case "in")
        and not _SENTENCE_IN.search(m.group("title"))
        and " v. " not in m.group("title")
        # ("Lena K. Marsh, Omar Haddad et al., "Title," …": a person, then more names)
        and not _NAMES_ET_AL.match(m.group("title"))
        and not names_lead(m.group("title"))  # ("Meech K.J., Weryk R., …": a person)
        and not _QUOTES.search(m.group("title"))
        and not _facts_foreign(m.group("facts"))
        and not _CHICAGO_FACTS.search(body, m.end())
    ):
        return _book(m, (m.group("authors"),), report=agency_author((m.group("authors"),)))
    return None


# a host after a full stop: "Title. In *Proceedings of …*", "Title. In: Book"
_SENTENCE_IN = lazy_compile(r"\.\s[*_]?In[\s:]")
_PUBLISHED_BY = lazy_compile(rf"[{U}][\w.’'&-]*(?:\s(?:of|for|and|&|on|[{U}][\w.’'&-]*)){{1,6}}")


# an italic title at the start of the title part
_ITALIC_TITLE = lazy_compile(r"^(?P<mark>[*_])(?P<title>[^*_]{2,}?)(?P=mark)(?=[,\s]|$)")
# the case or docket number of a filing after its title (its number read as the page when
# the italics are gone): ", Docket No. 55378", ", Case No. PUR-2023-00066"
# (or a congressional document's number: ", S. Doc. No. 77-8", ", H.R. Rep. No. 79-1980",
# ", S. Exec. Doc. No. 5")
_DOCKET = lazy_compile(
    r",\s(?:(?:Case|Docket|File|Cause|Proceeding)\sNos?\.?"
    r"|(?:S\.|H\.R\.|H\.)\s(?:Exec\.\s|Misc\.\s)?(?:Doc|Rep|Comm\.\sPrint)\.\sNo\.)"
    r"(?:\s(?P<number>[\w./-]+))?$"
)
# the day and month of a filing after its publisher: "(State Corporation Commission, May 1,
# 2023)"
_DATE_AFTER = lazy_compile(
    r",\s(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s*$"
)


# an agency's report number before its title: "GAO-07-737, ", "R45631, ", "GAO/HEHS-98-12, "
_REPORT_NUMBER = lazy_compile(r"(?=[A-Z][\w/-]*\d)[A-Z][A-Z/-]*\d[\w-]*,\s(?=\S)")


def _book(m: re.Match[str], authors: tuple[str, ...], *, report: bool = False) -> Fields:
    """A book or report (``report``: an agency's, ``Fed. Trade Comm'n, Title 46 (2014)``); a
    periodical or site when the parentheses hold a date."""
    title = _DESIGNATION.sub("", m.group("title"))
    italic = _ITALIC_TITLE.match(title)
    if italic is not None:
        # "*2023 Integrated Resource Plan*, Case No. PUR-2023-00066": the italics say where
        # the title ends; a docket or case number follows
        title = italic.group("title")
    pin = m.group("pin")
    number = _REPORT_NUMBER.match(title) if report else None
    if number is not None:
        # "U.S. Gov't Accountability Off., GAO-07-737, Title 2 (2007)": the agency's report
        # number comes before the title
        title = title[number.end() :]
    docket = _DOCKET.search(title)
    if docket is not None:
        # "Title, Docket No. 55378 (Commission, 2023)": the number is the filing's, no page
        title = title[: docket.start()]
        pin = pin if docket.group("number") else None
    facts = _DATE_AFTER.sub("", m.group("facts"))
    if _DATED.match(facts) and ", " in title:
        title, site = title.rsplit(", ", 1)
        return Fields(
            "bluebook",
            authors,
            title,
            year_of(m.group("year")),
            container=site,
            pages=pin,
        )
    publisher = re.sub(r"^\s*\d+\w*\s+ed\.\s*", "", facts).strip(" ,") or None
    if ", " in title and publisher is None:
        # "Title, Stanford Cyber Pol’y Ctr. 4–6 (2021)": the institution that published it,
        # abbreviated as the Bluebook does, follows the title.
        head, last = title.rsplit(", ", 1)
        if _PUBLISHED_BY.fullmatch(last) and _ABBREVIATED.search(last):
            title, publisher = head, last
    return Fields(
        "bluebook",
        authors,
        title,
        year_of(m.group("year")),
        pages=pin,
        publisher=publisher,
        # "Insurance Law and Regulation 214–16 (7th ed. 2020)": the Bluebook names a book
        # by its edition and year alone
        book=publisher is None and bool(_EDITION_FACTS.search(facts)),
        kind=RefKind.REPORT if report else None,
    )


_EDITION_FACTS = lazy_compile(r"\b\d+(?:st|nd|rd|th|d)\s(?:ed|rev\.\sed)\.|\bed\.\s|^\s*$")


# Chicago's publication facts later in the note: the first parentheses were the title's
# own ("Navires ... (vers 1400–vers 1550), 3 vols. (Paris: SEVPEN, 1968)").
_CHICAGO_FACTS = lazy_compile(r"\([^()]*:[^()]*\d{4}[^()]*\)")


def _facts_foreign(facts: str) -> bool:
    """``(Place: Publisher, 2010)``, ``12, no. 3 (2018)`` and ``(Leeds, 1890–1910)`` (a place,
    a comma and the years a work appeared over) are Chicago's, not Bluebook's (the facts
    end before the last year)."""
    return ":" in facts or "no." in facts or _SPAN_OPENED.search(facts) is not None


# the first year of a span after a comma, the facts' end: "Leeds, 1890–" (of "…–1910)")
_SPAN_OPENED = lazy_compile(r",\s(?:1[5-9]|20)\d\d\s?(?:--|[–-])\s?$")


# A case ("United States v. Zenith Radio Corp., 12 F.2d 614", "In re Blackbaud, Inc., 567
# F. Supp. 3d 667") or a statute or regulation ("15 U.S.C. § 1681", "24 C.F.R. § 100.500").
_CASE = lazy_compile(r"(?:\bv\.\s[A-Z]|^\W*In\sre\s[A-Z]).{0,200}?,\s\d{1,4}\s[A-Z]", re.S)
_STATUTE = lazy_compile(r"\b\d{1,3}\s(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\.(?:\sA\.)?\s§")


def legal_authority(text: str) -> bool:
    """Is ``text`` a case or a statute?  Notes cite them; bibliographies in the Chicago and
    Bluebook traditions list no such authorities."""
    return bool(_CASE.search(text) or _STATUTE.search(text))


# A law review article about a case, its name in the title: "Ann Roe & Ben Sun, Standing
# After Spokeo v. Robins, 101 B.U. L. Rev. 62 (2021)" -- not a case "Ann Roe, Inc. v. …"
# (a company's suffix after the first comma), nor a reporter ("578 U.S.", "L. Ed. 2d")
_PERIODICAL = lazy_compile(r"\b(?:L\.\s?J|Rev|Q|J|L\.\s?Rev)\.|\bOnline\b|\bForum\b")
_REPORTER = lazy_compile(r"\bL\.\s?Ed\.|^(?:N\.\s?J|U\.\s?S|S\.\s?Ct|F(?:\.\s?Supp)?)\.")
_FIRM = lazy_compile(
    r"^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.P|N\.A|P\.C|Cos|Bros|Ass[’']n|et\sal)\b\.?|^v\.\s"
)


def case_titled_article(body: str) -> bool:
    """Is ``body`` a Bluebook article whose title names a case (``Author, A Critique of X v.
    Y, 101 B.U. L. Rev. 62 (2021)``), not a case citation?"""
    m = _ARTICLE.match(body)
    if m is None or " v. " not in m.group("title"):
        return False
    title, journal = m.group("title"), m.group("journal")
    return (
        _PERIODICAL.search(journal) is not None
        and _REPORTER.search(journal) is None
        and _FIRM.match(title) is None
    )


# a law review's abbreviated name: "Cornell L. Rev.", "Yale L.J.", "B.U. L. Rev. Online"
_LAW_REVIEW = lazy_compile(r"\bL\.\s?(?:Rev|J|Q)\.")


def law_review_article(body: str) -> Fields | None:
    """A Bluebook article in a law review (``F. Andrew Hessick, Standing, Injury in Fact,
    and Private Rights, 93 Cornell L. Rev. 275 (2008)``), whose commas in the title no
    other style's parser should cut at; or None."""
    found = _parse(body)
    if found is None or found.volume is None or found.container is None:
        return None
    return found if _LAW_REVIEW.search(found.container) else None


# A newspaper article as the Bluebook cites it: "Adam Liptak, Title, With Commas, N.Y.
# TIMES, June 29, 2024, at A1", "Jane Roe, Title, WASH. POST, Jan. 5, 2020, at B2" -- the
# paper's name (capitals or small capitals, a few words), then the date, no
# parentheses
_NEWSPAPER = lazy_compile(
    rf"^{_ARTICLE_AUTHORS},\s(?P<title>[^;]{{3,300}}?),\s"
    r"(?P<paper>(?:[A-Z][\w.'’&]*\s){0,5}[A-Z][\w.'’&]*),\s"
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{1,2},\s"
    r"(?P<year>(?:1[6-9]|20)\d\d)(?:,\sat\s(?P<page>[A-Z]?\d{1,4}))?\.?$"
)


# the paper's name in capitals ("N.Y. TIMES"), or a newspaper's word in it ("Wash. Post")
_PAPER_WORD = lazy_compile(
    r"\b(?:Times|Post|J\.|Journal|Tribune|Trib\.|Herald|Globe|News|Gazette|Chron\.|Chronicle"
    r"|Daily|Telegraph|Guardian|Economist|Sun|Star|Wkly\.|Weekly|Independent|Observer)(?!\w)"
)


def newspaper_article(body: str) -> Fields | None:
    """A Bluebook newspaper article (see :data:`_NEWSPAPER`), its title whole whatever
    commas it holds; or None."""
    m = _NEWSPAPER.match(" ".join(body.split()))
    if m is None or not (m.group("paper").isupper() or _PAPER_WORD.search(m.group("paper"))):
        return None
    return Fields(
        "bluebook",
        split_people(m.group("authors")),
        m.group("title").strip(),
        year_of(m.group("year")),
        container=m.group("paper"),
        pages=m.group("page"),
        kind=RefKind.ARTICLE,
    )
