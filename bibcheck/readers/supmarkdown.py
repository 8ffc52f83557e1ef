"""Reader for Markdown converted from PDF with ``<sup>N</sup>`` footnotes.

The flavour of the sample manuscript: markers are ``<sup>N</sup>`` in the
body; each page's footnotes follow a ``---`` rule as lines starting with
``<sup>N</sup>``; a ``## Literature`` (or References, Bibliography, Список
литературы) numbered list ends the book.

Page breaks make this messy, and the reader keeps everything it repairs:

* a definition whose text continues in the next page's footnote block (a
  definition ending in ``URL:`` with the URL as the first line of the next
  block) is joined, with a ``definition-continued`` anomaly;
* body text interrupted by a footnote block is joined to its continuation;
* a footnote block ends where body text resumes without a new ``---``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
    RefKind,
)
from bibcheck.parse.references import parse_reference
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.authorline import is_author_line
from bibcheck.readers.common import (
    LIST_ITEM,
    RULE,
    BlockCollector,
    Joined,
    artifact_anomalies,
    cited_entry_notes,
    expand_labels,
    find_artifacts,
    heading_text,
    literature_heading_index,
    looks_like_url_line,
    notes_list_index,
    read_list,
    unlisted_numbers,
    written_as_paragraphs,
)
from bibcheck.readers.criticmarkup import accept
from bibcheck.readers.csllists import by_part
from bibcheck.readers.cslmarkdown import CslMarkdown, bibliography_end
from bibcheck.readers.cslmarkdown import rewrite as csl_rewrite
from bibcheck.readers.cslspans import unwrap as unwrap_spans
from bibcheck.readers.frontmatter import AFFILIATION
from bibcheck.readers.htmlpage import whole_page
from bibcheck.readers.labelled_lines import labelled_entries
from bibcheck.readers.lettered import LETTER, is_lettered
from bibcheck.readers.markuptables import aligned_table_lines
from bibcheck.readers.mask import EXPONENT_DIGITS, powers_as_text
from bibcheck.readers.mdcaret import rewrite as caret_rewrite
from bibcheck.readers.mdcode import indented_code, prose_lines
from bibcheck.readers.mdfurniture import furniture_start
from bibcheck.readers.mdlastlist import last_list
from bibcheck.readers.mdmidlist import cited_list, text_after
from bibcheck.readers.mdmixednotes import footnote_anomaly
from bibcheck.readers.mdnotelabels import rewrite as note_labels
from bibcheck.readers.mdnotelabels import super_called
from bibcheck.readers.mdnotelist import rewrite as note_lists
from bibcheck.readers.mdpostscript import ruled_postscript
from bibcheck.readers.mdreading import reading_entries, reading_heads
from bibcheck.readers.mdtail import shaped_tail
from bibcheck.readers.mdxsyntax import blank_non_prose
from bibcheck.readers.named_again import named_again
from bibcheck.readers.places import LOCATOR
from bibcheck.readers.readinghead import list_heading_index
from bibcheck.readers.recited import recited_in_order
from bibcheck.readers.registry import Reader, register
from bibcheck.text import ascii_digits, editor_lines

NAME = "sup-markdown"
# ("،": the Arabic-script comma; "--": Pandoc Markdown's en dash, "<sup>7--9</sup>")
_LIST = r"\d{1,5}(?:\s*(?:[,،–]|--?)\s*\d{1,5})*"
# "<sup>3</sup>", lists or ranges citing several notes ("<sup>2,3</sup>", "<sup>4-5</sup>"),
# and the forms HTML converters leave: "<sup>[12]</sup>", "<sup>[1](#fn1)</sup>",
# "<sup>[\\[1\\]](#cite-1)</sup>", "<sup><a href="#fn1">1</a></sup>".
# "<sup>[2][3]</sup>", "<sup>[2], [3]</sup>", "<sup>[2]–[4]</sup>": several bracketed
# numbers (or a range of them) in one superscript; the superscript may carry attributes
# (Python-Markdown's "<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>").
_GROUP = rf"\\?\[\s*{_LIST}\s*\\?\]"
# A place in the cited work may follow the number, as in a bracketed citation of plain text
# ("<sup>[1, х. 23]</sup>", "<sup>4, pp. 5-9</sup>": :data:`bibcheck.readers.places.LOCATOR`).
# (its runs of spaces possessive: no later part starts with a space, and a run split every
# way between two of them made a "<sup>" followed by spaces cost the square of their number)
_MARKER = (
    r"<sup(?:\s[^<>]*+)?+>\s*+(?:<a\b[^>]*>\s*+)?\[?(?:\\?\[)?\s*+"
    r"(?P<label>{l}|{g}(?:\s*+(?:[,;–-]\s*+)?{g})+){loc}?"
    r"\s*+(?:\\?\])?\]?(?:\([^)\s]*\))?\s*+(?:</a>\s*+)?</sup>"
)
MARKER = lazy_compile(_MARKER.format(l=_LIST, g=_GROUP, loc=LOCATOR))
# (where the list letters an entry added in revision, "3a.", its citations are lettered
# too: "<sup>3a</sup>", "<sup>2a,3</sup>", "<sup>[3a]</sup>" (:mod:`lettered`))
_LETTERED_LIST = rf"\d{{1,5}}{LETTER}?(?:\s*[,،–-]\s*\d{{1,5}}{LETTER}?)*"
_LETTERED_GROUP = rf"\\?\[\s*{_LETTERED_LIST}\s*\\?\]"
_LETTERED_MARKER = lazy_compile(_MARKER.format(l=_LETTERED_LIST, g=_LETTERED_GROUP, loc=LOCATOR))
DEFINITION = lazy_compile(
    r"^\s*<sup>\s*(?:<a\b[^>]*>\s*)?\[?(?P<label>\d{1,5})\]?(?:\([^)\s]*\))?\s*"
    r"(?:</a>\s*)?</sup>\s*(?P<text>.*)$"
)
_FENCE = lazy_compile(r"^\s*(```|~~~)")
_FRONT_MATTER = lazy_compile(r"^(---|\+\+\+)\s*$")
# A power, not a note: after a digit ("10<sup>6</sup>", "2<sup>256</sup>"), a closing
# bracket ("(a+b)<sup>2</sup>"), a one-letter variable ("x<sup>2</sup>", "*n*<sup>2</sup>")
# or a Greek letter that ends no Greek word ("ω<sup>2</sup>", "Jω<sup>2</sup>", "*σ*<sup>2</sup>").
# (and the divisor of a ratio: "ASM/height<sup>2</sup>", "kg/m<sup>2</sup>", "W/(m·K)<sup>2</sup>";
# not a pair of acronyms, which a note cites: "STOPP/START<sup>20</sup>", "HIV/AIDS<sup>3</sup>")
# (a letter of a word is no base: "Aydın<sup>1</sup>", "Gül<sup>2</sup>" end in an ASCII letter
# after a letter of the wider alphabet, and cite; a unit's micro sign is no such letter:
# "µm<sup>2</sup>" is a power)
_POWER_BEFORE = lazy_compile(
    r"(?:\d|[)\]]|(?<![^\W\d_µμ])(?<!\*)\*?[A-Za-z]\*?|(?<![\u0370-\u03ff\u1f00-\u1fff])\*?[α-ωΑ-Ωϑϕϵ]\*?"
    r"|(?<=\w)/(?![A-ZА-ЯЁ]{2,}$)[^\W\d_]{1,12})$"
)
# ... but a year is no base: "revised in 2020<sup>9</sup>", "(1998)<sup>4</sup>" cite.
# (a standard's year too: "STR 2.01.02:2016<sup>9</sup>", "ISO 9001:2015<sup>3</sup>")
_YEAR_BEFORE = lazy_compile(r"(?:^|[\s(\[„“\"':/])(?:1[5-9]|20)\d\d\)?$")
# ... nor a ratio's or a clock's second number: "in proportions of 10:1<sup>1</sup>",
# "at 12:30<sup>4</sup>" cite.
_RATIO_BEFORE = lazy_compile(r"\d:\d+$")


_URL_LABEL_END = lazy_compile(r"URL\s?:\s*$", re.I)
_UNIT_POWER = lazy_compile(
    r"\b((?:k|c|m|d)?m|(?:к|с|м|д)?м|ft|in|sq\.?\s?m)<sup>\s*([23])\s*</sup>"
)


def _power(m: re.Match[str]) -> str:
    return m.group(1) + ("²" if m.group(2) == "2" else "³")


def _stray_definition(m: re.Match[str], seen: set[str], notes: _Notes) -> bool:
    """A definition line outside a footnote block (no ``---`` before it).

    Taken as a definition when its marker already stood in the body, it is
    not yet defined, and a space separates it from the text (a paragraph
    that merely starts with a glued marker, ``<sup>10</sup>At``, is body).
    """
    label = ascii_digits(m.group("label"))
    spaced = m.group(0)[m.end("label") :].lstrip().startswith("</sup>") and (
        m.group("text") == "" or m.string[m.start("text") - 1].isspace()
    )
    return spaced and label in seen and label not in notes.labels()


def score(text: str) -> float:
    """Fits when the text has ``<sup>N</sup>`` markers and definition lines."""
    if whole_page(text):
        return 0.0  # a whole HTML page: its <sup> lines are HTML, the html reader's
    # (notes numbered "(1) …" called by "¹ ² ³": :func:`.mdnotelabels.super_called`)
    notes = note_lists(csl_rewrite(super_called(caret_rewrite(editor_lines(text)))).lines)
    text = "\n".join(_without_byline(notes.lines))
    markers = len(MARKER.findall(text))
    if markers == 0:
        # No notes at all, but a literature list: still a manuscript to check.
        lines = editor_lines(text)
        at = list_heading_index(lines)  # (a further-reading list alone too)
        if at is None and shaped_tail(lines) is not None:
            return 0.3  # a list by its shape, whatever its heading says (or none)
        listed = (
            at is not None
            and (
                any(LIST_ITEM.match(line) for line in lines[at + 1 :])
                # ("[1] Author. Title…" lines with no list marker: :mod:`.labelled_lines`)
                or labelled_entries(lines, at)
                # (a file that is the list alone: no text above its heading; an essay whose
                # Works Cited follows its prose cites in a way of its own, not read here)
                or (
                    not any(ln.strip() and heading_text(ln) is None for ln in lines[:at])
                    and _dated_paragraphs(lines[at + 1 :])
                )
            )
        )
        return 0.3 if listed else 0.0
    lines = editor_lines(text)
    definitions = sum(1 for line in lines if DEFINITION.match(line))
    if definitions or notes.notes:  # (an HTML list of notes the markers point at)
        return 0.9
    at = literature_heading_index(lines)
    if at is not None and any(
        re.match(r"^\s{0,3}(?:\d{1,4}[.)]|\[\d{1,4}\])\s", ln) for ln in lines[at:]
    ):
        return 0.8  # "<sup>[3]</sup>" citing a numbered reference list
    if notes_list_index(lines) is not None:
        return 0.8  # "## Notes" over a numbered list: endnotes
    return 0.3


_DATED = lazy_compile(YEAR_BOUNDED)


def _dated_paragraphs(lines: list[str]) -> bool:
    """Is what stands under a literature heading a list of entries written as paragraphs
    (two or more, each with a year; no heading or list of other content among them):
    a stand-alone literature file ("# Literatur" and its entries)?"""
    paragraphs: list[str] = []
    for line in lines:
        if heading_text(line) is not None:
            break
        if not line.strip():
            paragraphs.append("")
        elif paragraphs and paragraphs[-1]:
            paragraphs[-1] += " " + line.strip()
        else:
            paragraphs.append(line.strip())
    entries = [p for p in paragraphs if p]
    return len(entries) >= 2 and all(_DATED.search(p) for p in entries)


def prose(text: str) -> str:
    """``text`` without the superscripts of a paper's byline (authors and the addresses
    their numbers point at), which are no citations (same lines)."""
    return "\n".join(_without_byline(editor_lines(text))) if "<sup>" in text else text


def _without_byline(lines: list[str]) -> list[str]:
    first, _ = _front_matter(lines)
    end = min(
        (i for i in (literature_heading_index(lines), notes_list_index(lines)) if i is not None),
        default=len(lines),
    )
    byline = _byline(lines, first, end)
    return [_SUP.sub("", line) if i in byline else line for i, line in enumerate(lines)]


def _continues_definition(definition: Joined, line: str) -> bool:
    """Is ``line`` the rest of an unfinished ``definition`` rather than body text?

    A URL line always is.  After ``URL:`` only a URL can follow; otherwise a
    short line starting in lower case or with a digit ("2023. - URL: ...")
    continues a definition that visibly stops mid-way.
    """
    if looks_like_url_line(line):
        return True
    if _URL_LABEL_END.search(definition.last) or not definition.incomplete():
        return False
    first = line.strip()[:1]
    return len(line) <= 150 and (first.islower() or first.isdigit())


class _Notes:
    """Footnote definitions being collected across footnote blocks."""

    def __init__(self) -> None:
        self.items: list[tuple[str, Joined, list[int]]] = []
        self.anomalies: list[Anomaly] = []
        self._labels: set[str] = set()

    def start(self, label: str, text: str, line_no: int) -> None:
        parts = Joined()
        parts.add(text.strip())
        self.items.append((label, parts, [line_no]))
        self._labels.add(label)

    def extend(self, text: str, line_no: int, across_blocks: bool) -> bool:
        """Attach a continuation line to the last definition, if it can take one."""
        if not self.items:
            return False
        label, parts, lines = self.items[-1]
        if not _continues_definition(parts, text):
            return False
        parts.add(text.strip())
        lines.append(line_no)
        if across_blocks:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.DEFINITION_CONTINUED,
                    f"footnote {label} continues on line {line_no}, in a later footnote block",
                    line_no,
                    footnote=label,
                )
            )
        return True

    def labels(self) -> set[str]:
        return self._labels

    def notes(self) -> list[RawNote]:
        return [
            RawNote(label, parts.text("\n"), lines[0], lines[-1], tuple(lines))
            for label, parts, lines in self.items
        ]


def _front_matter(lines: list[str]) -> tuple[int, str | None]:
    """Lines taken by Jekyll/Hugo front matter at the top, and its ``title``."""
    if not lines or not _FRONT_MATTER.match(lines[0]):
        return 0, None
    for j in range(1, min(len(lines), 200)):
        if lines[j].strip() == lines[0].strip() or lines[j].strip() == "...":
            title = None
            for line in lines[1:j]:
                m = re.match(r"^title\s*[:=]\s*[\"']?(.*?)[\"']?\s*$", line)
                if m and m.group(1):
                    title = m.group(1)
            return j + 1, title
    return 0, None


# ... nor is a document's number: a code of letters and digits ("SCI P354<sup>10</sup>",
# "EN1995<sup>3</sup>", "CCIP-016<sup>4</sup>") or a standard's number after the body
# that issues it ("ISO 10137<sup>20</sup>", "BS 6841<sup>2</sup>", "ГОСТ 7.1<sup>5</sup>").
_CODE_BEFORE = lazy_compile(
    r"(?:(?<![\w.])[^\W\d_]+[-/]?\d{2,}|(?<![\w.])[^\W\d_]{2,}[-/]?\d+"
    r"|\b[A-ZА-ЯЁ]{2,8}(?:/[A-ZА-ЯЁ]{2,8})?\s\d+(?:[.-]\d+)*)$"
)


def _is_power(line: str, m: re.Match[str]) -> bool:
    before = line[: m.start()]
    return (
        # a list or range of numbers is no exponent: "μg/L<sup>1,11</sup>", "x<sup>5–8</sup>"
        len(expand_labels(m.group("label"))) == 1
        and bool(_POWER_BEFORE.search(before))
        and not _YEAR_BEFORE.search(before)
        and not _RATIO_BEFORE.search(before)
        and not _CODE_BEFORE.search(before)
        and not _words_in_parentheses(before)
    )


# ... and a parenthesis of words is no base either: "(a+b)<sup>2</sup>", "(n-1)<sup>2</sup>"
# are powers, while "(children Rs. 50)<sup>4</sup>", "(see Table 2)<sup>4</sup>" cite: three
# characters in a row, in any script (vowel signs included), that are no space, digit,
# operator or stop
_WORDISH = lazy_compile(r"[^\s\d+\-−–*/^=<>().,;:!?\[\]{}|_'\"]{3}")


def _words_in_parentheses(before: str) -> bool:
    if not before.endswith(")"):
        return False
    group = before[before.rfind("(", 0, len(before) - 1) + 1 : -1]
    return bool(_WORDISH.search(group))


def _powers_to_text(line: str, keep: set[str]) -> str:
    """``10<sup>6</sup>`` -> ``10⁶`` unless its label is a note cited only there."""

    def swap(m: re.Match[str]) -> str:
        label = ascii_digits(m.group("label"))
        if not _is_power(m.string, m) or label in keep or "[" in m.group(0):
            return m.group(0)  # "4.80<sup>[3]</sup>": a bracketed number is no exponent
        return label.translate(_SUPERSCRIPT)

    return MARKER.sub(swap, line)


_SUPERSCRIPT = str.maketrans("0123456789,-–", "⁰¹²³⁴⁵⁶⁷⁸⁹˒⁻⁻")


def _note_powers(lines: list[str], defined: set[str]) -> set[str]:
    """Labels in a power position that are still notes: defined, and cited nowhere else."""
    elsewhere: set[str] = set()
    powered: set[str] = set()
    for line in lines:
        if DEFINITION.match(line):
            continue
        for m in MARKER.finditer(line):
            labels = expand_labels(m.group("label"))
            (powered if _is_power(line, m) else elsewhere).update(labels)
    return {label for label in powered if label in defined and label not in elsewhere}


def read(text: str) -> RawDocument:
    text = accept(text)  # CriticMarkup: the manuscript with every change accepted
    # (MDX: comments, JSX tags, import lines and admonition fences are no sentences)
    text = blank_non_prose(text)
    # Pandoc citeproc's "<sup>[1](#ref-a),[2](#ref-b)</sup>" and csl-entry divs
    # (Pandoc superscript numbers written by hand: "text.^1^", "^1^ note" as <sup>1</sup>)
    # (citeproc's entries as Markdown spans over lines: "[1. ]{.csl-left-margin}[Lee K.…")
    # (notes numbered "(1) …" or "¹ …" at line start, cited so: :mod:`.mdnotelabels`)
    csl = csl_rewrite(note_labels(caret_rewrite(unwrap_spans(editor_lines(text)))))
    # "<ol><li id="fn-1">…</li></ol>", remark-gfm's <section class="footnotes">: numbered lists
    lines = note_lists(csl.lines).lines
    first, front_title = _front_matter(lines)
    code = indented_code(lines)  # indented code blocks: "[1]", "<sup>2</sup>" there are text
    # (code shows examples: no list, heading or page artifact of the text is in it)
    kept = set(prose_lines(lines, 0, len(lines), code))
    prose = [line if k in kept else "" for k, line in enumerate(lines)]
    artifacts = find_artifacts(prose)
    lit_index = list_heading_index(prose)  # (a further-reading list alone too)
    notes_index = notes_list_index(prose)
    if notes_index == lit_index:  # "Notes and References": one list, read as literature
        notes_index = None
    # (a "## Further reading" list below the reference list: uncited on purpose, no notes)
    reading = [] if lit_index is None else reading_heads(prose, lit_index)
    defined = {ascii_digits(m.group("label")) for line in lines if (m := DEFINITION.match(line))}
    named_notes = notes_index is not None  # under a heading that calls them notes
    if notes_index is None and not defined:  # "## Eindnotas", "## Nodiadau": any language
        notes_index = _endnote_list(lines, first, lit_index, set(reading))
    unheaded = False  # a list by its shape under a thematic break, no heading over it
    if lit_index is None and notes_index is None and not defined:
        lit_index = shaped_tail(prose)  # a list by its shape, whatever its heading says
        unheaded = lit_index is not None and RULE.match(lines[lit_index]) is not None
    if lit_index is None and notes_index is None and not defined:
        notes_index = _unheaded_notes(lines, first)  # notes after the last paragraph
    listed_at: int | None = None  # the end of a list of sources the text goes on after
    if lit_index is None and notes_index is None and not defined:
        # (a numbered list of sources mid-text, cited from above and below it)
        mid = cited_list(prose, first, _marker_labels)
        if mid is not None:
            lit_index, listed_at = mid
    body_end = min(i for i in (lit_index, notes_index, len(lines)) if i is not None)
    # (the body going on after citeproc's bibliography div: a Nature paper's Methods)
    tail = _after_bibliography(csl, lit_index, body_end)
    if (
        tail is None
    ):  # (a post's closing line under a rule below its list: "cite the preprint<sup>13</sup>")
        tail = ruled_postscript(lines, lit_index, MARKER)
    if tail is None and lit_index is not None and notes_index is None:
        # (the text going on in sections below its list: "## Outlook" citing <sup>[3]</sup>)
        tail = listed_at if listed_at is not None else text_after(prose, lit_index, _marker_labels)
    body = list(range(first, body_end))
    if tail is not None:
        tail_end = notes_index if notes_index is not None and notes_index > tail else len(lines)
        body += range(tail, tail_end)
    # (a bibliography per section: every section's text is the body, every list the list)
    sectioned = _sectioned(csl) if notes_index is None else set()
    if sectioned:
        body = [i for i in range(first, len(lines)) if i not in sectioned]
        tail = None
        lit_index = _list_heading_over(prose, csl.sections[0][0])
    listed_notes: list[RawNote] = []
    if notes_index is not None:  # "## Notes" and a numbered list: endnotes
        after = lit_index if lit_index is not None and lit_index > notes_index else None
        after = furniture_start(lines) if after is None else after
        # (a list numbered "[1] …" is read as paragraphs, numbered in order)
        listed_notes, listed_anomalies, _ = read_list(
            prose, notes_index + 1, artifacts, after, paragraphs=True
        )
        defined |= {note.label for note in listed_notes}
    literature: list[RawNote] = []
    lit_anomalies: list[Anomaly] = []
    if sectioned:
        masked = [line if i in sectioned else "" for i, line in enumerate(prose)]
        literature, lit_anomalies, _ = read_list(
            masked, csl.sections[0][0], artifacts, csl.sections[-1][1] + 1, paragraphs=True
        )
    elif lit_index is not None:
        until = notes_index if notes_index is not None and notes_index > lit_index else None
        until = tail if tail is not None else until
        # (a platform's "Share · Leave a comment" line after the list: none of its entries)
        until = furniture_start(lines) if until is None else until
        literature, lit_anomalies, _ = read_list(
            prose, lit_index + 1, artifacts, until, paragraphs=True
        )
        # (a bold "**Further reading**" line the list above was read on through is read)
        read_to = max((n for e in literature for n in e.line_starts or (e.line,)), default=0)
        heads = [h for h in reading if h + 1 > read_to]
        literature += reading_entries(prose, heads, artifacts, until)
    # (a list that letters an entry, "3a.", is cited so: "<sup>3a</sup>")
    marker = _LETTERED_MARKER if any(is_lettered(note.label) for note in literature) else MARKER
    keep = _note_powers([lines[i] for i in body], defined)
    collector = BlockCollector(marker, list_items=True, tables=True)
    aligned = aligned_table_lines(lines)  # Pandoc simple and multiline tables' lines
    notes = _Notes()
    in_notes = False  # inside a footnote block (after a rule)
    block_fresh = False  # no definition seen yet in this footnote block
    in_fence = False
    title: str | None = front_title
    seen: set[str] = set()  # marker labels met in the body so far
    bracketed = counted = 0  # markers written "<sup>[n]</sup>", and all markers
    byline = _byline(lines, first, body_end)
    for i in body:
        line, line_no = lines[i], i + 1
        if i == tail:
            in_notes = False
            collector.interrupt()
        if i in byline:  # authors and their affiliations: the numbers point at addresses
            collector.line(line_no, _SUP.sub("", line))
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            collector.interrupt()
            continue
        if in_fence or i in code:
            continue  # code: "<sup>" there is text
        if i in artifacts:
            collector.interrupt()
            continue
        if RULE.match(line) and i not in aligned:  # (a Pandoc table's rule: its table's)
            in_notes, block_fresh = True, True
            collector.interrupt()
            continue
        if not line.strip():
            if not in_notes:
                collector.blank()
            continue
        heading = heading_text(line)
        if heading is not None:
            in_notes = False
            title = title or heading
            collector.heading(line_no, heading)
            continue
        m = DEFINITION.match(line)
        if m and (in_notes or _stray_definition(m, seen, notes)):
            notes.start(ascii_digits(m.group("label")), m.group("text"), line_no)
            in_notes, block_fresh = True, False
            continue
        if in_notes:
            if notes.extend(line, line_no, across_blocks=block_fresh):
                continue
            in_notes = False
        line = _UNIT_POWER.sub(_power, line)  # "km<sup>2</sup>" is an area, not note 2
        line = powers_as_text(line)  # "2<sup>256</sup>", "x<sup>2</sup>": powers, not notes
        line = _powers_to_text(line, keep)  # "6*s*<sup>2</sup>", "(a+b)<sup>2</sup>" too
        for m in marker.finditer(line):
            seen.update(expand_labels(m.group("label")))
            bracketed += "[" in m.group(0)
            counted += 1
        collector.line(line_no, line)
    blocks, markers, anomalies = collector.finish()
    anomalies.extend(lit_anomalies)
    if sectioned:
        anomalies.extend(csl.anomalies)
    anomalies.extend(notes.anomalies)
    anomalies.extend(artifact_anomalies(lines, artifacts))
    anomalies.extend(footnote_anomaly(prose, NAME))  # "[^a]" footnotes beside them: unread
    footnotes = _rendered(notes.notes())
    literature = _rendered(literature)
    listed_notes = _rendered(listed_notes)
    endnotes = False  # the numbered notes are the only list
    sources = False  # ... and they are a numbered list of sources, no notes
    if not footnotes and listed_notes:
        if literature:  # endnotes beside a reference list: the notes cite the list
            anomalies.extend(listed_anomalies)
            footnotes = listed_notes
        else:  # the numbered notes are the only list: cited by number, as a reference list
            literature, lit_index = _asides(listed_notes), notes_index
            endnotes = True
            # (a list of whole works under a heading that does not call them notes, each
            # a work of its own: a numbered list of sources, cited by number as often as used)
            sources = not named_notes and _whole_works(literature)
            # (a number the notes skip is a footnote number missing, found with the markers)
            anomalies.extend(
                a for a in listed_anomalies if a.code is not AnomalyCode.LITERATURE_NUMBERING
            )
    if unheaded:  # (a blog's notes after a rule: works, and an aside among them)
        literature = _asides(literature)
    numeric = not footnotes and _cites_list(markers, literature)
    if numeric:
        # "<sup>[3]</sup>" citing item 3 of the reference list: each cited item is the note.
        footnotes = cited_entry_notes(markers, literature, at_citation=False)
        if not endnotes or sources:
            # "<sup>[8]</sup>" of a 7-entry list of works cites a work missing from it (the
            # notes are the list's entries: no footnote is missing); past a list of notes
            # (endnotes) it is a note missing, found with the markers
            anomalies.extend(unlisted_numbers(markers, literature))
        if endnotes or unheaded:  # (an aside among them stays one)
            asides = {n.label: n.reference for n in literature if n.reference is not None}
            footnotes = [replace(n, reference=asides.get(n.label)) for n in footnotes]
    doc = RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_index is None else lit_index + 1,
        # (endnotes that are the only list are footnotes, each marker used once, unless
        # they are cited again as a wiki cites: see _cites_again)
        markers_reusable=(numeric and not endnotes)
        or sources
        or ((endnotes or not literature) and _cites_again(markers, bracketed, counted))
        # (a list of notes, each a whole work cited first in its order, some again: sources
        # re-cited; notes with asides or short notes keep a repeated number a defect)
        or (endnotes and recited_in_order(markers, literature) and _distinct_works(literature))
        # (a note's number repeated after the name of the work it cites: "L'arrêt
        # Teffaine<sup>4</sup>", a citation again)
        or (endnotes and named_again(markers, literature, blocks)),
        # A numbered list cited by number, or a list of paragraphs: any citation style.
        detect_styles=numeric or written_as_paragraphs(literature, lines),
    )
    # (a bibliography per section: each list's numbers its own, ``2.3``)
    return by_part(doc, csl.offsets if sectioned else ())


# Inline HTML a converter leaves in a note's text: a superscript exponent is written as
# its Unicode digits ("O(n<sup>2</sup>)" is "O(n²)", as the body's powers are), any other
# script as its text ("CO<sub>2</sub>" is "CO2", as registries print it), italics as
# Markdown's, bold and line breaks as text.
_SUP_DIGITS = lazy_compile(r"<sup>\s*([0-9+\-−]{1,8})\s*</sup>")
_SCRIPT = lazy_compile(r"<(sup|sub)>([^<\n]{0,40})</\1>")
_ITALIC = lazy_compile(r"<(i|em)>([^<\n]{1,300})</\1>")
_BOLD = lazy_compile(r"</?(?:b|strong)>")
_BREAK = lazy_compile(r"<br\s?/?>")


def _note_text(text: str) -> str:
    """``text`` (a note or list entry) with its inline HTML rendered as text."""
    if "<" not in text:
        return text
    text = _SUP_DIGITS.sub(lambda m: m.group(1).translate(EXPONENT_DIGITS), text)
    text = _SCRIPT.sub(lambda m: m.group(2), text)
    text = _ITALIC.sub(lambda m: f"*{m.group(2)}*", text)
    return _BREAK.sub(" ", _BOLD.sub("", text))


def _rendered(notes: list[RawNote]) -> list[RawNote]:
    return [replace(n, text=_note_text(n.text)) if "<" in n.text else n for n in notes]


def _asides(notes: list[RawNote]) -> list[RawNote]:
    """Endnotes that are the document's only list: an aside with no work in it ("Strictly,
    the cost also grows with …") is commentary, read as a footnote is read."""
    found = []
    for note in notes:
        parsed = parse_reference(note.text, note.line_starts or (note.line,), note=True)
        if parsed.kind is RefKind.COMMENTARY and note.reference is None:
            note = replace(note, reference=replace(parsed, raw=note.text))
        found.append(note)
    return found


