"""URLs and DOIs broken over lines by a converter or a narrow column, joined again.

``pdftotext`` (like any text wrapped to a width) breaks a long address where the
typesetter allowed it: after ``/``, ``.``, ``-``, ``_``, ``?``, ``=``, ``&``, ``#``, or
between ``https:`` and ``//``; the rest starts the next line (indented, in a list with
a hanging indent).  The reference parser finds URLs within one line, so a reader joins
the lines of a note or list entry first.

A line is joined with the next when its last word is an address that has not ended
(it ends with one of the break characters above, or is a bare ``https:``) and the next
line starts with what can only be the rest of an address: a token with a path or
query character, a host name, a slug or a DOI tail (a record number of five digits or
more after a DOI's dot: ``…/zenodo.`` / ``7712345``; four digits or more, alone on the line,
after a path number cut at its dot: ``…/abs/2209.`` / ``03048``).  A capitalised word, a sentence
(``Accessed 2 June``, ``and then``) or a year on its own is never taken, so an address
that really ends at the line end is left alone; a record's code alone on the next line after
a slash (``…/objects/`` / ``M2853``: capitals, then digits) is the address's last segment.

An address cut inside its host name, as ``\\url`` with the xurl package may break it
(``https://www.institutpa`` / ``risregion.example/notes/``), is joined too: a bare host with
no path yet, then a dotted name and a path on the next line.

A DOI broken after a hyphen keeps it, except a hyphen between two digits in a DOI with no
other hyphen and no ISSN's shape there (``…/TSE.2019.29-`` / ``12345``): a number is
hyphenated by a typesetter, not by the DOI's registrant, whose hyphens between digits are
an ISSN's (``1742-6596``, Elsevier's ``S0140-6736…``) or come with others (Springer's
``978-3-030-…``).  A hyphen after a letter (``abc-`` / ``def``) is the DOI's: ``\\url``
and ``\\doi`` break an address without adding one, and pdftotext prints what was set.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from enum import Enum

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT
from bibcheck.readers.compoundhyphen import compound_hyphen

__all__ = [
    "Hyphen",
    "document_words",
    "hyphen_kind",
    "join_broken_ranges",
    "join_cjk_wraps",
    "join_hyphen",
    "join_hyphenated",
    "join_wrapped_urls",
    "joined_hyphen_at",
    "line_end_hyphen",
    "printed_hyphens",
    "restore_issn_hyphen",
    "restore_joined_hyphens",
    "restore_slug_hyphens",
    "sici_continues",
    "typeset_hyphen",
    "url_continues",
]

# In the last word of a line: an address (or a DOI) possibly cut short.  Searched in
# that word only (no spaces), so the first start found runs to its end: linear.
# (CJK text runs into an address with no space: "资源库》，http://…", "参见https://…")
_TAIL = lazy_compile(
    rf"(?:^|[(<\[:\u3000-\u303f\uff01-\uff60{CJK_TEXT}])"
    r"(?P<url>(?:(?:https?|ftp)://|www\.)\S*|(?:https?|ftp):|10\.\d{4,9}/\S*)$",
    re.I,
)
_OPEN_END = tuple("/.-_?=&#~%:+")
_FIRST = lazy_compile(r"^\s*(?P<tok>[^\s<>\"“”«»]+)(?P<after>.*)$")
_PATHISH = lazy_compile(r"[/=?&#%_~]")
_HOST = lazy_compile(r"^[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z0-9]{2,}$")
_SLUG = lazy_compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_WORD = lazy_compile(r"^[a-z0-9]+$")
_DOI_PART = lazy_compile(r"10\.\d{4,9}/\S")  # a DOI's suffix has begun
_RECORD = lazy_compile(r"^\d{5,}$")  # a record number (a year has four digits)
_NUMBER_CUT = lazy_compile(r"/\d+\.$")  # "…/abs/2209.": a path number cut at its dot
# an address cut inside its host name (``\\url`` with breaks allowed anywhere: the xurl
# package), no path begun: "https://www.institutpa" ...
_HOST_CUT = lazy_compile(r"^(?:(?:https?|ftp)://|www\.)[\w.-]*[a-z0-9]$", re.I)
# ... and the host's rest, a dotted name and a path: "risregion.example/notes/"
_HOST_REST = lazy_compile(r"^(?!10\.\d{4,9}/)[a-z0-9-]*(?:\.[a-z0-9-]+)+/\S*$")
_NUMBER_REST = lazy_compile(r"^\d{4,}(?:v\d{1,3})?$")  # "03048", "03048v2"
# a record's code as a collection or a catalogue numbers it, the last segment of its
# address: capital letters, then digits ("M2853", "PMC123456", "NG1421"); no word, no year
_RECORD_CODE = lazy_compile(r"^[A-Z]{1,5}[-_]?\d{2,}[A-Za-z0-9]*$")
_CLOSERS = ".,;:)]'’\""
# The rest of an address the typesetter broke before a dot, hyphen, underscore, tilde,
# "?", "#" or "%" (the Chicago Manual's rule, SBL's and Turabian's with it): the break
# character starts the next line, an address part right after it (".017", "/abs/x").
_BREAK_BEFORE = lazy_compile(r"^[./_~?#%-][\w%~/.#?&=-]*[\w/]$")
# ... after a line that ends an address with a path or a DOI (not a bare host)
_DOI_OR_PATH = lazy_compile(r"(?:^|/)10\.\d{4,9}/\S|://[^/\s]+/\S")
# ... or a bare host (a name with its top-level domain), the path on the next line
_HOST_ONLY = lazy_compile(r"://[\w.-]+\.[A-Za-z]{2,}$")
_LABEL = lazy_compile(r"^(?:[A-Za-z]+:|www\.)")  # "doi:", "https:", "URL:", "www.": a new one
_DOI_START = lazy_compile(r"10\.\d{4,9}/")
# a DOI cut right after its prefix ("…/10.2307/"): no DOI ends there, so its suffix (any
# run of a DOI's characters with a digit in it, "833071", "S0140-6736(20)…")
# is the next line's first token
_PREFIX_ONLY = lazy_compile(r"(?:^|/)10\.\d{4,9}/$")
_SUFFIX = lazy_compile(r"^[\w.;()/:<>-]*\d[\w.;()/:<>-]*$")
_ISSN_HEAD = lazy_compile(r"(?<!\d)\d{4}$")  # "1742" of "1742-" / "6596"
_ISSN_TAIL = lazy_compile(r"\d{3}[\dXx](?!\d)")


_CJK_STOP = lazy_compile(rf"[\u3000-\u303f\uff01-\uff60{CJK_TEXT}]")


def _tail(line: str) -> tuple[int, str] | None:
    """Where the address that ends ``line`` starts, and the address."""
    text = line.rstrip()
    word = text.rsplit(None, 1)[-1] if text.strip() else ""
    m = _TAIL.search(word)
    if m is None:
        return None
    return len(text) - len(word) + m.start("url"), m.group("url")


def url_continues(line: str, following: str) -> bool:
    """Is ``following`` the rest of an address cut off at the end of ``line``?"""
    tail = _tail(line)
    if tail is None:
        return False
    url = tail[1]
    if sici_continues(url, following):
        return True  # "…/(SICI)1099-1662(199809)" + "14:3<211::AID-RDS412>3.0.CO;2-K"
    first = _FIRST.match(following)
    if first is None:
        return False
    tok, after = first.group("tok"), first.group("after").strip()
    core = _CJK_STOP.split(tok, 1)[0].rstrip(_CLOSERS)  # ("search.html。": CJK text after it)
    if re.fullmatch(r"(?:https?|ftp):", url, re.I):
        return tok.startswith("//")
    if _HOST_CUT.match(url) and _HOST_REST.match(core):
        return True  # "https://www.institutpa" + "risregion.example/notes/": cut in its host
    if not url.endswith(_OPEN_END) and _BREAK_BEFORE.match(core) and _DOI_OR_PATH.search(url):
        return True  # "…/nts.2021" + ".017.": broken before its dot (Chicago's, SBL's rule)
    if core.startswith("/") and _BREAK_BEFORE.match(core) and _HOST_ONLY.search(url):
        return True  # "https://research.example.org" + "/theses/x": broken before the path
    if not url.endswith(_OPEN_END) or not core or _LABEL.match(tok):
        return False  # "https://a.org/b." + "doi:10.1/x": a new address, not the rest
    if url.endswith(("-", "_")) and core[0].isalnum() and not core[0].isupper():
        return True  # "…/market-" + "report.pdf": the hyphen belongs to the address
    if _PREFIX_ONLY.search(url) and _SUFFIX.match(core):
        return True  # "https://doi.org/10.2307/" + "833071.": a DOI's suffix
    if _PATHISH.search(core) or _HOST.match(core):
        return True  # "about-net/phase-two", "consumerfinance.gov/f/…", "report.pdf"
    if url.endswith(".") and _DOI_PART.search(url) and _RECORD.match(core):
        return True  # "…/10.5281/zenodo." + "7712345", "…/journal.pone." + "0123456"
    alone = not after or after.startswith(("(", "[", "<"))
    if alone and _NUMBER_CUT.search(url) and _NUMBER_REST.match(core):
        return True  # "…/abs/2209." + "03048": an arXiv-style number's rest
    alone = not after or after.startswith(("(", "[", "<"))
    if alone and url.endswith("/") and _RECORD_CODE.match(core):
        return True  # "…/objekt/" + "M2853": a record's code, letters and digits, alone
    return alone and bool(_SLUG.match(core) or (_WORD.match(core) and not core.isdigit()))


# A SICI DOI (Wiley's older DOIs): "10.1002/(SICI)1099-1662(199809)14:3<211::AID-RDS412>3.0.CO;2-K",
# the ISSN, the date in brackets, volume and issue, then "<start::AID-item>" and a check
# part.  One cut before its "<…>" pair has not ended; its rest starts with the volume and
# issue or the pair and holds the pair's "::" whole.
_SICI_HEAD = lazy_compile(r"^10\.\d{4,9}/\(sici\)[^\s<>]*$", re.I)
_SICI_REST = lazy_compile(r"^[\w().:;-]*<[^\s<>]*::[^\s<>]*>[\w.;#-]+$")


def sici_continues(url: str, following: str) -> bool:
    """Is ``following`` the rest of a SICI DOI ``url`` cut before its ``<…::…>`` part?"""
    if not _SICI_HEAD.match(url):
        return False
    rest = following.split(None, 1)
    return bool(rest) and bool(_SICI_REST.match(rest[0].rstrip(".,;")))


def join_wrapped_urls(
    parts: Sequence[tuple[str, int]],
) -> tuple[list[tuple[str, int]], list[tuple[int, str]]]:
    """Join the lines ``(text, line)`` of one note where an address was wrapped.

    Returns the parts (a joined line keeps the line number of its first part) and, for
    each join, the line where the address starts and the joined address.
    """
    out: list[tuple[str, int]] = []
    joins: list[tuple[int, str]] = []
    for text, line in parts:
        if out and url_continues(out[-1][0], text):
            head, start = out[-1]
            tail = _tail(head)
            rest = text.lstrip()
            if tail is not None and typeset_hyphen(tail[1], rest.split(None, 1)[0]):
                head = head.rstrip()[:-1]
            joined = head.rstrip() + rest
            url = joined[tail[0] :].split()[0] if tail else ""
            url = _CJK_STOP.split(url, 1)[0]  # "…data_892（2023年5月4日访问）": the address ends
            out[-1] = (joined, start)
            joins.append((start, url.rstrip(_CLOSERS)))
        else:
            out.append((text, line))
    return out, joins


def typeset_hyphen(url: str, following: str) -> bool:
    """Is the hyphen that ends ``url``, a DOI broken at a line end before the token
    ``following``, one a typesetter added (a number broken: ``…/TSE.2019.29-`` /
    ``12345``) rather than the DOI's own?"""
    doi = _DOI_START.search(url)
    if doi is None or not url.endswith("-"):
        return False
    suffix = url[doi.end() : -1]
    if not suffix[-1:].isdigit() or not following[:1].isdigit():
        return False
    if "-" in suffix or "-" in following:
        return False  # hyphens of its own: "978-3-030-12-" / "345-6_7"
    return not (_ISSN_HEAD.search(suffix[-5:]) and _ISSN_TAIL.match(following))


