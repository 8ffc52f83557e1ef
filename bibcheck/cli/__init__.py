"""The command line: click commands (:mod:`.commands`) and terminal rendering (:mod:`.render`).

A thin layer over the library: each command builds settings, calls one or two
library functions, renders the result and returns an exit code
(:class:`bibcheck.errors.ExitCode`).  Only this package prints.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from bibcheck.cli import fleet as _fleet  # noqa: F401 - registers db, worker, status
from bibcheck.cli.commands import cli
from bibcheck.errors import BibcheckError, ExitCode
from bibcheck.store import database_error
from bibcheck.text import show_controls

__all__ = ["ExitCode", "cli", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (``argv`` without the program name; default: ``sys.argv``).

    Returns the exit code: the command's own, or the one an error maps to.
    Never raises, so the console script is ``sys.exit(main())``.
    """
    try:
        code = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="bibcheck",
            standalone_mode=False,
        )
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("Interrupted; everything stored so far is kept.", err=True)
        return ExitCode.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return ExitCode.INPUT
    except BibcheckError as exc:
        click.echo(f"Error: {show_controls(str(exc))}", err=True)
        return ExitCode.INPUT
    except OSError as exc:  # an output file or directory that cannot be written
        click.echo(f"Error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), err=True)
        return ExitCode.INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        described = database_error(exc)
        if described is not None:  # locked, disk full, damaged: the database, not a bug
            click.echo(f"Error: {show_controls(described)}", err=True)
            return ExitCode.INPUT
        click.echo(
            f"Internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in bibcheck; please report it with the command you ran.",
            err=True,
        )
        return ExitCode.INTERNAL
    return int(code or 0)
