"""amsrefs bibliographies: ``\\begin{biblist} \\bib{key}{type}{field={...}, ...}
\\end{biblist}`` (usually inside ``\\begin{bibdiv}``), read as the manuscript's own
``.bib``.

Each ``\\bib`` becomes one BibTeX entry on the line it starts at (the lines after it are
kept, so the manuscript's lines stay the entries' lines): ``author`` and ``editor`` may
repeat (joined with "and"), ``date`` gives the year, ``fulljournal`` is a journal;
compound fields (``book={...}``, ``conference={...}``, ``translation={...}``) are not
followed.  ``\\bib*{key}{type}{...}`` (an xref record other entries draw on) is not read:
said, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.text import group_end

_BIBLIST = lazy_compile(r"\\begin\s*\{biblist\*?\}")
_BIBLIST_END = lazy_compile(r"\\end\s*\{biblist\*?\}")
_BIB = lazy_compile(r"\\bib(\*?)\s*\{([^{}\n]{1,200})\}\s*\{([A-Za-z]{1,40})\}\s*(?=\{)")
_FIELD = lazy_compile(r"\s*,?\s*([A-Za-z]{1,40})\s*=\s*(?=\{)")
_YEAR = lazy_compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# amsrefs types as BibTeX's
_TYPES = {
    "article": "article",
    "book": "book",
    "collection": "book",
    "proceedings": "proceedings",
    "inproceedings": "inproceedings",
    "incollection": "incollection",
    "thesis": "phdthesis",
    "report": "techreport",
    "techreport": "techreport",
    "manual": "manual",
    "misc": "misc",
    "unpublished": "unpublished",
}
# repeatable name fields
_NAMES = frozenset({"author", "editor", "translator"})
# fields read as their BibTeX namesakes (compound ones are left out)
_FIELDS = {
    "title": "title",
    "subtitle": "subtitle",
    "journal": "journal",
    "fulljournal": "journal",
    "booktitle": "booktitle",
    "volume": "volume",
    "number": "number",
    "series": "series",
    "edition": "edition",
    "pages": "pages",
    "doi": "doi",
    "url": "url",
    "eprint": "eprint",
    "publisher": "publisher",
    "organization": "organization",
    "institution": "institution",
    "school": "school",
    "address": "address",
    "isbn": "isbn",
    "issn": "issn",
    "note": "note",
    "status": "note",
}


@dataclass(frozen=True, slots=True)
class AmsrefsList:
    """The ``\\bib`` entries of a manuscript as BibTeX text (its line ``n`` the
    manuscript's line ``n``; empty when there is no ``biblist``), and the lines of the
    ``\\bib*`` records not read."""

    bibtex: str
    skipped: tuple[tuple[str, int], ...]  # (key, line)

    @property
    def found(self) -> bool:
        return bool(self.bibtex.strip())


def read_biblists(text: str) -> AmsrefsList:
    """The amsrefs entries of ``text`` (every ``biblist`` environment)."""
    out: list[str] = []
    line = 1  # the line of text the end of ``out`` stands at
    skipped: list[tuple[str, int]] = []
    pos = 0
    while (begin := _BIBLIST.search(text, pos)) is not None:
        close = _BIBLIST_END.search(text, begin.end())
        stop = close.start() if close is not None else len(text)
        at = begin.end()
        while (m := _BIB.search(text, at, stop)) is not None:
            body_end = group_end(text, m.end(), stop)
            if body_end is None:
                break
            at = body_end
            entry_line = text.count("\n", 0, m.start()) + 1
            key = m.group(2).strip()
            if m.group(1):
                skipped.append((key, entry_line))
                continue
            entry = _entry(key, m.group(3).lower(), text[m.end() + 1 : body_end - 1])
            out.append("\n" * (entry_line - line))
            out.append(entry)
            line = entry_line
        pos = close.end() if close is not None else len(text)
    return AmsrefsList("".join(out), tuple(skipped))


def _entry(key: str, kind: str, body: str) -> str:
    """One ``\\bib`` as a one-line BibTeX entry."""
    names: dict[str, list[str]] = {}
    fields: dict[str, str] = {}
    for name, value in fields_of(body):
        name = name.lower()
        if name in _NAMES:
            names.setdefault(name, []).append(value.strip())
        elif name == "date" or name == "year":
            year = _YEAR.search(value)
            if year is not None:
                fields.setdefault("year", year.group(1))
        elif name in _FIELDS:
            fields.setdefault(_FIELDS[name], " ".join(value.split()))
    parts = [f"{n}={{{' and '.join(v)}}}" for n, v in names.items()]
    parts += [f"{n}={{{v}}}" for n, v in fields.items()]
    return f"@{_TYPES.get(kind, 'misc')}{{{key}, {', '.join(parts)}}}"


def fields_of(body: str) -> list[tuple[str, str]]:
    """The ``name={value}`` pairs of a ``\\bib`` body, in order (a value left unclosed
    ends the list)."""
    found: list[tuple[str, str]] = []
    pos = 0
    while (m := _FIELD.match(body, pos)) is not None:
        end = group_end(body, m.end())
        if end is None:
            break
        found.append((m.group(1), body[m.end() + 1 : end - 1]))
        pos = end
    return found
