"""LaTeX citation keys against .bib keys: letter case (BibTeX matches keys caselessly,
biber exactly) and ``\\nocite`` (an entry included on purpose is no uncited entry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import FindingKind, Severity
from bibcheck.readers.latex.bibs import keys_caseless

BIB = (
    "@book{Scott70, author={Dana Vale}, title={Outline of Lattices}, year={1970},"
    " publisher={Pavo}}\n"
    "@book{lee2001, author={Kim Lee}, title={Dry Ports}, year={2001}, publisher={Ro}}\n"
)
BIBTEX = "\\documentclass{book}\n"
BIBLATEX = "\\documentclass{book}\n\\usepackage[style=alphabetic]{biblatex}\n"
BIBLATEX_BIBTEX = "\\documentclass{book}\n\\usepackage[backend=bibtex]{biblatex}\n"


def _doc(tmp_path: Path, preamble: str, body: str, bibcmd: str = "\\bibliography{r}"):  # type: ignore[no-untyped-def]
    (tmp_path / "r.bib").write_text(BIB)
    (tmp_path / "p.tex").write_text(
        f"{preamble}\\begin{{document}}\n{body}\n{bibcmd}\n\\end{{document}}\n"
    )
    return parse_file(tmp_path / "p.tex")


@pytest.mark.parametrize(
    ("preamble", "bibcmd", "linked"),
    [
        pytest.param(BIBTEX, "\\bibliography{r}", True, id="bibtex-links"),
        pytest.param(BIBLATEX, "\\addbibresource{r.bib}", False, id="biber-does-not"),
        pytest.param(
            BIBLATEX_BIBTEX, "\\addbibresource{r.bib}", True, id="biblatex-bibtex-backend"
        ),
        pytest.param(BIBTEX, "\\addbibresource{r.bib}", False, id="addbibresource-is-biblatex"),
    ],
)
def test_a_key_differing_in_case(tmp_path: Path, preamble: str, bibcmd: str, linked: bool) -> None:
    doc = _doc(tmp_path, preamble, "As shown by Vale~\\cite{scott70} and \\cite{lee2001}.", bibcmd)
    codes = {a.code for a in doc.all_anomalies()}
    labels = sorted(m.label for f in doc.footnotes for m in f.markers)
    if linked:
        assert labels == ["Scott70", "lee2001"]
        # (in the order the style prints: biblatex's default sorts Lee before Vale)
        assert sorted(e.label for e in doc.literature) == ["Scott70", "lee2001"]
        assert C.CITATION_KEY_MISSING not in codes
        case = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_CASE]
        assert len(case) == 1 and "'scott70'" in case[0].message and "'Scott70'" in case[0].message
        found = [f for f in anomaly_findings(doc) if ("anomaly", "citation-key-case") in f.evidence]
        assert [(f.kind, f.severity) for f in found] == [
            (FindingKind.MALFORMED_FIELD, Severity.WARNING)
        ]
    else:
        assert labels == ["lee2001"]
        missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
        assert len(missing) == 1 and "'Scott70' differs only in letter case" in missing[0].message
        assert C.CITATION_KEY_CASE not in codes


def test_a_bibitem_label_is_matched_exactly(tmp_path: Path) -> None:
    (tmp_path / "p.tex").write_text(
        "\\documentclass{book}\\begin{document}\nSee \\cite{vale}.\n"
        "\\begin{thebibliography}{1}\n\\bibitem{Vale} D. Vale, Outline, 1970.\n"
        "\\end{thebibliography}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    assert C.CITATION_KEY_MISSING in {a.code for a in doc.all_anomalies()}
    assert C.CITATION_KEY_CASE not in {a.code for a in doc.all_anomalies()}


@pytest.mark.parametrize(
    ("preamble", "body", "caseless"),
    [
        ("\\documentclass{article}\n\\usepackage{natbib}\n", "\\bibliography{r}", True),
        ("\\documentclass{article}\n\\usepackage{biblatex}\n", "\\printbibliography", False),
        ("\\usepackage[backend=biber,style=apa]{biblatex}\n", "", False),
        ("\\usepackage[style=apa,backend=bibtex8]{biblatex}\n", "", True),
        ("\\usepackage{biblatex}\n\\ExecuteBibliographyOptions{backend=bibtex}\n", "", True),
        ("\\documentclass{thesis}\n", "\\addbibresource{r.bib}", False),
    ],
)
def test_keys_caseless(preamble: str, body: str, caseless: bool) -> None:
    assert keys_caseless(preamble, body) is caseless


NOCITE_BIB = (
    "@book{ames2001, author={Lee Ames}, title={Alpha}, year={2001}, publisher={P}}\n"
    "@book{bose2002, author={Ravi Bose}, title={Beta}, year={2002}, publisher={P}}\n"
    "@book{cole2003, author={Ina Cole}, title={Gamma}, year={2003}, publisher={P}}\n"
)


@pytest.mark.parametrize(
    ("name", "text", "listed"),
    [
        pytest.param(
            "p.tex",
            "\\documentclass{article}\\begin{document}\nAs \\cite{ames2001} shows.\n"
            "\\nocite{bose2002}\\nocite{cole2003}\n\\bibliography{r}\n\\end{document}\n",
            ["ames2001", "bose2002", "cole2003"],
            id="latex-nocite-keys",
        ),
        pytest.param(
            "p.tex",
            "\\documentclass{article}\\begin{document}\nAs \\cite{ames2001} shows.\n"
            "\\nocite{*}\n\\bibliography{r}\n\\end{document}\n",
            ["ames2001", "bose2002", "cole2003"],
            id="latex-nocite-all",
        ),
        pytest.param(
            "p.tex",
            "\\documentclass{article}\\begin{document}\nAs \\cite{ames2001} shows.\n"
            "\\nocite{Bose2002}\n\\bibliography{r}\n\\end{document}\n",
            ["ames2001", "bose2002"],
            id="latex-nocite-other-case",
        ),
        pytest.param(
            "p.md",
            "---\nbibliography: r.bib\nnocite: |\n  @cole2003\n---\n\nAs [@ames2001] shows.\n",
            ["ames2001", "cole2003"],
            id="pandoc-nocite",
        ),
        pytest.param(
            "p.md",
            "---\nbibliography: r.bib\nnocite: '@*'\n---\n\nAs [@ames2001] shows.\n",
            ["ames2001", "bose2002", "cole2003"],
            id="pandoc-nocite-all",
        ),
        pytest.param(
            "p.org",
            "#+TITLE: T\n#+bibliography: r.bib\n\n* One\nAs [cite:@ames2001] shows.\n"
            "[cite/n:@bose2002]\n\n#+print_bibliography:\n",
            ["ames2001", "bose2002"],
            id="org-cite-n",
        ),
        pytest.param(
            "p.typ",
            '#bibliography("r.bib", full: true)\nAs @ames2001 shows.\n',
            ["ames2001", "bose2002", "cole2003"],
            id="typst-full",
        ),
    ],
)
def test_entries_listed_on_purpose_are_no_uncited_entries(
    tmp_path: Path, name: str, text: str, listed: list[str]
) -> None:
    (tmp_path / "r.bib").write_text(NOCITE_BIB)
    (tmp_path / name).write_text(text)
    doc = parse_file(tmp_path / name)
    assert [e.label for e in doc.literature] == listed
    assert C.LITERATURE_UNCITED not in {a.code for a in doc.all_anomalies()}
