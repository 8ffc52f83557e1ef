"""ACS and RSC entries as chemistry lists print them, with and without Markdown emphasis; an
entry's lettered works (its first work read); an ACS list of names that is no short note."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acs import names_end
from bibcheck.parse.references.lettered import first_lettered
from bibcheck.parse.references.mdemphasis import unmarked
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.rsc import titleless


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("*Science* **2012**, *338*, 643", "Science 2012, 338, 643"),
        ("_J. Phys. Chem. C_ __2019__, _123_, 77", "J. Phys. Chem. C 2019, 123, 77"),
        ("snake_case and a*b*c stay", "snake_case and a*b*c stay"),
        ("no marks at all", "no marks at all"),
    ],
)
def test_unmarked(text: str, want: str) -> None:
    assert unmarked(text) == want


ACS = [
    # (text, authors, title, year, host, volume, pages)
    (
        "Novak, P. R.; Lindqvist, A.; Omondi, J. K. Ligand Exchange Routes to Stable Quantum"
        " Dots. *J. Am. Chem. Soc.* **2011**, *133*, 1204–1210.",
        ("Novak, P. R.", "Lindqvist, A.", "Omondi, J. K."),
        "Ligand Exchange Routes to Stable Quantum Dots",
        2011,
        "133",
        "1204–1210",
    ),
    (
        "Ferreira, M.; Chu, L.-Y. Solvent Effects in Tin Halide Films. *Chem. Mater.*"
        " **2020**, *32* (4), 1501–1509.",
        ("Ferreira, M.", "Chu, L.-Y."),
        "Solvent Effects in Tin Halide Films",
        2020,
        "32",
        "1501–1509",
    ),
    (
        "Okafor, B. C. et al. A Damp-Heat Protocol for Thin-Film Modules. *ACS Energy Lett.*"
        " **2022**, *7*, 88–95.",
        ("Okafor, B. C.",),
        "A Damp-Heat Protocol for Thin-Film Modules",
        2022,
        "7",
        "88–95",
    ),
    (
        "Haugen, T.; Ruiz, E. Plain Text without Marks. Nano Lett. 2018, 18, 4410–4417.",
        ("Haugen, T.", "Ruiz, E."),
        "Plain Text without Marks",
        2018,
        "18",
        "4410–4417",
    ),
]


@pytest.mark.parametrize("detect", [True, False])
@pytest.mark.parametrize(("text", "authors", "title", "year", "volume", "pages"), ACS)
def test_acs_entries(
    detect: bool,
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    volume: str,
    pages: str,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert ref.style == "acs"
    assert ref.kind is RefKind.ARTICLE
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert (ref.volume, ref.pages) == (volume, pages)


RSC = [
    (
        "P. R. Novak, A. Lindqvist and J. K. Omondi, *J. Am. Chem. Soc.*, 2011, **133**, 1204.",
        ("P. R. Novak", "A. Lindqvist", "J. K. Omondi"),
        "J. Am. Chem. Soc.",
        2011,
        "133",
    ),
    (
        "M. Ferreira and L.-Y. Chu, Chem. Sci., 2020, 11, 5012–5019.",
        ("M. Ferreira", "L.-Y. Chu"),
        "Chem. Sci.",
        2020,
        "11",
    ),
]


@pytest.mark.parametrize(("text", "authors", "host", "year", "volume"), RSC)
def test_rsc_titleless(
    text: str, authors: tuple[str, ...], host: str, year: int, volume: str
) -> None:
    fields = titleless(text)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title is None
    assert (fields.container, fields.year.year, fields.volume) == (host, year, volume)
    for detect in (True, False):
        ref = parse_reference(text, (1,), detect_styles=detect)
        assert (ref.style, ref.kind, ref.authors, ref.title, ref.year) == (
            "rsc",
            RefKind.ARTICLE,
            authors,
            None,
            year,
        )
        assert not ref.anomalies


@pytest.mark.parametrize(
    "text",
    [
        # a title between the names and the journal: not the titleless shape
        "A. B. Roe and C. Lee, Title of the Paper, J. Chem. Educ., 1998, 75, 1203.",
        # the "journal" one more person
        "A. B. Roe, C. Lee, D. Kim, 2011, 4, 5.",
    ],
)
def test_rsc_titleless_refused(text: str) -> None:
    assert titleless(text) is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "(a) Roe, A.; Lee, B. First Work. *Chem. Sci.* **2014**, *7*, 982. (b) Kim, C."
            " Second Work. *Chem. Sci.* **2015**, *8*, 10.",
            "Roe, A.; Lee, B. First Work. *Chem. Sci.* **2014**, *7*, 982.",
        ),
        (
            "(a)Roe, A. First. Org. Lett. 2001, 3, 5; (b) Kim, C. Second. Org. Lett. 2003, 5, 9.",
            "Roe, A. First. Org. Lett. 2001, 3, 5;",
        ),
        (
            "a) Roe, A. First. Org. Lett. 2001, 3, 5. https://doi.org/10.1021/ol000001\n"
            "b) Kim, C. Second. Org. Lett. 2003, 5, 9.",
            "Roe, A. First. Org. Lett. 2001, 3, 5. https://doi.org/10.1021/ol000001",
        ),
    ],
)
def test_first_lettered(text: str, kept: str) -> None:
    out = first_lettered(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")
    assert " ".join(out.split()) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Roe, A.; Lee, B. One work only. Chem. Sci. 2014, 7, 982.",
        "(a) only one lettered part, no second",
        "Statute (a) and (b) in the middle",
    ],
)
def test_first_lettered_unchanged(text: str) -> None:
    assert first_lettered(text) == text


def test_lettered_entry_is_its_first_work() -> None:
    text = (
        "(a) Roe, A. M.; Lee, B. First Perovskite Work. *Energy Environ. Sci.* **2014**, *7*,"
        " 982–988. https://doi.org/10.1039/X0EE00001A (b) Kim, C.; Park, D.-H. Second Work."
        " *Adv. Energy Mater.* **2015**, *5*, 1501310."
    )
    ref = parse_reference(text, (3,), detect_styles=True)
    assert ref.authors == ("Roe, A. M.", "Lee, B.")
    assert ref.title == "First Perovskite Work"
    assert ref.year == 2014
    assert ref.doi == "10.1039/x0ee00001a"
    assert ref.raw == text


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Brandt, L.; Okonkwo, C.; Haas, M. Title here.", len("Brandt, L.; Okonkwo, C.; Haas, M.")),
        ("Roe, A. B.; Lee, C. Title.", len("Roe, A. B.; Lee, C.")),
        ("Roe, A. B. Title of one author.", 0),  # one name: no list
        ("Roe, *Title*, 45.", 0),
    ],
)
def test_names_end(text: str, end: int) -> None:
    assert names_end(text) == end


def test_acs_names_are_no_short_note() -> None:
    # "Brandt, L." is no "Brandt, [page] L" of the note before, which names Brandt too
    notes = [
        "Okonkwo, C.; Brandt, L. Ageing Data, version 1.2; Zenodo, **2025**.",
        "Brandt, L.; Okonkwo, C.; Haas, M. Light Soaking Results. *ChemRxiv* **2025**, preprint.",
        "Brandt, *Light Soaking*, 4.",
    ]
    found = find_repeats(notes, ["1", "2", "3"])
    assert found[0] is None and found[1] is None
    assert found[2] is not None and found[2].target == 1


DOC = """# Ageing of tin perovskite films

