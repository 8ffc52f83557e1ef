"""Citations that Markdown carries as HTML or as fenced BibTeX, in forms the link reader reads.

Three ways Markdown documents cite that are not Markdown links:

* **citeproc HTML kept in Markdown.**  Org-cite's citeproc-el (exported by ox-hugo), Hugo
  and Jekyll pages keep the citation processor's HTML as is: in-text citations are
  in-page anchors to the entries (``(<a href="#citeproc_bib_item_3">Doe 2019</a>)``,
  ``<a href="#ref-doe2019">…</a>`` inside a ``<span class="citation">``), or Pandoc's
  ``<span class="citation" data-cites="doe2019">(Doe 2019)</span>`` without a link,
  and the list is a ``<div class="csl-bib-body">`` of ``<div class="csl-entry">`` entries,
  each opening with its anchor (``<a id="citeproc_bib_item_3"></a>``) or carrying it as
  the div's ``id``.
  :func:`rewrite` turns every entry into a numbered list item ``[n] text`` (``<i>`` as
  ``*``, ``<a href>`` as a Markdown link) and every anchor to an entry into the cited
  words followed by ``[n]``, line for line (line numbers stay).  A list with no
  literature heading above it gets one in place of its opening ``<div>``.
* **HTML reference lists with anchored items.**  A blog post or a static-site page
  written in Markdown may keep its list as HTML: ``<ol>`` of ``<li id="ref-1">`` items,
  cited by in-page anchors (``<sup><a href="#ref-1">[1]</a></sup>``).  A list whose item
  ids at least one anchor of the page points at is rewritten like citeproc's (each item
  ``[n] text``, each anchor ``[n]``); a list no anchor points at is left alone (a list of
  steps, a table of contents).
* **Inline HTML links** (``<a href="https://arxiv.org/abs/…">Title</a>``, as READMEs
  write them) become ``[Title](https://…)``; an anchor around an image (a badge) is left.
* **BibTeX fences.**  A README's ``## Citations`` (or References, Bibliography) section
  made of fenced BibTeX blocks, one per cited paper, is its reference list:
  :func:`fenced_entries` reads each entry with the ``.bib`` parser.  A section headed
  "Citation", "Citing", "How to cite" holds the project's own paper and is no list of
  works the document cites, so it is never read as one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.bibfile import BibError, read_bib
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, BibRecord
from bibcheck.readers.common import LITERATURE_HEADINGS, heading_key, heading_text
from bibcheck.readers.csldivs import DIV_CLOSE, div_spans
from bibcheck.readers.csllists import SectionLists
from bibcheck.readers.cslmargin import margin_number
from bibcheck.readers.mdanchored import (
    anchored_entries,
    entry_number,
    fenced_bibliographies,
    fenced_divs,
    literature_heading_above,
)
from bibcheck.urls import normalise_key

__all__ = ["HTML_DOCUMENT", "FencedList", "HtmlMarkdown", "entry_keys", "fenced_entries", "rewrite"]

# "<div class="csl-bib-body">" (maybe after a <style> element on the same line)
_BIB_OPEN = lazy_compile(r"<div\b[^<>]*\bclass=[\"'][^\"'<>]*\bcsl-bib-body\b[^<>]*>", re.I)
_ENTRY_OPEN = lazy_compile(
    r"<div\b(?P<attrs>[^<>]*\bclass=[\"'][^\"'<>]*\bcsl-entry\b[^<>]*)>", re.I
)
_ID = lazy_compile(r"\bid=[\"'](?P<id>[^\"'<>\s]{1,200})[\"']", re.I)
# the anchor opening an entry: <a id="citeproc_bib_item_3"></a> (or name=)
_ENTRY_ANCHOR = lazy_compile(
    r"^\s*<a\b[^<>]*?\b(?:id|name)=[\"'](?P<id>[^\"'<>\s]{1,200})[\"'][^<>]*>\s*</a\s*>", re.I
)
# an HTML list and its items: <ol class="refs">, <li id="ref-1">, </li>, </ol>
_LIST_OPEN = lazy_compile(r"<(?:ol|ul)\b[^<>]*>", re.I)
_LIST_CLOSE = lazy_compile(r"</(?:ol|ul)\s*>", re.I)
_ITEM_OPEN = lazy_compile(r"<li\b(?P<attrs>[^<>]*)>", re.I)
# a note's id (<li id="fn:1">, "footnote-2", "endnote3", GitHub's "user-content-fn-1"):
# a list of notes is the note readers' (see mdnotelist), not a reference list
_NOTE_ID = lazy_compile(
    r"^(?:user-content-)?(?:fn|footnote|note|endnote|sdfootnote|sdendnote)", re.I
)
_ANCHOR_TARGET = lazy_compile(r"\bhref=[\"']#(?P<id>[^\"'<>\s]{1,200})[\"']", re.I)
# an in-page anchor: <a href="#id" ...>words</a> (words without markup of their own)
_IN_PAGE = lazy_compile(
    r"<a\b[^<>]*?\bhref=[\"']#(?P<id>[^\"'<>\s]{1,200})[\"'][^<>]*>(?P<text>[^<>]{0,300})</a\s*>",
    re.I,
)
# the same as a Markdown link: [Doe 2019](#ref-doe2019) (not a number alone: Pandoc's
# superscript forms are the superscript reader's)
# an author-date citation's names and year, then its locator: "Lund 2010", ", p. 4"
_YEAR_THEN = lazy_compile(r"([^\d]{0,300}?\b(?:1[5-9]|20)\d\d[a-z]?)(\s*+[,:;].{0,300})$")
_NUMERIC_TEXT = lazy_compile(r"[\d\s,;–-]{1,40}")
# (the printed brackets may be in the link's text: [[Doe 2019]](#ref-doe2019))
_MD_IN_PAGE = lazy_compile(
    r"(?<!!)\[(?P<open>\\?\[)?(?P<text>[^\[\]]{1,300})(?(open)\\?\])\]\(#(?P<id>[^()\s]{1,200})\)"
)
# Pandoc's citation without a link (link-citations is off by default):
# <span class="citation" data-cites="hale2018 iyer2021">(Hale 2018; Iyer 2021)</span>
_CITES_SPAN = lazy_compile(
    r"<span\b[^<>]*?\bdata-cites=[\"'](?P<keys>[^\"'<>]{1,500})[\"'][^<>]*>"
    r"(?P<text>[^<>]{0,300})</span\s*>",
    re.I,
)
# an external anchor: <a href="https://…">words</a>; words may hold inline markup
_EXTERNAL = lazy_compile(
    r"<a\b[^<>]*?\bhref=[\"'](?P<url>https?://[^\"'<>\s]{1,2000})[\"'][^<>]*>"
    r"(?P<text>(?:[^<]|<(?!/?a\b))*?)</a\s*>",
    re.I,
)
# a whole HTML page, not Markdown holding some HTML (mdnotelist uses it too)
HTML_DOCUMENT = lazy_compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)
_ITALIC = lazy_compile(r"</?(?:i|em)\s*>", re.I)
_REWRITTEN = lazy_compile(r"^\[\d{1,5}\] ")
_BOLD = lazy_compile(r"</?(?:b|strong)\s*>", re.I)
_TAG = lazy_compile(r"<[^<>]{0,500}>")
_SPAN = lazy_compile(r"</?span\b[^<>]*>", re.I)
_FENCE = lazy_compile(r"^\s{0,3}(?P<mark>`{3,}|~{3,})\s*(?P<info>[^\s`]*)")
_BIB_START = lazy_compile(r"^\s*@\s*[A-Za-z]+\s*[{(]")
_BIB_INFO = {"bibtex", "bib", "biblatex", "tex", "latex", ""}
# a section of the works a README cites (fenced BibTeX under it is that list)
_FENCE_HEADINGS = {"citations", "papers", "cited papers", "cited works"}
# an arXiv identifier: "2205.01580", "hep-th/9901001"
_ARXIV_NUMBER = r"(?P<id>\d{4}\.\d{4,5}|[a-z\-]{2,20}(?:\.[a-z]{2})?/\d{7})"
_ARXIV = lazy_compile(
    rf"arxiv\.org/(?:abs|pdf)/{_ARXIV_NUMBER}(?:v\d+)?(?:\.pdf)?/?(?:[?#]|$)", re.I
)
_ARXIV_ID = lazy_compile(rf"^(?:arxiv:)?{_ARXIV_NUMBER}(?:v\d+)?$", re.I)


@dataclass(frozen=True, slots=True)
class HtmlMarkdown:
    """The rewritten lines, and how many citeproc entries and citations were found."""

    lines: list[str]
    entries: int
    citations: int
    # a bibliography div per section (two or more): each list's span; their entries are
    # numbered as one list and each section's citations resolve in its own list
    sections: tuple[tuple[int, int], ...] = ()
    anomalies: tuple[Anomaly, ...] = ()  # citations of another section's entry only
    offsets: tuple[int, ...] = ()  # entries of the lists before each (see csllists)


def rewrite(lines: Sequence[str]) -> HtmlMarkdown:
    """``lines`` with citeproc HTML and inline HTML links as Markdown (see above); an
    HTML document (``<html>``, ``<body>``) as it is: HTML is the HTML reader's."""
    out = list(lines)
    if any(HTML_DOCUMENT.search(line) for line in out):
        return HtmlMarkdown(out, 0, 0)
    numbers: dict[str, int] = {}
    spans = div_spans(out, _BIB_OPEN)
    lists = SectionLists(restart=len(spans) > 1)
    for start, end in spans:
        own = _rewrite_list(out, start, end, lists.count, restart=lists.restart)
        lists.add(start, end, own, _entries_in(out, start, end))
        numbers.update(own)
    targets = {m.group("id") for line in out if "#" in line for m in _ANCHOR_TARGET.finditer(line)}
    if targets:
        for start, end in _item_lists(out, targets):
            numbers.update(_rewrite_items(out, start, end, len(numbers)))
    fenced = fenced_bibliographies(out) if any(":::" in line for line in out) else []
    if len(fenced) > 1 and not lists.lists:  # (one per section, fenced: Pandoc's markdown)
        lists = SectionLists(restart=True)
        for start, end in fenced:
            own = fenced_divs(out, lists.count, (start, end), restart=True)
            lists.add(start, end, own, _entries_in(out, start, end))
            numbers.update(own)
    elif fenced or any(":::" in line for line in out):
        numbers.update(fenced_divs(out, len(numbers)))
    named = _named_targets(out)
    if named:
        numbers.update(anchored_entries(out, named - numbers.keys(), len(numbers)))
    cited = 0
    if numbers:

        def cite(m: re.Match[str]) -> str:
            nonlocal cited
            n = numbers.get(m.group("id"))
            if lists.scoped:
                shown = _TAG.sub("", m.group("text")).strip()
                n, foreign = lists.resolve(row, m.group("id"), n, shown)
                if foreign:  # (another section's entry only: no entry of its section)
                    return "" if shown.strip("[]").isdigit() else shown
            if n is None:
                return m.group(0)
            cited += 1
            text = _TAG.sub("", m.group("text")).strip()
            if not text or text.strip("[]").isdigit():
                return f"[{n}]"
            # (the number after the year, before a locator: "Lund 2010 [1], p. 4", so
            # that the locator's "p." ends no sentence between the mention and its number)
            dated = _YEAR_THEN.match(text)
            return f"{dated.group(1)} [{n}]{dated.group(2)}" if dated else f"{text} [{n}]"

        def cite_keys(m: re.Match[str]) -> str:
            nonlocal cited
            found = [numbers.get(f"ref-{key}") for key in m.group("keys").split()]
            if lists.scoped:
                found = [
                    lists.resolve(row, f"ref-{key}", n, m.group("text").strip())[0]
                    for key, n in zip(m.group("keys").split(), found, strict=True)
                ]
            if not found or None in found:
                return m.group(0)
            cited += 1
            return f"{m.group('text').strip()} " + "".join(f"[{n}]" for n in found)

        row = 0
        for i, line in enumerate(out):
            row = i
            if "data-cites" in line:
                line = _CITES_SPAN.sub(cite_keys, line)
            if "#" in line:
                line = _IN_PAGE.sub(cite, line)
                line = _MD_IN_PAGE.sub(cite, line)
            out[i] = line
    for i, line in enumerate(out):
        if "<a" in line or "<A" in line:
            out[i] = _EXTERNAL.sub(_external, line)
    if not lists.scoped:
        return HtmlMarkdown(out, len(numbers), cited)
    return HtmlMarkdown(
        out, lists.count, cited, lists.spans(), tuple(lists.anomalies), lists.offsets()
    )


