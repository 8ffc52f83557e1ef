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
import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import MergeCoAuthors, SeparateCoAuthors
from bibtexparser.middlewares.enclosing import RemoveEnclosingMiddleware
from bibtexparser.middlewares.middleware import LibraryMiddleware, Middleware
from bibtexparser.middlewares.names import (
    InvalidNameError,
    NameParts,
    parse_single_name_into_parts,
)
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    Field,
    ParsingFailedBlock,
    String,
)
from bibtexparser.writer import BibtexFormat
from pylatexenc import latexwalker  # type: ignore[import-untyped]
from pylatexenc.latex2text import (  # type: ignore[import-untyped]
    LatexNodes2Text,
    MacroTextSpec,
    get_default_latex_context_db,
)
from pylatexenc.macrospec import LatexContextDb, MacroSpec  # type: ignore[import-untyped]

from bibcheck.lazyre import lazy_compile
from bibcheck.mathscripts import scripts_as_text
from bibcheck.model import BibRecord
from bibcheck.text import group_end

__all__ = [
    "BibError",
    "FieldValue",
    "balanced",
    "blank_comment_lines",
    "decode_latex",
    "inherit",
    "read_bib",
    "read_bibs",
    "write_bib",
]

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


# the unnamed contributors of a project, named as a collective after its people
# ("{GTSAM Contributors}", "{The Matplotlib Development Team}", "{OpenStreetMap contributors}",
# "{QGIS Community}", "{Mitwirkende}", "{collaboratori di …}")
_COLLECTIVE = lazy_compile(
    r"^(?:the\s)?(?:[^,]{0,60}\s)?(?i:contributors|developers|development\steam|community"
    r"|maintainers|mitwirkende|contributeurs|colaboradores|collaboratori|współtwórcy)$"
    r"|^(?i:mitwirkende|contributeurs|colaboradores|collaboratori)\s(?:de|di|der|des|da)\s.{1,60}$"
)

_KEY = lazy_compile(r"[A-Za-z0-9_:.+/-]+")
_NAME = lazy_compile(r"[a-z]+")


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
CACHE_SIZE = 8  # parsed .bib texts kept, so a file named several times is parsed once


@dataclass(frozen=True, slots=True)
class BibError:
    """A problem bibtexparser reported, with its 1-based line."""

    line: int
    message: str
    duplicate_key: str | None = None  # set when the problem is a key defined twice
    parent_key: str | None = None  # set when a crossref/xdata names no entry of the file
    name: bool = False  # an odd name in a name field, read as best it could be (entry kept)
    first_line: int | None = None  # a key defined twice: the line of its first definition
    key: str | None = None  # the entry the problem is in, when it is in one entry


# -- LaTeX field text to Unicode ----------------------------------------------

# Formatting commands whose argument is the text (pylatexenc's text table lacks them,
# so it would drop "\texttt{x}" whole), and commands whose argument is no text at all.
_TEXT_ARGUMENT = ("texttt", "mbox", "hbox", "fbox", "textnormal", "textup", "textmd", "textsl")
_TEXT_ARGUMENT_NEW = ("doi", "NoCaseChange", "nolinkurl", "path", "bibcheckkeep")
_NO_TEXT = ("noopsort", "SortNoop", "sortnoop", "noop")
# Named logos and symbols pylatexenc's table lacks (it would drop them: "Lua{\TeX}-ja",
# Zotero's "{\textbar}" for a title's "|"); the LaTeX reader's text uses them too
NAMED_SYMBOLS = {
    "LaTeX": "LaTeX", "TeX": "TeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
    "LuaTeX": "LuaTeX", "S": "§", "P": "¶", "guillemetleft": "«", "guillemetright": "»",
    "flqq": "«", "frqq": "»", "glqq": "„", "grqq": "“", "copyright": "©", "pounds": "£",
    "euro": "€", "ddag": "‡", "textunderscore": "_", "textbar": "|", "textless": "<",
    "textgreater": ">", "slash": "/", "No": "№", "textperiodcentered": "·", "ie": "i.e.",
    "eg": "e.g.", "etal": "et al.",
}  # fmt: skip


def _decoder() -> LatexNodes2Text:
    context = get_default_latex_context_db()
    context.add_context_category(
        "bibcheck",
        prepend=True,
        macros=[
            MacroTextSpec("textasciicircum", simplify_repl="^"),  # not "ˆ": undo latex_text
            *(MacroTextSpec(n, discard=False) for n in _TEXT_ARGUMENT + _TEXT_ARGUMENT_NEW),
            *(MacroTextSpec(n, discard=True) for n in _NO_TEXT),
            *(MacroTextSpec(n, simplify_repl=v) for n, v in NAMED_SYMBOLS.items()),
        ],
    )
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", keep_braced_groups=False)


