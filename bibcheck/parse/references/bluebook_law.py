"""United States authorities as the Bluebook cites them in notes: codes, restatements and
a case cited by its reporter alone.

::

    Fair Credit Reporting Act, 15 U.S.C. § 1681n(a) (2018)      (a statute by its name)
    42 U.S.C. §§ 1983–1988 (2018)                                (the code alone)
    740 Ill. Comp. Stat. 14/1–99 (2008), Cal. Civ. Code § 1798.100 (West 2020)
    Restatement (Second) of Torts § 652B cmt. a (Am. L. Inst. 1977)
    141 S. Ct. 2190, 2200 (2021)          (the case named in the sentence, not the note)
    Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010)   (an act by its number)
    An Act to Create a Water Board [WATER CODE], Republic Act No. 77 (1951)

A statute and a case are ``report`` (the corpora's kind for legislation and case law), a
restatement a ``book``; the code's title, section and the publisher of an annotated code are
no part of any title (Bluebook rules 12.3, 12.9.5 and 10.3).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["designated_act", "italic_signal_end", "reporter_only", "restatement", "us_statute"]

# the year in the parentheses, after an annotated code's publisher or a supplement ("(West
# 2020)", "(Supp. IV 2022)", "(Am. L. Inst. 1977)")
_DATED = rf"\s\((?:[^()]{{0,40}}?\s)?(?P<year>{_YEAR})\)"
_END = r"(?=[\s.,;]|$)"
# a section and its subsections: "1681n(a)", "1798.100", "14/1–99", "652B", "2-207(1)(b)"
_SECTION = r"[\w.:–-]{1,20}(?:\([\w]{1,4}\)){0,4}"
_SECTIONS = rf"{_SECTION}(?:(?:,\s|\s?[–-]\s?|\s&\s){_SECTION}){{0,4}}"
# a code: its title number, then its abbreviated name ("15 U.S.C.", "24 C.F.R.", "740 Ill.
# Comp. Stat.", "Cal. Civ. Code", "N.Y. Gen. Bus. Law"), then the section mark or, in
# Illinois, "chapter/section"
_CODE = (
    r"(?:\d{1,4}\s)?(?P<code>[A-Z][\w.’'&]{0,12}(?:\s(?:&\s)?[A-Z][\w.’']{0,12}){0,5})"
    rf"\s(?:§§?\s?{_SECTIONS}|(?:(?<=Stat\.\s)|(?<=ILCS\s))\d{{1,4}}/{_SECTIONS})"
)
# the statute's popular name before the code: "Fair Credit Reporting Act, "
_NAME = (
    r"(?P<name>[A-Z][\w’'.-]*(?:\s(?:of|and|for|on|the|to|in|&|[A-Z][\w’'.-]*|\d{4})){0,14}"
    r"\s(?:Act|Code|Law|Amendments?|Statute|Rules?|Regulations?)(?:\sof\s\d{4})?)"
)
_STATUTE = lazy_compile(rf"^(?:{_NAME},\s)?{_CODE}(?:{_DATED})?{_END}")
# the code's name says it is a code: an abbreviation's stop, or a code's word
_CODE_WORD = lazy_compile(r"\.|\b(?:Code|Law|Stat|Laws|ILCS)\b")
# a word in capitals is a name or a heading ("EUROPEAN DATA PROTECTION BOARD. Guidelines
# 05/2020"), not a code's abbreviation (but Illinois's "ILCS")
_CAPITALS = lazy_compile(r"\b(?!ILCS\b)[A-Z]{3,}\b")


def us_statute(body: str) -> Fields | None:
    """A statute cited in a United States code (see the module doc): its popular name the
    title when given, or None."""
    m = _STATUTE.match(body)
    if (
        m is None
        or _CODE_WORD.search(m.group("code")) is None
        or _CAPITALS.search(m.group("code")) is not None
    ):
        return None
    name = m.group("name")
    return Fields(
        "legal",
        (),
        name,
        year_of(m.group("year")),
        kind=RefKind.REPORT,
        untitled=name is None,  # (a code's section has no title to read)
    )


# the American Law Institute's restatements and model codes, by their titles: "Restatement
# (Second) of Torts", "Restatement of the Law Third, Agency", "Model Penal Code",
# "Principles of the Law of Software Contracts"
_RESTATEMENT = lazy_compile(
    r"^(?P<title>Restatement\s(?:\((?:First|Second|Third|Fourth)\)\s)?(?:of\s)?"
    r"(?:the\sLaw(?:\s(?:First|Second|Third|Fourth))?,?\s)?[A-Z][\w’'&,]*(?:\s(?:of|and|&|the"
    r"|[A-Z][\w’'&,]*)){0,8}"
    r"|Model\sPenal\sCode|Principles\sof\sthe\sLaw(?:\sof)?(?:\s(?:of|and|&|[A-Z][\w’'&,]*)){1,8})"
    rf"\s§§?\s?{_SECTIONS}(?:,?\s[^()§;]{{0,40}}?)?{_DATED}"
)


def restatement(body: str) -> Fields | None:
    """A restatement or model code of the American Law Institute (a book), or None."""
    m = _RESTATEMENT.match(body)
    if m is None:
        return None
    return Fields(
        "legal",
        (),
        m.group("title").rstrip(","),
        year_of(m.group("year")),
        book=True,
        kind=RefKind.BOOK,
    )


# a reporter: abbreviated words with their stops and a series ("U.S.", "S. Ct.", "F.3d",
# "F. Supp. 2d", "A.2d", "N.E.3d", "Cal. Rptr. 3d", "L. Ed. 2d")
_REPORTER = r"[A-Z][A-Za-z]{0,6}\.(?:\s?(?:[A-Z][A-Za-z]{0,6}\.|\d(?:d|th)\b)){0,4}"
# a case cited by its reporter alone, the sentence naming it: "141 S. Ct. 2190, 2200 (2021)"
_REPORTED = lazy_compile(
    rf"^\d{{1,4}}\s(?P<reporter>{_REPORTER})\s\d{{1,6}}"
    r"(?:,\s\*?[\d–-]{1,12}(?:\s(?:&\s)?nn?\.\s?\d{1,3})?)*"
    rf"{_DATED}{_END}"
)
# a periodical's abbreviations: an article, not a case ("91 Mich. L. Rev. 163 (1992)")
_PERIODICAL = lazy_compile(r"\b(?:Rev|J|Q)\.")


def reporter_only(body: str) -> Fields | None:
    """A case cited by its volume, reporter and page alone (its name in the text the note
    is on), untitled, or None."""
    m = _REPORTED.match(body)
    if m is None or _PERIODICAL.search(m.group("reporter")):
        return None
    return Fields("legal", (), None, year_of(m.group("year")), kind=RefKind.REPORT, untitled=True)


# Bluebook's signals in italics, as a law review's page or a Word file keeps them: "*See,
# e.g.*, ", "_Cf._ ", "*But see* ", "*See generally* ", "*Compare* " (rule 1.2)
_ITALIC_SIGNAL = lazy_compile(
    r"^\s*(?P<mark>[*_]{1,2})(?:See(?:\salso|\sgenerally)?|Cf\.|Compare|Accord|Contra|E\.g\."
    r"|But\s(?:see|cf\.))(?:,\se\.g\.)?(?P=mark),?\s+(?=\S)",
    re.I,
)


def italic_signal_end(text: str) -> int:
    """Where an italic signal before a note's citation ends (0: none)."""
    m = _ITALIC_SIGNAL.match(text)
    return m.end() if m is not None else 0


