"""Several citeproc bibliographies in one Markdown file, each serving its own section.

Pandoc's ``section-bibliographies`` and ``multibib`` filters, a Quarto book rendered to one
file, ``pandoc --citeproc`` run per chapter and the chapters concatenated, a style gallery:
each section ends in its own bibliography div, numbered from 1, and its citations link to
its own entries (``<sup>[1](#ref-okoro2002)</sup>``).  A work cited in two sections is
listed in both, under each section's own number.

:func:`scope` numbers the lists as one (the entries of the k-th list after those of the
lists before it: its ``1.`` is the ``n+1.`` of the whole) and each citation of a section
by its own section's list: the link's anchor names the entry (``#ref-key`` among the
section's entry ids), else its printed number does (citeproc-js writes no ids).  A citation
whose anchor is an entry of another section's list only is a ``citation-key-missing``
anomaly at its line, and cites nothing (citeproc would have listed it in its own section).
The lines keep their places, so each entry and citation keeps its own line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["Sections", "scope"]

# an entry's div with Pandoc's id: '<div id="ref-okoro2002" class="csl-entry">'
_ENTRY_ID = lazy_compile(
    r"^\s*<div\b[^<>]*\bid=[\"']ref-(?P<key>[^\"'\s]+)[\"'][^<>]*\bcsl-entry\b[^<>]*>\s*$"
    r"|^\s*<div\b[^<>]*\bcsl-entry\b[^<>]*\bid=[\"']ref-(?P<key2>[^\"'\s]+)[\"'][^<>]*>\s*$",
    re.I,
)
# an entry once rewritten: "3. Okoro, B. ..."
_NUMBERED = lazy_compile(r"^(?P<n>\d{1,4})\.(?=\s)")
# a superscript group of linked numbers, and one link in it
_GROUP = lazy_compile(r"<sup>\s*\[\d{1,4}\]\(#ref-[^<>]*?</sup>")
_LINK = lazy_compile(r"\[(?P<n>\d{1,4})\]\(#ref-(?P<key>[^()\s]+)\)")
# a superscript of bare numbers, bracketed or not: "<sup>[3,4]</sup>", "<sup>2–5</sup>"
_PLAIN = lazy_compile(
    r"<sup>(?P<open>\[?)(?P<body>\d{1,4}(?:\s*[,–-]\s*\d{1,4}){0,20})(?P<close>\]?)</sup>"
)
_RANGE = lazy_compile(r"[–—-]|&#8211;|&ndash;")
_JOIN = lazy_compile(r"^(?:\s*(?:[,;–—-]|&#8211;|&ndash;)\s*|\s+)$")


@dataclass(slots=True)
class Sections:
    """Where each list's section ends, and the anomalies of citations scoped out."""

    ends: list[int] = field(default_factory=list)  # last line of each section (its list's)
    offsets: list[int] = field(default_factory=list)  # entries of the lists before each
    anomalies: list[Anomaly] = field(default_factory=list)


def scope(
    raw: Sequence[str],
    out: list[str],
    spans: Sequence[tuple[int, int]],
    entry_line: Callable[[str], str],
) -> Sections:
    """Rewrite in place ``out`` (``raw`` as written) for the bibliography ``spans`` (two or
    more): each list's entries renumbered after the lists before it (``entry_line``
    rewrites one line of a list), each citation group of a section to its own list's
    numbers (see the module's text)."""
    found = Sections()
    offset = 0
    before = 0  # the first line of the current section
    for k, (start, end) in enumerate(spans):
        found.offsets.append(offset)
        ids: dict[str, int] = {}
        numbers: list[int] = []
        key: str | None = None
        for i in range(start, end + 1):
            opened = _ENTRY_ID.match(raw[i])
            if opened is not None:
                key = opened.group("key") or opened.group("key2")
            line = entry_line(raw[i])
            m = _NUMBERED.match(line)
            if m is not None:
                n = int(m.group("n"))
                numbers.append(n)
                if key is not None:
                    ids.setdefault(key, n)
                key = None
                line = f"{offset + n}.{line[m.end() :]}"
            out[i] = line
        last = k == len(spans) - 1  # (the lines after the last list: its section's too)
        own = _Scope(k + 1, offset, max(numbers, default=0), ids, _other_keys(raw, spans, k), found)
        rows = [*range(before, start), *(range(end + 1, len(out)) if last else ())]
        for i in rows:
            if "#ref-" in raw[i]:
                out[i] = _GROUP.sub(partial(own.group, i), raw[i])
            if "<sup>" in out[i]:  # (unlinked numbers: citeproc-js, hand-made)
                out[i] = _PLAIN.sub(partial(own.plain, i), out[i])
        found.ends.append(len(out) - 1 if last else end)
        offset += own.size
        before = end + 1
    return found


