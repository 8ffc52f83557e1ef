"""Author-date mentions of a reference list's entries in running text.

``(Sutton & Barto, 2017)``, ``Sutton and Barto (2017)``, ``Schulman et al., 2016)``: a
family name that heads exactly one entry, with a year that entry has, cites that entry.
A (name, year) pair two entries share cites neither.  Chicago author-date's shapes too:
``(Lowe 2019, 45)``, ``Lowe (2019, C97)``, ``(Lowe 2019a, 2019b)``, ``Lowe’s survey
(2019)``.  Used by the readers whose lists are cited this way beside numbers or links
(Markdown articles, HTML pages, PDF text) and by the Word reader for author-date text
(pandoc --citeproc, a citation manager's "convert to plain text", typed by hand).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.same_author import repeats_author

_YEAR = r"(?:1[5-9]|20)\d{2}"
# a year with its letter ("2019a"), or no date at all ("n.d.", the same work's year)
_DATE = rf"(?:{_YEAR}[a-z]?|n\.\s?d\.)"
# (a page of the front matter in roman numerals: "(Glass, 1964, p. xviii)")
# (Harvard's and German author-date's colon: "(Lowe 2019: 45)", "Lowe (2019: 45–47)")
# (an abbreviated locator in the writer's language: "p. 4", "cap. 11", German "S. 4",
# "Kap. 3", "Abschn. 2", Dutch "hfst. 8", "blz. 14", Scandinavian "s. 12", "kap. 5")
_LOCATOR = (
    r"(?:,\s*(?:[^\W\d_]{1,7}\.\s?"
    r"(?:\d|[ivxlcdm]{1,8}\b)"
    r"|[A-Z]?\d{1,5}[a-z]?\b(?![./])|[A-Z]?\d{1,5}\s*[-–]\s*\d"
    # (a part of the work named in full: "(Boutron 2010, Table 2)", "(Moher 2015, item 8)")
    r"|(?i:table|figure|fig|item|box|chapter|section|appendix|page|note)\s\d)"
    r"|:\s?[A-Z]?\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?=[);,\s])"
    # (a chapter, section or note after the colon: "(Lowe 2019: ch. 3)", "Lowe (2019: sec. 2)")
    r"|:\s?(?:pp?|chs?|chap|secs?|§§?|para|n|nn|fig|vol|bk|pt|art)\.?\s?(?:\d|[ivxlcdm]{1,8}\b))"
)
# the edition's year in brackets after the first year, a locator in the edition after it:
# "(Kant 1781 [1998: A51])", "Locke (1690 [1975])"
_EDITION = rf"\s?\[{_YEAR}[a-z]?(?::[^\[\]()]{{1,40}})?\]"
# the original's date before a slash, and a range's last year after the first
_ORIGINAL = rf"(?:{_YEAR}(?:\s?[-–]\s?{_YEAR})?/)?"
_RANGE_END = rf"(?:\s?[-–]\s?{_YEAR}(?![\d/]))?"
# (the year, then the closing parenthesis, or a locator: "p. 4", Italian and Spanish
# "cap. 11", German "S. 4", "ch. 3", "para. 2", or Chicago author-date's bare page
# "2019, 1440", "2004, C97"; a narrative "(2004, C97)" takes one too)
# (APA's translated or reprinted work, the original's date first: "(Weil,
# 1947/2002)", "Weil (1947/2002, p. 12)", a multi-volume one "(Braudel,
# 1949–1966/1972–1973, Vol. 2)": the later date is the entry's)
_YEAR_TAIL = (
    rf",?\s+(?:\({_ORIGINAL}(?P<y1>{_DATE}){_RANGE_END}(?:\)|(?={_LOCATOR}|{_EDITION}))"
    rf"|{_ORIGINAL}(?P<y2>{_DATE}){_RANGE_END}(?=\s*(?:[);]|{_LOCATOR}|{_EDITION})))"
)
AUTHOR_YEAR = re.compile(
    # (a name in lower case counts only if an entry starts with it: "boyd, d. (2014)")
    rf"(?<![\w.])(?P<name>[{U}][\w'’-]+|[a-z][\w'’-]+(?=\s+\(?\d))"
    # ("et al." in the writer's language: German "u. a.", Indonesian "dkk.", Turkish "vd.";
    # "and" in it: "Boyd en Larson", "Müller und Wolf", "Sari dan Putra")
    rf"(?:,?\s+{ET_AL}|\s+{AND}\s+(?P<joined>[{U}][\w'’-]+))?" + _YEAR_TAIL
)
# "Manning’s survey (2021)": a possessive with the year of the work it names after one to
# three words (the author is not repeated in the parenthesis; "Smith’s (2019) model" is
# AUTHOR_YEAR's); so too the name as the subject of a verb: "De Vries concedes the point
# (2008, 71–72)"
POSSESSIVE = re.compile(
    rf"(?<![\w.])(?P<name>[{U}][\w-]+)(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{1,3}}"
    rf"\((?P<y1>{_DATE})(?:\)|(?={_LOCATOR}))"
)
# more years of the same author after a mention: "(Zając 2023a, 2023b)", "(Ng 2019, 2021)"
_MORE_YEARS = re.compile(rf"\s*[,;]\s*(?P<year>{_YEAR}[a-z]?)\b(?=\s*[),;])\)?")
# the words of a corporate name before the one a mention is matched by: "(ARPA" before
# "Piemonte, 2022)", "(Regione Piemonte, 2021)" -- the mention starts at its parenthesis
# (and the particles of a family name: "(de" / "Vries 2008)" over a line end)
# (and the first of three or more names: "(Chiu," / "Grundy and Bero 2017)")
_NAME_BEFORE = re.compile(
    rf"\((?:(?:[{U}][\w'’&-]*,?|de|van|von|der|den|da|das|dos|di|du|le|la|del|della|ter"
    r"|ten)\s+){1,4}$"
)
_HEAD_END = re.compile(rf"[\"“«*_\[(]|\b{_YEAR}\b|\bn\.\s?d\.")
_NAME = re.compile(rf"[{U}][\w'’-]+")
# a body's name heading an entry: words only (the first a capital), then its full stop
_CORPORATE = re.compile(rf"(?P<name>[{U}][\w'’&-]*(?:[ \t\n]+[\w'’&-]+){{1,5}})\.?")
_LOWER_FIRST = re.compile(r"([a-z][a-z'’-]+),\s[a-z]\.")
# an author-date citation by its shape alone (:func:`unlisted`): in parentheses (or after
# a semicolon there) a name with "et al." / a second name, or a comma, and the year; in
# the sentence a name with "et al." / a second name, and the year in parentheses
_LETTERS = rf"[{U}][^\W\d_]+(?:['’-][^\W\d_]+)?"
_OTHERS = rf"(?:,?\s+{ET_AL}|\s+{AND}\s+(?P<joined>{_LETTERS}))"
_UNLISTED = (
    re.compile(
        rf"(?:(?<=\()|(?<=;\s))(?P<name>{_LETTERS})(?:{_OTHERS},?|,)\s+{_YEAR}[a-z]?"
        r"(?=\s*[);,])"
    ),
    re.compile(rf"(?<![\w.(])(?P<name>{_LETTERS}){_OTHERS}\s+\({_YEAR}[a-z]?(?=[);,])"),
)
# capitalised words that stand where a cited author's name would and name none: months,
# seasons and days ("(March, 2019)", "between January and June (2020)"), the parts of a
# work ("(Table, 2019)"), words that open a sentence or a parenthesis ("(However, 2019
# …)", "(See, 2019)"), in the languages the readers meet (lower case; compared so)
_NOT_AUTHORS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz juni juli oktober dezember jänner
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    januari februari maart mei augustus juli oktober
    spring summer autumn fall winter frühjahr frühling sommer herbst printemps été
    automne hiver primavera verano otoño invierno estate autunno inverno verão outono
    monday tuesday wednesday thursday friday saturday sunday
    figure figures fig figs table tables tab chapter chapters section sections sec
    appendix annex box item note notes page pages part vol volume eq equation panel
    abb abbildung tabelle kapitel abschnitt anhang tableau annexe figura tabla tabella
    capítulo capitolo sección sezione
    however moreover furthermore also thus hence therefore yet but and or so then since
    until after before during from by as for of on at to in into with without both
    either neither between although though while when where here there this that these
    those the a an it its we our their his her see cf compare e.g i.e ibid idem
    aber auch seit bis nach vor ab um vgl siehe die der das den dem des ein eine im am
    und oder
    depuis dans selon voir le la les un une du des en et ou mais
    desde según ver el los las uno una del y o pero
    dal dalla secondo vedi il lo gli della delle
    """.split()
)
# "2019a": the letter tells two works apart; "n.d." an undated work
_ANY_YEAR = re.compile(rf"\b{_YEAR}[a-z]?\b|\bn\.\s?d\.")

