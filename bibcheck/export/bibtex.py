"""BibTeX/BibLaTeX out and in: the only module that imports bibtexparser.

Writing (``bibcheck export bibtex``): one entry per distinct work
(:mod:`bibcheck.export.works`), sorted by key, built as bibtexparser v2
``Entry``/``Field`` objects and serialised with ``write_string`` (the
``MergeCoAuthors`` middleware joins author lists with `` and ``).  Two styles:

* ``biblatex`` (for biber): ``@online`` for web sources, ``date``, ``urldate``,
  ``location``, ``pagetotal``, ``langid`` and the archived copy in ``addendum``;
* ``bibtex`` (classic BibTeX styles such as plain/plainnat): ``@misc`` with
  ``howpublished = {\\url{...}}``, ``year``, ``address``, ``language`` and the
  access date and archived copy in ``note``.

Text fields have the LaTeX specials ``\\ { } % & # _ $ ~ ^`` escaped and
capitals that a sentence-casing style would lower-case protected in braces;
``url`` and ``doi`` are written verbatim (a URL holding ``{``, ``}``, ``\\`` or
white space, which no ``url`` field can carry, has just those characters
percent-encoded).  Unicode stays UTF-8 for biber; ``ascii=True`` turns every
non-ASCII character into a LaTeX escape (pylatexenc's table, ``{\\CYRZ}`` for
Cyrillic under T2A) for classic BibTeX.  The output is deterministic.

Reading (:func:`read_bib`, used by the ``bibtex`` reader): every entry with
its fields LaTeX-decoded to Unicode (URL-like fields kept verbatim), its
1-based line, and the problems bibtexparser reported (blocks that failed to
parse, duplicate keys) with their lines, so the rest of a damaged file still
loads.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Literal

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
from pylatexenc.latexencode import UnicodeToLatexEncoder  # type: ignore[import-untyped]
from sqlite_utils import Database

from bibcheck.export.works import Work, corporate, export_kind, load_works, split_name
from bibcheck.model import Reference, RefKind

Style = Literal["biblatex", "bibtex"]
STYLES: tuple[Style, ...] = ("biblatex", "bibtex")

__all__ = [
    "STYLES",
    "BibError",
    "BibRecord",
    "Style",
    "entry_fields",
    "export_bibtex",
    "latex_text",
    "read_bib",
    "works_to_bibtex",
]

# --------------------------------------------------------------------------
# escaping
# --------------------------------------------------------------------------

_SPECIAL = {
    "\\": r"\textbackslash{}",
    # BibTeX and biber count \{ and \} as braces: an unmatched one breaks the entry.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = re.compile(r"[\\{}%&#_$~^]")
_ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="replace"
)
_URL_UNSAFE = re.compile(r"[{}\\\s]")


def latex_text(text: str, ascii: bool = False) -> str:
    """``text`` with LaTeX specials escaped (and non-ASCII encoded when ``ascii``)."""
    escaped = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], " ".join(text.split()))
    return _ENCODER.unicode_to_latex(escaped) if ascii else escaped


def verbatim_url(url: str) -> str:
    """The URL as a ``url`` field carries it: unchanged unless it holds ``{}\\`` or spaces."""
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), url)


_ARGUMENT_UNSAFE = re.compile(r"[%#\\{}~^]")


def url_macro(url: str, in_argument: bool = False) -> str:
    """A URL to print inside a text field.

    Classic BibTeX styles write ``howpublished`` and ``note`` at the top level
    of the ``.bbl``, where ``\\url`` reads its argument verbatim: the URL goes
    in unchanged.  biblatex passes a field to LaTeX as a macro argument, where
    url.sty cannot read ``%`` or ``#`` (escaping them prints the backslash), so
    there a URL holding such characters is written as escaped text instead.
    """
    url = verbatim_url(url)
    if in_argument and _ARGUMENT_UNSAFE.search(url):
        return latex_text(url)
    return r"\url{" + url + "}"


def _title_case(words: Sequence[str]) -> bool:
    """Are most longer words capitalised (a Title Case title)?"""
    long = [w for w in words if len(re.sub(r"\W", "", w)) >= 4]
    caps = [w for w in long if re.match(r"\W*[^\W\d_]", w) and re.sub(r"^\W+", "", w)[0].isupper()]
    return len(long) >= 3 and len(caps) >= 0.8 * len(long)


def _protect(word: str, first: bool, title_case: bool) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return False
    if any(c.isupper() for c in letters[1:]):
        return True  # acronyms and CamelCase: BUTB, ICT, iPhone, MDF-slabs
    return not first and not title_case  # a deliberate capital in sentence case: a name


_WORD_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def latex_title(title: str, ascii: bool = False) -> str:
    """A title escaped, with words whose capitals must survive sentence casing in braces."""
    words = title.split()
    title_case = _title_case(words)
    out = []
    for i, word in enumerate(words):
        if not _protect(word, i == 0, title_case):
            out.append(latex_text(word, ascii))
            continue
        lead, core, trail = _WORD_CORE.match(word).groups()  # type: ignore[union-attr]
        out.append(
            latex_text(lead, ascii) + "{" + latex_text(core, ascii) + "}" + latex_text(trail, ascii)
        )
    return " ".join(out)


_AND = re.compile(r"(?:^|\s)and(?:\s|$)", re.I)


def latex_name(name: str, ascii: bool = False) -> str:
    """An author as ``Family, Given``; an organisation protected in braces."""
    if corporate(name) or _AND.search(name):  # BibTeX would split at a bare "and"
        return "{" + latex_text(name, ascii) + "}"
    family, given = split_name(name)
    family_tex = latex_text(family, ascii)
    return f"{family_tex}, {latex_text(given, ascii)}" if given else family_tex


# --------------------------------------------------------------------------
# entry types and fields
# --------------------------------------------------------------------------

_PROCEEDINGS = re.compile(
    r"proceedings|conference|symposium|workshop|congress|материал\w* .*конференц|конференц|"
    r"симпозиум|конгресс|сборник (научных )?(трудов|статей)",
    re.I,
)
_LANGID = {
    "ru": "russian",
    "en": "english",
    "be": "belarusian",
    "uk": "ukrainian",
    "de": "german",
    "fr": "french",
    "tr": "turkish",
    "zh": "chinese",
    "es": "spanish",
    "it": "italian",
    "pl": "polish",
}


def entry_type(ref: Reference, style: Style) -> str:
    """The entry type for a reference's kind (and host) in ``style``."""
    kind = export_kind(ref)
    if kind is RefKind.BOOK:
        kind_type = "book"
    elif kind is RefKind.ARTICLE and ref.host:
        kind_type = "article"
    elif kind is RefKind.CHAPTER and ref.host:
        kind_type = "inproceedings" if _PROCEEDINGS.search(ref.host) else "incollection"
    elif kind is RefKind.REPORT:
        kind_type = "report"
    else:
        kind_type = "online" if ref.url else "misc"
    if style == "bibtex":
        return {"online": "misc", "report": "techreport"}.get(kind_type, kind_type)
    return kind_type


