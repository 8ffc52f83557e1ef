"""Reader for web articles and HTML exports: linked footnotes and reference lists.

Parsed with BeautifulSoup (``html.parser``, which keeps each tag's source
line and column, so locations are real lines of the file).  Understood:

* **Note references**: links to a fragment that stand in ``<sup>`` or carry
  ``role="doc-noteref"`` or a footnote class, or whose fragment looks like a
  note (``#fn1``, ``#cite_note-3`` of Wikipedia, ``#_ftn1`` of Word's HTML,
  ``#endnote-2``).  The label is the link text without brackets (``[3]`` ->
  ``3``).  A note referenced again (Wikipedia's named references) gets one
  more marker.
* **Notes**: the element the reference points at (the enclosing ``li``,
  ``p``, ``div`` or ``aside`` when it is an inline anchor), and elements
  with ``role="doc-footnote"``/``doc-endnote`` nobody points at.  Back links
  (``↩``, ``^``, ``role="doc-backlink"``, Wikipedia's ``mw-cite-backlink``)
  are dropped.  Links inside a note are written ``text <target>`` (or
  ``[url](target)`` when the visible text is an address, so that a
  difference is recorded as ``url-link-text-differs``).
* Pages whose markers are plain ``<sup>1</sup>`` without links: the notes
  are the items of the list under a Notes / Footnotes / Примечания heading.
* **Reference list**: the ``ol``/``ul`` (or the paragraphs) under the last
  References / Bibliography / Literature / Список литературы heading, or in
  ``role="doc-bibliography"``; a list whose items are the notes themselves
  (Wikipedia's "References") is the notes, not a literature list.
* **Claims**: the body is read block by block (``p``, ``li``, headings,
  table cells...) with markers removed, as for Markdown.

A page with no note, note reference or reference list is refused with a
clear message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from bs4.element import NavigableString, Tag

from bibcheck.errors import InputError
from bibcheck.model import RawDocument, RawMarker, RawNote, TextBlock
from bibcheck.readers import Reader, register
from bibcheck.readers.common import is_literature_heading

NAME = "html"
BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dd dt td th blockquote figcaption pre caption div aside section "
    "article main header footer ol ul dl table tr tbody thead nav body html".split()
)
_LEAF_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li dd dt td th blockquote figcaption pre div".split())
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NOTE_FRAGMENT = re.compile(r"^#(?:fn|cite_note|_?ftn|_?edn|endnote|footnote|note)[-_:]?\w*", re.I)
_BACK_FRAGMENT = re.compile(r"^#(?:fnref|cite_ref|_?ftnref|_?ednref|ref)", re.I)
_NOTE_CLASS = re.compile(r"footnote-ref|noteref|footnote_ref|fnref|^reference$", re.I)
_BACK_CLASS = re.compile(r"footnote-back|backlink|mw-cite-backlink|fn-back", re.I)
_NOTES_HEADINGS = frozenset({"notes", "footnotes", "endnotes", "примечания", "сноски"})
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>][^<]*</p>", re.I)
_FOOTNOTE_MARKUP = re.compile(
    r"doc-noteref|doc-footnote|doc-endnote|href=[\"']#(?:fn|cite_note|_ftn|_edn)", re.I
)
_URL = re.compile(r"(?:https?|ftp)://", re.I)


def score(text: str) -> float:
    """Fits an HTML page; best when it has footnote markup."""
    if not _HTML.search(text[:200_000]):
        return 0.0
    return 0.95 if _FOOTNOTE_MARKUP.search(text) else 0.6


@dataclass(slots=True)
class _Ref:
    tag: Tag  # the element to skip in the body (the <sup> around the link, or the link)
    label: str
    target: str | None


@dataclass(slots=True)
class _Writer:
    """Inline text of an element, with marker offsets and source lines."""

    skip: set[int]  # ids of elements left out (markers, back links)
    refs: dict[int, _Ref]  # id(element) -> note reference in the body
    render_links: bool
    parts: list[str] = field(default_factory=list)
    pieces: list[tuple[int, int]] = field(default_factory=list)
    markers: list[tuple[str, int, int, int]] = field(default_factory=list)  # label,line,col,off
    line: int = 1

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.parts)

    def write(self, element: Tag) -> None:
        for child in element.children:
            if isinstance(child, Tag):
                self._tag(child)
            elif isinstance(child, NavigableString) and type(child) is NavigableString:
                self._string(str(child))

    def _tag(self, tag: Tag) -> None:
        if tag.sourceline is not None:
            self._at(tag.sourceline)
        if id(tag) in self.refs:
            ref = self.refs[id(tag)]
            self.markers.append((ref.label, self.line, (tag.sourcepos or 0) + 1, self.length))
            return
        if id(tag) in self.skip:
            return
        if tag.name == "br":
            self.parts.append(" ")
        elif tag.name == "a" and self.render_links and tag.get("href"):
            self._link(tag)
        else:
            self.write(tag)

    def _string(self, text: str) -> None:
        lines = text.split("\n")
        for i, piece in enumerate(lines):
            if i:
                self._at(self.line + 1)
                self.parts.append(" ")
            self.parts.append(piece)

    def _at(self, line: int) -> None:
        self.line = line
        offset = self.length
        if self.pieces and self.pieces[-1][0] == offset:
            self.pieces[-1] = (offset, line)
        elif not self.pieces or self.pieces[-1][1] != line:
            self.pieces.append((offset, line))

    def _link(self, tag: Tag) -> None:
        href = str(tag.get("href", ""))
        start = len(self.parts)
        self.write(tag)
        visible = "".join(self.parts[start:])
        if not _URL.match(href):
            return
        del self.parts[start:]
        shown = visible.strip()
        if _URL.match(shown) or shown.lower().startswith("www."):
            self.parts.append(f"[{shown}]({href})")
        else:
            self.parts.append(f"{visible} <{href}>" if shown else f"<{href}>")

    def text(self) -> str:
        return re.sub(r"[ \t\xa0]+", " ", "".join(self.parts))


def read(text: str) -> RawDocument:
    soup = BeautifulSoup(text, "html.parser")
    for junk in soup(["script", "style", "template", "noscript"]):
        junk.decompose()
    title = _title(soup)
    refs, notes_by_target = _references(soup)
    note_elements = set(map(id, notes_by_target.values()))
    notes = _notes(refs, notes_by_target)
    literature_list, lit_heading = _literature(soup, note_elements)
    if not refs:
        refs, notes, lit_heading_notes = _plain_sup(soup)
        note_elements |= lit_heading_notes
    if not refs and not notes and not literature_list:
        raise InputError(
            "no footnote links, notes or reference list found in this HTML page "
            "(looked for <sup>/role=doc-noteref links, notes and a References list)"
        )
    skip = _back_links(soup) | note_elements | {id(li) for li in lit_heading}
    blocks, markers = _body(soup, refs, skip)
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes),
        literature=tuple(literature_list),
        literature_heading_line=None,
        markers_reusable=True,
    )


def _title(soup: BeautifulSoup) -> str | None:
    for tag in (soup.find("title"), soup.find("h1")):
        if isinstance(tag, Tag) and tag.get_text(strip=True):
            return " ".join(tag.get_text().split())
    return None


def _references(soup: BeautifulSoup) -> tuple[list[_Ref], dict[str, Tag]]:
    """Note references in order, and the note element each target names."""
    refs: list[_Ref] = []
    notes: dict[str, Tag] = {}
    labels: dict[str, str] = {}
    for a in soup.find_all("a", href=True):
        href = str(a.get("href", ""))
        if not href.startswith("#") or not _is_note_ref(a, href):
            continue
        target = href[1:]
        element = _note_element(soup, target)
        if element is not None and a in element.descendants:
            continue  # a link inside a note (a back link or a cross reference)
        if element is not None:
            notes.setdefault(target, element)
        label = labels.setdefault(target, _label(a) or str(len(labels) + 1))
        wrapper = a.parent if isinstance(a.parent, Tag) and a.parent.name == "sup" else a
        refs.append(_Ref(wrapper, label, target))
    for element in _unreferenced_notes(soup):
        key = str(element.get("id") or f"note-{len(notes)}")
        if all(element is not known for known in notes.values()):
            notes.setdefault(key, element)
    return refs, notes


def _unreferenced_notes(soup: BeautifulSoup) -> Iterator[Tag]:
    """Notes by their markup: ``role=doc-footnote/doc-endnote``, items of a notes section."""
    yield from soup.find_all(None, {"role": ["doc-footnote", "doc-endnote"]})
    sections = soup.find_all(None, {"role": ["doc-endnotes", "doc-footnotes"]})
    sections += soup.find_all(class_=["footnotes", "references"])
    for section in sections:
        yield from section.find_all("li", id=True)


def _is_note_ref(a: Tag, href: str) -> bool:
    if _BACK_FRAGMENT.match(href):
        return False
    classes = " ".join(a.get_attribute_list("class") or [])
    parent = a.parent
    in_sup = isinstance(parent, Tag) and parent.name == "sup"
    return bool(
        a.get("role") == "doc-noteref"
        or _NOTE_CLASS.search(classes)
        or _NOTE_FRAGMENT.match(href)
        or (in_sup and re.fullmatch(r"\[?\w{1,6}\]?", a.get_text(strip=True)))
    )


def _label(a: Tag) -> str:
    m = re.match(r"[\[(^\s]*(\w{1,8})", a.get_text(" ", strip=True))
    return m.group(1) if m else ""


def _note_element(soup: BeautifulSoup, target: str) -> Tag | None:
    element = soup.find(id=target) or soup.find("a", attrs={"name": target})
    if not isinstance(element, Tag):
        return None
    while element.name in ("a", "span", "sup", "sub", "b", "i", "em", "strong"):
        parent = element.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "[document]"):
            break
        element = parent
    return element


def _back_links(soup: BeautifulSoup) -> set[int]:
    found: set[int] = set()
    for tag in soup.find_all(["a", "span", "sup"]):
        classes = " ".join(tag.get_attribute_list("class") or [])
        href = str(tag.get("href", ""))
        if tag.get("role") == "doc-backlink" or _BACK_CLASS.search(classes):
            found.add(id(tag))
        elif tag.name == "a" and _BACK_FRAGMENT.match(href):
            found.add(id(tag))
    return found


def _notes(refs: list[_Ref], elements: dict[str, Tag]) -> list[RawNote]:
    labels: dict[str, str] = {}
    for ref in refs:
        if ref.target is not None:
            labels.setdefault(ref.target, ref.label)
    notes: list[RawNote] = []
    used = set(labels.values())
    for target, element in elements.items():
        label = labels.get(target) or _free_label(target, used)
        used.add(label)
        others = {id(e) for e in elements.values() if e is not element}
        notes.append(_note(label, element, _back_links_in(element) | others))
    order = {label: i for i, label in enumerate(labels.values())}
    return sorted(notes, key=lambda n: order.get(n.label, len(order)))


def _free_label(target: str, used: set[str]) -> str:
    """The number at the end of a note's id (``fn7`` -> ``7``), else the next free number."""
    m = re.search(r"(\d+)$", target)
    if m and m.group(1) not in used:
        return m.group(1)
    n = len(used) + 1
    while str(n) in used:
        n += 1
    return str(n)


