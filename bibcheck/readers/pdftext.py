"""Reader for text extracted from a PDF (``pdftotext``, with or without ``-layout``).

A PDF has no footnote markup: the converter writes what was printed.  Footnote
markers come out glued to the word or punctuation they followed (``ground.4``,
``ground4``, ``rules,12``) or as Unicode superscripts (``⁷``); the notes come
out at the bottom of each page as a bare number (alone on its line, or
followed by the text) and the text; running headers, footers and page numbers
are repeated on every page; a form feed separates pages; words are hyphenated
at line ends.  This reader recovers the notes by **sequence and position**,
never by a list of phrases:

1. pages are split at form feeds (or, when the converter left none, at a run
   of bare page numbers that grow by one);
2. page artifacts are lines at the top or bottom of a page that recur on
   other pages once their digits are ignored (``102  JOURNAL OF X  [Vol.
   12:101``), and bare numbers that grow with the page (the page numbers; a
   number at the edge of a running head, ``58 Wires across the Water``, counts
   as one);
3. a page's footnote area starts at a line that begins with the next note
   number (or 1, where numbering restarts per page or per chapter) when that
   number stands glued in the text above it; of the lines that could start it,
   the one that gives the most notes with their markers above it wins (a section
   number ``2`` over ``The legal framework`` would put the markers inside the
   area); later notes of the area start with the following numbers; other lines
   continue the note above (the line after a number alone is always its text:
   ``14`` / ``15 U.S.C. …``); a number that comes again further down is a word of
   a note; a ``Notes`` / ``Endnotes`` / ``Примечания`` section is read the same
   way (a book may have one per chapter: each runs on over page breaks and ends where
   the next chapter's text starts after a finished note); under a ``References``
   heading that starts mid-page the page's notes are still read (no restart there);
   notes a Word PDF prints at the top of the next page, a note continued above the
   next page's notes, and a number the converter printed out of place are handled
   by :func:`_top_zone`, :func:`_continuations` and :func:`_reorder_numbers`;
4. markers are chosen among the glued numbers by aligning them with the
   notes: a note's marker is a candidate with its number, on its page or
   the page before (footnotes) or anywhere before the notes (endnotes), in
   the order of the notes.  So ``COVID-19``, ``H2O``, ``page 45``, years and
   section numbers stay text: they are not glued to a word, or no note of
   that number stands there.  A glued token that recurs (``CO2`` twice) is
   text too.  Weaker candidates fill the gaps: a number glued to a year
   (``en 190127``), one set apart by spaces before punctuation after italic
   type (``grégoriennes 9 ,``); a letter's combining accent (``Duruflé26``
   written ``e`` + U+0301) ends a word as the letter does.

Where numbering restarts (per page or per chapter) labels are ``p<page>.<n>``
(the printed page number when it is known) or ``<part>.<n>``; otherwise the
printed number.  A ``References`` / ``Bibliography`` section at the end is the
literature list.  Anything that cannot be tied up (a note with no marker, a
marker-like number with no note) is reported by the shared numbering checks.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import takewhile

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote
from bibcheck.parse.nameparticles import PARTICLES, particle_pattern
from bibcheck.parse.references import astro_comma
from bibcheck.parse.references.author_date_notes import short_notes
from bibcheck.parse.references.entrytail import bare_place
from bibcheck.parse.references.quote_pairs import TITLE_OPENINGS
from bibcheck.parse.references.same_author import omits_author
from bibcheck.parse.years import YEAR_BOUNDED, YEAR_LETTERED_BOUNDED
from bibcheck.readers import addressdigits, keycolumn, yearlist
from bibcheck.readers.authortail import author_year_tail, headless_tail
from bibcheck.readers.authoryear import (
    AuthorYears,
    author_years,
    dated_heads,
    line_mentions,
    listed_names,
    names_dated_heads,
    unlisted,
    unlisted_anomaly,
    with_defined,
)
from bibcheck.readers.bodylanguage import document_language
from bibcheck.readers.browserprint import print_furniture
from bibcheck.readers.citedlist import cites_its_list
from bibcheck.readers.cjklist import cjk_entry_start
from bibcheck.readers.cjklistparts import cjk_part_heading
from bibcheck.readers.columns import Row, reading_order
from bibcheck.readers.columntext import ColumnText, column_text
from bibcheck.readers.common import (
    BlockCollector,
    cited_entry_notes,
    is_literature_heading,
    is_notes_heading,
    unlisted_numbers,
)
from bibcheck.readers.entryends import entry_complete
from bibcheck.readers.hangingindent import hanging_block
from bibcheck.readers.hanginglabels import rejoin_labels
from bibcheck.readers.headingcase import in_prose
from bibcheck.readers.hostwrap import goes_on as host_goes_on
from bibcheck.readers.journalheads import head_folio
from bibcheck.readers.journalwrap import journal_goes_on
from bibcheck.readers.labelcolumn import rejoin_column
from bibcheck.readers.lettered import base
from bibcheck.readers.linenos import strip_line_numbers
from bibcheck.readers.linewrap import (
    Hyphen,
    Printed,
    document_words,
    hyphen_kind,
    join_broken_ranges,
    join_cjk_wraps,
    join_hyphen,
    join_wrapped_urls,
    printed_hyphens,
    restore_joined_hyphens,
    url_continues,
)
from bibcheck.readers.listafter import ends_list
from bibcheck.readers.listheads import (
    is_list_part_heading,
    is_qualified_list_heading,
    is_selective_heading,
)
from bibcheck.readers.loneyear import lone_unlisted, used_apart
from bibcheck.readers.mla import (
    MlaIndex,
    ambiguous,
    line_cites,
    mla_index,
    mla_shaped,
    uncited_anomaly,
)
from bibcheck.readers.notecites import boxing, note_citations, read_label
from bibcheck.readers.notementions import bracketed_year
from bibcheck.readers.ot1 import composed_accents, ot1_glyphs
from bibcheck.readers.pastlist import past_list_anomaly
from bibcheck.readers.pdfbeside import MIN_CITED as BESIDE_MIN_CITED
from bibcheck.readers.pdfbeside import (
    bracketed_entries,
    list_cites,
    mark_list_cites,
    notes_list_cites,
)
from bibcheck.readers.pdfcjk import cjk_markers
from bibcheck.readers.pdfcontents import contents_entry
from bibcheck.readers.pdfkeyed import MIN_CITED as KEYED_MIN_CITED
from bibcheck.readers.pdfkeyed import KeyedCites, entry_key, keyed_entries
from bibcheck.readers.pdfnumeric import (
    NumericList,
    Style,
    citations,
    headless_list,
    numeric_list,
)
from bibcheck.readers.pdfparen import cites_in_parentheses, row_citations
from bibcheck.readers.pdfsuper import after_name, glued_citations, printed_names
from bibcheck.readers.registry import Reader, register
from bibcheck.readers.relines import remap_lines
from bibcheck.readers.shapelesstail import list_length
from bibcheck.readers.slides import SLIDE_NUMBER, frame_title, names_line
from bibcheck.readers.spacedlist import blank_parted
from bibcheck.readers.symbolnotes import SymbolNotes, symbol_notes
from bibcheck.readers.tailheading import tail_heading
from bibcheck.readers.textentities import unescaped_entities
from bibcheck.readers.wordlines import word_runs

NAME = "pdf-text"

_SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_DIGITS = str.maketrans(_SUPERS, "0123456789")
_SUPER = lazy_compile(f"[{_SUPERS}]{{1,3}}")


def _mark_class() -> str:
    """A character class of the combining marks of the Basic Multilingual Plane (the
    accent of a decomposed ``é``, Devanagari vowel signs): the end of a word as a
    letter is, though ``\\w`` does not match them."""
    spans: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)).startswith("M"):
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in spans)


_MARKS = _mark_class()
_TRAILING_MARKS = lazy_compile(rf"[{_MARKS}]+$")
_END = r"(?=[\s.,;:!?)\]—–]|$)"  # what may follow a marker
# Digits glued to a word (its last letter may carry a combining accent: pdftotext writes
# "é" as "e" + U+0301) or to punctuation, followed by a space, punctuation or the end.
# (a German closing quote "“" or a closing "«" (»Wort«) only right after the quoted text:
# in English and French those marks open a quotation, a space before them)
_GLUED = lazy_compile(
    rf"(?:(?<=[^\W\d_])|(?<=[{_MARKS}])|(?<=[.,;:!?)\]\"'”’»])|(?<=[^\s“«‹][“«‹]))"
    rf"(\d{{1,3}}){_END}"
)
# A marker glued to a year ("en 190127 et", "in 20194."): the year's four digits, then
# the note number; kept only where a note of that number needs its marker.
_YEAR_GLUED = lazy_compile(rf"(?<![\w.,:/-])(?:1[5-9]|20)\d\d([1-9]\d{{0,2}}){_END}")
# A year, then the sentence's full stop ("contro circa 400 nel 2008.4"): a marker glued to
# that stop ends the sentence when the line ends or the next sentence starts after it
_YEAR_STOP = lazy_compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d\.$")
# A marker set apart by spaces before punctuation ("grégoriennes 9 , puis", "Musicale 15 ."):
# pdftotext puts a space before a superscript that follows italic type and after it
# before punctuation.
_SPACED = lazy_compile(rf"(?<=[^\W\d_]|[{_MARKS}]|[)\]\"'”’»]) (\d{{1,3}}) (?=[.,;:!?](?:\s|$))")
# "p.45", "No.5", "c.27", "tbl.4": a number that belongs to the abbreviation before it.
_ABBREVIATION = lazy_compile(
    r"(?:^|[\s(\[])(?:p|pp|no|nos|vol|art|arts|s|ss|c|ch|fig|tbl|sec|para|n|nn|v|vs|t|ст|п|гл"
    r"|ч|рис|табл|№)\.?$",
    re.IGNORECASE,
)
# A ruler's or pope's number ("Charles V.", "Pius V."): no abbreviation "v." (versus,
# volume) before a glued marker
_REGNAL = lazy_compile(r"(?:^|\s)[A-Z][^\W\d_]+\s[IVX]{1,5}\.$")
# A note number set apart from the name it follows at the end of a title or byline
# ("Hannah R. Whitfield 1", "Jean Dupont 2"): the converter put a space before the
# superscript.  Not a heading's or a caption's number ("Part 1", "Table 2", "Chapter 3").
_SPACED_END = lazy_compile(rf"(?<=[^\W\d_]{{2}}|[^\W\d_][{_MARKS}])\s(\d{{1,2}})\s*$")
_NUMBERED_WORD = lazy_compile(
    r"(?:part|chapter|section|table|figure|fig|appendix|article|volume|vol|book|lecture|study"
    r"|experiment|phase|step|level|stage|case|example|model|version|round|wave|session"
    r"|issue|number|no|edition|supplement|annex|exhibit|item|band|heft|tome|livre|tomo|том"
    r"|выпуск|вып|номер|часть|приложение"
    r"|teil|kapitel|abschnitt|tabelle|abbildung|partie|chapitre|tableau|capítulo|parte"
    r"|часть|глава|раздел|таблица|рисунок|рис)$",
    re.IGNORECASE,
)
_UNIT = lazy_compile(r"(?:^|[\s(\d])(?:k|c|m|d|μ|к|с|м|д)?(?:m|g|l|s|Hz|W|J|м|г|л)$|°$")
_DEFINITION = lazy_compile(
    rf"^\s*+(?P<num>\d{{1,3}}|[{_SUPERS}]{{1,3}})(?:[.)]?\s+(?P<text>\S(?:.*\S)?))?\s*+$"
)
# What a note's text may start with when its number shares the line ("12 See ...").
# (a law cited by its section: "9 § 2249 odst. 1 zákona ...", "3 Art. 5 GG")
_NOTE_START = lazy_compile(r"[\"“«‘'(\[\d§¶《『「〈【（〔]|[^\W\d_]")
_BARE_NUMBER = lazy_compile(r"^\s*(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?\s*$")
_PAGE_WORD = lazy_compile(
    r"^\s*(?:page|p\.|стр\.?|с\.|slide|folie|diapositiva|слайд)\s*\d{1,4}"
    r"(?:\s*(?:of|из|/|von)\s*\d{1,4})?\s*$",
    re.I,
)
# (a journal's footer may end in its issue's date: "www.thelancet.com Vol 405 May 10, 2025
# 1622", "1624 www.thelancet.com Vol 405 May 10, 2025" on the facing page)
_HEAD_NUMBER = lazy_compile(
    r"^\s*(?:(?P<lead>\d{1,4})\s+[^\W\d_][^\n]{0,60}[^\W_]"
    r"|[^\W\d_][^\n]{0,60}[^\W_]\s+(?P<tail>\d{1,4}))\s*$"
)
# a journal's running head ending in its volume's year or issue in brackets, its folio
# apart by a wide gap (``-layout``): "33     POLHEM 41 (2023)", "Law Review [61:4]     412"
# (a single space is a note's "Smith (2020) 45", no head)
_DATED_HEAD_NUMBER = lazy_compile(
    r"^\s*(?:(?P<lead>\d{1,4})\s{3,}[^\W\d_][^\n]{0,60}\d[)\]]"
    r"|[^\W\d_][^\n]{0,60}\d[)\]]\s{3,}(?P<tail>\d{1,4}))\s*$"
)
_NOTES_HEADING = lazy_compile(
    r"^\s*+(?:end\s?notes|notes|notes and references|примечания|сноски|комментарии)\s*+:?\s*+$",
    re.IGNORECASE,
)
_GLUED_END = lazy_compile(rf"(?<=[^\W\d_]|[{_MARKS}])(\d{{1,3}})\s*$")
# (an element, not an e-mail address in a mail header: "From: A. Rossi <a.rossi@…>")
_MARKUP = lazy_compile(r"<sup>|\[\^[^\[\]\s]++\]|</?(?:p|div|span|a)(?=[\s/>])", re.I)  # linear
_TERMINAL = lazy_compile(r"[.!?:;][\"'”»’)\]]*$")
_MARK = lazy_compile(r"\x00(?P<label>[^\x00]+)\x00")
_ZONE = 3  # lines at the top and bottom of a page that may be headers or footers
_LONG_PAGE = 300  # lines: longer "pages" are no printed pages (text without page breaks)
_TOLERANCE = 2  # a note number may skip this many numbers (a note lost in conversion)
_RUN_GAP = 10  # lines between two markers of a run the converter moved
_SUBHEADING_WIDTH = 80  # characters: a chapter's heading over its notes is no longer


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A number in the body that may be a footnote marker."""

    value: int
    line: int  # index into the lines
    start: int  # span in the line
    end: int
    page: int
    quality: float  # superscript 3 > after punctuation 2 > after a letter 1


@dataclass(slots=True)
class _Note:
    value: int
    part: int  # numbering run (a new one where numbering restarts)
    page: int
    lines: list[int]  # indexes
    parts: list[str]
    endnote: bool = False
    after: int = -1  # an endnote's marker stands below this line (its chapter's text)


@dataclass(slots=True)
class _Layout:
    """Where things are: pages, artifacts, the notes area and the end sections."""

    lines: list[str]
    page_of: list[int]
    pages: list[list[int]]  # indexes of non-blank lines per page
    artifacts: set[int] = field(default_factory=set)
    printed: dict[int, int] = field(default_factory=dict)  # page -> printed page number
    cut: dict[int, int] = field(default_factory=dict)  # body line -> where a note starts in it
    numbered: bool = False  # a review copy: its margin line numbers were taken off
    # the reading order last worked out (:func:`_reading_order`), and the artifacts then
    order: tuple[frozenset[int], list[Row]] | None = None
    # how the document writes its words (:func:`_evidence`), once worked out
    words: tuple[Printed, frozenset[str], str | None] | None = None
    # lines where a column starts again (a text read column by column: ColumnText.turns)
    turns: frozenset[int] = frozenset()


# --------------------------------------------------------------------------
# pages and artifacts
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageNote:
    """A footnote at the foot of a page, as :func:`page_notes` finds it."""

    note: RawNote  # its text, lines numbered as the caller numbers them
    lines: tuple[int, ...]  # indexes of its lines (the number alone on its line too)
    page: int
    marker: tuple[int, int, int] | None  # (line index, start, end) of its marker, if tied
    certain: bool  # the marker follows a letter or punctuation (not a decimal's digit)
    joined: tuple[Anomaly, ...] = ()  # URLs split over its lines, joined


def page_notes(
    lines: Sequence[str], page_of: Sequence[int], artifacts: Set[int], numbers: Sequence[int]
) -> list[PageNote]:
    """The footnotes at the page bottoms of converted text, read as this reader reads a
    footnoted text (``lines`` with the page of each, the page artifacts already found),
    for readers of texts that cite otherwise (a numbered list) and have a few footnotes
    too.  ``numbers`` gives the 1-based line number of each line (the file's own)."""
    pages: list[list[int]] = [[] for _ in range(max(page_of, default=0) + 1)]
    for i, line in enumerate(lines):
        if line.strip():
            pages[page_of[i]].append(i)
    found = _analyse_layout(_Layout(list(lines), list(page_of), pages, set(artifacts)))
    out: list[PageNote] = []
    for k, (label, note) in enumerate(zip(found.labels, found.notes, strict=True)):
        if note.endnote:
            continue
        raw, joined = _raw_note(label, note, _evidence(found.layout))
        c = found.markers.get(k)
        out.append(
            PageNote(
                _renumbered(raw, numbers),
                tuple(note.lines),
                note.page,
                None if c is None else (c.line, c.start, c.end),
                c is not None and c.quality >= 1,
                tuple(replace(a, line=numbers[a.line - 1]) if a.line else a for a in joined),
            )
        )
    return out


def _renumbered(note: RawNote, numbers: Sequence[int]) -> RawNote:
    return replace(
        note,
        line=numbers[note.line - 1],
        end_line=numbers[note.end_line - 1],
        line_starts=tuple(numbers[n - 1] for n in note.line_starts),
    )


# The codes a font without a Unicode map gives its ligatures (T1's ff, fi, fl, ffi, ffl at
# 0x1B-0x1F): pdftotext writes them as those control characters, inside a word ("e\x1eciency"),
# and Python counts 0x1C-0x1F as white space, which would split the word.  They are lost
# letters, no space: dropped.
_GLYPH_CODES = lazy_compile(r"[\x1b-\x1f]")


