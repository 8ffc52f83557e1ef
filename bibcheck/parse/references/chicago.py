"""Chicago notes-bibliography references.

Bibliography entries start with the inverted first author::

    Smith, John. The Book of Trade. New York: Norton, 2015.
    Doe, Jane. “The Article Title.” Journal of Stuff 12, no. 3 (2018): 45–67.

Notes start with the author in natural order and put the publication facts
in parentheses, followed by the cited page::

    John Smith, The Book of Trade (New York: Norton, 2015), 45.
    Jane Doe, “The Article Title,” Journal of Stuff 12, no. 3 (2018): 47.

Shortened notes (``Smith, Book of Trade, 46.``) and ``Ibid.`` are resolved
to the earlier full note by :mod:`bibcheck.parse.references.repeat`, not here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import (
    arabic_notes,
    cjk_brackets,
    cjk_unsigned,
    classic_edition,
    joined_names,
    quote_pairs,
    role_marks,
)
from bibcheck.parse.references import fields as f
from bibcheck.parse.references.catalogue_numbers import opens_with_record_number
from bibcheck.parse.references.entrytail import bare_place, entry_title, role_cut
from bibcheck.parse.references.fields import span_start, year_tokens
from bibcheck.parse.references.given import SECOND_GIVEN
from bibcheck.parse.references.initials_comma import initialled_names
from bibcheck.parse.references.names_lead import names_lead
from bibcheck.parse.references.native_et_al import without_others
from bibcheck.parse.references.pages_in import pages_in
from bibcheck.parse.references.particles import iberian
from bibcheck.parse.references.patterns import (
    FOUR_DIGITS,
    GIVEN_ABBREVIATED,
    IN_WORD,
    INDIC_VOLUME_WORD,
    INITIAL_DIGRAPH,
    INITIALS,
    NOTE_ET_AL,
    NOTE_PAGE_WORD,
    NOTE_PAGES,
    ORGANISATION_WORD,
    RECORDING_MEDIUM,
    SERIES_WORD,
    SURNAME,
    SURNAME_PLAIN,
    U,
)
from bibcheck.parse.references.peers import bibliography_peer, note_peer
from bibcheck.parse.references.places import is_place
from bibcheck.parse.references.quote_pairs import EN_OPENINGS
from bibcheck.parse.references.series import without_series
from bibcheck.parse.references.shared import (
    Fields,
    Year,
    emphasized,
    locator,
    place_publisher,
    quoted,
    quoted_text,
    split_people,
    strip_edition,
    title_sentences,
    year_of,
)

# the first word of an Irish family name: "Ó Gráda", "Ní Bhrolcháin", "Mac Giolla"
_IRISH_PREFIX = r"(?:Ó|Ní|Nic|Uí|Ua|Mac|Mag)"
_GIVEN_WORD = rf"[{U}][\w'’]+(?:-[{U}][\w'’]+)?"  # "John", "Jean-Paul"
# "John", "John A", "Adolf K. Y", "J. R" (the final period is the element's own)
# ("Quiroga, Ana Luisa.": a second given name of the compound names)
_SECOND = "|".join(sorted(SECOND_GIVEN))
# (Portuguese and Spanish file a name under its last surname, the others after the given
# name with their particle: "Pimentel, Joaquim de Almeida.", "Sousa, Maria da Graça.",
# "García, Juan de Dios.")
_PARTICLED = r"(?:de|da|do|das|dos|del|della|di)"
_GIVEN = (
    rf"(?:{_GIVEN_WORD}(?:\s(?:{_SECOND})(?=[.,]|$))?"
    rf"(?:\s{_PARTICLED}\s{_GIVEN_WORD}(?=[.,]|$))?(?:\s[{U}]\.)*(?:\s[{U}](?=\.|$))?"
    rf"|(?:[{U}]\.\s?-?)*[{U}](?=\.|$))"
)
# a given name before the surname: "John", "Madan B.", "Adolf K. Y.", "J. R. R.", "Maria
# S.W." (initials after a given name written close together)
_GIVEN_FIRST = (
    rf"(?:{_GIVEN_WORD}(?:\s[{U}]\.(?:-?[{U}]\.)*)*"
    rf"|(?:[{U}]\.|{GIVEN_ABBREVIATED})(?:\s?-?(?:[{U}]\.|{GIVEN_ABBREVIATED}))*)"
)
# in a note, up to three given elements: "Ana María", "L. K. Olof", "J. Robert", "Mary Jane B."
# (never an article: "The German Hansa, trans. ..." is a title)
# (OSCOLA writes initials without periods: "Guy S Goodwin-Gill", "D Shabrina", "M-A Lopez")
_GIVEN_NOTE = (
    rf"(?!(?:The|A|An|On|In|Of|Der|Die|Das|Le|La|Les|El|Los|Il)\s)"
    rf"(?:{_GIVEN_FIRST}|[{U}](?:-[{U}])?(?=\s))"
    rf"(?:\s(?:{_GIVEN_WORD}(?:\s[{U}]\.)*|[{U}](?=\s))){{0,2}}"
)
# A surname of several words: "Le Roy Ladurie, Emmanuel.", "García Márquez, Gabriel."
_BIB_SURNAME = rf"{SURNAME}(?:\s{SURNAME_PLAIN}){{0,2}}"
# what follows a natural-order name misread as inverted: "Haas, ...", "Modha. Title" (a
# prefixed or particle name too: "Anna Lind, David J. DeWitt, ...", "McLeod. Title")
_MORE_INITIALS = lazy_compile(rf"[{U}]\.(?:\s?-?[{U}]\.)*,\s")
# (ISO 690 and its national versions invert every name, joined in the reference's language:
# "Smith, J. and Brown, K.", "Rossi, M. e Bianchi, L.", "García, J. y López, M.")
# (Welsh "a" / "ac", Irish "agus", Albanian "dhe", Maltese "u", Corsican "è", Romanian
# "și", Hungarian "és", Finnish and Estonian "ja", Lithuanian "ir", Luxembourgish "an",
# Latvian "un")
# (and with whole given names, a comma before the word: "Rossi, Mario, e Bianchi, Luisa")
_AND_INVERTED = (
    r"(?:and|&|e|è|y|et|und|i|a|ac|agus|dhe|u|en|og|och|ve|dan|eta|[șş]i|és|ja|ir|an|un)"
)
_AND_MORE_INVERTED = lazy_compile(rf"{_AND_INVERTED}\s{_BIB_SURNAME},\s{INITIALS},\s")
# "and" after a comma before the last name in natural order, in the list's language: German
# "Mangen, Anne, Bente Walgermo, und Kolbjørn Brønnick", Spanish ", y", Italian and
# Portuguese ", e", French ", et", Polish ", i", Russian ", и" (after the comma only: "Ortega
# y Gasset", "Silva e Sousa" are one name)
_COMMA_AND = r"(?:und|et|y|e|i|и|og|och|en|ve|és|ja|dan|ir|[șş]i|eta|u)"
_COMMA_AND_NATURAL = lazy_compile(rf",\s{_COMMA_AND}\s(?=[{U}])")
# the word for "and" before the last name, with no comma (see _BIB_AUTHOR): "Berg, Erik och
# Lars Dahl", "García, Juan y Pedro López", "Kaya, Ali ve Ayşe Demir"
_NORDIC_AND = lazy_compile(rf"\s{_COMMA_AND}\s(?=[{U}])")


def _body_after_and(authors: str) -> bool:
    """Does a body's name follow the last word for "and" with no comma in ``authors`` (not
    the Nordic "och"/"og", read so before)?  Then all is one body's name: "Sağlık, Eğitim ve
    Spor Bakanlığı" (Health, Education and Sport, a ministry), no person inverted."""
    joins = [j for j in _NORDIC_AND.finditer(authors) if j.group(0).strip() not in ("och", "og")]
    return bool(joins) and _ORGANISATION.search(authors, joins[-1].end()) is not None