class Hyphen(Enum):
    """What a hyphen at a line end is (:func:`line_end_hyphen`)."""

    NONE = "none"  # no word hyphen there (or an address, or a script without case)
    SOFT = "soft"  # the typesetter's: dropped, the word joined ("contem-" / "porary")
    HARD = "hard"  # the word's own: kept, joined with no space ("Tenant-" / "Screening")


_LAST_WORD = lazy_compile(r"(?:^|\s)(?P<word>\S*?[^\W_])-$")


def line_end_hyphen(line: str, following: str, language: str | None = None) -> Hyphen:
    """Is the hyphen that ends ``line`` (a word's last character, a word on ``following``
    next) a typesetter's soft hyphen or the word's own?

    The word's own when the continuation starts with a capital or a digit
    (``Tenant-`` / ``Screening``, ``COVID-`` / ``19``), when the part before it is
    written in capitals, ends with a digit or is a single letter (``MEMS-`` / ``based``,
    ``3-`` / ``dimensional``, ``e-`` / ``mail``: a typesetter leaves at least two letters
    before a break) or when the word already has a hyphen (``state-of-`` / ``the-art``).
    A lower-case continuation after any other word is hyphenation (``contem-`` /
    ``porary``), unless the two parts have a hyphenated compound's shape
    (:func:`~bibcheck.readers.compoundhyphen.compound_hyphen`: ``cross-`` / ``sectional``,
    ``anak-`` / ``anak``, ``peut-`` / ``être``; ``language``: the document's, when known).
    A hyphen in an address is left to :func:`join_wrapped_urls` (``\\url``
    and pdftotext add none); a continuation in a script without case (Arabic, Han) is not
    joined here.
    """
    text = line.rstrip()
    m = _LAST_WORD.search(text)
    nxt = following.lstrip()[:1]
    if m is None or not nxt or _tail(text) is not None:
        return Hyphen.NONE
    word = m.group("word").lstrip("([{\"'‘“«")
    if "/" in word or not (nxt.isalpha() or nxt.isdigit()):
        return Hyphen.NONE
    if nxt.isupper() or nxt.isdigit():
        return Hyphen.HARD
    if not nxt.islower():
        return Hyphen.NONE  # a script without case: as before, not joined here
    letters = [c for c in word if c.isalpha()]
    if "-" in word or word[-1].isdigit() or len(letters) < 2 or all(c.isupper() for c in letters):
        return Hyphen.HARD
    if word.casefold() in _ARABIC_PREFIXES and _TRANSLITERATED.search(
        text + " " + following.lstrip().split(" ", 1)[0]
    ):
        return Hyphen.HARD  # "bi-dhikr al-" / "khiṭaṭ": the article's own hyphen
    if _shaped(word, following, language):
        return Hyphen.HARD  # "cross-" / "sectional", "anak-" / "anak"
    return Hyphen.SOFT


