"""fix61k: BibTeX blocks inside a document as its bibliography (Org ``#+begin_src bibtex``,
Markdown fenced ```` ```bibtex ````) where its citations name their entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.srcbib import bibtex_blocks, block_keys, cited_keys

_ENTRIES = """@article{okafor2019tides,
  author = {Okafor, Chidi and Lund, Maja},
  title = {Tidal mixing on shelves},
  journal = {Ocean Letters},
  year = {2019},
  volume = {12}
}
@book{varga2011,
  author = {Varga, Imre},
  title = {Sediments},
  publisher = {Delta Press},
  year = {2011}
}"""


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Shown [cite:@a1;@b2] and [cite/t:@c3].", {"a1", "b2", "c3"}),
        ("See cite:smith2020,jones99 and citep:x.", {"smith2020", "jones99", "x"}),
        ("As [@doe2001, p. 3; @roe-02] says, @poe:03 too.", {"doe2001", "roe-02", "poe:03"}),
        (r"In \citep[p. 2]{kim22, lee23}.", {"kim22", "lee23"}),
        ("Mail ann@example.org, Smith, Jones.", set()),
    ],
)
def test_cited_keys(text: str, keys: set[str]) -> None:
    assert cited_keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (_ENTRIES, ["okafor2019tides", "varga2011"]),
        ('@string{jn = "J"}\n@comment{x,}\n@misc( k1 ,\n title={T})', ["k1"]),
        ("no entries here", []),
    ],
)
def test_block_keys(text: str, keys: list[str]) -> None:
    assert block_keys(text) == keys


@pytest.mark.parametrize(
    ("lines", "markdown", "found"),
    [
        (
            ["a", "#+begin_src bibtex :tangle refs.bib", "@x{k,}", "#+end_src"],
            False,
            [(1, 3, "@x{k,}")],
        ),
        (["#+BEGIN_SRC bib", "@x{k,}", ",* t", "#+END_SRC"], False, [(0, 3, "@x{k,}\n* t")]),
        (["#+begin_src python", "@x{k,}", "#+end_src"], False, []),
        (["#+begin_src bibtex", "@x{k,}"], False, []),  # left open
        (
            ["```bibtex", "@x{k,}", "```", "```bib", "@y{j,}", "```"],
            True,
            [(0, 2, "@x{k,}"), (3, 5, "@y{j,}")],
        ),
        (["~~~ {.bibtex}", "@x{k,}", "~~~"], True, [(0, 2, "@x{k,}")]),
        (["```python", "@x{k,}", "```"], True, []),
        (["#+begin_src bibtex", "@x{k,}", "#+end_src"], True, []),
    ],
)
def test_bibtex_blocks(lines: list[str], markdown: bool, found: list[tuple[int, int, str]]) -> None:
    assert bibtex_blocks(lines, markdown) == found


def _doc(tmp_path: Path, name: str, text: str, reader: str | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path, reader=reader) if reader else parse_file(path)


def _codes(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(a.code.value for a in doc.anomalies)


def test_org_literate_bibliography(tmp_path: Path) -> None:
    text = (
        "#+title: Shelf notes\n\n"
        "Mixing is strong [cite:@okafor2019tides]. Older work cite:varga2011 agrees.\n\n"
        "* References\n#+begin_src bibtex :tangle refs.bib\n" + _ENTRIES + "\n#+end_src\n"
    )
    doc = _doc(tmp_path, "notes.org", text)
    assert doc.reader == "org"
    assert [(n.label, n.line) for n in doc.footnotes] == [("okafor2019tides", 3), ("varga2011", 3)]
    ref = doc.footnotes[0].reference
    assert ref is not None
    assert (ref.authors, ref.title, ref.year, ref.host) == (
        ("Okafor, Chidi", "Lund, Maja"),
        "Tidal mixing on shelves",
        2019,
        "Ocean Letters",
    )
    assert [(e.label, e.line, e.reference.title) for e in doc.literature] == [
        ("okafor2019tides", 7, "Tidal mixing on shelves"),
        ("varga2011", 14, "Sediments"),
    ]
    assert "citation-key-missing" not in _codes(doc)


def test_org_block_of_other_keys_is_not_the_bibliography(tmp_path: Path) -> None:
    text = (
        "#+title: Shelf notes\n\n"
        "Mixing is strong [cite:@nowhere2020].\n\n"
        "* An example entry\n#+begin_src bibtex\n" + _ENTRIES + "\n#+end_src\n"
    )
    doc = _doc(tmp_path, "notes.org", text)
    assert doc.literature == ()
    assert "citation-key-missing" in _codes(doc)


def test_markdown_fenced_bibliography(tmp_path: Path) -> None:
    text = (
        "# Shelf notes\n\nMixing is strong [@okafor2019tides]. "
        "Older work agrees [@varga2011, p. 4].\n\n## References\n\n```bibtex\n"
        + _ENTRIES
        + "\n```\n"
    )
    doc = _doc(tmp_path, "notes.md", text)
    assert doc.reader == "pandoc-markdown"
    assert [(n.label, n.line) for n in doc.footnotes] == [("okafor2019tides", 3), ("varga2011", 3)]
    assert [(e.label, e.line) for e in doc.literature] == [
        ("okafor2019tides", 8),
        ("varga2011", 15),
    ]
    assert "citation-key-missing" not in _codes(doc)


def test_readme_bibtex_to_copy_is_not_a_bibliography(tmp_path: Path) -> None:
    text = (
        "# gridkit\n\nA grid library.[^1]\n\n[^1]: Doe, Jane. *Grids*. Delta Press, 2020.\n\n"
        "## Citing\n\nIf you use gridkit, please cite:\n\n```bibtex\n" + _ENTRIES + "\n```\n"
    )
    doc = _doc(tmp_path, "README.md", text, reader="pandoc-markdown")
    assert [n.label for n in doc.footnotes] == ["1"]
    assert all(e.label not in {"okafor2019tides", "varga2011"} for e in doc.literature)
    assert not doc.bibliographies
