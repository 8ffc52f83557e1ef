"""The ``bibcheck`` command line: a thin layer over the library.

Each command builds its inputs, calls one or two library functions and
renders the result.  Exit codes (see :class:`ExitCode`): 0 success,
1 findings at or above the ``--fail-on`` threshold, 2 usage or input error,
3 internal error (a bug: please report it).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from bibcheck import __version__
from bibcheck.checkrun import run_check
from bibcheck.cli_render import progress_bar, render_check_report, render_links
from bibcheck.config import load_settings
from bibcheck.errors import BibcheckError
from bibcheck.export.jsonout import build_export, dumps
from bibcheck.ingest import parse_file
from bibcheck.model import ParsedDocument
from bibcheck.readers import readers as all_readers
from bibcheck.store import DEFAULT_DB, open_db
from bibcheck.store.documents import iter_documents, save_document


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    INPUT = 2
    INTERNAL = 3


F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    """The shared ``--db`` option."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(f)


def _console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bibcheck")
def cli() -> None:
    """Check a manuscript's citations: footnotes, claims, literature list, links."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--reader", help="Force a reader (see `bibcheck readers`).")
@db_option
def ingest(paths: tuple[Path, ...], reader: str | None, db_path: str) -> None:
    """Parse manuscripts and store footnotes, claims and references.

    Example: bibcheck ingest references/on-the-course-of-cooperation.md
    """
    db = open_db(db_path)
    for path in paths:
        doc = parse_file(path, reader)
        result = save_document(db, doc, size=path.stat().st_size, now=datetime.now(UTC))
        state = "stored" if result.stored else "unchanged"
        click.echo(
            f"{state}: {path} ({doc.reader}): {len(doc.footnotes)} footnotes, "
            f"{sum(len(f.markers) for f in doc.footnotes)} markers, "
            f"{len(doc.literature)} literature entries, {len(doc.all_anomalies())} anomalies"
        )


@cli.command()
@db_option
@click.option("--anomalies/--no-anomalies", default=True, help="List every anomaly.")
@click.option("--claims/--no-claims", default=True, help="Show the claim column.")
@click.option("--links", is_flag=True, help="List the latest verdict of every checked URL.")
def show(db_path: str, anomalies: bool, claims: bool, links: bool) -> None:
    """Print a readable summary of what is stored.

    Example: bibcheck show --no-anomalies; bibcheck show --links
    """
    db = open_db(db_path)
    console = _console()
    if links:
        render_links(console, db, load_settings(".").confirm)
        return
    docs = list(iter_documents(db))
    if not docs:
        console.print("No documents stored yet: run `bibcheck ingest FILE` first.")
        return
    for doc in docs:
        _show_document(console, doc, anomalies, claims)


def _show_document(console: Console, doc: ParsedDocument, anomalies: bool, claims: bool) -> None:
    found = doc.all_anomalies()
    console.print(f"[bold]{doc.title or doc.path}[/bold]  ({doc.path}, reader {doc.reader})")
    console.print(
        f"  {len(doc.footnotes)} footnotes, "
        f"{sum(len(f.markers) for f in doc.footnotes)} markers, "
        f"{len(doc.literature)} literature entries, "
        f"{sum(1 for f in doc.footnotes if f.reference.url)} footnotes with a URL, "
        f"{len(found)} anomalies",
        markup=False,
    )
    for code, n in sorted(Counter(a.code.value for a in found).items()):
        console.print(f"    {code}: {n}", markup=False)
    table = Table(show_lines=False, expand=False)
    for col in ["No.", "Line", *(["Claim"] if claims else []), "Title", "Year", "URL", "Lit."]:
        table.add_column(col, overflow="fold")
    for fn in doc.footnotes:
        claim = fn.markers[0].claim.text if fn.markers and fn.markers[0].claim else ""
        table.add_row(
            fn.label,
            str(fn.line),
            *([_cut(claim, 80)] if claims else []),
            _cut(fn.reference.title or "", 60),
            fn.reference.year_raw or "",
            fn.reference.url or "",
            str(fn.literature.number) if fn.literature else "-",
        )
    console.print(table)
    if anomalies and found:
        console.print("[bold]Anomalies[/bold]")
        for a in found:
            where = f"line {a.line}" if a.line else "document"
            console.print(f"  {where:>10}  {a.code.value}: {a.message}", markup=False)


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@cli.command()
@db_option
@click.option("--refresh", is_flag=True, help="Check every URL, however recent its last check.")
@click.option("--max-age", type=float, help="Days a successful check stays fresh [7].")
@click.option(
    "--allow-private",
    is_flag=True,
    default=None,
    help="Allow private, loopback and link-local addresses (tests, intranets).",
)
@click.option("--per-host", type=click.IntRange(1), help="Requests in flight per host [2].")
@click.option("--concurrency", type=click.IntRange(1), help="Requests in flight in all [32].")
@click.option("--timeout", type=click.FloatRange(0.1), help="Seconds per request [15].")
@click.option("--user-agent", help="User-Agent header sent with every request.")
def check(
    db_path: str,
    refresh: bool,
    max_age: float | None,
    allow_private: bool | None,
    per_host: int | None,
    concurrency: int | None,
    timeout: float | None,
    user_agent: str | None,
) -> None:
    """Check every cited URL and store each observation in the history.

    Only URLs whose last check is older than --max-age (failures sooner) are
    fetched; a URL cited many times is fetched once. Settings come from
    bibcheck.toml or [tool.bibcheck] in pyproject.toml, then these flags.

    Example: bibcheck check --per-host 2
    """
    settings = load_settings(
        ".",
        max_age_days=max_age,
        allow_private=allow_private,
        per_host=per_host,
        concurrency=concurrency,
        timeout=timeout,
        user_agent=user_agent,
    )
    db = open_db(db_path)
    console = _console()
    with progress_bar(console, "Checking links") as on_progress:
        report = run_check(db, settings, refresh=refresh, on_progress=on_progress)
    render_check_report(console, report)


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
    text = dumps(build_export(open_db(db_path), load_settings(".").confirm))
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@cli.command("readers")
def list_readers() -> None:
    """List the manuscript readers and the file extensions they prefer."""
    for r in all_readers():
        click.echo(f"{r.name}: {', '.join(r.extensions)}")


def main() -> None:
    """Entry point: run the CLI and map errors to exit codes."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(ExitCode.INPUT)
    except click.ClickException as exc:
        exc.show()
        sys.exit(ExitCode.INPUT)
    except BibcheckError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(ExitCode.INPUT)
    except KeyboardInterrupt:
        click.echo("Interrupted; everything stored so far is kept.", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        click.echo(
            f"Internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in bibcheck; please report it with the command you ran.",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)
    sys.exit(ExitCode.OK)