def _shaped(word: str, following: str, language: str | None) -> bool:
    """Do ``word`` (before a line-end hyphen) and ``following`` have a hyphenated
    compound's shape (:func:`~bibcheck.readers.compoundhyphen.compound_hyphen`)?"""
    head = _COMPOUND_HEAD.search(word)
    tail = _COMPOUND_TAIL.match(following.lstrip())
    return bool(head and tail and compound_hyphen(head.group(0), tail.group(0), language))


# the last word before a line-end hyphen ("c'est" with its apostrophe) and the first after
_COMPOUND_HEAD = lazy_compile(r"(?:[^\W\d_]+['’])?[^\W\d_]+$")
_COMPOUND_TAIL = lazy_compile(r"[^\W\d_]+")


# the Arabic article and the prefixes transliteration joins to the word by a hyphen
# ("al-khiṭaṭ", "wa-l-iʿtibār", "bi-dhikr"), the hyphen theirs where the text is
# transliterated (a letter with a macron or a dot below, an ayn or hamza); in English
# "al-" / "ready" is a typesetter's break
_ARABIC_PREFIXES = frozenset({"al", "el", "wa", "bi", "li", "fi"})
_TRANSLITERATED = lazy_compile(r"[āīūḥṭṣḍẓḏṯġʿʾĀĪŪḤṬṢḌẒ]")


