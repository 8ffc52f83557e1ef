"""Name forms the style parsers read once they are written the usual way round.

* A particle after the initials of an inverted name (Dutch, German, French and Spanish lists
  sort by the family name without its particle): ``Ham, W. van der, Title`` is
  ``van der Ham, W.``; ``Müller, K. von``, ``Bourdelais, P. de``.  :func:`particle_first`
  moves the particle before the family name, one character for one, so that every
  position after the name is unchanged.
* Initials before a family name of two words, as Spanish and Portuguese write a person's
  two surnames: ``G. Doménech Pascual`` is ``Doménech Pascual, G.`` (:func:`iberian`).  Only
  in a reference with Iberian words: ``F. Scott Fitzgerald`` keeps his given name.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.references import doclanguage
from bibcheck.parse.references.given import SECOND_GIVEN
from bibcheck.parse.references.patterns import ORGANISATION_WORD, SURNAME_PLAIN, L, U

__all__ = ["as_written", "given_particle_first", "iberian", "particle_first"]

# (the shared ones, and "vom", "zu", "do", "della")
_PARTICLE = particle_pattern(PARTICLES | {"vom", "zu", "do", "della"})
# "Ham, W. van der, ...", "Rooy, M. van ‘...’", "Bosch, A. en W. van der Ham" is no case;
# the first name of the list, or one after another name's comma or "&" ("Woude, M. A. H. van
# der, Leun, J. P. van der, & Nijland, J. A. (2014)": every name of the list so written)
_INVERTED_PARTICLE = lazy_compile(
    rf"(?:^|(?<=,\s)|(?<=&\s)|(?<=,\s&\s)|(?<=\sand\s))"
    rf"(?P<family>{SURNAME_PLAIN}(?:\s{SURNAME_PLAIN})?),\s"
    rf"(?P<initials>(?:[{U}][{L}]?\.\s?-?){{0,2}}[{U}][{L}]?\.)\s"
    rf"(?P<particle>{_PARTICLE}(?:\s{_PARTICLE}){{0,2}})"
    r"(?=\s?[,:;(]|\.\s|\s(?:en|y|and|und|et|&|e|i|og|och)\s)"
)
# the list of names a particle may stand in: the names before the first parenthesis, at
# most a few hundred characters
_LEAD = lazy_compile(r"^[^()]{0,400}")
_INVERTED_FIRST = lazy_compile(rf"^{SURNAME_PLAIN}(?:\s{SURNAME_PLAIN})?,\s[{U}][{L}]?\.")


def _inverted(text: str) -> list[re.Match[str]]:
    """The names of the list ``text`` opens with that write a particle after the initials;
    none unless the list opens with an inverted name (``Family, I.``)."""
    if _INVERTED_FIRST.match(text) is None:
        return []
    lead = _LEAD.match(text)
    end = lead.end() if lead else 0
    return list(_INVERTED_PARTICLE.finditer(text, 0, min(len(text), end + 1)))


def _moved(m: re.Match[str]) -> str:
    return f"{m.group('particle')} {m.group('family')}, {m.group('initials')}"


def as_written(authors: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``authors`` read from :func:`particle_first`'s text, each name as ``text`` writes it
    (``van der Ham, W.`` back to ``Ham, W. van der``)."""
    written = {_moved(m).strip(" ,."): m.group(0) for m in _inverted(text)}
    if not written:
        return authors
    return tuple(written.get(a.strip(" ,."), a) for a in authors)


def particle_first(text: str) -> str:
    """``text`` with a particle written after a name's initials moved before the family
    name (the same length: ``Ham, W. van der`` -> ``van der Ham, W.``)."""
    for m in reversed(_inverted(text)):
        moved = _moved(m)
        if text.startswith(". ", m.end()):
            # "Vollenhoven, C. van. Title": the period that closes the name is the initial's
            # now ("van Vollenhoven, C.  Title"), not a second one
            text = text[: m.start()] + moved + " " + text[m.end() + 1 :]
        else:
            text = text[: m.start()] + moved + text[m.end() :]
    return text


_TRAILING_PARTICLE = lazy_compile(
    r"^(?P<family>[^,]+),\s(?P<given>.+?)\s(?P<particle>[a-z][^A-Z]*)$"
)


