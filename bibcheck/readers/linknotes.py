"""Footnotes that converters and web clippers write in Markdown as links.

A Word or HTML footnote that passes through a converter to Markdown keeps its two
links and loses the footnote syntax:

* mammoth (docx -> Markdown): the marker ``<a id="footnote-ref-1"></a>[[1]](#footnote-1)``
  and the note as an item of a list at the end, with no heading:
  ``1. <a id="footnote-1"></a> Text. [↑](#footnote-ref-1)``;
* html2text, MarkDownload, Obsidian and Joplin clippers on a web page: the marker a link
  whose text is the number and whose target is the note's anchor (``[1](#fn1)``,
  ``[[1]](#cite_note-1)``, ``[1](https://site/post#footnote-1)`` when the page's
  address was kept, ``<sup>[2](#fn:2)</sup>``), the note an item or paragraph with a
  back link (``1. Text [↩](#fnref:1)``, ``1. **[^](#cite_ref-1)** Text``), or a
  paragraph that is only the numbered back link (Substack: ``[1](…#footnote-anchor-1)``)
  followed by the note's paragraph.

A marker is a link whose text is a number (``1``, ``[1]``, ``^1``, ``<sup>1</sup>``) and
whose fragment names a note (``footnote-1``, ``fn1``, ``fn:1``, ``fn-1``, ``_ftn1``,
``ftnt1``, ``endnote-1``, ``cite_note-1``, ``note-1``); a back link's fragment names
the marker (``footnote-ref-1``, ``footnote-anchor-1``, ``fnref:1``, ``fnref1``,
``_ftnref1``, ``ftnt_ref1``, ``cite_ref-1``, ``endnote-ref-1``).  Reference-style
links must be written inline first (:mod:`bibcheck.readers.reflinks`).

:func:`find` returns the markers and notes with their lines; :func:`to_pandoc` writes
them as Pandoc footnotes (``[^1]``, ``[^1]: Text.``) with every line kept in place,
for the Pandoc reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers import mddestination
from bibcheck.readers.reflinks import inline_references

# a link, with an optional title: "[text](url)", "[↩](#fnref:1 "Jump back")"
_LINK = lazy_compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*"
    + mddestination.url_group("url")
    + rf"(?:\s+{mddestination.TITLE})?\s*\)"
)
# (a prefix before the name: GitHub's "user-content-fn-1", the widely copied "myfootnote1")
_NOTE_FRAGMENT = lazy_compile(
    r"#(?:my|[a-z][a-z-]{0,15}-)?"
    r"(?:footnote|fn|_ftn|ftnt|ftn|endnote|edn|_edn|cite_note|note|sdfootnote)"
    r"(?:[-:_](?:[^#\s]*[-_])?)?(?P<n>\d{1,4})(?:sym)?$",
    re.I,
)
_BACK_FRAGMENT = lazy_compile(
    r"#(?:footnote-?ref|footnote-?anchor|fnref|_ftnref|ftnt_ref|ftnref|endnote-?ref|"
    r"_ednref|ednref|cite_ref|noteref|sdfootnote\d+anc)(?:[-:_](?:[^#\s]*[-_])?)?(?P<n>\d{1,4})?"
    r"(?:-\d+)?$",
    re.I,
)
_NUMBER_TEXT = lazy_compile(
    r"^\s*+(?:\^|<sup>)?\s*+\[?\s*+(?P<n>\d{1,4})\s*+\]?\s*+(?:</sup>)?\s*+$"
)
_BACK_TEXT = lazy_compile(
    r"^\s*+(?:(?:\*\*|__)\s*+)?(?:↑|↩︎?|\^|⏎|back|return|\d{1,4})\s*+(?:(?:\*\*|__)\s*+)?$", re.I
)
# an empty anchor a converter leaves before a marker or a note: <a id="footnote-ref-1"></a>
# an empty anchor: "<a id="footnote-1"></a>" (mammoth), "<span id="fn1"></span>" (Pandoc's
# commonmark and gfm writers)
_ANCHOR = lazy_compile(
    r"<(?P<tag>a|span)\s+(?:id|name)\s*=\s*[\"'](?P<id>[^\"']+)[\"']\s*>\s*</(?P=tag)>\s*", re.I
)
_ITEM = lazy_compile(r"^[ ]{0,3}(?P<n>\d{1,4})[.)][ \t]+")
# an anchor that holds the note's own number, before the note's text (GitHub READMEs, which
# had no footnotes): '<a name="fn1">1</a>: Text', '<a id="note-2">[2]</a> Text',
# '<a name="fn3"><sup>3</sup></a> Text'
_NUMBERED_ANCHOR = lazy_compile(
    r"<(?P<tag>a|span)\s+(?:id|name)\s*=\s*[\"'](?P<id>[^\"'<>]{1,200})[\"']\s*>\s*"
    r"(?:<sup>\s*)?\[?\s*(?P<n>\d{1,4})\s*\]?\.?(?:\s*</sup>)?\s*</(?P=tag)>\s*[:.]?\s*",
    re.I,
)
_SUP = lazy_compile(r"<sup>\s*(?P<marker>\[\^\d{1,4}\])\s*</sup>", re.I)
_BOLD_BACK = lazy_compile(r"^(?:\*\*|__)?\s*$")


@dataclass(frozen=True, slots=True)
class Marker:
    """A note marker in a line: its span (0-based columns) and the note's label."""

    line: int  # 0-based line index
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Note:
    """A note's text (links kept, back links and anchors left out) and its lines."""

    label: str
    text: str
    lines: tuple[int, ...]  # 0-based line indexes of its text
    region: tuple[int, ...]  # every line the note occupies (with a label-only line)


