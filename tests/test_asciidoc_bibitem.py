"""asciidoctor-bibtex's ``bibitem:[key]``: the entry printed in place (a publication
list, a CV) is listed on purpose, as ``\\nocite{key}`` lists it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import read_opts
from bibcheck.readers.registry import ReadOptions

BIB = """\
@book{Hale08, author={Hale, Iris}, title={Windmills of the Fens}, year={2008},
  publisher={Marsh Books}}
@article{Quay15, author={Quay, Tom}, title={Drainage Pumps}, journal={Fen Studies},
  year={2015}, volume={4}, pages={1--9}}
@misc{Unused20, author={Vale, Ann}, title={A Note}, year={2020}}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


CASES = [
    (  # a CV: one entry per list item, under section titles
        "= Iris Hale\n:bibtex-file: refs.bib\n\n== Books\n\n- bibitem:[Hale08]\n\n"
        "== Articles\n\n- bibitem:[Quay15]\n",
        ["Hale08", "Quay15"],
        [],
    ),
    (  # bibitem in a sentence, and a key with no entry
        "= Works\n:bibtex-file: refs.bib\n\nOur first paper was bibitem:[Quay15] and the\n"
        "second is bibitem:[Gone99].\n",
        ["Quay15"],
        [("Gone99", 4 + 1)],
    ),
    (  # cite: and bibitem: side by side: the cited one listed by citation
        "= Report\n:bibtex-file: refs.bib\n\nAs shown cite:[Hale08].\n\n"
        "== Also\n\n* bibitem:[Quay15]\n",
        ["Hale08", "Quay15"],
        [],
    ),
    (  # a bibitem inside a listing block is code, not a list
        "= Manual\n:bibtex-file: refs.bib\n\n== Use\n\nWrite this:\n\n----\n"
        "- bibitem:[Hale08]\n----\n\nand cite:[Quay15] is cited.\n",
        ["Quay15"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "listed", "missing"), CASES)
def test_bibitem_lists_entries(
    tmp_path: Path, text: str, listed: list[str], missing: list[tuple[str, int]]
) -> None:
    write(tmp_path, "refs.bib", BIB)
    path = write(tmp_path, "cv.adoc", text)
    raw = read_opts(text, str(path), ReadOptions())
    assert [n.label for n in raw.literature] == listed
    body_cited = {m.label for m in raw.markers}
    assert all(n.nocite for n in raw.literature if n.label not in body_cited)
    gone = [(a.footnote, a.line) for a in raw.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert gone == missing
    assert not any("bibitem" in b.text for b in raw.blocks)


def test_bibitem_list_is_recognised_without_reader(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", BIB)
    path = write(
        tmp_path, "list.adoc", "= Publications\n:bibtex-file: refs.bib\n\n- bibitem:[Hale08]\n"
    )
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    assert len(doc.literature) == 1
    assert not [a for a in doc.anomalies if a.code is C.UNCITED_ENTRY]
