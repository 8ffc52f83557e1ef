"""A work's registry identifiers: PubMed (PMID), PubMed Central (PMCID), ISBN and arXiv.

Biomedical references carry their PubMed ids (``PMID: 31986264``, ``PubMed PMID:
31986264``, ``PMCID: PMC7159299``, a link to ``pubmed.ncbi.nlm.nih.gov/31986264/``),
books their ISBNs (``ISBN 978-0-262-51763-8``, ``ISBN-13:``, ``ISBN：`` in CJK text),
preprints their arXiv ids (``arXiv:2106.09685v2``, ``arXiv preprint arXiv:…``,
``arxiv.org/abs/hep-th/9901001``).  The labels are the registries' own names, written
alike in every language.  Structured sources name them as fields: BibTeX's ``pmid``,
``pmcid``, ``isbn`` and ``eprint`` with ``archiveprefix``/``eprinttype``, CSL-JSON's
``PMID``, ``PMCID``, ``ISBN``, a wiki template's ``pmid``, ``pmc``, ``isbn``, ``arxiv``.

Normal forms: a PMID its digits, a PMCID ``PMC`` and digits, an ISBN its ten or thirteen
digits (``X`` the last of ten) without hyphens, an arXiv id as written with its version
(``2106.09685v2``, ``hep-th/9901001``).  An ISBN whose check digit is wrong is no field:
it is reported (``isbn-invalid``), so a mistyped number is corrected, not looked up.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference

# "PMID: 31986264", "PubMed PMID: 31986264", "PMID 31986264", "PubMed ID: 31986264",
# "[PMID：31986264]", and the NIH manuscripts' "[PubMed: 31986264]" (the label's colon
# required there: "PubMed 2019" is no id)
_PMID = lazy_compile(
    r"(?<![\w-])(?:(?:PubMed\s*+(?:PMID|ID)|PMID)\s*+[:：=#]?|PubMed\s*+[:：])\s*+"
    r"(?P<id>[1-9]\d{0,8})(?!\d|[.,-]\d)",
    re.I,
)
# a PubMed record's address: "pubmed.ncbi.nlm.nih.gov/31986264/", the older
# "ncbi.nlm.nih.gov/pubmed/31986264" and Entrez's "entrez/query.fcgi?…&list_uids=31986264"
# (Springer's and Nature's "PubMed" buttons), PMC's "pmc/articles/pmid/31986264/", Europe
# PMC's "abstract/MED/31986264"
_PMID_LINK = lazy_compile(
    r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|europepmc\.org/(?:abstract|article)/MED/"
    r"|ncbi\.nlm\.nih\.gov/entrez/query\.fcgi\?[^\s#]*?\blist_uids="
    r"|(?:ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov)/articles/pmid/)"
    r"(?P<id>[1-9]\d{0,8})(?!\d)",
    re.I,
)
# "PMCID: PMC7159299", "PMCID PMC7159299", "PMC7159299"
# (bare, "PMC" and four or more digits in one word: "PMC 2019" is no id)
_PMCID = lazy_compile(
    r"(?<![\w/-])(?:PMCID\s*+[:：=#]?\s*+(?P<id>PMC\s?\d{1,9})|(?P<bare>PMC\d{4,9}))(?!\w)"
)
_PMCID_LINK = lazy_compile(
    r"(?:ncbi\.nlm\.nih\.gov/pmc/articles/|pmc\.ncbi\.nlm\.nih\.gov/articles/"
    r"|europepmc\.org/articles?/(?:PMC/)?)(?P<id>PMC\d{1,9})(?!\d)",
    re.I,
)
# "ISBN 978-0-262-51763-8", "ISBN-13: 9780262517638", "ISBN (pbk.) 0-262-51763-6",
# "e-ISBN 978…", "ISBN：978-7-…"; the digits grouped by hyphens or single spaces
_ISBN = lazy_compile(
    r"(?<![\w-])(?:e-?)?ISBN(?:[- ]?1[03])?(?:\s*+\([^()\d]{1,20}\))?\s*+[:：=#]?\s*+"
    r"(?P<id>\d(?:[ \-‐‑–]?[\dXx]){9,12})",
    re.I,
)
# "arXiv:2106.09685", "arXiv: 2106.09685v2", "arXiv:hep-th/9901001", "arxiv.org/abs/…"
_ARXIV_ID = (
    r"(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z][a-z-]{1,16}(?:\.[A-Z]{2})?/\d{7}(?:v\d{1,3})?)"
)
_ARXIV = lazy_compile(r"(?<![\w/.-])arXiv\s*+[:.]?\s*+" + _ARXIV_ID + r"(?![\d])", re.I)
_ARXIV_LINK = lazy_compile(r"arxiv\.org/(?:abs|pdf)/" + _ARXIV_ID + r"(?![\d])", re.I)
_PMID_ALONE = lazy_compile(r"[1-9]\d{0,8}")
_PMCID_ALONE = lazy_compile(r"(?:PMC)?\s?(\d{1,9})", re.I)
_ARXIV_ALONE = lazy_compile(r"(?:arXiv\s*:\s*)?" + _ARXIV_ID, re.I)


def names_registry_record(url: str) -> bool:
    """Is ``url`` a registry's record of the work (its PubMed or PubMed Central page), not
    the work's own address?"""
    return bool(_PMID_LINK.search(url) or _PMCID_LINK.search(url))


@dataclass(frozen=True, slots=True)
class Identifiers:
    """The identifiers found in an entry (None: not named), with the ISBNs refused."""

    pmid: str | None = None
    pmcid: str | None = None
    isbn: str | None = None
    arxiv: str | None = None
    refused_isbns: tuple[str, ...] = ()


