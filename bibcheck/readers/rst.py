"""Reader for reStructuredText (PEPs, Sphinx and docutils documents).

What becomes what (docutils' semantics):

* **Footnotes**: references ``[1]_`` (manual numbers), ``[#]_`` (auto-numbered,
  the n-th reference takes the n-th ``.. [#]`` footnote), ``[#label]_``
  (auto-numbered, by name) and ``[*]_`` (auto-symbol, in order: ``*``, ``†``,
  ``‡`` ...) with definitions ``.. [1] text`` whose indented continuation
  lines belong to them.  Auto-numbered footnotes take the numbers docutils
  gives them (in definition order, skipping manual numbers), so labels are
  the numbers a reader of the rendered document sees.
* **Citations** ``[CIT2002]_`` with ``.. [CIT2002] text``: notes labelled as
  written (matched case-insensitively); citing one again is normal.  Sphinx makes them
  global: labels a page cites and does not define are looked up in the other pages of
  its project (:mod:`bibcheck.readers.rstproject`), whose pages holding them are the
  page's literature.  A footnote that is a remark holding citations is commentary.
* **Sphinx** ``:cite:`key```, ``:cite:p:`a,b```, ``:footcite:`k``` (and
  ``:citep:``/``:citet:``): one citation per key (a ``:footcite:`` cites the key's
  footnote, numbered by docutils with the page's ``[#]`` ones in document order, as
  sphinxcontrib-bibtex makes it at the key's first citation); the entries come from the
  ``.bib`` files named by ``.. bibliography:: refs.bib`` (or by
  ``bibtex_bibfiles`` in a ``conf.py`` next to the document or above it, or in a
  file that ``conf.py`` runs: :mod:`bibcheck.readers.sphinxconf`).
  A bibliography with ``:keyprefix: d-`` is cited ``:cite:p:`d-key```: the
  cited key names the .bib entry ``key`` and keeps its label as written.
* **Links**: hyperlink targets ``.. _name: URL`` (indirect ones followed),
  anonymous targets ``.. __: URL`` / ``__ URL``, references ```text <URL>`_``,
  ```text`_``, ``word_``, anonymous ``__`` and standalone URLs.  In notes they
  are written ``text <URL>``; in the body they are link citations
  (:mod:`bibcheck.readers.links`).
* **Not text for markers**: literal blocks (after ``::``), ``code-block``,
  ``code``, ``math``, ``raw`` and other code directives, doctest blocks,
  comments, substitution definitions, inline literals and the ``math`` role.
* **Literature**: list items and paragraphs under a References /
  Bibliography / Литература section title.  Such a section that yields
  nothing (and holds no footnotes) is an ``unread-region`` anomaly.

Section titles are lines underlined (and optionally overlined) with one
repeated punctuation character.  Everything is one pass over the lines plus
one linear inline scan per paragraph.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.bibfile import BibError, read_bibs
from bibcheck.errors import InputError
from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibliographyFile,
    BibRecord,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
    RefKind,
)
from bibcheck.parse.numbering import numbering_gaps
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.bibdefects import EntryDefect, classify, settle
from bibcheck.readers.body import BodyBuilder
from bibcheck.readers.citedat import at_first_citation
from bibcheck.readers.common import cited_entry_notes, is_literature_heading
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.frontmatter import is_prose
from bibcheck.readers.labelsplit import starts_next_entry
from bibcheck.readers.links import is_external
from bibcheck.readers.listorder import CITED, ordered, pybtex_sort
from bibcheck.readers.listscope import under_reading_heading
from bibcheck.readers.markuptables import grid_columns, is_row
from bibcheck.readers.mask import mask
from bibcheck.readers.plaintext import MARKER as NUMERIC
from bibcheck.readers.plaintext import numeric_citations
from bibcheck.readers.pubmednotes import pubmed_note
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.readers.rstannotation import annotated_list, entry_lines
from bibcheck.readers.rstcells import csv_cell_lines
from bibcheck.readers.rstinline import (
    Cite,
    FootnoteRef,
    Link,
    Text,
    embedded_targets,
    events,
    normalise_name,
)
from bibcheck.readers.rstmarks import rst_only
from bibcheck.readers.rstproject import Page, ProjectTargets, find_conf, project_targets
from bibcheck.readers.rstsup import SupCiting, superscript_labels
from bibcheck.readers.rsttitle import header_title
from bibcheck.readers.sourceheads import source_heads
from bibcheck.readers.sphinxbibpage import (
    BibDirective,
    bib_directive,
    page_entries,
    project_wide,
    unread,
)
from bibcheck.readers.sphinxconf import conf_setting, conf_string, lone_bib
from bibcheck.readers.wrapday import day_after_month
from bibcheck.text import editor_lines

NAME = "rst"
_ADORNMENT_CHARS = "=-`:'\"~^_*+#<>.!$%&(),/;?@[\\]{|}"
_ADORNMENT = lazy_compile(r"^([=\-`:'\"~^_*+#<>.!$%&(),/;?@\[\\\]{|}])\1{2,}\s*$")
_SIMPLE_TABLE = lazy_compile(r"^\s*=+(?:\s+=+)+\s*$")
_GRID_BORDER = lazy_compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_EXPLICIT = lazy_compile(r"^(?P<indent>\s*)\.\.(?:\s+(?P<rest>.*))?$")
_DEFINITION = lazy_compile(
    r"^\[(?P<label>\#[\w.:+-]*|\*|\d+|[^\W_][\w.:+-]*)\](?:\s+(?P<text>.*))?$"
)
_DIRECTIVE = lazy_compile(r"^(?P<name>[\w][\w:.+-]*)::(?:\s+(?P<args>.*))?$")
_SUBSTITUTION = lazy_compile(r"^\|[^|]+\|\s+[\w:.+-]+::")
_ANON_SHORT = lazy_compile(r"^\s*__\s+(?P<uri>\S.*)$")
_LIST_START = lazy_compile(
    r"^\s*(?:[-*+•‣⁃]\s+|(?:\d+|[A-Za-z#]|[ivxlcdm]+|[IVXLCDM]+)[.)]\s+|\((?:\d+|[A-Za-z#])\)\s+"
    r"|:[^:\s][^:]*:(?:\s|$))"
)
# "* - Osprey survey": a list-table's row, its cells the inner items ("  - nests doubled")
_LIST_ROW = lazy_compile(r"^\s*[-*+]\s+[-*+]\s+")
_CELL_MARK = lazy_compile(r"^\s*[-*+]\s+")
_LIST_MARK = lazy_compile(
    r"^\s*(?:[-*+•‣⁃]|(?P<num>\d+)[.)]|[A-Za-z#][.)]|\((?:\d+|[A-Za-z#])\))\s+"
)
_ENUMERATED = lazy_compile(r"^\s*(?:\d+|#)[.)]\s+\S")
_LINE_BLOCK = lazy_compile(r"^\s*\|\s+(?!.*\|\s*$)")
_CODE_DIRECTIVES = frozenset(
    """code-block code sourcecode literalinclude math raw highlight toctree contents sectnum
    include image csv-table doctest testcode testoutput testsetup testcleanup ipython
    jupyter-execute graphviz digraph graph plot mermaid uml productionlist index meta role
    default-role title parsed-literal only ifconfig tabularcolumns automodule autoclass
    autofunction automethod autoattribute autodata autoexception autosummary program-output
    command-output runblock prompt code-cell bibliography footbibliography""".split()
)
_BIBLIOGRAPHY_DIRECTIVES = frozenset({"bibliography", "footbibliography"})
# the SciPy proceedings' docinfo field ":bibliography: mybib" names mybib.bib
_BIBLIOGRAPHY_FIELD = lazy_compile(r"^:bibliography:[ \t]+(?P<names>\S[^\n]*?)[ \t]*$")
_TITLED = frozenset({"admonition", "topic", "sidebar"})
_ADMONITIONS = frozenset(
    """note warning tip important attention caution danger error hint seealso todo
    versionadded versionchanged deprecated epigraph pull-quote highlights""".split()
)
_SYMBOLS = ("*", "†", "‡", "§", "¶", "#", "♠", "♥", "♦", "♣")  # noqa: RUF001
_KEYPREFIX = lazy_compile(r"^\s*:keyprefix:[ \t]+(\S+)")
_STYLE_OPTION = lazy_compile(r"^\s*:style:[ \t]+(\S+)")
_ANY_DEFINITION = lazy_compile(r"^\s*\.\.\s+\[(?:\#[\w.:+-]*|\*|\d+|[^\W_][\w.:+-]*)\]", re.M)
_ANY_REFERENCE = lazy_compile(r"\[(?:\#[\w.:+-]*|\*|\d+|[^\W_][\w.:+-]*)\]_(?![\w])")
# (the registry scores text with `...` spans blanked: the role name stays, its key does not)
_ANY_CITE_ROLE = lazy_compile(r"(?<![\w:]):(?:foot)?cite[pt]?(?::\w+)?:(?=[`\s])")
_ANY_TARGET = lazy_compile(r"^\s*\.\.\s+_[^:\n]+:", re.M)
_ANY_DIRECTIVE = lazy_compile(r"^\s*\.\.\s+[\w:.+-]+::", re.M)
_ANY_TITLE = lazy_compile(r"^\S[^\n]*\n([=\-~^\"'`#*+])\1{2,}[ \t]*$", re.M)
# (a footnote's label holds no bracket: a run of "[^" without a "]" is scanned once, not
# again from each "[^" to the text's end)
_MARKDOWN = lazy_compile(r"\]\((?:https?://|#|/)|^#{1,6} |^```|\[\^[^\[\]]++\]", re.M)
_ANY_LINK = lazy_compile(r"`[^`\n]+(?:<[^`>\n]+>)?`__?(?![\w])")


def score(text: str) -> float:
    """Fits reStructuredText: footnote/citation definitions and references, or :cite:.

    Underlined titles alone are weak evidence (Markdown has them too); Markdown links
    or ``#`` headings rule reStructuredText out when nothing else is rst-specific.
    """
    definitions = bool(_ANY_DEFINITION.search(text))
    references = bool(_ANY_REFERENCE.search(text))
    if (definitions and references) or _ANY_CITE_ROLE.search(text):
        return 0.96
    specific = sum(bool(p.search(text)) for p in (_ANY_TARGET, _ANY_DIRECTIVE, _ANY_LINK))
    if definitions and (specific or _ANY_TITLE.search(text)):
        return 0.9
    if specific >= 2 or (specific and _ANY_TITLE.search(text)):
        return 0.8 if _cites_typed_numbers(text) else 0.5
    if _ANY_TITLE.search(text) and not _MARKDOWN.search(text):
        # (a reference list under an underlined title, in a page with a mark only
        # reStructuredText writes: its list, read as rst: :func:`_listed_rst_page`; cited
        # by typed "[1]" markers, as surely rst as a page with a directive)
        if not _listed_rst_page(text):
            return 0.15
        return 0.8 if _cites_typed_numbers(text) else 0.5
    return 0.0


_DATED_ITEM = lazy_compile(r"^\s*(?:(?:\d+|#)[.)]|[-*+•])\s+\S.*(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _listed_rst_page(text: str) -> bool:
    """Is ``text`` a reStructuredText page with a reference list: an underlined References
    title with two dated enumerated or bulleted items below it, and a mark only rst makes
    (:func:`rst_only`: a directive, a role, a ``[#]_`` reference, a field list)?"""
    if not rst_only(text):
        return False
    lines = editor_lines(text)
    for i in range(len(lines) - 1):
        if _is_adornment(lines[i + 1].strip()) and is_literature_heading(f"# {lines[i]}"):
            below = lines[i + 2 : i + 60]
            if sum(bool(_DATED_ITEM.match(line)) for line in below) >= 2:
                return True
    return False


# a page citing another page's targets: the labels it cites, scored with its project
PROJECT_SCORE = 0.9


def score_at(text: str, path: str) -> float:
    """:func:`score` on the masked text, or :data:`PROJECT_SCORE` for a page that cites
    ``[Label]_`` citations defined on another page of its Sphinx project (a chapter that
    is only a title and prose citing the book's bibliography page: the text alone cannot
    tell it from Markdown, its project can)."""
    masked = mask(text)
    found = score(masked)
    if found >= PROJECT_SCORE or not path or _MARKDOWN.search(masked):
        return found
    wanted: dict[str, tuple[str, int]] = {}
    line, counted = 1, 0  # lines counted up to ``counted``: one pass over the text
    for m in _ANY_REFERENCE.finditer(masked):
        label = m.group()[1:-2]
        if _is_citation_label(label) and label.casefold() not in wanted:
            line += masked.count("\n", counted, m.start())
            counted = m.start()
            wanted[label.casefold()] = (label, line)
    if not wanted:
        return found
    try:
        targets = project_targets(Path(path), wanted, _page)
    except OSError:
        return found
    return PROJECT_SCORE if targets is not None and targets.found else found


def _cites_typed_numbers(text: str) -> bool:
    """``[1]``, ``[2, с. 5]`` in the text above an enumerated list under an underlined
    References / Литература title."""
    lines = editor_lines(text)
    for i in range(len(lines) - 1):
        if _is_adornment(lines[i + 1].strip()) and is_literature_heading(f"# {lines[i]}"):
            below = lines[i + 2 : i + 40]
            above = "\n".join(lines[:i])
            enumerated = any(_ENUMERATED.match(line) for line in below)
            return enumerated and NUMERIC.search(above) is not None
    return False


# --------------------------------------------------------------------------
# Pass 1: lines -> items (paragraphs, notes, targets)
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    """Lines of one paragraph (or note body): (line number, column of text, text)."""

    lines: list[tuple[int, int, str]]
    literature: bool = False  # a list item / paragraph under a References title
    number: str | None = None  # the list number, when enumerated
    enumerated: bool = False  # an item of an enumerated list ("1.", "#.", "(2)")
    # a grid table's row (its lines between two borders): each cell's lines, column by
    # column (a citation in a cell claims the row: readers/markuptables.py)
    cells: list[list[tuple[int, int, str]]] | None = None


@dataclass(slots=True)
class _Note:
    label: str  # as written: "1", "#", "#name", "*", "CIT2002"
    para: _Para
    in_list: bool = False  # defined under a References title (a footnote there, too)


@dataclass(slots=True)
class _Heading:
    line: int
    column: int
    text: str


_Item = _Para | _Note | _Heading | None  # None: a paragraph break


@dataclass(slots=True)
class _Scan:
    items: list[_Item] = field(default_factory=list)
    targets: dict[str, str] = field(default_factory=dict)  # name -> URI or "name_"
    anonymous: list[str] = field(default_factory=list)  # anonymous target URIs, in order
    bib_names: list[tuple[str, int]] = field(default_factory=list)
    key_prefixes: list[str] = field(default_factory=list)  # ``:keyprefix:`` of bibliographies
    styles: list[str] = field(default_factory=list)  # ``:style:`` of ``.. bibliography::``
    directives: list[BibDirective] = field(default_factory=list)  # ``.. bibliography::``
    anomalies: list[Anomaly] = field(default_factory=list)
    title: str | None = None


def _is_citation_label(label: str) -> bool:
    """``CIT2002``, ``Burns2004``: a citation, not a footnote (``1``, ``#``, ``#name``, ``*``)."""
    return not (label.isdigit() or label.startswith("#") or label == "*")


def _key_prefixes(options: Sequence[str]) -> list[str]:
    """The ``:keyprefix: d-`` of a bibliography directive's option lines (sphinxcontrib-bibtex:
    its entries are cited as ``:cite:`d-key```, ``key`` being the .bib key)."""
    return _option_values(options, _KEYPREFIX)


def _option_values(options: Sequence[str], option: Regex) -> list[str]:
    """The values of one option among a directive's option lines."""
    values: list[str] = []
    for line in options:
        if not line.strip().startswith(":"):
            break
        found = option.match(line)
        if found:
            values.append(found.group(1))
    return values


def bibliography_field(line: str) -> list[str]:
    """The ``.bib`` files a ``:bibliography: NAME`` field names (the SciPy proceedings'
    convention: ``NAME.bib`` beside the paper); none for any other line."""
    m = _BIBLIOGRAPHY_FIELD.match(line)
    if m is None:
        return []
    names = [n for n in re.split(r"[,\s]+", m.group("names")) if n]
    return [n if Path(n).suffix.lower() == ".bib" else n + ".bib" for n in names]


def _bib_key(cited: str, records: set[str], prefixes: Sequence[str]) -> str | None:
    """The .bib key a cited key names: itself, or with a bibliography's key prefix removed
    (the longest prefix first: ``d-`` and ``dd-`` may both be used)."""
    if cited in records:
        return cited
    for prefix in sorted(prefixes, key=len, reverse=True):
        if cited.startswith(prefix) and cited[len(prefix) :] in records:
            return cited[len(prefix) :]
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: Sequence[str], start: int, indent: int) -> int:
    """Index after the lines following ``start`` indented deeper than ``indent``."""
    end = start + 1
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if line.strip():
            if _indent(line) <= indent:
                break
            end = i + 1
        i += 1
    return end


def _is_adornment(s: str) -> bool:
    return bool(_ADORNMENT.match(s))


def _title_at(lines: Sequence[str], i: int, after_blank: bool) -> tuple[str, int, int] | None:
    """(title, column, lines used) when a section title starts at line ``i``."""
    s = lines[i].strip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if _is_adornment(s) and nxt and not _is_adornment(nxt) and i + 2 < len(lines):
        under = lines[i + 2].strip()
        if _is_adornment(under) and under[0] == s[0]:
            return nxt, _indent(lines[i + 1]) + 1, 3
    if (
        after_blank
        and s
        and not _is_adornment(s)
        and _indent(lines[i]) == 0
        and _is_adornment(nxt)
        and len(nxt) >= min(len(s), 4)
        and not _SIMPLE_TABLE.match(lines[i])
    ):
        return s, 1, 2
    return None


class _Pass1:
    """Walks the lines once and sorts them into items."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.scan = _Scan()
        self.in_literature = False
        self.literature_heading: int | None = None
        self.literature_found = False  # notes or a bibliography directive in the section
        self.literature_paras: list[_Para] = []
        self.literature_lines = 0  # lines met in the section (a title's own excluded)
        # footnotes defined in the section after its paragraphs, and nothing else found
        # there (pandoc writes a document's notes at its end, below its last section)
        self.trailing_notes: list[_Note] | None = []

    def run(self) -> _Scan:
        lines = self.lines
        i = 0
        after_blank = True
        while i < len(lines):
            line = lines[i]
            s = line.strip()
            if not s:
                self._break()
                after_blank = True
                i += 1
                continue
            if self.in_literature and _title_at(lines, i, after_blank) is None:
                self.literature_lines += 1  # (a subsection's title is none of its lines)
            i = self._line(i, after_blank)
            after_blank = False
        self._close_literature()
        return self.scan

    def _break(self) -> None:
        items = self.scan.items
        if items and items[-1] is not None:
            items.append(None)

    def _line(self, i: int, after_blank: bool) -> int:
        lines = self.lines
        line = lines[i]
        title = _title_at(lines, i, after_blank)
        if title is not None:
            text, column, used = title
            line_no = i + 1 if used == 2 else i + 2
            self._heading(line_no, column, text)
            return i + used
        s = line.strip()
        if _is_adornment(s) or _SIMPLE_TABLE.match(line) or _GRID_BORDER.match(line):
            self._break()  # a transition or a table border
            return i + 1
        m = _EXPLICIT.match(line)
        if m:
            return self._explicit(i, len(m.group("indent")), (m.group("rest") or "").strip())
        anon = _ANON_SHORT.match(line)
        if anon:
            end = _block_end(lines, i, _indent(line))
            uri = "".join(part.strip() for part in [anon.group("uri"), *lines[i + 1 : end]])
            self.scan.anonymous.append(uri)
            return end
        if s.startswith(">>>"):
            j = i
            while j < len(lines) and lines[j].strip():
                j += 1
            return j
        self.scan.bib_names.extend((name, i + 1) for name in bibliography_field(line))
        return self._paragraph(i)

    def _heading(self, line_no: int, column: int, text: str) -> None:
        self._close_literature()
        self._break()
        self.scan.items.append(_Heading(line_no, column, text))
        self.scan.title = self.scan.title or text
        self.in_literature = is_literature_heading("# " + text)
        self.literature_paras = []
        self.literature_found = False
        self.literature_lines = 0
        self.trailing_notes = []
        if self.in_literature:
            self.literature_heading = line_no

    def _entries_above_notes(self) -> bool:
        """Is the section a list of plain paragraphs with the document's footnotes defined
        below it (``pandoc -t rst`` of a Word paper: its notes at the end, under the last
        title, the Literaturverzeichnis)?  Two paragraphs at least, the notes all after
        them, and the paragraphs dated entries (:func:`dated_entries`)."""
        return bool(self.trailing_notes) and dated_entries(self.literature_paras)

    def _close_literature(self) -> None:
        if self.in_literature and self._entries_above_notes():
            for note in self.trailing_notes or ():
                note.in_list = False  # the document's footnotes, below its list
        elif self.in_literature and self.literature_found:
            for para in self.literature_paras:
                para.literature = False  # prose around the footnotes, not entries
        elif self.in_literature and _about_references(self.literature_paras):
            for para in self.literature_paras:
                para.literature = False  # a how-to page's section on references: body text
        elif self.in_literature and not self.literature_paras and self.literature_lines:
            self.scan.anomalies.append(
                Anomaly(
                    AnomalyCode.UNREAD_REGION,
                    "the reference section under this title yielded no entries or notes "
                    "(not a list, paragraphs or footnote definitions bibcheck can read)",
                    self.literature_heading,
                )
            )
        self.in_literature = False

    def _explicit(self, i: int, indent: int, rest: str) -> int:
        lines = self.lines
        end = _block_end(lines, i, indent)
        self._break()
        definition = _DEFINITION.match(rest)
        if definition:
            first = (definition.group("text") or "").strip()
            column = lines[i].index("[") + len(definition.group("label")) + 3
            body: list[tuple[int, int, str]] = []
            if first:
                body.append((i + 1, column, first))
            for j in range(i + 1, end):
                if lines[j].strip():
                    body.append((j + 1, _indent(lines[j]) + 1, lines[j].strip()))
            label = definition.group("label")
            note = _Note(label, _Para(body), self.in_literature)
            self.scan.items.append(note)
            self.literature_found = True
            if self.trailing_notes is not None and self.in_literature:
                trails = self.literature_paras and not _is_citation_label(label)
                self.trailing_notes = [*self.trailing_notes, note] if trails else None
            return end
        if rest.startswith("_"):
            self._target(rest, [lines[j] for j in range(i + 1, end)])
            return end
        if _SUBSTITUTION.match(rest):
            return end
        directive = _DIRECTIVE.match(rest)
        if directive is None:
            return end  # a comment
        name = directive.group("name").lower()
        args = (directive.group("args") or "").strip()
        if name in _BIBLIOGRAPHY_DIRECTIVES:
            self.trailing_notes = None
            for bib in args.split():
                self.scan.bib_names.append((bib, i + 1))
            self.scan.key_prefixes.extend(_key_prefixes(lines[i + 1 : end]))
            if name == "bibliography":
                self.scan.styles.extend(_option_values(lines[i + 1 : end], _STYLE_OPTION))
                options = lines[i + 1 : end]
                self.scan.directives.append(bib_directive(i + 1, "`.. bibliography::`", options))
            self.literature_found = True
        if name == "csv-table":
            for cell_line in csv_cell_lines(lines, i, end):  # each row a line that may cite
                self.scan.items.append(_Para([cell_line]))
                self._break()
            return end
        if name in _CODE_DIRECTIVES:
            return end
        if name == "rubric" and args:
            self._heading(i + 1, lines[i].index("::") + 4, args)
            return i + 1
        # Admonitions, figures, topics...: skip the options, read the content as body.
        j = i + 1
        while j < end and lines[j].strip().startswith(":"):
            j += 1
        if args and name in _TITLED:
            self._heading(i + 1, lines[i].index("::") + 4, args)
        elif args and name in _ADMONITIONS:
            column = lines[i].index("::") + 4
            self.scan.items.append(_Para([(i + 1, column, args)]))
            self._break()
        return j

    def _target(self, rest: str, continuation: list[str]) -> None:
        """``_name: URI`` (continued on indented lines) or ``__: URI`` (anonymous)."""
        body = rest[1:]
        if body.startswith("`"):
            close = body.find("`", 1)
            name, after = (body[1:close], body[close + 1 :]) if close > 0 else (body, "")
            after = after[1:] if after.startswith(":") else after
        else:
            colon = re.search(r"(?<!\\):(?=\s|$)", body)
            if colon is None:
                return
            name, after = body[: colon.start()], body[colon.end() :]
        uri = "".join(part.strip() for part in [after, *continuation])
        if name == "_":
            self.scan.anonymous.append(uri)
        elif uri:
            self.scan.targets.setdefault(normalise_name(name), uri)

    def _entry_continued(self, para: _Para, base: int) -> bool:
        """Is ``para`` the last entry's: a paragraph indented to its item's text (the item's
        own second paragraph) or PubMed's note on it ("Erratum in: …",
        :mod:`bibcheck.readers.pubmednotes`)?  Then its lines join that entry's."""
        if not self.literature_paras or not para.lines:
            return False
        last = self.literature_paras[-1]
        inside = last.enumerated and base > 0 and base + 1 >= last.lines[0][1]
        if not inside and not pubmed_note(para.lines[0][2]):
            return False
        last.lines.extend(para.lines)
        return True

    def _paragraph(self, i: int) -> int:
        lines = self.lines
        first = lines[i]
        base = _indent(first)
        item = bool(_LIST_START.match(first))  # list items follow each other unseparated
        j = i + 1
        while j < len(lines):
            line = lines[j]
            s = line.strip()
            if not s or _EXPLICIT.match(line) or (_is_adornment(s) and len(s) >= 4):
                break
            if (
                item
                and _LIST_START.match(line)
                and _indent(line) <= base
                # ("… Epub 2014 Feb" / "21. Erratum in: …": a date's day, no item)
                and not day_after_month(lines[j - 1], line)
            ):
                break
            if self.in_literature and _indent(line) <= base and starts_next_entry(first, line):
                break  # "[2] …" right under "[1] …": the next entry, no blank between
            if _GRID_BORDER.match(line) or _SIMPLE_TABLE.match(line):
                break
            j += 1
        para = _Para([(n + 1, _indent(lines[n]) + 1, lines[n].strip()) for n in range(i, j)])
        if not self.in_literature and all(
            is_row(lines[n]) and lines[n].rstrip().endswith("|") for n in range(i, j)
        ):
            para.cells = [
                [(i + k + 1, c.start + 1, c.text) for k, c in enumerate(column) if c.text]
                for column in grid_columns(lines[i:j])
            ]
        elif not self.in_literature and _LIST_ROW.match(first):
            para.cells = _list_row(lines, i, j)
        literal = para.lines[-1][2].endswith("::")
        _strip_literal_mark(para)
        mark = _LIST_MARK.match(first) or _LINE_BLOCK.match(first)
        if mark:
            line_no, column, text = para.lines[0]
            para.lines[0] = (line_no, column + mark.end() - base, text[mark.end() - base :])
        if self.in_literature and self._entry_continued(para, base):
            return j
        if self.in_literature:
            if self.trailing_notes:  # (a paragraph after the notes: no list above them)
                self.trailing_notes = None
            para.literature = True
            para.number = mark.group("num") if mark and "num" in mark.groupdict() else None
            para.enumerated = bool(mark and re.match(r"\s*[(\w#]", mark.group(0)))
            self.literature_paras.append(para)
        if any(text for _, _, text in para.lines):
            self.scan.items.append(para)
        if not literal:
            return j
        # (a list item's literal block is indented past the item's text, not its bullet:
        # a line back at the text's column is the item's next paragraph)
        item_mark = _LIST_MARK.match(first)
        return _skip_literal(lines, j, item_mark.end() if item_mark else base)


