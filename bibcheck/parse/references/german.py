"""German humanities and DIN 1505 references: the authors end with a colon.

``Seibel, Wolfgang: Verwaltete Illusionen. Die Privatisierung ... 1990–2000, Frankfurt
a. M./New York 2005, S. 112.`` -- several authors joined by ``/`` or ``;``, editors
marked ``(Hrsg.)``/``(Hg.)``/``(eds.)``; the title (a subtitle after ``. `` belongs to
it) runs to the place and year (``, Berlin 1993``), to ``, in:`` (an article or
chapter: the container follows), or, in the DIN form ``Kleppmann, M.: Title. Sebastopol:
O'Reilly, 2017.``, to ``. Place: Publisher, Year``.  Pages are ``S. 35`` or
``S. 3–20``.  An organisation may be the author (``Bundesarchiv: Die Akten ...,
Koblenz 2020``) when the rest has the place-and-year shape.

The Latin comma form of classical philology (``Lundström, V., Title, fasc. VI, Upsaliae
1902.``, ``Ash, H. B. (ed.), Title, vol. III, Cambridge (Mass.) – London 1955``; in notes
``B. Bischoff, Title, vol. III, Wiesbaden 2014, p. 152, n. 4421.``) is read here too: the
title runs to a volume mark or to the place and year, written with no comma between them.

Only the colon after names in ``Surname, Given`` form (or an organisation followed by
a German place-and-year) is taken for this style: ``Nature: a journal`` is not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import (
    commaform,
    din690,
    genre_tail,
    listed,
    quote_pairs,
    role_marks,
    serial,
)
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.patterns import (
    ORGANISATION_WORD,
    PLACE_QUALIFIER,
    SURNAME,
    SURNAME_PLAIN,
    L,
    U,
)
from bibcheck.parse.references.places import publisher_before_place
from bibcheck.parse.references.quote_pairs import CURLY_LOW, EN_CURLY, GUILLEMETS, TITLE_OPENINGS
from bibcheck.parse.references.shared import Fields, has_publisher_word, last_year, year_of
from bibcheck.parse.references.title_statements import (
    title_before_sentence_statements,
    title_before_statements,
)
from bibcheck.parse.references.volume_words import Reading, alternation, words
from bibcheck.parse.references.work_forms import headword, newspaper_year, own_review, talk_start
from bibcheck.parse.years import YEAR as _YEAR

# The family name first, one word (with its particles): "Markus Krajewski, Paper Machines:"
# is a Chicago note, not two authors.  Given names written out (no period: "Matthew.
# Evicted:" is a Chicago entry), then initials; in "Ord-Hume, Arthur W. J. G. Harmonium: The
# History" and "Coady, C. A. J. Testimony: A Philosophical Study" the word after the
# initials starts the title.
_WORD = rf"[{U}][\w'’-]+(?![\w.])"
_INITIALS = rf"[{U}]\.(?:\s?-?[{U}]\.)*"
# (Spanish and Portuguese lists write two family names: "Díaz Lema, J. M.",
# "García de Enterría, E.")
# (only before initials: in "Tim Robinson, William Roxburgh: Title" no name is inverted)
# a particle after the given names of an inverted name: "Ropp, Goswin von der", "Pastor,
# Ludwig von", "Berg, Jan van den"
_PARTICLE = (
    r"(?:\s(?:von\sder|von\sdem|von\sden|van\sder|van\sden|van\sde|van\shet|de\sla|von|vom|van|zu|zur|de|du"
    r"|di|da|del|della|ter|ten)(?=[\s:(/;]))?"
)
_FAMILY = rf"{SURNAME}(?:\s(?:de\s|del\s|de\sla\s)?{SURNAME_PLAIN})?"
_PERSON = (
    rf"{SURNAME},\s(?:{_WORD}(?:\s{_WORD}){{0,2}}(?:\s{_INITIALS})?|{_INITIALS}){_PARTICLE}"
    rf"|{_FAMILY},\s{_INITIALS}"
)
# an editors' mark after their names, any language's: "(Hg.)", "(szerk.)", "(toim.)", "(dir.)"
# (the one table of :mod:`.role_marks`)
_EDITORS = rf"\s?(?:{role_marks.MARK})"
# Hungarian notes put the family name first with no comma and join names with a dash:
# "Mithay S.: Title", "Sørensen, M. L. S. – Vicze, M.: Title", "Kovács T. – Tóth Zs.:"
# (a married name after the husband's initial: "G.-Tóth L."; several such names joined by
# commas, as Hungarian, Czech and Slovak lists write them: "Kiss A., Nagy B. (2019): Title")
_FAMILY_INITIALS = (
    rf"(?:[{U}]\.-)?{SURNAME}\s(?:[{U}][{L}]?\.\s?-?){{1,3}}"
    rf"(?=\s?[–—:/;(]|\set\sal|,\s(?:[{U}]\.-)?{SURNAME}\s[{U}][{L}]?\.)"
)
_ANY_PERSON = rf"(?:{_PERSON}|{_FAMILY_INITIALS})"
# (also ", " before another "Surname, I.": "Butler, H., Daly, M., Doyle, A.: The GeoJSON Format")
# (and a conjunction before another inverted name: "García de Enterría, E. y Fernández, T.-R.")
_JOIN = (
    rf"\s?[/;]\s?|\s[–—-]\s|,\s(?={SURNAME},\s[{U}]\.)"
    # (after a name's initial only: "Wüstenberg, Ralf K.:" is one inverted name)
    rf"|(?<=\.),\s(?=(?:[{U}]\.-)?{SURNAME}\s[{U}][{L}]?\.\s?(?:[{U}][{L}]?\.\s?)*(?:[–—:/;(,]|$))"
    rf"|\s(?:y|e|en|und|et|and|&)\s(?={_FAMILY},\s[{U}])"
    # (and before another "Surname, Given" that more names, "et al." or the year in
    # parentheses follow: "Balzert, Helmut, Bendisch, Roman, Kern, Uwe et al. (2008):")
    # (one given name each: "Van Dam, C.C., Aansprakelijkheidsrecht, Den Haag:" is one
    # author, a title and a place)
    rf"|,\s(?={SURNAME},\s{_WORD}(?:,\s{SURNAME},|\s(?:u\.\s?a\.|et\sal\.)"
    rf"|\s\((?:[^(),:]{{1,60}},\s)?{_YEAR}))"
)
_SHAPE = lazy_compile(
    rf"^(?P<authors>{_ANY_PERSON}(?:(?:{_JOIN}){_ANY_PERSON}){{0,12}})"
    rf"(?:\s(?:u\.\s?a\.|et\sal\.))?(?P<editors>{_EDITORS})?"
    # (a title opens with a capital or a name of its own, "arc42", "iPhone": after "Sétra,
    # Footbridges: assessment of …" the colon is a subtitle's, the part before it a body
    # and the title, not "Surname, Given"; "Böick, Marcus (2018): ...")
    # (a short title before the year, as German business schools' styles print the label
    # a note cites: "Decker, Frank (Koalitionsaussagen, 2009): Koalitionsaussagen der …")
    rf"(?:\s\((?:[^(),:]{{1,60}},\s)?(?P<year>{_YEAR})[a-z]?\))?:\s(?P<rest>(?![{L}]++\s)\S.+)$"
)
# Natural order, as German Wikipedia writes: "Hans Leicht: Title. Verlag, Ort 1998"; one
# family name alone in a short reference: "Leicht: Mühlen im Grabfeld. S. 47 f."
# (an initial first or in the middle, with or without its period: "A. Bowdoin Van Riper",
# "Gordon L Rottman"; "u. a." and "(Hrsg.)" after the names: "Green u. a.: Title. 1955")
# (a word with a period is an initial: in "Philip Woodworth. Sea-Level Science:" the title
# follows the name)
# the conjunctions of the Nordic languages, Dutch and Afrikaans, Hungarian, Finnish
# ("Kari Nordmann og Ola Hansen: Title", "Anna Botha en Johan Marais, Title, Kaapstad 2015")
_NORDIC = r"og|och|en|és|ja"
_COMMA_JOIN = rf",\s|,?\s(?:und|u\.|i|a|et|and|y|e|ve|{_NORDIC})\s|\s?/\s?"
_NATURAL = rf"[{U}](?:[\w'’-]+|\.)(?:\s[{U}](?:\.|[\w'’-]*)){{0,2}}\s{SURNAME}"
_NATURAL_SHAPE = lazy_compile(
    # (names joined by a slash too, as German humanities notes write them, with or without
    # spaces: "Ulrich Roth / Hanne Weber (Hg.):", "Ulrich Roth/Hanne Weber:")
    rf"^(?P<authors>{_NATURAL}(?:(?:,\s|,?\s(?:und|u\.|{_NORDIC})\s|;\s|\s?/\s?){_NATURAL}){{0,8}}"
    rf"|{SURNAME}(?:/{SURNAME}){{0,3}})(?:\su\.\s?a\.|\set\sal\.)?(?:{_EDITORS})?:\s(?P<rest>\S.+)$"
)
# German Wikipedia's forms without a place: "Title. Publisher, 2007, ISBN …, S. 7" and the
# short form "Title. 2010, S. 74."
_PUBLISHER_YEAR = lazy_compile(
    rf"\.\s(?P<publisher>[{U}][^.,:;()]{{1,60}}),\s(?P<year>{_YEAR})(?=[,.;]|$)"
)
_SENTENCE_YEAR = lazy_compile(rf"\.\s(?P<year>{_YEAR})(?=,\s(?:S|Sp)\.\s?\d|\.?$|\s<)")
# German Wikipedia's imprint as a sentence of its own with no comma before the year:
# "Titel. Beispielverlag Leipzig 1970, OCLC 1234, S. 10." (the publisher, then the place
# with no comma between them) or "Titel. Leipzig 1970." (the place alone); then the end, the
# pages or an identifier (ISBN, ISSN, OCLC, DNB, ZDB-ID, DOI, URN).  The title's closing
# period may stand inside its italics ("*Titel.* Verlag Ort 1970").  A sentence opening
# with an article is a subtitle ("Titel. Eine Geschichte 1945"), not an imprint.
_IDENTIFIER_AFTER_YEAR = r"(?:ISBN|ISSN|OCLC|DNB|ZDB(?:-ID)?|doi|DOI|URN|urn)\b"
_SENTENCE_IMPRINT = lazy_compile(
    r"(?:\.[*_]{0,2}|[*_]{1,2})\s"
    r"(?!(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Zur|Zum|Vom|Von|Im|Am|Über|Aus"
    r"|The|An|On|In)\s)"
    rf"(?P<imprint>[{U}][^,.:;()\d*_]{{1,60}}?)\s(?P<year>{_YEAR})"
    rf"(?=[.;]?\s*$|[.,]\s(?:S\.|Sp\.|{_IDENTIFIER_AFTER_YEAR}))"
)
# a publisher named by a compound ("Beispielverlag", "Verlagsanstalt") or a company form
_GERMAN_PUBLISHER = lazy_compile(r"(?i:verlag)(?:s\w*)?\b|\b(?:GmbH|KG|AG|Buchhandlung)\b")
# The humanities' comma form of Central Europe: "Thomas Kaufmann, Reformatoren, Göttingen
# 1998, S. 45." (German notes), "Szweykowski Z. M., Kultura wokalna, Kraków 1977." (Polish,
# Czech): names, then the title, then place and year.  Several authors are joined by "und",
# "i", "a", "/", never by a comma alone ("Hans Müller, Deutsche Geschichte, ..." has one).
_INVERTED_INITIALS = rf"{SURNAME}\s(?:[{U}]\.\s?-?){{1,3}}"
# (given names are words or initials: "Ingrid Solberg. Fjord Harbours" is no name)
_NATURAL_STRICT = rf"[{U}][\w'’-]+(?:\s(?:[{U}]\.|[{U}][\w'’-]+)){{0,2}}\s{SURNAME}"
# French lists put the family name first, no comma: "Ferguson Charles A." (an initial last)
_INVERTED_GIVEN = rf"{SURNAME}\s[{U}][\w'’-]+(?:\s[{U}]\.)+"
# Initials first, as Romance and Turkish notes write them, with a Spanish family name of two
# words: "P. Bourdelais et J.-Y. Raulot", "E. García de Enterría y T.-R. Fernández"
_INITIALS_NAME = (
    rf"(?:[{U}][{L}]?\.\s?+-?){{1,3}}\s?{SURNAME}(?:\s(?:de\s|del\s|de\sla\s)?{SURNAME_PLAIN})?"
)
_PERSON_ANY = rf"(?:{_INVERTED_GIVEN}|{_NATURAL_STRICT}|{_INVERTED_INITIALS}|{_INITIALS_NAME})"
_CONJUNCTION = rf"(?:und|u\.|i|a|et|and|y|e|ve|{_NORDIC})"
_COMMA_SHAPE = lazy_compile(
    rf"^(?P<authors>{_PERSON_ANY}"
    rf"(?:(?:,\s{_PERSON_ANY})*+(?:,?\s{_CONJUNCTION}\s|\s?/\s?){_PERSON_ANY})*)"
    # (an editor's mark: "L. Martin (dir.), Title, Place, Publisher, 1958")
    rf"(?:\s(?:{role_marks.MARK}))?"
    r",\s(?P<rest>\S.+)$"
)
_ORG_WORD = lazy_compile(ORGANISATION_WORD)
# The rest of a list of names in natural order after the first name, up to the period that
# ends it: "Tomas Berglund, Priya Raman, and Oskar Lind. " (two names at least, or one
# after a conjunction: one name alone before a period may open a title, see below)
_NAME_LIST_REST = lazy_compile(
    rf"(?:{_NATURAL_STRICT},\s)+(?:(?:and|&)\s)?{_NATURAL_STRICT}\.\s"
    rf"|(?:{_NATURAL_STRICT},?\s)?(?:and|&)\s{_NATURAL_STRICT}\.\s"
)
# an editor's mark right after the first part: that part is a title, not a name
_EDITED_BY = lazy_compile(r"(?:hg|hrsg|bearb|ed|éd)\.\s(?:von|v\.|by|par)\s", re.I)
# The Latin comma form of classical philology and older humanities lists: "Lundström, V.,
# Title, fasc. VI, Upsaliae 1902.", "Ash, H. B. (ed.), Title, vol. III, Cambridge (Mass.) –
# London 1955 (series).": the family name, a comma, initials (any letter: "Josephson, Å.",
# "Mommsen, Th."), editors, then the title, volume marks and the place (a Latin locative:
# Lipsiae, Oxonii, Berolini) and year with no comma between them.
# (a particle after the initials: "Wilamowitz-Moellendorff, U. von")
_INVERTED_COMMA = (
    rf"{SURNAME},\s(?:[{U}][{L}]?\.\s?-?){{1,3}}"
    r"(?:\s?(?:von\sder|von\sden|von\sdem|van\sder|van\sden|de\sla|von|van|vom|zu|de|du|di|da"
    r"|del|della)(?=,))?"
)
_LATIN_EDITORS = _EDITORS
_LATIN_SHAPE = lazy_compile(
    rf"^(?P<authors>{_INVERTED_COMMA}(?:(?:,\s|\s(?:and|et|&|und|e|y|i|a|og|och|en)\s|"
    rf"\s?[/;–]\s?){_INVERTED_COMMA}){{0,8}}?"
    # (the last name after a conjunction may be in natural order: "Bosch, A. en W. van der Ham")
    rf"(?:\s(?:and|et|&|und|e|y|i|og|och|en)\s(?:[{U}][{L}]?\.\s?-?){{1,3}}\s?{SURNAME}(?=[,\s]))?)(?:\set\sal\.|\su\.\s?a\.)?(?:{_LATIN_EDITORS})?"
    r",\s(?P<rest>\S.+)$"
)
# The place: capitalised words, "(Mass.)", "a. M.", a dash between two places; then the
# year (the first of a range: "Lipsiae 1794–1797")
_LATIN_PLACE_YEAR = lazy_compile(
    rf",\s(?P<place>[{U}][\w'’.-]*(?:\s(?:\([^()\d]{{1,25}}\)|[–—-]|{PLACE_QUALIFIER}|am|an|upon|on"
    rf"|[{U}][\w'’.-]*)){{0,5}}?)\s(?P<year>{_YEAR})(?:\s?[–-]\s?\d{{2,4}})?[²³⁴⁵⁶⁷⁸⁹]?(?=[,.;\s(]|$)"
)
# Dutch lists put the place and year in parentheses: "Title (Amsterdam 2003) 11-19."
_LATIN_PAREN_PLACE_YEAR = lazy_compile(
    rf"\s\((?P<place>[{U}][\w'’.-]*(?:\s(?:[–—-]|{PLACE_QUALIFIER}|am|an|[{U}][\w'’.-]*)){{0,4}}?)\s"
    rf"(?P<year>{_YEAR})\)(?=[,.;\s]|$)"
)
# Chicago's facts in parentheses: "(Antwerpen: De Sikkel, 1925–1982)", "(London: IIED, 2006)"
_PAREN_FACTS = lazy_compile(
    rf"\((?P<place>[{U}][^():;,]{{1,40}}):\s?(?P<publisher>[^():;]{{2,80}}),\s(?P<year>{_YEAR})"
    r"(?:\s?[–-]+\s?\d{2,4})?\)"
)
# Volume and part marks the title stops before: ", vol. III", ", fasc. VI", ", t. 2", ", deel III"
# (the words: :mod:`.volume_words`), or an issue's: ", Hft. 3", ", H. 2"
_VOLUME_MARK = lazy_compile(
    rf",\s(?:{alternation(words(Reading.TITLE_MARK))}|Hft|H)"
    r"\.?\s(?:[IVXLC]+|\d+)\b"
    # and an edition: ", 3e éd. (Paris 1981)", ", 2nd edn (Oxford 1990)"
    r"|,\s\d{1,2}(?:\.|e|ª|st|nd|rd|th)?\s?(?:éd|ed|edn|Aufl|druk)\b"
)
# Initials before the family name, as notes write them: "B. Bischoff", "R. H. Rodgers"
_INITIALS_FIRST = rf"(?:[{U}][{L}]?\.\s?-?){{1,3}}\s?{SURNAME}"
_LATIN_NOTE_SHAPE = lazy_compile(
    rf"^(?P<authors>{_INITIALS_FIRST}(?:(?:,\s|\s(?:and|et|&|und|e|y|i|a|og|och|en)\s)"
    rf"{_INITIALS_FIRST}){{0,6}}?)(?:{_LATIN_EDITORS})?,\s(?P<rest>[^,“”\"„«»]\S.+)$"
)
_MONTH = lazy_compile(
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai"
    r"|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre)$",
    re.I,
)
# (a body as the editor: "Deutscher Ausschuss für Stahlbeton (Hg.): Title, Berlin 2001")
_ORGANISATION = lazy_compile(
    rf"^(?P<org>[{U}][\w.&-]*(?:\s[\w.&-]+){{0,6}}?)(?P<editing>{_EDITORS})?"
    rf"(?:\s\((?P<year>{_YEAR})[a-z]?\))?:\s"
    rf"(?P<rest>[{U}\d„\"].+)$"
)
# Where the title ends, earliest first.
# (after a title ending in a question or an exclamation too: "Wem gehört das Bild? In: …")
_IN = lazy_compile(r"(?:[,.]|(?<=[?!]))\s(?:in|In):\s")
_PLACE_YEAR = lazy_compile(
    rf",\s(?P<place>[{U}][^,:;()]{{1,60}}?)\s(?:\d{{1,2}}\.\s?(?:Aufl\.|ed\.)\s)?"
    rf"(?P<year>{_YEAR})(?=[,.;\s]|$)"
)
# "Title. Tata, 1968, 45.", "Title. Bratislava, 1964": the place and year of Hungarian,
# Slovak and Czech notes, after the title's sentence
_SENTENCE_PLACE_YEAR = lazy_compile(
    rf"\.\s(?P<place>[{U}][\w-]+(?:\s[{U}][\w-]+)?),\s(?P<year>{_YEAR})(?=[,.;\s]|$)"
)
# "Title. Akadémiai Kiadó, Budapest, 2019.", "Title. Academia, Praha, 2010": the publisher,
# the place and the year of Hungarian, Czech and Slovak lists, after the title's sentence
_SENTENCE_PUBLISHER_PLACE_YEAR = lazy_compile(
    rf"\.\s(?P<publisher>[{U}][^,.:;()\d]{{1,60}}?),\s(?P<place>[{U}][\w-]+(?:\s[{U}][\w-]+)?),\s"
    # (the year ends the imprint, or a cited page follows: "…, 2019, 45.", not a journal's
    # volume and pages, "Archiv für X, Supplement, 1997, 107, 563–593")
    rf"(?P<year>{_YEAR})(?=[.;]?\s*$|\.\s|,\s\d+(?:\s?[-–]\s?\d+)?\.?\s*$)"
)
_SENTENCE_STOP = lazy_compile(r"[^\W\d_]{2}\.\s")
# (no journal's volume and issue after the year: "Societas …: Acta, 2001, 27 (4), 1811–1815"
# names a journal, not a place and a publisher)
_DIN_PLACE = lazy_compile(
    rf"\.\s(?P<place>[{U}][^,:.;()]{{1,40}}):\s?(?P<publisher>[^,]{{2,80}}),\s(?P<year>{_YEAR})\b"
    r"(?!,\s\d{1,4}\s?\([\w/–-]{1,12}\))"
)
# "..., Göttingen: Wallstein." at the end (author-year form: the year stood after the names;
# "…, Bochum: Ruhr-Universität Bochum, online unter: <URL> (Zugriff: …).": the comma before
# the address, cut out, is left)
_PLACE_PUBLISHER_END = lazy_compile(
    rf",\s(?P<place>[{U}][^,:;()]{{1,40}}):\s(?P<publisher>[^,:;()]{{2,80}}?),?\.?$"
)
# The place a commentary or handbook is cited at instead of a page: its margin number, perhaps
# after its part or section: "…, München: Vahlen 2016, Rn. 4", "…, Einf. Rn. 12–19",
# "…, Einl. Rz. 7", "…, Vorbem. Rdnr. 3", "…, § 2 Rn. 12", "…, Art. 14 Rdn. 5"
_MARGIN = (
    r"(?:(?:Einf|Einl|Vorbem|Vorb)\.\s|(?:§|Art\.)\s?\d{1,4}[a-z]?\s)?"
    r"(?:Rn|Rdnr|Rdn|Rz|Randnr)\.\s?\d"
)
# "..., Frankfurt a. M./New York: Campus 1984." -- German lists write the publisher and the
# year with no comma between them (some with one: "Berlin: Duncker & Humblot, 2015"), perhaps
# a series after it ("(= Reihe 12)") or, in a note or a chapter, the pages.  No digit in the
# place or the publisher ("…, Band 3: Von 1800 bis 1914" is a part's title), and the year
# ends the imprint.
PLACE_PUBLISHER_YEAR = lazy_compile(
    rf",\s(?P<place>[{U}][^,:;()\d]{{1,60}}?):\s(?P<publisher>[^,:;()\d\s][^,:;()\d]{{1,79}}?)"
    # (the original's year in brackets after the edition's: "Basel: Schwabe 2004 [1915]";
    # the pages "especially" cited: "…, bes. S. 401–418")
    rf",?\s(?P<year>{_YEAR})(?=\.?\s*$|[.,]\s(?:S\.|Sp\.|hier\s|bes\.\s|insb\.\s|{_MARGIN})|\s\(|;\s"
    rf"|\s\[{_YEAR}\])"
)
# A short form's pointer to the note that cites the work in full: "(Anm. 3)", "(wie Anm. 3)",
# "(s. Fn. 12)", "(zie noot 4)", "(jw., przyp. 5)", "(se not 2)", "(see n. 7)"
_NOTE_POINTER = lazy_compile(
    r"\s\((?:wie|vgl\.|s\.|siehe|zie|jw\.|jak\sw\.|se|see|cf\.)?,?\s?"
    r"(?:Anm|Fn|FN|Fußn|Note|note|n|noot|przyp|not|anm)\.?\s?\d{1,4}\)$"
)
# The same imprint as a sentence of its own after the title, as German, Dutch, Nordic and
# Polish humanities notes and lists write it: "*Titel. Untertitel*. Frankfurt am Main:
# Suhrkamp 2005, S. 12." (the title's period perhaps inside or after its italics; no period,
# digit or italic mark in the place, so the title's own sentences are not taken for it)
SENTENCE_PLACE_PUBLISHER_YEAR = lazy_compile(
    rf"(?:\.[*_]{{0,2}}|[*_]{{1,2}}\.?)\s(?P<place>[{U}][^,:;.()\d*_]{{1,60}}?):\s"
    rf"(?P<publisher>[^,:;()\d\s*_][^,:;()\d*_]{{1,79}}?)"
    rf",?\s(?P<year>{_YEAR})(?=\.?\s*$|[.,]\s(?:S\.|Sp\.|s\.|hier\s|her\s|{_MARGIN})|\s\(|;\s)"
)
_SERIES_OR_DOCUMENT = lazy_compile(
    # ("\b" after "Bd." would need a letter next: a period ends the word itself)
    r",\s(?:Drucksache\b|Bd\.|Band\b|Nr\.|hrsg\.|Diss\.|Habil\.|Phil\.\sDiss\b)|\s\(=\s"
    # the number of volumes, a part, a thesis: ", 4 Bde.", ", Abt. 2", ", Magisterarbeit"
    r"|,\s(?:\d{1,2}\s(?:Bde|Bände|Tle)\b|Abt\.\s|Tl\.\s|Teil\s\d|(?:Magister|Master|Diplom"
    r"|Bachelor|Staatsexamens|Zulassungs)arbeit\b|Dissertation\b|Habilitationsschrift\b)"
    r"|,\s(?:hg\.|Hg\.|Hrsg\.)\s(?:von|v\.)\s"
    # a report series and its number: ", IMK Report Nr. 152", ", ifo Standpunkt Nr. 253"
    r"|,\s[^,„“”\"]{2,60}?\s(?:Nr\.|No\.|Heft)\s?\d"  # ", hg. von Ilse Tödt u. a. (DBW 6), …"
    r"|,\s(?:tomo|vol\.|Vol\.|t\.)\s[IVXLC\d]"  # Spanish "…, tomo II, 16.ª ed., Civitas"
    r"|[.,]\s\d{1,2}\.[ªºae]?\s?(?:Aufl\.|Auflage|Ausg\.|ed\.|edn\.?)"  # ". 4. Aufl., …"
    # an exhibition catalogue: ", Ausst.-Kat. Museum X", ", Kat. Ausst. …", ", Ausstellungskatalog"
    r"|,\s(?:Ausst\.-?\s?Kat\.|Kat\.\sAusst\.|Ausstellungskatalog\b|Katalog\szur\sAusstellung\b)"
)
# (not the "S." of a place on the Saale: "Halle a. S. 1901", :data:`.patterns.PLACE_QUALIFIER`)
_PAGES = lazy_compile(r"(?<!\ba\.\s)(?<!\ba\.)\bS\.\s?(\d+(?:\s?[-–—]\s?\d+)?)")


def family_first_names(text: str) -> bool:
    """Does ``text`` open with Hungarian-style names before a colon (``Mithay S.:``,
    ``Sørensen, M. L. S. – Vicze, M.:``), or Latin comma-form names joined by a dash?
    Their periods and dashes are no GOST areas."""
    text = " ".join(text.split())
    if dash_imprint(text):
        return True  # "Brenner, K.; Ahlers, M. (2017): Title. – Berlin: Springer."
    m = _SHAPE.match(text)
    if m is None:
        # the Latin comma form joins names with a dash too: "Schanz, M. – Hosius, C.,
        # Title, München 1935"
        latin = _LATIN_SHAPE.match(text)
        return bool(
            latin is not None
            and re.search(r"\s[–—-]\s", latin.group("authors"))
            and _LATIN_PLACE_YEAR.search(latin.group("rest"))
        )
    names = text[: m.end("authors") + 1]  # (the colon after the names, for the lookahead)
    return bool(re.search(_FAMILY_INITIALS, names) or re.search(r"\s[–—-]\s", names))


_TRAILING_YEAR = lazy_compile(r"\s\(((?:1[5-9]|20)\d\d)[a-z]?\)$")

# The geoscience (DIN author-year) list: names or a body, the year in parentheses, a colon,
# the title, then a dash before the imprint or the journal:
# "Title. – Berlin: Springer Spektrum.", "Title. – Grundwasser 24 (3): 201–214.",
# "Title. – Potsdam.", "Title. – Dessau: UBA (Texte 88/2021).",
# "Title. – In: Franke, R. (Hrsg.): Handbuch. – Stuttgart: Schweizerbart, S. 155–190."
_DASH = lazy_compile(r"\.\s[–—-]\s(?=\S)")
_DASH_JOURNAL = lazy_compile(
    rf"^(?P<name>[{U}][^:;()\d]{{1,80}}?)\s(?P<vol>\d+)(?:\s?\((?P<issue>[^()]{{1,12}})\))?"
    r":\s?(?P<pages>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?)\.?$"
)
_DASH_IMPRINT = lazy_compile(
    rf"^(?P<place>[{U}][^:;,()]{{1,40}}?)(?::\s(?P<publisher>[^,:;()]{{2,80}}?))?"
    r"(?:\s\((?P<series>[^()]{2,80})\))?(?:,\s(?:S|pp?)\.\s?\d[^()]*)?\.?$"
)
_DASH_IN = lazy_compile(rf"^(?:In|in):\s(?:.*?{_EDITORS}:\s)?(?P<book>.+)$")
# a series numbered by the year ("Texte 88/2021", "Briefing 03/2022", "Heft 12/2019"): the
# serial publication of a body, a report
_YEAR_NUMBERED = lazy_compile(rf"\b\d{{1,4}}/{_YEAR}$")
_AUTHOR_YEAR_COLON = lazy_compile(
    rf"^(?:{_ANY_PERSON}(?:(?:{_JOIN}){_ANY_PERSON}){{0,12}}|[{U}][\w.&-]*(?:\s[\w.&-]+){{0,6}}?)"
    rf"(?:\s(?:u\.\s?a\.|et\sal\.))?(?:{_EDITORS})?\s\({_YEAR}[a-z]?\):\s\S.*?\.\s[–—]\s\S"
)


def dash_imprint(text: str) -> bool:
    """Does ``text`` have the author-year form of DIN and geoscience lists, names (or a body)
    and ``(2017):`` then a dash before the imprint (``Title. – Berlin: Springer.``)?  Its
    dashes are no GOST areas."""
    return _AUTHOR_YEAR_COLON.match(" ".join(text.split())) is not None


def _dashed(people: tuple[str, ...], rest: str, *, body: bool = False) -> Fields | None:
    """The title and the imprint or journal after ``. – `` (see :data:`_DASH`); ``body``
    says the author is an organisation, whose work with no publisher is its own report."""
    dash = _DASH.search(rest)
    if dash is None:
        return None
    title = rest[: dash.start()].strip(" ,.")
    after = rest[dash.end() :].strip()
    if not title:
        return None
    fields = Fields("german", people, title)
    chapter = _DASH_IN.match(after)
    if chapter is not None:
        book = chapter.group("book")
        imprint_dash = _DASH.search(book)
        container = book[: imprint_dash.start()] if imprint_dash else book.split(",")[0]
        imprint = _DASH_IMPRINT.match(book[imprint_dash.end() :]) if imprint_dash else None
        pages = _PAGES.search(book)
        return replace(
            fields,
            container=container.strip(" ,.") or None,
            chapter=True,
            place=imprint.group("place").strip() if imprint else None,
            publisher=(imprint.group("publisher") or "").strip() or None if imprint else None,
            pages=pages.group(1) if pages else None,
            # ("In: Franke, R. (Hrsg.): Handbuch": the book's editors, :mod:`.role_marks`)
            editors=role_marks.host_editors(after[after.index(":") + 1 :].lstrip()),
        )
    journal = _DASH_JOURNAL.match(after)
    if journal is not None:
        return replace(
            fields,
            container=journal.group("name").strip(),
            volume=journal.group("vol"),
            issue=journal.group("issue"),
            pages=journal.group("pages"),
            kind=RefKind.ARTICLE,
        )
    imprint = _DASH_IMPRINT.match(after)
    if imprint is None:
        return fields
    publisher = (imprint.group("publisher") or "").strip() or None
    series = imprint.group("series")
    report = bool(series and _YEAR_NUMBERED.search(series.strip())) or (body and publisher is None)
    return replace(
        fields,
        place=imprint.group("place").strip(),
        publisher=publisher,
        kind=RefKind.REPORT if report else None,
        book=not report,
    )


# what a lecture's note says after the course's title: "…, Vorlesung WiSe 2023/24",
# "…, Vorlesungsfolien", "…, Seminar SoSe 2022", "…, Folie 7", "…, lecture slides"
_LECTURE = lazy_compile(
    r",\s(?:Vorlesung|Vorlesungsfolien|Ringvorlesung|Seminar|Vortragsfolien|Folien?|Foliensatz"
    r"|Skript|[Ll]ecture\s(?:slides|notes)|[Ss]lides)(?=[\s,.;]|$)"
)


def parse(body: str) -> Fields | None:
    """German/DIN fields, or None when ``body`` lacks the ``Surname, Given: Title`` shape.

    A list of names in natural order joined by a conjunction (``Hans Leicht, Eva Moser und
    Karl Brandt (2015). Title.``, in any language) is read first, by :mod:`.listed`:
    no style parser after this one may take its first name for the author.  A guideline's
    designation closing the title (``Title. DAfStb-Richtlinie``) is cut: a report
    (:mod:`.genre_tail`)."""
    found = _parse(body)
    return None if found is None else _genre_cut(found)


def _genre_cut(found: Fields, *, series: bool = False) -> Fields:
    """``found`` with its title freed of a closing genre designation, a report then
    (:func:`.genre_tail.split`; ``series``: a body's ``Heft`` too)."""
    if not found.title or found.chapter or found.kind is not None or found.container:
        return found
    cut = genre_tail.split(found.title, series=series)
    if cut is None:
        return found
    return replace(found, title=cut[0], kind=RefKind.REPORT, book=False)


def _parse(body: str) -> Fields | None:
    if (organisation := din690.organisation(body)) is not None:
        return organisation  # "BUNDESAMT FÜR X (Hrsg.): Title. Bonn, 2020" (DIN ISO 690)
    body = din690.title_cased(body) or body  # "KRÜGER, Anne: Title"
    by_list = listed.parse(body)
    if by_list is not None:
        return by_list
    m = _SHAPE.match(body)
    if m is not None:
        people = _comma_pairs(m.group("authors")) or tuple(
            p.strip() for p in re.split(_JOIN, m.group("authors")) if p.strip()
        )
        if m.group("year") and (dashed := _dashed(people, m.group("rest"))) is not None:
            return _with_year(dashed, m.group("year"))
        if (reviewed := _own_review(people, m.group("rest"))) is not None:
            return _with_year(reviewed, m.group("year"))
        found = (
            _quoted(people, m.group("rest"))
            or (_imprint_last(people, m.group("rest")) if m.group("year") else None)
            or _work(people, m.group("rest"))
            or _first_sentence(people, m.group("rest"))
        )
        if found.title:  # "Title. Reprint der Ausgabe Leipzig 1909": no subtitle
            rest = m.group("rest")
            at = rest.find(found.title)
            after = rest[at + len(found.title) :] if at >= 0 else ""
            found = replace(found, title=title_before_sentence_statements(found.title, after))
        found = _work_form(found)
        lecture = _LECTURE.search(found.title or "")
        if lecture is not None and found.title is not None:
            # "Kaiser, Ines: Einführung in die Soziolinguistik, Vorlesung WiSe 2023/24, …":
            # the course's title, then what the work is (a lecture, its slides)
            found = replace(found, title=found.title[: lecture.start()])
        trailing = _TRAILING_YEAR.search(found.title or "")
        if trailing is not None and found.title is not None:
            # "…: The GeoJSON Format (2016)": the year after the title is no part of it
            found = replace(
                found, title=found.title[: trailing.start()], year=year_of(trailing.group(1))
            )
        return _with_year(found, m.group("year"))
    latin = _latin(body)
    if latin is not None:
        return latin
    natural = _NATURAL_SHAPE.match(body)
    rest = natural.group("rest") if natural is not None else ""
    if natural is not None and (
        _PLACE_YEAR.search(body)
        or _PAGES.search(rest)
        or _PUBLISHER_YEAR.search(rest)
        or _SENTENCE_YEAR.search(rest)
        or _SENTENCE_IMPRINT.search(rest)
        # ("Anna Roth und Karl Weber: Titel, in: *Zeitschrift* 4 (2021), DOI: …": a journal's
        # volume and year after "in:", with no pages to show the German form)
        or (IN_JOURNAL.search(rest) and _ORG_WORD.search(natural.group("authors")) is None)
        # (a name and a colon before a sentence imprint: a person's given and family names,
        # not one word or an organisation's name heading an English title's subtitle,
        # "Climate: A New Story", "Trade Union Politics: The British Case")
        or (
            # ("…, München: Beck 1992": the place, publisher and year after a comma)
            (SENTENCE_PLACE_PUBLISHER_YEAR.search(rest) or PLACE_PUBLISHER_YEAR.search(rest))
            and " " in natural.group("authors").strip()
            and _ORG_WORD.search(natural.group("authors")) is None
        )
    ):
        people = tuple(
            p.strip()
            for p in re.split(rf",\s|,?\s(?:und|u\.|{_NORDIC})\s|;\s|/", natural.group("authors"))
            if p.strip()
        )
        if (reviewed := _own_review(people, rest)) is not None:
            return reviewed
        work = _work(people, rest)
        if work is not None:
            work = _work_form(work, translated=True)
        bare = _without_place(people, rest)
        if work is not None and bare is not None and bare.publisher == work.place:
            # "Title. Echter, 1999": the name before the year is the publisher in this
            # natural-order form (German Wikipedia), not the place of a Hungarian note
            work = replace(work, place=None, publisher=bare.publisher)
        if work is not None or bare is not None:
            return work or bare
        if _PAGES.search(natural.group("rest")):  # a short reference: "Leicht: Title. S. 47 f."
            title = re.split(r"[.,]\s(?:S\.|Sp\.)\s?\d", natural.group("rest"))[0]
            # (and the note it points back to: "Rosa: Beschleunigung (wie Anm. 2), S. 71")
            title = _NOTE_POINTER.sub("", title.strip(" ."))
            return Fields("german", people, title.strip(" ."))
    comma = _COMMA_SHAPE.match(body)
    place_year = _PLACE_YEAR.search(comma.group("rest")) if comma is not None else None
    if (
        comma is not None
        and re.match(rf"{_NATURAL}\.\s|[{U}]\.", comma.group("rest"))
        and (
            place_year is None
            or re.match(rf"[{U}]\.", comma.group("rest"))
            # ('Dan Hendrycks, Thomas Dietterich. "CIFAR-10-C". Dataset, Zenodo 2019': a
            # quoted title after the second name, which is no title's start then)
            or re.match(rf"{_NATURAL}\.\s[{quote_pairs.DOUBLE_OPENINGS}]", comma.group("rest"))
        )
    ):
        # "David Pugh, Philip Woodworth. Title": names, not a title, follow; but a title
        # may begin with a person's name when the place and year follow it: "Eberhard
        # Bethge, Dietrich Bonhoeffer. Theologe – Christ – Zeitgenosse, München 1967"
        comma = None
    if comma is not None and _NAME_LIST_REST.match(comma.group("rest")):
        # "Ingrid Halvorsen, Tomas Berglund, Priya Raman. Title. VLDB 2016": more names,
        # joined by commas, up to the period before the title: a list of authors, never the
        # comma form's title (even when something like a place and year follows)
        comma = None
    if comma is not None and _EDITED_BY.match(comma.group("rest")):
        comma = None  # "Stadtrechnungen von Uelzen, hg. von X": a title and its editor
    article = _comma_article(comma) or _comma_chapter(comma) or _comma_italic_book(comma)
    if article is not None:
        return article
    if (
        comma is not None
        and place_year is not None
        and not _MONTH.match(place_year.group("place"))  # "…, October 2014": a date
        # quoted, italic: others' styles (a quotation inside the title is no quoted title:
        # "Title. Im Übergang vom „real existierenden Sozialismus“, Tübingen 1994")
        and not re.match(f"[{TITLE_OPENINGS}]", comma.group("rest"))
        and not re.search(r"[*_]", comma.group("rest"))
        # "2017;4(1):1-9" is Vancouver's; after the place and year a ";" starts another work
        and ";" not in comma.group("rest")[: place_year.start()]
        and not _ORG_WORD.search(comma.group("authors"))  # "Harbour Safety Working Group"
    ):
        people = tuple(
            p.strip(" ,") for p in re.split(_COMMA_JOIN, comma.group("authors")) if p.strip(" ,")
        )
        work = _work(people, comma.group("rest"))
        if work is not None and work.title and "," not in work.title.split(" ")[0]:
            # ("Jan Nowak, Historia wsi, przeł. Anna Lis, wyd. 2, Kraków 1990": the
            # translator and the edition after the title are no part of it)
            title, publisher = work.title, work.publisher
            split = publisher_before_place(title, place_year.group("place"))
            if split is not None and publisher is None:
                # "Петровић М., Наслов, Просвета, Београд 1998": the publisher before the place
                title, publisher = split
            return replace(work, title=title_before_statements(title), publisher=publisher)
    if comma is not None and not _ORG_WORD.search(comma.group("authors")):
        # "…, Title, Place, Publisher, 1995[, pp. 12-40]": a book whose publisher is named as
        # one; its title may hold commas of its own
        by_publisher = commaform.parse(body)
        if by_publisher is not None:
            return replace(by_publisher, style="german")
    if comma is not None and place_year is None and not _ORG_WORD.search(comma.group("authors")):
        french = _romance(comma.group("authors"), comma.group("rest"))
        if french is not None:
            return french
    edited = _edited_work(body)
    if edited is not None:
        return edited
    org = _ORGANISATION.match(body)
    if (
        org is not None
        and (
            org.group("year")
            or _PLACE_YEAR.search(org.group("rest"))
            # ("KSH, Budapest, 2013" after the title; not after "P. Eckert. Title: …",
            # whose "body" holds a sentence's end)
            or (
                _SENTENCE_PUBLISHER_PLACE_YEAR.search(org.group("rest"))
                and not _SENTENCE_STOP.search(org.group("org"))
            )
            # ("Landesamt für Denkmalpflege: Title, in: Denkmaldatenbank, Nr. 12": a body's
            # entry in its own database or series, named by the body's word)
            or (_IN.search(org.group("rest")) and _ORG_WORD.search(org.group("org")))
            # ("…, Berlin: Beuth 2001" after the title of a body named so or as its editor)
            or (
                PLACE_PUBLISHER_YEAR.search(org.group("rest"))
                and (org.group("editing") or _ORG_WORD.search(org.group("org")))
            )
        )
        and "," not in org.group("org")
    ):
        if org.group("year") is not None:
            dashed = _dashed((org.group("org").strip(),), org.group("rest"), body=True)
            if dashed is not None:
                return _with_year(dashed, org.group("year"))
        by_org = _work((org.group("org").strip(),), org.group("rest"))
        if by_org is not None and by_org.chapter and not by_org.year.raw and not org.group("year"):
            # ("Landesamt X: Title, in: Denkmaldatenbank, Obj.-Nr. 12, <address>": the body's
            # entry in its database, no chapter of a dated book)
            by_org = replace(by_org, chapter=False)
        if by_org is None:
            return None
        return _genre_cut(_with_year(by_org, org.group("year")), series=True)
    return None


# An edited work cited by its title, its editors named after it, as German notes write it:
# "Titel. Untertitel, hg. v. Vorname Nachname, Ort 2008, S. 155–190", "Titel, Bd. 2, hrsg.
# von A und B, Ort: Verlag 1999", "*Titel*, herausgegeben von …": no author; the title ends
# at a volume's mark or at the editor's mark
_EDITOR_MARK = lazy_compile(
    r",\s(?:(?:hg|hrsg|Hg|Hrsg|bearb|Bearb)\.\s(?:v\.|von)|(?:herausgegeben|bearbeitet)\svon)\s"
)
# (the words, as printed: :mod:`.volume_words`)
_TITLE_VOLUME = lazy_compile(
    rf",\s{alternation(words(Reading.EDITED_TITLE), with_period=True)}\s?"
    r"(?:\d{1,3}|[IVXLC]{1,6})\b"
)


def _own_review(people: tuple[str, ...], rest: str) -> Fields | None:
    """A review with a title of its own (:func:`.work_forms.own_review`): that title, and
    the journal it is printed in; the reviewed work's imprint is not the review's."""
    review = own_review(rest)
    if review is None:
        return None
    title, host = review
    fields = _in(Fields("german", people, title), host)
    pages = _PAGES.search(host)
    chapter = fields.volume is None and newspaper_year(host) is None
    return replace(
        fields,
        pages=pages.group(1) if pages else None,
        chapter=chapter,
        kind=fields.kind or (None if chapter else RefKind.ARTICLE),
    )


def _work_form(found: Fields, *, translated: bool = False) -> Fields:
    """The title of a work whose form the note names (:mod:`.work_forms`): an article by its
    headword (``Art. „Lichtdruck“``), a talk's title before ``Vortrag auf …`` (a chapter's
    kind: the talk is part of the meeting); ``translated``: the statements after a title
    written with commas (``…, übers. von X, Bd. 2``) cut as well."""
    title = found.title
    if not title:
        return found
    if (word := headword(title)) is not None:
        return replace(found, title=word)
    talk = talk_start(title)
    if talk is not None and talk > 0:
        return replace(found, title=title[:talk].strip(" ,."), chapter=True, book=False)
    if translated:
        return replace(found, title=title_before_statements(title))
    return found


def _edited_work(body: str) -> Fields | None:
    mark = _EDITOR_MARK.search(body)
    if mark is None:
        return None
    head = body[: mark.start()]
    if _IN.search(head) or ";" in head:
        return None  # a chapter of the edited book, or another work before it
    volume = _TITLE_VOLUME.search(head)
    title = re.sub(r"[*_]", "", head[: volume.start()] if volume else head).strip(" ,.")
    if len(title) < 3 or not re.match(rf"[{U}\d„“\"«]", title):
        return None
    after = body[mark.end() :]
    imprint = PLACE_PUBLISHER_YEAR.search(after)
    place_year = _PLACE_YEAR.search(after)
    if imprint is not None and (place_year is None or imprint.start() <= place_year.start()):
        place, publisher, year = (
            imprint.group("place").strip(),
            imprint.group("publisher").strip(),
            imprint.group("year"),
        )
    elif place_year is not None:
        place, publisher, year = place_year.group("place").strip(), None, place_year.group("year")
    else:
        return None
    pages = _PAGES.search(after)
    return Fields(
        "german",
        (),
        title,
        year_of(year),
        place=place,
        publisher=publisher,
        pages=pages.group(1) if pages else None,
        book=True,
    )


# "in: Zeitschrift 121 (2003)": a journal, its volume and year in parentheses
IN_JOURNAL = lazy_compile(rf"[,.]\s(?:in|In):\s[*_]?[{U}][^,(;]+?\s\d+\s\({_YEAR}\)")


def _comma_article(comma: re.Match[str] | None) -> Fields | None:
    """``Elke Brandt, Titel, in: Zeitschrift 121 (2003), S. 77–112``: the comma form of a
    German note citing an article (the names, the title, ``in:`` and the journal)."""
    if comma is None or _ORG_WORD.search(comma.group("authors")):
        return None
    rest = comma.group("rest")
    journal = IN_JOURNAL.search(rest)
    first_in = _IN.search(rest)
    if journal is None or first_in is None or first_in.start() != journal.start():
        return None
    if ";" in rest[: journal.start()]:
        return None  # another work before it
    people = tuple(
        p.strip(" ,") for p in re.split(_COMMA_JOIN, comma.group("authors")) if p.strip(" ,")
    )
    return _work(people, rest)


# A chapter title (plain or in German quotes) before ", in:"; the editors of the book after
# it end with a comma or a colon: "in: Annette Holm (Hg.), *Buch*, Ort 2011"
_CHAPTER_TITLE = lazy_compile(
    rf"^(?:„(?P<q>[^{CURLY_LOW}]{{2,300}})[{EN_CURLY}]|(?P<p>[^*_„“”\"«»();]{{2,300}}?))$"
)


def _comma_chapter(comma: re.Match[str] | None) -> Fields | None:
    """``Elisabeth Vogt, Titel, in: Annette Holm (Hg.), *Buch*, Ostfildern 2011, S. 77–102``:
    the comma form of a German note citing a chapter of an edited book (the names, the
    chapter's title, ``in:``, the editors, the book, its place and year)."""
    if comma is None or _ORG_WORD.search(comma.group("authors")):
        return None
    rest = comma.group("rest")
    marker = _IN.search(rest)
    if marker is None:
        return None
    title = _CHAPTER_TITLE.match(rest[: marker.start()].strip())
    after = rest[marker.end() :]
    if title is None or _PLACE_YEAR.search(after) is None:
        return None
    people = tuple(
        p.strip(" ,") for p in re.split(_COMMA_JOIN, comma.group("authors")) if p.strip(" ,")
    )
    fields = _in(Fields("german", people, (title.group("q") or title.group("p")).strip()), after)
    pages = _PAGES.search(after)
    return replace(fields, pages=pages.group(1) if pages else None)


# An italic title first, then the place and year, perhaps after a volume or an editor:
# "Martin Brecht (Hg.), *Geschichte des Pietismus*, Bd. 2: *…*, Göttingen 1995, S. 272"
_ITALIC_FIRST = lazy_compile(r"^(?P<mark>[*_])(?P<title>[^*_]{2,300}?)(?P=mark)(?=,\s)")


def _comma_italic_book(comma: re.Match[str] | None) -> Fields | None:
    """``Wolfgang Fischer, *Titel*, Leipzig 2004, S. 9``: the comma form of a German note
    citing a book whose title is set in italics (as a word processor's export writes it);
    the place and year follow with no publisher, and nothing in parentheses (Chicago's
    facts) comes before them."""
    if comma is None or _ORG_WORD.search(comma.group("authors")):
        return None
    rest = comma.group("rest")
    italic = _ITALIC_FIRST.match(rest)
    if italic is None:
        return None
    tail = rest[italic.end() :]
    place_year = _PLACE_YEAR.search(tail)
    if (
        place_year is None
        or _MONTH.match(place_year.group("place"))
        or re.search(r"[();]|\s(?:in|In):\s", tail[: place_year.start()])
    ):
        return None
    people = tuple(
        p.strip(" ,") for p in re.split(_COMMA_JOIN, comma.group("authors")) if p.strip(" ,")
    )
    work = _work(people, rest)
    if work is None or work.title != italic.group("title").strip(" ,."):
        return None
    return replace(work, place=work.place or place_year.group("place").strip())


# The Romance comma form: "Philippe Blanchet, La linguistique de terrain, Rennes, PUR,
# 2000, p. 41–52.", "Charles A. Ferguson, « Diglossia », Word, 15, 1959, p. 325–340."
# (guillemets a converter lost leave "Diglossia , Word"): the title is the first element.
_ROMANCE = lazy_compile(
    r"^(?:«\s?(?P<quoted>[^»]{2,200}?)\s?»|(?P<plain>[^,«»]{2,200}?))\s?,\s(?P<rest>.*?"
    rf"\b(?P<year>{_YEAR})\b.*)$"
)


# IEEE's and Chicago's book facts: ". New York: Wiley, 1975", ". Cambridge, MA: MIT Press, 2006"
_PLACE_COLON_PUBLISHER = lazy_compile(
    rf"\.\s[{U}][^.,:;]{{1,40}}(?:,\s[A-Z]{{2,3}}){{0,2}}:\s[^,:;]{{2,60}},\s{_YEAR}\b"
)


# (the span may carry the title's subtitle, "…, 1848-1871 : une histoire sociale", and an
# APA-like description of the work after it, "[jeu de données]")
_TITLE_SPAN = lazy_compile(
    rf"(?P<span>{_YEAR}\s?[-–]\s?(?:{_YEAR}|\d\d)(?:\s?:\s[^\W\d_][^,:;\[\]]{{1,150}}?)?)"
    rf"(?:\s\[[^\[\]\d]{{2,40}}\])?,\s(?=.*\b{_YEAR}\b)"
)


def _romance(authors: str, rest: str) -> Fields | None:
    m = _ROMANCE.match(rest)
    if m is None or rest.count(",") < 2 or re.search(r"[()“”\"*_]", rest):
        return None  # facts in parentheses, a quoted or italic title: another style's
    if _PLACE_COLON_PUBLISHER.search(rest):
        return None  # "Title. New York: Wiley, 1975": IEEE's
    title = (m.group("quoted") or m.group("plain") or "").strip(" .")
    if not title or re.fullmatch(r"[\d\s.,–-]+", title):
        return None
    people = tuple(p.strip(" ,") for p in re.split(_COMMA_JOIN, authors) if p.strip(" ,"))
    after = m.group("rest")
    span = _TITLE_SPAN.match(after)
    if span is not None and m.group("plain"):
        # "Solesmes et Dom Guéranger, 1805-1875, Solesmes, …, 1974": the years a title
        # covers are part of it (the year of publication comes later)
        title, after = f"{title}, {span.group('span')}", after[span.end() :]
    pages = re.search(r"\bp{1,2}\.\s?(\d+(?:\s?[-–]\s?\d+)?)", after)
    return Fields(
        "german",
        people,
        title,
        # (a catalogue number is no year: "Oxford, 1966, nr. 1617")
        year_of(last_year(_CATALOGUE_NUMBER.sub(" ", m.group("rest")))),
        pages=pages.group(1) if pages else None,
    )


_CATALOGUE_NUMBER = lazy_compile(r"\b(?:nr|Nr|no|No|inv|n°|nº|cat|Cat)\.?\s?\d+")


def _without_place(people: tuple[str, ...], rest: str) -> Fields | None:
    """``Title. Publisher, 2007, …`` or ``Title. 2010, S. 74.``: no place before the year."""
    ends = [m for m in (_PUBLISHER_YEAR.search(rest), _SENTENCE_YEAR.search(rest)) if m]
    if not ends:
        return None
    m = min(ends, key=lambda e: e.start())
    title = rest[: m.start()].strip(" ,.")
    if not title:
        return None
    pages = _PAGES.search(rest, m.end())
    publisher = m.groupdict().get("publisher")
    return Fields(
        "german",
        people,
        title,
        year_of(m.group("year")),
        publisher=publisher.strip() if publisher else None,
        pages=pages.group(1) if pages else None,
    )


# A quoted title after the colon, then the journal or book and its numbering: "«Title»,
# Revista de X, núm. 214, pp. 47-80.", "„Titel“, in: Zeitschrift 12 (2010), S. 3–20."
_QUOTED_TITLE = lazy_compile(
    rf"^(?:«\s?(?P<g>[^»]{{2,300}}?)\s?»|“(?P<c>[^”]{{2,300}})”|"
    rf"„(?P<l>[^{EN_CURLY}]{{2,300}})[{EN_CURLY}]"
    r"|‘(?P<s>[^’]{2,300}(?:’\w[^’]*)*)’|\"(?P<d>[^\"]{2,300})\")[,.]?\s(?P<rest>.*)$"
)
_NUMBER = lazy_compile(r"\b(?:núm|n\.º|nº|no|nr|Nr|vol|Vol|Jg|Heft|H)\.?\s?(?P<n>\d+(?:[-–/]\d+)?)")
_PP = lazy_compile(r"\b(?:pp?|S|s)\.\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?)")


def _quoted(people: tuple[str, ...], rest: str) -> Fields | None:
    """``«Title», Journal, núm. 214, pp. 47-80``: the quoted title, then the journal (or,
    after ``en``/``in:``, the book it is a chapter of)."""
    m = _QUOTED_TITLE.match(rest)
    if m is not None:
        title = next(t for t in (m.group(k) for k in "gclsd") if t is not None).strip(" ,.")
        after = m.group("rest")
    else:
        # (in another language's marks: "»Titel«, in: …", "’Otsikko’, teoksessa: …")
        marked = quote_pairs.leading(rest)
        if marked is None or not re.match(r"[,.]?\s", rest[marked[1] :]):
            return None
        title, after = marked[0], rest[marked[1] :].lstrip(" ,.")
    # (a chapter's book after "in", and in Polish "w", Scandinavian "i", Finnish "teoksessa")
    chapter = re.match(r"(?:en|in|In|dans|em|w|W|i|teoksessa|Teoksessa):?\s", after)
    if chapter is not None:
        fields = _in(Fields("german", people, title), after[chapter.end() :])
        pages = _PP.search(after)
        return replace(fields, pages=pages.group("pages") if pages else None)
    container = re.match(r"[^,(]{2,200}", after)
    number = _NUMBER.search(after)
    pages = _PP.search(after)
    return Fields(
        "german",
        people,
        title,
        year_of(last_year(after)),
        container=container.group(0).strip(" .") if container else None,
        volume=number.group("n") if number else None,
        pages=pages.group("pages") if pages else None,
    )


# one part of a name list parted by commas alone: a family name (with its particle, "von
# Lucke") or given names written out, no initial
_NAME_PART = lazy_compile(
    rf"(?:(?:von|van|de|du|zu|da|di|del|der|den)\s)?[{U}][\w'’-]+(?:\s[{U}][\w'’-]+)?"
)


def _comma_pairs(authors: str) -> tuple[str, ...] | None:
    """Names whose family and given names are all parted by commas (``Balzert, Helmut,
    Bendisch, Roman, Kern, Uwe``), read in pairs; None for any other list."""
    parts = authors.split(", ")
    if len(parts) < 4 or len(parts) % 2 or not all(_NAME_PART.fullmatch(p) for p in parts):
        return None
    return tuple(
        f"{family}, {given}" for family, given in zip(parts[::2], parts[1::2], strict=True)
    )


def _with_year(fields: Fields, year: str | None) -> Fields:
    """The year written after the names (author-year form) wins."""
    return replace(fields, year=year_of(year)) if year else fields


# A series and its number in parentheses after the title: "(Propyläen Technikgeschichte 2)",
# "(Quellen und Forschungen N. F. 47)", "(= Studien 12)" -- words, then a number; a span of
# years "(1367–1650)" is the title's own, and a cross reference "(wie Anm. 6)" is no series
_SERIES_AFTER_TITLE = lazy_compile(
    rf"\s\((?:=\s)?(?!(?:Anm|Fn|Fußn|Note|Nota|Anmerkung)\b)(?=[{U}][^()]*[{U}][{L}]{{2}})"
    rf"[^()]{{3,150}}?\s(?:N\.\s?F\.\s)?\d{{1,4}}[a-z]?\)$"
)


# an italic title first (German Wikipedia sets titles in italics)
_ITALIC_LEAD = lazy_compile(r"(?P<mark>[*_])(?P<title>[^*_]{2,300}?)(?P=mark)")
# the volume after the title, then the publisher: ". Band 2. Theiss", ". Bd. 3. Beck" (the
# words, as printed: :mod:`.volume_words`)
_OWN_SENTENCE = alternation(words(Reading.OWN_SENTENCE), with_period=True)
_VOLUME_SENTENCE = lazy_compile(rf"\.\s{_OWN_SENTENCE}\s?\d+[a-z]?(?:\.\s(?P<after>.+))?$")
_VOLUME_FIRST = lazy_compile(rf"^{_OWN_SENTENCE}\s?\d+[a-z]?\.?\s*")


def _work(people: tuple[str, ...], rest: str) -> Fields | None:
    ends = [
        (m.start(), kind, m)
        for kind, pattern in (
            ("in", _IN),
            ("place", _PLACE_YEAR),
            ("din", _DIN_PLACE),
            ("sentence-imprint-colon", SENTENCE_PLACE_PUBLISHER_YEAR),  # (after "din")
            ("sentence-place", _SENTENCE_PLACE_YEAR),
            ("sentence-publisher", _SENTENCE_PUBLISHER_PLACE_YEAR),
            ("series", _SERIES_OR_DOCUMENT),
            ("imprint", PLACE_PUBLISHER_YEAR),  # (before "publisher": it starts there too)
            ("publisher", _PLACE_PUBLISHER_END),
            ("sentence-imprint", _SENTENCE_IMPRINT),
        )
        if (m := pattern.search(rest)) is not None
    ]
    if not ends:
        return None
    start, kind, m = min(ends, key=lambda e: e[0])
    title = rest[:start].strip(" ,.")
    quoted = re.fullmatch(
        rf"„([^{CURLY_LOW}]{{2,300}})[{EN_CURLY}]|“([^{EN_CURLY}]{{2,300}})”|"
        rf"«\s?([^{GUILLEMETS}]{{2,300}}?)\s?»",
        title,
    )
    if quoted is not None:  # „Die Schuldenbremse ist nicht das Problem“, ifo Standpunkt …
        title = next(g for g in quoted.groups() if g is not None)
    title = _SERIES_AFTER_TITLE.sub("", title)
    italic = _ITALIC_LEAD.match(rest)
    # what stands between the title and the place: a volume, a publisher
    between = None
    if italic is not None and italic.end() <= start + 1:
        # "''Eisenbahn in Hessen. … 1839–1939.'' Band 2. Theiss, Stuttgart 2005": the
        # italics end the title; the volume and the publisher follow
        title = italic.group("title").strip(" ,.")
        between = _VOLUME_FIRST.sub("", rest[italic.end() : start].strip(" ,.")) or None
    elif (volume := _VOLUME_SENTENCE.search(title)) is not None:
        title, between = title[: volume.start()], volume.group("after")
    if not title:
        return None
    tail = rest[start:]
    fields = Fields("german", people, title)
    found = _PAGES.search(tail)
    if found:
        fields = replace(fields, pages=found.group(1))
    if kind == "in":
        return _in(fields, tail[m.end() - start :])
    if kind == "sentence-place":
        # "Title. Series IV/1. Budapest, 2011, 77–81.": the title is the first sentence,
        # the bare numbers after the year the pages
        pages = re.match(r",\s(\d+(?:\s?[-–]\s?\d+)?)\b", tail[m.end() - start :])
        return replace(
            fields,
            title=split_sentences(title)[0].rstrip(". ") or title,
            place=m.group("place"),
            year=year_of(m.group("year")),
            pages=fields.pages or (pages.group(1) if pages else None),
        )
    if kind == "sentence-publisher":
        return replace(
            fields,
            place=m.group("place"),
            publisher=m.group("publisher").strip(),
            year=year_of(m.group("year")),
        )
    if kind == "series":  # the place and year may follow: "..., 4. Aufl., Boston: X, 2021"
        imprint = PLACE_PUBLISHER_YEAR.search(tail)
        if imprint is not None:  # "…, 7. Aufl., Stuttgart: Kohlhammer 2003"
            return _imprinted(fields, imprint)
        # (no digit in the place: "…, Band 3: Von 1800 bis 1914, Kassel 2001" names a part)
        din = re.search(
            rf"(?P<place>[{U}][^,:.;()\d]{{1,40}}):\s?(?P<publisher>[^,]{{2,80}}),", tail
        )
        place_year = _PLACE_YEAR.search(tail)
        return replace(
            fields,
            place=(
                din.group("place") if din else place_year.group("place") if place_year else None
            ),
            publisher=din.group("publisher").strip() if din else None,
            year=year_of(last_year(tail)),
        )
    if kind in ("imprint", "sentence-imprint-colon"):
        return _imprinted(fields, m)
    if kind == "sentence-imprint":
        # the place is the imprint's last word, the publisher what stands before it
        publisher, _, place = m.group("imprint").strip().rpartition(" ")
        return replace(
            fields,
            place=place,
            publisher=publisher.strip() or None,
            year=year_of(m.group("year")),
        )
    if kind == "publisher":
        return replace(
            fields, place=m.group("place").strip(), publisher=m.group("publisher").strip()
        )
    if kind == "din":
        return replace(
            fields,
            place=m.group("place").strip(),
            publisher=m.group("publisher").strip(),
            year=year_of(m.group("year")),
        )
    place_year = _PLACE_YEAR.search(tail) or _SENTENCE_PLACE_YEAR.match(tail)
    year = place_year.group("year") if place_year else last_year(tail)
    place = place_year.group("place").strip() if place_year else None
    fields = replace(fields, place=place, year=year_of(year))
    if between is not None:
        return replace(fields, publisher=between.strip(" ,."))
    # "Titel. Untertitel. Verlag Mainfranken, Würzburg 1998": the publisher before the place
    head, dot, last = title.rpartition(". ")
    if dot and (has_publisher_word(last) or _GERMAN_PUBLISHER.search(last)):
        return replace(fields, title=head.strip(), publisher=last.strip())
    return fields


def _imprinted(fields: Fields, imprint: re.Match[str]) -> Fields:
    """The place, publisher and year of :data:`PLACE_PUBLISHER_YEAR`."""
    return replace(
        fields,
        place=imprint.group("place").strip(),
        publisher=imprint.group("publisher").strip(),
        year=year_of(imprint.group("year")),
    )


# A book's imprint closing an author-date entry whose year stands after the names
# ("Neuland, Eva (2018): Titel. Untertitel. Tübingen: Francke.", "… Berlin, New York: de
# Gruyter.", "… Frankfurt am Main: Peter Lang (Reihe 12)."): the places, a colon, the
# publisher (no digits: no pages or year of a chapter's host)
_PLACE_WORD = rf"[{U}][\w-]*+(?:\s(?:am|an\sder|im|{PLACE_QUALIFIER}|[{U}][\w-]*+)){{0,3}}"
_IMPRINT_LAST = lazy_compile(
    rf"\.\s(?P<place>{_PLACE_WORD}(?:(?:,\s|\s?/\s?|\s(?:und|u\.)\s){_PLACE_WORD}){{0,3}})"
    r"\s?:\s(?P<publisher>[^:\d()]{2,80}?)(?:\s\([^()]{1,60}\))?\.?$"
)
# an edition's sentence before the imprint: "2., überarb. Aufl.", "3. Auflage"
_EDITION_SENTENCE = lazy_compile(
    r"\.\s\d{1,2}\.,?\s(?:[^\W\d_]+\.?,?\s){0,3}?(?:Aufl(?:age)?|Ausg(?:abe)?)\.?$"
)
# a chapter's or an article's host ("In: …"): no book's title
_IN_HOST = lazy_compile(r"(?:^|\s)[Ii]n:\s")


def _imprint_last(people: tuple[str, ...], rest: str) -> Fields | None:
    """A book in a German author-date list: its title all sentences before the imprint
    (:data:`_IMPRINT_LAST`), an edition's sentence cut; None without that imprint."""
    m = _IMPRINT_LAST.search(rest)
    if m is None:
        return None
    title = rest[: m.start()]
    edition = _EDITION_SENTENCE.search(title)
    if edition is not None:
        title = title[: edition.start()]
    title = title.strip(" .")
    if not title or _IN_HOST.search(title):
        return None
    return Fields(
        "german",
        people,
        title,
        place=m.group("place"),
        publisher=m.group("publisher").strip(),
        book=True,
    )


def _first_sentence(people: tuple[str, ...], rest: str) -> Fields:
    """Names and a colon, then no place and year: the title is the first sentence
    (``Starke, G.; Hruschka, P.: arc42 – Vorlage. Version 8.2, 2023.``)."""
    sentences = split_sentences(rest)
    title = sentences[0].rstrip(". ") if sentences else rest
    fields = Fields("german", people, title, year_of(last_year(rest)))
    # "Title. Archaeologiai Értesítő 129 (2004) 5–22.": a journal, its volume and year
    journal = _JOURNAL.match(" ".join(sentences[1:2]))
    if journal:
        return replace(
            fields,
            container=journal.group("name").strip(),
            volume=journal.group("vol"),
            year=year_of(journal.group("year")),
            pages=journal.group("pages"),
        )
    # "Title. Journal, 2001, 27 (4), 1811–1815.": the journal's year, not its last page's
    numbered = serial.read(" ".join(sentences[1:]))
    if numbered is not None and numbered.year is not None:
        return replace(
            fields,
            container=numbered.host,
            volume=numbered.volume,
            issue=numbered.issue,
            year=year_of(numbered.year),
            pages=numbered.pages,
        )
    return fields


_JOURNAL = lazy_compile(
    rf"^(?P<name>[{U}][^,(]+?)\s(?P<vol>\d+)(?:/\d+)?\s\((?P<year>{_YEAR})\)"
    r"(?:[,:]?\s(?P<pages>\d+(?:\s?[-–]\s?\d+)?))?"
)


def _in(fields: Fields, container_text: str) -> Fields:
    """``in: Zeitschrift 12 (2010), S. 3–20`` or ``in: Name (Hrsg.): Buch, Ort 2001``."""
    editors = re.match(rf"^.*?{_EDITORS}[:,]\s", container_text)
    text = container_text[editors.end() :] if editors else container_text
    if editors:
        # ("in: Peter Schmidt/Anna Weber (Hrsg.): Buch": the book's editors, kept)
        fields = replace(fields, editors=role_marks.host_editors(container_text))
    journal = re.match(rf"^(?P<name>[^,(]+?)\s(?P<vol>\d+)\s\((?P<year>{_YEAR})\)", text)
    if journal:
        return replace(
            fields,
            container=re.sub(r"[*_]", "", journal.group("name")).strip(),  # (italic marks)
            volume=journal.group("vol"),
            year=year_of(journal.group("year")),
        )
    day = newspaper_year(text)
    if day is not None:
        # "In: Die Zeit, Nr. 14, 30.3.2017, Feuilleton, S. 45": a newspaper's article
        paper = re.split(r",\s|\s(?:vom|v\.|du|del)\s", text, maxsplit=1)[0]
        return replace(
            fields,
            container=re.sub(r"[*_]", "", paper).strip(" ,.") or None,
            year=year_of(day),
            kind=RefKind.ARTICLE,
        )
    imprint = PLACE_PUBLISHER_YEAR.search(text)
    place_year = _PLACE_YEAR.search(text) or _SENTENCE_PLACE_YEAR.search(text)
    if imprint is not None and (place_year is None or imprint.start() <= place_year.start()):
        # "in: Name (Hg.): Buch, Hamburg: Dölling 2003, S. 12–30"
        return _imprinted(
            replace(
                fields,
                container=re.sub(r"[*_]", "", text[: imprint.start()]).strip(" ,.") or None,
                chapter=True,
            ),
            imprint,
        )
    container = text[: place_year.start()] if place_year else text.split(",")[0]
    return replace(
        fields,
        container=re.sub(r"[*_]", "", container).strip(" ,.") or None,  # (italic marks)
        chapter=True,
        place=place_year.group("place").strip() if place_year else None,
        year=year_of(place_year.group("year") if place_year else last_year(text)),
    )


# Names, then another person: "Smith, J., A. Jones, Title": the rest is no title
_PERSON_NEXT = lazy_compile(rf"(?:[{U}][{L}]?\.\s?)+{SURNAME}[,.]\s|{SURNAME},\s[{U}]\.")


def _latin_people(authors: str) -> tuple[str, ...]:
    return tuple(
        p.strip(" ,")
        for p in re.split(
            rf",\s(?=(?:{_INVERTED_COMMA}|{_INITIALS_FIRST}))"
            r"|\s(?:and|et|&|und|e|y|i|a|og|och|en)\s|\s?[/;–]\s?",
            authors,
        )
        if p.strip(" ,")
    )


def _latin(body: str) -> Fields | None:
    """``Surname, I., Title, [vol. III,] Place Year`` (and ``I. Surname, Title, ...``, as
    notes write it): the title runs to the volume mark or to the place and year."""
    m = _LATIN_SHAPE.match(body) or _LATIN_NOTE_SHAPE.match(body)
    if m is None:
        return None
    rest = m.group("rest")
    place_year = _LATIN_PLACE_YEAR.search(rest) or _LATIN_PAREN_PLACE_YEAR.search(rest)
    # (italic as Markdown writes it, or as Org: "/Title/")
    marked = re.match(r"([*_])(?P<title>[^*_]{2,300}?)\1(?=[,.\s]|$)", rest) or re.match(
        r"(/)(?P<title>[^\W\d_][^/]{1,299}?)/(?=[,.](?:\s|$)|$)", rest
    )
    if place_year is None and marked is not None and not _PERSON_NEXT.match(rest):
        # "Blancquaert, E. en W. Pée (red.), *Reeks Nederlandse Dialectatlassen*, 16 dln.
        # (Antwerpen: De Sikkel, 1925–1982)": the italic title, then no place or year, or
        # the facts in parentheses as Chicago writes them
        facts = _PAREN_FACTS.search(rest, marked.end())
        if facts is not None or last_year(rest) is None:
            return Fields(
                "german",
                _latin_people(m.group("authors")),
                marked.group("title").strip(),
                year_of(facts.group("year") if facts else None),
                place=facts.group("place").strip() if facts else None,
                publisher=facts.group("publisher").strip() if facts else None,
            )
    if place_year is None or _PERSON_NEXT.match(rest) or ";" in rest[: place_year.start()]:
        return None  # (a ";" before the year: Vancouver's "2017;4(1)")
    if _MONTH.match(place_year.group("place").split()[-1]):
        return None  # "…, October 2014": a date
    quoted = re.search(f"[{quote_pairs.DOUBLE_OPENINGS}]", rest[: place_year.start()])
    if quoted or rest[:1] in "'‘":
        return None  # a quoted title: an article, another style's
    volume = _VOLUME_MARK.search(rest, 0, place_year.start() + 1)
    end = volume.start() if volume is not None else place_year.start()
    title = marked.group("title") if marked else rest[:end]
    title = title.strip(" ,.")
    if not title or re.fullmatch(r"[\d\s.,–-]+", title):
        return None
    people = _latin_people(m.group("authors"))
    pages = re.search(r"\b(?:pp?|S|s)\.\s?([\dxvilc]+(?:\s?[-–]\s?[\dxvilc]+)?)", rest[end:])
    return Fields(
        "german",
        people,
        title,
        year_of(place_year.group("year")),
        place=place_year.group("place").strip(),
        pages=pages.group(1) if pages else None,
    )
