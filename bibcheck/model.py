"""The citation model: frozen dataclasses and enums only, no I/O.

Every object keeps the text it came from and the 1-based line where it was
found, so that a finding can always be traced back into the manuscript.
Readers produce a :class:`RawDocument` (syntax only); the ingest pipeline
turns it into a :class:`ParsedDocument` (parsed references, claims, links
between footnotes and the literature list, anomalies).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class RefKind(StrEnum):
    """What kind of work a reference points at."""

    WEB = "web"
    BOOK = "book"
    ARTICLE = "article"
    CHAPTER = "chapter"
    REPORT = "report"
    PATENT = "patent"  # a patent document, cited by its publication number
    THESIS = "thesis"  # a dissertation or thesis (until session 34: ``book``)
    UNKNOWN = "unknown"
    COMMENTARY = "commentary"  # a note with no bibliographic content: not a work


class ThesisType(StrEnum):
    """The degree a thesis was written for, as its designation says."""

    DOCTORAL = "doctoral"  # PhD thesis, Dissertation, thèse de doctorat, дис. … канд./д-ра наук
    MASTERS = "masters"  # master's thesis, Masterarbeit, tesi di laurea magistrale, 修士論文
    OTHER = "other"  # a bachelor's, diploma, licentiate or habilitation thesis, or unsaid


class Origin(StrEnum):
    """Where in the manuscript a reference was written."""

    FOOTNOTE = "footnote"
    LITERATURE = "literature"


class ClaimKind(StrEnum):
    """How the claim text at a marker was found."""

    QUOTE = "quote"
    SENTENCE = "sentence"
    NONE = "none"


class LinkPolicy(StrEnum):
    """Whether external links in the body are citations (HTML, reStructuredText, wikitext).

    ``auto``: only in a document with no footnotes or citation markers of its own
    (a blog post that cites by linking), or whose reader says its links cite beside them
    (:attr:`RawDocument.links_cite`: a news page with a "Sources" box); ``always``: in
    every document, next to its notes; ``never``: links are never citations.
    """

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class AnomalyCode(StrEnum):
    """Stable ids for everything odd found while ingesting.

    The values are part of the JSON interface: add new ones, never rename.
    """

    # URLs
    URL_ESCAPE_REMOVED = "url-escape-removed"
    URL_SPLIT_OVER_LINES = "url-split-over-lines"
    URL_TRAILING_PUNCTUATION = "url-trailing-punctuation"
    URL_NON_ASCII = "url-non-ascii"
    URL_MIXED_SCRIPT = "url-mixed-script"
    URL_REDIRECT_UNWRAPPED = "url-redirect-unwrapped"
    URL_LINK_TEXT_DIFFERS = "url-link-text-differs"
    URL_INVALID = "url-invalid"
    URL_MISSING = "url-missing"
    # reference fields
    YEAR_MALFORMED = "year-malformed"
    REFERENCE_UNPARSED = "reference-unparsed"
    ACCESS_DATE_INVALID = "access-date-invalid"
    # markers and numbering
    MARKER_WITHOUT_DEFINITION = "marker-without-definition"
    DEFINITION_WITHOUT_MARKER = "definition-without-marker"
    DUPLICATE_DEFINITION = "duplicate-definition"
    DUPLICATE_MARKER = "duplicate-marker"
    NUMBERING_GAP = "numbering-gap"
    NUMBERING_OUT_OF_ORDER = "numbering-out-of-order"
    MARKER_DISPLACED = "marker-displaced"
    LOST_MARKER = "lost-marker"
    MARKER_GLUED = "marker-glued"
    DEFINITION_CONTINUED = "definition-continued"
    CLAIM_NOT_FOUND = "claim-not-found"
    # literature list
    LITERATURE_NUMBERING = "literature-numbering"
    LITERATURE_DUPLICATE_NUMBER = "literature-duplicate-number"
    LITERATURE_DUPLICATE_ENTRY = "literature-duplicate-entry"  # same key or same work twice
    LITERATURE_MISSING = "literature-missing"
    LITERATURE_UNCITED = "literature-uncited"
    LITERATURE_URL_DIFFERS = "literature-url-differs"
    LITERATURE_TITLE_DIFFERS = "literature-title-differs"
    LITERATURE_YEAR_DIFFERS = "literature-year-differs"
    LITERATURE_PAGES_DIFFER = "literature-pages-differ"
    LITERATURE_WEAK_MATCH = "literature-weak-match"
    # document level
    ARTIFACT_LINE = "artifact-line"
    NO_LITERATURE_LIST = "no-literature-list"
    ENCODING_GUESSED = "encoding-guessed"
    # manuscripts in other formats (issue 7)
    DOCUMENT_DAMAGED = "document-damaged"  # truncated package, broken XML, unbalanced braces
    BIBLIOGRAPHY_UNREADABLE = "bibliography-unreadable"  # a named .bib missing or broken
    # the named .bib is absent and a .bbl's entries stand in (arXiv sources): info
    BIBLIOGRAPHY_SUBSTITUTED = "bibliography-substituted"
    REPEAT_NOTE_UNRESOLVED = "repeat-note-unresolved"  # "Ibid." / short note with no source
    # coverage: what could not be read is said, never passed over (issue 11)
    UNREAD_REGION = "unread-region"  # looks like citations (a References list...) but yielded none
    CITATION_KEY_MISSING = "citation-key-missing"  # \cite{k} / [@k] with no entry for k
    # "[@TODO: find the Swiss paper]": a draft's placeholder with a note on what is still
    # to be cited (info: no work is cited yet, none is missing)
    CITATION_PLACEHOLDER = "citation-placeholder"
    # an author-page citation "(Petroski 45)" whose author heads several entries of the
    # list, with no short title to tell which: the work cited is not known
    CITATION_AMBIGUOUS = "citation-ambiguous"
    # a citation manager's field whose shown text is not the text the manager wrote
    CITATION_TEXT_EDITED = "citation-text-edited"
    # \cite{scott70} resolved by BibTeX to the .bib's Scott70 (keys differ only in case)
    CITATION_KEY_CASE = "citation-key-case"
    # "[@a; b; @c]": a bibliography key in a Pandoc group written without its "@" (printed
    # as text, citing nothing)
    CITATION_KEY_UNMARKED = "citation-key-unmarked"
    INCLUDE_UNREADABLE = "include-unreadable"  # \input file missing, unreadable or a loop
    # \IfFileExists{x}{\input{x}}{} with x absent: skipped by LaTeX too (info, no gap)
    INCLUDE_OPTIONAL_ABSENT = "include-optional-absent"
    # \input{local-settings} in the preamble, absent: the preamble holds no cited text (info)
    INCLUDE_PREAMBLE_ABSENT = "include-preamble-absent"
    DUPLICATE_FIELD = "duplicate-field"  # a .bib entry that repeats a field (kept, flagged)
    # a .bib entry that repeats fields with the same value (a reference manager's export
    # writing its keywords line four times): nothing lost, one note per entry
    DUPLICATE_FIELD_SAME = "duplicate-field-same"
    # a .bib field naming an @string macro that no @string (of this file or an earlier
    # one of the same document) defines: BibTeX warns and leaves the field empty
    STRING_UNDEFINED = "string-undefined"
    # a .bib field name that misspells a standard one (``authors``, ``titel``): BibTeX
    # ignores it, so the entry lacks what it meant to give
    FIELD_NAME_MISSPELLED = "field-name-misspelled"
    # a .bib name BibTeX would refuse ("McInnes, L, and ..."): read as best it can be, kept
    NAME_MALFORMED = "name-malformed"
    # defects of .bib entries the document does not cite (a shared master .bib): one note
    # per file, info, not a finding about this document
    BIBLIOGRAPHY_UNCITED_DEFECTS = "bibliography-uncited-defects"
    DOI_NORMALISED = "doi-normalised"  # written as a resolver or proxy URL: the bare DOI is used
    READER_UNCERTAIN = "reader-uncertain"  # the chosen reader barely beat another
    LINK_NOT_CITED = "link-not-cited"  # body links matching no reference-list entry (info)
    # bounds and hostile input (issue 15)
    DOI_INVALID = "doi-invalid"  # characters no DOI can hold: refused, not exported verbatim
    # a citation key naming an identifier scheme whose identifier is not of its shape
    # (Manubot's "@pmc:4304851", "@isbn:123"): the work it meant is unknown
    IDENTIFIER_MALFORMED = "identifier-malformed"
    # an ISBN whose check digit does not match its digits: mistyped, no field of the entry
    ISBN_INVALID = "isbn-invalid"
    LIMIT_REACHED = "limit-reached"  # a size or count cap stopped reading part of the input
    # a cross reference to a section/figure id that no section or anchor has (AsciiDoc
    # "<<sec-results>>" with no such id): a broken internal reference, not a citation
    XREF_UNRESOLVED = "xref-unresolved"
    # a Sphinx page's bibliography directive without ``:all:`` prints the entries cited
    # across the project: every entry of its .bib files was read as the page's list (info)
    BIBLIOGRAPHY_PROJECT_WIDE = "bibliography-project-wide"
    # a .bib entry with no title, booktitle, maintitle or chapter: nothing names the work
    TITLE_MISSING = "title-missing"
    # a Pandoc document's ``csl:`` style file is not at hand and its name is no style id
    # bibcheck knows: the order of its printed list is assumed (recorded, no finding)
    CSL_STYLE_MISSING = "csl-style-missing"


@dataclass(frozen=True, slots=True)
class Anomaly:
    """Something odd, kept as data (never a traceback)."""

    code: AnomalyCode
    message: str
    line: int | None = None
    footnote: str | None = None  # footnote label it concerns
    literature_entry: int | None = None  # literature number it concerns
    # every line it concerns when there are several (a missing key cited at 3 places);
    # ``line`` is the first (stored since m011).
    lines: tuple[int, ...] = ()


# --------------------------------------------------------------------------
# What readers produce (syntax only)
# --------------------------------------------------------------------------


def _piece_start(piece: tuple[int, int]) -> int:
    return piece[0]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A logical paragraph of body text, markers removed.

    ``pieces`` maps offsets in ``text`` back to source lines: a tuple of
    ``(offset, line)`` pairs, ascending, the first at offset 0.  A paragraph
    interrupted by a footnote block or a page artifact is joined into one
    block, so it has several pieces.
    """

    text: str
    pieces: tuple[tuple[int, int], ...]
    # offsets where a sentence starts whatever the punctuation says: the starts of table
    # rows read as text lines, and of the line after each (see parse/table_rows.py)
    breaks: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int:
        """Source line of the character at ``offset`` (a binary search: blocks can be long)."""
        k = bisect_right(self.pieces, offset, key=_piece_start)
        return self.pieces[max(k - 1, 0)][1]


