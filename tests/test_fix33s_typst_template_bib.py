"""Typst: the bibliography named through a template's variable or parameter.

Thesis templates print the bibliography from an imported module: a variable set there
(``#let bib-file = "../body/refs.bib"`` then ``bibliography(bib-file)`` in a file the
template includes from code), or a parameter the document passes
(``#show: thesis.with(bib: "refs.bib")``), or a default.  Each is followed; what cannot
be resolved is reported, never silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode, RawDocument
from bibcheck.readers import ReadOptions
from bibcheck.readers import typst as reader

BIB = "@book{lee2020, author = {Lee, Min}, title = {Quiet Rivers}, year = {2020}}\n"


def _read(tmp_path: Path, files: dict[str, str], main: str = "main.typ") -> RawDocument:
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    path = tmp_path / main
    return reader.read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())


CASES = {
    # a variable in a file the imported template includes from code
    "variable-in-included-module": {
        "src/main.typ": '#import "../tpl/base.typ": *\n#show: thesis.with()\n= 序論\n先行研究@lee2020。\n',
        "tpl/base.typ": '#let thesis(body) = {\n  body\n  include "refs-page.typ"\n}\n',
        "tpl/refs-page.typ": '#let bib-file = "../data/refs.bib"\n'
        '#if bib-file != none {\n  bibliography(bib-file, title: [文献])\n}\n',
        "data/refs.bib": BIB,
    },
    # a parameter the document passes, used by the template's bibliography(param)
    "parameter-passed": {
        "src/main.typ": '#import "conf.typ": conf\n#show: conf.with(\n  title: "On rivers",\n'
        '  bib-path: "refs.bib",\n)\nRivers @lee2020.\n',
        "src/conf.typ": '#let conf(title: none, bib-path: none, body) = {\n  body\n'
        "  if bib-path != none { bibliography(bib-path) }\n}\n",
        "src/refs.bib": BIB,
    },
    # a default of the template's parameter
    "parameter-default": {
        "src/main.typ": '#import "conf.typ": *\n#show: conf\nRivers @lee2020.\n',
        "src/conf.typ": '#let conf(bibfile: ("refs.bib",), body) = {\n  body\n'
        "  bibliography(bibfile)\n}\n",
        "src/refs.bib": BIB,
    },
    # a variable of the document itself, set in a code block
    "let-in-code-block": {
        "src/main.typ": '#{\n  let bib = "refs.bib"\n}\nRivers @lee2020.\n#bibliography(bib)\n',
        "src/refs.bib": BIB,
    },
}  # fmt: skip


@pytest.mark.parametrize("case", list(CASES))
def test_bibliography_through_a_template(tmp_path: Path, case: str) -> None:
    doc = _read(tmp_path, CASES[case], "src/main.typ")
    assert [m.label for m in doc.markers] == ["lee2020"]
    assert [n.label for n in doc.literature] == ["lee2020"]
    assert doc.anomalies == ()


def test_an_unresolved_template_bibliography_is_reported(tmp_path: Path) -> None:
    files = {
        "main.typ": '#import "conf.typ": conf\n#show: conf.with(bib: sys.inputs.at("b"))\n'
        "Text@lee2020.\n",
        "conf.typ": "#let conf(bib: none, body) = {\n  body\n  bibliography(bib)\n}\n",
    }
    doc = _read(tmp_path, files)
    codes = [a.code for a in doc.anomalies]
    assert AnomalyCode.BIBLIOGRAPHY_UNREADABLE in codes
    assert AnomalyCode.CITATION_KEY_MISSING in codes
