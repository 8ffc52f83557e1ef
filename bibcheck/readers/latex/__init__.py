"""Reader for LaTeX manuscripts: footnotes, citations and the bibliographies they cite.

What becomes what:

* The manuscript is read with every file it includes (``\\input``, ``\\include``,
  ``\\subfile``, ``\\import``; see :mod:`.source`); comments, ``\\iffalse``,
  ``comment``/``verbatim`` environments are not live (:mod:`.blank`).  Lines are the
  lines of the file where the text stands (a citation in ``chapters/intro.tex`` at
  its line 12 is reported at line 12; messages about included files name the file).
* ``\\footnote[n]{...}`` is a footnote numbered in order (``\\footnotemark`` +
  ``\\footnotetext`` too); its marker stands where the command stood.
* The natbib and biblatex citation families (``\\cite``, ``\\citep``, ``\\citet``,
  ``\\parencite``, ``\\textcite``, ``\\autocite``, ``\\citeauthor``, multi-cites
  ``\\cites(pre)(post)[..]{a}[..]{b}``, starred and capitalised forms, ``\\citen``,
  ``\\inlinecite`` ...; see :mod:`.names`) put one marker per key wherever they stand
  (captions, section titles, tables, footnotes); each cited key is a "footnote"
  labelled with the key whose reference is its entry.  ``\\nocite`` cites without a
  marker.  User macros wrapping them (``\\newcommand``, ``\\def``,
  ``\\NewDocumentCommand``, ``\\let``) are expanded (:mod:`.macros`), also from
  ``.sty`` files of the project the manuscript loads (:mod:`.localstyles`).
* ``\\footcite[pre][post]{key}`` is a footnote whose reference is the entry; a
  ``\\footnote`` holding ``\\cite`` commands (a remark pointing at a work, before or after
  it) takes the first cited entry's fields the same way, whether the entry is a ``.bib``
  record or a ``\\bibitem``'s text (parsed as the list's entry is).
* Bibliographies: the ``.bib`` files named by ``\\bibliography``/``\\addbibresource``
  in the manuscript or in a package or class of the project it loads (a thesis
  template's ``mystyle.sty`` or ``mythesis.cls``: :mod:`.localstyles`) (:mod:`.bibs`;
  if none can be read, a ``<main>.bbl`` next to the manuscript is used, else one named
  after the ``.bib`` it replaces: BibTeX's ``thebibliography`` or biber's entries,
  :mod:`.biberbbl`),
  ``thebibliography`` with ``\\bibitem``, and hand-written lists under a
  References/Литература heading, cited with ``[1]``, ``[2, с. 5]`` or
  ``[\\ref{label}]`` (:mod:`.lists`; such citations are labelled ``[n]``).
* A list per chapter (chapterbib's ``\\include``d files, ``refsection``/``bibunit``/
  ``cbunit`` environments each with a ``thebibliography``; :mod:`.units`): a citation
  resolves in its own chapter's list.  A key a later chapter lists again (maybe for
  another work) is labelled ``k.key`` there, ``k`` the chapter's place among those with
  a list; a key its chapter's list lacks is ``citation-key-missing`` there, even when
  another chapter lists it.  Over a ``.bib`` (biblatex ``refsection=chapter`` or
  ``refsection`` environments each with a ``\\printbibliography``, chapterbib files each with
  a ``\\bibliography``, bibunits' ``\\putbib``; :mod:`.refsections`) each part's list holds
  the entries cited in it, in the style's order, a work cited in two parts in both.
  ``\\printbibliography`` calls with entry filters (``keyword=``, ``notkeyword=``,
  ``type=``, ``subtype=``, ``category=`` ...; :mod:`.bibfilters`) each print the cited
  entries they admit, sorted on their own, in the order the calls stand.
* A key cited but in no bibliography is a ``citation-key-missing`` anomaly, a
  command named like a citation that is neither known nor defined an
  ``unread-region`` one.  A bibliography built from keys holds only what is cited
  by key (``literature_partial``), a hand-written list cited by number (``[3]``) what
  is cited by number: a footnote citing a work in words need not be in them; a list of
  paragraphs (notes-bibliography styles) must hold every work.  A ``\\footnote`` may be commentary
  (no work), so it is parsed as a note.
* A subfile read alone (``\\documentclass[../main.tex]{subfiles}``) takes the main
  document's preamble: its packages, macros and bibliographies; so does a file with no
  ``\\documentclass`` that a main document beside it or one folder up \\inputs or
  \\includes (or that names it in a ``% !TEX root =`` comment).

Unbalanced braces never stop the reader: an argument that is never closed runs
to the end of its paragraph, with a ``document-damaged`` anomaly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    BibliographyFile,
    RawDocument,
    RawMarker,
    RawNote,
    TextBlock,
)
from bibcheck.readers.bibdefects import settle
from bibcheck.readers.common import entry_text
from bibcheck.readers.decode import declared_encoding
from bibcheck.readers.latex import blank
from bibcheck.readers.latex.autocite import autocite_is_footnote
from bibcheck.readers.latex.biberbbl import read_biber_bbl
from bibcheck.readers.latex.bibfilters import admitted, categories, entry_tags, print_filters
from bibcheck.readers.latex.bibitem import reference_of
from bibcheck.readers.latex.bibs import (
    add_given,
    add_records,
    keys_caseless,
    load_bibs,
    read_given,
)
from bibcheck.readers.latex.blank import Definitions
from bibcheck.readers.latex.classes import class_chain
from bibcheck.readers.latex.convert import Bib, Cited, Converter, NumberedList, Sink
from bibcheck.readers.latex.counters import is_revtex, reset_of
from bibcheck.readers.latex.files import Unreadable, read_text_file
from bibcheck.readers.latex.itemcites import cited_items
from bibcheck.readers.latex.lists import Item, Lists, find_lists
from bibcheck.readers.latex.localstyles import StyleFile, local_styles
from bibcheck.readers.latex.macros import find_macros
from bibcheck.readers.latex.partlists import part_items
from bibcheck.readers.latex.plaincite import plain_list, prepare, tie
from bibcheck.readers.latex.refsections import find_sections, printed
from bibcheck.readers.latex.source import Loaded, Source, load
from bibcheck.readers.latex.textcite import textcite_is_footnote
from bibcheck.readers.latex.units import Scoped, Unit, find_units, scope_items, unit_of
from bibcheck.readers.listorder import ListSort, ordered, tex_sort
from bibcheck.readers.mask import mask, mask_shown_code
from bibcheck.readers.registry import Reader, ReadOptions, register
from bibcheck.text import group_end

__all__ = ["NAME", "READER", "group_end", "read", "read_at", "render", "score"]

NAME = "latex"
_BEGIN = lazy_compile(r"\\begin\s*\{document\}")
_END = lazy_compile(r"\\end\s*\{document\}")
_TITLE = lazy_compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{")
# where a title set in the body is made (or the text begins, when nothing makes it)
_TITLE_MADE = lazy_compile(r"\\(?:maketitle|frontmatter\b|section|chapter|begin\s*\{abstract\})")
_PACKAGE = lazy_compile(r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")
_GERMAN = lazy_compile(
    r"\\usepackage\s*\[[^\]]*\b(?:n?german|austrian|swissgerman)\b[^\]]*\]\s*\{babel\}"
    r"|\\usepackage\s*(?:\[[^\]]*\])?\s*\{n?german\}"
)
_DOCUMENT = lazy_compile(r"\\(?:documentclass|begin\s*\{document\})")
_PARTS = lazy_compile(
    r"\\(?:input|include|subfile|bibliography|addbibresource|section\*?|chapter\*?)\s*\{"
)


# An XML or HTML file (JATS, TEI, EndNote XML, a web page): markup first, not TeX
# Markdown files, read as LaTeX only with a document outside their code; else at most
# this (below the Markdown readers' scores for the same citations)
_EXTENSIONS = frozenset({".tex", ".latex", ".ltx"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".rmd", ".qmd", ".mdx"})
_MARKDOWN_LATEX = 0.3
_MARKUP_FIRST = lazy_compile(r"\A\ufeff?\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*[\s>/])", re.I)


def score(text: str) -> float:
    """Fits LaTeX sources: footnotes or citations, a document, or at least its parts (a
    chapter file, or LaTeX lines inside another format score low). A file that opens
    with XML or HTML markup is that markup, whatever TeX its text mentions."""
    if _MARKUP_FIRST.match(text) and not _DOCUMENT.search(text):
        return 0.0
    if re.search(r"\\(?:footnote|\w*cite\w*)\s*[\[{(]", text):
        return 0.95
    if _DOCUMENT.search(text):
        return 0.9
    return 0.5 if _PARTS.search(text) else 0.0


def read(text: str) -> RawDocument:
    """Read LaTeX without a path: files are looked for in the working directory."""
    return read_at(text, "")


def read_at(text: str, path: str) -> RawDocument:
    """Read LaTeX source; ``path`` locates the files it includes and the ``.bib`` files."""
    return read_opts(text, path, ReadOptions())


def read_opts(text: str, path: str, options: ReadOptions) -> RawDocument:
    """Read LaTeX source, with ``options.bibliography`` (``.bib`` / CSL-JSON files given
    on the command line) after the bibliographies the document names."""
    encoding = declared_encoding(text[:65536].encode("utf-8", "replace"))
    loaded = load(text, path, encoding if encoding != "utf-8" else None)
    src = loaded.source
    begin = _BEGIN.search(src.text)
    finish = _END.search(src.text, begin.end() if begin else 0)
    start = begin.end() if begin else 0
    stop = finish.start() if finish else len(src.text)
    parent = _subfile_parent(src.text[:start], loaded) or _root_parent(
        src.text[:start], loaded, path, text[:4000]
    )
    preambles = [parent.source.text] if parent is not None else []
    styles = local_styles(src.text[:start], [loaded.main_dir])
    parent_styles = local_styles(parent.source.text, [parent.main_dir]) if parent else []
    packages = [s.text for s in [*styles, *parent_styles] if s.name.endswith(".sty")]
    classes = [s.text for s in [*parent_styles, *styles] if s.name.endswith(".cls")]
    macros = find_macros([*packages, *preambles, src.text], classes)
    given = read_given(options.bibliography)  # read once: its texts now, its entries last
    after = given.bibtex_texts()
    bib = load_bibs(src, loaded.main_dir, loaded.embedded, loaded.encoding, _sources(styles), after)
    if parent is not None:
        _add_parent_bibs(bib, parent, _sources(parent_styles))
    add_given(bib, given)
    converter = Converter(src, bib, macros)
    converter.german = bool(_GERMAN.search(src.text[:start]))
    # what the project's packages and classes load is part of the preamble (biblatex)
    setup = "\n".join([*(s.text for s in [*parent_styles, *styles]), *preambles, src.text[:start]])
    converter.autocite_footnote = autocite_is_footnote(setup)
    converter.textcite_footnote = textcite_is_footnote(setup)
    converter.revtex = any(is_revtex(p) for p in [*preambles, src.text[:start]])
    converter.caseless_keys = keys_caseless(setup, src.text)
    folders = [loaded.main_dir, *([parent.main_dir] if parent is not None else [])]
    converter.footnotes.reset = reset_of(
        *preambles, src.text[:start], classes=lambda name: class_chain(name, folders)
    )
    lists = find_lists(src, start, stop, lambda a, b: converter.to_text(a, b).text())
    if not lists.bibitems and bib.unreadable and not bib.entries:
        lists.bibitems.extend(_bbl_items(loaded, path, bib))
    units = find_units(src, src.text[:start], text, loaded.main_dir, start, stop)
    scoped = scope_items(units, lists.bibitems)
    if scoped is not None:
        lists.bibitems[:], scope = scoped
    else:
        # parts printing lists of their own from a .bib (biblatex refsections, chapterbib
        # or bibunits over BibTeX): no written items
        units, scope = find_sections(src.text, setup, start, stop, units), None
    for item in lists.bibitems:
        bib.entries.setdefault(item.label, _note(item, key=True))
    if lists.numbered:
        anchors = {a: int(it.label) for it in lists.numbered for a in it.anchors}
        numbers = {int(it.label) for it in lists.numbered}
        items = {f"[{int(it.label)}]": _note(it) for it in lists.numbered}
        converter.numbered = NumberedList(numbers, anchors, items)
    plain = plain_list(src.text, start, stop, lists.bibitems)
    if plain is not None:
        prepare(converter, plain)
    pieces: list[_Piece] = []
    pos = start
    for region_start, region_end in lists.regions:
        if region_start >= pos:
            pieces.extend(_body(converter, pos, region_start, units))
            pos = region_end
    pieces.extend(_body(converter, pos, stop, units))
    starts = [item.at for item in lists.bibitems]
    for item_start, item_end in cited_items(src.text, starts, lists.regions):
        pieces.extend(_body(converter, item_start, item_end, units))
    if plain is not None:
        tie(converter, plain)
    scope_anomalies = _scope_citations(converter, pieces, scope) if scope is not None else []
    converter.relabel()
    blocks, markers = _blocks(converter.blocks)
    anomalies = [*loaded.anomalies, *bib.anomalies, *lists.anomalies, *converter.anomalies]
    anomalies += converter.macro_keys.anomalies()
    anomalies.extend(_unknown_commands(converter))
    anomalies.extend(_missing_keys(converter, bib, lists))
    anomalies.extend(_case_keys(converter, bib))
    anomalies.extend(scope_anomalies)
    sort = tex_sort(f"{setup}\n{src.text[start:]}")
    per_section = (
        _section_keys(pieces, printed(units, src.text, setup, start, stop))
        if scope is None
        else None
    )
    if per_section is not None:
        anomalies.extend(_outside_sections(converter, pieces, per_section, bib))
    filtered = _filtered_lists(converter, pieces, units, bib, setup, start, stop, scope)
    literature = _literature(converter, bib, lists, sort, filtered or per_section, bool(filtered))
    anomalies.extend(settle(bib.defects, {n.label for n in literature}))
    return RawDocument(
        reader=NAME,
        title=_title(converter, src, start),
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(
            _unmarked(converter.notes, markers)
            + _cite_notes(converter)
            + _number_notes(converter, lists)
        ),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None,
        markers_reusable=True,
        # a bibliography built from \cite keys holds only what is cited by key, and a list
        # cited by number ("[3]") what is cited by number: a footnote citing a work in words
        # need not be in it (a list of paragraphs, as notes-bibliography styles write, must)
        literature_partial=bool(bib.read or lists.bibitems or lists.numbered),
        bibliographies=tuple(bib.files),
    )


def _unmarked(notes: list[RawNote], markers: Sequence[RawMarker]) -> list[RawNote]:
    """The notes, a ``\\footnotetext`` that a marker points at no longer unmarked: only
    one no marker points at is printed without one on purpose."""
    marked = {m.label for m in markers}
    return [replace(n, unmarked=False) if n.unmarked and n.label in marked else n for n in notes]


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of the body converted at once: its unit, its blocks, the keys it cites."""

    unit: Unit | None
    blocks: tuple[int, int]
    cited: dict[str, Cited]