def _walker_context() -> LatexContextDb:
    context = latexwalker.get_default_latex_context_db()
    context.add_context_category(
        "bibcheck",
        prepend=True,
        macros=[MacroSpec(n, "{") for n in _TEXT_ARGUMENT_NEW + _NO_TEXT],
    )
    return context


_DECODER = _decoder()
_WALKER = _walker_context()
_URL_MACRO = lazy_compile(r"\\(?:url|nolinkurl)\s*\{([^{}]*)\}")
_HREF_MACRO = lazy_compile(r"\\href\s*\{([^{}]*)\}\s*\{")
_KEPT = lazy_compile("\ue002(\\d+)\ue003")
_URL_ESCAPE = lazy_compile(r"\\([%#&_~$])")
_NEEDS_DECODER = lazy_compile(r"[\\$~%&]|--|``|''")
# a logo before a Latin word: TeX would glue them ("\TeX Wiki" prints "TeXWiki"), but the
# author meant two words (an organisation, a title): the space is kept
_LOGO_SPACE = lazy_compile(r"\\(LaTeXe|LaTeX|TeX|BibTeX|XeTeX|LuaTeX)(?=[ \t\n]+[A-Za-z])")
_BRACE_MACRO = lazy_compile(r"\\text(braceleft|braceright)(?:\{\}|\b)")
_BRACE_MARK = {"braceleft": "\ue000", "braceright": "\ue001"}  # private-use placeholders


def _protect_links(value: str, kept: list[str]) -> str:
    """``\\url{u}`` -> ``<u>`` and ``\\href{u}{text}`` -> ``text <u>``, the URLs set aside
    (a ``%`` or ``_`` in a URL is no LaTeX), to be put back by :func:`_restore_links`."""

    def keep(url: str) -> str:
        kept.append(_URL_ESCAPE.sub(r"\1", url.strip()))
        return f"<\ue002{len(kept) - 1}\ue003>"

    value = _URL_MACRO.sub(lambda m: keep(m.group(1)), value)
    out: list[str] = []
    pos = 0
    for m in _HREF_MACRO.finditer(value):
        if m.start() < pos:
            continue
        close = group_end(value, m.end() - 1)
        if close is None:
            continue
        out.append(value[pos : m.start()])
        out.append(value[m.end() : close - 1] + " " + keep(m.group(1)))
        pos = close
    out.append(value[pos:])
    return "".join(out)


def _restore_links(text: str, kept: list[str]) -> str:
    return _KEPT.sub(lambda m: kept[int(m.group(1))], text) if kept else text


def _text_mode(value: str) -> str:
    """``\\ifmmode A\\else B\\fi`` -> ``B`` (field text is never math mode), so that a
    name written ``Sch\\ifmmode\\ddot{o}\\else\\"{o}\\fi n`` keeps one ö, not two."""
    out: list[str] = []
    pos = 0
    while True:
        start = value.find("\\ifmmode", pos)
        if start < 0:
            break
        stop = value.find("\\fi", start + 8)
        if stop < 0:
            break
        other = value.find("\\else", start + 8, stop)
        out.append(value[pos:start])
        out.append(value[other + 5 : stop].lstrip(" ") if other >= 0 else "")
        pos = stop + 3
        while pos < len(value) and value[pos] == " ":
            pos += 1  # the space that ended the control word \fi
    out.append(value[pos:])
    return "".join(out)


@functools.lru_cache(maxsize=65536)  # names and journals repeat across entries
def decode_latex(value: str) -> str:
    """LaTeX field text -> Unicode (``{\\"u}`` -> ü, ``\\&`` -> &, braces dropped).

    Formatting commands keep their text (``\\texttt{x}``, ``\\emph``, ``\\textsc``,
    ``\\mbox``), ``\\url{u}`` becomes ``<u>`` and ``\\href{u}{t}`` ``t <u>``,
    ``\\ifmmode A\\else B\\fi`` is B, ``--``/``---`` are dashes, accents compose
    (``Maga\\~na`` -> Magaña, ``\\c{c}`` -> ç), sorting hacks (``\\noopsort{a}``) vanish.
    """
    # "CO$_2$", "{$^{133}$Cs}", "high {$T_c$}": CO2, 133Cs, Tc
    value = scripts_as_text(value, symbols=True)
    if not _NEEDS_DECODER.search(value):
        return " ".join(value.replace("{", "").replace("}", "").split())
    kept: list[str] = []
    value = _protect_links(_text_mode(_LOGO_SPACE.sub(r"\\\1{}", value)), kept)
    value = re.sub(r"(?<!\\)%", r"\\%", value)  # a bare % in a field is text, not a comment
    value = re.sub(r"(?<!\\)&", r"\\&", value)  # a bare & is text, not a table column
    # pylatexenc does not know \textbraceleft / \textbraceright: keep them as braces.
    value = _BRACE_MACRO.sub(lambda m: _BRACE_MARK[m.group(1)], value)
    try:
        text = _DECODER.latex_to_text(value, latex_context=_WALKER)
    except Exception:  # pylatexenc raises on broken input; keep the text as written
        text = value
    text = " ".join(text.split()).replace("\ue000", "{").replace("\ue001", "}")
    return _restore_links(text, kept)