# (the "and" before the last natural-order name in another language, a whole name after it:
# "Petra B. Haas und Kurt Berg"; not a title's "Mineros y mercaderes")
_NAMES_GO_ON = lazy_compile(
    rf"{SURNAME}(?:,|\.|\s(?:and|&)\s|\s{_COMMA_AND}\s[{U}][\w'’-]+\s{SURNAME}[,.])"
)
# a co-author's given names in natural order, a second whole given name too: "Michael
# Rip", "Michael Russell Rip", "Mary Jane B. Brown", "J. R. Park"
# (never an article: "Smith, John, The Great Book." is a title after a comma)
_CO_AUTHOR_GIVEN = (
    rf"(?!(?:The|A|An|On|In|Of|Der|Die|Das|Le|La|Les|El|Los|Il)\s)"
    rf"{_GIVEN_FIRST}(?:\s{_GIVEN_WORD}(?:\s[{U}]\.)*)?"
)
_BIB_ROLE = (
    # (an editor's mark bare after the names: :data:`.role_marks.ABBREVIATED`; and "arg.",
    # as this has long read)
    rf"(?:{role_marks.alternation(role_marks.ABBREVIATED)}|arg"
    # (a translator's mark: "Drake, Stillman, trans. and ed. Title", "Übers.", "trad.")
    r"|trans|transl|tr|[Üü]bers|trad|vert|пер)"
    # (two roles joined: "trans. and ed.", "ed. and trans.", "Hrsg. und Übers.")
    rf"(?:\.?,?\s(?:and|&|und|et|y|e|и)\s(?:{role_marks.alternation(role_marks.ABBREVIATED)}"
    r"|trans|transl|tr|[Üü]bers|trad|vert|пер))?"
)
_BIB_AUTHOR = lazy_compile(
    # ("Robbins, Richard G., Jr. Title": a generation after the given names)
    rf"^(?P<authors>{_BIB_SURNAME},\s{_GIVEN}(?:\.?,\s(?:Jr|Sr|II|III|IV)(?=[.,]))?"
    # (most languages join the last name with no comma: "Berg, Erik och Lars Dahl.",
    # "García, Juan y Pedro López.", Turkish "Kaya, Ali ve Ayşe Demir.")
    rf"(?:\.?,?\s(?:and|&|{_COMMA_AND})\s{_CO_AUTHOR_GIVEN}\s{SURNAME}"
    rf"|\.?,\s{_CO_AUTHOR_GIVEN}\s{SURNAME}|(?:\.,?|,)\s{_AND_INVERTED}\s{_BIB_SURNAME},\s{_GIVEN})*"
    # ("De Bujanda, J. M., ed. Title": the editor's mark after initials, in the list's
    # language: "red." (Scandinavian, Polish, Czech), "Hrsg."/"Hg.", "éd."/"dir.", "a cura
    # di", "coord.", "toim." (Finnish), "szerk." (Hungarian), "ур." (South Slavic), "ред.",
    # "arg." (Basque))
    # (the Scandinavian "m.fl." (med flera) for "et al.": "Berg, Anna m.fl. Title")
    rf"(?:\.?,?\set\sal|\sm\.\s?fl)?)(?:\.?,\s{_BIB_ROLE})?\.\s+(?P<after>.+)$"
)
# A bibliography's first author with given names the list above does not know, when
# something says where they end: a particle filed after them ("Slane, William Mac Guckin
# de.", "Berchem, Max van.") or a quoted title right after them ("Witkam, Jan Just. “Title”")
# the marks a quoted title opens with, in any language (:mod:`.quote_pairs`; not ’ and ',
# which are apostrophes as often)
_OPENING = re.escape(quote_pairs.openings())
_FILED_PARTICLE = r"(?:de|du|des|d['’]|da|di|del|della|van|von|van\sder|von\sder|van\sden|ten|ter)"
# ... or a title and a book's facts after them: "Fleming, James Rodger. Title, 1800–1870.
# Baltimore: Johns Hopkins University Press, 1990."
_THEN_BOOK_FACTS = (
    # (a publisher's initial: "London: John C. Nimmo, 1897")
    # (initials inside the title: "Caught in the Web of Words: James A. H. Murray and ...")
    rf"[^\s.](?:[^.]|(?<=\s[{U}])\.){{2,300}}\.\s+(?:[^.]{{2,200}}\.\s+){{0,2}}"
    rf"[{U}][\w .,'’-]{{1,40}}:\s"
    rf"(?:[^:.]|(?<=\s[{U}])\.(?=\s)){{2,80}},"
    r"\s(?:1[5-9]|20)\d\d"
)
# ... or MLA's book facts: no place, the publisher and the year end the entry ("Title:
# Subtitle. Purdue UP, 1993.", "Title. Edited by Ann Kerr, Tarn Books, 1988.")
_THEN_MLA_BOOK = (
    rf"[^\s.](?:[^.]|(?<=\s[{U}])\.){{2,300}}\.\s+(?:[^.]{{2,200}}\.\s+)?"
    rf"[{U}][^.:;]{{1,80}},\s(?:1[5-9]|20)\d\d\.?$"
)
# (taken for MLA's alone, not a quoted title nor Chicago's "Place: Publisher")
_MLA_ONLY = lazy_compile(rf"(?![{_OPENING}])(?!{_THEN_BOOK_FACTS}){_THEN_MLA_BOOK}")
# a co-author in natural order: "Stephan Selzer", "John Maynard Keynes", "J. R. Park"
_AD_NATURAL_BIB = (
    rf"(?:{_GIVEN_WORD}|[{U}]\.(?:\s?-?[{U}]\.)*)(?:\s(?:{_GIVEN_WORD}|[{U}]\.)){{0,2}}"
    rf"\s{SURNAME}"
)
_BIB_LONG_GIVEN = lazy_compile(
    rf"^(?P<authors>{_BIB_SURNAME},\s{_GIVEN_WORD}(?:\s(?:{_GIVEN_WORD}|[{U}]\.)){{1,3}}"
    # ("Ewert, Ulf Christian, and Stephan Selzer. Title": co-authors in natural order)
    # (Scandinavian: "och"/"og" with no comma)
    rf"(?:,\s{_AD_NATURAL_BIB})*(?:(?:,?\s(?:and|&|och|og)|,\s{_COMMA_AND})\s{_AD_NATURAL_BIB})?"
    # ("Lind, Anna Karin et al. “Title”": the others after the names, "et al." as
    # :mod:`.native_et_al` writes "m.fl.", "u. a.", "i in.", "ym.", "e.a.")
    # (a Dutch particle filed after them first: "Jong, Pieter Jan de et al. “Title”")
    rf"(?:(?:\s{_FILED_PARTICLE})?,?\set\sal(?=\.\s+[{_OPENING}]))?"
    rf"(?:\s{_FILED_PARTICLE}(?=\.)|(?=\.\s+[{_OPENING}])|(?=\.\s+{_THEN_BOOK_FACTS})"
    rf"|(?=\.\s+{_THEN_MLA_BOOK}))"
    r")\.\s+(?P<after>.+)$"
)
# A given name after the first author's initial: "Arnold, R. Arthur. *Title*", "Eliot, T.
# Stearns. The Waste Land. New York: ...": the name ends where a marked title or a title
# and a book's facts begin
_GIVEN_AFTER_INITIAL = lazy_compile(
    rf"(?P<given>{_GIVEN_WORD})\.\s+(?=[{_OPENING}]|[*_][^\W\d_]|{_THEN_BOOK_FACTS})"
)
# Author-date lists (Chicago, APSA, ASA) write the first author inverted with all the given
# names as the person writes them, the others in natural order, then the year:
# "Shugart, Matthew Søberg, and John M. Carey. 1992.", "Melo, Marcus André, e Carlos
# Pereira. 2013.", "Beauvoir, Simone de. 1949.", "Lee, Hae-Won, and J. R. Park. 2010." --
# the year after the names says where they end, so any given names are read, up to three,
# and the names joined in the list's language.
# (an initial may go without its full stop, as citeproc prints it when the style says so
# and the data has none: "Berg, Anna, Carl G Dahl, and Eva Fors. 2019.")
# (an abbreviated given name of two or three letters: "Chr. Matras", "Th. Berg")
_AD_GIVEN_ELEMENT = (
    rf"(?:{_GIVEN_WORD}|{INITIAL_DIGRAPH}(?:\s?-?{INITIAL_DIGRAPH})*|[{U}](?=[\s,]))"
)
_AD_GIVEN = (
    rf"{_AD_GIVEN_ELEMENT}(?:\s{_AD_GIVEN_ELEMENT}){{0,2}}"
    # (a particle is a whole word: not the start of Indonesian "dan", "and")
    # (the longest first: "Wee, Herman van der" keeps its "der")
    r"(?:\s(?:van\sder|van\sden|van\sde|von\sder|de|da|do|dos|das|del|della|di|du|van|von|ten|ter|le|la)"
    r"(?![\w'’-]))?"
)
# (a Faroese by-name of place between the given and the family name: "Jógvan í Lon
# Jacobsen", "Óli á Fløtum Joensen")
_BY_NAME = rf"(?:\s(?:í|á|av|við)\s{SURNAME_PLAIN})?"
_AD_NATURAL = rf"{_AD_GIVEN_ELEMENT}(?:\s{_AD_GIVEN_ELEMENT}){{0,2}}{_BY_NAME}\s{SURNAME}"
_AD_INVERTED = rf"{_BIB_SURNAME},\s{_AD_GIVEN}"
# "and" in the languages author-date lists are written in (Portuguese and Italian "e",
# Spanish "y", French "et", German "und", Dutch "en", Romanian "și", Polish "i", Swedish
# "och", Danish and Norwegian "og", Turkish "ve", Hungarian "és", Basque "eta", Welsh "a" /
# "ac", Irish "agus", Albanian "dhe", Czech and Slovak "a", Finnish and Estonian "ja",
# Lithuanian "ir", Luxembourgish "an", Latvian "un", Maltese "u", Slovene "in": lower case
# between two names only, never the English article or the German preposition, which no
# capitalised name follows in a list the year closes: "Weber, Karl. 1990. Briefe an Hans Roth.")
_AD_AND = r"(?:and|&|e|y|et|und|en|și|şi|i|och|og|ve|és|dan|eta|a|ac|agus|dhe|ja|ir|an|un|u|in)"
# (atomic: a person read one way is not read again another way when the year is not found,
# which would cost time exponential in the number of names)
_AD_PERSON = rf"(?>{_AD_NATURAL}|{_AD_INVERTED})"
# the editors' role in parentheses before the year, in the list's language: "Cloete, G.D. &
# Smit, D.J. (reds.) 1984." (Afrikaans), "(red.)" (Dutch), "(eds.)", "(Hrsg.)", "(éds)"
# (any case, as these lists write them: "(Reds.)", "(HRSG.)": :data:`.role_marks.MARK`)
_AD_EDITORS = rf"\s(?i:{role_marks.MARK})\.?"
# "et al." after the names (Dutch "e.a.", German "u.a."; Indonesian "dkk." is read as it)
_AD_ET_AL = r",?\s(?:et\sal|e\.a|u\.a)\.?"
_AD_AUTHORS = lazy_compile(
    rf"^(?P<authors>{_AD_INVERTED}(?:,\s{_AD_PERSON})*(?:,?\s{_AD_AND}\s{_AD_PERSON})?"
    rf"(?:{_AD_ET_AL})?"
    # (a family name alone before "et al.": "Mubyarto, et al. 1992.", "Haas et al. 2010.",
    # a one-name author or a list that gives the first author's family name only)
    rf"|{_BIB_SURNAME}(?={_AD_ET_AL}\s+(?:\d{{4}}|n\.\s?d))(?:{_AD_ET_AL}))"
    rf"(?:(?:,\s{_BIB_ROLE}\.)?(?:(?<=\.)|\.)|{_AD_EDITORS})\s+"
    r"(?P<after>(?:\d{4}[a-z]?|n\.\s?d|forthcoming)\.\s+.+)$"
)
# An author-date list that prints its names in natural order, as Icelandic lists print
# Icelanders (under the given name, "Guðni Th. Jóhannesson. 2004. „Titill.“"): one person
# or more, an initial among the given names ("Th.", "Þ."), the year after them (names with
# none, "Hannes Jónsson. 1982.", read as :data:`_ORG_AD` reads a body's).  Each given
# element is one word or one initial, up to four of them (an element that could take a run
# of initials whole or in parts would split a long run every way)
_AD_ONE_GIVEN = rf"(?:{_GIVEN_WORD}|{INITIAL_DIGRAPH}(?:-{INITIAL_DIGRAPH})?|[{U}](?=\s))"
_AD_NATURAL_ONE = rf"{_AD_ONE_GIVEN}(?:\s{_AD_ONE_GIVEN}){{0,3}}{_BY_NAME}\s{SURNAME}"
_AD_NATURAL_LIST = lazy_compile(
    rf"^(?P<authors>(?>{_AD_NATURAL_ONE})(?:,\s(?>{_AD_NATURAL_ONE}))*"
    rf"(?:,?\s{_AD_AND}\s(?>{_AD_NATURAL_ONE}))?)"
    r"\.\s(?P<year>\d{4}|n\.\s?d)[a-z]?\.\s+(?P<rest>.+)$"
)
_AD_NEXT = lazy_compile(rf",?\s(?:{_AD_AND}\s)?(?P<person>{_AD_PERSON})")
_AD_FIRST = lazy_compile(_AD_INVERTED)
_AD_ET_AL_END = lazy_compile(rf"{_AD_ET_AL}$")


def _author_date(body: str) -> Fields | None:
    """Fields of an author-date entry (``Shugart, Matthew Søberg. 2005. "Title." ...``), or
    None."""
    dated = _AD_AUTHORS.match(body)
    if dated is None:
        return None
    authors = _author_date_authors(dated.group("authors"))
    family, _, given = authors[0].partition(", ")
    if (
        " " in family
        and " " in given
        and not re.search(r"(?:^|\s)[a-z]", family)
        and len(authors) > 1
    ):
        return None  # "John Smith, Jane Doe, and Bob Roe. 2010.": names in natural order
    return _work(Fields("chicago", authors), dated.group("after"), note=False)


def _natural_author_date(body: str) -> Fields | None:
    """Fields of an author-date entry whose names are in natural order with an initial
    among them (:data:`_AD_NATURAL_LIST`), or None."""
    m = _AD_NATURAL_LIST.match(body)
    if m is None or not _HAS_INITIAL.search(m.group("authors")):
        return None
    people = tuple(p.strip() for p in _NATURAL_SEPARATOR.split(m.group("authors")) if p.strip())
    return replace(
        _work(Fields("chicago", people), m.group("rest"), note=False), year=year_of(m.group("year"))
    )


_HAS_INITIAL = lazy_compile(rf"(?<!\S){INITIAL_DIGRAPH}(?=\s)")
_NATURAL_SEPARATOR = lazy_compile(rf",\s(?:{_AD_AND}\s)?|\s{_AD_AND}\s")


def _author_date_authors(text: str) -> tuple[str, ...]:
    """The people of ``text`` (``_AD_AUTHORS``' names): the first inverted, each other one
    after a comma or the conjunction."""
    first = _AD_FIRST.match(text)
    if first is None:
        return (_AD_ET_AL_END.sub("", text),)
    people = [first.group(0)]
    pos = first.end()
    while (person := _AD_NEXT.match(text, pos)) is not None:
        people.append(person.group("person"))
        pos = person.end()
    return tuple(people)


