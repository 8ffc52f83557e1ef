"""Patent documents cited by their publication number, as patent specifications and search
reports list them: the number with its office code and kind code first, the applicant or
inventors in parentheses, the title, the publication date::

    US 9,412,875 B2 (Halvorsen, E. et al.), Fouling monitor for plate exchangers, 16 August 2016.
    EP 3 215 664 A1 (Lindgren Dairy Systems AB), Method for determining the need for cleaning, 2017
    WO 2019/087412 A1 (Quesnel, M.): Model-based fouling estimation. 9 May 2019.
    DE 10 2016 204 311 A1, Vorrichtung zur Belagserkennung, 21.09.2017
    U.S. Patent No. 7,654,321 (Rivera), Heat exchanger plate, 2010

DIN ISO 690 writes the word "Patent" before the number, the publication date in parentheses
after it, then the inventors and the applicant with their roles, a colon and the title::

    Patent DE 10 2018 117 452 A1 (2020-01-23). MUSTER, Max ; BEISPIEL, Eva (Erfinder);
    Firma GmbH (Anmelder): Title of the invention

The number is kept as written in :attr:`~bibcheck.model.Reference.issue` (a patent's
number is what identifies it); the applicant or inventors are the authors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import din690
from bibcheck.parse.references import fields as f

__all__ = ["DESIGNATION", "parse", "recognised", "titled_first"]

# offices' two-letter codes (WIPO ST.3) that patent lists commonly cite
_OFFICE = (
    r"(?:US|EP|WO|DE|JP|CN|GB|FR|KR|CA|AU|RU|SU|CH|AT|ES|IT|NL|SE|DK|FI|NO|BE|IN|BR|MX|TW|UA|PL"
    r"|CZ|IL|NZ|ZA|SG)"
)
_KIND = r"(?:\s?[ABCUTSYEH][0-9]?)"
_NUMBER = lazy_compile(
    r"^(?:(?:Patent(?:schrift|anmeldung)?|Offenlegungsschrift|Gebrauchsmuster|Patent\s"
    r"application)\s(?:Nr\.\s|No\.\s)?(?=[A-Z]{2}\s?\d))?(?P<number>"
    rf"(?:{_OFFICE}\s?(?=\d)|U\.\s?S\.\s(?:Pat(?:ent)?\.?\s)?(?:No\.\s)?|US\sPat(?:ent)?\.?\s(?:No\.\s)?)"
    rf"\d[\d\s,./-]{{2,18}}\d(?:{_KIND}\b)?)"
    r"(?:\s?\((?P<who>[^()]{2,120})\))?"
    r"(?:[,:.;]\s+|\s[-–—]\s)(?P<rest>\S.*)$",
    re.S,
)
# the publication date at the end: "16 August 2016", "21.09.2017", "2017-09-21", "2016"
_DATE = lazy_compile(
    r"(?:[,.;]\s*|\s)(?:(?:published|publ\.|pub\.)\s)?"
    r"(?P<date>(?:\d{1,2}\s[A-Z][a-zé]+\.?\s|[A-Z][a-z]+\.?\s\d{1,2},\s|\d{1,2}\.\d{1,2}\.|"
    r"\d{4}-\d{2}-\d{2}(?=\.?$))?(?P<year>(?:1[89]|20)\d\d)(?:-\d{2}-\d{2})?)\.?\s*$"
)
# A patent named after its title, as chemistry, engineering and IEEE lists write it: "U.S.
# Patent 11,234,567 B2", "US Patent 10,384,212", "U.S. Pat. No. 7,654,321", "European Patent
# EP 3 215 664", "Jpn. Kokai Tokkyo Koho JP 2019123456 A", "Patent No. WO 2019/087412 A1"
DESIGNATION = lazy_compile(
    r"(?:(?:U\.\s?S\.|US|USA|European|Eur\.|Japanese|Jpn\.|German|Ger\.|Chinese|Chin\.|British"
    r"|Brit\.|French|Fr\.|Canadian|Can\.|Korean|Russian|Int(?:ernational|\.)|World|PCT)\s?)?"
    r"(?:Pat(?:ent|\.)|Kokai\sTokkyo\sKoho)\s(?:Appl(?:ication|\.)\s)?(?:No\.\s?)?"
    rf"(?:{_OFFICE}\s?)?\d[\d\s,./-]{{2,18}}\d(?:{_KIND}\b)?"
)
# a publication date in the parentheses after the number: "(2020-01-23)", "(23.01.2020)"
_PAREN_DATE = lazy_compile(
    r"^(?:\d{1,2}\.\d{1,2}\.(?P<a>(?:1[89]|20)\d\d)|(?P<b>(?:1[89]|20)\d\d)-\d{2}-\d{2}"
    r"|\d{1,2}\s[A-Z][a-z]+\.?\s(?P<c>(?:1[89]|20)\d\d)|(?P<d>(?:1[89]|20)\d\d))$"
)
# DIN ISO 690's parties and their roles before the title's colon
_PARTIES = lazy_compile(
    r"^(?P<parties>[^:]{2,300}?\((?i:Erfinder|Anmelder|Inhaber|Patentinhaber|inventors?"
    r"|applicants?|assignees?)\))\s?:\s(?P<title>\S.*)$",
    re.S,
)
_ROLE = lazy_compile(r"\s?\((?P<role>[^()]{2,20})\)\s*$")
_INVENTOR = lazy_compile(r"(?i:erfinder|inventors?)")
_PEOPLE = lazy_compile(r";\s|,?\s(?:and|&)\s|(?<=\.),\s(?=[A-Z])")
_ET_AL = lazy_compile(r",?\s(?:et\sal\.?|u\.\s?a\.)$")


def recognised(text: str) -> bool:
    """Does ``text`` start with a patent's publication number?"""
    m = _NUMBER.match(text.strip())
    return m is not None and sum(c.isdigit() for c in m.group("number")) >= 5


