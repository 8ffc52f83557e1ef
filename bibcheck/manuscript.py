"""The ingest pipeline: manuscript bytes -> :class:`ParsedDocument` (no I/O but reading).

Stages, each a pure function of the previous one's output:
decode -> reader (syntax) -> reference fields -> claims -> numbering checks ->
footnote/literature linking.  Storing is separate (:mod:`bibcheck.store`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path, PurePath

from bibcheck.errors import InputError, NothingCitedError
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    ClaimKind,
    Footnote,
    LinkPolicy,
    LiteratureEntry,
    LiteratureMatch,
    Marker,
    ParsedDocument,
    RawDocument,
    RawMarker,
    RawNote,
    Reference,
    RefKind,
    SourceFormat,
    TextBlock,
)
from bibcheck.parse import french_particle
from bibcheck.parse.citelabel import CITE_LABEL, cited_by_label, entry_labels
from bibcheck.parse.claim_text import MAX_CLAIM_CHARS, ClaimIndex
from bibcheck.parse.cmplaceholders import records
from bibcheck.parse.matching import DESIGNATION, LiteratureIndex, differences
from bibcheck.parse.names import family_name, same_family
from bibcheck.parse.numbering import check_numbering
from bibcheck.parse.references import doclanguage, parse_reference
from bibcheck.parse.references.abbreviated import (
    Abbreviation,
    abbreviation_list,
    cited_abbreviation,
)
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.artobject import cites_object
from bibcheck.parse.references.bluebook import legal_authority
from bibcheck.parse.references.bodydata import body_page, body_record
from bibcheck.parse.references.capsfirst import capitals_first_list
from bibcheck.parse.references.chicago import unsigned_news
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.commentary import remarks_in_full_notes, strip_lead_in
from bibcheck.parse.references.court_dated import recognised as court_decision
from bibcheck.parse.references.courtcite import court_or_act
from bibcheck.parse.references.dateorder import day_first, in_document_order
from bibcheck.parse.references.filed_particles import dutch_list
from bibcheck.parse.references.first_work import first_work
from bibcheck.parse.references.gost_acts import gost_act
from bibcheck.parse.references.identifiers import with_identifiers
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.parse.references.japanese_order import with_japanese_order
from bibcheck.parse.references.legal import cites_authority
from bibcheck.parse.references.listedbody import body_names, names_listed_body
from bibcheck.parse.references.locus import locus_only
from bibcheck.parse.references.natural_list import (
    natural_order,
    natural_order_list,
    split_pairs,
)
from bibcheck.parse.references.passage_edition import listed_edition
from bibcheck.parse.references.polish_notes import polish_note
from bibcheck.parse.references.repeat import resolve_repeat_notes
from bibcheck.parse.references.same_author import (
    repeats_author,
    spelled_out,
    with_repeated_authors,
)
from bibcheck.parse.references.several import author_text, pronoun_spelled, work_spans
from bibcheck.parse.references.surname_first import surname_first_list
from bibcheck.parse.references.textcase import named_in_text
from bibcheck.parse.references.unlisted import early_print
from bibcheck.parse.shorttitle import cited_by_title
from bibcheck.parse.titleprefix import DESIGNATED_PREFIX, as_listed
from bibcheck.parse.uncitedforms import unrecognised
from bibcheck.readers import (
    Choice,
    ReadOptions,
    choose,
    cites_unread,
    forced,
    notes_unread,
    nothing_in_package,
    nothing_read,
    reader_for_bytes,
    readers,
)
from bibcheck.readers.authorbio import without_author_bio
from bibcheck.readers.bodylanguage import document_language
from bibcheck.readers.cmcode import code_placeholders_blanked
from bibcheck.readers.cmunlisted import unlisted_placeholders, unmatched_placeholders
from bibcheck.readers.common import notes_listed, unread_lists, without_navigation
from bibcheck.readers.component import component_kind
from bibcheck.readers.component import refusal as component_refusal
from bibcheck.readers.controls import without_controls
from bibcheck.readers.datedunlisted import cited_without_list as dated_without_list
from bibcheck.readers.decode import decode, read_regular_file
from bibcheck.readers.evidence import (
    NUMERIC_WHAT,
    numeric_citations,
    unread_jsx_components,
    unread_kramdown_citations,
    unread_numeric_citations,
    unread_pandoc_citations,
)
from bibcheck.readers.homecode import is_markdown_source
from bibcheck.readers.knitr import is_knitted, knitr_fences
from bibcheck.readers.lettered import is_lettered
from bibcheck.readers.links import apply_link_policy
from bibcheck.readers.listgaps import unread_paragraphs
from bibcheck.readers.listscope import scoped_entries
from bibcheck.readers.markupkind import foreign_markup
from bibcheck.readers.markupkind import refusal as markup_refusal
from bibcheck.readers.mask import mask
from bibcheck.readers.mdcode import blank_indented_code
from bibcheck.readers.noitemdata import missing_in_text, without_placeholders
from bibcheck.readers.notebook import is_notebook, notebook_text
from bibcheck.readers.notebook import refusal as notebook_refusal
from bibcheck.readers.readinghead import unread_reading_list
from bibcheck.readers.readingleft import unread_reading_sections
from bibcheck.readers.runmemo import document_run
from bibcheck.readers.siblinglist import with_sibling_hint
from bibcheck.readers.sourceheads import source_heads
from bibcheck.readers.xmlkind import foreign_xml
from bibcheck.readers.xmlkind import refusal as xml_refusal
from bibcheck.text import ascii_digits, editor_lines

PARSER_VERSION = "59"  # bump when parsing changes, so stored documents are re-parsed


def document_id(data: bytes) -> str:
    """Content id of a manuscript: SHA-256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def parse_file(
    path: str | Path,
    reader: str | None = None,
    bibliography: Sequence[str | Path] = (),
    *,
    links: LinkPolicy = LinkPolicy.AUTO,
) -> ParsedDocument:
    """Read and parse a manuscript file.

    ``bibliography``: extra ``.bib`` / CSL-JSON files (``--bibliography``), for the
    readers that resolve citation keys (Pandoc, Org, AsciiDoc).  ``links``: whether
    links in the text are citations (``--link-citations``, see
    :mod:`bibcheck.readers.links`).
    """
    p = Path(path)
    data = read_regular_file(p)  # only regular files, size checked while reading
    # The absolute path identifies the file: "v.md", "./v.md" and "../x/v.md" are one.
    bibs = tuple(str(Path(b).resolve()) for b in bibliography)
    return parse_bytes(data, str(p.resolve()), reader, ReadOptions(bibliography=bibs), links=links)