def isbn_checks(digits: str) -> bool:
    """Is ``digits`` (no hyphens) an ISBN-10 or ISBN-13 whose check digit is right?"""
    digits = digits.upper()
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979"):
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def _isbn_digits(written: str) -> str | None:
    """The ten or thirteen characters of an ISBN as written (separators dropped; what
    follows the number, a year after a space, left out); None: too few."""
    chars = [c.upper() for c in written if c.isdigit() or c in "Xx"]
    size = 13 if len(chars) >= 13 and "".join(chars[:3]) in ("978", "979") else 10
    if len(chars) < size or "X" in chars[: size - 1]:
        return None
    return "".join(chars[:size])


def normal_isbn(written: str) -> tuple[str | None, bool]:
    """``(digits, valid)``: the ISBN ``written`` holds and whether its check digit is right
    (``(None, False)``: no ISBN's shape)."""
    digits = _isbn_digits(written)
    if digits is None:
        return None, False
    return digits, isbn_checks(digits)


def _first(pattern_matches: Iterable[str]) -> str | None:
    return next(iter(pattern_matches), None)


def identifiers_in(text: str) -> Identifiers:
    """The identifiers an entry's text names, by their labels or their registries' links."""
    pmid = _first(m.group("id") for m in (*_PMID.finditer(text), *_PMID_LINK.finditer(text)))
    pmcid = _first(
        "PMC" + (m.group("id") or m.group("bare"))[3:].strip()
        for m in (*_PMCID_LINK.finditer(text), *_PMCID.finditer(text))
    )
    arxiv = _first(m.group("id") for m in (*_ARXIV.finditer(text), *_ARXIV_LINK.finditer(text)))
    isbn, refused = _isbns(m.group("id") for m in _ISBN.finditer(text))
    return Identifiers(pmid, pmcid, isbn, arxiv, refused)


def _isbns(written: Iterable[str]) -> tuple[str | None, tuple[str, ...]]:
    """The first valid ISBN of those ``written`` and those whose check digit is wrong."""
    valid: str | None = None
    refused: list[str] = []
    for item in written:
        digits, ok = normal_isbn(item)
        if digits is None:
            continue
        if ok:
            valid = valid or digits
        else:
            refused.append(item.strip())
    return valid, tuple(refused)


def identifiers_of_fields(fields: Mapping[str, str]) -> Identifiers:
    """The identifiers a structured record names (field names in any case): BibTeX's
    ``pmid``/``pmcid``/``isbn``/``eprint`` (+ ``archiveprefix``/``eprinttype``),
    CSL-JSON's ``PMID``/``PMCID``/``ISBN``, a wiki template's ``pmid``/``pmc``/``isbn``/
    ``arxiv``."""
    lower = {k.lower().strip(): str(v).strip() for k, v in fields.items() if v is not None}
    pmid = lower.get("pmid")
    pmcid = lower.get("pmcid") or lower.get("pmc")
    arxiv = lower.get("arxiv")
    scheme = (lower.get("archiveprefix") or lower.get("eprinttype") or "").lower()
    eprint = lower.get("eprint")
    if eprint and scheme == "arxiv":
        arxiv = arxiv or eprint
    elif eprint and scheme in ("pubmed", "pmid", "medline"):
        # (biblatex's eprinttype is "pubmed"; "pmid" and "medline" name the same registry)
        pmid = pmid or eprint
    elif eprint and scheme in ("pmc", "pmcid"):
        pmcid = pmcid or eprint
    pmid_m = _PMID_ALONE.fullmatch(pmid) if pmid else None
    pmc_m = _PMCID_ALONE.fullmatch(pmcid) if pmcid else None
    arxiv_m = _ARXIV_ALONE.fullmatch(arxiv) if arxiv else None
    written = [w for w in lower.get("isbn", "").replace(";", ",").split(",") if w.strip()]
    isbn, refused = _isbns(written)
    return Identifiers(
        pmid_m.group(0) if pmid_m else None,
        "PMC" + pmc_m.group(1) if pmc_m else None,
        isbn,
        arxiv_m.group("id") if arxiv_m else None,
        refused,
    )


def with_identifiers(ref: Reference, found: Identifiers | None = None) -> Reference:
    """``ref`` with the identifiers ``found`` (its fields) or, for those still unnamed,
    those its text and links name; an ISBN with a wrong check digit is an anomaly."""
    texts = [ref.raw, *(u for u in (ref.url, *ref.links) if u)]
    read = identifiers_in("\n".join(texts))
    found = found or Identifiers()
    pmid = ref.pmid or found.pmid or read.pmid
    pmcid = ref.pmcid or found.pmcid or read.pmcid
    isbn = ref.isbn or found.isbn or read.isbn
    arxiv = ref.arxiv or found.arxiv or read.arxiv
    refused = dict.fromkeys((*found.refused_isbns, *read.refused_isbns))
    said = {a.message for a in ref.anomalies if a.code is AnomalyCode.ISBN_INVALID}
    notes = [
        Anomaly(AnomalyCode.ISBN_INVALID, message, ref.line)
        for message in (
            f"ISBN {written!r} refused: its check digit does not match" for written in refused
        )
        if message not in said
    ]
    same = (pmid, pmcid, isbn, arxiv) == (ref.pmid, ref.pmcid, ref.isbn, ref.arxiv)
    if same and not notes:
        return ref
    return dataclasses.replace(
        ref,
        pmid=pmid,
        pmcid=pmcid,
        isbn=isbn,
        arxiv=arxiv,
        anomalies=(*ref.anomalies, *notes),
    )