def _split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines (split at newlines only: a form feed is not a line end for an editor) and
    the page of each."""
    lines: list[str] = []
    page_of: list[int] = []
    page = 0
    for raw in text.split("\n"):
        raw = raw.rstrip("\r")
        if raw.startswith("\f"):
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        elif "\f" in raw:
            # a page's last line and the next page's first printed as one line: the folio
            # glued to the running head ("23\fThesis title"): the line starts the next page
            # (the folio is dropped: the running head tells the page apart just as well)
            before, _, after = raw.rpartition("\f")
            if not _BARE_NUMBER.match(before.replace("\f", "")) and _capitals_head(after):
                # a page's last line (a note's end) glued to the next page's running head in
                # capitals with its folio ("… at 248.\f2026] AFTER DEFERENCE 413"): the line
                # is the page's last, the head (furniture) dropped
                lines.append(_GLYPH_CODES.sub("", before.replace("\f", "")))
                page_of.append(page)
                page += raw.count("\f")
                continue
            page += raw.count("\f")
            raw = after if _BARE_NUMBER.match(before.replace("\f", "")) else raw.replace("\f", "")
        lines.append(_GLYPH_CODES.sub("", raw))
        page_of.append(page)
    return lines, page_of


# a running head with its folio at one end: "2026] AFTER DEFERENCE 413", "412 WESTFIELD LAW
# REVIEW [Vol. 61:411"
_FOLIO_END = lazy_compile(r"^\s*\d{1,4}\s+\S|\S\s+\d{1,4}\s*$")


def _capitals_head(text: str) -> bool:
    """Is ``text`` a running head: short, its folio at one end, its words in capitals?"""
    letters = [c for c in text if c.isalpha()]
    return (
        len(text) <= 80
        and _FOLIO_END.search(text) is not None
        and len(letters) >= 4
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    )


def _number_pages(lines: list[str]) -> list[int]:
    """Pages for text without form feeds: a run of bare numbers growing by one."""
    # A folio stands apart (a blank line before or after it); a note number is followed
    # by its text.
    numbers = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := _BARE_NUMBER.match(line)) and _apart(lines, i)
    ]
    best: list[int] = []
    for start, (_, first) in enumerate(numbers):
        chain = [start]
        want = first + 1
        for j in range(start + 1, len(numbers)):
            if numbers[j][1] == want:
                chain.append(j)
                want += 1
        if len(chain) > len(best):
            best = chain
    if len(best) < 3:
        return [0] * len(lines)
    ends = {numbers[j][0] for j in best}
    page_of: list[int] = []
    page = 0
    for i in range(len(lines)):
        page_of.append(page)
        if i in ends:
            page += 1
    return page_of


def _note_line(lines: list[str], members: list[int], i: int) -> bool:
    """A note's first line ("7 Id. at 45.", or "Id. at 45." under a lone "7"): never a
    footer, however often the same note text recurs.  A page's first line set as a
    running head, its folio apart from words in capitals ("212      JOURNAL OF BIBLICAL
    STUDIES 14 (2025)"), is no note's line, whatever number it starts with."""
    k = members.index(i)
    if k == 0 and _capitals_head(lines[i]) and len(_pieces(lines[i])) >= 2:
        return False
    if _DEFINITION.match(lines[i]):
        return True
    return k > 0 and bool(re.fullmatch(r"\s*\d{1,3}\s*", lines[members[k - 1]]))


def _apart(lines: list[str], i: int) -> bool:
    before = lines[i - 1].strip() if i > 0 else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return not before or not after


def _layout(text: str) -> _Layout:
    lines, page_of = _split_lines(text)
    # a list's hanging labels set apart from their entries (before a review copy's margin
    # numbers are blanked: a bare number between a label's text and the next label is
    # taken for a page break, a blanked one would leave several paragraphs under the label)
    lines = rejoin_column(rejoin_labels(lines))  # (a column of labels: labelcolumn)
    lines = keycolumn.rejoin_keys(lines)  # (a column of alpha keys: keycolumn)
    unnumbered = strip_line_numbers(lines)  # a review copy's line numbers (lineno)
    numbered = unnumbered != lines
    lines = unnumbered
    lines = restore_joined_hyphens(lines)  # pdftotext's joins at a line-end hyphen
    if max(page_of, default=0) == 0:
        page_of = _number_pages(lines)
    pages: list[list[int]] = [[] for _ in range(max(page_of, default=0) + 1)]
    for i, line in enumerate(lines):
        if line.strip():
            pages[page_of[i]].append(i)
    layout = _Layout(lines, page_of, pages, numbered=numbered)
    _find_artifacts(layout)
    starts = _handout_footers(layout)
    if starts:  # a handout: one page to a slide, and its footers found again
        page_of = [p + bisect_right(starts, i) for i, p in enumerate(page_of)]
        pages = [[] for _ in range(max(page_of, default=0) + 1)]
        for i, line in enumerate(lines):
            if line.strip():
                pages[page_of[i]].append(i)
        layout = _Layout(lines, page_of, pages, numbered=numbered)
        _find_artifacts(layout)
    return layout


def page_artifacts(text: str) -> tuple[list[str], set[int]]:
    """The lines of converted text (split at newlines only, form feeds dropped) and the
    indexes of its running heads, footers and page numbers; for other readers of
    PDF-converted text (the plain-text reader)."""
    layout = _layout(text)
    return layout.lines, layout.artifacts


def reading_rows(text: str) -> tuple[list[str], list[Row], set[int]]:
    """The lines of converted text (as :func:`page_artifacts`), the same in reading order
    (two-column ``-layout`` pages column by column, :mod:`bibcheck.readers.columns`),
    and the indexes of its page artifacts."""
    layout = _layout(text)
    rows = reading_order(layout.lines, layout.page_of, layout.artifacts)
    return layout.lines, rows, layout.artifacts


def artifact_anomalies(lines: list[str], artifacts: set[int]) -> list[Anomaly]:
    """One anomaly per running head, footer or page-number series, at its first line."""
    groups: dict[str, list[int]] = {}
    for i in sorted(artifacts):
        groups.setdefault(_normal(lines[i]), []).append(i)
    return [
        Anomaly(
            AnomalyCode.ARTIFACT_LINE,
            f"page artifact {lines[members[0]].strip()!r} "
            f"({'page number' if key == '#' else 'running head or footer'}, "
            f"{len(members)} {'line' if len(members) == 1 else 'lines'}); ignored "
            "(claims are joined across it)",
            members[0] + 1,
        )
        for key, members in groups.items()
    ]


def _normal(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().casefold()


def _pieces(line: str) -> list[str]:
    """A running head in ``-layout`` output: pieces apart by wide gaps, digits ignored."""
    return [_normal(p) for p in re.split(r"\s{3,}", line.strip()) if p.strip()]


def _find_artifacts(layout: _Layout) -> None:
    layout.artifacts |= print_furniture(layout.lines, layout.pages)  # (one page too)
    pages = [p for p in layout.pages if p]
    if len(pages) < 2:
        return
    lines = layout.lines
    numbered: list[tuple[int, int, int]] = []  # line, page, value
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page, members in enumerate(layout.pages):
        head, foot = members[:_ZONE], members[-_ZONE:]
        for i in dict.fromkeys(head + foot):
            m = _BARE_NUMBER.match(lines[i])
            edge = i in (members[0], members[-1])
            if m and (edge or _apart(lines, i)):  # a note's number has its text right after it
                numbered.append((i, page, int(m.group(1))))
            elif _PAGE_WORD.match(lines[i]) or SLIDE_NUMBER.match(lines[i]):
                layout.artifacts.add(i)
            elif edge and (folio := _head_number(lines[i])) is not None:
                # "58 Wires across the Water", "The Cable Stations   59": a running head
                # with the page number; it votes for the numbering of the pages.
                numbered.append((i, page, folio))
            elif i == members[0] and (folio := head_folio(lines[i])) is not None:
                # "214 FENNIA 199: 2 (2021)", "Kivi & Lehto: Short title 215": a journal's
                # running head first on its page, one space before its folio
                numbered.append((i, page, folio))
        top.update(
            {p for i in head if not _note_line(lines, members, i) for p in _pieces(lines[i])}
        )
        bottom.update(
            {p for i in foot if not _note_line(lines, members, i) for p in _pieces(lines[i])}
        )
    # a page numbered in words ("Page 5", a slide's "5 / 13") has no other folio: a bare
    # number there is a note's (one note to a slide counts up as the slides do)
    worded = {layout.page_of[i] for i in layout.artifacts}
    numbered = [(i, page, value) for i, page, value in numbered if page not in worded]
    offsets = Counter(value - page for _, page, value in numbered)
    # a number with text right under it, on a page whose edge has that number: the
    # page's note ("1" / "https://…" over the folio "1"), not its number
    edges = {i for members in layout.pages for i in members[:1] + members[-1:]}
    folios = {(page, value) for i, page, value in numbered if i in edges}
    if offsets:
        offset, count = offsets.most_common(1)[0]
        if count >= 2:
            for i, page, value in numbered:
                if i not in edges and (page, value) in folios and lines[i + 1].strip():
                    continue
                if value - page == offset:
                    layout.artifacts.add(i)
                    layout.printed[page] = value
    _last_folio(layout)
    _running_lines(layout, top, bottom, _ZONE)
    for k, members in enumerate(layout.pages):
        for i in members[:_ZONE]:
            text = lines[i].strip()
            short = len(text) <= 12 and not re.search(r"[^\W\d_]", text) and not text.isdigit()
            if short and (i == members[0] or _apart(lines, i)) and not _closes(layout, k, text):
                layout.artifacts.add(i)  # "2021]", "– 12 –": a running head's date or folio
    # A slide's footer of four lines or more ("M. Kowalczyk (Dept.)" / "LING 230" /
    # "Spring 2024" / "3 / 13"): the zone again, above and below what was found.
    _running_lines(layout, *_edge_pieces(layout), 0)
    _numbered_heads(layout)


def _last_folio(layout: _Layout) -> None:
    """The text's last line, a bare number set apart by a blank line on the last page of
    several: that page's number (a note's number alone has its text below it), where no
    series of page numbers told it (a thesis's bibliography printed far from its chapter)."""
    last = next((members for members in reversed(layout.pages) if members), [])
    if not last or last[-1] in layout.artifacts:
        return
    i = last[-1]
    if i > 0 and not layout.lines[i - 1].strip() and _BARE_NUMBER.match(layout.lines[i]):
        layout.artifacts.add(i)


def _closes(layout: _Layout, page: int, text: str) -> bool:
    """Does ``text``, at the top of ``page``, close a parenthesis or bracket that the text
    of the page before left open: the end of a citation broken by the page ("(Hawkins" /
    running head / "61-66).")?"""
    if ")" not in text and "]" not in text:
        return False
    for members in reversed(layout.pages[:page]):
        body = [i for i in members if i not in layout.artifacts and layout.lines[i].strip()]
        if body:
            last = layout.lines[body[-1]]
            return last.count("(") > last.count(")") or last.count("[") > last.count("]")
    return False


def _handout_footers(layout: _Layout) -> list[int]:
    """A handout prints two slides or more to the page, each with its footer: the footer
    found at the page's bottom (two lines or more), found again higher up the page line
    for line (page numbers aside), ends a slide there too.  The first lines of the slides
    that follow such footers."""
    lines = layout.lines
    starts: list[int] = []
    for page in layout.pages:
        foot: list[int] = []
        for i in reversed(page):
            if i not in layout.artifacts:
                break
            foot.insert(0, i)
        rest = [i for i in page if i not in layout.artifacts]
        normal = [_normal(lines[i]) for i in rest]
        # the footer, or its last lines (the run of artifacts may take in a slide's
        # repeated text above it)
        for size in range(len(foot), 1, -1):
            key = [_normal(lines[i]) for i in foot[-size:]]
            found = [
                rest[k + size - 1] + 1
                for k in range(len(rest) - size + 1)
                if normal[k : k + size] == key
            ]
            if found:
                starts.extend(found)
                break
    return sorted(starts)


def _edge_pieces(layout: _Layout) -> tuple[Counter[str], Counter[str]]:
    """The pieces of the lines at the top and bottom of each page that are no page
    artifacts yet, one count per page."""
    lines = layout.lines
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page in layout.pages:
        members = [i for i in page if i not in layout.artifacts]
        for zone, counter in ((members[:_ZONE], top), (members[-_ZONE:], bottom)):
            counter.update(
                {p for i in zone if not _note_line(lines, members, i) for p in _pieces(lines[i])}
            )
    return top, bottom


def _running_lines(layout: _Layout, top: Counter[str], bottom: Counter[str], zone: int) -> None:
    """Mark the lines at a page's top or bottom made only of pieces that recur there on
    enough pages (``zone`` lines at each edge; 0: the edge lines that are no artifacts yet)."""
    lines = layout.lines
    n = sum(1 for p in layout.pages if p)
    heads = {s for s, c in top.items() if c >= 2 and c >= 0.2 * n}
    feet = {s for s, c in bottom.items() if c >= 3 and c >= 0.3 * n}
    for page in layout.pages:
        members = page if zone else [i for i in page if i not in layout.artifacts]
        for edge, known in ((members[:_ZONE], heads), (members[-_ZONE:], feet)):
            for i in edge:
                pieces = _pieces(lines[i])
                if all(p in known or p == "#" for p in pieces) and any(p != "#" for p in pieces):
                    layout.artifacts.add(i)


def _numbered_heads(layout: _Layout) -> None:
    """A running head set as a lone chapter number over the chapter's title: pdftotext
    (without ``-layout``) breaks "4   The Silence of Trent   127" into three lines, and
    "4" over "The Silence of Trent" looks like a note's number over its text.  The same
    number over the same text at the top of three pages or more is a head (a note's
    number differs from page to page)."""
    lines = layout.lines
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for members in layout.pages:
        head = members[:_ZONE]
        for a, b in zip(head, head[1:], strict=False):
            m = _BARE_NUMBER.match(lines[a])
            if m and not _BARE_NUMBER.match(lines[b]):
                pairs.setdefault((m.group(1), _normal(lines[b])), []).append((a, b))
    pages = sum(1 for members in layout.pages if members)
    for found in pairs.values():
        if len(found) >= 3 and len(found) >= 0.2 * pages:
            layout.artifacts.update(i for pair in found for i in pair)


def _head_number(line: str) -> int | None:
    """The page number at the start or end of a running head (words, no punctuation at
    the end: a note's last line "Ibid., 58" is no head)."""
    m = _HEAD_NUMBER.match(line) or _DATED_HEAD_NUMBER.match(line)
    if m is None:
        return None
    return int(m.group("lead") or m.group("tail"))


# --------------------------------------------------------------------------
# marker candidates
# --------------------------------------------------------------------------


_BEFORE = 48  # characters before a number that tell what it is (the word, abbreviation, unit)
_DECIMAL_GOES_ON = lazy_compile(r"\s*[\[\da-zа-яё]")


def _before(line: str, start: int) -> str:
    """What stands before a number, as far as any test looks back (the end of the line
    before it, not all of it: a line of thousands of numbers is read in linear time)."""
    return line[max(0, start - _BEFORE) : start]


# A word of math letters (Unicode's Mathematical Alphanumeric Symbols, which a PDF's
# formulas come out as) just before a number, maybe with a comma or bracket: the number is
# the formula's index or exponent ("𝜃1", "𝛿𝑖𝑗,1", "(𝑥𝑚)2"), never a note's marker.
_MATH_WORD = lazy_compile(r"[\U0001d400-\U0001d7ff][\u0300-\u036f]*+[,;()\[\]]?+$")


# A line opened by an outline number's first parts ("2." of "2.3 Comparison", "4.1." of
# "4.1.2 Results"): the number that follows them ends a section's number, no marker
_OUTLINE_NUMBER = lazy_compile(r"^\s*\d{1,2}\.(?:\d{1,2}\.)*$")


def _candidates(line: str, index: int, page: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    for m in _SUPER.finditer(line):
        before = _before(line, m.start())
        start = m.start()
        if _UNIT.search(before):
            if len(m.group(0)) == 1:
                continue  # "m²", "км³": a unit's power
            start += 1  # "м²⁴": the area, then note 4
        if line[: m.start()].isspace() or not m.start():
            continue
        value = int(line[start : m.end()].translate(_SUPER_DIGITS))
        quality = 0.5 if before[-1:].isdigit() else 3.0  # "10⁶": more likely a power
        found.append(_Candidate(value, index, start, m.end(), page, quality))
    for m in _GLUED.finditer(line):
        before = _TRAILING_MARKS.sub("", _before(line, m.start()))
        if not before or (_ABBREVIATION.search(before) and not _REGNAL.search(before)):
            continue
        if _MATH_WORD.search(line, 0, m.start()):
            continue  # "(𝜃1 −𝜃̃1 )", "𝛿𝑖𝑗,1": a formula's index, set as math letters
        prev = before[-1]
        if prev.isalpha():
            word = re.search(r"[^\W\d_]+$", before)
            caps = word is not None and word.group(0).isupper() and len(word.group(0)) <= 3
            quality = 0.5 if caps else 1.0
        elif re.search(r"\d[.,:]$", before):
            if _OUTLINE_NUMBER.match(before):
                continue  # "2.3 Comparison with …": a subsection's number opens the line
            if before.endswith(".") and _DECIMAL_GOES_ON.match(line, m.end()):
                continue  # "TensorRT 8.5 [23]", "3.5 times": a decimal, the sentence goes on
            quality = 0.3  # "2.2", "3,5", "12:30": more likely a number than a marker
            if _YEAR_STOP.search(before) and _sentence_follows(line[m.end() :]):
                quality = 1.0  # "nel 2008.4" at a sentence's end: the year's full stop, a note
        else:
            quality = 2.0
        found.append(_Candidate(int(m.group(1)), index, m.start(), m.end(), page, quality))
    found.extend(_set_off(line, index, page))
    starts = {c.start for c in found}
    for value, start, end, quality in cjk_markers(line):  # "记载。1日本", "特征3，但"
        if start not in starts:
            found.append(_Candidate(value, index, start, end, page, quality))
    if _affiliations(line, len(found)):
        found = [c for c in found if c.quality >= 2]
    spaced = _spaced_end(line)
    if spaced is not None:
        found.append(
            _Candidate(int(spaced.group(1)), index, spaced.start(1), spaced.end(1), page, 0.2)
        )
    # ("https://doi.org/10.1234/ar.2024.2.211": the address's own number, no marker,
    # :mod:`.addressdigits`)
    return [c for c in found if not addressdigits.inside_address(line, c.start, c.end)]


def _sentence_follows(rest: str) -> bool:
    """Does ``rest`` (what follows a number on its line) end the line or start a sentence
    (a space, then a capital, perhaps after an opening quote or parenthesis)?"""
    if not rest.strip():
        return True
    return rest[:1].isspace() and rest.lstrip().lstrip('"“«‘(')[:1].isupper()


def _set_off(line: str, index: int, page: int) -> list[_Candidate]:
    """Markers that share no word with what they follow: glued to a year (``190127``)
    or set apart by spaces before punctuation (``grégoriennes 9 ,``); weak candidates,
    chosen only where a note of that number has no better marker."""
    found: list[_Candidate] = []
    for m in _YEAR_GLUED.finditer(line):
        found.append(_Candidate(int(m.group(1)), index, m.start(1), m.end(1), page, 0.4))
    for m in _SPACED.finditer(line):
        before = _before(line, m.start())
        word = before.split()[-1] if before.split() else ""
        if _ABBREVIATION.search(before) or _UNIT.search(before) or _NUMBERED_WORD.match(word):
            continue
        found.append(_Candidate(int(m.group(1)), index, m.start(1), m.end(1), page, 0.6))
    return found


# "Tanaka2 ,", "Haddad1" at the line's end; REVTeX's "A. Novak,1 B. Lindgren,2 and"
_NAME_INDEX = lazy_compile(
    r"(?<![^\W\d_])[^\W\d_]{2,}+(?:(\d{1,2})(?=\s?,|\s+(?:and|&|und|et|y|e|и|en|och|og|ja|és|i|a|ve|și)\s|\s*$)"
    r"|,(\d{1,2})(?=\s+(?:and\s|[^\W\d_])|\s*$))"
)


def _affiliations(line: str, count: int) -> bool:
    """An author line with affiliation numbers (``Lucas Ferreira1 , Aiko Tanaka2 , and
    Omar Haddad1``; ``count`` marker-like numbers found in it): names each followed by a
    number, one number used twice or out of order -- footnote numbers never are -- and no
    sentence."""
    numbers = _byline_numbers(line)
    if len(numbers) < 2 or count < 2:
        return False
    return len(set(numbers)) < len(numbers) or numbers != sorted(numbers)


def _byline_numbers(line: str) -> list[int]:
    """The numbers glued to the names of an author line (capitalised words, no sentence),
    or [] for any other line."""
    # (raised digits as the PDF set them: "Maaike Veldhuis¹, Ruben Sanders² en Jelle Berg¹")
    line = line.translate(_SUPER_DIGITS)
    numbers = [int(m.group(1) or m.group(2)) for m in _NAME_INDEX.finditer(line)]
    if len(numbers) < 2 or _TERMINAL.search(line.strip()):
        return []
    words = line.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return numbers if capitalised >= 0.5 * len(words) else []


_TITLE_PAGES = 1  # pages before the title page, at most (a cover)
_AFFILIATION_GAP = 3  # non-blank lines between a byline and its first affiliation, at most


def _affiliated(layout: _Layout, i: int) -> bool:
    """Is line ``i`` an author line whose numbers are affiliations: numbered from 1 on the
    title page, and one of the next few lines starts with that number (``Ruth Okafor1 and
    Mats Lind2`` over ``1 Harbour Institute, Bergen``)?  A note stands at the foot of the
    page, not under the byline."""
    numbers = _byline_numbers(layout.lines[i])
    if not numbers or min(numbers) != 1 or layout.page_of[i] > _TITLE_PAGES:
        return False  # (affiliations are numbered from 1, on the title page)
    page = layout.pages[layout.page_of[i]]
    k = bisect_right(page, i)
    first = min(numbers)
    return any(_affiliation_at(layout, page, p, first) for p in range(k, k + _AFFILIATION_GAP + 1))


def _affiliation_at(layout: _Layout, page: list[int], p: int, number: int) -> bool:
    """Does the ``p``-th line of text of a page start the affiliation ``number``: the
    number before its text (``1 Harbour Institute``), or alone over it, as the converter
    prints a raised number (``1`` / ``Harbour Institute``)?"""
    if p >= len(page):
        return False
    line = layout.lines[page[p]]
    if (found := _definition(line)) is not None:
        return found[0] == number
    bare = _BARE_NUMBER.match(line)
    return bare is not None and int(bare.group(1)) == number and p + 1 < len(page)


def _spaced_end(line: str) -> re.Match[str] | None:
    """A note number after a space at the end of a byline or title line: a short line of
    capitalised words, no sentence, the number after a name."""
    m = _SPACED_END.search(line)
    if m is None:
        return None
    head = line[: m.start()].strip()
    words = head.split()
    if not 2 <= len(words) <= 10 or len(head) > 80 or _TERMINAL.search(head):
        return None
    if not words[-1][:1].isupper() or _NUMBERED_WORD.match(words[-1]):
        return None
    return m if sum(1 for w in words if w[:1].isupper()) >= 0.6 * len(words) else None


def _token(line: str, c: _Candidate) -> str:
    """The word a candidate ends (``CO2``), as far back as :data:`_BEFORE` characters."""
    start, first = c.start, max(0, c.start - _BEFORE)
    while start > first and not line[start - 1].isspace():
        start -= 1
    return line[start : c.end]


# --------------------------------------------------------------------------
# notes
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _NoteReader:
    """Collects notes in reading order, numbering run by numbering run."""

    notes: list[_Note] = field(default_factory=list)
    expected: int = 1  # next note number in the current run
    part: int = 1

    def accepts(self, value: int) -> bool:
        """Can a note numbered ``value`` start here (the next number, or 1 again)?"""
        return self.expected <= value <= self.expected + _TOLERANCE or (
            value == 1 and self.expected > 1
        )

    def start(self, value: int, page: int, index: int, text: str, endnote: bool) -> None:
        if value < self.expected:  # numbering restarts
            self.part += 1
        self.notes.append(_Note(value, self.part, page, [index], [text], endnote))
        self.expected = value + 1

    def extend(self, index: int, text: str) -> None:
        note = self.notes[-1]
        note.lines.append(index)
        note.parts.append(text)


# A note may start in lower case with these: a reference word, or a web address alone
# ("1 https://github.com/org/tool", the usual footnote of a conference paper).
_LOWER_NOTE_STARTS = ("e.g.", "cf.", "see", "id.", "http://", "https://", "www.")


def _definition(line: str) -> tuple[int, str, bool] | None:
    """(number, text, alone) for a line that may start a note (never a table of
    contents' line: :func:`_contents_line`)."""
    m = _DEFINITION.match(line)
    if m is None or _contents_line(line):
        return None
    text = m.group("text") or ""
    if text and not _NOTE_START.match(text):
        return None
    if "\t" in text:  # "2<TAB>Unity<TAB>John 17": a table row of cells, not a note
        return None
    if text and text[0].islower() and not text.startswith(_LOWER_NOTE_STARTS):
        return None  # "8 percent of ships ...": a sentence that starts with a number
    if _capitals_heading(text):
        return None  # "2  METHODS", "4  VURDERING OG ANBEFALING": a numbered section heading
    return int(m.group("num").translate(_SUPER_DIGITS)), text, not text


_LEADER_TAIL = 12  # characters before a trailing page number that show dot leaders


def _capitals_heading(text: str) -> bool:
    """Is ``text`` (what follows a line's number) a section heading set in capitals: words
    of capital letters only, one of them at least 4 letters long, with no digit and no
    punctuation but ``&``, a hyphen or an apostrophe (``METHODS``, ``RESULTS AND
    DISCUSSION``, ``VURDERING OG ANBEFALING``)?  No footnote is written so (``IBID.``,
    ``ID.`` end in a full stop)."""
    words = text.split()
    return (
        any(sum(c.isalpha() for c in w) >= 4 for w in words)
        and text.upper() == text
        and all(c.isalpha() or c in _HEADING_SIGNS for w in words for c in w)
    )


_HEADING_SIGNS = frozenset("&-'’")


def _contents_line(line: str) -> bool:
    """A table of contents' line: text, then its page number after dot leaders
    (``1.2 Section 1.2 . . . . .  3``) or a wide gap (``2 Chapter 2: Advanced Topics      4``).
    (Looked at from the end, in linear time.)"""
    text = line.rstrip()
    number = len(text) - len(text.rstrip("0123456789"))
    if not 1 <= number <= 4:
        return False
    before = text[:-number]
    if not before.strip() or before.strip().isdigit():
        return False  # a bare number, or "12  3": no entry's text
    tail = before.rstrip()[-_LEADER_TAIL:].replace(" ", "")
    return before.endswith("   ") or tail.endswith("....")


_FOLIO_INDENT = 8  # columns beyond the page's margin: a centred or right-set number


def _folio_line(layout: _Layout, i: int, margin: int) -> bool:
    """A page number: a bare number alone, a blank line (or the page's end) before and
    after it, centred or set right (a note's number alone stands at the page's left
    ``margin``, its text after it or after a blank line)."""
    lines = layout.lines
    if not _BARE_NUMBER.match(lines[i]) or _indent(lines[i]) < margin + _FOLIO_INDENT:
        return False
    if i > 0 and lines[i - 1].strip() and layout.page_of[i - 1] == layout.page_of[i]:
        return False
    nxt = i + 1
    return nxt >= len(lines) or not lines[nxt].strip() or layout.page_of[nxt] != layout.page_of[i]


_ITEM_NUMBER = lazy_compile(r"\s*+\d{1,3}[.)]\s")


def _body_item(line: str, margin: int) -> bool:
    """An item of a numbered list in the body (``1. Update the configuration``): its
    number punctuated and indented beyond the page's left margin (``margin``; ``-layout``
    output sets a footnote's number at the margin)."""
    return _ITEM_NUMBER.match(line) is not None and _indent(line) >= margin + 2


@dataclass(slots=True)
class _Zone:
    """A page's footnote area as read from one possible first line."""

    start: int  # its first line
    starts: list[tuple[int, int, str, int | None]]  # line, number, text, cut (glued number)
    extends: list[int]  # lines that continue the note above
    score: float = 0.0


def _read_footnotes(
    layout: _Layout,
    cands: dict[int, list[_Candidate]],
    reader: _NoteReader,
    body_end: int,
    foot_end: int,
) -> set[int]:
    """Footnote areas of every page; returns the lines they use.

    A page's area is read from the line that gives the most notes whose markers stand
    above it (on the page or the page before): a section number (``2`` over ``The
    legal framework``, ``1. The problem``) starts no area, because the notes below it
    would have their markers inside it.  Below a ``References`` heading that starts
    mid-page, the page's footnotes still follow the list (numbering cannot restart
    there).  Notes a Word PDF prints at the top of the next page (``⁵ …`` before the
    body text) are read there; a note continued from the page before is found above
    the page's first note (:func:`_continuations`).
    """
    used: set[int] = set()
    before: dict[int, int] = {}  # page -> index of the last note read before its area
    for page, members in enumerate(layout.pages):
        members = [i for i in members if i not in layout.artifacts and i < foot_end]
        above: Counter[int] = Counter(c.value for c in cands.get(page - 1, ()))
        top = _top_zone(layout, members, reader, above)
        if top:
            used |= _apply(layout, reader, page, top, endnote=False)
            members = [i for i in members if i not in used]
        page_cands = list(cands.get(page, ()))
        best = _best_zone(layout, members, page_cands, above, reader, page, body_end)
        if best is None:
            continue
        before[page] = len(reader.notes) - 1
        second = _second_zone(layout, members, page_cands, above, reader, page, body_end, best)
        for zone in sorted([best, *([second] if second else [])], key=lambda z: z.starts[0][1]):
            used |= _apply(layout, reader, page, zone, endnote=False)
        if len(layout.pages) == 1:  # (no form feed: a PDF viewer's copy of several pages)
            used |= _unbroken_zones(layout, members, page_cands, reader, body_end, used)
    used |= _continuations(layout, reader, before, used, body_end)
    _unstack(layout, reader)
    _number_after_text(layout, reader)
    _reorder_numbers(layout, reader)
    used |= _numbers_set_apart(layout, reader, cands, used)
    return used


def _best_zone(
    layout: _Layout,
    members: list[int],
    page_cands: list[_Candidate],
    above: Counter[int],
    reader: _NoteReader,
    page: int,
    body_end: int,
) -> _Zone | None:
    """The page's footnote area among ``members``: the one read from the line that gives
    the most notes whose markers stand above it, or None."""
    # (a page number and a list item of the body start no note)
    margin = min((_indent(layout.lines[i]) for i in members), default=0)
    defs = {
        i: None
        if _folio_line(layout, i, margin) or _body_item(layout.lines[i], margin)
        else _definition(layout.lines[i])
        for i in members
    }
    on_page = sorted(page_cands, key=lambda c: c.line)
    marks: dict[int, set[int]] = {}  # the markers of each line
    for c in on_page:
        marks.setdefault(c.line, set()).add(c.value)
    running: Counter[int] = Counter()  # markers on the page above the line
    zones: list[_Zone] = []
    for k, i in enumerate(members):
        while on_page and on_page[0].line < i:
            running[on_page.pop(0).value] += 1
        first = _zone_start(layout, reader, page, i, defs[i], above, running, i >= body_end)
        if first is None:
            continue
        # A page's notes end where a References heading starts, if they stand above it.
        stop = body_end if i < body_end else len(layout.lines)
        area = [j for j in members if j < stop]
        seen = above + running
        inside = {c.value for c in on_page}
        if first[2] is not None:  # "… them.14 Instead the bro7": the line is text up to 7
            seen += Counter(c.value for c in on_page if c.line == i and c.start < first[2])
            inside = {c.value for c in on_page if c.line != i}
        zones.append(_zone(layout, area, k, first, reader, seen, inside, defs, page, marks))
        if len(members) > _LONG_PAGE:
            break  # no printed page is this long: the first start will do
    best = max(zones, key=lambda z: (z.score, z.start), default=None)
    return best if best is not None and best.score > 0 else None


def _second_zone(
    layout: _Layout,
    members: list[int],
    page_cands: list[_Candidate],
    above: Counter[int],
    reader: _NoteReader,
    page: int,
    body_end: int,
    best: _Zone,
) -> _Zone | None:
    """A page set in two columns has two note areas, one per column, which pdftotext may
    write in either order ("5 …" to "10 …" above "1 …" to "4 …"): the other area, numbered
    just before or just after the first one, every note with its marker above it."""
    taken = {line for line, _, _, _ in best.starts} | set(best.extends)
    rest = [i for i in members if i not in taken]
    values = [value for _, value, _, _ in best.starts]
    for expected in (reader.expected, max(values) + 1):
        trial = _NoteReader(expected=expected, part=reader.part)
        zone = _best_zone(layout, rest, page_cands, above, trial, page, body_end)
        if zone is None or not _all_marked(zone, page_cands, above):
            continue
        numbers = [value for _, value, _, _ in zone.starts]
        if max(numbers) < min(values) or min(numbers) > max(values):
            return zone
    return None


_UNBROKEN_ZONES = 200  # further note areas read in a text without page breaks, at most
_UNBROKEN_PAGE = 120  # lines after an area that the next one (its page's text, its notes) spans


def _unbroken_zones(
    layout: _Layout,
    members: list[int],
    page_cands: list[_Candidate],
    reader: _NoteReader,
    body_end: int,
    used: set[int],
) -> set[int]:
    """The further note areas of a text with no page break: several printed pages copied
    from a PDF viewer, or converted without form feeds, each page's footnotes at its foot
    and the next page's text after them (``… the Court.3`` / ``1 Smith, Law 4 (1990).`` /
    ``2 Id. at 7.`` / ``3 Jones v. Roe, 12 F. 3 (1901).`` / ``14  LAW REVIEW  [Vol. 2`` /
    ``the next page's text.4`` / ``4 Id.``).  Each area is read below the last one, numbered
    on from it, every note with its marker between the two areas, within a page's length
    of the last area (each area looked for in a bounded window: linear time); the lines
    it uses."""
    taken: set[int] = set()
    cands = sorted(page_cands, key=lambda c: c.line)
    at = [c.line for c in cands]
    last = max(used, default=-1)
    for _ in range(_UNBROKEN_ZONES):
        end = last + _UNBROKEN_PAGE
        rest = members[bisect_right(members, last) : bisect_right(members, end)]
        between = cands[bisect_right(at, last) : bisect_right(at, end)]
        zone = _best_zone(layout, rest, between, Counter(), reader, 0, body_end)
        if zone is None or not _all_marked(zone, between, Counter()):
            break
        if zone.starts[0][1] != reader.expected:
            break
        found = _apply(layout, reader, 0, zone, endnote=False)
        taken |= found
        last = max(found | {zone.start, last})
    return taken


def _all_marked(zone: _Zone, page_cands: list[_Candidate], above: Counter[int]) -> bool:
    """At least two notes, each with its marker above the area (a second area must be as
    certain as that: no section number, no list)."""
    marked = {c.value for c in page_cands if c.line < zone.start} | set(above)
    return len(zone.starts) >= 2 and all(value in marked for _, value, _, _ in zone.starts)


def _zone_start(
    layout: _Layout,
    reader: _NoteReader,
    page: int,
    i: int,
    found: tuple[int, str, bool] | None,
    above: Counter[int],
    running: Counter[int],
    listed: bool,
) -> tuple[int, str, int | None] | None:
    """(number, text, cut) if line ``i`` may be the first line of the page's notes:
    its number is marked above (a number that shares its line with text: on this
    page) and may come next."""
    if found and reader.accepts(found[0]) and (running[found[0]] or found[2] and above[found[0]]):
        if not (listed and found[0] < reader.expected):  # no restart inside the list
            return found[0], found[1], None
    glued = _GLUED_END.search(layout.lines[i])
    if glued and i != layout.pages[page][-1]:
        value = int(glued.group(1))
        if (running[value] or above[value]) and reader.accepts(value):
            # "... those char15": pdftotext joined a word hyphenated at the page end
            # with the number of the first note below it.
            return value, "", glued.start()
    return None


def _zone(
    layout: _Layout,
    members: list[int],
    k: int,
    first: tuple[int, str, int | None],
    reader: _NoteReader,
    seen: Counter[int],
    inside: set[int],
    defs: dict[int, tuple[int, str, bool] | None],
    page: int,
    marks: dict[int, set[int]],
) -> _Zone:
    """The notes of a page read from ``members[k]`` to the page end, and how many of
    them have a marker above that line (``seen``; ``inside``: markers below it).  The
    area ends where the next column starts with text that holds the next note's marker
    above that note (a two-column page read column by column: :func:`_column_turns`)."""
    start = members[k]
    trial = _NoteReader(expected=reader.expected, part=reader.part)
    zone = _Zone(start, [(start, first[0], first[1], first[2])], [])
    trial.start(first[0], page, start, first[1], endnote=False)
    alone = first[2] is None and not first[1]
    rest = members[k + 1 :]
    lines = layout.lines
    # the page's number under its notes, after a blank line ("… sus." / "" / "1")
    last = max((i for i in rest if lines[i].strip()), default=None)
    folio = last if last is not None and _BARE_NUMBER.match(lines[last]) else None
    if folio is not None and lines[folio - 1].strip():
        folio = None
    # numbers starting lines below, but not the text of a number alone above it
    # ("16" / "15 U.S.C. § 45(a)"): that line is note 16's, it starts no note 15
    counted = {
        i
        for prev, i in zip(members[k:], rest, strict=False)
        if defs[i] and i != folio and not (prev + 1 == i and (d := defs[prev]) and d[2])
    }
    below = Counter(d[0] for i in counted if (d := defs[i]))
    margin = min((_indent(lines[i]) for i in members), default=0)
    previous = start
    unbroken = len(layout.pages) == 1
    blank = 0  # the area's last blank line so far (a text without page breaks)
    for pos, i in enumerate(rest):
        turned = any(t in layout.turns for t in range(previous + 1, i + 1))
        if unbroken:  # (the lines since the last one read, each looked at once)
            blank = next((j for j in range(i - 1, previous, -1) if not lines[j].strip()), blank)
        previous = i
        if turned and _column_turns(layout, page, rest[pos:], defs, marks, trial.expected):
            break
        if unbroken and blank and trial.expected in marks.get(i, ()):
            # (no page break: the next note's marker, after a blank line, is the next
            # page's text)
            zone.extends = [j for j in zone.extends if j < blank]
            while zone.extends and _head_number(lines[zone.extends[-1]]) is not None:
                zone.extends.pop()  # the next page's running head ("56  LAW REVIEW  [Vol. 8")
            break
        if i == folio:
            found = _definition(lines[i])
            if not (found and found[0] == trial.expected and seen[found[0]]):
                continue
        elif defs[i] is None and _folio_line(layout, i, margin):
            break  # a page number: the page, and its notes, end there
        else:
            found = defs[i]
        if i in counted and found:
            below[found[0]] -= 1
        # numbers stacked over their texts ("10" / "11" / text of 10 / text of 11)
        text_below = _text_below(rest[pos + 1 :], defs)
        stacked = (
            alone and found is not None and found[2] and found[0] == trial.expected and text_below
        )
        if (
            found
            and (not alone or stacked)  # a number alone's text follows ("14" / "15 U.S.C.")
            and trial.accepts(found[0])
            and found[0] != 1
            and (found[2] or found[0] in seen)
            # a number that starts a note again below is a note's words one to a line
            # ("at" / "4" / "(2021),"), not note 4
            and below[found[0]] <= 0
        ):
            zone.starts.append((i, found[0], found[1], None))
            trial.start(found[0], page, i, found[1], endnote=False)
            alone = found[2]
        elif (
            found
            and found[1]
            and not alone
            and found[0] < zone.starts[0][1]
            and found[0] >= reader.expected
            and found[0] in seen
        ):
            break  # a lower number marked above and not read yet: another area starts
        else:
            zone.extends.append(i)
            alone = False
    # Notes with their marker above count; a note whose marker is inside the area
    # counts against it; a note in sequence without a marker (lost in conversion) tips
    # a tie towards the area that keeps it.
    marked = sum(1 for _, value, _, _ in zone.starts if seen[value])
    against = sum(1 for _, value, _, _ in zone.starts if value in inside)
    zone.score = marked - 0.5 * against + 0.1 * len(zone.starts)
    if alone and len(zone.starts) == 1 and not zone.extends:
        zone.score -= 0.05  # a number alone at the page's end, with no text: no note area
    return zone


def _column_turns(
    layout: _Layout,
    page: int,
    rest: list[int],
    defs: dict[int, tuple[int, str, bool] | None],
    marks: dict[int, set[int]],
    expected: int,
) -> bool:
    """Does the column that starts again at ``rest[0]`` (inside a note area of a text
    read column by column) go on with body text: the marker of note ``expected`` stands
    on a line of ``rest`` before that note's own line further down the page (the left
    column's notes above the right column's text and notes)?"""
    for i in rest:
        found = defs.get(i)
        if found is not None and found[0] == expected:
            return False
        if expected in marks.get(i, ()):
            return any(
                (d := _definition(layout.lines[j])) is not None and d[0] == expected
                for j in layout.pages[page]
                if j > i
            )
    return False


def _text_below(rest: list[int], defs: dict[int, tuple[int, str, bool] | None]) -> bool:
    """Does text (a line that is no number) follow the numbers alone at the top of
    ``rest``?"""
    for i in rest:
        found = defs[i]
        if found is None:
            return True
        if not found[2]:
            return False
    return False


def _apply(layout: _Layout, reader: _NoteReader, page: int, zone: _Zone, endnote: bool) -> set[int]:
    """Read a chosen area into ``reader``; the lines it uses."""
    starts = {line: (value, text, cut) for line, value, text, cut in zone.starts}
    used: set[int] = set()
    for i in sorted([*starts, *zone.extends]):
        if i in starts:
            value, text, cut = starts[i]
            reader.start(value, page, i, text, endnote)
            if cut is not None:
                layout.cut[i] = cut
                continue  # the line is body text up to the number
        else:
            reader.extend(i, layout.lines[i].strip())
        used.add(i)
    return used


def _top_zone(
    layout: _Layout, members: list[int], reader: _NoteReader, above: Counter[int]
) -> _Zone | None:
    """Notes at the top of a page before its text (a Word PDF's notes that did not fit on
    the page before): superscript numbers going on from the last note, up to the first
    line after a blank that starts no note."""
    lines = layout.lines
    if not members or not reader.notes:
        return None
    found = _definition(lines[members[0]])
    if not (
        found
        and lines[members[0]].lstrip()[:1] in _SUPERS
        and found[0] == reader.expected
        and above[found[0]]
    ):
        return None
    zone = _Zone(members[0], [(members[0], found[0], found[1], None)], [])
    expected = found[0] + 1
    for prev, i in zip(members, members[1:], strict=False):
        found = _definition(lines[i])
        superscript = lines[i].lstrip()[:1] in _SUPERS
        if found and superscript and found[0] == expected and above[found[0]]:
            zone.starts.append((i, found[0], found[1], None))
            expected += 1
        elif i == prev + 1:
            zone.extends.append(i)
        else:
            break  # a blank line, then text: the page's body
    return zone


# --------------------------------------------------------------------------
# notes continued over a page, numbers out of place
# --------------------------------------------------------------------------


def _continuations(
    layout: _Layout, reader: _NoteReader, before: dict[int, int], used: set[int], body_end: int
) -> set[int]:
    """Lines of a note continued from the page before: where the converter put them,
    right above the first note of the next page (after that page's text or list).

    The note must have broken off (no final full stop, a hyphen, an open address) and
    the lines must end with one.  Their top is where the lines become as wide as note
    lines (notes are set smaller than the text: more characters to the line), or, when
    the widths tell nothing, the first line after a blank or a finished sentence if it
    starts like the rest of a sentence (``whose …``, ``1859-2020…``).
    """
    body, note = _measures(layout, reader, used, body_end)
    taken: set[int] = set()
    for page, k in sorted(before.items()):
        if k < 0 or k + 1 >= len(reader.notes):
            continue
        prev, first = reader.notes[k], reader.notes[k + 1]
        if prev.page >= page or prev.endnote or not _broken_off(prev):
            continue
        block = _continuation(layout, first.lines[0], used | taken, prev, body, note)
        prev.lines.extend(block)
        prev.parts.extend(layout.lines[j].strip() for j in block)
        taken.update(block)
    return taken


def _width(line: str) -> int:
    return len(re.sub(r"\s+", " ", line.strip()))


def _measures(
    layout: _Layout, reader: _NoteReader, used: set[int], body_end: int
) -> tuple[float, float]:
    """The usual length of a full line of text and of a full line of notes (lines that
    go on in the next line of their paragraph or note)."""
    lines = layout.lines
    note_full = [
        _width(lines[i])
        for note in reader.notes
        for i, j in zip(note.lines, note.lines[1:], strict=False)
        if j == i + 1 and not _BARE_NUMBER.match(lines[i])
    ]
    body_full = [
        _width(lines[i])
        for i in range(body_end - 1)
        if i not in used
        and i not in layout.artifacts
        and i + 1 not in used
        and lines[i].strip()
        and lines[i + 1].strip()
    ]
    return _median(body_full), _median(note_full)


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    return float(ordered[len(ordered) // 2]) if ordered else 0.0


# A note does not end with an edition, a volume or a locator word waiting for its value:
# "… Nájem bytu a domu. 2. vyd." goes on over the page ("Praha: C. H. Beck, 2019.").
_OPEN_END = lazy_compile(
    r"(?:^|[\s(])(?:vyd|wyd|izd|Aufl|uppl|utg|éd|ed|edn|eds|Hrsg|Hg|hrsg|red|ред|изд|vol|Vol|Bd"
    r"|Bde|roč|sv|tom|t|č|nr|Nr|no|No|s|S|p|pp|С|с|In|in)[.:]$"
)


def _open_end(last: str) -> bool:
    return _OPEN_END.search(last) is not None


def _broken_off(note: _Note) -> bool:
    last = next((p.strip() for p in reversed(note.parts) if p.strip()), "")
    if not last or _BARE_NUMBER.match(last):
        return False
    if last.endswith("-") or url_continues(last, "x/y") or _open_end(last):
        return True
    return not _TERMINAL.search(last) and not re.search(r"https?://\S+$", last)


def _continuation(
    layout: _Layout, first: int, taken: set[int], prev: _Note, body: float, note: float
) -> list[int]:
    lines = layout.lines
    page = layout.page_of[first]
    above: list[int] = []
    j = first - 1
    while j >= 0 and layout.page_of[j] == page and len(above) < 12:
        if j in layout.artifacts or j in taken or not lines[j].strip():
            break
        above.append(j)
        j -= 1
    if not above or not _TERMINAL.search(lines[above[0]].strip()):
        return []
    if body and note >= body * 1.06:
        threshold = (body + note) / 2

        def wide(i: int) -> bool:
            return threshold < _width(lines[i]) <= note * 1.2

        block = [above[0]]
        for i in above[1:]:
            if not wide(i):
                break
            block.append(i)
        if any(wide(i) for i in block):
            return sorted(block)
    tail = next((p.strip() for p in reversed(prev.parts) if p.strip()), "")
    for n, top in enumerate(above[:3]):
        if n + 1 < len(above) and not _TERMINAL.search(lines[top - 1].strip()):
            continue
        head = lines[top].strip()[:1]
        if head.islower() or head.isdigit() or tail.endswith("-") or _open_end(tail):
            return sorted(above[: n + 1])
        return []
    return []


def _unstack(layout: _Layout, reader: _NoteReader) -> None:
    """Note numbers the converter stacked above their texts (``10`` / ``11`` / Milroy's
    text / the text of 11, a slide's notes): the notes with no text before the last of
    the stack share its lines, cut where finished sentences end (the shortest lines)."""
    notes = reader.notes
    k = 0
    while k < len(notes):
        run = [k]
        while (
            run[-1] + 1 < len(notes)
            and _bare(notes[run[-1]])
            and notes[run[-1] + 1].page == notes[k].page
            and notes[run[-1] + 1].lines[0] == notes[run[-1]].lines[0] + 1
        ):
            run.append(run[-1] + 1)
        last = notes[run[-1]]
        block = [i for i, p in zip(last.lines[1:], last.parts[1:], strict=False) if p.strip()]
        if (
            len(run) < 2
            or last.parts[0].strip()
            or len(_boundaries(layout.lines, block)) < len(run) - 1
        ):
            k = run[-1] + 1
            continue
        pieces = _split_texts(layout.lines, block, len(run))
        for n, members in zip(run, pieces, strict=True):
            _retext(layout, notes[n], members)
        k = run[-1] + 1


def _retext(layout: _Layout, note: _Note, members: list[int]) -> None:
    """Give ``note`` (read from its number alone on a line) the text lines ``members``,
    in the order of the lines (the number may stand below its text)."""
    number = note.lines[0]
    note.lines[:] = sorted([number, *members])
    note.parts[:] = ["" if i == number else layout.lines[i].strip() for i in note.lines]


def _number_after_text(layout: _Layout, reader: _NoteReader) -> None:
    """A page's last note number that the converter wrote after its text (``5`` / note 5's
    text / note 6's text / ``6``): a number alone at the end of the page's notes, with no
    text, takes the text of the note before it from its last finished sentence on."""
    notes = reader.notes
    for k in range(1, len(notes)):
        a, b = notes[k - 1], notes[k]
        later = k + 1 < len(notes) and notes[k + 1].page == b.page
        if later or not _bare(b) or a.page != b.page or a.value + 1 != b.value or a.endnote:
            continue
        block = [i for i, p in zip(a.lines, a.parts, strict=False) if p.strip()]
        if not block or max(block) > b.lines[0] or not _boundaries(layout.lines, block):
            continue
        first, second = _split_texts(layout.lines, block, 2)
        _retext(layout, b, second)
        kept = [(i, p) for i, p in zip(a.lines, a.parts, strict=True) if i not in second]
        a.lines[:] = [i for i, _ in kept]
        a.parts[:] = [p for _, p in kept]


def _bare(note: _Note) -> bool:
    """A note read as its number alone, no text."""
    return not any(p.strip() for p in note.parts)


def _reorder_numbers(layout: _Layout, reader: _NoteReader) -> None:
    """A note number the converter wrote out of place (``26`` after note 29): where a
    page's notes skip one number and a line of a later note on that page is that number
    alone, the note before the gap is split at its last sentence boundary."""
    notes = reader.notes
    k = 0
    while k + 1 < len(notes):
        a, b = notes[k], notes[k + 1]
        missing = a.value + 1
        if b.value != missing + 1 or a.page != b.page or a.endnote or b.endnote:
            k += 1
            continue
        stray = next(
            (
                (n, j)
                for n in notes[k + 1 :]
                if n.page == a.page
                for j in range(1, len(n.lines))
                if n.parts[j].strip() == str(missing)
            ),
            None,
        )
        split = _split_point(a)
        if stray is None or split is None:
            k += 1
            continue
        owner, j = stray
        del owner.lines[j], owner.parts[j]
        notes.insert(
            k + 1, _Note(missing, a.part, a.page, a.lines[split:], a.parts[split:], a.endnote)
        )
        del a.lines[split:], a.parts[split:]
        k += 2


def _numbers_set_apart(
    layout: _Layout, reader: _NoteReader, cands: dict[int, list[_Candidate]], used: set[int]
) -> set[int]:
    """Numbers of a page's first notes that the converter wrote apart from their text, as a
    block after the page's last note (``13`` / ``14`` below note 19, when the notes start
    the page or follow a float), their texts unnumbered right above the page's first
    numbered note: the numbers are paired with those texts in order.  The texts start
    below the last marker of the page's notes and split where a finished sentence ends a
    short line; the lines used are returned."""
    notes = reader.notes
    taken: set[int] = set()
    k = 0
    while k < len(notes):
        first = notes[k]
        prev = notes[k - 1] if k > 0 else None
        if first.endnote or (prev is not None and prev.page >= first.page):
            k += 1
            continue
        low = prev.value + 1 if prev is not None and prev.part == first.part else 1
        missing = list(range(low, first.value))
        block = _texts_set_apart(layout, notes, k, missing, cands, used | taken)
        if block is None:
            k += 1
            continue
        last = max((n for n in notes if n.page == first.page), key=lambda n: n.lines[0])
        del last.lines[-len(missing) :], last.parts[-len(missing) :]
        pieces = _split_texts(layout.lines, block, len(missing))
        for n, (value, members) in enumerate(zip(missing, pieces, strict=True)):
            parts = [layout.lines[i].strip() for i in members]
            notes.insert(k + n, _Note(value, first.part, first.page, members, parts))
        taken.update(block)
        k += len(missing) + 1
    return taken


def _texts_set_apart(
    layout: _Layout,
    notes: list[_Note],
    k: int,
    missing: list[int],
    cands: dict[int, list[_Candidate]],
    used: set[int],
) -> list[int] | None:
    """The unnumbered note lines above ``notes[k]`` whose numbers ``missing`` stand alone
    at the end of the page's last note, or None."""
    first = notes[k]
    if not 1 <= len(missing) <= 5:
        return None
    page = first.page
    last = max((n for n in notes if n.page == page), key=lambda n: n.lines[0])
    tail = [p.strip() for p in last.parts[-len(missing) :]]
    if len(last.parts) <= len(missing) or tail != [str(v) for v in missing]:
        return None
    values = set(missing) | {n.value for n in notes if n.page == page}
    marked = [c for c in cands.get(page, ()) if c.value in values and c.line < first.lines[0]]
    before = {c.value for c in cands.get(page - 1, ())} | {c.value for c in marked}
    if not marked or not set(missing) <= before:
        return None
    lines = layout.lines
    limit = max(c.line for c in marked)
    block: list[int] = []
    i = first.lines[0] - 1
    while i > limit and layout.page_of[i] == page and lines[i].strip():
        if i in layout.artifacts or i in used:
            return None
        block.append(i)
        i -= 1
    block.reverse()
    if len(block) < len(missing) or not _TERMINAL.search(lines[block[-1]].strip()):
        return None
    return block if len(_boundaries(lines, block)) >= len(missing) - 1 else None


def _boundaries(lines: list[str], block: list[int]) -> list[int]:
    """Positions in ``block`` where a new note may start: after a finished sentence, at a
    capital or a digit."""
    return [
        n
        for n in range(1, len(block))
        if _TERMINAL.search(lines[block[n - 1]].strip())
        and (lines[block[n]].strip()[:1].isupper() or lines[block[n]].strip()[:1].isdigit())
    ]


def _split_texts(lines: list[str], block: list[int], count: int) -> list[list[int]]:
    """``block`` cut into ``count`` notes where the lines before the cuts are shortest."""
    cuts = sorted(
        sorted(_boundaries(lines, block), key=lambda n: _width(lines[block[n - 1]]))[: count - 1]
    )
    edges = [0, *cuts, len(block)]
    return [block[a:b] for a, b in zip(edges, edges[1:], strict=False)]


def _split_point(note: _Note) -> int | None:
    """The first line of ``note`` after its first text line that starts a new sentence."""
    parts = note.parts
    first = next((n for n, p in enumerate(parts) if p.strip()), None)
    if first is None:
        return None
    for n in range(first + 1, len(parts)):
        head = parts[n].strip()[:1]
        if _TERMINAL.search(parts[n - 1].strip()) and (head.isupper() or head.isdigit()):
            return n
    return None


def _read_endnotes(
    layout: _Layout, reader: _NoteReader, start: int, end: int, after: int = -1
) -> tuple[set[int], int]:
    """The notes of a ``Notes`` section from its heading ``start`` up to ``end``: the lines
    used, and the line where the section ended (``end``, or the first line of the text
    that follows it: the next chapter).  The list runs on across page furniture (running
    heads and page numbers are artifacts); markers of its notes stand below ``after``."""
    used: set[int] = set()
    lines = layout.lines
    first = len(reader.notes)
    last = start
    for i in range(start + 1, end):
        if i in layout.artifacts or not lines[i].strip():
            continue
        found = _definition(lines[i])
        if found and _numbered_subheading(layout, i, end):
            used.add(i)  # "2. Shipbuilding" over chapter 2's notes, no note of its own
            last = i
            continue
        if found and reader.accepts(found[0]):
            reader.start(found[0], layout.page_of[i], i, found[1], endnote=True)
            reader.notes[-1].after = after
            used.add(i)
        elif len(reader.notes) > first:
            if _notes_subheading(layout, reader, last, i, end):
                used.add(i)
                last = i
                continue
            if _section_ends(layout, reader, last, i, end):
                return used, i
            reader.extend(i, lines[i].strip())
            used.add(i)
        last = i
    return used, end


def _notes_subheading(layout: _Layout, reader: _NoteReader, last: int, i: int, end: int) -> bool:
    """Is line ``i`` of a ``Notes`` section the heading of the next chapter's notes
    (``Chapter 2``, ``Rozdział 2``, ``Kapitel 2``, a chapter's title)?  It stands apart
    (a blank line or a page break before it), is short and ends no sentence, and the next
    line with text starts a new series (``1``) or, after a finished note, the next note."""
    lines = layout.lines
    text = lines[i].strip()
    if len(text) > _SUBHEADING_WIDTH or _TERMINAL.search(text) or text[-1:] in ",-–":
        return False
    apart = layout.page_of[i] != layout.page_of[last] or not all(
        lines[j].strip() for j in range(last + 1, i) if j not in layout.artifacts
    )
    if not apart:
        return False
    nxt = next(
        (j for j in range(i + 1, end) if j not in layout.artifacts and lines[j].strip()), None
    )
    found = _definition(lines[nxt]) if nxt is not None else None
    if found is None:
        return False
    # (after a note that ends no sentence, only where the numbers start again)
    finished = _TERMINAL.search(reader.notes[-1].parts[-1].strip())
    return found[0] == 1 < reader.expected or (bool(finished) and found[0] == reader.expected)


def _numbered_subheading(layout: _Layout, i: int, end: int) -> bool:
    """Is line ``i`` of a ``Notes`` section, which starts with a number, a chapter's
    numbered title over that chapter's notes (``2. Shipbuilding``) rather than a note?  It
    stands apart (blank lines before and after it), is short and ends no sentence, and
    the next line with text starts a note numbered 1 or the heading's own number."""
    lines = layout.lines
    text = lines[i].strip()
    if len(text) > _SUBHEADING_WIDTH or _TERMINAL.search(text) or text[-1:] in ",-–":
        return False
    around = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and j not in layout.artifacts]
    if any(lines[j].strip() for j in around):
        return False
    nxt = next(
        (j for j in range(i + 1, end) if j not in layout.artifacts and lines[j].strip()), None
    )
    own = _definition(lines[i])
    found = _definition(lines[nxt]) if nxt is not None else None
    return own is not None and found is not None and found[0] in (1, own[0])


def _section_ends(layout: _Layout, reader: _NoteReader, last: int, i: int, end: int) -> bool:
    """Does line ``i`` (no note's start) end a ``Notes`` section whose last line read is
    ``last``?  Where a page or a blank line follows a finished note and no later line
    before ``end`` starts the next note (or a new series, ``1``), the notes are over:
    ``4`` / ``Brine, Coal and …`` is the next chapter, not more of the last note."""
    lines = layout.lines
    broken = layout.page_of[i] != layout.page_of[last] or not all(
        lines[j].strip() for j in range(last + 1, i) if j not in layout.artifacts
    )
    if not broken or not _TERMINAL.search(reader.notes[-1].parts[-1].strip()):
        return False
    return not any(
        (d := _definition(lines[j])) is not None and d[0] in (reader.expected, 1)
        for j in range(i + 1, end)
        if j not in layout.artifacts
    )


def _notes_headings(layout: _Layout) -> list[int]:
    """The ``Notes`` headings followed by note lines (a book has one per chapter): the
    first numbered 1 to 3, the later ones also going on from the notes before."""
    lines = layout.lines
    found: list[int] = []
    texted = False  # a line of text before this one (a title "Note" heads no notes)
    for i, line in enumerate(lines):
        if i in layout.artifacts or not _is_notes_heading(line, texted):
            texted = texted or (i not in layout.artifacts and bool(line.strip()))
            continue
        texted = True
        following = [j for j in range(i + 1, min(len(lines), i + 12)) if lines[j].strip()]
        starts = [j for j in following if (d := _definition(lines[j])) and (d[0] <= 3 or found)]
        if starts:
            found.append(i)
    return found


def _is_notes_heading(line: str, after_text: bool = True) -> bool:
    """A ``Notes`` heading alone on its line: English or Russian, or, after some text
    (not a document's title), in any language the readers know (``Przypisy``,
    ``Anmerkungen``, ``Notas``, ``Note``)."""
    text = small_caps(line).strip()
    return bool(_NOTES_HEADING.match(text)) or (
        after_text and 0 < len(text) < 40 and is_notes_heading(f"# {text}")
    )


def _is_reference_heading(line: str) -> bool:
    """A list's heading, or a part's (``Primary Sources``, ``Ungedruckte Quellen``); a
    slide's title continued over several slides too (``References II``)."""
    text = frame_title(line)
    # (in small capitals as pdftotext prints them, "R EFERENCES", "L ITERATURE C ITED")
    return any(
        bool(form)
        and len(form) < 60
        and (
            is_literature_heading(f"# {form}")
            or is_qualified_list_heading(form)
            # (a Markdown heading in any language: "## เอกสารอ้างอิง")
            or is_literature_heading(form)
        )
        for form in dict.fromkeys((text, small_caps(text), _ROMAN_NUMBER.sub("", small_caps(text))))
    )


def _starts_list(layout: _Layout, i: int) -> bool:
    """Is line ``i`` the heading a list starts under?  A qualified heading (``Selected
    Secondary Literature``) only with an entry right under it: a section of the text may
    be called "Sources"."""
    if not _is_reference_heading(layout.lines[i]):
        return False
    after = (j for j in range(i + 1, len(layout.lines)) if j not in layout.artifacts)
    if in_prose(
        layout.lines[i], next((layout.lines[j] for j in after if layout.lines[j].strip()), "")
    ):
        return False  # ("sources" / "and zero": a table cell's words a line each)
    if is_literature_heading(f"# {small_caps(frame_title(layout.lines[i]))}") or (
        is_literature_heading(
            layout.lines[i]  # (a Markdown heading: "## Works Cited", "**References**")
        )
    ):
        return True
    below = (j for j in range(i + 1, len(layout.lines)) if j not in layout.artifacts)
    nxt = next((j for j in below if layout.lines[j].strip()), None)
    return nxt is not None and (
        _entry_start(layout.lines[nxt].strip()) or _is_reference_heading(layout.lines[nxt])
    )


def _literature_heading(layout: _Layout, after: int) -> int | None:
    """The first reference heading (``Literaturverzeichnis`` before ``Quellen``: both are
    read).  A running head that repeats the heading's text on the pages of the list may
    have made the heading itself look like a page artifact: it is the first of them.  With
    none, the heading over an unnumbered author-year list that ends the text, whatever its
    language, or the blank line over such a list with no heading
    (:mod:`bibcheck.readers.authortail`)."""
    found = next(
        (
            i
            for i in range(after, len(layout.lines))
            if _starts_list(layout, i) and not contents_entry(layout.lines, i, layout.artifacts)
        ),
        None,
    )
    if found is not None:
        layout.artifacts.discard(found)
        return found
    # an author-year list under a heading in a language no list of headings knows
    shaped = author_year_tail(layout.lines, layout.artifacts)
    if shaped is None:
        # an author-year list with no heading at all, after the body's last paragraph
        shaped = headless_tail(layout.lines, layout.artifacts)
    return shaped if shaped is not None and shaped >= after else None


# --------------------------------------------------------------------------
# markers: align candidates with notes
# --------------------------------------------------------------------------


def _align(cands: list[_Candidate], notes: list[_Note]) -> dict[int, _Candidate]:
    """Note index -> its marker: the heaviest chain of (candidate, note) pairs increasing
    in both reading order and note order (a 2-D longest increasing subsequence)."""
    by_value: dict[int, list[int]] = {}
    for k, note in enumerate(notes):
        by_value.setdefault(note.value, []).append(k)
    pairs: list[tuple[int, int, float]] = []  # candidate index, note index, weight
    for ci, c in enumerate(cands):
        for k in by_value.get(c.value, ()):
            note = notes[k]
            if note.endnote:
                if not note.after < c.line < note.lines[0]:
                    continue
            elif not (note.page - 1 <= c.page <= note.page and c.line < note.lines[0]):
                continue
            pairs.append((ci, k, 10.0 + c.quality))
    # Candidates in reading order; for one candidate, notes in decreasing order so
    # that a candidate is never used twice.
    pairs.sort(key=lambda p: (p[0], -p[1]))
    size = len(notes) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)

    def query(k: int) -> tuple[float, int]:  # best chain ending at a note < k
        best = (0.0, -1)
        while k > 0:
            best = max(best, tree[k])
            k -= k & -k
        return best

    def update(k: int, value: tuple[float, int]) -> None:
        k += 1
        while k <= size:
            tree[k] = max(tree[k], value)
            k += k & -k

    score: list[float] = []
    parent: list[int] = []
    for n, (_ci, k, weight) in enumerate(pairs):
        best, back = query(k)
        score.append(best + weight)
        parent.append(back)
        update(k, (score[-1], n))
    if not pairs:
        return {}
    n = max(range(len(pairs)), key=lambda j: score[j])
    chosen: dict[int, _Candidate] = {}
    while n >= 0:
        ci, k, _ = pairs[n]
        chosen[k] = cands[ci]
        n = parent[n]
    return chosen


def _out_of_sequence(
    cands: list[_Candidate], notes: list[_Note], chosen: dict[int, _Candidate]
) -> dict[int, _Candidate]:
    """Markers for notes the alignment left without one, out of reading order: a
    two-column page whose columns the converter interleaved line by line puts the
    second column's markers among the first's.  A note takes the one unused candidate
    with its number where its marker may stand, set as a marker is (after punctuation
    or superscript), if it is the only such candidate.  A number glued to a word
    (``inventory16 and``) is taken in a second pass, where it stands in order with a
    neighbouring note's marker (after the previous note's, before the next one's): it
    belongs to the run of markers the converter moved."""
    used = {id(c) for c in chosen.values()}
    found: dict[int, _Candidate] = {}
    values = Counter(note.value for note in notes)
    for quality in (2.0, 1.0):
        for k, note in enumerate(notes):
            if k in chosen or k in found or note.endnote or values[note.value] > 1:
                continue
            fits = [
                c
                for c in cands
                if c.value == note.value
                and c.quality >= quality
                and id(c) not in used
                and note.page - 1 <= c.page <= note.page
                and c.line < note.lines[0]
            ]
            if len(fits) != 1:
                continue
            if quality < 2 and not _in_run(fits[0], k, notes, {**chosen, **found}):
                continue
            found[k] = fits[0]
            used.add(id(fits[0]))
    return found


def _repeated(
    cands: list[_Candidate], notes: list[_Note], markers: dict[int, _Candidate]
) -> list[tuple[int, _Candidate]]:
    """Unicode superscripts that print the number of a note already marked above them: a
    cross reference to that note (Word's ``NOTEREF`` formatted as a note mark, LaTeX's
    ``\\footnotemark[n]``), so a second citation of its source where it stands.  Only in
    one run of numbering (where numbers restart, a repeated number could be any run's),
    only a superscript glyph (a plain number glued to a word is text far more often than
    a mark that repeats), never a power (``10⁶``) or a unit's (``m²``, not a candidate)."""
    if not notes or len({n.part for n in notes}) > 1 or any(n.endnote for n in notes):
        return []
    used = {id(c) for c in markers.values()}
    first = {notes[k].value: (k, (c.line, c.start)) for k, c in markers.items()}
    found: list[tuple[int, _Candidate]] = []
    for c in cands:
        if c.quality < 3 or id(c) in used or c.value not in first:
            continue
        k, at = first[c.value]
        if (c.line, c.start) > at:
            found.append((k, c))
    return found


def _in_run(c: _Candidate, k: int, notes: list[_Note], markers: dict[int, _Candidate]) -> bool:
    """Whether a candidate for note ``k`` stands in reading order with the marker of the
    note before (after it) or of the note after (before it), a few lines away, in the same
    numbering run."""
    here = (c.line, c.start)
    for j, after in ((k - 1, True), (k + 1, False)):
        other = markers.get(j)
        if other is None or not 0 <= j < len(notes) or notes[j].part != notes[k].part:
            continue
        if notes[j].value != notes[k].value + (j - k) or abs(other.line - c.line) > _RUN_GAP:
            continue
        if (here > (other.line, other.start)) == after:
            return True
    return False


def _labels(notes: list[_Note], layout: _Layout) -> list[str]:
    parts = {n.part for n in notes}
    if len(parts) <= 1:
        return [str(n.value) for n in notes]
    per_page = all(len({n.page for n in notes if n.part == p}) == 1 for p in parts)
    if per_page and not any(n.endnote for n in notes):
        return [f"p{layout.printed.get(n.page, n.page + 1)}.{n.value}" for n in notes]
    return [f"{n.part}.{n.value}" for n in notes]


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Analysis:
    layout: _Layout
    notes: list[_Note]
    labels: list[str]
    markers: dict[int, _Candidate]  # note index -> marker
    note_lines: set[int]
    body_end: int
    literature_at: int | None
    mixed: list[int]  # notes whose markers stand out of reading order (interleaved columns)
    prose: set[int]  # body text of the other column below the References heading
    gaps: list[int]  # body text after body_end, between a chapter's notes and the next's
    # "[n]" entries of the list that the converter set above its heading (another column)
    above: list[tuple[str, list[int]]] = field(default_factory=list)
    # superscripts that cite a note again (a cross reference): (note index, marker)
    repeats: list[tuple[int, _Candidate]] = field(default_factory=list)
    # footnotes labelled by symbols, on the body's pages and the list's (see _symbol_notes)
    symbols: SymbolNotes = field(default_factory=SymbolNotes)


def _analyse(
    text: str, layout: _Layout | None = None, turns: frozenset[int] = frozenset()
) -> _Analysis:
    """The text's analysis; ``layout``, when given, is ``text``'s own (:func:`_columns`
    built it), used again unless composing accents changed the text; ``turns``: the
    lines where a column starts again (``text`` read column by column)."""
    # (an accent the converter kept apart written as the letter first: "Ellacur\u0131\u0301a",
    # "Garc´ıa", "M¨uller" are "Ellacuría", "García", "Müller", names that the list's entries
    # start with and citations name, and words that a claim shares with a title)
    composed = composed_accents(text)
    if layout is None or composed != text:
        layout = _layout(composed)
    layout.turns = turns
    return _analyse_layout(layout)


def _analyse_layout(layout: _Layout) -> _Analysis:
    lines = layout.lines
    headings = _notes_headings(layout)
    notes_at = headings[0] if headings else None
    literature_at = _literature_heading(layout, headings[-1] if headings else 0)
    if literature_at is not None:
        headings = [h for h in headings if h < literature_at] or headings
    body_end = min(x for x in (notes_at, literature_at, len(lines)) if x is not None)
    prose = (
        _prose_after_list(layout, literature_at)
        if literature_at is not None and literature_at == body_end
        else set()
    )
    cands: dict[int, list[_Candidate]] = {}
    # The notes sections first: the text between one chapter's notes and the next
    # chapter's ``Notes`` is body text (``gaps``).
    sections = _NoteReader()
    endnote_lines: set[int] = set()
    gaps: list[int] = []
    after = -1
    for k, heading in enumerate(headings):
        if k + 1 < len(headings):
            end = headings[k + 1]
        elif literature_at is not None and literature_at > heading:
            end = literature_at
        else:
            end = len(lines)
        found, stop = _read_endnotes(layout, sections, heading, end, after)
        endnote_lines |= found
        gaps.extend(range(stop, end) if k + 1 < len(headings) else ())
        after = stop
    for i in [*range(body_end), *gaps, *sorted(prose)]:
        if i in layout.artifacts or not lines[i].strip():
            continue
        here = _candidates(lines[i], i, layout.page_of[i])
        if _affiliated(layout, i):  # a byline's affiliation numbers
            byline = set(_byline_numbers(lines[i]))
            here = [c for c in here if c.quality >= 2 and c.value not in byline]
        for c in here:
            cands.setdefault(c.page, []).append(c)
    reader = _NoteReader()
    # Footnotes are read on every page, under a References heading too (a list that
    # starts mid-page has the page's notes below it), but not in a Notes section.
    foot_end = body_end if notes_at is not None else len(lines)
    used = _read_footnotes(layout, cands, reader, body_end, foot_end)
    for note in sections.notes:  # after the footnotes, a new run where numbering restarts
        reader.start(note.value, note.page, note.lines[0], note.parts[0], endnote=True)
        reader.notes[-1] = replace(note, part=reader.part)
    used |= endnote_lines
    cut = layout.cut
    body = [
        c
        for page in sorted(cands)
        for c in cands[page]
        if c.line not in used and c.start < cut.get(c.line, len(lines[c.line]))
    ]
    tokens = Counter(_token(lines[c.line], c) for c in body if c.quality < 2)
    body = [c for c in body if c.quality >= 2 or tokens[_token(lines[c.line], c)] == 1]
    body.sort(key=lambda c: (c.line, c.start))
    markers = _align(body, reader.notes)
    mixed = _out_of_sequence(body, reader.notes, markers)
    markers.update(mixed)
    repeats = _repeated(body, reader.notes, markers)
    above = _entries_above(layout, literature_at, used) if literature_at is not None else []
    analysis = _Analysis(
        layout,
        reader.notes,
        _labels(reader.notes, layout),
        markers,
        used | {i for _, members in above for i in members},
        body_end,
        literature_at,
        sorted(mixed),
        prose,
        gaps,
        above,
        repeats,
    )
    analysis.symbols = _symbol_notes(analysis)
    return analysis


def _symbol_notes(found: _Analysis) -> SymbolNotes:
    """Footnotes labelled by symbols (``Petrauskienė∗`` / ``∗ Vilnius University …``) at
    the feet of the body's pages, and of the pages the reference list runs over: a list
    that goes on over a page break has that page's notes between its parts (they are no
    entry's text, and the list resumes on the next page).  A page's notes above the
    list's heading end there; those below it have their markers in the page's body."""
    layout = found.layout
    body = set(_body_lines(found))
    pages = [[i for i in p if i in body] for p in layout.pages]
    above = symbol_notes(layout.lines, pages, ())
    if found.literature_at is None:
        return above
    listed = {
        i
        for i in range(found.literature_at + 1, len(layout.lines))
        if i not in layout.artifacts and i not in found.note_lines and i not in found.prose
    }
    below = symbol_notes(
        layout.lines,
        [
            [i for i in p if (i in body and i not in above.rows) or i in listed]
            for p in layout.pages
            if any(i in listed for i in p)
        ],
        (),
    )
    kept = [n for n in below.notes if n.line - 1 in listed]
    if not kept:
        return above
    markers = {i: list(marks) for i, marks in above.markers.items()}
    labels = {n.label for n in kept}
    for i, marks in below.markers.items():
        taken = {start for start, _, _ in markers.get(i, ())}
        markers.setdefault(i, []).extend(m for m in marks if m[2] in labels and m[0] not in taken)
    rows = {i for n in kept for i in range(n.line - 1, n.end_line)}
    return SymbolNotes((*above.notes, *kept), markers, above.rows | rows)


_BRACKETED = lazy_compile(r"^\s*\[(?P<n>\d{1,4})\]\s+\S")


def _entries_above(layout: _Layout, heading: int, used: set[int]) -> list[tuple[str, list[int]]]:
    """Entries of a ``[n]`` list that a two-column page put above the ``References``
    heading (the other column's part of the list, after the text of the first): on the
    heading's page or the page before, numbered as the list is not below the heading,
    each up to the next entry, a blank line or a heading."""
    lines = layout.lines
    below = [
        int(m.group("n"))
        for i in range(heading + 1, len(lines))
        if (m := _BRACKETED.match(lines[i])) and i not in used
    ]
    if len(below) < 2 or below[0] != 1:
        return []
    listed = set(below)
    first_page = layout.page_of[heading] - 1
    entries: list[tuple[str, list[int]]] = []
    i = 0
    while i < heading:
        m = _BRACKETED.match(lines[i])
        n = int(m.group("n")) if m else 0
        if m is None or n in listed or layout.page_of[i] < first_page or i in used:
            i += 1
            continue
        members = [i]
        i += 1
        while (
            i < heading
            and lines[i].strip()
            and not _BRACKETED.match(lines[i])
            and i not in used
            and i not in layout.artifacts
        ):
            members.append(i)
            i += 1
        # an entry starts with a name and ends with its list's punctuation (or an
        # address): "[14] showed that …" is a citation in the text
        last = lines[members[-1]].rstrip()
        named = lines[members[0]].split("]", 1)[1].strip()[:1].isupper()
        if named and (_ENTRY_END.search(last) or "/" in last.split()[-1]):
            entries.append((m.group("n"), members))
            listed.add(n)
    return entries if len(entries) >= 2 else []


_SECTION_HEADING = lazy_compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_][^.,;:!?]{0,60}$")


def _prose_after_list(layout: _Layout, heading: int) -> set[int]:
    """Lines below the References heading that are the body text of another column.

    A two-column page that the converter read out of order puts text of the other
    column after the list (``Răspunsul cel mai influent … roşul.4 Laurence``): a
    paragraph after a blank line that starts no entry and no note, written in sentences
    (most words in lower case), with a note number glued to a word.  Its markers count
    and its text is the body's, not an entry's.  The notes below it end it.
    """
    lines = layout.lines
    found: set[int] = set()
    i = heading + 1
    while i < len(lines):
        if not lines[i].strip() or i in layout.artifacts:
            i += 1
            continue
        para: list[int] = []
        while i < len(lines) and lines[i].strip() and i not in layout.artifacts:
            para.append(i)
            i += 1
        first = lines[para[0]].strip()
        # (a numbered section heading may lead the text: "3. Conceptele fenomenale")
        heading_line = _SECTION_HEADING.match(first) is not None and len(para) > 1
        # (an entry "[23] NVIDIA" / "Corporation," / … set one word to a line; "2. Ipoteza"
        # is a section heading over the other column's text)
        # (nor "[Bac78] John W. Backus …", a keyed entry: :mod:`pdfkeyed`)
        bracketed = first.startswith("[") and (
            _ITEM.match(first) is not None or entry_key(first) is not None
        )
        if entry_start(first) or bracketed or _is_reference_heading(first):
            continue
        # (entries set with hanging indents, one under another: a list, whatever their
        # names look like, "Berg J van den, …" / "    de gezelschapsdierenpraktijk …")
        if hanging_block([lines[k] for k in para]):
            continue
        if _definition(first) and not heading_line:
            continue
        prose: list[int] = []
        for k in para:
            if prose and (d := _definition(lines[k])) is not None and d[1]:
                break  # the notes below the text
            prose.append(k)
        # (an entry's last line over a page break, "computing and science. pp. 73–74.",
        # then the list's next entries, each led by names and a year: the list's page)
        if _dated_entries(lines, prose, _never_item) >= _UNNUMBERED_MIN:
            continue
        words = " ".join(lines[k] for k in prose).split()
        lower = sum(1 for w in words if w[:1].islower())
        glued = any(_GLUED.search(lines[k]) for k in prose)
        if len(prose) >= 2 and lower >= 8 and lower >= 0.4 * len(words) and glued:
            found.update(prose)
    return found


# A bracketed numeric citation in the body: "[4]", "[2, 18]", "[26,", "[6, p. 15]" (not a
# law report's year, "[2019] UKSC 5": at most three digits).
_BRACKET_CITE = lazy_compile(r"\[\d{1,3}(?=\s*[\],;–—-])")
_BRACKETS_MIN = 5  # fewer bracketed numbers prove no numeric citation style


def _bracket_citations(found: _Analysis) -> int:
    """Bracketed numeric citations in the body text (not in the notes, not in the list)."""
    lines, artifacts = found.layout.lines, found.layout.artifacts
    return sum(
        len(_BRACKET_CITE.findall(lines[i]))
        for i in [*range(found.body_end), *found.gaps]
        if i not in found.note_lines and i not in artifacts
    )


def in_columns(text: str) -> ColumnText | None:
    """``text`` (``pdftotext -layout`` output) with its two-column pages read column by
    column (:mod:`bibcheck.readers.columntext`), or None when it has no such page.
    (Not a review copy's: its margin numbers, which tell it apart, would be lost, and
    its numbered list is read in column order already: :func:`_numeric`.)"""
    return _columns(text)[0]


def _columns(text: str) -> tuple[ColumnText | None, _Layout | None]:
    """:func:`in_columns`, and the page layout of ``text`` it built (None when it built
    none: a text with no page break), for the caller that reads ``text`` as it is."""
    if "\f" not in text:
        return None, None
    layout = _layout(text)
    if layout.numbered:
        return None, layout
    return column_text(_reading_order(layout), layout.page_of), layout


def _reading_order(layout: _Layout) -> list[Row]:
    """The layout's lines in reading order (:func:`reading_order`), artifacts never cut:
    worked out once for the artifacts as they are (the analysis may take a heading back
    from them)."""
    whole = frozenset(layout.artifacts)
    if layout.order is None or layout.order[0] != whole:
        layout.order = (whole, reading_order(layout.lines, layout.page_of, whole))
    return layout.order[1]


def score(text: str) -> float:
    """:func:`_score` of the text, two-column ``-layout`` pages read in column order."""
    text = unescaped_entities(text)  # ("Smith &amp; Jones": a text export written escaped)
    columns, layout = _columns(text)
    return _score(text, layout) if columns is None else _score(columns.text, turns=columns.turns)


def _score(text: str, layout: _Layout | None = None, turns: frozenset[int] = frozenset()) -> float:
    """Fits text with notes tied to glued or superscript markers (and page breaks).

    A text that cites by bracketed numbers (``[4]``, ``[2, 18]``) more than twice as
    often as it has tied notes is no footnoted text (this reader does not read ``[n]``):
    numbers tied by chance (section numbers ``A.1``, a decimal ``0.05``, two real
    footnotes of a conference paper) must not hide its citations.  The plain-text reader
    reads it, or, if none fits, the refusal names the citations and that reader.
    """
    if not re.search(rf"\d|[{_SUPERS}]", text) or _MARKUP.search(text):
        return 0.0  # Markdown or HTML notes have markup of their own
    found = _analyse(text, layout, turns)
    tied = _tied(found)
    if not _cites_by_notes(found):
        # (an author-date text with no pages is plain text's: see author_date_fit)
        by_author = _author_date_score(found) if "\f" in text else 0.0
        if by_author:
            return by_author
    if tied < 2 or tied < 0.5 * len(found.notes):
        if _numeric(found) is not None:
            return _numeric_fit(found)
        return _LONE_FIT if _lone_footnote(found) else 0.0
    brackets = _bracket_citations(found)
    if brackets >= _BRACKETS_MIN and brackets > 2 * tied:
        return _numeric_fit(found) if _numeric(found) is not None else 0.0
    pages = "\f" in text
    return 0.85 if tied >= 3 or pages else 0.5


# One footnote at a page's foot: thin evidence, just enough to be chosen
_LONE_FIT = 0.35
_CITING = lazy_compile(r"https?://|www\.|\bdoi\b|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", re.I)


def _lone_footnote(found: _Analysis) -> bool:
    """Is the text's one note a footnote: its number at a page's foot (a form feed or a
    page number after it), its text a web address or a citation (a year), its marker glued
    to a word above it on the same page?  (Plain text with no page structure, a number
    glued to a word and a numbered line at its end, is no PDF's text.)"""
    if len(found.notes) != 1 or len(found.markers) != 1:
        return False
    ((k, c),) = found.markers.items()
    note = found.notes[k]
    if note.endnote or c.quality < 1 or c.page != note.page or c.line >= note.lines[0]:
        return False
    if not _CITING.search(" ".join(note.parts)):
        return False
    return _page_foot(found.layout, note.lines[-1])


def _page_foot(layout: _Layout, last: int) -> bool:
    """Does the page end after line ``last``: a form feed, or a page number, comes next?"""
    lines, page_of = layout.lines, layout.page_of
    for j in range(last + 1, len(lines)):
        if page_of[j] != page_of[last]:
            return True
        if lines[j].strip():
            if j in layout.artifacts or _folio_line(layout, j, 0):
                return True
            return bool(_BARE_NUMBER.match(lines[j])) and _page_ends(layout, j)
    return False


def _page_ends(layout: _Layout, i: int) -> bool:
    """Is line ``i`` the last non-blank line of a page that a form feed ends?"""
    for j in range(i + 1, len(layout.lines)):
        if layout.page_of[j] != layout.page_of[i]:
            return True
        if layout.lines[j].strip():
            return False
    return False


# Below the plain-text reader's fit for a numbered list it reads (0.6) by more than the
# margin of an uncertain choice: this reader takes the text only where that one finds no
# list (a heading it does not know, a list on a ragged two-column page).
_NUMERIC_FIT = 0.4


# A review copy (margin line numbers, :mod:`bibcheck.readers.linenos`) is a typeset PDF's
# text beyond doubt: its numbered list is this reader's, clear of the plain-text reader's fit.
_REVIEW_FIT = 0.8


def _numeric_fit(found: _Analysis) -> float:
    return _REVIEW_FIT if found.layout.numbered else _NUMERIC_FIT


_Cites = Callable[[str], list[tuple[int, int, list[str]]]]


@dataclass(frozen=True, slots=True)
class _Numeric:
    """A numbered list cited by ``[n]`` or by superscript numbers
    (:mod:`bibcheck.readers.pdfnumeric`, :mod:`bibcheck.readers.pdfsuper`), read in
    reading order."""

    rows: list[Row]  # the rows of the text, page artifacts left out
    found: NumericList
    cites: _Cites  # the citations in a row's text: (start, end, list numbers)
    # superscripts that would be citations but for numbers far past the list's end
    past: _Cites = lambda text: []


def _numeric(found: _Analysis) -> _Numeric | None:
    """The text's numbered list cited by ``[n]`` or superscripts (:func:`_marked_list`),
    or by numbers in parentheses (:func:`_paren_list`): whichever the body cites more."""
    marked = _marked_list(found)
    paren = _paren_list(found)
    if paren is None:
        return marked
    if marked is None or _cited(paren.rows, paren.found, paren.cites) > _cited(
        marked.rows, marked.found, marked.cites
    ):
        return paren
    return marked


def _paren_list(found: _Analysis) -> _Numeric | None:
    """A list numbered ``1.``, ``[1]`` or ``1`` under a References heading, on the pages of
    a converted PDF, that the body cites by numbers in parentheses
    (:mod:`bibcheck.readers.pdfparen`: ``(6, 7)``, ``(1–5)``): the numbers cover much of
    the list, first cited mostly in order; more of them than the notes tied to markers
    (:data:`_OUTNUMBER` times) where there are such notes; none in a text that cites by
    brackets (:data:`_BRACKETS_MIN` times)."""
    layout = found.layout
    # (a text that cites by brackets five times or more cites no list in parentheses)
    if len(layout.pages) < 2 or _bracket_citations(found) >= _BRACKETS_MIN:
        return None
    rows = _rows(layout)
    listed = next(
        (
            listed
            for style in (Style.DOTTED, Style.BRACKETED, Style.BARE)
            if (listed := numeric_list(rows, _numeric_heading, style)) is not None
        ),
        None,
    )
    if listed is None:
        return None
    size = max(base(label) for label in listed.labels())
    body = [
        text for p, row in enumerate(rows) if p not in listed.taken and (text := row.text.strip())
    ]
    if not cites_in_parentheses(body, size):
        return None
    above: dict[str, str] = {}  # a row's text -> the body's row of text above it
    below: dict[str, str] = {}  # ... and below it (a citation wrapped over the break)
    for before, text, after in zip(["", *body], body, [*body[1:], ""], strict=False):
        above.setdefault(text, before)
        below.setdefault(text, after)

    def cites(text: str) -> list[tuple[int, int, list[str]]]:
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        return [
            (start + lead, end + lead, labels)
            for start, end, labels in row_citations(
                stripped, size, above.get(stripped, ""), below.get(stripped, "")
            )
        ]

    numeric = _Numeric(rows, listed, cites)
    if (tied := _tied(found)) >= 2 and _cited(rows, listed, cites) < _OUTNUMBER * tied:
        return None
    return numeric


def _marked_list(found: _Analysis) -> _Numeric | None:
    """The text's numbered list, when the text has no footnotes tied to their markers
    (or only a few, which superscript citations of the list outnumber :data:`_OUTNUMBER`
    times) and cites the list at least :data:`_BRACKETS_MIN` times: by ``[n]`` where this
    reader finds no list on the lines as printed (a heading with an entry right under it),
    or by superscript numbers (:func:`_superscript_list`)."""
    layout = found.layout
    if (tied := _tied(found)) >= 2 and (brackets := _bracket_citations(found)) <= 2 * tied:
        # (a few notes tied, a byline's affiliations or a table's note: a list cited by
        # superscripts many times more is the text's citations all the same; but none
        # in a text that cites by brackets: :func:`_superscript_list`)
        if brackets >= _BRACKETS_MIN:
            return None
        sup = _superscript_list(found, _rows(layout))
        if sup is None or _cited(sup.rows, sup.found, sup.cites) < _OUTNUMBER * tied:
            return None
        return sup
    # (a list found on the page as printed is read as before, but for a review copy's:
    # its margin numbers taken off, its columns are read in order; and but for one under
    # a heading in small capitals, "R EFERENCES": a journal's typeset page, in columns)
    rows = _rows(layout)
    at = found.literature_at
    if at is None or layout.numbered or small_caps(layout.lines[at]) != layout.lines[at]:
        listed = (
            numeric_list(rows, _numeric_heading)
            or _tail_list(rows)
            or headless_list(rows, ends_list)  # REVTeX's list: no heading
        )
        # (a list that letters an entry added in revision, "[3a]", is cited so)
        cites = partial(citations, lettered=listed.lettered) if listed is not None else citations
        if listed is not None and _cited(rows, listed, cites) >= _BRACKETS_MIN:
            return _Numeric(rows, listed, cites)
    return _superscript_list(found, rows)


def _rows(layout: _Layout) -> list[Row]:
    """The layout's lines in reading order, its page artifacts left out."""
    return [r for r in _reading_order(layout) if r.index not in layout.artifacts]


def _tail_list(rows: list[Row]) -> NumericList | None:
    """The numbered list at the text's end under a heading in a language no list of
    headings knows (:mod:`bibcheck.readers.tailheading`)."""
    texts = [row.text for row in rows]
    at = tail_heading(texts, lambda text: [n for _, _, ns in citations(text) for n in ns])
    if at is None:
        return None
    return numeric_list(rows, lambda text: text == texts[at])


def _cited(rows: list[Row], listed: NumericList, cites: _Cites) -> int:
    """How many citations of the list's numbers the body has."""
    labels = listed.labels()
    return sum(
        1
        for p, row in enumerate(rows)
        if p not in listed.taken
        for _, _, numbers in cites(row.text)
        for n in numbers
        if n in labels
    )


# IEEE's small capitals as pdftotext prints them, the large first letter set apart from
# the rest: "R EFERENCES", "W ORKS C ITED", "B IBLIOGRAPHY"
_SMALL_CAPS = lazy_compile(r"(?<![^\W\d_])([^\W\d_]) (?=[^\W\d_]{2})")
# a heading letter-spaced: at least four single letters a space apart, words two or more
# spaces apart, perhaps after its number ("R E F E R E N C E S", "7  L I T E R A T U R E
# C I T E D")
_LETTER_SPACED = lazy_compile(
    r"^ *+(?P<number>\d{1,3}(?:\.\d{1,3})*+\.?+ ++)?+"
    r"(?P<words>[^\W\d_](?: [^\W\d_]){3,}+(?: {2,}+[^\W\d_](?: [^\W\d_])*+)*+) *+$"
)
# a section number in Roman numerals before a heading ("VI. R EFERENCES")
_ROMAN_NUMBER = lazy_compile(r"^\s*+[IVXLC]{1,7}\.\s++(?=\S)")
_WORD_GAP = lazy_compile(r" {2,}")


def small_caps(line: str) -> str:
    """``line`` with the letters of its small-capital words joined again (a line in
    capitals only; any other line as it is); a heading set letter by letter, words apart
    by wider gaps (``R E F E R E N C E S``), joined too."""
    if any(ch.islower() for ch in line):
        return line
    if spaced := _LETTER_SPACED.match(line):
        words = [word.replace(" ", "") for word in _WORD_GAP.split(spaced.group("words"))]
        number = (spaced.group("number") or "").strip()
        return " ".join([number, *words] if number else words)
    return _SMALL_CAPS.sub(r"\1", line)


def _numeric_heading(line: str) -> bool:
    return _is_reference_heading(line) or _is_reference_heading(small_caps(line))


def _superscript_list(found: _Analysis, rows: list[Row]) -> _Numeric | None:
    """A list numbered ``1.``, ``2.`` (or ``1``, ``2``: The Lancet) under a References
    heading, cited by superscript numbers glued to the words
    (:mod:`bibcheck.readers.pdfsuper`), in a text with no bracketed citations: at least
    :data:`_BRACKETS_MIN` different entries cited, first cited mostly in the order of their
    numbers (the list is numbered by first citation), and no author-date reading.  A
    byline's affiliation numbers and a name glued to its number that the text repeats
    (``SGLT2``) are no citations; a number a little past the list's end is (a missing
    entry, reported); a marker glued to a name the text prints on its own elsewhere is
    (``TIM-HF22``: ``TIM-HF2`` and 2)."""
    if _bracket_citations(found) >= _BRACKETS_MIN:
        return None
    listed = numeric_list(rows, _is_reference_heading, Style.DOTTED) or numeric_list(
        rows, _is_reference_heading, Style.BARE
    )
    if listed is None:
        return None
    body = [row.text for p, row in enumerate(rows) if p not in listed.taken]
    names = Counter(g.name for text in body for g in glued_citations(text) if g.name)
    printed = printed_names("\n".join(row.text for row in rows))
    top = max(base(label) for label in listed.labels())

    def candidates(text: str) -> list[tuple[int, int, list[str]]]:
        if _affiliations(text, len(glued_citations(text))):
            return []  # a byline's affiliation numbers
        found = [after_name(g, printed) or g for g in glued_citations(text)]
        return [
            (g.start, g.end, g.numbers)
            for g in found
            if not g.coded
            and names[g.name] < 2
            and printed[g.name] < 2  # (a name the list prints too: "(TIM-HF2): a trial")
        ]

    def cites(text: str) -> list[tuple[int, int, list[str]]]:
        return [c for c in candidates(text) if all(int(n) <= top + _TOLERANCE for n in c[2])]

    def past(text: str) -> list[tuple[int, int, list[str]]]:
        # (reported, never dropped silently: :mod:`bibcheck.readers.pastlist`)
        return [c for c in candidates(text) if any(int(n) > top + _TOLERANCE for n in c[2])]

    first: list[int] = []
    for text in body:
        for _, _, numbers in cites(text):
            first.extend(int(n) for n in numbers if int(n) not in first)
    cited = [n for n in first if str(n) in listed.labels()]
    if len(cited) < _BRACKETS_MIN or _increasing(first) < _FIRST_ORDER * len(first):
        return None
    if _author_date_score(found):
        return None
    return _Numeric(rows, listed, cites, past)


_OUTNUMBER = 5  # superscript citations per tied note that outweigh the notes
_FIRST_ORDER = 0.6  # share of first citations that must come in the order of their numbers


def _increasing(values: list[int]) -> int:
    """The length of the longest increasing subsequence of ``values``."""
    tails: list[int] = []
    for v in values:
        k = bisect_right(tails, v - 1)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
    return len(tails)


def author_date_fit(text: str) -> float:
    """How well ``text`` fits an author-date paper read by this reader's list and
    mentions (0 when it does not): the plain-text reader uses it for text with no pages."""
    if not re.search(r"\d", text) or _MARKUP.search(text):
        return 0.0
    found = _analyse(text)
    if _cites_by_notes(found):
        return 0.0
    return _author_date_score(found, by_entries=True)


def _author_date_score(found: _Analysis, *, by_entries: bool = False) -> float:
    """Fits an author-date text: a list under a References heading whose entries the body
    names by author and year, at least 3 times and at least 2 different entries; with
    ``by_entries`` (a text with no pages), as many times as it names entries enough to
    show it cites its list (:func:`~bibcheck.readers.citedlist.cites_its_list`)."""
    if found.literature_at is None:
        return 0.0
    literature, _ = _literature(found)
    index = _author_date(found, literature)
    if not index:
        return 0.0
    cited = _author_cited(found, index)
    if by_entries:
        return 0.6 if cites_its_list(cited, len(literature)) else 0.0
    if len(cited) < 3 or len(set(cited)) < 2:
        return 0.0
    return 0.6


def _author_cited(found: _Analysis, index: AuthorYears) -> list[str]:
    """The entry labels of the body's author-date mentions, in order."""
    lines = found.layout.lines
    body = _body_lines(found)
    return [
        label
        for pos, i in enumerate(body)
        for _, _, label in line_mentions(
            lines[i], lines[body[pos + 1]] if pos + 1 < len(body) else "", index
        )
    ]


# how a document writes its words, for the hyphens at its line ends: the words it prints
# with a hyphen, all its words (:func:`~bibcheck.readers.linewrap.hyphen_kind`) and the
# language its body is written in (:func:`~bibcheck.readers.bodylanguage.document_language`)
_Evidence = tuple[Printed, frozenset[str], str | None]


def _evidence(layout: _Layout) -> _Evidence:
    """How the document of ``layout`` writes its words (worked out once)."""
    if layout.words is None:
        layout.words = (
            printed_hyphens(layout.lines),
            document_words(layout.lines),
            document_language(layout.lines),
        )
    return layout.words


def _join_note(note: _Note, evidence: _Evidence | None = None) -> list[str]:
    """Note lines with words hyphenated at line ends joined again (a word's own hyphen
    kept: :func:`~bibcheck.readers.linewrap.hyphen_kind`)."""
    printed, written, language = evidence or ({}, frozenset(), None)
    parts = [p.strip() for p in note.parts]
    for j in range(len(parts) - 1):
        joined = join_hyphen(parts[j], parts[j + 1], printed, written, language)
        if joined is not None:
            parts[j], parts[j + 1] = joined
    return parts


def _hyphen_glue(line: str, following: str, evidence: _Evidence | None = None) -> tuple[str, bool]:
    """``line`` as it joins ``following``: a soft hyphen at its end dropped, and whether
    the two are glued with no space (a hyphen of either kind ends it)."""
    kind = hyphen_kind(line, following, *(evidence or ({}, frozenset(), None)))
    if kind is Hyphen.SOFT:
        return line.rstrip()[:-1], True
    return line, kind is Hyphen.HARD


def _is_heading(lines: list[str], i: int, body: list[int], pos: int) -> bool:
    """A short line with no final punctuation between a break and a capitalised line."""
    text = lines[i].strip()
    if len(text) > 70 or _TERMINAL.search(text) or not text[:1].isupper():
        return False
    before = body[pos - 1] if pos > 0 else None
    after = body[pos + 1] if pos + 1 < len(body) else None
    broken = before is None or before != i - 1 or _TERMINAL.search(lines[before].strip())
    return bool(broken and after is not None and lines[after].strip()[:1].isupper())


def _literature(found: _Analysis) -> tuple[list[RawNote], list[Anomaly]]:
    """The reference list's entries (numbered, or one per author-led paragraph)."""
    literature: list[RawNote] = []
    anomalies: list[Anomaly] = []
    if found.literature_at is None:
        return literature, anomalies
    lines = found.layout.lines
    skip = found.note_lines | found.prose | found.symbols.rows
    read_list = _read_literature(found.layout, found.literature_at, skip)
    for label, members in found.above:
        parts = [lines[i].strip() for i in members]
        parts[0] = lines[members[0]].strip().split("]", 1)[1].strip()
        read_list.append(_raw_note(label, _Note(0, 0, 0, members, parts), _evidence(found.layout)))
    if found.above:  # one list again, in the order of its numbers
        read_list.sort(key=lambda e: int(e[0].label) if e[0].label.isdigit() else 0)
    for raw, joined in read_list:
        literature.append(raw)
        anomalies.extend(joined)
    anomalies.extend(_unread_entries(found, literature))
    return literature, anomalies


_DATED = lazy_compile(YEAR_BOUNDED)


def _unread_entries(found: _Analysis, entries: list[RawNote]) -> list[Anomaly]:
    """Lines under the list's heading that look like entries (a name first, a year in
    it or the next two lines) but are in no entry (taken for another column's text): said,
    never dropped silently."""
    at = found.literature_at
    if at is None:
        return []
    lines = found.layout.lines
    covered = {i for e in entries for i in range(e.line - 1, e.end_line)}
    left = found.note_lines | found.prose | found.layout.artifacts | covered
    missed = [
        i
        for i in range(at + 1, _list_end(lines, at))
        if i not in left
        and lines[i].strip()
        and _entry_start(lines[i].strip())
        and any(_DATED.search(lines[j]) for j in range(i, min(len(lines), i + 3)))
    ]
    if len(missed) < 2:
        return []
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(missed)} lines under the reference list's heading (line {at + 1}) look like "
            f"entries but were read as none (the first: {lines[missed[0]].strip()[:60]!r})",
            missed[0] + 1,
        )
    ]