@dataclass(frozen=True, slots=True)
class LinkNotes:
    markers: tuple[Marker, ...]
    notes: tuple[Note, ...]

    @property
    def region(self) -> frozenset[int]:
        """The line indexes the notes occupy (not body text)."""
        return frozenset(i for note in self.notes for i in note.region)

    def in_line(self, i: int) -> list[Marker]:
        return [m for m in self.markers if m.line == i]


def is_back_link(url: str) -> bool:
    """Does ``url`` lead back from a note to its marker (``#fnref:1``, Substack's
    ``…#footnote-anchor-1``)?  The number linked so is the note's own, no citation."""
    return _BACK_FRAGMENT.search(url) is not None


def marker_label(m: re.Match[str]) -> str | None:
    """The note a link ``m`` marks: its number, if it links to a note's anchor."""
    text = _NUMBER_TEXT.match(m.group("text"))
    if text is None or _BACK_FRAGMENT.search(m.group("url")):
        return None
    fragment = _NOTE_FRAGMENT.search(m.group("url"))
    return text.group("n") if fragment is not None else None


def _back(m: re.Match[str]) -> bool:
    return _BACK_FRAGMENT.search(m.group("url")) is not None and bool(
        _BACK_TEXT.match(m.group("text"))
    )


def _note_label(line: str) -> tuple[str, str] | None:
    """(label, text) if ``line`` opens a note: a list item, anchor or back link that
    names one; the text is the line with its number, anchor and back links left out
    (empty for a back link alone on its line)."""
    item = _ITEM.match(line)
    rest = line[item.end() :] if item else line.lstrip()
    label = item.group("n") if item else None
    anchored = False
    anchor = _ANCHOR.match(rest) or _NUMBERED_ANCHOR.match(rest)
    if anchor is not None:
        fragment = _NOTE_FRAGMENT.search("#" + anchor.group("id"))
        if fragment is None or _BACK_FRAGMENT.search("#" + anchor.group("id")):
            return None
        anchored = True
        held = anchor.groupdict().get("n")  # the number the anchor shows
        label = label or (str(int(held)) if held else None) or fragment.group("n")
        rest = rest[anchor.end() :]
    backs = [m for m in _LINK.finditer(rest) if _back(m)]
    if not anchored and not backs:
        return None
    if not anchored:
        first = backs[0]
        head = rest[: first.start()]
        if not (_BOLD_BACK.match(head) or first.end() == len(rest.rstrip())):
            return None  # a back link in the middle of a sentence opens nothing
        number = _NUMBER_TEXT.match(first.group("text"))
        label = label or (number.group("n") if number else None)
        label = label or _BACK_FRAGMENT.search(first.group("url")).group("n")  # type: ignore[union-attr]
    if label is None:
        return None
    text = rest
    for m in reversed(backs):
        text = text[: m.start()] + text[m.end() :]
    text = _ANCHOR.sub("", text)
    text = re.sub(r"^\s*(?:\*\*\s*\*\*|____)\s*", "", text)  # the bold around a back link
    return label, " ".join(text.split())


