"""The ``bibcheck`` command line: a thin layer over the library.

Each command builds its inputs, calls one or two library functions and
renders the result.  A command returns its :class:`~bibcheck.errors.ExitCode`;
:func:`bibcheck.cli.main` maps errors to codes.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bibcheck import __version__
from bibcheck.cli.fleetrun import archive_distributed, check_distributed, ingest_distributed
from bibcheck.cli.interrupt import sigterm_interrupts
from bibcheck.cli.render import (
    add_plain_row,
    check_progress,
    plain,
    progress_bar,
    render_archive_report,
    render_archives,
    render_check_report,
    render_links,
    render_verify_report,
)
from bibcheck.config import load_settings
from bibcheck.errors import ExitCode
from bibcheck.model import (
    FAIL_ON,
    Anomaly,
    AnomalyCode,
    Finding,
    LinePlacer,
    LinkPolicy,
    ParsedDocument,
    place,
)
from bibcheck.store import DEFAULT_DB, ENV_VAR, open_db

if TYPE_CHECKING:
    from bibcheck.export.bibtex import Style

F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    """The shared ``--db`` option."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        envvar=ENV_VAR,
        type=click.Path(dir_okay=False),
        help=f"SQLite database file, or postgresql://user@host/dbname (also ${ENV_VAR}).",
    )(f)


def network_options(f: F) -> F:
    """Network options shared by `check`, `archive` and `run`."""
    f = click.option("--user-agent", help="User-Agent header sent with every request.")(f)
    f = click.option(
        "--timeout",
        type=click.FloatRange(0.1),
        help="Seconds per request, all included: connection, headers, body [15].",
    )(f)
    return click.option(
        "--allow-private",
        is_flag=True,
        default=None,
        help="Allow private, loopback and link-local addresses (tests, intranets).",
    )(f)


def report_options(f: F) -> F:
    """Options shared by `report` and `run`."""
    f = click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default="error",
        show_default=True,
        help="Exit 1 when a finding has this severity or worse.",
    )(f)
    f = click.option(
        "-o",
        "--output",
        "out_dir",
        default="reports",
        show_default=True,
        type=click.Path(file_okay=False),
        help="Directory for the reports.",
    )(f)
    return click.option(
        "--format",
        "formats",
        default="html,md,json",
        show_default=True,
        help="Comma-separated: html, md, json.",
    )(f)


def _console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bibcheck")
def cli() -> None:
    """Check a manuscript's citations: footnotes, claims, literature list, links."""


def bibliography_option(f: F) -> F:
    """``--bibliography FILE`` (repeatable), shared by `ingest` and `run`."""
    return click.option(
        "--bibliography",
        "bibliography",
        multiple=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="A .bib or CSL-JSON file for Pandoc/Org/AsciiDoc citation keys "
        "(repeatable; added to those the document names).",
    )(f)


def _set_quarto_profile(_: click.Context, __: click.Parameter, value: str | None) -> None:
    if value:  # as Quarto's own --profile does: the readers see QUARTO_PROFILE
        os.environ["QUARTO_PROFILE"] = value


def quarto_profile_option(f: F) -> F:
    """``--quarto-profile NAME[,NAME]``, shared by `ingest` and `run`."""
    return click.option(
        "--quarto-profile",
        metavar="NAME[,NAME]",
        expose_value=False,
        callback=_set_quarto_profile,
        help="The Quarto project profiles active (their _quarto-NAME.yml merged over "
        "_quarto.yml); else $QUARTO_PROFILE, else the project's profile: default:.",
    )(f)


def link_citations_option(f: F) -> F:
    return click.option(
        "--link-citations",
        "link_citations",
        type=click.Choice([p.value for p in LinkPolicy]),
        default=LinkPolicy.AUTO.value,
        show_default=True,
        help="Are links in the text citations (HTML, rst, wikitext)? auto: only in a "
        "document without footnotes of its own.",
    )(f)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--reader", help="Force a reader (see `bibcheck readers`).")