def _back_links_in(element: Tag) -> set[int]:
    found: set[int] = set()
    for tag in element.find_all(["a", "span", "sup"]):
        classes = " ".join(tag.get_attribute_list("class") or [])
        href = str(tag.get("href", ""))
        if tag.get("role") == "doc-backlink" or _BACK_CLASS.search(classes):
            found.add(id(tag))
        elif tag.name == "a" and (_BACK_FRAGMENT.match(href) or _NOTE_FRAGMENT.match(href)):
            found.add(id(tag))
    return found


def _note(label: str, element: Tag, skip: set[int]) -> RawNote:
    writer = _Writer(skip, {}, render_links=True, line=element.sourceline or 1)
    writer.write(element)
    text = writer.text().strip().lstrip("^↑↩ ").strip()
    text = re.sub(r"\s*↩︎?\s*$", "", text)
    line = element.sourceline or 1
    end = max([line, *(ln for _, ln in writer.pieces)])
    return RawNote(label, text, line, end, (line,))


def _literature(soup: BeautifulSoup, notes: set[int]) -> tuple[list[RawNote], list[Tag]]:
    """Items of the reference list, and the elements they came from."""
    section = soup.find(None, {"role": "doc-bibliography"})
    heading = None
    for h in soup.find_all(_HEADINGS):
        if is_literature_heading("# " + h.get_text(" ", strip=True)):
            heading = h
    items = _items_under(section if isinstance(section, Tag) else None, heading, notes)
    literature = []
    for number, item in enumerate(items, start=1):
        label = str(item.get("value") or number) if item.name == "li" else str(number)
        literature.append(_note(label, item, _back_links_in(item)))
    return literature, items