def _decode_field(name: str, value: str) -> str:
    if name in VERBATIM_FIELDS:
        return value.strip()
    urls = _URL_MACRO.findall(value)
    if name == "howpublished" and urls:
        return _URL_ESCAPE.sub(r"\1", urls[0])
    return decode_latex(value)


def _name(parts: object) -> str:
    """``Family, Given`` from bibtexparser's NameParts (braced organisations unbraced)."""
    last = decode_latex(" ".join([*getattr(parts, "von", []), *getattr(parts, "last", [])]))
    first = decode_latex(" ".join(getattr(parts, "first", [])))
    jr = decode_latex(" ".join(getattr(parts, "jr", [])))
    return ", ".join(p for p in (last, jr, first) if p)


# -- entries --------------------------------------------------------------------


def _record(entry: Entry) -> BibRecord:
    fields: dict[str, str] = {}
    lines: dict[str, int] = {}
    repeated: list[tuple[str, int, str]] = []
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    for field in entry.fields:
        name = field.key.lower()
        line = (field.start_line or 0) + 1
        if name in fields:  # a repeated field: the first value counts, as in BibTeX
            value = (
                field.value
                if isinstance(field.value, str)
                else " and ".join(" ".join(getattr(p, "last", [])) or str(p) for p in field.value)
            )
            repeated.append((name, line, " ".join(value.split())))
            continue
        lines[name] = line
        if name in NAME_FIELDS and isinstance(field.value, list):
            names = tuple(_name(p) for p in field.value)
            # "and others" is BibTeX's "et al.", no person: the field keeps it as written
            people = tuple(n for n in names if n != "others")
            # ("Dellaert, Frank and {GTSAM Contributors}": a project's unnamed contributors
            # after the people named are its "and others", no author of their own)
            named = [n for n in people if not _COLLECTIVE.match(n)]
            people = tuple(named) if named else people
            authors = people if name == "author" else authors
            editors = people if name == "editor" else editors
            fields[name] = " and ".join(names)
        elif isinstance(field.value, str):
            fields[name] = _decode_field(name, field.value)
        else:
            fields[name] = ""
    line = (entry.start_line or 0) + 1
    raw = (entry.raw or "").rstrip()
    end_line = line + raw.count("\n")
    kind, raw = _unshielded(entry.entry_type.lower(), raw)
    if "author" not in fields:
        # an edited volume is cited by its editors (citeproc's substitute, biblatex's
        # useeditor): they are the names the work goes by; the editor field stays as written
        authors = editors
    undefined = tuple(entry.parser_metadata.get(_UNDEFINED) or ())
    return BibRecord(
        kind, entry.key, fields, authors, lines, raw, line, end_line, tuple(repeated), undefined,
        editors=editors,
    )  # fmt: skip


Macros = Mapping[str, str]  # @string name (lower case) -> its value as written, enclosed


def _parse_stack(outer: Macros) -> list[Middleware]:
    return [
        LowercaseFieldNames(),
        ConcatenateValues(outer),
        ResolveMacros(outer),
        RemoveEnclosingMiddleware(allow_inplace_modification=True),
        ProtectNameAccents(),
        SeparateCoAuthors(),
        SplitNames(),
    ]


_NAME_NOTES = "bibcheck_name_notes"  # parser metadata: (line, message) of each odd name
# biblatex's extended name format (Zotero Better BibTeX, biber): "family=Glehn,
# given=Tamara, prefix=von, useprefix=true"; the part keys are biblatex's name parts
_EXTENDED_PART = lazy_compile(r"\s*(?P<key>[A-Za-z][\w-]*)\s*=\s*(?P<value>.*?)\s*", re.S)
_EXTENDED_KEYS = frozenset({"family", "given", "prefix", "suffix"})


