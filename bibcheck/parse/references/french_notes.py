"""French humanities and agency notes and bibliographies (France, Belgium, Switzerland,
Quebec), as French documents write them:

* a book: ``Prénom NOM, *Titre*, Lieu, Éditeur, 2021, p. 63.`` (the place may be ``s. l.``,
  the publisher ``s. n.``, the year ``s. d.``; ``coll. « Série »``, ``2e éd.`` and the
  translator are no part of the title);
* an article: ``NOM Prénom, « Titre », *Revue*, vol. 12, n° 3, 2020, p. 1540-1565.`` (the
  year is the year written before the pages, never the last page; the title in single
  guillemets too, ``‹ Titre ›``, ``‹Titre›``);
* a chapter: ``Prénom Nom, « Titre », in Prénom Nom (dir.), *Livre*, Lieu, Éditeur, 2019``
  (``dans`` too);
* a corporate author before the title: ``Banque mondiale, AIE, IRENA, *Titre*, Washington
  (D.C.), 2023.`` (the bodies are the authors, the title is without them);
* a law or decree by its designation: ``Loi n° 2021-31 du 9 novembre 2021 portant Code de
  l'électricité, *Journal officiel* …`` (the whole designation and title is the title).

Bibliographies write the family name first in capitals (``NOM Prénom``, ``NOM DE LA
FAMILLE Prénom``), several people separated by ``,`` and ``et``; a person is returned as
``NOM, Prénom``.  A title is marked (« … », ‹ … › or ``*…*``: the guillemets of
:data:`.quote_pairs.FRENCH`) or, in a plain copy, found between
the names and the reference's end (``, Lieu, Éditeur, Année``), which only a note with a
French mark is read for.  Notes repeating a work (``op. cit.``, ``art. cit.``, ``Ibid.``)
are the repeat resolver's: :func:`parse` returns None for them, as for any other shape.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.nameparticles import DUTCH_TE, PARTICLES
from bibcheck.parse.references import (
    bodywords,
    family_given_head,
    online_edition,
    quote_pairs,
    role_marks,
)
from bibcheck.parse.references.patterns import FRENCH_MONTH, L, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.proceedings import given_at
from bibcheck.parse.references.shared import Fields, Year, year_of
from bibcheck.parse.references.volume_series import series_report, volume_title
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["parse", "person"]

# the guillemets French quotes a title in (« Titre », ‹ Titre ›), opening and closing
_OPENING = "".join(p.opening for p in quote_pairs.FRENCH)
_CLOSING = "".join(p.closing for p in quote_pairs.FRENCH)
_GUILLEMETS = re.escape(_OPENING + _CLOSING)
# a title spaced inside its guillemets as French sets it: "« Titre »", "‹ Titre ›"
_SPACED = "|".join(
    rf"{re.escape(p.opening)}\s[^{_GUILLEMETS}]{{2,}}\s[{re.escape(p.closing)}]"
    for p in quote_pairs.FRENCH
)
# a repeat of a work cited before: the repeat resolver's
_REPEAT = lazy_compile(
    r"\b(?:op\.\s?cit|art\.\s?cit(?:ée?)?|loc\.\s?cit|ouvr\.\s?cit(?:ée?)?|ibid|ibidem|idem)\b",
    re.I,
)
# what marks a note as French when its title is not marked
_FRENCH = lazy_compile(
    r"\bn°|\bnº|\(dir\.\)|\(éd\.\)|\(coord\.\)|\bcoll\.\s|\bs\.\s?l\.|\bs\.\s?d\.|\bs\.\s?n\."
    rf"|\bconsulté\sle\b|\bsq\.|\bet\ssuiv\.|\bPresses\s|\bÉditions\b|\bÉd\.\s|,\séd\.\s(?:[{U}]|cit\.)"
    rf"|\s:\s|[^\W\d_]\set\s[{U}]"
    # French spacing inside the guillemets ("« Titre »", "‹ Titre ›"; Spanish, Italian and
    # Portuguese write "«Título»")
    rf"|{_SPACED}"
    # an edition, a translation, a reprint or a thesis in French words: "3e éd.", "trad. de
    # l'anglais", "rééd.", "thèse de doctorat"
    r"|\b\d{1,2}(?:e|re|ème)\s?éd\.|\btrad\.\s(?:de|par)\s|\brééd\.|\bthèse\sde\sdoctorat\b"
)
# words of French prose no neighbouring language writes (two of them make a French title)
_FRENCH_WORD = lazy_compile(
    r"(?<![^\W\d_])(?:(?:et|des|du|aux|au|les|une|pour|sur|dans|avec|entre|ses|ces|cette|leurs?)(?![^\W\d_])"
    r"|(?:l|d|qu)['’](?=[^\W\d_]))",
    re.I,
)
# ", p. 12", ", pp. 12-14", ", p. 45 sq.", ", p. 7 et suiv." at the end
_PAGES = lazy_compile(
    r",\s(?:pp?|col)\.\s?(?P<p>[\dIVXLCivxlc]{1,6}(?:\s?[-–]\s?[\dIVXLCivxlc]{1,6})?)"
    r"(?:\s(?:sq|sqq|ss|et\ssuiv|et\ss)\.?)?\.?$"
)
# a segment that is no part of any field here: the series, the edition, the translator
_DROPPED = lazy_compile(
    r"^(?:coll\.|collection\s|trad\.|traduit\s|préf\.|préface\s|\d{1,2}(?:e|è|ème|re)\s?éd\.?"
    r"|rééd\.|nouv\.\s?éd\.|éd\.\s(?:revue|augmentée)|éd\.\s?cit\.?$|\[?en\sligne\]?(?:\s?:)?$|URL(?:\s?:)?$|\d{1,4}\sp\.?$)",
    re.I,
)
# the editor of the work, after its title: "éd. Jean Bruneau", "éd. par J. Bruneau", "éd. critique
# de …" (small "éd." and a name; "Éd. du Seuil" is a publisher)
_WORDED = lazy_compile(r"\w")
_EDITED_BY = lazy_compile(rf"^éd\.\s(?:(?:par|critique\sde|établie\spar)\s)?[{U}]")
_NO_PLACE = lazy_compile(r"^\[?s\.\s?l\.?\]?$", re.I)
_NO_PUBLISHER = lazy_compile(r"^\[?s\.\s?n\.?\]?$", re.I)
_NO_DATE = lazy_compile(r"^\[?s\.\s?d\.?\]?$", re.I)
# a year, or a date ending with its year: "2020", "mars 2020", "3 mai 2024", "1er juin 2019"
_YEAR_SEGMENT = lazy_compile(
    rf"^(?:(?:\d{{1,2}}(?:er)?\s)?(?i:{FRENCH_MONTH})\s)?(?:\[)?(?P<year>{_YEAR})(?:\])?"
    rf"(?:\s?[-–/]\s?{_YEAR})?[a-z]?"
    # the first edition's year after the one cited: "2009 [1968]", "1991 (1961)"
    rf"(?:\s[\[(]{_YEAR}[\])])?$"
)
# a place of publication: "Paris", "Aix-en-Provence", "Washington (D.C.)", "Montréal
# (Québec)", "Louvain-la-Neuve", "Saint-Louis"
_PLACE = lazy_compile(
    rf"^[{U}][{L}'’]+(?:[-\s](?:(?:la|le|les|en|sur|de|du|d['’])[-\s])?[{U}][{L}'’]+){{0,2}}"
    rf"(?:\s\([{U}][\w.\s]{{0,12}}\))?$"
)
_NUMBERING = lazy_compile(r"^(?:vol\.|t\.|tome\s|n°|nº|no\s|numéro\s|fasc\.)\s?\S", re.I)
_VOLUME = lazy_compile(r"^(?:vol\.|t\.|tome\s)\s?[\dIVXLC]", re.I)
_CHAPTER = lazy_compile(r"^(?:in|dans)\s", re.I)
# (any language's editors' mark, :mod:`.role_marks`: "(dir.)", "(coord.)", "(a cura di)", "(Hg.)")
_EDITOR = lazy_compile(rf"\s?(?:{role_marks.MARK})", re.I)
# the book a chapter is in, opened by its editors: "dans A (dir.)", and as the neighbouring
# languages write it with the same marks, Spanish "en A (coord.)", Portuguese "em A (org.)"
_HOSTED = lazy_compile(r"^(?:in|dans|en|em)\s", re.I)
_ET_AL = lazy_compile(r",?\s\*?et\sal\.\*?", re.I)
_REPORTED = lazy_compile(r"\b(?:rapport|report)\b", re.I)
_LAW = lazy_compile(
    r"^(?:Loi|Décret|Arrêté|Ordonnance|Circulaire|Décision|Directive|Règlement)\b"
    rf"[^,]{{0,80}}?(?:\bn[°º]\s?(?P<no>{_YEAR})?[-\d/]|\bdu\s\d{{1,2}}(?:er)?\s(?i:{FRENCH_MONTH})\s"
    rf"(?P<date>{_YEAR}))"
)
# where a law's designation and title end: its official gazette (Luxembourg's "Mémorial A",
# its collection of laws, "B", of administrative acts, "C", of companies' notices)
_GAZETTE = lazy_compile(
    r",\s\*?(?:Journal\sofficiel|J\.\s?O\.|JO\b|JORF\b|Moniteur\sbelge|Bulletin\sofficiel"
    r"|Feuille\sfédérale|RS\s\d|Recueil\s|Gazette\s|Mémorial\s[ABC]\b)"
)
_LAW_YEAR = lazy_compile(rf"\b(?:du|le)\s\d{{1,2}}(?:er)?\s(?i:{FRENCH_MONTH})\s(?P<y>{_YEAR})\b")
# a body as author: a French word for one, or an acronym
# (a body's word of :mod:`.bodywords`, whole or in its plural ("Organisationnel" is a
# title's), or a French body's word that is a title's too
# elsewhere -- "Cour" a courtyard; "Groupe", "Programme", English's too, which the table
# takes for a title's before a word in small letters, as a French name goes on -- or the
# French names and acronyms of the bodies French notes cite most)
_BODY = lazy_compile(
    bodywords.pattern(whole=True)
    + r"|\b(?:Cour|Groupe|Programme|Haut-Commissariat|Nations\sunies|OCDE|ONU|INSEE|Insee)\b"
)
# the English marks and the low double one open a title no French note quotes in (“, ", ‘,
# „); German »…«, Swedish ”…”, CJK 「…」 are left to French notes that quote in them
_FOREIGN_OPENINGS = "".join(
    p.opening
    for p in quote_pairs.PAIRS
    if p.name.startswith(("English", "typewriter double", "low double"))
)
# what a plain French note never writes: a title in English quotation marks (IEEE's “Title,”
# dans Actes), or the names inverted and closed by a period before the title (ISO 690's
# "DUPONT, Jean. Titre. Revue, 2012")
_OTHER_STYLE = lazy_compile(
    rf"(?:^|,\s)[{re.escape(_FOREIGN_OPENINGS)}]|^[^,]{{1,60}},\s[{U}][\w'’]*\.?(?:[\s-][{U}][\w'’]*\.?)*\.\s"
    # (a Chicago imprint in parentheses: "(Sherbrooke: Centre d’Études; Geneva: Droz, 1990)")
    r"|\([^()]{2,120}:\s[^()]{2,160}(?:1[5-9]|20)\d\d\)"
)
# a journal's volume and year in parentheses before the pages: a Chicago note's
_CHICAGO_ISSUE = lazy_compile(r"\s\((?:1[5-9]|20)\d\d[^()]{0,20}\)\s?:")
# Chicago's imprint in parentheses after the title, French spacing too: "*Titre*, t. 9
# (Paris : A. Morel, 1868), 373-462"
_CHICAGO_IMPRINT = lazy_compile(r"\([^():]{2,120}\s?:\s[^()]{2,160}(?:1[5-9]|20)\d\d\)")
# a body written in capitals, as bibliographies head it: "BANQUE MONDIALE", "LIGHTING GLOBAL"
_CAPS_BODY = lazy_compile(rf"[{U}][{U}'’&-]+(?:\s(?:[{U}][{U}'’&-]+|de|du|des|et)){{1,5}}")
_ACRONYM = lazy_compile(rf"[{U}][{U}\d&-]{{1,11}}")
_CAPS_WORD = lazy_compile(rf"(?:[{U}][{U}'’-]+|D['’][{U}]+|DE|DU|DES|LA|LE)")
_GIVEN_WORD = lazy_compile(
    rf"[{U}][{L}'’]+(?:-[{U}][{L}'’]+)?|[{U}]\.(?:-?[{U}]\.)?|[{U}][{L}]?\.-[{U}]\."
)
# (the shared ones but Dutch "ten" and "ter", as this parser has always read names; French
# "des" and the elided "d'")
_PARTICLE = (PARTICLES - DUTCH_TE) | {"des", "d'", "d’"}


def parse(body: str) -> Fields | None:
    """Fields of a French note or bibliography entry, or None."""
    if len(body) > 1500 or _REPEAT.search(body):
        return None
    law = _law(body)
    if law is not None:
        return law
    text = body.rstrip(" .")
    pages = _PAGES.search(text)
    if pages is not None:
        text = text[: pages.start()]
    page = re.sub(r"\s?[-–]\s?", "-", pages.group("p")) if pages else None
    marked = _marked(text)
    # (« » are Spanish, Italian and Portuguese marks too: "«Título», *Revista* 7 (1987): 23")
    if marked is not None and (
        _CHICAGO_ISSUE.search(marked[2]) or _CHICAGO_IMPRINT.search(marked[2])
    ):
        return None  # French words in Chicago's shape: Chicago's parser reads it
    if marked is not None and _french(body):
        head, title, rest = marked
        title = title[1:]
        authors = _authors(head)
        if authors is None:
            return None
        return _fields(authors, title, _segments(rest), page)
    if not _french(body):
        return None
    return _unmarked(text, page)


def _french(body: str) -> bool:
    """A French mark, or French words, in a note whose title is not marked."""
    if _FRENCH.search(body):
        return True
    return len({w.group(0).casefold().replace("’", "'") for w in _FRENCH_WORD.finditer(body)}) >= 2


def _law(body: str) -> Fields | None:
    m = _LAW.match(body)
    if m is None:
        return None
    gazette = _GAZETTE.search(body)
    title = body[: gazette.start()] if gazette else body
    title = title.strip(" .*")
    if len(title) > 300:
        return None
    dated = _LAW_YEAR.search(body)
    year = dated.group("y") if dated else (m.group("no") or m.group("date"))
    return Fields("french", (), title, year_of(year), kind=RefKind.UNKNOWN)


def _marked(text: str) -> tuple[str, str, str] | None:
    """The names, the title marked with « … », ‹ … › or ``*…*``, and what follows it."""
    quote = min((i for i in map(text.find, _OPENING) if i >= 0), default=-1)
    star = text.find("*")
    while star >= 0 and _ET_AL.match(text, max(star - 2, 0)) is not None:
        star = text.find("*", text.find("*", star + 1) + 1)  # "*et al.*" is no title
    starts = [i for i in (quote, star) if i >= 0]
    if not starts:
        return None
    at = min(starts)
    pair = quote_pairs.pair_opened_by(text[at]) if at == quote else None
    closing = pair.closing if pair is not None else "*"
    close = min((i for i in (text.find(c, at + 1) for c in closing) if i >= 0), default=-1)
    if close < 0:
        return None
    head = text[:at].rstrip()
    if head and not head.endswith(","):
        return None
    title = text[at + 1 : close].strip()
    after = text[close + 1 :]
    if not title or (after.strip() and not after.startswith(",")):
        return None  # ("*Title* (New York: Penguin, 2001)": Chicago's)
    mark = text[at]
    return head.rstrip(","), mark + title, after


def _segments(rest: str) -> list[str]:
    """The comma-separated parts of ``rest`` (a « … » or ‹ … › kept whole), the dropped
    ones out."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for i, ch in enumerate(rest):
        if ch in _OPENING or ch == "(":
            depth += 1
        elif (ch in _CLOSING or ch == ")") and depth:
            depth -= 1
        if ch == "," and depth == 0 and rest[i + 1 : i + 2] in (" ", ""):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    kept = [p.strip(" .*") if not p.strip().endswith(".)") else p.strip(" *") for p in parts]
    # (a part of punctuation only is what an address or an access date cut out left: "« Titre
    # », <url>, consulté le …" read as "« Titre », , .")
    return [
        p for p in kept if _WORDED.search(p) and not _DROPPED.match(p) and not _EDITED_BY.match(p)
    ]


