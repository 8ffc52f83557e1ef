"""A Sphinx conf.py read as text with the files it runs (exec of a conf/ folder's files,
exec(open(...).read()), runpy, imports of modules beside it): bibtex_bibfiles set in any
of them names the project's .bib; with nothing named and one .bib beside conf.py, the
message offers it.  Own project layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.sphinxconf import conf_setting, followed, lone_bib

BIB = "@book{haas-1999-tides, author = {Haas, Ida}, title = {Tides}, year = {1999}}\n"
PAGE = "Tides\n=====\n\nThe model of :cite:`haas-1999-tides` is used.\n"
SETS = 'extensions = ["sphinxcontrib.bibtex"]\nbibtex_bibfiles = ["refs.bib"]\n'


@pytest.mark.parametrize(
    ("text", "modules", "strings"),
    [
        pytest.param("import os\nfrom parts import *\n", ["os", "parts"], [], id="imports"),
        pytest.param("from .local import x\n", ["local"], [], id="relative-import"),
        pytest.param(
            'exec(open("extra.py").read())  # "not.py"\n', [], ["extra.py"], id="exec-open"
        ),
        pytest.param(
            'import runpy\nrunpy.run_path("cfg/*.py")\n', ["runpy"], ["cfg/*.py"], id="runpy"
        ),
        pytest.param('x = "conf"\n', [], [], id="strings-without-running"),
        pytest.param("# import hidden\n", [], [], id="comment"),
    ],
)
def test_followed(text: str, modules: list[str], strings: list[str]) -> None:
    assert followed(text) == (modules, strings)


LAYOUTS: dict[str, dict[str, str]] = {
    "exec-folder": {
        "conf.py": "import os\n"
        'for _f in sorted(os.listdir(os.path.join(os.path.dirname(__file__), "settings"))):\n'
        '    exec(open(os.path.join(os.path.dirname(__file__), "settings", _f)).read())\n',
        "settings/10-project.py": 'project = "tides"\n',
        "settings/20-ext.py": SETS,
    },
    "exec-open-file": {
        "conf.py": 'exec(open("conf_extra.py").read())\n',
        "conf_extra.py": SETS,
    },
    "glob": {
        "conf.py": "import glob\nfor f in sorted(glob.glob('parts/*.py')):\n"
        "    exec(compile(open(f).read(), f, 'exec'))\n",
        "parts/a.py": SETS,
    },
    "star-import": {"conf.py": "from conf_parts import *\n", "conf_parts.py": SETS},
    "package": {"conf.py": "from docsconf import *\n", "docsconf/__init__.py": SETS},
    "helper-module-runs-folder": {
        "conf.py": "from docshelp import run_all\nglobals().update(run_all())\n",
        "docshelp.py": "import os\n\ndef run_all():\n    ns = {}\n"
        '    for f in sorted(os.listdir("cfg")):\n'
        '        exec(open(os.path.join("cfg", f)).read(), ns)\n    return ns\n',
        "cfg/ext.py": SETS,
    },
}


def _project(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "refs.bib").write_text(BIB, encoding="utf-8")
    (root / "tides.rst").write_text(PAGE, encoding="utf-8")


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_bibfiles_set_in_a_file_conf_runs(tmp_path: Path, layout: str) -> None:
    _project(tmp_path, LAYOUTS[layout])
    found = conf_setting(tmp_path / "conf.py", "bibtex_bibfiles")
    assert found is not None and found.values == ["refs.bib"]
    doc = parse_file(tmp_path / "tides.rst")
    assert [f.label for f in doc.footnotes] == ["haas-1999-tides"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


def test_conf_py_itself_comes_first(tmp_path: Path) -> None:
    _project(
        tmp_path,
        {
            "conf.py": 'from more import *\nbibtex_bibfiles = ["a.bib"]\n',
            "more.py": 'bibtex_bibfiles = ["b.bib"]\n',
        },
    )
    found = conf_setting(tmp_path / "conf.py", "bibtex_bibfiles")
    assert found is not None and found.values == ["a.bib"]
    assert found.where.name == "conf.py"


def test_files_outside_the_conf_folder_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "outside.py").write_text(SETS, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    _project(tmp_path / "docs", {"conf.py": 'exec(open("../outside.py").read())\n'})
    assert conf_setting(tmp_path / "docs" / "conf.py", "bibtex_bibfiles") is None


@pytest.mark.parametrize(("bibs", "offered"), [(["refs.bib"], True), (["a.bib", "b.bib"], False)])
def test_one_bib_beside_conf_is_offered(tmp_path: Path, bibs: list[str], offered: bool) -> None:
    (tmp_path / "conf.py").write_text("from helpers import run_settings\n", encoding="utf-8")
    for name in bibs:
        (tmp_path / name).write_text(BIB, encoding="utf-8")
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "tides.rst").write_text(PAGE, encoding="utf-8")
    assert (lone_bib(tmp_path / "conf.py") is not None) is offered
    doc = parse_file(tmp_path / "guide" / "tides.rst")
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    assert len(unread) == 1
    assert ("pass --bibliography ../refs.bib" in unread[0].message) is offered
