"""References that write the family name in capitals: ABNT NBR 6023 (Brazil), NP 405
(Portugal), ČSN ISO 690 (Czech Republic), UNE/ISO 690 (Spain) and French usage.

``BIONI, Bruno Ricardo. *Proteção de dados pessoais*: a função e os limites do
consentimento. 3. ed. Rio de Janeiro: Forense, 2021.``,
``CODEÇO, C. T. et al. InfoDengue: a nowcasting system. Revista, v. 66, p. S386, 2018.``,
``OLIVEIRA, Fernanda R.; ALMEIDA, Pedro S. Title. Journal, v. 5, n. 2, 2019.``,
``NOVÁKOVÁ, Jana. Title. In: *Sborník* [online]. 2012.``, ``SÁ, Isabel dos Guimarães –
Title. Lisboa: Livros Horizonte, 1997.`` (NP 405 separates the title with a dash).

The names end at the first period (or dash) after them; the title is the next sentence
(an italic main title with its subtitle after a colon); the year is the last one written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import bodywords, role_marks
from bibcheck.parse.references.generic import split_sentences, without_imprint_volume
from bibcheck.parse.references.patterns import IN_WORD, PLAUSIBLE_YEAR, U
from bibcheck.parse.references.reportkind import designates_report
from bibcheck.parse.references.shared import Fields, emphasized, place_publisher, year_of
from bibcheck.parse.references.title_end import title_end

# a family name in capitals (two letters or more), particles in lower or upper case; a
# Scottish or Irish "Mc" / "Mac" before the capitals as it is written ("McSWEENEY, P.",
# "MacDONALD, A.")
_MC = rf"(?:Ma?c(?=[{U}]))"
_CAPS = (
    rf"{_MC}?[{U}][{U}'’-]+"
    rf"(?:\s(?:de|da|do|dos|das|van|von|del|di|DE|DA|DO|DOS|{_MC}?[{U}][{U}'’-]+))*"
)
# (a period only after an initial or a two-letter abbreviation, "P. Kumar", "J.-P.", "Ma.
# Luisa": "SOUZA, Carla. Durabilidade." is a name, then a title of one word)
# Initials may be written together, "F.A.", "J.-P.", "M.A.C." (at most four)
_GIVEN_WORD = rf"(?:[{U}][a-z]?(?:\.-?[{U}][a-z]?){{0,3}}\.?|[{U}][\w'’-]*)"
# (a particle after the given names, as ABNT writes it: "SOUZA, F.A. de", "BERG, J. van den")
_GIVEN = rf"{_GIVEN_WORD}(?:\s(?:{_GIVEN_WORD}|de|da|do|dos|das|del|van|von|den|der))*"
_PERSON = rf"{_CAPS},\s{_GIVEN}"
# the same names with the capitals' words possessive (a word ends where the capitals end; a
# particle only before a space or the comma): one try of a start is linear, and _people
# moves past the words a failed try read instead of trying each of them again
_CAPS_WORDS = (
    rf"{_MC}?+[{U}][{U}'’-]++"
    rf"(?:\s(?:{_MC}?+[{U}][{U}'’-]++|(?:de|da|do|dos|das|van|von|del|di)(?=[\s,])))*+"
)
_CAPS_WORDS_RE = lazy_compile(_CAPS_WORDS)
_PERSON_RE = lazy_compile(rf"{_CAPS_WORDS},\s{_GIVEN}(?![\w'’-])")
_PERSON_START = lazy_compile(rf"[{U}][{U}'’-]|{_MC}[{U}]")
# between names: "; " (ABNT, NP 405), ", " (ČSN ISO 690: "LUX, M., SUNEGA, P."), or a word
# for "and" ("LUX, M. a SUNEGA, P.", Turkish "KAYA, A. ve DEMİR, B.")
_BETWEEN = r"(?:\s?;\s|,\s|\s[–—]\s|\s(?:a|e|i|y|and|und|et|ve|og|och|en)\s)"
# "et al." in the languages that write names in capitals ("a kol.", "e outros", "i in.")
_ET_AL = r"(?:et\sal|e\sout(?:ros)?|a\skol(?:ektiv)?|i\sin|y\sotros|и\sдр|та\sін)\.?"
# editors in the authors' place: "LANDO, Ole, BEALE, Hugh (eds.).", "SILVA, Ana (Org.).",
# "NOVÁK, Jan (ed.)."
_EDITORS = rf"(?:\s{role_marks.MARK})"  # "(Org.)", "(Coord.)", "(Hrsg.)": :mod:`.role_marks`
# ČSN ISO 690 and STN ISO 690 invert only the first name; the later ones are written given
# names first, the family name still in capitals: "BILS, Mark a Peter J. KLENOW", "NOVÁK,
# Jan, Eva SVOBODOVÁ a Petr DVOŘÁK", "KOWALSKI, Jan i Anna NOWAK"
_GIVEN_FIRST = rf"{_GIVEN}\s{_CAPS}(?![\w'’-])"
_OLD_NAMES = lazy_compile(rf"{_PERSON}(?:{_BETWEEN}{_PERSON})*")
_FIRST_PERSON_AT = lazy_compile(rf"{_CAPS},\s{_GIVEN}(?![\w'’-])")
_NEXT_PERSON_AT = lazy_compile(
    rf"{_BETWEEN}(?:(?P<inverted>{_CAPS},\s{_GIVEN})|(?P<given>{_GIVEN})\s(?P<family>{_CAPS}))"
    r"(?![\w'’-])"
)
_SHAPE = lazy_compile(
    rf"^(?P<authors>{_PERSON}(?:{_BETWEEN}(?:{_PERSON}|{_GIVEN_FIRST}))*)(?:,?\s{_ET_AL})?{_EDITORS}?"
    r"(?P<sep>\.\s+|\s[–—-]\s)(?P<rest>\S.+)$"
)
# A note's lead-in before the names, in lower-case prose words: "K lhůtě podrobně
# KABELKOVÁ, E. …", "Para a discussão europeia, ver KERTZER, David I. – …", "Srov. ŠVESTKA, J.
# …" (words only: no digits, no second name in capitals).
_LEAD_IN = lazy_compile(rf"^(?P<lead>(?:[^\W\d_][^\W\d_’'-]*[.,:]?\s){{1,8}})(?={_PERSON})")
_YEAR = lazy_compile(PLAUSIBLE_YEAR)
# a chapter's host after its editors (names in capitals, or ABNT's line for the chapter's own
# author) and their role: "In: ISAIA, Geraldo C. (Org.). Host title. Place: …", "In: ______
# (Org.). Host title. …", "In: NOVÁK, J. (ed.). Sborník. …" (the host's word in the entry's
# language: the shared IN_WORD)
_EDITED_HOST = lazy_compile(
    rf"^{IN_WORD}\s?:\s?(?P<editors>{_PERSON}(?:{_BETWEEN}{_PERSON})*(?:,?\s{_ET_AL})?"
    rf"|_{{3,}}|[—–]{{1,3}})\s?{role_marks.MARK}\.\s"
    r"(?P<host>[^.]{2,200}?)(?=\.(?:\s|$)|$)"
)
# ABNT's event as a chapter's host: its name in capitals, its number, year and city ("In:
# INTERNATIONAL CONFERENCE ON X (ICX), 10., 2013, Rio de Janeiro. Proceedings [...]")
_EVENT_HOST = lazy_compile(
    rf"^{IN_WORD}\s?:\s?(?P<host>[{U}][^.:]{{2,200}}?),\s(?:\d{{1,3}}\.?[ªº]?,\s)?"
    r"(?:1[5-9]|20)\d\d,\s[^.,:]{1,60}\.\s"
)
# an emphasised "In" before its colon, as Markdown and AsciiDoc write ABNT's italic "_In_:"
_EMPHASISED_IN = lazy_compile(rf"(?<!\w)([*_])({IN_WORD})\1(?=\s?:)")
# an edition after the title: "2. vyd.", "3. wyd.", "2. Aufl.", "3. ed.", "2e éd."
_EDITION = lazy_compile(
    r"\.\s\d+\.?(?:e|ª|º)?\s?(?:vyd|wyd|izd|Aufl|ed|éd|uppl|utg|druk|kiad)\.(?=\s)", re.I
)
# a book's imprint after its title: ". Praha: C. H. Beck, 2014", ". The Hague: Kluwer Law
# International, 2000", ". Rio de Janeiro: Forense, 2021"
_IMPRINT = lazy_compile(
    rf"\.\s(?P<place>[{U}][^\s.:;,]*+(?:\s[^\s.:;,]++){{0,3}}?)\s?:\s?[^:;]{{2,100}}?,\s"
    r"(?:c\.?\s?)?(?:1[5-9]|20)\d\d\b"
)
# a sentence between the title and the imprint that is no part of the title: a host, a
# translator, editor or edition, a volume's number, a medium
_NOT_TITLE = lazy_compile(
    rf"^{IN_WORD}\s?:|^\[|^\d|"
    r"^(?:Tradu[çc]|Trad\.|Transl|Translated|Přel|Přeložil|Prel"
    # (Turkish "Çev." / "Çeviren" (translator), "Haz." (compiler); Indonesian "Terj.",
    # Polish "Tłum." / "Przeł.")
    r"|Çev\.|Çeviren|Haz\.|Terj\.|Tłum\.|Przeł\."
    r"|Übers|Hrsg|Edited|Ed\.|Eds\.|Org\.|Coord|Organiza|Edi[çc]|Red\.|Vyd\.|Vol\.|v\.\s?\d"
    r"|t\.\s?\d|Bd\.|Sv\.\s?\d|ISBN|ISSN|Dostupn|Available|Dispon[ií]vel"
    r"|Version|Vers[ãa]o|Versi[óo]n|Verze|Verzia|Wersja|Revis|Edition|Auflage|Ausgabe)",
    re.I,
)
# a note on the original of a translation, after the imprint: "Título original: …",
# "Original title: …", "Titre original : …", "Originaltitel: …", "Titolo originale: …"
_ORIGINAL_NOTE = lazy_compile(
    r"(?:^|\.\s)(?:T[íi]tulo\soriginal|Original\stitle|Titre\soriginal|Originaltitel"
    r"|Titolo\soriginale|Tytuł\soryginału|Původní\snázev)\s?:.*$",
    re.S,
)
_NUMBERS = lazy_compile(r"\b(?:ISBN|ISSN|DOI|doi)\s?:?\s?[\dX-]+", re.I)  # no years in them
# "Revista, v. 66, p. S386", "Review. 2020, roč. 56", NP 405's "Revista. 44 (2013) 125-148"
# (ISO 690's "Journal. 2004, 112(5), 947–985": year, volume(issue), pages; a journal with no
# issues, the volume and a page range alone: "*Journal*. 2018, 61, 211–238.")
_ARTICLE = lazy_compile(
    r"\b(?:v\.|vol\.|n\.|roč\.|č\.|Vol\.|t\.)\s?\d|\.\s\d{1,4}\s\((?:1[5-9]|20)\d\d\)"
    r"|\.\s(?:1[5-9]|20)\d\d,\s\d{1,4}\(\d{1,4}\),\s(?:s\.\s?)?\d"
    r"|\.\s(?:1[5-9]|20)\d\d,\s\d{1,4},\s(?:s\.\s?)?\d{1,5}\s?[–-]\s?\d{1,5}(?!\d)"
)


# an organisation written in capitals: "EUROPEAN DATA PROTECTION BOARD. Guidelines 05/2020 ..."
# (one word of three capitals or more too, as ABNT headings write: "BRASIL.", "IBGE.", with
# the title unmarked: "RIVM. _Title_. Rapport ..." is Chicago's, "SIS. (2014). _Title_" APA's)
# (its acronym may follow in parentheses, as ABNT, NP 405 and UNE write it: "CONSELHO
# NACIONAL DE PESQUISA (CNPq). Title", "ORGANIZACIÓN MUNDIAL DE LA SALUD (OMS). Title")
# (a marked title after the one word is ABNT's when its subtitle follows the mark after a
# colon, in lower case and unmarked, as ABNT sets it: "IBGE. *Censo agropecuário 2017*:
# resultados definitivos. Rio de Janeiro: IBGE, 2019." -- Chicago marks the subtitle too)
_ABNT_MARKED = rf"\.\s[*_](?=[{U}\d])[^*_\n]{{1,300}}?[*_]\s?:\s[a-zà-ÿ]"
_CAPS_ORG = lazy_compile(
    rf"^(?P<org>[{U}][{U}'’&-]+(?:\s[{U}'’&–—-]+){{1,8}}|(?:[{U}]{{3}}|[{U}]\d[{U}])[{U}\d'’&-]*+"
    rf"(?=\.\s[{U}\d]|\s\(|{_ABNT_MARKED}))"
    rf"(?P<acronym>\s\([{U}][{U}\w&.-]{{1,14}}\))?"
    r"\.\s+(?P<rest>\S.+)$"
)


# a name ending in an initial ("THOMAS W")
_INITIAL_END = lazy_compile(rf"\s[{U}]$")


# the bodies ABNT writes after a jurisdiction's heading, each its own sentence opening with
# a body's word of :mod:`.bodywords` -- a word of the languages but English, whose titles
# capitalise their words ("Government at a Glance", "Service Design"), save its ministry and
# department --, or Portuguese "Coordenação" (a title's word elsewhere)
_SUB_HEAD = (
    bodywords.pattern(
        languages=frozenset(bodywords.Language) - {bodywords.Language.ENGLISH}, whole=True
    )
    + r"|\b(?:Ministry|Department|Coordena[çc][ãa]o)"
)
# (a body's name holds no colon: "Centro de memória do esporte: acervo digital." is a title
# and its subtitle)
_SUB_BODIES = lazy_compile(rf"^(?:(?:{_SUB_HEAD})[^\W\d_]*\s[^.:]{{1,120}}\.\s)+")


def _host_editors(edited: re.Match[str], authors: tuple[str, ...]) -> tuple[str, ...]:
    """The editors ``edited`` (:data:`_EDITED_HOST`) names before the host: the names as
    written, or the chapter's ``authors`` where a line stands for them."""
    named = edited.group("editors")
    if named.strip("_—–") == "":
        return authors
    return role_marks.host_editors(edited.string[edited.start("editors") :])