def _fields(
    authors: tuple[tuple[str, ...], bool], title: str, rest: list[str], page: str | None
) -> Fields | None:
    people = authors[0]
    year = _year(rest)
    # (a journal's numbering comes before its year; "Lieu, Éditeur, 2005, t. 2" is a book's
    # volume after its imprint)
    dated = next((i for i, p in enumerate(rest) if _YEAR_SEGMENT.match(p)), len(rest))
    numbered = any(_NUMBERING.match(p) for p in rest[:dated])
    if rest and (_CHAPTER.match(rest[0]) or (_HOSTED.match(rest[0]) and _EDITOR.search(rest[0]))):
        if numbered and not any(_EDITOR.search(p) for p in rest):
            # "« Titre », dans *Revue*, n° 3, 2015": an article
            rest = [_CHAPTER.sub("", rest[0]).strip(" *"), *rest[1:]]
        else:
            book = _chapter_host(rest)
            editors = _chapter_editors(rest)
            return Fields(
                "french",
                people,
                title,
                year,
                container=book,
                pages=page,
                chapter=True,
                editors=editors,
            )
    if (
        rest
        and not _placed(rest[0])
        and not _NUMBERING.match(rest[0])  # ("Titre, t. IV, 1998": a book's volume)
        and (numbered or _year_next(rest))
    ):
        # "« Titre », Revue, vol. 12, n° 3, 2020": an article in its journal ("« Titre »,
        # Note rapide, n° 900, Paris, Institut, 2021": a report in the institution's series)
        volume = next((_number(p) for p in rest if re.match(r"^(?:vol\.|t\.|tome\s)", p)), None)
        issue = next((_number(p) for p in rest if re.match(r"^(?:n°|nº|no\s|numéro)", p)), None)
        reported = series_report(rest, _tail_place)
        return Fields(
            "french",
            people,
            title,
            year,
            container=rest[0],
            volume=None if reported else volume,
            issue=issue,
            pages=page,
            kind=RefKind.REPORT if reported else RefKind.ARTICLE,
        )
    if rest and given_at(rest[0]):
        # "« Titre », communication au colloque « X », Lyon, 14 juin 2023": a paper given
        return Fields("french", people, title, year, container=rest[0], pages=page, chapter=True)
    # "Histoire de la France urbaine, t. IV, M. Agulhon (dir.), La Ville de l'âge industriel,
    # Paris, Seuil, 1983": the volume cited, by its own title
    volume_named, after_volume = volume_title(rest, _tail_place)
    if volume_named:
        title, rest = volume_named, after_volume
    online = online_edition.only_online(rest)
    # ("*Correspondance*, édition électronique, <url>": a page online, no imprint)
    place, publisher = _place_publisher(rest) if not online else (None, None)
    kind: RefKind | None = RefKind.REPORT if _REPORTED.search(title) else RefKind.BOOK
    if not rest or online:
        # (nothing after the title but its address: a page online, as in every style, the
        # kind :func:`.shared.kind_of` gives; with no address, of no kind)
        kind = RefKind.REPORT if _REPORTED.search(title) else None
    return Fields(
        "french",
        people,  # (an edited book's editors: "L. Martin (dir.), *Titre*", cited by them)
        title,
        year,
        pages=page,
        publisher=publisher,
        place=place,
        kind=kind,
    )


