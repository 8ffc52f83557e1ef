"""Citations by a citation manager in a Word document: markers, notes and literature.

Each citation field (:mod:`bibcheck.readers.docxfields`) is a citation at its place in
the body: a marker per cited work, labelled with the work's key, at the end of the
field's result (the visible "(Barnes et al., 2000)" stays the claim's text).  As for
the readers that cite by key (:mod:`bibcheck.readers.keyed`), each cited work is one
note whose reference is the work (from the field's CSL-JSON, Word's source store or an
EndNote record; pages from the citation's locator), and the literature is the
document's store of works, each once: Word's ``b:Sources`` and every work the fields
carry.  A key the store does not hold is ``citation-key-missing``.  A Word footnote
whose citation field cites one work takes that work as its reference; a Word CITATION
field in a note is also a citation of its own, at the note's mark.  An entry of the
rendered list is tied to the stored work it prints (:mod:`bibcheck.readers.docxrendered`).

Pandoc citations typed in Word text (``[@key]``, ``[see @key, p. 3]``, ``@key says``)
are read as the Pandoc reader reads them and resolved in ``--bibliography`` files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibliographyFile,
    RawMarker,
    RawNote,
    Reference,
)
from bibcheck.parse.claim_text import SCRIPT_STOP
from bibcheck.parse.matching import pages_conflict
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.readers.bibsource import Bibliography, Source, load
from bibcheck.readers.docxfields import (
    CiteItem,
    FieldKind,
    FieldMark,
    addin_name,
    field_kind,
    hand_edited,
    read_field,
    word_key,
)
from bibcheck.readers.docxprinted import (
    PrintedCite,
    from_record,
    printed_numbers,
    tie_numbers,
    works_by_number,
    year_differs,
)
from bibcheck.readers.docxrendered import (
    SHORT_TITLE,
    entry_label,
    leads_with,
    shows_title,
    without_addresses,
)
from bibcheck.readers.keyed import Cites, resolve
from bibcheck.readers.pandoc import citation_spans
from bibcheck.text import title_key

__all__ = ["Citations", "PandocKeys"]

_PAGES = lazy_compile(r"^(?:pp?\.?\s*|S\.\s*|с\.\s*)?(\d+[a-z]?(?:\s*[-–—]+\s*\d+[a-z]?)?)$", re.I)


# The managers that never write a note themselves: the author made the note and put the
# citation in it (Word's styles print in the text; EndNote's footnote styles cite into a
# footnote the author inserted), so the field is a citation of its own beside the note.
# Zotero and Mendeley with a note style write the note: the note is the citation.
_NEVER_NOTES = frozenset({"Word", "EndNote"})

_SHOWN = 0.75  # share of a work's title words its printed entry shows (a subtitle cut, a word
# abbreviated): below it, the entry is not that work


def pages_of(locator: str | None) -> str | None:
    """The pages a locator names ("45", "p. 12-14" -> "12–14"), or None."""
    m = _PAGES.match((locator or "").strip())
    return re.sub(r"\s*[-–—]+\s*", "–", m.group(1)) if m else None


def _folded(text: str) -> str:
    """A title as compared with a rendered entry ("&" and "and" are one)."""
    return f" {title_key(text.replace('&', ' and '))} "


@dataclass(slots=True)
class Citations:
    """The works a Word document's citation fields cite, and where."""

    items: dict[str, Mapping[str, Any]] = field(default_factory=dict)  # key -> CSL item
    first_line: dict[str, int] = field(default_factory=dict)
    cites: Cites = field(default_factory=Cites)
    locators: dict[str, str] = field(default_factory=dict)  # key -> first citation's pages
    # (paragraph, key, pages) of the locators after a work's first, each checked where it is
    later_locators: list[tuple[int, str, str]] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    # line, offset, key, printed as numbers
    markers: list[tuple[int, int, str, bool]] = field(default_factory=list)
    printed: list[PrintedCite] = field(default_factory=list)  # fields that print numbers
    spans: dict[int, list[tuple[int, int, list[str]]]] = field(default_factory=dict)
    fields: int = 0  # citation fields read
    _addins: dict[str, list[int]] = field(default_factory=dict)  # name -> [count, first line]
    _pages: dict[tuple[int, str], str] = field(default_factory=dict)  # (note line, key) -> pages
    _titles: list[tuple[str, str]] | None = None  # (folded title, key), longest first
    orders: dict[str, int] = field(default_factory=dict)  # key -> b:RefOrder (numeric styles)

    @classmethod
    def with_store(
        cls, sources: Sequence[tuple[str, Mapping[str, Any]]], orders: Mapping[str, int] = {}
    ) -> Citations:
        """Start from Word's source store ((tag, CSL item) in order; ``orders``: tag -> the
        number a numeric style prints the source with)."""
        found = cls(orders={word_key(tag): n for tag, n in orders.items()})
        for tag, item in sources:
            key = word_key(tag)
            if key in found.items:
                found.anomalies.append(
                    Anomaly(
                        AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                        f"Word's source store holds the tag {tag!r} twice; the first is used",
                    )
                )
                continue
            found.items[key] = {**item, "id": key}
        return found

    @property
    def store(self) -> bool:
        return bool(self.items)

    def keep_used(self, also: Collection[str] = ()) -> None:
        """Keep only the works some field cites (or a key in ``also``): Word's source
        store keeps every source ever added to the document, used or not, and a work
        nobody cites is no entry of its literature (nor a number of its list)."""
        for key in [k for k in self.items if k not in self.first_line and k not in also]:
            del self.items[key]
        self._titles = None

    # ------------------------------------------------------------------
    # Reading fields
    # ------------------------------------------------------------------

    def body(self, line: int, text: str, marks: Sequence[FieldMark]) -> None:
        """The citation fields of body paragraph ``line``: a marker per cited work (a
        field that prints numbers is kept apart too, see :meth:`by_number`)."""
        for mark in marks:
            shown = " ".join(text[mark.start : mark.end].split())
            manager, keys = self._field(line, mark, shown)
            numbers = printed_numbers(shown) if keys else None
            if numbers:
                self.printed.append(PrintedCite(line, shown, tuple(numbers), tuple(keys), manager))
                self.spans.setdefault(line, []).append((mark.start, mark.end, numbers))
            for key in keys:
                self.markers.append((line, mark.end, key, numbers is not None))

    def by_number(self) -> None:
        """The fields that print numbers cite by those numbers (a numeric style with its
        printed list): they are no citations by key."""
        self.markers = [m for m in self.markers if not m[3]]
        first = self.cites.first
        self.cites = Cites()
        for key, at in first.items():
            if any(m[2] == key for m in self.markers):
                self.cites.add(key, *at)

    def title_of(self, key: str) -> str:
        return str(self.items.get(key, {}).get("title") or key)

    def note(
        self,
        line: int,
        text: str,
        marks: Sequence[FieldMark],
        offset: int | None = None,
        *,
        word_cites: bool = True,
    ) -> Reference | None:
        """The reference of a note whose fields cite a work: the first work its fields
        cite (pages from its locator); the note's own words around the fields ("For the
        opposite view see …; the point is older.") are no work.

        A Word CITATION or EndNote EN.CITE field in a note is also a citation of its own,
        at the note's line (``offset``: where the note's mark stands in that paragraph;
        ``word_cites``: not in a format whose own marks read as Word's): neither manager
        writes notes (Word's styles print a citation in the text, "(Holm, 2015)", "[24]";
        EndNote's footnote styles cite into a note the author inserted), so a note holding
        one is a note that cites, as a ``[@key]`` written in a Markdown note is.  A note
        whose fields cite several works cites each of them so, at its mark."""
        keys: list[str] = []
        first: dict[str, str] = {}  # key -> the pages of its first locator in this note
        for mark in marks:
            manager, cited = self._field(line, mark, None, mark.shown)
            for key in cited:
                keys.append(key)
                locator = self._pages.pop((line, key), None)
                if locator:
                    first.setdefault(key, locator)
                if manager in _NEVER_NOTES and offset is not None and word_cites:
                    self._cite_at(line, offset, key)
        works = [key for key in dict.fromkeys(keys) if key in self.items]
        if not works:
            return None
        pages = first.get(works[0])
        if len(works) > 1 and offset is not None:
            for key in works:
                self._cite_at(line, offset, key)
        ref = csl_reference(self.items[works[0]], line)
        ref = replace(ref, raw=text, line=line, end_line=line, anomalies=())
        return replace(ref, pages=pages) if pages else ref

    def _cite_at(self, line: int, offset: int, key: str) -> None:
        """``key`` cited at a note's mark (once for each note)."""
        if (line, offset, key, False) not in self.markers:
            self.cites.add(key, line, key)
            self.markers.append((line, offset, key, False))

    def _field(
        self, line: int, mark: FieldMark, shown: str | None, in_note: str = ""
    ) -> tuple[str, list[str]]:
        """The manager and keys of a field; ``shown``: its visible text in the body (None:
        in a note, whose field shows ``in_note``)."""
        kind = field_kind(mark.instr)
        if kind is FieldKind.ADDIN:
            name = addin_name(mark.instr)
            seen = self._addins.setdefault(name, [0, line])
            seen[0] += 1
            return "", []
        if kind is not FieldKind.CITATION:
            return "", []
        read = read_field(mark)
        self.fields += 1
        edited = hand_edited(read, in_note if shown is None else shown)
        if edited is not None:
            self.anomalies.append(Anomaly(AnomalyCode.CITATION_TEXT_EDITED, edited, line))
        for problem in read.problems:
            limit = "longer than" in problem or "too deeply" in problem
            code = AnomalyCode.LIMIT_REACHED if limit else AnomalyCode.UNREAD_REGION
            self.anomalies.append(
                Anomaly(code, f"a {read.manager} citation field: {problem}; not checked", line)
            )
        keys = []
        for cited in read.items:
            key = self._add(cited, line)
            keys.append(key)
            pages = pages_of(cited.locator)
            if shown is not None:
                self.cites.add(key, line, shown or key)
                if pages and key not in self.locators:
                    self.locators[key] = pages  # the note's pages (compared with its entry)
                elif pages:
                    self.later_locators.append((line, key, pages))
            elif pages:
                self._pages[(line, key)] = pages
        return read.manager, keys

    def _add(self, cited: CiteItem, line: int) -> str:
        """The store's key for a cited work (a work the field carries is stored)."""
        key = cited.key
        item = cited.item
        if item is not None:
            title = title_key(str(item.get("title") or ""))
            n = 1
            while key in self.items and title_key(str(self.items[key].get("title") or "")) != title:
                n += 1  # Mendeley numbers the items of each citation ITEM-1, ITEM-2 …
                key = f"{cited.key}~{n}"
            if key not in self.items:
                self.items[key] = {**item, "id": key}
        self.first_line.setdefault(key, line)
        return key

    def finish(self) -> list[Anomaly]:
        """Anomalies: the fields read and the add-ins' fields that were not."""
        found = list(self.anomalies)
        for name, (count, line) in self._addins.items():
            found.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"{count} field(s) of the add-in {name!r} (first at paragraph {line}) "
                    "are not read: if they are citations, they were not checked",
                    line,
                )
            )
        return found

    # ------------------------------------------------------------------
    # Notes and literature
    # ------------------------------------------------------------------

    def work_of(self, text: str, taken: Collection[str] = ()) -> str | None:
        """The key of the store's work that ``text`` (an entry of a rendered list) renders:
        the work whose title is in it (the longest such title), or None.  Works of one
        title (one work imported twice: the list prints it twice, "2009a" and "2009b") are
        rendered in the store's order: the first of them not in ``taken`` (the works
        earlier entries rendered), else the first."""
        if self._titles is None:
            keys = ((_folded(str(item.get("title") or "")), k) for k, item in self.items.items())
            self._titles = sorted(
                ((t, k) for t, k in keys if len(t) >= SHORT_TITLE), key=lambda x: -len(x[0])
            )
        folded = _folded(without_addresses(text))
        title = next((title for title, _ in self._titles if title in folded), None)
        if title is None:
            return None
        same = [key for t, key in self._titles if t == title]
        if len(same) > 1:
            # works of one title by other people: the one whose first author the entry names
            named = [key for key in same if self._first_family(key) in folded]
            same = named or same
        return next((key for key in same if key not in taken), same[0])

    def rendered_work(self, text: str, taken: Collection[str] = ()) -> str | None:
        """The key of the store's work that ``text``, an entry of a manager's rendered list,
        prints (:mod:`bibcheck.readers.docxrendered`): by its label (a tag; a number the
        store or the printed citations give the work, when the entry shows its title), by
        the title it prints, or None."""
        label, _ = entry_label(text)
        if label is not None and not label.isdigit() and word_key(label) in self.items:
            return word_key(label)
        if label is not None and label.isdigit():
            for key in self._numbered(int(label)):
                if key not in taken and shows_title(self.title_of(key), text):
                    return key
        titled = self.work_of(text, taken)
        if titled is not None:
            return titled
        short = [
            k
            for k, item in self.items.items()
            if k not in taken
            and 0 < len(_folded(str(item.get("title") or "")).strip()) < SHORT_TITLE
            and leads_with(str(item.get("title")), text)
        ]
        return max(short, key=lambda k: len(self.title_of(k)), default=None)

    def _numbered(self, number: int) -> list[str]:
        """The works printed with ``number``: Word's store numbering, then the numbers the
        citation fields printed (a field's n-th number is its n-th work)."""
        found = [key for key, n in self.orders.items() if n == number and key in self.items]
        for cite in self.printed:
            if len(cite.numbers) == len(cite.keys):
                pairs = zip(cite.numbers, cite.keys, strict=True)
                found += [k for n, k in pairs if n == str(number)]
        return list(dict.fromkeys(found))

    def _first_family(self, key: str) -> str:
        """The folded family name (or literal name) of a work's first author, or "\0"."""
        people = self.items.get(key, {}).get("author")
        first = people[0] if isinstance(people, list) and people else None
        name = first.get("family") or first.get("literal") if isinstance(first, Mapping) else None
        return _folded(str(name)) if isinstance(name, str) and name.strip() else "\0"

    def printed_works(
        self, literature: Sequence[RawNote], notes: Sequence[RawNote]
    ) -> tuple[list[RawNote], list[RawNote], list[Anomaly]]:
        """A numeric style: the printed list's entries and the notes made from them, each
        entry's reference with what its printed text lacks taken from the work its number
        is (:mod:`bibcheck.readers.docxprinted`), and the disagreements as anomalies."""
        entries = {e.label: e.text for e in literature if e.label.isdigit()}

        def entry_work(n: str) -> str | None:
            return self.work_of(entries[n]) if n in entries else None

        def shows(n: str, key: str) -> bool:
            if n not in entries:
                return True  # no entry n: the list lacks it (reported as such), no tie to check
            title = title_key(str(self.items.get(key, {}).get("title") or "")).split()
            printed = set(title_key(entries[n].replace("&", " and ")).split())
            return not title or sum(w in printed for w in title) >= _SHOWN * len(title)

        ties = tie_numbers(self.printed, entry_work, self.title_of, shows, entries.get)
        works = works_by_number(ties, list(entries), entry_work)

        def with_work(note: RawNote, entry: bool) -> RawNote:
            key = works.get(note.label)
            if key is None or key not in self.items:
                return note
            starts = note.line_starts or (note.line,)
            printed = parse_reference(note.text, starts, detect_styles=True)
            ref = from_record(printed, csl_reference(self.items[key], note.line))
            if entry:
                differs = year_differs(note.label, note.text, ref, note.line)
                ref = replace(ref, anomalies=(*ref.anomalies, *([differs] if differs else [])))
            else:  # the note is the entry's text at its citation: the entry says what it has
                ref = replace(ref, anomalies=())
            return replace(note, reference=ref)

        listed = set(entries)
        return (
            [with_work(e, True) for e in literature],
            [with_work(n, n.label not in listed) for n in notes],
            ties.anomalies,
        )

    def bibliography(self, default_line: int) -> Bibliography:
        """The store as a bibliography (each work at the paragraph of its first citation)."""
        bib = Bibliography(sources=1)
        for key, item in self.items.items():
            line = self.first_line.get(key, default_line)
            text = json.dumps(dict(item), ensure_ascii=False, default=str)
            bib.add(key, csl_reference(item, line), text)
        return bib