FieldValue = str | list[str]
_Put = Callable[[str, FieldValue | None], None]


def entry_fields(work: Work, style: Style, ascii: bool = False) -> list[tuple[str, FieldValue]]:
    """The fields of a work's entry, in a fixed order, values ready to write."""
    ref = work.reference
    kind = entry_type(ref, style)
    biblatex = style == "biblatex"
    out: list[tuple[str, FieldValue]] = []

    def put(name: str, value: FieldValue | None) -> None:
        if value:
            out.append((name, value))

    def text(value: str | None) -> str | None:
        return latex_text(value, ascii) if value else None

    put("author", [latex_name(a, ascii) for a in ref.authors])
    put("title", latex_title(ref.title, ascii) if ref.title else None)
    if kind == "article":
        put("journaltitle" if biblatex else "journal", text(ref.host))
    elif kind in ("incollection", "inproceedings"):
        put("booktitle", latex_title(ref.host, ascii) if ref.host else None)
    elif kind == "online" and biblatex:
        put("organization", text(ref.host))
    if kind in ("report", "techreport"):
        institution = ref.publisher or next((a for a in ref.authors if corporate(a)), None)
        put("institution", text(institution))
        put("type", "techreport" if biblatex else None)
    else:
        put("publisher", text(ref.publisher))
    put("location" if biblatex else "address", text(ref.place))
    put(*_date_field(ref, biblatex, ascii))
    put("volume", text(ref.volume))
    put("number", text(ref.issue))
    put("pages", text(ref.pages))
    if biblatex and ref.page_count:
        put("pagetotal", str(ref.page_count))
    put("doi", ref.doi)
    _put_url(put, work, kind, biblatex)
    put("langid" if biblatex else "language", _LANGID.get(ref.language or ""))
    put("addendum" if biblatex else "note", _note(work, ref, kind, biblatex, ascii))
    return out