def given_particle_first(name: str) -> str:
    """``Finance, Laurence de`` -> ``de Finance, Laurence``, ``Glahn, Richard von`` -> ``von
    Glahn, Richard``: a particle written after the given names (not the initials, which
    :func:`particle_first` reads and :func:`as_written` keeps) opens the family name, as
    the same person's notes write it (``Laurence de Finance``)."""
    m = _TRAILING_PARTICLE.match(name)
    if m is None:
        return name
    return f"{m.group('particle')} {m.group('family')}, {m.group('given')}"


# Words only Spanish and Portuguese references have ("núm.", "y", "del", "ção", "2.ª ed.", ñ)
# (the guillemets as Spanish and Portuguese set them, «Título»: French spaces them inside,
# "« Titre »", and its lists write "Le Verrier Urbain, « Titre »")
_IBERIAN_WORD = lazy_compile(
    r"«(?!\s)|ñ|\bnúm\.|\bn\.[ºo]|\d\.?[ªº]\s|\s[yY]\s|ción\b|ção\b"
    r"|\b(?:del|los|las|das|dos|tomo|coord|cit|siglos?)\b"
    # (a title opening "Los pósitos", "Las crisis"; not "Los Angeles")
    r"|\b(?:Los|Las)\s[a-záéíóúñ]"
)
# German words ("oder das Princip", "Bd.", "hg. von"): "das" there is the German article, and
# a German text with no mark only Spanish or Portuguese has is no Iberian one
_GERMAN_WORD = lazy_compile(r"\b(?:der|die|und|oder|für|über|zur|zum|vom|im|hg|hrsg|Hg|Bd|Aufl)\b")
_IBERIAN_MARK = lazy_compile(
    r"ñ|ción\b|ciones\b|ção\b|ções\b|\s[yY]\s|\bnúm\.|\bn\.[ºo]|\d\.?[ªº]\s"
)
_INITIALS_TWO_SURNAMES = lazy_compile(
    rf"^(?P<initials>(?:[{U}][{L}]?\.\s?-?){{1,3}})\s?"
    rf"(?P<family>{SURNAME_PLAIN}\s(?:(?:de|del|de\sla)\s)?{SURNAME_PLAIN})$"
)


# (Spanish joins two family names by "y": "Francisco Tomás y Valiente")
_IBERIAN_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "y"})
_GIVEN_WORD = lazy_compile(rf"[{U}][{L}]+")
# a body: a word of the one table (:mod:`.bodywords`), or a word that opens a Spanish or
# Portuguese body's name here and a title's elsewhere ("Real Academia de la Historia",
# "Estado de São Paulo", "Biblioteca Nacional", "Archivo General de Indias", "Programa
# Nacional de …")
_ORGANISATION = lazy_compile(
    ORGANISATION_WORD + r"|\b(?:Real|Estado|Biblioteca|Archivo|Programa)\b"
)


def _given_first(author: str) -> str:
    """``Esteban Rodríguez Ocaña`` -> ``Rodríguez Ocaña, Esteban``; ``Francisco Javier
    Fernández Sanz`` -> ``Fernández Sanz, Francisco Javier``; ``Eduardo García de
    Enterría`` -> ``García de Enterría, Eduardo``: the last two capitalised words (with the
    particles between them) are the family names, at least one given name before them."""
    words = author.split()
    if len(words) < 3 or not all(
        _GIVEN_WORD.fullmatch(w) or w in _IBERIAN_PARTICLES for w in words
    ):
        return author
    if _ORGANISATION.search(author):
        return author  # "Real Academia Española", "Consejo de Estado"
    if len(words) == 3 and words[1] in SECOND_GIVEN:
        # "María José Sanz", "Ana Luisa Quiroga": two given names, one family name
        return f"{words[2]}, {words[0]} {words[1]}"
    start = len(words) - 1
    while start > 1 and words[start - 1] in _IBERIAN_PARTICLES:
        start -= 1
    if start < 2 or words[start - 1] in _IBERIAN_PARTICLES:
        return author  # no second family name, or no given name before the two
    start -= 1
    if words[start - 1] in _IBERIAN_PARTICLES:
        start = _particle_start(words, start)
    return f"{' '.join(words[start:])}, {' '.join(words[:start])}"