_DATED = lazy_compile(YEAR_BOUNDED)


def dated_entries(paras: Sequence[_Para]) -> bool:
    """Are the paragraphs a reference list's entries: two at least, each (but one in five)
    with a year in its plain text, and not all sentences of prose?"""
    if len(paras) < 2:
        return False
    shown = [
        " ".join(
            e.value
            for e in events("\n".join(text for _, _, text in para.lines))
            if isinstance(e, Text)
        )
        for para in paras
    ]
    dated = sum(1 for text in shown if _DATED.search(text))
    return dated >= len(paras) - len(paras) // 5 and not all(is_prose(t) for t in shown)


def _about_references(paras: Sequence[_Para]) -> bool:
    """Do the paragraphs under a References/Bibliography title write *about* references (a
    documentation page telling how to add and cite a work) rather than list them?  None
    carries a year in its plain text (outside roles, literals and emphasis; every entry of
    a list does, but for a few),
    and they cite works themselves (a role: entries never cite) or are all sentences."""
    if not paras:
        return False
    cites = False
    prose = True
    for para in paras:
        found = list(events("\n".join(text for _, _, text in para.lines)))
        shown = " ".join(e.value for e in found if isinstance(e, Text) and e.verbatim)
        if _DATED.search(shown):
            return False
        cites = cites or any(isinstance(e, Cite) for e in found)
        prose = prose and is_prose(" ".join(e.value for e in found if isinstance(e, Text)))
    return cites or prose


