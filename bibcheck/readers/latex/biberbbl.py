"""The entries of a biblatex ``.bbl`` (the file biber writes), as ``.bib`` records.

A biblatex manuscript sent to arXiv or a publisher often ships its ``.bbl`` instead of
its ``.bib``.  biber's ``.bbl`` is no ``thebibliography``: it holds one
``\\entry{key}{type}{...}`` ... ``\\endentry`` block per cited work, whose data are

* ``\\name{author}{2}{}{{{hash=...}{family={Smith}, given={John}, prefix={von}, ...}}}``
  (biblatex 3.3 and later) or the older positional form
  ``{{hash=...}{Smith}{S.}{John}{J.}{von}{v.}{Jr}{J.}}``, with options such as
  ``\\name[form=original,lang=russian]{author}`` (the first form is kept); ``\\true{moreauthor}``
  stands for "and others";
* ``\\list{publisher}{1}{{Clarendon Press}}`` (several items joined by "and");
* ``\\field{title}{...}`` and ``\\verb{doi}`` / ``\\verb 10.1/x`` / ``\\endverb``;
* bookkeeping biber adds for the style (``\\strng{namehash}``, ``\\field{sortinit}``,
  ``\\field{labelnamesource}``, ``\\range{pages}``, ``\\keyw``...), which is no field of
  the work and is left out.

biblatex's typesetting macros inside values (``\\bibrangedash``, ``\\bibnamedelima``,
``\\bibinitperiod``...) become the text they print.  Each record keeps the ``.bbl``
lines of its entry, so anomalies point into that file.
"""

from __future__ import annotations

import re

from bibcheck.bibfile import VERBATIM_FIELDS, decode_latex
from bibcheck.lazyre import lazy_compile
from bibcheck.model import BibRecord
from bibcheck.text import group_end

_ENTRY = lazy_compile(r"^[ \t]*\\entry\{([^{}]*)\}\{([^{}]*)\}", re.MULTILINE)
_END_ENTRY = lazy_compile(r"^[ \t]*\\endentry\b", re.MULTILINE)
_ITEM = lazy_compile(r"\\(name|list|field|verb|true)(?:\[[^\]]*\])?\{([^{}]*)\}")
_VERB_VALUE = lazy_compile(r"\s*\\verb[ \t]?(.*?)\s*\\endverb", re.DOTALL)
_KEY_VALUE = lazy_compile(r"(?<![a-z])([a-z]+)=")  # (from a word's start: linear)
# biblatex's typesetting macros in .bbl values, and the text each prints
_MACROS = {
    "bibrangedash": "--",
    "bibdatedash": "--",
    "bibrangessep": ", ",
    "bibnamedelima": " ",
    "bibnamedelimb": " ",
    "bibnamedelimc": " ",
    "bibnamedelimd": " ",
    "bibnamedelimi": " ",
    "bibinitperiod": ".",
    "bibinitdelim": " ",
    "bibinithyphendelim": "-",
}
_MACRO = lazy_compile(
    r"\\(" + "|".join(sorted(_MACROS, key=len, reverse=True)) + r")(?![A-Za-z])\s?"
)
# fields biber adds for sorting, labels and uniqueness: no data of the work
_BOOKKEEPING = lazy_compile(r"^(?:sort|label|extra|unique)|(?:hash|era|scope)$")
_DATE_PARTS = ("year", "month", "day")


def is_biber_bbl(text: str) -> bool:
    """Whether ``text`` is a ``.bbl`` biber wrote (entries, no ``thebibliography``)."""
    return bool(_ENTRY.search(text)) and bool(_END_ENTRY.search(text))


def read_biber_bbl(text: str) -> list[BibRecord]:
    """One record per ``\\entry`` (the first of a key: biber repeats an entry in every
    reference section that cites it)."""
    records: list[BibRecord] = []
    seen: set[str] = set()
    for m in _ENTRY.finditer(text):
        end = _END_ENTRY.search(text, m.end())
        if end is None:
            break
        key = m.group(1).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        records.append(_record(text, key, m.group(2).strip().lower(), m.start(), end.end()))
    return records