_JOINED_INVERTED = lazy_compile(rf"\.,?\s{_AND_INVERTED}\s(?={_BIB_SURNAME},\s)")
_NAME = rf"{_GIVEN_FIRST}\s{SURNAME}"
# Spanish and Portuguese write two family names; after a middle initial both are family
# names: "Pedro J. Arroyo Galindo", "José M. López de la Vega"
_TWO_FAMILY_NAMES = (
    rf"(?P<given>{_GIVEN_WORD}(?:\s{_GIVEN_WORD})?\s[{U}]\.)\s"
    rf"(?P<family>{SURNAME_PLAIN}\s(?:(?:de|del|de\sla|y|e)\s)?{SURNAME_PLAIN})"
)
_NOTE_NAME = rf"(?:{_TWO_FAMILY_NAMES.replace('?P<given>', '').replace('?P<family>', '')}"
_NOTE_NAME += rf"(?=,)|{_GIVEN_NOTE}\s{SURNAME})"
# a generation after a natural-order name: "Richard G. Robbins, Jr., Title (...)", "Robert
# Hale Jr., Title (...)", "Loren J. Samons II, Title (...)" (with or without the comma)
_NOTE_NAME += r"(?:,?\s(?:Jr|Sr)\.|,?\s(?:II|III|IV)(?=,))?"
_NOTE_GENERATION = lazy_compile(r",?\s(?=(?:Jr|Sr)\.?$|(?:II|III|IV)$)")
_TWO_FAMILY = lazy_compile(_TWO_FAMILY_NAMES)
_GIVEN_ONLY = lazy_compile(rf"{_GIVEN_WORD}\s{_GIVEN_WORD}\s{SURNAME_PLAIN}")
# An organisation as author: "World Bank", "UNESCAP", "Port of Rotterdam Authority".
_ORG = rf"[{U}][\w&'’-]+(?:\s(?:of|for|and|the|&|[{U}][\w&'’-]+)){{0,6}}"  # not "W. Kahan"
# (the spaces after the name possessive, all but the last before a stop, which the title
# then is: "\.\s+" before "[^.]+" split a run of spaces every way, and each failed)
_ORG_BIB = lazy_compile(
    rf"^(?P<org>{_ORG})\.(?:\s++(?!\.)|\s(?:(?!\s\.)\s)*+(?=\s\.))"
    r"(?P<title>[^.]+(?:\.\s[^.]+)?)\.\s+"
    rf"(?P<facts>[{U}][^:]{{1,40}}:\s?[^:]+?,\s(?:1[5-9]|20)\d\d)\.?$"
)
# (a one-letter first word, "R Core Team. 2022.", a named team or project)
_ORG_AD = lazy_compile(
    # (or no date: "Huygens ING. n.d. \"Title.\"")
    rf"^(?P<org>{_ORG}|[{U}]\s{_ORG})\.\s(?P<year>\d{{4}}|n\.\s?d)[a-z]?\.\s+(?P<rest>.+)$"
)
# (Chicago lets the publisher go: "Rijkswaterstaat, De hoogwaters van 1995 (Den Haag, 1995)")
_ORG_NOTE = lazy_compile(
    rf"^(?P<org>{_ORG}),\s(?P<after>[^()]+\((?:[^()]*:[^()]*|[{U}][^(),:]{{1,40}},\s)\d{{4}}\).*)$"
)
# A long title goes on after its comma as a description of the work, never as a title after
# an author: "The New Testament …, Translated Faithfully into English (Rheims: …, 1582)",
# "The Holy Bible, Conteyning the Old Testament and the New (London: …, 1611)", French
# "La Sainte Bible, Traduite sur les textes originaux", German "…, Verdeutscht durch …",
# Latin "…, Nunc primum edita" -- the first part is no organisation (a translator named
# next, "…, Translated by Name", is the work's contributor: not this)
_TITLE_GOES_ON = lazy_compile(
    # (an adverb first, then a participle of making the text: "Newly Corrected and
    # Augmented", "Diligently Revised", "Nouvellement revue", "Nuovamente corretta")
    r"(?:(?:Newly|Faithfully|Diligently|Truly|Lately|Now\sfirst|Nouvellement|Fidèlement"
    r"|Nuovamente|Fedelmente|Nunc\sprimum|Neu)\s(?i:translated|corrected|imprinted|printed"
    r"|augmented|revised|amended|enlarged|englished|overseen|perused|revue?|corrigée?"
    r"|traduite?|corrett[ao]|tradott[ao]|editus|edita|übersetzt|bearbeitet)\b"
    # (or a participle no title of its own opens with)
    r"|(?:Translated|Containing|Conteyning|Contayning|Englished|Wherein|Whereunto|Set\sforth"
    r"|Done\sinto|Traduite?s?|Contenant|Verdeutscht|Übersetzt|Enthaltend|Traducid[ao]s?"
    r"|Tradott[ao]|Contenente|Continens)"
    r"\s(?!(?:by|par|von|durch|por|da|per|a)\s)[^\W\d_])"
)
# A report by an organisation, its series and number in the parentheses: "Department for
# Education, Connected Schools Fund: Annual Accounts 2021–22 (HC 412, 2022), 18."
_ORG_REPORT = lazy_compile(
    rf"^(?P<org>{_ORG}),\s(?P<after>[^()]+\([^()]*\d{{4}}[^()]*\)(?:,\s[^()]*)?\.?)$"
)
_ORGANISATION = lazy_compile(ORGANISATION_WORD)
# Several bodies author a work together, listed before its title, the last joined by "and":
# "UNEP, UNDP and WMO, Title (Nairobi: UNEP, 2019)", "OECD, Eurostat and the World Health
# Organization, Title (…)" -- each body by its initials or an organisation's word
_ORG_LIST_NOTE = lazy_compile(
    rf"^(?P<org>{_ORG}(?:,\s{_ORG}){{1,8}}),\s(?P<after>[^()]+\([^()]*\d{{4}}[^()]*\).*)$"
)
_ACRONYM_BODY = lazy_compile(r"(?:the\s)?[A-Z][A-Za-z]?[A-Z]{1,8}(?:-[A-Z][a-z]+)?")
# Editors of the cited volume say so after their names: "Nicholas Kenyon, ed., Title (...)".
# Several authors end with "and Name": in "Hugo Reinhardt, Baltic Timber, trans. ..." the
# second part is the title, not a second author.
# "and" in the languages notes are written in ("James Crow, Jonathan Bardill ve Richard Bayliss";
# Malay and Indonesian "dan", Tagalog "at", Vietnamese "và"; Welsh "a" / "ac", Irish "agus",
# Albanian "dhe", Maltese "u", Luxembourgish "an", Latvian "un")
_AND = r"(?:and|&|und|et|e|y|i|a|ac|agus|dhe|u|ve|og|och|en|és|dan|at|và|и|і|та|και|eta|an|un)"
# A one-word name inside a list of natural-order names, as Indonesian and Javanese
# mononyms are written: "Yance Arizona, Malik, dan Irene Ishviati"
_MONONYM = rf"{SURNAME_PLAIN}(?=,\s)"
_NOTE_AUTHOR = lazy_compile(
    # ("Ní Bhriain, Siobhán, Title": an Irish family name, inverted, is no given name)
    rf"^(?!{_IRISH_PREFIX}\s[{U}][\w'’-]+,\s)(?P<authors>{_NOTE_NAME}(?:(?:,\s(?:{_NOTE_NAME}|{_MONONYM}))*,?\s{_AND}\s{_NOTE_NAME}"
    # (the first names, then "et al.": "Jordan Hale, Mia Berg, Ana Cruz et al., "Title,"";
    # OSCOLA's "and others": "M-A Garcia-Lopez and others, 'Title' (2020) 119 JUE 1")
    # ("Jan Novák a kol., *Title*", "Anna Berg u. a.": the same in the note's language)
    rf"|(?:,\s{_NOTE_NAME})+(?=,?\s{NOTE_ET_AL})"
    # (natural-order names joined by commas alone, as Romanian, Italian and Spanish notes
    # write them, right before a quoted or italic title: "Ana Pop, Ion Rusu, „Title”, în …")
    rf"|(?:,\s{_NOTE_NAME}){{1,5}}(?=,\s[{_OPENING}*_]))?"
    rf"(?:,?\s{NOTE_ET_AL})?)(?:{role_marks.COMMA_MARK}"
    # (or in parentheses, as British notes write it: "R. Dudley Edwards (ed.)", "(eds)")
    rf"|\s{role_marks.MARK})?,\s(?P<after>.+)$"
)
# A note with the names inverted and initials, as reports and briefs write: "Kumpel, E. &
# Nelson, K. L., “Title,” Journal 50, no. 2 (2016)", "Wutich, A. et al., “Title,” ..."
# The RFC series writes the last author in natural order and marks editors: "Fielding, R.,
# Ed., Nottingham, M., Ed., and J. Reschke, Ed., "HTTP Semantics", STD 97, RFC 9110".
_INVERTED = rf"{SURNAME},\s{INITIALS}"
_EDITOR_MARK = r"(?:,\sEd\.)?"
_LAST_NATURAL = rf"{INITIALS}\s{SURNAME}"  # (also "P-H. Kamp", as RFCs print it)
# British notes and bibliographies invert the first name only: "Ball, J. E., T. Murrells and
# P. Griffiths", and write "and others" for "et al.".
_OTHERS = rf"(?:,?\s{NOTE_ET_AL})"
# (a family name of two words filed whole: "Wyn Jones, R. a Scully, R.", "García Márquez, G.";
# joined by "and" in the list's language)
_INVERTED_NAMES = (
    rf"{_BIB_SURNAME},\s{INITIALS}{_EDITOR_MARK}(?:,\s(?:{_INVERTED}|{_LAST_NATURAL}){_EDITOR_MARK})*"
    rf"(?:,?\s{_AND}\s(?:{_INVERTED}|{_LAST_NATURAL}){_EDITOR_MARK})?"
)
_NOTE_INVERTED = lazy_compile(
    rf"^(?P<authors>{_INVERTED_NAMES}"
    # (a period may end the names: "Goverde, R. M. P., Binder, A., et al. "Title". Journal")
    rf"{_OTHERS}?)(?:,\s|(?<=\.)\s)(?P<after>[“\"*_].+)$"
)
# Full given names, inverted, before a marked title, as Nordic, Dutch and German notes write:
# "Sandström, Lars, *Pitemålet i förändring*, Luleå: Norrbottens museum, 2019."
# (an initial before the given name, "Edwards, R. Dudley"; a generation after it, "Donnelly,
# James S., Jr"; an Irish family name of two words, "Ó Gráda, Cormac", "Ní Bhrolcháin, Máire")
_IRISH = rf"(?:{_IRISH_PREFIX}\s(?=[{U}]))?"
_GENERATION = r"(?:,\s(?:Jr|Sr)\.?(?=,|$)|,\s(?:II|III|IV)(?=,|$))?"
_INVERTED_FULL = (
    rf"{_IRISH}{SURNAME},\s(?:{_GIVEN_WORD}|[{U}]\.\s{_GIVEN_WORD})(?:\s(?:{_GIVEN_WORD}|[{U}]\.))?"
    rf"{_GENERATION}"
)
# the names after an inverted first one, in natural order: "and T. Desmond Williams"
_NATURAL_NEXT = (
    rf"(?:{_GIVEN_WORD}|[{U}]\.)(?:\s(?:{_GIVEN_WORD}|[{U}]\.)){{0,2}}\s{_IRISH}{SURNAME}"
)
# editors or compilers after the names: "(eds)", "(ed.)", ", eds.", "(comp.)"
_ROLE_MARK = rf"(?:\s{role_marks.MARK}|{role_marks.COMMA_MARK})?"
# (AGLC inverts the first name only and sets titles in single quotes: "Marsh, Jeannie and
# Omar Haddad, ‘Title’ (2019) 43(2) Journal 512")
_NOTE_INVERTED_FULL = lazy_compile(
    rf"^(?P<authors>{_INVERTED_FULL}(?:(?:;|,?\s{_AND})\s(?:{_INVERTED_FULL}"
    rf"|{_GIVEN_WORD}\s{SURNAME}(?=,)))?)"
    rf",\s(?P<after>[{_OPENING}*_].+)$"
)
_NATURAL_AFTER = lazy_compile(rf"(?:and|&)\s({_NATURAL_NEXT})")
_NEXT_PERSON = lazy_compile(rf"(?:;|,?\s{_AND})\s")
_PERSON_INVERTED_FULL = lazy_compile(_INVERTED_FULL)
# ... and with the title unmarked (a Word file's italics are gone), its facts in parentheses
# with a place and publisher: "Sternberg, Lena, Harbour of Kings (Bergen: Sol, 1982), 14."
# ("Francis, R., Report of the Inquiry (London: TSO, 2013)": initials too)
_NOTE_INVERTED_PLAIN = lazy_compile(
    rf"^(?P<authors>{_INVERTED_FULL}(?:,?\s(?:and|&)\s{_NATURAL_NEXT})?|{_INVERTED_NAMES}{_OTHERS}?)"
    rf"{_ROLE_MARK},\s"
    rf"(?P<after>[{U}\d][^()]+\([^()]*:[^()]*\d{{4}}\).*)$"
)
# MLA with an initial before the given name, then a quoted title: 'Nguyen, C. Thi. "Escape
# the Echo Chamber." Aeon, 9 Apr. 2018' (the quotes say where the names end)
_MLA_INITIAL_GIVEN = lazy_compile(
    rf"^(?P<authors>{SURNAME},\s[{U}]\.\s{_GIVEN_WORD})\.\s(?P<after>[{EN_OPENINGS}].+)$"
)
# initials right after what was read as a name in natural order: the name was inverted, its
# family name of two words ("Wyn Jones, R. a Scully, R., Title (Place: Publisher, 2012)")
_INITIALS_AFTER = lazy_compile(rf"{INITIALS}(?:,\s|\s{_AND}\s)")
# ... or a further name, initials first, that goes on: "K. Arora, H. Ameur, and M. Gobbetti.
# Title": the first name was no note's single author but the head of a list ending in a period
_INITIALLED_NAME_AFTER = lazy_compile(rf"{_LAST_NATURAL}(?:,\s|,?\s{_AND}\s)")
_PERSON_INVERTED = lazy_compile(
    rf"^{_BIB_SURNAME},\s{INITIALS}|{_INVERTED}|(?<=and\s){_LAST_NATURAL}|(?<=&\s){_LAST_NATURAL}|(?<=,\s){_LAST_NATURAL}"
)
# (the year looked for ahead, the parentheses read once: a lazy run before the year and a
# greedy one after it tried every split of an unclosed run of digits)
# (never a volume's issue number as BibTeX's styles print it, "585(7825):357–362": no year)
_FACTS = lazy_compile(
    r"(?:(?<!\d)|(?!\(\d{1,6}\):))\((?=[^()]*?(?:\d{4}|n\.d\.))(?P<facts>[^()]*+)\)"
)
# a newspaper's edition (its city's, its late or national one) named after the paper
_PAPER_EDITION = (
    r"(?:ed\.|edizione|edici[óo]n|[ée]d\.|[ée]dition|Ausg\.|Ausgabe|editie|uitg\.)"
    r"(?:\s(?:di|de|del|della|du|für|van|d['’]))?\s[^\W\d_][^,;*_\n]{0,40}"
    r"|(?:[^\W\d_][^\s,;*_]{1,15}\s){1,2}(?:edition|ed\.)"
)
# a periodical (in italics, or capitalised where the italics were not kept) and the day of
# its issue after a quoted title (a newspaper
# article): ", *Daily News*, 14 March 1962" or ", *Daily News*, March 14, 1962" (or year
# first, ", *දිනමිණ*, 1996 මාර්තු 18"); the month
# in any language ("14 Ọ̀wàrà 1962": its letters may carry combining marks)
_DATED_ISSUE = lazy_compile(
    r",?\s?(?:([*_])[^*_\n]{1,120}\1|[^\W\d_a-z][^,;*_\n]{0,80}),\s"
    # (the paper's edition between it and the date: "ed. di Belluno", "national edition",
    # "éd. de Lyon", "Ausgabe Berlin", "edición de Sevilla", "editie Amsterdam")
    rf"(?:(?:{_PAPER_EDITION}),\s)?"
    r"(?:(?:\d{1,2}\.?\s[^\W\d_][^\s,\d]{0,20}\s|[^\W\d_][^\s,\d]{0,20}\s\d{1,2},\s)"
    rf"{FOUR_DIGITS}(?!\d)"
    # (or the year first, then the month and day, as Sinhala dates an issue: "*දිනමිණ*, 1996
    # මාර්තු 18"; a month of letters beyond ASCII's: "Review, 2019 vol 3" is no date)
    rf"|{FOUR_DIGITS}\s(?![A-Za-z])[^\W\d_][^\s,\d]{{0,20}}\s\d{{1,2}}(?!\d))"
)
# "Journal 12, no. 3" (notes-bibliography) or "Journal 39 (1)" (author-date)
# (French, Italian, German notes name the volume and number: "Journal, vol. 62, n° 248")
_VOLUME = lazy_compile(
    r"^(?P<journal>.+?),?\s(?:(?:vol|Vol|Bd|Jg|anno|t)\.\s?)?(?P<vol>\d+)"
    r"(?:,\s(?:no\.|n[°º]|núm\.|Nr\.|H\.|fasc\.)\s?(?P<iss>[\w-]+)|\s\((?P<iss2>[\w/-]+)\))?"
)
# what stands before a number that is no journal's volume: a month (the day of a date,
# "Newsletter, February 29, 2024", "Blog, 3 March 2024" has none before it) or a locator word
# in lower case after a comma ("Monthly Review, table 7.1", "Yearbook, fig. 3", "Site, chap. 2";
# a catalogue's record sheet: Catalan "Catàleg …, fitxa 1845", Spanish and Portuguese "ficha",
# French "fiche", Italian "scheda")
_NO_VOLUME_BEFORE = lazy_compile(
    r"(?:^|[\s,])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$"
    r"|,\s(?:table|tab|fig|figure|chap|chapter|sec|section|part|pt|app|appendix|line|ch"
    r"|fitxa|ficha|fiche|scheda)\.?$"
)
# an italic word inside a quoted title: "« Le *Grand-Saint-Antoine* et la quarantaine »"
_INNER_ITALIC = lazy_compile(r"(?<![\w*_])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*_])")
_YEAR = lazy_compile(FOUR_DIGITS)
# The series and number of a report or guideline after its (unmarked) title: ", HC 947",
# ", Cm 8576", ", Safe Staffing Guideline SG1", ", Technical Report Series 894" (a code of a
# few capitals, never a year; "COVID-19" is no code)
_CODE = r"(?:[A-Z]{1,4}|Cmn?d?)[-\s]?(?!(?:1[5-9]|20)\d\d\b)\d[\w.-]*"
_SERIES = lazy_compile(
    rf",\s(?:(?:[{U}][\w&]*|{SERIES_WORD})\s){{0,3}}"
    rf"(?:{_CODE}|{SERIES_WORD}\s(?:No\.\s?)?\d[\w./-]*)\s*$"
)
# The extent or series of a multi-volume work, after its title in a note.
# The volume cited, in the languages notes are written in: ", vol. 3", ", vol. II", ", t. 2",
# ", Bd. 4", ", т. 1", ", sv. 2", ", 1st ser., vol. 3"
# (the count of volumes: ", 2 vols.", ", 3 Bde.", ", 4 bd." or ", 4 bind" (Danish and
# Norwegian), ", 2 band" (Swedish), ", 3 voll." (Italian), ", 2 t." (French), ", 2 тт.")
_VOLUMES = lazy_compile(
    r",\s(?:\d+\s(?:vols?|voll|Bde?|bd|bind|band|t|тт?)\.?"
    r"|\d+(?:st|nd|rd|th)\sser\.?(?:,\svol\.\s?\d+)?"
    r"|(?:vols?\.|Bd\.|bd\.|t\.|т\.|tom|sv\.|kn\.|zv\.)\s?(?:\d+|[IVXLC]+)(?:\s?[-–]\s?(?:\d+|[IVXLC]+))?"
    # (the Indic words for a volume or part, its number in any script's digits)
    rf"|{INDIC_VOLUME_WORD}\s\d+)"
    r"\s*$"
)
# A recording's or film's medium after its title: ", compact disc", ", LP"
_MEDIUM = lazy_compile(rf",\s{RECORDING_MEDIUM}\s*$")
# The volume of a work in several or of a series, then the whole it belongs to: ", vol. 3 of
# A History of …", ", bd. 3 av Arbeiderbevegelsens historie" (Norwegian, Swedish), ", bind 2
# af …" (Danish), ", Bd. 2 von …", ", t. 3 de …", ", т. 2 из …": the title ends before it
_VOLUME_OF = lazy_compile(
    r",\s(?:vol\.|volume|Vol\.|Volume|bd\.|Bd\.|bind|band|Band|t\.|tome|tomo|т\.|том)\s?"
    r"(?:\d+|[IVXLC]+)\s(?:of|av|af|von|aus|de|du|di|del|из)\s(?=[^\W\d_]).*$",
    re.S,
)
# The volume cited of a work in several, then the volume's own title: ", vol. 8, Index de
# Rome, 1557", ", Bd. 2, Die Neuzeit", ", t. III, Le XVIe siècle"
_VOLUME_TITLED = lazy_compile(
    r",\s(?:vol\.|Bd\.|t\.|tome|Teil|т\.)\s?(?:\d+|[IVXLC]+),\s(?=[^\W\d_]).*$", re.S
)
# a volume perhaps, then place: publisher, year after an italic title, no parentheses
_BARE_FACTS = lazy_compile(
    rf",\s(?:(?:vol|Bd|t)\.\s?(?:\d+|[IVXLC]+),\s)?[{U}][^,:()]{{1,40}}(?:,\s[A-Z]{{2}})?:\s"
    r"[^:()]{2,80},\s(?:1[5-9]|20)\d\d\b"
)
# Place, publisher and year with commas after an italic title, the publisher named as one:
# ", Marseille, Éditions Jeanne Laffitte, 1986", ", Torino, Einaudi, 1978" (a known
# publisher), ", Paris, Presses universitaires de France, 1990"
_COMMA_FACTS = lazy_compile(
    rf"^,\s(?P<place>[{U}][\w'’-]+(?:[\s-][{U}][\w'’-]+){{0,2}}),\s"
    r"(?P<pub>(?:[^,]{0,40}\b(?:Éditions|Editions|Edizioni|Editore|Editorial|Ediciones|Editora"
    r"|Presses|Press|Verlag|Librairie|Publishing|Publishers)\b[^,]{0,60}"
    r"|Gallimard|Seuil|Fayard|Armand\sColin|Flammarion|Einaudi|Laterza|Il\sMulino|Plon|Belin"
    r"|Perrin|Payot|Tallandier|Aubier|Karthala|Droz|Champion|Vrin|Cerf|Picard|Klincksieck)),\s"
    r"(?:1[5-9]|20)\d\d\b"
)
# ... or the publisher alone, after an edition: ", 4th ed., Pearson, 2020", ", Springer, 2019",
# ", 2e éd., Gallimard, 1990", ", 3. Aufl., Suhrkamp, 2003", ", Fondo de Cultura Económica,
# 1992" (a known place there is the place: ", London, 2019")
_PUBLISHER_YEAR = lazy_compile(
    r"^(?:,\s\d{1,2}(?:st|nd|rd|th|e|a|ª|\.)\s?(?:ed|edn|éd|Aufl)\.?)?"
    rf",\s(?P<pub>[{U}][\w'’&.-]*(?:\s(?:[{U}&][\w'’&.-]*|of|and|de|del|y|et|und|di)){{0,3}})"
    r",\s(?:1[5-9]|20)\d\d\b"
)
# Translators, editors and compilers named after the title of a note (the Indic scripts'
# editors too: "…, *Title*, എഡി. ടി. കെ. റാവു (…)", "…, संपा. अ. ब. क (…)")
_CONTRIBUTORS = lazy_compile(
    r",\s(?:trans(?:lated)?|ed(?:ited)?|eds|comp(?:iled)?|introd(?:uced)?|rev(?:ised)?"
    rf"|éd|trad|dir|hrsg\.\sv|hg\.\sv|übers|red|przeł|oprac|tłum|ред|пер|{role_marks.INDIC_MARK})\.?"
    r"\s(?:by\s)?[^\W\d_].*$",
    re.S,
)