# An act by its name (maybe its short name in brackets), then its designation and number as
# the Bluebook and the Philippine manual cite acts, maybe its Statutes at Large page, then the
# year: "Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010)", "An Act to Create a
# Water Board [WATER CODE], Republic Act No. 77 (1951)", "Revised Forest Code, Presidential
# Decree No. 705 (1975)".  The name, the title; the designation and number no part of it.
_DESIGNATION = (
    r"(?:Pub\.\sL\.|Priv\.\sL\.|Republic\sAct|Executive\sOrder|Presidential\sDecree"
    r"|Commonwealth\sAct|Batas\sPambansa(?:\sBlg\.)?|Act|Proclamation|Administrative\sOrder"
    r"|Letter\sof\sInstruction|General\sOrder|Ordinance)"
)
_DESIGNATED_ACT = lazy_compile(
    r"^(?P<name>[A-Z][^,;()\[\]]{2,200}?)(?:\s\[[^\[\]]{1,40}\])?"
    rf",\s{_DESIGNATION}\s(?:Nos?\.\s)?\d[\w-]{{0,14}}"
    r"(?:,\s\d{1,4}\sStat\.\s\d{1,6}(?:[,–-]\s?\d{1,6})?)?"
    rf"(?:,\s(?:§§?|[Ss]ec\.|[Aa]rt\.)\s?[^()]{{1,30}})?{_DATED}{_END}"
)


def designated_act(body: str) -> Fields | None:
    """An act cited by its name and its designation and number (see :data:`_DESIGNATED_ACT`):
    its name the title, or None."""
    m = _DESIGNATED_ACT.match(body)
    if m is None:
        return None
    return Fields("legal", (), m.group("name"), year_of(m.group("year")), kind=RefKind.REPORT)
