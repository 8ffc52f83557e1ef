"""A journal's name and numbering after an article's title, as ISO 690 and its national
versions, ABNT NBR 6023 and the common European journal styles write them.

The numbering is a comma-separated run of items in any order, each labelled in the
language of the reference or bare:

* ``Engineering Structures, 56, 2013, pp. 1787-1799`` (Italian, Spanish, English);
* ``Revista de Historia, 12(3), 2015, pp. 45-67``;
* ``Revista de Educación, 2019, vol. 385, núm. 2, pp. 11-34`` (UNE-ISO 690);
* ``Annales de géographie, 2012, vol. 121, n° 4, p. 345-367`` (NF Z44-005);
* ``Revista de Saúde Pública, v. 40, n. 2, p. 10-20, 2006`` (ABNT);
* ``Przegląd Geograficzny, 2010, t. 82, nr 3, s. 315-340`` (PN-ISO 690);
* ``Sociologický časopis. 2011, roč. 47, č. 3, s. 523-546`` (ČSN ISO 690);
* ``Zeitschrift für Geschichte 45 (2001), H. 2, S. 12-30`` (DIN 1505-2).

:func:`read` returns the journal and its numbering, or None unless every item after the
journal's name is one of these and the run gives a year and a volume or pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.references.patterns import IN_WORD, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import tidy
from bibcheck.parse.years import YEAR as _YEAR

_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
# "abr. 2009", "Aug. 2019", "März 2001", "mar./abr. 2009"
_MONTH = rf"(?:(?i:{_MONTH_NAME})\.?(?:[-/](?i:{_MONTH_NAME})\.?)?\s)"
_NUMBER = r"[\dIVXLC]+(?:\s?[-/–]\s?[\dIVXLC]+)?"
_VOLUME_LABEL = (  # (Croatian, Serbian "god."; Dutch "jrg."; Turkish "Cilt")
    r"(?:vol|Vol|VOL|v|t|T|tom|tomo|tome|Bd|Jg|Jahrg|roč|ročník|rocz|anno|a|évf|årg|år"
    r"|god|godište|jrg|jaargang|Cilt|cilt|año|ano|Volume|volume)"
)
_ISSUE_LABEL = (  # (Croatian, Serbian "br."; Dutch "afl."; Turkish "Sayı")
    r"(?:n\.º|n\.°|n°|nº|Nº|N°|núm|num|Num|no|No|NO|nr|Nr|NR|n|N|č|H|Heft|iss|Iss|fasc|sz|zv"
    r"|br|broj|afl|Sayı|sayı|Issue|issue|Number|number)"
)
_PAGE_LABEL = r"(?:pp|p|P|s|S|ss|str|pág|págs|pag|c|с|С)"
_RANGE = r"\d+(?:\s?[-–—]\s?\d+)?"

_ITEMS = (
    ("year", re.compile(rf"\(?{_MONTH}?(?P<year>{_YEAR})[a-z]?\)?")),
    (
        "volume_issue",
        re.compile(rf"(?:{_VOLUME_LABEL}\.?\s?)?(?P<volume>\d+)\s?\((?P<issue>[\w/–-]+)\)"),
    ),
    ("volume", re.compile(rf"{_VOLUME_LABEL}\.?\s?(?P<volume>{_NUMBER})")),
    # (Turkish "C. 28" (Cilt): the capital with its period only, "C 350" is an OJ series)
    ("volume", re.compile(rf"C\.\s?(?P<volume>{_NUMBER})")),
    # (Polish "nr 2(40)": the issue of the year, then the journal's running number)
    ("issue", re.compile(rf"{_ISSUE_LABEL}\.?\s?(?P<issue>{_NUMBER})(?:\s?\(\d+\))?")),
    ("pages", re.compile(rf"(?:{_PAGE_LABEL}\.|[Pp]ages|[Pp]age)\s?(?P<pages>{_RANGE})")),
    # a date the year opens: Latvian "2015. gada 24. februāris", Lithuanian "2015 m. vasario
    # 24 d.", Hungarian "2015. február 24."
    (
        "year",
        re.compile(
            rf"(?P<year>{_YEAR})(?:\.\sgada|\sm\.)\s(?:\d{{1,2}}\.\s[^\W\d_]{{3,12}}"
            rf"|[^\W\d_]{{3,12}}\s\d{{1,2}}\sd\.)"
        ),
    ),
    # the number first, the label after: Latvian "10.–14. lpp.", "87. lpp.", Estonian "lk
    # 10–14" (label first), Hungarian "10–14. old."
    ("pages", re.compile(r"(?P<pages>\d+\.?(?:\s?[-–—]\s?\d+)?)\.?\s(?:lpp|old)\.?")),
    ("pages", re.compile(rf"(?:lk|lpp)\.?\s(?P<pages>{_RANGE})")),
    # the series and number of the Official Journal of the European Union: "C 350", "L 119"
    ("issue", re.compile(r"(?P<issue>[LC]\s\d{1,4}(?:\s[A-I])?)")),
    # Hungarian writes the number first: "29. évf., 3. sz."
    ("volume", re.compile(r"(?P<volume>\d{1,4})\.\s?évf(?:olyam|\.)?")),
    ("issue", re.compile(r"(?P<issue>\d{1,4})\.\s?(?:sz(?:ám|\.)?)")),
    ("pages", re.compile(r"(?P<pages>\d+\s?[-–—]\s?\d+)")),
    ("bare", re.compile(r"(?P<volume>\d{1,4})")),
)
# The journal's last words before "45 (2001)": DIN 1505-2 writes volume and year so
# (the host's first letter found once, atomic: when no volume and year ended the segment,
# the lazy run after it was read to the end again from each later letter)
_VOLUME_YEAR = lazy_compile(
    rf"^(?P<host>(?>.*?[^\W\d_]).*?)\s(?P<volume>\d{{1,4}})\s\((?P<year>{_YEAR})\)$"
)
# Items are separated by commas (semicolons); the journal's name ends with a period before
# a year in Czech and Slovak ISO 690 ("Sociologický časopis. 2011, roč. 47"), which a
# month's abbreviation does not ("abr. 2009", "Aug. 2019").
_SEPARATOR = lazy_compile(rf",\s|;\s|(?<=[^\W\d_]{{5}})\.\s(?={_YEAR}(?:,|$))")
# ABNT NBR 6023 names the journal's place before its numbering ("Revista Brasileira de
# Educação, Rio de Janeiro, v. 18, n. 53"): a place is 1-4 capitalised words, particles between
PLACE = (
    rf"[{U}][\w'’-]*\.?(?:,?\s(?:(?:de|do|da|dos|del|di|am|an\sder|upon|sur|nad|na)\s)?"
    rf"[{U}][\w'’-]*\.?){{0,3}}"
)
_ABNT = lazy_compile(r"v\.\s?\d")
_ABNT_PLACE = lazy_compile(rf"(?<=[^\W\d_])\s?,\s(?:{PLACE})$")
# (a chapter's "In:" in any language the shared IN_WORD knows, with or without a space after)
_NOT_A_JOURNAL = lazy_compile(rf"\s:\s|:\s|[()\[\]]|\b{IN_WORD}\s?:")


# a journal named by its society and then its own name, a colon between ("Internationale
# Vereinigung für … Limnologie: Verhandlungen"): one colon, no sentence's end, no brackets
_COLON_TITLED = lazy_compile(r"(?P<head>[^\W\d_][^():;.\[\]]{2,100}):\s[^\W\d_][^():;.\[\]]{1,80}")


def _colon_titled(host: str, values: dict[str, str]) -> bool:
    """Is ``host``, with a colon inside, a journal's name all the same: its numbering has a
    year, a volume with its issue and a range of pages, and before the colon stands no place
    (``London: Routledge`` is an imprint) nor a chapter's "In"?"""
    m = _COLON_TITLED.fullmatch(host)
    return (
        m is not None
        and {"year", "volume", "issue", "pages"} <= values.keys()
        and re.search(r"\d\D+\d", values["pages"]) is not None
        and not is_place(m.group("head"))
        and re.search(rf"\b{IN_WORD}\s?:", host) is None
    )


