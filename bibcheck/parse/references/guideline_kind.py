"""A guideline an organisation issues under its own name: its ``report``.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles
or books) file a government's, an agency's or an NGO's publication whose title calls it a
guideline as a ``report``.  A public body's is read so already (:mod:`.publicpublisher`,
:func:`.reportkind.agency_document`); so is one whose publisher is such a body.  A
professional society's or an advisory panel's clinical guideline, written under the bodies'
names and printed by them, is not: the bodies are no public ones, and their publisher is
often their initials::

    European Pressure Ulcer Advisory Panel, National Pressure Injury Advisory Panel, Pan
    Pacific Pressure Injury Alliance. Prevention and treatment of pressure ulcers/injuries:
    clinical practice guideline. The international guideline. 3rd ed. EPUAP/NPIAP/PPPIA; 2019.

Such a work is a report when

* every author is an organisation (:func:`.corporate.is_organisation`) or a body's name
  followed by its initials (``Bundesärztekammer (BÄK)``: :func:`.own_imprint.named_body`),
  none a person;
* it was read as a book, a web page or of no kind, with no journal, volume or issue, no
  ISBN and no press's imprint as its publisher;
* a part of its title -- the title, or a part after ``: ``, ``. `` or a dash -- is the
  genre's name: words qualifying it, then the genre's noun closing the part (``clinical
  practice guideline``, ``The international guideline``, ``S3-Leitlinie``, ``Nationale
  VersorgungsLeitlinie``, ``Recomendações``).  A
  title that only opens with the word (``Dengue: Guidelines for Diagnosis, Treatment …``,
  ``Guideline for the treatment of …``) is what its publisher makes it (a public body's
  report, or a book), as before.

A guideline whose title opens with the genre's name (``Guidelines for Editors of Medieval
Latin Texts``, ``Linee guida per la riparazione …``, ``Leitlinien zur …``, ``Lignes
directrices pour …``, ``Directrices para …``, ``Richtlijnen voor …``, ``Wytyczne …``) is
the issuing body's report too, even when a commercial press prints it (``(Turnhout:
Brepols, 2014)``, ``Doppiavoce, Napoli 2011``), when its only author is a body: an
organisation as above, a name in capitals of mixed case (``ReLUIS``), or a name opening
with the word of a collective editorial enterprise (``Corpus …``, ``Project …``,
``Progetto …``).  A title opening with the word after something else (``Dengue:
Guidelines for …``: WHO's report by its public author, :mod:`.publicpublisher`) stays as
it was read here, and so does any work
of a person (``Ada Okafor, Guidelines for …``: a two-word name is a person's unless it
names a body as above), a work with an ISBN, or one printed by a press with a publisher's
word (``Oxford University Press``).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.own_imprint import named_body
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["guideline_designation", "guideline_opening", "issued_guideline", "numbered_guideline"]

# the genre's noun closing a part of the title, in the languages guidelines are cited in:
# English, German ("Leitlinie", "S3-Leitlinie", "VersorgungsLeitlinie", "Richtlinie"),
# French ("recommandations", "lignes directrices"), Spanish ("guía de práctica clínica",
# "recomendaciones"), Portuguese ("diretrizes", "recomendações"), Italian ("linee guida"),
# Turkish ("rehberi", "kılavuzu"); a code of health rules ("Aquatic Animal Health Code")
_GENRE = lazy_compile(
    r"(?:^|[\s-])(?:(?:clinical\s)?(?:practice\s)?guidelines?|\w*leitlinien?|richtlinien?"
    r"|recommandations|lignes\sdirectrices|gu[íi]a\sde\spr[áa]ctica\scl[íi]nica|recomendaciones"
    r"|diretrizes|recomenda[çc][õo]es|linee\sguida"
    # (Turkish, the noun closing its phrase: "Tanı ve tedavi rehberi", "Klinik uygulama
    # kılavuzu", "… yönergesi")
    r"|rehberi?|kılavuzu?|yönergesi?"
    # (an international body's code of health rules: WOAH's "Terrestrial Animal Health
    # Code", "Aquatic Animal Health Code")
    r"|animal\shealth\scode)"
    # (closing the part, or heading the name of what it covers, German guidelines' way:
    # "Nationale VersorgungsLeitlinie Typ-2-Diabetes", "S3-Leitlinie Kolorektales Karzinom")
    r"(?:$|(?<=[Ll]eitlinie)\s\S)",
    re.IGNORECASE,
)
# a regulator's guidance document named by its genre (the FDA's "Guidance for Industry",
# "Draft Guidance for Industry and FDA Staff"): a designation although it holds "for"
_GUIDANCE = lazy_compile(
    r"(?:(?:draft|final)\s)?guidance\sfor\sindustry(?:\sand\s(?:[\w.]+\s){0,2}staff)?",
    re.IGNORECASE,
)
# words that make the part a phrase about something, no designation ("Guidelines for …",
# "… on the management of …", "Evaluation of guidelines")
_PREPOSITION = lazy_compile(
    r"(?<!\w)(?:for|of|on|to|in|with|about|from|by|für|zur|zum|der|des|von|pour|de|du|sur"
    r"|para|sobre|da|do|per|di|della|del)(?!\w)",
    re.IGNORECASE,
)
# where a title's parts meet: a colon, a full stop, a dash between spaces
_PARTS = lazy_compile(r":\s|\.\s|\s[–—-]\s")
_ISBN = lazy_compile(r"\bISBN\b")
# the genre's name opening the title, the words of what it is for after it
_OPENING = lazy_compile(
    r"(?:guidelines?|linee\sguida|\w*leitlinien?|richtlinien?|lignes\sdirectrices"
    r"|directrices|diretrizes|richtlijnen?|wytyczne|smernice|retningslinjer|riktlinjer"
    # (the animal health codes' names in WOAH's French and Spanish, and Portuguese,
    # Italian: "Code sanitaire pour les animaux terrestres", "Código Sanitario para los
    # Animales Acuáticos", "Código Sanitário para os Animais Terrestres")
    r"|code\ssanitaire|c[óo]digo\ssanit[áa]rio|codice\ssanitario)"
    r"\s+\w",
    re.IGNORECASE,
)
# a guideline's number as a sentence of the entry, after its title: "NICE guideline NG136.",
# "Clinical guideline CG181.", "AWMF-Leitlinie Nr. 053-001.", "Recommandation n° 12."
_NUMBERED = lazy_compile(
    r"\.\s(?:[\w-]+\s){0,3}(?:(?:clinical|practice)\s)*(?:guideline|[\w-]*leitlinie|richtlinie"
    r"|recommandation|gu[íi]a|diretriz|linea\sguida)\s(?:(?:No|Nr|n°|núm)\.?\s?)?"
    r"[A-Z]{0,5}[-\s]?\d[\w./-]*\.(?:\s|$)",
    re.IGNORECASE,
)
# a body by its name: an acronym of mixed case ("ReLUIS", "EuroGeoSurveys": three capitals
# in one word), or the word of a collective editorial enterprise opening a name of several
_MIXED_ACRONYM = lazy_compile(r"(?=(?:[^\W\d_]*[A-Z]){3})[A-Z][^\W\d_]+")
_ENTERPRISE = lazy_compile(r"(?:Corpus|Project|Projekt|Progetto|Proyecto|Projet|Projeto)\s\S")


def guideline_designation(title: str | None) -> bool:
    """Is a part of ``title`` the name of the genre -- at most four words qualifying it,
    then "guideline(s)", "Leitlinie", "recommandations" … (see the module)?"""
    if not title:
        return False
    for part in _PARTS.split(" ".join(title.split())):
        part = part.strip(" .,;*_")
        words = part.split()
        if _GUIDANCE.fullmatch(part) is not None:
            return True
        if not words or len(words) > 5:
            continue
        if _PREPOSITION.search(part) is None and _GENRE.search(part) is not None:
            return True
    return False


def guideline_opening(title: str | None) -> bool:
    """Does ``title`` open with the genre's name followed by what the guideline is for
    ("Guidelines for Editors …", "Linee guida per …", see the module)?"""
    return bool(title) and _OPENING.match(" ".join((title or "").split()).lstrip("*_")) is not None


def _issuing_body(name: str) -> bool:
    """Is ``name`` a body's (an organisation, ``ReLUIS``, ``Corpus Christianorum``)?"""
    name = name.strip(" .,")
    return (
        is_organisation(name)
        or _MIXED_ACRONYM.fullmatch(name) is not None
        or _ENTERPRISE.match(name) is not None
    )