def _shape(body: str) -> re.Match[str] | None:
    """The names-title shape, after a lead-in of prose words if there is one."""
    m = _SHAPE.match(body)
    if m is not None:
        return m
    lead = _LEAD_IN.match(body)
    if lead is None:
        return None
    words = lead.group("lead").split()
    if any(len(w) > 1 and w.isupper() for w in words):
        return None
    # prose (a word in lower case) or one abbreviated word ("Srov.", "Cf."): not a name
    # before initials in capitals ("Czeisler CA, Gooley JJ.")
    if not any(w[0].islower() for w in words) and not (len(words) == 1 and words[0][-1] in ".:"):
        return None
    return _SHAPE.match(body[lead.end() :])


def np405_dash(body: str) -> bool:
    """Names in Latin capitals before the title: NP 405's dash (``KERTZER, David I. –
    Sacrificed for honor. Boston: Beacon Press, 1993.``) or ČSN's dashes between names
    (``ŠVESTKA, J. – SPÁČIL, J. Title. Praha : C. H. Beck, 2009``) are not GOST's area
    dashes, and a GOST reference writes no family name in capitals."""
    m = _shape(" ".join(body.split()))
    return m is not None and re.match(r"[A-ZÀ-ÖØ-ÞĀ-ž]", m.group("authors")) is not None


