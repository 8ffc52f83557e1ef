"""Names, then the year and a full stop, then the title: the Harvard form without parentheses
that Elsevier's ``elsarticle-harv``, many earth-science, hydrology and economics journals and
the AGU-like house styles print::

    Nearing, G., Kratzert, F., Sampson, A.K., 2021. What role does hydrological science
        play in the age of machine learning? Water Resour. Res. 57, e2020WR028091.
    Kratzert, F. et al., 2019. Title. Hydrol. Earth Syst. Sci. 23 (12), 5089–5110.
    Beven, K., 2012. Rainfall-runoff modelling: the primer. Wiley, Chichester.
    Beck, T., M. Janfils and K. Kpodar, 2022. Title. World Development 150, 105–119.

The names are family-first persons (``Surname, I.`` or ``Surname I``), parted by commas
with ``and`` or ``&`` before the last, or the first of them and ``et al.``, and a comma
stands before the year (``Lee, K. 2015. Title.`` is Chicago's author-date, :mod:`.chicago`,
whose title may run to a journal's name alone) -- unless the names end with an initial and
an article's journal, volume and pages follow the title, as the older AMS lists write them
(``Wagner, K. L. and Miller, J. R. 2000. Title. J. Appl. Meteor. 39, 12–20.``).  That list is
what tells this form from a title with a year in it (``Report on the floods, 2021. Oslo``)
or an organisation's name.  The title ends at its first full stop, question or
exclamation mark (the journal's abbreviation after it has stops of its own); a journal is
``Journal Abbr. 57, 1–9`` or ``Journal 57 (3), 1–9``; what else follows the title is read
as APA reads it after ``(2021).`` (:mod:`.apa`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import apa, series_part
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["parse"]

# the names (no digits, no quotation marks or emphasis), the year and its full stop, the rest
_HEAD = lazy_compile(
    r"^(?P<names>[^\d()\[\]“”„«»\"*:;]{2,400}?)(?:(?P<comma>,)|(?<=[^\W\d_a-z]\.))\s"
    r"(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s+"
    r"(?P<after>\S.*)$"
)
_ET_AL = lazy_compile(r",?\s(?:et\sal\.?|and\sothers)$")
_PARTS = lazy_compile(r",\s(?:and\s|&\s)?|,?\s(?:and|&)\s")
_FAMILY = lazy_compile(rf"(?:{SURNAME}\s){{0,2}}{SURNAME}")
_INITIALS = lazy_compile(rf"{INITIALS}|[{U}](?:\.?-?[{U}]\.?)*")
# "Beven K", "Smith JA": the family name, then initials without stops
_COMPACT = lazy_compile(rf"{SURNAME}\s[{U}]{{1,3}}")
# "M. Janfils", "K. de Vries": a later name, given first
_GIVEN_FIRST = lazy_compile(rf"{INITIALS}\s(?:[a-z]{{1,3}}\s){{0,2}}{SURNAME}")
# the title's end: its first full stop, question or exclamation mark before a capital,
# not an initial's ("… in R. Journal": a one-letter word keeps its stop)
_TITLE_END = lazy_compile(r"(?<!\s[^\W\d_])(?<!^[^\W\d_])[.?!]\s+(?=[^\W\d_])")
# "Water Resour. Res. 57, e2020WR028091", "J. Hydrol. 598 (2), 126423", "Energy, 12, 1-9"
_JOURNAL = lazy_compile(
    rf"^(?P<journal>[{U}][^,()\d]{{0,150}}?),?\s(?P<vol>\d{{1,5}})(?:\s?\((?P<iss>[^()]{{1,20}})\))?"
    r",\s(?:pp?\.\s?)?(?P<pages>[A-Za-z]{0,3}\d[\w]*(?:\s?[–—-]\s?[A-Za-z]{0,3}\d+)?)\.?$"
)

# a report's or a series' number, no journal's volume: "Tech. Rep. No. 12, 34"
_NUMBERED = lazy_compile(r"\b(?:[Nn]o|Nr|[Vv]ol|Bd|[Rr]ep)\.$")


def _part_is_person_half(part: str, index: int) -> bool:
    if index % 2 == 0:
        return _FAMILY.fullmatch(part) is not None
    return _INITIALS.fullmatch(part) is not None


def family_first_names(names: str) -> bool:
    """Whether ``names`` is a list of family-first persons (``Nearing, G., Kratzert, F.``,
    ``Beven K``, ``Smith, J. et al.``, ``Beck, T., M. Janfils and K. Kpodar``)."""
    names = _ET_AL.sub("", names.strip())
    if not names:
        return False
    parts = [p.strip() for p in _PARTS.split(names)]
    if any(not p for p in parts):
        return False
    if all(_COMPACT.fullmatch(p) for p in parts):
        return True
    if len(parts) < 2 or not _part_is_person_half(parts[0], 0):
        return False
    if not _part_is_person_half(parts[1], 1):
        return False
    rest = parts[2:]
    if rest and all(_GIVEN_FIRST.fullmatch(p) for p in rest):
        return True  # "Beck, T., M. Janfils and K. Kpodar"
    if len(rest) % 2:
        return False
    return all(_part_is_person_half(p, i) for i, p in enumerate(rest))


def _journal(after: str, fields: Fields) -> Fields:
    """``fields`` with the title and journal of an article, when ``after`` (the text after
    the year) is ``Title. Journal Vol, pages``; else unchanged."""
    end = _TITLE_END.search(after)
    if end is None:
        return fields
    title = after[: end.start() + 1].rstrip(".").strip()
    tail = after[end.end() :].strip()
    # ("Dust in the belt. I. Grain sizes. Icarus 153, 1–9.": a paper in a series of
    # papers keeps its numeral and its own title, :mod:`.series_part`)
    title, tail = series_part.part_after(title, tail) or (title, tail)
    facts = _JOURNAL.match(tail)
    if facts is None:
        return fields
    return replace(
        fields,
        title=title or fields.title,
        container=facts.group("journal").strip(" ,"),
        volume=facts.group("vol"),
        issue=facts.group("iss"),
        pages=facts.group("pages"),
        publisher=None,
        place=None,
        chapter=False,
        book=False,
        kind=RefKind.ARTICLE,
    )


def parse(body: str) -> Fields | None:
    """The fields of ``Names, 2021. Title. Journal 57, 1–9.``, or None for another shape."""
    m = _HEAD.match(body)
    if m is None or not family_first_names(m.group("names")):
        return None
    names, year, after = m.group("names"), m.group("year"), m.group("after")
    read = apa.parse(f"{names} ({year}). {after}")
    if read is None:
        return None
    fields = replace(read, style="harvard", year=year_of(year))
    if m.group("comma") is None:
        # ("Wagner, K. L. and Miller, J. R. 2000. Title. J. Appl. Meteor. 39, 12–20.", the
        # older AMS form: with no comma before the year, only an article's journal, volume
        # and pages tell it from Chicago's author-date, :mod:`.chicago`)
        read_article = _journal(after, fields)
        if read_article.kind is not RefKind.ARTICLE:
            return None
        return None if _NUMBERED.search(read_article.container or "") else read_article
    if re.search(r"\d", after) is None:
        return fields
    return _journal(after, fields)