@bibliography_option
@quarto_profile_option
@link_citations_option
@db_option
@click.option(
    "--distributed",
    is_flag=True,
    help="Parse on the workers (PostgreSQL --db; every file named, directories walked).",
)
@click.option("--no-wait", is_flag=True, help="With --distributed: queue the files and return.")
def ingest(
    paths: tuple[Path, ...],
    reader: str | None,
    bibliography: tuple[Path, ...],
    link_citations: str,
    db_path: str,
    distributed: bool,
    no_wait: bool,
) -> ExitCode:
    """Parse manuscripts and store footnotes, claims and references.

    A document whose citations no reader understands is refused (exit 2) with
    what was found in it and which --reader might read it.

    Example: bibcheck ingest chapter.md --bibliography refs.bib
    """
    from bibcheck.parse.coverage import bibliography_unread, coverage
    from bibcheck.pipeline import Outcome, read_manuscripts
    from bibcheck.store.documents import save_document

    if distributed:
        return ingest_distributed(
            _console(),
            paths,
            reader=reader,
            bibliography=bibliography,
            links=link_citations,
            db_path=db_path,
            wait=not no_wait,
        )
    failed = 0
    db = None
    for reading in read_manuscripts(paths, reader, bibliography, links=LinkPolicy(link_citations)):
        if reading.outcome is Outcome.FAILED:  # report it, go on with the other files
            click.echo(f"Error: {plain(reading.message)}", err=True)
            failed += 1
            continue
        if reading.doc is None:  # a book named; a book's file that cites nothing
            click.echo(plain(reading.message))
            continue
        doc, path = reading.doc, reading.path
        db = db or open_db(db_path)
        result = save_document(db, doc, size=path.stat().st_size, now=datetime.now(UTC))
        state = "stored" if result.stored else "unchanged"
        cover = coverage(doc)
        counts = cover.counts_text(len(doc.all_anomalies()))
        click.echo(f"{state}: {plain(path)} ({doc.reader}): {counts}")
        click.echo(f"  coverage: {cover.line()}")
        if bibliography_unread(cover):  # stored, but not fully read: no silent success
            keys = cover.not_read[AnomalyCode.CITATION_KEY_MISSING.value]
            click.echo(f"Error: {plain(path)} {_not_fully_read(doc, keys)}", err=True)
            failed += 1
    return ExitCode.INPUT if failed else ExitCode.OK


def _not_fully_read(doc: ParsedDocument, keys: int) -> str:
    """Why a stored document was not fully read: the bibliography its keys need, or (an
    HTML chapter citing its book's bibliography page) the page its citations link to,
    which --bibliography cannot take."""
    from bibcheck.readers.siblinglist import sibling_lists

    if doc.reader == "html":
        return (
            f"was stored but not fully read: its {keys} cited works are listed on another "
            "page, which was not read (ingest the page's source with its .bib, or the list "
            "page itself; --bibliography reads .bib and CSL-JSON files, not HTML)"
        )
    read = [Path(b.name).name for b in doc.bibliographies]
    return bibliography_hint(keys, read, sibling_lists(doc.path).databases)


def bibliography_hint(keys: int, read: Sequence[str], beside: Sequence[str]) -> str:
    """Why ``keys`` cited keys have no entry, and which file to give: one of the
    bibliography files ``beside`` the document, those already ``read`` left out (a book
    whose ``literature.bib`` was read but whose generated ``packages.bib`` is missing is
    not told to give ``literature.bib``)."""
    from bibcheck.readers.siblinglist import SHOWN

    done = {name.lower() for name in read}
    beside = [name for name in beside if name.lower() not in done]
    give = f"--bibliography {beside[0]}" if len(beside) == 1 else "--bibliography FILE"
    named = f"; {', '.join(beside[:SHOWN])} next to it may be the one" if beside else ""
    if read:
        return (
            f"was stored but not fully read: none of its {keys} cited keys has an entry in "
            f"{', '.join(read[:SHOWN])}, and a bibliography it names could not be read "
            f"(give the file with {give}{named})"
        )
    return (
        "was stored but not fully read: its bibliography could not be read, so none of its "
        f"{keys} cited keys has an entry (give the file with {give}{named})"
    )


