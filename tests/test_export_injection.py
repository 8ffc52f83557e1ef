"""Exports, reports and the terminal cannot be escaped from by document text.

A manuscript carrying a DOI that tries to close its BibTeX field, titles that try to
open a new entry, terminal escape sequences and bidi overrides: the DOI is refused at
ingest (``doi-invalid``), every BibTeX field stays inside its braces (checked by
parsing the output with bibtexparser and pybtex, and by compiling it with pdflatex +
biber and classic BibTeX when they are installed), RIS and CSL-JSON carry no control
character, and ``bibcheck show`` prints escapes as visible codes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bibtexparser import parse_string
from pybtex.database import parse_string as pybtex_parse

from bibcheck.cli import main
from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.csl import export_csl_json
from bibcheck.export.ris import export_ris
from bibcheck.export.works import load_works
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.report import render
from bibcheck.report.data import load_reports
from bibcheck.store import open_db
from bibcheck.store.documents import save_document

HOSTILE_DOI = r"10.1234/x},note={\input{/etc/hostname}}"
MANUSCRIPT = (
    "Claims one[^1], two[^2], three[^3] and four[^4].\n\n"
    f"[^1]: Smith J. Trade and growth. 2020. doi: {HOSTILE_DOI}\n"
    "[^2]: Doe A. Ports}}@misc{evil, title={\\input{/etc/passwd}} and more. 2019. "
    "https://example.org/ports\n"
    "[^3]: Roe B. \x1b[31mRed\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 "
    "\u202egnp.exe title. 2018. https://example.org/red\n"
    "[^4]: Poe C. Percent % and # and \\\\ backslash \\\\\\\\ title. 2017. "
    "doi: 10.5555/ok.123 @maintainer\n"
)
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile():
    db = open_db(memory=True)
    doc = parse_bytes(MANUSCRIPT.encode(), "hostile.md")
    save_document(db, doc, size=0, now=datetime(2024, 1, 1, tzinfo=UTC))
    return db, doc


def test_an_injecting_doi_is_refused_at_ingest(hostile) -> None:
    _, doc = hostile
    first = doc.footnotes[0].reference
    assert first.doi is None
    refused = [a for a in first.anomalies if a.code is C.DOI_INVALID]
    assert len(refused) == 1 and "\\input" in refused[0].message
    assert doc.footnotes[3].reference.doi == "10.5555/ok.123"


@pytest.mark.parametrize(("style", "ascii"), [("biblatex", False), ("bibtex", True)])
def test_bibtex_fields_stay_inside_their_braces(hostile, style: str, ascii: bool) -> None:
    db, _ = hostile
    text = export_bibtex(db, style=style, ascii=ascii)  # type: ignore[arg-type]
    works = load_works(db)
    library = parse_string(text)
    assert len(library.entries) == len(works) == 4
    assert not library.failed_blocks
    assert {e.key for e in library.entries} == {w.key for w in works}
    assert len(pybtex_parse(text, "bibtex").entries) == 4
    for entry in library.entries:
        for field in entry.fields:
            assert "\\input" not in field.value or "\\textbackslash{}input" in field.value
    assert "evil" not in {e.key for e in library.entries}
    assert not CONTROLS.search(text)


def test_ris_and_csl_carry_no_control_character(hostile) -> None:
    db, _ = hostile
    ris = export_ris(db)
    assert not CONTROLS.search(ris.replace("\n", ""))
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", line) for line in ris.splitlines() if line)
    items = json.loads(export_csl_json(db))
    strings: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(items)
    assert strings and not any(CONTROLS.search(s) for s in strings)
    assert not any("10.1234/x}" in s for s in strings)


def test_markdown_report_pings_nobody_and_html_has_no_nul(hostile) -> None:
    db, _ = hostile
    data = load_reports(db, None)[0]
    markdown = render(data, "md")
    assert not re.search(r"@[A-Za-z0-9]", markdown)
    html = render(data, "html")
    assert "\x00" not in html and "\x1b" not in html and "\u202e" not in html


def test_show_prints_escapes_as_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "hostile.md"
    source.write_bytes(MANUSCRIPT.encode())
    db = tmp_path / "t.db"
    assert main(["ingest", "--db", str(db), str(source)]) == 0
    capsys.readouterr()
    assert main(["show", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    # (C0 controls are not even stored, bibcheck.readers.controls; a bidi override is, escaped)
    assert "<U+202E>" in out


# --------------------------------------------------------------------------
# compiled: no file is read into the document, no entry appears from a field
# --------------------------------------------------------------------------


def _tools_missing() -> str | None:
    missing = [t for t in ("pdflatex", "biber", "bibtex", "kpsewhich") if shutil.which(t) is None]
    if missing:
        return f"LaTeX toolchain not installed (missing {', '.join(missing)})"
    for name in ("biblatex.sty", "url.sty", "plain.bst"):
        found = subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout
        if not found.strip():
            return f"TeX package {name} not installed"
    return None


MISSING = _tools_missing()
DOC = {
    "biber": "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}"
    "\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}\\begin{document}"
    "\\nocite{*}\\printbibliography\\end{document}\n",
    "bibtex": "\\documentclass{article}\\usepackage{url}\\begin{document}\\nocite{*}"
    "\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n",
}


@pytest.mark.skipif(MISSING is not None, reason=MISSING or "")
@pytest.mark.parametrize("backend", ["biber", "bibtex"])
def test_compiled_export_reads_no_file_and_adds_no_entry(backend: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.tex"
    secret.write_text("SECRETMARKER\n", encoding="utf-8")
    # The hostile DOI and title, pointed at a file that exists: it must still not be read.
    target = str(secret.with_suffix(""))
    text = MANUSCRIPT.replace("/etc/passwd", target).replace("/etc/hostname", target)
    db = open_db(memory=True)
    save_document(
        db, parse_bytes(text.encode(), "h.md"), size=0, now=datetime(2024, 1, 1, tzinfo=UTC)
    )
    bib = export_bibtex(db, style="biblatex" if backend == "biber" else "bibtex", ascii=True)
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "doc.tex").write_text(DOC[backend], encoding="utf-8")

    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
        )

    latex = ("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex")
    assert run(*latex).returncode == 0
    assert run(backend, "doc").returncode == 0
    final = run(*latex)
    assert final.returncode == 0, final.stdout[-2000:]
    log = (tmp_path / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert "secret.tex" not in log and "SECRETMARKER" not in log
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8", errors="replace")
    entries = bbl.count("\\entry{") if backend == "biber" else bbl.count("\\bibitem{")
    assert entries == 4