def _tied(found: _Analysis) -> int:
    """Markers tied to their notes with confidence (decimals prove little)."""
    return sum(1 for c in found.markers.values() if c.quality >= 1)


def _cites_by_notes(found: _Analysis) -> bool:
    """Does the text cite by its notes: two of them tied to their markers at least, one
    of those with a year (an author-date text may have two notes of comment, "The
    hospitals asked not to be named.", with their markers)?"""
    return (
        _tied(found) >= 2
        and any(
            _DATED.search(" ".join(found.notes[k].parts))
            for k, c in found.markers.items()
            if c.quality >= 1
        )
        and not _names_its_list(found)
    )


# (a SIAM or AMS paper cites its author-year list dozens of times, "[Yao 1993]", "Church
# [1936]", and has a note or two, which its formulas' glued numbers may seem to mark too)
_NAMED_ENTRIES_MIN = 5
_NAMED_PER_NOTE = 4


def _names_its_list(found: _Analysis) -> bool:
    """Does the body name its author-date list's entries by name and year far more often
    than notes are tied to markers (at least 5 entries, 4 mentions a tied note): an
    author-date text with a few notes of comment, not one citing by notes?"""
    if found.literature_at is None:
        return False
    literature, _ = _literature(found)
    if not literature or _keyed(found, literature):
        return False
    index = author_years((e.label, e.text) for e in literature)
    if not index:
        return False
    cited = _author_cited(found, index)
    return len(set(cited)) >= _NAMED_ENTRIES_MIN and len(cited) >= _NAMED_PER_NOTE * _tied(found)


