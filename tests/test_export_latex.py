"""The exported .bib compiles: biblatex+biber (UTF-8) and classic BibTeX (--ascii).

A small document cites every entry (explicit ``\\cite`` of every key, so a key
LaTeX cannot read fails the run) and is compiled with pdflatex.  Needs a TeX
installation; skipped with the reason when it is missing.  On Debian:

    apt-get install -y --no-install-recommends texlive-latex-base \
        texlive-latex-recommended texlive-bibtex-extra texlive-lang-cyrillic biber

(about 50 s and 400 MB).  These tests take a few seconds each and are not
counted in the fast suite's budget.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.works import load_works
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.store import open_db
from bibcheck.store.documents import save_document
from tests.helpers import SAMPLE, store_tricky

NEEDED_FILES = (
    "biblatex.sty",
    "etoolbox.sty",
    "url.sty",
    "t2aenc.def",
    "russianb.ldf",
    "plain.bst",
)


def _missing() -> str | None:
    tools = [t for t in ("pdflatex", "biber", "bibtex", "kpsewhich") if shutil.which(t) is None]
    if tools:
        return f"LaTeX toolchain not installed (missing {', '.join(tools)})"
    files = [
        f
        for f in NEEDED_FILES
        if not subprocess.run(["kpsewhich", f], capture_output=True, text=True).stdout.strip()
    ]
    if files:
        return f"TeX packages not installed (missing {', '.join(files)})"
    return None


MISSING = _missing()
pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

BIBLATEX_DOC = r"""\documentclass{article}
\usepackage[T2A,T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[russian,english]{babel}
\usepackage[backend=biber,style=numeric,autolang=other]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\cite{%s}
\printbibliography
\end{document}
"""
BIBTEX_DOC = r"""\documentclass{article}
\usepackage[T2A,T1]{fontenc}
\usepackage[english,russian]{babel}
\usepackage{url}
\begin{document}
\cite{%s}
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
"""


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )


def _compile(tmp: Path, bib: str, doc: str, backend: str) -> None:
    (tmp / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp / "doc.tex").write_text(doc, encoding="utf-8")
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
    first = _run(latex, tmp)
    assert first.returncode == 0, first.stdout[-3000:]
    bib_run = _run([backend, "doc"], tmp)
    assert bib_run.returncode == 0, bib_run.stdout[-3000:]
    assert "ERROR" not in bib_run.stdout and "error message" not in bib_run.stdout, bib_run.stdout
    for _ in range(2):
        final = _run(latex, tmp)
        assert final.returncode == 0, final.stdout[-3000:]
    log = (tmp / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert "There were undefined references" not in log, log[-3000:]
    undefined = re.findall(r"Citation [`'][^']*' on page \d+ undefined", log)
    assert not undefined, undefined
    assert (tmp / "doc.pdf").stat().st_size > 0


# theses of each degree, in several languages (kind thesis, session 34): @phdthesis /
# @mastersthesis with school and type, biblatex @thesis with type and institution
THESES = """Claims one[^1], two[^2], three[^3], four[^4] and five[^5].

[^1]: Lund, A. Fjord currents in winter. PhD thesis, University of Oslo, 2012.
[^2]: Brandauer, L.: Sedimenttransport in Alpenflüssen. Dissertation, Universität Innsbruck, 2016.
[^3]: Соколова А. В. Русловые процессы на малых реках : дис. … канд. геогр. наук. – Казань :
    Казан. федер. ун-т, 2015. – 180 с.
[^4]: Ahmed, R. Short trials of low-cost buoys. Master's thesis, Delft University of Technology, 2021.
[^5]: Ferraro, G., Dinamica dei sedimenti nel delta, Tesi di laurea, Università di Padova, 2018.
"""


# a work's identifiers (session 66): pmid, pmcid, isbn, eprint with its type
IDENTIFIERS = """Fever[^1], books[^2] and models[^3].

[^1]: Li Q, Guan X. Early transmission dynamics. N Engl J Med. 2020;382(13):1199-207. PMID: 31995857; PMCID: PMC7121484.
[^2]: Sipser, M. *Introduction to the Theory of Computation*. Boston: Cengage, 2012. ISBN 978-3-16-148410-0.
[^3]: Hu, E. et al. LoRA: low-rank adaptation of large language models. arXiv preprint arXiv:hep-th/9901001v2, 2021.
"""  # noqa: E501


# editors and numbers (fix77c): an edited volume (editor only), a chapter with its book's
# editors, a technical report and a standard by number, a journal's issue
EDITORS = r"""
@book{edited,
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  address = {Leeds},
  year = {2014},
}
@incollection{chapter,
  author = {Marsh, Tobias},
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Gravel bars in motion},
  booktitle = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  pages = {12--30},
  year = {2014},
}
@techreport{report,
  author = {Quill, Ada},
  title = {Sediment budgets of small catchments},
  institution = {Northern Water Institute},
  number = {NWI-TR-2019-04},
  year = {2019},
}
@standard{standard,
  organization = {International Organization for Standardization},
  title = {Geographic information -- Metadata -- Part 1: Fundamentals},
  number = {ISO 19115-1:2014},
  year = {2014},
}
@article{article,
  author = {Pike, Rowan},
  title = {Fish passage at low weirs},
  journal = {Journal of Weirs},
  volume = {4},
  number = {2},
  pages = {1--9},
  year = {2011},
}
"""


def _databases() -> dict[str, Database]:
    sample = open_db(memory=True)
    save_document(sample, parse_file(SAMPLE), size=0, now=datetime(2024, 1, 1, tzinfo=UTC))
    theses = open_db(memory=True)
    now = datetime(2024, 1, 1, tzinfo=UTC)
    save_document(theses, parse_bytes(THESES.encode(), "theses.md"), size=0, now=now)
    identifiers = open_db(memory=True)
    save_document(identifiers, parse_bytes(IDENTIFIERS.encode(), "ids.md"), size=0, now=now)
    editors = open_db(memory=True)
    save_document(editors, parse_bytes(EDITORS.encode(), "refs.bib"), size=0, now=now)
    return {
        "tricky": store_tricky(open_db(memory=True)),
        "editors": editors,
        "sample": sample,
        "theses": theses,
        "identifiers": identifiers,
    }


@pytest.fixture(scope="module")
def databases() -> dict[str, Database]:
    return _databases()


@pytest.mark.parametrize("which", ["tricky", "sample", "theses", "identifiers", "editors"])
def test_biblatex_biber_compiles(
    which: str, databases: dict[str, Database], tmp_path: Path
) -> None:
    db = databases[which]
    keys = ",".join(w.key for w in load_works(db))
    _compile(tmp_path, export_bibtex(db), BIBLATEX_DOC % keys, "biber")
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.count("\\entry{") == len(load_works(db))
    if which == "editors":  # (biber read the editors as editors, the numbers as numbers)
        assert bbl.count("\\name{editor}{2}") == 2 and "\\name{author}{2}" not in bbl
        assert "{NWI-TR-2019-04}" in bbl and "{ISO 19115-1:2014}" in bbl


@pytest.mark.parametrize("which", ["tricky", "sample", "theses", "identifiers", "editors"])
def test_classic_bibtex_ascii_compiles(
    which: str, databases: dict[str, Database], tmp_path: Path
) -> None:
    db = databases[which]
    keys = ",".join(w.key for w in load_works(db))
    _compile(tmp_path, export_bibtex(db, style="bibtex", ascii=True), BIBTEX_DOC % keys, "bibtex")
    bbl = (tmp_path / "doc.bbl").read_text(encoding="ascii")
    assert bbl.count("\\bibitem{") == len(load_works(db))


def test_the_theses_are_exported_as_theses(databases: dict[str, Database]) -> None:
    db = databases["theses"]
    biblatex = export_bibtex(db)
    assert biblatex.count("@thesis{") == 5 and "publisher" not in biblatex
    classic = export_bibtex(db, style="bibtex", ascii=True)
    assert classic.count("@phdthesis{") == 4 and classic.count("@mastersthesis{") == 1
    assert classic.count("school = {") == 5