# ABNT's opening: one person, the family name in capitals, the given names written out and a
# period ("SANTOS, Luana Moreira dos. Title", "LIMA, Ana P. Title")
_PERSON_HEAD = lazy_compile(rf"{_CAPS_WORDS},\s(?P<given>{_GIVEN})\.\s+(?=[^\W\d_])")


def person_head(body: str) -> bool:
    """Whether ``body`` opens as ABNT writes one person: ``SURNAME, Given names [particle].``
    with a given name spelled out (two letters or more in lower case), not a body's acronym
    before an Italian note's comma-separated title."""
    m = _PERSON_HEAD.match(body)
    return (
        m is not None
        and re.search(r"[^\W\d_][a-zà-ÿ]{2,}", m.group("given").split()[0]) is not None
    )


_YEAR_FIRST = lazy_compile(r"^(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.\s+(?P<rest>\S.+)$")


def parse_fields_after_year(authors: tuple[str, ...], rest: str) -> Fields:
    """Title, host and place after an author-date year: the title is the first sentence,
    up to a full stop followed by "In:", a host or the place and publisher."""
    sentences = split_sentences(rest)
    title = sentences[0] if sentences else rest
    remainder = rest[len(title) :].strip(" .")
    fields = Fields("caps", authors, title.strip(" .") or None)
    host = re.match(rf"{IN_WORD}:\s?(?P<host>[^.,:]+)", remainder)
    if host is not None:
        return replace(fields, container=host.group("host").strip())
    if _ARTICLE.search(without_imprint_volume(remainder)) or re.match(
        r"[^.,:]+\s\d+(?:\(\d+\))?:\s?\d", remainder
    ):
        return replace(fields, container=re.split(r",\s|\.\s|\s\d", remainder)[0].strip() or None)
    place, publisher = place_publisher(remainder)
    return replace(fields, place=place, publisher=publisher)


