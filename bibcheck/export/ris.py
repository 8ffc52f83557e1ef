"""``bibcheck export ris``: the distinct works as RIS (reference managers' exchange format).

The same works and keys as the BibTeX export.  One record per work,
``TY`` first and ``ER`` last, tags written ``XX  - value``: ``ID`` the
citation key, ``AU`` once per author (``Family, Given``), ``ED`` once per editor
(``A2`` for a chapter's book's editors; an edited volume's editors are no ``AU``
too), ``TI``, ``T2`` the
journal or book a part appears in, ``PY`` the year, ``Y2`` the access date
(else the date the link was last seen alive) as ``YYYY/MM/DD``, ``UR`` (once per
address: the work's own first, then its other links), ``DO``,
``SN`` (an ISBN; a report's or patent's number when no ISBN is, else ``M1``), ``AN``
(a PubMed id) and ``C2`` (a PMC id; PubMed's and EndNote's RIS tags),
``PB`` (a thesis's university), ``M3`` (a thesis's type), ``CY``, ``ET`` the edition,
``T3`` the series, ``SP``/``EP`` from the pages, ``LA``, and an archived copy in ``N1``.
Plain Unicode, lines end with ``\\n``, records sorted by key.
"""

from __future__ import annotations

from collections.abc import Iterable

from bibcheck.export.works import (
    Work,
    corporate,
    export_kind,
    load_works,
    split_name,
    thesis_label,
)
from bibcheck.model import RefKind
from bibcheck.store.base import Store
from bibcheck.text import strip_controls

__all__ = ["export_ris", "ris_record", "works_to_ris"]

_TYPES = {
    RefKind.WEB: "ELEC",
    RefKind.BOOK: "BOOK",
    RefKind.ARTICLE: "JOUR",
    RefKind.CHAPTER: "CHAP",
    RefKind.PATENT: "PAT",
    RefKind.REPORT: "RPRT",
    RefKind.THESIS: "THES",
    RefKind.UNKNOWN: "GEN",
}


def _line(tag: str, value: object) -> str:
    """One tag line: no control character, escape sequence or line break inside a value."""
    return f"{tag}  - {' '.join(strip_controls(str(value)).split())}"


def _author(name: str) -> str:
    if corporate(name):
        return name
    family, given = split_name(name)
    return f"{family}, {given}" if given else family


def _pages(pages: str) -> list[tuple[str, str]]:
    start, sep, end = pages.replace("–", "-").partition("-")
    out = [("SP", start.strip())]
    if sep and end.strip():
        out.append(("EP", end.strip()))
    return out


_NUMBERED = (RefKind.REPORT, RefKind.PATENT)


def ris_record(work: Work) -> str:
    """One RIS record, ``TY`` to ``ER``, ending with a newline."""
    ref = work.reference
    kind = _TYPES[export_kind(ref)]
    thesis = ref.kind is RefKind.THESIS
    tags: list[tuple[str, object]] = [("TY", kind), ("ID", work.key)]
    # (an edited volume's editors ED, never AU too; a chapter's book's editors A2, the
    # specification's and Zotero's tag for them)
    if not (ref.editors and ref.authors == ref.editors):
        tags += [("AU", _author(a)) for a in ref.authors]
    editor_tag = "A2" if export_kind(ref) is RefKind.CHAPTER else "ED"
    tags += [(editor_tag, _author(e)) for e in ref.editors]
    optional: list[tuple[str, object]] = [
        ("TI", ref.title),
        ("T2", ref.host),
        ("PY", ref.year or ref.year_raw),
        ("Y2", work.urldate.strftime("%Y/%m/%d") if ref.url and work.urldate else None),
        ("UR", ref.url),
        ("DO", ref.doi),
        # (an ISBN is SN; the PubMed id the accession number AN and the PMC id C2, as
        # PubMed's and EndNote's RIS write them)
        ("SN", ref.isbn),
        # (a report's or patent's number SN, the specification's and Zotero's tag, unless
        # an ISBN holds it; any other work's M1)
        ("SN" if ref.kind in _NUMBERED and not ref.isbn else "M1", ref.number),
        ("AN", ref.pmid),
        ("C2", ref.pmcid),
        # (a thesis's university is its PB, its type M3, as reference managers write them)
        ("PB", ref.institution or ref.publisher if thesis else ref.publisher),
        ("M3", thesis_label(ref) if thesis else None),
        ("CY", ref.place),
        # (the edition ET and the series T3, the RIS specification's tags for them)
        ("ET", ref.edition),
        ("T3", ref.series),
        ("VL", ref.volume),
        ("IS", ref.issue if ref.issue != ref.number else None),
    ]
    tags += [(t, v) for t, v in optional if v]
    # (the work's other addresses, a PubMed record's among them: more UR lines, read
    # back as its links)
    if ref.url:
        tags += [("UR", link) for link in ref.links if link != ref.url]
    if ref.pages:
        tags += _pages(ref.pages)
    if ref.language:
        tags.append(("LA", ref.language))
    if work.snapshot:
        when = f" ({work.snapshot.taken.isoformat()})" if work.snapshot.taken else ""
        tags.append(("N1", f"Archived copy: {work.snapshot.url}{when}"))
    lines = [_line(t, v) for t, v in tags]
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def works_to_ris(works: Iterable[Work]) -> str:
    """The RIS text for ``works``, records separated by a blank line."""
    return "\n".join(ris_record(w) for w in sorted(works, key=lambda w: w.key))


def export_ris(db: Store) -> str:
    """Every distinct work cited by the stored documents as RIS."""
    return works_to_ris(load_works(db))