# An edition statement after a note's title, and what it names: ", new ed., with an
# introduction by …", ", 3rd ed.", ", with a foreword by …" (the title ends before it)
_EDITION_STATEMENT = lazy_compile(
    # (Welsh "2il arg." / "3ydd argraffiad": an ordinal, then "argraffiad")
    r",\s(?:(?:new|rev(?:ised)?|enl(?:arged)?|corr(?:ected)?|expanded|\d+(?:st|nd|rd|th|d|il|ydd|ed|fed|af))"
    r"\.?\s(?:ed|edn|edition|arg|argraffiad)\b|(?:with\s)?(?:an?\s)?(?:new\s)?"
    r"(?:introduction|foreword|preface|afterword)\s(?:and\s[^,()]{2,40}?\s)?by\s[^\W\d_])"
    r".*$",
    re.S | re.I,
)

# A periodical's number and its date, an essay cited by them: "The Rambler, no. 4 (31 March
# 1750)", "The Spectator, no. 10 (12 March 1711) and no. 11 (13 March 1711)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ISSUE_DATE = rf"(?:\d{{1,2}}\s{_MONTH}|{_MONTH}(?:\s\d{{1,2}},)?)\s(?:1[5-9]|20)\d\d"
_NUMBERED_ISSUE = lazy_compile(
    rf"^(?P<periodical>[*_]?[{U}][^,()]{{1,80}}?[*_]?),\snos?\.\s(?P<number>\d{{1,5}})"
    rf"\s\((?P<date>{_ISSUE_DATE})\)(?:,?\s(?:and|&)\snos?\.\s\d{{1,5}}\s\({_ISSUE_DATE}\))*"
    r"(?:[,:]\s[\d–-]+)?\.?$"
)


