"""The main job in one call: ingest -> check -> archive -> verify -> analyse -> report.

``bibcheck run`` is this function plus printing.  On a machine without
network the check stage stops as *degraded* (no stored verdict changes) and
the archive and verify stages are skipped: the run still finishes and reports
every structural finding, and says plainly that the links could not be checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from bibcheck.booknotices import said_once
from bibcheck.books import Book, find_book, project_file_refusal, unlisted_notice
from bibcheck.config import Settings
from bibcheck.errors import BibcheckError, ExitCode, InputError, NothingCitedError
from bibcheck.manuscript import parse_file
from bibcheck.model import Finding, LinkPolicy, ParsedDocument
from bibcheck.readers.evidence import placeholder_only
from bibcheck.readers.mask import mask_shown_code
from bibcheck.readers.rawinput import included_sources
from bibcheck.report import exit_code, findings_of, load_reports, write_report_files
from bibcheck.store.base import Store
from bibcheck.store.documents import save_document

if TYPE_CHECKING:  # the network stages are imported by run_all, when it runs them
    from bibcheck.archive.run import ArchiveReport
    from bibcheck.check.run import CheckReport
    from bibcheck.verify.run import VerifyReport

Progress = Callable[[int, int], None]


class Outcome(StrEnum):
    """What became of one file :func:`read_manuscripts` met."""

    READ = "read"  # parsed: ``doc`` is set
    BOOK = "book"  # a book's root or folder was named: ``message`` says what is read too
    SKIPPED = "skipped"  # a book's file that cites nothing: nothing to check, no failure
    FAILED = "failed"  # not read: ``message`` says why


@dataclass(frozen=True, slots=True)
class Reading:
    """One step of reading the named paths."""

    outcome: Outcome
    path: Path
    doc: ParsedDocument | None = None
    message: str = ""
    named: bool = True  # False: a chapter file a book lists, not a path named


def read_manuscripts(
    paths: Sequence[str | Path],
    reader: str | None = None,
    bibliography: Sequence[str | Path] = (),
    *,
    links: LinkPolicy = LinkPolicy.AUTO,
) -> Iterator[Reading]:
    """Parse each named manuscript; a book's root file (or its folder) stands for the book.

    When a named file is the root of a bookdown, Quarto or Jupyter Book project
    (:func:`bibcheck.books.find_book`), each chapter file the project lists is parsed
    too, as a document of its own.  A book's file that cites nothing (a preface, the
    root itself) is ``SKIPPED``, not a failure; a listed file that is missing or cannot
    be read is ``FAILED`` with the configuration file named.  A file met twice is read
    once.  ``parse_file`` stays a one-file function.
    """
    seen: set[Path] = set()

    def parse(
        path: Path, book: Book | None, named: bool, parent: ParsedDocument | None = None
    ) -> Reading | None:
        key = path.resolve()
        if key in seen:
            return None
        seen.add(key)
        refused = project_file_refusal(path) if book is None and reader is None else None
        if refused is not None:  # _quarto.yml, myst.yml, conf.py named as the document
            return Reading(Outcome.FAILED, path, message=refused, named=named)
        bibs = [*bibliography, *_bibliographies_of(parent)]
        try:
            doc = parse_file(path, reader, list(dict.fromkeys(bibs)), links=links)
        except NothingCitedError as exc:
            if parent is not None:
                return Reading(Outcome.SKIPPED, path, message=_include_cites_nothing(path))
            if book is None:
                return Reading(Outcome.FAILED, path, message=str(exc), named=named)
            return Reading(Outcome.SKIPPED, path, message=_cites_nothing(path, book), named=named)
        except BibcheckError as exc:
            if book is not None and not named and _placeholder_page(path):
                return Reading(Outcome.SKIPPED, path, message=_cites_nothing(path, book))
            where = "" if book is None or named else f" (a file listed in {book.config})"
            return Reading(Outcome.FAILED, path, message=f"{exc}{where}", named=named)
        return Reading(Outcome.READ, path, doc, named=named)

    def follow(reading: Reading, depth: int = 0) -> Iterator[Reading]:
        """The files a Markdown document pulls in by raw LaTeX ``\\input{x}`` (their
        Markdown sources), read as documents of their own, as the build typesets them."""
        if reading.doc is None or depth >= _MAX_INCLUDE_DEPTH:
            return
        included = [p for p in included_sources(reading.path) if p.resolve() not in seen]
        if not included:
            return
        yield Reading(Outcome.BOOK, reading.path, message=_follows(reading.path, included))
        for sub in included:
            found = parse(sub, None, False, parent=reading.doc)
            if found is not None:
                yield found
                yield from follow(found, depth + 1)

    for item in paths:
        path = Path(item)
        book = find_book(path)
        if book is None:
            reading = parse(path, None, True)
            if reading is not None:
                yield reading
                yield from follow(reading)
            continue
        yield Reading(Outcome.BOOK, path, message=book.announcement(path))
        unlisted = unlisted_notice(book) if path.is_dir() else None
        if unlisted is not None:  # a folder named: its pages outside the toc are said
            yield Reading(Outcome.BOOK, path, message=unlisted)
        for problem in book.problems:
            yield Reading(
                Outcome.FAILED, book.config, message=f"{book.config}: {problem}", named=False
            )
        files = ((book.root, not path.is_dir()), *((c, False) for c in book.chapters))
        yield from _book_wide_once(
            [r for file, named in files if (r := parse(file, book, named)) is not None],
            book,
        )


def _book_wide_once(readings: list[Reading], book: Book) -> list[Reading]:
    """A book's readings with each notice about the whole book said on one file only."""
    docs = iter(said_once([r.doc for r in readings if r.doc is not None], book.kind.value))
    return [replace(r, doc=next(docs)) if r.doc is not None else r for r in readings]


