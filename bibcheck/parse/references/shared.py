"""The fields a style parser reads and the helpers every style parser shares.

Style parsers (:mod:`.apa`, :mod:`.chicago`, :mod:`.harvard`, :mod:`.ieee`)
fill a :class:`Fields` record; :func:`build` turns it into a
:class:`~bibcheck.model.Reference` with its anomalies.  The helpers work on the
reference text with its URLs, DOI and access date already cut out (see
:func:`bibcheck.parse.references.parse_reference`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references import body_name, quote_pairs
from bibcheck.parse.references import fields as f
from bibcheck.parse.references.bodypage import body_page, dated_permalink, revised_page
from bibcheck.parse.references.catalogue_numbers import without_catalogue_numbers
from bibcheck.parse.references.entrymemo import entry_memo
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.marked_title import marked_one_letter_title
from bibcheck.parse.references.number_title import number_title
from bibcheck.parse.references.patterns import NOTE_ET_AL, PLAUSIBLE_YEAR, U
from bibcheck.parse.references.quote_pairs import CURLY_LOW, EN_DOUBLE, EN_SINGLE, LOW_DOUBLE
from bibcheck.parse.references.reference_works import reference_work
from bibcheck.parse.references.reportkind import (
    agency_document,
    is_report,
    period_year,
    placed_web_report,
    series_host,
    specification,
    web_report,
    yearbook_online,
)
from bibcheck.parse.references.yearwords import NO_DATE_WORDS, abbreviations, field_status
from bibcheck.parse.years import YEAR_BOUNDED

# Gaps are bounded or stop at the next opening bracket, so a phrase that is never closed
# ("[cited" or "Retrieved" 10,000 times) costs a bounded look each, not a scan to the end.
_NOISE = lazy_compile(
    # (the citation date as NLM's Portuguese, Spanish, French, Italian, German lists write it:
    # "[citado 2024 mar 12]", "[consultado 3 feb 2023]", "[cité le 3 févr. 2024]", "[zitiert]")
    r"\[(?:online|(?:cited|citado|citada|consultado|consultada|accedido|acesso\sem|cité|citato"
    r"|zitiert)[^\[\]]*+|internet)\]"
    # (the Nordic and Dutch lists' date seen after the year: "2024 [citeret 12. januar
    # 2025]", "2021 [citerad 2024 mar 3]" -- with no year before it, the bracket is what
    # dates a body's page, :mod:`.vancouver_body` -- and their "Available from:":
    # "Tillgänglig från:", "Tilgængelig fra:", "Tilgjengelig fra:", "Beschikbaar via:")
    r"|(?<=\d{4}\s)\[(?:citerad|citeret|sitert|siteret|viitattu|geciteerd)\s[^\[\]]*+\]"
    r"|\bRetrieved\s+(?:[^.]{0,200}?\s)?from\b:?"
    r"|\bAvailable\s+(?:at|from|online)\s?:?|\bAvailable\s?:|\bURL\s?:?"
    r"|\b(?:Tillgänglig\sfrån|Tilgængelig\sfra|Tilgjengelig\sfra|Beschikbaar\s(?:via|op))\s?:?"
    # German, French, Spanish, Italian: "online unter:", "disponible sur :", "disponible en:"
    r"|\b(?:online\s|abrufbar\s|verfügbar\s)unter\s?:?|\b(?:disponible|consultable)\s(?:sur|en)\s?:?"
    r"|\bdisponibile\s(?:su|a)\s?:?|\bdispon[ií]vel\s(?:em|no|na)\s?:?"
    # Turkish Vancouver's "Erişim adresi:" ("address of access", its "Available from:")
    r"|\bErişim\sadresi\s?:?"
    r"|\(\s*+(?:Accessed|Retrieved)\b[^()]*+\)"
    r"|\b(?:Accessed|Retrieved)\s?:?\s?\d{1,2}\s\w+\.?\s\d{4}\.?|\bdoi\s?:\s*(?=\s|$)"
    r"|\(\s*\)",
    re.IGNORECASE,
)
# A right single quote inside a ‘…’ title is an apostrophe when a letter follows it
# ("Smith’s") or when it closes a plural before a word ("inpatients’ experiences").
_APOSTROPHE = r"’(?=[^\W\d_])|(?<=s)’(?=\s(?!in\s|In\s)[a-z])"
_CLOSING = r"(?:(?<!s)’(?![^\W\d_])|(?<=s)’(?![^\W\d_])(?!\s(?!in\s|In\s)[a-z]))"
_QUOTED = (  # searched with fields.first_closed (linear however many marks stay open)
    (re.compile(r"“([^”]{2,}?)[,.]?”"), "”"),
    (re.compile(r"\"([^\"]{2,}?)[,.]?\""), '"'),
    (re.compile(r"«([^»]{2,}?)»"), "»"),
    # German, Czech, Polish, Croatian „…“ / „…”, or „…" closed by the key a keyboard has;
    # Swedish and Finnish ”…”
    (re.compile(rf"„([^{LOW_DOUBLE}]{{2,}}?)[,.]?[{EN_DOUBLE}]"), '“”"'),
    (re.compile(rf"”([^{CURLY_LOW}]{{2,}}?)[,.]?”"), "”"),
    # (no opening mark inside: each ‘ is read up to the next one at most)
    (re.compile(rf"‘((?:[^{EN_SINGLE}]|{_APOSTROPHE}){{2,}}?)[,.]?{_CLOSING}"), "’"),
    # German ‚…‘ »…« ›…‹, French ‹…›, Swedish ’…’, CJK 「…」 『…』 (:mod:`.quote_pairs`)
    *quote_pairs.spans("“\"«„”‘'"),
)
# (an apostrophe between letters is the title's: "'Women's work in "green" jobs'")
_SINGLE = lazy_compile(r"(?:^|\s)'((?:[^']|(?<=\w)'(?=\w)){2,}?)[,.]?'(?=[\s,.;:]|$)")
_PAGES = lazy_compile(r"\bpp?\.\s?([\dIVXLCivxlc]+(?:\s?[-–—]\s?[\dIVXLCivxlc]+)?)")
_RANGE = lazy_compile(r"(?<![\d.])(\d+\s?[-–—]\s?\d+)(?![\d])")
_LONE_PAGE = lazy_compile(r"^\s?[:,]?\s?(\d+|[ivxlc]+)\.?\s*$")
# the full stop that ends a publisher: after no initial ("C. H. Beck"), dotted capitals
# ("U.S. Government Printing Office", "U.K."), or abbreviation that names no end ("St.",
# "Wm.", "Jr.", "Dept.", "Univ."); "Co." goes on only before "Ltd."/"Inc." ("Co. Ltd.")
_PUB_STOP = (
    rf"(?<![\s.][{U}])(?<!\sSt)(?<!\sWm)(?<!\sJr)(?<!\sDept)(?<!\sUniv)"
    r"(?!(?<=\sCo)\.\s(?:Ltd|Inc|KG|LLC)\b)\.\s"
)
_PLACE_PUB = lazy_compile(  # a place starts a word; the final spaces are looked at from their start
    # ("Rio de Janeiro", "Frankfurt am Main", "Ústí nad Labem": a particle between capitals)
    rf"(?<![\w.'’-])(?P<place>[{U}][\w.'’-]*+"
    rf"(?:[ ,]++(?:(?:de|do|da|del|am|nad|upon)\s(?=[{U}]))?[{U}][\w.'’-]*+){{0,3}})\s?:\s?"
    # (an initial's period ends no publisher: "Praha: C. H. Beck, 2014", "W. W. Norton"; nor
    # an abbreviation's: "U.S. Department of Labor", "St. Martin's Press", "Wm. B. Eerdmans")
    # (the no-date words in the year's place after it, bracketed or not: "Kraków: Znak, b.d.",
    # "Paris : Gallimard, [s.d.]" -- as written, never a company's "S.A.")
    rf"(?P<pub>[^:;()]+?)(?:,\s?(?:\d{{4}}|\[?(?:{abbreviations(NO_DATE_WORDS)})\]?|pp?\.)"
    rf"|\.?(?<!\s)\s*+$|{_PUB_STOP})"
)
# "2nd ed.", "(Rev. ed.)", and after a comma or period in other languages: "2e druk",
# "2. uppl.", "3. Aufl.", "2. vyd.", "3. baskı", "2ª ed."; Welsh "2il arg.", "3ydd argraffiad"
_EDITION = lazy_compile(
    r"\(?\b\d+(?:st|nd|rd|th)\s(?:edition|edn|ed)\b\.?\)?|\(Rev\. ed\.\)"
    r"|\b\d+(?:il|ydd|ed|fed|af)\s(?:argraffiad|arg)\b\.?"
    # (and Cyrillic: Russian "3-е изд.", Macedonian and Bulgarian "3. изд.", Serbian "2.
    # издање", Ukrainian "2-ге вид.")
    r"|[,.]\s\d+(?:e|de|\.|ª|º|-[а-яєії]{1,3})?\s?(?:druk|uppl|utg|Aufl|vyd|wyd|izd|baskı|ed|edn|éd"
    r"|издание|издање|изд|видання|вид)\.?(?=\s|,|$)",
    re.I,
)
_PUBLISHER_WORD = lazy_compile(
    r"\b(?:Press|Publish(?:ing|ers?)|Verlag|Books|Editions?|University|Norton|Wiley|Springer"
    r"|Elsevier|Routledge|Penguin|Random House|Sage|Macmillan|Blackwell|Basic"
    # the trade and academic imprints humanities lists name alone ("Doubleday, 1976.")
    r"|Doubleday|Knopf|Vintage|Harper(?:Collins)?|Bloomsbury|Faber|Scribner'?s?|Viking"
    r"|Verso|Polity|Palgrave|Brill|De\sGruyter|Clarendon|Hachette|Picador|Bantam|Pantheon"
    r"|Houghton\sMifflin|Farrar|Simon\s&\sSchuster|Little,\sBrown|Gallimard|Suhrkamp"
    # MLA's abbreviations of a university press: "Yale UP", "U of Chicago P"
    r"|UP|U\sof\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\sP)\b"
)


@dataclass(frozen=True, slots=True)
class Year:
    year: int | None
    raw: str | None
    problem: str | None = None


@entry_memo  # (asked of the same rest by each field's reading: .entrymemo)
def clean(rest: str) -> str:
    """URL-free text without access phrases, labels and doubled spaces."""
    text = _NOISE.sub(" ", f.normalize_space(rest))
    text = re.sub(r"\s+([.,;:])", r"\1", f.normalize_space(text))
    text = re.sub(r"([.,;:])(?:\s[.,;:])+(?=\s|$)", r"\1", text)
    return text.strip(" ,;")


_NO_DATE_TOKEN = lazy_compile(field_status(NO_DATE_WORDS, ()), re.I)


def year_of(token: str | None) -> Year:
    """A year token (``2020``, ``2020a``, ``n.d.``, ``202-``) read without guessing."""
    if token is None:
        return Year(None, None)
    token = token.strip()
    # (no date: "n.d.", French "s. d.", Spanish "s. f.", German "o. J.", Russian "б. г.",
    # Polish "b. d.", Latin "s. a.": :data:`~.yearwords.NO_DATE_WORDS`)
    if _NO_DATE_TOKEN.fullmatch(token):
        return Year(None, None)
    bare = re.sub(r"(?<=\d)[a-z]$", "", token)
    info = f.parse_year(bare)
    if info is None:
        return Year(None, token, f"year {token!r} is not a valid 4-digit year; not guessed")
    return Year(info.year, info.raw, info.problem)


def quoted(text: str, single: bool = False) -> re.Match[str] | None:
    """The first quoted span (“…”, "…", «…», ‘…’; '…' too when ``single``): the leftmost,
    so that a single-quoted title holding a quotation is read whole (Harvard's "'Is it
    "better than ever"?', Journal, 843")."""
    m = f.first_closed(text, _QUOTED)
    if single:
        plain = _SINGLE.search(text)
        # (the opening mark's place: the match may start at the space before it)
        if plain is not None and (m is None or plain.start(1) - 1 < m.start()):
            m = plain
    return m


# (a slash inside a title is text: "_Slovo iskona: staroslavenska/starohrvatska čitanka_")
_EMPHASIS = lazy_compile(r"^\s?([*_/])(?=\S)(?P<title>[^*_]{2,}?)(?<=\S)\1(?=[\s,.;:)]|$)")


def emphasized(text: str) -> re.Match[str] | None:
    """An italic title at the start, as Markdown, reStructuredText, AsciiDoc and Org mark
    it (``*Title*``, ``_Title_``, ``/Title/``); group ``title``."""
    return _EMPHASIS.match(text)


def title_sentences(text: str) -> list[str]:
    """The sentences of ``text``, an italic or quoted title at its start (``*Title*, 3rd
    ed.``, ``"Title." Journal``) being the first one whatever punctuation follows it."""
    italic = emphasized(text)
    if italic is not None:
        return [italic.group("title"), *split_sentences(text[italic.end() :].lstrip(" ,.;:"))]
    q = quoted(text)
    if q is not None and q.start() == 0 and not f.quote_opens_title(text, q):
        # "“Title.” Journal 24: 45-53" (not "“Big data” and the state. Journal")
        return [quoted_text(q), *split_sentences(text[q.end() :].lstrip(" ,.;:"))]
    return split_sentences(text)


def quoted_text(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g).strip(" ,.")


def pages(text: str) -> str | None:
    """``pp. 1–10`` / ``p. 5`` first, else the last bare range ``45–67``."""
    m = _PAGES.search(text)
    if m:
        return m.group(1)
    ranges = _RANGE.findall(text)
    if ranges:
        return str(ranges[-1])
    return None


def locator(text: str) -> str | None:
    """Pages as :func:`pages`, or a lone page after ``:``/``,`` (``): 47.``, ``), 45.``)."""
    found = pages(text)
    if found:
        return found
    m = _LONE_PAGE.match(text)
    return m.group(1) if m else None


# a parenthesised series after the publisher, the last thing in the entry
_SERIES_AFTER = lazy_compile(r"\s\([^():;]{2,80}\)[.,]?\s*$")
_SENTENCE_BEFORE_PLACE = lazy_compile(r"^.*(?<=[^\W\d_]{3})\.\s+(?=\S)")


# ... in a script without capitals (Devanagari to Malayalam, Arabic, Hebrew, Georgian,
# Ethiopic): the place its words alone before the colon, at the imprint's start ("पुणे: मौज
# प्रकाशन, पृ. 12", "কলকাতা: আনন্দ পাবলিশার্স")
_CASELESS_WORDS = (
    r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u10d0-\u10ff\u1200-\u137f]"
    r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u10d0-\u10ff\u1200-\u137f\s]{0,40}"
)
_CASELESS_PLACE_PUB = lazy_compile(
    rf"^(?P<place>{_CASELESS_WORDS}?)\s?:\s?(?P<pub>[^:;(),]{{2,80}}?)(?:,|\.?\s*$)"
)