def _items_under(section: Tag | None, heading: Tag | None, notes: set[int]) -> list[Tag]:
    if section is not None:
        items = [li for li in section.find_all("li") if id(li) not in notes]
        if items:
            return items
    if heading is None:
        return []
    found: list[Tag] = []
    for element in _after(heading):
        if element.name in _HEADINGS:
            break
        if element.name in ("ol", "ul"):
            items = [li for li in element.find_all("li", recursive=False)]
            if any(id(li) in notes for li in items):
                return []  # the notes themselves, under a "References" heading
            return items
        if element.name == "p" and element.get_text(strip=True):
            found.append(element)
    return found


def _after(heading: Tag) -> Iterator[Tag]:
    for element in heading.find_all_next():
        if isinstance(element, Tag):
            yield element


def _plain_sup(soup: BeautifulSoup) -> tuple[list[_Ref], list[RawNote], set[int]]:
    """Pages with plain ``<sup>1</sup>`` markers and a Notes list."""
    refs = [
        _Ref(sup, sup.get_text(strip=True), None)
        for sup in soup.find_all("sup")
        if re.fullmatch(r"\d{1,4}", sup.get_text(strip=True))
    ]
    for h in soup.find_all(_HEADINGS):
        key = h.get_text(" ", strip=True).lower().rstrip(":")
        if key not in _NOTES_HEADINGS:
            continue
        for element in _after(h):
            if element.name in ("ol", "ul"):
                items = element.find_all("li", recursive=False)
                notes = [_note(str(i), li, set()) for i, li in enumerate(items, start=1)]
                return refs, notes, {id(li) for li in items} | {id(element)}
    return refs, [], set()