def parse(body: str) -> Fields | None:
    """Chicago fields, or None when ``body`` has neither the bibliography nor the note shape."""
    bracketed = cjk_brackets.parse(body)  # "山田太郎『書名』出版社、2005年": its own shape
    if bracketed is not None:
        return bracketed
    inverted = _inverted_note(body)
    if inverted is not None:
        return inverted
    mla = _MLA_INITIAL_GIVEN.match(body)
    if mla is not None:
        return _work(Fields("chicago", (mla.group("authors"),)), mla.group("after"), note=True)
    full = _NOTE_INVERTED_FULL.match(body)
    if full is not None:
        first = _PERSON_INVERTED_FULL.match(full.group("authors"))
        rest = full.group("authors")[first.end() :] if first else ""
        authors = tuple(
            p.strip()
            for p in (first.group(0) if first else "", *_NEXT_PERSON.split(rest))
            if p.strip()
        )
        return _work(Fields("chicago", authors), full.group("after"), note=True)
    dated = _author_date(body)
    if dated is not None:
        return dated
    # ("Roux, Anne, Paul Henry et Marie Blanc.": the list's word with no comma before it,
    # read as with one, :mod:`.joined_names`)
    m = _BIB_AUTHOR.match(joined_names.serial_comma(body))
    if (
        m is not None
        and " " in m.group("authors").split(",")[0]
        and _NAMES_GO_ON.match(m.group("after"))
    ):
        m = None  # "Tomas Lind, Petra B. Haas, ...": names in natural order, not inverted
    swallowed = _title_as_coauthor(body, m.group("authors")) if m is not None else None
    if swallowed is not None:
        return swallowed
    if m is not None and re.match(r"\d{1,3},\s", m.group("after")):
        m = None  # "Hanserecesse, Abt. 2, Bd. 4": an abbreviation and its number, no name
    if m is not None and _body_after_and(m.group("authors")):
        m = None  # "Sağlık, Eğitim ve Spor Bakanlığı.": one body's name, no persons
    if m is not None and (
        _MORE_INITIALS.match(m.group("after"))
        # "Wyn Jones, R. a Scully, R., Title (…)": "and" and a further inverted name
        or _AND_MORE_INVERTED.match(m.group("after"))
        # "Edwards, R. Dudley, and ...": a given name after the initial, then a comma
        or (
            re.search(rf"\s[{U}]$", m.group("authors"))
            and re.match(rf"{_GIVEN_WORD}(?:,|\s\()", m.group("after"))
        )
    ):
        # "Lund, K. M., Title (Place: Publisher, 2011)": a note, the initials go on
        note = parse_note(body)
        if note is not None:
            return note
        # "Oke, T. R., The energetic basis …. Journal, 108, 1–24 (1982)": no note, the
        # initials run on to the comma before the title (:mod:`.initials_comma`); the year
        # in parentheses (without them the generic reading keeps the names whole)
        initialled = initialled_names(body)
        if initialled is not None and _FACTS.search(initialled[1]):
            return _work(Fields("chicago", initialled[0]), initialled[1], note=False)
    if m is not None:
        authors = _bib_authors(m.group("authors"))
        after = m.group("after")
        given = (
            _GIVEN_AFTER_INITIAL.match(after)
            if re.search(rf"(?:^|\s)[{U}]$", m.group("authors"))
            else None
        )
        if given is not None:  # "Arnold, R. Arthur. Title": the given name is the author's
            authors = (*authors[:-1], f"{authors[-1]}. {given.group('given')}")
            after = after[given.end() :]
        return _work(Fields("chicago", authors), after, note=False)
    long_given = _BIB_LONG_GIVEN.match(body)
    people = _long_given_authors(long_given.group("authors")) if long_given else ()
    if len(people) > 1 and " " in people[0].split(",")[0]:
        long_given = None  # "David Pugh, Philip Woodworth, and Ann Lee. “Title”": natural order
    if long_given and " " in people[0].split(",")[0] and _MLA_ONLY.match(long_given["after"]):
        long_given = None  # "Ruth Brand, Oskar Lind. Title. Publisher, 1990.": natural order
    if long_given is not None:
        return _work(
            Fields("chicago", people),
            long_given.group("after"),
            note=False,
        )
    classic = classic_edition.parse(body)
    if classic is not None:
        # "Augustine. The City of God. Edited by R. W. Dyson. Cambridge: …": a classic's
        # edition, the author by one name (:mod:`.classic_edition`)
        author, title, printed_at, printer, year = classic
        return Fields(
            "chicago", (author,), title, year_of(year), place=printed_at or None, publisher=printer
        )
    note = parse_note(body)
    if note is not None:
        return note
    org = _ORG_AD.match(body)
    if org is not None:
        return replace(
            _work(Fields("chicago", (org.group("org"),)), org.group("rest"), note=False),
            year=year_of(org.group("year")),
        )
    natural = _natural_author_date(body)
    if natural is not None:
        return natural
    org = _ORG_BIB.match(body)
    if org is not None:
        place, publisher = place_publisher(org.group("facts"))
        italic = emphasized(org.group("title"))  # "STOWA. _Title_. Rapport 2019-14. ..."
        return Fields(
            "chicago",
            (org.group("org"),),
            italic.group("title") if italic else strip_edition(org.group("title")),
            _last_year(org.group("facts")),
            place=place,
            publisher=publisher,
        )
    return None


def peer(body: str) -> Fields | None:
    """Chicago fields of a note or entry by a peer (:mod:`.peers`), or of a note citing a
    periodical essay by its number and date (``Joseph Addison, *The Spectator*, no. 10 (12
    March 1711)``), or None: tried before the styles that would take the title of
    nobility for the work's title, or the number's date for a publisher."""
    found = bibliography_peer(body)
    if found is not None:
        return _work(Fields("chicago", (found[0],)), found[1], note=False)
    found = note_peer(body)
    if found is not None:
        return _work(Fields("chicago", (found[0],)), found[1], note=True)
    m = _NOTE_AUTHOR.match(body)
    if m is not None and _NUMBERED_ISSUE.match(m.group("after")):
        authors = tuple(_with_generation(a, body) for a in split_people(m.group("authors")))
        return _work(Fields("chicago", authors), m.group("after"), note=True)
    return None


def unsigned_news(text: str) -> bool:
    """Is ``text`` an unsigned newspaper or magazine article ("“Title,” *Paper*, 14 March
    1962, 3.")?  Chicago cites those in notes only, not in the bibliography."""
    body = text.strip()
    if cjk_unsigned.unsigned_periodical(body):  # "「Review」『Magazine』1962年10月上旬号"
        return True
    q = quoted(body)
    return q is not None and q.start() == 0 and _DATED_ISSUE.match(body, q.end()) is not None


def _title_as_coauthor(body: str, names: str) -> Fields | None:
    """ "Oke, T. R., Boundary layer climates. Methuen, London, 1987": the title read as a
    further name in natural order ("T. R., Boundary layer climates"); the names end at the
    comma after the initials when the words after it are no name (a word in lower case)
    and the work's facts are read after it."""
    initialled = initialled_names(body)
    if initialled is None:
        return None
    names_end = len(body) - len(initialled[1]) - 2
    if len(names) <= names_end:
        return None
    title = re.split(r"[.,]\s", initialled[1], maxsplit=1)[0]
    if not any(w[0].islower() and len(w) > 3 for w in title.split()[1:]):
        return None
    found = _work(Fields("chicago", initialled[0]), initialled[1], note=False)
    return found if found.year.year is not None else None


def parse_note(body: str) -> Fields | None:
    """Chicago fields of a full note (``John Smith, Title (Place: Publisher, 2010), 45.``
    or ``“Title,” Journal 12 (2018)``), or None."""
    bracketed = cjk_brackets.parse(body) or arabic_notes.parse(body)
    if bracketed is not None:
        return bracketed
    inverted = _inverted_note(body)
    if inverted is not None:
        return inverted
    m = _NOTE_AUTHOR.match(body)
    if (
        m is not None
        and _note_like(m.group("after"))
        and not _INITIALS_AFTER.match(m.group("after"))
        and not _INITIALLED_NAME_AFTER.match(m.group("after"))
    ):
        # ("Richard G. Robbins, Jr.": the generation is the name's, written after it)
        authors = tuple(_with_generation(a, body) for a in split_people(m.group("authors")))
        return _work(Fields("chicago", authors), m.group("after"), note=True)
    plain = _NOTE_INVERTED_PLAIN.match(body)
    if plain is not None and quoted(plain.group("after")) is None:
        people = re.sub(rf"{_OTHERS}$", "", plain.group("authors"))
        initials = tuple(m.group(0) for m in _PERSON_INVERTED.finditer(people))
        first = _PERSON_INVERTED_FULL.match(people)
        authors = (
            initials
            if first is None
            else (first.group(0), *_NATURAL_AFTER.findall(people, first.end()))
        )
        return _work(Fields("chicago", authors or (people,)), plain.group("after"), note=True)
    q = quoted(body)
    if q is not None and q.start() == 0 and _FACTS.search(body):
        return _work(Fields("chicago"), body, note=True)
    if q is not None and q.start() == 0 and _DATED_ISSUE.match(body, q.end()):
        # an unsigned newspaper or magazine article: "“Title,” *Paper*, 14 March 1962, 3."
        return replace(_work(Fields("chicago"), body, note=True), kind=RefKind.ARTICLE)
    if _TITLE_THEN_ROLE.match(body):  # "Beowulf, trans. Seamus Heaney (New York: ...)"
        return _untitled_work(body)
    bodies = _bodies_note(body)
    if bodies is not None:
        return bodies
    org = _ORG_NOTE.match(body) or _ORG_REPORT.match(body)
    if org is not None and names_lead(org.group("after")):
        org = None  # ("Harlow, A., Ostrova, S. & Vale, G. Title (…)": a list of people)
    if org is not None and _TITLE_GOES_ON.match(org.group("after")):
        # ("The New Testament …, Translated Faithfully into English (Rheims: …)": one title)
        return _work(Fields("chicago"), body, note=True)
    if org is not None and (org.re is _ORG_NOTE.compiled or _ORGANISATION.search(org.group("org"))):
        return _work(Fields("chicago", (org.group("org"),)), org.group("after"), note=True)
    return _untitled_work(body) or _who_then_title(body)