@cli.command()
@db_option
@click.option("--anomalies/--no-anomalies", default=True, help="List every anomaly.")
@click.option("--claims/--no-claims", default=True, help="Show the claim column.")
@click.option("--links", is_flag=True, help="List the latest verdict of every checked URL.")
@click.option("--archives", is_flag=True, help="List the archived copies found.")
def show(db_path: str, anomalies: bool, claims: bool, links: bool, archives: bool) -> None:
    """Print a readable summary of what is stored.

    Example: bibcheck show --no-anomalies; bibcheck show --links
    """
    from bibcheck.store.documents import iter_documents

    db = open_db(db_path, readonly=True)
    console = _console()
    if links or archives:
        if links:
            render_links(console, db, load_settings(".").confirm)
        if archives:
            render_archives(console, db)
        return
    docs = list(iter_documents(db))
    if not docs:
        console.print("No documents stored yet: run `bibcheck ingest FILE` first.")
        return
    for doc in docs:
        _show_document(console, doc, anomalies, claims)


def _show_document(console: Console, doc: ParsedDocument, anomalies: bool, claims: bool) -> None:
    from bibcheck.analyse.common import citations_by_url
    from bibcheck.parse.coverage import coverage

    found = doc.all_anomalies()
    cover = coverage(doc)
    console.print(
        f"[bold]{escape(plain(doc.title or doc.path))}[/bold]  ({escape(plain(doc.path))}, "
        f"reader {escape(cover.reader_text())})"
    )
    console.print(
        f"  {cover.counts_text(len(found))}, {len(citations_by_url(doc))} distinct URLs",
        markup=False,
    )
    console.print(
        f"  Coverage: read {cover.read_text()}; not read: {cover.not_read_text()}.",
        markup=False,
    )
    for code, n in sorted(Counter(a.code.value for a in found).items()):
        console.print(plain(f"    {code}: {n}"), markup=False)
    table = _footnote_table(doc, claims) if doc.footnotes else _literature_table(doc)
    console.print(table)
    if anomalies and found:
        console.print("[bold]Anomalies[/bold]")
        placer = doc.placer()
        for a in found:
            where = _where(placer, a)
            console.print(plain(f"  {where:>10}  {a.code.value}: {a.message}"), markup=False)


def _where(placer: LinePlacer, anomaly: Anomaly) -> str:
    """Where an anomaly is: ``line 12`` of the document, ``chap/intro.tex:6`` of another
    file (an included chapter, a bibliography page or file), or ``document``."""
    if anomaly.line is None:
        return "document"
    file = placer.anomaly_file(anomaly)
    return place(anomaly.line, file) if file else f"line {anomaly.line}"


def _footnote_table(doc: ParsedDocument, claims: bool) -> Table:
    table = Table(show_lines=False, expand=False)
    for col in ["No.", "Line", *(["Claim"] if claims else []), "Title", "Year", "URL", "Lit."]:
        table.add_column(col, overflow="fold")
    for fn in doc.footnotes:
        claim = fn.markers[0].claim.text if fn.markers and fn.markers[0].claim else ""
        add_plain_row(
            table,
            fn.label,
            place(fn.line, fn.file),
            *([_cut(claim, 80)] if claims else []),
            _cut(fn.reference.title or "", 60),
            fn.reference.year_raw or "",
            fn.reference.url or "",
            str(fn.literature.number) if fn.literature else "-",
        )
    return table


