"""A class or package that redefines a command around its saved built-in meaning
(``\\let\\oldmarginpar\\marginpar`` then ``\\renewcommand{\\marginpar}[1]{...\\oldmarginpar
[#1]{#1}...}``, as classicthesis does): the saved command keeps the built-in meaning, so
a citation in a margin note is read once, its claim the note's prose, with no limit
anomaly; a package's comments and TeX's integer settings are no text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.latex.glue import value_end
from bibcheck.readers.latex.macros import find_macros

SETUP = r"""\def\note@setup{%
  \linespread{1}\itshape\footnotesize%
  \parindent=0pt\lineskip=0pt%
  \tolerance=2000\hyphenpenalty=300\exhyphenpenalty=300%
  \doublehyphendemerits=100000%
  \finalhyphendemerits=\doublehyphendemerits%
}
"""
TWO_SIDED = (
    SETUP + "\\let\\oldmarginpar\\marginpar\n"
    "\\renewcommand{\\marginpar}[1]{\n  \\leavevmode\\oldmarginpar%\n"
    "     [\\leavevmode\\note@setup\\raggedleft{#1}]%\n"
    "     {\\leavevmode\\note@setup\\raggedright{#1}}\\ignorespaces\n}\n"
)
WRAPPED_CITE = "\\let\\origcite\\cite\n\\renewcommand{\\cite}[1]{\\mbox{\\origcite{#1}}}\n"
BIB = (
    "@book{ames2001, author={Lee Ames}, title={Alpha}, year={2001}, publisher={P}}\n"
    "@book{bose2002, author={Ravi Bose}, title={Beta}, year={2002}, publisher={P}}\n"
)
BODY = (
    "The sampler mixes slowly in high dimensions \\citep{bose2002}.\n"
    "\\marginpar{Although the sampler is exact, it was first used for gases \\cite{ames2001}.}\n"
    "Later work improved it.\n"
)


@pytest.mark.parametrize(
    ("package", "preamble"),
    [
        pytest.param(TWO_SIDED, "", id="two-sided-margin-note-in-a-package"),
        pytest.param("", "\\makeatletter\n" + TWO_SIDED + "\\makeatother\n", id="in-the-preamble"),
        pytest.param(
            "",
            "%\\let\\prevmarginpar\\marginpar\n%\\renewcommand{\\marginpar}[1]{\\prevmarginpar{#1}}\n",
            id="commented-out-redefinition",
        ),
        pytest.param(WRAPPED_CITE, "", id="cite-wrapped-around-its-saved-self"),
    ],
)
def test_a_citation_in_a_margin_note_is_read_once(
    tmp_path: Path, package: str, preamble: str
) -> None:
    (tmp_path / "r.bib").write_text(BIB)
    (tmp_path / "notes.sty").write_text(package)
    (tmp_path / "t.tex").write_text(
        "\\documentclass{book}\n\\usepackage{notes}\n"
        + preamble
        + "\\begin{document}\n"
        + BODY
        + "\\bibliography{r}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "t.tex")
    cited = sorted(
        (f.label, m.line, m.claim.text if m.claim else "") for f in doc.footnotes for m in f.markers
    )
    assert cited == [
        ("ames2001", 5 + preamble.count("\n"),
         "Although the sampler is exact, it was first used for gases"),
        ("bose2002", 4 + preamble.count("\n"), "The sampler mixes slowly in high dimensions"),
    ]  # fmt: skip
    assert not [a for a in doc.all_anomalies() if a.code is C.LIMIT_REACHED]


@pytest.mark.parametrize(
    ("texts", "name", "macro", "primitive"),
    [
        pytest.param(
            ["\\let\\old\\marginpar\n\\renewcommand{\\marginpar}[1]{\\old{#1}}"],
            "old", None, True, id="builtin-then-redefined",
        ),
        pytest.param(
            ["\\let\\mycitep\\citep"], "mycitep", None, False, id="builtin-alias-stays-an-alias",
        ),
        pytest.param(
            ["\\newcommand{\\a}[1]{A#1}\n\\let\\b\\a\n\\renewcommand{\\a}[1]{Z#1}"],
            "b", "A#1", False, id="macro-copied-at-let-time",
        ),
        pytest.param(
            ["\\let\\old\\marginpar", "\\renewcommand{\\marginpar}[1]{\\old{#1}}"],
            "old", None, True, id="across-files",
        ),
    ],
)  # fmt: skip
def test_let_takes_the_meaning_at_that_point(
    texts: list[str], name: str, macro: str | None, primitive: bool
) -> None:
    macros = find_macros(texts)
    found = macros.defined.get(name)
    assert (found.body if found else None) == macro
    assert (name in macros.primitive) is primitive


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("=300\\exhyphenpenalty=300", "\\exhyphenpenalty=300"),
        ("=100000%", "%"),
        ("=\\doublehyphendemerits%", "%"),
        ("=2\\parindent x", " x"),
    ],
)
def test_integer_settings_end_at_their_number(text: str, rest: str) -> None:
    assert text[value_end(text, 0, len(text)) :] == rest