def _author_date(found: _Analysis, literature: list[RawNote]) -> AuthorYears:
    """The (name, year) index of an author-date list, or {} when the text cites by notes
    (at least two of them tied to their markers)."""
    if _cites_by_notes(found) or not literature or _keyed(found, literature):
        return {}  # (a keyed list, "[Bac78] John W. Backus …", is cited by its keys)
    # (with the abbreviations the text defines for the bodies it names: "(hereafter IPCC)")
    return with_defined(author_years((e.label, e.text) for e in literature), _document(found))


def _beside_notes(found: _Analysis, literature: list[RawNote]) -> AuthorYears:
    """The (name, year) index of the list, its labels ``[n]``, when a text that cites by
    its notes also cites the list by name and year in its body (at least once) and the
    list is an author-date one (:func:`dated_heads`: a notes-bibliography list's publishers
    and places would pass for names), else {}."""
    if not literature or not _cites_by_notes(found) or not dated_heads(e.text for e in literature):
        return {}
    entries = ((boxing(e.label), e.text) for e in literature)
    index = with_defined(author_years(entries), _document(found))
    if not index:
        return {}
    # (a German term paper's notes cite the list so and its body never: "5 Vgl. Neuland
    # (2018), S. 12.", "8 Schlobinski (1993), S. 41, zit. nach Neuland (2018)"; two such
    # mentions in the notes at least, one may be a stray)
    cited = _author_cited(found, index) or (
        names_dated_heads(e.text for e in literature)
        and short_notes(" ".join(p.strip() for p in n.parts) for n in found.notes) >= 2
        and len(_notes_author_cited(found, index)) >= 2
    )
    return index if cited else {}


