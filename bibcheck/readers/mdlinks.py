"""Reader for Markdown articles that cite by inline links (blog posts, essays, READMEs).

Many Markdown articles have no footnotes at all: they cite by linking the
words of a sentence (``as [the 2019 survey](https://...) showed``), and many
end with a numbered reference list whose entries carry the same links::

    [1] L. Lamport. ["Time, clocks, and the ordering of events"](https://...). CACM 1978.
    1. M. Kleppmann, [Designing Data-Intensive Applications](https://...), 2017

This is a reader of its own rather than a mode of the Pandoc or plain-text
readers because the citation is the link, not a marker: neither ``[^n]`` nor
``[n]`` needs to appear in the body.

* **With a reference list** (under a References / Bibliography / Sources /
  Further reading / Литература heading): a body link whose URL is an entry's
  URL cites that entry (label: the entry's number); ``[n]``, ``[1, 2]``, ``[1-3]``,
  ``[2][3]`` (unless ``[3]:`` defines a link) and ``[[n]](#ref-n)`` markers cite
  those entries as in the plain-text reader, and an author-year citation
  ("(Johnson et al. 2019)", "Lee (2021)", "Corti et al. (2019, hfst. 8)") the one
  entry whose authors and year it names -- so too a link whose words are one
  (``[Portelli, 1981](url)``, ``[Müller (2019)](blog post)``), wherever it goes: the
  wiki page, README or blog post that cites author-date against an unnumbered APA
  list (``- Author, A. (2015). Title. *Journal*, 1(2), 3–4. [doi](url)``).  The
  list's own links (``[doi]``, ``[PDF]``, ``[code]``) are the entries', never
  citations.  Body links that match no entry are not citations, and one
  ``link-not-cited`` anomaly (an info finding) says how many there are, so
  nothing is passed over in silence.
* **With an unnumbered list the body cites by its links alone** (a Notion or Obsidian
  note's ``- Author (Year). Title. https://doi.org/…`` Sources, no ``[n]`` and no
  author-date mention outside a link): the links are the citations, labelled as with no
  list (below); a link to an entry's address carries that entry's reference.
* **Without a list** every external link (http, https) in the body is a
  citation of its sentence; its reference is the link text and the URL, and
  links to the same URL share one label (``L1``, ``L2``, ... in order of first
  use, as every reader labels links).

Links that are the document's chrome are never citations: "View in browser",
"Unsubscribe", share buttons and other such link texts, share and subscription
addresses, social-media profiles (the author's "also on Medium, discuss on
Twitter" footer; a post is cited), links around an image only (badges), and
links to the document's own site (its front matter
``url``/``canonical_url``/``permalink``, or the site its "View in browser" link
goes to).

A link's marker stands at the end of the sentence that contains it, so the
claim is the whole sentence (a link whose text wraps over the lines of its
paragraph counts at the line where it starts).  Images, relative and in-page
links, links in code, in HTML and MDX comments, in a JSX component's attributes
(:mod:`~bibcheck.readers.mdxsyntax`) and in Jekyll/Hugo front matter are not
citations, nor are licence and terms links
(:func:`~bibcheck.readers.links.is_licence`); the front matter's ``title`` is the
title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from bibcheck.bibfile import BibError
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibRecord,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
)
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.digitised_letter import digitised_letter
from bibcheck.parse.references.shelfmark_title import without_shelfmark
from bibcheck.readers import linknotes, mddestination, mdhtml, pagecites
from bibcheck.readers.authoryear import (
    AuthorYears,
    author_years,
    spans,
    unlisted_lines,
    with_defined,
)
from bibcheck.readers.bibdefects import duplicate_in_document
from bibcheck.readers.boldlist import BOLD_ITEM, bold_list
from bibcheck.readers.bulletlabels import unbulleted
from bibcheck.readers.common import (
    LITERATURE_HEADINGS,
    BlockCollector,
    heading_key,
    heading_text,
)
from bibcheck.readers.criticmarkup import accept
from bibcheck.readers.csllists import by_part
from bibcheck.readers.endnotetext import trailing_notes
from bibcheck.readers.evidence import PANDOC_CITATION
from bibcheck.readers.headingkey import section_heading_key
from bibcheck.readers.lettered import LETTER, follows, is_lettered
from bibcheck.readers.lettered import label as lettered_label
from bibcheck.readers.links import (
    CHROME_TEXT,
    CHROME_URL,
    LABEL_PREFIX,
    LICENCE_URL,
    PROFILE_URL,
    WorkKeys,
    is_credit,
    redirect_target,
    without_licences,
)
from bibcheck.readers.listscope import is_further_reading_heading
from bibcheck.readers.mask import mask
from bibcheck.readers.mdcitedreading import cited_labels
from bibcheck.readers.mdcode import indented_code
from bibcheck.readers.mdtail import MIN_ENTRIES, entry_item, shaped_tail
from bibcheck.readers.mdxsyntax import blank_non_prose
from bibcheck.readers.mla import (
    MlaIndex,
    line_cites,
    mla_index,
    mla_shaped,
    uncited_anomaly,
)
from bibcheck.readers.paragraphs import paragraph_spans
from bibcheck.readers.plaintext import LETTERED_MARKER, MARKER, expand, unlisted_numbers
from bibcheck.readers.readinghead import reading_heading_index
from bibcheck.readers.readinglists import section_entries, unread_sections
from bibcheck.readers.readingsection import ReadingSection, markdown_reading_sections
from bibcheck.readers.reflinks import inline_references
from bibcheck.readers.registry import Reader, register
from bibcheck.readers.slugmatch import slug_entry, title_words
from bibcheck.readers.sourcesreading import is_sources_and_reading_heading
from bibcheck.text import editor_lines
from bibcheck.urls import normalise_key

NAME = "markdown-links"
# "[text](https://x "title")"; not an image "![..](..)"
# (its destination read as CommonMark reads one: balanced or escaped parentheses in it,
# "<…>" around it, :mod:`~bibcheck.readers.mddestination`)
LINK = lazy_compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*"
    + mddestination.url_group("url", "https?://")
    + rf"(?:\s+{mddestination.TITLE})?\s*\)"
)
# "[3]", "[1, 2]", "[1-3]", "[1–3, 5]", "[1; 4]", a locator ("[1, §6.4]", "[2, p. 7]",
# "[3, ch. 2]", as the plain-text reader reads them), "[[3]](#ref-3)"; "[2][3]" when no
# "[3]:" is defined
_CITED = MARKER.pattern.removeprefix(r"\[").removesuffix(r"\]").replace("(?P<label>", "(?:", 1)
# ... and an in-page link with a locator, its brackets escaped or not: "[[1, p. 41]](#cite:1)",
# "[\\[3\\]](#references)" (:mod:`~bibcheck.readers.pagecites`)
_IN_PAGE = (
    r"|\[\\?\[(?P<m>\d{{1,4}}{l}(?:[ \t]*+[-–,;][ \t]*+\d{{1,4}}{l}(?![\w.]))*+)"
    r"(?:[ \t]*+[,;][^\[\]\n]{{0,160}}?)?\\?\]\]\(#[^)\s]*\)"
)
NUMBER = lazy_compile(rf"\[\s*(?P<n>{_CITED})\s*\](?:\(#[^)\s]*\))?" + _IN_PAGE.format(l=""))
# (where the list letters an entry added in revision, "2a.": "[2a]", "[2a, 3]" cite it)
_LETTERED_CITED = (
    LETTERED_MARKER.pattern.removeprefix(r"\[").removesuffix(r"\]").replace("(?P<label>", "(?:", 1)
)
_LETTERED_NUMBER = lazy_compile(
    rf"\[\s*(?P<n>{_LETTERED_CITED})\s*\](?:\(#[^)\s]*\))?" + _IN_PAGE.format(l=f"{LETTER}?")
)
# (a label holds no bracket: lines opening "[" with no "]" below are not each scanned to
# the text's end)
_REFERENCE_DEFINITION = lazy_compile(r"^\s{0,3}\[(?P<label>[^\[\]]++)\]:\s*\S", re.M)
_IMAGE_ONLY = lazy_compile(rf"^\s*!\[[^\]]*\]{mddestination.INLINE}\s*$")
_ITEM = lazy_compile(
    r"^\s{0,3}(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)]|(?P<c>[-*+]))\s+(?P<text>\S.*)$"
)
# an entry lettered in revision: "2a." after "2.", "[2a]" after "[2]" (:mod:`lettered`)
_LETTERED_ITEM = lazy_compile(
    rf"^\s{{0,3}}(?:\[(?P<a>\d{{1,4}}{LETTER})\]|(?P<b>\d{{1,4}}{LETTER})[.)])\s+(?P<text>\S.*)$"
)
_FENCE = lazy_compile(r"^\s*(```|~~~)")
_FRONT = lazy_compile(r"^(---|\+\+\+)\s*$")
_CODE_SPAN = lazy_compile(r"`[^`]*`")
_SENTENCE_END = lazy_compile(r"[.!?…](?:[\"'”»’)\]*_]*)(?=\s|$)")
_MARK = lazy_compile(r"\x00(?P<label>[^\x00]+)\x00")
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_FENCED = 0.6  # a README's list of the papers it cites, as fenced BibTeX entries
_AUTHOR_DATE = 0.6  # author-date mentions (in links or not) of an unnumbered list's entries
_LINKED_NOTES = 0.9  # notes written as links, and a body that cites by links
_READING_LIST = 0.6  # a list of bold-numbered works ("**[1]** Author. "Title." 2015.")
_PAGE_CITES = 0.7  # numbers linked to their entries on the page (above plain text's [n])
_CITED_READING = 0.8  # a further-reading list of "- [n]" items the body cites "[n]"
# a body's links cite an unnumbered list's entries when at most one address in this many
# of those it links to is no entry's (:func:`_links_cite`)
_ODD_LINKS = 3
# the share of a bulleted list's items, each giving an address two of which the body links,
# that must be shaped like entries (:func:`_cited_bulleted_list`)
_SHAPED_SHARE = 0.6
_EXTRA_HEADINGS = {
    "further reading",
    "links",
    "external links",
    "notes and references",
    "источники и литература",
}


@dataclass(slots=True)
class _Entry:
    label: str
    parts: list[str]
    lines: list[int]  # 1-based
    record: BibRecord | None = None  # an entry written as fenced BibTeX
    printed: bool = True  # its label is printed ("1.", "[1]"), not counted ("-", a paragraph)

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def _front_matter(lines: list[str]) -> tuple[int, str | None]:
    if not lines or not _FRONT.match(lines[0]):
        return 0, None
    for j in range(1, min(len(lines), 200)):
        if lines[j].strip() in (lines[0].strip(), "..."):
            title = None
            for line in lines[1:j]:
                m = re.match(r"^title\s*[:=]\s*[\"']?(.*?)[\"']?\s*$", line)
                if m and m.group(1):
                    title = m.group(1)
            return j + 1, title
    return 0, None


def _is_list_heading(line: str) -> bool:
    text = heading_text(line)
    if text is None:
        m = re.match(r"^\s*\*\*(.+?)\*\*\s*:?\s*$", line)
        text = m.group(1) if m else None
    if text is None:
        return False
    key = section_heading_key(text)
    # ("## Sources and further reading": the list the body cites, and more to read)
    return (
        key in LITERATURE_HEADINGS or key in _EXTRA_HEADINGS or is_sources_and_reading_heading(key)
    )


def _code_free(lines: list[str], first: int) -> list[str]:
    """Lines with code (fences, indented blocks, spans) blanked, so links and markers
    there are no text; and comments and JSX component tags (MDX), whose links the page
    does not show."""
    out = list(lines)
    fence = False
    code = indented_code(lines)
    for i in range(len(lines)):
        if i < first or i in code:
            out[i] = ""
            continue
        if _FENCE.match(lines[i]):
            fence = not fence
            out[i] = ""
            continue
        out[i] = "" if fence else _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), lines[i])
    return blank_non_prose("\n".join(out)).split("\n")


def _list_at(lines: list[str]) -> int | None:
    """The line of the reference list's heading: the last heading that names one (in a
    language the vocabulary knows) over a section that holds entries, else the last
    section that is a numbered list of linked entries cited by the body's links
    (:func:`_cited_list_at`).  A heading that names a list over prose, or over nothing
    (``## Links`` above a paragraph with links in it), heads no list: its section is
    the body's, and its links are read."""
    listed = [
        i
        for i, line in enumerate(lines)
        if _is_list_heading(line) and _entries(lines[: _list_stop(lines, i)], i + 1)
    ]
    # (the references over the further-reading list below them: "## References" then
    # "## Further reading", each over entries; the second is read as further reading)
    found = next((i for i in reversed(listed) if not _reading_heading(lines[i])), None)
    found = found if found is not None or not listed else listed[-1]
    if found is None:
        # (a further-reading heading of any wording, "## Reading list", "**Suggested
        # readings**", over items shaped as entries, where no heading names a list)
        found = reading_heading_index(lines)
        if found is not None and not _entries(lines[: _list_stop(lines, found)], found + 1):
            found = None
    if found is None:
        found = _cited_list_at(lines)
    return found if found is not None else shaped_tail(lines)


def _reading_heading(line: str) -> bool:
    """Is ``line`` a heading naming a further-reading list (``## Further reading``)?"""
    key = heading_key(line)
    return key is not None and is_further_reading_heading(key)


def _reading_after(lines: list[str], at: int | None, entries: list[_Entry]) -> list[ReadingSection]:
    """The further-reading sections below the list headed at ``at`` (``## Further
    reading``, ``**Suggested reading**``) that hold a list of works its entries were not
    read from: read as further reading (:mod:`bibcheck.readers.readinglists`)."""
    if at is None or not entries or any(e.record is not None for e in entries):
        return []
    below = [s for s in markdown_reading_sections(lines) if s.head - 1 > at]
    return unread_sections(lines, below, {n for e in entries for n in e.lines})


_ATX = lazy_compile(r"^\s{0,3}(#{1,6})\s")
# a line that is all bold: "**References**", "**Sources:**", "**Acknowledgements**"
_BOLD_LINE = lazy_compile(r"^\s{0,3}\*\*[^*\n]+\*\*[\s:]*$")


def _list_stop(lines: list[str], at: int) -> int:
    """Where the entries of the list headed at ``at`` must end: for a bold line heading
    (``**References**``, which has no level), at the next ``#`` heading or bold line
    heading (``**Appendix**``); a ``#`` heading's list runs on (its items stop at a
    heading, :func:`_after_list` finds where the body goes on)."""
    if _ATX.match(lines[at]):
        return len(lines)
    for i in range(at + 1, len(lines)):
        if _ATX.match(lines[i]) or _BOLD_LINE.match(lines[i]):
            return i
    return len(lines)


def _body_after(lines: list[str], at: int | None, entries: list[_Entry]) -> int | None:
    """Where the body goes on after the list headed at ``at``: for a ``#`` heading, the
    next heading of its level or above (:func:`_after_list`); for a bold line heading,
    the line after the list's last entry (a paragraph after the list, the sections
    after it, a ``[n]`` or link there are the body's, never dropped).  None: the list
    runs to the end."""
    if at is None or not entries or entries[0].record is not None:
        return None
    if _ATX.match(lines[at]):
        return _after_list(lines, at)
    last = max(n for e in entries for n in e.lines)  # (1-based: the index of the next line)
    return last if last < len(lines) else None


def _after_list(lines: list[str], at: int | None) -> int | None:
    """The first heading after the list headed at ``at`` that is of its level or above
    (``## Appendix`` after ``## References``, not ``### Articles`` under it): where the
    body goes on.  None when the list runs to the end or its heading is no ``#`` one."""
    head = _ATX.match(lines[at]) if at is not None else None
    if head is None or at is None:
        return None
    level = len(head.group(1))
    for i in range(at + 1, len(lines)):
        m = _ATX.match(lines[i])
        if m is not None and len(m.group(1)) <= level and heading_text(lines[i]) is not None:
            return i
    return None


def _cited_list_at(lines: list[str]) -> int | None:
    """The heading of the last section that is a reference list by its shape and use,
    whatever its heading's language (``## ကိုးကား``, ``## Iyo pinagkunan``, ``## Darllen
    pellach``): a numbered list (``1.``, ``[1]``) of two entries or more, each with a
    link, or a bulleted list of entry-shaped items each giving an address
    (:func:`_cited_bulleted_list`), where the body above links two of its entries'
    addresses."""
    for i in range(len(lines) - 1, -1, -1):
        if heading_text(lines[i]) is None:
            continue
        if _cited_numbered_list(lines, i) or _cited_bulleted_list(lines, i):
            return i
    return None


def _cited_numbered_list(lines: list[str], at: int) -> bool:
    entries = _item_entries(lines, at + 1)
    heads = [pagecites.without_anchor(lines[e.lines[0] - 1]) for e in entries]
    items = [_ITEM.match(head) for head in heads]
    if len(entries) < 2 or any(
        (m is None and not _LETTERED_ITEM.match(head)) or (m is not None and m.group("c"))
        for m, head in zip(items, heads, strict=True)
    ):
        return False
    urls: dict[str, int] = {}
    for n, entry in enumerate(entries):
        found = [normalise_key(_url(m)) for m in LINK.finditer(entry.text)]
        if not found:
            return False
        urls.update((u, n) for u in found)
    return _body_links(lines[:at], urls) >= 2


def _cited_bulleted_list(lines: list[str], at: int) -> bool:
    """Is the section headed at ``at`` a bulleted list of works the body cites by links: at
    least :data:`~bibcheck.readers.mdtail.MIN_ENTRIES` items (``-``, ``*``, ``+``), each
    giving an address (a link, ``<https://…>`` or a bare one), most of them shaped like
    entries (:func:`~bibcheck.readers.mdtail.entry_item`: a year with an author or a title
    in parts, the addresses left out; :data:`_SHAPED_SHARE` of them, an archive's undated
    record among them), two of whose addresses the body above links?  A
    site's APA-like further-reading list in any language::

        ## Darllen pellach
        - Rees, M. (2011). *Hanes y felin wlân*. Gwasg Gomer. <https://…/melin>

    A list of bare links (``- [Tools](https://…)``) has no entry's shape: its links stay
    the body's."""
    entries = _item_entries(lines, at + 1)
    if len(entries) < MIN_ENTRIES or any(e.printed for e in entries):
        return False
    urls: dict[str, int] = {}
    for n, entry in enumerate(entries):
        found = _entry_urls(entry.text)
        if not found:
            return False
        urls.update((u, n) for u in found)
    shaped = sum(1 for e in entries if entry_item(e.text))
    return shaped >= _SHAPED_SHARE * len(entries) and _body_links(lines[:at], urls) >= 2


def _entry_urls(text: str) -> list[str]:
    """The (normalised) addresses an entry gives: its links', and its bare and
    ``<autolinked>`` ones (as :func:`read` matches them)."""
    found = [normalise_key(_url(m)) for m in LINK.finditer(text)]
    found += [
        normalise_key(m.group(0).rstrip(".,;)"))
        for m in _LIST_URL.finditer(_LINKLESS.sub("", text))
    ]
    return found


def _body_links(body: list[str], urls: dict[str, int]) -> int:
    """How many of the entries (``urls``: address -> entry) the ``body``'s links go to."""
    return len(
        {
            urls[key]
            for line in body
            for m in LINK.finditer(line)
            if (key := normalise_key(_url(m))) in urls
        }
    )


def _entries(lines: list[str], start: int) -> list[_Entry]:
    """The list's entries: its items (``1.``, ``[1]``, ``-``); else, when its paragraphs
    are a works-cited list (:func:`_paragraph_entries`), one entry per paragraph."""
    return _item_entries(lines, start) or _paragraph_entries(lines, start)


def _paragraph_entries(lines: list[str], start: int) -> list[_Entry]:
    """An essay's list written as paragraphs apart by blank lines (hanging entries with no
    list markup): one entry per paragraph, when they are an MLA Works Cited list or an
    author-date list (two entries at least named by author and year); else none."""
    entries: list[_Entry] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if heading_text(line) is not None:
            break
        if not line.strip():
            continue
        if entries and lines[i - 1].strip() and i - 1 >= start:
            entries[-1].parts.append(line.strip())
            entries[-1].lines.append(i + 1)
        else:
            entries.append(_Entry(str(len(entries) + 1), [line.strip()], [i + 1], printed=False))
    if len(entries) < 2:
        return []
    pairs = [(e.label, _LINK_TEXT.sub(r"\1", e.text)) for e in entries]
    if mla_shaped(pairs) or len(set(author_years(pairs).values())) >= 2:
        return entries
    return []


def _item_entries(lines: list[str], start: int) -> list[_Entry]:
    entries: list[_Entry] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if heading_text(line) is not None:
            break
        # ("{{< anchor "cite:1" >}}[1] Text"; "- [1] Text": a bulleted item's own label)
        m = _ITEM.match(unbulleted(pagecites.without_anchor(line)))
        lettered = _LETTERED_ITEM.match(pagecites.without_anchor(line))
        if lettered and entries and entries[-1].printed:
            label = lettered_label(lettered.group("a") or lettered.group("b"))
            if follows(entries[-1].label, label):
                entries.append(_Entry(label, [lettered.group("text").strip()], [i + 1]))
                continue
        if m:
            label = m.group("a") or m.group("b") or str(len(entries) + 1)
            printed = m.group("c") is None
            entries.append(_Entry(label, [m.group("text").strip()], [i + 1], printed=printed))
        elif line.strip() and entries and (line.startswith((" ", "\t")) or lines[i - 1].strip()):
            entries[-1].parts.append(line.strip())
            entries[-1].lines.append(i + 1)
    return entries


def _bold_entries(
    lines: list[str], at: int | None, entries: list[_Entry]
) -> tuple[int, list[_Entry]] | None:
    """A reading list of bold-numbered items (:func:`~bibcheck.readers.boldlist.bold_list`),
    its topic headings among them, where no list was found or the list found is under
    the heading above it: (the line of its heading, or the line before its first item;
    its entries)."""
    found = bold_list(lines)
    if found is None:
        return None
    first, last = found
    if entries and (at is not None and at > first or min(entries[0].lines) <= first):
        return None  # a list below it, or a list of its own above it
    if at is None or not all(
        not x.strip() or heading_text(x) is not None for x in lines[at + 1 : first]
    ):
        at = first - 1
        while at > 0 and not lines[at].strip():
            at -= 1
        at = at if heading_text(lines[at]) is not None else first - 1
    listed: list[_Entry] = []
    for i in range(first, last + 1):
        line = lines[i]
        m = BOLD_ITEM.match(line)
        if m:
            label = m.group("a") or m.group("b")
            listed.append(_Entry(label, [m.group("text").strip()], [i + 1]))
        elif line.strip() and heading_text(line) is None and listed:
            listed[-1].parts.append(line.strip())
            listed[-1].lines.append(i + 1)
    return at, listed


def _bib_error(error: BibError) -> Anomaly:
    """A fenced BibTeX block the .bib parser could not read (or a key given twice)."""
    duplicate = duplicate_in_document(error)
    if duplicate is not None:
        return duplicate
    return Anomaly(AnomalyCode.REFERENCE_UNPARSED, f"BibTeX block: {error.message}", error.line)


def _fenced_entry(number: int, record: BibRecord) -> _Entry:
    """A reference-list entry written as a fenced BibTeX entry."""
    lines = list(range(record.line, record.end_line + 1))
    return _Entry(str(number), [record.raw], lines, record)


def _plain(text: str) -> str:
    """``[Title](url)`` -> ``Title``, the URLs at the end: the link text is part of the
    reference, and the style parsers read it without an address in the middle."""
    urls = [_url(m) for m in LINK.finditer(text)]
    return " ".join([LINK.sub(lambda m: m.group("text"), text), *urls])


# An entry that opens with its link and then names its source: "[Title](url) — Site, 2022."
_LINK_FIRST = lazy_compile(
    rf"^\s*(?<!!)\[(?P<text>[^\[\]]{{3,}})\]\({mddestination.BARE}\)\s?[—–-]\s"
)
# "*et al.*", "_et al._" (Nature and Science print it in italics): the emphasis is only
# presentation, and the style parsers read "et al."
_EMPHASISED_ETAL = lazy_compile(
    r"(?<![\w*_])([*_]{1,2})(et\s+al\.?|u\.\s?a\.|и\s+др\.)\1(?![\w*_])"
)
# A link text that is no title: an address, a DOI, a file or access button
_NOT_A_TITLE = lazy_compile(
    r"^(?:https?://|www\.|doi:|10\.\d{4,9}/|\S+\.(?:pdf|html?)$)|"
    r"^(?:pdf|html|link|here|online|full text|abstract|doi|url|web|website|archive[ds]?|"
    r"download|preprint|arxiv|pubmed|google scholar)$",
    re.I,
)
# what may follow a title inside the parsed title: "(World Health Organization, 2021)",
# "[Data set]", a closing period
_TRAILER = lazy_compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])?\W*$")


