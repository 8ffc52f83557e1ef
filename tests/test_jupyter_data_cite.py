"""Jupyter's ``data-cite`` citations (nbconvert's LaTeX export, nbsphinx, Jupyter Book):
an HTML element whose ``data-cite`` attribute holds the keys cites them, in notebooks and
in Markdown pages alike; the keys are resolved in the bibliography given or named.  Own
text in several forms; the pattern is linear on adversarial lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers import sitecite
from tests.test_regex_growth import assert_linear

BIB = """@book{okafor2011,
  author = {Okafor, Ngozi},
  title = {River Deltas},
  year = {2011},
  publisher = {Delta Press},
}
@article{lindqvist2019,
  author = {Lindqvist, Per},
  title = {Sediment budgets revisited},
  journal = {Earth Surface},
  year = {2019},
}
"""


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        pytest.param(
            '<cite data-cite="okafor2011">(Okafor, 2011)</cite>', ["okafor2011"], id="cite"
        ),
        pytest.param("<cite data-cite='okafor2011'></cite>", ["okafor2011"], id="single-quotes"),
        pytest.param(
            '<cite data-cite="okafor2011, lindqvist2019">[1, 2]</cite>',
            ["okafor2011", "lindqvist2019"],
            id="two-keys",
        ),
        pytest.param(
            '<cite data-cite-t="lindqvist2019">Lindqvist (2019)</cite>',
            ["lindqvist2019"],
            id="textual",
        ),
        pytest.param('<cite data-footcite-p="okafor2011"></cite>', ["okafor2011"], id="footcite-p"),
        pytest.param(
            '<strong data-cite="okafor2011">Okafor</strong>', ["okafor2011"], id="other-element"
        ),
        pytest.param(
            '<cite class="c" data-cite="okafor2011" title="x"/>', ["okafor2011"], id="self-closing"
        ),
        pytest.param(
            '<CITE DATA-CITE="okafor2011">(Okafor <em>et al.</em>)</CITE>',
            ["okafor2011"],
            id="upper-case-inner-tag",
        ),
    ],
)
def test_data_cite_elements_become_key_citations(text: str, keys: list[str]) -> None:
    out = sitecite.rewrite(f"Deltas grow {text} each year.")
    assert out.forms == frozenset({"jupyter"})
    cited = out.text.split("grow ", 1)[1]
    assert cited.startswith("[" + ";".join(f"@{k}" for k in keys) + "]")
    assert len(out.text) == len(f"Deltas grow {text} each year.")  # columns stay put


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<cite>(Okafor, 2011)</cite>", id="no-attribute"),
        pytest.param('<span data-citation="x">y</span>', id="other-attribute"),
        pytest.param('<cite data-cite="">empty</cite>', id="empty-keys"),
    ],
)
def test_other_elements_are_left_alone(text: str) -> None:
    assert sitecite.rewrite(text).text == text


def _notebook(lines: list[str]) -> str:
    cell = {"cell_type": "markdown", "metadata": {}, "source": [f"{x}\n" for x in lines]}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


LINES = [
    "# Deltas",
    "",
    'Deltas grow <cite data-cite="okafor2011">(Okafor, 2011)</cite> and sink',
    '<cite data-cite="lindqvist2019,nobody2000">(Lindqvist, 2019; Nobody, 2000)</cite>.',
]


@pytest.mark.parametrize("suffix", [".ipynb", ".md"])
def test_resolved_against_the_bibliography_given(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / f"deltas{suffix}"
    text = _notebook(LINES) if suffix == ".ipynb" else "\n".join(LINES) + "\n"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, bibliography=[tmp_path / "refs.bib"])
    assert sorted(f.label for f in doc.footnotes) == ["lindqvist2019", "okafor2011"]
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [a.message.split("'")[1] for a in missing] == ["nobody2000"]


def test_without_a_bibliography_the_keys_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "deltas.md"
    path.write_text("\n".join(LINES[:3]) + "\n", encoding="utf-8")
    doc = parse_file(path)
    assert any(a.code is AnomalyCode.CITATION_KEY_MISSING for a in doc.anomalies)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: '<cite data-cite="a">' + "x" * n, id="unclosed-text"),
        pytest.param(lambda n: "<cite " + " a=b" * (n // 4), id="attributes-no-end"),
        pytest.param(lambda n: '<b data-cite="a">' * (n // 17), id="many-unclosed"),
        pytest.param(lambda n: "<cite " * (n // 6), id="many-starts"),
    ],
)
def test_data_cite_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: sitecite._DATA_CITE.findall(text), line)


@pytest.mark.parametrize(
    ("conf", "extra"),
    [
        pytest.param('bibtex_bibfiles = ["refs.bib"]\n', {}, id="conf-py"),
        pytest.param(
            "from sphinx_parts import *\n",
            {"sphinx_parts.py": 'extensions = ["nbsphinx"]\nbibtex_bibfiles = ["refs.bib"]\n'},
            id="imported-module",
        ),
    ],
)
def test_nbsphinx_project_names_the_bibliography(
    tmp_path: Path, conf: str, extra: dict[str, str]
) -> None:
    (tmp_path / "conf.py").write_text(conf, encoding="utf-8")
    for name, text in extra.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "notebooks").mkdir()
    path = tmp_path / "notebooks" / "deltas.ipynb"
    path.write_text(_notebook(LINES[:3]), encoding="utf-8")
    doc = parse_file(path)
    assert [f.label for f in doc.footnotes] == ["okafor2011"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


@pytest.mark.parametrize(
    ("template", "line"),
    [
        pytest.param("cites.tplx", "\\bibliography{refs}", id="ipython-tplx"),
        pytest.param("paper.tex.j2", "\\bibliography{refs.bib}", id="jinja-template"),
        pytest.param("both.tplx", "\\bibliography{other, refs}", id="two-files"),
    ],
)
def test_nbconvert_template_names_the_bibliography(
    tmp_path: Path, template: str, line: str
) -> None:
    (tmp_path / template).write_text(
        "((* block bibliography *))\n\\bibliographystyle{unsrt}\n" + line + "\n",
        encoding="utf-8",
    )
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "deltas.ipynb"
    path.write_text(_notebook(LINES[:3]), encoding="utf-8")
    doc = parse_file(path)
    assert [f.label for f in doc.footnotes] == ["okafor2011"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
