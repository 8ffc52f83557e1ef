"""Which entries each biblatex ``\\printbibliography`` prints: its filter options.

A thesis often prints its bibliography in parts, each a ``\\printbibliography`` with
options that choose the entries it prints, each part sorted on its own::

    \\printbibliography[keyword=quelle,title={Quellen}]
    \\printbibliography[notkeyword=quelle,title={Literatur}]

The options read here are biblatex's entry filters, each usable more than once and all
of them required together: ``keyword``/``notkeyword`` (the entry's ``keywords`` field,
a comma-separated list), ``type``/``nottype`` (the entry type, biber's aliases mapped:
``@phdthesis`` is a ``thesis``), ``subtype``/``notsubtype`` (``entrysubtype``) and
``category``/``notcategory`` (the categories ``\\addtocategory`` puts keys in).
``heading=``, ``title=``, ``prenote=`` ... only change what is printed above the list.
A list using a filter bibcheck cannot evaluate (``filter=``/``check=`` naming a
``\\defbibfilter``/``\\defbibcheck``, ``section=``/``segment=``) makes the whole reading
give up (:func:`print_filters` returns None) and the document keeps one sorted list.
An entry no list admits is printed nowhere, as biblatex does (it prints nothing and warns
nothing): such a split is the author's choice, not a defect.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile

__all__ = ["EntryTags", "PrintFilter", "admitted", "categories", "entry_tags", "print_filters"]

_PRINT = lazy_compile(r"\\printbibliography(?![A-Za-z@])\s*(\[)?")
_UNKNOWN_FILTERS = frozenset({"filter", "check", "section", "segment"})
_KINDS = {
    "keyword": "keywords",
    "notkeyword": "not_keywords",
    "type": "types",
    "nottype": "not_types",
    "subtype": "subtypes",
    "notsubtype": "not_subtypes",
    "category": "categories",
    "notcategory": "not_categories",
}
# biber's default source map: BibTeX's types under biblatex's names
_TYPE_ALIASES = {
    "conference": "inproceedings",
    "electronic": "online",
    "www": "online",
    "mastersthesis": "thesis",
    "phdthesis": "thesis",
    "techreport": "report",
}
_TYPE = lazy_compile(r"^\s*@\s*([A-Za-z]+)")
_CATEGORY_ADD = lazy_compile(r"\\addtocategory\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class EntryTags:
    """What the filters look at in one entry."""

    entry_type: str
    keywords: frozenset[str] = frozenset()
    subtype: str = ""
    categories: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PrintFilter:
    """One ``\\printbibliography``: where it stands and what it requires."""

    at: int
    keywords: tuple[str, ...] = ()
    not_keywords: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    not_types: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    not_subtypes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    not_categories: tuple[str, ...] = ()
    options: Mapping[str, str] = field(default_factory=dict)

    @property
    def filtering(self) -> bool:
        return any(getattr(self, name) for name in _KINDS.values())

    def admits(self, tags: EntryTags) -> bool:
        kind = _TYPE_ALIASES.get(tags.entry_type, tags.entry_type)
        return (
            all(k in tags.keywords for k in self.keywords)
            and not any(k in tags.keywords for k in self.not_keywords)
            and all(_TYPE_ALIASES.get(t, t) == kind for t in self.types)
            and all(_TYPE_ALIASES.get(t, t) != kind for t in self.not_types)
            and all(s == tags.subtype for s in self.subtypes)
            and all(s != tags.subtype for s in self.not_subtypes)
            and all(c in tags.categories for c in self.categories)
            and not any(c in tags.categories for c in self.not_categories)
        )


def _uncommented(text: str, at: int) -> bool:
    """Whether ``at`` is outside a ``%`` comment of its line."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return re.search(r"(?<!\\)%", line) is None


