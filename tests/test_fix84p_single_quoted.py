"""Round 84 (fix84p): British plain-text citations in single quotation marks.

Three shapes, each with invented examples and near-misses that must not change:

- an author-date entry whose title stands in plain single marks before a full stop
  (``Roe, A. 2011. 'Title'. In Book, edited by B. Poe, 14-58. Leeds: Moor.``) is a chapter
  when ``In`` names its book (:func:`bibcheck.parse.references.chicago._work`);
- a register's record cited by its number after the quoted title (``'Mill House', List
  Entry Number 1000001, https://…``) names no journal and volume
  (:func:`bibcheck.parse.references.catalogue_numbers.opens_with_record_number`);
- an archive's document with place and shelf mark before its title in single marks
  (``Record Office, Town, AB 1/2, 'Plan of the yard', 1850.``) is titled by the document
  (:func:`bibcheck.parse.references.archival.archival_item`).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_item
from bibcheck.parse.references.catalogue_numbers import opens_with_record_number
from tests.growth import growth


def _entry(text: str) -> tuple[RefKind, str | None]:
    ref = parse_reference(text, [0], detect_styles=True)
    return ref.kind, ref.title


def _note(text: str) -> tuple[RefKind, str | None]:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    return ref.kind, ref.title


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Okafor, B., and L. Strand. 2014. 'Weaving sheds and their roofs'. In Northern "
            "Industry Revisited, edited by P. Marsh, 77-96. Halifax: Calder Press.",
            RefKind.CHAPTER,
            "Weaving sheds and their roofs",
        ),
        (
            "Okafor, B. 2014. 'Weaving sheds: a survey of 90 roofs'. In Northern Industry "
            "Revisited, edited by P. Marsh. Halifax: Calder Press.",
            RefKind.CHAPTER,
            "Weaving sheds: a survey of 90 roofs",
        ),
        (
            "Lambert, C. 2019. 'Les filatures du Nord'. Dans Patrimoine textile, sous la "
            "direction de M. Roux, 11-40. Lille: Septentrion.",
            RefKind.CHAPTER,
            "Les filatures du Nord",
        ),
        (
            "Harrow, D. 2009. 'Boiler houses in the Pennines'. Industrial Archaeology Review "
            "31 (2): 88-104.",
            RefKind.ARTICLE,
            "Boiler houses in the Pennines",
        ),
        # near-misses: a title that opens with an apostrophe is no quotation; double marks
        # read as before
        (
            "Fenwick, J. 2010. 'Tis Pity She's a Whore. London: Methuen.",
            RefKind.BOOK,
            "'Tis Pity She's a Whore",
        ),
        (
            'Okafor, B. 2014. "Weaving sheds and their roofs." In Northern Industry '
            "Revisited, edited by P. Marsh, 77-96. Halifax: Calder Press.",
            RefKind.CHAPTER,
            "Weaving sheds and their roofs",
        ),
        (
            "Okafor, B. 2014. Weaving Sheds and Their Roofs. Halifax: Calder Press.",
            RefKind.BOOK,
            "Weaving Sheds and Their Roofs",
        ),
    ],
)
def test_single_quoted_author_date(text: str, kind: RefKind, title: str) -> None:
    assert _entry(text) == (kind, title)


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        (
            "Heritage Register Office, 'Old Tannery and drying loft', List Entry Number "
            "2004417, https://register.example.org/entry/2004417 (accessed 2 May 2024).",
            RefKind.WEB,
            "Old Tannery and drying loft",
        ),
        (
            'Cadw, "Pont y Felin, mill bridge," Record No. 30771, '
            "https://records.example.org/30771 (accessed 9 June 2023).",
            RefKind.WEB,
            "Pont y Felin, mill bridge",
        ),
        (
            "Heritage Register Office. n.d. 'Old Tannery and drying loft'. List Entry "
            "Number 2004417. https://register.example.org/entry/2004417 (accessed 2 May 2024).",
            RefKind.WEB,
            "Old Tannery and drying loft",
        ),
    ],
)
def test_record_number_is_no_journal(text: str, kind: RefKind, title: str) -> None:
    read = _note(text) if ", '" in text or ', "' in text else _entry(text)
    assert read == (kind, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("List Entry Number 2004417, https://x.example.org", True),
        ("list entry no. 2004417", True),
        ("Record No. 30771", True),
        ("Rijksmonumentnummer 514892", True),
        ("notice n° PA00088833", True),
        ("acc. no. 1987.44", True),
        # near-misses: a journal and its volume, a record word without a number
        ("Journal of Mill Studies 12, no. 3", False),
        ("Record Society Transactions 44", False),
        ("List Entry Number", False),
        ("Entry number twelve", False),
    ],
)
def test_opens_with_record_number(text: str, expected: bool) -> None:
    assert opens_with_record_number(text) is expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Calderdale Record Office, Halifax, HXM 7/2/14, 'Elevation of the new dyehouse "
            "for Messrs Crabtree, Mill Lane', 1861.",
            "Elevation of the new dyehouse for Messrs Crabtree, Mill Lane",
        ),
        (
            "The National Archives, Kew, MPH 1/901, ‘Plan of the wharf at Limehouse’, 1790.",
            "Plan of the wharf at Limehouse",
        ),
        (
            "Calderdale Record Office, Halifax. HXM 7/2/14. 'Elevation of the new dyehouse'. 1861.",
            "Elevation of the new dyehouse",
        ),
        # near-misses, read as before: double marks, no marks
        (
            'Calderdale Record Office, Halifax, HXM 7/2/14, "Elevation of the new dyehouse", 1861.',
            "Elevation of the new dyehouse",
        ),
        (
            "Calderdale Record Office, HXM 7/2/14, Minute book of the mill committee, 1861.",
            "Minute book of the mill committee",
        ),
    ],
)
def test_archival_item_single_quoted(text: str, title: str) -> None:
    assert archival_item(text) == title
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.kind is RefKind.UNKNOWN


@pytest.mark.parametrize(
    "unit", ["List Entry Number 1", "entry no. 12/", "a, ", "'a', ", "AB 1/2, ", "1.2.3.4"]
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: opens_with_record_number(unit * n + " x"), 200, 800) < 6
    assert growth(lambda n: archival_item("Record Office, A, B1, 'x" + unit * n), 200, 800) < 6


def test_plural_apostrophe_inside_single_quotes() -> None:
    # (a near-miss: the plural's apostrophe closes no quotation)
    ref = parse_reference(
        "Marrow, C. D. 2004. 'The Setting of Pericles' Last Speech', JGS 12: 1-20.",
        [0],
        detect_styles=True,
    )
    assert "Last Speech" in (ref.title or "")