def _particle_start(words: list[str], start: int) -> int:
    """Where the family names start when the given names would end with a particle (``Carmen
    Argente del | Castillo Ocaña``): a particle belongs to the family name after it, never to
    the given names.  The word before it joins it as a compound family name (``Argente del
    Castillo``, ``Ruiz de la Peña``) unless that word is the only given name left or a given
    name (``Juan | de la Cierva Codorníu``, ``Ana María | de la Torre Pérez``)."""
    while start > 1 and words[start - 1] in _IBERIAN_PARTICLES:
        start -= 1
    if start >= 2 and words[start - 1] not in SECOND_GIVEN:
        start -= 1
    return start


def iberian(authors: tuple[str, ...], text: str) -> tuple[str, ...]:
    """``authors`` with ``G. Doménech Pascual`` inverted to ``Doménech Pascual, G.`` and
    ``Esteban Rodríguez Ocaña`` to ``Rodríguez Ocaña, Esteban`` when ``text`` is Spanish or
    Portuguese (the two words after the given names are two family names).

    The entry's own words tell first; when they tell nothing, the language of the document
    being read does (:mod:`.doclanguage`): a Spanish or Portuguese document's note with no
    sign files the names that have the Iberian shape (:func:`_iberian_shape`), never those
    of an entry whose words are another language's (``The``, ``und``, ``della``)."""
    document = doclanguage.language()
    home = document in _IBERIAN_LANGUAGES and _FOREIGN_WORD.search(text) is None
    signed = _IBERIAN_WORD.search(text) is not None and not (
        _GERMAN_WORD.search(text) and not _IBERIAN_MARK.search(text)
    )
    if not signed and not home:
        return authors
    told = _told_portuguese(text)
    # (the entry's words first; the document's language when they tell neither)
    portuguese = told if told is not None else home and document == "pt"
    turned = []
    for author in authors:
        if not signed and not _iberian_shape(author):
            turned.append(author)  # (an English name in a Spanish document's note)
            continue
        m = _INITIALS_TWO_SURNAMES.match(author.strip())
        if m is not None and portuguese:
            # ("J. Almeida Pimentel" -> "Pimentel, J. Almeida": the last family name)
            first, _, last = m.group("family").rpartition(" ")
            turned.append(f"{last}, {m.group('initials').strip()} {first}")
        elif m is not None:
            turned.append(f"{m.group('family')}, {m.group('initials').strip()}")
        elif portuguese:
            turned.append(_last_family(author.strip()))
        else:
            turned.append(_given_first(author.strip()))
    return tuple(turned)


_IBERIAN_LANGUAGES = frozenset({"es", "pt"})
# Words of another language than Spanish and Portuguese (English, French, German, Italian):
# an entry that has one is no Spanish or Portuguese one whatever its document's language
_FOREIGN_WORD = lazy_compile(
    r"\b(?:[Tt]he|and|of|for|with|from|on|in|an|to|at|by|edited|University|Press|Journal"
    r"|[Ll]es|des|du|aux|et(?!\s?al\b)|[Uu]ne|dans|pour|Presses|Éditions"
    r"|[Dd]er|[Dd]ie|und|oder|für|über|zur|zum|vom|im|hg|hrsg|Hg|Bd|Aufl|Verlag"
    r"|[Ii]l|di|della|delle|degli|dei|nel|nella|negli|per|gli|Editore)\b"
)
# The Iberian shape of a name: a particle between its words ("Reynaldo dos Santos",
# "García de Enterría"), a letter Spanish and Portuguese write ("Ocaña", "Lúcia", "Simões"),
# a Spanish given name ("Pedro", "María José") or a family name's Iberian ending
# ("Martinez", "Ferreira", "Ribeiro")
_IBERIAN_NAME_PARTICLE = lazy_compile(r"\s(?:de|del|da|das|do|dos|y)\s(?=[A-ZÀ-Ý])")
_IBERIAN_LETTER = lazy_compile(r"[áéíóúâêôãõçñÁÉÍÓÚÂÊÔÃÕÇÑ]")
_IBERIAN_ENDING = lazy_compile(r"[a-z](?:ez|eira|eiro)\b")


