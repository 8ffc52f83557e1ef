"""Citation verification (issue 13): is every citation the work it claims to be?

``bibcheck verify`` asks scholarly registries (Crossref, the DOI system,
OpenAlex) whether each reference names a real work as cited, whether that
work was retracted, corrected or superseded by a published version, whether
each cited web page is the article the reference names, and whether each
quotation is on that page.  See :mod:`bibcheck.verify.run`.

Layout: ``works`` (registry JSON -> Work), ``match`` and ``identity``
(reference vs work), ``status`` (retractions, corrections, preprints),
``pagemeta`` and ``pages`` (page metadata vs reference), ``quotes``,
``http`` (the one network seam), ``api`` (gates, retries, counting),
``registries`` (the requests and their cache), ``items`` and ``run``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bibcheck.lazymodule import lazy_attributes

if TYPE_CHECKING:  # the names below are loaded on first use: see __getattr__
    from bibcheck.verify.run import VerifyReport, run_verify
    from bibcheck.verify.settings import VerifySettings

# Where each public name lives.  The package imports none of them at start-up, so that
# ``bibcheck.verify.settings`` (read by every command's configuration) does not load the
# HTTP client (aiohttp) with it; a name is imported the first time it is asked for.
_HOMES = {"VerifyReport": "run", "run_verify": "run", "VerifySettings": "settings"}

__all__ = ["VerifyReport", "VerifySettings", "run_verify"]


__getattr__ = lazy_attributes(__name__, _HOMES)