# What a note must be, beside being no aside, to count as a work of its own: ``ref`` is
# the note's reference, ``seen`` the years its title was read with in the notes before it
# (empty when the title is new or the note has none).
_WorkRule = Callable[[Reference, set[int | None]], bool]


def _each_a_work(notes: list[RawNote], rule: _WorkRule) -> bool:
    """Is each of two notes or more of a numbered list a work ``rule`` accepts, none an
    aside (commentary), each title's years gathered as the notes go?"""
    years: dict[str, set[int | None]] = {}  # each title's years so far
    for note in notes:
        ref = note.reference or parse_reference(note.text, note.line_starts or (note.line,))
        if ref.kind is RefKind.COMMENTARY:
            return False
        key = " ".join((ref.title or "").casefold().split())
        seen = years.setdefault(key, set()) if key else set()
        if not rule(ref, seen):
            return False
        seen.add(ref.year)
    return len(notes) >= 2


def _new_title(ref: Reference, seen: set[int | None]) -> bool:
    """A list of sources' rule: a title read, and not read before (a note with no title
    is no whole work; one with an earlier note's title a short note of it)."""
    return bool(ref.title) and not seen


def _new_work(ref: Reference, seen: set[int | None]) -> bool:
    """Re-cited notes' rule: a reference read (a year, an address or a DOI at least: a bare
    address with no title is still a work), its title new or read with other years only
    (a preprint and its article share a title in different years; the same title with no
    year or the same year is a short note of that work)."""
    if ref.kind is RefKind.UNKNOWN and not (ref.year or ref.url or ref.doi):
        return False  # a sentence no reference was read from
    return not (seen and (ref.year is None or ref.year in seen))