def _group(text: str, at: int, close: str) -> tuple[str, int] | None:
    """The text from ``at`` (just after an opening ``[``) to its closing ``close``, braces
    balanced, and the position after it; None when it does not close."""
    depth = 0
    for k in range(at, min(len(text), at + 4000)):
        c = text[k]
        if c == close and depth == 0:
            return text[at:k], k + 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
    return None


def _split_options(body: str) -> list[tuple[str, str]]:
    """``name=value`` pairs of a key-value list, commas inside braces kept."""
    pairs: list[tuple[str, str]] = []
    depth, start = 0, 0
    parts: list[str] = []
    for k, c in enumerate(body):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(body[start:k])
            start = k + 1
    parts.append(body[start:])
    for part in parts:
        name, eq, value = part.partition("=")
        if not name.strip():
            continue
        value = value.strip()
        if value.startswith("{") and value.endswith("}"):
            value = value[1:-1].strip()
        pairs.append((name.strip().lower(), value if eq else "true"))
    return pairs


def print_filters(text: str, start: int, stop: int) -> list[PrintFilter] | None:
    """Every ``\\printbibliography`` between ``start`` and ``stop`` with its filters, in
    order; None when one uses a filter bibcheck cannot evaluate."""
    found: list[PrintFilter] = []
    for m in _PRINT.finditer(text, start, stop):
        if not _uncommented(text, m.start()):
            continue
        pairs: list[tuple[str, str]] = []
        if m.group(1):
            body = _group(text, m.end(), "]")
            if body is None:
                return None
            pairs = _split_options(body[0])
        values: dict[str, list[str]] = {name: [] for name in _KINDS.values()}
        options: dict[str, str] = {}
        for name, value in pairs:
            if name in _UNKNOWN_FILTERS:
                return None
            if name in _KINDS:
                values[_KINDS[name]].append(value.lower() if "type" in name else value)
            else:
                options[name] = value
        found.append(
            PrintFilter(m.start(), **{k: tuple(v) for k, v in values.items()}, options=options)
        )
    return found


def categories(text: str) -> dict[str, frozenset[str]]:
    """The categories each key is put in by ``\\addtocategory{cat}{key1,key2}``."""
    found: dict[str, set[str]] = {}
    for m in _CATEGORY_ADD.finditer(text):
        if not _uncommented(text, m.start()):
            continue
        for key in m.group(2).split(","):
            if key.strip():
                found.setdefault(key.strip(), set()).add(m.group(1).strip())
    return {k: frozenset(v) for k, v in found.items()}


def _field(raw: str, name: str) -> str:
    """A field's value in an entry's ``.bib`` text (braced, quoted or bare), or ""."""
    m = re.search(rf"(?i)(?:^|[,\s]){name}\s*=\s*", raw)
    if m is None:
        return ""
    at = m.end()
    if at < len(raw) and raw[at] == "{":
        body = _group(raw, at + 1, "}")
        if body is None:
            return ""
        return body[0]
    if at < len(raw) and raw[at] == '"':
        end = raw.find('"', at + 1)
        return raw[at + 1 : end] if end > 0 else ""
    bare = re.match(r"[\w.:-]+", raw[at:])
    return bare.group(0) if bare else ""


def entry_tags(key: str, raw: str, cats: Mapping[str, frozenset[str]]) -> EntryTags:
    """The tags of the entry ``key`` whose ``.bib`` text is ``raw``."""
    m = _TYPE.match(raw)
    keywords = frozenset(k.strip() for k in _field(raw, "keywords").split(",") if k.strip())
    return EntryTags(
        m.group(1).lower() if m else "",
        keywords,
        _field(raw, "entrysubtype").strip(),
        cats.get(key, frozenset()),
    )


def admitted(
    pools: Sequence[Sequence[str]], prints: Sequence[PrintFilter], tags: Mapping[str, EntryTags]
) -> list[list[str]]:
    """Each list's entries: of its pool (the keys its section cites), those it admits."""
    return [
        [k for k in pool if k in tags and p.admits(tags[k])]
        for pool, p in zip(pools, prints, strict=True)
    ]