def _self_published(ref: Reference) -> bool:
    """Is the one author, a name that is no person's inverted one, its publisher too
    (``Rijkswaterstaat. *Richtlijnen Ontwerp Kunstwerken*. Utrecht: Rijkswaterstaat``)?"""
    author = " ".join(ref.authors[0].split()).strip(" .,")
    if "," in author or len(author) < 3:
        return False
    publisher = " ".join((ref.publisher or "").split()).strip(" .,")
    if publisher:
        return author.casefold() == publisher.casefold()
    # (no publisher read: the author's name after an imprint's colon, "Utrecht: Name, 2021")
    imprint = re.compile(r":\s" + re.escape(author) + r"(?:[,.;]|$)", re.IGNORECASE)
    return imprint.search(" ".join(ref.raw.split())) is not None


def _opening_guideline(ref: Reference) -> bool:
    """A body's guideline titled by the genre's name first (see the module)."""
    return (
        ref.kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and not (ref.host or ref.volume or ref.issue)
        and len(ref.authors) == 1
        and (_issuing_body(ref.authors[0]) or _self_published(ref))
        and _ISBN.search(ref.raw) is None
        and not (ref.publisher and has_publisher_word(ref.publisher))
        and guideline_opening(ref.title)
    )


def _bodies_work(ref: Reference) -> bool:
    """Is ``ref`` read as a book, a web page or of no kind, in no journal, volume or issue,
    and are all its authors (one at least) organisations or bodies named with their
    initials?"""
    return (
        ref.kind in (RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB)
        and not (ref.host or ref.volume or ref.issue)
        and bool(ref.authors)
        and all(is_organisation(name) or named_body(name) for name in ref.authors)
    )


def issued_guideline(ref: Reference) -> Reference:
    """``ref`` a ``report`` when it is a guideline organisations issue (see the module)."""
    if _opening_guideline(ref) or (
        _bodies_work(ref)
        and _ISBN.search(ref.raw) is None
        and not (ref.publisher and has_publisher_word(ref.publisher))
        and guideline_designation(ref.title)
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref


def numbered_guideline(ref: Reference) -> Reference:
    """``ref`` a ``report`` when organisations alone issue it and a sentence after its title
    gives its number as a guideline (AMA's ``NICE guideline NG136.``), read as a web page,
    a book or of no kind."""
    if _bodies_work(ref) and _NUMBERED.search(ref.raw) is not None:
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    return ref
