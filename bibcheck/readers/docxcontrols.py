"""Citation managers' content controls in a Word document: the field each one stands for.

Mendeley Cite (Mendeley's Word add-in since 2020) writes no field: each citation is a
content control (``<w:sdt>``) whose tag is ``MENDELEY_CITATION_v3_`` followed by the
citation's JSON in base64 (the same CSL citation JSON, ``citationItems`` with each
work's ``itemData``, that ``ADDIN CSL_CITATION`` fields hold); the control's content is
the rendered citation, "(Smith & Okafor, 2019)".  Its list is a control tagged
``MENDELEY_BIBLIOGRAPHY`` around the list's paragraphs.

Each such tag is read as the instruction of the field it stands for, so that
:mod:`bibcheck.readers.docxfields` reads it as it reads the fields.  Pure functions: a
tag in, an instruction out; a tag whose data cannot be decoded gives an instruction
without data (read as an anomaly, never as silence).
"""

from __future__ import annotations

import base64
import binascii

from bibcheck.readers.docxfields import MAX_DATA, MAX_INSTR

__all__ = ["BIBLIOGRAPHY_INSTR", "CITATION_INSTR", "CITATION_PREFIX", "control_instr"]

CITATION_PREFIX = "MENDELEY_CITATION_V3_"  # compared upper-cased
_BIBLIOGRAPHY_TAG = "MENDELEY_BIBLIOGRAPHY"
CITATION_INSTR = "ADDIN CSL_CITATION "
BIBLIOGRAPHY_INSTR = "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY"


def control_instr(tag: str) -> tuple[str, bool] | None:
    """The field instruction a content control's tag stands for and whether its data was
    cut at a cap (``MAX_DATA`` characters of base64, ``MAX_INSTR`` of JSON), or None for
    a control that is no citation manager's."""
    upper = tag[: len(CITATION_PREFIX)].upper()
    if upper == CITATION_PREFIX:
        encoded = tag[len(CITATION_PREFIX) :]
        text = _decoded(encoded[:MAX_DATA])
        cut = len(encoded) > MAX_DATA or len(text) > MAX_INSTR
        return CITATION_INSTR + text[:MAX_INSTR], cut
    if tag.strip().upper() == _BIBLIOGRAPHY_TAG:
        return BIBLIOGRAPHY_INSTR, False
    return None


def _decoded(encoded: str) -> str:
    """The UTF-8 text of base64 data ("" when it is not base64 of UTF-8 text)."""
    compact = "".join(encoded.split())
    compact += "=" * (-len(compact) % 4)  # the padding is sometimes left out
    try:
        return base64.b64decode(compact, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return ""