AuthorYears = dict[tuple[str, str], str]


def author_years(entries: Iterable[tuple[str, str]]) -> AuthorYears:
    """(family name, year) -> the label of the one entry whose head names that person and
    whose text has that year; ``entries`` are (label, plain text) pairs."""
    # (a pair with the entry's own year, the first after its names, outranks a pair with a
    # year elsewhere in another entry: "ARPA Piemonte (2022) … 1990–2021" does not take
    # "Regione Piemonte (2021)"'s mentions)
    # (and a pair with the entry's first author outranks one with a later author: "Moher
    # et al. 2015" cites "Moher D, Shamseer L, … (2015)", not "Shamseer L, Moher D, …
    # (2015)", which "Shamseer et al. 2015" cites)
    found: dict[tuple[str, str], tuple[bool, bool, str]] = {}
    shared: set[tuple[str, str]] = set()
    names: set[str] = set()
    first = ""
    for label, text in entries:
        flat = text.replace("\n", " ")
        head = _HEAD_END.split(flat, maxsplit=1)[0][:120]
        if not repeats_author(head):  # ("–––, 1991": the names of the entry before)
            listed = _NAME.findall(head)
            names, first = set(listed), (listed[0] if listed else "")
            body = corporate_name(head)
            if body:  # ("Lietuvos bankas. (2022)": cited by its whole name)
                names.add(body)
            lower = _LOWER_FIRST.match(head)  # "boyd, d.", "hooks, b.": as they write it
            if lower:
                names.add(lower.group(1))
        years = [_undated(y) for y in _ANY_YEAR.findall(flat)]
        own = next(iter(_ANY_YEAR.findall(flat[len(head) :])), None)
        own = _undated(own) if own else None
        for pair in {(n, y) for n in names for y in years}:
            ranked = (pair[1] == own, pair[0] == first or " " in pair[0], label)
            if pair not in found or ranked[:2] > found[pair][:2]:
                found[pair] = ranked
                shared.discard(pair)
            elif ranked[:2] == found[pair][:2] and found[pair][2] != label:
                shared.add(pair)
    return {pair: label for pair, (_, _, label) in found.items() if pair not in shared}