def _link_title(text: str, named: bool = False) -> tuple[str, int] | None:
    """The text of the entry's first link that can be a title, and where the link starts:
    in a reference list the linked words are the work's title (``Ballester, J. et al.
    [Heat-related mortality …](https://doi.org/…). *Nat. Med.* …``); ``named``: one word
    written as a name (:data:`_ONE_WORD_NAME`, ``[WebPageTest](url)``) is a title too."""
    for m in LINK.finditer(text):
        shown = _LINK_TEXT.sub(r"\1", m.group("text"))
        shown = _unquoted(shown.strip().strip("*_").strip()).strip().rstrip(".,;:")
        if _NOT_A_TITLE.search(shown) or _IMAGE_ONLY.match(m.group("text")):
            continue
        words = shown.split()
        if len(words) >= 2 or (len(shown) >= 4 and not shown.isascii()):
            return shown, m.start()
        if named and _ONE_WORD_NAME.fullmatch(shown):
            return shown, m.start()
    return None


_QUOTES = "\"“”«»'‘’"


def _unquoted(text: str) -> str:
    """``text`` without the quotation marks around it (``"Title"`` -> ``Title``); a title
    that opens with a quotation of its own keeps it (``"We voted out of dislike": the young
    voter`` -- its closing mark stands inside)."""
    inner = text.strip(_QUOTES)
    return text if any(q in inner for q in _QUOTES[:6]) else inner