def _top_level_split(name: str) -> list[str]:
    """``name`` split at the commas outside braces."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(name):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append(name[start:i])
            start = i + 1
    parts.append(name[start:])
    return parts


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] + value[-1] in ("{}", '""') and balanced(value[1:-1]):
        return value[1:-1].strip()
    return value


def extended_name(name: str) -> NameParts | None:
    """A name in biblatex's extended format (``family=Glehn, given=Tamara, prefix=von,
    useprefix=true``) as its parts, or None when ``name`` is not written so."""
    found: dict[str, str] = {}
    for part in _top_level_split(name):
        m = _EXTENDED_PART.fullmatch(part)
        if m is None:
            return None
        found[m.group("key").lower()] = _unquote(m.group("value"))
    if not found.keys() & {"family", "given"}:
        return None
    prefix, family = found.get("prefix", ""), found.get("family", "")
    if prefix.endswith(("'", "’")) and family:  # d'Ascoli: the prefix is elided onto it
        prefix, family = "", prefix + family
    return NameParts(
        first=found.get("given", "").split(),
        von=prefix.split(),
        last=[family] if family else [],
        jr=[found["suffix"]] if found.get("suffix") else [],
    )


def split_name(name: str) -> tuple[NameParts, str | None]:
    """The parts of one name, and what was odd about it (None: nothing).  A name BibTeX
    would refuse is read as best it can be, never dropped with its entry."""
    extended = extended_name(name)
    if extended is not None:
        return extended, None
    try:
        return parse_single_name_into_parts(name), None
    except InvalidNameError as exc:
        reason = exc.reason
    stripped = name.strip().rstrip(",").strip()
    if stripped != name.strip() and stripped:
        try:
            return parse_single_name_into_parts(stripped), f"{name.strip()!r} ends with a comma"
        except InvalidNameError as exc:
            reason = exc.reason
    try:
        parts = parse_single_name_into_parts(stripped or name, strict=False)
    except InvalidNameError:
        parts = NameParts(last=[stripped or name.strip()])
    return parts, f"{name.strip()!r} cannot be split as BibTeX does ({reason.lower()})"


class SplitNames(LibraryMiddleware):
    """bibtexparser's SplitNameParts, which also reads biblatex's extended name format and
    keeps a name BibTeX would refuse (``Kydland, Finn E.,``: a stray comma) read as best
    it can be, noted in the entry's parser metadata, instead of failing the entry."""

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_split_names"

    def transform(self, library: Library) -> Library:
        for entry in library.entries:
            notes: list[tuple[int, str]] = []
            for fld in entry.fields:
                if fld.key.lower() not in NAME_FIELDS or not isinstance(fld.value, list):
                    continue
                parts: list[NameParts] = []
                for name in fld.value:
                    split, odd = split_name(name)
                    parts.append(split)
                    if odd:
                        line = (fld.start_line or entry.start_line or 0) + 1
                        notes.append((line, f"{fld.key}: the name {odd}; read as {_name(split)!r}"))
                fld.value = parts
            if notes:
                entry.parser_metadata[_NAME_NOTES] = notes
        return library


_UNDEFINED = "bibcheck_undefined_macros"  # parser metadata: (field, macro, line) of each
# the month macros BibTeX (and biber) predefine; bibcheck reads the names as months
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
# a bare @string name, as BibTeX reads one (no digit first; none of these characters)
_MACRO_NAME = lazy_compile(r"[^\s\d\"#%'(),={}][^\s\"#%'(),={}]*")


def _macros(library: Library, outer: Macros) -> dict[str, str]:
    """The macros an entry of ``library`` may use: those of earlier files, then the
    file's own (a redefinition wins, as in BibTeX)."""
    found = dict(outer)
    for string in library.strings:
        if not isinstance(string.value, str):
            continue
        value = string.value
        parts = _concat_parts(value) if "#" in value else None
        if parts is not None:  # @string{ieeetc = "IEEE Trans. " # comp}
            value = "{" + "".join(p for p in (_part(q, found) for q in parts) if p) + "}"
        found[string.key.lower()] = value
    return found


def _undefined(entry: Entry, fld: Field, macro: str) -> None:
    line = (fld.start_line or entry.start_line or 0) + 1
    notes: list[tuple[str, str, int]] = entry.parser_metadata.setdefault(_UNDEFINED, [])
    notes.append((fld.key.lower(), macro, line))