# No journal's name (150 characters at most) with its numbering is longer
LONGEST = 400


@dataclass(frozen=True, slots=True)
class Serial:
    """A journal's name and the numbering of the issue an article is in."""

    host: str
    year: str | None  # (Springer's compact form writes it before the title)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None


def _item(segment: str) -> tuple[str, dict[str, str]] | None:
    for name, pattern in _ITEMS:
        m = pattern.fullmatch(segment)
        if m is not None:
            found = {k: v for k, v in m.groupdict().items() if v}
            if name == "bare" and re.fullmatch(_YEAR, found["volume"]):
                return "year", {"year": found["volume"]}
            if name == "volume_issue" and re.fullmatch(_YEAR, found["issue"]):
                # MHRA's "12 (2015)": the volume and its year, no issue
                return name, {"volume": found["volume"], "year": found["issue"], "labelled": "yes"}
            if name in ("volume", "volume_issue"):
                found["labelled"] = "yes"  # "vol. 12", "12(3)": a journal's numbering
            return name, found
    return None


def _numbering(segments: list[str]) -> tuple[int, dict[str, str]] | None:
    """How many leading segments are the journal's, and the items after them."""
    values: dict[str, str] = {}
    at = len(segments)
    while at > 1:
        item = _item(segments[at - 1].strip())
        if item is None:
            break
        for key, value in item[1].items():
            if key in values:
                return None  # two volumes or two years: not one issue's numbering
            values[key] = value
        at -= 1
    return at, values


