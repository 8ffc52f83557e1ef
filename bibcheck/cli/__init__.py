"""The command line: click commands (:mod:`.commands`) and terminal rendering (:mod:`.render`).

A thin layer over the library: each command builds settings, calls one or two
library functions, renders the result and returns an exit code
(:class:`bibcheck.errors.ExitCode`).  Only this package prints.
"""

from bibcheck.cli.commands import ExitCode, cli, main

__all__ = ["ExitCode", "cli", "main"]
