"""Opening a word processor's file (DOCX, ODT): the refusals the readers share.

An empty file, and an OLE compound file (an old binary ``.doc`` or an encrypted
package, which Word and LibreOffice save as one), are refused before anything is read;
so is a file that should be a ZIP package and is none.  Each is an
:class:`~bibcheck.errors.InputError` naming the file (exit 2), its words the reader's.
"""

from __future__ import annotations

import zipfile

from bibcheck.errors import InputError
from bibcheck.readers.xmlsafe import Package, read_package

__all__ = ["OLE", "open_package", "refuse_empty_or_binary"]

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and other OLE compound files


def refuse_empty_or_binary(data: bytes, path: str, binary: str) -> None:
    """Refuse an empty file, and an OLE compound file (``binary``: why it is not the
    format read, and what to do)."""
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if data.startswith(OLE):
        raise InputError(f"{path}: {binary}")


def open_package(data: bytes, path: str, kind: str) -> Package:
    """The ZIP package ``data`` holds; refused when it is none (``kind``: what it should
    be, "DOCX")."""
    try:
        return read_package(data)
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: not a readable {kind} (ZIP) package ({exc})") from None