@dataclass(frozen=True, slots=True)
class RawMarker:
    """A footnote marker in the body (``<sup>3</sup>``, ``[^3]``)."""

    label: str
    line: int
    column: int
    block: int  # index into RawDocument.blocks
    offset: int  # position in the block's text where the marker stands
    displaced_from: int | None = None  # original line when the reader relocated it
    # the file ``line`` is a line of, when not the document's own: an included file
    # (``\\input{sec/intro}``, ``include::ch1.adoc[]``) relative to the document's folder
    file: str = ""
    # a citation in a table row's cell that is no sentence of its own: it claims the whole
    # row (its block up to the marker), whatever a sentence cell in the row says
    row: bool = False


@dataclass(frozen=True, slots=True)
class BibRecord:
    """One entry of a ``.bib`` file, decoded (see :mod:`bibcheck.bibfile`)."""

    entry_type: str  # lower case
    key: str
    fields: dict[str, str]  # lower-case names; text decoded to Unicode, URLs verbatim
    authors: tuple[str, ...]  # "Family, Given" (organisations as written)
    field_lines: dict[str, int]  # 1-based line of each field
    raw: str
    line: int  # 1-based
    end_line: int
    # fields written twice: (name, line, value) of each ignored repeat (the first counts)
    repeated: tuple[tuple[str, int, str], ...] = ()
    # @string macros no @string defines: (field, macro, line) of each (the field is empty,
    # as BibTeX leaves it)
    undefined: tuple[tuple[str, str, int], ...] = ()
    # fields taken from a crossref/xdata parent (a chapter's DOI may be its book's)
    inherited: frozenset[str] = frozenset()
    editors: tuple[str, ...] = ()  # the editor field's people, "Family, Given"


