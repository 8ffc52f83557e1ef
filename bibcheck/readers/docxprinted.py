"""Citation fields in a numeric style: the printed numbers are the citations.

A citation manager in a numeric style (IEEE, Vancouver, Nature) renders each citation
field as numbers, ``[1]``, ``[2, 3]``, ``[4]–[6]``, ``¹``, and its list as a numbered
list.  The reader of the document sees the numbers, so the citations are labelled with
them (ranges expanded as the plain-text reader does) and the literature is the printed
list.  The field still says which work each number is: the n-th printed number of a
field is its n-th cited item.  That tie is checked against the printed list (the entry
with that number should show the work's title); where they agree, the entry's reference
takes from the work what the printed text lacks (title, authors, year, DOI, URL …),
never replacing a field the printed entry has.  A disagreement is an anomaly, and the
entry is then left as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference
from bibcheck.readers.plaintext import expand, numeric_citations

__all__ = [
    "PrintedCite",
    "Ties",
    "enriched",
    "printed_numbers",
    "tie_numbers",
    "works_by_number",
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
) -> Ties:
    """Number -> the key of the work it prints, from the fields, checked against the list.

    ``entry_work(n)``: the work the printed entry n shows (by its title), None when the
    entry shows no work the fields know or there is no entry n; ``shows(n, key)``: may
    entry n be that work (no entry n, a work without title, or most of its title's words
    printed in it)?  Where a field's order of items differs from its numbers but the list
    ties the same numbers to the same works, the list's tie is taken (the same works,
    ordered by the style).
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
        pairs = list(zip(cite.numbers, cite.keys, listed, strict=True))
        if any(w is not None and w != k for _, k, w in pairs):
            if None not in listed and sorted(str(w) for w in listed) == sorted(cite.keys):
                pairs = [(n, str(w), w) for n, w in zip(cite.numbers, listed, strict=True)]
        for n, k, w in pairs:
            if w != k and (w is not None or not shows(n, k)):
                other = f"shows {title_of(w)!r}" if w is not None else "does not show it"
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