def _whole_works(notes: list[RawNote]) -> bool:
    """Is every note of a numbered list a whole work, each a different one (a list of
    sources), rather than notes (an aside, an "Ibid.", a short note of a work already
    cited: "Smith, *Title*, 45.")?"""
    return _each_a_work(notes, _new_title)


def _distinct_works(notes: list[RawNote]) -> bool:
    """Is no note of a numbered list an aside or a short note of a work an earlier note
    gives ("Smith, *Title*, 45."), so that a number cited again cites its work again?  (A
    note whose title was not read, a bare address, is still a work.)"""
    return _each_a_work(notes, _new_work)


def _sectioned(csl: CslMarkdown) -> set[int]:
    """The lines of the bibliographies of a file with one per section (empty with one)."""
    return {i for start, end in csl.sections for i in range(start, end + 1)}


def _list_heading_over(lines: list[str], start: int) -> int:
    """The literature heading right above line ``start`` (blank lines between), else
    ``start`` itself."""
    for i in range(start - 1, -1, -1):
        if lines[i].strip():
            return i if heading_text(lines[i]) is not None else start
    return start


def _after_bibliography(csl: CslMarkdown, lit_index: int | None, body_end: int) -> int | None:
    """Where the body goes on after citeproc's bibliography div under the literature
    heading that ends the body (a Nature paper's Methods), or None."""
    span = csl.bibliography
    if lit_index is None or lit_index != body_end or span is None or span[0] < lit_index:
        return None
    return bibliography_end(csl)


