"""Fix 78w: Pandoc's default list order (no ``csl:``: the Chicago author-date style it
embeds) compares the whole name list, not the first family name alone.

citeproc (``Citeproc.Eval.evalSortKey``) renders the style's ``<key macro="contributors"/>``
with every name family-first (the bibliography's ``et-al-min="11"`` keeps up to ten
names), splits it into words at spaces, commas and apostrophes, and compares the words in
turn; a key that runs out first sorts first (``collateKey [] (_:_) = LT``).  So a
single-author work comes before the same author's work with co-authors whatever their
years, and two lists sharing a first name sort by the second.  Guards: these pass on main
(bibcheck already sorts so; the heldout65 key that put the co-authored work first was
corrected).  Every text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

BODY = """\
---
title: Spring discharge
bibliography: refs.bib
---

# Results

{cites}

# References {{.unnumbered}}

::: {{#refs}}
:::
"""


def _bib(entries: list[tuple[str, str, int, str]]) -> str:
    return "\n".join(
        f"@article{{{key}, author={{{authors}}}, title={{{title}}}, "
        f"journal={{Karst Notes}}, year={{{year}}}}}"
        for key, authors, year, title in entries
    )


CASES = [
    (  # a single author's later work before her earlier co-authored one
        [
            ("okoro2012", "Okoro, Ada and Lind, Per and Sato, Kei", 2012, "Tracer Returns"),
            ("okoro2019", "Okoro, Ada", 2019, "Spring Chemistry"),
        ],
        ["Spring Chemistry", "Tracer Returns"],
    ),
    (  # a two-author list before a longer one that starts with it
        [
            ("vela2008a", "Vela, Rui and Amsel, Tom and Brandt, Uwe", 2008, "Gallery Maps"),
            ("vela2015", "Vela, Rui and Amsel, Tom", 2015, "Sump Diving Logs"),
        ],
        ["Sump Diving Logs", "Gallery Maps"],
    ),
    (  # same first author: the second name decides, not the year
        [
            ("hart2005", "Hart, Mia and Zorn, Eli", 2005, "Flood Pulses"),
            ("hart2020", "Hart, Mia and Berg, Ola", 2020, "Cave Air"),
        ],
        ["Cave Air", "Flood Pulses"],
    ),
    (  # the same list: by year
        [
            ("ruiz2018", "Ruiz, Ana", 2018, "Aquifer Ages"),
            ("ruiz2011", "Ruiz, Ana", 2011, "Doline Fields"),
        ],
        ["Doline Fields", "Aquifer Ages"],
    ),
]


@pytest.mark.parametrize(("entries", "want"), CASES)
def test_default_chicago_sorts_by_the_whole_name_list(
    tmp_path: Path, entries: list[tuple[str, str, int, str]], want: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(_bib(entries), encoding="utf-8")
    cites = " ".join(f"Seen before [@{key}]." for key, *_ in entries)
    doc = tmp_path / "paper.Rmd"
    doc.write_text(BODY.format(cites=cites), encoding="utf-8")
    parsed = parse_file(doc)
    assert [e.reference.title for e in parsed.literature if e.reference] == want
