"""Bibliographies written in the manuscript itself.

* ``thebibliography`` environments (any number: one per chapter with chapterbib),
  ``\\bibitem[label]{key}`` items (a natbib label may hold brackets in braces);
* hand-written lists: a References / Bibliography / Список литературы / Литература
  heading (``\\section*{...}``, ``\\chapter``, or a line that is only the word in
  bold or centred) followed by an ``enumerate``/``itemize``/``description`` list, or
  by paragraphs (one entry per paragraph or ``\\\\`` line, numbered ``1.``, ``[1]``
  or not).  Such a list is numbered (``\\item[3.]`` keeps its number); the body
  cites it with ``[1]``, ``[2, 5]``, ``[1, с. 25]`` or ``[\\ref{label}]``.

A literature heading followed by nothing that reads as a list (and by no
``\\bibliography``, ``\\printbibliography`` or ``thebibliography``) is an
``unread-region`` anomaly: something that looks like citations was not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.references.doilabel import malformed_dois
from bibcheck.readers.common import LITERATURE_HEADINGS, LITERATURE_WORDS
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.latex.bibitem import Marks
from bibcheck.readers.latex.names import csl_key
from bibcheck.readers.latex.scan import bracket_end, nested_bracket_end
from bibcheck.readers.latex.source import Source

ToText = Callable[[int, int], str]

# (mciteplus styles, achemso's and rsc's among them, write ``mcitethebibliography``)
_THEBIB = lazy_compile(r"\\begin\s*\{((?:mcite)?thebibliography|CSLReferences)\}")
_THEBIB_END = lazy_compile(r"\\end\s*\{(?:mcite)?thebibliography\}")
_CSL_END = lazy_compile(r"\\end\s*\{CSLReferences\}")
# where an entry of a CSLReferences list opens (Pandoc 3; Pandoc 2; Pandoc 2.11 and older)
_TARGET = r"\\hypertarget\s*\{(?P<key%d>ref-[^{}\s]+)\}\s*\{\s*\}"
_CSL_ITEM = lazy_compile(
    r"\\bibitem\s*(?:\[[^\]\n]{0,80}\])?\s*\{(?P<key1>[^{}\s]+)\}"
    r"|(?:\\leavevmode\s*)?(?:\\vadjust\s*pre\s*\{\s*" + _TARGET % 2 + r"\s*\}|" + _TARGET % 3 + ")"
)
_BIBITEM = lazy_compile(r"\\bibitem(?![A-Za-z@])")
_KEY = lazy_compile(r"\s*\{([^{}]*)\}")
_LEVELS = {"part": -1, "chapter": 0, "addchap": 0, "section": 1, "addsec": 1,
           "subsection": 2, "subsubsection": 3, "paragraph": 4, "subparagraph": 5}  # fmt: skip
_HEADING = lazy_compile(
    r"\\(part|chapter|addchap|section|addsec|subsection|subsubsection|paragraph|subparagraph)"
    r"(?![A-Za-z@])\*?"
)
# Where a literature heading may stand: any phrase of the shared vocabulary (each hit's
# whole line is then checked against it).
_HEADING_WORD = lazy_compile(
    "|".join(
        re.escape(h).replace(r"\ ", r"\s+")
        for h in sorted(LITERATURE_WORDS | LITERATURE_HEADINGS, key=lambda h: (-len(h), h))
    ),
    re.IGNORECASE,
)
_BIBLIOGRAPHY_HERE = lazy_compile(
    r"\\(?:bibliography|printbibliography|bibitem|addbibresource)(?![A-Za-z@])"
    r"|\\begin\s*\{(?:(?:mcite)?thebibliography|CSLReferences)\}"
)
_LIST_BEGIN = lazy_compile(
    r"\\begin\s*\{(enumerate\*?|itemize\*?|description|compactenum|compactitem|inparaenum|"
    r"asparaenum)\}"
)
_ITEM = lazy_compile(r"\\item(?![A-Za-z@])")
_APPENDIX = lazy_compile(r"\\appendix(?![A-Za-z@])")
_SEPARATOR = lazy_compile(
    r"\n[ \t]*\n|\\par(?![A-Za-z@])|\\\\\*?(?:\s*\[[^\]\n]*\])?|\\newline(?![A-Za-z@])"
    r"|\\(?:big|med|small)skip(?![A-Za-z@])"
)
# A paragraph that is only a sectioning command (with a label or a contents line).
_ONLY_HEADING = lazy_compile(
    r"\s*\\(?:part|chapter|addchap|section|addsec|subsection|subsubsection|paragraph"
    r"|subparagraph)\*?\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
    r"(?:\s*\\(?:label|addcontentsline)\s*(?:\{[^{}]*\}){1,3})*\s*"
)
_NUMBER = lazy_compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])\s+")
_LABEL = lazy_compile(r"\\label\s*\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a bibliography written in the manuscript."""

    label: str  # the \bibitem key, or the number
    text: str
    line: int
    end_line: int
    anchors: tuple[str, ...] = ()  # \label{...} names inside it
    marks: Marks = Marks()  # what its LaTeX markup says about its fields
    at: int = -1  # where it stands in the source text (a \bibitem: for its chapter's scope)
    generated: bool = False  # of a list citeproc made of what is cited (CSLReferences)


