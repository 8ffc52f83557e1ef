"""EPUB and web-book notes: ``epub:type`` semantics, and endnotes kept in another file.

An EPUB marks its notes with ``epub:type`` (``noteref``, ``footnote``, ``endnote``,
``backlink``, ``endnotes``) where a web page uses ARIA roles; :func:`epub_roles` gives each
such element the role it stands for, so the HTML reader reads both alike.

A book split into one file per chapter often keeps every note in one ``endnotes.xhtml``
(Standard Ebooks, Pandoc's EPUB writer with ``--epub-chapter-level``, many publishers):
the chapter's ``<a href="endnotes.xhtml#note-3" epub:type="noteref">3</a>`` points into
it.  :func:`attach_endnotes` reads the notes a chapter points at from their file (at most
:data:`MAX_FILES` files of :data:`MAX_BYTES` each, HTML/XHTML beside the chapter or below
its book folder), appends them to the chapter as a notes section and points its links at
them, so they are read as the chapter's own notes; their lines are lines of the file
they are in.  A file or note that cannot be found is an anomaly at the link.

:func:`notes_for_other_files` finds, in the endnotes file itself, the notes whose back
links lead into other files: their markers are there, so read alone they are no notes
without markers; the reader leaves them out and says where they are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.errors import InputError
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.decode import decode, read_regular_file
from bibcheck.readers.htmlnames import NOTE_ROLES
from bibcheck.readers.htmltree import enclosing_note

__all__ = [
    "MAX_BYTES",
    "MAX_FILES",
    "Attached",
    "attach_endnotes",
    "describe_elsewhere",
    "epub_roles",
    "notes_for_other_files",
]

MAX_FILES = 8
MAX_BYTES = 20 * 1024 * 1024
_HTML_SUFFIXES = frozenset({".xhtml", ".html", ".htm", ".xht"})

# epub:type value -> the ARIA role it stands for (EPUB Type to ARIA Role Authoring Guide)
_ROLES = {
    "noteref": "doc-noteref",
    "footnote": "doc-footnote",
    "endnote": "doc-endnote",
    "rearnote": "doc-endnote",
    "backlink": "doc-backlink",
    "endnotes": "doc-endnotes",
    "rearnotes": "doc-endnotes",
    "footnotes": "doc-footnotes",
    "biblioentry": "doc-biblioentry",
    "bibliography": "doc-bibliography",
}


def epub_roles(soup: BeautifulSoup) -> None:
    """Give every element with a note-like ``epub:type`` (and no role) its ARIA role."""
    for tag in soup.find_all(True):
        if not tag.get("epub:type") or tag.get("role"):
            continue
        for value in str(tag.get("epub:type", "")).split():
            role = _ROLES.get(value.rsplit(":", 1)[-1].lower())
            if role is not None:
                tag["role"] = role
                break


@dataclass(slots=True)
class Attached:
    """What :func:`attach_endnotes` did: notes read per file, and what it could not do."""

    files: dict[str, int] = field(default_factory=dict)  # file as linked -> notes attached
    anomalies: list[Anomaly] = field(default_factory=list)


def _local_target(href: str) -> tuple[str, str] | None:
    """``("endnotes.xhtml", "note-3")`` for a link into another local HTML file."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or not parts.fragment:
        return None
    path = PurePosixPath(unquote(parts.path))
    if path.is_absolute() or path.suffix.lower() not in _HTML_SUFFIXES:
        return None
    return unquote(parts.path), unquote(parts.fragment)


