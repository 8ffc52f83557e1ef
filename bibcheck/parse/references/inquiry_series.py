"""A Nordic government publication cited by its series designation first: ``SOU 1948:27,
Title (Stockholm, 1948)``, ``NOU 2019:5 Title``, ``Ds 2019:12. Title``, ``Prop. 1949:70,
Title``, ``Skr. 2019/20:12 Title``, ``Betænkning nr. 1234/1992, Title``.

The designation is the series' year and running number (the Swedish and Norwegian official
inquiries, the departmental series, government bills and communications, Danish
committee reports): neither title, nor year of its own, nor pages.  When a parser left it
at the head of the title, the title is what follows it and the work is a report.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["without_series_designation"]

_DESIGNATION = lazy_compile(
    r"^(?:(?:SOU|NOU|Ds|[Pp]rop\.|[Ss]kr\.)\s(?:1[89]|20)\d\d(?:/\d\d)?:\d{1,4}"
    r"|Betænkning\snr\.\s\d{1,4}(?:/(?:1[89]|20)\d\d)?)"
    r"(?:[,.:]\s|\s(?=[^\W_]))"
)
_REPORTED = (RefKind.UNKNOWN, RefKind.BOOK, RefKind.ARTICLE, RefKind.REPORT)


def without_series_designation(ref: Reference) -> Reference:
    """``ref`` with a leading inquiry or bill designation cut from its title (see the
    module doc); unchanged when no such designation opens the title or nothing follows it."""
    title = ref.title or ""
    m = _DESIGNATION.match(title)
    if m is None:
        return ref
    rest = title[m.end() :].strip(" ,.;:")
    if len(rest) < 4 or not re.search(r"[^\W\d_]{3}", rest):
        return ref  # ("SOU 1948:27, s. 45": the designation alone names the work)
    kind = RefKind.REPORT if ref.kind in _REPORTED else ref.kind
    return dataclasses.replace(ref, title=rest, kind=kind)