@dataclass(frozen=True, slots=True)
class BibliographyFile:
    """A bibliography file a document's citation keys were looked up in (the coverage
    line says where the entries came from)."""

    name: str  # as the document (or the command line) names it
    entries: int  # entries read from it
    # "line 12" (in the document), "_quarto.yml", "chapter1.tex, line 3", "--bibliography",
    # or "" (found by bibcheck: a .bbl beside the document, the page of a Sphinx project
    # that holds the citation targets the document cites)
    named_in: str

    def text(self) -> str:
        """``"refs.bib (42 entries, named in _quarto.yml)"``."""
        count = f"{self.entries} {'entry' if self.entries == 1 else 'entries'}"
        if not self.named_in:
            return f"{self.name} ({count})"
        if self.named_in == "--bibliography":
            where = "from --bibliography"
        elif self.named_in.startswith("line "):
            where = f"named at {self.named_in}"
        else:
            where = f"named in {self.named_in}"
        return f"{self.name} ({count}, {where})"


@dataclass(frozen=True, slots=True)
class RawNote:
    """A footnote definition or a literature-list item, verbatim."""

    label: str  # footnote label, or the list number as written
    text: str  # the text with continuation lines joined by "\n"
    line: int  # first line
    end_line: int
    line_starts: tuple[int, ...] = ()  # source line of each "\n"-separated part
    reference: Reference | None = None  # already parsed (a .bib entry): used as is
    # further works the note cites beside its own reference (a Wikipedia note's second
    # ``{{harvnb}}``): each is looked up in the literature list, and is cited by the note
    also: tuple[Reference, ...] = ()
    # a literature entry listed on purpose without a citation (``\nocite{key}``,
    # ``\nocite{*}``, Pandoc's ``nocite:``, org's ``[cite/n:@key]``): no uncited entry
    nocite: bool = False
    # the file ``line`` is a line of, when not the document's own: an included file, or
    # the bibliography file (``refs.bib``) an entry was read from
    file: str = ""
    # the label is a citation key (``\cite{6773024}``, ``[@123]``, a ``.bib`` entry's key):
    # a name the reader read as one, never a footnote or list number, whatever its characters
    key: bool = False
    # a note printed without a marker on purpose (LaTeX's ``\footnotetext`` that no
    # ``\footnotemark`` points at: a CV's legend, a title-page note): no marker is missing
    unmarked: bool = False
    # the text with its italic runs marked ``*run*`` (a Word note's or list entry's), when
    # the reader saw italics the text does not show: the parsers read the title from them
    marked: str = ""
    # the citation keys a note cites, in order (a LaTeX ``\footcite{a,b}``'s note): the
    # note is the first listed key's entry, never another entry with the same title, and
    # each listed key's entry is cited
    cites: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RawDocument:
    """The syntax-level result of a reader."""

    reader: str
    title: str | None
    blocks: tuple[TextBlock, ...]
    markers: tuple[RawMarker, ...]
    footnotes: tuple[RawNote, ...]
    literature: tuple[RawNote, ...]
    anomalies: tuple[Anomaly, ...] = ()
    literature_heading_line: int | None = None
    # Numeric citation styles ([3] ... [3], \cite{k} twice) cite one source again by
    # repeating its marker: a repeated marker is then not a numbering defect.
    markers_reusable: bool = False
    # Notes may cite works the literature list leaves out (Wikipedia: full citations in
    # notes, the list only for short ones): a note not in the list is then no defect.
    literature_partial: bool = False
    # External links in the body, each a possible citation of the sentence around it
    # (labels "L1", "L2"...; one note per distinct URL). Whether they count is
    # decided by the LinkPolicy at ingest, not by the reader.
    link_markers: tuple[RawMarker, ...] = ()
    link_notes: tuple[RawNote, ...] = ()
    # The body links cite even beside the document's own citations (the LinkPolicy
    # "auto" counts them): a news page's "Sources" box lists some of the sources, and
    # its inline attribution links are the citations of the others.
    links_cite: bool = False
    # Labels are names the output renumbers (Pandoc's [^10]): gaps, order and repeats
    # of numeric labels are no numbering defects.
    labels_are_names: bool = False
    # The references need citation-style detection (APA, Chicago, IEEE ...) even if
    # the reader does not ask for it in general (a Markdown post with a numbered list).
    detect_styles: bool = False
    # The bibliography files citation keys were looked up in (readers that cite by key).
    bibliographies: tuple[BibliographyFile, ...] = ()
    # The notes are defined under a References-like heading (an rst "References" section
    # of ``.. [#key]`` footnotes, Markdown ``[^1]:`` under "## References"): they are the
    # document's list of sources, so no literature list is missing.
    notes_are_the_list: bool = False
    # Labels of literature entries other documents cite (a Sphinx book's bibliography page
    # serves every chapter): one this document does not cite is not uncited.
    literature_cited_elsewhere: frozenset[str] = frozenset()
    # Numbering restarts per section (a citeproc bibliography per section): markers and
    # entries are labelled ``<part>.<n>``, ``n`` as printed.
    numbered_by_part: bool = False
    # The document's language as its reader told it from its body before reading its notes
    # (a package's: :func:`bibcheck.readers.bodylanguage.document_language` over its body's
    # paragraphs); None: told from the blocks
    language: str | None = None


