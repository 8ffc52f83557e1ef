"""Named logos and symbols in ``.bib`` fields keep their text (pylatexenc's table lacks
them and would drop them): ``Lua{\\TeX}-ja``, Zotero's ``{\\textbar}`` for a title's "|",
``\\LaTeXe``.  A logo before a Latin word keeps the space the author meant.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import decode_latex, read_bib
from bibcheck.parse.references.bibtex import to_reference


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"Lua{\TeX}-ja", "LuaTeX-ja"),
        (r"{\TeX} Users Group", "TeX Users Group"),
        (r"{\TeX Wiki}", "TeX Wiki"),  # TeX would glue them: the author meant two words
        (r"The \TeX{}book", "The TeXbook"),
        (r"\LaTeX\ in 24 Hours", "LaTeX in 24 Hours"),
        (r"\TeX and \LaTeX: a guide", "TeX and LaTeX: a guide"),
        (r"{改訂第9版}\LaTeXe 美文書作成入門", "改訂第9版LaTeX2e美文書作成入門"),
        (r"Managing citations with \BibTeX", "Managing citations with BibTeX"),
        (r"{\XeTeX} and {\LuaTeX} compared", "XeTeX and LuaTeX compared"),
        (r"{Heart} {Failure} {\textbar} {Cardiology} {Guide}", "Heart Failure | Cardiology Guide"),
        (r"A\textbar B", "A|B"),
        (r"\glqq Die Pest\grqq{} in Marseille", "„Die Pest“ in Marseille"),
        (r"Tables \S\,3", "Tables § 3"),
        (r"Costs in \pounds 5", "Costs in £5"),
        (r"snake\textunderscore case", "snake_case"),
        (r"\No~12", "№ 12"),
    ],
)
def test_logos_and_symbols(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


def test_an_organisation_named_by_a_logo_is_one_author() -> None:
    bib = "@misc{w, author = {{\\TeX Wiki}}, title = {{Lua{\\TeX}-ja} tips}, year = {2022}}\n"
    (record,), _ = read_bib(bib)
    ref = to_reference(record)
    assert ref.authors == ("TeX Wiki",)
    assert ref.title == "LuaTeX-ja tips"