def _body(converter: Converter, start: int, end: int, units: list[Unit]) -> list[_Piece]:
    """Convert the body between ``start`` and ``end``, a unit at a time."""
    cuts = sorted({start, end, *(p for u in units for p in (u.start, u.end) if start < p < end)})
    pieces: list[_Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        before, saved = len(converter.blocks), converter.cited
        converter.cited = {}
        converter.body(a, b)
        cited, converter.cited = converter.cited, saved
        for key, where in cited.items():
            saved.setdefault(key, where)
        pieces.append(_Piece(unit_of(units, a), (before, len(converter.blocks)), cited))
    return pieces


def _scope_citations(converter: Converter, pieces: list[_Piece], scope: Scoped) -> list[Anomaly]:
    """Citations resolved in the list of their own unit (chapterbib, bibunits, a refsection
    with its own thebibliography): a key another unit also lists takes that unit's label
    there (``2.rose2011``); a key the unit's list lacks is missing there, whichever other
    list holds it (LaTeX prints ``[?]``)."""
    cited: dict[str, Cited] = {}
    anomalies: list[Anomaly] = []
    main = converter.src.file(0) if converter.src.text else ""
    for piece in pieces:
        for sink in converter.blocks[piece.blocks[0] : piece.blocks[1]]:
            sink.markers = [(scope.label(piece.unit, m[0]) or m[0], *m[1:]) for m in sink.markers]
        for key, where in piece.cited.items():
            label = scope.label(piece.unit, key)
            cited.setdefault(label or key, where)
            if label is not None or piece.unit is None or key not in scope.listed:
                continue  # (a key no list holds is reported once, as for any document)
            anomalies.append(
                Anomaly(
                    AnomalyCode.CITATION_KEY_MISSING,
                    f"key {key!r} cited at line {where.line}{_where(where.file, main)} "
                    f"({where.raw[:80]}) is not in the bibliography of {piece.unit.name}, "
                    "where it is cited (each part has its own list; the key is in the list of "
                    f"{', '.join(scope.listed[key])})",
                    where.line,
                )
            )
    for key, where in converter.cited.items():
        cited.setdefault(key, where)  # cited outside the body (in a list item's text)
    converter.cited = cited
    return anomalies


def _note(item: Item, key: bool = False) -> RawNote:
    """A list item as a note; a ``\\bibitem`` whose markup marks its fields comes parsed
    (``key``: its label is a ``\\bibitem`` key, whatever its characters)."""
    ref = reference_of(item.text, item.marks, item.line) if item.marks else None
    starts = (item.line,)
    return RawNote(item.label, item.text, item.line, item.end_line, starts, ref, key=key)


_SUBFILE_CLASS = lazy_compile(r"\\documentclass\s*\[([^\]]+)\]\s*\{subfiles\}")


def _subfile_parent(preamble: str, loaded: Loaded) -> Loaded | None:
    """The main document's preamble when the manuscript is a subfile read alone
    (``\\documentclass[../thesis.tex]{subfiles}``): its packages, macros, bibliographies."""
    m = _SUBFILE_CLASS.search(preamble)
    if m is None:
        return None
    name = m.group(1).strip()
    path = loaded.main_dir / (name if name.endswith(".tex") else name + ".tex")
    try:
        parent = read_text_file(path, loaded.encoding)
    except Unreadable:
        return None
    return load(parent.text, str(path), loaded.encoding, preamble_only=True)


# "% !TEX root = ../thesis.tex" (TeXShop, TeXstudio, LaTeX Workshop)
_MAGIC_ROOT = lazy_compile(r"^\s*%\s*!\s*TE?X\s+root\s*=\s*(\S+?)\s*$", re.M | re.I)
_INCLUDES = lazy_compile(r"\\(?:input|include|subfile|import\s*\{[^{}]*\})\s*\{([^{}]+)\}")
_ROOT_CANDIDATES = 60  # .tex files looked at in the folder and the one above it
_ROOT_LIMIT = 2 * 1024 * 1024


def _root_parent(preamble: str, loaded: Loaded, path: str, head: str) -> Loaded | None:
    """The main document of a file read alone that has no ``\\documentclass`` of its own
    (a chapter, or the body a thesis \\inputs after its preamble): named by a ``% !TEX
    root =`` comment, else the ``.tex`` file beside it or one folder up that has a
    ``\\documentclass`` and includes it.  Its packages, macros and bibliographies apply."""
    if not path or "\\documentclass" in preamble:
        return None
    here = Path(path).resolve()
    magic = _MAGIC_ROOT.search(head)  # (the source as written: comments and all)
    candidates = [here.parent / magic.group(1)] if magic else []
    for folder in (here.parent, here.parent.parent):
        try:
            candidates += sorted(folder.glob("*.tex"))[:_ROOT_CANDIDATES]
        except OSError:
            continue
    for candidate in candidates:
        if candidate.resolve() == here or not candidate.is_file():
            continue
        try:
            root = read_text_file(candidate, loaded.encoding, _ROOT_LIMIT)
        except Unreadable:
            continue
        if "\\documentclass" not in root.text[:20000]:
            continue
        if magic is None and not _includes(root.text, candidate.parent, here):
            continue
        return load(root.text, str(candidate), loaded.encoding, preamble_only=True)
    return None


def _includes(text: str, folder: Path, target: Path) -> bool:
    """Does ``text`` (a file in ``folder``) \\input or \\include ``target``?"""
    for m in _INCLUDES.finditer(text):
        name = m.group(1).strip()
        for option in (name, name + ".tex"):
            try:
                if (folder / option).resolve() == target:
                    return True
            except OSError:
                continue
    return False


def _sources(styles: list[StyleFile]) -> list[Source]:
    return [Source.single(s.text, s.name, s.path) for s in styles]


def _add_parent_bibs(bib: Bib, parent: Loaded, styles: list[Source]) -> None:
    """Entries of the bibliographies the main document names, itself or in its packages
    and classes ``styles`` (after the subfile's own)."""
    names = parent.source.names[0] if parent.source.names else "the main document"
    found = load_bibs(parent.source, parent.main_dir, parent.embedded, parent.encoding, styles)
    for key in found.order:
        if key not in bib.entries:
            bib.entries[key] = found.entries[key]
            bib.order.append(key)
    bib.read.extend(found.read)
    bib.files.extend(replace(f, named_in=f"{names}, {f.named_in}") for f in found.files)
    bib.unreadable.extend(found.unreadable)
    bib.anomalies.extend(
        replace(a, line=None, message=f"{names} (the main document): {a.message}")
        for a in found.anomalies
    )
    bib.defects.extend(
        replace(
            d,
            anomaly=replace(
                d.anomaly, line=None, message=f"{names} (the main document): {d.anomaly.message}"
            ),
        )
        for d in found.defects
    )


def _bbl_items(loaded: Loaded, path: str, bib: Bib) -> list[Item]:
    """The ``thebibliography`` (or biber's entries) of the ``.bbl`` that stands in when no
    named ``.bib`` could be read: the first of :func:`_bbl_candidates` that holds entries."""
    if not path:
        return []
    for bbl in _bbl_candidates(Path(path), bib.unreadable):
        try:
            found = read_text_file(bbl, loaded.encoding)
        except Unreadable:
            continue
        lists = _bbl_lists(found.text, bbl)
        biber = [] if lists.bibitems else read_biber_bbl(found.text)
        if not lists.bibitems and not biber:
            continue
        if biber:  # biblatex's .bbl: entries with fields, read as .bib entries
            add_records(bib, bbl.name, biber)
        else:
            bib.files.append(BibliographyFile(bbl.name, len(lists.bibitems), ""))
        bib.read.append(bbl.name)
        _substituted(bib, bbl.name)
        return lists.bibitems
    return []


def _bbl_lists(text: str, bbl: Path) -> Lists:
    """The ``thebibliography`` of a ``.bbl`` (its comments blanked: apsrev ends lines with
    ``%``)."""
    src = Source.single(blank.blank(text, Definitions(), bbl.name).text, bbl.name, bbl)
    converter = Converter(src, Bib(), find_macros([]))
    return find_lists(src, 0, len(src.text), lambda a, b: converter.to_text(a, b).text())


def _bbl_candidates(main: Path, unreadable: list[str]) -> list[Path]:
    """Where the ``.bbl`` of a source may stand: BibTeX and biber write ``<main>.bbl``;
    a source shipped without its ``.bib`` (arXiv asks for the ``.bbl``) often carries it
    under the name of the ``.bib`` it replaces (``\\bibliography{refs}``: ``refs.bbl``),
    as named or beside the manuscript."""
    candidates = [main.with_suffix(".bbl")]
    for name in unreadable:
        stem = name.removesuffix(".bib")
        if not stem or "://" in stem:
            continue
        named = Path(stem + ".bbl")
        candidates += [named if named.is_absolute() else main.parent / named]
        candidates.append(main.parent / named.name)
    unique: list[Path] = []
    for candidate in candidates:
        if candidate not in unique:
            unique.append(candidate)
    return unique


def _substituted(bib: Bib, bbl: str) -> None:
    """Say that ``bbl`` stands in for the named bibliographies: an info when they are
    only absent (a source shipped with its ``.bbl``, as arXiv asks), a warning when
    one could not be read."""
    absent = [a for a in bib.anomalies if any(a is b for b in bib.absent)]
    broken = [
        a
        for a in bib.anomalies
        if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE and not any(a is b for b in absent)
    ]
    if absent and not broken:
        bib.anomalies[:] = [a for a in bib.anomalies if not any(a is b for b in absent)]
        code, said, line = AnomalyCode.BIBLIOGRAPHY_SUBSTITUTED, "is absent", absent[0].line
    else:
        code, said, line = AnomalyCode.BIBLIOGRAPHY_UNREADABLE, "could not be read", None
    named = ", ".join(bib.unreadable) or "the named .bib"
    bib.anomalies.append(
        Anomaly(
            code,
            f"{named} {said}; the entries of {bbl} are used instead "
            "(their lines are lines of that file)",
            line,
        )
    )


def _title(converter: Converter, src: Source, start: int) -> str | None:
    """The ``\\title`` of the preamble, or of the body before the title is made (llncs and
    other classes set it after ``\\begin{document}``, before ``\\maketitle``)."""
    m = _TITLE.search(src.text, 0, start or len(src.text))
    if m is None and start:
        made = _TITLE_MADE.search(src.text, start)
        m = _TITLE.search(src.text, start, made.start() if made else start)
    if m is None:
        return None
    close = src.group_end(m.end() - 1, len(src.text))
    if close is None:
        return None
    title = converter.to_text(m.end(), close - 1).text()
    return " ".join(title.split()) or None


def _blocks(sinks: list[Sink]) -> tuple[list[TextBlock], list[RawMarker]]:
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    for sink in sinks:
        index = len(blocks)
        blocks.append(TextBlock(sink.text(), tuple(sink.pieces) or ((0, 1),)))
        for label, line, column, offset, file in sink.markers:
            markers.append(RawMarker(label, line, column, index, offset, file=file))
    return blocks, markers


def _marked(converter: Converter) -> dict[str, tuple[int, str]]:
    """Each marker label in the body, with the line (and file) of its first marker."""
    first: dict[str, tuple[int, str]] = {}
    for sink in converter.blocks:
        for label, line, _, _, file in sink.markers:
            first.setdefault(label, (line, file))
    return first


def _cite_notes(converter: Converter) -> list[RawNote]:
    """One note per key cited in the body, with its entry as the reference."""
    marked = _marked(converter)
    notes: list[RawNote] = []
    for key, cited in converter.cited.items():
        entry = converter.bib.entries.get(key)
        if key not in marked or entry is None:
            continue
        line = cited.line
        file = converter.included(cited.file)
        if entry.reference is None:  # a \bibitem: its text is parsed like any note
            notes.append(RawNote(key, entry.text, line, line, (line,), file=file, key=True))
            continue
        ref = replace(entry.reference, raw=cited.raw, line=line, end_line=line, anomalies=())
        text = entry_text(entry.reference)
        notes.append(RawNote(key, text, line, line, (line,), reference=ref, file=file, key=True))
    return notes


def _number_notes(converter: Converter, lists: Lists) -> list[RawNote]:
    """One note per list number cited as ``[n]``, with the list item's text."""
    items = {f"[{it.label}]": it for it in lists.numbered}
    notes: list[RawNote] = []
    for label, (line, file) in _marked(converter).items():
        item = items.get(label)
        if item is not None:
            notes.append(RawNote(label, item.text, line, line, (line,), file=file))
    return notes


def _section_keys(pieces: Sequence[_Piece], order: Sequence[Unit]) -> list[list[str]] | None:
    """The keys cited in each biblatex reference section that prints a list of its own,
    in the order the lists are printed; None when fewer than two sections print one."""
    if len(order) < 2:
        return None
    keys: dict[Unit, list[str]] = {unit: [] for unit in order}
    for piece in pieces:
        if piece.unit in keys:
            wanted = keys[piece.unit]
            wanted.extend(k for k in piece.cited if k not in wanted)
    return [keys[unit] for unit in order]


def _outside_sections(
    converter: Converter, pieces: Sequence[_Piece], sections: list[list[str]], bib: Bib
) -> list[Anomaly]:
    """Keys cited outside every reference section that prints a list (before the first
    chapter of a ``refsection=chapter`` thesis: an abstract, a preface) and cited in no
    section: no list prints them."""
    printed_keys = {k for section in sections for k in section}
    main = converter.src.file(0) if converter.src.text else ""
    found: list[Anomaly] = []
    for piece in pieces:
        if piece.unit is not None:
            continue
        for key, where in piece.cited.items():
            if key in printed_keys or key not in bib.entries or key == "*":
                continue  # (a key with no entry is reported as missing from the .bib)
            found.append(
                Anomaly(
                    AnomalyCode.LITERATURE_MISSING,
                    f"key {key!r} cited at line {where.line}{_where(where.file, main)} "
                    f"({where.raw[:80]}) is printed in no list: it is cited outside the "
                    "parts that print their own lists, and no part cites it",
                    where.line,
                    footnote=key,
                    lines=(where.line,),
                )
            )
    return found


def _filtered_lists(
    converter: Converter,
    pieces: Sequence[_Piece],
    units: Sequence[Unit],
    bib: Bib,
    setup: str,
    start: int,
    stop: int,
    scope: Scoped | None,
) -> list[list[str]] | None:
    """The keys of each list a ``\\printbibliography`` with entry filters prints
    (:mod:`.bibfilters`), in the order the lists are printed: of the keys cited in its
    reference section (the whole document outside sections), those it admits; None when
    no list filters (or one filters in a way bibcheck cannot evaluate)."""
    if scope is not None:
        return None
    text = converter.src.text
    prints = print_filters(text, start, stop)
    if not prints or not any(p.filtering for p in prints):
        return None
    cats = categories(f"{setup}\n{text}")
    everything = bib.order if converter.nocite_all else list(converter.cited)
    pools: list[list[str]] = []
    for p in prints:
        unit = unit_of(units, p.at) if units else None
        if unit is None or converter.nocite_all:
            pools.append(list(everything))
            continue
        pool: list[str] = []
        for piece in pieces:
            if piece.unit == unit:
                pool.extend(k for k in piece.cited if k not in pool)
        pools.append(pool)
    tags = {
        k: entry_tags(k, bib.entries[k].text, cats)
        for pool in pools
        for k in pool
        if k in bib.entries and bib.entries[k].key and bib.entries[k].reference is not None
    }
    return admitted(pools, prints, tags)


def _literature(
    converter: Converter,
    bib: Bib,
    lists: Lists,
    sort: ListSort,
    sections: list[list[str]] | None = None,
    filtered: bool = False,
) -> list[RawNote]:
    """The list: a hand-written ``thebibliography`` in its own order, then the entries of
    the ``.bib`` that are cited in the order the style prints them (``sort``); with
    ``sections`` (biblatex reference sections printing their own lists), each section's
    cited entries in turn, a work cited in two sections listed in both."""
    own = {it.label for it in lists.bibitems}
    found = [_listed(bib.entries.get(it.label) or _note(it, key=True), it) for it in lists.bibitems]
    found = [_in_file(converter, note, it) for note, it in zip(found, lists.bibitems, strict=True)]
    part = _part_items(converter, bib, lists)
    found += [
        # a part's own list (a translated paper's): cited in the part, never uncited
        _in_file(converter, replace(_note(it), nocite=True) if k in part else _note(it), it)
        for k, it in enumerate(lists.numbered)
    ]
    if converter.nocite_all:
        keys = bib.order
    else:
        keys = [k for k in converter.cited if k in bib.entries and k not in own]
    listed = ordered([k for k in keys if bib.entries[k].reference is not None], bib.entries, sort)
    if sections is not None and (filtered or not converter.nocite_all):
        listed = [
            k
            for section in sections
            for k in ordered(
                [k for k in section if k in keys and bib.entries[k].reference is not None],
                bib.entries,
                sort,
            )
        ]
    # what \nocite lists (every entry under \nocite{*}) is in the list on purpose
    found.extend(
        replace(bib.entries[k], nocite=True)
        if converter.nocite_all or k in converter.nocited
        else bib.entries[k]
        for k in listed
    )
    return found


def _part_items(converter: Converter, bib: Bib, lists: Lists) -> set[int]:
    """The written list's items that are an appendix's or a part's own list (see
    :mod:`bibcheck.readers.latex.partlists`)."""
    if not lists.numbered or not converter.src.text:
        return set()
    own = bool(lists.bibitems) or any(k in bib.entries for k in converter.cited)
    text = converter.src.text
    return part_items(text, 0, len(text), [it.at for it in lists.numbered], own)


def _in_file(converter: Converter, note: RawNote, item: Item) -> RawNote:
    """A list item written in an included file (a chapter, an appendix) names that file,
    as its findings must (its lines are that file's)."""
    if note.file or item.at < 0 or note.line != item.line or not converter.src.text:
        return note  # (a .bib entry of the item's key has its own place)
    return replace(note, file=converter.included(converter.src.file(item.at)))


def _listed(note: RawNote, item: Item) -> RawNote:
    """An entry of a list citeproc generated is listed because the document cites it (or
    names it in ``nocite``): never uncited, also where the citation is plain text."""
    return replace(note, nocite=True) if item.generated else note


def _where(file: str, main: str) -> str:
    return f" in {file}" if file and file != main else ""


def _missing_keys(converter: Converter, bib: Bib, lists: Lists) -> list[Anomaly]:
    main = converter.src.file(0) if converter.src.text else ""
    if bib.read:
        sources = ", ".join(bib.read)
    elif lists.bibitems:
        sources = "thebibliography"
    else:
        sources = "any bibliography (none was found or could be read)"
    found: list[Anomaly] = []
    for key, cited in converter.cited.items():
        if key == "*" or key in bib.entries:
            continue
        # biber (biblatex) matches keys exactly: an entry that differs in case is not
        # found (biber warns of a "case mismatch"); BibTeX's were linked by the converter
        same = bib.same_but_case(key)
        hint = (
            f" (the entry {same[0]!r} differs only in letter case: biber matches keys exactly)"
            if same
            else ""
        )
        found.append(
            Anomaly(
                AnomalyCode.CITATION_KEY_MISSING,
                f"key {key!r} cited at line {cited.line}{_where(cited.file, main)} "
                f"({cited.raw[:80]}) has no entry in {sources}{hint}",
                cited.line,
                footnote=key,
            )
        )
    numbers = {f"[{it.label}]" for it in lists.numbered}
    for label, (line, _) in _marked(converter).items():
        if label.startswith("[") and label not in numbers:
            found.append(
                Anomaly(
                    AnomalyCode.CITATION_KEY_MISSING,
                    f"citation {label} at line {line} cites no entry of the reference list "
                    f"(it has {len(numbers)})",
                    line,
                    footnote=label,
                )
            )
    return found


def _case_keys(converter: Converter, bib: Bib) -> list[Anomaly]:
    """A key cited in another letter case than its ``.bib`` entry's (``\\cite{scott70}``,
    ``@book{Scott70,``): BibTeX finds the entry, so the citation is linked to it, with a
    warning (biber and pandoc would not find it)."""
    main = converter.src.file(0) if converter.src.text else ""
    sources = ", ".join(bib.read) or "the bibliography"
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_CASE,
            f"key {written!r} cited at line {cited.line}{_where(cited.file, main)} differs in "
            f"case from the entry {key!r} of {sources}: BibTeX matches keys whatever their "
            "case, so the citation is linked to that entry",
            cited.line,
            footnote=key,
        )
        for written, (key, cited) in converter.case_keys.items()
    ]