_SUP = lazy_compile(r"<sup>[^<]{0,20}</sup>")
_BYLINE_LINES = 40  # authors and affiliations stand at the top


# An address's number at a line's start: "<sup>1</sup>Institute ...", "<sup>1,2</sup>",
# or a numbered list of addresses ("1. Department of ...", "2) Institute of ...")
# (inside a small-print or span element, or emphasis: "<small><sup>1</sup>Institute …")
_ADDRESS_LABEL = lazy_compile(
    r"\s{0,3}(?:<(?:small|span|p|div|em|i|font)\b[^<>]{0,80}>\s{0,3}){0,2}[*_]{0,2}"
    r"(?:<sup>\s*+(?P<sup>[^<]{1,8}?)\s*+</sup>|(?P<num>\d{1,3})[.)][ \t])"
)


_YEAR = lazy_compile(r"\b(?:1[6-9]|20)\d\d\b")


def _address_label(line: str) -> str | None:
    """The number an address line starts with, or None (a numbered line with a year in
    it is an endnote or a reference, "1. Lee A. University Press, 2001", no address)."""
    m = _ADDRESS_LABEL.match(line)
    if m is None or (m.group("num") and _YEAR.search(line)):
        return None
    return m.group("sup") or m.group("num")


# an address's Unicode superscript digit in a line of addresses, at the line's start or after
# a space or a separator, before a word: "¹ Ashworth Consultancy · ² Department of …"
_UNICODE_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPER = str.maketrans(_UNICODE_DIGITS, "0123456789")
_RUN_ON_ADDRESS = lazy_compile(
    rf"(?:^|(?<=[\s·•;,|/(]))([{_UNICODE_DIGITS}]{{1,2}})(?=[ \t]?[^\W\d_])"
)