@dataclass(slots=True)
class Lists:
    bibitems: list[Item] = field(default_factory=list)
    numbered: list[Item] = field(default_factory=list)
    regions: list[tuple[int, int]] = field(default_factory=list)  # spans not read as body
    anomalies: list[Anomaly] = field(default_factory=list)


def find_lists(src: Source, start: int, stop: int, to_text: ToText) -> Lists:
    """The bibliographies written between ``start`` and ``stop``."""
    found = Lists()
    _thebibliographies(src, start, stop, to_text, found)
    _hand_written(src, start, stop, to_text, found)
    found.regions.sort()
    found.anomalies.extend(_malformed_dois(src, found.regions))
    return found


def _malformed_dois(src: Source, regions: list[tuple[int, int]]) -> list[Anomaly]:
    """``DOI: 10.1021ed039p333`` in a written bibliography: a labelled DOI that is no DOI
    (the parser finds no DOI there, so without this it would pass unreported)."""
    found: list[Anomaly] = []
    for region_start, region_end in regions:
        for doi in malformed_dois(src.text[region_start:region_end]):  # (comments blanked)
            found.append(
                Anomaly(
                    AnomalyCode.DOI_INVALID,
                    f"DOI {doi.written!r} is malformed: {doi.problem}",
                    src.line(region_start + doi.start),
                )
            )
    return found


def _thebibliographies(src: Source, start: int, stop: int, to_text: ToText, found: Lists) -> None:
    text = src.text
    pos = start
    while True:
        begin = _THEBIB.search(text, pos, stop)
        if begin is None:
            return
        kind = begin.group(1)
        finish = _end_of(kind).search(text, begin.end(), stop)
        end = finish.start() if finish else stop
        if kind == "CSLReferences":
            read = len(found.bibitems)
            _csl_items(src, begin.end(), end, to_text, found)
            if len(found.bibitems) == read and to_text(begin.end(), end).strip(" \n{}01"):
                line = src.line(begin.start())
                found.anomalies.append(
                    Anomaly(
                        AnomalyCode.UNREAD_REGION,
                        f"the CSLReferences list at line {line}{_where(src, begin.start())} was "
                        "not read: none of its entries opens as citeproc writes them",
                        line,
                    )
                )
        else:
            _bibitems(src, begin.end(), end, to_text, found)
        found.regions.append((begin.start(), finish.end() if finish else stop))
        pos = finish.end() if finish else stop


def _end_of(kind: str) -> Regex:
    return _CSL_END if kind == "CSLReferences" else _THEBIB_END


