"""The exception tree. Only the CLI turns these into messages and exit codes.

::

    BibcheckError
     +-- InputError        unusable input: empty, binary, unreadable, no reader
     +-- StoreError        the database cannot be opened or is from a newer bibcheck
     +-- ConfigError       a malformed configuration file or option
"""


class BibcheckError(Exception):
    """Base of every error bibcheck raises on purpose."""


class InputError(BibcheckError):
    """The input cannot be read as a manuscript."""


class StoreError(BibcheckError):
    """The database cannot be used."""


class ConfigError(BibcheckError):
    """A configuration file or option is malformed."""
