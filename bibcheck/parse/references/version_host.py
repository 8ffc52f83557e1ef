"""A release's version where a journal would stand: software's or a data set's record.

IEEE and its kin cite a program or a data set by its version after the title, in the place a
journal takes: ``A. Okafor, “qinitial-fp: Feature extraction …,” Version 1.0.3, Zenodo,
2025, doi: 10.…/zenodo.…``, ``J. Müller, „fastgeo: …“, Version 2.1, PyPI, 2024.``,
``M. Rossi, «tsclust: …», versione 0.9.2, CRAN, 2023.``  A version (``Version``,
``versione``, ``versión``, ``versão``, ``wersja``, ``Release``, ``v``, then a number with
a point) is no journal: :func:`version_not_host` drops such a host.  The corpus
conventions (tests/corpus/README.md; tests/heldout51/README.md) file software, packages and
repositories' records as ``web``: the reference becomes ``web`` when it names the
repository it was released on (Zenodo, figshare, Dryad, Software Heritage, PyPI, CRAN,
Bioconductor, GitHub, GitLab, or the repository's DOI prefix); otherwise its kind is left
unknown (a specification's ``Version 5.3`` is a report's, a handbook's a book's).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import release_words

__all__ = [
    "release_version_off_title",
    "repository_named",
    "version_designation",
    "version_not_host",
    "version_off_title",
]

# a release's version: the word in the languages of the lists, or "v", then "1.0.3"
_VERSION = lazy_compile(
    r"(?:version|versione|versión|versão|versio|wersja|verze|release|v\.?)\s?\d+(?:\.\d+)+"
    r"(?:[-+.]?\w+)?",
    re.IGNORECASE,
)
# the repository a release is deposited on, by its name (with its capitals) or DOI prefix
_REPOSITORY = lazy_compile(
    r"(?<![\w./])(?:Zenodo|[Ff]igshare|Dryad|Software\sHeritage|PyPI|CRAN|Bioconductor"
    r"|GitHub|GitLab)(?!\w|\.\w)"
    r"|\b10\.(?:5281/zenodo|5061/dryad|6084/m9\.figshare)\.",
)


# the release's year after its version: "v2.3.1 (2021)", "Version 1.1.0, 2023"
_DATED = lazy_compile(r"(?:,\s?|\s\()(?:19|20)\d\d\)?$")


def version_designation(text: str | None) -> bool:
    """Is ``text`` a release's version alone ("Version 1.0.3", "versione 0.9.2", "v2.1",
    "v2.3.1 (2021)")?"""
    plain = _DATED.sub("", (text or "").strip(" .,;*_"))
    return bool(text) and _VERSION.fullmatch(plain) is not None


def repository_named(text: str, title: str | None = None) -> bool:
    """Does ``text`` name a software or data repository (Zenodo, PyPI, CRAN, GitHub …)
    outside its ``title`` ("Mining GitHub: …" is a paper's)?"""
    text = " ".join(text.split())
    if title:
        text = text.replace(" ".join(title.split()), " ")
    return _REPOSITORY.search(text) is not None


def version_not_host(ref: Reference) -> Reference:
    """``ref`` without a "journal" that is a version, ``web`` when it names its repository
    (see the module)."""
    if (
        ref.kind not in (RefKind.ARTICLE, RefKind.WEB)
        or not version_designation(ref.host)
        or ref.volume not in (None, ref.year_raw)
        or ref.issue
        or ref.pages
    ):
        return ref
    named = ref.kind is RefKind.WEB or repository_named(ref.raw, ref.title)
    kind = RefKind.WEB if named else RefKind.UNKNOWN
    return dataclasses.replace(ref, host=None, volume=None, kind=kind)


# a version and the release's year closing a title: "qtools: Quantile tools, Version 1.1.0,
# 2023", "Titel, v2.3.1 (2021)"
_TITLE_VERSION = lazy_compile(
    r",\s(?P<version>(?i:version|versione|versión|versão|versio|wersja|verze|release|v\.?)"
    r"\s?\d+(?:\.\d+)+(?:[-+.]?\w+)?)(?P<dated>(?:,\s?|\s\()(?P<year>(?:19|20)\d\d)\)?)$"
)


def version_off_title(ref: Reference) -> Reference:
    """``ref`` with the release's year after a version at the end of its title cut off the
    title and made the entry's year when it had none; a release's version itself is cut
    too (:func:`release_version_off_title`).  A document's version stays its title's
    (``The Unicode Standard, Version 12.0``): it is neither a year nor a volume."""
    ref = release_version_off_title(ref)
    m = _TITLE_VERSION.search(ref.title or "")
    if m is None or m.start() < 2:
        return ref
    year = m.group("year")
    dated = ref.year is None
    return dataclasses.replace(
        ref,
        title=(ref.title or "")[: m.start("dated")].strip(" ,."),
        year=int(year) if dated else ref.year,
        year_raw=year if dated else ref.year_raw,
    )


# A release's version closing its title, after a comma or in brackets, in the languages the
# lists are written in: "QGIS Geographic Information System, version 3.28", "…, versione
# 3.28", "…, Version 3.0", "…, v. 2.1", "…, v2.1.0", "… (Version 4.2)", "… [versión 1.2]"
_CLOSING_VERSION = lazy_compile(
    r"(?:,\s|\s[(\[])(?:(?i:version|versione|versión|versão|versio|versie|versjon|wersja|verze)"
    r"\s?\d+(?:\.\d+)*|(?i:v)\.\s?\d+(?:\.\d+)*|(?i:v)\d+(?:\.\d+)+)(?:[-+.]?[a-z]\w*)?[)\]]?$"
)
# a document's genre before its version: the version is of the document, its title's
# ("The Unicode Standard, Version 12.0", "The Keccak reference, version 3.0", "HEC-HMS …:
# User's Manual, Version 4.2", "FIT Count … survey protocols, version 3", "Solar cell
# efficiency tables (version 58)")
_DOCUMENT = lazy_compile(
    r"(?i:\b(?:manual|handbook|guide|guidelines|guidance|reference|specifications?|standard"
    r"|protocols?|documentation|schema|report|methodology|tables|handbuch|manuel|manuale"
    r"|norma|norm|leitfaden|richtlinie|spécification|especificación|specifica)\b)"
)
# what says the work is a release of software or a data set, besides its repository: the
# type APA and the makers write, in the list's language
# (:func:`.release_words.release_described`: "[Computer software]", "[Software]", "[Data
# set]", "[Datensatz]", "[Code]", "Computer program"), a software's team as its author
# ("QGIS Development Team", "R Core Team", "The pandas development team", "OpenStreetMap
# contributors")
_SOFTWARE_TEAM = lazy_compile(
    r"(?i:\b(?:development|core|dev)\steam\b|\bdevelopers\b|\bcontributors\b)"
)
# a mark closing an emphasised or quoted title right after the version: the version is
# printed as the title's ("*… holdings, Version 5.5*,", "“…, version 2,”")
_MARKED_END = frozenset("*_”\"»’'")


def _release(ref: Reference) -> bool:
    """Is ``ref`` a release of software or a data set: its repository named, its type
    described (:func:`.release_words.release_described`), its DOI a repository's, its
    author a software's team?"""
    raw = ref.raw
    if repository_named(raw, ref.title) or release_words.release_described(raw):
        return True
    if ref.doi and _REPOSITORY.match(ref.doi):
        return True
    return any(_SOFTWARE_TEAM.search(author) for author in ref.authors)


def release_version_off_title(ref: Reference) -> Reference:
    """``ref`` without the version of a release of software or a data set closing its title
    (``QGIS Geographic Information System, versione 3.28`` → ``QGIS Geographic Information
    System``): APA's and CSL's version is an element of its own, not the title's (APA
    prints it in brackets after the title, CSL has its own ``version`` variable).  A
    document's version (a standard's, a manual's, a specification's: :data:`_DOCUMENT`)
    stays, and so does a version inside the title's emphasis or quotes.  A release read as
    a book or nothing becomes ``web``, the corpus's kind for software and data sets."""
    title = ref.title or ""
    m = _CLOSING_VERSION.search(title)
    if m is None or m.start() < 2 or _DOCUMENT.search(title[: m.start()]) is not None:
        return ref
    if not _release(ref):
        return ref
    flat = " ".join(ref.raw.split())
    printed = flat.find(" ".join(title[m.start() :].split()))
    after = printed + len(" ".join(title[m.start() :].split()))
    if printed >= 0 and after < len(flat) and flat[after] in _MARKED_END:
        return ref
    kind = RefKind.WEB if ref.kind in (RefKind.BOOK, RefKind.UNKNOWN) else ref.kind
    return dataclasses.replace(ref, title=title[: m.start()].rstrip(" ,."), kind=kind)
