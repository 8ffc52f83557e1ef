"""RIS's type-dependent tags: ``C1``–``C8``, ``M1``/``M3``, ``AN``, ``L1``–``L4``/``LK``.

The RIS specification gives the custom tags a meaning per record type, and EndNote,
Zotero and Mendeley write them so::

    TY  - JOUR   C1 legal note, C2 PMCID, C6 NIHMSID, C7 article number
    TY  - EJOUR  C1 year cited, C2 date cited, C3 PMCID, C4 reviewer, C5 issue title,
                 C6 NIHMSID, C7 article number
    TY  - CONF   C1 place published, C2 year published, C3 proceedings title,
                 C5 packaging method (CY the conference's location)
    TY  - CPAPER C1 place published (CY the conference's location)
    TY  - BOOK   C3 title prefix, C4 reviewer
    TY  - CHAP   C1 section, C3 title prefix, C4 reviewer, C5 packaging method
    TY  - EBOOK  C1 year cited, C2 date cited, C3 title prefix, C4 reviewer,
                 C5 last update date, C6 NIHMSID, C7 PMCID
    TY  - ECHAP  C1 section, C3 title prefix, C4 reviewer, C6 NIHMSID, C7 PMCID
    TY  - ELEC   C1 year cited, C2 date cited (and MULTI, the same)
    TY  - NEWS   C1 column, C2 issue

:func:`custom_item` reads those that are fields of a reference (as CSL keys: a PMCID, an
article number as the pages when no ``SP`` gives them, the place of publication, the
proceedings' title as the container when no ``T2`` names it, the date cited as the
access date when no ``Y2`` gives it, a newspaper's issue, a title prefix before the
title) and a DOI that an exporter wrote elsewhere than in ``DO`` (``M3  - doi:10.…``,
``N1``, ``L3``).  The others are read and set aside with their meaning
(:func:`ignored`): no anomaly, for they are the format's own and were not misspelled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["LINK_TAGS", "custom_item", "ignored"]

# the tags a record's addresses are in, in the order they are the work's: UR the work's
# address, L2 its full text, LK EndNote's "website link", L1 an attached file (a PDF
# online; "internal-pdf://" no address), L4 a figure
LINK_TAGS = ("UR", "L2", "LK", "L1", "L4")

_JOURNAL = ("JOUR", "JFULL", "INPR", "ABST")
_CITED = ("ELEC", "EJOUR", "EBOOK", "MULTI")

# (record types, tag) -> the CSL key its value is
_READ: Mapping[tuple[str, str], str] = {
    **{(t, "C2"): "PMCID" for t in _JOURNAL},
    ("EJOUR", "C3"): "PMCID",
    **{(t, "C7"): "PMCID" for t in ("EBOOK", "ECHAP")},
    **{(t, "C7"): "page" for t in (*_JOURNAL, "EJOUR")},
    **{(t, "C1"): "publisher-place" for t in ("CONF", "CPAPER")},
    ("CONF", "C3"): "container-title",
    **{(t, "C2"): "accessed" for t in _CITED},
    ("NEWS", "C2"): "issue",
    **{(t, "C3"): "title-prefix" for t in ("BOOK", "CHAP", "EBOOK", "ECHAP")},
}

# what the tags set aside mean (by record type; "*": every other type)
_MEANINGS: Mapping[tuple[str, str], str] = {
    **{(t, "C1"): "legal note" for t in _JOURNAL},
    **{(t, "C6"): "NIHMSID" for t in (*_JOURNAL, "EJOUR", "EBOOK", "ECHAP")},
    **{(t, "C1"): "year cited" for t in _CITED},
    **{(t, "C1"): "section" for t in ("CHAP", "ECHAP", "SER")},
    **{(t, "C4"): "reviewer" for t in ("BOOK", "CHAP", "EBOOK", "ECHAP", "EJOUR")},
    **{(t, "C5"): "packaging method" for t in ("CHAP", "ECHAP", "CONF", "SER")},
    ("CONF", "C2"): "year published",
    ("EJOUR", "C5"): "issue title",
    ("EBOOK", "C5"): "last update date",
    ("NEWS", "C1"): "column",
    ("BLOG", "C1"): "author affiliation",
    ("GOVDOC", "C1"): "government body",
    ("PAT", "C3"): "designated states",
    **{("*", f"C{n}"): f"custom {n}" for n in range(1, 9)},
    ("*", "AN"): "accession number",
    ("*", "DB"): "name of database",
    ("*", "DP"): "database provider",
    ("*", "M1"): "number",
    ("*", "M2"): "miscellaneous",
    ("*", "M3"): "type of work",
    ("*", "L1"): "file attachment",
    ("*", "L3"): "related records",
    ("*", "L4"): "figure",
    ("*", "LB"): "label",
    ("*", "CN"): "call number",
    ("*", "RN"): "research notes",
    ("*", "AB"): "abstract",
    ("*", "N2"): "abstract",
    ("*", "KW"): "keyword",
    ("*", "AD"): "author address",
    ("*", "ID"): "reference id",
}

# a DOI written as a value of its own ("10.1000/xyz", "doi:10.1000/xyz",
# "https://doi.org/10.1000/xyz")
_DOI_VALUE = lazy_compile(
    r"(?:doi\s*:\s*|https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/\S+)", re.IGNORECASE
)
_DOI_IN_NOTE = lazy_compile(r"\bdoi\s*:\s*(?P<doi>10\.\d{4,9}/\S+?)[.,;]?(?:\s|$)", re.I)
_PMC = lazy_compile(r"PMC\d{1,9}", re.IGNORECASE)
# an article number: "e0213456", "102345", "S12", "ar115"
_ARTICLE_NUMBER = lazy_compile(r"[A-Za-z]{0,3}\d[\w.-]{0,19}")


def _first(tags: Sequence[tuple[str, str]], tag: str) -> str | None:
    return next((v for t, v in tags if t == tag and v.strip()), None)


def _valid(key: str, value: str) -> bool:
    """Does ``value`` fit the field it is read as (an exporter that writes its own
    meaning into a tag writes no PMCID or article number's shape)?"""
    if key == "PMCID":
        return _PMC.fullmatch(value) is not None
    if key == "page":
        return _ARTICLE_NUMBER.fullmatch(value) is not None
    return True


def custom_item(record_type: str, tags: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The CSL keys the record's type-dependent tags give (``title-prefix`` one of this
    module's own: the words before the title), each value as written."""
    kind = record_type.strip().upper()
    item: dict[str, str] = {}
    for (for_type, tag), key in _READ.items():
        value = _first(tags, tag) if for_type == kind else None
        if value and key not in item and _valid(key, value.strip()):
            item[key] = value.strip()
    doi = _elsewhere_doi(tags)
    if doi:
        item["DOI"] = doi
    return item


def _elsewhere_doi(tags: Sequence[tuple[str, str]]) -> str | None:
    """A DOI an exporter wrote in ``M3``, ``M1``, ``L3`` (the value a DOI alone) or a
    note (``N1  - doi: 10.…``) when no ``DO`` gives one."""
    if _first(tags, "DO"):
        return None
    for tag in ("M3", "M1", "L3"):
        value = _first(tags, tag)
        m = _DOI_VALUE.fullmatch(value.strip()) if value else None
        if m:
            return m.group("doi")
    for tag, value in tags:
        m = _DOI_IN_NOTE.search(value) if tag == "N1" else None
        if m:
            return m.group("doi")
    return None


def ignored(record_type: str, tags: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The type-dependent tags the record holds that are no field of a reference, each
    with its meaning for the record's type (``("C6", "NIHMSID")``)."""
    kind = record_type.strip().upper()
    read = {tag for (for_type, tag) in _READ if for_type == kind}
    out: dict[str, str] = {}
    for tag, _value in tags:
        if tag in read or tag in out:
            continue
        meaning = _MEANINGS.get((kind, tag)) or _MEANINGS.get(("*", tag))
        if meaning:
            out[tag] = meaning
    return tuple(out.items())