def place_publisher(text: str) -> tuple[str | None, str | None]:
    """``New York: Norton, 2010`` -> (``New York``, ``Norton``)."""
    m = _PLACE_PUB.search(text) or _CASELESS_PLACE_PUB.match(text.strip())
    if m is None and (series := _SERIES_AFTER.search(text)) is not None:
        # "Stuttgart: Ulmer (UTB 1591).": the series the book appeared in closes the imprint
        m = _PLACE_PUB.search(text[: series.start()])
    if m is None:
        return None, None
    # ("Boethius. Great Medieval Thinkers. Oxford: OUP": the sentence before the place, a
    # series or a title, is no part of it; "St. Louis", "Cambridge, Mass." keep theirs)
    place = _SENTENCE_BEFORE_PLACE.sub("", m.group("place")).strip(" ,.")
    pub = m.group("pub").strip(" ,.")
    if not f.letters_words(pub) and len(pub) < 3:
        return None, None
    return place, pub


# a volume statement in parentheses closing a title, as APA and its translations write it:
# "Title (Vol. 2)", "(Vols. 1–3)", German "(Bd. 2)", "(Band 3)", French "(t. 2)", "(Tome 2)",
# Spanish "(Tomo 2)", Dutch "(Deel 2)", "(dl. 2)", Scandinavian "(Del 2)", "(Bd. 2)"
_VOLUME_CLOSE = lazy_compile(
    r"\s\((?:Vols?|Bde?|Band|Teil|t|Tome|Tomo|Deel|dl|Del|osa)\.?\s\d{1,3}"
    r"(?:\s?[–-]\s?\d{1,3})?\)[\s.,]*$",
    re.I,
)


