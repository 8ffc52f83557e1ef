"""A paper in a conference's proceedings is a chapter (tests/corpus/README.md, "Kinds of
sources": conference papers in proceedings or at a named conference are ``chapter``).

Computer-science and engineering lists write the host after the title with "In": ``In
_Proceedings of the 40th International Conference on Software Engineering (ICSE '18)_, pp.
433–444``, ``In: Proc. 12th Workshop on …``, ``In _2019 12th IEEE Conference on Software
Testing (ICST)_, pp. 312–322``; Italian ``In Atti del convegno …``, French ``In Actes du
colloque …``, German ``In: Tagungsband der …``, Portuguese ``In: Anais do …``; ABNT NBR 6023
sets the word in italics and cuts the proceedings' title short after the event (``*In*: ACM
SIGMOD Conference …, 1993, Washington. *Proceedings* [...]. New York: ACM``).  A paper given
at a conference and not printed is cited by the event: ``communication au colloque « … »,
Lyon, 14 juin 2023``, ``paper presented at the Annual Meeting of …``: a chapter too.  Read
with no journal, such an entry comes out as an article (a preprint named beside it), a book,
a report (a conference's acronym read as a report's number: ``(OSDI 20)``) or nothing;
:func:`proceedings_chapter` makes it a chapter.  A journal named "Proceedings"
(``Proceedings of the National Academy of Sciences``, ``Proceedings of the IEEE``, ``Proc.
R. Soc. B``) with a volume stays an article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.quote_pairs import APOSTROPHES, EN_CLOSINGS
from bibcheck.parse.references.venues import conference_venue, venue_start

__all__ = ["given_at", "proceedings_chapter"]

# the host after the title: "In", "In:", "in:", emphasis may open it
_HOST = lazy_compile(
    # (ABNT sets the word in italics: "*In*: 14th USENIX Symposium …")
    # (the word in the languages that write it: Spanish and French "en"/"dans", Portuguese
    # "em", Italian "in"/"nel", German "in"/"im", Polish "w")
    # (after IEEE's quoted title the comma is inside the quotes: '"Title," in *Proc. …*')
    rf"(?:^|[.,][{EN_CLOSINGS}{APOSTROPHES}]?\s)(?:[*_]{{1,2}}(?=[Ii]n[*_]))?(?:[Ii]n|[Ee][nm]|[Dd]ans|[Nn]el(?:la)?|[Ii]m|[Ww])"
    r"(?:[*_]{1,2})?:?\s[*_]?(?P<host>"
    # proceedings by name, in the languages that write them so
    r"(?:Proceedings|Proc\.|Atti\s(?:del|della|dei)|Actes\s(?:du|de)|Tagungsband|Anais\s(?:do|da)"
    r"|Actas\s(?:del|de)|Sborník|Materiały\skonferencji|Trudy|Труды)(?!\w)"
    # or an event named by its kind, with its year or ordinal before it ("2019 12th IEEE
    # Conference on …", "14th International Symposium on …")
    r"|(?:(?:19|20)\d\d\s)?(?:\d{1,2}(?:st|nd|rd|th)\s)?(?:[A-Z][\w/&-]*\s){0,4}"
    r"(?:Conference|Symposium|Workshop|Congress|Convegno|Congresso|Congreso|Colloque"
    r"|Konferenz|Tagung)\b)"
)
# an event named bare with its year after "In": "In CVPR 2016.", "In Onward! 2019.", "In CHI
# 2020, pp. 1–12" (the name capitalised, up to four words, the year closing it; no month, no
# season, "In Press"/"In Review" no event)
_NAMED_EVENT = lazy_compile(
    rf"(?:^|[.,][{EN_CLOSINGS}{APOSTROPHES}]?\s)[*_]{{0,2}}In[*_]{{0,2}}:?\s[*_]?"
    r"(?!(?:Press|Preparation|Print|Review|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\b)"
    r"(?:[A-Z][\w'’&/+-]*!?\s){1,4}(?:19|20)\d\d[*_]?(?=[.,;:)]|\s*$)"
)
# a paper or talk given at an event, named after the title in the languages notes are
# written in: "communication au colloque « … »", "communication présentée aux journées …",
# "paper presented at the Annual Meeting …", "comunicação apresentada no …", "ponencia
# presentada en el …", "relazione al convegno …", "Vortrag auf der Tagung …"
_TALK = lazy_compile(
    r"(?:^|[.,]\s)(?:"
    r"(?i:communication|intervention|conférence|exposé)\s(?:(?:présentée?|prononcée?|faite?)\s)?"
    r"(?:au|aux|à\sla|à\sl['’]|lors\sd[ue]s?)\s(?i:colloque|congrès|journées?|séminaire"
    r"|atelier|conférence|rencontres?|symposium|workshop|table\sronde)\b"
    # (a speech too, at a conference its hosts name: "Speech at the Columbia University and
    # SGH Warsaw School of Economics conference", "Keynote speech at the SUERF, CGEG and
    # Bank of Finland conference")
    r"|(?i:(?:keynote\s)?(?:paper|talk|presentation|lecture|keynote|poster|speech|address))"
    r"\s(?:(?:presented|given|delivered|read)\s)?"
    r"(?:at|to)\s(?:the\s)?(?:\d{1,2}(?:st|nd|rd|th)\s)?"
    r"(?:[A-Z][\w'’&-]*,?\s|(?:and|of|for|on|&)\s(?=[A-Z])){0,10}"
    r"(?i:conference|symposium|workshop|congress|meeting|colloquium|seminar|convention|forum)\b"
    r"|(?i:comunicação|palestra|trabalho)\s(?:apresentad[oa]\s)?(?:no|na|ao|à)\s"
    r"(?i:congresso|simpósio|seminário|encontro|colóquio|jornada|conferência|workshop)\b"
    r"|(?i:ponencia|comunicación)\s(?:presentada\s)?(?:en\sel|en\sla|al)\s"
    r"(?i:congreso|simposio|seminario|encuentro|coloquio|jornadas?|conferencia)\b"
    r"|(?i:relazione|intervento)\s(?:presentat[ao]\s)?(?:al|alla|a)\s(?i:convegno|congresso"
    r"|seminario|giornat[ae])\b"
    r"|Vortrag\s(?:(?:gehalten\s)?(?:auf|bei|im|an)\s(?:der|dem|den)?\s?)(?i:Tagung|Konferenz"
    r"|Kongress|Jahrestagung|Workshop|Symposium|Kolloquium)\b"
    r")"
)
# "IEEE" ending the journal's name ("Proceedings of the IEEE, 77(2)", "Proc. IEEE 107"), not
# opening a conference's ("Proc. IEEE ICRA", "Proceedings of the IEEE International Conference
# on …")
_ALONE = r"(?=[*_,.;:)]|\s*+(?:vol\.\s?)?\d|\s*+$)"
# journals called proceedings, with a volume
_JOURNAL = lazy_compile(
    rf"^(?:Proceedings\sof\sthe\s(?:National\sAcademy|Royal\sSociety|IEEE{_ALONE}|American"
    r"\sMathematical|Nutrition\sSociety|Physical\sSociety|Linnean)"
    rf"|Proc\.\s(?:Natl|Nat\.|R\.|IEEE{_ALONE}))"
)
# (a report's number read in a conference's name, "(OSDI 20)", makes no report of the paper)
_TAKEN = (RefKind.ARTICLE, RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB, RefKind.REPORT)
# ABNT NBR 6023: the event, then its proceedings' title cut short: "… Conference on …, 2002,
# Marina del Rey. *Proceedings* [...]. New York: ACM", "*Anais* [...]", "*Actas* […]"
_ELIDED_PROCEEDINGS = lazy_compile(
    r"(?:^|[.,]\s)[*_]{0,2}(?:Proceedings|Anais|Actas|Atas|Actes|Atti|Annals)[*_]{0,2}\s"
    r"\[(?:\.\.\.|…)\]"
)


def given_at(part: str) -> bool:
    """Does ``part`` (a segment after a title) name a conference the work was given at
    (``communication au colloque « … »``, ``paper presented at the … Meeting``)?"""
    return _TALK.match(part.strip()) is not None


def _spaced(text: str) -> str:
    """``text`` with its spaces as one, and none before a colon (French spacing: "Titre :
    sous-titre", which a parser may give as "Titre: sous-titre")."""
    return re.sub(r"\s+(?=:)", "", " ".join(text.split()))


def proceedings_chapter(ref: Reference) -> Reference:
    """``ref`` as a chapter when, after its title, it names a conference's proceedings or a
    conference with "In"; otherwise unchanged."""
    if ref.kind not in _TAKEN or not ref.title:
        return ref
    raw, title = _spaced(ref.raw), _spaced(ref.title)
    at = raw.find(title)
    if at < 0:
        return ref
    if _TALK.search(raw, at + len(title)) is not None and ref.kind is not RefKind.ARTICLE:
        return replace(ref, kind=RefKind.CHAPTER)  # a paper given at a conference
    if _ELIDED_PROCEEDINGS.search(raw, at + len(title)) is not None:
        return replace(ref, kind=RefKind.CHAPTER)
    if _NAMED_EVENT.search(raw, at + len(title)) is not None:
        return replace(ref, kind=RefKind.CHAPTER)  # "In CHI 2020": a named event's paper
    m = _HOST.search(raw, at + len(title))
    if m is None:
        # ("Title. ICML 2005, pp. 625–632.", "Title. Proceedings of the 34th …": the venue
        # bare, no "In": :mod:`.venues`)
        after = raw[at + len(title) :]
        bare = conference_venue(after)
        return replace(ref, kind=RefKind.CHAPTER) if bare and not _journal_after(after) else ref
    if _JOURNAL.match(m.group("host") + raw[m.end() : m.end() + 40]):
        return ref
    return replace(ref, kind=RefKind.CHAPTER)


def _journal_after(after: str) -> bool:
    """Is the venue after a title a journal called proceedings ("Proceedings of the National
    Academy of Sciences 117")?"""
    return _JOURNAL.match(after[venue_start(after) :]) is not None