def _literature_table(doc: ParsedDocument) -> Table:
    """For documents with no footnotes (a .bib file): the literature entries."""
    table = Table(show_lines=False, expand=False)
    for col in ["No.", "Line", "Authors", "Title", "Year", "URL / DOI"]:
        table.add_column(col, overflow="fold")
    for entry in doc.literature:
        ref = entry.reference
        add_plain_row(
            table,
            str(entry.number),
            place(entry.line, entry.file),
            _cut("; ".join(ref.authors), 40),
            _cut(ref.title or "", 60),
            ref.year_raw or "",
            ref.url or (f"doi:{ref.doi}" if ref.doi else ""),
        )
    return table


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@cli.command()
@db_option
@click.option("--refresh", is_flag=True, help="Check every URL, however recent its last check.")
@click.option("--max-age", type=float, help="Days a successful check stays fresh [7].")
@click.option("--per-host", type=click.IntRange(1), help="Requests in flight per host [2].")
@click.option(
    "--interval", type=click.FloatRange(0), help="Seconds between request starts to a host [0.5]."
)
@click.option("--concurrency", type=click.IntRange(1), help="Requests in flight in all [512].")
@click.option(
    "--probe-max-age",
    type=click.FloatRange(0),
    help="Days a soft-404 probe kept from an earlier run answers for its host "
    "[3; 0: probe afresh].",
)
@click.option(
    "--processes",
    type=click.IntRange(0),
    help="Processes sharing the hosts [0: one per CPU, at most 4; one for a small run].",
)
@network_options
@click.option(
    "--distributed",
    is_flag=True,
    help="Queue the due URLs for `bibcheck worker`s, one host per job (PostgreSQL --db).",
)
@click.option("--no-wait", is_flag=True, help="With --distributed: queue and return.")
@click.option(
    "--chunk",
    type=click.IntRange(1),
    default=200,
    show_default=True,
    help="With --distributed: URLs per job at most.",
)
def check(
    db_path: str,
    refresh: bool,
    max_age: float | None,
    per_host: int | None,
    interval: float | None,
    concurrency: int | None,
    probe_max_age: float | None,
    processes: int | None,
    allow_private: bool | None,
    timeout: float | None,
    user_agent: str | None,
    distributed: bool,
    no_wait: bool,
    chunk: int,
) -> ExitCode:
    """Check every cited URL and store each observation in the history.

    Only URLs whose last check is older than --max-age (failures sooner) are
    fetched; a URL cited many times is fetched once. Settings come from
    bibcheck.toml or [tool.bibcheck] in pyproject.toml, then these flags.

    Example: bibcheck check --per-host 2 --interval 1
    """
    settings = load_settings(
        ".",
        max_age_days=max_age,
        allow_private=allow_private,
        per_host=per_host,
        min_interval=interval,
        concurrency=concurrency,
        probe_max_age_days=probe_max_age,
        processes=processes,
        timeout=timeout,
        user_agent=user_agent,
    )
    console = _console()
    if distributed:
        return check_distributed(
            console, settings, db_path, refresh=refresh, chunk=chunk, wait=not no_wait
        )
    db = open_db(db_path, create=False)
    from bibcheck.check.run import run_check  # the HTTP client loads here, not at start-up

    with sigterm_interrupts(), check_progress(console) as progress:
        report = run_check(
            db, settings, refresh=refresh, on_progress=progress.done, on_status=progress.status
        )
    render_check_report(console, report)
    return ExitCode.OK


@cli.command()
@db_option
@click.option("--all", "all_urls", is_flag=True, help="Look up every cited URL, alive or not.")
@click.option(
    "--save", is_flag=True, help="Ask Save Page Now to capture live URLs no archive holds."
)
@click.option("--refresh", is_flag=True, help="Look up again even where a recent lookup exists.")
@click.option("--max-age", type=float, help="Days a found / not-archived result stays fresh [30].")
@network_options
@click.option(
    "--distributed",
    is_flag=True,
    help="Queue the lookups for `bibcheck worker`s, paced fleet-wide (PostgreSQL --db).",
)
@click.option("--no-wait", is_flag=True, help="With --distributed: queue and return.")
def archive(
    db_path: str,
    all_urls: bool,
    save: bool,
    refresh: bool,
    max_age: float | None,
    allow_private: bool | None,
    timeout: float | None,
    user_agent: str | None,
    distributed: bool,
    no_wait: bool,
) -> ExitCode:
    """Find archived copies (Wayback Machine, Memento) of cited URLs and store them.

    By default every URL that is not alive is looked up; the snapshot chosen
    is the closest capture at or before the citation date. Save Page Now
    credentials, if any, are read from BIBCHECK_SAVE_AUTH ("key:secret").

    Example: bibcheck archive --all
    """
    settings = load_settings(
        ".",
        allow_private=allow_private,
        timeout=timeout,
        user_agent=user_agent,
        archive_max_age_days=max_age,
    )
    archive_settings = dataclasses.replace(
        settings.archive, save_auth=os.environ.get("BIBCHECK_SAVE_AUTH") or None
    )
    console = _console()
    if distributed:
        return archive_distributed(
            console,
            archive_settings,
            db_path,
            all_urls=all_urls,
            save=save,
            refresh=refresh,
            wait=not no_wait,
        )
    db = open_db(db_path, create=False)
    from bibcheck.archive.run import run_archive  # the HTTP client loads here, not at start-up

    with progress_bar(console, "Looking up archives") as on_progress:
        report = run_archive(
            db,
            archive_settings,
            all_urls=all_urls,
            save=save,
            refresh=refresh,
            on_progress=on_progress,
        )
    render_archive_report(console, report)
    return ExitCode.OK