# --------------------------------------------------------------------------
# Parsed model
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedUrl:
    """A URL found in a reference: as written, and cleaned for use."""

    raw: str  # as written in the document (may span lines, keep escapes)
    url: str | None  # clean, usable (percent-encoded) URL; None if unusable
    display: str | None = None  # clean URL with non-ASCII kept as written
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference parsed into fields; ``raw`` is never rewritten."""

    raw: str
    line: int
    end_line: int
    kind: RefKind = RefKind.UNKNOWN
    style: str = "generic"
    authors: tuple[str, ...] = ()
    title: str | None = None
    responsibility: str | None = None  # statement after " / "
    host: str | None = None  # host item after " // "
    year: int | None = None
    year_raw: str | None = None
    url: str | None = None
    url_raw: str | None = None
    url_display: str | None = None
    access_date: date | None = None
    access_date_raw: str | None = field(default=None, metadata={"json": False})
    publisher: str | None = None
    place: str | None = None
    pages: str | None = None
    page_count: int | None = None
    doi: str | None = None
    language: str | None = None
    electronic: bool = False  # "[Electronic resource]" designation present
    # stored as rows of their own and exported as the document's anomalies
    anomalies: tuple[Anomaly, ...] = field(default=(), metadata={"row": False, "json": False})
    volume: str | None = None  # of the host (journal, series), as written: "12", "XII"
    issue: str | None = None  # number of the host issue, as written
    archive_url: str | None = None  # an archived copy named by the document (archive-url=)
    # every other URL the reference's text names (``url`` is the first): checked and
    # archived too; stored as the reference's rows of ``reference_urls``
    links: tuple[str, ...] = field(default=(), metadata={"row": False})
    # a thesis (kind ``thesis``): the degree, its designation as written ("PhD thesis",
    # "Dissertation", "Tesi di laurea"), and the university or school it was written at
    # (never its publisher)
    thesis_type: ThesisType | None = None
    thesis_designation: str | None = None
    institution: str | None = None
    # the work's registry identifiers (session 66): its PubMed id ("31986264"), PubMed
    # Central id ("PMC7159299"), ISBN (10 or 13 digits, no hyphens, a valid check digit)
    # and arXiv id ("2106.09685v2", "hep-th/9901001"), as the entry names them
    pmid: str | None = None
    pmcid: str | None = None
    isbn: str | None = None
    arxiv: str | None = None
    # the edition as written ("2nd", "3rd rev.", "2. Aufl.") and the series the work appeared
    # in ("Lecture Notes in Computer Science"), as structured sources name them (RIS ``ET``,
    # ``T3``; BibTeX ``edition``, ``series``; CSL-JSON ``edition``, ``collection-title``)
    edition: str | None = None
    series: str | None = None
    # the editors the entry names: of the work, or of its host for a chapter (BibTeX's and
    # CSL's ``editor``); an edited volume's editors are its ``authors`` too (the names the
    # work goes by). ``number``: a report's, standard's or patent's number in its series,
    # as written ("ISO 19115-1:2014", "TR-2019-04"; BibTeX/CSL ``number``, RIS ``SN``/``M1``)
    editors: tuple[str, ...] = ()
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """The text a footnote marker supports."""

    text: str
    kind: ClaimKind
    line: int


def place(line: int, file: str = "") -> str:
    """A line as people read it: ``"12"`` in the document, ``"sec/intro.tex:12"`` in
    another file (an included one, the .bib an entry came from)."""
    return f"{file}:{line}" if file else str(line)


@dataclass(frozen=True, slots=True)
class Marker:
    label: str
    line: int
    column: int
    claim: Claim | None = field(metadata={"row": False})  # a row of its own
    displaced_from: int | None = None
    file: str = ""  # the file ``line`` is in, when not the document itself (see RawMarker)
    # the citation manager's record id when the marker is an unformatted placeholder
    # ("{Smith, 2001 #123}": "endnote:123"; see bibcheck/parse/cmplaceholders.py), else None
    record: str | None = None


@dataclass(frozen=True, slots=True)
class LiteratureMatch:
    """How a footnote was tied to its literature entry."""

    number: int
    method: str  # "url", "title", "url~" (a URL differing by a typo)
    score: float  # 0..100
    # position in the literature list (numbers may repeat); -1 unknown; not stored
    index: int = field(default=-1, compare=False)


@dataclass(frozen=True, slots=True)
class Footnote:
    label: str
    number: int | None  # numeric label, if any
    line: int
    reference: Reference
    markers: tuple[Marker, ...] = ()
    literature: LiteratureMatch | None = None
    file: str = ""  # the file ``line`` is in, when not the document itself (see RawNote)


@dataclass(frozen=True, slots=True)
class LiteratureEntry:
    number: int
    line: int
    reference: Reference
    label: str = ""
    file: str = ""  # the file ``line`` is in (a .bib), when not the document itself


class SourceFormat(StrEnum):
    """The container a document's text was taken from."""

    TEXT = ""  # the file's own text
    NOTEBOOK = "jupyter-notebook"  # a Jupyter notebook's Markdown cells (not code or outputs)


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """Everything ingest knows about one manuscript."""

    id: str  # sha256 of the bytes
    path: str
    reader: str
    title: str | None
    encoding: str
    footnotes: tuple[Footnote, ...]
    literature: tuple[LiteratureEntry, ...]
    anomalies: tuple[Anomaly, ...] = field(default=())
    stray_markers: tuple[Marker, ...] = field(default=())  # markers with no definition
    # How the reader was chosen (issue 11): its score on the text, 0..1 (None: unknown,
    # e.g. stored by an older bibcheck), and "content", "option" (--reader),
    # "signature" or "extension" (binary formats).
    reader_confidence: float | None = None
    reader_chosen_by: str = ""
    # The bibliography files the citation keys were looked up in, and where each was named.
    bibliographies: tuple[BibliographyFile, ...] = ()
    # The container the text was taken from (a Jupyter notebook's Markdown cells).
    source_format: SourceFormat = SourceFormat.TEXT

    def all_anomalies(self) -> list[Anomaly]:
        """Document anomalies plus every reference's own, in line order."""
        found = list(self.anomalies)
        for fn in self.footnotes:
            found.extend(fn.reference.anomalies)
        for entry in self.literature:
            found.extend(entry.reference.anomalies)
        return sorted(found, key=lambda a: (a.line or 0, a.code.value, a.message))

    def anomaly_file(self, anomaly: Anomaly) -> str:
        """The file ``anomaly.line`` is a line of when not the document's own: that of the
        footnote or literature entry it concerns (an included chapter, the project's
        bibliography page, a .bib) when the line falls within it; "" otherwise.  (For
        many anomalies, build one :meth:`placer`.)"""
        return self.placer().anomaly_file(anomaly)

    def line_places(
        self, lines: Iterable[int], footnotes: Iterable[str] = (), literature: Iterable[int] = ()
    ) -> tuple[str, ...]:
        """``lines`` as people read them: see :meth:`LinePlacer.places`."""
        return self.placer().places(lines, footnotes, literature)

    def placer(self) -> LinePlacer:
        """Where this document's lines are, indexed once for many lookups."""
        by_label: dict[str, list[_Span]] = {}
        by_number: dict[int, list[_Span]] = {}
        for e in self.literature:
            if e.file:
                by_number.setdefault(e.number, []).append(
                    (e.file, e.line, max(e.line, e.reference.end_line))
                )
        for fn in self.footnotes:
            spans = [(m.file, m.line, m.line) for m in fn.markers if m.file]
            if fn.file:
                spans.append((fn.file, fn.line, max(fn.line, fn.reference.end_line)))
            if spans:
                by_label.setdefault(fn.label, []).extend(spans)
        return LinePlacer(by_label, by_number)


