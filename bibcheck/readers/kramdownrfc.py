"""kramdown-rfc Internet-Drafts, rewritten for the Pandoc reader.

An IETF draft written for kramdown-rfc (``draft-*.md``) opens with a YAML block that
names the draft (``docname:``) and its references, and ends it with ``--- abstract``;
``--- middle`` and ``--- back`` divide the rest::

    normative:
      HTTP: RFC9110                 # an alias of an RFC, fetched by the tool
      RFC2119:                      # an RFC by its own name
      FETCH:                        # a reference written out
        target: https://fetch.spec.whatwg.org/
        title: Fetch Living Standard
        author: {org: WHATWG}
        seriesinfo: {DOI: 10.1000/x}
    informative:
      I-D.ietf-httpbis-cache-groups:

The text cites ``{{HTTP}}``, ``{{!RFC2119}}`` / ``{{?I-D.x}}`` (normative / informative,
an RFC or draft added on first use), ``{{!HTTP=RFC9110}}`` (an alias declared where it is
cited), ``{{Section 7.1 of HTTP}}``, ``{{HTTP, Section 7.1}}``, ``{{Sections 3 and 4 of
HTTP}}``, ``{{-HTTP}}`` (the reference's name without brackets).  ``{{sec-intro}}`` is a
cross reference to an anchor (``{#sec-intro}``, a heading's own id), ``{{&SELF}}`` an
entity and ``{{{Name}}}`` a contributor's name: none cites.  A key that is no anchor,
names no reference and is not one the tool fetches by name (``RFC``/``I-D.``/``BCP``/
``STD``/``DOI.``/``W3C.``...) stays a citation whose key is missing.

:func:`rewrite` turns a draft into what the Pandoc reader reads: the front matter keeps
its title only (the other lines blank, the line count kept), the section lines are
blank, each citation is ``[@KEY]`` padded to its length, and each reference becomes a
CSL item at its line (an RFC with its DOI ``10.17487/RFCn`` and rfc-editor.org page,
a draft with its datatracker page).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from bibcheck.lazyre import lazy_compile

__all__ = ["Draft", "Located", "citation", "draft_front", "is_draft", "rewrite"]

_SECTION_LINE = lazy_compile(r"^---\s*[A-Za-z_][\w-]*\s*$")
_DRAFT_KEY = lazy_compile(r"(?m)^(?:docname|normative|informative)\s*:")
# {{X}}, not {{{name}}}
_CITE = lazy_compile(r"(?<!\{)\{\{(?P<body>[^{}\n]{1,240})\}\}(?!\})")
# (one space after the word, then the lazy run, which takes any more: "\s+[^{}]*?" split a
# run of spaces between the two every way)
_SECTION_OF = lazy_compile(
    r"^(?:Sections?|Appendix|Appendices|Figure|Table)\s[^{}]*?\s(?:of|in)\s+(?P<ref>\S+)$", re.I
)
_REF_THEN = lazy_compile(
    r"^(?P<ref>[^\s,()]+)\s*(?:,\s*(?:Sections?|Appendix|Appendices)\s.*|"
    r"\(\s*(?:Sections?|Appendix)\s[^)]*\))?$",
    re.I,
)
# references the tool fetches by name: an RFC, an Internet-Draft, a BCP/STD/FYI, a DOI,
# a W3C, IEEE, ISO or other bibxml anchor
_FETCHED = lazy_compile(
    r"^(?:RFC\d{1,5}|I-D\.[\w.-]+|(?:BCP|STD|FYI)\d{1,4}|DOI\.10\.\S+|"
    r"(?:W3C|IEEE|ISO|ANSI|NIST|3GPP|SDO-3GPP|IANA|CCITT|ITU)\.[\w.-]+)$",
    re.I,
)
_RFC = lazy_compile(r"^RFC\s?(?P<n>\d{1,5})$", re.I)
_ANCHOR = lazy_compile(r"\{:?\s*#(?P<id>[\w.:-]+)")
# an ATX heading's opening: the text runs from there to the closing hashes and spaces,
# which _heading_text strips from the end (``^#{1,6}\s+(.+?)\s*#*\s*$`` as one pattern
# tried every end of the text against every split of the tail: cubic on a long line)
_HEADING = lazy_compile(r"#{1,6}\s+")
# a plain ``[KEY]`` in the text: not a link's text (``[KEY](url)``, ``[KEY][ref]``), not the
# second half of a reference link (``[text][KEY]``), not before a kramdown attribute list,
# not an image, an escaped bracket or a Pandoc citation (``[@KEY]``, ``[^note]``)
_PLAIN = lazy_compile(r"(?<![\]\\!\w])\[(?P<key>\w[\w.:/+-]{0,99})\](?![(\[{])")
_LINK_DEFINITION = lazy_compile(r"^ {0,3}\[(?P<key>[^\]\n]{1,100})\]:")


@dataclass(frozen=True, slots=True)
class Located:
    """A reference of the draft: its key, a CSL item, its line (1-based)."""

    key: str
    item: dict[str, Any]
    line: int
    written: str  # the YAML as written (the entry's text)


@dataclass(slots=True)
class Draft:
    """A draft as the Pandoc reader reads it."""

    text: str
    references: list[Located] = field(default_factory=list)
    damaged: bool = False  # the YAML cannot be read: no references


def _front_end(lines: list[str]) -> int:
    """The index of the line that closes the draft's YAML (``--- abstract``), or 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for i in range(1, min(len(lines), 5000)):
        if lines[i].startswith("---") or lines[i].strip() == "...":
            return i
    return 0


