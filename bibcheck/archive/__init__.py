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

from typing import TYPE_CHECKING

# ``bibcheck.archive.drift`` is the module (its function is ``bibcheck.archive.drift.drift``):
# a package attribute never hides a submodule of the same name.
from bibcheck.archive.drift import Drift, quote_present
from bibcheck.lazymodule import lazy_attributes

if TYPE_CHECKING:  # the names below are loaded on first use: see __getattr__
    from bibcheck.archive.choose import Capture, order_candidates, target_date
    from bibcheck.archive.client import ArchiveError
    from bibcheck.archive.run import ArchiveReport, run_archive
    from bibcheck.archive.settings import MEMENTO_TIMEMAP, ArchiveSettings

# Where each other public name lives.  The package does not import them at start-up, so
# that ``bibcheck.archive.settings`` (read by every command's configuration) does not load
# the HTTP client (aiohttp) with it; a name is imported the first time it is asked for.
_HOMES = {
    "Capture": "choose",
    "order_candidates": "choose",
    "target_date": "choose",
    "ArchiveError": "client",
    "ArchiveReport": "run",
    "run_archive": "run",
    "MEMENTO_TIMEMAP": "settings",
    "ArchiveSettings": "settings",
}

__all__ = [
    "MEMENTO_TIMEMAP",
    "ArchiveError",
    "ArchiveReport",
    "ArchiveSettings",
    "Capture",
    "Drift",
    "order_candidates",
    "quote_present",
    "run_archive",
    "target_date",
]


__getattr__ = lazy_attributes(__name__, _HOMES)