def _chapter_host(rest: list[str]) -> str | None:
    """The book of ``in Prénom Nom (dir.), *Livre*, …``: the part after the editors."""
    first = _HOSTED.sub("", rest[0], count=1)
    for i, part in enumerate([first, *rest[1:]]):
        if _EDITOR.search(part):
            following = rest[i + 1] if i + 1 < len(rest) else None
            return following
    return first or None


def _chapter_editors(rest: list[str]) -> tuple[str, ...]:
    """The editors of ``in Prénom Nom (dir.), *Livre*, …`` (``dans A et B (dir.)``), kept
    as the book's (:func:`.role_marks.host_editors`)."""
    first = _HOSTED.sub("", rest[0], count=1)
    for i, part in enumerate([first, *rest[1:]]):
        if _EDITOR.search(part):
            return role_marks.host_editors(", ".join([first, *rest[1 : i + 1]]) + ", ")
    return ()


def _year_next(rest: list[str]) -> bool:
    """``Revue, 2020`` / ``Revue, mars 2020``: a journal and its date (``Journal, éd. de
    Lens, 4 mars 1962``: a newspaper's edition between them)."""
    dated = 2 if len(rest) >= 3 and _PAPER_EDITION.match(rest[1]) else 1
    return len(rest) > dated and _YEAR_SEGMENT.match(rest[dated]) is not None