class ConcatenateValues(LibraryMiddleware):
    """Resolve BibTeX ``#`` concatenation (``jot # " Quarterly"``), which
    bibtexparser leaves as written.  Each part is a braced or quoted literal, a
    number, or a @string name (this file's or ``outer``'s; one no @string defines is
    noted and gives nothing, as in BibTeX); the joined value is braced, so the macro
    middleware that runs next leaves it alone."""

    def __init__(self, outer: Macros | None = None) -> None:
        super().__init__(allow_inplace_modification=True)
        self.outer: Macros = outer or {}

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_concatenate"

    def transform(self, library: Library) -> Library:
        strings = _macros(library, self.outer)
        for entry in library.entries:
            for fld in entry.fields:
                if isinstance(fld.value, str) and "#" in fld.value:
                    parts = _concat_parts(fld.value)
                    if parts is None:
                        continue
                    texts: list[str] = []
                    for part in parts:
                        text = _part(part, strings)
                        if text is None:
                            _undefined(entry, fld, part)
                        else:
                            texts.append(text)
                    fld.value = "{" + "".join(texts) + "}"
        return library


class ResolveMacros(LibraryMiddleware):
    """A field written as a bare @string name (``publisher = Kauf``) takes the macro's
    value, from this file or ``outer`` (the @string definitions of the files read before
    it: ``\\bibliography{IEEEabrv,refs}``).  A name no @string defines is noted in the
    entry's parser metadata and the field left empty, as BibTeX does (it warns);
    the month names BibTeX predefines (``month = jan``) stay as written."""

    def __init__(self, outer: Macros | None = None) -> None:
        super().__init__(allow_inplace_modification=True)
        self.outer: Macros = outer or {}

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_macros"

    def transform(self, library: Library) -> Library:
        strings = _macros(library, self.outer)
        for entry in library.entries:
            for fld in entry.fields:
                value = fld.value
                if not isinstance(value, str) or _MACRO_NAME.fullmatch(value) is None:
                    continue
                name = value.lower()
                if name in strings:
                    fld.value = "{" + _unenclosed(strings[name]) + "}"
                elif name not in _MONTHS:
                    _undefined(entry, fld, value)
                    fld.value = "{}"
        return library


def _unenclosed(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] + value[-1] in ("{}", '""'):
        return value[1:-1]
    return value


class LowercaseFieldNames(LibraryMiddleware):
    """``Author`` (JabRef writes field names capitalised) is ``author``: the name
    splitting and every lookup expect lower case.  Unlike bibtexparser's
    NormalizeFieldKeys, a field written twice is kept twice (and reported)."""

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_lowercase_fields"

    def transform(self, library: Library) -> Library:
        for entry in library.entries:
            for fld in entry.fields:
                fld.key = fld.key.lower()
        return library


class ProtectNameAccents(LibraryMiddleware):
    """Brace accent commands in names before they are split: the name splitter takes
    ``~`` for a tie between words (``Maga\\~na`` would become "Maga na") and loses
    ``\\v`` after an ``and`` (``\\v{S}koda`` would become "Skoda")."""

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "bibcheck_name_accents"

    def transform(self, library: Library) -> Library:
        for entry in library.entries:
            for fld in entry.fields:
                if fld.key.lower() in NAME_FIELDS and isinstance(fld.value, str):
                    fld.value = _NAME_ACCENT.sub(_braced_accent, fld.value)
        return library


def _braced_accent(m: re.Match[str]) -> str:
    """An accent command and its letter as one braced group, the letter braced too: ``\\v
    c`` -> ``{\\v{c}}`` (``{\\vc}`` would be an unknown command, the letter lost)."""
    letter = m.group(2)
    return "{\\" + m.group(1) + (letter if letter.startswith("{") else "{" + letter + "}") + "}"


_NAME_ACCENT = lazy_compile(r"\\([`'^\"~=.]|[uvHckbdrt](?![A-Za-z]))\s*(\{[^{}]*\}|\\?[A-Za-z])")
_CONCAT_PART = lazy_compile(r'\s*(\{(?:[^{}]|\{[^{}]*\})*\}|"[^"]*"|[\w:.-]+)\s*(#|$)')


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


def _part(part: str, strings: Mapping[str, str]) -> str | None:
    """The text of one part of a concatenation; None for a @string name no @string
    defines (a month name is its own text)."""
    if part[:1] in '{"':
        return part[1:-1]
    if part.isdigit() or part.lower() in _MONTHS:
        return strings.get(part.lower(), part)
    value = strings.get(part.lower())
    if value is None:
        return None
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


# -- comments ------------------------------------------------------------------

_BIB_TOKEN = lazy_compile(r"\\.|[{}]|(?:^|\n)[ \t]*%[^\n]*", re.S)


def blank_comment_lines(text: str) -> str:
    """Lines commented out with ``%`` outside field values, blanked (offsets kept).

    bibtexparser would read ``% @article{old, ...}`` as a live entry (and a key
    defined twice); biber treats such lines as comments, and so do we: a line
    whose first character is ``%`` outside any entry or between the fields of
    one is a comment.  Inside a braced field value it is text.
    """
    if "%" not in text:
        return text
    depth = 0
    out: list[str] = []
    pos = 0
    for m in _BIB_TOKEN.finditer(text):
        token = m.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif token[0] != "\\" and depth <= 1:
            start = m.start() + (1 if token[0] == "\n" else 0)
            out.append(text[pos:start])
            out.append(" " * (m.end() - start))
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# -- reading -------------------------------------------------------------------