@cli.command()
@db_option
@click.option("--refresh", is_flag=True, help="Ask the registries again, ignoring cached answers.")
@click.option("--mailto", help="Contact address for Crossref's polite pool (and OpenAlex).")
@network_options
def verify(
    db_path: str,
    refresh: bool,
    mailto: str | None,
    allow_private: bool | None,
    timeout: float | None,
    user_agent: str | None,
) -> None:
    """Verify every reference against scholarly registries and its cited page.

    With a DOI: the DOI system and the registered metadata; without one:
    Crossref's bibliographic search, then OpenAlex. Retractions,
    corrections and published versions of preprints are looked up; cited web
    pages (live, and the archived copy) are compared with the reference and
    quotations looked for in them. Answers are cached in the database, so a
    re-run asks nothing new. An OpenAlex API key, if any, is read from
    BIBCHECK_OPENALEX_API_KEY.

    Example: bibcheck verify --mailto editor@example.org
    """
    settings = load_settings(
        ".",
        allow_private=allow_private,
        timeout=timeout,
        user_agent=user_agent,
        mailto=mailto,
        openalex_api_key=os.environ.get("BIBCHECK_OPENALEX_API_KEY") or None,
    )
    db = open_db(db_path, create=False)
    console = _console()
    from bibcheck.verify.run import run_verify  # the HTTP client loads here, not at start-up

    with progress_bar(console, "Verifying references") as on_progress:
        report = run_verify(
            db, settings.verify, refresh=refresh, on_progress=on_progress, policy=settings.confirm
        )
    render_verify_report(console, report)


def _formats(text: str) -> tuple[str, ...]:
    from bibcheck.report import parse_formats

    try:
        return parse_formats(text)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None


@cli.command()
@db_option
@report_options
def report(db_path: str, formats: str, out_dir: str, fail_on: str) -> ExitCode:
    """Write reports/<document>.html, .md and .json from the database alone.

    No network is used and no clock is read: the same database gives the
    same bytes. Exit 1 when a finding is at or above --fail-on.

    Example: bibcheck report --format html,md --fail-on warning
    """
    from bibcheck.report import exit_code, findings_of, load_reports, write_report_files

    fmts = _formats(formats)
    db = open_db(db_path, readonly=True)
    policy = load_settings(".").confirm
    reports = load_reports(db, policy)  # each document analysed once
    for path in write_report_files(reports, out_dir, fmts):
        click.echo(str(path))
    findings = findings_of(reports)
    _echo_findings(findings)
    return exit_code(findings, fail_on)


def _echo_findings(findings: list[Finding]) -> None:
    counts = Counter(f.severity.value for f in findings)
    click.echo(
        f"{len(findings)} findings: {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info"
    )