def _bodies_note(body: str) -> Fields | None:
    """A note whose work several bodies wrote, listed before its title (``UNEP, UNDP and
    WMO, Title (Nairobi: UNEP, 2019), 4.``): the list its author, as an author-date list
    writes it, or None.  Each body is its initials or holds an organisation's word, the last
    two joined by "and" (``Ministry of Health, Annual Report and Accounts, 1990 (…)`` is
    a body and its title)."""
    m = _ORG_LIST_NOTE.match(body)
    if m is None:
        return None
    org = m.group("org")
    members = re.split(r",\s|\s(?:and|&)\s", org)
    if len(members) < 3 or not re.search(r"\s(?:and|&)\s", org.rsplit(", ", 1)[-1]):
        return None
    if not all(_ACRONYM_BODY.fullmatch(b) or _ORGANISATION.search(b) for b in members):
        return None
    if names_lead(m.group("after")):
        return None
    return _work(Fields("chicago", (org,)), m.group("after"), note=True)


# "Cormac Ó Gráda", "Máire Ní Bhrolcháin": an Irish family name of two words
_IRISH_FAMILY = lazy_compile(
    rf"(?P<given>{_GIVEN_FIRST}(?:\s{_GIVEN_WORD})?)\s(?P<family>{_IRISH_PREFIX}\s{SURNAME})"
)


def _with_generation(name: str, text: str) -> str:
    """``Richard G. Robbins, Jr`` -> ``Richard G. Robbins Jr`` (the generation after the
    name, no family name of its own); other names as :func:`_family_first` reads them."""
    parts = _NOTE_GENERATION.split(name, maxsplit=1)
    if len(parts) == 2:
        return f"{_family_first(parts[0], text)} {parts[1]}"
    return _family_first(name, text)


def _family_first(name: str, text: str) -> str:
    """``Pedro J. Arroyo Galindo`` -> ``Arroyo Galindo, Pedro J.`` (two family names after
    a middle initial); ``Cormac Ó Gráda`` -> ``Ó Gráda, Cormac`` (an Irish family name);
    in a Spanish or Portuguese note, where two words after a given name
    are read as two family names, ``Ana Luisa Quiroga`` -> ``Quiroga, Ana Luisa`` (two given
    names of the compound ones); other names as written."""
    m = _TWO_FAMILY.fullmatch(name) or _IRISH_FAMILY.fullmatch(name)
    if m is not None:
        return f"{m.group('family')}, {m.group('given')}"
    words = name.split()
    if (
        len(words) == 3
        and words[1] in SECOND_GIVEN
        and _GIVEN_ONLY.fullmatch(name)
        and iberian((name,), text) != (name,)
    ):
        return f"{words[2]}, {words[0]} {words[1]}"
    return name


def _inverted_note(body: str) -> Fields | None:
    """``Kumpel, E. & Nelson, K. L., “Title,” ...``, ``Francis, R., *Report* (...)``."""
    inverted = _NOTE_INVERTED.match(body)
    if inverted is None:
        return None
    people = re.sub(rf"{_OTHERS}$", "", inverted.group("authors"))
    authors = tuple(m.group(0) for m in _PERSON_INVERTED.finditer(people))
    return _work(Fields("chicago", authors), inverted.group("after"), note=True)


# An organisation or a name no pattern reads, then an italic or quoted title ("Rijkswaterstaat,
# ‘Ruimte voor de Rivier’, geraadpleegd …" too): "NACTO,
# *Shared Micromobility in the U.S. and Canada*, 2022.", "6t-bureau de recherche, *Usages
# et usagers* (Paris: 6t, 2019)."
_WHO = lazy_compile(
    rf"^(?!(?:See|Cf|Compare|Also|Ibid|Id|Vgl|Voir|Siehe|См)\b)(?P<who>[{U}\d][^,.;:*_{_OPENING}()]{{1,80}}?),\s"
    # (the part of the book by this author: "Weber, introduction to *Symphonia*, xii–xv")
    r"(?:(?:introduction|preface|foreword|afterword|epilogue|prologue|commentary)\sto\s)?"
    rf"(?P<after>(?:[*_{_OPENING}]).+)$"
)


# What follows the title of a short note: the page cited, however many digits it has
# ("Smith, *Title*, 1020.", "Smith, “Title”, 1102-1104.")
SHORT_NOTE_PAGE = lazy_compile(r"^[,.]?\s?(?P<pages>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\.?$")


# Two family names joined as a short note names two authors: "Fiszbein and Schady", "Weber
# und Kohl", "Dupont et Martin" (not Spanish "y" nor Catalan "i": "Tomás y Valiente", "Puig i
# Cadafalch" are one person's family names)
_TWO_SURNAMES = lazy_compile(
    rf"^(?P<first>{SURNAME}(?:\s{SURNAME_PLAIN})?)\s(?:and|&|und|et|en|och|og)\s"
    rf"(?P<second>{SURNAME}(?:\s{SURNAME_PLAIN})?)$"
)


def _who(who: str) -> tuple[str, ...]:
    """The authors a short note names before its title: one, or two surnames joined by
    "and" in the note's language (an organisation's name stays whole)."""
    who = who.strip()
    if _ORGANISATION.search(who):
        return (who,)
    two = _TWO_SURNAMES.match(who)
    if two is None:
        # (whole names in natural order, joined in the note's language: "Ana Rosado e
        # Pedro Candeias, *Title* [dataset], …")
        people = split_people(who)
        whole = len(people) > 1 and all(len(p.split()) >= 2 for p in people)
        return people if whole else (who,)
    return (two.group("first"), two.group("second"))


def _who_then_title(body: str) -> Fields | None:
    m = _WHO.match(body)
    if m is None:
        return None
    after = m.group("after")
    italic = emphasized(after)
    if italic is not None:
        rest = after[italic.end() :]
        facts = _publication_facts(rest)
        fields = Fields("chicago", _who(m.group("who")), italic.group("title"))
        if facts is not None:
            return _facts(fields, facts.group("facts"), rest[facts.end() :])
        place, publisher = _unbracketed_facts(rest)
        fields = replace(fields, year=_last_year(rest), place=place, publisher=publisher)
        return _page_not_year(fields, rest)
    q = quoted(after)
    if q is not None and q.start() == 0:
        page = SHORT_NOTE_PAGE.match(after[q.end() :].strip())
        if page is not None:  # a short note: "Walsham, “Unclasping the Book?,” 150–158."
            title = quoted_text(q).strip(" ,.")
            return Fields("chicago", _who(m.group("who")), title, pages=page.group("pages"))
        fields = _work(Fields("chicago", _who(m.group("who"))), after, note=True)
        return _page_not_year(fields, after[q.end() :])
    return None


def _unbracketed_facts(rest: str) -> tuple[str | None, str | None]:
    """Place and publisher after an italic title, no parentheses: ``, Luleå: Norrbottens
    museum, 2019`` or, as French and Italian notes write them, with commas: ``, Marseille,
    Éditions Jeanne Laffitte, 1986``."""
    place, publisher = place_publisher(rest.strip(" ,."))
    comma = _COMMA_FACTS.match(rest) if place is None else None
    if comma is not None:
        return comma.group("place"), comma.group("pub").strip()
    alone = _PUBLISHER_YEAR.match(rest) if place is None and publisher is None else None
    if alone is not None:
        name = alone.group("pub")
        return (name, None) if is_place(name) else (None, name)
    return place, publisher


def _mla_imprint(remainder: str) -> tuple[str | None, str | None]:
    """MLA's book facts, the sentence that ends a bibliography's entry: the publisher and
    the year alone, an edition perhaps before them (``St. Martin's Press, 1985.``, ``6th
    ed., Cengage Learning, 2019.``); a known place there is the place (``London, 2019.``)."""
    alone = _PUBLISHER_YEAR.match(f", {remainder.strip()}")
    if alone is None or alone.end() < len(remainder.strip().rstrip(".")) + 2:
        return None, None
    name = alone.group("pub")
    return (name, None) if is_place(name) else (None, name)


def _page_not_year(fields: Fields, rest: str) -> Fields:
    """``fields`` of a short note whose only number after the title is no year a work can
    have (``Smith, *Title*, 1020.``): that number is the page cited."""
    page = SHORT_NOTE_PAGE.match(rest.strip(" *_" + quote_pairs.closings(apostrophes=True)))
    if page is None or fields.year.problem is None:
        return fields
    container = None if fields.container == page.group("pages") else fields.container
    return replace(fields, year=Year(None, None), pages=page.group("pages"), container=container)


_TITLE_THEN_ROLE = lazy_compile(
    r"^[^,()]+,\s(?:trans(?:lated)?|ed(?:ited)?|eds|comp(?:iled)?|introd(?:uced)?)\.?\s"
)


def _untitled_work(body: str) -> Fields | None:
    """A work with no author named, its facts in parentheses: "Archives parlementaires de
    1787 à 1860, 1st ser., vol. 3 (Paris: Dupont, 1868), 476–80." (the title alone before
    them, once its series, volumes and contributors are set aside)."""
    facts = _publication_facts(body)
    if facts is None or ":" not in facts.group("facts") or not body[:1].isupper():
        return None
    title = _VOLUMES.sub("", _CONTRIBUTORS.sub("", body[: facts.start()].rstrip(" ,")))
    if not title or ", " in title or quoted(title) is not None:
        return None
    return _work(Fields("chicago"), body, note=True)


def _note_like(after: str) -> bool:
    q = quoted(after)
    if (q is not None and q.start() == 0) or _FACTS.search(after) is not None:
        return True
    # an italic title, then the facts without parentheses: "*Title*, vol. 2, London: Palestine
    # Exploration Fund, 1882, p. 4."
    italic = emphasized(after)
    return italic is not None and _BARE_FACTS.match(after, italic.end()) is not None


def _long_given_authors(text: str) -> tuple[str, ...]:
    """The first author (inverted, all given names) and the co-authors in natural order of
    ``Ewert, Ulf Christian, and Stephan Selzer``."""
    # (the Scandinavian "och"/"og" with no comma ends the first name: "Lund, Karin Elisabet
    # och Per Olof Berg")
    text = without_others(text)  # ("Lind, Anna Karin et al": the others, no name)
    first = re.match(rf"{_BIB_SURNAME},\s[^,]+?(?=,|\s(?:och|og)\s|$)", text)
    if first is None:
        return (text,)
    rest = text[first.end() :]
    others = re.split(rf",?\s(?:and|&|och|og)\s|,\s{_COMMA_AND}\s|,\s", rest)
    return (first.group(0), *(o.strip() for o in others if o.strip()))


# one more inverted name of a list of them: "Lewis, A. J" after ", " / " & " / "; "
_NEXT_INVERTED = lazy_compile(
    rf"(?:,?\s(?:{_AND_INVERTED})\s|[,;]\s)({_BIB_SURNAME},\s{_GIVEN})\.?"
)
_FIRST_INVERTED = lazy_compile(rf"({_BIB_SURNAME},\s{_GIVEN})\.?")


def _inverted_list(text: str) -> tuple[str, ...] | None:
    """``Duckworth, F. C. & Lewis, A. J`` -> both names whole, when the text is nothing but
    inverted names (initials spaced, "A. J", are no person of their own); else None."""
    m = _FIRST_INVERTED.match(text)
    if m is None:
        return None
    people = [m.group(1)]
    at = m.end()
    while at < len(text):
        m = _NEXT_INVERTED.match(text, at)
        if m is None or m.end() == at:
            return None
        people.append(m.group(1))
        at = m.end()
    return tuple(people) if len(people) > 1 else None