def _bibitems(src: Source, begin: int, end: int, to_text: ToText, found: Lists) -> None:
    text = src.text
    items = [m for m in _BIBITEM.finditer(text, begin, end)]
    for k, m in enumerate(items):
        after = m.end()
        label = ""
        option = re.compile(r"\s*\[").match(text, after, end)
        if option is not None:
            close = bracket_end(text, option.end() - 1, end)
            nested = nested_bracket_end(text, option.end() - 1, end)
            if nested is not None:  # [Fei(1992 [1947])]: the label the writer meant
                close = nested
                found.anomalies.append(_nested_label(src, m.start(), option.end() - 1, close))
            if close is not None:
                label = " ".join(to_text(option.end(), close - 1).split())
                after = close
        key = _KEY.match(text, after, end)
        if key is None:
            continue
        item_end = items[k + 1].start() if k + 1 < len(items) else end
        entry = " ".join(to_text(key.end(), item_end).split())
        line = src.line(m.start())
        last = src.line(max(key.end(), item_end - 1))
        marks = replace(_marks(src, key.end(), item_end, to_text), label=label)
        found.bibitems.append(
            Item(key.group(1).strip(), entry, line, max(line, last), (), marks, m.start())
        )


def _nested_label(src: Source, at: int, start: int, close: int) -> Anomaly:
    """A ``\\bibitem[...]`` label holding ``[...]`` outside braces: LaTeX ends the label
    at the first ``]``, so the key is not the one written (``{[1947]}`` is safe)."""
    line = src.line(at)
    label = " ".join(src.text[start:close].split())
    return Anomaly(
        AnomalyCode.DOCUMENT_DAMAGED,
        f"\\bibitem{label[:80]} at line {line}{_where(src, at)}: LaTeX ends the label at "
        "its first ']', so this entry's key is not read as written; brace the inner "
        "brackets ({[...]}). Read with the whole label",
        line,
    )


def _csl_items(src: Source, begin: int, end: int, to_text: ToText, found: Lists) -> None:
    """The entries of a ``CSLReferences`` environment, the list Pandoc's citeproc (Quarto,
    R Markdown) writes into LaTeX: each entry opens with ``\\bibitem[\\citeproctext]{ref-key}``
    (Pandoc 3) or ``\\leavevmode\\vadjust pre{\\hypertarget{ref-key}{}}`` (Pandoc 2; older:
    ``\\leavevmode\\hypertarget{ref-key}{}``).  The key is the citation key (``ref-``
    removed), as ``\\citeproc{ref-key}{...}`` and ``\\hyperlink{ref-key}{...}`` cite it.  The
    list is generated from what the document cites, so its entries are listed on purpose."""
    text = src.text
    starts = [
        (m.start(), m.end(), m.group("key1") or m.group("key2") or m.group("key3") or "")
        for m in _CSL_ITEM.finditer(text, begin, end)
    ]
    for k, (at, after, key) in enumerate(starts):
        item_end = starts[k + 1][0] if k + 1 < len(starts) else end
        entry = " ".join(to_text(after, item_end).split())
        if not entry:
            continue
        line = src.line(at)
        last = src.line(max(after, item_end - 1))
        marks = _marks(src, after, item_end, to_text)
        label = csl_key(key)
        found.bibitems.append(
            Item(label, entry, line, max(line, last), (), marks, at, generated=True)
        )


_NEWBLOCK = lazy_compile(r"\\newblock(?![A-Za-z@])")
_ITALIC = lazy_compile(
    r"\\(?:emph|textit|textsl)\s*\{|\{\s*\\(?:em|it|itshape|sl|slshape)(?![A-Za-z@])"
)
_BIBINFO = lazy_compile(r"\\bibinfo\s*\{(\w+)\}\s*\{")
_BIBFIELD = lazy_compile(r"\\bibfield\s*\{(\w+)\}\s*\{")
_ARTICLE_TITLE = lazy_compile(r"\\showarticletitle\s*\{")
Info = tuple[str, str]


