"""Citation fields in a numeric style: the printed numbers are the citations.

A citation manager in a numeric style (IEEE, Vancouver, Nature) renders each citation
field as numbers, ``[1]``, ``[2, 3]``, ``[4]–[6]``, ``¹``, and its list as a numbered
list.  The reader of the document sees the numbers, so the citations are labelled with
them (ranges expanded as the plain-text reader does) and the literature is the printed
list.  The field still says which work each number is: the n-th printed number of a
field is its n-th cited item.  That tie is checked against the printed list (the entry
with that number should show the work's title); where they agree, the entry's reference
is the work's record (:func:`from_record`: the style printed the entry from it, and its
title, authors, year and numbers are fields, where the printed text runs them together:
"Broach, J. and J. Thorner, Title. Nature, 1996. 384(6604)"), with what the record lacks
taken from the printed text.  A disagreement is an anomaly (a title the entry does not
show, a year it does not print: both values said), and an entry whose tie is in doubt is
left as printed.  A note made from an entry (its text at the citation) says nothing the
entry does not: its reference has no anomalies of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.readers.plaintext import expand, numeric_citations
from bibcheck.text import title_key

__all__ = [
    "PrintedCite",
    "Ties",
    "enriched",
    "from_record",
    "printed_numbers",
    "tie_numbers",
    "works_by_number",
    "year_differs",
]

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁼", "0123456789-=")
# "1", "(2, 3)", "4-6", "¹,³" (a superscript style): numbers only, in brackets or none
_BARE = lazy_compile(r"^[(\[]?\s*(\d{1,4}(?:\s*[-–—,;]\s*\d{1,4})*)\s*[)\]]?\.?$")
_MAX_DIGITS = 3  # a printed list of a thousand entries is no document's
_BETWEEN = lazy_compile(r"^[\s,;–—-]*$")  # what may stand between bracketed numbers


def printed_numbers(shown: str) -> list[str] | None:
    """The numbers a field's visible text prints ("[2], [3]" -> 2, 3; "[4]–[6]" -> 4, 5,
    6; "¹⁻³" -> 1, 2, 3), or None when the text is not numbers only ("(Smith, 2019)")."""
    text = " ".join(shown.translate(_SUPERSCRIPT).split())
    if not text:
        return None
    found = numeric_citations(text)
    numbers: list[str] = []
    if found:
        pos = 0
        for start, end, labels in found:
            if not _BETWEEN.match(text[pos:start]):
                return None
            numbers.extend(labels)
            pos = end
        if not _BETWEEN.match(text[pos:]):
            return None
    else:
        m = _BARE.match(text)
        if m is None:
            return None
        numbers = expand(m.group(1))
    # "(2019)": an author-date citation with its author suppressed, not entry 2019
    return numbers if all(len(n) <= _MAX_DIGITS for n in numbers) else None


@dataclass(frozen=True, slots=True)
class PrintedCite:
    """A numeric citation field: where it is, what it prints and which works it cites."""

    line: int
    shown: str
    numbers: tuple[str, ...]
    keys: tuple[str, ...]
    manager: str


@dataclass(slots=True)
class Ties:
    """Which work each printed number is, as the fields tie them and the list agrees."""

    work: dict[str, str] = field(default_factory=dict)  # number -> key
    doubtful: set[str] = field(default_factory=set)  # numbers the fields and list disagree on
    anomalies: list[Anomaly] = field(default_factory=list)


def tie_numbers(
    cites: Sequence[PrintedCite],
    entry_work: Callable[[str], str | None],
    title_of: Callable[[str], str],
    shows: Callable[[str, str], bool],
    printed: Callable[[str], str | None] = lambda n: None,
) -> Ties:
    """Number -> the key of the work it prints, from the fields, checked against the list.

    ``entry_work(n)``: the work the printed entry n shows (by its title), None when the
    entry shows no work the fields know or there is no entry n; ``shows(n, key)``: may
    entry n be that work (no entry n, a work without title, or most of its title's words
    printed in it)?  ``printed(n)``: the text of entry n (quoted beside the work's title
    when the entry does not show it).  Where a field's order of items differs from its
    numbers but the list ties the same numbers to the same works, the list's tie is taken
    (the same works, ordered by the style).
    """
    ties = Ties()
    number_of: dict[str, str] = {}

    def differs(line: int, n: str, text: str) -> None:
        ties.doubtful.add(n)
        ties.anomalies.append(
            Anomaly(
                AnomalyCode.LITERATURE_TITLE_DIFFERS,
                text,
                line,
                footnote=n,
                literature_entry=int(n),
            )
        )

    for cite in cites:
        where = f"a {cite.manager} citation field printed {cite.shown!r}"
        if len(cite.numbers) != len(cite.keys):
            ties.doubtful.update(cite.numbers)
            ties.anomalies.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"{where} ({len(cite.numbers)} number(s)) cites {len(cite.keys)} work(s): "
                    "which number is which work is not known, so the list entries are read "
                    "as printed",
                    cite.line,
                )
            )
            continue
        listed = [entry_work(n) for n in cite.numbers]
        # one work in two records of the manager's library (imported twice): the style
        # prints it once, under the entry's record
        keys = [
            w if w is not None and w != k and _same_title(title_of(w), title_of(k)) else k
            for k, w in zip(cite.keys, listed, strict=True)
        ]
        pairs = list(zip(cite.numbers, keys, listed, strict=True))
        if any(w is not None and w != k for _, k, w in pairs):
            if None not in listed and sorted(str(w) for w in listed) == sorted(keys):
                pairs = [(n, str(w), w) for n, w in zip(cite.numbers, listed, strict=True)]
        for n, k, w in pairs:
            if w != k and (w is not None or not shows(n, k)):
                text = printed(n)
                shown = f" (it prints {_snippet(text)!r})" if text else ""
                other = f"shows {title_of(w)!r}" if w is not None else f"does not show it{shown}"
                differs(
                    cite.line,
                    n,
                    f"{where}: its number {n} is the work {title_of(k)!r}, but list entry "
                    f"{n} {other}; entry {n} is read as printed",
                )
                continue
            if ties.work.setdefault(n, k) != k:
                differs(
                    cite.line,
                    n,
                    f"{where}: its number {n} is the work {title_of(k)!r}, but "
                    f"{title_of(ties.work[n])!r} in an earlier citation",
                )
            if number_of.setdefault(k, n) != n:
                ties.anomalies.append(
                    Anomaly(
                        AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                        f"{where}: the work {title_of(k)!r} is number {n} here but "
                        f"{number_of[k]} in an earlier citation (one work, two entries?)",
                        cite.line,
                        literature_entry=int(n),
                    )
                )
    return ties


_SNIPPET = 120  # characters of a printed entry quoted in an anomaly


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _same_title(one: str, other: str) -> bool:
    return bool(title_key(one)) and title_key(one) == title_key(other)


def enriched(printed: Reference, work: Reference) -> Reference:
    """The printed entry with what it lacks taken from the work's structured data (a
    field the printed entry has is kept as printed)."""
    changes: dict[str, object] = {}
    if not printed.title and work.title:
        changes["title"] = work.title
    if not printed.authors and work.authors:
        changes["authors"] = work.authors
    if printed.year is None and work.year is not None:
        changes["year"] = work.year
        changes["year_raw"] = printed.year_raw or work.year_raw
    if not printed.doi and work.doi:
        changes["doi"] = work.doi
    if not printed.url and work.url:
        changes.update(url=work.url, url_raw=work.url_raw, url_display=work.url_display)
    for name in ("host", "volume", "issue", "publisher", "place"):
        if getattr(printed, name) is None and getattr(work, name) is not None:
            changes[name] = getattr(work, name)
    return replace(printed, **changes) if changes else printed  # type: ignore[arg-type]


# What a printed entry's parse says that the work's record makes moot: the text not read
# into fields, a number taken for a year (an issue, "384(6604)"), the style's period after
# an address (the record's address is used)
_MOOT_WITH_TITLE = frozenset({AnomalyCode.REFERENCE_UNPARSED, AnomalyCode.YEAR_MALFORMED})
_MOOT_WITH_URL = frozenset({AnomalyCode.URL_TRAILING_PUNCTUATION})
_FROM_PRINT = ("title", "authors", "host", "volume", "issue", "publisher", "place", "pages", "doi")
_YEAR = lazy_compile(r"(?<![\d/.:-])(1[5-9]\d\d|20\d\d)(?![\d/])")


def from_record(printed: Reference, work: Reference) -> Reference:
    """The entry's reference from the work's structured record (the manager's field holds
    the record the style printed from: its title, authors, year and numbers are the work's,
    where the printed text has them run together), at the printed entry's place and with
    its text; a field the record lacks is taken from the printed entry."""
    changes: dict[str, object] = {
        name: getattr(printed, name)
        for name in _FROM_PRINT
        if not getattr(work, name) and getattr(printed, name)
    }
    # the field keeps the record as it was when the citation was inserted; the list is
    # rendered from the library's record, which may since have gained authors or a subtitle
    if _more_authors(printed.authors, work.authors):
        changes["authors"] = printed.authors
    if printed.title and work.title and _with_subtitle(printed.title, work.title):
        changes["title"] = printed.title
    if work.year is None and printed.year is not None:
        changes.update(year=printed.year, year_raw=printed.year_raw)
    if not work.url and printed.url:
        changes.update(url=printed.url, url_raw=printed.url_raw, url_display=printed.url_display)
    if work.kind is RefKind.UNKNOWN:
        changes["kind"] = printed.kind
    # the printed address is the record's (its URL, or its DOI's address)
    recorded = bool(work.url) or bool(
        work.doi and printed.url and work.doi.lower() in printed.url.lower()
    )
    moot = (_MOOT_WITH_TITLE if work.title else frozenset()) | (
        _MOOT_WITH_URL if recorded else frozenset()
    )
    kept = tuple(a for a in printed.anomalies if a.code not in moot)
    own = tuple(replace(a, line=printed.line) for a in work.anomalies)
    return replace(
        work,
        raw=printed.raw,
        line=printed.line,
        end_line=printed.end_line,
        style=printed.style,
        anomalies=kept + own,
        **changes,  # type: ignore[arg-type]
    )


_SUBTITLE = lazy_compile(r"\s*(?::|\.\s|\s[–—-]\s)\s*")
_WORDS = lazy_compile(r"[^\W\d_]+")


def _with_subtitle(printed: str, recorded: str) -> bool:
    """Is the printed title the record's title with a subtitle after it ("Title: a
    survey"; a year or a number run on after it is no subtitle)?"""
    m = _SUBTITLE.search(printed)
    if m is None or not _WORDS.search(printed[m.end() :]):
        return False
    return bool(title_key(recorded)) and title_key(printed[: m.start()]) == title_key(recorded)


