"""Nature-style references (Nature, Nature Communications, Scientific Reports and the
many journals that copy them).

``Leifeld, J. & Menichetti, L. The underappreciated potential of peatlands. Nat.
Commun. 9, 1071 (2018).`` -- surname and initials, ``&`` before the last author or
``et al.`` after the first; the title is the sentence after the names; then the
abbreviated journal (often in italics), the volume (often bold), the pages or article
number, and the year in parentheses at the end.  A book: ``Wichtmann, W., Schröder, C.
& Joosten, H. (eds) Paludiculture (Schweizerbart, 2016).``  Markdown emphasis around
the journal and volume (``*Nat. Commun.* **9**``) is read through.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.patterns import INITIALS, LAST_NAME_AND, SURNAME, U
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

# (a name's initials are taken whole: given back one by one to the title that follows, a long
# run of initials was read again from each of them)
_PERSON = rf"{SURNAME}(?:[\s-]{SURNAME})?,\s[{U}]\.(?:\s?-?[{U}]\.)*+"
# ("et al." after the first name, or after the first few as writers copy them, in italics
# too: "Harris, C. R., Millman, K. J. *et al.* Title.")
_ET_AL = r"\s\*?et\sal\.\*?"
# Chinese, Japanese and Korean names written whole, in a list in Nature's shape (a
# Chinese-language post or thesis citing Chinese works among English ones): "王晓宇, 李明.
# Title. *冰川冻土* **41**, 1–12 (2019)." (the stop after the names is theirs)
_CJK_NAME = r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,5}"
_CJK_AUTHORS = rf"{_CJK_NAME}(?:[,，、]\s?{_CJK_NAME}){{0,30}}(?:\s?等|{_ET_AL})?\."
# Science's list and the Nature-shaped lists of computing papers write the initials first,
# the list closed by a full stop of its own: "A. Vaswani, N. Shazeer, I. Polosukhin. Title.
# …", "J. Smith and P. Jones. Title. …", "A. Vaswani et al. Title. …"
_GIVEN = rf"{INITIALS}\s{SURNAME}(?:[\s-]{SURNAME})?"
_GIVEN_AUTHORS = rf"{_GIVEN}(?:,?{_ET_AL}|(?:,\s{_GIVEN}){{0,30}}(?:,?\s(?:&|and)\s{_GIVEN})?\.)"
# (the last name after "and"/"et"/"und"/"y" too: "Wagner, K. L. and Miller, J. R. Title. …",
# its initials kept whole, their full stop no end of the names)
_AUTHORS = (
    rf"(?P<authors>{_PERSON}(?:{_ET_AL}|(?:,\s{_PERSON}){{0,30}}"
    rf"(?:,?\s(?:&|{LAST_NAME_AND})\s{_PERSON}|,?{_ET_AL})?)|{_GIVEN_AUTHORS}|{_CJK_AUTHORS})"
)
# (the head a caller tests before trying these shapes: initials, a family name, then the
# next name, "and"/"&", "et al." or the list's full stop)
_GIVEN_LEAD = lazy_compile(rf"^{_GIVEN}(?:,\s{INITIALS}\s|,?\s(?:&|and)\s|,?{_ET_AL}|\.\s)")
# (no title opens with the list's last name: "Oke, T. R. and Cleugh, H. A., Title, …" is no
# list of "Oke, T. R." alone with the title "and Cleugh, H.")
_NO_LAST_NAME = rf"(?!(?:&|{LAST_NAME_AND})\s{SURNAME},\s[{U}]\.)"
# The title is the shortest sentence after which the journal, volume, pages and year follow.
# The journal has no digit, so of the title's ends between two digits only the first can be
# the one (a later end leaves the journal the same ends, less room), and the end right before
# "*" (the journal in italics): each stretch is tried once, not from each of its full stops
# (a title of thousands of sentences was quadratic).
_TITLE = r"(?:[^*](?:[^*]*?\d)??(?>[^*\d]*?[.?!](?=\s))|[^*]+?[.?!](?=\s\*))"
# (the volume alone, "Adv. Neural Inf. Process. Syst. 32 (2019).", or the pages alone, "Nat.
# Mach. Intell., 1–11 (2024).", as papers online before their issue are cited)
_ARTICLE = lazy_compile(
    rf"^{_AUTHORS}\s{_NO_LAST_NAME}(?P<title>{_TITLE})\s\*?(?P<journal>[^*\d]+?)\*?,?\s\*{{0,2}}"
    rf"(?:(?P<vol>\d+)\*{{0,2}}(?:,\s(?P<pages>[\w–-]+))?|(?P<span>\d+[–-]\d+))"
    rf"\s\((?P<year>{_YEAR})\)\.?$"
)
# A group as the author, the name a sentence of its own closing with what a group calls
# itself: "The EMPA-KIDNEY Collaborative Group. Title. N. Engl. J. Med. 388, 117–127
# (2023).", "Heart Outcomes Investigators. Title. …", "Global Burden Consortium. …"
_GROUP = (
    r"(?P<group>[^\s.*][^.*]{0,160}?\s(?:Collaborative\sGroup|(?:Work|Working|Study|Writing"
    r"|Steering|Expert|Guideline|Trial|Research|Collaborative)\sGroup|Group|Collaboration"
    r"|Consortium|Investigators|Collaborators|Trialists|Committee|Task\sForce|Network|Panel))"
)
_GROUP_ARTICLE = lazy_compile(
    rf"^{_GROUP}\.\s(?P<title>{_TITLE})\s\*?(?P<journal>[^*\d]+?)\*?,?\s\*{{0,2}}"
    rf"(?P<vol>\d+)\*{{0,2}},\s(?P<pages>[\w–-]+)\s\((?P<year>{_YEAR})\)\.?$"
)
_BOOK = lazy_compile(  # (a colon in the parentheses is Chicago's and MHRA's "(Place: Publisher")
    rf"^{_AUTHORS}(?:\s\((?P<eds>eds?)\.?\))?\s\*?(?![{U}]\.[\s,])(?P<title>[^*(]+?)\*?\s"
    rf"\((?P<publisher>[^(),:]+?)(?:,\s(?P<place>[^(),]+?))?,\s(?P<year>{_YEAR})\)\.?$"
)

# A paper in proceedings or a book, a preprint or a thesis: the names, the title sentence,
# then "In *Proc. …* 1–6 (ACM, 2015).", "In *Proc. Workshop … at NIPS 2017* (2017).",
# "Preprint at bioRxiv (2024)." (its address cut), "PhD thesis, Univ. Oslo (2012)."
_OTHER = lazy_compile(
    rf"^{_AUTHORS}\s(?P<title>[^*]+?[.?!])\s"
    r"(?P<where>(?:In\s|Preprint\b|(?:PhD|MSc|Doctoral|Master's)\s[Tt]hesis)(?:[^()]|\([^()]*\))*?)\s?"
    rf"\((?:(?P<publisher>[^(),:]+?),\s)?(?P<year>{_YEAR})\)\.?$"
)
# A dataset (or a web page) in Nature's data citations: the names, the title, the
# repository and its address: "Hao, Z. et al. Title. *Figshare* https://doi.org/… (2018)."
# (read with its address cut, as every shape is: "Title. *Figshare* (2018)."; the
# repository's name has no sentence end in it, so the title's last one is before it)
_DATA = lazy_compile(
    rf"^{_AUTHORS}\s(?P<title>[^*]+?[.?!])\s\*?(?P<where>(?:[^*().\d]|\.(?!\s)){{1,80}}?)\*?"
    rf"\s\((?P<year>{_YEAR})\)\.?$"
)
# A journal or proceedings in italics, abbreviated, with the year and no volume (an article
# online before its issue, a conference's paper): "Ho, J., Jain, A. & Abbeel, P. Title. *Adv.
# Neural Inf. Process. Syst.* (2020).", "… Title. *Int. Conf. Learn. Represent.* (2021)."
_ABBREVIATED_VENUE = lazy_compile(
    rf"^{_AUTHORS}\s(?P<title>[^*]+?[.?!])\s\*(?P<where>[^*\d]{{1,80}}?\.\s[^*\d]{{1,80}}?)\*"
    rf",?\s\((?P<year>{_YEAR})\)\.?$"
)
_REPOSITORY = lazy_compile(
    r"\b(?:Zenodo|Figshare|Dryad|PANGAEA|GitHub|GitLab|OSF|Dataverse|Mendeley\sData|GenBank"
    r"|Data|Database|Repository|Software)\b|数据|資料|データ|데이터",
    re.I,
)
# "In *Proc. Second Workshop …* 1–6": the proceedings, then the pages
_IN = lazy_compile(r"^In\s\*?(?P<book>[^*]+?)\*?(?:\s(?P<pages>\d+\s?[–-]\s?\d+|\d+))?\s*$")
# Every shape ends in "(2009)." or "2009)."; tested first: the lazy title and journal after a
# long list of names that is not Nature's would be tried from every initial in it.
_ENDS_IN_YEAR = lazy_compile(rf"{_YEAR}\)\.?$")


def parse(body: str) -> Fields | None:
    """Nature fields, or None when ``body`` lacks the shape."""
    if _ENDS_IN_YEAR.search(body) is None:  # (every shape ends so; a cheap test first)
        return None
    m = _ARTICLE.match(body)
    if m is not None:
        return Fields(
            "nature",
            _people(m.group("authors")),
            m.group("title").rstrip("."),
            year_of(m.group("year")),
            container=m.group("journal").strip(" ,"),
            volume=m.group("vol"),
            pages=m.group("pages") or m.group("span"),
        )
    m = _GROUP_ARTICLE.match(body)
    if m is not None:
        return Fields(
            "nature",
            (" ".join(m.group("group").split()),),
            m.group("title").rstrip("."),
            year_of(m.group("year")),
            container=" ".join(m.group("journal").split()).strip(" ,"),
            volume=m.group("vol"),
            pages=m.group("pages"),
        )
    m = _OTHER.match(body)
    if m is not None:
        fields = Fields(
            "nature",
            _people(m.group("authors")),
            m.group("title").rstrip("."),
            year_of(m.group("year")),
            publisher=m.group("publisher").strip() if m.group("publisher") else None,
        )
        inside = _IN.match(m.group("where").strip())
        if inside is None:  # a preprint or a thesis: no container
            # (a preprint is an article by the corpus conventions, as CSL files it)
            preprint = m.group("where").startswith("Preprint")
            return replace(fields, kind=RefKind.ARTICLE) if preprint else fields
        return replace(
            fields,
            container=inside.group("book").strip(" ."),
            chapter=True,
            pages=inside.group("pages"),
        )
    m = _DATA.match(body)
    if m is not None:
        where = m.group("where").strip()
        if _REPOSITORY.search(where) is None and _periodical(body, m, where):
            # "Benton, J. Title. *Nieman Lab* https://…/2021/05/… (2021).": Nature sets in
            # italics the periodical a work is in (a site it names in roman): a magazine's
            # or a newspaper's article online
            return Fields(
                "nature",
                _people(m.group("authors")),
                m.group("title").rstrip("."),
                year_of(m.group("year")),
                container=where,
                kind=RefKind.ARTICLE,
            )
        if _REPOSITORY.search(where) is None and given_first(body):
            # "P. Ngata. Title. Harbour Press, Wellington (2018).": names initials first and no
            # repository after the title are another style's book and its imprint (Elsevier's)
            return None
        return Fields(
            "nature",
            _people(m.group("authors")),
            m.group("title").rstrip("."),
            year_of(m.group("year")),
            # (no container, no publisher: a repository of data or code is web, by the corpus
            # conventions; any other place, a journal's article online before its issue
            # ("*Nat. Geosci.* https://doi.org/… (2024)."), is left to its address)
            kind=RefKind.WEB if _REPOSITORY.search(where) else None,
        )
    m = _ABBREVIATED_VENUE.match(body)
    if m is not None:
        return Fields(
            "nature",
            _people(m.group("authors")),
            m.group("title").rstrip("."),
            year_of(m.group("year")),
            container=m.group("where").strip(),
            kind=RefKind.ARTICLE,
        )
    m = _BOOK.match(body)
    if m is not None:
        return Fields(
            "nature",
            _people(m.group("authors")),
            m.group("title").strip(" ."),
            year_of(m.group("year")),
            publisher=m.group("publisher").strip(),
            place=m.group("place").strip() if m.group("place") else None,
        )
    return None


# a place online that is no periodical, whatever its type: a blog, a wiki, a video or social
# platform, a newsletter, a podcast
_NO_PERIODICAL = lazy_compile(
    r"\b(?:Blog|Weblog|Wiki\w*|YouTube|Vimeo|Medium|Substack|Twitter|Mastodon|Facebook"
    r"|Instagram|LinkedIn|Reddit|Newsletter|Podcast|Forum|Docs|Documentation)\b",
    re.I,
)


def _periodical(body: str, m: re.Match[str], where: str) -> bool:
    """Is the place after a data-shaped entry's title (:data:`_DATA`) set in italics whole
    (``*Nieman Lab*``) and named as no blog, wiki or platform is?"""
    start, end = m.start("where"), m.end("where")
    return (
        body[start - 1 : start] == "*"
        and body[end : end + 1] == "*"
        and body[start - 2 : start] != "**"
        and _NO_PERIODICAL.search(where) is None
    )


def given_first(body: str) -> bool:
    """Does ``body`` open with a list of names written initials first (``A. Vaswani, N.
    Shazeer, …``, ``J. Smith and P. Jones.``, ``A. Vaswani et al.``)?"""
    return _GIVEN_LEAD.match(body) is not None


def given_first_article(body: str) -> Fields | None:
    """:func:`parse` of an entry whose names are written initials first, or None; a title of
    one word is refused ("A. Roe, B. Lee. Phys. Rev. B 82, 1 (2010)." is a physics list's
    journal, no title: :mod:`.physics`)."""
    if not given_first(body):
        return None
    fields = parse(body)
    if fields is None or not fields.title or " " not in fields.title.strip():
        return None
    return fields


def _people(authors: str) -> tuple[str, ...]:
    authors = re.sub(r",?\s\*?et\sal\.\*?\.?$", "", authors)
    if re.match(rf"{INITIALS}\s", authors):  # (initials first: Science's order)
        return tuple(m.group(0) for m in re.finditer(_GIVEN, authors))
    found = tuple(m.group(0) for m in re.finditer(_PERSON, authors))
    return found or tuple(re.findall(_CJK_NAME, authors.removesuffix(".").removesuffix("等")))