def _notes_author_cited(found: _Analysis, index: AuthorYears) -> list[str]:
    """The entry labels of the running-text author-date mentions in the notes, in order:
    those with the year in brackets ("Vgl. Neuland (2018), S. 12", "see (Berg 2004)").  A
    bare "Jacoby 1944, 37–44." is an author-date footnote's own short reference (the
    classics' and Harvard-in-notes form): the note cites the entry, no second citation."""
    labels: list[str] = []
    for note in found.notes:
        parts = [p.strip() for p in note.parts]
        for k, part in enumerate(parts):
            following = parts[k + 1] if k + 1 < len(parts) else ""
            for row, offset, label in line_mentions(part, following, index):
                if bracketed_year((part, following)[row][:offset]):
                    labels.append(label)
    return labels


def _document(found: _Analysis) -> str:
    """The whole text, its lines joined."""
    return "\n".join(found.layout.lines)


def _mla(found: _Analysis, literature: list[RawNote]) -> MlaIndex:
    """The index of an MLA Works Cited list (:func:`bibcheck.readers.mla.mla_shaped`), or
    an empty one when the text cites by notes or the list is not MLA's."""
    entries = [(e.label, e.text) for e in literature]
    if _cites_by_notes(found) or not mla_shaped(entries):
        return MlaIndex()
    return mla_index(entries)