def parse_bytes(
    data: bytes,
    path: str,
    reader: str | None = None,
    options: ReadOptions | None = None,
    *,
    links: LinkPolicy = LinkPolicy.AUTO,
) -> ParsedDocument:
    """Parse a manuscript given as bytes; ``path`` names it (and hints the format).

    Byte-level readers (DOCX) are tried before the bytes are decoded as text.
    A text reader is chosen by :func:`bibcheck.readers.choose` (or forced); a
    reader that reads nothing from a text with citation-like content is an
    :class:`InputError`, never an empty success.  After the document is built, one
    separate step resolves "Ibid." and shortened repeat notes to the earlier note
    they repeat (:func:`bibcheck.parse.references.repeat.resolve_repeat_notes`).
    """
    with document_run():  # (project files looked up once: scoring and reading)
        return _parse_bytes(data, path, reader, options, links=links)


def _parse_bytes(
    data: bytes,
    path: str,
    reader: str | None = None,
    options: ReadOptions | None = None,
    *,
    links: LinkPolicy = LinkPolicy.AUTO,
) -> ParsedDocument:
    options = options or ReadOptions()
    extra: list[Anomaly] = []
    source = SourceFormat.TEXT
    source_lines: list[str] = []  # the text's lines (a package has none)
    choice: Choice | None = forced(reader, path, "") if reader else None
    if choice is None:
        binary = reader_for_bytes(path, data)
        if binary is not None:
            sniffed = binary.sniff is not None and binary.sniff(data)
            choice = Choice(
                binary, 1.0 if sniffed else 0.5, "signature" if sniffed else "extension"
            )
    # the document's language, for how its notes and entries file names (:mod:`.doclanguage`):
    # a text's is told before it is read, a package's by its reader from its paragraphs
    # before it reads its notes (:func:`bibcheck.readers.bodylanguage.document_language`)
    language: str | None = None
    if choice is not None and choice.reader.read_bytes is not None:
        raw = apply_link_policy(choice.reader.read_data(data, path, options), links)
        language = raw.language or document_language([b.text for b in raw.blocks])
        encoding = "utf-8"  # the XML parts of a package
        unlisted = unlisted_placeholders(raw)  # ("{Smith, 2001 #12}", no list: said below)
        if not (raw.markers or raw.footnotes or raw.literature or raw.anomalies or unlisted):
            # no silent zero: say what the text holds, as for a text reader (an anomaly,
            # such as an unread region or a capped package, says it already)
            paragraphs = {line: b.text for b in raw.blocks for _, line in b.pieces[:1]}
            raise InputError(nothing_in_package(choice, path, paragraphs))
        # a citation processor's mark for a key it has no data for, "(smith2001?)"
        pieces = [(b.pieces[0][1], b.text) for b in raw.blocks if b.pieces]
        extra.extend(missing_in_text(pieces, _missing_keys(raw)))
    else:
        decoded = decode(data, path)
        text = decoded.text
        if is_notebook(path, text):  # a Jupyter notebook: its Markdown cells are the text
            text = notebook_text(text, path).text
            source = SourceFormat.NOTEBOOK
        if is_knitted(path):  # a chunk ends where knitr ends it, for readers and scanners
            text = knitr_fences(text)
        xml = None if reader else foreign_xml(text)
        if xml is not None:
            raise InputError(xml_refusal(path, xml))
        markup = None if reader else foreign_markup(path, text)
        if markup is not None:
            raise InputError(markup_refusal(path, markup))
        component = None if reader else component_kind(path, text, _claimed_extensions())
        if component is not None:
            raise InputError(component_refusal(path, component))
        language = document_language(text.split("\n"))
        try:
            choice = forced(reader, path, text) if reader else choose(path, text, options)
            with doclanguage.written_in(language):
                raw = _read_text(choice, text, path, options, extra, links)
        except InputError as exc:
            if source is SourceFormat.NOTEBOOK:  # say what was looked at (a notebook
                # that cites nothing, a book's page holding a toctree, stays one)
                kind = NothingCitedError if isinstance(exc, NothingCitedError) else InputError
                raise kind(notebook_refusal(str(exc))) from None
            raise
        source_lines = text.split("\n")
        encoding = decoded.encoding
        if decoded.guessed:
            extra.append(
                Anomaly(
                    AnomalyCode.ENCODING_GUESSED,
                    f"not UTF-8; decoded as {decoded.encoding} (a guess: check non-Latin text)",
                    None,
                )
            )
    dated = dated_without_list(
        raw, source_lines
    )  # "(Cruschina 2012, …)" typed, no list: never unsaid
    if dated is not None and not any(a.code is AnomalyCode.NO_LITERATURE_LIST for a in extra):
        extra.append(dated)
    # a citation manager's unformatted citations ("{Smith, 2001 #12}"): with no list read,
    # said; with a list, each naming no entry of it said
    unlisted = unlisted_placeholders(raw)
    extra.extend([unlisted] if unlisted is not None else unmatched_placeholders(raw))
    if options.bibliography and not choice.reader.takes_options:
        raise InputError(
            f"{path}: --bibliography is not used by the {choice.reader.name} reader "
            "(it reads the bibliography the document names itself)"
        )
    with doclanguage.written_in(language):
        doc = build_document(
            raw,
            doc_id=document_id(data),
            path=path,
            encoding=encoding,
            extra=extra,
            detect_styles=choice.reader.detect_styles or raw.detect_styles,
        )
    doc = replace(
        doc,
        reader_confidence=round(choice.confidence, 3),
        reader_chosen_by=choice.chosen_by,
        source_format=source,
        # no list found: a file beside the document that may hold it is named (never read)
        anomalies=with_sibling_hint(doc.anomalies, path, choice.reader.takes_options),
    )
    # Separate step: repeat notes take the reference of the note they repeat; a document
    # that writes Japanese names family name first writes all of them so
    with doclanguage.written_in(language):
        return with_japanese_order(resolve_repeat_notes(doc))


def _claimed_extensions() -> set[str]:
    """The file extensions some reader claims."""
    return {ext for r in readers() for ext in r.extensions}