def _transform(entry: Entry, strings: list[Block], outer: Macros) -> Entry:
    """An entry bibtexparser left untransformed (a duplicate key or field), run through
    the parse stack with the file's @string definitions (and ``outer``'s)."""
    library = Library([*strings, entry], fail_on_duplicate_key=False)
    for middleware in _parse_stack(outer):
        library = middleware.transform(library)
    return library.entries[0] if library.entries else entry


def _name_notes(entry: Entry) -> list[BibError]:
    """The odd names :class:`SplitNames` read in ``entry`` (the entry is kept)."""
    notes: list[tuple[int, str]] = entry.parser_metadata.get(_NAME_NOTES) or []
    return [
        BibError(line, f"entry {entry.key!r}, {note}; check the name", name=True, key=entry.key)
        for line, note in notes
    ]


# a backslash right before a line break ("Shock \\" at a line's end inside a value)
_ESCAPED_NEWLINE = lazy_compile(r"\\(?=\r?\n)")


def _counted_newlines(text: str) -> str:
    r"""``text`` with a space between a backslash and the line break after it.

    bibtexparser's splitter takes ``\`` + newline for an escaped character and does not
    count that line, so every entry after it would be reported a line too early. For
    TeX the space changes nothing: ``\`` before a line break is a control space, and
    ``\\`` (a line break) then a space is the same line break."""
    return _ESCAPED_NEWLINE.sub("\\\\ ", text)


_Parsed = tuple[tuple[BibRecord, ...], tuple[BibError, ...], tuple[tuple[str, str], ...]]


# bibtexparser takes any block whose type only *begins* with "comment", "preamble" or
# "string" for that block: biblatex-oscola's and biblatex-jura2's ``@commentary{key, ...}``
# (a book of authority, a German Kommentar) was read as a comment and its key then "had no
# entry". BibTeX and biber know the three by their whole name only, so such a type is
# renamed for bibtexparser (the line numbers stay) and given back in the record.
_SHADOWED_TYPE = lazy_compile(r"@(?P<type>(?:comment|preamble|string)\w+)(?=[ \t]*[{(])", re.I)
_SHIELD = "bibcheckentry"


def _shield_types(text: str) -> str:
    """``text`` with every entry type bibtexparser would take for a comment, preamble or
    string definition (``@commentary``) prefixed so that it reads as an entry."""
    if "@" not in text:
        return text
    return _SHADOWED_TYPE.sub(lambda m: f"@{_SHIELD}{m['type']}", text)


def _unshielded(kind: str, raw: str) -> tuple[str, str]:
    """An entry's type and text as written, the prefix of :func:`_shield_types` removed."""
    if not kind.startswith(_SHIELD):
        return kind, raw
    at = raw.lower().find(_SHIELD)
    return kind[len(_SHIELD) :], raw[:at] + raw[at + len(_SHIELD) :] if at >= 0 else raw


def _parse(text: str, outer: Macros) -> _Parsed:
    """Records, problems, and the @string macros in force after the file (``outer``'s
    and its own, values as written)."""
    try:
        with _quiet():
            library = parse_string(
                _shield_types(_counted_newlines(blank_comment_lines(text))), parse_stack=[]
            )
            macros = _macros(library, outer)
            for middleware in _parse_stack(outer):
                library = middleware.transform(library)
    except Exception as exc:  # a bibtexparser bug must not become a traceback
        return (), (BibError(1, f"bibtexparser could not read the file: {exc}"),), ()
    records: list[BibRecord] = []
    errors: list[BibError] = []
    strings: list[Block] = [b for b in library.blocks if isinstance(b, String)]
    for block in library.blocks:
        if isinstance(block, Entry):
            records.append(_record(block))
            errors += _name_notes(block)
        elif isinstance(block, DuplicateFieldKeyBlock | DuplicateBlockKeyBlock):
            entry = block.ignore_error_block
            if not isinstance(entry, Entry):
                continue
            with _quiet():
                transformed = _transform(entry, strings, outer)
                records.append(_record(transformed))
                errors += _name_notes(transformed)
        elif isinstance(block, ParsingFailedBlock):
            line = (block.start_line or 0) + 1
            reason = getattr(block.error, "abort_reason", None) or str(block.error)
            message = " ".join(reason.split()) or "entry could not be parsed"
            errors.append(BibError(line, f"unparsable block: {message}"))
    records.sort(key=lambda r: r.line)
    first: dict[str, int] = {}
    for record in records:
        if record.key in first:
            message = f"key {record.key!r} defined again (first at line {first[record.key]})"
            errors.append(
                BibError(
                    record.line, message, record.key, first_line=first[record.key], key=record.key
                )
            )
        else:
            first[record.key] = record.line
    errors.sort(key=lambda e: e.line)
    return tuple(records), tuple(errors), tuple(macros.items())