def find(lines: Sequence[str]) -> LinkNotes:
    """The link markers and link notes of Markdown ``lines`` (inline links only)."""
    openers = [
        (i, opened)
        for i, line in enumerate(lines)
        if ("](" in line or "<a" in line) and (opened := _note_label(line)) is not None
    ]
    # (a later paragraph of a note ends with its back link: it opens no note of its own)
    openers = [o for k, o in enumerate(openers) if not k or o[1][0] != openers[k - 1][1][0]]
    if not openers:
        return LinkNotes((), ())  # markers with no note anywhere: links, not notes
    notes: list[Note] = []
    for k, (i, (label, text)) in enumerate(openers):
        stop = openers[k + 1][0] if k + 1 < len(openers) else len(lines)
        taken = _note_lines(lines, i, stop, bool(text), last=k + 1 == len(openers))
        parts = [text] if text else []
        parts += [_clean(lines[j]) for j in taken]
        if not any(parts):
            continue
        body = ([i] if text else []) + taken
        span = tuple(range(i, (taken[-1] if taken else i) + 1))
        notes.append(Note(label, " ".join(p for p in parts if p), tuple(body), span))
    region = {j for note in notes for j in note.region}
    markers = [
        Marker(i, m.start(), m.end(), number)
        for i, line in enumerate(lines)
        if i not in region and "](" in line
        for m in _LINK.finditer(line)
        if (number := marker_label(m)) is not None
    ]
    return LinkNotes(tuple(markers), tuple(notes))


def _note_lines(lines: Sequence[str], i: int, stop: int, inline: bool, last: bool) -> list[int]:
    """The lines after a note's opening line ``i`` that hold its text, before ``stop``
    (the next note): for a note that opens with its text (a list item), its lazy
    continuation lines and indented paragraphs; for a number alone on its line, the
    paragraphs up to the next note (the next paragraph only after the last note: the
    page's buttons may follow)."""
    taken: list[int] = []
    j = i + 1
    while j < stop:
        if lines[j].strip():
            if inline and not lines[j - 1].strip() and not lines[j].startswith(("  ", "\t")):
                break  # a paragraph that is not the item's
            taken.append(j)
            j += 1
            continue
        after = j
        while after < stop and not lines[after].strip():
            after += 1
        if after >= stop or (not inline and taken and last):
            break
        if inline and not lines[after].startswith(("  ", "\t")):
            break
        j = after
    return taken


def _clean(line: str) -> str:
    """A note's line with its anchors and back links left out."""
    line = _ANCHOR.sub("", line)
    line = _LINK.sub(lambda m: "" if _back(m) else m.group(0), line)
    return " ".join(line.split())


def body_links(lines: Sequence[str], found: LinkNotes) -> int:
    """How many external links (not images, not note markers) ``lines`` have outside
    the notes: a page that cites by links as well as by notes."""
    region = found.region
    marks = {(m.line, m.start) for m in found.markers}
    return sum(
        1
        for i, line in enumerate(lines)
        if i not in region
        for m in _LINK.finditer(line)
        if (i, m.start()) not in marks
        and m.group("url").startswith(("http://", "https://"))
        and not m.group("text").lstrip().startswith("![")
    )


def to_pandoc(text: str) -> str:
    """``text`` with link notes written as Pandoc footnotes, every line in its place
    (with reference-style links written inline if the notes are written so); the text
    as it is when it has no link notes."""
    lines = inline_references(text).split("\n")
    found = find(lines)
    if not found.notes:
        return text
    out = list(lines)
    for i in {m.line for m in found.markers}:
        line = lines[i]
        for m in sorted(found.in_line(i), key=lambda m: m.start, reverse=True):
            line = line[: m.start] + f"[^{m.label}]" + line[m.end :]
        out[i] = _ANCHOR.sub("", _SUP.sub(r"\g<marker>", line))
    for note in found.notes:
        for i in note.region:
            out[i] = ""
        first = note.lines[0]
        out[first] = f"[^{note.label}]: {note.text}"
    return "\n".join(out)