def _cites_unread(choice: Choice, path: str, text: str, raw: RawDocument) -> list[Anomaly]:
    """An unread region when ``raw`` holds list entries only while the text above the list
    cites in a shape the reader did not read (see :func:`readers.cites_unread`)."""
    starts = [n for e in raw.literature for n in e.line_starts or (e.line,) if n]
    if not starts:
        return []
    # (a Markdown reader's unread "[3]" is told by :func:`_numbers_unread`, at its lines)
    said = NUMERIC_WHAT if choice.reader.name in _LIST_TEXT else frozenset()
    told = cites_unread(choice, path, text, min(starts), len(raw.literature), said)
    if told is None:
        return []
    message, line = told
    return [Anomaly(AnomalyCode.UNREAD_REGION, message, line)]


def _read_text(
    choice: Choice,
    text: str,
    path: str,
    options: ReadOptions,
    extra: list[Anomaly],
    links: LinkPolicy = LinkPolicy.AUTO,
) -> RawDocument:
    """Read with the chosen reader (body links made citations as ``links`` says);
    refuse an empty read of a text with citations.

    Adds to ``extra`` what the reader could not cover: an uncertain choice, and
    reference lists none of whose items it read.
    """
    read_as = text
    if choice.reader.name == "plain-text" and is_markdown_source(PurePath(path).suffix):
        read_as = code_placeholders_blanked(text)  # (code's "{Smith, 2001 #12}": no citation)
    raw = apply_link_policy(choice.reader.read_text(read_as, path, options), links)
    if not (raw.markers or raw.footnotes or raw.literature):
        said = [a.message for a in raw.anomalies if a.code is AnomalyCode.UNREAD_REGION]
        refusal = nothing_read(choice, path, text, said)
        if refusal is not None:
            raise InputError(refusal)
    elif not (raw.footnotes or raw.literature):
        refusal = notes_unread(choice, path, text, [m.label for m in raw.markers])
        if refusal is not None:
            raise InputError(refusal)
    elif raw.literature and not (raw.markers or raw.footnotes):
        # (a list read with none of the citations above it: told, not "a list only")
        extra.extend(_cites_unread(choice, path, text, raw))
    if choice.uncertain:
        extra.append(
            Anomaly(
                AnomalyCode.READER_UNCERTAIN,
                f"read as {choice.reader.name} (fits {choice.confidence:.2f}), but "
                f"{choice.runner_up} fits almost as well ({choice.runner_up_score:.2f}); "
                f"if the result looks wrong, try --reader {choice.runner_up}",
                None,
            )
        )
    read = {
        n for note in (*raw.footnotes, *raw.literature) for n in note.line_starts or (note.line,)
    }
    # (a Markdown source, R Markdown or Quarto too, is no LaTeX whatever raw LaTeX it holds:
    # its fences and chunks are code to every scanner, as to the reader)
    masked_text = mask(text, latex=False if is_markdown_source(PurePath(path).suffix) else None)
    # (lines as an editor numbers them: a PDF-to-text page's form feed ends no line)
    masked = editor_lines(masked_text)
    # (a site's navigation links pages, a "References" page among them: no list of works)
    extra.extend(unread_lists(editor_lines(without_navigation(masked_text)), read))
    reading = unread_reading_list(masked, read)
    if reading is not None:  # (a further-reading list a reader leaves, alone or second)
        extra.append(reading)
    # (... and in any format with headings: Org's "* Further reading", AsciiDoc's "==")
    reported = () if reading is None or reading.line is None else (reading.line,)
    heads = source_heads(choice.reader.name, masked)
    extra.extend(unread_reading_sections(masked, heads, read, reported))
    if choice.reader.name in _LIST_TEXT:  # a paragraph in a read list is never dropped unsaid
        extra.extend(unread_paragraphs(masked, (*raw.footnotes, *raw.literature)))
    unread = unread_pandoc_citations(choice.reader.name, masked_text)
    if unread is not None:  # never dropped in silence
        extra.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"{unread.count} {unread.what} (from line {unread.line}) are not read by the "
                f"{choice.reader.name} reader; try --reader pandoc-markdown",
                unread.line,
            )
        )
    jsx = unread_jsx_components(masked_text)
    if jsx is not None:  # an MDX page's own components: never dropped in silence
        extra.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"{jsx.count} {jsx.what} (from line {jsx.line}) are not read: bibcheck reads "
                "no JSX components; check the page the site builds from this file (its HTML)",
                jsx.line,
            )
        )
    draft = unread_kramdown_citations(masked_text, text[:65536])
    if draft is not None and choice.reader.name != "pandoc-markdown":  # (it reads them)
        extra.append(
            Anomaly(
                AnomalyCode.UNREAD_REGION,
                f"{draft.count} {draft.what} (from line {draft.line}) are not read: bibcheck "
                "does not read kramdown-rfc drafts (convert with kramdown-rfc to RFCXML, or "
                "check the rendered text)",
                draft.line,
            )
        )
    # a citation processor's mark for a key it has no data for, "(**smith2001?**)"
    extra.extend(missing_in_text(enumerate(masked, 1), _missing_keys(raw)))
    unlisted = _cited_without_list(raw, masked_text)
    if unlisted is not None:
        extra.append(unlisted)
    elif choice.reader.name in _LIST_TEXT:  # "[3]" a Markdown reader left: never unsaid
        # (a Markdown source's indented code block is code: "print(bins[2], probs[4])")
        shown = (
            blank_indented_code(masked_text, text)
            if is_markdown_source(PurePath(path).suffix)
            else masked_text
        )
        extra.extend(_numbers_unread(choice.reader.name, raw, shown))
    if raw.footnotes and not raw.literature and not raw.notes_are_the_list:
        if notes_listed(masked, [note.line for note in raw.footnotes]):
            raw = replace(raw, notes_are_the_list=True)
    if raw.literature:  # further-reading and appendix lists: no uncited entries
        heads = source_heads(choice.reader.name, masked)
        raw = replace(raw, literature=scoped_entries(raw.literature, heads))
    return raw


def _missing_keys(raw: RawDocument) -> set[str]:
    """The keys the reader already said have no entry (each is said once)."""
    return {
        a.footnote
        for a in raw.anomalies
        if a.code is AnomalyCode.CITATION_KEY_MISSING and a.footnote is not None
    }


# Readers of lists written as Markdown, whose lines are the source's (plain text, often a
# PDF's, holds page headers, a second column's headings and address blocks in its lists)
_LIST_TEXT = frozenset({"pandoc-markdown", "sup-markdown", "markdown-links"})