def _strip_literal_mark(para: _Para) -> None:
    """``Text::`` -> ``Text:``; ``Text ::`` and a lone ``::`` -> ``Text`` / nothing."""
    line_no, column, text = para.lines[-1]
    if text == "::":
        text = ""
    elif text.endswith(" ::"):
        text = text[:-3].rstrip()
    elif text.endswith("::"):
        text = text[:-1]
    para.lines[-1] = (line_no, column, text)


def _skip_literal(lines: Sequence[str], j: int, base: int) -> int:
    """Index after the literal block that follows a paragraph ending in ``::``."""
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines):
        return k
    if _indent(lines[k]) > base:
        return _block_end(lines, k - 1, base) if k > 0 else k
    first = lines[k].strip()[:1]
    if first and not first.isalnum() and first in _ADORNMENT_CHARS:
        while k < len(lines) and lines[k].strip():
            k += 1  # a quoted literal block
        return k
    return j


# --------------------------------------------------------------------------
# Footnote labels (docutils' numbering)
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Labels:
    """Labels of footnotes and citations, as docutils numbers them."""

    by_definition: list[str]  # label of each note item, in document order
    named: dict[str, str]  # "#name" -> number
    anonymous: list[str]  # numbers of the "#" footnotes, in order
    symbols: list[str]  # symbols of the "*" footnotes, in order
    citations: dict[str, str]  # case-folded citation label -> label as written
    foot: dict[str, str]  # a :footcite: key with an entry -> its footnote's number
    _next_anonymous: int = 0
    _next_symbol: int = 0
    # citation labels referenced with no target on the page (case-folded -> as written)
    missing: dict[str, str] = field(default_factory=dict)
    role_cited: set[str] = field(default_factory=set)  # keys cited with a Sphinx role

    @classmethod
    def of(cls, slots: Sequence[_Note | str]) -> _Labels:
        """Labels of the notes; ``slots`` are the notes and the keys ``:footcite:`` cites
        that have an entry, in the order docutils meets them (sphinxcontrib-bibtex makes
        each such key's footnote at its first citation: it takes the next auto-number)."""
        notes = [n for n in slots if isinstance(n, _Note)]
        manual = {n.label for n in notes if n.label.isdigit()}
        used = {int(x) for x in manual}
        counter = 0
        by_definition: list[str] = []
        named: dict[str, str] = {}
        anonymous: list[str] = []
        symbols: list[str] = []
        citations: dict[str, str] = {}
        foot: dict[str, str] = {}
        for slot in slots:
            if isinstance(slot, str) and slot in foot:
                continue  # cited again: the same footnote
            if isinstance(slot, str) or slot.label.startswith("#"):
                counter += 1
                while counter in used:
                    counter += 1
                used.add(counter)
                number = str(counter)
                if isinstance(slot, str):
                    foot[slot] = number
                    continue
            note = slot
            label = note.label
            if label.startswith("#"):
                if label == "#":
                    anonymous.append(number)
                else:
                    named.setdefault(label.lower(), number)
                by_definition.append(number)
            elif label == "*":
                symbol = _symbol(len(symbols))
                symbols.append(symbol)
                by_definition.append(symbol)
            else:
                if not label.isdigit():
                    citations.setdefault(label.lower(), label)
                by_definition.append(label)
        return cls(by_definition, named, anonymous, symbols, citations, foot)

    def link_citation(self, link: Link, resolver: _Resolver) -> str | None:
        """The citation a hyperlink reference names: a citation's label is a reference
        name of its own in docutils (```HDFG12`_`` and ``HDFG12_`` link to ``.. [HDFG12]``
        as ``[HDFG12]_`` does, shown without brackets); a hyperlink target of that name
        (``.. _HDFG12: url``) or an anonymous reference is a link, not a citation."""
        if link.uri is not None or link.name is None or link.anonymous:
            return None
        if resolver.has_target(link.name):
            return None
        return self.citations.get(link.name)

    def reference(self, written: str) -> str:
        """The label a reference ``[written]_`` points at."""
        if written == "#":
            if self._next_anonymous < len(self.anonymous):
                self._next_anonymous += 1
                return self.anonymous[self._next_anonymous - 1]
            return "#"
        if written == "*":
            if self._next_symbol < len(self.symbols):
                self._next_symbol += 1
                return self.symbols[self._next_symbol - 1]
            return "*"
        if written.startswith("#"):
            return self.named.get(written.lower(), written)
        if written.isdigit():
            return written
        label = self.citations.get(written.lower())
        if label is None:
            self.missing.setdefault(written.casefold(), written)
            return written
        return label


