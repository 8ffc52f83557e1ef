"""The comma form of Romance-language and Central European humanities references, with
no italics left to mark the title (plain text, PDF conversions):

``Tye, Michael, Consciousness, Color, and Content, Cambridge (MA), MIT Press, 2000.``,
``Flonta, Mircea, Cognitio. O introducere critică, Bucureşti, Editura All, 1994.``,
``Michael Tye, Consciousness, Color, and Content, Cambridge (MA), MIT Press, 2000, p. 15.``

The names come first (inverted with a comma, or in natural order); the reference ends
with ``, Place, Publisher, Year`` (and a page in a note), the publisher named as one
(``Press``, ``Editura``, ``Verlag``, ``Edizioni`` ...).  The title is all between: it may
hold commas of its own, which only the end of the reference can tell apart.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.french_notes import person
from bibcheck.parse.references.particles import given_particle_first
from bibcheck.parse.references.patterns import INITIAL_DIGRAPH, PART_CITED, SURNAME, U
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.publicpublisher import publishing_house
from bibcheck.parse.references.quote_pairs import EN_DOUBLE, LOW_DOUBLE
from bibcheck.parse.references.shared import Fields, has_publisher_word, year_of
from bibcheck.parse.references.title_statements import title_before_statements

# an edited volume's editor, after the name (as written in the languages these lists are in)
ROLE = role_marks.MARK  # (:mod:`.role_marks`)
_GIVEN = rf"[{U}][\w'’-]+(?:\s[{U}]\.)?(?:\s[{U}][\w'’-]+)?"
# a particle the list files after the given names ("Glahn, Richard von, Title, …", "Hoeven,
# Maria van der, …", "Gaulle, Charles de, …"), before the comma that ends the name
_PARTICLE = particle_pattern(PARTICLES | {"vom", "zu", "des", "della"})
_AFTER_GIVEN = rf"(?:\s{_PARTICLE}(?:\s{_PARTICLE})?(?=,))?"
NAMES = lazy_compile(
    # (two Spanish family names joined by "y": "Francisco Tomás y Valiente")
    rf"^(?P<authors>{SURNAME},\s{_GIVEN}{_AFTER_GIVEN}|{_GIVEN}\s{SURNAME}(?:\sy\s{SURNAME})?"
    # (a given name cut to two or three letters, as Greek, French and German notes write
    # it: "Χρ. Αγριαντώνη", "Τζ. Χαρλαύτη", "Ch. Dupont", "Chr. Müller")
    rf"|{INITIAL_DIGRAPH}(?:\s?{INITIAL_DIGRAPH})*\s{SURNAME}"
    # the family name before its initials (Italian and Vancouver-like lists: "Rossi G.M.")
    rf"|{SURNAME}\s(?:[{U}]\.\s?-?){{1,3}}(?<!\s))"
    # the role of the person named, an edited volume's editor ("Scurtu, Ioan (coord.),",
    # "Ioan Scurtu (coord.),", "Rossi, Mario (a cura di),", "Müller, Hans (Hrsg.),")
    rf"(?P<role>\s{ROLE})?,\s(?P<rest>\S.+)$"
)
_PUBLISHER = (
    r"(?:Press|Presses|Editura|Editions?|Éditions|Edizioni|Editore|Editori|Editorial"
    r"|Ediciones|Edições|Editora|Verlag|Publishing|Publishers?|Books|University|Universit\w+"
    r"|Wydawnictwo|Kiadó|Nakladatelství|Izdat\w+|Издательство|Видавництво|Humanitas|Polirom"
    r"|Gallimard|Seuil|Laterza|Einaudi|Mulino|Mondadori|Routledge|Blackwell|Springer|Wiley"
    r"|Clarendon|Beck|Suhrkamp|Akademie|Academy|Academia|Institut\w*)"
)
_TAIL = lazy_compile(
    rf",\s(?P<place>[{U}][\w'’.-]+(?:[\s-][{U}][\w'’.-]+)?(?:\s\((?:[A-Z]{{2,3}}|[A-Z]\.[A-Z]\.)\))?)"
    r",\s(?P<pub>[^,]{2,100}?),\s(?P<year>(?:1[5-9]|20)\d\d)(?:\s?[–-]\s?(?:1[5-9]|20)\d\d)?"
    # (the volume cited of a work in several: "1959-1967, II, p. 12")
    r"(?:,\s[IVXL]+)?(?:,\s(?:pp?|s|S|p|c|с|str|o)\.\s?(?P<pages>\d+(?:\s?[–-]\s?\d+)?)"
    # (and the pages after it: "p. 45 și urm.", "S. 12 ff.", "p. 7 sqq.", "p. 7 ss.", "s. 5 i
    # nast.", "с. 5 и сл.", "p. 7 et seq.")
    r"(?:\s?(?:și\surm|şi\surm|ff?|sqq?|ss|seq|et\sseq|e\ssegg|y\sss|i\snast|и\sсл)\.?)?"
    # (or the part cited, a chapter or an appendix: "cap. 3", "apéndice II")
    rf"|,\s{PART_CITED}"
    r")?\.?$"
)

# a publisher's name with no word that says so ("Taurus", "Siglo XXI", "Ministerio de
# Agricultura", "Tabapress"): capitalised words, no place of its own, no digits but a
# numeral's
_PLAIN_PUBLISHER = lazy_compile(
    rf"[{U}][\w'’&.-]+(?:\s(?:[{U}][\w'’&.-]+|[IVXLC]+|de|del|de\sla|y|e|i|et|and|und|&)){{0,5}}"
)

_EXTENT = lazy_compile(r",\s\d{1,2}\s(?:voll?|vols?|Bde|tomi|tomes|t)\.?$")

# What no plain comma-form book title holds: a marked (italic, quoted) title, which is
# another style's; more names ("R. Jones, A. Hosking, and E. Moss, Title"); an editor and a
# chapter's host ("…”, în W. Lycan (ed.), Book"); a place after a sentence ("Title. New York")
# (a word quoted inside the title is the title's: 'The Anti-Politics Machine: "Development",
# Depoliticization, and …')
NOT_ONE_TITLE = lazy_compile(
    rf"^[{LOW_DOUBLE}]|[*_„«»]|[{EN_DOUBLE}],?\s(?:in|en|în|dans)\s|^(?:and|et|e|y|und)\s|"
    rf"^[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:,|\s(?:and|&))"
    # (the last of several names in natural order: "Anne Roux, Jean Lafay et Marie Sol, Title")
    rf"|^[^,]*\s(?:et|and|und|e|y|i|&)\s[{U}][\w'’-]+\s[{U}][\w'’-]+,"
    rf"|{role_marks.MARK}"
    rf"|\.\s[{U}][\w'’-]+(?:\s[{U}][\w'’-]+)?$"
)


def author(names: re.Match[str]) -> str:
    """The name :data:`NAMES` read, a particle filed after the given names moved before the
    family name (``Glahn, Richard von`` -> ``von Glahn, Richard``), a family name in capitals
    first (``FERGUSON James``) inverted."""
    found = names.group("authors")
    return given_particle_first(person(found) or found)


def parse(body: str) -> Fields | None:
    """Fields of a reference in the comma form, or None."""
    return _parse(body, known_place=False)


def placed(body: str) -> Fields | None:
    """Fields of a comma-form reference whose place is a known place of publication
    (``…, Madrid, Taurus, 1970``): the publisher needs no word naming it one."""
    return _parse(body, known_place=True)


def placed_comma_title(body: str) -> Fields | None:
    """:func:`placed`, when the title holds a comma of its own (``Los pósitos en la Corona
    de Castilla, siglos XVI–XVIII, Madrid, …``): read before the styles that would end the
    title at its first comma."""
    found = placed(body)
    return found if found is not None and found.title and "," in found.title else None


def edited(body: str) -> Fields | None:
    """:func:`parse` or :func:`placed`, when the names end with their role (``Scurtu, Ioan
    (coord.), Title, …``, ``Smith, John (ed.), Title, …``): read before the styles that would
    take the given name and role for the title."""
    names = NAMES.match(body)
    if names is None or names.group("role") is None:
        return None
    return parse(body) or placed(body)


# a book's place and year with no publisher ("…, București, 1998.", "…, Kraków, 1990.")
_PLACE_YEAR = lazy_compile(
    rf",\s(?P<place>[{U}][\w'’.-]+(?:[\s-][{U}][\w'’.-]+)?),\s(?P<year>(?:1[5-9]|20)\d\d)\.?$"
)
_INVERTED = lazy_compile(rf"{SURNAME},\s{_GIVEN}")


def inverted_placed(body: str) -> Fields | None:
    """Fields of a list entry in the comma form whose name is inverted and whose place, a
    known place of publication, ends it with the year (``Hitchins, Keith, România
    1866–1947, trad. …, București, 1998.``): a book, its title all before the statements
    after it (:mod:`.title_statements`), which must be there (with no publisher named,
    ``Smith, John, Harbours, docks, and quays, London, 2001.`` may be more names than one's
    before its title); None for any other shape."""
    names = NAMES.match(body)
    if names is None or _INVERTED.fullmatch(names.group("authors")) is None:
        return None
    rest = names.group("rest")
    tail = _PLACE_YEAR.search(rest)
    if tail is None or tail.start() == 0 or not is_place(tail.group("place")):
        return None
    between = _EXTENT.sub("", rest[: tail.start()]).strip(" ,.")
    title = title_before_statements(between)
    # (or a publishing house named before the place: "Popescu, Ion, Title, Editura
    # Humanitas, București, 2005.")
    before, comma, house = between.rpartition(", ")
    publisher = house if title == between and comma and publishing_house(house) else None
    if publisher is not None:
        title = before
    elif title == between:
        return None
    if not title or len(title) > 300 or NOT_ONE_TITLE.search(title):
        return None
    return Fields(
        "comma",
        (author(names),),
        title,
        year_of(tail.group("year")),
        place=tail.group("place"),
        publisher=publisher,
        book=True,
    )


def _parse(body: str, *, known_place: bool) -> Fields | None:
    names = NAMES.match(body)
    if names is None:
        return None
    rest = names.group("rest")
    tail = _TAIL.search(rest)
    if tail is None or tail.start() == 0:
        return None
    if known_place:
        if not is_place(tail.group("place")) or not _PLAIN_PUBLISHER.fullmatch(tail.group("pub")):
            return None
    # (a publisher named by its own word, "Editura …", "… Press", or a house known by name
    # alone, "Palgrave Macmillan", "Routledge": :func:`.shared.has_publisher_word`)
    elif not re.search(_PUBLISHER, tail.group("pub")) and not has_publisher_word(tail.group("pub")):
        return None
    # the number of volumes is no part of the title: "Title, 2 voll.", "Title, 3 vols."
    # (nor what follows the title: "…, trad. Vlad Russo, ed. a II-a", "…, vol. VIII, …")
    title = title_before_statements(_EXTENT.sub("", rest[: tail.start()]).strip(" ,."))
    if not title or len(title) > 300 or NOT_ONE_TITLE.search(title):
        return None
    return Fields(
        "comma",
        # ("FERGUSON James": the family name in capitals first, as French lists write it)
        (author(names),),
        title,
        year_of(tail.group("year")),
        pages=tail.group("pages"),
        publisher=tail.group("pub").strip(),
        place=tail.group("place"),
    )