Tin films oxidise in air within minutes.<sup>1</sup> Encapsulation slows this,<sup>2,3</sup>
and our data are public.<sup>4</sup> The preprint has the rest.<sup>5</sup>

## References

1. Ferreira, M.; Chu, L.-Y. Solvent Effects in Tin Halide Films. *Chem. Mater.* **2020**, *32*, 1501–1509. https://doi.org/10.1021/acs.chemmater.0c00001
2. (a) Novak, P. R.; Lindqvist, A. Edge Seals for Glass Modules. *Sol. RRL* **2019**, *3*, 1900012. (b) Omondi, J. K.; Novak, P. R. Butyl Seals Revisited. *Sol. RRL* **2021**, *5*, 2100044.
3. P. R. Novak and J. K. Omondi, *J. Mater. Chem. A*, 2018, **6**, 2210–2218.
4. Haas, M.; Brandt, L. Oxidation Series of Tin Films, version 2; Zenodo, **2024**. https://doi.org/10.5281/zenodo.1000001
5. Brandt, L.; Haas, M.; Ruiz, E. Light Soaking Partly Heals Tin Films. *ChemRxiv* **2024**, preprint. https://doi.org/10.26434/chemrxiv-2024-abcde
"""


def test_sup_markdown_chemistry_list(tmp_path: Path) -> None:
    path = tmp_path / "tin.md"
    path.write_text(DOC, encoding="utf-8")
    doc = parse_file(path)
    refs = {fn.label: fn.reference for fn in doc.footnotes}
    assert refs["1"].authors == ("Ferreira, M.", "Chu, L.-Y.")
    assert refs["1"].kind is RefKind.ARTICLE
    assert refs["2"].title == "Edge Seals for Glass Modules"
    assert refs["2"].year == 2019
    assert refs["3"].authors == ("P. R. Novak", "J. K. Omondi")
    assert refs["3"].kind is RefKind.ARTICLE
    assert refs["5"].title == "Light Soaking Partly Heals Tin Films"
    assert refs["5"].doi == "10.26434/chemrxiv-2024-abcde"
    assert refs["4"].doi == "10.5281/zenodo.1000001"