def _unknown_commands(converter: Converter) -> list[Anomaly]:
    main = converter.src.file(0) if converter.src.text else ""
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"\\{name} (used {count} {'time' if count == 1 else 'times'}, first at line "
            f"{line}{_where(file, main)}) looks like a citation command but is neither one "
            "bibcheck knows nor defined in the manuscript: the keys it names are not read",
            line,
        )
        for name, (line, count, file) in converter.unknown.items()
    ]


def score_at(text: str, path: str) -> float:
    """:func:`score` on ``text`` with code and math masked; in a text that is no LaTeX
    source (Markdown showing LaTeX), its indented code blocks masked too, and a Markdown
    file (by its extension) is LaTeX only when a document, ``\\documentclass`` or
    ``\\begin{document}``, stands outside its code: TeX shown in code is an example, and
    citation commands in its prose are Markdown's raw TeX."""
    suffix = PurePath(path).suffix.lower()
    masked = mask(text) if suffix in _EXTENSIONS else mask_shown_code(text)
    found = score(masked)
    if suffix in _MARKDOWN_SUFFIXES and not _DOCUMENT.search(masked):
        return min(found, _MARKDOWN_LATEX)
    return found


READER = register(
    Reader(
        NAME,
        (".tex", ".latex", ".ltx"),
        score,
        read,
        read_at=read_at,
        read_opts=read_opts,
        detect_styles=True,
        score_at=score_at,
    )
)