def _body(
    soup: BeautifulSoup, refs: list[_Ref], skip: set[int]
) -> tuple[list[TextBlock], list[RawMarker]]:
    by_tag = {id(ref.tag): ref for ref in refs}
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    for element in _leaf_blocks(soup, skip):
        writer = _Writer(skip, by_tag, render_links=False, line=element.sourceline or 1)
        writer._at(element.sourceline or 1)
        writer.write(element)
        text = writer.text()
        if not text.strip() and not writer.markers:
            continue
        index = len(blocks)
        blocks.append(TextBlock(text, tuple(writer.pieces) or ((0, writer.line),)))
        for label, line, column, offset in writer.markers:
            markers.append(RawMarker(label, line, column, index, offset))
    return blocks, markers


def _leaf_blocks(soup: BeautifulSoup, skip: set[int]) -> Iterator[Tag]:
    """Block elements with no block inside, outside notes and navigation, in order."""
    for element in soup.find_all(list(_LEAF_BLOCKS)):
        if not isinstance(element, Tag) or _inside(element, skip):
            continue
        if element.find(list(BLOCKS)) is not None:
            continue
        yield element


def _inside(element: Tag, skip: set[int]) -> bool:
    node: Tag | None = element
    while node is not None:
        if id(node) in skip or node.name == "nav" or node.get("role") == "navigation":
            return True
        parent = node.parent
        node = parent if isinstance(parent, Tag) else None
    return False


READER = register(Reader(NAME, (".html", ".htm", ".xhtml"), score, read, detect_styles=True))