def _who(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    text = _ET_AL.sub("", text.strip())
    return tuple(p.strip() for p in _PEOPLE.split(text) if p.strip())


def _parties(text: str) -> tuple[str, ...]:
    """The inventors of DIN ISO 690's ``A ; B (Erfinder); Firma (Anmelder)`` (names in
    capitals written as names), else the first party named."""
    groups = [g.strip() for g in re.split(r"(?<=\))\s?;\s?", text) if g.strip()]
    chosen = next(
        (g for g in groups if (r := _ROLE.search(g)) and _INVENTOR.fullmatch(r.group("role"))),
        groups[0] if groups else "",
    )
    names = _ROLE.sub("", chosen)
    names = din690.title_cased(f"{names}: x") or names
    return tuple(p.strip() for p in names.removesuffix(": x").split(";") if p.strip())


def parse(text: str, rest: str, line_starts: Sequence[int]) -> Reference | None:
    """The patent cited by ``rest`` (the text without its URLs), or None when it does
    not start with a patent's publication number."""
    m = _NUMBER.match(rest.strip())
    if m is None or sum(c.isdigit() for c in m.group("number")) < 5:
        return None  # ("CA 2019, Title": an author and a year, no patent's number)
    body = m.group("rest").strip()
    who = m.group("who")
    dated = _PAREN_DATE.match(who.strip()) if who else None
    people = _who(who) if dated is None else ()
    parties = _PARTIES.match(body)
    if parties is not None:  # "MUSTER, Max (Erfinder); Firma GmbH (Anmelder): Title"
        people, body = _parties(parties.group("parties")), parties.group("title")
    date = _DATE.search(body)
    title = body[: date.start()] if date else body
    title = title.strip(" .,;:") or None
    year_raw = date.group("year") if date else None
    if dated is not None:
        year_raw = next(g for g in dated.groups() if g)
    year = int(year_raw) if year_raw else None
    return Reference(
        raw=text,
        line=line_starts[0],
        end_line=line_starts[-1],
        kind=RefKind.PATENT,
        style="patent",
        authors=people,
        title=title,
        year=year,
        year_raw=year_raw,
        issue=" ".join(m.group("number").split()),
        language=f.detect_language(body),
    )


# the designation closing the title, its date after it: "Title, US Patent 10,384,212 B2, 2019"
_TITLE_END = lazy_compile(
    rf"[,.;]?\s(?:{DESIGNATION.pattern})(?:[,.]?\s[\w.,\s]{{0,20}}?(?:1[89]|20)\d\d)?$"
)


def titled_first(ref: Reference, rest: str) -> Reference:
    """``ref`` as a patent when its text names one after the title (``Names, Title, US
    Patent 10,384,212 B2, 2019``; ``Names, "Title," U.S. Patent 3 624 125, Jul. 16, 1990``):
    the designation is no part of the title, nor of a journal's name."""
    if ref.kind in (RefKind.PATENT, RefKind.COMMENTARY) or not ref.title:
        return ref
    found = DESIGNATION.search(rest)
    if found is None or sum(c.isdigit() for c in found.group(0)) < 5:
        return ref
    # (the text's line breaks and indents taken as single spaces, as the title is read)
    flat = " ".join(rest.split())
    at = flat.find(" ".join(ref.title.split()))
    before = flat.find(" ".join(found.group(0).split()))
    if at < 0 or at + len(ref.title) > before:  # (the title holds it)
        cut = _TITLE_END.search(ref.title)
        if cut is None:
            return ref  # "A study of U.S. Patent 4,000,000 litigation": a title about one
        title = ref.title[: cut.start()].strip(" ,.;") or None
        return replace(ref, title=title, kind=RefKind.PATENT)
    host = ref.host if ref.host and not DESIGNATION.search(ref.host) else None
    if host is not None and " ".join(host.split()) in " ".join(found.group(0).split()):
        host = None  # ("British Patent GB" read as a journal: the designation's words)
    return replace(ref, kind=RefKind.PATENT, host=host)