def strip_edition(text: str) -> str:
    return f.normalize_space(_VOLUME_CLOSE.sub("", _EDITION.sub(" ", text))).strip(" ,.")


_ANY_YEAR = lazy_compile(YEAR_BOUNDED)
# Publication facts as classicists and many Continental notes write them: the place and the
# year in parentheses, no publisher, no colon ("(Uppsala 1955)", "(Lipsiae 1735)", "(Den
# Haag 1998)", "(Cambridge, Mass. 2004)", "(Uppsala 1955–1968)").
PLACE_YEAR = lazy_compile(
    rf"\s\((?P<place>[{U}][\w'’-]++\.?(?:,?\s[{U}][\w'’-]++\.?){{0,2}})"
    r"\s(?P<year>(?:1[5-9]|20)\d\d)(?:\s?[–-]\s?\d{2,4})?\)"
)


def last_year(text: str) -> str | None:
    """The last year (1500-2099) written in ``text``, a date's too (``14.07.2011``)."""
    years = _ANY_YEAR.findall(text)
    return years[-1] if years else None


def has_publisher_word(text: str) -> bool:
    return _PUBLISHER_WORD.search(text) is not None


# a Markdown emphasis span as readers pass it on: "*" opening after a space or punctuation,
# closing before one ("A* search" and "p*-values" hold no span)
_EMPHASIS_SPAN = lazy_compile(r"(?<![^\s(\[\"“„«'‘])\*(?=\S)([^*\n]*?\S)\*(?![^\W_])")