def _named_targets(lines: Sequence[str]) -> set[str]:
    """The anchors that in-page links name by words, not by a number alone
    (``[Lund 2010](#ref-lund2010)``, ``<a href="#lund">[Lund 2010]</a>``)."""
    found: set[str] = set()
    for line in lines:
        if "#" not in line:
            continue
        for pattern in (_IN_PAGE, _MD_IN_PAGE):
            for m in pattern.finditer(line):
                text = _TAG.sub("", m.group("text")).strip().strip("[]()").strip()
                if text and not _NUMERIC_TEXT.fullmatch(text):
                    found.add(m.group("id"))
    return found


def _external(m: re.Match[str]) -> str:
    text = m.group("text")
    if re.search(r"<img\b", text, re.I) or "[" in text or "]" in text:
        return m.group(0)  # a badge, or text a Markdown link cannot hold
    shown = html.unescape(_TAG.sub("", _BOLD.sub("**", _ITALIC.sub("*", text)))).strip()
    if not shown:
        return m.group(0)
    return f"[{shown}]({m.group('url')})"


def _entries_in(out: list[str], start: int, end: int) -> int:
    """How many entries a rewritten list holds (its ``[n]`` lines)."""
    return sum(1 for i in range(start, end + 1) if _REWRITTEN.match(out[i]))