def join_hyphen(
    line: str,
    following: str,
    printed: Printed | None = None,
    written: Collection[str] = (),
    language: str | None = None,
) -> tuple[str, str] | None:
    """``line`` with the first word of ``following`` joined to it across a hyphen at its
    end (dropped if soft, kept if the word's own), and the rest of ``following``; None if
    ``line`` does not end with a word's hyphen (:func:`line_end_hyphen`).  A soft-looking
    hyphen is the word's own where the document prints the word with it inside a line
    (``printed``, :func:`printed_hyphens`: ``low-`` / ``voltage`` in a text that writes
    ``low-voltage``); a hyphen kept for a compound's shape alone (``non-`` / ``invasive``)
    is a typesetter's where the document writes the word joined and not with it
    (``written``: its words in lower case, ``noninvasive``).  ``language``: the document's,
    when known (:func:`~bibcheck.readers.bodylanguage.document_language`)."""
    kind = hyphen_kind(line, following, printed, written, language)
    if kind is Hyphen.NONE:
        return None
    head = line.rstrip()
    word, _, rest = following.strip().partition(" ")
    return (head[:-1] if kind is Hyphen.SOFT else head) + word, rest.strip()


def hyphen_kind(
    line: str,
    following: str,
    printed: Printed | None = None,
    written: Collection[str] = (),
    language: str | None = None,
) -> Hyphen:
    """:func:`line_end_hyphen`, told again by how the document writes the word
    (``printed``, ``written``, ``language``: see :func:`join_hyphen`)."""
    kind = line_end_hyphen(line, following, language)
    if kind is Hyphen.NONE or not (printed or written):
        return kind
    head = line.rstrip()
    word = following.strip().partition(" ")[0]
    if kind is Hyphen.SOFT and printed and _printed_compound(head, word, printed):
        return Hyphen.HARD
    if (
        kind is Hyphen.HARD
        and written
        and (
            _written_joined(head, word, printed or {}, written, language)
            or _capitals_joined(head, word, printed or {}, written)
        )
    ):
        return Hyphen.SOFT
    return kind