_Span = tuple[str, int, int]  # (file, first line, last line)


@dataclass(frozen=True, slots=True)
class LinePlacer:
    """The files a document's lines are in, by the footnotes and literature entries in
    other files (an included chapter, the project's bibliography page, a .bib)."""

    by_label: Mapping[str, list[_Span]]
    by_number: Mapping[int, list[_Span]]

    def places(
        self, lines: Iterable[int], footnotes: Iterable[str] = (), literature: Iterable[int] = ()
    ) -> tuple[str, ...]:
        """``lines`` as people read them (:func:`place`): ``sec/intro.tex:12`` when a line
        is in another file -- that of one of the ``footnotes`` (labels) or ``literature``
        entries (numbers) it concerns, whose text or marker holds it -- ``12`` otherwise."""
        spans = self._spans(footnotes, literature)
        return tuple(place(n, _file_at(n, spans)) for n in lines)

    def anomaly_file(self, anomaly: Anomaly) -> str:
        """The file of ``anomaly``'s line when not the document's own, else ""."""
        if anomaly.line is None:
            return ""
        footnotes = () if anomaly.footnote is None else (anomaly.footnote,)
        literature = () if anomaly.literature_entry is None else (anomaly.literature_entry,)
        return _file_at(anomaly.line, self._spans(footnotes, literature))

    def _spans(self, footnotes: Iterable[str], literature: Iterable[int]) -> list[_Span]:
        if not self.by_label and not self.by_number:
            return []
        spans = [s for n in literature for s in self.by_number.get(n, ())]
        return spans + [s for label in footnotes for s in self.by_label.get(label, ())]


