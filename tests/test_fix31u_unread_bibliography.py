"""Keys left with no entry by a bibliography that could not be read are one finding
(real-document sweep 31, P7).

A MyST / Jupyter Book page, a Pandoc chapter or a Sphinx page checked without its
project names no bibliography: every key it cites is then unresolved, but that is one
gap (the bibliography), not one defect per key.  One error says so and lists the keys;
a key missing from a bibliography that was read stays an error of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import FindingKind, Severity

# (file name, text, keys cited)
UNNAMED = {
    "myst-roles": (
        "week4.md",
        "# Growth\n\nAs {cite:t}`solow1956` shows, capital deepens; others agree"
        " {cite:p}`swan1956,romer1990`.\n\nLater work {cite}`lucas1988` adds human capital.\n",
        ["solow1956", "swan1956", "romer1990", "lucas1988"],
    ),
    "pandoc-brackets": (
        "chapter.md",
        "# Trade\n\nGravity holds [@tinbergen1962; @anderson1979, p. 12].\n\n"
        "So says @krugman1980 too.\n",
        ["tinbergen1962", "anderson1979", "krugman1980"],
    ),
    "rst-sphinx": (
        "page.rst",
        "Trade\n=====\n\nGravity holds :cite:p:`tinbergen1962`, as\n:cite:t:`anderson1979`"
        " showed.\n",
        ["tinbergen1962", "anderson1979"],
    ),
}


@pytest.mark.parametrize("case", UNNAMED, ids=list(UNNAMED))
def test_one_error_for_the_missing_bibliography(case: str) -> None:
    name, text, keys = UNNAMED[case]
    doc = parse_bytes(text.encode(), name)
    found = [f for f in anomaly_findings(doc) if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
    assert len(found) == 1, [f.message for f in found]
    (only,) = found
    assert only.severity is Severity.ERROR
    for key in keys:
        assert repr(key) in only.message
    assert sorted(only.footnotes) == sorted(keys)
    assert only.lines  # where the keys are cited


def test_many_keys_are_listed_shortly() -> None:
    body = " ".join(f"Claim {i} {{cite:p}}`key{i:03d}`." for i in range(30))
    doc = parse_bytes(f"# Many\n\n{body}\n".encode(), "many.md")
    (only,) = [f for f in anomaly_findings(doc) if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
    assert "and 18 more" in only.message and len(only.footnotes) == 30


def test_a_key_missing_from_a_read_bibliography_is_its_own_error(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{solow1956, author={Solow, Robert}, title={A Contribution}, year={1956}}\n",
        encoding="utf-8",
    )
    page = tmp_path / "week4.md"
    page.write_text(
        "---\nbibliography: refs.bib\n---\n\n# Growth\n\nAs {cite:t}`solow1956` shows,"
        " and {cite:p}`swan1956` agrees.\n",
        encoding="utf-8",
    )
    doc = parse_file(page)
    found = [f for f in anomaly_findings(doc) if f.kind is FindingKind.MISSING_LITERATURE_ENTRY]
    assert [(f.severity, f.footnotes) for f in found] == [(Severity.ERROR, ("swan1956",))]


def test_jupyter_book_config_names_the_bibliography(tmp_path: Path) -> None:
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "lectures.bib").write_text(
        "@book{solow1956, author={Solow, Robert}, title={A Contribution}, year={1956}}\n",
        encoding="utf-8",
    )
    (tmp_path / "_config.yml").write_text(
        "title: Lectures\nsphinx:\n  config:\n    bibtex_bibfiles: [_static/lectures.bib]\n",
        encoding="utf-8",
    )
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: intro\n", encoding="utf-8")
    (tmp_path / "lectures").mkdir()
    page = tmp_path / "lectures" / "growth.md"
    page.write_text("# Growth\n\nAs {cite:t}`solow1956` shows.\n", encoding="utf-8")
    doc = parse_file(page)
    assert [fn.reference.title for fn in doc.footnotes] == ["A Contribution"]
    assert not [f for f in anomaly_findings(doc) if f.severity is Severity.ERROR]