# one linked word that is the name of a site or tool, not a word of the sentence linked
# ("[reported](url)", "[here](url)"): a capital inside it ("WebPageTest", "GitHub", "NumPy")
_ONE_WORD_NAME = lazy_compile(r"[A-Za-z][a-z]*+[A-Z][A-Za-z0-9]*+")


def _reference(
    text: str, lines: tuple[int, ...], body_link: bool = False, note: bool = False
) -> Reference:
    """``note``: the text is a footnote's, which may be a remark (commentary) rather than
    a citation, as every reader's footnotes are read."""
    # (a link's text stays where the link was: the style parsers read it as the title)
    text_read = _EMPHASISED_ETAL.sub(r"\2", text)
    parsed = parse_reference(text_read, lines, detect_styles=True, note=note)
    first = _LINK_FIRST.match(text)
    if first is not None and parsed.title and parsed.title.startswith(first.group("text")):
        # the link text is the whole title, what follows the dash is who published it
        parsed = replace(parsed, title=first.group("text").strip())
    linked = _link_title(text_read, named=body_link)
    if linked is not None:
        title, start = linked
        head = _LINK_TEXT.sub(r"\1", text_read[:start]).strip().rstrip(".,:;").strip()
        found = parsed.title
        if found is None:
            # the parser found no title: the linked words are; what comes before them, if
            # the parser took the whole entry for a name, is the author
            authors = parsed.authors
            if head and any(title in a for a in authors):
                authors = (head,)
            parsed = replace(parsed, title=title, authors=authors)
        elif not parsed.authors and head and found.strip(" .") == head:
            # "UNDRR. [Title](url) (United Nations, 2022).": the name before the link was
            # taken for the title
            parsed = replace(parsed, title=title, authors=(head,))
        elif found.startswith(title) and _TRAILER.match(found[len(title) :]):
            # "[Title](url) (Publisher, 2021)": the parenthesis is no part of the title
            parsed = replace(parsed, title=title)
        elif _cut_short(found, title):
            # "[Hybrid work is just work. Are we doing it wrong?](url)": the parser stopped
            # at the link's first full stop; the link's text is the title whole
            parsed = replace(parsed, title=title)
    # ("[Zápisník z Luhačovic (Mus. rkp. 1 J 37)](url)": the linked words with the
    # manuscript's shelfmark, no part of its title; "[Dopisy Kamile Stösslové](url)": the
    # linked letters, archival items, :mod:`bibcheck.parse.references.digitised_letter`)
    return replace(digitised_letter(without_shelfmark(parsed), text_read), raw=text)


