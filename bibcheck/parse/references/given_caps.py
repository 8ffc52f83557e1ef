"""Notes that name a person given name first and family name in capitals, then the title.

Czech and Slovak humanities journals (art history, history: *Umění*, *Český časopis
historický*), and French, Italian and Spanish notes with them, print a note's authors as
``Jméno PŘÍJMENÍ``, the family name in capitals, then the title after a comma:

* a book: ``Jan NOVÁK, *Gotické malířství*, Praha: Academia 1984, s. 12.`` (the imprint
  ``Place: Publisher Year`` with no comma before the year, or ``Place, Publisher, Year``);
* an edited volume or an exhibition catalogue: ``Eva DVOŘÁKOVÁ (ed.), *Title*, kat. výst.,
  Brno: … 2001`` (``(ed.)``, ``(eds.)``, ``(red.)``, ``(éd.)``, ``(dir.)``, ``(Hrsg.)``:
  the volume has editors only, no authors);
* an article: ``Petra HORÁKOVÁ, Title. Subtitle, *Journal* 14, 2018, s. 45–72.`` (the title
  plain, the journal in italics with its volume);
* a chapter: ``Paul SMITH, Title, in: Ann Roe (ed.), *Book*, York: Press 2000, s. 9–17.``

Several people are joined by a dash (``Barbara DRAKE BOEHM – Jiří FAJT (eds.)``), ``a``,
``et``, ``and`` or ``&``.  A person is returned inverted, the family name in ordinary case
(``NOVÁK`` → ``Novák, Jan``; ``HRUBÁ-NOVOTNÁ`` → ``Hrubá-Novotná, Tereza``): capitals are the
note's typography, not the name.  The title is the marked one (``*…*``, quotation marks) or
the plain words up to the italic container or the chapter's ``in:``; a plain note with no
such mark is left to the other parsers.  The family name is two or more capitals with a
vowel, after a given name (``Jan``, ``J.``, ``Jean-Paul``): Vancouver's ``Smith CA`` (the
initials after the family name, no vowel or one letter) is no such lead.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import L, U
from bibcheck.parse.references.quote_pairs import (
    APOSTROPHES,
    DOUBLE,
    DOUBLE_CLOSINGS,
    EN_SINGLE,
    TITLE_OPENINGS,
)
from bibcheck.parse.references.shared import Fields, year_of

__all__ = ["ordinary_case", "parse"]

_GIVEN = rf"(?:[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?|[{U}]\.(?:\s?-?[{U}]\.)?)"
_FAMILY_WORD = rf"[{U}][{U}'’]+(?:-[{U}][{U}'’]+)*"
_PARTICLE = r"(?:de|da|do|dos|del|della|di|du|van|von|der|den|le|la|d['’])"
_PERSON = (
    rf"(?P<given>{_GIVEN}(?:\s{_GIVEN}){{0,2}})\s"
    rf"(?P<family>(?:{_PARTICLE}\s)?{_FAMILY_WORD}(?:\s{_FAMILY_WORD}){{0,2}})"
)
_PERSON_RE = lazy_compile(_PERSON)
_JOIN = r"(?:\s[–—-]\s|,\s|\s(?:a|et|and|und|e|y|i)\s|\s&\s)"
_EDITOR = rf"\s?{role_marks.MARK}"  # "(ed.)", "(red.)", "(ed. a kol.)": :mod:`.role_marks`
_LEAD = lazy_compile(
    rf"^(?P<people>{_PERSON}(?:{_JOIN}{_PERSON.replace('?P<given>', '').replace('?P<family>', '')})"
    rf"{{0,5}})(?:\s(?:et\sal\.|a\skol\.))?(?P<editor>{_EDITOR})?,\s(?P<rest>.+)$",
    re.DOTALL,
)
_VOWEL = re.compile(r"[AEIOUYÁÉÍÓÚŮÝĚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜŒÆØÅÃÕ]")
_MARKED = lazy_compile(
    rf"^(?:\*(?P<i>[^*]{{2,400}})\*|[{TITLE_OPENINGS}'](?P<q>[^{DOUBLE}{EN_SINGLE}]{{2,400}})"
    rf"[{DOUBLE_CLOSINGS}{APOSTROPHES}])"
)
_IN = lazy_compile(r"^,?\s*(?:in|In|IN|v|V|dans|Dans)\s?:?\s")
_PLAIN_IN = lazy_compile(r",\s(?:in|In|v|dans)\s?:\s")
_PLAIN_JOURNAL = lazy_compile(r",\s\*(?P<j>[^*]{2,200})\*\s?,?\s(?P<v>\d{1,4})\b")
_JOURNAL = lazy_compile(r"^,\s\*(?P<j>[^*]{2,200})\*\s?,?\s(?P<v>\d{1,4})\b")
_YEAR = lazy_compile(r"(?<![\d–-])(?:1[5-9]|20)\d\d(?![\d–-])")
# what is no date after the imprint: a DOI or link (to the end), pages, plates, catalogue
# numbers ("s. 21–45", "kat. č. 38–41", "p. 12", "fig. 3")
_LINK_END = lazy_compile(r"(?:,\s|\s)(?:DOI|doi|URL|https?)\b.*$", re.DOTALL)
_LOCATOR = lazy_compile(
    r",\s(?:s|S|p|pp|str|kat\.\sč|cat\.\sno|č|no|nr|obr|fig|col|sl)\.\s?[\dIVXLC][\d\s–,-]*"
)
_EDITOR_IN = lazy_compile(_EDITOR)


def ordinary_case(word: str) -> str:
    """A name written in capitals in ordinary case: ``NOVÁK`` → ``Novák``,
    ``HRUBÁ-NOVOTNÁ`` → ``Hrubá-Novotná``, ``D'ARCY`` → ``D'Arcy``; a particle stays."""
    if re.fullmatch(_PARTICLE, word):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)


def _capitals(family: str) -> bool:
    """Capitals that spell a family name (a vowel, two letters or more in a word), not a
    Vancouver author's initials (``CA``, ``JMB``) nor a numeral after a name (``III``)."""
    words = [w for w in family.split() if not re.fullmatch(_PARTICLE, w)]
    if any(re.fullmatch(r"[IVXLC]+", w) for w in words):
        return False  # a generation's numeral ("Mark T. Riley III"), no family name
    return all(len(re.sub(r"\W", "", w)) >= 2 and _VOWEL.search(w) for w in words) and (
        sum(len(w) for w in words) >= 3
    )