# a newspaper's local or late edition, named after the paper: "éd. de Lens", "édition du soir"
_PAPER_EDITION = lazy_compile(r"^(?:éd\.|édition)\s(?:de|du|d['’])\s?[^\W\d_]")


def _number(part: str) -> str | None:
    m = re.search(r"\d+(?:[-–/]\d+)?", part)
    return m.group(0) if m else None


def _year(rest: list[str]) -> Year:
    for part in reversed(rest):
        if _NO_DATE.match(part):
            return year_of(None)
        m = _YEAR_SEGMENT.match(part)
        if m is not None:
            return year_of(m.group("year"))
    for part in reversed(rest):  # "2021 (1re éd. 1995)"
        m = re.search(rf"(?<![\d-]){_YEAR}(?![\d-])", part)
        if m is not None and not _NUMBERING.match(part):
            return year_of(m.group(0))
    return year_of(None)


def _placed(part: str) -> bool:
    return bool(_NO_PLACE.match(part) or is_place(part))


def _place_publisher(rest: list[str]) -> tuple[str | None, str | None]:
    """The place and publisher before the year: ``Paris, Karthala``, ``s. l., s. n.``."""
    before = [
        p
        for p in rest
        if not _YEAR_SEGMENT.match(p) and not _NO_DATE.match(p) and not _NUMBERING.match(p)
    ]
    if not before:
        return None, None
    if len(before) == 1:
        only = before[0]
        if _placed(only):
            return (None if _NO_PLACE.match(only) else only), None
        return None, (None if _NO_PUBLISHER.match(only) else only)
    place, publisher = before[0], before[1]
    return (
        None if _NO_PLACE.match(place) else place,
        None if _NO_PUBLISHER.match(publisher) else publisher,
    )