def _rewrite_list(
    out: list[str], start: int, end: int, before: int, *, restart: bool = False
) -> dict[str, int]:
    """The entries of one bibliography div as ``[n] text`` items; their ids -> numbers
    (``restart``: one of several lists each numbered from 1, numbered on after ``before``
    whatever it prints or its ids say)."""
    numbers: dict[str, int] = {}
    pending = ""  # the label of an entry whose text has not begun yet
    inside = False  # in an entry's div
    n = before
    has_heading = literature_heading_above(out, start)
    for i in range(start, end + 1):
        line = out[i]
        if i == start:
            line = line[_BIB_OPEN.search(line).end() :]  # type: ignore[union-attr]
        opened = _ENTRY_OPEN.search(line)
        if opened is not None:
            n += 1
            rest = line[opened.end() :]
            ident = _ID.search(opened.group("attrs"))
            anchor = _ENTRY_ANCHOR.match(rest)
            if anchor is not None:
                rest = rest[anchor.end() :]
            ids = [found.group("id") for found in (anchor, ident) if found is not None]
            label = entry_number(ids[0], n) if ids and not restart else n
            for found_id in ids:
                numbers.setdefault(found_id, label)
            inside, pending, line = True, f"[{label}] ", rest
        printed = margin_number(line) if pending else None
        if printed is not None and (restart or pending == f"[{printed[0]}] "):
            line = printed[1]  # citeproc's own number: "[1] Text", not "[1] [1]Text"
        text = _entry_text(line) if inside else ""
        if text:
            out[i] = pending + text if pending else "    " + text
            pending = ""
        else:
            out[i] = ""
        if DIV_CLOSE.search(line):
            inside, pending = False, ""
    if not has_heading and numbers:
        out[start] = "## References"
    return numbers