def _cut_short(found: str, title: str) -> bool:
    """Is the parsed title ``found`` the linked ``title`` cut at a sentence's end?"""
    head = found.strip().rstrip(".")
    if head and title[:1] in _QUOTES and title[1:].startswith(head):
        # ("[\"We voted out of dislike\"… young voters](url)": the parser took the quotation
        # opening the title for the title)
        return title[1 + len(head) : 2 + len(head)] in _QUOTES and len(title) > len(head) + 2
    rest = title[len(head) :]
    return bool(head) and title.startswith(head) and re.match(r"^[.!?…]\s+\S", rest) is not None


# a Pandoc footnote's definition, "[^1]: ..." (its label holds no bracket: lines opening
# "[^" with no "]" below are not each scanned to the text's end)
_FOOTNOTE_DEFINITION = lazy_compile(r"^\s{0,3}\[\^[^\[\]]++\]:", re.M)


def score(text: str, html: bool = True) -> float:
    """Fits Markdown whose citations are inline or reference-style links (and maybe a
    reference list); with notes written as links (a clipped page) when the body cites by
    links too.  ``html``: read the HTML Markdown may hold (citeproc's, ``<a href>``
    links) as well; not in a file named as HTML, which is the HTML reader's."""
    text = inline_references(text)
    converted = (
        mdhtml.rewrite(editor_lines(text))
        if html
        else mdhtml.HtmlMarkdown(editor_lines(text), 0, 0)
    )
    lines = converted.lines
    first, _ = _front_matter(lines)
    clean = _code_free(lines, first)
    found = linknotes.find(clean)
    if found.notes:
        return _LINKED_NOTES if linknotes.body_links(clean, found) >= 2 else 0.0
    if _FOOTNOTE_DEFINITION.search(text) or re.search(r"<sup>\s*\d", text):
        return 0.0  # footnotes: the Pandoc or sup-markdown reader
    if converted.entries and converted.citations:
        return 0.8  # citeproc's HTML: anchors to the entries of its list
    at = _list_at(clean)
    body = clean[:at] if at is not None else clean
    links = [
        _url(link.match)
        for i, line in enumerate(body)
        for link in _links(line, _continued(body, i, len(body)))
    ]
    if at is not None:
        urls = {normalise_key(_url(m)) for line in clean[at:] for m in LINK.finditer(line)}
        # (and the list's bare and <autolinked> addresses, as :func:`read` matches them)
        urls |= {
            normalise_key(m.group(0).rstrip(".,;)"))
            for line in clean[at:]
            for m in _LIST_URL.finditer(_LINKLESS.sub("", line))
        }
        matched = sum(1 for u in links if normalise_key(u) in urls)
        if matched:
            # a "Links" list matching a link or two of a Pandoc manuscript citing by key
            keyed = sum(len(PANDOC_CITATION.findall(line)) for line in clean)
            return 0.8 if matched >= keyed else 0.5
        if _page_cited(clean, at):  # "[[1, p. 4]](#cite:1)": in-page links to its entries
            return _PAGE_CITES
        # (an essay's list of paragraphs cited by author and year alone is the plain-text
        # reader's: only its links make it this reader's)
        if _named_twice(body, _item_entries(clean, at + 1)):
            return _AUTHOR_DATE
        # ("## Further reading" over "- [1] …" items the text cites "[1]": its reference
        # list, bulleted; the plain-text reader sees no "#" heading)
        if _reading_heading(clean[at]) and cited_labels(clean, at):
            return _CITED_READING
    if bold_list(clean) is not None:  # a reading list of bold-numbered works
        return _READING_LIST
    return 0.35 if len(links) >= 2 else 0.0


def _page_cited(lines: list[str], at: int) -> bool:
    """Do two in-page link citations in the body above the list headed at ``at`` cite its
    entries (:mod:`~bibcheck.readers.pagecites`)?"""
    labels = {e.label for e in _item_entries(lines, at + 1)}
    cites = pagecites.find(lines[:at], pagecites.anchors(lines[at:]))
    return sum(1 for c in cites if any(n in labels for n in c.numbers)) >= 2


def _named_twice(body: list[str], entries: list[_Entry]) -> bool:
    """Do two author-date mentions in ``body`` (in links or not: ``[Ramos, 2022](url)``,
    ``García y Ortiz (2018)``) name entries of the list?"""
    by_author = _author_years(entries, body)
    if not by_author:
        return False
    found = 0
    for line in body:
        for m in LINK.finditer(line):
            found += _named(m.group("text"), by_author) is not None
        found += sum(1 for _ in spans(_LINK_TEXT.sub(" ", line), by_author))
        if found >= 2:
            return True
    return False


def score_at(text: str, path: str) -> float:
    """:func:`score` on the masked text; a README whose citations section is fenced
    BibTeX (code, which masking blanks) fits as well."""
    found = score(mask(text), html=PurePath(path).suffix.lower() not in _HTML_SUFFIXES)
    if found >= _FENCED:
        return found
    lines = editor_lines(text)
    first, _ = _front_matter(lines)
    fenced = mdhtml.fenced_entries(["" if i < first else line for i, line in enumerate(lines)])
    return _FENCED if fenced is not None and len(fenced.records) >= 2 else found