def draft_front(text: str) -> str:
    """A draft's YAML: from a first ``---`` line to the next line that starts with ``---``
    (``--- abstract``) or is ``...`` ("" when the text opens no such block)."""
    lines = text.split("\n", 5000)
    end = _front_end(lines)
    return "\n".join(lines[1:end]) if end else ""


def is_draft(text: str) -> bool:
    """A kramdown-rfc draft: its YAML names its docname or references and is closed by a
    section line (``--- abstract``) or by ``---`` followed by such a line later."""
    lines = text.split("\n", 5000)
    end = _front_end(lines)
    if not end or not _DRAFT_KEY.search("\n".join(lines[1:end])):
        return False
    return any(_SECTION_LINE.match(line) for line in lines[end:])


def _heading_text(line: str) -> str | None:
    r"""The text of an ATX heading (a line, without its newline): after one to six ``#`` and
    whitespace, up to the closing ``#`` and whitespace; what ``^#{1,6}\s+(.+?)\s*#*\s*$``
    reads (a text of one character at least: ``# ##`` is ``#``, ``#  `` a space)."""
    m = _HEADING.match(line)
    if m is None:
        return None
    start = m.end()
    if start == len(line):  # only whitespace: the opening gives the text its last one
        return line[-1] if len(line) - len(line.rstrip()) >= 2 else None
    end = len(line.rstrip().rstrip("#").rstrip())
    return line[start : max(end, start + 1)]


def _anchors(lines: list[str]) -> set[str]:
    """Ids the text defines: ``{#id}``, ``{: #id}``, and headings' own ids (kramdown's:
    lower case, spaces as hyphens)."""
    ids = {m.group("id") for line in lines for m in _ANCHOR.finditer(line)}
    for line in lines:
        text = _heading_text(line)
        if text is not None:
            words = re.sub(r"\{[^}]*\}", "", text).lower()
            ids.add(re.sub(r"[^\w\s-]", "", words).strip().replace(" ", "-"))
    return ids


def citation(body: str) -> tuple[str, str | None] | None:
    """(key, alias target) cited by a ``{{body}}``; None for an entity or a bad form."""
    body = body.strip()
    if body.startswith("&"):
        return None
    m = _SECTION_OF.match(body) or _REF_THEN.match(body)
    if m is None:
        return None
    ref = m.group("ref").lstrip("?!-")
    key, _, target = ref.partition("=")
    if not key or not re.match(r"^[\w][\w.:/+-]*$", key):
        return None
    return key, (target or None)


def _padded(key: str, written: str) -> str:
    cited = f"[@{key}]" if re.fullmatch(r"[\w][\w.:/+-]*[\w]|\w", key) else f"[@{{{key}}}]"
    return cited.ljust(len(written)) if len(cited) <= len(written) else cited


def _line_of(lines: list[str], start: int, end: int, key: str) -> int:
    pattern = re.compile(rf"^\s+['\"]?{re.escape(key)}['\"]?\s*:")
    return next((i + 1 for i in range(start, end) if pattern.match(lines[i])), start + 1)


