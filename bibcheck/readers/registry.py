"""The reader registry and reader choice: which reader fits a manuscript (see the package doc)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from bibcheck.errors import InputError, NothingCitedError
from bibcheck.model import RawDocument
from bibcheck.readers.cff import cff_refusal, is_cff
from bibcheck.readers.citesunread import cites_unread_message, unread_citations
from bibcheck.readers.cmunlisted import placeholder_refusal
from bibcheck.readers.datedunlisted import dated_refusal, typed_dated_works
from bibcheck.readers.evidence import (
    JSX_WHAT,
    citation_evidence,
    describe,
    suggested,
    unread_note_bodies,
)
from bibcheck.readers.homecode import outside_code
from bibcheck.readers.mask import mask, mask_shown_code

MIN_CONFIDENCE = 0.3  # a winner scoring less is no winner
MARGIN = 0.15  # a runner-up this close makes the choice uncertain


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options a reader may use, as the command line gives them.

    ``bibliography``: extra ``.bib`` / CSL-JSON files (absolute, or relative to the
    working directory) on top of those the manuscript names itself.
    """

    bibliography: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reader:
    """A registered reader."""

    name: str
    extensions: tuple[str, ...]
    score: Callable[[str], float]  # how well the text fits, 0..1
    read: Callable[[str], RawDocument]
    # Optional, for formats that are not plain text or need the file's path:
    read_bytes: Callable[[bytes, str], RawDocument] | None = None  # (data, path)
    sniff: Callable[[bytes], bool] | None = None  # do these bytes belong to this reader?
    read_at: Callable[[str, str], RawDocument] | None = None  # (text, path)
    detect_styles: bool = False  # parse references with citation-style detection
    # (text, path, options): for readers that take options such as --bibliography
    read_opts: Callable[[str, str, ReadOptions], RawDocument] | None = None
    # (data, path, options): a byte-level reader that takes options (DOCX: --bibliography)
    read_bytes_opts: Callable[[bytes, str, ReadOptions], RawDocument] | None = None
    # The text as the format renders it (code and markup syntax left out), for formats
    # whose syntax the shared masking does not know: Typst's ``align(right)[12]`` is a
    # content block, not a citation [12]. Evidence of unread citations is sought in it.
    prose: Callable[[str], str] | None = None
    # (text, path): a score that also looks at the file and its project, for formats
    # whose extension or project files settle what the text alone leaves open (a
    # Quarto chapter whose bibliography its folder's ``_metadata.yml`` names). It is
    # given the text as written (not masked): it masks what it must itself.
    score_at: Callable[[str, str], float] | None = None
    # (text, path, options): a score that also looks at the bibliography files given on
    # the command line (a Typst chapter citing ``@key`` of ``--bibliography refs.bib``)
    score_opts: Callable[[str, str, ReadOptions], float] | None = None

    def fit(
        self, text: str, masked: str, path: str | PurePath, options: ReadOptions | None = None
    ) -> float:
        """The score on ``masked`` (``text`` with code and math blanked), or with
        ``score_at`` the score on ``text`` at ``path`` (with ``score_opts``, given the
        options too)."""
        if self.score_opts is not None:
            return self.score_opts(text, str(path), options or ReadOptions())
        if self.score_at is not None:
            return self.score_at(text, str(path))
        return self.score(masked)

    def read_text(self, text: str, path: str, options: ReadOptions | None = None) -> RawDocument:
        """Read decoded text, passing the path and options to readers that want them."""
        if self.read_opts is not None:
            return self.read_opts(text, path, options or ReadOptions())
        if self.read_at is not None:
            return self.read_at(text, path)
        return self.read(text)

    def read_data(self, data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
        """Read a binary file (a reader with ``read_bytes``), passing the options to
        readers that take them."""
        if self.read_bytes_opts is not None:
            return self.read_bytes_opts(data, path, options or ReadOptions())
        if self.read_bytes is None:
            raise InputError(f"the {self.name} reader reads text, not bytes")
        return self.read_bytes(data, path)

    @property
    def takes_options(self) -> bool:
        return self.read_opts is not None or self.read_bytes_opts is not None


@dataclass(frozen=True, slots=True)
class Choice:
    """The reader chosen for a document, and how sure the choice is."""

    reader: Reader
    confidence: float  # the reader's score on the masked text, 0..1
    chosen_by: str  # "content", "option" (--reader), "signature" or "extension" (bytes)
    runner_up: str | None = None
    runner_up_score: float = 0.0

    @property
    def uncertain(self) -> bool:
        """A runner-up scored within :data:`MARGIN` of the winner."""
        return self.runner_up is not None and self.confidence - self.runner_up_score < MARGIN


@dataclass(frozen=True, slots=True)
class Entry:
    """A reader as the registry lists it before its module is loaded: its name, the
    extensions it claims, and cheap signs of its format (:mod:`formatsigns`).

    ``module`` is imported (it registers its :class:`Reader`) the first time the reader
    is scored in earnest, asked for by name or chosen: a plain-text manuscript never
    loads the HTML reader's BeautifulSoup nor the office packages' XML readers.
    ``signs``, on the masked text, is False only where the reader's score is 0 (a reader
    scored on the masked text alone, no ``score_at``); None: always scored.
    """

    name: str
    extensions: tuple[str, ...]
    module: str = ""  # "": registered directly (the reader is loaded already)
    signs: Callable[[str], bool] | None = None
    sniff: Callable[[bytes], bool] | None = None  # a byte-level reader's signature
    binary: bool = False  # read from its bytes (``read_bytes``)

    def load(self) -> Reader:
        """The reader, its module imported on first use."""
        reader = _REGISTRY.get(self.name)
        if reader is None and self.module:
            importlib.import_module(self.module)
            reader = _REGISTRY.get(self.name)
        if reader is None:
            raise InputError(f"the {self.name} reader did not register itself")
        return reader

    def fit(
        self, text: str, masked: str, path: str | PurePath, options: ReadOptions | None = None
    ) -> float:
        """:meth:`Reader.fit`, 0 without loading the reader where its signs are absent."""
        if self.signs is not None and not self.signs(masked):
            return 0.0
        return self.load().fit(text, masked, path, options)


_REGISTRY: dict[str, Reader] = {}  # the readers loaded
_ENTRIES: dict[str, Entry] = {}  # every reader, in registration order


def enlist(entry: Entry) -> Entry:
    """List a reader by its entry, its module loaded on first use."""
    _ENTRIES[entry.name] = entry
    return entry


def register(reader: Reader) -> Reader:
    """Add a reader to the registry (a later one with the same name replaces it); one
    not listed yet is listed after the others."""
    _REGISTRY[reader.name] = reader
    if reader.name not in _ENTRIES:
        enlist(
            Entry(
                reader.name,
                reader.extensions,
                sniff=reader.sniff,
                binary=reader.read_bytes is not None,
            )
        )
    return reader


def readers() -> list[Entry]:
    """All listed readers, in registration order (none of them loaded by this)."""
    return list(_ENTRIES.values())


def get_reader(name: str) -> Reader:
    """The reader called ``name``."""
    try:
        entry = _ENTRIES[name]
    except KeyError:
        known = ", ".join(sorted(_ENTRIES))
        raise InputError(f"unknown reader {name!r} (known: {known})") from None
    return entry.load()


def scores(
    path: str | PurePath, text: str, options: ReadOptions | None = None
) -> list[tuple[float, Entry]]:
    """Every reader's score on ``text`` with code and math masked, best first.

    A reader of another format than the one that claims the file's extension is scored
    on the text outside that format's code and front matter (:func:`outside_code`),
    and ranks :data:`MARGIN` lower while a reader of the extension fits: a Markdown post
    showing Typst or LaTeX examples is Markdown. Equal standings are ordered by the file
    extension (a reader that claims it first: a foreign reader beating the file's own by
    exactly the margin does not win on its raw score), then by score, then by
    registration order.
    """
    masked = mask(text)
    ext = PurePath(path).suffix.lower()
    claimed = _claimed(path)
    # (a reader of another format is scored on the text outside the file's own code)
    own = outside_code(text, ext) if claimed else text
    own_masked = masked if own is text else own
    fits = [
        (
            reader.fit(text, masked, path, options)
            if not claimed or ext in reader.extensions
            else reader.fit(own, own_masked, path, options),
            ext in reader.extensions,
            reader,
        )
        for reader in readers()
    ]
    home = max((score for score, mine, _ in fits if mine), default=0.0)
    ranked = [
        (_standing(score, mine, home), 1 if mine else 0, -k, score, reader)
        for k, (score, mine, reader) in enumerate(fits)
    ]
    ranked.sort(key=lambda r: (r[0], r[1], r[3], r[2]), reverse=True)
    return [(score, reader) for _, _, _, score, reader in ranked]


def _standing(score: float, mine: bool, home: float) -> float:
    """A reader's rank in the choice: its score, less :data:`MARGIN` for a reader of
    another format than the file extension's while a reader of the extension's own fits
    (``home`` reaching :data:`MIN_CONFIDENCE`): a ``.md`` file is read as Markdown
    unless another format's evidence outside its code is overwhelming.  Rounded (to
    :data:`_PLACES` decimals), so that a score exactly the margin above the home reader's
    ties with it whatever the binary fractions make of the subtraction."""
    if mine or home < MIN_CONFIDENCE:
        return round(score, _PLACES)
    return round(max(score - MARGIN, 0.0), _PLACES)


_PLACES = 9  # (0.48 - 0.15 is 0.32999999999999996 in binary floating point)


def choose(path: str | PurePath, text: str, options: ReadOptions | None = None) -> Choice:
    """The reader that fits ``text`` best, or InputError saying what the text holds."""
    ranked = [(s, r) for s, r in scores(path, text, options) if s > 0]
    if not ranked or ranked[0][0] < MIN_CONFIDENCE:
        message = refusal(path, text, ranked)
        if not citation_evidence(mask_shown_code(text)):
            if works := typed_dated_works(mask_shown_code(text)):  # (it cites: never "nothing")
                raise InputError(f"{path}: {dated_refusal(works)}")
            if placed := placeholder_refusal(mask_shown_code(text)):  # ("{Smith, 2001 #12}")
                raise InputError(f"{path}: {placed}")
            raise NothingCitedError(message)
        raise InputError(message)
    score, entry = ranked[0]
    if len(ranked) > 1:
        return Choice(entry.load(), score, "content", ranked[1][1].name, ranked[1][0])
    return Choice(entry.load(), score, "content")


def forced(name: str, path: str | PurePath, text: str) -> Choice:
    """The reader named by ``--reader``, with its score on ``text`` as its confidence."""
    reader = get_reader(name)
    score = reader.fit(text, mask(text), path) if reader.read_bytes is None else 1.0
    return Choice(reader, score, "option")


def refusal(path: str | PurePath, text: str, ranked: list[tuple[float, Entry]]) -> str:
    """Why no reader was chosen: what the text holds, and which --reader might read it."""
    if is_cff(path, text):
        return cff_refusal(path)
    evidence = citation_evidence(mask_shown_code(rendered(path, text)))
    if not evidence and not ranked:
        message = (
            f"{path}: no reader recognises this document "
            "(no footnote markers, footnote definitions or reference list found)"
        )
        if not _claimed(path):
            return message
        # (the file's own kind is the guess: a Quarto page that is only front matter)
        cites = hint(evidence, ranked, path).replace(" Try", " try", 1)
        return (
            message
            + ". A document that cites nothing has nothing to check; if it does cite,"
            + cites
        )
    found = describe(evidence) or "no citation-like text"
    weak = ", ".join(f"{r.name} {s:.2f}" for s, r in ranked[:3])
    message = (
        f"{path}: no reader recognises this document with confidence (best fits: "
        f"{weak or 'none'}; at least {MIN_CONFIDENCE:.2f} is needed). Found: {found}."
    )
    if any(e.what.startswith(JSX_WHAT) for e in evidence):
        return message + _JSX_HINT
    if not evidence:
        # nothing cites: the weak scores come from layout (rules, headings), not from
        # citations, so the file's own kind is the better guess if it does cite
        message += " A document that cites nothing has nothing to check; if it does cite,"
        return message + hint(evidence, ranked, path).replace(" Try", " try", 1)
    return message + hint(evidence, ranked, path)


def _claimed(path: str | PurePath) -> bool:
    """Does a reader claim the file's extension?"""
    ext = PurePath(path).suffix.lower()
    return bool(ext) and any(ext in reader.extensions for reader in readers())


# (what a page citing with its site's JSX components can be checked as)
_JSX_HINT = (
    " bibcheck reads no JSX components (their output is the site's own): check the page "
    "the site builds from it (its HTML) instead."
)


def nothing_read(
    choice: Choice, path: str | PurePath, text: str, said: Sequence[str] = ()
) -> str | None:
    """The refusal when ``choice.reader`` read nothing from a text with citations, else
    None; ``said``: what the reader said it found and could not read (its unread-region
    anomalies: citations naming their keys by macros), told in the refusal."""
    prose = choice.reader.prose
    evidence = citation_evidence(mask(prose(text) if prose is not None else text))
    if not evidence:
        return None
    ranked = [(s, r) for s, r in scores(path, text) if s > 0 and r.name != choice.reader.name]
    jsx = any(e.what.startswith(JSX_WHAT) for e in evidence)
    return (
        f"{path}: read as {choice.reader.name}, which found nothing it reads (no markers, "
        f"no notes, no reference list), but the document has {describe(evidence)}."
        + _said(said)
        + (_JSX_HINT if jsx else hint(evidence, ranked, path, tried=choice.reader.name))
    )


_SAID = 5  # what the reader said it could not read: this many told, the rest counted


def _said(said: Sequence[str]) -> str:
    """`` Not read: …; …. `` from the reader's own messages, or nothing."""
    if not said:
        return ""
    told = "; ".join(said[:_SAID])
    more = f"; and {len(said) - _SAID} more" if len(said) > _SAID else ""
    return f" Not read: {told}{more}."


def notes_unread(choice: Choice, path: str | PurePath, text: str, labels: list[str]) -> str | None:
    """The refusal when ``choice.reader`` read markers (``labels``) but no note or entry,
    and the text has lines shaped as those markers' note bodies: the notes are there and
    were not read (never "N markers pointing at no note", exit 0), else None."""
    bodies = unread_note_bodies(text, labels)
    if bodies is None:
        return None
    ranked = [(s, r) for s, r in scores(path, text) if s > 0 and r.name != choice.reader.name]
    return (
        f"{path}: read as {choice.reader.name}, which read {len(labels)} markers but no note "
        f"they point at, though {bodies.count} lines from line {bodies.line} are shaped as "
        "their notes' bodies." + hint([], ranked, path, tried=choice.reader.name)
    )


def cites_unread(
    choice: Choice,
    path: str | PurePath,
    text: str,
    list_line: int,
    entries: int,
    told: frozenset[str] = frozenset(),
) -> tuple[str, int] | None:
    """What to tell, and from which line, when ``choice.reader`` read ``entries`` list
    entries (the first at ``list_line``) and no marker or citation, though the text above
    the list cites in a shape some reader reads (else None): never "a reference list
    only", exit 0."""
    prose = choice.reader.prose
    evidence = unread_citations(mask(prose(text) if prose is not None else text), list_line)
    evidence = [e for e in evidence if e.what not in told]  # (``told``: said elsewhere)
    if not evidence:
        return None
    ranked = [(s, r) for s, r in scores(path, text) if s > 0 and r.name != choice.reader.name]
    message = cites_unread_message(
        choice.reader.name,
        entries,
        evidence,
        lambda found: hint(found, ranked, path, tried=choice.reader.name),
    )
    return message, min(e.line for e in evidence)


def rendered(path: str | PurePath, text: str) -> str:
    """``text`` as its format renders it, where the reader that claims the file's
    extension knows how (an AsciiDoc passthrough block's HTML as its prose), else as is:
    what the evidence of citations is sought in."""
    ext = PurePath(path).suffix.lower()
    for entry in readers():
        if ext and ext in entry.extensions and (prose := entry.load().prose) is not None:
            return prose(text)
    return text


def nothing_in_package(choice: Choice, path: str | PurePath, paragraphs: dict[int, str]) -> str:
    """The refusal when a byte-level reader (DOCX) read no note, citation or list.

    ``paragraphs`` maps each paragraph's line number to its text, so that the evidence
    names the paragraphs where the citation-like text is.
    """
    last = max(paragraphs, default=0)
    text = "\n".join(paragraphs.get(n, "") for n in range(1, last + 1))
    # (not masked: Word text has no code blocks, and a stray ``` typed in a paragraph
    # would hide the rest of the document)
    evidence = citation_evidence(text)
    what = f"{path}: read as {choice.reader.name}: no footnotes, endnotes, citations it reads "
    if not evidence:
        if works := typed_dated_works(text):  # ("Smith et al. (2019)" with no list)
            return what + f"or reference list found; the document {dated_refusal(works)}"
        return what + "or reference list found; a document that cites nothing has nothing to check"
    return (
        what + f"or reference list, but the text has {describe(evidence)} (lines are "
        "paragraphs). Convert it to a text format first (e.g. `pandoc -t markdown` for "
        "[@key] citations) and check that file."
    )


def hint(
    evidence: list[Any],
    ranked: list[tuple[float, Entry]],
    path: str | PurePath = "",
    tried: str | None = None,
) -> str:
    """`` Try --reader X.`` for the readers the evidence, the file name or the scores point
    to (``tried``: the reader that just read nothing, never suggested again)."""
    names = suggested(evidence, (r.name for r in readers()))
    ext = PurePath(path).suffix.lower()
    names += [r.name for r in readers() if ext and ext in r.extensions and r.name not in names]
    names += [r.name for _, r in ranked if r.name not in names]
    names = [n for n in names if n != tried]
    best = next((r.name for _, r in ranked if r.name != tried), None)
    if best is not None and best not in names[:3]:
        # (the reader the scores name as the best fit is always among those suggested)
        names = [*names[:2], best]
    if not names:
        return " No reader of this version reads it; see `bibcheck readers`."
    return " Try " + " or ".join(f"--reader {n}" for n in names[:3]) + "."


def reader_for(path: str | PurePath, text: str) -> Reader:
    """The reader that fits ``text`` best (see :func:`choose`)."""
    return choose(path, text).reader


def reader_for_bytes(path: str | PurePath, data: bytes) -> Reader | None:
    """A byte-level reader for ``data`` (sniffed, else by extension), or None.

    Called before decoding, so that binary formats never reach the text
    decoder; None means "decode the bytes and use :func:`reader_for`".
    """
    candidates = [r for r in readers() if r.binary]
    for entry in candidates:
        if entry.sniff is not None and entry.sniff(data):
            return entry.load()
    ext = PurePath(path).suffix.lower()
    for entry in candidates:
        if ext and ext in entry.extensions:
            return entry.load()
    return None