def read(text: str) -> RawDocument:
    text = accept(text)  # CriticMarkup: the manuscript with every change accepted
    text = inline_references(text)  # "[text][4]" with "[4]: url" as "[text](url)"
    # citeproc's HTML and <a href> links as Markdown
    html = mdhtml.rewrite(editor_lines(text))
    lines = html.lines
    first, front_title = _front_matter(lines)
    clean = _code_free(lines, first)
    found = linknotes.find(clean)  # notes a clipper or converter wrote as links
    region = found.region
    clean = ["" if i in region else line for i, line in enumerate(clean)]
    # (a citeproc bibliography per section: every list read, every section the body)
    sectioned = _section_entries(clean, html.sections)
    at = _list_at(clean) if sectioned is None else sectioned[0]
    if sectioned is not None:
        entries = sectioned[1]
    else:
        entries = _entries(clean[: _list_stop(clean, at)], at + 1) if at is not None else []
    bold = _bold_entries(clean, at, entries) if sectioned is None else None
    if bold is not None:  # a reading list of "**[1]** Author. "Title." 2015." items
        at, entries = bold
    bib_errors: list[Anomaly] = []
    if sectioned is not None:
        listed_lines = {i for start, end in html.sections for i in range(start, end + 1)}
        clean = ["" if i in listed_lines else line for i, line in enumerate(clean)]
    elif not entries:
        fenced = mdhtml.fenced_entries(["" if i < first else line for i, line in enumerate(lines)])
        if fenced is not None and (at is None or fenced.heading >= at):
            at = fenced.heading
            entries = [_fenced_entry(n, record) for n, record in enumerate(fenced.records, 1)]
            bib_errors = [_bib_error(e) for e in fenced.errors]
    body_end = at if at is not None and sectioned is None else len(lines)
    # the sections after the list (an appendix, "## Links" over prose): the body's too,
    # save a further-reading list's
    tail = _body_after(clean, at, entries) if sectioned is None else None
    if bold is not None:  # (its topic headings are the list's, the lines after it the body's)
        final = max(n for e in entries for n in e.lines)
        tail = final if final < len(lines) else None
    reading = _reading_after(clean, at, entries)
    listed = {n - 1 for s in reading for n in s.body}
    rows = [*range(first, body_end), *(range(tail, len(lines)) if tail is not None else ())]
    rows = [i for i in rows if i not in listed]
    for i in rows:  # "<https://...>" in a sentence is a link as "[text](https://...)" is
        clean[i] = autolinks_as_links(clean[i])
    by_url: dict[str, str] = {}
    for entry in entries:
        for address in mdhtml.entry_keys(entry.record) if entry.record is not None else ():
            by_url.setdefault(address, entry.label)
        for m in LINK.finditer(entry.text):
            by_url.setdefault(normalise_key(_url(m)), entry.label)
        for m in _LIST_URL.finditer(_LINKLESS.sub("", entry.text)):
            by_url.setdefault(normalise_key(m.group(0).rstrip(".,;)")), entry.label)
    labels = {e.label for e in entries}
    lettered = any(map(is_lettered, labels))  # (an entry added in revision: "[2a]" cites it)
    by_author = _author_years(entries, clean[first:body_end])
    # (a list per section: a section's "Lund (2010)" names an entry of its own list)
    own_authors = [
        (end, _author_years([e for e in entries if start < e.lines[0] <= end + 1], clean[first:]))
        for start, end in (html.sections if sectioned is not None else ())
    ]
    titles = title_words((e.label, e.text) for e in entries)  # a link to a work's own page
    mla, _ = _mla(entries, clean[first:body_end], by_author)
    # a list with no printed numbers that the body cites by its links alone (a Notion or
    # Obsidian note's "Sources"): the links are the citations, labelled as links are
    body = [clean[i] for i in rows]
    own = _own_hosts(lines, first, clean[first:body_end])
    by_links = not mla and _links_cite(entries, body, by_url, by_author, own)
    # a further-reading list the body cites in no way: the body's links are its citations
    # (as with no list), the list's works its literature all the same
    key = heading_key(clean[at]) if at is not None else None
    apart = not mla and not by_links and _reading_apart(key, entries, body, by_url, by_author)
    # (a reading list of bold-numbered works, whatever its heading, that the body does
    # not cite: as a further-reading list)
    apart = apart or (
        bold is not None
        and not mla
        and not by_links
        and _reading_apart(None, entries, body, by_url, by_author, True)
    )
    by_links = by_links or apart
    listless = not entries or by_links
    last: str | None = None  # the entry named last in the paragraph (MLA: "(38)" cites it)
    unlisted: dict[str, int] = {}  # an author cited by page whom no entry has: the first line
    defined = {m.group("label").strip().lower() for m in _REFERENCE_DEFINITION.finditer(text)}
    link_notes: dict[str, tuple[str, int]] = {}  # work key -> (label, first line) without a list
    written: dict[str, str] = {}  # work key -> its first link as written
    wrap_cuts: dict[int, list[tuple[int, int]]] = {}  # line -> markup of wrapped links in it
    work_keys = WorkKeys()
    unmatched: list[int] = []
    named = 0  # the mentions of entries by author and year read
    prose: list[tuple[int, str]] = []  # (line, text) of the body's lines, to find unlisted names
    collector = BlockCollector(_MARK, list_items=True, tables=True)
    title = front_title
    for i in rows:
        part_end = body_end if i < body_end else len(lines)
        if own_authors:
            by_author = next((a for end, a in own_authors if i <= end), own_authors[-1][1])
        line = clean[i]
        if not line.strip():
            collector.blank()
            last = None
            continue
        heading = heading_text(line)
        if heading is not None:
            last = None
            title = title or _plain(heading)
            if listless:  # (a link in a heading, no list to match it: a section's link)
                collector.heading(i + 1, _LINK_TEXT.sub(r"\1", heading))
                continue
        # (a heading is one line: no link wraps from it onto the text below; its citations
        # are citations, "## Method (<a href="#bib_item_1">Berg et al. 2019</a>)")
        following = _continued(clean, i, part_end) if heading is None else []
        cites: list[tuple[int, str]] = []  # (end of the citing span in the line, label)
        linked: list[tuple[int, int, str]] = []  # (start, end, label) of citing links
        fixed = [(m.start, m.end, m.label) for m in found.in_line(i)]
        credits = _Credits(line)
        for link in _links(line, following):
            m, end = link.match, link.end
            if m.end() > len(line):
                _wrap_cuts(link, line, i, wrap_cuts)
            if any(m.start() == start for start, _, _ in fixed):
                continue  # a note's marker
            if _chrome(m, own) or m in credits:
                continue
            key = normalise_key(_url(m))
            if not listless:
                label = by_url.get(key) or by_url.get(mdhtml.arxiv_key(_url(m)) or key)
                # "[Portelli, 1981](url)", "[Müller (2019)](url)": a link whose words name
                # an entry by author and year cites it, wherever the link goes
                named_by = None if label else _named(m.group("text"), by_author)
                if named_by is not None and _deep(key):
                    # (its address is the entry's from now on: "Hanke ([2009](url))" later)
                    by_url.setdefault(key, named_by)
                label = label or named_by or slug_entry(_url(m), titles)
                if label is None:
                    unmatched.append(i + 1)
                    continue
                linked.append((m.start(), m.end(), label))
            else:
                key = work_keys.key(_url(m))  # (a fragment may name the work)
                label = link_notes.setdefault(key, (next_label(link_notes), i + 1))[0]
                written.setdefault(key, link.written)
            cites.append((end, label))
        cites += _bare_cites(line, by_url) if not listless else []
        numbers: list[tuple[int, int]] = []  # spans of "[n]" markers, taken out of the text
        for start, end, cited in _numbers(line, defined, lettered) if entries else ():
            numbers.append((start, end))
            cites += [(end, n) for n in cited if n in labels or _beyond(n, labels)]
        # (a body citing by its links: a link's words naming an entry, "[Lee (2021)](url)",
        # are that link's citation, no mention of the list's entry besides it)
        dated = (
            _mentions(line, by_author, linked, following[:1]) if entries and not by_links else []
        )
        named += len(dated)
        cites += dated
        if by_author and heading is None:  # (links blanked: a link cites by its address)
            prose.append((i + 1, _LINK_TEXT.sub(lambda m: " " * len(m[0]), line)))
        if mla and heading is None:
            missing: list[str] = []
            by_page, last = _mla_cites(line, following[:1], mla, last, missing)
            cites += by_page
            for name in missing:
                unlisted.setdefault(name, i + 1)
        marked = _with_markers(line, cites, numbers, fixed, wrap_cuts.pop(i, ()))
        if heading is None:
            collector.line(i + 1, marked)
        else:
            collector.heading(i + 1, heading_text(marked) or _LINK_TEXT.sub(r"\1", heading))
    blocks, raw_markers, anomalies = collector.finish()
    markers = [
        RawMarker(m.label, m.line, m.column, m.block, m.offset, row=m.row) for m in raw_markers
    ]
    notes, literature = _notes(entries, markers, link_notes, written)
    literature += [
        replace(e, reference=_reference(e.text, e.line_starts))
        for e in section_entries(clean, reading)
    ]
    if bold is not None and apart:  # (a reading list's works need not be cited)
        literature = [replace(e, nocite=True) for e in literature]
    if by_links:  # (a link to an entry's address stands for that entry)
        notes = _listed_links(link_notes, written, by_url, literature)
    if listless:  # a licence or terms link states how the post may be reused: no citation
        words = {n.label: _words(n.text) for n in notes}
        markers, notes = without_licences(markers, notes, blocks, words)
    notes += _link_footnotes(found)
    anomalies.extend(bib_errors)
    if not by_links:  # (the links' own labels are no numbers of the list)
        anomalies.extend(unlisted_numbers(markers, literature))
    anomalies.extend(html.anomalies)  # (a section citing another section's entry only)
    anomalies.extend(uncited_anomaly(name, line, mla) for name, line in unlisted.items())
    if named and not mla:  # "(Okafor et al., 2006)" of an author no entry names
        anomalies.extend(unlisted_lines(_paragraphs(prose), (e.text for e in entries)))
    if not entries and not found.notes:  # Pandoc's gfm notes, "[1] text" to the end
        anomalies.extend(unread_trailing_notes(clean))
    if unmatched:
        anomalies.append(
            Anomaly(
                AnomalyCode.LINK_NOT_CITED,
                f"{len(unmatched)} inline link(s) in the body match no entry of the reference "
                "list; they are not counted as citations",
                unmatched[0],
            )
        )
    doc = RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if at is None else at + 1,
        markers_reusable=True,
        detect_styles=True,
        # (a reading list the body does not cite need not hold the pages its links cite)
        literature_partial=apart,
    )
    # (a bibliography per section: each list's numbers its own, ``2.3``)
    return by_part(doc, html.offsets if sectioned is not None else ())