# the host of an electronic document (ISO 690 as ČSN ISO 690 and ABNT write it: "[online]"
# after the host): "In: epravo.cz [online]", "In: Sborník [online]"
_ONLINE_HOST = lazy_compile(
    rf"(?:^|\.\s){IN_WORD}\s?:\s?(?P<host>[^\[\]\s][^\[\]]{{0,119}}?)\s?"
    r"\[(?:online|on-line|en\sligne)\]",
    re.I,
)


def online_page(ref: Reference, has_web_url: bool) -> Reference:
    """A work "In:" a host marked "[online]" (ISO 690: an electronic document) with a URL and
    nothing a journal or a book writes after the host (numbering, imprint, pages, ISBN) is a
    page of that website, not a chapter: ``ELIÁŠ, Karel. Title. In: epravo.cz [online]. 12. 5.
    2014 [cit. 2024-05-03]. Dostupné z: https://…``."""
    if ref.kind is not RefKind.CHAPTER or not has_web_url or ref.volume or ref.issue:
        return ref
    online = _ONLINE_HOST.search(ref.raw)
    if online is None:
        return ref
    after = ref.raw[online.end() :]
    if (
        _ARTICLE.search(after) is not None
        or place_publisher(re.sub(r"\[[^\[\]]*\]|https?://\S+", " ", after)) != (None, None)
        or re.search(r"\b(?:s|p|pp|S|str)\.\s?\d|\bIS[BS]N\b", after) is not None
    ):
        return ref
    return replace(
        ref,
        kind=RefKind.WEB,
        host=online.group("host").strip(" *_"),
        place=None,
        publisher=None,
        pages=None,
    )


