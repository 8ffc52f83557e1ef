"""Hayagriva YAML (Typst's own bibliography format) -> CSL items.

A Hayagriva file is a mapping of entry keys to entries::

    smith2019:
      type: article
      title: Tidal Streams
      author: ["Smith, Jane", "Doe, John"]
      date: 2019-05
      url: {value: https://example.org/a, date: 2021-03-04}
      serial-number: {doi: 10.1234/abc}
      page-range: 12-30
      parent:
        type: periodical
        title: Journal of Tides
        volume: 4
        issue: 2

Each entry is mapped to the CSL item (a dict) that describes the same work, so that
it becomes a :class:`~bibcheck.model.Reference` exactly as CSL-JSON/YAML items do:
``type`` -> CSL type (an article whose parent is a proceedings volume is a conference
paper), ``author``/``editor`` (a string "Family, Given", a list of them, or
``{name, given-name}``) -> names, ``date`` -> ``issued``, ``url`` (a string or
``{value, date}``) -> ``URL``/``accessed``, ``doi`` or ``serial-number.doi`` -> ``DOI``,
the parent's ``title`` -> ``container-title`` and its ``volume``, ``issue``,
``page-range``, ``publisher`` and ``location`` where the entry has none of its own.
Formattable strings written as ``{value: ..., short: ...}`` count as their value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["is_hayagriva", "to_csl"]

# Hayagriva entry types (case-insensitive) -> CSL types
_TYPES = {
    "article": "article-journal",
    "chapter": "chapter",
    "entry": "entry-encyclopedia",
    "anthos": "chapter",
    "report": "report",
    "thesis": "thesis",
    "web": "webpage",
    "scene": "motion_picture",
    "artwork": "graphic",
    "patent": "patent",
    "case": "legal_case",
    "newspaper": "periodical",
    "legislation": "legislation",
    "manuscript": "manuscript",
    "original": "manuscript",
    "post": "post",
    "misc": "document",
    "performance": "performance",
    "periodical": "periodical",
    "proceedings": "book",
    "book": "book",
    "blog": "post-weblog",
    "reference": "book",
    "conference": "paper-conference",
    "anthology": "book",
    "thread": "post",
    "video": "motion_picture",
    "audio": "song",
    "exhibition": "event",
    "repository": "software",
}
# The type of an article follows its parent: a paper in proceedings, a newspaper article
_ARTICLE_IN = {
    "proceedings": "paper-conference",
    "conference": "paper-conference",
    "newspaper": "article-newspaper",
    "blog": "post-weblog",
    "web": "webpage",
}
_ENTRY_FIELDS = frozenset(
    {"type", "title", "author", "date", "parent", "url", "doi", "serial-number", "publisher"}
)


def is_hayagriva(data: object) -> bool:
    """Is ``data`` (parsed YAML) a Hayagriva bibliography: a mapping of keys to entries
    (mappings with at least one Hayagriva field)?"""
    if not isinstance(data, Mapping) or not data or "references" in data:
        return False
    entries = list(data.values())
    return all(isinstance(e, Mapping) for e in entries) and any(
        _ENTRY_FIELDS & {str(k).lower() for k in e} for e in entries
    )


def _value(value: object) -> str | None:
    """A formattable string's text (``{value: ...}`` or the string itself)."""
    if isinstance(value, Mapping):
        value = value.get("value")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and str(value).strip():
        return " ".join(str(value).split())
    return None


def formatted(text: str | None) -> str | None:
    """A formattable string as Hayagriva prints it: braces that keep their text from case
    changes are no text (``Post-Quantum {TLS}`` -> ``Post-Quantum TLS``), a backslash
    escapes a brace or dollar (``\\{`` -> ``{``), and ``$math$`` stays as written.  A string
    whose braces do not pair (Hayagriva refuses it) is kept as it is."""
    if text is None or not re.search(r"[{}\\]", text):
        return text
    out: list[str] = []
    depth, math, i = 0, False, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in "\\{}$":
            out.append(text[i + 1])
            i += 2
            continue
        if c == "$":
            math = not math
            out.append(c)
        elif c == "{" and not math:
            depth += 1
        elif c == "}" and not math:
            if depth == 0:
                return text
            depth -= 1
        else:
            out.append(c)
        i += 1
    return "".join(out) if depth == 0 else text


def _text(value: object) -> str | None:
    """A formattable string's printed text (:func:`formatted` of its value)."""
    return formatted(_value(value))