def _date_field(ref: Reference, biblatex: bool, ascii: bool) -> tuple[str, str | None]:
    """``date`` (biblatex) or ``year``; a year written ``202-`` stays as written in ``year``."""
    if ref.year:
        return ("date" if biblatex else "year", str(ref.year))
    return ("year", latex_text(ref.year_raw, ascii) if ref.year_raw else None)


def _put_url(put: _Put, work: Work, kind: str, biblatex: bool) -> None:
    url = work.reference.url
    if not url:
        return
    if not biblatex and kind == "misc":
        put("howpublished", url_macro(url))
        return
    put("url", verbatim_url(url))
    if biblatex and work.urldate:
        put("urldate", work.urldate.isoformat())


def _note(work: Work, ref: Reference, kind: str, biblatex: bool, ascii: bool) -> str | None:
    parts = []
    if not biblatex:
        if kind == "misc" and ref.host:
            parts.append(latex_text(ref.host, ascii))
        if ref.url and work.urldate:
            parts.append(f"Accessed {work.urldate.isoformat()}")
    if work.snapshot:
        when = f" ({work.snapshot.taken.isoformat()})" if work.snapshot.taken else ""
        parts.append(f"Archived copy: {url_macro(work.snapshot.url, biblatex)}{when}")
    return ". ".join(parts) or None


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


def work_entry(work: Work, style: Style, ascii: bool = False) -> Entry:
    """A bibtexparser entry for one work."""
    fields = [Field(name, value) for name, value in entry_fields(work, style, ascii)]
    return Entry(entry_type(work.reference, style), work.key, fields)


def works_to_bibtex(works: Iterable[Work], style: Style = "biblatex", ascii: bool = False) -> str:
    """The ``.bib`` text for ``works``, sorted by key."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r} (known: {', '.join(STYLES)})")
    entries: list[Block] = [work_entry(w, style, ascii) for w in sorted(works, key=lambda w: w.key)]
    if not entries:
        return ""
    text = write_string(
        Library(entries), prepend_middleware=[MergeCoAuthors()], bibtex_format=_format()
    )
    return text if text.endswith("\n") else text + "\n"


def export_bibtex(db: Database, style: Style = "biblatex", ascii: bool = False) -> str:
    """Every distinct work cited by the stored documents as BibLaTeX or BibTeX."""
    return works_to_bibtex(load_works(db), style, ascii)


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------

VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file", "urlraw", "verba", "verbb"})
NAME_FIELDS = ("author", "editor")


@dataclass(frozen=True, slots=True)
class BibRecord:
    """One entry of a ``.bib`` file, decoded."""

    entry_type: str  # lower case
    key: str
    fields: dict[str, str]  # lower-case names; text decoded to Unicode, URLs verbatim
    authors: tuple[str, ...]  # "Family, Given" (organisations as written)
    field_lines: dict[str, int]  # 1-based line of each field
    raw: str
    line: int  # 1-based
    end_line: int


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
_URL_MACRO = re.compile(r"\\url\s*\{([^{}]*)\}")


_BRACE_MACRO = re.compile(r"\\text(braceleft|braceright)(?:\{\}|\b)")
_BRACE_MARK = {"braceleft": "\ue000", "braceright": "\ue001"}  # private-use placeholders


def decode_latex(value: str) -> str:
    """LaTeX field text -> Unicode (``{\\"u}`` -> ü, ``\\&`` -> &, braces dropped)."""
    value = re.sub(r"(?<!\\)%", r"\\%", value)  # a bare % in a field is text, not a comment
    value = re.sub(r"(?<!\\)&", r"\\&", value)  # a bare & is text, not a table column
    # pylatexenc does not know \textbraceleft / \textbraceright: keep them as braces.
    value = _BRACE_MACRO.sub(lambda m: _BRACE_MARK[m.group(1)], value)
    try:
        text = _DECODER.latex_to_text(value)
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