def _written_joined(
    head: str, word: str, printed: Printed, written: Collection[str], language: str | None = None
) -> bool:
    """Is the hyphen ending ``head`` kept for a compound's shape alone
    (:func:`_shaped`), while the document writes the word joined (``written``) and never
    prints it with that hyphen (``printed``)?"""
    before = _LETTERS.findall(head[:-1])[-1:]
    after = _LETTERS.match(word)
    if not before or after is None or not head[:-1].endswith(before[0]):
        return False
    key = ((before[0] + after.group(0)).lower(), len(before[0]))
    if key[0] not in written or key in printed:
        return False
    return line_end_hyphen(head, word, language) is Hyphen.HARD and not _hard_by_case(head, word)


def _capitals_joined(head: str, word: str, printed: Printed, written: Collection[str]) -> bool:
    """Is the hyphen ending ``head`` a typesetter's break inside a word set in capitals
    (a family name in an ISO 690 or Chicago-in-capitals list: ``KRAJ-`` / ``ČOVIČ,``),
    the document writing the word joined elsewhere (``Krajčovič`` in a citation:
    ``written``) and never with a hyphen there (``printed``: ``LÉVI-`` / ``STRAUSS`` stays,
    the text writing ``Lévi-Strauss``)?  Both parts are capitals of two letters or more,
    the part before the hyphen a word of its own (no hyphen, no digit)."""
    m = _LAST_WORD.search(head)
    after = _LETTERS.match(word)
    if m is None or after is None:
        return False
    before = m.group("word").lstrip("([{\"'‘“«")
    tail = after.group(0)
    if not _LETTERS.fullmatch(before) or len(before) < 2 or len(tail) < 2:
        return False
    if not (before.isupper() and tail.isupper()):
        return False
    key = ((before + tail).lower(), len(before))
    return key[0] in written and key not in printed


def _hard_by_case(line: str, following: str) -> bool:
    """Is the hyphen ending ``line`` the word's own for a reason other than a compound's
    shape (a capital or a digit next, an acronym or one letter before it)?"""
    m = _LAST_WORD.search(line.rstrip())
    nxt = following.lstrip()[:1]
    if m is None or not nxt.islower():
        return True
    word = m.group("word").lstrip("([{\"'‘“«")
    letters = [c for c in word if c.isalpha()]
    return (
        "-" in word
        or word[-1].isdigit()
        or len(letters) < 2
        or all(c.isupper() for c in letters)
        or word.casefold() in _ARABIC_PREFIXES
    )


def _printed_compound(head: str, word: str, printed: Printed) -> bool:
    """Does the document print the word that ``head`` (ending in its hyphen) and ``word``
    make with a hyphen there?"""
    before = _LETTERS.findall(head[:-1])[-1:]
    after = _LETTERS.match(word)
    if not before or after is None or not head[:-1].endswith(before[0]):
        return False
    return ((before[0] + after.group(0)).lower(), len(before[0])) in printed


def join_hyphenated(
    parts: Sequence[tuple[str, int]], printed: Printed | None = None, language: str | None = None
) -> list[tuple[str, int]]:
    """Words hyphenated at line ends (``Scandina-`` / ``vian harbours``) joined again, a
    word's own hyphen kept (:func:`line_end_hyphen`; ``printed``: the words the document
    prints with a hyphen, :func:`printed_hyphens`; ``language``: the document's, when
    known); an address is left to :func:`join_wrapped_urls`."""
    out = [(text.strip(), line) for text, line in parts]
    for j in range(len(out) - 1):
        text, line = out[j]
        following, after = out[j + 1]
        joined = join_hyphen(text, following, printed, language=language)
        if joined is not None and not url_continues(text, following):
            out[j] = (joined[0], line)
            out[j + 1] = (joined[1], after)
    return [(text, line) for text, line in out if text]


_NEIGHBOURS = 5  # lines either side whose length is the column's width
_LONGER = 8  # a joined line is longer than its neighbours by at least a short word
_OVER = 5  # a hyphenated line may run past its neighbours by a short syllable
_GUTTER = lazy_compile(r"\S {3,}\S")  # -layout output: columns apart by wide gaps
_TOKEN = lazy_compile(r"\S+")
_LONGEST = 60  # a longer token is no word (an address, a formula): not looked into