def _file_at(line: int, spans: list[_Span]) -> str:
    """The file of the first span holding ``line``, or ""."""
    return next((file for file, first, last in spans if first <= line <= last), "")


# --------------------------------------------------------------------------
# Link checking (issue 3) — declared here so every stage shares one vocabulary
# --------------------------------------------------------------------------


class LinkStatus(StrEnum):
    """The closed set of verdicts for a checked URL."""

    ALIVE = "alive"
    MOVED = "moved"
    DEAD = "dead"
    SOFT_404 = "soft_404"
    BLOCKED = "blocked"
    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    DNS_ERROR = "dns_error"
    TLS_ERROR = "tls_error"
    CONNECTION_ERROR = "connection_error"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    INVALID_URL = "invalid_url"
    FORBIDDEN_ADDRESS = "forbidden_address"
    UNSUPPORTED_SCHEME = "unsupported_scheme"
    DEFERRED = "deferred"


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """One observation of one URL."""

    url: str
    status: LinkStatus
    checked_at: datetime
    reason: str = ""
    http_status: int | None = None
    final_url: str | None = None
    redirects: tuple[str, ...] = ()
    elapsed_ms: int | None = None
    page_title: str | None = None
    page_text: str | None = None  # first part of the visible text, for drift checks
    # True when the engine judged the machine offline (see bibcheck.check.engine): the
    # verdict then says nothing about the URL and must not count as evidence.
    offline: bool = field(default=False, metadata={"row": False})