def _unmarked(text: str, page: str | None) -> Fields | None:
    """A plain copy: the names first, then the title, then ``Lieu, Éditeur, Année`` (or the
    journal and its numbering)."""
    parts = _segments(text)
    if len(parts) < 3 or _OTHER_STYLE.search(text):
        return None
    count = _leading_authors(parts)
    if count == 0:
        return None
    authors = _authors(", ".join(parts[:count]))
    if authors is None:
        return None
    body = parts[count:]
    hosted = next((i for i, p in enumerate(body) if i and _HOSTED.match(p)), None)
    if hosted is not None and any(_EDITOR.search(p) for p in body[hosted:]):
        # "Titre, dans A et B (dir.), Livre, Lieu, 2005": a chapter, the editors the book's
        return _fields(authors, ", ".join(body[:hosted]), body[hosted:], page)
    numbered = next((i for i, p in enumerate(body) if _NUMBERING.match(p)), None)
    if numbered == 1 and _VOLUME.match(body[1]) and any(_YEAR_SEGMENT.match(p) for p in body):
        # "Correspondance, t. IV, 1998": a volume of a work in several
        return _fields(authors, body[0], body[1:], page)
    if numbered is not None and numbered >= 3 and is_place(body[numbered - 2]):
        # "Titre, Paris, Gallimard, t. II, 1980": a book's volume after its imprint
        return _fields(authors, ", ".join(body[: numbered - 2]), body[numbered - 2 :], page)
    if numbered is not None and numbered >= 2:
        # "Titre, Revue, vol. 12, n° 3, 2020"
        title = ", ".join(body[: numbered - 1])
        return _fields(authors, title, body[numbered - 1 :], page)
    years = [i for i, p in enumerate(body) if _YEAR_SEGMENT.match(p) or _NO_DATE.match(p)]
    if not years:
        return None
    y = years[-1]
    if y >= 3 and _tail_place(body[y - 2]):
        title_end = y - 2  # "Titre, Lieu, Éditeur, 2021"
    elif y >= 2 and (is_place(body[y - 1]) or _NO_PLACE.match(body[y - 1])):
        title_end = y - 1  # "Titre, Paris, 2021"
    else:
        return None
    title = ", ".join(body[:title_end])
    if not title or len(title) > 300:
        return None
    return _fields(authors, title, body[title_end:], page)


