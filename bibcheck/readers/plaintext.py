"""Reader for plain text with numeric citations: ``[1]``, ``[2-4]``, ``[3, 5]``.

Common in sciences and engineering (IEEE, Vancouver): the body cites works
by their number in a numbered reference list at the end, under a References
/ Literature / Список литературы line (or a Notes / Endnotes line with a numbered item
right under it: parliamentary briefings and committee reports cite their notes list by
``[n]``, with OSCOLA pinpoints ``[9, s 78(4)-(6)]``), items written ``[1] ...``, ``1. ...``
or ``1) ...`` (continuation lines belong to the item above; a line that only looks
like an item, ``2013. - 8 с.`` after item 5, continues it too; an item whose label stands
alone on its line, ``[85]`` over a letter the note quotes, holds the paragraphs under it up to
the next number).

Text converted from a two-column PDF interleaves the list with the body: the list is
read block by block, and the blocks between its entries are body text (see
:func:`_list_region`).  URLs and DOIs wrapped over lines are joined
(:mod:`bibcheck.readers.linewrap`).

Each cited number becomes a "footnote" labelled with the number whose text
is the list item, so claims, numbering checks (a number cited but not in the
list is a marker without definition), URL checks and linking work as for
real footnotes; the list itself is the literature list (an item nobody cites
is ``literature-uncited``).  A range ``[2-4]`` puts one marker for each of 2,
3 and 4 at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import accumulate

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote
from bibcheck.parse.numbering import literature_numbering
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers import pdftext
from bibcheck.readers.bodylanguage import document_language
from bibcheck.readers.bulletlabels import unbulleted
from bibcheck.readers.columns import Row
from bibcheck.readers.common import (
    RULE,
    BlockCollector,
    cited_entry_notes,
    is_incomplete,
    is_literature_heading,
    is_notes_heading,
)
from bibcheck.readers.common import unlisted_numbers as unlisted_numbers  # (docx, html use it)
from bibcheck.readers.endnotetext import (
    BRACKET_MARKER,
    SUPER_MARKER,
    EndNotes,
    calls,
    end_notes,
    read_end_notes,
)
from bibcheck.readers.entrycomments import annotated
from bibcheck.readers.entryends import entry_complete, finished
from bibcheck.readers.estimateinterval import interval_of_estimate
from bibcheck.readers.furtherlist import further_list
from bibcheck.readers.gluedhead import glued_heading
from bibcheck.readers.ietfpages import paginated
from bibcheck.readers.inlinelist import inline_list, source_lines
from bibcheck.readers.labelcolumn import textless_label
from bibcheck.readers.lateitems import split_late_items
from bibcheck.readers.lawreport import LAW_REPORT_YEAR
from bibcheck.readers.lettered import LETTER, base, follows, is_lettered, sort_key
from bibcheck.readers.lettered import label as item_label
from bibcheck.readers.lineblocks import joined_under_heading
from bibcheck.readers.linewrap import (
    join_broken_ranges,
    join_cjk_wraps,
    join_hyphenated,
    join_wrapped_urls,
    printed_hyphens,
    range_continues,
)
from bibcheck.readers.listafter import credit_item
from bibcheck.readers.numlabels import MAX_RANGE, PAGE
from bibcheck.readers.numlabels import expand as expand  # (docx, html, parennum use it)
from bibcheck.readers.ot1 import composed_accents, ot1_glyphs
from bibcheck.readers.pagemargin import dedented
from bibcheck.readers.pagenotes import ListNotes, list_notes, mark
from bibcheck.readers.parennotes import CALL as PAREN_CALL
from bibcheck.readers.parennotes import callable_number
from bibcheck.readers.parennotes import calls as paren_calls
from bibcheck.readers.parentext import paren_marked
from bibcheck.readers.pdftext import artifact_anomalies, page_artifacts, reading_rows
from bibcheck.readers.places import LOCATOR_WORD as LOCATOR_WORD  # (latex, parennum use it)
from bibcheck.readers.pubhistory import history_line
from bibcheck.readers.registry import Reader, register
from bibcheck.readers.symbolic import (
    SymbolicList,
    marker_pattern,
    split_labels,
    symbolic_list,
    unlisted_labels,
)
from bibcheck.readers.tailheading import tail_heading
from bibcheck.readers.textentities import unescaped_entities
from bibcheck.readers.typedhyphen import join_typed_hyphens
from bibcheck.readers.wordnotes import WordNotes, headed_notes, word_notes
from bibcheck.readers.yamltitle import blank_front, front_title
from bibcheck.readers.zerobrackets import in_zero_padded_run
from bibcheck.text import editor_lines

NAME = "plain-text"
# a place in the work after a number (:mod:`bibcheck.readers.places`): "[1, с. 45]"
_PAGE = PAGE
# (Chinese and Japanese text separates with full-width marks: "[9，10]", "[3～5]", "[1、4]";
# Arabic-script text with its own comma and semicolon: "[۲، ۳]", "[٤؛ ٥]")
# (not a law report's bracketed year: "[2019] EWHC 2214", "[1991] 3 SCR 77"; not a patent's
# zero-padded paragraph number: "[0003] The device of [1] is known", nor a crystal
# direction "[001]", "[1, 01]": no cited number starts with a zero)
_LABEL = (
    rf"(?!{LAW_REPORT_YEAR})(?!0\d)\d{{1,4}}{_PAGE}?"
    rf"(?:\s*[-–—,;，；、،؛～〜]\s*(?!0\d)\d{{1,4}}{_PAGE}?)*"
)
MARKER = lazy_compile(rf"\[(?P<label>{_LABEL})\]")
# (where the list letters an entry added in revision, "3a.", its citations are lettered too:
# "[3a]", "[3a,4]", "[2–3a]" (:mod:`bibcheck.readers.lettered`))
_LETTERED_LABEL = (
    rf"(?!{LAW_REPORT_YEAR})(?!0\d)\d{{1,4}}{LETTER}?{_PAGE}?"
    rf"(?:\s*[-–—,;，；、،؛～〜]\s*(?!0\d)\d{{1,4}}{LETTER}?{_PAGE}?)*"
)
LETTERED_MARKER = lazy_compile(rf"\[(?P<label>{_LETTERED_LABEL})\]")
# A footnote's marker, written "[\x00n]" in the body where the page-bottom notes were read
# (:mod:`bibcheck.readers.pagenotes`): found with the list's citations, told apart by "\x00".
_NOTE = "\x00"
# (a note's label is its number, or "p2.1" where numbering restarts on each page)
_WITH_NOTES = lazy_compile(rf"\[(?P<label>{_NOTE}[\w.]{{1,24}}|{_LABEL})\]")
# IEEE writes a range of references as "[3]–[5]"; a line may break inside it.
_IEEE_RANGE = lazy_compile(r"\[(\d{1,4})\]\s?[-–—]\s?\[(\d{1,4})\]")
_RANGE_OPEN = lazy_compile(r"\[(\d{1,4})\]\s?[-–—]\s*$")
_RANGE_CLOSE = lazy_compile(r"^\s*\[(\d{1,4})\]")
# "[26," at a line end and "27]" at the start of the next, or "[1," and "paras 30-34]", or
# "[3, s" and "22]": one citation broken by the wrap (when the two halves make one)
_CITE_OPEN = lazy_compile(r"\[\d{1,4}[^\[\]\n]{0,40}$")
_CITE_CLOSE = lazy_compile(r"^\s*+([^\[\]\s][^\[\]\n]{0,40}?\])")
# (an item numbered "(1)" is read as one numbered "1)")
# (and an entry lettered in revision: "3a.", "[12b]")
ITEM = lazy_compile(
    r"^\s{0,3}(?:\[(?P<a>\d{1,4}[a-z]?)\]|(?:\((?=\d{1,4}\)))?(?P<b>\d{1,4}[a-z]?)[.)])"
    r"\s+(?P<text>\S.*)$"
)
_MAX_RANGE = MAX_RANGE
_DATE_YEAR = 1000  # a bracketed number this high is a year, not a list number
_MD_LINK = lazy_compile(r"\]\(https?://")


def _heading_index(lines: list[str], *, paged: bool = False) -> int | None:
    """The line of the list's heading: the last literature heading (References,
    Sources...), else the last notes heading (Notes, Endnotes) with a numbered item right
    under it; or that notes heading when no item stands between the literature heading
    and it (a References heading over a sentence, the numbered notes below).  With none
    of these, the short line over a numbered list of works at the text's end that the text
    cites by ``[n]`` or ``(n)``, in any language (:mod:`bibcheck.readers.tailheading`);
    with no heading at all only when the text is not ``paged`` (pdftotext's form feeds)."""
    found = notes = None
    for i, line in enumerate(lines):
        text = line.strip().lstrip("#").strip()
        if not text or len(text) >= 60:
            continue
        if is_literature_heading(f"# {text}"):
            found = i
        elif is_notes_heading(f"# {text}") and _item_under(lines, i):
            notes = i
    if notes is not None and (
        found is None or (found < notes and not any(map(ITEM.match, lines[found + 1 : notes])))
    ):
        return notes
    if found is None:  # a heading in a language no list of headings knows
        # (a list with no heading at all in ``paged`` text, pdftotext's pages cut by form
        # feeds, is the page-text reader's: :mod:`bibcheck.readers.pdftext`)
        return tail_heading(lines, _cited_numbers, parenthesised=True, bare=not paged)
    return found


def _cited_numbers(line: str) -> list[str]:
    """The list numbers ``line`` cites by ``[n]``."""
    return [n for m in MARKER.finditer(line) for n in expand(m.group("label"))]


# a heading's underline: "-----", "=====", "~~~~~"
_UNDERLINE = lazy_compile(r"^\s*+([-=~*_])\1{2,}+\s*+$")


def _item_under(lines: list[str], at: int) -> bool:
    """Is the first line under the heading at ``at`` (after its underline) a numbered item?"""
    below = (line for line in lines[at + 1 :] if line.strip() and not _UNDERLINE.match(line))
    return ITEM.match(next(below, "")) is not None


def listed_items(lines: Sequence[str]) -> list[str]:
    """The numbered items among ``lines`` (a list under its heading).  A number that ends
    a page range broken before it (``Mill History 4 (2): 198-`` / ``  214. https://…``) is
    none, unless it is the list's next number (``3. … pp. 12-`` / ``4. Jones …``)."""
    items: list[str] = []
    last: int | None = None
    for k, line in enumerate(lines):
        if (m := ITEM.match(line)) is None:
            continue
        number = m.group("a") or m.group("b")
        following = number.isdigit() and last is not None and int(number) == last + 1
        if k and not following and range_continues(lines[k - 1], line):
            continue
        items.append(line)
        last = int(number) if number.isdigit() else last
    return items


def join_ranges(lines: list[str]) -> list[str]:
    """Lines with a citation broken at the line end made whole on the first line.

    A range (``[18]-`` / ``[20]``) becomes ``[18–19]``: the numbers up to the one the
    next line starts with (which stays there).  A list of numbers or a pinpoint broken
    inside its brackets (``[26,`` / ``27]``, ``[1,`` / ``paras 30-34]``) becomes ``[26,
    27]``, ``[1, paras 30-34]`` on the first line, and its rest leaves the next line, so
    that each number counts once, where the citation starts.
    """
    out = list(lines)
    for i in range(len(lines) - 1):
        opened = _RANGE_OPEN.search(lines[i])
        closed = _RANGE_CLOSE.match(lines[i + 1])
        if opened and closed and 0 < int(closed.group(1)) - int(opened.group(1)) <= _MAX_RANGE:
            first, last = int(opened.group(1)), int(closed.group(1)) - 1
            span = str(first) if first == last else f"{first}–{last}"
            out[i] = f"{lines[i][: opened.start()]}[{span}]"
            continue
        head = _CITE_OPEN.search(out[i])
        rest = _CITE_CLOSE.match(lines[i + 1])
        whole = f"{head.group(0).rstrip()} {rest.group(1)}" if head and rest else ""
        if head and rest and MARKER.fullmatch(whole):
            out[i] = f"{out[i][: head.start()]}{whole}"
            out[i + 1] = lines[i + 1][rest.end() :]
    return out


def score(text: str) -> float:
    """Fits a numbered reference list under a heading, cited with ``[n]`` in the body
    (or ``(n)``: :mod:`bibcheck.readers.parentext`); YAML front matter is no part of it.
    A list run into one last paragraph (``References: A; B; C``) is scored as if written
    one entry a line (:mod:`bibcheck.readers.inlinelist`)."""
    found = inline_list(text)
    return _score(text if found is None else found.text)


def _score(text: str) -> float:
    text = unescaped_entities(blank_front(text))  # ("Smith &amp; Jones" of an export)
    text = unbulleted(text)  # ("- [1] Author ...": a Markdown bullet before the number)
    text = paginated(text)  # (an IETF draft's pages whose form feeds were lost)
    lines = editor_lines(text)
    if (notes := word_notes(lines) or headed_notes(lines)) is not None and _notes_cited(
        lines, notes
    ) >= 2:
        return 0.6  # Word's plain text with its notes after a separator line
    if _end_notes(lines, text) is not None:  # a draft's endnotes, "did.¹" ... "1 Text"
        return 0.45 if "\f" in text else 0.6
    if "\f" in text or _columned(lines):  # (pages: as :func:`read` reads them)
        lines = [row.text for row in _page_rows(text)[1]]
    at = _heading_index(lines, paged="\f" in text)
    glued = glued_heading(lines) if at is None else None
    if glued is not None:
        at, lines = glued.index, [*lines[: glued.index], glued.body, *lines[glued.index + 1 :]]
    items = [] if at is None else listed_items(lines[at + 1 :])
    if at is None or not items:
        return _symbolic_score(lines, text) or _author_date_score(text) or pdftext.mla_fit(text)
    if not any(MARKER.search(line) for line in lines[: at + (glued is not None)]):
        # ("(1)", "(2, 3)": a numbered list cited in parentheses, as Vancouver is typed)
        size = len(items)
        if paren_marked(lines[:at], size) is not None:
            return 0.55
        # (numbered lines under the heading that no "[n]" cites: an appendix's list; the
        # list may be one of "[Knu84]" labels)
        return _symbolic_score(lines, text)
    if "<sup>" in text or any(_MD_LINK.search(line) for line in lines[at + 1 :]):
        return 0.3  # Markdown that cites its list: sup-markdown or markdown-links read it
    if _typed_outcites(text, lines[:at]):
        return pdftext.mla_fit(text)  # (a few "[2]" over an appendix's numbered lines)
    return 0.6


def _notes_cited(lines: list[str], notes: WordNotes) -> int:
    """How many of the notes the text above the separator calls by ``[n]`` (or by ``(n)``
    when the notes are written so: :mod:`bibcheck.readers.parennotes`)."""
    labels = {n.label for n in notes.notes}
    if notes.parenthesised:
        last = max(int(n) for n in labels)
        above = lines[: notes.separator]
        return len({n for line in above for _, n in paren_calls(line, last) if n in labels})
    return len(
        {
            n
            for line in lines[: notes.separator]
            for m in MARKER.finditer(line)
            for n in expand(m.group("label"))
            if n in labels
        }
    )


def _read_word_notes(lines: list[str], notes: WordNotes) -> RawDocument:
    """Word's plain text with notes (:mod:`bibcheck.readers.wordnotes`): the ``[n]``
    markers above the separator call the notes under it; the one-line entries under the
    literature heading after the notes are the literature."""
    collector = BlockCollector(PAREN_CALL if notes.parenthesised else MARKER, table_rows=True)
    for i in range(notes.separator):
        if lines[i].strip():
            collector.line(i + 1, lines[i])
        else:
            collector.blank()
    blocks, raw_markers, anomalies = collector.finish()
    last = max(int(n.label) for n in notes.notes)
    markers = [
        RawMarker(n, m.line, m.column, m.block, m.offset)
        for m in raw_markers
        for n in expand(m.label)
        # ("(12)" far past the last of 3 notes in parentheses is no call of one)
        if not notes.parenthesised or callable_number(n, last)
    ]
    title = next((line.strip() for line in lines[: notes.separator] if line.strip()), None)
    return RawDocument(
        reader=NAME,
        title=title if title and len(title) < 120 and not MARKER.search(title) else None,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=notes.notes,
        literature=notes.literature,
        anomalies=tuple(anomalies),
        literature_heading_line=None if notes.heading is None else notes.heading + 1,
        detect_styles=True,
    )


def _end_notes(lines: list[str], text: str) -> tuple[EndNotes, Regex] | None:
    """A draft's endnotes (:mod:`bibcheck.readers.endnotetext`) and the marker that calls
    them: superscripts; or ``[n]`` when no numbered list under a heading is what the
    brackets cite (that list is read as the list, as before)."""
    found = end_notes(lines)
    if found is None:
        return None
    if calls(lines, found, SUPER_MARKER) >= 2:
        return found, SUPER_MARKER
    if "\f" not in text and not _numbered_list(text) and calls(lines, found, BRACKET_MARKER) >= 2:
        return found, BRACKET_MARKER
    return None


def _numbered_list(text: str) -> bool:
    lines = editor_lines(text)
    at = _heading_index(lines, paged="\f" in text)
    if at is None and (glued := glued_heading(lines)) is not None:
        at = glued.index
    return (
        at is not None
        and bool(listed_items(lines[at + 1 :]))
        and not _typed_outcites(text, lines[:at])
    )


def _typed_outcites(text: str, above: list[str]) -> bool:
    """Does ``text`` cite an unnumbered Works Cited list by author and page (MLA, as the
    pdf-text reader reads it) more than twice as often as ``above`` (the text over a
    numbered list's heading) cites that list by ``[n]``?  Then the numbered lines are an
    appendix's (questions, steps) and the ``[n]`` chance brackets: the reader is chosen by
    what it reads, not by the list's shape."""
    brackets = sum(len(MARKER.findall(line)) for line in above)
    if len(pdftext.MLA_HINT.findall(text)) <= 2 * brackets:
        return False  # (cheap: the hints bound the citations from above)
    return pdftext.mla_citations(text) > 2 * brackets


def cites_typed_list(text: str) -> bool:
    """Does ``text`` cite an unnumbered list by author and year (or MLA's author and
    page), as :func:`read` reads it by the pdf-text reader's author-date reading?"""
    return not _numbered_list(text) and bool(_author_date_score(text) or pdftext.mla_fit(text))


def _author_date_score(text: str) -> float:
    """An author-date paper with no pages ("(Okafor et al., 2006)" citing an unnumbered
    References list), as the pdf-text reader reads its lists and mentions."""
    if "\f" in text:
        return 0.0  # converted from PDF: the pdf-text reader's
    return 0.55 if pdftext.author_date_fit(text) else 0.0


_WIDE_GAP = lazy_compile(r"\S {4,}\S")


def _symbolic_score(lines: list[str], text: str) -> float:
    """A list of ``[LABEL]`` entries cited by those labels in the text above it."""
    artifacts: Collection[int] = ()
    if "\f" in text:  # converted from PDF: running heads, "[Page 3]" footers
        lines, artifacts = page_artifacts(text)
    found = symbolic_list(lines, range(1, len(lines) + 1), artifacts)
    if found is None:
        return 0.0
    cites = marker_pattern(found.cited_labels())
    return 0.55 if any(cites.search(line) for line in lines[: found.heading]) else 0.0


def _labels_cited(lines: list[str], at: int | None, found: SymbolicList | None) -> bool:
    """Is ``found`` a list under heading ``at`` whose labels the text above cites, and no
    ``[n]`` number (what looked like a numbered list under the heading is a
    ``[Knu84]`` list, its entries' wrapped lines starting with numbers)?"""
    if found is None or found.heading != at:
        return False
    cites = marker_pattern(found.cited_labels())
    above = lines[: found.heading]
    return any(cites.search(line) for line in above) and not any(
        MARKER.search(line) for line in above
    )


def _page_rows(text: str) -> tuple[list[str], list[Row], set[int]]:
    """:func:`reading_rows`, a PDF text's single-column body taken off its page margin
    (:mod:`bibcheck.readers.pagemargin`)."""
    source, rows, artifacts = reading_rows(text)
    # (single-column pages only: a column's rows are placed by the column reader)
    if "\f" in text and all(row.text == source[row.index] for row in rows):
        rows = dedented(rows, artifacts)
    return source, rows, artifacts


def _columned(lines: list[str]) -> bool:
    """Many lines with a wide gap inside: perhaps two columns side by side (-layout)."""
    text = [line for line in lines if line.strip()]
    gaps = sum(1 for line in text if _WIDE_GAP.search(line.strip()))
    return gaps >= 10 and gaps >= 0.3 * len(text)


def numeric_citations(text: str, *, lettered: bool = False) -> list[tuple[int, int, list[str]]]:
    """The bracketed numeric citations of ``text`` as ``(start, end, labels)``: ``[3]``,
    ``[2, 5]``, ``[1, с. 25]``, ``[7–9]``, and IEEE's ``[4]–[6]`` (4, 5 and 6); with
    ``lettered`` (the list letters an entry added in revision), ``[3a]``, ``[2, 3a]`` too."""
    marker = LETTERED_MARKER if lettered else MARKER
    # (not a direction beside zero-padded ones: "[100], [010] and [001]")
    # (nor the interval of the estimate before it: a median's "49 [40-67]")
    matches = [
        m
        for m in marker.finditer(text)
        if not in_zero_padded_run(text, *m.span())
        and not interval_of_estimate(text, m.start(), m.group("label"))
    ]
    found: list[tuple[int, int, list[str]]] = []
    k = 0
    while k < len(matches):
        m = matches[k]
        labels, end = expand(m.group("label")), m.end()
        if k + 1 < len(matches):
            n = matches[k + 1]
            first, last = m.group("label"), n.group("label")
            if (
                first.isdigit()
                and last.isdigit()
                and re.fullmatch(r"\s?[-–—]\s?", text[m.end() : n.start()])
                and 0 < int(last) - int(first) <= _MAX_RANGE
            ):
                labels = [str(x) for x in range(int(first), int(last) + 1)]
                end = n.end()
                k += 1
        found.append((m.start(), end, labels))
        k += 1
    return found


def _list_region(
    lines: list[str],
    numbers: list[int],
    start: int,
    artifacts: Collection[int] = (),
    typeset: bool = False,
    before: Sequence[list[int]] = (),
) -> tuple[list[RawNote], list[Anomaly], list[int], set[int]]:
    """The numbered list under the heading: its entries, their anomalies, the lines
    between and after them that are text (body), and the lines of ``before`` (blocks
    above the heading) that were entries.

    The list is read block by block (blocks end at blank lines).  A block that starts
    with the next number is entries; an indented block continues the entry above; any
    other block is text.  Text between entries is where a two-column page puts the
    other column (``pdftotext``): the list goes on after it, but only with the next
    number.  Inside a block a line that starts like an item but cannot be the next one
    (``2013. - 8 с.`` after entry 5, ``3.`` in a ``[n]`` list) continues the entry.
    """
    items: list[_Entry] = []
    text: list[int] = []
    text_blocks: list[list[int]] = []
    hanging: list[tuple[_Entry, int, list[int]]] = []  # (entry, its parts before, block)
    interrupted = False
    blocks = _blocks(lines, start, artifacts)
    if typeset:
        blocks = split_late_items(blocks, [bool(ITEM.match(line)) for line in lines])
    owned = 0  # blocks still to come that are the text of an entry whose label stood alone
    labels_at: dict[int, int] = {}  # the line of each label that stood alone
    closed = False  # the list ended inside a block (a figure-sources list follows)
    for k, block in enumerate(blocks):
        if owned:
            owned -= 1
            for i in block:
                items[-1].add(lines[i].strip(), numbers[i])
            continue
        alone = _LABEL_ALONE.match(lines[block[0]])
        if alone and _next_alone(alone, items):
            interrupted = False
            items.append(
                _Entry(str(int(alone.group("a") or alone.group("b"))), bool(alone.group("a")))
            )
            for i in block[1:]:
                items[-1].add(lines[i].strip(), numbers[i])
            owned = _alone_text(lines, blocks, k, items[-1])
            labels_at[id(items[-1])] = numbers[block[0]]
            continue
        if not items:  # an underline or a sentence between the heading and the list
            lead = next((k for k, i in enumerate(block) if ITEM.match(lines[i])), len(block))
            text.extend(i for i in block[:lead] if not RULE.match(lines[i]))
            block = block[lead:]
            if not block:
                continue
        tail = _tail(lines, block, items) if not interrupted else 0
        if tail:  # the end of the last entry, at the top of the next column
            for i in block[:tail]:
                items[-1].add(lines[i].strip(), numbers[i])
            block = block[tail:]
        m = ITEM.match(lines[block[0]])
        if m and _credits_start(m, items):  # a figure-sources list numbered from 1 again
            text.extend(i for b in blocks[k:] for i in b)
            break
        if m and _next_item(m, items, strict=interrupted):
            interrupted = False
            for n, i in enumerate(block):
                m = ITEM.match(lines[i])
                if m and _credits_start(m, items):
                    text.extend([*block[n:], *(i for b in blocks[k + 1 :] for i in b)])
                    closed = True
                    break
                if m and _next_item(m, items, strict=False):
                    items.append(
                        _Entry(item_label(m.group("a") or m.group("b")), bool(m.group("a")))
                    )
                    items[-1].add(m.group("text").strip(), numbers[i])
                elif typeset and _other_column(lines[i], items[-1]):
                    text.append(i)
                else:
                    items[-1].add(lines[i].strip(), numbers[i])
            if closed:
                break
        elif items and not interrupted and all(lines[i][:1] in (" ", "\t") for i in block):
            hanging.append((items[-1], len(items[-1].parts), block))
            for i in block:  # a hanging indent after a blank line
                items[-1].add(lines[i].strip(), numbers[i])
        else:
            text.extend(block)
            text_blocks.append(block)
            interrupted = interrupted or bool(items)
    if _comments(lines, hanging):  # an annotated list: the comments are text, not entries
        text = sorted({*text, *(i for _, _, block in hanging for i in block)})
    taken: set[int] = set()
    if typeset and items:
        taken = _stray_entries(lines, numbers, [*before, *text_blocks], items)
        text = [i for i in text if i not in taken]
        if items[0].bracketed:  # (interleaved entry by entry: the list's own order)
            items.sort(key=lambda item: sort_key(item.label))
        else:  # (whole runs of the other column: where they stand)
            items.sort(key=lambda item: item.lines[0])
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    printed = printed_hyphens(lines) if items else {}
    # (the body's language tells a compound's hyphen from a typesetter's: "all-" /
    # "gemeinen" is German "allgemeinen", :mod:`.bodylanguage`)
    language = document_language(lines) if items else None
    for item in items:
        if not item.parts:  # a label of a column of labels, its text set apart from it
            anomalies.append(textless_label(item.label, labels_at.get(id(item), 0)))
            continue
        parts = list(zip(item.parts, item.lines, strict=True))
        # ("… 2023. / Received 12.11.2024 / Accepted 20.01.2025": the journal's, no entry's)
        parts = parts[:1] + [p for p in parts[1:] if not history_line(p[0])]
        if typeset:  # a typesetter's hyphens (a compound the text prints whole keeps its own)
            parts = join_hyphenated(parts, printed, language)
        else:  # (a typed text wraps at a compound's own hyphen too: kept)
            parts = join_typed_hyphens(parts, printed, language)
        parts, joins = join_wrapped_urls(join_broken_ranges(join_cjk_wraps(parts)))
        lines_of = tuple(line for _, line in parts)
        notes.append(
            RawNote(
                item.label,
                ot1_glyphs("\n".join(t for t, _ in parts)),
                lines_of[0],
                item.lines[-1],
                lines_of,
            )
        )
        anomalies.extend(
            Anomaly(
                AnomalyCode.URL_SPLIT_OVER_LINES,
                f"URL split over lines joined: {url}",
                line,
                literature_entry=base(item.label),
            )
            for line, url in joins
        )
    # (a typeset list is numbered by its typesetter: a converter that moved a column's runs
    # of entries leaves the numbers to be checked in number order)
    numbered = sorted(notes, key=lambda n: sort_key(n.label)) if typeset else notes
    return notes, [*_numbering(numbered), *anomalies], text, taken & {i for b in before for i in b}


def _comments(lines: list[str], hanging: list[tuple[_Entry, int, list[int]]]) -> bool:
    """Are the indented blocks set under the entries after a blank line (``hanging``)
    their annotations (:func:`annotated`)?  If so each entry is cut before its first."""
    pairs = [
        (" ".join(entry.parts[:before]), " ".join(lines[i].strip() for i in block))
        for entry, before, block in hanging
    ]
    if not annotated(pairs):
        return False
    for entry, before, _ in reversed(hanging):  # (the first block of an entry cuts last)
        del entry.parts[before:], entry.lines[before:]
    return True


# an entry's label on a line of its own, its text in the paragraphs under it ("[85]" over a
# letter the note quotes)
_LABEL_ALONE = lazy_compile(
    r"^\s{0,3}(?:\[(?P<a>\d{1,4})\]|(?:\((?=\d{1,4}\)))?(?P<b>\d{1,4})[.)])\s*$"
)
_ALONE_REACH = 40  # paragraphs an entry whose label stands alone may hold


def _next_alone(m: re.Match[str], items: list[_Entry]) -> bool:
    """Is a label alone on its line the next entry's (the next number, or the first)?"""
    number = int(m.group("a") or m.group("b"))
    if not items:
        return number == 1
    return bool(m.group("a")) == items[-1].bracketed and number == int(items[-1].label) + 1


def _alone_text(lines: list[str], blocks: list[list[int]], at: int, entry: _Entry) -> int:
    """How many blocks after ``blocks[at]`` (an entry's label alone) are that entry's text:
    all up to the block the next entry starts (within a few dozen); if no next entry
    follows, the one block under a bare label (the end of the list is not known)."""
    number = base(entry.label) + 1
    for j in range(at + 1, min(len(blocks), at + 1 + _ALONE_REACH)):
        first = lines[blocks[j][0]]
        m = ITEM.match(first) or _LABEL_ALONE.match(first)
        if (
            m
            and bool(m.group("a")) == entry.bracketed
            and base(m.group("a") or m.group("b")) == number
        ):
            return j - at - 1
    return 1 if len(blocks[at]) == 1 and at + 1 < len(blocks) else 0


def _tail(lines: list[str], block: list[int], items: list[_Entry]) -> int:
    """How many indented lines at the start of ``block`` continue the last entry before
    the next entry starts in the same block: the top of a column, where an entry broken
    at the foot of the column before goes on, with no blank line before the next entry
    (the other column had text there); 0 if none."""
    if not items:
        return 0
    for k, i in enumerate(block):
        m = ITEM.match(lines[i])
        if m is not None:
            return k if k and _next_item(m, items, strict=True) else 0
        if lines[i][:1] not in (" ", "\t"):
            return 0
    return 0


# An entry of a "[n]" list as a typeset page starts it: "[8] S. Bateni and C. Liu, “NeuOS",
# "[23] NVIDIA Corporation", "[4] “Title,”" (not "[14] showed that ...": a sentence that
# starts with a citation goes on in lower case).
_BRACKET_ENTRY = lazy_compile(r"^\s{0,3}\[(?P<a>\d{1,4})\]\s+(?P<first>\S)")
_OPENERS = "\"'“‘«„("


# An entry of a "n." or "n)" list as a typeset page starts it: a name (an author, "van Dijk
# M,", "de la Cruz A,", or a body: "R Core Team.") whose element ends within the line
# (not "7. Conclusions", a numbered heading)
_NUMBERED_ENTRY = lazy_compile(
    r"^\s{0,3}(?P<a>\d{1,4})[.)]\s+(?P<first>(?:(?:van|von|de|der|den|du|da|di|dos|del|della"
    r"|la|le|ten|ter|al|el)[\s-]){0,3}+\S)(?P<rest>.*)$"
)
_ELEMENT_END = lazy_compile(r"[,.;:(]")
_A_YEAR = lazy_compile(YEAR_BOUNDED)


def _entry_start(line: str, read: Collection[str], bracketed: bool = True) -> str | None:
    """The number of the ``[n]`` entry (``n.`` entry if not ``bracketed``) that ``line``
    starts, if none of that number is read yet."""
    m = _BRACKET_ENTRY.match(line) if bracketed else _NUMBERED_ENTRY.match(line)
    if m is None:
        return None
    first, label = m.group("first")[-1], str(int(m.group("a")))
    starts = first in _OPENERS or (first.isalpha() and not first.islower())
    if not bracketed:
        starts = starts and bool(_ELEMENT_END.search(m.group("rest")[:80]))
    return label if starts and label not in read else None


def _numbered_stray(
    lines: list[str], block: list[int], read: Collection[str], items: list[_Entry]
) -> bool:
    """Does ``block`` (above the heading, or between entries) open with an unread entry of
    a ``n.`` list: a number the list lacks (up to a few past its last), an entry's start,
    a year in the entry's first lines, no citation by number (body text cites)?"""
    label = _entry_start(lines[block[0]], read, bracketed=False)
    if label is None or int(label) > max(base(item.label) for item in items) + _SKIP:
        return False
    head = [lines[i] for i in block[:3]]
    return bool(_A_YEAR.search(" ".join(head))) and not any(MARKER.search(h) for h in head)


def _stray_entries(
    lines: list[str], numbers: list[int], blocks: Sequence[list[int]], items: list[_Entry]
) -> set[int]:
    """Entries of a ``[n]`` list that a two-column page put out of order, read into
    ``items``; the lines taken.

    A converter that reads a page's columns block by block interleaves the list with
    itself (``[1]``, ``[15]``, ``[2]``, ``[16]``...) and may put the right column's
    entries above the heading of the left one.  A block (after the heading, or above it
    on its page) that starts with an entry whose number is not read yet is entries: its
    lines that start another unread number start another entry, the others continue the
    entry above.  Each number is read once, so a paragraph that starts with a citation
    (``[14] showed``, or a number already read) stays text.  The end of an entry broken
    at the foot of a column may stand right above such an entry (:func:`_stray_tail`).
    """
    read = {item.label for item in items}
    taken: set[int] = set()
    rest: list[list[int]] = []
    bracketed = items[0].bracketed
    for block in blocks:
        if not bracketed:
            if _numbered_stray(lines, block, read, items):
                taken.update(_read_numbered_strays(lines, numbers, block, read, items))
        elif _entry_start(lines[block[0]], read) is None:
            rest.append(block)
        else:
            taken.update(_read_strays(lines, numbers, block, read, items))
    for block in rest:  # (once every entry is read: the one a tail ends may come later)
        tail = _stray_tail(lines, block, read, items)
        if tail is not None:
            lead, entry = tail
            for i in block[:lead]:
                entry.add(lines[i].strip(), numbers[i])
            taken.update(block[:lead])
            taken.update(_read_strays(lines, numbers, block[lead:], read, items))
    return taken


def _stops_short(line: str) -> bool:
    """Does an entry's last line break off (``“Title,” in``, ``“A study of tide``)?  Not
    at a full stop, not a link or a link's last piece (no space in it)."""
    line = line.strip()
    return " " in line and not finished(line) and not _LINK_END.search(line)


def _read_strays(
    lines: list[str], numbers: list[int], block: list[int], read: set[str], items: list[_Entry]
) -> list[int]:
    """Read a block that starts with an unread entry into ``items``; the lines taken."""
    taken: list[int] = []
    for i in block:
        label = _entry_start(lines[i], read)
        if label is not None:
            read.add(label)
            items.append(_Entry(label, True))
            text = lines[i].lstrip()
            items[-1].add(text[text.index("]") + 1 :].strip(), numbers[i])
        elif _other_column(lines[i], items[-1]):
            continue
        else:
            items[-1].add(lines[i].strip(), numbers[i])
        taken.append(i)
    return taken


def _read_numbered_strays(
    lines: list[str], numbers: list[int], block: list[int], read: set[str], items: list[_Entry]
) -> list[int]:
    """Read a block that opens with an unread ``n.`` entry into ``items``: a line that starts
    the next number (unread) starts the next entry, the others continue the entry above;
    the lines taken."""
    taken: list[int] = []
    for i in block:
        label = _entry_start(lines[i], read, bracketed=False)
        if label is not None and (not taken or int(label) == base(items[-1].label) + 1):
            read.add(label)
            items.append(_Entry(label, False))
            m = ITEM.match(lines[i])
            items[-1].add(m.group("text").strip() if m else lines[i].strip(), numbers[i])
        else:
            items[-1].add(lines[i].strip(), numbers[i])
        taken.append(i)
    return taken


_TAIL_LINES = 4  # lines of an entry's end, at most, above the next column's first entry
_LINK_END = lazy_compile(r"(?:https?://|doi:\s?|\b10\.\d{4,9}/)\S*$")


def _stray_tail(
    lines: list[str], block: list[int], read: Collection[str], items: list[_Entry]
) -> tuple[int, _Entry] | None:
    """The end of an entry that a column's foot broke off, printed at the top of the
    next column above that column's first entry, in one block with it: how many lines
    it has and the entry it ends, or None.  The lines cite nothing, end as an entry ends
    (a year or pages and a full stop), and the list has one entry that stops short
    (:func:`_stops_short`): that entry is theirs."""
    start = next(
        (k for k, i in enumerate(block[: _TAIL_LINES + 1]) if _entry_start(lines[i], read)), 0
    )
    if not start:
        return None
    lead = [lines[i].strip() for i in block[:start]]
    if any(MARKER.search(line) for line in lead) or not entry_complete(" ".join(lead)):
        return None
    short = [item for item in items if item.bracketed and _stops_short(item.parts[-1])]
    return (start, short[0]) if len(short) == 1 else None


def _other_column(line: str, entry: _Entry) -> bool:
    """Is ``line``, inside a block of ``[n]`` entries of a typeset page, a line of the other
    column that the converter interleaved with them?  It cites by number (``enough for civil
    structures [11, 12], but``): an entry of a ``[n]`` list names works, it does not cite its
    neighbours.  A bracketed date (GB/T 7714's access date ``[2023-09-01]``) is no citation."""
    if not entry.bracketed:
        return False
    return any(
        all(int(n) < _DATE_YEAR for n in re.findall(r"\d+", m.group("label")))
        for m in MARKER.finditer(line)
    )


@dataclass(slots=True)
class _Entry:
    label: str
    bracketed: bool  # "[1]" rather than "1." or "1)"
    parts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def add(self, text: str, line: int) -> None:
        self.parts.append(text)
        self.lines.append(line)


def _page_blocks(
    text: str, rows: Sequence[Row], at: int, artifacts: Collection[int]
) -> list[list[int]]:
    """The blocks (runs of non-blank rows) above row ``at`` on its page (form feeds count
    pages), without page artifacts."""
    pages = list(accumulate(line.count("\f") for line in text.split("\n")))
    page = pages[rows[at].index]
    first = at
    while first > 0 and pages[rows[first - 1].index] == page:
        first -= 1
    return [b for b in _blocks([r.text for r in rows[:at]], first, artifacts)]


def _blocks(lines: list[str], start: int, artifacts: Collection[int]) -> list[list[int]]:
    """Indexes of the non-blank lines from ``start``, in runs between blank lines (a
    running head or page number where the list crosses a page is skipped)."""
    blocks: list[list[int]] = [[]]
    for i in range(start, len(lines)):
        if i in artifacts:
            continue
        if lines[i].strip():
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


_SKIP = 10  # numbers an entry may skip (the numbering check reports the gap)


def _next_item(m: re.Match[str], items: list[_Entry], *, strict: bool) -> bool:
    """Can this item-like line start the next entry (rather than continue the last)?"""
    if not items:
        return True
    last = items[-1]
    if bool(m.group("a")) != last.bracketed:
        return False  # "[n]" entries and an "n." line: "2013. - 8 с." wraps an entry
    printed = item_label(m.group("a") or m.group("b"))
    if follows(last.label, printed):
        return True
    if is_lettered(printed):  # ("3b" after "3", "5a" after "3": not the next)
        return False
    number, previous = int(printed), base(last.label)
    if strict or is_incomplete(" ".join(last.parts)):
        return False
    return previous < number <= previous + _SKIP or number in (previous, 1)


def _credits_start(m: re.Match[str], items: list[_Entry]) -> bool:
    """Does this item-like line restart the numbering at 1 with a figure's source or
    credit (:func:`credit_item`): a list of its own after the references?"""
    return (
        len(items) >= 2
        and (m.group("a") or m.group("b")).lstrip("0") == "1"
        and credit_item(m.group("text"))
    )


def _numbering(notes: list[RawNote]) -> list[Anomaly]:
    return literature_numbering(
        [(int(n.label) if n.label.isdigit() else None, n.line) for n in notes]
    )


def _urls_joined(entries: Sequence[RawNote]) -> tuple[list[RawNote], list[Anomaly]]:
    """Entries of a labelled list with each address wrapped over lines joined (pdftotext
    breaks ``https:`` / ``//host/path``), and an anomaly per join."""
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for k, note in enumerate(entries, start=1):
        parts, joins = join_wrapped_urls(
            list(zip(note.text.split("\n"), note.line_starts, strict=True))
        )
        notes.append(
            replace(
                note,
                text="\n".join(text for text, _ in parts),
                line_starts=tuple(line for _, line in parts),
            )
        )
        anomalies.extend(
            Anomaly(
                AnomalyCode.URL_SPLIT_OVER_LINES,
                f"URL split over lines joined: {url}",
                line,
                literature_entry=k,
            )
            for line, url in joins
        )
    return notes, anomalies


# An indented line of program code: "    __le32 i_block[N];   /* [0..11] direct */".  Its
# brackets are indexes and comments, not citations, and it is no claim.
_CODE = lazy_compile(
    r"^(?:\t| {4,})\S.*(?:/\*|\*/|(?<![:/])//|[{}]\s*$|==|!=|->|\b__\w|#include"
    r"|\w\[\w*\];|\w\(\S*\);|^\s*(?:def|return|import|int|void|char|struct)\s\w.*[;:{]$)"
)


def code_line(line: str) -> bool:
    """An indented line that is program code (see ``_CODE``)."""
    return bool(_CODE.search(line))


def read(text: str) -> RawDocument:
    """Read ``text``; a Markdown page's YAML front matter is blanked (its lines kept), and
    its ``title`` is the document's title (:mod:`bibcheck.readers.yamltitle`).  A list run
    into one last paragraph, its entries parted by ``;``, is read one entry a line, on the
    paragraph's lines (:mod:`bibcheck.readers.inlinelist`)."""
    found = inline_list(text)
    if found is not None:
        return source_lines(_read_front(found.text), found)
    return _read_front(text)


def _read_front(text: str) -> RawDocument:
    blanked = blank_front(text)
    if blanked is text:
        return _read(text)
    raw = _read(blanked)
    return replace(raw, title=front_title(text) or raw.title)


def _read(text: str) -> RawDocument:
    # (accents a PDF converter kept apart from their letters composed: "Garc´ıa" is "García")
    text = composed_accents(text)
    text = unescaped_entities(text)  # ("Smith &amp; Jones": an export written escaped)
    text = unbulleted(text)  # ("- [1] Author ...": :mod:`bibcheck.readers.bulletlabels`)
    text = joined_under_heading(text)  # ("|     *Journal* 3: 4-5.": :mod:`.lineblocks`)
    text = paginated(text)  # (an IETF draft's pages whose form feeds were lost)
    if (
        notes := word_notes(editor_lines(text)) or headed_notes(editor_lines(text))
    ) is not None and _notes_cited(editor_lines(text), notes) >= 2:
        return _read_word_notes(editor_lines(text), notes)
    if (ends := _end_notes(editor_lines(text), text)) is not None:
        return read_end_notes(editor_lines(text), *ends, NAME)
    if cites_typed_list(text):
        # the list and its author-date (or MLA author-page) citations are read as the
        # pdf-text reader reads them
        return replace(pdftext.read(text), reader=NAME)
    # Text converted from PDF has form feeds, running heads and page numbers: they are
    # skipped (lines are counted at newlines only, as an editor counts them), and a
    # two-column page of ``-layout`` output is read column by column.
    source, rows, source_artifacts = _page_rows(text)
    lines = [row.text for row in rows]
    numbers = [row.index + 1 for row in rows]
    artifacts = {k for k, row in enumerate(rows) if row.index in source_artifacts}
    # a paper's page-bottom footnotes (URLs, asides) are read as notes, apart from the list
    page_notes = list_notes(text, rows, artifacts)
    skip = artifacts | page_notes.rows
    at = _heading_index(lines, paged="\f" in text)
    glued = glued_heading(lines) if at is None else None
    if glued is not None:  # "... costing References": the text before it stays body
        at, lines[glued.index] = glued.index, glued.body
    literature: list[RawNote] = []
    lit_anomalies: list[Anomaly] = []
    after: list[int] = []
    above: set[int] = set()  # entries set above the heading (the other column)
    if at is not None:
        typeset = "\f" in text  # converted from PDF (pages)
        before = _page_blocks(text, rows, at, skip) if typeset else []
        literature, lit_anomalies, after, above = _list_region(
            lines, numbers, at + 1, skip, typeset, before
        )
        further = further_list(lines, numbers, after) if literature else None
        if further is not None:  # "Further reading" after the numbered list: entries too
            literature.extend(further.entries)
            after = [i for i in after if i not in further.used]
    marker: Regex = MARKER
    symbolic = symbolic_list(lines, numbers, artifacts)
    if literature and not _labels_cited(lines, at, symbolic):
        symbolic = None  # a numbered list (or a "[Knu84]" list no text cites by its labels)
    if symbolic is not None:  # [RFC2119], [Knu84]: labels that name their entries
        at, (literature, lit_anomalies) = symbolic.heading, _urls_joined(symbolic.entries)
        after = [i for i in range(symbolic.end, len(lines)) if i not in artifacts]
        # (a label of the list's kind the list lacks, "[RFC8246]", cites a missing work)
        prose = [
            "" if i in artifacts or code_line(line) else line for i, line in enumerate(lines[:at])
        ]
        # (labels set apart from their texts: no missing works, their entries not read)
        lit_anomalies += [textless_label(f"[{k}]", n) for k, n in symbolic.apart]
        missing = unlisted_labels(prose, symbolic.cited_labels())
        marker = marker_pattern([*symbolic.labels(), *dict.fromkeys(k for k, _, _ in missing)])
    if symbolic is None and any(is_lettered(note.label) for note in literature):
        marker = LETTERED_MARKER
    if symbolic is not None or not literature:
        page_notes, skip = ListNotes(), artifacts  # notes are read beside a numbered list
    body_end = len(lines) if at is None else at + (glued is not None and symbolic is None)
    body = join_ranges(mark(lines, page_notes, _NOTE))
    if symbolic is None and literature and not page_notes.notes:
        prose = [
            "" if i in skip or i in above or code_line(line) else line
            for i, line in enumerate(body[:body_end])
        ]
        body[:body_end] = _in_parentheses(prose, body[:body_end], literature)
    collector = BlockCollector(_WITH_NOTES if page_notes.notes else marker, table_rows=True)
    for i in range(body_end):
        if i in skip or i in above or code_line(lines[i]):
            collector.interrupt()
        elif lines[i].strip():
            collector.line(numbers[i], _IEEE_RANGE.sub(r"[\1–\2]", body[i]))
        else:
            collector.blank()
    previous = None
    for i in after:  # text between and after the entries (the other column of a page)
        if previous is None or i > previous + 1:
            collector.blank()
        collector.line(numbers[i], _IEEE_RANGE.sub(r"[\1–\2]", body[i]))
        previous = i
    blocks, raw_markers, anomalies = collector.finish()
    labels_of = expand if symbolic is None else partial(split_labels, known=symbolic.labels())
    markers = [
        RawMarker(n, m.line, m.column, m.block, m.offset)
        for m in raw_markers
        if not m.label.startswith(_NOTE)
        for n in labels_of(m.label)
    ]
    footnotes = cited_entry_notes(markers, literature, at_citation=True)
    anomalies.extend(unlisted_numbers(markers, literature))
    if page_notes.notes:
        markers, footnotes, anomalies = _beside_notes(markers, footnotes, anomalies)
        markers.extend(
            RawMarker(m.label[len(_NOTE) :], m.line, m.column, m.block, m.offset, row=m.row)
            for m in raw_markers
            if m.label.startswith(_NOTE)
        )
        footnotes.extend(page_notes.notes)
    anomalies.extend(page_notes.anomalies)
    title = next(
        (
            line.strip()
            for i, line in enumerate(lines[:body_end])
            if line.strip() and i not in artifacts
        ),
        None,
    )
    return RawDocument(
        reader=NAME,
        # (a Markdown heading's marks are no part of the title: "# Lecture 3" is "Lecture 3")
        title=re.sub(r"^#{1,6}\s+", "", title)
        if title and len(title) < 120 and not MARKER.search(title)
        else None,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(
            [*anomalies, *lit_anomalies, *artifact_anomalies(source, source_artifacts)]
        ),
        literature_heading_line=None if at is None else numbers[at],
        markers_reusable=True,
        # (footnotes beside the list need not cite works of it: URLs, asides)
        literature_partial=bool(page_notes.notes),
        labels_are_names=symbolic is not None,
    )


def _in_parentheses(prose: list[str], body: list[str], literature: list[RawNote]) -> list[str]:
    """``body`` with its citations in parentheses written ``[n]`` when it cites the
    numbered list so and never by ``[n]`` (:mod:`bibcheck.readers.parentext`); ``prose``:
    ``body`` with the lines that are no prose (code, page artifacts) blanked."""
    if any(MARKER.search(line) for line in prose):
        return body
    size = max((int(n.label) for n in literature if n.label.isdigit()), default=0)
    marked = paren_marked(prose, size)
    if marked is None:
        return body
    return [new if new != old else line for new, old, line in zip(marked, prose, body, strict=True)]


def _beside_notes(
    markers: list[RawMarker], notes: list[RawNote], anomalies: list[Anomaly]
) -> tuple[list[RawMarker], list[RawNote], list[Anomaly]]:
    """Citations of the list labelled ``[n]``, so that the page-bottom footnotes keep their
    numbers (``[1]`` cites entry 1, ``1`` is footnote 1), as the LaTeX reader labels a
    hand-written list's citations beside ``\\footnote``s."""

    def label(text: str | None) -> str | None:
        return None if text is None else f"[{text}]"

    return (
        [replace(m, label=f"[{m.label}]") for m in markers],
        [replace(n, label=f"[{n.label}]") for n in notes],
        [
            replace(a, footnote=label(a.footnote))
            if a.code is AnomalyCode.CITATION_KEY_MISSING
            else a
            for a in anomalies
        ],
    )


READER = register(Reader(NAME, (".txt", ".text"), score, read, detect_styles=True))