def _symbol(n: int) -> str:
    """docutils' auto-symbols: ``*``, ``†`` ... ``♣``, then ``**``, ``††`` ..."""
    return _SYMBOLS[n % len(_SYMBOLS)] * (n // len(_SYMBOLS) + 1)


# --------------------------------------------------------------------------
# Pass 2: items -> body, notes and literature
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Resolver:
    """Named and anonymous hyperlink references -> URIs."""

    targets: dict[str, str]
    anonymous: list[str]
    _next: int = 0

    def uri(self, link: Link) -> str | None:
        if link.uri is not None:
            return link.uri
        if link.anonymous and link.name is not None and link.name not in self.targets:
            if self._next < len(self.anonymous):
                self._next += 1
                return self._follow(self.anonymous[self._next - 1])
            return None
        return self._follow(self.targets.get(link.name or "", ""))

    def has_target(self, name: str) -> bool:
        return name in self.targets

    def _follow(self, uri: str) -> str | None:
        seen: set[str] = set()
        while uri.endswith("_") and "://" not in uri and uri not in seen:
            seen.add(uri)
            uri = self.targets.get(normalise_name(uri[:-1].strip("`")), "")
        return uri or None


class _Position:
    """Offsets in a paragraph joined by ``\\n`` -> (source line, column)."""

    def __init__(self, para: _Para) -> None:
        self.para = para
        self.starts: list[int] = []
        offset = 0
        for _, _, text in para.lines:
            self.starts.append(offset)
            offset += len(text) + 1
        self.text = "\n".join(text for _, _, text in para.lines)

    def at(self, offset: int) -> tuple[int, int]:
        k = max(0, bisect_right(self.starts, offset) - 1)
        line, column, _ = self.para.lines[k]
        return line, column + offset - self.starts[k]


def _list_row(lines: Sequence[str], i: int, j: int) -> list[list[tuple[int, int, str]]]:
    """The cells of a list-table's row ``lines[i:j]`` ("* - a", "  - b"), each its lines:
    (line number, column of text, text); a line with no bullet goes on with its cell."""
    cells: list[list[tuple[int, int, str]]] = []
    for n in range(i, j):
        m = _LIST_ROW.match(lines[n]) if n == i else _CELL_MARK.match(lines[n])
        if m is not None or not cells:
            at = m.end() if m is not None else _indent(lines[n])
            cells.append([(n + 1, at + 1, lines[n][at:].strip())])
        else:
            cells[-1].append((n + 1, _indent(lines[n]) + 1, lines[n].strip()))
    return cells


def _body(
    para: _Para,
    builder: BodyBuilder,
    labels: _Labels,
    resolver: _Resolver,
    typed: bool = False,
    sups: SupCiting | None = None,
) -> None:
    pos = _Position(para)
    found = list(events(pos.text))
    shown = ""  # the paragraph's text before the event (its last characters)
    for k, event in enumerate(found):
        line, column = pos.at(event.start)
        if isinstance(event, Text) and event.superscript and sups is not None:
            after = "".join(e.value for e in found[k + 1 : k + 3] if isinstance(e, Text))
            numbers = superscript_labels(shown, event.value, after)
            if numbers and sups.cites(numbers):
                for label in numbers:
                    builder.marker(label, line, column)
                continue
            if numbers:
                sups.unread.append((line, event.value))
        if isinstance(event, Text):
            shown = (shown + event.value)[-80:]
            if not event.verbatim:  # "\n" -> " " keeps every offset
                _text(builder, pos, event.start, event.value.replace("\n", " "), typed)
                continue
            offset = event.start
            for j, part in enumerate(event.value.split("\n")):
                if j:
                    builder.newline(line)
                    line = pos.at(offset)[0]
                _text(builder, pos, offset, part, typed)
                offset += len(part) + 1
        elif isinstance(event, FootnoteRef):
            builder.marker(labels.reference(event.label), line, column)
        elif isinstance(event, Cite):
            for key in event.keys:
                # a :footcite: of a key with an entry cites its footnote, by number; one
                # with none makes no footnote: its key is reported as a :cite: key's is
                number = labels.foot.get(key) if event.foot else None
                if number is None:
                    labels.role_cited.add(key)
                builder.marker(number or key, line, column)
        else:
            cited = labels.link_citation(event, resolver)
            if cited is not None:
                builder.marker(cited, line, column)
                continue
            uri = resolver.uri(event)
            if uri is not None and is_external(uri):
                builder.link(uri, event.text, line, column)


def _text(builder: BodyBuilder, pos: _Position, start: int, value: str, typed: bool) -> None:
    """Text of one line; with ``typed``, numbers in brackets (``[2, с. 5; 6]``) cite the
    numbered reference list (rst has no syntax for them: they are typed as text)."""
    done = 0
    for begin, end, labels in numeric_citations(value) if typed else ():
        builder.text(pos.at(start + done)[0], value[done:begin])
        line, column = pos.at(start + begin)
        for label in labels:
            builder.marker(label, line, column)
        done = end
    builder.text(pos.at(start + done)[0], value[done:])


def _cites_within(para: _Para, labels: _Labels, resolver: _Resolver) -> bool:
    return any(
        isinstance(e, Cite | FootnoteRef)
        or (isinstance(e, Link) and labels.link_citation(e, resolver) is not None)
        for e in events(_Position(para).text)
    )


def _hand_numbered_gaps(
    items: Sequence[object], markers: Sequence[RawMarker], footnotes: Sequence[RawNote]
) -> list[Anomaly]:
    """Gaps in the numbers of a page's footnotes, all numbered by hand (``.. [4]``): a
    number typed by hand may skip (1, 2, 4: note 3 is missing).  Where docutils numbers
    some itself (``[#]``, ``[#name]``, a ``:footcite:``'s note) it gives them the lowest
    numbers left, so nothing is said."""
    notes = [i for i in items if isinstance(i, _Note) and not i.in_list]
    manual = {i.label for i in notes if i.label.isdigit()}
    numbered = {n.label for n in footnotes if n.label.isdigit()}
    if not manual or numbered != manual or any(i.label.startswith("#") for i in notes):
        return []
    return numbering_gaps(
        [m for m in markers if m.label in numbered],
        [n for n in footnotes if n.label in numbered],
    )


def _note_text(para: _Para, resolver: _Resolver) -> tuple[str, tuple[int, ...]]:
    """A note's text (links written ``text <URI>``), one part per source line."""
    pos = _Position(para)
    parts: list[str] = [""]
    starts: list[int] = [para.lines[0][0] if para.lines else 1]
    for event in events(pos.text):
        if isinstance(event, Text):
            if event.verbatim:
                chunks = event.value.split("\n")
                parts[-1] += chunks[0]
                for k, chunk in enumerate(chunks[1:], start=1):
                    offset = event.start + sum(len(c) + 1 for c in chunks[:k])
                    parts.append(chunk)
                    starts.append(pos.at(offset)[0])
            elif event.emphasis:  # an italic title stays marked, as in Markdown notes
                parts[-1] += "*" + " ".join(event.value.split("\n")) + "*"
            else:
                parts[-1] += " ".join(event.value.split("\n"))
        elif isinstance(event, Cite):
            parts[-1] += ", ".join(event.keys)
        elif isinstance(event, Link):
            uri = resolver.uri(event)
            if uri is not None and is_external(uri) and event.text != uri:
                parts[-1] += f" <{uri}>"
    return "\n".join(p.strip() for p in parts), tuple(starts)


def _numbered(items: Sequence[_Para]) -> bool:
    """Is the reference list enumerated (``1.``, ``#.``, ``[1]``), not a bulleted list?"""
    return all(item.enumerated for item in items)


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read a reStructuredText document; ``.bib`` files are found relative to ``path``
    (and ``--bibliography`` files on top: a Sphinx page checked outside its project)."""
    return _read(text, Path(path) if path else None, options.bibliography)


def read(text: str) -> RawDocument:
    return _read(text, None)


def _resolver(scan: _Scan) -> _Resolver:
    """The page's hyperlink targets, embedded ones (```text <URI>`_``) included."""
    for item in scan.items:
        if isinstance(item, _Para | _Note):
            para = item.para if isinstance(item, _Note) else item
            for name, uri in embedded_targets("\n".join(t for _, _, t in para.lines)):
                scan.targets.setdefault(name, uri)
    return _Resolver(scan.targets, scan.anonymous)


def _read(text: str, path: Path | None, extra: tuple[str, ...] = ()) -> RawDocument:
    base = path.parent if path is not None else None
    lines = editor_lines(text.expandtabs(8))
    scan = _Pass1(lines).run()
    resolver = _resolver(scan)
    notes = [item for item in scan.items if isinstance(item, _Note)]
    bibs: _Bibs | None = None
    footcited = _footcited(scan.items)
    if any(keys for _, keys in footcited):
        bibs = _load_bibs(_bib_paths(scan, base, extra))
    labels = _Labels.of(_slots(footcited, bibs, scan.key_prefixes))
    builder = BodyBuilder()
    footnotes: list[RawNote] = []
    literature: list[RawNote] = []
    note_index = 0
    citation_targets: list[tuple[str, int, bool]] = []  # (label, line, also an entry)
    # A numbered reference list and no footnotes: "[1]", "[2, с. 5]" typed in the text
    # cite it by number (Russian GOST papers, IEEE-style reports written in rst).
    listed = [i for i in scan.items if isinstance(i, _Para) and i.literature]
    # Citations under a References title are the literature list only beside a note
    # apparatus of their own (footnotes defined outside that list, which may cite works the
    # list holds); where the text cites them directly (a PEP's ``[c-api]_``), they are the
    # notes, read once.
    apparatus = any(
        isinstance(i, _Note) and not i.in_list and not _is_citation_label(i.label)
        for i in scan.items
    )
    typed = bool(listed) and not notes and _numbered(listed)
    # ... and so do superscripts (AMA, Vancouver, Nature: "adults.\ :sup:`1,12`"); beside
    # footnotes or a list without numbers, numbers in superscript are reported, not read
    sups = SupCiting(len(listed) if typed else 0)
    # NumPy's docstring sections and IEEE-style pages: "References" holding ".. [1] A.
    # Author, "Title", …" cited ``[1]_``, no footnotes elsewhere: the numbered notes there
    # are the page's reference list too (each cited one its note, as for an HTML page's
    # numbered list cited by number)
    # (an annotated list of citations or notes: each entry's comment paragraphs under it)
    comments = annotated_list(
        [n.para.lines for n in notes if _is_citation_label(n.label) or n.in_list]
    )

    # (numbered by hand, ".. [1]": auto-numbered "[#]" notes there are a PEP's remarks
    # too, unless each is an entry with its comment under it: an annotated list)
    def list_number(label: str) -> bool:
        return label.isdigit() or (comments and label.startswith("#"))

    numbered_list = not apparatus and any(
        isinstance(i, _Note) and i.in_list and list_number(i.label) for i in scan.items
    )
    judged: set[str] = set()
    for item in scan.items:
        if item is None:
            builder.blank()
        elif isinstance(item, _Heading):
            builder.heading(item.line, item.text)
        elif isinstance(item, _Note):
            label = labels.by_definition[note_index]
            note_index += 1
            citation = _is_citation_label(item.label)
            # (an entry of a list, annotated: its comment paragraphs are none of its text)
            an_entry = citation or item.in_list
            listed_para = _Para(entry_lines(item.para.lines, comments)) if an_entry else None
            body, starts = _note_text(listed_para or item.para, resolver)
            if item.para.lines:
                first, last = item.para.lines[0][0], item.para.lines[-1][0]
            else:
                first = last = 1
            remark = None if citation else _remark(item.para, resolver, body, labels)
            footnotes.append(RawNote(label, body, first, last, starts, reference=remark))
            # (beside a note apparatus a citation is a work of the literature wherever it is
            # defined: under a References title, under a title in any language, or at the
            # end of the document with no title at all)
            entry = citation and apparatus
            if citation:
                citation_targets.append((label, first, entry))
            if entry:  # a bibliography written as citations: its entries too
                literature.append(RawNote(str(len(literature) + 1), body, first, last, starts))
            elif item.in_list and (
                (numbered_list and list_number(item.label)) or (citation and not apparatus)
            ):
                # (a Sphinx page's References section of ``.. [RFC3339]`` citations cited
                # ``[RFC3339]_``: its printed reference list, each cited one its note too)
                literature.append(RawNote(label, body, first, last, starts))
                if citation:
                    # (whether it is cited is judged here, with the Sphinx project's other
                    # pages and documented modules: see _drop_uncited_citations)
                    judged.add(label)
            # "see [Elgin1993]_": a citation of its own
            if _cites_within(item.para, labels, resolver):
                builder.blank()
                _body(item.para, builder, labels, resolver)
                builder.blank()
        elif item.literature:
            body, starts = _note_text(item, resolver)
            label = item.number or str(len(literature) + 1)
            literature.append(RawNote(label, body, starts[0], item.lines[-1][0], starts))
        elif item.cells is not None:
            builder.row(item.lines[0][0])
            for cell in item.cells:
                if cell:
                    builder.cell(cell[0][0])
                    _body(_Para(cell), builder, labels, resolver, typed, sups)
            builder.blank()
        else:
            _body(item, builder, labels, resolver, typed, sups)
            builder.blank()
    blocks, markers = builder.finish()
    anomalies = list(scan.anomalies)
    if not numbered_list:
        anomalies.extend(_hand_numbered_gaps(scan.items, markers, footnotes))
    unread = sups.anomaly() if listed or notes else None
    if unread is not None:
        anomalies.append(unread)
    project = _project(path, labels.missing, markers) if path is not None else None
    elsewhere = _cited_elsewhere(path, project, citation_targets, markers)
    footnotes, uncited = _drop_uncited_citations(footnotes, citation_targets, markers, elsewhere)
    # (a citation under a further-reading title is listed on purpose: never uncited)
    heads = source_heads(NAME, lines) if uncited else []
    anomalies.extend(
        a for a in uncited if a.line is None or not under_reading_heading(a.line, heads)
    )
    anomalies.extend(elsewhere.anomalies)
    if typed:
        footnotes.extend(cited_entry_notes(markers, literature, at_citation=True))
    shared: frozenset[str] = frozenset()
    if project is not None:
        markers = _canonical(markers, project.found)
        footnotes.extend(_cited_targets(markers, project.found))
        anomalies.extend(project.anomalies)
        for _, targets in project.pages:
            literature.extend(targets)
        shared = frozenset(
            t.label
            for _, targets in project.pages
            for t in targets
            if t.label.casefold() in project.cited or not project.complete
        )
    anomalies.extend(_untargeted(labels.missing, markers, project))
    cited = {m.label for m in markers}
    foot = {number: key for key, number in labels.foot.items()}
    bib_notes, bib_anomalies, bib_files = _bib_notes(
        scan,
        base,
        extra,
        cited,
        {n.label for n in footnotes},
        markers,
        labels.role_cited,
        foot,
        bibs,
    )
    if project is not None:
        bib_files = [
            *(BibliographyFile(name, len(targets), "") for name, targets in project.pages),
            *bib_files,
        ]
    # (a :footcite: entry is printed as a footnote by ``.. footbibliography::``, not in
    # the bibliography: its note is the footnote, as a LaTeX \footcite's)
    printed = _printed_order([n for n in bib_notes if n.label not in foot], markers, scan, base)
    from_bib = bool(printed) and not literature
    if from_bib:
        # (sphinxcontrib-bibtex prints the cited entries as the page's bibliography: the
        # literature list is the cited entries, as for the other readers citing by key;
        # the page's own footnotes may cite other works.  Each entry's own anomalies are
        # the list's; its note, at the citation, has none.)
        literature = printed
        bib_notes = [
            replace(n, reference=replace(n.reference, anomalies=()))
            if n.reference and n.label not in foot
            else n
            for n in bib_notes
        ]
    # each note is the citation, at the key's first citation in the page (the entry keeps
    # its lines in the .bib, which it names)
    footnotes.extend(at_first_citation(bib_notes, markers))
    anomalies.extend(bib_anomalies)
    if scan.directives and not (markers or footnotes or literature):
        # a bibliography page: the directive alone prints the project's entries
        literature, page_anomalies, bib_files = _bibliography_page(
            scan.directives[0], scan, base, extra
        )
        anomalies.extend(page_anomalies)
    return RawDocument(
        reader=NAME,
        title=header_title(lines) or scan.title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        markers_reusable=True,
        # a bibliography written as citations is cited by key; the footnotes may cite
        # other works (as a LaTeX thebibliography beside \footnote texts)
        literature_partial=from_bib
        or bool(project and project.pages)
        or (apparatus and bool(citation_targets)),
        literature_cited_elsewhere=shared | judged,
        # docutils citations (``.. [Lee2021]``) are the list of works: a page of them only
        # (a Sphinx project's bibliography page) has its list
        notes_are_the_list=bool(citation_targets)
        and all(_is_citation_label(n.label) for n in footnotes),
        link_markers=tuple(builder.links.markers),
        link_notes=tuple(builder.links.notes),
        bibliographies=tuple(bib_files),
    )


def _printed_order(
    notes: Sequence[RawNote], markers: Sequence[RawMarker], scan: _Scan, base: Path | None
) -> list[RawNote]:
    """The ``.bib`` entries ``.. bibliography::`` prints, in its style's order: the
    directive's ``:style:``, else conf.py's ``bibtex_default_style``, else ``alpha``
    (sphinxcontrib-bibtex's default); ``unsrt`` keeps the order of first citation."""
    by_label = {n.label: n for n in notes}
    cited = [m.label for m in sorted(markers, key=lambda m: (m.line, m.column))]
    keys = list(dict.fromkeys(k for k in cited if k in by_label))
    keys += [k for k in by_label if k not in keys]
    style = scan.styles[0] if scan.styles else _conf_style(base)
    sort = pybtex_sort(style) or CITED
    return [by_label[k] for k in ordered(keys, by_label, sort)]


def _conf_style(base: Path | None) -> str:
    """conf.py's ``bibtex_default_style`` (``alpha`` when unset or no conf.py is found)."""
    conf = find_conf(base.resolve()) if base is not None else None
    return (conf_string(conf, "bibtex_default_style") if conf is not None else None) or "alpha"


def _footcited(items: Sequence[_Item]) -> list[tuple[_Note | None, list[str]]]:
    """Each note (or ``None`` for a paragraph) with the keys ``:footcite:`` cites in it, in
    document order: docutils numbers a note when it meets its definition, before its text."""
    found: list[tuple[_Note | None, list[str]]] = []
    for item in items:
        if isinstance(item, _Para | _Note):
            para = item.para if isinstance(item, _Note) else item
            keys: list[str] = []
            if any(":foot" in text for _, _, text in para.lines):
                for event in events(_Position(para).text):
                    if isinstance(event, Cite) and event.foot:
                        keys.extend(event.keys)
            if isinstance(item, _Note) or keys:
                found.append((item if isinstance(item, _Note) else None, keys))
    return found


def _slots(
    footcited: Sequence[tuple[_Note | None, list[str]]],
    bibs: _Bibs | None,
    prefixes: Sequence[str],
) -> list[_Note | str]:
    """The notes and the ``:footcite:`` keys with an entry, in document order (a key with
    none makes no footnote: sphinxcontrib-bibtex only warns)."""
    slots: list[_Note | str] = []
    for note, keys in footcited:
        if note is not None:
            slots.append(note)
        if bibs is not None:
            slots.extend(k for k in keys if bibs.has_entry(k, prefixes))
    return slots


@dataclass(frozen=True, slots=True)
class _Elsewhere:
    """The citation labels (case-folded) the other pages of the page's Sphinx project and
    the Python modules it documents cite; ``labels`` None when they could not all be
    read (then no target is known uncited)."""

    labels: frozenset[str] | None = frozenset()
    anomalies: tuple[Anomaly, ...] = ()
    in_project: bool = False  # the page is in a Sphinx project (a conf.py was found)


def _cited_elsewhere(
    path: Path | None,
    project: ProjectTargets | None,
    targets: Sequence[tuple[str, int, bool]],
    markers: Sequence[RawMarker],
) -> _Elsewhere:
    """What the rest of the page's Sphinx project cites, looked up only when the page
    defines citations it does not cite itself (a shared bibliography page read alone):
    docutils citations are global to a project."""
    cited = {m.label for m in markers}
    if path is None or all(label in cited for label, _, _ in targets):
        return _Elsewhere()
    own = project is not None
    if project is None:
        try:
            project = project_targets(path, {}, _page)
        except OSError:
            project = None
    if project is None:
        return _Elsewhere()
    return _Elsewhere(
        project.cited if project.complete else None,
        () if own else tuple(project.anomalies),
        in_project=True,
    )


def _drop_uncited_citations(
    footnotes: list[RawNote],
    targets: Sequence[tuple[str, int, bool]],
    markers: Sequence[RawMarker],
    elsewhere: _Elsewhere | None = None,
) -> tuple[list[RawNote], list[Anomaly]]:
    """A docutils citation (``.. [Lee2021] …``, its label no number, ``#`` nor ``*``) is a
    work of the literature, not a footnote: one the text never cites (``[Lee2021]_``) is an
    uncited literature entry, not a footnote without its marker.  Its note is dropped; an
    entry of the literature list already (a bibliography beside a note apparatus) is found
    uncited there, any other is reported here -- unless another page or a documented
    module of the Sphinx project cites it (``elsewhere``, case-folded labels; None: the
    project could not all be read, so none is known uncited)."""
    cited = {m.label for m in markers}
    unused = {(label, line): entry for label, line, entry in targets if label not in cited}
    if not unused:
        return footnotes, []
    kept = [n for n in footnotes if (n.label, n.line) not in unused]
    rest = elsewhere or _Elsewhere()
    others = rest.labels
    if others is None:
        return kept, []
    found = [
        Anomaly(
            AnomalyCode.LITERATURE_UNCITED,
            f"citation [{label}] is defined but the text never cites it ([{label}]_)"
            + (", nor does its Sphinx project" if rest.in_project else ""),
            line,
        )
        for (label, line), entry in unused.items()
        if not entry and label.casefold() not in others
    ]
    return kept, found


def _remark(para: _Para, resolver: _Resolver, body: str, labels: _Labels) -> Reference | None:
    """A footnote citing works by citation (``… for the proof see [Box1970]_, §3.1``):
    each citation is one of its own, so the note is commentary around them, unless its
    words before the first citation name a work of their own (authors or a year)."""
    pos = _Position(para)
    start = next(
        (
            e.start
            for e in events(pos.text)
            if isinstance(e, Cite)
            or (isinstance(e, FootnoteRef) and _is_citation_label(e.label))
            or (isinstance(e, Link) and labels.link_citation(e, resolver) is not None)
        ),
        None,
    )
    if start is None or not para.lines:
        return None
    lead = _Para(
        [
            (line, column, text[: start - offset])
            for (line, column, text), offset in zip(para.lines, pos.starts, strict=True)
            if offset < start
        ]
    )
    words, starts = _note_text(lead, resolver) if lead.lines else ("", ())
    if words.strip():
        parsed = parse_reference(words, starts, detect_styles=True, note=True)
        if parsed.kind is not RefKind.COMMENTARY and (parsed.authors or parsed.year):
            return None
    first, last = para.lines[0][0], para.lines[-1][0]
    return Reference(raw=body, line=first, end_line=last, kind=RefKind.COMMENTARY)


# --------------------------------------------------------------------------
# Sphinx: citation targets on other pages of the project
# --------------------------------------------------------------------------


def _page(text: str) -> Page:
    """A project page's citation targets and the citation labels it cites."""
    scan = _Pass1(editor_lines(text.expandtabs(8))).run()
    resolver = _resolver(scan)
    targets: list[RawNote] = []
    cited: set[str] = set()
    for item in scan.items:
        if isinstance(item, _Note):
            para = item.para
            if _is_citation_label(item.label) and para.lines:
                body, starts = _note_text(para, resolver)
                first, last = para.lines[0][0], para.lines[-1][0]
                targets.append(RawNote(item.label, body, first, last, starts))
        elif isinstance(item, _Para):
            para = item
        else:
            continue
        for event in events(_Position(para).text):
            if isinstance(event, FootnoteRef) and _is_citation_label(event.label):
                cited.add(event.label.casefold())
    return Page(tuple(targets), frozenset(cited))


def _project(
    path: Path, missing: dict[str, str], markers: Sequence[RawMarker]
) -> ProjectTargets | None:
    """The targets of the citation labels the page cites and does not define, looked up
    in the other pages of its Sphinx project (None: no such label, or no project)."""
    if not missing:
        return None
    first: dict[str, tuple[str, int]] = {}
    for marker in markers:
        key = marker.label.casefold()
        if key in missing:
            first.setdefault(key, (marker.label, marker.line))
    return project_targets(path, first, _page) if first else None


def _canonical(markers: list[RawMarker], found: dict[str, RawNote]) -> list[RawMarker]:
    """Markers of labels found on other pages, labelled as their target is (docutils
    matches citation labels whatever their case)."""
    return [
        replace(m, label=found[m.label.casefold()].label)
        if m.label.casefold() in found and m.label != found[m.label.casefold()].label
        else m
        for m in markers
    ]


def _cited_targets(markers: Sequence[RawMarker], found: dict[str, RawNote]) -> list[RawNote]:
    """The targets found on other pages, as notes, in the order first cited."""
    notes: dict[str, RawNote] = {}
    for marker in markers:
        key = marker.label.casefold()
        if key in found:
            notes.setdefault(key, found[key])
    return list(notes.values())


# --------------------------------------------------------------------------
# Sphinx: .bib files for :cite:
# --------------------------------------------------------------------------


# path, name as written, line naming it, where, the file as the page's folder names it
_BibPath = tuple[Path, str, int | None, str, str]


def _bib_paths(scan: _Scan, base: Path | None, extra: tuple[str, ...]) -> list[_BibPath]:
    given: list[_BibPath] = [(Path(n), n, None, "--bibliography", n) for n in extra]
    if base is None:
        return given
    named = [(base / name, name, line, f"line {line}", name) for name, line in scan.bib_names]
    if named:
        return [*named, *given]
    return [*_conf_bibfiles(base), *given]


def _conf_bibfiles(base: Path) -> list[_BibPath]:
    """The ``bibtex_bibfiles`` of the Sphinx ``conf.py`` beside the page or above it (set
    there or in a file it runs)."""
    folder = base.resolve()
    for candidate in [folder, *list(folder.parents)[:3]]:
        conf = candidate / "conf.py"
        found = conf_setting(conf, "bibtex_bibfiles") if conf.is_file() else None
        if found is not None:
            where = os.path.relpath(found.where, folder)  # "conf.py", "../conf/20-ext.py"
            return [
                (candidate / n, n, None, where, os.path.relpath(candidate / n, folder))
                for n in found.values
            ]
    return []


def _lone_bib_hint(base: Path | None) -> str:
    """When no .bib is named but the Sphinx source folder (conf.py's) holds exactly one:
    a sentence offering it."""
    if base is None:
        return ""
    conf = find_conf(base.resolve())
    bib = lone_bib(conf) if conf is not None else None
    if bib is None:
        return ""
    name = os.path.relpath(bib, base.resolve())
    return (
        f"; {name} is the one .bib file next to conf.py (Sphinx's source folder), but"
        f" nothing bibcheck reads names it: pass --bibliography {name} if it is this"
        " project's bibliography"
    )


def _bib_notes(
    scan: _Scan,
    base: Path | None,
    extra: tuple[str, ...],
    cited: set[str],
    defined: set[str],
    markers: Sequence[RawMarker],
    roles: set[str],
    foot: dict[str, str],
    loaded: _Bibs | None,
) -> tuple[list[RawNote], list[Anomaly], list[BibliographyFile]]:
    """Notes for the cited keys found in the ``.bib`` files (each entry once), and the files
    read (``loaded`` when already read).  Keys cited with a Sphinx role when no ``.bib`` is
    named anywhere get one anomaly that says how to name one (beside the per-marker ones).
    ``foot`` maps the number of a ``:footcite:`` footnote to the key it cites."""
    wanted = cited - defined
    if not wanted:
        return [], [], []
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    files: list[BibliographyFile] = []
    seen: set[str] = set()
    paths = _bib_paths(scan, base, extra)
    # (only keys cited with a role: a docutils citation ``[Label]_`` needs a target, no .bib)
    keyed = [m for m in markers if m.label in wanted and m.label in roles]
    if not paths and keyed:
        anomalies.append(
            Anomaly(
                AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                f"{len({m.label for m in keyed})} citation keys are cited but no .bib file is"
                " named (`.. bibliography:: refs.bib`, a `:bibliography: refs` field,"
                " bibtex_bibfiles in conf.py, or --bibliography FILE): none of these"
                f" citations could be checked{_lone_bib_hint(base)}",
                keyed[0].line,
            )
        )
    bibs = loaded if loaded is not None else _load_bibs(paths)
    anomalies.extend(bibs.unreadable)
    for (name, line, where, shown, _), (records, errors) in zip(
        bibs.read, bibs.parsed, strict=True
    ):
        files.append(BibliographyFile(name, len(records), where))
        keys = {record.key for record in records}
        labels: dict[str, list[str]] = {}  # .bib key -> the cited keys naming it
        for label in sorted(wanted - seen, key=lambda k: (len(k), k)):
            written = foot.get(label, label)  # a footcite's number: its key
            key = _bib_key(written, keys, scan.key_prefixes)
            if key is None:  # in another letter case: pybtex finds it all the same
                key = _case_key(written, keys, scan.key_prefixes)
                if key is not None:
                    anomalies.append(_key_case(written, key, name, markers, label))
            if key is not None:
                labels.setdefault(key, []).append(label)
        found = [classify(error, name, error.line, line) for error in errors]
        anomalies.extend(a for a in found if isinstance(a, Anomaly))
        defects = [d for d in found if isinstance(d, EntryDefect)]
        anomalies.extend(settle(defects, set(labels)))
        for record in records:
            for label in labels.pop(record.key, []):
                seen.add(label)
                starts = tuple(range(record.line, record.end_line + 1))
                notes.append(
                    RawNote(
                        label,
                        record.raw,
                        record.line,
                        record.end_line,
                        starts,
                        reference=to_reference(record),
                        file=shown,
                        key=True,  # a :cite: key, whatever its characters
                    )
                )
    anomalies.extend(_missing_keys(keyed, seen, files))
    return notes, anomalies, files


def _bibliography_page(
    found: BibDirective, scan: _Scan, base: Path | None, extra: tuple[str, ...]
) -> tuple[list[RawNote], list[Anomaly], list[BibliographyFile]]:
    """The entries a page holding only ``.. bibliography::`` prints (every entry of the
    ``.bib`` files it or the project's ``conf.py`` names: :mod:`bibcheck.readers.sphinxbibpage`),
    the anomalies of those files, and the files read; when none can be read, an
    ``unread-region`` anomaly saying what is missing."""
    paths = _bib_paths(scan, base, extra)
    if not paths:
        return [], [unread(found, _no_bibfiles(base))], []
    bibs = _load_bibs(paths)
    if not bibs.read:
        said = "; ".join(a.message for a in bibs.unreadable)
        return [], [unread(found, said)], []
    anomalies: list[Anomaly] = list(bibs.unreadable)
    files: list[BibliographyFile] = []
    shown: list[tuple[str, list[BibRecord]]] = []
    for (name, line, where, as_shown, _), (records, errors) in zip(
        bibs.read, bibs.parsed, strict=True
    ):
        files.append(BibliographyFile(name, len(records), where))
        shown.append((as_shown, records))
        defects = [classify(error, name, error.line, line) for error in errors]
        anomalies.extend(a for a in defects if isinstance(a, Anomaly))
        keys = {record.key for record in records}
        anomalies.extend(settle([d for d in defects if isinstance(d, EntryDefect)], keys))
    literature = page_entries(shown)
    wide = project_wide(found, len(literature), [f.name for f in files])
    return literature, [*anomalies, *([wide] if wide is not None else [])], files


def _no_bibfiles(base: Path | None) -> str:
    """What is missing when no ``.bib`` file is named for a bibliography page."""
    conf = find_conf(base.resolve()) if base is not None else None
    if conf is None:
        return (
            "no conf.py was found in the page's folder or above it (its bibtex_bibfiles name "
            "the .bib files); pass --bibliography FILE"
        )
    where = os.path.relpath(conf, base.resolve()) if base is not None else str(conf)
    return (
        f"{where} sets no bibtex_bibfiles (sphinxcontrib-bibtex 2.0 and later reads the .bib "
        "files from it; earlier versions took them as the directive's arguments)"
        + (_lone_bib_hint(base) or "; pass --bibliography FILE")
    )


@dataclass(frozen=True, slots=True)
class _Bibs:
    """The ``.bib`` files read: (name, line naming it, where, file shown, text), their records and
    problems, and an anomaly per file that cannot be read."""

    read: list[tuple[str, int | None, str, str, str]]
    parsed: list[tuple[list[BibRecord], list[BibError]]]
    unreadable: list[Anomaly]
    keys: list[set[str]]  # the keys of each file

    def has_entry(self, cited: str, prefixes: Sequence[str]) -> bool:
        """Whether a cited key names an entry (pybtex matches keys whatever their case)."""
        return any(
            (_bib_key(cited, keys, prefixes) or _case_key(cited, keys, prefixes)) is not None
            for keys in self.keys
        )


def _load_bibs(paths: Sequence[_BibPath]) -> _Bibs:
    read: list[tuple[str, int | None, str, str, str]] = []
    unreadable: list[Anomaly] = []
    for path, name, line, where, shown in paths:
        try:
            data = read_regular_file(path, 50_000_000)
        except InputError as exc:
            unreadable.append(
                Anomaly(
                    AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                    f"bibliography {name} cannot be read ({str(exc).removeprefix(f'{path}: ')})",
                    line,
                )
            )
            continue
        read.append((name, line, where, shown, data.decode("utf-8", "replace")))
    # the files of one project are one database, as Sphinx reads bibtex_bibfiles: an
    # @string of an earlier file applies in a later one, a crossref parent may stand in any
    parsed = read_bibs([text for _, _, _, _, text in read])
    keys = [{record.key for record in records} for records, _ in parsed]
    return _Bibs(read, parsed, unreadable, keys)


def _untargeted(
    missing: dict[str, str], markers: Sequence[RawMarker], project: ProjectTargets | None
) -> list[Anomaly]:
    """One ``citation-key-missing`` per citation label (``[Lee2021]_``) with no target on
    the page nor on the project's pages (all of them read), at its first citation: a work
    missing from the literature, not a footnote marker without its definition."""
    if project is not None and not project.complete:
        return []
    found = project.found if project is not None else {}
    lines: dict[str, list[int]] = {}
    for marker in markers:
        key = marker.label.casefold()
        if key in missing and key not in found:
            lines.setdefault(marker.label, []).append(marker.line)
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"citation [{label}]_ has no target (.. [{label}]) on the page"
            + (" nor in its Sphinx project" if project is not None else "")
            + ": the work is missing from the literature",
            at[0],
            footnote=label,
            lines=tuple(sorted(set(at))),
        )
        for label, at in lines.items()
    ]