def _tail_place(part: str) -> bool:
    return bool(_NO_PLACE.match(part) or is_place(part) or _PLACE.match(part))


def _leading_authors(parts: list[str]) -> int:
    """How many of the leading parts are the names: up to the one that joins the last two
    with ``et``, or the first alone when it names a person or a body."""
    for i, part in enumerate(parts[:8]):
        bare = _EDITOR.sub("", part)
        if not _name_like(bare):
            break
        if bare != part:
            # "A, B, C et D (dir.), Titre": the editors' mark closes the names
            names = [p.strip() for q in [*parts[:i], bare] for p in q.split(" et ")]
            return i + 1 if i + 1 < len(parts) and all(_named(p) for p in names) else 0
        # (every one a person or a body: "Louis Roux, Solesmes et Dom Guéranger, 1805-1875"
        # is a name and a title)
        if " et " in part and all(
            _named(p) for q in parts[:i] + part.split(" et ") for p in (q.strip(),)
        ):
            return i + 1 if i + 1 < len(parts) else 0
    return 1 if _named(parts[0]) else 0


def _named(part: str) -> bool:
    """A person, an acronym or a body."""
    return bool(
        person(part) is not None
        or _ACRONYM.fullmatch(part)
        or _BODY.search(part)
        or _CAPS_BODY.fullmatch(part)
    )