def _byline(lines: list[str], first: int, end: int) -> set[int]:
    """Lines of a paper's byline: affiliations written as ``<sup>1</sup>Institute ...``
    or as a numbered list of addresses (``1. Department of ...``), and the author lines
    above them whose superscripts all point at those addresses (``Anna Virtanen<sup>1</sup>,
    Jonas Eriksson<sup>1,2</sup>``, a corresponding author's ``*``/``†`` beside): not notes."""
    top = min(end, first + _BYLINE_LINES)
    heading = next((i for i in range(first + 1, top) if lines[i].startswith("## ")), top)
    affiliations = [
        i
        for i in range(first, heading)
        if _address_label(lines[i]) is not None and AFFILIATION.search(lines[i])
    ]
    # (a line of names each with its number, the addresses printed or not: "Anna
    # Virtanen<sup>1</sup>, Jonas Eriksson<sup>1,2</sup>")
    authors = {i for i in range(first, heading) if "<sup" in lines[i] and is_author_line(lines[i])}
    if not affiliations:
        return authors
    # the address lines next to one ("<sup>2</sup> UAB „Kauno energija“") are addresses too,
    # also when blank lines part them (one paragraph per address, as PDF converters write)
    # (each way on its own: the first address, a company's or a "Laboratuvarı" without a
    # word the pattern knows, stands above the one that has it)
    for i in list(affiliations):
        for way in (range(i + 1, heading), range(i - 1, first - 1, -1)):
            for j in way:
                if not lines[j].strip():
                    continue
                if _address_label(lines[j]) is None:
                    break
                if j not in affiliations:
                    affiliations.append(j)
    affiliations.sort()
    # (every superscript of an address line: "<sup>1</sup>Dept ...; <sup>2</sup>Dept ...")
    labels = {
        label
        for i in affiliations
        for written in (
            _address_label(lines[i]) or "",
            *(m.group(1) for m in re.finditer(r"<sup>\s*([^<]{1,8}?)\s*</sup>", lines[i])),
            # (addresses run on in one line, each after its Unicode digit: "¹ Consultancy,
            # Leeds · ² Department of …", "¹Institut …; ²Klinik …")
            *(m.group(1).translate(_FROM_SUPER) for m in _RUN_ON_ADDRESS.finditer(lines[i])),
        )
        for label in expand_labels(written.strip("*† "))
    }
    found = set(affiliations) | authors
    for i in range(first, affiliations[0]):
        cited = [
            label for m in MARKER.finditer(lines[i]) for label in expand_labels(m.group("label"))
        ]
        if cited and all(label in labels for label in cited):
            found.add(i)
    return found


