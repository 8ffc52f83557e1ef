"""Interviews the author held and files in archives: sources that are no published work.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file an interview held by the author, and a personal communication, as
``commentary`` (no work to list), and a file in an archive as ``unknown`` unless it is
printed as a report or a book.  A note or entry saying so is recognised by its opening:

* an interview the author held, in the languages it is written in: ``Interview with a former
  official, London, 3 May 2023``, ``Author's interview with …``, ``Entretien avec …``,
  ``Entretien réalisé par l'auteur``, ``Intervista dell'autrice con …``, ``Intervista a …``,
  ``Entrevista realizada por la autora``, ``Entrevista con …``, ``Gespräch mit …``,
  ``Interview der Verfasserin``; a personal communication (``Personal communication``,
  ``pers. comm.``, ``communication personnelle``, ``comunicación personal``, ``persönliche
  Mitteilung``); the Scandinavian ``Intervju med …``, ``Interview med …``, ``Samtal med …``;
* a file cited by an archive's usual abbreviation and the file's reference, the way national
  archives are cited: ``TNA, FO 371/12345``, ``TNA, CAB 23/57``, ``PRO, PREM 11/1234``, ``NARA,
  RG 60``, ``BArch, R 43 I/2201``, ``PA-DBT 3119``, ``PA AA, R 1234``, ``ACS, PCM, b. 12``,
  ``AGA, caja 32/12345``, ``AHN, leg. 12`` (the abbreviation opening the citation or after its
  document's description: ``Cabinet Conclusions 27(28), 23 May 1928, TNA, CAB 23/57``); or by
  the archive's name opening it, then a shelfmark (:func:`.archival.archival_file`:
  ``Archives nationales, BB/18/2101, dossier …``).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import closing_reference, holder_shelfmark, named_interview
from bibcheck.parse.references.archival import REPOSITORY, archival_file
from bibcheck.parse.references.digitised import digitised_page

__all__ = ["archival_kind", "author_interview", "interview_kind", "unpublished_kind"]

# an interview the author held, or a personal communication, opening the note or entry
_INTERVIEW = lazy_compile(
    r"^(?:(?:the\s)?author['’]s\s|(?:telephone|personal|e-?mail|online|video)\s)?interviews?\s"
    r"(?:with|by\sthe\sauthor|conducted|held|of\sthe\sauthor)\b"
    r"|^(?:entretiens?|interviews?)\s(?:avec|réalisée?s?\spar|de\sl['’]auteure?|mené)\b"
    r"|^(?:intervista|interviste|colloquio)\s(?:dell['’]autric?e|dell['’]autore|con|a|"
    r"condotta|realizzata|svolta)\b"
    r"|^(?:entrevistas?|conversación)\s(?:con|a|realizada|de\sla\sautora|del\sautor|personal)\b"
    r"|^(?:(?:Hintergrund)?gespräche?|interviews?)\s(?:mit|der\sVerfasserin|des\sVerfassers"
    r"|der\sAutorin|des\sAutors|geführt)\b"
    # Swedish, Norwegian and Danish: "Intervju med …", "Interview med …", "Samtal med …",
    # "Intervju gjord av författaren", "Intervju utført av forfatteren"
    r"|^(?:intervju|intervjuer|interviews?|samtal|samtale)\s(?:med|gjord\sav|gjort\sav"
    r"|utförd\sav|utført\sav|foretaget\saf|udført\saf)\b"
    r"|^(?:personlig\s(?:kommunikation|kommunikasjon|meddelelse|meddelande))\b"
    r"|^(?:personal\scommunication|pers\.\scomm\.|communication\spersonnelle"
    r"|comunicación\spersonal|comunicazione\spersonale|persönliche\sMitteilung)\b",
    re.I,
)
# archives by their usual abbreviation, then a file's reference (a series' letters and
# numbers, a box or a bundle)
_ABBREVIATION = (
    r"TNA|PRO|NARA|BArch|PA-DBT|PA\sAA|ACS|AGA|AHN|AGS|AHPTo|AHP[A-Z][a-z]?|ASMAE|AMAE|CADN"
    r"|CAC|HStA\w{0,3}|GStA\sPK|LAC|NAA|NLA|BAR|ANF|AAN|NAI|IWM"
)
_ABBREVIATED_FILE = lazy_compile(
    rf"(?:^|[,.;]\s)(?:{_ABBREVIATION})(?:,\s|\s)"
    r"(?:[A-Z]{1,5}(?:\s[IVX]{1,3})?\s?\d{1,5}[A-Z]?(?:/\d{1,6}[A-Z]?)*"
    r"|(?:caja|leg\.|legajo|b\.|busta|fasc\.|box)\s?\d|\d{2,6}\b)"
)
_NOT_INTERVIEWS = frozenset({RefKind.ARTICLE, RefKind.CHAPTER, RefKind.THESIS, RefKind.PATENT})
_ARCHIVED = frozenset({RefKind.ARTICLE, RefKind.BOOK, RefKind.CHAPTER, RefKind.REPORT, RefKind.WEB})


# the interview is the author's by its words ("by the author", "realizada por la autora",
# "dell'autrice", "der Verfasserin") or a person unnamed ("with a former official", "avec une
# magistrate", "con un funzionario", "mit einem Obmann")
_OWN = lazy_compile(
    r"author|auteur|autor|autric|autore|verfasser|personal|pers\.|persönlich|personnelle"
    r"|författare|forfatter|personlig"
    r"|\s(?:with|avec|con|a|mit|med)\s(?:a|an|one|two|three|un|une|una|uno|einem|einer|zwei"
    r"|drei|several|plusieurs|varios|varias|alcuni|mehreren|en|ett|ei|et|två|to|tre|flera"
    r"|flere|före\sdetta|tidigare|tidligere|förhenværende|forhenværende)\s",
    re.I,
)
# the recording or transcript the author keeps, anywhere in the note or entry ("Gravação na
# posse do autor", "recording in the author's possession", "grabación en poder de la
# autora", "enregistrement en possession de l'auteur", "registrazione in possesso
# dell'autrice", "Aufnahme im Besitz der Verfasserin", "held by the author")
_HELD_BY_AUTHOR = lazy_compile(
    r"\b(?:(?:in|em|na)\s(?:the\s)?(?:posse|possession)\s(?:of\sthe\s|d[oa]s?\s)?"
    r"(?:author|autor|autora)|in\sthe\sauthor['’]s\s(?:possession|collection|archive)"
    r"|held\sby\sthe\sauthor|en\s(?:posesión|poder)\sde(?:l|\sla)\sautora?"
    r"|en\s(?:la\s)?possession\sde\sl['’]auteure?|in\spossesso\sdell['’]aut(?:ore|rice)"
    r"|im\sBesitz\sde[rs]\s(?:Verfasser(?:in|s)|Autor(?:in|s)))\b",
    re.I,
)
# what a published interview has beside its interviewee: a second sentence (its periodical,
# its publisher), a title in italics or quotation marks, an address
_PUBLISHED_MARK = lazy_compile(r"[a-z\d]{2}\.\s[A-Z]|[*_“”«»\"]|\bhttps?://|\bwww\.")


def author_interview(text: str) -> bool:
    """Does ``text`` (a note, an entry or an entry's title) open with an interview the author
    held or a personal communication (see the module)?  One with a named person ("Interview
    with Jane Roe") is the author's when nothing but places and dates follow it."""
    body = " ".join(text.split())
    found = _INTERVIEW.match(body.strip("*_ "))
    if found is None:
        # ("Mary Lowe, interview by the author, Leeds, 3 May 2018.": the person named
        # first, :mod:`.named_interview`)
        return named_interview.named_interview(body)
    opening = body[: found.end() + 12]
    return (
        _OWN.search(opening) is not None
        or _HELD_BY_AUTHOR.search(body) is not None
        or _PUBLISHED_MARK.search(body.rstrip(". ")) is None
    )


def _archival(text: str) -> bool:
    """A file cited by an archive's abbreviation, or by the archive's name opening the
    citation, and its reference."""
    body = " ".join(re.sub(r"[*_]", "", text).split())
    if _ABBREVIATED_FILE.search(body):
        return True
    first = body.split(",", 1)[0]
    if REPOSITORY.search(first) is not None and archival_file(body):
        return True
    # ("…, 1830–1860, Hull History Centre, C DPD/3/1–14.": the holder and its reference
    # closing the note, :mod:`.holder_shelfmark`)
    # ("Oral history collection, interview 12, …, OHC/3/12.": an item of a collection by
    # the holder's reference, :mod:`.closing_reference`)
    return holder_shelfmark.held_document(body) or closing_reference.collection_item(body)


def interview_kind(ref: Reference, text: str | None = None) -> Reference:
    """``ref`` a ``commentary`` when its text (``text``, else its raw text) is an interview the
    author held (a published interview -- in a journal, a book -- is left as read)."""
    source = ref.raw if text is None else text
    if ref.kind in _NOT_INTERVIEWS or ref.kind is RefKind.COMMENTARY or ref.host:
        return ref
    if not author_interview(source):
        return ref
    return dataclasses.replace(ref, kind=RefKind.COMMENTARY)


def archival_kind(ref: Reference, text: str | None = None) -> Reference:
    """``ref`` of no kind when its text cites a file in an archive (see the module) and it was
    read as a published work (an article, a book, a report …) with no publisher."""
    source = ref.raw if text is None else text
    if ref.kind not in _ARCHIVED or ref.publisher or ref.doi or not _archival(source):
        return ref
    if digitised_page(ref, source):
        return ref  # (the web page of a manuscript's digitised copy)
    return dataclasses.replace(ref, kind=RefKind.UNKNOWN)


def unpublished_kind(ref: Reference, text: str | None = None) -> Reference:
    """:func:`archival_kind`, then :func:`interview_kind`."""
    return interview_kind(archival_kind(ref, text), text)
