"""Identifiers and bibliographic details as fields (fix67c): an entry whose only link is a
PubMed / PMC record and whose DOI is text keeps the link as its ``url`` and the ids as
``pmid``/``pmcid`` in every reader; a DOI said in a structured record's note is its DOI;
RIS's edition (``ET``), series (``T3``), access dates in free text (``Y2``, a note's
``Accessed:``) and dates written other ways are read, and every export (RIS, BibTeX,
CSL-JSON) writes them back so that a round trip keeps them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.export.bibtex import works_to_bibtex
from bibcheck.export.csl import works_to_csl
from bibcheck.export.ris import works_to_ris
from bibcheck.export.works import Work
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from bibcheck.parse.references.csljson import to_reference as csl_reference
from bibcheck.parse.references.ris import records
from bibcheck.parse.references.ris import to_reference as ris_reference

# ---------------------------------------------------------------------------
# 1. a PubMed / PMC link as the only link, the DOI as text
# ---------------------------------------------------------------------------

_ENTRY = (
    "Okonkwo AB, Lindqvist M, Hara T. Salt intake and blood pressure in rural cohorts. "
    "J Hypertens Res. 2019;41(6):512-520. doi:10.5555/jhr.2019.0412"
)
_PUBMED = "https://pubmed.ncbi.nlm.nih.gov/30999111/"
_PMC = "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6999222/"


def _first_reference(text: str, name: str) -> Reference:
    doc = parse_bytes(text.encode(), name)
    refs = [fn.reference for fn in doc.footnotes]
    refs += [e.reference for e in doc.literature if e.reference is not None]
    assert refs, name
    return refs[0]


@pytest.mark.parametrize(
    ("name", "text", "url", "pmid", "pmcid"),
    [
        # an HTML list whose entry ends with a PubMed button: the record's link is kept
        # (the PMID; the link the url, the entry's only one), not dropped as a look-up
        ("list.html",
         "<html><body><p>Salt raises pressure <a href='#r1'>[1]</a>.</p><h2>References</h2>"
         f"<ol><li id='r1'>{_ENTRY}. <a href='{_PUBMED}'>PubMed</a></li></ol></body></html>",
         _PUBMED, "30999111", None),
        ("list.html",
         "<html><body><p>Salt raises pressure <a href='#r1'>[1]</a>.</p><h2>References</h2>"
         f"<ol><li id='r1'>{_ENTRY}. [<a href='{_PUBMED}'>PubMed</a>] [<a href='{_PMC}'>"
         "PMC free article</a>]</li></ol></body></html>",
         _PUBMED, "30999111", "PMC6999222"),
    ],
)  # fmt: skip
def test_registry_link_as_the_only_link(
    name: str, text: str, url: str, pmid: str | None, pmcid: str | None
) -> None:
    ref = _first_reference(text, name)
    assert (ref.url, ref.doi, ref.pmid, ref.pmcid) == (url, "10.5555/jhr.2019.0412", pmid, pmcid)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a kept button's link in the brackets the button's word left ("[PubMed]" on a PMC
        # page): the empty brackets are no part of the entry, read in its style (Vancouver)
        ("Institute of Hydrology. Reference values for salt intake in adults. Ottawa (ON): "
         "Hydro Press; 2011. [DOI <https://doi.org/10.5555/hp.2011>] [ <" + _PUBMED + ">]",
         "Reference values for salt intake in adults"),
        ("Nordic Council of Ministers. Nordic recommendations for sodium. Copenhagen (DK): "
         "Nordic Press; 2014. [ <" + _PUBMED + ">]", "Nordic recommendations for sodium"),
    ],
)  # fmt: skip
def test_brackets_a_button_left_are_no_part_of_the_entry(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.title) == ("vancouver", title)


def _bib(text: str) -> Reference:
    found, _errors = read_bib(text)
    return bib_reference(found[0])


_BIB_HEAD = "@article{ok19, author={Okonkwo, A. B.}, title={Salt intake}, journal={J Hypertens Res}, year={2019}, "  # noqa: E501


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        # the PubMed link the url, the DOI said in the note (Zotero's "Extra")
        (_BIB_HEAD + f"url={{{_PUBMED}}}, note={{doi:10.5555/jhr.2019.0412}}}}",
         (_PUBMED, "10.5555/jhr.2019.0412", "30999111", None)),
        (_BIB_HEAD + f"url={{{_PMC}}}, addendum={{DOI: 10.5555/jhr.2019.0412}}}}",
         (_PMC, "10.5555/jhr.2019.0412", None, "PMC6999222")),
        # eprint with the registry named otherwise than biblatex's "pubmed"
        (_BIB_HEAD + "eprint={30999111}, eprinttype={pmid}}",
         (None, None, "30999111", None)),
        (_BIB_HEAD + "eprint={30999111}, archiveprefix={MEDLINE}}",
         (None, None, "30999111", None)),
    ],
)  # fmt: skip
def test_bibtex_registry_fields(entry: str, want: tuple[str | None, ...]) -> None:
    ref = _bib(entry)
    assert (ref.url, ref.doi and ref.doi.lower(), ref.pmid, ref.pmcid) == want


@pytest.mark.parametrize(
    ("item", "want"),
    [
        ({"id": "a", "type": "article-journal", "title": "Salt intake", "URL": _PUBMED,
          "note": "DOI: 10.5555/jhr.2019.0412"},
         (_PUBMED, "10.5555/jhr.2019.0412", "30999111", None)),
        ({"id": "a", "type": "article-journal", "title": "Salt intake", "URL": _PMC,
          "PMID": "30999111", "note": "PMID: 30999111\ndoi:10.5555/jhr.2019.0412"},
         (_PMC, "10.5555/jhr.2019.0412", "30999111", "PMC6999222")),
    ],
)  # fmt: skip
def test_csl_json_registry_fields(item: dict[str, str], want: tuple[str | None, ...]) -> None:
    ref = csl_reference(item, 1)
    assert (ref.url, ref.doi, ref.pmid, ref.pmcid) == want


# ---------------------------------------------------------------------------
# 2. RIS tags read into fields
# ---------------------------------------------------------------------------


def _ris(*lines: str, kind: str = "BOOK") -> Reference:
    text = "\n".join((f"TY  - {kind}", *lines, "ER  - ", ""))
    return ris_reference(records(text).records[0])


@pytest.mark.parametrize(
    ("kind", "lines", "want"),
    [
        # edition and series; series editors (A3) and translators (A4) are no authors
        ("BOOK", ("AU  - Vidal, Ines", "A3  - Moreau, Paul", "A4  - Berg, Sara",
                  "TI  - Karst springs", "ET  - 2nd", "T3  - Studies in Hydrology"),
         {"authors": ("Vidal, Ines",), "edition": "2nd", "series": "Studies in Hydrology"}),
        ("CHAP", ("AU  - Sato, Hana", "TI  - Wells", "T2  - Water of the Hills",
                  "T3  - Lecture Notes in Geology", "ET  - 3. Auflage"),
         {"host": "Water of the Hills", "edition": "3. Auflage",
          "series": "Lecture Notes in Geology"}),
        # a whole book's T2 is its series title (the specification's name for it)
        ("BOOK", ("AU  - Vidal, Ines", "TI  - Karst springs", "T2  - Geology Today"),
         {"series": "Geology Today"}),
        # access dates as people write them in Y2, and a note saying it
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map",
                  "Y2  - accessed 3 March 2021"),
         {"access_date": date(2021, 3, 3), "access_date_raw": "accessed 3 March 2021"}),
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map", "Y2  - March 3, 2021"),
         {"access_date": date(2021, 3, 3)}),
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map", "Y2  - 03.03.2021"),
         {"access_date": date(2021, 3, 3)}),
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map",
                  "Y2  - Zugriff am 3. März 2021"),
         {"access_date": date(2021, 3, 3)}),
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map",
                  "N1  - Accessed: 2021-03-03"),
         {"access_date": date(2021, 3, 3)}),
        ("WEB", ("TI  - Carte des crues", "UR  - https://example.org/carte",
                 "N1  - Source officielle (consulté le 3 mars 2021)"),
         {"access_date": date(2021, 3, 3)}),
        # the RIS date form keeps the written text as the access date's raw form
        ("ELEC", ("TI  - Flood map", "UR  - https://example.org/map", "Y2  - 2021/03/03/"),
         {"access_date": date(2021, 3, 3), "access_date_raw": "2021/03/03/"}),
        # a publication date written day first: its year
        ("JOUR", ("TI  - Salt intake", "T2  - J Hypertens Res", "DA  - 03/03/2021"),
         {"year": 2021}),
    ],
)  # fmt: skip
def test_ris_tags_to_fields(kind: str, lines: tuple[str, ...], want: dict[str, object]) -> None:
    ref = _ris(*lines, kind=kind)
    assert {name: getattr(ref, name) for name in want} == want


# ---------------------------------------------------------------------------
# round trips: RIS, BibTeX, CSL-JSON
# ---------------------------------------------------------------------------


def _book() -> Reference:
    return Reference(
        raw="x",
        line=1,
        end_line=1,
        kind=RefKind.BOOK,
        authors=("Vidal, Ines",),
        title="Karst springs",
        year=2012,
        publisher="Ariel",
        place="Barcelona",
        edition="2nd",
        series="Studies in Hydrology",
        url="https://example.org/karst",
        access_date=date(2021, 3, 3),
    )


_KEPT = ("title", "year", "edition", "series", "url", "access_date")


def _back_from_ris(text: str) -> Reference:
    return ris_reference(records(text).records[0])


def _back_from_bibtex(text: str) -> Reference:
    return _bib(text)


def _back_from_csl(text: str) -> Reference:
    return csl_reference(json.loads(text)[0], 1)


@pytest.mark.parametrize(
    ("write", "read"),
    [
        (works_to_ris, _back_from_ris),
        (works_to_bibtex, _back_from_bibtex),
        (works_to_csl, _back_from_csl),
    ],
    ids=["ris", "bibtex", "csl-json"],
)
def test_round_trip_keeps_edition_series_and_access_date(write: object, read: object) -> None:
    book = _book()
    work = Work("vidal2012", book, (), urldate=book.access_date)
    text = write([work])  # type: ignore[operator]
    back = read(text)  # type: ignore[operator]
    assert {n: getattr(back, n) for n in _KEPT} == {n: getattr(book, n) for n in _KEPT}


def test_ris_round_trip_of_a_read_record() -> None:
    """A record read, exported and read again: its edition, series and access date kept."""
    first = _ris("AU  - Vidal, Ines", "TI  - Karst springs", "PY  - 2012", "ET  - 2nd",
                 "T3  - Studies in Hydrology", "UR  - https://example.org/karst",
                 "Y2  - accessed 3 March 2021")  # fmt: skip
    text = works_to_ris([Work("vidal2012", first, (), urldate=first.access_date)])
    again = _back_from_ris(text)
    for name in ("edition", "series", "access_date", "title", "year", "url"):
        assert getattr(again, name) == getattr(first, name), name