# the last word of a publisher or body written out, never an abbreviation's
_SPELLED_END = lazy_compile(
    r"\s(?:Press|Publishers|Publishing|Books|Verlag|Company|Office|Bureau|Department"
    r"|Institute|Foundation|Agency|Library|Society|Association|Council)\.$"
)

_DOTTED_HEAD = lazy_compile(r"^(?:[A-Z]\.){2,4}\s(?=[A-Z])")
# a number's mark before its digits inside the text ("Law No. 5 on …", "Act Nr. 12", "Vol.
# 3"): no sign that the text abbreviates its words, as a journal's name does
_NUMBER_MARK = lazy_compile(r"\b(?:No|Nr|Nos|Vol|Art|nr|no|vol|art)\.\s(?=\d)")


def tidy(text: str | None) -> str | None:
    """Trim punctuation and spaces; None for empty or letterless text."""
    if text is None:
        return None
    text = f.normalize_space(text).strip(" ,;:")
    # (a dotted country's or body's initials opening the name are no abbreviation at its end:
    # "U.S. Department of Agriculture.", "U.K. Data Archive.")
    body = _NUMBER_MARK.sub("", _DOTTED_HEAD.sub("", text))
    if text.endswith(".") and (
        not re.search(r"\.\s|[^\W\d_]\.-|[^\W\d_]\.[^\W\d_]{1,2}\.$", body if " " in body else text)
        or _SPELLED_END.search(text)
    ):
        # a final period, unless the text abbreviates ("Trans. X.", "L.J.", "Bound.-Layer
        # Meteorol.": a stop before a hyphen); a word no one
        # abbreviates ends it all the same ("St. Martin's Press.", "U.S. Census Bureau.")
        text = text.rstrip(".")
    text = _EMPHASIS_SPAN.sub(r"\1", text)  # "*The Times* (London)": the marks, not the words
    text = re.sub(r"^[*_]+|[*_]+$", "", text).strip()
    if len(text) > 2 and text[0] == text[-1] == "/":
        text = text[1:-1].strip()  # Org's /italic/
    return text if f.letters_words(text) or (text and len(text) >= 3) else None


