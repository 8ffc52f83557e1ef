"""NLM's secondary responsibility: a sentence of people with their roles after the title.

*Citing Medicine* (and the Vancouver lists that follow it in other languages) names the
people who edited, translated, performed, conducted or directed a work in a sentence of its
own after the title (and its medium in brackets), each person as the authors are named
(``Family I``) with the role after a comma, an ensemble by its name, the parts joined by
semicolons::

    Verdi G. Otello: dramma lirico. Parker R, editor. Milan: Ricordi; 2001.
    Bach JS. Mass in B minor [CD]. Collegium Vocale; Herreweghe P, conductor. Gent: Phi; 2012.
    Britten B. Peter Grimes [video recording]. Royal Opera House; Albery T, director. …
    Ibsen H. Gengangere. Berg K, Lund E, redaktører. Oslo: Gyldendal; 1999.

The sentence is no part of the title and no imprint; :func:`credits` reads it (``None`` for
any other sentence: a subtitle, a series, an imprint) and gives the people it names as
editors.  A part must be a person credited with a role or a name of capitalised words (an
ensemble, ``Orchestra of the Age of Enlightenment``), and one part at least must name a role:
``Smith J, Jones K. Title.`` is no credit.

A label's catalogue number may close the entry after the imprint (``Hamburg: Label; 1995.
445 853-2.``, ``London: Opus Arte; 2014. OA 1131 D.``, ``Paris: Billaudot; 2012. OOR
IV.1.``): :func:`catalogue_number` tells such a sentence, whose digits are never the
work's year.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["Credits", "catalogue_number", "credits"]

# a person as Vancouver names one: "Parker R", "Haïm E", "van Elm E", "Domingues CMAS"
_PERSON = lazy_compile(
    r"(?:[a-z]{1,4}\s){0,2}[^\W\d_][\w'’-]{0,40}(?:[\s-][^\W\d_][\w'’-]{0,40})?\s[A-Z]{1,4}"
)
# the roles, singular and plural, in the lists' languages (English; French, German, Dutch,
# the Scandinavian languages, Spanish, Portuguese, Italian)
_EDITING = frozenset(
    {
        "editor", "editors", "ed", "eds", "éditeur", "éditeurs", "éd", "éds",
        "herausgeber", "hrsg", "hg", "redacteur", "redacteuren", "red",
        "redaktör", "redaktörer", "redaktør", "redaktører", "toim",
        "editores", "organizador", "organizadores", "curatore", "curatori", "a cura di",
    }
)  # fmt: skip
_ROLES = _EDITING | frozenset(
    {
        "translator", "translators", "trans", "conductor", "conductors", "director",
        "directors", "performer", "performers", "arranger", "arrangers", "arr",
        "composer", "composers", "producer", "producers", "soloist", "soloists",
        "narrator", "narrators", "choreographer", "librettist", "illustrator",
        "illustrators", "compiler", "compilers", "comp", "presenter", "reader",
        "traducteur", "traductrice", "traducteurs", "chef d'orchestre", "metteur en scène",
        "interprète", "interprètes", "übersetzer", "übersetzerin", "dirigent", "dirigentin",
        "regisseur", "regie", "vertaler", "vertalers", "översättare", "oversætter",
        "oversetter", "regissör", "regissør", "traductor", "traductora", "traductores",
        "directora", "intérprete", "arreglista", "tradutor", "tradutora", "regente",
        "maestro", "traduttore", "traduttrice", "direttore", "regista",
    }
)  # fmt: skip
# the small words an ensemble's name holds between its capitalised ones
_SMALL = frozenset(
    "of the and for in on at & de du des la le les di del della dei der die und van von y e "
    "et och og".split()
)


@dataclass(frozen=True)
class Credits:
    """A credit sentence's people: those named as editors (``Parker R``), in order."""

    editors: tuple[str, ...]


def _role(text: str) -> str | None:
    """The role a part ends with after its last comma (``Minkowski M, conductor`` ->
    ``conductor``), lower-cased without its period; None when it names none."""
    head, comma, role = text.rpartition(",")
    word = role.strip().rstrip(".").casefold()
    return word if comma and head and word in _ROLES else None


def _ensemble(text: str) -> bool:
    """Is ``text`` a name of capitalised words (``Les Musiciens du Louvre``)?"""
    words = text.split()
    return (
        0 < len(words) <= 12
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.casefold() in _SMALL for w in words)
        and not any(ch.isdigit() or ch in ":()[]" for ch in text)
    )


def credits(sentence: str) -> Credits | None:
    """The credits when ``sentence`` is a credit sentence (module doc), else None:
    ``Les Musiciens du Louvre; Minkowski M, conductor.`` -> no editors;
    ``Parker R, Smith K, editors.`` -> ``("Parker R", "Smith K")``."""
    text = sentence.strip().removesuffix(".")
    if not text or len(text) > 400 or "," not in text:
        return None
    editors: list[str] = []
    credited = False
    for part in (p.strip() for p in text.split(";")):
        role = _role(part)
        if role is None:
            if not _ensemble(part):
                return None
            continue
        people = [p.strip() for p in part.rpartition(",")[0].split(",")]
        if not all(_PERSON.fullmatch(p) for p in people):
            return None
        credited = True
        if role in _EDITING:
            editors.extend(people)
    return Credits(tuple(editors)) if credited else None


# a label's or a publisher's catalogue number: letters then digits ("OA 1131 D", "SU 3802-2",
# "CDA67500", "OOR IV.1") or digits in groups ("445 853-2", "8.557043")
_CATALOGUE = lazy_compile(
    r"[A-Z]{1,5}\s?(?:\d{1,7}|[IVX]{1,5}\.\d{1,4})(?:[\s.-]\d{1,7}){0,3}(?:\s?[A-Z]{1,3})?"
    r"|\d{1,3}[\s.]\d{3,7}(?:[\s.-]\d{1,7}){0,2}"
)


def catalogue_number(sentence: str) -> bool:
    """Is ``sentence`` nothing but a catalogue number (``OA 1131 D.``, ``445 853-2``)? A
    bare year (``2014.``) or a page (``p. 41``) is none."""
    text = sentence.strip().removesuffix(".")
    return len(text) <= 30 and _CATALOGUE.fullmatch(text) is not None
