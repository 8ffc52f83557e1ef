"""The exception tree and the exit codes. Only the CLI turns errors into messages and codes.

::

    BibcheckError
     +-- InputError        unusable input: empty, binary, unreadable, no reader
     |    +-- NothingCitedError   no reader, and nothing in it looks like a citation
     +-- StoreError        the database cannot be opened or is from a newer bibcheck
     +-- ConfigError       a malformed configuration file or option
"""

from enum import IntEnum


class ExitCode(IntEnum):
    """The process exit codes of every command (documented in README)."""

    OK = 0
    FINDINGS = 1  # findings at or above --fail-on
    INPUT = 2  # usage or input error: nothing was judged
    INTERNAL = 3  # a bug: please report it
    INTERRUPTED = 130  # Ctrl-C; what was stored is kept


class BibcheckError(Exception):
    """Base of every error bibcheck raises on purpose."""


class InputError(BibcheckError):
    """The input cannot be read as a manuscript."""


class NothingCitedError(InputError):
    """No reader fits, and the text holds no citation-like text, note or reference list:
    a document that cites nothing (a book's preface, say) has nothing to check."""


class StoreError(BibcheckError):
    """The database cannot be used."""


class ConfigError(BibcheckError):
    """A configuration file or option is malformed."""