def _text(value: object) -> str | None:
    if isinstance(value, str | int | float) and str(value).strip():
        return " ".join(str(value).split())
    return None


def _person(value: object) -> dict[str, str] | None:
    if isinstance(value, str):
        return {"literal": value.strip()} if value.strip() else None
    if not isinstance(value, Mapping):
        return None
    surname = _text(value.get("surname"))
    name = _text(value.get("name") or value.get("fullname"))
    ins = _text(value.get("ins"))
    if surname:
        given = name.removesuffix(surname).strip() if name and name.endswith(surname) else ""
        return {"family": surname, "given": given} if given else {"family": surname}
    if ins and re.match(r"^(?:[A-Z][a-z]?\.[-\s]?)+\s*\S", ins):
        initials = re.match(r"^(?:[A-Z][a-z]?\.[-\s]?)+", ins)
        assert initials is not None
        return {"family": ins[initials.end() :].strip(), "given": initials.group(0).strip()}
    if name:
        return {"literal": name}
    org = _text(value.get("org") or value.get("organization"))
    return {"literal": org} if org else None


def _people(value: object) -> list[dict[str, str]]:
    values = value if isinstance(value, list) else [value]
    return [p for p in (_person(v) for v in values) if p is not None]


def _issued(value: object) -> dict[str, Any] | None:
    if isinstance(value, dt.date):
        return {"date-parts": [[value.year, value.month, value.day]]}
    text = _text(value)
    if text is None:
        return None
    m = re.match(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2}))?(?:-(?P<d>\d{1,2}))?", text)
    if m:
        parts = [int(p) for p in m.group("y", "m", "d") if p]
        return {"date-parts": [parts]}
    y = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return {"date-parts": [[int(y.group(1))]]} if y else None


def _series(value: object) -> dict[str, str]:
    """``seriesinfo`` as a map name -> value (a map, or a list of one-entry maps)."""
    found: dict[str, str] = {}
    for part in value if isinstance(value, list) else [value]:
        if isinstance(part, Mapping):
            for name, v in part.items():
                if _text(v):
                    found[str(name)] = str(_text(v))
    return found


def _fetched(key: str, name: str) -> dict[str, Any]:
    """The item for a reference the tool fetches by ``name`` (``RFC9110``)."""
    item: dict[str, Any] = {"id": key}
    rfc = _RFC.match(name)
    if rfc:
        n = int(rfc.group("n"))
        item.update(
            type="report",
            number=f"RFC {n}",
            publisher="RFC Editor",
            URL=f"https://www.rfc-editor.org/info/rfc{n}",
            **({"DOI": f"10.17487/RFC{n:04d}"} if n >= 1 else {}),
        )
    elif name.lower().startswith("i-d."):
        draft = name[4:]
        draft = draft if draft.startswith("draft-") else f"draft-{draft}"
        item.update(type="report", number=draft, URL=f"https://datatracker.ietf.org/doc/{draft}/")
    elif name.upper().startswith("DOI."):
        item.update(type="article", DOI=name[4:])
    else:
        item.update(type="report", number=name)
    return item