def _family(name: str) -> str:
    """The folded family name of an author as a record or a printed entry writes it
    ("Qu, Xiaohui", "Strubell E", "Strubell" -> "strubell")."""
    head = name.split(",")[0] if "," in name else name
    words = _WORDS.findall(head.lower())
    long_words = [w for w in words if len(w) > 2 or w == words[0]]
    return long_words[0] if long_words else ""


def _more_authors(printed: Sequence[str], recorded: Sequence[str]) -> bool:
    """Does the printed entry name more authors, the record's first and in its order?"""
    if len(printed) <= len(recorded) or not recorded:
        return False
    return all(
        _family(r) and _family(r) in _WORDS.findall(p.lower())
        for r, p in zip(recorded, printed, strict=False)
    )


def year_differs(number: str, text: str, work: Reference, line: int) -> Anomaly | None:
    """List entry ``number`` (its printed ``text``) against its work's record: the entry
    prints years, none of them the record's year (both are said), or None."""
    if work.year is None:
        return None
    printed = list(dict.fromkeys(_YEAR.findall(text)))
    if not printed or str(work.year) in printed:
        return None
    return Anomaly(
        AnomalyCode.LITERATURE_YEAR_DIFFERS,
        f"list entry {number} prints the year {', '.join(printed)}, but the record of the "
        f"work in its citation field has {work.year}",
        line,
        literature_entry=int(number),
    )


def works_by_number(
    ties: Ties, numbers: Sequence[str], entry_work: Callable[[str], str | None]
) -> dict[str, str]:
    """Each printed entry's work: the fields' tie, else (an entry no field ties, nothing
    in doubt) the work whose title it shows."""
    found = {}
    for n in numbers:
        key = ties.work.get(n) if n in ties.work or n in ties.doubtful else entry_work(n)
        if key is not None and n not in ties.doubtful:
            found[n] = key
    return found
