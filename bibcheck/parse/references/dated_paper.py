"""A newspaper's article in Vancouver's order: the paper's name as a sentence, then the
issue's full date, no volume::

    Campbell D. Headline words. *The Guardian*. 19 May 2024.
    Dupont M. Titre de l'article. Le Monde. 3 mai 2024.
    Weber K. Überschrift. Süddeutsche Zeitung. 4. Mai 2024.
    García L. Titular. El País. 5 de mayo de 2024.
    Lee K. Headline. The New York Times. 2024 May 19;Sect. A:1.
    Ruiz P. Titular. La Voz (Vigo). 2024 may 19;12.

A journal's article gives a volume after its year, a book a place and a publisher; a name
followed by a day's date alone is a periodical's issue, the work an article in it (as the
corpora key newspaper articles).  A place, a publisher or an organisation in the paper's
place (``World Health Organization. 19 May 2024.``) names a body's page, never a paper.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.fields import parse_date
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.shared import has_publisher_word
from bibcheck.parse.references.title_end import after_title

__all__ = ["PaperIssue", "online_paper_article", "paper_issue"]

_YEAR = r"(?:1[6-9]|20)\d\d"
_MONTH = r"[^\W\d_]{3,10}\.?"
# "19 May 2024", "4. Mai 2024", "5 de mayo de 2024", "May 19, 2024", "2024 May 19"
_DATE = (
    rf"(?:\d{{1,2}}\.?\s(?:de\s)?{_MONTH}\s(?:de\s)?{_YEAR}|{_MONTH}\s\d{{1,2}},?\s{_YEAR}"
    rf"|{_YEAR}\s{_MONTH}\s\d{{1,2}})"
)
_ISSUE = lazy_compile(
    rf"^(?P<paper>[*_]?[^\W\d_][^.;:()\[\]*_\d]{{1,80}}?[*_]?)"
    # (the place a paper is published in, after its name: "Las Provincias (Valencia)",
    # "The Times (London)")
    r"(?:\s\((?P<place>[^\W\d_][^.;:()\[\]*_\d]{1,40})\))?"
    # (the paper online, NLM's medium designator after its name: "El País [Internet]")
    r"(?:\s\[(?i:Internet|Online|en\slínea|em\slinha|en\sligne|on-line)\])?"
    rf"\.\s(?P<date>{_DATE})(?!\d)"
    # a section and a page ("; Sect. A:1", ":4", ", p. 4"), a citation date in brackets
    r"(?:\s?[;:,][^\[\]]{0,30}?)?(?:\s?\[[^\[\]]{1,60}\])?\.?"
    # (the label of the address cut out after it: "Available from:", "Disponible en:")
    r"(?:\s(?:Available\sfrom|Disponible\sen|Disponível\sem|Disponibile\sda|Verfügbar\sunter)"
    r"\s?:?)?$"
)


@dataclass(frozen=True)
class PaperIssue:
    """The paper's name and the issue's date as written."""

    paper: str
    date: str
    year: str  # the date's four digits


def paper_issue(text: str) -> PaperIssue | None:
    """The paper and the date of ``text`` (what follows a Vancouver title) when it is a
    paper's name then a day's date (see the module); None otherwise."""
    m = _ISSUE.match(text.strip())
    day = parse_date(m.group("date")) if m is not None else None
    if m is None or day is None:
        return None
    paper = m.group("paper").strip("*_ ")
    if is_place(paper) or has_publisher_word(paper) or is_organisation(paper):
        return None
    return PaperIssue(paper, m.group("date"), str(day.year))


# the paper's name with NLM's medium designator, as a newspaper online is listed
_ONLINE_PAPER = lazy_compile(
    r"^[.\s]*[^.\[\]]{2,80}?\s\[(?i:Internet|Online|en\slínea|em\slinha|en\sligne|on-line)\]\.\s"
)
# the address after it, bare or as a Markdown link
_ADDRESS = lazy_compile(r"\s?(?:\[[^\[\]]{1,500}\]\([^()\s]{1,500}\)|<?(?:https?://|www\.)\S+>?)")


def online_paper_article(ref: Reference) -> Reference:
    """``ref`` an ``article`` in its paper when what follows its title is a paper's name
    with the online medium, then the issue's date (``Title. El Diario [Internet]. 24 ago
    2023 [citado …]. Disponible en: …``), though a parser read it as a web page or no kind;
    as it is otherwise."""
    if ref.kind not in (RefKind.WEB, RefKind.UNKNOWN) or not ref.title or ref.host:
        return ref
    after = after_title(ref.raw, ref.title)
    if after is None or _ONLINE_PAPER.match(after) is None:
        return ref
    issue = paper_issue(_ADDRESS.sub("", after).strip(" ."))
    if issue is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=issue.paper)
