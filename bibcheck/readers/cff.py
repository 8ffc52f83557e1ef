"""Citation File Format (``CITATION.cff``): how a software project asks to be cited.

No manuscript and no bibliography of one: bibcheck does not read it, and says so by
name (a file whose name is ``CITATION.cff`` or whose YAML opens with ``cff-version:``).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from bibcheck.lazyre import lazy_compile

_CFF_VERSION = lazy_compile(r"^cff-version[ \t]*:", re.M)


def is_cff(path: str | PurePath, text: str) -> bool:
    """Is this a Citation File Format file?"""
    return PurePath(path).suffix.lower() == ".cff" or _CFF_VERSION.search(text[:20_000]) is not None


def cff_refusal(path: str | PurePath) -> str:
    """Why a ``CITATION.cff`` is not read."""
    return (
        f"{path}: Citation File Format (CITATION.cff) is not read: it says how to cite a "
        "software project and cites no works itself; check the project's documents, or "
        "give its references as a .bib or CSL-JSON file"
    )