_MLA_FIT = 0.6
# an author-page citation, or a page alone, before a text is analysed: "(Frank 77)",
# "(Sontag, Illness 3)", "(115)", "(Charon vii)" (a text with fewer is no MLA paper)
MLA_HINT = lazy_compile(r"\((?:[^()\d]{1,80}?\s)?(?:\d{1,4}|[ivxlc]{1,6})(?:[-–]\d{1,4})?\)")
_SENTENCE_END = lazy_compile(r"[.!?][\"'”’)\]]*$")


def mla_fit(text: str) -> float:
    """How well ``text`` fits an MLA paper read by this reader's list and its author-page
    citations: a Works Cited list of MLA's shape cited at least 3 times, at least 2 entries
    (0 when it does not).  The plain-text reader takes such a text, with pages or not."""
    return _MLA_FIT if mla_citations(text) else 0.0


def mla_citations(text: str) -> int:
    """How many author-page citations of a Works Cited list of MLA's shape this reader
    reads in ``text``: 0 unless at least 3 cite at least 2 entries."""
    hints = sum(1 for _ in zip(range(3), MLA_HINT.finditer(text), strict=False))
    if hints < 3 or _MARKUP.search(text):
        return 0
    found = _analyse(text)
    if found.literature_at is None:
        return 0
    literature, _ = _literature(found)
    index = _mla(found, literature)
    cited = _mla_cited(found, index)
    return len(cited) if len(cited) >= 3 and len(set(cited)) >= 2 else 0


def _mla_cited(found: _Analysis, index: MlaIndex) -> list[str]:
    """The entry labels of the body's MLA citations, in order (none when the body cites
    the list by author and year at least as often)."""
    if not index:
        return []
    lines = found.layout.lines
    body = _body_lines(found)
    cited: list[str] = []
    last: str | None = None
    for pos, i in enumerate(body):
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        parted = nxt is None or _new_paragraph(found.layout, i, nxt)
        here, missing, last = line_cites(lines[i], "" if parted else lines[nxt or 0], index, last)
        cited.extend(label for _, _, label in here)
        # "(Petroski 45)" beside two of Petroski's works cites the list all the same
        cited.extend(name for _, _, name in missing if ambiguous(name, index))
        last = None if parted else last
    by_year = _author_date(found, _literature(found)[0])
    return cited if len(cited) > len(_author_cited(found, by_year)) else []


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _new_paragraph(layout: _Layout, i: int, nxt: int) -> bool:
    """Does the body line ``nxt`` start a paragraph after line ``i``: a blank line between
    (not the blank lines around a page's running head: a page break goes on with the
    paragraph), or ``nxt`` indented further after a sentence's end (a paper's first-line
    indent; a block quote after "writes:" goes on with the paragraph that introduces it)?"""
    lines = layout.lines
    if lines[i].rstrip().endswith(":"):
        return False  # "Amis writes:" and the quotation it introduces, set off or not
    page_break = any(j in layout.artifacts for j in range(i + 1, nxt))
    if not page_break and _blank_between(lines, i, nxt):
        return True
    return _indent(lines[nxt]) > _indent(lines[i]) and bool(_SENTENCE_END.search(lines[i]))