def _bib_authors(text: str) -> tuple[str, ...]:
    listed = _inverted_list(text)
    if listed is not None:  # "Smith, J. R. & Brown, K. L", "Smith, J. R., Brown, K. L"
        return listed
    text = _JOINED_INVERTED.sub(". and ", text)  # "Rossi, M. e Bianchi, L" as "... and ..."
    text = _COMMA_AND_NATURAL.sub(", and ", text)  # "Lind, Anna, und Kurt Berg" too
    text = _NORDIC_AND.sub(" and ", text)  # "Berg, Erik och Lars Dahl", no comma
    first, _, others = text.partition(", and ") if ", and " in text else text.partition(" and ")
    head = re.match(rf"{_BIB_SURNAME},\s{_GIVEN}(?:\.?,\s(?:Jr|Sr|II|III|IV)\b)?", first)
    people = [head.group(0)] if head else [first]
    rest = first[head.end() :] if head else ""
    people.extend(p for p in split_people(rest) if p)
    people.extend(split_people(others))
    return tuple(p for p in people if p)


# Author-date: "Smith, John. 2018. Title." -- the year follows the authors.
_AD_YEAR = lazy_compile(r"^(?P<year>\d{4}[a-z]?|n\.\s?d|forthcoming)\.\s+(?P<rest>.+)$", re.I)


def _work(fields: Fields, after: str, note: bool, *, dated: bool = False) -> Fields:
    # (``dated``: the entry's year was read; digits after it are the title, "Orwell, George.
    # 1949. 1984. London: Secker & Warburg.")
    if not note and not dated:
        ad = _AD_YEAR.match(after)
        if ad is not None:
            token = ad.group("year")
            year = year_of(token) if token[:1].isdigit() else year_of(None)
            return replace(_work(fields, ad.group("rest"), note=False, dated=True), year=year)
    # (a British author-date list quotes in plain single marks: "Smith, J. 2016. 'Title'.
    # In Book, edited by A. Roe, 14-58. Leeds: Moor." — read only where the entry's words
    # open with the mark, so that an apostrophe inside them is never taken for a quotation)
    q = quoted(after, single=not note and after.lstrip()[:1] == "'")
    if (
        q is not None
        and q.group(0).lstrip()[:1] == "'"
        and after[q.end() : q.end() + 1] not in ".,"
    ):
        # ("'… of Thucydides' Funeral Oration', JHS": a plural's apostrophe closes nothing;
        # the plain mark closes the title only before the stop or comma that ends it)
        q = quoted(after)
    if q is not None and q.start() <= 1 and not f.quote_opens_title(after, q):
        tail = after[q.end() :].strip(" ,.")
        title = _INNER_ITALIC.sub(r"\2", quoted_text(q))
        return _page_not_year(_article(replace(fields, title=title), tail), tail)
    italic = emphasized(after) if note else None
    if italic is not None:  # "*Title*, t. 1 (Poznań: PWN, 1957)": the italic is the title
        rest = after[italic.end() :]
        fields = replace(fields, title=italic.group("title"))
        facts = _publication_facts(rest)
        if facts is None:
            # "*Title*, Luleå: Norrbottens museum, 2019.": the facts without parentheses
            place, publisher = _unbracketed_facts(rest)
            fields = replace(fields, year=_last_year(rest), place=place, publisher=publisher)
            return _page_not_year(fields, rest)
        return _facts(fields, facts.group("facts"), rest[facts.end() :])
    if note:
        facts = _publication_facts(after)
        numbered = _NUMBERED_ISSUE.match(after)
        if numbered is not None:  # "*The Rambler*, no. 4 (31 March 1750)": an essay
            return replace(
                fields,
                container=numbered.group("periodical"),
                issue=numbered.group("number"),
                year=_last_year(numbered.group("date")),
                kind=RefKind.ARTICLE,
                untitled=True,
            )
        title = after[: facts.start()] if facts else after.split(", ")[0]
        title = _CONTRIBUTORS.sub("", title)  # ", trans. Peter Krapp", ", ed. J. Smith"
        title = _EDITION_STATEMENT.sub("", title)  # ", new ed., with an introduction by …"
        # (a series statement before the facts: "Title, Chetham Society, 3rd ser., vol. 3
        # (Manchester: …, 1951)")
        title = without_series(title.rstrip(" ,")) if facts is not None else title
        title = _VOLUMES.sub("", title)  # ", 2 vols.", ", 1st ser., vol. 3"
        title = _MEDIUM.sub("", title)  # ", compact disc", ", LP"
        # ("Title, vol. 8, Index de Rome": the volume cited and its own title after it)
        title = _VOLUME_TITLED.sub("", title)
        title = _VOLUME_OF.sub("", title)  # ", bd. 3 av Arbeiderbevegelsens historie i Norge"
        if facts is not None:  # (", HC 947 (London: TSO, 2013)": the series is no title)
            title = _SERIES.sub("", title)
        fields = replace(fields, title=strip_edition(title))
        if facts is None:
            return fields
        return _facts(fields, facts.group("facts"), after[facts.end() :])
    sentences = _edition_apart(title_sentences(after))
    if not (emphasized(after) or (q is not None and q.start() == 0)):
        sentences = _title_goes_on(sentences)
    remainder = " ".join(sentences[1:])
    closing = _closing_facts(sentences[0]) if sentences and not _YEAR.search(remainder) else None
    if closing is not None and dated and _YEARS_ONLY.match(closing["facts"]):
        # ("Doe, Jane. 2010. Farming in the Hills (1950–1990). London: Faber.": the entry's
        # year read, years alone in the title's closing parentheses are the period it covers)
        closing = None
    if closing is not None:
        # "Smith, J. Wages in Leeds (Leeds, 1990–2000).": the facts in the title
        # sentence's closing parentheses, as a note writes them
        title = sentences[0][: closing.start()].rstrip(" ,")
        return _facts(replace(fields, title=strip_edition(title)), closing.group("facts"), "")
    # ("Edited by R. W. Dyson. Cambridge: …": the editor is no place)
    place, publisher = place_publisher(classic_edition.facts_after_roles(remainder))
    if place is None and publisher is None:
        place, publisher = _mla_imprint(remainder)
    if place is None and publisher is None:
        # "Title. Oxford.": a book's place alone ("Title, trans. A. Sheridan. Oxford.")
        place = bare_place(remainder, bool(sentences) and role_cut(sentences[0]))
    return replace(
        fields,
        title=entry_title(strip_edition(sentences[0])) if sentences else None,
        place=place,
        publisher=publisher,
        year=_last_year(remainder),
    )


# what starts a sentence of an entry that is no part of its title: an abbreviation ("Vol.
# 3", "Bd. 2", "Ed."), a chapter's "In" (the shared IN_WORD, colon or none: Chicago writes
# "In Book"), a contributor's role written out. Here also Scandinavian "I" ("I Festskrift
# til …"), which IN_WORD leaves out as a volume's numeral can be written so: a numeral read
# as "I" here only keeps a sentence out of the title, it never makes a chapter
_NOT_TITLE = lazy_compile(
    rf"^(?:[^\W\d_]{{1,6}}\.(?:\s|$)|(?:{IN_WORD}|I):?\s"
    r"|(?:Edited|Translated|Compiled|Introduced|Herausgegeben|Übersetzt|Redigert|Redigeret"
    r"|Redigerad|Oversatt|Översatt|Oversat|Toimittanut|Suomentanut)\b)"
)
# publication facts inside a sentence: a year in parentheses, a page range after a colon
_SENTENCE_FACTS = lazy_compile(r"\((?:1[5-9]|20)\d\d\)|:\s?\d")


# An edition's sentence the splitter cut after its first word, when the title ends with an
# abbreviation ("… Fifth Century B.C. Rev. | ed. Oxford: …", "… A.D. 2nd | ed. …"): the
# word belongs to the edition, not to the title
_EDITION_WORD_END = lazy_compile(
    r"\s(?:Rev|Revised|New|Enl|Enlarged|Expanded|Corr|\d{1,2}(?:st|nd|rd|th|d))\.?$"
)
_EDITION_NEXT = lazy_compile(r"^(?:ed|edn|edition)\b")


def _edition_apart(sentences: list[str]) -> list[str]:
    if len(sentences) < 2 or not _EDITION_NEXT.match(sentences[1]):
        return sentences
    word = _EDITION_WORD_END.search(sentences[0])
    if word is None:
        return sentences
    head = sentences[0][: word.start()]
    return [head, f"{sentences[0][word.start() :].strip()} {sentences[1]}", *sentences[2:]]


def _title_goes_on(sentences: list[str]) -> list[str]:
    """``sentences`` of an entry whose title has "!" or "?" inside (``Hallo – hallo!
    Kringkastingen i Norge 1920–1940. Oslo: Cappelen, 1975.``, ``Why Now? The Politics of
    Delay. London: …``): the sentence after the "!"/"?" is the title's own when it starts
    with a capitalised word, is no role, volume or chapter's "In", holds no publication
    facts, and a book's facts (``Place: Publisher``) follow it."""
    while (
        len(sentences) >= 3
        and sentences[0].endswith(("!", "?"))
        and sentences[1][:1].isupper()
        and _NOT_TITLE.match(sentences[1]) is None
        and _SENTENCE_FACTS.search(sentences[1]) is None
        and place_publisher(sentences[1]) == (None, None)
        and place_publisher(" ".join(sentences[2:])) != (None, None)
    ):
        sentences = [f"{sentences[0]} {sentences[1]}", *sentences[2:]]
    return sentences


def _publication_facts(text: str) -> re.Match[str] | None:
    """The parentheses holding the publication facts: ``(Paris: SEVPEN, 1968)`` rather
    than a title's own ``(vers 1400–vers 1550)`` before them; with no place and publisher
    anywhere, the first parentheses with a year."""
    found = list(_FACTS.finditer(text))
    with_publisher = [m for m in found if ":" in m.group("facts")]
    if with_publisher:
        return with_publisher[0]
    return found[0] if found else None


# a year alone or a span of years: "1953", "1950–1990", "1990-2007"
_YEARS_ONLY = lazy_compile(r"^\s?\d{4}(?:\s?[–—-]\s?\d{2,4})?\s?$")


def _closing_facts(sentence: str) -> re.Match[str] | None:
    """The parentheses with a year that end ``sentence`` after some words of title, or None."""
    found = [m for m in _FACTS.finditer(sentence) if m.start() > 0]
    last = found[-1] if found else None
    if last is None or sentence[last.end() :].strip(" .,") or not _YEAR.search(last["facts"]):
        return None
    return last


def _facts(fields: Fields, facts: str, tail: str) -> Fields:
    place, publisher = place_publisher(facts)
    # (read in its parentheses: "(Leeds, 1990–2000)", a place alone and the years a work
    # appeared over, is of its first year)
    year = _last_year(f"({facts})")
    return replace(fields, place=place, publisher=publisher, year=year, pages=locator(tail))


# a meeting's proceedings by its name and year, its publisher after the full stop ("In
# Onward! 2019. ACM.", "In: SPLASH 2020. ACM Press.")
_DATED_BOOK_PUBLISHER = lazy_compile(
    r"^(?P<book>[^.]{2,200}?\s(?:19|20)\d\d)\.\s(?P<publisher>[^\W\d_][^.,:;\d]{1,60})$"
)


# "in Rivista di teologia 31 (2018), 245–268", "dans Revue d'histoire 12 (2019), 5–20": the
# journal (words, some in lower case: no lexicon's siglum, "in: TRE 8"), its volume, its
# year in parentheses and the pages, nothing else
_IN_JOURNAL_VOLUME = lazy_compile(
    r"^(?:in|dans|em|en)\s(?P<mark>[*_]?)(?P<journal>[A-ZÀ-Þ][^\W\d_]*(?:\s[^\W\d_'’]+)*\s[a-zà-ÿ][^,()\d]*?"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+\s[A-ZÀ-Þ][a-zà-ÿ]+)"
    r"(?P=mark)\s(?P<volume>\d{1,4})\s\((?P<year>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?))?(?:,\s(?:qui|hier|ici|here)\s[\d\s–-]+)?$"
)

