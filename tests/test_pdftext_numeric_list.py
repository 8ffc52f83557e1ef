"""A numbered list cited by ``[n]`` in PDF-converted text: patent specifications and
reports whose list heading the plain-text reader does not know, on two-column pages."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.columns import Row
from bibcheck.readers.pdfnumeric import citations, numeric_list


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("as shown in [4].", [["4"]], id="single"),
        pytest.param("the literature [7, 8] and [11]", [["7", "8"], ["11"]], id="list-and-single"),
        pytest.param("reviewed in [2–4]", [["2", "3", "4"]], id="range"),
        pytest.param("[0003] A sensor is", [], id="paragraph-number"),
        pytest.param("the ruling [2019] UKSC 5", [], id="year"),
        pytest.param("see [3](https://example.org)", [], id="markdown-link"),
        pytest.param("US 10,123,456 B2 [5] discloses", [["5"]], id="patent-named"),
    ],
)
def test_bracket_citations(line: str, expected: list[list[str]]) -> None:
    assert [numbers for _, _, numbers in citations(line)] == expected


def _rows(text: str) -> list[Row]:
    return [Row(i, line) for i, line in enumerate(text.split("\n"))]


LIST = """Body text [1].
Citation list
Patent literature
[1] DE 10 2015 111 222 A1 (Kessler AG), Pumpe, 3 March 2016.
[2] US 8,765,432 B1 (Ortiz, R.), Valve seat,
12 May 2014.
Non-patent literature
[3] Moss, K., Valve wear, Wear, vol. 3, 2011, pp. 1–9.
Claims
1. A valve comprising a seat.
2. The valve according to claim 1."""


def test_the_list_has_parts_and_ends_at_the_claims() -> None:
    found = numeric_list(_rows(LIST), pdftext._is_reference_heading)
    assert found is not None
    assert found.heading == 1
    assert [(e.label, [r.index for r in e.rows]) for e in found.entries] == [
        ("1", [3]),
        ("2", [4, 5]),
        ("3", [7]),
    ]
    assert found.entries[1].rows[0].text == "US 8,765,432 B1 (Ortiz, R.), Valve seat,"
    assert 8 not in found.taken and 9 not in found.taken


def _ragged_patent() -> str:
    """A two-column page whose right column the converter pulled up to short left lines,
    then a second page with the rest of the list and the claims."""
    pairs = [
        ("Description", "[0004] A pump of the kind is known", None),
        ("Background", "from DE 10 2015 111 222 A1 [1].", None),
        ("[0001] The invention relates to a pump for", "Its seal wears quickly, see [4].", None),
        ("slurries, in particular for the mining in-", "[0005] It is an object of the", None),
        ("dustry. Pumps of this kind are reviewed", "invention to extend the life of", " "),
        ("in [3], and their seals are described in", "the seal.", None),
        ("US 8,765,432 B1 [2] and in [5, 6]. The wear", "Citation list", " "),
        ("of the seal was measured in [4] and in [6].", "[1] DE 10 2015 111 222 A1 (Kessler", None),
        ("[0002] A seal of a further kind is known", "Aktiengesellschaft), Pumpe, 2016.", " "),
        ("from [1].", "[2] US 8,765,432 B1 (Ortiz, R.),", None),
        ("[0003] Seals made of ceramics break easily [3].", "Valve seat, 12 May 2014.", " "),
    ]
    page1 = [f"{a} {b}" if glue else f"{a:<50}{b}" for a, b, glue in pairs]
    page2 = [
        "[3] Moss, K., Abrasive wear of pump seals, Wear,",
        "vol. 3, 2011, pp. 1–9.",
        "[4] Lind, P., Seal life in slurry pumps, Tribology",
        "International, vol. 40, 2015, pp. 10–19.",
        "[5] Roe, J., Pump Design, Wiley, 2009.",
        "[6] Hart, S., Seals, Springer, 2012.",
        "",
        "Claims",
        "1. A pump comprising a seal.",
        "2. The pump according to claim 1, wherein the seal",
        "is made of a ceramic.",
    ]
    return "\n".join(["EP 4 000 001 A1", "", *page1, "\f" + page2[0], *page2[1:]]) + "\n"


def test_a_ragged_two_column_patent_is_read_by_its_list() -> None:
    text = _ragged_patent()
    assert plaintext.score(text) < 0.3  # "Citation list" is no heading the plain text knows
    assert pdftext.score(text) >= 0.3
    doc = pdftext.read(text)
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == sorted(
        [("1", 4), ("4", 5), ("3", 8), ("2", 9), ("5", 9), ("6", 9), ("4", 10), ("6", 10),
         ("1", 12), ("3", 13)]
    )  # fmt: skip
    assert [e.label for e in doc.literature] == ["1", "2", "3", "4", "5", "6"]
    assert doc.literature[0].text.startswith("DE 10 2015 111 222 A1 (Kessler")
    assert "Valve seat, 12 May 2014." in doc.literature[1].text
    assert not any("A pump comprising" in e.text for e in doc.literature)
    assert sorted(n.label for n in doc.footnotes) == ["1", "2", "3", "4", "5", "6"]


def test_a_citation_of_a_number_past_the_list_is_kept() -> None:
    text = _ragged_patent().replace("see [4].", "see [7].")
    doc = pdftext.read(text)
    assert ("7", 5) in {(m.label, m.line) for m in doc.markers}  # no entry 7: reported
