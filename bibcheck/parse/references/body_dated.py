"""An organisation as the author of an author-date entry, as the Harvard, Chicago
author-date, APA and AMS lists of every language write it:

``World Health Organization, 2019. Title.``, ``Bundesagentur für Arbeit. 2021. Title.``,
``Statistisches Bundesamt (Hrsg.) (2021). Title.``, ``IPCC, 2021: Title.``

An organisation's name is kept whole and the way round it is written (never inverted as a
person's: ``Osservatorio Smart Working`` is no ``Smart Working, Osservatorio``).  A parser
that read no author from such an entry took the organisation for the title; one that read it
may have kept the editor's mark (``(Hrsg.)``) with the name, or the year before the colon
(AMS: ``IPCC, 2021: Title``) with the title.  Only an entry whose head is an organisation
(:func:`bibcheck.parse.references.corporate.is_organisation`) or an acronym is changed.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Reference
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import U

__all__ = ["dated_body"]

# the mark of the editor an organisation is named as ("(Hrsg.)", "(Hg.)", "(ed.)", "(eds.)",
# "(a cura di)", "(dir.)", "(coord.)", "(org.)", "(red.)", "(ред.)")
_EDITOR_MARK = role_marks.MARK  # (:mod:`.role_marks`)
_EDITED = lazy_compile(rf"^(?P<org>\S.*?)\s{_EDITOR_MARK}$")
# "Org, 2019. Title.", "Org. 2021. Title.", "Org (Hrsg.) (2021). Title.", "Org (2020): Title."
_HEAD = lazy_compile(
    r"^(?P<org>[^\W\d_][^.,:;()\d“”\"«»*\[\]]{1,120}?)"
    rf"(?:\s{_EDITOR_MARK})?[.,]?\s\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?[.,:]\s"
    r"(?P<title>[^\W\d_][^.]{2,300}?)(?:\.\s|\.?$)"
)
# an acronym, of any alphabet's capitals ("WHO", "ŠVPÚ", "ČSÚ"), or two or three of them
# (a body and its country: "ÚVZ SR", "MZ ČR")
_ACRONYM = lazy_compile(rf"[{U}]{{2,8}}(?:\s[{U}]{{2,8}}){{0,2}}")
# a statute's short title before its year ("Greater London Authority Act 1999", "Local
# Government (Wales) Measure 2011", "Public Health Ordinance 1936"): the act's name, no body's
# though it names one, the year its title's
_STATUTE_NAME = lazy_compile(
    r"\s(?:Act|Acts|Ordinance|Regulations|Rules|Order|Measure|Code|Statute|Bill)$"
)


def dated_body(ref: Reference) -> Reference:
    """``ref`` with an organisation heading an author-date entry made its author whole, the
    editor's mark cut from its name and the year before a colon cut from its title."""
    ref = _unmarked(ref)
    ref = _titled_after_year(ref)
    if ref.authors and ref.title and ref.title.strip(" .") not in ref.authors:
        return ref
    head = _HEAD.match(" ".join(ref.raw.split()))
    if head is None:
        return ref
    org = head.group("org").strip()
    if _STATUTE_NAME.search(org):
        return ref
    if not (is_organisation(org) or _ACRONYM.fullmatch(org)):
        return ref
    if ref.year_raw is not None and ref.year_raw[:4] != head.group("year"):
        return ref
    if ref.authors and ref.authors != (org,):
        return ref
    anomalies = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(
        ref, authors=(org,), title=head.group("title").strip(), anomalies=anomalies
    )


def _unmarked(ref: Reference) -> Reference:
    """``Statistisches Bundesamt (Hrsg.)`` -> ``Statistisches Bundesamt``: an organisation
    named as the editor is the author (a person's mark is cut by the parsers already)."""
    if len(ref.authors) != 1:
        return ref
    edited = _EDITED.match(ref.authors[0])
    if edited is None or not is_organisation(edited.group("org")):
        return ref
    return dataclasses.replace(ref, authors=(edited.group("org"),))


def _titled_after_year(ref: Reference) -> Reference:
    """``IPCC, 2021: Climate Change 2021: …``: the year the entry is dated by, written
    before a colon after an organisation (AMS), is no part of the title."""
    title = ref.title or ""
    year = ref.year_raw or ""
    if (
        len(ref.authors) != 1
        or not (is_organisation(ref.authors[0]) or _ACRONYM.fullmatch(ref.authors[0]))
        or not year
        or not title.startswith(f"{year}: ")
    ):
        return ref
    return dataclasses.replace(ref, title=title[len(year) + 2 :].strip())
