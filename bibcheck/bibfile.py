"""``.bib`` text in and out: the only module that imports bibtexparser.

Reading (:func:`read_bib`, used by the ``bibtex`` and ``latex`` readers): every
entry with its fields LaTeX-decoded to Unicode (URL-like fields kept verbatim),
its 1-based line, and the problems bibtexparser reported (blocks that failed to
parse, duplicate keys) with their lines, so the rest of a damaged file still
loads.  Entries come back as :class:`~bibcheck.model.BibRecord` values.

Writing (:func:`write_bib`, used by ``bibcheck export bibtex``): entries given
as (type, key, fields) with values already LaTeX-escaped, serialised by
bibtexparser v2 (the ``MergeCoAuthors`` middleware joins author lists with
`` and ``).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import (
    MergeCoAuthors,
    SeparateCoAuthors,
    SplitNameParts,
    default_parse_stack,
)
from bibtexparser.middlewares.middleware import LibraryMiddleware, Middleware
from bibtexparser.model import Block, DuplicateBlockKeyBlock, Entry, Field, ParsingFailedBlock
from bibtexparser.writer import BibtexFormat
from pylatexenc.latex2text import (  # type: ignore[import-untyped]
    LatexNodes2Text,
    MacroTextSpec,
    get_default_latex_context_db,
)
from pylatexenc.latexwalker import (  # type: ignore[import-untyped]
    get_default_latex_context_db as get_default_walker_context,
)

from bibcheck.model import BibRecord

__all__ = ["BibError", "FieldValue", "balanced", "decode_latex", "read_bib", "write_bib"]

FieldValue = str | list[str]  # a list: names, joined with " and "


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------


def _format() -> BibtexFormat:
    fmt = BibtexFormat()  # type: ignore[no-untyped-call]
    fmt.indent = "  "
    fmt.value_column = 0
    fmt.block_separator = "\n"
    fmt.trailing_comma = True
    return fmt


def balanced(value: str) -> bool:
    """Are the braces of ``value`` balanced, as BibTeX counts them (``\\{`` counts too)?"""
    depth = 0
    for char in value:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


_KEY = re.compile(r"[A-Za-z0-9_:.+/-]+")
_NAME = re.compile(r"[a-z]+")


def write_bib(entries: Sequence[tuple[str, str, Sequence[tuple[str, FieldValue]]]]) -> str:
    """``.bib`` text for ``(entry type, key, [(field, value), ...])`` in the order given.

    Raises ValueError for a value whose braces do not balance (it could close its
    field and start another) or an entry type, key or field name BibTeX cannot
    read: a writer bug, never to be papered over in the output.
    """
    for kind, key, fields in entries:
        if not _NAME.fullmatch(kind) or not _KEY.fullmatch(key):
            raise ValueError(f"entry type {kind!r} or key {key!r} cannot be written to BibTeX")
        for name, value in fields:
            values = value if isinstance(value, list) else [value]
            if not _NAME.fullmatch(name) or not all(balanced(v) for v in values):
                raise ValueError(f"{key}: field {name!r} would break out of its braces: {value!r}")
    blocks: list[Block] = [
        Entry(kind, key, [Field(name, value) for name, value in fields])
        for kind, key, fields in entries
    ]
    if not blocks:
        return ""
    text = write_string(
        Library(blocks), prepend_middleware=[MergeCoAuthors()], bibtex_format=_format()
    )
    return text if text.endswith("\n") else text + "\n"


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------


VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "urlraw", "verba", "verbb"})
NAME_FIELDS = ("author", "editor")


@dataclass(frozen=True, slots=True)
class BibError:
    """A problem bibtexparser reported, with its 1-based line."""

    line: int
    message: str
    duplicate_key: str | None = None  # set when the problem is a key defined twice


def _decoder() -> LatexNodes2Text:
    context = get_default_latex_context_db()
    context.add_context_category(
        "bibcheck",
        prepend=True,
        macros=[MacroTextSpec("textasciicircum", simplify_repl="^")],  # not "ˆ": undo latex_text
    )
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", keep_braced_groups=False)


_DECODER = _decoder()
# Built once: pylatexenc builds a fresh parsing context per call unless given one,
# which made reading a .bib of 10,000 entries take seconds per thousand fields.
_WALKER_CONTEXT = get_default_walker_context()
_URL_MACRO = re.compile(r"\\url\s*\{([^{}]*)\}")


# Fields without macros, groups, math or escapes (most of them) skip the LaTeX parser:
# only its ligatures apply, as pylatexenc writes them.
_LATEX_MARKUP = re.compile(r"[\\{}$%&#^_]")
_SPECIALS = re.compile(r"---|--|``|''|!`|\?`|~")
_SPECIAL_TEXT = {"---": "—", "--": "–", "``": "“", "''": "”", "!`": "¡", "?`": "¿", "~": "\xa0"}
_BRACE_MACRO = re.compile(r"\\text(braceleft|braceright)(?:\{\}|\b)")
_BRACE_MARK = {"braceleft": "\ue000", "braceright": "\ue001"}  # private-use placeholders


@functools.lru_cache(maxsize=65536)  # names and journals repeat across entries
def decode_latex(value: str) -> str:
    """LaTeX field text -> Unicode (``{\\"u}`` -> ü, ``\\&`` -> &, braces dropped)."""
    if not _LATEX_MARKUP.search(value):
        # No macro, group, math or escape: only the ligatures (-- `` ~ ...) change.
        return " ".join(_SPECIALS.sub(lambda m: _SPECIAL_TEXT[m.group()], value).split())
    value = re.sub(r"(?<!\\)%", r"\\%", value)  # a bare % in a field is text, not a comment
    value = re.sub(r"(?<!\\)&", r"\\&", value)  # a bare & is text, not a table column
    # pylatexenc does not know \textbraceleft / \textbraceright: keep them as braces.
    value = _BRACE_MACRO.sub(lambda m: _BRACE_MARK[m.group(1)], value)
    try:
        text = _DECODER.latex_to_text(value, latex_context=_WALKER_CONTEXT)
    except Exception:  # pylatexenc raises on broken input; keep the text as written
        text = value
    return " ".join(text.split()).replace("\ue000", "{").replace("\ue001", "}")


def _decode_field(name: str, value: str) -> str:
    if name in VERBATIM_FIELDS:
        return value.strip()
    urls = _URL_MACRO.findall(value)
    if name == "howpublished" and urls:
        return re.sub(r"\\([%#&_])", r"\1", urls[0])
    return decode_latex(value)


def _name(parts: object) -> str:
    """``Family, Given`` from bibtexparser's NameParts (braced organisations unbraced)."""
    last = decode_latex(" ".join([*getattr(parts, "von", []), *getattr(parts, "last", [])]))
    first = decode_latex(" ".join(getattr(parts, "first", [])))
    jr = decode_latex(" ".join(getattr(parts, "jr", [])))
    return ", ".join(p for p in (last, jr, first) if p)


def _record(entry: Entry, offset: int = 0) -> BibRecord:
    fields: dict[str, str] = {}
    lines: dict[str, int] = {}
    authors: tuple[str, ...] = ()
    for field in entry.fields:
        name = field.key.lower()
        lines[name] = (field.start_line or 0) + 1 + offset
        if name in NAME_FIELDS and isinstance(field.value, list):
            names = tuple(_name(p) for p in field.value)
            authors = names if name == "author" else authors
            fields[name] = " and ".join(names)
        elif isinstance(field.value, str):
            fields[name] = _decode_field(name, field.value)
    line = (entry.start_line or 0) + 1 + offset
    raw = (entry.raw or "").rstrip()
    end_line = line + raw.count("\n")
    kind = entry.entry_type.lower()
    return BibRecord(kind, entry.key, fields, authors, lines, raw, line, end_line)


def _parse_stack() -> list[Middleware]:
    return [ConcatenateValues(), *default_parse_stack(), SeparateCoAuthors(), SplitNameParts()]


class ConcatenateValues(LibraryMiddleware):
    """Resolve BibTeX ``#`` concatenation (``jot # " Quarterly"``), which
    bibtexparser leaves as written.  Each part is a braced or quoted literal, a
    number, or a @string name; the joined value is braced, so the string
    middleware that runs next leaves it alone."""

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_concatenate"

    def transform(self, library: Library) -> Library:
        strings = {k.lower(): s.value for k, s in library.strings_dict.items()}
        for entry in library.entries:
            for fld in entry.fields:
                if isinstance(fld.value, str) and "#" in fld.value:
                    parts = _concat_parts(fld.value)
                    if parts is not None:
                        fld.value = "{" + "".join(_part(p, strings) for p in parts) + "}"
        return library


_CONCAT_PART = re.compile(r'\s*(\{(?:[^{}]|\{[^{}]*\})*\}|"[^"]*"|[\w:.-]+)\s*(#|$)')


def _concat_parts(value: str) -> list[str] | None:
    """The parts of ``a # "b" # {c}``, or None when it is not a concatenation."""
    parts: list[str] = []
    pos = 0
    while pos < len(value):
        m = _CONCAT_PART.match(value, pos)
        if m is None:
            return None
        parts.append(m.group(1))
        pos = m.end()
    return parts if len(parts) > 1 else None


def _part(part: str, strings: dict[str, str]) -> str:
    if part[:1] in '{"':
        return part[1:-1]
    value = strings.get(part.lower(), part)
    return value[1:-1] if value[:1] in '{"' and value[-1:] in '}"' else value


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence bibtexparser's log warnings: its problems are returned as data instead."""
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _reparse(raw: str, offset: int) -> list[BibRecord]:
    """A duplicate-key entry parsed on its own (bibtexparser leaves it untransformed)."""
    with _quiet():
        library = parse_string(raw, parse_stack=_parse_stack())
    return [_record(e, offset) for e in library.entries]


def read_bib(text: str) -> tuple[list[BibRecord], list[BibError]]:
    """Every entry of a ``.bib`` text in file order, and the problems found.

    An entry whose key repeats an earlier one is still returned (its URL
    deserves checking too) and reported as a :class:`BibError`.
    """
    try:
        with _quiet():
            library = parse_string(text, parse_stack=_parse_stack())
    except Exception as exc:  # a bibtexparser bug must not become a traceback
        return [], [BibError(1, f"bibtexparser could not read the file: {exc}")]
    records: list[BibRecord] = []
    errors: list[BibError] = []
    first_line = {e.key: (e.start_line or 0) + 1 for e in library.entries}
    for block in library.blocks:
        if isinstance(block, Entry):
            records.append(_record(block))
        elif isinstance(block, DuplicateBlockKeyBlock):
            line = (block.start_line or 0) + 1
            key = block.key
            message = f"key {key!r} defined again (first at line {first_line.get(key)})"
            errors.append(BibError(line, message, key))
            records.extend(_reparse(block.raw or "", line - 1))
        elif isinstance(block, ParsingFailedBlock):
            line = (block.start_line or 0) + 1
            reason = getattr(block.error, "abort_reason", None) or str(block.error)
            message = " ".join(reason.split()) or "entry could not be parsed"
            errors.append(BibError(line, f"unparsable block: {message}"))
    records.sort(key=lambda r: r.line)
    return records, errors