def _list_numbers(lines: list[str], start: int, end: int) -> list[int] | None:
    """The numbers of the numbered list that starts right under line ``start`` (a
    heading) and runs until the next heading, or None if no such list starts there."""
    numbers: list[int] = []
    for i in range(start + 1, end):
        if heading_text(lines[i]) is not None:
            break
        m = LIST_ITEM.match(lines[i])
        if m and m.group("num"):
            numbers.append(int(m.group("num")))
        elif not numbers and lines[i].strip():
            return None  # prose under the heading: a section, not a list of notes
    return numbers or None


def _endnote_list(
    lines: list[str], first: int, lit_index: int | None, reading: set[int]
) -> int | None:
    """Index of the heading of an endnote list whatever its language calls it.

    Endnotes are a numbered list 1..n under a heading after the body: every
    ``<sup>n</sup>`` marker stands above that heading, none below it, and the list
    numbers are the markers' labels (``## Eindnotas``, ``## Nodiadau``, ``## Athugasemdir``).
    A numbered list inside the body (steps, aims) has markers after it or numbers
    the markers do not use; a further-reading list (headings at ``reading``) is no notes.
    """
    headings = [i for i in range(first, len(lines)) if heading_text(lines[i]) is not None]
    for k in range(len(headings) - 1, -1, -1):
        at = headings[k]
        if at == lit_index or at in reading:
            continue
        stop = headings[k + 1] if k + 1 < len(headings) else len(lines)
        numbers = _list_numbers(lines, at, stop)
        tail = (i for i in range(stop, len(lines)) if i != lit_index)
        if any(MARKER.search(lines[i]) for i in tail):
            continue  # markers after it: the body goes on
        if numbers is not None and _marked_numbers(lines[first:at], numbers):
            return at
    return None