def _lone_names(
    lines: list[str],
    body: list[int],
    pos: int,
    scan: str,
    following: str,
    listed: frozenset[str],
    apart: frozenset[str],
) -> list[str]:
    """The names of the lone narrative citations (``Thieme (2006)``) that start on body
    line ``pos`` (its text ``scan``) and that no entry names
    (:func:`bibcheck.readers.loneyear.lone_unlisted`): the end of the line before is read
    with it (``Ley de Recursos`` / ``Hídricos (2009)`` is a law's name), the next line's
    start too (``Thieme`` / ``(2006)``)."""
    before = lines[body[pos - 1]].rstrip()[-60:] + " " if pos else ""
    text = f"{before}{scan} {following[:80]}"
    return [
        name
        for start, _, name in lone_unlisted(text, listed, apart)
        if len(before) <= start < len(before) + len(scan)
    ]


def _body_lines(found: _Analysis) -> list[int]:
    lines = found.layout.lines
    return [
        i
        for i in [*range(found.body_end), *found.gaps, *sorted(found.prose)]
        if i not in found.layout.artifacts and i not in found.note_lines and lines[i].strip()
    ]


def read(text: str) -> RawDocument:
    """The text's notes, list and citations; a two-column ``-layout`` text is read in
    column order, every line number still the line's in ``text``."""
    text = unescaped_entities(text)
    columns, layout = _columns(text)
    if columns is None:
        return _read(text, layout)
    return remap_lines(_read(columns.text, turns=columns.turns), columns.where)


def _read(
    text: str, layout: _Layout | None = None, turns: frozenset[int] = frozenset()
) -> RawDocument:
    found = _analyse(text, layout, turns)
    numeric = _numeric(found)
    if numeric is not None:
        return _read_numeric(found, numeric)
    layout, lines = found.layout, found.layout.lines
    literature, anomalies_lit = _literature(found)
    # An author-date text ("(Okafor et al., 2006)", "Whitcombe (2021) argued") cites its
    # list by name and year: each mention is a citation of the one entry it names.
    by_author = _author_date(found, literature)
    # An MLA paper ("(Frank 77)", "(Sontag, Illness 3)") cites its Works Cited list by
    # author and page, with no year.
    mla = _mla(found, literature)
    if _mla_cited(found, mla):
        by_author = {}
    else:
        mla = MlaIndex()
    mla_last: str | None = None  # the entry the paragraph named last (a page alone cites it)
    unlisted_mla: dict[str, int] = {}  # an author cited whom no entry has: the first line
    unnamed: dict[str, int] = {}  # ... in author-date text
    # A text that cites by its notes may cite its list by name and year too ("(Berg
    # 2004)" beside "ground.4"): those cite the list as "[n]", the notes keep their numbers
    beside = {} if by_author or mla else _beside_notes(found, literature)
    # ... or by "[n]" (a numbered "[n]" list beside the footnotes: :mod:`pdfbeside`)
    numbered = set() if by_author or mla or beside else _numbered_beside(found, literature)
    # ... or by "[key]" (a list keyed "[Bac78]", "[Duda and Hart, 1973]": :mod:`pdfkeyed`)
    keyed = None if by_author or mla or beside or numbered else _keyed_beside(found, literature)
    listed = (
        listed_names((e.text for e in literature), _document(found))
        if by_author or beside
        else frozenset()
    )
    by_line: dict[int, list[tuple[_Candidate, str]]] = {}
    for k, c in [*found.markers.items(), *found.repeats]:
        if not by_author and not mla:  # (an author-date text's stray note numbers too)
            by_line.setdefault(c.line, []).append((c, found.labels[k]))
    collector = BlockCollector(_MARK, table_rows=True)
    # footnotes labelled by symbols ("Petrauskienė∗", "∗" / "Vilnius University …")
    body = _body_lines(found)
    symbols = found.symbols
    for i, marks in symbols.markers.items():
        by_line.setdefault(i, []).extend(
            (_Candidate(0, i, start, end, 0, 2), label) for start, end, label in marks
        )
    body = [i for i in body if i not in symbols.rows]
    # (the capitalised words the text uses besides in "Name (2006)": a place, not an author)
    apart = used_apart("\n".join(lines[i] for i in body)) if by_author else frozenset()
    consumed = 0
    glue = False
    previous: int | None = None
    for pos, i in enumerate(body):
        if previous is not None and i > previous + 1 and not _blank_between(lines, previous, i):
            pass  # artifacts or notes in between: the paragraph goes on
        elif previous is not None and i > previous + 1:
            collector.blank()
        line = lines[i][: layout.cut.get(i, len(lines[i]))]
        for c, label in sorted(by_line.get(i, ()), key=lambda x: -x[0].start):
            line = f"{line[: c.start]}\x00{label}\x00{line[c.end :]}"
        if numbered:
            line = mark_list_cites(line, numbered)
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        following = lines[nxt] if nxt is not None else ""
        if keyed is not None:
            line = keyed.mark(line, following)
        # (the part a citation begun on the line before took is not read again:
        # "(… Smith &" / "Lee, 2020)" is one citation, not a second "Lee, 2020")
        scan = " " * consumed + line[consumed:]
        index = by_author or beside
        found_here = line_mentions(scan, following, index) if index else []
        # (the line before too may say the names are data: "… on the validation" / "set
        # (ImageNet, 2012)")
        above = lines[body[pos - 1]] if pos else ""
        lacking = unlisted(f"{scan} {following[:80]}", listed, before=f"{above} ") if listed else ()
        for start, _, name in lacking:
            if start < len(scan):  # (counted on the line it starts on)
                unnamed.setdefault(name, i + 1)
        if by_author:  # "Thieme (2006)": one author's narrative citation
            for name in _lone_names(lines, body, pos, scan, following, listed, apart):
                unnamed.setdefault(name, i + 1)
        if mla:
            parted = nxt is None or _new_paragraph(found.layout, i, nxt)
            found_here, missing, mla_last = line_cites(
                scan, "" if parted else following, mla, mla_last
            )
            for _, _, name in missing:
                unlisted_mla.setdefault(name, i + 1)
            found_here += missing
            mla_last = None if parted else mla_last
        consumed = max((end for row, end, _ in found_here if row == 1), default=0)
        # a citation wrapped over the line end counts where it starts (its marker at the
        # line's end); when a word is broken there, by its own hyphen ("(al-" / "Azmeh
        # 1981)", "(Müller-" / "Lüdenscheidt 2001)") or the typesetter's ("(Lind-" / "qvist
        # & Berg 2019)"), its marker stands before the broken word, which the lines' glue
        # joins again
        split = line.rstrip().endswith("-")
        broken = len(line.rstrip()) - len(line.rstrip().rsplit(None, 1)[-1])
        here = [
            (end if row == 0 else broken if split else len(line.rstrip()), label)
            for row, end, label in found_here
        ]
        for end, label in sorted(here, key=lambda x: -x[0]):
            line = f"{line[:end]}\x00{label}\x00{line[end:]}"
        hyphen = False
        if nxt is not None:
            line, hyphen = _hyphen_glue(line, lines[nxt], _evidence(layout))
        if not hyphen and i in layout.cut and nxt is not None and lines[nxt].lstrip()[:1].islower():
            hyphen = True  # the converter had already removed the hyphen
        if _is_heading(lines, i, body, pos) and not by_line.get(i):
            collector.heading(i + 1, line.strip())
            glue = False
        else:
            collector.line(i + 1, line.strip(), glue=glue)
            glue = hyphen
        previous = i
    blocks, markers, anomalies = collector.finish()
    if found.mixed:
        markers, said = _mixed_order(markers, found)
        anomalies.append(said)
    symbol_notes_read = list(symbols.notes)
    if by_author:  # a note of comment may cite the list as the body does
        in_notes = note_citations(symbols.notes, by_author, listed, len(blocks))
        blocks.extend(in_notes.blocks)
        markers = sorted([*markers, *in_notes.markers], key=lambda m: (m.line, m.column))
        symbol_notes_read = list(in_notes.notes)
        for name, at in in_notes.unnamed:
            unnamed.setdefault(name, at)
    notes: list[RawNote] = []
    for label, note in zip(found.labels, found.notes, strict=True):
        raw, joined = _raw_note(label, note, _evidence(layout))
        notes.append(raw)
        anomalies.extend(joined)
    if beside:  # a note's "See Berg (2004)" cites the list as the body does
        in_notes = note_citations(notes, beside, listed, len(blocks))
        blocks.extend(in_notes.blocks)
        markers = [*markers, *in_notes.markers]  # (the body's in its reading order)
        notes = list(in_notes.notes)
        for name, at in in_notes.unnamed:
            unnamed.setdefault(name, at)
        markers = [replace(m, label=read_label(m.label)) for m in markers]
        boxed = [replace(e, label=f"[{e.label}]") for e in literature]
        cited = [m for m in markers if m.label.startswith("[")]
        notes.extend(cited_entry_notes(cited, boxed, at_citation=True))
    if numbered:  # a note's "sí eisini kapittul 4 í [3]" cites the list as the body does
        in_list = notes_list_cites(notes, numbered, len(blocks))
        blocks.extend(in_list.blocks)
        markers = [replace(m, label=read_label(m.label)) for m in [*markers, *in_list.markers]]
        boxed = [replace(e, label=f"[{e.label}]") for e in literature]
        cited = [m for m in markers if m.label.startswith("[")]
        notes.extend(cited_entry_notes(cited, boxed, at_citation=True))
        anomalies.extend(unlisted_numbers(cited, boxed))
    if keyed is not None:  # a note's "see [Bro86]" cites the list as the body does
        in_list = notes_list_cites(notes, keyed.labels, len(blocks), keyed.mark)
        blocks.extend(in_list.blocks)
        markers = [replace(m, label=read_label(m.label)) for m in [*markers, *in_list.markers]]
        boxed = [replace(e, label=f"[{e.label}]") for e in literature]
        cited = [m for m in markers if m.label.startswith("[")]
        notes.extend(cited_entry_notes(cited, boxed, at_citation=True))
    anomalies.extend(uncited_anomaly(name, line, mla) for name, line in unlisted_mla.items())
    anomalies.extend(unlisted_anomaly(name, line) for name, line in unnamed.items())
    if by_author or mla:
        if notes:  # one or two notes tied to nothing certain beside an author-date text
            anomalies.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    f"{len(notes)} note text(s) at the page bottoms could not be tied to "
                    "markers in this author-date text; they were not read",
                    notes[0].line,
                )
            )
        notes = cited_entry_notes(markers, literature, at_citation=True)
    notes.extend(symbol_notes_read)
    anomalies.extend(anomalies_lit)
    anomalies.extend(artifact_anomalies(lines, layout.artifacts))
    title = next((lines[i].strip() for i in body[:1]), None)
    first = next((line.strip() for line in lines if line.strip()), None)
    if first is not None and not _BARE_NUMBER.match(first):
        title = _MARK.sub("", first) if len(first) < 150 else title
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(RawMarker(m.label, m.line, m.column, m.block, m.offset) for m in markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if found.literature_at is None else found.literature_at + 1,
        # (a note cited again by a cross reference is no duplicate marker)
        markers_reusable=bool(by_author) or bool(mla) or bool(found.repeats),
        # (footnotes beside a numbered list need not cite works of it: statutes, URLs)
        literature_partial=_selective(found) or bool(numbered) or keyed is not None,
    )


def _numbered_beside(found: _Analysis, literature: list[RawNote]) -> set[str]:
    """The labels of a numbered ``[n]`` list that the body cites by ``[n]`` beside its
    footnotes (:mod:`bibcheck.readers.pdfbeside`), or an empty set: the text has footnotes
    tied to their markers, every entry is printed ``[n]``, and the body cites at least
    two of them so."""
    lines = found.layout.lines
    if not found.markers or not bracketed_entries(literature, lines):
        return set()
    listed = {e.label for e in literature}
    taken = {i for e in literature for i in range(e.line - 1, e.end_line)}
    cited = {
        n
        for i in _body_lines(found)
        if i not in taken
        for _, _, numbers in list_cites(lines[i], listed)
        for n in numbers
        if n in listed
    }
    return listed if len(cited) >= BESIDE_MIN_CITED else set()


def _keyed(found: _Analysis, literature: list[RawNote]) -> bool:
    """Is every entry of ``literature`` printed ``[key] …`` (:mod:`pdfkeyed`)?"""
    lines = found.layout.lines
    labels = [e.label for e in literature]
    firsts = [lines[e.line - 1] if 0 < e.line <= len(lines) else "" for e in literature]
    return keyed_entries(labels, firsts)


def _keyed_beside(found: _Analysis, literature: list[RawNote]) -> KeyedCites | None:
    """The citations of a list keyed ``[Bac78]`` that the body cites by its keys beside
    its footnotes (:mod:`bibcheck.readers.pdfkeyed`), or None: the text has footnotes tied
    to their markers, every entry is printed ``[key] …``, and the body cites at least two
    of them so."""
    if not found.markers or not _keyed(found, literature):
        return None
    lines = found.layout.lines
    keyed = KeyedCites.of([e.label for e in literature])
    taken = {i for e in literature for i in range(e.line - 1, e.end_line)}
    body = [i for i in _body_lines(found) if i not in taken]
    cited = {
        key
        for pos, i in enumerate(body)
        for _, _, keys in keyed.cites(lines[i], lines[body[pos + 1]] if pos + 1 < len(body) else "")
        for key in keys
    }
    return keyed if len(cited) >= KEYED_MIN_CITED else None


def _read_numeric(found: _Analysis, numeric: _Numeric) -> RawDocument:
    """A text citing its numbered list by ``[n]`` or superscripts (see :func:`_numeric`):
    every listed number cited in the body is a citation of that entry."""
    rows, listed = numeric.rows, numeric.found
    top = max(base(label) for label in listed.labels())
    literature: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for entry in listed.entries:
        members = [r.index for r in entry.rows]
        raw, joined = _raw_note(
            entry.label,
            _Note(0, 0, 0, members, [r.text for r in entry.rows]),
            _evidence(found.layout),
        )
        literature.append(raw)
        anomalies.extend(joined)
    collector = BlockCollector(_MARK, table_rows=True)
    body = [p for p in range(len(rows)) if p not in listed.taken]
    glue = False
    beyond: list[tuple[int, int]] = []  # (number, line) cited far past the list's end
    for pos, p in enumerate(body):
        text = rows[p].text.strip()
        if not text:
            collector.blank()
            glue = False
            continue
        line = rows[p].index + 1
        for *_, numbers in numeric.past(text):
            beyond.extend((base(n), line) for n in numbers if base(n) > top + _TOLERANCE)
        for start, end, numbers in reversed(numeric.cites(text)):
            # (a number a little past the list's end is a citation of a lost entry: said)
            if all(base(n) <= top + _TOLERANCE for n in numbers):
                marks = "".join(f"\x00{n}\x00" for n in numbers)
                text = f"{text[:start]}{marks}{text[end:]}"
            else:  # (further past: no citation, but said, never dropped silently)
                beyond.extend((base(n), line) for n in numbers if base(n) > top + _TOLERANCE)
        following = rows[body[pos + 1]].text.strip() if pos + 1 < len(body) else ""
        text, hyphen = _hyphen_glue(text, following, _evidence(found.layout))
        collector.line(rows[p].index + 1, text, glue=glue)
        glue = hyphen
    blocks, markers, body_anomalies = collector.finish()
    anomalies = [*body_anomalies, *anomalies, *unlisted_numbers(markers, literature)]
    if (past := past_list_anomaly(beyond, top)) is not None:
        anomalies.append(past)
    anomalies.extend(artifact_anomalies(found.layout.lines, found.layout.artifacts))
    first = next((r.text.strip() for r in rows if r.text.strip()), None)
    return RawDocument(
        reader=NAME,
        title=first if first is not None and len(first) < 150 else None,
        blocks=tuple(blocks),
        markers=tuple(RawMarker(m.label, m.line, m.column, m.block, m.offset) for m in markers),
        footnotes=tuple(cited_entry_notes(markers, literature, at_citation=True)),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=rows[listed.heading].index + 1,
        markers_reusable=True,  # a list number is cited wherever its work is
    )


def _selective(found: _Analysis) -> bool:
    """A list headed as a selection (``Selected Secondary Literature``): notes may cite
    works it leaves out."""
    at = found.literature_at
    return at is not None and is_selective_heading(found.layout.lines[at])


def _mixed_order(markers: list[RawMarker], found: _Analysis) -> tuple[list[RawMarker], Anomaly]:
    """Where the converter interleaved two columns, the reading order of the markers is
    not the printed one: they are given in the order of their notes (so no false
    "marker 1 comes after marker 8"), and an anomaly says what could not be checked."""
    rank = {label: k for k, label in enumerate(found.labels)}
    ordered = sorted(markers, key=lambda m: rank.get(m.label, len(rank)))
    labels = [found.labels[k] for k in found.mixed]
    lines = sorted(found.markers[k].line + 1 for k in found.mixed)
    return ordered, Anomaly(
        AnomalyCode.ARTIFACT_LINE,
        f"the converter interleaved two columns line by line: markers {', '.join(labels)} "
        f"stand out of sequence (lines {', '.join(map(str, lines))}); the order of the "
        "markers is not checked and the claims next to them may mix in text of the other "
        "column",
        lines[0],
    )


def _raw_note(
    label: str, note: _Note, evidence: _Evidence | None = None
) -> tuple[RawNote, list[Anomaly]]:
    """A note as a RawNote; a number alone on its line is not part of the text
    (``evidence``: how the document writes its words, :func:`_evidence`)."""
    kept, joins = _note_lines(note, evidence)
    anomalies = [
        Anomaly(
            AnomalyCode.URL_SPLIT_OVER_LINES,
            f"URL split over lines joined: {url}",
            line,
            footnote=label if not note.value == 0 else None,
            literature_entry=int(label) if note.value == 0 and label.isdigit() else None,
        )
        for line, url in joins
    ]
    raw = RawNote(
        label,
        ot1_glyphs("\n".join(t for t, _ in kept)),
        note.lines[0] + 1,
        note.lines[-1] + 1,
        tuple(line for _, line in kept),
    )
    return raw, anomalies


def _note_lines(
    note: _Note, evidence: _Evidence | None = None
) -> tuple[list[tuple[str, int]], list[tuple[int, str]]]:
    """(text, 1-based line) of a note's lines, hyphenated words and wrapped addresses
    joined, and the addresses joined."""
    parts = _join_note(note, evidence)
    kept = [(text, i + 1) for text, i in zip(parts, note.lines, strict=True) if text]
    kept, joins = join_wrapped_urls(join_broken_ranges(join_cjk_wraps(kept)))
    if not kept:
        kept = [("", note.lines[0] + 1)]
    return kept, joins


def _blank_between(lines: Sequence[str], a: int, b: int) -> bool:
    return any(not lines[j].strip() for j in range(a + 1, b))