# Readers whose text can cite by number in brackets, "[3]" (a LaTeX or wiki source cites
# by command or tag: a "[2]" in it is an option or a link, and is said otherwise)
_NUMBERED_TEXT = frozenset(
    {"html", "markdown-links", "sup-markdown", "pandoc-markdown", "plain-text", "pdf-text"}
)


def _cited_without_list(raw: RawDocument, masked_text: str) -> Anomaly | None:
    """``[3]`` and ``[7]`` cited in the text, no reference list read to resolve them and
    the reader read them as nothing (not as markers): a ``no-literature-list`` anomaly at
    the first, never a silent success.  (A reader that read them as markers says each has
    no definition.)  Two or more numbers, as a single "[1]" may be anything."""
    if raw.reader not in _NUMBERED_TEXT or raw.literature or raw.notes_are_the_list:
        return None
    read = {m.label for m in raw.markers} | {n.label for n in raw.footnotes}
    cited = [(line, n) for line, n in numeric_citations(masked_text) if n not in read]
    numbers = list(dict.fromkeys(n for _, n in cited))
    if len(numbers) < 2:
        return None
    shown = ", ".join(f"[{n}]" for n in numbers[:10]) + (", ..." if len(numbers) > 10 else "")
    lines = ", ".join(str(line) for line in dict.fromkeys(line for line, _ in cited))
    return Anomaly(
        AnomalyCode.NO_LITERATURE_LIST,
        f"cites {shown} but no reference list was found (line {lines})",
        cited[0][0],
    )


def _printed(raw: RawDocument, label: str) -> str:
    """A marker's number as printed: ``2.3`` of a document numbered by part is ``3``."""
    part, dot, printed = label.partition(".")
    return printed if raw.numbered_by_part and dot and part.isdigit() else label


def _numbers_unread(reader: str, raw: RawDocument, masked_text: str) -> list[Anomaly]:
    """Numeric citations (``[3]``, ``[[1, p. 4]](#cite:1)``) the reader read as no marker of
    that number on their line, outside the lines of the notes and entries read (a note's
    access date, "[2023-05-10]", is none): one ``unread-region`` anomaly with their lines
    (two or more: a lone "[1]" may be anything)."""
    read = {(m.line, _printed(raw, ascii_digits(m.label.strip("[]")))) for m in raw.markers}
    notes = (*raw.footnotes, *raw.literature)
    listed = {n for note in notes if not note.file for n in range(note.line, note.end_line + 1)}
    found = unread_numeric_citations(masked_text, read, listed)
    if found is None:
        return []
    unread, lines = found
    shown = ", ".join(str(line) for line in lines[:20]) + (", ..." if len(lines) > 20 else "")
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{unread.count} {unread.what} (line {shown}) are not read by the {reader} "
            "reader: they are tied to no entry and not checked",
            unread.line,
            lines=lines,
        )
    ]


def _authority(text: str) -> bool:
    """Does ``text`` cite a case, a statute, a treaty or a debate (which a list of literature
    holds only when it holds some)?"""
    return cites_authority(text) or court_or_act(text)