def _within(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True


def _read_soup(path: Path) -> BeautifulSoup:
    data = read_regular_file(path, MAX_BYTES)
    soup = BeautifulSoup(decode(data, str(path)).text, "html.parser")
    epub_roles(soup)
    return soup


def attach_endnotes(
    soup: BeautifulSoup,
    path: str,
    read: Callable[[Path], BeautifulSoup] = _read_soup,
) -> Attached:
    """Append to ``soup`` (the chapter at ``path``) the notes its note links point at in
    other files, and point those links at them (see the module)."""
    done = Attached()
    if not path:
        return done
    here = Path(path).parent
    root = here.parent  # the book folder: chapters in text/, notes beside them or below
    links: dict[str, list[tuple[Tag, str]]] = {}
    for a in soup.find_all("a", href=True):
        if a.get("role") != "doc-noteref":
            continue
        target = _local_target(str(a["href"]))
        if target is not None and PurePosixPath(target[0]).name != Path(path).name:
            links.setdefault(target[0], []).append((a, target[1]))
    if not links:
        return done
    section = soup.new_tag("section", attrs={"role": "doc-endnotes"})
    listing = soup.new_tag("ol")
    section.append(listing)
    for k, (name, refs) in enumerate(links.items()):
        line = refs[0][0].sourceline
        file = here / name
        for a, fragment in refs:  # markers of the chapter, whether their notes are found or not
            a["href"] = f"#{fragment}"
        if k >= MAX_FILES:
            done.anomalies.append(
                _unread(f"notes in {name} not read: more than {MAX_FILES} note files", line)
            )
            continue
        if not _within(file, root):
            done.anomalies.append(
                _unread(f"notes in {name} not read: outside the book's folder", line)
            )
            continue
        try:
            other = read(file)
        except InputError as exc:
            done.anomalies.append(_unread(f"notes in {name} not read ({exc})", line))
            continue
        taken: dict[str, Tag] = {}
        missing: list[str] = []
        for _, fragment in refs:
            note = taken.get(fragment) or _note_in(other, fragment)
            if note is None:
                missing.append(fragment)
                continue
            if fragment not in taken:
                taken[fragment] = note
                _point_back(note, Path(path).name)
                listing.append(note.extract())
        if missing:
            done.anomalies.append(
                _unread(
                    f"{len(missing)} note link(s) point at notes {name} does not hold "
                    f"(#{missing[0]} …)",
                    line,
                )
            )
        if taken:
            done.files[name] = len(taken)
    if len(listing.contents):
        body = soup.body if isinstance(soup.body, Tag) else soup
        body.append(section)
    return done


def _note_in(other: BeautifulSoup, fragment: str) -> Tag | None:
    """The note element ``#fragment`` names in another file (an inline anchor stands for
    the list item or aside around it)."""
    found = other.find(id=fragment) or other.find("a", attrs={"name": fragment})
    return enclosing_note(found) if isinstance(found, Tag) else None


def _point_back(note: Tag, chapter: str) -> None:
    """The note's back links to ``chapter.xhtml#noteref-3`` made ``#noteref-3``: in the
    chapter they are back links of its own."""
    for a in note.find_all("a", href=True):
        target = _local_target(str(a["href"]))
        if target is not None and PurePosixPath(target[0]).name == chapter:
            a["href"] = f"#{target[1]}"


def _unread(message: str, line: int | None) -> Anomaly:
    return Anomaly(AnomalyCode.INCLUDE_UNREADABLE, message, line)


def notes_for_other_files(soup: BeautifulSoup, path: str) -> dict[str, int]:
    """Remove from ``soup`` (a notes file) the notes whose back links lead into another
    file: their markers are there.  Returns those files and how many notes each has."""
    name = Path(path).name if path else ""
    found: dict[str, int] = {}
    for note in soup.find_all(["li", "aside", "div", "section", "p"]):
        if not isinstance(note, Tag) or note.decomposed or not note.get("id"):
            continue
        if note.get("role") not in NOTE_ROLES and note.name != "li":
            continue
        backs = [
            t
            for a in note.find_all("a", href=True)
            if a.get("role") == "doc-backlink" and (t := _local_target(str(a["href"])))
        ]
        others = {PurePosixPath(file).name for file, _ in backs} - {name}
        if backs and others == {PurePosixPath(file).name for file, _ in backs}:
            file = sorted(others)[0]
            found[file] = found.get(file, 0) + 1
            note.decompose()
    return found


def describe_elsewhere(found: dict[str, int]) -> str:
    """``"11 notes whose markers are in chapter-1.xhtml, chapter-4.xhtml …"``."""
    files = sorted(found, key=_natural)
    shown = ", ".join(files[:4]) + (" …" if len(files) > 4 else "")
    return f"{sum(found.values())} notes whose markers are in {shown}"


def _natural(name: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]