def _iberian_shape(author: str) -> bool:
    """Has the name ``author`` (given names first, or initials first) a Spanish or
    Portuguese shape (see :data:`_IBERIAN_NAME_PARTICLE`)?"""
    words = author.split()
    return (
        _IBERIAN_NAME_PARTICLE.search(author) is not None
        or _IBERIAN_LETTER.search(author) is not None
        or _IBERIAN_ENDING.search(author) is not None
        or any(word in SECOND_GIVEN for word in words[:-1])
    )


# Words of Portuguese references that Spanish ones never have, and the reverse: Portuguese
# files a person under the last family name (NP 405, ABNT: "Cirilo Volkmar Machado" is
# "MACHADO, Cirilo Volkmar"; "Reynaldo dos Santos" is "SANTOS, Reynaldo dos"), Spanish
# under the first of two ("Rodríguez Ocaña, Esteban").  Portuguese: its letters, its towns
# of publication (Portugal's, Brazil's, the islands'), its printers' and booksellers' words
# ("Imprensa", "Livraria", "Typographia", "Officina"), its small words ("do", "ao", "nas";
# "e", which Spanish writes only before an "i": "Ciencia e Innovación")
_PORTUGUESE_WORD = lazy_compile(
    r"[ãõ]|ção\b|ções\b|\b(?:Lisboa|Coimbra|Porto|Braga|Évora|Funchal|Angra|Ponta\sDelgada"
    r"|Rio\sde\sJaneiro|São\sPaulo|Belo\sHorizonte|Recife|Belém|Curitiba|Niterói|Petrópolis"
    r"|Luanda|Maputo|Editora|Imprensa|Livraria|Typographia|Typ\.|Officina"
    r"|às|aos|ao|do|nas|pelo|pela|pelos|pelas|não|uma|em|ou)(?![\w-])"
    r"|\se\s(?![hH]?[iIíÍ])"
)
_SPANISH_WORD = lazy_compile(
    r"ñ|ción\b|ciones\b|\s[yY]\s|\b(?:del|los|las|una|en|Madrid|Barcelona|Sevilla"
    r"|Buenos\sAires|Bogotá|México)\b"
)
# "Editorial" names Spanish publishers and Portuguese ones too ("Lisboa: Editorial
# Estampa"): a Spanish word only with no Portuguese town named
_EDITORIAL = lazy_compile(r"\bEditorial\b")
_PORTUGUESE_TOWN = lazy_compile(
    r"\b(?:Lisboa|Coimbra|Porto|Braga|Rio\sde\sJaneiro|São\sPaulo|Belo\sHorizonte)\b"
)
# Italian's small words ("della", "il", "di", "per"): its "e" is no Portuguese one
_ITALIAN_WORD = lazy_compile(r"\b(?:il|di|della|delle|degli|dei|nel|nella|negli|per|gli)\b")


def _told_portuguese(text: str) -> bool | None:
    """Is ``text`` (a Spanish or Portuguese reference) Portuguese -- a Portuguese word in it,
    and no Spanish one (nor an Italian one)?  False when a Spanish word tells it is not;
    None when its words tell neither (no word only one of the two languages writes)."""
    if _SPANISH_WORD.search(text) is not None:
        return False
    if _PORTUGUESE_WORD.search(text) is None:
        return None
    if _EDITORIAL.search(text) and not _PORTUGUESE_TOWN.search(text):
        return False
    return _ITALIAN_WORD.search(text) is None


def _last_family(author: str) -> str:
    """``Cirilo Volkmar Machado`` -> ``Machado, Cirilo Volkmar``; ``Reynaldo dos Santos`` ->
    ``Santos, Reynaldo dos``: a Portuguese name of three words or more, given names first,
    filed under its last word (the particles before it stay with the given names)."""
    words = author.split()
    if len(words) < 3 or not all(
        _GIVEN_WORD.fullmatch(w) or w in _IBERIAN_PARTICLES for w in words
    ):
        return author
    if _ORGANISATION.search(author) or words[-1] in _IBERIAN_PARTICLES:
        return author
    return f"{words[-1]}, {' '.join(words[:-1])}"
