"""A data or software repository where a journal would stand: the record is ``web``.

IEEE and its kin cite a deposited data set or program with the repository in the place a
journal takes, no version before it (:mod:`.version_host` reads a version):
``A. Nowicka and T. Wierzbicki, “Strain records of three viaducts,” Zenodo, 2025, doi:
10.5281/zenodo.…``, ``M. Rossi, «Misure …», figshare, 2023.``, ``K. Lee, “…,” Dryad,
2022.``  A repository is no journal: it prints no volume, issue or pages.  The corpus
conventions (``tests/corpus/README.md``: datasets and software) file such a record as
``web``; :func:`repository_record` relabels an article whose host is the repository's name
alone and which has no volume (other than its year), issue or pages, and drops that host.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["repository_record"]

# the repositories' names as a host: the whole host, with its capitals
_REPOSITORY = lazy_compile(
    r"(?:Zenodo|[Ff]igshare|Dryad|Dryad\sDigital\sRepository|Mendeley\sData"
    r"|(?:Harvard\s)?Dataverse|PANGAEA|OSF|Open\sScience\sFramework|Software\sHeritage"
    r"|4TU\.ResearchData|DANS(?:\sEASY|\sData\sStation)?|openICPSR|ICPSR|Kaggle)"
)


def repository_record(ref: Reference) -> Reference:
    """``ref`` a ``web`` record with no host when it was read as an article of a data or
    software repository (see the module); ``ref`` itself otherwise."""
    if (
        ref.kind is not RefKind.ARTICLE
        or ref.host is None
        or _REPOSITORY.fullmatch(ref.host.strip(" .,;*_")) is None
        or ref.volume not in (None, ref.year_raw)
        or ref.issue
        or ref.pages
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB, host=None, volume=None)