_WORDS = lazy_compile(r"[^\W_]+")
_LETTERS = lazy_compile(r"[^\W\d_]+")
# "in-differences" after "Difference": a small word, its hyphen, then the first word again
_LINKED = lazy_compile(r"(?P<small>[^\W\d_]{1,4})-(?P<again>[^\W\d_]+)")
# Within a line: a word's own hyphen ("decision-making") or a suspended one ("Fifteenth- and")
_PRINTED = lazy_compile(r"(?<![^\W\d_])(?P<head>[^\W\d_]+)-(?P<gap> ?)(?P<tail>[^\W\d_]+)")

# How the document prints a word with a hyphen: the word's letters (lower case) and where
# the hyphen stands -> the hyphen ("-", or "- " where it is suspended: "Fifteenth- and")
Printed = dict[tuple[str, int], str]


def printed_hyphens(lines: Sequence[str]) -> Printed:
    """The words the document prints with a hyphen inside one line (``decision-making``,
    ``Fifteenth- and``), by their letters joined and the hyphen's place; only those it
    prints so at least as often as joined, one joined aside (the converter's join at
    hand): a document that writes ``burnout`` throughout and quotes ``Burn-out`` once in
    a title has the word without a hyphen."""
    forms: dict[tuple[str, int], tuple[str, int]] = {}
    for line in lines:
        for m in _PRINTED.finditer(line):
            head, tail = m.group("head"), m.group("tail")
            key = ((head + tail).lower(), len(head))
            hyphen, count = forms.get(key, ("-" + m.group("gap"), 0))
            forms[key] = (hyphen, count + 1)
    joined = Counter(w.lower() for line in lines for w in _LETTERS.findall(line))
    return {key: hyphen for key, (hyphen, count) in forms.items() if joined[key[0]] <= count + 1}


def document_words(lines: Sequence[str]) -> frozenset[str]:
    """The words of ``lines`` in lower case (what the document writes joined)."""
    return frozenset(w.lower() for line in lines for w in _LETTERS.findall(line))


def _run_at(word: str, k: int) -> tuple[str, int] | None:
    """The run of letters in ``word`` around its ``k``-th character, and ``k`` in it."""
    for m in _LETTERS.finditer(word):
        if m.start() < k < m.end():
            return m.group(0), k - m.start()
    return None


def _hyphen_dropped(word: str, k: int, seen: Counter[str], printed: Printed) -> str | None:
    """The hyphen (``"-"``; ``"- "`` if suspended) that ``word`` had before its ``k``-th
    character and the converter dropped, or None.

    Evidence of one: the document prints the word elsewhere with its hyphen there
    (``decision-making``; ``Fifteenth- and``); a small word joined to the word before it
    and that word again after the small word's own hyphen (``Differencein-differences``,
    ``endto-end``); its case changes there as no word's does (``Tenant|Screening``) or an
    acronym of the document ends there (``DDR|Wirtschaft``, ``MEMS|based``: ``DDR`` and
    ``MEMS`` are words elsewhere in it).  The last two only if the word as printed is not
    one the document writes elsewhere (a name in camel case, ``BatchVolt``, recurs)."""
    before, after = word[:k], word[k:]
    if len(before) < 2 or len(after) < 2:
        return None
    run = _run_at(word, k)
    if run is not None and (run[0].lower(), run[1]) in printed:
        return printed[run[0].lower(), run[1]]
    head = _LETTERS.findall(before)[-1:]
    linked = _LINKED.fullmatch(after)
    if linked and head and len(head[0]) >= 3 and linked.group("small").islower():
        again = linked.group("again").lower()
        if again in (head[0].lower(), head[0].lower() + "s"):
            return "-"  # "Difference|in-differences": the same word either side
    if len(after) < 3 or not after[:3].isalpha():
        return None
    joined = _WORDS.findall(word)
    if not joined or any(seen[w] > 1 for w in joined):
        return None
    pair = before[-2:]
    if pair.isalpha() and pair.islower() and after[0].isupper() and after[1:3].islower():
        return "-"  # "Tenant|Screening" (a capital after two small letters)
    caps = _WORDS.findall(before)[-1:]
    if caps and caps[0].isupper() and len(caps[0]) >= 2 and seen[caps[0]] > 0:
        # an acronym the document uses, then a capitalised or a lower-case word
        if (after[0].isupper() and after[1:3].islower()) or after[:3].islower():
            return "-"
    return None


