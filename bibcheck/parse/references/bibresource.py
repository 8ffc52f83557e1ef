"""Kinds of BibTeX/biblatex entries for sources that are not books or articles.

The corpus conventions (``tests/corpus/README.md``, kinds of sources that are not articles or
books) file such sources by the nearest :class:`~bibcheck.model.RefKind`, the same way CSL's
types are filed (:mod:`bibcheck.parse.references.csljson`):

* biblatex ``@dataset`` and ``@software`` (Zenodo, Dryad, Figshare records, CRAN/PyPI
  packages, GitHub releases): ``web``;
* a preprint (arXiv, bioRxiv, medRxiv, SSRN, HAL …) typed ``@unpublished`` or ``@misc``:
  ``article`` -- known by its ``eprinttype``/``archiveprefix``, a preprint server named in
  ``howpublished``/``note``/``publisher``, or a preprint server's DOI prefix;
* a ``@misc`` deposited in a data repository (``publisher``/``howpublished`` Zenodo,
  Figshare, Dryad; a Zenodo or Dryad DOI) or published by a data centre (SEANOE, PANGAEA,
  NOAA's NCEI …: :mod:`.data_centres`): ``web``.

* a ``@misc``, ``@unpublished`` or ``@online`` slide deck (``howpublished = {Course
  slides, …}``): ``web`` (an unpublished slide deck online, by the conventions);
* a ``@misc``, ``@unpublished`` or ``@online`` entry its ``note``, ``type`` or
  ``howpublished`` calls a data set, a data file or a program (``note = {[Data set]}``,
  ``{ZA7500 Data file}``, ``{Data file edition 3.1}``, ``{R package version 4.2}``): ``web``,
  as ``@dataset`` and ``@software`` are.

Any other ``@unpublished`` (a manuscript, a talk) or ``@misc`` is left to the caller.
"""

from __future__ import annotations

from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references import data_centres, release_words

__all__ = ["is_preprint", "resource_kind"]

# entry types of resources distributed as files or code (no URL required of them: an R
# release is cited by its foundation and version, a dataset by its DOI)
ONLINE_RESOURCE_TYPES = frozenset({"dataset", "software", "data"})

# a preprint server or repository named in a field, as a word
_PREPRINT_SERVER = lazy_compile(
    r"\b(?:arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|edarxiv|osf\s+preprints|"
    r"ssrn|research\s+square|preprints\.org|techrxiv|essoar|eartharxiv|hal-\d+)\b"
)
_PREPRINT_TYPE = lazy_compile(r"\b(?:[a-z]*rxiv|ssrn|hal|osf|preprints?|repec)\b")
_PREPRINT_WORD = lazy_compile(r"\b(?:pre-?print|prépublication|preprint)\b")
# DOI prefixes of preprint servers: arXiv (10.48550), bioRxiv/medRxiv (10.1101, dated
# 2019.01.01-style suffix), SSRN (10.2139/ssrn), Research Square (10.21203/rs),
# Preprints.org (10.20944/preprints), ChemRxiv (10.26434/chemrxiv), OSF (10.31219/osf,
# 10.31234/osf, 10.31235/osf)
_PREPRINT_DOI = lazy_compile(
    r"^10\.(?:48550/|1101/\d{4}\.\d\d\.\d\d\.|2139/ssrn|21203/rs\.|20944/preprints|"
    r"26434/chemrxiv|3123[45]/osf|31219/osf)",
)
_DEPOSIT = lazy_compile(r"\b(?:zenodo|figshare|dryad|dataverse|pangaea|osf)\b")
_DEPOSIT_DOI = lazy_compile(
    r"^10\.(?:5281/zenodo|5061/dryad|6084/m9\.figshare|7910/dvn|1594/pangaea)"
)


# a slide deck, as ``howpublished``, ``type`` or ``note`` describes the entry: "Course
# slides, …", "Lecture slides", "Slide deck", "Vorlesungsfolien", "Diapositivas de clase"
# (lecture notes are no slides: no kind fits them)
_SLIDES = lazy_compile(
    r"\b(?:(?:lecture|course|class|presentation|powerpoint|conference|seminar)\s)?slides\b"
    r"|\bslide\s(?:deck|set)\b|\bvorlesungsfolien\b|\bfoliensatz\b|\bdiapositivas\b"
    r"|\bdiapositives\b|\bdiaporama\b"
)


# a data set or a program, as ``howpublished``, ``type`` or ``note`` describes the entry
# (APA's "[Data set]", "ZA7500 Data file", "Data file edition 3.1", "[Computer software]",
# "R package version 4.2"), in the languages .bib files are kept in: a data set's words
# (:data:`.release_words.DATA_SET`) and a data file's, but of software only the phrases that
# name a program (a note's bare "software" or "code" may be the paper's subject)
_DATA_OR_SOFTWARE = lazy_compile(
    rf"\b(?:{release_words.DATA_SET}|data\s?files?|datendatei"
    r"|fichier\sde\sdonn[ée]es|fichero\sde\sdatos|archivo\sde\sdatos"
    r"|computer\s(?:software|program)|r\spackage|python\spackage)\b"
)


def _lower(fields: Mapping[str, str], *names: str) -> str:
    return " ".join(fields.get(n, "") for n in names).casefold()


def _doi(fields: Mapping[str, str]) -> str:
    doi = fields.get("doi", "").strip().casefold()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if doi.startswith(prefix):
            return doi[len(prefix) :]
    return doi


def is_preprint(fields: Mapping[str, str]) -> bool:
    """The entry names a preprint server (its eprint type, a field naming the server or the
    word preprint) or has a preprint server's DOI."""
    typed = _lower(fields, "eprinttype", "archiveprefix")
    if typed.strip():
        return _PREPRINT_TYPE.search(typed) is not None
    said = _lower(fields, "howpublished", "note", "publisher", "organization", "type")
    if _PREPRINT_SERVER.search(said) or _PREPRINT_WORD.search(said):
        return True
    return _PREPRINT_DOI.search(_doi(fields)) is not None


def _deposited(fields: Mapping[str, str]) -> bool:
    said = _lower(fields, "howpublished", "publisher", "organization")
    if _DEPOSIT.search(said) is not None or _DEPOSIT_DOI.search(_doi(fields)) is not None:
        return True
    # (a data centre's: "publisher = {SEANOE}", a PANGAEA or NCEI DOI)
    return data_centres.data_centre(said, _doi(fields))


def resource_kind(entry_type: str, fields: Mapping[str, str]) -> RefKind | None:
    """The kind of a dataset, software, preprint or deposited ``@misc`` entry, or ``None``
    when the entry is none of these (its type's own kind stands)."""
    if entry_type in ONLINE_RESOURCE_TYPES:
        return RefKind.WEB
    if entry_type not in ("unpublished", "misc", "online", "electronic"):
        return None
    if is_preprint(fields):
        return RefKind.ARTICLE
    if entry_type == "misc" and _deposited(fields):
        return RefKind.WEB
    described = _lower(fields, "howpublished", "type", "note")
    if _SLIDES.search(described) is not None:
        return RefKind.WEB  # a slide deck, shared online or on a course's platform
    if _DATA_OR_SOFTWARE.search(described) is not None:
        return RefKind.WEB  # a data set or a program, as its description says
    return None
