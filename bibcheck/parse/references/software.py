"""Statistical software cited as a work: ``web`` by the corpus's kinds.

Science papers cite the software they ran as its makers ask: ``R Core Team (2023). R: A
language and environment for statistical computing. R Foundation for Statistical Computing,
Vienna, Austria.``, ``StataCorp. 2021. Stata Statistical Software: Release 17. College
Station, TX: StataCorp LLC.``, ``IBM Corp. (2021). IBM SPSS Statistics for Windows, Version
28.0.``, ``Wickham H (2023). dplyr: A Grammar of Data Manipulation. R package version
1.1.4.``, ``Python Software Foundation. Python Language Reference, version 3.11.``  With no
journal and a "publisher", such an entry reads as a book or as nothing; the kinds of
tests/corpus/README.md file software (R and Python packages, CSL ``software``) as ``web``,
and a software paper in a journal (JOSS, Bioinformatics) stays an article.

:func:`software_web` makes such an entry ``web`` when it was read as a book or as nothing;
so too a dataset's or software's record in a repository (``Dataset, version 1.0. Zenodo,
2024. https://doi.org/10.5281/zenodo.…``, ``[Data set]. Dryad.``, ``versione 0.9.2, CRAN,
2023``, ``Version 0.8. Software Heritage; 2022``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.version_host import repository_named

__all__ = ["software_web"]

# what a software's own title says: R's, Stata's, SPSS's, Python's
_TITLE = lazy_compile(
    r"(?i:language\sand\senvironment\sfor\sstatistical\scomputing"
    r"|statistical\ssoftware:?\s(?:release|version)\s\d"
    r"|\bSPSS\sStatistics\sfor\s(?:Windows|Mac)"
    r"|\bPython\sLanguage\sReference)"
)
# a package's version, as CRAN, PyPI and Julia's registry cite one
_PACKAGE = lazy_compile(r"\b(?:R|Python|Julia|Stata|MATLAB)\spackage,?\sversion\s\d")
# a dataset's or software's record in a repository (the corpus's kinds: Zenodo, Dryad and
# Figshare records are ``web``): the repository by name or by its DOI prefix, or the type
# the entry gives itself ("Dataset, version 1.0.", "[Data set]", "Software, version 14.0")
_RECORD = lazy_compile(
    r"\b(?:Zenodo|Dryad(?:\sDigital\sRepository)?|[Ff]igshare|Dataverse|PANGAEA)\b"
    r"|\b10\.(?:5281/zenodo|5061/dryad|6084/m9\.figshare)\."
    r"|(?:^|[.\[]\s?)(?:Data\s?set|Software|Datensatz|Jeu\sde\sdonnées|Conjunto\sde\sdatos"
    # (the type in the other languages APA is written in: Norwegian, Danish, Swedish,
    # Dutch, Italian, Portuguese, Polish, Czech, Finnish)
    r"|Datasett|Datasæt|Datamängd|Gegevensset|Set\sdi\sdati|Conjunto\sde\sdados"
    r"|Zbiór\sdanych|Datová\ssada|Aineisto)"
    r"(?:\]|,\s(?:version|v\.|Version)\s\d)",
    re.I,
)
_TAKEN = (RefKind.BOOK, RefKind.UNKNOWN)


# a repository's DOI prefix: Zenodo, Dryad, Figshare (their records are datasets and software)
_RECORD_DOI = lazy_compile(r"^10\.(?:5281/zenodo|5061/dryad|6084/m9\.figshare)\.", re.I)


def software_web(ref: Reference) -> Reference:
    """``ref`` as ``web`` when it cites statistical software, or a dataset's or software's
    record in a repository, read as a book or nothing (a note that is only the record's DOI
    link, ``https://doi.org/10.5281/zenodo.7439021``, too)."""
    if ref.kind in _TAKEN and ref.doi and _RECORD_DOI.match(ref.doi) and not ref.volume:
        return replace(ref, kind=RefKind.WEB)
    if ref.kind not in _TAKEN or not ref.title or ref.volume or ref.issue:
        return ref
    if (
        _TITLE.search(ref.title) is None
        and _PACKAGE.search(ref.raw) is None
        and _RECORD.search(ref.raw) is None
        # (a release on a repository named: "…, versione 0.9.2, CRAN, 2023", :mod:`.version_host`)
        and not repository_named(ref.raw, ref.title)
    ):
        return ref
    return replace(ref, kind=RefKind.WEB)