# ISO 690's "[online]" right after a work's own title (no host before it): "ČESKÝ
# STATISTICKÝ ÚŘAD. *Metodika indexu* [online]. Praha: ČSÚ, 2022 [cit. 2023-03-15]."
_ONLINE_TITLE = lazy_compile(
    r"^[^\[\]]{2,300}?[*_]?\s?\[(?:online|on-line|en\sligne|elektronick[ýy]\sdokument)\]", re.I
)


def online_title_page(ref: Reference, has_web_url: bool) -> Reference:
    """A "book" whose own title ISO 690 marks "[online]", with a web address and nothing a
    book prints (no ISBN, no edition, no pages, no "In:") is a web page of its publisher:
    ``ČESKÝ STATISTICKÝ ÚŘAD. Indexy spotřebitelských cen [online]. Praha: ČSÚ, 12. 1. 2023
    [cit. 2023-03-15]. Dostupné z: https://…`` (an e-book keeps its ISBN and stays a book)."""
    if ref.kind is not RefKind.BOOK or not has_web_url or ref.volume:
        return ref
    online = _ONLINE_TITLE.match(ref.raw)
    if online is None or re.search(rf"(?:^|\.\s){IN_WORD}\s?:", online.group(0)):
        return ref
    if re.search(r"\bIS[BS]N\b|\b(?:vyd|wyd|ed|Aufl)\.|\b(?:s|p|pp|S|str)\.\s?\d", ref.raw):
        return ref
    return replace(ref, kind=RefKind.WEB, pages=None)


# ISO 690's contribution to an online serial: the title, then the serial's name marked
# "[online]" with no "In:", then the issue's date: "KOPECKÝ, Jan. Title. iDNES.cz [online].
# 10. 1. 2023 [cit. …]", "NOWAK, Anna. Tytuł. Gazeta Wyborcza [online]. 2021-03-04"
_ONLINE_SERIAL = lazy_compile(
    r"\.\s(?P<host>(?:[^\[\].:;]|\.(?=\S)){2,80}?)\s?\[(?:online|on-line|en\sligne)\]\.\s"
    r"(?:\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]+)\s?)?(?:1[5-9]|20)\d\d(?:-\d\d-\d\d)?\s?(?:[\[.,]|$)",
    re.I,
)


