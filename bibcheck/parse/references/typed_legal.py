"""Court decisions, statutes and treaties filed in a generic typed entry, by the shape of its
title and of what it says where the source was published.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles or
books) file legislation, case law and treaties as ``report``, whatever the container they are
cited in.  A BibTeX ``@misc``, a CSL ``document`` or a MediaWiki ``{{cite web}}`` has no type
for them; the entry's shape tells them:

* a case: its title names the parties either side of the word for *against* (``Brown v.
  Board of Education``, ``Smith vs. Jones``, French ``Dupont c. Durand``, Spanish ``Pérez
  contra García``, Esperanto ``Germanio kontraŭ Pollando``) and a law report's volume,
  series and page cites it (``howpublished = {347 U.S. 483}``, ``{12 F. Supp. 2d 34}``,
  ``{[1932] AC 562}``) -- or that citation makes the whole of where it was published;
* a statute: its short title ends in the act's word (``Coastal Fisheries Act``, ``Market
  Stalls Ordinance``, ``Public Wells Decree``), no person wrote it, and the entry cites the
  laws it is collected in (``Laws of Eastland 1990, Cap. M12``, ``Revised Statutes``) -- a
  title and a year alone may be a bill's or a report's;
* a treaty: its title opens with the treaty's name (:func:`.treaty_title.treaty_titled`) and
  no person wrote it -- the body whose site holds the text (a red cross committee, a
  university's library) is no author, only its host.

A book about a case (``Roe v. Wade: The Untold Story``), with no report's citation, keeps
its kind; so does a person's entry titled with a treaty's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.treaty_title import treaty_maker, treaty_titled

__all__ = ["case_titled", "legal_entry", "reporter_citation"]

# a party's name: capitalised words, "of", "the", "and", "de" between them, an initial, a
# comma ("Planned Parenthood of Southeastern Pennsylvania", "Marbury", "Ex parte Milligan")
_PARTY = r"[^\W\d_][\w.'’&-]{0,40}(?:,?\s[\w.'’&-]{1,40}){0,12}"
# the word for "against" between the parties, in the languages cases are cited in
_AGAINST = r"(?:v\.?|vs\.?|versus|c\.|contra|gegen|contre|kontraŭ|protiv|przeciwko|mot)"
_CASE = lazy_compile(rf"^(?:In\sre\s{_PARTY}|{_PARTY}\s{_AGAINST}\s{_PARTY})$")
# a law report's citation: volume, series and page ("347 U.S. 483", "12 F. Supp. 2d 34",
# "505 U.S. 833, 846 (1992)"), or the year in brackets first ("[1932] AC 562", "[2004] 1 WLR
# 123")
_REPORTER_TOKEN = r"(?:[A-Z][A-Za-z.]{0,8}|\d[a-z]{1,2}\.?)"
_REPORTER = lazy_compile(
    rf"^(?:\d{{1,4}}|\[\d{{4}}\](?:\s\d{{1,4}})?)\s(?P<series>{_REPORTER_TOKEN}(?:\s{_REPORTER_TOKEN}){{0,3}})"
    r"\s\d{1,5}(?:,\s\d{1,5})?(?:\s\([^()]{0,40}\))?\.?$"
)
# a statute's short title: the act's word closes it
_ACT_TITLE = lazy_compile(
    r"^(?:The\s)?[A-Z][\w'’-]{0,30}(?:\s(?:of|and|for|on|the|to|in|[A-Z][\w'’()-]{0,30})){0,10}"
    r"\s(?:Act|Ordinance|Decree|Edict|Statute)$"
)
# the laws a statute is collected in: "Laws of Eastland 1990, Cap. M12", "Laws of the
# Federation of Eastland, Cap. 300", "Revised Statutes of Canada", "Cap. 12"
_LAWS = lazy_compile(
    r"\b(?:Laws\sof\s(?:the\s)?[A-Z]|Revised\s(?:Statutes|Laws|Edition)|Statutes\sof\s[A-Z]"
    r"|Consolidated\s(?:Acts|Statutes|Laws)|Cap\.\s?[A-Z]?\d)"
)


def reporter_citation(text: str) -> bool:
    """Is ``text`` wholly a law report's citation (``347 U.S. 483``, ``12 F. Supp. 2d 34
    (D. Mass. 1998)``, ``[1932] AC 562``)?  The series is abbreviated: a dot in it, or
    capitals only (``AC``, ``WLR``) -- ``12 Volumes 300`` is none."""
    m = _REPORTER.match(" ".join(text.split()))
    if m is None:
        return False
    series = m.group("series")
    return "." in series or series.replace(" ", "").isupper()


def case_titled(title: str) -> bool:
    """Is ``title`` a case's name, the parties either side of *against* (``Brown v. Board of
    Education``, ``Dupont c. Durand``, ``In re Gault``), and no more (no subtitle)?"""
    flat = " ".join(title.replace("{", "").replace("}", "").split()).rstrip(".")
    return ":" not in flat and _CASE.match(flat) is not None


def _statute_titled(title: str, where: str) -> bool:
    """Is ``title`` a statute's short title (``Land Use Act``) collected in the laws ``where``
    names (``Laws of the Federation of Eastland, Cap. L5``)?"""
    if _ACT_TITLE.match(title) is None:
        return False
    # (a title and a year alone may be a bill's or a report's: the laws collecting it say so)
    return _LAWS.search(where) is not None


def legal_entry(title: str, year: str, where: Sequence[str], authors: Sequence[str]) -> bool:
    """Does a generic entry titled ``title``, of ``year``, published as ``where`` says (its
    ``howpublished``, ``note``, ``publisher``) and written by ``authors`` cite a case, a
    statute or a treaty (see the module)?"""
    flat = " ".join(title.replace("{", "").replace("}", "").split()).rstrip(".")
    places = [" ".join(w.replace("{", "").replace("}", "").split()) for w in where if w]
    reported = any(reporter_citation(place) for place in places)
    if reported and not authors:
        return True  # (the whole of where it was published is a report's citation)
    if case_titled(flat) and reported:
        return True
    bodies = all(treaty_maker(name.replace("{", "").replace("}", "")) for name in authors)
    if not bodies:
        return False
    return treaty_titled(flat) or _statute_titled(flat, " ".join(places))
