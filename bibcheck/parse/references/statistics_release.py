"""A statistics office's release, designated so in the reference: a ``report``.

A government's statistical output is cited with its status as an element of its own, after
the title: UK ``Official statistics.``, ``Accredited official statistics.``, ``National
Statistics.``, ``Experimental statistics.``, ``Statistical release.``, ``Statistical
bulletin.``; German ``Amtliche Statistik.``, ``Statistischer Bericht.``; French
``Statistique publique.``, ``Publication de la statistique publique.``; Spanish
``Estadística oficial.``; Portuguese ``Estatística oficial.``; Italian ``Statistica
ufficiale.``; Indonesian and Malay ``Statistik resmi.``, ``Berita Resmi Statistik.``;
Japanese ``基幹統計``, ``公的統計`` (an element of its own, after a full stop or in brackets).
Such a release is a statistics office's report (the corpus conventions: a statistics bulletin
is a ``report``), even when it is cited by its address; the word inside a title (``Official
statistics and their users``, a book about them) is no such element.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["statistics_release", "statistics_status"]

_STATUS = lazy_compile(
    r"(?:^|[.;]\s|[(\[（［【]\s?)"
    r"(?:(?:Accredited\s)?Official\sStatistics|National\sStatistics|Experimental\sStatistics"
    r"|Statistical\s(?:release|bulletin|first\srelease)"
    r"|Amtliche\sStatistik|Statistischer\sBericht"
    r"|(?:Publication\sde\sla\s)?Statistique\spublique"
    r"|Estad[íi]stica\soficial|Estat[íi]stica\soficial|Statistica\sufficiale"
    r"|Statistik\sresmi|Berita\sResmi\sStatistik"
    r"|基幹統計|公的統計|一般統計)"
    r"(?=\s?[.;,)\]）］】]|\s?$)",
    re.IGNORECASE,
)
# the kinds a release may have been read as: none, a book, a web page (its address)
_RELABELLED = frozenset({RefKind.UNKNOWN, RefKind.BOOK, RefKind.WEB})


def statistics_status(text: str) -> bool:
    """Does ``text`` designate its work a statistics office's release (see the module)?"""
    return _STATUS.search(" ".join(re.sub(r"[*_]", "", text).split())) is not None


def statistics_release(ref: Reference, text: str) -> Reference:
    """``ref`` a ``report`` when ``text`` designates it an official statistics release and it
    was read as no kind, a book or a web page."""
    if ref.kind not in _RELABELLED or not statistics_status(text):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