# -- inheritance: crossref and xdata ----------------------------------------------

# fields a child never takes from its parent (biblatex manual, appendix B)
_NOT_INHERITED = frozenset(
    {"ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label",
     "options", "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
     "shorthand", "shorthandintro", "sortkey", "sortname", "sortyear", "sorttitle",
     "indextitle", "indexsorttitle", "shorttitle"}
)  # fmt: skip
_TITLES = ("title", "subtitle", "titleaddon")
_AS_MAIN = dict(zip(_TITLES, ("maintitle", "mainsubtitle", "maintitleaddon"), strict=True))
_AS_BOOK = dict(zip(_TITLES, ("booktitle", "booksubtitle", "booktitleaddon"), strict=True))
_AS_JOURNAL = dict(zip(_TITLES, ("journaltitle", "journalsubtitle", "issuetitle"), strict=True))
_IN_BOOK = frozenset({"inbook", "bookinbook", "suppbook"})
_IN_COLLECTION = frozenset({"incollection", "inreference", "suppcollection"})
# (parent types, child types) -> where the parent's title fields go (biblatex's defaults;
# any other pair keeps the names, as BibTeX does)
_TITLE_MAPS: tuple[tuple[frozenset[str], frozenset[str], dict[str, str]], ...] = (
    (frozenset({"mvbook"}), frozenset({"book"}) | _IN_BOOK, _AS_MAIN),
    (
        frozenset({"mvcollection", "mvreference"}),
        frozenset({"collection", "reference"}) | _IN_COLLECTION,
        _AS_MAIN,
    ),
    (frozenset({"mvproceedings"}), frozenset({"proceedings", "inproceedings"}), _AS_MAIN),
    (frozenset({"book"}), _IN_BOOK, _AS_BOOK),
    (frozenset({"collection", "reference"}), _IN_COLLECTION, _AS_BOOK),
    (frozenset({"proceedings"}), frozenset({"inproceedings", "conference"}), _AS_BOOK),
    (frozenset({"periodical"}), frozenset({"article", "suppperiodical"}), _AS_JOURNAL),
)
MAX_INHERITANCE = 8  # a parent's parent's ... beyond this is not followed (and no loop is)


def _title_map(parent: str, child: str) -> dict[str, str] | None:
    for parents, children, mapping in _TITLE_MAPS:
        if parent in parents and child in children:
            return mapping
    return None


def _inherited(child: BibRecord, parent: BibRecord, xdata: bool) -> BibRecord:
    """``child`` with the fields it lacks taken from ``parent``: an ``@xdata`` gives every
    field as named; a ``crossref`` parent's title becomes the child's booktitle,
    maintitle or journaltitle where biblatex says so, and a parent book's author the
    child's bookauthor too.  The fields taken are named in ``inherited``."""
    fields = dict(child.fields)
    lines = dict(child.field_lines)
    authors = child.authors
    mapping = None if xdata else _title_map(parent.entry_type, child.entry_type)
    taken = set(child.inherited)

    def take(source: str, target: str) -> None:
        if fields.get(target, "").strip() or not parent.fields.get(source, "").strip():
            return
        fields[target] = parent.fields[source]
        lines[target] = parent.field_lines.get(source, parent.line)
        taken.add(target)

    for name in parent.fields:
        if name in _NOT_INHERITED and not xdata:
            continue
        if mapping is not None and name in mapping:
            take(name, mapping[name])
        elif mapping is None or name not in _TITLES:
            take(name, name)
    if not xdata and parent.entry_type in ("book", "mvbook") and child.entry_type in _IN_BOOK:
        take("author", "bookauthor")
    if "author" not in child.fields and fields.get("author") and parent.authors:
        authors = parent.authors  # the author inherited (it stands before any editor)
    elif not (authors or fields.get("author") or "author" in parent.fields) and parent.authors:
        authors = parent.authors  # the editors inherited: the names the work goes by
    # (a chapter's editor field taken from its book: the host's editors, BibTeX's meaning)
    editors = child.editors or (parent.editors if "editor" in taken else ())
    return BibRecord(
        child.entry_type, child.key, fields, authors, lines, child.raw, child.line,
        child.end_line, child.repeated, inherited=frozenset(taken), editors=editors,
    )  # fmt: skip


