"""A Quarto or R Markdown draft under revision: what is cited, and what is a placeholder.

``{{< todo "..." >}}`` shortcodes are notes to self (no citation even when they name
a work), a callout titled TODO is rendered text (its citations count), a citation in
an HTML comment is not live, and a placeholder key (``[@TODO]``, ``[@QUELLE]``,
``[@ref]``) that the bibliography lacks is reported as a key with no entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

BIB = (
    "@book{berg2018, author={Berg, Ida}, title={Wahlen}, year={2018}, publisher={V}}\n"
    "@article{holm2021, author={Holm, Per}, title={Turnout}, journal={J}, year={2021}}\n"
    "@book{vidal2010, author={Vidal, Ana}, title={Votos}, year={2010}, publisher={E}}\n"
)
HEAD = "---\ntitle: Draft\nbibliography: refs.bib\n---\n\n"


@pytest.mark.parametrize(
    ("body", "cited", "missing"),
    [
        ('Die Beteiligung sank [@berg2018].\n\n{{< todo "Holm 2021 ergänzen? [@holm2021]" >}}\n',
         ["berg2018"], []),
        ('Turnout fell [@berg2018]. {{< todo "add a newer source" >}}\n\nIt rose [@QUELLE].\n',
         ["berg2018"], ["QUELLE"]),
        ('::: {.callout-warning title="TODO (revision)"}\nSee [@holm2021; @vidal2010].\n:::\n',
         ["holm2021", "vidal2010"], []),
        ("La participación cayó [@vidal2010].\n\n<!-- [@holm2021] ya no encaja -->\n",
         ["vidal2010"], []),
        ("Turnout fell [@TODO] and rose again [@berg2018].\n", ["berg2018"], ["TODO"]),
        ("Wie @berg2018 [S. 12] zeigt, sank sie [vgl. @ref].\n", ["berg2018"], ["ref"]),
    ],
    ids=["todo-shortcode-de", "todo-and-placeholder-en", "callout-todo", "commented-cite-es",
         "todo-key", "ref-key-de"],
)  # fmt: skip
def test_quarto_drafts(tmp_path: Path, body: str, cited: list[str], missing: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "index.qmd"
    path.write_text(HEAD + body, encoding="utf-8")
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == cited
    found = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert found == missing
