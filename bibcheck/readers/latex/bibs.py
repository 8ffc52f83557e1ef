"""The ``.bib`` files a manuscript names, read once each.

``\\bibliography{a,b}``, ``\\addbibresource[...]{x.bib}``, ``\\addglobalbib`` and
``\\addsectionbib`` anywhere in the manuscript or its included files (and an R Markdown
front matter's ``bibliography:``, :mod:`.frontbibs`; a template's command wrapping
``\\bibliography``, :mod:`.bibwrappers`); names are
resolved against the main file's folder, then the naming file's, ``.bib`` added
when missing.  A file named twice (or by several files) is read once; the parse
itself is cached by content (:func:`bibcheck.bibfile.read_bib`), so a ``.bib``
shared by several manuscripts of one run is parsed once.  A ``.bib`` embedded
with ``filecontents`` is used when no such file exists.  Problems are anomalies at
the naming line: ``bibliography-unreadable`` (missing, unreadable, broken
entries), ``literature-duplicate-entry`` (a key defined twice: the first is used).
An entry's ``crossref`` or ``xdata`` parent may stand in any of the named files (as
BibTeX and biber read them all as one); a parent in none of them is said.
Files given on the command line (``--bibliography``: a chapter checked without the
main file that names the thesis's ``.bib``, ``.bib`` or CSL-JSON) come after the
named ones: a key the manuscript's own files define keeps that definition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bibcheck.bibfile import BibError, read_bibs
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, BibliographyFile, BibRecord, RawNote
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers import bibsource
from bibcheck.readers.bibdefects import EntryDefect, classify
from bibcheck.readers.latex.amsrefs import read_biblists
from bibcheck.readers.latex.bibmacros import expanded_path
from bibcheck.readers.latex.bibwrappers import bib_wrappers, wrapped_names
from bibcheck.readers.latex.convert import Bib
from bibcheck.readers.latex.files import Unreadable, find_file, read_text_file
from bibcheck.readers.latex.frontbibs import front_matter_bibs
from bibcheck.readers.latex.source import Source
from bibcheck.readers.srcbib import bibtex_blocks, block_keys, cited_keys

AMSREFS_NAME = "amsrefs biblist"  # what the coverage line calls a manuscript's own list
_BIB_COMMAND = lazy_compile(
    r"\\(?:bibliography|addbibresource|addglobalbib|addsectionbib)(?![A-Za-z@])\s*"
    r"(?:\[[^\]]*\])?\s*\{([^{}]*)\}"
)


# a file name, not a macro's parameter (#1) or a command (\\bibfile, \\jobname)
_FILE_NAME = lazy_compile(r"[^#\\]+")

_BIBLATEX = lazy_compile(
    r"\\(?:usepackage|RequirePackage)\s*(?:\[([^\]]*)\])?\s*\{[^{}]*\bbiblatex\b[^{}]*\}"
    r"|\\ExecuteBibliographyOptions\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}"
)
_BIBTEX_BACKEND = lazy_compile(r"\bbackend\s*=\s*bibtex(?:8|u)?\b")
_ADDBIBRESOURCE = lazy_compile(r"\\addbibresource(?![A-Za-z@])")


def keys_caseless(preamble: str, body: str) -> bool:
    """Does the tool that resolves citations match ``.bib`` keys whatever their letter
    case?  BibTeX does (``\\cite{scott70}`` finds ``@book{Scott70,``); biber, biblatex's
    default backend, does not (it warns of a "case mismatch" and prints the key).  So:
    yes unless biblatex is loaded (or ``\\addbibresource`` used) without
    ``backend=bibtex``."""
    found = list(_BIBLATEX.finditer(preamble))
    if not found and _ADDBIBRESOURCE.search(preamble + body) is None:
        return True  # BibTeX
    return any(_BIBTEX_BACKEND.search(m.group(1) or m.group(2) or "") for m in found)


def bib_names(src: Source) -> list[tuple[str, int]]:
    """(name, position) of every ``.bib`` the manuscript names, in order."""
    found: list[tuple[str, int]] = []
    for m in _BIB_COMMAND.finditer(src.text):
        for name in m.group(1).split(","):
            name = name.strip()
            if name:
                found.append((name, m.start()))
    return found


def load_bibs(
    src: Source,
    main_dir: Path,
    embedded: dict[str, tuple[str, int]],
    encoding: str | None,
    styles: Sequence[Source] = (),
    after: Sequence[str] = (),
) -> Bib:
    """The entries of every named ``.bib``, by key (the first definition of a key wins).

    ``styles``: the project's packages and classes the manuscript loads
    (:mod:`.localstyles`); the files they name come after the manuscript's own, and
    problems with them name the package (their lines are not the manuscript's).
    ``after``: the texts of the ``.bib`` files given on the command line, read after
    these (:func:`add_given` adds their entries): a ``crossref`` parent may stand there."""
    bib = Bib()
    pending: list[_Read] = []
    seen: set[Path] = set()
    named = [(src, name, pos) for name, pos in bib_names(src)]
    # a template's own command that calls \bibliography{#2} (\thesisbibliography{refs})
    wrappers = bib_wrappers([*(style.text for style in styles), src.text])
    named += [(src, name, pos) for name, pos in wrapped_names(src.text, wrappers)]
    named += [(src, name, pos) for name, pos in front_matter_bibs(src.text)]  # R Markdown
    named += [(style, name, pos) for style in styles for name, pos in bib_names(style)]
    texts = [src.text, *(style.text for style in styles)]
    for source, name, pos in named:
        undefined: tuple[str, ...] = ()
        if "\\" in name and "#" not in name:  # \addbibresource{\articleBIBLIOGRAPHY}
            name, undefined = expanded_path(name, texts, [main_dir])
        if "#" in name or (source is not src and "\\" in name):
            continue  # \bibliography{#1} in a macro definition; a package's \addbibresource{\x}
        line: int | None = source.line(pos)
        naming = source.path(pos)
        where = f"{source.file(pos)}, line {line}" if source.file_index(pos) else f"line {line}"
        bases = [main_dir] + ([naming.parent] if naming is not None else [])
        shown = name if name.endswith(".bib") else name + ".bib"
        said, said_name = shown, name
        if source is not src:  # a package's line is no line of the manuscript: say where
            where, line = f"{source.file(pos)}, line {line}", None
            said, said_name = f"{shown} (named in {where})", f"{name} (named in {where})"
        if "://" in name:
            _problem(bib, f"{said_name} is remote and is not fetched", line)
            continue
        if undefined:  # \bibliography{\bibfilesfound}: the build decides the file
            macros = ", ".join(f"\\{m}" for m in undefined)
            bib.unreadable.append(shown)
            _problem(
                bib,
                f"{said_name} is named by a macro ({macros}) that the document does not "
                "define: the file is not known (give it with --bibliography FILE)",
                line,
            )
            bib.absent.append(bib.anomalies[-1])
            continue
        path = find_file(name, bases, ".bib")
        if path is None:
            inside = embedded.get(shown) or embedded.get(name)
            if inside is not None:
                bib.read.append(shown)
                pending.append(_Read(shown, inside[0], line, inside[1] - 1, where))
                continue
            bib.unreadable.append(shown)
            _problem(bib, f"{said} cannot be read (no such file)", line)
            bib.absent.append(bib.anomalies[-1])
            continue
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            loaded = read_text_file(path, encoding)
        except Unreadable as exc:
            bib.unreadable.append(shown)
            _problem(bib, f"{said} cannot be read ({exc})", line)
            continue
        if loaded.guessed:
            bib.anomalies.append(
                Anomaly(
                    AnomalyCode.ENCODING_GUESSED,
                    f"{shown} is not UTF-8; decoded as {loaded.encoding} (a guess)",
                    line,
                )
            )
        bib.read.append(shown)
        pending.append(_Read(shown, loaded.text, line, 0, where))
    pending += _fenced_blocks(src)  # (a Markdown README's ```bibtex block it \cites)
    _add_amsrefs(bib, src, pending)
    _add_all(bib, pending, after)
    return bib


def _fenced_blocks(src: Source) -> list[_Read]:
    """A Markdown document's fenced ```` ```bibtex ```` (or ``bib``) blocks holding a key
    the text outside them cites (``\\cite{key}``, ``[@key]``): its bibliography, at the
    block's lines. A block whose keys nothing cites is a code sample (a README's "cite
    us" entry), no bibliography (:mod:`bibcheck.readers.srcbib`)."""
    if "```" not in src.text and "~~~" not in src.text:
        return []
    lines = src.text.split("\n")
    blocks = bibtex_blocks(lines, markdown=True)
    inside = {k for opening, close, _ in blocks for k in range(opening, close + 1)}
    cited = cited_keys("\n".join(ln for k, ln in enumerate(lines) if k not in inside))
    starts = [0]
    for text_line in lines:
        starts.append(starts[-1] + len(text_line) + 1)
    found = []
    for opening, _close, text in blocks:
        if not cited.intersection(block_keys(text)):
            continue
        at = src.line(starts[opening])
        found.append(_Read("the BibTeX block", text, at, at, f"line {at}", inline=True))
    return found


def _add_amsrefs(bib: Bib, src: Source, pending: list[_Read]) -> None:
    """The manuscript's amsrefs ``biblist`` as one more ``.bib`` (its lines the
    manuscript's); its ``\\bib*`` records, not read, said."""
    found = read_biblists(src.text)
    for key, line in found.skipped:
        bib.anomalies.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"amsrefs record \\bib*{{{key}}} at line {line} (a cross-reference other "
                "entries draw on) is not read",
                line,
            )
        )
    if found.found:
        bib.read.append(AMSREFS_NAME)
        pending.append(_Read(AMSREFS_NAME, found.bibtex, None, 0, "", True))