# The conjunction before the last name that is also a word inside a compound family name
# (Spanish "y", Catalan "i", Portuguese and Italian "e", Dutch "en": "S. Ramón y Cajal",
# "J. Puig i Cadafalch"): a conjunction only before the next person's initials ("J. Pemán
# Ibarra y L. Arnal Sancho", Spanish "e" before an I-: "A. Ruiz e I. Gómez")
_BEFORE_INITIALS = rf",?\s+(?:y|e|i|en)\s+(?=[{U}]\.)"
# ... and before the last of whole names in natural order, a given and a family name after it
# ("Ana Rosado e Pedro Candeias", "Luis Vidal y Marta Pons", "Pere Vila i Anna Roca",
# "Maria da Conceição Pires": particles between the names; never one name's second
# surname: "José Ortega y Gasset", "António Silva e Sousa"; the next person's middle
# initials after the given name: "Luis Vidal y Marta L. Pons")
_BEFORE_WHOLE_NAME = (
    rf"\s+(?:y|e|i)\s+(?=[{U}][\w'’-]+(?:\s[{U}]\.){{0,2}}"
    rf"(?:\s(?:(?:da|de|do|das|dos|del|la)\s){{0,2}}[{U}][\w'’-]+){{1,2}}$)"
)
# Luxembourgish "an", Latvian "un" before the next person's name ("Paul Kremer an Nathalie
# Schmit", "Jānis Bērziņš un Anna Kalniņa"): only before a capital, never the German
# preposition in a body's name ("Hochschule an der Saar")
_AN_BEFORE_NAME = rf",?\s+(?:an|un)\s+(?=[{U}])"