def corporate_name(head: str) -> str | None:
    """The name of a body that heads an entry, two to six words with no initials, commas
    or title after it (``Lietuvos bankas.``, ``World Bank.``, ``Banco de España``,
    ``Deutsche Bundesbank``), its words inside in lower case too; None for a person's
    names (``Card, D., and Krueger``) or a head that runs on into a title."""
    m = _CORPORATE.fullmatch(head.strip())
    return " ".join(m["name"].split()) if m else None


def list_names(entries: Iterable[str]) -> frozenset[str]:
    """Every capitalised word of the list's entries: a name cited in the text that is none
    of them names a work the list lacks (:func:`unlisted`)."""
    return frozenset(w for text in entries for w in _NAME.findall(text))


def unlisted(text: str, listed: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each author-date citation in ``text`` whose (first) author
    is no word of the list at all (``listed``, :func:`list_names`): a work the list lacks.
    Only the unmistakable shapes: a parenthesis's (or its part's) ``Name, 2021``,
    ``Name et al., 2021``, ``Name and Other 2021``, and a narrative ``Name et al.
    (2021)`` or ``Name and Other (2021)`` (not ``Lithuania (2021)``: a name alone before a
    year in parentheses may be a place or a thing)."""
    found = [m for pattern in _UNLISTED for m in pattern.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        name, joined = m["name"], m["joined"]
        if name in listed or (joined and joined in listed):
            continue
        if name.casefold() in _NOT_AUTHORS or (joined and joined.casefold() in _NOT_AUTHORS):
            continue  # ("(March, 2019)", "from January and June (2020)")
        yield m.start("name"), m.end(), name


def listed_names(entries: Iterable[str]) -> frozenset[str]:
    """:func:`list_names`, each name with a straight and a curly apostrophe
    (``O'Brien`` in the list is ``O’Brien`` in the text)."""
    names = list_names(entries)
    return names | {n.replace("'", "’") for n in names} | {n.replace("’", "'") for n in names}


def unlisted_lines(paragraphs: Iterable[tuple[int, str]], entries: Iterable[str]) -> list[Anomaly]:
    """The anomalies of the author-date citations of authors no entry names
    (:func:`unlisted`), each name once, at the first line it is cited on: ``paragraphs``
    are (first line, text) pairs of the body (a text's line ends counted), ``entries``
    the list's texts.  For the readers of printed author-date text with a list and no
    notes (HTML, Word, ODT, Markdown), as the PDF text reader does it line by line."""
    listed = listed_names(entries)
    if not listed:
        return []
    first: dict[str, int] = {}
    for line, text in paragraphs:
        for start, _, name in unlisted(text, listed):
            first.setdefault(name, line + text.count("\n", 0, start))
    return [unlisted_anomaly(name, line) for name, line in first.items()]


def unlisted_anomaly(name: str, line: int) -> Anomaly:
    """The anomaly of an author-date citation of an author no entry of the list names."""
    return Anomaly(
        AnomalyCode.CITATION_KEY_MISSING,
        f"{name!r} is cited by author and year but no entry of the reference list names "
        "that author",
        line,
        footnote=name,
    )


def mentions(text: str, index: AuthorYears) -> Iterator[tuple[int, str]]:
    """(end offset, entry label) of each author-date mention of an entry in ``text``."""
    for _, end, label in spans(text, index):
        yield end, label


def spans(text: str, index: AuthorYears) -> Iterator[tuple[int, int, str]]:
    """(start, end, entry label) of each author-date mention of an entry in ``text``."""
    if not index:
        return
    found = [(m, False) for m in _named(text, index)]
    found += [(m, True) for m in POSSESSIVE.finditer(text)]
    bodies = frozenset(name for name, _ in index if " " in name)
    if bodies:  # ("(Lietuvos bankas, 2022)", "World Bank (2020)": a body's whole name)
        found += [(m, False) for m in _corporate_pattern(bodies).finditer(text)]
    ends: set[int] = set()
    for m, possessive in sorted(found, key=lambda f: f[0].start()):
        name = m.group("name")
        label = _label(index, m, possessive)
        if label is None or m.end() in ends:
            continue
        ends.add(m.end())
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        start = before.start() + 1 if before else m.start()
        yield start, m.end(), label
        pos = m.end()
        while more := _MORE_YEARS.match(text, pos):
            other = _lookup(index, name.removesuffix("’s").removesuffix("'s"), more["year"])
            if other is None:
                break
            yield more.start("year"), more.end(), other
            pos = more.end()


def _named(text: str, index: AuthorYears) -> Iterator[re.Match[str]]:
    """The AUTHOR_YEAR matches in ``text``.  A match whose first word cites nothing is
    searched again from the name after its "and": the joining word may be an ordinary word
    of the sentence ("Wie in Müller (2018)", "Seperti dan Putra (2021)"), and the name after
    it may cite."""
    pos = 0
    while (m := AUTHOR_YEAR.search(text, pos)) is not None:
        yield m
        joined = m.start("joined")
        pos = joined if joined > 0 and _label(index, m, False) is None else m.end()


def _label(index: AuthorYears, m: re.Match[str], possessive: bool) -> str | None:
    """The entry a match of AUTHOR_YEAR or POSSESSIVE cites, or None."""
    name = m.group("name")
    year = m.group("y1") or m.group("y2") or ""
    label = _lookup(index, name, year)
    if label is None and not possessive and name[-2:] in ("'s", "’s"):
        label = _lookup(index, name[:-2], year)  # "Smith’s (2019) model"
    return label


@lru_cache(maxsize=64)
def _corporate_pattern(bodies: frozenset[str]) -> re.Pattern[str]:
    """A mention of one of the bodies' names (as the list spells them, over line ends too)
    with its year."""
    names = sorted(bodies, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![\w.])(?P<name>{alternatives})(?![\w'’-])" + _YEAR_TAIL)


def _undated(year: str) -> str:
    """ "n. d." and "n.d." are one key."""
    return year.replace(" ", "")


def _lookup(index: AuthorYears, name: str, year: str) -> str | None:
    year = _undated(year)
    name = " ".join(name.split())
    return index.get((name, year)) or index.get((name, year[:4]))


def line_mentions(line: str, following: str, index: AuthorYears) -> list[tuple[int, int, str]]:
    """``(row, offset, entry label)`` of each mention that starts on ``line``: ``row`` 0 if
    it ends on ``line`` (``offset`` there), 1 if it ends on the ``following`` line
    ("(Okafor et al.," / "2006)"; "Whit-" / "combe (2021)"), ``offset`` in that line.  So
    each mention counts once, where it starts, and its marker stands after its year."""
    stripped = line.rstrip()
    if stripped.endswith("-") and following[:1].islower():  # a word hyphenated at the end
        base = len(stripped) - 1
        text = stripped[:-1] + following[:80]
    else:
        base = len(line) + 1
        text = f"{line} {following[:80]}"
    found = []
    for start, end, label in spans(text, index):
        if start >= min(base, len(line)):
            continue
        found.append((0, min(end, len(line)), label) if end <= base else (1, end - base, label))
    return found