def read_given(names: tuple[str, ...]) -> bibsource.ReadFiles:
    """The files given with ``--bibliography`` (relative to the working directory), read
    once: their BibTeX texts are read after the manuscript's own (:func:`load_bibs`, for
    the parents and macros these may take from them), their entries added after those
    (:func:`add_given`)."""
    return bibsource.read_files(bibsource.Source(name, Path("."), None) for name in names)


def add_given(bib: Bib, given: bibsource.ReadFiles) -> None:
    """The entries of the files given with ``--bibliography``, after those the
    manuscript names: the first definition of a key wins; the named files' @string
    macros and crossref parents apply in them."""
    if not given.bib.sources:
        return
    loaded = bibsource.load_read(given, before=bib.texts)
    for key, note in loaded.entries.items():
        if key not in bib.entries:
            bib.entries[key] = note
            bib.order.append(key)
    bib.read.extend(f.name for f in loaded.files)
    bib.files.extend(loaded.files)
    bib.anomalies.extend(loaded.anomalies)
    bib.defects.extend(loaded.defects)


@dataclass(frozen=True, slots=True)
class _Read:
    name: str
    text: str
    line: int | None  # where the manuscript names it (None: a package of the project)
    offset: int  # lines before it in the manuscript (a filecontents .bib)
    named_in: str = ""  # where, for the coverage line ("line 40"; "" found, not named)
    inline: bool = False  # the manuscript's own text (an amsrefs biblist): its lines