# --------------------------------------------------------------------------
# Resolution: notes and literature from the store and --bibliography files
# --------------------------------------------------------------------------


@dataclass(slots=True)
class PandocKeys:
    """Pandoc citations typed in Word paragraphs."""

    cites: Cites = field(default_factory=Cites)
    markers: list[tuple[int, int, str]] = field(default_factory=list)  # line, offset, key
    count: int = 0
    first: tuple[int, str] | None = None  # the paragraph and text of the first citation

    def read(self, paragraphs: Sequence[tuple[int, str]], bibliography: bool) -> None:
        """Bracketed citations; in-text ``@key`` too when the document cites by key (a
        bracketed citation, or ``bibliography`` files given), as the Pandoc reader does."""
        in_text = bibliography or any(citation_spans(text, False) for _, text in paragraphs)
        for line, text in paragraphs:
            for span in citation_spans(text, in_text):
                offset = _sentence_end(text, span.end) if span.in_text else span.end
                self.count += 1
                if self.first is None:
                    self.first = (line, text[span.start : span.end])
                for key in span.labels:
                    self.cites.add(key, line, text[span.start : span.end])
                    self.markers.append((line, offset, key))


_SENTENCE_END = lazy_compile(rf"[.!?](?=[\s\"”»)]|$)|{SCRIPT_STOP}")