@dataclass(frozen=True, slots=True)
class _Scope:
    """One section's list: its place, its numbers' offset and size, its entry ids, the
    other lists' ids."""

    part: int
    offset: int
    size: int
    ids: dict[str, int]
    others: set[str]
    found: Sections

    def missing(self, i: int, message: str, label: str) -> None:
        self.found.anomalies.append(
            Anomaly(AnomalyCode.CITATION_KEY_MISSING, message, i + 1, footnote=label)
        )

    def plain(self, i: int, m: re.Match[str]) -> str:
        """``<sup>[3,4]</sup>`` of a section with its numbers after the offset; a bracketed
        number past the section's list is missing from it (and left out); bare numbers
        past it stay as they are (``m<sup>3</sup>`` may be a power)."""
        numbers = [int(n) for n in re.findall(r"\d+", m.group("body"))]
        if all(n <= self.size for n in numbers):
            body = re.sub(r"\d+", lambda n: str(self.offset + int(n.group(0))), m.group("body"))
            return f"<sup>{m.group('open')}{body}{m.group('close')}</sup>"
        if not m.group("open") or re.search(r"[–-]", m.group("body")):
            return m.group(0)
        for n in numbers:
            if n > self.size:
                self.missing(
                    i,
                    f"reference [{n}] cited at line {i + 1}: its section's bibliography "
                    f"(each section has its own) has {self.size} entries",
                    f"{self.part}.{n}",
                )
        kept = [str(self.offset + n) for n in numbers if n <= self.size]
        return f"<sup>[{','.join(kept)}]</sup>" if kept else ""

    def group(self, i: int, g: re.Match[str]) -> str:
        """One superscript group of linked numbers as ``<sup>5,7</sup>`` in the numbers of
        the whole; a link to another section's entry only is missing from its section's
        list (and left out)."""
        text = g.group(0)
        links = list(_LINK.finditer(text))
        gaps = [text[a.end() : b.start()] for a, b in zip(links, links[1:], strict=False)]
        if not links or any(not _JOIN.match(gap) for gap in gaps):
            return text
        kept: list[str] = []
        for link in links:
            key, printed = link.group("key"), int(link.group("n"))
            if key in self.ids:
                kept.append(str(self.offset + self.ids[key]))
            elif key in self.others:
                self.missing(
                    i,
                    f"reference [{printed}] cited at line {i + 1} links to #ref-{key}, an "
                    "entry of another section's bibliography only: its own section's "
                    "bibliography (each section has its own) has no entry for it",
                    f"ref-{key}",
                )
            else:
                kept.append(str(self.offset + printed))
        if not kept:
            return ""
        ranged = len(links) == 2 and len(kept) == 2 and _RANGE.search(gaps[0]) is not None
        return "<sup>" + ("–" if ranged else ",").join(kept) + "</sup>"


def _other_keys(raw: Sequence[str], spans: Sequence[tuple[int, int]], k: int) -> set[str]:
    """The entry ids of the lists other than the ``k``-th."""
    keys: set[str] = set()
    for j, (start, end) in enumerate(spans):
        if j == k:
            continue
        for i in range(start, end + 1):
            m = _ENTRY_ID.match(raw[i])
            if m is not None:
                keys.add(m.group("key") or m.group("key2"))
    return keys
