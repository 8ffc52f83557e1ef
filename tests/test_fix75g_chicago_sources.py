"""Chicago endnotes of economic and maritime history (fix75g): documents closed by the museum
or record centre that holds them and its reference (unknown), parliamentary papers of the
House of Commons (report), a data set described after its quoted title (web), and a short
note whose place in the work is named in words (resolved to its full note)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True, note=True)


HELD = [
    "Port of Leith, register of ships, 1820–1840, Leith Heritage Centre, LHC/RS/3/1–4.",
    "Customs letter book, 1790–1795, Aberdeen Maritime Museum, ABDMS/CL/12.",
    "Whitby Bill of Entry, no. 88, 3 May 1841, Whitby Museum, WM/BE/1841/7.",
    "Tyne Improvement Commission, minutes, 1850–1861, Tyne and Wear Archives, T 118/1/2.",
    "Smith and Sons, shipbrokers, day books, 1850–1870, Bristol Archives, SMI/2/1–9.",
    "Goole Steam Towing Company, accounts, 1880–1890, East Riding History Centre, DDGS/4/1.",
]


def test_not_held_shapes() -> None:
    from bibcheck.parse.references.holder_shelfmark import held_document

    assert not any(held_document(text) for text, _ in NOT_HELD)
    # (a centre's numbered working paper: no slashed reference)
    assert not held_document("Ann Roe, “Prices,” Centre for Economic Research, DP 1234.")


@pytest.mark.parametrize("text", HELD)
def test_held_document_unknown(text: str) -> None:
    from bibcheck.parse.references.holder_shelfmark import held_document

    assert held_document(text)
    assert _note(text).kind is RefKind.UNKNOWN


# (note, kind): a museum's or a centre's publication, an article, a book keep their kind
NOT_HELD = [
    (
        "Anna Berg, *Ships of the North Sea* (London: British Museum Press, 2001), 45.",
        RefKind.BOOK,
    ),
    (
        "John Hale, “The Timber Merchants of Hull,” *Maritime History Review* 12, no. 3 "
        "(1998): 45–67.",
        RefKind.ARTICLE,
    ),
    (
        "Paul Moss, *Hull and the Baltic Trade, 1700–1850* (Hull: Hull University Press, "
        "1985), 12–19.",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_HELD)
def test_not_held(text: str, kind: RefKind) -> None:
    assert _note(text).kind is kind


# (note, title, year)
PAPERS = [
    (
        "*Report from the Select Committee on Import Duties; with the Minutes of Evidence*, "
        "House of Commons Parliamentary Papers 1840 (601), V.",
        "Report from the Select Committee on Import Duties; with the Minutes of Evidence",
        1840,
    ),
    (
        "Report of the Commissioners on the State of the Harbours, House of Lords "
        "Parliamentary Papers 1846 (12), vi, 40.",
        "Report of the Commissioners on the State of the Harbours",
        1846,
    ),
    (
        "Report from the Select Committee on Shipwrecks; with an Appendix, H.C. 1843 (549), ix.",
        "Report from the Select Committee on Shipwrecks; with an Appendix",
        1843,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), PAPERS)
def test_parliamentary_paper(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


# (note, title, year, doi)
DATASETS = [
    (
        "Mary Lowe and Peter Dunn, “Port Books of Leith: Cargoes, 1700–1750,” dataset, "
        "version 2.0 (Zenodo, 2023), https://doi.org/10.5281/zenodo.1234567.",
        "Port Books of Leith: Cargoes, 1700–1750",
        2023,
        "10.5281/zenodo.1234567",
    ),
    (
        "Anna Berg, “Grain Prices in Scania, 1700–1800,” data set, version 1.1 (Swedish "
        "National Data Service, 2019), https://doi.org/10.5878/abcd-1234.",
        "Grain Prices in Scania, 1700–1800",
        2019,
        "10.5878/abcd-1234",
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "doi"), DATASETS)
def test_dataset_after_quoted_title(text: str, title: str, year: int, doi: str) -> None:
    ref = _note(text)
    assert (ref.kind, ref.title, ref.year, ref.doi) == (RefKind.WEB, title, year, doi)
    assert ref.host is None


def test_article_stays_article() -> None:
    ref = _note(
        "Ann Lee, “Timber Trade and Shipping,” *Journal of Maritime History* 12, no. 2 (2001): 3–4."
    )
    assert (ref.kind, ref.host) == (RefKind.ARTICLE, "Journal of Maritime History")


# (notes, the note the last repeats)
SHORT = [
    (
        [
            "Mary Lowe and Peter Dunn, “Port Books of Leith: Cargoes, 1700–1750,” dataset, "
            "version 2.0 (Zenodo, 2023), https://doi.org/10.5281/zenodo.1234567.",
            "Paul Moss, *Hull and the Baltic Trade* (Hull: Hull University Press, 1985), 12.",
            "Lowe and Dunn, “Port Books of Leith,” codebook.",
        ],
        0,
    ),
    (
        [
            "Anna Berg, “Grain Prices in Scania, 1700–1800,” data set, version 1.1 (SND, "
            "2019), https://doi.org/10.5878/abcd-1234.",
            "Berg, “Grain Prices in Scania,” readme file.",
        ],
        0,
    ),
    (
        [
            "Thomas Ward, “Timber Yards and Railways” (PhD diss., University of Leeds, 2016), "
            "112–40.",
            "Ward, “Timber Yards,” introduction.",
        ],
        0,
    ),
    # another author's title: no repeat
    (
        [
            "Anna Berg, “Grain Prices in Scania, 1700–1800,” data set (SND, 2019).",
            "Lowe, “Grain Prices in Scania,” readme file.",
        ],
        None,
    ),
]


@pytest.mark.parametrize(("texts", "target"), SHORT)
def test_short_note_worded_place(texts: list[str], target: int | None) -> None:
    rep = find_repeats(texts)[-1]
    assert (rep.target if rep else None) == target