def _add_all(bib: Bib, files: list[_Read], after: Sequence[str] = ()) -> None:
    """The entries of every file, each taking what its crossref/xdata parents give it
    from whichever file holds them (``after``: files read later, whose entries are added
    elsewhere), and the @string macros of the files before it."""
    bib.texts.extend(f.text for f in files)
    parsed = read_bibs([*(f.text for f in files), *after])[: len(files)]
    for f, (records, errors) in zip(files, parsed, strict=True):
        _add(bib, f, records, errors)


def add_records(bib: Bib, name: str, records: list[BibRecord]) -> None:
    """Entries read from elsewhere than a ``.bib`` (a biber ``.bbl``), their lines lines
    of ``name``."""
    _add(bib, _Read(name, "", 0, 0), records, [])


def _add(bib: Bib, f: _Read, records: list[BibRecord], errors: list[BibError]) -> None:
    name, line, offset = f.name, f.line, f.offset
    # an embedded (filecontents) .bib, an amsrefs biblist: the manuscript's lines
    file = "" if offset or f.inline else name
    bib.files.append(BibliographyFile(name, len(records), f.named_in))
    for error in errors:
        found = classify(error, name, error.line + offset, line)
        if isinstance(found, EntryDefect):
            bib.defects.append(found)
        else:
            bib.anomalies.append(found)
    for record in records:
        if offset:
            record = _shifted(record, offset)
        if record.key in bib.entries:
            continue
        starts = tuple(range(record.line, record.end_line + 1))
        ref = to_reference(record)
        if ref.anomalies:  # their lines are lines of the .bib: say which
            said = tuple(replace(a, message=f"{name}: {a.message}") for a in ref.anomalies)
            ref = replace(ref, anomalies=said)
        bib.entries[record.key] = RawNote(
            record.key, record.raw, record.line, record.end_line, starts, ref, file=file, key=True
        )
        bib.order.append(record.key)


def _shifted(record: BibRecord, offset: int) -> BibRecord:
    """A record of a ``.bib`` embedded in the manuscript, with the manuscript's lines."""
    return replace(
        record,
        line=record.line + offset,
        end_line=record.end_line + offset,
        field_lines={k: v + offset for k, v in record.field_lines.items()},
        repeated=tuple((n, ln + offset, v) for n, ln, v in record.repeated),
    )


def _problem(bib: Bib, message: str, line: int | None) -> None:
    bib.anomalies.append(
        Anomaly(
            AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
            f"bibliography {message}; the entries that could be read are kept",
            line,
        )
    )
