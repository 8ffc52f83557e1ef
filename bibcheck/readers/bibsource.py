"""Bibliographies named by a manuscript: ``.bib``, CSL-JSON, CSL-YAML, Hayagriva YAML,
inline CSL items.

Used by the readers that cite by key (Pandoc/R Markdown/Quarto, Org, AsciiDoc):
each entry becomes a :class:`~bibcheck.model.RawNote` labelled with its key and
carrying its :class:`~bibcheck.model.Reference` (from
:mod:`bibcheck.parse.references.bibtex` or :mod:`bibcheck.parse.references.csljson`),
with the line of the entry in its own file.  A named file that is missing, not
readable or not parseable is a ``bibliography-unreadable`` anomaly at the line that
names it; the entries that could be read are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bibcheck.bibfile import BibError, read_bib, read_bibs
from bibcheck.errors import InputError
from bibcheck.model import Anomaly, AnomalyCode, BibliographyFile, BibRecord, RawNote, Reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import item_key
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.readers.bibdefects import EntryDefect, classify
from bibcheck.readers.common import entry_text
from bibcheck.readers.decode import decode, read_regular_file
from bibcheck.readers.hayagriva import is_hayagriva, to_csl

__all__ = [
    "Bibliography",
    "ReadFiles",
    "Source",
    "add_bibtex",
    "add_item",
    "add_items",
    "data_entries",
    "load",
    "load_read",
    "read_files",
]

MAX_BIB_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    """A bibliography file as named: the name, the directory it is relative to, the line."""

    name: str
    base: Path
    line: int | None  # where the manuscript names it (None: from the command line)
    named_in: str | None = None  # a project file that names it (``_metadata.yml``)

    @property
    def shown(self) -> str:
        """The name as messages give it: ``refs.bib (named in _quarto.yml)``."""
        return f"{self.name} (named in {self.named_in})" if self.named_in else self.name

    def read(self, entries: int) -> BibliographyFile:
        """The record of this file read, with ``entries`` entries, for the coverage line."""
        if self.named_in:
            where = self.named_in
        elif self.line is None:
            where = "--bibliography"
        else:
            where = f"line {self.line}"
        return BibliographyFile(self.name, entries, where)


@dataclass(slots=True)
class Bibliography:
    """Entries by key, in the order their files list them."""

    entries: dict[str, RawNote] = field(default_factory=dict)
    anomalies: list[Anomaly] = field(default_factory=list)
    # problems in single entries: the document's only if it cites the entry (bibdefects)
    defects: list[EntryDefect] = field(default_factory=list)
    sources: int = 0  # files and inline lists named (0: the document names no bibliography)
    files: list[BibliographyFile] = field(default_factory=list)  # the files read, in order
    # the files named so far: one named again (each chapter importing the module that
    # names it, a template and the document both) is read and listed once
    named: set[Path] = field(default_factory=set)

    def add(self, key: str, ref: Reference, text: str, file: str = "") -> None:
        """An entry; ``file``: the file its lines are lines of ("": the manuscript's)."""
        if key in self.entries:
            return  # the first definition of a key wins, as in citeproc
        starts = tuple(range(ref.line, ref.end_line + 1))
        self.entries[key] = RawNote(
            key, text, ref.line, ref.end_line, starts, ref, file=file, key=True
        )

    def cited_note(self, key: str, line: int, source: str) -> RawNote | None:
        """The note for a key cited at ``line``: the entry's reference, at the citation."""
        entry = self.entries.get(key)
        if entry is None or entry.reference is None:
            return None
        ref = replace(entry.reference, raw=source, line=line, end_line=line, anomalies=())
        text = entry_text(entry.reference)
        return RawNote(key, text, line, line, (line,), reference=ref, key=True)


def add_key_prefixes(bib: Bibliography, prefixes: Iterable[str]) -> None:
    """Each entry also under each ``prefix + key``: a sphinxcontrib-bibtex bibliography with
    ``:keyprefix: a-`` lists ``refs.bib``'s ``smith2020`` as ``a-smith2020``, and the page
    cites it so (the unprefixed key stays, for a bibliography without a prefix)."""
    for prefix in dict.fromkeys(p for p in prefixes if p):
        for key, note in list(bib.entries.items()):
            alias = prefix + key
            if alias not in bib.entries:
                bib.entries[alias] = replace(note, label=alias)


def _problem(message: str, line: int | None) -> Anomaly:
    return Anomaly(
        AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
        f"bibliography {message}; the entries that could be read are kept",
        line,
    )


def load(
    sources: Iterable[Source], bib: Bibliography | None = None, before: Sequence[str] = ()
) -> Bibliography:
    """Read every named file into ``bib`` (a new one if None).  The ``.bib`` files are
    read as BibTeX reads the databases of one document (:func:`~bibcheck.bibfile.read_bibs`):
    an ``@string`` of an earlier one applies in a later one, and a ``crossref`` parent
    may stand in any of them, whichever route named them.  ``before``: ``.bib`` texts
    read ahead of these (a LaTeX document's own), whose macros and parents count too
    but whose entries are not added."""
    bib = bib or Bibliography()
    return _load(_read_sources(sources, bib), bib, before)


@dataclass(slots=True)
class ReadFiles:
    """The files of some sources read (once) ahead of their entries' turn: a LaTeX
    manuscript's ``--bibliography`` files, whose texts its own ``.bib`` files take parents
    and macros from and whose entries come after theirs (:func:`load_read`)."""

    bib: Bibliography  # the sources counted and a problem each for a file not read
    read: list[tuple[Source, str, str]]  # (source, text, suffix) of each file read

    def bibtex_texts(self) -> list[str]:
        """The texts of the BibTeX files among them."""
        return [text for _, text, suffix in self.read if suffix not in _NOT_BIBTEX]


def read_files(sources: Iterable[Source]) -> ReadFiles:
    """Read the named files (what cannot be read is a problem of the bibliography
    :func:`load_read` makes of them)."""
    bib = Bibliography()
    return ReadFiles(bib, _read_sources(sources, bib))


def load_read(files: ReadFiles, before: Sequence[str] = ()) -> Bibliography:
    """:func:`load` of files already read by :func:`read_files`."""
    return _load(files.read, files.bib, before)


def _load(
    read: list[tuple[Source, str, str]], bib: Bibliography, before: Sequence[str]
) -> Bibliography:
    bibtex = [text for _, text, suffix in read if suffix not in _NOT_BIBTEX]
    parsed = iter(read_bibs([*before, *bibtex])[len(before) :])
    for source, text, suffix in read:
        if suffix == ".json":
            entries = _read_csl_json(bib, source, text)
        elif suffix in (".yaml", ".yml"):
            entries = _read_csl_yaml(bib, source, text)
        else:
            entries = _read_bib(bib, source, source.name, next(parsed))
            if not entries and suffix in _TEXT_LISTS:
                bib.anomalies.append(_text_list(source))
        bib.files.append(source.read(entries))
    return bib


# A reference list written as text: what keys cannot be looked up in
_TEXT_LISTS = (".md", ".markdown", ".txt", ".text", ".rst", ".org", ".adoc", ".html", ".htm")


def _text_list(source: Source) -> Anomaly:
    """A text file named as a bibliography: a list of entries has no citation keys, so it
    is no database to look keys up in; read as a document, its entries are checked."""
    return Anomaly(
        AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
        f"bibliography {source.shown} is a document (a reference list written as text?), "
        "not a .bib, CSL-JSON or CSL-YAML file: --bibliography names a database of citation "
        f"keys; ingest the list as a document of its own (bibcheck ingest CHAPTER "
        f"{source.shown}), which checks its entries",
        source.line,
    )


def _read_sources(sources: Iterable[Source], bib: Bibliography) -> list[tuple[Source, str, str]]:
    """(source, text, suffix) of each file that could be read; a problem each for the rest."""
    read: list[tuple[Source, str, str]] = []
    for source in sources:
        bib.sources += 1
        path = Path(source.name)
        path = path if path.is_absolute() else (source.base / path)
        same = _identity(path)
        if same in bib.named:
            continue  # named before: its entries and problems are already there
        bib.named.add(same)
        try:  # a regular file only (never a device or pipe), size checked while reading
            data = read_regular_file(path, MAX_BIB_BYTES)
        except InputError as exc:
            reason = str(exc).removeprefix(f"{path}: ")
            bib.anomalies.append(_problem(f"{source.shown} cannot be read ({reason})", source.line))
            continue
        try:
            text = decode(data, source.name).text
        except InputError as exc:
            bib.anomalies.append(_problem(str(exc), source.line))
            continue
        read.append((source, text, path.suffix.lower()))
    return read


def _identity(path: Path) -> Path:
    """The file ``path`` names, whatever the route (``ch/../refs.bib`` is ``refs.bib``)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


_NOT_BIBTEX = (".json", ".yaml", ".yml")


def _read_bib(
    bib: Bibliography,
    source: Source,
    file: str,
    parsed: tuple[list[BibRecord], list[BibError]],
) -> int:
    """Add the entries of a parsed ``.bib`` text; how many it holds (``file``: the file
    its lines are lines of, "" the manuscript's)."""
    records, errors = parsed
    for error in errors:
        found = classify(error, source.shown, error.line, source.line)
        if isinstance(found, EntryDefect):
            bib.defects.append(found)
        else:
            bib.anomalies.append(found)
    for record in records:
        ref = bib_reference(record)
        if ref.anomalies and file:  # their lines are lines of the .bib: say which
            said = tuple(replace(a, message=f"{file}: {a.message}") for a in ref.anomalies)
            ref = replace(ref, anomalies=said)
        bib.add(record.key, ref, record.raw, file)
    return len(records)


def data_entries(text: str, name: str, yaml_text: bool) -> Bibliography:
    """The entries of a CSL-JSON (``yaml_text``: CSL-YAML or Hayagriva) file read as the
    document itself (lines are its own), in file order; problems as anomalies."""
    bib = Bibliography()
    source = Source(name, Path("."), None)
    if yaml_text:
        _read_csl_yaml(bib, source, text, own=True)
    else:
        _read_csl_json(bib, source, text, own=True)
    return bib


def _read_csl_json(bib: Bibliography, source: Source, text: str, own: bool = False) -> int:
    """Add the items of a CSL-JSON text; how many it holds (``own``: the text is the
    document's, not a file it names)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        bib.anomalies.append(
            _problem(f"{source.name}: not valid JSON ({exc.msg}, line {exc.lineno})", source.line)
        )
        return 0
    if isinstance(data, Mapping) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list):
        bib.anomalies.append(_problem(f"{source.name}: not a CSL-JSON array of items", source.line))
        return 0
    add_items(bib, data, text, 0, source.name, file="" if own else source.name)
    return len(data)


def _read_csl_yaml(bib: Bibliography, source: Source, text: str, own: bool = False) -> int:
    """Add the items of a CSL-YAML or Hayagriva text; how many it holds (``own``: the
    text is the document's)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        bib.anomalies.append(
            _problem(f"{source.name}: not valid YAML ({_yaml_reason(exc)})", source.line)
        )
        return 0
    file = "" if own else source.name
    if is_hayagriva(data):
        _add_hayagriva(bib, data, text, file)
        return len(data)
    if isinstance(data, Mapping):
        data = data.get("references")
    if not isinstance(data, list):
        bib.anomalies.append(_problem(f"{source.name}: no list of references", source.line))
        return 0
    add_items(bib, data, text, 0, source.name, file=file)
    return len(data)


def _add_hayagriva(bib: Bibliography, data: Mapping[Any, Any], text: str, file: str) -> None:
    """Hayagriva entries (Typst's YAML bibliographies), each at the line of its key."""
    for key, entry in data.items():
        item = _as_written(to_csl(str(key), entry))
        line = _line_of_key(text, str(key))
        bib.add(str(key), csl_reference(item, line), json.dumps(item, ensure_ascii=False), file)


def _line_of_key(text: str, key: str) -> int:
    """The line of a top-level ``key:`` in a YAML mapping, else 1."""
    m = re.search(rf"""(?m)^['"]?{re.escape(key)}['"]?\s*:""", text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem}, line {mark.line + 1}" if mark is not None else str(problem)


def add_bibtex(bib: Bibliography, text: str, first_line: int, name: str) -> None:
    """BibTeX entries written inside the manuscript (Distill's
    ``<script type="text/bibliography">``) into ``bib``, at their lines in it.

    ``first_line``: the line of ``text`` in its file, minus one.
    """
    _read_bib(bib, Source(name, Path("."), first_line + 1), "", read_bib("\n" * first_line + text))


def add_item(bib: Bibliography, key: str, item: Mapping[str, Any], line: int, text: str) -> None:
    """One CSL item, keyed ``key``, written as ``text`` at ``line`` of the manuscript."""
    bib.add(key, csl_reference(item, line), text)


def add_items(
    bib: Bibliography,
    items: Sequence[Any],
    text: str,
    first_line: int,
    name: str,
    file: str = "",
) -> None:
    """CSL items (dicts) into ``bib``; lines found by the item's ``id`` in ``text``.

    ``first_line``: the line of ``text`` in its file, minus one (0 for a whole file);
    ``file``: that file, when it is not the manuscript.
    """
    for item in items:
        if not isinstance(item, Mapping):
            bib.anomalies.append(
                _problem(f"{name}: an item that is not a record", first_line + 1 or None)
            )
            continue
        key = item_key(item)
        if key is None:
            bib.anomalies.append(_problem(f"{name}: an item without id", first_line + 1 or None))
            continue
        line = first_line + _line_of_id(text, key)
        plain = _as_written(item)
        item_text = json.dumps(plain, ensure_ascii=False, default=str)
        bib.add(key, csl_reference(plain, line), item_text, file)


def _as_written(value: Any) -> Any:
    """``value`` with the dates YAML made of unquoted ``2023-11-23`` (or a time stamp)
    turned back into the ISO text written: a CSL date is text, a year or date-parts."""
    if isinstance(value, dt.date):  # (a datetime is a date too)
        return value.isoformat()
    if isinstance(value, Mapping):
        return {k: _as_written(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_written(v) for v in value]
    return value


def _line_of_id(text: str, key: str) -> int:
    """The line of ``"id": "key"`` (JSON) or ``id: key`` (YAML) in ``text``, else 1."""
    quoted = re.escape(key)
    m = re.search(
        rf"""(?m)(?:"id"\s*:\s*"{quoted}"|^\s*-?\s*id\s*:\s*['"]?{quoted}['"]?\s*$)""", text
    )
    return text.count("\n", 0, m.start()) + 1 if m else 1
