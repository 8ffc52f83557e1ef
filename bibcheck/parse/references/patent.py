"""Patent documents cited by their publication number, as patent specifications and search
reports list them: the number with its office code and kind code first, the applicant or
inventors in parentheses, the title, the publication date::

    US 9,412,875 B2 (Halvorsen, E. et al.), Fouling monitor for plate exchangers, 16 August 2016.
    EP 3 215 664 A1 (Lindgren Dairy Systems AB), Method for determining the need for cleaning, 2017
    WO 2019/087412 A1 (Quesnel, M.): Model-based fouling estimation. 9 May 2019.
    DE 10 2016 204 311 A1, Vorrichtung zur Belagserkennung, 21.09.2017
    U.S. Patent No. 7,654,321 (Rivera), Heat exchanger plate, 2010

The number is kept as written in :attr:`~bibcheck.model.Reference.issue` (a patent's
number is what identifies it); the applicant or inventors are the authors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import fields as f

__all__ = ["parse", "recognised"]

# offices' two-letter codes (WIPO ST.3) that patent lists commonly cite
_OFFICE = (
    r"(?:US|EP|WO|DE|JP|CN|GB|FR|KR|CA|AU|RU|SU|CH|AT|ES|IT|NL|SE|DK|FI|NO|BE|IN|BR|MX|TW|UA|PL"
    r"|CZ|IL|NZ|ZA|SG)"
)
_KIND = r"(?:\s?[ABCUTSYEH][0-9]?)"
_NUMBER = re.compile(
    r"^(?P<number>"
    rf"(?:{_OFFICE}\s?(?=\d)|U\.\s?S\.\s(?:Pat(?:ent)?\.?\s)?(?:No\.\s)?|US\sPat(?:ent)?\.?\s(?:No\.\s)?)"
    rf"\d[\d\s,./-]{{2,18}}\d(?:{_KIND}\b)?)"
    r"(?:\s?\((?P<who>[^()]{2,120})\))?"
    r"(?:[,:.;]\s+|\s[-–—]\s)(?P<rest>\S.*)$",
    re.S,
)
# the publication date at the end: "16 August 2016", "21.09.2017", "2017-09-21", "2016"
_DATE = re.compile(
    r"(?:[,.;]\s*|\s)(?:(?:published|publ\.|pub\.)\s)?"
    r"(?P<date>(?:\d{1,2}\s[A-Z][a-zé]+\.?\s|[A-Z][a-z]+\.?\s\d{1,2},\s|\d{1,2}\.\d{1,2}\.|"
    r"\d{4}-\d{2}-\d{2}(?=\.?$))?(?P<year>(?:1[89]|20)\d\d)(?:-\d{2}-\d{2})?)\.?\s*$"
)
_PEOPLE = re.compile(r";\s|,?\s(?:and|&)\s|(?<=\.),\s(?=[A-Z])")
_ET_AL = re.compile(r",?\s(?:et\sal\.?|u\.\s?a\.)$")


def recognised(text: str) -> bool:
    """Does ``text`` start with a patent's publication number?"""
    m = _NUMBER.match(text.strip())
    return m is not None and sum(c.isdigit() for c in m.group("number")) >= 5


def _who(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    text = _ET_AL.sub("", text.strip())
    return tuple(p.strip() for p in _PEOPLE.split(text) if p.strip())


def parse(text: str, rest: str, line_starts: Sequence[int]) -> Reference | None:
    """The patent cited by ``rest`` (the text without its URLs), or None when it does
    not start with a patent's publication number."""
    m = _NUMBER.match(rest.strip())
    if m is None or sum(c.isdigit() for c in m.group("number")) < 5:
        return None  # ("CA 2019, Title": an author and a year, no patent's number)
    body = m.group("rest").strip()
    date = _DATE.search(body)
    title = body[: date.start()] if date else body
    title = title.strip(" .,;:") or None
    year = int(date.group("year")) if date else None
    return Reference(
        raw=text,
        line=line_starts[0],
        end_line=line_starts[-1],
        kind=RefKind.PATENT,
        style="patent",
        authors=_who(m.group("who")),
        title=title,
        year=year,
        year_raw=date.group("year") if date else None,
        issue=" ".join(m.group("number").split()),
        language=f.detect_language(body),
    )