def _sentence_end(text: str, start: int) -> int:
    m = _SENTENCE_END.search(text, start)
    return m.start() if m else len(text.rstrip())


def resolve_all(
    citations: Citations,
    keys: PandocKeys,
    bibliography: Sequence[str],
    footnote_labels: set[str],
    default_line: int,
) -> tuple[
    list[RawNote],
    list[RawNote],
    list[Anomaly],
    list[tuple[int, int, str]],
    tuple[BibliographyFile, ...],
]:
    """Notes, literature, anomalies, the markers kept (line, offset, key) and the
    bibliography files read (``--bibliography``)."""
    bib = citations.bibliography(default_line)
    store = list(bib.entries)
    extra = Bibliography()
    if bibliography:
        extra = load([Source(name, Path("."), None) for name in bibliography])
    anomalies: list[Anomaly] = [*extra.anomalies]
    markers = [(line, offset, key) for line, offset, key, _ in citations.markers]
    cites = Cites(dict(citations.cites.first))
    if keys.count and not extra.sources:
        line, text = keys.first or (default_line, "")
        anomalies.append(
            Anomaly(
                AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                f"{keys.count} Pandoc citation(s) by key ({text} …) and no bibliography: "
                "give --bibliography FILE (.bib or CSL-JSON) so that they are checked",
                line,
            )
        )
    elif keys.count:
        for key, entry in extra.entries.items():
            if key not in bib.entries:
                bib.entries[key] = entry
        for key, first in keys.cites.first.items():
            cites.first.setdefault(key, first)
        markers += keys.markers
    files = tuple(extra.files)
    if not cites.first:  # the fields are all in notes (a note style): the store is the list
        return [], list(bib.entries.values()), anomalies, markers, files
    raw_markers = [RawMarker(key, line, offset + 1, 0, offset) for line, offset, key in markers]
    notes, literature, missing = resolve(
        bib, cites, footnote_labels, raw_markers, also_list=store, how_to_name="--bibliography FILE"
    )
    anomalies.extend(missing)
    notes = [_with_pages(note, citations.locators.get(note.label)) for note in notes]
    anomalies.extend(_later_locators(citations, {note.label for note in notes}))
    return notes, literature, anomalies, markers, files