def _marks(src: Source, start: int, end: int, to_text: ToText) -> Marks:
    """What the markup of a ``\\bibitem`` between ``start`` and ``end`` says."""
    text = src.text

    def plain(a: int, b: int) -> str:
        return " ".join(to_text(a, b).split())

    cuts = [m for m in _NEWBLOCK.finditer(text, start, end)]
    blocks: tuple[str, ...] = ()
    block_italics: list[str | None] = []
    if cuts:
        bounds = [start, *(m.start() for m in cuts), end]
        blocks = tuple(plain(a, b) for a, b in zip(bounds, bounds[1:], strict=False))
        for a, b in zip(bounds, bounds[1:], strict=False):
            run = _ITALIC.search(text, a, b)
            close = None
            if run is not None:
                opening = run.end() - 1 if text[run.end() - 1] == "{" else run.start()
                close = src.group_end(opening, b)
            block_italics.append(plain(run.end(), close - 1) if run and close else None)
    info = _info(src, start, end, plain)
    italic: str | None = None
    before = ""
    run = _ITALIC.search(text, start, end)
    if run is not None:
        opening = run.end() - 1 if text[run.end() - 1] == "{" else run.start()
        close = src.group_end(opening, end)
        if close is not None:
            italic = plain(run.end(), close - 1)
            before = plain(start, run.start())
    bold = _bold(src, start, end, plain)
    return Marks(blocks, italic, before, tuple(info), block_italics=tuple(block_italics), bold=bold)


_BOLD = lazy_compile(r"\\textbf\s*+\{|\{\s*+\\(?:bf|bfseries)(?![A-Za-z@])")


def _bold(
    src: Source, start: int, end: int, plain: Callable[[int, int], str]
) -> tuple[str, str, str] | None:
    """The first bold run between ``start`` and ``end``: the text before it, its own text
    and the text after it (a physics entry's volume: ``J. Appl. Phys. \\textbf{44}, 12``)."""
    run = _BOLD.search(src.text, start, end)
    if run is None:
        return None
    opening = run.end() - 1 if src.text[run.end() - 1] == "{" else run.start()
    close = src.group_end(opening, end)
    if close is None:
        return None
    return plain(start, run.start()), plain(run.end(), close - 1), plain(close, end)


def _info(src: Source, start: int, end: int, plain: Callable[[int, int], str]) -> list[Info]:
    """The ``\\bibinfo{field}{value}`` marks between ``start`` and ``end``, in order.  A
    ``\\bibinfo{person}`` takes the name of the ``\\bibfield{author|editor}`` around it
    (ACM), and ``\\showarticletitle{…}`` is the title (ACM prints an article's title so)."""
    text = src.text
    fields: list[tuple[int, int, str]] = []
    for m in _BIBFIELD.finditer(text, start, end):
        close = src.group_end(m.end() - 1, end)
        if close is not None:
            fields.append((m.end(), close, m.group(1).lower()))
    info: list[Info] = []
    at = 0  # the fields follow one another: the one around a mark is found moving on
    for m in _BIBINFO.finditer(text, start, end):
        close = src.group_end(m.end() - 1, end)
        if close is None:
            continue
        while at < len(fields) and fields[at][1] <= m.start():
            at += 1
        name = m.group(1).lower()
        if name == "person":
            inside = at < len(fields) and fields[at][0] <= m.start()
            name = fields[at][2] if inside else "author"
        info.append((name, plain(m.end(), close - 1)))
    for m in _ARTICLE_TITLE.finditer(text, start, end):
        close = src.group_end(m.end() - 1, end)
        if close is not None:
            info.append(("title", plain(m.end(), close - 1)))
    return info