def build_document(
    raw: RawDocument,
    *,
    doc_id: str,
    path: str,
    encoding: str = "utf-8",
    extra: Sequence[Anomaly] = (),
    detect_styles: bool = False,
) -> ParsedDocument:
    """Turn a reader's syntax-level document into the parsed model."""
    raw = without_placeholders(ascii_labels(raw))  # NO_ITEM_DATA:key: a key with no entry
    raw = without_author_bio(raw)  # "（おおもり・ちあき 東都芸術大学）" after the list
    said = _missing_keys(raw)  # (a key marked missing in the text and in the list: said once)
    extra = [
        a for a in extra if not (a.code is AnomalyCode.CITATION_KEY_MISSING and a.footnote in said)
    ]
    literature = _literature(raw, detect_styles)
    # (a note's "Dan Roe, Ann Lee" is two people as the list's are: :mod:`.natural_list`)
    natural_names = natural_order([e.reference for e in literature])
    # ("MONDONVILLE, Jean-Joseph Cassanéa de" in the list: the notes' "Jean-Joseph Cassanéa
    # de Mondonville" is filed so, :mod:`.french_particle`)
    filings = french_particle.listed_filings(a for e in literature for a in e.reference.authors)
    index = LiteratureIndex(literature)
    markers, claim_notes = _markers(raw)
    anomalies: list[Anomaly] = [*extra, *raw.anomalies, *_claimless(markers), *claim_notes]
    missing_keys = {
        a.footnote
        for a in raw.anomalies
        if a.code in (AnomalyCode.CITATION_KEY_MISSING, AnomalyCode.CITATION_AMBIGUOUS)
    }
    anomalies.extend(
        a  # a citation key with no entry is reported once, as citation-key-missing
        for a in check_numbering(
            raw.markers,
            raw.footnotes,
            markers_reusable=raw.markers_reusable,
            labels_are_names=raw.labels_are_names,
        )
        if not (a.code is AnomalyCode.MARKER_WITHOUT_DEFINITION and a.footnote in missing_keys)
    )
    # a key is a key by how it was written (\cite{6773024}), a number only when not a key
    by_key = {
        e.label: k
        for k, (e, r) in enumerate(zip(literature, raw.literature, strict=True))
        if e.label and (r.key or not e.label.isdigit())
    }
    # In numeric styles ([3] citing a numbered list) the reader makes note n from list entry n:
    # tie them by number when the note's text is that entry's and nothing else ties them, so an
    # entry whose fields cannot be parsed is still the one cited (footnotes numbered apart from a
    # list are not tied).
    by_number = {e.number: k for k, e in reversed(list(enumerate(literature)))}
    footnotes: list[Footnote] = []
    cited: set[int] = set()
    seen: set[str] = set()
    listed = {entry.text for entry in raw.literature}
    # (a note that is a list entry itself, the same text at the same lines -- a Sphinx page's
    # References of ``.. [Label]`` citations: the entry reports its anomalies, once)
    entries_at = {(entry.text, entry.line) for entry in raw.literature}
    # A list the body cites author-date ("(Beck et al., 2022)") holds what the body cites:
    # the notes, for data sources and asides, need not be in it.
    notes_apart = raw.literature_partial or (
        bool(literature and raw.footnotes) and _cites_author_date(raw, index)
    )
    # OSCOLA and the Bluebook keep cases and statutes out of the bibliography (in tables of
    # their own, or nowhere); AGLC lists them in a part of it.  A note citing one is missing
    # from the list only when the list holds some.
    authorities_listed = any(_authority(e.reference.raw) for e in literature)
    # A list of literature alone leaves the printed sources of the hand-press era out
    # (Quellen, not Literatur); a list that holds one (a work before 1801) lists them all.
    sources_listed = any(
        e.reference.year is not None and e.reference.year <= 1800 for e in literature
    )
    # A body's own record (its yearly report, its database) is a source of facts, not
    # literature: a list that holds one lists them, a list of scholarly works does not.
    records_listed = any(body_record(e.reference) for e in literature)
    # ... and so is a page a body keeps online: listed when the list holds one, or a record
    pages_listed = records_listed or any(body_page(e.reference) for e in literature)
    # Unsigned newspaper articles are cited in notes only (Chicago), unless the list holds one.
    news_listed = any(unsigned_news(e.reference.raw) for e in literature)
    # Post-Soviet notes cite statutes by their designation; a thesis lists them first in its
    # list, an article in its notes only: listed when the list holds one.
    acts_listed = any(gost_act(e.reference.raw) for e in literature)
    # An artwork by medium and inventory number, an object's record in a collection online:
    # objects, not literature, unless the list holds one
    objects_listed = any(cites_object(e.reference) for e in literature)
    # A body whose work the list holds (a statistical office, a ministry): a note pointing to
    # its web pages or data portal is accounted for
    listed_bodies = body_names(e.reference for e in literature)

    def customarily_listed(work: Reference) -> bool:
        """Must a list of literature hold the work ``work`` (a note's) cites (see above)?"""
        text = work.raw
        return (
            (records_listed or not body_record(work))
            and (pages_listed or not body_page(work))
            and not legal_authority(text)  # cases and statutes are cited in notes only
            and (authorities_listed or not _authority(text))
            and not archival_source(text)  # so are documents in archives, often
            # (a canonical passage, "Thuc. 2.41.5.", "PL 34, 325", or a manuscript by its
            # shelfmark alone: no list holds it as a work)
            and not locus_only(text)
            and (sources_listed or not early_print(text))
            and not legal_source(text)  # and statutes and decisions of civil-law systems
            # (a decision by its court and date, a signal before it: "Cfr. Cons. Stato, sez.
            # III, 5 giugno 2019", "Cass. civ., 16 juin 1896")
            and not court_decision(strip_lead_in(text))
            and (news_listed or not unsigned_news(text))
            and (acts_listed or not gost_act(text))
            and (objects_listed or not cites_object(work))
        )

    # "Life = James Boswell, *Life of Johnson*, …" before the text: notes cite "Life, 1:182."
    abbreviations = abbreviation_list([(b.line_at(0), b.text) for b in raw.blocks])
    listed_refs = [e.reference for e in literature]
    # (a note made of an entry whose author the list left out or wrote as a pronoun,
    # "(1982a), Title", reads as the entry does: by the name of the entry before)
    originals = [entry.text for entry in raw.literature]
    spelled = {o: t for o, t in zip(originals, spelled_out(originals), strict=True) if o != t}
    labels = entry_labels(literature)  # "Decker, Frank (Koalitionsaussagen, 2009): …"
    for note in raw.footnotes:
        parsed = (
            note.reference
            or _abbreviated(note, abbreviations, detect_styles)
            or italic_reference(
                spelled.get(note.text, note.text),
                note.marked,
                note.line_starts or (note.line,),
                detect_styles=detect_styles,
                note=_is_note(note, listed, markers),
                title_run=True,
            )
        )
        if note.reference is None and not note.marked and "*" in note.text:
            # (a note whose text keeps its italics, a Markdown footnote's: read in the
            # Polish, Czech and Slovak tradition as a DOCX or ODT reader reads its note,
            # :mod:`bibcheck.readers.noteitalic`)
            parsed = polish_note(note.text, parsed) or parsed
        if note.reference is None and _is_note(note, listed, markers):
            # "See: A, *Title*, 2010; B, *Other*, 2005.": the first work's fields
            parsed = first_work(
                parsed, note.text, note.line_starts or (note.line,), detect_styles=detect_styles
            )
        if natural_names:
            parsed = split_pairs(parsed)
        parsed = french_particle.as_listed(parsed, filings)
        # (PMID, PMCID, ISBN, arXiv id: :mod:`bibcheck.parse.references.identifiers`)
        parsed = with_identifiers(parsed)
        if note.reference is None and note.text in listed:
            # a note made of a list entry (a numbered list cited by number): the entry
            # reports its malformed DOI or ISBN, not the note a second time at the marker's
            # line
            parsed = replace(
                parsed,
                anomalies=tuple(a for a in parsed.anomalies if a.code not in _ENTRY_REPORTS),
            )
        if note.reference is None and (note.text, note.line) in entries_at:
            parsed = replace(parsed, anomalies=())
        if note.reference is not None and note.end_line > parsed.end_line:
            # (a note given the reference of a work it cites by key spans its own lines)
            parsed = replace(parsed, end_line=note.end_line)
        ref = _tag(parsed, note.label, None)
        # "In *Smith v. Jones*, the court held …¹" / "¹ 123 F.3d 456 (9th Cir. 1999).": the
        # case the text names is the one the reporter cites
        ref = named_in_text(ref, (m.claim.text for m in markers.get(note.label, ()) if m.claim))
        edition = listed_edition(ref.raw, listed_refs) if literature else None
        if edition is not None:
            # "Thuc. 2.41.5." beside "Thucydides. Historiae, ed. …": the listed edition
            ref = replace(edition, raw=ref.raw, line=ref.line, end_line=ref.end_line)
        commentary = ref.kind is RefKind.COMMENTARY
        accounted = False  # the note's works are each listed or customarily unlisted
        # (a note made from entry n is entry n, also when an earlier entry is the same
        # work: a duplicate in the list leaves neither of the two uncited)
        match = _cited_key_match(by_key, literature, note.cites) or _key_match(
            by_key, literature, note.label, note.key
        )
        match = match or _number_match(by_number, literature, note)
        labelled = None if match else cited_by_label(ref, literature, labels)
        if labelled is not None:  # "Vgl. Decker, F., Koalitionsaussagen, 2009, S. 140."
            ref, match = labelled
            commentary = False
        match = match or (index.match(ref) if literature and not commentary else None)
        if match is not None and raw.literature_partial and not _certain(match, ref, index):
            match = None  # the note need not be in the list: a likeness is no link
        short = cited_by_title(ref, literature) if match is None and literature else None
        if short is not None:  # "Title. 382쪽.", "Title, p. 75.": a listed work by its title
            ref, match = short
            commentary = False
        if (
            short is None
            and literature
            and not commentary
            and not note.reference
            and _is_note(note, listed, markers)
        ):
            # a note citing several works: each is looked up; when each is listed, the note
            # is tied to (and compared with) the first; when the first is a work no list
            # holds (a statute, a document in an archive) and each other is listed, the note
            # is tied to none and lacks no entry.  (With a list that need not hold every
            # work, only a certain match counts: "Richtlinie 2013/36/EU, Art. 135–136; ESRB
            # (2014)." is tied to the listed directive, not to ESRB's entry the note's
            # author and year matched whole.)
            works = _several_works(note, detect_styles, index, literature)
            if raw.literature_partial:
                works = [(w, m if m and _certain(m, w, index) else None) for w, m in works]
            cited.update(m.number for _, m in works if m is not None)
            if works and all(m is not None for _, m in works):
                first_ref, match = works[0]
                ref = _tag(replace(first_ref, raw=ref.raw), note.label, None)
            elif (
                len(works) > 1
                and not customarily_listed(works[0][0])
                and all(m is not None for _, m in works[1:])
            ):
                accounted = True
        # (a note citing several works by key cites each key's entry)
        cited.update(
            literature[k].number for key in note.cites if (k := by_key.get(key)) is not None
        )
        for work in note.also:
            also = index.match(work) if literature else None
            if also is not None and (not raw.literature_partial or _certain(also, work, index)):
                cited.add(also.number)
        mentioned = index.mentioned(ref.raw) if match is None and literature else []
        if match is not None:
            cited.add(match.number)
            listed_ref = index.entry(match).reference
            if match.method == DESIGNATED_PREFIX:
                # "Directive (EU) 2024/1275, Art. 2": the listed act its designation opens
                ref = as_listed(ref, listed_ref)
            if not ref.authors and repeats_author(ref.raw) and listed_ref.authors:
                # a note made from a "———. 2008. Title" entry: by the authors the list gives it
                ref = replace(ref, authors=listed_ref.authors)
            anomalies.extend(differences(ref, index.entry(match), match, note.label))
        elif mentioned:  # "Beck and Martínez Pería (2011) show ...": entries cited in prose
            cited.update(mentioned)
            # the note is an aside citing them, not a work of its own (nor a title to compare)
            ref = replace(ref, kind=RefKind.COMMENTARY, title=None)
        elif (
            literature
            and not commentary
            and not notes_apart
            and not accounted
            # (a page a body link cites beside the notes: no list is expected to hold it)
            and ref.style != "link"
            and customarily_listed(ref)
            and not names_listed_body(ref, listed_bodies)
        ):
            anomalies.append(
                Anomaly(
                    AnomalyCode.LITERATURE_MISSING,
                    f"footnote {note.label} cites a work that is not in the literature list",
                    note.line,
                    footnote=note.label,
                    lines=_note_lines(note, markers.get(note.label, ())),
                )
            )
        own = () if note.label in seen else tuple(markers.get(note.label, ()))
        seen.add(note.label)
        number = int(note.label) if note.label.isdigit() and not note.key else None
        footnotes.append(Footnote(note.label, number, note.line, ref, own, match, note.file))
    for entry, listed_as in zip(literature, raw.literature, strict=True):
        if (
            entry.number not in cited
            and raw.footnotes
            and not listed_as.nocite
            and entry.label not in raw.literature_cited_elsewhere
        ):
            anomalies.append(
                Anomaly(
                    AnomalyCode.LITERATURE_UNCITED,
                    f"literature entry {_entry_printed(entry)} is cited by no footnote",
                    entry.line,
                    literature_entry=entry.number,
                )
            )
    anomalies = _unrecognised_forms(anomalies, literature, raw.blocks)
    if (
        raw.footnotes
        and not literature
        and not raw.literature_partial
        and not raw.notes_are_the_list
        # a list was found but not read (unread-region says so): not "none found"
        and not any(a.code is AnomalyCode.UNREAD_REGION for a in raw.anomalies)
        # nor when the list is on a page or in a file that could not be read (said so)
        and not any(a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE for a in raw.anomalies)
        # nor twice: the numbers cited with no list were said with their lines
        and not any(a.code is AnomalyCode.NO_LITERATURE_LIST for a in extra)
    ):
        anomalies.append(Anomaly(AnomalyCode.NO_LITERATURE_LIST, "no literature list found", None))
    if not literature:
        # notes citing in full: a name and a year in a sentence of prose is a remark
        for i in remarks_in_full_notes([fn.reference for fn in footnotes]):
            fn = footnotes[i]
            remark = Reference(
                raw=fn.reference.raw,
                line=fn.reference.line,
                end_line=fn.reference.end_line,
                kind=RefKind.COMMENTARY,
                language=fn.reference.language,
            )
            footnotes[i] = replace(fn, reference=remark)
    footnotes, literature = _dates_in_order(footnotes, literature)
    defined = {n.label for n in raw.footnotes}
    stray = tuple(m for label, ms in markers.items() if label not in defined for m in ms)
    document = ParsedDocument(
        id=doc_id,
        path=path,
        reader=raw.reader,
        title=raw.title,
        encoding=encoding,
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        stray_markers=stray,
        bibliographies=raw.bibliographies,
    )
    # no reader's placeholder or stray control byte is stored (parsed first: a URL holding
    # one is reported as invalid, not silently repaired)
    return without_controls(document)