def _joined_at(
    line: str, near: Sequence[int], seen: Counter[str], printed: Printed
) -> tuple[int, str] | None:
    text = line.rstrip()
    sizes = sorted((n for n in near if n), reverse=True)
    if len(sizes) < 2 or len(text) < sizes[1] + _LONGER or _GUTTER.search(text.strip()):
        return None
    low, high = sizes[len(sizes) // 2] * 3 // 5, sizes[0] + _OVER
    found = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if "/" in word or "@" in word or len(word) > _LONGEST or m.end() < low:
            continue
        if m.start() > high:
            break
        for k in range(2, len(word) - 1):
            if low <= m.start() + k <= high:
                hyphen = _hyphen_dropped(word, k, seen, printed)
                if hyphen is not None:
                    found.append((m.start() + k, hyphen))
    return found[0] if len(found) == 1 else None


def joined_hyphen_at(
    line: str, near: Sequence[int], seen: Counter[str], printed: Printed | None = None
) -> int | None:
    """Where in ``line`` a hyphen that ended a line was dropped by the converter, or
    None (``near``: the lengths of the lines around it; ``seen``: how often each word
    occurs in the document; ``printed``: the words it prints with a hyphen,
    :func:`printed_hyphens`).

    ``pdftotext`` (without ``-layout``) drops the hyphen that ends a line and joins the
    next line to it, whatever the hyphen: ``Tenant-`` / ``Screening`` comes out as one
    line with ``TenantScreening``.  Such a line is longer than the lines of its column
    (all but perhaps one of those nearby: the longest may be joined too, or run over a
    gutter), and the join lies near the column's edge: past three fifths of the nearby
    lines' middle length, not more than a short syllable past the longest.  A word there
    with evidence of a hyphen (:func:`_hyphen_dropped`) had it.  Only one such place may
    be found, else nothing is said.  Addresses are left as they are.
    """
    found = _joined_at(line, near, seen, printed or {})
    return None if found is None else found[0]


def restore_joined_hyphens(lines: Sequence[str]) -> list[str]:
    """The lines of converted text with each hyphen the converter dropped where it
    joined two lines put back (:func:`joined_hyphen_at`; a suspended one with its space:
    ``Fifteenth- and``)."""
    out = restore_slug_hyphens([restore_issn_hyphen(line) for line in lines])
    seen = Counter(w for line in lines for w in _WORDS.findall(line))
    printed = printed_hyphens(lines)
    sizes = [len(line.rstrip()) for line in lines]
    for i, line in enumerate(lines):
        near = sizes[max(0, i - _NEIGHBOURS) : i] + sizes[i + 1 : i + 1 + _NEIGHBOURS]
        found = _joined_at(line, near, seen, printed)
        if found is not None:
            at, hyphen = found
            out[i] = f"{out[i][:at]}{hyphen}{out[i][at:]}"
    return out


# An Elsevier-style DOI of a serial item: the journal's ISSN, the year in brackets, the
# item ("10.1016/0165-1781(89)90047-4"); the ISSN's hyphen lost at a line end
_SERIAL_DOI = lazy_compile(r"(?<![\w.])10\.\d{4,9}/(?P<issn>\d{7}[\dXx])(?=\(\d{2}\)\d)")


def _issn_valid(issn: str) -> bool:
    """Does ``issn`` (eight characters, no hyphen) end with its check digit?"""
    total = sum(int(c) * (8 - i) for i, c in enumerate(issn[:7]))
    check = (11 - total % 11) % 11
    return issn[7].upper() == ("X" if check == 10 else str(check))


def restore_issn_hyphen(line: str) -> str:
    """``line`` with the hyphen of an ISSN put back inside a DOI that starts with one
    (``10.1016/01651781(89)90047-4`` -> ``10.1016/0165-1781(89)…``): the ISSN, then
    the year in brackets, the shape of a serial item's DOI, and the eight digits end with
    the ISSN's check digit; a DOI never writes an ISSN without its hyphen."""
    out, last = [], 0
    for m in _SERIAL_DOI.finditer(line):
        if _issn_valid(m.group("issn")):
            out.append(line[last : m.start("issn") + 4] + "-")
            last = m.start("issn") + 4
    return "".join(out) + line[last:]


_URL = lazy_compile(r"(?:https?|ftp)://[^\s<>\"]+", re.I)
_SLUG_WORD = lazy_compile(r"[^\W_]+")


def _word_pairs(lines: Sequence[str]) -> dict[tuple[str, str, str], int]:
    """Two words next to each other in the running text, joined (lower case), with the
    word before and the word after them (``""`` at either end of a slug): -> where the
    second word starts in the joined pair."""
    words: list[str] = []
    for line in lines:
        for token in line.split():
            core = token.strip(".,;:!?()[]{}\"'“”‘’«»")
            words.append(core.lower() if _SLUG_WORD.fullmatch(core) else "")
    pairs: dict[tuple[str, str, str], int] = {}
    for j in range(len(words) - 1):
        first, second = words[j], words[j + 1]
        if not first or not second:
            continue
        before = words[j - 1] if j else ""
        after = words[j + 2] if j + 2 < len(words) else ""
        for key in ((before, after), (before, ""), ("", after)):
            pairs.setdefault((first + second, *key), len(first))
    return pairs


def _slug_hyphens(url: str, pairs: dict[tuple[str, str, str], int]) -> str:
    segments = url.split("/")
    for n, segment in enumerate(segments):
        pieces = segment.split("-")
        if len(pieces) < 3 or "?" in segment or "." in segment:
            continue
        for i, piece in enumerate(pieces):
            before = pieces[i - 1].lower() if i else ""
            after = pieces[i + 1].lower() if i + 1 < len(pieces) else ""
            at = pairs.get((piece.lower(), before, after))
            if at is not None and 0 < at < len(piece):
                pieces[i] = f"{piece[:at]}-{piece[at:]}"
        segments[n] = "-".join(pieces)
    return "/".join(segments)


def restore_slug_hyphens(lines: Sequence[str]) -> list[str]:
    """The lines with a hyphen put back in an address's slug (a path segment of words
    joined by hyphens, ``tenant-screening-reportsmake-it-hard``) where two words of it
    are joined with none and the document's text has those two words next to each other
    between the slug's words on either side (``Screening Reports Make It``): a slug
    spells a title with a hyphen between every two words, so the two words lost theirs
    where the converter joined a line that ended with it."""
    pairs = _word_pairs(lines)
    out = []
    for line in lines:
        last, parts = 0, []
        for m in _URL.finditer(line):
            url = m.group(0).rstrip(_CLOSERS)
            parts.append(line[last : m.start()] + _slug_hyphens(url, pairs))
            last = m.start() + len(url)
        out.append("".join(parts) + line[last:])
    return out


# Scripts written without spaces between words: Han (with its extension A and the
# compatibility ideographs), kana, and the full-width punctuation of Chinese and Japanese.
# Hangul is not among them: Korean puts a space between words, and a Korean line wrapped
# at the column edge is most often wrapped at such a space.
_UNSPACED = (
    r"\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff01-\uff60"
)
_CJK_END = lazy_compile(rf"[{_UNSPACED}]$")
_CJK_START = lazy_compile(rf"^[{_UNSPACED}]")


def join_cjk_wraps(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines broken at the column edge inside Chinese or Japanese text (``统计公`` / ``报``,
    ``村落`` / ``の祭祀``) joined with no space: in those scripts a line break is no word
    space.  A break with a Latin word, a digit or Hangul on either side is left alone (the
    reader joins it with a space).  The joined line keeps the number of its first part."""
    out: list[tuple[str, int]] = []
    for text, line in parts:
        stripped = text.strip()
        head = out[-1][0].rstrip() if out else ""
        if stripped and _CJK_END.search(head) and _CJK_START.match(stripped):
            out[-1] = (head + stripped, out[-1][1])
        else:
            out.append((text, line))
    return out


_RANGE_OPEN = lazy_compile(r"(?<![\w/.-])\d{1,6}\s?[-–—]$")
_RANGE_CLOSE = lazy_compile(r"^\d{1,6}(?![\w/-])")


def range_continues(line: str, following: str) -> bool:
    """Does ``following`` start with the rest of a page range that ``line`` breaks after
    its dash (``Mill History 4 (2): 198-`` / ``  214. https://…``): a number above the
    range's first, written whole or shortened (``201-`` / ``19.``)?  A number not above it
    (``212-`` / ``1. Jones``: ``211``) is none."""
    opened = _RANGE_OPEN.search(line.rstrip())
    closed = _RANGE_CLOSE.match(following.strip())
    if opened is None or closed is None:
        return False
    first, last = re.sub(r"\D", "", opened.group()), closed.group()
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return int(last) > int(first)


def join_broken_ranges(parts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """A page range broken after its dash at a line end (``34(5): 112-`` / ``123.``)
    joined again with no space; an address is left to :func:`join_wrapped_urls`."""
    out: list[tuple[str, int]] = []
    for text, line in parts:
        stripped = text.strip()
        head = out[-1][0].rstrip() if out else ""
        if _RANGE_OPEN.search(head) and _RANGE_CLOSE.match(stripped):
            out[-1] = (head + stripped, out[-1][1])
        else:
            out.append((text, line))
    return out
