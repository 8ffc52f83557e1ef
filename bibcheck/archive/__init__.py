"""Rescue cited links from web archives (``bibcheck archive``).

For each cited URL that is no longer alive (or every URL with ``all_urls``),
find an archived copy a reader can use instead - the Wayback Machine (CDX,
then the availability API) first, a Memento aggregator second - choose the
capture closest at or before the citation date, verify that it answers and
is not a soft 404, and store the lookup (``found`` / ``not_archived`` /
``lookup_failed``).  Optionally ask Save Page Now to capture live pages no
archive holds, and measure content drift of live pages against their
capture.  See :mod:`bibcheck.archive.run` for the run and
:mod:`bibcheck.archive.lookup` for one lookup.
"""

from __future__ import annotations

from bibcheck.archive.choose import Capture, order_candidates, target_date
from bibcheck.archive.client import ArchiveError
from bibcheck.archive.drift import Drift, drift, quote_present
from bibcheck.archive.run import ArchiveReport, run_archive
from bibcheck.archive.settings import MEMENTO_TIMEMAP, ArchiveSettings

__all__ = [
    "MEMENTO_TIMEMAP",
    "ArchiveError",
    "ArchiveReport",
    "ArchiveSettings",
    "Capture",
    "Drift",
    "drift",
    "order_candidates",
    "quote_present",
    "run_archive",
    "target_date",
]
