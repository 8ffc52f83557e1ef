"""Round-65 sweep of Markdown-family and reStructuredText documents: shapes misread.

* a Quarto or R Markdown source (front matter, ``.qmd``/``.Rmd``) that cites in its prose
  with ``@key`` and names no bibliography (a notebook of a Quarto manuscript project) was
  refused, or read as citing nothing with ``--reader pandoc-markdown``: its keys are
  citations, each reported as a key with no entry;
* a range from zero (``the range [0,1]``, ``[0, 255]``) is no pair of citations, and nor
  are a Pandoc attribute's bracketed values (``::: {tbl-colwidths="[45,55]"}``) or a
  year: none of them makes a ``no-literature-list`` anomaly "cites [0], [1]";
* in reStructuredText, a list item's literal block (``* Form::`` then deeper code) ends at
  the item's text column: the item's next paragraph, and the note marker in it, is text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.evidence import numeric_citations
from bibcheck.readers.intervals import zero_based_range

# --------------------------------------------------------------------------
# ranges from zero
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    ["0,1", "0, 1", "0, 255", "0; 10", "0–100", "0 - 9", "0..1", "0.0, 1"],
)
def test_zero_based_range(group: str) -> None:
    assert zero_based_range(group)


@pytest.mark.parametrize(
    "text",
    [
        # English, German, Spanish, French: intervals and value ranges
        "The output is squashed to the range [0,1] and then the weights to [0, 2].",
        "Die Werte liegen im Intervall [0, 255] und werden auf [0, 1] skaliert.",
        "Los valores están en [0; 10] y la probabilidad en [0; 1].",
        "Les poids sont dans [0–100] puis normalisés dans [0, 1].",
        # a Pandoc/Quarto fenced div's attribute values
        '::: {#tbl-keys tbl-colwidths="[45,55]"}\n| a | b |\n:::\n'
        '::: {#tbl-more tbl-colwidths="[30,70]"}\n| c | d |\n:::',
        # years in brackets
        "The first edition [1998] and the second [2004] differ in scope.",
    ],
)
def test_no_numeric_citations(text: str) -> None:
    assert numeric_citations(text) == []


_LINKED_ESSAY = """\
---
title: Notes
---

{prose}

We follow the [recipe](https://example.org/recipe) and the [guide](https://example.org/guide).
"""


@pytest.mark.parametrize(
    "prose",
    [
        "The network squashes its output to the range [0,1], and pixel values are\n"
        "scaled from [0, 255] to that range first.",
        "Die Ausgabe liegt im Bereich [0, 1]; die Pixelwerte werden aus [0, 255] skaliert.",
        "La salida queda en el intervalo [0,1] y los píxeles pasan de [0, 255] a ese rango.",
    ],
)
def test_range_is_no_unlisted_citation(tmp_path: Path, prose: str) -> None:
    doc = tmp_path / "essay.md"
    doc.write_text(_LINKED_ESSAY.format(prose=prose), encoding="utf-8")
    parsed = parse_file(doc)
    said = [a.message for a in parsed.anomalies if a.code is C.NO_LITERATURE_LIST]
    assert not any("[0]" in m or "[255]" in m for m in said)


# --------------------------------------------------------------------------
# Quarto / R Markdown in-text keys with no bibliography named
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "keys"),
    [
        (
            "heavy.qmd",
            '---\ntitle: "Computations"\nformat: html\n---\n\n'
            "To learn more about adjustment sets, see @textor2016.\n",
            ["textor2016"],
        ),
        (
            "analyse.Rmd",
            '---\ntitle: "Auswertung"\noutput: html_document\n---\n\n'
            "Wie @mueller2018 zeigt, ist der Effekt klein; anders @roth2020 [S. 12].\n",
            ["mueller2018", "roth2020"],
        ),
        (
            "capitulo.qmd",
            '---\ntitle: "Métodos"\n---\n\nSeguimos a @garcia2015, como se ve en @fig-flujo.\n',
            ["garcia2015"],
        ),
        (
            "annexe.Rmd",
            '---\ntitle: "Annexe"\n---\n\n'
            "Comme l'écrit @durand2011, la méthode (voir @tbl-params) reste stable.\n",
            ["durand2011"],
        ),
    ],
)
def test_in_text_keys_without_bibliography(
    tmp_path: Path, name: str, text: str, keys: list[str]
) -> None:
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    parsed = parse_file(doc)
    missing = sorted(
        a.message.split("'")[1] for a in parsed.anomalies if a.code is C.CITATION_KEY_MISSING
    )
    assert missing == sorted(keys)  # (cross references, @fig-… and @tbl-…, are none)
    assert C.BIBLIOGRAPHY_UNREADABLE in {a.code for a in parsed.anomalies}


# --------------------------------------------------------------------------
# reStructuredText: a list item's literal block ends at the item's text column
# --------------------------------------------------------------------------

_RST_ITEM = """\
Design
======

{item}

    {said} [1]_

Other text.

.. [1] {note}
"""


@pytest.mark.parametrize(
    ("item", "said", "note"),
    [
        (
            "* Separate arguments for the data::\n\n        fit([x0, x1], [y0, y1])",
            "This form is preferred by the maintainers",
            "https://lists.example.org/archive/2013-09/0042.html",
        ),
        (
            "- Ein einziges Argument für Paare::\n\n        fit([(x0, y0), (x1, y1)])",
            "Diese Form bevorzugt die Arbeitsgruppe",
            "Protokoll der Sitzung vom 3. Mai 2014, S. 4.",
        ),
        (
            "1. Seleccionar columnas de una matriz::\n\n        fit(datos, columnas=[0, 2])",
            "Esta forma la prefiere el comité",
            "Acta de la reunión del comité, 12 de junio de 2015.",
        ),
    ],
)
def test_rst_item_paragraph_after_literal(tmp_path: Path, item: str, said: str, note: str) -> None:
    # the item's text column: two past "* " and "- ", three past "1. "
    column = item.index(" ") + 1
    text = _RST_ITEM.format(item=item, said=said, note=note).replace(
        "\n    " + said, "\n" + " " * column + said
    )
    doc = tmp_path / "design.rst"
    doc.write_text(text, encoding="utf-8")
    parsed = parse_file(doc)
    assert [m.label for f in parsed.footnotes for m in f.markers] == ["1"]
    assert C.DEFINITION_WITHOUT_MARKER not in {a.code for a in parsed.anomalies}