# --------------------------------------------------------------------------
# Archive lookups (issue 4) and findings (issue 5)
# --------------------------------------------------------------------------


class ArchiveOutcome(StrEnum):
    """The three outcomes of an archive lookup (lychee's Ok(Some) / Ok(None) / Err)."""

    FOUND = "found"
    NOT_ARCHIVED = "not_archived"
    LOOKUP_FAILED = "lookup_failed"


@dataclass(frozen=True, slots=True)
class ArchiveLookup:
    """One lookup of one URL in a web archive."""

    url: str
    outcome: ArchiveOutcome
    looked_up_at: datetime
    archive: str = "wayback"
    snapshot_url: str | None = None
    snapshot_timestamp: str | None = None  # 14 digits, YYYYMMDDhhmmss
    target_date: date | None = None  # the date the choice aimed at
    verified: bool = False  # the snapshot answered when fetched
    drift_score: float | None = None  # 0..1 similarity of live page and snapshot
    drifted: bool | None = None
    quote_in_live: bool | None = None  # the claim's quotation found in the live page
    quote_in_snapshot: bool | None = None
    detail: str = ""
    saved: bool = False  # the snapshot was made by this lookup (Save Page Now)


class FindingKind(StrEnum):
    """Stable ids of finding kinds, in the order reports list them (part of the JSON interface)."""

    BROKEN_LINK = "broken-link"
    LINK_MOVED = "link-moved"
    LINK_UNVERIFIABLE = "link-unverifiable"
    CONTENT_DRIFT = "content-drift"
    DUPLICATE_CITATION = "duplicate-citation"
    NEAR_DUPLICATE_URL = "near-duplicate-url"
    FOOTNOTE_LITERATURE_MISMATCH = "footnote-literature-mismatch"
    UNCITED_LITERATURE_ENTRY = "uncited-literature-entry"
    MISSING_LITERATURE_ENTRY = "missing-literature-entry"
    FOOTNOTE_NUMBERING = "footnote-numbering"
    LITERATURE_NUMBERING = "literature-numbering"
    LOST_MARKER = "lost-marker"
    MALFORMED_FIELD = "malformed-field"
    STYLE_LINT = "style-lint"
    CLAIM_SOURCE_MISMATCH = "claim-source-mismatch"
    COVERAGE_GAP = "coverage-gap"  # part of the document was not read (issue 11)
    # citation verification (issue 13): from the stored verifications
    REFERENCE_NOT_FOUND = "reference-not-found"
    REFERENCE_MISCITED = "reference-miscited"
    IDENTIFIER_CONFLICT = "identifier-conflict"
    RETRACTED_SOURCE = "retracted-source"
    SOURCE_UNDER_CONCERN = "source-under-concern"
    CORRECTED_SOURCE = "corrected-source"
    PREPRINT_PUBLISHED = "preprint-published"
    PAGE_TITLE_MISMATCH = "page-title-mismatch"
    SWAPPED_URLS = "swapped-urls"
    PAGE_METADATA_DIFFERS = "page-metadata-differs"
    QUOTATION_NOT_FOUND = "quotation-not-found"
    QUOTATION_CHANGED = "quotation-changed"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# The thresholds ``--fail-on`` accepts: a severity (that one or worse fails), or never.
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class Finding:
    """Something an editor should look at, with the evidence to judge it."""

    kind: FindingKind
    severity: Severity
    message: str
    suggestion: str = ""
    document: str | None = None
    footnotes: tuple[str, ...] = ()
    literature_entries: tuple[int, ...] = ()
    lines: tuple[int, ...] = ()
    urls: tuple[str, ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()  # (name, value) pairs, e.g. scores


# --------------------------------------------------------------------------
# Citation verification (issue 13)
# --------------------------------------------------------------------------


class VerifyAspect(StrEnum):
    """What a verification looked at."""

    IDENTITY = "identity"  # is the reference a work some registry knows, as cited?
    STATUS = "status"  # retracted, under an expression of concern, corrected?
    VERSION = "version"  # a preprint with a published version?
    PAGE = "page"  # is the cited web page the work named in the reference?
    QUOTATION = "quotation"  # is the quoted text on the cited page?


class VerifyVerdict(StrEnum):
    """The closed set of verification verdicts (part of the JSON interface)."""

    # identity
    VERIFIED = "verified"
    MISCITED = "miscited"  # the work exists; fields of the reference differ from it
    IDENTIFIER_CONFLICT = "identifier_conflict"  # the DOI belongs to a different work
    NOT_FOUND = "not_found"  # no registry knows it: a possible fabrication
    UNVERIFIABLE = "unverifiable"  # no registry covers it, or one could not be asked
    # status after publication
    CURRENT = "current"  # no notice known
    RETRACTED = "retracted"  # retraction, withdrawal or removal
    CONCERN = "expression_of_concern"
    CORRECTED = "corrected"  # correction, erratum, corrigendum, addendum (not a retraction)
    # version
    PREPRINT_PUBLISHED = "preprint_published"
    # page
    PAGE_MATCHES = "page_matches"
    PAGE_MISMATCH = "page_mismatch"
    PAGE_INCONCLUSIVE = "page_inconclusive"
    # quotation
    QUOTE_FOUND = "quote_found"
    QUOTE_CHANGED = "quote_changed"  # a nearby passage differs (a number, a name, words)
    QUOTE_NOT_FOUND = "quote_not_found"
    QUOTE_UNCHECKED = "quote_unchecked"  # no usable page, a translated quotation...


@dataclass(frozen=True, slots=True)
class Verification:
    """One verified aspect of one reference; ``key`` is unique and stable across runs.

    ``differences`` are ``(field, as cited, as registered)`` triples; ``candidates``
    are ``(doi, title, score)`` of the registry answers weighed; ``evidence`` holds
    further ``(name, value)`` pairs.  ``degraded`` marks a verdict reached without
    a registry that could not be asked: it is never evidence against the reference.
    """

    key: str
    document: str
    aspect: VerifyAspect
    verdict: VerifyVerdict
    verified_at: datetime
    footnote: str | None = None  # label of the footnote verified
    literature_entry: int | None = None  # number of the literature entry verified
    line: int | None = None
    subject: str = ""  # the DOI or URL the aspect is about ('' for the reference itself)
    doi: str | None = None  # the DOI of the registered work it was matched with
    source: str = ""  # crossref, openalex, doi (content negotiation), live, archive...
    score: float | None = None  # 0..1 similarity that decided the verdict
    suggestion: str = ""
    detail: str = ""
    degraded: bool = False
    differences: tuple[tuple[str, str, str], ...] = ()
    candidates: tuple[tuple[str, str, str], ...] = ()
    evidence: tuple[tuple[str, str], ...] = ()