def _item_lists(lines: Sequence[str], targets: set[str]) -> list[tuple[int, int]]:
    """First and last line of each HTML list with an item whose id an anchor targets."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if _LIST_OPEN.search(lines[i]) is None:
            i += 1
            continue
        j = i
        while j < len(lines) - 1 and _LIST_CLOSE.search(lines[j]) is None:
            j += 1
        ids = {
            found.group("id")
            for line in lines[i : j + 1]
            for item in _ITEM_OPEN.finditer(line)
            for found in (_ID.search(item.group("attrs")),)
            if found is not None
        }
        cited = ids & targets
        if cited and not all(_NOTE_ID.match(ident) for ident in cited):
            spans.append((i, j))
        i = j + 1
    return spans


def _rewrite_items(out: list[str], start: int, end: int, before: int) -> dict[str, int]:
    """The items of one anchored HTML list as ``[n] text`` lines; their ids -> numbers."""
    numbers: dict[str, int] = {}
    n = before
    pending = ""
    for i in range(start, end + 1):
        line = out[i]
        opened = _LIST_OPEN.search(line) if i == start else None
        if opened is not None:
            line = line[opened.end() :]
        item = _ITEM_OPEN.search(line)
        if item is not None:
            n += 1
            ident = _ID.search(item.group("attrs"))
            label = entry_number(ident.group("id"), n) if ident is not None else n
            if ident is not None:
                numbers.setdefault(ident.group("id"), label)
            pending, line = f"[{label}] ", line[item.end() :]
        text = _entry_text(_LIST_CLOSE.sub("", line))
        if text:
            out[i] = pending + text if pending else "    " + text
            pending = ""
        else:
            out[i] = ""
    if numbers and not literature_heading_above(out, start):
        out[start] = out[start] if out[start].strip() else "## References"
    return numbers


def _entry_text(line: str) -> str:
    line = DIV_CLOSE.sub("", line)
    line = _EXTERNAL.sub(_external, line)
    line = _SPAN.sub("", _BOLD.sub("**", _ITALIC.sub("*", line)))
    return html.unescape(_TAG.sub("", line)).strip()


@dataclass(frozen=True, slots=True)
class FencedList:
    """The BibTeX entries fenced under a citations heading, with the heading's index."""

    heading: int
    records: list[BibRecord]
    errors: list[BibError]  # blocks the .bib parser could not read, repeated keys