def _marked_numbers(body: list[str], numbers: list[int]) -> bool:
    """Are ``numbers`` (a list's, 1..n in order) the labels of the markers in ``body``?"""
    if numbers[0] != 1 or numbers != sorted(set(numbers)):
        return False
    labels: set[int] = set()
    for line in body:
        for m in MARKER.finditer(line):
            labels.update(int(label) for label in expand_labels(m.group("label")))
    return len(labels) >= 2 and len(labels & set(numbers)) >= 0.8 * len(labels)


def _unheaded_notes(lines: list[str], first: int) -> int | None:
    """The line above a numbered list that ends the post with no heading over it (after a
    rule, or after the last paragraph: a blog's notes) whose numbers the markers above it
    use, or None."""
    found = last_list(lines, first)
    if found is None or not _marked_numbers(lines[first : found.above], list(found.numbers)):
        return None
    if not found.ruled and _in_section(lines[first : found.above]):
        return None
    return found.above


def _in_section(body: list[str]) -> bool:
    """Does a list with no rule over it belong to the body above it: introduced by its
    paragraph ("We did:"), or under a heading that stands after the last marker (a
    section's list of steps, not the post's notes)?"""
    text = [line for line in body if line.strip()]
    if text and text[-1].rstrip().endswith(":"):
        return True
    last = max((i for i, line in enumerate(body) if MARKER.search(line)), default=-1)
    return any(heading_text(line) is not None for line in body[last + 1 :])