def _section_entries(
    lines: list[str], spans: Sequence[tuple[int, int]]
) -> tuple[int, list[_Entry]] | None:
    """The entries of every citeproc list of a file with one per section (``spans``: the
    lists, rewritten as ``[n] text`` items) and the line of the first list's heading (or
    its first line); None unless there are two or more such lists."""
    if len(spans) < 2:
        return None
    entries: list[_Entry] = []
    for start, end in spans:
        begin = start + 1 if heading_text(lines[start]) is not None else start
        entries += _item_entries(lines[: end + 1], begin)
    at = spans[0][0]
    above = next((i for i in range(at - 1, -1, -1) if lines[i].strip()), None)
    if above is not None and heading_text(lines[above]) is not None:
        at = above
    return at, entries


_LINKLESS = LINK


def _url(m: re.Match[str]) -> str:
    """The address of a link :data:`LINK` matched, its backslash escapes undone."""
    return mddestination.unescaped(m.group("url"))


def unread_trailing_notes(lines: Sequence[str]) -> list[Anomaly]:
    """An ``unread-region`` for bracketed notes ending the page (Pandoc's ``gfm`` writer:
    ``[1] text`` paragraphs, no heading) that this reader, reading links, does not read."""
    found = trailing_notes(lines)
    if found is None:
        return []
    at, notes = found
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(notes)} numbered notes or entries ([1] to [{notes[-1].label}]) end the "
            f"document from line {at + 1} with no heading; they are not read here "
            "(try --reader plain-text)",
            at + 1,
        )
    ]


def _links_cite(
    entries: list[_Entry],
    body: Sequence[str],
    by_url: dict[str, str],
    by_author: AuthorYears,
    own: set[str],
) -> bool:
    """Does the body cite the unnumbered list's entries by its links alone, among links
    to works it does not list?  The list prints no numbers (``-`` items, paragraphs), a
    body link goes to an entry's address, another to an address no entry has, and no
    ``[n]`` marker and no author-date mention outside a link cites an entry: then each
    link is a citation of its own (``L1``, ``L2`` ...), as in a post with no list,
    whether its address is an entry's or not.  An author-date text that names entries in
    its prose as well (``Michener (2015)``) cites the entries, its links with them; so
    does a body whose every link goes to an entry (the explainer's ``## Sources`` /
    ``## 출처`` / ``## 出典`` list of exactly what it links to): each link cites its
    entry, labelled by the entry's place, as a numbered list's are by its number -- and
    so does a body whose links go to entries but for an odd one (no more than one
    address in :data:`_ODD_LINKS` no entry's: the blog post linking its sources and,
    once, a page it does not list), its odd link no citation (``link-not-cited``), as a
    numbered list's unlisted links are not."""
    if not entries or any(e.printed or e.record is not None for e in entries):
        return False
    labels = {e.label for e in entries}
    linked: set[str] = set()  # the addresses linked: an entry's
    unlisted: set[str] = set()  # ... and no entry's
    for line in body:
        if _names_entries(line, labels, by_author):
            return False
        for m in LINK.finditer(line):
            if _chrome(m, own) or LICENCE_URL.match(_url(m)):
                continue
            key = normalise_key(_url(m))
            (linked if key in by_url else unlisted).add(key)
    # (a post whose links go to its list's entries but for an odd one, a page no entry
    # names, cites the list: the odd link is no citation, as with a numbered list)
    return bool(linked) and len(unlisted) * _ODD_LINKS > len(linked)


def _listed_links(
    link_notes: dict[str, tuple[str, int]],
    written: dict[str, str],
    by_url: dict[str, str],
    literature: list[RawNote],
) -> list[RawNote]:
    """The notes of the links of a body that cites by links (:func:`_links_cite`): a link
    to an entry's address is that entry's reference, with the address the link gives;
    any other link is read as a link with no list is."""
    listed = {note.label: note for note in literature}
    notes = _notes([], [], link_notes, written)[0]
    out = []
    for note in notes:
        key = next((k for k, (label, _) in link_notes.items() if label == note.label), "")
        entry = listed.get(by_url.get(key, ""))
        if entry is None or entry.reference is None:
            out.append(note)
            continue
        ref = replace(entry.reference, line=note.line, end_line=note.line)
        out.append(replace(note, reference=ref))
    return out


def _reading_apart(
    key: str | None,
    entries: list[_Entry],
    body: Sequence[str],
    by_url: dict[str, str],
    by_author: AuthorYears,
    reading: bool = False,
) -> bool:
    """Is a list under the heading ``key`` (or ``reading``: a reading list whatever its
    heading) a further-reading list (``## Further reading``,
    ``## Reading list``: :func:`is_further_reading_heading`) of entries written out (no
    fenced BibTeX) that the body cites in no way: no ``[n]`` marker of an entry's number,
    no author-date mention of an entry, no link to an entry's address?  Such a list is a
    links page's reading list: its works need not be cited, and the body's links are
    the page's citations."""
    if not reading and (key is None or not is_further_reading_heading(key)):
        return False
    if not entries or any(e.record is not None for e in entries):
        return False
    labels = {e.label for e in entries}
    return not any(
        _names_entries(line, labels, by_author)
        or any(normalise_key(_url(m)) in by_url for m in LINK.finditer(line))
        for line in body
    )


def _names_entries(line: str, labels: set[str], by_author: AuthorYears) -> bool:
    """Does ``line`` cite an entry by an ``[n]`` marker of its number or by an
    author-date mention outside a link?"""
    if "[" in line and any(n in labels for _, _, cited in _numbers(line, set()) for n in cited):
        return True
    return any(True for _ in spans(_LINK_TEXT.sub(lambda m: " " * len(m[0]), line), by_author))


_HOME = lazy_compile(r"^(?:[a-z][\w+.-]*:)?/*[^/?#]+/?$")


def _deep(key: str) -> bool:
    """Is the (normalised) address a page below a site's home: one work's own address?"""
    return _HOME.match(key) is None


# an autolink "<https://...>" (not the "<...>" of a link's own destination, "](<url>)")
_AUTOLINK = lazy_compile(r"(?<![(\w])<(https?://[^\s<>]{1,2000})>")


def autolinks_as_links(line: str) -> str:
    """``line`` with each autolink ``<https://...>`` written as the link ``[URL](URL)``
    (CommonMark: the address is the link's text and destination)."""
    if "<http" not in line:
        return line
    return _AUTOLINK.sub(lambda m: f"[{m.group(1)}]({m.group(1)})", line)