def _people(lead: str) -> tuple[str, ...] | None:
    people = []
    for m in _PERSON_RE.finditer(lead):
        family = m.group("family")
        if not _capitals(family):
            return None
        name = " ".join(ordinary_case(w) for w in family.split())
        people.append(f"{name}, {m.group('given')}")
    return tuple(people) or None


def _year(tail: str) -> str | None:
    """The year of the imprint or issue: the last one before the pages and links."""
    years = _YEAR.findall(_LOCATOR.sub("", _LINK_END.sub("", tail)))
    return years[-1] if years else None


def parse(body: str) -> Fields | None:
    """Fields of a note whose authors are ``Given FAMILY`` (see the module), or None."""
    if len(body) > 1500:
        return None
    lead = _LEAD.match(body.strip())
    if lead is None:
        return None
    people = _people(lead.group("people"))
    if people is None:
        return None
    authors = () if lead.group("editor") else people
    rest = lead.group("rest").rstrip(" .")
    marked = _MARKED.match(rest)
    if marked is not None:
        title = (marked.group("i") or marked.group("q") or "").strip(" ,.")
        tail = rest[marked.end() :]
    else:
        cut = _PLAIN_IN.search(rest) or _PLAIN_JOURNAL.search(rest)
        if cut is None:
            return None  # (a plain title's end is not known here)
        title, tail = rest[: cut.start()].strip(" ,."), rest[cut.start() :]
    if not title or not tail.strip(" ,."):
        return None
    year = year_of(_year(tail))
    if _IN.match(tail):
        host = tail[_IN.match(tail).end() :]  # type: ignore[union-attr]
        italic = re.search(r"\*([^*]{2,300})\*", host)
        container = italic.group(1) if italic else None
        if container is None:
            editors = _EDITOR_IN.search(host)
            container = host[editors.end() :].split(",")[1].strip() if editors else None
        return Fields("given-caps", authors, title, year, container=container, chapter=True)
    journal = _JOURNAL.match(tail)
    if journal is not None:
        return Fields(
            "given-caps",
            authors,
            title,
            year,
            container=journal.group("j").strip(),
            volume=journal.group("v"),
            kind=RefKind.ARTICLE,
        )
    if year.year is None:
        return None
    return Fields("given-caps", authors, title, year, book=True)