def _written_out(key: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """The item for a reference written out in the YAML."""
    series = _series(entry.get("seriesinfo"))
    item: dict[str, Any] = {"id": key, "type": "webpage" if entry.get("target") else "document"}
    title = _text(entry.get("title"))
    if title:
        item["title"] = title
    url = _text(entry.get("target"))
    if url:
        item["URL"] = url
    authors = _people(entry.get("author"))
    if authors:
        item["author"] = authors
    issued = _issued(entry.get("date"))
    if issued:
        item["issued"] = issued
    for name, value in series.items():
        upper = name.upper()
        if upper == "DOI":
            item["DOI"] = value
        elif upper == "RFC":
            item.update(_fetched(key, f"RFC{value}") | {k: v for k, v in item.items()})
        elif upper == "ISBN":
            item["ISBN"] = value
        elif "number" not in item:
            item["type"] = "report"
            item["number"] = f"{name} {value}"
    publisher = _text(entry.get("ann")) if not entry.get("seriesinfo") else None
    if publisher and len(publisher) < 60 and "publisher" not in item:
        item["publisher"] = publisher
    container = _text(entry.get("refcontent"))
    if container:
        item["container-title"] = container
    return item


def _references(data: Mapping[str, Any], lines: list[str], end: int) -> list[Located]:
    found: list[Located] = []
    for group in ("normative", "informative"):
        refs = data.get(group)
        if not isinstance(refs, Mapping):
            continue
        for raw_key, entry in refs.items():
            key = str(raw_key).strip()
            if not key:
                continue
            line = _line_of(lines, 1, end, key)
            if isinstance(entry, Mapping):
                item = _written_out(key, entry)
                if "title" not in item and _FETCHED.match(key):
                    item = _fetched(key, key) | item
            else:
                item = _fetched(key, _text(entry) or key)
            written = lines[line - 1].strip()
            found.append(Located(key, item, line, written))
    return found


def rewrite(text: str) -> Draft | None:
    """The draft in ``text`` as the Pandoc reader reads it; None when it is no draft."""
    if not is_draft(text):
        return None
    lines = text.split("\n")
    end = _front_end(lines)
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        data = None
    draft = Draft("", damaged=not isinstance(data, Mapping))
    front = [""] * (end + 1)
    front[0] = front[end] = "---"
    if isinstance(data, Mapping):
        title = _text(data.get("title"))
        if title and end >= 2:
            front[1] = "title: " + json.dumps(title, ensure_ascii=False)
        draft.references = _references(data, lines, end)
    else:
        front = [""] * (end + 1)  # nothing of it read (the reader says so)
    known = {r.key for r in draft.references}
    body = lines[end + 1 :]
    anchors = _anchors(body)
    out = [
        "" if _SECTION_LINE.match(line) else _cites(line, row, draft, known, anchors)
        for row, line in enumerate(body, end + 2)
    ]
    links = _link_definitions(body)
    out = [_plain_cites(line, known, links) for line in out]
    draft.text = "\n".join([*front, *out])
    return draft


def _cites(line: str, line_no: int, draft: Draft, known: set[str], anchors: set[str]) -> str:
    """``line`` with its citations as Pandoc's; references declared or fetched by name
    where they are first cited join ``draft.references``."""
    if "{{" not in line:
        return line
    parts: list[str] = []
    pos = 0
    for m in _CITE.finditer(line):
        parts.append(line[pos : m.start()])
        pos = m.end()
        cited = citation(m.group("body"))
        if cited is None:
            parts.append(m.group(0))
            continue
        key, target = cited
        if key not in known and (target is not None or _FETCHED.match(key)):
            known.add(key)  # an alias declared here, or an RFC or draft added on first use
            item = _fetched(key, target or key)
            draft.references.append(Located(key, item, line_no, m.group(0)))
        if key not in known and (key in anchors or not re.search(r"[A-Z]", key)):
            # a cross reference to a section, figure or table: its rendered word
            parts.append("Section".ljust(len(m.group(0))))
        else:
            parts.append(_padded(key, m.group(0)))
    parts.append(line[pos:])
    return "".join(parts)


def _link_definitions(lines: list[str]) -> set[str]:
    """Keys the text defines as reference links (``[KEY]: https://...``): a plain
    ``[KEY]`` is then a link, not a citation."""
    return {m.group("key") for line in lines if (m := _LINK_DEFINITION.match(line))}


def _plain_cites(line: str, keys: set[str], links: set[str]) -> str:
    """``line`` with each plain ``[KEY]`` of a declared reference as Pandoc's citation.

    kramdown-rfc leaves ``[RFC9580]`` as text, but the rendered draft shows it as the
    citation of that reference (its anchor in brackets), so authors write it beside
    ``{{RFC9580}}``.  An RFC, draft or other series name the draft never declares
    (``[RFC1234]``) is cited too, so that its missing reference is said; a bracketed word
    that names no reference (``[TBD]``, ``[optional]``) and a key the text defines as a
    link are left alone; code spans and blocks stay code for the Pandoc reader."""
    if "[" not in line or _LINK_DEFINITION.match(line):
        return line

    def one(m: re.Match[str]) -> str:
        key = m.group("key")
        cites = key not in links and (key in keys or _FETCHED.match(key) is not None)
        return _padded(key, m.group(0)) if cites else m.group(0)

    return _PLAIN.sub(one, line)