def _cites_nothing(path: Path, book: Book) -> str:
    n = len(book.chapters)
    if path == book.root or _same_file(path, book.root):
        return (
            f"{path}: not stored: it cites nothing itself (no citation, footnote or "
            f"reference list); the {n} chapter file{'s' if n != 1 else ''} of the "
            f"{book.kind.value} {'are' if n != 1 else 'is'} read instead"
        )
    return (
        f"{path}: not stored: this file of the {book.kind.value} cites nothing "
        "(no citation, footnote or reference list), so it has nothing to check"
    )


_MAX_INCLUDE_DEPTH = 8  # raw \input files followed within followed files


def _follows(path: Path, included: Sequence[Path]) -> str:
    n = len(included)
    names = ", ".join(p.name for p in included[:5]) + (" ..." if n > 5 else "")
    return (
        f"{path} pulls in {n} file{'s' if n != 1 else ''} by raw LaTeX \\input/\\include "
        f"({names}): read too, each as a document of its own, with its bibliography"
    )


def _include_cites_nothing(path: Path) -> str:
    return (
        f"{path}: not stored: this file pulled in by raw LaTeX \\input cites nothing "
        "(no citation, footnote or reference list)"
    )


def _bibliographies_of(doc: ParsedDocument | None) -> list[str]:
    """The bibliography files ``doc`` named (as paths from here), for the files it pulls in,
    which name none of their own."""
    if doc is None or not doc.path:
        return []
    folder = Path(doc.path).parent
    found = []
    for bib in doc.bibliographies:
        path = Path(bib.name)
        candidate = (
            path if path.is_absolute() or bib.named_in == "--bibliography" else folder / path
        )
        if candidate.is_file():
            found.append(str(candidate))
    return found


_PLACEHOLDER_BYTES = 64 * 1024  # a placeholder page is short


def _placeholder_page(path: Path) -> bool:
    """Is the book's file ``path`` a placeholder (a "References" heading over a note that
    the works are listed elsewhere), which cites nothing though it looks like a list?"""
    try:
        if not path.is_file() or path.stat().st_size > _PLACEHOLDER_BYTES:
            return False
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return placeholder_only(mask_shown_code(text))


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


@dataclass
class RunResult:
    documents: list[ParsedDocument]
    notes: list[str] = field(default_factory=list)  # books named; a book's files not read
    check: CheckReport | None = None
    archive: ArchiveReport | None = None
    archive_skipped: str = ""
    verify: VerifyReport | None = None
    verify_skipped: str = ""
    findings: list[Finding] = field(default_factory=list)
    reports: list[Path] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK


def run_all(
    db: Store,
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    out_dir: str | Path = "reports",
    formats: Sequence[str] = ("html", "md", "json"),
    fail_on: str = "error",
    check: bool = True,
    archive: bool = True,
    verify: bool = True,
    reader: str | None = None,
    bibliography: Sequence[str | Path] = (),
    links: LinkPolicy = LinkPolicy.AUTO,
    check_progress: Progress | None = None,
    archive_progress: Progress | None = None,
    verify_progress: Progress | None = None,
    clock: Callable[[], datetime] | None = None,
) -> RunResult:
    """Run every stage for ``paths`` and write their reports (``clock``: the real
    one unless given)."""
    # The network stages (and the HTTP client under them) load here, not when the
    # module is imported: reading and storing manuscripts does not need them.
    from bibcheck.archive.run import run_archive
    from bibcheck.check.run import run_check
    from bibcheck.verify.run import run_verify

    result = RunResult(documents=[])
    for reading in read_manuscripts(paths, reader, bibliography, links=links):
        if reading.outcome is Outcome.FAILED and reading.named:
            raise InputError(reading.message)  # a file named that cannot be read
        if reading.doc is None:  # a book named, or its files not read: said, not fatal
            result.notes.append(reading.message)
            continue
        now = clock() if clock is not None else datetime.now(UTC)
        save_document(db, reading.doc, size=reading.path.stat().st_size, now=now)
        result.documents.append(reading.doc)
    if check:
        result.check = run_check(db, settings, on_progress=check_progress, clock=clock)
    if not archive:
        result.archive_skipped = "not asked for"
    elif result.check is not None and result.check.summary.degraded:
        result.archive_skipped = "the network is unavailable (the link check was degraded)"
    else:
        result.archive = run_archive(db, settings.archive, on_progress=archive_progress)
    if not verify:
        result.verify_skipped = "not asked for"
    elif result.check is not None and result.check.summary.degraded:
        result.verify_skipped = "the network is unavailable (the link check was degraded)"
    else:
        result.verify = run_verify(
            db,
            settings.verify,
            on_progress=verify_progress,
            clock=clock or (lambda: datetime.now(UTC)),
            policy=settings.confirm,
        )
    reports = load_reports(db, settings.confirm)  # each document analysed once, here
    result.findings = findings_of(reports)
    result.reports = write_report_files(reports, out_dir, formats)
    result.exit_code = exit_code(result.findings, fail_on)
    return result
