"""bibcheck: check a manuscript's citations.

Library entry points (the CLI is a thin layer over these)::

    from bibcheck import parse_file, open_db, save_document, build_export
    doc = parse_file("references/on-the-course-of-cooperation.md")
    db = open_db("bibcheck.db")
"""

__version__ = "0.1.0"

from bibcheck.errors import BibcheckError, InputError, StoreError  # noqa: E402
from bibcheck.manuscript import parse_bytes, parse_file  # noqa: E402
from bibcheck.store import open_db  # noqa: E402
from bibcheck.store.documents import load_document, save_document  # noqa: E402

__all__ = [
    "BibcheckError",
    "InputError",
    "StoreError",
    "__version__",
    "load_document",
    "open_db",
    "parse_bytes",
    "parse_file",
    "save_document",
]