def _dates_in_order(
    footnotes: list[Footnote], literature: list[LiteratureEntry]
) -> tuple[list[Footnote], list[LiteratureEntry]]:
    """The ambiguous slash access dates (``05/04/2017``) read in the order the document's
    other slash dates show (:mod:`bibcheck.parse.references.dateorder`)."""
    raws = [fn.reference.access_date_raw for fn in footnotes]
    raws += [e.reference.access_date_raw for e in literature]
    first_day = day_first(raws)
    if first_day is None:
        return footnotes, literature
    return (
        [replace(fn, reference=in_document_order(fn.reference, first_day)) for fn in footnotes],
        [replace(e, reference=in_document_order(e.reference, first_day)) for e in literature],
    )


def _unrecognised_forms(
    anomalies: list[Anomaly], literature: Sequence[LiteratureEntry], blocks: Sequence[TextBlock]
) -> list[Anomaly]:
    """Most entries uncited while the text names them: one "citation form not recognised"
    anomaly for those the text names, not an uncited finding each (see
    :mod:`bibcheck.parse.uncitedforms`)."""
    uncited = [a for a in anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    found = unrecognised(uncited, literature, blocks)
    if found is None:
        return anomalies
    kept, said = found
    return [a for a in anomalies if a.code is not AnomalyCode.LITERATURE_UNCITED or a in kept] + [
        said
    ]


def ascii_labels(raw: RawDocument) -> RawDocument:
    """``raw`` with every marker and note number written in another script's digits
    (``۳``, ``٣``, ``३``) in ASCII digits, whichever reader read it: a note's number is
    a number, and ``<sup>۳</sup>`` cites the note ``3.`` defines.  A citation key (a
    note read as one, and the markers citing it) is a name and stays as written."""
    keys = {note.label for note in (*raw.footnotes, *raw.literature) if note.key}

    def number(label: str) -> str:
        return label if label in keys else ascii_digits(label)

    if all(label.isascii() for label in _labels(raw)):
        return raw
    return replace(
        raw,
        markers=tuple(replace(m, label=number(m.label)) for m in raw.markers),
        footnotes=tuple(n if n.key else replace(n, label=number(n.label)) for n in raw.footnotes),
        literature=tuple(n if n.key else replace(n, label=number(n.label)) for n in raw.literature),
    )


def _labels(raw: RawDocument) -> Iterable[str]:
    yield from (m.label for m in raw.markers)
    yield from (n.label for n in (*raw.footnotes, *raw.literature))


def _abbreviated(
    note: RawNote, abbreviations: Sequence[Abbreviation], detect_styles: bool
) -> Reference | None:
    """The reference of the work a note cites by an abbreviation the document defines
    (``Life, 1:182–83.``), read from the definition and placed at the note; or None."""
    if not abbreviations:
        return None
    cited = cited_abbreviation(note.text, abbreviations)
    if cited is None:
        return None
    ref = parse_reference(cited.work, (note.line,), detect_styles=detect_styles, note=True)
    if ref.kind is RefKind.COMMENTARY or not (ref.title or ref.authors):
        return None
    # (the definition's own odd fields are said where it is written, not at each note)
    return replace(ref, raw=note.text, end_line=note.end_line, pages=None, anomalies=())


def _several_works(
    note: RawNote,
    detect_styles: bool,
    index: LiteratureIndex,
    literature: Sequence[LiteratureEntry] = (),
) -> list[tuple[Reference, LiteratureMatch | None]]:
    """Each work of a note that cites several (``A, Book, 1988; neuer B, Other, 2013``),
    parsed on its own (the rest of the note blanked, lines kept) and looked up (by its
    short title too: ``Richtlinie 2013/36/EU, Art. 135–136; ESRB (2014)``)."""
    spans = work_spans(note.text)
    works: list[tuple[Reference, LiteratureMatch | None]] = []
    name = ""
    for start, end in spans:
        # (the ";" after a work ends it as a full stop would; "ders." in a later work is the
        # name of the first one's author)
        blanked = "".join(
            c if start <= i < end or c == "\n" else "." if i == end else " "
            for i, c in enumerate(note.text)
        )
        if not name:
            name = author_text(note.text[start:end])
        else:
            blanked = pronoun_spelled(blanked, name)
        ref = parse_reference(
            blanked, note.line_starts or (note.line,), detect_styles=detect_styles, note=True
        )
        match = index.match(ref)
        short = cited_by_title(ref, literature) if match is None and literature else None
        works.append(short if short is not None else (ref, match))
    return works


def _note_lines(note: RawNote, markers: Iterable[Marker]) -> tuple[int, ...]:
    """Where a note stands: its markers' lines and its text's first line (a number alone
    on its line above the text in a PDF conversion), all in the note's own file."""
    text = note.line_starts[:1] if note.line_starts else ()
    return tuple(sorted({note.line, *text, *(m.line for m in markers if m.file == note.file)}))


def _is_note(note: RawNote, listed: set[str], markers: dict[str, list[Marker]]) -> bool:
    """May the note be commentary or start with a lead-in?  Not a reference-list entry
    cited by number (its text is the entry's), nor a definition no marker points to
    (an orphan stays a reference, so every check still looks at it)."""
    return note.text not in listed and note.label in markers


def _cites_author_date(raw: RawDocument, index: LiteratureIndex) -> bool:
    """Does the body cite two or more list entries author-date ("(Beck et al., 2022)")?
    (A note's own text, read as a block for the mentions it holds, is no body.)"""
    cited: set[int] = set()
    notes = {_spaced_head(note.text) for note in raw.footnotes}
    for block in raw.blocks:
        if _spaced_head(block.text) in notes:
            continue
        cited.update(index.mentioned(block.text))
        if len(cited) >= 2:
            return True
    return False


def _spaced_head(text: str) -> str:
    """The start of ``text`` with its spaces made one: a note and the block read from it
    compare equal."""
    return " ".join(text[:200].split())[:60]


def _key_match(
    by_key: dict[str, int], literature: list[LiteratureEntry], label: str, key: bool = False
) -> LiteratureMatch | None:
    """A note labelled with a citation key (``key``: read as one; else a label not all
    digits) is tied to the entry with that key."""
    k = by_key.get(label)
    if k is None or (label.isdigit() and not key):
        return None
    return LiteratureMatch(literature[k].number, "key", 100.0, index=k)


def _cited_key_match(
    by_key: dict[str, int], literature: list[LiteratureEntry], keys: tuple[str, ...]
) -> LiteratureMatch | None:
    """A note citing works by key (a LaTeX ``\\footcite[S. 4]{a}``) is tied to the entry of
    its first key: never to an earlier entry of the same title and year (``a`` and ``a2``,
    two printings the list keeps apart)."""
    k = by_key.get(keys[0]) if keys else None
    return None if k is None else LiteratureMatch(literature[k].number, "key", 100.0, index=k)


def _number_match(
    by_number: dict[int, int], literature: list[LiteratureEntry], note: RawNote
) -> LiteratureMatch | None:
    """Note ``n`` (or ``[n]``) made from literature entry ``n`` is tied to it (a key is no
    number)."""
    if note.key:
        return None
    label = note.label
    digits = label[1:-1] if label.startswith("[") and label.endswith("]") else label
    k = by_number.get(int(digits)) if digits.isdigit() else None
    if k is None or " ".join(literature[k].reference.raw.split()) != " ".join(note.text.split()):
        return None
    return LiteratureMatch(literature[k].number, "number", 100.0, index=k)


PARTIAL_MATCH = 95.0  # title score that links a note to a list that need not hold it


def _certain(match: LiteratureMatch, ref: Reference, index: LiteratureIndex) -> bool:
    """A link to a partial list needs the same URL or key, the one entry of the note's
    surname and year, or a nearly identical title with no year or first author's family
    name that contradicts it ("Alhazen", 1917 is not "Alhazen", 2008)."""
    if match.method in (
        "url",
        "key",
        "number",
        "author-year",
        DESIGNATION,
        DESIGNATED_PREFIX,
        CITE_LABEL,
    ):
        # (an author-year match is the one entry of that surname and year: a short note
        # "Müller 2010, S. 12." citing the list's "Hans Müller: Titel. Ort 2010.")
        return True
    if match.method != "title" or match.score < PARTIAL_MATCH:
        return False
    other = index.entry(match).reference
    if ref.year is not None and other.year is not None and ref.year != other.year:
        return False
    if not ref.authors or not other.authors:
        return True
    # (family names: a short note's "Müller" is the list's "Hans Müller" or "Müller, Hans")
    return same_family(family_name(ref.authors[0]), family_name(other.authors[0]))


# what a list's entry reports once, not again in a note made of it
_ENTRY_REPORTS = frozenset({AnomalyCode.DOI_INVALID, AnomalyCode.ISBN_INVALID})


def _tag(ref: Reference, footnote: str | None, entry: int | None) -> Reference:
    """Say which footnote or literature entry each of a reference's anomalies concerns."""
    tagged = tuple(replace(a, footnote=footnote, literature_entry=entry) for a in ref.anomalies)
    return replace(ref, anomalies=tagged)


def _literature(raw: RawDocument, detect_styles: bool) -> list[LiteratureEntry]:
    # "Ders.: Title" written as the name of the entry before ("Müller, Hans: Title")
    texts = spelled_out([note.text for note in raw.literature])
    parsed = natural_order_list(  # "Dan Roe, Ann Lee" in a list of natural-order names: two
        with_repeated_authors(  # "——. Title.": the authors of the entry before
            surname_first_list(  # "Berthier Hugo" in a list sorted by it: Berthier, Hugo
                capitals_first_list(  # "FERRAND Camille" in a list of "BOURDIEU, Pierre"
                    dutch_list(  # "Graaf, Anna de" in a Dutch list: de Graaf
                        [
                            note.reference
                            or (
                                # (an entry whose italics the reader saw: its title and kind)
                                italic_reference(
                                    text,
                                    note.marked,
                                    note.line_starts or (note.line,),
                                    note=False,
                                    detect_styles=detect_styles,
                                    title_run=True,
                                    keep_same=True,
                                )
                                if note.marked and text == note.text
                                else None
                            )
                            or replace(
                                parse_reference(
                                    text,
                                    note.line_starts or (note.line,),
                                    detect_styles=detect_styles,
                                ),
                                raw=note.text,
                            )
                            for note, text in zip(raw.literature, texts, strict=True)
                        ]
                    )
                )
            )
        )
    )
    # (a reader that reported an entry's malformed DOI at the DOI's own line, as the LaTeX
    # reader does for a written bibliography, has said it once already)
    doi_lines = sorted(
        a.line for a in raw.anomalies if a.code is AnomalyCode.DOI_INVALID and a.line
    )
    entries = []
    # (an entry lettered in revision, "3a", is numbered past the printed numbers: its place
    # in the list is the number of the entry after it)
    top = max((int(n.label) for n in raw.literature if n.label.isdigit()), default=0)
    for i, (note, ref) in enumerate(zip(raw.literature, parsed, strict=True), start=1):
        number = int(note.label) if note.label.isdigit() and not note.key else i
        if is_lettered(note.label) and not note.key:
            number = top + i
        nxt = raw.literature[i].line if i < len(raw.literature) else None
        ref = with_identifiers(ref)  # (PMID, PMCID, ISBN, arXiv id)
        if any(note.line <= line and (nxt is None or line < nxt) for line in doi_lines):
            kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.DOI_INVALID)
            ref = replace(ref, anomalies=kept)
        entries.append(
            LiteratureEntry(number, note.line, _tag(ref, None, number), note.label, note.file)
        )
    return entries