# the same in the comma form Romance and Central European notes give a journal, its volume,
# its issue and its year each after a comma: "în *Studii Teologice*, seria a II-a, vol. 7,
# nr. 2, 1999, p. 41–60", "in Rivista storica, a. 12, n. 3, 2001, pp. 5–9", "dans Revue
# d'histoire, t. 4, n° 2, 1990, p. 7", "w Przegląd Historyczny, t. 81, z. 3, 1990, s. 4";
# the issue must be there (a book's "în Editor (coord.), Book, vol. 2, Iași, …" has none,
# and a place and publisher after it)
_IN_JOURNAL_NUMBERED = lazy_compile(
    r"^(?:in|în|dans|en|em|u|w|v):?\s(?P<mark>[*_]?)(?P<journal>[^\W\d_][^,()\d*_]{1,120}+)"
    r"(?P=mark)(?:,\s(?:seria|serie|series|série|s\.)\s[^,\d]{1,12}+)?"
    r",\s(?:vol|Vol|anul|an|a|t|tom|Bd|Jg|roč|r)\.?\s(?P<volume>[\dIVXLC]{1,6}+)"
    r",\s(?:nr|Nr|no|No|n|n°|nº|Heft|H|z|č|fasc)\.?\s?(?P<issue>[\w/-]{1,10}+)"
    r",\s(?:[^\W\d_]{3,12}+\s)?(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
    r"(?:,\s(?:pp?|S|s|str|o|с)\.\s?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?))?"
)

# a chapter's "in" written after the book, as Turkish writes it ("*Kitap Adı* içinde, ed.
# Ad Soyad", "Kitap Adı içerisinde, editör …", Azerbaijani "içində"): the book's words
# (no comma, parenthesis or quotation mark among them, 200 characters at most), then the
# word, then a comma, a full stop or the end
_POSTPOSED_IN = lazy_compile(
    r"^(?P<book>[^\s,()“”\"][^,()“”\"]{0,199}?)\s(?:içinde|içerisinde|içində)(?=[,.]|\s*$)"
)


# a short note's locator alone after the quoted title, in the notes' page words: "p. 45",
# "pp. 3–9", German "S. 12", Slavic "s. 12", "str. 4", "с. 7", Hungarian "o. 5", Estonian
# "lk 8", Spanish "pág. 3", Dutch "blz. 6" (no journal nor volume: the page cited)
_LOCATOR_ONLY = lazy_compile(rf"{NOTE_PAGE_WORD}\.?\s?(?P<pages>{NOTE_PAGES})")


def _article(fields: Fields, tail: str) -> Fields:
    """``Journal 12, no. 3 (2018): 45–67`` or ``in Book, ed. X (Place: Pub, 2010), 1–10``
    (or a short note's page alone: ``“Title”, p. 45``)."""
    cited = _LOCATOR_ONLY.fullmatch(tail)
    if cited is not None:
        return replace(fields, pages=cited.group("pages"))
    sbl = pages_in(tail)
    if sbl is not None:  # "Pages 393–770 in vol. 10 of Book. Edited by X. Place: Pub."
        sentences = re.split(r"(?<=\.)\s+(?=[^\W\d_])", sbl.rest)
        place, publisher = place_publisher(next((x for x in sentences[::-1] if ":" in x), ""))
        return replace(
            fields,
            container=sbl.book,
            chapter=True,
            volume=sbl.volume,
            pages=sbl.pages,
            place=place,
            publisher=publisher,
            year=_last_year(tail),
        )
    facts = _FACTS.search(tail)
    head = tail[: facts.start()] if facts else tail
    after = tail[facts.end() :] if facts else ""
    year = _volume_year(facts.group("facts")) if facts else _last_year(tail)
    # ("în" Romanian, "u" Croatian and Serbian, "w" Polish, "v" Czech, "em" Portuguese, "dans")
    # A note's own form, not the shared IN_COLON: a small word with no colon running on after
    # the title's quotation ('"Title," in Book'), where no volume's numeral can stand; no "en"
    # (Dutch "en" is "and"); Scandinavian "i" / "i:" ('”Titel”, i Bok, red. Namn'), its
    # editors marked "red." (redaktör, redaktør); Icelandic "í", the editor "ritstj."/"útg."
    # ('"Title," í *Book*, ritstj. X (Reykjavík: …, 1974)'); a capital "I" with no colon is
    # a volume's numeral ("*Title*, I (Paris: …)")
    # (German, Dutch and Polish notes put a colon after it: "in: Book", "w: Book")
    # (Greek "στο" / "στον" / "στη" / "στην": '«Τίτλος», στο Α. Όνομα (επιμ.), Τόμος';
    # Albanian "në": '«Titulli», në A. Emri (red.), Vëllimi')
    # (Spanish "En *Libro*", as "In *Book*"; a list's "”Titel”. I *Bok*, s. 1–9." after a
    # quoted title: the Scandinavian "I" with a word or italics after it, where no volume's
    # numeral stands)
    # (Indonesian and Malay "Dalam *Buku*", Vietnamese "Trong *Sách*", Welsh "yn *Llyfr*",
    # Maltese "Fi *Ktieb*", "F' *Il-Ktieb*", its editor "edit." / "editjat minn")
    within = re.match(
        r"(?:(?i:in|în|u|w|v|en|em|dans|í|στο|στον|στη|στην|në|dalam|trong|yn|fi|f['’]):?|i:?|I:"
        r"|I(?=\s(?:[*_]|[^\W\d_][a-zà-ÿ])))\s",
        head,
    )
    postposed = None if within else _POSTPOSED_IN.match(head)
    if postposed is not None:
        # ('“Başlık,” *Kitap* içinde, ed. Ad Soyad (Yer: Yayınevi, 2020), 1–9': Turkish
        # writes "in" after the book, :data:`_POSTPOSED_IN`)
        place, publisher = place_publisher(facts.group("facts") if facts else head)
        return replace(
            fields,
            container=postposed.group("book").strip("*_ "),
            chapter=True,
            year=year,
            place=place,
            publisher=publisher,
            pages=locator(after or head[postposed.end() :]),
        )
    journal = _IN_JOURNAL_VOLUME.match(tail.strip(" .")) if within else None
    if journal is not None:
        # ("«Titolo», in Rivista di teologia 31 (2018), 245–268": a journal by its name, its
        # volume and year, never a book's title)
        return replace(
            fields,
            container=journal.group("journal"),
            volume=journal.group("volume"),
            year=year_of(journal.group("year")),
            pages=journal.group("pages"),
            kind=RefKind.ARTICLE,
        )
    numbered = _IN_JOURNAL_NUMBERED.match(tail.strip(" .")) if within else None
    if numbered is not None:
        # ("„Titlu”, în Studii Teologice, vol. 7, nr. 2, 1999, p. 41–60": a journal, its
        # volume, issue and year after commas, never a book's title)
        return replace(
            fields,
            container=numbered.group("journal").strip(),
            volume=numbered.group("volume"),
            issue=numbered.group("issue"),
            year=year_of(numbered.group("year")),
            pages=numbered.group("pages"),
            kind=RefKind.ARTICLE,
        )
    if within:
        # (author-date's pages after the book: "In Proceedings of …, 12–20. New York: ACM.")
        # (the editors in the writer's language: Indonesian and Malay "disunting oleh",
        # "diedit oleh", "peny."; Welsh "gol."; Vietnamese "chủ biên", "biên tập")
        book = re.split(
            r",\s(?:ed|edited by|trans|ritstj|útg|red|disunting oleh|diedit oleh|peny|gol"
            r"|chủ biên|biên tập|edit|editjat minn)(?=[\s.,:])"
            r"|,\s\d{1,5}\s?[–-]\s?\d{1,5}\.\s",
            head[within.end() :],
        )[0]
        # "în Torin Alter, Sven Walter (eds.), Book": the editors before the book (kept as
        # the book's editors)
        editors = role_marks.host_editors(book) or fields.editors
        book = role_marks.past_editors(book)
        # "..., Book, New York, Oxford University Press, 2007, pp. 1–9": no parentheses
        book = re.split(r",\s(?=(?:[^\W\d_][^,]{0,40},\s){1,3}(?:1[5-9]|20)\d\d\b)", book)[0]
        # author-date has no parentheses: "In Book, edited by X, 45–67. London: Routledge."
        place, publisher = place_publisher(facts.group("facts") if facts else head[within.end() :])
        dated = _DATED_BOOK_PUBLISHER.match(book.strip(" ,."))
        if dated is not None and facts is None:
            # "In Onward! 2019. ACM.": the meeting and its year, then its publisher
            book, publisher = dated.group("book"), publisher or dated.group("publisher")
        after = after or head
        return replace(
            fields,
            container=book,
            chapter=True,
            year=year,
            place=place,
            publisher=publisher,
            editors=editors,
            pages=locator(after),
        )
    law = _LAW_JOURNAL.match(tail)
    if law is not None:  # OSCOLA and AGLC: "(2019) 43(2) Journal 512, 520", "[2019] PL 412"
        return replace(
            fields,
            container=law.group("journal"),
            volume=law.group("vol") or law.group("vol2"),
            issue=law.group("iss"),
            year=year_of(law.group("year") or law.group("year2")),
            pages=law.group("first"),
        )
    if opens_with_record_number(head.strip(" ,.")):
        # "'Mill House', List Entry Number 1000001, https://…": a register's record by its
        # number, no journal's volume (:func:`.catalogue_numbers.opens_with_record_number`)
        return replace(fields, year=year)
    volume = _VOLUME.match(head.strip(" ,."))
    if volume and _NO_VOLUME_BEFORE.search(volume.group("journal")):
        volume = None  # "Site (blog), February 29, 2024", "Review, table 7.1": no volume
    if volume:
        return replace(
            fields,
            container=volume.group("journal").strip("*_ "),
            volume=volume.group("vol"),
            issue=volume.group("iss") or volume.group("iss2"),
            year=year,
            pages=locator(after or tail),
        )
    container = head.strip(" ,.").split(", ")[0] or None
    return replace(fields, container=container, year=year)


# the year, then the volume (and issue), the journal and the first page, as OSCOLA and AGLC
# cite an article: "(2019) 43(2) Melbourne University Law Review 512", "[2019] PL 412"
_LAW_JOURNAL = lazy_compile(
    r"^(?:\((?P<year>(?:1[5-9]|20)\d\d)\)\s(?P<vol>\d{1,4})(?:\((?P<iss>[\w/-]{1,6})\))?"
    r"|\[(?P<year2>(?:1[5-9]|20)\d\d)\](?:\s(?P<vol2>\d{1,4}))?)"
    # (the first page, or an article's number: "(2020) 119 Journal of Urban Economics 103278")
    r"\s(?P<journal>[^\W\d_][^,;()\d]{1,120}?)\s(?P<first>\d{1,6})\b"
)


# a journal volume dated over two years, the date alone in its parentheses: "7-8 (1987-1988)"
_VOLUME_SPAN = lazy_compile(r"\s*(?P<start>(?:1[5-9]|20)\d\d)\s?(?:--|[–-])\s?(?:1[5-9]|20)\d\d\s*")


def _volume_year(facts: str) -> Year:
    """The year of an article's parenthesised facts: a volume dated over two years,
    ``Dynamis 7-8 (1987-1988)``, is of its first year, as its short form ``(1987–88)``
    reads; anything else as :func:`_last_year` reads it."""
    span = _VOLUME_SPAN.fullmatch(facts)
    if span is not None and span.group("start") < facts.strip()[-4:]:
        return year_of(span.group("start"))
    return _last_year(facts)


def _last_year(text: str) -> Year:
    # (not a page range's end when a year stands outside it: "2019, pp. 5583-5607")
    years = year_tokens(text, _YEAR)
    if not years:
        return year_of(None)
    return year_of(span_start(text, years[-1]))  # "London: Nelson, 1957–1961": 1957