@cli.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--reader", help="Force a reader (see `bibcheck readers`).")
@bibliography_option
@quarto_profile_option
@db_option
@report_options
@click.option("--no-check", is_flag=True, help="Do not check links (structure only).")
@click.option("--no-archive", is_flag=True, help="Do not look up web archives.")
@link_citations_option
@click.option("--no-verify", is_flag=True, help="Do not verify references against registries.")
@click.option("--mailto", help="Contact address for Crossref's polite pool (and OpenAlex).")
@network_options
def run_command(
    paths: tuple[Path, ...],
    reader: str | None,
    bibliography: tuple[Path, ...],
    db_path: str,
    formats: str,
    out_dir: str,
    fail_on: str,
    no_check: bool,
    no_archive: bool,
    link_citations: str,
    no_verify: bool,
    mailto: str | None,
    allow_private: bool | None,
    timeout: float | None,
    user_agent: str | None,
) -> ExitCode:
    """The whole job: ingest, check links, look up archives, verify references, report.

    Writes reports/<document>.html, .md and .json. Without network the
    link check is marked degraded, nothing stored is changed, and every
    structural finding is still reported.

    Example: bibcheck run references/on-the-course-of-cooperation.md
    """
    from bibcheck.parse.coverage import coverage
    from bibcheck.pipeline import run_all

    fmts = _formats(formats)
    settings = load_settings(
        ".",
        allow_private=allow_private,
        timeout=timeout,
        user_agent=user_agent,
        mailto=mailto,
        openalex_api_key=os.environ.get("BIBCHECK_OPENALEX_API_KEY") or None,
    )
    db = open_db(db_path)
    console = _console()
    with (
        progress_bar(console, "Checking links") as check_bar,
        progress_bar(console, "Looking up archives") as archive_bar,
        progress_bar(console, "Verifying references") as verify_bar,
    ):
        result = run_all(
            db,
            paths,
            settings,
            out_dir=out_dir,
            formats=fmts,
            fail_on=fail_on,
            check=not no_check,
            archive=not no_archive,
            verify=not no_verify,
            reader=reader,
            bibliography=bibliography,
            links=LinkPolicy(link_citations),
            check_progress=check_bar,
            archive_progress=archive_bar,
            verify_progress=verify_bar,
        )
    for note in result.notes:
        console.print(plain(note), markup=False)
    for doc in result.documents:
        cover = coverage(doc)
        console.print(
            plain(f"ingested {doc.path}: {cover.counts_text(len(doc.all_anomalies()))}"),
            markup=False,
        )
        console.print(f"  coverage: {cover.line()}", markup=False)
    if result.check is not None:
        render_check_report(console, result.check)
    if result.archive is not None:
        render_archive_report(console, result.archive)
    elif result.archive_skipped:
        console.print(plain(f"Archive lookups skipped: {result.archive_skipped}."), markup=False)
    if result.verify is not None:
        render_verify_report(console, result.verify)
    elif result.verify_skipped:
        console.print(f"Verification skipped: {result.verify_skipped}.", markup=False)
    for path in result.reports:
        console.print(plain(f"wrote {path}"), markup=False)
    _echo_findings(result.findings)
    return result.exit_code


@cli.group()
def export() -> None:
    """Export the stored model."""


@export.command("json")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default stdout).")
def export_json(db_path: str, output: str | None) -> None:
    """Write the whole model as JSON (documented in README).

    Example: bibcheck export json -o model.json
    """
    from bibcheck.export.json import build_export, dumps

    _write(dumps(build_export(open_db(db_path, readonly=True), load_settings(".").confirm)), output)


def _write(text: str, output: str | None) -> None:
    from bibcheck.report import write_atomic

    if output:
        write_atomic(output, text.encode("utf-8"))  # never half a file
    else:
        click.echo(text, nl=False)


@export.command("bibtex")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default stdout).")
@click.option(
    "--style",
    type=click.Choice(["biblatex", "bibtex"]),
    default="biblatex",
    show_default=True,
    help="biblatex (for biber) or classic BibTeX entry types and fields.",
)
@click.option("--ascii", "ascii_", is_flag=True, help="LaTeX escapes instead of UTF-8.")
def export_bibtex_command(db_path: str, output: str | None, style: str, ascii_: bool) -> None:
    """Write one BibTeX/BibLaTeX entry per distinct work, sorted by key.

    Footnotes and literature entries citing the same work merge into one
    entry. Keys are readable and stable (zalesky2023route).

    Example: bibcheck export bibtex -o refs.bib --style biblatex
    """
    from bibcheck.export.bibtex import export_bibtex

    chosen: Style = "bibtex" if style == "bibtex" else "biblatex"
    _write(export_bibtex(open_db(db_path, readonly=True), style=chosen, ascii=ascii_), output)


@export.command("csl-json")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default stdout).")
def export_csl_command(db_path: str, output: str | None) -> None:
    """Write the distinct works as CSL-JSON (Zotero, Pandoc, citeproc).

    Example: bibcheck export csl-json -o refs.json
    """
    from bibcheck.export.csl import export_csl_json

    _write(export_csl_json(open_db(db_path, readonly=True)), output)


@export.command("ris")
@db_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File (default stdout).")
def export_ris_command(db_path: str, output: str | None) -> None:
    """Write the distinct works as RIS (reference managers).

    Example: bibcheck export ris -o refs.ris
    """
    from bibcheck.export.ris import export_ris

    _write(export_ris(open_db(db_path, readonly=True)), output)


@cli.command("readers")
def list_readers() -> None:
    """List the manuscript readers and the file extensions they prefer."""
    from bibcheck.readers import readers as all_readers

    for r in all_readers():
        click.echo(f"{r.name}: {', '.join(r.extensions)}")