def _hand_written(src: Source, start: int, stop: int, to_text: ToText, found: Lists) -> None:
    """The list under the last literature heading that heads one."""
    for heading in reversed(_headings(src, start, stop, to_text)):
        if _under_heading(src, heading, stop, to_text, found):
            return


def _under_heading(
    src: Source, heading: tuple[int, int, int], stop: int, to_text: ToText, found: Lists
) -> bool:
    """Read the list under one literature heading; False when what follows is body text
    (a "Sources" section that describes its sources, with footnotes and citations)."""
    level, line_end, heading_line = heading
    end = _region_end(src.text, line_end, stop, level)
    if _BIBLIOGRAPHY_HERE.search(src.text, line_end, end):
        return True  # the heading of a generated bibliography
    if _CITING.search(src.text, line_end, end):
        return False  # a reference list does not cite: this is a section of the body
    items = _list_items(src, line_end, end, to_text)
    if not items:
        items = _paragraph_items(src, line_end, end, to_text)
        if items and not _entries(items):
            return False
    if not items:
        found.anomalies.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"a literature heading at line {heading_line}{_where(src, line_end)} is "
                "followed by nothing read as a reference list (no \\item list, no numbered "
                "paragraphs): its references are not read",
                heading_line,
            )
        )
        return True
    found.numbered.extend(items)
    found.regions.append((line_end, end))
    return True


_CITING = lazy_compile(r"\\(?:footnote|footcite|[A-Za-z]*cite[A-Za-z]*)\*?\s*[\[{(]")
_ENTRY_CUE = lazy_compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|https?://|\bdoi\b|\b10\.\d{4,9}/", re.I)


def _entries(items: list[Item]) -> bool:
    """Paragraphs that read as references: most name a year, a URL or a DOI, and most
    are no long stretch of prose."""
    cued = sum(1 for it in items if _ENTRY_CUE.search(it.text))
    long = sum(1 for it in items if len(it.text) > _PROSE_LENGTH and it.text.count(". ") >= 4)
    return long * 2 < len(items) and cued * 2 >= len(items)


_PROSE_LENGTH = 600


def _where(src: Source, pos: int) -> str:
    return f" of {src.file(pos)}" if src.file_index(pos) else ""


def _headings(src: Source, start: int, stop: int, to_text: ToText) -> list[tuple[int, int, int]]:
    """(level, end of its line, line) of each literature heading, in order."""
    text = src.text
    found: list[tuple[int, int, int]] = []
    for m in _HEADING_WORD.finditer(text, start, stop):
        line_start = text.rfind("\n", start, m.start()) + 1
        line_end = text.find("\n", m.end(), stop)
        line_end = stop if line_end < 0 else line_end
        if found and line_start < found[-1][1]:
            continue
        if _plain_key(text[line_start:line_end]) not in LITERATURE_HEADINGS:
            continue  # a word of running text ("... in den Quellen ..."): not converted
        words = to_text(line_start, line_end)
        if section_heading_key(words) not in LITERATURE_HEADINGS:
            continue
        command = _HEADING.search(text, line_start, line_end)
        level = _LEVELS[command.group(1)] if command else 1
        found.append((level, line_end, src.line(m.start())))
    return found


def _plain_key(raw: str) -> str:
    """A source line as a heading key without converting it: commands, environments,
    braces, comments and a section number dropped (``\\section*{5. References}``)."""
    raw = re.sub(r"(?<!\\)%.*", "", raw)
    raw = re.sub(r"\\(?:begin|end)\s*\{[^{}]*\}|\\[A-Za-z@]+\*?|\\.|[{}~\[\]]", " ", raw)
    return section_heading_key(raw)


def _region_end(text: str, pos: int, stop: int, level: int) -> int:
    """Where the list under a heading of ``level`` ends: the next heading of the same or a
    higher level, ``\\appendix``, or the end of the document."""
    for m in _HEADING.finditer(text, pos, stop):
        if _LEVELS[m.group(1)] <= level:
            return m.start()
    appendix = _APPENDIX.search(text, pos, stop)
    return appendix.start() if appendix else stop