_ITEM = lazy_compile(r"^\s*(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)])\s+(?P<text>\S.*)$")
_INITIAL_END = lazy_compile(r"(?:^|\s)[A-ZÀ-ÖØ-ÞА-ЯЁ]\.$")
_ENTRY_END = lazy_compile(r"[.!?。．！？][\"'”»’)\]」』]*$")  # not a colon: "Portland, ME:" goes on
_NAMES_YEAR_END = lazy_compile(r"[A-Z]\.,?\s.*\((?:1[5-9]|20)\d\d[a-z]?(?:, [^)]{3,20})?\)\.$")
# the small words of a body's name between its capitalised ones: "Ministry of Health",
# "Autoridad Nacional del Agua", "Instituto Brasileiro de Geografia e Estatística"
_NAME_LINKS = (
    r"(?:of|the|and|for|on|in|de|del|la|las|los|des|du|di|da|do|dos|das|e|y|et|und|für"
    r"|van|von|voor|och|för|og|i)"
)
# "Boelens, R., & Vos, J. (2012).", "World Bank. (2019).", "Ministry of Health. (2019).":
# APA's names (or a body's name) and year
_AUTHOR_YEAR_START = lazy_compile(
    r"^(?:[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?,\s(?:[A-Z]\.\s?-?)+.{0,300}?"
    rf"|(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*\s(?:{_NAME_LINKS}\s){{0,2}}){{0,6}}[A-ZÀ-ÖØ-Þ][\w&'’-]*\.\s)"
    r"\((?:1[5-9]|20)\d\d[a-z]?(?:,\s[^)]{3,20})?\)\.(?:\s|$)"
)
# ACL's names, given names first, then the year after a full stop: "Ana Ruiz and Tom
# Berg. 2008.", "D. C. Liu, P. Amsel, and J. Ngata. 1989a."
_GIVEN_FIRST = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NAMES_YEAR_START = lazy_compile(
    rf"^{_GIVEN_FIRST}(?:(?:,\s|,?\sand\s){_GIVEN_FIRST}){{0,8}}\.\s(?:1[5-9]|20)\d\d[a-z]?\."
)
# "Arksey H", "O'Malley L", "Tricco AC", "Smith-Jones JA": a surname, then one to three
# initials without stops (two or more roman numerals are a number: "War II")
_VANCOUVER_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s(?![IVX]{2,}\b)[A-ZÀ-ÖØ-Þ]{1,3}\b"
# "Okonkwo CE, Varga P, et al. (2019) Title": Springer's and Vancouver's names, initials
# without stops, and the year in parentheses (no full stop after it)
_VANCOUVER_YEAR_START = lazy_compile(
    rf"^{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME})*(?:,?\set\sal\.?)?\s\((?:1[5-9]|20)\d\d[a-z]?\)"
)
# "Hirshkowitz, M., Whiton, K., Albert, S. M.,": a list of names with initials, two or more
_NAMES_START = lazy_compile(
    r"^[^\W\d_][\w'’-]+,\s(?:[A-Z]\.\s?-?)+,\s(?:&\s)?[^\W\d_][\w'’-]+,\s[A-Z]\."
)
# SIAM's and the AMS's names, initials first: "A. Barenco, C. H. Bennett, …", "C. H.
# Bennett (1973), …" (another name's initial or the year after the first name)
_INITIALS_FIRST = lazy_compile(
    r"^(?:[A-Z]\.\s?-?){1,3}\s?"
    # ("P. van Emde Boas (1990)", "J. de Bakker and …": a particle before the family name,
    # which may have two words)
    rf"(?:{particle_pattern(PARTICLES)}\s){{0,2}}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
    # ("R. Y. Levine and A. T. Sherman (1990)": two names joined by "and", no comma)
    r"(?:(?:,\s(?:and\s)?|\sand\s)(?:[A-Z]\.\s?-?)+\s?[A-Z]|\s\((?:1[5-9]|20)\d\d)"
)
_URL_END = lazy_compile(r"(?:https?://|doi:\s?|www\.)\S+$", re.I)
_ENTRY_START = lazy_compile(
    # "Barty-King, Hugh." (not an imprint wrapped onto its own line: "Cambridge, MA:
    # Harvard University Press, 2013.", "Cambridge, Mass.: MIT Press")
    # ("Berthier Hugo, « Titre »": a quoted title after the name)
    rf"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?,\s(?=[^\W\d_]|[{TITLE_OPENINGS}]\s?[^\W\d_])"
    r"(?![A-Z]{2}:|[A-Z][a-z]{2,4}\.:)"
    r"|^(?:[A-ZА-ЯЁ][\w&'’.-]*\s){1,5}[A-ZА-ЯЁ][\w&'’-]+\.\s"  # "PK Porthcurno.", "World Bank."
    r"|^[A-ZА-ЯЁ]{2,}\.\s"  # "OECD.", "ЮНЕСКО."
    # ABNT's body in capitals with its jurisdiction: "SÃO PAULO (Estado).", "BRASIL (Município)."
    r"|^(?:[A-ZÀ-ÖØ-Þ]{2,}[\s-]){0,4}[A-ZÀ-ÖØ-Þ]{2,}\s\([^\W\d_]+\)\.\s"
    # an archive or body with its abbreviation: "The National Archives (TNA), Kew."
    r"|^[A-Z][\w&'’.-]*\s(?:(?:[A-Z][\w&'’.-]*|of|the|and|for|de|del|des|du|di|für)\s){0,6}"
    r"\([A-Z][A-Za-z]{1,7}\),\s"
    # author-date: "CNEL (2023),", "European Commission (2020).", "Istat (2022a)"
    r"|^(?:[A-ZА-ЯЁ][\w&'’.-]*\s){0,4}[A-ZА-ЯЁ][\w&'’-]+\s\((?:1[5-9]|20)\d\d[a-z]?\)[,.:]?\s"
    # Vancouver and Springer names, initials without stops: "Arksey H, O'Malley L (2005)",
    # "Tricco AC, Lillie E, et al.", "Boutron I (2010)" (not "World War II, Part IV")
    rf"|^{_VANCOUVER_NAME},\s(?:{_VANCOUVER_NAME}[,.\s]|et\sal\b)"
    rf"|^{_VANCOUVER_NAME}\s\((?:1[5-9]|20)\d\d[a-z]?\)"
)


def _entry_start(line: str) -> bool:
    """Does ``line`` start a reference entry?  Composed first: pdftotext gives "Andre\u0301s"
    with a combining accent, which no word pattern matches.  A place alone ("Ithaca, NY.",
    an author-date entry's imprint on a line of its own) starts none."""
    if bare_place(line) is not None:
        return False
    return bool(_ENTRY_START.match(unicodedata.normalize("NFC", line))) or cjk_entry_start(line)


def entry_start(line: str) -> bool:
    """Does ``line`` start a reference entry, of any style read here (a name first, an
    author-date entry's names and year)?"""
    composed = unicodedata.normalize("NFC", line)
    return (
        _entry_start(line)
        or bool(_AUTHOR_YEAR_START.match(composed))
        or bool(_NAMES_START.match(composed))
        or bool(_NAMES_YEAR_START.match(composed))
        # (the astronomy journals' "Okoro T. A., Lind B., et al. 2019, Title, …")
        or astro_comma.person_head(composed)
    )


def _first_lines_indented(lines: list[str], rows: list[int], indents: list[int]) -> bool:
    """Entries set with a paragraph indent (first line indented, the rest flush left: the
    reverse of a hanging indent)?  The lines that start entries are the ones that follow
    a finished entry (``…, 1992.``, or one that ends with its DOI or URL and no full stop)
    more often."""
    low = min(indents)
    after_end = {True: 0, False: 0}
    count = {True: 0, False: 0}
    for n in range(1, len(rows)):
        key = indents[n] > low
        count[key] += 1
        prev = lines[rows[n - 1]].rstrip()
        after_end[key] += bool(_ENTRY_END.search(prev) or _URL_END.search(prev))
    if count[True] < 2 or count[False] < 2:
        return False
    return after_end[True] / count[True] > after_end[False] / count[False] + 0.3


def _inner_heading(lines: list[str], rows: list[int], n: int) -> bool | None:
    """Is ``rows[n]`` a heading inside an unnumbered list, and if so, does the text of
    another column follow it (True) or entries (False)?

    A short capitalised line without punctuation or digits, after a blank line.  A
    two-column page that the converter read column by column puts the other column's
    text (``Data and method`` and its first lines) among the entries: the text up to
    the next entry after a break is no entry's.  A heading followed by an entry
    (``Secondary works``) is a part of the list: the entry after it is a new one."""
    i = rows[n]
    text = lines[i].strip()
    if (
        n + 1 >= len(rows)
        or i == 0
        or lines[i - 1].strip()
        or len(text) > 60
        or not text[:1].isupper()
        or re.search(r"[\d.,;:()]", text)
    ):
        return None
    return not _entry_start(lines[rows[n + 1]].strip())


def _part_heading(lines: list[str], rows: list[int], n: int) -> bool:
    """Is ``rows[n]`` the heading of a part of an unnumbered list (``Printed``,
    ``Unpublished``, ``Books and articles``), standing where no entry goes on (first,
    after a blank line, a finished entry or another heading)?"""
    i = rows[n]
    if not _list_part(lines[i]):
        return False
    prev = lines[rows[n - 1]].strip() if n > 0 else ""
    return (
        n == 0
        or not lines[i - 1].strip()
        or bool(_ENTRY_END.search(prev))
        or _is_reference_heading(prev)
        or _list_part(prev)
    )


def _list_part(text: str) -> bool:
    """A part's heading in a list: ``Printed``, ``Unpublished``; ``一、史料``, ``（一）中文``."""
    return is_list_part_heading(text) or cjk_part_heading(text)


_BLOCK_END = lazy_compile(r"(?:(?<!\d)(?:1[5-9]|20)\d\d[a-z]?|(?:https?://|doi:\s?)\S+)\.?$")


def _block_entries(lines: list[str], rows: list[int]) -> bool:
    """Entries set one block to a line (``A. Bell.`` / ``Language style as audience
    design.`` / ``Language in Society, 13(2):145–204, 1984.``, Beamer's ``\\newblock``)?
    Two lines of names alone at least, never two in a row, one in six lines or more."""
    at = [n for n, i in enumerate(rows) if names_line(lines[i])]
    return (
        len(at) >= 2
        and 6 * len(at) >= len(rows)
        and all(b > a + 1 for a, b in zip(at, at[1:], strict=False))
    )


# An e-mail's signature separator (RFC 3676 "-- ", the space often lost in transit): the
# sender's name and address below it are no entry
_SIGNATURE = lazy_compile(r"^--[ \t]?$")


def _list_end(lines: Sequence[str], heading: int) -> int:
    """Where the list under ``heading`` ends: at a signature separator, at a block that
    follows a list (a list of figures, captions, an appendix:
    :mod:`bibcheck.readers.listafter`), or the end."""
    return next(
        (
            i
            for i in range(heading + 1, len(lines))
            if _SIGNATURE.match(lines[i]) or ends_list(lines[i])
        ),
        len(lines),
    )


def _only_blank_between(lines: Sequence[str], above: int, below: int) -> bool:
    """Are there lines between rows ``above`` and ``below``, all of them blank?"""
    return below > above + 1 and not any(lines[k].strip() for k in range(above + 1, below))


def _names_end(line: str) -> bool:
    """Does an entry's line end with its authors' names, the year still to come (``…,
    Roemmich, D., et al.``, ``… & Schlax, M. G.``)?"""
    return bool(_ET_AL_END.search(line) or _INITIAL_END.search(line.rstrip()))


# "et al." (or "et al.,") closing a line of names
_ET_AL_END = lazy_compile(r"(?:^|[\s,])et\s?al\.,?\s*$")


def _unfinished(line: str) -> bool:
    """Does an entry's line stop short of its end (no full stop, no address last)?"""
    return bool(line) and not _ENTRY_END.search(line) and not _URL_END.search(line)


def _address_rest(lines: Sequence[str], members: Sequence[int]) -> bool:
    """Is an entry's last line (of ``members``) the rest of an address cut off at the end
    of the line above it, and nothing else (``https://cloud.google.`` / ``com/functions``)?"""
    if len(members) < 2:
        return False
    above, last = lines[members[-2]].rstrip(), lines[members[-1]].strip()
    return len(last.split()) == 1 and bool(_URL_END.search(above)) and url_continues(above, last)


def _run_goes_on(lines: Sequence[str], rows: list[int], after: int | None) -> bool:
    """Does a run of single-word rows (:mod:`bibcheck.readers.wordlines`) ending before
    row ``after`` go on with the entry above: the list's next entry (or its end) after it?"""
    return after is not None and (after >= len(rows) or entry_start(lines[rows[after]].strip()))


def _read_literature(
    layout: _Layout, heading: int, skip: set[int]
) -> list[tuple[RawNote, list[Anomaly]]]:
    """Entries under a References heading (the page's footnotes below it left out):
    numbered, or one per author-led paragraph."""
    lines = layout.lines
    rows = [
        i
        for i in range(heading + 1, _list_end(lines, heading))
        if lines[i].strip() and i not in layout.artifacts and i not in skip
    ]
    # ("1. 史料", "2. 단행본": a CJK list's numbered part headings, no entries)
    items_at = [m for i in rows if (m := _ITEM.match(lines[i])) and not cjk_part_heading(lines[i])]
    # A numbered list starts at 1: "2. Ipoteza abilităţii" and "3. …" under the heading are
    # section headings of the other column, not entries 2 and 3.
    first = (items_at[0].group("a") or items_at[0].group("b")) if items_at else None
    numbered = len(items_at) if first == "1" else 0
    # (a list whose own entries start with names and a year is no numbered list: a block
    # numbered from 1 after it, a reviewer's comments, a numbered appendix, is not its)
    if numbered and _dated_entries(lines, rows, _ITEM.match) >= _UNNUMBERED_MIN:
        numbered = 0
    # a list keyed "[Bac78] John W. Backus …": each key starts an entry (:mod:`pdfkeyed`)
    keys = {i: key for i in rows if (key := entry_key(lines[i])) is not None}
    if numbered < 2 and rows and rows[0] in keys and len(keys) >= _MIN_KEYED:
        return _keyed_literature(lines, rows, keys)
    # The width of a full line: most lines of a list are full (the converter may have
    # merged two lines into one, so not the longest).
    lengths = sorted(_width(lines[i]) for i in rows)
    width = lengths[(3 * len(lengths)) // 4] if lengths else 0
    indents = [len(lines[i]) - len(lines[i].lstrip()) for i in rows]
    hanging = len(set(indents)) > 1 and indents.count(min(indents, default=0)) >= 2
    indented = hanging and _first_lines_indented(lines, rows, indents)
    # (blank lines apart; not a page break's, the running foot or head and blank lines
    # around it between two lines of one entry: "…, Solar" / "Porcu: Il Sole   17" / "" /
    # "  Physics, 275, 3–15")
    spaced = any(_only_blank_between(lines, a, b) for a, b in zip(rows, rows[1:], strict=False))
    parted_list = blank_parted(lines, rows, entry_start)  # blank lines part the entries
    # Beamer's bibliography: each entry's names, title and venue on lines of their own
    blocks = numbered < 2 and not hanging and _block_entries(lines, rows)
    # entries that open with the names and a bare year, "Jansen, P. 1996." (:mod:`.yearlist`)
    bare_years = numbered < 2 and yearlist.year_headed([lines[i].strip() for i in rows])
    items: list[tuple[str, list[int]]] = []
    after_heading = False
    parted_at = 0  # the first item under the list's last part heading
    foreign = False  # in the other column's text (see _inner_heading)
    # under a selection's heading (Further Reading), an entry may be followed by a comment
    annotated = is_selective_heading(lines[heading])
    comment = False
    runs = word_runs([lines[i] for i in rows])  # an entry set a word to a line
    for n, i in enumerate(rows):
        line = lines[i].strip()
        if items and numbered < 2 and _run_goes_on(lines, rows, runs.get(n)):
            items[-1][1].append(i)  # ("integration." / "Journal" / "of" / …)
            continue
        # "Quellen" after "Literatur", "Printed" after "Manuscripts": the list goes on,
        # in a new part (a heading is no entry, nor any entry's text)
        if _is_reference_heading(line) or (_part_heading(lines, rows, n) and not numbered):
            after_heading = True
            foreign = False
            annotated, comment = is_selective_heading(line), False
            continue
        if annotated and items and numbered < 2 and not entry_start(line):
            done = entry_complete(" ".join(lines[j].strip() for j in items[-1][1]))
            if comment or (done and not _DATED.search(line)):
                comment = True  # "A short and vivid account of …": no entry's text
                continue
        comment = False
        if (
            numbered < 2
            and _SECTION_HEADING.match(line)
            and n + 1 < len(rows)
            and _entry_start(lines[rows[n + 1]].strip())
        ):
            continue  # "2. Ipoteza abilităţii": the other column's heading among the entries
        if numbered < 2 and not hanging and items:
            if foreign and not (i > rows[n - 1] + 1 and _entry_start(line)):
                continue
            foreign = False
            other = _inner_heading(lines, rows, n)
            if other is not None:  # the other column's text, or a part of the list
                foreign, after_heading = other, not other
                continue
        m = _ITEM.match(lines[i])
        prev = lines[items[-1][1][-1]].rstrip() if items else ""
        if numbered >= 2:
            new = m is not None
        elif blocks:  # a new entry at its names, or after a year or an address ends one
            new = names_line(line) or bool(_BLOCK_END.search(prev))
        elif hanging:  # -layout keeps the hanging (or paragraph) indent of each entry
            new = (len(lines[i]) - len(lines[i].lstrip()) == min(indents)) != indented
            # (entries apart by blank lines, as an essay typed in Markdown: a line right
            # under an unfinished one goes on with it, however it is indented)
            # (but a flush line that starts an entry under an indented continuation line is
            # a new entry: a list printed in groups parted by blank lines, biblatex's
            # "Literatur" / "Internetquellen", each entry of a group with its hanging
            # indent, and "…, 2008" with no full stop ending each)
            hung = not indented and _indent(prev) > min(indents) and entry_start(line)
            new = new and not (spaced and _unfinished(prev) and i == rows[n - 1] + 1 and not hung)
            # ("      (1982a), Title, …" under a finished entry: the repeated author's rule,
            # which pdftotext leaves out, indents the year like a continuation line)
            # (but under names that end "et al." or with an initial, "Wong, A. P. S., …,
            # Roemmich, D., et al." / "    (2020). Argo data …", the year goes on with them)
            new = new or (omits_author(line) and not _unfinished(prev) and not _names_end(prev))
        else:
            # "… online unter: https://www." + "bundesarchiv.de/…": the address goes on
            # ("… ı̂n William G." + "Lycan (ed.), …": an initial ends no entry)
            ended = (
                (bool(_ENTRY_END.search(prev)) and not _INITIAL_END.search(prev)) or not prev
            ) and not url_continues(prev, line)
            # "Buysse, D. J., … & Kupfer, D. J. (1989)." on a line of its own: APA's names
            # and year, the title follows
            ended = ended and not _NAMES_YEAR_END.search(prev)
            # ("… Proc. Roy." / "Soc. London Ser. A, 449, …": a journal's name broken after
            # an abbreviated word goes on, see journalwrap)
            ended = ended and not journal_goes_on(prev, line)
            # (a blank line after a finished entry ends it: "Teal, J. … 1969." / "" /
            # "*Tidelines*. Edited by …", an entry led by its title, not by a name)
            # (blank lines only: rows left out between, the other column's text, part nothing)
            parted = bool(n) and _only_blank_between(lines, rows[n - 1], i)
            # (where blank lines part the entries, a short line ends none: see spacedlist)
            short = _width(prev) < 0.85 * width and not parted_list
            new = ended and (
                short
                or _entry_start(line)
                or parted
                or omits_author(line)
                or bool(_INITIALS_FIRST.match(line))
            )
            # APA and others end an entry with its DOI or URL, no period after it
            # ("… https://cloud.google." / "com/functions": the address's rest ends it too)
            linked = (
                bool(_URL_END.search(prev)) or _address_rest(lines, items[-1][1] if items else [])
            ) and not url_continues(prev, line)
            new = new or (linked and _entry_start(line))
            if bare_years and not parted:
                # ("Kadaster 1832." under "…, 33–58.": a body's bare-year head starts an
                # entry; "Proefschrift, Technische Universiteit Delft." ends one)
                following = lines[rows[n + 1]].strip() if n + 1 < len(rows) else ""
                above = lines[items[-1][1][0]].strip() if items else ""
                opens = yearlist.opens_entry(line, following, above)
                if opens is not None:
                    new = opens and (new or ended or linked)
            # "Buysse, D. J., Reynolds, C. F. … (1989)." starts an author-date entry, whatever
            # the last line ended with (a DOI broken over lines), unless the names go on
            composed = unicodedata.normalize("NFC", line)  # "Pen˜a": a converter's accents
            new = new or (
                bool(
                    _AUTHOR_YEAR_START.match(composed)
                    or _NAMES_START.match(composed)
                    or _VANCOUVER_YEAR_START.match(composed)
                    # ("Okoro T. A., Lind B. 2019, Title, …": :mod:`.astro_comma`)
                    or astro_comma.person_head(composed)
                )
                and not prev.endswith((",", "&", " and"))
            )
            # ("URL http://…" under "… Computing 20 (12), 827–840.": a bibliography
            # style's tagged address ends the entry above, it starts none)
            new = new and not _TAGGED_URL.match(line)
            # ("… Järvien synty. Teoksessa" / "Lind, A., … (toim.): …", "Springer, Berlin.":
            # a chapter's host and an imprint on lines of their own, see hostwrap)
            head = lines[items[-1][1][0]] if items else ""
            new = new and not host_goes_on(prev, line, head)
        if new or not items or after_heading:
            if after_heading:
                parted_at = len(items)
            after_heading = False
            label = (m.group("a") or m.group("b")) if (m and numbered >= 2) else str(len(items) + 1)
            items.append((label, [i]))
        else:
            items[-1][1].append(i)
    if numbered < 2:  # (answers to the reviewers after the list: no entries)
        # (never back past a part's heading: "Quellen" over archives and laws, no names)
        keep = list_length([lines[members[0]] for _, members in items], entry_start)
        items = items[: max(keep, parted_at)] if keep < len(items) else items
    entries = []
    for label, members in items:
        parts = [lines[i].strip() for i in members]
        m = _ITEM.match(lines[members[0]])
        if m and numbered >= 2:
            parts[0] = m.group("text").strip()
        entries.append(_raw_note(label, _Note(0, 0, 0, members, parts), _evidence(layout)))
    return entries


_MIN_KEYED = 3  # entries a keyed list must start with its keys
_TAGGED_URL = lazy_compile(r"^(?:URL|DOI|doi):?\s+(?:https?://|www\.|10\.\d{4})\S*")
_UNNUMBERED_MIN = 2  # entries led by names and a year that show a list is not numbered
_YEAR = lazy_compile(YEAR_LETTERED_BOUNDED)


def _never_item(_: str) -> bool:
    return False


def _dated_entries(lines: Sequence[str], rows: Sequence[int], item: Callable[[str], object]) -> int:
    """How many of ``rows`` before the first numbered ``item`` start an entry by names and
    name a year, as an author-date entry does (``Ambady, N., Rosenthal, R., 1992. Thin
    slices …``)."""
    head = list(takewhile(lambda i: not item(lines[i]), rows))
    return sum(1 for i in head if entry_start(line := lines[i].strip()) and _YEAR.search(line))


def _keyed_literature(
    lines: Sequence[str], rows: Sequence[int], keys: dict[int, str]
) -> list[tuple[RawNote, list[Anomaly]]]:
    """A keyed list's entries: each from its key's line to the next key's."""
    items: list[tuple[str, list[int]]] = []
    for i in rows:
        if i in keys:
            items.append((keys[i], [i]))
        else:
            items[-1][1].append(i)
    entries = []
    for label, members in items:
        parts = [lines[i].strip() for i in members]
        parts[0] = parts[0].split("]", 1)[1].strip()
        entries.append(_raw_note(label, _Note(0, 0, 0, members, parts)))
    return entries


READER = register(Reader(NAME, (".txt",), score, read, detect_styles=True))
