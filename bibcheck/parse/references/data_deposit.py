"""A replication package or a dataset deposited in a data repository, filed under a generic
BibTeX type: ``web``, as the corpus conventions (``tests/corpus/README.md``: datasets and
software are ``web``) file a CSL ``dataset`` or a biblatex ``@dataset``.

Economics and the social sciences cite the data and code behind a paper as a ``@misc``::

    @misc{key, author = {…}, title = {Replication package for: …}, year = {2024},
      publisher = {Inter-university Consortium for Political and Social Research},
      howpublished = {openICPSR}, doi = {10.3886/E198765V1}}

A ``@misc``/``@online``/``@electronic`` entry is such a deposit when its title opens with
the words for replication data in the languages these are written in (``Replication
package``, ``Replication data for``, ``Data and code for``, ``Paquete de replicación``,
``Datos de replicación``, ``Données de réplication``, ``Replikationsdaten``, ``Pacote de
replicação``, ``Pacchetto di replica``), or its ``howpublished``, ``publisher``,
``organization`` or DOI names a data repository (openICPSR, Zenodo, Dryad, Figshare, a
Dataverse, Mendeley Data, OSF, DANS, 4TU.ResearchData, the UK Data Service, GESIS) and its
title calls it data (:func:`.bodydataset.data_titled`) or replication material; or its
``howpublished`` names it a data set in any language (``Skup podataka, verzija 1.3``,
``Conjunt de donadas``: :func:`.bodydataset.names_dataset`) and it has a DOI or an address; or it
has a DOI of its own, no publisher, institution, series or number, and its title calls it
data or a data product (a database, an inventory, a catalogue: ``Fluctuations of Glaciers
Database``, ``Randolph Glacier Inventory``) while nothing else gave it a kind.  Any other
entry keeps its kind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.bodydataset import data_titled, names_dataset

__all__ = ["deposit_kind", "replication_titled"]

_TYPES = frozenset({"misc", "online", "electronic", "www", "unpublished"})
# the title (or its part after ": ") opening with replication material's name
_REPLICATION = lazy_compile(
    r"^(?:replication\s(?:package|data|files|materials?|code|archive)"
    r"|(?:data|code)\s(?:and|&)\s(?:code|data)\s(?:for|to\sreplicate)"
    r"|(?:paquete|datos|archivos|materiales|c[óo]digo)\sde\sreplicaci[óo]n"
    r"|(?:donn[ée]es|fichiers|mat[ée]riel|code|paquet)\sde\sr[ée]plication"
    r"|replikations(?:daten|paket|dateien|material)"
    r"|(?:pacote|dados|arquivos|materiais)\sde\sreplica[çc][ãa]o"
    r"|(?:pacchetto|dati|file|materiali)\sdi\sreplica(?:zione)?"
    r"|replicatie(?:pakket|bestanden|data|materiaal))\b",
    re.IGNORECASE,
)
# a data repository named by the entry
_REPOSITORY = lazy_compile(
    r"\b(?:open\s?ICPSR|ICPSR|Inter-university\sConsortium\sfor\sPolitical\sand\sSocial\sResearch"
    r"|Zenodo|Dryad|Figshare|Dataverse|Mendeley\sData|OSF|Open\sScience\sFramework|DANS"
    r"|4TU\.ResearchData|UK\sData\s(?:Service|Archive)|GESIS)\b",
    re.IGNORECASE,
)
# the DOI prefixes of data repositories: Zenodo, ICPSR, Dryad, Figshare, Dataverse, Mendeley
# Data, OSF, DANS, 4TU.ResearchData, GESIS, the UK Data Service
_REPOSITORY_DOI = lazy_compile(
    r"^10\.(?:5281|3886|5061|6084|7910|17632|17605|17026|4121|4232|5255)/", re.IGNORECASE
)


# the fields of a work published in a series or by a publisher: no data product's
_PUBLISHED = ("publisher", "institution", "school", "number", "type", "eprint", "series")
# a title naming a data product: a database, an inventory, a catalogue, a (time) series
_DATA_PRODUCT = lazy_compile(
    r"(?<!\w)(?:data\s?bases?|inventory|inventories|catalogue|catalog|Datenbank|Inventar"
    r"|bases?\sde\sdatos|banca\sdati|banche\sdati|databanken?)(?!\w)",
    re.IGNORECASE,
)


def _text(value: object) -> str:
    return " ".join(str(value).replace("{", "").replace("}", "").split()) if value else ""


def replication_titled(title: str | None) -> bool:
    """Does ``title`` (or a part of it after ``: ``) name replication material?"""
    if not title:
        return False
    parts = re.split(r":\s", " ".join(title.split()))
    return any(_REPLICATION.match(p.strip(" *_\"'“”")) for p in parts)


def deposit_kind(entry_type: str, fields: Mapping[str, str], kind: RefKind) -> RefKind:
    """``web`` for a generic entry citing a deposit of data (see the module), else ``kind``."""
    if entry_type not in _TYPES or kind not in (RefKind.UNKNOWN, RefKind.BOOK, RefKind.REPORT):
        return kind
    if any(_text(fields.get(n)) for n in ("journal", "journaltitle", "booktitle")):
        return kind
    title = _text(fields.get("title"))
    if replication_titled(title):
        return RefKind.WEB
    where = " ".join(
        _text(fields.get(n)) for n in ("howpublished", "publisher", "organization", "url")
    )
    doi = _text(fields.get("doi"))
    deposited = _REPOSITORY.search(where) is not None or _REPOSITORY_DOI.match(doi) is not None
    if deposited and data_titled(title):
        return RefKind.WEB
    if (doi or _text(fields.get("url"))) and names_dataset(_text(fields.get("howpublished"))):
        # ("howpublished = {Skup podataka, verzija 1.3}, doi = {…}": the entry says it is a
        # data set, in its own language, and where it is found)
        return RefKind.WEB
    if (
        kind is RefKind.UNKNOWN
        and doi
        and not any(_text(fields.get(n)) for n in _PUBLISHED)
        and (data_titled(title) or _DATA_PRODUCT.search(title) is not None)
    ):
        # ("@misc{…, title = {Fluctuations of Glaciers Database}, howpublished = {World
        # Glacier Monitoring Service, Zürich}, doi = {10.5904/…}}": a data product under its
        # own DOI, no publisher's or series' work)
        return RefKind.WEB
    return kind
