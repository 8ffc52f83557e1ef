"""bibcheck: check a manuscript's citations.

Library entry points (the CLI is a thin layer over these)::

    from bibcheck import parse_file, open_db, save_document
    doc = parse_file("references/on-the-course-of-cooperation.md")
    db = open_db("bibcheck.db")
    save_document(db, doc, size=0, now=datetime.now(UTC))

The names are imported on first use, so ``import bibcheck.model`` loads the
model alone (not the store, the readers or sqlite-utils).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "BibcheckError": "bibcheck.errors",
    "ConfigError": "bibcheck.errors",
    "ExitCode": "bibcheck.errors",
    "InputError": "bibcheck.errors",
    "StoreError": "bibcheck.errors",
    "parse_bytes": "bibcheck.manuscript",
    "parse_file": "bibcheck.manuscript",
    "open_db": "bibcheck.store",
    "load_document": "bibcheck.store.documents",
    "save_document": "bibcheck.store.documents",
    "build_export": "bibcheck.export.json",
    "load_settings": "bibcheck.config",
    "run_all": "bibcheck.pipeline",
}

__all__ = [
    "__version__",
    "BibcheckError",
    "ConfigError",
    "ExitCode",
    "InputError",
    "StoreError",
    "build_export",
    "load_document",
    "load_settings",
    "open_db",
    "parse_bytes",
    "parse_file",
    "run_all",
    "save_document",
]

if TYPE_CHECKING:
    from bibcheck.config import load_settings
    from bibcheck.errors import BibcheckError, ConfigError, ExitCode, InputError, StoreError
    from bibcheck.export.json import build_export
    from bibcheck.manuscript import parse_bytes, parse_file
    from bibcheck.pipeline import run_all
    from bibcheck.store import open_db
    from bibcheck.store.documents import load_document, save_document


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'bibcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value