def split_people(text: str) -> tuple[str, ...]:
    """``A, B, and C`` / ``A & B`` / ``A; B`` / ``A. B y C. D`` -> (A, B, C); ``et al.``
    and OSCOLA's ``and others`` dropped."""
    text = re.sub(
        r",?\s*(?:et\s+al\.?|and\s+others|и\s+др\.?|vd\.?|ve\s+diğ\.?)\s*$", "", text.strip(" ,.")
    )
    # ("Jan Novák a kol.", "Anna Berg u. a.": "et al." in the note's language)
    text = re.sub(rf",?\s{NOTE_ET_AL}\.?$", "", text + ".").strip(" ,.")
    # (the parts of one body's name joined again: "Direcção-Geral de Minas e Serviços
    # Geológicos", "Department of Mines and Energy", :mod:`.body_name`)
    parts = body_name.split_names(
        # (Maltese "u": "E. Bates u C. Buckley"; Welsh "a" / "ac", Czech and Slovak "a", Irish
        # "agus", Albanian "dhe")
        r"\s*;\s*|,?\s+(?:and|&|и|und|et|ve|og|och|és|dan|at|và|та|και|u|a|ac|agus|dhe)\s+"
        rf"|{_BEFORE_INITIALS}|{_BEFORE_WHOLE_NAME}|{_AN_BEFORE_NAME}|,\s+(?=\S+\s\S)",
        text,
    )
    return tuple(p.strip(" ,.") for p in parts if p and p.strip(" ,."))


def kind_of(
    *, container: str | None, chapter: bool, publisher: str | None, web: bool, place: bool = False
) -> RefKind:
    """``place``: a place of publication with no container ("Tata, 1968") is a book's."""
    if chapter:
        return RefKind.CHAPTER
    if container:
        return RefKind.ARTICLE
    if publisher or place:
        return RefKind.BOOK
    if web:
        return RefKind.WEB
    return RefKind.UNKNOWN


@dataclass(frozen=True, slots=True)
class Fields:
    """What a style parser found, before it becomes a :class:`Reference`."""

    style: str
    authors: tuple[str, ...] = ()
    title: str | None = None
    year: Year = Year(None, None)
    container: str | None = None  # journal, book of a chapter, website
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    publisher: str | None = None
    place: str | None = None
    chapter: bool = False
    book: bool = False  # the style says it is a book (a Bluebook treatise names no publisher)
    # the title is in a book's marks ("『三國遺事』", "《史记》") and nothing follows it: a book,
    # unless the entry gives a web address (then the page of a site or database)
    marked_book: bool = False
    kind: RefKind | None = None  # the style names the kind itself (GB/T 7714 "[R]": a report)
    untitled: bool = False  # the style cites the work by its host alone (an essay by number)
    # the style dates the work by its day, as APA dates a news item or a post ("(2021,
    # September 29).") and never a journal's article or a book
    day_dated: bool = False
    # the editors the entry names: its head's, when a role mark says they edited it, or
    # the host book's before its title ("In J. Doe (Ed.), *Book*")
    editors: tuple[str, ...] = ()
    # the number a report is issued under, as written ("(Technical Report No. 12)": "12")
    number: str | None = None


_NOT_A_TITLE = lazy_compile(r"[\W\d_]*\d[\W\d_]*")  # digits and punctuation only
_A_YEAR = lazy_compile(PLAUSIBLE_YEAR)