def online_serial_article(ref: Reference) -> Reference:
    """A work whose title is followed by a serial's name marked "[online]" (no "In:", no
    place and publisher) and the issue's date is an article of that newspaper or magazine
    online, not a web page: ``KOPECKÝ, Jan. Inflace je nejvyšší od roku 1993. iDNES.cz
    [online]. 10. 1. 2023 [cit. 2023-03-15]. Dostupné z: https://…``."""
    if ref.kind not in (RefKind.WEB, RefKind.UNKNOWN) or not ref.title or not ref.authors:
        return ref
    found = title_end(ref.raw, ref.title)
    if found is None:
        return ref
    serial = _ONLINE_SERIAL.match(*found)
    if serial is None or re.match(rf"{IN_WORD}\s?:", serial.group("host")):
        return ref
    return replace(ref, kind=RefKind.ARTICLE, host=ref.host or serial.group("host").strip())


def _chapter_pages(text: str) -> str | None:
    """A chapter's pages as written: "p. 55-78", "s. 12–30"."""
    m = re.search(r"\b(?:p|pp|s|S)\.\s?(\d+(?:\s?[-–]\s?\d+)?)", text)
    return m.group(1) if m else None


def _to_imprint(rest: str, title: str, remainder: str, sentences: list[str]) -> tuple[str, str]:
    """A book's title of several sentences, up to its imprint: "Občanský zákoník V.
    Závazkové právo. Obecná část (§ 1721–2054). Komentář. Praha: C. H. Beck, 2014" (the
    parts, the volume, "Komentář" are the title's), when every sentence between the first
    and the imprint is a part of the title (not a host, a translator or an edition)."""
    imprint = _IMPRINT.search(rest, max(len(title) - 1, 0))
    if imprint is None or imprint.start() < len(title) - 1:
        return title, remainder
    between = rest[len(title) : imprint.start() + 1]
    parts = split_sentences(between)
    if not parts or any(
        _NOT_TITLE.search(p) or _ARTICLE.search(p) or designates_report(p) for p in parts
    ):
        return title, remainder
    if len(parts) > 4 or len(sentences) <= len(parts) + 1:
        return title, remainder
    return rest[: imprint.start() + 1], rest[imprint.start() + 1 :]


_MC_PREFIX = lazy_compile(_MC)


def _in_capitals(family: str) -> bool:
    """Is ``family`` written in capitals, a "Mc" or "Mac" before them as written
    (``McSWEENEY``, ``MacDONALD``; not ``Macdonald``)?"""
    prefix = _MC_PREFIX.match(family)
    return family[prefix.end() if prefix else 0 :].isupper()