def _later_locators(citations: Citations, noted: set[str]) -> list[Anomaly]:
    """The pages of a work's later locators outside the work's pages, each at its own
    paragraph (the note takes the first locator's pages and compares those)."""
    found = []
    for line, key, pages in citations.later_locators:
        span = pages_of(str(citations.items.get(key, {}).get("page") or ""))
        if key in noted and span and pages_conflict(pages, span):
            found.append(
                Anomaly(
                    AnomalyCode.LITERATURE_PAGES_DIFFER,
                    f"the citation at paragraph {line} names pages {pages}, outside the "
                    f"work's pages {span}",
                    line,
                    footnote=key,
                )
            )
    return found


def _with_pages(note: RawNote, pages: str | None) -> RawNote:
    if not pages or note.reference is None:
        return note
    return replace(note, reference=replace(note.reference, pages=pages))


def with_entry_numbers(
    anomalies: Sequence[Anomaly], literature: Sequence[RawNote]
) -> list[Anomaly]:
    """The later citations' page anomalies tied to the list entry of their work (numbered
    as the document's list numbers it: by label, else by place), so that each is reported
    with the note and entry it concerns."""
    numbers = {
        e.label: int(e.label) if e.label.isdigit() else k for k, e in enumerate(literature, 1)
    }
    return [
        replace(a, literature_entry=numbers[a.footnote])
        if a.code is AnomalyCode.LITERATURE_PAGES_DIFFER
        and a.literature_entry is None
        and a.footnote in numbers
        else a
        for a in anomalies
    ]