# an address an entry gives outside a link: bare, or autolinked "<https://...>"
_LIST_URL = lazy_compile(r"https?://[^\s<>]+")
# a bare address in prose ("https://arxiv.org/abs/2205.01580", "<https://...>")
_BARE_URL = lazy_compile(r"(?<![\w(\[\]\"'=/])https?://[^\s<>()\[\]\"']{1,2000}")


def _bare_cites(line: str, by_url: dict[str, str]) -> list[tuple[int, str]]:
    """Bare addresses of ``line`` (outside links) that are an entry's address: each cites
    that entry, at its end."""
    if "http" not in line:
        return []
    linked = [(m.start(), m.end()) for m in LINK.finditer(line)]
    cites = []
    for m in _BARE_URL.finditer(line):
        if any(start <= m.start() < end for start, end in linked):
            continue
        url = m.group(0).rstrip(".,;:!?")
        key = normalise_key(url)
        label = by_url.get(key) or by_url.get(mdhtml.arxiv_key(url) or key)
        if label is not None:
            cites.append((m.start() + len(url), label))
    return cites


_WRAP = 3  # a link's text may go on over this many more lines of its paragraph


@dataclass(frozen=True, slots=True)
class _Link:
    """A link met on a line: its match (in the line, or in the line joined to the next
    lines of its paragraph when its text wraps) and where it ends in the line (the line's
    end when it wraps: where a reader meets it)."""

    match: re.Match[str]
    end: int

    @property
    def written(self) -> str:
        """The link as written, a wrapped text on one line."""
        m = self.match
        text = " ".join(part.strip() for part in m.string[m.start() : m.end("text")].split("\n"))
        return text + "".join(
            part.strip() for part in m.string[m.end("text") : m.end()].split("\n")
        )


def _links(line: str, following: Sequence[str]) -> list[_Link]:
    """The links of ``line``; a link whose text goes on to the next lines of its paragraph
    (``The [official`` / ``documentation](https://...)``) too, ending at the line's end."""
    found = [_Link(m, m.end()) for m in LINK.finditer(line)]
    if "[" in line and following:
        joined = "\n".join([line, *following])
        found += [
            _Link(m, len(line))
            for m in LINK.finditer(joined)
            if m.start() < len(line) < m.start("url")
        ]
    return found


def _continued(lines: Sequence[str], i: int, end: int) -> list[str]:
    """The lines after ``lines[i]`` (up to ``end``) a link's text may wrap onto: the rest of
    its paragraph, at most :data:`_WRAP` lines."""
    out: list[str] = []
    for j in range(i + 1, min(end, i + 1 + _WRAP)):
        if not lines[j].strip():
            break
        out.append(lines[j])
    return out


def _wrap_cuts(link: _Link, line: str, i: int, cuts: dict[int, list[tuple[int, int]]]) -> None:
    """Record what of a wrapped link is markup, to be taken out of the lines it covers: the
    opening bracket on its first line, ``](url)`` where its text ends."""
    m = link.match
    cuts.setdefault(i, []).append((m.start(), m.start() + 1))
    start, stop = m.end("text"), m.end()
    offset = len(line) + 1
    j = i + 1
    for part in m.string[offset:].split("\n"):
        a, b = max(start - offset, 0), min(stop - offset, len(part))
        if a < b:
            cuts.setdefault(j, []).append((a, b))
        offset += len(part) + 1
        j += 1
        if offset > stop:
            break


# "[text](url)" -> "text" (one level of brackets inside, as LINK: an unclosed "[" is text,
# and a run of them is scanned once, not once each)
_LINK_TEXT = lazy_compile(rf"(?<!!)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]{mddestination.INLINE}")


def _with_markers(
    line: str,
    cites: list[tuple[int, str]],
    numbers: list[tuple[int, int]],
    fixed: Sequence[tuple[int, int, str]] = (),
    markup: Sequence[tuple[int, int]] = (),
) -> str:
    """The line with links reduced to their text, ``[n]`` markers (``numbers``) taken out,
    and a marker at the end of each citing sentence (or at the line end when the
    sentence goes on); a note's marker (``fixed``: its span and label) stays where it is;
    ``markup``: spans of a wrapped link's brackets and address, taken out."""
    placed: dict[int, list[str]] = {}
    probe = line  # (a note's marker after a full stop ends the sentence: "showed.[1]")
    for a, b, _ in fixed:
        probe = probe[:a] + " " * (b - a) + probe[b:]
    for end, label in cites:
        stop = _SENTENCE_END.search(probe, end)
        at = stop.end() if stop else len(line.rstrip())
        placed.setdefault(max(at, end), []).append(label)
    cuts: dict[int, int] = {}  # start -> end of a "[n]" marker (and the space before it)
    for a, b in numbers:
        start = a - 1 if a > 0 and line[a - 1] == " " else a
        cuts[start] = max(cuts.get(start, start), b)
    for a, b, label in fixed:
        placed.setdefault(a, []).append(label)
        cuts[a] = max(cuts.get(a, a), b)
    for a, b in markup:
        cuts[a] = max(cuts.get(a, a), b)
    out = []
    pos = 0
    for at in sorted({*placed, *cuts}):
        out.append(line[pos:at] if pos <= at else "")
        pos = max(pos, at)
        out.extend(f"\x00{label}\x00" for label in dict.fromkeys(placed.get(at, ())))
        pos = max(pos, cuts.get(at, pos))
    out.append(line[pos:])
    return _LINK_TEXT.sub(r"\1", "".join(out))


_COLON = lazy_compile(r"\s*:")
_NEXT_LABEL = lazy_compile(r"\[([^\]]+)\]")


def _numbers(
    line: str, defined: set[str], lettered: bool = False
) -> list[tuple[int, int, list[str]]]:
    """``[n]`` markers in a line: ``[3]``, ``[1, 2]``, ``[1-3]``, ``[2][3]`` (two markers,
    unless ``[3]:`` is a link reference definition, which makes ``[2]`` link text).
    Not ``word[1]``, ``[text][1]``, a definition ``[1]: url`` or a link ``[1](url)``.
    With ``lettered`` (the list letters an entry added in revision), ``[2a]`` too."""
    found: list[tuple[int, int, list[str]]] = []
    indent = len(line) - len(line.lstrip())
    for m in (_LETTERED_NUMBER if lettered else NUMBER).finditer(line):
        before = line[m.start() - 1] if m.start() else ""
        if before.isalnum() or before in ("_", "!"):
            continue
        if before == "]" and not (found and found[-1][1] == m.start()):
            continue  # "[link text][1]"
        if m.start() == indent and _COLON.match(line, m.end()):
            continue  # "[1]: https://..." defines a link
        if line.startswith("(", m.end()) and not m.group(0).endswith(")"):
            continue  # "[1](https://...)" is a link
        nxt = _NEXT_LABEL.match(line, m.end())
        if nxt and nxt.group(1).strip().lower() in defined:
            continue  # "[2][3]" with "[3]: url" defined: a reference link
        n = m.group("n") or m.group("m")
        found.append((m.start(), m.end(), expand(n)))
    return found


def _beyond(n: str, labels: set[str]) -> bool:
    """Is ``[n]`` a citation of an entry a numbered list lacks (``[17]`` under a list of
    16)?  It is reported, never dropped; not a year (``[1998]``) nor a marker beside a list
    whose labels are not numbers."""
    # (a list that letters an entry, "2a", is numbered all the same: "[2b]" it lacks too)
    return (is_lettered(n) or (n.isdigit() and 0 < int(n) < 1000)) and all(
        label.isdigit() or is_lettered(label) for label in labels
    )


def _paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph of the numbered ``lines`` (consecutive lines
    joined: a citation wraps over a line end); a line number left out parts them."""
    if not lines:
        return []
    top = lines[0][0]
    by_number = dict(lines)
    rows = [by_number.get(n) for n in range(top, lines[-1][0] + 1)]
    return [
        (top + first, "\n".join(row or "" for row in rows[first : last + 1]))
        for first, last in paragraph_spans(rows, lambda row: row is None)
    ]


def _named(text: str, by_author: AuthorYears) -> str | None:
    """The entry a link's words name by author and year (``Portelli, 1981``, ``Thomson
    (2007)``, ``Corti et al., 2019, p. 5``), or None; the link's bracket closes the
    mention as a parenthesis would."""
    shown = _LINK_TEXT.sub(r"\1", text).strip(" *_")
    return next((label for _, _, label in spans(f"{shown})", by_author)), None)


def _mentions(
    line: str,
    by_author: AuthorYears,
    linked: list[tuple[int, int, str]],
    following: Sequence[str] = (),
) -> list[tuple[int, str]]:
    """(end, label) of the author-date mentions of ``line``; a mention inside a link that
    cites the same entry is that link's citation, not one more.  A mention that starts on
    ``line`` and goes on to the next line of its paragraph (``As Okonkwo and Reyes`` /
    ``(2020) note``) ends at this line's end."""
    text = "\n".join([line, *following[:1]])
    return [
        (min(end, len(line)), label)
        for start, end, label in spans(text, by_author)
        if start < len(line)
        and not any(a <= start and end <= b and label == cited for a, b, cited in linked)
    ]