def _people(text: str) -> Iterator[re.Match[str]]:
    """Each name in capitals with its given names (``_PERSON``), left to right, as finditer
    would find them; where a name fails, no later word of its capitals is tried (each would
    read the same words to the same end and fail there too)."""
    pos = 0
    while (start := _PERSON_START.search(text, pos)) is not None:
        m = _PERSON_RE.match(text, start.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            words = _CAPS_WORDS_RE.match(text, start.start())
            pos = words.end() if words is not None else start.start() + 1


def given_first_names(names: str) -> tuple[str, ...] | None:
    """The people of an ISO 690 list whose later names are written given names first
    (``BILS, Mark a Peter J. KLENOW`` -> ``("BILS, Mark", "KLENOW, Peter J.")``), each
    inverted as the first is; None when the list is not of that shape (or is of the
    all-inverted one, ``LUX, M. a SUNEGA, P.``, which :func:`_people` reads)."""
    if _OLD_NAMES.fullmatch(names) is not None:
        return None
    first = _FIRST_PERSON_AT.match(names)
    if first is None:
        return None
    people = [first.group(0)]
    pos = first.end()
    while pos < len(names):
        m = _NEXT_PERSON_AT.match(names, pos)
        if m is None:
            return None
        if m.group("inverted"):
            people.append(m.group("inverted"))
        else:
            people.append(f"{m.group('family')}, {m.group('given')}")
        pos = m.end()
    return tuple(people) if len(people) > 1 else None


def given_first_list(body: str) -> bool:
    """Whether ``body`` opens with ISO 690's list of several people whose later names are
    written given names first, closed by the full stop before the title (``YANG, Juncheng,
    Yazhuo ZHANG a Rashmi VINAYAK. Title``): the commas join names, none of them closes the
    first name before a title (as the comma form of :mod:`.caps_colon` would read it)."""
    m = _SHAPE.match(body)
    return m is not None and given_first_names(m.group("authors")) is not None


def parse(body: str) -> Fields | None:
    """Fields of a reference with its family names in capitals, or None."""
    if "In" in body or "Em" in body or "En" in body:
        body = _EMPHASISED_IN.sub(r"\2", body)
    org = _CAPS_ORG.match(body)
    # (not a person's given name and initial: "THOMAS W. MERRILL, THE CHEVRON DOCTRINE …",
    # a Bluebook book in capitals)
    if org is not None and org.group("org").isupper() and not _INITIAL_END.search(org.group("org")):
        authors: tuple[str, ...] = (org.group("org") + (org.group("acronym") or ""),)
        # ("BRASIL. Ministério da Saúde. Secretaria de Vigilância. Title": the bodies under
        # the heading are the author's, not the title)
        rest = _SUB_BODIES.sub("", org.group("rest"), count=1) or org.group("rest")
    else:
        m = _shape(body)
        if m is None:
            return None
        reordered = given_first_names(m.group("authors"))
        authors = reordered or tuple(
            a.group(0).strip(" .")
            for a in _people(m.group("authors"))
            if re.search(r"[^\W\d_]{2}", a.group(0).split(",")[0])
            and _in_capitals(a.group(0).split(",")[0])
        )
        if not authors:
            return None
        rest = m.group("rest")
    dated = _YEAR_FIRST.match(rest)
    if dated is not None:
        # STN/ČSN ISO 690 author-date: "KOREŇ, M. 2005. Vetrová kalamita 19. novembra 2004 –
        # …": the year after the names is the work's, the title follows it
        found = parse_fields_after_year(authors, dated.group("rest"))
        return replace(found, year=year_of(dated.group("year")))
    italic = emphasized(rest)
    if italic is not None:
        after = rest[italic.end() :]
        subtitle = re.match(r"\s?:\s?([^.]+)", after)
        title = italic.group("title") + (f": {subtitle.group(1).strip()}" if subtitle else "")
        remainder = after[subtitle.end() :] if subtitle else after
    else:
        sentences = split_sentences(rest)
        title = sentences[0] if sentences else rest
        remainder = rest[len(title) :]
        edition = _EDITION.search(rest)
        if edition is not None and edition.start() <= len(title):
            # "Občanský zákoník I. 2. vyd. Praha": the edition ends the title
            title, remainder = rest[: edition.start()], rest[edition.end() :]
        else:
            title, remainder = _to_imprint(rest, title, remainder, sentences)
    remainder = remainder.strip(" .")
    # (the original's title and year after a translation's imprint are no part of the
    # edition cited: "São Paulo: Pearson, 2016. Título original: Modern Operating Systems
    # [2014]" is of 2016)
    cited = _ORIGINAL_NOTE.sub("", remainder)
    years = _YEAR.findall(_NUMBERS.sub(" ", cited)) or _YEAR.findall(_NUMBERS.sub(" ", rest))
    fields = Fields(
        "caps", authors, title.strip(" .") or None, year_of(years[-1] if years else None)
    )
    edited = _EDITED_HOST.match(remainder)
    event = _EVENT_HOST.match(remainder) if edited is None else None
    if event is not None and event.group("host").isupper():
        # ABNT's paper in an event's proceedings: "In: CONGRESSO BRASILEIRO DE …, 12., 2019,
        # Recife. Anais [...]. Recife: …" -- a chapter, the event its host
        after = remainder[event.end() :]
        place, publisher = place_publisher(after)
        return replace(
            fields,
            container=event.group("host").strip(),
            pages=_chapter_pages(after),
            chapter=True,
            place=place,
            publisher=publisher,
        )
    if edited is not None:
        # ABNT "In: ISAIA, Geraldo C. (Org.). Concreto: ciência e tecnologia. São Paulo: …"
        # and "In: ______ (Org.). Title. …" (the chapter's author edited the book): a chapter
        after = remainder[edited.end() :]
        place, publisher = place_publisher(after)
        return replace(
            fields,
            container=edited.group("host").strip(" *_"),
            pages=_chapter_pages(after),
            chapter=True,
            place=place,
            publisher=publisher,
            # (the book's editors, :mod:`.role_marks`; the line the chapter's own authors)
            editors=_host_editors(edited, fields.authors),
        )
    if _ARTICLE.search(
        without_imprint_volume(remainder)
    ):  # "Revista, v. 66, p. S386, 2018": a journal's article
        journal = re.split(r",\s|\.\s", remainder.lstrip("In: "))[0].strip(" *_")
        return replace(fields, container=journal or None)
    place, publisher = place_publisher(remainder)
    return replace(fields, place=place, publisher=publisher)
