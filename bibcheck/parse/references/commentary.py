"""Notes that comment rather than cite, and the citation inside a note that does both.

A footnote is not always a reference.  ``For a complex solution to this
problem, see the discussion above.`` cites nothing: it is **commentary**
(:attr:`~bibcheck.model.RefKind.COMMENTARY`), not a work to export, check or
find in the literature list.  ``On this, see Smith, J. Title. 2019.`` mixes a
lead-in with a citation: only the citation is the work.

The decision looks for bibliographic content, never for a list of notes:

* a URL or DOI, a year where citations put it (``(2019)``, ``, 2019.``,
  ``Smith 2019``), a quoted title of three words or more, a page locator
  (``p. 45``), a volume/issue (``12, no. 3``, ``vol. 5``), a publisher area
  (``New York: Norton``) or a GOST area separator / host mark;
* a lead-in (``On this, see``, ``See also``, ``Cf.``, ``Compare``, ``См.
  также``) or a first prose sentence is cut off when what follows it has
  that content and what precedes it has none.

:func:`citation_start` returns where the citation begins (0: the whole note)
and whether the note is commentary only.
"""

from __future__ import annotations

import re

_URL_OR_DOI = re.compile(r"https?://|www\.|\bdoi\s?:|\b10\.\d{4,9}/", re.I)
_CITED_YEAR = re.compile(
    r"[(\[,.:]\s?(?:1[5-9]|20)\d\d[a-z]?(?:\s?[–-]\s?\d{2,4})?\s?(?:[).,:;\]]|$)"
    r"|(?<![^\W\d_])[^\W\d_]{2,}+\s(?:et\sal\.\s)?(?:1[5-9]|20)\d\d[a-z]?(?:,|\))"
    r"|(?:^|\s)(?:1[5-9]|20)\d\d\.\s*$",
)
# (no opening mark inside: a run of 40,000 « is read once, not once per mark)
_QUOTED = re.compile(r"[“\"«„‘]([^”\"»“’«„‘]{3,}+)[”\"»“’]")
_LOCATOR = re.compile(
    r"\b(?:pp?|С|с|S)\.\s?\d|\b\d+,\sno\.\s?\d|\bvol\.\s?\d|\bТ\.\s?\d|№\s?\d", re.I
)
_PUBLISHER = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][\w.]*+(?:\s[A-Z][\w.]*+)?\s?:\s?[A-ZА-ЯЁ][^\s:]+")
_GOST = re.compile(r"\.\s[-–—]\s|\s//\s")
# Legal citations: "v. Smith", "§ 26", "c. 27", "302 P.3d 1145", "[1889] 2 Q.B. 301".
_LEGAL = re.compile(r"\bv\.\s[A-Z]|§|\bc\.\s?\d|\b\d++\s(?:[A-Z][\w.]*+\s?){1,4}+\d+\b")
# "Ibid., 45.", "Id. at 7", "Там же. С. 5", "Smith, op. cit.": a repeat of a citation
_REPEAT = re.compile(r"^\s*(?:ibid|id\.|там\s+же)|\b(?:op\.\s?cit|loc\.\s?cit|указ\.\s?соч)", re.I)
# "Ward, Finance of Canal Building, 41.": a shortened note (author, short title, page)
_SHORT_NOTE = re.compile(
    r"^\s*[A-ZА-ЯЁ][\w'’-]+(?:,?\s(?:and|&|и)\s[A-ZА-ЯЁ][\w'’-]+)*,\s[^,]{3,80},\s"
    r"(?:pp?\.\s?)?\d+(?:\s?[-–]\s?\d+)?\.?\s*$"
)
_LEAD_IN = re.compile(
    r"^(?:(?:on|for|about)\s+(?:this|that|these|details|more)[^.;:]{0,40}?,\s*"
    r"|for\s+(?:a|an|the)\s[^.;:]{0,60}?,\s*)?"
    r"(?:see(?:\s+also|\s+generally|\s+further|,?\s+e\.\s?g\.,?)?|cf\.|compare|"
    r"подробнее\s+см\.|см\.(?:\s+также)?|ср\.)\s+",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=(?:See|Cf\.|Compare|См\.|Ср\.)\s)")


def bibliographic(text: str) -> bool:
    """Does ``text`` carry what a citation has (URL, year, title, locator, publisher)?"""
    quoted = any(len(m.group(1).split()) >= 3 for m in _QUOTED.finditer(text))
    return bool(
        _REPEAT.search(text)
        or _SHORT_NOTE.match(text)
        or _URL_OR_DOI.search(text)
        or _CITED_YEAR.search(text)
        or quoted
        or _LOCATOR.search(text)
        or _GOST.search(text)
        or _LEGAL.search(text)
        or _PUBLISHER.search(text)
    )


def citation_start(text: str) -> tuple[int, bool]:
    """(offset where the citation starts, True when the note is commentary only)."""
    if not bibliographic(text):
        return 0, True
    lead = _LEAD_IN.match(text.lstrip())
    offset = len(text) - len(text.lstrip())
    if lead and bibliographic(text[offset + lead.end() :]):
        return offset + lead.end(), False
    for m in _SENTENCE.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if not bibliographic(head) and bibliographic(tail):
            inner = _LEAD_IN.match(tail)
            return m.end() + (inner.end() if inner else 0), False
    return 0, False