def _record(text: str, key: str, kind: str, start: int, stop: int) -> BibRecord:
    first_line = text.count("\n", 0, start) + 1
    body = text[start:stop]
    fields: dict[str, str] = {}
    lines: dict[str, int] = {}
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    more: set[str] = set()
    pos = 0
    while (m := _ITEM.search(body, pos)) is not None:
        what, name = m.group(1), m.group(2).strip().lower()
        line = first_line + body.count("\n", 0, m.start())
        pos = m.end()
        if what == "true":
            if name.startswith("more"):  # moreauthor, moreeditor, morelist...
                more.add(name[4:])
            continue
        if what == "verb":
            value_match = _VERB_VALUE.match(body, pos)
            if value_match is None:
                continue
            pos = value_match.end()
            if name != "urlraw":
                fields.setdefault(name, " ".join(value_match.group(1).split()))
                lines.setdefault(name, line)
            continue
        args = _groups(body, pos, {"name": 3, "list": 2}.get(what, 1))
        if args is None:
            continue
        values, pos = args
        if what == "field":
            if not _BOOKKEEPING.search(name):
                fields.setdefault(name, _text(name, values[0]))
                lines.setdefault(name, line)
        elif _BOOKKEEPING.search(name):  # \name{labelname}: the label, not the work
            continue
        elif what == "list":
            items = _inner_groups(values[-1])
            fields.setdefault(name, " and ".join(_text(name, item) for item in items))
            lines.setdefault(name, line)
        else:
            names = tuple(_person(item) for item in _inner_groups(values[-1]))
            names = tuple(n for n in names if n)
            fields.setdefault(name, " and ".join(names))
            lines.setdefault(name, line)
            if name == "author":
                authors = names
            elif name == "editor":
                editors = names
    for name in ("author", "editor"):  # \true{moreauthor}, before or after the \name block
        if name in more and name in fields and not fields[name].endswith(" and others"):
            fields[name] += " and others"
            if name == "author":
                authors = (*authors, "others")
    _dates(fields, lines)
    end_line = first_line + body.count("\n")
    return BibRecord(kind, key, fields, authors, lines, body, first_line, end_line, editors=editors)


def _dates(fields: dict[str, str], lines: dict[str, int]) -> None:
    """``urlyear``/``urlmonth``/``urlday`` -> ``urldate`` (and the same for ``origdate``,
    ``eventdate``), as a ``.bib`` writes them."""
    for prefix in ("url", "orig", "event"):
        year = fields.pop(prefix + "year", "")
        month = fields.pop(prefix + "month", "")
        day = fields.pop(prefix + "day", "")
        line = lines.pop(prefix + "year", None)
        lines.pop(prefix + "month", None)
        lines.pop(prefix + "day", None)
        if year and line is not None:
            parts = [year]
            if month:
                parts.append(month.zfill(2))
                if day:
                    parts.append(day.zfill(2))
            fields.setdefault(prefix + "date", "-".join(parts))
            lines.setdefault(prefix + "date", line)


def _text(name: str, value: str) -> str:
    value = _MACRO.sub(lambda m: _MACROS[m.group(1)], value)
    if name in VERBATIM_FIELDS:
        return " ".join(value.split())
    return decode_latex(value)


def _person(group: str) -> str:
    """``Family, Given`` (``von Family, Jr, Given``) from one name of a ``\\name`` list."""
    parts = _inner_groups(group)
    data = parts[-1] if parts else group
    if "family=" in data or "given=" in data:
        named = _named_parts(data)
        family, given = named.get("family", ""), named.get("given", "")
        prefix, suffix = named.get("prefix", ""), named.get("suffix", "")
    else:  # the positional form: {hash}{family}{fi}{given}{gi}{prefix}{pi}{suffix}{si}
        values = parts[1:] if len(parts) > 1 else parts
        padded = [*values, "", "", "", "", "", "", "", ""]
        family, given, prefix, suffix = padded[0], padded[2], padded[4], padded[6]
    last = _text("name", " ".join(p for p in (prefix, family) if p.strip()))
    rest = [_text("name", p) for p in (suffix, given) if p.strip()]
    return ", ".join([last, *rest]) if last else ", ".join(rest)


def _named_parts(data: str) -> dict[str, str]:
    """``family={Smith}, familyi={S.}, given={John}`` -> {family: Smith, given: John}."""
    found: dict[str, str] = {}
    for m in _KEY_VALUE.finditer(data):
        start = m.end()
        while start < len(data) and data[start] in " \t\n":
            start += 1
        if start < len(data) and data[start] == "{":
            end = group_end(data, start)
            if end is None:
                break
            found.setdefault(m.group(1), data[start + 1 : end - 1])
    return found


def _groups(text: str, pos: int, count: int) -> tuple[list[str], int] | None:
    """The next ``count`` brace groups from ``pos`` (``%`` line ends between them skipped)."""
    values: list[str] = []
    for _ in range(count):
        pos = _skip(text, pos)
        if pos >= len(text) or text[pos] != "{":
            return None
        end = group_end(text, pos)
        if end is None:
            return None
        values.append(text[pos + 1 : end - 1])
        pos = end
    return values, pos


def _inner_groups(text: str) -> list[str]:
    """The top-level brace groups inside ``text``."""
    found: list[str] = []
    pos = 0
    while True:
        pos = _skip(text, pos)
        if pos >= len(text):
            return found
        if text[pos] != "{":
            pos += 1
            continue
        end = group_end(text, pos)
        if end is None:
            return found
        found.append(text[pos + 1 : end - 1])
        pos = end


def _skip(text: str, pos: int) -> int:
    while pos < len(text):
        if text[pos] in " \t\r\n":
            pos += 1
        elif text[pos] == "%":
            newline = text.find("\n", pos)
            pos = len(text) if newline < 0 else newline + 1
        else:
            break
    return pos