def _name_like(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= 8
        and not re.search(rf"\d|[:;*{_GUILLEMETS}]", part)
        and part[:1].isupper()
        and all(w[:1].isupper() or w.casefold() in _PARTICLE or w in ("et",) for w in words)
        or bool(
            _BODY.search(part) and len(words) <= 8 and not re.search(rf"\d|[:;{_GUILLEMETS}]", part)
        )
    )


def _authors(head: str) -> tuple[tuple[str, ...], bool] | None:
    """The people (or bodies) named before the title, and whether they are editors."""
    head = head.strip(" ,")
    if not head:
        return (), False
    edited = _EDITOR.search(head) is not None
    head = _EDITOR.sub("", head)
    head = _ET_AL.sub("", head).strip(" ,")
    inverted = family_given_head.people(head)
    if inverted is not None:
        # "Descartes, René, *Œuvres*": one person, family name first
        return inverted, edited
    parts = [p.strip() for p in re.split(r",\s|\set\s", head) if p.strip()]
    if not parts or len(parts) > 12:
        return None
    names: list[str] = []
    for part in parts:
        if len(part.split()) > 8 or re.search(rf"\d{{3}}|[{_GUILLEMETS}]", part):
            return None
        names.append(person(part) or part)
    return tuple(names), edited


def person(text: str) -> str | None:
    """A person's name as French notes and bibliographies write it: ``NOM Prénom`` and
    ``NOM DE LA FAMILLE Prénom`` (returned ``NOM, Prénom``), ``Prénom Nom``, ``J.-P. Nom``,
    ``Prénom NOM`` (returned as written); None for anything else."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return None
    caps = 0
    while caps < len(words) and _CAPS_WORD.fullmatch(words[caps]):
        caps += 1
    if 0 < caps < len(words) and all(_GIVEN_WORD.fullmatch(w) for w in words[caps:]):
        return f"{' '.join(words[:caps])}, {' '.join(words[caps:])}"
    if not _GIVEN_WORD.fullmatch(words[0]) or words[-1].casefold() in _PARTICLE:
        return None
    for w in words[1:]:
        if not (_GIVEN_WORD.fullmatch(w) or _CAPS_WORD.fullmatch(w) or w.casefold() in _PARTICLE):
            return None
    return text
