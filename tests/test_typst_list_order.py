"""The order of a Typst bibliography: Typst prints the cited entries of a ``.bib`` or
Hayagriva file in the order of the style the document names -- ``#bibliography(...,
style: "...")`` or ``#set bibliography(style: "...")`` (the last one given), a built-in
style's name or a ``.csl`` file -- and with no style in IEEE's order (first citation).
Numeric styles keep the order of first citation; author-date, note and alphanumeric
styles sort by author, year, title.  Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.listorder import numeric_style

BIB = """\
@article{zhou2001, author={Zhou, Wen}, title={Karst Springs of Guilin}, journal={Hydrogeology Journal}, year={2001}}
@book{moreau2005, author={Moreau, Claire}, title={Caves and Their Waters}, publisher={Belin}, year={2005}}
@article{abara2010, author={Abara, Kemi}, title={Dye Tracing in Limestone}, journal={Ground Water}, year={2010}}
"""
CITED_ORDER = ["Karst Springs of Guilin", "Caves and Their Waters", "Dye Tracing in Limestone"]
BY_AUTHOR = ["Dye Tracing in Limestone", "Caves and Their Waters", "Karst Springs of Guilin"]

BODY = """\
= Karst water

Springs in tower karst respond within hours @zhou2001. Older surveys mapped the
galleries first @moreau2005, and tracer tests later joined them up @abara2010.

"""
# a CSL file sorting by author, as the styles of the CSL repository write it
CSL_BY_AUTHOR = """\
<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>House style</title></info>
  <macro name="author"><names variable="author"/></macro>
  <citation><layout><text macro="author"/></layout></citation>
  <bibliography>
    <sort><key macro="author"/><key variable="issued"/></sort>
    <layout><text macro="author"/></layout>
  </bibliography>
</style>
"""
CSL_NO_SORT = CSL_BY_AUTHOR.replace(
    '<sort><key macro="author"/><key variable="issued"/></sort>', ""
)


@pytest.mark.parametrize(
    ("head", "call", "files", "want"),
    [
        ("", '#bibliography("refs.bib")', {}, CITED_ORDER),  # Typst's default: IEEE
        ("", '#bibliography("refs.bib", style: "ieee")', {}, CITED_ORDER),
        ("", '#bibliography("refs.bib", style: "apa")', {}, BY_AUTHOR),
        ("", '#bibliography("refs.bib", style: "chicago-author-date")', {}, BY_AUTHOR),
        ("", '#bibliography("refs.bib", style: "chicago-notes")', {}, BY_AUTHOR),
        ("", '#bibliography("refs.bib", style: "alphanumeric")', {}, BY_AUTHOR),
        ("", '#bibliography("refs.bib", style: "gb-7714-2015-numeric")', {}, CITED_ORDER),
        ("", '#bibliography("refs.bib", style: "gb-7714-2015-author-date")', {}, BY_AUTHOR),
        ('#set bibliography(style: "american-psychological-association")\n', "", {}, BY_AUTHOR),
        (
            '#set bibliography(style: "institute-of-electrical-and-electronics-engineers")\n',
            '#bibliography("refs.bib")',
            {},
            CITED_ORDER,
        ),
        # the last style given wins (a template sets one, the document another)
        (
            '#set bibliography(style: "apa")\n#set bibliography(style: "nature")\n',
            '#bibliography("refs.bib")',
            {},
            CITED_ORDER,
        ),
        (
            "",
            '#bibliography("refs.bib", style: "house.csl")',
            {"house.csl": CSL_BY_AUTHOR},
            BY_AUTHOR,
        ),
        (
            "",
            '#bibliography("refs.bib", style: "plain.csl")',
            {"plain.csl": CSL_NO_SORT},
            CITED_ORDER,
        ),
        # a style nobody knows, or a .csl file that is not there: citation order
        ("", '#bibliography("refs.bib", style: "my-lab-style")', {}, CITED_ORDER),
        ("", '#bibliography("refs.bib", style: "missing.csl")', {}, CITED_ORDER),
    ],
)
def test_typst_list_printed_in_the_style_order(
    tmp_path: Path, head: str, call: str, files: dict[str, str], want: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    if not call:
        call = '#bibliography("refs.bib")'
    doc = tmp_path / "karst.typ"
    doc.write_text(head + BODY + call + "\n", encoding="utf-8")
    parsed = parse_file(doc)
    assert parsed.reader == "typst"
    titles = [e.reference.title for e in parsed.literature if e.reference is not None]
    assert titles == want
    # every citation still points at its own work, whatever the order
    cited = {n.label: n.reference.title for n in parsed.footnotes if n.reference is not None}
    assert cited == {
        "zhou2001": "Karst Springs of Guilin",
        "moreau2005": "Caves and Their Waters",
        "abara2010": "Dye Tracing in Limestone",
    }


@pytest.mark.parametrize(
    ("style", "numeric"),
    [
        ("ieee", True),
        ("institute-of-electrical-and-electronics-engineers", True),
        ("sist02", True),
        ("spie", True),
        ("annual-reviews", True),
        ("annual-reviews-author-date", False),
        ("council-of-science-editors", True),
        ("council-of-science-editors-author-date", False),
        ("public-library-of-science", True),
        ("alphanumeric", False),
        ("american-psychological-association", False),
        ("cell", False),
        ("frontiers", False),
        ("copernicus", False),
        ("associacao-brasileira-de-normas-tecnicas", False),
        ("modern-humanities-research-association", False),
        ("springer-basic", None),  # not known from its name alone
        ("cell-numeric", True),
        ("my-lab-style", None),
    ],
)
def test_typst_builtin_style_names(style: str, numeric: bool | None) -> None:
    assert numeric_style(style) is numeric