def _missing_keys(
    keyed: Sequence[RawMarker], seen: set[str], files: Sequence[BibliographyFile]
) -> list[Anomaly]:
    """One ``citation-key-missing`` per key cited with a role that no .bib read holds, at its
    first citation (with every line citing it): a work missing from the literature, not a
    footnote marker without its definition (a ``:cite:`` key names no footnote)."""
    lines: dict[str, list[int]] = {}
    for marker in keyed:
        if marker.label not in seen:
            lines.setdefault(marker.label, []).append(marker.line)
    names = ", ".join(f.name for f in files)
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"citation key {label!r} has no entry in {names}"
            if files
            else f"citation key {label!r} cannot be resolved: no .bib file could be read",
            at[0],
            footnote=label,
            lines=tuple(sorted(set(at))),
        )
        for label, at in lines.items()
    ]


def _case_key(cited: str, records: set[str], prefixes: Sequence[str]) -> str | None:
    """The .bib key a cited key names in another letter case (``berg2023a`` for
    ``Berg2023a``), when exactly one does."""
    folded: dict[str, list[str]] = {}
    for key in records:
        folded.setdefault(key.casefold(), []).append(key)
    for prefix in ["", *sorted(prefixes, key=len, reverse=True)]:
        if cited.startswith(prefix):
            found = folded.get(cited[len(prefix) :].casefold(), [])
            if len(found) == 1:
                return found[0]
    return None


def _key_case(cited: str, key: str, name: str, markers: Sequence[RawMarker], label: str) -> Anomaly:
    line = next((m.line for m in markers if m.label == label), None)
    return Anomaly(
        AnomalyCode.CITATION_KEY_CASE,
        f"key {cited!r} cited at line {line} differs in case from the entry {key!r} of "
        f"{name}: sphinxcontrib-bibtex (pybtex) matches keys whatever their case, so the "
        "citation is linked to that entry",
        line,
        footnote=cited,
    )


READER = register(
    Reader(
        NAME,
        (".rst", ".rest"),
        score,
        read,
        read_opts=read_opts,
        detect_styles=True,
        score_at=score_at,
    )
)