def inherit(records: Sequence[BibRecord]) -> tuple[list[BibRecord], list[BibError]]:
    """Records with the fields their ``xdata`` and ``crossref`` parents give them, and the
    parents named but not among ``records`` (one :class:`BibError` each, at the child's
    line).  A parent's own parents are followed first; a loop is not."""
    by_key: dict[str, BibRecord] = {}
    for record in records:
        by_key.setdefault(record.key.casefold(), record)
    done: dict[str, BibRecord] = {}
    errors: list[BibError] = []

    def resolve(record: BibRecord, depth: int) -> BibRecord:
        key = record.key.casefold()
        if key in done:
            return done[key]
        if depth > MAX_INHERITANCE:
            return record
        result = record
        parents = [(p, True) for p in _keys(record.fields.get("xdata", ""))]
        parents += [(p, False) for p in _keys(record.fields.get("crossref", ""))[:1]]
        for name, xdata in parents:
            parent = by_key.get(name.casefold())
            if parent is None or parent is record:
                if depth == 0:
                    kind = "xdata" if xdata else "crossref"
                    message = f"entry {record.key!r}: {kind} {name!r} names no entry"
                    errors.append(BibError(record.line, message, parent_key=name, key=record.key))
                continue
            result = _inherited(result, resolve(parent, depth + 1), xdata)
        if depth == 0:
            done[key] = result
        return result

    out = [resolve(r, 0) if ("crossref" in r.fields or "xdata" in r.fields) else r for r in records]
    return out, errors


def _keys(value: str) -> list[str]:
    return [k.strip() for k in value.split(",") if k.strip()]


_CACHE: OrderedDict[bytes, _Parsed] = OrderedDict()


def _read(text: str, outer: Macros) -> _Parsed:
    """``text`` parsed with ``outer``'s macros and its parents resolved within it (cached)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    for name, value in sorted(outer.items()):
        digest.update(f"\0{name}\0{value}".encode("utf-8", "surrogatepass"))
    key = digest.digest()
    found = _CACHE.get(key)
    if found is None:
        records, errors, macros = _parse(text, outer)
        resolved, missing = inherit(records)
        found = tuple(resolved), tuple(sorted([*errors, *missing], key=lambda e: e.line)), macros
        _CACHE[key] = found
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    return found


def read_bibs(texts: Sequence[str]) -> list[tuple[list[BibRecord], list[BibError]]]:
    """Several ``.bib`` texts read as BibTeX reads the databases of one document
    (``\\bibliography{IEEEabrv,refs}``, or ``--bibliography a.bib --bibliography b.bib``),
    in order: an ``@string`` defined in one file applies in the files after it, and a
    ``crossref``/``xdata`` parent may stand in any of them (a parent none holds stays
    a :class:`BibError`).  The records and problems of each text, as :func:`read_bib`."""
    parsed: list[_Parsed] = []
    macros: dict[str, str] = {}
    for text in texts:
        parsed.append(_read(text, macros))
        macros = dict(parsed[-1][2])
    if len(parsed) < 2:
        return [(list(p[0]), list(p[1])) for p in parsed]
    everything = [r for p in parsed for r in p[0]]
    keys = {r.key.casefold() for r in everything}
    resolved = iter(inherit(everything)[0])
    out: list[tuple[list[BibRecord], list[BibError]]] = []
    for records, errors, _ in parsed:
        kept = [e for e in errors if e.parent_key is None or e.parent_key.casefold() not in keys]
        out.append(([next(resolved) for _ in records], kept))
    return out


def read_bib(text: str) -> tuple[list[BibRecord], list[BibError]]:
    """Every entry of a ``.bib`` text in file order, and the problems found.

    An entry whose key repeats an earlier one is still returned (its URL
    deserves checking too) and reported as a :class:`BibError`.  An entry that
    repeats a field is kept with the first value, as BibTeX does; the repeats
    are in :attr:`~bibcheck.model.BibRecord.repeated`.  An entry takes the fields it
    lacks from its ``crossref`` and ``xdata`` parents (:func:`inherit`); a parent the
    file lacks is a :class:`BibError` with ``parent_key`` set (another file of the
    same document may hold it).  Lines commented out with
    ``%`` are not read.  The same text is parsed once however often it is read
    (a ``.bib`` named by several documents or several times by one).  A field naming an
    ``@string`` macro no ``@string`` defines is left empty and noted in
    :attr:`~bibcheck.model.BibRecord.undefined` (:func:`read_bibs`: macros of earlier files).
    """
    found = _read(text, {})
    return list(found[0]), list(found[1])