def _unlinked(line: str) -> tuple[str, list[int]]:
    """``line`` with links reduced to their text, and where each of its characters stands
    in ``line``."""
    text: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _LINK_TEXT.finditer(line):
        text.append(line[pos : m.start()] + m.group(1))
        where += [*range(pos, m.start()), *range(m.start(1), m.end(1))]
        pos = m.end()
    text.append(line[pos:])
    where += range(pos, len(line))
    return "".join(text), where


def _mla_cites(
    line: str,
    following: Sequence[str],
    index: MlaIndex,
    last: str | None,
    unlisted: list[str] | None = None,
) -> tuple[list[tuple[int, str]], str | None]:
    """(end, label) of the MLA citations of ``line`` (``(Teal 31)``, ``("Blue Carbon")``,
    a page alone after an author named in the paragraph), links read as their words; and
    the entry named last.  A citation going on to the next line ends at this line's end.
    ``unlisted`` gets the names cited by author and page that head no entry."""
    text, where = _unlinked(line)
    nxt = _unlinked(following[0])[0] if following else ""
    here, missing, last = line_cites(text, nxt, index, last)
    if unlisted is not None:
        unlisted += [name for _, _, name in missing]
    return [
        (where[end - 1] + 1 if row == 0 and end else len(line), lab) for row, end, lab in here
    ], last


def _mla(
    entries: list[_Entry], body: Sequence[str], by_author: AuthorYears
) -> tuple[MlaIndex, list[str]]:
    """The index of an MLA Works Cited list and the labels its body cites, in order; an
    empty index when the list is no MLA list or the body names its entries by author and
    year at least as often."""
    pairs = [(e.label, _LINK_TEXT.sub(r"\1", e.text)) for e in entries if e.record is None]
    if not pairs or not mla_shaped(pairs):
        return MlaIndex(), []
    index = mla_index(pairs)
    cited: list[str] = []
    dated = 0
    last: str | None = None
    for i, line in enumerate(body):
        if not line.strip() or heading_text(line) is not None:
            last = None
            continue
        found, last = _mla_cites(line, _continued(body, i, len(body)), index, last)
        cited += [label for _, label in found]
        dated += sum(1 for _ in spans(_LINK_TEXT.sub(r"\1", line), by_author))
    return (index, cited) if len(cited) > dated else (MlaIndex(), [])


def _author_years(entries: list[_Entry], body: Sequence[str]) -> AuthorYears:
    """(surname, year) -> the one entry whose head names that person and whose text has
    that year (link markup left out); a pair two entries share cites neither; and the
    abbreviations the ``body`` defines for the bodies the entries name ("(hereafter
    IPCC)")."""
    index = author_years((e.label, _LINK_TEXT.sub(r"\1", e.text)) for e in entries)
    return with_defined(index, _LINK_TEXT.sub(r"\1", "\n".join(body)))


def next_label(taken: dict[str, tuple[str, int]]) -> str:
    """The label of the next link note: ``L1``, ``L2`` ... (as every reader labels links)."""
    return f"{LABEL_PREFIX}{len(taken) + 1}"


def _own_hosts(lines: list[str], first: int, body: list[str]) -> set[str]:
    """The document's own site: the front matter's ``url``/``canonical_url``/``permalink``,
    and the hosts of its chrome links ("View in browser", "Unsubscribe")."""
    hosts: set[str] = set()
    for line in lines[:first]:
        m = re.match(
            r"^\s*(?:url|canonical_url|canonical|permalink|link|source)\s*[:=]\s*[\"']?(https?://[^\s\"']+)",
            line,
        )
        if m:
            hosts.add(_host(m.group(1)))
    for line in body:
        for m in LINK.finditer(line):
            shown = _LINK_TEXT.sub(r"\1", m.group("text")).strip(" *_")
            if CHROME_TEXT.match(shown) or _OWN_CHROME.match(_url(m)):
                hosts.add(_host(_url(m)))  # the newsletter's own buttons: its own site
    return hosts - {""}


# a newsletter's own subscribe/unsubscribe/comments buttons name its own site (Substack's
# generic signup page does not)
_OWN_CHROME = lazy_compile(
    r"^https?://(?!(?:www\.)?substack\.com/)[^/]+/(?:subscribe|action/disable_email|"
    r"p/[^?#]+/comments|p/[^?#]+\?(?:[^#]*&)?action=share)\b",
    re.I,
)


def _host(url: str) -> str:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", url, re.I)
    return m.group(1).lower() if m else ""


def _chrome(m: re.Match[str], own: set[str]) -> bool:
    """A link that is no citation: a "View in browser"/"Unsubscribe"/share link, a link
    to the document's own site, or a link around an image only (a badge, a logo)."""
    shown = _LINK_TEXT.sub(r"\1", m.group("text")).strip(" *_")
    return bool(
        CHROME_TEXT.match(shown)
        or CHROME_URL.match(_url(m))
        or PROFILE_URL.match(redirect_target(_url(m)))
        or _host(redirect_target(_url(m))) in own
        or _IMAGE_ONLY.match(m.group("text"))
    )


class _Credits:
    """Which links of one line stand in a picture's credit line ("*Photo by [Jane Roe](...)
    on [Unsplash](...)*"): the line's sentences found once, each judged once (a line of
    hundreds of links is not scanned again for each)."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.ends = [e.end() for e in _SENTENCE_END.finditer(line)]
        self.judged: dict[int, bool] = {}

    def __contains__(self, m: re.Match[str]) -> bool:
        at = bisect.bisect_right(self.ends, m.start())  # the sentence the link starts in
        if at not in self.judged:
            start = self.ends[at - 1] if at else 0
            # (a link's own "." ends no sentence before the link ends: as before, the
            # sentence runs to the first end after the link)
            after = bisect.bisect_left(self.ends, m.end())
            stop = self.ends[after] if after < len(self.ends) else len(self.line)
            sentence = self.line[start:stop]
            urls = [_url(link) for link in LINK.finditer(sentence)]
            self.judged[at] = is_credit(_LINK_TEXT.sub(r"\1", sentence), urls)
        return self.judged[at]


def _notes(
    entries: list[_Entry],
    markers: list[RawMarker],
    link_notes: dict[str, tuple[str, int]],
    written: dict[str, str],
) -> tuple[list[RawNote], list[RawNote]]:
    if entries:
        literature = [
            RawNote(
                e.label,
                e.text,
                e.lines[0],
                e.lines[-1],
                tuple(e.lines),
                _reference(e.text, tuple(e.lines)) if e.record is None else to_reference(e.record),
                # a README's BibTeX blocks list the works its code builds on, cited in
                # its text or not (as \nocite does): an entry no link cites is no finding
                nocite=e.record is not None,
            )
            for e in entries
        ]
        by_label = {note.label: note for note in literature}
        cited = list(dict.fromkeys(m.label for m in markers))
        return [by_label[label] for label in cited if label in by_label], literature
    notes = []
    for key, (label, line) in link_notes.items():
        text = written.get(key, key)
        # (a body link's note is the link alone: its one linked word can name the page)
        ref = _reference(text, (line,), body_link=True)
        notes.append(RawNote(label, text, line, line, (line,), ref))
    return notes, []


def _words(written: str) -> str:
    """The words of a link written ``[words](url)``, without their markup."""
    m = LINK.match(written)
    return _LINK_TEXT.sub(r"\1", m.group("text")).strip(" *_") if m else ""


def _link_footnotes(found: linknotes.LinkNotes) -> list[RawNote]:
    """The notes a clipper wrote as links; a note's reference is read from its text (the
    link in it is the work it cites)."""
    notes = []
    for note in found.notes:
        lines = tuple(i + 1 for i in note.lines)
        notes.append(
            RawNote(
                note.label,
                note.text,
                lines[0],
                lines[-1],
                lines,
                _reference(note.text, lines, note=True),
            )
        )
    return notes


READER = register(
    Reader(NAME, (".md", ".markdown"), score, read, detect_styles=True, score_at=score_at)
)