def _markers(raw: RawDocument) -> tuple[dict[str, list[Marker]], list[Anomaly]]:
    """Markers by label, each with the claim it supports (each block indexed once)."""
    indexes: dict[int, ClaimIndex] = {}

    def index(i: int) -> ClaimIndex:
        if i not in indexes:
            indexes[i] = ClaimIndex(raw.blocks[i])
        return indexes[i]

    held: dict[int, dict[int, str]] = {}

    def record(m: RawMarker) -> str | None:
        """The citation manager's record id of a marker read from a placeholder."""
        if m.block not in held:
            held[m.block] = records(raw.blocks[m.block].text) if m.block < len(raw.blocks) else {}
        return held[m.block].get(m.offset)

    found: dict[str, list[Marker]] = {}
    for m in raw.markers:
        previous = index(m.block - 1) if m.block > 0 else None
        claim = index(m.block).claim_at(m.offset, previous, row=m.row)
        marker = Marker(m.label, m.line, m.column, claim, m.displaced_from, m.file, record(m))
        found.setdefault(m.label, []).append(marker)
    truncated = sum(i.truncated for i in indexes.values())
    notes = []
    if truncated:
        notes.append(
            Anomaly(
                AnomalyCode.LIMIT_REACHED,
                f"{truncated} claim(s) longer than {MAX_CLAIM_CHARS:,} characters (no sentence "
                "end found) were shortened to their last words, after '…'",
                None,
            )
        )
    return found, notes


def _claimless(markers: dict[str, list[Marker]]) -> list[Anomaly]:
    return [
        Anomaly(
            AnomalyCode.CLAIM_NOT_FOUND,
            f"no text before marker {m.label}: the claim it supports cannot be found",
            m.line,
            footnote=m.label,
        )
        for ms in markers.values()
        for m in ms
        if m.claim is None or m.claim.kind is ClaimKind.NONE
    ]


def _entry_printed(entry: LiteratureEntry) -> str:
    """An entry's number as printed: its number, or its lettered label (``3a``)."""
    return entry.label if entry.label and is_lettered(entry.label) else str(entry.number)