# The compact forms: Springer's "Eng Struct 56:1787–1799" (the year stands before the title),
# the same with the year after the pages, as computer science lists write it ("Commun ACM
# 21(7):558–565, 1978"), and Elsevier's "Eng. Struct. 56 (2013) 1787–1799"
# (and Harvard's, a comma after the journal and a double issue joined by "&": "Tydskrif,
# 56(1&2):347-360")
_COMPACT = lazy_compile(
    r"^(?P<host>[^\W\d_][^,:;()\d]{1,120}?)(?:,?\s)(?P<volume>\d{1,4})"
    r"(?:\s?\((?P<issue>[\w/&–-]{1,12})\))?"
    rf"(?::\s?|\s\((?P<year>{_YEAR})\)\s)(?P<pages>[A-Za-z]?\d+(?:\s?[-–—]\s?[A-Za-z]?\d+)?)"
    rf"(?(year)|(?:,\s(?P<after>{_YEAR})[a-z]?)?)$"
)


def _compact(text: str) -> Serial | None:
    m = _COMPACT.match(text)
    if m is None:
        return None
    host = tidy(m.group("host")) or ""
    year = m.group("year") or m.group("after")
    return Serial(host, year, m.group("volume"), m.group("issue"), m.group("pages"))


def read(text: str) -> Serial | None:
    """The journal and its numbering of ``text`` (what follows an article's title), or
    None when ``text`` is not a journal's name followed by its numbering only."""
    text = text.strip(" .")
    if len(text) > LONGEST:
        return None  # (and each reading stays linear in a long paragraph)
    compact = _compact(text)
    if compact is not None:
        return compact
    segments = _SEPARATOR.split(text)
    found = _numbering(segments)
    if found is None:
        return None
    at, values = found
    host = tidy(", ".join(segments[:at])) or ""
    german = _VOLUME_YEAR.match(segments[at - 1])
    if german is not None and not {"volume", "year"} & values.keys():
        host = tidy(", ".join([*segments[: at - 1], german.group("host")])) or ""
        values = {**values, "volume": german.group("volume"), "year": german.group("year")}
    ranged = re.search(r"\d\D+\d", values.get("pages", "")) is not None
    if not ({"issue", "labelled"} & values.keys() or ranged):
        return None  # no numbering but "1977, p. 45": a book's year and a cited page
    if "year" not in values and not ("labelled" in values and ranged):
        return None  # (Harvard and APA write the year after the names: "vol. 53, pp. 1-9")
    if not {"volume", "pages"} & values.keys():
        return None
    if not re.match(r"[^\W\d_]", host) or len(host) > 150:
        return None
    if _NOT_A_JOURNAL.search(host) and not _colon_titled(host, values):
        return None
    if re.search(r"(?<!\S)\d{2,}(?!\S)", host):
        return None  # "Collusion, 110 Am. Econ. Rev. 3267": Bluebook's volume, not a journal's name
    if _ABNT.match(segments[at]):
        host = _ABNT_PLACE.sub("", host)
    return Serial(
        host,
        values.get("year"),
        values.get("volume"),
        values.get("issue"),
        values.get("pages"),
    )