def _person(value: object) -> dict[str, str] | None:
    """ "Family, Given" / "Given Family" / ``{name, given-name, prefix}`` -> a CSL name."""
    if isinstance(value, Mapping):
        family = _value(value.get("name"))
        given = _value(value.get("given-name"))
        prefix = _value(value.get("prefix"))
        if family is None:
            return None
        name = {"family": f"{prefix} {family}" if prefix else family}
        if given:
            name["given"] = given
        return name
    text = _value(value)
    if text is None:
        return None
    if "," in text:
        family, _, given = text.partition(",")
        name = {"family": family.strip()}
        if given.strip():
            name["given"] = given.strip()
        return name
    return {"literal": text}


def _people(value: object) -> list[dict[str, str]]:
    items = value if isinstance(value, list) else [value]
    return [p for item in items if (p := _person(item)) is not None]


def _date(value: object) -> object | None:
    """``2019``, ``2019-05``, ``2019-05-03`` (or a YAML date) -> a CSL date."""
    if isinstance(value, dt.date):
        return {"date-parts": [[value.year, value.month, value.day]]}
    text = _value(value)
    if text is None:
        return None
    m = re.fullmatch(r"(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if m:
        return {"date-parts": [[int(p) for p in m.groups() if p is not None]]}
    return {"raw": text}


def _first_parent(entry: Mapping[str, Any]) -> Mapping[str, Any]:
    parent = entry.get("parent")
    if isinstance(parent, list):
        parent = next((p for p in parent if isinstance(p, Mapping)), None)
    return parent if isinstance(parent, Mapping) else {}


def _serial(entry: Mapping[str, Any], name: str) -> str | None:
    serial = entry.get("serial-number")
    if isinstance(serial, Mapping):
        return _value(serial.get(name))
    return None


def _publisher(entry: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(publisher, place): ``publisher: Name`` with ``location:``, or
    ``publisher: {name, location}`` (Hayagriva 0.6)."""
    publisher = entry.get("publisher")
    place = _value(entry.get("location"))
    if isinstance(publisher, Mapping) and "name" in publisher:
        return _value(publisher.get("name")), _value(publisher.get("location")) or place
    return _value(publisher), place


def _csl_type(entry: Mapping[str, Any], parent: Mapping[str, Any]) -> str:
    kind = str(_value(entry.get("type")) or "misc").lower()
    if kind == "article" and parent:
        parent_kind = str(_value(parent.get("type")) or "").lower()
        return _ARTICLE_IN.get(parent_kind, "article-journal")
    return _TYPES.get(kind, "document")


def to_csl(key: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """The CSL item describing the Hayagriva ``entry`` called ``key``."""
    entry = {str(k).lower(): v for k, v in entry.items()}
    parent = {str(k).lower(): v for k, v in _first_parent(entry).items()}
    item: dict[str, Any] = {"id": key, "type": _csl_type(entry, parent)}

    def put(name: str, value: object) -> None:
        if value is not None and value != []:
            item[name] = value

    put("title", _text(entry.get("title")))
    # a chapter without authors of its own is by the book's authors
    put("author", _people(entry.get("author")) or _people(parent.get("author")))
    put("editor", _people(entry.get("editor") or parent.get("editor")))
    put("issued", _date(entry.get("date") or parent.get("date")))
    url = entry.get("url")
    put("URL", _value(url))
    if isinstance(url, Mapping):
        put("accessed", _date(url.get("date")))
    put("DOI", _value(entry.get("doi")) or _serial(entry, "doi"))
    put("ISBN", _value(entry.get("isbn")) or _serial(entry, "isbn") or _serial(parent, "isbn"))
    put("ISSN", _serial(entry, "issn") or _serial(parent, "issn"))
    put("container-title", _text(parent.get("title")))
    for name, csl in (("volume", "volume"), ("issue", "issue"), ("page-range", "page")):
        put(csl, _value(entry.get(name)) or _value(parent.get(name)))
    publisher, place = _publisher(entry)
    parent_publisher, parent_place = _publisher(parent)
    put("publisher", formatted(publisher or parent_publisher or _value(entry.get("organization"))))
    put("publisher-place", formatted(place or parent_place))
    put("edition", _text(entry.get("edition")))
    put("language", _value(entry.get("language")))
    put("note", _text(entry.get("note")))
    # a manuscript's or a letter's keeper and shelfmark (``archive: Bach-Archiv Leipzig``,
    # ``archive-location``, ``call-number: Thomana 2``): CSL's archive fields, which tell
    # a file in an archive from a published work
    put("archive", _text(entry.get("archive")))
    put("archive_location", _text(entry.get("archive-location")))
    put("call-number", _text(entry.get("call-number")))
    return item