_URL_TOKEN = lazy_compile(r"(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)


def year_written(text: str) -> bool:
    """Whether the reference writes a year outside its access date, its URLs and its
    catalogue or record numbers (a web page cited with ``(accessed 7 December 2010)`` and
    no date of its own has none; nor has a catalogue's record cited by ``fitxa 1845``,
    :mod:`.catalogue_numbers`)."""
    access = f.find_access_date(text)
    if access is not None:
        text = text[: access.start] + " " + text[access.end :]
    return _A_YEAR.search(without_catalogue_numbers(_URL_TOKEN.sub(" ", text))) is not None


# the proceedings of a meeting, as a container: "Proceedings of the 28th Annual ACM Symposium
# on Theory of Computing", "Proc. 17th International Conference on …"
_MEETING_PROCEEDINGS = lazy_compile(
    r"\b(?:Proceedings|Proc\.)\s(?:of\s(?:the\s)?)?(?:\d{1,3}(?:st|nd|rd|th)\s|Annual\s"
    r"|(?:[\w&-]+\s){0,6}?(?:Symposium|Conference|Workshop|Congress|Colloquium)\b)"
)


# The medium Chicago names after a site's name, a post of it being cited: "*Site* (blog)",
# "*Letter* (newsletter)", "*Show* (podcast)" (French "(blogue)", German "(Blog)"); a site
# whose name calls it a blog is one
_ONLINE_MEDIUM = lazy_compile(
    r"\((?i:blog|blogue|weblog|vlog|newsletter|podcast|video|blog\spost|web\spage|website)\)$"
    # ... or a site named a blog: "Google Testing Blog", "The Cloudflare Blog"
    r"|(?:^|\s)(?:Blog|Weblog|Blogue)$"
)


def online_medium(container: str | None) -> bool:
    """The container names itself a blog, newsletter or podcast (``Site (blog)``): its
    dated item is a web page, not a periodical's article."""
    return container is not None and _ONLINE_MEDIUM.search(container.strip(" .,*_")) is not None


# A parenthesised group in the year's place: "(n.d.)", "(s.f.)", "(o.J.)", "(forthcoming)"
_PAREN_GROUP = lazy_compile(r"\(([^()]{1,30})\)")


def states_no_date(text: str) -> bool:
    """The entry says in brackets that it has no date or is not yet out (``Smith, J.
    (n.d.). History of 1812.``): a year elsewhere in it (in the title) is not a misplaced
    date."""
    return any(f.undated_status(m.group(1)) for m in _PAREN_GROUP.finditer(text))


def build(fields: Fields, text: str, line_starts: Sequence[int], has_web_url: bool) -> Reference:
    """Turn a style parser's fields into a :class:`Reference` with its anomalies."""
    anomalies: list[Anomaly] = []
    year = fields.year
    if year.problem and year.raw:
        line = f.line_of(text, line_starts, year.raw)
        anomalies.append(Anomaly(AnomalyCode.YEAR_MALFORMED, year.problem, line=line))
    # (a title of one ideograph or Hangul syllable in title marks: "《诗》", "『책』")
    title = tidy(fields.title) or marked_one_letter_title(fields.title, text)
    if (
        title is not None
        and _NOT_A_TITLE.fullmatch(title)
        # ("Orwell, G. (1949). 1984. London: Secker & Warburg.": a book titled by a number)
        and not number_title(
            title, year=year.raw, authors=fields.authors, publisher=fields.publisher
        )
    ):
        title = None  # "2018" taken for the title: the style was misread
    if year.raw is None and (titled := period_year(title)) is not None:
        year = year_of(titled)  # "Adopted Budget, Fiscal Year 2017", no date of its own
    elif year.raw is None and year_written(text) and not states_no_date(text):
        anomalies.append(
            Anomaly(
                AnomalyCode.REFERENCE_UNPARSED,
                f"a year is written but not where {fields.style.upper()} puts it; "
                "check the fields of this reference",
                line=line_starts[0],
            )
        )
    if title is None and (year.raw or fields.authors) and not fields.untitled:
        anomalies.append(
            Anomaly(
                AnomalyCode.REFERENCE_UNPARSED,
                f"looks like {fields.style.upper()} but no title could be read; "
                "the reference is kept as written",
                line=line_starts[0],
            )
        )
    kind = fields.kind or kind_of(
        container=fields.container,
        chapter=fields.chapter,
        publisher=fields.publisher,
        web=has_web_url,
        place=bool(fields.place) or fields.book or (fields.marked_book and not has_web_url),
    )
    if (
        fields.kind is None
        and kind is RefKind.ARTICLE
        and has_web_url
        and year.raw is None
        and not (fields.volume or fields.issue or fields.pages)
        and not (series_host(fields.container, text) or specification(fields.container))
    ):
        # "Org, “Page title”, *The Site*, https://… (accessed …)": a page of a site, the
        # container no journal (no volume, issue, pages or date of its own)
        kind = RefKind.WEB
    elif (
        fields.kind is None
        and kind is RefKind.ARTICLE
        and has_web_url
        # (a "volume" that is the year, or the day of a page's last change, is the page's
        # date: "…", AEDyR, 2023.; "…," last updated 3 May 2021)
        and (fields.volume in (None, year.raw) or revised_page(text))
        and not (fields.issue or fields.pages)
        and body_page(fields.authors, text)
    ):
        # "Agency, “Guidance Page,” updated April 8, 2022, https://…": a body's page of its
        # own site, dated (a body writes no magazine's or paper's articles)
        kind = RefKind.WEB
    elif (
        fields.kind is None
        and kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and not (fields.place or fields.volume or fields.issue or fields.pages)
        and dated_permalink(text)
    ):
        # "Name (2025). Post title. Blog Name. https://blog.example/2025/10/post/": a post,
        # its address dated by year and month, its site no publisher
        kind = RefKind.WEB
    elif (
        fields.kind is None
        and fields.day_dated
        and has_web_url
        and kind in (RefKind.BOOK, RefKind.ARTICLE, RefKind.UNKNOWN)
        and not (fields.volume or fields.issue or fields.pages or fields.chapter)
    ):
        # "Name (2021, 29 de septiembre). *Title*. Site. https://…": an item of a news site
        # or a blog, dated by its day, its site no publisher nor journal (a roman title with
        # an italic paper after it is that paper's article: :mod:`.italic_outlet`)
        kind = RefKind.WEB
    elif fields.kind is None and kind is RefKind.ARTICLE and online_medium(fields.container):
        # "“Post,” *Site* (blog), February 29, 2024": Chicago names the site's medium
        kind = RefKind.WEB
    elif (
        fields.kind is None
        and kind is RefKind.ARTICLE
        and not (fields.volume or fields.issue)
        and fields.container is not None
        and _MEETING_PROCEEDINGS.search(fields.container)
    ):
        # "Title. *Proceedings of the 28th Annual ACM Symposium on …*, 212–219.": a paper in
        # a meeting's proceedings (no volume: no journal named Proceedings, as PNAS is)
        kind = RefKind.CHAPTER
    elif (
        fields.kind is None
        and kind is RefKind.ARTICLE
        # (a "volume" that is the year is the entry's date: "*Grove Music Online*, 2001")
        and fields.volume in (None, year.raw)
        and not fields.issue
        and reference_work(fields.container)
    ):
        # "“Temperaments,” *Grove Music Online*, 2001", "“Gottlob Frege,” *Stanford
        # Encyclopedia of Philosophy*": an entry of a reference work, a part of it
        kind = RefKind.CHAPTER
    if (
        fields.kind is None
        and kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and is_report(text=text, title=title, authors=fields.authors, publisher=fields.publisher)
    ):
        kind = RefKind.REPORT  # "Annual Report of ...", "Docket No. 55378", an agency's work
    elif (
        fields.kind is None
        and kind is RefKind.WEB
        and (
            web_report(title)
            or agency_document(text, title)
            or placed_web_report(text, title)
            # ("Statistics Norway. (2024). Statistical yearbook of Norway 2023. https://…")
            or yearbook_online(text, title)
        )
        # (a page dated by its last change is the site's page: "updated April 8, 2022")
        and not revised_page(text)
    ):
        kind = RefKind.REPORT  # "State of our rivers report 2024. Available at: …"
    elif (
        fields.kind is None
        and kind is RefKind.ARTICLE
        and (series_host(fields.container, text) or specification(fields.container))
    ):
        # "“Title.” Working Paper 12/2023.": a numbered paper series; "“Title”, BCP 14, RFC
        # 2119": a specification
        kind = RefKind.REPORT
    return Reference(
        raw=text,
        line=line_starts[0],
        end_line=line_starts[-1],
        kind=kind,
        style=fields.style,
        authors=tuple(a for a in fields.authors if a),
        title=title,
        host=tidy(fields.container),
        year=year.year,
        year_raw=year.raw,
        pages=fields.pages,
        publisher=tidy(fields.publisher),
        place=tidy(fields.place),
        anomalies=tuple(anomalies),
        volume=fields.volume,
        issue=fields.issue,
        editors=tuple(e for e in fields.editors if e),
        number=fields.number,
    )
