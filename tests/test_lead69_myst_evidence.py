"""A MyST citation role is ``{cite}`` followed by its keys in backticks; LaTeX's
``\\usepackage{cite}`` (the cite package) is no such role, and a LaTeX file that loads it
and cites nothing is told so, not refused as unread MyST (round 69, a real pLaTeX file)."""

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.evidence import citation_evidence

MYST = "MyST citation roles {cite}`key`"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        pytest.param("Text {cite}`smith2019` and more.\n", 1, id="myst-role"),
        pytest.param("See {cite:p}`a,b` and {cite:t}`c`.\n", 2, id="myst-role-variants"),
        pytest.param("A note {footcite}`d2020`.\n", 1, id="myst-footcite"),
        pytest.param("\\usepackage{cite}\n", 0, id="latex-cite-package"),
        pytest.param("\\usepackage[noadjust]{cite}\n", 0, id="latex-cite-package-options"),
        pytest.param("\\RequirePackage{cite}\n", 0, id="latex-require-package"),
        pytest.param("\\newcommand{\\x}{cite}\n", 0, id="braced-word-no-backtick"),
    ],
)
def test_myst_roles_are_braced_roles_before_backticks(text: str, roles: int) -> None:
    found = {e.what: e.count for e in citation_evidence(text)}
    assert found.get(MYST, 0) == roles


def test_latex_loading_the_cite_package_and_citing_nothing_is_read(tmp_path: Path) -> None:
    text = (
        "\\documentclass{jsarticle}\n\\usepackage{cite}\n\\begin{document}\n"
        "この文書は引用を含まない。\n\\end{document}\n"
    )
    doc = parse_bytes(text.encode(), str(tmp_path / "note.tex"))
    assert doc.reader == "latex"
    assert not doc.footnotes and not doc.literature