def _marker_labels(line: str) -> list[int]:
    """The numbers the markers on ``line`` cite."""
    return [int(n) for m in MARKER.finditer(line) for n in expand_labels(m.group("label"))]


def _cites_again(markers: list[RawMarker], bracketed: int, counted: int) -> bool:
    """Notes cited again by repeating their bracketed marker: ``<sup>[8]</sup>`` twice.

    Bracketed superscripts are the reference style of wikis and of HTML converted from
    them (one named reference cited wherever it is used): where the notes are the
    document's only list of sources (the caller checks there is no reference list
    beside them), a repeated number is a second citation of the same source, not a
    numbering defect.  Plain ``<sup>8</sup>`` footnote marks are each used once, and
    endnotes beside a reference list are too: a repeated one stays a defect.
    """
    if not counted or bracketed < 0.8 * counted:
        return False
    labels = [m.label for m in markers]
    return len(set(labels)) < len(labels)


def _cites_list(markers: list[RawMarker], literature: list[RawNote]) -> bool:
    """Do the markers cite reference-list numbers (no footnote definitions at all)?"""
    if not markers or not literature:
        return False
    numbers = {note.label for note in literature}
    return sum(m.label in numbers for m in markers) >= 0.8 * len(markers)


READER = register(Reader(NAME, (".md", ".markdown", ".txt"), score, read, prose=prose))