def fenced_entries(lines: Sequence[str]) -> FencedList | None:
    """The last section of fenced BibTeX entries under a citations or references heading
    (see above), or None."""
    found: FencedList | None = None
    i = 0
    while i < len(lines):
        key = heading_key(lines[i]) if heading_text(lines[i]) is not None else None
        if key is None or not (key in _FENCE_HEADINGS or key in LITERATURE_HEADINGS):
            i += 1
            continue
        heading = i
        records, errors, i = _section(lines, heading)
        if records:
            found = FencedList(heading, records, errors)
    return found


def _section(lines: Sequence[str], heading: int) -> tuple[list[BibRecord], list[BibError], int]:
    """The records fenced in the section after ``heading``, and where the section ends."""
    kept = [""] * len(lines)
    fence: re.Match[str] | None = None
    bib = False
    i = heading + 1
    while i < len(lines):
        line = lines[i]
        if fence is None:
            if heading_text(line) is not None:
                break
            fence = _FENCE.match(line)
            if fence is not None:
                bib = fence.group("info").lower() in _BIB_INFO
        elif line.strip().startswith(fence.group("mark")) and not line.strip().strip("`~"):
            fence = None
        elif bib:
            kept[i] = line
        i += 1
    if not any(_BIB_START.match(line) for line in kept):
        return [], [], i
    records, errors = read_bib("\n".join(kept))
    return records, errors, i


def entry_keys(record: BibRecord) -> list[str]:
    """The addresses a body link citing ``record`` may have (normalised): its URL (or one
    in ``howpublished``/``note``), its DOI at doi.org, its arXiv abstract."""
    fields = record.fields
    keys = []
    if fields.get("url"):
        keys.append(normalise_key(fields["url"].strip()))
        keys += [k for k in (arxiv_key(fields["url"].strip()),) if k is not None]
    if fields.get("doi"):
        keys.append(normalise_key("https://doi.org/" + fields["doi"].strip()))
    for name in ("howpublished", "note"):  # "\url{https://…}" written in a note
        for m in re.finditer(r"https?://[^\s{}\\]{1,2000}", fields.get(name, "")):
            keys.append(normalise_key(m.group(0)))
    arxiv = _ARXIV_ID.match(fields.get("eprint", "").strip())
    if arxiv is None and re.match(r"^(?:arxiv|corr)$", fields.get("journal", "").strip(), re.I):
        # Semantic Scholar and DBLP write an arXiv paper as journal ArXiv/CoRR, volume
        # abs/<id>
        arxiv = _ARXIV_ID.match(fields.get("volume", "").strip().removeprefix("abs/"))
    if arxiv is not None:
        keys.append(normalise_key("https://arxiv.org/abs/" + arxiv.group("id")))
    return keys


def arxiv_key(url: str) -> str | None:
    """``https://arxiv.org/pdf/2205.01580v2.pdf`` -> the abstract page's key."""
    m = _ARXIV.search(url)
    return normalise_key("https://arxiv.org/abs/" + m.group("id")) if m else None