def _list_items(src: Source, start: int, end: int, to_text: ToText) -> list[Item]:
    """The items of the list environments between ``start`` and ``end``, numbered."""
    text = src.text
    items: list[Item] = []
    pos = start
    while True:
        begin = _LIST_BEGIN.search(text, pos, end)
        if begin is None:
            return items
        name = begin.group(1)
        close = _environment_end(text, name, begin.end(), end)
        body_end = close[0] if close else end
        resume = re.match(r"\s*\[[^\]]*resume", text[begin.end() : begin.end() + 200])
        number = len(items) if resume else 0
        nested = _nested_lists(text, begin.end(), body_end)
        marks = [
            m
            for m in _ITEM.finditer(text, begin.end(), body_end)
            if not any(a <= m.start() < b for a, b in nested)
        ]
        for k, m in enumerate(marks):
            after = m.end()
            written: int | None = None
            option = re.compile(r"\s*\[").match(text, after, body_end)
            if option is not None:
                closed = bracket_end(text, option.end() - 1, body_end)
                if closed is not None:
                    digits = re.search(r"\d{1,4}", text[option.end() : closed - 1])
                    written = int(digits.group(0)) if digits else None
                    after = closed
            item_end = marks[k + 1].start() if k + 1 < len(marks) else body_end
            number = written if written is not None else number + 1
            item = _item(src, str(number), m.start(), after, item_end, to_text)
            if item is not None:
                items.append(item)
        pos = close[1] if close else end


def _environment_end(text: str, name: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the ``\\end{name}`` matching a ``\\begin{name}`` before ``pos``."""
    pattern = re.compile(r"\\(begin|end)\s*\{" + re.escape(name) + r"\}")
    depth = 0
    for m in pattern.finditer(text, pos, end):
        if m.group(1) == "begin":
            depth += 1
        elif depth == 0:
            return m.start(), m.end()
        else:
            depth -= 1
    return None


def _nested_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the list environments inside a list (their items are not entries)."""
    spans: list[tuple[int, int]] = []
    pos = start
    while True:
        begin = _LIST_BEGIN.search(text, pos, end)
        if begin is None:
            return spans
        close = _environment_end(text, begin.group(1), begin.end(), end)
        stop = close[1] if close else end
        spans.append((begin.start(), stop))
        pos = stop


def _paragraph_items(src: Source, start: int, end: int, to_text: ToText) -> list[Item]:
    """Entries written as paragraphs (or ``\\\\`` lines), numbered ``1.``/``[1]`` or not."""
    text = src.text
    items: list[Item] = []
    pos = start
    bounds = [m for m in _SEPARATOR.finditer(text, start, end)]
    spans = []
    for m in bounds:
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    number = 0
    for span_start, span_end in spans:
        if _ONLY_HEADING.fullmatch(text, span_start, span_end):
            continue  # "\\section*{Manuscript sources}": a group of the list, no entry
        words = " ".join(to_text(span_start, span_end).split())
        if len(words) < 8:
            continue
        written = _NUMBER.match(words)
        number = int(written.group(1) or written.group(2)) if written else number + 1
        item = _item(src, str(number), span_start, span_start, span_end, to_text)
        if item is not None:
            items.append(item)
    return items


def _item(src: Source, label: str, mark: int, start: int, end: int, to_text: ToText) -> Item | None:
    words = " ".join(to_text(start, end).split())
    words = _NUMBER.sub("", words, count=1)
    if not words:
        return None
    first = start + len(src.text[start:end]) - len(src.text[start:end].lstrip())
    line = src.line(first)
    last = src.line(max(first, end - 1))
    anchors = tuple(m.group(1).strip() for m in _LABEL.finditer(src.text, mark, end))
    return Item(label, words, line, max(line, last), anchors, at=mark)
